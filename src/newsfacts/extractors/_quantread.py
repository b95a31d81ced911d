"""Reading numbers in the token stream: digits, written numbers, scales and signs.

:class:`NumberReader` holds a document's tokens and reads, at one token, the number that
starts there: "2,000", "2.5bn", "US$5", "minus-5", "10-12", ".001", "1/16", "twenty-five",
"a dozen", "two-thirds", "hundreds of", "tens of thousands", "1.5 million". It also
refuses digit strings that are plainly not quantities (ordinals, clock times, decades,
codes, phone numbers, names such as "G7"). What comes after the number (unit, range,
noun) and whether it is a quantity at all is decided in :mod:`._quantfind`. Every
method looks at a few tokens around one position, so a pass over a document is linear.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, filterfalse

from newsfacts.document import Document, Token
from newsfacts.extractors._numbers import (
    DIGITS,
    MAX_NUMBER_CHARS,
    grammar,
    is_change_word,
    multiple_verb,
    multiple_verb_forms,
    multiple_word,
    multiple_word_forms,
    multiplier,
    number_word,
    number_word_forms,
    parse_digits,
    possessive,
)
from newsfacts.extractors._quantnoun import is_plural_noun
from newsfacts.extractors._quantunits import (
    Currency,
    Unit,
    code_only,
    currency_prefix,
    currency_suffix,
    glued_scaled_prefix,
    period_word,
    unit_named,
)
from newsfacts.extractors._tokens import lower_tokens
from newsfacts.lexicons import lexicon, lexicon_lines

__all__ = ["MINUS", "NUM_TOKEN", "NumberReader", "Read"]

# A token holding digits: an optional letter prefix ("USD", "minus-", "G"), the number,
# an optional second number after a dash ("10-12") and an optional glued suffix ("bn",
# "km", "-year-old", "th"). Letters, digits and the dash are disjoint classes, so the
# match cannot backtrack beyond the (already length-capped) token.
NUM_TOKEN = re.compile(
    rf"(?P<prefix>[^\W\d_]+-?)?(?P<num>{DIGITS})"
    rf"(?:(?P<dash>[-–])(?P<num2>{DIGITS}))?(?P<suffix>-?[^\W\d_][\w\-/]*)?"
)
_ASCII_DIGIT = re.compile("[0-9]")
MINUS = frozenset({"-", "−", "–"})
#: Plain four-digit integers in this range, with no unit, are years.
YEARS = (1500, 2200)
_ARTICLES = frozenset({"a", "an"})
# Scales glued to digits that make a short glued sign a currency ("R5bn", "Sh2m").
# "#" before a decimal, thousands or a scale: the pound sign of Penn Treebank texts
_POUND_SIGN = re.compile(r"#\d+(?:[.,]\d|\s?(?:million|billion|bn|m)\b)")
_MILLION_SUFFIXES = frozenset({"m", "mn", "bn", "b", "tn", "trn", "million", "billion"})
_MAX_TOKEN = MAX_NUMBER_CHARS + 24
# "1st", "4th-quarter", and the wire's version slugs "2ndLd", "1stLd-Writethru".
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?:-.*|Ld.*)?", re.IGNORECASE)
_TIME_SUFFIX = re.compile(r"(?:am|pm|a\.m|p\.m|h|hrs|GMT|BST|ET)", re.IGNORECASE)
_DECADE_SUFFIX = re.compile(r"'?s")
# Words before "one" that make it a pronoun ("the one", "no one"), before "half" that
# make it a part of a match or a year ("the second half"), and after "half" that make it
# a quantity ("half of", "half the").
_NOT_BEFORE_ONE = frozenset(
    {
        "the",
        "this",
        "that",
        "no",
        "any",
        "every",
        "each",
        "which",
        "one",
        "someone",
        "anyone",
        "everyone",
        "such",
        "another",
        "no-one",
    }
)
# Words before "the only one", "his only one": with "only", "one" is a pronoun.
_BEFORE_ONLY_ONE = frozenset({"the", "his", "her", "its", "their", "my", "your", "our"})
# Words after "scores of" that make it a noun ("scores of the games"), not a count.
_DETERMINERS_AFTER_OF = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "these", "those"}
)
_NOT_BEFORE_HALF = frozenset(
    {"the", "first", "second", "last", "next", "this", "that", "latter", "former", "other", "final"}
)
_AFTER_HALF = frozenset({"of", "the", "a", "an", "its", "his", "her", "their", "our", "all"})
# Words glued before digits with a hyphen: "minus-5", "sub-7", "over-65", "now-18".
_PREFIX_WORDS = {
    "minus": "negative",
    "sub": "less_than",
    "over": "more_than",
    "under": "less_than",
    "now": "",
    "about": "approximately",
    "nearly": "approximately",
    "magnitude": "",
}
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64, 128})
# How far back "in half" looks for the verb that cuts ("slash the company's costs in
# half"), and how many capitalised words a possessive name after "half" may have.
_HALVED_REACH = 8
_MAX_POSSESSOR = 4


@dataclass(slots=True)
class Read:
    """One number being read, grown token by token into a quantity."""

    first: int  # index of the first token of the quantity (qualifier and sign included)
    last: int  # index one past its last token
    value: float
    written: bool = False
    scaled: bool = False
    plain_int: bool = False  # digits only, no separators or decimals ("2019", "66")
    suffix: str = ""  # letters glued to the number ("bn", "km", "-year-old")
    high: float | None = None
    currency: Currency | None = None
    unit: Unit | None = None
    unit_name: str | None = None
    per: str | None = None
    qualifier: str | None = None
    noun: str | None = None
    vague: bool = False
    negative: bool = False
    anchor: int = -1  # index of the token holding the number itself
    per_at: int = -1  # index of the first token of a "per" tail
    cut: int = -1  # where the span ends inside its last token ("43.4 percent-owned")
    tags: set[str] = field(default_factory=set)


_MAX_SPOKEN_DECIMALS = 3  # "three point two five percent"
_THOUSAND = 1000  # the least scale after a decimal said in words: "one point six billion"


@cache
def _one_idioms() -> tuple[tuple[tuple[str, ...], int], ...]:
    """The idioms with "one" (``quantity_one_idioms``) and where "one" stands in each."""
    out = []
    for line in lexicon_lines("quantity_one_idioms"):
        words = tuple(line.lower().split())
        out.append((words, words.index("one")))
    return tuple(out)


def _vulgar_fraction(char: str) -> float | None:
    """The value of a fraction character such as "½" or "¾", else None."""
    if not char or unicodedata.category(char) != "No":
        return None
    value = unicodedata.numeric(char, 0.0)
    return value if 0 < value < 1 else None


@cache
def _period_count_words() -> dict[str, str]:
    """Words before a counted period ("the first three quarters"), by kind."""
    out: dict[str, str] = {}
    for line in lexicon_lines("quantity_period_counts"):
        word, kind = line.split("\t")
        out[word] = kind
    return out


@cache
def _written_starts() -> frozenset[str]:
    return number_word_forms() | {"a", "an", "one"}


def _may_start_number(low: str) -> bool:
    """False only when :meth:`NumberReader.number_at` surely finds nothing at a token.

    Cached: each document asks about all its distinct words with a sign or a digit, and
    most ("'s", "U.S.", "--", "10") recur from one article to the next (not a token too
    long to recur, which would only fill the cache).

    ``low`` is the token in lower case. Nothing is found at a word with no digit that is
    not "a", "an", "one" or a number word before any hyphen (see
    :meth:`NumberReader.read_written`); tokens too long to be a number are left to
    :meth:`NumberReader.number_at` to refuse.
    """
    return _may_start_cached(low) if len(low) <= 40 else _may_start(low)


def _may_start(low: str) -> bool:
    if low.isalpha():  # no letter is a digit, and there is no hyphen
        return low in _written_starts()
    if _ASCII_DIGIT.search(low):  # read_digits reads nothing without one
        return True
    return low in _written_starts() or low.split("-")[0] in number_word_forms()


_may_start_cached = lru_cache(maxsize=8192)(_may_start)


@cache
def _fold_forms() -> frozenset[str]:
    """Every closed "-fold" compound :func:`_fold_word` reads ("twofold".."thousandfold")."""
    return frozenset(w + "fold" for w in number_word_forms() if _fold_word(w + "fold"))


def _fold_word(low: str) -> float | None:
    """The multiple a closed "-fold" compound states: "tenfold" 10, "threefold" 3."""
    if not low.endswith("fold") or len(low) < 7 or not low.isalpha():
        return None
    nw = number_word(low[:-4])
    if nw is None or nw.kind not in ("unit", "ten", "scale") or nw.value < 2:
        return None
    return nw.value


def _part_of_scale(fraction: float, word: str) -> float | None:
    """The part ``fraction`` of the scale word ``word`` ("half" of "dozen": 6), or None
    when ``word`` is no scale word."""
    scale = number_word(word)
    if scale is None or scale.kind != "scale":
        return None
    return fraction * scale.value


def _scaled_fraction(parts: list[str]) -> float | None:
    """The value of a fraction hyphenated to a scale word ("half-dozen" 6, "quarter-million"
    250,000), or None."""
    if len(parts) != 2:
        return None
    head = number_word(parts[0])
    if head is None or head.kind != "fraction":
        return None
    return _part_of_scale(head.value, parts[1])


def _opens_amount(word: str) -> bool:
    """Whether ``word`` may stand glued before a minus sign: an opening mark or a sign."""
    return word in ("(", "[", '"', "'", "“", "‘") or currency_prefix(word) is not None


def _dotted_sign(word: str) -> str:
    """A currency sign written with a dot and glued to the digits ("Rs.1,200"), or ""."""
    cut = word.find(".")
    if not 0 < cut < 4 or not word[:cut].isalpha() or not word[cut + 1 : cut + 2].isdigit():
        return ""
    return word[: cut + 1] if currency_prefix(word[: cut + 1]) is not None else ""


def _digit_token(word: str) -> tuple[str, re.Match[str] | None]:
    """A token's glued sign with a dot ("Rs.450": "Rs.", not ".450") and the match of
    :data:`NUM_TOKEN` after it."""
    dotted = _dotted_sign(word)
    return dotted, NUM_TOKEN.fullmatch(word, len(dotted))


# The same figures recur through an article and the next ("10", "2,000", "$5"): tokens
# no longer than a number can be are read once (a longer one is read afresh, uncached).
_short_digit_token = lru_cache(maxsize=4096)(_digit_token)


def _round_range(parts: list[str]) -> bool:
    """Whether "300-400", "150-200" reads as a range of round hundreds, not a phone number."""
    if len(parts) != 2 or not all(len(p) == 3 and p.isdigit() for p in parts):
        return False
    return int(parts[0]) < int(parts[1]) and all(p[-1] in "05" for p in parts)


class NumberReader:
    """A document's tokens, and how to read the number that starts at one of them."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        self.toks: tuple[Token, ...] = document.tokens
        self.lows = lower_tokens(document)  # shared with the other stages
        self.n = len(self.toks)
        self._pounds_with_sign: bool | None = None  # see pounds_written_with_sign

    def number_starts(self) -> list[int]:
        """Indices of the tokens where :meth:`number_at` can find a number, in order.

        Every other token gives None there (no digit, and neither "a", "an", "one" nor a
        number word before any hyphen), so a pass may skip them. Decided once per
        distinct lower-case token: most tokens of a text are repeated words, and most
        words are letters only, which start a number only when they are a number word.
        "a" and "an" start one only before a number word ("a dozen", "a third of").
        """
        lows = self.lows
        distinct = set(lows)
        starts = (distinct & _written_starts()) - _ARTICLES
        starts.update(filter(_may_start_number, filterfalse(str.isalpha, distinct)))
        starts.update(distinct & _fold_forms())
        starts.update(distinct & multiple_word_forms())
        starts.update(distinct & multiple_verb_forms())
        starts.update(distinct & grammar("vague_unit_count"))
        found = list(compress(range(self.n), map(starts.__contains__, lows)))
        # A number word is itself a start, so the articles are found from the words after.
        forms = number_word_forms()
        articles = [i - 1 for i in found if i and lows[i - 1] in _ARTICLES and lows[i] in forms]
        if distinct & lexicon("quantity_article_units"):
            units = lexicon("quantity_article_units")
            # "about a mile": an article counts one of a unit after a qualifier; the units
            # are found first, at C speed, as they are rare
            unit_at = compress(range(2, self.n), map(units.__contains__, lows[2:]))
            articles += [
                k - 1 for k in unit_at if lows[k - 1] in _ARTICLES and self.article_unit(k - 1)
            ]
        return sorted(found + articles) if articles else found

    def number_at(self, i: int) -> Read | None:
        """The number starting at token ``i`` with its scale, or None."""
        word = self.word(i)
        if len(word) > _MAX_TOKEN:
            return None
        digits = not word.isalpha() and any(map(str.isdigit, word))
        read = self.read_digits(i) if digits else self.read_written(i)
        if read is not None:
            self.read_scale(read)
            small = read.plain_int and not read.scaled and read.value < 100
            if "code_only" in read.tags and small:
                if "prefixed" in read.tags:
                    return None  # "COP28": a name
                read.currency, read.first = None, read.anchor  # "the COP 28 talks"
            if "fraction" in read.tags and read.written:
                self._fraction_of_scale(read)
        return read

    def _fraction_of_scale(self, read: Read) -> None:
        """ "half a million", "a quarter of a million": a fraction of a scale word."""
        j = read.last
        if self.low(j) == "of":
            j += 1
        if self.low(j) not in ("a", "an"):
            return
        nw = number_word(self.low(j + 1))
        if nw is None or nw.kind != "scale":
            return  # "half a million", "half a dozen"
        read.value *= nw.value
        read.last = j + 2
        read.scaled = True
        read.tags.discard("fraction")

    # -- small views ------------------------------------------------------------------

    def word(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < self.n else ""

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < self.n else ""

    def joined(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between."""
        return 0 < i < self.n and self.toks[i - 1].end == self.toks[i].start

    def spaced(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` after plain white space on one line.

        Only white space lies between two tokens (every other character is in one).
        """
        if not 0 < i < self.n:
            return False
        end, start = self.toks[i - 1].end, self.toks[i].start
        return start - end <= 3 and "\n" not in self.text[end:start]

    def time_before(self, k: int) -> int:
        """The first token of a time expression that ends at token ``k``, or ``k + 1``
        when none does. The reader knows no times; the finder, which does, overrides it."""
        return k + 1

    def sentence_start(self, i: int) -> bool:
        sentence = self.doc.sentence_at(self.toks[i].start)
        return (
            sentence is None
            or sentence.start == self.toks[i].start
            or (
                i > 0 and self.word(i - 1) in "\"'“‘([" and sentence.start == self.toks[i - 1].start
            )
        )

    # -- the number itself ------------------------------------------------------------

    def read_digits(self, i: int) -> Read | None:
        word = self.word(i)
        if len(word) <= _MAX_TOKEN:
            dotted, m = _short_digit_token(word)
        else:
            dotted, m = _digit_token(word)
        if m is None:
            return None
        num, prefix = m["num"], dotted or m["prefix"] or ""
        value = parse_digits(num)
        if value is None:
            return None
        read = Read(first=i, last=i + 1, value=value, anchor=i)
        read.plain_int = num.isdigit()
        read.suffix = m["suffix"] or ""
        vulgar = _vulgar_fraction(read.suffix[:1])
        if vulgar is not None and m["num2"] is None:
            read.value += vulgar  # "2½ percent"
            read.plain_int = False
            read.suffix = read.suffix[1:]
        if prefix and not self.read_prefix(i, read, prefix, num):
            return None  # "G7", "F-35", "COVID-19", "A320": part of a name
        if m["num2"] is not None:
            high = parse_digits(m["num2"])
            if high is None:
                return None
            read.high = high
        if read.suffix.startswith("-") and read.high is None and not read.suffix[1:]:
            return None
        if (
            self.word(i - 1) == "."
            and self.joined(i)
            and not self.joined(i - 1)
            and (read.plain_int and not prefix)
        ):
            value = parse_digits("." + m["num"])  # ".001 per cent"
            if value is None:
                return None
            read.value, read.first, read.plain_int = value, i - 1, False
        after = self.word(i + 1)[:1]
        if after.isdigit() and self.read_spaced_thousands(i, read):
            pass  # "5 000 employees": the groups after are the same number
        elif (after.isdigit() or after.isnumeric()) and self.read_mixed_fraction(i, read):
            pass  # "5 1/2 inches": the digits after are the fraction, not a phone number
        elif self.digit_guards(i, read):
            return None
        self.read_slash_fraction(i, read)
        self.read_power_of_ten(i, read)
        self.read_sign_and_currency(read.first, read)
        return read

    def read_power_of_ten(self, i: int, read: Read) -> None:
        """Scientific notation after the digits: "1.99 x 10^30", "6.02×10^23", "3 × 10^-5"."""
        if read.suffix or read.high is not None or read.last != i + 1:
            return
        if self.word(i + 1) not in ("x", "×", "*") or self.word(i + 2) != "10":
            return
        j = i + 3
        if self.word(j) != "^" or not self.joined(j):
            return
        sign = 1
        if self.word(j + 1) in MINUS or self.word(j + 1) == "⁻":
            sign, j = -1, j + 1
        exponent = self.word(j + 1)
        if not self.joined(j + 1) or not (exponent.isascii() and exponent.isdigit()):
            return
        if len(exponent) > 2:
            return
        read.value = float(f"{read.value!r}e{sign * int(exponent)}")  # exact: "3e-05"
        read.last, read.plain_int = j + 2, False

    def read_spaced_thousands(self, i: int, read: Read) -> bool:
        """Thousands set off by spaces, as in SI style: "5 000 employees", "1 250 000 euros".

        One to three digits (no leading zero), then groups of exactly three digits, each
        after one space; not after a digit, a sign of a list ("No", "#") or a capitalised
        label ("Chapter 3 100"). A unit may be glued to the last group ("000km").
        """
        if not (read.plain_int and not read.suffix and read.high is None and read.first == i):
            return False
        word, before = self.word(i), self.word(i - 1)
        if len(word) > 3 or word[:1] == "0" or before[:1].isdigit() or before in ("#", "/"):
            return False
        if before[:1].isupper() and before[1:].islower() and not self.sentence_start(i - 1):
            return False
        j = i + 1
        digits = word
        suffix = ""
        while j < i + 5 and self.spaced(j) and self.toks[j].start - self.toks[j - 1].end == 1:
            m = NUM_TOKEN.fullmatch(self.word(j))
            if m is None or m["prefix"] or m["num2"] or len(m["num"]) != 3:
                break
            if not m["num"].isdigit():
                break
            digits += m["num"]
            j += 1
            if m["suffix"]:
                suffix = m["suffix"]
                break
        if j == i + 1 or self.word(j)[:1].isdigit():
            return False
        read.value = float(digits)
        read.last, read.suffix = j, suffix
        return True

    def read_mixed_fraction(self, i: int, read: Read) -> bool:
        """A whole number and a fraction after it: "5 1/2 inches", "3 ½ miles", "2 3/4-inch".

        True when one was read (the fraction's tokens join the number, and a unit glued to
        the denominator becomes the number's suffix).
        """
        if not (read.plain_int and not read.suffix and read.high is None and read.first == i):
            return False
        if not self.spaced(i + 1) or self.word(i - 1)[:1].isdigit() or self.word(i - 1) == "/":
            return False
        nxt = self.word(i + 1)
        vulgar = _vulgar_fraction(nxt) if len(nxt) == 1 else None
        if vulgar is not None:
            read.value += vulgar
            read.last, read.plain_int = i + 2, False
            return True
        if not (nxt.isascii() and nxt.isdigit() and len(nxt) <= 2):
            return False
        if self.word(i + 2) not in ("/", "⁄") or not self.joined(i + 2) or not self.joined(i + 3):
            return False
        m = NUM_TOKEN.fullmatch(self.word(i + 3))
        if m is None or m["prefix"] or m["num2"] or not m["num"].isdigit() or len(m["num"]) > 3:
            return False
        numerator, denominator = int(nxt), int(m["num"])
        if denominator not in _FRACTION_DENOMINATORS or not 0 < numerator < denominator:
            return False
        if self.word(i + 4) in ("/", "⁄"):
            return False  # "5 1/2/2020"
        read.value += numerator / denominator
        read.last, read.plain_int = i + 4, False
        read.suffix = m["suffix"] or ""
        return True

    def read_slash_fraction(self, i: int, read: Read) -> None:
        """Fractions written with a slash: "1/16 of a pint", "3/4 mile"."""
        if not (read.plain_int and not read.suffix and read.high is None):
            return
        if self.word(i + 1) not in ("/", "⁄") or not self.joined(i + 1) or not self.joined(i + 2):
            return
        denominator = self.word(i + 2)
        if not (denominator.isascii() and denominator.isdigit()) or len(denominator) > 4:
            return
        d = int(denominator)
        if d in _FRACTION_DENOMINATORS and 0 < read.value < d:
            read.value = read.value / d
            read.last = i + 3
            read.plain_int = False
            read.tags.add("fraction")

    def read_prefix(self, i: int, read: Read, prefix: str, digits: str) -> bool:
        """Make sense of letters glued before the digits; False when they make a name."""
        word = prefix.rstrip("-").lower()
        if prefix.endswith("-") and word in _PREFIX_WORDS:
            if word in grammar("scale_compound"):
                read.tags.add("scale")  # "a magnitude-6.1 quake": a reading on a scale
            qualifier = _PREFIX_WORDS[word]
            if qualifier == "negative":
                read.negative = True
            elif qualifier:
                read.qualifier = qualifier
            return True
        letters = prefix.rstrip("-")
        sign = self.word(i - 1) if self.joined(i) else ""
        currency = currency_prefix(sign + letters) if sign else None  # "$US55", "$A82"
        if currency is not None:
            read.first = i - 1
        else:
            currency = currency_prefix(letters)
        if currency is None and self._scale_follows(i, read):
            currency = glued_scaled_prefix(letters)  # "R5bn", "Sh10 billion"
        if currency is None:
            return False
        if letters == "PS" and digits.isdigit() and not read.suffix:
            return False  # "PS5"
        read.currency = currency
        read.tags.add("prefixed")
        if code_only(letters):
            read.tags.add("code_only")
        return True

    def _scale_follows(self, i: int, read: Read) -> bool:
        """Whether a scale of a million or more is glued to or follows the digits at ``i``."""
        if read.suffix.lower() in _MILLION_SUFFIXES:
            return True
        nw = number_word(self.low(i + 1))
        return nw is not None and nw.kind == "scale" and nw.value >= 1e6 and self.spaced(i + 1)

    def digit_guards(self, i: int, read: Read) -> bool:
        """Whether the digits at ``i`` are plainly not a quantity (time, ordinal, id)."""
        suffix = read.suffix.lstrip("-")
        word, prev, nxt = self.word(i), self.word(i - 1), self.word(i + 1)
        if suffix and (_ORDINAL_SUFFIX.fullmatch(suffix) and read.plain_int):
            return True
        if suffix and _TIME_SUFFIX.fullmatch(suffix) and not unit_named(suffix):
            return True
        if suffix and _DECADE_SUFFIX.fullmatch(suffix) and read.plain_int:
            return True
        if word[:1] == "0" and read.plain_int and len(word) > 1 and word[1:2].isdigit():
            return True  # "020", "007": codes and phone numbers
        # Clock times and scores written with a colon: "4:39", "10:27".
        if nxt == ":" and self.joined(i + 1) and self.word(i + 2)[:1].isdigit():
            return True
        if prev == ":" and self.joined(i) and self.word(i - 2)[:1].isdigit():
            return True
        # "24/7", "9/11", "3/4/2020": digits around a slash that is not a fraction's
        if nxt in ("/", "⁄") and self.joined(i + 1) and self.joined(i + 2):
            denominator = self.word(i + 2)
            if denominator.isdigit() and not (
                read.plain_int
                and denominator.isascii()  # "16¹" is digits too, but no int() reads it
                and len(denominator) <= 4
                and int(denominator) in _FRACTION_DENOMINATORS
                and 0 < read.value < int(denominator)
                and self.word(i + 3) not in ("/", "⁄")
            ):
                return True
        if prev in ("/", "⁄") and self.joined(i) and self.word(i - 2).isdigit():
            return True
        # Digit groups in a row ("020 7946 0958") and phone-like dashes ("555-1234").
        if nxt[:1].isdigit() and self.spaced(i + 1) and NUM_TOKEN.fullmatch(nxt):
            nm = NUM_TOKEN.fullmatch(nxt)
            glued = read.suffix or nm is None or nm["suffix"]  # "6ft 4in": a height
            if nm is not None and nm["num"].isdigit() and read.plain_int and not glued:
                return True
        if prev[:1].isdigit() and self.spaced(i) and read.plain_int and prev.isdigit():
            # a year after its preposition starts no digit group: "In 2018 160 people died"
            year = len(prev) == 4 and YEARS[0] <= int(prev) <= YEARS[1]
            year_before = year and self.word(i - 2).lower() in lexicon("time_year_signals")
            if not year_before:
                return True
        if prev == "(" and nxt == ")" and read.plain_int and len(word) == 3:
            local = self.word(i + 2).split("-")  # "(202) 555-0143": an area code
            if len(local) == 2 and all(p.isdigit() for p in local) and len(local[0]) == 3:
                return self.joined(i) and self.joined(i + 1)
        if read.high is not None and read.plain_int and len(word) >= 7 and not read.suffix:
            parts = word.split("-")
            if len(parts) >= 2 and len(parts[0]) >= 3 and len(parts[1]) >= 3:
                return not _round_range(parts)  # "555-1234" (but "300-400 people")
        # "+44 20 7946 0958"
        return prev == "+" and self.joined(i) and read.plain_int and len(word) > 3

    def read_sign_and_currency(self, i: int, read: Read) -> None:
        """Take a minus sign, "minus" and a currency sign or code written before."""
        j = i - 1
        before = self.word(j - 1)
        sign = (
            self.word(j) in MINUS
            and self.joined(i)
            and (not self.joined(j) or _opens_amount(before))  # "(-5%)", "$-50.8bn"; not "well-5"
            and not before[:1].isdigit()
        )
        plus_or = self.low(j - 1) == "or" and self.low(j - 2) == "plus"  # a margin, no sign
        if sign or (self.low(j) == "minus" and not plus_or):
            read.negative = True
            read.first = j
            j -= 1
        if read.currency is not None:
            return
        word = self.word(j)
        if not word or not (self.joined(j + 1) or self.spaced(j + 1)):
            return
        two = self.word(j - 1) + word if self.joined(j) else ""
        if two and currency_prefix(two) is not None:
            read.currency = currency_prefix(two)
            read.first = j - 1
            return
        currency = currency_prefix(word)
        if currency is None and word == "#" and self.pound_sign(i, read):
            currency = currency_prefix("£")
        if currency is not None:
            read.currency = currency
            read.first = j
            if code_only(word):
                read.tags.add("code_only")
            # "US $58.24": a country code before the sign.
            code = self.word(j - 1)
            country = len(code) >= 2 and code.isupper() and code.isalpha()
            if word == "$" and country and self.spaced(j) and currency_prefix(code + "$"):
                read.currency = currency_prefix(self.word(j - 1) + "$")
                read.first = j - 1

    def pound_sign(self, i: int, read: Read) -> bool:
        """Whether "#" glued before the digits at ``i`` stands for "£", as the Penn
        Treebank's Wall Street Journal texts write it ("#89.7 million", "fell to #10.86"):
        with a decimal, a thousands separator or a scale of a million or more, before "a"
        or "per" ("#25 a share"), or in a text that so writes pounds elsewhere; else "#5"
        is a number ("No. 5") and "#2020" a tag."""
        if not self.joined(i) or read.currency is not None:
            return False
        if not read.plain_int or self._scale_follows(i, read):
            return True
        if self.low(i + 1) in ("a", "an", "per") and self.spaced(i + 1):
            return True  # "paid #25 a share", "rose to #200 a week": a price
        return self.pounds_written_with_sign()

    def pounds_written_with_sign(self) -> bool:
        """Whether the text writes pounds with "#" somewhere ("#89.7 million", "#10.86"):
        then "#500" elsewhere in it is £500 too, not a rank. Read once a text."""
        if self._pounds_with_sign is None:
            self._pounds_with_sign = _POUND_SIGN.search(self.text) is not None
        return self._pounds_with_sign

    def read_written(self, i: int) -> Read | None:
        """Read a written number: "two", "twenty-five", "a dozen", "three-quarters"."""
        word = self.low(i)
        start = i
        value: float | None = _fold_word(word)
        if value is None and self._multiple_follows(i + 1):
            value = multiple_word(word)  # "twice the size", "twice as many"
            if value is None and self._multiple_not_verb(i):
                value = multiple_verb(word)  # "nearly double the usual limit"
        if value is not None:
            return Read(first=i, last=i + 1, value=value, written=True, suffix="-fold")
        if word in grammar("vague_unit_count"):
            return self._several_units(i)
        before = number_word(self.low(i - 1))
        if before is not None and 10 < before.value <= 20 and self.spaced(i):
            whole = all(number_word(part) is not None for part in word.split("-"))
            if whole and self._spoken_year(i):
                return None  # "[nineteen] ninety-one": the rest of a year said in words
        j = i
        if word in _ARTICLES and self.low(i + 1) in lexicon("quantity_article_units"):
            if self.article_unit(i):
                return Read(first=i, last=i + 1, value=1.0, written=True)
            return None
        if word in _ARTICLES and _scaled_fraction(self.low(i + 1).split("-")) is not None:
            return None  # "a half-dozen": read at the compound, which takes the article in
        if word in ("a", "an", "one"):
            nw = number_word(self.low(i + 1))
            if nw is not None and nw.kind == "fraction" and self.spaced(i + 1):
                scaled = self._fraction_scale(i + 2, nw.value)
                if scaled is not None:
                    return Read(first=start, last=i + 3, value=scaled, written=True, scaled=True)
                if self.low(i + 2) == "of":
                    return self._fraction(start, i + 2, nw.value)  # "a third of"
                if self._unit_after_fraction(i + 2):
                    return self._fraction(start, i + 2, nw.value)  # "a quarter point"
                if self._share_alone(i, i + 2, subject=True):
                    return self._fraction(start, i + 2, nw.value)  # "rose by a fifth."
                return None  # "a third neutral country", "a half"
            if (
                nw is not None
                and self.spaced(i + 1)
                and (nw.kind == "scale" or self.low(i + 1) == "dozen")
            ):
                value = 1.0  # "a million", "a dozen": the scale applies below
                j = i + 1
            elif word != "one":
                return None
        if value is None:
            if "-" in word:
                return self._hyphenated(i, word)
            nw = number_word(word)
            if nw is None:
                return None
            if nw.kind == "fraction":
                if word != "half":
                    return None
                if self.low(i - 1) in _NOT_BEFORE_HALF:
                    return None
                if self.low(i + 1) in _AFTER_HALF or self._share_alone(i, i + 1, subject=True):
                    return self._fraction(start, i + 1, 0.5)
                if self._halved(i):
                    halved = self._fraction(i - 1, i + 1, 0.5)  # "in half", as a reader says it
                    halved.tags.add("halved")  # "cut output in half to 500 cars": no range
                    return halved
                if self._possessor_after(i + 1):
                    return self._fraction(start, i + 1, 0.5)
                return None
            if nw.kind == "vague":
                return self._vague(i, nw.value)
            if nw.kind == "scale":
                if self._determined_dozen(i):
                    return Read(first=i, last=i + 1, value=12.0, written=True)
                return self._pair_of_scale(i, nw.value) or self._vague_scale(i)
            value = nw.value
            j = i + 1
            if 10 < value <= 20 and self._spoken_year(i + 1):
                return None  # "nineteen ninety-four", "twenty twenty": a year
        read = Read(first=start, last=j, value=value, written=True)
        self._more_words(read)
        if read.value == 1 and not read.scaled and self._pronoun_one(start):
            return None
        return read

    def _determined_dozen(self, i: int) -> bool:
        """ "the dozen classmates", "his dozen cousins": "dozen" after a determiner or a
        possessive and before a plural counts twelve of it, as "a dozen" does."""
        if self.low(i) not in grammar("determined_scale") or not (
            self.spaced(i) and self.spaced(i + 1)
        ):
            return False
        before = self.low(i - 1)
        if before in ("a", "an") or not (
            before in grammar("modifier_determiner") or possessive(before)
        ):
            return False
        return self.word(i + 1).islower() and is_plural_noun(self.word(i + 1))

    def _pair_of_scale(self, i: int, scale: float) -> Read | None:
        """ "a couple hundred workers", "a couple of thousand fans", "a couple of dozen":
        two of the scale word at ``i`` after "a couple" (with or without "of"); "a couple
        of days" or "a married couple" have no scale word and are never read here."""
        j = i - 2 if self.low(i - 1) == "of" else i - 1
        if self.low(j) not in grammar("pair_word") or self.low(j - 1) != "a":
            return None
        value, k = 2 * scale, i + 1
        while (nw := number_word(self.low(k))) is not None and nw.kind == "scale":
            if not self.spaced(k) or nw.value <= scale:
                break
            value, scale, k = value * nw.value, nw.value, k + 1  # "a couple hundred thousand"
        return Read(first=j - 1, last=k, value=value, written=True, scaled=True)

    def _fraction_scale(self, j: int, fraction: float) -> float | None:
        """ "a half dozen", "a quarter million": after "a" and a fraction, a scale word at
        ``j`` (spaced, with no "of" between) that the fraction takes a part of."""
        return _part_of_scale(fraction, self.low(j)) if self.spaced(j) else None

    def _halved(self, i: int) -> bool:
        """Whether "half" at ``i`` ends "in half" after a verb that cuts an amount.

        "slash costs in half by 1990", "the deficit was cut in half": the verb stands
        in the same clause a few words before, and nothing after "half" continues a
        noun phrase ("in half the time" is a share of the time, read elsewhere).
        """
        if self.low(i - 1) != "in":
            return False
        nxt = self.word(i + 1)
        if nxt[:1].isalnum() and nxt.lower() not in grammar("change_end") and nxt != "by":
            return False
        if nxt == "by" and not self._deadline_at(i + 2):
            return False  # "cut in half by a train": the agent of a physical cut, no time
        for k in range(i - 2, max(i - 2 - _HALVED_REACH, -1), -1):
            word = self.word(k)
            if not word[:1].isalnum():
                return False
            if word.lower() in grammar("object_change_verb"):
                return True
        return False

    def _plural_at(self, j: int) -> bool:
        """Whether a lower-case plural noun stands at ``j`` ("half-dozen eggs")."""
        word = self.word(j)
        return word.isalpha() and word.islower() and is_plural_noun(word)

    def _deadline_at(self, j: int) -> bool:
        """Whether a time opens at ``j``, after "by": a figure ("by 1990"), a period ("by
        next year") or a point of one ("by the end of 1990", "by mid-decade"), not an agent
        ("by a train")."""
        word = self.low(j)
        if word[:1].isdigit():
            return True
        if word in grammar("deadline_opener"):
            word = self.low(j + 1)  # "the end", "next year"
        return word in grammar("deadline_noun") or period_word(word)

    def _possessor_after(self, j: int) -> bool:
        """Whether a possessive name opens at ``j``, after "half": "half Japan's
        exports", "about half Control Data's value" (the share is of what it owns)."""
        for k in range(j, j + _MAX_POSSESSOR):
            word = self.word(k)
            name = word[:-2] if possessive(word) else word
            if not (name[:1].isupper() and name.isalpha()) or not self.spaced(k):
                return False
            if name != word:
                return True
        return False

    def _unit_after_fraction(self, j: int) -> bool:
        """Whether a lower-case unit name, no period, follows "a quarter" at ``j``.

        "cut by a quarter point", "a half percentage point", "a quarter mile": the share
        is an amount of that unit ("a quarter hour" is the times stage's, "a third
        party" names no unit).
        """
        word = self.word(j)
        if not (self.spaced(j) and word.isalpha() and word.islower()):
            return False
        unit = unit_named(word)
        if unit is None and self.spaced(j + 1):
            unit = unit_named(f"{word} {self.low(j + 1)}")  # "a half percentage point"
        return unit is not None and unit.base not in grammar("period_base")

    def _several_units(self, i: int) -> Read | None:
        """ "several tonnes of cement", "several kilometres": a vague count of a physical
        unit reads as the range [3, 9] (but "several members" counts no unit and is no
        quantity, and "several hours" is the times stage's)."""
        unit = unit_named(self.low(i + 1)) if self.spaced(i + 1) else None
        if unit is None or unit.base not in grammar("vague_unit_base"):
            return None
        read = Read(first=i, last=i + 1, value=3.0, written=True, vague=True)
        read.high = 9.0
        return read

    def article_unit(self, i: int) -> bool:
        """Whether "a"/"an" at ``i``, before a unit, counts one of it after a qualifier.

        "about a mile", "more than a metre deep", "as far as a kilometre", "up to a
        tonne": the word before ends a qualifier ("up to", "as far as", not "to a mile
        marker" or "such as a litre").
        """
        before = self.low(i - 1)
        if before not in grammar("article_unit_before") or not self.spaced(i + 1):
            return False
        if before == "to":
            return self.low(i - 2) == "up"
        if before == "as":
            return self.low(i - 2) in ("far", "much", "long", "away", "high", "deep")
        return True

    def _multiple_not_verb(self, i: int) -> bool:
        """Whether "double" or "triple" at ``i`` states a multiple rather than a verb.

        After a form of "be", "at" or "up to" ("is double the average", "at triple the
        rate", "up to double the dose"), with or without a qualifier between ("was almost
        triple", "are now more than double"), or after a verb's "to" that moves a level
        ("rose to nearly double", "pushing levels to nearly double the limit"). A
        qualifier after a subject or a modal leaves the verb: "the rules nearly double the
        fine", "drivers who more than double the limit", "would nearly double".
        """
        if self.low(i) not in multiple_verb_forms():
            return False
        k = i
        # "nearly", "more than", "just over" ("at" and "to" open the phrase, not qualify)
        while k > i - 3 and self.low(k - 1) in grammar("approximator"):
            if self.low(k - 1) == "to" or self.low(k - 1) in grammar("multiple_opener"):
                break
            k -= 1
        if self.low(k - 1) in grammar("multiple_adverb"):
            k -= 1  # "are now more than double", "is still double"
        opener = self.low(k - 1)
        if opener in grammar("be_form") or opener in grammar("multiple_opener"):
            return True
        if opener != "to":
            return False
        if self.low(k - 2) == "up":
            return True  # "up to double the dose"
        return k < i and any(self._level_mover(self.low(j)) for j in range(k - 4, k - 1))

    @staticmethod
    def _level_mover(word: str) -> bool:
        """Whether ``word`` moves a level to a figure ("rose", "pushing", "brought")."""
        return (
            is_change_word(word)
            or word in grammar("object_change_verb")
            or word in grammar("tally_bring_verb")
        )

    def _multiple_follows(self, j: int) -> bool:
        """Whether a comparison opens at ``j``, after "twice": "the size", "as many".

        "as" opens one only before a lower-case word that starts no clause ("scored
        twice as City beat Chelsea", "twice as the crowd roared": a conjunction).
        """
        low = self.low(j)
        if low not in grammar("multiple_after"):
            return False
        if low != "as":
            return True
        nxt = self.word(j + 1)
        return (
            nxt.isalpha()
            and nxt.islower()
            and nxt not in grammar("modifier_determiner")
            and nxt not in grammar("clause_subject")
        )

    def _share_alone(self, i: int, after: int, *, subject: bool) -> bool:
        """Whether a share with nothing after it stands alone as a quantity.

        As the size of a change ("fell by half since", "cut by nearly a third."), or,
        with ``subject``, as the subject of a verb ("Half said", "Nearly half voted").
        """
        k = i
        while k > i - 3 and self.low(k - 1) in grammar("approximator"):
            k -= 1  # "by nearly a third", "by more than half", "Nearly half voted"
        nxt = self.word(after)
        ends = not nxt[:1].isalnum() or nxt.lower() in grammar("change_end")
        if self.low(k - 1) == "by" and ends:
            return True
        if self.comparing(after):
            return True  # "about a third less likely", "half as many", "a quarter cheaper than"
        if not subject or nxt.lower() not in grammar("subject_verb"):
            return False
        # "Half said", "Of those polled, half said", "Officials said a third were children"
        return (
            self.sentence_start(k)
            or self.word(k - 1) == ","
            or self.low(k - 1) in grammar("subject_verb")
        )

    def comparing(self, j: int) -> bool:
        """Whether a share is the size of a comparison starting at token ``j``.

        "a third less likely", "half as many", "a fifth more expensive": a comparative
        word then a lower-case word; or a comparative adjective then "than" ("a quarter
        cheaper than").
        """
        word, nxt = self.low(j), self.word(j + 1)
        if word in grammar("share_comparative"):
            return nxt.isalpha() and nxt.islower() and nxt != "than"
        return (
            len(word) > 4 and word.endswith("er") and word.isalpha() and self.low(j + 1) == "than"
        )

    def _pronoun_one(self, i: int) -> bool:
        """Whether "one" at token ``i`` is a pronoun or part of an idiom, not a count."""
        before = self.low(i - 1)
        # "said two drones were launched and that one was shot down": "that" opens a clause
        clause = before == "that" and (self.complementizer(i - 1) or self._proportion_after(i))
        if before in _NOT_BEFORE_ONE and not clause:
            return True  # "the one", "no one"
        if before == "only" and self.low(i - 2) in _BEFORE_ONLY_ONE:
            return True  # "the only one who voted" (but "only one of the reactors")
        if self.low(i) != "one":
            return False
        for idiom, at in _one_idioms():
            # the window of tokens the idiom would cover, from ``i - at`` on
            if i >= at and tuple(self.lows[i - at : i - at + len(idiom)]) == idiom:
                return True  # "on one hand", "one another"
        return self._one_after_adjective(i) or self._one_to_the_next(i)

    def _proportion_after(self, i: int) -> bool:
        """Whether "one" at ``i`` opens a proportion ("that one in four doctors", "that
        one out of five"), which no demonstrative "that one" does."""
        j = i + 1
        if self.low(j) == "out" and self.low(j + 1) == "of":
            j += 1
        elif self.low(j) != "in":
            return False
        after = self.low(j + 1)
        return after[:1].isdigit() or number_word(after) is not None

    def complementizer(self, k: int) -> bool:
        """Whether "that" at token ``k`` opens a reported clause, not a demonstrative.

        "It said two drones were launched, and that one was shot down": after "and",
        "but" or a verb of speech, "that" opens a clause and "one" after it may count.
        """
        before = self.low(k - 1)
        return before in ("and", "but") or before in grammar("speech_verb")

    def _one_after_adjective(self, i: int) -> bool:
        """ "the next one easier", "a bigger one", "its latest one": a determiner and an
        adjective before "one" make it a pronoun, unless a number, a share or a unit goes
        on after it ("the next one million", "a further one in five", "the top one per
        cent")."""
        adjective = self.low(i - 1)
        if self.low(i - 2) not in grammar("modifier_determiner"):
            return False
        if adjective not in grammar("one_adjective") and not (
            adjective.endswith("est") and len(adjective) > 4
        ):
            return False
        after = self.low(i + 1)
        return not (
            after[:1].isdigit()
            or number_word(after) is not None
            or after in grammar("one_continues")
            or (self.spaced(i + 1) and unit_named(after) is not None)
        )

    def _one_to_the_next(self, i: int) -> bool:
        """ "from one night to the next", "from one place to another": a span of changes."""
        if self.low(i - 1) != "from":
            return False
        for k in (i + 2, i + 3):
            if self.low(k) == "to" and self.low(k + 1) in grammar("one_to_end"):
                return True
        return False

    def _period_count(self, first: int, j: int) -> bool:
        """Whether the fraction word at ``j`` counts periods: "the first three quarters".

        A plural fraction word written apart ("three quarters", "two halves") after a
        determiner or ordinal, or after a preposition and not before "of", counts
        quarters or halves of a game or a year rather than a share.
        """
        word = self.low(j)
        if not word.endswith("s") or "-" in word or not self.spaced(j):
            return False
        kind = _period_count_words().get(self.low(first - 1))
        return kind == "determiner" or (kind == "preposition" and self.low(j + 1) != "of")

    def _spoken_decimals(self, j: int) -> str:
        """The digits said one word each from token ``j`` after "point", as broadcast
        transcripts write a decimal ("one point six billion", "three point two five
        percent"), up to three; "" when none is said."""
        digits = ""
        while len(digits) < _MAX_SPOKEN_DECIMALS and self.spaced(j + len(digits)):
            nw = number_word(self.low(j + len(digits)))
            if nw is None or nw.kind != "unit" or not 0 <= nw.value <= 9:
                break
            digits += str(int(nw.value))
        return digits if digits and self._measured_at(j + len(digits)) else ""

    def _measured_at(self, j: int) -> bool:
        """Whether a scale, a currency or a unit other than time starts at token ``j``:
        only a measure makes "one point two" a decimal ("one point six billion", "five
        point two percent"); "At one point two gunmen opened fire" counts two gunmen, and
        "scored one point two minutes before the end" scored a point."""
        word = self.low(j)
        nw = number_word(word)
        if nw is not None:
            return nw.kind == "scale" and nw.value >= _THOUSAND
        if word == "per" and self.low(j + 1) == "cent":
            return True
        if currency_suffix(word) is not None:
            return True
        unit = unit_named(word)
        return unit is not None and not period_word(word)

    def _spoken_year(self, j: int) -> bool:
        """Whether token ``j`` continues a year said in words ("[nineteen] ninety-four")."""
        head = self.low(j).split("-")[0]
        nw = number_word(head)
        return nw is not None and (nw.kind == "ten" or head in ("ten", "eleven", "twelve"))

    def _more_words(self, read: Read) -> None:
        """Extend a written number with tens, units and scales: "two hundred thousand"."""
        total = 0.0
        current = read.value
        j = read.last
        for _ in range(8):
            word = self.low(j)
            if (
                word == "and"
                and self.low(j + 1) == "a"
                and self.low(j + 2) == "half"
                and current % 1 == 0
                and 0 < current < 100
            ):
                current += 0.5  # "one and a half million", "two and a half"
                j += 3
                continue
            if word == "point" and total == 0 and current % 1 == 0 and not read.scaled:
                decimals = self._spoken_decimals(j + 1)
                if decimals:
                    current += float("0." + decimals)  # "one point six billion dollars"
                    j += 1 + len(decimals)
                    continue
            if word == "and" and number_word(self.low(j + 1)) is not None and read.scaled:
                nxt = number_word(self.low(j + 1))
                if nxt is not None and nxt.kind in ("unit", "ten"):
                    j += 1
                    continue
                break
            nw = number_word(word)
            if nw is None:
                break
            if nw.kind == "ten" or (nw.kind == "unit" and current % 100 >= 20 and nw.value < 10):
                if nw.kind == "ten" and current % 100 != 0:
                    break
                current += nw.value
            elif nw.kind == "unit" and current % 1000 == 0 and current >= 100 and nw.value < 100:
                current += nw.value
            elif nw.kind in ("unit", "ten") and current == 0 and total > 0:
                current = nw.value  # "two thousand five hundred", "a million twenty"
            elif nw.kind == "scale":
                if nw.value == 100:
                    current *= 100
                else:
                    total += current * nw.value
                    current = 0.0
                read.scaled = True
            elif nw.kind == "fraction" and self._period_count(read.first, j):
                read.noun = self.word(j)  # "in the first three quarters": a count of them
                break
            elif nw.kind == "fraction" and not read.scaled and self.low(j - 1) not in ("a",):
                fraction = Read(first=read.first, last=j + 1, value=current * nw.value)
                fraction.written = True
                fraction.tags.add("fraction")
                read.value, read.last = fraction.value, fraction.last
                read.tags.add("fraction")
                return
            else:
                break
            j += 1
        read.value = total + current
        read.last = j

    def _fraction(self, start: int, end: int, value: float) -> Read:
        read = Read(first=start, last=end, value=value, written=True)
        read.tags.add("fraction")
        return read

    def _fraction_unit(self, i: int, value: float, rest: list[str]) -> Read | None:
        """A fraction hyphenated to a unit: "a half-point cut", "three-quarter-point",
        "a quarter-mile track"; None for a period ("half-hour") or a plain word."""
        unit = unit_named("-".join(rest))
        if unit is None or unit.base in grammar("period_base"):
            return None
        read = Read(first=i, last=i + 1, value=value, written=True, suffix="-" + "-".join(rest))
        read.tags.add("fraction")
        return read

    def _hyphenated(self, i: int, word: str) -> Read | None:
        parts = word.split("-")
        head = number_word(parts[0])
        if head is not None and head.kind == "fraction" and len(parts) > 1:
            scaled = _scaled_fraction(parts)
            if scaled is not None:
                article = self.low(i - 1) in _ARTICLES
                if not (article or (self.spaced(i + 1) and self._plural_at(i + 1))):
                    return None  # "the ``half-dozen'' rule": a name, not six of anything
                first = i - 1 if article else i
                return Read(first=first, last=i + 1, value=scaled, written=True, scaled=True)
            return self._fraction_unit(i, head.value, parts[1:])  # "half-point"
        if head is None or head.kind not in ("unit", "ten") or not parts[1]:
            return None
        if len(parts) > 2 and head.kind == "unit":
            second = number_word(parts[1])
            if second is not None and second.kind == "fraction":
                return self._fraction_unit(i, head.value * second.value, parts[2:])
        if parts[1:] == ["and", "a", "half"]:
            read = Read(first=i, last=i + 1, value=head.value + 0.5, written=True)
            self._more_words(read)  # "one-and-a-half million"
            return read
        second = number_word(parts[1])
        read = Read(first=i, last=i + 1, value=head.value, written=True)
        if second is not None and len(parts) == 2:
            if second.kind == "unit" and head.kind == "ten" and second.value < 10:
                read.value = head.value + second.value
                self._more_words(read)  # "Seventy-five million"
                return read
            if second.kind == "fraction":
                read.value = head.value * second.value
                read.tags.add("fraction")
                return read
            if second.kind == "scale" and parts[1] == "dozen":
                read.value = head.value * second.value
                read.scaled = True
                return read  # "two-dozen people"
            return None
        read.suffix = "-" + "-".join(parts[1:])
        return read

    def _vague_scale(self, i: int) -> Read | None:
        """ "several hundred", "a few thousand": read like "hundreds", "thousands".

        The scale word at ``i`` follows a word of ``vague_scale`` ("few" after "a");
        the reading is the range [scale, 10 scale).
        """
        j = i - 1
        if self.low(j) not in grammar("vague_scale"):
            return None
        if self.low(j) == "few":
            if self.low(j - 1) != "a":
                return None  # "few thousand" alone is rare and often "only a few"
            j -= 1
        read = Read(first=j, last=i, value=1.0, written=True)
        self._more_words(read)
        if read.last == i:
            return None
        read.high = read.value * 10
        read.vague = read.scaled = True
        return read

    def _vague(self, i: int, value: float) -> Read | None:
        """ "dozens", "hundreds of", "tens of thousands": the range [v, 10 v)."""
        if self.low(i - 1) in ("their", "its"):
            return None  # "in their thousands"
        j = i + 1
        if value == 20 and (self.low(j) != "of" or self.low(j + 1) in _DETERMINERS_AFTER_OF):
            return None  # "scores of people" counts; "the scores", "scores of the games" not
        if self.low(j) == "of":
            nw = number_word(self.low(j + 1))
            if nw is not None and nw.kind == "vague" and nw.value >= 1000 > value:
                value *= nw.value
                j += 2
        elif value == 10:
            return None  # "tens" alone
        read = Read(first=i, last=j, value=value, written=True, vague=True)
        read.high = value * 10
        read.scaled = True
        return read

    # -- scales ----------------------------------------------------------------------

    def read_scale(self, read: Read) -> None:
        """Apply a scale written after the digits: "2.5 billion", "2.5bn", "$4m"."""
        if read.suffix and not read.suffix.startswith("-"):
            factor = self._glued_scale(read, read.suffix)
            if factor is not None:
                self._scale(read, factor)
                read.suffix = ""
        elif read.suffix.startswith("-") and not read.written:
            head, dash, rest = read.suffix[1:].partition("-")
            nw = number_word(head.lower())
            if nw is not None and nw.kind == "scale" and nw.value >= 1e6:
                self._scale(read, nw.value)  # "$1.5-billion", "$2-million-a-year"
                read.suffix = dash + rest
        if read.written or read.suffix:
            return
        money = read.currency is not None
        for _ in range(3):
            j = read.last
            if not self.spaced(j):
                return
            word = self.word(j)
            head, dash, rest = word.partition("-")
            nw = number_word(head)
            if nw is not None and nw.kind == "scale" and head.islower():
                self._scale(read, nw.value)
                read.last = j + 1
                if dash:  # "400 million-year-old": the rest is a glued unit
                    read.suffix = "-" + rest
                    return
                continue
            factor = multiplier(word, money=money)
            if factor is None or (len(word) == 1 and not money):
                return
            if len(word) == 1 and read.scaled:
                # "the $932 million T. Rowe Price fund": the initial of a name; "$5 M." is
                # the multiplier before a sentence's period
                return
            self._scale(read, factor)
            read.last = j + 1

    def _glued_scale(self, read: Read, suffix: str) -> float | None:
        """The scale glued to digits ("2.5bn", "$4m", "1.5m people"), if the suffix is one."""
        factor = multiplier(suffix, money=read.currency is not None)
        if factor is not None:
            return factor
        if suffix == "m" and (not read.plain_int or not self.modifies_after(read.first)):
            # "1.5m people", "some 2m people": "m" before a counted noun is millions (but
            # "the 400m hurdles", "women's 100m heats": an amount modifying the noun)
            after = self.word(read.last)
            if after.islower() and is_plural_noun(after) and unit_named(after) is None:
                return 1e6
            if self._unit_after_million(read.last):
                return 1e6  # "1.2m barrels a day", "3m tonnes": no metre is a count of tonnes
        nw = number_word(suffix)
        return nw.value if nw is not None and nw.kind == "scale" and nw.value >= 1e6 else None

    def _unit_after_million(self, j: int) -> bool:
        """Whether a unit other than a length (or "x") is named at token ``j`` after "Nm".

        A metre is never followed by a second unit, so "m" there is millions: "3m tonnes",
        "1.2m bpd", "5m cubic metres" (but "10m x 5m" is a size, "3m ft" nothing sensible).
        """
        if not self.spaced(j):
            return False
        word = self.word(j)
        title = word[:1].isupper() and word[1:].islower()  # "Miles Davis", not "kWh"
        unit = unit_named(word) if len(word) > 1 and not title else None
        if unit is None and self.spaced(j + 1):
            unit = unit_named(f"{word} {self.word(j + 1)}")
        return unit is not None and unit.base != "km" and unit.name != "times"

    def modifies_after(self, first: int) -> bool:
        """Whether a determiner or possessive before ``first`` makes the amount a modifier."""
        before = self.low(first - 1)
        return before in grammar("modifier_determiner") or before.endswith(("'s", "\u2019s"))

    @staticmethod
    def _scale(read: Read, factor: float) -> None:
        read.value *= factor
        if read.high is not None:
            read.high *= factor
        read.scaled = True
