"""The candidate finder: a small grammar over the document's tokens.

At each token a handful of matchers each look at a bounded window and return what they
read as a :class:`Sem` (the meaning, not yet pinned to the calendar) with the tokens it
covers; the longest reading wins and the scan resumes after it. Extents follow TimeML:
determiners and comparatives belong to the expression ("the past two months", "more
than two decades"); plain approximators ("almost two decades" gives "two decades") and
prepositions ("since 2019" gives "2019") do not. Only words that can open an expression
(see ``data/time_starters.txt`` and the other time lexicons) are tried, and every
matcher reads a bounded window, so the scan is linear in the number of tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from operator import itemgetter

import attrs

from newsfacts.document import Token
from newsfacts.extractors._timedates import (
    DateMatch,
    calendar_date,
    valid_day,
    year_value,
)
from newsfacts.extractors._timelex import int_table, table, word_class
from newsfacts.extractors._timeparse import parse_full_date
from newsfacts.lexicons import lexicon, lexicon_keys, lexicon_lines

__all__ = ["RELATIVE_YEAR", "Candidate", "Sem", "duration_value", "find_candidates"]

_DIGIT_OR_HYPHEN = re.compile(r"[\d-]")
_DIGIT = re.compile(r"\d")
_YEAR_RANGE = re.compile(r"(\d{4})-(\d{4}|\d{2})")
_DAY_RANGE = re.compile(r"(\d{1,2})[-\u2013](\d{1,2})")
_AMPM = re.compile(r"(\d{1,2})(am|pm|a\.m|p\.m)")
_DOTTED_CLOCK = re.compile(r"(\d{1,2})\.(\d{2})(am|pm|a\.m|p\.m)?")
_DECADE = re.compile(r"(1[0-9]|20)([0-9])0s")
_SHORT_DECADE = re.compile(r"([0-9])0s")
_CENTURY_ORD = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_HUNDREDS = re.compile(r"(1[0-9]|20)00s")
# Full dates that our own reader leaves to dateparser (see _m_odd_date).
# (A dotted date needs its four-digit year: "4.1.24" may as well be a version number.)
_ODD_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-[A-Za-z]{3}-(?:\d{4}|\d{2})")
_YEAR_FIRST = re.compile(r"\d{4}/\d{1,2}/\d{1,2}")
_FISCAL_YEAR = re.compile(r"FY(\d{4}|\d{2})")


@attrs.frozen(kw_only=True)
class Sem:
    """What a time expression says, before it is pinned to the calendar.

    ``kind`` is one of: ``cal`` (calendar date, parts may be missing), ``wday`` (weekday
    with ``mod``), ``rday`` (day offset: yesterday/today/tomorrow), ``runit`` (the unit
    containing the anchor shifted by ``offset``: "last week"), ``ago`` (``amount`` units
    before/after the anchor), ``dur`` (duration), ``season``, ``decade``, ``century``,
    ``quarter``, ``half``, ``weekend``, ``month`` (bare month name), ``set`` and ``ref``
    (a fixed TIMEX3 value in ``code``), ``clock`` (a time of day alone), ``part`` (a part
    of the day in ``part``, on a day the times stage finds: "in the afternoon"),
    ``anaph`` (told from the date the story named last: "the next day", "that summer"
    with the season in ``code``) and ``after`` (a stretch after that date: "the months
    that followed"). ``clock`` and ``part`` add a time of day to a day.
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    amount: int | None = None  # None with a duration: "several", "years" (TIMEX3 "X")
    offset: int = 0
    mod: str | None = None  # last / next / this / None
    code: str | None = None  # season, part of day, fixed value
    clock: tuple[int, int] | None = None
    part: str | None = None
    valid: bool = True
    fraction: str | None = None  # a duration's amount with a fraction: "2.5"


@attrs.frozen
class Candidate:
    """A time expression: tokens ``start`` to ``end`` (exclusive), characters ``begin`` to
    ``stop`` (a possessive "'s" on the last token is left out)."""

    start: int
    end: int
    sem: Sem
    begin: int
    stop: int


# Empty words after the last token: every matcher reads a bounded window (a few tokens
# before where it starts, a dozen or so after), so with this many any index it reads
# past either end finds "" (a negative index wraps round into them).
_PAD = 32


_POSSESSIVE_ENDS = ("'s", "’s")
# Where a possessive's "'s" can be, in the text (any case: "OBAMA'S" is "obama's").
_POSSESSIVE_MARK = re.compile(r"['’][sS]")
_START = itemgetter(0)  # a Token's start offset


class _Ctx:
    """The token sequence with lower-cased words, read by every matcher."""

    __slots__ = ("amounts", "approximations", "fraction", "low", "poss", "text", "tokens", "word")

    def __init__(
        self, tokens: Sequence[Token], text: str, lowered: Sequence[str] | None = None
    ) -> None:
        self.tokens = tokens
        self.text = text
        if lowered is None:
            lowered = [t.text.lower() for t in tokens]
        low = list(lowered)
        poss = [False] * len(low)
        # A possessive is a word of more than three characters ending in "'s" that opens
        # with a letter or digit. The few "'s" marks are found in the text (in C), and
        # only the tokens ending with one are looked at.
        for mark in _POSSESSIVE_MARK.finditer(text):
            k = bisect_right(tokens, mark.start(), key=_START) - 1
            if k < 0 or tokens[k].end != mark.end():
                continue  # "'s" inside a word, or a quote mark before an "s" word
            w = low[k]
            if len(w) > 3 and w[0].isalnum() and w.endswith(_POSSESSIVE_ENDS):
                poss[k] = True
                low[k] = w[:-2]
        self.low = low
        self.poss = poss
        # ``word(i)``: the word at ``i``, "" past either end (a C-level look-up: the
        # matchers call it hundreds of thousands of times per corpus).
        self.word: Callable[[int], str] = (low + [""] * _PAD).__getitem__
        # Amounts with a fraction, by the index of their first token ("5 1/2" -> "5.5").
        self.fraction: dict[int, str] = {}
        # What _amount and _approx read at a token, by its index.
        self.amounts: dict[int, tuple[int | None, int] | None] = {}
        self.approximations: dict[int, int | None] = {}

    def near(self, i: int, j: int) -> bool:
        """Whether tokens ``i`` and ``j = i + 1`` are neighbours on one line."""
        if i < 0 or j >= len(self.tokens):
            return False
        left, right = self.tokens[i].end, self.tokens[j].start
        # As _timedates.gap_ok, inline: the matchers ask this tens of thousands of times.
        return left == right or (right - left <= 3 and not self.text[left:right].strip(" \t\u00a0"))

    def follows(self, i: int, word: str) -> bool:
        """Whether token ``i + 1`` is ``word`` and adjacent to ``i``."""
        return self.near(i, i + 1) and self.low[i + 1] == word

    def prev_signal(self, i: int) -> bool:
        """Whether the word before ``i`` (past an optional "the") is a time signal."""
        j = i - 1
        if self.word(j) == "the":
            j -= 1
        return self.word(j) in lexicon("time_signals")

    def cap(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].text[:1].isupper()


Match = tuple[int, Sem]


def find_candidates(
    tokens: Sequence[Token], text: str, lowered: Sequence[str] | None = None
) -> list[Candidate]:
    """Every time expression in ``tokens``, longest match first, in text order.

    ``lowered`` is the lower-cased text of every token, when the caller has it already."""
    ctx = _Ctx(tokens, text, lowered)
    out: list[Candidate] = []
    n = len(tokens)
    starters = _starters()
    after_the = lexicon("time_after_the")
    after_a = _after_a()
    months = int_table("months")
    low = ctx.low
    # Most words cannot open a time expression: only these are tried (a plain word has
    # no digit or hyphen, so the test on them is short).
    opens = [
        k
        for k, w in enumerate(low)
        if w in starters or not (w.isalpha() or _DIGIT_OR_HYPHEN.search(w) is None)
    ]
    resume = 0  # the tokens before this one are read already
    for i in opens:
        if i < resume:
            continue
        word = low[i]
        if word == "the" and i + 1 < n:
            # "the" opens an expression only before a time word: skip "the government".
            # Before a name, the only reading is "the Glastonbury weekend" (_m_weekend).
            nxt = low[i + 1]
            if (
                nxt not in starters
                and nxt not in after_the
                and _DIGIT_OR_HYPHEN.search(nxt) is None
                and not (tokens[i + 1].text[:1].isupper() and ctx.word(i + 2) == "weekend")
            ):
                continue
        if word in {"a", "an"} and ctx.word(i + 1) not in after_a:
            continue  # "a man": "a" opens a count of a unit only ("a week", "a few days")
        if word in {"a", "an", "per"} and _rate(ctx, i):
            resume = i + 2  # "$3,500 a month", "80 miles per hour": a rate, not a time
            continue
        span = _YEAR_RANGE.fullmatch(word) if "-" in word else None
        if span is not None:
            out.extend(_year_range(i, tokens[i], span))
            continue
        # (Only a month, figures or a dash can open a range of days or months: the other
        # words skip both calls.)
        ranged = word[:1].isdecimal() or word in months or "-" in word or "\u2013" in word
        days = (_day_range(ctx, i) or _month_range(ctx, i)) if ranged else None
        if days:
            out.extend(days)
            resume = days[-1].end
            continue
        if word == "the":
            matchers = _after_the(ctx.word(i + 1))
        else:
            matchers = _BY_FIRST_WORD.get(word) or _matchers_for(word)
        best: Match | None = None
        for matcher in matchers:
            found = matcher(ctx, i)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        if best is None:
            continue
        end, sem = best
        inner_possessive = (
            sem.kind in {"quarter", "half"}
            or (sem.code or "").startswith("HOLIDAY")
            or sem.code == "END"  # "by year's end"
        )
        if not inner_possessive and any(ctx.poss[k] for k in range(i, end - 1)):
            end = i + 1 + next(k for k in range(end - 1 - i) if ctx.poss[i + k])
            found_again = _shorter(ctx, i, end)
            if found_again is None:
                continue
            sem = found_again
        else:
            end, sem = _attach_time_of_day(ctx, end, sem)
        cut = ctx.poss[end - 1] and sem.kind != "decade"  # "the 1990's" keeps its "'s"
        stop = tokens[end - 1].end - (2 if cut else 0)
        # "most mornings": the quantifier stays out, as in "most weekends"
        first = i + 1 if word == "most" else i
        out.append(Candidate(first, end, sem, tokens[first].start, stop))
        resume = end
        second = _second_day(ctx, end, sem)
        if second is not None:
            out.append(second)
            resume = second.end
    return out


_DAY_JOINERS = word_class("day_joiners")
# "two more weeks", "an additional year"
_MORE = word_class("more")
# "three straight months", "four consecutive quarters": a run of units, one stretch
_IN_A_ROW = word_class("in_a_row")


@cache
def _after_a() -> frozenset[str]:
    """The words after "a"/"an" that let it open an expression (see _amount, _m_duration
    and _m_set): a unit, "few", "couple", "dozen", "quarter" or "more"/"additional"."""
    return frozenset(table("units")) | word_class("after_a") | _MORE


def _second_day(ctx: _Ctx, end: int, sem: Sem) -> Candidate | None:
    """The second day of "April 24 and 25" (or "to 25"), in the month just named."""
    if sem.kind != "cal" or sem.day is None or sem.month is None or sem.clock or sem.part:
        return None
    word = ctx.word(end + 1)
    if ctx.word(end) not in _DAY_JOINERS or not (word.isdecimal() and len(word) <= 2):
        return None
    day = int(word)
    after = ctx.word(end + 2)
    if not (sem.day < day <= 31) or not ctx.near(end, end + 1):
        return None
    if after.isalpha() and after not in lexicon("time_function_words"):
        return None  # "on May 5 and 6 people died"
    if not valid_day(sem.year, sem.month, day):
        return None
    tok = ctx.tokens[end + 1]
    new = attrs.evolve(sem, day=day, weekday=None)
    return Candidate(end + 1, end + 2, new, tok.start, tok.end)


@cache
def _starters() -> frozenset[str]:
    """Every word (lower-case) that can open a time expression, digits and hyphens aside."""
    words = set(lexicon("time_starters"))
    for name in (
        "months",
        "weekdays",
        "numbers",
        "ordinals",
        "units",
        "seasons",
        "dayparts",
        "refs",
        "sets",
        "decade_words",
        "holidays",
    ):
        for key in table(name):
            words.add(key.split(" ", 1)[0])
    words.update(f"{day}s" for day in table("weekdays"))
    words.update(phrase.split(" ", 1)[0] for phrase in lexicon("time_approx"))
    return frozenset(words)


def _year_range(i: int, token: Token, span: re.Match[str]) -> list[Candidate]:
    """The two years of "2009-2010" or "2019-20" (one token), each its own expression."""
    first = year_value(span.group(1))
    tail = span.group(2)
    if first is None:
        return []
    second = int(tail) if len(tail) == 4 else (first // 100) * 100 + int(tail)
    if not first < second <= first + 100 or year_value(str(second)) is None:
        return []
    a = Candidate(i, i + 1, Sem(kind="cal", year=first), token.start, token.start + 4)
    b_start = token.start + 5
    b = Candidate(i, i + 1, Sem(kind="cal", year=second), b_start, b_start + len(tail))
    return [a, b]


def _day_range(ctx: _Ctx, i: int) -> list[Candidate]:
    """The two days of "March 19-20" or "19-20 March" (the days one token), each its own
    expression in that month: "March 19" and "20", or "19" and "20 March"; a year after
    them ("March 19-20, 2024", "19-20 March 2023") goes with the second and dates both."""
    month_first = ctx.cap(i) and ctx.word(i) in int_table("months")
    k = i + 1 if month_first else i  # the token of the days
    span = _DAY_RANGE.fullmatch(ctx.word(k)) if k < len(ctx.tokens) else None
    if span is None:
        return [] if month_first else _spaced_first_day(ctx, i)
    if month_first:
        if not ctx.near(i, k) or (len(ctx.word(i)) <= 4 and ctx.word(i) not in _SHORT_MONTHS):
            return []  # a bare abbreviation ("Mar") is too ambiguous
        month, after = int_table("months")[ctx.word(i)], k + 1
        if ctx.word(after).isalpha() and ctx.word(after) not in lexicon("time_function_words"):
            return []  # "in May 5-6 people died": a count after the month
        y_at = after + 1 if ctx.word(after) == "," else after
    else:
        found = calendar_date(ctx.tokens, k + 1, ctx.text) if ctx.near(k, k + 1) else None
        if found is None or found.month is None or found.day is not None:
            return []  # "19-20 March": a month (and perhaps a year) must follow
        month, after, y_at = found.month, found.end, found.end - 1
    first, second = int(span.group(1)), int(span.group(2))
    year = year_value(ctx.word(y_at)) if ctx.near(y_at - 1, y_at) else None
    if not 1 <= first < second <= 31 or not valid_day(year, month, second):
        return []
    end = y_at + 1 if year is not None else after
    tok = ctx.tokens[k]
    cut = tok.start + len(span.group(1))
    one = Sem(kind="cal", year=year, month=month, day=first)
    two = Sem(kind="cal", year=year, month=month, day=second)
    start = ctx.tokens[i].start
    return [
        Candidate(i, k + 1, one, start, cut),
        Candidate(k, end, two, cut + 1, ctx.tokens[end - 1].end),
    ]


_SHORT_MONTHS = frozenset({"may", "june", "july"})
_MONTH_RANGE = re.compile(r"([A-Z][a-z]{2,8})[-\u2013]([A-Z][a-z]{2,8})")


def _month_range(ctx: _Ctx, i: int) -> list[Candidate]:
    """The two months of "October-December" or "Jan-Mar 2024" (one token), each its own
    expression; a year after them dates the second, and the first in the same or (across
    New Year: "December-February 2024") the year before."""
    tok = ctx.tokens[i]
    span = _MONTH_RANGE.fullmatch(tok.text) if "-" in tok.text or "–" in tok.text else None
    if span is None:
        return []
    months = int_table("months")
    first, second = months.get(span.group(1).lower()), months.get(span.group(2).lower())
    if first is None or second is None or first == second:
        return []
    year = year_value(ctx.word(i + 1)) if ctx.near(i, i + 1) else None
    end = i + 2 if year is not None else i + 1
    one = Sem(kind="month", month=first)
    two = Sem(kind="month", month=second)
    if year is not None:
        one = Sem(kind="cal", year=year - (first > second), month=first)
        two = Sem(kind="cal", year=year, month=second)
    cut = tok.start + len(span.group(1))
    return [
        Candidate(i, i + 1, one, tok.start, cut),
        Candidate(i, end, two, cut + 1, ctx.tokens[end - 1].end),
    ]


def _spaced_first_day(ctx: _Ctx, i: int) -> list[Candidate]:
    """The first day of "3 – 4 May" (a dash between spaces): that day of the month and year
    the date after the dash names; the date itself is read as usual."""
    w = ctx.word(i)
    if not (w.isdecimal() and len(w) <= 2) or ctx.word(i + 1) not in {"-", "–"}:
        return []
    if not (ctx.near(i, i + 1) and ctx.near(i + 1, i + 2)):
        return []
    found = calendar_date(ctx.tokens, i + 2, ctx.text)
    if found is None or found.day is None or found.month is None or found.start != i + 2:
        return []
    if ctx.tokens[i + 2].text[:1].isupper() or not 1 <= int(w) < found.day:
        return []  # "5 - March 7": the month must come after both days
    sem = Sem(kind="cal", year=found.year, month=found.month, day=int(w))
    return [Candidate(i, i + 1, sem, ctx.tokens[i].start, ctx.tokens[i].end)]


def _shorter(ctx: _Ctx, i: int, end: int) -> Sem | None:
    """The reading of tokens ``[i, end)`` alone, when a possessive cut a longer match."""
    for matcher in _MATCHERS:
        found = matcher(ctx, i)
        if found is not None and found[0] == end:
            return found[1]
    return None


# -- numbers and units -----------------------------------------------------------------


def _amount(ctx: _Ctx, i: int) -> tuple[int | None, int] | None:
    """A count at ``i``: digits, number words, "a few", "a couple of", "several".

    Read once per token (several matchers ask at the same token) and kept on ``ctx``."""
    amounts = ctx.amounts
    if i not in amounts:
        amounts[i] = _read_amount(ctx, i)
    return amounts[i]


def _read_amount(ctx: _Ctx, i: int) -> tuple[int | None, int] | None:
    w = ctx.word(i)
    if not w:
        return None
    if w.isdecimal() and len(w) <= 4:
        if ctx.word(i + 2) == "/" and ctx.near(i, i + 1) and ctx.word(i + 1).isdecimal():
            if (ctx.word(i + 1), ctx.word(i + 3)) == ("1", "2"):
                ctx.fraction[i] = f"{int(w)}.5"  # "5 1/2"
            return None, i + 4
        if len(w) == 4 and year_value(w) is not None and not ctx.word(i + 1).endswith("s"):
            return None  # "the 1988 quarter": a year, not a count
        return int(w), i + 1
    if w == "a" and ctx.word(i + 1) == "quarter" and ctx.word(i + 2) == "of":
        if ctx.word(i + 3) in {"a", "an"} and ctx.near(i + 2, i + 3):
            ctx.fraction[i] = "0.25"  # "a quarter of a century"
            return None, i + 4
        return None
    if w == "three-quarters" and ctx.follows(i, "of") and ctx.word(i + 2) in {"a", "an"}:
        ctx.fraction[i] = "0.75"  # "three-quarters of an hour"
        return None, i + 3
    if w in {"a", "an"}:
        nxt = ctx.word(i + 1)
        if nxt == "few" and ctx.near(i, i + 1):
            return None, i + 2
        if nxt == "couple" and ctx.follows(i + 1, "of"):
            return 2, i + 3
        if nxt == "dozen" and ctx.near(i, i + 1):
            return 12, i + 2
        return 1, i + 1
    numbers = table("numbers")
    if w in numbers:
        code = numbers[w]
        if code == "X":
            if ctx.word(i - 1) == "as":
                return None  # "the third in as many months"
            return None, i + 1
        value = int(code)
        if w == "couple" and ctx.follows(i, "of"):
            return 2, i + 2
        if ctx.word(i + 1) == "and" and ctx.word(i + 2) == "a" and ctx.word(i + 3) == "half":
            ctx.fraction[i] = f"{value}.5"  # "two and a half"
            return None, i + 4
        # "twenty five": tens then units
        nxt = ctx.word(i + 1)
        if value >= 20 and value % 10 == 0 and nxt in numbers and ctx.near(i, i + 1):
            unit_value = numbers[nxt]
            if unit_value.isdecimal() and int(unit_value) < 10:
                return value + int(unit_value), i + 2
        return value, i + 1
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
            a, b = numbers[parts[0]], numbers[parts[1]]
            if a.isdecimal() and b.isdecimal() and int(b) < 10:
                return int(a) + int(b), i + 1
    if w.replace(".", "", 1).isdecimal() and "." in w:
        ctx.fraction[i] = w.lstrip("0") if not w.startswith("0.") else w  # "2.5 years"
        return None, i + 1
    if w == "half" and ctx.word(i + 1) in {"a", "an"} and ctx.near(i, i + 1):
        ctx.fraction[i] = "0.5"  # "half an hour"
        return None, i + 2
    return None


_RATE_AFTER = word_class("rate_after")


def _rate(ctx: _Ctx, i: int) -> bool:
    """Whether "a"/"an"/"per" + unit at ``i`` is the denominator of a rate: a price ("$3,500
    a month"), a speed ("80 miles per hour"), a count ("four flights a week", "5% a
    year"). "Twice a week" is a set, and "$2 million a year ago" a date."""
    if _unit(ctx, i + 1) is None or not ctx.near(i, i + 1) or ctx.word(i + 2) in _RATE_AFTER:
        return False
    prev = ctx.word(i - 1)
    if prev in {"once", "twice", "thrice", "times"}:
        return False
    if _numeric(prev) or prev in table("numbers") or prev in lexicon("time_rate_units"):
        return True
    if prev in {"%", "percent", "cent"} or prev in lexicon("time_currencies"):
        return True
    if not (prev.endswith("s") or prev == ")" or prev in lexicon("time_plural_nouns")):
        return False
    # "four flights a week", "200,000 affordable homes a year", "45 billion euros ($47
    # billion) a year": a count a few words back
    return any(
        _numeric(ctx.word(k)) or ctx.word(k) in table("numbers") for k in range(i - 5, i - 1)
    )


def _numeric(word: str) -> bool:
    """A number written in digits or a large-number word ("2,000", "1.5", "million")."""
    return any(c.isdecimal() for c in word) or word in {"million", "billion", "thousand", "hundred"}


def _unit(ctx: _Ctx, i: int) -> str | None:
    return table("units").get(ctx.word(i))


_HALF_UNIT = {"Y": (6, "M"), "M": (15, "D"), "D": (12, "H"), "H": (30, "M"), "MIN": (30, "S")}


def duration_value(amount: int | None, unit: str, fraction: str | None = None) -> str:
    """The TIMEX3 duration for ``amount`` ``unit`` ("P2Y", "PT3H", "PXY", "P2Y6M")."""
    if fraction is not None and unit not in {"DE", "CE", "MIL", "FN", "WE"}:
        return _fraction_value(fraction, unit)
    n = "X" if amount is None else str(amount)
    scaled = {"DE": 10, "CE": 100, "MIL": 1000, "FN": 2}
    if fraction is not None and unit in scaled:
        whole = float(fraction) * scaled[unit]  # "half a century": 50 years
        if whole.is_integer():
            return f"P{int(whole)}{'W' if unit == 'FN' else 'Y'}"
    if unit in scaled:
        target = "W" if unit == "FN" else "Y"
        if amount is None:
            return "PXDE" if unit == "DE" else f"PX{target}"
        return f"P{amount * scaled[unit]}{target}"
    if unit in {"H", "MIN", "S"}:
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    if unit == "WE":
        return "P2D" if amount == 1 else f"P{n}WE"
    return f"P{n}{unit}"


# A fraction of these units is told in the next smaller one: (how many, its letter).
_SMALLER = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M")}


def _fraction_value(fraction: str, unit: str) -> str:
    """A duration with a fractional amount: halves in the next smaller unit ("P2Y6M",
    "PT1H30M"), other fractions as ISO 8601 decimals ("P2.3Y")."""
    whole, _, part = fraction.partition(".")
    if int(whole or 0) == 0 and unit in _SMALLER:
        factor, small = _SMALLER[unit]
        amount = float(fraction) * factor  # "three-quarters of an hour": 45 minutes
        if amount.is_integer():
            return f"{'P' if unit == 'Y' else 'PT'}{int(amount)}{small}"
    time = "T" if unit in {"H", "MIN", "S"} else ""
    letter = "M" if unit == "MIN" else unit
    if part == "5" and unit in _HALF_UNIT:
        extra, small = _HALF_UNIT[unit]
        small_time = "T" if (small == "H" or unit in {"H", "MIN"}) and not time else ""
        head = f"{int(whole or 0)}{letter}" if int(whole or 0) else ""
        return f"P{time}{head}{small_time}{extra}{small}"
    return f"P{time}{whole or 0}.{part}{letter}"


# -- matchers ---------------------------------------------------------------------------


def _m_calendar(ctx: _Ctx, i: int) -> Match | None:
    """Full and partial calendar dates: "March 5, 2024", "5 March", "2024-03-05"."""
    nxt = ctx.word(i + 1)
    if ctx.tokens[i].text.isdecimal() and nxt not in {"/", "of"} and nxt not in int_table("months"):
        # "10 people": a bare number opens a date (or the "2024/03/05" that _m_odd_date
        # reads) only before a slash, "of" or a month. (Most numbers are no dates: this
        # spares calendar_date's reading of them.)
        return None
    found: DateMatch | None = calendar_date(ctx.tokens, i, ctx.text)
    if found is None:
        return _m_odd_date(ctx, i)
    if found.day is None and found.year is None:
        return None  # a bare month is left to _m_month, which checks its context
    if found.day is not None and found.year is None and ctx.word(found.end) in {"%", "percent"}:
        return None
    if found.year is None and ctx.word(i - 1) == "the" and _name_follows(ctx, found.end):
        return None  # "the May 4th Movement", "the July 26 Movement": a name
    return found.end, Sem(
        kind="cal",
        year=found.year,
        month=found.month,
        day=found.day,
        weekday=found.weekday,
        valid=found.valid,
    )


def _name_follows(ctx: _Ctx, j: int) -> bool:
    """Whether token ``j`` goes on a name: "Movement" in "the May 4th Movement"."""
    if j >= len(ctx.tokens) or not ctx.near(j - 1, j) or not ctx.tokens[j].text.istitle():
        return False
    return ctx.word(j) in lexicon("time_name_heads")


def _m_odd_date(ctx: _Ctx, i: int) -> Match | None:
    """A full date in a less common layout, read by dateparser: "05.03.2024", "5-Mar-2024",
    "2024/03/05"."""
    word = ctx.tokens[i].text
    end = i + 1
    if _ODD_DATE.fullmatch(word) is None:
        if not (len(word) == 4 and word.isdecimal() and ctx.word(i + 1) == "/"):
            return None
        pieces = ctx.tokens[i : i + 5]
        glued = len(pieces) == 5 and all(pieces[k].end == pieces[k + 1].start for k in range(4))
        if not glued or _YEAR_FIRST.fullmatch("".join(t.text for t in pieces)) is None:
            return None
        word, end = "".join(t.text for t in pieces), i + 5
    day = parse_full_date(word)
    if day is None or year_value(f"{day.year:04d}") is None:
        return None
    return end, Sem(kind="cal", year=day.year, month=day.month, day=day.day)


# After "March of", words that still tell a year ("March Of This Year" in a headline).
_OF_YEAR = word_class("of_year")


def _m_month(ctx: _Ctx, i: int) -> Match | None:
    """A month name alone, where context says it is one: "in May", "last March"."""
    w = ctx.word(i)
    month = int_table("months").get(w)
    if month is None or not ctx.cap(i) or len(w) < 3:
        return None
    if len(w) <= 4 and w not in {"may", "june", "july"}:
        return None  # bare abbreviations are too ambiguous
    mod = ctx.word(i - 1)
    if mod in {"last", "next", "this", "coming"} and ctx.near(i - 1, i):
        return None  # _m_modified takes these
    if ctx.word(i + 1) == "of" and ctx.near(i, i + 1):
        year = year_value(ctx.tokens[i + 2].text) if ctx.near(i + 1, i + 2) else None
        if year is not None and ctx.tokens[i + 2].text.isdigit():
            return i + 3, Sem(kind="cal", year=year, month=month)  # "March of 2023"
        k = i + 3 if ctx.word(i + 2) == "the" else i + 2
        if ctx.cap(k) and ctx.tokens[k].text.isalpha() and ctx.word(k) not in _OF_YEAR:
            return None  # "March of the Penguins", "March of Dimes": a title, not a month
    listed = ctx.word(i - 1) in {"and", "or", "to", "-", "–"} and (
        ctx.word(i - 2) in int_table("months") and ctx.cap(i - 2)
    )
    # "October was the warmest on record": a month as a subject (seven letters or more:
    # no "April", "May", "June", "July", "August" or "March", also names or verbs)
    subject = len(w) >= 7 and ctx.word(i + 1) in lexicon("time_month_subject_verbs")
    if subject and ctx.near(i, i + 1) and ctx.tokens[i + 1].text.islower():
        return i + 1, Sem(kind="month", month=month)
    # "its June meeting", "the bank's December decision": an owner before the month
    owned = (ctx.word(i - 1) in _MONTH_OWNERS or (i > 0 and ctx.poss[i - 1])) and (
        ctx.word(i + 1) not in _NOT_AFTER_OWNED  # "his March on Rome": a march
    )
    if not (listed or owned or ctx.prev_signal(i)) and ctx.word(i - 1) not in {
        "mid",
        "early",
        "late",
        "the",
        "a",
    }:
        return None
    # "in the year to March", "the 12 months to May": the month closes a period
    closes = ctx.word(i - 1) == "to" and ctx.word(i - 2) in _PERIOD_BEFORE_TO
    if w in {"may", "march"} and ctx.word(i - 1) in {"to", "and", "or"} and not (listed or closes):
        return None  # "voted to March", "may or May not": keep the safe side
    determined = owned or ctx.word(i - 1) in {"the", "a"}
    if determined and not (
        ctx.word(i + 1).isalpha()
        and ctx.tokens[i + 1].text.islower()
        and ctx.word(i + 1) not in lexicon("time_function_words")
    ):
        return None  # "the March elections" is one, "the May government" is not
    may_name = w == "may" and determined
    if may_name and ctx.word(i + 1) not in lexicon("time_event_nouns"):
        return None  # "the May government": the politician
    return i + 1, Sem(kind="month", month=month)


# Owners before a month and its noun: "its June meeting".
_MONTH_OWNERS = word_class("month_owners")
_NOT_AFTER_OWNED = word_class("not_after_owned_month")
# Period nouns before "to" + a month that ends the period ("the year to March").
_PERIOD_BEFORE_TO = word_class("period_before_to")


def _m_year(ctx: _Ctx, i: int) -> Match | None:
    """A four-digit year where it reads as one, and year ranges' second half."""
    tok = ctx.tokens[i]
    w = ctx.word(i)
    if w == "fiscal" and ctx.near(i, i + 1) and year_value(ctx.word(i + 1)) is not None:
        year = year_value(ctx.word(i + 1))
        return i + 2, Sem(kind="cal", year=year)
    if w.startswith("mid-"):
        year = year_value(w[4:])
        if year is not None:
            return i + 1, Sem(kind="cal", year=year, code="MID")
        return None
    year = year_value(w)
    if year is None:
        return None
    prev = ctx.word(i - 1)
    if prev == "copyright" or (prev == ")" and ctx.word(i - 2) == "c"):
        return None  # "Copyright 2024", "(c) 2024": a notice, not a time
    if prev in {"$", "£", "€", "no", "#", "number", "flight", "route", "page", "room", "vol", "©"}:
        return None
    if prev == "/" and ctx.tokens[i - 1].end == tok.start:
        return None  # the tail of a broken numeric date or a fraction
    nxt = ctx.word(i + 1)
    if nxt in {"%", "percent", "per"} or (
        ctx.word(i - 1) == "." and ctx.tokens[i - 1].end == tok.start
    ):
        return None
    if not _year_context(ctx, i, year):
        return None
    return i + 1, Sem(kind="cal", year=year)


def _year_context(ctx: _Ctx, i: int, year: int) -> bool:
    """Whether the four-digit number at ``i`` reads as a year from its neighbours.

    A bare number is a year only with a year context: a time signal before it ("in",
    "since", "by", "the year"), a possessive ("2019's budget"), a list or range of years
    ("2019, 2020 and 2021"), a determiner before it and a singular noun after it ("the
    2022 election", "a 1998 law"), or a year as the subject ("2019 was"). Never after a
    quantity qualifier ("more than 1000"), before a plural or counted noun ("1000
    customers"), or after a name ("Windows 2000").
    """
    prev, nxt = ctx.word(i - 1), ctx.word(i + 1)
    if ctx.poss[i]:
        return True  # "2019's budget"
    if prev in {"about", "around", "circa"} and ctx.word(i - 2) in _SINCE:
        return nxt not in lexicon("time_counted")  # "until about 1950"
    if _qualified(ctx, i):
        return False  # "more than 1000", "about 1500": an amount
    named = ctx.cap(i + 1) and i + 2 < len(ctx.tokens) and ctx.cap(i + 2)  # "Paris Olympics"
    more_than = nxt == "more" and ctx.word(i + 2) == "than"  # "In 2018 more than 160 died"
    counted = (nxt in lexicon("time_counted") and not more_than) or (
        nxt.isalpha() and nxt.endswith("s") and not nxt.endswith("ss") and not named
    )
    if counted and nxt not in lexicon("time_year_nouns"):
        return False  # "the 2000 people", "2000 tonnes", "in 1000 villages"
    if prev in lexicon("time_year_signals"):
        return True
    if prev == "to" and ctx.word(i - 2) in {"back", "dating", "dates", "dated", "date"}:
        return True  # "dating back to 1994"
    recent = 1800 <= year <= 2100
    if prev in _LIST_JOINERS and year_value(ctx.word(i - 2)) is not None:
        return True  # "2019, 2020 and 2021", "from 2010 to 2015"
    if nxt in _LIST_JOINERS and year_value(ctx.word(i + 2)) is not None:
        return recent and ctx.word(i + 3) not in lexicon("time_counted")
    if not recent:
        return False
    determined = prev in lexicon("time_year_determiners") or (i > 0 and ctx.poss[i - 1])
    if determined and nxt.isalpha():
        return nxt not in lexicon("time_function_words")  # "the 2022 election"
    if nxt == "and" and ctx.word(i + 2) == "beyond":
        return True
    if prev == "(" and nxt == ")":
        return True  # "(1997)"
    named = i > 0 and ctx.cap(i - 1)  # "Windows 2000 was released"
    return nxt in lexicon("time_year_verbs") and not named  # "2019 was a hard year"


_LIST_JOINERS = word_class("list_joiners")


def _qualified(ctx: _Ctx, i: int) -> bool:
    """Whether a quantity qualifier stands before token ``i`` ("more than", "about")."""
    prev = ctx.word(i - 1)
    two = f"{ctx.word(i - 2)} {prev}"
    return (
        two in lexicon("time_approx")
        or prev in lexicon("time_amount_qualifiers")
        or prev in lexicon("time_approx")
    )


_SINCE = word_class("since")


def _m_relday(ctx: _Ctx, i: int) -> Match | None:
    """Yesterday, today, tomorrow, tonight, and "the day before yesterday"."""
    w = ctx.word(i)
    offsets = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}
    if w in offsets and ctx.cap(i) and i > 0 and _in_name(ctx, i):
        return None  # "USA Today", "VOA Today": a title
    if w == "overnight":
        return _overnight(ctx, i)
    if w in offsets:
        if w == "today" and ctx.poss[i] and ctx.word(i + 1) in {"world", "society", "youth"}:
            return i + 1, Sem(kind="ref", code="PRESENT_REF")  # "today's world"
        part = "NI" if w == "tonight" else None
        return i + 1, Sem(kind="rday", offset=offsets[w], part=part)
    if w == "the" and ctx.word(i + 1) == "day" and ctx.word(i + 2) in {"before", "after"}:
        far = {"before": "yesterday", "after": "tomorrow"}[ctx.word(i + 2)]
        if ctx.word(i + 3) == far and ctx.near(i + 2, i + 3):
            return i + 4, Sem(kind="rday", offset=2 if far == "tomorrow" else -2)
    if w == "the" and ctx.word(i + 2) in {"before", "after"} and ctx.near(i, i + 1):
        # "the day after, ...", "the night before the vote", "the week after": told from
        # the last date named ("before"/"after" left out as a signal)
        unit = _ANAPHORIC_UNITS.get(ctx.word(i + 1))
        part = table("dayparts").get(ctx.word(i + 1))
        if ctx.word(i + 1) in {"noon", "midnight"} or not _names_event(ctx, i + 3):
            return None
        shift = 1 if ctx.word(i + 2) == "after" else -1
        if unit is not None:
            return i + 2, Sem(kind="anaph", unit=unit, offset=shift, code="SIGNAL")
        if part is not None:
            return i + 2, Sem(kind="anaph", unit="D", offset=shift, part=part, code="SIGNAL")
        return None
    if w in {"last", "this"} and ctx.near(i, i + 1):
        part = table("dayparts").get(ctx.word(i + 1))
        if part is not None and ctx.word(i + 1) not in {"noon", "midnight", "midday"}:
            if w == "last" and part == "NI":
                return i + 2, Sem(kind="rday", offset=-1, part="NI")
            if w == "this":
                return i + 2, Sem(kind="rday", offset=0, part=part)
    return None


def _overnight(ctx: _Ctx, i: int) -> Match | None:
    """ "Overnight" as an adverb ("shelling continued overnight") or before an event
    ("overnight attacks"): the night before publication, or the coming one in a future
    clause. Not "the overnight rate", "an overnight stay" or "an overnight success"."""
    nxt = ctx.word(i + 1)
    if nxt.isalpha() and ctx.tokens[i + 1].text.islower():
        adverbial = nxt in lexicon("time_function_words") or nxt in lexicon("time_signals")
        adverbial = adverbial or nxt in _PART_LEADS  # "overnight into Sunday"
        if not adverbial and nxt not in lexicon("time_overnight_nouns"):
            return None
    return i + 1, Sem(kind="night")


def _in_name(ctx: _Ctx, i: int) -> bool:
    """Whether capitalised token ``i`` continues a name ("USA Today", "ABC's This Week").

    The word before it is capitalised too, and is not the first word of a sentence or
    line; or an opening quotation mark stands before it and the title goes on or closes
    after it ('the "Today" programme', '"Sunday Brunch"'), where a quotation that opens
    with the word goes on in lower case ('"Tomorrow we march," he said').
    """
    prev = ctx.tokens[i - 1].text
    if prev in {'"', "“", "‘", "'"}:
        nxt = ctx.tokens[i + 1].text if i + 1 < len(ctx.tokens) else ""
        return nxt in {'"', "”", "’", "'"} or nxt[:1].isupper()
    if not prev[:1].isupper() or ctx.word(i - 1) in lexicon("time_signals"):
        return False
    if i >= 2 and ctx.tokens[i - 2].text in {".", "!", "?", '"', "“"}:
        return False
    return "\n" not in ctx.text[ctx.tokens[i - 1].end : ctx.tokens[i].start] and i >= 2


def _m_weekday(ctx: _Ctx, i: int) -> Match | None:
    """A weekday name; plural after "on" is a set ("on Mondays")."""
    tok = ctx.tokens[i]
    w = ctx.word(i)
    if not ctx.cap(i):
        return None
    if ctx.word(i - 1) in lexicon("time_weekday_names") and ctx.cap(i - 1):
        return None  # "Black Friday", "Super Tuesday": names, not days of this week
    if ctx.cap(i + 1) and ctx.near(i, i + 1) and ctx.word(i + 1) in lexicon("time_weekday_heads"):
        return None  # "The Sunday Times": a newspaper
    wd = int_table("weekdays").get(w)
    if wd is not None and len(w) > 4:
        return i + 1, Sem(kind="wday", weekday=wd)
    if w.endswith("s") and len(w) > 6 and ctx.word(i - 1) in {"on", "most", "all", "some"}:
        wd = int_table("weekdays").get(w[:-1])
        if wd is not None and tok.text[:1].isupper():
            return i + 1, Sem(kind="set", code=f"XXXX-WXX-{wd}")  # "on Sundays"
    return None


# The words after "the" that _m_modified reads on from.
_THE_MODIFIED = word_class("the_modified")


def _m_modified(ctx: _Ctx, i: int) -> Match | None:
    """last/next/this/coming/past + weekday, month, season, unit or weekend."""
    w = ctx.word(i)
    start = i
    if w == "the" and ctx.word(i + 1) in _THE_MODIFIED:
        i += 1
        w = ctx.word(i)
    if w == "current" and start != i and ctx.word(i + 1) == "fiscal":
        i += 1  # "the current fiscal year"
        w = "current"
    offsets = {"last": -1, "next": 1, "this": 0, "coming": 1, "past": -1, "previous": -1}
    offsets["current"] = 0  # "the current quarter"
    if w == "current" and (start == i or _unit(ctx, i + 1) not in {"Y", "Q", "M", "W"}):
        return None
    if w in {"latest", "recent"} and start != i and ctx.word(i + 1) == "quarter":
        return i + 2, Sem(kind="runit", unit="Q", offset=-1)
    if w == "quarter" and start != i and not ctx.follows(i, "of"):
        return i + 1, Sem(kind="runit", unit="Q", code="DIR")  # "the quarter": tense decides
    if w == "week" and start != i and ctx.follows(i, "of"):
        found = calendar_date(ctx.tokens, i + 2, ctx.text)
        if found is not None and found.day is not None:
            return found.end, Sem(
                kind="cal", year=found.year, month=found.month, day=found.day, code="WEEK"
            )
    if w in {"first", "final"} and start != i:
        amount = _amount(ctx, i + 1)
        if amount is not None and ctx.word(i + 1) not in {"a", "an"}:
            unit = _unit(ctx, amount[1])
            if unit is not None and unit != "WE":
                return amount[1] + 1, Sem(kind="dur", amount=amount[0], unit=unit)
        return None
    if (w not in offsets and w != "following") or not ctx.near(i, i + 1):
        return None
    if w == "following":
        unit = _unit(ctx, i + 1)
        if start != i and unit not in {None, "WE", "S", "MIN"} and ctx.word(i + 1)[-1:] == "s":
            return i + 2, Sem(kind="dur", amount=None, unit=unit)  # "the following months"
        return None  # anaphoric: "the following week" needs an event to anchor it
    offset = offsets.get(w, 0)
    j = i + 1
    nxt = ctx.word(j)
    if ctx.cap(j):
        wd = int_table("weekdays").get(nxt)
        if wd is not None and len(nxt) > 4:
            return j + 1, Sem(kind="wday", weekday=wd, mod=w if w != "past" else "last")
        month = int_table("months").get(nxt)
        if month is not None and (len(nxt) > 4 or nxt in {"may", "june", "july"}):
            return j + 1, Sem(kind="month", month=month, mod=w if w != "past" else "last")
    season = table("seasons").get(nxt)
    if season is not None:
        return j + 1, Sem(kind="season", code=season, mod="last" if offset < 0 else w)
    unit = _unit(ctx, j)
    quoted = i > 0 and ctx.tokens[i - 1].text in {'"', "“", "‘"}
    if unit is not None and ctx.cap(j) and ctx.cap(i) and start == i and quoted:
        return None  # "This Week": the title of a programme
    if unit is not None and (not nxt.endswith("s") or nxt == "weekend"):
        if unit in {"S", "MIN"} or (unit == "D" and w != "past"):
            return None  # "the next day" is told from a date named before: _m_anaphoric
        the = start != i
        if unit == "WE":
            return j + 1, Sem(kind="weekend", mod="last" if offset < 0 else w)
        if w == "past" or (the and w in {"last", "next", "coming"} and unit in {"Y", "M"}):
            # "the past year", "the next month": a stretch of time, not a calendar unit
            return j + 1, Sem(kind="dur", amount=1, unit=unit)
        return j + 1, Sem(kind="runit", unit=unit, offset=offset)
    if w in {"this", "last", "next"} and start == i and nxt in {"years", "weeks", "months"}:
        after = ctx.word(j + 1)
        if after[:1].isalpha() and after not in table("units") and not ctx.follows(j, "ago"):
            # "last years winner": a possessive that lost its apostrophe
            return j + 1, Sem(kind="runit", unit=table("units")[nxt], offset=offset)
    stretch = w in {"past", "coming", "next", "last", "previous"} and (start != i or w == "coming")
    if stretch and unit is not None and nxt.endswith("s") and unit not in {"WE", "S", "MIN"}:
        return j + 1, Sem(kind="dur", amount=None, unit=unit)  # "the coming years"
    if w == "last" and start == i and ctx.word(i - 1) in lexicon("time_modals"):
        return None  # "expected to last 48 hours": the verb
    if w in {"past", "last", "next", "coming", "previous"}:
        # "the past two months", "the next few years", "the last 20 years"
        amount = _amount(ctx, j)
        if amount is not None and ctx.word(j) not in {"a", "an"}:
            unit = _unit(ctx, amount[1])
            if unit is not None and unit not in {"WE"}:
                return amount[1] + 1, Sem(kind="dur", amount=amount[0], unit=unit)
    return None


def _m_relative_span(ctx: _Ctx, i: int) -> Match | None:
    """early/late/mid/earlier/later + this/last/next + unit: "earlier this month"."""
    w = ctx.word(i)
    if w not in {"early", "late", "earlier", "later", "mid"} or not ctx.near(i, i + 1):
        return None
    j = i + 1
    if ctx.word(j) == "-" and ctx.near(j, j + 1):
        j += 1
    found = _m_modified(ctx, j)
    if found is None and w in {"early", "late"}:
        found = _m_weekday(ctx, j) or _m_relday(ctx, j)  # "late Friday", "early today"
    if found is None:
        return None
    end, sem = found
    if sem.kind in {"runit", "season", "month", "wday", "weekend", "rday"}:
        code = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(w, "MID")
        return end, attrs.evolve(sem, code=sem.code if sem.kind == "season" else code)
    return None


def _m_mid(ctx: _Ctx, i: int) -> Match | None:
    """early/late/mid + month or year: "mid-March", "early 2019", "late May"."""
    w = ctx.word(i)
    if "-" in w and w.split("-", 1)[0] in {"mid", "early", "late"}:
        rest = w.split("-", 1)[1]
        month = int_table("months").get(rest)
        if month is None or len(rest) < 3:
            return None
        year = year_value(ctx.tokens[i + 1].text) if ctx.near(i, i + 1) else None
        if year is not None:
            return i + 2, Sem(kind="cal", year=year, month=month)  # "mid-March 2023"
        return i + 1, Sem(kind="month", month=month)
    if w in {"early", "late", "mid"} and ctx.near(i, i + 1):
        nxt = ctx.tokens[i + 1].text
        year = year_value(nxt)
        if year is not None:
            return i + 2, Sem(kind="cal", year=year)
        found = calendar_date(ctx.tokens, i + 1, ctx.text)
        if found is not None and found.day is None and found.month is not None:
            if found.year is None:
                return found.end, Sem(kind="month", month=found.month)
            return found.end, Sem(kind="cal", year=found.year, month=found.month)
    return None


def _m_ago(ctx: _Ctx, i: int) -> Match | None:
    """N units ago / from now: a date told back or forward from the anchor; N units
    earlier / later / after / before: told from the date the story named last."""
    start = i
    approx = _approx(ctx, i)
    if approx is not None:
        i = approx
    amount = _amount(ctx, i)
    if amount is None:
        return None
    value, j = amount
    unit = _unit(ctx, j)
    season = table("seasons").get(ctx.word(j)[:-1]) if ctx.word(j) in _PLURAL_SEASONS else None
    if season is not None and ctx.follows(j, "ago") and value is not None and ctx.near(j - 1, j):
        return j + 2, Sem(kind="season", code=season, mod="last", amount=value)  # "two summers ago"
    if unit is None or not ctx.near(j - 1, j):
        return None
    k = j + 1
    nxt = ctx.word(k)
    if nxt == "ago" and ctx.near(j, k):
        return k + 1, Sem(kind="ago", amount=value, unit=unit, offset=-1)
    # "Three days earlier", "two weeks later", "a day after the vote": a day told from
    # the date named before, as TIMEX3 anchors it. Not an hour or a minute ("an hour
    # later" is a stretch of time, as TimeML marks it), nor a rough amount ("more than a
    # week later", "nearly two months after").
    told = (
        value is not None
        and unit not in {"S", "MIN", "H"}
        and approx is None
        and ctx.word(k + 1) != "than"  # "a year later than planned": a delay
    )
    before = ctx.word(start - 1)
    # "(about) 19 days later", "some two weeks earlier": the word before stays out of the
    # extent (as TimeML leaves it), and the day is still told from the one named before
    later_told = told and (before not in _NOT_TOLD_FROM or before in _ROUGHLY)
    told = told and before not in _NOT_TOLD_FROM
    if nxt == "earlier" and ctx.near(j, k) and ctx.word(k + 1) != "than":
        code = "REL" if later_told else None  # else from the anchor: "a few days earlier"
        return k + 1, Sem(kind="ago", amount=value, unit=unit, offset=-1, code=code)
    if nxt == "later" and ctx.near(j, k) and later_told:
        return k + 1, Sem(kind="ago", amount=value, unit=unit, offset=1, code="REL")
    if nxt in {"after", "before"} and ctx.near(j, k) and told and _names_event(ctx, k + 1):
        # "after" is left out as a signal; whether the day is told from the last date or
        # is a plain duration ("two days before Christmas"), the times stage decides.
        offset = -1 if nxt == "before" else 1
        return k, Sem(kind="ago", amount=value, unit=unit, offset=offset, code="SIGNAL")
    if nxt == "from" and ctx.word(k + 1) == "now":
        return k + 2, Sem(kind="ago", amount=value, unit=unit, offset=1)
    return None


# Seasons counted back from now ("two winters ago"); not "springs" (of water) nor "falls".
_PLURAL_SEASONS = word_class("plural_seasons")


def _names_event(ctx: _Ctx, i: int) -> bool:
    """Whether "after"/"before" ends a phrase ("a day after, ...") or names an event with
    a determiner ("after the vote"), as against a clause ("after he was freed")."""
    w = ctx.word(i)
    if w in {",", ".", ";", ""}:
        return True
    nxt = ctx.word(i + 1)
    if w == "that" and not nxt[:1].isalnum():
        return True  # "a week after that,"
    return w in {"the", "that", "this"} and nxt.isalpha() and nxt not in {"first", "last"}


# Before "N units after/before", these make a stretch of time, not a day told from
# another ("for two weeks after the storm", "within days before the vote").
_NOT_TOLD_FROM = word_class("not_told_from")
# Of those, the rough amounts that leave "N units later/earlier" told from the date before
# ("about 19 days later", "some two weeks earlier").
_ROUGHLY = word_class("roughly")


def _approx(ctx: _Ctx, i: int) -> int | None:
    """The index after an approximating phrase at ``i`` ("almost", "more than"), if any.

    Read once per token (several matchers ask at the same token) and kept on ``ctx``."""
    approximations = ctx.approximations
    if i not in approximations:
        approximations[i] = _read_approx(ctx, i)
    return approximations[i]


def _read_approx(ctx: _Ctx, i: int) -> int | None:
    words = lexicon("time_approx")
    w = ctx.word(i)
    if w in words and ctx.near(i, i + 1):
        two = f"{w} {ctx.word(i + 1)}"
        if two in words and ctx.near(i + 1, i + 2):
            return i + 2
        return i + 1
    two = f"{w} {ctx.word(i + 1)}"
    if two in words and ctx.near(i, i + 1) and ctx.near(i + 1, i + 2):
        return i + 2
    return None


# "One day" after these is some day to come ("he hopes to one day lead"), not 24 hours.
_SOMEDAY_BEFORE = word_class("someday_before")


def _m_duration(ctx: _Ctx, i: int) -> Match | None:
    """Durations: "two years", "almost two decades", "a decade", "three-day", "years"."""
    start = i
    w = ctx.word(i)
    if w == "one" and ctx.follows(i, "day") and ctx.word(i - 1) in _SOMEDAY_BEFORE:
        return i + 2, Sem(kind="ref", code="FUTURE_REF")  # "Islam will one day be"
    # Hyphenated adjectives: "two-day", "16-hour", "five-year" (not "six-year-old").
    if "-" in w:
        parts = w.split("-")
        long_unit = table("units").get(parts[0]) if parts[-1] == "long" else None
        if len(parts) == 2 and long_unit is not None and long_unit not in {"WE", "Q"}:
            count = None if parts[0].endswith("s") else 1  # "day-long", "decades-long"
            return i + 1, Sem(kind="dur", amount=count, unit=long_unit)
        if len(parts) == 2:
            unit = table("units").get(parts[1])
            if unit is not None and unit not in {"WE", "Q"}:
                numbers = table("numbers")
                if parts[0].isdecimal() and len(parts[0]) <= 3:
                    n: int | None = int(parts[0])
                elif parts[0] in numbers and numbers[parts[0]].isdecimal():
                    n = int(numbers[parts[0]])
                else:
                    return None
                if ctx.word(i + 1) in {"-", "old"}:
                    return None
                if n == 24 and unit == "H" and ctx.word(i + 1) in lexicon("time_round_clock_nouns"):
                    return None  # "the 24-hour news cycle": round the clock
                return i + 1, Sem(kind="dur", amount=n, unit=unit)
        if _amount(ctx, i) is None:
            return None
    the = False
    if w == "the" and ctx.near(i, i + 1):
        the = True
        i += 1
    approx = _approx(ctx, i)
    if approx is not None:
        i = approx
    amount = _amount(ctx, i)
    if amount is not None:
        value, j = amount
        if not ctx.near(j - 1, j):
            return None
        more = ctx.word(j) in _MORE
        run = ctx.word(j) in _IN_A_ROW and ctx.word(i) not in {"a", "an"}
        if (
            (more or run)
            and value is not None
            and _unit(ctx, j + 1) is not None
            and ctx.near(j, j + 1)
        ):
            j += 1  # "two more weeks", "an additional year", "three straight months"
        unit = _unit(ctx, j)
        if unit is None or unit == "WE":
            return None
        unit_word = ctx.word(j)
        if ctx.word(j + 1) == "old" or (ctx.cap(j) and not ctx.tokens[j].text.isupper()):
            return None  # "37 years old", "60 Minutes"
        if unit == "S" and not unit_word.endswith("s") and ctx.word(j - 1) in {"a", "an"}:
            return None  # "a second term"
        if unit == "Q" and (
            ctx.word(i) in int_table("ordinals")
            or ctx.word(i) in {"a", "an"}
            or (ctx.word(j + 1) == "of" and value is not None)
        ):
            return None  # "the first quarter" is a quarter, not three months
        if ctx.word(j + 1) in {"-", "old"} and ctx.word(j + 2) == "old":
            return None
        if ctx.word(i) in {"a", "an"} and ctx.word(j + 1) in {"old"}:
            return None
        if the and ctx.word(i) in {"a", "an"}:
            return None
        if value == 1 and unit_word.endswith("s") and ctx.word(i) in {"a", "an"}:
            return None
        if ctx.word(j + 1) == "of" and ctx.word(i) in {"a", "an"} and ctx.word(j + 2).isdecimal():
            return None
        fraction = ctx.fraction.get(i)
        end = j + 1
        if value is not None and [ctx.word(end), ctx.word(end + 1), ctx.word(end + 2)] == [
            "and",
            "a",
            "half",
        ]:
            fraction, end = f"{value}.5", end + 3  # "a year and a half"
        return end, Sem(kind="dur", amount=value, unit=unit, fraction=fraction)
    # "recent years", "years", "the years"
    j = i
    if ctx.word(j) in {"recent", "several", "many", "few"} and ctx.near(j, j + 1):
        if ctx.word(j - 1) == "as":
            return None  # "the third in as many months"
        j += 1
    unit = _unit(ctx, j)
    if unit == "WE" and j == start and ctx.word(j) == "weekends":
        if ctx.word(j - 1) in _ON_WEEKENDS:
            return j + 1, Sem(kind="set", code="XXXX-WXX-WE")  # "open on weekends"
        return None
    if unit is None or unit == "WE" or not ctx.word(j).endswith("s"):
        return None
    if unit == "Q" and j == start:
        return None  # "quarters" alone: rooms as often as times; "several quarters" is one
    after = ctx.word(j + 1)
    if unit not in {"DE", "CE"} and after in {"ago", "earlier", "later"} and ctx.near(j, j + 1):
        if after == "ago":
            return j + 2, Sem(kind="ago", amount=None, unit=unit, offset=-1)  # "years ago"
        return j + 1, Sem(kind="dur", amount=None, unit=unit)  # "hours later"
    if j == start and not the and after in {"after", "before"} and ctx.near(j, j + 1):
        prev = ctx.word(j - 1)
        if unit in {"D", "W", "M", "Y", "H"} and prev not in _NOT_BARE and not prev.endswith("ing"):
            return j + 1, Sem(kind="dur", amount=None, unit=unit)  # "weeks after the war"
    if (
        the
        and j == i
        and ctx.near(j, j + 1)
        and (after == "ahead" or ctx.word(start - 1) in _ACROSS)
    ):
        return j + 1 + (after == "ahead"), Sem(kind="dur", amount=None, unit=unit)
    if the or (j == start and not ctx.prev_signal(j)):
        return None
    if j == start and ctx.word(j - 1) in {"the", "of", "and", "to"}:
        return None
    return j + 1, Sem(kind="dur", amount=None, unit=unit)


# Before a bare "days after", these make it no stretch of its own: "the first days after",
# "of days before" ("trading days after" is left out by its "-ing").
_NOT_BARE = word_class("not_bare")

# Before "weekends", these make the weekends a repeating time: "closed on weekends".
_ON_WEEKENDS = word_class("on_weekends")

# "over the years", "through the decades": a stretch of time, however long.
_ACROSS = word_class("across")


_SEASON_SIGNALS = word_class("season_signals")
# Verbs that may follow "the winter" as its subject ("the winter was mild").
_SEASON_VERBS = word_class("season_verbs")


def _m_season(ctx: _Ctx, i: int) -> Match | None:
    """A season with its year ("spring 2023", "the summer of 2019") or in a time phrase."""
    start = i
    if ctx.word(i) == "the":
        i += 1
    season = table("seasons").get(ctx.word(i))
    if season is None:
        return None
    j = i + 1
    if ctx.word(j) == "of" and ctx.near(i, j):
        j += 1
    if ctx.near(j - 1, j) and (
        year := year_value(ctx.tokens[j].text if j < len(ctx.tokens) else "")
    ):
        return j + 1, Sem(kind="season", code=season, year=year)
    # A bare season only after a time signal ("in the spring", "during winter"), or
    # "the winter" standing alone ("the winter was harsh"; never "the spring", a water
    # source, nor "the fall", a drop).
    prev = ctx.word(start - 1)
    nxt = ctx.word(i + 1)
    if nxt == "months" and ctx.near(i, i + 1) and start != i:
        return i + 2, Sem(kind="season", code=season)  # "through the winter months"
    # "during spring and summer": a season coordinated with the one just named
    paired = prev in {"and", "or"} and ctx.word(start - 2) in table("seasons")
    if prev not in _SEASON_SIGNALS and not paired:
        alone = start != i and ctx.word(i) in {"winter", "summer", "autumn"} and not ctx.cap(i)
        if not (alone and (not nxt[:1].isalnum() or nxt in _SEASON_VERBS)):
            return None
    if nxt in {"water", "waters", "of", "'s", "time"}:
        return None
    if nxt[:1].isalpha() and nxt not in {"and", "or", "when", "as"} | _SEASON_VERBS:
        return None  # "in spring water", "in summer camps": an attribute, not a time
    return i + 1, Sem(kind="season", code=season)


def _m_decade(ctx: _Ctx, i: int) -> Match | None:
    """Decades and centuries: "the 1990s", "the '90s", "the 19th century", "the 1800s"."""
    start = i
    if ctx.word(i) == "the":
        i += 1
    w = ctx.word(i)
    if w in {"early", "late", "mid"} and ctx.near(i, i + 1):
        i += 1  # "the late 1960s": the decade, its part left to the reader
        w = ctx.word(i)
    if w.split("-", 1)[0] in {"mid", "early", "late"} and "-" in w:
        w = w.split("-", 1)[1]  # "the mid-1990s"
    if start != i and w in int_table("decade_words"):
        return i + 1, Sem(kind="decade", year=int_table("decade_words")[w])
    if i < len(ctx.poss) and ctx.poss[i] and start != i and _DECADE.fullmatch(w + "s"):
        w += "s"  # "the 1990's": the decade, written with an apostrophe
    m = _DECADE.fullmatch(w)
    if m is not None:
        if _style_follows(ctx, start, i + 1):
            return None
        hundred = _HUNDREDS.fullmatch(w)
        if hundred is not None:
            return i + 1, Sem(kind="century", year=int(hundred.group(1)) * 100)
        return i + 1, Sem(kind="decade", year=int(w[:3]) * 10)
    if w in {"'", "’"} and ctx.near(i, i + 1):
        m2 = _SHORT_DECADE.fullmatch(ctx.word(i + 1))
        if m2 is not None and not _style_follows(ctx, start, i + 2):
            return i + 2, Sem(kind="decade", year=1900 + int(m2.group(1)) * 10)
    m3 = _CENTURY_ORD.fullmatch(w)
    ordinal = int(m3.group(1)) if m3 else int_table("ordinals").get(w)
    if ordinal is None:
        words = w.split("-")
        if len(words) == 2 and words[0] == "twenty" and words[1] in int_table("ordinals"):
            ordinal = 20 + int_table("ordinals")[words[1]]  # "twenty-first century"
    if ordinal is not None and ctx.word(i + 1) == "century" and 1 <= ordinal <= 22:
        return i + 2, Sem(kind="century", year=(ordinal - 1) * 100)
    return None


def _style_follows(ctx: _Ctx, start: int, j: int) -> bool:
    """Whether a decade from token ``start`` to ``j`` names a style: "the 1990s band
    Travis" (not after a time signal: "in the 1990s pop music boomed")."""
    if ctx.word(start - 1) in lexicon("time_signals"):
        return False
    return ctx.near(j - 1, j) and ctx.word(j) in lexicon("time_decade_style_nouns")


_DETERMINED = word_class("determined")


def _m_quarter(ctx: _Ctx, i: int) -> Match | None:
    """Quarters and halves: "the third quarter (of 2023)", "third-quarter", "the first half",
    and fiscal years ("FY2024").

    The markets' "Q3 2025" is left to plugins: the plugin guide builds one for it.
    """
    fiscal_year = _FISCAL_YEAR.fullmatch(ctx.tokens[i].text) if i < len(ctx.tokens) else None
    if fiscal_year is not None:
        digits = fiscal_year.group(1)
        fy_year = year_value(digits) if len(digits) == 4 else 2000 + int(digits)
        return (i + 1, Sem(kind="cal", year=fy_year)) if fy_year is not None else None
    start = i
    w = ctx.word(i)
    if w == "the":
        i += 1
        w = ctx.word(i)
    year: int | None = None
    if (y := year_value(ctx.word(i))) is not None:
        if ctx.poss[i] or (start != i and _part_follows(ctx, i + 1)):
            # "2023's third quarter", "the 1988 third quarter", "the 2023 first-half"
            year = y
            i += 1
            w = ctx.word(i)
        elif start != i and ctx.word(i + 1) in _PERIODS and ctx.near(i, i + 1):
            # "up from the 1988 quarter": the quarter just reported, in that year
            return i + 2, Sem(kind="same", unit=_SAME_UNITS[ctx.word(i + 1)], year=y)
    elif w in {"this", "last", "next"} and ctx.follows(i, "year") and ctx.poss[i + 1]:
        year = RELATIVE_YEAR + _YEAR_SHIFT[w]
        i += 2
        w = ctx.word(i)
    fiscal = w == "fiscal"
    if fiscal:
        i += 1
        w = ctx.word(i)
    ordinals = int_table("ordinals")
    if "-" in w:
        head, _, tail = w.partition("-")
        if tail in {"quarter", "half"} and head in ordinals:
            n = ordinals[head]
            limit = 4 if tail == "quarter" else 2
            if 1 <= n <= limit:
                kind = "quarter" if tail == "quarter" else "half"
                return i + 1, Sem(kind=kind, amount=n, year=year)
        return None
    if w not in ordinals or not ctx.near(i, i + 1):
        return None
    n = ordinals[w]
    unit = ctx.word(i + 1)
    if unit not in {"quarter", "half"}:
        return None
    limit = 4 if unit == "quarter" else 2
    if not 1 <= n <= limit:
        return None
    end = i + 2
    if ctx.word(end) == "of" and (
        y2 := year_value(ctx.tokens[end + 1].text if end + 1 < len(ctx.tokens) else "")
    ):
        year, end = y2, end + 2
    elif (
        ctx.word(end) == "of"
        and ctx.word(end + 1) in {"this", "last", "next"}
        and ctx.word(end + 2) == "year"
    ):
        year = RELATIVE_YEAR + _YEAR_SHIFT[ctx.word(end + 1)]
        end += 3
    elif ctx.word(end) == "of" and ctx.word(end + 1) == "the" and ctx.word(end + 2) == "year":
        year = RELATIVE_YEAR  # "the second half of the year": this year's
        end += 3
    elif ctx.word(end) == "of" and ctx.word(end + 1) in _DETERMINED and year is None:
        return None  # "the second half of the match": not a half of the calendar
    # "in the first quarter" (not "for the first quarter"): a future clause means the next
    code = {"in": "IN", "during": "IN", "by": "IN"}.get(ctx.word(start - 1))
    if ctx.word(start - 1) in {"into", "until", "till", "through"}:
        code = "INTO"  # "extended the cuts into the second quarter": not a past quarter
    return end, Sem(kind="quarter" if unit == "quarter" else "half", amount=n, year=year, code=code)


def _part_follows(ctx: _Ctx, i: int) -> bool:
    """Whether an ordinal quarter or half opens at ``i``: "third quarter", "first-half"."""
    return _ordinal_part(ctx, i) is not None


def _ordinal_part(ctx: _Ctx, i: int) -> tuple[int, str, int] | None:
    """(end, "quarter" or "half", n) of an ordinal quarter or half at ``i``: "third
    quarter", "first-half"; None when there is none (or no such part: "fifth quarter")."""
    w = ctx.word(i)
    ordinals = int_table("ordinals")
    head, _, tail = w.partition("-")
    if tail in {"quarter", "half"}:
        n, end = ordinals.get(head), i + 1
    elif w in ordinals and ctx.word(i + 1) in {"quarter", "half"} and ctx.near(i, i + 1):
        tail, n, end = ctx.word(i + 1), ordinals[w], i + 2
    else:
        return None
    if n is None or not 1 <= n <= (4 if tail == "quarter" else 2):
        return None
    return end, tail, n


def _m_weekend(ctx: _Ctx, i: int) -> Match | None:
    """ "the weekend", "the holiday weekend", "the Easter weekend"."""
    if ctx.word(i) != "the":
        return None
    j = i + 1
    held = _holiday_weekend(ctx, j)
    if held is not None:
        return held
    if ctx.word(j) != "weekend" and ctx.word(j + 1) == "weekend" and ctx.near(j, j + 1):
        if ctx.word(j) not in {"holiday", "long", "easter", "bank", "memorial"} and not (
            ctx.cap(j)
        ):
            return None
        j += 1
    if ctx.word(j) != "weekend":
        return None
    if ctx.follows(j, "of"):
        found = calendar_date(ctx.tokens, j + 2, ctx.text)
        if found is not None and found.day is not None:  # "the weekend of Aug. 16"
            return found.end, Sem(
                kind="cal", year=found.year, month=found.month, day=found.day, code="WEEKEND"
            )
    return j + 1, Sem(kind="weekend")


def _holiday_weekend(ctx: _Ctx, j: int) -> Match | None:
    """ "the Thanksgiving weekend", "the Labor Day weekend" (from ``j``, after "the"): the
    weekend of that holiday, a calendar date with unit "WE"."""
    for size in (1, 2):
        end = j + size
        if ctx.word(end) != "weekend" or not all(ctx.near(k, k + 1) for k in range(j, end)):
            continue
        if not ctx.cap(j):
            return None
        found = _m_holiday(ctx, j)
        if found is not None and found[0] == end:
            return end + 1, attrs.evolve(found[1], unit="WE")
    return None


def _m_set(ctx: _Ctx, i: int) -> Match | None:
    """Repeating times: "every week", "each Monday", "weekly", "twice a year"."""
    w = ctx.word(i)
    sets = table("sets")
    if w in sets:
        prev = ctx.word(i - 1)
        if i + 1 < len(ctx.tokens) and ctx.cap(i + 1) and ctx.near(i, i + 1):
            return None  # "the daily Granma": a newspaper
        nxt = ctx.word(i + 1)
        attribute = ctx.near(i, i + 1) and ctx.tokens[i + 1].text.isalpha() and nxt.islower()
        adverb = nxt in lexicon("time_function_words") | lexicon("time_signals")
        if attribute and not adverb and nxt not in _SET_OPENERS:
            return None  # "hourly pay", "a quarterly dividend": an attribute, not a time
        return i + 1, Sem(kind="set", code=sets[w])
    if w in {"every", "each"} and ctx.near(i, i + 1):
        j = i + 1
        nxt = ctx.word(j)
        wd = int_table("weekdays").get(nxt)
        if wd is not None and ctx.cap(j):
            return j + 1, Sem(kind="set", code=f"XXXX-WXX-{wd}")
        season = table("seasons").get(nxt)
        if season is not None:
            return j + 1, Sem(kind="set", code=f"XXXX-{season}")
        if nxt == "season":
            return j + 1, Sem(kind="set", code="P1Y")  # "every season" of play: yearly
        part = table("dayparts").get(nxt)
        if part is not None and nxt not in {"noon", "midnight", "overnight", "midday"}:
            return j + 1, Sem(kind="set", code=f"XXXX-XX-XXT{part}")  # "every night"
        month = int_table("months").get(nxt)
        if month is not None and ctx.cap(j) and len(nxt) >= 3:
            return j + 1, Sem(kind="set", code=f"XXXX-{month:02d}")  # "each July"
        amount = 1
        step = {"other": 2, "second": 2, "third": 3, "fourth": 4}.get(nxt)
        every = _unit(ctx, j + 1)
        if step is not None and every is not None and every not in {"S", "MIN", "WE"}:
            return j + 2, Sem(kind="set", code=duration_value(step, every))  # "every other week"
        if nxt.isdecimal() or (nxt in table("numbers") and table("numbers")[nxt].isdecimal()):
            found = _amount(ctx, j)
            if found is None or found[0] is None:
                return None
            amount, j = found[0], found[1]
            nxt = ctx.word(j)
        unit = _unit(ctx, j)
        if unit is None or unit == "WE":
            if nxt == "weekend":
                return j + 1, Sem(kind="set", code="XXXX-WXX-WE")
            return None
        return j + 1, Sem(kind="set", code=duration_value(amount, unit).replace("P1", "P1", 1))
    if w == "most" and ctx.near(i, i + 1):
        return _most_of_set(ctx, i + 1)  # "most mornings", "most Sundays"
    if w in {"per", "a"} and ctx.near(i, i + 1):
        prev = ctx.word(i - 1)
        unit = _unit(ctx, i + 1)
        if unit is None or ctx.word(i + 1).endswith("s") or unit in {"WE", "DE", "CE"}:
            return None
        if prev in lexicon("time_rate_units") or unit in {"S", "MIN"}:
            return None  # "miles per hour", "instructions per second": a unit of rate
        if w == "per" or prev in {"once", "twice", "times"} or _numeric(prev):
            return i + 2, Sem(kind="set", code=duration_value(1, unit))
        counted = prev.endswith("s") and (
            _numeric(ctx.word(i - 2)) or ctx.word(i - 2) in table("numbers")
        )
        if counted:
            return i + 2, Sem(kind="set", code=duration_value(1, unit))
    return None


def _most_of_set(ctx: _Ctx, j: int) -> Match | None:
    """The plural after "most" that makes a set: "most mornings" (XXXX-XX-XXTMO), "most
    Sundays", "most days"; "most of", "most people" are none ("most weekends" is read as
    "weekends" alone)."""
    nxt = ctx.word(j)
    if not nxt.endswith("s") or (j + 1 < len(ctx.tokens) and ctx.word(j + 1) == "of"):
        return None
    one = nxt[:-1]
    part = table("dayparts").get(one)
    if part is not None and one not in {"noon", "midnight", "overnight", "midday"}:
        return j + 1, Sem(kind="set", code=f"XXXX-XX-XXT{part}")
    wd = int_table("weekdays").get(one)
    if wd is not None and ctx.cap(j):
        return j + 1, Sem(kind="set", code=f"XXXX-WXX-{wd}")
    if one == "day":
        return j + 1, Sem(kind="set", code="P1D")
    return None


_SOON_SIGNALS = word_class("soon_signals")


def _m_ref(ctx: _Ctx, i: int) -> Match | None:
    """now, currently, recently, soon, "the past", "the future", "these days"."""
    w = ctx.word(i)
    refs = table("refs")
    if w in refs:
        if w == "soon" and ctx.word(i - 1) == "as":
            return None  # "as soon as": a conjunction
        if w == "soon" and ctx.word(i + 1) in _SOON_SIGNALS:
            return None  # "soon after the vote": told from an event, not from now
        return i + 1, Sem(kind="ref", code=refs[w])
    if w == "the" and ctx.word(i + 1) in {"past", "future"} and ctx.near(i, i + 1):
        nxt = ctx.word(i + 2)
        if nxt[:1].isalnum() and nxt not in lexicon("time_function_words"):
            return None  # "the past two years", "the future president"
        return i + 2, Sem(
            kind="ref", code="PAST_REF" if ctx.word(i + 1) == "past" else "FUTURE_REF"
        )
    phrases = _phrases().get(w)
    if phrases:
        if w in {"last", "next", "this"} and ctx.word(i - 1) in _DETERMINED:
            return None  # "the last season of the show": the final one, no time
        for words, code in phrases:
            k = i + 1
            for word in words[1:]:
                if ctx.word(k) != word or not ctx.near(k - 1, k):
                    break
                k += 1
            else:
                return k, Sem(kind="ref", code=code)
    return None


@cache
def _phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """``data/time_phrases.txt`` by first word, longest phrase first."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, code in table("phrases").items():
        words = tuple(phrase.split(" "))
        out.setdefault(words[0], []).append((words, code))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


def _m_holiday(ctx: _Ctx, i: int) -> Match | None:
    """Fixed-date holidays: "Christmas", "New Year's Day", "Fourth of July"."""
    if not ctx.cap(i):
        return None
    holidays = table("holidays")
    best: Match | None = None
    words: list[str] = []
    for j in range(i, min(len(ctx.tokens), i + 4)):
        if j > i and not ctx.near(j - 1, j):
            break
        words.append(ctx.tokens[j].text.lower().replace("’", "'"))
        code = holidays.get(" ".join(words))
        if code is not None:
            month, rule = int(code[:2]), code[3:]
            if rule.isdecimal():
                best = j + 1, Sem(kind="cal", month=month, day=int(rule), code="HOLIDAY")
            else:  # a weekday rule ("4-4": the fourth Thursday) or Easter ("E-2")
                best = j + 1, Sem(kind="cal", month=month, code=f"HOLIDAY:{rule}")
    return best


def _m_clock(ctx: _Ctx, i: int) -> Match | None:
    """A clock time: "3 p.m.", "10:30 a.m. EST", "14:00 GMT", "noon", "midnight"."""
    w = ctx.word(i)
    if w in {"noon", "midday"}:
        if ctx.word(i - 1) == "high":
            return None  # "high noon": a showdown, not a clock time
        return i + 1, Sem(kind="clock", clock=(12, 0))
    if w == "midnight":
        return i + 1, Sem(kind="clock", clock=(24, 0))
    twilight = _twilight(ctx, i)
    if twilight is not None:
        return twilight
    m = _AMPM.fullmatch(w)
    if m is not None and ctx.word(i - 1) == ":" and ctx.tokens[i - 1].end == ctx.tokens[i].start:
        return None  # the minutes of "4:05pm", read from the hour
    hour: int | None = None
    minute = 0
    j = i + 1
    ampm: str | None = None
    if m is not None:
        hour, ampm = int(m.group(1)), m.group(2)[0]
    elif (dotted_clock := _DOTTED_CLOCK.fullmatch(w)) is not None:
        # "10.45pm", "14.31 BST": the British way of writing a clock time
        hour, minute = int(dotted_clock.group(1)), int(dotted_clock.group(2))
        suffix = dotted_clock.group(3)
        if suffix is None:
            zone = ctx.tokens[j].text if j < len(ctx.tokens) else ""
            if zone not in lexicon("time_zones") or not ctx.near(i, j) or hour > 23 or minute > 59:
                return None
            return j + 1, Sem(kind="clock", clock=(hour, minute))
        else:
            ampm = suffix[0]
    elif w.isdecimal() and len(w) == 4 and ctx.tokens[i + 1 : i + 2]:
        # "1400 GMT", "at 0900 local time": the wire services' 24-hour clock
        hour, minute = int(w[:2]), int(w[2:])
        if hour > 23 or minute > 59 or not ctx.near(i, i + 1):
            return None
        if ctx.tokens[i + 1].text in lexicon("time_zones"):
            return i + 2, Sem(kind="clock", clock=(hour, minute))
        after = (ctx.word(i + 1), ctx.word(i + 2))
        if ctx.word(i - 1) in {"at", "by", "until", "from", "before", "after", "around", "("}:
            if after == ("local", "time") and ctx.near(i + 1, i + 2):
                return i + 3, Sem(kind="clock", clock=(hour, minute))
            if after[0] in {"hours", "hrs", "gmt", "utc"}:
                return i + 2, Sem(kind="clock", clock=(hour, minute))
        return None
    elif w.isdecimal() and len(w) <= 2:
        hour = int(w)
        if ctx.word(j) == ":" and ctx.near(i, j) and ctx.near(j, j + 1):
            mins = ctx.word(j + 1)
            glued = _AMPM.fullmatch(mins)
            if glued is not None and len(glued.group(1)) == 2:
                mins, ampm = glued.group(1), glued.group(2)[0]  # "4:05pm"
            elif not (mins.isdecimal() and len(mins) == 2):
                return None
            minute = int(mins)
            j += 2
            if ctx.word(j) == ":" and ctx.word(j + 1).isdecimal() and ctx.near(j - 1, j):
                j += 2  # seconds: kept in the extent, dropped from the value
        nxt = ctx.word(j)
        if ampm is None and nxt in {"a.m", "p.m", "am", "pm"} and ctx.near(j - 1, j):
            ampm = nxt[0]
            j += 1
    else:
        return None
    if hour is None:
        return None
    dotted = ctx.word(j - 1) in {"a.m", "p.m"}
    if dotted and ctx.word(j) == "." and ctx.tokens[j].start == ctx.tokens[j - 1].end:
        j += 1  # the abbreviation's dot (a sentence-final one serves both)
    if ampm is None:
        if j == i + 1:
            if ctx.word(j) == "o'clock":
                j += 1
            else:
                return None
        elif not (ctx.prev_signal(i) or ctx.word(j) in _zones_lower()):
            return None  # "14:00" needs "at" or a time zone: "2:1" is a score
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        if ampm == "p" and hour != 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    if j < len(ctx.tokens) and ctx.tokens[j].text in lexicon("time_zones") and ctx.near(j - 1, j):
        j += 1
    elif ctx.word(j) == "local" and ctx.follows(j, "time") and ctx.near(j - 1, j):
        j += 2  # "8:30 p.m. local time", as "0900 local time"
    return j, Sem(kind="clock", clock=(hour, minute))


def _m_early_hours(ctx: _Ctx, i: int) -> Match | None:
    """ "In the early hours (of Sunday)": the small hours, a morning in TIMEX3, read as a
    clock time so that it joins its day or the day the story tells of."""
    if ctx.word(i) != "the" or ctx.word(i + 1) != "early" or ctx.word(i + 2) != "hours":
        return None
    if not (ctx.near(i, i + 1) and ctx.near(i + 1, i + 2)):
        return None
    if ctx.word(i + 3) == "of" and not _day_follows(ctx, i + 4):
        return None  # "the early hours of the campaign": no time of day
    return i + 3, Sem(kind="clock", part="MO")


_ARTICLE_PARTS = word_class("article_parts")
_PART_LEADS = word_class("part_leads")
_PART_MODIFIERS = word_class("part_modifiers")
_PART_FOLLOWERS = word_class("part_followers")
_PART_TRADE = word_class("part_trade")
# After a part of the day, these make it the start of something else: "the night before
# the vote", "the morning after", "the night of the attack" (read by other matchers).
_PART_NOT_BEFORE = word_class("part_not_before")


def _m_daypart(ctx: _Ctx, i: int) -> Match | None:
    """A part of the day with an article or a modifier after a preposition: "arrived in
    the afternoon", "rose during the night", "into the evening", "by late afternoon", "by
    mid-afternoon"; and a market's session, "in afternoon trade". TIMEX3 TIME on the day
    the story tells of (see the times stage). The preposition stays out; the part must end
    its phrase ("the night shift", "the evening news" are no times)."""
    if ctx.word(i).isdecimal() or ctx.word(i) in _HOUR_WORDS:
        return _hour_in_part(ctx, i)
    lead = i - 1
    article = ctx.word(i) == "the"
    j = i + 1 if article else i
    if ctx.word(j) in _PART_MODIFIERS:
        j += 1
    part = _part_of(ctx, j)
    if part is None or ctx.word(lead) not in _PART_LEADS:
        return None
    if not all(ctx.near(k, k + 1) for k in range(lead, j)):
        return None
    nxt = ctx.word(j + 1)
    if not article and nxt in _PART_TRADE and ctx.near(j, j + 1):
        return j + 1, Sem(kind="part", part=part)  # "in (early) afternoon trade"
    if j == i and not _is_mid(ctx.word(j)):
        return None  # "in morning": no article, no modifier, no market
    if nxt in _PART_NOT_BEFORE or not _part_ends(ctx, j + 1):
        return None
    return j + 1, Sem(kind="part", part=part)


# From which hour "<h> in the <part>" is after noon: "4 in the morning" is 04:00, "8 in
# the evening" 20:00, "2 in the night" 02:00 and "11 in the night" 23:00.
_PM_FROM = {"MO": 24, "AF": 0, "EV": 0, "NI": 6}
# The hours in words: "at seven in the morning".
_HOUR_WORDS = {w: int_table("numbers")[w] for w in word_class("hour_words")}


def _hour_in_part(ctx: _Ctx, i: int) -> Match | None:
    """A clock time told by its part of the day: "at 4 in the morning", "around 8 in the
    evening" (a TIMEX3 TIME as "4 a.m."); the signal before the hour must be a clock's."""
    if ctx.word(i + 1) != "in" or ctx.word(i + 2) != "the":
        return None
    word = ctx.word(i)
    hour = _HOUR_WORDS.get(word) or (int(word) if len(word) <= 2 and word.isdecimal() else 0)
    if not 1 <= hour <= 12 or ctx.word(i - 1) not in _TWILIGHT_SIGNALS:
        return None
    part = _part_of(ctx, i + 3)
    if part is None or not all(ctx.near(k, k + 1) for k in range(i - 1, i + 3)):
        return None
    if ctx.word(i + 4) in _PART_NOT_BEFORE or not _part_ends(ctx, i + 4):
        return None
    hour %= 12
    return i + 4, Sem(kind="clock", clock=(hour + 12 if hour >= _PM_FROM[part] else hour, 0))


def _is_mid(word: str) -> bool:
    return word.startswith("mid-")


def _part_of(ctx: _Ctx, j: int) -> str | None:
    """The TIMEX3 code of a lower-case part of the day at ``j`` ("night", "mid-morning")."""
    if j >= len(ctx.tokens) or not ctx.tokens[j].text.islower():
        return None  # "the Evening Standard": a name
    word = ctx.word(j).removeprefix("mid-")
    return table("dayparts").get(word) if word in _ARTICLE_PARTS else None


def _opens_part(word: str) -> bool:
    """Whether ``_m_daypart`` may read something at ``word`` (its first test)."""
    parts = word in _ARTICLE_PARTS or word in _PART_MODIFIERS or _is_mid(word)
    hour = (word.isdecimal() and len(word) <= 2) or word in _HOUR_WORDS  # "4 in the morning"
    return parts or word == "the" or hour


def _part_ends(ctx: _Ctx, k: int) -> bool:
    """Whether a part of the day's phrase ends before token ``k``: punctuation, a function
    word, a time signal or a capitalised word follow, or a verb in the past."""
    if k >= len(ctx.tokens):
        return True
    text = ctx.tokens[k].text
    word = ctx.word(k)
    if not text.isalpha() or text[:1].isupper():
        return True
    if word in lexicon("time_function_words") or word in lexicon("time_signals"):
        return True
    return word in _PART_FOLLOWERS or (word.endswith("ed") and len(word) > 4)


def _day_follows(ctx: _Ctx, j: int) -> bool:
    """Whether a day or a part of the day is named at ``j`` ("Sunday", "the morning")."""
    word = ctx.word(j)
    if word == "the":
        return ctx.word(j + 1) in table("dayparts") or ctx.word(j + 1) == "day"
    return (
        (word in int_table("weekdays") and ctx.cap(j))
        or (word in int_table("months") and ctx.cap(j))
        or word in {"today", "yesterday"}
    )


# Signals before "dawn" or "dusk" that make it a time ("before dawn", "at first light").
_TWILIGHT_SIGNALS = word_class("twilight_signals")


def _twilight(ctx: _Ctx, i: int) -> Match | None:
    """ "Before dawn", "at dusk", "at first light": a part of the day, only after a time
    signal and in lower case ("Dawn said", "the dawn of a new era" are no times)."""
    for words, code in _twilights().get(ctx.word(i), ()):
        j = i + len(words)
        if tuple(ctx.low[i:j]) != words or not ctx.tokens[i].text.islower():
            continue
        if all(ctx.near(k, k + 1) for k in range(i, j - 1)) and ctx.word(i - 1) in (
            _TWILIGHT_SIGNALS
        ):
            return j, Sem(kind="clock", part=code)
    return None


@cache
def _twilights() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, code in table("twilight").items():
        words = tuple(phrase.split(" "))
        out.setdefault(words[0], []).append((words, code))
    return out


def _zones_lower() -> frozenset[str]:
    return frozenset(z.lower() for z in lexicon_lines("time_zones"))


_YEAR_AGO = word_class("year_ago")
_PERIODS = word_class("periods")
_THE_YEAR_BEFORE = word_class("the_year_before")
_THE_YEAR_NOT_AFTER = word_class("the_year_not_after")


def _m_period(ctx: _Ctx, i: int) -> Match | None:
    """The reporting periods of business news: "the year-ago quarter", "year-earlier",
    "the latest period", "the full year", "the fiscal year", "year-end", "by year's end",
    and "the year" after "for" or "in" ("for the year, volume was flat")."""
    start = i
    w = ctx.word(i)
    if w == "the":
        i += 1
        if ctx.word(i) == "comparable" and ctx.near(i, i + 1):
            i += 1
        w = ctx.word(i)
    if not ctx.near(start, i) and i != start:
        return None
    if w in _YEAR_AGO:
        part = _ordinal_part(ctx, i + 1) if ctx.near(i, i + 1) else None
        if part is not None and start != i:
            # "the year-ago third quarter": that quarter, a year before the last one
            return part[0], Sem(kind=part[1], amount=part[2], code="YEAR_AGO")
        if ctx.word(i + 1) in _PERIODS and ctx.near(i, i + 1):
            return i + 2, Sem(kind="runit", unit="Q", offset=-5)  # a year before the last
        if start == i or ctx.word(i + 1).isalpha():
            return i + 1, Sem(kind="runit", unit="Q", offset=-5)  # "year-earlier profit"
        return None
    if (
        w in {"year-end", "yearend"}
        or (w == "year" and ctx.word(i + 1) == "end")
        or (w == "year" and ctx.poss[i] and ctx.word(i + 1) == "end")
    ):
        end = i + 1 if "-" in w or w == "yearend" else i + 2
        if ctx.word(end) in {"-", "–"} or ctx.word(end) in table("numbers"):
            return None
        offset = -1 if ctx.word(start - 1) == "since" else 0
        return end, Sem(kind="runit", unit="Y", offset=offset, code="END")
    if start == i:
        return None
    if w == "latest" and ctx.word(i + 1) == "period" and ctx.near(i, i + 1):
        return i + 2, Sem(kind="runit", unit="Q", offset=-1)  # the quarter just reported
    if w in {"full", "fiscal"} and ctx.follows(i, "year"):
        ends_in = _year_ending_in(ctx, i + 2)
        if ends_in is not None:
            # "the fiscal year ending in June 2027": that year, named by the year it ends
            # in (as "fiscal 2027"); with no year, the year of that month as the tense
            # reads it ("ended in March", told in February 2026: 2025)
            month, year, ended = ends_in
            if year:
                return i + 2, Sem(kind="cal", year=year)
            code = "ENDED" if ended else None  # a month gone: the anchor's or the one before
            return i + 2, Sem(kind="cal", month=month, unit="FY", code=code)
        if ctx.word(i + 2) in {"ended", "ending"}:
            return i + 2, Sem(kind="dur", amount=1, unit="Y")  # "the fiscal year ended June 30"
        if ctx.word(i + 2) == "to":
            return None
        return i + 2, Sem(kind="runit", unit="Y", offset=0)
    if w == "year" and ctx.word(i + 1) in {"ended", "ending"} and ctx.near(i, i + 1):
        return i + 1, Sem(kind="dur", amount=1, unit="Y")  # "for the year ended Sept. 30"
    of_months = ctx.word(start - 1) == "of" and ctx.word(start - 2) in {"months", "weeks", "days"}
    if w == "year" and (of_months or ctx.word(start - 1) in _THE_YEAR_BEFORE) and not ctx.poss[i]:
        if ctx.word(i + 1) in _THE_YEAR_NOT_AFTER or ctx.word(i + 1) in table("numbers"):
            return None
        if ctx.word(i + 1).isdecimal():
            return None  # "the year 2000": the year itself
        return i + 1, Sem(kind="runit", unit="Y", offset=0)
    return None


def _year_ending_in(ctx: _Ctx, k: int) -> tuple[int, int, bool] | None:
    """After "the fiscal year": the month and year of "(that|which) ends/ended/ending in
    <month> <year>" (year 0 when the month has none) and whether the verb is past, else
    None ("ended June 30" is a stretch of a year to that day, as TimeBank marks it)."""
    if ctx.word(k) in _YEAR_END_RELATIVES:
        k += 1
    if ctx.word(k) not in _YEAR_END_VERBS or ctx.word(k + 1) != "in":
        return None
    month = int_table("months").get(ctx.word(k + 2))
    if month is None:
        return None
    return month, year_value(ctx.word(k + 3)) or 0, ctx.word(k) in _YEAR_END_PAST


_YEAR_END_RELATIVES = word_class("year_end_relatives")
_YEAR_END_VERBS = word_class("year_end_verbs")
_YEAR_END_PAST = word_class("year_end_past")
_DAYLIKE = {"cal", "wday", "rday"}
_YEAR_SHIFT = {"this": 0, "last": -1, "next": 1}
#: Added to a year offset to mark a year relative to the anchor ("next year" = -9999).
RELATIVE_YEAR = -10_000


_ANAPHORIC_UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y"}
_ANAPHORIC_SHIFT = {"next": 1, "following": 1, "previous": -1, "same": 0}


def _m_anaphoric(ctx: _Ctx, i: int) -> Match | None:
    """Times told from a date named before: "the next day", "that morning", "later that year".

    The value is resolved against the last full date the story named (see the times
    stage); without one the expression is left out.
    """
    w = ctx.word(i)
    j = i
    if w in {"earlier", "later"} and ctx.follows(i, "that"):
        j = i + 1
    word = ctx.word(j)
    if word == "the" and ctx.word(j + 1) in _ANAPHORIC_SHIFT:
        shift = _ANAPHORIC_SHIFT[ctx.word(j + 1)]
        k = j + 2
    elif word == "that":
        shift = 0
        k = j + 1
        if ctx.word(k) == "same":
            k += 1
    else:
        return None
    if not (ctx.near(j, j + 1) and ctx.near(k - 1, k)):
        return None
    unit = _ANAPHORIC_UNITS.get(ctx.word(k))
    season = table("seasons").get(ctx.word(k)) if shift == 0 else None
    if season is not None and ctx.word(k + 1) not in {"of", "when"} and not _says_that(ctx, j):
        # "that summer", "later that winter": the season of the year named before
        return k + 1, Sem(kind="anaph", unit="S", code=season)
    part = table("dayparts").get(ctx.word(k))
    weekday = int_table("weekdays").get(ctx.word(k)) if ctx.cap(k) else None
    if weekday is not None and shift != 0 and len(ctx.word(k)) > 4:
        # "the following Tuesday": the first Tuesday after the day named before
        return k + 1, Sem(kind="anaph", unit="D", weekday=weekday, offset=shift)
    if unit is None and (part is None or ctx.word(k) in {"noon", "midnight"}):
        return None
    if ctx.word(k + 1) in {"of", "when", "before", "after"} or (ctx.poss[k] and shift != 0):
        return None  # "the next day of talks", "that day when": too loose to pin
    if part is not None:  # "that morning", "the next morning"
        return k + 1, Sem(kind="anaph", unit="D", offset=shift, part=part)
    return k + 1, Sem(kind="anaph", unit=unit, offset=shift)


def _says_that(ctx: _Ctx, j: int) -> bool:
    """Whether the "that" at ``j`` follows a verb of telling ("warned that summer
    temperatures would rise"): it opens what was said, not a time."""
    return ctx.word(j) == "that" and ctx.word(j - 1) in _TELLING


# Every form of the claims stage's reporting verbs ("warned", "said", "insist"...).
_TELLING = lexicon_keys("reporting_verbs")
_SPAN_AFTER_UNITS = word_class("span_after_units")
_SPAN_AFTER_VERBS = word_class("span_after_verbs")
_SPAN_AFTER_OWNERS = word_class("span_after_owners")


def _m_span_after(ctx: _Ctx, i: int) -> Match | None:
    """ "The months that followed", "the days after": a stretch right after the date named
    before (see the times stage). Sem ``kind="after"``, ``unit`` the unit counted. Not
    "the days after the vote" nor "the weeks that followed the vote" (told from an
    event); "the following months" stays a duration, as TimeML marks "the coming weeks"."""
    if ctx.word(i) != "the" or not ctx.near(i, i + 1):
        return None
    j = i + 1
    unit = table("units").get(ctx.word(j))
    if ctx.word(j) not in _SPAN_AFTER_UNITS or unit is None or ctx.poss[j]:
        return None
    k = j + 1
    if not ctx.near(j, k):
        return None
    nxt = ctx.word(k + 1)
    if ctx.word(k) == "that" and nxt in _SPAN_AFTER_VERBS and ctx.near(k, k + 1):
        if ctx.word(k + 2) in _SPAN_AFTER_OWNERS or ctx.cap(k + 2):
            return None  # "the weeks that followed the vote / Tuesday's vote": told from it
        return k + 2, Sem(kind="after", unit=unit)
    if ctx.word(k) == "after" and not nxt[:1].isalnum():
        return k + 1, Sem(kind="after", unit=unit)  # "in the days after, ..."
    return None


# "the same <unit> ...": the unit of the period compared ("P": whatever period the story
# reported, a month by default).
_SAME_UNITS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "period": "P"}
_YEAR_BACK = word_class("year_back")
_SAME = word_class("same")
_PREVIOUS = word_class("previous")


def _m_same(ctx: _Ctx, i: int) -> Match | None:
    """ "The same month last year", "the same period a year earlier", "the same quarter of
    2023": that part of another year, told from the period the story reported (see the
    times stage). Sem ``kind="same"``, ``unit`` the part, ``offset`` the years back (or
    ``year`` the year named)."""
    if ctx.word(i) != "the" or ctx.word(i + 1) not in _SAME:
        return None
    unit = _SAME_UNITS.get(ctx.word(i + 2))
    if unit is None or not (ctx.near(i, i + 1) and ctx.near(i + 1, i + 2)):
        return None
    j = i + 3
    if ctx.word(j) in {"of", "in", "from"} and ctx.near(j - 1, j):
        j += 1
    w = ctx.word(j)
    if not ctx.near(j - 1, j):
        return None
    if (year := year_value(ctx.tokens[j].text if j < len(ctx.tokens) else "")) is not None:
        return j + 1, Sem(kind="same", unit=unit, year=year)
    if w == "last" and ctx.follows(j, "year"):
        return j + 2, Sem(kind="same", unit=unit, offset=-1)
    if w == "the" and ctx.word(j + 1) in _PREVIOUS and ctx.word(j + 2) == "year":
        return j + 3, Sem(kind="same", unit=unit, offset=-1)
    if w == "the" and ctx.word(j + 1) == "year" and ctx.word(j + 2) in {"before", "earlier"}:
        return j + 3, Sem(kind="same", unit=unit, offset=-1)
    found = _amount(ctx, j)
    if found is None:
        return None
    amount, k = found
    if amount is None:
        return None
    if _unit(ctx, k) == "Y" and ctx.word(k + 1) in _YEAR_BACK and ctx.near(k, k + 1):
        return k + 2, Sem(kind="same", unit=unit, offset=-amount)
    return None


_EDGES = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}


_BOUNDARY_UNITS = {"year": "Y", "month": "M", "week": "W", "decade": "DE", "century": "CE"}


def _m_boundary(ctx: _Ctx, i: int) -> Match | None:
    """ "the end of 1990", "the beginning of March", "the end of the year"."""
    if ctx.word(i) != "the" or ctx.word(i + 2) != "of":
        return None
    edge = _EDGES.get(ctx.word(i + 1))
    if edge is None or not (ctx.near(i, i + 1) and ctx.near(i + 1, i + 2)):
        return None
    j = i + 3
    if j >= len(ctx.tokens):
        return None  # "until the end of" closing the text: no date follows
    if ctx.word(j) == "the" and ctx.word(j + 1) in _BOUNDARY_UNITS:
        unit = _BOUNDARY_UNITS[ctx.word(j + 1)]  # "the end of the decade": this one's end
        return j + 2, Sem(kind="runit", unit=unit, offset=0, code=edge)
    for matcher in (_m_calendar, _m_year, _m_modified, _m_month_after_of, _m_decade):
        found = matcher(ctx, j)
        if found is not None:
            return found[0], attrs.evolve(found[1], code=found[1].code or edge)
    return None


def _m_month_after_of(ctx: _Ctx, i: int) -> Match | None:
    month = int_table("months").get(ctx.word(i))
    if month is None or not ctx.cap(i) or len(ctx.word(i)) < 3:
        return None
    return i + 1, Sem(kind="month", month=month)


def _attach_year(ctx: _Ctx, end: int, sem: Sem) -> tuple[int, Sem]:
    """A month named with a relative year: "April next year", "in March this year"."""
    if sem.kind in {"month", "cal"} and sem.year is None and sem.month is not None:
        shift = _YEAR_SHIFT.get(ctx.word(end))
        # "last year's" belongs to what follows it
        relative = ctx.word(end + 1) == "year" and not ctx.poss[end + 1]
        if shift is not None and relative and ctx.near(end - 1, end):
            return end + 2, attrs.evolve(sem, year=RELATIVE_YEAR + shift)
    return end, sem


def _attach_time_of_day(ctx: _Ctx, end: int, sem: Sem) -> tuple[int, Sem]:
    """Join a day and its time of day: "Friday morning", "3 p.m. Friday", "today at noon"."""
    end, sem = _attach_year(ctx, end, sem)
    if sem.kind in _DAYLIKE and sem.part is None and (sem.kind != "cal" or sem.day is not None):
        part = table("dayparts").get(ctx.word(end))
        if (
            part is not None
            and ctx.near(end - 1, end)
            and ctx.word(end) not in {"noon", "midnight"}
        ):
            return end + 1, attrs.evolve(sem, part=part)
    if sem.kind in {"wday", "rday"} and sem.clock is None and sem.part is None:
        # "Thursday at 10 a.m.", "today at noon": the day and its clock time, as one
        if ctx.word(end) == "at" and ctx.near(end - 1, end) and ctx.near(end, end + 1):
            found = _m_clock(ctx, end + 1)
            if found is not None and found[1].kind == "clock" and found[1].part is None:
                return found[0], attrs.evolve(sem, clock=found[1].clock)
        return end, sem
    if sem.kind != "clock":
        return end, sem
    j = end
    if ctx.word(j) in {"on", ",", "of"} and ctx.near(j - 1, j):
        j += 1
    if ctx.near(j - 1, j):
        best: Match | None = None  # the longest day: "Monday, Oct. 26" over "Monday"
        for matcher in (_m_relday, _m_weekday, _m_calendar):
            found = matcher(ctx, j)
            if found is None or found[1].kind not in _DAYLIKE:
                continue
            if best is None or found[0] > best[0]:
                best = found
        if best is not None:
            return best[0], attrs.evolve(best[1], clock=sem.clock, part=sem.part)
    return end, sem


_MATCHERS: tuple[Callable[[_Ctx, int], Match | None], ...] = (
    _m_set,
    _m_ref,
    _m_calendar,
    _m_month,
    _m_year,
    _m_relday,
    _m_weekday,
    _m_modified,
    _m_relative_span,
    _m_mid,
    _m_ago,
    _m_duration,
    _m_season,
    _m_decade,
    _m_quarter,
    _m_weekend,
    _m_holiday,
    _m_clock,
    _m_boundary,
    _m_anaphoric,
    _m_period,
    _m_same,
    _m_early_hours,
    _m_daypart,
    _m_span_after,
)

# The matchers that can start at the commonest opening words; any other word tries all.
_BY_FIRST_WORD: dict[str, tuple[Callable[[_Ctx, int], Match | None], ...]] = {
    "the": (
        _m_span_after,
        _m_ref,
        _m_anaphoric,
        _m_relday,
        _m_modified,
        _m_duration,
        _m_season,
        _m_decade,
        _m_quarter,
        _m_weekend,
        _m_boundary,
        _m_period,
        _m_same,
        _m_early_hours,
        _m_daypart,
    ),
    "a": (_m_set, _m_ago, _m_duration),
    "an": (_m_set, _m_ago, _m_duration),
    "most": (_m_set,),
}


@lru_cache(maxsize=4096)
def _after_the(word: str) -> tuple[Callable[[_Ctx, int], Match | None], ...]:
    """The matchers of ``_BY_FIRST_WORD["the"]`` that can read "the" and then ``word``
    (lower-case, as the matchers read it): each test is on the word each matcher reads
    after "the", so the rest give the same readings as all of them would."""
    figures = _DIGIT.search(word) is not None
    head, _, tail = word.partition("-")
    ordinal = word in int_table("ordinals")
    can: dict[Callable[[_Ctx, int], Match | None], bool] = {
        _m_ref: word in {"past", "future"} or word in _the_phrase_words(),
        _m_span_after: word in _SPAN_AFTER_UNITS,
        _m_anaphoric: word in _ANAPHORIC_SHIFT,
        _m_relday: word in _ANAPHORIC_UNITS or word in table("dayparts"),  # "the day after"
        _m_modified: word in _THE_MODIFIED,
        _m_duration: _may_count(word, figures, head) or word in _duration_openers(),
        _m_season: word in table("seasons"),
        _m_decade: figures
        or head in _DECADE_HEADS
        or word in _APOSTROPHES
        or word in int_table("decade_words")
        or ordinal,
        _m_quarter: figures or tail in {"quarter", "half"} or word in _QUARTER_OPENERS or ordinal,
        _m_weekend: True,  # "the weekend", "the Easter weekend": cheap to try
        _m_boundary: word in _EDGES,
        _m_period: word in _THE_PERIODS or word in _YEAR_AGO,
        _m_same: word in _SAME,
        _m_early_hours: word == "early",
        _m_daypart: word in _ARTICLE_PARTS or word in _PART_MODIFIERS or _is_mid(word),
    }
    return tuple(m for m in _BY_FIRST_WORD["the"] if can[m])


# The words after "the" that _m_period reads ("the comparable period", "the full year").
_THE_PERIODS = word_class("the_periods")


@cache
def _the_phrase_words() -> frozenset[str]:
    """The second words of the fixed phrases opening with "the" ("the near future")."""
    return frozenset(words[1] for words, _ in _phrases().get("the", ()) if len(words) > 1)


# Matchers that read nothing unless the expression opens with "the".
_THE_ONLY = frozenset({_m_weekend, _m_early_hours, _m_same, _m_boundary, _m_span_after})


_SPAN_OPENERS = word_class("span_openers")
_PART_OPENERS = word_class("part_openers")
_PERIOD_OPENERS = word_class("period_openers")
_SET_OPENERS = word_class("set_openers")
_ANAPHORIC_OPENERS = word_class("anaphoric_openers")
_QUARTER_OPENERS = word_class("quarter_openers")


@lru_cache(maxsize=4096)  # the starters, and the commonest numbers of the day's news
def _matchers_for(word: str) -> tuple[Callable[[_Ctx, int], Match | None], ...]:
    """The matchers that can read an expression opening with ``word`` (lower-case) when
    it is none of ``_BY_FIRST_WORD``'s: those whose first test (on that word alone) turns
    it down are left out, so the rest give the same readings as all of them would."""
    if word == "the":
        return _MATCHERS
    figures = _DIGIT.search(word) is not None
    marked = figures and not word.isdecimal()  # figures with other marks: "1990s", "5pm"
    # A number that may be a day, an hour or a year (1, 2 or 4 digits), or marked figures
    dateish = marked or (figures and len(word) in (1, 2, 4))
    head, _, tail = word.partition("-")  # "mid-1990s", "third-quarter", "two-day"
    return _matcher_subset(
        word in table("seasons"),
        word in _SPAN_OPENERS,
        word in int_table("months") and len(word) >= 3,
        word.split("-", 1)[0] in _PART_OPENERS,
        word in table("refs") or word in _phrases(),
        word in _ANAPHORIC_OPENERS,
        word in _YEAR_AGO or word in _PERIOD_OPENERS,
        word in table("sets") or word in _SET_OPENERS,
        marked or head in _DECADE_HEADS or word in _APOSTROPHES or word in int_table("ordinals"),
        marked
        or tail in {"quarter", "half"}
        or year_value(word) is not None
        or word in _QUARTER_OPENERS
        or word in int_table("ordinals"),
        word in int_table("weekdays") or word[:-1] in int_table("weekdays"),
        dateish or word in int_table("months") or word in int_table("weekdays"),
        word in _RELDAY_OPENERS,
        word in _MODIFIERS,
        word == "fiscal" or year_value(word.removeprefix("mid-")) is not None,
        word.replace("’", "'") in _holiday_openers(),
        dateish or word in _CLOCK_WORDS or word in _twilights(),
        _may_count(word, figures, head),
        _may_count(word, figures, head) or word in _duration_openers(),
        _opens_part(word),
    )


@cache
def _matcher_subset(*can: bool) -> tuple[Callable[[_Ctx, int], Match | None], ...]:
    """``_MATCHERS`` less ``_THE_ONLY`` and those of ``_GUARDED`` whose flag in ``can`` is
    false (an opening word other than "the" of this description)."""
    refused = set(_THE_ONLY) | {m for m, ok in zip(_GUARDED, can, strict=True) if not ok}
    return tuple(m for m in _MATCHERS if m not in refused)


# The matchers whose first test is on the opening word, in ``_matchers_for``'s order.
_GUARDED = (
    _m_season,
    _m_relative_span,
    _m_month,
    _m_mid,
    _m_ref,
    _m_anaphoric,
    _m_period,
    _m_set,
    _m_decade,  # marked figures ("1990s"), early/late/mid, "'" ("'90s"), an ordinal
    _m_quarter,  # marked figures ("FY2024"), "third-quarter", a year ("2023's"), an ordinal
    _m_weekday,  # a weekday, perhaps plural
    _m_calendar,  # figures, a month or a weekday (see _timedates.calendar_date)
    _m_relday,
    _m_modified,
    _m_year,  # a year, "mid-" and a year, or "fiscal"
    _m_holiday,  # the first word of a holiday's name
    _m_clock,  # figures, noon, midnight or a twilight ("dawn")
    _m_ago,  # a count or an approximator (see _may_count)
    _m_duration,  # the same, "recent"/"several"/"many"/"few", or a unit in the plural
    _m_daypart,  # a part of the day ("afternoon trade"), "early"/"late", "mid-morning"
)
_CLOCK_WORDS = word_class("clock_words")
_APOSTROPHES = frozenset({"'", "’"})
_DECADE_HEADS = word_class("decade_heads")
_RELDAY_OPENERS = word_class("relday_openers")
_MODIFIERS = word_class("modifiers")


def _may_count(word: str, figures: bool, head: str) -> bool:
    """Whether ``_approx`` or ``_amount`` (or a hyphened duration) may read something at a
    word: an approximator's first word, a number word, "a"/"an"/"half", figures, or a
    compound opening with a number or a unit ("twenty-five", "two-day", "day-long");
    ``head`` is the word's part before any hyphen."""
    return word in _count_openers() or figures or ("-" in word and head in _count_heads())


@cache
def _count_heads() -> frozenset[str]:
    return frozenset(table("numbers")) | frozenset(table("units"))


@cache
def _count_openers() -> frozenset[str]:
    """The words (no digit, no hyphen) that ``_amount`` or ``_approx`` can start at."""
    approx = {phrase.split(" ", 1)[0] for phrase in lexicon("time_approx")}
    return frozenset(word_class("count_words") | set(table("numbers")) | approx)


@cache
def _duration_openers() -> frozenset[str]:
    """The words that open a duration without a count: "recent years", "decades"."""
    plural_units = {unit for unit in table("units") if unit.endswith("s")}
    return frozenset(word_class("vague_counts") | plural_units)


@cache
def _holiday_openers() -> frozenset[str]:
    """The first words of the holidays' names, also as the matchers read a possessive
    ("valentine's" as "valentine")."""
    out: set[str] = set()
    for name in table("holidays"):
        first = name.split(" ", 1)[0]
        out.add(first)
        if len(first) > 3 and first[-2:] == "'s" and first[0].isalnum():
            out.add(first[:-2])
    return frozenset(out)
