"""Numbers that name a model or a product, not a quantity: "the 486 chip", "486-based".

Real wire copy names chips, aircraft and products by a bare number: "Intel's 80486
chip", "a 747 jet", "486-based machines", "the 386". Three signals tell such a number
from a count. A count before its noun takes the plural ("747 jets"), so a bare integer of
three or more digits after a determiner or a possessive, before a product's noun
(``quantity_model_nouns``) that closes its phrase, names the thing ("the 486 chip", "an
80486 machine"); an adjective or another noun there leaves a count ("the 400 richest",
"the 290 aboard", "the 100 member Senate"). A number "-based" is what a thing is built
on ("486-based machines"). And once an article has named a thing by its digits, the same
digits after a determiner or an adjective name it too ("the 486 is Intel's flagship",
"new 486 products"), as does the short form of a name of five digits or more ("the 386"
after "80386"); after a verb or a qualifier they count ("built 500", "nearly 239
passengers"). All three look at a token or two around each number, in one pass.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from newsfacts.extractors._numbers import grammar, possessive
from newsfacts.extractors._quantnoun import stop_or_verb
from newsfacts.lexicons import lexicon

if TYPE_CHECKING:
    from newsfacts.extractors._quantread import NumberReader

__all__ = ["may_name_model", "model_digits", "names_model", "opens_noun_phrase"]

_BASED = "-based"
_MIN_DIGITS = 3  # "the 12 men": two digits before a noun are too often a count
_MIN_PREFIXED = 5  # "80486" has a short form "486"; "2500" has none ("built 500")
_MAX_DIGITS = 8  # longer runs of digits are codes, not model names with short forms


def opens_noun_phrase(word: str) -> bool:
    """Whether ``word`` opens a noun phrase as a determiner or a possessive ("the",
    "its", "Intel's"): a count after it would still need a plural noun."""
    low = word.lower()
    return low in grammar("model_determiner") or possessive(low)


def _product_head(reader: NumberReader, k: int) -> bool:
    """Whether token ``k`` is a product's noun (``quantity_model_nouns``: "chip", "jet")
    that closes its phrase: punctuation, a stop word, a verb, an adverb or a capitalised
    word follows ("chip early next year", "machine to", "jet was"). A noun after it
    would make the pair a compound whose first word the number may count ("a 1000 page
    report"); "of" after it makes a head ("200 head of")."""
    if reader.word(k) not in lexicon("quantity_model_nouns"):
        return False
    nxt = reader.word(k + 1)
    if nxt.lower() == "of":
        return False
    return not (nxt.isalpha() and nxt.islower()) or stop_or_verb(nxt) or nxt.endswith("ly")


def _named_by_noun(reader: NumberReader, k: int) -> bool:
    """Whether the digits at ``k`` stand between a determiner and a product's noun."""
    word = reader.word(k)
    if not (word.isdigit() and len(word) >= _MIN_DIGITS and word[0] != "0"):
        return False
    if not opens_noun_phrase(reader.word(k - 1)) or reader.joined(k):
        return False
    return not reader.joined(k + 1) and _product_head(reader, k + 1)


def model_digits(reader: NumberReader) -> frozenset[str]:
    """The digit strings the article uses as names of models or products, with the short
    forms of those of five digits or more, which drop a prefix ("80486" is also "486").

    The tokens of digits only, and those in "-based" when the text has one, are found at
    C speed, as the pass runs on most texts.
    """
    lows = reader.lows
    found: set[str] = set()
    candidates = {low for low in filter(str.isdigit, lows) if len(low) >= _MIN_DIGITS}
    if _BASED in reader.text:
        candidates.update(low for low in lows if low.endswith(_BASED))
    if not candidates:
        return frozenset()
    for k in compress(range(len(lows)), map(candidates.__contains__, lows)):
        word = reader.word(k)
        if word.endswith(_BASED) and word[: -len(_BASED)].isdigit():
            word = word[: -len(_BASED)]
        elif not _named_by_noun(reader, k):
            continue
        found.add(word)
        if _MIN_PREFIXED <= len(word) <= _MAX_DIGITS:
            found.update(word[s:] for s in range(len(word) - _MIN_DIGITS + 1) if word[s] != "0")
    return frozenset(found)


def may_name_model(reader: NumberReader, k: int) -> bool:
    """Whether the integer at token ``k`` may name a model, from the tokens around it
    alone: "-based", or three digits or more after a determiner ("the 486 is"), a plain
    adjective ("new 486 products") or a product's noun and a comma ("model, 80386").
    After a verb ("ordered 747 jets", "built 500"), a qualifier or an adverb ("nearly 239
    passengers", "about 100 attended") the digits count. Only when they may is the
    article read for its model names."""
    word = reader.word(k)
    if word.endswith(_BASED):
        return True
    if not (word.isdigit() and len(word) >= _MIN_DIGITS):
        return False
    before = reader.word(k - 1)
    if opens_noun_phrase(before):
        return True
    if before == "," and reader.low(k - 2) in lexicon("quantity_model_nouns"):
        return True  # "Intel's earlier model, 80386": the product's name in apposition
    low = before.lower()
    plain = before.isalpha() and before.islower() and not stop_or_verb(before)
    if not plain or low in grammar("approximator"):
        return False
    return not low.endswith(("ed", "ing", "ly"))


def names_model(reader: NumberReader, k: int, models: frozenset[str]) -> bool:
    """Whether the integer at token ``k``, which :func:`may_name_model`, names a model: it
    is "-based", or its digits name a model elsewhere in the article (``models``, see
    :func:`model_digits`), in full or as the short form that drops a prefix ("the 386"
    after "80386")."""
    word = reader.word(k)
    if word.endswith(_BASED):
        return word[: -len(_BASED)].isdigit()
    return word in models
