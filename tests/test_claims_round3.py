"""Speaker gaps of round 3: representatives, role nouns with a source tail, and a lone
name that says "he" or "she"."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.models import EntityKind


def _speakers(text: str) -> list[tuple[str, EntityKind]]:
    facts = newsfacts.extract(text, published="2024-03-05")
    return [(c.speaker.name, c.speaker.kind) for c in facts.claims if c.speaker is not None]


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Halvard Group cut 300 jobs. Company representatives said the plant would close.",
            "Halvard Group",
        ),
        (
            "Halvard Group cut 300 jobs. Later, company spokesmen said the plant would close.",
            "Halvard Group",
        ),
        ("Representatives of Halvard Group said the plant would close.", "Halvard Group"),
        ("Spokeswomen for Halvard Group said the plant would close.", "Halvard Group"),
    ],
)
def test_representative_speaks_for_body(text: str, body: str) -> None:
    assert (body, EntityKind.ORGANIZATION) in _speakers(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Halvard Group cut 300 jobs. A company representative said the plant would close.",
            "Halvard Group representative",
        ),
        (
            "The Ministry of Energy backed the plan. A ministry representative told reporters "
            "that the talks had stalled.",
            "Ministry of Energy representative",
        ),
        (
            "A representative for Halvard Group said the plant would close.",
            "Halvard Group representative",
        ),
        (
            "A Halvard Group representative said the plant would close next year.",
            "Halvard Group representative",
        ),
    ],
)
def test_one_unnamed_representative_is_anonymous(text: str, name: str) -> None:
    # Plural representatives speak as the body; one unnamed one is an anonymous source.
    assert (name, EntityKind.ANONYMOUS) in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The House of Representatives said the bill would pass.",
        "The Chamber of Deputies said the bill would pass.",
    ],
)
def test_plural_after_of_in_a_name_is_no_group(text: str) -> None:
    found = _speakers(text)
    assert found and found[0][1] is not EntityKind.GROUP


def test_named_representative_stays_a_person() -> None:
    found = _speakers("Representative Maria Lopez said the bill would pass.")
    assert found and found[0][1] is EntityKind.PERSON
    assert "Lopez" in found[0][0]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "A diplomat briefed on the talks said the deal was close.",
            "diplomat briefed on the talks",
        ),
        (
            "A diplomat close to the negotiations said the deal was close.",
            "diplomat close to the negotiations",
        ),
        (
            "An engineer familiar with the project said the bridge was unsafe.",
            "engineer familiar with the project",
        ),
        (
            "A lawyer with knowledge of the case told reporters that charges were likely.",
            "lawyer with knowledge of the case",
        ),
    ],
)
def test_role_with_source_tail_is_anonymous(text: str, name: str) -> None:
    assert _speakers(text) == [(name, EntityKind.ANONYMOUS)]


@pytest.mark.parametrize(
    "text",
    [
        "A diplomat said the deal was close.",
        "A diplomat, close to tears, said the deal was dead.",
    ],
)
def test_unnamed_diplomat_without_source_tail_is_anonymous_too(text: str) -> None:
    # (an unnamed diplomat speaks for a government: anonymous, described by the role)
    assert _speakers(text) == [("diplomat", EntityKind.ANONYMOUS)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Keller said she had resigned.", "Keller"),
        ("Okafor told reporters he would appeal the ruling.", "Okafor"),
        ("Brandt said on Monday that she had resigned.", "Brandt"),
        ("Keller said she had resigned. She added that the board knew.", "Keller"),
    ],
)
def test_lone_name_saying_he_or_she_is_a_person(text: str, name: str) -> None:
    found = _speakers(text)
    assert found and all(s == (name, EntityKind.PERSON) for s in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Siemens said it would cut jobs.", "Siemens"),
        ("Google said they would appeal.", "Google"),
        ("Halvard said the plant would close.", "Halvard"),
        ("Halvard said his brother had resigned.", "Halvard"),
    ],
)
def test_lone_name_without_he_or_she_stays_a_body(text: str, name: str) -> None:
    found = _speakers(text)
    assert found and found[0] == (name, EntityKind.ORGANIZATION)
