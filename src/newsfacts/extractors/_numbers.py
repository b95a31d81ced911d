"""Reading the value of a number as written: digits, written words, scales and fractions.

Everything here works on one short piece of text (a token, a few words) and refuses
what is too long to be a number a reporter wrote, so that adversarial input (a thousand
digits, a megabyte of commas) costs nothing and never yields an infinite value.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import NamedTuple

from newsfacts.lexicons import lexicon, lexicon_lines

__all__ = [
    "MAX_NUMBER_CHARS",
    "NumberWord",
    "grammar",
    "is_change_word",
    "multiple_verb",
    "multiple_verb_forms",
    "multiple_word",
    "multiple_word_forms",
    "multiplier",
    "number_word",
    "number_word_forms",
    "parse_digits",
    "possessive",
]

#: Longer digit strings are identifiers or noise, not quantities.
MAX_NUMBER_CHARS = 24

# Digits with thousands separators and an optional decimal part ("1,307,000.5"), plain
# digits ("13000", "2.5") or a bare decimal (".001"). Each alternative is unambiguous.
DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+"
_DIGITS_RE = re.compile(DIGITS)


@cache
def _grammar_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for line in lexicon_lines("quantity_grammar"):
        cls, _, word = line.partition(" ")
        classes.setdefault(cls, set()).add(word.strip())
    return {cls: frozenset(words) for cls, words in classes.items()}


@cache
def grammar(cls: str) -> frozenset[str]:
    """One word class of ``data/quantity_grammar.txt`` ("<class> <word>" lines).

    Cached by class: the rules ask for a class tens of thousands of times a corpus.
    """
    return _grammar_classes().get(cls, frozenset())


class NumberWord(NamedTuple):
    """A written number: its value and how it combines ("unit", "ten", "scale", ...)."""

    value: float
    kind: str


def is_change_word(low: str) -> bool:
    """Whether the lower-case ``low`` tells a change before a figure: a word of
    ``quantity_change_words`` ("fell", "rose") or a market verb ("skidded", "rallied")."""
    return low in lexicon("quantity_change_words") or low in grammar("market_verb")


def possessive(word: str) -> bool:
    """Whether ``word`` ends in a possessive "'s" (straight or curly apostrophe)."""
    return word.endswith(("'s", "’s"))


def given_name(word: str) -> bool:
    """Whether ``word`` is a common given name ("John", "Maria"): a person's, not a
    people's or a unit's."""
    return word in lexicon("first_names_male") or word in lexicon("first_names_female")


def parse_digits(text: str) -> float | None:
    """The value of a digit string such as "2,000" or "2.5"; None if it is not one.

    Strings longer than :data:`MAX_NUMBER_CHARS` are refused rather than read.
    """
    if not text or len(text) > MAX_NUMBER_CHARS:
        return None
    return _short_digits_value(text)


@lru_cache(maxsize=4096)
def _short_digits_value(text: str) -> float | None:
    """:func:`parse_digits` of a short string, cached: the same figures recur through an
    article and from one article to the next ("10", "2,000", "1.5")."""
    if _DIGITS_RE.fullmatch(text) is None:
        return None
    value = float(text.replace(",", ""))
    return value if math.isfinite(value) else None


@cache
def _number_words() -> dict[str, NumberWord]:
    out: dict[str, NumberWord] = {}
    for line in lexicon_lines("quantity_numbers"):
        word, value, kind = line.split("\t")
        out[word] = NumberWord(float(value), kind)
    return out


@cache
def number_word_forms() -> frozenset[str]:
    """Every lower-case word :func:`number_word` knows, for quick membership tests."""
    return frozenset(_number_words())


def number_word(word: str) -> NumberWord | None:
    """The written number ``word`` stands for ("two", "dozen", "million", "thirds")."""
    return _number_words().get(word.lower())


@cache
def _multiple_words() -> dict[str, float]:
    out: dict[str, float] = {}
    for line in lexicon_lines("quantity_multiple_words"):
        word, value = line.split("\t")
        out[word] = float(value)
    return out


@cache
def multiple_word_forms() -> frozenset[str]:
    """The adverbs of a multiple ("twice", "thrice"), for quick membership tests."""
    return frozenset(_multiple_words())


def multiple_word(word: str) -> float | None:
    """The multiple an adverb states ("twice" -> 2); None for any other word."""
    return _multiple_words().get(word.lower())


@cache
def _multiple_verbs() -> dict[str, float]:
    out: dict[str, float] = {}
    for line in lexicon_lines("quantity_multiple_verbs"):
        word, value = line.split("\t")
        out[word] = float(value)
    return out


@cache
def multiple_verb_forms() -> frozenset[str]:
    """The words of a multiple that are verbs too ("double", "triple")."""
    return frozenset(_multiple_verbs())


def multiple_verb(word: str) -> float | None:
    """The multiple "double" or "triple" states when read as one (2, 3); None otherwise."""
    return _multiple_verbs().get(word.lower())


@cache
def _multipliers() -> dict[str, float]:
    out: dict[str, float] = {}
    for line in lexicon_lines("quantity_multipliers"):
        suffix, factor = line.split("\t")
        out[suffix] = float(factor)
    return out


def multiplier(suffix: str, *, money: bool) -> float | None:
    """The factor an abbreviated scale stands for ("bn" -> 1e9).

    The one-letter forms "m", "b", "k" and "T" (and "mil") are read as scales only in
    money ("$4m", "$2.3T"); elsewhere "37m" is metres, "3T" tesla and "16 b" no billion.
    """
    factor = _multipliers().get(suffix)
    if factor is None:
        return None
    if suffix in ("m", "b", "k", "K", "B", "T", "mil") and not money:
        return None
    return factor


def finite_or_none(value: float) -> float | None:
    """``value`` if it is finite, else None (the models refuse inf and nan)."""
    return value if math.isfinite(value) and abs(value) < 1e300 else None
