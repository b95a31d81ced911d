"""Helpers shared by the times tests: check one row of a table of sentences."""

from __future__ import annotations

import datetime as dt

from newsfacts.document import Document
from newsfacts.extractors.times import time_expressions
from newsfacts.models import TimeExpression


def find(text: str, pub: str) -> list[TimeExpression]:
    """The time expressions of ``text`` published on ``pub`` (ISO date, or "" for none)."""
    published = dt.date.fromisoformat(pub) if pub else None
    return list(time_expressions(Document(text, published=published), published))


def check_row(text: str, pub: str, expression: str, value: str | None, type_: str) -> None:
    """``expression`` (its last occurrence in ``text``) is found with ``value`` and
    ``type_``; with ``value`` None, nothing found overlaps it."""
    found = find(text, pub)
    start = text.rindex(expression)  # the last occurrence: "20" in "2019-20"
    end = start + len(expression)
    if value is None:
        overlapping = [t for t in found if t.span.start < end and start < t.span.end]
        assert overlapping == [], f"{expression!r} must not be a time expression"
        return
    matches = [t for t in found if (t.span.start, t.span.end) == (start, end)]
    assert matches, f"{expression!r} not found; got {[(t.text, t.value) for t in found]}"
    assert matches[0].value == value
    assert str(matches[0].type) == type_
