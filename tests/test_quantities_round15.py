"""Quantities, round 15: "N times" as a count of occasions; ages after a relative or a
victim, a written age before "when", an age bound before "to"; adverbs that end a noun
phrase ("half of their crop abroad"); "one" as a pronoun after an adjective and in "from
one X to the next"; a vote's tally; "N or M" guesses in digits; no older noun after a
group with none ("14 of the injured ... three had") or a venue's capacity; "starts at 7"
as a clock time. All on sentences written for these tests."""

from __future__ import annotations

import pytest

from _quanttools import the, whole

# -- "N times": occasions or a multiple ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He stabbed him nine times.", "nine times"),
        ("Police moved them at least eight times.", "at least eight times"),
        ("He has been arrested 12 times since 2019.", "12 times"),
        ("The tanker was hit three times on Monday, the navy said.", "three times"),
        ("The firm has been fined 14 times, and it has paid every fine.", "14 times"),
        ("The app crashed five times during the launch.", "five times"),
    ],
)
def test_times_at_the_end_of_a_clause_counts_occasions(text: str, span: str) -> None:
    q = the(text, span)
    assert (q.unit, q.noun) == (None, "times")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sales rose three times in a decade.", "three times"),
        ("Prices are three times higher than in 2019.", "three times"),
        ("The stock trades at 12 times earnings.", "12 times"),
        ("Heatwaves are now about three times as frequent.", "about three times"),
        ("The new plant is four times the size of the old one.", "four times"),
        ("Rents rose by three times.", "three times"),
    ],
)
def test_times_before_a_comparison_or_after_a_change_is_a_multiple(text: str, span: str) -> None:
    assert the(text, span).unit == "times"


# -- ages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("My mother is 84.", "84"),
        ("The victim was 19, police said.", "19"),
        ("Her son is 12 and still at school.", "12"),
        ("The suspect is 17 and cannot be named.", "17"),
        ("The driver was 61.", "61"),
        ("Their daughter, who was three when he died, still asks.", "three"),
        ("She was five when the war began.", "five"),
        ("It urged people over 65 to stay indoors.", "over 65"),
        ("The law allows children under 12 to travel free.", "under 12"),
    ],
)
def test_an_age_after_a_relative_a_victim_or_a_person_bound(text: str, span: str) -> None:
    assert the(text, span).unit == "year of age"


@pytest.mark.parametrize(
    "text",
    [
        "The score was 84.",
        "He was two goals ahead.",
        "The boy was one of 12 children.",
        "The index was 61.",
    ],
)
def test_no_age_without_a_person_or_before_a_noun(text: str) -> None:
    assert all(q.unit != "year of age" for q in whole(text))


# -- adverbs end a noun phrase --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Farmers ship nearly half of their crop abroad each year.", "nearly half", "crop"),
        ("The firm makes a third of its revenue abroad.", "a third", "revenue"),
        ("They kept half of the herd indoors.", "half", "herd"),
        ("The company sells 40% of its output abroad.", "40%", "output"),
        ("Two of the boats were dragged ashore.", "Two", "boats"),
    ],
)
def test_an_adverb_of_place_is_no_counted_noun(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- "one" as a pronoun -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Each round makes the next one easier.",
        "The old bridge was replaced by a new one last year.",
        "He said the latest one was the worst.",
        "She kept the other one for herself.",
        "From one night to the next, we never knew.",
        "Prices varied from one region to another.",
        "Workers moved from one site to the other.",
    ],
)
def test_one_after_an_adjective_or_from_one_to_the_next_is_no_count(text: str) -> None:
    assert [q for q in whole(text) if q.value == 1] == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The next one million doses arrive in May.", "one million", 1e6),
        ("A further one in five adults smoked.", "one in five", 0.2),
        ("The top one percent of earners paid more.", "one percent", 1),
        ("The firm cut one job in the first round.", "one", 1),
        ("He moved from one job in May to two in June.", "one", 1),
    ],
)
def test_one_that_goes_on_as_a_number_is_still_a_count(text: str, span: str, value: float) -> None:
    assert the(text, span).value == pytest.approx(value)


# -- a vote's tally ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Members were outvoted by 17 to 6.",
        "The Senate voted 51 to 49 to confirm her.",
        "The board voted 7 to 2 on Tuesday.",
        "The plan was rejected by 49 to 51.",
        "The bill was approved by 310 to 290.",
    ],
)
def test_a_vote_tally_is_no_quantity(text: str) -> None:
    assert whole(text) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The motion passed by 310 votes to 290.", ["310", "290"]),
        ("Exports fell by 17 to 6 million tonnes.", ["17", "6 million tonnes"]),
        ("The bill was approved by 310 to 290, with 12 abstentions.", ["12"]),
    ],
)
def test_counts_beside_a_vote_stay(text: str, spans: list[str]) -> None:
    assert [q.text for q in whole(text)] == spans


# -- "N or M" in digits ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("That is a bill of 40,000 or 50,000 dollars.", "40,000 or 50,000 dollars", 4e4, 5e4),
        ("About 20 or 30 people gathered.", "About 20 or 30", 20, 30),
        ("Prices may rise 10 or 15 percent.", "10 or 15 percent", 10, 15),
        ("He won 6 or 7 races.", "6 or 7", 6, 7),
    ],
)
def test_two_close_guesses_in_digits_are_a_range(
    text: str, span: str, low: float, high: float
) -> None:
    q = the(text, span)
    assert (q.value, q.range) == (low, (low, high))


@pytest.mark.parametrize(
    "text",
    [
        "They lost 2 or 300 sheep.",
        "Buyers choose 4- or 6-cylinder engines.",
        "It costs $40,000 or $50,000.",
    ],
)
def test_far_apart_or_separately_marked_numbers_are_no_range(text: str) -> None:
    assert all(q.range is None for q in whole(text))


# -- no older noun for a count after a group without one, or a capacity --------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Among the dead were two teenagers. He said 14 of the injured were in serious "
            "condition, and that three had undergone surgery.",
            "three",
        ),
        ("Rescuers saved 40 people. Four of the injured were flown out and two died.", "two"),
        ("Only about 26,000 tickets had been sold for a venue that holds 30,000.", "30,000"),
        ("The club sold 40,000 tickets. The stadium seats about 45,000.", "about 45,000"),
        ("They printed 5,000 leaflets for a hall that can accommodate 800.", "800"),
    ],
)
def test_no_older_noun_after_a_nounless_group_or_for_a_capacity(text: str, span: str) -> None:
    assert the(text, span).noun is None


def test_an_older_noun_still_carries_to_a_bare_count() -> None:
    assert the("Police arrested 30 people and held 12 overnight.", "12").noun == "people"
    assert the("Rescuers saved 40 people. About 15 are still missing.", "About 15").noun == (
        "people"
    )


# -- "starts at 7" (the lead's decision, issue #5) --------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Work starts at 7.", "The match starts at 8 on Sunday.", "Voting starts at 6."],
)
def test_starts_at_a_bare_hour_is_a_clock_time(text: str) -> None:
    assert whole(text) == []


# -- "several" before a physical unit ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The vessel carried several tonnes of cement.", "several tonnes", "tonne"),
        ("The road was blocked for several kilometres.", "several kilometres", "kilometre"),
        ("He fell several metres.", "several metres", "metre"),
        ("Several miles of coast were closed.", "Several miles", "mile"),
        ("Crews pumped out several litres of fuel.", "several litres", "litre"),
    ],
)
def test_several_before_a_physical_unit_is_a_vague_measure(text: str, span: str, unit: str) -> None:
    q = the(text, span)
    assert (q.value, q.range, q.unit) == (3, (3, 9), unit)


@pytest.mark.parametrize(
    "text",
    [
        "Several people were hurt.",
        "Several members voted against.",
        "The index fell several points.",
        "It erupts several times a year.",
    ],
)
def test_several_without_a_physical_unit_is_no_quantity(text: str) -> None:
    assert whole(text) == []


# -- "zero" before a singular noun; short adjectives after "one" ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The party has zero tolerance for cheating.",
        "The economy recorded zero growth.",
        "The bank kept a zero interest policy.",
    ],
)
def test_zero_before_a_singular_noun_is_no_count(text: str) -> None:
    assert whole(text) == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Zero people died.", "people"),
        ("The plan aims for zero deaths on the roads.", "deaths"),
        ("There were zero cases last week.", "cases"),
    ],
)
def test_zero_before_a_plural_noun_counts(text: str, noun: str) -> None:
    (q,) = whole(text)
    assert (q.value, q.noun) == (0, noun)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The club has only one fit centre-forward.", "centre-forward"),
        ("Officials reported one fresh case on Monday.", "case"),
        ("The team has one fit striker left.", "striker"),
        ("She has one strong argument.", "argument"),
    ],
)
def test_a_short_adjective_after_one_is_passed_over(text: str, noun: str) -> None:
    assert the(text, "one").noun == noun
