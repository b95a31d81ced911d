"""The publication date as the text itself states it, for articles that come without one.

The evidence, in order of trust:

1. a date line in the head ("Published March 5, 2024 10:32 GMT", "By A. Writer
   March 4, 2024"), read again with letters and digits pulled apart when a web page
   glued them together ("03/07/2024March 7, 2024");
2. a dateline date ("LONDON, March 5 (Reuters) -"), its year given, pinned by the same
   day named with a weekday, or lent by the nearest full date in the story;
3. a full date with its weekday in the first paragraphs (a wire lede: "said on Monday,
   January 29, 2024, that"), or further down when the lede names that weekday;
4. a weekday with a month and day ("on Tuesday, March 5"), the year pinned by the years
   the text names: the one the weekday fits, no later than the first year named as
   ahead ("will grow in 2027", "by 2030"), no earlier than the year before it or than
   the last year named as past. With no year named as ahead nothing is pinned: on the
   annotated rounds 8 to 16, pinning among all the years named gave 18 wrong years
   (history told in passing: "the lockout of 1998") and 4 right ones, each of those
   4 with a year named as ahead;
5. a dateline's month and day with the weekday its lede names ("KYIV, Nov 14 (Reuters)
   - ... said on Thursday"), the year pinned the same way;
6. the weekday the lede names, put in the week of a full date named with its weekday
   further down ("on Saturday" in the lede, "on Friday, March 14, 2025" below: the 15th).
   Wire style names the weekday of a date only within a week of the story's day.

The machine's clock is never read: with no such evidence the answer is None.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from operator import itemgetter
from typing import NamedTuple

import attrs

from newsfacts.document import Document
from newsfacts.extractors._dateline import find_dateline
from newsfacts.extractors._timedates import DateMatch, calendar_date, valid_day, year_value
from newsfacts.extractors._timelex import int_table, word_class
from newsfacts.extractors._tokens import lower_tokens
from newsfacts.lexicons import lexicon
from newsfacts.models import Span

__all__ = ["infer_published"]

# How far into the article an explicit full date still counts as its date line.
_HEAD_CHARS = 600
_HEAD_LINES = 6
# A date line in the head is short ("Published March 5, 2024 10:32 GMT"); a long line is
# story text, where a full date is more often history than the day of publication.
_HEAD_LINE_CHARS = 120
# At most this many ordinary lower-case words on a date line.
_HEAD_LINE_WORDS = 2
# How far before a year a future cue may stand in its sentence ("will grow in 2027").
_FUTURE_REACH = 12
# A year right after these is a deadline, ahead of the story ("by 2030").
_DEADLINE_WORDS = word_class("year_deadline")
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":", ","})
# "due to" + one of these is a cause ("due to a fire"), not a timetable.
_DETERMINERS = word_class("determined")
# A full date named with its weekday counts in this many first paragraphs (wire ledes).
_LEDE_PARAGRAPHS = 4
# How close a full date must be to a dateline's month and day to lend it its year.
_NEAR_DAYS = 45
_TEXT = itemgetter(2)  # a Token's text
# Letters run into digits, or a year run into a clock time ("March 5, 20242:31 PM").
_GLUED = re.compile(r"(?<=\d)(?=[A-Za-z])|(?<=[a-z])(?=\d)|(?<=\b\d{4})(?=\d{1,2}:\d\d)")


def infer_published(document: Document) -> _dt.date | None:
    """The publication date inferred from the text, or None when the text does not say."""
    dates = _all_dates(document)
    head_end = _head_end(document)
    lede_end = _lede_end(document)
    bounds = _year_bounds(document)
    return (
        _head_date(document, dates, head_end)
        or _glued_head_date(document, head_end)
        or _from_dateline(document, dates, bounds)
        or _lede_date(document, dates, lede_end)
        or _weekday_pinned(dates, bounds)
        or _dateline_with_lede_weekday(document, dates, bounds, lede_end)
        or _lede_weekday_near_full_date(document, dates, lede_end)
    )


def _all_dates(document: Document) -> list[DateMatch]:
    """Every calendar date in the text, in order (one scan, linear in the tokens)."""
    tokens = document.tokens
    starts = _date_starts(document)
    dates: list[DateMatch] = []
    k, n = 0, len(starts)
    while k < n:
        found = calendar_date(tokens, starts[k], document.text)
        if found is None or found.month is None:
            k += 1
            continue
        dates.append(found)
        k = bisect.bisect_left(starts, found.end, k + 1)
    return dates


def _date_starts(document: Document) -> list[int]:
    """Indices of the tokens a calendar date can start at: a digit, a month or a weekday.

    :func:`calendar_date` finds nothing at any other token, so the scans skip them;
    decided once per distinct token text. Every year token is among them.
    """

    def compute(document: Document) -> list[int]:
        months, weekdays = int_table("months"), int_table("weekdays")
        words = list(map(_TEXT, document.tokens))
        able = {
            w
            for w in set(words)
            if w[:1].isdigit() or (low := w.lower()) in months or low in weekdays
        }
        return list(itertools.compress(itertools.count(), map(able.__contains__, words)))

    return document.memo("newsfacts.pubdate.date_starts", compute)


def _head_date(document: Document, dates: list[DateMatch], head_end: int) -> _dt.date | None:
    """A full date on a date line of the article's head."""
    tokens = document.tokens
    for d in dates:
        if tokens[d.start].start >= head_end:
            break
        full = _full(d)
        if full is None or (d.weekday is not None and d.weekday != full.isoweekday()):
            continue
        if _date_line(document, _line_at(document, tokens[d.start].start)):
            return full
    return None


def _from_dateline(
    document: Document, dates: list[DateMatch], bounds: _YearBounds
) -> _dt.date | None:
    """The dateline's date, its year given or found elsewhere in the story."""
    dateline = _dateline_date(document, dates)
    if dateline is None:
        return None
    return _full(dateline) or _pin_year(dateline, dates, bounds) or _near_full_date(dateline, dates)


def _dateline_with_lede_weekday(
    document: Document, dates: list[DateMatch], bounds: _YearBounds, lede_end: int
) -> _dt.date | None:
    """A dateline's month and day, its year pinned by the weekday the lede names.

    "KYIV, Nov 14 (Reuters) - ... the air force said on Thursday": wire stories report
    the day they are filed. The weakest evidence, tried last.
    """
    dateline = _dateline_date(document, dates)
    weekday = _first_weekday(document, lede_end)
    if dateline is None or weekday is None or dateline.year is not None:
        return None
    return _pin_year(attrs.evolve(dateline, weekday=weekday), dates, bounds)


def _lede_date(document: Document, dates: list[DateMatch], lede_end: int) -> _dt.date | None:
    """A full date named with its weekday in the lede, or with the lede's weekday later."""
    tokens = document.tokens
    for d in dates:
        if tokens[d.start].start >= lede_end:
            break
        full = _full(d)
        if full is not None and d.weekday == full.isoweekday():
            return full  # "said on Monday, January 29, 2024, that"
    lede_weekday = _first_weekday(document, lede_end)
    if lede_weekday is None:
        return None
    for d in dates:
        full = _full(d)
        if full is not None and d.weekday == lede_weekday == full.isoweekday():
            return full  # "on Monday" in the lede, "on Monday, Feb. 12, 2024" below
    return None


def _lede_weekday_near_full_date(
    document: Document, dates: list[DateMatch], lede_end: int
) -> _dt.date | None:
    """The lede's weekday nearest to the first full date the text names with its weekday."""
    lede_weekday = _first_weekday(document, lede_end)
    if lede_weekday is None:
        return None
    for d in dates:
        full = _full(d)
        if full is None or d.weekday is None or d.weekday != full.isoweekday():
            continue
        ahead = (lede_weekday - full.isoweekday()) % 7  # days to the next such weekday
        shift = ahead if ahead <= 3 else ahead - 7
        return full + _dt.timedelta(days=shift)
    return None


def _weekday_pinned(dates: list[DateMatch], bounds: _YearBounds) -> _dt.date | None:
    """A weekday with a month and day, the year pinned by the years the text names."""
    for d in dates:
        if d.weekday is not None and d.day is not None and d.year is None and d.valid:
            pinned = _pin_year(d, dates, bounds)
            if pinned is not None:
                return pinned
    return None


def _full(d: DateMatch) -> _dt.date | None:
    if d.year is None or d.month is None or d.day is None or not d.valid:
        return None
    return _dt.date(d.year, d.month, d.day)


def _near_full_date(d: DateMatch, dates: list[DateMatch]) -> _dt.date | None:
    """A dateline's month and day put in the year of the nearest full date in the text.

    "LONDON, March 7 (Reuters)" with "on Wednesday, March 6, 2024" further down is 7 March
    2024: a story's dates cluster around its day.
    """
    assert d.month is not None and d.day is not None
    best: tuple[int, _dt.date] | None = None
    for other in dates:
        full = _full(other)
        if full is None:
            continue
        for year in (full.year - 1, full.year, full.year + 1):
            try:
                day = _dt.date(year, d.month, d.day)
            except ValueError:
                continue
            gap = abs((day - full).days)
            if gap <= _NEAR_DAYS and (best is None or gap < best[0]):
                best = (gap, day)
    return best[1] if best is not None else None


def _first_weekday(document: Document, end: int) -> int | None:
    """The first weekday the story names, as ISO weekday, before offset ``end``."""
    weekdays = int_table("weekdays")
    tokens = document.tokens
    for i in _date_starts(document):  # every weekday name is among them
        token = tokens[i]
        if token.start >= end:
            break
        if token.text[:1].isupper() and len(token.text) > 5:
            day = weekdays.get(token.text.lower())
            if day is not None:
                return day
    return None


def _lede_end(document: Document) -> int:
    """Where the first paragraphs of the story (title, byline and lede) end."""
    paragraphs = document.paragraphs[:_LEDE_PARAGRAPHS]
    return paragraphs[-1].end if paragraphs else 0


def _glued_head_date(document: Document, head_end: int) -> _dt.date | None:
    """A date in a short head line whose words a web page glued together.

    Copied pages run a date into its neighbour ("03/07/2024March 7, 2024"); such a line
    is read again with letters and digits pulled apart.
    """
    for line in document.lines:
        if line.start >= head_end:
            break
        raw = document.text[line.start : line.end]
        if line.end - line.start > _HEAD_LINE_CHARS or _GLUED.search(raw) is None:
            continue
        parted = Document(_GLUED.sub(" ", raw))
        tokens = parted.tokens
        for i in range(len(tokens)):
            found = calendar_date(tokens, i, parted.text)
            full = _full(found) if found is not None else None
            if full is not None:
                return full
    return None


def _date_line(document: Document, line: Span | None) -> bool:
    """Whether a head line reads as furniture (a date line), not as a story sentence.

    A date line ("PUBLISHED: February 20, 2024 at 6:00 a.m.", "By A. Writer March 4,
    2024") holds names, numbers and labels; a sentence ("data showed on Wednesday,
    March 6, 2024") holds ordinary lower-case words.
    """
    if line is None or line.end - line.start > _HEAD_LINE_CHARS:
        return False
    words = [
        t.text
        for t in document.tokens_in(line)
        if t.text.isalpha() and t.text.islower() and len(t.text) > 2
    ]
    return sum(1 for w in words if w not in lexicon("time_head_labels")) <= _HEAD_LINE_WORDS


def _line_at(document: Document, offset: int) -> Span | None:
    for line in document.lines:  # the head is a few lines: a short scan
        if line.start <= offset <= line.end:
            return line
        if line.start > offset:
            break
    return None


def _head_end(document: Document) -> int:
    """The offset where the article's head (title, byline, date lines) surely ends."""
    lines = [s for s in document.lines if s.end > s.start]
    end = lines[min(len(lines), _HEAD_LINES) - 1].end if lines else 0
    return min(end, _HEAD_CHARS)


def _dateline_date(document: Document, dates: list[DateMatch]) -> DateMatch | None:
    """A month-and-day date in the dateline of one of the first paragraphs.

    Inside it ("LONDON, March 5 (Reuters) -") or right after its dash ("PARIS (AFP) –
    March 5, 2024 –"): the dateline itself is found the way the article stage finds it.
    """
    text, tokens = document.text, document.tokens
    for para in document.paragraphs[:_LEDE_PARAGRAPHS]:
        dateline = find_dateline(text, para.start, para.end)
        if dateline is None:
            continue
        for d in dates:
            at = tokens[d.start].start
            if at > dateline.end:
                break
            if at >= dateline.place_end and d.day is not None:
                return d
    return None


class _YearBounds(NamedTuple):
    """What the years a text names say about the year it was written in."""

    latest_past: int | None  # the latest year named as a fact: the story is not older
    earliest_future: int | None  # the earliest named as ahead ("will ... in 2027")


def _year_bounds(document: Document) -> _YearBounds:
    """The latest year the text names as past and the earliest it names as ahead.

    A year is ahead when the tense cue nearest before it is a future one
    (``data/time_future_cues.txt``: "will", "plans to", ...), or when no cue stands
    before it and a deadline word does ("by 2030").
    """
    tokens = document.tokens
    low = lower_tokens(document)
    future, told = lexicon("time_future_cues"), lexicon("time_past_cues")
    past: list[int] = []
    ahead: list[int] = []
    for i in _date_starts(document):  # a year starts with a digit
        year = year_value(tokens[i].text)
        if year is None:
            continue
        (ahead if _said_ahead(low, i, future, told) else past).append(year)
    return _YearBounds(max(past, default=None), min(ahead, default=None))


def _said_ahead(low: list[str], i: int, future: frozenset[str], past: frozenset[str]) -> bool:
    """Whether the year at ``i`` is named as ahead of the story.

    The tense cue nearest before it in its clause decides, within ``_FUTURE_REACH`` words:
    a future one ("will grow in 2027", "is due to report in 2027") puts it ahead, a past
    one ("served as treasurer until 2017", "closed due to a fire in 2017") behind. With
    no cue, a deadline word right before it ("by 2030") puts it ahead.
    """
    for j in range(i - 1, max(-1, i - 1 - _FUTURE_REACH), -1):
        word = low[j]
        if word in _CLAUSE_ENDS:
            break
        pair = f"{word} {low[j + 1]}" if j + 1 < i else ""
        triple = f"{pair} {low[j + 2]}" if j + 2 < i else ""
        if word in future or pair in future or triple in future:
            if pair == "due to" and j + 2 < i and low[j + 2] in _DETERMINERS:
                continue  # "due to a fire": a cause, not a timetable
            return True
        if word in past or (word.endswith("ed") and len(word) > 4):
            return False
    return i > 0 and low[i - 1] in _DEADLINE_WORDS


def _pin_year(d: DateMatch, dates: list[DateMatch], bounds: _YearBounds) -> _dt.date | None:
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
    low, high = bounds.latest_past, bounds.earliest_future
    if weekday is None or high is None or (low is not None and low > high):
        return None
    # Between the last year told as past and the first told as ahead, and no more than a
    # year before the latter: with no year named as ahead, nothing bounds the guess, and
    # a year named in passing ("the lockout of 1998") is history, not the story's year.
    first = high - 1 if low is None else max(low, high - 1)
    for year in range(high, first - 1, -1):
        if (
            valid_day(year, d.month, d.day)
            and _dt.date(year, d.month, d.day).isoweekday() == weekday
        ):
            return _dt.date(year, d.month, d.day)
    return None
