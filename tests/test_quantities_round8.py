"""Quantities, round 8: vague plurals after a dateline's dash, counts elided after a
participle or a kin noun, "twice" as a multiple, ages bounded after people, what an
estimate in a relative clause measures and "to one side", on sentences written for
these tests."""

from __future__ import annotations

import pytest

import newsfacts
from _quanttools import by_text, extract

# -- a dateline's dash is no range -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "noun"),
    [
        ("PARIS, Nov 26 - Thousands of farmers blocked roads.", "Thousands", 1e3, 1e4, "farmers"),
        (
            "SANTIAGO, Nov 26 - Tens of thousands of teachers walked out.",
            "Tens of thousands",
            1e4,
            1e5,
            "teachers",
        ),
        ("LONDON, March 3 – Hundreds of nurses marched.", "Hundreds", 100, 1000, "nurses"),
        ("KYIV, Jan 9 — Dozens of drones struck the city.", "Dozens", 12, 120, "drones"),
    ],
)
def test_a_vague_plural_after_a_dateline_dash_is_read_alone(
    text: str, span: str, low: float, high: float, noun: str
) -> None:
    found = newsfacts.extract(text, published="2024-03-05").quantities
    assert [(q.text, q.range, q.noun) for q in found] == [(span, (low, high), noun)]


@pytest.mark.parametrize(
    "text",
    ["Crowds of 300-400 people gathered.", "Between 20 and 30 people were hurt."],
)
def test_ranges_of_figures_still_join(text: str) -> None:
    (q,) = extract(text)
    assert q.range is not None


# -- counts elided after a participle or a kin noun ------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "noun"),
    [
        ("Shelling hit the town, killing three soldiers and wounding eight.", 8, "soldiers"),
        ("The storm swept the coast, killing two people and injuring five.", 5, "people"),
        ("Police moved in, arresting 12 protesters and detaining 30 on Sunday.", 30, "protesters"),
        ("Troops raided the camp, seizing 40 rifles and destroying 12 in the fire.", 12, "rifles"),
    ],
)
def test_a_count_after_a_coordinated_participle_carries_the_noun(
    text: str, count: float, noun: str
) -> None:
    assert [q.noun for q in extract(text) if q.value == count] == [noun]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("She is a mother of three.", 3),
        ("A father of two, he lost his job in May.", 2),
        ("The mother of four said she was afraid.", 4),
        ("Her grandmother of five was at the scene.", 5),
    ],
)
def test_a_kin_noun_of_a_bare_count_counts_children(text: str, count: float) -> None:
    assert [q.value for q in extract(text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Guests came, including two from Paris.",
        "The father of the bride spoke.",
        "It happened, leaving one stunned.",
    ],
)
def test_no_count_without_a_coordinated_participle_or_a_kin_noun(text: str) -> None:
    assert extract(text) == []


# -- "twice" as a multiple -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Nurses were asked to do twice the work with the same staff.", "twice"),
        ("The new plant is twice the size of the old one.", "twice"),
        ("Exports were more than twice as high as a year earlier.", "more than twice"),
        ("Rents are nearly twice what they were in 2019.", "nearly twice"),
        ("They paid twice that amount.", "twice"),
        ("Women were twice as likely to die.", "twice"),
    ],
)
def test_twice_before_a_comparison_is_two_times(text: str, span: str) -> None:
    (q,) = extract(text)
    assert (q.text, q.value, q.unit) == (span, 2.0, "times")


@pytest.mark.parametrize(
    "text",
    [
        "He scored twice in the second half.",
        "Haaland scored twice as Manchester City beat Chelsea.",
        "She scored twice as they pressed.",
        "He scored twice as the crowd roared.",
        "She was twice elected mayor.",
    ],
)
def test_twice_as_a_count_of_times_or_before_a_clause_is_no_multiple(text: str) -> None:
    assert extract(text) == []


# -- ages bounded after people ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ('"Nobody under 30 has ever worked like this," she said.', "under 30", "less_than"),
        ("Vaccines are offered to children under five.", "under five", "less_than"),
        ("People over 65 were told to stay indoors.", "over 65", "more_than"),
        ("Anyone under 18 must have consent, officials said.", "under 18", "less_than"),
    ],
)
def test_a_bound_after_people_is_an_age(text: str, span: str, qualifier: str) -> None:
    (q,) = extract(text)
    assert (q.text, q.unit) == (span, "year of age")
    assert q.qualifier is not None and q.qualifier.value == qualifier


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Temperatures under 30 are rare there.", None),
        ("The project came in under 30 percent over budget.", "percent"),
        ("Prices over 50 were cut.", None),
    ],
)
def test_a_bound_after_other_nouns_is_no_age(text: str, unit: str | None) -> None:
    (q,) = extract(text)
    assert q.unit == unit


# -- an estimate in a relative clause measures the noun before it ---------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "The damage, which officials estimated at $2 billion, was severe.",
            "$2 billion",
            "damage",
        ),
        ("It was a deal that analysts valued at $5 billion.", "$5 billion", "deal"),
        (
            "Given the size of the market, which some forecasts put at $100 billion, it is high.",
            "$100 billion",
            "market",
        ),
        ("Losses were put at $3 billion.", "$3 billion", "losses"),
    ],
)
def test_an_estimate_in_a_relative_clause_measures_its_antecedent(
    text: str, span: str, noun: str
) -> None:
    assert by_text(text)[span][2] == noun


def test_an_active_estimate_with_its_object_names_no_estimator() -> None:
    assert by_text("He said that analysts valued it at $5 billion.")["$5 billion"][2] is None


# -- "to one side" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ferry listed sharply to one side.",
        "The plan was pushed to one side.",
        "Set your doubts to one side, he said.",
    ],
)
def test_to_one_side_is_no_count(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize("text", ["One side scored twice.", "Only one side of the road was open."])
def test_one_side_elsewhere_still_counts(text: str) -> None:
    assert [(q.value, q.noun) for q in extract(text)] == [(1.0, "side")]


# -- "four of the injured", "a mother of four who" ------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "noun"),
    [
        ("Four of the injured were taken to hospital.", 4, None),
        ("Three of the dead were police officers.", 3, None),
        ("Two of the missing were found alive.", 2, None),
        ("Two of the accused were acquitted.", 2, None),
        # A parent's count counts children, also before "who" (the lead, issue #5).
        ("She is a mother of four who sells vegetables.", 4, "children"),
        ("A father of two who lost his job spoke first.", 2, "children"),
    ],
)
def test_a_count_of_people_named_by_an_adjective_or_kin(
    text: str, count: float, noun: str | None
) -> None:
    assert [(q.value, q.noun) for q in extract(text)] == [(count, noun)]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Four of the injured men were taken away.", "men"),
        ("Three of the proposed sites were rejected.", "sites"),
    ],
)
def test_a_noun_after_the_participle_is_still_the_counted_noun(text: str, noun: str) -> None:
    assert [q.noun for q in extract(text)] == [noun]


# -- "one point" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore are one point above the bottom club.",
        "The team sit one point behind the leaders.",
        "Rates rose by one point.",
    ],
)
def test_one_point_as_a_gap_or_a_move_is_a_quantity(text: str) -> None:
    assert [(q.text, q.unit) for q in extract(text)] == [("one point", "point")]


@pytest.mark.parametrize(
    "text", ["At one point, the crowd surged.", "Prices moved from one point to another."]
)
def test_at_one_point_is_no_quantity(text: str) -> None:
    assert extract(text) == []
