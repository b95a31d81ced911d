"""Find the dateline that opens a wire story: "NAIROBI, Kenya —", "LONDON (Reuters) -".

The dateline names the place the story was filed from, in capitals, sometimes followed
by a region, a date (older Reuters style: "LONDON, March 5 (Reuters) -"), the agency in
brackets, and a dash. A place in ordinary capitalisation ("Paris (AFP) -", "Nairobi,
Kenya —") counts only with a bracketed agency or a region, so that an ordinary opening
("Hamas — the group that ...") is not taken for one. Variants: AFP's country in
brackets ("Goma (DR Congo) (AFP) -"), a press release's "/PRNewswire/", and an outlet
named without brackets when it is a listed agency ("Washington CNN —", "TOKYO, July 8
Kyodo -"). Every pattern here is a fixed
sequence of bounded repetitions, so matching is linear.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from newsfacts.lexicons import lexicon

__all__ = ["Dateline", "find_dateline"]

_CAPS_WORD = r"[A-Z][A-Z.'’\-]*[A-Z.]"
_TITLE_WORD = r"[A-Z][a-zà-ÿ'’\-]+"
_REGION = r"(?:,\s[A-Z][\w.'’\-]*(?:\s[A-Z][\w.'’\-]*){0,3})"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:,?\s(?:{_MONTH}\s\d{{1,2}}|\d{{1,2}}\s{_MONTH})(?:,\s\d{{4}})?)"
# "(Reuters)", and a press release's "/PRNewswire/".
_AGENCY = r"(?:\s?(?:\([^()\n]{1,40}\)|/[^/\s][^/\n]{0,39}/))"
# AFP's country in brackets before the agency: "Goma (DR Congo) (AFP) -".
_PAREN_REGION = r"(?:\s\([A-Z][^()\n]{0,30}\)(?=\s?\())"
# CNN's web pages run the place and the outlet together ("Washington CNN —"), as Kyodo
# does after its date ("TOKYO, July 8 Kyodo -").
_BARE_AGENCY = r"(?:\s(?P<bare>[A-Z][A-Za-z0-9]{1,11}))"
# The dash after a dateline; old AP copy uses " _ ", and the dash may end its own line.
_DASH = r"\s?(?:—|–|--|-|_|:)(?:\s|$)"

_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s(?:{_CAPS_WORD}|de|da|del|la|le|es)){{0,3}}"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s{_TITLE_WORD}){{0,2}}"


def _pattern(place: str, dash: str, bare: str = "") -> re.Pattern[str]:
    return re.compile(
        rf"(?P<place>{place}(?P<region>{_REGION}{{1,2}}|{_PAREN_REGION})?)"
        rf"(?P<date>{_DATE})?(?P<agency>{_AGENCY})?{bare}{dash}"
    )


_CAPS = _pattern(_CAPS_PLACE, _DASH, f"{_BARE_AGENCY}?")
_TITLE = _pattern(_TITLE_PLACE, r"\s?(?:—|–|--|-)(?:\s|$)", f"{_BARE_AGENCY}?")


class Dateline(NamedTuple):
    """A dateline: the offsets of its place and of the whole dateline with its dash."""

    place_start: int
    place_end: int
    end: int


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline opening ``text[start:end]`` (a paragraph), or None."""
    match = _CAPS.match(text, start, end)
    if match is None:
        match = _TITLE.match(text, start, end)
        # In ordinary capitalisation only a region or an agency makes a dateline.
        if match is None or not (
            match.group("region") or match.group("agency") or match.group("bare")
        ):
            return None
    bare = match.group("bare")
    if bare and bare.upper() not in _agencies():
        return None  # "Hamas Leader - ..." names no outlet
    place_start, place_end = match.span("place")
    first_word = text[place_start:place_end].split(",")[0].strip().upper()
    if first_word in _not_places():
        return None
    return Dateline(place_start, place_end, match.end())


@cache
def _agencies() -> frozenset[str]:
    return frozenset(w.upper() for w in lexicon("news_agencies"))


@cache
def _not_places() -> frozenset[str]:
    return frozenset(w.upper() for w in lexicon("dateline_not_places"))
