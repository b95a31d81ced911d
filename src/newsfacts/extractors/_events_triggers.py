"""Find event triggers in a sentence: lexicon look-up plus a little context.

There is no part-of-speech tagger: whether "attack" is a verb or a noun is read from the
word before it (a determiner or a number makes it a noun, a pronoun or auxiliary a verb),
which is enough to choose how its participants are looked for.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from newsfacts.document import Token
from newsfacts.extractors._events_lexicon import (
    Form,
    Trigger,
    form_table,
    formulas,
    head_nouns,
    plural_or_group,
    word_class,
    word_union,
)
from newsfacts.extractors._quantnoun import is_plural_noun
from newsfacts.lexicons import lexicon_lines
from newsfacts.models import EventType

__all__ = [
    "QUOTES",
    "Found",
    "find_triggers",
    "is_capitalised",
    "negated",
    "possessive",
    "questioned",
]


class Found(NamedTuple):
    """A trigger found in a sentence's tokens."""

    first: int  # index of the trigger's first token in the sentence's tokens
    last: int  # index of its last token (the particle, if any)
    trigger: Trigger
    kind: str  # the form seen: base, s, ed, ing, noun, plural
    as_noun: bool  # used as a noun ("the attack") rather than a verb ("attacked")


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def possessive(word: str) -> bool:
    return word.endswith(("'s", "’s")) or word in ("'", "’")


def _year(word: str) -> bool:
    """A four-digit year ("2015"): it dates what follows rather than counting it ("an
    earthquake in 2015 killed nearly 9,000 people")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("18", "19", "20")


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


def _name_word(word: str) -> bool:
    """A capitalised word that is not a sentence-opening function word ("The", "A")."""
    return is_capitalised(word) and word.lower() not in word_union("det", "pronoun")


_OPENERS = frozenset("\"“‘'«(:—–-")


def _first_word(tokens: Sequence[Token]) -> int:
    """Index of the sentence's first word (after any opening quotes or dashes)."""
    for i, token in enumerate(tokens):
        if token.text[:1].isalnum():
            return i
    return len(tokens)


QUOTES = frozenset("\"“”'‘’")

# How many words after a verb its cue word may come ("had taken electronic health
# records offline"); a punctuation mark ends the look.
_CUE_REACH = 5


def _cued(trigger: Trigger, ahead: Sequence[str]) -> bool:
    """Whether a trigger that needs a cue word has one within reach (none needed: True);
    a cue of ``to_cue`` counts only after "to" ("taken to port", not "took a stake in the
    port")."""
    if not trigger.cues:
        return True
    if ahead and ahead[0] in word_class("cue_stop"):
        return False  # "pressed ahead with plans to": the verb goes on, it asks nothing
    for k, word in enumerate(ahead[:_CUE_REACH]):
        if word in trigger.cues and (word not in word_class("to_cue") or _after_to(ahead, k)):
            return True
        if not word[:1].isalnum() and word not in QUOTES:
            return False  # 'had taken "adequate measures"': quotes do not end the look
    return False


def _after_to(ahead: Sequence[str], k: int) -> bool:
    """Whether "to" stands before word ``k``, with no preposition nor mark but a
    possessive between ("taken to port", "taken to the island's reception centre"; not
    "took a stake in the port")."""
    for j in range(k - 1, -1, -1):
        if ahead[j] == "to":
            return True
        if ahead[j] in word_class("prep") or not (ahead[j].isalpha() or possessive(ahead[j])):
            return False
    return False


def _election_runoff(lower: Sequence[str], i: int) -> bool:
    """Whether a runoff is a vote: an election word right after it ("a runoff vote"), or
    a determiner or an election adjective right before it ("in the runoff", "a
    presidential runoff"), not "Fertiliser runoff polluted the lake"."""
    if i + 1 < len(lower) and lower[i + 1] in word_class("runoff_cue"):
        return True
    return i > 0 and lower[i - 1] in word_union("det", "possessive_det", "runoff_cue")


# How far after a verb of fighting its cognate object may be ("fought two bloody wars").
_COGNATE_REACH = 4


def _cognate(verb: Found, lower: Sequence[str], i: int) -> bool:
    """Whether the event noun at ``i`` is the cognate object of the verb found just before
    ("fought two wars", "waged a battle"), with only words between them."""
    if verb.as_noun or verb.trigger.type not in (EventType.CONFLICT, EventType.MILITARY):
        return False
    if lower[i] not in word_class("cognate_object") or not 0 < i - verb.last <= _COGNATE_REACH:
        return False
    return all(lower[j][:1].isalnum() for j in range(verb.last + 1, i))


def _modified_gerund(
    tokens: Sequence[Token], lower: Sequence[str], i: int, forms: tuple[Form, ...]
) -> bool:
    """An -ing word with a noun use after a determiner and one lower-case modifier ("an
    emergency meeting", "the heavy fighting"): the noun, whatever the modifier is."""
    if i < 2 or not lower[i].endswith("ing") or not tokens[i - 1].text.isalpha():
        return False
    if not tokens[i - 1].text.islower() or not any(f.trigger.noun for f in forms):
        return False
    det, verb_context, prep = _usage_classes()
    modifier = lower[i - 1]
    return lower[i - 2] in det and not (
        modifier in verb_context or modifier in prep or modifier in det
    )


def _choose(
    forms: tuple[Form, ...],
    next_word: str,
    prev: str | None,
    prev_text: str,
    word: str = "",
    ahead: Sequence[str] = (),
) -> tuple[Form, bool, bool] | None:
    """The entry to use and how it is used: one whose particle follows, else the first
    that fits its context ("storms" after "week's" is the noun, not the verb "storm")."""
    for form in forms:
        if form.trigger.particles and next_word in form.trigger.particles:
            as_noun = _usage(form, prev, prev_text, word, next_word)
            if as_noun is not None:
                return form, True, as_noun
    for form in forms:
        if not form.trigger.particles and _cued(form.trigger, ahead):
            as_noun = _usage(form, prev, prev_text, word, next_word)
            if as_noun is not None:
                return form, False, as_noun
    return None


_TO = frozenset({"to"})


@cache
def _usage_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Determiners, words before a verb, prepositions: what ``_usage`` reads."""
    return word_class("det"), word_union("aux", "pronoun", "adverb", also=_TO), word_class("prep")


def _usage(
    form: Form, prev: str | None, prev_text: str, form_word: str = "", next_word: str = ""
) -> bool | None:
    """True: a noun use; False: a verb use; None: not an event here."""
    trigger, kind = form.trigger, form.kind
    if kind in ("noun", "plural"):
        return True
    det, verb_context, prep = _usage_classes()
    number = prev is not None and _is_number(prev) and not _year(prev)
    cardinal = prev in word_class("cardinal")
    # A spelt cardinal is a determiner only before a bare noun ("the two injured
    # climbers"): "the two clashed again", "the two signed a deal" are verbs after their
    # subject; it counts for a shared "were" too ("and five injured.").
    after_det = prev is not None and (
        prev in det or possessive(prev) or number or (cardinal and _bare_noun_next(next_word))
    )
    counted = number or cardinal
    if trigger.dative and not after_det:
        return False  # "Officials tell AFP": a verb of telling has no noun use
    if kind == "base" and trigger.bare:
        return False  # a bare infinitive at most: find_triggers checks the verb before
    if kind == "ing" and trigger.noun and prev in prep and prev != "to":
        return True  # a gerund: "delayed by flooding", "after fighting"
    if kind == "ing" and next_word == "by" and prev in word_class("adjective"):
        return True  # "ignored continued bombing by NATO jets": the doer follows a noun
    if kind == "ed" and prev in prep and (prev != "to" or form_word.endswith("ed")):
        # "founded by retired teachers", "sentenced to suspended terms": an adjective
        # after a preposition ("to hit", "to spread" are verbs).
        return None
    if kind in ("ed", "ing"):
        if kind == "ed" and counted and _no_noun(next_word):
            # "Nine were killed and 46 injured when", "and five injured.": a verb, its
            # "were" shared ("the two injured skiers": an adjective).
            return False
        if after_det and kind == "ed" and _verb_after_measure(prev or "", next_word):
            return False  # "a quake of magnitude 6.8 struck the region": a verb
        if (
            kind == "ed"
            and prev in word_class("participle_pronoun")
            and _no_noun(next_word)
            and trigger.type in _DONE_TO_PEOPLE
        ):
            # "among those arrested on Friday", "those killed in the attack": a participle
            # of what is done to people, its "who were" left out (not "those found at
            # parks": things, where the participle tells no happening).
            return False
        if (
            kind == "ed"
            and prev in word_class("participle_pronoun")
            and next_word in word_class("named_after")
        ):
            # "Among those elected were ...", "Among those hired was ...": a participle
            # before "were" describes no noun; its "who were" is left out.
            return False
        if after_det:
            # "the killing" is a noun; "the injured workers" an adjective; "the sinking
            # of the ferry" (and "Israel's shelling of Gaza", "their questioning of
            # him") a noun with its patient after "of".
            owner = prev is not None and (
                prev == "the" or possessive(prev) or prev in word_class("possessive_det")
            )
            of_noun = owner and next_word == "of" and trigger.verb
            return True if kind == "ing" and (trigger.noun or of_noun) else None
        return False
    # base or -s form
    if kind == "s" and prev is not None and (prev == "to" or prev in word_class("aux")):
        # "there were storms", "respond to questions": no "-s" verb follows an auxiliary
        # or "to"; a plural noun does.
        return True if trigger.noun else None
    if prev is not None and prev in verb_context:
        return False if trigger.verb else None  # "to talk" is no event noun
    if trigger.noun:
        return True
    owned = prev is not None and (possessive(prev) or prev in word_class("possessive_det"))
    if kind == "base" and ((prev == "the" and next_word == "of") or owned):
        # "the release of the hostages", "the mayor's release", "their return": a verb's
        # noun use, its patient after "of" or before it; not "the cause of", "the cost
        # of" (only the verbs listed as `of_noun`).
        return True if trigger.lemma in word_class("of_noun") else None
    # A verb-only word in its base or -s form is mostly a noun in news copy ("operating
    # costs", "car bomb"): take it only after a name ("Police deny", "Apple sells").
    if (
        kind == "s"
        and prev is not None
        and is_capitalised(prev_text)
        and prev not in det
        and not possessive(prev_text)  # "Belarus's exports": a plural noun
    ):
        return False
    return None


# The event types whose participle after "those" tells what was done to people.
_DONE_TO_PEOPLE = frozenset(
    {EventType.CONFLICT, EventType.LEGAL, EventType.MILITARY, EventType.MOVEMENT}
)


def _verb_after_measure(prev: str, next_word: str) -> bool:
    """Whether a past form after the number ``prev`` is a verb: a decimal counts no
    things a participle could describe ("magnitude 6.8 struck"), and an article after it
    opens its object ("measuring 6.2 hit the coast"), as an amount of change does after an
    index named with a number ("the FTSE 100 fell 2 percent", "Nikkei 225 rose sharply")."""
    return _is_number(prev) and (
        "." in prev
        or next_word in _OBJECT_OPENERS
        or _is_number(next_word)
        or next_word in word_class("change_opener")
    )


_OBJECT_OPENERS = frozenset({"the", "a", "an"})


def _counts_money(lower: Sequence[str], i: int) -> bool:
    """Whether an amount ends just before ``i`` ("1.3 trillion won", "500,000 won"), so a
    word that is also a currency names money there; a year dates what follows instead
    ("in 2019 won the cup")."""
    if i == 0:
        return False
    prev = lower[i - 1]
    if _is_number(prev):
        return not _year(prev)
    return prev in word_class("unit") and i > 1 and _is_number(lower[i - 2])


def _opening_participle(
    tokens: Sequence[Token], lower: Sequence[str], i: int, forms: tuple[Form, ...]
) -> bool:
    """Whether the capitalised -ing word at ``i`` that opens the sentence before a name
    is a participle with that name as its object, its clause closed by a comma before
    the main one ("Visiting Kiev on Sunday, Macron said"): the name ends on the comma or
    a preposition, not on a noun it modifies ("Striking Boeing workers") nor on a
    company's legal form ("Shooting Star Corp."), which make the word a name's head."""
    if not lower[i].endswith("ing") or "," not in lower[i + 2 :]:
        return False
    if not any(f.kind == "ing" and f.trigger.verb and not f.trigger.intransitive for f in forms):
        return False
    j = i + 1
    while j < len(tokens) and _name_word(tokens[j].text):
        j += 1
    if lower[j - 1].rstrip(".") in _company_suffixes():
        return False
    return j < len(lower) and (lower[j] == "," or lower[j] in word_class("prep"))


@cache
def _company_suffixes() -> frozenset[str]:
    """Legal forms that end a company's name ("Inc.", "Corp."), lower case, no dot."""
    return frozenset(lexicon_lines("company_suffixes"))


def _describes_object(before: Found, form: Form, i: int, lower: Sequence[str]) -> bool:
    """Whether the past form at ``i``, right after the transitive past verb ``before``
    and before a bare noun, describes that verb's object ("evacuated stranded tourists",
    "released detained activists") rather than telling a second happening; not after a
    relative clause's verb, whose clause ends there ("the rebels who attacked killed
    soldiers"), nor before a count ("killed three soldiers")."""
    next_word = lower[i + 1] if i + 1 < len(lower) else ""
    if not (
        form.kind == "ed"
        and not form.trigger.intransitive
        and before.last == i - 1
        and before.kind == "ed"
        and not before.as_noun
        and not before.trigger.intransitive
        and _bare_noun_next(next_word)
        and next_word not in word_union("quantifier", "cardinal")
    ):
        return False
    k = before.first - 1
    skip = word_union("aux", "adverb")
    while k >= 0 and lower[k] in skip:
        k -= 1
    return k >= 0 and lower[k] not in word_class("relative_pronoun")


def _bare_noun_next(word: str) -> bool:
    """Whether ``word`` after a participle may be a bare noun it describes ("injured
    climbers"), not an object's determiner, a pronoun, an adverb or a clause edge."""
    return (
        word.isalpha()
        and word not in word_union("det", "possessive_det", "object_pronoun", "adverb", "aux")
        and not _no_noun(word)
    )


def _verb_next(text: str, table: dict[str, tuple[Form, ...]]) -> bool:
    """Whether ``text`` after "those arrested were" goes on with the clause's verb ("were
    taken", "were later released", "were expected to"), not the noun phrase that names
    them ("were Smith and Jones", "were two journalists")."""
    word = text.lower()
    if not text.islower() or not word.isalpha():
        return False
    if word in word_union("adverb", "aux") or word in ("to", "not") or word.endswith(("ed", "ly")):
        return True
    return any(form.kind == "ed" for form in table.get(word, ()))


def _no_noun(word: str) -> bool:
    """Whether ``word`` after a participle is no noun it could describe: the end, a
    punctuation mark, a preposition or a clause word ("46 injured when fans surged")."""
    if not word or not word[:1].isalnum():
        return True
    return word in word_union("prep", "clause", "subordinator")


def in_formulas(lower: Sequence[str]) -> list[bool]:
    """Which tokens lie inside a set phrase of ``event_formulas.txt``."""
    table = formulas()
    inside = [False] * len(lower)
    if table.keys().isdisjoint(lower):
        return inside  # most sentences: no set phrase's anchor word
    for i in [i for i, word in enumerate(lower) if word in table]:
        for at, phrase in table[lower[i]]:
            start = i - at
            if start >= 0 and tuple(lower[start : start + len(phrase)]) == phrase:
                for k in range(start, start + len(phrase)):
                    inside[k] = True
            elif (
                at > 0
                and start > 0
                and lower[i - 1] in word_class("adverb")
                and tuple(lower[start - 1 : i - 1]) == phrase[:at]
                and tuple(lower[i : i + len(phrase) - at]) == phrase[at:]
            ):
                # "is also survived by": one adverb before the anchor word.
                for k in range(start - 1, i + len(phrase) - at):
                    inside[k] = True
    return inside


def negated(lower: Sequence[str], i: int) -> bool:
    """ "had not earned", "did not agree", "never visited": the happening did not happen."""
    j = i - 1
    while j >= 0 and i - j <= 3 and lower[j] in ("also", "yet", "ever", "even"):
        j -= 1
    if j < 0:
        return False
    word = lower[j]
    return word in ("not", "never", "cannot") or word.endswith(("n't", "n’t"))


_QUESTION_REACH = 6
_QUESTION_STOPS = frozenset({",", ";", ":", "—", "–"})


def questioned(lower: Sequence[str], i: int) -> bool:
    """ "asked whether talks had failed": a happening asked about is not reported."""
    for j in range(i - 1, max(-1, i - 1 - _QUESTION_REACH), -1):
        if lower[j] == "whether":
            return True
        if lower[j] in _QUESTION_STOPS:
            return False
    return False


def _modifier(
    kind: str, as_noun: bool, prev: str | None, opens: bool, lower: Sequence[str], i: int
) -> bool:
    """Whether the event word at ``i`` only modifies the noun after it ("the attack
    helicopter", "a strike fund"); an "-ing" form does so only at the start of its phrase
    ("Shipping analysts", "the drilling tent", "hit by falling debris"), not after a comma
    ("..., killing workers"). ``prev`` is the word read as the one before it."""
    next_word = lower[i + 1] if i + 1 < len(lower) else ""
    if next_word not in word_class("modified_head"):
        # "a car repair shop", "election monitors": a singular event noun before a noun
        # naming a thing, place or people (not "began killing residents", a verb's object,
        # nor "Taliban fighters attack army posts", "helped rescue survivors": a verb).
        return (
            as_noun
            and kind in ("noun", "base")
            and next_word in _named_heads()
            and not _split(prev, lower, i)
            and not _verb_after_subject(prev, lower, i)
        )
    if next_word in word_class("bare_modified_head") and _split(prev, lower, i):
        # "After the explosion police sealed off": two phrases (but "The riot police
        # fired", "clashed with the riot police": one).
        return False
    if as_noun:
        return True
    return kind == "ing" and (
        opens
        or prev is None
        or prev in word_class("det")
        or _adjective(prev)
        or prev in word_class("agent_prep")  # "hit by falling debris"
        # "said spraying teams had", "complained that striking workers", "set fire to
        # signalling cables": the phrase opens after a saying, "that" or "fire to".
        or prev in word_union("reporting", "ing_phrase_opener")
        or (prev == "to" and i > 1 and lower[i - 2] in word_class("to_phrase_opener"))
    )


def _split(prev: str | None, lower: Sequence[str], i: int) -> bool:
    """ "After the explosion police ...": a determined event noun after an adverbial's
    opener ends that adverbial, so the noun after it opens a phrase of its own; so it
    does after a preposition that opens its clause when people in the plural follow ("In
    the raid officers found", "Ahead of the storm residents stocked up"), not a thing's
    noun ("In the strike zone") nor a phrase a comma ends ("For the protest organisers,")."""
    if not (prev in word_union("det", "possessive_det") or (prev or "").endswith(("'s", "’s"))):
        return False
    opener = lower[i - 2] if i > 1 else None
    if opener in word_class("split_opener"):
        return True
    k = i - 2
    if opener in ("of", "to") and k > 0 and lower[k - 1] in word_class("fronted_lead"):
        k -= 1  # "Ahead of the storm", "Because of the strike", "Prior to the raid"
    elif opener not in word_class("fronted_opener"):
        return False
    starts = k == 0 or not lower[k - 1][:1].isalnum() or lower[k - 1] in word_class("clause")
    after = lower[i + 2] if i + 2 < len(lower) else ""
    return starts and plural_or_group(lower[i + 1]) and after[:1].isalnum()


def _verb_after_subject(prev: str | None, lower: Sequence[str], i: int) -> bool:
    """ "Taliban fighters attack army posts", "people protest corruption", "helped rescue
    survivors": an event word right after a plural noun or a causative verb is a verb
    with its object, not a noun's modifier; but not before a plural that a verb follows
    ("human rights protest groups gathered": the groups are the subject)."""
    if prev is None or prev in word_union("det", "aux", "adverb", "pronoun", "prep", "clause"):
        return False
    if not (prev in word_class("causative") or (prev.isalpha() and is_plural_noun(prev))):
        return False
    head = lower[i + 1] if i + 1 < len(lower) else ""
    after = lower[i + 2] if i + 2 < len(lower) else ""
    return not (plural_or_group(head) and after and _verb_next(after, form_table()))


@cache
def _named_heads() -> frozenset[str]:
    """Nouns naming a thing, place or people: ``named_head``, the facility nouns, the
    organisation nouns, the groups, and the roles in the singular (their plurals are
    often verbs: "the storm heads north", "the protest leads to")."""
    bodies = head_nouns("roles") | head_nouns("organization_nouns") | head_nouns("groups")
    return word_union("named_head", "place_facility_nouns", also=bodies)


def _adjective(prev: str) -> bool:
    """ "lower borrowing costs": a lower-case content word before an "-ing" form and its
    head noun is a modifier too (not a plural subject: "rebels killing officials")."""
    return (
        prev.isalpha()
        and not prev.endswith("s")
        and prev not in word_union("prep", "aux", "pronoun", "adverb", "clause", "reporting")
    )


def _with_name(tokens: Sequence[Token], i: int) -> bool:
    """Whether the noun at ``i`` has a name for its parties: "X's approach", "an approach
    for/from/to X" (a capitalised word right after the preposition)."""
    if i > 0 and possessive(tokens[i - 1].text) and is_capitalised(tokens[i - 1].text):
        return True
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].text.lower() in _PARTY_PREPS
        and is_capitalised(tokens[i + 2].text)
    )


_PARTY_PREPS = frozenset({"for", "from", "to", "by"})
# How far back a causative verb may stand: "helped the under-21 team reach".
_CAUSATIVE_REACH = 5


def _bare_infinitive(lower: Sequence[str], i: int) -> bool:
    """Whether the base form at ``i`` is a bare infinitive after a causative verb and
    its object ("helped the team reach the final", "let the city fund it")."""
    stops = word_union("clause", "reporting", also=frozenset({",", ";", ":"}))
    for j in range(i - 1, max(-1, i - 1 - _CAUSATIVE_REACH), -1):
        word = lower[j]
        if word in word_class("causative"):
            return True
        if word in stops:
            return False
    return False


def find_triggers(tokens: Sequence[Token], lower: Sequence[str] | None = None) -> list[Found]:
    """Every trigger among one sentence's tokens, left to right (not negated ones, nor
    ones inside set phrases such as "asked not to be named"); ``lower`` is the tokens'
    lower-cased text, when the caller has it already."""
    table = form_table()
    if lower is None:
        lower = [t.text.lower() for t in tokens]
    # Only words of the table can be triggers: visit those alone, in order.
    spots = list(itertools.compress(range(len(lower)), map(table.__contains__, lower)))
    if not spots:
        return []
    fixed = in_formulas(lower)
    asking = "whether" in lower  # "asked whether talks had failed": see questioned
    # The word classes the loop asks about, looked up once per sentence.
    object_pronoun, catenative, tally, thing_ing, aux_adverb, named_noun, meet = _loop_classes()
    measure, expletive, seem, currency, measure_noun = _check_classes()
    out: list[Found] = []
    n = len(tokens)
    first = _first_word(tokens)
    resume = 0  # the token after the last trigger taken (and its particle)
    for i in spots:
        if i < resume:
            continue
        word = tokens[i].text
        forms = table[lower[i]]
        opens = i == first or (i > 0 and tokens[i - 1].text in _OPENERS)
        if (is_capitalised(word) and not opens) or fixed[i] or negated(lower, i):
            continue
        if word.isupper() and len(word) > 1:
            continue  # an acronym or a shouted headline word
        if i > 1 and tokens[i - 1].text == "-" and _joined(tokens, i):
            continue  # "a U.S.-funded monitor": part of a compound adjective
        if (
            opens
            and is_capitalised(word)
            and i + 1 < n
            and _name_word(tokens[i + 1].text)
            and not _opening_participle(tokens, lower, i, forms)
        ):
            continue  # the head of a name that opens the sentence: "Hurricane Delia made ..."
        next_word = lower[i + 1] if i + 1 < n else ""
        prev_text = tokens[i - 1].text if i > 0 else ""
        prev = lower[i - 1] if i > 0 else None
        if _modified_gerund(tokens, lower, i, forms):
            # "an emergency meeting", "the heavy fighting": read as "a meeting".
            prev, prev_text = lower[i - 2], tokens[i - 2].text
        elif (
            prev in word_class("ordinal_adverb")
            and i > 1
            and lower[i - 2] in word_union("det", "possessive_det")
            and any(form.kind != "ed" for form in forms)
        ):
            # "on his first visit", "the last attack": a noun, as after "his" (not "The
            # first attacked at dawn", a past tense with no noun reading).
            prev, prev_text = lower[i - 2], tokens[i - 2].text
        # "found him guilty", "knocked them out": the particle after an object pronoun.
        skip = next_word in object_pronoun and i + 2 < n
        chosen = _choose(forms, lower[i + 2], prev, prev_text, lower[i]) if skip else None
        if chosen is None or not chosen[1]:
            skip = False
            ahead = lower[i + 1 : i + 1 + _CUE_REACH]
            chosen = _choose(forms, next_word, prev, prev_text, lower[i], ahead)
        if chosen is None:
            continue
        form, with_particle, as_noun = chosen
        if (
            prev in word_class("participle_pronoun")
            and next_word in word_class("named_after")
            and i + 2 < n
            and (lower[i + 2] in word_class("prep") or _verb_next(tokens[i + 2].text, table))
        ):
            # "Most of those rescued were from Bangladesh": where they are from; "Those
            # arrested were taken to hospital": the participle describes the subject.
            continue
        if form.kind == "base" and form.trigger.bare and not _bare_infinitive(lower, i):
            continue  # "to reach a deal", "within reach"
        if form.trigger.that_clause and not as_noun and _that_after(lower, i):
            pass  # "OCHA reported Monday that ...": a statement event
        elif form.trigger.needs_object and not as_noun and not _object_after(tokens, lower, i):
            continue  # "reported long queues": a claim's cue, not a happening
        elif form.trigger.that_clause and not form.trigger.needs_object and not as_noun:
            continue  # "he claimed nothing": only "claimed that ..." is a statement
        if form.trigger.thing and not as_noun and not _thing_found(tokens, lower, i):
            continue  # "a study found that", "found it hard": no discovery
        if form.trigger.placed and not (as_noun and _new_and_placed(tokens, lower, i)):
            continue  # "the fire", "fire officials": only "a fire in/at X" is reported
        if form.trigger.quoted and not _quoted_label(tokens, lower, i):
            continue  # "called her at home", "what he called ...": no statement
        if form.trigger.held and not as_noun and not _held_level(lower, i):
            continue  # "kept a low profile", "held talks": no level held
        if form.trigger.dative and not as_noun and not _tells_someone(tokens, lower, i, form.kind):
            continue  # "was told", "what I can tell you": nobody reports to anyone here
        if as_noun and out and _occasion(out[-1], lower, i):
            continue  # "told a news conference": the telling is the event, this its occasion
        if not as_noun and asking and questioned(lower, i):
            continue  # "asked whether talks had failed"
        if as_noun and out and lower[i] in out[-1].trigger.cues and i - out[-1].last <= _CUE_REACH:
            continue  # "brought a lawsuit": the bringing is the happening, the suit its object
        if as_noun and out and _cognate(out[-1], lower, i):
            continue  # "fought two wars": the fighting is the happening, the wars its object
        if as_noun and lower[i] in word_class("runoff_noun") and not _election_runoff(lower, i):
            continue  # "Fertiliser runoff polluted the lake": water, no vote
        if as_noun and lower[i] in word_class("light_only_noun") and not _light_made(tokens, i):
            continue  # "a revised offer", "accept the offer": a proposal, no happening
        if as_noun and out and _signed_document(out[-1], lower, i):
            continue  # "signed a trade deal": the signing is the happening, the deal its object
        if as_noun and prev == "no":
            continue  # "no decision had been taken"
        if form.kind in _NOUNISH and _charge_name(lower, i):
            continue  # "charged him with murder": the charge's name, no happening told
        caused = as_noun and _caused(lower, i)
        if as_noun and not caused and _reference(tokens, lower, i):
            continue  # "condemned the killings", "a decision to keep": no new happening
        if lower[i] in meet and _met_goal(lower, i):
            continue  # "met the target", "would be met from a special fund"
        if _is_number(next_word) and lower[i] in measure:
            continue  # "a quake registering 7.1": the quake's measure, no happening
        if prev in expletive and lower[i] in seem:
            continue  # "it appeared the court would rule": how things seem, no happening
        if lower[i] in currency and _counts_money(lower, i):
            continue  # "wiped 90 trillion won off": a currency, no happening
        if next_word == "to" and lower[i] in catenative:
            continue  # "failed to agree": the event is the verb after "to"
        if as_noun and prev is not None and _is_number(prev) and lower[i] in tally:
            continue  # "by 231 votes to 219": a count
        if lower[i] in thing_ing and prev not in aux_adverb:
            continue  # "the parliament building"
        if lower[i] in measure_noun and (as_noun or prev not in aux_adverb):
            continue  # "weak consumer spending", "lost $1 billion in sales": an amount
        if form.trigger.lemma in word_class("phase_verb") and out and _right_after_noun(out[-1], i):
            continue  # "talks stalled": the talks are the happening, stalling their state
        if form.trigger.lemma in word_class("result_leave") and _left_over(tokens, lower, i):
            continue  # "only the floor was left", "left us no choice": nothing happened
        if form.kind == "ing" and _degree_before(lower, i):
            continue  # "one of the sport's most promising riders": an adjective
        if form.trigger.lemma in word_class("level_drift") and next_word in word_class(
            "level_word"
        ):
            continue  # "the euro drifted lower": a price, no craft moving
        if lower[i] in word_class("kept_state") and _kept_so(lower, i):
            continue  # "keep their windows shut", "held the door shut": a state kept
        if _modifier(form.kind, as_noun, prev, opens, lower, i):
            continue  # "a strike fund", "Shipping analysts": no happening
        if as_noun and next_word in _named_heads() and _verb_after_subject(prev, lower, i):
            # "Taliban fighters attack army posts", "Rescuers search building ruins": the
            # verb, with its object.
            verb = next((f for f in forms if f.kind == "base" and f.trigger.verb), None)
            if verb is not None:
                form, as_noun = verb, False
        if as_noun and lower[i] in named_noun and not _with_name(tokens, i):
            continue  # "a prudent approach" is a manner, "an approach for Korvath" a bid
        if not as_noun and out and _describes_object(out[-1], form, i, lower):
            continue  # "evacuated stranded tourists": a participle before the object's noun
        last = (i + 2 if skip else i + 1) if with_particle else i
        if out and _measured(out[-1], i, form.trigger, as_noun):
            out.pop()  # "retail sales fell 0.8%": what is measured, not a happening
        if out and as_noun and _sought(out[-1], i, lower):
            out.pop()  # "would seek talks": the talks are the happening
        if caused and out and i - out[-1].last <= _CAUSED_REACH:
            out.pop()  # "forced the closure of": the closure is the happening
        out.append(Found(i, last, form.trigger, form.kind, as_noun))
        resume = last + 1
    return out


# How far back a charge word may stand before the crime it names ("charged him with
# murder and attempted robbery").
_CHARGE_REACH = 7


def _charge_name(lower: Sequence[str], i: int) -> bool:
    """Whether the bare noun at ``i`` names a charge ("charged with murder", "on suspicion
    of manslaughter", "guilty to bribery and wire fraud"): only lower-case modifiers,
    other crimes and "and"/"or"/"," between it and a charge word with its preposition."""
    stops = word_union("det", "possessive_det", "clause", "reporting")
    for j in range(i - 1, max(0, i - _CHARGE_REACH), -1):
        word = lower[j]
        if word in word_class("charge_prep"):
            return _charged_before(lower, j)
        if word in stops - _CHARGE_JOINS or not (word[:1].isalpha() or word == ","):
            return False
    return False


_CHARGE_JOINS = frozenset({"and", "or"})
# Forms a crime's name takes after a charge ("with murder"); an "-ing" verb there tells
# what was done ("accused the authorities of ignoring warnings": annotators mark it).
_NOUNISH = frozenset({"noun", "plural", "base"})


def _charged_before(lower: Sequence[str], j: int) -> bool:
    """Whether a charge word of the preposition at ``j`` stands just before it, past at
    most an object of two words ("charged him with", "cleared the driver of"; not
    "cleared the way for")."""
    own = word_class("charge_" + lower[j])
    for k in range(j - 1, max(-1, j - 4), -1):
        if lower[k] in own:
            return True
        if not lower[k][:1].isalpha() or lower[k] in word_union("prep", "clause"):
            return False
    return False


# How many words may stand between "told" and the gathering it addresses ("told a
# hastily called news conference").
_OCCASION_REACH = 4


_TOLD_OF = frozenset({"of", "by", "about"})


def _tells_someone(tokens: Sequence[Token], lower: Sequence[str], i: int, kind: str) -> bool:
    """Whether the verb of telling at ``i`` reports to someone: a word follows it that is
    not "to" ("residents, told to leave"), a passive says what or by whom ("was told of
    the decision", not "had been told to wait") and its base form follows no auxiliary or
    "to" ("what I can tell you", "refused to tell")."""
    if i + 1 >= len(lower) or not tokens[i + 1].text[:1].isalnum() or lower[i + 1] == "to":
        return False
    j = i - 1
    while j >= 0 and lower[j] in word_class("adverb"):
        j -= 1
    prev = lower[j] if j >= 0 else ""
    if kind == "ed" and prev in word_class("be"):
        return lower[i + 1] in _TOLD_OF
    return not (kind == "base" and (prev in word_class("aux") or prev == "to"))


def _occasion(before: Found, lower: Sequence[str], i: int) -> bool:
    """Whether the gathering noun at ``i`` is what the verb of telling just before it
    addresses ("told a news conference", "told a briefing"): the telling's occasion."""
    if not before.trigger.dative or lower[i] not in word_class("audience_noun"):
        return False
    if i - before.last - 1 > _OCCASION_REACH:
        return False
    return all(w.isalpha() for w in lower[before.last + 1 : i])


def _sought(before: Found, i: int, lower: Sequence[str]) -> bool:
    """Whether ``before`` is a verb of seeking whose object is the event noun at ``i``
    ("would seek talks", "sought a meeting with"), a few determiners between at most."""
    if before.as_noun or before.trigger.lemma not in word_class("pursue"):
        return False
    between = lower[before.last + 1 : i]
    return len(between) <= 2 and all(w in word_class("det") for w in between)


# How many words may stand between a verb of causing and its event noun ("forced the
# closure of", "forced the temporary closure of").
_CAUSED_REACH = 3


def _caused(lower: Sequence[str], i: int) -> bool:
    """Whether the event noun at ``i`` is what a verb of causing brings about, a determiner
    (and a modifier) between them and "of" after it ("forced the closure of the airport"):
    a new happening, not a reference to one told already."""
    if i + 1 >= len(lower) or lower[i + 1] != "of":
        return False
    causative = word_class("causative")
    j = i - 1
    while j >= 0 and i - j <= _CAUSED_REACH and lower[j] not in causative:
        if not lower[j].isalpha():
            return False
        j -= 1
    return (
        j >= 0
        and i - j <= _CAUSED_REACH
        and lower[j] in causative
        and lower[j + 1] in word_class("det")
    )


# How many words may stand between a report and its "that" ("reported earlier this month").
_THAT_REACH = 4


def _that_after(lower: Sequence[str], i: int) -> bool:
    """Whether "that" follows the verb at ``i`` with only times or adverbs between ("OCHA
    reported Monday that", "claimed privately that"), and the verb is no passive ("it was
    reported that": nobody reports here)."""
    k = i - 1
    while k >= 0 and lower[k] in word_class("adverb"):
        k -= 1
    if k >= 0 and lower[k] in word_class("be"):
        return False
    gap = word_class("that_gap")
    for j in range(i + 1, min(len(lower), i + 2 + _THAT_REACH)):
        word = lower[j]
        if word == "that":
            return True
        if word not in gap and not (word.endswith("ly") and word.isalpha()):
            return False
    return False


# How many words may stand between "called" and the quoted label it gives its object.
_LABEL_REACH = 6
_OPEN_QUOTES = frozenset("\"“‘'")


def _quoted_label(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Whether a quoted label follows the object of the verb at ``i`` before any other
    punctuation or clause word ('called the move "unjustified"', 'calling it "a farce"'),
    and the verb is not inside "what X called" (a label the writer only reports)."""
    if "what" in lower[max(0, i - 3) : i]:
        return False
    stops = word_class("clause")
    for j in range(i + 1, min(len(tokens), i + 2 + _LABEL_REACH)):
        text = tokens[j].text
        if text in _OPEN_QUOTES and tokens[j - 1].end == tokens[j].start:
            continue  # glued to the word before it, it closes a possessive ("workers'")
        if text in _OPEN_QUOTES:
            return j > i + 1
        if not text[:1].isalnum() or lower[j] in stops:
            return False
    return False


# How many modifiers may stand between "a" and the fire it introduces ("a huge fire").
_NEW_REACH = 2


def _new_and_placed(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Whether the noun at ``i`` is introduced as a new one ("a", a number, a year, up to
    two lower-case modifiers between) and placed right after it ("a blaze in a ward", "a
    fire on a ferry"; "on" only before a determiner, not "a fire on Monday")."""
    n = len(lower)
    if i + 2 >= n or lower[i + 1] not in word_class("placed_prep"):
        return False
    if lower[i + 1] == "on" and lower[i + 2] not in word_class("det"):
        return False
    j = i - 1
    while j >= 0 and i - j <= _NEW_REACH and tokens[j].text.isalpha() and tokens[j].text.islower():
        if lower[j] in word_class("new_mention"):
            return True
        j -= 1
    return j >= 0 and (lower[j] in word_class("new_mention") or _year(tokens[j].text))


# How many words may stand between a light verb and the noun it makes a happening.
_LIGHT_REACH = 3


def _light_made(tokens: Sequence[Token], i: int) -> bool:
    """Whether a light verb governs the noun at ``i`` with at most a determiner and
    modifiers between ("had also made offers", "made a better offer")."""
    light = word_class("light")
    for j in range(i - 1, max(-1, i - 2 - _LIGHT_REACH), -1):
        low = tokens[j].text.lower()
        if low in light:
            return True
        if not (tokens[j].text.isalnum() or tokens[j].text == "-"):
            return False
    return False


def _signed_document(verb: Found, lower: Sequence[str], i: int) -> bool:
    """Whether the noun at ``i`` is a deal or contract that the verb just before signs,
    strikes or reaches ("signed a six-year contract", "struck a deal"), with only words
    (and hyphens) between: the signing is the happening, the document its object."""
    if verb.as_noun or lower[i] not in word_class("signed_document"):
        return False
    if verb.trigger.lemma not in word_class("signing_verb"):
        return False
    if not 0 < i - verb.last <= _CUE_REACH:
        return False
    return all(lower[j][:1].isalnum() or lower[j] == "-" for j in range(verb.last + 1, i))


def _object_after(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Whether a counted or determined noun phrase follows the verb at ``i`` ("reported
    14 deaths", "reported a sharp drop in profit"), not a reported clause."""
    if i + 2 >= len(lower):
        return False
    after = lower[i + 1]
    if _is_number(after) or after in word_class("report_object"):
        return after not in word_class("det") or tokens[i + 2].text[:1].isalnum()
    return False


def _thing_found(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Whether the verb at ``i`` tells of finding a thing: passive ("a body was found"),
    or before a determined or counted object ("found the wreckage", "found more than
    600 kg of explosives"). Not what a finding says: "found no evidence", a clause ("found
    that", "a poll found most Americans support the plan", "found the drug reduced
    deaths"), a verdict ("found the defendant guilty", "was found to have breached")."""
    n = len(lower)
    if i > 0 and lower[i - 1] in word_class("be"):
        # "was found to have breached the rules", "was found guilty": a verdict.
        return not (i + 1 < n and _verdict_word(lower, i + 1))
    if i + 1 >= n:
        return False
    after = lower[i + 1]
    if after in word_class("found_nothing"):
        return False
    if after in word_class("place_prep") and not _quantifier_at(lower, i + 1):
        # "a strand of human hair found at the firing site": a participle (not "found in
        # favor of the plaintiff").
        return not (i + 2 < n and lower[i + 2] in word_class("verdict_noun"))
    openers = word_union("det", "possessive_det", "quantifier", "cardinal")
    if not (after in openers or _is_number(tokens[i + 1].text)):
        return False
    aux = word_class("aux")
    prep = word_class("prep")
    for j in range(i + 2, min(n, i + 2 + _FOUND_REACH)):
        word = lower[j]
        if word in aux:
            return False  # "found the pilot had erred": what was found out, a clause
        if j > i + 2 and (word in openers or word in word_class("pronoun")):
            # "found most Americans support the plan": a second phrase, so a verb between
            # (not "found their files locked and a ransom note", "found 600 kg of ...").
            return lower[j - 1] in word_union("prep", "quantifier", "clause")
        if j > i + 2 and _verdict_word(lower, j):
            return False  # "found the law unconstitutional", "found the company liable"
        if (
            j > i + 2
            and word.endswith("ed")
            and lower[j - 1] not in openers
            and j + 1 < n
            and lower[j + 1].isalnum()
            and lower[j + 1] not in prep
            and lower[j + 1] not in word_class("clause")
        ):
            # "found the drug reduced deaths": a finite verb with its object (not "found
            # the body dumped in a ditch", "found their files locked and ...").
            return False
        if word in prep or not word.replace("-", "").replace(",", "").replace(".", "").isalnum():
            break
    return True


def _quantifier_at(lower: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` opens a count ("at least", "about 600")."""
    following = lower[k + 1] if k + 1 < len(lower) else ""
    return following in word_class("quantifier") or following[:1].isdigit()


def _verdict_word(lower: Sequence[str], j: int) -> bool:
    """Whether the word at ``j`` opens what a finding judges: "to" ("was found to have
    breached"), or a verdict's adjective ending its phrase ("guilty", "unconstitutional")."""
    word = lower[j]
    if word == "to" or word in word_class("verdict_adjective"):
        return True
    ends = j + 1 >= len(lower) or not lower[j + 1].isalnum() or lower[j + 1] in ("of", "for")
    return ends and word.endswith(tuple(word_class("verdict_ending")))


# How far after "found" a clause's verb may show that what was found is a fact.
_FOUND_REACH = 6


# How far a level may follow the verb that holds it ("kept its quarterly dividend at").
_HELD_REACH = 7
_MONEY = frozenset({"$", "£", "€", "¥"})


def _held_level(lower: Sequence[str], i: int) -> bool:
    """Whether the verb at ``i`` holds its object at a level: "kept interest rates at
    5.25%", "held its key rate unchanged", "kept borrowing costs on hold"."""
    levels = word_class("held_level")
    n = len(lower)
    for j in range(i + 2, min(n, i + 1 + _HELD_REACH)):
        word = lower[j]
        if word in levels or (word == "on" and j + 1 < n and lower[j + 1] == "hold"):
            return True
        if word == "at" and j + 1 < n and (_is_number(lower[j + 1]) or lower[j + 1] in _MONEY):
            return True
        if not word.replace("-", "").isalpha():
            return False
    return False


@cache
def _loop_classes() -> tuple[frozenset[str], ...]:
    """The word classes ``find_triggers`` asks about for every candidate word."""
    return (
        word_class("object_pronoun"),
        word_class("catenative"),
        word_class("tally"),
        word_class("thing_ing"),
        word_union("aux", "adverb"),
        word_class("named_noun"),
        word_class("meet_form"),
    )


@cache
def _check_classes() -> tuple[frozenset[str], ...]:
    """The word classes of ``find_triggers``'s late checks on a candidate: measuring
    participles, expletives, verbs of seeming, currencies that are also words, amounts."""
    return (
        word_class("measure_participle"),
        word_class("expletive"),
        word_class("seem_verb"),
        word_class("currency_homograph"),
        word_class("measure_noun"),
    )


# How far after "met" a goal noun may stand ("met all of its emission targets").
_GOAL_REACH = 5


def _met_goal(lower: Sequence[str], i: int) -> bool:
    """Whether "meet"/"met" at ``i`` is no meeting: a passive with a source or reaction
    ("would be met from a special fund", "was met with criticism") or a goal, demand or
    cost as what is met ("met the target", "met with protests", "meet their demands")."""
    n = len(lower)
    after = lower[i + 1] if i + 1 < n else ""
    k = i - 1
    while k >= 0 and lower[k] in word_class("adverb"):
        k -= 1
    if k >= 0 and lower[k] in word_class("be") and after in ("from", "with", "out", "through"):
        return True
    goals, stops = word_class("goal_noun"), word_union("clause", "prep") - {"of", "with", "by"}
    for j in range(i + 1, min(n, i + 1 + _GOAL_REACH)):
        word = lower[j]
        if word in goals:
            return True
        if word in stops or not word[:1].isalnum():
            return False
    return False


def _right_after_noun(before: Found, i: int) -> bool:
    """Whether ``before`` is an event noun right before the word at ``i``."""
    return before.as_noun and before.last == i - 1


# How far after "left" the word of lack may stand ("had left the company unable to").
_LACK_REACH = 4


def _left_over(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Whether "left" at ``i`` tells what remains or what is lacking, no happening: after
    "to be" with nothing after it ("only the floor was left.", "the ones that are left");
    after a word of what remains with no object after it ("there was nothing left", "the
    only route left to him"); or with a word of lack after its object ("left us no other
    choice", "had left the company unable to pay", "left the group with fewer shops")."""
    n = len(lower)
    after = lower[i + 1] if i + 1 < n else ""
    be = word_class("be")
    if i > 0 and lower[i - 1] in be and (not after[:1].isalnum() or after in be):
        return True  # "only the floor was left.", "what is left is enforcement"
    if _remainder_before(tokens, lower, i) and not _opens_object(after):
        return True  # "there was nothing left", "the only route left to him"
    lack = word_union("lack_word", "none_word")
    for j in range(i + 2, min(n, i + 2 + _LACK_REACH)):
        if lower[j] in lack:
            return True
        if lower[j] in word_class("lack_after_with") and lower[j - 1] == "with":
            return True  # "left the group with fewer shops" ("less than a week after")
        if not lower[j][:1].isalnum() and lower[j] not in QUOTES:
            return False
    return False


# How far back a verb of keeping may stand before the state it keeps, its object between
# ("kept all of its doors shut").
_KEPT_REACH = 5


def _kept_so(lower: Sequence[str], i: int) -> bool:
    """Whether the state word at ``i`` is what a verb of keeping holds its object in
    ("told residents to keep their windows shut", "held the door shut"): the object
    stands between them, no punctuation nor clause word ("held a rally and closed roads"
    closes them), and punctuation, a preposition or a clause word after the state word
    ("kept their windows shut until"; "held talks and shut two branches" shuts them)."""
    after = lower[i + 1] if i + 1 < len(lower) else "."
    stops = word_class("clause")
    if after[:1].isalnum() and after not in word_class("prep") and after not in stops:
        return False
    for j in range(i - 1, max(-1, i - 1 - _KEPT_REACH), -1):
        if lower[j] in word_class("keeping_verb"):
            return True
        if not lower[j][:1].isalnum() or lower[j] in stops:
            return False
    return False


def _remainder_before(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Whether a word of what remains stands right before "left" at ``i``, or with one
    lower-case describing word between ("nothing left", "nothing green left", "the only
    route left"); not a pronoun, which would be the one leaving ("only he left"), nor a
    name ("Only Ruiz left"). "only" counts only with punctuation or "to" + a pronoun after
    "left" ("the only route left to him"; "The only doctor left for Kabul" departs)."""
    remainder = word_union("remainder_word", "none_word")
    n = len(lower)
    after = lower[i + 1] if i + 1 < n else "."
    if not after[:1].isalnum() or (
        after == "to" and i + 2 < n and lower[i + 2] in word_class("object_pronoun")
    ):
        remainder = remainder | word_class("sole_word")
    if i > 0 and lower[i - 1] in remainder:
        return True
    if i < 2 or lower[i - 2] not in remainder:
        return False
    middle = tokens[i - 1].text
    return (
        middle.isalpha()
        and middle.islower()
        and middle not in word_union("pronoun", "det", "aux", "be")
    )


def _degree_before(lower: Sequence[str], i: int) -> bool:
    """Whether an adverb of degree right before the "-ing" word at ``i`` makes it an
    adjective ("a very threatening letter", "the sport's most promising rider"); a
    superlative only after a determiner or possessive ("Most shooting took place")."""
    if i < 1:
        return False
    if lower[i - 1] in word_class("degree_adverb"):
        return True
    if lower[i - 1] not in word_class("superlative_adverb") or i < 2:
        return False
    before = lower[i - 2]
    return before in word_union("det", "possessive_det") or possessive(before)


def _opens_object(word: str) -> bool:
    """Whether ``word`` after a verb opens its object: a determiner, an object pronoun or
    a number ("nothing left the port" would be a departure)."""
    return word in word_union("det", "possessive_det", "object_pronoun") or _is_number(word)


def _joined(tokens: Sequence[Token], i: int) -> bool:
    """Whether the token at ``i`` hangs on the word before it by a hyphen, no space on
    either side ("U.S.-funded" split at its full stop)."""
    return tokens[i - 2].end == tokens[i - 1].start and tokens[i - 1].end == tokens[i].start


def _reference(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Whether the event noun at ``i`` points back at a happening already told or names a
    topic rather than reporting a happening: after "this"/"these"/"those" ("steal this
    victory"), a standing arrangement named again ("the deal requires approval", "its
    offer was fair", "join that agreement"), as a definite object right after a verb
    ("condemned the killings", "rejected the deal"), or as an intention with "to" and a
    verb ("a decision to keep the fleet flying": the event is keeping)."""
    prev = lower[i - 1] if i > 0 else ""
    if prev in word_class("demonstrative"):
        return True
    if lower[i] in word_class("standing_noun") and (
        _standing_back(tokens, lower, i) or _that_standing(tokens, lower, i)
    ):
        return True
    if (
        i >= 2
        and prev in word_class("definite")
        and _verb_like(tokens[i - 2].text, lower[i - 2])
        and not _placed(tokens, lower, i)
    ):
        return True
    return (
        lower[i] in word_class("intent_noun")
        and i + 2 < len(lower)
        and lower[i + 1] == "to"
        and tokens[i + 2].text.isalpha()
        and tokens[i + 2].text.islower()
        and lower[i + 2] not in word_class("det")
    )


def _standing_back(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Whether the standing noun at ``i`` ("deal", "talks", "offer") points back at an
    arrangement already made or begun: "the" or a possessive determiner before it (one
    modifier between at most: "the revised offer"), and nothing after it that says what
    it holds or who takes part ("the offer of a 5% rise", "the talks between them") or
    where it is ("the talks in Doha")."""
    j = i - 1
    if j >= 1 and _modifier_word(tokens[j].text, lower[j]):
        j -= 1
    if j < 0 or lower[j] not in word_union("definite", "possessive_det"):
        return False
    after = lower[i + 1] if i + 1 < len(lower) else ""
    return after not in word_class("standing_tail") and not _placed(tokens, lower, i)


def _that_standing(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """Whether "that" before the singular standing noun at ``i`` points back at it
    ("refused to join that agreement", "how fragile that deal had been"), not a reported
    clause ("said that deals ...", a plural; or after a reporting verb)."""
    if i < 2 or lower[i - 1] != "that" or lower[i].endswith("s"):
        return False
    before = lower[i - 2]
    return before not in word_class("reporting") and tokens[i - 2].text.isalpha()


def _modifier_word(text: str, low: str) -> bool:
    """A lower-case content word that may stand between a determiner and its noun
    ("the revised offer", "the peace talks")."""
    return _verb_like(text, low) and low not in word_class("reporting")


def _placed(tokens: Sequence[Token], lower: Sequence[str], i: int) -> bool:
    """ "attended the ceremony in London": a noun given its own place is a happening."""
    return (
        i + 2 < len(lower)
        and lower[i + 1] in word_class("place_prep")
        and is_capitalised(tokens[i + 2].text)
    )


def _verb_like(text: str, low: str) -> bool:
    """A lower-case word that is no function word: in news copy before "the" + a noun,
    mostly a verb taking it as its object ("welcomed the decision")."""
    return (
        text.isalpha()
        and text.islower()
        and low not in word_union("det", "prep", "clause", "quantifier", "pronoun", "aux", "adverb")
    )


def _measured(before: Found, i: int, trigger: Trigger, as_noun: bool) -> bool:
    """Whether ``before`` is a plural economic noun right before a verb of rising or
    falling ("sales fell", "exports rose"): the measure that moved ("this week's storms
    rose to 64" is another matter)."""
    return (
        before.as_noun
        and before.kind == "plural"
        and before.trigger.type is EventType.ECONOMIC
        and before.last == i - 1
        and not as_noun
        and trigger.undergoer
        and trigger.type is EventType.ECONOMIC
    )
