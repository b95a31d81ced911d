"""Recognise page furniture that is not the story: prompts, notices, captions, credits.

Copied web articles carry share buttons, newsletter sign-ups, photo credits, comment
notices and copyright lines among the story's paragraphs. Facts must never be read from
them, so the article stage marks them; this module only says whether a line or a
sentence is such furniture. The word lists are data (``data/boilerplate_*.txt``): a
line that *is* furniture, how furniture *starts*, phrases that mark a short line, and
headings after which the rest of a page is link lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from newsfacts.extractors._byline import is_photo_credit
from newsfacts.lexicons import lexicon, lexicon_lines

__all__ = [
    "inline_boilerplate",
    "is_boilerplate_line",
    "is_boilerplate_sentence",
    "is_tail_heading",
    "is_timestamp_line",
    "line_and_sentence",
]

# A line longer than this is prose, whatever phrase it contains.
_SHORT_LINE_WORDS = 25
_CAPTION_LINE_WORDS = 60

_EDGE_PUNCT = " \t\r\n.,;:!?|•·*-–—_=>»«<\"'“”‘’()[]{}"
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})

_COPYRIGHT = re.compile(r"(?:copyright\s*)?(?:©|\(c\)\s*\d{4})|copyright\s+(?:\d{4}|the\s)")
# "(Photo: Jane Doe/Reuters)", "(AP Photo/Jane Doe)", "[Image: ...]": a credit in brackets.
_INLINE_CREDIT = re.compile(
    r"[(\[](?:AP |AFP |Reuters |EPA |File )?"
    r"(?:photos?|pictures?|images?|video|credit|photograph|illustration|graphic)"
    r"(?: by| credit)?\s?[:/][^()\[\]\n]{0,200}[)\]]",
    re.IGNORECASE,
)
# Words a publication-time line is made of: "Published 5 March 2024, 10:32 GMT".
_TIMESTAMP_LEAD = re.compile(
    r"(?:published|updated|posted|last updated|first published|last modified|modified|"
    r"date|dated|filed|issued on)\b",
)
_TIMESTAMP_WORD = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|"
    r"\d[\d:.,/-]*(?:st|nd|rd|th|am|pm|h)?|a\.?m|p\.?m|"
    r"(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d\d)?)?|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|ist|jst|"
    r"on|at|by|and|of|the|published|updated|posted|last|first|modified|ago|"
    r"hours?|hrs?|minutes?|mins?|days?|today|yesterday"
)
# "3 minute read", "5 min read", "Listen · 4 min", "2 min Reading time"
_READING_TIME = re.compile(
    r"(?:listen\W{0,3})?\d{1,3}\s?-?\s?min(?:ute)?s?(?:\s(?:read|listen|reading\stime))?"
)
# AFP's desk slug at a story's end: "bur-ab/cd", "str-ep/mh/cw".
_SLUG = re.compile(r"[a-z]{2,6}(?:[-/][a-z]{2,6}){1,8}")
# A press release's last line: "SOURCE Acme Widgets Inc." (capitals as sent).
_RELEASE_SOURCE = re.compile(r"SOURCE\s+[A-Z0-9]")
_SOURCE_WORDS = 10
_TOKENS = re.compile(r"[^\s,|•·]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z]")


def _straight(text: str) -> str:
    """Curly quotes made straight (as ``text.translate(_QUOTES)``, several times faster)."""
    if text.isascii():
        return text
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def _normalise(text: str) -> str:
    """Lower case, straight quotes, single spaces, no punctuation at either end."""
    return _forms(text)[2]


@lru_cache(maxsize=256)  # one paragraph is asked whether it is a tail heading, then a line
def _forms(text: str) -> tuple[str, str, str]:
    """The forms of a text the tests read: lower-cased with straight quotes; that with
    single spaces; that without punctuation at either end (:func:`_normalise`)."""
    low = _straight(text).lower()
    joined = " ".join(low.split())
    # The space a run at either end would leave is stripped with the punctuation.
    return low, joined, joined.strip(_EDGE_PUNCT)


@cache
def _lines() -> frozenset[str]:
    return frozenset(_normalise(e) for e in lexicon("boilerplate_lines"))


@cache
def _single_words() -> frozenset[str]:
    return frozenset(e for e in _lines() if " " not in e)


@cache
def _prefixes() -> tuple[str, ...]:
    return tuple(e.lower().translate(_QUOTES) for e in lexicon_lines("boilerplate_prefixes"))


@cache
def _phrases() -> tuple[str, ...]:
    return tuple(e.lower().translate(_QUOTES) for e in lexicon_lines("boilerplate_phrases"))


@cache
def _credit_marks() -> tuple[str, ...]:
    return tuple(e.lower() for e in lexicon_lines("boilerplate_credits"))


@cache
def _caption_marks() -> tuple[str, ...]:
    return tuple(e.lower() for e in lexicon_lines("boilerplate_captions"))


def _trie_pattern(literals: Iterable[str], end_of: Callable[[str], str] = lambda _: "") -> str:
    """A regular expression for any of ``literals``, ``end_of(literal)`` after each.

    The literals are written as a trie (a shared beginning once, then the ways it goes
    on), so that at each position the engine tries a branch or two, not every literal:
    the same matches as a plain alternation, found several times faster. No quantifier,
    so it is linear in the text.
    """
    root: dict[str | None, Any] = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[None] = end_of(literal)  # a literal ends here

    def build(node: dict[str | None, Any]) -> str:
        branches = [re.escape(char) + build(rest) for char, rest in node.items() if char]
        if None in node:
            branches.append(node[None])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(root)


def _any_of(marks: tuple[str, ...]) -> Callable[[str], bool]:
    """A test for whether a text contains any of ``marks``: one search, not one per mark."""
    if not marks:
        return lambda text: False
    search = re.compile(_trie_pattern(marks)).search
    return lambda text: search(text) is not None


@cache
def _tail_headings() -> frozenset[str]:
    return frozenset(_normalise(e) for e in lexicon("boilerplate_tail"))


@cache
def _has_phrase() -> Callable[[str], bool]:
    return _any_of(_phrases())


@cache
def _has_credit_mark() -> Callable[[str], bool]:
    return _any_of(_credit_marks())


# Words that may follow an agency credit with a slash ("REUTERS/Jane Doe") in a caption.
_CREDIT_TAIL_WORDS = 6


@cache
def _has_caption_mark() -> Callable[[str], bool]:
    """A test for caption marks. A mark ending with "/" is an agency credit followed by the
    photographer's name ("REUTERS/Jane Doe", "(AP Photo/Jane Doe)"), so it must end the
    caption: "a Reuters/Ipsos poll found that ..." is story."""
    marks = _caption_marks()
    anywhere = _any_of(tuple(m for m in marks if not m.endswith("/")))
    credits = tuple(m for m in marks if m.endswith("/"))

    def has(text: str) -> bool:
        if anywhere(text):
            return True
        for mark in credits:
            at = text.rfind(mark)
            if at >= 0 and len(text[at + len(mark) :].split()) <= _CREDIT_TAIL_WORDS:
                return True
        return False

    return has


@cache
def _prefix_match() -> Callable[[str], bool]:
    """A test for whether a text starts with a prefix, in one match, not one per prefix.

    A prefix ending in a letter or digit must end at a word boundary ("share this" is
    not "share thistles"): ``(?![^\\W_])`` refuses a following ``str.isalnum`` character.
    An alternation of literals anchored at the start: linear.
    """
    prefixes = _prefixes()
    if not prefixes:
        return lambda text: False
    pattern = _trie_pattern(prefixes, lambda p: "(?![^\\W_])" if p[-1].isalnum() else "")
    match = re.compile(pattern).match
    return lambda text: match(text) is not None


def _starts_with_prefix(norm: str) -> bool:
    return _prefix_match()(norm)


def _lead(text: str) -> str:
    """The line lower-cased with quotes straightened, leading punctuation dropped.

    Unlike :func:`_normalise` it keeps an opening bracket or colon that a prefix such
    as "(photo:" needs.
    """
    low = _straight(text).lower()
    return _lead_of(low, " ".join(low.split()))


def _lead_of(low: str, joined: str) -> str:
    """:func:`_lead` of a text already lower-cased and straightened (``low``), given its
    words joined by single spaces (a space at either end of ``low`` kept as one; a
    leading one the ``lstrip`` drops anyway)."""
    if low[-1:].isspace():
        joined += " "
    return joined.lstrip(" \t*-–—•·>»|_=")


def _word_count(spaced: str) -> int:
    """``len(spaced.split())`` for a text whose words are single-spaced, with no space
    before the first (as :func:`_normalise` and :func:`_lead` leave it): no list built."""
    if not spaced:
        return 0
    return spaced.count(" ") + (0 if spaced[-1] == " " else 1)


def is_boilerplate_sentence(sentence: str) -> bool:
    """Whether a sentence inside a paragraph is a prompt or notice ("Sign up for ...")."""
    # (Asked of every sentence of a story: the tests are taken once, not called through.)
    starts_with_prefix, has_phrase = _sentence_tests()
    lead = _lead(sentence)
    if starts_with_prefix(lead) or _COPYRIGHT.match(lead) is not None:
        return True
    return _word_count(lead) <= _SHORT_LINE_WORDS and has_phrase(lead)


@cache
def _sentence_tests() -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    return _prefix_match(), _has_phrase()


def is_boilerplate_line(line: str) -> bool:
    """Whether a whole line (or paragraph) is page furniture rather than story."""
    return _line_tests(line)[0]


def line_and_sentence(line: str) -> tuple[bool, bool]:
    """``is_boilerplate_line(line)`` and ``is_boilerplate_sentence(line)`` at once.

    A paragraph of one line and one sentence is asked both, and the second mostly follows
    from the tests of the first: the lead, and so the prefix and the copyright test, are
    the same, and a phrase is in the line's normal form exactly when it is in the lead.
    """
    whole, sentence = _line_tests(line)
    return whole, is_boilerplate_sentence(line) if sentence is None else sentence


@lru_cache(maxsize=1024)  # the head, the body and the tail each ask about some lines
def _line_tests(line: str) -> tuple[bool, bool | None]:
    """Whether ``line`` is furniture as a whole line; and whether it is as a sentence
    (:func:`is_boilerplate_sentence`) where the same tests tell, else None."""
    # As _normalise and _lead, lower-casing and splitting the line once for both.
    low, joined, norm = _forms(line)
    if not norm:
        return bool(line.strip()), None  # a separator: "___", "* * *"
    if norm in _lines():
        return True, None
    if _READING_TIME.fullmatch(norm) or is_photo_credit(line):
        return True, None
    if "/" in norm and _SLUG.fullmatch(norm) is not None:
        return True, None
    if (
        norm.startswith("source ")
        and _RELEASE_SOURCE.match(line.lstrip())
        and len(norm.split()) <= _SOURCE_WORDS
    ):
        return True, None
    words = _word_count(norm)
    if words <= 6 and all(w.strip(_EDGE_PUNCT) in _single_words() for w in norm.split()):
        return True, None  # a row of buttons: "Share Save", "Facebook Twitter Email"
    lead = _lead_of(low, joined)
    if _starts_with_prefix(lead) or _COPYRIGHT.match(lead) is not None:
        return True, True  # (the sentence's lead is this one)
    if words <= _CAPTION_LINE_WORDS and _has_caption_mark()(norm):
        return True, None  # "... Photograph: Jane Doe/EPA", "... REUTERS/Jane Doe"
    if words > _SHORT_LINE_WORDS:
        # Nor a sentence: no prefix, no copyright, and the lead has at least as many
        # words as the normal form (which is the lead less punctuation at its ends).
        return False, False
    if not _SENTENCE_END.search(line.rstrip()) and _has_credit_mark()(norm):
        return True, None  # "Jane Doe/Reuters", "AFP via Getty Images"
    # A promotional phrase marks the line only if it is one sentence; in a longer
    # paragraph only the sentence that holds it is furniture.
    if _SENTENCE_BREAK.search(line) is not None:
        return False, None
    if _has_phrase()(norm):
        return True, None
    return False, False if _phrases_inside() else None


@cache
def _phrases_inside() -> bool:
    """Whether no phrase starts or ends with a mark that normalising strips: then a phrase
    is in a text's lead exactly when it is in its normal form (the lead less such marks at
    its ends)."""
    return all(p and p[0] not in _EDGE_PUNCT and p[-1] not in _EDGE_PUNCT for p in _phrases())


def is_tail_heading(line: str) -> bool:
    """Whether a line is a heading ("More on this story") after which only links follow."""
    norm = _normalise(line)
    if norm in _tail_headings():
        return True
    # "Comments (123)", "Most read 1"
    head = norm.rstrip("0123456789() ").strip(_EDGE_PUNCT)
    return head != norm and head in _tail_headings()


def is_timestamp_line(line: str) -> bool:
    """Whether a short header line only dates the page ("Updated 5 March 2024 10:32 GMT")."""
    norm = _normalise(line)
    if not norm or len(norm) > 120:
        return False
    if _TIMESTAMP_LEAD.match(norm) and any(c.isdigit() for c in norm):
        return True
    tokens = _TOKENS.findall(norm)
    if not tokens or len(tokens) > 14 or not any(c.isdigit() for c in norm):
        return False
    return all(_TIMESTAMP_WORD.fullmatch(t.strip(_EDGE_PUNCT)) for t in tokens)


def inline_boilerplate(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Photo and image credits in brackets inside ``text[start:end]``, as offsets."""
    for match in _INLINE_CREDIT.finditer(text, start, end):
        yield match.span()
