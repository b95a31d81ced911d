"""The TempEval-3 scorer on a few training documents: figures above a sensible floor.

The full benchmark (``benchmarks/tempeval.py``) reports on te3-platinum; this test only
checks, quickly, that the scorer and the extractor still work together on the training
set (the only set we tune on).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from _benchmarks import load_benchmark


def _load_benchmark() -> ModuleType:
    return load_benchmark("tempeval")


@pytest.fixture(scope="module")
def tempeval() -> ModuleType:
    return _load_benchmark()


def test_reader_keeps_gold_offsets(tempeval: ModuleType, shared_data: Path) -> None:
    folder = shared_data / "tempeval3" / "TBAQ-cleaned" / "AQUAINT"
    if not folder.is_dir():
        pytest.skip(f"TBAQ-cleaned not found under {shared_data}")
    doc = tempeval.read_tml(sorted(folder.glob("*.tml"))[0])
    assert doc.gold
    for timex in doc.gold:
        piece = doc.text[timex.start : timex.end]
        assert piece and piece == piece.strip() and "<" not in piece


def test_scores_on_training_documents(tempeval: ModuleType, shared_data: Path) -> None:
    folder = shared_data / "tempeval3" / "TBAQ-cleaned" / "AQUAINT"
    if not folder.is_dir():
        pytest.skip(f"TBAQ-cleaned not found under {shared_data}")
    docs = [tempeval.read_tml(p) for p in sorted(folder.glob("*.tml"))[:15]]
    counts = tempeval.run(docs, tempeval.ours)
    figures = tempeval.figures(counts)
    assert counts.gold > 40
    assert figures["relaxed"] > 80
    assert figures["strict"] > 65
    assert figures["type"] > 70
    assert figures["value"] > 55


def test_scoring_rules(tempeval: ModuleType) -> None:
    timex = tempeval.Timex
    gold = [timex(0, 6, "DATE", "2024"), timex(10, 20, "DURATION", "P2Y")]
    system = [
        timex(0, 6, "DATE", "2024"),
        timex(12, 20, "DURATION", "P3Y"),
        timex(30, 35, "SET", "P1W"),
    ]
    counts = tempeval.Counts()
    tempeval.score(gold, system, counts)
    assert (counts.strict, counts.relaxed, counts.type, counts.value) == (1, 2, 2, 1)
    assert tempeval.f1(2, 3, 2)[2] == pytest.approx(80.0)
