"""The publication date as the text itself states it, for articles that come without one.

Three kinds of evidence, in order of trust: an explicit full date near the top (a
"Published March 5, 2024" line, a header date), a dateline date ("LONDON, March 5
(Reuters) -") whose year the text pins, and a weekday named together with a month and day
("on Tuesday, March 5") that pins the year among the years the text mentions. The
machine's clock is never read: with no such evidence the answer is None.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Sequence

from newsfacts.document import Document, Token
from newsfacts.extractors._timedates import DateMatch, calendar_date, year_value

__all__ = ["infer_published"]

# How far into the article an explicit full date still counts as its date line.
_HEAD_CHARS = 600
_HEAD_LINES = 6
# A year is pinned by a weekday only if it lies this close to the years the text names.
_YEAR_SLACK = 1


def infer_published(document: Document) -> _dt.date | None:
    """The publication date inferred from the text, or None when the text does not say."""
    tokens = document.tokens
    text = document.text
    head_end = _head_end(document)
    dates: list[DateMatch] = []
    i = 0
    n = len(tokens)
    while i < n:
        found = calendar_date(tokens, i, text)
        if found is None or found.month is None:
            i += 1
            continue
        dates.append(found)
        i = found.end
    for d in dates:
        if tokens[d.start].start >= head_end:
            break
        full = _full(d)
        if full is not None and (d.weekday is None or d.weekday == full.isoweekday()):
            return full
    years = _years_mentioned(tokens, dates)
    dateline = _dateline_date(document, dates)
    if dateline is not None:
        pinned = _pin_year(dateline, dates, years)
        if pinned is not None:
            return pinned
    for d in dates:
        if d.weekday is not None and d.day is not None and d.year is None and d.valid:
            pinned = _pin_year(d, dates, years)
            if pinned is not None:
                return pinned
    return None


def _full(d: DateMatch) -> _dt.date | None:
    if d.year is None or d.month is None or d.day is None or not d.valid:
        return None
    return _dt.date(d.year, d.month, d.day)


def _head_end(document: Document) -> int:
    """The offset where the article's head (title, byline, date lines) surely ends."""
    lines = [s for s in document.lines if s.end > s.start]
    end = lines[min(len(lines), _HEAD_LINES) - 1].end if lines else 0
    return max(end, min(_HEAD_CHARS, len(document.text)))


def _dateline_date(document: Document, dates: list[DateMatch]) -> DateMatch | None:
    """A month-and-day date opening the first paragraphs ("LONDON, March 5 (Reuters) -")."""
    tokens = document.tokens
    for para in document.paragraphs[:4]:
        first = document.token_index(para.start)
        for d in dates:
            if d.start < first:
                continue
            if d.start > first + 6 or tokens[d.start].start >= para.end:
                break
            before = tokens[first : d.start]
            if (
                d.day is not None
                and before
                and before[-1].text == ","
                and all(t.text.isupper() or t.text in {",", "."} for t in before[:-1])
            ):
                return d
    return None


def _years_mentioned(tokens: Sequence[Token], dates: list[DateMatch]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for d in dates:
        if d.year is not None:
            counts[d.year] += 2
    for tok in tokens:
        year = year_value(tok.text)
        if year is not None:
            counts[year] += 1
    return counts


def _pin_year(d: DateMatch, dates: list[DateMatch], years: Counter[int]) -> _dt.date | None:
    """The date of a month-and-day, its year taken from a weekday and the years named."""
    assert d.month is not None and d.day is not None
    weekday = d.weekday
    if weekday is None:
        # A dateline date: look for the same month and day named with a weekday or year.
        for other in dates:
            if other.month == d.month and other.day == d.day and other.valid:
                if other.year is not None:
                    return _full(other)
                if other.weekday is not None:
                    weekday = other.weekday
    if weekday is None or not years:
        return None
    best: tuple[int, int, int] | None = None  # (distance, -mentions, year)
    for anchor, count in years.items():
        for year in range(anchor - _YEAR_SLACK, anchor + _YEAR_SLACK + 1):
            try:
                day = _dt.date(year, d.month, d.day)
            except ValueError:
                continue
            if day.isoweekday() != weekday:
                continue
            key = (abs(year - anchor), -count, -year)
            if best is None or key < best:
                best = key
    if best is None:
        return None
    return _dt.date(-best[2], d.month, d.day)
