"""One self-contained HTML page that shows an article with its facts highlighted.

Readers check an extractor by looking: the page shows the article text exactly as written,
each fact marked by kind, a side panel (speakers and their claims, a timeline of events,
quantities, time expressions), filters, and the plugins' problems. Everything is inlined
(stylesheet, script, data) so the file works when opened from disk with no network.

The highlights are built here, server side, as one element per fact (split only where two
facts cross), so the page grows with the number of facts, never with the number of
characters. The details shown on hover come from a JSON block that is escaped so that no
text from the article can close the script element it lives in.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import html
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple, TypeVar

import attrs

from newsfacts.models import (
    Claim,
    Event,
    Facts,
    Participant,
    Quantity,
    Span,
    Speaker,
    TimeExpression,
)

__all__ = ["render_html", "write_pages"]

#: The kinds of highlight, in the order of the legend and of nesting when spans coincide.
KINDS: tuple[str, ...] = ("claim", "speaker", "event", "time", "quantity")

_KIND_LABELS = {
    "claim": ("Claims", "solid underline, speaker shown after"),
    "speaker": ("Speakers", "boxed"),
    "event": ("Events", "double underline"),
    "time": ("Times", "dotted underline"),
    "quantity": ("Quantities", "dashed underline"),
}

# Article-level parts (headline, byline...) are styled but are not facts and not filtered.
_META_RANK = -1
_TEXT_PREVIEW = 140


def _esc(text: str) -> str:
    """Escape text for an HTML text node; carriage returns survive HTML's newline folding."""
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _attr(text: str) -> str:
    return html.escape(text, quote=True).replace("\r", "&#13;")


def _json_for_script(data: object) -> str:
    """JSON that cannot end its ``<script>`` element early nor open a comment in it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # "<", ">" and "&" only occur inside JSON strings, where \\u escapes are equivalent.
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@cache
def _asset(name: str) -> str:
    text = (resources.files("newsfacts") / "data" / name).read_text(encoding="utf-8")
    closing = "</script" if name.endswith(".js") else "</style"
    if closing in text.lower():  # pragma: no cover - guards our own shipped assets
        raise ValueError(f"asset {name} contains {closing!r} and cannot be inlined")
    return text


def _preview(text: str, limit: int = _TEXT_PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _number(value: float) -> str:
    """A number as a reader writes it: 2,000 or 2.5 or 250,000,000."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _label(value: object) -> str:
    return str(value).replace("_", " ")


# -- what each fact shows --------------------------------------------------------------


Fields = list[tuple[str, str]]


def _keep(fields: Iterable[tuple[str, object]]) -> Fields:
    return [(name, str(value)) for name, value in fields if value not in (None, "", ())]


def _date_range(start: _dt.date | None, end: _dt.date | None) -> str | None:
    if start is None:
        return None
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()} – {end.isoformat()}"


def _speaker_fields(speaker: Speaker | None) -> Fields:
    if speaker is None:
        return [("Speaker", "(unattributed)")]
    return _keep(
        [
            ("Speaker", speaker.name),
            ("Speaker role", speaker.role),
            ("Speaker kind", _label(speaker.kind)),
        ]
    )


def _claim_fields(claim: Claim) -> Fields:
    return [
        *_keep([("Kind", _label(claim.kind))]),
        *_speaker_fields(claim.speaker),
        *_keep([("Cue", claim.cue), ("Text", _preview(claim.text, 240))]),
    ]


def _time_fields(time: TimeExpression) -> Fields:
    return _keep(
        [
            ("Text", time.text),
            ("Type", _label(time.type)),
            ("Value", time.value),
            ("Normalised date", _date_range(time.start, time.end)),
        ]
    )


def _quantity_fields(quantity: Quantity) -> Fields:
    normalised = None
    if quantity.normalized_value is not None:
        normalised = _number(quantity.normalized_value)
        if quantity.normalized_unit:
            normalised += f" {quantity.normalized_unit}"
    low_high = None
    if quantity.range is not None:
        low_high = f"{_number(quantity.range[0])} – {_number(quantity.range[1])}"
    return _keep(
        [
            ("Text", quantity.text),
            ("Value", _number(quantity.value)),
            ("Unit", quantity.unit),
            ("Noun", quantity.noun),
            ("Qualifier", _label(quantity.qualifier) if quantity.qualifier else None),
            ("Range", low_high),
            ("Normalised", normalised),
        ]
    )


def _participant(participant: Participant) -> str:
    return f"{participant.name} ({_label(participant.role)}, {_label(participant.kind)})"


def _event_fields(event: Event, text: str) -> Fields:
    time = None
    if event.time is not None:
        when = _date_range(event.time.start, event.time.end) or event.time.value
        time = f"{event.time.text} → {when}"
    place = event.place
    if event.location is not None:
        place = ", ".join(p for p in (event.location.name, event.location.country) if p)
    return _keep(
        [
            ("Trigger", event.trigger),
            ("Type", _label(event.type)),
            ("Participants", "; ".join(_participant(p) for p in event.participants)),
            ("Time", time),
            ("Place", place),
            ("Quantities", "; ".join(q.text for q in event.quantities)),
            ("Reported by", event.reported_by.name if event.reported_by else None),
            ("Clause", _preview(event.span.slice(text), 240)),
        ]
    )


# -- the model of the page ---------------------------------------------------------------


class _Mark(NamedTuple):
    """One highlight: a fact (or article part) over a span of the text."""

    start: int
    end: int
    rank: int
    seq: int
    kind: str  # a KINDS entry, or "meta"
    fid: str  # fact id ("c3") or article-part class ("title")
    speaker: str | None = None  # for claims: the name shown beside them


@attrs.frozen
class _SpeakerGroup:
    key: str
    name: str
    role: str | None
    kind: str
    claims: list[str]  # claim ids in text order


@attrs.define
class _Page:
    """Everything the page needs, with ids assigned to facts in text order per kind."""

    facts: Facts
    marks: list[_Mark] = attrs.Factory(list)
    details: dict[str, dict[str, object]] = attrs.Factory(dict)
    speakers: list[_SpeakerGroup] = attrs.Factory(list)
    unattributed: list[str] = attrs.Factory(list)
    counts: dict[str, int] = attrs.Factory(dict)

    def add(
        self,
        kind: str,
        fid: str,
        span: Span,
        title: str,
        fields: Fields,
        speaker: str | None = None,
    ) -> None:
        self.details[fid] = {"kind": kind, "title": title, "fields": fields}
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if span.end > span.start:
            self.marks.append(
                _Mark(span.start, span.end, KINDS.index(kind), len(self.marks), kind, fid, speaker)
            )


_T_fact = TypeVar("_T_fact", Claim, Quantity, TimeExpression, Event)


def _in_order(items: Iterable[_T_fact]) -> list[_T_fact]:
    """Facts in text order: the order their ids are given in, and the panel lists them."""
    return sorted(items, key=lambda f: (f.span.start, -f.span.end))


def _speaker_key(speaker: Speaker) -> str:
    return f"{speaker.kind}:{' '.join(speaker.name.lower().split())}"


def _build(facts: Facts) -> _Page:
    page = _Page(facts)
    text = facts.text
    article = facts.article
    for name in ("title_span", "byline_span", "dateline_span", "credit_span"):
        span = getattr(article, name)
        if span is not None and span.end > span.start:
            part = name.removesuffix("_span")
            page.marks.append(
                _Mark(span.start, span.end, _META_RANK, len(page.marks), "meta", part)
            )
    for span in article.boilerplate:
        if span.end > span.start:
            page.marks.append(
                _Mark(span.start, span.end, _META_RANK, len(page.marks), "meta", "boilerplate")
            )

    groups: dict[str, _SpeakerGroup] = {}
    speaker_marks: set[tuple[int, int, str]] = set()
    for i, claim in enumerate(_in_order(facts.claims)):
        cid = f"c{i}"
        speaker = claim.speaker
        shown = speaker.name if speaker is not None else None
        page.add(
            "claim", cid, claim.span, f"Claim · {_label(claim.kind)}", _claim_fields(claim), shown
        )
        if speaker is None:
            page.unattributed.append(cid)
            continue
        key = _speaker_key(speaker)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _SpeakerGroup(key, speaker.name, None, str(speaker.kind), [])
        if group.role is None and speaker.role:
            groups[key] = group = attrs.evolve(group, role=speaker.role)
        group.claims.append(cid)
        if speaker.span is not None:
            speaker_marks.add((speaker.span.start, speaker.span.end, key))
    page.speakers = sorted(groups.values(), key=lambda g: (-len(g.claims), g.claims[0]))
    by_key = {g.key: g for g in page.speakers}
    for n, (start, end, key) in enumerate(sorted(speaker_marks)):
        group = by_key[key]
        fields = _keep(
            [
                ("Name", group.name),
                ("Role", group.role),
                ("Kind", _label(group.kind)),
                ("Mention", text[start:end]),
                ("Claims", len(group.claims)),
            ]
        )
        page.add("speaker", f"s{n}", Span(start, end), "Speaker", fields)

    for i, event in enumerate(_in_order(facts.events)):
        page.add(
            "event",
            f"e{i}",
            event.trigger_span,
            f"Event · {_label(event.type)}",
            _event_fields(event, text),
        )
    for i, time in enumerate(_in_order(facts.times)):
        page.add("time", f"t{i}", time.span, f"Time · {_label(time.type)}", _time_fields(time))
    for i, quantity in enumerate(_in_order(facts.quantities)):
        page.add("quantity", f"q{i}", quantity.span, "Quantity", _quantity_fields(quantity))
    return page


# -- the article text with its highlights ------------------------------------------------


def _open_tag(mark: _Mark, first: bool) -> str:
    if mark.kind == "meta":
        return f'<span class="nf-m nf-m-{mark.fid}">'
    classes = f"nf k-{mark.kind}" + ("" if first else " nf-cont")
    ident = f' id="f-{mark.fid}"' if first else ""
    return f'<mark class="{classes}" data-f="{mark.fid}"{ident}>'


def _close_tag(mark: _Mark) -> str:
    return "</span>" if mark.kind == "meta" else "</mark>"


def _highlighted(text: str, marks: list[_Mark]) -> Iterator[str]:
    """The text as HTML, each mark one element, split only where two marks cross.

    A sweep over the marks' boundaries: between two boundaries the set of covering marks
    is fixed; the elements open are kept as long as they are a prefix of that set (ordered
    outermost first), so properly nested marks are never split. The work is linear in the
    text plus the number of marks times the nesting depth.
    """
    order = sorted(marks, key=lambda m: (m.start, -m.end, m.rank, m.seq))
    position = {m: i for i, m in enumerate(order)}
    starts: dict[int, list[_Mark]] = {}
    ends: dict[int, list[_Mark]] = {}
    for m in order:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, []).append(m)
    boundaries = sorted({0, len(text), *starts, *ends})
    active: list[int] = []  # positions (in `order`) of the marks covering the current piece
    stack: list[_Mark] = []  # elements currently open, outermost first
    opened: set[_Mark] = set()
    for here, there in zip(boundaries, [*boundaries[1:], len(text)], strict=True):
        for m in ends.get(here, ()):
            active.remove(position[m])
        ended = [m for m in stack if m.end == here]
        for m in starts.get(here, ()):
            bisect.insort(active, position[m])
        wanted = [order[i] for i in active]
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        while len(stack) > keep:
            m = stack.pop()
            yield _close_tag(m)
            if m in ended and m.speaker is not None:
                yield f'<span class="nf-by" data-speaker="{_attr(m.speaker)}"></span>'
        for m in wanted[keep:]:
            yield _open_tag(m, m not in opened)
            opened.add(m)
            stack.append(m)
        if there > here:
            yield _esc(text[here:there])
    for m in reversed(stack):  # pragma: no cover - every mark ends within the text
        yield _close_tag(m)


# -- the side panel ------------------------------------------------------------------------


def _jump(fid: str, label: str, cls: str = "nf-jump") -> str:
    return f'<button type="button" class="{cls}" data-target="{fid}">{_esc(label)}</button>'


def _speakers_html(page: _Page) -> Iterator[str]:
    text = page.facts.text
    claims = {f"c{i}": c for i, c in enumerate(_in_order(page.facts.claims))}
    yield '<section class="nf-section" id="nf-speakers"><h2>Speakers</h2>'
    if not page.speakers and not page.unattributed:
        yield '<p class="nf-empty">No claims found.</p>'
    groups: list[tuple[str, str | None, str | None, list[str]]] = [
        (g.name, g.role, g.kind, g.claims) for g in page.speakers
    ]
    if page.unattributed:
        groups.append(("Unattributed", None, None, page.unattributed))
    if groups:
        yield '<ul class="nf-speaker-list">'
    for name, role, kind, ids in groups:
        extra = ", ".join(_label(x) for x in (role, kind) if x and x != "unknown")
        yield '<li class="nf-speaker">'
        yield _jump(ids[0], name, "nf-jump nf-speaker-name")
        yield f' <span class="nf-count" title="claims">{len(ids)}</span>'
        if extra:
            yield f'<div class="nf-role">{_esc(extra)}</div>'
        yield '<ol class="nf-claims">'
        for cid in ids:
            claim = claims[cid]
            snippet = _preview(claim.span.slice(text), 90)
            yield f'<li class="nf-claim-{_attr(str(claim.kind))}">{_jump(cid, snippet)}</li>'
        yield "</ol></li>"
    if groups:
        yield "</ul>"
    yield "</section>"


def _sort_day(time: TimeExpression | None) -> str | None:
    """An ISO-sortable key for a time, or None when it cannot be placed on a calendar."""
    if time is None:
        return None
    if time.start is not None:
        return time.start.isoformat()
    match = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\dW])", time.value)
    return match.group(0) if match else None


def _when(time: TimeExpression) -> str:
    """How the timeline labels a time: a day, a year or month as such, else the days covered."""
    if _COARSE.fullmatch(time.value):
        return time.value
    return _date_range(time.start, time.end) or time.value


_COARSE = re.compile(r"\d{4}(?:-\d{2})?")


def _timeline_html(page: _Page) -> Iterator[str]:
    events = list(enumerate(_in_order(page.facts.events)))
    dated = [(d, i, e) for i, e in events if (d := _sort_day(e.time)) is not None]
    undated = [(i, e) for i, e in events if _sort_day(e.time) is None]
    yield '<section class="nf-section" id="nf-timeline"><h2>Timeline</h2>'
    if not events:
        yield '<p class="nf-empty">No events found.</p>'
    else:
        yield '<ol class="nf-timeline">'
        rows = [(e.time, i, e) for _, i, e in sorted(dated, key=lambda r: (r[0], r[1]))]
        rows += [(e.time, i, e) for i, e in undated]
        for time, i, event in rows:
            if time is not None:
                when = _when(time)
                stamp = f'<time title="{_attr(time.text)}">{_esc(when)}</time>'
            else:
                stamp = '<span class="nf-undated">undated</span>'
            who = ", ".join(p.name for p in event.participants)
            yield f'<li class="nf-tl-{_attr(str(event.type))}">{stamp} '
            yield _jump(f"e{i}", event.trigger)
            yield f' <span class="nf-type">{_esc(_label(event.type))}</span>'
            if who:
                yield f'<div class="nf-who">{_esc(who)}</div>'
            yield "</li>"
        yield "</ol>"
    yield "</section>"


def _quantities_html(page: _Page) -> Iterator[str]:
    quantities = _in_order(page.facts.quantities)
    yield '<section class="nf-section" id="nf-quantities"><h2>Quantities</h2>'
    if not quantities:
        yield '<p class="nf-empty">No quantities found.</p>'
    else:
        yield (
            '<table class="nf-table"><thead><tr><th>As written</th><th>Value</th>'
            "<th>Unit</th><th>Noun</th><th>Qualifier</th></tr></thead><tbody>"
        )
        for i, q in enumerate(quantities):
            cells = (
                _number(q.value),
                q.normalized_unit or q.unit or "",
                q.noun or "",
                _label(q.qualifier) if q.qualifier else "",
            )
            yield f"<tr><td>{_jump(f'q{i}', q.text)}</td>"
            yield "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>"
        yield "</tbody></table>"
    yield "</section>"


def _times_html(page: _Page) -> Iterator[str]:
    times = _in_order(page.facts.times)
    yield '<section class="nf-section" id="nf-times"><h2>Time expressions</h2>'
    if not times:
        yield '<p class="nf-empty">No time expressions found.</p>'
    else:
        yield (
            '<table class="nf-table"><thead><tr><th>As written</th><th>Value</th>'
            "<th>Dates</th></tr></thead><tbody>"
        )
        for i, t in enumerate(times):
            dates = _date_range(t.start, t.end) or ""
            yield f"<tr><td>{_jump(f't{i}', t.text)}</td>"
            yield f"<td><code>{_esc(t.value)}</code></td><td>{_esc(dates)}</td></tr>"
        yield "</tbody></table>"
    yield "</section>"


# -- the page ------------------------------------------------------------------------------


def _header_html(page: _Page, title: str, back: str | None) -> Iterator[str]:
    facts = page.facts
    article = facts.article
    yield '<header class="nf-top">'
    if back:
        yield f'<a class="nf-back" href="{_attr(back)}">← All articles</a>'
    yield f"<h1>{_esc(title)}</h1>"
    meta: list[str] = []
    if article.published is not None:
        meta.append(
            f"Published <time>{article.published.isoformat()}</time> "
            f"({_esc(str(article.published_source))})"
        )
    else:
        meta.append("Publication date unknown")
    if article.authors:
        meta.append("By " + _esc(", ".join(article.authors)))
    if article.contributors:
        meta.append("With " + _esc(", ".join(article.contributors)))
    if article.editors:
        meta.append("Edited by " + _esc(", ".join(article.editors)))
    if article.dateline:
        meta.append("Dateline " + _esc(article.dateline))
    words = len(facts.text.split())
    meta.append(f"{words:,} words")
    yield f'<p class="nf-meta">{" · ".join(meta)}</p>'
    if facts.problems:
        yield '<div class="nf-problems" role="alert">'
        yield f"<h2>{len(facts.problems)} problem{'s' if len(facts.problems) != 1 else ''}</h2>"
        yield "<ul>"
        for problem in facts.problems:
            yield f"<li><b>{_esc(problem.plugin)}</b>: {_esc(problem.message)}</li>"
        yield "</ul></div>"
    yield _legend_html(page)
    yield "</header>"


def _legend_html(page: _Page) -> str:
    shown = " ".join(f"nf-show-{k}" for k in KINDS)
    parts = [f'<div class="nf-legend {shown}" role="group" aria-label="Show or hide highlights">']
    for kind in KINDS:
        name, cue = _KIND_LABELS[kind]
        count = len(page.speakers) if kind == "speaker" else page.counts.get(kind, 0)
        parts.append(
            f'<label class="nf-filter" title="{_attr(cue)}">'
            f'<input type="checkbox" checked data-kind="{kind}"> '
            f'<mark class="nf k-{kind} nf-swatch">{name}</mark> '
            f'<span class="nf-count">{count}</span>'
            f'<span class="nf-cue">{_esc(cue)}</span></label>'
        )
    parts.append(
        '<span class="nf-hint">Hover or click a highlight to see its fields; '
        "click an entry in the side panel to jump to it.</span></div>"
    )
    return "".join(parts)


def _page_html(facts: Facts, title: str | None, back: str | None) -> str:
    page = _build(facts)
    heading = title or facts.article.title or "Article"
    shown = " ".join(f"nf-show-{k}" for k in KINDS)
    data = {"facts": page.details}
    parts: list[str] = [
        "<!DOCTYPE html>\n",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newsfacts">',
        f"<title>{_esc(heading)} · newsfacts</title>",
        f"<style>\n{_asset('view.css')}</style></head>\n<body>\n",
        *_header_html(page, heading, back),
        '\n<main class="nf-layout">\n',
        f'<article class="nf-article {shown}" id="nf-article">',
        *_highlighted(facts.text, page.marks),
        "</article>\n",
        '<aside class="nf-panel" aria-label="Facts">',
        *_speakers_html(page),
        *_timeline_html(page),
        *_quantities_html(page),
        *_times_html(page),
        "</aside>\n</main>\n",
        '<div class="nf-card" id="nf-card" role="tooltip" hidden></div>\n',
        f'<script type="application/json" id="nf-data">{_json_for_script(data)}</script>\n',
        f"<script>\n{_asset('view.js')}</script>\n</body></html>\n",
    ]
    return "".join(parts)


def render_html(facts: Facts, *, title: str | None = None) -> str:
    """One self-contained HTML page showing ``facts`` over the article text.

    ``title`` defaults to the article's headline. The page needs no network: its style,
    script and data are inlined, and the article text is escaped, so markup in the
    article shows as text.
    """
    return _page_html(facts, title, None)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _file_stem(ident: str, taken: set[str]) -> str:
    stem = _UNSAFE.sub("-", ident).strip(".-")[:80] or "article"
    if stem.lower() == "index":
        stem = "index-article"
    candidate, n = stem, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}-{n}"
    taken.add(candidate.lower())
    return candidate


def write_pages(items: Iterable[tuple[str, Facts]], out_dir: Path) -> list[Path]:
    """Write one page per ``(id, facts)`` into ``out_dir`` and an ``index.html`` linking them.

    Items are consumed one at a time (a corpus need not fit in memory); file names are
    made safe from the ids and kept unique. Returns the pages written, the index last.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    written: list[Path] = []
    rows: list[str] = []
    for ident, facts in items:
        path = out_dir / f"{_file_stem(ident, taken)}.html"
        path.write_text(
            _page_html(facts, facts.article.title or ident, "index.html"), encoding="utf-8"
        )
        written.append(path)
        rows.append(_index_row(ident, facts, path.name))
    index = out_dir / "index.html"
    index.write_text(_index_html(rows), encoding="utf-8")
    written.append(index)
    return written


def _index_row(ident: str, facts: Facts, href: str) -> str:
    article = facts.article
    speakers = {_speaker_key(c.speaker) for c in facts.claims if c.speaker is not None}
    cells = [
        article.published.isoformat() if article.published else "",
        str(len(facts.claims)),
        str(len(speakers)),
        str(len(facts.events)),
        str(len(facts.times)),
        str(len(facts.quantities)),
    ]
    problems = len(facts.problems)
    title = article.title or _preview(facts.text, 80) or ident
    return (
        f'<tr><td><code>{_esc(ident)}</code></td><td><a href="{_attr(href)}">{_esc(title)}</a></td>'
        + "".join(f'<td class="nf-num">{_esc(c)}</td>' for c in cells)
        + f'<td class="nf-num{" nf-bad" if problems else ""}">{problems}</td></tr>'
    )


def _index_html(rows: list[str]) -> str:
    numbers = ("Claims", "Speakers", "Events", "Times", "Quantities", "Problems")
    head = "<th>Id</th><th>Article</th><th>Published</th>" + "".join(
        f'<th class="nf-num">{h}</th>' for h in numbers
    )
    return "".join(
        [
            "<!DOCTYPE html>\n",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="newsfacts">',
            "<title>Articles · newsfacts</title>",
            f'<style>\n{_asset("view.css")}</style></head>\n<body class="nf-index">\n',
            f'<header class="nf-top"><h1>Articles</h1><p class="nf-meta">{len(rows):,} pages</p>'
            "</header>\n",
            f'<main><table class="nf-table nf-index-table"><thead><tr>{head}</tr></thead><tbody>\n',
            "\n".join(rows),
            "\n</tbody></table></main>\n</body></html>\n",
        ]
    )
