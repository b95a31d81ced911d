"""Property tests: whatever the text, every fact's span slices the input to its text."""

from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import InputError

NEWSY = st.lists(
    st.sampled_from(
        [
            "said",
            "Keller",
            "Maria",
            '"',
            "“",
            "”",
            "'",
            "more than",
            "2,000",
            "soldiers",
            "on Friday",
            "last month",
            "March 3",
            "$2.5 billion",
            "3 percent",
            "\n\n",
            ".",
            ",",
            "By",
            "the union leader",
            "she",
            "according to",
            "PARIS —",
            "1e9999",
            "2019",
            "next autumn",
            "about",
            "tanks",
            "deployed",
            "in Berlin",
            "—",
            "(AP)",
        ]
    ),
    max_size=60,
).map(" ".join)


def check(text: str) -> None:
    try:
        facts = newsfacts.extract(text, published="2024-03-05")
    except InputError:
        assert not text.strip()
        return
    data = facts.to_dict()
    assert data["article"]["text"] == text
    for kind in ("claims", "quantities", "times"):
        for fact in data[kind]:
            start, end = fact["span"]
            assert text[start:end] == fact["text"]
    jsonschema.validate(data, newsfacts.json_schema())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_text(text: str) -> None:
    check(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_newsy_text(text: str) -> None:
    check(text)
