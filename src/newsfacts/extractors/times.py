"""The built-in times stage: every date, time, duration and set, pinned to the calendar.

The candidate finder (``_timegrammar``) reads expressions off the shared tokens; the
normaliser (``_timenorm``) turns each into a TIMEX3 value against the publication date
(``facts.article.published``, else ``document.published``), with the direction of a
weekday or month taken from the tense of its clause. Without any publication date,
relative expressions keep their unresolved TIMEX3 form and absolute ones still resolve.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from newsfacts.document import Document
from newsfacts.extractors._timegrammar import Candidate, find_candidates
from newsfacts.extractors._timenorm import FUTURE, PAST, UNKNOWN, normalise
from newsfacts.hookspecs import hookimpl
from newsfacts.lexicons import lexicon
from newsfacts.models import Facts, Span, TimeExpression

__all__ = ["candidates", "newsfacts_times", "time_expressions"]

# Kinds whose value depends on the tense of their clause.
_DIRECTED = frozenset({"wday", "month", "season", "weekend", "cal", "runit"})
# How far (in tokens) a tense cue may be from the expression and still count.
_CUE_REACH = 12
# A participle after these is passive or infinitive, not a past tense ("will be held").
_NOT_PAST_BEFORE = frozenset({"be", "being", "to", "is", "are", "am", "get", "gets"})
# Months and dates named without a year: a weak cue must be close to move them.
_YEARLESS = frozenset({"month", "cal", "season"})
# How much further away a bare "-ed" word counts than an auxiliary or a listed form.
_WEAK_CUE = 3
# Words that may stand between a day and its clock time ("March 4, 2024 at 8:15 AM").
_CLOCK_JOINERS = frozenset({"at", ",", "-", "–", "—", "from", "around", "about"})
_ENDS = frozenset({".", "!", "?"})
_COMMA_PENALTY = 4
_CLAUSE_BREAKS = frozenset({";", ":", "“", "”", '"', "(", ")"})


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
        direction = _direction(document, cand) if cand.sem.kind in _DIRECTED else UNKNOWN
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


def _direction(document: Document, cand: Candidate) -> int:
    """Past, future or unknown, from the tense cue nearest the expression in its sentence.

    Auxiliaries and listed past forms ("will", "said") count at their distance; a bare
    "-ed" word (which may be an adjective or a participle) counts as a little further away.
    A possessive weekday ("Friday's ruling") names a day already past; "since" points back.
    """
    tokens = document.tokens
    if (
        cand.sem.kind == "wday"
        and cand.sem.mod is None
        and tokens[cand.end - 1].text[-2:]
        in {
            "'s",
            "’s",
        }
    ):
        return PAST
    before = tokens[cand.start - 1].text.lower() if cand.start > 0 else ""
    if before == "since":
        return PAST
    if before in {"by", "until", "till"}:
        return FUTURE  # a deadline: "expected by Wednesday"
    # The window: up to _CUE_REACH tokens each side, stopping at a sentence's end.
    lo = cand.start
    while lo > 0 and cand.start - lo < _CUE_REACH and tokens[lo - 1].text not in _ENDS:
        lo -= 1
    hi = cand.end
    while hi < len(tokens) and hi - cand.end < _CUE_REACH and tokens[hi].text not in _ENDS:
        hi += 1
    future = lexicon("time_future_cues")
    past = lexicon("time_past_cues")
    best: tuple[int, int] | None = None  # (distance, direction)
    for i in range(lo, hi):
        if cand.start <= i < cand.end:
            continue
        raw = tokens[i].text
        word = raw.lower()
        penalty = 0
        pair = f"{word} {tokens[i + 1].text.lower()}" if i + 1 < hi else ""
        triple = f"{pair} {tokens[i + 2].text.lower()}" if i + 2 < hi else ""
        after_be = i > 0 and tokens[i - 1].text.lower() in _NOT_PAST_BEFORE
        if word in future or pair in future or triple in future:
            found = FUTURE
        elif word in past and not after_be:
            found = PAST
        elif _past_participle(raw) and not after_be:
            found, penalty = PAST, _WEAK_CUE
            if cand.sem.kind in _YEARLESS and abs(i - cand.start) > _WEAK_CUE:
                continue  # a far "-ed" word does not move a month to last year
        else:
            continue
        distance = (cand.start - i if i < cand.start else i - cand.end + 1) + penalty
        # A clause break between cue and expression weakens the cue.
        between = range(i + 1, cand.start) if i < cand.start else range(cand.end, i)
        if any(tokens[k].text in _CLAUSE_BREAKS for k in between):
            distance += _CUE_REACH
        elif any(tokens[k].text == "," for k in between):
            distance += _COMMA_PENALTY  # likely another clause, but often the same sentence
        if best is None or distance < best[0]:
            best = (distance, found)
    if best is None:
        return UNKNOWN
    return best[1]


def _past_participle(raw: str) -> bool:
    """A lower-case "-ed" word ("announced"), not a "-eed" one ("need", "agreed")."""
    return len(raw) > 4 and raw.islower() and raw.endswith("ed") and raw[-3] != "e"
