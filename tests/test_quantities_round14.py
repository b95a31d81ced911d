"""Quantities, round 14: bare clock hours after "by", "at", "before"; the noun of a rate
after "an annual", of an elliptical comparison, of an amount wiped off a thing, of a
parent's count; no name context across a sentence break; no period word as the thing
measured; "about a mile". All on sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.models import Quantity


def whole(text: str) -> list[Quantity]:
    """The quantities the whole pipeline finds (the times stage owns its spans)."""
    return list(newsfacts.extract(text, published="2024-03-05").quantities)


def noun_of(text: str, span: str) -> str | None:
    found = [q for q in whole(text) if q.text.endswith(span)]
    assert len(found) == 1, [q.text for q in whole(text)]
    return found[0].noun


# -- bare clock hours ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By 4 the street was empty, and at 9 the shops reopened.",
        "The meeting ended at 11 and the vote was held before 3.",
        "Talks resumed shortly after 9 and lasted until 2.",
        '"By 6 everyone had gone home," she said.',
        "The protest began at 10 in the morning.",
        "Police arrived at 3 and left at 5.",
        "By 2 they had agreed a deal.",
        "Voting ended at 8 and counting began at 9.",
        "The court adjourned until 10 on Thursday.",
    ],
)
def test_a_bare_hour_in_a_clause_about_when_is_no_quantity(text: str) -> None:
    assert whole(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unemployment stood at 9 in the first quarter.", 9),
        ("The bill passed by 4, with two abstentions.", 4),
        ("At 9, she moved to London.", 9),
        ("They won by 3 points.", 3),
        ("The index fell from 12 to 9.", 9),
        ("The leader ended at 4 under after the round.", 4),
        ("The price was set at 12 and later raised.", 12),
    ],
)
def test_a_bare_number_that_is_a_level_a_margin_or_an_age_stays(text: str, value: float) -> None:
    assert value in [q.value for q in whole(text)]


# -- a rate after "an annual", "a seasonally adjusted" ---------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Inflation slowed to an annual 2.4% in September.", "2.4%", "inflation"),
        ("Unemployment rose to a seasonally adjusted 4.1% in May.", "4.1%", "unemployment"),
        ("Prices rose an annual 5% last month.", "5%", "prices"),
        ("Exports jumped to a record $40 billion last year.", "$40 billion", "exports"),
        ("Growth accelerated to an annualised 3.2% in the third quarter.", "3.2%", "growth"),
    ],
)
def test_a_rate_adjective_after_the_verb_keeps_the_subject(text: str, span: str, noun: str) -> None:
    assert noun_of(text, span) == noun


# -- an elliptical comparison ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Some 40% of voters backed the measure, compared with 35% in 2019.", "35%", "voters"),
        ("Sales rose 12% in the quarter, compared with 8% a year earlier.", "8%", "sales"),
        ("About 60% of residents voted, against 52% at the last election.", "52%", "residents"),
        (
            "Revenue rose to $3 billion, compared to $2.6 billion a year earlier.",
            "$2.6 billion",
            "revenue",
        ),
    ],
)
def test_an_elliptical_comparison_shares_the_noun(text: str, span: str, noun: str) -> None:
    assert noun_of(text, span) == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Turnout was 61%. Compared with 58% last time, that is high.", "58%"),  # a sentence
        ("About 60 people came, compared with 52% last year.", "52%"),  # another unit
    ],
)
def test_no_noun_is_shared_across_a_sentence_or_a_unit(text: str, span: str) -> None:
    assert noun_of(text, span) is None


def test_a_comparison_that_names_its_own_noun_keeps_it() -> None:
    assert noun_of("Shares rose 5%, compared with a 2% gain in the index.", "2%") == "gain"


# -- an amount wiped off a thing -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The shares fell, wiping nearly $3 billion off its market value.", "$3 billion", "value"),
        (
            "The news wiped $40 billion off the company's market valuation.",
            "$40 billion",
            "valuation",
        ),
        (
            "The bank shaved 0.5 points off its inflation forecast.",
            "0.5 points",
            "inflation forecast",
        ),
        ("The selloff erased about 5% from the index on Monday.", "5%", "index"),
        ("The warning knocked 12% off its annual profit forecast.", "12%", "forecast"),
    ],
)
def test_an_amount_wiped_off_a_thing_measures_it(text: str, span: str, noun: str) -> None:
    assert noun_of(text, span) == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He shaved 3 points off to take the lead.", "3 points"),  # no noun phrase
        ("The club added £5m to its offer.", "£5m"),  # added to: the offer grew
    ],
)
def test_no_wiped_noun_without_a_phrase_after_off(text: str, span: str) -> None:
    assert noun_of(text, span) is None


# -- a parent's count ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "noun"),
    [
        ("The 45-year-old father of two was arrested on Tuesday.", 2, "children"),
        ("She is a mother of three.", 3, "children"),
        ("A father of two, he lost his job in May.", 2, "children"),
        ("The grandmother of five, who lives nearby, was rescued.", 5, "grandchildren"),
    ],
)
def test_a_kin_noun_of_a_count_counts_children(text: str, count: float, noun: str) -> None:
    assert [(q.value, q.noun) for q in whole(text) if q.unit is None] == [(count, noun)]


def test_a_kin_noun_before_a_counted_noun_keeps_it() -> None:
    assert [q.noun for q in whole("The father of two boys spoke.")] == ["boys"]


# -- no name context across a sentence break -------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Protesters blocked a highway. Three officers were slightly injured.", "officers"),
        ("They closed the road. Five people were hurt.", "people"),
        ("They reached the gate. 12 people were hurt.", "people"),
    ],
)
def test_a_name_word_ending_the_sentence_before_makes_no_name(text: str, noun: str) -> None:
    assert [q.noun for q in whole(text)] == [noun]


@pytest.mark.parametrize("text", ["He lives at No. 10 Downing Street.", "He saw it on page 12."])
def test_a_reference_after_an_abbreviation_stays_a_name(text: str) -> None:
    assert whole(text) == []


# -- a period word is not what a rate measures -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sales in stores open for at least a year fell 4.1%.",
        "Sales at stores open for more than a year rose 3%.",
        "Output at plants running for over a month dropped 2%.",
    ],
)
def test_a_period_word_is_not_the_subject_measured(text: str) -> None:
    assert [q.noun for q in whole(text)] != ["year"]
    assert all(q.noun not in ("year", "month") for q in whole(text))


# -- "about a mile" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit", "qualifier"),
    [
        ("The fire was about a mile from the town.", "about a mile", "mile", "approximately"),
        ("Embers flew as far as a mile ahead.", "as far as a mile", "mile", "up_to"),
        ("The queue stretched for more than a mile.", "more than a mile", "mile", "more_than"),
        ("Mud nearly a metre deep filled homes.", "nearly a metre", "metre", "approximately"),
        ("It weighs up to a tonne.", "up to a tonne", "tonne", "up_to"),
    ],
)
def test_an_article_after_a_qualifier_counts_one_unit(
    text: str, span: str, unit: str, qualifier: str
) -> None:
    found = whole(text)
    assert [(q.text, q.value, q.unit) for q in found] == [(span, 1.0, unit)]
    assert found[0].qualifier is not None and found[0].qualifier.value == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "They walked to a mile marker.",
        "A mile from the town, the fire stopped.",
        "Tools such as a metre rule were found.",
    ],
)
def test_an_article_before_a_unit_without_a_qualifier_is_no_count(text: str) -> None:
    assert whole(text) == []


# -- a level verb with a complement before "at" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Unemployment remained unchanged at 4.2%.", "4.2%", "unemployment"),
        ("The rate was little changed at 3.1%.", "3.1%", "rate"),
        ("Inflation stayed flat at 2% in March.", "2%", "inflation"),
        ("Wages were broadly stable at 3%.", "3%", "wages"),
        ("Unemployment held at 4% in May.", "4%", "unemployment"),
    ],
)
def test_a_level_with_a_complement_before_at_keeps_the_subject(
    text: str, span: str, noun: str
) -> None:
    assert noun_of(text, span) == noun


def test_an_object_held_at_a_level_is_measured() -> None:
    # issue #5: the object of an active level verb is what the amount measures
    assert noun_of("The bank held rates at 5%.", "5%") == "rates"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The euro held steady at 1.09 dollars.", "1.09 dollars"),
        ("The euro was little changed at $1.09.", "$1.09"),
        ("The dollar was flat at 151 yen.", "151 yen"),
    ],
)
def test_a_currency_valued_in_another_names_no_thing_measured(text: str, span: str) -> None:
    assert noun_of(text, span) is None
