"""Quoted passages of an article, found by one linear scan of each paragraph's marks.

Double quotes (straight ``"``, curly “ ”, low „, guillemets « ») are the quote marks of
a paragraph that has any; a paragraph without them may quote with single marks (‘ ’ and
``'``: headlines, British style), where only a passage that opens at a word boundary and
is closed in the paragraph counts, so that apostrophes ("don't", "workers' union") do
not open quotes. Inside a double-quoted passage single marks are nested quotes and
belong to it.

A passage left open at the end of its paragraph runs to the paragraph's end; when the
next paragraph opens with a quote mark it continues there (the wire convention for a
quote over several paragraphs). A stray closing mark is ignored, an opening mark inside
an open passage ends the open one just before it.
"""

from __future__ import annotations

import re

import attrs

from newsfacts.document import Document, trim_span
from newsfacts.models import Span

__all__ = ["Quote", "quotes"]

MEMO_KEY = "newsfacts.quotes"

_DOUBLE = re.compile(r"[\"“”„«»]")
_SINGLE = re.compile(r"['‘’]")
_OPEN_ONLY = "“„«"
_CLOSE_ONLY = "”»"


@attrs.frozen(kw_only=True)
class Quote:
    """One quoted passage inside one paragraph.

    ``span`` covers the words inside the marks (trimmed of white space); ``open`` and
    ``close`` are the offsets of the marks (``close`` is None when the passage runs to
    the paragraph's end unclosed). ``continues`` is True when the passage goes on in the
    next paragraph; ``continued`` when it carries on from the previous one.
    """

    span: Span
    open: int
    close: int | None
    paragraph: int
    continues: bool = False
    continued: bool = False


def quotes(document: Document) -> tuple[Quote, ...]:
    """The quoted passages of ``document`` in order; computed once per document."""
    return document.memo(MEMO_KEY, _find)


def _find(document: Document) -> tuple[Quote, ...]:
    text = document.text
    paragraphs = document.paragraphs
    raw: list[list[tuple[int, int | None, int, int]]] = []
    for para in paragraphs:
        # A paragraph without double marks may quote with single ones (headlines, British
        # style); only passages that open at a word boundary and close count there.
        if _DOUBLE.search(text, para.start, para.end) is None:
            # Only ‘ or ' can open a passage there: without them (right marks ’ alone are
            # apostrophes, or closers with nothing to close) there is nothing to scan.
            can_open = (
                text.find("'", para.start, para.end) >= 0
                or text.find("‘", para.start, para.end) >= 0
            )
            found = (
                [q for q in _scan(text, para, _SINGLE, single=True) if q[1] is not None]
                if can_open
                else []
            )
        else:
            found = _scan(text, para, _DOUBLE, single=False)
        raw.append(found)
    out: list[Quote] = []
    for index, found in enumerate(raw):
        para = paragraphs[index]
        for k, (start, close, opened, end) in enumerate(found):
            span = trim_span(text, start, end)
            if span is None:
                continue
            continues = (
                close is None
                and k == len(found) - 1
                and index + 1 < len(paragraphs)
                and bool(raw[index + 1])
                and raw[index + 1][0][2] == paragraphs[index + 1].start
            )
            continued = (
                k == 0
                and opened == para.start
                and index > 0
                and bool(raw[index - 1])
                and raw[index - 1][-1][1] is None
            )
            out.append(
                Quote(
                    span=span,
                    open=opened,
                    close=close,
                    paragraph=index,
                    continues=continues,
                    continued=continued,
                )
            )
    return tuple(out)


def _scan(
    text: str, para: Span, pattern: re.Pattern[str], *, single: bool
) -> list[tuple[int, int | None, int, int]]:
    """(content start, closing mark or None, opening mark, content end) per passage."""
    found: list[tuple[int, int | None, int, int]] = []
    open_at: int | None = None
    for match in pattern.finditer(text, para.start, para.end):
        pos = match.start()
        mark = match.group()
        before = text[pos - 1] if pos > para.start else " "
        after = text[pos + 1] if pos + 1 < para.end else " "
        if single:
            if before.isalnum() and after.isalnum():
                continue  # an apostrophe: "don't", "Germany's"
            opener = mark == "‘" or (mark == "'" and not before.isalnum() and not after.isspace())
            closer = mark == "’" or (mark == "'" and not after.isalnum() and not before.isspace())
            if mark == "’" and open_at is None:
                continue  # "workers’ union": an apostrophe after a plural
        else:
            opener = mark in _OPEN_ONLY or (
                mark not in _CLOSE_ONLY and (before.isspace() or before in "([{—–-/:")
            )
            closer = mark in _CLOSE_ONLY or (mark not in _OPEN_ONLY and not before.isspace())
            if mark == "“" and open_at is not None and text[open_at] == "„":
                opener, closer = False, True  # German: „...“
        if open_at is None:
            if opener or (not single and mark == '"'):
                open_at = pos
            continue
        if closer and not (opener and before.isspace()):
            found.append((open_at + 1, pos, open_at, pos))
            open_at = None
        elif opener:
            # An opening mark while a passage is open: the open one was never closed.
            found.append((open_at + 1, None, open_at, pos))
            open_at = pos
    if open_at is not None:
        found.append((open_at + 1, None, open_at, para.end))
    return found
