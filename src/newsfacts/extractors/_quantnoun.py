"""The counted noun of a quantity: "2,000 soldiers", "300 of its aircraft".

Reads at most a few words after the number: an optional "of" with a determiner or
possessive, then a short noun phrase that ends at a function word, punctuation or its
first plural; its last word is the counted noun.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.document import Token
from newsfacts.lexicons import lexicon

__all__ = ["counted_noun", "is_plural_noun"]

_MAX_WORDS = 4
_DETERMINERS = frozenset(
    "the its his her their our your my these those this that a an all".split()
)
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")


def is_plural_noun(word: str) -> bool:
    """Whether ``word`` reads as a plural noun ("soldiers", "Americans", "people")."""
    low = word.lower()
    if low in lexicon("quantity_irregular_plurals"):
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS)


def _wordlike(word: str) -> bool:
    return word.replace("-", "").replace("'", "").isalpha()


def counted_noun(tokens: Sequence[Token], i: int, text: str, *, allow_of: bool) -> str | None:
    """The noun counted by the number that ends just before token ``i``, or None."""
    stop = lexicon("quantity_stopwords")
    n = len(tokens)
    if i >= n:
        return None
    if tokens[i].text.lower() == "of" and allow_of:
        i += 1
        if i < n and tokens[i].text.lower() in _DETERMINERS:
            i += 1
    words: list[str] = []
    prev_end = tokens[i - 1].end if i > 0 else 0
    for k in range(i, min(n, i + _MAX_WORDS)):
        token = tokens[k]
        gap = text[prev_end : token.start]
        if gap.strip() or "\n" in gap:
            break
        word = token.text
        if not _wordlike(word) or word.lower() in stop:
            break
        if word[:1].isupper() and not is_plural_noun(word):
            # "seven European countries": a capitalised modifier before a plural noun
            after = tokens[k + 1].text if k + 1 < n else ""
            if not (after.islower() and is_plural_noun(after) and after not in stop):
                break
        words.append(word)
        prev_end = token.end
        if is_plural_noun(word):
            break
    while words and words[-1].lower().endswith(("ly", "ing")) and not is_plural_noun(words[-1]):
        words.pop()
    if not words:
        return None
    head = words[-1]
    if len(words) == 1 and head.lower().endswith("ed"):
        return None  # "20 injured", "300 killed": a participle, not a noun
    return head
