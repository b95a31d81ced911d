"""Helpers shared by the quantities tests: run the quantities stage on a text."""

from __future__ import annotations

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
