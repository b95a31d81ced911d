"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path | None:
    """The evaluation data beside the checkout (``../shared/data``), or None when absent."""
    override = os.environ.get("NEWSFACTS_SHARED_DATA")
    path = Path(override) if override else REPO_ROOT.parent / "shared" / "data"
    return path if path.is_dir() else None
