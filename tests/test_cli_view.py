"""`newsfacts view` and `extract --format html`: pages written from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfacts.cli import main

ARTICLE = 'Police said 3 people died on Friday. "Stay home," the mayor said. <script>x</script>'


def test_view_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    page = tmp_path / "a.html"
    assert main(["view", str(src), "-o", str(page), "--published", "2024-03-09"]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "<script>x</script>" not in html  # the article's markup is text, not markup
    assert "&lt;script&gt;x&lt;/script&gt;" in html


def test_extract_format_html_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(src), "--format", "html"]) == 0
    assert "<html" in capsys.readouterr().out


def test_view_corpus_writes_pages_and_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "one", "text": ARTICLE})
        + "\n"
        + json.dumps({"id": "two", "text": ""})
        + "\n"
        + json.dumps({"id": "three", "text": ARTICLE})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "pages"
    assert main(["view", str(corpus), "-o", str(out)]) == 1
    names = sorted(p.name for p in out.iterdir())
    assert names == ["index.html", "one.html", "three.html"]
    err = capsys.readouterr().err
    assert "two: the article text is empty" in err and "1 articles failed" in err
