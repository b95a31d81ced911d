"""The article text analysed once: lines, paragraphs, sentences and tokens, all as spans.

Every extractor reads the text through a :class:`Document`, so that no stage splits or
tokenises the raw text again for itself. Each view is computed on first use and kept.
All scanning here is linear in the length of the text: no regular expression that can
backtrack on adversarial input.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable, Mapping
from functools import cached_property
from itertools import accumulate, islice, repeat
from operator import itemgetter
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

from newsfacts._typewriter import typeset
from newsfacts.lexicons import lexicon
from newsfacts.models import Span

__all__ = ["Document", "Token"]

_T = TypeVar("_T")

# A word: letters/digits, optionally joined by inner hyphens, apostrophes, dots or commas
# ("U.S", "2,000", "2.5", "O'Neill", "long-term"). Anything else is a one-character token.
# The optional group cannot overlap its own start, so matching is linear. (Captured, so
# that splitting on it keeps the tokens: see Document.tokens.)
_TOKEN = re.compile(r"(\w+(?:[-'’.,]\w+)*|[^\w\s])")
_BLANK_RUN = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SPACE_RUN = re.compile(r"\s+")
# White space after a sentence terminal and any closing marks: the only gaps that can end
# a sentence (see _ends_sentence). The three parts are disjoint classes, so it is linear.
_END_GAP = re.compile(r"[.!?][\"'”’»)\]]*(\s+)")

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
_TERMINALS = ".!?"


class Token(NamedTuple):
    """One token: its offsets into the text and the text itself."""

    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


class Document:
    """An article's text with the views every extractor shares.

    ``published`` is the publication date the caller gave (if any) and ``metadata`` what
    came with the article from elsewhere (for example an HTML page's title and date).

    ``text`` is the text as the extractors read it: ``original`` as given, with
    typewriter quote marks (two backticks, two apostrophes) and underscore dashes
    replaced by typeset marks of the same length, so that every offset into one is the
    same offset into the other.
    """

    __slots__ = ("__dict__", "_views", "metadata", "original", "published", "text")

    def __init__(
        self,
        text: str,
        *,
        published: _dt.date | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> None:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        self.original = text
        self.text = typeset(text)
        self.published = published
        self.metadata: Mapping[str, Any] = MappingProxyType(dict(metadata or {}))
        self._views: dict[str, Any] = {}  # what memo() computed, by key

    def __repr__(self) -> str:
        return f"<Document {len(self.text)} characters>"

    def slice(self, span: Span) -> str:
        """The text a span covers."""
        return self.text[span.start : span.end]

    def memo(self, key: str, compute: Callable[[Document], _T]) -> _T:
        """A view of the text that several plugins share, computed once per document.

        ``key`` names the view (use your package name as a prefix); the first call runs
        ``compute(document)`` and later calls with the same key return its result.
        """
        # (Asked tens of thousands of times per corpus: kept in a slot made with the
        # document, so a view already there costs two dictionary look-ups.)
        views = self._views
        if key in views:
            return views[key]  # type: ignore[no-any-return]
        view = views[key] = compute(self)
        return view

    # -- views -----------------------------------------------------------------------

    @cached_property
    def lines(self) -> tuple[Span, ...]:
        """Each line without its newline, blank lines included."""
        pieces = self.text.split("\n")
        if not pieces[-1]:
            pieces.pop()  # the text ends with a newline (or is empty): no line after it
        out = []
        start = 0
        for piece in pieces:
            end = start + len(piece)
            out.append(Span(start, end - 1 if piece.endswith("\r") else end))
            start = end + 1
        return tuple(out)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Paragraphs, trimmed of surrounding white space.

        Blank lines separate paragraphs; a text without any blank line is taken to have
        one paragraph a line (the common form of copied web articles).
        """
        text = self.text
        if _BLANK_RUN.search(text):
            breaks = [(m.start(), m.end()) for m in _BLANK_RUN.finditer(text)]
            pieces = []
            pos = 0
            for start, end in breaks:
                pieces.append((pos, start))
                pos = end
            pieces.append((pos, len(text)))
        else:
            pieces = [(s.start, s.end) for s in self.lines]
        return tuple(span for a, b in pieces if (span := trim_span(text, a, b)) is not None)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentences, never crossing a paragraph boundary."""
        out: list[Span] = []
        for para in self.paragraphs:
            out.extend(_split_sentences(self.text, para))
        return tuple(out)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Words, numbers and single punctuation marks, in order."""
        # Every character that is not white space belongs to a token, so splitting the
        # text on them leaves white space (perhaps none) around each one: [gap, token,
        # gap, token, ..., gap]. The running sum of the pieces' lengths is then the end of
        # a gap (a token's start), the end of that token, and so on: read two at a time
        # with each token's text, they make the tokens, in C (faster than finding each
        # token's start, or reading each match's span, for texts up to a few hundred kB).
        pieces = _TOKEN.split(self.text)
        ends = accumulate(map(len, pieces))
        words = islice(pieces, 1, None, 2)
        # (Not strict: the end of the last gap is left over.)
        made = zip(ends, ends, words, strict=False)
        return tuple(map(tuple.__new__, repeat(Token), made))

    @property
    def _token_starts(self) -> list[int]:
        return token_starts(self)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    # -- look-ups --------------------------------------------------------------------

    def tokens_in(self, span: Span) -> tuple[Token, ...]:
        """The tokens lying wholly inside ``span``."""
        starts = self._token_starts
        lo = bisect.bisect_left(starts, span.start)
        hi = bisect.bisect_left(starts, span.end)
        return tuple(t for t in self.tokens[lo:hi] if t.end <= span.end)

    def token_index(self, offset: int) -> int:
        """Index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self._token_starts, offset)

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding ``offset``, if any."""
        return _containing(self.sentences, self._sentence_starts, offset)

    def paragraph_at(self, offset: int) -> Span | None:
        """The paragraph holding ``offset``, if any."""
        return _containing(self.paragraphs, self._paragraph_starts, offset)

    def sentence_index(self, offset: int) -> int | None:
        """Index into :attr:`sentences` of the sentence holding ``offset``."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return i
        return None

    def paragraph_index(self, offset: int) -> int | None:
        """Index into :attr:`paragraphs` of the paragraph holding ``offset``."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < self.paragraphs[i].end:
            return i
        return None


_START = itemgetter(0)  # a Token's start offset


def token_starts(document: Document) -> list[int]:
    """The start offset of every token (for bisecting): one list per document, shared by
    the document's own look-ups and the extractors."""
    return document.memo("newsfacts.token_starts", lambda d: list(map(_START, d.tokens)))


def _containing(spans: tuple[Span, ...], starts: list[int], offset: int) -> Span | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and spans[i].start <= offset < spans[i].end:
        return spans[i]
    return None


def trim_span(text: str, start: int, end: int) -> Span | None:
    """The span ``start..end`` without its surrounding white space; None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _split_sentences(text: str, para: Span) -> list[Span]:
    """Split one paragraph at sentence ends, looking only at each gap of white space."""
    out: list[Span] = []
    start = para.start
    # Only a gap after a terminal (and closing marks) can end a sentence: the others are
    # skipped by the search instead of being looked at one by one.
    for gap in _END_GAP.finditer(text, para.start, para.end):
        before, after = gap.span(1)
        if after >= para.end or not _ends_sentence(text, start, before, after):
            continue
        span = trim_span(text, start, before)
        if span is not None:
            out.append(span)
        start = after
    last = trim_span(text, start, para.end)
    if last is not None:
        out.append(last)
    return out


def _ends_sentence(text: str, sent_start: int, before: int, after: int) -> bool:
    """Whether the white space at ``before..after`` closes a sentence."""
    end = before
    while end > sent_start and text[end - 1] in _CLOSERS:
        end -= 1
    if end == sent_start or text[end - 1] not in _TERMINALS:
        return False
    nxt = text[after]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or nxt in "-—–"):
        return False
    if text[end - 1] != ".":
        return True
    # The word before the dot: an abbreviation or an initial does not end a sentence.
    word_start = end - 1
    while word_start > sent_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : end - 1].lstrip(_OPENERS)
    if not word:
        return True
    if "." in word and all(len(p) <= 2 for p in word.split(".")):
        # A dotted acronym ("U.S.", "p.m."): a sentence ends only before a usual opener.
        next_word = _SPACE_RUN.split(text[after : after + 20], maxsplit=1)[0]
        return next_word.strip(_OPENERS).lower() in lexicon("sentence_starters")
    if len(word) == 1 and word.isupper():
        return False  # an initial: "John F. Kennedy"
    return word.lower() not in lexicon("abbreviations")
