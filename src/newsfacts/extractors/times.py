"""The built-in times stage: every date, time, duration and set, pinned to the calendar.

The candidate finder (``_timegrammar``) reads expressions off the shared tokens; the
normaliser (``_timenorm``) turns each into a TIMEX3 value against the publication date
(``facts.article.published``, else ``document.published``), with the direction of a
weekday or month taken from the tense of its clause. Without any publication date,
relative expressions keep their unresolved TIMEX3 form and absolute ones still resolve.
Times told from an earlier date ("the next day") are resolved against the last date the
story named, and a clock time right after a day ("March 4 at 8:15 AM") is on that day.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from newsfacts.document import Document
from newsfacts.extractors._timegrammar import Candidate, find_candidates
from newsfacts.extractors._timenorm import UNKNOWN, normalise
from newsfacts.extractors._timetense import direction_of
from newsfacts.hookspecs import hookimpl
from newsfacts.models import Facts, Span, TimeExpression

__all__ = ["candidates", "newsfacts_times", "time_expressions"]

# Kinds whose value depends on the tense of their clause.
_DIRECTED = frozenset(
    {"wday", "month", "season", "weekend", "cal", "runit", "quarter", "half", "night"}
)
# Words that may stand between a day and its clock time ("March 4, 2024 at 8:15 AM").
_CLOCK_JOINERS = frozenset({"at", ",", "-", "–", "—", "from", "around", "about"})


def candidates(document: Document) -> list[Candidate]:
    """The time-expression candidates of a document, found once and shared."""
    return document.memo("newsfacts.times.candidates", lambda d: find_candidates(d.tokens, d.text))


@hookimpl
def newsfacts_times(document: Document, facts: Facts) -> list[TimeExpression]:
    """Find and normalise the article's time expressions."""
    anchor = facts.article.published or document.published
    return list(time_expressions(document, anchor))


def time_expressions(document: Document, anchor: _dt.date | None) -> Iterator[TimeExpression]:
    """The time expressions of ``document`` resolved against ``anchor`` (may be None)."""
    text = document.text
    tokens = document.tokens
    last_day: tuple[int, _dt.date] | None = None  # (end token, day) of the last full day
    last_date: _dt.date | None = None  # the first day of the last date the story named
    last_full_day: _dt.date | None = None  # the last single day the story named
    for cand in candidates(document):
        direction = direction_of(document, cand) if cand.sem.kind in _DIRECTED else UNKNOWN
        here = anchor
        if cand.sem.kind == "anaph":
            # "the next day", "later that year": told from the date named before
            here = last_full_day if cand.sem.unit == "D" else last_date
        if cand.sem.kind == "clock" and last_day is not None:
            # "March 4, 2024 at 8:15 AM": the clock is on the day just named.
            between = [t.text.lower() for t in tokens[last_day[0] : cand.start]]
            if len(between) <= 2 and all(w in _CLOCK_JOINERS for w in between):
                here = last_day[1]
        try:
            norm = normalise(cand.sem, here, direction)
        except (ValueError, OverflowError):
            norm = None  # a date the calendar cannot hold: nothing sure can be said
        if norm is None:
            continue
        start, end = cand.begin, cand.stop
        if norm.start is not None and norm.end is not None and norm.end < norm.start:
            continue
        if norm.start is not None and norm.start == norm.end:
            last_day = (cand.end, norm.start)
            last_full_day = norm.start
        if norm.start is not None and norm.type in {"date", "time"}:
            last_date = norm.start
        yield TimeExpression(
            span=Span(start, end),
            text=text[start:end],
            type=norm.type,
            value=norm.value,
            start=norm.start,
            end=norm.end,
        )
