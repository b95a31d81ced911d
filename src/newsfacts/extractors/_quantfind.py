"""The quantity finder: numbers in the token stream, read with what surrounds them.

One left-to-right pass over ``document.tokens``. At each token that can start a number
(see :mod:`._quantread`) the finder reads, within a few tokens either side: the
qualifier before it ("more than"), a unit or currency name after it, a "per"
denominator ("$58 a barrel"), a range ("between 100 and 150", "5 to 7 percent") and the
counted noun ("2,000 soldiers", "300 of its aircraft"). Guards drop what is not a
quantity: years, days of the month, times of day, scores, numbers in names ("Route 66",
"Section 427"), models and products ("the 486 chip", see :mod:`._quantmodel`) and spans
the times extractor owns. Every step looks at a bounded window, so the pass is linear.

Conventions: the span covers qualifier, currency, number, scale and unit ("more than
2,000", "$2.5 billion", "3 percent"); the counted noun is in ``noun``, outside the span.
A range ("between 100 and 150", "10-12", "ranged from 5 to 8") sets ``range`` to (low,
high) and ``value`` to the low bound; after a change word "from X to Y" is the old and
the new value, two quantities ("cut the fine from 1.21 billion to 1.1 billion euros",
see :mod:`._quantchange`). "Hundreds of" and the like are the range [100,
1000), as NewsQuant reads them. A share written "one in five adults" or "seven of 10
voters" is the fraction it states; "one of the best screens" counts one. A bare figure
compared with the one before ("3.9% from 3.7") shares its unit or noun, and so does a
bare move told in a parallel clause ("the DAX rose 2 percent but the CAC fell by 1").
A written count stands alone as a subject ("Five were missing"); "three quarters" after
"the first" or "after" counts quarters; a suspended hyphen shares the compound it opens
("four-, five- and six-cylinder").

A bare count takes the counted noun of the count before only as a continuation: in the
same sentence ("killed 20 people and injured 40 in the capital", "the 145 million it
flew"), or as a subject or object in the next one, never as a level ("Turnout was 45")
and never a singular noun for several ("One person died and two were injured"); a
group opened by "among" names it ("Among participants over 65, 18 were ..."); a count
that a casualty word follows ("two killed", "12 were hurt") counts people, so it takes
no thing counted before it ("launched 40 drones overnight; two killed"). A share
stands alone as the size of a change ("fell by nearly a third") or as a subject ("Half
said"). Two shares of a contest ("leads Biden 47% to 45%") are no falling range. Small
word classes these rules use live in ``data/quantity_grammar.txt``.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence
from functools import cache

import attrs

from newsfacts.document import Document
from newsfacts.extractors._numbers import (
    finite_or_none,
    given_name,
    grammar,
    is_change_word,
    multiple_word_forms,
    number_word,
    possessive,
)
from newsfacts.extractors._quantchange import change_from, changed_object, worth_subject
from newsfacts.extractors._quantframe import (
    bare_measure,
    framed_noun,
    in_noun,
    measured_name,
    wiped_noun,
)
from newsfacts.extractors._quantmodel import (
    may_name_model,
    model_digits,
    names_model,
    opens_noun_phrase,
)
from newsfacts.extractors._quantnoun import (
    compound_head,
    compound_head_at,
    counted_noun,
    is_plural_noun,
    of_determined,
    people_of,
    person_of_a_people,
    plain_noun,
    plural_after_names_listed,
    plural_of,
    plural_through_names,
    share_at,
    stop_or_verb,
    time_follows,
)
from newsfacts.extractors._quantread import MINUS, YEARS, NumberReader, Read
from newsfacts.extractors._quantsubject import plural_subject, subject_noun_of, tally_subject
from newsfacts.extractors._quantunits import (
    MAX_UNIT_TOKENS,
    Currency,
    Unit,
    currency_named_by_sign,
    currency_prefix,
    currency_suffix,
    has_senses,
    looks_like_unit_symbol,
    may_name_unit,
    period_word,
    quantulum_unit,
    retired_currencies,
    scaled_currency,
    sole_sense,
    unit_named,
    unit_sense,
)
from newsfacts.lexicons import lexicon, lexicon_lines
from newsfacts.models import Qualifier, Quantity, Span

__all__ = ["find_quantities"]

_DASHES = frozenset({"-", "–", "—"})
# The extractors read the typeset copy, where typewriter marks ("``", "''") are curly
# ones: these sets hold only straight and curly marks.
_OPENING_QUOTES = frozenset("\"“‘'")
_CLOSING_QUOTES = frozenset("\"”’'")
_MAX_TITLE_WORDS = 3
_MAX_CONVERSION = 8  # tokens of a conversion in brackets: "($2.7 billion)"
_MAX_SUBJECT_WORDS = 2  # words between a subject's determiner and its noun: "The bus driver"
_RANGE_WORDS = frozenset({"to", "through", "-", "–", "—"})
# The words between two figures compared in wire copy ("3.9% from 3.7", "vs. 2.1").
_COMPARED = re.compile(
    r"\s*,?\s*(?:(?:up|down|compared|against)\s+)?(?:from|with|versus|vs\.?|against)\s+"
)
# The end of the words between two amounts when the second is compared with the first
# ("40% of voters backed it, compared with 35%"); searched on a short gap only.
_COMPARED_END = re.compile(r",?\s*(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+$")
_MAX_COMPARED_GAP = 80
# The most one rate may differ from the other it is compared with, either way, for a bare
# amount after it to take its "per" ("$85 a barrel, up from $82").
_MAX_RATE_RATIO = 4.0
# The words between a level and the size of its change set off after it: "12 million
# passengers, up 8%, against 11.1 million".
_CHANGE_ASIDE = re.compile(r", (?:up|down) (?:by )?")
# The preposition, if any, between an amount and the time expression after it: "7.6
# million in August", "230,000 last week".
_TIME_LEAD = re.compile(r" (?:(?:in|on|at|during|for|over) )?")
# A clock time written with a dot in British copy: "11.30", "22.00".
_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# Adjectives after a unit in a compound ("400-metre-long"), or alone ("2,000-strong").
_DIMENSION_WORDS = frozenset({"long", "wide", "high", "tall", "deep", "thick", "strong", "tonne"})
# Words glued to a number with a hyphen that qualify it: "200-plus", "40-odd",
# "20-something".
_SUFFIX_QUALIFIERS = {
    "-plus": "more_than",
    "-odd": "approximately",
    "-some": "approximately",
    "-something": "approximately",
}
# Lines of a video format written with "p" ("1080p"), which is otherwise pence.
_VIDEO_LINES = frozenset({144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})
# Unit symbols read only glued to the digits, being words when apart: "1.9in".
_GLUED_ONLY = {"in": "inch"}
_CLOCK_WORDS = frozenset(
    {"am", "pm", "a.m", "p.m", "gmt", "utc", "et", "pt", "edt", "est", "bst", "hrs"}
)
# Words after a bare count that leave its noun to the sentence before ("about 1,500 were").
_CARRY_AFTER = frozenset(
    {
        "were",
        "was",
        "are",
        "is",
        "had",
        "have",
        "remained",
        "remain",
        "died",
        "fled",
        "left",
        "more",
        "others",
        "in",
        "on",
        "at",
        "from",
        "by",
        "said",
    }
)
_CARRY_VERBS = frozenset(
    {"were", "was", "are", "is", "had", "have", "remained", "remain", "died", "fled"}
)
_PART_WORDS = frozenset({"including", "among"})
# How many sentences back "the nine" may point to "nine miners".
_ANTECEDENT_SENTENCES = 5
_COPULAS = frozenset({"is", "was", "are", "were"})
# What "of" points back to after a bare count: "45 of them", "200 of which".
_OF_ANAPHORS = frozenset({"them", "whom", "which", "those", "these"})
# Plural words before a change verb that are not what a figure counts ("shares rose to 5").
_NOT_SUBJECT = frozenset({"shares", "prices", "sales", "rates", "yields", "stocks", "futures"})
# Words after "a year", "a month" that make it a point in time rather than a rate.
_NOT_RATE_AFTER = frozenset({"earlier", "ago", "before", "later", "after", "prior", "on", "since"})
# ") a year", ") per share" after a conversion in brackets, and the word after it.
_BRACKET_RATE = re.compile(
    r"\s*\)\s{1,3}(?:a|an|per)\s{1,3}([A-Za-z]{1,20})(?:\s{1,3}([A-Za-z]{1,20}))?"
)
# What joins the items of a short list: "18, 19 and 22", "4 or 5".
_LIST_GAP = re.compile(r",? ?(?:and |or )?|, ")
# A score written in one token ("7-6", "3-1"), before a tie-break in brackets.
_SCORE = re.compile(r"[0-9]{1,3}[-–][0-9]{1,3}")
# The wholes of a share written "seven of 10 voters", "nine of 100 people".
_LETTER_LABEL = re.compile(r"[0-9]{1,4}[A-Z]")
_SHARE_BASES = frozenset({"10", "100", "1,000", "1000"})
# Units a figure in a parallel clause takes from the one before ("... and fell by 1").
_PARALLEL_UNITS = frozenset({"percent", "point", "percentage point", "basis point"})
# Units of a ratio, which no subject is measured in ("valued at 12 times earnings").
_RATIO_UNITS = frozenset({"times", "fold"})
_NO_UNIT = Unit("", None, 1.0)
# A price in a currency's main unit, written with its two decimals ("1.20", "0.95").
_MAIN_UNIT_PRICE = re.compile(r"[0-9]{1,4}\.[0-9]{2}")
# How much smaller and larger than the old price in cents a new one read in the main
# unit may be ("98 cents to 1.04", "95 pence to 0.62"; not "40 cents to 38.50").
_MAIN_UNIT_RATIO = (0.2, 5.0)
_AGE = Unit("year of age", "year", 1.0)
# The hours of a clock face: "left school at 3" is a time, "left school at 16" an age.
_CLOCK_HOURS = 12
_MAX_SPEAKER_GAP = 5  # tokens from "said" to an age: "said Armando Ruiz, 73"
_MAX_RANK = 100  # "#5", "#23": a rank or a label after the number sign is small
_OLDEST = 110  # the highest age "at" a number may give: "At 95, he still ran"
# The capitalised words of a place passed after a speaker ("One elder in West Pokot said").
_MAX_PLACE_WORDS = 3


@cache
def _qualifier_table(name: str) -> dict[tuple[str, ...], str]:
    """A "<phrase>\t<qualifier>" lexicon keyed by the phrase's lower-case words."""
    out: dict[tuple[str, ...], str] = {}
    for line in lexicon_lines(name):
        phrase, qualifier = line.split("\t")
        out[tuple(phrase.lower().split())] = qualifier
    return out


def _qualifiers() -> dict[tuple[str, ...], str]:
    """Words before a number that qualify it ("more than", "about")."""
    return _qualifier_table("quantity_qualifiers")


# The most words from a bare count to its casualty word: "two were reportedly killed".
_CASUALTY_REACH = 4


@cache
def _things() -> frozenset[str]:
    """The nouns of ``event_thing_antecedents.txt`` (craft, storms, structures) and their
    plurals: things, which no casualty word can count."""
    words = lexicon_lines("event_thing_antecedents")
    return frozenset(words) | frozenset(plural_of(word) for word in words)


def _people_noun(noun: str) -> bool:
    """Whether the head of ``noun`` names people (``groups.txt``: "villagers")."""
    return noun.lower().rsplit(" ", 1)[-1] in lexicon("groups")


@cache
def _craft() -> frozenset[str]:
    """The nouns of ``missing_craft`` and their plurals."""
    words = grammar("missing_craft")
    return frozenset(words) | frozenset(plural_of(word) for word in words)


# The amounts found last that a casualty count may look back on: "312 passengers and 40
# vehicles. Six are missing".
_RECENT_COUNTS = 3


def thing_noun(noun: str) -> bool:
    """Whether the head of ``noun`` names a thing of ``_things`` ("Russian drones")."""
    return noun.lower().rsplit(" ", 1)[-1] in _things()


# The most words between the noun of "the number of NOUN" and the "to" of its new level.
_MAX_TALLY_TAIL = 8


def _postfix_qualifiers() -> dict[tuple[str, ...], str]:
    """Two words after a number that qualify it ("or more", "and over")."""
    return _qualifier_table("quantity_postfix_qualifiers")


@cache
def _max_qualifier_len() -> int:
    return max(len(k) for k in _qualifiers())


@cache
def _qualifier_heads() -> frozenset[str]:
    return frozenset(k[0] for k in _qualifiers())


@cache
def _qualifier_tails() -> frozenset[str]:
    """The last words of the qualifiers: one must stand right before a qualified number."""
    return frozenset(k[-1] for k in _qualifiers())


class _Finder(NumberReader):
    """The pass over one document's tokens."""

    def __init__(self, document: Document, owned: Sequence[Span]) -> None:
        super().__init__(document)
        self.owned = sorted(owned, key=_span_key)  # as Span orders, without its __lt__
        self.owned_starts = [span.start for span in self.owned]
        # furthest end among the spans up to each index: lets a look-up stop early
        self.owned_reach = list(itertools.accumulate((s.end for s in self.owned), max))
        self.released: set[Span] = set()  # bare numbers the times stage misread as years
        self.out: list[Quantity] = []
        self.money: list[bool] = []  # whether each quantity of ``out`` is money
        self.last_noun: tuple[int, str] | None = None  # (sentence index, noun)
        # value of each count -> (sentence index, its noun): "nine miners" for "the nine"
        self.noun_of_value: dict[float, tuple[int, str]] = {}
        self.amount_starts: dict[int, int] = {}  # last token of each amount -> its first
        self._sentence_words: dict[int, frozenset[str]] = {}
        self._article_words: dict[str, int] | None = None
        self._models: frozenset[str] | None = None  # digits naming models in the article
        self.new_value_at = -1  # first token of the new value of a change "from X to Y"

    def owned_spans(self, start: int, end: int) -> Iterator[Span]:
        """The time expressions overlapping ``[start, end)``, in O(log n + overlaps)."""
        k = bisect.bisect_left(self.owned_starts, end) - 1
        while k >= 0 and self.owned_reach[k] > start:
            span = self.owned[k]
            if span.end > start and span not in self.released:
                yield span
            k -= 1

    def owned_by_times(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.owned_starts, end) - 1
        if k < 0 or self.owned_reach[k] <= start:
            return False  # no time expression reaches into the span (most numbers)
        return next(self.owned_spans(start, end), None) is not None

    # -- the pass ---------------------------------------------------------------------

    def run(self) -> list[Quantity]:
        # Only the tokens where a number can start are visited; read_at is None elsewhere.
        starts = self.number_starts()
        k, n = 0, len(starts)
        while k < n:
            i = starts[k]
            read = self.read_at(i)
            if read is None:
                k += 1
                continue
            quantity = self.finish(read)
            if quantity is not None:
                quantity = self.inherit_unit(self.inherit_qualifier(quantity))
                self.out.append(self.inherit_noun(quantity))
                self.money.append(read.currency is not None)
                self.share_change_noun(read)
                self.bracket_rate()
                self.share_conversion_noun()
                self.share_of_amount_noun()
            k = bisect.bisect_left(starts, max(read.last, i + 1), k + 1)
        return self.out

    def share_change_noun(self, read: Read) -> None:
        """The old value of a change counts what its new value counts ("an increase from
        300 to 450 officers": both count officers)."""
        if read.first != self.new_value_at or len(self.out) < 2:
            return
        old, new = self.out[-2], self.out[-1]
        if old.noun is None and new.noun is not None and old.unit == new.unit:
            self.out[-2] = attrs.evolve(old, noun=new.noun)
        if new.unit is None and new.noun in (None, old.noun) and old.unit is not None:
            # "dropped from 208 pounds to 193": the new value is in the old one's unit
            main = _main_unit_of(old, new)
            if main is not None:
                self.out[-1] = attrs.evolve(main, noun=old.noun)
                return
            scale = old.normalized_value / old.value if old.normalized_value and old.value else None
            self.out[-1] = attrs.evolve(
                new,
                unit=old.unit,
                noun=old.noun,
                normalized_value=finite_or_none(new.value * scale) if scale else None,
                normalized_unit=old.normalized_unit if scale else None,
            )

    def share_conversion_noun(self) -> None:
        """An amount restated in another currency measures what the phrase after it names.

        "18 billion euros ($19.6 billion) of U.S. goods", "a 2.5 billion euro ($2.7
        billion) offer", "10 million rupees, about $75,000, in relief": a conversion in
        brackets or between commas right after money shares the noun named after it. A
        noun named before ("compensation of 20,000 rupees ($240)") stays the first
        amount's: the blind annotators leave the conversion without it.
        """
        if len(self.out) < 2:
            return
        before, inside = self.out[-2], self.out[-1]
        # "500 pounds (225 kilograms) of medical supplies": a measure restated the same way
        measures = before.unit is not None and inside.unit is not None
        measures = measures and "percent" not in (before.unit, inside.unit)
        if not (self.money[-1] and self.money[-2]) and not measures:
            return
        gap = self.text[before.span.end : inside.span.start]
        if gap.strip() not in ("(", ",") or len(gap) > 3 or before.unit == inside.unit:
            return
        closing = self.doc.token_index(inside.span.end)
        if self.word(closing) != (")" if "(" in gap else ","):
            return
        after = closing + 1
        if not (self.money[-1] and self.money[-2]) and self.low(after) != "of":
            return
        noun: str | None = None
        if self.low(after) == "in":
            noun = in_noun(self, self.doc.token_index(before.span.start), after)
        elif self.low(after) == "of" and self.spaced(after + 1):
            noun = counted_noun(self.toks, after, self.text, allow_of=True)
        elif before.noun is not None and before.noun.split()[-1] in (
            self.word(after),
            self.word(after + 1),
        ):
            noun = before.noun  # "a 2.5 billion euro ($2.7 billion) offer"
        if noun is not None:
            self.out[-2:] = [attrs.evolve(before, noun=noun), attrs.evolve(inside, noun=noun)]

    def share_of_amount_noun(self) -> None:
        """A share of an amount measures what the amount measures: "10% of the 80 million
        barrels of oil" (oil), "40 percent of the 300 tonnes of grain" (grain), "a third of
        its $2 billion in aid" (aid). The share stands right before "of", a determiner or
        a possessive and the amount of money or measure; a unit's own words are never the
        noun ("of the 1.5 billion shekels he needs" names none)."""
        if len(self.out) < 2:
            return
        share, amount = self.out[-2], self.out[-1]
        if not (self.money[-1] or amount.unit is not None):
            return
        # "5% of the 2 million tonnes of wheat": the share took the unit's word, which a
        # noun of the amount's own replaces ("20 percent of the 5,000 yards he gained"
        # keeps the yards)
        unit_word = share.noun is not None and self.unit_word_of(amount, share.noun)
        if share.noun is not None and not unit_word:
            return
        end = self.doc.token_index(share.span.end) - 1
        start = self.doc.token_index(amount.span.start)
        if not share_at(self.toks, end) or not of_determined(self.toks, end + 1, start):
            return
        noun = amount.noun
        after = self.doc.token_index(amount.span.end)
        if noun is None and " of " in amount.text:
            last = amount.text.rsplit(" of ", 1)[1]
            noun = last if plain_noun(last) else None  # "80 million barrels of oil"
        elif noun is not None:
            after = self.noun_closing(after, noun)
        if unit_word and noun in grammar("subject_raising"):
            return  # "of grain due this month": an adjective after the noun is none
        if noun is not None and after >= 0 and self.phrase_closes(after) and not stop_or_verb(noun):
            self.out[-2] = attrs.evolve(share, noun=noun)

    def unit_word_of(self, amount: Quantity, noun: str) -> bool:
        """Whether ``noun`` is the word of ``amount``'s unit written inside its span
        ("tonnes" in "2 million tonnes", "pounds" in "12 million pounds"), a measure of
        stuff rather than a market's unit (points, percent, cents)."""
        if noun not in amount.text.split() or amount.unit in grammar("market_unit"):
            return False  # "60% of the 400 points scored": a share of points counts points
        return unit_named(noun) is not None or currency_suffix(noun, scaled=True) is not None

    def noun_closing(self, j: int, noun: str) -> int:
        """The token after ``noun`` when it ends the phrase right after an amount, maybe
        past "of" or "in" and modifiers ("$2 billion in student aid", "$4 billion debt"),
        or -1: a noun past a verb ("$1 billion war chest remains unspent") is no guess."""
        if self.low(j) in ("of", "in"):
            j += 1
        words = noun.split()
        for k in range(j, min(j + 4, self.n)):
            if all(self.word(k + m) == word for m, word in enumerate(words)):
                return k + len(words)
            word = self.word(k)
            # a lower-case modifier or a proper adjective ("of Russian wheat")
            modifier = word.islower() or (word[:1].isupper() and word[1:].islower())
            if not (word.replace("-", "").isalpha() and modifier) or stop_or_verb(word):
                return -1
        return -1

    def phrase_closes(self, j: int) -> bool:
        """Whether the noun phrase before token ``j`` has ended there: no plain noun goes
        on ("tonnes of iron ore shipped" does not end at "iron")."""
        word = self.word(j)
        if not (word.isalpha() and word.islower()) or stop_or_verb(word):
            return True
        return word.endswith("ed") or word in grammar("irregular_participle")

    def bracket_rate(self) -> None:
        """A rate stated after a conversion in brackets applies to both figures.

        "9 billion shekels ($2.4 billion) a year", "£100,000 ($125,000) per year": the
        last two quantities get the period the sentence gives after the bracket.
        """
        if len(self.out) < 2:
            return
        before, inside = self.out[-2], self.out[-1]
        if before.unit is None or inside.unit is None or " per " in f"{before.unit}{inside.unit}":
            return
        if self.text[before.span.end : inside.span.start].strip() != "(":
            return
        m = _BRACKET_RATE.match(self.text, inside.span.end, inside.span.end + 40)
        if m is None or m[1].lower() not in lexicon("quantity_per_words"):
            return
        if m[2] and m[2].lower() in _NOT_RATE_AFTER:
            return  # "($2.4 billion) a year earlier"
        period = _singular(m[1].lower())
        self.out[-2:] = [_per(before, period), _per(inside, period)]

    def inherit_qualifier(self, quantity: Quantity) -> Quantity:
        """A figure restated after a slash or "or" shares the qualifier of the first.

        "just under 224 kW / 300 PS": the PS figure is "just under" too. A conversion in
        brackets keeps only its own ("about 140 km (87 miles)": 87 miles exactly), as
        every blind annotator of wire copy marks it.
        """
        if quantity.qualifier is not None or not self.out:
            return quantity
        before = self.out[-1]
        gap = self.text[before.span.end : quantity.span.start]
        if before.qualifier is not None and gap.strip() in ("/", "or") and (len(gap) <= 5):
            return attrs.evolve(quantity, qualifier=before.qualifier)
        return quantity

    def inherit_unit(self, quantity: Quantity) -> Quantity:
        """A bare figure compared with the one before shares its unit (or counted noun).

        "rose to 3.9% from 3.7", "fell to 1.2 million barrels, down from 1.5 million":
        wire copy states the unit once for both sides of the comparison.
        """
        if quantity.unit is not None or quantity.noun is not None or not self.out:
            return quantity
        before = self.out[-1]
        gap = self.text[before.span.end : quantity.span.start]
        if len(self.out) > 1 and self.change_aside(self.out[-2], before, gap):
            # "carried 12 million passengers in July, up 8%, against 11.1 million": the
            # level before the change's size is the one compared
            outer = self.out[-2]
            return attrs.evolve(quantity, noun=outer.noun) if outer.unit is None else quantity
        if self.tally_to(before, quantity, gap):
            return attrs.evolve(quantity, noun=before.noun)  # "by 312 votes to 187"
        if before.unit is None and before.noun and gap[:1] == " " and len(gap) < 60:
            rest = gap[1:]
            if rest.startswith(before.noun) and _COMPARED.fullmatch(rest[len(before.noun) :]):
                # "12,000 members, up from 9,000": the noun after the count is said once
                return attrs.evolve(quantity, noun=before.noun)
        if self.changed_from_to(before, gap):
            quantity = attrs.evolve(quantity, noun=before.noun)  # the new value of the same
        elif (
            (len(gap) > 24 or _COMPARED.fullmatch(gap) is None)
            and _COMPARED.fullmatch(self.after_time(before.span.end, quantity.span.start)) is None
            and not self.parallel_change(before, gap)
        ):
            return quantity
        if before.unit is None:
            # "Deaths fell to 45, down from 60": the count before names what is counted
            return attrs.evolve(quantity, noun=before.noun) if before.noun else quantity
        main = _main_unit_of(before, quantity)
        if main is not None:
            return main
        normalized = None
        if before.normalized_value is not None and before.value:
            normalized = quantity.value * before.normalized_value / before.value
        return attrs.evolve(
            quantity,
            unit=before.unit,
            normalized_value=finite_or_none(normalized) if normalized is not None else None,
            normalized_unit=before.normalized_unit if normalized is not None else None,
        )

    def inherit_noun(self, quantity: Quantity) -> Quantity:
        """An amount compared with the one before, in the same unit, measures the same thing.

        "Some 40% of voters backed it, compared with 35% in 2019", "revenue rose to $3
        billion, against $2.6 billion a year earlier": the comparison is elliptical and
        names its noun once, within one clause chain with no other figure between.
        """
        if quantity.noun is not None or quantity.unit is None or not self.out:
            return quantity
        before = self.out[-1]
        gap = self.text[before.span.end : quantity.span.start]
        if len(self.out) > 1 and self.change_aside(self.out[-2], before, gap):
            outer = self.out[-2]  # "revenue was $4.2 billion, up 8%, against $3.9 billion"
            return (
                attrs.evolve(quantity, noun=outer.noun) if outer.unit == quantity.unit else quantity
            )
        same = before.unit == quantity.unit or str(before.unit).startswith(f"{quantity.unit} per ")
        if before.noun is not None and same and self.changed_from_to(before, gap):
            # "rose from $4 a gallon after the hurricane to $5": the new value of the same
            return attrs.evolve(quantity, noun=before.noun)
        if (before.noun is None and before.unit == quantity.unit) or not same:
            return quantity
        # "rose to $30 billion in May, up from $28 billion", "was 67% in 2019, compared
        # with 59%": the words past a time after the first amount are the comparison
        past = self.after_time(before.span.end, quantity.span.start)
        rest = past if _COMPARED.fullmatch(past) else gap
        compared = _COMPARED.fullmatch(rest) is not None or _COMPARED_END.search(rest) is not None
        if (
            len(rest) > _MAX_COMPARED_GAP
            or any(c in rest for c in ".;:?!()\n")
            or any(c.isdigit() for c in rest)
        ):
            return quantity
        if not compared:
            return quantity
        if before.unit != quantity.unit:
            # "$2,450 an ounce on Monday, up from $2,400": the rate is stated once, for a
            # value of its size (but "50 cents a share, compared with $90.5 million")
            if not _of_a_size(before.value, quantity.value):
                return quantity
            quantity = _per(quantity, str(before.unit).rsplit(" per ", 1)[1])
        return attrs.evolve(quantity, noun=before.noun) if before.noun else quantity

    def change_aside(self, outer: Quantity, change: Quantity, gap: str) -> bool:
        """Whether ``change`` is the size of a change set off by commas after the level
        ``outer`` (maybe past a time), and the gap after it opens a comparison: "12
        million passengers in July, up 8%, against" (then the level is compared)."""
        if _COMPARED_END.search(gap) is None or not gap.startswith(","):
            return False
        start = outer.span.end
        if outer.noun and self.text.startswith(f" {outer.noun}", start):
            start += len(outer.noun) + 1  # "12 million passengers in July, up 8%"
        between = self.after_time(start, change.span.start) or self.text[start : change.span.start]
        return _CHANGE_ASIDE.fullmatch(between) is not None

    def after_time(self, start: int, end: int) -> str:
        """The text from the end of a time expression at ``start`` (maybe after a
        preposition) to ``end``, or "" when none stands there: between two amounts, "fell
        to 7.6 million in August, down from 7.64 million" -> ", down from ", "rose to 1,200
        in March from 900" -> " from "."""
        lead = _TIME_LEAD.match(self.text, start, end)
        if lead is None:
            return ""
        start = lead.end()
        ends = [span.end for span in self.owned_spans(start, start + 1) if span.start == start]
        if not ends or max(ends) >= end:
            return ""
        return self.text[max(ends) : end]

    def changed_from_to(self, before: Quantity, gap: str) -> bool:
        """The new value of a change "from X ... to Y" is in the old value's unit when
        words stand between them: "climbed from 21 mpg combined to 23", "output rose
        from 20 tonnes in 2008 to 29 in 2020". The old value follows a "from" that
        gives the old value of a change, and the gap ends in "to" with no clause mark."""
        words = gap.split()
        if not words or words[-1].lower() != "to" or len(gap) > 40 or not gap[:1].isspace():
            return False
        if any(c in gap for c in ",;:()") or "to" in (w.lower() for w in words[:-1]):
            return False
        first = self.doc.token_index(before.span.start)
        return self.low(first - 1) == "from" and change_from(self, first - 1)

    def tally_to(self, before: Quantity, quantity: Quantity, gap: str) -> bool:
        """A tally "N things to M": the bare second figure counts the same things.

        "passed by 312 votes to 187", "won by three goals to one", "a 52 seats to 48
        split": the count before names its noun right after it, then "to" and a bare
        figure with no noun or unit of its own.
        """
        if before.unit is not None or before.noun is None or quantity.range is not None:
            return False
        words = gap.split()
        return (
            len(words) == 2
            and words[0] == before.noun
            and words[1] == "to"
            and gap[:1].isspace()
            and before.range is None
        )

    def parallel_change(self, before: Quantity, gap: str) -> bool:
        """Two moves told in parallel share a percentage or points unit.

        "the DAX rose by 2 percent but the CAC fell by 1": both figures follow a change
        word ("rose", "fell by"), in one sentence, and only the first names its unit.
        """
        if before.unit not in _PARALLEL_UNITS or len(gap) > 60 or any(c in gap for c in ".;:?!()"):
            return False
        lead = self.text[max(0, before.span.start - 30) : before.span.start]
        return _after_change_word(gap) and _after_change_word(lead)

    def read_at(self, i: int) -> Read | None:
        """The number at token ``i`` with its unit, range and rate, or None."""
        read = self.number_at(i)
        if read is None:
            return None
        self.read_suspended(read)
        self.read_ratio(read)
        self.read_unit(read)
        self.read_range(read)
        self.read_per(read)
        self.read_exchange_rate(read)
        self.read_plus(read)
        return read

    def read_exchange_rate(self, read: Read) -> None:
        """A bare exchange rate: "the yen weakened to 155 per dollar", "the rupee closed at
        83.2 against the dollar": the currency named before, per the one named after."""
        if read.currency is not None or read.unit is not None or read.unit_name is not None:
            return
        if read.written or read.high is not None:
            return
        j = read.last
        word = self.low(j)
        if word == "per" and self.spaced(j + 1):
            k = j + 1
        elif word in ("to", "against") and self.low(j + 1) == "the" and self.spaced(j + 2):
            k = j + 2
        else:
            return
        per = currency_suffix(self.word(k))
        if per is None:
            return
        sentence = self.doc.sentence_at(self.toks[read.first].start)
        for b in range(read.first - 1, max(read.first - 13, -1), -1):
            if sentence is not None and self.toks[b].start < sentence.start:
                return
            word = self.word(b)
            subject = currency_suffix(word) if word.islower() else None
            if subject is not None and has_senses(word):
                subject = self.country_currency(word, b) or subject  # "the peso" in Chile
            if subject is None and word.islower() and self.low(b - 1) == "the":
                subject = scaled_currency(word)  # "the won fell to 1,300 per dollar"
            if subject is not None and subject.name != per.name:
                read.currency, read.per, read.last = subject, per.name, k + 1
                return

    def read_suspended(self, read: Read) -> None:
        """A suspended hyphen takes the head of the compound it shares.

        "four-, five- and six-cylinder engines", "two- and three-bedroom flats", "10- to
        15-minute walk": the number before the dangling hyphen is read as if written
        "four-cylinder".
        """
        j = read.last
        if read.suffix or read.high is not None or self.word(j) != "-" or not self.joined(j):
            return
        if self.low(j + 1) not in (",", "and", "or", "to"):
            return
        for k in range(j + 1, min(j + 10, len(self.toks))):
            head, dash, rest = self.word(k).partition("-")
            if dash and rest[:1].isalpha() and (head.isdigit() or number_word(head)):
                read.suffix = "-" + rest  # the span still ends before the hyphen
                read.tags.add("suspended")
                return
            if self.word(k) not in ("-", ",", "and", "or", "to") and not (
                self.word(k).isdigit() or number_word(self.word(k))
            ):
                return

    def read_ratio(self, read: Read) -> None:
        """ "one in five adults", "nine out of 10 Americans": the share X/Y of what follows."""
        if read.high is not None or read.suffix or read.scaled or read.currency is not None:
            return
        if not (read.plain_int or read.written) or read.value < 1:
            return
        j = read.last
        if self.low(j) == "in":
            k = j + 1
        elif self.low(j) == "out" and self.low(j + 1) == "of":
            k = j + 2
        elif self.low(j) == "of" and self.word(j + 1) in _SHARE_BASES and read.value < 100:
            # "seven of 10 voters" (but "seven of the 12 crew" and "14 of 19 economists"
            # are two counts: only a round base makes the pair a share)
            k = j + 1
        else:
            return
        if not all(self.spaced(m) for m in range(j, k + 1)):
            return
        whole = self.number_at(k)
        if whole is None or whole.high is not None or whole.suffix or whole.currency:
            return
        if whole.value % 1 or whole.scaled or not read.value < whole.value <= 1_000_000:
            return
        nxt = self.word(whole.last)
        if unit_named(nxt) is not None or self._owned_token(k):
            return  # "3 in 10 minutes": a count and a duration, not a share
        read.value = read.value / whole.value
        read.last = whole.last
        read.plain_int = False
        read.tags.add("fraction")
        read.tags.add("ratio")

    def _owned_token(self, k: int) -> bool:
        token = self.toks[k]
        return self.owned_by_times(token.start, token.end)

    def read_plus(self, read: Read) -> None:
        """ "10,000+ fans": a trailing plus sign means more than."""
        j = read.last
        if self.word(j) == "+" and self.joined(j) and not self.word(j + 1)[:1].isdigit():
            read.qualifier = read.qualifier or "more_than"
            read.last = j + 1

    # -- around the number ------------------------------------------------------------

    def read_unit(self, read: Read) -> None:
        """Read the unit or currency: glued ("87mph", "6.1-inch") or in the next tokens."""
        qualifier = _SUFFIX_QUALIFIERS.get(read.suffix.lower())
        if qualifier is not None:
            read.qualifier = read.qualifier or qualifier  # "200-plus", "40-odd"
            read.suffix = ""
        suffix = read.suffix.lstrip("-")
        if suffix:
            self._glued_unit(read, suffix)
            return
        j = read.last
        if read.vague and self.low(j) == "of":
            j += 1
        if "fraction" in read.tags and read.written:
            k = j + 1 if self.low(j) == "of" else j
            unit = unit_named(self.word(k + 1))
            if unit is None and self.spaced(k + 2):  # "half a percentage point", "per cent"
                unit = unit_named(f"{self.word(k + 1)} {self.word(k + 2)}")
            if self.low(k) in ("a", "an") and unit is not None:
                j = k + 1  # "half a mile", "one-tenth of a percent"
        if not (self.spaced(j) or self.joined(j)) or j >= len(self.toks):
            return
        gap = self.low(j) in grammar("unit_gap") and read.currency is None and self.spaced(j + 1)
        if gap and self._unit_from(read, j + 1):
            return  # "10 extra miles", "3 more points"
        if not self._unit_from(read, j) and read.currency is None:
            self._quantulum(read, j)
        if read.last == j + 1 and has_senses(self.word(j)):
            self.choose_sense(read, j)

    def choose_sense(self, read: Read, j: int) -> None:
        """Read an ambiguous unit symbol at token ``j`` as its sentence suggests.

        "2.5 F" beside "capacitor" is a farad, not a temperature; "150 kn" for a ticket
        is Croatian kuna, not a speed. A currency name several countries share ("pesos",
        "kroner", "rupees") takes the country its sentence names, or else the one country
        of those its article names.
        """
        retired = self.retired()
        sense = unit_sense(self.word(j), _with_parts(self.sentence_words(j)), retired)
        word = self.word(j)
        own = read.currency is None or read.currency in (
            currency_suffix(word),
            scaled_currency(word),  # "1.5 million marks"
        )
        if sense is None and own and read.currency is not None:
            # "78 kroner" in an article about Norway: the country the article names
            sense = _current_currency(sole_sense(self.word(j), self.article_words()), retired)
        if sense is None and own and read.currency is not None and read.currency.code in retired:
            # "2 billion marks" in a 2024 story: no German marks; the count of "marks"
            read.currency, read.last = None, j
            return
        if isinstance(sense, Currency) and sense.code == "GBP" and self.stuff_of(j + 1):
            return  # "fined for 200 pounds of cannabis": a mass of a thing
        if isinstance(sense, Currency) and own:
            read.currency, read.unit, read.unit_name = sense, None, None
        elif isinstance(sense, Unit) and read.currency is None:
            read.unit, read.unit_name = sense, None
        else:
            return
        read.tags.discard("quantulum")

    def country_currency(self, word: str, j: int) -> Currency | None:
        """The currency a name several countries share ("peso") is in the sentence of
        token ``j`` or, failing that, in the article, by the country they name."""
        retired = self.retired()
        sense = unit_sense(word, _with_parts(self.sentence_words(j)), retired)
        if sense is None:
            sense = sole_sense(word, self.article_words())
        return _current_currency(sense, retired)

    def retired(self) -> frozenset[str]:
        """The currencies gone when the document was published (none without a date)."""
        published = self.doc.published
        return retired_currencies(published.year if published is not None else None)

    def article_words(self) -> dict[str, int]:
        """How often the article writes each lower-case word, the parts of hyphenated
        words and possessives counted too ("oslo-based", "nepal's"); counted once."""
        if self._article_words is None:
            counts: dict[str, int] = {}
            for word in self.lows:
                for part in _word_parts(word):
                    counts[part] = counts.get(part, 0) + 1
            self._article_words = counts
        return self._article_words

    def stuff_of(self, k: int) -> bool:
        """Whether "of" and a bare noun start at token ``k``: "pounds of thrust" weighs
        or measures a thing; "pounds of public money", "pounds of his savings" do not."""
        nxt = self.word(k + 1)
        money = grammar("money_stuff")
        return (
            self.low(k) == "of"
            and nxt.isalpha()
            and nxt.islower()
            and nxt not in lexicon("quantity_stopwords")
            and nxt not in money
            and self.low(k + 2) not in money  # "pounds of public money"
        )

    def sentence_words(self, j: int) -> frozenset[str]:
        """The lower-case words of the sentence holding token ``j`` (read once a sentence)."""
        start = self.toks[j].start
        index = self.doc.sentence_index(start)
        key = index if index is not None else -1 - j
        words = self._sentence_words.get(key)
        if words is None:
            sentence = self.doc.sentences[index] if index is not None else self.toks[j].span
            lo = self.doc.token_index(sentence.start)
            hi = self.doc.token_index(sentence.end)
            words = frozenset(self.lows[lo:hi])
            self._sentence_words[key] = words
        return words

    def _glued_unit(self, read: Read, suffix: str) -> None:
        last = read.last
        word, _, denominator = suffix.partition("-")
        if word.lower() in ("a", "an", "per") and (read.currency or read.unit):
            # "$10-an-hour", "$5.6 billion-a-year": a rate written as one compound
            unit = unit_named(denominator)
            if unit is not None or denominator.lower() in lexicon("quantity_per_words"):
                read.per = unit.name if unit is not None else _singular(denominator.lower())
                return
        if suffix == "p" and read.plain_int and read.value in _VIDEO_LINES:
            read.tags.add("unknown_suffix")  # "1080p": a video format, not pence
            return
        # "0-80km" + "/" + "h", "37" "m2": extend with glued tokens.
        key = suffix
        best: tuple[int, Unit | None, Currency | None] | None = None
        for extra in range(3):
            if extra:
                j = last + extra - 1
                if not self.joined(j) or j >= len(self.toks):
                    break
                key += self.word(j)
            unit = unit_named(_GLUED_ONLY.get(key, key))
            currency = currency_suffix(key)
            if unit is not None or currency is not None:
                best = (last + extra, unit, currency)
        if best is None and "-" in suffix:
            stem, _, adjective = suffix.rpartition("-")
            if adjective.lower() in _DIMENSION_WORDS:
                # "400-metre-long ship": the unit before a dimension adjective
                unit = unit_named(stem)
                if unit is not None:
                    read.unit = unit
                    read.cut = self.toks[read.last - 1].end - len(adjective) - 1
                    return
        if best is None and suffix.lower() == "strong" and read.high is None:
            return  # "a 2,000-strong workforce": the noun follows
        if best is None:
            if len(suffix) > 1 and looks_like_unit_symbol(suffix):
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

    def _unit_from(self, read: Read, j: int) -> bool:
        """Longest unit or currency name starting at token ``j``."""
        key = ""
        best: tuple[int, Unit | None, Currency | None] | None = None
        scaled = read.scaled and read.currency is None
        for k in range(MAX_UNIT_TOKENS):
            t = j + k
            if t >= len(self.toks) or (k and not (self.joined(t) or self.spaced(t))):
                break
            if k and not self.joined(t):
                key += " "
            key += self.word(t)
            if not may_name_unit(key):
                break  # and no longer key names one either
            unit = unit_named(key)
            currency = currency_suffix(key, scaled=scaled)
            if k == 0 and currency is None and not read.scaled and read.currency is None:
                named = scaled_currency(key)  # "won": also a verb
                if named is not None and self.sizeable(read, t + 1):
                    currency = named
            if unit is not None or currency is not None:
                best = (t + 1, unit, currency)
        if best is None:
            head = self.word(j).split("-")[0]
            unit = unit_named(head) if "-" in self.word(j) and len(head) > 2 else None
            if unit is None:
                return False
            best = (j + 1, unit, None)
            read.cut = self.toks[j].start + len(head)
        end, unit, currency = best
        word = self.word(j)
        if word in ("x", "×") and self.word(end)[:1].isdigit():
            return False  # "2,532 x 1,170": a dimension, not "times"
        if (
            unit is not None
            and currency is None
            and end == j + 1
            and _title_case(word)
            and word.lower().rstrip("s") in unit.name
            and (unit.name == unit.name.lower() and not self.sentence_start(j))
        ):
            return False  # "60 Minutes", "Five Points": a title, not a unit ("Gbps" is)
        if self.word(end) == "s" and self.joined(end):
            return False  # "2022′s": a possessive, not a unit
        if (
            end == j + 1
            and len(word) > 2
            and word.isalpha()
            and word.isupper()
            and is_plural_noun(self.word(end))
            and self.word(end).islower()
        ):
            return False  # "5 CUP games": a name in capitals before its noun
        if (
            unit is not None
            and currency is None
            and end == j + 1
            and not self._unit_plausible(read, j, word)
        ):
            return False  # a compound ("A/cm2", "N·m") is a unit even where "A" alone is not
        if currency is not None and read.currency is None:
            # "pounds" after "million" is money; "208 pounds" is weight.
            read.currency = currency
        elif currency is not None:
            if (
                read.currency
                and read.currency.name == "dollar"
                and currency.name.endswith("dollar")
            ):
                read.currency = currency  # "$999 AUD": the code says which dollar "$" is
            # else "$5 USD": the sign already said it
        else:
            assert unit is not None
            pounds = self.low(j) in ("pounds", "pound")
            if unit.name == "pound" and read.scaled and pounds and not self.stuff_of(end):
                read.currency = Currency("pound sterling", "GBP")
            else:
                read.unit = unit
        read.last = end
        return True

    def sizeable(self, read: Read, after: int) -> bool:
        """A sizeable figure before a currency name that is also a verb: "71,700 won in".

        Four digits or more, not a year, and the name followed by punctuation or a word
        that cannot start the verb's object ("won per dollar", not "won the title").
        """
        if read.written or read.value < 1000 or read.high is not None:
            return False
        if read.plain_int and YEARS[0] <= read.value <= YEARS[1]:
            return False
        nxt = self.word(after)
        return not nxt[:1].isalnum() or nxt.lower() in grammar("won_after")

    def _unit_plausible(self, read: Read, j: int, word: str) -> bool:
        """Guard one-letter and clashing unit symbols against ordinary words."""
        if len(word) == 1 and word.isalpha():
            # "5 W charger" yes; "a 5 m" fine; but "Game 2 A" or "at 3 I" no.
            if not self.spaced(j) and not self.joined(j):
                return False
            nxt = self.word(j + 1)
            # "a 5 W USB-C charger", "a 9 W LED bulb": an acronym modifier, then the noun
            acronym = nxt.isupper() and len(nxt) > 1 and self.word(j + 2)[:1].islower()
            if word in ("a", "A", "I") or (
                nxt[:1].isalpha() and word.isupper() and nxt[:1].isupper() and not acronym
            ):
                return False
        if word.lower() in ("in", "in.") and not word.endswith("."):
            return False
        if read.written and word in grammar("digits_only_symbol"):
            return False  # "one MP voted": a member of parliament, not a megapixel
        # After a currency only a percentage can follow as a unit ("$5 %" is odd, "$5 m"
        # was a scale): "$3 billion in" is not "inches".
        return read.currency is None or (unit_named(word) or _NO_UNIT).name == "percent"

    def _quantulum(self, read: Read, j: int) -> None:
        word = self.word(j)
        if read.written or not looks_like_unit_symbol(word):
            return  # "four FA Cup finals": written numbers come with written units
        after = self.word(j + 1)
        if word[:1].isupper() and after[:1].isupper() and self.spaced(j + 1):
            return  # a name follows ("3 EU Ministers")
        if after == "s" and self.joined(j + 1):
            return  # a possessive: "2022′s"
        if word[-1:] == "s" and word[:-1].isupper() and is_plural_noun(word):
            return  # "12 SUVs", "40 NGOs": an acronym in the plural is counted, not a unit
        number = _fmt(read.value)
        window = f"{number} {word}"
        per = after == "/" and self.joined(j + 1) and self.joined(j + 2)  # "1.3 A/cm2"
        if per:
            window += "/" + self.word(j + 2)
        found = quantulum_unit(window)
        if found is None:
            return
        name, _entity, end = found
        if len(name.split()) >= max(3, len(word)):
            return  # "dwt" as "day watt tonne": a unit made of one unit a letter is noise
        read.unit_name = name
        read.tags.add("quantulum")
        read.last = j + 3 if per and end > len(number) + 1 + len(word) else j + 1

    def read_range(self, read: Read) -> None:
        """Read the upper bound of a range: "between 100 and 150", "5 to 7 percent"."""
        if read.high is not None or "halved" in read.tags:
            return  # "cut output in half to 500 cars a day": the 500 is a figure of its own
        j = read.last
        if "suspended" in read.tags and self.word(j) == "-":
            j += 1  # "10- to 15-minute"
        word = self.low(j)
        between = self.low(read.first - 1) == "between" or self.restated_between(read.first)
        if word == "and" and not between:
            return
        if word not in _RANGE_WORDS and word != "and" and word != "or":
            return
        if word in _DASHES and not (self.joined(j) or self.spaced(j)):
            return
        before = self.low(read.first - 1)
        if (
            (before == "by" or is_change_word(before))
            and word != "and"
            and (read.unit is not None or read.currency is not None)
        ):
            return  # "increased by $43.6bn to $419.2bn", "fell $1.20 to $58.10": a change
        if word == "or" and (read.unit is not None or read.currency is not None):
            return
        nxt = self.read_at_bound(j + 1)
        if nxt is None:
            return
        first = self.toks[read.first]
        if (
            read.plain_int
            and not between
            and (nxt.unit is not None or nxt.currency is not None)
            and self.owned_by_times(first.start, first.end)
        ):
            # "the quarter ended Sept. 30 to $747.8 million": a date's day, no bound; "June
            # 5 to 12" stays a range of days the times stage owns. "between 2000 and 2400
            # tonnes" opens a range of its own: trim_to_times decides whether it is years
            return
        second = self.toks[nxt.first]
        if (
            read.plain_int
            and read.value >= 1000
            and not (between or before == "from")
            and self.owned_by_times(first.start, first.end)
            and not self.owned_by_times(second.start, second.end)
        ):
            # "from 12,000 fans in 2019 to 9,000": a year of the times stage's; a figure right
            # after "from" or "between" opens the range ("from 1200 to 1500 workers")
            return
        if nxt.vague and not read.vague and word in _DASHES and self.spaced(j):
            return  # "PARIS, Nov 26 - Thousands of farmers": a dateline's dash, no range
        first_unit = read.unit.name if read.unit else read.currency.code if read.currency else None
        second_unit = nxt.unit.name if nxt.unit else nxt.currency.code if nxt.currency else None
        if first_unit is not None and second_unit is not None and first_unit != second_unit:
            return
        after_from = self.low(read.first - 1) == "from"
        if first_unit is not None and second_unit is None and not (between or after_from):
            return
        if word == "to" and read.first == self.new_value_at:
            self.new_value_at = nxt.first  # "rises from $160 to $180 to $200": a chain
            return
        if (
            after_from
            and word == "to"
            and change_from(self, read.first - 1)
            and not self.range_pair_after(nxt)
        ):
            self.old_value(read, nxt)  # "cut the fine from 1.21 billion euros to 1.1 billion"
            return
        low, high = read.value, nxt.value
        changed = before == "by" or is_change_word(before)
        if changed and word != "and" and low > 0 and high > 3 * low:
            return  # "rose by 12,000 to 230,000": a change, then the level it reached
        if nxt.scaled and not read.scaled:
            # "1 to 2 thousand": the scale of the upper bound applies to the lower one
            # when the lower one is too small to stand alone.
            shared = read.written and nxt.written
            if shared or (not read.written and low < high / _scale_of(nxt)):
                low *= _scale_of(nxt)
        # "from 208 to 193", "1.3 A/cm2 to 0.03 A/cm2": a falling range, stated as one
        falling = high < low and (
            self.low(read.first - 1) == "from"
            or (first_unit is not None and first_unit == second_unit and word != "and")
        )
        if not low < high and not falling:
            return
        if falling and not after_from and self.contest_before(read.first):
            return  # "Trump leads Biden 47% to 45%": two shares of a contest, not a range
        if word == "or" and not (read.written or nxt.written or self.either_of(read, nxt)):
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
        if between and self.low(read.first - 1) == "between":
            read.first -= 1

    def range_pair_after(self, nxt: Read) -> bool:
        """Whether "to" and a range follow the bound ``nxt``: "revised its forecast from 5
        to 7 per cent to 3 to 5 per cent" changes one range into another."""
        k = nxt.last
        if self.low(k) != "to":
            return False
        third = self.read_at_bound(k + 1)
        return (
            third is not None
            and self.low(third.last) == "to"
            and (self.read_at_bound(third.last + 1) is not None)
        )

    def old_value(self, read: Read, nxt: Read) -> None:
        """Keep ``read`` alone as the old value of a change whose new value is ``nxt``.

        The old value shares the unit and the scale the new one states ("from 4 to 5
        percent", "from 1.2 to 1.5 billion"); the new value is read on its own next.
        """
        if read.unit is None and read.currency is None and read.unit_name is None:
            read.unit, read.currency, read.unit_name = nxt.unit, nxt.currency, nxt.unit_name
        if nxt.scaled and not read.scaled and read.value < nxt.value / _scale_of(nxt):
            read.value *= _scale_of(nxt)
            read.scaled = True
        read.tags.add("change")
        self.new_value_at = nxt.first

    def either_of(self, read: Read, nxt: Read) -> bool:
        """ "40,000 or 50,000 dollars", "20 or 30 people": two close guesses in digits that
        share the unit or counted noun after the second (not "page 2 or 3")."""
        if read.unit is not None or read.currency is not None or read.scaled != nxt.scaled:
            return False
        if "suspended" in read.tags or "suspended" in nxt.tags:
            return False  # "4- or 6-cylinder engines": two compounds
        if not 0 < read.value < nxt.value <= 10 * read.value:
            return False
        if nxt.unit is not None or nxt.currency is not None:
            return True
        after = self.word(nxt.last)
        return after.islower() and is_plural_noun(after)

    def contest_before(self, i: int) -> bool:
        """Whether a word of a contest ("leads", "won", "beat") stands a few words before."""
        return any(self.low(k) in grammar("contest") for k in range(max(i - 4, 0), i))

    def read_at_bound(self, j: int) -> Read | None:
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

    def read_per(self, read: Read) -> None:
        """A rate: "$58.24 per barrel", "$3,500 a month", "20 microsieverts per hour"."""
        if read.currency is None and read.unit is None:
            return
        j = read.last
        word = self.low(j)
        if word == "/" and self.joined(j) and self.joined(j + 1) and read.currency is not None:
            slashed = self.word(j + 1)
            unit = unit_named(slashed)
            if unit is not None or slashed.lower() in lexicon("quantity_per_words"):
                # "$85/bbl", "£1,500/month"
                read.per = unit.name if unit is not None else _singular(slashed.lower())
                read.per_at, read.last = j, j + 2
            return
        if word not in ("per", "a", "an") or not self.spaced(j):
            return
        k = j + 1
        denominator = self.word(k)
        if not denominator.isalpha() or not self.spaced(k):
            return
        if self.compared_after(k + 1) and period_word(denominator):
            return  # "$6.8 billion a year earlier": a comparison, not a rate
        read.per_at = j
        end, unit = k, None
        for size in range(MAX_UNIT_TOKENS, 0, -1):
            if all(self.spaced(k + m) for m in range(1, size)):
                words = " ".join(self.word(k + m) for m in range(size))
                unit = unit_named(words)
                if unit is not None:
                    end = k + size
                    break
        if unit is not None and (word == "per" or unit.base is not None):
            read.per, read.last = unit.name, end  # "per cubic metre", "a kilowatt hour"
            return
        if (
            word == "per"
            and denominator.islower()
            and denominator not in lexicon("quantity_stopwords")
        ):
            read.per, read.last = _singular(denominator), k + 1
        elif denominator.lower() in lexicon("quantity_per_words"):
            read.per, read.last = _singular(denominator.lower()), k + 1

    # -- deciding and building --------------------------------------------------------

    def finish(self, read: Read) -> Quantity | None:
        """Apply the guards, read the qualifier and noun, and build the Quantity."""
        start, end = self.toks[read.first].start, self.toks[read.last - 1].end
        if self.owned_by_times(start, end) and not self.trim_to_times(read):
            return None
        if "unknown_suffix" in read.tags:
            return None  # "5G", "3D", "4x4": a name, not a measure
        has_unit = bool(read.unit is not None or read.currency is not None or read.unit_name)
        if self.name_or_date(read, has_unit):
            return None
        if read.high is not None and "range" not in read.tags and not read.vague:
            if not read.value < read.high:
                return None  # a score inside one token ("2-0", "89-89"), not a range
            read.tags.add("range")
        span_first = self.read_qualifier(read)
        noun = read.noun
        if read.first == self.new_value_at:
            read.tags.add("change")  # the new value of "from X to Y" after a change word
        if self.occasions(read, span_first):
            read.unit, has_unit, noun = None, False, "times"  # "stabbed him nine times."
        # "a third of the budget" counts; "Yields fell a quarter point" measures yields
        of_what = has_unit and self.low(read.last) == "of"
        of_at = self.of_past_conversion(read.last) if has_unit and not of_what else -1
        if of_at >= 0 and noun is None:
            # "500 pounds (225 kilograms) of medical supplies": the supplies
            noun = self.noun_after(dataclasses.replace(read, last=of_at), counted=False)
        of_what = of_what or ("fraction" in read.tags and not has_unit)
        if noun is None and "scale" in read.tags and not has_unit:
            noun = self.scaled_noun(read.last)  # "a magnitude-6.4 quake": the quake
        elif noun is None and not has_unit and self.scale_before(read):
            noun = self.scaled_subject(read)  # "the quake, of magnitude 6.1": the quake
        elif noun is None and (not has_unit or of_what):
            noun = self.noun_after(read, counted=not has_unit)
            if noun is not None and not has_unit and not self.plural_enough(read, noun):
                noun = None  # "Two remain in hospital": a verb, not what is counted
            if noun is not None and not has_unit and self.forecasters_relative(read.last):
                # "303,000 jobs, above the 200,000 economists had forecast": who forecast
                # it; the figure counts what the count before it in the sentence counts
                here, noun = self.doc.sentence_index(start), None
                if self.last_noun is not None and here is not None and self.last_noun[0] == here:
                    noun = self.last_noun[1]
            if noun is not None and not has_unit and self.unit_of_whole(read, noun):
                has_unit, noun = True, None  # "280 million of the 1.5 billion shekels"
            elif "fraction" in read.tags and noun is not None and self.share_of_amount(read, noun):
                noun = None  # "a tenth of the 25 million euros": a share of an amount
            elif "fraction" in read.tags and self.comparing(read.last):
                noun = None  # "a quarter cheaper than rivals": the size of a comparison
        elif noun is None:
            noun = self.measured_noun(read, span_first)
        if noun is None and read.unit is not None and read.unit.name == "percent":
            # "40% of Britons support it, while 45% oppose it": the share before's noun
            here = self.doc.sentence_index(start)
            noun = self.share_noun_before(read, here) if read.per is None else None
        if self.year_like(read, has_unit, noun):
            return None
        if not has_unit and not read.scaled and noun in grammar("duration_noun"):
            return None  # "12 men in one night", "for three nights": a time, not a count
        if noun is None and not has_unit and not read.scaled and self.kin_count(read):
            # "a father of two": what a parent's count counts
            noun = "grandchildren" if self.low(read.first - 2).startswith("grand") else "children"
        if noun is None and not has_unit and self.is_age(read, span_first):
            read.unit = _AGE
            has_unit = True
        if not self.worth_reporting(read, has_unit, noun):
            return None
        if noun is not None and not has_unit and self.indefinite_speaker(read, noun):
            return None
        if read.negative:
            low = -read.high if read.high is not None else -read.value
            read.high = -read.value if read.high is not None else None
            read.value = low
        if read.scaled:
            read.value = _as_stated(read.value)
            read.high = _as_stated(read.high) if read.high is not None else None
        value = finite_or_none(read.value)
        high = finite_or_none(read.high) if read.high is not None else None
        if value is None or (read.high is not None and high is None):
            return None
        if noun is not None and not has_unit and read.per is None:
            read.per = self.count_rate(read, noun)  # "20 pages per minute"
        sentence = self.doc.sentence_index(start)
        if noun is None and not has_unit:
            noun = self.among_noun(span_first)
        if noun is None and not has_unit and (read.plain_int or float(read.value).is_integer()):
            # "a majority of 125" (but "a net worth of 1.356 billion" is an amount of money);
            # a tally frames any whole figure ("a population of 2 million", "a crowd of 80,000")
            noun = framed_noun(self, span_first, level=False, bare=True)
            if noun is not None and not (read.plain_int and not read.scaled):
                noun = noun if noun.lower() in lexicon("quantity_tally_nouns") else None
        if noun is None and "change" in read.tags:
            noun = self.changed_noun(read, span_first)
        if noun is None and not has_unit and "fraction" in read.tags:
            noun = changed_object(self, span_first)  # "cut its safety staff by about a fifth"
        if noun is None and not has_unit and "fraction" in read.tags:
            noun = self.share_noun_before(read, sentence)  # "1.5 million doses, half of them"
        if noun is None and not has_unit and read.plain_int:
            noun = self.record_level_subject(span_first)  # "Deaths hit a record of 312"
        if noun is None and not has_unit and "fraction" not in read.tags:
            # "..., bringing the number of birds culled to 1.2 million": the object of the
            # change names the count before any noun earlier in the sentence does
            noun = self.apposed_noun(read) or self.tally_changed(read, span_first)
            noun = noun or (
                self.same_count_before(read, span_first, sentence)
                or self.noun_before(read, sentence)
                or self.subject_noun(read, span_first)
            )
            if noun is not None and thing_noun(noun) and self.harms_only_people(read, noun):
                noun = None  # "launched 40 drones overnight; two killed": people, not drones
            joiner = self.casualty_object(span_first)
            if noun is not None and joiner is not None and not _people_noun(noun):
                # "flattened 30 homes, killing four": people, not homes; "killing two and
                # injuring five" as the count before (but "killing three servicemen and
                # wounding eight": the people of the participle before)
                kept = joiner == "and" and not self.bare_before(span_first - 2)
                noun = noun if kept and not thing_noun(noun) else None
            if noun is None and not read.vague:
                # "put the death toll at 1,245", "raised the number of troops to 5,000"
                # (but "cutting power to millions": whom it reached)
                noun = self.changed_count(span_first)
            if noun is not None and noun.lower() in lexicon("quantity_tally_nouns"):
                # "the death toll rose to 89, with 30 still missing": whom the count names
                noun = self.casualty_after(read) or noun
            # "reported four dead", "two critically injured": no noun before or after, and
            # no count of people before in the sentence it may continue ("two soldiers
            # were killed and four injured"; but "launched 89 drones; 11 injured")
            if (
                noun is None
                and not read.vague  # "left hundreds dead": a vague count names no one
                and (
                    self.last_noun is None
                    or self.last_noun[0] != sentence
                    or (
                        thing_noun(self.last_noun[1])
                        and self.harms_only_people(read, self.last_noun[1])
                    )
                )
            ):
                noun = self.casualty_after(read)
            if noun is None and self.low(read.last) == "of":
                # "14 of the injured were ..., and three had": a group with no noun, which
                # the bare counts after it refer to rather than an older noun
                self.last_noun = None
        elif (
            noun is not None
            and not has_unit
            and self.low(span_first - 1) not in _PART_WORDS
            and "compound" not in read.tags
        ):
            # a count inside "including 12 Americans" is a part, not the running total,
            # and "a seven-member panel" names no noun for the counts after it
            self.last_noun = (sentence if sentence is not None else -1, noun)
        if (
            noun is not None
            and not has_unit
            and "compound" not in read.tags
            and read.high is None
            and is_plural_noun(noun)
            and sentence is not None
        ):
            self.noun_of_value[read.value] = (sentence, noun)  # "nine miners" for "the nine"
        if noun is not None and noun == read.noun and "compound" in read.tags:
            if noun.lower() in grammar("scale_compound"):
                # "a 7.8-magnitude earthquake": a reading on a scale, of the noun after it
                noun = self.scaled_noun(read.last)
            else:
                # "a 48-page report" counts pages; "a one-bedroom flat" one bedroom
                noun = noun if value == 1 and high is None else plural_of(noun)
        return self.build(read, span_first, value, high, noun)

    def scaled_noun(self, at: int) -> str | None:
        """The lower-case noun at ``at`` that a reading on a scale describes ("quake" in
        "a 6.1-magnitude quake"), or None ("struck at 6.1-magnitude, officials said")."""
        word = self.word(at)
        return word if plain_noun(word) else None

    def scale_before(self, read: Read) -> bool:
        """Whether a scale's name stands before a figure ("a magnitude 6.4 quake", "the quake,
        of magnitude 6.1"), which makes it a reading on that scale."""
        return self.low(read.first - 1) in grammar("scale_compound") and self.spaced(read.first)

    def scaled_subject(self, read: Read) -> str | None:
        """The noun a reading after it describes: "The quake, of magnitude 6.1, struck", "an
        earthquake of magnitude 5.2": the lower-case noun before the comma or "of"."""
        k = read.first - 2
        opened = self.low(k) in grammar("scale_opener")
        if opened:
            k -= 1  # "an earthquake of magnitude 6.1"
        if self.word(k) == ",":
            k -= 1
        elif not opened:
            return None  # "the quake registered magnitude 5.9": a verb, no noun
        noun = self.word(k)
        return noun if plain_noun(noun) else None

    def changed_noun(self, read: Read, span_first: int) -> str | None:
        """What the old and the new value of a change count or measure.

        The old value: the object of the change ("cut the number of choices from three
        to two"); the new value: what the old one was found to measure.
        """
        if read.first == self.new_value_at:
            before = self.out[-1] if self.out else None
            if before is not None and self.toks[read.first - 1].start >= before.span.end:
                return before.noun
            return None
        return changed_object(self, span_first)

    def restated_between(self, first: int) -> bool:
        """Whether the figure at ``first`` opens a bracket restating a "between" range
        just before it: "between 200 and 400 pounds ($250 and $500)"."""
        if self.low(first - 1) != "(":
            return False
        before = self.amount_starts.get(first - 2)
        return before is not None and "between" in (self.low(before), self.low(before - 1))

    def tally_changed(self, read: Read, span_first: int) -> str | None:
        """The plural NOUN of "bringing the number of NOUN ... to" before a count.

        "taking the number of suspects held to 12", "bringing the total number of birds
        lost in Iowa this year to 4 million": a few words may follow the noun.
        """
        if read.vague or self.low(span_first - 1) != "to" or not self.spaced(span_first):
            return None
        for j in range(span_first - 2, max(span_first - 2 - _MAX_TALLY_TAIL, 0), -1):
            word = self.word(j)
            if not (word.isalpha() and self.spaced(j + 1)):
                return None  # "of birds lost in Iowa this fall to": words, no figure
            if self.low(j - 1) != "of" or self.low(j - 2) not in grammar("tally_of_head"):
                continue
            k = j - 3
            for _ in range(2):  # "the", "the total", "its total"
                if self.low(k) in grammar("modifier_determiner") or self.low(k) == "total":
                    k -= 1
            if word.islower() and self.low(k) in grammar("tally_bring_verb"):
                return word if is_plural_noun(word) else None
            return None
        return None

    def changed_count(self, span_first: int) -> str | None:
        """The object of a change that a bare count is the level of, when it counts: a
        plural or a tally noun ("raised the number of troops to 5,000", "put the death
        toll at 1,245"); a mass noun is what reached them ("cut power to 20,000")."""
        noun = changed_object(self, span_first)
        if noun is None or " " in noun:
            return None
        if noun.lower() in lexicon("quantity_tally_nouns") or is_plural_noun(noun):
            return noun
        return None

    def measured_noun(self, read: Read, span_first: int) -> str | None:
        """What an amount of money, a share or a measure measures, when the text says.

        In turn: the noun it modifies ("a $50 million contract"), the noun that frames it
        ("a turnout of 81%", "a contract worth $500,000"), the noun after "in" for money
        ("$2.5 billion in aid") and the subject of the verb that moves or sets it
        ("prices rose 18%", "losses were estimated at 1.5 billion euros").
        """
        if self.hyphen_measure(read):
            return self.hyphen_modified_noun(read)
        if self.age_compound(read):
            # "the relatives of 6-year-old Cuban rafter ...": an age compound describes
            # only the noun after it, never a noun that frames it or a subject
            return self.age_noun(read, self.low(span_first - 1))
        noun = self.modified_noun(read, span_first) or wiped_noun(self, span_first, read.last)
        if noun is None and read.per is None:
            noun = bare_measure(self, read.last)  # "posted 3.2 percent growth"
        if noun is not None:
            return noun
        level = read.currency is not None or (
            read.unit is not None and read.unit.name in _PARALLEL_UNITS
        )
        noun = framed_noun(self, span_first, level=level, bare=False)
        if noun is None:
            # "Inflation hit a 40-year high of 9.1%"
            noun = self.record_level_subject(span_first, money=read.currency is not None)
        if noun is None and read.currency is not None and read.per is None:
            noun = in_noun(self, span_first, read.last)
        if noun is None:
            noun = self.move_of_amount_before(span_first)
            if noun is not None and read.currency is not None and currency_suffix(noun.lower()):
                noun = None  # "the leu weakened 1.8% to 5.21 per euro": an exchange rate
        if noun is None and (level or read.currency is not None):
            noun = changed_object(self, span_first) or worth_subject(self, span_first)
        if noun is None and not (read.unit is not None and read.unit.name in _RATIO_UNITS):
            # "valued at 12 times earnings": a ratio measures no subject
            noun = subject_noun_of(
                self,
                span_first,
                level=read.currency is not None
                or (read.unit is not None and read.unit.name == "percent"),
                money=read.currency is not None,
                amount_before=self.amount_ending_at,
                physical=read.currency is None
                and read.unit is not None
                and read.unit.name not in grammar("market_unit"),
            )
        return noun

    def of_past_conversion(self, j: int) -> int:
        """The "of" after a conversion in brackets at ``j`` ("500 pounds (225 kilograms)
        of aid"), or -1 when none follows."""
        if self.word(j) != "(" or not self.spaced(j):
            return -1
        for k in range(j + 1, min(j + _MAX_CONVERSION, self.n)):
            if self.word(k) == ")":
                return k + 1 if self.low(k + 1) == "of" else -1
        return -1

    def hyphen_measure(self, read: Read) -> bool:
        """Whether the figure is a measure glued to its unit by a hyphen ("16-bit",
        "40-foot", "a 10-mile pipeline"): an adjective, which only describes the noun after
        it, never one that frames it ("generations of 16-bit chips" are chips)."""
        return (
            read.suffix.startswith("-")
            and read.unit is not None
            and read.currency is None
            and read.per is None
            and read.unit.name != "percent"
            and not read.unit.name.endswith(" of age")
            and self.word(read.last)[:1].isalpha()
        )

    def hyphen_modified_noun(self, read: Read) -> str | None:
        """The noun a hyphenated measure describes, past a suspended list of others like it
        ("16-bit and 32-bit chips"), or None."""
        j = read.last
        nxt = self.word(j + 1)
        if self.low(j) in ("and", "or") and "-" in nxt[1:] and nxt[:1].isdigit():
            j += 2
        if not (self.word(j).isalpha() and self.word(j).islower()):
            return None
        shifted = dataclasses.replace(read, last=j) if j != read.last else read
        return self.singular_after_a(shifted, self.low(read.first - 1))

    def record_level_subject(self, span_first: int, *, money: bool = False) -> str | None:
        """The subject of the verb that reached a level a figure is "of": "Inflation hit a
        40-year high of 9.1%" (inflation), "the river rose to a peak of 6.5 metres"."""
        k = span_first - 1
        if self.low(k) != "of" or self.low(k - 1) not in grammar("record_level"):
            return None
        k -= 2
        openers = grammar("record_opener")
        for _ in range(3):  # "a new all-time high", "a 40-year high"
            if self.low(k) in openers or not self.word(k)[:1].isalnum():
                break
            if self.word(k) != self.low(k) and not self.word(k)[:1].isdigit():
                return None  # "a Fed high of": a name, not a modifier
            k -= 1
        if self.low(k) not in openers:
            return None
        return subject_noun_of(
            self, k, level=True, money=money, amount_before=self.amount_ending_at
        )

    def move_of_amount_before(self, span_first: int) -> str | None:
        """ "closed at $45.75, down 25 cents", "income of €1.2 billion, up 8 percent".

        A move told after a comma right after an amount of what it measures, or a level
        "to" or "from" which it moved ("up 15% from 4 pence", "$3.5 billion, down from
        $3.9 billion", "5.1%, from 4.8%"), measures that same thing.
        """
        k = span_first - 1
        if self.low(k) in ("up", "down", "off") and self.word(k - 1) == ",":
            k -= 1
        elif self.low(k) == "from" and self.low(k - 1) in ("up", "down"):
            if self.word(k - 2) != ",":
                return None
            k -= 2  # "revenue of $3.5 billion, down from $3.9 billion": the old level
        elif self.low(k) == "from" and self.word(k - 1) == ",":
            k -= 1  # "rose to 5.1%, from 4.8%"
        elif self.low(k) not in ("to", "from"):
            return None
        if not self.out or k < 1:
            return None
        before = self.out[-1]
        if before.unit is None or before.span.end != self.toks[k - 1].end:
            return None
        return before.noun

    def amount_ending_at(self, k: int) -> int | None:
        """The first token of the amount found that ends at token ``k``, if any.

        A time expression after that amount is passed over, with the preposition that
        opens it ("plunged 95% from a year earlier to 670 billion won").
        """
        if 0 <= k < len(self.toks):
            token = self.toks[k]
            for span in self.owned_spans(token.start, token.end):
                if span.end == token.end:
                    k = self.doc.token_index(span.start) - 1
                    if self.low(k) in grammar("time_opener"):
                        k -= 1
                    break
        return self.amount_starts.get(k)

    def plural_enough(self, read: Read, noun: str) -> bool:
        """Whether ``noun`` can be what a count above one counts.

        "Two remain in hospital", "7.8 earthquake killed": a singular lower-case word
        after a count of several is a verb or a modifier, not the counted noun ("staff",
        "crew" and "people" are plurals; "a 2,000-strong workforce" names its noun; "left
        millions hungry": an adjective after a vague count with no "of").
        """
        if read.value <= 1 and read.high is None:
            return True
        if read.suffix or "fraction" in read.tags:
            return True
        if read.vague and self.low(read.last) == "of":
            return True  # "hundreds of staff" (but "left millions hungry": an adjective)
        if noun in grammar("irregular_past") or noun in grammar("subject_verb"):
            return False  # "the two broke down", "the two met": a verb after the count
        if self.low(read.first - 1) in grammar("modifier_determiner"):
            return True  # "the 11 member trade agreement": a compound before its noun
        return is_plural_noun(noun) or not noun[:1].islower()

    def unit_of_whole(self, read: Read, noun: str) -> bool:
        """A part of a stated whole shares its unit: "280 million of the 1.5 billion shekels".

        Sets the reading's currency or unit when the noun after "of the <number>" is one.
        """
        j = read.last
        if self.low(j) != "of" or read.written:
            return False
        j += 2 if self.low(j + 1) in grammar("modifier_determiner") else 1
        if not self.word(j)[:1].isdigit():
            return False
        currency = currency_suffix(noun, scaled=True)
        unit = unit_named(noun) if currency is None else None
        if currency is None and (unit is None or len(noun) < 3):
            return False
        read.currency, read.unit = currency, unit
        return True

    def share_of_amount(self, read: Read, noun: str) -> bool:
        """Whether a share is "of" a stated amount of money or measure, not of things.

        "less than a tenth of the 25 million euros": a figure stands between "of" and a
        currency or unit name ("half of a US pint" keeps its unit word).
        """
        if not _measure_word(noun):
            return False
        for k in range(read.last, min(read.last + 6, len(self.toks))):
            word = self.word(k)
            if word == noun:
                return False
            if word[:1].isdigit() or word in ("$", "£", "€", "¥"):
                return True
        return False

    def count_rate(self, read: Read, noun: str) -> str | None:
        """The period a count is given per: "2 million visitors a year" -> "year".

        The counted noun must follow the number closely, then "per", "a", "an" or
        "each" and a word of ``quantity_per_words``; "20 people a year ago" is no rate.
        """
        for j in range(read.last, min(read.last + 5, len(self.toks))):
            if self.word(j) != noun:
                continue
            if self.low(j + 1) not in ("per", "a", "an", "each") or not self.spaced(j + 2):
                return None
            period = self.low(j + 2)
            if period not in lexicon("quantity_per_words") or self.compared_after(j + 3):
                return None
            return _singular(period)
        return None

    def compared_after(self, k: int) -> bool:
        """Whether token ``k``, after a period word, makes "a year" a comparison, not a rate.

        "a year earlier", "a month ago", "a year on" are comparisons; "$15 an hour on
        Fridays", "a year on average" stay rates: "on" compares only at the end of a
        clause or before "from".
        """
        word = self.low(k)
        if word != "on":
            return word in _NOT_RATE_AFTER
        after = self.low(k + 1)
        return not after[:1].isalnum() or after == "from"

    def subject_count(self, read: Read) -> bool:
        """A written count standing for its noun as a subject: "Five were missing".

        From two up, after a determiner too: the blind annotators count "the nine were
        freed", "the remaining five had expected", "all three were" (with the noun of the
        set they point back to); "two others", "four of them" count too. "One" only as
        one of a set counted before it in the sentence ("and one was shot down").
        """
        if read.value == 1 and read.high is None and not read.vague:
            return self.one_of_a_count(read)
        if read.value < 2 or (read.high is not None and not read.vague):
            return False  # "hundreds were arrested" counts too
        if self.low(read.first - 1) in MINUS:
            return False
        before = self.word(read.first - 1)
        if self.low(read.first - 2) in grammar("anaphoric") and before.lower() in grammar(
            "rank_noun"
        ):
            return False  # "the number two resigned": a rank
        if self.hedged_alternative(read):
            return True  # "one more cut this year, perhaps two"
        after = self.low(read.last)
        if (
            self.after_determiner(read.first)
            and self.low(read.first - 1) not in grammar("rank_zone")
            and (not after[:1].isalnum() or after in grammar("after_object") or after == "who")
        ):
            return True  # "talks between the two.", "freed the nine on Wednesday", "the two who"
        if after == "of":
            return self.low(read.last + 1) in _OF_ANAPHORS or self.of_the_people(read.last + 1)
        if after in _CARRY_VERBS or after == "others" or after in grammar("subject_verb"):
            return True  # "two wanted a bigger move", "three voted against"
        if self.harms_people(read):
            return True  # "Six die as heatwave grips Greece", "two reportedly killed"
        if after.endswith("ed") and len(after) > 4 and after.isalpha():
            return True  # "Four drowned", "two escaped": a verb in the past tense
        if after in grammar("irregular_past") and self.spaced(read.last):
            return True  # "three made it out on their own", "two fled"
        if self.compared_count(read):
            return True  # "Fourteen workers have died, compared with nine last year"
        ends = not after[:1].isalnum() or after in grammar("after_object")
        if self.kin_count(read):
            return True  # "a mother of three", "the father of two was arrested"
        # "the blast killed five and injured 20": the object of a verb in the past tense;
        # "killing three soldiers and wounding eight": of a participle after "and"
        if self.casualty_object(read.first) is not None and ends:
            return True  # "the bomb exploded, killing two": whom the blast killed
        verb = self.word(read.first - 1)
        participle = verb.endswith("ing") and self.low(read.first - 2) == "and"
        return (
            verb.islower()
            and (verb.endswith("ed") or participle)
            and verb not in grammar("not_counting_verb")
            and ends
        )

    def one_of_a_count(self, read: Read) -> bool:
        """Whether a bare "one" counts one of a set counted before it in the sentence.

        "Two drones targeted the plant, and one was shot down", "three workers were
        injured, one of them seriously": after a word that opens a clause, before a verb
        or "of them". "One of them said" with no count before it in the sentence names a
        source, and "one of the victims" picks a member out: neither counts.
        """
        if self.low(read.first - 1) not in grammar("one_opener"):
            return False
        start = self.toks[read.first].start
        sentence = self.doc.sentence_index(start)
        if self.last_noun is None or self.last_noun[0] != sentence:
            return False
        if not is_plural_noun(self.last_noun[1]):
            return False
        after = self.low(read.last)
        if after == "of":
            return self.low(read.last + 1) in _OF_ANAPHORS
        return (
            after in _CARRY_VERBS
            or after in grammar("subject_aux")
            or after in grammar("irregular_past")
            or (after.endswith("ed") and len(after) > 4 and after.isalpha())
        )

    def hedged_alternative(self, read: Read) -> bool:
        """ "room for one more cut this year, perhaps two": a count offered as another
        guess at a count just before it in the sentence, after a comma or "or"."""
        if self.low(read.first - 1) not in grammar("hedge_adverb"):
            return False
        if self.word(read.first - 2) != "," and self.low(read.first - 2) != "or":
            return False
        after = self.word(read.last)
        if after[:1].isalnum() and after.lower() not in ("or", "but"):
            return False
        sentence = self.doc.sentence_index(self.toks[read.first].start)
        return self.last_noun is not None and self.last_noun[0] == sentence

    def harms_people(self, read: Read) -> bool:
        """Whether a casualty word follows the bare count of ``read`` (see
        :meth:`casualty_word`): the count counts people."""
        return self.casualty_word(read) is not None

    def casualty_word(self, read: Read) -> str | None:
        """The word of ``casualty_verb`` or ``casualty_adjective`` that follows the bare
        count of ``read``, maybe past an auxiliary or an adverb ("two killed", "12 were
        badly hurt", "three have died"), or None. Not a verb straight after the count
        with an object after it: the count is its active subject ("two killed a family
        of four", "two killed three sailors"), which may be the things counted before."""
        j = read.last
        auxiliary = False
        for _ in range(_CASUALTY_REACH):
            low = self.low(j)
            if low in grammar("casualty_verb") or low in grammar("casualty_adjective"):
                if not self.spaced(j):
                    return None
                active = not auxiliary and low in grammar("casualty_verb")
                return None if active and self.opens_object(j + 1) else low
            adverb = low.isalpha() and low.endswith("ly")
            if not (adverb or low in grammar("casualty_auxiliary")) or not self.spaced(j):
                return None
            auxiliary = auxiliary or not adverb
            j += 1
        return None

    def casualty_object(self, first: int) -> str | None:
        """The comma or "and" before a ``casualty_participle`` whose object is the bare
        count at token ``first`` ("hit three buses, killing two"), or None: it counts
        people."""
        verb = first - 1
        if self.low(verb) not in grammar("casualty_participle") or not self.spaced(first):
            return None
        joiner = self.low(verb - 1)
        return joiner if joiner in (",", "and") else None

    def bare_before(self, k: int) -> bool:
        """Whether the amount found last ends right before token ``k`` with neither unit
        nor noun ("killing two and injuring five": "two")."""
        if not self.out or not 0 <= k < len(self.toks):
            return False
        last = self.out[-1]
        between = self.text[last.span.end : self.toks[k].start]
        return between.isspace() and last.unit is None and last.noun is None

    def harms_only_people(self, read: Read, noun: str) -> bool:
        """Whether the casualty word after a bare count says what only people suffer, so
        that the count cannot count the things ``noun`` named before it: not a word of
        ``thing_casualty`` that craft suffer too ("Six fishing boats set out; two are
        missing"), for a count no larger than theirs with no people counted beside them
        ("Two boats capsized; 61 missing", "312 passengers and 40 vehicles. Six are
        missing")."""
        word = self.casualty_word(read)
        if word is None:
            return False
        if word not in grammar("thing_casualty") or noun.lower().rsplit(" ", 1)[-1] not in _craft():
            return True
        recent = self.out[-_RECENT_COUNTS:]
        if any(q.noun is not None and _people_noun(q.noun) for q in recent):
            return True
        sizes = [q.value for q in recent if q.noun == noun and q.unit is None]
        return not sizes or read.value > sizes[-1]

    def opens_object(self, j: int) -> bool:
        """Whether token ``j`` opens a noun phrase as an object: a determiner or pronoun of
        ``object_opener`` or a number ("a family", "three sailors", "12 civilians")."""
        word = self.word(j)
        if not (word[:1].isalnum() and self.spaced(j)):
            return False
        low = word.lower()
        return low in grammar("object_opener") or number_word(low) is not None or low[0].isdigit()

    def casualty_after(self, read: Read) -> str | None:
        """The word of ``casualty_adjective`` after a bare count, which names whom it
        counts when no noun follows ("left 12 dead and 30 wounded", "three missing",
        "two critically injured"; "three missing climbers" counts climbers)."""
        j = read.last
        adverb = self.low(j).endswith("ly") or self.low(j) in grammar("casualty_adverb")
        if adverb and self.word(j).isalpha() and self.spaced(j):
            j += 1  # "two critically injured", "30 still missing"
        word = self.low(j)
        if word not in grammar("casualty_adjective") or not self.spaced(j):
            return None
        after = self.word(j + 1)
        if after.isalpha() and after.islower() and is_plural_noun(after) and self.spaced(j + 1):
            return None  # "two injured workers": the noun follows
        return word

    def compared_count(self, read: Read) -> bool:
        """Whether a bare count is the other side of a comparison with a count before it
        in the sentence: "compared with nine", "up from three", "down from 12"."""
        before, opener = self.low(read.first - 1), self.low(read.first - 2)
        compared = (before in ("with", "to") and opener in grammar("compared_word")) or (
            before == "from" and opener in ("up", "down")
        )
        if not compared or self.last_noun is None:
            return False
        return self.last_noun[0] == self.doc.sentence_index(self.toks[read.first].start)

    def kin_count(self, read: Read) -> bool:
        """Whether a bare count follows "<kin noun> of": "a mother of three" counts children.

        Not when a noun or "of" follows it ("the father of two boys" names its noun, "the
        mother of two of the victims" is no count of her children).
        """
        if self.low(read.first - 1) != "of" or self.low(read.first - 2) not in grammar("kin_of"):
            return False
        after = self.low(read.last)
        return after != "of" and not (after.isalpha() and is_plural_noun(after))

    def of_the_people(self, j: int) -> bool:
        """Whether "the injured", "the dead" stands at ``j`` as a plural of people.

        "Four of the injured were taken": a participle in "-ed" or a word of
        ``people_adjective`` after "the", then a verb or the end of the clause.
        """
        if self.low(j) != "the":
            return False
        word = self.word(j + 1)
        if not (word.isalpha() and word.islower()):
            return False
        if not (word.endswith("ed") or word in grammar("people_adjective")):
            return False
        after = self.low(j + 2)
        return (
            not after[:1].isalnum()
            or after in grammar("subject_aux")
            or after in grammar("subject_verb")
            or after in _CARRY_VERBS
        )

    def modified_noun(self, read: Read, span_first: int) -> str | None:
        """The noun a measured amount modifies: "a $50 million contract", "a 3 percent fee".

        Only after a determiner or a possessive, when a lower-case noun follows the
        amount at once (past a conversion in brackets: "a 2.5 billion euro ($2.7
        billion) offer").
        """
        before = self.low(span_first - 1)
        if self.age_compound(read):
            return self.age_noun(read, before)
        # "made landfall with 130 mph winds": a physical measure after "with" modifies too
        measure = before == "with" and read.unit is not None and read.unit.name != "percent"
        if (
            before not in grammar("modifier_determiner")
            and not possessive(before)
            and not (measure and read.currency is None)
        ):
            return self.bare_modified_noun(read, span_first)
        return self.singular_after_a(read, before)

    @staticmethod
    def age_compound(read: Read) -> bool:
        """Whether the figure is an age written as one compound ("16-year-old")."""
        return read.unit is not None and read.unit.name.endswith(" of age") and bool(read.suffix)

    def age_noun(self, read: Read, before: str) -> str | None:
        """The person an age compound describes: "two 16-year-old boys", "Three-year-old
        twins" (with or without a determiner).

        A person noun right after it is the head ("the six-year-old boy home to Cuba": not
        "home"), and a description that runs into a name names no noun of its own ("the
        6-year-old shipwreck survivor Ana Ruiz": the name is the person).
        """
        first = self.low(read.last)
        if first in grammar("age_person_noun") and self.spaced(read.last):
            nxt = self.low(read.last + 1)
            modifier = (
                self.spaced(read.last + 1)
                and plain_noun(nxt)
                and nxt not in grammar("adverb_noun")
                and nxt not in grammar("time_after_head")
            )
            if not modifier:
                return self.word(read.last)
            # "a 15-year-old child soldier", "a 2-year-old baby girl": the person noun
            # modifies the noun after it, which is the head
        noun = self.noun_after_amount(read, before)
        if noun is None:
            return None
        j = read.last
        while j < self.n and self.spaced(j) and plain_noun(self.word(j)):
            j += 1  # the plain nouns of the description, up to a verb or a function word
        named = j > read.last and self.spaced(j) and _title_case(self.word(j))
        if named and not time_follows(self.toks, j - 1):
            return None  # "shipwreck survivor Ana Ruiz" (but "factory worker Monday")
        return noun

    def singular_after_a(self, read: Read, before: str) -> str | None:
        """The noun phrase after an amount; after "a" or "an" it is singular, so a plural
        that closes it is a verb ("a 16-bit microprocessor processes data", "a 10-mile
        pipeline crosses farms") and the singular noun before it is the head."""
        noun = self.noun_after_amount(read, before)
        if noun is None or before not in ("a", "an") or not is_plural_noun(noun.split()[-1]):
            return noun
        singular = self.singular_before(read.last, noun.split()[-1])
        return noun if singular is None else singular

    def noun_after_amount(self, read: Read, before: str) -> str | None:
        """The noun phrase right after an amount (``before``: the word before it)."""
        named = self.word(read.last - 1)
        if named.isalpha() and read.last - 1 > read.first and is_plural_noun(named):
            return None  # "the 25 million euros regulators sought": a plural ends the phrase
        j = read.last
        if self.word(j) == "(" and self.spaced(j):
            for k in range(j + 1, min(j + 8, len(self.toks))):
                if self.word(k) == ")":
                    j = k + 1
                    break
            else:
                return None
        word = self.word(j)
        if not (word.replace("-", "").isalpha() and word.islower() and self.spaced(j)):
            return None  # "a 25% resource-rent tax" goes on past the compound
        if stop_or_verb(word) or (before == "with" and not is_plural_noun(word)):
            return None  # "finished with 5 km left"
        noun = counted_noun(self.toks, j, self.text, allow_of=False, singular=True)
        if noun is None and word.endswith("ing"):
            return compound_head(self.toks, j, self.text)  # "a $1.2 trillion spending bill"
        for k in range(j, min(j + 4, len(self.toks))):
            if self.word(k) == noun:
                if is_plural_noun(noun) and _clause_verb(self.low(k + 1)):
                    return None  # "ahead of the 3.2% analysts expected": a relative clause
                head = compound_head_at(self.toks, k, self.text)
                percent = read.unit is not None and read.unit.name == "percent"
                if head is not None and head > k + 1 and percent:
                    head = None  # "a 12% revenue growth forecast": the growth
                if head is not None and head > k + 1:
                    # "a $3 billion market support package": the head alone
                    return measured_name(self, head, floor=head)
                if head is not None:
                    k = head  # "riverfront stadium"
                elif read.currency is not None and self.modifier_of_unknown_head(k):
                    return None  # "a $10 million pay package including stock": not the pay
                return measured_name(self, k, floor=j)  # "a 4% pay rise"
        return noun

    def modifier_of_unknown_head(self, k: int) -> bool:
        """Whether the singular noun at ``k`` modifies a plain singular noun right after it
        whose phrase goes on past where a head could be told ("a $10 million pay package
        including stock"): the word at ``k`` is then a modifier, not what is measured."""
        nxt = self.word(k + 1)
        if is_plural_noun(self.word(k)) or not (self.spaced(k + 1) and plain_noun(nxt)):
            return False
        if nxt.endswith(("ed", "ing", "ly")) or is_plural_noun(nxt):
            return False
        return nxt not in grammar("irregular_participle") and nxt not in grammar("irregular_past")

    def singular_before(self, j: int, plural: str) -> str | None:
        """After "a" the phrase is singular: the singular noun before the first plural from
        ``j``, which is the verb ("a 16-bit microprocessor processes data") when an object
        follows it (a number, a plain noun, a determiner), or None."""
        for k in range(j, min(j + 4, self.n)):
            if k > j and (self.word(k) == plural or is_plural_noun(self.word(k))):
                # a verb takes an object: "processes 16 pieces", "crosses farms"; "a $3
                # million canvas by Monet", "a series of contracts" are nouns
                after = self.word(k + 1)
                if not (after[:1].isdigit() or plain_noun(after) or opens_noun_phrase(after)):
                    return None
                before = self.word(k - 1)
                singular = plain_noun(before) and not is_plural_noun(before)
                return before if singular and not before.endswith(("ing", "ly")) else None
        return None

    def bare_modified_noun(self, read: Read, span_first: int) -> str | None:
        """ "agrees $2bn battery deal with", "imposed 15% tariffs on", "back 4% pay deal".

        Money or a share with no determiner before it, as headlines and objects write it,
        modifies the noun phrase after it when a verb that is no change word goes before
        and the phrase closes at once with a preposition, punctuation or the end ("rose
        5% Monday", "cut 3% jobs" name no such thing).
        """
        percent = read.unit is not None and read.unit.name == "percent"
        if read.currency is None and not percent:
            return None
        verb = self.word(span_first - 1)
        low = verb.lower()
        if not (verb.isalpha() and verb.islower() and len(low) > 2):
            return None
        if (
            low in lexicon("quantity_stopwords")
            or is_change_word(low)
            or low in grammar("bare_modifier_not_verb")
        ):
            return None
        noun = self.noun_after_amount(read, low)
        if not noun:
            return None
        last_word = noun.split()[-1]
        head = last_word.lower()
        if period_word(head) or head in grammar("time_adverb"):
            return None  # "lent $5 million yesterday", "rose 5% last year"
        if head in grammar("irregular_participle") or head in grammar("irregular_past"):
            return None  # "offered 5.5% spread over two years": a participle
        for k in range(read.last, min(read.last + 4, len(self.toks))):
            if self.word(k) == last_word:
                after = self.low(k + 1)
                closed = (
                    k + 1 >= len(self.toks)
                    or not after[:1].isalpha()
                    or after in grammar("bare_modifier_close")
                )
                return noun if closed else None
        return None

    def compound_named_thing(self, read: Read) -> bool:
        """Whether a digit compound is itself a noun naming a thing: "25 cents a 12-pack",
        "a 24-pack of water". After an article and before a function word or a sign, it
        heads its phrase, so it names a product by its size rather than counting ("a
        12-pack" is no twelve of anything); before a noun it stays a count ("a 28-nation
        bloc"), and so do the heads that count as nouns too ("a 5-seater"). Before "index"
        or "average" it names a market index by the shares it follows.
        """
        if "compound" not in read.tags:
            return False
        index = self.low(read.last) in grammar("index_noun") and self.spaced(read.last)
        member = (read.noun or "").lower()
        if index and member in grammar("index_member"):
            return True  # "the 30-share index", "a 500-stock index fund": a market index's name
        if index and member in grammar("index_member_named"):
            # "the 225-company index", "Nikkei's 225-company average" (but "a 40-company
            # index of tech stocks" counts)
            before = self.word(read.first - 1)
            if before.lower() == "the" or possessive(before) or _title_case(before):
                return True
        if self.low(read.first - 1) not in ("a", "an"):
            return False
        if (read.noun or "").lower() in lexicon("quantity_compound_counts"):
            return False
        after = self.word(read.last)
        if after == "," and self.coordinate_modifier(read.last + 1):
            return False  # "on a 15-round, unanimous decision": the phrase goes on
        return not after[:1].isalnum() or after.lower() in lexicon("quantity_stopwords")

    def coordinate_modifier(self, k: int) -> bool:
        """Whether the word at ``k``, after a comma, is a modifier of a plain noun right
        after it ("a 15-round, unanimous decision"), so the phrase before the comma goes
        on."""
        return (
            self.spaced(k)
            and plain_noun(self.word(k))
            and self.spaced(k + 1)
            and plain_noun(self.word(k + 1))
        )

    def member_named(self, first: int) -> bool:
        """Whether "one of the N things" at ``first`` names a member, not a count of one.

        An apposition ("Edenorte, one of the two companies that ...") says what a name is,
        and a place ("at one of the force's 12 bins", "taken to one of the three
        hospitals") says where: the blind annotators count neither ("Only one of the 12
        hospitals had power", "police released one of the three men" stay counts).
        """
        before = self.word(first - 1)
        if before.lower() in grammar("member_place_prep"):
            return True
        named = self.word(first - 2)
        return before == "," and named.replace("-", "").isalpha() and named[:1].isupper()

    def counted_set(self, of: int) -> bool:
        """Whether the phrase after "of" counts its members ("of the three reactors")."""
        for k in range(of + 1, min(of + 4, len(self.toks))):
            word = self.low(k)
            if word[:1].isdigit() or number_word(word) is not None:
                return True
        return False

    def worth_reporting(self, read: Read, has_unit: bool, noun: str | None) -> bool:
        """Written numbers are quantities only with something counted or measured."""
        if not read.written:
            return not self.compound_named_thing(read)
        bare = not read.scaled and not has_unit
        if bare and read.value == 0 and read.high is None and noun is not None:
            # "zero deaths" counts; "zero tolerance" is a manner, "net zero emissions" a
            # policy's name
            return is_plural_noun(noun) and self.low(read.first - 1) != "net"
        if bare and noun is None and not read.vague and "fraction" not in read.tags:
            return (
                "change" in read.tags
                or self.subject_count(read)
                or self.casualty_after(read) is not None
            )  # "two said", "the one": no quantity
        if bare and read.value == 1 and self.low(read.last) == "of":
            # "one of the three reactors" counts one of a counted set; "one of the world's
            # largest lenders", "one of the victims" pick a member out (no annotator of the
            # blind sets counts them), and "one of them" names nothing
            return (
                noun is not None
                and is_plural_noun(noun)
                and self.counted_set(read.last)
                and not self.member_named(read.first)
            )
        if "compound" in read.tags:
            # "four-star", "two-way": an adjective, not a count ("six-cylinder" is one);
            # "a one-man show" is a solo act, "a four-man team" a count
            head = (read.noun or "").lower()
            if read.value == 1 and head in grammar("solo_compound"):
                return False
            return head in lexicon("quantity_compound_counts")
        # "at one point", "from one point to another" (but "one point above the bottom
        # club", "rose by one point")
        return not (
            read.value == 1
            and read.unit is not None
            and read.unit.name == "point"
            and self.low(read.first - 1) in ("at", "from")
        )

    def indefinite_speaker(self, read: Read, noun: str) -> bool:
        """Whether "One" opens a sentence as "a certain" before a speaker ("One analyst
        said", "One user wrote", "One official Monday described"), or "one" so opens an
        attribution after a comma ("the talks have stalled, one diplomat said", '"We will
        not yield," one official said'): a source quoted, not a count of one."""
        if not (read.written and read.value == 1 and read.last == read.first + 1):
            return False
        opens = self.word(read.first) == "One" and self.sentence_start(read.first)
        before = self.word(read.first - 1)
        if before in _CLOSING_QUOTES:
            before = self.word(read.first - 2)  # '"We will not yield," one official said'
        inverted = self.word(read.first) == "one" and before == ","
        if not (opens or inverted):
            return False
        k = read.last
        if not (noun.islower() or noun.isupper()) or is_plural_noun(noun):
            return False
        # "One party official said", "One EU diplomat said": the speaker's noun may close
        # a short compound
        while k < read.last + 3 and self.word(k) != noun:
            k += 1
        if self.word(k) != noun:
            return False
        k = self.place_passed(k + 1) - 1  # "One village elder in Merti said"
        if self.low(k + 1) in grammar("speaker_adverb"):
            k += 1  # "One senior official Monday described"
        if self.low(k + 1).endswith("ly"):
            k += 1  # "One resident angrily said"
        if self.low(k + 2) == "to" and self.low(k + 3) in ("be", "have"):
            return False  # "six survivors, one child said to be in critical condition"
        return self.low(k + 1) in grammar("speech_verb")

    def place_passed(self, j: int) -> int:
        """The token after a short place phrase at ``j`` ("in Merti", "from the West
        Bank": a preposition of ``after_head_place``, perhaps "the", and one to three
        capitalised words), or ``j`` itself when none stands there."""
        if self.low(j) not in grammar("after_head_place"):
            return j
        k = j + 1
        if self.low(k) == "the":
            k += 1
        start = k
        while (
            k < start + _MAX_PLACE_WORDS and self.word(k)[:1].isupper() and self.word(k).isalpha()
        ):
            k += 1
        return k if k > start else j

    def build(
        self, read: Read, span_first: int, value: float, high: float | None, noun: str | None
    ) -> Quantity:
        """The Quantity for a reading that passed every guard."""
        postfix = self.read_postfix(read)
        span_start = self.toks[span_first].start
        span_end = self.toks[read.last - 1].end
        if read.cut > 0 and self.toks[read.last - 1].start < read.cut < span_end:
            span_end = read.cut
        if postfix is not None:
            span_end = self.toks[read.last + 1].end
        unit_name, normalized_value, normalized_unit = self.units_of(read, value, noun)
        qualifier = read.qualifier or postfix or self.postfix_after_noun(read, noun)
        self.amount_starts[read.last if postfix is not None else read.last - 1] = span_first
        return Quantity(
            span=Span(span_start, span_end),
            text=self.text[span_start:span_end],
            value=value,
            unit=unit_name,
            noun=noun,
            qualifier=Qualifier(qualifier) if qualifier else None,
            range=(value, high) if high is not None and value <= high else None,
            normalized_value=normalized_value,
            normalized_unit=normalized_unit,
        )

    def trim_to_times(self, read: Read) -> bool:
        """Give up the parts of a reading a time expression owns; False if the number is.

        A "per" tail ("$3,500 a month") stays the quantity's denominator when the time
        expression that owns it lies inside it, and is dropped when the time expression
        reaches beyond it ("a year earlier"). A bare
        number the times stage read as a year is kept when it cannot be one ("more than
        1,000 customers", "1112 p"): a unit or a counted noun, and no year-like value.
        """
        anchor = self.toks[read.anchor] if read.anchor >= 0 else self.toks[read.first]
        clashes = list(self.owned_spans(anchor.start, anchor.end))
        if clashes:
            if any(span != anchor.span for span in clashes):
                return False
            years = YEARS[0] <= read.value <= YEARS[1]
            if read.high is not None and read.high > YEARS[1]:
                years = False  # "between 2000 and 3000 troops": no year ends the range
            elif read.high is not None and read.unit is not None:
                years = False  # "between 1990 and 2000 tonnes": a unit measures both bounds
            if read.written or (read.plain_int and years):
                return False
            has_unit = read.unit is not None or read.currency is not None
            if read.unit is not None and period_word(read.unit.name):
                return False  # "the 10-year Treasury": a duration the times stage reads
            noun = counted_noun(self.toks, read.last, self.text, allow_of=True)
            if not has_unit and (noun is None or not is_plural_noun(noun)):
                return False
            self.released.update(clashes)
        if read.per_at > 0 and read.per is not None:
            # A rate's "per month", "a year" is a time expression of its own (a TimeML
            # set); the quantity keeps it as its denominator unless the time expression
            # reaches beyond it ("a year earlier" is a comparison, not a rate).
            tail = Span(self.toks[read.per_at].start, self.toks[read.last - 1].end)
            inside = [s for s in self.owned_spans(tail.start, tail.end)]
            if any(s.start < tail.start or s.end > tail.end for s in inside):
                read.last, read.per, read.per_at = read.per_at, None, -1
            else:
                self.released.update(inside)
        start, end = self.toks[read.first].start, self.toks[read.last - 1].end
        if not self.owned_by_times(start, end):
            return True
        # A time expression inside the unit ("per hour" in "miles per hour") is the
        # times stage reading part of a unit: the quantity keeps it.
        after_number = self.toks[read.anchor].end if read.anchor >= 0 else start
        unit_known = read.unit is not None or read.currency is not None
        return unit_known and not self.owned_by_times(start, after_number)

    def units_of(
        self, read: Read, value: float, noun: str | None = None
    ) -> tuple[str | None, float | None, str | None]:
        per = f" per {read.per}" if read.per else ""
        if read.currency is not None:
            if not read.currency.code:
                return read.currency.name + per, None, None  # "dinars": which country's?
            return (
                read.currency.name + per,
                value,
                read.currency.code + (f"/{read.per}" if read.per else ""),
            )
        if read.unit is not None:
            unit = read.unit
            if unit.base is None:
                return unit.name + per, None, None
            normalized = finite_or_none(value * unit.factor)
            base = unit.base + (f"/{read.per}" if read.per else "")
            return unit.name + per, normalized, base
        if read.unit_name:
            return read.unit_name + per, None, None
        if read.per and noun:
            return f"{_singular(noun)} per {read.per}", None, None  # "visitor per year"
        return None, None, None

    def read_qualifier(self, read: Read) -> int:
        """Find "more than", "about", "up to"... just before the number; return its start."""
        table = _qualifiers()
        first = read.first
        if self.low(first - 1) not in _qualifier_tails():
            return first
        heads = _qualifier_heads()
        for size in range(_max_qualifier_len(), 0, -1):
            if first - size < 0 or self.low(first - size) not in heads:
                continue  # no qualifier of this length ends here
            words = tuple(self.low(first - size + k) for k in range(size))
            qualifier = table.get(words)
            if qualifier is None:
                continue
            if not all(
                self.spaced(first - size + k + 1) or self.joined(first - size + k + 1)
                for k in range(size)
            ):
                continue
            if (
                words == ("over",)
                and self.low(first - 2) in ("rise", "rose", "gain")
                and (read.unit is None or read.unit.name not in _PARALLEL_UNITS)
            ):
                continue  # "a rise over 12 months"; yet "rose over 3%" is more than 3%
            if words == ("up", "to") and self.low(first - 3) in grammar("particle_verb"):
                continue  # "the rate edged up to 4.1%": a phrasal move, no upper bound
            if words in (("over",), ("under",)) and self.spread_over(read, first - 1):
                continue  # "10 batters over seven innings": across, not more than
            if words == ("over",) and self.money_modifier(read):
                continue  # "jailed over $1.8 billion fraud": because of, not more than
            if words == ("some",) and self.compound_before_plural(read):
                continue  # "some 5-milligram tablets": "some" picks tablets out, not "about"
            read.qualifier = qualifier
            return first - size
        return first

    def money_modifier(self, read: Read) -> bool:
        """Whether an amount of money modifies the lower-case noun right after it ("$1.8
        billion fraud", "£48,000 expenses claims"), so that "over" before it says what
        something was about; "over $2 billion in aid" and "over $5 a share" measure."""
        if read.currency is None or read.per is not None:
            return False
        word = self.word(read.last)
        return (
            self.spaced(read.last)
            and word.isalpha()
            and word.islower()
            and not stop_or_verb(word)
            and not period_word(word)
            and word not in ("a", "an", "per", "worth")
        )

    def compound_before_plural(self, read: Read) -> bool:
        """Whether the number is a hyphenated adjective ("5-milligram", "three-judge")
        before the plural noun it describes, so that a determiner before it ("some")
        quantifies that noun rather than the number."""
        word = self.word(read.anchor) if read.anchor >= 0 else ""
        stem, hyphen, tail = word.partition("-")
        if not (hyphen and stem and tail[:1].isalpha()):
            return False
        after = self.word(read.last)
        return after.islower() and is_plural_noun(after)

    def spread_over(self, read: Read, at: int) -> bool:
        """Whether "over" at ``at`` spreads a count across a sequence, not "more than".

        "struck out 10 batters over seven innings", "12 goals over 15 games": a plural
        noun just before "over" and a word of ``over_span`` after the number.
        """
        before = self.word(at - 1)
        if not (before.islower() and is_plural_noun(before)):
            return False
        return any(self.low(k) in grammar("over_span") for k in (read.last, read.last + 1))

    def read_postfix(self, read: Read) -> str | None:
        """ "2,000 or more", "100 or so"."""
        pair = (self.low(read.last), self.low(read.last + 1))
        qualifier = _postfix_qualifiers().get(pair)
        if qualifier is None or read.qualifier is not None:
            return None
        if self.word(read.last + 2)[:1].isdigit():
            return None  # "between 5 and over 10": the pair starts the next figure
        if pair[1] == "most" and self.determiner_most(read.last + 2):
            return None  # "$4 at most stores": "most" counts the stores
        return qualifier

    def determiner_most(self, k: int) -> bool:
        """Whether a content word at ``k`` follows "at most", making "most" its determiner."""
        word = self.word(k)
        return (
            self.spaced(k)
            and word.isalpha()
            and word.islower()
            and word not in lexicon("quantity_stopwords")
        )

    def postfix_after_noun(self, read: Read, noun: str | None) -> str | None:
        """ "30 people or more", "12 players at most": the qualifier after the counted noun.

        The span keeps to the number; the noun must follow it directly.
        """
        k = read.last
        if noun is None or read.unit is not None or read.currency is not None:
            return None
        if self.word(k) != noun or read.qualifier is not None:
            return None
        pair = (self.low(k + 1), self.low(k + 2))
        qualifier = _postfix_qualifiers().get(pair)
        if qualifier is None or self.word(k + 3)[:1].isdigit():
            return None
        if pair[1] == "most" and self.determiner_most(k + 3):
            return None  # "30 workers at most plants"
        return qualifier

    def name_or_date(self, read: Read, has_unit: bool) -> bool:
        """Numbers in names, references, dates and clock times."""
        i = read.first
        if read.currency is not None:
            return False
        prev_i = i - 1
        prev = self.word(prev_i)
        if prev == "#" and self.joined(i) and read.plain_int and not has_unit:
            # "ranked #5", "wore #23": the number sign makes a rank or a label; a larger
            # bare number after it may be pounds ("The fine was #500"), so stays a number
            return read.value < _MAX_RANK
        if prev == "#" or (prev == "." and not self.joined(i) and not self.sentence_start(i)):
            prev_i -= 1  # "No. 10", "#5" (but "blocked a highway. Three officers")
            prev = self.word(prev_i)
        elif prev in MINUS and self.joined(i) and not has_unit:
            prev_i -= 1  # "COVID -19" (but "Dow -0.2%" is a fall)
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
        if read.plain_int and not has_unit and nxt in _CLOCK_WORDS:
            return True
        if self.dotted_clock(read) and (
            nxt in _CLOCK_WORDS or (nxt == "local" and self.low(read.last + 1) == "time")
        ):
            return True  # "at 22.00 GMT", "at 13.45 local time"
        if (read.plain_int or self.dotted_clock(read)) and not has_unit and self.clock_hour(read):
            return True  # "By 4 the street was empty", "the meeting ended at 11"
        if read.plain_int and not has_unit and self.tally(read):
            return True  # "outvoted by 17 to 6", "the Senate voted 51 to 49"
        if not has_unit and prev == "(" and _SCORE.fullmatch(self.word(i - 2)):
            return True  # "7-6 (7)", "7-6 (7-4)": a tie-break after a set's score
        opens = prev in _OPENING_QUOTES and (self.joined(i) or prev in ("“", "‘"))
        if opens and self.quoted_title(read):
            return True  # on CBS's "60 Minutes", NBC's "30 Rock": a title in quotes
        if not has_unit and not read.scaled and read.high is None and self.names_product(read):
            return True  # "the 486 chip", "486-based machines", "the 386": a model's name
        contexts = lexicon("quantity_name_contexts")
        named = low_prev in contexts or self.glued_word(prev_i).lower() in contexts  # "s&p 500"
        # "a galaxy 13 light-years away": a common noun before a measure, no product name
        measured = prev.islower() and read.unit is not None and "quantulum" not in read.tags
        if named and self.spaced(i) and not measured and not self.context_as_verb(read, prev_i):
            return True
        if read.plain_int and not has_unit and self.listed_name(i):
            return True  # "between junctions 10 and 11", "gates 4 and 5"
        if read.written:
            # "Formula One", "BBC One", "Air Force One": a capitalised number in a name
            # (but "NATO Adds Three New Members": a count in a headline)
            before = self.word(i - 1)
            return (
                _title_case(self.word(i))
                and before[:1].isupper()
                and before.isalpha()
                and self.spaced(i)
                and not self.sentence_start(i - 1)
                and not is_plural_noun(self.word(read.last))
                and plural_through_names(self.toks, read.last) is None
            )
        capital = any(map(str.isupper, prev))
        # "Camp 8W", "Block 4B": a digit with one capital glued on is a label after a name
        # (but "a Bosch 18V drill": a measure before the noun it describes)
        lettered = _LETTER_LABEL.fullmatch(self.word(i)) is not None and read.last == i + 1
        follow = self.word(i + 1)
        lettered = lettered and not (
            follow.isalpha() and follow.islower() and not stop_or_verb(follow)
        )
        uncertain = not has_unit or "quantulum" in read.tags or lettered
        if (
            capital
            and prev.replace("-", "").isalpha()
            and self.spaced(i)
            and uncertain
            and (
                not self.sentence_start(prev_i)
                or not prev[1:].islower()
                or (read.plain_int and not read.scaled and self.name_at_start(prev))
            )
            and prev.lower() not in _qualifier_heads()
        ):
            return True  # "Route 66", "Apollo 11", "Game 7", "iPhone 11"
        if (
            prev == "/"
            and self.joined(i)
            and self.joined(i - 1)
            and self.word(i - 2).isalpha()
            and self.word(i - 2).isupper()
        ):
            return True  # "PS/2", "OS/2", "AS/400": a product's name
        if prev in ("×", "^", "x") and self.joined(i):
            return True  # "10" in "1.99×10−30"
        if (
            prev in MINUS
            and self.joined(i)
            and self.joined(i - 1)
            and self.word(i - 2)[-1:].isdigit()
        ):
            return True  # "30" in "10−30"
        if self.word(read.last) in ("×", "^") and self.joined(read.last):
            return True
        if read.plain_int and not has_unit and self.address_follows(read.last):
            return True  # "405 Williams Ave."
        if read.plain_int and not has_unit and self.counted_before(i):
            return True  # "two new 737 Max jets": the count came first, this is a model
        # "787 Dreamliner", "90049 ZIP Code": a plain integer naming what follows
        nxt_word = self.word(read.last)
        return (
            read.plain_int
            and not has_unit
            and not read.scaled
            and not read.suffix.startswith("-")  # "the 100-seat Senate" counts seats
            and nxt_word[:1].isupper()
            and nxt_word.isalpha()
            and self.spaced(read.last)
            and not is_plural_noun(nxt_word)
            and plural_through_names(self.toks, read.last) is None  # "20 Starlink satellites"
            and not people_of(self.toks, read.last)  # "40 Japanese were rescued"
            # "30 Airbus, Boeing and Embraer jets"
            and plural_after_names_listed(self.toks, read.last) is None
        )

    def quoted_title(self, read: Read) -> bool:
        """Whether a quotation opens at the number after a title's cue (a possessive or a
        word of ``title_cue``: CBS's "60 Minutes", on "48 Hours", starred in "30 Rock") and
        closes after one to three capitalised words (a full stop or comma may stand inside
        it): a title, not a quoted sentence, which goes on in lower case, nor a count
        quoted ('held "200 Americans" hostage')."""
        k = (read.anchor if read.anchor >= 0 else read.first) + 1
        cue = self.word(k - 3)  # the word before the opening quote
        if not (cue.lower() in grammar("title_cue") or possessive(cue.lower())):
            return False  # 'held "200 Americans" hostage', 'said: "Twelve Americans."'
        start = k
        while k < start + _MAX_TITLE_WORDS and _title_case(self.word(k)) and self.spaced(k):
            k += 1
        if k == start:
            return False
        if self.word(k) in (".", ",") and self.joined(k):
            k += 1
        # typewriter quotes ("''") become a curly one and a space in the typeset copy
        return self.word(k) in _CLOSING_QUOTES and (self.joined(k) or self.word(k) == "”")

    def names_product(self, read: Read) -> bool:
        """Whether the figure is a bare integer naming a product's model, "the 486 chip"
        (see :mod:`._quantmodel`; a number inside a name, "Boeing 737", is
        :func:`._quantnoun.plural_through_names`' and :meth:`name_or_date`'s)."""
        k = read.anchor if read.anchor >= 0 else read.first
        if read.last != k + 1 or read.currency is not None or not may_name_model(self, k):
            return False
        if self._models is None:
            self._models = model_digits(self)
        return names_model(self, k, self._models)

    def listed_name(self, i: int) -> bool:
        """Whether the number at ``i`` ends a list of numbers naming things after a word of
        ``quantity_name_contexts``: "junctions 10 and 11", "pages 4, 5", "Routes 1 or 9"."""
        if self.low(i - 1) not in ("and", "or", ",", "to", "through") or not self.spaced(i):
            return False
        before = self.word(i - 2)
        if not (before.isdigit() and len(before) <= 4):
            return False
        return self.low(i - 3) in lexicon("quantity_name_contexts") and self.spaced(i - 2)

    def context_as_verb(self, read: Read, k: int) -> bool:
        """Whether the name-context word at ``k`` is a verb whose object the number counts.

        "building hundreds of shelters", "tried to block two roads", "will issue 500
        permits": a vague number never names a thing ("Building 7", "page 5" do); any
        other needs the word in lower case as a verb (in "-ing", or after "to" or a
        modal) and a plural noun counted after the number.
        """
        if read.vague:
            return True
        word = self.word(k)
        if not (word.isalpha() and word.islower()):
            return False
        if not (word.endswith("ing") or self.low(k - 1) in grammar("verb_cue")):
            return False
        noun = counted_noun(self.toks, read.last, self.text, allow_of=True)
        return noun is not None and noun.islower() and is_plural_noun(noun)

    def clock_hour(self, read: Read) -> bool:
        """Whether a bare 1 to 12 after "by", "at", "before", "until" is an hour of the clock.

        The number ends its phrase (no noun, unit or range follows) and the clause is
        about when: the phrase is fronted ("By 4 the street was empty", "and at 9 the
        shops reopened"), follows a verb of ``clock_verb`` ("the meeting ended at 11",
        "was held shortly before 3") or shares its sentence with a part of the day ("at
        9 in the morning") or a clock time ("close at 8 pm, with results by 11"). "stood
        at 9", "won by 4" and "At 9, she moved" stay numbers.
        """
        if read.high is not None or read.first < 1:
            return False
        if not 1 <= read.value <= 12 and not self.dotted_clock(read):
            return False
        prep_i = read.first - 1
        prep = self.low(prep_i)
        if prep not in grammar("clock_prep"):
            return False
        after = self.word(read.last)
        low_after = after.lower()
        if low_after in grammar("clock_not_after") or (self.word(read.last + 1)[:1].isdigit()):
            return False  # "from 3 to 5", "9 of 10", "at 3 under par", "between 3 and 5"
        if after[:1].isdigit() or (
            after.isalpha()
            and after.islower()
            and (is_plural_noun(after) or unit_named(low_after) is not None)
            and low_after not in lexicon("quantity_stopwords")
        ):
            return False  # "by 4 votes", "at 9 metres": a noun or a unit follows
        words = self.sentence_words(read.first)
        if grammar("day_part") & words or _CLOCK_WORDS & words:
            return True  # "at 9 in the morning", "Polls close at 8 pm and results by 11"
        k = prep_i - 1
        while self.low(k) in grammar("clock_adverb"):
            k -= 1
        if self.low(k) in grammar("clock_verb"):
            return True
        fronted = self.sentence_start(prep_i) or self.low(k) in grammar("clock_opener")
        if not fronted or after == ",":
            return False  # "At 9, she moved to London": an age
        # "By 4 the street", "at 9 the shops", "By 6 everyone had gone": a clause opens
        # right after the hour ("At 9 she moved" may be an age)
        return low_after in ("the", "a", "an") or (prep != "at" and after[:1].isalpha())

    def dotted_clock(self, read: Read) -> bool:
        """Whether the figure is written as a clock time with a dot ("at 11.30", "by 22.00").

        British copy writes the time so: hours to 23, minutes to 59, two digits after the
        dot; the clause must still be about when (see ``clock_hour``).
        """
        if read.last != read.first + 1 or read.currency is not None:
            return False
        return _DOTTED_CLOCK.fullmatch(self.word(read.first)) is not None

    def glued_word(self, k: int) -> str:
        """Token ``k`` with the tokens glued before it, up to a few: "S&P", "U.S"."""
        word = self.word(k)
        for _ in range(4):
            if not self.joined(k):
                break
            k -= 1
            word = self.word(k) + word
        return word

    @staticmethod
    def name_at_start(word: str) -> bool:
        """Whether a capitalised first word before a bare number names it ("Windows 11").

        A function word ("Of 500 people", "Another 20"), a qualifier ("Nearly 40") or an
        adverb ("Fully 40") opens the sentence instead.
        """
        low = word.lower()
        return (
            low not in lexicon("quantity_stopwords")
            and low not in _qualifier_heads()
            and not low.endswith("ly")
        )

    def counted_before(self, i: int) -> bool:
        """Whether a number stands just before token ``i``, past lower-case adjectives."""
        for k in range(i - 1, max(i - 3, -1), -1):
            word = self.word(k)
            written = number_word(word)
            if word[:1].isdigit() or written is not None:
                # a year the times stage owns counts nothing: "In 2018 160 people died"
                token = self.toks[k]
                return not self.owned_by_times(token.start, token.end) and (
                    written is None or written.kind in ("unit", "ten")
                )
            if (
                not (word.islower() and word.isalpha())
                or word in lexicon("quantity_stopwords")
                or word in _qualifier_heads()  # "In 2018 nearly 160 people": a new figure
            ):
                return False
        return False

    def address_follows(self, j: int) -> bool:
        """Whether capitalised words from token ``j`` end in a street word."""
        streets = lexicon("quantity_address_words")
        for k in range(j, min(j + 4, len(self.toks))):
            word = self.word(k)
            if word in streets and k > j:
                return True
            if not (word[:1].isupper() and word.isalpha()):
                return False
        return False

    def age_cue(self, first: int, after: str, value: float) -> bool:
        """Words around a bare number at ``first`` (of ``value``) that make it an age.

        "turned 40 in May", "died at 87", "at the age of 87", "he was 29 when", "she will
        be 35 next month", "who is 45,", "life expectancy of 73": the number ends its
        phrase (``after`` is punctuation or a word of ``age_after``).
        """
        if after[:1].isalnum() and after.lower() not in grammar("age_after"):
            return False
        b1, b2, b3 = self.low(first - 1), self.low(first - 2), self.low(first - 3)
        if b1 in grammar("age_verb") or (b1 == "of" and b2 == "age"):
            return True
        if b1 == "at" and b2 in grammar("death_verb") and b3 not in ("the", "of"):
            return True  # "died at 87" (but "put the number of dead at 67" is a count)
        if b1 == "at" and b2 in grammar("age_at_verb") and b3 not in ("the", "of"):
            return True  # "retired at 65", "married at 19"
        if (
            b1 == "at"
            and b2 in grammar("age_at_complement")
            and b3 in grammar("age_at_opener")
            and value > _CLOCK_HOURS
        ):
            return True  # "turned professional at 21", "left school at 16" (not "at 3")
        if b1 in grammar("be_form"):
            subject = b3 if b1 == "be" and b2 in ("will", "would", "to") else b2
            if subject in grammar("age_subject"):
                return True
        # "life expectancy is 73", "a life expectancy of around 79"
        start = self.doc.sentence_at(self.toks[first].start)
        for k in range(first - 1, max(first - 7, -1), -1):
            if start is not None and self.toks[k].start < start.start:
                break
            if self.low(k) == "expectancy":
                return True
        return False

    def age_at_person(self, read: Read) -> bool:
        """ "John Glenn, who at 77 is about to fly", "At 77, he is the oldest": "at" and a
        bare number between a person (a pronoun, or a first name) and the verb of the
        clause; any capitalised word after a fronted "At 68," may be a golfer's score or a
        price ("At 95, Brent crude")."""
        after = self.word(read.last)
        if read.value > _OLDEST:
            return False
        if self.low(read.first - 2) == "who":
            return not after[:1].isalnum() or after.lower() in grammar("subject_aux")
        if after != "," or not self.sentence_start(read.first - 1):
            return False  # fronted and set off by a comma, or no age
        subject = self.word(read.last + 1)
        if subject.lower() in grammar("age_fronted_subject"):
            return True  # "At 9, she moved to London"
        # "At 77, John Glenn is the oldest", but "At 68, Woods was two shots off the lead",
        # "At 95, Brent crude traded" (a score, a price) and "At 5, John left" (the hour)
        if read.value <= _CLOCK_HOURS or not given_name(subject):
            return False
        k = read.last + 2
        if _title_case(self.word(k)):
            k += 1  # the surname
        verb = self.low(k)
        return verb in grammar("subject_aux") or verb in lexicon("quantity_verbs")

    def person_bound(self, first: int, after: str) -> bool:
        """An age bound after people: "nobody under 30 has", "children under five".

        A word of ``age_bound`` and, before it, one of ``age_person`` (a pronoun or a
        plural of people); the number ends its phrase or a verb follows it.
        """
        k = first if self.low(first) in grammar("age_bound") else first - 1
        if self.low(k) not in grammar("age_bound") or self.low(k - 1) not in grammar("age_person"):
            return False
        low = after.lower()
        return (
            not after[:1].isalnum()
            or low in grammar("age_after")
            or low in grammar("subject_aux")
            or low in grammar("subject_verb")
            or low in grammar("age_bound_verb")
        )

    def tally(self, read: Read) -> bool:
        """Whether a bare number is one side of a vote's tally: "voted 51 to 49", "passed
        by 310 to 290", as "voted 12-3" is a score. Nothing follows the second number
        that it would count ("by 310 votes to 290" counts votes)."""
        i = read.first
        if read.high is not None:
            first, second = i, read.last - 1  # "by 49 to 51" read as a range
        elif self.low(i - 1) == "to" and self.digits_at(i - 2):
            first, second = i - 2, i
        elif self.low(i + 1) == "to" and self.digits_at(i + 2) and read.last == i + 1:
            first, second = i, i + 2
        else:
            return False
        after = self.word(second + 1)
        if self.low(first + 1) != "to" or (
            after[:1].isalnum() and after.lower() not in grammar("after_object")
        ):
            return False
        verb = first - 1 if self.low(first - 1) != "by" else first - 2
        return self.low(verb) in grammar("tally_verb")

    def digits_at(self, k: int) -> bool:
        word = self.word(k)
        return word.isdigit() and len(word) <= 4

    def occasions(self, read: Read, span_first: int) -> bool:
        """Whether "N times" counts occasions rather than stating a multiple.

        "stabbed him nine times.", "has been arrested 12 times since 2019": the clause
        ends after "times" (punctuation or a word of ``occasions_after``) and no verb of
        change stands before it ("sales rose three times in a decade" is a multiple);
        "three times the size", "12 times earnings" go on and stay multiples.
        """
        if read.unit is None or read.unit.name != "times":
            return False
        if (
            self.low(read.last - 1) in multiple_word_forms()
            and self.low(read.last) in ("this", "that", "last")
            and period_word(self.low(read.last + 1))
        ):
            return True  # "warned the board twice this year": occasions, no comparison
        if self.low(read.last - 1) != "times":
            return False
        after = self.word(read.last)
        if after[:1].isalnum() and after.lower() not in grammar("occasions_after"):
            return False
        before = self.low(span_first - 1)
        return not is_change_word(before) and before not in ("by", "at")

    def apposed_noun(self, read: Read) -> str | None:
        """The plural a part "of them" is named by in apposition: "14 were injured, six of
        them police officers", "40 migrants, 12 of them children,". The phrase must close
        there (punctuation, "and" or the end), so "20 of them were recaptured" names none.
        """
        if self.low(read.last) != "of" or self.low(read.last + 1) != "them":
            return None
        noun = counted_noun(self.toks, read.last + 2, self.text, allow_of=False)
        if noun is None or not noun.islower() or not is_plural_noun(noun):
            return None
        for k in range(read.last + 2, min(read.last + 6, len(self.toks))):
            if self.word(k) == noun:
                after = self.word(k + 1)
                closed = not after[:1].isalnum() or after.lower() in ("and", "or")
                return noun if closed else None
        return None

    def is_age(self, read: Read, span_first: int) -> bool:
        """An age after a name, set off by commas: "Maria Keller, 45, said"; or after
        "aged", maybe past a qualifier ("aged about 30", "aged between 18 and 24")."""
        high = read.high if read.high is not None else read.value
        written = read.written and not read.scaled and "fraction" not in read.tags
        if not (read.plain_int or written) or not 1 <= read.value <= high <= 120:
            return False
        first = read.first
        before, after = self.word(first - 1), self.word(read.last)
        if before.lower() in ("aged", "ages", "age") and self.spaced(first):
            return True  # "aged 45", "ages 18-24", "aged five"
        if span_first < first and self.low(span_first - 1) in ("aged", "ages"):
            return self.spaced(span_first)  # "aged about 30", "aged at least 16"
        if not written and self.age_cue(first, after, read.value):
            return True
        if (
            written
            and read.value >= 2
            and after.lower() == "when"
            and self.age_cue(first, after, read.value)
        ):
            return True  # "who was three when he died": a written age before "when"
        if self.person_bound(first, after):
            return True
        if not written and before.lower() == "at" and self.age_at_person(read):
            return True
        last = self.out[-1] if self.out else None
        if last is not None and last.unit == _AGE.name:
            gap = self.text[last.span.end : self.toks[first].start]
            ends_list = "and" in gap or "or" in gap or after in (",", "and", "or")
            if last.text[-1:].isalnum() and _LIST_GAP.fullmatch(gap) and ends_list:
                return True  # "aged 18, 19 and 22", "aged 4 and 9"
        if written:
            return False
        name = self.word(first - 2).replace("-", "").replace("'", "")
        nxt = read.last + 1
        if self.word(nxt) in _OPENING_QUOTES:
            # 'said Armando Ruiz, 73. "You know why?"': a quote opens the next sentence,
            # and the one with the age quotes its speaker (not 'New York, 73. "We fought,"')
            speaker = range(max(0, first - _MAX_SPEAKER_GAP), first - 1)
            if not any(self.low(k) in grammar("speech_verb") for k in speaker):
                return False
            nxt += 1
        closes = (
            after in (",", ")")
            or (after == "." and read.last + 1 >= len(self.toks))
            or (after in (".", ";") and self.word(nxt)[:1].isupper())
        )
        if not (before == "," and closes and name.isalpha()):
            return False
        # "Maria Keller, 45,"; "her son, 12,", "the driver, 61,": a person set off by commas
        return name[:1].isupper() or self.low(first - 3) in grammar("modifier_determiner")

    def year_like(self, read: Read, has_unit: bool, noun: str | None) -> bool:
        """A bare year is never a quantity ("in 2019", "between 1600 and 1900")."""
        if (
            read.currency is not None
            and read.plain_int
            and "prefixed" not in read.tags
            and self.word(read.first)[:1].isdigit()
            and YEARS[0] <= read.value <= YEARS[1]
            and self.low(read.first - 1) == "in"
        ):
            return True  # "prices in 2019 dollars": a year naming the dollars' value
        if has_unit or not read.plain_int or read.scaled or read.qualifier:
            return False
        lo, hi = read.value, read.high if read.high is not None else read.value
        if not (YEARS[0] <= lo <= hi <= YEARS[1]):
            return False
        anchor = read.anchor if read.anchor >= 0 else read.first
        if read.value >= 1000 and self.word(anchor).isdigit():
            return True
        return noun is None

    def forecasters_relative(self, k: int) -> bool:
        """Whether token ``k`` opens a relative clause about the figure before it.

        "well above the 200,000 economists had forecast", "short of the 180,000 analysts
        polled by Reuters had expected": forecasters then a forecast verb with no object
        of its own; "the 40 economists polled expected a cut" counts the economists.
        """
        if self.low(k) not in grammar("forecaster_noun"):
            return False
        for j in range(k + 1, k + 8):
            low = self.low(j)
            if not self.word(j)[:1].isalpha():
                return False
            if low in grammar("forecast_verb"):
                polled = self.low(k + 1) in grammar("poll_participle")
                if self.low(j - 1) != "had" and not polled:
                    return False
                return self.low(j + 1) not in grammar("modifier_determiner")
        return False

    def noun_after(self, read: Read, *, counted: bool) -> str | None:
        after = read.last + (2 if self.read_postfix(read) else 0)
        # "half the villages": a share followed by a determiner reads as "half of the"
        determined = "fraction" in read.tags and self.spaced(after)
        # "one proposal" is singular; "one of the best screens" picks one of a plural set
        singular = read.value == 1 and read.high is None and counted and self.low(after) != "of"
        singular = singular or read.suffix.lower() == "-strong"  # "a 10,000-strong crowd"
        return counted_noun(
            self.toks,
            after,
            self.text,
            allow_of=counted or True,
            singular=singular,
            determined=determined,
            deep=counted,
        )

    def subject_noun(self, read: Read, span_first: int) -> str | None:
        """The plural subject of a bare figure it moves to: "Deaths fell to 45" -> Deaths;
        or a tally of the dead or the counted: "The death toll rose to 42" -> toll."""
        if read.written:
            return None
        after = self.word(read.last)
        if self.time_at(read.last):
            after = "."  # "cases jumped to 4.2 million this year": a time ends the figure
        if after[:1].isalnum() and after.lower() not in _CARRY_AFTER and after.lower() != "to":
            return None  # something follows that may be its own noun
        k = read.first - 1
        if self.low(k) not in ("to", "by", "at"):
            k = span_first - 1  # "deaths rose to more than 40": past the qualifier
        if self.low(k) not in ("to", "by", "at"):
            # "the number of confirmed cases reached 12,000", "the death toll is at least 42",
            # "admissions topped 900"
            if self.low(k) not in grammar("level_verb"):
                return None
            tally = tally_subject(self, k)
            if tally is not None or self.low(k) not in grammar("count_level_verb"):
                return tally  # "protesters hit 12": whom they hit, not a level
            j = k - 1
            while j > k - 4 and self.low(j) in grammar("subject_aux"):
                j -= 1  # "cases have now topped 2 million"
            return self.plural_at(j)
        before = self.out[-1] if self.out else None
        if (
            self.low(k) == "to"
            and before is not None
            and before.unit is None
            and before.noun is not None
            and self.text[before.span.end : self.toks[k].start].isspace()
        ):
            return before.noun  # "claims rose by 12,000 to 230,000": the level after the move
        if (
            self.low(k) == "to"
            and before is not None
            and before.unit is not None
            and before.unit.startswith("percent")
            and before.noun is not None
            and is_plural_noun(before.noun)
            and before.noun.lower() not in _NOT_SUBJECT
            and self.text[before.span.end : self.toks[k].start].isspace()
        ):
            # "applications rose 18% to 1.1 million": the count the share moved
            return before.noun
        k -= 1
        tally = tally_subject(self, k)
        if tally is not None:
            return tally  # "the death toll from the quake rose to 1,350"
        verb = self.low(k)
        if not is_change_word(verb) and (verb not in grammar("level_verb") or verb in _COPULAS):
            return None  # "Deaths fell to 45", "Admissions doubled to 2,400"
        if self.low(k - 1) in lexicon("quantity_stopwords"):
            return None
        # "Deaths fell to 45"; "hospital admissions for flu rose to 2,300"
        subject = self.plural_at(k - 1) or plural_subject(self, k - 1)
        return subject if subject is None or subject.lower() not in _NOT_SUBJECT else None

    def plural_at(self, k: int) -> str | None:
        """The plural noun at token ``k`` that may be the subject of a bare figure."""
        subject = self.word(k)
        if subject.isalpha() and is_plural_noun(subject) and subject.lower() not in _NOT_SUBJECT:
            return subject
        return None

    def time_before(self, k: int) -> int:
        """The first token of a time expression that ends at token ``k`` ("on Friday",
        "Wednesday"), or ``k + 1`` when none does."""
        if not 0 <= k < len(self.toks):
            return k + 1
        token = self.toks[k]
        starts = [s.start for s in self.owned_spans(token.start, token.end) if s.end == token.end]
        return self.doc.token_index(min(starts)) if starts else k + 1

    def time_at(self, k: int) -> bool:
        """Whether a time expression starts at token ``k`` ("this year", "on Monday")."""
        if k >= len(self.toks):
            return False
        token = self.toks[k]
        return any(span.start == token.start for span in self.owned_spans(token.start, token.end))

    def among_noun(self, span_first: int) -> str | None:
        """The group a figure after a comma is taken from: "Among participants over 65, 18".

        The clause opens with "among" (or "of the") a few words back in the sentence and
        its first plural noun is what the figure counts.
        """
        if self.word(span_first - 1) != ",":
            return None
        for k in range(span_first - 2, max(span_first - 12, 0) - 1, -1):
            word = self.low(k)
            if word in (".", ";", ",", ":", "!", "?"):
                return None
            if word == "among" and (k == 0 or self.sentence_start(k) or self.word(k - 1) == ","):
                return counted_noun(self.toks, k + 1, self.text, allow_of=False, determined=True)
        return None

    def same_count_before(self, read: Read, span_first: int, sentence: int | None) -> str | None:
        """The noun of the count of the same size a few sentences before a written count
        after a determiner.

        "Rescuers freed nine miners ... the nine were in good condition", "all three":
        a definite count with no noun points back to a set of that size named shortly
        before; with none, the count before it in the sentence (or the one before) is
        looked for as for any bare count. Digits are left to that ("the 486 is a chip").
        """
        if not read.written or span_first != read.first or read.high is not None:
            return None  # "the more than 40": no point back to a set of that size
        if sentence is None:
            return None
        if not self.after_determiner(read.first):
            return None
        found = self.noun_of_value.get(read.value)
        if found is None or not 0 <= sentence - found[0] <= _ANTECEDENT_SENTENCES:
            return None
        return found[1]

    def after_determiner(self, first: int) -> bool:
        """Whether a determiner, maybe with an adjective, stands before token ``first``:
        "the nine", "all three", "the remaining five", "the other two"."""
        before = self.low(first - 1)
        anaphoric = grammar("anaphoric")
        if before in anaphoric:
            return True
        return self.low(first - 2) in anaphoric and before.isalpha() and before.islower()

    def noun_before(self, read: Read, sentence: int | None) -> str | None:
        """The counted noun of the last count in this or the previous sentence.

        Only for a bare count that stands alone ("Police said about 1,500 remained.",
        "Iraq has 17 million residents, and Kuwait about 1.9 million."), not one inside
        a phrase ("the age of 21") or followed by words that may name its own noun.
        """
        if self.last_noun is None or sentence is None:
            return None
        if read.written and not self.subject_count(read):
            return None
        where, noun = self.last_noun
        k = read.first - 1
        while k > read.first - 4 and self.low(k) in grammar("approximator"):
            k -= 1
        if self.low(k) in grammar("capacity_verb"):
            return None  # "26,000 tickets sold for a venue that holds 30,000": a capacity
        if (
            read.value > 1
            and not is_plural_noun(noun)
            and (noun[:1].islower() or person_of_a_people(noun))
        ):
            return None  # "One person died and two were injured": not "two person"
        if sentence - where not in (0, 1) or self.low(read.first - 1) in ("of", "aged", "age"):
            return None
        if read.written and read.value == 1 and read.high is None:
            return noun if sentence == where else None  # "two drones ..., and one was"
        if read.written and self.after_determiner(read.first):
            return noun  # "14 of 19 economists ... The remaining five", "the top three won"
        after = "." if self.time_at(read.last) else self.low(read.last)
        if after == "others" and self.others_than(read.first, noun):
            return None  # "His mother and 10 others died": others than the mother
        if after == "others" or (
            after == "more"
            and (
                not self.word(read.last + 1)[:1].isalnum()
                or self.low(read.last + 1) in _CARRY_VERBS
            )
        ):
            # "killing 1,000 people and injuring 2,500 others", "and 1,200 more",
            # "and 50 more were on standby"
            return noun
        if after == "of" and self.low(read.last + 1) in _OF_ANAPHORS:
            return noun  # "infected 2,300 people, killing 45 of them", "200 of which"
        # the word before the figure and its qualifier ("and more than 100 injured")
        opener = self.low(k)
        if sentence == where and after in grammar("place_after") and opener.endswith(("ed", "ing")):
            return noun  # "infected 320 people and killed 14 in three provinces"
        if (
            sentence == where
            and opener == "and"
            and after in grammar("place_after")
            and any(self.low(j) == after for j in range(k - 4, k))
        ):
            # "killed 247 people in Kenya and 10 in Tanzania", "259 people on the plane
            # and 11 on the ground": the same place phrase after each count
            return noun
        if sentence == where and opener == "from" and self.low(k - 1) in ("up", "down"):
            return noun  # "350 people remained missing, down from more than 1,000"
        if sentence == where and _participle(after) and opener in grammar("participle_opener"):
            # "1,500 homes were destroyed and 20,000 damaged", "43 people were killed and
            # more than 100 injured", "won 168 seats, short of the 289 needed"
            return noun
        if sentence == where and (after in _CARRY_VERBS or after in grammar("relative_subject")):
            return noun  # "20 people were killed and 30 were injured", "the 145 million it flew"
        if sentence == where and (after in grammar("irregular_past") or self.compared_count(read)):
            # "14 workers were underground; three made it out", "compared with nine"
            return noun
        if after[:1].isalnum() and (sentence == where or after not in _CARRY_AFTER):
            return None  # something follows that may be its own noun ("50,000 U.S. troops")
        if sentence != where and self.level_before(read):
            return None  # "... 300 new homes. Work starts at 7.": a level, not a count
        return noun

    def others_than(self, first: int, noun: str) -> bool:
        """Whether "and" joins the count of others at ``first`` to the noun that opens the
        sentence as its subject ("The driver and two others were killed", "His mother and
        10 others died"): they are people besides the one named, not more of the count
        before ("two fishermen"). A noun after a verb or a preposition ("killed in the
        attack and 12 others were wounded") leaves the others the count before."""
        if self.low(first - 1) != "and":
            return False
        word = self.low(first - 2)
        if not (word.isalpha() and plain_noun(word)) or word.endswith(("ed", "ing")):
            return False
        if word in noun.lower().split() or plural_of(word) in noun.lower().split():
            return False
        k = first - 2  # back over the subject's modifiers to a determiner opening it
        while not self.sentence_start(k):
            k -= 1
            low = self.low(k)
            if k < first - _MAX_SUBJECT_WORDS - 2 or not low.isalpha() or stop_or_verb(low):
                return self.sentence_start(k) and opens_noun_phrase(self.word(k))
        return opens_noun_phrase(self.word(k))

    def share_noun_before(self, read: Read, sentence: int | None) -> str | None:
        """The noun of the count or share just before a share with no noun of its own.

        "1.5 million doses were delivered, half of them to hospitals" (doses: "of them",
        "of which", "of those" point back to the count); "Three-quarters of voters backed
        it, while one in five opposed it" (voters: a share in a parallel clause). Amounts
        of money or measures are not what a share counts ("$2 billion, half of which").
        """
        before = self.out[-1] if self.out else None
        if before is None or before.noun is None or sentence is None:
            return None
        if self.doc.sentence_index(before.span.start) != sentence:
            return None
        after = self.low(read.last)
        if after == "of" and self.low(read.last + 1) in _OF_ANAPHORS:
            first = self.doc.token_index(before.span.start)
            if self.low(first - 1) in grammar("place_after"):
                return None  # "recorded across four provinces, with 80% of them": the cases
            return before.noun if before.unit is None else None
        share = before.value < 1 if before.unit is None else before.unit == "percent"
        # a share before it; a verb after it, not its own noun ("one in five opposed"), or
        # after "while", "but": any plain word that is no plural noun ("while 45% oppose it")
        verb = _clause_verb(after) or _participle(after) or after in _CARRY_VERBS
        if self.low(read.first - 1) in grammar("parallel_opener") and after.islower():
            stop = after in lexicon("quantity_stopwords") or after.endswith("er")
            verb = verb or not (stop or is_plural_noun(after))
        # (a share of people takes a plural verb: not "40% is the share spent on food")
        if after[:1].isalpha() and share and verb and after not in grammar("singular_verb"):
            # the earlier share's noun counts people or things ("of voters"), not a whole
            # ("40% of the vote, but 60% stayed at home")
            whole = before.noun.rsplit(None, 1)[-1]
            return before.noun if is_plural_noun(whole) or before.unit is None else None
        return None

    def level_before(self, read: Read) -> bool:
        """Whether the word before a bare figure makes it a level or a reading, not a count.

        "Its shares rose to 45", "Turnout was 45", "estimated at 12 million", "ranked 12":
        such a figure does not count what the sentence before counted.
        """
        if read.qualifier is not None:
            return False  # "Police said about 1,500 remained": a count, qualified
        return self.low(read.first - 1) in grammar("level_before")


def _with_parts(words: frozenset[str]) -> frozenset[str]:
    """``words``, the parts of their hyphenated ones ("oslo-based" gives "oslo") and
    their possessives without the "'s" ("dubai's" gives "dubai")."""
    parts = [p for word in words if "-" in word for p in word.split("-") if p]
    parts += [word[:-2] for word in words if word.endswith(("'s", "\u2019s"))]
    return words.union(parts) if parts else words


def _word_parts(word: str) -> tuple[str, ...]:
    """``word``, the parts of a hyphenated one and a possessive without its "'s"."""
    if "-" in word:
        return (word, *(part for part in word.split("-") if part))
    if word.endswith(("'s", "\u2019s")):
        return (word, word[:-2])
    return (word,)


def _clause_verb(word: str) -> bool:
    """A verb that makes the plural before it the subject of a clause ("analysts expected")."""
    return word in grammar("gap_verb")


def _of_a_size(first: float, second: float) -> bool:
    """Whether two amounts differ by at most ``_MAX_RATE_RATIO`` either way."""
    first, second = abs(first), abs(second)
    return second / _MAX_RATE_RATIO <= first <= second * _MAX_RATE_RATIO


def _as_stated(value: float) -> float:
    """A scaled value to 15 significant digits, as written: "$4.1 billion" is 4.1e9, not
    the 4099999999.9999995 that 4.1 times 1e9 gives in binary floating point."""
    return float(f"{value:.15g}")


def _participle(word: str) -> bool:
    """A past participle standing for "were ...ed" after a count ("and 30 injured")."""
    return len(word) > 4 and word.isalpha() and word.endswith("ed") and word.islower()


def _measure_word(word: str) -> bool:
    """Whether ``word`` names a currency or a unit ("euros", "tonnes"), not a thing counted."""
    if currency_suffix(word, scaled=True) is not None:
        return True
    unit = unit_named(word)
    return unit is not None and len(word) > 2


def _after_change_word(text: str) -> bool:
    """Whether ``text`` ends with a change word, maybe with "by" ("fell", "rose by")."""
    words = text.split()
    if words and words[-1].lower() == "by":
        words.pop()
    return bool(words) and is_change_word(words[-1].lower())


def _per(quantity: Quantity, period: str) -> Quantity:
    """``quantity`` restated as a rate per ``period`` ("dollar" -> "dollar per year")."""
    normalized = quantity.normalized_unit
    return attrs.evolve(
        quantity,
        unit=f"{quantity.unit} per {period}",
        normalized_unit=f"{normalized}/{period}" if normalized else None,
    )


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _title_case(word: str) -> bool:
    return len(word) > 2 and word[0].isupper() and word[1:].islower()


def _scale_of(read: Read) -> float:
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


def _main_unit_of(old: Quantity, new: Quantity) -> Quantity | None:
    """``new`` in the main unit of the currency ``old`` counts a hundredth of, or None.

    "rose from 50 cents in 2021 to 1.20", "from 90 pence to 1.40": a bare price written
    with two decimals and below the old figure is in dollars or pounds, not cents ("from
    45 cents to 52" stays in cents). Only when the two readings are of one size (the new
    price, in cents, within a fifth to five times the old) and the old figure is whole:
    "from 40 cents to 38.50", "from 66.50 US cents to 65.80" (a share price, an exchange
    rate) stay in cents.
    """
    if not (old.value and old.normalized_value and old.normalized_unit):
        return None
    if abs(old.normalized_value / old.value - 0.01) > 1e-9 or new.value >= old.value:
        return None
    if old.value != int(old.value) or not (
        _MAIN_UNIT_RATIO[0] <= new.value * 100 / old.value <= _MAIN_UNIT_RATIO[1]
    ):
        return None
    main = currency_named_by_sign(old.normalized_unit)
    if main is None or _MAIN_UNIT_PRICE.fullmatch(new.text) is None:
        return None
    return attrs.evolve(
        new, unit=main.name, normalized_value=new.value, normalized_unit=old.normalized_unit
    )


def _current_currency(sense: Unit | Currency | None, retired: frozenset[str]) -> Currency | None:
    """``sense`` when it is a currency still in use (not among the ``retired`` codes)."""
    return sense if isinstance(sense, Currency) and sense.code not in retired else None
