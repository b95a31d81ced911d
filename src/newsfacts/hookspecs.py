"""The plugin contract: one hook per pipeline stage.

A plugin is any object (usually a module) with functions named after these hooks and
marked with :data:`newsfacts.hookimpl`. An implementation may accept any subset of a
hook's arguments, by name. The stages run in this order for every article:

1. :func:`newsfacts_article` reads the article's metadata and marks out boilerplate;
2. :func:`newsfacts_times` finds time expressions;
3. :func:`newsfacts_quantities` finds quantities;
4. :func:`newsfacts_claims` finds claims and their speakers;
5. :func:`newsfacts_events` finds events, and :func:`newsfacts_resolve_place` is asked
   about each place they name;
6. :func:`newsfacts_refine` may adjust the whole result.

Each stage sees, in ``facts``, what the stages before it found; what it returns is
checked by the pipeline (types, spans inside the text) before it is kept. Facts whose
spans fall in boilerplate are dropped. An implementation that raises is reported in
:attr:`Facts.problems <newsfacts.Facts.problems>` under its plugin's name, and the other
plugins' facts are kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from newsfacts.document import Document
    from newsfacts.models import Article, Claim, Event, Facts, Place, Quantity, TimeExpression

__all__ = [
    "hookimpl",
    "hookspec",
    "newsfacts_article",
    "newsfacts_claims",
    "newsfacts_events",
    "newsfacts_quantities",
    "newsfacts_refine",
    "newsfacts_resolve_place",
    "newsfacts_times",
]

PROJECT = "newsfacts"

hookspec = pluggy.HookspecMarker(PROJECT)
#: Mark a function as the implementation of a newsfacts hook.
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec(firstresult=True)
def newsfacts_article(document: Document) -> Article | None:
    """Read the article's metadata: title, byline, dateline, credits, publication date.

    Called once per article, first of all stages.

    :param document: the article's text and the views shared by all stages;
        ``document.published`` is the date the caller gave and ``document.metadata`` any
        metadata that came with the text.
    :return: an :class:`~newsfacts.Article` for ``document.text``, or ``None`` to leave
        the decision to the next plugin. The first non-``None`` answer is used; with no
        answer the article has only its text and the date the caller gave.
    """


@hookspec
def newsfacts_times(document: Document, facts: Facts) -> Iterable[TimeExpression] | None:
    """Find the time expressions of the article.

    Called once per article, after :func:`newsfacts_article`.

    :param document: the article's text and shared views.
    :param facts: what earlier stages found; ``facts.article.published`` is the date
        relative expressions are resolved against (``None`` when unknown).
    :return: the time expressions found, in any order, or ``None`` for none. The
        answers of all plugins are merged.
    """


@hookspec
def newsfacts_quantities(document: Document, facts: Facts) -> Iterable[Quantity] | None:
    """Find the numbers that count or measure something.

    Called once per article, after :func:`newsfacts_times`, so that spans already owned
    by a time expression (``facts.times``) can be left alone.

    :param document: the article's text and shared views.
    :param facts: what earlier stages found: the article and its times.
    :return: the quantities found, or ``None`` for none. All plugins' answers are merged.
    """


@hookspec
def newsfacts_claims(document: Document, facts: Facts) -> Iterable[Claim] | None:
    """Find who said what: direct quotes, reported speech and their speakers.

    Called once per article, after :func:`newsfacts_quantities`.

    :param document: the article's text and shared views.
    :param facts: what earlier stages found: the article, its times and quantities.
    :return: the claims found, or ``None`` for none. All plugins' answers are merged.
    """


@hookspec
def newsfacts_events(document: Document, facts: Facts) -> Iterable[Event] | None:
    """Find the reported happenings: who did what to whom, when, where, how many.

    Called once per article, after :func:`newsfacts_claims`, so that events can take
    their time, quantities and reporting speaker from what was already found.

    :param document: the article's text and shared views.
    :param facts: what earlier stages found: article, times, quantities and claims.
    :return: the events found, or ``None`` for none. All plugins' answers are merged.
    """


@hookspec(firstresult=True)
def newsfacts_resolve_place(name: str, document: Document) -> Place | None:
    """Resolve a place name to a gazetteer entry (country, coordinates).

    Called after :func:`newsfacts_events`, once per distinct place name found in the
    article's events that has no :attr:`~newsfacts.Event.location` yet.

    :param name: the place as the article names it ("Hamburg", "the Gaza Strip").
    :param document: the article, for context (its dateline, say).
    :return: a :class:`~newsfacts.Place`, or ``None`` when this gazetteer does not know
        the name. The first non-``None`` answer is used.
    """


@hookspec
def newsfacts_refine(document: Document, facts: Facts) -> Facts | None:
    """Adjust the whole result after every stage has run.

    Called once per article, last. Implementations run one after another, each seeing
    the result of the one before; use :func:`attrs.evolve` to return a changed copy.

    :param document: the article's text and shared views.
    :param facts: the complete result so far.
    :return: a replacement :class:`~newsfacts.Facts` for the same text, or ``None`` to
        keep ``facts`` as it is.
    """
