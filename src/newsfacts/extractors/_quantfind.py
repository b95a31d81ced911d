"""The quantity finder: numbers in the token stream, read with what surrounds them.

One left-to-right pass over ``document.tokens``. At each token that can start a number
(digits, a written number, "a dozen", "hundreds of") the finder reads, within a few
tokens either side: the qualifier before it ("more than"), a currency sign or code, the
number and its scale ("2.5 billion", "2.5bn"), a unit or currency name after it, a
"per" denominator ("$58 a barrel"), a range ("between 100 and 150", "10-12", "5 to 7
percent") and the counted noun ("2,000 soldiers", "300 of its aircraft"). Guards drop
what is not a quantity: years, days of the month, times of day, ordinals, scores,
numbers in names ("Route 66", "G7", "Section 427"), phone numbers and spans the times
extractor owns. Every step looks at a bounded window, so the pass is linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from newsfacts.document import Document, Token
from newsfacts.extractors._numbers import (
    DIGITS,
    MAX_NUMBER_CHARS,
    finite_or_none,
    multiplier,
    number_word,
    parse_digits,
)
from newsfacts.extractors._quantnoun import counted_noun, is_plural_noun
from newsfacts.extractors._quantunits import (
    MAX_UNIT_TOKENS,
    Currency,
    Unit,
    currency_prefix,
    currency_suffix,
    looks_like_unit_symbol,
    quantulum_unit,
    unit_named,
)
from newsfacts.lexicons import lexicon, lexicon_lines
from newsfacts.models import Qualifier, Quantity, Span

__all__ = ["find_quantities"]

# A token holding digits: an optional letter prefix ("USD", "minus-", "G"), the number,
# an optional second number after a dash ("10-12") and an optional glued suffix ("bn",
# "km", "-year-old", "th"). Letters, digits and the dash are disjoint classes, so the
# match cannot backtrack beyond the (already length-capped) token.
_NUM_TOKEN = re.compile(
    rf"(?P<prefix>[^\W\d_]+-?)?(?P<num>{DIGITS})"
    rf"(?:(?P<dash>[-–])(?P<num2>{DIGITS}))?(?P<suffix>-?[^\W\d_][\w\-/]*)?"
)
_MAX_TOKEN = MAX_NUMBER_CHARS + 24
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?:-.*)?", re.IGNORECASE)
_TIME_SUFFIX = re.compile(r"(?:am|pm|a\.m|p\.m|h|hrs|GMT|BST|ET)", re.IGNORECASE)
_DECADE_SUFFIX = re.compile(r"'?s")
_DASHES = frozenset({"-", "–", "—"})
_MINUS = frozenset({"-", "−", "–"})
_RANGE_WORDS = frozenset({"to", "through", "-", "–", "—"})
_NOT_BEFORE_ONE = frozenset(
    "the this that no any every each which one only someone anyone everyone such "
    "another no-one".split()
)
_NOT_BEFORE_HALF = frozenset(
    "the first second last next this that latter former other final".split()
)
_AFTER_HALF = frozenset("of the a an its his her their our all".split())
_PREFIX_WORDS = {
    "minus": "negative",
    "sub": "less_than",
    "over": "more_than",
    "under": "less_than",
    "now": "",
    "about": "approximately",
    "nearly": "approximately",
}
_AGE = Unit("year of age", "year", 1.0)
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64, 128})
_RANGE_INTRO = frozenset({"ranging", "range", "ranges", "ranged", "varying", "vary"})
_POSTFIX_QUALIFIERS = {("or", "more"): "at_least", ("or", "less"): "at_most",
                       ("or", "fewer"): "at_most", ("or", "so"): "approximately"}


@dataclass
class _Read:
    """One number being read, grown token by token."""

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
    tags: set[str] = field(default_factory=set)


@cache
def _qualifiers() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for line in lexicon_lines("quantity_qualifiers"):
        phrase, qualifier = line.split("\t")
        out[tuple(phrase.lower().split())] = qualifier
    return out


@cache
def _max_qualifier_len() -> int:
    return max(len(k) for k in _qualifiers())


class _Finder:
    """The pass over one document's tokens."""

    def __init__(self, document: Document, owned: Sequence[Span]) -> None:
        self.doc = document
        self.text = document.text
        self.toks: tuple[Token, ...] = document.tokens
        self.owned = sorted(owned)
        self.out: list[Quantity] = []
        self.last_noun: tuple[int, str] | None = None  # (sentence index, noun)

    # -- small views ------------------------------------------------------------------

    def word(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def low(self, i: int) -> str:
        return self.word(i).lower()

    def joined(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between."""
        return 0 < i < len(self.toks) and self.toks[i - 1].end == self.toks[i].start

    def spaced(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` after plain white space on one line."""
        if not 0 < i < len(self.toks):
            return False
        gap = self.text[self.toks[i - 1].end : self.toks[i].start]
        return len(gap) <= 3 and (gap == "" or gap.isspace()) and "\n" not in gap

    def sentence_start(self, i: int) -> bool:
        sentence = self.doc.sentence_at(self.toks[i].start)
        return sentence is None or sentence.start == self.toks[i].start or (
            i > 0 and self.word(i - 1) in "\"'“‘(["
            and sentence.start == self.toks[i - 1].start
        )

    def owned_by_times(self, start: int, end: int) -> bool:
        for span in self.owned:
            if span.start >= end:
                break
            if span.end > start:
                return True
        return False

    # -- the pass ---------------------------------------------------------------------

    def run(self) -> list[Quantity]:
        i, n = 0, len(self.toks)
        while i < n:
            read = self.read_at(i)
            if read is None:
                i += 1
                continue
            quantity = self.finish(read)
            if quantity is not None:
                self.out.append(quantity)
            i = max(read.last, i + 1)
        return self.out

    def read_at(self, i: int) -> _Read | None:
        word = self.word(i)
        if len(word) > _MAX_TOKEN:
            return None
        if any(c.isdigit() for c in word):
            read = self.read_digits(i)
        else:
            read = self.read_written(i)
        if read is None:
            return None
        self.read_scale(read)
        self.read_unit(read)
        self.read_range(read)
        self.read_per(read)
        return read

    # -- the number itself ------------------------------------------------------------

    def read_digits(self, i: int) -> _Read | None:
        word = self.word(i)
        m = _NUM_TOKEN.fullmatch(word)
        if m is None:
            return None
        value = parse_digits(m["num"])
        if value is None:
            return None
        read = _Read(first=i, last=i + 1, value=value, anchor=i)
        read.plain_int = m["num"].isdigit()
        read.suffix = m["suffix"] or ""
        prefix = m["prefix"] or ""
        if prefix and not self.read_prefix(i, read, prefix, m["num"]):
            return None  # "G7", "F-35", "COVID-19", "A320": part of a name
        if m["num2"] is not None:
            high = parse_digits(m["num2"])
            if high is None:
                return None
            read.high = high
        if read.suffix.startswith("-") and read.high is None and not read.suffix[1:]:
            return None
        if self.word(i - 1) == "." and self.joined(i) and not self.joined(i - 1) and (
            read.plain_int and not prefix
        ):
            value = parse_digits("." + m["num"])  # ".001 per cent"
            if value is None:
                return None
            read.value, read.first, read.plain_int = value, i - 1, False
        if self.digit_guards(i, read):
            return None
        self.read_slash_fraction(i, read)
        self.read_sign_and_currency(read.first, read)
        return read

    def read_slash_fraction(self, i: int, read: _Read) -> None:
        """Fractions written with a slash: "1/16 of a pint", "3/4 mile"."""
        if not (read.plain_int and not read.suffix and read.high is None):
            return
        if self.word(i + 1) not in ("/", "⁄") or not self.joined(i + 1) or not self.joined(i + 2):
            return
        denominator = self.word(i + 2)
        if not denominator.isdigit() or len(denominator) > 4:
            return
        d = int(denominator)
        if d in _FRACTION_DENOMINATORS and 0 < read.value < d:
            read.value = read.value / d
            read.last = i + 3
            read.plain_int = False
            read.tags.add("fraction")

    def read_prefix(self, i: int, read: _Read, prefix: str, digits: str) -> bool:
        """Make sense of letters glued before the digits; False when they make a name."""
        word = prefix.rstrip("-").lower()
        if prefix.endswith("-") and word in _PREFIX_WORDS:
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
        if currency is None:
            return False
        if letters == "PS" and digits.isdigit() and not read.suffix:
            return False  # "PS5"
        read.currency = currency
        read.tags.add("prefixed")
        return True

    def digit_guards(self, i: int, read: _Read) -> bool:
        """Whether the digits at ``i`` are plainly not a quantity (time, ordinal, id)."""
        suffix = read.suffix.lstrip("-")
        word = self.word(i)
        if suffix and (_ORDINAL_SUFFIX.fullmatch(suffix) and read.plain_int):
            return True
        if suffix and _TIME_SUFFIX.fullmatch(suffix) and not unit_named(suffix):
            return True
        if suffix and _DECADE_SUFFIX.fullmatch(suffix) and read.plain_int:
            return True
        if word[:1] == "0" and read.plain_int and len(word) > 1 and word[1:2].isdigit():
            return True  # "020", "007": codes and phone numbers
        # Clock times and scores written with a colon: "4:39", "10:27".
        if self.word(i + 1) == ":" and self.joined(i + 1) and self.word(i + 2)[:1].isdigit():
            return True
        if self.word(i - 1) == ":" and self.joined(i) and self.word(i - 2)[:1].isdigit():
            return True
        # Digit groups in a row ("020 7946 0958") and phone-like dashes ("555-1234").
        nxt = self.word(i + 1)
        if nxt[:1].isdigit() and self.spaced(i + 1) and _NUM_TOKEN.fullmatch(nxt):
            nm = _NUM_TOKEN.fullmatch(nxt)
            if nm is not None and nm["num"].isdigit() and read.plain_int:
                return True
        prev = self.word(i - 1)
        if prev[:1].isdigit() and self.spaced(i) and read.plain_int and prev.isdigit():
            return True
        if read.high is not None and read.plain_int and len(word) >= 7 and not read.suffix:
            parts = word.split("-")
            if len(parts) >= 2 and len(parts[0]) >= 3 and len(parts[1]) >= 3:
                return True
        if prev == "+" and self.joined(i):
            return True
        return False

    def read_sign_and_currency(self, i: int, read: _Read) -> None:
        """Take a minus sign, "minus" and a currency sign or code written before."""
        j = i - 1
        if self.word(j) in _MINUS and self.joined(i) and not self.word(j - 1)[:1].isdigit():
            read.negative = True
            read.first = j
            j -= 1
        elif self.low(j) == "minus":
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
        if currency is not None:
            read.currency = currency
            read.first = j
            # "US $58.24": a country code before the sign.
            if word == "$" and self.spaced(j) and currency_prefix(self.word(j - 1) + "$"):
                read.currency = currency_prefix(self.word(j - 1) + "$")
                read.first = j - 1

    def read_written(self, i: int) -> _Read | None:
        """Read a written number: "two", "twenty-five", "a dozen", "three-quarters"."""
        word = self.low(i)
        start = i
        value: float | None = None
        j = i
        if word in ("a", "an", "one"):
            nw = number_word(self.low(i + 1))
            if nw is None or nw.kind in ("unit", "ten", "vague") and word != "one":
                if word != "one":
                    return None
            elif nw.kind == "fraction":
                if nw.value == 0.5 and word != "one":
                    pass
                value = nw.value
                j = i + 2
                return self._fraction(start, j, value)
            elif nw.kind == "scale" or (nw.kind == "unit" and nw.value == 12):
                value = 1.0
                j = i + 1
        if value is None:
            if "-" in word:
                return self._hyphenated(i, word)
            nw = number_word(word)
            if nw is None:
                return None
            if nw.kind == "fraction":
                if word != "half":
                    return None
                if self.low(i - 1) in _NOT_BEFORE_HALF or self.low(i + 1) not in _AFTER_HALF:
                    return None
                return self._fraction(start, i + 1, 0.5)
            if nw.kind == "vague":
                return self._vague(i, nw.value)
            if nw.kind == "scale":
                return None
            value = nw.value
            j = i + 1
            # "twenty five", "one hundred and fifty"
        read = _Read(first=start, last=j, value=value, written=True)
        self._more_words(read)
        if read.value == 1 and not read.scaled and self.low(start - 1) in _NOT_BEFORE_ONE:
            return None
        return read

    def _more_words(self, read: _Read) -> None:
        """Extend a written number with tens, units and scales: "two hundred thousand"."""
        total = 0.0
        current = read.value
        j = read.last
        for _ in range(8):
            word = self.low(j)
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
            elif nw.kind == "scale":
                if nw.value == 100:
                    current *= 100
                else:
                    total += current * nw.value
                    current = 0.0
                read.scaled = True
            elif nw.kind == "fraction" and not read.scaled and self.low(j - 1) not in ("a",):
                fraction = _Read(first=read.first, last=j + 1, value=current * nw.value)
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

    def _fraction(self, start: int, end: int, value: float) -> _Read:
        read = _Read(first=start, last=end, value=value, written=True)
        read.tags.add("fraction")
        return read

    def _hyphenated(self, i: int, word: str) -> _Read | None:
        parts = word.split("-")
        head = number_word(parts[0])
        if head is None or head.kind not in ("unit", "ten") or not parts[1]:
            return None
        second = number_word(parts[1])
        read = _Read(first=i, last=i + 1, value=head.value, written=True)
        if second is not None and len(parts) == 2:
            if second.kind == "unit" and head.kind == "ten" and second.value < 10:
                read.value = head.value + second.value
                return read
            if second.kind == "fraction":
                read.value = head.value * second.value
                read.tags.add("fraction")
                return read
            return None
        read.suffix = "-" + "-".join(parts[1:])
        return read

    def _vague(self, i: int, value: float) -> _Read | None:
        """ "dozens", "hundreds of", "tens of thousands": the range [v, 10 v)."""
        if self.low(i - 1) in ("the", "their", "its", "in"):
            return None
        j = i + 1
        if self.low(j) == "of":
            nw = number_word(self.low(j + 1))
            if nw is not None and nw.kind == "vague" and nw.value >= 1000 > value:
                value *= nw.value
                j += 2
        elif value == 10:
            return None  # "tens" alone
        read = _Read(first=i, last=j, value=value, written=True, vague=True)
        read.high = value * 10
        read.scaled = True
        return read

    # -- around the number ------------------------------------------------------------

    def read_scale(self, read: _Read) -> None:
        """Apply a scale written after the digits: "2.5 billion", "2.5bn", "$4m"."""
        money = read.currency is not None
        suffix = read.suffix
        if suffix and not suffix.startswith("-"):
            factor = multiplier(suffix, money=money)
            if factor is None and suffix.lower() in ("million", "billion", "trillion"):
                nw = number_word(suffix)
                factor = nw.value if nw else None
            if factor is not None:
                read.value *= factor
                if read.high is not None:
                    read.high *= factor
                read.scaled = True
                read.suffix = ""
        elif suffix.startswith("-") and number_word(suffix[1:]) is not None:
            nw = number_word(suffix[1:])  # "400 million-year-old" comes apart below
            del nw
        if read.written or read.suffix:
            return
        for _ in range(3):
            j = read.last
            if not self.spaced(j):
                return
            word = self.word(j)
            nw = number_word(word)
            factor: float | None
            if nw is not None and nw.kind == "scale" and word.islower():
                factor = nw.value
            elif "-" in word and number_word(word.split("-")[0]) is not None:
                head, _, rest = word.partition("-")
                nw = number_word(head)
                if nw is None or nw.kind != "scale":
                    return
                read.value *= nw.value
                read.scaled = True
                read.suffix = "-" + rest
                read.last = j + 1
                return
            else:
                factor = multiplier(word, money=money) if word not in ("m", "b") else None
                if factor is None and money and word in ("m", "bn", "b"):
                    factor = multiplier(word, money=True)
            if factor is None:
                return
            read.value *= factor
            if read.high is not None:
                read.high *= factor
            read.scaled = True
            read.last = j + 1

    def read_unit(self, read: _Read) -> None:
        """Read the unit or currency: glued ("87mph", "6.1-inch") or in the next tokens."""
        suffix = read.suffix.lstrip("-")
        if suffix:
            self._glued_unit(read, suffix)
            return
        j = read.last
        if read.vague and self.low(j) == "of":
            j += 1
        if not (self.spaced(j) or self.joined(j)) or j >= len(self.toks):
            return
        if self._unit_from(read, j):
            return
        if read.currency is None:
            self._quantulum(read, j)

    def _glued_unit(self, read: _Read, suffix: str) -> None:
        last = read.last
        # "0-80km" + "/" + "h", "37" "m2": extend with glued tokens.
        key = suffix
        best: tuple[int, Unit | None, Currency | None] | None = None
        for extra in range(3):
            if extra:
                j = last + extra - 1
                if not self.joined(j) or j >= len(self.toks):
                    break
                key += self.word(j)
            unit = unit_named(key)
            currency = currency_suffix(key)
            if unit is not None or currency is not None:
                best = (last + extra, unit, currency)
        if best is None:
            if looks_like_unit_symbol(suffix):
                found = quantulum_unit(f"{_fmt(read.value)} {suffix}")
                if found is not None:
                    read.unit_name = found[0]
                    read.tags.add("quantulum")
                    return
            if "-" in read.suffix.lstrip("-") or read.suffix.startswith("-"):
                # "11-member", "five-year": an adjective compound; its noun is the head.
                head = read.suffix.lstrip("-").split("-")[-1]
                if head.isalpha():
                    read.tags.add("compound")
                    read.noun = head
                    return
            read.tags.add("unknown_suffix")
            return
        read.last, unit, currency = best
        if currency is not None and read.currency is None:
            read.currency = currency
        elif unit is not None:
            read.unit = unit

    def _unit_from(self, read: _Read, j: int) -> bool:
        """Longest unit or currency name starting at token ``j``."""
        key = ""
        best: tuple[int, Unit | None, Currency | None] | None = None
        for k in range(MAX_UNIT_TOKENS):
            t = j + k
            if t >= len(self.toks) or (k and not (self.joined(t) or self.spaced(t))):
                break
            if k and not self.joined(t):
                key += " "
            key += self.word(t)
            unit = unit_named(key)
            currency = currency_suffix(key)
            if unit is not None or currency is not None:
                best = (t + 1, unit, currency)
        if best is None:
            return False
        end, unit, currency = best
        word = self.word(j)
        if unit is not None and currency is None and not self._unit_plausible(read, j, word):
            return False
        if currency is not None and read.currency is None:
            # "pounds" after "million" is money; "208 pounds" is weight.
            read.currency = currency
        elif currency is not None:
            pass  # "$5 USD": the sign already said it
        else:
            assert unit is not None
            if unit.name == "pound" and read.scaled and self.low(j) in ("pounds", "pound"):
                read.currency = Currency("pound sterling", "GBP")
            else:
                read.unit = unit
        read.last = end
        return True

    def _unit_plausible(self, read: _Read, j: int, word: str) -> bool:
        """Guard one-letter and clashing unit symbols against ordinary words."""
        if len(word) == 1 and word.isalpha():
            # "5 W charger" yes; "a 5 m" fine; but "Game 2 A" or "at 3 I" no.
            if not self.spaced(j) and not self.joined(j):
                return False
            nxt = self.word(j + 1)
            if word in ("a", "A", "I") or (nxt[:1].isalpha() and word.isupper() and
                                          nxt[:1].isupper()):
                return False
        if word.lower() in ("in", "in.") and not word.endswith("."):
            return False
        if read.currency is not None and unit_named(word) is not None:
            name = unit_named(word)
            return name is not None and name.name in ("percent",) or word in ("a",)
        return True

    def _quantulum(self, read: _Read, j: int) -> None:
        word = self.word(j)
        if not looks_like_unit_symbol(word):
            return
        window = f"{_fmt(read.value)} {word}"
        if self.joined(j + 1) and self.word(j + 1) in ("/",) and j + 2 < len(self.toks):
            window += "/" + self.word(j + 2)
        found = quantulum_unit(window)
        if found is None:
            return
        name, _entity, end = found
        covered = len(_fmt(read.value)) + 1
        last = j + 1
        if end > covered + len(word) and window.endswith(self.word(j + 2)):
            last = j + 3
        read.unit_name = name
        read.tags.add("quantulum")
        read.last = last

    def read_range(self, read: _Read) -> None:
        """Read the upper bound of a range: "between 100 and 150", "5 to 7 percent"."""
        if read.high is not None:
            return
        j = read.last
        word = self.low(j)
        between = self.low(read.first - 1) == "between" or (
            read.currency is not None and self.low(read.first - 1) == "between"
        )
        if word == "and" and not between:
            return
        if word not in _RANGE_WORDS and word != "and" and word != "or":
            return
        if word in _DASHES and not (self.joined(j) or self.spaced(j)):
            return
        if self.low(read.first - 1) == "by" and word != "and":
            return  # "increased by $43.6 billion to $419.2 billion": a change and a level
        if word == "or" and (read.unit is not None or read.currency is not None):
            return
        nxt = self.read_at_bound(j + 1)
        if nxt is None:
            return
        first_unit = read.unit.name if read.unit else read.currency.code if read.currency else None
        second_unit = nxt.unit.name if nxt.unit else nxt.currency.code if nxt.currency else None
        if first_unit is not None and second_unit is not None and first_unit != second_unit:
            return
        after_from = self.low(read.first - 1) == "from"
        if first_unit is not None and second_unit is None and not (between or after_from):
            return
        low, high = read.value, nxt.value
        if nxt.scaled and not read.scaled and low < high / _scale_of(nxt) and not read.written:
            low *= _scale_of(nxt)
        elif nxt.scaled and not read.scaled and read.written and nxt.written:
            low *= _scale_of(nxt)
        if not low < high and not (self.low(read.first - 1) == "from" and high < low):
            return
        if word == "or" and not (read.written or nxt.written):
            return
        read.value, read.high = min(low, high), max(low, high)
        if read.unit is None and nxt.unit is not None:
            read.unit = nxt.unit
        if read.currency is None and nxt.currency is not None:
            read.currency = nxt.currency
        if read.unit_name is None:
            read.unit_name = nxt.unit_name
        read.scaled = read.scaled or nxt.scaled
        read.plain_int = read.plain_int and nxt.plain_int
        read.last = nxt.last
        read.tags.add("range")

    def read_at_bound(self, j: int) -> _Read | None:
        """The second number of a range, read with its own sign, scale and unit."""
        if j >= len(self.toks):
            return None
        word = self.word(j)
        if any(c.isdigit() for c in word):
            nxt = self.read_digits(j)
        elif currency_prefix(word) is not None and any(c.isdigit() for c in self.word(j + 1)):
            nxt = self.read_digits(j + 1)
        else:
            nxt = self.read_written(j)
        if nxt is None or nxt.first < j:
            return None
        self.read_scale(nxt)
        self.read_unit(nxt)
        return nxt

    def read_per(self, read: _Read) -> None:
        """A rate: "$58.24 per barrel", "$3,500 a month", "155 cents per share"."""
        if read.currency is None and read.unit is None:
            return
        j = read.last
        word = self.low(j)
        if word not in ("per", "a", "an") or not self.spaced(j):
            return
        read.per_at = j
        k = j + 1
        denominator = self.word(k)
        if not denominator.isalpha() or not self.spaced(k):
            return
        unit = unit_named(denominator)
        two = unit_named(f"{denominator} {self.word(k + 1)}") if self.spaced(k + 1) else None
        if two is not None:
            read.per, read.last = two.name, k + 2
            return
        if unit is not None:
            read.per, read.last = unit.name, k + 1
            return
        if word == "per" and denominator.islower() and denominator not in lexicon(
            "quantity_stopwords"
        ):
            read.per, read.last = _singular(denominator), k + 1
        elif denominator.lower() in lexicon("quantity_per_words"):
            read.per, read.last = _singular(denominator.lower()), k + 1

    # -- deciding and building --------------------------------------------------------

    def finish(self, read: _Read) -> Quantity | None:
        """Apply the guards, read the qualifier and noun, and build the Quantity."""
        first, last = read.first, read.last
        start, end = self.toks[first].start, self.toks[last - 1].end
        if self.owned_by_times(start, end) and not self.trim_to_times(read):
            return None
        first, last = read.first, read.last
        if "unknown_suffix" in read.tags:
            return None  # "5G", "3D", "4x4": a name, not a measure
        has_unit = read.unit is not None or read.currency is not None or read.unit_name
        if self.name_or_date(read, bool(has_unit)):
            return None
        if read.high is not None and not read.tags & {"range"} and not read.vague:
            # a dash range inside one token ("10-12", "2-0")
            if not read.value < read.high:
                return None
            read.tags.add("range")
        qualifier_first = self.read_qualifier(read)
        postfix = self.read_postfix(read)
        noun: str | None = read.noun
        if not has_unit or read.tags & {"fraction"} or (
            read.unit is not None and read.unit.name in ("percent", "percentage point")
        ):
            if noun is None:
                noun = self.noun_after(read, counted=not has_unit)
        if self.year_like(read, bool(has_unit), noun):
            return None
        if noun is None and not has_unit and self.is_age(read):
            read.unit = _AGE
        if read.written and not read.scaled and not has_unit and noun is None:
            if not read.vague and "fraction" not in read.tags:
                return None  # "two said", "the one": no quantity without its noun
        if read.written and read.value == 1 and not read.scaled and not has_unit:
            if self.low(read.last) == "of" or noun is None:
                return None
        if read.negative:
            read.value = -read.value
            if read.high is not None:
                read.value, read.high = -read.high, -read.value + 0.0
        value = finite_or_none(read.value)
        if value is None:
            return None
        high = finite_or_none(read.high) if read.high is not None else None
        if read.high is not None and high is None:
            return None
        sentence = self.doc.sentence_index(start)
        if noun is None and not has_unit and not read.tags & {"fraction"}:
            noun = self.noun_before(sentence)
        elif noun is not None and not has_unit:
            self.last_noun = (sentence if sentence is not None else -1, noun)
        span_start = self.toks[qualifier_first].start
        span_end = self.toks[read.last - 1].end
        if postfix is not None:
            span_end = self.toks[read.last + 1].end
        unit_name, normalized_value, normalized_unit = self.units_of(read, value)
        text = self.text[span_start:span_end]
        qualifier = read.qualifier or postfix
        return Quantity(
            span=Span(span_start, span_end),
            text=text,
            value=value,
            unit=unit_name,
            noun=noun,
            qualifier=Qualifier(qualifier) if qualifier else None,
            range=(value, high) if high is not None and value <= high else None,
            normalized_value=normalized_value,
            normalized_unit=normalized_unit,
        )

    def trim_to_times(self, read: _Read) -> bool:
        """Give up the parts of a reading a time expression owns; False if the number is.

        A "per" tail ("$3,500 a month") is dropped when a time expression owns it. A bare
        number the times stage read as a year is kept when it cannot be one ("more than
        1,000 customers", "1112 p"): a unit or a counted noun, and no year-like value.
        """
        anchor = self.toks[read.anchor] if read.anchor >= 0 else self.toks[read.first]
        if self.owned_by_times(anchor.start, anchor.end):
            for span in self.owned:
                if span.overlaps(anchor.span) and span != anchor.span:
                    return False
            if read.written or (read.plain_int and 1500 <= read.value <= 2100):
                return False
            has_unit = read.unit is not None or read.currency is not None
            noun = counted_noun(self.toks, read.last, self.text, allow_of=True)
            if not has_unit and (noun is None or not is_plural_noun(noun)):
                return False
            self.owned = [s for s in self.owned if not s.overlaps(anchor.span)]
        if read.per_at > 0:
            tail = Span(self.toks[read.per_at].start, self.toks[read.last - 1].end)
            if self.owned_by_times(tail.start, tail.end):
                read.last, read.per, read.per_at = read.per_at, None, -1
        start, end = self.toks[read.first].start, self.toks[read.last - 1].end
        return not self.owned_by_times(start, end)

    def units_of(self, read: _Read, value: float) -> tuple[str | None, float | None, str | None]:
        per = f" per {read.per}" if read.per else ""
        if read.currency is not None:
            if read.unit is not None and read.unit.base in ("USD", "GBP"):
                pass
            return read.currency.name + per, value, read.currency.code + (f"/{read.per}" if
                                                                          read.per else "")
        if read.unit is not None:
            unit = read.unit
            if unit.base is None:
                return unit.name + per, None, None
            normalized = finite_or_none(value * unit.factor)
            base = unit.base + (f"/{read.per}" if read.per else "")
            return unit.name + per, normalized, base
        if read.unit_name:
            return read.unit_name + per, None, None
        return None, None, None

    def read_qualifier(self, read: _Read) -> int:
        """Find "more than", "about", "up to"... just before the number; return its start."""
        table = _qualifiers()
        first = read.first
        for size in range(_max_qualifier_len(), 0, -1):
            if first - size < 0:
                continue
            words = tuple(self.low(first - size + k) for k in range(size))
            qualifier = table.get(words)
            if qualifier is None:
                continue
            if not all(self.spaced(first - size + k + 1) or self.joined(first - size + k + 1)
                       for k in range(size)):
                continue
            if words == ("over",) and self.low(first - 2) in ("rise", "rose", "gain"):
                continue
            read.qualifier = qualifier
            return first - size
        if read.vague and self.low(first - 1) not in ("of",):
            read.qualifier = None
        return first

    def read_postfix(self, read: _Read) -> str | None:
        """ "2,000 or more", "100 or so"."""
        pair = (self.low(read.last), self.low(read.last + 1))
        qualifier = _POSTFIX_QUALIFIERS.get(pair)
        if qualifier is not None and read.qualifier is None:
            return qualifier
        return None

    def name_or_date(self, read: _Read, has_unit: bool) -> bool:
        """Numbers in names, references, dates and clock times."""
        i = read.first
        if read.currency is not None:
            return False
        prev_i = i - 1
        if self.word(prev_i) in (".", "#") and self.joined(i) is False:
            prev_i -= 1
        elif self.word(prev_i) in ("#",):
            prev_i -= 1
        prev = self.word(prev_i)
        low_prev = prev.lower().rstrip(".")
        nxt = self.low(read.last).rstrip(".")
        dates = lexicon("quantity_date_words")
        if read.plain_int and not read.scaled and read.value <= 31 and not has_unit:
            if low_prev in dates and prev[:1].isupper():
                return True
            if nxt in dates and self.word(read.last)[:1].isupper():
                return True
            if nxt == "of" and self.low(read.last + 1) in dates:
                return True
        if read.plain_int and not has_unit and nxt in dates and nxt in (
            "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "pt", "edt", "est", "bst", "hrs"
        ):
            return True
        if read.written:
            return False
        if low_prev in lexicon("quantity_name_contexts") and self.spaced(i):
            if read.qualifier is None:
                return True
        capital = prev[:1].isupper() or any(c.isupper() for c in prev[1:])
        if capital and prev.isalpha() and self.spaced(i) and not has_unit and (
            not self.sentence_start(prev_i) or not prev[1:].islower()
        ):
            if prev.lower() not in {k[0] for k in _qualifiers()}:
                return True  # "Route 66", "Apollo 11", "Game 7", "iPhone 11"
        if prev in ("×", "^", "x") and self.joined(i):
            return True  # "10" in "1.99×10−30"
        if self.word(read.last) in ("×", "^") and self.joined(read.last):
            return True
        nxt_word = self.word(read.last)
        if (
            read.plain_int
            and not has_unit
            and not read.scaled
            and nxt_word[:1].isupper()
            and nxt_word.isalpha()
            and self.spaced(read.last)
            and not is_plural_noun(nxt_word)
        ):
            return True  # "787 Dreamliner", "90049 ZIP Code"
        return False

    def is_age(self, read: _Read) -> bool:
        """An age after a name, set off by commas: "Maria Keller, 45, said"."""
        if not read.plain_int or read.high is not None or not 1 <= read.value <= 120:
            return False
        first = read.first
        before, after = self.word(first - 1), self.word(read.last)
        name = self.word(first - 2)
        return before == "," and after in (",", ")") and name[:1].isupper() and name.isalpha()

    def year_like(self, read: _Read, has_unit: bool, noun: str | None) -> bool:
        """A bare year is never a quantity ("in 2019", "between 1600 and 1900")."""
        if has_unit or not read.plain_int or read.scaled or read.qualifier:
            return False
        lo, hi = read.value, read.high if read.high is not None else read.value
        if not (1500 <= lo <= 2100 and 1500 <= hi <= 2100):
            return False
        if read.value >= 1000 and self.word(read.first).isdigit():
            return True
        return noun is None

    def noun_after(self, read: _Read, *, counted: bool) -> str | None:
        return counted_noun(self.toks, read.last, self.text, allow_of=counted or True)

    def noun_before(self, sentence: int | None) -> str | None:
        """The counted noun of the last count in this or the previous sentence."""
        if self.last_noun is None or sentence is None:
            return None
        where, noun = self.last_noun
        if sentence - where in (0, 1):
            return noun
        return None


def _scale_of(read: _Read) -> float:
    """The scale a range's upper bound was written with ("2 thousand" -> 1000)."""
    value = abs(read.value)
    for scale in (1e12, 1e9, 1e6, 1e3):
        if value >= scale:
            return scale
    return 1.0


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _fmt(value: float) -> str:
    return f"{value:.12g}"


def find_quantities(document: Document, owned: Sequence[Span] = ()) -> list[Quantity]:
    """Every quantity in ``document``, leaving alone the ``owned`` spans (time expressions)."""
    return _Finder(document, owned).run()
