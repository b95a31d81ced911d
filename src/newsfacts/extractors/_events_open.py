"""Open-class event triggers: the long tail of happening verbs the closed table omits.

The closed table (``event_triggers.txt``) names each trigger's type and how it takes its
participants, so it stays small and misses ordinary verbs ("rinsed", "chased", "dried
up"). ``event_open_verbs.txt`` lists those verbs; here one of them becomes a trigger (of
type ``other`` unless the list gives one) only where its form is plainly a finite verb
and the closed finder did not decide on the word already: a past tense after its subject
("Firefighters rinsed the walls"), a perfect or passive after "has"/"was"/"been" ("had
been mishandled"), a progressive after a form of "be" ("were chasing"). A participle
that describes a noun ("the injured man", "armed groups"), a name's word, a negated verb
or one that only leads to another ("tried to flee") is left alone. The trigger has no
flags, so the participants, time and place attach to it as to any plain verb.
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
    _verb_forms,
    form_table,
    is_demonym,
    word_class,
    word_union,
)
from newsfacts.extractors._events_triggers import Found, in_formulas
from newsfacts.lexicons import lexicon_lines
from newsfacts.models import EventType

__all__ = ["open_triggers"]

# The kinds of form the table tells apart: a past tense only ("blew"), a participle only
# ("blown"), a form that is both ("chased", "brought"), a present participle ("chasing").
_PAST, _PARTICIPLE, _BOTH, _ING = "past", "participle", "both", "ing"


@cache
def _table() -> dict[str, tuple[str, Trigger, bool]]:
    """Every finite-capable form (lower case) -> its kind, its trigger and whether it is
    taken only with a particle after it (see ``_with_particle_only``); forms the closed
    table decides on or that cue a claim ("found", "showed") are left to those stages."""
    closed = form_table()
    barred = {line.split()[0].lower() for line in lexicon_lines("reporting_verbs")}
    barred |= word_union("reporting", "aspectual", "catenative", "causative", "aux")
    table: dict[str, tuple[str, Trigger, bool]] = {}
    for line in lexicon_lines("event_open_verbs"):
        lemma, *irregular = line.lower().split()
        kind_name = irregular.pop() if irregular and irregular[-1] in _TYPES else "other"
        trigger = _trigger(lemma, EventType(kind_name))
        forms: dict[str, str] = {}
        if irregular:
            past = irregular[0]
            participle = irregular[1] if len(irregular) > 1 else past
            forms[past] = _BOTH if past == participle else _PAST
            forms.setdefault(participle, _PARTICIPLE)
        for word, kind in _verb_forms(lemma).items():
            if kind == "ing":
                forms.setdefault(word, _ING)
            elif kind == "ed" and not (irregular and lemma.endswith("ee")):
                forms.setdefault(word, _BOTH)  # also "smelled", "burned"; not "seed"
        for word, kind in forms.items():
            entries = closed.get(word, ())
            if word in barred or word == lemma or not _with_particle_only(entries):
                continue
            table.setdefault(word, (kind, trigger, bool(entries)))
    return table


_TYPES = frozenset(t.value for t in EventType)


def _with_particle_only(forms: tuple[Form, ...]) -> bool:
    """Whether the closed table leaves a word form to the open list: it has no entry for
    it, or only entries that need a particle or a cue word after it ("blew" only in
    "blew up", "pushed" only before "for" or "back"). Those the closed table decided are
    no events alone ("Voters picked a new mayor", "pushed inflation up"), so the open
    list takes them only with a particle of its own ("the tyre blew out", "picked off")."""
    return all(form.trigger.particles or form.trigger.cues for form in forms)


def _trigger(lemma: str, type_: EventType) -> Trigger:
    """A plain verb trigger, with no flags."""
    return Trigger(
        lemma=lemma,
        type=type_,
        verb=True,
        noun=False,
        intransitive=False,
        undergoer=False,
        recipient_subject=False,
        recipient_to=False,
        object_place=False,
        particles=frozenset(),
        bare=False,
        goal_place=False,
    )


@cache
def _grammar(name: str) -> frozenset[str]:
    """One word class of ``event_open_grammar.txt`` (lower case)."""
    for line in lexicon_lines("event_open_grammar"):
        head, _, rest = line.partition(":")
        if head.strip() == name:
            return frozenset(rest.lower().split())
    raise LookupError(f"no word class {name!r} in event_open_grammar.txt")


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
    object_opener: frozenset[str]  # what opens a noun phrase after "to"
    particle: frozenset[str]
    closed_particle: frozenset[str]  # "brought in": for verbs closed but for a particle
    be_past: frozenset[str]
    degree: frozenset[str]
    adjective_ing: frozenset[str]
    light: frozenset[str]  # "carried", "mounted": their event is their object
    prep: frozenset[str]
    aspectual: frozenset[str]  # "began counting": the event is the -ing form
    gerund_prep: frozenset[str]  # "by tapping on a pipe", "for steering contracts"
    quote: frozenset[str]
    perfect: frozenset[str]  # "had", before a quoted participle
    result_prep: frozenset[str]  # "led to", "resulted in": what follows is the event


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
        particle=_grammar("particle"),
        closed_particle=_grammar("closed_particle"),
        be_past=_grammar("be_past"),
        degree=_grammar("degree"),
        adjective_ing=_grammar("adjective_ing"),
        light=word_class("light") | _grammar("light"),
        prep=word_class("prep"),
        aspectual=word_union("aspectual", "begin_verb"),
        gerund_prep=_grammar("gerund_prep"),
        quote=frozenset("\"“”'‘’"),
        perfect=_grammar("perfect"),
        result_prep=_grammar("result_prep"),
    )


# How many adverbs may stand between a verb and its auxiliary or subject ("had also
# quietly handled").
_ADVERB_REACH = 3
_NEGATIONS = frozenset({"not", "never", "cannot", "no"})


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
    added: list[Found] = []
    resume = 0
    verbs = [f for f in found if not f.as_noun]
    v = 0  # verbs[:v] start before the candidate
    for i in spots:
        if i < resume or i in taken or fixed[i] or not tokens[i].text.islower():
            continue
        kind, trigger, particle_only = table[lower[i]]
        while v < len(verbs) and verbs[v].first < i:
            v += 1
        nearest = max((verbs[v - 1] if v else None, added[-1] if added else None), key=_first)
        past_before = nearest is not None and nearest.kind == "ed"
        subject_noun = i - 1 in noun_set  # "The explosion flung debris"
        if not _finite(tokens, lower, i, kind, past_before=past_before, event_noun=subject_noun):
            continue
        last = i
        words = _words()
        after = lower[i + 1] if i + 1 < len(lower) else ""
        if i + 1 not in taken and (
            after in words.particle or (particle_only and after in words.closed_particle)
        ):
            last = i + 1  # "dried up", "rolled out": the particle is part of the trigger
        elif particle_only:
            continue  # "pushed inflation up": the closed table wants a particle here
        if _light(tokens, lower, last, nouns, light=lower[i] in words.light):
            continue  # "carried out an attack", "led to the closure": the noun is the event
        added.append(Found(i, last, trigger, "ing" if kind == _ING else "ed", False))
        resume = last + 1
    if not added:
        return list(found)
    return sorted([*found, *added], key=lambda f: f.first)


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
        and (_adverb(lower[j], words.adverb) or lower[j] in words.quote)
    ):
        if lower[j] in _NEGATIONS or lower[j].endswith(("n't", "n’t")):
            return False  # "had not handled", "never rinsed"
        quoted = quoted or lower[j] in words.quote
        j -= 1
    if j < 0:
        return False  # a sentence-opening participle: "Armed groups", "Founded in 1990"
    prev, prev_text = lower[j], tokens[j].text
    if quoted:
        # 'had "personally directed"', not 'were "exhausted"', 'was "leading comfortably"'
        return prev in words.perfect and kind != _ING and not _negated_aux(lower, j)
    if _leads_on(tokens, lower, i, words.object_opener):
        return False  # "tried to flee": the happening is the verb after "to"
    if kind == _ING:
        return lower[i] not in words.adjective_ing and _progressive(tokens, lower, i, j)
    if prev in words.aux_participle:
        if kind == _PAST or _negated_aux(lower, j):
            return False
        # "parents were divided.", "he was exhausted,": a state; not "had been affected."
        return not (prev in words.be_past and _clause_ends(tokens, i + 1))
    if kind == _PARTICIPLE:
        return False  # "the stolen car", "forms written by hand": no finite verb
    if prev in words.subject:
        return True  # "they rinsed"
    if prev in words.relative:
        return kind == _PAST or not _bare_noun(tokens, i + 1, words.function)  # "who chased"
    if prev in words.coordinator:
        # "stormed the building and chased the men": a past verb shared with the verb
        # before; not a participle before a noun ("drew students and trained guards").
        return past_before and (kind == _PAST or not _bare_noun(tokens, i + 1, words.function))
    if prev in words.partitive and j > 0 and lower[j - 1] == "of":
        return True  # "two of them tipped onto their sides"
    if not prev_text[:1].isalpha() or prev in words.function or prev in words.degree:
        return False  # "the injured man", "U.S.-backed forces", "well organised"
    if prev.endswith(("ed", "ing")):
        return False  # "said armed men", "including displaced families"
    if prev_text[:1].isupper():
        # "Smith chased", "Police rinsed"; not "Syrian armed groups".
        return not is_demonym(prev)
    if kind == _PAST or _plural(prev) or event_noun:
        # "the wind blew", "firefighters rinsed the walls", "the blast flung debris": a
        # plural or an event noun is a subject, not a modifier of a participle after it.
        return True
    next_word = lower[i + 1] if i + 1 < len(lower) else ""
    return not _bare_noun(tokens, i + 1, words.function) and next_word != "by"


def _progressive(tokens: Sequence[Token], lower: Sequence[str], i: int, j: int) -> bool:
    """Whether the -ing form at ``i`` (its word before, past adverbs, at ``j``) tells a
    happening: a progressive ("were chasing"), after an aspectual verb ("began
    counting"), or after a preposition of means or reason with its object after it ("by
    tapping on a pipe", "for steering contracts"). Not after a comma or "and", where it
    is as often a noun's modifier ("ration cards and cooking pots") or describes a name
    (", carrying 44 passengers")."""
    words = _words()
    prev = lower[j]
    if prev in words.aux_progressive or prev in words.aspectual:
        return not _negated_aux(lower, j)
    return prev in words.gerund_prep and _object_after(tokens, i)


def _object_after(tokens: Sequence[Token], i: int) -> bool:
    """Whether an object or a preposition follows the verb at ``i`` ("waving national
    flags", "tapping on a pipe"), not a noun it describes after a mark."""
    k = i + 1
    if k >= len(tokens) or not tokens[k].text[:1].isalnum():
        return False
    return tokens[k].text.islower() or tokens[k].text[:1].isdigit()


def _clause_ends(tokens: Sequence[Token], k: int) -> bool:
    """Whether the clause ends at token ``k``: the sentence's end or a punctuation mark."""
    return k >= len(tokens) or not tokens[k].text[:1].isalnum()


# How far after a verb the event noun it makes a happening may stand ("conducted a
# house-to-house search").
_LIGHT_REACH = 4


def _light(
    tokens: Sequence[Token], lower: Sequence[str], last: int, nouns: Sequence[int], *, light: bool
) -> bool:
    """Whether an event noun the closed finder took (``nouns``: their first tokens, in
    order) is what the verb ending at ``last`` brings about: the object of a light verb,
    only modifiers between ("carried out an attack", "organised protests"), or after
    "to"/"in" ("led to the cancellation of flights", "resulted in the closure"; not
    "drafted without the full agreement")."""
    words = _words()
    at = bisect.bisect_right(nouns, last)
    for first in nouns[at : at + _LIGHT_REACH]:
        if first - last > _LIGHT_REACH:
            break
        start = last + 1
        if lower[start] in words.result_prep:
            start += 1
        elif not light:
            continue
        between = range(start, first)
        if all(_modifier(tokens[k].text) and lower[k] not in words.prep for k in between):
            return True
    return False


def _modifier(text: str) -> bool:
    return text.isalnum() or text == "-"


def _adverb(word: str, adverbs: frozenset[str]) -> bool:
    return word in adverbs or word in _NEGATIONS or (word.endswith("ly") and word.isalpha())


def _negated_aux(lower: Sequence[str], j: int) -> bool:
    """Whether the auxiliary at ``j`` is negated or follows a negated one ("had not been
    seen", "wasn't chased", "have never been handled")."""
    for k in range(j, max(-1, j - _ADVERB_REACH - 1), -1):
        word = lower[k]
        if word in _NEGATIONS or word.endswith(("n't", "n’t")):
            return True
        if not (word.isalpha() and (word in word_class("aux") or _adverb(word, frozenset()))):
            return False
    return False


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
    tokens: Sequence[Token], lower: Sequence[str], i: int, opens_object: frozenset[str]
) -> bool:
    """Whether "to" and a bare verb follow ("moved to shut", "prepared to fight"): the
    verb only leads to the happening after it; "to" before a name, a number or a
    determiner is a goal ("rushed to the scene")."""
    if i + 2 >= len(lower) or lower[i + 1] != "to":
        return False
    text = tokens[i + 2].text
    if _plural(lower[i + 2]):
        return False  # "steered to companies": a goal
    return text.isalpha() and text.islower() and lower[i + 2] not in opens_object
