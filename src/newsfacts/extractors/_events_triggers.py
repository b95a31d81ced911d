"""Find event triggers in a sentence: lexicon look-up plus a little context.

There is no part-of-speech tagger: whether "attack" is a verb or a noun is read from the
word before it (a determiner or a number makes it a noun, a pronoun or auxiliary a verb),
which is enough to choose how its participants are looked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsfacts.document import Token
from newsfacts.extractors._events_lexicon import Form, Trigger, form_table, word_class

__all__ = ["Found", "find_triggers", "is_capitalised", "possessive"]


class Found(NamedTuple):
    """A trigger found in a sentence's tokens."""

    index: int  # index of the trigger's first token in the sentence's tokens
    last: int  # index of its last token (the particle, if any)
    trigger: Trigger
    kind: str  # the form seen: base, s, ed, ing, noun, plural
    as_noun: bool  # used as a noun ("the attack") rather than a verb ("attacked")


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def possessive(word: str) -> bool:
    return word.endswith(("'s", "’s")) or word in ("'", "’")


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


_OPENERS = frozenset('"“‘\'«(:—–-')


def _first_word(tokens: Sequence[Token]) -> int:
    """Index of the sentence's first word (after any opening quotes or dashes)."""
    for i, token in enumerate(tokens):
        if token.text[:1].isalnum():
            return i
    return len(tokens)


def _choose(forms: tuple[Form, ...], next_word: str) -> tuple[Form, bool] | None:
    """The entry to use: one whose particle follows, else the first without particles."""
    for form in forms:
        if form.trigger.particles and next_word in form.trigger.particles:
            return form, True
    for form in forms:
        if not form.trigger.particles:
            return form, False
    return None


def _usage(form: Form, prev: str | None, prev_text: str) -> bool | None:
    """True: a noun use; False: a verb use; None: not an event here."""
    trigger, kind = form.trigger, form.kind
    det = word_class("det")
    verb_context = word_class("aux") | word_class("pronoun") | word_class("adverb") | {"to"}
    after_det = prev is not None and (prev in det or possessive(prev) or _is_number(prev))
    if kind in ("noun", "plural"):
        return True
    if kind in ("ed", "ing"):
        if after_det:
            # "the killing" is a noun; "the injured workers" an adjective.
            return True if kind == "ing" and trigger.noun else None
        return False
    # base or -s form
    if prev is not None and prev in verb_context:
        return False if trigger.verb else True
    if trigger.noun:
        return True
    # A verb-only word in its base or -s form is mostly a noun in news copy ("operating
    # costs", "car bomb"): take it only after a name ("Police deny", "Apple sells").
    if kind == "s" and prev is not None and is_capitalised(prev_text) and prev not in det:
        return False
    return None


def find_triggers(tokens: Sequence[Token]) -> list[Found]:
    """Every trigger among one sentence's tokens, left to right."""
    table = form_table()
    out: list[Found] = []
    i = 0
    n = len(tokens)
    first = _first_word(tokens)
    while i < n:
        word = tokens[i].text
        lower = word.lower()
        forms = table.get(lower)
        opens = i == first or (i > 0 and tokens[i - 1].text in _OPENERS)
        if forms is None or (is_capitalised(word) and not opens):
            i += 1
            continue
        if word.isupper() and len(word) > 1:
            i += 1  # an acronym or a shouted headline word
            continue
        next_word = tokens[i + 1].text.lower() if i + 1 < n else ""
        chosen = _choose(forms, next_word)
        if chosen is None:
            i += 1
            continue
        form, with_particle = chosen
        prev_text = tokens[i - 1].text if i > 0 else ""
        as_noun = _usage(form, prev_text.lower() if i > 0 else None, prev_text)
        if as_noun is None:
            i += 1
            continue
        last = i + 1 if with_particle else i
        out.append(Found(i, last, form.trigger, form.kind, as_noun))
        i = last + 1
    return out
