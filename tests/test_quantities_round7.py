"""Quantities, round 7: the phrase that frames an amount, acronym plurals, tallies,
shares of a comparison and counts out of a total, on sentences written for these tests."""

from __future__ import annotations

import pytest

from _quanttools import by_text, extract


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Members backed the strike on a turnout of 81%, the union said.", "81%", "turnout"),
        ("Nurses were offered a rise of just 3.2% this spring.", "3.2%", "rise"),
        ("The board approved a pay rise of 4 percent for staff.", "4 percent", "rise"),
        (
            "Investors valued it at a market value of about $31 billion.",
            "about $31 billion",
            "value",
        ),
        ("The regulator imposed a fine of £2.5m on the bank.", "£2.5m", "fine"),
        (
            "The company reported an operating profit of 2.7 billion euros.",
            "2.7 billion euros",
            "profit",
        ),
        ("The car has a top speed of 250 km/h.", "250 km/h", "speed"),
        ("Its quarterly dividend of only 1.50 kroner disappointed.", "1.50 kroner", "dividend"),
    ],
)
def test_a_noun_of_an_amount_names_what_it_measures(text: str, span: str, noun: str) -> None:
    assert by_text(text)[span][2] == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("A teenager can now sign a contract worth $500,000.", "$500,000", "contract"),
        ("Police seized jewellery worth 2 million euros.", "2 million euros", "jewellery"),
        ("The ministry ordered equipment worth £40m from the firm.", "£40m", "equipment"),
    ],
)
def test_a_noun_worth_an_amount(text: str, span: str, noun: str) -> None:
    assert by_text(text)[span][2] == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "Fjordlaks kept its quarterly dividend at 2.50 kroner a share.",
            "2.50 kroner a share",
            "dividend",
        ),
        ("The central bank held its benchmark rate at 4.75%.", "4.75%", "rate"),
        ("Officials put the cost at $5 billion.", "$5 billion", "cost"),
    ],
)
def test_a_level_set_at_an_amount(text: str, span: str, noun: str) -> None:
    assert by_text(text)[span][2] == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The plane entered a stall at 17,000 feet.", "17,000 feet"),  # a place, not a level
        ("Bills rose by an average of £123.", "£123"),  # "average" frames, it is not measured
        ("Donors gave a total of $5 million.", "$5 million"),
        ("The poll has a margin of error of 3 percentage points.", "3 percentage points"),
        ("The euro was flat at 1.09 dollars.", "1.09 dollars"),
    ],
)
def test_framing_words_that_name_nothing_measured(text: str, span: str) -> None:
    assert by_text(text)[span][2] is None


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The bill passed by 312 votes to 187, a majority of 125.", "125", "majority"),
        ("Police estimated a crowd of 800 outside the court.", "800", "crowd"),
        ("Ministers named a squad of 23 for the tournament.", "23", "squad"),
    ],
)
def test_a_bare_count_after_a_noun_of(text: str, span: str, noun: str) -> None:
    assert by_text(text)[span][2] == noun


@pytest.mark.parametrize(
    "text",
    [
        "The oldest joined at the age of 21.",  # "the", not "a": no count of ages
        "The group had a net worth of 1.356 billion.",  # an amount, not a count
    ],
)
def test_a_bare_figure_after_the_noun_of_keeps_no_noun(text: str) -> None:
    assert [q.noun for q in extract(text)] == [None]


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The industry is squeezed by a 25% resource-rent tax on aquaculture.", "25%", "tax"),
        ("The city added a 5% tourist tax in March.", "5%", "tax"),
        ("Shoppers pay a 10% sales tax at the till.", "10%", "tax"),
    ],
)
def test_a_compound_before_a_preposition_names_its_head(text: str, span: str, noun: str) -> None:
    assert by_text(text)[span][2] == noun


def test_a_participle_before_a_preposition_is_no_head() -> None:
    found = extract("A 300,000 year-old skull found in China was shown.")
    assert [q.noun for q in found] == ["skull"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Twenty-three Labour MPs voted against the government.", "MPs"),
        ("Five CEOs resigned after the audit.", "CEOs"),
        ("Police stopped 12 SUVs at the border.", "SUVs"),
        ("The ministry shut 40 NGOs last year.", "NGOs"),
    ],
)
def test_acronyms_with_a_plural_s_are_counted(text: str, noun: str) -> None:
    assert extract(text)[0].noun == noun


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The cut was forecast by 14 of 19 economists polled.",
            [(14, "economists"), (19, "economists")],
        ),
        ("Rescuers freed 6 of 11 miners trapped underground.", [(6, "miners"), (11, "miners")]),
        ("Judges upheld 3 of 7 appeals on Monday.", [(3, "appeals"), (7, "appeals")]),
    ],
)
def test_a_count_out_of_a_total_is_two_counts(text: str, counts: list[tuple[float, str]]) -> None:
    assert [(q.value, q.noun) for q in extract(text)] == counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seven of 10 voters backed him.", 0.7),
        ("Nine of 100 patients fell ill.", 0.09),
    ],
)
def test_a_count_of_a_round_base_stays_a_share(text: str, value: float) -> None:
    assert extract(text)[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("The bill passed by 312 votes to 187 on Tuesday night.", ["votes", "votes"]),
        ("The motion was carried by 52 votes to 48 in the upper house.", ["votes", "votes"]),
        ("The party won 30 seats to 12 at the last election.", ["seats", "seats"]),
    ],
)
def test_the_second_figure_of_a_tally_counts_the_same(text: str, nouns: list[str]) -> None:
    assert [q.noun for q in extract(text)] == nouns


def test_a_figure_with_its_own_noun_after_to_keeps_it() -> None:
    found = extract("The army sent 300 troops to 12 villages.")
    assert [q.noun for q in found] == ["troops", "villages"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Children who play outside are about a third less likely to need glasses.",
            "about a third",
            1 / 3,
        ),
        ("The new drug is half as effective as the old one.", "half", 0.5),
        ("Electric cars are a fifth more expensive to insure.", "a fifth", 0.2),
        ("Tickets are now a quarter cheaper than last year.", "a quarter", 0.25),
    ],
)
def test_a_share_sizes_a_comparison(text: str, span: str, value: float) -> None:
    found = by_text(text)
    assert found[span][0] == pytest.approx(value)
    assert found[span][2] is None


@pytest.mark.parametrize(
    "text",
    [
        "A third man was arrested on Friday.",
        "He spent a third term in office.",
    ],
)
def test_an_ordinal_third_is_no_share(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("They have room for one more move this year.", "move"),
        ("Rescuers said one more body was found.", "body"),
        ("He needs one more win to take the title.", "win"),
    ],
)
def test_one_more_counts_the_noun_after(text: str, noun: str) -> None:
    assert [(q.value, q.noun) for q in extract(text)] == [(1, noun)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The charge stored in the capacitor was 2.5 F.", "farad"),
        ("The new supercapacitor stores 3,000 F.", "farad"),
        ("It was 75 F in Miami on Sunday.", "degree Fahrenheit"),
        ("The movie file is 16 billion b.", "bit"),
        ("The concert ticket cost me 150 kn, which is pricey.", "Croatian kuna"),
        ("A ferry ticket to Split costs 40 kn.", "Croatian kuna"),
        ("The yacht sailed at 12 kn through the strait.", "knot"),
    ],
)
def test_an_ambiguous_unit_symbol_is_read_by_its_sentence(text: str, unit: str) -> None:
    assert extract(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("Tesla delivered 63,150 Model 3s in the quarter.", ["3s"]),
        ("The airline flies 40 Boeing 737s and 12 Airbus A320s.", ["737s", "A320s"]),
        ("He bought 150 Boeing 737 aircraft.", ["aircraft"]),
    ],
)
def test_models_in_the_plural_are_counted(text: str, nouns: list[str]) -> None:
    assert [q.noun for q in extract(text)] == nouns


def test_an_acronym_in_the_plural_is_no_unit_symbol() -> None:
    assert [(q.unit, q.noun) for q in extract("Police stopped 12 SUVs.")] == [(None, "SUVs")]
