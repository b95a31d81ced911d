"""Where events happen, round 21 (issue #7), on sentences written for these tests from a
probe of wire copy: "on the outskirts of X" (and the other parts of a place), "a Kyiv
hospital" (a name before a building) and "a Siberian prison" (a place without a name,
which keeps the dateline away), "stormed the city of X" (a town taken or struck, unless
a larger place follows it), and a capitalised determiner opening a name ("the Second
Thomas Shoal")."""

from __future__ import annotations

import pytest

from _eventtools import place_of

# -- "on the outskirts of X" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "LONDON (Reuters) - Two men were stabbed on the outskirts of Birmingham on Friday.",
            "stabbed",
            "Birmingham",
        ),
        (
            "BUDAPEST (AP) — Police arrested 30 migrants on the banks of the Danube on Sunday.",
            "arrested",
            "Danube",
        ),
        (
            "KYIV, Ukraine (AP) — A missile struck a depot on the edge of Lviv on Monday.",
            "struck",
            "Lviv",
        ),
        (
            "WASHINGTON (AP) — Hundreds of protesters rallied on the steps of the Capitol.",
            "rallied",
            "Capitol",
        ),
    ],
)
def test_a_part_of_a_named_place_places_the_event_there(
    text: str, trigger: str, place: str
) -> None:
    assert place_of(text, trigger) == place


def test_a_part_of_something_that_is_no_name_places_nothing() -> None:
    text = "The company said on Monday that it collapsed on the edge of bankruptcy."
    assert place_of(text, "collapsed") is None


# -- "a Kyiv hospital", "a Siberian prison" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("LONDON (AP) — A wounded soldier died at a Kyiv hospital on Friday.", "died", "Kyiv"),
        (
            "NAIROBI, Kenya (AP) — A bomb exploded at a Mogadishu hotel on Tuesday.",
            "exploded",
            "Mogadishu",
        ),
        (
            "PARIS (AFP) - Gunmen opened fire in a Lagos market on Tuesday, police said.",
            "opened fire",
            "Lagos",
        ),
        (
            "DUBAI (Reuters) - A French citizen was executed in a Tehran prison on Monday.",
            "executed",
            "Tehran",
        ),
    ],
)
def test_a_name_before_a_building_is_the_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("MOSCOW (AP) — The opposition leader died in a Siberian prison on Friday.", "died"),
        ("LONDON (AP) — Twelve fans were crushed at a Guatemalan stadium on Sunday.", "crushed"),
        ("MIAMI (AP) — Two Americans were detained in a Venezuelan jail on Monday.", "detained"),
    ],
)
def test_a_nationality_before_a_building_keeps_the_dateline_away(text: str, trigger: str) -> None:
    assert place_of(text, trigger) is None


def test_a_nationality_before_an_event_noun_is_no_place() -> None:
    text = "KYIV, Ukraine (AP) — Two civilians were killed in a Russian attack on Monday."
    assert place_of(text, "killed") == "Kyiv"


# -- "stormed the city of X" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "KHARTOUM, Sudan (AP) — Paramilitary forces stormed the city of Wad Madani on Monday.",
            "stormed",
            "Wad Madani",
        ),
        (
            "JERUSALEM (AP) — Israeli troops raided the West Bank city of Jenin on Thursday.",
            "raided",
            "Jenin",
        ),
        (
            "KYIV (AP) — Russian forces captured the eastern town of Avdiivka on Saturday.",
            "captured",
            "Avdiivka",
        ),
        (
            "ANKARA, Turkey (Reuters) - An earthquake struck the town of Malatya on Monday.",
            "struck",
            "Malatya",
        ),
    ],
)
def test_a_town_taken_or_struck_is_the_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "KINSHASA, Congo (AFP) - Rebels attacked the village of Bulenga in North Kivu "
            "province on Thursday.",
            "attacked",
            "North Kivu",
        ),
        (
            "KINSHASA, Congo (AP) — M23 rebels seized the town of Rubaya in eastern Congo on "
            "Tuesday.",
            "seized",
            "Congo",
        ),
    ],
)
def test_a_larger_place_after_the_town_places_the_event(
    text: str, trigger: str, place: str
) -> None:
    assert place_of(text, trigger) == place


def test_a_town_after_a_noun_rather_than_a_verb_is_no_place() -> None:
    text = "LONDON (AP) — The mayor of the city of Leeds resigned on Monday."
    assert place_of(text, "resigned") == "London"


# -- a capitalised determiner opening a name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "MANILA, Philippines (Reuters) - Chinese ships fired water cannon near the Second "
            "Thomas Shoal on Saturday.",
            "fired",
            "Second Thomas Shoal",
        ),
        (
            "DALLAS (AP) — A gunman opened fire at the First Baptist Church on Sunday.",
            "opened fire",
            "First Baptist Church",
        ),
    ],
)
def test_a_capitalised_determiner_opens_a_longer_name(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


# -- a compass word before a name, a building before "in + city", "the country" --------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "LONDON (AP) — Police arrested two men in east London on Wednesday.",
            "arrested",
            "London",
        ),
        ("GAZA CITY (AP) — Strikes killed 12 people in north Gaza on Monday.", "killed", "Gaza"),
        (
            "PARIS (AFP) - Floods swept through homes in south-west France on Sunday.",
            "swept",
            "France",
        ),
    ],
)
def test_a_compass_word_before_a_name_is_part_of_the_place(
    text: str, trigger: str, place: str
) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "WASHINGTON (AP) — World leaders gathered at U.N. headquarters in New York on Tuesday.",
            "gathered",
            "New York",
        ),
        (
            "PARIS (AFP) - Ministers met at NATO headquarters in Brussels on Thursday.",
            "met",
            "Brussels",
        ),
    ],
)
def test_a_building_before_in_and_a_city_is_placed_by_the_city(
    text: str, trigger: str, place: str
) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    "text",
    [
        "PARIS (AFP) - Protesters clashed with police throughout the country on Thursday.",
        "LAGOS, Nigeria (AP) — Workers protested across the nation on Monday.",
    ],
)
def test_the_country_is_a_place_without_a_name(text: str) -> None:
    trigger = "clashed" if "clashed" in text else "protested"
    assert place_of(text, trigger) is None
