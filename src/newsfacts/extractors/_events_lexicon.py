"""The event trigger table and word classes, read once from the shipped data files.

``event_triggers.txt`` lists lemmas; here every lemma is expanded into the word forms it
can take in text, so that finding a trigger is one dictionary look-up per token.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from newsfacts.lexicons import lexicon_lines
from newsfacts.models import EventType

__all__ = ["Form", "Trigger", "form_table", "formulas", "verb_forms", "word_class"]

_VOWELS = frozenset("aeiou")


class Trigger(NamedTuple):
    """One lexicon entry: a lemma, its event type and how it behaves."""

    lemma: str
    type: EventType
    verb: bool
    noun: bool
    intransitive: bool
    undergoer: bool  # the subject is the patient: "shares fell"
    recipient_subject: bool  # the subject is the recipient: "Coyle received payments"
    recipient_to: bool
    object_place: bool  # a place as its object is where it happens: "visited Bawku"
    particles: frozenset[str]
    bare: bool  # its base form counts only as a bare infinitive: "helped the team reach"
    goal_place: bool  # where it went to is where it happens: "protests spread to Belgium"
    ergative: bool = False  # with no object, its subject undergoes it: "schools closed"
    identifies: bool = False  # "identified him as Sorin Vlad": the name after "as" is him
    needs_object: bool = False  # only before an object: "reported 14 deaths", not "reported that"
    held: bool = False  # only holding a level: "kept rates at 5.25%", "held them unchanged"
    dative: bool = False  # its object receives it: "told reporters"
    appeal: bool = False  # whom it asks to act receives it: "urged residents to leave"
    that_clause: bool = False  # also before "that": "OCHA reported Monday that ..."
    quoted: bool = False  # only with a quoted label after its object: 'called it "a farce"'
    placed: bool = False  # only one, placed, not named again: "a blaze in a COVID-19 ward"
    thing: bool = False  # only finding a thing: "found 600 kg of explosives", not "found that"
    # An undergoer (``@u``) not marked intransitive (``@i``) may still take an object:
    # "output doubled", but "the ministry doubled the number of flights".
    undergoer_with_object: bool = False
    # Only with one of these words a little after it ("exchanged heavy fire", "had taken
    # the records offline"), which stays outside the trigger.
    cues: frozenset[str] = frozenset()


class Form(NamedTuple):
    """A word form of a trigger and which part of speech it shows."""

    trigger: Trigger
    kind: str  # "base", "s", "ed", "ing", "noun", "plural"


def verb_forms(lemma: str) -> dict[str, str]:
    """Regular inflections, by kind ("base", "s", "ed", "ing"); over-generating harmless
    non-words ("visitted") is fine."""
    forms = {lemma: "base"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        stem = lemma[:-1]
        forms.update({stem + "ies": "s", stem + "ied": "ed", lemma + "ing": "ing"})
        return forms
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms[lemma + "es"] = "s"  # "vetoes", "goes"
    if not lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms[lemma + "s"] = "s"  # also "vetos": a harmless non-word beside "vetoes"
    if lemma.endswith("e"):
        forms[lemma + "d"] = "ed"
        if not lemma.endswith(("ee", "ye", "oe")):
            forms[lemma[:-1] + "ing"] = "ing"
        else:
            forms[lemma + "ing"] = "ing"
    else:
        forms[lemma + "ed"] = "ed"
        forms[lemma + "ing"] = "ing"
        last = lemma[-1]
        if (
            len(lemma) >= 3
            and last not in _VOWELS
            and last not in "wxy"
            and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS
        ):
            forms[lemma + last + "ed"] = "ed"
            forms[lemma + last + "ing"] = "ing"
    return forms


def _noun_forms(lemma: str) -> dict[str, str]:
    if lemma.endswith("s"):
        return {lemma: "noun"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        return {lemma: "noun", lemma[:-1] + "ies": "plural"}
    if lemma.endswith(("x", "z", "ch", "sh")):
        return {lemma: "noun", lemma + "es": "plural"}
    return {lemma: "noun", lemma + "s": "plural"}


def _form_kind(word: str, lemma: str = "") -> str:
    if word == lemma:
        return "base"
    if word.endswith("ing"):
        return "ing"
    return "s" if word.endswith("s") and not word.endswith("ss") else "ed"


def _parse(line: str) -> tuple[Trigger, list[str]]:
    words = line.split()
    if len(words) < 3:
        raise ValueError(f"event_triggers.txt: bad line {line!r}")
    lemma, type_name, pos = words[0].lower(), words[1], words[2]
    flags = {w for w in words[3:] if w.startswith("@")}
    particles = frozenset(w[1:].lower() for w in words[3:] if w.startswith("^"))
    cues = frozenset(w[1:].lower() for w in words[3:] if w.startswith("~"))
    extra = [w.lower() for w in words[3:] if not w.startswith(("@", "^", "~"))]
    trigger = Trigger(
        lemma=lemma,
        type=EventType(type_name),
        verb="v" in pos or pos == "f",
        noun="n" in pos,
        intransitive="@i" in flags or "@u" in flags,
        undergoer="@u" in flags,
        recipient_subject="@r" in flags,
        recipient_to="@to" in flags,
        object_place="@at" in flags,
        particles=particles,
        bare="@bare" in flags,
        goal_place="@goal" in flags,
        ergative="@erg" in flags,
        identifies="@as" in flags,
        needs_object="@obj" in flags,
        held="@held" in flags,
        dative="@dat" in flags,
        appeal="@ask" in flags,
        that_clause="@that" in flags,
        quoted="@quote" in flags,
        placed="@placed" in flags,
        thing="@thing" in flags,
        undergoer_with_object="@u" in flags and "@i" not in flags,
        cues=cues,
    )
    return trigger, extra


@cache
def form_table() -> dict[str, tuple[Form, ...]]:
    """Every word form (lower case) -> the triggers it may be, particle entries first."""
    table: dict[str, list[Form]] = {}
    for line in lexicon_lines("event_triggers"):
        trigger, extra = _parse(line)
        forms: dict[str, str] = {}
        if line.split()[2] == "f":
            # Only the forms listed: "fired", not "fire".
            lemma = trigger.lemma if trigger.bare else ""
            forms.update((word, _form_kind(word, lemma)) for word in extra)
        else:
            if trigger.noun:
                forms.update(_noun_forms(trigger.lemma))
            if trigger.verb:
                # Verb forms win over noun forms of the same spelling ("attacks"): the
                # context decides later, knowing that the trigger may also be a noun.
                forms.update(verb_forms(trigger.lemma))
            kind_of_extra = _form_kind if trigger.verb else (lambda _word: "noun")
            forms.update((word, kind_of_extra(word)) for word in extra)
        for word, kind in forms.items():
            table.setdefault(word, []).append(Form(trigger, kind))
    return {w: tuple(sorted(fs, key=lambda f: not f.trigger.particles)) for w, fs in table.items()}


@cache
def word_class(name: str) -> frozenset[str]:
    """The words of one class in ``event_grammar.txt`` (lower case)."""
    words: set[str] = set()
    for line in lexicon_lines("event_grammar"):
        head, _, rest = line.partition(":")
        if head.strip() == name:
            words.update(w.lower() for w in rest.split())
    if not words:
        raise LookupError(f"no word class {name!r} in event_grammar.txt")
    return frozenset(words)


@cache
def word_union(*names: str, also: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words of several classes together, plus ``also`` (built once, not per call)."""
    return frozenset().union(*(word_class(name) for name in names), also)


@cache
def formulas() -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """Set phrases that hold a trigger word but report no happening ("asked not to be
    named", "in return for"), from ``event_formulas.txt``, by their anchor word with its
    place in the phrase. The anchor is the phrase's longest word that is no preposition
    or determiner (the first of equals): a rare word ("return", not "in"), so that most
    sentences hold no anchor at all."""
    common = word_class("prep") | word_class("det")
    out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for line in lexicon_lines("event_formulas"):
        words = tuple(line.lower().split())
        at = max(range(len(words)), key=lambda k: (words[k] not in common, len(words[k]), -k))
        out.setdefault(words[at], []).append((at, words))
    return {anchor: tuple(group) for anchor, group in out.items()}


_DEMONYM = re.compile(r"[a-z](?:ese|ian|ean|can|yan|ban|man|ish|ani|ali|aqi|eli|shi|iti)\Z")
# Nationality adjectives the ending test misses, and words it takes wrongly (data).
_DEMONYMS = word_class("demonym")
_NOT_DEMONYMS = word_class("not_demonym")


@cache
def head_nouns(name: str) -> frozenset[str]:
    """The head nouns a shared lexicon lists, in lower case: the first word of each line
    ("roles": "spokesman"; "organization_nouns": "ministry"; "groups": "villagers")."""
    return frozenset(line.split()[0].lower() for line in lexicon_lines(name) if line.split())


def plural_or_group(word: str) -> bool:
    """A lower-case head that names many: a plural ("rebels", "militiamen") or a group
    noun ("police"); what may stand as the bare second side of "the army and rebels"."""
    return word.endswith(("s", "men")) or word in word_class("group_head")


def is_demonym(word: str) -> bool:
    """Whether the lower-case ``word`` reads as a nationality adjective ("vietnamese",
    "kenyan", "azerbaijani"), by its ending or from a short list of irregular ones."""
    if word in _DEMONYMS:
        return True
    return _DEMONYM.search(word) is not None and word not in _NOT_DEMONYMS


@cache
def first_names() -> frozenset[str]:
    """Given names (lower case), male and female: a capitalised word after one ends a
    person's name ("Anita Hill" is a person, not a hill). Shared by the argument and the
    place finders."""
    names = lexicon_lines("first_names_male") + lexicon_lines("first_names_female")
    return frozenset(line.split()[0].lower() for line in names if line.split())
