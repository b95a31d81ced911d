"""Pinning a time expression's meaning to the calendar, as a TIMEX3 value.

Relative expressions are resolved against an anchor (the publication date) and a
direction read from the clause (past, future, or unknown); with no anchor they keep the
unresolved TIMEX3 form ("XXXX-WXX-5"), while absolute ones still resolve. Start and end
days are given wherever the value covers a known stretch of the calendar.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

import attrs

from newsfacts.extractors._timegrammar import RELATIVE_YEAR, Sem, duration_value

__all__ = ["Normalised", "normalise", "same_part", "told_from", "year_back_part"]

PAST, UNKNOWN, FUTURE = -1, 0, 1
# A month or date this close (in months) to the anchor keeps the anchor's year whatever
# the tense says.
_NEAR_MONTHS = 2
# A future clause may still name a day a month or so back (a schedule, a mis-read tense).
_FUTURE_SLACK_MONTHS = 1
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_ORDER = ["WI", "SP", "SU", "FA"]


@attrs.frozen
class Normalised:
    """A TIMEX3 type and value with the calendar days it covers (if known)."""

    type: str
    value: str
    start: _dt.date | None = None
    end: _dt.date | None = None


def normalise(sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    """The TIMEX3 reading of ``sem`` relative to ``anchor``, or None when nothing can be said."""
    handler = _HANDLERS.get(sem.kind)
    if handler is None:
        return None
    result = handler(sem, anchor, direction)
    if result is None:
        return None
    if sem.clock is not None or sem.part is not None:
        return _with_time(result, sem)
    return result


# -- helpers ----------------------------------------------------------------------------


def _day(d: _dt.date) -> Normalised:
    return Normalised("date", d.isoformat(), d, d)


def _month_range(year: int, month: int) -> tuple[_dt.date, _dt.date]:
    return _dt.date(year, month, 1), _dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_range(year: int) -> tuple[_dt.date | None, _dt.date | None]:
    if not 1 <= year <= 9998:
        return None, None
    return _dt.date(year, 1, 1), _dt.date(year, 12, 31)


def _week(d: _dt.date) -> Normalised:
    iso = d.isocalendar()
    monday = d - _dt.timedelta(days=d.isoweekday() - 1)
    return Normalised("date", f"{iso[0]}-W{iso[1]:02d}", monday, monday + _dt.timedelta(days=6))


def _weekend_of(d: _dt.date) -> Normalised:
    """The weekend of the ISO week holding ``d``."""
    saturday = d + _dt.timedelta(days=6 - d.isoweekday())
    iso = saturday.isocalendar()
    return Normalised(
        "date", f"{iso[0]}-W{iso[1]:02d}-WE", saturday, saturday + _dt.timedelta(days=1)
    )


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# -- handlers ---------------------------------------------------------------------------


def _cal(sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    if sem.unit == "WE":
        # "the Thanksgiving weekend": the weekend nearest the holiday (before a Monday or
        # a Tuesday, after any later day)
        held = _cal(attrs.evolve(sem, unit=None), anchor, direction)
        if held is None or held.start is None or held.start != held.end:
            return held
        back = 7 if held.start.isoweekday() <= 2 else 0
        return _weekend_of(held.start - _dt.timedelta(days=back))
    if sem.unit == "FY":
        # "the fiscal year ending in June": the year of that month, as the tense reads it;
        # "ended in March", told in February 2026: the March before (2025)
        assert sem.month is not None
        if anchor is None:
            return Normalised("date", "XXXX")
        if sem.code == "ENDED":
            ends = anchor.year if sem.month <= anchor.month else anchor.year - 1
        else:
            ends = _year_for(anchor, sem.month, None, None, direction)
        return _cal(Sem(kind="cal", year=ends), anchor, direction)
    if sem.code is not None and sem.code.startswith("HOLIDAY:"):
        return _moving_holiday(sem.code[len("HOLIDAY:") :], sem, anchor, direction)
    year, month, day = sem.year, sem.month, sem.day
    if month is None:
        if year is None:
            return None
        start, end = _year_range(year)
        return Normalised("date", f"{year:04d}", start, end)
    if year is not None and year < 0:
        year = _rel_year(sem, anchor)
        if year is None:
            return Normalised("date", f"XXXX-{month:02d}")
    if year is None:
        if anchor is None:
            if day is None or not sem.valid:
                return Normalised("date", f"XXXX-{month:02d}")
            return Normalised("date", f"XXXX-{month:02d}-{day:02d}")
        year = _year_for(anchor, month, day, sem.weekday, direction)
    if day is None or not sem.valid:
        start, end = _month_range(year, month)
        return Normalised("date", f"{year:04d}-{month:02d}", start, end)
    if sem.code == "WEEK":
        return _week(_dt.date(year, month, day))
    if sem.code == "WEEKEND":
        return _weekend_of(_dt.date(year, month, day))
    return _day(_dt.date(year, month, day))


def _moving_holiday(
    rule: str, sem: Sem, anchor: _dt.date | None, direction: int
) -> Normalised | None:
    """A holiday on a weekday rule ("4-4": fourth Thursday; "L-1": last Monday) or tied to
    Easter ("E-2": two days before Easter Sunday), in the year the tense points to."""
    assert sem.month is not None
    if anchor is None:
        return Normalised("date", f"XXXX-{sem.month:02d}")
    candidates = [_holiday_day(rule, sem.month, y) for y in (anchor.year - 1, anchor.year)]
    candidates.append(_holiday_day(rule, sem.month, anchor.year + 1))
    this = candidates[1]
    if direction == PAST:
        day = this if this <= anchor else candidates[0]
    elif direction == FUTURE:
        day = this if this >= anchor else candidates[2]
    else:
        day = min(candidates, key=lambda d: (abs((d - anchor).days), d))
    return _day(day)


def _holiday_day(rule: str, month: int, year: int) -> _dt.date:
    rule, _, after = rule.partition("+")  # "4-4+1": the day after the fourth Thursday
    if after:
        return _holiday_day(rule, month, year) + _dt.timedelta(days=int(after))
    kind, _, rest = rule.partition("-")
    if kind == "E":
        return _easter(year) + _dt.timedelta(days=int(rest))
    weekday = int(rest)
    if kind == "L":
        last = _dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - _dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = _dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + _dt.timedelta(days=offset + 7 * (int(kind) - 1))


def _easter(year: int) -> _dt.date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return _dt.date(year, month, day + 1)


def _year_for(
    anchor: _dt.date, month: int, day: int | None, weekday: int | None, direction: int
) -> int:
    """The year of a month (and day) named without one: the weekday, then the tense decide."""
    if day is not None and weekday is not None:
        for year in (anchor.year, anchor.year - 1, anchor.year + 1):
            try:
                if _dt.date(year, month, day).isoweekday() == weekday:
                    return year
            except ValueError:
                continue
    if day is None and direction == FUTURE and month < anchor.month:
        return anchor.year + 1  # "the plant will open in February", said in March
    # How far ahead (positive) or back the date lies in the anchor's year, in months.
    ahead = (month - anchor.month) + ((day or 15) - anchor.day) / 31
    # A past clause reaches back a year only for a date well ahead ("in November" said
    # in March); a date just ahead is more often a coming deadline than last year's.
    if direction == PAST and ahead > _NEAR_MONTHS:
        return anchor.year - 1
    # A future clause rarely names a month already gone: that is next year's.
    if direction == FUTURE and ahead < -_FUTURE_SLACK_MONTHS:
        return anchor.year + 1
    # Without tense, a date far on the other side of the year is the nearer occurrence.
    if direction == UNKNOWN and abs(month - anchor.month) > 6:
        return anchor.year - 1 if month > anchor.month else anchor.year + 1
    return anchor.year


def _month(sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    assert sem.month is not None
    if anchor is None:
        return Normalised("date", f"XXXX-{sem.month:02d}")
    if sem.year is not None:
        year = _rel_year(sem, anchor) or anchor.year
    elif sem.mod in {"last", "previous"}:
        year = anchor.year if sem.month < anchor.month else anchor.year - 1
    elif sem.mod in {"next", "coming"}:
        year = anchor.year if sem.month > anchor.month else anchor.year + 1
    elif sem.mod == "this":
        year = anchor.year
    elif sem.code == "WITHIN" and direction == PAST and sem.month > anchor.month:
        year = anchor.year - 1  # "was passed in April", told in March: not a coming deadline
    else:
        year = _year_for(anchor, sem.month, None, None, direction)
    start, end = _month_range(year, sem.month)
    return Normalised("date", f"{year:04d}-{sem.month:02d}", start, end)


def _wday(sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    assert sem.weekday is not None
    wd = sem.weekday
    if anchor is None:
        return Normalised("date", f"XXXX-WXX-{wd}")
    delta = wd - anchor.isoweekday()
    if sem.mod in {"last", "previous"}:
        back = (anchor.isoweekday() - wd) % 7 or 7
        return _day(anchor - _dt.timedelta(days=back))
    if sem.mod in {"next", "coming"}:
        ahead = (wd - anchor.isoweekday()) % 7 or 7
        return _day(anchor + _dt.timedelta(days=ahead))
    if sem.mod == "this":
        return _day(anchor + _dt.timedelta(days=delta))
    if delta == 0:
        return _day(anchor)
    if direction == FUTURE:
        return _day(anchor + _dt.timedelta(days=delta % 7))
    return _day(anchor - _dt.timedelta(days=(-delta) % 7))


def _rday(sem: Sem, anchor: _dt.date | None, _direction: int) -> Normalised | None:
    if anchor is None:
        return Normalised("date", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[sem.offset])
    return _day(anchor + _dt.timedelta(days=sem.offset))


def _runit(sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    unit, off = sem.unit, sem.offset
    if sem.code == "DIR":  # "the quarter": the last one reported, or the one under way
        off = -1 if direction == PAST else 0
    if anchor is None:
        ref = "PAST_REF" if off < 0 else "FUTURE_REF" if off > 0 else "PRESENT_REF"
        return Normalised("date", ref)
    if unit == "D":
        return _day(anchor + _dt.timedelta(days=off))
    if unit == "W":
        return _week(anchor + _dt.timedelta(weeks=off))
    if unit == "M":
        y, m = _add_months(anchor.year, anchor.month, off)
        start, end = _month_range(y, m)
        return Normalised("date", f"{y:04d}-{m:02d}", start, end)
    if unit == "Y":
        y = anchor.year + off
        first, last = _year_range(y)
        return Normalised("date", f"{y:04d}", first, last)
    if unit == "Q":
        q = (anchor.month - 1) // 3 + off
        y = anchor.year + q // 4
        q = q % 4
        start = _dt.date(y, q * 3 + 1, 1)
        end = _month_range(y, q * 3 + 3)[1]
        return Normalised("date", f"{y:04d}-Q{q + 1}", start, end)
    if unit == "DE":
        decade = anchor.year // 10 + off
        return Normalised(
            "date", f"{decade:03d}X", _dt.date(decade * 10, 1, 1), _dt.date(decade * 10 + 9, 12, 31)
        )
    if unit == "CE":
        century = anchor.year // 100 + off
        return Normalised("date", f"{century:02d}")
    if unit == "H":
        return Normalised("time", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[off])
    return None


def _ago(sem: Sem, anchor: _dt.date | None, _direction: int) -> Normalised | None:
    unit = sem.unit or "D"
    if sem.amount is None:
        return Normalised("date", "PAST_REF" if sem.offset < 0 else "FUTURE_REF")
    n = sem.amount * sem.offset
    if anchor is None:
        return Normalised("date", "PAST_REF" if sem.offset < 0 else "FUTURE_REF")
    try:
        if unit == "D":
            return _day(anchor + _dt.timedelta(days=n))
        if unit == "W":
            return _week(anchor + _dt.timedelta(weeks=n))
        if unit == "FN":
            return _week(anchor + _dt.timedelta(weeks=2 * n))
        if unit == "M":
            y, m = _add_months(anchor.year, anchor.month, n)
            start, end = _month_range(y, m)
            return Normalised("date", f"{y:04d}-{m:02d}", start, end)
        if unit == "Q":
            y, m = _add_months(anchor.year, anchor.month, 3 * n)
            q = (m - 1) // 3 + 1
            return Normalised("date", f"{y:04d}-Q{q}")
        if unit in {"Y", "DE", "CE", "MIL"}:
            scale = {"Y": 1, "DE": 10, "CE": 100, "MIL": 1000}[unit]
            y = anchor.year + n * scale
            first, last = _year_range(y)
            if unit == "DE":
                return Normalised("date", f"{y // 10:03d}X" if y >= 0 else "PAST_REF")
            return Normalised("date", f"{y:04d}" if 0 <= y <= 9999 else "PAST_REF", first, last)
        if unit in {"H", "MIN", "S"}:
            return Normalised("time", "PAST_REF" if sem.offset < 0 else "FUTURE_REF")
    except (OverflowError, ValueError):
        return Normalised("date", "PAST_REF" if sem.offset < 0 else "FUTURE_REF")
    return None


# How coarse a value is, by the shape of its value: day, week, month, season, quarter,
# half, year. A unit finer than its reference ("three days later" after "in March")
# cannot be pinned from it.
_GRAIN = (
    (re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?"), "D"),
    (re.compile(r"\d{4}-W\d{2}(-WE)?"), "W"),
    (re.compile(r"\d{4}-\d{2}"), "M"),
    (re.compile(r"\d{4}-(SP|SU|FA|WI)"), "S"),
    (re.compile(r"\d{4}-Q[1-4]"), "Q"),
    (re.compile(r"\d{4}-H[12]"), "H"),
    (re.compile(r"\d{4}"), "Y"),
)
_RANK = {"D": 0, "W": 1, "FN": 1, "M": 2, "S": 3, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 6}


def _grain(value: str) -> str | None:
    for pattern, grain in _GRAIN:
        if pattern.fullmatch(value):
            return grain
    return None


def told_from(sem: Sem, ref: Normalised) -> Normalised | None:
    """ "Three days earlier", "two weeks later", "a day after": ``sem`` (an ``ago``) told
    from ``ref``, the date the story named last (TIMEX3 anchoring), or None when ``ref``
    is too coarse to tell it from ("three days later" after "in March").

    A year before or after a month, season, quarter or half is that same part of the
    other year ("up from $4 million a year earlier", after "the third quarter").
    """
    grain = _grain(ref.value)
    unit = sem.unit
    if grain is None or ref.start is None or unit not in _RANK or sem.amount is None:
        return None
    if _RANK[unit] < _RANK[grain]:
        return None
    n = sem.amount * sem.offset
    if unit == "Y" and grain in {"M", "S", "Q", "H"}:
        year = int(ref.value[:4]) + n
        if not 1 <= year <= 9998:
            return None
        part = ref.value[5:]
        if grain == "S":
            return _season_of(part, year)
        if grain == "M":
            start, end = _month_range(year, int(part))
            return Normalised("date", f"{year:04d}-{part}", start, end)
        months = 3 if grain == "Q" else 6
        first = (int(part[1]) - 1) * months + 1
        end = _month_range(year, first + months - 1)[1]
        return Normalised("date", f"{year:04d}-{part}", _dt.date(year, first, 1), end)
    return _ago(sem, ref.start, UNKNOWN)


def unknown_day(unit: str) -> Normalised:
    """ "19 days later" with no date before it to tell it from: a date of the unit's
    grain, left unspecified ("XXXX-XX-XX"), as TIMEX3 writes it."""
    return Normalised("date", _UNKNOWN_OF_UNIT.get(unit, "XXXX"))


_UNKNOWN_OF_UNIT = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "FN": "XXXX-WXX", "M": "XXXX-XX"}


def span_after(sem: Sem, ref: Normalised | None) -> Normalised:
    """ "The months that followed", "the days after": a stretch after ``ref``, the date
    the story named last, as a date of the next coarser unit holding its first day ("the
    days that followed" May 2: May; "the months that followed" March 2019: 2019), or
    ``ref`` itself when that is coarser ("the days after", after "in 2010": 2010). With
    no date before it, a date of that grain left unspecified ("XXXX-XX")."""
    unit = sem.unit or "D"
    grain = _SPAN_GRAIN.get(unit, "Y")
    if ref is None or ref.start is None or _grain(ref.value) is None:
        return Normalised("date", _UNKNOWN_OF_UNIT.get(grain, "XXXX"))
    ref_grain = _grain(ref.value)
    assert ref_grain is not None
    if _RANK[ref_grain] >= _RANK[grain]:
        return ref
    first = ref.start + _dt.timedelta(days=1)
    if grain == "M":
        start, end = _month_range(first.year, first.month)
        return Normalised("date", f"{first.year:04d}-{first.month:02d}", start, end)
    year_start, year_end = _year_range(first.year)
    return Normalised("date", f"{first.year:04d}", year_start, year_end)


# The grain of the date a stretch after another is given ("the days that followed": a
# month; "the months that followed": a year; "the hours that followed": the day itself).
_SPAN_GRAIN = {"H": "D", "D": "M", "W": "M", "M": "Y"}


def year_back_part(ref: Normalised) -> Normalised | None:
    """ "Up from $3 million a year ago" after "the third quarter": that quarter (or month,
    season, half) of the year before; None when ``ref`` is a day, a week or a year."""
    if _grain(ref.value) not in _PERIOD_GRAINS:
        return None
    return told_from(Sem(kind="ago", amount=1, unit="Y", offset=-1), ref)


# The grains of the period "the same period" may repeat: a month, season, quarter or half.
_PERIOD_GRAINS = frozenset({"M", "S", "Q", "H"})


def same_part(
    sem: Sem, ref: Normalised | None, anchor: _dt.date | None, direction: int
) -> Normalised | None:
    """ "The same month last year", "the same quarter of 2023": the part of the calendar
    the story reported (``ref``, the date named last, when it has the part's grain; else
    the anchor's month, or its quarter, the last one in a past clause) in the other year.
    With neither, only the year named (if any) is known."""
    grain = _grain(ref.value) if ref is not None else None
    wanted = {"M": {"M"}, "Q": {"Q"}, "P": _PERIOD_GRAINS, "W": {"W"}, "D": {"D"}}[sem.unit or "P"]
    if sem.unit in {"M", "W", "D"}:
        wanted = wanted | {"D"}  # "on Oct. 3 ... the same month last year": that October
    base: Normalised | None = ref if grain in wanted else None
    if base is None and sem.unit == "P" and sem.year is not None and 1 <= sem.year <= 9999:
        first, last = _year_range(sem.year)  # "the 1988 period", no period named: the year
        return Normalised("date", f"{sem.year:04d}", first, last)
    if base is None and anchor is not None:
        if sem.unit == "Q":
            off = -1 if direction == PAST else 0
            base = _runit(Sem(kind="runit", unit="Q", offset=off), anchor, direction)
        elif sem.unit == "W":
            base = _week(anchor)
        elif sem.unit == "D":
            base = _day(anchor)
        else:
            base = _runit(Sem(kind="runit", unit="M", offset=0), anchor, direction)
    if base is None or base.start is None:
        return Normalised("date", f"{sem.year:04d}" if sem.year else "PAST_REF")
    year = sem.year if sem.year is not None else base.start.year + sem.offset
    if not 1 <= year <= 9998:
        return None
    day = base.start
    if sem.unit == "D":
        return _day(
            _dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))
        )
    if sem.unit == "W":
        return Normalised("date", f"{year:04d}-W{min(day.isocalendar()[1], 52):02d}")
    if _grain(base.value) == "D":  # "on Oct. 3 ... the same month last year": October
        start, end = _month_range(year, day.month)
        return Normalised("date", f"{year:04d}-{day.month:02d}", start, end)
    shift = year - int(base.value[:4])
    return told_from(
        Sem(kind="ago", unit="Y", amount=abs(shift), offset=-1 if shift < 0 else 1), base
    )


def _dur(sem: Sem, _anchor: _dt.date | None, _direction: int) -> Normalised | None:
    assert sem.unit is not None
    return Normalised("duration", duration_value(sem.amount, sem.unit, sem.fraction))


def _season(sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    code = sem.code
    assert code is not None
    if sem.year is not None:
        return _season_of(code, sem.year)
    if anchor is None:
        return Normalised("date", f"XXXX-{code}")
    # Seasons counted on one line: season-year * 4 + index (WI SP SU FA); December
    # opens the next season-year's winter.
    cur_idx = (anchor.month % 12) // 3
    cur = (anchor.year + (anchor.month == 12)) * 4 + cur_idx
    this = cur - cur_idx + _SEASON_ORDER.index(code)
    mod = sem.mod
    if mod in {"last", "previous"}:
        ordinal = this if this < cur else this - 4
        ordinal -= 4 * max(0, (sem.amount or 1) - 1)  # "two summers ago"
    elif mod in {"next", "coming"}:
        ordinal = this if this > cur else this + 4
    elif direction == PAST and mod != "this":
        ordinal = this if this <= cur else this - 4
    elif direction == FUTURE and mod != "this":
        ordinal = this if this >= cur else this + 4
    else:
        # The nearest; of two as near, the tense decides ("sales rose this spring", told
        # in November, is the spring before), else the one to come.
        later = -1 if direction == PAST else 1
        ordinal = min((this - 4, this, this + 4), key=lambda o: (abs(o - cur), -later * o))
    year, idx = divmod(ordinal, 4)
    # TIMEX3 names a winter by the year it starts in (December).
    return _season_of(_SEASON_ORDER[idx], year - 1 if idx == 0 else year)


def _season_of(code: str, year: int) -> Normalised:
    month = _SEASON_MONTH[code]
    if not 1 <= year <= 9998:
        return Normalised("date", f"{year:04d}-{code}")
    start = _dt.date(year, month, 1)
    end_y, end_m = _add_months(year, month, 2)
    return Normalised("date", f"{year:04d}-{code}", start, _month_range(end_y, end_m)[1])


def _decade(sem: Sem, _anchor: _dt.date | None, _direction: int) -> Normalised | None:
    assert sem.year is not None
    return Normalised(
        "date",
        f"{sem.year // 10:03d}X",
        _dt.date(sem.year, 1, 1),
        _dt.date(sem.year + 9, 12, 31),
    )


def _century(sem: Sem, _anchor: _dt.date | None, _direction: int) -> Normalised | None:
    assert sem.year is not None
    start = _dt.date(sem.year, 1, 1) if sem.year >= 1 else None
    return Normalised("date", f"{sem.year // 100:02d}", start, _dt.date(sem.year + 99, 12, 31))


def _rel_year(sem: Sem, anchor: _dt.date | None) -> int | None:
    if sem.year is None:
        return anchor.year if anchor is not None else None
    if sem.year < 0:  # a year relative to the anchor: RELATIVE_YEAR + offset
        return anchor.year + sem.year - RELATIVE_YEAR if anchor is not None else None
    return sem.year


def _quarter(sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    """A quarter or half: of the year named, else of the anchor's year, or of the year
    before when a past clause names one not yet begun, or after when a future clause names
    one already over after "in" ("will pick up in the first quarter"). (Otherwise a future
    clause may well name a finished quarter: "expects to report third-quarter results".)"""
    assert sem.amount is not None
    if sem.code == "YEAR_AGO":  # "the year-ago third quarter": the last one, a year back
        last = _quarter(attrs.evolve(sem, code=None), anchor, PAST)
        back = told_from(Sem(kind="ago", amount=1, unit="Y", offset=-1), last) if last else None
        return back or last
    year = _rel_year(sem, anchor)
    letter = "Q" if sem.kind == "quarter" else "H"
    if year is None:
        return Normalised("date", f"XXXX-{letter}{sem.amount}")
    months = 3 if letter == "Q" else 6
    if sem.year is None and anchor is not None:
        current = (anchor.month - 1) // months + 1
        if direction == PAST:
            if sem.amount > current and sem.code != "INTO":
                year -= 1  # "profit fell in the fourth quarter", said in March
        elif direction == FUTURE and sem.code in {"IN", "INTO"}:
            if sem.amount < current:
                year += 1  # "sales will pick up in the first quarter", said in May
        else:
            # "will report fourth-quarter results", "fourth-quarter profit beat forecasts":
            # the quarter nearest the anchor, one to come counted further off unless the
            # clause looks ahead.
            year = _nearest_part(anchor, sem.amount, months, 1 if direction == FUTURE else 2)
    first = (sem.amount - 1) * months + 1
    start = _dt.date(year, first, 1)
    end = _month_range(year, first + months - 1)[1]
    return Normalised("date", f"{year:04d}-{letter}{sem.amount}", start, end)


def _nearest_part(anchor: _dt.date, n: int, months: int, ahead_weight: int) -> int:
    """The year whose ``n``-th quarter (or half) lies nearest ``anchor``: days since it
    ended, or days until it starts times ``ahead_weight``; the earlier year on a tie."""
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        first = (n - 1) * months + 1
        start = _dt.date(year, first, 1)
        end = _month_range(year, first + months - 1)[1]
        if end < anchor:
            distance = (anchor - end).days
        elif start > anchor:
            distance = (start - anchor).days * ahead_weight
        else:
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, year)
    assert best is not None
    return best[1]


def _weekend(sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    if anchor is None:
        return Normalised("date", "XXXX-WXX-WE")
    wd = anchor.isoweekday()
    if sem.mod in {"last", "previous"}:
        return _weekend_of(anchor - _dt.timedelta(days=wd))
    if sem.mod in {"next", "coming"}:
        return _weekend_of(anchor + _dt.timedelta(days=7))  # the weekend of next week
    if sem.mod == "this" or wd >= 6:
        return _weekend_of(anchor)
    if direction == FUTURE:
        return _weekend_of(anchor)
    return _weekend_of(anchor - _dt.timedelta(days=wd))


def _set(sem: Sem, _anchor: _dt.date | None, _direction: int) -> Normalised | None:
    assert sem.code is not None
    return Normalised("set", sem.code)


def _ref(sem: Sem, _anchor: _dt.date | None, _direction: int) -> Normalised | None:
    assert sem.code is not None
    return Normalised("date", sem.code)


def _clock(sem: Sem, anchor: _dt.date | None, _direction: int) -> Normalised | None:
    # A bare clock time is on the anchor's day (news reports the day's events).
    if anchor is None:
        return Normalised("time", "XXXX-XX-XX")
    return _day(anchor)


def _night(_sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    """ "Overnight": the night before the anchor, or the anchor's own night ahead."""
    if anchor is None:
        return Normalised("time", "XXXX-XX-XXTNI")
    day = anchor if direction == FUTURE else anchor - _dt.timedelta(days=1)
    return Normalised("time", f"{day.isoformat()}TNI", day, day)


def _with_time(result: Normalised, sem: Sem) -> Normalised:
    """The day's value with its time of day: "2024-03-05T15:00", "2024-03-01TNI"."""
    day = "XXXX-XX-XX" if result.value.endswith("_REF") else result.value
    if sem.clock is not None:
        hour, minute = sem.clock
        return Normalised("time", f"{day}T{hour:02d}:{minute:02d}", result.start, result.end)
    return Normalised("time", f"{day}T{sem.part}", result.start, result.end)


def _anaph(sem: Sem, anchor: _dt.date | None, direction: int) -> Normalised | None:
    """ "The next day", "that year": ``anchor`` is the date the story named last."""
    if anchor is None:
        return None
    if sem.weekday is not None:  # "the following Tuesday", "the previous Friday"
        mod = "next" if sem.offset > 0 else "last"
        return _wday(attrs.evolve(sem, kind="wday", mod=mod), anchor, direction)
    if sem.unit == "S" and sem.code is not None:  # "that summer": of the year named
        return _season_of(sem.code, anchor.year)
    return _runit(sem, anchor, direction)


_HANDLERS = {
    "anaph": _anaph,
    "cal": _cal,
    "month": _month,
    "wday": _wday,
    "rday": _rday,
    "runit": _runit,
    "ago": _ago,
    "dur": _dur,
    "season": _season,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter,
    "half": _quarter,
    "weekend": _weekend,
    "set": _set,
    "ref": _ref,
    "clock": _clock,
    "part": _clock,  # "in the afternoon": on the day the times stage gives, if any
    "night": _night,
}
