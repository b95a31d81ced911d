"""Reading news pages through the ``html`` extra (trafilatura + htmldate)."""

from __future__ import annotations

import socket
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts.html as nf_html
from newsfacts.document import Document
from newsfacts.errors import InputError
from newsfacts.extractors.article import newsfacts_article
from newsfacts.html import read_html

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Port workers strike as wage talks stall | Example News</title>
<meta property="og:title" content="Port workers strike as wage talks stall">
<meta name="author" content="Lena Marsh; Tomas Okafor">
<meta property="article:published_time" content="2024-03-08T09:30:00Z">
<link rel="canonical" href="https://news.example.com/world/port-strike">
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article>
<h1>Port workers strike as wage talks stall</h1>
<p>HAMBURG, Germany — More than 2,000 dock workers walked off the job on Friday at the
port of Hamburg, halting the loading of about 40 container ships, the ver.di union said.</p>
<p>The strike, the third in as many months, began at 6 a.m. and is expected to last 48
hours. Union leader Maria Keller said the workers wanted a raise of 8 percent.</p>
<p>"We have waited long enough," Keller said.</p>
</article></main>
<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body>
</html>
"""

NAV_ONLY = """<html><head><title>Example News</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/login">Log in</a></li></ul></nav></body></html>"""


def _need_trafilatura() -> None:
    pytest.importorskip(
        "trafilatura", reason="trafilatura is not installed: pip install 'newsfacts[html]'"
    )


def test_reads_text_and_metadata() -> None:
    _need_trafilatura()
    text, meta = read_html(PAGE, source="page.html")
    assert "More than 2,000 dock workers" in text
    assert "Home" not in text.split("\n")
    assert meta["title"] == "Port workers strike as wage talks stall"
    assert meta["published"] == "2024-03-08"
    assert meta["authors"] == ["Lena Marsh", "Tomas Okafor"]
    assert meta["url"] == "https://news.example.com/world/port-strike"


def test_article_stage_uses_the_page_metadata() -> None:
    _need_trafilatura()
    text, meta = read_html(PAGE)
    article = newsfacts_article(document=Document(text, metadata=meta))
    assert article.title == "Port workers strike as wage talks stall"
    assert article.published_source == "metadata"
    assert article.published is not None and article.published.isoformat() == "2024-03-08"
    assert article.authors == ("Lena Marsh", "Tomas Okafor")
    assert article.dateline == "HAMBURG, Germany"
    if article.title_span is not None:
        assert article.title_span.slice(text) == article.title


def test_same_page_same_answer_and_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_trafilatura()

    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("read_html must not open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    assert read_html(PAGE) == read_html(PAGE)


def test_a_bare_fragment_is_read() -> None:
    _need_trafilatura()
    fragment = (
        "<p>The strike began at 6 a.m. on Friday and is expected to last 48 hours, the union "
        "said in a statement.</p><p>Talks resume on Tuesday.</p>"
    )
    text, meta = read_html(fragment)
    assert text.startswith("The strike began")
    assert meta["title"] is None
    assert "published" not in meta


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("just words, no markup at all", "does not look like HTML"),
        (NAV_ONLY, "news article"),
        ("<html><body></body></html>", "no article text"),
    ],
)
def test_bad_pages_raise_a_clear_input_error(html: str, message: str) -> None:
    if "<" in html:
        _need_trafilatura()
    with pytest.raises(InputError) as info:
        read_html(html, source="bad.html")
    assert info.value.source == "bad.html"
    assert message in str(info.value)


def test_huge_page_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nf_html, "MAX_HTML_CHARS", 1000)
    with pytest.raises(InputError, match="too large"):
        read_html("<p>" + "word " * 1000 + "</p>", source="big.html")


def test_missing_extra_names_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(InputError, match=r"newsfacts\[html\]"):
        read_html(PAGE, source="page.html")


def test_wrong_type_is_an_input_error() -> None:
    with pytest.raises(InputError, match="string"):
        read_html(12345)  # type: ignore[arg-type]


def test_page_without_a_date_has_no_published_key() -> None:
    _need_trafilatura()
    page = PAGE.replace(
        '<meta property="article:published_time" content="2024-03-08T09:30:00Z">', ""
    ).replace("2024", "")
    _, meta = read_html(page)
    assert "published" not in meta


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["<p>", "</p>", "<html>", "<body>", "<div>", "</div>", "<script>", "<"]
            ),
            st.text(max_size=40),
        ),
        max_size=20,
    )
)
def test_any_markup_gives_text_or_an_input_error(pieces: list[str]) -> None:
    _need_trafilatura()
    try:
        text, meta = read_html("".join(pieces))
    except InputError:
        return
    assert text.strip()
    assert isinstance(meta["authors"], list)
