"""Quantities, round 25 (issue #5): a reading on a scale ("a 7.8-magnitude earthquake")
describes the noun after it and counts no "magnitudes"; a product word written in lower
case before a measure is a common noun ("a galaxy 13 light-years away"), not a model
name; after "of", two noun modifiers lead on to the head ("tonnes of iron ore
reserves"), and so do a preposition of place or extent after the head ("a 9% pay rise
over three years") and a path word after a head that is no verb in "-s" ("capacity
across the grid"); "that one in four" opens a proportion, not a demonstrative "that
one". All on sentences written for these tests."""

from __future__ import annotations

import pytest

from _quanttools import texts, the

# -- a reading on a scale ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "noun"),
    [
        ("A 6.9-magnitude earthquake shook the coast at dawn.", "6.9-magnitude", 6.9, "earthquake"),
        ("The 5.4-magnitude quake damaged two bridges.", "5.4-magnitude", 5.4, "quake"),
        ("A 7.1-magnitude tremor was felt in three provinces.", "7.1-magnitude", 7.1, "tremor"),
        ("A magnitude-6.2 quake rattled the capital overnight.", "magnitude-6.2", 6.2, "quake"),
        ("A magnitude-5.8 aftershock toppled several homes.", "magnitude-5.8", 5.8, "aftershock"),
    ],
)
def test_a_reading_on_a_scale_names_the_noun_after_it(
    text: str, span: str, value: float, noun: str
) -> None:
    q = the(text, span)
    assert (q.value, q.unit, q.noun) == (value, None, noun)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Seismologists put the shock at 6.3-magnitude, revised from 6.5.", "6.3-magnitude"),
        ("The quake registered magnitude 6.7 on Friday.", "6.7"),
    ],
)
def test_a_reading_on_a_scale_with_no_noun_after_it_names_none(text: str, span: str) -> None:
    q = the(text, span)
    assert q.noun is None


def test_other_hyphenated_counts_still_name_their_plural() -> None:
    assert the("The firm published a 32-page dossier.", "32-page").noun == "pages"
    assert the("A five-judge bench will hear the case.", "five-judge").noun == "judges"


# -- a product word in lower case before a measure --------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        (
            "Astronomers imaged a galaxy 12 billion light-years from Earth.",
            "12 billion light-years",
            12e9,
            "light-year",
        ),
        ("They found a galaxy 30 light-years across.", "30 light-years", 30, "light-year"),
        (
            "Drivers queued at the junction 3 kilometres from the border.",
            "3 kilometres",
            3,
            "kilometre",
        ),
    ],
)
def test_a_lower_case_product_word_before_a_measure_is_a_common_noun(
    text: str, span: str, value: float, unit: str
) -> None:
    q = the(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The Galaxy 24 goes on sale in March.",
        "Shops sold out of the iphone 15 within hours.",
        "Traffic stopped on Route 66 near the town.",
    ],
)
def test_a_product_or_road_number_without_a_unit_stays_a_name(text: str) -> None:
    assert texts(text) == []


# -- two noun modifiers after "of" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The miner holds 3 million tonnes of iron ore reserves.", "3 million tonnes", "reserves"),
        (
            "The port handled 40,000 tonnes of copper concentrate shipments in May.",
            "40,000 tonnes",
            "shipments",
        ),
        ("The state bought 900MW of backup generation capacity.", "900MW", "capacity"),
        ("Farmers lost 200 hectares of sugar cane fields.", "200 hectares", "fields"),
    ],
)
def test_two_modifiers_after_of_lead_on_to_the_head(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The refinery processed 2 million barrels of crude oil.", "2 million barrels", "oil"),
        ("The ship carried 500 tonnes of iron ore.", "500 tonnes", "ore"),
        ("The mine produced 12,000 ounces of gold last year.", "12,000 ounces", "gold"),
    ],
)
def test_a_short_phrase_after_of_keeps_its_head(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "The state added 1,200MW of extra backup capacity across the grid.",
            "1,200MW",
            "capacity",
        ),
        ("The firm stores 300 tonnes of rice straw through the winter.", "300 tonnes", "straw"),
        (
            "The pipeline carries 2 million barrels of crude oil via Turkey.",
            "2 million barrels",
            "oil",
        ),
    ],
)
def test_a_path_word_after_a_head_not_in_s_keeps_the_head(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_verb_in_s_before_a_path_still_ends_the_phrase() -> None:
    assert the("A fifth of the world's oil passes through the strait.", "A fifth").noun == "oil"


# -- a preposition after the head of an amount's compound ------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The nurses want a 9% pay rise over three years.", "9%", "rise"),
        # "package" is a light head since round 22: it keeps its modifier, as "prize money"
        ("Ministers agreed a $2 billion aid package over five years.", "$2 billion", "aid package"),
        ("The council backed a 4% tax increase across the county.", "4%", "increase"),
        ("The firm offered a 6% wage increase by April.", "6%", "increase"),
    ],
)
def test_a_preposition_after_the_head_of_a_compound_keeps_the_head(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


def test_a_participle_before_a_preposition_is_no_head() -> None:
    q = the("A 300,000 year-old skull found over the border was studied.", "300,000 year-old")
    assert q.noun == "skull"


# -- "that one in four" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "noun"),
    [
        (
            "She claimed that one in four junior doctors had worked 24-hour shifts.",
            "one in four",
            0.25,
            "doctors",
        ),
        (
            "Critics argued that one out of three schools was failing.",
            "one out of three",
            1 / 3,
            "schools",
        ),
        ("The audit showed that one in 10 invoices was unpaid.", "one in 10", 0.1, "invoices"),
    ],
)
def test_that_one_in_n_is_a_proportion(text: str, span: str, value: float, noun: str) -> None:
    q = the(text, span)
    assert q.value == pytest.approx(value)
    assert q.noun == noun


@pytest.mark.parametrize(
    "text",
    ["I prefer that one in the window.", "He kept that one in his drawer for years."],
)
def test_a_demonstrative_that_one_stays_no_count(text: str) -> None:
    assert texts(text) == []
