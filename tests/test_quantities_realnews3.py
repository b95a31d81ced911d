"""Quantities, third real-copy round (issue #5): families the blind annotators of real
wire copy count and the finder missed. A fraction before a scale word is a part of it ("a
half dozen states" 6, "a quarter million refugees", "a half-dozen men"), and "a couple"
before one is two of it ("a couple hundred workers" 200); "in half" after a verb that cuts
an amount is a half ("slash costs in half by 1990"); "half" before a possessive name is a
share of what it owns ("about half Japan's exports"); a lone "one" before a capitalised
noun for a person of a people, a party or a faith counts that person ("one Arab, one
Sudanese", "one Democrat"); a period after "this" or "that" is the time of a share, not
what it is of ("more than a third this year"); a share of an amount counts no noun the
amount's unit names ("about 27% of its 7.38 billion dollars in sales"); a digit compound
that heads its own phrase names a product by its size ("25 cents a 12-pack").
Counter-cases the rules still get wrong are marked ``xfail``. All on sentences written
for these tests."""

from __future__ import annotations

import pytest

from _quanttools import texts, the, whole

# -- a fraction before a scale word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "noun"),
    [
        ("The business runs lotteries in a half dozen states.", "a half dozen", 6, "states"),
        ("Police arrested a half-dozen men on Sunday.", "a half-dozen", 6, "men"),
        ("The Army sent a half dozen helicopters.", "a half dozen", 6, "helicopters"),
        (
            "A quarter million refugees crossed the border.",
            "A quarter million",
            250_000,
            "refugees",
        ),
        ("The half-dozen ministers who resigned were replaced.", "half-dozen", 6, "ministers"),
    ],
)
def test_a_fraction_of_a_scale_word(text: str, span: str, value: float, noun: str) -> None:
    found = the(text, span)
    assert (found.value, found.noun) == (value, noun)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("About a half-dozen protesters were detained.", "About a half-dozen"),
        ("Nearly a half million people fled the fighting.", "Nearly a half million"),
    ],
)
def test_a_qualifier_before_a_fraction_of_a_scale_word(text: str, span: str) -> None:
    assert the(text, span).qualifier == "approximately"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A couple of hundred protesters gathered.", "A couple of hundred", 200),
        ("The plant employs a couple hundred workers.", "a couple hundred", 200),
        ("A couple thousand fans waited in the rain.", "A couple thousand", 2000),
    ],
)
def test_a_couple_of_a_scale_word_is_two_of_it(text: str, span: str, value: float) -> None:
    assert the(text, span).value == value


@pytest.mark.parametrize(
    "near_miss", ["A couple of days later, the senator resigned.", "A married couple was killed."]
)
def test_a_couple_without_a_scale_word_is_no_quantity(near_miss: str) -> None:
    assert texts("A couple of dozen reporters waited.") == ["A couple of dozen"]
    assert texts(near_miss) == []


# -- "in half" after a verb that cuts -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plan would cut the deficit in half by 1995.",
        "He said the company could slash its research and development costs in half by 1991.",
        "Inflation was cut in half last year, the central bank said.",
        "The board cut the dividend in half, to 10 cents a share.",
        "The drought cut the harvest in half, farmers said.",
    ],
)
def test_in_half_after_a_verb_that_cuts_is_a_half(text: str) -> None:
    assert the(text, "in half").value == 0.5


def test_a_qualifier_before_in_half() -> None:
    found = the("The recession cut car sales nearly in half.", "nearly in half")
    assert (found.value, found.qualifier) == (0.5, "approximately")


@pytest.mark.parametrize(
    "near_miss",
    ["The ship broke in half in heavy seas.", "She folded the letter in half and put it away."],
)
def test_in_half_needs_a_verb_that_cuts(near_miss: str) -> None:
    assert texts("Costs were slashed in half last year.") == ["in half"]
    assert texts(near_miss) == []


@pytest.mark.xfail(strict=True, reason="counter-case: a physical cut reads as an amount's")
def test_counter_case_cutting_a_thing_in_half() -> None:
    assert texts("He cut the cake in half.") == []


# -- "half" before a possessive name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Half Japan's exports go to Asia, the ministry said.", "Half", "exports"),
        ("About half Brazil's population lives in cities.", "About half", "population"),
        ("The stock sells at about half Control Data's breakup value.", "about half", None),
    ],
)
def test_half_before_a_possessive_name(text: str, span: str, noun: str | None) -> None:
    found = the(text, span)
    assert (found.value, found.noun) == (0.5, noun)


@pytest.mark.xfail(strict=True, reason="counter-case: a name that starts with 'Half'")
def test_counter_case_a_name_that_starts_with_half() -> None:
    assert texts("Half Moon Bay's mayor resigned on Monday.") == []


# -- "one" before a person of a people, a party or a faith ---------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Police said one American was among the dead.", "American"),
        ("The dead included one Briton and two Germans.", "Briton"),
        ("Only one Republican voted for the measure.", "Republican"),
        ("The court convicted one Serb and acquitted two Croats.", "Serb"),
    ],
)
def test_one_before_a_person_of_a_people_counts_the_person(text: str, noun: str) -> None:
    found = the(text, "one")
    assert (found.value, found.noun) == (1, noun)


def test_one_of_each_people_in_a_list() -> None:
    found = whole("Two more suspects -- one Arab, one Sudanese -- were arrested.")
    assert [(q.text, q.noun) for q in found if q.value == 1] == [
        ("one", "Arab"),
        ("one", "Sudanese"),
    ]


def test_a_count_after_one_person_takes_no_singular_noun() -> None:
    text = "One Israeli was killed and three were wounded in the attack."
    assert (the(text, "One").noun, the(text, "three").noun) == ("Israeli", None)


@pytest.mark.parametrize(
    "near_miss",
    [
        "One Iraqi said the shelling lasted all night.",  # a source, not a count
        "Police questioned one Brian, a local farmer.",  # a given name
        "One American in five owns a gun.",  # a share
        "One Direction played in Dublin on Friday.",
    ],
)
def test_one_before_a_capitalised_word_that_is_no_person_of_a_people(near_miss: str) -> None:
    assert the("Police said one Canadian was hurt.", "one").noun == "Canadian"
    assert "One" not in texts(near_miss) and "one" not in texts(near_miss)


def test_a_person_of_a_people_set_off_by_a_relative_clause_counts() -> None:
    # as "One EU diplomat, who spoke on condition of anonymity, said" does in the team's
    # gold (the real-copy annotators leave such sources out: a known split)
    found = the("One Kuwaiti, who asked not to be named, said prices had doubled.", "One")
    assert found.noun == "Kuwaiti"


# -- a period after "this" or "that" is the time of a share --------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sales shrank by more than one-third this year alone.", "more than one-third"),
        ("Exports dropped by a quarter this month.", "a quarter"),
        ("Turnover fell by half this week.", "half"),
    ],
)
def test_a_share_before_this_and_a_period_is_of_no_period(text: str, span: str) -> None:
    assert the(text, span).noun is None


# -- a share of an amount ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "The unit made about 27% of the group's 7.38 billion Canadian dollars in sales.",
            "about 27%",
            "sales",
        ),
        ("About 40 percent of the 300 tonnes of grain was lost.", "About 40 percent", "grain"),
        (
            "Roughly 10% of the bank's 500 million euros in loans have soured.",
            "Roughly 10%",
            "loans",
        ),
    ],
)
def test_a_share_of_an_amount_counts_no_unit(text: str, span: str, noun: str) -> None:
    """Not the unit: what the amount measures (round 22; it was None before)."""
    assert the(text, span).noun == noun


def test_a_bare_figure_of_an_amount_keeps_its_unit() -> None:
    share = the("He has raised 19% of the 1.5 billion shekels he needs.", "19%")
    found = the("He has raised 280 million of the 1.5 billion shekels he needs.", "280 million")
    assert (share.noun, found.unit) == (None, "shekel")


# -- a digit compound that names a product --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Rivals priced beer as much as 25 cents a 12-pack below the leader.",
            ["as much as 25 cents"],
        ),
        ("He bought a 24-pack of water and left.", []),
        ("He hit a 3-pointer at the buzzer.", []),
    ],
)
def test_a_digit_compound_heading_its_phrase_names_a_product(text: str, kept: list[str]) -> None:
    assert texts(text) == kept
