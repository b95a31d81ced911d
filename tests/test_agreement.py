"""The agreement scorer (benchmarks/agreement.py): a second annotation read as a system's
output, scored with the same matchers as the library, and the second annotation of
round 16 well formed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from _benchmarks import load_benchmark
from test_quantities_articles import load_gold as load_quantities

ROUND16 = Path(__file__).parent / "fixtures" / "round16"
ARTICLE = "r16h_chemleak"

agreement = load_benchmark("agreement")


def _copy(folder: Path, *, with_text: bool) -> Path:
    folder.mkdir()
    suffixes = (".claims.json", ".events.json", ".quantities.json")
    for suffix in (*suffixes, ".txt") if with_text else suffixes:
        shutil.copy(ROUND16 / f"{ARTICLE}{suffix}", folder / f"{ARTICLE}{suffix}")
    return folder


def test_an_annotation_agrees_with_itself(tmp_path: Path) -> None:
    first = _copy(tmp_path / "first", with_text=True)
    second = _copy(tmp_path / "second", with_text=False)
    pairs, disputes, names = agreement.run(first, second)
    assert names == [ARTICLE]
    for key in ("second_vs_first", "first_vs_second"):
        claims, quantities = pairs[key].claims, pairs[key].quantities
        assert claims["matched"] == claims["gold"] == claims["found"] == claims["with_speaker"]
        assert quantities["right"] == quantities["gold"] > 0
        events = agreement.totals(pairs[key].events)
        assert events["recall"] == events["complete"] == 1.0
    assert not disputes.contested  # nothing the second annotator gets wrong


def test_a_dropped_claim_and_a_changed_speaker_are_counted(tmp_path: Path) -> None:
    first = _copy(tmp_path / "first", with_text=True)
    second = _copy(tmp_path / "second", with_text=False)
    path = second / f"{ARTICLE}.claims.json"
    claims = json.loads(path.read_text(encoding="utf-8"))
    n = len(claims)
    claims[1]["speaker"], claims[1]["speaker_kind"] = "Someone Else", "person"
    del claims[0]
    path.write_text(json.dumps(claims), encoding="utf-8")
    pairs, disputes, _ = agreement.run(first, second)
    counts = pairs["second_vs_first"].claims
    assert (counts["gold"], counts["found"], counts["matched"]) == (n, n - 1, n - 1)
    assert counts["with_speaker"] == n - 2
    # Every claim newsfacts gets wrong against the first is either clear or contested.
    wrong = pairs["system_vs_first"].claims
    split = disputes.clear.get("claims", 0) + disputes.contested.get("claims", 0)
    assert split == wrong["gold"] - wrong["with_speaker"]


def test_optional_second_events_cost_no_precision() -> None:
    text = "Rebels attacked a convoy. Talks stalled."
    gold = [agreement.GoldEvent("attacked", [(7, 15)], "conflict", [], None, None)]
    second = [
        agreement.GoldEvent("attacked", [(7, 15)], "conflict", [], None, None, optional=True),
        agreement.GoldEvent("stalled", [(32, 39)], "other", [], None, None, optional=True),
    ]
    found = agreement.events_as_system(second, gold)
    assert [e.trigger for e in found] == ["attacked"]
    assert text[found[0].trigger_span.start : found[0].trigger_span.end] == "attacked"


FIXTURES = Path(__file__).parent / "fixtures"
TWICE = sorted(
    (path.parent.parent, path.name[: -len(".claims.json")])
    for path in FIXTURES.glob("round*/second/*.claims.json")
)


@pytest.mark.parametrize(("folder", "name"), TWICE, ids=[name for _, name in TWICE])
def test_every_second_annotation_is_well_formed(folder: Path, name: str) -> None:
    second = folder / "second"
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    for claim in json.loads((second / f"{name}.claims.json").read_text(encoding="utf-8")):
        assert text[claim["start"] : claim["end"]] == claim["text"]
    events, _ = agreement.load_gold(second / f"{name}.events.json", text)
    assert events
    quantities = agreement.quantities_as_system(load_quantities(name, text, second))
    assert all(text[q.span.start : q.span.end] == q.text for q in quantities)


def test_rounds_16_and_17_are_annotated_twice() -> None:
    assert {folder.name for folder, _ in TWICE} == {"round16", "round17"}
    assert len(TWICE) == 28
