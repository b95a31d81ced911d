"""Clauses and participants of an event, read from a sentence's tokens without a parser.

A sentence is cut into clauses at punctuation and subordinating words; an event's
participants are the noun phrases around its trigger: the subject before a verb (the
agent, or the patient when the verb is passive), the object after it, "by X" (agent),
"to X" (recipient) and "with X" (other); for an event noun, "X's attack", "attack by X",
"attack on X". Every scan is bounded to a few tokens, so the whole stage stays linear.

A subject keeps what it is made of: its counted first conjunct ("Hundreds of bus drivers
and their supporters"), the body its people are from ("analysts at DNB Carnegie"), the
head before a long or coordinated phrase ("Foreign ministers from the four countries of
the lower Mekong basin", "earnings before interest and tax"); "talks between X and Y
broke down" are the talks (which undergo it) with X and Y as the other parties. An
amount's thing ("$2.5 billion of dollar bonds"), what money goes to ("spend ... on new
vessels") or comes from ("seek $1.2 billion from the bank"), what a vote is against, the
antecedent of an object "that" ("a tax that Norway introduced") and a passive giving
verb's recipient ("her sons had been prescribed glasses") are read too, as are the two
objects of a giving verb ("offered rebels a rebate"), an aside naming a medium or a time
stepped over ("The committee, in a statement carried by Khovar, alleged"), the noun
before an "-ing" word and its object ("a train carrying 300 people derailed") or before
joined prepositions' phrases ("Rescuers on foot and in boats reached"), an "-ing" noun
opening the clause ("Shelling in Donetsk killed"), and an object named in apposition
("fined another company, Helix Systems, 340 million euros").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from newsfacts.document import Token
from newsfacts.extractors._events_lexicon import (
    Form,
    first_names,
    form_table,
    head_nouns,
    is_demonym,
    plural_or_group,
    word_class,
    word_union,
)
from newsfacts.extractors._events_open import open_forms
from newsfacts.extractors._events_triggers import Found, is_capitalised, possessive
from newsfacts.extractors._names import name_lexicon, word_set
from newsfacts.lexicons import lexicon, lexicon_lines
from newsfacts.models import EventType, ParticipantRole

__all__ = [
    "Arg",
    "SentenceView",
    "Subject",
    "aside_end",
    "clause_extents",
    "clauses",
    "compass_place",
    "participants",
    "participle_aside",
    "reduced_relative_end",
    "subject_of",
]

_MAX_PHRASE = 8
# Words that open a time expression's phrase ("late on Thursday", "early on Monday").
_TIME_EDGES = frozenset({"late", "early", "mid"})
_MAX_GAP = 6
_CLAUSE_MARKS = frozenset(',;:—–()[]"“”«»')
_COORDINATING = frozenset({"and", "or", "nor"})


class Arg(NamedTuple):
    """A participant's phrase as token indices ``[start, end)`` in the sentence, and role."""

    start: int
    end: int
    role: ParticipantRole


class SentenceView(NamedTuple):
    """One sentence's tokens and what is known about each of them."""

    tokens: Sequence[Token]
    lower: Sequence[str]
    verbs: frozenset[int]  # indices of triggers used as verbs
    blocked: frozenset[int]  # indices of tokens inside time expressions


def clauses(
    lower: Sequence[str], verbs: frozenset[int], blocked: frozenset[int] = frozenset()
) -> list[int]:
    """The clause number of every token; boundary tokens get -1.

    Nothing inside a time expression (``blocked``) ends a clause. "and" and "or" end a
    clause only before a verb, an auxiliary or a subject pronoun ("walked off
    the job and halted the loading", "and they left"), not inside a phrase ("Rotterdam
    and Antwerp", "between Ardania and the Velm Republic").
    """
    return clause_extents(lower, verbs, blocked)[0]


def clause_extents(
    lower: Sequence[str], verbs: frozenset[int], blocked: frozenset[int] = frozenset()
) -> tuple[list[int], dict[int, tuple[int, int]]]:
    """:func:`clauses`, and each clause's first and last token index by its number."""
    enders = _clause_enders()
    # "seized Kasindi and has since taken": an auxiliary after "and" opens a new clause.
    openers = word_union("pronoun", "aux")
    n = len(lower)
    # Only an ender or "and"/"or" can be a boundary: visit those alone.
    edges = [
        i
        for i, word in enumerate(lower)
        if (word in enders or word in _COORDINATING) and i not in blocked
    ]
    if "as" in lower:
        # "fell as much as 14% in Oslo": an amount, not a clause.
        edges = [i for i in edges if not _as_much_as(lower, i)]
    ages = _age_commas(lower, edges)
    if ages:
        # "attacked Yusuf Mansaray, 31, outside a takeaway in Salford": one clause.
        edges = [i for i in edges if i not in ages]
    inner = _inner_quotes(lower, edges) if not _QUOTE_MARKS.isdisjoint(lower) else None
    if inner:
        # 'had detected "suspicious activity" on its network at 2 a.m.': one clause.
        edges = [i for i in edges if i not in inner]

    out = [0] * n
    extent: dict[int, tuple[int, int]] = {}
    current = 0
    done = 0
    for i in edges:
        if lower[i] not in enders and not (
            i + 1 < n and (i + 1 in verbs or lower[i + 1] in openers)
        ):
            continue
        # Each run of tokens between boundaries is one clause, numbered in order.
        if i > done:
            out[done:i] = [current] * (i - done)
            extent[current] = (done, i - 1)
        out[i] = -1
        if i == 0 or out[i - 1] != -1:
            current += 1
        done = i + 1
    if n > done:
        out[done:n] = [current] * (n - done)
        extent[current] = (done, n - 1)
    return out, extent


_AS_MUCH = frozenset(
    {"much", "many", "few", "little", "high", "low", "long", "early", "late", "far", "soon"}
)


_QUOTE_MARKS = frozenset('"“”')


def _age_commas(lower: Sequence[str], edges: Sequence[int]) -> set[int]:
    """The commas around an age after a name (", 31,"): no clause edges."""
    out: set[int] = set()
    n = len(lower)
    for i in edges:
        if (
            lower[i] == ","
            and i + 2 < n
            and lower[i + 2] == ","
            and lower[i + 1].isdigit()
            and len(lower[i + 1]) <= 3
        ):
            out.update((i, i + 2))
    return out


def _inner_quotes(lower: Sequence[str], edges: Sequence[int]) -> set[int]:
    """The quotation marks around a short phrase of words inside a clause, a word on
    either side ('had taken "adequate measures" on Sunday'): no clause edges."""
    marks = [i for i in edges if lower[i] in _QUOTE_MARKS]
    out: set[int] = set()
    n = len(lower)
    for a, b in itertools.pairwise(marks):
        if a in out or not 0 < a < b - 1 or b - a > _QUOTED_REACH + 1 or b + 1 >= n:
            continue
        if not (lower[a - 1][:1].isalnum() and lower[b + 1][:1].isalnum()):
            continue
        if lower[b + 1] in _COORDINATING or lower[b + 1] == "but":
            continue  # '"prudent approach" and expected': the quote may end the clause
        if all(lower[k][:1].isalnum() for k in range(a + 1, b)):
            out.update((a, b))
    return out


def _as_much_as(lower: Sequence[str], i: int) -> bool:
    """Whether the "as" at ``i`` is part of "as much as", "as many as", "as early as"."""
    if lower[i] != "as":
        return False
    n = len(lower)
    if i + 2 < n and lower[i + 1] in _AS_MUCH and lower[i + 2] == "as":
        return True
    return i >= 2 and lower[i - 1] in _AS_MUCH and lower[i - 2] == "as"


@cache
def _clause_enders() -> frozenset[str]:
    """Marks and words that always end a clause ("and", "or" only sometimes)."""
    return _CLAUSE_MARKS | (word_class("clause") - _COORDINATING)


def _stop(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` cannot be part of a participant's noun phrase."""
    word = view.lower[i]
    if i in view.blocked or i in view.verbs:
        return True
    if not word[:1].isalnum():
        return not (
            _abbreviation_dot(view, i) or _plural_possessive(view, i) or _ampersand(view, i)
        )
    if word in _TIME_EDGES and (
        i + 1 in view.blocked
        or (i + 2 in view.blocked and view.lower[i + 1] in ("on", "in", "last", "this"))
    ):
        return True  # "the proposal late on Thursday": the time's, not the phrase's
    stops, compass = _stop_classes()
    if word in compass and compass_place(view, i):
        return True  # "a fishing boat south of Lampedusa": the place is no part of it
    if word not in stops and word != "her":
        return False  # most words: no need for the checks below, which only lift a stop
    if word == "for" and _name_link(view, i):
        return False
    if word in _ACRONYMS and view.tokens[i].text.isupper():
        return False  # "The US imposed", "the WHO declared": a body, not "us" or "who"
    if word.endswith("s") and word in word_class("reporting") and _plural_noun(view, i):
        return False  # "the six member states of the bloc", "EU member states agreed"
    if _capitalised_word_in_name(view, i):
        return False  # "the Beyond ARCTIS project", "Under Armour"
    if (
        i > 1
        and _capitalised_name(view.tokens[i].text)
        and _capitalised_name(view.tokens[i - 1].text)
    ):
        return False  # "the United States and ...": the end of a name, not "states"
    if word == "her" and i + 1 < len(view.lower):
        # "praised her players": a possessive, inside the phrase.
        after = view.lower[i + 1]
        return not (after.isalpha() and after not in stops and i + 1 not in view.verbs)
    return word in stops


def _ampersand(view: SentenceView, i: int) -> bool:
    """An "&" between two capitalised words ("Procter & Gamble", "Marks & Spencer"):
    inside one firm's name."""
    return (
        view.lower[i] == "&"
        and 0 < i < len(view.lower) - 1
        and is_capitalised(view.tokens[i - 1].text)
        and is_capitalised(view.tokens[i + 1].text)
    )


def _abbreviation_dot(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` is the full stop of an abbreviation inside a name ("U.S.
    President Joe Biden", "U.N. envoy", "Dr. Jane Okafor"): right after a capitalised word
    with a dot in it or a title the sentence splitter does not end on, before a word of
    the same sentence."""
    if view.lower[i] != "." or i == 0 or i + 1 >= len(view.lower):
        return False
    before, token = view.tokens[i - 1], view.tokens[i]
    return (
        before.end == token.start
        and before.text[:1].isupper()
        and ("." in before.text or before.text.lower() in lexicon("abbreviations"))
        and view.tokens[i + 1].text[:1].isalnum()
    )


def _plural_possessive(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` is the apostrophe of a plural possessive inside a phrase
    ("analysts' expectations", "the workers' union"): right after a word in "s", before
    a word."""
    if view.lower[i] not in ("'", "’") or i == 0 or i + 1 >= len(view.lower):
        return False
    before, token, after = view.tokens[i - 1], view.tokens[i], view.tokens[i + 1]
    return (
        before.end == token.start
        and token.end < after.start
        and before.text.endswith("s")
        and before.text.isalpha()
        and after.text[:1].isalpha()
        and i + 1 not in view.verbs
    )


def _plural_noun(view: SentenceView, i: int) -> bool:
    """Whether a reporting word in "-s" at ``i`` is a plural noun ("member states",
    "claims of"): after a lower-case word and before "of", an auxiliary or a verb."""
    n = len(view.lower)
    if i == 0 or i + 1 >= n or not view.tokens[i - 1].text.isalpha():
        return False
    before, after = view.lower[i - 1], view.lower[i + 1]
    if before in word_union("pronoun", "aux", "adverb", "clause"):
        return False  # "he states", "it also notes"
    return after == "of" or after in word_class("aux") or i + 1 in view.verbs


def compass_place(view: SentenceView, i: int) -> bool:
    """ "south of Lampedusa" after no determiner ("the south of France" is a phrase), and
    not inside an apposition that describes a place named before it ("stormed Kabeya, a
    village north of Goma": Kabeya is the place)."""
    lower = view.lower
    if not (
        i > 0
        and i + 2 < len(lower)
        and lower[i + 1] == "of"
        and lower[i - 1] not in word_union("det", "prep")
        and is_capitalised(view.tokens[i + 2].text)
    ):
        return False
    return not in_place_apposition(view, i)


def in_place_apposition(view: SentenceView, i: int) -> bool:
    """Whether the word at ``i`` stands in an apposition opened by a comma and a
    determiner just before it ("Kabeya, a village north of": it describes Kabeya)."""
    lower = view.lower
    for k in range(i - 1, max(0, i - _APPOSITION_REACH) - 1, -1):
        if lower[k] == ",":
            return lower[k + 1] in word_class("det")
    return False


# How far back a comma opening an apposition may stand ("Kabeya, a small village north of").
_APPOSITION_REACH = 4


def _capitalised_word_in_name(view: SentenceView, i: int) -> bool:
    """A capitalised function word inside a sentence, before another capitalised word: it
    opens a name ("Beyond ARCTIS"), not a phrase of its own."""
    text = view.tokens[i].text
    return (
        0 < i < len(view.tokens) - 1
        and text[:1].isupper()
        and text.isalpha()
        and view.lower[i - 1] not in _CLAUSE_MARKS
        and _capitalised_name(view.tokens[i + 1].text)
        and view.lower[i] not in word_class("pronoun")
    )


def _name_link(view: SentenceView, i: int) -> bool:
    """ "for" inside an organisation's name, between capitalised words ("Kivu Defence
    Front for the Liberation of Congo", "Centre for Disease Control")."""
    n = len(view.lower)
    j = i + 2 if i + 2 < n and view.lower[i + 1] == "the" else i + 1
    return (
        i > 0
        and j < n
        and i - 1 not in view.verbs
        and _capitalised_name(view.tokens[i - 1].text)
        and _capitalised_name(view.tokens[j].text)
    )


def _capitalised_name(text: str) -> bool:
    return text[:1].isupper() and text.isalpha()


@cache
def _stop_classes() -> tuple[frozenset[str], frozenset[str]]:
    """The hard stops and the compass words, which ``_stop`` reads for every token."""
    return _hard_stops(), word_class("compass")


@cache
def _hard_stops() -> frozenset[str]:
    return (
        word_class("clause")
        | word_class("aux")
        | word_class("reporting")
        | word_class("pronoun")
        | word_class("object_pronoun")
        | (word_class("prep") - {"of"})
        | {"to"}
        | _WH
    )


# Closed-class words that, written in capitals, are a body's initials ("the US", "the WHO").
_ACRONYMS = frozenset({"us", "who"})

# "condemned what he called ...": a wh-word opens a clause, never a participant.
_WH = frozenset({"what", "whatever", "how", "why", "whoever", "whichever"})


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


def _bare_count(view: SentenceView, j: int) -> int | None:
    """Where a bare count ending at ``j`` starts ("6,500", "more than 6,500", "about
    40"), when a clause opens before it ("when", "and", a comma, "said", the start);
    ``None`` when ``j`` ends no such count ("Two aid workers": a noun follows the count)."""
    if not _is_number(view.lower[j]):
        return None
    skip = word_class("quantifier")
    k = j
    while k > 0 and view.lower[k - 1] in skip:
        k -= 1
    before = view.lower[k - 1] if k else ","
    if before in _CLAUSE_MARKS or before in _COUNT_OPENERS or before in word_class("reporting"):
        return k  # "said 14 were injured": a reported clause opens too
    return None


def _before_charge(view: SentenceView, phrase: tuple[int, int]) -> tuple[int, int]:
    """The one accused without what of ("accused the vessel of carrying cargo",
    "convicted the man of murder", "of war crimes"): not "the head of the agency" nor
    "the heads of three social media companies", whose "of" names a whole the accused
    are part of (a determiner, a count, a name or a plural after it)."""
    for k in range(phrase[0] + 1, phrase[1]):
        if view.lower[k] != "of" or k + 1 >= phrase[1]:
            continue
        if _ing_word(view, k + 1) or _charge_after(view, k + 1, phrase[1]):
            return phrase[0], k
    return phrase


def _charge_after(view: SentenceView, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` after "of" name a charge: lower-case words, no
    determiner or count, ending in a singular noun or a plural charge ("war crimes")."""
    words = view.lower[start:end]
    if not all(
        view.tokens[j].text.isalpha() and view.tokens[j].text.islower() for j in range(start, end)
    ):
        return False  # "of Hamas", "of 2019"
    if not set(words).isdisjoint(word_union("det", "quantifier", "cardinal")):
        return False
    last = words[-1]
    return not _plural_form(last) or last in _charge_plurals()


def _plural_form(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


@cache
def _charge_plurals() -> frozenset[str]:
    """Plural charges after "of" (class ``charge_plural``): "of war crimes"."""
    return word_class("charge_plural")


def _left_harmed(view: SentenceView, found: Found, after: int) -> bool:
    """Whether a verb of leaving tells harm done to its object ("left 30 people dead",
    "left hundreds of families homeless"): a harm word ends the phrase after it, not
    "left the dead city"."""
    if found.as_noun or found.trigger.lemma not in word_class("leave_harm"):
        return False
    lower = view.lower
    n = len(lower)
    for k in range(after + 1, min(n, after + _MAX_PHRASE)):
        if lower[k] in word_class("harmed"):
            return k + 1 == n or not lower[k + 1].isalpha() or lower[k + 1] in _HARM_ENDS
        if _stop(view, k) and not _prep_inside_phrase(view, k) and lower[k] != "of":
            return False
    return False


def left_without(view: SentenceView, after: int) -> bool:
    """Whether "without" and a supply lost end the object at ``after`` of a verb of
    leaving ("left 40,000 homes without power"): an outage or loss, not a departure
    ("left Paris without his passport" stays one)."""
    lower = view.lower
    n = len(lower)
    for k in range(after + 1, min(n - 1, after + _MAX_PHRASE)):
        if lower[k] == "without":
            # A count or a plural is left so ("40,000 homes", "households"), never "home"
            # nor a name ("The family left home without food": a departure).
            counted = any(lower[j][:1].isdigit() for j in range(after, k))
            head = view.tokens[k - 1].text
            plural = head.isalpha() and head.islower() and head.endswith("s")
            return (counted or plural) and lower[k + 1] in word_class("deprived")
        if _stop(view, k) and not _prep_inside_phrase(view, k) and lower[k] != "of":
            return False
    return False


# What may follow the harm word that ends the object ("left 30 people dead in Kherson").
_HARM_ENDS = frozenset({"in", "and", "after", "when", "on", "at", "across"})


def _before_state(view: SentenceView, phrase: tuple[int, int]) -> tuple[int, int]:
    """The object without the state it is left in ("left 11 people dead")."""
    for k in range(phrase[0] + 1, phrase[1]):
        if view.lower[k] in word_class("harmed"):
            return phrase[0], k
    return phrase


def _spare_haver(view: SentenceView, phrase: tuple[int, int]) -> int | None:
    """The verb of having before a phrase of time or chance ("had only minutes", "was
    given a chance") that an infinitive follows, or None."""
    if view.lower[phrase[1] - 1] not in word_class("spare_noun"):
        return None
    k = phrase[0] - 1
    while k > 0 and phrase[0] - k <= 2 and view.lower[k] in _SPARE_DEGREE:
        k -= 1
    return k if k > 0 and view.lower[k] in word_class("have_verb") else None


# Words between a verb of having and the time had ("had only minutes", "had just hours").
_SPARE_DEGREE = frozenset({"only", "just", "little", "enough", "no", "more", "a", "the"})


def _count_of_them(view: SentenceView, j: int) -> int | None:
    """Where "Two of them", "all three of those" starts when it ends at ``j``, or None."""
    lower = view.lower
    if j < 2 or lower[j] not in ("them", "those", "us") or lower[j - 1] != "of":
        return None
    counts = word_union("quantifier", "cardinal", "floating")
    k = j - 1
    while k > 0 and j - k <= 4 and (lower[k - 1] in counts or _is_number(lower[k - 1])):
        k -= 1
    return k if k < j - 1 else None


def _controlled_count(view: SentenceView, j: int) -> int | None:
    """Where a bare count ending at ``j`` starts when it is the object of a verb that
    hands it an infinitive ("forced more than 100,000 to flee", "ordered 300 to leave")."""
    if not _is_number(view.lower[j]):
        return None
    k = j
    while k > 0 and view.lower[k - 1] in word_class("quantifier"):
        k -= 1
    if k > 0 and view.lower[k - 1] in word_union("control", "causative"):
        return k
    return None


def _count_right(view: SentenceView, start: int) -> tuple[int, int] | None:
    """A bare count of people as an object ("injuring more than 60", "killed 12 and
    wounded 30"): quantifiers and a number with no noun after it."""
    n = len(view.lower)
    k = start
    while k < n and k - start < _MAX_GAP and view.lower[k] in word_class("quantifier"):
        k += 1
    if k >= n or not _is_number(view.lower[k]) or k in view.blocked:
        return None
    after = k + 1
    if after + 1 < n and _count_of_them(view, after + 1) is not None:
        return start, after + 2  # "treated at least 12 of them": the count of a group
    if after < n and (view.lower[after] == "%" or not _stop(view, after)):
        return None  # "12 people", "30%": a noun or a measure follows
    return start, k + 1


# Words after which a bare count opens a clause of its own ("when 6,500 were killed").
_COUNT_OPENERS = frozenset({"when", "and", "while", "but", "after", "as", "where"})


def _prep_inside_phrase(view: SentenceView, i: int) -> bool:
    """A preposition that is really a quantifier: "about 40", "up to 10", "over 300"."""
    word = view.lower[i]
    n = len(view.lower)
    if word == "to" and 0 < i < n - 1 and view.lower[i - 1] == "up":
        return _is_number(view.lower[i + 1])  # "winds of up to 110 kph", seen from the right
    if word not in word_class("quantifier"):
        return False
    j = i + 1
    if (word, view.lower[j] if j < n else "") in (("up", "to"), ("at", "least"), ("at", "most")):
        j += 1
    elif word == "at":
        return False  # "staff at 140 universities": a place, not "at least 140"
    return j < n and _is_number(view.lower[j])


def _phrase_right(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``start``, running right (``of`` continues it)."""
    n = len(view.lower)
    if start < n and view.lower[start] == "of":
        return None
    if start < n and view.lower[start] in word_class("amount_link"):
        return None  # "worth nearly 40 million rupees": an amount, not a participant
    end = start
    while end < n and end - start < _MAX_PHRASE:
        if end > start and _amount_edge(view, end):
            break  # "the local economy roughly 3 million euros a day": the economy
        if end > start and view.lower[end] == "ever":
            break  # "the closest flyby ever carried out": a participle after the noun
        if end > start and view.lower[end] in word_class("object_end"):
            break  # "had warned the operator twice"
        if end > start + 1 and _past_after_noun(view, end):
            break  # "the ship angered Kyiv": a verb the trigger list does not know
        if end > start and _ing_after_noun(view, end):
            break  # "stole data belonging to millions": a participle after the noun
        if (
            _stop(view, end)
            and not _prep_inside_phrase(view, end)
            and not _percent_inside(view, start, end)
            and not (view.lower[end] in _COORDINATING and _joins_names(view, end))
            and not _modifier_time(view, start, end)
        ):
            break
        end += 1
    while end > start and view.lower[end - 1] == "of":
        end -= 1
    if end - start >= 3 and view.lower[end - 2] == "of" and _ing_word(view, end - 1):
        end -= 2  # 'accused the vessel of carrying "illegal cargo"': what it did is no party
    if not _has_content(view, start, end):
        return None
    return _before_contact_clause(view, (start, end))  # "the drones Russia launched"


def _past_after_noun(view: SentenceView, i: int) -> bool:
    """A lower-case "-ed" word right after a noun ("the ship angered Kyiv", "the ship
    damaged in the attack"): a verb or a participle after the phrase, never inside it
    as "the armed group" or "a heavily armed man" are (a determiner, quantifier, number
    or adverb before it)."""
    text = view.tokens[i].text
    if len(text) < 6 or not text.endswith("ed") or not text.isalpha() or not text.islower():
        return False
    prev = view.tokens[i - 1].text
    low = view.lower[i - 1]
    closed = word_union("det", "quantifier", "adverb", "possessive_det")
    return (
        prev.isalpha()
        and low not in closed
        and not low.endswith(("ly", "ed"))
        and not possessive(prev)
    )


def _ing_after_noun(view: SentenceView, i: int) -> bool:
    """An "-ing" word right after a lower-case plural and before a preposition or a
    determiner ("data belonging to", "people living in", "men carrying the flags"): a
    participle that describes the phrase, no part of it ("the drilling tent", "an
    emergency meeting on Monday" are one)."""
    if not _ing_word(view, i) or i + 1 >= len(view.lower):
        return False
    prev = view.tokens[i - 1].text
    low = view.lower[i - 1]
    closed = word_union("det", "quantifier", "adverb", "possessive_det", "prep")
    return (
        prev.isalpha()
        and prev.islower()
        and low not in closed
        and (_plural_form(low) or low in head_nouns("groups") or low in word_class("bare_plural"))
        and view.lower[i + 1] in word_union("prep", "det")
    )


def _ing_word(view: SentenceView, i: int) -> bool:
    """A lower-case "-ing" word ("carrying", "smuggling")."""
    text = view.tokens[i].text
    return len(text) > 5 and text.isalpha() and text.islower() and text.endswith("ing")


def _amount_edge(view: SentenceView, i: int) -> bool:
    """Whether an amount after a noun starts at ``i`` ("the local economy roughly 3 million
    euros", "fees worth $2 million"): a linking word, or a number after a lower-case noun
    with a quantifier before it or a unit after it ("flight 370" goes on)."""
    word = view.lower[i]
    if word in word_class("amount_link"):
        return True
    quantifier = word in word_class("quantifier")
    if not quantifier and not _is_number(word):
        return False  # most words
    before = view.tokens[i - 1].text
    if not (before.isalpha() and before.islower()) or before in word_union("det", "quantifier"):
        return False
    if quantifier:
        # "roughly 3 million euros", "several hundred metres", "more than $40 million"
        following = view.lower[i + 1] if i + 1 < len(view.lower) else ""
        if word == "up" and following == "to" and i + 2 < len(view.lower):
            following = view.lower[i + 2]  # "tariffs of up to 25%": the tariffs
        return _is_number(following) or following in word_union("quantifier", "cardinal")
    return i + 1 < len(view.lower) and view.lower[i + 1] in word_union("unit", "quantifier")


def _percent_inside(view: SentenceView, start: int, i: int) -> bool:
    """ "a 3% pay rise", "imposed 25% tariffs": a per cent sign after a number, with a
    word after it, inside a noun phrase that opened at or before the number."""
    return (
        view.lower[i] == "%"
        and i - 1 >= start
        and _is_number(view.lower[i - 1])
        and i + 1 < len(view.lower)
        and view.lower[i + 1][:1].isalpha()
        and not _stop(view, i + 1)
    )


def _modifier_time(view: SentenceView, start: int, i: int) -> bool:
    """A duration modifying a noun after a determiner ("a six-year contract", "a
    two-day strike"): part of the phrase, not a time that ends it."""
    n = len(view.lower)
    return (
        i in view.blocked
        and i > start
        and view.lower[i - 1] in word_class("det")
        and i + 1 < n
        and i + 1 not in view.blocked
        and view.lower[i + 1].isalpha()
        and not _stop(view, i + 1)
    )


def _phrase_left(
    view: SentenceView, end: int, nested: bool = False, depth: int = 0
) -> tuple[int, int] | None:
    """The noun phrase ending just before ``end``, running left; ``depth`` counts the
    prepositional phrases already stepped over ("demonstrations against a rise in fuel
    prices spread": two)."""
    aux, prep = word_class("aux"), word_class("prep")
    start = end
    while start > 0 and end - start < _MAX_PHRASE:
        i = start - 1
        word = view.lower[i]
        if word in _COORDINATING and _joins_names(view, i):
            start -= 1
            continue
        if not nested and word in _COORDINATING and start < end:
            counted = _counted_conjunct(view, i)
            if counted is not None:
                # "Hundreds of bus drivers and their supporters marched": the counted
                # people stay in the subject, not only the last of its conjuncts.
                start = counted
                break
            k = i - 1  # "earnings before interest and tax fell", "exports of oil and gas"
            if (
                k > 1
                and view.tokens[k].text.isalpha()
                and view.tokens[k].text.islower()
                and not _stop(view, k)
                and view.lower[k - 1] in _PP_LINKS
                and not _stop(view, k - 2)
            ):
                if view.lower[k - 1] == "of":
                    start = k - 1
                    continue
                inner = _phrase_left(view, k - 1, nested=True)
                if inner is not None:
                    return inner
        if (
            start < end
            and (view.lower[start] in _ARTICLES or view.lower[start] in _OPENING_POSSESSIVES)
            and word[:1].isalpha()
            and word not in word_union("prep", "quantifier", "det", "clause", "predeterminer")
            and (view.tokens[i].text.islower() or _told_before(view, i))
        ):
            # "told reporters the team would recover", "could no longer fund its losses,
            # which": the phrase opens at its determiner; a word before it is a verb's.
            break
        if (
            i + 1 < len(view.lower)
            and view.lower[i + 1] == "to"
            and word in word_class("aspectual")
        ):
            # "their boat began to sink": the boat, not "boat began" (from "to", the
            # phrase is the one before the verb).
            if start < end:
                break
            start = end = i
            continue
        if i in view.blocked and "-" in word and start < end and start not in view.blocked:
            start -= 1  # "two-year government bonds": a duration modifying the noun
            continue
        if i in view.blocked and not nested and 0 < end - start <= 1:
            # "Revenue in the third quarter fell": skip a time phrase and its preposition.
            k = i
            while k >= 0 and k in view.blocked:
                k -= 1
            if (
                k > 0
                and view.lower[k] in prep
                and not _stop(view, k - 1)
                and not _past_verb(view, k - 1)
            ):
                return _phrase_left(view, k, nested=True)
        if i > 0 and view.lower[i - 1] in aux and view.lower[i].isalpha():
            break  # "had betrayed the trust": the word after an auxiliary is a verb
        if (
            start + 1 == end
            and i > 1
            and view.lower[start] in word_class("bare_modified_head")
            and view.lower[i - 1] in word_union("det", "possessive_det")
            and view.lower[i - 2] in word_class("split_opener")
        ):
            break  # "After the explosion police sealed off": the police alone
        if (
            word in word_class("control")
            and word == view.tokens[i].text
            and i > 0
            and view.lower[i - 1] not in word_class("det")
        ):
            break  # "it expected exports to recover": the verb before its object
        if word.endswith("ing") and _verb_ing(view, i, end):
            break  # "forcing more than 3,000 people to leave": the phrase starts after it
        if _stop(view, i) and not _prep_inside_phrase(view, i):
            if (
                not nested
                and word in _COORDINATING
                and start < end
                and (w := _with_before(view, i)) is not None
            ):
                # "200 people with placards and flasks of tea blocked": the people.
                return _phrase_left(view, w, nested=True, depth=depth + 1)
            if (
                not nested
                and word in prep
                and start < end
                and i > 0
                and not _stop(view, i - 1)
                and not _went_to(view, i)
            ):
                # "workers at the port walked": the phrase is the one before "at"; but
                # "shares in (or of) Korvath jumped" are the company's shares.
                if (
                    word in word_class("holding_prep")
                    and view.lower[i - 1] in word_class("holding")
                    and i - 1 not in view.verbs
                    and _company_after(view, i + 1, end)
                ):
                    start -= 1
                    continue
                if depth == 0 and (tail := _source_tail(view, i)) is not None:
                    # "People familiar with the matter told", "Sources close to the
                    # talks said": an unnamed source is known by its whole description.
                    inner = _phrase_left(view, tail, nested=True, depth=1)
                    if inner is not None:
                        return inner[0], end
                if depth == 0 and _affiliation(view, i, end):
                    # "Analysts at DNB Carnegie cut", "Campaigners from the Clean Rivers
                    # Trust": people known by the body they are from, the whole phrase.
                    inner = _phrase_left(view, i, nested=True, depth=1)
                    if inner is not None:
                        return inner[0], end
                # A second one is stepped over only from "a/the ...": not from a name
                # ("a team led by Nadia Rahman from ...") or a count ("one in four").
                second = depth >= 1
                if not second or _determined(view, i):
                    inner = _phrase_left(view, i, nested=second, depth=depth + 1)
                    if inner is not None:
                        return inner
            break
        start -= 1
    else:
        if not nested and end - start >= _MAX_PHRASE:
            # "Foreign ministers from the four countries of the lower Mekong basin
            # agreed": a long phrase after a preposition still hangs on the one before.
            j = start - 1
            while j > 0 and start - j <= _MAX_GAP // 2 and not _stop(view, j):
                j -= 1
            if (
                j > 0
                and view.lower[j] in prep
                and view.lower[j] not in word_class("holding_prep")
                and not _stop(view, j - 1)
                and not _went_to(view, j)
            ):
                inner = _phrase_left(view, j, nested=True, depth=depth + 1)
                if inner is not None:
                    return inner
    while start < end and view.lower[start] == "of":
        start += 1
    return (start, end) if _has_content(view, start, end) else None


def _past_verb(view: SentenceView, i: int) -> bool:
    """ "Teams worked through the day to clear roads": a lower-case "-ed" word before a
    preposition is a verb that is no trigger, never the end of a participant."""
    text = view.tokens[i].text
    return (
        len(text) > 4
        and text.isalpha()
        and text.islower()
        and text.endswith("ed")
        and not text.endswith("eed")
        and text not in word_class("cardinal")
    )


def _company_after(view: SentenceView, k: int, end: int) -> bool:
    """ "Shares in Vodafone", "shares in the carmaker Renault": a name at ``k``, or after
    "the" a name before ``end`` (the holding's company, not a place it is traded in)."""
    if _capitalised_name(view.tokens[k].text):
        return True
    if view.lower[k] != "the":
        return False
    return any(_capitalised_name(t.text) for t in view.tokens[k + 1 : end])


_AFFILIATION_PREPS = frozenset({"at", "from"})


def _affiliation(view: SentenceView, i: int, end: int) -> bool:
    """Whether "at"/"from" at ``i`` joins people (a lower-case plural) to the body they
    are from, an organisation's name up to ``end`` ("analysts at DNB Carnegie",
    "campaigners from the Clean Rivers Trust"), not a place ("doctors at Landshut
    Hospital", "workers at the port")."""
    if view.lower[i] not in _AFFILIATION_PREPS:
        return False
    people = view.tokens[i - 1].text
    if not (people.isalpha() and people[1:].islower() and people.endswith("s")):
        return False
    k = i + 1
    if k < end and view.lower[k] == "the":
        k += 1
    if k >= end or not is_capitalised(view.tokens[k].text):
        return False
    sites = word_union("facility", "place_noun", "place_head", "settlement", "site")
    links = word_union("det", also=_NAME_LINKS)
    for j in range(k, end):
        text = view.tokens[j].text
        if view.lower[j] in sites or j in view.blocked or view.lower[j] in _COORDINATING:
            return False  # "mediators from Egypt and Qatar": two places
        if not (is_capitalised(text) or view.lower[j] in links):
            return False
    # "analysts at Jefferies" works there; "mediators from Egypt" only comes from there,
    # unless the name is a body's ("from the Clean Rivers Trust").
    bodies = word_union("nonplace", "body")
    return view.lower[i] == "at" or any(w in bodies for w in view.lower[k:end])


_NAME_LINKS = frozenset({"of", "for", "and", "&"})


@cache
def _source_tails() -> tuple[tuple[str, ...], ...]:
    """What follows an unnamed source and describes it ("familiar with", "close to",
    "with knowledge of"), shared with the claims stage's speakers."""
    return tuple(tuple(t.split()) for t in sorted(word_set("claim_grammar", "source_tails")))


def _source_tail(view: SentenceView, i: int) -> int | None:
    """Where a source's describing tail starts when the preposition at ``i`` is part of
    one right after a lower-case noun ("people familiar with", "sources close to", "a
    person with knowledge of"), else None."""
    lower = view.lower
    closed = word_union("det", "prep", "clause", "pronoun")
    for tail in _source_tails():
        for j in range(max(1, i - len(tail) + 1), i + 1):
            if tuple(lower[j : j + len(tail)]) != tail:
                continue
            head = view.tokens[j - 1].text
            if head.isalpha() and head[1:].islower() and head.lower() not in closed:
                return j
    return None


def _counted_conjunct(view: SentenceView, i: int) -> int | None:
    """The start of the conjunct before the "and" at ``i`` when it opens its clause and is
    counted or said ("Hundreds of bus drivers and their supporters", "More than 2,000
    soldiers and police officers", "said the man and his son"), else ``None``: the
    coordination is then one subject, not a clause edge."""
    left = _phrase_left(view, i, nested=True)
    if left is None or left[1] != i:
        return None
    start = left[0]
    edge = start == 0 or (
        view.lower[start - 1] in _CLAUSE_MARKS
        or view.lower[start - 1] in word_class("clause")
        or view.lower[start - 1] in word_class("reporting")
    )
    if not edge:
        return None
    first = view.lower[start]
    counted = _is_number(first) or first in word_class("quantifier")
    told = start > 0 and view.lower[start - 1] in word_class("reporting")
    if not counted and not (told and first in word_class("det")):
        return None
    # "Hundreds of people watched the blaze and ...": no verb inside the conjunct.
    for k in range(start + 1, i):
        text = view.tokens[k].text
        if (
            text.islower()
            and text.endswith("ed")
            and view.lower[k - 1] not in word_union("det", "quantifier", also=_OF)
            and not _is_number(view.lower[k - 1])
        ):
            return None
    return start


_OF = frozenset({"of"})
# Prepositions of a coordinated phrase that hangs on a subject ("earnings before interest
# and tax", "demand for oil and gas").
_PP_LINKS = frozenset({"of", "before", "after", "for", "from", "in", "on"})


def _determined(view: SentenceView, i: int) -> bool:
    """A phrase after the preposition at ``i`` opened by a determiner, or by a count when
    none stands before the preposition ("drivers at three depots in Leeds", not "one in
    four")."""
    after, before = view.lower[i + 1], view.lower[i - 1]
    if after in word_class("det"):
        return True
    count = word_class("cardinal")
    if (after in count or _is_number(after)) and not (before in count or _is_number(before)):
        return True
    return _named_modifier_noun(view, i + 1)


def _named_modifier_noun(view: SentenceView, k: int) -> bool:
    """Whether a common noun follows one or two capitalised modifiers at ``k`` ("U.S.
    embassies", "Israeli settlements"): a thing, as a determined phrase is, not a name
    ("Nadia Rahman") nor a count."""
    n = len(view.lower)
    j = k
    while (
        j < n
        and j - k < _NAMED_MODIFIERS + 1
        and (is_capitalised(view.tokens[j].text) or (j > k and view.lower[j] == "."))
    ):
        j += 1  # "U.S. embassies": the dot of the abbreviation too
    if j == k or j >= n:
        return False
    head = view.tokens[j].text
    return head.isalpha() and head.islower() and not _stop(view, j) and j not in view.verbs


# A noun after a preposition may take this many capitalised modifiers ("U.S. embassies").
_NAMED_MODIFIERS = 2


def _with_before(view: SentenceView, i: int) -> int | None:
    """The index of a "with" a few words before the "and" at ``i``, with a phrase before
    it ("people with placards and flasks"), else ``None``."""
    for k in range(i - 1, max(0, i - _MAX_GAP) - 1, -1):
        word = view.lower[k]
        if word == "with":
            return k if k > 0 and not _stop(view, k - 1) and k - 1 not in view.verbs else None
        if _stop(view, k) or k in view.verbs:
            return None
    return None


def _verb_ing(view: SentenceView, i: int, end: int) -> bool:
    """A lower-case "-ing" word with an object after it ("forcing more than", "leaving the
    town"): a verb, so no noun phrase runs through it leftwards."""
    word = view.lower[i]
    if not (word.endswith("ing") and len(word) > 5 and word == view.tokens[i].text):
        return False
    if i + 1 >= end:
        return False
    after = view.lower[i + 1]
    if after in word_class("det") or after in word_class("quantifier") or _is_number(after):
        return True
    # "..., killing nine patients and forcing staff to evacuate": after a comma, or after
    # "and" that ends the plural object of an "-ing" verb after a comma, an "-ing" word
    # before a bare noun is a verb (not "the homewares and clothing chain").
    before = view.lower[i - 1] if i > 0 else ""
    follows = before == "," or (
        before == "and"
        and i > 1
        and _plural_word(view, i - 2)
        and any(
            view.lower[k].endswith("ing") and view.lower[k - 1] == ","
            for k in range(max(1, i - _LIST_CONJUNCT - 3), i - 2)
        )
    )
    bare = view.tokens[i + 1].text.isalpha() and view.tokens[i + 1].text.islower()
    return follows and bare and not _stop(view, i + 1)


def _joins_names(view: SentenceView, i: int) -> bool:
    """An "and" between two capitalised words ("Russia and Ukraine", "the European Union
    and the Mercosur bloc")."""
    toks = view.tokens
    if not 0 < i < len(toks) - 1:
        return False
    if (
        _opening_plurals(view, i)
        or _opening_determined(view, i)
        or _opening_described(view, i)
        or _opening_described_long(view, i)
    ):
        return True  # "Soldiers and firefighters", "On Monday, police and soldiers"
    if not is_capitalised(toks[i - 1].text):
        return False
    right = i + 1
    if view.lower[right] == "the" and right + 1 < len(toks):
        right += 1
    return is_capitalised(toks[right].text) and toks[right].text[:1].isalpha()


def _opening_plurals(view: SentenceView, i: int) -> bool:
    """ "Soldiers and firefighters searched": the sentence's first word, capitalised only
    for opening it, joined to a lower-case plural (no clause can stand before it); so too
    the first words after an opening phrase ("On Monday, police and soldiers stormed")."""
    left, right = view.tokens[i - 1].text, view.tokens[i + 1].text
    return (
        (i == 1 or (view.lower[i - 2] in _CLAUSE_MARKS and not _listed_before(view, i - 2)))
        and _plural_word(view, i - 1)
        and left[1:].islower()
        and right.isalpha()
        and right.islower()
        and (_plural_word(view, i + 1) or _plural_after(view, i + 1))
        and i + 1 not in view.verbs
        and not _stop(view, i + 1)
    )


def _opening_described(view: SentenceView, i: int) -> bool:
    """ "Israeli forces and Hezbollah fighters exchanged fire", "Iranian officials and US
    envoys": a capitalised word and a lower-case plural opening the clause, joined to a
    capitalised word and a noun; two groups, one subject, not the last alone."""
    n = len(view.lower)
    if i < 2 or i + 2 >= n or i - 1 in view.verbs or i + 2 in view.verbs:
        return False
    first, head = view.tokens[i - 2].text, view.tokens[i - 1].text
    right, right_head = view.tokens[i + 1].text, view.tokens[i + 2].text
    if not (
        first[:1].isupper() and head.isalpha() and head.islower() and _plural_word(view, i - 1)
    ):
        return False
    if not (right[:1].isupper() and right_head.isalpha() and right_head.islower()):
        return False
    if _stop(view, i - 1) or _stop(view, i + 2) or not _plural_word(view, i + 2):
        return False
    k = i - 2
    return k == 0 or (view.lower[k - 1] in _CLAUSE_MARKS and not _listed_before(view, k - 1))


_DESCRIBED_REACH = 3


def _opening_described_long(view: SentenceView, i: int) -> bool:
    """ "Chinese coast guard vessels and Philippine boats collided", "Sudanese army units and
    paramilitary fighters battled": longer descriptions of two groups (names, then
    lower-case words ending in a plural), the second ending at the clause's verb."""
    n = len(view.lower)

    def lower_word(k: int) -> bool:
        text = view.tokens[k].text
        return text.isalpha() and text.islower() and k not in view.verbs and not _stop(view, k)

    def name_word(k: int) -> bool:
        text = view.tokens[k].text
        return text[:1].isupper() and text.isalpha() and k not in view.verbs

    k = i - 1
    while k >= 0 and i - k <= _DESCRIBED_REACH and lower_word(k):
        k -= 1
    if k == i - 1 or view.lower[k + 1] in _ARTICLES or not _plural_word(view, i - 1):
        return False
    caps = k
    while k >= 0 and caps - k < _DESCRIBED_REACH and name_word(k):
        k -= 1
    if k == caps:
        return False  # "units and fighters": a capitalised description opens the first
    if k >= 0 and not (view.lower[k] in _CLAUSE_MARKS and not _listed_before(view, k)):
        return False
    j = i + 1
    while j < n and j - i <= _DESCRIBED_REACH and name_word(j):
        j += 1
    start = j
    while j < n and j - start < _DESCRIBED_REACH and lower_word(j):
        j += 1
    if j == start or j >= n or not _plural_word(view, j - 1):
        return False
    return j in view.verbs or view.lower[j] in word_class("aux")


def _opening_determined(view: SentenceView, i: int) -> bool:
    """ "The army and the police clashed", "A bus and a lorry collided": two determined
    phrases joined at the opening of the sentence (or after an opening phrase) are one
    subject, not only the last of them."""
    n = len(view.lower)
    if i + 2 >= n:
        return False
    # "Boeing and its machinists union": the second side's "its" points back at the first.
    pointing = view.lower[i + 1] in _OPENING_POSSESSIVES
    # "The army and rebels signed", "The army and Hamas signed": a bare second side, when
    # the first is "the" + lower-case words (not "The Securities and Exchange Commission").
    bare = view.lower[i + 1] not in _ARTICLES and not pointing
    if (bare and not _bare_conjunct(view, i + 1)) or (not bare and i + 2 in view.verbs):
        return False
    k = i - 1
    while k > 0 and i - k <= 3 and view.tokens[k].text.isalpha() and view.tokens[k].text.islower():
        if view.lower[k] in _ARTICLES:
            break  # "On Monday, the army and the police": its own article ends it
        if k in view.verbs or _stop(view, k):
            return False
        k -= 1
    text = view.tokens[k].text
    if bare and (k == i - 1 or view.lower[k] not in _ARTICLES):
        return False  # "Marks and Spencer", "Bosnia and Herzegovina": maybe one name
    if k == i - 1 and not pointing and (named := _determined_name(view, k)) is not None:
        k = named  # "The European Union and the regional bloc Ecowas condemned"
    elif k == i - 1:
        # "Boeing and its union": a bare name, joined only by a pointing "its"/"their".
        if not (pointing and is_capitalised(text) and text.isalpha() and k not in view.verbs):
            return False
        if k > 0 and view.lower[k - 1] in _ARTICLES:
            k -= 1  # "The US and its allies"
    elif k == 0 and k < i - 1 and _plural_word(view, i - 1) and text[1:].islower():
        pass  # "Coastguard boats and a navy frigate": a bare plural opening the sentence
    elif view.lower[k] not in _ARTICLES and not (possessive(text) and is_capitalised(text)):
        return False  # not "The army and ..." nor "Sudan's army and ..."
    return k == 0 or (view.lower[k - 1] in _CLAUSE_MARKS and not _listed_before(view, k - 1))


# A bare second side is short: "rebels", "rebel fighters", "Hamas", "Islamic State".
_BARE_CONJUNCT = 3


def _bare_conjunct(view: SentenceView, k: int) -> bool:
    """Whether a bare noun phrase opens at ``k`` and runs to the clause's verb: lower-case
    words ending in a plural or group head ("rebels", "riot police"), or a capitalised
    name ("Hamas")."""
    n = len(view.lower)
    capital = is_capitalised(view.tokens[k].text)
    j = k
    while j < n and j - k < _BARE_CONJUNCT and j not in view.verbs and not _stop(view, j):
        text = view.tokens[j].text
        if not text.isalpha() or is_capitalised(text) != capital:
            break
        j += 1
    if j == k or j >= n or not (j in view.verbs or view.lower[j] in word_class("aux")):
        return False
    return capital or _plural_word(view, j - 1)


def _determined_name(view: SentenceView, last: int) -> int | None:
    """The article that opens a name ending at ``last`` ("The European Union"), or
    ``None``: a few capitalised words after "the"."""
    k = last
    while k > 0 and last - k < 3 and k not in view.verbs:
        text = view.tokens[k].text
        if not (text.isalpha() and is_capitalised(text)):
            return None
        if view.lower[k - 1] in _ARTICLES:
            return k - 1
        k -= 1
    return None


def _plural_word(view: SentenceView, k: int) -> bool:
    """A plural or group head ("rebels", "police", "militiamen")."""
    return plural_or_group(view.lower[k])


def _listed_before(view: SentenceView, mark: int) -> bool:
    """ "Police, soldiers and volunteers": the mark at ``mark`` follows a bare plural of a
    comma list, not an opening phrase ("On Monday, police and soldiers")."""
    k = mark - 1
    return k >= 0 and _plural_word(view, k) and (k == 0 or view.lower[k - 1] in _CLAUSE_MARKS)


def _plural_after(view: SentenceView, k: int) -> bool:
    """ "Lecturers and support staff": a lower-case modifier before a plural or group
    head ("staff", "workers", a capitalised "militant Protestants"), so still a noun
    phrase."""
    return (
        k + 1 < len(view.lower)
        and k + 1 not in view.verbs
        and not _stop(view, k + 1)
        and view.tokens[k + 1].text[1:].islower()
        and (view.lower[k + 1].endswith("s") or view.lower[k + 1] in word_class("group_head"))
    )


def _has_content(view: SentenceView, start: int, end: int) -> bool:
    skip = word_union("det", "quantifier")
    for word in view.lower[start:end]:  # a loop: no generator per phrase read
        if word[:1].isalpha() and word not in skip:
            return True
    if end > start and view.lower[end - 1].endswith(("-old", "-olds")):
        return True  # "The 31-year-old, who finished second": an age names the person
    # "killed hundreds", "injured dozens more": a vague count alone names those counted.
    return end > start and view.lower[end - 1] in word_class("vague_count")


def _appositive(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """ ", Jens Albrecht, warned": the capitalised name between two commas."""
    k = comma - 1
    while k >= 0 and comma - k <= 5 and view.lower[k] != ",":
        if not is_capitalised(view.tokens[k].text) or not view.lower[k][:1].isalpha():
            return _described_name(view, comma)
        k -= 1
    if k < 0 or view.lower[k] != "," or k == comma - 1:
        return _described_name(view, comma)
    return _share_of(view, k) or (k + 1, comma)


def _share_of(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """ "Shares of its parent company, Cordell Healthcare, fell": what moved is the shares,
    the phrase before the name (a name of a company's part, not of its bearer)."""
    phrase = _phrase_left(view, comma)
    if phrase is None or phrase[1] - phrase[0] < 3:
        return None
    first, second = view.lower[phrase[0]], view.lower[phrase[0] + 1]
    return phrase if first in word_class("share_head") and second == "of" else None


# How many words an apposition naming someone may run to ("former Wimbledon champion
# Elena Moreau").
_MAX_DESCRIBED = 8


def _described_name(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """ "Kovacs's coach, former Wimbledon champion Elena Moreau, hugged": a name
    after a few words describing its bearer, between two commas: the name."""
    end = comma
    k = comma - 1
    links = word_class("name_inner_link")
    while k >= 0 and (
        (is_capitalised(view.tokens[k].text) and view.lower[k].isalpha())
        # "Federación Minera del Norte": a link word between two capitalised words.
        or (
            view.tokens[k].text in links
            and k + 1 < end
            and k > 0
            and is_capitalised(view.tokens[k - 1].text)
        )
    ):
        k -= 1
    name_start = k + 1
    if end - name_start < 2:
        return None  # a first and last name at least
    if k >= 0 and view.lower[k] == "the" and k > 0:
        k -= 1  # "the main opposition party, the Malawi Congress Party,": still a name
    if k >= 0 and view.lower[k] in word_class("prep"):
        return None  # "David Tan, director of the Commercial Affairs Department,": a body
    stops = _hard_stops()
    while k >= 0 and comma - k <= _MAX_DESCRIBED and view.lower[k] != ",":
        word = view.lower[k]
        if not word.replace("-", "").isalpha() or word in stops or k in view.verbs:
            return None
        k -= 1
    if k <= 0 or view.lower[k] != ",":
        return None
    return (name_start, end)


def _before_age(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """ "Okonkwo, 24, signed": the name before an age set off by commas."""
    k = comma - 1
    if k < 2 or not view.lower[k].isdigit() or view.lower[k - 1] != ",":
        return None
    return _phrase_left(view, k - 1)


def _before_apposition(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """ "Richard Coyle, the former mayor of Ashby, was sentenced": the name before an
    apposition that opens with a determiner or a possessive."""
    k = comma - 1
    while k > 0 and comma - k <= _MAX_RELATIVE and view.lower[k] != ",":
        k -= 1
    if k <= 0 or view.lower[k] != "," or k + 1 >= comma:
        return None
    opener = view.tokens[k + 1].text
    # "Sandra Ochoa, chief executive of Chatterly, told": a bare role opens one too.
    role = view.lower[k + 1] in _roles() and opener.islower()
    # "Two co-defendants, both contractors, received": a floating quantifier too.
    floating = view.lower[k + 1] in word_class("floating_quantifier")
    if (
        view.lower[k + 1] not in word_class("det")
        and not possessive(opener)
        and not role
        and not floating
    ):
        return None
    phrase = _phrase_left(view, k)
    if phrase is None or _sentence_adverb(view, phrase):
        return None  # "Separately, a software update crashed ..., grounding": no name
    # A name, or a definite description ("the suspect, a 34-year-old man, was arrested"),
    # or people counted ("Two co-defendants, both contractors,").
    if view.lower[k + 1] in ("a", "an") and view.lower[phrase[0]] in _REDESCRIBED:
        # "A fourth defendant, a businessman, was acquitted", "his neighbour, an
        # 82-year-old widow, had moved": the apposition says who it is; only an age
        # says less than the noun before it ("His nephew, a 17-year-old, was hit").
        aged = view.lower[comma - 1].endswith("-old")
        return phrase if aged else (k + 1, comma)
    if (
        not is_capitalised(view.tokens[phrase[1] - 1].text)
        and view.lower[phrase[0]] != "the"
        and not ((floating or _one_of(view, phrase)) and _counted(view, phrase))
    ):
        return None
    return phrase


# Openers of a noun phrase that an apposition after "a" may describe again ("his
# neighbour, an 82-year-old widow,", "A second suspect, a student,").
_REDESCRIBED = frozenset({"a", "an", "his", "her", "their", "its", "our", "my"})


# How many tokens an aside between a sentence's opening subject and its verb may run to.
_MAX_OPENING_ASIDE = 24
# Marks that end an opening phrase's aside: no verb is sought across them.
_ASIDE_BREAKS = frozenset({";", ":", "—", "–", "--", "-"}) | _QUOTE_MARKS


def _opening_subject(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """ "The blast, shortly before 6 a.m., brought down", "The swarms, some of them up to
    60 kilometres long, crossed", "The agency, which runs testing for the sport's body,
    the UCI, banned": the noun phrase that opens the sentence, when one aside of any
    shape runs from the comma after it to the comma before the verb. Not a verb before
    the first comma ("The crowd marched, chanted"), a list ("Police, soldiers and
    medics,"), a dash (a dateline's) or a quote inside the aside, a verb in it
    that no relative pronoun opens, an apposition opened by a determiner (which other
    readings name), nor an "-ing" word after it (a participle after the clause, sharing
    its subject)."""
    lower = view.lower
    if comma + 1 < len(lower) and _ing_word(view, comma + 1):
        return None  # "..., closing 4,000 schools": a participle shares the clause's subject
    start = _first_content(view)
    k = start
    while k < comma and lower[k] != ",":
        if k in view.verbs or k in view.blocked or _past_verb(view, k) or k - start > _MAX_PHRASE:
            return None  # a verb, a time, or no phrase's length: no opening subject
        k += 1
    if k >= comma - 1 or comma - k - 1 > _MAX_OPENING_ASIDE:
        return None
    if lower[k + 1] in _OBJECT_DETS:
        return None  # "Its first commission, the Oyingbo market hall,": an apposition's
    relative = _opens_aside(view, k + 1)  # "which runs", "sent to the companies"
    for m in range(k + 1, comma):
        word = lower[m]
        if word in _ASIDE_BREAKS or (word in _COORDINATING and not relative):
            return None
        if m in view.verbs and not relative:
            return None
    if lower[start] in word_class("prep") or lower[start] in word_class("pronoun"):
        return None
    phrase = _phrase_left(view, k)
    if phrase is None or phrase != (start, k) or _sentence_adverb(view, phrase):
        return None
    return phrase


def _one_of(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """ "One victim, a 63-year-old retired teacher, told": one person of a group, counted
    by a word (not a figure, which may be a year: "In 2019, ...")."""
    return view.lower[phrase[0]] in word_class("cardinal") and phrase[1] - phrase[0] <= 3


def _counted(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """Whether a phrase opens with a count ("Two co-defendants", "three ministers")."""
    word = view.lower[phrase[0]]
    return word in word_class("cardinal") or _is_number(word)


def _sentence_adverb(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """Whether a phrase is a word like "Meanwhile" or "Separately" opening the sentence."""
    return phrase == (0, 1) and view.lower[0] in word_class("sentence_adverb")


@cache
def _roles() -> frozenset[str]:
    """Role nouns ("chief", "spokesman", "minister") from the shared ``roles.txt``, as the
    name registry reads them."""
    return name_lexicon().roles


class Subject(NamedTuple):
    """A verb's subject phrase (token indices ``[start, end)``) and whether the verb is
    passive, so that a verb after it without a subject of its own can share it."""

    start: int
    end: int
    passive: bool


_RELATIVE = frozenset({"who", "which", "that"})
_OF_WHOM = frozenset({"whom", "which"})
# Prepositions whose noun phrase may be a relative pronoun's antecedent ("delivered meals
# to families who had fled"), unlike a place or an origin ("a man from Goma who").
_TO_SOMEONE = frozenset({"to", "for", "with", "towards", "toward"})
_MAX_RELATIVE = 20


def _common_noun(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """Whether a phrase after a preposition is a thing in lower case ("a rubber
    dinghy"), not a name ("Alabama")."""
    start, end = phrase
    if start == 0 or view.lower[start - 1] not in word_class("prep"):
        return False
    return all(view.tokens[k].text == view.lower[k] for k in range(start, end))


def _body_phrase(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """Whether a phrase after a preposition is headed by a lower-case word for a body
    ("a Saudi-backed group", "the FARC guerrilla movement"): what "which" after it
    stands for, capitals before the head or not."""
    start, end = phrase
    if start == 0 or view.lower[start - 1] not in word_class("prep"):
        return False
    head = view.tokens[end - 1].text
    return head.islower() and head in word_class("body_head")


_MAX_ASIDE_WORDS = 4


def _aside_start(view: SentenceView, comma: int) -> int | None:
    """The comma opening an aside that ends at the comma ``comma`` ("Her spokesman,
    however, insisted", "The minister, for her part, rejected"): one sentence adverb, or
    a short phrase from a preposition to a word like "part" or "contrast", or one naming
    some of them ("including several officers"); else None."""
    lower = view.lower
    for k in range(comma - 2, max(0, comma - 2 - _MAX_ASIDE_WORDS), -1):
        if lower[k] != ",":
            continue
        words = lower[k + 1 : comma]
        if len(words) == 1 and words[0] in word_class("aside"):
            return k
        if (
            len(words) > 1
            and words[0] in word_class("prep")
            and words[-1] in word_class("aside_end")
            and all(w.isalpha() for w in words)
        ):
            return k
        if len(words) > 1 and words[0] in word_class("inclusion"):
            return k  # "more than 30 people, including several officers, were arrested"
        return _medium_aside(view, comma)
    return _medium_aside(view, comma)


_MAX_MEDIUM_ASIDE = 14


def _medium_aside(view: SentenceView, comma: int) -> int | None:
    """The comma opening an aside that names what a body spoke through ("The committee,
    in a statement carried by the state news agency Khovar, alleged"), or None."""
    lower = view.lower
    for k in range(comma - 1, max(0, comma - 1 - _MAX_MEDIUM_ASIDE), -1):
        word = lower[k]
        if word == "," and _time_aside(view, k, comma):
            return k  # "The last attempt, in February 2022, left 11 people dead"
        if word == ",":
            words = lower[k + 1 : comma]
            head = next((w for w in words[1:4] if w in word_class("aside_medium")), None)
            return k if words and words[0] in _MEDIUM_PREPS and head is not None else None
        if not (word[:1].isalnum() or word in "-'’"):
            return None
    return None


def _time_aside(view: SentenceView, opening: int, comma: int) -> bool:
    """Whether the words between two commas are a time and its preposition ("in
    February 2022", "last year") between a plain subject and its finite verb; not before
    a participle ("stormed Kanyaruchinya, a village, on Tuesday night, killing")."""
    if comma + 1 < len(view.lower) and _ing_word(view, comma + 1):
        return False
    if "," in view.lower[max(0, opening - _TIME_ASIDE_REACH) : opening]:
        return False  # an apposition before it ("the mayor, Jaume Collboni, in June,")
    k = opening + 1
    if k < comma and view.lower[k] in word_class("prep"):
        k += 1
    return k < comma and all(j in view.blocked for j in range(k, comma))


# How far before a time set off by commas another comma makes it no simple aside.
_TIME_ASIDE_REACH = 8

# Prepositions that open an aside naming a medium ("in a statement", "through a lawyer").
_MEDIUM_PREPS = frozenset({"in", "through", "via"})


def subject_of(
    view: SentenceView, index: int, hop: bool = True, aside: bool = True
) -> tuple[Subject | None, bool]:
    """The subject of the verb at token ``index``, and whether that verb is passive.

    Skips auxiliaries, adverbs and a time expression ("failed on Thursday to agree"), a
    controlling verb before "to" ("failed to agree" has the subject of "failed"), a
    relative clause between subject and verb ("Navarro, who visited the area, promised"),
    and one aside ("Her spokesman, however, insisted").
    """
    skip = word_union("aux", "adverb")
    be = word_class("be")
    lower = view.lower
    passive = False
    j = index - 1
    saw_to = False
    quoted = False
    while j >= 0:
        word = lower[j]
        if word in skip or j in view.blocked or _ly_adverb(view, j) or _preverb(view, j):
            # "was largely halted"; not "is likely to cut": the infinitive is active.
            passive = passive or (word in be and not saw_to)
        elif word == "to" and not saw_to:
            saw_to = True
            if j > 0 and lower[j - 1].endswith("ed") and j - 1 not in view.verbs:
                j -= 1  # "failed to", "agreed to", "hoped to"
            elif _catenative_present(view, j - 1):
                j -= 1  # "the company plans to cut": the company's
        elif word in word_class("prep") and j + 1 in view.blocked:
            pass  # "on" of "on Thursday"
        elif j == index - 1 and _aspectual_before_ing(view, j, index):
            pass  # "some started shipping": the subject of "started" does the shipping
        elif word == "far" and j > 0 and lower[j - 1] in word_class("far_opener"):
            j -= 1  # "the rebels had so far rejected": an adverb of time, no subject
        elif word == ")" and j >= 2 and lower[j - 2] == "(":
            j -= 2  # "the Kivu Defence Front (KDF) attacked": the name again, in short
        elif word in _QUOTE_MARKS and not quoted and j > 0 and lower[j - 1][:1].isalnum():
            # 'troops had "provoked" the clash', 'the vessel had "illegally intruded"': a
            # quoted verb (and its adverb) keeps its subject.
            quoted = True
        else:
            break
        j -= 1
    if j < 0 or (saw_to and _opposed_plan(view, index)):
        return None, passive  # "protested against the plans to cut": whose plan is unsaid
    word = lower[j]
    if aside and word == "," and j > 2:
        opening = _aside_start(view, j)
        if opening is not None:
            subject, _ = subject_of(view, opening, hop, aside=False)
            return (subject._replace(passive=passive) if subject else None), passive
    if aside and (opening := _dash_aside_start(view, j)) is not None:
        # "About 200 Americans -- embassy staff and their families -- left Pakistan": the
        # phrase before the aside set off by dashes.
        subject, _ = subject_of(view, opening, hop, aside=False)
        return (subject._replace(passive=passive) if subject else None), passive
    if word in _OBJECT_ONLY and (described := _participle_head(view, j)) is not None:
        # "Two former ministers tried alongside him were found guilty": "him" is the
        # object of the participle; the subject is the phrase the participle describes.
        return Subject(described[0], described[1], passive), passive
    if word in word_class("pronoun"):
        if hop and (result := _so_that_antecedent(view, j)) is not None:
            return Subject(result[0], result[1], passive), passive
        if hop and (result := _subordinate_it(view, j)) is not None:
            return Subject(result[0], result[1], passive), passive
        return Subject(j, j + 1, passive), passive
    if (counted := _count_of_them(view, j)) is not None:
        return Subject(counted, j + 1, passive), passive  # "Two of them were taken"
    count = _bare_count(view, j)
    if count is None and saw_to:
        count = _controlled_count(view, j)  # "forced more than 100,000 to flee"
    if count is not None:
        # "when 6,500 were killed", "and 14 were injured": a count of people is the
        # subject (no named participant), not the subject of the clause before.
        return Subject(count, j + 1, passive), passive
    if word in _OF_WHOM and j > 3 and lower[j - 1] == "of" and lower[j - 3] == ",":
        # "Relatives of the victims, dozens of whom gathered": those the count is of.
        phrase = _phrase_left(view, _past_age(view, j - 3))
        return (Subject(phrase[0], phrase[1], passive) if phrase else None), passive
    if word in _RELATIVE and j > 0 and not view.tokens[j].text.isupper():
        # "Coyle, who had denied": the antecedent before the relative pronoun.
        end = _past_age(view, j - 1) if lower[j - 1] == "," else j
        end = _before_time_range(view, end)  # "a flood between 2019 and 2021 that"
        # "delivered meals to families who had fled": the antecedent is the noun right
        # before the pronoun; but "a challenge in Alabama that was dismissed" is the
        # phrase before a place's preposition.
        phrase = _phrase_left(view, end)
        inner = _phrase_left(view, end, nested=True)
        if inner is not None and inner[0] > 0 and lower[inner[0] - 1] in _TO_SOMEONE:
            phrase = inner
        elif (
            inner is not None
            and word == "who"
            and inner[0] > 0
            and lower[inner[0] - 1] in word_class("aimed_prep")
            and view.tokens[inner[0]].text[:1].isupper()
        ):
            # "placed the blame on Lazaro Munero, who organized the journey": the name
            # a doing or a blame is aimed at.
            phrase = inner
        elif inner is not None and word == "who" and _counted_people(view, inner):
            # "fired rubber bullets at about 2,000 demonstrators who had blocked": a
            # count of people or a plural of them right before "who" is whom it means.
            phrase = inner
        elif (
            inner is not None
            and word != "who"
            and (_common_noun(view, inner) or _body_phrase(view, inner))
        ):
            # "74 people from a rubber dinghy that had capsized": "that"/"which" refer to
            # the thing right before them, when it is no name ("a man from Goma who").
            phrase = inner
        if inner is not None and phrase is not None and _agrees_inner(view, j, phrase, inner):
            # "competition from Tesco and Asda, which have opened": the verb's number
            # says which of the two phrases the pronoun stands for.
            phrase = inner
        if phrase is not None:
            phrase = _owned_antecedent(view, phrase, word)
        return (Subject(phrase[0], phrase[1], passive) if phrase else None), passive
    if word == ",":
        phrase = (
            _before_relative(view, j)
            or _appositive(view, j)
            or _before_age(view, j)
            or _before_apposition(view, j)
            or _opening_subject(view, j)
        )
        return (Subject(phrase[0], phrase[1], passive) if phrase else None), passive
    if j > 1 and word[:1].isdigit() and lower[j - 1] in word_class("measure_participle"):
        j -= 2  # "A quake measuring 6.2 struck": the thing measured
    phrase = _phrase_left(view, j + 1)
    if (gerund := _opening_gerund(view, j + 1)) is not None:
        phrase = gerund  # "Shelling in Donetsk killed 12 people": the shelling did it
    if phrase is not None and (head := _before_listed_names(view, phrase)) is not None:
        phrase = head
    if phrase is not None and not (saw_to and _appeal(view, phrase[0] - 1)):
        phrase = _before_participle(view, phrase)
        phrase = _before_ing_object(view, phrase)
        phrase = _before_joined_preps(view, phrase)
        phrase = _before_pp_conjuncts(view, phrase)
    if phrase is not None and (cut := _told_clause_start(view, phrase[0], phrase[1])) is not None:
        phrase = (cut, phrase[1])  # "told the court Coyle had called her": Coyle called
    if saw_to and hop and phrase is not None and (haver := _spare_haver(view, phrase)) is not None:
        # "his family had only minutes to escape": whoever had the time does it.
        subject, _ = subject_of(view, haver, hop=False)
        return (subject._replace(passive=False) if subject else None), False
    if saw_to and hop and phrase is not None and _untriggered_purpose(view, phrase):
        # "armed groups have used the truce to recruit": the object of a verb that is no
        # event and does not hand the infinitive on; its purpose is that verb's subject's.
        subject, _ = subject_of(view, phrase[0] - 1, hop=False)
        return (subject._replace(passive=passive) if subject else None), passive
    if (
        saw_to
        and phrase is not None
        and (_placed(view, phrase[0]) or _purpose(view, phrase) or movement_goal(view, phrase[0]))
    ):
        # "met in Cairo on Sunday to discuss": a purpose has the main clause's subject
        # (the caller's inherited one), never the place before it; after a motion verb
        # that is no event ("went to the border to inspect") that verb's own subject.
        if hop and _went_to(view, phrase[0] - 1):
            return subject_of(view, phrase[0] - 2, hop=False)  # one hop: no deep recursion
        return None, passive
    if phrase is not None and (head := _head_before_since(view, phrase[0])) is not None:
        return Subject(head[0], head[1], passive), passive
    antecedent = _before_relative_clause(view, phrase[0]) if phrase is not None else None
    if antecedent is None and phrase is not None:
        antecedent = _relative_antecedent(view, phrase[0])
    if antecedent is not None:
        return Subject(antecedent[0], antecedent[1], passive), passive
    if phrase is not None and phrase[0] >= 2 and _relative(view, phrase[0] - 1):
        # "Inflation in the countries that share the euro eased": the subject is the
        # antecedent, unless "that" opens a reported clause ("said that prices rose").
        before = phrase[0] - 2
        if not _stop(view, before) and lower[before] not in word_class("reporting"):
            left = _phrase_left(view, phrase[0] - 1)
            # "told reporters that the team had": "that" after the one told opens what
            # was told.
            if left is not None and not _reported_before(view, left[0]):
                phrase = left
    return (Subject(phrase[0], phrase[1], passive) if phrase else None), passive


def _dash_aside_start(view: SentenceView, j: int) -> int | None:
    """The index of the dash opening an aside that the dash at ``j`` closes ("Americans --
    embassy staff and their families -- left", with "—", "–" or "--"), else None."""
    lower = view.lower
    dashes = word_class("dash")
    if lower[j] not in dashes:
        return None
    if lower[j] == "-":
        if j < 1 or lower[j - 1] != "-":
            return None
        j -= 1
    k = j - 1
    while k > 0 and j - k <= _MAX_RELATIVE and lower[k] not in dashes:
        k -= 1
    if k < 1 or lower[k] not in dashes or k == j - 1:
        return None
    if lower[k] == "-":
        if lower[k - 1] != "-":
            return None
        k -= 1
    return k if k > 0 else None


def _head_before_since(view: SentenceView, start: int) -> tuple[int, int] | None:
    """ "All of the team's results since the test are annulled", "Her results from that
    date onwards have been annulled": the phrase that opens the sentence, when the one
    before the verb only hangs on it after "since" or "from"; not a clause after a verb
    ("has lived in Paris since the war began")."""
    k = start - 1
    if k >= 0 and view.lower[k] in _POINTING:
        k -= 1  # "from that date onwards"
    if k < 1 or view.lower[k] not in _SINCE_FROM:
        return None
    head = _phrase_left(view, k)
    if head is None or head[1] != k or head[0] != _first_content(view):
        return None
    if any(m in view.verbs or _past_verb(view, m) for m in range(head[0], head[1])):
        return None
    return head


_SINCE_FROM = frozenset({"since", "from"})
_POINTING = frozenset({"that", "this", "those", "these"})


def _before_time_range(view: SentenceView, end: int) -> int:
    """Where a relative pronoun's antecedent ends when a time and its preposition stand
    between them ("a drought between 2020 and 2023 that killed", "the floods in May
    which destroyed"): before the preposition; else ``end`` itself."""
    k = end - 1
    if k < 0 or k not in view.blocked:
        return end
    while k >= 0 and (
        k in view.blocked or (view.lower[k] in _RANGE_LINKS and k - 1 in view.blocked)
    ):
        k -= 1  # "between 2020 and 2023": both ends and the word joining them
    if k >= 1 and view.lower[k] in word_class("prep") and not _stop(view, k - 1):
        return k
    return end


def _plural_phrase(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """Whether a phrase names more than one ("Tesco and Asda", "the banks")."""
    words = view.lower[phrase[0] : phrase[1]]
    return "and" in words or _plural_form(words[-1])


def _agrees_inner(
    view: SentenceView, pronoun: int, phrase: tuple[int, int], inner: tuple[int, int]
) -> bool:
    """Whether the verb after a relative pronoun agrees in number with the phrase after
    the preposition and not with the head before it ("competition from Tesco and Asda,
    which have", "shares of the bank, which has")."""
    if inner == phrase or inner[0] <= phrase[0] or pronoun + 1 >= len(view.lower):
        return False
    verb = view.lower[pronoun + 1]
    if verb in word_class("plural_aux"):
        plural = True
    elif verb in word_class("singular_aux"):
        plural = False
    else:
        return False
    head = (phrase[0], inner[0] - 1)
    if head[1] <= head[0]:
        return False
    return _plural_phrase(view, inner) == plural and _plural_phrase(view, head) != plural


_RANGE_LINKS = frozenset({"and", "to", "-", "–"})


def _so_that_antecedent(view: SentenceView, j: int) -> tuple[int, int] | None:
    """ "a cloud so thick that it blocked out the sun", "The smoke was so thick that it
    hid the hills": what "it" or "they" after "so ADJECTIVE that" stands for, the phrase
    the adjective describes; else None."""
    lower = view.lower
    if lower[j] not in _SO_THAT_PRONOUNS or j < 4 or lower[j - 1] != "that":
        return None
    if lower[j - 3] != "so" or not view.tokens[j - 2].text.isalpha():
        return None
    if j - 4 in view.verbs or lower[j - 4] in word_class("be"):
        subject, _ = subject_of(view, j - 3, hop=False)
        return None if subject is None else (subject.start, subject.end)
    phrase = _phrase_left(view, j - 3)
    return phrase if phrase is not None and phrase[1] == j - 3 else None


_SO_THAT_PRONOUNS = frozenset({"it", "they"})


def _subordinate_it(view: SentenceView, j: int) -> tuple[int, int] | None:
    """ "the vessel drifted for ten hours before it overturned", "The ferry sank minutes
    after it left port": "it" right after a subordinator stands for the subject of the
    verb before it in the sentence, when that subject is one thing named in lower case
    (``event_thing_antecedents.txt``; people, bodies and names are the registry's); else
    None."""
    lower = view.lower
    if lower[j] != "it" or j < 3 or lower[j - 1] not in word_class("subordinator"):
        return None
    verb = next(
        (k for k in range(j - 2, max(0, j - _MAX_RELATIVE) - 1, -1) if k in view.verbs), None
    )
    if verb is None:
        return None
    subject, passive = subject_of(view, verb, hop=False)
    # "was clearing": a progressive, which ``subject_of`` reads as "be" + verb.
    passive = passive and not lower[verb].endswith("ing")
    if subject is None or passive or subject.end - subject.start > _MAX_PHRASE:
        return None
    if _empty_it(view, j):
        return None  # "when it emerged that the road had been mined": no thing at all
    words = [view.tokens[k].text for k in range(subject.start, subject.end)]
    owner = next((k for k, w in enumerate(words) if possessive(w)), -1)
    if words[-1] in word_class("it_body"):
        # "Howes' team was clearing mines when it was attacked", "The team was ...".
        thing = _thing_object(view, verb, j - 1)
        passive_it = j + 1 < len(lower) and lower[j + 1] in word_class("be")
        if thing is not None and not (passive_it and lower[verb].endswith("ing")):
            # "The team was unloading the truck when it exploded": the truck; "The crew
            # was repairing the engine when it caught fire": the engine, or none; "toured
            # the plant before it was closed": none. But a body busy doing something is
            # what "it was attacked" interrupts ("was crossing the border when it was").
            return thing if lower[thing[1] - 1] in _it_things() and not passive_it else None
        if (
            thing is not None
            and lower[thing[1] - 1] in _it_things()
            and words[-1] not in word_class("travelling_body")
        ):
            # "The crew was loading the plane when it was struck by lightning": a craft or
            # a plant worked on may as well be what "it" is; only a body that travels as
            # one is hit on its way ("The convoy was crossing the bridge when it was hit").
            return None
        words = words[owner + 1 :] if owner >= 0 else words
        words = words[1:] if words and words[0].lower() in _ARTICLES else words
    if not words or not all(w.islower() and w.isalpha() for w in words):
        return None
    return (
        (subject.start, subject.end)
        if words[-1] in _it_things() or words[-1] in word_class("it_body")
        else None
    )


def _empty_it(view: SentenceView, j: int) -> bool:
    """Whether "it" at ``j`` is an empty subject whose clause follows "that" ("it
    emerged that", "it was announced that", "it became clear that") or "was decided to"."""
    lower = view.lower
    k = j + 1
    while k < len(lower) and k - j <= _EMPTY_IT_REACH and lower[k] not in ("that", "to"):
        if not lower[k].isalpha():
            return False
        k += 1
    if k >= len(lower) or k in view.blocked:
        return False
    # "it was decided to abandon the base": a verb of deciding, no thing decided on.
    return lower[k] == "that" or lower[k - 1] in word_class("empty_it_verb")


# Words between an empty "it" and its "that": "was", "was officially", "became clear".
_EMPTY_IT_REACH = 3


def _thing_object(view: SentenceView, verb: int, end: int) -> tuple[int, int] | None:
    """The lower-case singular object of the verb at ``verb``, before ``end``, that is no
    person ("unloading the truck", "toured the steel plant"), else None: a later "it" is
    more likely that thing than the working body ("clearing mines", "escorting the
    envoy")."""
    phrase = _phrase_right(view, verb + 1)
    if phrase is None or phrase[1] > end or phrase[1] <= phrase[0]:
        return None
    head = phrase[1] - 1
    text = view.tokens[head].text
    thing = (
        text.isalpha()
        and text.islower()
        and not _plural_phrase(view, phrase)
        and view.lower[head] not in _roles()
    )
    return phrase if thing else None


@cache
def _it_things() -> frozenset[str]:
    """Things "it" may stand for (``event_thing_antecedents.txt``): a craft, a storm, a
    fire; never a person ("The minister resigned after it emerged")."""
    return frozenset(lexicon_lines("event_thing_antecedents"))


# Pronouns that are never a subject: one after a participle's preposition is its object.
_OBJECT_ONLY = frozenset({"him", "them", "us", "me"})
_ALONGSIDE = frozenset({"alongside", "beside"})


def _lower_participle(view: SentenceView, i: int) -> bool:
    """A lower-case word at ``i`` that may be a past participle, whatever its ending: a
    trigger's past form of the closed table or the open list ("swept", "thrown", "flung")
    or another irregular one (see ``_participle_form``)."""
    return view.tokens[i].text.islower() and _participle_form(view.lower[i])


def _participle_head(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The noun phrase before a past participle whose preposition opens the phrase at
    ``start`` ("Two former ministers tried alongside him", "troops stationed near the
    border"), else None."""
    if start < 3 or view.lower[start - 1] not in word_union("prep", also=_ALONGSIDE):
        return None
    participle = _past_verb(view, start - 2) or _lower_participle(view, start - 2)
    if not participle or view.lower[start - 3] in word_union("aux", "adverb"):
        return None
    head = _phrase_left(view, start - 2)
    if head is None or head[1] != start - 2 or not view.tokens[head[1] - 1].text.isalpha():
        return None
    return head


def _counted_people(view: SentenceView, inner: tuple[int, int]) -> bool:
    """Whether a phrase after a preposition is in lower case and ends in a plural ("about
    2,000 demonstrators", "hundreds of farmers"), not a name ("a man from Goma")."""
    return _common_noun_run(view, inner) and _plural_word(view, inner[1] - 1)


def _common_noun_run(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """Whether a phrase after a preposition has no capitalised word (digits may count)."""
    start, end = phrase
    if start == 0 or view.lower[start - 1] not in word_class("prep"):
        return False
    return all(not is_capitalised(view.tokens[k].text) for k in range(start, end))


def _owned_antecedent(view: SentenceView, phrase: tuple[int, int], pronoun: str) -> tuple[int, int]:
    """What a relative pronoun after ``phrase`` stands for: "which" is no person, so
    after a person and "of the" ("Maria Lopez of the Andean Relief Fund, which", "a
    director of the Harbour Trust, which") it is the body; "who" is one, so after a word
    of tidings ("news of her brother, who") it is the person, and after a share ("2
    percent of the bank's profit, which") the whole it is a share of."""
    start, end = phrase
    low = max(start, end - _MAX_PHRASE)
    k = next((m for m in range(end - 2, low, -1) if view.lower[m] == "of"), None)
    if k is None:
        return phrase
    head = view.lower[k - 1]
    if pronoun == "who":
        owned = head in word_class("tidings_noun")
    elif pronoun == "which" and head in word_class("unit"):
        owned = True  # "1.7 percent of the firm's revenue, which reached": the revenue
    elif pronoun != "which" or view.lower[k + 1] != "the":
        owned = False
    else:
        owned = head in _roles() or (
            k - 2 >= start
            and is_capitalised(view.tokens[k - 1].text)
            and view.lower[k - 2] in first_names()
        )
    return (k + 1, end) if owned else phrase


def _opening_gerund(view: SentenceView, end: int) -> tuple[int, int] | None:
    """ "Shelling killed 12 people", "Fighting in Cauca displaced 11,000": an "-ing" word
    that opens the sentence, alone or with a preposition's phrase, and runs into the verb
    with no comma is a noun, the verb's subject ("Speaking in Lagos, the minister said" has
    its comma; "Rising prices pushed" is an adjective before its noun)."""
    first = _first_content(view)
    if first < end and view.lower[first] in _OPENING_PREPS:
        # "According to the ombudsman, fighting in Cauca displaced": after the opening
        # phrase's comma, when no verb stands before it.
        reach = min(end, first + 1 + _MAX_PHRASE)  # bounded: the stage stays linear
        comma = next((k for k in range(first + 1, reach) if view.lower[k] == ","), None)
        if comma is None or any(k in view.verbs for k in range(first, comma)):
            return None
        first = comma + 1
    text = view.tokens[first].text if first < end else ""
    if not (text.endswith("ing") and text.isalpha() and len(text) > 5):
        return None
    if end - first > _MAX_GAP or (first + 1 < end and view.lower[first + 1] not in _PLACE_PREPS):
        return None
    if any(k in view.verbs or not view.lower[k][:1].isalnum() for k in range(first + 1, end)):
        return None
    return first, first + 1


def _first_content(view: SentenceView) -> int:
    """The first token that is a word, past opening quotes and dashes."""
    k = 0
    while k < len(view.lower) and k < 3 and not view.lower[k][:1].isalnum():
        k += 1
    return k


# Words that open a phrase before a sentence's subject ("According to X, ...").
_OPENING_PREPS = frozenset({"according", "in", "on", "after", "since", "during", "last"})
# Prepositions whose phrase may follow a gerund subject ("Fighting in Cauca").
_PLACE_PREPS = frozenset({"in", "near", "around", "across", "along", "on", "at", "outside"})


def _before_listed_names(view: SentenceView, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """ "Markets in Kanyama, George and Chawama were shut", "Farmers from Kenya, Uganda and
    Tanzania protested": a list (its last two joined in ``phrase``) after a preposition is
    inside its phrase; the subject is the phrase before the preposition."""
    if _COORDINATING.isdisjoint(view.lower[phrase[0] : phrase[1]]):
        return None  # "Speaking in Lagos, the minister promised": no list
    k, items = phrase[0] - 1, 0
    while k > 1 and view.lower[k] == "," and items < _MAX_LIST:
        item = _phrase_left(view, k, nested=True)
        if item is None or not _plain_conjunct(view, item):
            return None
        if not is_capitalised(view.tokens[k - 1].text):
            return None  # "According to people close to the negotiations, Chelsea and"
        k, items = item[0] - 1, items + 1
    if not items or k < 1 or view.lower[k] not in word_class("prep") or _stop(view, k - 1):
        return None
    head = None if _went_to(view, k) else _phrase_left(view, k)
    if head is not None and view.lower[head[1] - 1].endswith(("ing", "ed")):
        return None  # "Writing from Kyiv, Anna Smith and Tom Jones condemned": an opener
    return head


@cache
def _catenatives() -> frozenset[str]:
    return word_class("catenative_present")


def _aspectual_before_ing(view: SentenceView, j: int, index: int) -> bool:
    """Whether the word at ``j`` is a lower-case aspectual verb ("started", "stopped",
    "kept") right before the "-ing" verb at ``index``: its subject is the "-ing" verb's,
    not the aspectual word, which is no noun ("some started shipping")."""
    word = view.tokens[j].text
    return (
        view.lower[index].endswith("ing")
        and word.isalpha()
        and word.islower()
        and view.lower[j] in word_class("aspectual_ing")
        and j > 0
        and view.lower[j - 1] not in word_union("det", "possessive_det", "prep")
        and _subject_before_aspectual(view, j)
    )


def _subject_before_aspectual(view: SentenceView, j: int) -> bool:
    """Whether the word before the aspectual word at ``j`` may be its subject (a noun, a
    pronoun, an auxiliary): not a verb ("ignored continued bombing"), an adjective or a
    number, and no count before a plural noun ("several false starts delaying", "made
    three stops blocking"), where the aspectual word is a noun."""
    before = view.lower[j - 1]
    if before in word_union("aux", "pronoun"):
        return True
    if _is_number(before) or before in word_class("cardinal") or _adjective(view, j - 1):
        return False
    if j - 1 in view.verbs or (before.endswith("ed") and view.tokens[j - 1].text.islower()):
        return False  # "Rebels ignored continued bombing": "continued" qualifies the noun
    if view.lower[j].endswith("s"):
        counts = word_union("cardinal", "quantifier")
        return not any(
            k >= 0 and (_is_number(view.lower[k]) or view.lower[k] in counts)
            for k in (j - 1, j - 2)
        )
    return True


def _catenative_present(view: SentenceView, j: int) -> bool:
    """Whether the word at ``j``, before "to", is a present verb whose subject the
    infinitive shares ("plans", "hopes": class ``catenative_present``), not a noun
    after a determiner ("the plans to cut", "its hopes to")."""
    if j < 1 or j in view.verbs or view.lower[j] not in _catenatives():
        return False
    before = view.tokens[j - 1].text
    return before[:1].isalnum() and view.lower[j - 1] not in word_union("det", "prep")


def _opposed_plan(view: SentenceView, i: int) -> bool:
    """Whether the verb at ``i`` is the infinitive of a plan someone stands against or
    argues over ("protested against the plans to cut jobs", "anger over a proposal to
    close"): whose plan it is goes unsaid, so the protesters do not do it ("pressed
    ahead with plans to" and "launched a bid to" keep their subject)."""
    lower = view.lower
    if i < 3 or lower[i - 1] != "to":
        return False
    j = i - 2
    noun = view.tokens[j].text
    if not (noun.isalpha() and noun.islower()) or j in view.verbs:
        return False
    if lower[j] not in word_union("plan_noun", "intent_noun"):
        return False  # "launched an offensive over the weekend to retake": no plan
    k = j - 1
    if lower[k] in word_class("det"):
        k -= 1
    return k >= 0 and lower[k] in word_class("opposed_prep")


def _preverb(view: SentenceView, j: int) -> bool:
    """Whether the word at ``j`` sits between a subject and its verb without being part of
    either: "the agency nonetheless warned", "exports had both fallen" (not "Both fell",
    "and both fell", where "both" is the subject)."""
    word = view.lower[j]
    if word in word_class("preverb_adverb"):
        return j > 0 and view.tokens[j].text.islower()
    if word not in word_class("floating") or j == 0:
        return False
    before = view.lower[j - 1]
    return before in word_union("aux", "pronoun") or (
        not _stop(view, j - 1) and before not in word_union("det", "prep", "quantifier")
    )


def _placed(view: SentenceView, start: int) -> bool:
    """Whether the phrase at ``start`` follows a place's preposition ("in Cairo")."""
    return start > 0 and view.lower[start - 1] in word_class("place_prep")


def _appeal(view: SentenceView, i: int) -> bool:
    """Whether the word at ``i`` is the preposition of an appeal ("appealed to",
    "called on"): the phrase after it is whom the appeal asks to act."""
    return (
        i > 0
        and view.lower[i] in word_class("appeal_prep")
        and view.lower[i - 1] in word_class("appeal")
    )


def _went_to(view: SentenceView, i: int) -> bool:
    """Whether the preposition at ``i`` follows a past motion verb that is no trigger
    ("went to the border"): the phrase before it is the verb's subject, not a noun's."""
    return (
        i > 0
        and view.lower[i] in word_class("movement_prep")
        and view.lower[i - 1] in word_class("motion_past")
        and view.tokens[i - 1].text.islower()
    )


def movement_goal(view: SentenceView, start: int) -> bool:
    """Whether the phrase at ``start`` is where a movement verb went ("flew to Kyiv to
    sign", "returned from Gaza to brief"): the infinitive after it is the mover's."""
    k = start - 1
    if k < 1 or view.lower[k] not in word_class("movement_prep"):
        return False
    verb = view.lower[k - 1]
    if verb in word_class("motion"):
        return True  # "went to the border to inspect", "marched to parliament to demand"
    forms = _trigger_forms(verb) if k - 1 in view.verbs else ()
    # "were deployed to Emilia-Romagna to reinforce": troops sent somewhere move too.
    moving = (EventType.MOVEMENT, EventType.MILITARY)
    return any(form.trigger.type in moving for form in forms)


def _purpose(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """ "bought a warehouse in Leeds to expand production": the object of a verb that
    does not hand it the infinitive ("urged residents to leave", "sent troops to quell"
    do), so the infinitive is the buyer's purpose."""
    k = phrase[0] - 1
    if k < 1 or view.lower[k] in word_class("det"):
        return False
    word, text = view.lower[k], view.tokens[k].text
    closed = word_union("prep", "clause", "aux", "adverb", "pronoun", "quantifier", "reporting")
    if _appeal(view, k):
        return False  # "appealed to residents to leave", "called on protesters to disperse"
    if word in _PARTICLES and k > 1 and view.lower[k - 1] not in closed:
        # "set up roadblocks to catch the gunman": the object of a phrasal verb.
        verb = view.tokens[k - 1].text
        return (
            verb.isalpha()
            and verb.islower()
            and view.lower[k - 1] not in word_union("control", "det", "be")
            and view.lower[k - 2] not in word_class("be")
        )
    return (
        text.isalpha()
        and text.islower()
        and _stop(view, k)
        and word not in closed
        and word not in word_class("control")
        and view.lower[k - 1] not in word_class("be")
    )


def _untriggered_purpose(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """Whether ``phrase`` is the object of a past verb that is no event and no verb of
    control ("used the truce to recruit", "exploited the lull to attack"; not "urged
    residents to leave" nor "an armed group")."""
    k = phrase[0] - 1
    if k < 1 or k in view.verbs:
        return False
    word, text, before = view.lower[k], view.tokens[k].text, view.lower[k - 1]
    if not (text.isalpha() and text.islower() and word.endswith("ed") and len(word) > 3):
        return False
    if word.endswith("eed") or word in word_union("control", "be", "aux", "cardinal"):
        return False
    if before in word_class("aux"):
        return True  # "have used"
    return before not in word_union("det", "prep", "possessive_det", "quantifier") and not (
        _stop(view, k - 1)
    )


def _before_participle(view: SentenceView, phrase: tuple[int, int]) -> tuple[int, int]:
    """ "A team drilling at Camp Halden has recovered": when the phrase before the verb
    follows a participle and its preposition, the subject is the noun before them."""
    k = phrase[0] - 2
    if k < 1 or k + 1 not in range(len(view.lower)):
        return phrase
    word = view.tokens[k].text
    if (
        view.lower[k + 1] not in word_class("prep")
        or view.lower[k + 1] in _PARTICLES
        or view.lower[k + 1] == "of"
        or k not in view.verbs
        or not word.islower()
        or not (word.endswith(("ing", "ed")) or _lower_participle(view, k))
        or view.lower[k - 1] in word_class("aux")
    ):
        return phrase
    return _phrase_left(view, k) or phrase


def _before_ing_object(view: SentenceView, phrase: tuple[int, int]) -> tuple[int, int]:
    """ "A train carrying nearly 300 people derailed", "a boat carrying migrants
    capsized": when the phrase before the verb is the object of an "-ing" word right
    after a noun, the subject is that noun, not what it carries ("a convoy carrying fuel
    and flour reached": its last conjunct too)."""
    k = phrase[0] - 1
    if k >= 2 and view.lower[k] in _COORDINATING:
        m = k - 1
        while m > 1 and k - m < _MAX_GAP and not _ing_word(view, m):
            if view.lower[m] != "," and _stop(view, m):
                break
            m -= 1
        if _ing_word(view, m):
            k = m
    if k < 1 or not _ing_word(view, k) or view.lower[k] in word_class("aux"):
        return phrase
    before = view.tokens[k - 1].text
    if (
        not before.isalpha()
        or view.lower[k - 1] in word_union("det", "quantifier", "prep", "aux", "possessive_det")
        or view.lower[k - 1] in _COORDINATING
        or view.lower[k - 1] in ("of", "to", "by")
        or _stop(view, k - 1)
    ):
        return phrase
    return _phrase_left(view, k) or phrase


def _before_joined_preps(view: SentenceView, phrase: tuple[int, int]) -> tuple[int, int]:
    """ "Rescuers on foot and in helicopters reached", "Workers at the port and in the
    warehouses walked out": two prepositions' phrases joined after a noun describe it;
    the subject is the noun before them, not the last phrase."""
    prep = word_class("prep")
    k = phrase[0] - 1
    if k < 4 or view.lower[k] not in prep or view.lower[k - 1] not in _COORDINATING:
        return phrase
    left = _phrase_left(view, k - 1, nested=True)
    if left is None or left[0] < 2:
        return phrase
    first = left[0] - 1
    if view.lower[first] not in prep or view.lower[first] in _NOT_JOINED_PREPS:
        return phrase
    head = _phrase_left(view, first, nested=True)
    if head is None or any(m in view.verbs for m in range(head[0], phrase[1])):
        return phrase
    return head


def _before_pp_conjuncts(view: SentenceView, phrase: tuple[int, int]) -> tuple[int, int]:
    """ "Talks with the unions over pay and pensions broke down", "Clashes after the match
    left": nouns joined inside a preposition's phrase, or the phrase after "after", that
    open a clause describe the noun before them, which is the subject."""
    lower = view.lower
    k = phrase[0] - 1
    joined = k >= 2 and lower[k] in _COORDINATING
    if joined:
        left = _phrase_left(view, k, nested=True)
        if left is None:
            return phrase
        k = left[0] - 1
    elif not (k >= 1 and lower[k] == "after"):
        return phrase
    if k < 1 or lower[k] not in word_class("pp_link"):
        return phrase
    head = _phrase_left(view, k, nested=True)
    subordinator = word_class("subordinator")
    # "talks with X over Y and Z"; not past a word that opens a clause ("went on strike
    # after talks over pay and staffing broke down": the talks), nor from "after" itself.
    while (
        joined
        and head is not None
        and head[0] >= 2
        and lower[head[0] - 1] in word_class("pp_link")
        and lower[head[0] - 1] not in subordinator
    ):
        head = _phrase_left(view, head[0] - 1, nested=True)
    if head is None or any(m in view.verbs for m in range(head[0], phrase[1])):
        return phrase
    h = head[0] - 1
    opens = h < 0 or lower[h] in (",", ";", ":", "that") or (joined and lower[h] in subordinator)
    if not opens and lower[h] not in word_class("reporting"):
        return phrase  # not the start of the clause: the noun may be an object
    return head


# Prepositions whose two joined phrases name parties, not a description ("between").
_NOT_JOINED_PREPS = frozenset({"between", "of"})


# Particles of phrasal verbs ("turned down a contract"), not prepositions of a place.
_PARTICLES = frozenset({"up", "down", "out", "off"})


def _loose_particle(view: SentenceView, found: Found, i: int) -> bool:
    """A particle at ``i`` that the trigger list does not join to its verb, before a
    determined or counted object ("tore down a statue", "knocked out the power"); not
    after a verb of motion ("marched down the street": a way, not an object)."""
    return (
        i + 1 < len(view.lower)
        and found.last == found.first
        and not found.as_noun
        and not found.trigger.intransitive
        and found.trigger.type is not EventType.MOVEMENT
        and view.lower[i] in _PARTICLES
        and (
            view.lower[i + 1] in word_union("det", "possessive_det")
            or _is_number(view.lower[i + 1])
        )
    )


def _moved_object(view: SentenceView, found: Found, i: int) -> bool:
    """Whether a verb of moving things takes the phrase after its particle as its object
    ("sent in troops", "pulled out two survivors", "flew back the crew"), not a place or
    a way ("pulled out of the deal", "sent in Kyiv", "flew in March")."""
    if found.as_noun or found.trigger.lemma not in word_class("particle_object"):
        return False
    particle = view.lower[found.last]
    if found.last > found.first and particle in word_class("object_particle"):
        k = i  # the particle is part of the trigger: "pulled out"
    elif i < len(view.lower) and view.lower[i] in word_class("object_particle"):
        k = i + 1
    else:
        return False
    if k >= len(view.lower) or _stop(view, k) or view.lower[k] == "of":
        return False
    word, text = view.lower[k], view.tokens[k].text
    return (
        word in word_union("det", "possessive_det", "quantifier", "cardinal")
        or _is_number(word)
        or (text.islower() and text.isalpha() and _plural_word(view, k))
    )


def _before_relative_clause(view: SentenceView, start: int) -> tuple[int, int] | None:
    """ "An economist who has studied stadium deals warned", "The drone that hit the base
    was launched": when the phrase before the verb is the object of a relative clause,
    the subject is the clause's antecedent."""
    skip = word_union("aux", "adverb")
    k = start - 1
    if k < 1 or not view.lower[k].isalpha() or view.lower[k] in skip:
        return None
    k -= 1  # the relative clause's own verb
    while k >= 0 and start - k <= 5 and view.lower[k] in skip:
        k -= 1
    if k < 1 or view.lower[k] not in ("who", "which", "that"):
        return None
    if view.lower[k] == "that" and (
        _stop(view, k - 1) or view.lower[k - 1] in word_class("reporting")
    ):
        return None  # "said that", "so that": no antecedent before it
    return _phrase_left(view, k)


def _relative_antecedent(view: SentenceView, start: int) -> tuple[int, int] | None:
    """ "Relatives who gathered outside the gates through the morning demanded": a phrase
    after a preposition or a verb is inside a relative clause, never the subject; the
    subject is the clause's antecedent."""
    lower = view.lower
    if start < 3:
        return None
    before, text = lower[start - 1], view.tokens[start - 1].text
    verbish = text.isalpha() and text.islower() and before not in word_union("det", "clause")
    if before not in word_class("prep") and not verbish:
        return None
    k = start - 1
    while k > 0 and start - k <= _MAX_RELATIVE // 2:
        if lower[k] in ("who", "which") or (lower[k] == "that" and _relative(view, k)):
            if _stop(view, k - 1) or lower[k - 1] in word_class("reporting"):
                return None
            return _phrase_left(view, k)
        if lower[k] in _CLAUSE_MARKS or lower[k] in word_union("clause", "reporting"):
            return None  # "an official who spoke ... said Ardania was demanding"
        k -= 1
    return None


def _relative(view: SentenceView, i: int) -> bool:
    """Whether the word at ``i`` opens a relative clause. "that" does so only after a
    plural noun ("countries that share"): after a singular one it is more often a
    complement ("a statement that prices had risen")."""
    word = view.lower[i]
    if word in ("who", "which"):
        return True
    before = view.lower[i - 1]
    return word == "that" and before.endswith("s") and not before.endswith("ss")


def _before_relative(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """ "X, who ..., VERB": the phrase before the comma that opens the relative clause."""
    k = comma - 1
    while k > 0 and comma - k <= _MAX_RELATIVE and view.lower[k] != ",":
        k -= 1
    if k <= 0 or view.lower[k] != "," or not _opens_aside(view, k + 1):
        return None
    return _phrase_left(view, _past_age(view, k))


def _past_age(view: SentenceView, comma: int) -> int:
    """The comma before an age set off by commas that ends at ``comma`` ("Vikram
    Deshpande, 61, who led"), else ``comma``: the name is before the age."""
    lower = view.lower
    if comma >= 3 and lower[comma - 1].isdigit() and lower[comma - 2] == ",":
        return comma - 2
    return comma


def _opens_aside(view: SentenceView, i: int) -> bool:
    """A relative pronoun or a participle opening an aside between commas ("firefighters,
    backed by 12 aircraft, were battling"); "where" after a place too ("Hoteliers on the
    island, where tourism is the main employer, warned")."""
    word = view.lower[i]
    if word in ("who", "which", "whom", "whose", "where"):
        return True
    if i + 2 < len(view.lower) and view.lower[i + 1] == "of" and view.lower[i + 2] in _OF_WHOM:
        return True  # "Relatives of the victims, many of whom gathered outside, accused"
    return (
        word.isalpha()
        and word == view.tokens[i].text
        and (word.endswith(("ed", "ing")) or _participle_form(word))
        and i + 1 < len(view.lower)
        and view.lower[i + 1] in word_class("prep")
    )


def _participle_form(word: str) -> bool:
    """Whether a lower-case word may be a past participle: any trigger's past form, of the
    closed table or the open list, "-ed" or not ("seized", "sent", "swept", "flung"), or
    an irregular participle that is no trigger (``irregular_participle``: "seen", "given")."""
    return word in word_class("irregular_participle") or any(
        form.kind == "ed" for form in _trigger_forms(word)
    )


def _after(view: SentenceView, start: int, words: frozenset[str]) -> tuple[str, int] | None:
    """The first of ``words`` within a few tokens after ``start``, before any clause edge."""
    n = len(view.lower)
    for k in range(start, min(n, start + _MAX_GAP)):
        word = view.lower[k]
        if word in words:
            return word, k
        if word in _JOINING and _joins_nouns(view, k):
            continue  # "delivered tablets and soap to 40,000 households"
        if word in _CLAUSE_MARKS or word in word_class("clause") or k in view.verbs:
            return None
    return None


_JOINING = frozenset({"and", "or"})


def _joins_nouns(view: SentenceView, k: int) -> bool:
    """Whether "and"/"or" at ``k`` joins a lower-case noun, not a new clause ("and
    they", "and went")."""
    if k + 1 >= len(view.lower) or k + 1 in view.verbs:
        return False
    word = view.lower[k + 1]
    return (
        word.isalpha()
        and word == view.tokens[k + 1].text
        and word not in word_union("pronoun", "aux", "clause", "adverb")
    )


def participants(
    view: SentenceView, found: Found, inherited: Subject | None
) -> tuple[list[Arg], Subject | None, bool]:
    """The participants' phrases of one event, the subject later verbs may share, and
    whether this verb shares the previous one's subject.

    ``inherited`` is the subject of the previous verb in the sentence, used when this
    verb has none of its own ("walked off the job, halting the loading...", "was
    arrested and charged").
    """
    if (held := _described_by(view, found)) is not None:
        # "crushed by falling trees", "concerns about rising house prices": the noun the
        # "-ing" word describes undergoes it.
        return [Arg(held[0], held[1], ParticipantRole.PATIENT)], None, False
    if (speaker := _postposed_speaker(view, found)) is not None:
        # '"Wars start by accident," warned Ana Cruz, an analyst': the name after the
        # verb says it; it is told nobody.
        return [Arg(speaker[0], speaker[1], ParticipantRole.AGENT)], None, False
    if found.as_noun:
        noun_args, lent = _noun_args(view, found, inherited)
        charged = _charged_with(view, found)
        if charged is not None and not any(a.role is ParticipantRole.AGENT for a in noun_args):
            # "accused the agency of leaking documents": the accused does it.
            noun_args.insert(0, Arg(charged.start, charged.end, ParticipantRole.AGENT))
        return noun_args, lent, False
    args: list[Arg] = []
    perceived = _causee(view, found.first, "perception") if found.kind == "ed" else None
    if found.kind == "ed" and perceived is None:
        # "students have had classes cancelled": what was had done undergoes it.
        perceived = _had_done(view, found.first)
    if found.kind == "base" and found.trigger.bare:
        # A bare infinitive: its subject is the causative verb's object ("helped the
        # team reach the final").
        subject, passive = _causee(view, found.first, "causative"), False
    elif perceived is not None:
        # A participle after "saw" and its object undergoes it ("the truce saw 105
        # hostages freed").
        subject, passive = perceived, True
    elif found.kind == "ing" and (seen := _causee(view, found.first, "perception")) is not None:
        # "saw fans climbing the fence": who was seen doing it does it.
        subject, passive = seen, False
    elif (charged := _charged_with(view, found)) is not None:
        subject, passive = charged, False  # "accused the vessel of carrying cargo"
    elif _gerund(view, found):
        # "guilty of taking bribes": whoever does it is not the phrase before the
        # preposition; after a passive it is that verb's patient ("Coyle was sentenced
        # for taking bribes").
        keep = inherited is not None and inherited.passive
        subject, passive, inherited = (inherited if keep else None), False, None
    else:
        subject, passive = subject_of(view, found.first)
    if found.kind == "ed" and (modified := _modified_noun(view, found)) is not None:
        # "traced the payments to three shell companies registered in Dubai": the
        # participle tells of the noun right before it, which undergoes it.
        subject, passive = modified, True
    if found.kind == "ed" and (counted := _among_those(view, found)) is not None:
        # "Karimi was among those arrested on Friday": who is among them underwent it.
        subject, passive = counted, True
    if found.kind == "ed" and (described := _appositive_participle(view, found)) is not None:
        # "Okafor, a lawyer first elected in 2019, said": the person the aside describes
        # underwent it.
        subject, passive = described, True
    if subject is None and (described := participle_aside(view, found)) is not None:
        subject, passive = described, True  # "The plan, first announced by the mayor,"
    if subject is None and (opener := _opening_participle(view, found)) is not None:
        subject, passive = opener  # "Born in Enugu in 1942, Okonjo was"
    if subject is None and found.kind == "ing" and (said := _postposed_reporter(view, found)):
        subject, passive, inherited = said, False, None  # ", the ministry said, warning"
    if _elliptical_passive(view, found, subject, inherited):
        passive = True  # "five were killed and more than a dozen wounded"
    contact: tuple[int, int] | None = None
    if subject is not None and not passive and (cut := _contact_name(view, found, subject)):
        # "a charge Gonzalez denied": the name does it, the phrase before it undergoes it.
        contact, subject = (subject.start, cut), Subject(cut, subject.end, False)
    passive = (passive or _reduced_passive(view, found, subject)) and found.kind == "ed"
    if found.kind == "ed" and _after_subordinator(view, found):
        passive = True  # "said when questioned by reporters": a clause without its "was"
    if (
        subject is None
        and inherited is not None
        and found.kind != "ing"
        and found.first > 0
        and view.lower[found.first - 1] in _COORDINATING
    ):
        # "accused the unions of holding the country hostage and warned that": the verb
        # after "and" goes with the accuser, not with the accused.
        inherited = _accuser(view, inherited) or inherited
    if subject is None and inherited is not None:
        # "warned that further eruptions were likely and urged residents to leave": a
        # statement after "and" goes back to whoever reported the clause it follows.
        inherited = _reporter(view, found, inherited) or inherited
    if subject is None and inherited is not None and _opposed_plan(view, found.first):
        inherited = None  # "protested against the plans to cut jobs": not the protesters'
    shared = subject is None and inherited is not None
    if subject is None and inherited is not None:
        subject = inherited
        follows = found.first > 0 and view.lower[found.first - 1] in ("and", "or", ",")
        # Not a verb whose subject receives ("were found guilty and received sentences").
        receives = found.trigger.recipient_subject
        passive = passive or (inherited.passive and found.kind == "ed" and follows and not receives)
    if (
        subject is not None
        and subject.end - subject.start >= 2
        and subject.end < len(view.lower)
        and view.lower[subject.end] == "by"
        and view.lower[subject.end - 1].endswith("ed")
        and view.tokens[subject.end - 1].text.islower()
    ):
        # "Wildfires fanned by strong winds tore through": the participle and its doer
        # describe the subject and are no part of its name.
        subject = Subject(subject.start, subject.end - 1, subject.passive)
    sides: list[Arg] = []
    if subject is not None and (between := _between_sides(view, subject)) is not None:
        # "talks between the union and employers broke down": the talks broke down, and
        # the two sides are the other parties to it.
        head, sides = between
        subject = Subject(head[0], head[1], subject.passive)
    undergone = None if passive else _undergoer_object(view, found)
    # Not "lost sight of", "lost contact with": a particle's idiom is done, not suffered.
    experiencer = (
        not found.as_noun and not found.trigger.particles and found.trigger.lemma in _experiencers()
    )
    if subject is not None:
        if (
            passive
            or (
                found.trigger.undergoer
                and not _people_moving(view, found, subject)
                and (undergone is None or experiencer)
                and not _does_infinitive(view, found)
            )
            or _reaches_level(view, found)
            or experiencer
        ):
            role = ParticipantRole.PATIENT
        elif found.trigger.recipient_subject:
            role = ParticipantRole.RECIPIENT
        else:
            role = ParticipantRole.AGENT
        args.append(Arg(subject.start, subject.end, role))
        subject = Subject(subject.start, subject.end, passive)
    args.extend(sides)
    after = found.last + 1
    n = len(view.lower)
    adverb = word_class("adverb")
    while after < n and (view.lower[after] in adverb or _ly_adverb(view, after)):
        after += 1
    if (
        after + 2 < n
        and view.lower[after] == "at"
        and view.lower[after + 1] in word_class("at_qualifier")
    ):
        after += 2  # "killed at least nine patients": the count is the object
    if found.trigger.type is not EventType.STATEMENT and _quoted_phrase(view, after):
        after += 1  # 'had detected "suspicious activity"': a quoted object is the object
    if (
        after + 1 < n
        and view.lower[after] in _QUOTE_MARKS
        and found.first > 0
        and view.lower[found.first - 1] in _QUOTE_MARKS
    ):
        after += 1  # 'had "provoked" the clash': the object after the closing mark
    if not passive and _loose_particle(view, found, after):
        after += 1  # "tore down a statue", "blew up the bridge": the object follows
    moved = not passive and _moved_object(view, found, after)
    harmed = not passive and _left_harmed(view, found, after)
    if not harmed and not passive and found.trigger.lemma in word_class("result_leave"):
        harmed = left_without(view, after)  # "left thousands without power"
    if moved and view.lower[after] in word_class("object_particle"):
        after += 1  # "sent in troops", "flew out supplies": the object after the particle
    if passive:
        if (
            found.trigger.recipient_to
            and args
            and after < n
            and not _stop(view, after)
            and (given := _given_or_phrase(view, found, after)) is not None
        ):
            # "her sons had been prescribed glasses", "workers were offered a 3% rise":
            # the subject receives, and what follows the verb is what is given.
            args[0] = args[0]._replace(role=ParticipantRole.RECIPIENT)
            args.append(Arg(given[0], given[1], ParticipantRole.PATIENT))
        elif _promised_to(view, found, after, args):
            # "the rebels had been promised that their demands would be heard", "workers
            # were promised a raise": whoever is promised receives the promise.
            args[0] = args[0]._replace(role=ParticipantRole.RECIPIENT)
            if (
                view.lower[after] != "that"
                and (given := _given_or_phrase(view, found, after)) is not None
            ):
                args.append(Arg(given[0], given[1], ParticipantRole.PATIENT))
        hit = _after(view, after, frozenset({"by"}))
        if (
            hit is not None
            and (phrase := _by_phrase(view, hit[1] + 1)) is not None
            and not (
                phrase[1] - phrase[0] == 1 and view.lower[phrase[0]] in word_class("means_noun")
            )
        ):
            # Not "transferred by helicopter": a bare means is how, not who.
            args.append(Arg(phrase[0], phrase[1], ParticipantRole.AGENT))
            # "tabled by the Socialists and the Greens": every conjunct does it.
            args.extend(Arg(a, b, ParticipantRole.AGENT) for a, b in listed_after(view, phrase))
    elif found.last == found.first + 2 and view.lower[found.first + 1] in word_class(
        "object_pronoun"
    ):
        # "found him guilty": the pronoun between the verb and its particle.
        args.append(Arg(found.first + 1, found.first + 2, ParticipantRole.PATIENT))
    elif _noun_particle(view, found) and after + 1 < n and view.lower[after] in _AIMED:
        if (phrase := _phrase_right(view, after + 1)) is not None:
            # "opened fire on X", "lost sight of X"; "lost contact with X": a partner.
            partner = view.lower[after] == "with"
            role = ParticipantRole.OTHER if partner else ParticipantRole.PATIENT
            args.append(Arg(phrase[0], phrase[1], role))
    elif (
        found.trigger.intransitive
        and found.trigger.object_place
        and after + 1 < n
        and view.lower[after] in _INDEFINITE
        and (phrase := _phrase_right(view, after)) is not None
    ):
        # "a car struck a pedestrian", "drones struck a fuel depot": what an intransitive
        # word that may strike a place strikes, when it is a thing ("struck the Ancash
        # region" and "walked off the job" name a place and a particle instead).
        args.append(Arg(phrase[0], phrase[1], ParticipantRole.PATIENT))
    elif (not found.trigger.intransitive or moved or harmed) and after < n:
        if view.lower[after] in word_class("object_pronoun") and (
            after + 1 >= n
            or _stop(view, after + 1)
            # "questioned him again", "charged them yesterday", "charged them with
            # murder": an adverb, a time or a preposition ends it; not "her", a
            # determiner too ("won her first title").
            or (
                view.lower[after] != "her"
                and (
                    view.lower[after + 1] in word_class("adverb")
                    or view.lower[after + 1] in _TIME_EDGES
                    or view.lower[after + 1] in word_class("prep")
                )
            )
        ):
            held = _coordinated_object(view, found, after)
            # "arrested two men and charged them": the object the pronoun takes up.
            start, end = held if held is not None else (after, after + 1)
            args.append(Arg(start, end, ParticipantRole.PATIENT))
        elif (
            found.trigger.lemma in word_class("transfer_verb")
            and (given := _given_amount(view, after)) is not None
        ):
            # "paid $6 billion", "pledged 50 million euros in aid": the sum passes, with
            # a "-ly" quantifier skipped above as an adverb ("spent nearly $300 million").
            begin = given[0]
            while begin - 1 > found.last and view.lower[begin - 1] in word_class("quantifier"):
                begin -= 1
            args.append(Arg(begin, given[1], ParticipantRole.PATIENT))
        elif (
            found.trigger.lemma in word_class("double_object")
            and (two := _double_object(view, after)) is not None
        ):
            # "offered rebels a rebate", "lent Argentina $20 billion": the first object
            # receives what the second names.
            args.append(Arg(two[0][0], two[0][1], ParticipantRole.RECIPIENT))
            args.append(Arg(two[1][0], two[1][1], ParticipantRole.PATIENT))
        elif _demonstrative(view, after):
            args.append(Arg(after, after + 2, ParticipantRole.PATIENT))
        elif (what := _amount_in(view, after)) is not None:
            args.append(Arg(what[0], what[1], ParticipantRole.PATIENT))
        elif (
            found.trigger.type not in (EventType.ECONOMIC, EventType.STATEMENT)
            and (count := _count_right(view, after)) is not None
        ):
            begin = count[0]
            if (
                begin >= 2
                and view.lower[begin - 2] == "at"
                and view.lower[begin - 1] in word_class("at_qualifier")
            ):
                begin -= 2  # "killed at least 25": the qualifier stepped over above
            args.append(Arg(begin, count[1], ParticipantRole.PATIENT))  # "injuring 30"
        elif (phrase := _phrase_right(view, after)) is not None:
            # "spoke with X": a partner, not someone the event is done to.
            partner = view.lower[found.last] == "with"
            role = ParticipantRole.OTHER if partner else ParticipantRole.PATIENT
            if (
                found.last > found.first
                and view.lower[found.last] == "to"
                and found.trigger.lemma not in word_class("aim_to")
            ):
                # "had written to the minister"; not "pointed to armed groups", the
                # one pointed at.
                role = ParticipantRole.RECIPIENT
            if harmed:
                phrase = _before_state(view, phrase)  # "left 11 people dead"
            if found.trigger.lemma in word_class("of_charge"):
                phrase = _before_charge(view, phrase)  # "accused the vessel of carrying"
            named = _named_apposition(view, Arg(phrase[0], phrase[1], role))
            args.append(named)
            if named.start == phrase[0]:
                # "closed schools, banks and markets": every conjunct undergoes it; but
                # "fined another company, Helix Systems, 340 million euros" names one.
                args.extend(Arg(a, b, role) for a, b in listed_after(view, phrase))
    if undergone is not None and not any(a.start > found.last for a in args):
        # "the ministry doubled the number of flights", "she lost her cousin and two
        # friends": a verb whose subject mostly undergoes it, with a determined object.
        args.append(Arg(undergone[0], undergone[1], ParticipantRole.PATIENT))
        args.extend(Arg(a, b, ParticipantRole.PATIENT) for a, b in listed_after(view, undergone))
    if (
        subject is not None
        and not passive
        and len(args) == 1  # the subject alone: no object after the verb
        and args[0].role is ParticipantRole.AGENT
    ):
        fronted = _relative_object(view, subject) or contact
        if fronted is not None:
            args.append(Arg(fronted[0], fronted[1], ParticipantRole.PATIENT))
    # "overturned 12 nautical miles off Selayar": how far from a place, no object.
    args = [a for a in args if not _distance_from(view, a) and not _manner(view, a)]
    if not passive and args and _moved_level(view, found):
        # "London share prices closed sharply lower", "British Gas shed 8.5 pence a
        # share to 185 pence": a price or a figure that moved undergoes the move, and
        # the amount and its direction are how far, not what was moved.
        if args[0].role is ParticipantRole.AGENT and subject is not None:
            args[0] = args[0]._replace(role=ParticipantRole.PATIENT)
        # Nor is where it moved ("dropped 46% in its steel segment").
        args = args[:1] + [
            a
            for a in args[1:]
            if not _level_words(view, a) and not (a.start > 0 and view.lower[a.start - 1] == "in")
        ]
    # "The troops moved higher into the mountains": a direction is no thing moved.
    args = [a for a in args if not _direction_only(view, found, a)]
    if (
        found.trigger.ergative
        and args
        and args[0].role is ParticipantRole.AGENT
        and not _pointing_object(view, found)
        and not _unsaid_count(view, found)
        and not _party_changes(view, found, args[0])
        and _measured_object(view, found) is None
        and not any(
            a.role is ParticipantRole.PATIENT
            and not _bare_amount(view, a)
            and view.lower[a.end - 1] not in word_class("regained")
            for a in args
        )
    ):
        # "schools closed early"; an amount is no object ("shares lost 4 percent"), nor
        # is ground won back ("the leu recovered some ground").
        args[0] = args[0]._replace(role=ParticipantRole.PATIENT)
        args[1:] = [a for a in args[1:] if view.lower[a.end - 1] not in word_class("regained")]
    measured = None if passive else _measured_object(view, found)
    if measured is not None and not any(
        a.end > measured[0] and a.start < measured[1] for a in args
    ):
        args.append(Arg(measured[0], measured[1], ParticipantRole.PATIENT))
    if found.trigger.identifies:
        args = [_identified_as(view, a) for a in args]
    if found.trigger.lemma in word_class("stage_verb") and not passive:
        _stage_passed(view, args)
    if found.trigger.held and args and view.lower[args[-1].end - 1] in word_class("held_level"):
        args[-1] = args[-1]._replace(end=args[-1].end - 1)  # "its key rate unchanged"
    if found.trigger.dative and not passive:
        args = _told_party(view, found, args)
    elif found.trigger.dative and subject is not None and args:
        # "Rafferty was told of the decision": who is told receives it.
        args[0] = args[0]._replace(role=ParticipantRole.RECIPIENT)
    if found.trigger.appeal:
        _addressed(view, found, after, args, passive)
    if not found.as_noun and found.trigger.lemma in word_class("addressee_verb"):
        _informed(view, found, after, args, passive)
    if subject is not None and args and args[0].start == subject.start:
        # "Four navy vessels, two helicopters and dozens of boats joined": each conjunct.
        role = args[0].role
        listed = listed_before(view, subject.start, subject.end)
        args.extend(Arg(a, b, role) for a, b in listed)
    _extra_args(view, found, after, args)
    directions = word_class("direction_adverb")
    for m, arg in enumerate(args):
        # "sent 140 workers home": the direction is no part of the object.
        ends = arg.start > found.last and arg.end - arg.start > 1
        if ends and view.lower[arg.end - 1] in directions:
            args[m] = arg._replace(end=arg.end - 1)
        elif ends and (kept := _manner_tail(view, arg)) is not None:
            # "changed the rule quickly": how it was done is no part of the object.
            args[m] = arg._replace(end=kept)
    return args, subject, shared


# Plural people nouns that do not end in "-s".


def _coordinated_object(view: SentenceView, found: Found, pronoun: int) -> tuple[int, int] | None:
    """ "Police arrested two men and charged them with murder": an object "them" (or
    "him", "her", "it") of a verb after "and" takes up the object of the verb before,
    in the same number, when that object runs right up to the "and" ("stopped the car
    and searched it"); else None."""
    word = view.lower[pronoun]
    conj = found.first - 1
    if word not in ("them", "him", "her", "it") or conj < 2 or view.lower[conj] != "and":
        return None
    for k in range(conj - 2, max(-1, conj - 2 - _MAX_PHRASE), -1):
        if view.lower[k] in _CLAUSE_MARKS:
            return None
        if k not in view.verbs:
            continue
        phrase = _phrase_right(view, k + 1)
        if phrase is None or phrase[1] != conj:
            return None
        last = view.tokens[phrase[1] - 1].text
        if not last.isalpha() or not last.islower():
            return None  # "arrested Smith and charged him": the registry's person
        plural = last in word_union("bare_plural", "crew_plural") or _plural_form(last)
        return phrase if plural == (word == "them") else None
    return None


def _promised_to(view: SentenceView, found: Found, after: int, args: list[Arg]) -> bool:
    """Whether the passive subject of a statement that takes two objects ("promise",
    "pledge") is the one promised: "that" or what was promised follows the verb."""
    lemma = found.trigger.lemma
    if (
        found.trigger.type is not EventType.STATEMENT
        or lemma not in word_class("double_object")
        or not args
        or args[0].end > found.first
        or after >= len(view.lower)
    ):
        return False
    word = view.lower[after]
    return word == "that" or (not _stop(view, after) and word in word_union("det", "quantifier"))


def _reporter(view: SentenceView, found: Found, inherited: Subject) -> Subject | None:
    """The subject of the reporting verb whose "that" clause holds the subject a statement
    verb after "and" would otherwise share ("Wijaya warned that further eruptions were
    likely and urged residents not to return": Wijaya urged), else None."""
    lower = view.lower
    if (
        found.as_noun
        or found.trigger.type is not EventType.STATEMENT
        or found.first < 1
        or lower[found.first - 1] not in _COORDINATING
    ):
        return None
    k = inherited.start - 1
    while k > 0 and inherited.start - k <= 2 and lower[k] != "that":
        k -= 1  # "that further eruptions": a word may open the subject before the lookup
    if k < 1 or lower[k] != "that" or "," in lower[k : found.first]:
        return None
    j = k - 1
    while j > 0 and (j in view.blocked or lower[j] in word_class("adverb")):
        j -= 1  # "warned on Monday that"
    if lower[j] not in _reporting_forms():
        return None
    subject, passive = subject_of(view, j)
    return None if subject is None or passive else Subject(subject.start, subject.end, False)


def _postposed_reporter(view: SentenceView, found: Found) -> Subject | None:
    """ "Floods destroyed 3,000 homes, the ministry said on Monday, warning that": a
    reporter's own "-ing" word (``reporter_ing``: warning, adding, saying) right after a
    reporting clause set off by a comma is the reporter's, not the reported clause's; else
    None ("Protesters marched, police said, demanding": the protesters demand)."""
    lower = view.lower
    j = found.first - 1
    if j < 2 or lower[j] != "," or lower[found.first] not in word_class("reporter_ing"):
        return None  # "Rebels attacked the town, officials said, killing four": the rebels
    j -= 1
    prep = word_class("prep")
    while j > 0 and (j in view.blocked or (lower[j] in prep and j + 1 in view.blocked)):
        j -= 1  # "said on Monday"
    if lower[j] not in _reporting_forms() or j in view.verbs:
        return None
    subject, passive = subject_of(view, j)
    if subject is None or passive or subject.start < 1 or lower[subject.start - 1] != ",":
        return None
    return Subject(subject.start, subject.end, False)


@cache
def _reporting_forms() -> frozenset[str]:
    """The written forms of the reporting verbs ("said", "warned", "called for"'s
    "called"), as the name registry reads them from ``reporting_verbs.txt``."""
    lex = name_lexicon()
    return lex.verbs | lex.demands


@cache
def _experiencers() -> frozenset[str]:
    """Verbs whose subject is harmed even with an object ("suffered minor injuries")."""
    return word_class("experiencer_verb")


def _undergoer_object(view: SentenceView, found: Found) -> tuple[int, int] | None:
    """The determined object of a verb whose subject otherwise undergoes it ("doubled
    their output", "lost her cousin", "broke down the door"), or None; an amount is
    no such object ("shares lost 4 percent", "gained a further 2%")."""
    if found.as_noun or not found.trigger.undergoer_with_object:
        return None
    n, k = len(view.lower), found.last + 1
    while (
        k < n
        and k - found.last <= 3
        and (view.lower[k] in word_class("adverb") or _ly_adverb(view, k))
    ):
        k += 1
    opener = word_union("det", "quantifier")  # "lost hundreds of businesses"
    if k >= n or k in view.blocked or view.lower[k] not in opener:
        return None
    phrase = _phrase_right(view, k)
    if phrase is None or any(
        m in view.blocked or _is_number(view.lower[m]) or view.lower[m] in word_class("amount_mark")
        for m in range(k, phrase[1])
    ):
        return None
    if view.lower[phrase[1] - 1] in word_class("regained"):
        return None  # "shares lost some ground": no thing lost
    return phrase


def _does_infinitive(view: SentenceView, found: Found) -> bool:
    """Whether a verb whose subject mostly undergoes it has an infinitive after it, which
    makes its subject the doer ("the grand jury declined to indict the officers", "she
    declined to name the supplier"; not "shares fell to a record low")."""
    n, k = len(view.lower), found.last + 1
    if found.as_noun or k + 1 >= n or view.lower[k] != "to":
        return False
    word, text = view.lower[k + 1], view.tokens[k + 1].text
    closed = word_union("det", "pronoun", "quantifier", "cardinal")
    if not (text.isalpha() and text.islower()) or word in closed or _is_number(word):
        return False
    if any(form.kind == "base" for form in form_table().get(word, ())):
        return True  # "declined to indict"
    # "declined to name the supplier", "declined to say whether": an object or a
    # question after the word makes it a verb ("fell to record lows" has none).
    after = view.lower[k + 2] if k + 2 < n else ""
    return after in word_union("det", "object_pronoun", "question_word")


# Words that open an indirect question ("declined to say whether").


# What may close a speaker's name put after the verb that reports it.
_SPEAKER_ENDS = frozenset({",", ".", "!", "?", ";"})
# Determiners that may open such a name ("warned the Maritime Forum", '," added a source').
_SPEAKER_DETS = frozenset({"the", "a", "an"})


def _postposed_speaker(view: SentenceView, found: Found) -> tuple[int, int] | None:
    """The speaker named after a reporting verb that follows a quotation ('"Prices will
    fall," warned Ana Cruz, an economist'): the inverted order of wire copy, whose name
    would otherwise be read as the one told."""
    if found.as_noun or found.trigger.type is not EventType.STATEMENT or found.first < 2:
        return None
    lower = view.lower
    before, earlier = lower[found.first - 1], lower[found.first - 2]
    quoted = (before in _CLOSE_QUOTES and earlier in _SPEAKER_ENDS) or (
        before == "," and earlier in _CLOSE_QUOTES
    )
    if not quoted or found.trigger.dative:
        # Not after a comma alone ("The minister, a lawyer, warned Congress"), nor a verb
        # that never turns round ("told the BBC").
        return None
    start = found.last + 1
    if start >= len(lower):
        return None
    head = start + 1 if lower[start] in _SPEAKER_DETS and start + 1 < len(lower) else start
    if not (is_capitalised(view.tokens[head].text) or head > start):
        return None  # '"Leave now," warned residents': who spoke, or whom it told
    phrase = _phrase_right(view, start)
    if phrase is None or (phrase[1] < len(lower) and lower[phrase[1]] not in _SPEAKER_ENDS):
        return None
    return phrase


def _reaches_level(view: SentenceView, found: Found) -> bool:
    """Whether a verb of reaching has an amount for its object ("revenue reached 64
    billion dollars", "demand hit a record 30,400 megawatts"): its subject is a measure
    that moved, and undergoes it (not "rescuers reached the village")."""
    if found.as_noun or found.trigger.lemma not in word_class("reach_verb"):
        return False
    k = found.last + 1
    lower = view.lower
    while (
        k < len(lower) and k - found.last <= _LEVEL_REACH and lower[k] in word_class("level_opener")
    ):
        k += 1
    return k < len(lower) and (_is_number(lower[k]) or lower[k] in _CURRENCY_SIGNS)


_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})
# How many words may open the amount after a verb of reaching ("hit a new all-time 4,100").
_LEVEL_REACH = 4


def _people_moving(view: SentenceView, found: Found, subject: Subject) -> bool:
    """Whether a verb of rising that is also one of bodily motion (`self_motion`) tells
    people moving themselves, who do it: "fans surged toward the gate", "passengers
    jumped into the sea" (a group of people as the subject's head), not an amount that
    moved ("shares jumped")."""
    lemma, head = found.trigger.lemma, view.lower[subject.end - 1]
    people = head in head_nouns("groups") or head in word_class("people_pronoun")
    return lemma in word_class("self_motion") and people


def _object_taker(view: SentenceView, k: int) -> bool:
    """Whether the word at ``k`` is a verb whose object an "-ing" word may open ("blamed
    rising costs", "reported falling sales", "face soaring prices"): a trigger verb, a
    lower-case past form that is no auxiliary, or a listed verb."""
    word = view.lower[k]
    if word != view.tokens[k].text or not word.isalpha():
        return False
    if word in word_union("be", "aux"):
        return False  # "prices were rising sharply": the subject is elsewhere
    return (
        k in view.verbs
        or (word.endswith("ed") and len(word) > 3)
        or (word in word_class("ing_object_verb"))
    )


def _described_by(view: SentenceView, found: Found) -> tuple[int, int] | None:
    """The noun an "-ing" word of undergoing stands before as its modifier, after a
    preposition, a determiner, "or"/"and", a verb taking it as object or at the opening
    ("crushed by falling trees or collapsing walls", "concerns about rising house prices",
    "blamed rising energy costs", "Rising costs hit"), else None."""
    trigger = found.trigger
    if found.kind != "ing" or not (trigger.undergoer or trigger.ergative):
        return None
    modifiers = word_union("prep", "det", also=_COORDINATING)
    if found.first > 0 and view.lower[found.first - 1] == "to":
        return None
    if (
        found.first > 0
        and view.lower[found.first - 1] not in modifiers
        and not _object_taker(view, found.first - 1)
    ):
        return None
    after = found.last + 1
    if after >= len(view.lower) or not view.tokens[after].text.isalpha():
        return None
    word = view.lower[after]
    if (
        not view.tokens[after].text.islower()
        or _stop(view, after)
        or word in word_class("not_described")
    ):
        return None
    if _ly_adverb(view, after) or word in word_union("det", "adverb", "quantifier"):
        return None  # "recovering slightly", "recovering some ground": no noun described
    phrase = _phrase_right(view, after)
    if phrase is None:
        return None
    for k in range(after + 1, phrase[1]):
        if view.lower[k].endswith("ed") and view.tokens[k].text.islower():
            return after, k  # "after falling wages angered staff": a verb after the noun
    return phrase


def _given_or_phrase(view: SentenceView, found: Found, k: int) -> tuple[int, int] | None:
    """What is given after a passive verb of giving ("was offered 30,000 reais to leave",
    "were offered a 3% rise"): an amount as written, else the noun phrase."""
    if found.trigger.lemma in word_class("transfer_verb"):
        given = _given_amount(view, k)
        if given is not None:
            return given
    return _phrase_right(view, k)


def _double_object(
    view: SentenceView, after: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The receiver and the thing given after a double-object verb ("offered him a job",
    "handed the families a letter", "lent Argentina $20 billion", "granted Ukraine
    candidate status"), or ``None`` when one phrase follows ("offered a rebate")."""
    n = len(view.lower)
    if view.lower[after] in word_class("object_pronoun"):
        if view.lower[after] in ("her", "it") and (
            after + 1 >= n or view.lower[after + 1] not in word_class("second_object")
        ):
            return None  # "offered her resignation": a possessive, one object
        thing = _second_object(view, after + 1)
        return ((after, after + 1), thing) if thing is not None else None
    first = _phrase_right(view, after)
    if first is None:
        return None
    start, end = first
    if end < n and end - start <= 3 and _amount_start(view, end):
        thing = _given_amount(view, end)
        return (first, thing) if thing is not None else None
    for k in range(start + 1, end):
        opens = view.lower[k] in word_class("second_object") or _amount_start(view, k)
        if (
            not opens
            and end - k <= 2
            and view.lower[end - 1] not in word_class("direction_adverb")
            and view.lower[k - 1] in head_nouns("groups")
            and view.lower[k - 1].endswith("s")
            and all(
                view.tokens[j].text.isalpha() and view.tokens[j].text.islower()
                for j in range(k, end)
            )
        ):
            # "paid their executives bonuses", "gave residents blankets": a plural noun of
            # people is no modifier ("executive bonuses"), so a bare noun after it is
            # the second object.
            return (start, k), (k, end)
        if opens and _noun_end(view, k - 1):
            thing = _second_object(view, k)
            if thing is None or _verb_after(view, thing[1]):
                return None  # "paid the bills the firm owed": a relative clause
            return (start, k), thing
    name_end = start
    while name_end < end and _name_word(view, name_end):
        name_end += 1
    if (
        start < name_end < end
        and name_end - start <= 3
        and view.tokens[name_end].text.islower()
        and view.lower[name_end] not in _NAME_JOINS
    ):
        return (start, name_end), (name_end, end)  # "granted Ukraine candidate status"
    return None


def _verb_after(view: SentenceView, k: int) -> bool:
    """A verb, an auxiliary or a lower-case "-ed" word at ``k``."""
    if k >= len(view.lower):
        return False
    text = view.tokens[k].text
    return (
        k in view.verbs
        or view.lower[k] in word_class("aux")
        or (text.islower() and text.endswith("ed") and text.isalpha())
    )


# Lower-case words that continue a name rather than open a second object ("Bank of").
_NAME_JOINS = frozenset({"of", "and", "&", "de", "for"})


def _name_word(view: SentenceView, k: int) -> bool:
    """A capitalised word of a name that is no nationality ("Ukraine", not "Ukrainian")
    nor a possessive ("Ukraine's")."""
    text = view.tokens[k].text
    return (
        is_capitalised(text)
        and text.isalpha()
        and not is_demonym(view.lower[k])
        and view.lower[k] not in word_class("det")
    )


def _noun_end(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` can end a noun phrase: a word that is no determiner,
    quantifier, preposition or conjunction ("rebels", "families", "Kyiv")."""
    word = view.lower[k]
    return (
        view.tokens[k].text.isalpha()
        and word not in word_union("det", "quantifier", "prep", "possessive_det")
        and word not in _COORDINATING
        and word not in ("of", "to")
    )


def _amount_start(view: SentenceView, k: int) -> bool:
    """An amount opens at ``k``: a number, or a currency sign or a few quantifiers before
    one ("$20 billion", "more than 300 tonnes")."""
    n = len(view.lower)
    j = k
    while j < n and j - k < _MAX_GAP:
        word = view.lower[j]
        if _is_number(word):
            return True
        sign = bool(word) and not word[:1].isalnum() and word not in _NOT_SIGNS
        if not (word in word_class("quantifier") or sign):
            return False
        j += 1
    return False


# Marks that are no currency sign before an amount.
_NOT_SIGNS = _CLAUSE_MARKS | {".", "?", "!", "'", "’", "‘"}


def _amount_run(view: SentenceView, k: int) -> tuple[int, int] | None:
    """The amount that opens at ``k`` with the noun it counts ("$20 billion", "50 tanks",
    "more than 300 tonnes of grain")."""
    n = len(view.lower)
    units = word_union("unit", "quantifier")
    end = k
    while end < n and end - k < _MAX_PHRASE:
        word = view.lower[end]
        if not (_is_number(word) or word in units or word in ("$", "€", "£", "%")):
            break
        end += 1
    if end == k:
        return None
    if end < n and not _stop(view, end) and view.tokens[end].text.isalpha():
        rest = _phrase_right(view, end)  # "50 tanks", "300 tonnes of grain"
        if rest is not None:
            end = rest[1]
    return (k, end)


def _given_amount(view: SentenceView, k: int) -> tuple[int, int] | None:
    """What passes after a verb of giving or paying when it is an amount: the amount as
    written, with what it is in, of or for ("pledged 50 million euros in aid", "paid
    between $8 million and $12 million in ransoms", "offered 5.5%"): the sum is the thing
    given, and its noun says what it buys."""
    n = len(view.lower)
    start = k
    if k + 2 < n and view.lower[k] == "a" and view.lower[k + 1] in _AMOUNT_ARTICLE:
        k += 2  # "sold a net 1.3 trillion won of shares"
    elif _currency_prefix(view, k):
        k += 1  # "offered A$21.40 a share": the amount from its sign
    elif k + 1 < n and view.lower[k] in ("a", "an") and _amount_start(view, k + 1):
        k += 1  # "paid a $5 million fine", "offered an 8% rise": the sum and its noun
    if k < n and view.lower[k] in word_class("amount_range"):
        first = _amount_end(view, k + 1)  # "between $8 million and $12 million"
        if first is None or first + 1 >= n or view.lower[first] not in ("and", "to"):
            return None
        end = _amount_end(view, first + 1)
    else:
        end = _amount_end(view, k)
    if end is None:
        return None
    if end + 1 < n and view.lower[end] in word_class("amount_thing"):
        if (
            end + 1 in view.blocked
            or _is_number(view.lower[end + 1])
            or (view.lower[end] == "for" and is_capitalised(view.tokens[end + 1].text))
        ):
            # "paid $6 billion in 2023", "lent $5 billion for 10 years"; "pledged $50
            # million for Sudan" names who receives it, not what it is.
            return (start, end)
        thing = _phrase_right(view, end + 1)
        return (start, thing[1]) if thing is not None else (start, end)
    if (
        end < n
        and end not in view.blocked
        and view.tokens[end].text.isalpha()
        and view.lower[end] not in word_class("preverb_adverb")
        and not _stop(view, end)
        and end not in view.verbs
    ):
        counted = _phrase_right(view, end)  # "sent 45 tanker trucks", "30,000 reais"
        if counted is not None:
            return (start, counted[1])
    return (start, end)


def _currency_prefix(view: SentenceView, k: int) -> bool:
    """ "A$21.40", "HK$3 billion": capitals written against the sign that follows them."""
    token = view.tokens[k]
    return (
        k + 2 < len(view.lower)
        and token.text.isupper()
        and view.lower[k] in word_class("currency_prefix")
        and view.tokens[k + 1].start == token.end
        and view.lower[k + 1] == "$"
        and _is_number(view.lower[k + 2])
    )


def _amount_end(view: SentenceView, k: int) -> int | None:
    """Where the amount that opens at ``k`` ends ("about $12 million", "more than 5.5 %",
    "up to 200"), or ``None`` when no number opens there."""
    n = len(view.lower)
    if not _amount_start(view, k):
        return None
    units = word_union("unit", "quantifier")
    end, seen = k, False
    while end < n and end - k < _MAX_PHRASE:
        word = view.lower[end]
        if _is_number(word):
            seen = True
        elif not (word in units or (word == "to" and view.lower[end - 1] == "up")):
            sign = bool(word) and not word[:1].isalnum() and word not in _NOT_SIGNS
            if not sign or (seen and word != "%"):
                break  # a sign opens the next amount; "%" closes this one
        end += 1
    return end if seen else None


def _second_object(view: SentenceView, k: int) -> tuple[int, int] | None:
    """The thing given, from ``k``: an amount or a noun phrase."""
    if k >= len(view.lower):
        return None
    if _amount_start(view, k):
        return _given_amount(view, k)
    return _phrase_right(view, k)


_APPOSITION_ENDS = frozenset({",", "that", ".", ";", ":"})


def _named_apposition(view: SentenceView, arg: Arg) -> Arg:
    """ "told the national federation, Athletics Kenya, that": the name set beside a
    common noun is how a reader names the party ("fined another American company, Helix
    Systems, 340 million euros": the company)."""
    n = len(view.lower)
    j = arg.end + 1
    if j >= n or view.lower[arg.end] != "," or not view.tokens[arg.end - 1].text.islower():
        return arg  # no apposition, or the party is named already
    m = j
    while m < min(n, j + _MAX_PHRASE) and (
        is_capitalised(view.tokens[m].text)
        or (m > j and view.lower[m] in ("of", "and", "for") and m + 1 < n)
    ):
        m += 1
    named = m > j and is_capitalised(view.tokens[m - 1].text)
    if named and (m == n or view.lower[m] in _APPOSITION_ENDS):
        return Arg(j, m, arg.role)
    return arg


def _asks_of(view: SentenceView, i: int) -> bool:
    """Whether the word at ``i`` follows the party an appeal addresses: "to" + a verb
    ("urged residents to leave", not "urged an end to the fighting"), "not", "for"."""
    n = len(view.lower)
    if i >= n:
        return False
    if view.lower[i] != "to":
        return view.lower[i] in word_class("appeal_next")
    k = i + 1
    if k + 1 < n and view.lower[k] in _QUOTE_MARKS:
        k += 1  # 'asked her to "look again"'
    if k >= n:
        return False
    word, text = view.lower[k], view.tokens[k].text
    closed = word_union("det", "pronoun", "quantifier")
    return text.isalpha() and text.islower() and word not in closed


def _past_tail(view: SentenceView, end: int) -> int:
    """Where "to" stands after a short prepositional tail of an addressee ("asked people
    with minor injuries to visit", "urged residents of the valley to leave"), else
    ``end``: the tail describes whom the appeal addresses."""
    n = len(view.lower)
    if end >= n or view.lower[end] not in word_class("prep") or view.lower[end] in ("to", "for"):
        return end
    for k in range(end + 1, min(n, end + _MAX_GAP + 1)):
        word = view.lower[k]
        if word == "to":
            return k
        if _stop(view, k) or k in view.verbs or word in _COORDINATING:
            return end
    return end


def _addressed(
    view: SentenceView, found: Found, after: int, args: list[Arg], passive: bool
) -> None:
    """An appeal's addressee receives it, as the one told does: "urged residents to
    leave", "called on the government to resign", "residents were urged to leave"; what
    is asked for stays the patient ("urged calm", "called for new elections")."""
    patient = ParticipantRole.PATIENT
    if passive:
        # "Asked to comment, a spokesman said": an opening participle's subject follows it.
        opening = not any(w[:1].isalnum() for w in view.lower[: found.first])
        asks = _asks_of(view, after) or _asks_of(view, _past_doer(view, after))
        for k, arg in enumerate(args):
            subject = arg.end <= found.first or (opening and k == 0 and arg.start > found.last)
            if arg.role is patient and subject and asks:
                args[k] = arg._replace(role=ParticipantRole.RECIPIENT)
        return
    objects = [k for k, a in enumerate(args) if a.role is patient and a.start >= after]
    if not objects:
        return
    if found.last > found.first:
        # "called on X", "appealed to X": the particle names the addressee; "called for
        # X" names what is asked for.
        addressed = _appeal(view, found.last)
    else:
        first = args[objects[0]]
        # "warned investors of further losses": the addressee ends before what it is
        # warned of (not "the Bank of England", "the people of Gaza").
        cut = next(
            (
                k
                for k in range(first.start + 1, first.end - 1)
                if view.lower[k] in word_class("appeal_next")
                and not is_capitalised(view.tokens[k + 1].text)
            ),
            None,
        )
        if cut is not None:
            args[objects[0]] = first._replace(end=cut)
            objects = objects[:1]
        end = max(args[k].end for k in objects)
        addressed = cut is not None or _asks_of(view, end) or _asks_of(view, _past_tail(view, end))
    if addressed:
        for k in objects:
            args[k] = args[k]._replace(role=ParticipantRole.RECIPIENT)


def _past_doer(view: SentenceView, after: int) -> int:
    """Where the words after a passive appeal go on past a time and a "by" phrase ("was
    asked Thursday about", "has been asked by the government to suspend"), so what is
    asked still shows who was asked."""
    n = len(view.lower)
    k = after
    while k < n and k in view.blocked:
        k += 1
    if k < n and view.lower[k] == "by" and (doer := _by_phrase(view, k + 1)) is not None:
        k = doer[1]
    return k


def _informed(view: SentenceView, found: Found, after: int, args: list[Arg], passive: bool) -> None:
    """Whom a verb of letting know addresses receives it ("had warned Adif twice",
    "notified regulators of the recall", "the council had been warned")."""
    patient = ParticipantRole.PATIENT
    for k, arg in enumerate(args):
        if arg.role is not patient:
            continue
        if passive and arg.end <= found.first:
            args[k] = arg._replace(role=ParticipantRole.RECIPIENT)
        elif not passive and arg.start >= after:
            cut = next(
                (
                    j
                    for j in range(arg.start + 1, arg.end - 1)
                    if view.lower[j] in word_class("appeal_next")
                    and not is_capitalised(view.tokens[j + 1].text)
                ),
                arg.end,
            )
            args[k] = arg._replace(role=ParticipantRole.RECIPIENT, end=cut)


def _by_phrase(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The doer after "by": the phrase there, or past a span of time ("triggered by three
    days of torrential rain", "caused by weeks of heavy rain": the rain)."""
    k = start
    while k < len(view.lower) and k in view.blocked and k - start < _MAX_PHRASE:
        k += 1
    if k > start and k + 1 < len(view.lower) and view.lower[k] == "of":
        return _phrase_right(view, k + 1)
    if (
        start + 1 < len(view.lower)
        and view.lower[start].endswith("ing")
        and view.tokens[start + 1].text.isalpha()
        and view.tokens[start + 1].text.islower()
        and any(
            f.kind == "ing" and f.trigger.intransitive for f in _trigger_forms(view.lower[start])
        )
        and (rest := _phrase_right(view, start + 1)) is not None
        and rest[0] == start + 1
    ):
        # "crushed by falling trees": an intransitive "-ing" word describes the doer.
        return start, rest[1]
    return _phrase_right(view, start)


def _told_clause_start(view: SentenceView, start: int, end: int) -> int | None:
    """Where the reported clause's subject starts inside a phrase right after a verb of
    telling ("told the court Coyle had", "told the judge Smith was"): the name after the
    lower-case noun of the one told, when a verb or an auxiliary follows the phrase; else
    None ("told the rapper Drake the news": one phrase)."""
    if start < 1 or start - 1 not in view.verbs or end >= len(view.lower):
        return None
    if not any(f.trigger.dative for f in _trigger_forms(view.lower[start - 1])):
        return None
    if not (end in view.verbs or view.lower[end] in word_class("aux")):
        return None
    for k in range(start + 1, end):
        before, text = view.tokens[k - 1].text, view.tokens[k].text
        if before.isalpha() and before.islower() and is_capitalised(text):
            return k
    return None


def _told_party(view: SentenceView, found: Found, args: list[Arg]) -> list[Arg]:
    """ "told reporters": the object of a verb of telling receives it; a gathering told
    ("told a news conference", "a briefing") is the occasion, no party to it."""
    out = []
    opens = word_union("det", "pronoun")
    for arg in args:
        if arg.role is ParticipantRole.PATIENT and arg.start > found.last:
            if view.lower[arg.end - 1] in word_class("audience_noun"):
                continue
            # "told senators the bill was flawed": the reported clause opens at its
            # determiner or pronoun, after the one told.
            end = next((k for k in range(arg.start + 1, arg.end) if view.lower[k] in opens), 0)
            # "told the court Coyle had called her": the clause opens at the name.
            end = end or _told_clause_start(view, arg.start, arg.end) or 0
            arg = arg._replace(role=ParticipantRole.RECIPIENT, end=end or arg.end)
            arg = _named_apposition(view, arg)
        out.append(arg)
    after = found.last + 1
    if (
        after < len(view.lower)
        and view.lower[after] in word_class("object_pronoun")
        and not any(a.start == after for a in out)
    ):
        out.append(Arg(after, after + 1, ParticipantRole.RECIPIENT))  # "told him that"
    return out


_BETWEEN_REACH = 12


def _between_sides(
    view: SentenceView, subject: Subject
) -> tuple[tuple[int, int], list[Arg]] | None:
    """ "talks between the RMT union and train operators collapsed": when the phrase read
    as a verb's subject is the second side after "between", the subject is the noun
    before "between" and both sides are others; else ``None``."""
    k = subject.start - 1
    if k < 2 or view.lower[k] != "and":
        return None  # most subjects: no "and" right before them
    stop = max(0, k - _BETWEEN_REACH)
    while k > stop and view.lower[k] != "between":
        word = view.lower[k]
        if (
            k in view.verbs
            or k in view.blocked
            or (word in _CLAUSE_MARKS and word not in ("(", ")"))
        ):
            return None
        k -= 1
    if view.lower[k] != "between" or k < 1:
        return None
    head = _phrase_left(view, k)  # "Clashes near Kibati between ...": the clashes
    first = _phrase_right(view, k + 1)
    if head is None or first is None:
        return None
    return head, [
        Arg(first[0], first[1], ParticipantRole.OTHER),
        Arg(subject.start, subject.end, ParticipantRole.OTHER),
    ]


def _stage_passed(view: SentenceView, args: list[Arg]) -> None:
    """ "The bill passed its third reading": when the object of "pass" is a stage, the
    subject undergoes the passing and the stage is another party."""
    for n, arg in enumerate(args):
        if arg.role is ParticipantRole.PATIENT and view.lower[arg.end - 1] in word_class(
            "stage_noun"
        ):
            args[n] = arg._replace(role=ParticipantRole.OTHER)
            for m, other in enumerate(args):
                if other.role is ParticipantRole.AGENT:
                    args[m] = other._replace(role=ParticipantRole.PATIENT)
            return


_OBJECT_RELATIVES = frozenset({"whom", "which"})


def _relative_object(view: SentenceView, subject: Subject) -> tuple[int, int] | None:
    """ "her husband, Chike Okonjo, whom she married", "the car, which the gang had
    stolen": the phrase before "whom"/"which" is the object of the verb after its
    subject."""
    k = subject.start - 1
    if k >= 1 and view.lower[k] == "that" and view.lower[k - 1] != ",":
        # "a 25% resource-rent tax on aquaculture that Norway introduced in 2023": "that"
        # after a noun phrase opened by a determiner or a count is its relative pronoun.
        phrase = _phrase_left(view, k)
        if phrase is None or _reported_before(view, phrase[0]):
            return None  # "said in the chamber that she would vote": what was said
        opening = view.lower[max(0, phrase[0] - 1) : phrase[0] + 1]
        counted = any(
            w in word_class("det") or _is_number(w) or w == "%" or possessive(w) for w in opening
        )
        return phrase if counted and k - 1 not in view.verbs else None
    if (contact := _contact_object(view, subject)) is not None:
        return contact
    if k < 1 or view.lower[k] not in _OBJECT_RELATIVES:
        return None
    end = k - 1 if view.lower[k - 1] == "," else k
    if end <= 0:
        return None
    phrase = _phrase_left(view, end)
    if view.lower[k] == "which":
        # "A spokesman for the Bharatiya Janata Party, which Deshpande left": "which"
        # stands for the thing right before it, not for the person heading the phrase.
        inner = _phrase_left(view, end, nested=True)
        if inner is not None and inner[0] > 0 and view.lower[inner[0] - 1] in word_class("prep"):
            return inner
    return phrase


def _contact_name(view: SentenceView, found: Found, subject: Subject) -> int | None:
    """Where the name starts in a subject phrase "a charge Gonzalez" before a verb with no
    object ("a charge Gonzalez denied.", "the documents Smith signed last year"): a
    contact relative clause, its object the common noun phrase before the name, when a
    comma, a verb or a preposition governs that phrase (not a clause's opening subject,
    "The company Apple announced") and its head is no role or body ("the rapper Drake")."""
    start, end = subject.start, subject.end
    lower = view.lower
    if end != found.first or end - start < 3 or start < 1 or found.kind != "ed":
        return None
    if any(f.trigger.intransitive for f in _trigger_forms(lower[found.first])):
        return None
    if _object_at(view, found.last + 1):
        return None  # an object follows: "the rapper Drake denied the claims"
    cut = end
    while cut > start and is_capitalised(view.tokens[cut - 1].text):
        cut -= 1
    if cut == end or end - cut > _CONTACT_NAME_WORDS or cut - start < 2:
        return None
    if lower[start] not in _OBJECT_DETS and not _is_number(lower[start]):
        return None
    head = view.tokens[cut - 1].text
    if not (head.isalpha() and head.islower()) or head in _described_heads():
        return None
    governor = start - 1
    word = lower[governor]
    governed = word == "," or governor in view.verbs or word in word_class("prep")
    return cut if governed and governor > _first_content(view) else None


def _object_at(view: SentenceView, k: int) -> bool:
    """Whether a word at ``k`` may start the object of the verb before it: a word, not
    blocked, no preposition (what a contact relative's verb must not have)."""
    lower = view.lower
    return (
        k < len(lower)
        and lower[k][:1].isalnum()
        and k not in view.blocked
        and lower[k] not in word_class("prep")
    )


# A contact relative's subject name has at most this many words ("Juan Miguel Gonzalez").
_CONTACT_NAME_WORDS = 3
# Auxiliaries between a contact relative's subject and its verb ("the weapons the rebels
# had stockpiled"); not "were", which makes a passive.
_CONTACT_AUX = frozenset({"had", "has", "have"})


def _before_contact_clause(view: SentenceView, phrase: tuple[int, int]) -> tuple[int, int]:
    """ "shot down 40 of the 57 drones Russia launched overnight": an object phrase whose
    last words are a name right before a verb with no object of its own ends before the
    name, which is the subject of a contact relative clause, not what the verb before
    the phrase took. Only after a determined common noun that no name describes ("the
    rapper Drake" stays whole)."""
    start, end = phrase
    lower, n = view.lower, len(view.lower)
    verb = end + 1 if end < n and lower[end] in _CONTACT_AUX else end
    if verb >= n or not (verb in view.verbs or _past_verb(view, verb)):
        return phrase
    if lower[verb].endswith("ing"):
        return phrase  # "an emergency Security Council meeting": a noun, no clause
    after = verb + 1
    while after < n and lower[after] in word_class("adverb"):
        after += 1
    cut = end
    while cut > start and is_capitalised(view.tokens[cut - 1].text):
        cut -= 1
    if start < cut < end and lower[cut - 1] == "the":
        cut -= 1  # "the boats the Houthis had launched": the name's own article
    if cut == end:
        # "the weapons the rebels had stockpiled", "the bridge the Russian troops had
        # crossed": a determined subject of its own.
        det = next((k for k in range(end - 1, max(start, end - 4), -1) if lower[k] == "the"), None)
        plain = det is not None and all(view.tokens[k].text.isalpha() for k in range(det, end))
        cut = det if plain and det is not None and det + 1 < end else end
    if cut == end or end - cut > _CONTACT_NAME_WORDS or cut - start < 2:
        return phrase
    # "the plane the crew reported damaged": two determined nouns in a row are never one
    # phrase, whatever the clause's verb takes after it.
    determined = lower[cut] == "the"
    follows = _object_at(view, after)
    if follows and not determined and not _object_pronoun_last(view, after):
        return phrase  # an object follows: "the rapper Drake denied the claims"
    head = view.tokens[cut - 1].text
    if not (head.isalpha() and head.islower()):
        return phrase
    # "the rapper Drake" names the rapper, but "confirmed the judge Biden nominated" is a
    # clause: its verb ends the sentence or a clause, or a preposition follows.
    passive = after < n and lower[after] == "by"
    if head in _described_heads() and not determined:  # noqa: SIM102
        if follows or head in word_class("time_head") or passive:
            return phrase
    # Words that cannot end the noun phrase a contact relative clause describes.
    if head in word_union("det", "prep", "quantifier", "cardinal", "clause") or _is_number(head):
        return phrase  # "the trial of two Libyans suspected of": a count, "of the goods"
    if not any(w in _OBJECT_DETS or _is_number(w) for w in lower[start : cut - 1]):
        return phrase
    return start, cut


def _object_pronoun_last(view: SentenceView, i: int) -> bool:
    """Whether ``i`` is an object pronoun that ends its clause ("the bill Congress sent
    him."): a contact clause's verb taking a second object, never a new clause's object."""
    lower = view.lower
    if lower[i] not in word_class("object_pronoun"):
        return False
    nxt = lower[i + 1] if i + 1 < len(lower) else ""
    return not nxt[:1].isalnum() or nxt in word_class("prep")


@cache
def _described_heads() -> frozenset[str]:
    """Nouns that a name after them describes rather than follows as a subject ("the
    rapper Drake", "the company Apple"): roles, bodies, times."""
    return head_nouns("roles") | head_nouns("organization_nouns") | word_class("time_head")


def _contact_object(view: SentenceView, subject: Subject) -> tuple[int, int] | None:
    """ "stripped him of the stage he won", "returned the money they took": a determined
    noun phrase right before a subject pronoun, with no relative pronoun between, is the
    object of the verb after it, when a verb or a preposition inside the clause governs
    that phrase (not one opening the sentence: "In the city they arrested"). Not before
    an intransitive verb ("the morning he arrived") nor one whose preposition is left
    stranded ("the hotel they fled to on Friday"), nor a time ("the day he returned")."""
    k = subject.start
    pronoun = subject.end - k == 1 and view.lower[k] in word_class("contact_subject")
    # "the weapons the gang had hidden": a determined subject of a common noun or two.
    determined = view.lower[k] == "the" and 2 <= subject.end - k <= 3
    if not (pronoun or determined) or k < 2:
        return None
    lower, n = view.lower, len(view.lower)
    verb = next((j for j in range(subject.end, min(n, subject.end + 3)) if j in view.verbs), None)
    if verb is None or any(f.trigger.intransitive for f in _trigger_forms(lower[verb])):
        return None
    after, prep = verb + 1, word_class("prep")
    if (
        after < n
        and lower[after] in prep
        and (after + 1 >= n or not lower[after + 1][:1].isalnum() or lower[after + 1] in prep)
    ):
        return None  # "the hotel they fled to on Friday": the preposition's, not the verb's
    last = k - 1
    if not view.tokens[last].text.isalpha() or not view.tokens[last].text.islower():
        return None
    if _stop(view, last) or _past_verb(view, last) or _reported_before(view, last):
        return None
    phrase = _phrase_left(view, k, nested=True)
    if phrase is None or phrase[1] != k:
        return None
    if view.lower[phrase[0]] not in _OBJECT_DETS and not _is_number(view.lower[phrase[0]]):
        return None
    if lower[phrase[1] - 1] in word_class("time_head"):
        return None  # "on the day he returned to Lagos": when, not what
    governor = phrase[0] - 1
    if governor <= _first_content(view):
        return None
    word = view.lower[governor]
    if governor in view.verbs or (word in word_class("prep") and word not in _SINCE_FROM):
        return phrase
    return None


_TOLD_REACH = 3


def _told_before(view: SentenceView, i: int) -> bool:
    """Whether a verb of telling comes a few words before token ``i`` ("told the BBC",
    "assured reporters"): the one told, after which a new phrase opens what was told."""
    told = word_class("tell_verb")
    return any(w in told for w in view.lower[max(0, i - _TOLD_REACH) : i])


def _reported_before(view: SentenceView, start: int) -> bool:
    """Whether a reporting or telling verb stands a few words before the phrase at
    ``start`` ("said in a statement that", "told reporters outside the court that")."""
    reporting = word_union("reporting", "tell_verb")  # "warned residents that"
    return any(w in reporting for w in view.lower[max(0, start - 4) : start])


def _identified_as(view: SentenceView, arg: Arg) -> Arg:
    """ "identified him as Sorin Vlad": the name after "as" is who the object is."""
    k = arg.end
    if (
        arg.role is not ParticipantRole.PATIENT
        or k + 1 >= len(view.lower)
        or view.lower[k] != "as"
        or not _capitalised_name(view.tokens[k + 1].text)
    ):
        return arg
    phrase = _phrase_right(view, k + 1)
    return Arg(phrase[0], phrase[1], arg.role) if phrase is not None else arg


def _elliptical_passive(
    view: SentenceView, found: Found, subject: Subject | None, inherited: Subject | None
) -> bool:
    """Whether ``found`` is a participle after "and" + a count, sharing the auxiliary of
    a passive before it ("five soldiers were killed and more than a dozen wounded")."""
    if subject is None or inherited is None or not inherited.passive or found.kind != "ed":
        return False
    if found.trigger.intransitive or subject.end != found.first or subject.start < 1:
        return False
    if view.lower[subject.start - 1] not in ("and", ","):
        return False
    first = view.lower[subject.start]
    return _is_number(first) or first in word_union("quantifier", "cardinal")


def _manner(view: SentenceView, arg: Arg) -> bool:
    """Whether the phrase is only how it was done ("expanded too quickly", "grew very
    fast"): degree words and "-ly" adverbs, no object."""
    if arg.role is not ParticipantRole.PATIENT:
        return False
    degree = word_class("degree")
    start = arg.start
    if view.lower[start] in _POINTING and start + 1 < arg.end:
        start += 1  # "changed this quickly": "this" is an object, though no participant
    if view.lower[start] not in degree and not view.lower[start].endswith("ly"):
        return False  # most objects: a noun first
    return all(view.lower[k] in degree or _ly_adverb(view, k) for k in range(start, arg.end))


_POINTING = frozenset({"this", "that", "these", "those"})


# Comparatives that grade an adverb after them ("more painfully"), besides ``degree``.
_COMPARATIVES = frozenset({"more", "less", "most", "least"})


def _manner_tail(view: SentenceView, arg: Arg) -> int | None:
    """Where an object ends before the "-ly" adverb (and its degree words) that closes it
    ("the rule quickly", "the plant too leniently"): how it was done; None when there is
    none, or when the adverb tells of a word cut off after it ("terms of a previously",
    "sharply than previously")."""
    if not _ly_adverb(view, arg.end - 1):
        return None
    end = arg.end - 1
    degrees = word_class("degree") | _COMPARATIVES
    while end > arg.start + 1 and (view.lower[end - 1] in degrees or _ly_adverb(view, end - 1)):
        end -= 1
    before = view.lower[end - 1]
    if (
        end <= arg.start
        or before in word_union("det", "prep")
        or before in degrees
        or before == "than"
    ):
        return None
    return end


def _distance_from(view: SentenceView, arg: Arg) -> bool:
    """Whether the phrase is a distance before a place's preposition ("12 nautical miles
    off Selayar", "5 km from the runway", "20 miles north of Kyiv")."""
    if arg.role is not ParticipantRole.PATIENT or arg.end >= len(view.lower):
        return False
    first = view.lower[arg.start]
    if not (_is_number(first) or first in word_union("quantifier", "cardinal")):
        return False
    if view.lower[arg.end - 1] not in word_class("distance_unit"):
        return False
    return view.lower[arg.end] in word_union("place_prep", "compass", also=_FROM)


_FROM = frozenset({"from"})


def _pointing_object(view: SentenceView, found: Found) -> bool:
    """Whether a bare "that", "this" or "it" right after the verb is its object, with no
    noun after it ("The closure of the mines changed that.", "changed that in 2019, when",
    "changed this in ways few predicted"): an object, though no participant. Not "changed
    that year", where the word points at a noun."""
    k, n = found.last + 1, len(view.lower)
    if k >= n or view.lower[k] not in ("that", "this", "it", "those", "these"):
        return False
    if k + 1 >= n or view.lower[k] == "it":
        return True
    after = view.lower[k + 1]
    return (
        not after[:1].isalnum()
        or after in word_union("prep", "clause", "conjunction")
        or _ly_adverb(view, k + 1)
    )


def _moved_level(view: SentenceView, found: Found) -> bool:
    """Whether the verb is told as a level's move: a direction after it, with or without
    an amount ("closed sharply lower", "settled 42.0 points lower", "closed unchanged"),
    or, for a verb whose subject may undergo it, a bare amount ("dropped 46% in its
    steel segment", "shed 8.5 pence a share to close at 185 pence"); a doer has an
    object instead ("shed 500 jobs", "posted lower earnings", "offer 15% to 20% of")."""
    if found.as_noun:
        return False
    n, k = len(view.lower), found.last + 1
    while k < n and (view.lower[k] in word_class("adverb") or _ly_adverb(view, k)):
        k += 1
    level = word_union("amount_tail", "held_level")
    if k < n and view.lower[k] in level and view.lower[k] not in ("up", "down"):
        if not view.tokens[k].text.islower() or _moved_along(view, found, k):
            return False  # "closed Lower Manhattan streets"; "flew lower over the valley"
        return _level_ends(view, k + 1)
    # "inched up 3.7%", "edged down 0.2 points": a particle before a level's figure.
    particle = view.lower[found.last] in ("up", "down") or (
        k < n and view.lower[k] in ("up", "down")
    )
    if k < n and view.lower[k] in ("up", "down"):
        k += 1
    end = _level_amount(view, k)
    if end is None:
        return False
    if end < n and view.lower[end] in level:
        return _level_ends(view, end + 1)  # "settled 42.0 points lower"
    measured = _level_measured(view, k, end)
    if not (found.trigger.ergative or found.trigger.undergoer or (particle and measured)):
        return False
    # "dropped 46%", "fell 5% in March", "rose 87.5 cents to $38.875"; not "shed 500
    # jobs", "46% of its staff", a range of a thing ("15% to 20% of the business").
    if end < n and view.lower[end] == "to" and (upper := _level_amount(view, end + 1)):
        return upper >= n or view.lower[upper] != "of"
    # A bare count with no measure ("The automaker shed 3,000 in Europe") is of a thing
    # left unsaid (jobs), not how far a level moved.
    return measured and _level_ends(view, end) and (end >= n or view.lower[end] != "of")


def _direction_only(view: SentenceView, found: Found, arg: Arg) -> bool:
    """Whether a phrase after the verb is only a direction or a level ("higher",
    "unchanged"): how the subject went, not what it acted on."""
    if arg.start <= found.last:
        return False
    level = word_union("amount_tail", "held_level")
    return all(w in level for w in view.lower[arg.start : arg.end])


def _party_changes(view: SentenceView, found: Found, arg: Arg) -> bool:
    """Whether a verb whose bare subject undergoes it only when that is a thing
    (``party_doer_verb``: "the rules changed") has a party for its subject, who does it
    ("The coach changed at half-time", "Riot police changed into protective gear",
    "Borussia Dortmund changed at the break"): a name after the first word, a role, a
    body, people or a personal pronoun."""
    if found.as_noun or found.trigger.lemma not in word_class("party_doer_verb"):
        return False
    if arg.end > found.first:
        return False
    # "Shares in Swatch Group and Richemont": the head stands before a preposition.
    end = next(
        (k for k in range(arg.start + 1, arg.end) if view.lower[k] in word_class("prep")), arg.end
    )
    head = view.tokens[end - 1].text
    word = head.lower()
    if head[:1].isupper() and end - 1 > 0:
        return True
    singular = word[:-1] if word.endswith("s") else word
    # "NATO's mission has changed": a body's own body noun is a thing it has.
    owned = any(possessive(view.tokens[k].text) for k in range(arg.start, end - 1))
    bodies = frozenset() if owned else head_nouns("organization_nouns")
    return (
        word in _roles()
        or singular in _roles()
        or word in bodies
        or singular in bodies
        or word in head_nouns("groups")
        or word in word_union("people_pronoun", "pronoun") - {"it"}
    )


def _measured_object(view: SentenceView, found: Found) -> tuple[int, int] | None:
    """The object told after how far it moved ("increased by 30% the number of
    inspections", "cut by half the time it takes"): a determined noun phrase right after
    "by" and an amount, which the subject acts on; else None."""
    k, n = found.last + 1, len(view.lower)
    if found.as_noun or k >= n or view.lower[k] != "by":
        return None
    end = _level_amount(view, k + 1)
    if end is None and k + 1 < n and view.lower[k + 1] in word_class("level_fraction"):
        end = k + 2
    if end is None or end >= n or view.lower[end] not in _OBJECT_DETS:
        return None
    phrase = _phrase_right(view, end)
    return phrase if phrase is not None and phrase[1] > phrase[0] else None


def _unsaid_count(view: SentenceView, found: Found) -> bool:
    """Whether a bare count with no measure follows a verb that mostly counts what it
    removes ("The automaker shed 3,000 in Europe"): the count of a thing left unsaid
    (jobs), its object; not a level's move ("shed 11 to 10.86", "shed 8.5 pence")."""
    if found.as_noun or found.trigger.lemma not in word_class("count_object"):
        return False  # "the Conservatives dropped 3": points, how far they fell
    k, n = found.last + 1, len(view.lower)
    end = _level_amount(view, k)
    if end is None or _level_measured(view, k, end):
        return False
    if end < n and view.lower[end] in word_class("amount_tail"):
        return False  # "shed 12 lower"
    # "shed 12 in Madrid to 480 euros": the end figure tells a level.
    return not any(
        view.lower[m] == "to" and _level_amount(view, m + 1) is not None
        for m in range(end, min(n, end + 5))
    )


def _moved_along(view: SentenceView, found: Found, k: int) -> bool:
    """Whether a direction at ``k`` tells a way travelled, not a level: a path follows it
    ("pushed higher toward the summit", "marched higher up the hill"), or the verb is one
    of going only, whose subject never undergoes it ("The helicopter flew lower than
    permitted"; not "Stocks moved higher")."""
    if k + 1 < len(view.lower) and view.lower[k + 1] in word_class("level_path"):
        return True
    trigger = found.trigger
    return (
        trigger.type is EventType.MOVEMENT
        and trigger.intransitive
        and not (trigger.ergative or trigger.undergoer)
    )


def _level_measured(view: SentenceView, start: int, end: int) -> bool:
    """Whether the figure from ``start`` to ``end`` has a level's measure: a currency sign,
    a percentage, points, pence or a currency ("8.5 pence a share", "3.7 %"), not a bare
    count ("3,000") nor only a multiplier ("3 million")."""
    if view.lower[start] in _CURRENCY_SIGNS:
        return True
    plain = word_class("level_multiplier")
    return any(w not in plain for w in view.lower[start + 1 : end])


def _level_ends(view: SentenceView, k: int) -> bool:
    """Whether the words from ``k`` leave a level's direction or amount without a noun
    after it ("closed lower Friday", "lower in Paris", "lower again"; not "accept lower
    prices", "posted higher sales", "closed lower Broadway")."""
    if k >= len(view.lower):
        return True
    word, text = view.lower[k], view.tokens[k].text
    return (
        not text[:1].isalpha()
        or (text[:1].isupper() and word in word_class("calendar_owner"))
        or word in word_union("prep", "adverb")
        or _ly_adverb(view, k)
        or word in _LEVEL_AFTER
    )


_LEVEL_AFTER = frozenset(
    {"again", "yesterday", "today", "on", "in", "at", "to", "from", "for", "as", "but", "and"}
    | {"while", "when", "after", "amid", "than", "despite"}
)
_CURRENCY_SIGNS = frozenset({"$", "c$", "us$", "a$", "#", "£", "€", "¥"})


def _level_amount(view: SentenceView, k: int) -> int | None:
    """Where a figure a level is told in ends, when one starts at ``k`` ("3.7 %",
    "$ 2.35 billion", "8.5 pence a share", "42.0 points"); None when none does."""
    n = len(view.lower)
    if k < n and view.lower[k] in _CURRENCY_SIGNS:
        k += 1
    if k >= n or not _is_number(view.lower[k]):
        return None
    k += 1
    units = word_union("unit", "level_unit", also=frozenset({"%"}))
    while k < n and (
        view.lower[k] in units
        or (view.lower[k] == "a" and k + 1 < n and view.lower[k + 1] in word_class("level_unit"))
    ):
        k += 1
    return k


def _level_words(view: SentenceView, arg: Arg) -> bool:
    """Whether the phrase only tells how far a level moved ("lower", "8.5 pence a share",
    "unchanged"): an amount or a direction, no thing moved."""
    words = view.lower[arg.start : arg.end]
    units = word_union(
        "unit", "level_unit", "amount_tail", "held_level", "quantifier", also=frozenset({"a"})
    )
    return _bare_amount(view, arg) or all(
        w in units or _is_number(w) or not w[:1].isalnum() for w in words
    )


def _bare_amount(view: SentenceView, arg: Arg) -> bool:
    """Whether the phrase is only an amount ("4 percent", "$2 billion"), no thing counted."""
    units = word_union("unit", "quantifier", "amount_tail")
    if arg.start > 0 and _is_number(view.lower[arg.start - 1]):
        arg = arg._replace(start=arg.start - 1)  # "10 basis points", the count left out
    return _is_number(view.lower[arg.start]) and all(
        _is_number(w) or w in units or not w[:1].isalnum() for w in view.lower[arg.start : arg.end]
    )


def _charged_with(view: SentenceView, found: Found) -> Subject | None:
    """The one accused of an "-ing" happening ("accused the vessel of carrying cargo",
    "suspected two men of smuggling"), who does it; None elsewhere."""
    i = found.first
    if found.kind != "ing" or i < 3 or view.lower[i - 1] != "of":
        return None
    table = form_table()
    for k in range(i - 2, max(-1, i - 2 - _MAX_PHRASE), -1):
        forms = table.get(view.lower[k], ())
        if k in view.verbs and any(f.trigger.lemma in word_class("of_charge") for f in forms):
            if k + 1 >= i - 1 or view.lower[k + 1] in word_class("be"):
                return None  # "was accused of": the passive subject, read elsewhere
            phrase = _phrase_right(view, k + 1)
            if phrase is None:
                return None
            phrase = _before_charge(view, phrase)
            return Subject(phrase[0], phrase[1], False) if phrase[1] < i else None
        if not view.lower[k][:1].isalnum():
            return None
    return None


def _accuser(view: SentenceView, accused: Subject) -> Subject | None:
    """The subject of the verb of charge whose object is ``accused`` ("Lopez accused the
    board of lying": Lopez), else None."""
    k = accused.start - 1
    if k < 0 or k not in view.verbs or accused.end >= len(view.lower):
        return None
    if "of" not in (view.lower[accused.end], view.lower[accused.end - 1]):
        return None  # (the phrase an "-ing" verb lends may end at its "of")
    forms = form_table().get(view.lower[k], ())
    if not any(f.trigger.lemma in word_class("of_charge") for f in forms):
        return None
    return subject_of(view, k)[0]


def opening_subject(view: SentenceView, found: Found) -> Subject | None:
    """The subject the sentence opens with, for a verb that shares it but has no subject
    of its own and no earlier event to take one from: after "and", "but" or "or" (with
    an auxiliary or adverb between: "took in the child, but then refused", "lived in
    Maryland, but have recently moved", "went into hiding or fled"), or an "-ing" word
    after a comma or a preposition of time ("allowed the extension after rejecting",
    "lavished praise on staffers before meeting"). The opening phrase must be followed
    by a verb: a lower-case word that is no preposition, determiner or conjunction."""
    if found.as_noun or found.first < 3:
        return None
    lower = view.lower
    j = found.first - 1
    if found.kind == "ing" and lower[j] in _SHARED_ING_OPENERS:
        pass
    else:
        skip = word_union("aux", "adverb")
        while j > 0 and (lower[j] in skip or _ly_adverb(view, j)):
            j -= 1
        if lower[j] not in ("and", "but", "or") or found.kind == "ing":
            return None
    closed = word_union("prep", "det", "clause", "pronoun", "conjunction")
    n = len(lower)
    first = view.tokens[0].text
    if not first[:1].isupper():
        return None
    for k in range(1, min(j, _MAX_OPENING + 1)):
        text, word = view.tokens[k].text, lower[k]
        if not text[:1].isalnum() or (word in word_class("clause") and word not in ("and", "or")):
            return None  # a comma or a clause before any verb: no plain opening subject
        if not (text.isalpha() and text.islower()) or word in closed:
            continue
        end = k
        while end > 1 and (lower[end - 1] in word_class("adverb") or _ly_adverb(view, end - 1)):
            end -= 1  # "She then lavished praise"
        if not _opening_verb(view, k):
            continue
        if word in word_class("be") or (k + 1 < n and lower[k + 1] == "by"):
            return None  # "The following are ... the dead and injured"; "A report
            # commissioned by the council and published last month": no doer opens it
        if any(_clause_break(view, m) for m in range(k + 1, j)):
            return None  # "Castro called Munero -- who drove a taxi and engaged in"
        if word in word_class("reporting") or any(lower[m] in _NOMINATIVE for m in range(k + 1, j)):
            return None  # "The army said they killed six soldiers before retreating"
        if lower[j] == "," and "," in lower[k + 1 : j]:
            return None  # "show a man, wearing a mask, setting fire": the aside's noun
        head = form_table().get(lower[end - 1], ())
        if any(form.trigger.noun and form.kind != "ed" for form in head):
            return None  # "The strike began on Monday, halting trains": no doer
        return Subject(0, end, False)
    return None


def _clause_break(view: SentenceView, m: int) -> bool:
    """Whether the token at ``m`` opens a clause or an aside of its own (a relative or
    subordinating word, a dash, a bracket or a quotation mark)."""
    word = view.lower[m]
    if word in ("and", "or", "but"):
        return False
    return word in word_class("clause") or word in _ASIDE_MARKS


_ASIDE_MARKS = frozenset({"--", "-", "—", "–", "(", ")", '"', "“", "”", "``", "''"})


# How many words a sentence's opening subject may run to ("Elian's Miami relatives").
_MAX_OPENING = 6


def _opening_verb(view: SentenceView, k: int) -> bool:
    """Whether the lower-case word at ``k`` reads as a finite verb: a past tense in
    "-ed", an auxiliary, a trigger's form or a common irregular past ("went", "took")."""
    word = view.lower[k]
    if word in word_union("aux", "opening_past") or k in view.verbs:
        return True
    return word.endswith("ed") and len(word) > 4


# Pronouns that only open a clause of their own ("said they killed"), never an object.
_NOMINATIVE = frozenset({"he", "she", "they", "we", "i"})

# What may stand before an "-ing" word that shares the main clause's subject.
_SHARED_ING_OPENERS = frozenset({",", "after", "before", "while", "since", "upon", "without"})


def _gerund(view: SentenceView, found: Found) -> bool:
    """An "-ing" verb right after "of" or "for" ("guilty of taking", "jailed for
    selling"): a gerund with no subject of its own."""
    i = found.first
    if found.kind != "ing" or i == 0:
        return False
    if view.lower[i - 1] in _GERUND_PREPS:
        return True
    # "three days of national mourning", "amid heavy fighting", "a political lynching": a
    # noun after an adjective.
    opener = word_union("prep", also=_ARTICLES)
    return i > 1 and view.lower[i - 2] in opener and _adjective(view, i - 1)


def _adjective(view: SentenceView, i: int) -> bool:
    """Whether the lower-case word at ``i`` looks like an adjective (a listed one, or one
    with an adjective's ending: "national", "political", "heavy")."""
    text = view.tokens[i].text
    if not (text.isalpha() and text.islower()) or i in view.verbs:
        return False
    if text in word_class("adjective"):
        return True
    return len(text) > 4 and any(text.endswith(e) for e in word_class("adjective_ending"))


_GERUND_PREPS = frozenset({"of", "for"})


# "set fire to", "opened fire on": what the fire is aimed at undergoes it.
_AIMED = frozenset({"to", "on", "at", "of", "with"})


def _noun_particle(view: SentenceView, found: Found) -> bool:
    """Whether the trigger ends in a noun particle ("set fire", "opened fire")."""
    word = view.lower[found.last]
    return found.last > found.first and word.isalpha() and word not in word_class("prep")


def _causee(view: SentenceView, index: int, verbs: str) -> Subject | None:
    """The object of the verb of class ``verbs`` before the verb at ``index`` ("helped the
    team reach": the team; "saw 105 hostages freed": the hostages), or ``None``."""
    causing = word_class(verbs)
    if causing.isdisjoint(view.lower[max(0, index - _CAUSEE_REACH) : index]):
        return None  # most verbs: no such verb close enough before them
    j = index - 1
    stops = word_union("clause", "reporting", also=_CAUSEE_STOPS)
    while j >= 0 and index - j <= _CAUSEE_REACH and view.lower[j] not in causing:
        if view.lower[j] in stops or j in view.verbs:
            return None
        j -= 1
    start = j + 1
    if j < 0 or index - j > _CAUSEE_REACH or start >= index:
        return None
    return Subject(start, index, False) if _has_content(view, start, index) else None


def _had_done(view: SentenceView, index: int) -> Subject | None:
    """The object of "have"/"get" before a participle ("had their homes destroyed", "got
    his licence revoked"), when it is a noun phrase (not "had already cancelled")."""
    causee = _causee(view, index, "have_done")
    if causee is None:
        return None
    skip = word_union("aux", "adverb", "pronoun", "prep", "preverb_adverb")
    words = view.lower[causee.start : causee.end]
    if any(w in skip or not w[:1].isalnum() for w in words) or _ly_adverb(view, causee.start):
        return None
    if len(words) == 1 and words[0] in word_class("floating"):
        return None  # "exports have both fallen"
    if any(w.endswith("ed") for w in words):
        return None  # "who has studied stadium deals warned": a verb of its own
    return causee


# How far back the verb before an object and a bare verb may stand.
_CAUSEE_REACH = 6
_CAUSEE_STOPS = frozenset({",", ";", ":"})


def _amount_in(view: SentenceView, start: int) -> tuple[int, int] | None:
    """ "approved $200 million in emergency aid", "sell up to $2.5 billion of bonds":
    after an amount, "in" or "of" + the noun phrase names what was given or sold."""
    n = len(view.lower)
    units = word_union("unit", "quantifier")
    if start + 2 < n and view.lower[start] == "a" and view.lower[start + 1] in _AMOUNT_ARTICLE:
        start += 2  # "sold a net 1.3 trillion won of shares": the amount after its article
    k = start
    while k < n and k - start < _MAX_GAP:
        word = view.lower[k]
        if word[:1].isdigit() or word in units or (word and not word[:1].isalnum()):
            k += 1
            continue
        if word == "to" and k > start and view.lower[k - 1] == "up":
            k += 1  # "up to $2.5 billion of dollar bonds"
            continue
        break
    if (
        k == start
        or k >= n
        or view.lower[k] not in _AMOUNT_OF
        or not (view.lower[k - 1][:1].isalnum() or view.lower[k - 1] == "%")
    ):
        return None
    if not any(w[:1].isdigit() for w in view.lower[start:k]):
        return None
    if view.lower[k] == "in" and all(
        w[:1].isdigit() or w in word_class("quantifier") for w in view.lower[start:k]
    ):
        return None  # "wounded 30 in the attack": a bare count, no sum spent in something
    return _phrase_right(view, k + 1)


# Words between "a" and an amount that say how it is counted ("a net 1.3 trillion won").
_AMOUNT_ARTICLE = frozenset({"net", "gross", "combined", "further"})
# "$200 million in emergency aid", "$2.5 billion of dollar bonds": what the amount is.
_AMOUNT_OF = frozenset({"in", "of"})


def _ly_adverb(view: SentenceView, i: int) -> bool:
    """ "invested heavily in", "rose sharply": a lower-case "-ly" word (not a noun such as
    "rally" or "supply") is an adverb, not an object."""
    word = view.lower[i]
    return (
        len(word) > 4
        and word.endswith("ly")
        and word == view.tokens[i].text
        and word not in word_class("ly_noun")
    )


_OPENING_REACH = 12


def _opening_participle(view: SentenceView, found: Found) -> tuple[Subject, bool] | None:
    """ "Born in Enugu in 1942, Okonjo was ...", "Speaking in Lagos, the minister said":
    a participle that opens the sentence has the subject of the clause after its comma
    (passive for an "-ed" form)."""
    if found.kind not in ("ed", "ing") or found.first > 2:
        return None
    if any(w[:1].isalnum() for w in view.lower[: found.first]):
        return None
    n = len(view.lower)
    passive = found.kind == "ed"
    listed: tuple[int, int] | None = None  # the phrase after a comma that may join a list
    for k in range(found.last + 1, min(n - 1, found.last + _OPENING_REACH)):
        word = view.lower[k]
        if word == ",":
            phrase = _phrase_right(view, k + 1)
            if phrase is None:
                return None
            goes_on = word_union("conjunction", also=_COMMA)
            joined = not goes_on.isdisjoint(view.lower[phrase[0] : phrase[1] + 1])
            if joined:
                # "Told to evacuate Tyre, Sidon and Nabatiyeh, residents fled": a comma
                # inside a list; the subject follows a later comma, if any.
                listed = listed or phrase
                continue
            return Subject(phrase[0], phrase[1], passive), passive
        if word in _CLAUSE_MARKS or (k in view.verbs and view.lower[k - 1] != "to"):
            # Not an infinitive inside the opening phrase ("Ordered to pay $2 million,
            # the company appealed"): it opens no clause of its own.
            if listed is None:
                return None
            return Subject(listed[0], listed[1], passive), passive  # "Smith and Jones said"
    if listed is None or found.last + _OPENING_REACH < n - 1:
        return None  # a list too long to see its end: no subject rather than one of its items
    return Subject(listed[0], listed[1], passive), passive  # the sentence ended first


# With "and"/"or", what follows an item that a list goes on after ("Tyre, Sidon and").
_COMMA = frozenset({","})


def participle_aside(view: SentenceView, found: Found) -> Subject | None:
    """ "The plan, first announced by the mayor, passed": a participle with "by" after it,
    set off by a comma, is passive and its subject is the phrase before the comma."""
    if found.kind != "ed" or found.last + 1 >= len(view.lower):
        return None
    after = view.lower[found.last + 1]
    if after != "by" and _by_after_time(view, found.last + 1):
        after = "by"  # "The motion, tabled last week by the opposition,": a time first
    if after != "by" and (found.trigger.intransitive or after not in word_class("prep")):
        return None
    j = found.first - 1
    while j >= 0 and (view.lower[j] in word_class("adverb") or _ly_adverb(view, j)):
        j -= 1
    if j < 1 or view.lower[j] != ",":
        return None
    phrase = _phrase_left(view, j)
    if phrase is None:
        return None
    if after != "by" and (phrase[0] > 1 or not _main_verb_after(view, found.last + 1)):
        # "The interim report, released in Lima, found": without "by", only between the
        # sentence's subject and its verb ("Smith, 45, resigned in protest, police said"
        # is Smith's own doing).
        return None
    return Subject(phrase[0], phrase[1], True)


_MAX_ASIDE = 12


def _by_after_time(view: SentenceView, start: int) -> bool:
    """Whether a time expression starts at ``start`` and "by" follows it ("tabled last
    week by the opposition", "signed in March by both sides")."""
    k = start
    if k < len(view.lower) and view.lower[k] in ("in", "on") and k + 1 in view.blocked:
        k += 1
    begin = k
    while k < len(view.lower) and k in view.blocked and k - begin < _MAX_PHRASE:
        k += 1
    return k > begin and k < len(view.lower) and view.lower[k] == "by"


def aside_end(view: SentenceView, found: Found) -> int:
    """The token that closes the participle aside at ``found`` ("The plan, first announced
    by the mayor, Jaume Collboni, in June, passed": the comma before "passed"), past
    names in apposition and phrases after a comma; the participle's own last token when
    no such comma comes soon."""
    lower = view.lower
    stops = word_union("det", "pronoun", "prep", "subordinator", also=_COORDINATING)
    for k in range(found.last + 1, min(len(lower) - 1, found.last + 1 + 2 * _MAX_ASIDE)):
        if lower[k] in (";", "which", "who"):
            break
        if lower[k] == ",":
            word = view.tokens[k + 1].text
            if word.isalpha() and word.islower() and lower[k + 1] not in stops:
                return k
    return found.last


def _main_verb_after(view: SentenceView, start: int) -> bool:
    """Whether the comma that closes an aside starting at ``start`` comes soon and a
    lower-case word that can only be the main verb follows it (", found no evidence")."""
    lower = view.lower
    stops = word_union("det", "pronoun", "prep", "subordinator", also=_COORDINATING)
    for k in range(start, min(len(lower) - 1, start + _MAX_ASIDE)):
        if lower[k] in ("which", "who", "that", ";"):
            return False
        if lower[k] == ",":
            word = view.tokens[k + 1].text
            return word.isalpha() and word.islower() and lower[k + 1] not in stops
    return False


def _reduced_passive(view: SentenceView, found: Found, subject: Subject | None) -> bool:
    """ "many of them in cars swept away": a participle right after a noun phrase that
    itself follows a preposition is a passive, and the noun is its patient."""
    if subject is None or subject.end != found.first:
        return False
    after = found.last + 1
    lower = view.lower
    if after < len(lower) and lower[after] == "by" and not _finite_by(view, subject):
        agent = lower[after + 1] if after + 1 < len(lower) else ""
        return not _measure_word(agent)  # "rose by two metres", "cut by more than half"
    if found.trigger.intransitive and not found.trigger.ergative:
        return False  # "ministers from the four countries agreed": no object to undergo
    if _finite_after(view, after):
        return True  # "Two aid workers kidnapped in central Mali in June were freed"
    if subject.start == 0:
        return False
    before = view.lower[subject.start - 1]
    if before in word_class("prep") and before not in ("of", "like"):
        if _seam_before_name(view, subject):
            return False  # "During the campaign Ortiz promised": a fronted phrase, a name
        # Not with a determined object after it ("A consortium led by Dale Mercer
        # completed its takeover"): then the verb is active.
        return after >= len(lower) or lower[after] not in _OBJECT_DETS
    if before == "and" and _with_participle(view, subject.start - 1):
        return True  # "with 180 flights cancelled and thousands of passengers stranded"
    # "seized weapons stored in a warehouse": a participle after the object of a verb,
    # with no object of its own.
    return (
        subject.start - 1 in view.verbs
        and subject.start - 1 != found.first
        and (after >= len(lower) or lower[after] in word_class("participle_next"))
    )


def _after_subordinator(view: SentenceView, found: Found) -> bool:
    """Whether a participle follows a subordinator right away ("when asked", "if ordered
    to pay", "after accused of fraud"): a clause that drops its subject and its "was", so
    the main clause's subject undergoes it (a past tense never follows one alone). Not
    after an auxiliary, where the word is an adverb ("has since taken control")."""
    i = found.first - 1
    if i < 0 or view.lower[i] not in word_class("bare_subordinator"):
        return False
    return i == 0 or view.lower[i - 1] not in word_union("aux", "adverb")


def _seam_before_name(view: SentenceView, subject: Subject) -> bool:
    """Whether a lower-case noun runs straight into a name inside ``subject`` ("the
    campaign Ortiz"): an opening phrase without its comma, then the clause's own subject."""
    tokens = view.tokens
    return any(
        tokens[k - 1].text.isalpha()
        and tokens[k - 1].text.islower()
        and is_capitalised(tokens[k].text)
        for k in range(subject.start + 1, subject.end)
    )


_FINITE_REACH = 10
# Determiners that open an object right after a verb ("completed its takeover").
_OBJECT_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
# Quotation marks around a few words of an object ('detected "suspicious activity"'), and
# how many words such a quoted phrase may have.
_OPEN_QUOTES = frozenset({'"', "\u201c"})
_CLOSE_QUOTES = frozenset({'"', "\u201d"})
_QUOTED_REACH = 6


def _quoted_phrase(view: SentenceView, at: int) -> bool:
    """Whether an opening quotation mark at ``at`` holds a short phrase of words only,
    closed within a few words ('"suspicious activity"', '"the enemy's firing points."'):
    a noun phrase quoted as said, not a quotation of its own."""
    lower = view.lower
    n = len(lower)
    if at + 2 >= n or lower[at] not in _OPEN_QUOTES:
        return False
    for k in range(at + 1, min(n, at + 2 + _QUOTED_REACH)):
        word = lower[k]
        if word in _CLOSE_QUOTES:
            return k > at + 1
        if word in (".", ",") and k + 1 < n and lower[k + 1] in _CLOSE_QUOTES:
            return k > at + 1
        if not word[:1].isalnum():
            return False
    return False


def _with_participle(view: SentenceView, and_at: int) -> bool:
    """Whether the conjunct before the "and" at ``and_at`` is "with" + a noun phrase + a
    participle ("with 180 flights cancelled and ..."): the next conjunct is built alike."""
    lower = view.lower
    participle = False
    for k in range(and_at - 1, max(-1, and_at - 1 - _FINITE_REACH), -1):
        word = lower[k]
        if word == "with":
            return participle
        if not word.isalnum() and not word.replace(",", "").isdigit():
            return False  # a comma or a quotation mark: another clause
        participle = participle or (k == and_at - 1 and word.endswith("ed"))
    return False


# What ends the search for the finite verb after a participle's phrase.
_FINITE_STOPS = frozenset({",", ";", ":", "and", "but", "or", "that", "which", "who", "said"})


def _finite_after(view: SentenceView, after: int) -> bool:
    """Whether a preposition follows the participle and an auxiliary comes soon after its
    phrase ("kidnapped in central Mali in June were freed"): the participle then only
    describes the noun before it, and the sentence's verb is the later one."""
    return _finite_at(view, after) is not None


def _finite_at(view: SentenceView, after: int) -> int | None:
    """The auxiliary of ``_finite_after``, else None."""
    lower = view.lower
    if after >= len(lower) or lower[after] not in word_class("prep") or lower[after] == "by":
        return None
    aux = word_class("be")
    opened = False  # a clause opened since ("resumed in May after the ceasefire collapsed")
    for k in range(after + 1, min(len(lower), after + _FINITE_REACH)):
        if k in view.verbs:
            # "A woman injured in the blast died in hospital": a finite verb, the
            # sentence's own, ends the participle's phrase as an auxiliary does
            return k if not opened and _finite_trigger(view, k) else None
        if lower[k] in _FINITE_STOPS:
            return None
        opened = opened or lower[k] in word_class("subordinator")
        if lower[k] in aux:
            return k
    return None


def _finite_trigger(view: SentenceView, k: int) -> bool:
    """Whether the trigger verb at ``k`` is finite ("died", "fled"): a past or present
    form, not an "-ing" word, an infinitive or a participle before "by"."""
    lower = view.lower
    if lower[k - 1] in ("to", ",") or (k + 1 < len(lower) and lower[k + 1] == "by"):
        return False
    kinds = {form.kind for form in _trigger_forms(lower[k])}
    return not kinds.isdisjoint(("ed", "s")) and "ing" not in kinds


def reduced_relative_end(view: SentenceView, found: Found) -> int | None:
    """The auxiliary that ends a participle phrase describing the noun before it ("Two
    aid workers kidnapped in central Mali in June were freed": "were"), else None: what
    that phrase tells, its time too, is its own."""
    if found.kind != "ed" or found.as_noun or found.first == 0:
        return None
    if found.trigger.intransitive and not found.trigger.ergative:
        return None
    before = view.tokens[found.first - 1].text
    if not before.isalpha() or view.lower[found.first - 1] in word_union("aux", "adverb"):
        return None
    return _finite_at(view, found.last + 1)


def _appositive_participle(view: SentenceView, found: Found) -> Subject | None:
    """The name an aside describes when a participle with no object of its own closes
    the aside (", a Democrat first elected in 2019 and reelected in 2023,", "Okafor, a
    lawyer appointed last year, said"), else None: the named person underwent it."""
    lower, n = view.lower, len(view.lower)
    after = found.last + 1
    if found.as_noun or (
        after < n
        and lower[after] not in word_class("participle_next")
        and after not in view.blocked
    ):
        return None
    k = found.first - 1
    while (
        k > 0 and found.first - k <= 3 and (lower[k] in word_class("adverb") or _ly_adverb(view, k))
    ):
        k -= 1  # "first elected", "recently appointed"
    if k < 2 or lower[k] in word_class("aux") or not view.tokens[k].text.isalpha():
        return None
    # The aside: ", a[n] <up to four words>" right before the participle.
    j, clause = k, word_class("clause")
    while j > 0 and k - j < 4 and lower[j] not in ("a", "an"):
        # Not "a nurse who escaped": a relative clause's verb has its own subject.
        word = view.tokens[j].text
        if not word.replace("-", "").isalnum() or j in view.verbs or lower[j] in clause:
            return None
        j -= 1
    if lower[j] not in ("a", "an") or j < 2 or lower[j - 1] != ",":
        return None
    opening = next((t for t in range(j) if lower[t][:1].isalnum()), 0)
    if lower[opening] in word_class("prep") and "," not in lower[opening : j - 1]:
        # "In Chicago, a bus crashed": the comma closes an opening prepositional phrase,
        # and the phrase after it is the main clause's subject, no aside.
        return None
    name = _phrase_left(view, j - 1)
    if name is None or not is_capitalised(view.tokens[name[0]].text):
        return Subject(j, k + 1, True)
    return Subject(name[0], name[1], True)


def _among_those(view: SentenceView, found: Found) -> Subject | None:
    """The subject of "was among those" right before the participle ``found`` ("Karimi
    was among those arrested"), or "those" itself after another word ("those arrested
    on Friday"); else None."""
    i = found.first
    if i < 1 or view.lower[i - 1] not in word_class("participle_pronoun"):
        return None
    k = found.last + 1
    while k < len(view.lower) and k in view.blocked:
        k += 1  # "Those appointed on Monday were ..."
    if (
        k < len(view.lower)
        and view.lower[k] in word_class("named_after")
        and _names_next(view, k + 1)
    ):
        # "Among those elected were Smith and Jones", "Those hired included Smith": who
        # is named after the verb underwent it.
        named = _phrase_right(view, k + 1)
        if named is not None:
            return Subject(named[0], named[1], True)
    if i >= 2 and view.lower[i - 2] == "among":
        subject, _ = subject_of(view, i - 2, hop=False)
        if subject is not None:
            return Subject(subject.start, subject.end, True)
    return Subject(i - 1, i, True)


def _names_next(view: SentenceView, k: int) -> bool:
    """Whether a noun phrase opens at ``k``, after "were" or "included" ("were Smith and
    Jones", "were two journalists"), not a verb of the clause ("were taken", "were later
    released", "were expected to appear")."""
    if k >= len(view.lower) or k in view.verbs or k in view.blocked:
        return False
    word, text = view.lower[k], view.tokens[k].text
    if not text[:1].isalnum() or word in word_union("adverb", "prep", "aux", "clause"):
        return False
    return not (text.islower() and (word.endswith(("ly", "ed")) or _participle_form(word)))


def _modified_noun(view: SentenceView, found: Found) -> Subject | None:
    """The lower-case noun phrase after a preposition right before a participle with no
    object of its own ("to three shell companies registered in Dubai"), else None."""
    i = found.first
    after = found.last + 1
    lower = view.lower
    if i < 2 or lower[i - 1] in word_class("aux"):
        return None
    if found.trigger.intransitive and not found.trigger.ergative:
        return None  # "ministers from the four countries agreed": no object to undergo
    # "under a law passed last year": a time right after it is no object either.
    if (
        after < len(lower)
        and lower[after] not in word_class("participle_next")
        and after not in view.blocked
    ):
        return None
    inner = _phrase_left(view, i, nested=True)
    if inner is None or inner[1] != i:
        return None
    if not _common_noun(view, inner):
        # "asked the court to suspend the injunction issued Thursday": a verb's object.
        objectlike = _verb_object(view, inner) or _indefinite_object(view, inner)
        return Subject(inner[0], inner[1], True) if objectlike else None
    if (
        lower[inner[0] - 1] == "to"
        and inner[1] - inner[0] >= 2
        and view.tokens[inner[0]].text.isalpha()
        and lower[inner[0]] not in word_union("cardinal", "quantifier", "det", "adjective")
        and not _adjective(view, inner[0])
    ):
        # "to clear roads blocked by fallen trees": the object of an infinitive.
        return Subject(inner[0] + 1, inner[1], True)
    if lower[inner[0] - 1] == "of" and (whole := _of_head(view, inner)) is not None:
        # "a strand of hair found near the house": the whole phrase, its head before
        # "of", is what the participle tells of.
        inner = whole
    if lower[inner[0] - 1] in ("of", "like"):
        return None
    # Only inside a verb's object ("traced the payments to ..."), not in the subject of
    # the participle's own clause ("Troops in the region attacked on Monday"); with its
    # doer after "by" it is a passive wherever it stands ("found people in homes
    # destroyed by the quake").
    if (
        not any(k < inner[0] for k in view.verbs)
        and not _by_doer(view, after)
        and not _verb_after_aux(view, inner[0] - 2)
        and not _indefinite_object(view, inner)
    ):
        return None
    return Subject(inner[0], inner[1], True)


def _indefinite_object(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """Whether the phrase at ``start`` opens with "a"/"an" right after a lower-case word
    that opens no clause ("includes a strand of hair found at", "to a box seized in",
    "as a hair found in"): an object or a complement, never the subject of the
    participle after it, which a comma, "and" or a reporting verb could open."""
    start, end = phrase
    if start < 1 or view.lower[start] not in _INDEFINITE or not view.tokens[end - 1].text.islower():
        return False
    word = view.tokens[start - 1].text
    before = view.lower[start - 1]
    return (
        word.isalpha()
        and word.islower()
        and before not in _COORDINATING
        and before not in word_union("reporting", "subordinator")
        and before not in word_class("indefinite_clause_opener")
    )


def _of_head(view: SentenceView, inner: tuple[int, int]) -> tuple[int, int] | None:
    """The phrase "a strand of hair" around ``inner`` ("hair", right after "of") when
    the word before "of" is a lower-case noun after an indefinite article ("a strand", "a
    box"), so the whole phrase is one object, else None."""
    of = inner[0] - 1
    head = of - 1
    if head < 1 or not view.tokens[head].text.isalpha() or not view.tokens[head].text.islower():
        return None
    start = head - 1
    while start > 0 and _adjective(view, start):
        start -= 1
    if view.lower[start] not in _INDEFINITE or start < 1 or _stop(view, head):
        return None
    return start, inner[1]


def _verb_object(view: SentenceView, phrase: tuple[int, int]) -> bool:
    """Whether ``phrase`` is the determined, lower-case object of a trigger verb right
    before it ("suspend the temporary injunction", "seized a truck")."""
    start, end = phrase
    closed = word_union("prep", "adverb", also=frozenset({"ever"}))
    return (
        start > 0
        and start - 1 in view.verbs
        and view.lower[start] in word_union("det", "possessive_det")
        and all(
            view.tokens[k].text == view.lower[k] and view.lower[k] not in closed
            for k in range(start, end)
        )
    )


def _verb_after_aux(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` is a lower-case verb after an auxiliary ("did not appear in
    the figures sent to", "were listed in documents seized by"): a finite verb that is
    no trigger, so the phrase after its preposition is no subject of a clause."""
    lower = view.lower
    if k < 1 or not view.tokens[k].text.isalpha() or not view.tokens[k].text.islower():
        return False
    j = k - 1
    if lower[j] in word_class("adverb") or lower[j] == "not":
        j -= 1
    return j >= 0 and lower[j] in word_class("aux")


def _by_doer(view: SentenceView, after: int) -> bool:
    """Whether "by" at ``after`` names a doer, not an amount ("rose by two metres", "cut
    by a quarter point")."""
    lower = view.lower
    if after + 1 >= len(lower) or lower[after] != "by":
        return False
    return not _measure_word(lower[after + 1])


def _measure_word(word: str) -> bool:
    """Whether a word after "by" opens an amount, not a doer: a number, a cardinal, a
    quantifier or a fraction ("by two metres", "by more than half", "by a quarter")."""
    return _is_number(word) or word in word_union(
        "cardinal", "quantifier", "level_fraction", also=_INDEFINITE
    )


def _finite_by(view: SentenceView, subject: Subject) -> bool:
    """Whether a verb + "by" after ``subject`` is more likely finite: a pronoun or a
    name opening the sentence ("Police arrested by ..." is rare; "He stood by" is not)."""
    return subject.end - subject.start == 1 and view.lower[subject.start] in word_class("pronoun")


_INDEFINITE = frozenset({"a", "an"})  # "cut by a quarter point": a measure, no agent


def _demonstrative(view: SentenceView, i: int) -> bool:
    """ "rejected that account.": "that" + one noun + the clause's end is an object, not
    the start of a reported clause ("denied that his side had changed")."""
    lower = view.lower
    n = len(lower)
    return (
        lower[i] == "that"
        and i + 1 < n
        and lower[i + 1].isalpha()
        and not _stop(view, i + 1)
        and lower[i + 1] not in word_class("det")
        and (i + 2 >= n or (_stop(view, i + 2) and lower[i + 2] not in word_class("aux")))
    )


def _extra_args(view: SentenceView, found: Found, after: int, args: list[Arg]) -> None:
    """ "to X" for a recipient, "with X" for a partner, when the trigger takes them."""
    wanted: set[str] = set()
    if found.trigger.recipient_to:
        wanted.add("to")
    if found.trigger.lemma in word_class("spend_on"):
        wanted.update(("on", "in"))
    if found.trigger.lemma in word_class("from_other"):
        wanted.add("from")  # "would seek $1.2 billion from the Asian Development Bank"
    if found.trigger.lemma in word_class("against_patient"):
        wanted.add("against")  # "voted against the government"
    if found.trigger.type in (EventType.DIPLOMACY, EventType.CONFLICT, EventType.MILITARY):
        wanted.add("with")
    if not wanted:
        return
    taken = {(a.start, a.end) for a in args}
    hit = _after(view, after, frozenset(wanted))
    # Skip past the object phrase if the search stopped inside it.
    if hit is None and args and args[-1].role is ParticipantRole.PATIENT:
        hit = _after(view, args[-1].end, frozenset(wanted))
    if hit is None:
        return
    phrase = _phrase_right(view, hit[1] + 1)
    if phrase is None or phrase in taken:
        return
    role = ParticipantRole.RECIPIENT if hit[0] == "to" else ParticipantRole.OTHER
    if hit[0] == "against":
        role = ParticipantRole.PATIENT
    if hit[0] == "in" and not view.tokens[phrase[0]].text.islower():
        return  # "invested heavily in Korvath": a holding, read elsewhere; "in Oslo"
    args.append(Arg(phrase[0], phrase[1], role))


def _noun_args(
    view: SentenceView, found: Found, inherited: Subject | None = None
) -> tuple[list[Arg], Subject | None]:
    """ "Russia's invasion of Ukraine", "an attack by rebels on a convoy", "talks with X";
    and the subject of the light verb that governs the noun, which a participle after it
    shares as it would the verb's ("went on strike, halting services")."""
    args: list[Arg] = []
    lent: Subject | None = None
    i = found.first
    k = i - 1
    det = word_class("det")
    while k >= 0 and i - k <= 3 and view.lower[k] in det:
        k -= 1
    owned = False  # a possessive doer: "China's purchase of Iranian oil"
    owner = _owner_role(view, found)
    if k >= 0 and possessive(view.tokens[k].text) and k not in view.blocked:
        phrase = _phrase_left(view, k + 1)
        if phrase is not None:
            args.append(Arg(phrase[0], phrase[1], owner))
            owned = owner is ParticipantRole.AGENT
    elif (
        k + 1 < i
        and view.lower[k + 1] in word_class("det")
        and (own := _possessive_in(view, k + 1, i)) is not None
        and _ARTICLES.isdisjoint(view.lower[own + 1 : i])
    ):
        # "his victory", "its offer of a 3.5% rise": whom the pronoun stands for does it
        # (not "gave her an award", where "her" receives); "his arrest": undergoes it;
        # "renewed its condemnation": "renewed" is a verb there, not a determiner.
        args.append(Arg(own, own + 1, owner))
    elif (pronoun := _owner_before_modifiers(view, i)) is not None:
        # "pushed ahead with their all-out investigation", "kept up its fierce
        # condemnation": the pronoun past one or two adjectives.
        args.append(Arg(pronoun, pronoun + 1, owner))
    elif k == i - 1 and k >= 0 and _modifier_name(view, k):
        start = k
        while start > 0 and i - start < 4 and _modifier_name(view, start - 1):
            start -= 1
        args.append(Arg(start, i, ParticipantRole.AGENT))
    else:
        # "Agnes Phiri told a news conference": who speaks to an audience holds it.
        audience = found.trigger.lemma in word_class("audience_noun")
        also = word_class("address_verb") if audience else frozenset()
        light_subject = _light_verb_subject(view, k, inherited, also)
        if not light_subject:
            light_subject = _framing_verb_subject(view, found, k)
        args.extend(light_subject)
        if light_subject:
            lent = Subject(light_subject[0].start, light_subject[0].end, False)
    kind = found.trigger.type
    roles = {"by": ParticipantRole.AGENT, "with": ParticipantRole.OTHER}
    if kind in (EventType.CONFLICT, EventType.MILITARY, EventType.LEGAL) or (
        found.trigger.lemma in word_class("target_on")
    ):
        roles["on"] = roles["against"] = ParticipantRole.PATIENT
    if kind not in (EventType.DIPLOMACY, EventType.STATEMENT, EventType.ECONOMIC):
        roles["of"] = ParticipantRole.PATIENT
    if view.lower[found.last] in word_class("of_patient_noun"):
        # "the condemnation of the attack", "the rejection of the plan": a statement's
        # or a dealing's noun whose verb takes what "of" names as its object.
        roles["of"] = ParticipantRole.PATIENT
    if _of_doer(found):
        # "the resignation of the minister", "the march of the students": the noun of a
        # verb whose subject does it and that takes no object names its doer after "of".
        roles["of"] = ParticipantRole.AGENT
    if kind is EventType.ECONOMIC:
        roles["for"] = ParticipantRole.PATIENT  # "an approach for Korvath", "a bid for X"
    if kind in (EventType.DIPLOMACY, EventType.CONFLICT, EventType.MILITARY):
        roles["between"] = ParticipantRole.OTHER
    j = _past_place(view, found.last + 1)
    j = _past_amount(view, found, j)
    if _measure_in(view, found, j):
        roles["in"] = ParticipantRole.PATIENT  # "a 62% drop in quarterly profit"
    if (
        "of" not in roles
        and j < len(view.lower)
        and view.lower[j] == "of"
        and _done_to(view, j, owned)
    ):
        # "Apple's takeover of the start-up", "the sale of the unit by Shell": with a doer
        # named, what "of" names undergoes even a deal or a purchase.
        roles["of"] = ParticipantRole.PATIENT
    if found.trigger.lemma in word_class("from_doer_noun"):
        # A time (a blocked span) between the noun and its preposition is skipped, whatever
        # the preposition: "a request last week from the boy's father" (who asks), and "a
        # bid Tuesday by Unilever" (the doer, by the "by" of ``roles``).
        while j < len(view.lower) and j in view.blocked and view.lower[j] != "from":
            j += 1
        if _asker_after_from(view, j, args):
            roles["from"] = ParticipantRole.AGENT
    transfer = found.trigger.lemma in word_class("transfer_noun")
    if transfer and "of" not in roles and j < len(view.lower) and view.lower[j] == "of":
        # "the sale of his shares", "the purchase of the unit": what changes hands undergoes
        # it, whoever sells (an amount after "of" is a price, and _phrase_right no thing;
        # a time or a superlative makes a phrase of praise: "the purchase of the century").
        phrase = _phrase_right(view, j + 1)
        if phrase is not None and not any(
            _is_number(view.lower[t]) or view.lower[t] in word_class("of_praise_word")
            for t in range(*phrase)
        ):
            roles["of"] = ParticipantRole.PATIENT
    if j < len(view.lower) and view.lower[j] in roles:
        phrase = _phrase_right(view, j + 1)
        if phrase is not None:
            # "a request from the boy's father, Juan Gonzalez,": the name set beside it.
            args.append(_named_apposition(view, Arg(phrase[0], phrase[1], roles[view.lower[j]])))
            if (
                transfer
                and view.lower[j] == "of"
                and phrase[1] + 1 < len(view.lower)
                and view.lower[phrase[1]] == "to"
                and (taker := _phrase_right(view, phrase[1] + 1)) is not None
            ):
                # "the sale of the unit to Seagate": the buyer receives it.
                args.append(Arg(taker[0], taker[1], ParticipantRole.RECIPIENT))
            by = phrase[1]
            if (
                view.lower[j] == "of"
                and by + 1 < len(view.lower)
                and view.lower[by] == "by"
                and (doer := _phrase_right(view, by + 1)) is not None
            ):
                # "the arrest of the mayor by police": who did it follows what it took.
                args.append(Arg(doer[0], doer[1], ParticipantRole.AGENT))
            # "talks between the RMT union and train operators": both sides.
            if (
                view.lower[j] == "between"
                and phrase[1] + 1 < len(view.lower)
                and view.lower[phrase[1]] == "and"
                and (other := _phrase_right(view, phrase[1] + 1)) is not None
            ):
                args.append(Arg(other[0], other[1], ParticipantRole.OTHER))
    return args, lent


def _asker_after_from(view: SentenceView, j: int, args: list[Arg]) -> bool:
    """Whether "from" at ``j`` after a noun of asking names who asks ("a request from the
    boy's father", "a bid from Siemens"): not when the noun has a doer already ("The Pope
    made an appeal from St. Peter's Square"), nor when the phrase ends in a word for a
    place, a building, a thing or a judgment ("an appeal from prison", "from the ruling",
    "from his hospital bed"; class ``from_not_asker`` and the place classes)."""
    if j >= len(view.lower) or view.lower[j] != "from":
        return False
    if any(a.role is ParticipantRole.AGENT for a in args):
        return False
    phrase = _phrase_right(view, j + 1)
    if phrase is None:
        return False
    head = view.lower[phrase[1] - 1]
    return head not in word_union(
        "from_not_asker", "facility", "place_noun", "place_head", "place_facility_nouns"
    )


def _possessive_in(view: SentenceView, start: int, end: int) -> int | None:
    """The first possessive determiner among the determiners from ``start`` to ``end``
    ("its" of "its condemnation", of "renewed its condemnation"), else None."""
    owning = word_class("possessive_det")
    return next((k for k in range(start, end) if view.lower[k] in owning), None)


def _owner_before_modifiers(view: SentenceView, i: int) -> int | None:
    """The index of "its"/"their"/"his" one or two lower-case modifiers before the noun
    at ``i`` ("their all-out investigation"), if so; not "her", as often an object ("gave
    her full support")."""
    closed = word_union("det", "prep", "pronoun", "aux", "adverb", "clause", "cardinal")
    for j in (i - 1, i - 2, i - 3):
        if j >= 0 and _year_word(view.lower[j]):
            continue  # "his unsuccessful 1996 campaign": a year modifies it too
        if j < 0 or j in view.blocked:
            return None
        word = view.lower[j]
        if j < i - 1 and word in word_class("owning_pronoun"):
            return j
        if not word.replace("-", "").isalpha() or word != view.tokens[j].text or word in closed:
            return None
    return None


def _year_word(word: str) -> bool:
    """Whether ``word`` is a year of four digits ("1996"), which may modify a noun."""
    return len(word) == 4 and word.isdigit() and word[:2] in word_class("year_century")


def _measure_in(view: SentenceView, found: Found, j: int) -> bool:
    """Whether "in" at ``j`` after a noun of rising or falling names what moved ("a
    slump in platinum prices", "a sharp rise in rents"), not where (a capitalised name:
    "a rise in Germany"); a capitalised owner heads what moved ("a drop in Compaq's
    stock"), unless it is a day or month ("a drop in Friday's trading")."""
    lower = view.lower
    if not (found.trigger.undergoer and j + 1 < len(lower) and lower[j] == "in"):
        return False
    word = view.tokens[j + 1].text
    if not is_capitalised(word):
        return True
    owner = word[:-2].lower() if possessive(word) and len(word) > 2 else ""
    return bool(owner) and owner not in word_class("calendar_owner")


def _past_amount(view: SentenceView, found: Found, j: int) -> int:
    """The "in" after an amount that "of" gives a noun of rising or falling ("a decline of
    87.5 cents in Intel's stock"): what moved follows it. Else ``j`` itself."""
    lower = view.lower
    if not found.trigger.undergoer or j >= len(lower) or lower[j] != "of":
        return j
    counted = False
    for k in range(j + 1, min(len(lower), j + 1 + _AMOUNT_REACH)):
        if lower[k] == "in":
            return k if counted else j
        if _is_number(lower[k]):
            counted = True
        elif not lower[k].isalpha() and lower[k] not in word_class("amount_mark"):
            return j  # a comma or a clause's edge: the amount ends without "in"
    return j


# Words an amount after "of" may take before "in" ("of 87.5 cents a share in").
_AMOUNT_REACH = 5


def _of_doer(found: Found) -> bool:
    """Whether "of" after the event noun ``found`` names its doer: the noun of an
    intransitive verb whose subject does it (``@i`` without ``@u``/``@erg``: "the march
    of the students"), or a noun listed as `of_doer_noun` ("the resignation of X")."""
    trigger = found.trigger
    if trigger.lemma in word_class("of_doer_noun"):
        return True
    return trigger.noun and trigger.intransitive and not (trigger.undergoer or trigger.ergative)


def _owner_role(view: SentenceView, found: Found) -> ParticipantRole:
    """The role of a noun's possessor: the doer ("Russia's invasion", "his victory"),
    but the one who undergoes it for nouns of what is done to a person ("his arrest",
    "the mayor's release", `possessor_undergoes`) when no "of" names another patient
    ("Israel's release of 30 prisoners"); so does the possessor of a noun whose verb's
    subject undergoes it ("the bridge's collapse", "the dollar's fall")."""
    trigger = found.trigger
    if view.lower[found.last] not in word_class("possessor_undergoes") and not (
        trigger.undergoer or trigger.ergative
    ):
        return ParticipantRole.AGENT
    after = found.last + 1
    if after < len(view.lower) and view.lower[after] == "of":
        return ParticipantRole.AGENT
    return ParticipantRole.PATIENT


def _done_to(view: SentenceView, j: int, owned: bool) -> bool:
    """Whether the phrase after "of" at ``j`` is what a named doer acted on: a doer is
    named before the noun or by "by" after the phrase, and the phrase is no amount ("a
    rise of 5 percent")."""
    phrase = _phrase_right(view, j + 1)
    if phrase is None or any(_is_number(view.lower[t]) for t in range(*phrase)):
        return False
    return owned or (phrase[1] + 1 < len(view.lower) and view.lower[phrase[1]] == "by")


_ARTICLES = frozenset({"a", "an", "the"})
# Possessive determiners that open a phrase ("her" may end one: "told her").
_OPENING_POSSESSIVES = frozenset({"its", "their", "his", "our", "my", "your"})


def _past_place(view: SentenceView, j: int) -> int:
    """The token after a place right at ``j`` ("clashes near Kibati between ..."), else
    ``j`` itself."""
    n = len(view.lower)
    if j + 1 >= n or view.lower[j] not in word_class("place_prep"):
        return j
    k = j + 1
    while k < n and k - j <= _MAX_GAP and _capitalised_name(view.tokens[k].text):
        k += 1
    return k if k > j + 1 else j


def _light_verb_subject(
    view: SentenceView, k: int, inherited: Subject | None, also: frozenset[str] = frozenset()
) -> list[Arg]:
    """ "Chelsea and Paris St Germain had also made offers": the subject of a light verb
    right before the event noun is the noun's agent; after "and" without a subject of
    its own, the subject of the verb before ("Relatives gathered ... and held a vigil")."""
    # "out" of "carried out several raids".
    skip = word_union("adverb", "quantifier", "det", also=frozenset({"out"}))
    # "ran two rehearsals", "organised protests": verbs that support the noun as the
    # light verbs do, though not counted as verbs elsewhere.
    light = word_union("light", "support", "go_on") | also | _support_verbs()
    go_on = word_class("go_on")
    noun, stop = k, k - 5
    # "made a formal request": a determiner and lower-case modifiers may come between.
    while (
        k >= 0
        and k > stop
        and view.lower[k] not in light
        and (
            view.lower[k] in skip
            or (view.lower[k] == "on" and k > 0 and view.lower[k - 1] in go_on)
            or (view.tokens[k].text.islower() and not _stop(view, k))
            or _measure(view, k)
            or view.lower[k].replace(",", "").isdigit()  # "carried out 400 rescues"
        )
    ):
        k -= 1
    if k < 0 or view.lower[k] not in light:
        return []
    if view.lower[k] in go_on and (k + 1 >= len(view.lower) or view.lower[k + 1] != "on"):
        return []  # "went home after the attack": no light verb
    if view.lower[k] in _support_verbs() and any(
        view.lower[j] in word_class("prep") for j in range(k + 1, noun)
    ):
        # "called for a strike", "announced the decision at a press conference": who
        # asks, or the occasion, not who acts.
        return []
    subject, passive = subject_of(view, k)
    if (
        subject is None
        and inherited is not None
        and not inherited.passive
        and k > 0
        and view.lower[k - 1] == "and"
    ):
        subject = inherited
    if subject is None or passive:
        return []
    return [Arg(subject.start, subject.end, ParticipantRole.AGENT)]


@cache
def _support_verbs() -> frozenset[str]:
    """Verbs whose subject does the event noun they take ("called a strike"), from
    class ``support_form`` of ``event_grammar.txt``."""
    return word_class("support_form")


# How far back from the "in"/"for" before an event noun the verb it frames may stand
# ("flew to the Chinese capital for talks").
_FRAME_REACH = 8
_JOURNEY_REACH = 12


def _framing_verb_subject(view: SentenceView, found: Found, k: int) -> list[Arg]:
    """ "killed six militants in a raid on Jenin", "flew to Beijing for talks with Xi": the
    doer of the verb a noun of force is the means of ("in"), or a meeting the purpose of
    ("for"), does that too; not one who undergoes it ("died in a raid", "was killed")."""
    if k < 1:
        return []
    prep, kind = view.lower[k], found.trigger.type
    means = prep in word_class("means_prep") and kind in (EventType.CONFLICT, EventType.MILITARY)
    purpose = prep in word_class("purpose_prep") and kind is EventType.DIPLOMACY
    after = found.last + 1
    if (
        not (means or purpose)
        and kind in (EventType.MOVEMENT, EventType.DIPLOMACY)
        # "a visit by X": the one named is the traveller.
        and not (after < len(view.lower) and view.lower[after] in word_class("agent_prep"))
    ):
        # "paid tribute to the victims on a whirlwind visit to East Africa", "toured the
        # plant during a two-day trip": the journey is the traveller's.
        k = journey_prep(view, k)
        purpose = k > 0
        # "paid tribute to victims and staff on a visit": an "and" there joins nouns,
        # and a journey ends a longer clause.
        enders, reach, journey = _clause_enders(), _JOURNEY_REACH, True
    else:
        enders, reach, journey = _clause_enders() | _COORDINATING, _FRAME_REACH, False
    if not (means or purpose):
        return []
    table = form_table()
    preps = word_class("prep")
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        if view.lower[j] in enders:
            return []
        if j not in view.verbs:
            continue
        if journey and view.lower[j].endswith("ing") and j > 0 and view.lower[j - 1] in preps:
            continue  # "paid tribute to bombing victims on a visit": a noun's modifier
        forms = table.get(view.lower[j], ())
        if not forms:
            forms = open_forms(view.lower[j])
            if means and not _object_follows(view, j + 1):
                return []  # "Children bled for hours in the raid": no doer of the raid
        if any(f.trigger.undergoer or f.trigger.recipient_subject for f in forms):
            return []
        if j + 1 == k and any(f.kind == "ed" for f in forms):
            return []  # "a woman injured in the blast": a participle with no object, passive
        subject, passive = subject_of(view, j)
        if subject is None or passive:
            return []
        return [Arg(subject.start, subject.end, ParticipantRole.AGENT)]
    return []


def journey_prep(view: SentenceView, k: int) -> int:
    """The index of "on"/"during" before a journey noun, past an article or possessive
    and up to two lower-case modifiers ending at ``k`` ("on a whirlwind visit", "during
    his two-day trip"); else -1."""
    openers = word_union("det", "possessive_det")
    for j in range(k, max(-1, k - 3), -1):
        word = view.lower[j]
        if word in openers:
            before = j - 1
            journey = before >= 0 and view.lower[before] in word_class("journey_prep")
            return before if journey else -1
        if not word.replace("-", "").isalnum() or word != view.tokens[j].text:
            return -1
    return -1


def _object_follows(view: SentenceView, k: int) -> bool:
    """Whether an object opens at ``k``, after a verb: a determiner, a pronoun, a number
    or a name ("scorched six villages", "shelled the town", "hit Kabeya")."""
    if k >= len(view.lower):
        return False
    text = view.tokens[k].text
    opener = word_union("det", "possessive_det", "quantifier", "object_pronoun")
    return view.lower[k] in opener or text[:1].isdigit() or is_capitalised(text)


def _trigger_forms(word: str) -> tuple[Form, ...]:
    """The trigger forms a lower-case word may be: the closed table's, else the open
    list's ("flung", "waylaid")."""
    return form_table().get(word, ()) or open_forms(word)


def _measure(view: SentenceView, k: int) -> bool:
    """A hyphenated measure before an event noun, which the time or quantity stages hold
    ("a five-day strike", "a 24-hour walkout")."""
    text = view.tokens[k].text
    if "-" not in text or k not in view.blocked or k in view.verbs:
        return False
    last = text.rsplit("-", 1)[-1]
    return last.isalpha() and last.islower()


def _modifier_name(view: SentenceView, k: int) -> bool:
    """A capitalised word used as a modifier ("Hamas attack"), not the sentence's start."""
    word = view.tokens[k].text
    return (
        k > 0
        and is_capitalised(word)
        and word[:1].isalpha()
        and k not in view.blocked
        and view.lower[k] not in word_class("det")
        and view.lower[k - 1] not in _CLAUSE_MARKS
    )


# A listed conjunct is short ("two helicopters", "railway lines"); a list has few items.
_LIST_CONJUNCT = 5
_MAX_LIST = 8


def _plain_conjunct(view: SentenceView, part: tuple[int, int] | None, joined: bool = False) -> bool:
    """A short noun phrase with no verb, time or clause word in it: a list's item (with
    ``joined``, its last two items, "Bukavu and Uvira")."""
    if part is None or part[1] - part[0] > (2 * _LIST_CONJUNCT + 1 if joined else _LIST_CONJUNCT):
        return False
    stops = word_union("prep", "clause", "aux", "reporting", also=_COORDINATING) - {"of"}
    if joined:
        stops = stops - _COORDINATING
    if _verb_ing(view, part[0], part[1]):
        return False  # "nine patients and forcing staff": a verb of its own
    if _past_verb_opening(view, part[0], part[1]):
        return False  # "rejected the offer and called a strike": a verb of its own
    return all(
        view.tokens[j].text[:1].isalnum()
        and j not in view.verbs
        and j not in view.blocked
        and view.lower[j] not in stops
        for j in range(part[0], part[1])
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your"})


def _past_verb_opening(view: SentenceView, start: int, end: int) -> bool:
    """Whether a conjunct opens with a past verb and its object ("and called a strike",
    "and took 20 hostages"), which no noun phrase does: a lower-case "-ed" word (or an
    irregular past) right before a determiner or a count."""
    if end - start < 2 or not view.tokens[start].text.isalpha():
        return False
    word = view.tokens[start].text
    past = word.endswith("ed") or word in word_union("irregular_participle", "light", "support")
    if not word.islower() or not past:
        return False
    nxt = view.lower[start + 1]
    return nxt in _DETERMINERS or _is_number(nxt) or nxt in word_class("cardinal")


def listed_after(view: SentenceView, phrase: tuple[int, int]) -> list[tuple[int, int]]:
    """The further conjuncts of a comma list the object ``phrase`` opens ("closed schools,
    banks and markets": banks, markets); none unless the list closes with "and"/"or"."""
    n = len(view.lower)
    out: list[tuple[int, int]] = []
    k = phrase[1]
    if k < n and view.lower[k] == "and":
        # "detained the captain and a ticketing officer on Monday": a pair, when what
        # follows the second ends the clause or opens a phrase, not a verb.
        pair = _phrase_right(view, k + 1)
        if pair is None or not _plain_conjunct(view, pair):
            return []
        after = pair[1]
        ends = after >= n or not view.tokens[after].text[:1].isalnum()
        if ends or after in view.blocked or view.lower[after] in word_class("prep"):
            return [pair]
        return []
    while k < n and view.lower[k] == "," and len(out) < _MAX_LIST:
        start = k + 1
        oxford = start < n and view.lower[start] in _COORDINATING
        part = _phrase_right(view, start + 1 if oxford else start)
        if part is None:
            return []
        joined = any(view.lower[j] in _COORDINATING for j in range(part[0], part[1]))
        if not _plain_conjunct(view, part, joined):
            return []
        out.append(part)
        if oxford or joined:
            return out  # "schools, banks, and markets", "Goma, Bukavu and Uvira"
        k = part[1]
        if k < n and view.lower[k] in _COORDINATING:
            last = _phrase_right(view, k + 1)
            return [*out, last] if last is not None and _plain_conjunct(view, last) else []
    return []


def listed_before(view: SentenceView, start: int, end: int = -1) -> list[tuple[int, int]]:
    """The earlier conjuncts of a comma list that opens the sentence and ends in "and" +
    the subject at ``start`` ("Four navy vessels, two helicopters and dozens of boats
    joined"): Four navy vessels, two helicopters; also before a comma when the subject
    up to ``end`` holds the last two names already ("Britain, France and Germany")."""
    joined = (
        start >= 2
        and view.lower[start - 1] == ","
        and not _COORDINATING.isdisjoint(view.lower[start:end])
    )
    if start < 2 or (view.lower[start - 1] not in _COORDINATING and not joined):
        return []
    out: list[tuple[int, int]] = []
    end = start - 1
    for _ in range(_MAX_LIST):
        first = end
        while first > 0 and end - first < _LIST_CONJUNCT and view.lower[first - 1] != ",":
            first -= 1
        part = (first, end)
        if first == end or not _plain_conjunct(view, part):
            return []
        out.append(part)
        if first == 0 or (first == 1 and not view.tokens[0].text[:1].isalnum()):
            return out[::-1] if len(out) > 1 or joined else []
        if view.lower[first - 1] != ",":
            return []
        end = first - 1
    return []
