"""Units and currencies next to a number: our lexicon first, quantulum3 for the rest.

The frequent units of news (percent, money, distances, speeds, power...) come from the
``quantity_units`` and ``quantity_currencies`` lexicons, which also say how to restate
each one in a base unit. From them and from ``quantity_si_units`` the tables are grown
by rule rather than by listing: metric prefixes ("kPa", "millisieverts"), names and
plurals ("kilowatt hours"), US spellings, square and cubic lengths ("sq km", "m³"),
slash compounds ("mg/kg", "A/cm2"), plurals of currency names and ISO 4217 codes
(``quantity_currency_codes``). quantulum3 is asked only about a short window whose next
word looks like a unit symbol we still do not know; it is imported on first use, with its
classifier warning silenced (we use its deterministic non-classifier path), and its
answers are cached.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import NamedTuple

from newsfacts.extractors._numbers import grammar
from newsfacts.lexicons import lexicon, lexicon_keys, lexicon_lines

__all__ = [
    "Currency",
    "Unit",
    "code_only",
    "currency_prefix",
    "currency_suffix",
    "glued_scaled_prefix",
    "has_senses",
    "looks_like_unit_symbol",
    "may_name_unit",
    "period_word",
    "quantulum_unit",
    "retired_currencies",
    "scaled_currency",
    "sole_sense",
    "unit_named",
    "unit_sense",
]

#: How many tokens a unit or currency name may span ("pounds per square inch", "m/s2").
MAX_UNIT_TOKENS = 4


class Unit(NamedTuple):
    """A unit as read: its name, the base unit it restates into and the factor."""

    name: str
    base: str | None
    factor: float


class Currency(NamedTuple):
    """A currency as read: its name and ISO 4217 code ("" when the name is shared)."""

    name: str
    code: str


def _fold(surface: str) -> str:
    """Lookup key: short symbols keep their case ("m" vs "M"), longer names do not."""
    return surface if len(surface) < 3 else surface.lower()


@cache
def _units() -> dict[str, Unit]:
    """Surface -> unit for every unit read alone: explicit entries, then generated forms.

    Explicit ``quantity_units`` entries come first and win. Generated: the metric units of
    ``quantity_si_units`` with their prefixes ("kilopascal"), the canonical name and plural
    of every unit ("kilowatt hour", "kilowatt hours", "kilowatt-hours"), US and British
    spellings ("meter") and square and cubic forms of lengths ("square miles", "cu m").
    Prefixed and exponent symbols ("kPa", "km2") are kept case-sensitive in
    :func:`_symbols` instead, so that "GPa" is never "GPA".
    """
    out: dict[str, Unit] = {}
    for line in lexicon_lines("quantity_units"):
        surface, name, base, factor = line.split("\t")
        out.setdefault(_fold(surface), Unit(name, base or None, float(factor)))
    for surface, unit in _si_forms(names=True):
        out.setdefault(_fold(surface), unit)
    for unit in list(out.values()):
        for surface in _name_forms(unit.name):
            out.setdefault(_fold(surface), unit)
    for surface, unit in list(out.items()):
        for form, power in _powered(surface, unit, symbols=False):
            out.setdefault(_fold(form), power)
    return out


@cache
def _symbols() -> dict[str, Unit]:
    """Generated symbols, matched case-sensitively: "kPa", "mSv", "μF", "km²", "cm3"."""
    out: dict[str, Unit] = {}
    for surface, unit in _si_forms(names=False):
        out.setdefault(surface, unit)
    explicit = [(s, u) for s, u in _units().items() if len(s) <= 3 and " " not in s]
    for surface, unit in [*out.items(), *explicit]:
        for form, power in _powered(surface, unit, symbols=True):
            out.setdefault(form, power)
    return out


@cache
def _compound_only() -> dict[str, Unit]:
    """Bare symbols read only inside a compound ("A" in "A/cm2", "s" in "m/s", "h")."""
    out: dict[str, Unit] = {}
    for symbol, name, base, factor, _prefixes, flags in _si_rows():
        if "s" not in flags:
            out.setdefault(symbol, Unit(name, base or None, float(factor)))
    return out


def _si_rows() -> list[list[str]]:
    rows = []
    for line in lexicon_lines("quantity_si_units"):
        parts = line.split("\t")
        rows.append(parts + [""] * (6 - len(parts)))  # trailing empty fields are stripped
    return rows


def _si_forms(*, names: bool) -> list[tuple[str, Unit]]:
    """The metric units and their prefixed forms: names, or else symbols."""
    prefixes: dict[str, tuple[str, float]] = {}
    for line in lexicon_lines("quantity_si_prefixes"):
        symbol, long_name, scale = line.split("\t")
        prefixes[symbol] = (long_name, float(scale))
    out: list[tuple[str, Unit]] = []
    for symbol, name, base, factor, allowed, flags in _si_rows():
        unit = Unit(name, base or None, float(factor))
        if names and "n" in flags:
            out.append((name, unit))
        elif not names and "s" in flags:
            out.append((symbol, unit))
        for p in allowed:
            prefix_name, prefix_factor = prefixes[p]
            prefixed = Unit(prefix_name + name, base or None, float(factor) * prefix_factor)
            out.append((prefix_name + name, prefixed) if names else (p + symbol, prefixed))
    return out


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"  # "century"
    if word.endswith(("ch", "sh", "x")):
        return word + "es"  # "inch"
    if word.endswith(("s", "z")) or word in ("horsepower", "celsius", "fahrenheit"):
        return word
    return word + "s"


def _name_forms(name: str) -> list[str]:
    """The canonical name of a unit, its plural, spellings and hyphenation."""
    if not name.replace(" ", "").replace("-", "").isalpha():
        return []
    words = name.split()
    head_first = " per " in f" {name} " or " of " in f" {name} " or words[0] == "degree"
    plural = list(words)
    plural[0 if head_first else -1] = _plural(plural[0 if head_first else -1])
    forms = [name, " ".join(plural)]
    if len(words) == 2 and words[0] not in ("degree", "square", "cubic"):
        forms += ["-".join(words), "-".join(plural)]  # "kilowatt-hours"
    out = []
    for form in forms:
        out.append(form)
        for uk, us in (("metre", "meter"), ("litre", "liter")):
            if uk in form:
                out.append(form.replace(uk, us))
    return out


def _powered(surface: str, unit: Unit, *, symbols: bool) -> list[tuple[str, Unit]]:
    """Square and cubic forms of a length: "km2", "km²", "sq km", "square miles"."""
    if unit.base != "km" or unit.name.startswith(("square", "cubic")) or "/" in surface:
        return []
    square = Unit(f"square {unit.name}", "km2", unit.factor**2)
    cubic = Unit(f"cubic {unit.name}", "m3", (unit.factor * 1000) ** 3)
    if symbols:
        if len(surface) > 3 or not surface.isalpha():
            return []
        return [
            (surface + "2", square),
            (surface + "²", square),
            (surface + "3", cubic),
            (surface + "³", cubic),
        ]
    if not surface.replace(" ", "").isalpha():
        return []
    return [
        (f"square {surface}", square),
        (f"sq {surface}", square),
        (f"sq. {surface}", square),
        (f"cubic {surface}", cubic),
        (f"cu {surface}", cubic),
    ]


@cache
def _currencies() -> tuple[dict[str, Currency], dict[str, Currency]]:
    """Prefix and suffix currency surfaces: signs, names and their plurals, ISO codes."""
    prefix: dict[str, Currency] = {}
    suffix: dict[str, Currency] = {}
    for line in lexicon_lines("quantity_currencies"):
        surface, position, name, code = line.split("\t")
        currency = Currency(name, "" if code == "-" else code)
        if position in ("scaled", "glued_scaled"):
            continue  # see _currencies_at
        if position in ("prefix", "both"):
            prefix.setdefault(surface, currency)
            if "$" in surface and len(surface) > 1:
                prefix.setdefault(surface.lower(), currency)  # "hk$5" in lower-case copy
        if position in ("suffix", "both"):
            suffix.setdefault(_fold(surface), currency)
    for currency in list(suffix.values()):
        # the canonical name and its plural ("Hungarian forint", "Hungarian forints")
        words = currency.name.split()
        if currency.name.replace(" ", "").isalpha():
            suffix.setdefault(_fold(currency.name), currency)
            plural = " ".join([*words[:-1], _plural(words[-1])])
            suffix.setdefault(_fold(plural), currency)
    for surface, currency in list(suffix.items()):
        words = surface.split()
        if words and words[-1].isalpha() and words[-1].islower() and len(words[-1]) > 3:
            suffix.setdefault(" ".join([*words[:-1], _plural(words[-1])]), currency)
    return prefix, suffix


@cache
def _currency_codes() -> dict[str, Currency]:
    out: dict[str, Currency] = {}
    for line in lexicon_lines("quantity_currency_codes"):
        code, name = line.split("\t")
        out[code] = Currency(name, code)
    return out


# How many times as often an article must name one reading's country as another's.
_DOMINANT = 2


@cache
def _unit_senses() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for line in lexicon_lines("quantity_unit_senses"):
        symbol, name, words = line.split("\t")
        out.setdefault(symbol, []).append((name, frozenset(words.split())))
    return {symbol: tuple(senses) for symbol, senses in out.items()}


def unit_sense(
    symbol: str, words: frozenset[str], retired: frozenset[str] = frozenset()
) -> Unit | Currency | None:
    """The reading of an ambiguous unit ``symbol`` that the sentence's ``words`` choose.

    "2.5 F" beside "capacitor" is a farad, "150 kn" in a sentence about a price is
    Croatian kuna (``data/quantity_unit_senses.txt``); None keeps the usual reading. A
    currency whose code is ``retired`` (see :func:`retired_currencies`) is no reading.
    """
    for name, context in _unit_senses().get(symbol, ()):
        if not context.isdisjoint(words):
            found = currency_suffix(name) or unit_named(name)
            if not (isinstance(found, Currency) and found.code in retired):
                return found
    return None


@cache
def _retired_after() -> dict[str, int]:
    out: dict[str, int] = {}
    for line in lexicon_lines("quantity_retired_currencies"):
        code, year = line.split("\t")
        out[code] = int(year)
    return out


@lru_cache(maxsize=64)
def retired_currencies(year: int | None) -> frozenset[str]:
    """The codes of the currencies gone by ``year`` (the year a text was published,
    ``data/quantity_retired_currencies.txt``): a 2024 story's "francs" are not French.
    None (no date known) retires nothing: the copy may be old."""
    if year is None:
        return frozenset()
    return frozenset(code for code, last in _retired_after().items() if last < year)


def sole_sense(symbol: str, counts: Mapping[str, int]) -> Unit | Currency | None:
    """The reading of ``symbol`` that an article's word ``counts`` choose, or None.

    "rupees" in an article naming Nepal alone is the Nepalese rupee; one naming Nepal
    eight times and India three times is about Nepal too (its words name one reading at
    least twice as often as any other); one naming India and Pakistan as often keeps the
    usual reading.
    """
    scores = sorted(
        (
            (sum(counts.get(word, 0) for word in context), name)
            for name, context in _unit_senses().get(symbol, ())
        ),
        reverse=True,
    )
    named = [(score, name) for score, name in scores if score]
    if not named:
        return None
    best, name = named[0]
    if len(named) > 1 and best < _DOMINANT * named[1][0]:
        return None
    return currency_suffix(name) or unit_named(name)


def has_senses(symbol: str) -> bool:
    """Whether ``symbol`` has readings that the sentence may choose between."""
    return symbol in _unit_senses()


def unit_named(surface: str, *, compound: bool = False) -> Unit | None:
    """The unit written ``surface`` ("km", "miles per hour", "%", "kPa", "mg/kg").

    With ``compound`` the symbols read only inside a compound count too ("A", "s", "h").
    """
    unit = _units().get(_fold(surface)) or _symbols().get(surface)
    if unit is None and compound:
        unit = _compound_only().get(surface)
    if unit is None and "/" in surface:
        unit = _per_symbol(surface)
    if unit is None and "-" in surface:
        unit = _hyphen_rate(surface)
    return unit


_RATE_JOINS = ("-a-", "-an-", "-per-")


@lru_cache(maxsize=1024)
def _hyphen_rate(surface: str) -> Unit | None:
    """A rate written as one hyphenated word: "barrel-per-day", "tonnes-a-year"."""
    if len(surface) > 40:
        return None
    for join in _RATE_JOINS:
        top, found, bottom = surface.partition(join)
        if found:
            break
    else:
        return None
    if not top or not bottom or "-" in bottom or "-" in top:
        return None
    num = _units().get(_fold(top)) or _symbols().get(top)
    if num is None:
        return None
    low = bottom.lower()
    if low in lexicon("quantity_per_words"):
        den = low
    else:
        den_unit = unit_named(bottom, compound=True)
        if den_unit is None:
            return None
        den = den_unit.name
    base = f"{num.base}/{den}" if num.base else None
    return Unit(f"{num.name} per {den}", base, num.factor)


@lru_cache(maxsize=1024)
def _per_symbol(surface: str) -> Unit | None:
    """A unit written with a slash: "mg/kg", "A/cm2", "m/s2", "µg/m3"."""
    if len(surface) > 24:
        return None
    top, _, bottom = surface.partition("/")
    if not top or not bottom or "/" in bottom:
        return None
    num = unit_named(top, compound=True)
    den = unit_named(bottom, compound=True)
    if num is None or den is None:
        return None
    base = f"{num.base}/{den.base}" if num.base and den.base else None
    return Unit(f"{num.name} per {den.name}", base, num.factor / den.factor)


@cache
def _name_prefixes() -> frozenset[str]:
    """Every beginning of a unit or currency name read after a number, case-folded.

    The names are those :func:`unit_named` (with the symbols read only inside a
    compound) and :func:`currency_suffix` look up; case folding maps every spelling a
    look-up accepts for a name, and every beginning of one, to a beginning of the name.
    """
    names = [
        *_units(),
        *_symbols(),
        *_compound_only(),
        *_currency_codes(),
        *_currencies()[1],
        *_currencies_at("scaled"),
    ]
    return frozenset(
        name[:end] for name in map(str.casefold, names) for end in range(1, len(name) + 1)
    )


def may_name_unit(surface: str) -> bool:
    """False only when neither ``surface`` nor any longer text starting with it names a
    unit or currency (:func:`unit_named`, :func:`currency_suffix`, :func:`scaled_currency`).

    A surface with a slash may always lead to a compound ("mg/kg").
    """
    if "/" in surface or surface.casefold() in _name_prefixes():
        return True
    return "-" in surface and _hyphen_rate(surface) is not None  # "barrel-per-day"


def currency_prefix(surface: str) -> Currency | None:
    """The currency a sign or code written before a number stands for ("$", "US$", "SEK")."""
    return _currencies()[0].get(surface) or _currency_codes().get(surface)


def code_only(surface: str) -> bool:
    """Whether ``surface`` is an ISO code we read only with a sizeable amount ("SEK 12bn").

    Rarer codes look like names next to a small plain number ("COP28", "the COP 28 talks").
    """
    return surface not in _currencies()[0] and surface in _currency_codes()


@cache
def _sign_currencies() -> dict[str, Currency]:
    """The currency each ISO code's first prefix sign stands for ("USD": "$", a dollar)."""
    out: dict[str, Currency] = {}
    for currency in _currencies()[0].values():
        if currency.code:
            out.setdefault(currency.code, currency)
    return out


def currency_named_by_sign(code: str) -> Currency | None:
    """The currency of ``code`` under the name its plain sign gives, so that an amount
    read from "cents" and one written "$1.20" carry one name ("dollar", not "US dollar")."""
    return _sign_currencies().get(code) or currency_suffix(code)


def currency_suffix(surface: str, *, scaled: bool = False) -> Currency | None:
    """The currency named after a number ("euros", "Australian dollars", "SEK").

    With ``scaled`` (a scale word came before: "1.2 trillion won") the names that are
    also common words count too.
    """
    found = _currency_codes().get(surface) or _currencies()[1].get(_fold(surface))
    if found is None and scaled:
        found = scaled_currency(surface)
    return found


@cache
def _currencies_at(position: str) -> dict[str, Currency]:
    """The currencies of one ``position`` of the lexicon ("scaled", "glued_scaled"),
    keyed by their surface (lower-case for "scaled", which is read in any case)."""
    out: dict[str, Currency] = {}
    for line in lexicon_lines("quantity_currencies"):
        surface, at, name, code = line.split("\t")
        if at == position:
            key = surface.lower() if position == "scaled" else surface
            out[key] = Currency(name, "" if code == "-" else code)
    return out


def glued_scaled_prefix(surface: str) -> Currency | None:
    """A short currency sign read glued to a scaled amount only ("R5bn", "Sh10 billion")."""
    return _currencies_at("glued_scaled").get(surface)


def scaled_currency(surface: str) -> Currency | None:
    """The currency a name that is also a common word stands for ("won"), asked once."""
    return _currencies_at("scaled").get(surface.lower())


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


def period_word(word: str) -> bool:
    """Whether ``word`` names a period ("year", "months"): "a year on" is a time, not a rate."""
    return word.lower() in lexicon_keys("time_units") or word.lower() in grammar("period_extra")
