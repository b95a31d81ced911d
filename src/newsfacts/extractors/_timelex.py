"""The time lexicons (``data/time_*.txt``) as look-up tables, built once per process.

Each file holds ``<words> <code>`` lines; the last field is the code and the rest the
words, so multi-word entries ("new year's day") need no quoting.
"""

from __future__ import annotations

from functools import cache

from newsfacts.lexicons import lexicon_lines

__all__ = ["int_table", "table"]


@cache
def table(name: str) -> dict[str, str]:
    """``data/time_<name>.txt`` as a mapping from lower-case words to their code."""
    out: dict[str, str] = {}
    for line in lexicon_lines(f"time_{name}"):
        words, _, code = line.rpartition(" ")
        if words:
            out[words.lower()] = code
    return out


@cache
def int_table(name: str) -> dict[str, int]:
    """Like :func:`table`, keeping only the entries whose code is a whole number."""
    return {k: int(v) for k, v in table(name).items() if v.isdecimal()}
