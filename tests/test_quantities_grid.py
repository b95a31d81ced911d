"""Canonical wire-copy patterns: qualifier x number x noun, and the numbers that are not
quantities. A small grid rather than single sentences, so a rule cannot fit one wording."""

from __future__ import annotations

import itertools

import pytest

from _quanttools import extract

_QUALIFIERS = [
    ("", None),
    ("more than", "more_than"),
    ("over", "more_than"),
    ("nearly", "approximately"),
    ("about", "approximately"),
    ("some", "approximately"),
    ("an estimated", "approximately"),
    ("at least", "at_least"),
    ("at most", "at_most"),
    ("up to", "up_to"),
    ("fewer than", "less_than"),
    ("as many as", "up_to"),
]
_COUNTS = [("2,000", 2000.0), ("twelve", 12.0), ("a dozen", 12.0), ("1.5 million", 1.5e6)]
_FRAMES = [
    ("{x} soldiers were reported on Tuesday.", "soldiers"),
    ("Officials said {x} people had been affected.", "people"),
    ("The army lost {x} of its aircraft, the ministry said.", "aircraft"),
]


@pytest.mark.parametrize(
    ("qualifier", "number", "frame"), list(itertools.product(_QUALIFIERS, _COUNTS, _FRAMES))
)
def test_qualified_counts(
    qualifier: tuple[str, str | None], number: tuple[str, float], frame: tuple[str, str]
) -> None:
    words, expected = qualifier
    phrase = " ".join(p for p in (words, number[0]) if p)
    text = frame[0].format(x=phrase)
    text = text[0].upper() + text[1:]
    (q,) = extract(text)
    assert q.text.lower() == phrase
    assert q.value == pytest.approx(number[1])
    assert (q.qualifier.value if q.qualifier else None) == expected
    assert q.noun == frame[1]


# "over" right after "rose"/"rise"/"gain" is "more than" before a percentage or points,
# though "a rise over 12 months" spreads the rise across a period.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prices rose over 3% in the year, officials said.", "over 3%"),
        ("Prices rose over 3 per cent in the year.", "over 3 per cent"),
        ("Shares rose over 4.5 percent on Monday.", "over 4.5 percent"),
        ("The index rose over 2 points by noon.", "over 2 points"),
        ("It posted a gain over 10% in March.", "over 10%"),
    ],
)
def test_over_after_rise_before_a_share(text: str, span: str) -> None:
    (q,) = extract(text)
    assert q.text == span
    assert q.qualifier is not None and q.qualifier.value == "more_than"


def test_rise_over_a_period_is_not_more_than() -> None:
    found = extract("Its rise over 12 months was sharp.")
    assert all(q.qualifier is None for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Call (202) 555-0143 for details.",
        "For tickets call (212) 555-0199 now.",
        "The hotline, (800) 273-8255, is open.",
        "The law was passed in 2019.",
        "They drove along Route 66.",
        "The Boeing 737 landed safely.",
        "Nato invoked Article 5 of the treaty.",
        "Chelsea won 3-1 on Saturday.",
        "G7 leaders met in Italy.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert extract(text) == []


def test_a_figure_in_brackets_is_still_a_quantity() -> None:
    found = extract("The death toll (300) rose on Friday.")
    assert [q.value for q in found] == [300.0]


# "2m" before a counted noun is two million in British copy ("some 2m people"), unless a
# determiner or possessive makes the amount a modifier of the noun ("the 400m hurdles").
@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Some 2m people were displaced.", 2e6, "people"),
        ("About 3m homes lost power.", 3e6, "homes"),
        ("It will create 2m jobs by 2030.", 2e6, "jobs"),
        ("Nearly 40m voters took part.", 4e7, "voters"),
        ("The 1.5m people who fled were counted.", 1.5e6, "people"),
    ],
)
def test_m_before_a_counted_noun_is_millions(text: str, value: float, noun: str) -> None:
    (q,) = extract(text)
    assert (q.value, q.unit, q.noun) == (value, None, noun)


@pytest.mark.parametrize(
    "text",
    [
        "He won the 400m hurdles.",
        "She ran in the women's 100m heats.",
        "The 5m walls were breached.",
        "He is 2m tall.",
        "Waves of up to 5m crashed ashore.",
    ],
)
def test_m_as_metres(text: str) -> None:
    (q,) = extract(text)
    assert q.unit == "metre"
