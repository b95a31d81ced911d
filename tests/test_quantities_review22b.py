"""Quantities: the second reviewer's sentences of round 22 that the main-unit reading of a
bare price after cents or pence read worse, each with a variant or two.

A bare two-decimal price after a figure in cents or pence is in dollars or pounds only
when both readings are of one size (the new price in cents within a fifth to five times the
old) and the old figure is whole: a share price in pence and an exchange rate in US cents
stay in the smaller unit. The main unit carries the name its plain sign gives ("dollar",
as for "$1.20").
"""

from __future__ import annotations

import pytest

from _quanttools import the, whole


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "The Australian dollar fell from 66.50 US cents to 65.80 in Asian trade on Tuesday.",
            "65.80",
            "cent",
        ),
        (
            "Shares of Hallam Mining fell from 250.50 pence to 245.25 after the results.",
            "245.25",
            "penny",
        ),
        ("The New Zealand dollar slipped from 61.20 cents to 60.85 overnight.", "60.85", "cent"),
        (
            "Shares dropped from 12.40 pence to 9.75 after the rights issue was announced.",
            "9.75",
            "penny",
        ),
        ("The Australian dollar rose to 66.50 US cents, up from 65.80 on Monday.", "65.80", "cent"),
        (
            "Shares in Brightwater fell from 340 pence to 298.50 in early trading.",
            "298.50",
            "penny",
        ),
        (
            "The stock sank from 40 cents to 38.50 after the company missed its forecast.",
            "38.50",
            "cent",
        ),
        ("The bonds fell from 92 cents on the dollar to 71.50, traders said.", "71.50", "cent"),
        # variants of our own
        ("The Canadian dollar rose from 73.10 US cents to 73.45 on Friday.", "73.45", "cent"),
        ("Vodafone shares climbed from 120 pence to 131.75 on the news.", "131.75", "penny"),
        ("The loonie eased to 72.40 US cents, down from 73.05 a day earlier.", "73.05", "cent"),
    ],
)
def test_a_price_far_from_the_old_size_stays_in_cents(text: str, span: str, unit: str) -> None:
    found = the(text, span)
    assert found.unit == unit and found.normalized_value == pytest.approx(found.value / 100), found


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The shares rose from 98 cents to 1.04.", "1.04", "dollar"),
        ("The stock fell from 95 pence to 0.62.", "0.62", "pound sterling"),
        ("The fare rose from 68 cents to 0.73 last year.", "0.73", "dollar"),
        ("Prices climbed from 99 cents to 1.09.", "1.09", "dollar"),
        ("The shares jumped from 90 pence to 1.40.", "1.40", "pound sterling"),
        ("The price rose from 50 cents in 2021 to 1.20.", "1.20", "dollar"),
        ("Shares fell to 95 cents, down from 1.20.", "1.20", "dollar"),
    ],
)
def test_a_price_of_the_old_size_is_in_the_main_unit(text: str, span: str, unit: str) -> None:
    found = the(text, span)
    assert (found.unit, found.normalized_value) == (unit, found.value), found


def test_the_main_unit_has_the_name_of_its_sign() -> None:
    after_cents = the("The bar rose from 50 cents to 1.20.", "1.20")
    signed = the("The bar rose to $1.20.", "$1.20")
    assert (after_cents.unit, after_cents.normalized_unit) == (signed.unit, signed.normalized_unit)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "The mine produces between 2000 and 2400 tonnes a day.",
            "between 2000 and 2400 tonnes a day",
            2000,
            2400,
        ),
        (
            "The mine produces between 1990 and 2000 tonnes.",
            "between 1990 and 2000 tonnes",
            1990,
            2000,
        ),
        (
            "Between 2000 and 2500 tonnes of grain were shipped.",
            "Between 2000 and 2500 tonnes",
            2000,
            2500,
        ),
    ],
)
def test_a_range_of_year_like_figures_with_a_unit_is_a_measure(
    text: str, span: str, low: float, high: float
) -> None:
    assert the(text, span).range == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Between 2010 and 2020 sales rose 40 percent.",
        "Prices rose between 2019 and 2021 by 20 percent.",
    ],
)
def test_a_range_of_years_without_a_unit_stays_the_times_stage_s(text: str) -> None:
    assert [q.text for q in whole(text)] == [q.text for q in whole(text) if "percent" in q.text]


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "About 5% of the 2 million tonnes of Russian wheat shipped went to Egypt.",
            "About 5%",
            "wheat",
        ),
        ("About 12% of the 3 million tonnes of Ukrainian corn was lost.", "About 12%", "corn"),
        (
            "About 10% of the 1.2 million barrels a day of oil Iraq exports flows north.",
            "About 10%",
            "oil",
        ),
        ("He said 20% of the 3 million barrels a day of exports went to India.", "20%", "exports"),
        (
            "More than 20% of the 12 million pounds raised went to charity.",
            "More than 20%",
            "pounds",
        ),
        (
            "About 40% of the 2,000 megawatts the plant produces goes to the capital.",
            "About 40%",
            "megawatts",
        ),
        # with no noun of its own the amount's unit is what is shared (see review 21); an
        # adjective after the noun is no noun; a market's unit counts itself
        (
            "About 60% of the 400 points the team scored came from its guards.",
            "About 60%",
            "points",
        ),
        (
            "Only 30% of the 1 million tonnes of Ukrainian grain due this month has left.",
            "30%",
            "tonnes",
        ),
    ],
)
def test_a_share_of_an_amount_takes_its_noun_over_the_unit_s_word(
    text: str, span: str, noun: str | None
) -> None:
    assert the(text, span).noun == noun
