"""A one-line progress report on stderr for batch runs: count, rate, failures, ETA."""

from __future__ import annotations

import sys
import time

__all__ = ["Progress"]


class Progress:
    """Redraws at most five times a second; prints nothing unless enabled."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, done: int, failed: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        line = f"{done}" + (f"/{self.total}" if self.total else "") + f" articles, {rate:.1f}/s"
        if failed:
            line += f", {failed} failed"
        if self.total and rate > 0 and done < self.total:
            line += f", ETA {_clock((self.total - done) / rate)}"
        sys.stderr.write(f"\r\033[K{line}")
        sys.stderr.flush()

    def close(self, done: int, failed: int) -> None:
        if self.enabled:
            self.update(done, failed, force=True)
            sys.stderr.write("\n")


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
