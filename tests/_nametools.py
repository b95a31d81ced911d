"""Helpers shared by the name registry's tests: build the registry of a text, and find the
entity a phrase of it refers to."""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.extractors._names import Entity, Mentions, mentions


def registry(text: str) -> tuple[Document, Mentions]:
    """The document of ``text`` and its name registry."""
    doc = Document(text)
    return doc, mentions(doc)


def referent(doc: Document, reg: Mentions, phrase: str, nth: int = 0) -> Entity:
    """The entity the ``nth`` occurrence (from 0) of ``phrase`` refers to."""
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(phrase, at + 1)
    m = reg.at(at)
    assert m is not None, f"no mention at {phrase!r}"
    return reg.entity(m)
