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
_CLAUSE_BREAKS = frozenset({";", ":", "“", "”", '"', "(", ")"})


def candidates(document: Document) -> list[Candidate]:
    """The time-expression candidates of a document, found once and shared."""
    return document.memo(
        "newsfacts.times.candidates", lambda d: find_candidates(d.tokens, d.text)
    )


@hookimpl
def newsfacts_times(document: Document, facts: Facts) -> list[TimeExpression]:
    """Find and normalise the article's time expressions."""
    anchor = facts.article.published or document.published
    return list(time_expressions(document, anchor))


def time_expressions(document: Document, anchor: _dt.date | None) -> Iterator[TimeExpression]:
    """The time expressions of ``document`` resolved against ``anchor`` (may be None)."""
    text = document.text
    for cand in candidates(document):
        direction = _direction(document, cand) if cand.sem.kind in _DIRECTED else UNKNOWN
        try:
            norm = normalise(cand.sem, anchor, direction)
        except (ValueError, OverflowError):
            norm = None  # a date the calendar cannot hold: nothing sure can be said
        if norm is None:
            continue
        start, end = cand.begin, cand.stop
        if norm.start is not None and norm.end is not None and norm.end < norm.start:
            continue
        yield TimeExpression(
            span=Span(start, end),
            text=text[start:end],
            type=norm.type,
            value=norm.value,
            start=norm.start,
            end=norm.end,
        )


def _direction(document: Document, cand: Candidate) -> int:
    """Past, future or unknown, from the tense cue nearest the expression in its sentence."""
    tokens = document.tokens
    sentence = document.sentence_at(tokens[cand.start].start)
    lo = max(0, cand.start - _CUE_REACH)
    hi = min(len(tokens), cand.end + _CUE_REACH)
    if sentence is not None:
        lo = max(lo, document.token_index(sentence.start))
        hi = min(hi, document.token_index(sentence.end))
    future = lexicon("time_future_cues")
    past = lexicon("time_past_cues")
    best: tuple[int, int] | None = None  # (distance, direction)
    for i in range(lo, hi):
        if cand.start <= i < cand.end:
            continue
        raw = tokens[i].text
        word = raw.lower()
        pair = f"{word} {tokens[i + 1].text.lower()}" if i + 1 < hi else ""
        triple = f"{pair} {tokens[i + 2].text.lower()}" if i + 2 < hi else ""
        if word in future or pair in future or triple in future:
            found = FUTURE
        elif word in past or (
            len(word) > 4 and raw.islower() and word.endswith("ed") and not word.endswith("eed")
        ):
            found = PAST
        else:
            continue
        distance = cand.start - i if i < cand.start else i - cand.end + 1
        # A clause break between cue and expression weakens the cue.
        between = range(i + 1, cand.start) if i < cand.start else range(cand.end, i)
        if any(tokens[k].text in _CLAUSE_BREAKS for k in between):
            distance += _CUE_REACH
        if best is None or distance < best[0]:
            best = (distance, found)
    if best is None:
        return UNKNOWN
    return PAST if best[1] == PAST else FUTURE
