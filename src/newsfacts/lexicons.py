"""Word lists shipped as data files in ``newsfacts/data/``, loaded once per process.

A lexicon file is UTF-8 text, one entry a line; ``#`` starts a comment. Entries keep
their case; callers that match case-insensitively lower-case them themselves.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["lexicon", "lexicon_keys", "lexicon_lines"]


@cache
def lexicon_lines(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt`` in file order, comments and blanks removed."""
    path = resources.files("newsfacts") / "data" / f"{name}.txt"
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LookupError(f"no lexicon named {name!r} in newsfacts/data/") from None
    entries = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


@cache
def lexicon(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt`` as a set, for membership tests."""
    return frozenset(lexicon_lines(name))


@cache
def lexicon_keys(name: str) -> frozenset[str]:
    """The first word of every entry of ``data/<name>.txt``, lower-cased: the words a
    table of several columns lists ("warned that" -> "warned"), for membership tests."""
    return frozenset(line.split()[0].lower() for line in lexicon_lines(name))
