"""The Dask adapter: bags and dataframes give the same records as one machine."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from newsfacts import Extractor
from newsfacts.testing import SAMPLE_PUBLISHED, sample_article

dask = pytest.importorskip("dask", reason="the newsfacts[dask] extra is not installed")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

import newsfacts.dask as nd  # noqa: E402 - after the skips

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
BUILT_INS = "article,times,quantities,claims,events"


@pytest.fixture(autouse=True)
def built_ins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the built-in plugins, here and in the worker processes (which inherit it)."""
    monkeypatch.setenv("NEWSFACTS_LOAD_PLUGINS", BUILT_INS)


def corpus() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = [
        {"id": "sample", "text": sample_article(), "published": SAMPLE_PUBLISHED}
    ]
    for path in sorted(ARTICLES.glob("*.txt"))[:5]:
        records.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
    records.append({"id": "empty", "text": ""})
    records.append({"id": "bad-date", "text": "Officials spoke.", "published": "soon"})
    records.append({"id": "no-text"})
    return records


def one_machine(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [nd.result_dict(r) for r in Extractor().extract_many(records)]


def test_bag_and_dataframe_on_local_processes_match_one_machine() -> None:
    records = corpus()
    bag = nd.extract(db.from_sequence(records, npartitions=3))
    frame = dd.from_pandas(pd.DataFrame(records), npartitions=2)
    with_facts = nd.extract(frame)
    spawn = multiprocessing.get_context("spawn")  # as on a cluster: nothing inherited
    with ProcessPoolExecutor(2, mp_context=spawn) as pool:
        got_bag = bag.compute(scheduler="processes", pool=pool)
        got_frame = with_facts.compute(scheduler="processes", pool=pool)
    expected = one_machine(records)
    assert got_bag == expected
    assert [json.loads(s) for s in got_frame["facts"]] == expected
    assert list(got_frame["id"]) == [r["id"] for r in records]
    errors = {r["id"]: r["error"] for r in expected if "error" in r}
    assert set(errors) == {"empty", "bad-date", "no-text"}


def test_distributed_local_cluster_matches_one_machine() -> None:
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")
    records = corpus()[:3]
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        distributed.Client(cluster),
    ):
        got = nd.extract(db.from_sequence(records, npartitions=2)).compute()
    assert got == one_machine(records)


def test_dataframe_columns_dates_and_index_ids() -> None:
    frame = pd.DataFrame(
        {
            "body": ["Officials said 40 tanks arrived on Friday.", "The talks ended."],
            "day": [pd.Timestamp("2024-03-08"), pd.NaT],
        },
        index=[10, 11],
    )
    out = nd.extract(
        dd.from_pandas(frame, npartitions=1),
        text_column="body",
        published_column="day",
        output_column="nf",
    ).compute(scheduler="sync")
    rows = [json.loads(s) for s in out["nf"]]
    assert [r["id"] for r in rows] == ["10", "11"]
    assert rows[0]["article"]["published"] == "2024-03-08"
    assert rows[1]["article"]["published"] is None
    assert list(out["body"]) == list(frame["body"])  # the input columns are kept


def test_bag_of_plain_texts_and_extractor_options() -> None:
    texts = ["Officials said 40 tanks arrived.", "Nothing."]
    got = nd.extract(db.from_sequence(texts, npartitions=1), disable=["quantities"]).compute(
        scheduler="sync"
    )
    assert [r["id"] for r in got] == ["0", "1"]
    assert got[0]["quantities"] == []


def test_refuses_other_inputs_and_a_taken_column() -> None:
    with pytest.raises(TypeError, match="dask Bag or DataFrame"):
        nd.extract([{"text": "x"}])
    frame = dd.from_pandas(pd.DataFrame({"text": ["x"], "facts": [1]}), npartitions=1)
    with pytest.raises(ValueError, match="already has a column 'facts'"):
        nd.extract(frame)


def test_import_newsfacts_does_not_import_dask() -> None:
    code = "import sys, newsfacts; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
