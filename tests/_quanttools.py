"""Helpers shared by the quantities tests: run the quantities stage on a text."""

from __future__ import annotations

import newsfacts
from newsfacts.document import Document
from newsfacts.extractors.quantities import newsfacts_quantities
from newsfacts.models import Article, Facts, Quantity, TimeExpression


def extract(text: str, times: tuple[TimeExpression, ...] = ()) -> list[Quantity]:
    """The quantities of ``text`` (with ``times`` owned by the times stage), checked to
    make valid facts: every span slices the text."""
    doc = Document(text)
    facts = Facts(article=Article(text=text), times=times)
    found = list(newsfacts_quantities(document=doc, facts=facts))
    Facts(article=Article(text=text), quantities=tuple(found))  # spans and texts agree
    return found


def by_text(text: str) -> dict[str, tuple[float, str | None, str | None]]:
    """Each quantity of ``text`` as written -> (value, unit, noun)."""
    return {q.text: (q.value, q.unit, q.noun) for q in extract(text)}


def whole(text: str) -> list[Quantity]:
    """The quantities the whole pipeline finds (the times stage owns its spans)."""
    return list(newsfacts.extract(text, published="2024-03-05").quantities)


def the(text: str, span: str) -> Quantity:
    """The one quantity of ``text`` written as ``span``, found by the whole pipeline."""
    found = [q for q in whole(text) if q.text == span]
    assert len(found) == 1, [q.text for q in whole(text)]
    return found[0]


def texts(text: str) -> list[str]:
    """The quantities of ``text`` as written, found by the whole pipeline."""
    return [q.text for q in whole(text)]
