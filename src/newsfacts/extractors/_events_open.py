"""Open-class event triggers: the long tail of happening verbs the closed table omits.

The closed table (``event_triggers.txt``) names each trigger's type and how it takes its
participants, so it stays small and misses ordinary verbs ("rinsed", "chased", "dried
up"). ``event_open_verbs.txt`` lists those verbs; here one of them becomes a trigger (of
type ``other`` unless the list gives one) only where its form is plainly a finite verb
and the closed finder did not decide on the word already: a past tense after its subject
("Firefighters rinsed the walls"), a perfect or passive after "has"/"was"/"been" ("had
been mishandled"), a progressive after a form of "be" ("were chasing"). A participle
that describes a noun ("the injured man", "armed groups"), a name's word, a negated or
questioned verb or one that only leads to another ("tried to flee") is left alone. The
trigger has no flags but those the list gives (``@u``: its subject undergoes it;
``@erg``: its subject does so when it has no object), so the participants, time and
place attach to it as to any plain verb.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from newsfacts.document import Token
from newsfacts.extractors._events_lexicon import (
    Form,
    Trigger,
    form_table,
    is_demonym,
    verb_forms,
    word_class,
    word_union,
)
from newsfacts.extractors._events_triggers import (
    QUOTES,
    Found,
    in_formulas,
    negated,
    questioned,
)
from newsfacts.lexicons import lexicon_keys, lexicon_lines
from newsfacts.models import EventType

__all__ = ["open_forms", "open_triggers"]

# The kinds of form the table tells apart: a past tense only ("blew"), a participle only
# ("blown"), a form that is both ("chased", "brought"), a present participle ("chasing"),
# and a past spelt as its lemma ("cast", "reset"), taken only after a plain subject.
_PAST, _PARTICIPLE, _BOTH, _ING, _SAME = "past", "participle", "both", "ing", "same"

_VOWELS = frozenset("aeiou")


class _Entry(NamedTuple):
    """One word form of the open list."""

    kind: str  # _PAST, _PARTICIPLE, _BOTH, _ING or _SAME
    trigger: Trigger
    particle_only: bool  # the closed table has the word only with a particle or a cue


@cache
def _table() -> dict[str, _Entry]:
    """Every finite-capable form (lower case) -> its entry; forms the closed table
    decides on or that cue a claim ("found", "showed") are left to those stages."""
    closed = form_table()
    barred = lexicon_keys("reporting_verbs")
    barred |= word_union("reporting", "aspectual", "catenative", "causative", "aux")
    table: dict[str, _Entry] = {}
    for lemma, irregular, trigger in _lines():
        forms: dict[str, str] = {}
        if irregular:
            past = irregular[0]
            participle = irregular[1] if len(irregular) > 1 else past
            forms[past] = _SAME if past == lemma else _BOTH if past == participle else _PAST
            if participle != lemma:
                forms.setdefault(participle, _PARTICIPLE)
        for word, kind in _regular_forms(lemma).items():
            forms.setdefault(word, kind)
        for word, kind in forms.items():
            entries = closed.get(word, ())
            if word in barred or not _with_particle_only(entries):
                continue
            table.setdefault(word, _Entry(kind, trigger, bool(entries)))
    return table


@cache
def _lines() -> tuple[tuple[str, tuple[str, ...], Trigger], ...]:
    """Each line of ``event_open_verbs.txt``: its lemma, its irregular forms and its
    trigger (type and flags from the line)."""
    out: list[tuple[str, tuple[str, ...], Trigger]] = []
    for line in lexicon_lines("event_open_verbs"):
        lemma, *rest = line.lower().split()
        flags = {word for word in rest if word.startswith("@")}
        rest = [word for word in rest if not word.startswith("@")]
        kind_name = rest.pop() if rest and rest[-1] in _TYPES else "other"
        trigger = _trigger(lemma, EventType(kind_name), flags)
        out.append((lemma, tuple(rest), trigger))
    return tuple(out)


_TYPES = frozenset(t.value for t in EventType)


def open_forms(word: str) -> tuple[Form, ...]:
    """The open-list trigger a lower-case word form may be, as the closed table's
    ``form_table()`` gives its own (kind "ed" or "ing"); none for other words."""
    entry = _table().get(word)
    if entry is None:
        return ()
    return (Form(entry.trigger, "ing" if entry.kind == _ING else "ed"),)


def _regular_forms(lemma: str) -> dict[str, str]:
    """The regular past and -ing forms of a lemma: the closed table's inflections, but a
    one-syllable verb ending in a consonant after one vowel has only its doubled spelling,
    since the other would be another verb's ("hop": "hopped", never "hoped"; "wag":
    "wagged", never "waged"); a longer one may double or not ("travelled", "traveled",
    "kidnapped")."""
    forms = {
        word: _BOTH if kind == "ed" else _ING
        for word, kind in verb_forms(lemma).items()
        if kind in ("ed", "ing")
    }
    if lemma + lemma[-1] + "ed" in forms and _syllables(lemma) == 1:
        del forms[lemma + "ed"], forms[lemma + "ing"]
    return forms


def _syllables(word: str) -> int:
    """How many groups of vowels a word has ("strip" 1, "kidnap" 2)."""
    return sum(
        1 for k, c in enumerate(word) if c in _VOWELS and (k == 0 or word[k - 1] not in _VOWELS)
    )


def _with_particle_only(forms: tuple[Form, ...]) -> bool:
    """Whether the closed table leaves a word form to the open list: it has no entry for
    it, or only entries that need a particle or a cue word after it ("blew" only in
    "blew up", "pushed" only before "for" or "back"). Those the closed table decided are
    no events alone ("Voters picked a new mayor", "pushed inflation up"), so the open
    list takes them only with a particle of its own ("the tyre blew out", "picked off")."""
    return all(form.trigger.particles or form.trigger.cues for form in forms)


def _trigger(lemma: str, type_: EventType, flags: set[str]) -> Trigger:
    """A plain verb trigger, with the flags its line gives: ``@u`` (its subject
    undergoes it: "the ice melted", "the herds dwindled"), ``@erg`` (so, with no object:
    "the ice melted", but "the sun melted the ice")."""
    return Trigger(
        lemma=lemma,
        type=type_,
        verb=True,
        noun=False,
        intransitive=False,
        undergoer="@u" in flags,
        recipient_subject=False,
        recipient_to=False,
        object_place=False,
        particles=frozenset(),
        bare=False,
        goal_place=False,
        ergative="@erg" in flags,
        undergoer_with_object="@u" in flags,
    )


@cache
def _grammar(name: str) -> frozenset[str]:
    """One word class of ``event_open_grammar.txt`` (lower case; a class may run over
    several lines)."""
    words: set[str] = set()
    found = False
    for line in lexicon_lines("event_open_grammar"):
        head, _, rest = line.partition(":")
        if head.strip() == name:
            words.update(rest.lower().split())
            found = True
    if not found:
        raise LookupError(f"no word class {name!r} in event_open_grammar.txt")
    return frozenset(words)


class _Words(NamedTuple):
    """The word classes read for every candidate."""

    adverb: frozenset[str]
    aux_participle: frozenset[str]
    aux_progressive: frozenset[str]
    subject: frozenset[str]
    relative: frozenset[str]
    coordinator: frozenset[str]
    function: frozenset[str]  # no subject: determiners, prepositions, clause words
    partitive: frozenset[str]  # "two of them": a subject after "of"
    object_opener: frozenset[str]  # what opens a noun phrase: a determiner, a pronoun
    det: frozenset[str]  # "the striker netted": a determiner before a subject noun
    particle: frozenset[str]
    closed_particle: frozenset[str]  # "brought in": for verbs closed but for a particle
    particle_stop: frozenset[str]  # "turn+out": idioms the closed table left out
    be_past: frozenset[str]
    degree: frozenset[str]
    adjective_ing: frozenset[str]
    modifier_ing: frozenset[str]  # "heating", "leading": before a noun, its modifier
    adjective_participle: frozenset[str]  # "paved", "cultivated": "has paved roads"
    label_verb: frozenset[str]  # "tipped as", "tipped to win": a label, no happening
    standing_verb: frozenset[str]  # "led 3-1", "has led the party": a standing
    light: frozenset[str]  # "carried", "mounted": their event is their object
    prep: frozenset[str]
    aspectual: frozenset[str]  # "began counting": the event is the -ing form
    gerund_prep: frozenset[str]  # "by tapping on a pipe", "for steering the contracts"
    perfect: frozenset[str]  # "had", before a quoted participle or an object
    modal: frozenset[str]  # "may", "could": "may have mishandled" tells no happening
    result_prep: frozenset[str]  # "led to", "resulted in": what follows is the event
    result_link: frozenset[str]  # the verbs that link so: "led", "resulted"
    infinitive: frozenset[str]  # base forms "to" makes an infinitive of ("to help")


@cache
def _words() -> _Words:
    """The word classes, built once."""
    function = word_union(
        "det",
        "possessive_det",
        "prep",
        "clause",
        "subordinator",
        "quantifier",
        "aux",
        "object_pronoun",
        "reporting",
    )
    return _Words(
        adverb=word_class("adverb") | _grammar("adverb"),
        aux_participle=_grammar("aux_participle"),
        aux_progressive=_grammar("aux_progressive"),
        subject=_grammar("subject"),
        relative=_grammar("relative"),
        coordinator=_grammar("coordinator"),
        function=function,
        partitive=_grammar("partitive"),
        object_opener=word_union(
            "det", "possessive_det", "pronoun", "object_pronoun", "quantifier"
        ),
        det=word_union("det", "possessive_det"),
        particle=_grammar("particle"),
        closed_particle=_grammar("closed_particle"),
        particle_stop=_grammar("particle_stop"),
        be_past=_grammar("be_past"),
        degree=_grammar("degree"),
        adjective_ing=_grammar("adjective_ing"),
        modifier_ing=_grammar("modifier_ing"),
        adjective_participle=_grammar("adjective_participle"),
        label_verb=_grammar("label_verb"),
        standing_verb=_grammar("standing_verb"),
        light=word_class("light") | _grammar("light"),
        prep=word_class("prep"),
        aspectual=word_union("aspectual", "begin_verb"),
        gerund_prep=_grammar("gerund_prep"),
        perfect=_grammar("perfect"),
        modal=_grammar("modal"),
        result_prep=_grammar("result_prep"),
        result_link=_grammar("result_link"),
        infinitive=_infinitives(),
    )


@cache
def _infinitives() -> frozenset[str]:
    """Base forms of verbs, "to" before which makes an infinitive ("moved to shut"), not
    a goal ("rushed to hospital"): the closed table's, the open list's lemmas and the
    common verbs of class ``infinitive`` of ``event_open_grammar.txt``."""
    closed = {w for w, forms in form_table().items() if any(f.kind == "base" for f in forms)}
    lemmas = {lemma for lemma, _, _ in _lines()}
    extra = word_union("aux", "light", "catenative", "aspectual", "causative", "reporting")
    return frozenset(closed | lemmas | extra | _grammar("infinitive"))


# How many adverbs may stand between a verb and its auxiliary or subject ("had also
# quietly handled").
_ADVERB_REACH = 3


def open_triggers(
    tokens: Sequence[Token], lower: Sequence[str], found: Sequence[Found]
) -> list[Found]:
    """``found`` (the closed finder's triggers for one sentence) with the open-class verb
    triggers of the same sentence added, in order of their first token."""
    table = _table()
    spots = list(itertools.compress(range(len(lower)), map(table.__contains__, lower)))
    if not spots:
        return list(found)
    taken: set[int] = set()
    for f in found:
        taken.update(range(f.first, f.last + 1))
    fixed = in_formulas(lower)
    nouns = [f.first for f in found if f.as_noun]  # in order: the closed finder's order
    noun_set = {f.last for f in found if f.as_noun}
    words = _words()
    added: list[Found] = []
    resume = 0
    verbs = [f for f in found if not f.as_noun]
    v = 0  # verbs[:v] start before the candidate
    for i in spots:
        if i < resume or i in taken or fixed[i] or not tokens[i].text.islower():
            continue
        entry = table[lower[i]]
        while v < len(verbs) and verbs[v].first < i:
            v += 1
        nearest = max((verbs[v - 1] if v else None, added[-1] if added else None), key=_first)
        past_before = nearest is not None and nearest.kind == "ed"
        subject_noun = i - 1 in noun_set  # "The explosion flung debris"
        if questioned(lower, i) or not _finite(
            tokens, lower, i, entry.kind, past_before=past_before, event_noun=subject_noun
        ):
            continue
        last = i
        after = lower[i + 1] if i + 1 < len(lower) else ""
        if f"{entry.trigger.lemma}+{after}" in words.particle_stop:
            continue  # "turned out to be", "carried on working": an idiom, no happening
        if entry.trigger.lemma in words.label_verb and after in ("as", "to", "for"):
            continue  # "was tipped as a successor", "tipped to win": a label
        if entry.trigger.lemma in words.standing_verb and _standing(lower, i):
            continue  # "City led 3-1", "who has led the party since 2019": a standing
        if i + 1 not in taken and (
            after in words.particle or (entry.particle_only and after in words.closed_particle)
        ):
            last = i + 1  # "dried up", "rolled out": the particle is part of the trigger
        elif entry.particle_only:
            continue  # "pushed inflation up": the closed table wants a particle here
        link = lower[i] in words.result_link
        if _light(tokens, lower, last, nouns, light=lower[i] in words.light, link=link):
            continue  # "carried out an attack", "led to the closure": the noun is the event
        added.append(Found(i, last, entry.trigger, "ing" if entry.kind == _ING else "ed", False))
        resume = last + 1
    if not added:
        return list(found)
    return sorted([*found, *added], key=lambda f: f.first)


def _standing(lower: Sequence[str], i: int) -> bool:
    """Whether a verb of ``standing_verb`` tells a standing, not a happening: before a
    score or a number ("City led 3-1", "led by two points") or after a perfect
    auxiliary ("who has led the party since 2019")."""
    after = lower[i + 1 : i + 3]
    if any(word[:1].isdigit() for word in after):
        return True
    return i > 0 and lower[i - 1] in _words().perfect


def _first(f: Found | None) -> int:
    """Where a trigger starts (-1: none), to pick the nearest of two."""
    return -1 if f is None else f.first


def _finite(
    tokens: Sequence[Token],
    lower: Sequence[str],
    i: int,
    kind: str,
    *,
    past_before: bool,
    event_noun: bool,
) -> bool:
    """Whether the form at ``i`` is a finite verb (or a perfect, passive or progressive
    one) that reports a happening, read from the words around it; ``past_before``: the
    nearest verb before it is in a past form (a verb after "and" may share its subject),
    ``event_noun``: an event noun of the closed finder stands right before it (its
    subject: "The explosion flung debris")."""
    words = _words()
    j = i - 1
    quoted = False
    while (
        j >= 0
        and i - j <= _ADVERB_REACH
        and (_adverb(lower[j], words.adverb) or lower[j] in QUOTES)
    ):
        if negated(lower, j + 1):
            return False  # "had not quietly handled", "never rinsed"
        quoted = quoted or lower[j] in QUOTES
        j -= 1
    if j < 0:
        return False  # a sentence-opening participle: "Armed groups", "Founded in 1990"
    prev, prev_text = lower[j], tokens[j].text
    if quoted:
        # 'had "personally directed"', not 'were "exhausted"', 'was "leading comfortably"'
        return prev in words.perfect and kind != _ING and not negated(lower, j)
    if _leads_on(tokens, lower, i, words.infinitive):
        return False  # "tried to flee": the happening is the verb after "to"
    if kind == _ING:
        return lower[i] not in words.adjective_ing and _progressive(tokens, lower, i, j)
    if prev in words.aux_participle:
        if kind == _PAST or negated(lower, j):
            return False
        adjective = prev in words.perfect and lower[i] in words.adjective_participle
        if adjective and _bare_noun(tokens, i + 1, words.function):
            return False  # "The village has paved roads": an adjective before its noun
        if _possible(lower, j):
            return False  # "may have mishandled", "would have been prevented"
        # "parents were divided.", "he was exhausted,": a state; not "had been affected."
        return not (prev in words.be_past and _clause_ends(tokens, i + 1))
    if kind == _PARTICIPLE:
        return False  # "the stolen car", "forms written by hand": no finite verb
    if prev in words.subject:
        return True  # "they rinsed", "they cast"
    next_word = lower[i + 1] if i + 1 < len(lower) else ""
    if j > 0 and lower[j - 1] in words.det and _subject_noun(tokens, lower, j):
        # "The striker netted twice", "The ceiling buckled"; not "A team led by engineers
        # finished": a participle and its doer describing the noun.
        return next_word != "by"
    if kind == _SAME:
        return False  # "cast", "wed", "reset": as often a base or an adjective
    if prev in words.relative:
        return kind == _PAST or not _bare_noun(tokens, i + 1, words.function)  # "who chased"
    if prev in words.coordinator:
        # "stormed the building and chased the men": a past verb shared with the verb
        # before; not a participle before a noun ("drew students and trained guards").
        return past_before and (kind == _PAST or not _bare_noun(tokens, i + 1, words.function))
    if prev in words.partitive and j > 0 and lower[j - 1] == "of":
        return True  # "two of them tipped onto their sides"
    if j == 0 and _plural(prev) and prev in word_class("quantifier"):
        return True  # "Dozens suffocated in the raid": a count that opens the sentence
    if not prev_text[:1].isalpha() or prev in words.function or prev in words.degree:
        return False  # "the injured man", "U.S.-backed forces", "well organised"
    if prev.endswith(("ed", "ing")):
        return False  # "said armed men", "including displaced families"
    if prev_text[:1].isupper():
        # "Smith chased", "Police rinsed"; not "Syrian armed groups".
        return not is_demonym(prev)
    if kind == _PAST or _plural(prev) or event_noun:
        # "the wind blew", "firefighters rinsed the walls", "the blast flung debris": a
        # plural or an event noun is a subject, not a modifier of a participle after it;
        # but "investors led by his brother" is a participle with its agent.
        return next_word != "by"
    return not _bare_noun(tokens, i + 1, words.function) and next_word != "by"


def _possible(lower: Sequence[str], j: int) -> bool:
    """Whether the auxiliaries ending at ``j`` follow a modal and "have" ("may have",
    "would have been"): a possibility or a counterfactual, not a report."""
    words = _words()
    k = j
    while k >= 0 and j - k < 3 and lower[k] in words.aux_participle:
        k -= 1
    return k >= 0 and lower[k] in words.modal and "have" in lower[k + 1 : j + 1]


def _subject_noun(tokens: Sequence[Token], lower: Sequence[str], j: int) -> bool:
    """Whether the word at ``j``, after a determiner, is a lower-case noun that can be a
    subject: no verb form of either table ("The railing snapped"; not "the injured
    man", "a police-escorted convoy")."""
    word = lower[j]
    return (
        tokens[j].text.isalpha()
        and tokens[j].text.islower()
        and word not in _words().function
        and word not in form_table()
        and word not in _table()
        and not word.endswith("ly")
    )


def _progressive(tokens: Sequence[Token], lower: Sequence[str], i: int, j: int) -> bool:
    """Whether the -ing form at ``i`` (its word before, past adverbs, at ``j``) tells a
    happening: a progressive ("were chasing"; not an adjective of ``adjective_ing``,
    "the results were encouraging"), after an aspectual verb ("began counting"), or
    after a preposition of means or reason with its object after it ("by tapping on a
    pipe", "for steering city contracts"); an -ing form of ``modifier_ing`` is there a
    noun's modifier ("for fishing boats", "after mounting pressure"). Not after a comma
    or "and", where it is as often a noun's modifier ("ration cards and cooking pots")
    or describes a name (", carrying 44 passengers")."""
    words = _words()
    prev = lower[j]
    if prev in words.aux_progressive or prev in words.aspectual:
        return not negated(lower, j)
    if prev not in words.gerund_prep or lower[i] in words.modifier_ing:
        return False  # "after heating bills rose", "by leading economists"
    return _object_opens(tokens, lower, i + 1)


def _object_opens(tokens: Sequence[Token], lower: Sequence[str], k: int) -> bool:
    """Whether an object or a preposition opens at ``k``, after an -ing form ("tapping
    on a pipe", "steering the contracts", "moving 40 tonnes", "banging pots"), not a
    mark or a name the form may describe."""
    if k >= len(tokens):
        return False
    words = _words()
    return (
        lower[k] in words.object_opener
        or lower[k] in words.prep
        or tokens[k].text[:1].isdigit()
        or _bare_noun(tokens, k, words.function)
    )


def _clause_ends(tokens: Sequence[Token], k: int) -> bool:
    """Whether the clause ends at token ``k``: the sentence's end or a punctuation mark."""
    return k >= len(tokens) or not tokens[k].text[:1].isalnum()


# How far after a verb the event noun it makes a happening may stand ("conducted a
# house-to-house search").
_LIGHT_REACH = 4


def _light(
    tokens: Sequence[Token],
    lower: Sequence[str],
    last: int,
    nouns: Sequence[int],
    *,
    light: bool,
    link: bool,
) -> bool:
    """Whether an event noun the closed finder took (``nouns``: their first tokens, in
    order) is what the verb ending at ``last`` brings about: the object of a light verb,
    only modifiers between ("carried out an attack", "organised protests"), or, for a
    linking verb, after "to"/"in" ("led to the cancellation of flights", "resulted in the
    closure"; not "were mangled in the explosion", "drafted without the full
    agreement")."""
    words = _words()
    at = bisect.bisect_right(nouns, last)
    for first in nouns[at : at + _LIGHT_REACH]:
        if first - last > _LIGHT_REACH:
            break
        start = last + 1
        if link and lower[start] in words.result_prep:
            start += 1
        elif not light:
            continue
        between = range(start, first)
        if all(_plain_word(tokens[k].text) and lower[k] not in words.prep for k in between):
            return True
    return False


def _plain_word(text: str) -> bool:
    """A word or a hyphen, which may stand between a light verb and its event noun ("a
    house-to-house search"); not a mark that ends the phrase."""
    return text.isalnum() or text == "-"


def _adverb(word: str, adverbs: frozenset[str]) -> bool:
    """An adverb that may stand between a verb and its subject or auxiliary: a listed
    one, a negation (rejected later) or a "-ly" word ("had also quietly handled")."""
    return (
        word in adverbs
        or word in ("not", "never", "cannot")
        or (word.endswith("ly") and word.isalpha())
        or word.endswith(("n't", "n’t"))
    )


def _bare_noun(tokens: Sequence[Token], k: int, function: frozenset[str]) -> bool:
    """Whether the token at ``k`` is a lower-case content word a participle could describe
    ("armed men", "displaced families"), not a function word, a mark or a number."""
    if k >= len(tokens):
        return False
    text = tokens[k].text
    return text.isalpha() and text.islower() and text not in function and not text.endswith("ly")


def _plural(word: str) -> bool:
    """A plural noun, by its ending: a subject rather than a modifier ("residents",
    "firefighters"; not "glass", "famous", "analysis")."""
    return (
        word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and len(word) > 3
    )


def _leads_on(
    tokens: Sequence[Token], lower: Sequence[str], i: int, infinitives: frozenset[str]
) -> bool:
    """Whether "to" and a verb's base form follow ("moved to shut", "prepared to fight"):
    the verb only leads to the happening after it; "to" before a noun is a goal ("rushed
    to hospital", "bled to death", "rushed to the scene")."""
    if i + 2 >= len(lower) or lower[i + 1] != "to":
        return False
    return tokens[i + 2].text.islower() and lower[i + 2] in infinitives
