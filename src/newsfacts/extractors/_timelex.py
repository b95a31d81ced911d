"""The time lexicons (``data/time_*.txt``) as look-up tables, built once per process.

Each file holds ``<words> <code>`` lines; the last field is the code and the rest the
words, so multi-word entries ("new year's day") need no quoting. The small closed word
classes of the grammar live apart, in ``data/time_grammar.txt`` (see :func:`word_class`).
"""

from __future__ import annotations

from functools import cache

from newsfacts.lexicons import lexicon_lines

__all__ = ["int_table", "table", "word_class"]


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


@cache
def _grammar() -> dict[str, frozenset[str]]:
    """``data/time_grammar.txt``: ``<class>: <words...>`` lines, several may add to a class."""
    classes: dict[str, set[str]] = {}
    for line in lexicon_lines("time_grammar"):
        name, sep, words = line.partition(":")
        if not sep:
            raise ValueError(f"time_grammar.txt: no class name in {line!r}")
        classes.setdefault(name.strip(), set()).update(words.split())
    return {name: frozenset(words) for name, words in classes.items()}


def word_class(name: str) -> frozenset[str]:
    """One word class of ``data/time_grammar.txt``; callers bind it once, at import."""
    try:
        return _grammar()[name]
    except KeyError:
        raise LookupError(f"no word class {name!r} in time_grammar.txt") from None
