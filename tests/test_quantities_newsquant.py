"""The NewsQuant scorer runs on the dev half and the quantities stage stays above a floor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "newsquant.py"


def _load_benchmark() -> ModuleType:
    sys.path.insert(0, str(BENCHMARK.parent))
    try:
        spec = importlib.util.spec_from_file_location("newsquant_benchmark", BENCHMARK)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARK.parent))
    return module


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
