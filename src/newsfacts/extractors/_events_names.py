"""Turn a participant's phrase into a name: trimmed, and resolved through the names finder.

The article-wide name finder (:mod:`newsfacts.extractors._names`) links "the ministry"
and "she" to the entity they stand for; when it has nothing to say about a phrase, the
phrase itself, trimmed of determiners and counts ("more than 2,000 dock workers" ->
"dock workers"), is the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsfacts.document import Document, Token
from newsfacts.extractors._events_lexicon import word_class
from newsfacts.extractors._names import mentions
from newsfacts.models import EntityKind, Span

__all__ = ["Named", "name_phrase"]


class Named(NamedTuple):
    name: str
    span: Span
    kind: EntityKind


def _trim(tokens: Sequence[Token]) -> Sequence[Token]:
    skip = word_class("det") | word_class("quantifier")
    start = 0
    while start < len(tokens) and (
        tokens[start].text.lower() in skip or not tokens[start].text[:1].isalpha()
    ):
        start += 1
    end = len(tokens)
    while end > start and not tokens[end - 1].text[:1].isalnum():
        end -= 1
    return tokens[start:end]


def _fallback_kind(words: Sequence[str]) -> EntityKind:
    organisation = word_class("nonplace")
    if any(w.lower() in organisation for w in words):
        return EntityKind.ORGANIZATION
    last = words[-1]
    if last.islower() and last.endswith("s"):
        return EntityKind.GROUP
    return EntityKind.UNKNOWN


def name_phrase(document: Document, tokens: Sequence[Token], sentence: Span) -> list[Named]:
    """The participants a phrase stands for (two for "Russia and Ukraine"), maybe none."""
    if not tokens:
        return []
    resolved = _resolve(document, tokens)
    if resolved:
        return resolved
    if len(tokens) == 1 and tokens[0].text.lower() in word_class("pronoun"):
        return _it(document, tokens[0], sentence)
    kept = _trim(tokens)
    if not kept:
        return []
    start, end = kept[0].start, kept[-1].end
    if kept[-1].text.endswith(("'s", "’s")):
        end -= 2
    span = Span(start, end)
    name = document.slice(span)
    if not name or not any(c.isalpha() for c in name):
        return []
    return [Named(name, span, _fallback_kind([t.text for t in kept]))]


def _it(document: Document, pronoun: Token, sentence: Span) -> list[Named]:
    """ "The port operator, HHLA, said it had offered...": "it" and "they" left unresolved
    by the registry stand for the last organisation or group named earlier in the sentence."""
    if pronoun.text.lower() not in ("it", "they"):
        return []
    registry = mentions(document)
    wanted = (EntityKind.ORGANIZATION, EntityKind.GROUP)
    for m in reversed(registry.in_span(Span(sentence.start, pronoun.start))):
        entity = registry.entity(m)
        if entity.kind in wanted:
            return [Named(entity.name, pronoun.span, entity.kind)]
    return []


def _resolve(document: Document, tokens: Sequence[Token]) -> list[Named]:
    """The registry's entities for the phrase: the first mention that is not a possessive
    modifier ("Germany's transport minister" is the minister), or every mention of a
    coordination ("Russia and Ukraine")."""
    registry = mentions(document)
    phrase = Span(tokens[0].start, tokens[-1].end)
    found = [
        m
        for m in registry.in_span(phrase)
        if document.text[m.span.end : m.span.end + 2] not in ("'s", "’s")
    ]
    if not found:
        return []
    coordinated = any(t.text.lower() in ("and", "or") for t in tokens)
    chosen = found if coordinated else found[:1]
    out = []
    for m in chosen:
        entity = registry.entity(m)
        out.append(Named(entity.name, m.span, entity.kind))
    return out
