"""The candidate finder: a small grammar over the document's tokens.

At each token a handful of matchers each look at a bounded window and return what they
read as a :class:`Sem` (the meaning, not yet pinned to the calendar) with the tokens it
covers; the longest reading wins and the scan resumes after it. Extents follow TimeML:
determiners and approximators belong to the expression ("the past two months", "almost
two decades"), prepositions do not ("since 2019" gives "2019"). The whole scan is
linear in the number of tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from newsfacts.document import Token
from newsfacts.extractors._timedates import DateMatch, calendar_date, gap_ok, year_value
from newsfacts.extractors._timelex import int_table, table
from newsfacts.lexicons import lexicon, lexicon_lines

__all__ = ["RELATIVE_YEAR", "Candidate", "Sem", "duration_value", "find_candidates"]

_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))?")
_AMPM = re.compile(r"(\d{1,2})(am|pm|a\.m|p\.m)")
_DECADE = re.compile(r"(1[0-9]|20)([0-9])0s")
_SHORT_DECADE = re.compile(r"([0-9])0s")
_CENTURY_ORD = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_HUNDREDS = re.compile(r"(1[0-9]|20)00s")


@attrs.frozen(kw_only=True)
class Sem:
    """What a time expression says, before it is pinned to the calendar.

    ``kind`` is one of: ``cal`` (calendar date, parts may be missing), ``wday`` (weekday
    with ``mod``), ``rday`` (day offset: yesterday/today/tomorrow), ``runit`` (the unit
    containing the anchor shifted by ``offset``: "last week"), ``ago`` (``amount`` units
    before/after the anchor), ``dur`` (duration), ``season``, ``decade``, ``century``,
    ``quarter``, ``half``, ``weekend``, ``month`` (bare month name), ``set``, ``ref``,
    ``value`` (a fixed TIMEX3 value). ``clock`` and ``part`` add a time of day.
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


@attrs.frozen
class Candidate:
    """A time expression: tokens ``start`` to ``end`` (exclusive), characters ``begin`` to
    ``stop`` (a possessive "'s" on the last token is left out)."""

    start: int
    end: int
    sem: Sem
    begin: int
    stop: int


class _Ctx:
    """The token sequence with lower-cased words, read by every matcher."""

    __slots__ = ("low", "poss", "text", "tokens")

    def __init__(self, tokens: Sequence[Token], text: str) -> None:
        self.tokens = tokens
        self.text = text
        low = []
        poss = []
        for t in tokens:
            word = t.text.lower()
            if len(word) > 3 and word[-2:] in {"'s", "’s"} and word[0].isalpha():
                low.append(word[:-2])
                poss.append(True)
            else:
                low.append(word)
                poss.append(False)
        self.low = low
        self.poss = poss

    def word(self, i: int) -> str:
        return self.low[i] if 0 <= i < len(self.low) else ""

    def near(self, i: int, j: int) -> bool:
        """Whether tokens ``i`` and ``j = i + 1`` are neighbours on one line."""
        return 0 <= i and j < len(self.tokens) and gap_ok(self.text, self.tokens[i], self.tokens[j])

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
        return self.tokens[i].text[:1].isupper()


Match = tuple[int, Sem]
Matcher = Callable[[_Ctx, int], "Match | None"]


def find_candidates(tokens: Sequence[Token], text: str) -> list[Candidate]:
    """Every time expression in ``tokens``, longest match first, in text order."""
    ctx = _Ctx(tokens, text)
    out: list[Candidate] = []
    i = 0
    n = len(tokens)
    while i < n:
        best: Match | None = None
        for matcher in _MATCHERS:
            found = matcher(ctx, i)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        if best is None:
            i += 1
            continue
        end, sem = best
        if any(ctx.poss[k] for k in range(i, end - 1)):
            end = i + 1 + next(k for k in range(end - 1 - i) if ctx.poss[i + k])
            found_again = _shorter(ctx, i, end)
            if found_again is None:
                i += 1
                continue
            sem = found_again
        else:
            end, sem = _attach_time_of_day(ctx, end, sem)
        stop = tokens[end - 1].end - (2 if ctx.poss[end - 1] else 0)
        out.append(Candidate(i, end, sem, tokens[i].start, stop))
        i = end
    return out


def _shorter(ctx: _Ctx, i: int, end: int) -> Sem | None:
    """The reading of tokens ``[i, end)`` alone, when a possessive cut a longer match."""
    for matcher in _MATCHERS:
        found = matcher(ctx, i)
        if found is not None and found[0] == end:
            return found[1]
    return None


# -- numbers and units -----------------------------------------------------------------


def _amount(ctx: _Ctx, i: int) -> tuple[int | None, int] | None:
    """A count at ``i``: digits, number words, "a few", "a couple of", "several"."""
    w = ctx.word(i)
    if not w:
        return None
    if w.isdigit() and len(w) <= 4:
        if ctx.word(i + 2) == "/" and ctx.near(i, i + 1) and ctx.word(i + 1).isdigit():
            return None, i + 4  # "5 1/2": an amount TIMEX3 cannot write as a whole number
        return int(w), i + 1
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
            return None, i + 1
        value = int(code)
        if w == "couple" and ctx.follows(i, "of"):
            return 2, i + 2
        # "twenty five": tens then units
        nxt = ctx.word(i + 1)
        if value >= 20 and value % 10 == 0 and nxt in numbers and ctx.near(i, i + 1):
            unit_value = numbers[nxt]
            if unit_value.isdigit() and int(unit_value) < 10:
                return value + int(unit_value), i + 2
        return value, i + 1
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
            a, b = numbers[parts[0]], numbers[parts[1]]
            if a.isdigit() and b.isdigit() and int(b) < 10:
                return int(a) + int(b), i + 1
    if w.replace(".", "", 1).isdigit() and "." in w:
        return None, i + 1  # "2.5 years": kept as an unspecified amount
    return None


def _unit(ctx: _Ctx, i: int) -> str | None:
    return table("units").get(ctx.word(i))


def duration_value(amount: int | None, unit: str) -> str:
    """The TIMEX3 duration for ``amount`` ``unit`` ("P2Y", "PT3H", "PXY")."""
    n = "X" if amount is None else str(amount)
    scaled = {"DE": 10, "CE": 100, "MIL": 1000, "FN": 2}
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


# -- matchers ---------------------------------------------------------------------------


def _m_calendar(ctx: _Ctx, i: int) -> Match | None:
    """Full and partial calendar dates: "March 5, 2024", "5 March", "2024-03-05"."""
    found: DateMatch | None = calendar_date(ctx.tokens, i, ctx.text)
    if found is None:
        return None
    if found.day is None and found.year is None:
        return None  # a bare month is left to _m_month, which checks its context
    if found.day is not None and found.year is None and ctx.word(found.end) in {"%", "percent"}:
        return None
    return found.end, Sem(
        kind="cal",
        year=found.year,
        month=found.month,
        day=found.day,
        weekday=found.weekday,
        valid=found.valid,
    )


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
    if not ctx.prev_signal(i) and ctx.word(i - 1) not in {"mid", "early", "late", "the"}:
        return None
    if w in {"may", "march"} and ctx.word(i - 1) in {"to", "and", "or"}:
        return None  # "voted to March", "may or May not": keep the safe side
    if ctx.word(i - 1) == "the" and not (ctx.word(i + 1).isalpha() and ctx.word(i + 1).islower()):
        return None  # "the March elections" is one, "the May government" is not
    return i + 1, Sem(kind="month", month=month)


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
    if prev in {"$", "£", "€", "no", "#", "number", "flight", "route", "page", "room", "vol"}:
        return None
    nxt = ctx.word(i + 1)
    if nxt in {"%", "percent", "per"} or ctx.word(i - 1) == "." and ctx.tokens[i - 1].end == tok.start:
        return None
    if ctx.follows(i, "'s") or ctx.word(i + 1) in {"'", "’"} and ctx.follows(i + 1, "s"):
        return i + 1, Sem(kind="cal", year=year)
    signal = ctx.prev_signal(i) or prev in {"-", "–", "fiscal", "year", "early", "late"}
    if not signal and not (1900 <= year <= 2100):
        return None
    if not signal and (nxt in lexicon("time_counted") or nxt.isalpha() and nxt.endswith("s")):
        if nxt not in lexicon("time_year_nouns"):
            return None  # "the 2000 people", "2000 tonnes"
    return i + 1, Sem(kind="cal", year=year)


def _m_relday(ctx: _Ctx, i: int) -> Match | None:
    """Yesterday, today, tomorrow, tonight, and "the day before yesterday"."""
    w = ctx.word(i)
    offsets = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}
    if w in offsets:
        if w == "today" and ctx.follows(i, "'s") and ctx.word(i + 2) in {"world", "society"}:
            return i + 2, Sem(kind="ref", code="PRESENT_REF")
        part = "NI" if w == "tonight" else None
        return i + 1, Sem(kind="rday", offset=offsets[w], part=part)
    if w in {"last", "this"} and ctx.near(i, i + 1):
        part = table("dayparts").get(ctx.word(i + 1))
        if part is not None and ctx.word(i + 1) not in {"noon", "midnight", "midday"}:
            if w == "last" and part == "NI":
                return i + 2, Sem(kind="rday", offset=-1, part="NI")
            if w == "this":
                return i + 2, Sem(kind="rday", offset=0, part=part)
    return None


def _m_weekday(ctx: _Ctx, i: int) -> Match | None:
    """A weekday name; plural after "on" is a set ("on Mondays")."""
    tok = ctx.tokens[i]
    w = ctx.word(i)
    if not ctx.cap(i):
        return None
    wd = int_table("weekdays").get(w)
    if wd is not None and len(w) > 4:
        return i + 1, Sem(kind="wday", weekday=wd)
    if w.endswith("s") and len(w) > 6:
        wd = int_table("weekdays").get(w[:-1])
        if wd is not None and tok.text[:1].isupper():
            return i + 1, Sem(kind="set", code=f"XXXX-WXX-{wd}")
    return None


def _m_modified(ctx: _Ctx, i: int) -> Match | None:
    """last/next/this/coming/past + weekday, month, season, unit or weekend."""
    w = ctx.word(i)
    start = i
    if w == "the" and ctx.word(i + 1) in {
        "coming", "past", "last", "next", "previous", "following", "first", "final", "latest",
        "quarter", "week",
    }:
        i += 1
        w = ctx.word(i)
    offsets = {"last": -1, "next": 1, "this": 0, "coming": 1, "past": -1, "previous": -1}
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
    if w not in offsets and w != "following" or not ctx.near(i, i + 1):
        return None
    if w == "following":
        return None  # anaphoric: "the following week" needs an event to anchor it
    offset = offsets.get(w, 0)
    j = i + 1
    nxt = ctx.word(j)
    if ctx.cap(j):
        wd = int_table("weekdays").get(nxt)
        if wd is not None and len(nxt) > 4:
            return j + 1, Sem(kind="wday", weekday=wd, mod=w if w != "past" else "last")
        month = int_table("months").get(nxt)
        if month is not None and len(nxt) > 4 or nxt in {"may", "june", "july"}:
            assert month is not None
            return j + 1, Sem(kind="month", month=month, mod=w if w != "past" else "last")
    season = table("seasons").get(nxt)
    if season is not None:
        return j + 1, Sem(kind="season", code=season, mod="last" if offset < 0 else w)
    unit = _unit(ctx, j)
    if unit is not None and not nxt.endswith("s") or nxt == "weekend":
        assert unit is not None
        if unit == "S" or unit == "MIN":
            return None
        the = start != i
        if unit == "WE":
            return j + 1, Sem(kind="weekend", mod="last" if offset < 0 else w)
        if w == "past" or (the and w in {"last", "next", "coming"} and unit in {"Y", "M"}):
            # "the past year", "the next month": a stretch of time, not a calendar unit
            return j + 1, Sem(kind="dur", amount=1, unit=unit)
        return j + 1, Sem(kind="runit", unit=unit, offset=offset)
    if unit is not None and nxt.endswith("s") and unit not in {"WE", "S", "MIN"}:
        if w in {"past", "coming", "next", "last", "previous"} and (start != i or w == "coming"):
            return j + 1, Sem(kind="dur", amount=None, unit=unit)  # "the coming years"
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
    if found is None:
        return None
    end, sem = found
    if sem.kind in {"runit", "season", "month", "wday", "weekend"}:
        code = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(w, "MID")
        return end, attrs.evolve(sem, code=sem.code if sem.kind == "season" else code)
    return None


def _m_mid(ctx: _Ctx, i: int) -> Match | None:
    """early/late/mid + month or year: "mid-March", "early 2019", "late May"."""
    w = ctx.word(i)
    if "-" in w and w.split("-", 1)[0] in {"mid", "early", "late"}:
        head, rest = w.split("-", 1)
        month = int_table("months").get(rest)
        if month is not None and len(rest) >= 3:
            return i + 1, Sem(kind="month", month=month)
        return None
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
    """N units ago / from now / earlier; N units later / before / after (a duration)."""
    start = i
    approx = _approx(ctx, i)
    if approx is not None:
        i = approx
    amount = _amount(ctx, i)
    if amount is None:
        return None
    value, j = amount
    unit = _unit(ctx, j)
    if unit is None or not ctx.near(j - 1, j):
        return None
    k = j + 1
    nxt = ctx.word(k)
    if nxt in {"ago", "earlier"} and ctx.near(j, k):
        return k + 1, Sem(kind="ago", amount=value, unit=unit, offset=-1)
    if nxt == "from" and ctx.word(k + 1) == "now":
        return k + 2, Sem(kind="ago", amount=value, unit=unit, offset=1)
    del start
    return None


def _approx(ctx: _Ctx, i: int) -> int | None:
    """The index after an approximating phrase at ``i`` ("almost", "more than"), if any."""
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


def _m_duration(ctx: _Ctx, i: int) -> Match | None:
    """Durations: "two years", "almost two decades", "a decade", "three-day", "years"."""
    start = i
    w = ctx.word(i)
    # Hyphenated adjectives: "two-day", "16-hour", "five-year" (not "six-year-old").
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2:
            unit = table("units").get(parts[1])
            if unit is not None and unit not in {"WE", "Q"}:
                numbers = table("numbers")
                if parts[0].isdigit() and len(parts[0]) <= 3:
                    n: int | None = int(parts[0])
                elif parts[0] in numbers and numbers[parts[0]].isdigit():
                    n = int(numbers[parts[0]])
                else:
                    return None
                if ctx.word(i + 1) in {"-", "old"}:
                    return None
                return i + 1, Sem(kind="dur", amount=n, unit=unit)
        return None
    the = False
    if w == "the" and ctx.near(i, i + 1):
        the = True
        i += 1
    approx = _approx(ctx, i)
    if approx is not None:
        i = approx
    if ctx.word(i) in {"recent", "several", "few", "many"} or ctx.word(i) == "the":
        pass
    amount = _amount(ctx, i)
    if amount is not None:
        value, j = amount
        if not ctx.near(j - 1, j):
            return None
        unit = _unit(ctx, j)
        if unit is None or unit == "WE":
            return None
        unit_word = ctx.word(j)
        if ctx.word(j + 1) == "old" or (ctx.cap(j) and not ctx.tokens[j].text.isupper()):
            return None  # "37 years old", "60 Minutes"
        if unit == "S" and not unit_word.endswith("s") and ctx.word(j - 1) in {"a", "an"}:
            return None  # "a second term"
        if unit == "Q" and not ctx.word(i).isdigit():
            return None  # "the first quarter" is a quarter, not three months
        if ctx.word(j + 1) in {"-", "old"} and ctx.word(j + 2) == "old":
            return None
        if ctx.word(i) in {"a", "an"} and ctx.word(j + 1) in {"old"}:
            return None
        if the and ctx.word(i) in {"a", "an"}:
            return None
        if value == 1 and unit_word.endswith("s") and ctx.word(i) in {"a", "an"}:
            return None
        if ctx.word(j + 1) == "of" and ctx.word(i) in {"a", "an"} and ctx.word(j + 2).isdigit():
            return None
        return j + 1, Sem(kind="dur", amount=value, unit=unit)
    # "recent years", "years", "the years"
    j = i
    if ctx.word(j) in {"recent", "several", "many", "few"} and ctx.near(j, j + 1):
        j += 1
    unit = _unit(ctx, j)
    if unit is None or unit in {"WE", "Q"} or not ctx.word(j).endswith("s"):
        return None
    if the or (j == start and not ctx.prev_signal(j)):
        return None
    if j == start and ctx.word(j - 1) in {"the", "of", "and", "to"}:
        return None
    return j + 1, Sem(kind="dur", amount=None, unit=unit)


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
    if ctx.near(j - 1, j) and (year := year_value(ctx.tokens[j].text if j < len(ctx.tokens) else "")):
        return j + 1, Sem(kind="season", code=season, year=year)
    # A bare season only after a time signal ("in the spring", "during winter").
    prev = ctx.word(start - 1)
    if prev not in {"in", "during", "until", "by", "since", "through", "throughout", "over"}:
        return None
    if ctx.word(i + 1) in {"water", "waters", "of", "'s", "time"}:
        return None
    if ctx.word(i + 1)[:1].isalpha() and ctx.word(i + 1) not in {"and", "or", "when", "as"}:
        return None  # "in spring water", "in summer camps": an attribute, not a time
    return i + 1, Sem(kind="season", code=season)


def _m_decade(ctx: _Ctx, i: int) -> Match | None:
    """Decades and centuries: "the 1990s", "the '90s", "the 19th century", "the 1800s"."""
    start = i
    if ctx.word(i) == "the":
        i += 1
    w = ctx.word(i)
    early = None
    if w in {"early", "late", "mid"} and ctx.near(i, i + 1):
        early = w
        i += 1
        w = ctx.word(i)
    del early
    if w.split("-", 1)[0] in {"mid", "early", "late"} and "-" in w:
        w = w.split("-", 1)[1]  # "the mid-1990s"
    if start != i and w in int_table("decade_words"):
        return i + 1, Sem(kind="decade", year=int_table("decade_words")[w])
    m = _DECADE.fullmatch(w)
    if m is not None:
        hundred = _HUNDREDS.fullmatch(w)
        if hundred is not None:
            return i + 1, Sem(kind="century", year=int(hundred.group(1)) * 100)
        return i + 1, Sem(kind="decade", year=int(w[:3]) * 10)
    if w in {"'", "’"} and ctx.near(i, i + 1):
        m2 = _SHORT_DECADE.fullmatch(ctx.word(i + 1))
        if m2 is not None:
            return i + 2, Sem(kind="decade", year=1900 + int(m2.group(1)) * 10)
    if True:
        m3 = _CENTURY_ORD.fullmatch(w)
        ordinal = int(m3.group(1)) if m3 else int_table("ordinals").get(w)
        if ordinal is None:
            words = w.split("-")
            if len(words) == 2 and words[0] == "twenty" and words[1] in int_table("ordinals"):
                ordinal = 20 + int_table("ordinals")[words[1]]
        if ordinal is not None and ctx.word(i + 1) == "century" and 1 <= ordinal <= 22:
            return i + 2, Sem(kind="century", year=(ordinal - 1) * 100)
    return None


def _m_quarter(ctx: _Ctx, i: int) -> Match | None:
    """Quarters and halves: "the third quarter (of 2023)", "third-quarter", "the first half"."""
    start = i
    w = ctx.word(i)
    if w == "the":
        i += 1
        w = ctx.word(i)
    year: int | None = None
    if (y := year_value(ctx.tokens[i].text if i < len(ctx.tokens) else "")) is not None:
        if ctx.follows(i, "'s"):
            year = y
            i += 2
            w = ctx.word(i)
    elif w in {"this", "last", "next"} and ctx.follows(i, "year") and ctx.word(i + 2) == "'s":
        year = RELATIVE_YEAR + _YEAR_SHIFT[w]
        i += 3
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
                return i + 1, Sem(kind="quarter" if tail == "quarter" else "half", amount=n, year=year)
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
    if ctx.word(end) == "of" and (y2 := year_value(ctx.tokens[end + 1].text if end + 1 < len(ctx.tokens) else "")):
        year, end = y2, end + 2
    elif ctx.word(end) == "of" and ctx.word(end + 1) in {"this", "last", "next"} and ctx.word(end + 2) == "year":
        year = RELATIVE_YEAR + _YEAR_SHIFT[ctx.word(end + 1)]
        end += 3
    del start
    return end, Sem(kind="quarter" if unit == "quarter" else "half", amount=n, year=year)


def _m_weekend(ctx: _Ctx, i: int) -> Match | None:
    """"the weekend", "the holiday weekend", "the Easter weekend"."""
    if ctx.word(i) != "the":
        return None
    j = i + 1
    if ctx.word(j) != "weekend" and ctx.word(j + 1) == "weekend" and ctx.near(j, j + 1):
        if ctx.word(j) not in {"holiday", "long", "easter", "bank", "holiday", "memorial"} and not (
            ctx.cap(j)
        ):
            return None
        j += 1
    if ctx.word(j) != "weekend":
        return None
    return j + 1, Sem(kind="weekend")


def _m_set(ctx: _Ctx, i: int) -> Match | None:
    """Repeating times: "every week", "each Monday", "weekly", "twice a year"."""
    w = ctx.word(i)
    sets = table("sets")
    if w in sets:
        prev = ctx.word(i - 1)
        if i + 1 < len(ctx.tokens) and ctx.cap(i + 1) and ctx.near(i, i + 1):
            return None  # "the daily Granma": a newspaper
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
        amount = 1
        if nxt.isdigit() or (nxt in table("numbers") and table("numbers")[nxt].isdigit()):
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
    if w in {"per", "a"} and ctx.near(i, i + 1):
        prev = ctx.word(i - 1)
        unit = _unit(ctx, i + 1)
        if unit is None or ctx.word(i + 1).endswith("s") or unit in {"WE", "DE", "CE"}:
            return None
        if w == "per" or prev in {"once", "twice", "times"} or prev.isdigit() or (
            prev.endswith("s") and prev.isalpha()
        ):
            return i + 2, Sem(kind="set", code=duration_value(1, unit))
    return None


def _m_ref(ctx: _Ctx, i: int) -> Match | None:
    """now, currently, recently, soon, "the past", "the future", "these days"."""
    w = ctx.word(i)
    refs = table("refs")
    if w in refs:
        if w == "soon" and ctx.word(i - 1) == "as":
            return None  # "as soon as": a conjunction
        return i + 1, Sem(kind="ref", code=refs[w])
    if w == "the" and ctx.word(i + 1) in {"past", "future"} and ctx.near(i, i + 1):
        nxt = ctx.word(i + 2)
        if nxt[:1].isalnum() and nxt not in lexicon("time_function_words"):
            return None  # "the past two years", "the future president"
        return i + 2, Sem(kind="ref", code="PAST_REF" if ctx.word(i + 1) == "past" else "FUTURE_REF")
    if w == "these" and ctx.follows(i, "days"):
        return i + 2, Sem(kind="ref", code="PRESENT_REF")
    if w == "at" and ctx.follows(i, "the") and ctx.follows(i + 1, "moment"):
        return i + 3, Sem(kind="ref", code="PRESENT_REF")
    return None


def _m_holiday(ctx: _Ctx, i: int) -> Match | None:
    """Fixed-date holidays: "Christmas", "New Year's Day"."""
    if not ctx.cap(i):
        return None
    holidays = table("holidays")
    best: Match | None = None
    phrase = ""
    j = i
    while j < len(ctx.tokens) and j < i + 4:
        word = ctx.word(j)
        if word in {"'s", "’s"} or word in {"'", "’"}:
            phrase += "'" if word in {"'", "’"} else "'s"
        else:
            phrase = f"{phrase} {word}".strip() if not phrase.endswith("'") else phrase + word
        code = holidays.get(phrase.replace("’", "'"))
        if code is not None:
            month, day = int(code[:2]), int(code[3:])
            best = j + 1, Sem(kind="cal", month=month, day=day)
        if j + 1 < len(ctx.tokens) and ctx.tokens[j + 1].start - ctx.tokens[j].end > 1:
            break
        j += 1
    return best


def _m_clock(ctx: _Ctx, i: int) -> Match | None:
    """A clock time: "3 p.m.", "10:30 a.m. EST", "14:00 GMT", "noon", "midnight"."""
    w = ctx.word(i)
    if w in {"noon", "midday"}:
        if ctx.prev_signal(i) or ctx.word(i - 1) in {"at", "by", "until"}:
            return i + 1, Sem(kind="clock", clock=(12, 0))
        return None
    if w == "midnight" and ctx.prev_signal(i):
        return i + 1, Sem(kind="clock", clock=(24, 0))
    m = _AMPM.fullmatch(w)
    hour: int | None = None
    minute = 0
    j = i + 1
    ampm: str | None = None
    if m is not None:
        hour, ampm = int(m.group(1)), m.group(2)[0]
    elif w.isdigit() and len(w) <= 2:
        hour = int(w)
        if ctx.word(j) == ":" and ctx.near(i, j) and ctx.near(j, j + 1):
            mins = ctx.word(j + 1)
            if not (mins.isdigit() and len(mins) == 2):
                return None
            minute = int(mins)
            j += 2
            if ctx.word(j) == ":" and ctx.word(j + 1).isdigit() and ctx.near(j - 1, j):
                j += 2  # seconds: kept in the extent, dropped from the value
        nxt = ctx.word(j)
        if nxt in {"a.m", "p.m", "am", "pm"} and ctx.near(j - 1, j):
            if nxt in {"am", "pm"} and not ctx.tokens[j].text.islower() and False:
                return None
            ampm = nxt[0]
            j += 1
    else:
        return None
    if hour is None:
        return None
    if ampm is not None and ctx.word(j) == "." and ctx.near(j - 1, j) and ctx.tokens[j].start == ctx.tokens[j - 1].end:
        j += 1
        # a sentence-final "p.m." keeps its dot; fine either way for the extent
    if ampm is None:
        if j == i + 1:
            if ctx.word(j) == "o'clock":
                j += 1
            else:
                return None
        elif not (ctx.tokens[j - 1].text.isdigit() and ctx.prev_signal(i) or ctx.word(j) in _zones_lower()):
            return None
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
    return j, Sem(kind="clock", clock=(hour, minute))


def _zones_lower() -> frozenset[str]:
    return frozenset(z.lower() for z in lexicon_lines("time_zones"))



_DAYLIKE = {"cal", "wday", "rday"}
_YEAR_SHIFT = {"this": 0, "last": -1, "next": 1}
#: Added to a year offset to mark a year relative to the anchor ("next year" = -9999).
RELATIVE_YEAR = -10_000


def _m_boundary(ctx: _Ctx, i: int) -> Match | None:
    """"the end of 1990", "the beginning of March", "the end of the year"."""
    if ctx.word(i) != "the" or ctx.word(i + 2) != "of":
        return None
    edge = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}.get(
        ctx.word(i + 1)
    )
    if edge is None or not (ctx.near(i, i + 1) and ctx.near(i + 1, i + 2)):
        return None
    j = i + 3
    if ctx.word(j) == "the" and ctx.word(j + 1) in {"year", "month", "week"}:
        unit = {"year": "Y", "month": "M", "week": "W"}[ctx.word(j + 1)]
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
        if shift is not None and ctx.word(end + 1) == "year" and ctx.near(end - 1, end):
            if not ctx.poss[end + 1]:
                return end + 2, attrs.evolve(sem, year=RELATIVE_YEAR + shift)
    return end, sem


def _attach_time_of_day(ctx: _Ctx, end: int, sem: Sem) -> tuple[int, Sem]:
    """Join a day and its time of day: "Friday morning", "3 p.m. Friday", "today at noon"."""
    end, sem = _attach_year(ctx, end, sem)
    if sem.kind in _DAYLIKE and sem.part is None and (sem.kind != "cal" or sem.day is not None):
        part = table("dayparts").get(ctx.word(end))
        if part is not None and ctx.near(end - 1, end) and ctx.word(end) not in {"noon", "midnight"}:
            return end + 1, attrs.evolve(sem, part=part)
    if sem.kind == "clock":
        j = end
        if ctx.word(j) in {"on", ","} and ctx.near(j - 1, j):
            j += 1
        if ctx.near(j - 1, j):
            for matcher in (_m_relday, _m_weekday, _m_calendar):
                found = matcher(ctx, j)
                if found is not None and found[1].kind in _DAYLIKE:
                    return found[0], attrs.evolve(found[1], clock=sem.clock)
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
)
