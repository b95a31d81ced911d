"""The article stage against the team's gold metadata (``benchmarks/article_eval.py``)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from _benchmarks import load_benchmark

# The floors reached when the rules were last changed; a drop below them is a regression.
FLOORS = {
    "title": 0.95,
    "authors": 0.9,
    "contributors": 0.9,
    "editors": 0.9,
    "dateline": 0.9,
    "published": 0.8,
}


def _load() -> ModuleType:
    return load_benchmark("article_eval")


def test_gold_articles_meet_the_floors() -> None:
    result = _load().score()
    if result["articles"] == 0:
        pytest.skip("no gold article metadata in tests/fixtures/articles")
    for field, floor in FLOORS.items():
        assert result["accuracy"][field] >= floor, (field, result["misses"])


def test_every_gold_file_has_its_article() -> None:
    folder = Path(__file__).resolve().parent / "fixtures" / "articles"
    for gold in folder.glob("*.article.json"):
        assert (folder / gold.name.replace(".article.json", ".txt")).exists(), gold.name
