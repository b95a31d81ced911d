"""Quantities: the reviewer's shapes of round 22, each with variants of our own.

"package" is a head too general alone, so it keeps its noun modifier ("pay package",
"stimulus package"), as "prize money" does, whether it is a change's subject, the noun
after an amount or before "of"; a comma between two modifiers (a hyphenated one or a
listed adjective, then another) does not end the phrase after an amount either; more
simple past forms end a compound after an amount ("the $5 million fund shrank"); a share
of an amount measures what the amount measures ("10% of the 80 million barrels of oil":
oil); the new value of a change "from X ... to Y" with words between is in the old
value's unit and measures its noun ("from 21 mpg combined to 23"); a year the times
stage owns opens no range with a figure it does not own ("in 2019 to 9,000").
"""

from __future__ import annotations

import pytest

from _quanttools import the, whole


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The executive's pay package rose 10% to $5 million.", "10%", "pay package"),
        ("The executive's pay package rose 10% to $5 million.", "$5 million", "pay package"),
        ("He got a $5 million pay package.", "$5 million", "pay package"),
        (
            "Congress passed a $2 trillion stimulus package on Friday.",
            "$2 trillion",
            "stimulus package",
        ),
        (
            "The rescue package, worth 30 billion euros, was approved.",
            "30 billion euros",
            "rescue package",
        ),
        ("The aid package of $400 million includes missiles.", "$400 million", "aid package"),
    ],
)
def test_a_package_keeps_its_noun_modifier(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The $50 million package was approved.", "$50 million", "package"),
        ("She received two packages in the mail.", "two", "packages"),
    ],
)
def test_a_package_with_no_modifier_stays_alone(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Traders fled the $200 billion high-yield, high-risk market.", "$200 billion", "market"),
        ("The $200 billion high-yield, high-risk market shrank.", "$200 billion", "market"),
        ("Traders fled the 88 high-yield, high-risk funds.", "88", "funds"),
        ("The fund sold 200 high-yield, high-risk bonds last week.", "200", "bonds"),
        ("The firm built 40 large, modern plants.", "40", "plants"),
        ("The firm sold 3 million cheap, low-margin phones.", "3 million", "phones"),
        ("Exporters account for 40% of the cheap, low-quality steel trade.", "40%", "trade"),
        ("They hold a quarter of the large, well-known brands.", "a quarter", "brands"),
        (
            "Funds hold more than a quarter of the entire high-yield, high-risk market.",
            "more than a quarter",
            "market",
        ),
    ],
)
def test_coordinate_modifiers_lead_to_the_noun(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The $5 million fund shrank by half.", "$5 million", "fund"),
        ("The $5 million estate sold last year.", "$5 million", "estate"),
        ("The $2 billion bond issue paid 7%.", "$2 billion", "issue"),
        ("The 5,000-tonne ship sank.", "5,000-tonne", "ship"),
    ],
)
def test_a_simple_past_ends_the_compound_after_an_amount(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("He sold 10% of the 80 million barrels of oil.", "10%", "oil"),
        ("Half of the 80 million barrels of oil was sold.", "Half", "oil"),
        ("About 40% of the 2,000 tonnes of wheat rotted.", "About 40%", "wheat"),
        ("Nearly a third of the 500 kilometres of road was paved.", "Nearly a third", "road"),
        ("Some 15% of the $2 billion in aid was stolen.", "Some 15%", "aid"),
        ("Two-thirds of its 3,000 hectares of farmland flooded.", "Two-thirds", "farmland"),
        (
            "The unit made about 27% of the group's 7.38 billion Canadian dollars in sales.",
            "about 27%",
            "sales",
        ),
    ],
)
def test_a_share_of_an_amount_measures_what_the_amount_measures(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("He has raised 19% of the 1.5 billion shekels he needs.", "19%", None),
        ("Some 35 percent of the 400 points scored came from Jordan.", "Some 35 percent", "points"),
        ("About 10% of voters backed the $2 billion plan.", "About 10%", "voters"),
    ],
)
def test_a_share_of_an_amount_with_no_measured_noun_takes_none(
    text: str, span: str, noun: str | None
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "unit", "noun"),
    [
        ("Output climbed from 20 tonnes in 2008 to 29 in 2020.", "29", "tonne", "output"),
        (
            "Mileage rose from about 14-18 mpg to 24 for small cars.",
            "24",
            "mile per gallon",
            "mileage",
        ),
        (
            "The fuel economy climbed from 21 mpg combined to 23 for FWD models.",
            "23",
            "mile per gallon",
            "economy",
        ),
        (
            "Rainfall dropped from 300 mm last year to 210 this year.",
            "210",
            "millimetre",
            "rainfall",
        ),
        ("The yield fell from 5.2% on Monday to 4.9 on Friday.", "4.9", "percent", "yield"),
        ("Attendance fell from 12,000 fans in 2019 to 9,000 in 2023.", "9,000", None, "fans"),
        (
            "The population grew from 2 million people in 1990 to 3.5 million.",
            "3.5 million",
            None,
            "people",
        ),
    ],
)
def test_a_change_s_new_value_past_words_keeps_the_old_unit(
    text: str, span: str, unit: str | None, noun: str | None
) -> None:
    found = the(text, span)
    assert (found.unit, found.noun) == (unit, noun)


def test_a_new_value_with_its_own_noun_keeps_it() -> None:
    assert the("He walked from 5 km away to 3 houses down the road.", "3").unit is None


def test_no_change_word_gives_no_unit_to_a_figure_after_to() -> None:
    assert the("The route runs from 5 km north of town to 3 villages.", "3").unit is None


@pytest.mark.parametrize(
    "text",
    [
        "Attendance fell from 12,000 fans in 2019 to 9,000.",
        "Membership fell from 12,000 people in 2019 to 9,000 last year.",
    ],
)
def test_a_year_opens_no_range_with_a_figure_after_it(text: str) -> None:
    assert [q.text for q in whole(text)] == ["12,000", "9,000"]


def test_a_range_of_days_still_stays_with_the_date() -> None:
    assert whole("The show runs from June 5 to 12 at the center.") == []


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Mileage rose 10%.", "10%", "mileage"),
        ("Torque climbed 12% to 400 Nm.", "400 Nm", "torque"),
        ("Viewership fell 8% last week.", "8%", "viewership"),
    ],
)
def test_a_measured_subject_opens_a_sentence(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- regressions of the review: a range after "from" or "between", cents, a share's noun --


@pytest.mark.parametrize(
    ("text", "span", "bounds", "noun"),
    [
        (
            "From 1200 to 1500 workers will lose their jobs when the plant closes.",
            "1200 to 1500",
            (1200, 1500),
            "workers",
        ),
        (
            "From 1500 to 2,000 workers will lose their jobs, the union said.",
            "1500 to 2,000",
            (1500, 2000),
            "workers",
        ),
        (
            "Between 1000 and 1,500 troops are expected to join the mission.",
            "Between 1000 and 1,500",
            (1000, 1500),
            "troops",
        ),
        (
            "Police put the crowd at between 1500 and 2,000 people.",
            "between 1500 and 2,000",
            (1500, 2000),
            "people",
        ),
        (
            "The ministry said between 1000 and 1200 soldiers were killed in the battle.",
            "between 1000 and 1200",
            (1000, 1200),
            "soldiers",
        ),
        (
            "Between 2000 and 3000 troops will be sent to the region, officials said.",
            "Between 2000 and 3000",
            (2000, 3000),
            "troops",
        ),
        (
            "Rescuers pulled from 1600 to 1,900 survivors out.",
            "1600 to 1,900",
            (1600, 1900),
            "survivors",
        ),
    ],
)
def test_a_figure_right_after_from_or_between_opens_its_range(
    text: str, span: str, bounds: tuple[int, int], noun: str
) -> None:
    found = the(text, span)
    assert (found.range, found.noun) == (bounds, noun)


@pytest.mark.parametrize(
    "text",
    [
        "The city grew between 1900 and 2020.",
        "Between 2000 and 3000 will be sent to the region.",
    ],
)
def test_years_and_a_bare_range_of_years_stay_out(text: str) -> None:
    assert whole(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The price of a loaf rose from 50 cents in 2021 to 1.20 this year.", "1.20", "dollar"),
        ("The stock jumped from 80 cents before the announcement to 1.15.", "1.15", "dollar"),
        ("Earnings per share rose from 80 cents a year ago to 1.05.", "1.05", "dollar"),
        (
            "Shares of the miner rose from 90 pence in March to 1.40 by the end of June.",
            "1.40",
            "pound sterling",
        ),
        (
            "The cost of a first-class stamp rose from 85 pence last year to 1.25.",
            "1.25",
            "pound sterling",
        ),
        ("The stock fell from 95 cents to 0.80.", "0.80", "dollar"),
        ("The bar rose from 50 cents to 1.20.", "1.20", "dollar"),
    ],
)
def test_a_price_with_two_decimals_after_cents_is_in_the_main_unit(
    text: str, span: str, unit: str
) -> None:
    found = the(text, span)
    assert (found.unit, found.normalized_value) == (unit, found.value)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Shares rose from 45 cents in March to 52.", "52", "cent"),
        ("The stock fell from 120 pence in March to 95.", "95", "penny"),
        ("The stock rose from 37.5 cents in May to 40.25.", "40.25", "cent"),
        ("The bar rose from 2.50 euros to 3.10.", "3.10", "euro"),
    ],
)
def test_a_new_value_in_cents_stays_in_cents(text: str, span: str, unit: str) -> None:
    assert the(text, span).unit == unit


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Nearly half of the company's $4 billion debt matures in 2025.", "Nearly half", "debt"),
        ("About 30% of the $50 billion fund invests in emerging markets.", "About 30%", "fund"),
        ("A third of the $300 million contract expires next year.", "A third", "contract"),
        ("Half of the bank's $2 billion loan book remains in arrears.", "Half", "book"),
        (
            "Nearly a third of the $4 billion in pledged aid has yet to arrive.",
            "Nearly a third",
            "aid",
        ),
        (
            "Nearly 40% of its 2.3 million square feet of office space is vacant.",
            "Nearly 40%",
            "space",
        ),
    ],
)
def test_a_share_of_an_amount_takes_a_noun_that_closes_its_phrase(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Around 30% of its $1 billion war chest remains unspent.", "Around 30%"),
        (
            "Roughly 10% of the 2 million tonnes of iron ore shipped from the port goes to Japan.",
            "Roughly 10%",
        ),
        ("Half of the 300 tonnes of food aid delivered was spoiled.", "Half"),
        ("A quarter of the 40 tonnes of scrap metal collected was sold.", "A quarter"),
    ],
)
def test_a_share_takes_no_noun_past_a_verb_or_inside_a_compound(text: str, span: str) -> None:
    assert the(text, span).noun is None


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The company's $4 billion debt matures in 2025.", "$4 billion", "debt"),
        ("The $50 billion fund invests in emerging markets.", "$50 billion", "fund"),
        ("The $2 million loan expires in June.", "$2 million", "loan"),
    ],
)
def test_a_verb_in_s_after_an_amount_s_noun_is_no_head(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "unit", "noun"),
    [
        ("Inflation slowed from 9.1% in June to 8.3 in August.", "8.3", "percent", "inflation"),
        (
            "Fuel economy improved from 28 mpg on the highway to 34.",
            "34",
            "mile per gallon",
            "economy",
        ),
        ("The gap narrowed from 12 points in May to 4.", "4", "point", "gap"),
        (
            "The trade deficit widened 3% to $68 billion in March.",
            "$68 billion",
            "dollar",
            "deficit",
        ),
        ("Growth accelerated to 3.1% in the third quarter from 2.4%.", "2.4%", "percent", "growth"),
    ],
)
def test_more_change_verbs_give_the_new_value_the_old_unit(
    text: str, span: str, unit: str, noun: str
) -> None:
    found = the(text, span)
    assert (found.unit, found.noun) == (unit, noun)


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The price rose from $4 a gallon after the hurricane to $5.", "$5", "price"),
        ("Rents rose from 900 euros a month in 2019 to 1,200 euros.", "1,200 euros", "rents"),
        ("The fare rose from $2 in 2010 to $3 for adults.", "$3", "fare"),
    ],
)
def test_a_new_value_in_the_old_currency_measures_the_same_noun(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun
