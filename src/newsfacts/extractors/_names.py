"""The name finder: one registry per article of the people, organisations and groups in it.

Usage (from any extractor)::

    from newsfacts.extractors._names import mentions

    reg = mentions(document)              # computed once per document, then shared
    for entity in reg.entities:           # Entity(id, name, kind, role, gender, span, mentions)
        ...
    m = reg.at(offset)                    # the Mention covering an offset, or None
    ent = reg.resolve(span)               # entity a phrase at ``span`` refers to (a name,
                                          # surname, pronoun, role or organisation phrase)
    ent = reg.last_person(before=offset, gender="female")
    lows = lower_tokens(document)         # document.tokens lower-cased (_tokens), shared

A :class:`Mention` is one place in the text that refers to an entity: a full name
("Maria Keller"), a surname ("Keller"), a pronoun ("she"), a role phrase ("the union
leader", "A company spokesman"), an organisation ("HHLA", "the ministry") or a group
("Western diplomats"). Every mention of a person points at one :class:`Entity` whose
``name`` is the canonical full name, so "Keller", "she" and "the union leader" all give
"Maria Keller".

How it works, in one left-to-right pass over the sentences (linear in the text):

* capitalised sequences are names; pre-name titles ("European Commission President Ana
  Costa") and honorifics ("Mr.") are split off as role and gender; sequences with an
  organisation word ("Ministry", "Institute", "International") or known organisation
  names ("Human Rights Watch"), or with an acronym and no first name ("NHS England"), are
  organisations, as is a name followed by ", which" or "said its"; "Professor Jane Doe of
  Oxford University" splits into the person and the body; a lone capitalised word that
  ends an earlier person's name is a surname;
* role phrases (a role noun with its modifiers: "Germany's transport minister") are
  linked to a name beside them (appositions "Jens Albrecht, a company spokesman," and
  "A company spokesman, Jens Albrecht,", or directly before it: "Union leader Maria
  Keller"); a definite role phrase alone ("the union leader") is resolved to the most
  recent person named with a matching role, and "the 34-year-old ..." or a kin noun ("the
  mother of three") to the person named last;
* pronouns go to the most recent compatible person (gender from honorifics, titles,
  first-name lexicons, or an earlier pronoun that was resolved to them); an object or
  possessive pronoun ("after her") goes to a recent person known to be of its gender
  rather than teach it to someone of unknown gender named in an earlier sentence; "It"
  opening a sentence is the body that was the subject of the one before ("The Commission
  fined Meta. It said");
* plural people nouns make groups; phrases with an anonymity cue ("who spoke on
  condition of anonymity") make anonymous sources; "the woman, who asked to be identified
  only by her surname, Wong," or "a survivor who gave her name only as Esperance" names
  the person; "the woman" is the woman mentioned last; a one-word name followed by
  ", who" or an age (", 34,"), or speaking as only a person does ("Speaking to
  reporters, Okafor said", "Okafor told reporters"), is a person; "the 52-year-old"
  alone is the person named last;
* a known place ("Georgia", "Jordan") alone is no person, whatever the first-name lists
  say; a name ending like a club's ("Dunmore Rovers") is a club; a role noun or a name
  followed by a verb ("The minister met families") ends a phrase;
* "the company", "the club", "the group" go to the body of that kind named last (a
  company's "... AG" or "carmaker Voltera", a club's "Harlow City"), never to a prize
  ("FA Trophy") or a body of another kind ("Ministry of Energy"); "the agency", "the
  charity", "the commission" to a body named with a word of that kind (``alike`` in
  ``name_grammar.txt``: "World Food Programme" for "the agency"); with no body named,
  "the company" is a lone word that opened a recent sentence before a past verb
  ("Arianespace launched ...");
* a possessive description ("India's space agency", "Germany's finance ministry") is the
  body named before or after it that shares a telling word and its noun or owner
  ("Indian Space Research Organisation", "Federal Ministry of Finance");
* an acronym is the organisation it follows in brackets ("the Athletics Integrity Unit
  (AIU)") or whose initials it spells ("CAS" for "Court of Arbitration for Sport"), and an
  acronym met first (in a headline) is merged into the full name: one canonical name;
* a possessive plural or a title inside a body's name stays in it ("the Tenants' Union",
  "Directorate General of Coastal Safety"); a role phrase after a copula is said of the
  person named before it ("Okonjo was the daughter of a schoolteacher"); a lone first
  word described by ", the association that ..., said" is a name;
* a title's seat is no person ("the Labour MP for Stroud Vale", "Mayor of London Sadiq
  Khan" is Sadiq Khan); "the pilots' union" is a body, not the pilots; "Lumora, a
  hardware startup," is one body, later "the startup"; "the Spaniard said" is the person
  just named; "South Korea", "New Zealand" keep their first word at a sentence's start;
  "they" right after "who" is never the noun "who" stands for.

Wire and newspaper copy adds its own forms: a company's dotted legal form is part of its
name and closes it ("Upjohn Co.", "Hewlett-Packard Co. Recently"), and the name without
it or its first word is the company later ("Upjohn", "Hewlett"), even when it was first
named inside a role phrase; "An IBM spokeswoman said the company" is IBM; the plural of
a nationality or faith ("Cuban Americans", "Catholics") is a group; a publication
("the Communist Party daily Granma", "the Chicago Tribune") a body; "Hewlett-Packard's
Mr. Archuleta" and "Australians for a Constitutional Monarchy executive director Kerry
Jones" are one mention of the person; "The head of the inquiry in Dar es Salaam, Kenneth
Piernick," ties the role across the place; a bare surname two people share is the one
named in full last; "Elian's father" is the one person of Elian's surname the story calls
his father (or, when the phrase recurs, the one with no kin noun of their own); a pronoun
inside a quotation teaches no one a gender; headlines in capitals give no entities, and in
title case no people without a first name or title, and a run there ends at its verb
("Boris Johnson Quits").

Resolution looks backwards, with three exceptions settled after the pass: a bare surname
met before the full name (typically in the headline) is merged into it; a role phrase
never tied to a name ("The head of Austria's central bank said") goes to the first person
named within four paragraphs with a matching role ("Governor Katharina Vogel"), and a
headline or lead role to the person named right after it; an indefinite role ("a
spokesman") goes to the one named person with that role. A dateline ("HAMBURG, Germany
(Reuters) -") gives no entities; news agencies are never what a pronoun refers to; "the"
before a capitalised name makes it an organisation ("The Kansas City Comets", later "the
Comets"). The lexicons live in ``newsfacts/data/``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Set
from functools import cache, lru_cache
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Literal, NamedTuple

import attrs

from newsfacts.document import Document, Token
from newsfacts.extractors._events_lexicon import verb_forms
from newsfacts.extractors._tokens import lower_tokens, token_starts
from newsfacts.lexicons import lexicon_lines
from newsfacts.models import EntityKind, Span

__all__ = [
    "ACCORDING",
    "ANONYMITY",
    "JOINER",
    "POSTNOMINALS",
    "SAYING",
    "Entity",
    "Gender",
    "Mention",
    "MentionForm",
    "Mentions",
    "flag_filter",
    "mentions",
    "name_lexicon",
    "token_flags",
    "word_set",
]

Gender = Literal["female", "male"]
#: How a mention names its entity.
MentionForm = Literal[
    "name", "surname", "pronoun", "role", "organization", "group", "anonymous", "unknown"
]

MEMO_KEY = "newsfacts.names"


@cache
def _word_classes(name: str) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for line in lexicon_lines(name):
        cls, _, word = line.partition(" ")
        classes.setdefault(cls, set()).add(word.strip())
    return {cls: frozenset(words) for cls, words in classes.items()}


def word_set(name: str, cls: str) -> frozenset[str]:
    """One class of a ``data/<name>.txt`` file of "<class> <word>" lines (function words)."""
    return _word_classes(name).get(cls, frozenset())


class Entity(NamedTuple):
    """Someone or something the article mentions, with every mention of it.

    ``name`` is the canonical name: the full name of a person when the article gives
    it, otherwise the phrase that introduced the entity ("senior official at the port").
    ``span`` is the mention that gave the name; ``mentions`` are all mentions, in order.
    ``kind`` is UNKNOWN for a capitalised name with nothing telling what it is (often a
    place). A named tuple, like :class:`Mention`, because it is cheap to build.
    """

    id: int
    name: str
    kind: EntityKind
    role: str | None
    gender: Gender | None
    span: Span
    mentions: tuple[Span, ...]


class Mention(NamedTuple):
    """One place in the text that refers to an entity (``entity`` indexes ``entities``).

    A named tuple rather than an attrs class: an article has hundreds of mentions, and
    building them is a measurable share of the registry's time.
    """

    span: Span
    entity: int
    form: MentionForm


_SPAN_START = attrgetter("span.start")
_SPAN_END = attrgetter("span.end")


class Mentions:
    """The registry of one article: entities and their mentions, sorted by offset."""

    __slots__ = ("_ends", "_starts", "entities", "mentions")

    def __init__(self, entities: tuple[Entity, ...], mentions: tuple[Mention, ...]) -> None:
        self.entities = entities
        self.mentions = mentions
        self._starts = list(map(_SPAN_START, mentions))
        self._ends = list(map(_SPAN_END, mentions))

    def __repr__(self) -> str:
        return f"<Mentions {len(self.entities)} entities, {len(self.mentions)} mentions>"

    def entity(self, mention: Mention) -> Entity:
        """The entity a mention refers to."""
        return self.entities[mention.entity]

    def at(self, offset: int) -> Mention | None:
        """The mention covering ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.mentions[i].span.start <= offset < self.mentions[i].span.end:
            return self.mentions[i]
        return None

    def in_span(self, span: Span) -> tuple[Mention, ...]:
        """The mentions lying wholly inside ``span``, in order."""
        lo = bisect.bisect_left(self._starts, span.start)
        hi = bisect.bisect_left(self._starts, span.end)
        return tuple(m for m in self.mentions[lo:hi] if m.span.end <= span.end)

    def ending_before(self, offset: int) -> Mention | None:
        """The last mention that starts before ``offset``, if it ends at or before it."""
        i = bisect.bisect_left(self._starts, offset) - 1
        if i >= 0 and self.mentions[i].span.end <= offset:
            return self.mentions[i]
        return None

    def starting_from(self, offset: int) -> Mention | None:
        """The first mention starting at or after ``offset``."""
        i = bisect.bisect_left(self._starts, offset)
        return self.mentions[i] if i < len(self.mentions) else None

    def resolve(self, span: Span) -> Entity | None:
        """The entity the phrase at ``span`` refers to: a mention overlapping it, if any."""
        lo = bisect.bisect_left(self._starts, span.start)
        for i in (lo - 1, lo):
            if 0 <= i < len(self.mentions) and self.mentions[i].span.overlaps(span):
                return self.entities[self.mentions[i].entity]
        return None

    def last_person(self, before: int, gender: Gender | None = None) -> Entity | None:
        """The person mentioned last before ``before`` whose gender is compatible."""
        i = bisect.bisect_left(self._starts, before) - 1
        while i >= 0:
            ent = self.entities[self.mentions[i].entity]
            if ent.kind is EntityKind.PERSON and (
                gender is None or ent.gender is None or ent.gender == gender
            ):
                return ent
            i -= 1
        return None


def token_flags(document: Document) -> bytes:
    """One flag byte per token (:data:`SAYING`, :data:`ANONYMITY`, ...), shared by the
    extractors: each token text is classified once per process, so picking the tokens
    with some flag is a ``bytes.translate`` and an ``itertools.compress``."""
    return document.memo(
        "newsfacts.token_flags",
        lambda d: bytes(map(_TOKEN_FLAGS.__getitem__, map(_TEXT, d.tokens))),
    )


def mentions(document: Document) -> Mentions:
    """The registry of ``document``, built on first use and shared by all extractors."""
    return document.memo(MEMO_KEY, _build)


# -- lexicons ----------------------------------------------------------------------------


@attrs.frozen
class _Lex:
    titles: frozenset[str]
    title_mods: frozenset[str]
    title_gender: dict[str, Gender]
    honorifics: dict[str, Gender | None]
    roles: frozenset[str]
    role_gender: dict[str, Gender]
    groups: frozenset[str]
    org_words: frozenset[str]
    org_nouns: frozenset[str]
    generic_orgs: frozenset[str]
    org_names: frozenset[str]
    activities: frozenset[str]  # "athletics", "cricket": with a country, a national body
    org_endings: frozenset[str]  # "economics", "ratings": last word of a firm's name
    non_names: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    anonymous_cues: tuple[str, ...]
    stop: frozenset[str]
    heads: frozenset[str]
    verbs: frozenset[str]
    # verbs of demand ("called"): reporting verbs only before "for", which the
    # claims finder checks; flagged as saying, never a verb for the name rules here
    demands: frozenset[str]
    anonymous_by_first: dict[str, tuple[str, ...]]
    agencies: frozenset[str]
    places: frozenset[str]
    # org words, titles, honorifics and roles: a capitalised word that is none of them is
    # a plain name when alone ("Keller")
    not_plain: frozenset[str]
    titled: frozenset[str]  # titles, honorifics and roles
    # function words, titles and honorifics: a capitalised word alone that is one of them
    # is no name ("The", "Minister", "Mr")
    no_single: frozenset[str]


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Lower-cased phrases grouped by their first word, longest first."""
    out: dict[str, list[str]] = {}
    for phrase in phrases:
        low = phrase.lower()
        out.setdefault(low.split()[0], []).append(low)
    return {w: tuple(sorted(ps, key=len, reverse=True)) for w, ps in out.items()}


def _gender(value: str) -> Gender | None:
    return value if value in ("female", "male") else None  # type: ignore[return-value]


def name_lexicon() -> _Lex:
    """The registry's word lists, parsed once: the claims finder reads the same roles,
    groups, honorifics, organisation nouns and news agencies rather than its own copy."""
    return _lex()


@cache
def _lex() -> _Lex:
    titles: set[str] = set()
    mods: set[str] = set()
    title_gender: dict[str, Gender] = {}
    for line in lexicon_lines("titles"):
        word, _, extra = line.partition(" ")
        word = word.lower()
        if extra.strip() == "mod":
            mods.add(word)
            continue
        titles.add(word)
        if (g := _gender(extra.strip())) is not None:
            title_gender[word] = g
    honorifics: dict[str, Gender | None] = {}
    for line in lexicon_lines("honorifics"):
        word, _, extra = line.partition(" ")
        honorifics[word.lower()] = _gender(extra.strip())
    roles: set[str] = set()
    role_gender: dict[str, Gender] = {}
    for line in lexicon_lines("roles"):
        word, _, extra = line.partition(" ")
        roles.add(word.lower())
        if (g := _gender(extra.strip())) is not None:
            role_gender[word.lower()] = g
    female = frozenset(lexicon_lines("first_names_female"))
    male = frozenset(lexicon_lines("first_names_male"))
    non_names = frozenset(w.lower() for w in lexicon_lines("non_names"))
    zones = frozenset(w.lower() for w in lexicon_lines("time_zones"))
    verb_rows = [line.lower().split() for line in lexicon_lines("reporting_verbs")]
    verb_rows += [line.lower().split() for line in word_set("claim_grammar", "more_verbs")]
    verbs = frozenset(row[0] for row in verb_rows if row[1:] != ["for"])
    demands = frozenset(row[0] for row in verb_rows if row[1:] == ["for"])
    groups = frozenset(w.lower() for w in lexicon_lines("groups"))
    org_nouns = frozenset(
        w.lower().removesuffix(" generic") for w in lexicon_lines("organization_nouns")
    )
    titled = frozenset(titles) | frozenset(honorifics) | frozenset(roles)
    return _Lex(
        titles=frozenset(titles),
        title_mods=frozenset(mods),
        title_gender=title_gender,
        honorifics=honorifics,
        roles=frozenset(roles),
        role_gender=role_gender,
        groups=groups,
        org_words=frozenset(w.lower() for w in lexicon_lines("organization_words")),
        org_nouns=org_nouns,
        generic_orgs=frozenset(
            w.lower().removesuffix(" generic")
            for w in lexicon_lines("organization_nouns")
            if w.endswith(" generic")
        ),
        org_names=frozenset(lexicon_lines("organization_names")),
        activities=frozenset(w.lower() for w in lexicon_lines("organization_activities")),
        org_endings=frozenset(w.lower() for w in lexicon_lines("organization_endings")),
        non_names=non_names,
        female=female - male,
        male=male - female,
        anonymous_cues=tuple(c.lower() for c in lexicon_lines("anonymous_cues")),
        stop=verbs | _VERBISH | _FUNCTION | _CLAUSE_WORDS | frozenset(_PRONOUNS),
        heads=frozenset(roles) | groups | org_nouns | frozenset(_PRONOUNS) | _DEMONYMS,
        verbs=verbs,
        demands=demands,
        agencies=frozenset(w.lower() for w in lexicon_lines("news_agencies")),
        anonymous_by_first=_by_first_word(lexicon_lines("anonymous_cues")),
        places=frozenset(lexicon_lines("place_names")),
        not_plain=frozenset(w.lower() for w in lexicon_lines("organization_words")) | titled,
        titled=titled,
        # (a time zone after a clock time, "0250 GMT", is never a name on its own)
        no_single=non_names | frozenset(titles) | frozenset(honorifics) | zones,
    )


# Words that never sit inside a role phrase's modifiers (beyond the function words of
# non_names and the reporting verbs): auxiliaries and common verbs.
_VERBISH = word_set("name_grammar", "verbish")
_PRONOUNS: dict[str, Gender | Literal["plural", "neuter"]] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "they": "plural",
    "them": "plural",
    "it": "neuter",
}
_DETERMINERS = word_set("name_grammar", "determiners")
_INDEFINITE = frozenset(("a", "an"))
_NAME_PARTICLES = word_set("name_grammar", "name_particles")
_DISTRICT_LEADS = word_set("name_grammar", "district_leads")  # "in Miami's Little Havana"
_PORTFOLIOS = word_set("name_grammar", "portfolios")
_ORG_CONNECTORS = frozenset(("of", "for", "the", "and", "&", "on"))
_ROLE_PREPS = frozenset(("of", "at", "for", "from", "with", "in"))
_RELATIVES = frozenset(("who", "whom", "which"))  # (not "that": "told them that they")
_SEATS = word_set("name_grammar", "seats")
_DEMONYMS = word_set("name_grammar", "demonyms")
_DEMONYM_REGIONS = word_set("name_grammar", "demonym_regions")
_NAME_OPENERS = word_set("name_grammar", "name_openers")
_TIME_OPENERS = word_set("name_grammar", "time_openers")
_CALENDAR_NAMES = word_set("name_grammar", "calendar_names")
_TO_ROLES = word_set("name_grammar", "to_roles")
_PLACE_MODIFIERS = word_set("name_grammar", "place_modifiers")
# "I", "me", "my": a quote in the first person singular is one person's own words.
_FIRST_SINGULAR = word_set("claim_grammar", "first_person") | {"i"}
_BODY_NAMING = word_set("name_grammar", "body_naming")
_INFORMANTS = word_set("name_grammar", "informants")
_PAST_SAYING = frozenset(("said", "told", "wrote", "spoke", "thought", "felt", "knew"))
_BEFORE_VERB = word_set("name_grammar", "before_verb")
_COLLECTIVE_HEADS = word_set("name_grammar", "collective_heads")
#: Lower-case nouns closing a long body's name joined by "and" ("... Event Data project").
_PROJECT_NOUNS = word_set("name_grammar", "project_nouns")
#: Nouns for kinds of body besides the organisation nouns ("broadcaster", "federation").
_OTHER_BODIES = word_set("name_grammar", "body_kinds")
_PLACE_PREPS = frozenset(("in", "at", "near", "from", "to", "into", "outside", "across"))
_PLATFORMS = word_set("name_grammar", "platforms")  # ("wrote on Telegram": no one)
_PLATFORM_PREPS = frozenset(("on", "via"))
# Nouns that name an organisation even without a determiner ("police said").
# Words before a place's name: "the market women of Kano, who ..." (no "to", "from": "spoke
# to Amani, who ..." is a person).
_COPULAS = word_set("name_grammar", "copulas")
_OF_PLACE = frozenset(("of", "in", "at", "near", "across", "outside", "into"))
_BARE_ORGS = frozenset(("police", "government", "authorities", "military", "army"))
_FUNCTION = word_set("name_grammar", "function")
_CLAUSE_WORDS = word_set("name_grammar", "clause_words")
_QUANTIFIERS = word_set("name_grammar", "quantifiers")
_CHIEF = word_set("name_grammar", "chief")
_CABINET = word_set("name_grammar", "cabinet")
_NOT_CABINET = word_set("name_grammar", "not_cabinet")
_NUMBERED = word_set("name_grammar", "numbered")
_BODY_ROLES = word_set("name_grammar", "body_roles")
_KIN = word_set("name_grammar", "kin")
_LEADS = word_set("name_grammar", "leads")
_PLURAL_OWNERS = word_set("name_grammar", "plural_owners")
_COMPETITIONS = word_set("name_grammar", "competition")
# A company's legal forms ("Inc", "Corp", "Plc"): a name ending in one has short names.
_LEGAL_FORMS = frozenset(w.lower() for w in lexicon_lines("company_suffixes"))
_COMPANY_SUFFIXES = _LEGAL_FORMS | word_set("name_grammar", "company_suffix")
# A legal form written with a dot ("Upjohn Co.", "Sun Microsystems Inc."): the dot is the
# name's, and no capitalised word after it joins the name.
_ABBREVIATED_SUFFIXES = word_set("name_grammar", "abbreviated_suffix")
_PLACE_ABBREVIATIONS = word_set("name_grammar", "place_abbreviation")
_NAMED_FACILITIES = word_set("name_grammar", "named_facility")
# Upper-case letters after a name that end it ("Andrew Kent KC said"); claims skip them
# between a name and its verb.
POSTNOMINALS = frozenset(w.upper() for w in word_set("name_grammar", "postnominal"))
_COMPANY_NOUNS = word_set("name_grammar", "company_nouns")
_CLAUSE_LINKS = word_set("name_grammar", "clause_links")
_CLUB_NOUNS = word_set("name_grammar", "club_nouns")
_CLUB_WORDS = word_set("name_grammar", "club_words")
_CLUB_PLACE_WORDS = word_set("name_grammar", "club_place_words")
_CLUB_OPENERS = word_set("name_grammar", "club_openers")
_PERSON_OPENERS = word_set("name_grammar", "person_openers")
_PERSON_AUDIENCES = word_set("name_grammar", "person_audiences")
_IT_AGENT_AUX = word_set("name_grammar", "it_agent_aux")
_IT_EXPLETIVE = word_set("name_grammar", "it_expletive")
_BODY_FOLLOWERS = word_set("name_grammar", "body_followers")
_NATIONAL_ENDINGS = tuple(sorted(word_set("name_grammar", "national_endings")))
# "the lawyer" is the person named as "Defense attorney X": role nouns of one job.
_SAME_ROLE: dict[str, frozenset[str]] = {}
for _pair in word_set("name_grammar", "same_role"):
    _a, _b = _pair.split()
    _SAME_ROLE[_a] = _SAME_ROLE.get(_a, frozenset()) | {_b}
    _SAME_ROLE[_b] = _SAME_ROLE.get(_b, frozenset()) | {_a}
_PAST_VERBS = word_set("name_grammar", "past_verbs")
# Words that open a verb's object ("Farmers in Isiolo see it differently"): a lower-case
# word before one of them is the verb, not the end of the group's phrase. Determiners and
# object pronouns, but not a clause's "that" nor a demonstrative ("Residents of the town
# that", "people this week").
_VERB_OBJECTS = (
    (word_set("name_grammar", "determiners") | word_set("name_grammar", "object_pronouns"))
    - word_set("name_grammar", "clause_links")
    - {"this"}
)
_JOINED_OFFICES = word_set("name_grammar", "joined_offices")
_RIVAL_PREPS = word_set("name_grammar", "rival_preps")
_WITHIN_PREPS = word_set("name_grammar", "place_preps")  # "a herder near Wajir"
_COMPANY_WORDS = _COMPANY_SUFFIXES | word_set("name_grammar", "company_words")
_BODY_NOUNS = word_set("name_grammar", "body_nouns")
_PUBLIC_BODIES = word_set("name_grammar", "public_bodies")
_KINDLESS_HEADS = word_set("name_grammar", "kindless_heads")
_ADJECTIVE_NOUNS = word_set("name_grammar", "adjective_nouns")
_FAMILY = word_set("name_grammar", "family")
_SPOKESPEOPLE = word_set("name_grammar", "spokespeople")
_GENERIC_FIRSTS = word_set("name_grammar", "generic_firsts")
_PARTITIVES = word_set("name_grammar", "partitives") | _QUANTIFIERS
_FAITHS = word_set("name_grammar", "faiths")
_GENERATIONS = word_set("name_grammar", "generations")
_PARTIES = word_set("name_grammar", "parties")
_CAMPAIGN_HEADS = word_set("name_grammar", "campaign_heads")
_INNER_PHRASES = word_set("name_grammar", "inner_phrases")
_PLACE_INNER = word_set("name_grammar", "place_inner")
_INNER_FIRSTS = frozenset(phrase.split()[0] for phrase in _INNER_PHRASES)
# How far into the first paragraph a headline is looked for (characters).
_HEADLINE_REACH = 200

# Family names ending like a verb ("Jones", "Hughes"): never a headline's verb.
_SURNAMES = frozenset(w.lower() for w in lexicon_lines("surnames"))
# Endings of a word in "s" that is no plural ("Airbus", "Ferris", "Glass").
_NOT_PLURAL = frozenset(("us", "is", "ss"))
# Words a description shares with many bodies' names ("national", "ministry"): never
# enough to say which body it describes.
_UNTELLING = (
    word_set("name_grammar", "untelling")
    | frozenset(w.lower() for w in lexicon_lines("organization_words"))
    | frozenset(w.lower().removesuffix(" generic") for w in lexicon_lines("organization_nouns"))
)
# Per generic noun: the words that make a name of its kind, the nouns that introduce one,
# and whether a team's plural name ("the Comets") is one.
_FITS: dict[str, tuple[frozenset[str], frozenset[str], bool]] = {
    **{n: (_COMPANY_WORDS, _COMPANY_NOUNS, False) for n in _COMPANY_NOUNS | {"bank"}},
    **{n: (_CLUB_WORDS | _CLUB_PLACE_WORDS, _CLUB_NOUNS, True) for n in _CLUB_NOUNS},
    **{n: (word_set("name_grammar", "group_words"), _BODY_NOUNS, False) for n in _BODY_NOUNS},
    # "the group" is a campaign group or a company's ("Coastline Energy ... the group").
    "group": (
        word_set("name_grammar", "group_words") | _COMPANY_WORDS,
        _BODY_NOUNS | _COMPANY_NOUNS,
        False,
    ),
}
_APOSTROPHES = frozenset(("'", "’"))
# A lower-case noun set off by a comma just before a name ("the miners' union, the ..."),
# or a description set off by commas just after it (", the miners' union,"): the kind of
# body the name is. Both look at a few dozen characters only.
_NOUN_BEFORE = re.compile(r"([a-z]+)['’]?\s*,\s*(?:the\s+)?$")
_NOUN_AFTER = re.compile(r"\s*,\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)(?:\s*[,.]|\s+of\b)")
# Words after a capitalised word that may close its name ("Mr.", "St Thomas' Hospital")
# or join it to a capitalised word after them ("Ludwig van Beethoven"): see ``_cap_run``.
_NAME_CLOSERS = _APOSTROPHES | {"."}
_NAME_JOINERS = _NAME_PARTICLES | _ORG_CONNECTORS
_ALIKE: dict[str, frozenset[str]] = {}
for _entry in sorted(word_set("name_grammar", "alike")):
    _head, _word = _entry.split()
    _ALIKE[_head] = _ALIKE.get(_head, frozenset()) | {_word}
# Per role noun, the title words of those it may name ("the leader": a chancellor).
_TITLED: dict[str, frozenset[str]] = {}
for _entry in sorted(word_set("name_grammar", "titled")):
    _head, _word = _entry.split()
    _TITLED[_head] = _TITLED.get(_head, frozenset()) | {_word}
_SECONDS = word_set("name_grammar", "seconds")
_BODY_ROLES = word_set("name_grammar", "body_roles")
_COUNTERPART_MODS = word_set("name_grammar", "counterpart_mods")
_PARTICIPLE_ASIDES = word_set("name_grammar", "participle_asides")
_BYLINE_STARTS = ("By ", "BY ", "Reporting by ", "Additional reporting by ")
# The most capitalised words one name may have ("Vice-Chancellor Sir Peter Lomax of the
# University of Leeds" has seven): a longer run (title-case junk, a text in capitals
# without punctuation) is cut into names of this size, so no mention grows with the text.
_MAX_NAME_PARTS = 16


# A dateline: a place in capitals, an optional region and agency, then a dash (old wire
# copy writes it "(AP)_ "). Every repetition is bounded, and the pattern is only tried at
# a sentence's first token.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,30}(?:,[^\n—–()_]{1,40})?(?:\s{0,3}\([^()\n]{1,30}\))?"
    r"\s{0,3}(?:—|–|--?|_)\s"
)

# "..., who asked to be identified only by her surname, Wong": a name given after a role.
# Bounded alternatives and repetitions only, tried at a role phrase's end.
# "a fisherman named Suresh", "a woman called Maria": the person's one name.
_CALLED_NAME = re.compile(r" (?:named|called) ([A-Z][\w'’-]{1,30})\b(?! [A-Z])")
_GIVEN_NAME = re.compile(
    r",? who (?:(?:asked|wished|wanted|agreed|preferred|declined) (?:to be|that she be|"
    r"that he be|not to be) (?:identified|named|quoted)(?: only)? (?:by|with) (?:her|his|their) "
    r"(?:first |last |given |family |sur)?name(?: only)?,?"
    # "a survivor who gave her name only as Esperance", "who gave only his first name, Paul"
    r"|gave (?:only )?(?:her|his|their) (?:first |last |given |family |sur)?name(?: only)?"
    r"(?: as|,)) ([A-Z][\w'’-]{1,30})\b"
)
# "Maria Keller, 54, has led the union", ", who heads the nurses' union": a verb of leading
# and the few words of what is led, right after a name (bounded: linear on any input).
_LED_BODY = re.compile(
    r",? (?:\d{1,3}, )?(?:who )?(?:has |had |also |long ){0,2}([a-z]{3,8}) "
    r"(?:the|its|their|his|her) ((?:[\w'’-]{1,30} ){0,3}[\w'’-]{1,30})"
)
_TEXT = itemgetter(2)
_ITEM_START = attrgetter("start")
_WORD, _CAP, _HEAD = 1, 2, 4
#: Token flags (see :func:`token_flags`): the token opens an anonymity cue ("on
#: condition of anonymity"), is a reporting verb ("said"), is "according", or is ",",
#: ";", "and" or "but" (a mark that may end reported content).
ANONYMITY, SAYING, ACCORDING, JOINER = 8, 16, 32, 64
_JOINERS = frozenset((",", ";", "and", "but"))
#: Initials with dots, as tokens hold them before their last dot: "U.S", "U.N", "E.U".
_DOTTED = re.compile(r"[A-Z](?:\.[A-Z]){1,3}")
#: What may follow the name in "The port operator, HHLA, said" (an apposition's close).
_APPOSITION_CLOSERS = frozenset((",", ")", ".", ";", ":", "—", "–", "-", "'s", "’s"))


class _FlagTable(dict[str, int]):
    """Token text -> flags: a word, capitalised (a name's word), a nominal head, and the
    flags other stages look for (:data:`ANONYMITY`, :data:`SAYING`, ...)."""

    def __missing__(self, text: str) -> int:
        if len(self) > 50_000:
            self.clear()  # bounded: a stream of distinct tokens cannot grow it forever
        flags = _WORD if text[0].isalpha() else 0
        # (but "Athens-based" only says where the body named after it is)
        if (text[0].isupper() or (text[2:3] == "-" and _is_cap(text))) and (
            "-" not in text or text.rpartition("-")[2] not in _PLACE_MODIFIERS
        ):
            flags |= _CAP
        low = text.lower()
        lex = _lex()
        heads = lex.heads
        if low in heads or (low[-2:] in ("'s", "’s") and low[:-2] in heads):
            flags |= _HEAD
        if low in lex.anonymous_by_first:
            flags |= ANONYMITY
        if low in lex.verbs or low in lex.demands:
            flags |= SAYING
        elif low == "according":
            flags |= ACCORDING
        elif low in _JOINERS:
            flags |= JOINER
        if not text[0].isdigit():  # numbers are an unbounded vocabulary: not worth keeping
            self[text] = flags
        return flags


def flag_filter(wanted: int) -> bytes:
    """A ``bytes.translate`` table that keeps only the ``wanted`` bits of each flag."""
    return bytes(i & wanted for i in range(256))


_TOKEN_FLAGS = _FlagTable()
_ONLY_WORD = flag_filter(_WORD)
_ONLY_CAP = flag_filter(_CAP)
_ONLY_HEAD = flag_filter(_HEAD)
_ONLY_ANONYMITY = flag_filter(ANONYMITY)

_AGENCY_DASH = re.compile(r"\([^()\n]{1,30}\)\s{0,3}(?:—|–|--?|_)\s")

# -- scanning ----------------------------------------------------------------------------


def _is_cap(text: str) -> bool:
    c = text[0]
    if c.isupper():
        return True
    # "al-Assad", "el-Sisi": a lower-case particle joined to a capitalised name.
    return (text.startswith(("al-", "el-")) and len(text) > 3 and text[3].isupper()) or False


_POSSESSIVE = frozenset(("'s", "’s"))


def _strip_possessive(text: str) -> tuple[str, bool]:
    if text[-2:] in _POSSESSIVE and len(text) > 2:
        return text[:-2], True
    return text, False


def _singular(word: str) -> str:
    """The singular of a regular plural noun ("companies", "insurers"), else ``""``."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else ""


def _is_word(text: str) -> bool:
    return text[0].isalpha()


class _Draft:
    """An entity while the article is read (mutable; :class:`Entity` is the result). A
    plain class whose rarely set fields are class-level defaults, like :class:`_Item`."""

    merged_into: int | None = None
    referable: bool = True  # may be the antecedent of a pronoun
    indefinite: bool = False  # introduced by "a"/"an": "a spokesman"
    nominal: bool = False  # an organisation known only by a noun phrase ("the group")
    noun: str | None = None  # the noun that introduced a name ("carmaker Voltera")
    # A role phrase beside a titled name ("police commander Superintendent Ana Kila"):
    # "the commander" later is her too.
    also_role: str | None = None

    def __init__(
        self,
        id: int,
        name: str,
        kind: EntityKind,
        role: str | None,
        gender: Gender | None,
        span: Span,
        head: str | None,
    ) -> None:
        self.id = id
        self.name = name
        self.kind = kind
        self.role = role
        self.gender = gender
        self.span = span
        # The lower-cased head word of a nominal ("leader"), for role matching.
        self.head = head


class _Item:
    """A candidate mention found in one sentence before it is registered.

    A plain class whose rarely set fields are class-level defaults: an article has
    hundreds of candidates, and setting seventeen fields on each was a measurable share of
    the registry's time.
    """

    role: str | None = None
    gender: Gender | None = None
    head: str | None = None
    definite: bool = False
    indefinite: bool = False
    link: int | None = None  # index of the name item this role phrase describes
    bare: bool = False  # a lower-case role phrase without determiner: needs a name beside it
    quantified: bool = False  # "two officials": counted, unnamed sources
    modified: bool = False  # words between determiner and head ("the Velm military")
    subject: bool = True  # opens its clause (not an object: "seek a partner")
    after_body: bool = False  # a role phrase right after a body's name it was cut from

    def __init__(
        self,
        start: int,
        end: int,
        form: MentionForm,
        kind: EntityKind,
        text: str,
        first_tok: int,
        last_tok: int,
    ) -> None:
        self.start = start
        self.end = end
        self.form = form
        self.kind = kind
        self.text = text
        self.first_tok = first_tok
        self.last_tok = last_tok


class _Builder:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        self.lex = _lex()
        self.entities: list[_Draft] = []
        # (start, -end, order, entity, form, span) per mention, sorted at the end.
        self.raw: list[tuple[int, int, int, int, MentionForm, Span]] = []
        self.by_name: dict[str, int] = {}
        self.by_surname: dict[str, int] = {}
        # The first word of a full name -> its person (-1 when two people share it): "Kim
        # Jong Un ... Kim said", "Tedros Adhanom Ghebreyesus ... Tedros said".
        self.by_first: dict[str, int] = {}
        self.by_key: dict[str, int] = {}
        self.by_initials: dict[str, int] = {}  # "AIU" -> "Athletics Integrity Unit"
        self.acronyms: dict[str, int] = {}  # acronyms met before any name they spell
        self.persons: list[int] = []  # entity ids in order of their latest mention
        self.orgs: list[int] = []
        self.club_like: list[int] = []  # names of unknown kind that may be clubs
        self.plural: list[int] = []
        self._persons_only: set[int] = set()
        self.lw: list[str] = []
        self.cur_subject: int | None = None
        self.last_at: dict[int, int] = {}
        self.first_here: int | None = None  # the first entity of the current sentence
        self.unknown_here: list[int] = []  # the names registered in the current sentence
        # A lone name of unknown kind opening the sentence as the subject of a verb of
        # saying, and that verb's token: "Keller said she ..." (see ``_sayer_for``).
        self.sayer_here: tuple[int, int] | None = None
        # The last one-word name of unknown kind that opened a sentence as the subject of
        # a reporting verb ("Ryanair said"), with its sentence number.
        self.unknown_sayer: tuple[int, int] | None = None
        self.prev_subject: int | None = None
        # The last one-word name of unknown kind beside a verb of saying ('"...," Castro
        # said', "said Castro"), with its sentence's number: a "he" or "she" in the next
        # sentence makes it a person (see ``_lone_sayer``).
        self.lone_sayer: tuple[int, int] | None = None
        self.prev_sent_start = 0  # the offset of the sentence before the current one
        self.sent_toks: tuple[Token, ...] = ()
        self.anonymity_at: list[int] = []
        self.caps_here: list[int] = []
        self.heads_here: list[int] = []
        self.cp = b""  # per token of the sentence: _CAP or 0
        self.wd = b""  # per token of the sentence: _WORD or 0
        self.ages_here = False  # "-year-old" occurs in the current sentence
        self.first_word = 0  # the index of the current sentence's first word
        self.sent_start = 0  # the offset of the current sentence
        self.sent_no = 0  # the number of the current sentence
        # A lone capitalised word that opened a sentence before a past verb and was taken
        # for no name ("Arianespace launched"), with its sentence's number.
        self.opener: tuple[_Item, int] | None = None
        # The organisation that was last the subject of a sentence, with its sentence's
        # number: "It" opening the next sentence refers to it, not to an object after it.
        self.org_subject: tuple[int, int] | None = None
        # Per body, the noun for its kind set off by commas beside its name (see
        # ``_other_kind``), None for none; filled when first asked.
        self.apposed: dict[int, str | None] = {}
        self.descriptions: list[int] = []  # bodies described by a possessive: "India's ..."
        self.lower_words: frozenset[str] | None = None
        self.headline: Span | None = None  # a title-case headline (see its test), once
        self.legal_break = -1  # the token after a legal form that ended a run ("Corp. A")

    # - registry -

    def new(
        self,
        name: str,
        kind: EntityKind,
        span: Span,
        role: str | None = None,
        gender: Gender | None = None,
        head: str | None = None,
    ) -> int:
        ent = _Draft(len(self.entities), name, kind, role, gender, span, head)
        if name.lower() in self.lex.agencies:
            ent.referable = False  # "(Reuters)", "AP reported": never what "they" refers to
        self.entities.append(ent)
        return ent.id

    def add(self, ent_id: int, span: Span, form: MentionForm) -> None:
        raw = self.raw
        raw.append((span.start, -span.end, len(raw), ent_id, form, span))
        self.last_at[ent_id] = span.start
        ent = self.entities[ent_id]
        if not ent.referable:
            return
        kind = ent.kind
        if kind is EntityKind.PERSON or (
            kind is EntityKind.ANONYMOUS and ent.head in self.lex.roles
        ):
            bucket = self.persons
        elif kind is EntityKind.GROUP or kind is EntityKind.ANONYMOUS:
            bucket = self.plural
        elif kind is EntityKind.ORGANIZATION:
            bucket = self.orgs
        else:
            return
        bucket.append(ent_id)
        if len(bucket) > 64:
            del bucket[:32]

    # - main loop -

    def run(self) -> Mentions:
        doc = self.doc
        tokens = doc.tokens
        starts = token_starts(doc)
        lows = lower_tokens(doc)
        # One flag byte per token from a process-wide table of token texts (each text is
        # classified once), so the per-token passes below run at C speed: each flag is
        # picked out by ``bytes.translate``.
        flags = token_flags(doc)
        words = flags.translate(_ONLY_WORD)
        positions = range(len(tokens))
        self.anonymity_at = self._anonymity_cues(
            lows, compress(positions, flags.translate(_ONLY_ANONYMITY))
        )
        caps = flags.translate(_ONLY_CAP)
        cap_idx = list(compress(positions, caps))
        head_idx = list(compress(positions, flags.translate(_ONLY_HEAD)))
        left = bisect.bisect_left
        for sent in doc.sentences:
            lo = left(starts, sent.start)
            hi = left(starts, sent.end, lo)
            if lo == hi:
                continue  # (no token: nothing to read)
            self.lw = lows[lo:hi]
            self.cp = caps[lo:hi]
            self.wd = words[lo:hi]
            a = left(cap_idx, lo)
            self.caps_here = list(map(lo.__rsub__, cap_idx[a : left(cap_idx, hi, a)]))  # k - lo
            a = left(head_idx, lo)
            self.heads_here = list(map(lo.__rsub__, head_idx[a : left(head_idx, hi, a)]))
            self.sentence(tokens[lo:hi], sent)
        self.merge_early()
        self.merge_roles()
        self.merge_family()
        return self.finish()

    def _anonymity_cues(self, lows: list[str], openers: Iterable[int]) -> list[int]:
        """Offsets of the anonymity cues ("on condition of anonymity"): only the tokens
        that open a cue (``openers``) are looked at, and the cue compared there."""
        by_first = self.lex.anonymous_by_first
        tokens = self.doc.tokens
        text = self.text
        out = []
        for i in openers:
            pos = tokens[i].start
            for cue in by_first[lows[i]]:
                if text[pos : pos + len(cue)].lower() == cue:
                    out.append(pos)
                    break
        return out

    def sentence(self, toks: tuple[Token, ...], sent: Span) -> None:
        # The subject of the sentence before: "he" at the start of this one most often
        # refers to it ("Bunchhay appeared confident he would find Howes' remains. He said").
        self.prev_subject = self.cur_subject
        self.cur_subject = None
        self.sent_toks = toks
        self.prev_sent_start = self.sent_start
        self.sent_start = sent.start
        self.sent_no += 1
        if self.lw and self.lw[0] == "its" and self.first_here is not None:
            # "Natural Resources Wales warned ... Its head of flood risk": a body.
            self._make_organization(self.first_here)
        self.first_here = None
        self.unknown_here.clear()
        self.sayer_here = None
        self.ages_here = self.text.find("-year-old", sent.start, sent.end) >= 0
        if sent.start < 200 and self._capitals_headline(sent):
            return  # "PROSECUTORS TO PRESENT CLINIC DOCTOR'S SLAYING TO GRAND JURY"
        items = self.find_names(toks)
        items.extend(self.find_nominals(toks, items))
        if not items:
            return
        items.sort(key=_ITEM_START)
        self.link_appositions(items, toks)
        self._joined_titles(items)
        self._owned_people(items)
        self._titled_by_body(items)
        k = bisect.bisect_left(self.anonymity_at, sent.start)
        anonymous = k < len(self.anonymity_at) and self.anonymity_at[k] < sent.end
        done: dict[int, int] = {}
        for item in items:
            if (
                item.link is not None
                and item.form == "organization"
                and not item.modified
                and item.head not in self.lex.generic_orgs
                and self._known_surname(items[item.link].text) is not None
            ):
                # "told the court Coyle had called her": the family name of someone named
                # before is that person, not a body the noun before it names; a company's
                # noun or a modified one describes the body named after its founder ("the
                # carmaker Ford", "the ratings agency Fitch").
                item.link = None
        described_by = {it.link: it for it in items if it.link is not None}
        for idx, item in enumerate(items):
            if idx in done:
                continue
            if item.link is not None:
                name_idx = item.link
                if name_idx not in done:
                    done[name_idx] = self.register_name(items[name_idx], role_item=item)
                    self._also_role(done[name_idx], items[name_idx], item)
                ent_id = done[name_idx]
                if item.form == "organization":
                    self._named_body(ent_id)
                    if self.entities[ent_id].head is None:
                        # "Jim Pattison Industries, a holding company": "the company" later
                        self.entities[ent_id].head = item.head
                form: MentionForm = "organization" if item.form == "organization" else "role"
                self.add(ent_id, Span(item.start, item.end), form)
                done[idx] = ent_id
                continue
            if item.form == "name":
                role_item = described_by.get(idx)  # a role phrase after the name
                ent_here = done[idx] = self.register_name(item, role_item=role_item)
                if role_item is not None:
                    self._also_role(ent_here, item, role_item)
            else:
                ent = self.register_nominal(item, anonymous)
                if ent is None:
                    continue
                ent_here = done[idx] = ent
                self._name_given(ent, item.end)
            if item.form == "name":
                self.unknown_here.append(ent_here)
                self._leader_of(ent_here, item.end)
                if idx == 0 and item.first_tok <= 2 and item.first_tok == item.last_tok:
                    after_name = item.last_tok + 1
                    if after_name < len(toks) and self.lw[after_name] in self.lex.verbs:
                        self.sayer_here = (ent_here, after_name)
                        if self.entities[ent_here].kind is EntityKind.UNKNOWN and (
                            self.lw[after_name] in _PAST_SAYING or self.lw[after_name][-2:] == "ed"
                        ):
                            self.unknown_sayer = (ent_here, self.sent_no)
            if self.first_here is None:
                self.first_here = ent_here
            after = item.last_tok + 1
            if (
                item.form == "name"
                and item.first_tok == item.last_tok
                and self.entities[ent_here].kind is EntityKind.UNKNOWN
                and (
                    (after < len(toks) and self.lw[after] in _PAST_SAYING)
                    or (
                        # ('"...," said Castro.', not "said Kestrel had failed")
                        item.first_tok > 0
                        and self.lw[item.first_tok - 1] in _PAST_SAYING
                        and (after >= len(toks) or not self.lw[after][:1].isalpha())
                    )
                )
                and not self._quoted_here(item.start)
                and self._speaks_as_one(ent_here)
            ):
                self.lone_sayer = (ent_here, self.sent_no)
            if item.form == "name" and self._body_before(item, toks):
                self._make_organization(ent_here)  # "Goldman Sachs shares fell 2%"
            if item.form == "name" and (
                # (what the three tests below look at: a comma or a verb of saying next)
                self.text.startswith(",", item.end)
                or (after < len(toks) and self.lw[after] in self.lex.verbs)
            ):
                if self._body_follows(item, toks):
                    self._make_organization(ent_here)  # "Fjordlax, which produces ..."
                elif self._person_follows(item):
                    self._make_person(ent_here)  # "said Amani, who survived the storm"
                elif self._speaks_as_person(item, toks):
                    self._make_person(ent_here)  # "Speaking to reporters, Okafor said"
            if (
                idx == 0
                and item.first_tok <= 2
                and item.form != "pronoun"
                and self.entities[ent_here].kind is EntityKind.ORGANIZATION
                and self.text[item.end : item.end + 2] not in _POSSESSIVE
            ):
                self.org_subject = (ent_here, self.sent_no)
            if (
                item.form == "name"
                and after < len(toks)
                and self.lw[after] in self.lex.verbs
                and self.entities[ent_here].kind is EntityKind.PERSON
            ):
                # "Speaking to reporters, Moreau said he ...": the sayer is the subject the
                # "he" after the verb most often stands for.
                self.cur_subject = ent_here
            if self.cur_subject is None and item.first_tok <= 2:
                ent_obj = self.entities[ent_here]
                if (
                    ent_obj.kind in (EntityKind.PERSON, EntityKind.ANONYMOUS)
                    and self.text[item.end : item.end + 2] not in _POSSESSIVE
                ):
                    self.cur_subject = ent_obj.id

    def _capitals_headline(self, sent: Span) -> bool:
        """Whether the sentence is (in) a headline written all in capitals, the first
        paragraph: its words cannot be told apart as names, roles or verbs ("IN MIAMI,
        THE ISSUE IS NOT A BOY, BUT A MAN: CASTRO"), and the story names everyone again."""
        opening = self._opening_line()
        if opening is None or not opening[0].start <= sent.start < opening[0].end:
            return False
        line = opening[1]
        return len(line.split()) >= 4 and line.isupper() and "\n" not in line

    def _opening_line(self) -> tuple[Span, str] | None:
        """The first paragraph and its first characters, where a headline stands (both
        headline readers look there); None for a text with no paragraph."""
        paragraphs = self.doc.paragraphs
        if not paragraphs:
            return None
        first = paragraphs[0]
        return first, self.text[first.start : min(first.end, first.start + _HEADLINE_REACH)]

    def _joined_titles(self, items: list[_Item]) -> None:
        """ "the Comptroller and Auditor General, Seamus McCarthy": a capitalised title
        joined by "and" to a second that names its holder is the same person's title."""
        for idx in range(len(items) - 1):
            item, nxt = items[idx], items[idx + 1]
            if (
                item.form != "role"
                or item.link is not None
                or item.kind is not EntityKind.PERSON
                or not item.text.split()[-1][:1].isupper()
                or self.text[item.end : nxt.start] != " and "
            ):
                continue
            if (
                nxt.form == "role"
                and nxt.link is not None
                and nxt.text[:1].isupper()
                and self._one_office(item.text, nxt.text)
            ):
                item.link = nxt.link

    def _titled_by_body(self, items: list[_Item]) -> None:
        """ "Australians for a Constitutional Monarchy executive director Kerry Jones": a
        body's name, its role word and the person make one mention of the person, as a
        title before a name does ("Prime Minister John Howard"); the role is the
        person's."""
        for idx in range(2, len(items)):
            person, role, body = items[idx], items[idx - 1], items[idx - 2]
            if (
                role.after_body
                and role.link == idx
                and person.form == "name"
                and body.form == "organization"
                and body.link is None
                and self.text[role.end : person.start] == " "
                and self.text[body.end : role.start] == " "
            ):
                person.start = body.start
                person.first_tok = body.first_tok

    def _owned_people(self, items: list[_Item]) -> None:
        """ "Hewlett-Packard's Mr. Archuleta", "Intel's Dr. Rash": a possessive name right
        before an honorific and a surname says whom the person works for; the person's
        mention covers it, as a title before the name is covered (business copy names
        people so after their first mention). ("Kenya's President Ruto" keeps the place.)"""
        text = self.text
        for idx in range(1, len(items)):
            person, owner = items[idx], items[idx - 1]
            if (
                person.form != "name"
                or person.kind is not EntityKind.PERSON
                or owner.form not in ("name", "organization")
                or owner.kind is EntityKind.PERSON
                or owner.link is not None
                or person.link is not None
                or text[owner.end : owner.end + 3] not in ("'s ", "’s ")
            ):
                continue
            rest = text[owner.end + 3 : person.start].strip().lower().rstrip(".")
            if rest and rest in self.lex.honorifics:
                person.start = owner.start
                person.first_tok = owner.first_tok

    @staticmethod
    def _one_office(first: str, second: str) -> bool:
        """Whether two titles joined by "and" are one office a data file lists
        ("Comptroller and Auditor General"; not "Prime Minister and Chancellor", two)."""
        words = f"{first} and {second}".lower().split()
        return any(" ".join(words[i:]) in _JOINED_OFFICES for i in range(min(3, len(words))))

    def _leader_of(self, ent_id: int, end: int) -> None:
        """Give a person named without a role the role of leading the body a clause right
        after the name says they lead ("Maria Keller, 54, has led the union since 2019"):
        "the union leader" is then Keller."""
        ent = self.entities[ent_id]
        if ent.kind is not EntityKind.PERSON or ent.role is not None or " " not in ent.name:
            return
        match = _LED_BODY.match(self.text, end, end + 120)
        if match is None or match.group(1) not in _LEADS:
            return
        for word in match.group(2).split():
            low = word.lower().rstrip("'’")
            if low.endswith(("'s", "’s")):
                continue
            if low in self.lex.org_nouns:
                ent.role = f"{low} leader"
                return
            if not word.islower():
                return  # "heads the Nurses' Union": a named body, left to the name rules

    def _name_given(self, ent_id: int, end: int) -> None:
        """Name an unnamed person from a clause after their role: "the woman, who asked
        to be identified only by her surname, Wong," (every mention becomes Wong's)."""
        ent = self.entities[ent_id]
        if ent.kind is not EntityKind.PERSON or ent.name != ent.role:
            return
        match = _GIVEN_NAME.match(self.text, end, end + 120) or _CALLED_NAME.match(
            self.text, end, end + 40
        )
        if match is None:
            return
        name = match.group(1)
        if name.lower() in self.lex.non_names:
            return
        ent.name = name
        self.by_surname.setdefault(name.lower(), ent_id)
        self.by_name.setdefault(name, ent_id)

    def _body_follows(self, item: _Item, toks: tuple[Token, ...]) -> bool:
        """Whether what follows a name speaks of a body, not a person: ", which ...",
        "said its" ("Mercy Corps said its teams ..."), or "said it" with a plan or an act
        ("Goldman Sachs said it would cut 3,000 jobs"; not "said it would be hard")."""
        if self.text.startswith(", which", item.end):
            # (not "its plant in Regensburg, which employs 1,100 people": the plant's)
            before = item.first_tok - 1
            return not (before >= 0 and self.lw[before] in _WITHIN_PREPS)
        k = item.last_tok + 1
        if k + 1 >= len(toks) or self.lw[k] not in self.lex.verbs:
            return False
        lw = self.lw
        if lw[k + 1] == "its":
            return True
        if lw[k + 1] == "on" and k + 2 < len(toks) and toks[k + 2].text[:1].isupper():
            k += 2  # "Goldman Sachs said on Tuesday it would ..."
        elif lw[k + 1] == "in" and lw[k + 2 : k + 5] == ["a", "statement", "that"]:
            k += 3  # "Goldman Sachs said in a statement that it would ..."
        if lw[k + 1 : k + 2] == ["that"]:
            k += 1
        return (
            lw[k + 1 : k + 2] == ["it"]
            and k + 3 < len(toks)
            and lw[k + 2] in _IT_AGENT_AUX
            and lw[k + 3].isalpha()
            and lw[k + 3] not in _IT_EXPLETIVE
        )

    def _body_before(self, item: _Item, toks: tuple[Token, ...]) -> bool:
        """Whether a name is used as a body's: "Goldman Sachs shares fell"."""
        k = item.last_tok + 1
        if k < len(toks) and toks[k].text in _APOSTROPHES:
            k += 1  # "Westway Buses' shares"
        return k < len(toks) and self.lw[k] in _BODY_FOLLOWERS

    def _person_follows(self, item: _Item) -> bool:
        """Whether what follows a name speaks of a person: ", who" or an age (", 34,"), as
        wire copy introduces people known by one name ("Amani, 34, said")."""
        if self.text[item.end : item.end + 1] != ",":
            return False  # (the common case, decided before any copy is made)
        tail = self.text[item.end : item.end + 8]
        if tail.startswith(", who "):
            # (not ", whose": "Nashua, whose major business is copiers"); nor after "of"
            # or a preposition of place: "the market women of Kano, who taught her".
            k = item.first_tok
            return k == 0 or self.lw[k - 1] not in _OF_PLACE
        age, _, _ = tail[2:].partition(",")
        if tail.startswith(", ") and age.isdigit() and len(age) <= 3 and "," in tail[2:]:
            return True
        # "Zelensky, speaking in his nightly address, said": a body does not speak so.
        return item.first_tok == item.last_tok and self._aside_then_verb(
            self.sent_toks, item.last_tok + 1
        )

    def _speaks_as_person(self, item: _Item, toks: tuple[Token, ...]) -> bool:
        """Whether a one-word name is the subject of a verb of saying that only a person
        is: after an opening "Speaking to reporters," / "Asked about ...," or before
        "told reporters" (a body "said", but does not speak to reporters)."""
        k = item.last_tok + 1
        if item.first_tok != item.last_tok or k >= len(toks) or self.lw[k] not in self.lex.verbs:
            return False
        if k + 1 < len(toks) and self.lw[k + 1] in _PERSON_AUDIENCES:
            return True
        first = self.first_word  # (found once per sentence by ``find_names``)
        return (
            first < item.first_tok - 1
            and self.lw[first] in _PERSON_OPENERS
            and toks[item.first_tok - 1].text == ","
        )

    def _make_person(self, ent_id: int) -> None:
        """Turn a one-word name of unknown kind into a person: "who" follows it."""
        ent = self.entities[ent_id]
        if ent.kind is not EntityKind.UNKNOWN:
            return
        ent.kind = EntityKind.PERSON
        if ent_id not in self.persons:
            self.persons.append(ent_id)

    def _named_body(self, ent_id: int) -> None:
        """A name that a body's noun describes ("housebuilder Barratt Redrow") is that
        body, whatever its first word looks like."""
        ent = self.entities[ent_id]
        if ent.kind is EntityKind.PERSON and ent.role is None:
            ent.kind = EntityKind.ORGANIZATION
            ent.gender = None
            self.persons[:] = [e for e in self.persons if e != ent_id]
            self.orgs.append(ent_id)

    def _make_organization(self, ent_id: int) -> None:
        """Turn a name taken for a person into an organisation, when nothing about it
        (first name, title, role, he or she) said it was a person."""
        ent = self.entities[ent_id]
        if ent.kind not in (EntityKind.PERSON, EntityKind.UNKNOWN):
            return
        if ent.gender is not None or ent.role is not None:
            return
        ent.kind = EntityKind.ORGANIZATION
        self.persons[:] = [e for e in self.persons if e != ent_id]
        self.orgs.append(ent_id)

    # - names -

    def find_names(self, toks: tuple[Token, ...]) -> list[_Item]:
        out: list[_Item] = []
        n = len(toks)
        cp, lw, wd = self.cp, self.lw, self.wd
        # The first word of a sentence, after any opening marks, is capitalised anyway.
        first_word = 0
        while first_word < n and not wd[first_word]:
            first_word += 1
        pos = 0
        caps_here = self.caps_here
        i = self._dateline_end(toks)
        if i:
            first_word = i
        self.first_word = first_word
        ncaps = len(caps_here)
        pos = bisect.bisect_left(caps_here, i)
        self.legal_break = -1
        not_plain = self.lex.not_plain
        non_names = self.lex.non_names
        while pos < ncaps:
            i = caps_here[pos]
            tj = toks[i].text
            f = i + 1
            if (
                f == n
                or (
                    not cp[f]
                    and lw[f] not in _NAME_CLOSERS
                    and not lw[f].isdigit()
                    and (
                        (lw[f] not in _NAME_JOINERS and lw[f] not in _INNER_FIRSTS)
                        or not any(cp[f + 1 : f + 3])
                    )
                )
            ) and not (len(tj) > 2 and tj[-2:] in _POSSESSIVE):
                # The common case: one capitalised word, then a word that neither goes on
                # with the name nor closes it ("Keller said", "Keller of the union"): what
                # ``_cap_run`` comes to.
                parts = [i]
                j = i + 1
                postnominal = False
            else:
                parts, j, postnominal = self._cap_run(toks, i)
                if len(parts) > 1 and self._in_title_case_headline(toks[i].start):
                    j = self._headline_verb_cut(parts, j)
            opener = i == first_word or i == self.legal_break
            if len(parts) == 1 and not opener:
                low = lw[i]
                if low[-2:] in _POSSESSIVE and len(low) > 2:
                    low = low[:-2]
                if low not in not_plain or self._acronym_here(toks, i):
                    # The common case, as in ``classify_sequence``: one capitalised word
                    # inside a sentence ("Keller").
                    out.extend(self._person_or_unknown(toks, parts))
                else:
                    out.extend(self.classify_sequence(toks, parts, False))
            elif len(parts) == 1 and lw[i] in non_names:
                if self._acronym_here(toks, i):
                    out.extend(self._person_or_unknown(toks, parts))  # "WHO said on Monday"
                # else "The", "In", "But" opening a sentence (as in ``classify_sequence``)
            elif parts:
                items = self.classify_sequence(toks, parts, opener)
                if j < n and lw[j] in _NAMED_FACILITIES and lw[parts[0] - 1 : parts[0]] == ["the"]:
                    self._facility_names(items, j)
                out.extend(items)
            i = max(j + postnominal, i + 1)
            pos += 1
            if pos < ncaps and caps_here[pos] < i:
                pos = bisect.bisect_left(caps_here, i, pos)
        return out

    @staticmethod
    def _facility_names(items: list[_Item], j: int) -> None:
        """ "the Jomo Kenyatta airport": a person's name that a place's noun (token ``j``)
        follows names the place, so it is of unknown kind and no pronoun's antecedent."""
        for item in items:
            if item.kind is EntityKind.PERSON and item.form == "name" and item.last_tok == j - 1:
                item.kind = EntityKind.UNKNOWN

    def _cap_run(self, toks: tuple[Token, ...], i: int) -> tuple[list[int], int, bool]:
        """The capitalised run starting at token ``i``: its words (token indices,
        connectors left out), the index after it, and whether postnominal letters close it
        ("Andrew Kent KC")."""
        cp, lw, wd = self.cp, self.lw, self.wd
        n = len(toks)
        org_words = self.lex.org_words
        j = i
        parts: list[int] = []
        postnominal = False
        while j < n and len(parts) < _MAX_NAME_PARTS:
            tj = toks[j].text
            if cp[j]:
                if (
                    len(parts) > 1
                    and tj in POSTNOMINALS
                    and not (j + 1 < n and cp[j + 1])
                    and not toks[parts[-1]].text.isupper()
                ):
                    postnominal = True
                    break  # "Andrew Kent KC": the letters are no part of the name
                # (``_strip_possessive`` inlined: this loop runs once per capitalised word)
                possessive = len(tj) > 2 and tj[-2:] in _POSSESSIVE
                word = tj[:-2] if possessive else tj
                parts.append(j)
                j += 1
                if possessive and not self._owned_name(j, word):
                    break  # "Germany's" ends a name; "McDonald's Corp." does not
                if j >= n or cp[j]:
                    continue  # (the common case: the run goes on, or the sentence ends)
                nxt = toks[j].text
                if nxt.isdigit():
                    # "SEIU Local 1000", "Group 4": a number closing a numbered body.
                    if len(nxt) <= 5 and word.lower() in _NUMBERED and len(parts) < _MAX_NAME_PARTS:
                        parts.append(j)
                        j += 1
                        break
                elif nxt == ".":
                    if (
                        word.lower() in _ABBREVIATED_SUFFIXES
                        and len(parts) > 1
                        and j + 1 < n
                        and lw[j + 1] not in _LEGAL_FORMS
                    ):
                        # "Hewlett-Packard Co. Recently", "Lockheed Martin Corp. A Pentagon
                        # official": the legal form ends the name, and most often its
                        # sentence (the next word opens one); "Foo Co. Inc." goes on.
                        self.legal_break = j + 1
                        break
                    # "Mr." / "U.S." / "John F. Kennedy": a dot after an abbreviation.
                    if (
                        toks[j].start == toks[j - 1].end
                        and (len(word) <= 4 or "." in word)
                        and j + 1 < n
                        and cp[j + 1]
                        and wd[j + 1]
                    ):
                        j += 1
                elif (
                    # "St Thomas' Hospital": a bare apostrophe closing a plural owner.
                    nxt in _APOSTROPHES
                    and j + 1 < n
                    and toks[j].start == toks[j - 1].end
                    and word.endswith("s")
                    and cp[j + 1]
                    and lw[j + 1] in org_words
                ):
                    j += 1
                continue
            low = lw[j]
            if low == "," and self._listed_portfolios(j, parts):
                j += 1
                continue
            if (
                low in ("and", "&")
                and j + 1 < n
                and any(
                    cp[k] and (lw[k] in self.lex.titles or lw[k] in self.lex.honorifics)
                    for k in range(j + 1, min(n, j + 3))
                )
            ):
                break  # "Finance Minister A and Interior Minister B": two people
            if (
                low == "and"
                and lw[j + 1 : j + 2] == ["the"]
                and parts
                and lw[parts[-1]] in org_words
                and self._body_name_at(j + 2)
            ):
                break  # "the European Commission and the European Medicines Agency": two bodies
            if low == "of" and len(parts) == 1 and lw[parts[0]] in _PARTITIVES:
                break  # "One of President Bush's sons": a part of a group, no name
            if low == "a" and self._a_particle(toks, parts, j):
                j += 1  # "Janet Holmes a Court", "Thomas a Kempis"
                continue
            if (
                len(parts) == 1
                and j + 2 < n
                and f"{low} {lw[j + 1]}" in _INNER_PHRASES
                and cp[j + 2]
                and lw[j + 2] not in self.lex.org_words
                and toks[j + 2].text not in self.lex.places  # ("soldiers to the Philippines")
                and _people_head(lw[parts[0]])
            ):
                # "Australians for a Constitutional Monarchy", "Brothers to the Rescue":
                # a plural of people, a function phrase, then a capitalised word.
                j += 2
                continue
            if (
                (low in _NAME_PARTICLES or low in _ORG_CONNECTORS)
                and j + 1 < n
                and wd[j + 1]
                and (
                    cp[j + 1]
                    or (
                        low in _ORG_CONNECTORS
                        and lw[j + 1] in _ORG_CONNECTORS
                        and j + 2 < n
                        and cp[j + 2]
                    )
                    # "Ursula von der Leyen", "Rafael de la Fuente": two particles.
                    or (
                        low in _NAME_PARTICLES
                        and lw[j + 1] in _NAME_PARTICLES
                        and j + 2 < n
                        and cp[j + 2]
                    )
                )
                and parts
                and not (low == "on" and lw[j + 1] in _CALENDAR_NAMES)  # "Acme on Monday"
            ):
                j += 1
                continue
            break
        return parts, j, postnominal

    def _headline_verb_cut(self, parts: list[int], j: int) -> int:
        """End a run of a title-case headline at its first verb ("Boris Johnson Quits as
        Prime Minister", "Putin Signs Annexation Treaty"): the words before it are the
        name, the words after it another run. Returns where the next run may start;
        ``parts`` is cut in place."""
        lw = self.lw
        org_words = self.lex.org_words
        for k in range(1, len(parts)):
            low = lw[parts[k]]
            if low in _headline_verbs() and low not in org_words and low not in _SURNAMES:
                j = parts[k] + 1
                del parts[k:]
                break
        return j

    def _a_particle(self, toks: tuple[Token, ...], parts: list[int], j: int) -> bool:
        """Whether "a" at token ``j`` is a particle inside a person's name ("Janet Holmes a
        Court"): a known first name and a second name just before it, one capitalised word
        after it, and then a verb of saying, never a noun phrase's "a" ("gave Mary Smith a
        Christmas card")."""
        lex = self.lex
        n = len(toks)
        if (
            len(parts) != 2
            or parts[1] != parts[0] + 1
            or parts[1] != j - 1
            or j + 1 >= n
            or not self.cp[j + 1]
            or not self.wd[j + 1]
        ):
            return False
        first = toks[parts[0]].text
        if first not in lex.female and first not in lex.male:
            return False
        after = j + 2
        # (a verb of saying: "Janet Holmes a Court said"; never a comma: "Voters elected
        # Maria Lopez a Democrat, said ...")
        return after < n and self.lw[after] in lex.verbs

    def _listed_portfolios(self, j: int, parts: list[int]) -> bool:
        """Whether the comma at token ``j`` lists the portfolios of a body's name: "Bureau
        of Alcohol, Tobacco, Firearms and Explosives", "Department for Environment, Food
        and Rural Affairs" (a body's word, "of" or "for", then single capitalised words
        between commas up to "and" and a last one). A few tokens looked at only."""
        cp, lw, n = self.cp, self.lw, len(self.cp)
        if not any(
            lw[k] in self.lex.org_words and lw[k + 1 : k + 2] in (["of"], ["for"])
            for k in parts[:-1]
        ):
            return False
        if lw[j - 1] not in _PORTFOLIOS:
            return False
        m = j
        while m + 2 < n and m < j + 12:
            if lw[m] in ("and", "&"):
                return bool(cp[m + 1]) and lw[m + 1] in _PORTFOLIOS
            if lw[m] != "," or not cp[m + 1] or lw[m + 1] not in _PORTFOLIOS:
                return False
            m += 2
        return False

    def _body_name_at(self, k: int) -> bool:
        """Whether the capitalised words from token ``k`` end in a body's word ("European
        Medicines Agency"): a second body after "and the" (a few words looked at only)."""
        cp, lw = self.cp, self.lw
        end = min(len(cp), k + _MAX_NAME_PARTS)
        last = None
        while k < end and cp[k]:
            last = k
            k += 1
        return last is not None and lw[last] in self.lex.org_words

    def _owned_name(self, j: int, owner: str) -> bool:
        """Whether a name goes on after a possessive at token ``j - 1``: "McDonald's
        Corp.", "Women's Aid", "Lloyd's of London" do; "Germany's" does not."""
        cp, lw, n = self.cp, self.lw, len(self.cp)
        if j >= n or owner in self.lex.places:
            return False  # "Britain's Office for National Statistics": the country owns it
        if cp[j] and (lw[j] in self.lex.org_words or owner.lower() in _PLURAL_OWNERS):
            return True
        # "Lloyd's of London": no possessive is ever followed by "of" + a name otherwise.
        return lw[j] == "of" and j + 1 < n and bool(cp[j + 1]) and bool(self.wd[j + 1])

    def _dateline_end(self, toks: tuple[Token, ...]) -> int:
        """The index of the first token after a dateline opening the sentence
        ("HAMBURG, Germany (Reuters) -"), or 0: its place and agency are no entities."""
        if not toks:
            return 0
        if toks[0].text == "(":
            # "KANSAS CITY, Mo. (AP) --": the splitter ended a sentence after "Mo.".
            match = _AGENCY_DASH.match(self.text, toks[0].start, toks[0].start + 40)
        elif toks[0].text.isupper() and len(toks[0].text) >= 3:
            match = _DATELINE.match(self.text, toks[0].start, toks[0].start + 90)
        else:
            return 0
        if match is None:
            return 0
        end = match.end()
        k = 0
        while k < len(toks) and toks[k].start < end:
            k += 1
        return k

    def classify_sequence(
        self, toks: tuple[Token, ...], parts: list[int], sentence_start: bool
    ) -> list[_Item]:
        """Turn one capitalised run (token indices, connectors left out) into items."""
        lex = self.lex
        if len(parts) == 1:
            low = self.lw[parts[0]]
            if sentence_start and low in lex.non_names:
                return []  # "The", "In", "But" opening a sentence
            if low[-2:] in _POSSESSIVE and len(low) > 2:
                low = low[:-2]
            if not (low in lex.not_plain or sentence_start):
                # The common case: one capitalised word inside a sentence ("Keller").
                return self._person_or_unknown(toks, parts)
        words = []
        owned = False
        for k in parts:
            w = toks[k].text
            if w[-2:] in _POSSESSIVE and len(w) > 2:
                w = w[:-2]
                # "Women's Aid", "Lloyd's of London": a possessive inside a run names a body.
                owned = owned or k != parts[-1]
            words.append(w)
        lows = [w.lower().rstrip(".") for w in words]
        # The title words of the run: a one-letter honorific ("M." for Monsieur) inside a
        # name, after a word that is no title, is a middle initial ("Robert M. Price").
        tlows = lows
        if len(lows) > 2 and any(len(w) == 1 for w in lows[1:-1]):
            tlows = [
                "" if len(w) == 1 and 0 < k < len(lows) - 1 and lows[k - 1] not in lex.titled else w
                for k, w in enumerate(lows)
            ]
        if len(parts) == 2 and self._two_word_nationality(lows, parts[-1] + 1):
            return []  # "former South Korean diplomat": an adjective of the role, no name
        # "Citizens Advice", "Doctors Without Borders": a plural noun opening a name.
        owned = owned or (len(parts) > 1 and lows[0] in _PLURAL_OWNERS)
        if len(parts) == 3 and self.lw[parts[1] + 1 : parts[2]] == ["a"]:
            return self._person_or_unknown(toks, parts)  # "Janet Holmes a Court"
        # "Australians for a Constitutional Monarchy": a campaign's name (see ``_cap_run``).
        owned = owned or (
            len(parts) > 2 and " ".join(self.lw[parts[0] + 1 : parts[1]]) in _INNER_PHRASES
        )
        # "Athletics Kenya", "Transport Malta", "Public Health Wales": an activity then a
        # country is its body.
        owned = owned or (
            len(parts) in (2, 3) and lows[-2] in lex.activities and words[-1] in lex.places
        )
        # "Capital Economics", "Fitch Ratings": a firm named by its field, ending the name.
        owned = owned or (len(parts) >= 2 and lows[-1] in lex.org_endings)
        # "Procter & Gamble", "Standard & Poor's": an ampersand joins the words of a firm's
        # name (people are listed with "and").
        owned = owned or (
            parts[-1] - parts[0] >= len(parts)
            and any(self.lw[k] == "&" for k in range(parts[0] + 1, parts[-1]))
        )
        after = parts[-1] + 1
        if (
            len(parts) >= 3
            and after < len(toks)
            and self.lw[after] in _PROJECT_NOUNS
            and any(self.lw[k] == "and" for k in range(parts[0] + 1, parts[-1]))
        ):
            # "the Global Flood Mapping and Warning Data project": a long name joined by
            # "and" and closed by a lower-case "project" is one body, the noun included.
            k0 = int(sentence_start and lows[0] in lex.non_names and lows[0] not in _NAME_OPENERS)
            text = self.text[toks[parts[k0]].start : toks[after].end]
            return [
                self._item(toks, parts[k0], after, "organization", EntityKind.ORGANIZATION, text)
            ]
        if (
            owned
            or not lex.org_words.isdisjoint(lows)
            # An organisation keeps its connectors: "Kiel Institute for the World Economy".
            or self.text[toks[parts[0]].start : self._end(toks[parts[-1]])] in lex.org_names
        ):
            split = self._person_of_org(toks, parts, lows)
            if split:
                # "Vice-Chancellor Sir Peter Lomax of the University of Leeds": a person,
                # then the body they belong to.
                left = self.classify_sequence(toks, parts[:split], sentence_start)
                return left + self.classify_sequence(toks, parts[split:], False)
            k0 = 0
            # "European Commission President Ana Costa": title then name, not an org.
            last_title = max(
                (k for k, w in enumerate(tlows) if w in lex.titles or w in lex.honorifics),
                default=-1,
            )
            if (
                last_title < 0
                or last_title == len(lows) - 1
                or not lex.org_words.isdisjoint(lows[last_title + 1 :])
                # "Directorate General of Coastal Safety": a body's word, a title, then
                # "of": the title is part of the body's name, and no person follows.
                or (
                    not lex.org_words.isdisjoint(lows[:last_title])
                    and self.lw[parts[last_title] + 1] in ("of", "for")
                )
            ):
                if (
                    sentence_start
                    and lows[0] in lex.non_names
                    and lows[0] not in _NAME_OPENERS
                    and len(parts) > 1
                ):
                    k0 = 1  # "The", not "Western Union"
                if k0 and lows[1] == "the" and len(parts) > 3:
                    k0 = 2  # "But The Denver Post reported": an opener, then a titled name
                elif k0 and lows[1] in _ORG_CONNECTORS:
                    return []
                start = toks[parts[k0]].start
                text = self.text[start : self._end(toks[parts[-1]])]
                if (
                    lows[-1] in lex.titles
                    and len(parts) - k0 > 1
                    and lows[-1] not in lex.org_words
                    # (not "Department of Justice": a body's word, "of", then the title)
                    and self.lw[parts[-1] - 1] not in ("of", "for")
                ):
                    return []  # "Union President" without a name: a role, found elsewhere
                return [
                    self._item(
                        toks, parts[k0], parts[-1], "organization", EntityKind.ORGANIZATION, text
                    )
                ]
        titled_words = lex.titled
        if self._title_only(lows, sentence_start):
            # "Prime Minister", "the Attorney General", "Foreign Minister": a title with no
            # name after it is one whole role (found with the nominals), never a person
            # called "Minister" with the role "Prime".
            return []
        if (
            not sentence_start
            and parts[-1] - parts[0] == len(parts) - 1
            and titled_words.isdisjoint(tlows)
        ):
            # The common case ("Maria Keller" inside a sentence): no title to split off,
            # no connector to split at (what the steps below come to).
            return self._person_or_unknown(toks, parts)
        # Split leading titles and honorifics off a person's name.
        last_title = -1
        gender: Gender | None = None
        for k, w in enumerate(tlows[:-1]):
            titled = w in titled_words
            if titled or (w in lex.title_mods and last_title >= 0):
                if titled or k > 0:
                    last_title = k
                gender = lex.title_gender.get(w) or lex.honorifics.get(w) or gender
        if last_title >= 0 and not titled_words.isdisjoint(tlows[: last_title + 1]):
            name_parts = parts[last_title + 1 :]
            # Drop connectors inside the name that belong to the title ("of State").
            while name_parts and toks[name_parts[0]].text.lower() in _ORG_CONNECTORS:
                name_parts = name_parts[1:]
            if not name_parts:
                return []
            if self.lw[parts[last_title] + 1] in _SEATS and name_parts[0] > parts[last_title] + 1:
                # "MP for Stroud Vale", "Mayor of London Sadiq Khan": after "for" or "of" a
                # title names its seat, and a person follows it only in a longer run: from a
                # known first name on, else the last two words.
                if len(name_parts) < 3:
                    return []  # a role, found with the nominals
                lex_given = (lex.female, lex.male)
                k = next(
                    (
                        k
                        for k in range(1, len(name_parts))
                        if any(toks[name_parts[k]].text in g for g in lex_given)
                    ),
                    len(name_parts) - 2,
                )
                last_title = parts.index(name_parts[k - 1])
                name_parts = name_parts[k:]
            # "Mayor John Doe of Springfield": the name ends at a connector.
            rest: list[_Item] = []
            for k in range(1, len(name_parts)):
                a, b = name_parts[k - 1], name_parts[k]
                if (
                    b != a + 1
                    and not self._dot_between(toks, a, b)
                    and not all(self.lw[m] in _NAME_PARTICLES for m in range(a + 1, b))
                ):
                    rest = self._person_or_unknown(toks, name_parts[k:])
                    name_parts = name_parts[:k]
                    break
            role_words = [w for w in lows[: last_title + 1] if w not in lex.honorifics]
            # "Vice-Chancellor Sir Peter Lomax": an honorific ends no role.
            role_end = last_title
            while role_end > 0 and lows[role_end] in lex.honorifics:
                role_end -= 1
            role = (
                self.text[toks[parts[0]].start : self._end(toks[parts[role_end]])]
                if role_words
                else None
            )
            if role is not None:
                role = role.rstrip(".")
            text = self.text[toks[name_parts[0]].start : self._end(toks[name_parts[-1]])]
            item = self._item(toks, name_parts[0], name_parts[-1], "name", EntityKind.PERSON, text)
            if role is not None:
                # The mention covers the title too: "Senator Laura Whitman".
                item.start = toks[parts[0]].start
                item.first_tok = parts[0]
            item.role = role
            item.gender = gender or self._first_name_gender(text)
            return [item, *rest]
        # Sentence-initial function words are not names: "The", "In", "But"; nor is a
        # company noun before a name ("Carmaker Voltera said").
        k0 = 0
        # ("Last Thursday Maria Keller said", "In March Keller said"; not "South Korea",
        # "New Zealand", "The WHO")
        while (
            k0 < len(parts)
            and sentence_start
            and lows[k0] in lex.non_names
            and lows[k0] not in _NAME_OPENERS
            and parts[k0] - parts[0] == k0
            and (k0 == 0 or (lows[k0 - 1] in _TIME_OPENERS and not words[k0].isupper()))
        ):
            k0 += 1
        introduced = k0 == 0 and sentence_start and len(parts) > 1 and lows[0] in _COMPANY_NOUNS
        k0 += introduced
        if k0 >= len(parts):
            return []
        parts, words, lows = parts[k0:], words[k0:], lows[k0:]
        # Connectors only stay inside organisation names: split at them otherwise.
        out: list[_Item] = []
        run: list[int] = []
        prev = None
        for k in parts:
            if prev is not None and k != prev + 1 and not self._dot_between(toks, prev, k):
                particle = all(self.lw[m] in _NAME_PARTICLES for m in range(prev + 1, k))
                if not particle:
                    out.extend(self._person_or_unknown(toks, run))
                    run = []
            run.append(k)
            prev = k
        out.extend(self._person_or_unknown(toks, run))
        if (
            sentence_start
            and not introduced
            and out
            and out[0].first_tok == parts[0]
            and len(run) == len(parts)
            # A lone capitalised first word ("Shipping analysts"): keep only if it is a name
            # already known, or it is the subject of a verb of saying ("Keller vows ...").
            and self._unknown_first_word(out[0], toks)
        ):
            return out[1:]
        return out

    def _two_word_nationality(self, lows: list[str], nxt: int) -> bool:
        """Whether two capitalised words are a nationality of two words ("South Korean",
        "Costa Rican", "Sri Lankan") before a lower-case role noun: "former Costa Rican
        foreign minister Enrique Solano"."""
        if not lows[1].endswith(_NATIONAL_ENDINGS) or lows[1] in self.lex.org_words:
            return False
        if lows[0] not in _NAME_OPENERS:
            return False
        if nxt >= len(self.lw) or self.cp[nxt] or not self.wd[nxt]:
            return False
        low = self.lw[nxt]
        return low in self.lex.roles or low in self.lex.titles or low in self.lex.title_mods

    def _title_only(self, lows: list[str], sentence_start: bool) -> bool:
        """Whether a capitalised run of two or more words is made of titles alone (after
        an opening "The"): "Prime Minister", "Attorney General", "Foreign Minister"."""
        lex = self.lex
        if sentence_start and lows and lows[0] in lex.non_names and lows[0] in _DETERMINERS:
            lows = lows[1:]
        if len(lows) < 2 or lows[-1] not in lex.titled or lows[-1] in lex.honorifics:
            return False
        return all(w in lex.titled or w in lex.title_mods for w in lows[:-1])

    def _unknown_first_word(self, first: _Item, toks: tuple[Token, ...]) -> bool:
        """Whether a lone capitalised first word of unknown kind ("Shipping analysts") is
        no name: not a name already known, nor the subject of a verb of saying ("Keller
        vows ...")."""
        if first.first_tok != first.last_tok or first.kind is not EntityKind.UNKNOWN:
            return False
        lex = self.lex
        low = first.text.lower()
        if _singular(low) in lex.roles or low in lex.groups:
            return True  # "Refugees said", "Astronomers said": people named by a noun
        if (
            first.text.lower() in self.by_surname
            or first.text in self.by_name
            or first.text in lex.org_names
        ):
            return False
        nxt = first.last_tok + 1
        verb_at = nxt
        if verb_at + 1 < len(toks) and self.lw[verb_at] in ("also", "later", "previously"):
            verb_at += 1  # "Sainsbury's also said"
        speaks = (
            nxt < len(toks)
            and (
                self.lw[verb_at] in lex.verbs
                or toks[nxt].text == ":"
                # "Fjordlax, which produces ...": a name being introduced.
                or (
                    toks[nxt].text == ","
                    and self.lw[nxt + 1 : nxt + 2] in (["which"], ["who"], ["whose"])
                )
                # "Amani, 34, said": an age between commas.
                or (
                    toks[nxt].text == ","
                    and nxt + 2 < len(toks)
                    and toks[nxt + 1].text.isdigit()
                    and len(toks[nxt + 1].text) <= 3
                    and toks[nxt + 2].text == ","
                )
                # "Esperance, a 34-year-old mother of three, said": an apposition.
                or (
                    toks[nxt].text == ","
                    and self.lw[nxt + 1 : nxt + 2] in (["a"], ["an"])
                    and any(
                        k in self.heads_here or _age(self.lw[k])
                        for k in range(nxt + 2, min(len(toks), nxt + 5))
                    )
                )
                or self._described_speaker(toks, nxt)
                or self._aside_then_verb(toks, nxt)
            )
        )
        if (
            not speaks
            and nxt < len(toks)
            and (_verb_like(self.lw[nxt]) or self.lw[nxt] in _PAST_SAYING)
        ):
            self.opener = (first, self.sent_no)  # "Arianespace launched ...": maybe a body
        return not speaks

    def _aside_then_verb(self, toks: tuple[Token, ...], comma: int) -> bool:
        """Whether "X, speaking in his nightly address, said" follows a lone first word: a
        participle aside closed by a comma right before a verb of saying (a bounded look)."""
        if toks[comma].text != "," or self.lw[comma + 1 : comma + 2] == []:
            return False
        if self.lw[comma + 1] not in _PARTICIPLE_ASIDES:
            return False
        for k in range(comma + 2, min(len(toks) - 1, comma + 20)):
            if toks[k].text in '.;:"“”':
                return False
            if toks[k].text == ",":
                return self.lw[k + 1] in self.lex.verbs
        return False

    def _described_speaker(self, toks: tuple[Token, ...], comma: int) -> bool:
        """Whether "X, the association that represents flat owners, said" follows a lone
        first word: a definite description (a head noun within its first words) closed
        by the only comma before a verb of saying."""
        if toks[comma].text != ",":
            return False
        lead = comma + 1
        partitive = self.lw[lead : lead + 2] in (["one", "of"], ["another", "of"])
        if partitive:
            lead += 2  # "X, one of the two companies that distribute power, said"
        if self.lw[lead : lead + 1] != ["the"]:
            return False
        end = min(len(toks), lead + 15)
        heads = self.lex.heads
        if not any(
            k in self.heads_here or (partitive and _singular(self.lw[k]) in heads)
            for k in range(lead + 1, min(end, lead + 4))
        ):
            return False
        for k in range(lead + 1, end - 1):
            if toks[k].text in '.;:!?"“”':
                return False
            if toks[k].text == ",":
                j = k + 1
                while j < min(len(toks), k + 3) and self.lw[j] in _BEFORE_VERB:
                    j += 1  # "..., has long argued"
                return j < len(toks) and self.lw[j] in self.lex.verbs
        return False

    def _person_of_org(self, toks: tuple[Token, ...], parts: list[int], lows: list[str]) -> int:
        """Where a capitalised run splits into a person and their body at "of", "at" or
        "from" ("Professor Jane Doe of Oxford University"), as an index into ``parts``; 0
        when it does not (the left side must be a titled or first-named person)."""
        lex = self.lex
        for k in range(1, len(parts)):
            a, b = parts[k - 1], parts[k]
            if b == a + 1 or self.lw[a + 1] not in ("of", "at", "from"):
                continue
            left = lows[:k]
            if any(w in lex.org_words for w in left) or len(left) < 2:
                return 0
            titled = any(w in lex.titles or w in lex.honorifics for w in left[:-1])
            first = _strip_possessive(toks[parts[0]].text)[0]
            if titled or first in lex.female or first in lex.male:
                return k
            # "Sofia Conti of the Italian Glaciological Committee": a two- or three-word
            # name of no known first name, then a body named by its own noun.
            if len(left) <= 3 and any(w in lex.org_words for w in lows[k:]):
                return k
            return 0
        return 0

    def _dot_between(self, toks: tuple[Token, ...], a: int, b: int) -> bool:
        return b == a + 2 and toks[a + 1].text == "."

    def _end(self, tok: Token) -> int:
        text = tok.text
        # (The cheap look at the next character first: few tokens are followed by a dot.)
        if self.text[tok.end : tok.end + 1] == "." and (
            _DOTTED.fullmatch(text) or text.lower() in _ABBREVIATED_SUFFIXES
        ):
            return tok.end + 1  # "the U.N.", "Upjohn Co.": the initials keep their last dot
        return tok.end - 2 if text[-2:] in _POSSESSIVE and len(text) > 2 else tok.end

    def _item(
        self,
        toks: tuple[Token, ...],
        a: int,
        b: int,
        form: MentionForm,
        kind: EntityKind,
        text: str,
    ) -> _Item:
        start = toks[a].start
        return _Item(start, start + len(text), form, kind, text, a, b)

    def _first_name_gender(self, name: str) -> Gender | None:
        words = name.split()
        if len(words) == 2 and words[1][1:].partition("-")[2][:1].islower():
            # "Kim Ji-won", "Park Sung-ho": a family name first, then a hyphenated given
            # name; the first word says nothing of gender.
            return None
        first = words[0]
        if first in self.lex.female:
            return "female"
        if first in self.lex.male:
            return "male"
        return None

    @staticmethod
    def _acronym_here(toks: tuple[Token, ...], i: int) -> bool:
        """Whether an all-capital word that is also a common word ("WHO", "US") is an
        acronym: three letters or more, and a word beside it in lower case (not a headline
        in capitals: "WHO IS TO BLAME")."""
        text = toks[i].text
        if len(text) < 3 or not text.isupper() or not text.isalpha():
            return False
        near = [toks[k].text for k in (i - 1, i + 1) if 0 <= k < len(toks)]
        return any(w[:1].isalpha() and not w.isupper() for w in near)

    def _person_or_unknown(self, toks: tuple[Token, ...], run: list[int]) -> list[_Item]:
        if not run:
            return []
        lex = self.lex
        if len(run) == 1:
            # One word: a surname, a place, an organisation's name or acronym.
            tok = toks[run[0]]
            word = tok.text[:-2] if tok.text[-2:] in _POSSESSIVE else tok.text
            low = word.lower()
            known_org = word in lex.org_names or (
                low in lex.no_single and self._acronym_here(toks, run[0])
            )
            if not known_org and low in lex.no_single:
                return []
            if low in _DEMONYMS and self._epithet_at(run[0]):
                return []  # "the Spaniard said": a person named before, found as a role
            if word == tok.text and self._end(tok) > tok.end:
                word += "."  # "the U.N.": the initials keep their last dot
            single = _Item(
                tok.start, tok.start + len(word), "name", EntityKind.UNKNOWN, word, run[0], run[0]
            )
            if (
                _people_plural(low)
                or (low[-1:] == "s" and low[:-1] in _FAITHS)
                or (low[-1:] == "s" and low[:-1] in _PARTIES and not self._the_before(run[0]))
            ):
                # "Americans", "Cubans", "Catholics", "congressional Republicans": people,
                # no name ("The Republicans said" is the party, a body)
                return [_as_group(single, low)]
            dateline = run[0] == 0 and len(toks) > 1 and toks[1].text in ",("
            if known_org or (not dateline and _acronym(word)) or self._the_before(run[0]):
                single.kind = EntityKind.ORGANIZATION
                single.form = "organization"
            elif word in lex.places:
                pass  # "Georgia", "Jordan": a place, whatever the first-name lists say
            elif word in lex.female:
                single.gender = "female"
            elif word in lex.male:
                single.gender = "male"
            return [single]
        if (
            len(run) == 2
            and self.lw[run[0]] in _DEMONYM_REGIONS
            and self.lw[run[1]] in _DEMONYMS
            and self._epithet_at(run[1])
        ):
            return []  # "the Northern Irishman said": found as a role, like "the Spaniard"
        text = self.text[toks[run[0]].start : self._end(toks[run[-1]])]
        words = text.split()
        lows = [w.lower() for w in words]
        item = self._item(toks, run[0], run[-1], "name", EntityKind.UNKNOWN, text)
        dateline = run[0] == 0 and run[-1] + 1 < len(toks) and toks[run[-1] + 1].text in ",("
        if text in lex.org_names or (len(words) == 1 and _acronym(text) and not dateline):
            item.kind = EntityKind.ORGANIZATION
            item.form = "organization"
            return [item]
        if len(words) == 1:
            if lows[0] in lex.no_single:
                return []
            item.gender = self._first_name_gender(text)
            return [item]
        if (
            len(words) <= 3
            and _people_plural(lows[-1])
            and (
                lows[0] in _DEMONYMS
                or lows[0] in _DEMONYM_REGIONS
                or (lows[0].endswith(_NATIONAL_ENDINGS) and lows[0] not in _FAITHS)
            )
        ):
            # "Cuban Americans", "Irish Americans", "South Africans": people named by where
            # they come from (not a party: "Social Democrats", "Christian Democrats").
            return [_as_group(item, lows[-1])]
        gender = self._first_name_gender(text)
        before = toks[run[0] - 1].text.lower() if run[0] > 0 else ""
        if (
            before[-2:] in _POSSESSIVE
            and run[0] > 1
            and toks[run[0] - 2].text.lower() in _DISTRICT_LEADS
        ):
            # "in Miami's Little Havana", "near Chicago's Hyde Park": a place's district
            # (not "spoke to Microsoft's Nadella Kumar").
            before = "in"
        placeish = not lex.non_names.isdisjoint(lows) or before in (
            "in",
            "at",
            "near",
            "from",
            "to",
        )
        if gender is None and (
            self._the_before(run[0])
            or any(map(_acronym, words))
            # "Greenpeace Brazil", "Oxfam India": a known body's name opens it
            or (words[0] in lex.org_names and not placeish)
            or before.rpartition("-")[2] in _PLACE_MODIFIERS
        ):
            # "NHS England", "BBC Scotland": an acronym is no part of a person's name.
            # "The Kansas City Comets", "the Musée du Quai Branly": no person takes "the".
            # "Athens-based Poseidon Shipping": a body based or listed somewhere.
            item.kind = EntityKind.ORGANIZATION
            item.form = "organization"
        elif gender is None and (
            (
                lows[-1] in _CLUB_WORDS
                and before not in _PLACE_PREPS
                and lex.non_names.isdisjoint(lows[:-1])
            )
            or (lows[0] in _CLUB_OPENERS and len(words) <= 3)
        ):
            # "Harlow City", "Dunmore Rovers", "Real Madrid": a club, not a person.
            item.kind = EntityKind.ORGANIZATION
            item.form = "organization"
        elif gender is not None or (
            not placeish and len(words) <= 3 and not self._in_title_case_headline(item.start)
        ):
            item.kind = EntityKind.PERSON
            item.gender = gender
        return [item]

    def _in_title_case_headline(self, offset: int) -> bool:
        """Whether ``offset`` lies in a headline written in title case ("Elian's Dad Lashes
        Out at Miami Kin", "Cubans Demand Return of Elian"): the first paragraph, with no
        closing full stop, most of its words capitalised. There a run of capitalised words
        is no person's name unless a first name or a title says so (it may hold a verb)."""
        head = self.headline
        if head is None:
            opening = self._opening_line()
            head = Span(0, 0)
            if opening is not None:
                first, line = opening
                words = [w for w in line.split() if w[:1].isalpha()]
                caps = sum(1 for w in words if w[:1].isupper())
                if (
                    "\n" not in line
                    and not line.rstrip().endswith(".")
                    and len(words) >= 4
                    and caps * 10 >= len(words) * 7
                ):
                    head = first
            self.headline = head
        return head.start <= offset < head.end

    def _the_before(self, k: int) -> bool:
        """Whether "the" stands right before token ``k``, not after a preposition of place
        ("the Louvre said" but not "in the Netherlands")."""
        if k == 0 or self.lw[k - 1] != "the":
            return False
        # ("according to the Athletics Integrity Unit": a source, not a place)
        return (
            k < 2
            or self.lw[k - 2] not in _PLACE_PREPS
            or self.lw[k - 3 : k - 1]
            == [
                "according",
                "to",
            ]
        )

    def _same_one(self, head: str | None) -> int | None:
        """The latest person, unnamed source or group whose noun is ``head``, for "the
        same person" (among the last entities only: the search stays short)."""
        for ent in reversed(self.entities[-30:]):
            if (
                head is not None
                and ent.head == head
                and ent.merged_into is None
                and ent.kind in (EntityKind.PERSON, EntityKind.ANONYMOUS, EntityKind.GROUP)
                and not ent.name.lower().startswith("same ")
            ):
                return ent.id
        return None

    def _also_role(self, ent_id: int, item: _Item, role_item: _Item) -> None:
        """Keep the role phrase beside a name whose title became its role ("the police
        commander, Superintendent Ana Kila"), for a later "the commander"."""
        ent = self.entities[ent_id]
        if item.role and role_item.form != "organization" and ent.kind is EntityKind.PERSON:
            ent.also_role = ent.also_role or role_item.text

    def register_name(self, item: _Item, role_item: _Item | None = None) -> int:
        span = Span(item.start, item.end)
        text = item.text
        role = item.role or (role_item.text if role_item is not None else None)
        if role is not None:
            role = _strip_determiner(role)
        gender = item.gender or (role_item.gender if role_item is not None else None)
        if role_item is not None and role_item.form == "organization":
            item.kind = EntityKind.ORGANIZATION
            role = None
        if item.kind is EntityKind.ORGANIZATION and role_item is None:
            ent_id = self._known_surname(text)
            if ent_id is not None:
                # A lone family name of someone named before is that person, even where
                # its next word makes it look like a body's ("the Coyle case").
                self.add(ent_id, span, "surname")
                return ent_id
        if item.kind is EntityKind.ORGANIZATION:
            ent_id = self.by_name.get(text)
            if ent_id is None:
                ent_id = self._acronym_of(text, span)
                if ent_id is not None:
                    self.by_name[text] = ent_id
            if ent_id is None:
                ent_id = self.new(
                    text, EntityKind.ORGANIZATION, span, head=text.lower().split()[-1]
                )
                self.by_name[text] = ent_id
                self._note_name(text, ent_id)
                self._name_descriptions(ent_id)
                self._legal_aliases(text, ent_id)
                last = text.rsplit(" ", 1)[-1]
                if last != text and _team_word(last):
                    # A team: "the Kansas City Comets" are later "the Comets".
                    self.by_name.setdefault(last, ent_id)
                first, _, rest = text.partition(" ")
                low = rest.lower()
                if rest and " " not in rest and (low in _CLUB_WORDS or low in _CLUB_PLACE_WORDS):
                    # A club: "Ashford Town" is later "Ashford", "Carrow United" "Carrow".
                    self.by_name.setdefault(first, ent_id)
            if role_item is not None and role_item.form == "organization":
                ent = self.entities[ent_id]
                ent.noun = ent.noun or role_item.head  # "Swedish carmaker Voltera"
            self.add(ent_id, span, "organization")
            return ent_id
        words = text.split()
        if len(words) == 1:
            # A surname of someone named before ("Keller"), or a lone name.
            ent_id = self.by_surname.get(text.lower())
            if ent_id is None:
                ent_id = self.by_name.get(text)
            if ent_id is None and self.by_first:
                ent_id = self._by_first_word(text)
            if ent_id is None:
                kind: EntityKind = item.kind
                if role is not None or item.role is not None or gender is not None:
                    kind = EntityKind.PERSON
                if kind is EntityKind.UNKNOWN and text in self.lex.org_names:
                    kind = EntityKind.ORGANIZATION
                ent_id = self.new(text, kind, span, role=role, gender=gender)
                self.by_name[text] = ent_id
                if kind is EntityKind.PERSON:
                    self.by_surname.setdefault(text.lower(), ent_id)
                self.add(ent_id, span, "name" if kind is EntityKind.PERSON else "unknown")
                return ent_id
            self._update(ent_id, role, gender, role_item)
            self.add(ent_id, span, "surname")
            return ent_id
        ent_id = self.by_name.get(text)
        if ent_id is None:
            body = self.by_key.get(f"org:{text.lower()}")
            if body is not None and self.entities[body].kind is EntityKind.ORGANIZATION:
                # "the Orange Order ... Orange Order members": the body named before.
                self.add(body, span, "organization")
                return body
        if ent_id is None:
            if (
                words[0].lower() in _NAME_PARTICLES
                # "Gabriel Garcia Marquez ... Garcia Marquez said", "Jose Ortega y Gasset
                # ... Ortega y Gasset": a surname of two words (no first name opens it).
                or (words[0] not in self.lex.female and words[0] not in self.lex.male)
            ):
                # "Charles de Gaulle ... De Gaulle said": the surname with its particle.
                ent_id = self._particle_surname(text, words[-1])
            if ent_id is None and self.by_first:
                # "Juan Miguel Gonzalez ... Juan Miguel's comments": the given names alone.
                ent_id = self._given_names(text)
            if ent_id is not None:
                self._update(ent_id, role, gender, role_item)
                self.add(ent_id, span, "surname")
                return ent_id
        if ent_id is None:
            kind = EntityKind.PERSON if (item.kind is EntityKind.PERSON or role) else item.kind
            ent_id = self.new(text, kind, span, role=role, gender=gender)
            self.by_name[text] = ent_id
            if kind is EntityKind.PERSON:
                self.by_surname[words[-1].lower()] = ent_id
                self._note_first(words, ent_id)
            elif kind is EntityKind.UNKNOWN and words[-1].lower() in _CLUB_PLACE_WORDS:
                self.club_like.append(ent_id)  # "Harlow City": a place, or a club
        else:
            self._update(ent_id, role, gender, role_item)
            if item.kind is EntityKind.PERSON and self._in_title_case_headline(
                self.entities[ent_id].span.start
            ):
                # "Mahathir Mohamad Steps Down" left the name's kind open; the story's
                # "Mahathir Mohamad stepped down" says it is a person.
                self._make_person(ent_id)
                self._note_first(words, ent_id)
            if self.entities[ent_id].kind is EntityKind.PERSON:
                # Two people share a surname ("Lazaro Gonzalez", "Juan Miguel Gonzalez"):
                # the bare surname is the one named in full last.
                self.by_surname[words[-1].lower()] = ent_id
        ent = self.entities[ent_id]
        if role_item is not None and role_item.definite and role_item.head is not None:
            # "a former council official ... The official, Sarah Lyons,": one person.
            self._merge_unnamed(role_item.head, ent_id)
        self.add(ent_id, span, "name" if ent.kind is EntityKind.PERSON else "unknown")
        return ent_id

    def _known_surname(self, text: str) -> int | None:
        """The person named before whose family name is the lone word ``text``, when no
        body of that name is known."""
        if " " in text or text in self.by_name or text in self.lex.org_names:
            return None
        ent_id = self.by_surname.get(text.lower())
        if ent_id is None or self.entities[ent_id].kind is not EntityKind.PERSON:
            return None
        return ent_id

    def _legal_aliases(self, name: str, ent_id: int) -> None:
        """A company named with its legal form ("Sun Microsystems Inc.", "Hewlett-Packard
        Co.") is later named without it ("Sun Microsystems") or by its first word ("Sun",
        "Hewlett"), as business copy does: those become its names too (unless another
        entity has them already). (Its initials, "IBM" for "International Business
        Machines Corp.", stay a name of their own: readers name it so.)"""
        words = name.split()
        if len(words) < 2 or words[-1].lower().rstrip(".") not in _COMPANY_SUFFIXES:
            return
        by_name = self.by_name
        # "Northgate Building Ltd." closing a sentence, "Northgate Building Ltd" later
        # (British copy writes the form without a dot), or the other way round.
        other = name[:-1] if name.endswith(".") else name + "."
        by_name.setdefault(other, ent_id)
        self.by_key.setdefault(f"org:{other.lower()}", ent_id)
        rest = words[:-1]
        rest[-1] = rest[-1].rstrip(",")
        while rest and rest[-1].lower() in _ORG_CONNECTORS:
            rest.pop()  # "Eli Lilly and Co.", "Dow Jones & Co.": the base is "Dow Jones"
        lex = self.lex
        if not rest or not rest[0][:1].isupper() or rest[0] in lex.female or rest[0] in lex.male:
            # "Ralph Lauren Corp.", "Charles Schwab Corp.": named after a person, whom the
            # story names so too ("Ralph Lauren, the designer, said").
            return
        base = " ".join(rest)
        if base in lex.places or base.lower() in lex.org_words:
            return
        by_name.setdefault(base, ent_id)
        self.by_key.setdefault(f"org:{base.lower()}", ent_id)
        first = rest[0].partition("-")[0] if len(rest) == 1 else rest[0]
        low = first.lower()
        if (
            first != base
            and low not in lex.org_words  # ("Union Pacific Corp. ... Union leaders said")
            and len(first) > 2
            and first[0].isupper()
            and first.isalpha()
            and first not in lex.places
            and low not in lex.non_names
            and low not in lex.titled
            and low not in _DEMONYMS
            and low not in _UNTELLING
            and low not in _GENERIC_FIRSTS
        ):
            by_name.setdefault(first, ent_id)
            self.by_key.setdefault(f"org:{low}", ent_id)

    def _particle_surname(self, text: str, last: str) -> int | None:
        """The person named earlier whose full name ends with ``text``, a surname with its
        particle capitalised ("Van Gaal" for "Louis van Gaal")."""
        ent_id = self.by_surname.get(last.lower())
        if ent_id is None:
            return None
        ent = self.entities[ent_id]
        if ent.kind is not EntityKind.PERSON or not ent.name.lower().endswith(" " + text.lower()):
            return None
        return ent_id

    def _given_names(self, text: str) -> int | None:
        """The one person whose full name begins with the words of ``text`` and goes on
        after them ("Juan Miguel" for "Juan Miguel Gonzalez")."""
        ent_id = self._by_first_word(text.partition(" ")[0])
        if ent_id is None:
            return None
        ent = self.entities[ent_id]
        if ent.kind is not EntityKind.PERSON or not ent.name.startswith(text + " "):
            return None
        rest = ent.name[len(text) + 1 :].lower().rstrip(".").split()
        if (len(rest) == 1 and rest[0] in _GENERATIONS) or self._in_title_case_headline(
            ent.span.start
        ):
            # "Tom Reyes Jr." is not "Tom Reyes" (his father); "Boris Johnson Quits" in a
            # title-case headline is a run that may hold a verb, never a fuller name.
            return None
        return ent_id

    def _note_first(self, words: list[str], ent_id: int) -> None:
        """Remember the first word of a person's full name, unless another person's name
        begins with it too (then the word names no one in particular)."""
        first = words[0].lower()
        if first in _NAME_PARTICLES:
            return
        if self.by_first.setdefault(first, ent_id) != ent_id:
            self.by_first[first] = -1
        for k in range(1, len(words) - 1):
            if words[k + 1].lower() in _NAME_PARTICLES and words[k][:1].isupper():
                # "Lula" for "Luiz Inacio Lula da Silva": the word before the particle.
                if self.by_first.setdefault(words[k].lower(), ent_id) != ent_id:
                    self.by_first[words[k].lower()] = -1
                break
        else:
            lex = self.lex
            middle = words[1] if len(words) == 3 else ""
            # "Vidal" for "Ernesto Vidal Quiroga": a given name, then two family names, of
            # which the first is the one the person goes by.
            if (
                len(words) == 3
                and middle.isalpha()
                and (words[0] in lex.female or words[0] in lex.male)
                and len(middle) > 2
                and middle[0].isupper()
                and middle[1:].islower()
                and middle not in lex.female
                and middle not in lex.male
                and self.by_first.setdefault(middle.lower(), ent_id) != ent_id
            ):
                self.by_first[middle.lower()] = -1

    def _by_first_word(self, text: str) -> int | None:
        """The one person whose full name begins with ``text`` ("Xi" for "Xi Jinping",
        "Tedros" for "Tedros Adhanom Ghebreyesus"), when no one else's name ends with it."""
        ent_id = self.by_first.get(text.lower())
        if ent_id is None or ent_id < 0:
            return None
        return ent_id

    def _acronym_of(self, text: str, span: Span) -> int | None:
        """The organisation an acronym stands for: the one it follows in brackets ("the
        Athletics Integrity Unit (AIU)"), or one named earlier whose initials it spells
        ("Court of Arbitration for Sport" for "CAS"); the alias is kept for later
        mentions. ``None`` for any other name."""
        if " " in text or not _acronym(text):
            return None
        ent_id = self._bracketed_after(span)
        if ent_id is None:
            ent_id = self.by_initials.get(text.replace(".", ""))
        return ent_id

    def _bracketed_after(self, span: Span) -> int | None:
        """The organisation (or name of unknown kind) mentioned right before ``span`` when
        ``span`` stands alone in brackets after it: "Expert Forum (EFOR)"."""
        text = self.text
        if not (text[span.start - 1 : span.start] == "(" and text[span.end : span.end + 1] == ")"):
            return None
        if not self.raw:
            return None
        last = self.raw[-1]
        gap = text[last[5].end : span.start - 1]
        if len(gap) > 2 or gap.strip():
            return None
        ent = self.entities[last[3]]
        if ent.kind is EntityKind.UNKNOWN and " " in ent.name:
            self._make_organization(ent.id)
        if ent.kind is not EntityKind.ORGANIZATION:
            return None
        return ent.id

    def _note_name(self, name: str, ent_id: int) -> None:
        """Keep a new organisation's initials, or, for an acronym, the acronym itself."""
        if " " not in name and _acronym(name):
            self.acronyms.setdefault(name.replace(".", ""), ent_id)
        else:
            self._note_initials(name, ent_id)

    def _note_initials(self, name: str, ent_id: int) -> None:
        """Remember the initials of a new organisation's name, so that an acronym later
        resolves to it; an acronym met first (in the headline) is merged into it."""
        words = (name.replace("-", " ") if "-" in name else name).split()
        if len(words) < 2 or len(words) > 12:
            return
        caps = "".join([w[0] for w in words if w[0].isupper()])
        self._initials(caps, ent_id)
        if any(len(w) in (2, 3) and w.isupper() for w in words):
            # "UK Health Security Agency": UKHSA, a short capitalised word kept whole.
            whole = "".join([w if w.isupper() else w[0] for w in words if w[0].isupper()])
            self._initials(whole, ent_id)
        if len(caps) < len(words):  # "Court of Arbitration for Sport": CAS, and COAFS
            self._initials("".join([w[0].upper() for w in words if w[0].isalpha()]), ent_id)

    def _initials(self, initials: str, ent_id: int) -> None:
        if not 2 <= len(initials) <= 6:
            return
        self.by_initials.setdefault(initials, ent_id)
        if not self.acronyms:
            return  # (the common case: no acronym before its name)
        early = self.acronyms.pop(initials, None)
        if early is not None and early != ent_id:
            written = self.entities[early].name
            self.entities[early].merged_into = ent_id
            self.by_name[written] = ent_id
            self.by_key[f"org:{written.lower()}"] = ent_id

    def _name_descriptions(self, ent_id: int) -> None:
        """A body named after a description of it: "India's space agency launched ... the
        Indian Space Research Organisation said" (the description becomes the name's)."""
        if not self.descriptions:
            return  # (the common case)
        name = self.entities[ent_id].name
        for other in reversed(self.descriptions[-4:]):
            ent = self.entities[other]
            if ent.merged_into is None and _describes(ent.name, name):
                ent.merged_into = ent_id
                return

    def _described_named(self, ent_id: int) -> None:
        """A description of a body named before it: "the Federal Ministry of Finance ...
        Germany's finance ministry said" (the description joins the name)."""
        desc = self.entities[ent_id]
        if "'s " not in desc.name and "’s " not in desc.name:
            return  # (the common case: no possessive description)
        self.descriptions.append(ent_id)
        for other in reversed(self.orgs[-8:]):
            ent = self.entities[other]
            if not ent.nominal and ent.merged_into is None and _describes(desc.name, ent.name):
                desc.merged_into = other
                return

    def _merge_unnamed(self, head: str, target: int) -> None:
        for ent in reversed(self.entities[-30:]):
            if ent.id == target or ent.merged_into is not None:
                continue
            if ent.kind is EntityKind.PERSON and ent.name == ent.role and ent.head == head:
                ent.merged_into = target
                return

    def _update(
        self, ent_id: int, role: str | None, gender: Gender | None, role_item: _Item | None
    ) -> None:
        ent = self.entities[ent_id]
        if role is not None and ent.role is None:
            ent.role = role
        if gender is not None and ent.gender is None:
            ent.gender = gender
        if (role is not None or gender is not None) and ent.kind is EntityKind.UNKNOWN:
            ent.kind = EntityKind.PERSON

    # - role phrases, organisations named by a noun, groups, pronouns -

    def find_nominals(self, toks: tuple[Token, ...], names: list[_Item]) -> list[_Item]:
        lex = self.lex
        out: list[_Item] = []
        if not self.heads_here:
            return self._age_referents(toks) if self.ages_here else out
        person_toks: set[int] | None = None  # built when a head other than a pronoun comes
        n = len(toks)
        lw, cp = self.lw, self.cp
        if self.ages_here:
            out.extend(self._age_referents(toks))
        for i in self.heads_here:
            tok = toks[i]
            low = lw[i]
            if low in _PRONOUNS:
                if tok.text[0].isupper() or low == tok.text:
                    out.append(
                        _Item(tok.start, tok.end, "pronoun", EntityKind.UNKNOWN, tok.text, i, i)
                    )
                continue
            poss = low[-2:] in _POSSESSIVE and len(low) > 2
            word = low[:-2] if poss else low
            if word in _DEMONYMS:
                if self._epithet_at(i):
                    out.append(self._epithet(toks, i))
                continue
            if i > 0 and f"{lw[i - 1]} {word}" in lex.org_nouns and (i == 1 or not cp[i - 1]):
                # "salmon farmer Fjordlaks", "the fish farmer": a compound naming a firm.
                form: MentionForm = "organization"
            elif word in lex.roles:
                form = "role"
                if (
                    word in _BODY_ROLES
                    and cp[i]
                    and i > 0
                    and cp[i - 1]
                    and lw[i - 1] not in lex.titled
                    and lw[i - 1] not in lex.title_mods
                    and (i + 1 >= n or not cp[i + 1])
                ):
                    # "the Road Safety Executive", "the Northern Ireland Executive": a
                    # role word ending a name that is no title is a public body.
                    form = "organization"
            elif word in lex.groups:
                if cp[i] and i > 1 and lw[i - 1] == "of" and cp[i - 2]:
                    continue  # "House of Representatives": a name's last word
                form = "group"
            elif word in lex.org_nouns and (not _is_cap(tok.text) or i == 0):
                form = "organization"
                if word in _ADJECTIVE_NOUNS and not self._noun_ends_here(toks, i):
                    continue  # "the daily briefing": an adjective
            else:
                continue
            if person_toks is None:
                # The tokens of people's names, and of names of unknown kind of two words
                # or more; before an organisation noun only a person's name stops the
                # phrase ("IF Metall union").
                person_toks = set()
                persons_only: set[int] = set()
                self._persons_only = persons_only
                for it in names:
                    if it.kind is EntityKind.PERSON:
                        persons_only.update(range(it.first_tok, it.last_tok + 1))
                    elif it.kind is EntityKind.UNKNOWN and it.first_tok != it.last_tok:
                        person_toks.update(range(it.first_tok, it.last_tok + 1))
                person_toks |= persons_only
            if i in person_toks:
                continue
            if cp[i] and self._inside_name(toks, i):
                continue  # "the Tenants' Union", "Directorate General of Coastal Safety"
            if (
                form == "group"
                and i + 2 < n
                and toks[i + 1].text in _APOSTROPHES
                and toks[i + 1].start == tok.end
                and self.lw[i + 2] in lex.org_nouns
            ):
                continue  # "the pilots' union": the union is the head
            # The head is the last noun of a compound: "union leader", "police spokesman".
            # (Not into a person's title: "police commander Superintendent Ana Kila".)
            if i + 1 < n and not poss and i + 1 not in person_toks:
                nxt = self.lw[i + 1]
                if (
                    nxt in lex.roles
                    or nxt in lex.groups
                    or (nxt in lex.org_nouns and form == "organization")
                ):
                    continue
            nominal = self._nominal(toks, i, form, person_toks)
            if nominal is not None:
                out.append(nominal)
        if out and names:
            self._trim_roles(toks, out, names)
            self._roles_before_names(out, names)
        covered = (
            sorted([(it.start, it.end) for it in out if it.form != "pronoun"])
            if out and names
            else []
        )
        if covered:
            # Names inside a role or group phrase ("Union" in "Union leader") give way.
            cover_starts = [a for a, _ in covered]
            kept = []
            for nm in names:
                k = bisect.bisect_right(cover_starts, nm.start) - 1
                inside = k >= 0 and covered[k][1] >= nm.end
                if nm.kind is EntityKind.PERSON or not inside:
                    kept.append(nm)
                elif nm.form == "organization" and nm.text[-1:] == ".":
                    self._inner_company(nm)
            names[:] = kept
        return out

    def _trim_roles(self, toks: tuple[Token, ...], roles: list[_Item], names: list[_Item]) -> None:
        """Start a role phrase after a body's name it began inside, when a name follows it:
        in "Australians for a Constitutional Monarchy executive director Kerry Jones" the
        role is "executive director", and the body's name is whole (one look per role
        phrase: the names are in order)."""
        starts = [nm.start for nm in names]
        for item in roles:
            if item.form != "role":
                continue
            k = bisect.bisect_left(starts, item.start) - 1
            if k < 0:
                continue
            body = names[k]
            if body.form != "organization" or not body.start < item.start < body.end < item.end:
                continue
            if k + 1 >= len(names) or names[k + 1].start != item.end + 1:
                # "A Food and Drug Administration official said": no name follows, so the
                # phrase stays whole, an unnamed (anonymous) source of that body.
                continue
            first = body.last_tok + 1
            while first < item.last_tok and not self.wd[first]:
                first += 1
            item.first_tok = first
            item.start = toks[first].start
            item.text = self.text[item.start : item.end]
            item.definite = item.indefinite = False
            item.bare = not self.cp[first]
            # "Australians for a Constitutional Monarchy executive director Kerry Jones":
            # the person's mention will take in the body and the role (see
            # ``_titled_by_body``).
            item.after_body = True

    def _roles_before_names(self, roles: list[_Item], names: list[_Item]) -> None:
        """End a role phrase that stops inside a body's name before that name (and its
        preposition): in "founder of Brothers to the Rescue" the role is "founder" and the
        body keeps its whole name, never "founder of Brothers" (one look per role phrase:
        the names are in order)."""
        starts = [nm.start for nm in names]
        for item in roles:
            if item.form != "role":
                continue
            k = bisect.bisect_left(starts, item.end) - 1
            if k < 0:
                continue
            body = names[k]
            if item.start < body.start < item.end < body.end and body.kind is not EntityKind.PERSON:
                last = body.first_tok - 1
                while last > item.first_tok and (
                    not self.wd[last]
                    or self.lw[last] in _ROLE_PREPS
                    or self.lw[last] in _DETERMINERS
                ):
                    last -= 1
                item.last_tok = last
                item.end = self.sent_toks[last].end
                item.text = self.text[item.start : item.end]

    def _noun_ends_here(self, toks: tuple[Token, ...], i: int) -> bool:
        """Whether the word at ``i`` ends its noun phrase: a name, a verb of saying or a
        mark follows ("the daily Granma", "the daily said", "the weekly,")."""
        k = i + 1
        if k >= len(toks):
            return True
        if not self.wd[k]:
            return not toks[k].text[0].isdigit()  # (not "a daily 5mg dose")
        return bool(self.cp[k]) or self.lw[k] in self.lex.verbs or self.lw[k] in _VERBISH

    def _inner_company(self, item: _Item) -> None:
        """Keep a company named with its legal form inside a role phrase ("director of
        Hewlett-Packard Co.'s advanced systems"): no mention of its own, but a later
        "Hewlett-Packard" or "Hewlett" is that company."""
        words = item.text.split()
        if words[-1].lower().rstrip(".") not in _ABBREVIATED_SUFFIXES or item.text in self.by_name:
            return
        ent_id = self.new(
            item.text, EntityKind.ORGANIZATION, Span(item.start, item.end), head=words[-1].lower()
        )
        self.by_name[item.text] = ent_id
        self._legal_aliases(item.text, ent_id)

    def _age_referents(self, toks: tuple[Token, ...]) -> list[_Item]:
        """ "The 52-year-old said": an age standing alone for the person just named (with
        a noun after it, "the 52-year-old baker", the noun heads the role phrase)."""
        out = []
        lw, n = self.lw, len(toks)
        for k in range(1, n):
            if lw[k - 1] != "the" or not _age(lw[k]):
                continue
            if k + 1 < n and self.wd[k + 1] and lw[k + 1] not in self.lex.stop:
                continue  # "the 52-year-old baker": a role phrase, found by its noun
            start = toks[k - 1].start
            item = _Item(
                start,
                toks[k].end,
                "role",
                EntityKind.PERSON,
                self.text[start : toks[k].end],
                k - 1,
                k,
            )
            item.head = lw[k].partition("-")[2]
            item.definite = True
            out.append(item)
        return out

    def _epithet_at(self, i: int) -> bool:
        """Whether a nationality noun at token ``i`` stands for the person just named:
        "the Spaniard said", "said the Brazilian.", "the German, who ..." (after "the",
        before a verb of saying, punctuation or a linking word; not "the German
        government")."""
        lw = self.lw
        if self._epithet_the(i) is None or not self.cp[i]:
            return False
        if i + 1 >= len(lw) or not self.wd[i + 1]:
            return True
        nxt = lw[i + 1]
        if nxt in self.lex.verbs:
            # a verb's finite form ("said", "says", "insisted"), not a noun's base form
            # ("The American hope is that ...")
            return nxt.endswith(("s", "ed")) or nxt in _PAST_SAYING
        return nxt in _BEFORE_VERB or nxt in ("who", "was", "is")

    def _epithet_the(self, i: int) -> int | None:
        """The token of "the" before a nationality noun at ``i``, past one region word
        ("the Northern Irishman", "the South African")."""
        lw = self.lw
        if i >= 1 and lw[i - 1] == "the":
            return i - 1
        if i >= 2 and lw[i - 2] == "the" and lw[i - 1] in _DEMONYM_REGIONS and self.cp[i - 1]:
            return i - 2
        return None

    def _epithet(self, toks: tuple[Token, ...], i: int) -> _Item:
        first = self._epithet_the(i)
        first = i - 1 if first is None else first
        start = toks[first].start
        item = _Item(
            start, toks[i].end, "role", EntityKind.PERSON, self.text[start : toks[i].end], first, i
        )
        item.head = self.lw[i]
        item.definite = True
        if item.head.endswith("woman"):
            item.gender = "female"
        elif item.head.endswith("man"):
            item.gender = "male"
        return item

    def _name_subject(self, last: int) -> bool:
        """Whether the capitalised run ending at token ``last`` may be the subject of the
        past-tense word after it ("Deutsche Bahn suspended all services", "The BBC
        reported"): not after "a"/"an", which make the name a modifier in a noun phrase
        ("A US armed forces spokesman", "a French state-controlled manufacturer")."""
        k = last
        while k >= 0 and self.cp[k] and last - k < 6:
            if self.lw[k] in _INDEFINITE:
                return False  # ("A" opening a sentence is capitalised too)
            k -= 1
        return not (k >= 0 and self.lw[k] in _INDEFINITE)

    def _nominal(
        self, toks: tuple[Token, ...], head: int, form: MentionForm, person_toks: set[int]
    ) -> _Item | None:
        lex = self.lex
        a = head
        definite = indefinite = quantified = False
        count = 0
        lw, wd = self.lw, self.wd
        while a > 0 and count < 4:
            low = lw[a - 1]
            if "-" in low and _age(low):
                a -= 1  # "a 34-year-old mother of three"
                count += 1
                continue
            if low.isdigit() and a >= 2 and self.cp[a - 2] and lw[a - 2] in _NUMBERED:
                a -= 1  # "a Group 4 spokesman": the number belongs to the body's name
                count += 1
                continue
            if (
                toks[a - 1].text == "."
                and a >= 2
                and toks[a - 1].start == toks[a - 2].end
                and _DOTTED.fullmatch(toks[a - 2].text)
            ):
                a -= 2  # "a U.S. official", "a senior U.N. spokesman": the dotted initials
                count += 1
                continue
            if (
                toks[a - 1].text == "."
                and a >= 2
                and self.cp[a]
                and lw[a - 2] in _PLACE_ABBREVIATIONS
                and self.cp[a - 2]
                and toks[a - 1].start == toks[a - 2].end
            ):
                a -= 2  # "the St. Louis company": the dotted word opens the place's name
                count += 1
                continue
            if not wd[a - 1]:
                if (
                    form == "organization"
                    and a >= 2
                    and toks[a - 1].text in _APOSTROPHES
                    and toks[a - 1].start == toks[a - 2].end
                    and lw[a - 2].endswith("s")
                    and wd[a - 2]
                ):
                    # "the pilots' union": a plural owner before a body's noun.
                    definite = True
                    a -= 2
                    if a > 0 and lw[a - 1] == "the":
                        a -= 1
                break  # (not a word)
            if low.endswith(("'s", "’s")):
                definite = True
                a -= 1
                # "The Dutch economy ministry's spokesman": a body's modifiers belong to
                # the phrase, which then names whom the spokesman speaks for.
                owner_body = form == "role" and low[:-2] in lex.org_nouns
                while (
                    owner_body
                    and a > 0
                    and head - a < 6
                    and self.wd[a - 1]
                    and self.lw[a - 1] not in lex.stop
                    and self.lw[a - 1] not in _DETERMINERS
                    and self.lw[a - 1] not in _ROLE_PREPS
                    and (a - 1) not in person_toks
                ):
                    a -= 1
                while (
                    form == "organization"
                    and a > 0
                    and head - a < 5
                    and self.cp[a - 1]
                    and self.wd[a - 1]
                    and self.lw[a - 1] not in lex.non_names
                    # "French President Emmanuel Macron's office": the owner's name only
                    and self.lw[a - 1] not in lex.titles
                    and self.lw[a - 1] not in lex.honorifics
                ):
                    a -= 1  # "Scotland Yard's counter-terrorism command": the whole name
                if a > 0 and self.lw[a - 1] in ("the", "a", "an"):
                    a -= 1  # "The authority's cabinet member"
                break
            if (a - 1) in (self._persons_only if form == "organization" else person_toks):
                break
            if low in _DETERMINERS or low == "one":
                definite = low not in _INDEFINITE and low != "one"
                indefinite = not definite
                a -= 1
                break
            if (
                low == "and"
                and form == "organization"
                and a >= 3
                and a < head
                and wd[a - 2]
                and not self.cp[a - 2]
                and lw[a - 3] in _DETERMINERS
            ):
                a -= 1  # "the oil and gas company", "the homewares and clothing chain"
                count += 1
                continue
            if low in _QUANTIFIERS or low[0].isdigit():
                before = self.lw[a - 2] if a >= 2 else ""
                quantified = low not in ("other", "most", "many", "some", "several") and (
                    before not in ("in", "of", "than", "about", "around")
                )
                if before == "the" and lw[head] not in _INFORMANTS:
                    quantified = False  # "the two delegations": a known set, not a source
                break
            if low in lex.stop or low in _ROLE_PREPS or low == "per":
                break
            if low.endswith("ly") and len(low) > 4 and low not in lex.heads:
                break  # an adverb (not "family", "assembly": "a family spokesman")
            if (
                a < head
                and (
                    low in lex.roles
                    or low in lex.groups
                    or (self.cp[a - 1] and not self.cp[a] and self._name_subject(a - 1))
                )
                and _verb_like(self.lw[a])
            ):
                # "The minister met families", "Deutsche Bahn suspended services": a role
                # noun or a name, then a word that is no part of the phrase (a verb): a
                # clause boundary, the phrase is the head alone.
                a = head
                definite = indefinite = quantified = False
                break
            a -= 1
            count += 1
        head_low = self.lw[head]
        if head_low[-2:] in _POSSESSIVE and len(head_low) > 2:
            head_low = head_low[:-2]
        if self.cp[head]:
            # "Norwegian Refugee Council", "The King's Fund", "The Georgia Voter Access
            # Project": a capitalised run that ends in an organisation word is a body's name.
            k = head + 1
            while k < len(toks) and k <= head + 5 and self.cp[k] and self.wd[k]:
                if self.lw[k] in lex.org_words:
                    return None
                k += 1
        # A role phrase needs something that makes it one: a determiner or possessive, a
        # capital ("Union leader"), or a name beside it (checked when linking).
        bare = not (definite or indefinite) and not self.cp[a]
        if form == "organization" and head_low in _COLLECTIVE_HEADS and self._of_plural(toks, head):
            form = "group"  # "a group of residents", "a group of cloud providers": people
        b = self._extend_right(toks, head, form)
        start = toks[a].start
        end = self._end(toks[b])
        text = self.text[start:end]
        if form == "organization" and bare and head_low not in _BARE_ORGS:
            return None
        item = _Item(start, end, form, EntityKind.UNKNOWN, text, a, b)
        item.head = head_low
        if definite:
            item.definite = True
        if indefinite:
            item.indefinite = True
        item.quantified = quantified
        item.modified = a < head - (1 if (definite or indefinite) else 0)
        subject_at = a - 1
        item.subject = subject_at < 0 or toks[subject_at].text in (",", '"', "“", "—", "–", ";")
        item.bare = bare
        if form == "role":
            item.gender = lex.role_gender.get(head_low)
            item.kind = EntityKind.PERSON
        elif form == "group":
            item.kind = EntityKind.GROUP
        else:
            item.kind = EntityKind.ORGANIZATION
        return item

    def _of_plural(self, toks: tuple[Token, ...], head: int) -> bool:
        """Whether a lower-case head is followed by "of" and a plain plural noun, perhaps
        after one adjective ("group of residents", "group of European cloud providers"),
        not a name ("Group of Seven")."""
        n = len(toks)
        if head + 2 >= n or self.lw[head + 1] != "of" or self.cp[head]:
            return False
        for k in range(head + 2, min(n, head + 5)):
            w = toks[k].text
            if not w.isalpha():
                return False
            if w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
                return True
        return False

    def _extend_right(self, toks: tuple[Token, ...], head: int, form: MentionForm) -> int:
        """Take in "at the port", "of the World Health Organization", "in Lagos"."""
        n = len(toks)
        if form not in ("role", "group") or head + 1 >= n:
            return head
        prep = self.lw[head + 1]
        if _strip_possessive(toks[head].text)[1] or (
            prep not in _ROLE_PREPS and not (prep == "to" and self.lw[head] in _TO_ROLES)
        ):
            return head  # ("an aide to the president": "to" only after an aide's noun)
        stop = self.lex.stop
        k = head + 2
        if k < n and self.lw[k] in ("the", "a", "an"):
            k += 1
        if k >= n or not self.wd[k]:
            return head
        if (
            form == "group"
            and prep == "of"
            and not _is_cap(toks[head].text)  # ("Members of the X Union": one capitalised run)
            and self._named_body_at(toks, k)
        ):
            # "members of the Irish Airline Pilots' Association": the body keeps its own
            # mention, so that "the union" later is that body.
            return head
        # "the eastern Spanish town of Paiporta", "Ashby council", "the local health trust".
        b = head
        count = 0
        while k < n and count < 8:
            t = toks[k].text
            low = t.lower()
            if (
                t in ("'", "’")
                and b == k - 1
                and k + 1 < n
                and toks[k].start == toks[k - 1].end
                and _is_cap(toks[k - 1].text)
                and _is_cap(toks[k + 1].text)
            ):
                k += 1  # "of the Irish Airline Pilots' Association": a plural's apostrophe
                continue
            if t == "," and b > head and self._listed_portfolios(k, list(range(head + 2, b + 1))):
                k += 1  # "a spokesman for the Department for Culture, Media and Sport"
                continue
            if not _is_word(t):
                break
            if low in ("of", "for", "and") and b > head:
                nxt = k + 1
                if nxt < n and self.lw[nxt] in ("the", "a", "an"):
                    nxt += 1  # "knowledge of the investigation"
                if nxt < n and self.wd[nxt] and self.lw[nxt] not in stop:
                    count += nxt - k
                    k = nxt
                    continue
                break
            if (
                low in _NAME_PARTICLES
                and b == k - 1
                and b > head
                and k + 1 < n
                and _is_cap(toks[b].text)
                and _is_cap(toks[k + 1].text)
            ):
                k += 1  # "residents of São Luiz do Tapajós": a particle inside the name
                continue
            if (low in stop or low in _ROLE_PREPS) and not (
                # "at the Famine Early Warning Systems Network": a verb's form inside a
                # run of capitalised words is part of the name
                low in self.lex.verbs
                and _is_cap(t)
                and b == k - 1
                and b > head
                and _is_cap(toks[b].text)
                # ("of the Microprocessor Report,": it may end the name before a mark)
                and (k + 1 >= n or _is_cap(toks[k + 1].text) or not self.wd[k + 1])
            ):
                break
            if not _is_cap(t) and (low.endswith(("ly", "ed", "ing")) and len(low) > 4):
                break
            if not _is_cap(t) and k + 1 < n and self.lw[k + 1] in _VERB_OBJECTS:
                break  # "Farmers in Isiolo see it": the verb and its object
            b = k
            k += 1
            count += 1
            if _strip_possessive(t)[1]:
                # "of Austria's central bank": the owner, then what it owns.
                continue
            if not _is_cap(t) and low in self.lex.org_nouns:
                if k < n and self.lw[k] in self.lex.org_nouns and self.wd[k]:
                    b = k  # "the hospital trust", "the city council": one body
                break
        return b

    def _named_body_at(self, toks: tuple[Token, ...], k: int) -> bool:
        """Whether a capitalised name of a body starts at token ``k`` and ends, within a
        few words, with a word that names bodies ("Pilots' Association", "Teachers'
        Union", "Red Cross Society")."""
        n = len(toks)
        j = k
        while j < n and j - k < 7:
            t = toks[j].text
            if t in ("'", "’") and j > k and toks[j].start == toks[j - 1].end:
                j += 1
                continue
            if not _is_cap(t):
                break
            j += 1
        return j - k >= 2 and self.lw[j - 1] in self.lex.org_words

    def link_appositions(self, items: list[_Item], toks: tuple[Token, ...]) -> None:
        """Tie role phrases to the name they describe."""
        text = self.text
        for idx, item in enumerate(items):
            if item.form not in ("organization", "role"):
                continue  # (names, pronouns and groups describe nothing)
            if item.form == "organization" and idx + 1 < len(items):
                # "Swedish carmaker Voltera", "the port operator HHLA": the noun names it.
                following = items[idx + 1]
                if (
                    following.form in ("organization", "name")
                    and (
                        following.kind is not EntityKind.PERSON
                        # "Campaign group Smartphone Free Childhood": a plain name (no
                        # title, no honorific) after a body's noun is that body's name.
                        or (following.role is None and following.gender is None)
                    )
                    and following.start == item.end + 1
                    and text[item.end] == " "
                    and not _strip_possessive(item.text)[1]
                    # (not "Hewlett-Packard Co. Recently": a legal form closes a name)
                    and item.text[-1:] != "."
                ):
                    item.link = idx + 1
                    continue
            if (
                item.form == "organization"
                and idx + 1 < len(items)
                and items[idx + 1].form in ("organization", "name")
                and items[idx + 1].role is None
                and items[idx + 1].gender is None
                and " ".join(text[item.end : items[idx + 1].start].split()).lower() in _BODY_NAMING
                # (a name, not a described body: "The group called the agency's response")
                and text[items[idx + 1].start : items[idx + 1].start + 1].isupper()
            ):
                # "A group calling itself BlackFin", "a militia known as the Free Army":
                # the phrase and the name are one body.
                item.link = idx + 1
                continue
            if item.form == "organization" and item.definite:
                # "The port operator, HHLA, said": the phrase and the name are one body.
                nxt_idx = idx + 1
                if nxt_idx + 1 < len(items) and items[nxt_idx].form == "pronoun":
                    nxt_idx += 1  # "The consortium building it, X,": the gap is checked
                if nxt_idx < len(items):
                    following = items[nxt_idx]
                    after = following.last_tok + 1
                    if (
                        following.form in ("organization", "name")
                        and (
                            following.kind is not EntityKind.PERSON
                            # "The mining firm, Vale Norte, said": a plain name (no
                            # title, no known first name) set off after a body's noun.
                            or (
                                following.form == "name"
                                and following.role is None
                                and following.gender is None
                            )
                        )
                        and self._body_apposition_gap(text[item.end : following.start])
                        # not "According to a source close to the club, Grant and two
                        # directors met": the name opens the main clause
                        and (after >= len(toks) or toks[after].text in _APPOSITION_CLOSERS)
                    ):
                        item.link = nxt_idx
                        continue
            if item.form == "organization" and item.indefinite and idx > 0:
                # "Lumora, a three-year-old hardware startup backed by Sequoia,": the
                # phrase describes the body named right before it.
                body = items[idx - 1]
                if (
                    body.form in ("organization", "name")
                    and (
                        body.kind is not EntityKind.PERSON
                        # "Open Roads, a campaign group, said": a plain name (no title,
                        # no known first name) that a body's description follows.
                        or (body.form == "name" and body.role is None and body.gender is None)
                    )
                    and text[body.end : item.start].strip() == ","
                    and not self._placed(body)
                    and not self._subject_of_verb(toks, item)
                ):
                    item.link = idx - 1
            elif (
                item.form == "organization"
                and idx > 0
                and self._closed_description(items, idx, toks)
            ):
                # "the National Union of Nurses (NUN), the country's largest health union,
                # backed": a description set off by commas after a body's name is that body.
                item.link = idx - 1
                if (
                    idx > 1
                    and items[idx - 2].form == "group"
                    and text[items[idx - 2].end : items[idx - 1].start] == " ("
                ):
                    # "Members of the National Union of Teachers (NUT), the country's
                    # largest union, said": the members are the subject, not the acronym.
                    item.link = idx - 2
            if item.form == "organization":
                continue
            if item.form != "role":
                continue
            prev_idx = idx - 1
            while prev_idx >= 0 and items[prev_idx].end > item.start and idx - prev_idx < 6:
                prev_idx -= 1
            nxt_idx = idx + 1
            while nxt_idx < len(items) and items[nxt_idx].start < item.end and nxt_idx - idx < 6:
                nxt_idx += 1
            prev = items[prev_idx] if prev_idx >= 0 else None
            nxt = items[nxt_idx] if nxt_idx < len(items) else None
            # "A company spokesman, Jens Albrecht," / "Union leader Maria Keller" / "Its
            # head of flood risk, Dr Owen Jenkins,"
            if nxt is not None and _is_person_name(nxt):
                gap = text[item.end : nxt.start].strip()
                if gap.startswith(","):
                    gap = gap[1:].strip()
                if (
                    text[item.end : nxt.start] == " "
                    and nxt.gender is None
                    and self._employer_noun_end(item)
                ):
                    # "a spokeswoman for plant operator Vestar Chemie": the name is the
                    # body the noun before it describes, not the spokeswoman (not "a
                    # spokesman for the airline, Tom Jones,": an apposition; nor a name
                    # with a first name that tells a person's gender).
                    nxt.kind = EntityKind.ORGANIZATION
                    continue
                if gap == "" or gap.lower().rstrip(".") in self.lex.honorifics or _age(gap):
                    # "One survivor, 34-year-old Grace," too.
                    item.link = nxt_idx
                    if (
                        gap == ""
                        and prev is not None
                        and prev.form == "name"
                        and prev.role is None
                        and prev.gender is None
                        and text[prev.end : item.start] == " "
                        and item.text[:1].islower()
                    ):
                        # "Ashford Town manager Neil Hartley": the name before the role
                        # is the body the person works for.
                        prev.kind = EntityKind.ORGANIZATION
                    continue
            placed = self._placed_apposition(items, item, nxt_idx)
            if placed is not None:
                # "The head of the FBI investigation in Dar es Salaam, Kenneth Piernick,
                # said": the place where the role is held, then the holder.
                item.link = placed
                continue
            if (
                nxt is not None
                and item.definite
                and item.head in _BODY_ROLES
                and nxt.form in ("organization", "name")
                and nxt.kind is EntityKind.ORGANIZATION
                and text[item.end : nxt.start].strip() == ","
                and nxt.last_tok + 1 < len(toks)
                and toks[nxt.last_tok + 1].text in _APPOSITION_CLOSERS
            ):
                # "The ship's owner, Oceanic Lines, said": the role is held by the body.
                item.link = nxt_idx
                continue
            if (
                nxt is not None
                and nxt.form == "role"
                and nxt_idx + 1 < len(items)
                and _is_person_name(items[nxt_idx + 1])
                and text[item.end : nxt.start].strip() == ","
                and text[nxt.end : items[nxt_idx + 1].start].strip() == ""
            ):
                # "The first witness, ward sister Joanne Platt, said": a role, then the
                # person with a role of their own.
                item.link = nxt_idx + 1
                continue
            # "Jens Albrecht, a company spokesman," / "Keller, the union leader"; not "...
            # in Berlin, a spokesman said", where the role is the subject of the verb.
            if prev is not None and _is_person_name(prev) and not self._placed(prev):
                if self._subject_of_verb(toks, item):
                    continue
                gap = text[prev.end : item.start].strip()
                if gap == "," or (
                    # "Mohammad Rafiq, 41, a camp leader,": an age between.
                    gap[:1] == "," and gap[-1:] == "," and gap[1:-1].strip().isdigit()
                ):
                    item.link = prev_idx
                    continue

    def _placed_apposition(self, items: list[_Item], item: _Item, nxt_idx: int) -> int | None:
        """The index of the person named after a role phrase and the place the role is held
        in ("The head of the inquiry in Dar es Salaam, Kenneth Piernick,": "in", a few
        capitalised words, a comma, then the person's name set off by a comma), or None."""
        k = nxt_idx
        while k < len(items) and k - nxt_idx < 4 and items[k].kind is not EntityKind.PERSON:
            if items[k].form not in ("name", "organization"):
                return None
            k += 1
        if k == nxt_idx or k >= len(items) or items[k].form != "name":
            return None
        person = items[k]
        if person.start - item.end > 60:
            return None  # (a place's name is short: no long slice is ever made)
        gap = self.text[item.end : person.start]
        if not gap.rstrip().endswith(","):
            return None
        words = gap.replace(",", " ").split()
        if len(words) < 2 or words[0] not in _WITHIN_PREPS:
            return None
        for word in words[1:]:
            if not (word[:1].isupper() or (len(word) <= 3 and word.isalpha() and word.islower())):
                return None
            if word.islower() and word in self.lex.stop and word not in _PLACE_INNER:
                return None  # ("in Berlin, where ...": a clause, not a place's name)
        after = person.last_tok + 1
        toks = self.sent_toks
        if after < len(toks) and toks[after].text not in _APPOSITION_CLOSERS:
            return None
        return k

    def _employer_noun_end(self, item: _Item) -> bool:
        """Whether a role phrase ends in a preposition's object that is a company noun
        ("a spokesman for chipmaker", "an engineer at network operator")."""
        words = item.text.lower().split()
        return (
            len(words) > 2
            and words[-1] in _COMPANY_NOUNS
            and not _ROLE_PREPS.isdisjoint(words[1:-1])
        )

    @staticmethod
    def _body_apposition_gap(gap: str) -> bool:
        """Whether ``gap`` between a body's noun and a name is a bare comma or a short
        participle phrase then a comma ("The consortium building the dam, X,")."""
        gap = gap.strip()
        if gap == ",":
            return True
        words = gap[:-1].split()
        return (
            gap[-1:] == ","
            and 2 <= len(words) <= 4
            and words[0][-3:] == "ing"
            and all(w.isalpha() and w.islower() for w in words)
        )

    def _closed_description(self, items: list[_Item], idx: int, toks: tuple[Token, ...]) -> bool:
        """Whether the body phrase at ``idx`` ("the country's largest union", "Britain's
        biggest nursing union") stands between commas right after a body's name (or its
        acronym in brackets): an apposition, not the subject of a clause of its own."""
        item, body = items[idx], items[idx - 1]
        if body.form not in ("organization", "name", "group") or body.kind is EntityKind.PERSON:
            return False
        if self.text[body.end : item.start].strip() not in (",", "),"):
            return False
        after = item.last_tok + 1
        if after >= len(toks):
            return False
        if toks[after].text == "." and body.first_tok > 1:
            # "according to Adif, the state rail infrastructure company.": the source's
            # description closes the sentence.
            first = body.first_tok
            return self.lw[first - 2 : first] == ["according", "to"]
        if toks[after].text != ",":
            return False
        if after + 1 < len(toks) and self.lw[after + 1] in ("and", "or"):
            return False  # "the workers, the company, and the suppliers": a list
        if body.form == "group" and not _is_cap(body.text):
            return False  # ("the workers, the company,": people are no body's description)
        return not self._placed(body) and not self._subject_of_verb(toks, item)

    def _placed(self, name: _Item) -> bool:
        """Whether a name of unknown kind follows a preposition ("in Berlin"), or is a
        platform posted on ("In a post on X, the senator called": X is no senator)."""
        if name.first_tok == 0:
            return False
        before = self.lw[name.first_tok - 1]
        if before in _PLATFORM_PREPS and name.text.lower() in _PLATFORMS:
            return True
        return name.kind is EntityKind.UNKNOWN and before in _PLACE_PREPS

    def _subject_of_verb(self, toks: tuple[Token, ...], item: _Item) -> bool:
        """Whether a role phrase is directly followed by a verb of saying ("a spokesman
        said"), which makes it a subject, not an apposition."""
        nxt = item.last_tok + 1
        return nxt < len(toks) and self.lw[nxt] in self.lex.verbs

    def register_nominal(self, item: _Item, anonymous: bool) -> int | None:
        if item.form == "pronoun":
            return self.register_pronoun(item, Span(item.start, item.end))
        if item.form == "role" and item.bare and not anonymous:
            return None  # (before any Span is built: most bare role phrases end here)
        span = Span(item.start, item.end)
        lex = self.lex
        name = _strip_determiner(item.text)
        if item.form in ("role", "group") and name[:5].lower() == "same ":
            # "according to the same person": whoever that noun last stood for.
            earlier = self._same_one(item.head)
            if earlier is not None:
                kind = self.entities[earlier].kind
                same_form: MentionForm = (
                    "anonymous"
                    if kind is EntityKind.ANONYMOUS
                    else "group"
                    if kind is EntityKind.GROUP
                    else "role"
                )
                self.add(earlier, span, same_form)
                return earlier
        if item.form == "role" and anonymous and not item.indefinite:
            # "The authority's cabinet member, who declined to be named,": the cue must
            # follow the role phrase closely to make it the unnamed source.
            k = bisect.bisect_left(self.anonymity_at, item.end)
            anonymous = k < len(self.anonymity_at) and self.anonymity_at[k] - item.end < 40
            if anonymous:
                item.indefinite = True
        if item.form == "group" or (item.form == "role" and item.indefinite and anonymous):
            kind = (
                EntityKind.ANONYMOUS
                if (
                    anonymous
                    or item.head == "sources"
                    or item.quantified
                    # ("a group of residents" names who they are: a group)
                    or (item.indefinite and item.head not in _COLLECTIVE_HEADS)
                )
                else EntityKind.GROUP
            )
            if item.head == "people" and not anonymous:
                return None
            key = f"{kind.value}:{name.lower()}"
            ent_id = self.by_key.get(key)
            if ent_id is None:
                ent_id = self.new(name, kind, span, head=item.head)
                self.by_key[key] = ent_id
            self.add(ent_id, span, "anonymous" if kind is EntityKind.ANONYMOUS else "group")
            return ent_id
        if item.form == "organization":
            ent_id = None
            if (item.definite or name.lower() == item.head) and not item.modified:
                ent_id = self._recent(self.orgs, item.head, name)
            if (
                (
                    item.head in lex.generic_orgs
                    # "the salmon farmer": a compound naming a firm
                    or " ".join(item.text.lower().split()[-2:]) in lex.generic_orgs
                )
                and item.text[:4].lower() == "the "
                and not self._acronym_modified(item)
                and not _owned_by_thing(item.text)
                and not _public_body(item.text)
            ):
                # "the company", "the Spanish club": the organisation of that kind named
                # last, rather than an older phrase with the same noun ("Voting rights
                # group" in the headline, then "The Georgia Voter Access Project").
                voiced = self._voiced_body() if item.head in _COMPANY_NOUNS else None
                if voiced is not None:
                    ent_id = voiced  # "An IBM spokeswoman said the company told ..."
                elif ent_id is None:
                    ent_id = self._recent_named_org(item.head)
                elif self._noun_inside(ent_id, item.head):
                    # "the airline" after "Irish airline Celtair" and "the Irish Airline
                    # Pilots' Association": the body named as an airline.
                    named = self._recent_named_org(item.head, fitting=True)
                    if named is None:
                        named = self._recent_named_org(item.head)
                    if named is not None:
                        ent_id = named
                elif self.entities[ent_id].nominal:
                    named = self._recent_named_org(item.head, fitting=True)
                    if named is not None and self.last_at.get(named, -1) > self.last_at.get(
                        ent_id, -1
                    ):
                        ent_id = named
                    elif named is None and self._headline_only(ent_id):
                        # "Bank weighs sale" (headline), "Standard Chartered is exploring
                        # ...", then "the bank said": the body named since, else the one
                        # that opened the lead ("Lufthansa cancelled ...").
                        body = self._recent_named_org(item.head)
                        if body == ent_id:
                            body = None  # (the headline's noun itself)
                        if body is None and item.head in _COMPANY_NOUNS:
                            body = self._opener_body()
                        if body is not None:
                            self.entities[body].head = self.entities[body].head or item.head
                            ent_id = body
                if ent_id is None:  # (entity 0 is an entity: no "or" here)
                    ent_id = self._unknown_here(item.start)
                if ent_id is None and (item.head in _COMPANY_NOUNS or item.head == "bank"):
                    ent_id = self._unknown_sayer_body()
                if ent_id is None and item.head in _COMPANY_NOUNS:
                    ent_id = self._employer_body()
                if ent_id is None and item.head in _COMPANY_NOUNS:
                    ent_id = self._opener_body()
                if ent_id is not None and self._same_clause(ent_id, item.start):
                    # "Apple agreed to buy the company": a body acting on "the company"
                    # in its own clause acts on another one (it would say "itself").
                    ent_id = None
            if (
                ent_id is None
                and item.head in _KINDLESS_HEADS
                and item.text.lower() == f"the {item.head}"
            ):
                ent_id = self._kindless_body(item.start)
            if ent_id is None:
                key = f"org:{name.lower()}"
                ent_id = self.by_key.get(key)
                if ent_id is None and item.head is None:
                    ent_id = self._acronym_of(name, span)
                    if ent_id is not None:
                        self.by_key[key] = ent_id
                if ent_id is None:
                    ent_id = self.new(name, EntityKind.ORGANIZATION, span, head=item.head)
                    self.entities[ent_id].nominal = item.head is not None
                    self.by_key[key] = ent_id
                    if item.head is None:
                        self._note_name(name, ent_id)
                        self._name_descriptions(ent_id)
                        self._legal_aliases(name, ent_id)
                    else:
                        self._described_named(ent_id)
                    last = name.rsplit(" ", 1)[-1]
                    if item.head is None and _team_word(last) and last != name:
                        # A team: "the Kansas City Comets" are later "the Comets".
                        self.by_key.setdefault(f"org:{last.lower()}", ent_id)
            self.add(ent_id, span, "organization")
            return ent_id
        # A role phrase with no name beside it.
        ent_id = self._predicate_of(item)
        if ent_id is None and not item.indefinite:
            ent_id = self._recent_role(item)
        if ent_id is None:
            key = f"role:{name.lower()}"
            ent_id = self.by_key.get(key) if not item.indefinite else None
            if ent_id is None:
                ent_id = self.new(
                    name, EntityKind.PERSON, span, role=name, gender=item.gender, head=item.head
                )
                # "seek a partner": an object, not someone a later "he" refers to.
                self.entities[ent_id].referable = item.subject or not item.indefinite
                self.entities[ent_id].indefinite = item.indefinite
                if not item.indefinite:
                    self.by_key[key] = ent_id
        del lex
        self.add(ent_id, span, "role")
        return ent_id

    def _acronym_modified(self, item: _Item) -> bool:
        """Whether a body's noun phrase carries an acronym before its noun ("the OMIE
        market operator", "the NTSB investigator"): it names a body of its own, not the
        one of that kind named last."""
        toks = self.sent_toks
        return any(
            _acronym(toks[k].text) and self.lw[k] != item.head
            for k in range(item.first_tok + 1, item.last_tok + 1)
        )

    def _inside_name(self, toks: tuple[Token, ...], i: int) -> bool:
        """Whether a capitalised head noun at ``i`` is a word inside a body's name: a
        plural owner ("the Tenants' Union", "Dunmore Supporters' Trust"), or a title after a
        body's word and before "of" ("Directorate General of Coastal Safety")."""
        cp, lw = self.cp, self.lw
        if i + 2 >= len(toks) or not cp[i + 2]:
            return False
        if toks[i + 1].text in _APOSTROPHES:
            return toks[i].text[-1:] == "s"
        return (
            i > 0
            and cp[i - 1] != 0
            and lw[i + 1] in ("of", "for")
            and lw[i - 1] in self.lex.org_words
        )

    def _predicate_of(self, item: _Item) -> int | None:
        """The person a role phrase is said of after a copula ("Okonjo was the daughter of
        a schoolteacher", "Reyes is a nurse"): the person named right before the verb,
        whom the phrase describes (and whose gender it may tell)."""
        if not self.raw or item.first_tok < 2 or self.lw[item.first_tok - 1] not in _COPULAS:
            return None
        last = self.raw[-1]
        ent = self.entities[last[3]]
        if last[4] not in ("name", "surname", "unknown"):
            return None
        # A name of unknown kind only when the phrase is a person's ("the daughter of").
        gendered = item.gender is not None or item.head in _KIN
        if ent.kind is not EntityKind.PERSON and not (ent.kind is EntityKind.UNKNOWN and gendered):
            return None
        if self.text[last[5].end : item.start].strip().lower() not in _COPULAS:
            return None
        self._make_person(ent.id)
        if ent.gender is None and item.gender is not None:
            ent.gender = item.gender
        return ent.id

    def _same_clause(self, ent_id: int, start: int) -> bool:
        """Whether the entity was last named earlier in this sentence with nothing between
        that opens another clause (punctuation, a reporting verb, a linking word)."""
        last = self.last_at.get(ent_id, -1)
        if last < self.sent_start or last >= start or start - last > 160:
            return False  # (a clause is short: the bound keeps long sentences linear)
        between = self.text[last:start]
        if any(mark in between for mark in ',;:()"“”'):
            return False
        words = between.lower().split()[1:]
        for k, word in enumerate(words):
            if word in _CLAUSE_LINKS:
                return False
            if word in self.lex.verbs and words[k + 1 : k + 2] != ["to"]:
                return False  # "said the company would", not "agreed to buy the company"
        return True

    def _recent_named_org(self, head: str | None, fitting: bool = False) -> int | None:
        """The organisation last mentioned by its name whose kind fits the noun: for "the
        company" a company's name ("Siemens AG", "carmaker Voltera"), for "the club" a
        club's ("Harlow City"), for "the group" a campaign group's ("... Access Project"),
        or a name that tells no kind ("Fjordlax"); never a prize or competition ("FA
        Trophy") nor a body of another kind ("University of Toronto"). With ``fitting``
        only a name of the right kind will do."""
        found = self._fitting_org(head, fitting)
        clubs: list[int] = []
        if head in _CLUB_NOUNS:
            # Names of unknown kind that end like a club's, and bodies whose name ends like
            # one ("Ashford Town manager Neil Hartley").
            clubs = self.club_like[-4:] + [e for e in self.orgs[-8:] if self._fits_club(e)]
        if clubs:
            # "Harlow City ... the club": a name of unknown kind that ends like a club's,
            # mentioned after any body that fits, is the club (and so an organisation).
            last_at = self.last_at
            club = max(clubs, key=lambda e: last_at.get(e, -1))
            ent = self.entities[club]
            if ent.kind in (EntityKind.UNKNOWN, EntityKind.ORGANIZATION) and (
                found is None
                or last_at.get(club, -1) > last_at.get(found, -1)
                # "Ashford Town ... told BBC Sport ... the club": a name that ends like a
                # club's before one that tells no kind.
                or (found not in self.club_like and not self._fits_club(found))
            ):
                if ent.kind is EntityKind.UNKNOWN:
                    ent.kind = EntityKind.ORGANIZATION
                    self.orgs.append(club)
                return club
        return found

    def _headline_only(self, ent_id: int) -> bool:
        """Whether an entity was only ever mentioned in the headline (a bare noun there:
        "Bank weighs sale of Asian unit")."""
        paragraphs = self.doc.paragraphs
        if not paragraphs or len(paragraphs) < 2:
            return False
        end = paragraphs[0].end
        return self.last_at.get(ent_id, end) < end

    def _fits_club(self, ent_id: int) -> bool:
        """Whether a body's name or noun says it is a sports club ("Ajax FC", "the
        Comets", "Dutch club Ajax")."""
        ent = self.entities[ent_id]
        last = ent.name.rsplit(None, 1)[-1]
        low = last.lower()
        return (
            ent.noun in _CLUB_NOUNS
            or low in _CLUB_WORDS
            or low in _CLUB_PLACE_WORDS
            or _team_word(last)
        )

    def _fitting_org(self, head: str | None, fitting: bool) -> int | None:
        """The search of :meth:`_recent_named_org` among the organisations."""
        fits = _FITS.get(head or "")
        org_words = self.lex.org_words
        untold: int | None = None
        for ent_id in reversed(self.orgs[-8:]):
            ent = self.entities[ent_id]
            if not ent.name[:1].isupper() or ent.nominal:
                continue  # (a noun, even capitalised in a headline: "Bank weighs sale")
            lows = [w.rstrip(".").lower() for w in ent.name.split()]
            if lows[-1] in _COMPETITIONS:
                continue
            if fits is None:
                if lows[-1] not in self.lex.org_nouns and not fitting:
                    return ent_id
                continue
            words, nouns, team = fits
            if self._other_kind(ent, head, nouns):
                continue  # "the miners' union, the Federación ...": no company
            kinds = org_words.intersection(lows)
            if (
                ent.noun in nouns
                # a word of the kind, and no word of another ("Ministry of Energy")
                or (not words.isdisjoint(lows) and kinds <= words)
                or (words is _COMPANY_WORDS and not _COMPANY_SUFFIXES.isdisjoint(lows))
                or (team and _team_word(ent.name.rsplit(None, 1)[-1]))
            ):
                return ent_id
            if not kinds and self._just_named(ent_id):
                # a name that tells no kind earlier in the noun's own sentence is the one
                # it means ("According to GRDF figures, the company logged")
                return ent_id
            if not fitting and not kinds and untold is None:
                # A name that tells no kind, unless a body introduced by the noun comes
                # before it: "Lumora, a hardware startup ... rivals such as Meta ... the
                # company said" is Lumora.
                untold = ent_id
        return untold

    def _just_named(self, ent_id: int) -> bool:
        """Whether a body was named earlier in this sentence (not as a rival: "sold by
        Zentro", "competition from Meta"), or opened the sentence before as its subject."""
        at = self.last_at.get(ent_id, -1)
        if at >= self.sent_start:
            # (not "the Kalundborg plant": a place's name before a noun)
            before = self.text[max(self.sent_start, at - 8) : at].split()
            return not before or before[-1].lower() not in _RIVAL_PREPS | {"the"}
        subject = self.org_subject
        return subject is not None and subject[0] == ent_id and subject[1] >= self.sent_no - 1

    def _other_kind(self, ent: _Draft, head: str | None, nouns: frozenset[str]) -> bool:
        """Whether a body's name is set off by commas beside a noun for a body of another
        kind than ``head``: "the miners' union, the Federación Minera del Sur," is no company
        and "Radio Sur, the public broadcaster," no club."""
        noun = self.apposed.get(ent.id, "")
        if noun == "":
            start, end = ent.span.start, ent.span.end
            found = _NOUN_BEFORE.search(self.text, max(0, start - 40), start)
            if found is None:
                found = _NOUN_AFTER.match(self.text[end : end + 60])
            noun = found.group(1) if found is not None else None
            self.apposed[ent.id] = noun
        return (
            noun is not None
            and noun != head
            and noun not in nouns
            and (noun in self.lex.org_nouns or noun in _OTHER_BODIES)
        )

    def _lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case (built once, when first needed)."""
        if self.lower_words is None:
            self.lower_words = frozenset(t.text for t in self.doc.tokens if t.text.islower())
        return self.lower_words

    def _opener_body(self) -> int | None:
        """The company that "the company" refers to when no body is named: the lone word
        that opened one of the two sentences before it as the subject of a past verb
        ("Arianespace launched a satellite. ... The company said"), unless the article
        writes that word in lower case too ("Inflation slowed": a common noun) or it looks
        plural ("Crowds watched")."""
        if self.opener is None:
            return None
        first, sent_no = self.opener
        self.opener = None
        word = first.text
        if (
            self.sent_no - sent_no > 2
            or word.lower() in self._lower_words()
            or (word[-1:] == "s" and word[-2:] not in _NOT_PLURAL)  # "Crowds watched"
        ):
            return None
        ent_id = self.by_name.get(first.text)
        if ent_id is None:
            ent_id = self.new(first.text, EntityKind.ORGANIZATION, Span(first.start, first.end))
            self.by_name[first.text] = ent_id
        self.add(ent_id, Span(first.start, first.end), "organization")
        return ent_id

    def _recent_unknown(self, sayer: tuple[int, int] | None, within: int) -> int | None:
        """The entity of a recorded sayer (entity, sentence number) when it spoke at most
        ``within`` sentences back and is still a name of unknown kind, not a place: what
        "the carrier" and a later "he" may both turn into a body or a person."""
        if sayer is None:
            return None
        ent_id, sent_no = sayer
        ent = self.entities[ent_id]
        if (
            self.sent_no - sent_no > within
            or ent.kind is not EntityKind.UNKNOWN
            or ent.name in self.lex.places
        ):
            return None
        return ent_id

    def _unknown_sayer_body(self) -> int | None:
        """The company "the carrier" refers to when no body is named: a one-word name
        of unknown kind that opened one of the two sentences before as the subject of a
        reporting verb ("Ryanair said bookings were strong. The carrier said ..."), unless
        it is a place or has been used as a person's name since."""
        ent_id = self._recent_unknown(self.unknown_sayer, 2)
        if ent_id is None:
            return None
        ent = self.entities[ent_id]
        ent.kind = EntityKind.ORGANIZATION
        self.orgs.append(ent_id)
        return ent_id

    def _voiced_body(self) -> int | None:
        """The body whose spokesperson is named by a role phrase earlier in the current
        sentence ("An IBM spokeswoman said the company told customers"): the capitalised
        words before the role noun, when they name a body already met (a few mentions
        looked at only)."""
        for raw in reversed(self.raw[-4:]):
            if raw[0] < self.sent_start:
                return None
            ent = self.entities[raw[3]]
            if (
                raw[4] != "role"
                or ent.kind is not EntityKind.PERSON
                or ent.head not in _SPOKESPEOPLE
            ):
                continue
            words = self.text[raw[5].start : raw[5].end].split()
            if words and words[0].lower() in _DETERMINERS:
                words = words[1:]
            k = 0
            while k < len(words) and words[k][:1].isupper():
                k += 1
            if k == 0 or k >= len(words) or words[k].lower() != ent.head:
                continue
            body = " ".join(words[:k])
            found = self.by_name.get(body, self.by_key.get(f"org:{body.lower()}"))
            if found is not None and self.entities[found].kind is EntityKind.ORGANIZATION:
                return found
        return None

    def _employer_body(self) -> int | None:
        """The company a person named just before works for, when their title opens with
        it ("Siemens CEO Roland Busch said ... The company said"): the capitalised words
        before the first title word, unless they say a country or nationality ("German
        Finance Minister")."""
        lex = self.lex
        for raw in reversed(self.raw[-6:]):
            person = self.entities[raw[3]]
            if person.kind is not EntityKind.PERSON or not person.role or raw[4] != "name":
                continue
            words = person.role.split()
            lows = [w.lower() for w in words]
            k = next((i for i, w in enumerate(lows) if w in lex.titled), 0)
            employer = " ".join(words[:k])
            if (
                k == 0
                or not all(w[:1].isupper() for w in words[:k])
                or any(
                    w in lex.non_names or w in _DEMONYMS or w in lex.title_mods for w in lows[:k]
                )
                or employer in lex.places
                or self.text[raw[5].start : raw[5].start + len(employer)] != employer
            ):
                return None
            key = f"org:{employer.lower()}"
            ent_id = self.by_name.get(employer, self.by_key.get(key))
            if ent_id is None:
                start = raw[5].start
                ent_id = self.new(
                    employer, EntityKind.ORGANIZATION, Span(start, start + len(employer))
                )
                self.by_key[key] = ent_id
            elif self.entities[ent_id].kind is EntityKind.UNKNOWN:
                self.entities[ent_id].kind = EntityKind.ORGANIZATION
            self.orgs.append(ent_id)
            return ent_id
        return None

    def _kindless_body(self, before: int) -> int | None:
        """The body "the agency" or "the network" stands for when none is named with that
        noun: the one named last, if its name tells no kind but holds a place, as a public
        body's does ("Public Health Wales", "Health Canada"; not "Pfizer"), is no news
        agency or place itself, and is not in the phrase's own clause."""
        best: int | None = None
        for ent_id in self.orgs[-8:]:
            ent = self.entities[ent_id]
            if ent.nominal or not ent.name[:1].isupper() or ent.span.start >= before:
                continue
            lows = [w.rstrip(".").lower() for w in ent.name.split()]
            if (
                not self.lex.org_words.isdisjoint(lows)
                or lows[-1] in _COMPETITIONS
                or ent.name.lower() in self.lex.agencies
                or ent.name in self.lex.places
                or not any(w in self.lex.places for w in ent.name.split())
            ):
                continue
            if best is None or self.last_at.get(ent_id, -1) > self.last_at.get(best, -1):
                best = ent_id
        if best is None or self._same_clause(best, before):
            return None
        return best

    def _unknown_here(self, before: int) -> int | None:
        """A name of unknown kind of two words or more, earlier in the same sentence: "...
        his move to Real Madrid on Monday, the Spanish club said" (the club is the name)."""
        for ent_id in reversed(self.unknown_here[-8:]):
            ent = self.entities[ent_id]
            if ent.kind is EntityKind.UNKNOWN and " " in ent.name and ent.span.start < before:
                ent.kind = EntityKind.ORGANIZATION
                return ent_id
        return None

    def _recent(self, bucket: list[int], head: str | None, name: str) -> int | None:
        if head is None:
            return None
        seen: set[int] = set()
        alike = _ALIKE.get(head)
        similar = None  # a body named like one: "the union" for "... Employees Association"
        inner = None  # the noun inside a name, not its head: "the airline" in "Airline Pilots'"
        for ent_id in reversed(bucket):
            if ent_id in seen:
                continue
            seen.add(ent_id)
            ent = self.entities[ent_id]
            words = _name_words(ent.name)
            if ent.head == head or (head in words and words[-1] == head):
                return ent_id
            if head in words:
                if inner is None:
                    inner = ent_id
                continue
            if (
                similar is None
                and alike is not None
                and ent.name[:1].isupper()
                # (a word of the name itself, capitalised: not "Algarve hotel association")
                and not alike.isdisjoint(
                    w.rstrip("'’").lower() for w in ent.name.split() if w[:1].isupper()
                )
            ):
                similar = ent_id
        return inner if inner is not None else similar

    def _quoted_before(self, word: Span, at: int) -> bool:
        """Whether a word lies inside a quote that closes before ``at`` in the same
        paragraph ('"I can still win Slams," the Serb said'): words the speaker said, not
        the speaker described."""
        gap = self.text[word.end : at]
        if len(gap) > 400 or "\n" in gap:
            return False
        return (gap.count('"') + gap.count("\u201c") + gap.count("\u201d")) % 2 == 1

    def _said_before(self, person: Span, lone: Span) -> bool:
        """Whether a person named just before a lone capitalised word shares its sentence
        with it, so the word is more likely a body in what the person said."""
        gap = self.text[person.end : lone.start]
        return len(gap) <= 80 and "\n" not in gap and ". " not in gap

    def _noun_inside(self, ent_id: int, head: str | None) -> bool:
        """Whether ``head`` is a word inside the body's name but not its head noun ("airline"
        in "Irish Airline Pilots' Association")."""
        ent = self.entities[ent_id]
        words = _name_words(ent.name)
        return head is not None and ent.head != head and bool(words) and words[-1] != head

    def _recent_role(self, item: _Item) -> int | None:
        """The latest person whose role has the same head, best matching modifiers."""
        head = item.head
        if head is None:
            return None
        definite = item.text[:4].lower() == "the "
        if item.gender is not None and (head in ("woman", "man") or (head in _KIN and definite)):
            # "the woman" is the woman mentioned last, whatever her role ("One victim");
            # failing her, the person last named whose gender nothing has told.
            unsure = None
            for rank, ent_id in enumerate(reversed(self.persons[-12:])):
                ent = self.entities[ent_id]
                if ent.gender == item.gender and ent.referable:
                    return ent_id
                if rank == 0 and definite and ent.gender is None and ent.role != ent.name:
                    unsure = ent_id  # the person named last
            return unsure
        words = item.text.split(None, 2)
        if (
            words[0].lower() == "the"
            and item.head in _DEMONYMS
            and (len(words) == 2 or (len(words) == 3 and words[1].lower() in _DEMONYM_REGIONS))
        ):
            # "Neymar scored twice. 'I am happy,' said the Brazilian": the person named
            # last, or a one-word name nothing typed yet (one that opened a sentence too).
            opener = self.opener
            if opener is not None and self.sent_no - opener[1] <= 2:
                first = opener[0]
                # (no one named since, but for "reporters" it spoke to or a place)
                since = [r for r in self.raw[-4:] if r[5].start > first.start]
                later = all(
                    self.entities[r[3]].name.lower() in _PERSON_AUDIENCES
                    or self.entities[r[3]].name in self.lex.places
                    for r in since
                )
                if later and first.text.lower() not in self._lower_words():
                    self.opener = None
                    found = self.by_name.get(first.text)
                    if found is None:
                        found = self.new(
                            first.text, EntityKind.PERSON, Span(first.start, first.end)
                        )
                        self.by_name[first.text] = found
                        self.persons.append(found)
                    self._make_person(found)
                    self.add(found, Span(first.start, first.end), "name")
                    return found
            lone: tuple[int, Span] | None = None
            for raw in reversed(self.raw[-12:]):
                ent = self.entities[raw[3]]
                if raw[4] == "pronoun" or not ent.referable:
                    continue
                if ent.kind is EntityKind.PERSON and ent.role != ent.name:
                    if item.gender is None or ent.gender in (None, item.gender):
                        if lone is None or self._said_before(raw[5], lone[1]):
                            # "Arteta said Arsenal deserved to win. The Spaniard said":
                            # the person who spoke, not the club named in his words.
                            return ent.id
                        break
                    continue
                if lone is None and ent.kind is EntityKind.UNKNOWN and " " not in ent.name:
                    if ent.name in self.lex.places or self._quoted_before(raw[5], item.start):
                        continue
                    lone = (ent.id, raw[5])
            if lone is not None:
                self._make_person(lone[0])
                return lone[0]
            return None
        if len(words) > 1 and words[0].lower() == "the" and _age(words[1].lower()):
            # "The 34-year-old mother of three said": wire copy's way back to the person
            # just named ("A survivor, Esperance, said ...").
            for ent_id in reversed(self.persons[-12:]):
                ent = self.entities[ent_id]
                if (
                    ent.role != ent.name
                    and ent.referable
                    and (item.gender is None or ent.gender in (None, item.gender))
                ):
                    return ent_id
            return None
        mods = {w for w in _words(item.text) if w not in _DETERMINERS and w != head}
        best: tuple[int, int] | None = None
        seen: set[int] = set()
        for rank, ent_id in enumerate(reversed(self.persons)):
            if ent_id in seen:
                continue
            seen.add(ent_id)
            ent = self.entities[ent_id]
            if ent.role is None and ent.head != head:
                continue
            role_words = _words(ent.role or ent.name)
            if ent.also_role is not None:
                role_words = role_words | _words(ent.also_role)
            if (
                head not in role_words
                and not _titled(head, role_words)
                and not _cabinet(head, role_words)
                and role_words.isdisjoint(_SAME_ROLE.get(head, ()))
            ):
                continue
            if _other_portfolio(mods, role_words, head) or _other_country(item.text, ent.role):
                continue  # "Italy's Foreign Minister" is not "Health Minister Ana Torres"
            if not (mods & _COUNTERPART_MODS) <= role_words:
                continue  # "the shadow chancellor" is not "Chancellor Rachel Reeves"
            if " " in ent.name or ent.head is None:
                score = len(mods & role_words) * 10 - rank
                if best is None or score > best[0]:
                    best = (score, ent_id)
        return best[1] if best is not None else None

    def register_pronoun(self, item: _Item, span: Span) -> int | None:
        want = _PRONOUNS[item.text.lower()]
        if want == "neuter":
            body = self.org_subject
            if item.first_tok == 0 and body is not None and self.sent_no - body[1] == 1:
                # "The Commission fined Meta. It said": the subject, not the object.
                self.add(body[0], span, "pronoun")
                return body[0]
            sayer = self.unknown_sayer
            if (
                item.first_tok == 0
                and sayer is not None
                and (
                    not self.orgs
                    or self.last_at.get(sayer[0], -1) > self.last_at.get(self.orgs[-1], -1)
                )
            ):
                # "Netflix said subscribers rose. It said ...": the name that spoke is a body.
                body_id = self._unknown_sayer_body()
                if body_id is not None:
                    self.add(body_id, span, "pronoun")
                    return body_id
            for ent_id in reversed(self.orgs[-3:]):
                self.add(ent_id, span, "pronoun")
                return ent_id
            return None
        if want == "plural":
            # The group or organisation mentioned last ("the leaders of both countries"
            # after "The White House"), by position.
            best: tuple[int, int] | None = None
            # "older voters, who they said had stayed home": "they" is never the noun the
            # relative pronoun before it stands for.
            relative = item.first_tok > 0 and self.lw[item.first_tok - 1] in _RELATIVES
            skip = -1
            if relative:
                skip = max(
                    (self.last_at.get(e, -1) for e in self.orgs[-3:] + self.plural[-4:]),
                    default=-1,
                )
            skipped: tuple[int, int] | None = None
            for ent_id in self.orgs[-3:] + self.plural[-4:]:
                last = self.last_at.get(ent_id, -1)
                if relative and last == skip:
                    skipped = (last, ent_id)
                    continue
                if best is None or last > best[0]:
                    best = (last, ent_id)
            best = best or skipped  # (no one else: the noun after all)
            if best is not None:
                self.add(best[1], span, "pronoun")
                return best[1]
            return None
        if item.text.lower() in ("he", "she"):
            # The order (docs/explanation/speakers.md): the subject of this sentence, then
            # of the one before, if a person of that gender or of unknown gender; a
            # one-word name of unknown kind that spoke in those two sentences (but a
            # person of that gender named there first); then the persons named before.
            for subject in (self.cur_subject, self.prev_subject):
                if subject is None:
                    continue
                ent = self.entities[subject]
                if ent.gender == want or (ent.gender is None and ent.kind is EntityKind.PERSON):
                    if not self._quoted_here(span.start):
                        ent.gender = want
                    self.add(subject, span, "pronoun")
                    return subject
            spoke = self._lone_sayer(span)
            if spoke is not None:
                # (a person whose gender is known and matches, named in this sentence or
                # the one before, wins over a name that only spoke)
                found = self._known_in_window(want)
                if found is None:
                    found = spoke
                    self._make_person(spoke)
                    self.entities[spoke].gender = want
                self.add(found, span, "pronoun")
                return found
        seen: set[int] = set()
        for ent_id in reversed(self.persons):
            if ent_id in seen:
                continue
            seen.add(ent_id)
            ent = self.entities[ent_id]
            if ent.gender is None or ent.gender == want:
                if ent.gender is None:
                    known = self._holder_around(ent_id, want)
                    if known is None:
                        known = self._known_instead(item, ent_id, want)
                    if known is not None:
                        if self.entities[known].gender is None and not self._quoted_here(
                            span.start
                        ):
                            self.entities[known].gender = want
                        self.add(known, span, "pronoun")
                        return known
                    if not self._quoted_here(span.start):
                        ent.gender = want  # learned from this pronoun
                self.add(ent_id, span, "pronoun")
                return ent_id
            if len(seen) > 12:
                break
        return self._sayer_for(item, span, want)

    def _window_persons(self, reach: int) -> Iterator[_Draft]:
        """The persons a pronoun may stand for mentioned in this sentence or the one
        before, the latest first (only the last ``reach`` mentions looked at)."""
        for raw in reversed(self.raw[-reach:]):
            if raw[0] < self.prev_sent_start:
                return
            ent = self.entities[raw[3]]
            if ent.kind is EntityKind.PERSON and ent.referable:
                yield ent

    def _known_in_window(self, want: Gender) -> int | None:
        """The person of gender ``want`` mentioned last in this sentence or the one
        before, when the registry knows that gender (a few mentions looked at only)."""
        return next((ent.id for ent in self._window_persons(10) if ent.gender == want), None)

    def _speaks_as_one(self, ent_id: int) -> bool:
        """Whether a one-word name that spoke in this sentence speaks as a person: it is
        a common family name or its sentence says "I", "me" or "my" (a company, club or
        city speaks as "we", or in words that could be anyone's), and no other person was
        named in this sentence or the one before ("Chief executive Paula Grant said ...
        '...,' Burberry said. She said": the name that spoke is the body she works for)."""
        if self.entities[ent_id].name.lower() not in _SURNAMES and not any(
            w in _FIRST_SINGULAR for w in self.lw
        ):
            return False
        return all(ent.id == ent_id for ent in self._window_persons(12))

    def _lone_sayer(self, span: Span) -> int | None:
        """'"We have the perfect formula," Castro said. He also said ...': a one-word
        name of unknown kind beside a verb of saying in this sentence or the one before
        may be a person when "he" or "she" follows and no person was named since (a
        body says "it" or "they"). Only a name recorded by ``_speaks_as_one`` (a family
        name or words in the first person singular, no other person just named): a
        company, club or city speaks too. Not a place, nor a word the article also writes
        in lower case."""
        ent_id = self._recent_unknown(self.lone_sayer, 1)
        if (
            ent_id is None
            or self.entities[ent_id].name.lower() in self._lower_words()
            or self._quoted_here(span.start)
        ):
            return None
        at = self.last_at.get(ent_id, -1)
        if any(self.last_at.get(p, -1) > at for p in self.persons[-12:]):
            return None
        return ent_id

    def _quoted_here(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation opened earlier in its sentence: "he"
        in '"I think he deserves to be with his father," she said' is someone the speaker
        talks about, so it teaches no one a gender (a bounded look back)."""
        before = self.text[max(self.sent_start, offset - 300) : offset]
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”")

    def _sayer_for(self, item: _Item, span: Span, want: Gender) -> int | None:
        """With no person before it, "he" or "she" in what a lone name of unknown kind
        said refers to that name, a person of that gender ("Keller said she had
        resigned"): a body says "it" or "they". Not for a word the article also writes in
        lower case, nor a place."""
        if self.sayer_here is None or item.text.lower() not in ("he", "she"):
            return None
        ent_id, verb = self.sayer_here
        ent = self.entities[ent_id]
        if (
            ent.kind is not EntityKind.UNKNOWN
            or ent.gender not in (None, want)
            or not verb < item.first_tok <= verb + 6
            or ent.name in self.lex.places
            or ent.name.lower() in self._lower_words()
        ):
            return None
        self._make_person(ent_id)
        ent.gender = want
        self.cur_subject = ent_id
        self.add(ent_id, span, "pronoun")
        return ent_id

    def _holder_around(self, unsure: int, want: Gender) -> int | None:
        """The person of the pronoun's gender whose role phrase holds the last mention of
        a person of unknown gender ("the mother of Elian Gonzalez ... she"): the phrase's
        head is what the clause is about, not the name inside it (a few mentions looked
        at only)."""
        at = self.last_at.get(unsure, -1)
        for raw in reversed(self.raw[-8:]):
            span = raw[5]
            if raw[4] == "role" and span.start < at < span.end and raw[3] != unsure:
                holder = self.entities[raw[3]]
                if holder.gender in (want, None) and holder.kind is EntityKind.PERSON:
                    # ("The governor of Nuevo Leon, Ramiro Cantu, ... He": the head, of
                    # whatever gender, before the name inside the phrase)
                    return holder.id
        return None

    def _known_instead(self, item: _Item, unsure: int, want: Gender) -> int | None:
        """For an object or possessive pronoun inside a sentence ("... would name a market
        after her, he said"), the person of that gender the article already knows, among
        the few named last, rather than a person of unknown gender named in an earlier
        sentence: that person's gender would be learned wrongly, and the "he" that follows
        lost. A subject pronoun, or one in the sentence that names the person, keeps the
        person named last."""
        if item.first_tok == 0 or self.last_at.get(unsure, -1) >= self.sent_start:
            return None
        if item.text.lower() in ("he", "she") or self.lw[item.first_tok - 1] in (",", '"'):
            return None
        seen = {unsure}
        for ent_id in reversed(self.persons[-12:]):
            if ent_id in seen:
                continue
            seen.add(ent_id)
            ent = self.entities[ent_id]
            if ent.gender == want and ent.referable:
                return ent_id
            if len(seen) > 4:
                break
        return None

    # - end -

    def merge_roles(self) -> None:
        """Give a role phrase never tied to a name the person it describes.

        Wire copy often opens with a role ("The head of Austria's central bank said") and
        names the person a paragraph or two later ("Governor Katharina Vogel"): the first
        person named within four paragraphs whose role matches takes the role phrase
        (a role phrase in the headline or lead takes the first person named soon after
        it when that person has no other role). An indefinite role ("a spokesman") with
        one named person of that role in the article is that person.
        """
        named = sorted(
            (
                e
                for e in self.entities
                if e.kind is EntityKind.PERSON and " " in e.name and e.name != e.role
            ),
            key=lambda e: e.span.start,
        )
        if not named:
            return
        named_starts = [e.span.start for e in named]
        by_role_word: dict[str, list[_Draft]] = {}
        for e in named:
            for word in _words(e.role or ""):
                by_role_word.setdefault(word, []).append(e)
        para = self.doc.paragraph_index
        for ent in self.entities:
            if (
                ent.kind is not EntityKind.PERSON
                or ent.merged_into is not None
                or ent.role is None
                or ent.name != ent.role
                or ent.head is None
            ):
                continue
            here = para(ent.span.start) or 0
            latest = para(self.last_at.get(ent.id, ent.span.start)) or 0
            target = None
            first = bisect.bisect_right(named_starts, ent.span.start)
            # Bounded: the few people named next (adversarial text may have thousands).
            for cand in named[first : first + 8]:
                if cand.merged_into is not None:
                    continue
                there = para(cand.span.start) or 0
                if there > latest + 4:
                    break
                if self._in_byline(cand.span.start):
                    continue
                if ent.gender is not None and cand.gender not in (None, ent.gender):
                    continue
                if _role_match(ent, cand.role):
                    target = cand
                    break
                if cand.role is None and here <= 3 and there <= latest + 1 and ent.head in _CHIEF:
                    target = cand
                    break
                if cand.role is not None:
                    continue
            if target is None and ent.indefinite:
                same = by_role_word.get(ent.head, [])
                if len(same) == 1 and not _other_body(ent.role, _words(same[0].role or "")):
                    target = same[0]
            if target is not None:
                ent.merged_into = target.id
                if target.gender is None:
                    target.gender = ent.gender

    def merge_family(self) -> None:
        """Name a relative known only by a kin noun of a named person ("Elian's father",
        Elian being "Elian Gonzalez"): family stories name the relatives by their full
        names elsewhere ("his father, Juan Miguel Gonzalez"), so the one other person of
        that surname whose own role is that kin noun is them; when the phrase recurs, the
        one such person with no kin noun at all. Else a namesake may be a sibling or no kin at
        all ("Venus Williams" is no "Serena's mother"); with two such people, or none, the
        phrase stays unnamed."""
        by_last: dict[str, list[_Draft]] | None = None  # built when a kin phrase comes
        mentioned: Counter[int] | None = None  # mentions per entity, counted then too
        for ent in self.entities:
            if (
                ent.kind is not EntityKind.PERSON
                or ent.merged_into is not None
                or ent.name != ent.role
                or ent.head not in _FAMILY
            ):
                continue
            owner_word, mark, _ = ent.name.partition("'s ")
            if not mark:
                owner_word, mark, _ = ent.name.partition("’s ")
            if not mark or " " in owner_word or not owner_word[:1].isupper():
                continue
            owner_id = self.by_name.get(owner_word)
            if owner_id is None or " " not in self.entities[owner_id].name:
                # ("Elian" met alone in the headline: the person whose name begins so)
                owner_id = self._by_first_word(owner_word)
            if owner_id is None:
                continue
            owner = self.entities[owner_id]
            if owner.kind is not EntityKind.PERSON or " " not in owner.name:
                continue
            if by_last is None:
                by_last = {}
                for e in self.entities:
                    if e.kind is EntityKind.PERSON and " " in e.name and e.name != e.role:
                        by_last.setdefault(e.name.rsplit(" ", 1)[1], []).append(e)
            namesakes = by_last.get(owner.name.rsplit(" ", 1)[1], [])
            if len(namesakes) > 8:
                continue  # (a common surname: no telling; and the look stays short)
            # A namesake the story itself calls so ("his father, Juan Miguel Gonzalez");
            # one with no kin noun at all only for a relative the story keeps coming back to
            # (named so twice or more, pronouns aside: a main actor, whom wire copy names
            # in full somewhere). A sibling, a son or a neighbour shares the surname too.
            if mentioned is None:
                mentioned = Counter(raw[3] for raw in self.raw if raw[4] != "pronoun")
            main_actor = mentioned[ent.id] > 1
            found = [
                e
                for e in namesakes
                if e.merged_into is None
                and e.id != owner_id
                and (ent.gender is None or e.gender in (None, ent.gender))
                and (
                    ent.head in _words(e.role or "")
                    or (
                        main_actor
                        and ent.gender is not None
                        and _FAMILY.isdisjoint(_words(e.role or ""))  # (not "great-uncle")
                    )
                )
            ]
            if len(found) == 1:
                ent.merged_into = found[0].id
                found[0].role = found[0].role or ent.role
                found[0].gender = found[0].gender or ent.gender

    def _in_byline(self, offset: int) -> bool:
        """Whether ``offset`` lies in a byline ("By Grace Mulenga and Henry Banda")."""
        para = self.doc.paragraph_at(offset)
        if para is None:
            return False
        return self.text.startswith(_BYLINE_STARTS, para.start)

    def merge_early(self) -> None:
        """Merge a bare surname met before the full name into the person it names."""
        for ent in self.entities:
            if ent.kind not in (EntityKind.PERSON, EntityKind.UNKNOWN) or " " in ent.name:
                continue
            target = self.by_surname.get(ent.name.lower())
            if target is None or target == ent.id:
                continue
            other = self.entities[target]
            if other.span.start > ent.span.start and " " in other.name:
                ent.merged_into = target

    def finish(self) -> Mentions:
        remap: dict[int, int] = {}
        final: list[_Draft] = []
        for ent in self.entities:
            if ent.merged_into is None:
                remap[ent.id] = len(final)
                final.append(ent)
        for ent in self.entities:
            target = ent.merged_into
            if target is None:
                continue  # (kept above)
            hops = 0
            while target is not None and self.entities[target].merged_into is not None:
                target = self.entities[target].merged_into
                hops += 1
                if hops > len(self.entities):
                    target = None
            if target is not None:
                remap[ent.id] = remap[target]
            elif ent.id not in remap:
                remap[ent.id] = len(final)
                final.append(ent)
        spans: list[list[Span]] = [[] for _ in final]
        out_mentions: list[Mention] = []
        last_end = -1
        for start, neg_end, _, ent_id, form, span in sorted(self.raw):
            if start < last_end:
                continue  # overlapping candidates: keep the first, longest
            last_end = -neg_end
            new_id = remap[ent_id]
            out_mentions.append(Mention(span, new_id, form))
            spans[new_id].append(span)
        entities = tuple(
            Entity(i, ent.name, ent.kind, ent.role, ent.gender, ent.span, tuple(spans[i]))
            for i, ent in enumerate(final)
        )
        return Mentions(entities, tuple(out_mentions))


def fits_noun(name: str, head: str) -> bool | None:
    """Whether an organisation's name says it is what a generic noun names, for a
    spokesperson of "the company" or "the club" who speaks for the body of that kind named
    last: True when a word of the name says so ("Siemens AG", "Harlow City", "Ministry of
    Energy" for "ministry"), None when the name tells no kind ("Amazon") and the noun allows
    such a name, False otherwise (another kind of body, a competition, a news agency)."""
    lex = _lex()
    lows = [w.rstrip(".").lower() for w in name.split()]
    if not lows or lows[-1] in _COMPETITIONS or name.lower() in lex.agencies:
        return False
    fits = _FITS.get(head)
    if fits is None:
        return head in lows  # "the ministry": only a name that says "Ministry"
    words, _nouns, team = fits
    kinds = lex.org_words.intersection(lows)
    if (
        (not words.isdisjoint(lows) and kinds <= words)
        or (words is _COMPANY_WORDS and not _COMPANY_SUFFIXES.isdisjoint(lows))
        # a team's plural name ("the Comets"), not a company's ("Acme Holdings")
        or (team and _team_word(name.rsplit(None, 1)[-1]) and _COMPANY_WORDS.isdisjoint(lows))
    ):
        return True
    if kinds or lows[-1] in lex.org_nouns:
        return False
    return None


def _owned_by_thing(text: str) -> bool:
    """Whether a body's phrase is owned by a thing named in lower case ("the vessel's
    operator", "the plant's owner"): a body of its own, not the one named last."""
    words = text.replace("’", "'").split()
    return any(w.endswith("'s") and w[:1].islower() and w != "the" for w in words[1:-1])


def _public_body(text: str) -> bool:
    """Whether a generic noun's phrase names a public body by a word before the noun
    ("the central bank's"): no company named earlier is that body."""
    last = " ".join(text.lower().replace("’", "'").split()[-2:])
    return last.removesuffix("'s") in _PUBLIC_BODIES


def _age(text: str) -> bool:
    """An age written before a noun or name: "34-year-old"."""
    number, _, rest = text.partition("-")
    return number.isdigit() and rest in ("year-old", "years-old")


def _verb_like(low: str) -> bool:
    """A lower-case word that reads as a past-tense verb ("suspended", "urged")."""
    return (low.endswith("ed") and len(low) > 4) or low in _PAST_VERBS


@cache
def _headline_verbs() -> frozenset[str]:
    """The third-person forms of the event verbs ("signs", "quits", "denies"), as a
    headline in title case writes its verb."""
    forms: set[str] = set()
    for line in lexicon_lines("event_triggers"):
        row = line.lower().split()
        if len(row) < 3:
            continue
        lemma, pos = row[0], row[2]
        if pos in ("v", "vn"):
            forms.update(w for w, kind in verb_forms(lemma).items() if kind == "s")
        elif pos == "f":
            forms.update(w for w in row[3:] if w.endswith("s") and w.isalpha())
    return frozenset(forms) | word_set("name_grammar", "headline_verbs")


def _people_head(low: str) -> bool:
    """Whether a plural can open a body's name before a function phrase ("Citizens for a
    Sound Economy", "Brothers to the Rescue", "Australians for a Constitutional
    Monarchy", "Democrats for a Better America")."""
    return (
        low in _CAMPAIGN_HEADS
        or low in _PLURAL_OWNERS
        or _people_plural(low)
        or (low[-1:] == "s" and low[:-1] in _PARTIES)
    )


def _people_plural(low: str) -> bool:
    """Whether a capitalised word is the plural of a nationality ("Americans", "Cubans",
    "Cuban-Americans"): people, never one person's name."""
    last = low.rpartition("-")[2]  # "Cuban-Americans"
    # (not "Republicans", "Democrats": a party, see ``_PARTIES``)
    return len(last) > 4 and last[-1] == "s" and last[:-1] in _DEMONYMS - _PARTIES


def _as_group(item: _Item, head: str) -> _Item:
    """The item made a group of people whose noun is ``head``."""
    item.form = "group"
    item.kind = EntityKind.GROUP
    item.head = head
    return item


def _acronym(word: str) -> bool:
    if word[1:2].islower():
        return False  # the common case ("Keller"), decided before any copy is made
    letters = word.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def _is_person_name(item: _Item) -> bool:
    return item.form == "name" and item.kind in (EntityKind.PERSON, EntityKind.UNKNOWN)


def _describes(desc: str, name: str) -> bool:
    """Whether a possessive description ("India's space agency", "Germany's finance
    ministry") fits a body's name: the owner is capitalised (a place or body), the rest
    lower case, a word other than a body's noun is shared ("Finance", "space" in
    "Aerospace"), and the name carries the description's noun ("Ministry") or the owner
    ("Indian"): "Satish Dhawan Space Centre" is not India's space agency."""
    owner, sep, rest = desc.replace("’", "'").partition("'s ")
    if not sep or not owner[:1].isupper() or not rest.islower() or not name[:1].isupper():
        return False
    described = [_stem(w) for w in rest.split()]
    named = {_stem(w) for w in name.lower().split()}
    telling = [w for w in described if w not in _UNTELLING and len(w) > 3]
    # a word of the name, or inside one: "space" in "Aerospace", "rail" in "Railways"
    if not any(w in n for w in telling for n in named):
        return False
    stem = owner.lower()[:5]
    return described[-1] in named or (len(stem) > 3 and any(w.startswith(stem) for w in named))


def _stem(word: str) -> str:
    """A word without a plural "s" ("accidents" is "accident")."""
    return word[:-1] if len(word) > 3 and word[-1] == "s" and word[-2] != "s" else word


def _strip_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first.lower() in _DETERMINERS and rest:
        return rest
    return text


def _team_word(word: str) -> bool:
    """A capitalised plural that can stand for a team or band ("Comets", "Lakers")."""
    return word[:1].isupper() and word.endswith("s") and not word.endswith(("ss", "'s", "’s"))


def _role_match(ent: _Draft, role: str | None) -> bool:
    """Whether ``role`` (a named person's) fits the unnamed role phrase ``ent``."""
    if role is None or ent.head is None:
        return False
    words = _words(role)
    if _other_portfolio(_words(ent.role or ""), words, ent.head):
        return False  # "the Foreign Minister" is not "Prime Minister Pedro Sanchez"
    if _other_country(ent.role or "", role):
        return False  # "Turkey's Foreign Minister" is not "German Foreign Minister X"
    if ent.head in words:
        # "a spokesman for Downing Street" is not "Labour's spokesman"
        return not (ent.indefinite and _other_body(ent.role, words))
    if ent.head in _CABINET:
        return _cabinet(ent.head, words)
    return ent.head in _CHIEF and bool(words & _CHIEF)


def _other_portfolio(mine: Set[str], theirs: Set[str], head: str) -> bool:
    """Whether two roles with the same head differ in the title words before it: "Foreign
    Minister" and "Prime Minister", "finance minister" and "health minister"."""
    lex = name_lexicon()
    a = {w for w in mine if w != head and (w in lex.title_mods or w in lex.titles)}
    b = {w for w in theirs if w != head and (w in lex.title_mods or w in lex.titles)}
    if a and not b and "prime" in a:
        # "the prime minister" is not "the housing minister, Daniel Ashworth": one office
        # named by its own title word, the other by a portfolio.
        b = {w for w in theirs if w != head and w.isalpha() and w not in lex.stop}
    return bool(a) and bool(b) and a.isdisjoint(b)


def _other_country(mine: str, theirs: str | None) -> bool:
    """Whether two roles name different owners by their capitalised words other than
    titles: "Turkey's Foreign Minister" and "German Foreign Minister", "the French
    minister" and "German Foreign Minister" (not "Spain's Prime Minister" and "Prime
    Minister")."""
    if not theirs:
        return False
    a, b = _owners(mine), _owners(theirs)
    # ("Germany's" and "German" are one owner: the same first four letters)
    return bool(a) and bool(b) and {w[:4] for w in a}.isdisjoint({w[:4] for w in b})


@lru_cache(maxsize=4096)
def _owners(role: str) -> frozenset[str]:
    """The capitalised words of a role that are no title ("Turkey's", "German")."""
    lex = name_lexicon()
    out = set()
    first = True
    for word in role.split():
        low = word.strip(".,").lower()
        owned = low.endswith(("'s", "’s"))
        low = low[:-2] if owned else low
        if not word[:1].isupper() or low in _DETERMINERS:
            continue
        opening, first = first, False
        if low in lex.titled or low in lex.title_mods or low in lex.org_nouns:
            continue
        if opening and not (owned or low in lex.places or low.endswith(_NATIONAL_ENDINGS)):
            continue  # "Opposition leader" opening a headline: a capital, no owner
        out.add(low)
    return frozenset(out)


def _titled(head: str, words: frozenset[str]) -> bool:
    """Whether "the leader" (``head``) may be a person whose role has ``words``: a head of
    government or state ("Chancellor", "Prime Minister"), not a vice-president."""
    titles = _TITLED.get(head)
    return titles is not None and bool(words & titles) and words.isdisjoint(_SECONDS)


def _cabinet(head: str, words: frozenset[str]) -> bool:
    """Whether "the minister" (``head``) may be a person whose role has ``words``:
    "Education Secretary Helen Carr" is a minister, not a union's general secretary nor a
    press secretary."""
    return head in _CABINET and bool(words & _CABINET) and words.isdisjoint(_NOT_CABINET)


def _other_body(phrase: str | None, words: frozenset[str]) -> bool:
    """Whether a role phrase names a body ("a spokesman for Downing Street") that a
    person's role ``words`` do not."""
    if not phrase:
        return False
    named = [w for w in phrase.split()[1:] if w[:1].isupper()]
    return bool(named) and not _words(" ".join(named)) <= words


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """The lower-cased words of a role or name, without possessives (cached: the same
    roles are compared again for every role phrase)."""
    return frozenset(
        {w.strip(".,").lower() for w in text.replace("’s", "").replace("'s", "").split()}
    )


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's words in lower case without possessive "'s" (the same names are compared
    again for every noun that looks back over the bodies named before)."""
    return tuple(name.lower().replace("’s", "").replace("'s", "").split())


def _build(document: Document) -> Mentions:
    return _Builder(document).run()
