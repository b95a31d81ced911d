"""The built-in times stage: every date, time, duration and set, pinned to the calendar.

The candidate finder (``_timegrammar``) reads expressions off the shared tokens; the
normaliser (``_timenorm``) turns each into a TIMEX3 value against the publication date
(``facts.article.published``, else ``document.published``), with the direction of a
weekday or month taken from the tense of its clause. Without any publication date,
relative expressions keep their unresolved TIMEX3 form and absolute ones still resolve.
Times told from an earlier date ("the next day", "three days earlier", "two weeks later",
"a day after the vote") are resolved against the last date the story named (TIMEX3
anchoring), though a past comparison ("up 9% from a year earlier") is never told from a
period still to come ("we will see it in the second half"); a clock time right after a
day ("March 4 at 8:15 AM") is on that day, and the second weekday of a stretch ("from
Tuesday until Sunday") follows the first. A bare
clock time ("shortly before midnight", "at noon", "before dawn") is on the day named
after it in its clause ("at 7 p.m. in Georgia on Tuesday", not "at midnight and is due
to last until Sunday"), else on the day the story
named in its sentence or the one before (not a day the news was told on: "officials said
on Thursday"), moved to the next day when it is in the small hours after an evening
("landfall at 8:30 p.m. ... By 2 a.m."); a past midnight with no day is the night
before publication. A part of the day after a preposition ("arrived in the afternoon",
"rose during the night", "in afternoon trade") is on the day named right after it, else
on the day the story told of in its paragraph or the one before (not one the news was
told on, nor one a speaker named inside another quote), else on an unknown day
("XXXX-XX-XXTAF"), as is "that morning" with no day before it. "The same month last
year" is that part of the year before, told from the period the story reported. Halves
and quarters of a match ("scored in the second half", "led for three quarters") are no
times.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise

import attrs

from newsfacts.document import Document, Token
from newsfacts.extractors._quotes import quotes
from newsfacts.extractors._timegrammar import Candidate, Sem, duration_value, find_candidates
from newsfacts.extractors._timelex import word_class
from newsfacts.extractors._timenorm import (
    PAST,
    UNKNOWN,
    Normalised,
    normalise,
    same_part,
    span_after,
    told_from,
    unknown_day,
    year_back_part,
)
from newsfacts.extractors._timetense import direction_of
from newsfacts.extractors._tokens import lower_tokens
from newsfacts.hookspecs import hookimpl
from newsfacts.lexicons import lexicon
from newsfacts.models import Facts, Span, TimeExpression, TimeType

__all__ = ["candidates", "newsfacts_times", "time_expressions"]

# Kinds whose value depends on the tense of their clause.
_DIRECTED = frozenset(
    {"wday", "month", "season", "weekend", "cal", "runit", "quarter", "half", "night", "same"}
)
# How many tokens back the date an offset is told from may be ("three days earlier"):
# a few sentences.
# Before a month, these place an event inside it ("was passed in April"), where "until" or
# "by" would name a deadline.
_WITHIN_LEADS = word_class("within_leads")
_REF_REACH = 120
# How far back the day a count of days or weeks is told from may be: a story's narrative
# keeps its day until another is named.
_DAY_REF_REACH = 400
# The offset (in quarters) of "the year-ago quarter" (see _timegrammar._m_period).
_YEAR_AGO = -5
# The members by value: a member is passed through as it is, a string is looked up.
_TIME_TYPES = {member.value: member for member in TimeType}


def candidates(document: Document) -> list[Candidate]:
    """The time-expression candidates of a document, found once and shared."""
    return document.memo(
        "newsfacts.times.candidates",
        lambda d: find_candidates(d.tokens, d.text, lower_tokens(d)),
    )


@hookimpl
def newsfacts_times(document: Document, facts: Facts) -> list[TimeExpression]:
    """Find and normalise the article's time expressions."""
    anchor = facts.article.published or document.published
    return list(time_expressions(document, anchor))


def time_expressions(document: Document, anchor: _dt.date | None) -> Iterator[TimeExpression]:
    """The time expressions of ``document`` resolved against ``anchor`` (may be None)."""
    text = document.text
    tokens = document.tokens
    low = lower_tokens(document)
    found = candidates(document)
    last_day: tuple[int, _dt.date] | None = None  # (end token, day) of the last full day
    last_date: _dt.date | None = None  # the first day of the last date the story named
    last_full_day: _dt.date | None = None  # the last single day the story named
    last_ref: Normalised | None = None  # the last date the story named, as resolved
    last_wday: tuple[int, _dt.date] | None = None  # (end token, day) of the last weekday
    last_ref_at = 0  # the token after last_ref
    last_day_ref: tuple[int, Normalised] | None = None  # (end token, date) of the last day
    clock_day: tuple[int, _dt.date] | None = None  # last_day less the days news was told on
    evening_at = -1  # the end token of the last evening or night the story named
    story_days: list[_StoryDay] = []  # the days the story told of, in order
    for index, cand in enumerate(found):
        sem = cand.sem
        periodic = sem.kind in {"quarter", "half"} or (sem.kind == "dur" and sem.unit == "Q")
        if periodic and sem.year is None and game_period(document, cand):
            continue  # "scored in the second half", "led for three quarters": of the match
        direction = direction_of(document, cand) if sem.kind in _DIRECTED else UNKNOWN
        if _ahead_in_past(document, cand):
            continue  # "he was soon released": soon after the events told, not after now
        inside = cand.start > 0 and low[cand.start - 1] in _WITHIN_LEADS
        if inside and sem.kind == "month" and sem.mod is None and direction == PAST:
            sem = attrs.evolve(sem, code="WITHIN")  # "passed in April": not "until April"
        here = anchor
        if sem.kind == "anaph":
            # "the next day", "later that year": told from the date named before
            here = last_full_day if sem.unit == "D" else last_date
            if sem.code == "SIGNAL" and _appositive(tokens, found, index):
                sem = attrs.evolve(sem, offset=0)  # "Oct. 12, the day before the crash"
        if sem.kind == "clock":
            here = _day_ahead(document, found, index, anchor)
            if here is None:
                here = _clock_day(document, cand, clock_day, anchor)
                if here is not None and _small_hours_after(sem, here, clock_day, evening_at):
                    here += _dt.timedelta(days=1)  # "landfall at 8:30 p.m. ... By 2 a.m."
        if sem.kind == "part":
            # "arrived in the afternoon": on the day named right after it, else on the day
            # the story told of in its paragraph or the one before, else on no known day
            here = _part_day_ahead(document, found, index, anchor) or _near_day(
                document, cand, story_days
            )
            if here is not None and _small_hours_after(sem, here, clock_day, evening_at):
                here += _dt.timedelta(days=1)  # "on Saturday evening ... in the morning"
        if sem.kind == "night":
            into = _night_into(document, found, index, anchor)
            if into is not None:
                here, direction = into, PAST  # "overnight into Sunday": the night before it
        try:
            if sem.kind == "ago" and sem.code in {"REL", "SIGNAL"}:
                near = cand.start - last_ref_at <= _REF_REACH
                told = _tells_from_last(tokens, found, index)
                ref = last_ref if near and told else None
                if ref is not None and _ahead_of_past(document, cand, ref, anchor):
                    ref = None  # "we will see it in the second half" ... "had risen from a
                    # year earlier": a past comparison is not told from a period to come
                if sem.unit in {"D", "W"} and told and last_day_ref is not None:
                    # "three days earlier": told from the last day the story named (a
                    # weekday as resolved above, a full date), even past a coarser date
                    # ("in 2024") or a few paragraphs back
                    day_near = cand.start - last_day_ref[0] <= _DAY_REF_REACH
                    if day_near and (ref is None or _grain_rank(ref) > 0):
                        ref = last_day_ref[1]
                dated = last_ref is not None or last_day_ref is not None
                following = found[index + 1 : index + 2]
                norm = _told_from(sem, cand, following, ref, anchor, dated=dated)
                if _after_now_in_past(document, cand, norm, ref, anchor):
                    norm = unknown_day(sem.unit or "D")  # "were released 19 days later"
            elif _year_back(sem) and last_ref is not None and _compares(tokens, cand):
                near = cand.start - last_ref_at <= _REF_REACH
                told = near and _tells_from_last(tokens, found, index)
                if told and not _ahead_of_past(document, cand, last_ref, anchor):
                    norm = year_back_part(last_ref) or normalise(sem, here, direction)
                else:
                    norm = normalise(sem, here, direction)
            elif sem.kind == "after":
                # "the months that followed": after the date the story named last (not
                # one still to come, in a past clause: "banned until 2029 ... lost")
                to_come = last_ref is not None and _ahead_of_past(document, cand, last_ref, anchor)
                norm = span_after(sem, None if to_come else last_ref)
            elif sem.kind == "same":
                near = cand.start - last_ref_at <= _REF_REACH
                norm = same_part(sem, last_ref if near else None, anchor, direction)
            elif sem.kind == "wday" and sem.mod is None and _range_end(tokens, cand, last_wday):
                assert last_wday is not None and sem.weekday is not None
                # "opens on Tuesday and runs until Sunday": the Sunday after that Tuesday
                ahead = (sem.weekday - last_wday[1].isoweekday()) % 7 or 7
                norm = normalise(sem, last_wday[1] + _dt.timedelta(days=ahead), direction)
            else:
                norm = normalise(sem, here, direction)
        except (ValueError, OverflowError):
            norm = None  # a date the calendar cannot hold: nothing sure can be said
        if norm is None and _part_of_no_day(sem, here):
            norm = Normalised("time", f"XXXX-XX-XXT{sem.part}")  # "that night", no day named
        if norm is None:
            continue
        start, end = cand.begin, cand.stop
        if norm.start is not None and norm.end is not None and norm.end < norm.start:
            continue
        if norm.start is not None and norm.start == norm.end:
            last_day = (cand.end, norm.start)
            if not _told_day(document, cand):
                clock_day = last_day
            if _evening(norm.value):
                evening_at = cand.end
            if norm.type in {"date", "time"} and sem.kind != "ago":
                last_day_ref = (cand.end, norm)
            last_full_day = norm.start
            if sem.kind not in {"clock", "part"} and not _told_day(document, cand):
                story_days.append(_StoryDay(cand.begin, norm.start))
            if sem.kind == "wday":
                last_wday = (cand.end, norm.start)
        if norm.start is not None and norm.type in {"date", "time"}:
            last_date = norm.start
            if sem.kind != "ago" and not (sem.kind == "runit" and sem.offset == _YEAR_AGO):
                # Not "a year earlier" told from "a year ago": both are told from one date.
                last_ref = norm
                last_ref_at = cand.end
        yield TimeExpression(
            span=Span(start, end),
            text=text[start:end],
            type=_TIME_TYPES.get(norm.type, norm.type),
            value=norm.value,
            start=norm.start,
            end=norm.end,
        )


# How far back (in tokens) the day a clock time is on may be named: its sentence or the
# one before ("The fire broke out on Sunday. Shortly before midnight, ...").
_CLOCK_REACH = 50


def _clock_day(
    document: Document,
    cand: Candidate,
    last_day: tuple[int, _dt.date] | None,
    anchor: _dt.date | None,
) -> _dt.date | None:
    """The day a bare clock time ("shortly before midnight", "at noon", "before dawn") is
    on: the day the story named in its sentence or the sentence before (the day of the
    events told), else the publication day; "midnight" told in the past with no day
    named is the night before publication."""
    if last_day is not None and cand.start - last_day[0] <= _CLOCK_REACH:
        between = lower_tokens(document)[last_day[0] : cand.start]
        if sum(w in _SENTENCE_ENDS for w in between) <= 1:
            return last_day[1]
    if anchor is not None and cand.sem.clock == (24, 0) and direction_of(document, cand) == PAST:
        return anchor - _dt.timedelta(days=1)
    return anchor


def _after_now_in_past(
    document: Document,
    cand: Candidate,
    norm: Normalised | None,
    ref: Normalised | None,
    anchor: _dt.date | None,
) -> bool:
    """Whether "N units later", told from a day already past, falls after publication
    while its clause is in the past ("were released 19 days later"): the day it was told
    from is the wrong one. Not when that day is itself still to come ("scheduled for
    March 20, and a vote planned two days later")."""
    if norm is None or norm.start is None or anchor is None or norm.start <= anchor:
        return False
    if ref is not None and ref.start is not None and ref.start > anchor:
        return False
    sem = cand.sem
    return sem.code == "REL" and sem.offset > 0 and direction_of(document, cand) == PAST


def _part_of_no_day(sem: Sem, day: _dt.date | None) -> bool:
    """Whether ``sem`` is "that morning", "later that night" or "the next morning" with no
    day named before it (not "the night before the vote": told from an event)."""
    return sem.kind == "anaph" and sem.part is not None and sem.code is None and day is None


def _paragraph(document: Document, cand: Candidate) -> int:
    """The index of the paragraph ``cand`` opens in (-1 if none)."""
    found = document.paragraph_index(cand.begin)
    return -1 if found is None else found


# How many paragraphs back the day a part of the day is on may be named: its own or the
# one before ("The floods hit on Saturday. ... || The water rose during the night").
_PART_PARAGRAPHS = 1
# How many of the days named last are looked at for it (the newest outside any other
# quote wins).
_PART_DAYS = 8


@attrs.frozen
class _StoryDay:
    """A day the story told of: where it was named (an offset) and the day."""

    begin: int
    day: _dt.date


def _near_day(document: Document, cand: Candidate, days: Sequence[_StoryDay]) -> _dt.date | None:
    """The day a part of the day ("in the afternoon", "during the night") is on: the last
    day the story told of (not one the news was told on) in its paragraph or the one
    before, and not inside a quote other than the part's own (a speaker's "on Friday we
    met" dates nothing outside the quote); None past that, for a value of unknown day
    ("XXXX-XX-XXTAF")."""
    here = _paragraph(document, cand)
    if here < 0:
        return None
    own: int | None = None
    for seen, told in enumerate(reversed(days)):
        paragraph = document.paragraph_index(told.begin)
        if seen >= _PART_DAYS or paragraph is None or here - paragraph > _PART_PARAGRAPHS:
            return None
        if seen == 0:
            lo = document.paragraphs[paragraph].start
            if _QUOTE_MARKS.search(document.text, lo, document.paragraphs[here].end) is None:
                return told.day  # no quote anywhere near: the quotes need not be found
            own = _quote_at(document, cand.begin)
        quoted = _quote_at(document, told.begin)
        if quoted is None or quoted == own:
            return told.day
    return None


# Any mark that may open or close a quote (see _quotes).
_QUOTE_MARKS = re.compile("[\"“”„«»'‘’]")


def _quote_at(document: Document, offset: int) -> int | None:
    """The quote ``offset`` is inside (the index of its first passage when it runs over
    several paragraphs), or None outside every quote."""
    starts, ends, ids = document.memo("newsfacts.times.quotes", _quote_table)
    k = bisect_right(starts, offset) - 1
    return ids[k] if k >= 0 and offset < ends[k] else None


def _quote_table(document: Document) -> tuple[list[int], list[int], list[int]]:
    """The quotes' starts and ends, and for each the index of the passage it began in."""
    starts: list[int] = []
    ends: list[int] = []
    ids: list[int] = []
    for k, quote in enumerate(quotes(document)):
        starts.append(quote.span.start)
        ends.append(quote.span.end)
        ids.append(ids[-1] if quote.continued and ids else k)
    return starts, ends, ids


_PART_TRADE = word_class("part_trade")


def _part_day_ahead(
    document: Document, found: Sequence[Candidate], index: int, anchor: _dt.date | None
) -> _dt.date | None:
    """The day named right after a part of the day, alone or after "on" or a comma: "late
    in the afternoon on Sunday", "in morning trade on Monday" (not "into the night and
    resumed on Monday")."""
    if index + 1 >= len(found):
        return None
    gap = lower_tokens(document)[found[index].end : found[index + 1].start]
    if gap and gap[0] in _PART_TRADE:
        gap = gap[1:]  # "in afternoon trade on Monday"
    if len(gap) > 1 or (gap and gap[0] not in {"on", ","}):
        return None
    return _day_ahead(document, found, index, anchor)


def _night_into(
    document: Document, found: Sequence[Candidate], index: int, anchor: _dt.date | None
) -> _dt.date | None:
    """The day "overnight" runs into: "storms raged overnight into Sunday"."""
    if index + 1 >= len(found):
        return None
    gap = lower_tokens(document)[found[index].end : found[index + 1].start]
    if len(gap) != 1 or gap[0] != "into":
        return None
    return _day_ahead(document, found, index, anchor)


def _small_hours_after(
    sem: Sem, day: _dt.date, clock_day: tuple[int, _dt.date] | None, evening_at: int
) -> bool:
    """Whether a clock time before 7 a.m. (or dawn) on ``day`` follows an evening or night
    of that day named since it, so falls on the next day."""
    early = sem.clock[0] < 7 if sem.clock is not None else sem.part == "MO"
    return early and clock_day is not None and clock_day[1] == day and evening_at >= clock_day[0]


def _told_day(document: Document, cand: Candidate) -> bool:
    """Whether a day is that of the telling: "officials said on Thursday"."""
    low = lower_tokens(document)
    k = cand.start - 1
    if k >= 0 and low[k] == "on":
        k -= 1
    return cand.sem.kind in {"wday", "rday"} and k >= 0 and low[k] in lexicon("time_telling_verbs")


def _evening(value: str) -> bool:
    """Whether a value is an evening or a night: "2024-10-09T20:30", "2024-10-09TNI"."""
    _, mark, clock = value.partition("T")
    return bool(mark) and (clock in {"NI", "EV"} or "18" <= clock[:2] <= "23")


def _day_ahead(
    document: Document, found: Sequence[Candidate], index: int, anchor: _dt.date | None
) -> _dt.date | None:
    """The day named right after a clock time in its sentence: "at 7 p.m. EST in Georgia
    on Tuesday night" is on that Tuesday."""
    if index + 1 >= len(found):
        return None
    cand, nxt = found[index], found[index + 1]
    if nxt.sem.kind not in {"wday", "rday"} or nxt.start - cand.end > _DAY_AHEAD_REACH:
        return None
    low = lower_tokens(document)
    if any(w in _SENTENCE_ENDS or w in _CLOCK_DAY_BREAKS for w in low[cand.end : nxt.start]):
        return None  # "began at midnight and is due to last until Sunday": not on Sunday
    norm = normalise(nxt.sem, anchor, direction_of(document, nxt))
    return norm.start if norm is not None and norm.start == norm.end else None


_DAY_AHEAD_REACH = 6  # tokens from a clock time to the day it is on
# Words between a clock time and a later day that part them: a new clause ("and left on
# Saturday") or a stretch of time ("until Sunday").
_CLOCK_DAY_BREAKS = word_class("clock_day_breaks")


def _ahead_of_past(
    document: Document, cand: Candidate, ref: Normalised, anchor: _dt.date | None
) -> bool:
    """Whether ``ref`` starts after publication while the offset told from it ("a year
    earlier") sits in a clause in the past tense or closes a comparison of figures ("up
    9% from a year earlier"): the story's past is not told from a period still to come."""
    if anchor is None or ref.start is None or ref.start <= anchor:
        return False
    if cand.start > 0 and lower_tokens(document)[cand.start - 1] in _COMPARISON_LEADS:
        return True
    return direction_of(document, cand) == PAST


_COMPARISON_LEADS = word_class("comparison_leads")


def _ahead_in_past(document: Document, cand: Candidate) -> bool:
    """Whether a one-word "ahead of now" ("soon") sits in a past clause ("the cash soon
    became a flood"): it is then told from the events of the story, and names no time."""
    sem = cand.sem
    if sem.kind != "ref" or sem.code != "FUTURE_REF" or cand.end - cand.start != 1:
        return False
    return direction_of(document, cand) == PAST


def _year_back(sem: Sem) -> bool:
    """Whether ``sem`` is one year back from the story's day: "a year ago", "last year"."""
    if sem.kind == "ago":
        return sem.code is None and sem.unit == "Y" and sem.amount == 1 and sem.offset == -1
    return sem.kind == "runit" and sem.unit == "Y" and sem.offset == -1 and sem.code is None


def _compares(tokens: Sequence[Token], cand: Candidate) -> bool:
    """Whether an expression closes a comparison of figures: right after "from", "than",
    "with" ("up from a year ago"), or after a figure ("$3 million last year", "12 cents a
    share, a year ago")."""
    k = cand.start - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k < 0:
        return False
    word = tokens[k].text.lower()
    if k == cand.start - 1 and word in _COMPARISON_LEADS:
        return True
    return word in _FIGURE_WORDS or (word[-1:].isdigit() and word[:1] in _FIGURE_OPENERS)


_FIGURE_WORDS = word_class("figure_words")
_FIGURE_OPENERS = frozenset("$0123456789")


def _grain_rank(ref: Normalised) -> int:
    """0 for a value of one day (or a time on it), 1 for anything coarser."""
    return 0 if ref.start is not None and ref.start == ref.end else 1


# Between two weekdays of one stretch: "from Tuesday to Sunday", "opens on Tuesday and
# runs until Sunday".
_RANGE_WORDS = word_class("range_words")
_RANGE_REACH = 6  # tokens from the first weekday to the second


def _range_end(tokens: Sequence[Token], cand: Candidate, last: tuple[int, _dt.date] | None) -> bool:
    """Whether the weekday ``cand`` closes a stretch opened by the weekday just named."""
    if last is None or cand.start - last[0] > _RANGE_REACH or cand.start == 0:
        return False
    between = {t.text for t in tokens[last[0] : cand.start]}
    return tokens[cand.start - 1].text.lower() in _RANGE_WORDS and not between & {".", ";"}


def _appositive(tokens: Sequence[Token], found: Sequence[Candidate], index: int) -> bool:
    """Whether ``found[index]`` follows the expression before it after a comma only."""
    if index == 0:
        return False
    between = tokens[found[index - 1].end : found[index].start]
    return len(between) == 1 and between[0].text == ","


def _tells_from_last(tokens: Sequence[Token], found: Sequence[Candidate], index: int) -> bool:
    """Whether an offset ("a year earlier", "three weeks after the vote") is told from the
    date named last. Not right after a stretch of time in its sentence ("for the nine
    months, ... a year earlier": that stretch has no date of its own), nor in apposition
    to a date ("on Feb. 20, three weeks after the election": that date itself)."""
    if index == 0:
        return True
    before = found[index - 1]
    between = tokens[before.end : found[index].start]
    if before.sem.kind == "dur" and not any(t.text in _SENTENCE_ENDS for t in between):
        return False
    return not (_appositive(tokens, found, index) and found[index].sem.code == "SIGNAL")


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# How far (in tokens) either side of an expression its sentence is searched for words.
_SENTENCE_REACH = 60


def _sentence_words(tokens: Sequence[Token], start: int, end: int) -> list[str]:
    """The lower-case words of the sentence around tokens ``[start, end)`` (bounded)."""
    lo = start
    while lo > 0 and start - lo < _SENTENCE_REACH and tokens[lo - 1].text not in _SENTENCE_ENDS:
        lo -= 1
    hi = end
    while hi < len(tokens) and hi - end < _SENTENCE_REACH and tokens[hi].text not in _SENTENCE_ENDS:
        hi += 1
    return [t.text.lower() for t in tokens[lo:hi]]


def _told_from(
    sem: Sem,
    cand: Candidate,
    following: Sequence[Candidate],
    ref: Normalised | None,
    anchor: _dt.date | None,
    *,
    dated: bool = True,
) -> Normalised | None:
    """ "Three days earlier", "two weeks later", "a day after (the vote)": told from the
    date the story named last. With no date to tell it from, "earlier" is told from the
    publication date; "later" is a date of unknown day ("XXXX-XX-XX") when the story
    named a date before (``dated``) that it cannot be told from ("in February ... 19
    days later"), else a plain duration, as are "after" and "before"; "two days before
    Christmas" (a date right after the signal) is a duration too, as TimeML marks it."""
    signal_then_date = (
        sem.code == "SIGNAL" and bool(following) and following[0].start <= cand.end + 3
    )
    if ref is not None and not signal_then_date:
        told = told_from(sem, ref)
        if told is not None:
            return told
    assert sem.unit is not None
    if sem.code == "REL" and sem.offset < 0:
        return normalise(attrs.evolve(sem, code=None), anchor, UNKNOWN)
    if sem.code == "REL" and dated:
        return unknown_day(sem.unit)  # "in February ... 19 days later": a date, unknown
    return Normalised("duration", duration_value(sem.amount, sem.unit, sem.fraction))


# How many more game words than calendar words a story needs before a quarter or half in
# a sentence with neither is a period of play.
_GAME_STORY = 3


def game_period(document: Document, cand: Candidate) -> bool:
    """Whether a quarter or half with no year ("the second half", "first-quarter") is a
    period of a match: its sentence has words of a match report ("scored", "goal",
    "kick-off") and no words of the calendar or of business ("year", "sales", "GDP"); in
    a sentence with neither, the story as a whole decides."""
    game, calendar = lexicon("time_game_words"), lexicon("time_calendar_words")
    words = _sentence_words(document.tokens, cand.start, cand.end)
    in_game = sum(w in game for w in words)
    # "in the 89th minute": only a match is timed so
    in_game += sum(w == "minute" and _ORDINAL.fullmatch(v) is not None for v, w in pairwise(words))
    in_calendar = sum(w in calendar for w in words)
    if in_game or in_calendar:
        return in_game > 0 and in_calendar == 0
    story_game, story_calendar = document.memo("newsfacts.times.game_words", _story_words)
    return story_game >= _GAME_STORY and story_game > 2 * story_calendar


def _story_words(document: Document) -> tuple[int, int]:
    """How many game words and calendar words the whole story holds."""
    game, calendar = lexicon("time_game_words"), lexicon("time_calendar_words")
    words = lower_tokens(document)
    return sum(w in game for w in words), sum(w in calendar for w in words)
