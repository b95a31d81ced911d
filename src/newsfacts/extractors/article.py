"""The article stage: title, byline, dateline, credits, publication date and boilerplate.

A news text is laid out as a head (headline, standfirst, byline, time stamps, share
buttons), the story, and a tail (credit line, newsletter prompts, copyright, link
lists). This plugin walks the head line by line and the tail paragraph by paragraph
from the end, reads what it recognises there, and marks the page furniture it finds in
and around the story as boilerplate, so that later stages report no facts from it.
The body runs from the headline (which states news too) to the story's last paragraph;
bylines, time stamps and buttons inside it are boilerplate, the credit line lies after it.

The conventions, the same for every outlet:

- **Authors** wrote or reported the story: the people a byline names ("By A and B",
  "A Political editor", "A in Brussels and B in Washington", AFP's "By A with B"), then
  those a credit line says reported or wrote it ("Reporting by A", "Writing by C",
  "A reported from X, and B from Y.", Bloomberg's "To contact the reporter on this
  story: A"). An agency ("By Reuters") is the author only when no person is named, and
  then only the first one the byline names ("By Euronews with AP"); a byline that names
  no one ("Text by: NEWS WIRES", "By Staff Reporter") and an agency signature at the end
  ("(FRANCE 24 with AFP and Reuters)") give no author.
- **Contributors** are the people credited with a share of the work less than writing
  it: additional or contributing reporting ("X contributed to this report",
  "Additional reporting by", "--With assistance from"), research, graphics or
  translation, in the order credited, less anyone already an author.
- **Editors** are the people a credit line says edited the story ("Editing by X",
  "Editor: X", "To contact the editors responsible for this story: X"): credited, but
  not for reporting, so they are kept apart from the contributors. Press contacts are
  none of these.
- The **dateline** is the place as written, with its region ("CHICO, Calif.",
  "Uvira (DR Congo)"), without the date, the agency or the dash.
- Names are tidied: one space between words, capitals in title case ("JANE DOE",
  "Jean DUPONT"), no "By", role, outlet or place ("for MailOnline", "in Kyiv").

What the caller knows wins over what the text suggests: a date given to
:func:`newsfacts.extract` beats ``metadata["published"]``, which beats a date inferred
from the text; a metadata title or author list beats the headline and the byline.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from newsfacts.document import Document
from newsfacts.extractors._boilerplate import (
    inline_boilerplate,
    is_boilerplate_line,
    is_boilerplate_sentence,
    is_tail_heading,
    is_timestamp_line,
    line_and_sentence,
)
from newsfacts.extractors._byline import (
    Byline,
    is_agency_credit,
    name_line,
    parse_byline,
    parse_credit,
    split_names,
)
from newsfacts.extractors._dateline import Dateline, find_dateline
from newsfacts.hookspecs import hookimpl
from newsfacts.models import Article, PublishedSource, Span

__all__ = ["newsfacts_article", "read_article"]

# A line that is not blank, without the white space around it: from its first character
# that is not white space to its last ("[^\n]" keeps the match on one line; it backtracks
# only over the line's trailing white space, so the scan is linear).
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
# The head (headline, byline, stamps) lies within this many non-blank lines.
_HEAD_LINES = 12
# A standfirst between headline and byline is at most this many lines.
_MAX_STANDFIRST = 3
_MAX_STANDFIRST_WORDS = 45
# Bullet points under a "Summary" heading between the byline and the dateline.
_MAX_SUMMARY_LINES = 5
# An unknown line between byline and dateline (a caption, "3 minute read") is this short.
_MAX_CAPTION_WORDS = 60
_MAX_KICKER_WORDS = 3
_MAX_HEADLINE_WORDS = 30
_MAX_QUESTION_HEADLINE_WORDS = 18
_MAX_HEADLINE_CHARS = 250
# An agency signature at the end is one short line: "(FRANCE 24 with AFP and Reuters)".
_MAX_SIGNATURE_CHARS = 80
# A credit paragraph or a contact notice is short; a longer one is not read line by line.
_MAX_CREDIT_CHARS = 600


@hookimpl
def newsfacts_article(document: Document) -> Article:
    """Read the article's metadata and mark its boilerplate."""
    return read_article(document)


@attrs.define
class _Layout:
    """What the walk over the head and the tail found, as spans."""

    title: Span | None = None
    bylines: list[tuple[Span, Byline]] = attrs.Factory(list)
    dateline: Dateline | None = None
    body: Span | None = None
    credits: list[Span] = attrs.Factory(list)
    authors: list[str] = attrs.Factory(list)
    contributors: list[str] = attrs.Factory(list)
    editors: list[str] = attrs.Factory(list)
    boilerplate: list[Span] = attrs.Factory(list)


def read_article(document: Document) -> Article:
    """The :class:`~newsfacts.Article` for ``document``: what the text and metadata say."""
    text = document.text
    meta = document.metadata
    meta_title = _clean_str(meta.get("title"))
    layout = _Layout()
    lines = [Span(*match.span()) for match in _LINE.finditer(text)]
    body_index = _read_head(document, lines, layout, meta_title)
    if body_index is not None:
        _read_body(document, lines[body_index].start, layout)
    elif text.strip():
        layout.body = Span(len(text), len(text))  # no story at all: nothing is in bounds
    _take_in_headline(layout)

    title, title_span = _title(text, layout, meta_title)
    byline_authors = [a for _, b in layout.bylines for a in b.authors]
    agency_authors = [a for _, b in layout.bylines for a in b.agencies]
    # With no person named, the outlet that signs first is the author ("By Euronews with AP").
    authors = _dedupe(byline_authors + layout.authors) or agency_authors[:1]
    meta_authors = _meta_authors(meta.get("authors"))
    if meta_authors:
        authors = meta_authors
    contributors = [c for c in _dedupe(layout.contributors) if c not in authors]
    editors = [e for e in _dedupe(layout.editors) if e not in authors and e not in contributors]
    published, source = _published(document)
    byline_span = (
        Span(layout.bylines[0][0].start, layout.bylines[-1][0].end) if layout.bylines else None
    )
    credit_span = Span(layout.credits[0].start, layout.credits[-1].end) if layout.credits else None
    dateline = layout.dateline
    return Article(
        text=text,
        title=title,
        title_span=title_span,
        published=published,
        published_source=source,
        authors=tuple(authors),
        contributors=tuple(contributors),
        editors=tuple(editors),
        byline_span=byline_span,
        dateline=text[dateline.place_start : dateline.place_end] if dateline else None,
        dateline_span=Span(dateline.place_start, dateline.place_end) if dateline else None,
        credit_span=credit_span,
        body=layout.body,
        boilerplate=tuple(_merge(layout.boilerplate)),
    )


# -- the head -------------------------------------------------------------------------


def _read_head(
    document: Document, lines: Sequence[Span], layout: _Layout, meta_title: str | None
) -> int | None:
    """Walk the head; the index into ``lines`` of the line the story starts at."""
    text = document.text
    pending: list[int] = []  # lines after the headline that are a standfirst if a byline follows
    for index, line in enumerate(lines[:_HEAD_LINES]):
        words = text[line.start : line.end]
        if is_boilerplate_line(words) or is_timestamp_line(words):
            layout.boilerplate.append(line)
            continue
        dateline = find_dateline(text, line.start, line.end)
        if dateline is not None:
            layout.dateline = dateline
            return pending[0] if pending else index
        byline = parse_byline(words)
        if (
            byline is not None
            and not byline.explicit
            and layout.title is None
            and _is_headline(document, lines, index, meta_title)
        ):
            byline = None  # "Ukraine Strikes Oil Refineries in Drone Attacks" is a headline
        if byline is None and layout.title is not None and not layout.bylines and len(pending) < 2:
            names = name_line(words)
            if names:  # "Esther Whitley" alone under the headline
                byline = Byline(names, ())
        if byline is None and layout.title is not None and ":" in words:
            credit = parse_credit(words)
            if credit is not None:  # "Editor: Li Wei" under the headline
                layout.authors.extend(credit.authors)
                layout.contributors.extend(credit.contributors)
                layout.editors.extend(credit.editors)
                layout.boilerplate.append(line)
                continue
        if byline is not None:
            if not byline.authors and pending and pending[-1] == index - 1:
                # "Jordan Mendoza" on the line above "USA TODAY": one byline.
                prev = lines[index - 1]
                names = name_line(text[prev.start : prev.end])
                if names:
                    byline = Byline(names, byline.agencies)
                    line = Span(prev.start, line.end)
            layout.bylines.append((line, byline))
            pending.clear()  # what came between headline and byline was a standfirst
            continue
        if layout.bylines:
            if _furniture_before_dateline(document, lines, index):
                layout.boilerplate.append(line)  # "3 minute read" between byline and story
                continue
            return index
        if layout.title is None and not pending and index < 4:
            if _is_headline(document, lines, index, meta_title):
                layout.title = line
                continue
            return index
        if (
            layout.title is not None
            and len(pending) < _MAX_STANDFIRST
            and index + 1 < len(lines)
            and len(words.split()) <= _MAX_STANDFIRST_WORDS
        ):
            if not pending and _is_kicker(text, layout.title, words):
                # "World" above the headline: a section label, not the title.
                layout.boilerplate.append(layout.title)
                layout.title = line
                continue
            pending.append(index)
            continue
        return pending[0] if pending else index
    if pending:
        return pending[0]
    n = min(len(lines), _HEAD_LINES)
    if n < len(lines):
        return n
    return None


def _is_kicker(text: str, title: Span, line: str) -> bool:
    """Whether the line taken for the headline was a section label above the real one."""
    label = text[title.start : title.end]
    words = line.split()
    return (
        len(label.split()) <= _MAX_KICKER_WORDS
        and len(words) > len(label.split()) + 2
        and len(words) <= _MAX_HEADLINE_WORDS
        and not line.rstrip().endswith((".", ",", ";", ":"))
        and line[:1].isupper()
    )


def _furniture_before_dateline(document: Document, lines: Sequence[Span], index: int) -> bool:
    """Whether a short unknown line under the byline comes just before a dateline."""
    text = document.text
    # Buttons ("Gift Article", "Share") do not count; a "Summary" heading (Reuters)
    # may stand over a few bullet points.
    above = lines[index - 1] if index else lines[index]
    summary = is_boilerplate_line(text[above.start : above.end])
    budget = _MAX_SUMMARY_LINES if summary else _MAX_STANDFIRST
    for ahead in range(index, min(index + _HEAD_LINES, len(lines))):
        line = lines[ahead]
        if find_dateline(text, line.start, line.end) is not None:
            return True
        words = text[line.start : line.end]
        if is_boilerplate_line(words) or is_timestamp_line(words):
            continue
        budget -= 1
        if (
            budget < 0
            or len(words.split()) > _MAX_CAPTION_WORDS
            or words.rstrip().endswith((".", "!", "?", '"', "”"))
        ):
            return False
    return False


def _is_headline(
    document: Document, lines: Sequence[Span], index: int, meta_title: str | None
) -> bool:
    """Whether ``lines[index]`` is the headline: a short line standing on its own."""
    text = document.text
    line = lines[index]
    words = text[line.start : line.end]
    if meta_title is not None:
        return _same(words, meta_title) or _affix(words, meta_title)
    if index + 1 >= len(lines):
        return False  # a text of one line has no headline, only a story
    if len(words) > _MAX_HEADLINE_CHARS or len(words.split()) > _MAX_HEADLINE_WORDS:
        return False
    if words.rstrip(" \"'”’)").endswith((".", ",", ";", ":")) and not words.endswith("..."):
        return False
    if len(words.split()) > _MAX_QUESTION_HEADLINE_WORDS and words.rstrip().endswith(("?", "!")):
        return False  # a long question is the story's first sentence, not a headline
    if not (words[0].isupper() or words[0].isdigit() or words[0] in "\"'“‘"):
        return False
    # In hard-wrapped text a line may be the first piece of a paragraph: a headline
    # stands alone, or is followed by a line of the head (byline, stamp, buttons).
    paragraph = document.paragraph_at(line.start)
    if paragraph is not None and paragraph.end <= line.end:
        return True
    if _is_head_line(text, lines[index + 1]):
        return True
    # A section label ("World") over the headline, over the byline; or over the
    # headline and a standfirst of a line or two, then the byline ("UK politics").
    second = text[lines[index + 1].start : lines[index + 1].end]
    if not _is_kicker(text, line, second):
        return False
    for ahead in range(index + 2, min(index + 3 + _MAX_STANDFIRST, len(lines))):
        if _is_head_line(text, lines[ahead]):
            return True
        row = lines[ahead]
        if len(text[row.start : row.end].split()) > _MAX_STANDFIRST_WORDS:
            return False
    return False


def _is_head_line(text: str, line: Span) -> bool:
    """Whether a line is surely part of an article's head: byline, stamp, buttons, dateline."""
    words = text[line.start : line.end]
    return (
        parse_byline(words) is not None
        or is_boilerplate_line(words)
        or is_timestamp_line(words)
        or find_dateline(text, line.start, line.end) is not None
    )


def _title(text: str, layout: _Layout, meta_title: str | None) -> tuple[str | None, Span | None]:
    if meta_title is None:
        if layout.title is None:
            return None, None
        return text[layout.title.start : layout.title.end], layout.title
    if layout.title is not None:
        return meta_title, layout.title if _same(
            text[layout.title.start : layout.title.end], meta_title
        ) else None
    found = text.find(meta_title)
    return meta_title, Span(found, found + len(meta_title)) if found >= 0 else None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _affix(line: str, title: str) -> bool:
    """Whether a headline line and a page title differ only by a site name at one end."""
    a, b = " ".join(line.split()).casefold(), " ".join(title.split()).casefold()
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 20 and (longer.startswith(shorter) or longer.endswith(shorter))


# -- the story and its tail -----------------------------------------------------------


def _read_body(document: Document, start: int, layout: _Layout) -> None:
    """Find the tail (link lists, furniture, credits) and the furniture inside the story."""
    text = document.text
    units = _paragraphs_from(document, start)
    # Everything after a "More on this story" heading is link lists.
    for k in range(1, len(units)):
        if _tail_heading_at(document, units[k]):
            layout.boilerplate.append(Span(units[k].start, units[-1].end))
            units = units[:k]
            break
    # From the end: furniture and credit lines, until the story's last paragraph.
    while units:
        last = units[-1]
        words = text[last.start : last.end]
        if (
            is_boilerplate_line(words)
            or _all_lines_boilerplate(words)
            or _under_furniture_heading(words)
            or _agency_signature(words)
            or _all_sentences_boilerplate(document, last)
        ):
            layout.boilerplate.append(last)
            units.pop()
            continue
        # A block of several lines is read line by line first, so that a place after one
        # name ("Ruth Park in Seoul at ...") does not run on over the next lines.
        block = "\n" in words and len(words) <= _MAX_CREDIT_CHARS
        credits = parse_credit(_credit_block(words)) if block else None
        if credits is None:
            credits = parse_credit(words)
        if credits is None or len(units) == 1:
            break
        layout.credits.insert(0, last)
        layout.authors[:0] = credits.authors
        layout.contributors[:0] = credits.contributors
        layout.editors[:0] = credits.editors
        units.pop()
    if not units:
        layout.body = Span(len(text), len(text))
        return
    layout.body = Span(units[0].start, units[-1].end)
    for unit in units:
        _mark_inside(document, unit, layout.boilerplate)


def _paragraphs_from(document: Document, start: int) -> list[Span]:
    """The paragraphs from offset ``start`` on, the one it falls in cut there."""
    text = document.text
    paragraphs = document.paragraphs
    index = document.paragraph_index(start)
    if index is None:  # (the story starts at a line, so inside a paragraph; just in case)
        return [
            _strip(text, max(p.start, start), p.end)
            for p in paragraphs
            if p.end > start and text[max(p.start, start) : p.end].strip()
        ]
    # Not empty: a paragraph ends with a character that is not white space. The
    # paragraphs after it are trimmed already, so they are taken as they are.
    first = _strip(text, start, paragraphs[index].end)
    return [first, *paragraphs[index + 1 :]]


def _take_in_headline(layout: _Layout) -> None:
    """The headline is news too: the body runs from it; bylines in between are furniture."""
    if layout.title is None:
        return
    body = layout.body
    story = body is not None and body.end > body.start
    end = body.end if body is not None and story else layout.title.end
    layout.body = Span(layout.title.start, end)
    layout.boilerplate.extend(span for span, _ in layout.bylines)


def _tail_heading_at(document: Document, unit: Span) -> bool:
    text = document.text
    newline = text.find("\n", unit.start, unit.end)
    return is_tail_heading(text[unit.start : newline if newline >= 0 else unit.end])


def _under_furniture_heading(words: str) -> bool:
    """Whether a tail paragraph is lines under a furniture heading ("Media contact:")."""
    first, newline, _ = words.partition("\n")
    return bool(newline) and first.rstrip().endswith(":") and is_boilerplate_line(first)


def _agency_signature(words: str) -> bool:
    """Whether a tail line only names agencies: "(FRANCE 24 with AFP and Reuters)", "==Kyodo",
    "With reporting by Reuters"."""
    if "\n" in words or len(words) > _MAX_SIGNATURE_CHARS:
        return False
    if is_agency_credit(words):
        return True  # "With reporting by Reuters"
    byline = parse_byline(words.strip(" =()[]"))
    return byline is not None and not byline.authors and bool(byline.agencies)


def _all_sentences_boilerplate(document: Document, unit: Span) -> bool:
    """Whether a paragraph has several sentences and each is a notice.

    "Jane Doe can be reached at ... Follow @janedoe." is a contact notice.
    """
    if unit.end - unit.start > _MAX_CREDIT_CHARS:
        return False  # a notice is short
    sentences = document.sentences
    index = document.sentence_index(unit.start)
    text = document.text
    count = 0
    while index is not None and index < len(sentences) and sentences[index].start < unit.end:
        sentence = sentences[index]
        if not is_boilerplate_sentence(text[sentence.start : sentence.end]):
            return False
        count += 1
        index += 1
    return count > 1


def _credit_block(words: str) -> str:
    """A credit block of several lines as one credit line: furniture lines dropped,
    a line ending with ":" run on into the next, the others joined by ";".

    "To contact the reporters on this story:\nJohn Smith in London at ...\n©2025 ..."
    """
    out: list[str] = []
    for raw in words.split("\n"):
        line = raw.strip()
        if not line or is_boilerplate_line(line):
            continue
        out.append(line)
        out.append(" " if line.endswith(":") else "; ")
    return "".join(out[:-1])


def _all_lines_boilerplate(words: str) -> bool:
    lines = [line for line in words.split("\n") if line.strip()]
    return len(lines) > 1 and all(is_boilerplate_line(line) for line in lines)


def _mark_inside(document: Document, unit: Span, out: list[Span]) -> None:
    """Furniture inside one paragraph of the story: whole lines, sentences, credits."""
    text = document.text
    sentences = document.sentences
    index = document.sentence_index(unit.start)
    one_line = text.find("\n", unit.start, unit.end) < 0
    single = one_line and index is not None and sentences[index] == unit
    if single:
        # One line and one sentence (most paragraphs): asked as both, with shared work.
        whole, sentence = line_and_sentence(text[unit.start : unit.end])
        if whole:
            out.append(unit)
        if sentence:
            out.append(unit)
    elif one_line:  # the unit is that line, already stripped
        if is_boilerplate_line(text[unit.start : unit.end]):
            out.append(unit)
    else:
        pos = unit.start
        for raw in text[unit.start : unit.end].split("\n"):
            line = _strip(text, pos, pos + len(raw))
            pos += len(raw) + 1
            # A line of a longer paragraph may be a piece of a wrapped sentence: only the
            # sure signs count there, not a phrase that a sentence could contain.
            if line.end > line.start and is_boilerplate_sentence(text[line.start : line.end]):
                out.append(line)
    while not single and index is not None and index < len(sentences):
        sentence_span = sentences[index]
        if sentence_span.start >= unit.end:
            break
        if is_boilerplate_sentence(text[sentence_span.start : sentence_span.end]):
            out.append(sentence_span)
        index += 1
    if text.find("(", unit.start, unit.end) >= 0 or text.find("[", unit.start, unit.end) >= 0:
        out.extend(Span(a, b) for a, b in inline_boilerplate(text, unit.start, unit.end))


# -- metadata -------------------------------------------------------------------------


def _published(document: Document) -> tuple[_dt.date | None, PublishedSource]:
    """The publication date and where it came from: given > metadata > inferred."""
    if document.published is not None:
        return _as_date(document.published), PublishedSource.GIVEN
    meta = _parse_date(document.metadata.get("published"))
    if meta is not None:
        return meta, PublishedSource.METADATA
    from newsfacts.extractors._pubdate import infer_published

    inferred = infer_published(document)
    if inferred is not None:
        return inferred, PublishedSource.INFERRED
    return None, PublishedSource.UNKNOWN


def _as_date(value: _dt.date) -> _dt.date:
    return value.date() if isinstance(value, _dt.datetime) else value


def _parse_date(value: Any) -> _dt.date | None:
    """A metadata date: a date, a datetime, or a string starting with YYYY-MM-DD."""
    if isinstance(value, _dt.date):
        return _as_date(value)
    if isinstance(value, str) and len(value.strip()) >= 10:
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _meta_authors(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return []
    out: list[str] = []
    for item in value:
        if isinstance(item, str) and item.strip():
            out.extend(split_names(item) or [" ".join(item.split())])
    return _dedupe(out)


def _clean_str(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


# -- spans ----------------------------------------------------------------------------


def _strip(text: str, start: int, end: int) -> Span:
    """The span ``start..end`` without its surrounding white space (empty if nothing is left)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping ones joined."""
    out: list[Span] = []
    for span in sorted(spans):
        if span.end <= span.start:
            continue
        if out and span.start <= out[-1].end:
            if span.end > out[-1].end:
                out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


def _dedupe(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
