"""Load a script of ``benchmarks/`` as a module, for the tests that score with it, and
name the article folders those tests check."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"

# The folders under tests/fixtures/ with claims, events and quantities gold for whole
# articles: the team's own and each round by blind annotators. A new round is added here.
GOLD_FOLDERS = ("articles", *(f"round{n}" for n in range(8, 18)))


@cache
def load_benchmark(name: str) -> ModuleType:
    """``benchmarks/<name>.py``, loaded once, with its folder importable while it loads.

    The module is registered in ``sys.modules`` under ``benchmarks_<name>`` because
    dataclasses look their module up there while it is executed.
    """
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(
            f"benchmarks_{name}", BENCHMARKS / f"{name}.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module
