"""Calendar dates written out in full or in part, read token by token.

Shared by the candidate finder (``_timegrammar``) and the publication-date inference
(``_pubdate``). Every matcher looks at a bounded number of tokens from a position, so a
scan over a document is linear in its length.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

import attrs

from newsfacts.document import Token
from newsfacts.extractors._timelex import int_table

__all__ = ["DateMatch", "calendar_date", "gap_ok", "valid_day", "year_value"]

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY_SUFFIX = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
MIN_YEAR = 1000
MAX_YEAR = 2199


@attrs.frozen
class DateMatch:
    """A calendar date read from tokens ``[start, end)``; any of its parts may be missing."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None  # ISO weekday named beside the date (Monday = 1)
    valid: bool = True  # False for impossible dates such as February 30


def gap_ok(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens are neighbours on one line (only spaces or tabs between)."""
    gap = right.start - left.end
    if gap == 0:
        return True
    return gap <= 3 and text[left.end : right.start].strip(" \t\u00a0") == ""


def year_value(word: str) -> int | None:
    """The year a four-digit token names, within the range we trust, else None."""
    if len(word) == 4 and word.isdecimal():
        year = int(word)
        if MIN_YEAR <= year <= MAX_YEAR:
            return year
    return None


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether ``day`` exists in ``month`` (of ``year``, or of a leap year when unknown)."""
    try:
        _dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _month(tokens: Sequence[Token], i: int, text: str) -> tuple[int, int] | None:
    """A month name at ``i`` (an abbreviation may carry its dot): (month, next index)."""
    if i >= len(tokens):
        return None
    word = tokens[i].text
    month = int_table("months").get(word.lower())
    if month is None:
        return None
    if not word[0].isupper():
        return None  # "march" the verb, "may" the modal
    abbreviation = len(word) <= 4 and word.lower() not in {"may", "june", "july"}
    if abbreviation and i + 1 < len(tokens):
        dot = tokens[i + 1]
        if dot.text == "." and dot.start == tokens[i].end:
            return month, i + 2  # "Jan.", "Sept."
    return month, i + 1


def _day(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    if i >= len(tokens):
        return None
    m = _DAY_SUFFIX.fullmatch(tokens[i].text.lower())
    if m is None:
        return None
    day = int(m.group(1))
    return (day, i + 1) if 1 <= day <= 31 else None


def _next(tokens: Sequence[Token], i: int, text: str, comma: bool = True) -> int | None:
    """Index of the token after ``i`` on the same line, skipping one optional comma."""
    j = i + 1
    if j >= len(tokens) or not gap_ok(text, tokens[i], tokens[j]):
        return None
    if comma and tokens[j].text == ",":
        k = j + 1
        if k < len(tokens) and gap_ok(text, tokens[j], tokens[k]):
            return k
        return None
    return j


def _weekday(tokens: Sequence[Token], i: int) -> int | None:
    if i >= len(tokens):
        return None
    word = tokens[i].text
    if not word[:1].isupper():
        return None
    return int_table("weekdays").get(word.lower())


def calendar_date(tokens: Sequence[Token], i: int, text: str) -> DateMatch | None:
    """The longest calendar date starting at token ``i``, or None.

    Reads "Tuesday, March 5, 2024", "March 5", "5 March 2024", "March 2024", "Mar. 5th",
    "2024-03-05" and "03/05/2024" (month first, or day first when the first number is
    above 12). A date must hold a month; the weekday is optional and kept.
    """
    weekday = _weekday(tokens, i)
    if weekday is not None:
        j = _next(tokens, i, text)
        inner = _plain_date(tokens, j, text) if j is not None else None
        if inner is None:
            return None
        return attrs.evolve(inner, start=i, weekday=weekday)
    return _plain_date(tokens, i, text)


def _plain_date(tokens: Sequence[Token], i: int, text: str) -> DateMatch | None:
    if i >= len(tokens):
        return None
    word = tokens[i].text
    iso = _ISO.fullmatch(word) if "-" in word else None
    if iso is not None:
        y, mo, d = (int(g) for g in iso.groups())
        if year_value(iso.group(1)) is None or not 1 <= mo <= 12:
            return None
        return DateMatch(i, i + 1, y, mo, d, valid=valid_day(y, mo, d))
    iso_m = _ISO_MONTH.fullmatch(word) if "-" in word else None
    if iso_m is not None:
        y, mo = int(iso_m.group(1)), int(iso_m.group(2))
        if year_value(iso_m.group(1)) is not None and 1 <= mo <= 12:
            return DateMatch(i, i + 1, y, mo, None)
        return None
    numeric = _numeric_date(tokens, i, text)
    if numeric is not None:
        return numeric
    month = _month(tokens, i, text)
    if month is not None:
        return _month_first(tokens, i, month, text)
    day = _day(tokens, i)
    if day is not None:
        j = _next(tokens, day[1] - 1, text, comma=False)
        if j is not None and tokens[j].text.lower() == "of":
            j = _next(tokens, j, text, comma=False)
        month = _month(tokens, j, text) if j is not None else None
        if month is None or not tokens[j or 0].text[0].isupper():
            return None
        end = month[1]
        year: int | None = None
        k = _next(tokens, end - 1, text)
        if k is not None and (named := year_value(tokens[k].text)) is not None:
            year, end = named, k + 1
        return DateMatch(i, end, year, month[0], day[0], valid=valid_day(year, month[0], day[0]))
    return None


def _month_first(
    tokens: Sequence[Token], i: int, month: tuple[int, int], text: str
) -> DateMatch | None:
    mo, end = month
    j = _next(tokens, end - 1, text, comma=False)
    if j is not None:
        day = _day(tokens, j)
        if day is not None and not _glued_number(tokens, j):
            end = day[1]
            year: int | None = None
            k = _next(tokens, end - 1, text)
            if k is not None and (y := year_value(tokens[k].text)) is not None:
                year, end = y, k + 1
            return DateMatch(i, end, year, mo, day[0], valid=valid_day(year, mo, day[0]))
        k = _next(tokens, end - 1, text)
        if k is not None and (y := year_value(tokens[k].text)) is not None:
            return DateMatch(i, k + 1, y, mo, None)
    return DateMatch(i, end, None, mo, None)


def _glued_number(tokens: Sequence[Token], j: int) -> bool:
    """Whether the number at ``j`` is a percentage or a clock time ("5%", "5:30")."""
    if j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end:
        return False
    if tokens[j + 1].text == "%":
        return True
    return (
        tokens[j + 1].text == ":"
        and j + 2 < len(tokens)
        and tokens[j + 2].start == tokens[j + 1].end
        and tokens[j + 2].text[:1].isdecimal()
    )


def _numeric_date(tokens: Sequence[Token], i: int, text: str) -> DateMatch | None:
    """ "03/05/2024" or "3/5/24": month/day/year, or day/month/year when unambiguous;
    "2024/03/05": year/month/day, as Asian outlets write it."""
    if i + 4 >= len(tokens) or tokens[i + 1].text != "/":
        return None
    a, s1, b, s2, c = tokens[i : i + 5]
    if s1.text != "/" or s2.text != "/" or not (a.end == s1.start and s1.end == b.start):
        return None
    if not (b.end == s2.start and s2.end == c.start):
        return None
    if not (a.text.isdecimal() and b.text.isdecimal() and c.text.isdecimal()):
        return None
    if len(a.text) == 4 and len(b.text) <= 2 and len(c.text) <= 2:
        year, month, day = int(a.text), int(b.text), int(c.text)
        if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        return DateMatch(i, i + 5, year, month, day, valid=valid_day(year, month, day))
    if len(a.text) > 2 or len(b.text) > 2 or len(c.text) not in (2, 4):
        return None
    first, second = int(a.text), int(b.text)
    year = int(c.text) if len(c.text) == 4 else 1900 + int(c.text)
    if len(c.text) == 2 and year < 1950:
        year += 100
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    month, day = (first, second) if first <= 12 else (second, first)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return DateMatch(i, i + 5, year, month, day, valid=valid_day(year, month, day))
