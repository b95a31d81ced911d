"""Clauses and participants of an event, read from a sentence's tokens without a parser.

A sentence is cut into clauses at punctuation and subordinating words; an event's
participants are the noun phrases around its trigger: the subject before a verb (the
agent, or the patient when the verb is passive), the object after it, "by X" (agent),
"to X" (recipient) and "with X" (other); for an event noun, "X's attack", "attack by X",
"attack on X". Every scan is bounded to a few tokens, so the whole stage stays linear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from newsfacts.document import Token
from newsfacts.extractors._events_lexicon import word_class
from newsfacts.extractors._events_triggers import Found, is_capitalised, possessive
from newsfacts.models import EventType, ParticipantRole

__all__ = ["Arg", "SentenceView", "clauses", "participants"]

_MAX_PHRASE = 8
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


def clauses(lower: Sequence[str], verbs: frozenset[int]) -> list[int]:
    """The clause number of every token; boundary tokens get -1.

    "and" and "or" end a clause only before a verb ("walked off the job and halted the
    loading"), not inside a phrase ("Rotterdam and Antwerp").
    """
    clause_words = word_class("clause") - _COORDINATING
    out: list[int] = []
    current = 0
    for i, word in enumerate(lower):
        if (
            word in _CLAUSE_MARKS
            or word in clause_words
            or (word in _COORDINATING and i + 1 in verbs)
        ):
            out.append(-1)
            if i == 0 or out[i - 1] != -1:
                current += 1
        else:
            out.append(current)
    return out


def _stop(view: SentenceView, i: int) -> bool:
    """Whether token ``i`` cannot be part of a participant's noun phrase."""
    word = view.lower[i]
    if i in view.blocked or i in view.verbs:
        return True
    if not word[:1].isalnum():
        return True
    return word in _hard_stops()


@cache
def _hard_stops() -> frozenset[str]:
    return (
        word_class("clause")
        | word_class("aux")
        | word_class("reporting")
        | word_class("pronoun")
        | (word_class("prep") - {"of"})
        | {"to"}
    )


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


def _prep_inside_phrase(view: SentenceView, i: int) -> bool:
    """A preposition that is really a quantifier: "about 40", "up to 10", "over 300"."""
    word = view.lower[i]
    if word not in word_class("quantifier"):
        return False
    n = len(view.lower)
    j = i + 1
    if word == "up" and j < n and view.lower[j] == "to":
        j += 1
    return j < n and _is_number(view.lower[j])


def _phrase_right(view: SentenceView, start: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``start``, running right (``of`` continues it)."""
    n = len(view.lower)
    end = start
    while end < n and end - start < _MAX_PHRASE:
        if _stop(view, end) and not _prep_inside_phrase(view, end):
            if not (view.lower[end] in _COORDINATING and _joins_names(view, end)):
                break
        end += 1
    while end > start and view.lower[end - 1] == "of":
        end -= 1
    return (start, end) if _has_content(view, start, end) else None


def _phrase_left(view: SentenceView, end: int, nested: bool = False) -> tuple[int, int] | None:
    """The noun phrase ending just before ``end``, running left."""
    start = end
    while start > 0 and end - start < _MAX_PHRASE:
        i = start - 1
        word = view.lower[i]
        if word in _COORDINATING and _joins_names(view, i):
            start -= 1
            continue
        if _stop(view, i) and not _prep_inside_phrase(view, i):
            if (
                not nested
                and word in word_class("prep")
                and start < end
                and i > 0
                and not _stop(view, i - 1)
            ):
                # "workers at the port walked": the phrase is the one before "at".
                inner = _phrase_left(view, i, nested=True)
                if inner is not None:
                    return inner
            break
        start -= 1
    while start < end and view.lower[start] == "of":
        start += 1
    return (start, end) if _has_content(view, start, end) else None


def _joins_names(view: SentenceView, i: int) -> bool:
    """An "and" between two capitalised words ("Russia and Ukraine")."""
    toks = view.tokens
    return (
        0 < i < len(toks) - 1
        and is_capitalised(toks[i - 1].text)
        and is_capitalised(toks[i + 1].text)
    )


def _has_content(view: SentenceView, start: int, end: int) -> bool:
    skip = word_class("det") | word_class("quantifier")
    return any(
        view.lower[k][:1].isalpha() and view.lower[k] not in skip for k in range(start, end)
    )


def _appositive(view: SentenceView, comma: int) -> tuple[int, int] | None:
    """", Jens Albrecht, warned": the capitalised name between two commas."""
    k = comma - 1
    while k >= 0 and comma - k <= 5 and view.lower[k] != ",":
        if not is_capitalised(view.tokens[k].text) or not view.lower[k][:1].isalpha():
            return None
        k -= 1
    if k < 0 or view.lower[k] != "," or k == comma - 1:
        return None
    return (k + 1, comma)


def _subject(view: SentenceView, index: int) -> tuple[tuple[int, int] | None, bool, bool]:
    """The subject phrase of the verb at ``index``, whether the verb is passive, and
    whether the subject is a pronoun (its phrase is then that one token)."""
    skip = word_class("aux") | word_class("adverb")
    be = word_class("be")
    passive = False
    j = index - 1
    saw_to = False
    while j >= 0 and (view.lower[j] in skip or (view.lower[j] == "to" and not saw_to)):
        if view.lower[j] in be:
            passive = True
        saw_to = saw_to or view.lower[j] == "to"
        j -= 1
    if j < 0:
        return None, passive, False
    if view.lower[j] in word_class("pronoun"):
        return (j, j + 1), passive, True
    if view.lower[j] == ",":
        return _appositive(view, j), passive, False
    return _phrase_left(view, j + 1), passive, False


def _after(view: SentenceView, start: int, words: frozenset[str]) -> tuple[str, int] | None:
    """The first of ``words`` within a few tokens after ``start``, before any clause edge."""
    n = len(view.lower)
    for k in range(start, min(n, start + _MAX_GAP)):
        word = view.lower[k]
        if word in words:
            return word, k
        if word in _CLAUSE_MARKS or word in word_class("clause") or k in view.verbs:
            return None
    return None


def participants(
    view: SentenceView,
    found: Found,
    inherited: Arg | None,
    pronoun: Callable[[int], Arg | None],
) -> tuple[list[Arg], Arg | None]:
    """The participants' phrases of one event, and the agent later verbs may share.

    ``inherited`` is the agent of the previous verb in the sentence, used when this verb
    has no subject of its own ("walked off the job, halting the loading...");
    ``pronoun(i)`` turns a pronoun at token ``i`` into an argument, or None.
    """
    if found.as_noun:
        return _noun_args(view, found), None
    args: list[Arg] = []
    passive_kind = found.kind == "ed"
    subject, passive, is_pronoun = _subject(view, found.index)
    passive = passive and passive_kind
    subject_role = ParticipantRole.PATIENT if passive else ParticipantRole.AGENT
    agent: Arg | None = None
    if subject is not None:
        arg = (
            pronoun(subject[0])
            if is_pronoun
            else Arg(subject[0], subject[1], ParticipantRole.AGENT)
        )
        if arg is not None:
            agent = Arg(arg.start, arg.end, subject_role)
    elif inherited is not None and not passive:
        agent = inherited
    if agent is not None:
        args.append(agent)
    after = found.last + 1
    while after < len(view.lower) and view.lower[after] in word_class("adverb"):
        after += 1
    if passive:
        hit = _after(view, after, frozenset({"by"}))
        if hit is not None and (phrase := _phrase_right(view, hit[1] + 1)) is not None:
            args.append(Arg(phrase[0], phrase[1], ParticipantRole.AGENT))
    elif not found.trigger.intransitive and after < len(view.lower):
        if view.lower[after] in word_class("pronoun") | {"him", "her", "them", "us", "me"}:
            pass
        elif (phrase := _phrase_right(view, after)) is not None and not _is_number(
            view.lower[phrase[0]]
        ):
            args.append(Arg(phrase[0], phrase[1], ParticipantRole.PATIENT))
    _extra_args(view, found, after, args)
    share = agent if agent is not None and agent.role is ParticipantRole.AGENT else None
    return args, share


def _extra_args(view: SentenceView, found: Found, after: int, args: list[Arg]) -> None:
    """ "to X" for a recipient, "with X" for a partner, when the trigger takes them."""
    wanted: set[str] = set()
    if found.trigger.recipient_to:
        wanted.add("to")
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
    if phrase is None or phrase in taken or _is_number(view.lower[phrase[0]]):
        return
    role = ParticipantRole.RECIPIENT if hit[0] == "to" else ParticipantRole.OTHER
    args.append(Arg(phrase[0], phrase[1], role))


def _noun_args(view: SentenceView, found: Found) -> list[Arg]:
    """ "Russia's invasion of Ukraine", "an attack by rebels on a convoy", "talks with X"."""
    args: list[Arg] = []
    i = found.index
    k = i - 1
    det = word_class("det")
    while k >= 0 and i - k <= 3 and view.lower[k] in det:
        k -= 1
    if k >= 0 and possessive(view.tokens[k].text) and k not in view.blocked:
        phrase = _phrase_left(view, k + 1)
        if phrase is not None:
            args.append(Arg(phrase[0], phrase[1], ParticipantRole.AGENT))
    elif k == i - 1 and k >= 0 and _modifier_name(view, k):
        start = k
        while start > 0 and i - start < 4 and _modifier_name(view, start - 1):
            start -= 1
        args.append(Arg(start, i, ParticipantRole.AGENT))
    kind = found.trigger.type
    roles = {"by": ParticipantRole.AGENT, "with": ParticipantRole.OTHER}
    if kind in (EventType.CONFLICT, EventType.MILITARY, EventType.LEGAL):
        roles["on"] = roles["against"] = ParticipantRole.PATIENT
    if kind not in (EventType.DIPLOMACY, EventType.STATEMENT, EventType.ECONOMIC):
        roles["of"] = ParticipantRole.PATIENT
    if kind is EventType.DIPLOMACY:
        roles["between"] = ParticipantRole.OTHER
    j = found.last + 1
    if j < len(view.lower) and view.lower[j] in roles:
        phrase = _phrase_right(view, j + 1)
        if phrase is not None and not _is_number(view.lower[phrase[0]]):
            args.append(Arg(phrase[0], phrase[1], roles[view.lower[j]]))
    return args


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
