"""The tense of the clause around a time expression: past, future or unknown.

A weekday, a month or a season named without a year is pinned by it: "said on Friday" is
the last Friday, "will meet on Friday" the next one. The cue nearest the expression in
its sentence wins: auxiliaries and listed forms (``data/time_future_cues.txt``,
``data/time_past_cues.txt``) at their distance, a bare "-ed" word (perhaps an adjective)
as if a little further away, and any cue across a clause break much further. A verb of
a timetable in the present tense ("the strike begins on Monday"; see
``data/time_schedule_verbs.txt``) points ahead, the present perfect ("prices have come
down") back, and with no cue at all "from Monday", "starting in May" and "until Sunday"
point ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import chain

from newsfacts.document import Document, Token
from newsfacts.extractors._timegrammar import Candidate
from newsfacts.extractors._timelex import table, word_class
from newsfacts.extractors._timenorm import FUTURE, PAST, UNKNOWN
from newsfacts.extractors._tokens import lower_tokens
from newsfacts.lexicons import lexicon

__all__ = ["direction_of"]

# How far (in tokens) a tense cue may be from the expression and still count.
_CUE_REACH = 12
# A participle after these is passive or infinitive, not a past tense ("will be held").
_NOT_PAST_BEFORE = word_class("not_past_before")
# Months and dates named without a year: a weak cue must be close to move them.
_YEARLESS = frozenset({"month", "cal", "season"})
# How much further away a bare "-ed" word counts than an auxiliary or a listed form.
_WEAK_CUE = 3
# Present-tense copulas: a schedule ("the vote is on Friday").
_PRESENT = word_class("present")
_PRESENT_CUE = 2  # a direction of its own while cues are compared
_PRESENT_REACH = 2
_ENDS = frozenset({".", "!", "?"})
# A comma often starts another clause; a semicolon, colon, quote or bracket surely does.
_COMMA_PENALTY = 4
_COORDINATORS = word_class("coordinators")
# Kinds that, right after a verb of telling, name the day it was told ("said Friday").
_TOLD_ON = frozenset({"wday", "rday"})
_CLAUSE_BREAKS = frozenset({";", ":", "“", "”", '"', "(", ")"})


def direction_of(document: Document, cand: Candidate) -> int:
    """Past, future or unknown, from the tense cue nearest the expression in its sentence.

    Auxiliaries and listed past forms ("will", "said") count at their distance; a bare
    "-ed" word (which may be an adjective or a participle) counts as a little further away;
    a present-tense copula right before the expression ("the vote is on Friday") points
    ahead. A possessive weekday ("Friday's ruling") names a day already past; "since"
    points back and "by" (a deadline) ahead.
    """
    tokens = document.tokens
    low = lower_tokens(document)
    possessive = tokens[cand.end - 1].text[-2:] in {"'s", "’s"}
    if cand.sem.kind == "wday" and cand.sem.mod is None and possessive:
        return PAST
    before = low[cand.start - 1] if cand.start > 0 else ""
    if before == "since":
        return PAST
    if before == "by":
        return FUTURE  # a deadline: "expected by Wednesday"
    # The window: up to _CUE_REACH tokens each side, stopping at a sentence's end (read
    # off a slice of words at a time, not word by word).
    left = low[max(cand.start - _CUE_REACH, 0) : cand.start]
    lo = cand.start - len(left)
    if not _ENDS.isdisjoint(left):
        lo += 1 + max(k for k, w in enumerate(left) if w in _ENDS)
    right = low[cand.end : cand.end + _CUE_REACH]
    hi = cand.end + len(right)
    if not _ENDS.isdisjoint(right):
        hi = cand.end + next(k for k, w in enumerate(right) if w in _ENDS)
    future = lexicon("time_future_cues")
    past = lexicon("time_past_cues")
    schedule = lexicon("time_schedule_verbs")
    forecast = lexicon("time_forecast_cues")
    best: tuple[int, int] | None = None  # (distance, direction)
    # "moved to price in a cut in June": the expression sits in an infinitive clause
    infinitive = _infinitive_between(tokens, lo, cand.start)
    cues = _cue_starts()
    telling = lexicon("time_telling_verbs")
    # Only where a cue starts (a listed first word, or a bare "-ed" word): at any other
    # word every test below would fail.
    starts = [
        i
        for i in chain(range(lo, cand.start), range(cand.end, hi))
        if (w := low[i]) in cues or (w.endswith("ed") and tokens[i].text.endswith("ed"))
    ]
    for i in starts:
        raw = tokens[i].text
        word = low[i]
        penalty = 0
        pair = f"{word} {low[i + 1]}" if i + 1 < hi else ""
        triple = f"{pair} {low[i + 2]}" if i + 2 < hi else ""
        after_be = i > 0 and low[i - 1] in _NOT_PAST_BEFORE
        if word in _MODALS and pair.endswith(" have"):
            continue  # "would have gone", "could have won": no future
        if i == cand.start - 1 and cand.sem.kind not in _TOLD_ON and word in telling:
            continue  # "said Black Friday would be critical": the reported clause decides
        if word in future or pair in future or triple in future:
            found = FUTURE
        elif i < cand.start and (word in forecast or pair in forecast):
            found = FUTURE  # "growth should pick up in the second half"
        elif (word in schedule or pair in schedule or triple in schedule) and not (
            _after_determiner(tokens, i)
            or (i > 0 and low[i - 1] in _NOT_NOW)
            or (word in _SCHEDULE_NEAR and not _schedule_ahead(low, i, cand))
        ):
            found, penalty = FUTURE, 1  # a timetable: "the strike begins on Monday"
        elif word in _PERFECT and i + 1 < hi and _perfect_participle(tokens[i + 1].text):
            found = PAST  # "prices have come down", "has risen"
        elif word in _PRESENT and not (i + 1 < hi and _past_participle(tokens[i + 1].text)):
            found = _PRESENT_CUE  # "the vote is on Friday" (not "is expected", "was")
        elif word in past and not after_be and not _after_determiner(tokens, i):
            found = PAST
        elif _past_participle(raw) and not after_be:
            found, penalty = PAST, _WEAK_CUE
            if cand.sem.kind in _YEARLESS and abs(i - cand.start) > _WEAK_CUE:
                continue  # a far "-ed" word does not move a month to last year
            if _in_infinitive_clause(tokens, low, lo, i):
                continue  # "to keep the government funded through September": no past
        else:
            continue
        if found == PAST and i < cand.start and _infinitive_between(tokens, i + 1, cand.start):
            continue  # "moved to price in a cut in June": the June is ahead of the moving
        distance = (cand.start - i if i < cand.start else i - cand.end + 1) + penalty
        # A clause break between cue and expression weakens the cue. (Marks are the same
        # in lower case.)
        between = low[i + 1 : cand.start] if i < cand.start else low[cand.end : i]
        if infinitive and i >= cand.end and "," in between:
            continue  # a past tense in the next clause does not reach into the infinitive
        if not _CLAUSE_BREAKS.isdisjoint(between):
            distance += _CUE_REACH
        elif "," in between or not _COORDINATORS.isdisjoint(between):
            # likely another clause ("will start on Friday and said ..."), but often the
            # same sentence
            distance += _COMMA_PENALTY
        if best is None or distance < best[0]:
            best = (distance, found)
    if best is None:
        # "from Monday", "starting in May", "until Sunday", with no tense to go by: ahead
        lead = before
        if before in {"in", "on"} and cand.start > 1:
            lead = low[cand.start - 2]  # "starting in May"
        if lead == "from" and cand.sem.kind != "wday":
            return UNKNOWN  # "down from the middle of October": a starting point, not ahead
        return FUTURE if lead in _FROM_NOW else UNKNOWN
    if best[1] == _PRESENT_CUE and cand.sem.kind in {"quarter", "half"}:
        return UNKNOWN  # "sales in the fourth quarter are up": results, not a plan
    if best[1] == _PRESENT_CUE:
        # A day a present-tense copula points at is to come ("the vote is on Friday");
        # further off, the copula belongs to another clause.
        return FUTURE if best[0] <= _PRESENT_REACH else UNKNOWN
    return best[1]


@cache
def _cue_starts() -> frozenset[str]:
    """The words a tense cue can start with, a bare "-ed" word aside: the listed cues (a
    cue of several words by its first word), modals, "has"/"have" and copulas."""
    words = set(_MODALS | _PERFECT | _PRESENT)
    for name in ("time_future_cues", "time_past_cues", "time_schedule_verbs", "time_forecast_cues"):
        words.update(entry.split(" ", 1)[0] for entry in lexicon(name))
    return frozenset(words)


# Modals that look back when "have" follows them.
_MODALS = word_class("modals")
# Words right before a day or month that, with no tense cue, point ahead.
_FROM_NOW = word_class("from_now")

# Before a timetable verb, these make it no present tense ("let the attack begin",
# "did not meet", "agreed to meet").
_NOT_NOW = word_class("not_now")
# Timetable verbs that as often tell of a state or a stretch ("cleanup continues after the
# storm on Sunday", "close to 100"): a cue only just before the expression.
_SCHEDULE_NEAR = word_class("schedule_near")
_SCHEDULE_GAP_BREAKS = word_class("schedule_gap_breaks")
_SCHEDULE_GAP = 5  # words at most between such a verb and its day or month


def _schedule_ahead(low: Sequence[str], i: int, cand: Candidate) -> bool:
    """Whether the timetable verb at ``i`` governs ``cand``: near, before it with no
    preposition of a noun's phrase between ("the polls close on Sunday", not "continue
    into the crash in May" or "close to 100 after quake on Sunday"), or after it past a
    comma ("On Sunday at 3 p.m., the polls close", not "the storm on Sunday continues")."""
    if i > cand.start:
        after = low[cand.end : i]
        return len(after) <= _SCHEDULE_GAP and "," in after
    gap = low[i + 1 : cand.start]
    return len(gap) <= _SCHEDULE_GAP and _SCHEDULE_GAP_BREAKS.isdisjoint(gap)


# The present perfect looks back: "prices have come down since March".
_PERFECT = word_class("perfect")
# Irregular participles after "has"/"have": "has risen", "have fallen".
_IRREGULAR_PARTICIPLES = word_class("irregular_participles")


def _perfect_participle(raw: str) -> bool:
    """A participle after "has"/"have": "risen", "come", "fallen", "announced"."""
    word = raw.lower()
    return (
        _past_participle(raw)
        or word in lexicon("time_past_cues")
        or word in _IRREGULAR_PARTICIPLES
        or (len(word) > 4 and word.endswith(("en", "wn")) and raw.islower())
    )


# Nouns often after "to" that are no verbs: "sentenced to prison in June".
_TO_NOUNS = word_class("to_nouns")


def _infinitive_between(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether "to" + a bare verb ("to price", "to hold") stands in tokens ``[lo, hi)``."""
    for k in range(lo, hi - 1):
        if tokens[k].text != "to":
            continue
        verb = tokens[k + 1].text
        if (
            verb.isalpha()
            and verb.islower()
            and not verb.endswith("s")
            and verb not in lexicon("time_function_words")
            and verb not in table("numbers")
            and verb not in _TO_NOUNS
        ):
            return True
    return False


def _in_infinitive_clause(tokens: Sequence[Token], low: Sequence[str], lo: int, i: int) -> bool:
    """Whether the word at ``i`` stands in an infinitive clause opened after ``lo``, with
    no comma or coordinator since: "to keep rates unchanged", not "to leave but stayed".
    A past form there belongs to the infinitive's clause, shifted back in reported speech
    ("likely to buy as soon as trading opened Monday"): it does not date the expression."""
    for k in range(i - 1, lo - 1, -1):
        if low[k] == "," or low[k] in _COORDINATORS:
            return False
        if low[k] == "to" and _infinitive_between(tokens, k, k + 2):
            return True
    return False


_DETERMINERS = word_class("determiners")


def _after_determiner(tokens: Sequence[Token], i: int) -> bool:
    """Whether a past form follows a determiner, so is a noun: "a first cut", "the set".

    "first" alone is an adverb ("lawyers first sought a delay"): it counts only after
    another determiner."""
    if i <= 0:
        return False
    word = tokens[i - 1].text.lower()
    if word == "first":
        return i > 1 and tokens[i - 2].text.lower() in _DETERMINERS
    return word in _DETERMINERS


def _past_participle(raw: str) -> bool:
    """A lower-case "-ed" word ("announced", "agreed"), not "need" or "exceed"."""
    return (
        len(raw) > 4
        and raw.islower()
        and raw.endswith("ed")
        and raw not in lexicon("time_not_past_ed")
    )
