"""Units and currencies next to a number: our lexicon first, quantulum3 for the rest.

The frequent units of news (percent, money, distances, speeds, power...) come from the
``quantity_units`` and ``quantity_currencies`` lexicons, which also say how to restate
each one in a base unit. quantulum3 is asked only about a short window ("113 GPa") whose
next word looks like a unit symbol we do not know; it is imported on first use, with its
classifier warning silenced (we use its deterministic non-classifier path), and its
answers are cached.
"""

from __future__ import annotations

import re
import warnings
from functools import cache, lru_cache
from typing import NamedTuple

from newsfacts.lexicons import lexicon, lexicon_lines

__all__ = [
    "Currency",
    "Unit",
    "currency_prefix",
    "currency_suffix",
    "looks_like_unit_symbol",
    "quantulum_unit",
    "unit_named",
]

#: How many tokens a unit or currency name may span ("miles per hour").
MAX_UNIT_TOKENS = 3


class Unit(NamedTuple):
    """A unit as read: its name, the base unit it restates into and the factor."""

    name: str
    base: str | None
    factor: float


class Currency(NamedTuple):
    """A currency as read: its name and ISO 4217 code."""

    name: str
    code: str


def _fold(surface: str) -> str:
    """Lookup key: short symbols keep their case ("m" vs "M"), longer names do not."""
    return surface if len(surface) < 3 else surface.lower()


@cache
def _units() -> dict[str, Unit]:
    out: dict[str, Unit] = {}
    for line in lexicon_lines("quantity_units"):
        surface, name, base, factor = line.split("\t")
        out.setdefault(_fold(surface), Unit(name, base or None, float(factor)))
    return out


@cache
def _currencies() -> tuple[dict[str, Currency], dict[str, Currency]]:
    prefix: dict[str, Currency] = {}
    suffix: dict[str, Currency] = {}
    for line in lexicon_lines("quantity_currencies"):
        surface, position, name, code = line.split("\t")
        if position == "prefix":
            prefix[surface] = Currency(name, code)
        else:
            suffix[_fold(surface)] = Currency(name, code)
    return prefix, suffix


def unit_named(surface: str) -> Unit | None:
    """The unit written ``surface`` ("km", "miles per hour", "%"), if we know it."""
    return _units().get(_fold(surface))


def currency_prefix(surface: str) -> Currency | None:
    """The currency a sign or code written before a number stands for ("$", "US$")."""
    return _currencies()[0].get(surface)


def currency_suffix(surface: str) -> Currency | None:
    """The currency named after a number ("euros", "Australian dollars")."""
    return _currencies()[1].get(_fold(surface))


# Metric prefixes on a unit name ("gigapascals", "nanometer"): worth asking quantulum3.
_SI_WORD = re.compile(r"(?:kilo|mega|giga|tera|milli|micro|nano|centi|deci)[a-z]{2,12}")
_SYMBOL = re.compile(r"[A-Za-zμΩ°″′]{1,5}(?:/[A-Za-z0-9]{1,4})?[23]?")


def looks_like_unit_symbol(word: str) -> bool:
    """Whether ``word`` might be a unit symbol or a prefixed unit name we do not list.

    Short symbols with a capital inside ("mAh", "GPa"), or of up to three lower-case
    letters that are not ordinary words ("ksi", "ppb"), and metric-prefixed names.
    """
    if _SI_WORD.fullmatch(word):
        return True
    if not _SYMBOL.fullmatch(word):
        return False
    if word.lower() in lexicon("quantity_stopwords") or word.lower() in _common_short_words():
        return False
    if word.islower():
        return len(word) <= 3
    if word.isupper() and len(word) >= 3:
        return False  # "MAX", "USB", "NFL": acronyms, not symbols
    inner_upper = any(c.isupper() for c in word[1:])
    return inner_upper or len(word) <= 2 or not word.isalpha()


@cache
def _common_short_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("quantity_common_short_words"))


@lru_cache(maxsize=4096)
def quantulum_unit(window: str) -> tuple[str, str, int] | None:
    """Ask quantulum3 for the unit of the number that starts ``window``.

    Returns the unit name, its entity ("length", "currency"...) and where in the window
    the unit's surface ends, or None when quantulum3 sees no unit there.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        try:
            found = parser.parse(window)
        except Exception:  # quantulum3 raises on odd input; it is only a helper here
            return None
    for quantity in found:
        start, end = quantity.span
        if start > 1:
            continue
        unit = quantity.unit
        if unit is None or unit.name in ("dimensionless", "unk"):
            return None
        return str(unit.name), str(unit.entity.name), int(end)
    return None
