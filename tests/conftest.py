"""Fixtures shared by the test suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The evaluation data at ``../shared/data``; the test is skipped when it is absent."""
    override = os.environ.get("NEWSFACTS_SHARED_DATA")
    path = Path(override) if override else REPO_ROOT.parent / "shared" / "data"
    if not path.is_dir():
        pytest.skip(f"evaluation data not found at {path} (set NEWSFACTS_SHARED_DATA)")
    return path
