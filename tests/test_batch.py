"""Batches: workers, streaming, a worker that dies, and the per-article time limit."""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Iterator

import pytest

from _plugins import Numbers
from newsfacts import Document, Extractor, PluginError, Result, hookimpl
from newsfacts.plugins import PluginTimeout, can_limit_time, time_limit
from newsfacts.testing import extractor_with

needs_timer = pytest.mark.skipif(not can_limit_time(), reason="no SIGALRM timer here")


class Killer:
    """Kills its worker process on an article that says DIE (a crash in C code, say)."""

    newsfacts_plugin_name = "killer"

    @hookimpl
    def newsfacts_quantities(self, document: Document) -> None:
        if "DIE" in document.text:
            os._exit(3)


class Hang:
    """Hangs on an article that says HANG, in several ways a real plugin might."""

    newsfacts_plugin_name = "hang"

    @hookimpl
    def newsfacts_claims(self, document: Document) -> list[object]:
        if "HANG-SLEEP" in document.text:
            time.sleep(60)
        if "HANG-LOOP" in document.text:
            while True:
                try:
                    pass
                except Exception:  # a plugin that swallows errors cannot swallow the stop
                    continue
        return []

    @hookimpl
    def newsfacts_events(self, document: Document) -> Iterator[object]:
        if "HANG-YIELD" in document.text:
            for _ in itertools.count():
                yield from ()


def texts(n: int) -> list[str]:
    return [f"{i} and {i + 1}" if i % 5 else "" for i in range(n)]


@pytest.mark.parametrize(("workers", "chunksize"), [(2, 1), (2, 3), (3, 16)])
def test_workers_keep_input_order_and_every_record(workers: int, chunksize: int) -> None:
    ex = extractor_with(Numbers(), only=True)
    items = texts(23)
    serial = list(ex.extract_many(items))
    parallel = list(ex.extract_many(items, workers=workers, chunksize=chunksize))
    assert parallel == serial
    assert [r.id for r in parallel] == [str(i) for i in range(23)]
    assert [r.ok for r in parallel] == [bool(t) for t in items]


def first_value(result: Result) -> tuple[str, float | None]:
    """A module-level finishing step, as map_results needs for worker processes."""
    if result.facts is None or not result.facts.quantities:
        return result.id, None
    return result.id, result.facts.quantities[0].value


@pytest.mark.parametrize("workers", [1, 2])
def test_map_results_finishes_each_result_where_it_is_made(workers: int) -> None:
    ex = extractor_with(Numbers(), only=True)
    got = list(ex.map_results(texts(12), first_value, workers=workers, chunksize=2))
    assert got == [(str(i), float(i) if i % 5 else None) for i in range(12)]


def test_workers_stream_with_a_bounded_number_in_flight() -> None:
    ex = extractor_with(Numbers(), only=True)
    read = itertools.count()

    def endless() -> Iterator[str]:
        for i in read:
            yield f"{i} ships"

    results = ex.extract_many(endless(), workers=2, chunksize=4)
    first = list(itertools.islice(results, 10))
    results.close()  # type: ignore[attr-defined]
    assert [r.facts.quantities[0].value for r in first] == list(range(10))  # type: ignore[union-attr]
    assert next(read) <= 10 + 2 * 2 * 4 + 4  # at most 2 * workers chunks ahead


def test_a_dead_worker_loses_no_record() -> None:
    ex = extractor_with(Numbers(), Killer(), only=True)
    items = [f"{i} tanks" for i in range(12)]
    items[5] = "DIE 5"
    results = list(ex.extract_many(items, workers=2, chunksize=3))
    assert [r.id for r in results] == [str(i) for i in range(12)]
    assert [r.ok for r in results] == [i != 5 for i in range(12)]
    assert "worker process died" in (results[5].error or "")
    assert results[4].facts is not None and results[4].facts.quantities[0].value == 4


class Boom:
    newsfacts_plugin_name = "boom"

    @hookimpl
    def newsfacts_quantities(self) -> None:
        raise RuntimeError("boom")


def test_strict_mode_stops_a_parallel_batch() -> None:
    ex = extractor_with(Boom(), only=True, strict=True)
    with pytest.raises(PluginError, match="'boom'.*RuntimeError: boom"):
        list(ex.extract_many(["1", "2", "3"], workers=2, chunksize=1))


def test_an_internal_error_fails_one_record_not_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsfacts.pipeline

    real = newsfacts.pipeline.Document

    def fragile(text: str, **kwargs: object) -> Document:
        if "BUG" in text:
            raise RecursionError("deep")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newsfacts.pipeline, "Document", fragile)
    results = list(
        extractor_with(Numbers(), only=True, strict=False).extract_many(["1", "BUG", "3"])
    )
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error == "internal error: RecursionError: deep"


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(extractor_with(only=True).extract_many(["x"], workers=0))


# -- time limit ------------------------------------------------------------------------


@needs_timer
@pytest.mark.parametrize("marker", ["HANG-SLEEP", "HANG-LOOP", "HANG-YIELD"])
def test_a_hanging_plugin_is_stopped_and_named(marker: str) -> None:
    ex = Extractor([Numbers(), Hang()], disable=ex_disabled(), timeout=0.3)
    started = time.monotonic()
    facts = ex.extract(f"Officials said 40 tanks arrived. {marker}")
    assert time.monotonic() - started < 5
    assert [q.value for q in facts.quantities] == [40]  # the other plugin's facts are kept
    assert [p.plugin for p in facts.problems] == ["hang"]
    assert "time limit of 0.3 s" in facts.problems[0].message


@needs_timer
def test_time_limit_in_strict_mode_raises() -> None:
    ex = Extractor([Hang()], disable=ex_disabled(), strict=True, timeout=0.2)
    with pytest.raises(PluginError, match="'hang'.*time limit"):
        ex.extract("HANG-SLEEP")


@needs_timer
def test_time_limit_applies_in_worker_processes() -> None:
    ex = Extractor([Numbers(), Hang()], disable=ex_disabled(), timeout=0.3)
    items = ["1 ship", "2 ships HANG-LOOP", "3 ships"]
    results = list(ex.extract_many(items, workers=2, chunksize=1))
    assert [r.facts.quantities[0].value for r in results] == [1, 2, 3]  # type: ignore[union-attr]
    assert [[p.plugin for p in r.facts.problems] for r in results] == [[], ["hang"], []]  # type: ignore[union-attr]


def test_no_limit_outside_the_main_thread() -> None:
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(can_limit_time()))
    thread.start()
    thread.join()
    assert seen == [False]


@needs_timer
def test_time_limit_restores_the_previous_handler_and_timer() -> None:
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with time_limit(5):
        pass
    with pytest.raises(PluginTimeout), time_limit(0.05):
        time.sleep(1)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        Extractor(timeout=0)


def ex_disabled() -> list[str]:
    from newsfacts.plugins import entry_point_plugins

    return [p.name for p in entry_point_plugins()]
