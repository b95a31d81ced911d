"""Helpers shared by the events tests: run the events stage (alone, or the whole pipeline)
on a text, pick an event, read its participants."""

from __future__ import annotations

import newsfacts
from newsfacts.document import Document
from newsfacts.extractors.events import newsfacts_events
from newsfacts.models import Article, Event, Facts, Span, TimeExpression


def span_of(text: str, phrase: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence (from 0) of ``phrase`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return Span(at, at + len(phrase))


def run(text: str, *times: TimeExpression, **article: object) -> list[Event]:
    """The events stage on ``text`` alone, given ``times`` and ``article`` fields."""
    facts = Facts(article=Article(text=text, **article), times=times)  # type: ignore[arg-type]
    found = newsfacts_events(document=Document(text), facts=facts)
    # Whatever is returned must make a valid Facts with the same text.
    Facts(article=facts.article, events=tuple(found))
    return found


def extract_events(text: str, published: str) -> list[Event]:
    """The events of ``text`` from the whole pipeline, published on ``published``."""
    return list(newsfacts.extract(text, published=published).events)


def datelined(text: str, dateline: str, *times: TimeExpression) -> list[Event]:
    """``run`` with ``dateline`` (a phrase of ``text``) as the article's dateline."""
    return run(text, *times, dateline=dateline, dateline_span=span_of(text, dateline))


def by_trigger(events: list[Event], trigger: str) -> Event:
    matches = [e for e in events if e.trigger == trigger]
    assert matches, f"no event {trigger!r} in {[e.trigger for e in events]}"
    return matches[0]


def roles(event: Event) -> set[tuple[str, str]]:
    """(name, role) of every participant (roles compare equal to their strings)."""
    return {(p.name, p.role) for p in event.participants}


def participant_names(event: Event, role: str) -> list[str]:
    """The names of the participants in ``role``, in order."""
    return [p.name for p in event.participants if p.role == role]


def trigger_words(events: list[Event]) -> list[str]:
    return [e.trigger for e in events]


def names_in(text: str, trigger: str, role: str, published: str = "2025-04-02") -> list[str]:
    """The names in ``role`` of the event ``trigger`` that the whole pipeline finds."""
    return participant_names(by_trigger(extract_events(text, published), trigger), role)


def place_of(text: str, trigger: str, published: str = "2025-04-02") -> str | None:
    """The place of the event ``trigger`` that the whole pipeline finds."""
    return by_trigger(extract_events(text, published), trigger).place
