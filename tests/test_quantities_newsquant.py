"""The NewsQuant scorer runs on the dev half and the quantities stage stays above a floor."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from _benchmarks import load_benchmark


def _load_benchmark() -> ModuleType:
    return load_benchmark("newsquant")


def test_dev_half_scores_above_floor(shared_data: Path) -> None:
    path = shared_data / "newsquant" / "NewsQuant.json"
    if not path.is_file():
        pytest.skip(f"NewsQuant not found at {path}")
    bench = _load_benchmark()
    dev = bench.halves(bench.load(path))["dev"]

    # The quantities stage alone, so that the floor does not move with the times stage.
    def ours(text: str) -> list[object]:
        return bench.our_items(bench.our_quantities(text, None))

    tally = bench.score(dev, ours)
    assert tally.gold > 400
    assert tally.f1(tally.value) >= 90
    assert tally.f1(tally.unit) >= 80
    assert tally.f1(tally.change) >= 87
    assert tally.nouns / tally.counts >= 0.6


def test_scorer_matches_values_units_and_changes() -> None:
    bench = _load_benchmark()
    sentence = {
        "text": "x",
        "quantities": [
            {
                "value": "2000",
                "normalized_unit": "soldier",
                "change": ">",
                "unit": "",
                "referred_concepts": "-",
            },
            {
                "value": "5-7",
                "normalized_unit": "percentage",
                "change": "up",
                "unit": "",
                "referred_concepts": "-",
            },
        ],
    }
    predictions = [
        bench.Item(2000.0, "soldier", ">", "soldier"),
        bench.Item((5.0, 7.0), "percentage", "="),
        bench.Item(3.0, None, "="),
    ]
    tally = bench.score([sentence], lambda _text: predictions)
    assert (tally.gold, tally.pred, tally.value, tally.unit, tally.change) == (2, 3, 2, 2, 2)
    assert tally.change_strict == 1
    assert tally.counts == 1 and tally.nouns == 1
