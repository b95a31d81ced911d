"""Helpers for testing newsfacts plugins, in the spirit of pytest's ``pytester``.

>>> from newsfacts.testing import extractor_with, sample_article
>>> facts = extractor_with().extract(sample_article(), published="2026-03-14")
>>> facts.article.text == sample_article()
True
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from newsfacts.pipeline import Extractor

__all__ = ["SAMPLE_PUBLISHED", "extractor_with", "sample_article"]

#: The publication date the sample article is written against.
SAMPLE_PUBLISHED = "2026-03-14"


@cache
def sample_article() -> str:
    """The sample news article shipped in the package (written by the newsfacts team)."""
    path = resources.files("newsfacts") / "data" / "sample_article.txt"
    return path.read_text(encoding="utf-8")


def extractor_with(
    *plugins: object, only: bool = False, disable: Iterable[str] = (), strict: bool = True
) -> Extractor:
    """A fresh Extractor with ``plugins`` added, strict by default so failures surface.

    With ``only=True`` the entry-point plugins (the built-ins included) are disabled, so
    that a test sees just what its own plugins find.
    """
    from newsfacts.plugins import entry_point_plugins

    off = set(disable)
    for ep in entry_point_plugins():
        # A plugin handed over here replaces its own entry-point copy, if it has one.
        if only or any(ep.load()[0] is plugin for plugin in plugins):
            off.add(ep.name)
    return Extractor(plugins, disable=sorted(off), strict=strict)
