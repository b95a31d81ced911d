"""The HTML view: page structure, escaping, overlapping highlights, size on long articles."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.models import (
    Article,
    Claim,
    Event,
    Facts,
    Participant,
    Problem,
    Quantity,
    Span,
    Speaker,
    TimeExpression,
)
from newsfacts.testing import SAMPLE_PUBLISHED, sample_article
from newsfacts.view import render_html, write_pages

VOID = {"meta", "input", "br", "img", "link", "hr", "wbr"}


def span_of(text: str, needle: str, after: str = "") -> Span:
    """The span of ``needle`` in ``text`` (its first occurrence after ``after``)."""
    start = text.index(needle, text.index(after) if after else 0)
    return Span(start, start + len(needle))


def sample_facts(text: str | None = None) -> Facts:
    """Facts for the sample article, made by hand as the extractors would report them."""
    text = sample_article() if text is None else text
    published = dt.date.fromisoformat(SAMPLE_PUBLISHED)

    def time(
        needle: str, kind: str, value: str, start: str | None = None, end: str | None = None
    ) -> TimeExpression:
        first = dt.date.fromisoformat(start) if start else None
        last = dt.date.fromisoformat(end) if end else first
        return TimeExpression(
            span=span_of(text, needle), text=needle, type=kind, value=value, start=first, end=last
        )

    def quantity(needle: str, value: float, **kw: object) -> Quantity:
        return Quantity(span=span_of(text, needle), text=needle, value=value, **kw)  # type: ignore[arg-type]

    def claim(needle: str, kind: str, speaker: Speaker | None, after: str = "") -> Claim:
        return Claim(span=span_of(text, needle, after), text=needle, kind=kind, speaker=speaker)

    keller = Speaker(
        name="Maria Keller", kind="person", role="union leader", span=span_of(text, "Keller said")
    )
    keller_span = Speaker(
        name="Maria Keller", kind="person", role="union leader", span=span_of(text, "Maria Keller")
    )
    albrecht = Speaker(
        name="Jens Albrecht",
        kind="person",
        role="company spokesman",
        span=span_of(text, "Albrecht said"),
    )
    lindqvist = Speaker(
        name="Petra Lindqvist",
        kind="person",
        role="transport minister",
        span=span_of(text, "She said"),
    )
    friday = time("Friday", "date", "2026-03-13", "2026-03-13")
    tuesday = time("next Tuesday", "date", "2026-03-17", "2026-03-17")
    thursday = time("Thursday", "date", "2026-03-12", "2026-03-12")
    last_year = time("Last year", "date", "2025", "2025-01-01", "2025-12-31")
    workers = quantity(
        "More than 2,000 dock workers", 2000, noun="dock workers", qualifier="more_than"
    )
    cost = quantity(
        "€12 million",
        12e6,
        unit="EUR",
        qualifier="approximately",
        normalized_value=12e6,
        normalized_unit="EUR",
    )
    return Facts(
        article=Article(
            text=text,
            title=text.splitlines()[0],
            title_span=Span(0, len(text.splitlines()[0])),
            published=published,
            published_source="given",
            authors=("Lena Marsh", "Tomas Okafor"),
            byline_span=span_of(text, "By Lena Marsh and Tomas Okafor"),
            dateline="HAMBURG, Germany",
            dateline_span=span_of(text, "HAMBURG, Germany"),
        ),
        claims=(
            claim("We have waited long enough", "direct", keller),
            claim(
                "Our members move nearly 8 million containers a year, and they deserve a fair "
                "share.",
                "direct",
                keller,
            ),
            claim(
                "the workers were asking for a raise of 8 percent over two years",
                "indirect",
                keller_span,
            ),
            claim("The offer on the table is a good one", "direct", albrecht),
            claim(
                'the government would not intervene "at this stage" but was watching the '
                "dispute closely",
                "mixed",
                lindqvist,
            ),
            claim("the protest outside the terminal was peaceful", "indirect", None),
        ),
        quantities=(
            workers,
            quantity(
                "about 40 container ships", 40, noun="container ships", qualifier="approximately"
            ),
            quantity("8 percent", 8, unit="percent"),
            cost,
            quantity(
                "$250 million", 250e6, unit="USD", normalized_value=250e6, normalized_unit="USD"
            ),
        ),
        times=(friday, time("48 hours", "duration", "PT48H"), tuesday, last_year, thursday),
        events=(
            Event(
                span=span_of(text, "More than 2,000 dock workers walked off the job on Friday"),
                trigger="walked off",
                trigger_span=span_of(text, "walked off"),
                type="movement",
                time=friday,
                quantities=(workers,),
                participants=(
                    Participant(
                        name="dock workers",
                        role="agent",
                        kind="group",
                        span=span_of(text, "dock workers"),
                    ),
                ),
            ),
            Event(
                span=span_of(text, "talks would resume next Tuesday in Berlin"),
                trigger="resume",
                trigger_span=span_of(text, "resume"),
                type="diplomacy",
                time=tuesday,
                place="Berlin",
                reported_by=albrecht,
            ),
            Event(
                span=span_of(text, "ships had been diverted to Rotterdam"),
                trigger="diverted",
                trigger_span=span_of(text, "diverted"),
                type="movement",
                time=thursday,
                place="Rotterdam",
            ),
            Event(
                span=span_of(text, "a similar dispute lasted almost three weeks"),
                trigger="dispute",
                trigger_span=span_of(text, "dispute", "similar"),
                type="economic",
                time=last_year,
            ),
            Event(
                span=span_of(text, "urged both sides"),
                trigger="urged",
                trigger_span=span_of(text, "urged"),
                type="statement",
            ),
        ),
        problems=(Problem(plugin="example", message="something <b>went</b> wrong"),),
    )


class Page(HTMLParser):
    """Reads a rendered page: the article's text and elements, checking the nesting."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.in_article = 0
        self.article_text: list[str] = []
        self.article_elements = 0
        self.elements = 0
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.feed(html)
        self.close()
        assert not self.stack, f"unclosed elements: {self.stack}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.elements += 1
        self.tags.append((tag, found))
        if self.in_article:
            self.article_elements += 1
        if tag in VOID:
            return
        self.stack.append((tag, found))
        if found.get("id") == "nf-article":
            self.in_article = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        if self.in_article == len(self.stack):
            self.in_article = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.article_text.append(data)
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.article_text)

    def marks(self, kind: str | None = None) -> list[dict[str, str | None]]:
        return [
            a
            for tag, a in self.tags
            if tag == "mark"
            and a.get("data-f")
            and (kind is None or f"k-{kind}" in (a.get("class") or "").split())
        ]

    def by_id(self, ident: str) -> tuple[str, dict[str, str | None]]:
        (found,) = [(t, a) for t, a in self.tags if a.get("id") == ident]
        return found

    def data(self) -> dict[str, dict[str, dict[str, object]]]:
        (tag, _attrs) = self.by_id("nf-data")
        assert tag == "script"
        return json.loads(self.scripts[0])  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def facts() -> Facts:
    return sample_facts()


@pytest.fixture(scope="module")
def page_html(facts: Facts) -> str:
    return render_html(facts)


def test_page_is_self_contained(page_html: str) -> None:
    assert page_html.startswith("<!DOCTYPE html>")
    page = Page(page_html)
    for tag, attrs in page.tags:
        assert tag not in {"link", "img", "iframe"}, tag
        assert "src" not in attrs, (tag, attrs)
        href = attrs.get("href") or ""
        assert not re.match(r"[a-z]+:", href), href
    assert "http://" not in page_html and "https://" not in page_html
    assert len([t for t, _ in page.tags if t == "script"]) == 2
    assert len([t for t, _ in page.tags if t == "style"]) == 1


def test_article_text_is_rendered_as_written(facts: Facts, page_html: str) -> None:
    assert Page(page_html).text == facts.text


def test_every_fact_is_highlighted_once_by_kind(facts: Facts, page_html: str) -> None:
    page = Page(page_html)
    first = {
        kind: [a for a in page.marks(kind) if a.get("id")]
        for kind in ("claim", "time", "quantity", "event", "speaker")
    }
    assert len(first["claim"]) == len(facts.claims)
    assert len(first["time"]) == len(facts.times)
    assert len(first["quantity"]) == len(facts.quantities)
    assert len(first["event"]) == len(facts.events)
    assert len(first["speaker"]) == len({c.speaker.span for c in facts.claims if c.speaker})
    data = page.data()["facts"]
    for attrs in page.marks():
        assert attrs["data-f"] in data
    # each highlight covers exactly its fact's text
    (quantity,) = [q for q in facts.quantities if q.text == "€12 million"]
    ident = next(k for k, v in data.items() if ["Text", "€12 million"] in v["fields"])
    assert page_html.count(f'data-f="{ident}"') == 1
    assert f'id="f-{ident}">{quantity.text}</mark>' in page_html


def test_fact_fields_are_in_the_data(page_html: str) -> None:
    data = Page(page_html).data()["facts"]
    fields = [dict(v["fields"]) for v in data.values()]  # type: ignore[arg-type]
    assert {
        "Text": "€12 million",
        "Value": "12,000,000",
        "Unit": "EUR",
        "Qualifier": "approximately",
        "Normalised": "12,000,000 EUR",
    }.items() <= next(f for f in fields if f.get("Text") == "€12 million").items()
    assert (
        next(f for f in fields if f.get("Text") == "More than 2,000 dock workers")["Noun"]
        == "dock workers"
    )
    assert next(f for f in fields if f.get("Text") == "Friday")["Normalised date"] == "2026-03-13"
    last_year = next(f for f in fields if f.get("Text") == "Last year")
    assert last_year["Normalised date"] == "2025-01-01 – 2025-12-31"
    walked = next(f for f in fields if f.get("Trigger") == "walked off")
    assert walked["Participants"] == "dock workers (agent, group)"
    assert walked["Time"] == "Friday → 2026-03-13"
    claim = next(f for f in fields if f.get("Text") == "The offer on the table is a good one")
    assert claim["Speaker"] == "Jens Albrecht"
    assert claim["Speaker role"] == "company spokesman"


def test_claims_show_their_speaker_beside_them(page_html: str) -> None:
    badges = re.findall(r'<span class="nf-by" data-speaker="([^"]*)"></span>', page_html)
    assert badges == ["Maria Keller"] * 3 + ["Jens Albrecht", "Petra Lindqvist"]
    # the badge follows the claim's last piece
    assert '</mark><span class="nf-by" data-speaker="Jens Albrecht">' in page_html


def test_speaker_panel_counts_and_links_claims(page_html: str) -> None:
    page = Page(page_html)
    panel = page_html[page_html.index('id="nf-speakers"') : page_html.index('id="nf-timeline"')]
    names = re.findall(r'nf-speaker-name" data-target="(c\d+)">([^<]*)<', panel)
    counts = re.findall(r'title="claims">(\d+)<', panel)
    assert [n for _, n in names] == [
        "Maria Keller",
        "Jens Albrecht",
        "Petra Lindqvist",
        "Unattributed",
    ]
    assert counts == ["3", "1", "1", "1"]
    assert "union leader, person" in panel
    for target in re.findall(r'data-target="(\w+)"', page_html):
        tag, _ = page.by_id(f"f-{target}")
        assert tag == "mark"


def test_timeline_is_ordered_by_normalised_time(page_html: str) -> None:
    timeline = page_html[page_html.index('id="nf-timeline"') : page_html.index('id="nf-quant')]
    stamps = re.findall(r"<time[^>]*>([^<]*)</time>|nf-undated", timeline)
    assert stamps == ["2025", "2026-03-12", "2026-03-13", "2026-03-17", ""]
    triggers = re.findall(r'data-target="e\d+">([^<]*)<', timeline)
    assert triggers == ["dispute", "diverted", "walked off", "resume", "urged"]


def test_quantities_table(page_html: str) -> None:
    table = page_html[page_html.index('id="nf-quantities"') : page_html.index('id="nf-times"')]
    rows = re.findall(r"<tr><td><button[^>]*>([^<]*)</button></td>((?:<td>[^<]*</td>)*)", table)
    assert [r[0] for r in rows] == [
        "More than 2,000 dock workers",
        "about 40 container ships",
        "8 percent",
        "€12 million",
        "$250 million",
    ]
    assert rows[0][1] == "<td>2,000</td><td></td><td>dock workers</td><td>more than</td>"


def test_legend_has_a_filter_per_kind(page_html: str) -> None:
    page = Page(page_html)
    kinds = [a["data-kind"] for t, a in page.tags if t == "input"]
    assert kinds == ["claim", "speaker", "event", "time", "quantity"]
    legend = page_html[page_html.index('class="nf-legend') : page_html.index("</header>")]
    assert re.findall(r'k-(\w+) nf-swatch">\w+</mark> <span class="nf-count">(\d+)', legend) == [
        ("claim", "6"),
        ("speaker", "3"),
        ("event", "5"),
        ("time", "5"),
        ("quantity", "5"),
    ]


def test_problems_are_shown_at_the_top(page_html: str) -> None:
    problems = page_html.index('class="nf-problems"')
    assert problems < page_html.index('id="nf-article"')
    assert "<b>example</b>: something &lt;b&gt;went&lt;/b&gt; wrong" in page_html


def test_no_problems_no_banner() -> None:
    text = "Nothing to see."
    assert 'class="nf-problems"' not in render_html(Facts(article=Article(text=text)))


def test_title_defaults_to_the_headline(facts: Facts) -> None:
    assert "<title>Port workers strike" in render_html(facts)
    assert "<title>Mine · newsfacts</title>" in render_html(facts, title="Mine")
    assert "<h1>Article</h1>" in render_html(Facts(article=Article(text="x")))


HOSTILE = (
    'Headline </script><script>alert("t")</script>\n\n'
    "<b>Bold</b> & <i>italic</i> <!-- comment --> text with &amp; entity.\n"
    'The mayor said "</script><img src=x onerror=alert(1)> is fine".\r\n'
    "<style>body{display:none}</style> ]]> \u2028 end"
)


def hostile_facts() -> Facts:
    text = HOSTILE
    quote = "</script><img src=x onerror=alert(1)> is fine"
    speaker = Speaker(
        name='<script>x</script> "Mayor"',
        kind="person",
        role="<i>mayor</i>",
        span=span_of(text, "The mayor"),
    )
    return Facts(
        article=Article(text=text, title="<b>" + text.splitlines()[0]),
        claims=(Claim(span=span_of(text, quote), text=quote, kind="direct", speaker=speaker),),
        quantities=(
            Quantity(
                span=span_of(text, "<b>Bold</b>"), text="<b>Bold</b>", value=1, noun="</script>"
            ),
        ),
        problems=(Problem(plugin="</script>", message="<script>alert(2)</script>"),),
    )


def test_markup_in_the_article_renders_as_text() -> None:
    facts = hostile_facts()
    html = render_html(facts)
    page = Page(html)
    assert page.text == facts.text
    tags = [t for t, _ in page.tags]
    assert tags.count("script") == 2  # the data block and our script, nothing from the text
    # only our own <style> and the <b> naming the plugin in the problems banner
    assert [t for t in tags if t in {"b", "i", "img", "style"}] == ["style", "b"]
    assert html.lower().count("<script") == 2 and html.lower().count("</script") == 2
    assert "<!--" not in html
    assert "\r" not in html  # written as &#13; so that the browser keeps it
    data = page.data()["facts"]
    assert dict(data["c0"]["fields"])["Text"] == "</script><img src=x onerror=alert(1)> is fine"  # type: ignore[call-overload]
    assert dict(data["s0"]["fields"])["Name"] == '<script>x</script> "Mayor"'  # type: ignore[call-overload]


@st.composite
def texts_with_facts(draw: st.DrawFn) -> Facts:
    text = draw(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=80))
    n = len(text)
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, n), st.integers(0, n)).map(lambda p: Span(min(p), max(p))),
            max_size=12,
        )
    )
    kinds = draw(
        st.lists(
            st.sampled_from(["claim", "quantity", "time", "event"]),
            min_size=len(spans),
            max_size=len(spans),
        )
    )
    claims, quantities, times, events = [], [], [], []
    for span, kind in zip(spans, kinds, strict=True):
        piece = span.slice(text)
        if kind == "claim":
            speaker = Speaker(name="S", kind="person", span=span) if span.start % 2 else None
            claims.append(Claim(span=span, text=piece, kind="direct", speaker=speaker))
        elif kind == "quantity":
            quantities.append(Quantity(span=span, text=piece, value=1.5))
        elif kind == "time":
            times.append(TimeExpression(span=span, text=piece, type="date", value="2024"))
        else:
            events.append(Event(span=span, trigger="x", trigger_span=span, type="other"))
    boiler = draw(st.lists(st.sampled_from(spans), max_size=2)) if spans else []
    return Facts(
        article=Article(text=text, boilerplate=tuple(boiler)),
        claims=claims,
        quantities=quantities,
        times=times,
        events=events,
    )


@settings(max_examples=150, deadline=None)
@given(texts_with_facts())
def test_any_overlap_keeps_the_text_and_the_nesting(facts: Facts) -> None:
    page = Page(render_html(facts))  # the parser checks that every element closes in order
    assert page.text == facts.text
    facts_count = len(facts.claims) * 2 + len(facts.quantities) + len(facts.times)
    facts_count += len(facts.events) + len(facts.article.boilerplate)
    assert page.article_elements <= 2 * facts_count * (facts_count + 1)


def test_crossing_spans_are_split_not_broken() -> None:
    text = "alpha beta gamma delta"
    claim = Claim(
        span=Span(0, 10), text="alpha beta", kind="direct", speaker=Speaker(name="A", kind="person")
    )
    quantity = Quantity(span=Span(6, 16), text="beta gamma", value=2)
    time = TimeExpression(span=Span(6, 10), text="beta", type="date", value="2024")
    facts = Facts(
        article=Article(text=text), claims=(claim,), quantities=(quantity,), times=(time,)
    )
    html = render_html(facts)
    body = html[html.index('id="nf-article">') + 16 : html.index("</article>")]
    assert body == (
        '<mark class="nf k-claim" data-f="c0" id="f-c0">alpha '
        '<mark class="nf k-quantity" data-f="q0" id="f-q0">'
        '<mark class="nf k-time" data-f="t0" id="f-t0">beta</mark></mark></mark>'
        '<span class="nf-by" data-speaker="A"></span>'
        '<mark class="nf k-quantity nf-cont" data-f="q0"> gamma</mark> delta'
    )
    assert Page(html).text == text


def long_article(words: int = 10_000) -> Facts:
    """A long article with a claim, a quantity and a time in every 26 words."""
    sentence = (
        "The council said 45 new buses would arrive on Monday , officials in the city "
        "confirmed after a long meeting that ran late into the evening and"
    )
    pieces = sentence.split()
    text = " ".join(pieces[i % len(pieces)] for i in range(words))
    claims, quantities, times = [], [], []
    for match in re.finditer(r"45 new buses would arrive on Monday", text):
        start = match.start()
        claims.append(
            Claim(
                span=Span(start, match.end()),
                text=match.group(),
                kind="indirect",
                speaker=Speaker(
                    name="The council", kind="organization", span=Span(start - 12, start - 5)
                ),
            )
        )
        quantities.append(Quantity(span=Span(start, start + 12), text="45 new buses", value=45))
        times.append(
            TimeExpression(
                span=Span(match.end() - 6, match.end()),
                text="Monday",
                type="date",
                value="XXXX-WXX-1",
            )
        )
    return Facts(article=Article(text=text), claims=claims, quantities=quantities, times=times)


def test_a_long_article_stays_compact() -> None:
    facts = long_article()
    assert len(facts.text.split()) == 10_000
    html = render_html(facts)
    page = Page(html)
    assert page.text == facts.text
    marks = len(facts.claims) + len(facts.quantities) + len(facts.times) + len(facts.claims)
    assert 1_000 < marks < 2_000
    # one element per highlight, one badge per claim: proportional to facts, not characters
    assert page.article_elements == marks + len(facts.claims)
    assert page.elements < 12 * marks + 200
    assert len(html) < 2 * len(facts.text) + 1_000 * marks


def test_write_pages_streams_a_corpus(tmp_path: Path) -> None:
    facts = sample_facts()
    written: list[Path] = []

    def items() -> Iterator[tuple[str, Facts]]:
        for ident in ("a/1", "a 1", "index", "a-1", "<x>"):
            # the previous page is on disk before the next article is asked for
            assert len(list(tmp_path.glob("out/*.html"))) == len(written)
            written.append(tmp_path)
            yield ident, facts

    paths = write_pages(items(), tmp_path / "out")
    names = [p.name for p in paths]
    assert names == [
        "a-1.html",
        "a-1-2.html",
        "index-article.html",
        "a-1-3.html",
        "x.html",
        "index.html",
    ]
    assert all(p.is_file() for p in paths)
    index = paths[-1].read_text(encoding="utf-8")
    for name in names[:-1]:
        assert f'href="{name}"' in index
    assert "<code>&lt;x&gt;</code>" in index
    page = paths[0].read_text(encoding="utf-8")
    assert '<a class="nf-back" href="index.html">' in page
    assert Page(page).text == facts.text
    assert Page(index).elements > 0


def test_write_pages_with_no_items(tmp_path: Path) -> None:
    (index,) = write_pages([], tmp_path)
    assert "0 pages" in index.read_text(encoding="utf-8")


def test_renders_what_the_pipeline_extracts() -> None:
    import newsfacts

    facts = newsfacts.extract(sample_article(), published=SAMPLE_PUBLISHED)
    page = Page(render_html(facts))
    assert page.text == facts.text
    assert len(page.marks("claim")) >= len(facts.claims)
    assert len(page.marks("quantity")) >= len(facts.quantities)
