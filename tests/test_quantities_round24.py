"""Quantities, round 24 (issue #5): a hyphenated count names what it counts in the plural
("a 48-page report" counts pages, "a four-man crew" men), as annotators write it; a count
of one keeps the singular, and a measure with a unit keeps its unit. All on sentences
written for these tests."""

from __future__ import annotations

import pytest

from _quanttools import extract, the
from newsfacts.extractors._quantnoun import plural_of

# -- the plural of the counted head ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "noun"),
    [
        ("The watchdog released a 48-page report on Tuesday.", "48-page", 48, "pages"),
        ("A three-judge panel heard the appeal in Leeds.", "three-judge", 3, "judges"),
        ("Developers plan a 40-room hotel near the harbour.", "40-room", 40, "rooms"),
        ("The 16-county region voted to leave the scheme.", "16-county", 16, "counties"),
        ("Firefighters reached the top of the 15-storey block.", "15-storey", 15, "storeys"),
        ("The city bought a 30-bus fleet from a Chinese maker.", "30-bus", 30, "buses"),
        ("The three-party coalition collapsed overnight.", "three-party", 3, "parties"),
        ("A four-lane highway will link the two ports.", "four-lane", 4, "lanes"),
    ],
)
def test_a_hyphenated_count_names_the_plural_it_counts(
    text: str, span: str, value: float, noun: str
) -> None:
    q = the(text, span)
    assert (q.value, q.unit, q.noun) == (value, None, noun)


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("A two-woman team reached the summit at dawn.", "two-woman", "women"),
        ("A five-person crew was winched off the trawler.", "five-person", "people"),
        ("Police sent a six-man unit to the border town.", "six-man", "men"),
    ],
)
def test_an_irregular_head_takes_its_irregular_plural(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("They rented a one-bedroom flat in Hackney.", "one-bedroom", "bedroom"),
        ("She won a seat on the 11-member board.", "11-member", "members"),
    ],
)
def test_a_count_of_one_keeps_the_singular(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Police closed a 10-kilometre stretch of the motorway.", "10-kilometre", "kilometre"),
        ("Workers built a 12-mile fence along the border.", "12-mile", "mile"),
        ("The shop sold a 20-inch screen for $99.", "20-inch", "inch"),
    ],
)
def test_a_hyphenated_measure_keeps_its_unit(text: str, span: str, unit: str) -> None:
    q = the(text, span)
    assert q.unit == unit
    assert q.noun is None or not q.noun.endswith("s")  # the object it measures


def test_later_counts_do_not_take_the_plural_of_a_compound() -> None:
    found = extract("A nine-member jury sat. It heard 20 witnesses and 5 were police.")
    assert [q.noun for q in found] == ["members", "witnesses", "witnesses"]


# -- the plural rule itself --------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("page", "pages"),
        ("party", "parties"),
        ("day", "days"),
        ("class", "classes"),
        ("box", "boxes"),
        ("inch", "inches"),
        ("man", "men"),
        ("child", "children"),
        ("foot", "feet"),
        ("policeman", "policemen"),
        ("grandchild", "grandchildren"),
        ("human", "humans"),
        ("German", "Germans"),
        ("hero", "heroes"),
        ("knife", "knives"),
        ("sheep", "sheep"),
        ("aircraft", "aircraft"),
        ("members", "members"),
    ],
)
def test_plural_of(word: str, plural: str) -> None:
    assert plural_of(word) == plural
