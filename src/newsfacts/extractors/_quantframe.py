"""What an amount with no counted noun measures, from the phrase that frames it.

Wire copy names the thing an amount measures around it rather than after it: "a
turnout of 81%", "a rise of just 3.2%", "a contract worth $500,000", "kept its dividend
at 2.50 kroner", "a majority of 125". Each reading looks at a few tokens before the
amount, so it costs nothing per document.
"""

from __future__ import annotations

from newsfacts.extractors._numbers import grammar
from newsfacts.extractors._quantnoun import is_plural_noun
from newsfacts.extractors._quantread import NumberReader
from newsfacts.lexicons import lexicon

__all__ = ["framed_noun"]

# How many modifiers may stand between the determiner and the noun ("a market value",
# "its quarterly dividend", "a one-off payment").
_MAX_MODIFIERS = 2


def framed_noun(reader: NumberReader, first: int, *, level: bool, bare: bool) -> str | None:
    """The noun the amount starting at token ``first`` measures, or None.

    ``level``: the amount is money or a percentage, which "at" sets ("kept its dividend
    at 2.50 kroner"; but "a stall at 17,000 feet" is a place); ``bare``: a count with no
    unit, which only "a NOUN of" frames ("a majority of 125").
    """
    before = first - 1
    while reader.low(before) in grammar("adverb_before_amount"):
        before -= 1  # "a rise of just 3.2%"
    word = reader.low(before)
    if word == "of":
        if bare and reader.low(before - 2) not in ("a", "an"):
            return None  # "a majority of 125" (but "the age of 21" is no count of ages)
        return _noun_of(reader, before - 1, singular=bare)
    if bare:
        return None
    if word == "worth":
        return _noun_worth(reader, before - 1)
    if word == "at" and level:
        return _noun_of(reader, before - 1, singular=False)
    return None


def _noun_word(reader: NumberReader, k: int) -> bool:
    """Whether token ``k`` is a plain lower-case word that may be a noun."""
    word = reader.word(k)
    low = word.lower()
    return (
        word.replace("-", "").isalpha()
        and word.islower()
        and len(word) > 2
        and low not in lexicon("quantity_stopwords")
        and low not in lexicon("quantity_verbs")
        and low not in grammar("not_measured")
        and not low.endswith(("ly", "ing"))
        and not (low.endswith("ed") and not low.endswith("eed") and len(low) > 4)
        and reader.spaced(k + 1)
    )


def _noun_of(reader: NumberReader, k: int, *, singular: bool) -> str | None:
    """ "a turnout of", "its quarterly dividend at": a determined noun ending at ``k``.

    The noun follows a determiner or a possessive within a few modifiers; with
    ``singular`` it is one thing ("a majority of 125", not "the hopes of 125").
    """
    if not _noun_word(reader, k) or (singular and is_plural_noun(reader.word(k))):
        return None
    for j in range(k - 1, max(k - 2 - _MAX_MODIFIERS, -1), -1):
        low = reader.low(j)
        if low in grammar("modifier_determiner") or (
            low.endswith(("'s", "\u2019s")) and len(low) > 2
        ):
            return reader.word(k)
        if not (reader.word(j).replace("-", "").isalpha() and reader.spaced(j + 1)):
            return None
        if low in lexicon("quantity_stopwords") or low in lexicon("quantity_verbs"):
            return None  # "the margin of error of": "of" is no modifier
    return None


def _noun_worth(reader: NumberReader, k: int) -> str | None:
    """ "a contract worth $500,000", "equipment worth 210 million euros"."""
    if not _noun_word(reader, k) or reader.low(k).endswith("ed"):
        return None  # "is worth", "estimated worth"
    return reader.word(k)
