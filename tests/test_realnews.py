"""The real-news gold (``tests/realnews/``) is stand-off and locates in its articles.

The articles come from ``../shared/data``; without it these tests skip.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _benchmarks import load_benchmark
from test_quantities_articles import load_gold as load_quantities

realnews = load_benchmark("realnews")
events_eval = load_benchmark("events_eval")

CLAIM_KINDS = {"direct", "indirect", "mixed"}
SPEAKER_KINDS = {"person", "organization", "group", "anonymous", "unknown", None}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    found = realnews.corpus_texts()
    if not found:
        pytest.skip("../shared/data not found: the real-news articles are not here")
    return found


def _gold_names(split: str) -> list[str]:
    return [
        p.name.removesuffix(".claims.json")
        for p in sorted((realnews.GOLD / split).glob("*.claims.json"))
    ]


def test_both_halves_hold_articles_with_all_three_gold_files() -> None:
    for split in realnews.SPLITS:
        names = _gold_names(split)
        assert len(names) >= 10, split
        for name in names:
            for kind in ("events", "quantities"):
                assert (realnews.GOLD / split / f"{name}.{kind}.json").is_file()


@pytest.mark.parametrize(
    ("split", "name"),
    [(s, n) for s in (*realnews.SPLITS, realnews.SECOND) for n in _gold_names(s)],
)
def test_gold_locates_in_its_article(texts: dict[str, str], split: str, name: str) -> None:
    text = texts[name]
    folder = realnews.GOLD / split
    claims = json.loads((folder / f"{name}.claims.json").read_text(encoding="utf-8"))
    for claim in claims:
        # Stand-off: offsets only, so the corpus's words stay out of the repository.
        assert "text" not in claim
        assert 0 <= claim["start"] < claim["end"] <= len(text)
        assert claim["kind"] in CLAIM_KINDS
        assert claim["speaker_kind"] in SPEAKER_KINDS
    events, published = events_eval.load_gold(folder / f"{name}.events.json", text)
    assert events and published
    assert load_quantities(name, text, folder) is not None


def test_materialise_restores_claim_words(tmp_path: Path, texts: dict[str, str]) -> None:
    names = realnews.materialise("dev", tmp_path)
    assert names
    name = names[0]
    text = (tmp_path / f"{name}.txt").read_text(encoding="utf-8")
    assert text == texts[name]
    claims = json.loads((tmp_path / f"{name}.claims.json").read_text(encoding="utf-8"))
    assert all(text[c["start"] : c["end"]] == c["text"] for c in claims)


def test_the_second_annotation_is_of_check_articles() -> None:
    second = set(_gold_names(realnews.SECOND))
    assert second <= set(_gold_names("check"))
