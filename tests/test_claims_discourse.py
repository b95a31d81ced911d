"""Speakers across sentences and paragraphs that once failed: a person whose role is said
by a verb ("has led the union", "who heads the nurses' union") and is later "the union
leader"; "WHO" (the World Health Organization) as a speaker; two bodies joined by "and
the" kept apart, so "the agency" is the one that is an agency."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

LEAD = "Talks resumed in Berlin on Monday.\n\n"
NOVAK = "Peter Novak, an analyst at Commerzbank, said markets had reacted calmly.\n\n"
FILLER = "The strike has shut down hospitals since March. Talks broke down in April.\n\n"


@pytest.mark.parametrize(
    "intro",
    [
        "Maria Keller, 54, has led the union since 2019.",
        "Maria Keller has led the union since 2019.",
        '"We will fight," said Maria Keller, who heads the nurses\' union.',
        "Maria Keller, who has long headed the country's biggest union, arrived on Monday.",
        "Maria Keller, who leads the union, met the minister on Monday.",
        "Maria Keller, 61, chairs the union.",
    ],
)
@pytest.mark.parametrize("middle", ["", NOVAK, FILLER])
@pytest.mark.parametrize(
    ("later", "fragment"),
    [
        ('"We will not back down," the union leader said.', "not back down"),
        ("The union leader said the talks had failed.", "talks had failed"),
        ('"We will not back down," the union leader told reporters.', "not back down"),
    ],
)
def test_a_role_said_by_a_verb_of_leading(
    intro: str, middle: str, later: str, fragment: str
) -> None:
    claim = by_text(claims(LEAD + intro + "\n\n" + middle + later), fragment)
    assert speaker(claim) == ("Maria Keller", "person")


@pytest.mark.parametrize(
    "intro",
    [
        "Maria Keller, 54, has led the protests since 2019.",  # no body: no role
        "Maria Keller has led the Nurses' Union since 2019.",  # a named body: not "union leader"
        "Maria Keller read the union statement.",  # no verb of leading
    ],
)
def test_no_leader_role_without_a_led_body(intro: str) -> None:
    found = claims(LEAD + intro + "\n\nThe union leader said the talks had failed.")
    claim = by_text(found, "talks had failed")
    assert claim.speaker is None or claim.speaker.name != "Maria Keller"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The WHO said the talks had failed.", "talks had failed"),
        ("WHO said on Monday that the talks had failed.", "talks had failed"),
        ('"We will not back down," the WHO said.', "not back down"),
        ("The WHO told reporters the talks had failed.", "talks had failed"),
    ],
)
def test_who_in_capitals_is_a_body(text: str, fragment: str) -> None:
    claim = by_text(claims(LEAD + text), fragment)
    assert speaker(claim) == ("WHO", "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The World Health Organization said the strike would go on.\n\n"
        "The WHO added that the talks had failed.",
        "The World Health Organization (WHO) said the strike would go on.\n\n"
        "The WHO added that the talks had failed.",
    ],
)
def test_who_after_the_full_name(text: str) -> None:
    claim = by_text(claims(LEAD + text), "talks had failed")
    assert speaker(claim) == ("World Health Organization", "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Officials who spoke on Monday said the talks had failed.",
        "WHO IS TO BLAME\n\nKeller said the talks had failed.",
    ],
)
def test_who_as_a_pronoun_or_in_a_capitals_headline_is_no_body(text: str) -> None:
    claim = by_text(claims(text), "talks had failed")
    assert speaker(claim)[0] in ("Officials", "Keller")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Commission and the European Medicines Agency met on Monday.\n\n"
            "The agency said the talks had failed.",
            "European Medicines Agency",
        ),
        (
            "The European Medicines Agency and the European Commission met on Monday.\n\n"
            "The commission said the talks had failed.",
            "European Commission",
        ),
        (
            "The Interior Ministry and the Federal Police met on Monday.\n\n"
            "The ministry said the talks had failed.",
            "Interior Ministry",
        ),
    ],
)
def test_two_bodies_joined_by_and_the(text: str, expected: str) -> None:
    claim = by_text(claims(LEAD + text), "talks had failed")
    assert speaker(claim) == (expected, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Health and Human Services said the talks had failed.",
        "The Food and Drug Administration said the talks had failed.",
    ],
)
def test_and_inside_one_name_still_joins(text: str) -> None:
    claim = by_text(claims(LEAD + text), "talks had failed")
    assert speaker(claim)[0] in (
        "Department of Health and Human Services",
        "Food and Drug Administration",
    )
