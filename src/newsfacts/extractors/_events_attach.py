"""What an event takes from its surroundings: time, place, quantities and the claim.

Look-ups go through sorted offsets with :mod:`bisect`, so attaching costs a logarithm
per event, not a scan of the article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import cache
from typing import Generic, NamedTuple, TypeVar

from newsfacts.document import Document
from newsfacts.extractors._events_args import SentenceView, compass_place, in_place_apposition
from newsfacts.extractors._events_lexicon import first_names, is_demonym, word_class, word_union
from newsfacts.extractors._events_names import names_party
from newsfacts.extractors._events_triggers import is_capitalised
from newsfacts.extractors._names import mentions
from newsfacts.lexicons import lexicon_lines
from newsfacts.models import (
    Article,
    Claim,
    EntityKind,
    Quantity,
    Span,
    TimeExpression,
    TimeType,
)

__all__ = [
    "Located",
    "PlaceIndex",
    "PlaceMention",
    "SpanIndex",
    "claim_at",
    "dateline_place",
    "described_place",
    "facility_before",
    "facility_object",
    "named_town",
    "sentence_places",
    "town_nouns",
]

_T = TypeVar("_T", TimeExpression, Quantity, Claim)
_MAX_PLACE_WORDS = 5
_MAX_QUANTITIES = 12
_OF_NOUNS = frozenset({"country", "city", "capital", "state"})
# How ordinals end ("second", "third", "fifth"): the determiners that may open a name.
_ORDINAL_ENDINGS = ("nd", "rd", "th")
# A size before a name ("the 141-seat Seimas", "the 90,000-capacity stadium").
_SIZED = re.compile(r"\d[\d,.]*-[a-z]+\Z")
_NAME_LINKS = frozenset(
    {"of", "de", "du", "del", "la", "al", "el", "upon", "on", "do", "da", "dos", "das"}
)


def _span_key(fact: TimeExpression | Quantity | Claim) -> tuple[int, int]:
    return (fact.span.start, fact.span.end)


class SpanIndex(Generic[_T]):
    """Facts sorted by start offset, for nearest and inside-a-span look-ups."""

    def __init__(self, facts: Sequence[_T]) -> None:
        self.facts: list[_T] = sorted(facts, key=_span_key)
        self.starts: list[int] = [f.span.start for f in self.facts]

    def nearest_inside(self, outer: Span, offset: int) -> _T | None:
        """The fact lying inside ``outer`` closest to ``offset`` (before it on a tie)."""
        i = bisect.bisect_left(self.starts, offset)
        best: _T | None = None
        best_distance = -1
        for j in (i - 1, i):
            if 0 <= j < len(self.facts) and outer.contains(self.facts[j].span):
                fact = self.facts[j]
                distance = min(abs(fact.span.start - offset), abs(fact.span.end - offset))
                if best is None or distance < best_distance:
                    best, best_distance = fact, distance
        return best

    def last_before(self, outer: Span, offset: int) -> _T | None:
        """The last fact inside ``outer`` ending at or before ``offset``."""
        j = bisect.bisect_left(self.starts, offset) - 1
        if j >= 0 and outer.contains(self.facts[j].span) and self.facts[j].span.end <= offset:
            return self.facts[j]
        return None

    def inside(self, outer: Span, limit: int = _MAX_QUANTITIES) -> list[_T]:
        """The facts inside ``outer`` in text order, at most ``limit`` of them."""
        i = bisect.bisect_left(self.starts, outer.start)
        out: list[_T] = []
        while i < len(self.facts) and self.starts[i] < outer.end and len(out) < limit:
            if outer.contains(self.facts[i].span):
                out.append(self.facts[i])
            i += 1
        return out


def anchoring_times(times: Sequence[TimeExpression]) -> list[TimeExpression]:
    """The time expressions that can date an event: dates and times, not durations, and
    not vague ones ("now", "previously"), which leave the event to a specific time of its
    sentence or paragraph, or none."""
    return [t for t in times if t.type in (TimeType.DATE, TimeType.TIME) and not _vague(t)]


# Calendar words: "this week" is a specific time even when, without a publication date,
# it can only be normalised to PRESENT_REF.
_UNIT = re.compile(
    r"day|night|week|month|year|season|quarter|tonight|morning|evening|afternoon|decade",
    re.IGNORECASE,
)


def _vague(time: TimeExpression) -> bool:
    """ "now", "recently", "previously", "in the past": TIMEX3's PRESENT_REF, PAST_REF and
    FUTURE_REF, unless the words name a calendar unit."""
    return time.value.endswith("_REF") and _UNIT.search(time.text) is None


class PlaceMention(NamedTuple):
    """A place named in a sentence: token indices of its preposition and name, and whether
    it is where something went to (a goal) rather than where something happened."""

    prep: int
    start: int
    end: int
    goal: bool
    named: bool = True
    # "through Havana's streets": the name ends on a possessive, which is no part of it.
    owned: bool = False


@cache
def _place_openers() -> frozenset[str]:
    """The words a place mention starts with ("by" for "by phone")."""
    preps = word_class("place_prep") | word_class("goal_prep")
    return preps | word_class("compass") | {"from", "by", "on", "of", "over", "along"}


def sentence_places(view: SentenceView, document: Document | None = None) -> list[PlaceMention]:
    """ "in/at/near/from + capitalised name" (and "to + name", a goal) in one sentence,
    and places described without a name ("in the border region", "in farmland"): those
    place an event too, so that the dateline's city does not."""
    place_preps = word_class("place_prep")
    goal_preps = word_class("goal_prep")
    det = word_class("det")
    nonplace = word_class("nonplace")
    name_opening = word_class("name_opening_det")
    lower = view.lower
    n = len(lower)
    out: list[PlaceMention] = []
    remote = word_class("remote")
    holding = word_class("holding")
    facility = word_class("facility")
    compass_words = word_class("compass")
    place_adjectives = word_class("place_adjective")
    pronouns = word_class("pronoun")
    assaults = word_class("assault_noun")
    blocked = view.blocked  # "a raid on Monday": a time, not the target
    # Only the words tested below open a place: skip the others without entering the loop.
    opening = _place_openers()
    for i in itertools.compress(range(n), map(opening.__contains__, lower)):
        word = lower[i]
        if word in ("on", "of") and i > 0 and lower[i - 1] in assaults and i + 1 not in blocked:
            # "in a raid on Jenin", "Russia's bombardment of Odesa": the target is the place.
            start = i + 1
            the = i + 2 < n and lower[start] == "the"
            target = named_town(view, i + 2) if the else None
            if target is not None:
                start = target[0]  # "a strike on the northeastern city of Kharkiv": Kharkiv
            end = _name_end(view, start)
            words = lower[start:end]
            named = end > start and not any(w in nonplace or w in det for w in words)
            if named and document is not None:
                tokens = view.tokens
                named = not names_party(document, Span(tokens[start].start, tokens[end - 1].end))
            if named:
                out.append(PlaceMention(i, start, end, goal=False))
            continue
        if word == "over":
            # "flew over Kharkiv", "traded strikes over Crimea": what happens in the air over
            # a place happens there; "talks over Ukraine" are about it.
            if i > 0 and lower[i - 1] in word_class("over_cue") and i + 1 not in blocked:
                end = _name_end(view, i + 1)
                tokens = view.tokens
                if end > i + 1 and not (
                    document is not None
                    and names_party(document, Span(tokens[i + 1].start, tokens[end - 1].end))
                ):
                    out.append(PlaceMention(i, i + 1, end, goal=False))
            continue
        if word == "along":
            # "exchanged fire along their shared border": a place, named or not.
            along = _along(view, i)
            if along is not None:
                out.append(along)
            continue
        if word == "of":
            town = _town_object(view, i)
            if town is not None:
                # "stormed the city of Wad Madani", "raided the West Bank city of Jenin".
                out.append(PlaceMention(town, i + 1, _name_end(view, i + 1), goal=False))
            continue
        if word == "by" and i + 1 < n and lower[i + 1] in remote:
            # "spoke by phone": a happening at no one place.
            out.append(PlaceMention(i, i + 1, i + 2, goal=False, named=False))
            continue
        if word == "on":
            part = _part_of_name(view, i + 1)
            if part is not None:
                # "on the outskirts of Birmingham", "on the banks of the Danube": there.
                out.append(PlaceMention(i, part[0], part[1], goal=False))
                continue
            island = (
                _island_after(view, i + 1)
                or _water_after(view, i + 1)
                or _walked_after(view, i + 1, document)
            )
            if island is not None:
                # "on Sulawesi island", "on the island of Crete", "sank on Lake Toba": "on"
                # places it there.
                out.append(PlaceMention(i, island[0], island[1], goal=False))
            continue
        # "south of Lampedusa" places an event like "near Lampedusa".
        compass = word in compass_words and (compass_place(view, i) or _compass_town(view, i))
        if compass and _distance_aside(view, i, out):
            continue  # "In Kargi, a village 120 km west of Marsabit, ...": Kargi's aside
        if not compass and word not in place_preps and word not in goal_preps and word != "from":
            continue
        if (
            word in goal_preps
            and word not in place_preps
            and i + 1 < n
            and lower[i + 1] != "the"
            and lower[i + 1] == view.tokens[i + 1].text
            and lower[i + 1].isalpha()
            and lower[i + 1] not in place_adjectives
            and "of" not in lower[i + 2 : i + 5]
        ):
            continue  # "to raise rates": no name and no "of" follows (most "to"s)
        if word == "in" and i > 0 and _held(lower, i, holding):
            continue  # "shares in Korvath", "invested heavily in Korvath": what is held
        if word == "in" and tuple(lower[i + 1 : i + 3]) == ("front", "of"):
            continue  # "in front of 60,000 fans"
        # "companies from outside the European Economic Area": still an origin.
        from_place = word == "from" or (i > 0 and lower[i - 1] == "from")
        # "bought parts from a supplier in Bengaluru": where the source is, not the event.
        from_place = from_place or (word == "in" and _from_noun(view, i))
        j = i + 2 if compass else i + 1
        if word in place_preps and not from_place and j < n and lower[j] in ("a", "an"):
            described = described_place(view, j + 1, document)
            if described is not None:
                # "at a Kyiv hospital": Kyiv; "in a Siberian prison": a place, unnamed.
                out.append(PlaceMention(i, *described))
                continue
        if j < n and lower[j] == "the":
            j += 1
            if j + 1 < n and _SIZED.match(lower[j]) and _capital(view, j + 1):
                j += 1  # "in the 141-seat Seimas", "at the 90,000-capacity Wembley"
            if _demonym_before_noun(view, j) and j + 3 < n and lower[j + 2] == "of":
                j += 1  # "off the Greek island of Lesbos": the name after "of" places it
            apposed = _apposed_name(view, j, document)
            if apposed is not None:
                j = apposed  # "in the Kenyan capital Nairobi", "in the capital, Kinshasa,"
        elif word in place_preps and j + 1 < n and is_demonym(lower[j]) and _capital(view, j):
            # Without "the", as agency copy writes it: "in Kenyan capital Nairobi".
            apposed = _apposed_name(view, j, document, bare=True)
            if apposed is not None:
                j = apposed
        # "at the port of Hamburg": up to three common words, then "of" (after "a": "in
        # a religiously polarized part of north Belfast").
        k = i0 = j + 1 if j < n and lower[j] in word_class("indefinite") else j
        while (
            k < n
            and k - i0 < 3
            and lower[k] != "of"
            and lower[k].replace("-", "").isalpha()  # "south-west", "war-torn"
            and lower[k] == view.tokens[k].text
        ):
            k += 1
        if k < n and k > j and lower[k] == "of":
            j = k + 1
            if (
                j + 1 < n
                and lower[j] in compass_words
                and view.tokens[j].text.islower()
                and _capital(view, j + 1)
            ):
                j += 1  # "part of north Belfast": Belfast (but "of South Sulawesi")
        elif (
            k < n
            and k > j
            and all(w in place_adjectives or w in compass_words for w in lower[j:k])
            and _capital(view, k)
        ):
            j = k  # "in the southern Arequipa region", "into southern Bangladesh", "in west London"
        start = j
        end = _name_end(view, start)
        if (
            end > start
            and end + 2 < n
            and lower[end] in word_class("settlement")
            and lower[end + 1] == "of"
            and _capital(view, end + 2)
        ):
            start = end + 2  # "in the Texas city of Uvalde": the city is the place
            end = _name_end(view, start)
        if from_place and not _left_from(view, i):
            # "crossed from Ukraine", "mediators from Egypt": where someone came from,
            # which is not where the event happened; it keeps the dateline's city away
            # from a movement all the same. ("evacuated from Kharkiv" happens there.)
            if end > start:
                out.append(PlaceMention(i, start, end, goal=True, named=False))
            continue
        if end == start:
            building = _unnamed_facility(view, i) if word in place_preps else None
            if building is not None:
                # "arrested at the bus station", "gathered outside parliament": a building.
                out.append(PlaceMention(i, building[0], building[1], goal=False))
                continue
            if word in place_preps and word != "through":  # "tore through forests"
                unnamed = _unnamed_place(view, i + 1)
                if unnamed is not None:
                    beside = _beside_name(view, unnamed)
                    if beside is not None:
                        # "in the hills above Los Angeles": the name the landscape is by.
                        out.append(PlaceMention(i, unnamed + 1, beside, goal=False))
                    else:
                        out.append(PlaceMention(i, i + 1, unnamed, goal=False, named=False))
            continue
        if _possessive(view.tokens[end - 1].text):
            region = _owned_region(view, start, end, document)
            if region is not None:
                # "slammed into India's eastern coast", "in Nepal's remote far west": the
                # part of the place is where it happened, as written.
                goal = word not in place_preps and not compass
                if lower[region - 1] in word_class("owned_site"):
                    # "through Havana's streets", "in Kabul's main square": the town.
                    out.append(PlaceMention(i, start, end, goal=goal, owned=True))
                else:
                    out.append(PlaceMention(i, start, region, goal=goal))
                continue
            # "in Korvath's home town of Bielefeld": the owner is no place; the name
            # after "of" is.
            start = _of_name(view, end)
            end = _name_end(view, start) if start else 0
            if end <= start:
                continue
        words = lower[start:end]
        # "in New Zealand": a capitalised opening "New" before more of the name is no det
        # (but "in the New Year" names no place).
        opened = end - start > 1 and words[0] in name_opening and lower[start - 1] != "the"
        # "near the Second Thomas Shoal": a capitalised ordinal that opens a longer name is
        # part of it (but "in the New Year" names no place).
        opened = opened or (
            end - start > 1
            and words[0] in det
            and words[0].endswith(_ORDINAL_ENDINGS)
            and _capital(view, start)
        )
        if any(w in nonplace or w in det or w in pronouns for w in words[opened:]):
            continue
        if end - start == 1 and _demonym_before_noun(view, start):
            if _national_border(view, start):
                # "near the Sudanese border": a line on the map, named by its country.
                goal = word not in place_preps and not compass
                out.append(PlaceMention(i, start, start + 2, goal=goal))
            continue  # "in the Vietnamese capital": an adjective, not the place's name
        if end - start == 1 and _demonym_adjective(view, start):
            # "at Spanish airports", "through Asian markets": an adjective too, and places
            # described without a name, which keep the places told before away (not "in
            # the Japanese market": one thing, where the dateline may still place it).
            if word in place_preps and start == i + 1:
                out.append(PlaceMention(i, start, end, goal=False, named=False))
            continue
        site = _facility_end(view, start, end, document)
        if site is not None:
            # "trapped in the San Lorenzo mine", "at the Zaporizhzhia nuclear plant": the
            # facility is the place, by its name and head noun; "at the Kalvo mine in
            # Chile" is placed by the larger name after it, as below.
            if _name_follows(view, site, "in"):
                continue
            end = site
        if start > i + 1 and lower[start - 1] == "the" and _modifies_noun(view, end):
            continue  # "in the Australian Open final": the name qualifies a thing
        if any(w in facility for w in words) and _name_follows(view, end, "in"):
            continue  # "at Wembley Stadium in London": the city places it
        # "at U.N. headquarters in New York": so does it here.
        after = end + 1 if end + 1 < n and lower[end] == "." else end
        if after < n and lower[after] in facility and _name_follows(view, after + 1, "in"):
            continue
        if out and out[-1].end == i and word == "in" and out[-1].named and not out[-1].goal:
            continue  # "at Camp Halden in East Antarctica": the nearer name places it
        goal = word not in place_preps and not from_place and not compass
        out.append(PlaceMention(i, start, end, goal=goal))
    return out


class PlaceIndex:
    """A sentence's places by clause, for the nearest-place look-up of each event."""

    def __init__(
        self, places: Sequence[PlaceMention], clause_of: Sequence[int], with_events: set[int]
    ) -> None:
        self._any: dict[int, list[PlaceMention]] = {}
        self._where: dict[int, list[PlaceMention]] = {}
        self._free: dict[int, list[PlaceMention]] = {}
        self._with_events = with_events
        for place in places:  # already in text order
            clause = clause_of[place.prep]
            self._any.setdefault(clause, []).append(place)
            if not place.goal:
                self._where.setdefault(clause, []).append(place)
                if clause not in with_events:
                    self._free.setdefault(clause, []).append(place)

    def ending_at(self, clause: int, end: int) -> PlaceMention | None:
        """The named place of ``clause`` (goals too) whose name ends at token ``end``."""
        return next((p for p in self._any.get(clause, []) if p.end == end and p.named), None)

    def right_after(self, clause: int, index: int) -> PlaceMention | None:
        """A named place whose preposition comes right after token ``index`` ("slammed
        into Bangladesh", "swept across Florida")."""
        places = self._any.get(clause, [])
        i = bisect.bisect_left(places, index + 1, key=lambda p: p.prep)
        if i < len(places) and places[i].prep == index + 1 and places[i].named:
            return places[i]
        return None

    def first_free_after(self, clause: int, reach: int) -> PlaceMention | None:
        """The first place named in the clauses after ``clause`` that have no event of
        their own, up to ``reach`` of them ("trapped when a tunnel gave way about 320 meters
        (1,050 feet) below the surface at the San Lorenzo mine": a parenthesis is a clause
        too)."""
        for later in range(clause + 1, clause + 1 + reach):
            if later in self._with_events:
                return None
            free = self._free.get(later)
            if free:
                return free[0]
        return None

    def nearest(self, clause: int, index: int, goals: bool) -> PlaceMention | None:
        """The place nearest token ``index`` in its clause (goals too, for a movement),
        else one in a neighbouring clause that has no event of its own ("In Kyiv,
        rebels attacked"; "..., and the army withdrew from the city, near Kharkiv")."""
        own = (self._any if goals else self._where).get(clause)
        if own:
            return _nearest(own, index)
        near = self._free.get(clause - 1, []) + self._free.get(clause + 1, [])
        return _nearest(near, index) if near else None


def _along(view: SentenceView, i: int) -> PlaceMention | None:
    """The place after "along" at token ``i``: a name ("along the Dnipro river"), or one
    described ("along their shared border", "along a disputed stretch of their
    frontier"), which keeps the dateline's city away; else ``None`` ("along with")."""
    lower = view.lower
    j = i + 1
    if j < len(lower) and lower[j] == "the":
        j += 1
    end = _name_end(view, j)
    if end > j and not any(w in word_class("nonplace") for w in lower[j:end]):
        return PlaceMention(i, j, end, goal=False)
    start = i + 1
    for k in range(i + 1, min(i + 1 + _FACILITY_GAP + 2, len(lower) - 1)):
        if lower[k] in word_class("place_along") and lower[k + 1] == "of":
            start = k + 2  # "a disputed stretch of their frontier"
            break
    unnamed = _unnamed_place(view, start)
    return None if unnamed is None else PlaceMention(i, start, unnamed, goal=False, named=False)


def _left_from(view: SentenceView, i: int) -> bool:
    """Whether "from" at ``i`` follows a verb of leaving, right before it or past its
    object ("evacuated 200 residents from Kherson"): the place is where it happened."""
    leave = word_class("leave_from")
    skip = word_union("det", "quantifier")
    for k in range(i - 1, max(-1, i - 6), -1):
        word = view.lower[k]
        if word in leave:
            return True
        plain = word in skip or word.replace(",", "").isdigit() or view.tokens[k].text.islower()
        if not plain or k in view.verbs or not word.replace(",", "").isalnum():
            return False
    return False


# Endings of nationality adjectives ("Vietnamese", "Kenyan", "Italian", "British",
# "Iraqi"), those that end otherwise, and place names that end the same way.
def _demonym_before_noun(view: SentenceView, k: int) -> bool:
    """Whether the capitalised word at ``k``, after "the", is a nationality adjective
    before a lower-case place noun ("the Vietnamese capital", "the Kenyan coast")."""
    n = len(view.lower)
    if k == 0 or view.lower[k - 1] != "the" or k + 1 >= n:
        return False
    after = view.tokens[k + 1].text
    if not after.islower() or after not in word_union("place_head", "place_noun", "settlement"):
        return False
    return is_demonym(view.lower[k])


# How many words may describe the part of a place after its possessive ("Nepal's remote
# far west").
_REGION_WORDS = 3


def _owned_region(
    view: SentenceView, start: int, end: int, document: Document | None
) -> int | None:
    """The end of a part of a place named by its possessive (tokens ``[start, end)``, the
    last one "India's") and a few place adjectives before a place noun ("India's eastern
    coast", "Nepal's remote far west"); not a person's or a body's ("Smith's district"),
    nor one followed by "of" ("Korvath's home town of Bielefeld")."""
    lower = view.lower
    n = len(lower)
    adjectives = word_class("place_adjective")
    nouns = word_union("place_noun", "place_head", "owned_site")
    k = end
    while k < n and k - end < _REGION_WORDS and lower[k] in adjectives:
        k += 1
    if k >= n or lower[k] not in nouns or view.tokens[k].text != lower[k]:
        return None
    if k + 1 < n and lower[k + 1] in word_class("owned_site"):
        k += 1  # "in Belfast's city centre": the site is the head
    if k + 1 < n and lower[k + 1] == "of":
        return None
    if lower[k] in word_class("owned_site") and _noun_after(view, k + 1):
        return None  # "outside Trump's downtown hotel": the site word is no head
    if document is not None:
        tokens = view.tokens
        if names_party(document, Span(tokens[start].start, tokens[end - 1].end - 2)):
            return None
    return k + 1


def _noun_after(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` is a lower-case content word that a word before it modifies
    ("downtown hotel", "square mile"), not a function word or a verb ("streets chanting",
    "square on Sunday")."""
    if k >= len(view.lower) or k in view.verbs:
        return False
    word = view.lower[k]
    function = word_union("prep", "clause", "det", "aux", "adverb", "reporting")
    return (
        word.isalpha()
        and word == view.tokens[k].text
        and word not in function
        and not word.endswith("ing")
    )


def _demonym_adjective(view: SentenceView, k: int) -> bool:
    """Whether the capitalised word at ``k`` is a nationality or continent adjective
    before a lower-case word ("Spanish airports", "European car sales"): it names no
    place of its own."""
    lower = view.lower
    if k + 1 >= len(lower) or not is_demonym(lower[k]):
        return False
    function = word_union("prep", "clause", "det", "aux", also=frozenset({"and", "or"}))
    j = k + 1
    while j < len(lower) and j in view.blocked:
        j += 1  # "in Israeli overnight strikes": a time between the adjective and its noun
    after = view.tokens[j].text if j < len(lower) else ""
    # "overnight shelling" reads as a noun after a time; "in Mali last week killed" not.
    # "in the Russian shelling of Kherson": an "-ing" after "the" and a nationality is
    # its noun.
    the_ing = j == k + 1 and k > 0 and lower[k - 1] == "the" and after.endswith("ing")
    verb = j in view.verbs and not the_ing and (j == k + 1 or not after.endswith(("ing", "s")))
    if not (after.isalpha() and after.islower()) or verb:
        return False  # "in Mali last week": a time after a name ending like "Iraqi"
    # "Iranian territorial waters", "the Kenyan coast": a place after all; "in Mali in
    # June": a name before a function word.
    places = word_union("place_head", "place_noun", "settlement")
    return after not in function and not any(w in places for w in lower[j : j + 2])


def _modifies_noun(view: SentenceView, end: int) -> bool:
    """Whether a lower-case noun follows a name ("the Champions League final", "the
    Tigray war") that is no place noun ("the Velta region") nor a building."""
    if end >= len(view.lower) or end in view.blocked or end in view.verbs:
        return False
    word = view.lower[end]
    return (
        word.isalpha()
        and word == view.tokens[end].text
        and word not in word_union("place_noun", "place_head", "facility", "prep", "clause")
        and word not in word_class("aux")
        and word not in word_union("reporting", "adverb", "pronoun")
    )


# How many words of a noun phrase may stand between "from" and "in" ("from a small
# family-run supplier in Bengaluru").
_FROM_REACH = 5


def _from_noun(view: SentenceView, i: int) -> bool:
    """Whether "in" at ``i`` follows a lower-case noun phrase opened by "from" ("seals from
    a supplier in Bengaluru"): the place belongs to that source."""
    lower = view.lower
    if "from" not in lower[max(0, i - 1 - _FROM_REACH) : i - 1]:
        return False  # most "in"s: no "from" just before
    sites = word_union("facility", "place_noun", "place_head", "settlement", "site")
    if lower[i - 1] in sites or lower[i - 1].rstrip("s") in sites:
        return False  # "seized cocaine from a warehouse in Rotterdam": it happened there
    for k in range(i - 1, max(-1, i - 1 - _FROM_REACH), -1):
        word = lower[k]
        if word == "from":
            # "evacuated 300 people from a base in Niger": left from there, so there.
            verb = lower[max(0, k - _FROM_REACH) : k]
            return k < i - 1 and word_class("leave_from").isdisjoint(verb)
        if k in view.verbs or k in view.blocked or not word.isalpha():
            return False
        if word != view.tokens[k].text or word in word_union("prep", "clause", "pronoun"):
            return False
    return False


def _held(lower: Sequence[str], i: int, holding: frozenset[str]) -> bool:
    """Whether "in" at ``i`` follows a holding word, maybe with an adverb between."""
    if lower[i - 1] in holding:
        return True
    return i > 1 and lower[i - 1].endswith("ly") and lower[i - 2] in holding


def _possessive(text: str) -> bool:
    return text.endswith(("'s", "’s"))


def _of_name(view: SentenceView, at: int) -> int:
    """The start of the name after a few lower-case words and "of" ("home town of
    Bielefeld") from token ``at``, else 0."""
    lower = view.lower
    k = at
    while (
        k < len(lower)
        and k - at < 3
        and lower[k] != "of"
        and lower[k].isalpha()
        and lower[k] == view.tokens[k].text
    ):
        k += 1
    if k > at and k + 1 < len(lower) and lower[k] == "of" and _capital(view, k + 1):
        return k + 1
    return 0


# How many lower-case words may stand between a facility's name and its head noun ("the
# Zaporizhzhia nuclear power plant").
_FACILITY_GAP = 2


def _facility_end(
    view: SentenceView, start: int, end: int, document: Document | None
) -> int | None:
    """The end of a facility's head noun after the name ``start``-``end`` ("San Lorenzo
    mine", "Zaporizhzhia nuclear plant"), else ``None``: not after a nationality ("the
    Russian embassy") nor a party's name ("the Tesla plant")."""
    lower = view.lower
    heads = word_class("place_facility_nouns")
    for k in range(end, min(end + _FACILITY_GAP + 1, len(lower))):
        word = lower[k]
        if k in view.blocked or word != view.tokens[k].text:
            return None
        if word in heads:
            break  # "the Rafah border crossing": a noun, though "crossing" is a trigger
        if k in view.verbs:
            return None
        if not word.replace("-", "").isalpha() or word in word_union("prep", "clause", "det"):
            return None
    else:
        return None
    if end - start == 1 and is_demonym(lower[start]):
        return None
    if document is not None and _party_owned(document, view, start, end):
        return None
    return k + 1


def facility_object(view: SentenceView, start: int, end: int, document: Document) -> bool:
    """Whether tokens ``start``-``end`` are a facility's name and head noun and nothing
    more ("Al-Shifa hospital", "Zaporizhzhia nuclear plant", and in title case "Evin
    Prison", "the Kakhovka Dam"): an object that is a place."""
    name_end = _name_end(view, start)
    if name_end > start and _facility_end(view, start, name_end, document) == end:
        return True
    # The head noun capitalised as part of the name: not after a lone demonym ("the
    # Russian Embassy"), nor after an organisation the article names on its own.
    last = name_end - 1
    return (
        name_end == end
        and last > start
        and view.lower[last] in word_union("place_facility_nouns", "place_road_nouns")
        and not (last - start == 1 and is_demonym(view.lower[start]))
        and not _party_owned(document, view, start, last)
    )


def facility_before(view: SentenceView, at: int, document: Document) -> int | None:
    """The first token of a facility named right before a word of nearness at token ``at``
    ("the San José mine near Copiapó", "Evin prison outside Tehran"), else ``None``: the
    facility is where it happened; the town only tells where the facility is."""
    if at < 2 or view.lower[at] not in word_class("beside"):
        return None
    lower = view.lower
    if lower[at - 1] not in word_class("place_facility_nouns"):
        return None
    k = at - 2
    while k >= 0 and at - 2 - k < _FACILITY_GAP and not _capital(view, k):
        k -= 1  # "nuclear" of "the Zaporizhzhia nuclear plant near Enerhodar"
    name_end = k + 1
    while k >= 0 and at - k <= _MAX_PLACE_WORDS + _FACILITY_GAP + 1 and _capital(view, k):
        k -= 1
    start = k + 1
    if start >= name_end or _name_end(view, start) != name_end:
        return None
    return start if _facility_end(view, start, name_end, document) == at else None


def _unnamed_facility(view: SentenceView, i: int) -> tuple[int, int] | None:
    """ "the bus station", "the hospital", "parliament" after the place word at ``i``: a
    building named by its kind, as start and end of its words (past "the"); else None.
    Not a term served ("six years in prison") nor one placed by what follows ("at the
    pumping station in Otley")."""
    lower = view.lower
    if i > 0 and lower[i - 1] in word_class("place_term_words"):
        return None
    heads = word_class("place_unnamed_buildings")
    start = i + 2 if i + 1 < len(lower) and lower[i + 1] == "the" else i + 1
    for k in range(start, min(start + _FACILITY_GAP + 1, len(lower))):
        word = lower[k]
        if k in view.blocked or word != view.tokens[k].text or not word.isalpha():
            return None
        if word in heads:
            if k + 1 < len(lower) and _qualified(view, k + 1):
                return None  # "at the school of medicine", "in the hospital car park"
            return start, k + 1
        if word in word_union("det", "pronoun", "prep", "clause"):
            return None
    return None


def _qualified(view: SentenceView, k: int) -> bool:
    """Whether the word at ``k`` goes on the noun phrase before it or places it ("of",
    "in", a lower-case noun)."""
    word = view.lower[k]
    if word in ("of", "in"):
        return True
    plain = word.isalpha() and view.tokens[k].text.islower() and k not in view.verbs
    return plain and word not in word_union("prep", "clause", "aux", "reporting", "adverb")


def _party_owned(document: Document, view: SentenceView, start: int, end: int) -> bool:
    """Whether the name ``start``-``end`` is that of an organisation the article names
    elsewhere too, owning the facility after it ("Tesla said ... at the Tesla plant"); a
    name seen only before its facility is the facility's ("the Old Trafford stadium",
    "the Rafah crossing"), however the registry guessed its kind."""
    tokens = view.tokens
    span = Span(tokens[start].start, tokens[end - 1].end)
    registry = document.memo("events.registry", mentions)
    mention = registry.starting_from(span.start)
    if mention is None or mention.span.start >= span.end or mention.span.end > span.end:
        return False
    entity = registry.entity(mention)
    return entity.kind is EntityKind.ORGANIZATION and len(entity.mentions) > 1


def _capital(view: SentenceView, k: int) -> bool:
    text = view.tokens[k].text
    return k not in view.blocked and text[:1].isalpha() and is_capitalised(text)


def _name_follows(view: SentenceView, at: int, prep: str) -> bool:
    """Whether ``prep`` and a capitalised name come at token ``at``."""
    return at + 1 < len(view.lower) and view.lower[at] == prep and _name_end(view, at + 1) > at + 1


def _beside_name(view: SentenceView, at: int) -> int | None:
    """The end of a name after a word of nearness ("above", "near", "outside") at token
    ``at``, right after a place described without a name ("the hills above Los Angeles",
    "farmland outside Kherson"), else ``None``."""
    if at + 1 >= len(view.lower) or view.lower[at] not in word_class("beside"):
        return None
    end = _name_end(view, at + 1)
    words = view.lower[at + 1 : end]
    if end <= at + 1 or any(w in word_class("nonplace") for w in words):
        return None
    return end


# How far "the" may stand before "city of" ("the southern Gaza city of Rafah").
_TOWN_REACH = 4


def _compass_town(view: SentenceView, i: int) -> bool:
    """ "south of the Greek island of Gavdos", "north of the city of Kharkiv": the compass
    word at ``i`` places an event at the name after "the [nationality] island/city of", as
    it does at a bare name; not in an apposition describing a place named before it ("Ras
    Jdir, a crossing west of the town of Zuwara")."""
    lower = view.lower
    n = len(lower)
    if not (i > 0 and i + 5 < n and lower[i + 1] == "of" and lower[i + 2] == "the"):
        return False
    if lower[i - 1] in word_union("det", "prep"):
        return False  # "the south of the island of Crete" is a part of it
    j = i + 3
    if _demonym_before_noun(view, j):
        j += 1
    if j + 2 >= n or lower[j + 1] != "of" or not _capital(view, j + 2):
        return False
    if lower[j] not in word_union("settlement", "island_noun"):
        return False
    return not in_place_apposition(view, i)


# How far back from a compass word the comma after the place it describes may stand ("Kargi,
# a village some 120 kilometres west of").
_DISTANCE_ASIDE_REACH = 8


def _distance_aside(view: SentenceView, i: int, out: Sequence[PlaceMention]) -> bool:
    """Whether the compass word at ``i`` stands in an aside that measures the distance of
    the place named just before its comma from another ("In Kargi, a village some 120
    kilometres west of Marsabit,", "in the village of Tambo, about 40 km north of
    Garissa,"): the place named first is where it happened, not the town it is measured
    from. Only lower-case words and numbers between, a distance among them."""
    if not out or not out[-1].named or out[-1].goal:
        return False
    lower = view.lower
    units = word_class("distance_unit")
    measured = False
    for k in range(i - 1, max(0, i - _DISTANCE_ASIDE_REACH) - 1, -1):
        word = lower[k]
        if word == ",":
            return measured and out[-1].end == k
        measured = measured or word in units
        if not (word.replace(",", "").replace(".", "").isalnum() and word == view.tokens[k].text):
            return False
    return False


def _town_object(view: SentenceView, i: int) -> int | None:
    """The index of "the" when "of" at ``i`` closes "the [...] city of + name" right after
    a verb ("stormed the city of Wad Madani"): what the happening took or struck is its
    place. Else ``None``."""
    lower = view.lower
    if i < 2 or i + 1 >= len(lower) or lower[i - 1] not in word_class("settlement"):
        return None
    if not _capital(view, i + 1):
        return None
    end = _name_end(view, i + 1)
    if end < len(lower) and lower[end] in word_class("place_prep") and _capital_after(view, end):
        return None  # "the village of Bulenga in North Kivu province": the larger place
    for k in range(i - 2, max(-1, i - 2 - _TOWN_REACH), -1):
        if lower[k] == "the":
            return k if k > 0 and k - 1 in view.verbs else None
        if not lower[k].replace("-", "").isalpha():
            return None
    return None


def _capital_after(view: SentenceView, at: int) -> bool:
    """Whether a name follows token ``at``, maybe after "the" or a compass adjective
    ("in eastern Congo")."""
    k = at + 1
    while k < len(view.lower) and k - at < 3 and view.lower[k] in word_class("place_adjective"):
        k += 1
    if k < len(view.lower) and view.lower[k] == "the":
        k += 1
    return k < len(view.lower) and _capital(view, k)


def _part_of_name(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The name after "the outskirts of" (and the other parts in ``event_place_on_parts``)
    from token ``start``, right after "on"; else ``None`` ("on the edge of collapse")."""
    lower = view.lower
    if start + 3 >= len(lower) or lower[start] != "the" or lower[start + 2] != "of":
        return None
    if lower[start + 1] not in word_class("place_on_parts"):
        return None
    at = start + 3
    if lower[at] == "the" and at + 1 < len(lower):
        at += 1  # "on the banks of the Danube"
    end = _name_end(view, at)
    if end <= at or any(w in word_class("nonplace") for w in lower[at:end]):
        return None
    return at, end


def described_place(
    view: SentenceView, start: int, document: Document | None
) -> tuple[int, int, bool, bool] | None:
    """After "a"/"an": a name or nationality before a noun of places and buildings ("a
    Kyiv hospital", "a Siberian prison"), as start, end, goal and named; else ``None``.
    A party's name ("a Tesla factory") is no place."""
    if start >= len(view.lower) or not _capital(view, start):
        return None
    end = _name_end(view, start)
    lower = view.lower
    nouns = word_class("place_article_nouns")
    # "a Munich train station": a word or two may stand before the noun.
    noun = end
    while (
        noun < len(lower)
        and noun - end < _FACILITY_GAP
        and lower[noun] not in nouns
        and noun not in view.blocked
        and noun not in view.verbs
        and lower[noun].isalpha()
        and lower[noun] == view.tokens[noun].text
    ):
        noun += 1
    if noun >= len(lower) or noun in view.blocked or lower[noun] != view.tokens[noun].text:
        return None
    if lower[noun] not in nouns or noun in view.verbs:
        return None
    if end - start == 1 and is_demonym(lower[start]):
        return start, noun + 1, False, False
    if any(w in word_class("nonplace") or w in word_class("det") for w in lower[start:end]):
        return None
    if document is not None:
        tokens = view.tokens
        if names_party(document, Span(tokens[start].start, tokens[end - 1].end)):
            return None
    return start, end, False, True


def _island_after(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The name of an island after "on": "Sulawesi island", "the island of Crete", "the
    Greek island of Lesbos"; else None ("on Monday", "sanctions on Iran")."""
    lower = view.lower
    n = len(lower)
    islands = word_class("island_noun")
    end = _name_end(view, start)
    if end > start and end < n and lower[end] in islands:
        return start, end
    if start < n and lower[start] == "the":
        j = start + 1
        if j < n and _demonym_before_noun(view, j):
            j += 1
        if j + 2 < n and lower[j] in islands and lower[j + 1] == "of":
            name_end = _name_end(view, j + 2)
            if name_end > j + 2:
                return j + 2, name_end
    return None


def _water_after(view: SentenceView, start: int) -> tuple[int, int] | None:
    """A name of water or high ground after "on" ("Lake Toba", "the Golan Heights", "Mount
    Sinjar"), by its first or last word; else None."""
    at = start + 1 if start < len(view.lower) and view.lower[start] == "the" else start
    end = _name_end(view, at)
    if end <= at:
        return None
    words = word_class("place_water_names")
    if view.lower[at] not in words and view.lower[end - 1] not in words:
        return None
    # "talks on Red Sea shipping", "on Red Sea security": the name qualifies a noun.
    noun = end < len(view.lower) and view.lower[end].endswith("ing") and end in view.verbs
    return None if noun or _modifies_noun(view, end) else (at, end)


@cache
def town_nouns() -> frozenset[str]:
    """Nouns for a town that a name may be set beside ("the capital Nairobi")."""
    return frozenset(lexicon_lines("event_place_apposed_heads"))


@cache
def _on_names() -> frozenset[str]:
    return frozenset(lexicon_lines("event_place_on_names"))


def _apposed_name(
    view: SentenceView, j: int, document: Document | None, bare: bool = False
) -> int | None:
    """The start of a name in apposition to a town's noun from token ``j`` (right after
    "the"; ``bare``: a nationality with no "the", "in Kenyan capital Nairobi"): "the
    Kenyan capital Nairobi", "the capital, Kinshasa,"; else ``None``. The noun alone names
    no place ("in the Kenyan capital") and a name after a comma must close its phrase and
    be no party ("In the capital, Smith said"; "In the city, Kenyan police")."""
    lower = view.lower
    n = len(lower)
    # With ``bare`` the caller saw the nationality at ``j``.
    k = j + 1 if bare or _demonym_before_noun(view, j) else j
    while k < n and k - j < 2 and lower[k] in word_class("place_adjective"):
        k += 1  # "the northern port city"
    while k + 1 < n and lower[k] in town_nouns() and lower[k + 1] in town_nouns():
        k += 1  # "the port city Mombasa"
    if k >= n or lower[k] not in town_nouns() or view.tokens[k].text != lower[k]:
        return None
    comma = k + 1 < n and lower[k + 1] == ","
    start = k + 2 if comma else k + 1
    if start >= n or not _capital(view, start):
        return None
    end = _name_end(view, start)
    if is_demonym(lower[start]) or lower[start] in word_class("det"):
        return None  # "in the capital, Kenyan police", "in the city The Times"
    if lower[start] in _honorifics():
        return None  # "Troops fired in the capital, Mr. Smith said"
    closes = end >= n or end in view.blocked or lower[end] in word_class("name_closer")
    if comma and not closes:
        return None  # "In the capital, Smith said"
    if not comma and not (
        closes or lower[end] in word_union("prep", "clause") or _verb_with_object(view, end)
    ):
        # "in the town Smith visited last year": a relative clause's subject, and "in the
        # capital Nairobi police station": a thing's name.
        return None
    if document is not None:
        tokens = view.tokens
        if names_party(document, Span(tokens[start].start, tokens[end - 1].end)):
            return None
    return start


def _verb_with_object(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` is a trigger verb with a determined or counted object right
    after it ("a strike on the capital Kyiv killed two people"): the name before it ends
    the subject, where a relative clause's verb lacks its object ("the town Smith visited
    last year")."""
    if k not in view.verbs or k + 1 >= len(view.lower):
        return False
    after = view.lower[k + 1]
    return after in word_union("det", "possessive_det", "cardinal") or after[:1].isdigit()


def named_town(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The name a town's or region's noun from token ``start`` (after "the", past place
    adjectives) sets beside it or after "of" ("the capital Kyiv", "the northern city of
    Kharkiv", "the coast of Crimea"), as token indices; else ``None``."""
    n = len(view.tokens)
    k = start
    while k < n and k - start < _MAX_PLACE_WORDS and view.lower[k] in word_class("place_adjective"):
        k += 1
    while k + 1 < n and view.lower[k] in town_nouns() and view.lower[k + 1] in town_nouns():
        k += 1  # "the port city Odesa"
    if k + 1 < n and view.lower[k] in town_nouns() and view.tokens[k + 1].text[:1].isupper():
        k += 1
    else:
        after_of = _town_of(view, k)
        if after_of is None:
            return None
        k = after_of
    end = k
    while end < n and end - k < _MAX_PLACE_WORDS and view.tokens[end].text[:1].isupper():
        end += 1
    return k, end


# How many words may describe a town's noun before its "of" ("the Russian border region
# of Belgorod", "the northern Israeli town of Majdal Shams").
_TOWN_MODIFIERS = 3


def _town_of(view: SentenceView, k: int) -> int | None:
    """The first token of the name after a place's noun and its "of", from token ``k`` past
    a few plain words that describe the place ("the frontline city of Pokrovsk", "the
    Gaza City neighbourhood of Shejaiya", "the coastal county of Lamu"); else ``None``."""
    lower = view.lower
    heads = word_union("place_noun", "settlement", "place_head")
    stops = word_union("det", "possessive_det", "prep", "clause", "pronoun", "aux")
    named = False  # a name before the noun: "the Texas city of", "the Arequipa region of"
    for j in range(k, min(len(lower) - 2, k + _TOWN_MODIFIERS + 1)):
        if lower[j] in heads and lower[j + 1] == "of" and view.tokens[j + 2].text[:1].isupper():
            # "the Arequipa region of Peru": a region's "of" after a name names what
            # holds it; a town's or a town's part's names itself ("the Gaza City
            # neighbourhood of Shejaiya").
            if named and lower[j] not in word_union("settlement", "town_part"):
                return None
            return j + 2
        named = named or (is_capitalised(view.tokens[j].text) and not is_demonym(lower[j]))
        plain = view.tokens[j].text.replace("-", "").isalpha()
        if j in view.verbs or j in view.blocked or lower[j] in stops or not plain:
            return None
    return None


def _walked_after(
    view: SentenceView, start: int, document: Document | None
) -> tuple[int, int] | None:
    """A street, square or hill named after "on" ("Capitol Hill", "Garvaghy Road", "the
    National Mall"), by the last word of a name of two words or more; else None ("on Hill",
    "a report on Anita Hill": a person, by a first name, not a place)."""
    at = start + 1 if start < len(view.lower) and view.lower[start] == "the" else start
    end = _name_end(view, at)
    if end - at < 2 or view.lower[end - 1] not in _on_names():
        return None
    if _opens_with_place(view):
        return None  # "In Nairobi's centre, students ... set tires alight on Moi Avenue"
    if _town_after(view, end):
        return None  # "on Falls Road in west Belfast": the city places it, as after a building
    if _modifies_noun(view, end):
        return None  # "on Wall Street bonuses": the name qualifies a noun
    if view.lower[at] in first_names():
        return None  # "an attack on Damon Hill": a person
    if start >= 2 and view.lower[start - 2] in word_union("on_target_noun", "target_on"):
        return None  # "a crackdown on Wall Street", "Pressure on Downing Street": a target
    if document is not None and _person_by_surname(document, view, at, end):
        return None
    return at, end


def _person_by_surname(document: Document, view: SentenceView, start: int, end: int) -> bool:
    """Whether the name ``start``-``end`` is a person's whom the article also calls by a
    shorter name ("Anita Hill ... Hill said"); a street named twice the same way is not."""
    tokens = view.tokens
    span = Span(tokens[start].start, tokens[end - 1].end)
    registry = document.memo("events.registry", mentions)
    mention = registry.starting_from(span.start)
    if mention is None or mention.span.start >= span.end:
        return False
    entity = registry.entity(mention)
    if entity.kind is not EntityKind.PERSON:
        return False
    return any(len(m) < len(span) for m in entity.mentions)


def _opens_with_place(view: SentenceView) -> bool:
    """Whether the sentence opens with "In/At + name" ("At University College London,"):
    that scene places its happenings, and a street told later is a detail of it."""
    lower = view.lower
    at = 2 if len(lower) > 2 and lower[1] == "the" else 1
    return (
        bool(lower)
        and lower[0] in word_class("place_prep")
        and at < len(lower)
        and _capital(view, at)
    )


def _town_after(view: SentenceView, at: int) -> bool:
    """Whether "in" and a name, maybe after a compass word, come at token ``at`` ("in
    Baghdad", "in west Belfast")."""
    lower = view.lower
    if at >= len(lower) or lower[at] != "in":
        return False
    k = at + 1
    if k < len(lower) and lower[k] in word_union("compass", "place_adjective"):
        k += 1
    return k < len(lower) and _capital(view, k)


def _national_border(view: SentenceView, k: int) -> bool:
    """Whether the nationality at ``k`` comes before "border" or "frontier" that ends its
    phrase ("near the Sudanese border on Sunday"), not one before a noun it qualifies
    ("the Sudanese border town of Adre", "the Syrian border crossing")."""
    lower = view.lower
    if k + 1 >= len(lower) or lower[k + 1] not in _border_nouns():
        return False
    after = k + 2
    if after >= len(lower):
        return True
    return not (_noun_after(view, after) or lower[after] in word_class("place_facility_nouns"))


@cache
def _border_nouns() -> frozenset[str]:
    return frozenset(lexicon_lines("event_place_border_nouns"))


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(line.split()[0] for line in lexicon_lines("honorifics"))


def _unnamed_place(view: SentenceView, start: int) -> int | None:
    """The end of "the border region", "farmland", "the east of the country", "the
    worst-affected districts": a few lower-case words ending in a place noun
    (``place_noun`` in the grammar)."""
    nouns = word_class("place_noun")
    preps = word_class("prep")
    lower = view.lower
    for k in range(start, min(start + _MAX_PLACE_WORDS, len(lower))):
        word = lower[k]
        if k in view.blocked or word != view.tokens[k].text:
            return None
        if not word.isalpha() and not (word[:1].isalpha() and word.replace("-", "").isalpha()):
            return None  # "the worst-affected districts" may hold a hyphen
        if k > start and word != "of" and word in preps:
            return None  # "in heavy seas off the coast of Sulawesi": the coast is another's
        if word in nouns or (k > start and word in word_class("place_unnamed_nouns")):
            # "the east of the country" reaches past its "of".
            if k + 3 < len(lower) and lower[k + 1] == "of" and lower[k + 3] in _OF_NOUNS | nouns:
                return k + 4
            return k + 1
    return None


def _nearest(places: Sequence[PlaceMention], index: int) -> PlaceMention | None:
    i = bisect.bisect_left(places, index, key=lambda p: p.start)
    best: PlaceMention | None = None
    for j in (i - 1, i):
        if 0 <= j < len(places) and (
            best is None or abs(places[j].start - index) < abs(best.start - index)
        ):
            best = places[j]
    return best


def _name_end(view: SentenceView, start: int) -> int:
    """The end of a run of capitalised words ("Democratic Republic of Congo"); not past an
    "on" whose run names a day ("the city of Sumy on Palm Sunday", a day the time finder
    may not know), as "Newcastle upon Tyne" does not."""
    n = len(view.lower)
    end = start
    k = start
    link = -1  # the last "on" taken
    while k < n and k - start < _MAX_PLACE_WORDS:
        text = view.tokens[k].text
        if k not in view.blocked and text[:1].isalpha() and is_capitalised(text):
            if link > 0 and view.lower[k] in word_class("calendar_owner"):
                return link
            k += 1
            end = k
        elif (
            end > start
            and (view.lower[k] in _NAME_LINKS or view.lower[k] in word_class("name_link"))
            and k + 1 < n
        ):
            link = k if view.lower[k] == "on" else link
            k += 1
        else:
            break
    return end


class Located(NamedTuple):
    """A place name for an event and the span it was read from."""

    name: str
    span: Span


def dateline_place(article: Article) -> Located | None:
    """The city of the dateline ("HAMBURG, Germany —" gives Hamburg)."""
    if article.dateline is None or article.dateline_span is None:
        return None
    text = article.dateline_span.slice(article.text)
    head = text.split(",", 1)[0].split("(", 1)[0]
    head = head.strip(" \t—–-:")
    if not head or not any(c.isalpha() for c in head):
        return None
    offset = text.find(head)
    start = article.dateline_span.start + max(offset, 0)
    name = head.title() if head.isupper() else head
    return Located(name, Span(start, start + len(head)))


def dateline_country(article: Article) -> Located | None:
    """The country of the dateline ("LUSAKA, Zambia (AP) -" gives Zambia), if it names one:
    not a date ("LONDON, March 7") nor an abbreviated state ("KANSAS CITY, Mo.")."""
    if article.dateline_span is None:
        return None
    text = article.dateline_span.slice(article.text)
    parts = text.split("(", 1)[0].split(",")
    if len(parts) < 2:
        return None
    country = parts[1].strip(" \t—–-:")
    words = country.split()
    if not words or len(words) > 3 or not all(w.isalpha() and w[:1].isupper() for w in words):
        return None  # "March 7", "Mo.", "D.C."
    start = article.dateline_span.start + text.find(country, len(parts[0]))
    name = country.title() if country.isupper() else country
    return Located(name, Span(start, start + len(country)))


def claim_at(claims: SpanIndex[Claim], span: Span) -> Claim | None:
    """The claim whose words contain ``span``, if any (the innermost when nested)."""
    j = bisect.bisect_right(claims.starts, span.start) - 1
    seen = 0
    while j >= 0 and seen < 4:
        if claims.facts[j].span.contains(span):
            return claims.facts[j]
        j -= 1
        seen += 1
    return None
