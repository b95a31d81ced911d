"""The look-ups the quantities stage caches read as before, at the edges too."""

from __future__ import annotations

import newsfacts
from newsfacts.extractors._numbers import parse_digits


def _read(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(q.text, q.value, q.unit, q.noun) for q in newsfacts.extract(text).quantities]


def test_one_idioms_at_the_edges_of_the_text() -> None:
    assert _read("They helped one another.") == []
    assert _read("One another thing: 5 boats sank.") == [("5", 5.0, None, "boats")]
    assert _read("He won on one") == []  # "on one hand" cut short by the end
    assert _read("On the one hand, 3 cars.") == [("3", 3.0, None, "cars")]


def test_repeated_figures_read_alike() -> None:
    text = "Rs.450 and Rs.450 again, 1,307,000.5 people, .001 per cent."
    assert _read(text) == [
        ("Rs.450", 450.0, "Indian rupee", None),
        ("Rs.450", 450.0, "Indian rupee", None),
        ("1,307,000.5", 1307000.5, None, "people"),
        (".001 per cent", 0.001, "percent", None),
    ]


def test_long_digit_strings_are_refused() -> None:
    long = "1" * 10_000  # past the cache's length bound: read afresh, and refused
    assert parse_digits(long) is None
    assert parse_digits("9" * 24) == 1e24
    assert parse_digits("") is None and parse_digits("1,2") is None
    assert _read(f"Prices rose {long}% in 2,000 towns.") == [("2,000", 2000.0, None, "towns")]
