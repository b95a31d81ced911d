"""The quantities of whole wire-style articles, scored against hand-written gold.

``tests/fixtures/quantities/`` holds short articles in eight genres (conflict, disaster,
markets, company results, elections, health, sports, climate), each ``NAME.txt`` with a
``NAME.gold.json`` annotated by hand: a list of ``{text, value, range?, unit, noun,
qualifier}`` in reading order, where ``unit``, ``noun`` and ``qualifier`` may be a list
of acceptable answers and ``{"text": ..., "ignore": true}`` marks a span neither rewarded
nor penalised (a duration the times stage owns). Every number in the text that is not in
the gold is a non-quantity: reporting it costs precision. The scorer runs the whole
pipeline, as a reader would. Run this file as a script to list the misses.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import newsfacts
from _benchmarks import GOLD_FOLDERS
from newsfacts.models import Quantity

FOLDER = Path(__file__).parent / "fixtures" / "quantities"
ARTICLES = Path(__file__).parent / "fixtures" / "articles"
PUBLISHED = "2024-06-05"

# Floors a little below the figures reached; raise them as the extractor improves.
FLOOR_FULL = 0.95
FLOOR_VALUE = 0.95
FLOOR_PRECISION = 0.97


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    data: dict[str, Any]


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    value: int = 0
    full: int = 0


def _alternatives(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else [value]


def locate(text: str, needle: str, start: int) -> int:
    """The first whole-word occurrence of ``needle`` at or after ``start``."""
    pattern = re.compile(r"(?<![\w.,])" + re.escape(needle) + r"(?!\w)")
    found = pattern.search(text, start)
    if found is None:
        raise ValueError(f"gold text {needle!r} not found after offset {start}")
    return found.start()


def gold_path(folder: Path, name: str) -> Path:
    """``NAME.gold.json`` here; ``NAME.quantities.json`` beside the claims and events gold
    of ``fixtures/articles``."""
    path = folder / f"{name}.gold.json"
    return path if path.exists() else folder / f"{name}.quantities.json"


def load_gold(name: str, text: str, folder: Path = FOLDER) -> list[Gold]:
    items = json.loads(gold_path(folder, name).read_text(encoding="utf-8"))
    golds: list[Gold] = []
    cursor = 0
    for item in items:
        begin = locate(text, item["text"], cursor)
        golds.append(Gold(begin, begin + len(item["text"]), item))
        cursor = begin + len(item["text"])
    return golds


def articles(folder: Path = FOLDER) -> list[str]:
    names = (path.name[: -len(".txt")] for path in folder.glob("*.txt"))
    return sorted(name for name in names if gold_path(folder, name).exists())


def value_ok(gold: dict[str, Any], q: Quantity) -> bool:
    if "range" in gold:
        low, high = sorted(gold["range"])
        if q.range is None:
            return False
        return math.isclose(q.range[0], low, rel_tol=1e-4) and math.isclose(
            q.range[1], high, rel_tol=1e-4
        )
    return math.isclose(q.value, gold["value"], rel_tol=1e-4)


def problems(gold: dict[str, Any], q: Quantity) -> list[str]:
    """What the prediction gets wrong about the gold quantity, empty when all is right."""
    wrong: list[str] = []
    if not value_ok(gold, q):
        wrong.append(f"value {q.value} range {q.range}")
    if q.unit not in _alternatives(gold["unit"]):
        wrong.append(f"unit {q.unit!r}")
    nouns = [n.lower() if isinstance(n, str) else n for n in _alternatives(gold["noun"])]
    if (q.noun.lower() if q.noun else None) not in nouns:
        wrong.append(f"noun {q.noun!r}")
    qualifier = q.qualifier.value if q.qualifier else None
    if qualifier not in _alternatives(gold["qualifier"]):
        wrong.append(f"qualifier {qualifier!r}")
    return wrong


def match(golds: list[Gold], found: list[Quantity]) -> dict[int, int]:
    """One-to-one pairs gold -> prediction by overlapping spans, largest overlap first."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(golds):
        for pi, q in enumerate(found):
            overlap = min(g.end, q.span.end) - max(g.start, q.span.start)
            if overlap > 0:
                pairs.append((-overlap, gi, pi))
    used_g: dict[int, int] = {}
    used_p: set[int] = set()
    for _neg, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g[gi] = pi
            used_p.add(pi)
    return used_g


def score(name: str, report: list[str] | None = None, folder: Path = FOLDER) -> Tally:
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    golds = load_gold(name, text, folder)
    found = list(newsfacts.extract(text, published=PUBLISHED).quantities)
    pairs = match(golds, found)
    tally = Tally()
    for gi, g in enumerate(golds):
        if g.data.get("ignore"):
            continue
        tally.gold += 1
        if gi not in pairs:
            if report is not None:
                report.append(f"{name}: MISSED {g.data['text']!r}")
            continue
        q = found[pairs[gi]]
        tally.matched += 1
        tally.value += value_ok(g.data, q)
        wrong = problems(g.data, q)
        tally.full += not wrong
        if wrong and report is not None:
            report.append(f"{name}: {g.data['text']!r} as {q.text!r}: " + ", ".join(wrong))
    ignored = {pi for gi, pi in pairs.items() if golds[gi].data.get("ignore")}
    matched = set(pairs.values())
    for pi, q in enumerate(found):
        if pi in ignored:
            continue
        tally.predicted += 1
        if pi not in matched and report is not None:
            report.append(f"{name}: SPURIOUS {q.text!r} value {q.value} unit {q.unit!r}")
    return tally


def total(report: list[str] | None = None, folder: Path = FOLDER) -> Tally:
    sums = Tally()
    for name in articles(folder):
        one = score(name, report, folder)
        sums.gold += one.gold
        sums.predicted += one.predicted
        sums.matched += one.matched
        sums.value += one.value
        sums.full += one.full
    return sums


def figures(t: Tally) -> dict[str, float]:
    return {
        "recall": t.matched / t.gold,
        "precision": t.matched / t.predicted if t.predicted else 0.0,
        "value": t.value / t.gold,
        "full": t.full / t.gold,
    }


@pytest.mark.parametrize("name", articles())
def test_gold_is_well_formed(name: str) -> None:
    text = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    assert 150 <= len(text.split()) <= 320
    for gold in load_gold(name, text):
        assert text[gold.start : gold.end] == gold.data["text"]
        if not gold.data.get("ignore"):
            assert {"value", "unit", "noun", "qualifier"} <= set(gold.data)


_ARTICLE_FOLDERS = [ARTICLES.parent / name for name in GOLD_FOLDERS]


@pytest.mark.parametrize(
    ("folder", "name"), [(folder, name) for folder in _ARTICLE_FOLDERS for name in articles(folder)]
)
def test_article_gold_is_well_formed(folder: Path, name: str) -> None:
    # Gold beside the claims and events gold: longer articles, measured, not floored.
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    for gold in load_gold(name, text, folder):
        assert text[gold.start : gold.end] == gold.data["text"]
        if not gold.data.get("ignore"):
            assert {"value", "unit", "noun", "qualifier"} <= set(gold.data)


def test_scorer_matches_one_to_one_and_checks_every_field() -> None:
    gold = Gold(
        0,
        11,
        {
            "text": "at least 12",
            "value": 12,
            "unit": None,
            "noun": "people",
            "qualifier": "at_least",
        },
    )
    right = Quantity(
        span=newsfacts.Span(0, 11),
        text="at least 12",
        value=12,
        noun="people",
        qualifier="at_least",
    )
    wrong = Quantity(span=newsfacts.Span(9, 11), text="12", value=12, noun="others")
    assert match([gold], [wrong, right]) == {0: 1}
    assert problems(gold.data, right) == []
    assert problems(gold.data, wrong) == ["noun 'others'", "qualifier None"]


def test_articles_score_above_floor(capsys: pytest.CaptureFixture[str]) -> None:
    result = figures(total())
    with capsys.disabled():
        print(
            "\nquantity articles: "
            + ", ".join(f"{key} {value:.3f}" for key, value in result.items())
        )
    assert result["full"] >= FLOOR_FULL
    assert result["value"] >= FLOOR_VALUE
    assert result["precision"] >= FLOOR_PRECISION


if __name__ == "__main__":
    # python tests/test_quantities_articles.py [FOLDER]: the figures and every miss
    # (tests/fixtures/articles for the gold beside the claims and events gold there).
    lines: list[str] = []
    print(figures(total(lines, Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)))
    print("\n".join(lines))
    sys.exit(0)
