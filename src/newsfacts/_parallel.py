"""Spreading a batch over worker processes, streaming, in input order.

Articles are sent in chunks; at most ``2 * workers`` chunks are in flight, so memory
stays flat however long the input is. Each worker builds its Extractor once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from newsfacts.pipeline import Result, _Recipe, article_id, extract_chunk, init_worker

__all__ = ["run_parallel"]


def run_parallel(
    recipe: _Recipe,
    numbered: Iterable[tuple[int, Any]],
    *,
    workers: int,
    chunksize: int,
) -> Iterator[Result]:
    """Yield one Result per article, in order, computed by ``workers`` processes."""
    items = iter(numbered)
    pending: deque[tuple[list[tuple[int, Any]], Future[list[Result]]]] = deque()
    with ProcessPoolExecutor(workers, initializer=init_worker, initargs=(recipe,)) as pool:
        while True:
            while len(pending) < 2 * workers:
                chunk = list(islice(items, chunksize))
                if not chunk:
                    break
                pending.append((chunk, pool.submit(extract_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool as exc:
                raise RuntimeError(f"a worker process died: {exc}") from exc
            except Exception as exc:  # the chunk could not be sent or returned
                for index, article in chunk:
                    yield Result(id=article_id(index, article), error=f"worker failed: {exc}")
