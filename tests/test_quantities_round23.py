"""Round 23 of the quantities rules: the misses of round 14 (issue #5), on sentences
written for these tests."""

from __future__ import annotations

import pytest

import newsfacts


def _quantities(text: str) -> list[newsfacts.Quantity]:
    return list(newsfacts.extract(text, published="2024-03-05").quantities)


def _one(text: str, surface: str) -> newsfacts.Quantity:
    found = [q for q in _quantities(text) if q.text == surface]
    assert found, [q.text for q in _quantities(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("He offered a bounty of 3,000 kina for tips.", "3,000 kina", "Papua New Guinean kina"),
        ("The fine was set at 2 million leones.", "2 million leones", "Sierra Leonean leone"),
        ("A sack of rice costs 900 gourdes now.", "900 gourdes", "Haitian gourde"),
        ("Each family got 20,000 CFA francs in aid.", "20,000 CFA francs", "CFA franc"),
        (
            "The ministry paid 4 million Central African CFA francs.",
            "4 million Central African CFA francs",
            "Central African CFA franc",
        ),
    ],
)
def test_smaller_currencies(text: str, surface: str, unit: str) -> None:
    assert _one(text, surface).unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Eggs now sell for $4.10 a dozen in Ohio.", "$4.10 a dozen", "dollar per dozen"),
        ("Farmers were paid 90 cents a dozen last week.", "90 cents a dozen", "cent per dozen"),
        ("The sneakers cost $180 a pair.", "$180 a pair", "dollar per pair"),
    ],
)
def test_price_per_dozen_or_pair(text: str, surface: str, unit: str) -> None:
    quantities = _quantities(text)
    assert [q.text for q in quantities] == [surface]
    assert quantities[0].unit == unit


def test_dozen_as_a_count_stays_a_count() -> None:
    q = _one("She bought a dozen eggs for $5.", "a dozen")
    assert (q.value, q.noun) == (12, "eggs")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Eggs now sell for $4.10 at most stores.", "$4.10"),
        ("The fare is $3 at most stations, officials said.", "$3"),
        ("It employs 30 workers at most plants.", "30"),
    ],
)
def test_at_most_before_a_noun_is_a_determiner(text: str, surface: str) -> None:
    assert _one(text, surface).qualifier is None


@pytest.mark.parametrize(
    "text",
    [
        "Tickets cost $40 at most.",
        "Tickets cost $40 at most, he said.",
        "Prices rose 5% at most in May.",
    ],
)
def test_at_most_after_a_figure_still_qualifies(text: str) -> None:
    assert _quantities(text)[0].qualifier is newsfacts.Qualifier.AT_MOST


@pytest.mark.parametrize(
    ("text", "surface", "noun"),
    [
        (
            "Two more farms tested positive, bringing the number of birds culled to 1.2 million.",
            "1.2 million",
            "birds",
        ),
        (
            "Police arrested four men on Friday, taking the number of suspects held to 12.",
            "12",
            "suspects",
        ),
        (
            "Three villages reported cases, bringing the total number of people infected "
            "this month to about 2,000.",
            "about 2,000",
            "people",
        ),
        (
            "Floods hit the south, bringing the number of homes lost in Texas this year to 900.",
            "900",
            "homes",
        ),
        (
            "Two firms joined, bringing the number of backers of the plan to 15.",
            "15",
            "backers",
        ),
    ],
)
def test_bringing_the_number_of_a_noun_to_a_count(text: str, surface: str, noun: str) -> None:
    assert _one(text, surface).noun == noun


@pytest.mark.parametrize(
    ("text", "surface", "bounds"),
    [
        (
            "Each flight costs between 1 million and 2 million euros ($1.1 million and "
            "$2.2 million), officials said.",
            "$1.1 million and $2.2 million",
            (1.1e6, 2.2e6),
        ),
        (
            "Between 30 and 40 km (19 and 25 miles) of road were closed.",
            "19 and 25 miles",
            (19, 25),
        ),
        (
            "Rent runs between 900 and 1,200 pounds ($1,100 and $1,500) a month.",
            "$1,100 and $1,500",
            (1100, 1500),
        ),
    ],
)
def test_a_bracket_restating_a_between_range_is_a_range(
    text: str, surface: str, bounds: tuple[float, float]
) -> None:
    assert _one(text, surface).range == bounds


def test_a_bracket_after_a_single_amount_reads_no_and_range() -> None:
    texts = [q.text for q in _quantities("He earned 5,000 pounds ($6,000 and a car).")]
    assert texts == ["5,000 pounds", "$6,000"]


@pytest.mark.parametrize(
    ("text", "surface", "noun"),
    [
        (
            "The state has pledged more than $4bn in public and private money for the plan.",
            "more than $4bn",
            "money",
        ),
        ("The city got $20 million in state and federal aid last year.", "$20 million", "aid"),
        ("It paid $2bn in fines and penalties.", "$2bn", "fines"),
    ],
)
def test_money_in_coordinated_modifiers_names_their_shared_noun(
    text: str, surface: str, noun: str
) -> None:
    assert _one(text, surface).noun == noun
