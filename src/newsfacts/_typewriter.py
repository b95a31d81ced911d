"""Typewriter quote conventions read as typeset marks, with every offset unchanged.

Older wire copy, and text that went through LaTeX or some news archives, writes an
opening double quote as two backticks and a closing one as two apostrophes (``like
this''); AP copy of around 2000 opens with two apostrophes as well (''like this''), a
nested quote opens with one backtick, and a dash is a lone underscore between spaces
("all of you _ Americans"). The extractors know typeset marks, so they read a copy of the
text in which each such mark is replaced by a typeset one padded to the same length with
a space: an offset into the copy is the same offset into the text as given, and a fact's
words are taken back from the given text (see ``Extractor.extract``).
"""

from __future__ import annotations

import bisect
import re
from typing import Any, TypeVar

import attrs

from newsfacts.models import Event, Facts, Span, _spans_of

__all__ = ["in_given_words", "typeset"]

_T = TypeVar("_T")

# Two backticks, two apostrophes, one backtick, or an underscore standing alone between
# spaces (or ending a line). Fixed-width alternatives: linear on any input.
_MARK = re.compile(r"``|''|`|(?<= )_(?= |\n|$)")
# Before two apostrophes that open a quote: the start of the text, white space or a mark
# that can stand before an opening quote.
_OPENS_AFTER = frozenset(" \t\n\r([{—–-/:")


def typeset(text: str) -> str:
    """``text`` with typewriter quote marks and underscore dashes replaced, same length.

    Two apostrophes open a quote at the start, after white space or after a mark that can
    stand before an opening quote ("(", "—", ":"...), when anything but white space
    follows, and close one otherwise; a single apostrophe is left alone (it is an apostrophe far
    more often than a quote mark).
    """
    if "`" not in text and "''" not in text and " _" not in text:
        return text  # the common case: nothing to replace, no copy
    pieces: list[str] = []
    last = 0
    for match in _MARK.finditer(text):
        mark = match.group()
        at = match.start()
        if mark == "``":
            new = "“ "
        elif mark == "''":
            before = text[at - 1] if at else " "
            after = text[at + 2] if at + 2 < len(text) else " "
            new = "“ " if before in _OPENS_AFTER and not after.isspace() else "” "
        elif mark == "`":
            new = "‘"
        else:
            new = "—"
        pieces.append(text[last:at])
        pieces.append(new)
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def in_given_words(facts: Facts, given: str) -> Facts:
    """``facts``, read from the typeset copy of ``given``, with the words of ``given``.

    Every ``text`` (and an event's ``trigger``) that is the copy's words at its span
    becomes the given text's words there, in nested facts too. Spans are unchanged, but
    for one that ends on the first character of a two-character mark: it takes both.
    """
    read = facts.article.text
    if read == given:
        return facts
    title, span = facts.article.title, facts.article.title_span
    article = attrs.evolve(
        facts.article,
        text=given,
        title=given[span.start : span.end]
        if span and title == read[span.start : span.end]
        else title,
    )
    # Where marks were replaced: a fact none of whose spans reaches one is left as it is
    # (most facts; walking each one's fields would cost more than the rest of this).
    marks = [m.start() for m in _MARK.finditer(given)]

    def reaches_a_mark(fact: Any) -> bool:
        # (Only an event holds facts with words of their own: its time and quantities.)
        spans = _spans_of(fact) if isinstance(fact, Event) else (fact.span,)
        for span in spans:
            k = bisect.bisect_left(marks, span.start - 1)
            if k < len(marks) and marks[k] <= span.end:
                return True
        return False

    groups = {
        field.name: tuple(
            _words(fact, read, given) if reaches_a_mark(fact) else fact
            for fact in getattr(facts, field.name)
        )
        for field in attrs.fields(Facts)
        if field.name not in ("article", "problems")
    }
    return attrs.evolve(facts, article=article, **groups)


def _words(fact: _T, read: str, given: str) -> _T:
    """One fact (or a nested one) with the given words at its spans."""
    if not attrs.has(type(fact)):
        return fact
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(fact)):  # type: ignore[arg-type]
        value = getattr(fact, field.name)
        if isinstance(value, Span):
            end = value.end
            if read[end - 1 : end] in ("“", "”") and given[end - 1 : end + 1] in ("''", "``"):
                # A span ending on a mark takes the whole of a two-character one.
                changes[field.name] = Span(value.start, end + 1)
        elif isinstance(value, tuple):
            new = tuple(_words(item, read, given) for item in value)
            if any(a is not b for a, b in zip(new, value, strict=True)):
                changes[field.name] = new
        elif attrs.has(type(value)):
            new_value = _words(value, read, given)
            if new_value is not value:
                changes[field.name] = new_value
    for words, where in (("text", "span"), ("trigger", "trigger_span")):
        value, span = getattr(fact, words, None), getattr(fact, where, None)
        if isinstance(value, str) and isinstance(span, Span) and value == span.slice(read):
            new_span = changes.get(where, span)
            if new_span.slice(given) != value:
                changes[words] = new_span.slice(given)
    return attrs.evolve(fact, **changes) if changes else fact  # type: ignore[misc]
