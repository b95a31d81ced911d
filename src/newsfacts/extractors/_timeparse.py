"""dateparser, for the written forms of a full date that our own grammar leaves aside.

The candidate finder hands over only one short token sequence that already looks like a
full date in a less common layout ("05.03.2024", "2024/03/05", "5-Mar-2024"); dateparser
(imported on first use, answers cached) reads it strictly, day first as outside the US.
Nothing relative is asked of it, so the machine's clock never enters.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

__all__ = ["parse_full_date"]

_SETTINGS = {
    "DATE_ORDER": "DMY",
    "STRICT_PARSING": True,  # a day, a month and a year, or nothing
    "PREFER_DAY_OF_MONTH": "first",
    # A fixed base, so that no setting ever falls back on today's date.
    "RELATIVE_BASE": _dt.datetime(2000, 1, 1),
}


@lru_cache(maxsize=4096)
def parse_full_date(text: str) -> _dt.date | None:
    """The date ``text`` names, or None when dateparser cannot read a full date in it."""
    import dateparser  # heavy: imported only when an unusual date layout turns up

    settings = dict(_SETTINGS)
    if text[:4].isdecimal() and not text[4:5].isdecimal():
        settings["DATE_ORDER"] = "YMD"  # "2024/03/05"
    try:
        found = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return found.date() if found is not None else None
