"""newsfacts-casualties: casualty and displacement figures as event attributes.

An example third-party plugin for newsfacts. It implements the last hook,
:func:`newsfacts_refine`: once every stage has run, it reads each counted quantity
("more than 40 people", "15") together with the words around it in its sentence, and
when those words say what happened to the people counted ("were killed", "killing",
"were displaced", "a death toll of"), it records the figure on the event reported in
that sentence, as attributes:

=============================  ==========================================================
``casualties.<category>``      the figure (the largest, if the sentence gives several)
``casualties.<category>_qualifier``  "at_least", "more_than", ... when the text hedges it
=============================  ==========================================================

with ``<category>`` one of ``killed``, ``injured``, ``missing``, ``displaced`` and
``evacuated``. The quantity itself is added to the event's quantities, so its span is
at hand. The cue words are data (``cues.txt`` in this package), not code.

Patterns it shows: a refine hook that returns a changed copy made with
:func:`attrs.evolve`; reading what earlier stages found (quantities, events); using
:class:`newsfacts.Document`'s shared views (sentences, tokens) instead of re-reading the
text; shipping a word list as package data.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import NamedTuple

import attrs
from newsfacts import Document, Event, Facts, Quantity, Span, hookimpl

__all__ = ["CATEGORIES", "Figure", "figures", "newsfacts_refine"]

CATEGORIES = ("killed", "injured", "missing", "displaced", "evacuated")
PREFIX = "casualties."
# How far from the number a cue may stand, in tokens: "two people were killed" (3
# after); before it, only link words may come between ("a death toll rose to 45").
AFTER_WINDOW = 5
BEFORE_WINDOW = 3
# Event types a casualty figure can belong to; a strike ("walked off") or an
# economic event does not take one.
EVENT_TYPES = frozenset({"conflict", "military", "movement", "other"})


class Figure(NamedTuple):
    """One casualty figure: the quantity, what happened to those counted, the cue word."""

    quantity: Quantity
    category: str
    cue: str


@cache
def _cues() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(words after the number, words before it) -> category, and the link words."""
    after: dict[str, str] = {}
    before: dict[str, str] = {}
    links: set[str] = set()
    text = resources.files(__name__).joinpath("cues.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, category, where = line.split()
        word = word.lower()
        if category == "link":
            links.add(word)
        elif category not in CATEGORIES or where not in ("after", "before", "both"):
            raise ValueError(f"cues.txt: bad line {line!r}")
        if where in ("after", "both"):
            after[word] = category
        if where in ("before", "both"):
            before[word] = category
    return after, before, frozenset(links)


def _is_count(quantity: Quantity) -> bool:
    """A count of things (no unit of measure, no currency, no percentage), above zero."""
    return quantity.unit is None and quantity.value > 0 and quantity.value == int(quantity.value)


def figures(document: Document, quantities: Iterable[Quantity]) -> list[Figure]:
    """The casualty figures among ``quantities``: counts with a cue word near them."""
    after, before, links = _cues()
    tokens = document.tokens
    counts = [q for q in quantities if _is_count(q)]
    number_starts = {document.token_index(q.span.start) for q in counts}
    out: list[Figure] = []
    for quantity in counts:
        sentence = document.sentence_at(quantity.span.start)
        if sentence is None:
            continue
        first = document.token_index(quantity.span.start)
        last = document.token_index(quantity.span.end)  # first token after the number
        found = None
        # Right before the number, link words aside: "killed 12", "a death toll of 45".
        for i in range(first - 1, max(first - 1 - BEFORE_WINDOW, -1), -1):
            token = tokens[i]
            word = token.text.lower()
            if token.start < sentence.start:
                break
            if word in before:
                found = (before[word], token.text)
                break
            if word not in links:
                break
        # After it, within a few words: "two people were killed", "12 dead".
        for i in range(last, min(last + AFTER_WINDOW, len(tokens))):
            if found is not None:
                break
            token = tokens[i]
            if token.start >= sentence.end or (i in number_starts and i != first):
                break  # the sentence ends, or another number takes what follows
            if token.text.lower() in after:
                found = (after[token.text.lower()], token.text)
        if found is not None:
            out.append(Figure(quantity, *found))
    return out


def _events_by_sentence(events: list[Event], document: Document) -> dict[Span, list[int]]:
    """The casualty-type events overlapping each sentence, gathered once per article so
    that matching figures to events stays linear in the article."""
    sentences = document.sentences
    starts = [s.start for s in sentences]
    out: dict[Span, list[int]] = {}
    for i, event in enumerate(events):
        if event.type not in EVENT_TYPES:
            continue
        first = max(bisect.bisect_right(starts, event.span.start) - 1, 0)
        last = bisect.bisect_left(starts, event.span.end)
        for sentence in sentences[first:last]:
            if event.span.overlaps(sentence):
                out.setdefault(sentence, []).append(i)
    return out


def _event_for(
    figure: Figure, events: list[Event], by_sentence: dict[Span, list[int]], document: Document
) -> int | None:
    """The index of the event a figure belongs to: same sentence, best match first."""
    sentence = document.sentence_at(figure.quantity.span.start)
    candidates = by_sentence.get(sentence, []) if sentence is not None else []
    for i in candidates:  # the cue is the event's trigger ("killed")
        if events[i].trigger.lower() == figure.cue.lower():
            return i
    for i in candidates:  # the event already counts this quantity
        if figure.quantity in events[i].quantities:
            return i
    if not candidates:
        return None
    start = figure.quantity.span.start
    return min(candidates, key=lambda i: abs(events[i].trigger_span.start - start))


@hookimpl
def newsfacts_refine(document: Document, facts: Facts) -> Facts | None:
    """Record casualty figures on the events they belong to."""
    events = list(facts.events)
    found = figures(document, facts.quantities)
    if not events or not found:
        return None
    best: dict[tuple[int, str], Quantity] = {}
    by_sentence = _events_by_sentence(events, document)
    for figure in found:
        index = _event_for(figure, events, by_sentence, document)
        if index is None:
            continue
        key = (index, figure.category)
        if key not in best or figure.quantity.value > best[key].value:
            best[key] = figure.quantity
    if not best:
        return None
    per_event: dict[int, list[tuple[str, Quantity]]] = {}
    for (index, category), quantity in sorted(best.items()):
        per_event.setdefault(index, []).append((category, quantity))
    for index, recorded in per_event.items():
        event = events[index]
        attributes = dict(event.attributes)
        quantities = list(event.quantities)
        for category, quantity in recorded:
            attributes[PREFIX + category] = int(quantity.value)
            if quantity.qualifier is not None:
                attributes[f"{PREFIX}{category}_qualifier"] = str(quantity.qualifier)
            if quantity not in quantities:
                quantities.append(quantity)
        quantities.sort(key=lambda q: (q.span.start, q.span.end))
        events[index] = attrs.evolve(event, attributes=attributes, quantities=quantities)
    return attrs.evolve(facts, events=events)
