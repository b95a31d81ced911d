"""Spreading a batch over worker processes, streaming, in input order.

Articles are sent in chunks; at most ``2 * workers`` chunks are in flight, so memory
stays flat however long the input is. Each worker builds its Extractor once and ignores
Ctrl-C, which the parent handles (it stops reading input and lets the generator close).

A worker that dies (killed, out of memory, a crash in C code) breaks the pool. No record
is lost for it: the articles that were in flight are run again, one at a time, in a new
pool, so that the one that kills its worker is found and reported as an error, and the
others get their facts.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

from newsfacts.errors import PluginError
from newsfacts.pipeline import Result, _Recipe, article_id, extract_chunk, init_worker

__all__ = ["run_parallel"]

Item = tuple[int, Any]
_T = TypeVar("_T")


def _init(recipe: _Recipe) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    if hasattr(signal, "SIGTERM"):  # not the parent's handler, inherited through fork
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    init_worker(recipe)


def _exit_with(parent: int) -> None:
    """End this worker when its parent is gone (killed with -9, say), not linger idle."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _run_chunk(chunk: list[Item], finish: Callable[[Result], Any]) -> list[Any] | tuple[str, str]:
    """One chunk in a worker; a strict-mode PluginError comes back as (plugin, message).

    (PluginError does not survive pickling, as its constructor takes two arguments.)
    """
    try:
        return extract_chunk(chunk, finish)
    except PluginError as exc:
        return exc.plugin, exc.message


def run_parallel(
    recipe: _Recipe,
    numbered: Iterable[Item],
    finish: Callable[[Result], _T],
    *,
    workers: int,
    chunksize: int,
) -> Iterator[_T]:
    """Yield ``finish(result)`` per article, in order, computed by ``workers`` processes."""
    items = iter(numbered)
    suspects: deque[Item] = deque()  # in flight when a worker died: rerun one by one
    while True:
        pool = ProcessPoolExecutor(workers, initializer=_init, initargs=(recipe,))
        try:
            finished = yield from _drain(pool, items, suspects, finish, workers, chunksize)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if finished:
            return


def _drain(
    pool: ProcessPoolExecutor,
    items: Iterator[Item],
    suspects: deque[Item],
    finish: Callable[[Result], _T],
    workers: int,
    chunksize: int,
) -> Generator[_T, None, bool]:
    """Run the pool until the input is done (True) or a worker dies (False)."""
    pending: deque[tuple[list[Item], Future[list[Any] | tuple[str, str]]]] = deque()
    while True:
        # Suspects run alone, so that a second death names its article.
        limit = 1 if suspects else 2 * workers
        while len(pending) < limit:
            if suspects:
                if pending:
                    break
                chunk = [suspects.popleft()]
            else:
                chunk = list(islice(items, chunksize))
                if not chunk:
                    break
            pending.append((chunk, pool.submit(_run_chunk, chunk, finish)))
        if not pending:
            return True
        chunk, future = pending.popleft()
        try:
            results = future.result()
        except BrokenProcessPool:
            lost = [*chunk, *(item for c, _ in pending for item in c)]
            if len(lost) == 1:  # it was alone in flight: it killed its worker
                index, article = lost.pop(0)
                yield finish(
                    Result(
                        id=article_id(index, article),
                        error="the worker process died while extracting this article",
                    )
                )
            suspects.extendleft(reversed(lost))
            return False
        except Exception as exc:  # the chunk could not be sent or returned
            for index, article in chunk:
                yield finish(Result(id=article_id(index, article), error=f"worker failed: {exc}"))
            continue
        if isinstance(results, tuple):  # strict mode: stop at the first plugin failure
            raise PluginError(*results)
        yield from results
