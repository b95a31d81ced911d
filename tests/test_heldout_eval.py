"""The blind held-out scorer (``benchmarks/heldout_eval.py``) runs and reports sane figures.

No accuracy floors here: the extractors are still being improved, and these articles are
for measuring, not for tuning. Rule writers should not open ``tests/heldout/``.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from _benchmarks import load_benchmark
from newsfacts.models import ClaimKind, EntityKind, ParticipantRole, Qualifier, TimeType


@pytest.fixture(scope="module")
def evaluation() -> ModuleType:
    return load_benchmark("heldout_eval")


@pytest.fixture(scope="module", params=["heldout", "heldout2", "heldout3", "heldout4"])
def folder(request: pytest.FixtureRequest, evaluation: ModuleType) -> Path:
    """Each held-out set, in the order they were written."""
    path: Path = evaluation.REPO_ROOT / "tests" / request.param
    if not path.is_dir():
        pytest.skip(f"no {path}")
    return path


@pytest.fixture(scope="module")
def figures(evaluation: ModuleType, folder: Path) -> dict[str, dict[str, float]]:
    result: dict[str, dict[str, float]] = evaluation.figures(evaluation.run(folder))
    return result


def _values(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else [value]


def test_every_gold_text_is_found_in_its_article(evaluation: ModuleType, folder: Path) -> None:
    articles = evaluation.load(folder)
    assert len(articles) >= 8
    for article in articles:
        for kind, items in article.gold.items():
            assert items, f"{article.name} has no {kind} gold"
            for item in items:
                needle = item.data["trigger"] if kind == "events" else item.data["text"]
                assert article.text[item.start : item.end] == needle


def test_gold_labels_are_the_library_s_own(folder: Path) -> None:
    for path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for claim in gold["claims"]:
            for kind in _values(claim["kind"]):
                ClaimKind(kind)
            for kind in _values(claim["speaker"]["kind"]):
                EntityKind(kind)
        for quantity in gold["quantities"]:
            for qualifier in _values(quantity["qualifier"]):
                if qualifier is not None:
                    Qualifier(qualifier)
        for time in gold["times"]:
            TimeType(time["type"])
        for event in gold["events"]:
            for participant in event["participants"]:
                ParticipantRole(participant["role"])


def test_figures_are_shares_or_counts(figures: dict[str, dict[str, float]]) -> None:
    assert set(figures) == {"claims", "quantities", "times", "events", "article"}
    for rows in figures.values():
        for key, value in rows.items():
            if isinstance(value, float):
                assert 0.0 <= value <= 1.0, key
            else:
                assert isinstance(value, int) and value >= 0, key
    assert figures["claims"]["gold"] > 0 and figures["article"]["articles"] >= 8


def test_locate_respects_word_boundaries_and_order(evaluation: ModuleType) -> None:
    text = "network of two, then two more"
    first = evaluation.locate(text, "two", 0)
    assert text[first : first + 3] == "two" and first == 11
    assert evaluation.locate(text, "two", first + 1) == 21
    with pytest.raises(evaluation.GoldError):
        evaluation.locate(text, "three", 0)


def test_match_is_one_to_one_largest_overlap_first(evaluation: ModuleType) -> None:
    pairs = evaluation.match([(0, 10), (8, 20)], [(5, 12), (9, 19)])
    assert pairs == {0: 0, 1: 1}


def test_main_prints_the_tables(
    evaluation: ModuleType, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert evaluation.main(["--verbose", "--folder", str(folder)]) == 0
    out = capsys.readouterr().out
    for heading in ("claims", "quantities", "times", "events", "article"):
        assert f"\n{heading}\n" in out
