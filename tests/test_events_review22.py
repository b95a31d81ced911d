"""Events: the reviewer's shapes of round 22, each with variants of our own and a case the
rule must leave alone: a place whose name ends like a nationality ("Mali") before a time;
"the army and rebels" (a bare second side) as two agents; one body's name with "and",
"&" or a list inside; "it" after "when" for the subject of the clause before (a team);
"the group" for the body named as the last sentence's subject; a bare "the body" as a
corpse; "Among those elected were ..." naming who underwent it."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, extract_events, participant_names, roles
from newsfacts.models import Event

PUBLISHED = "1998-02-20"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def names(text: str, trigger: str, role: str) -> list[str]:
    return participant_names(by_trigger(events(text), trigger), role)


# -- 1. a place ending like "Iraqi" before a time ----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("French troops clashed with rebels in Mali last week.", "clashed", "Mali"),
        ("Gunmen attacked a convoy in Burundi last month.", "attacked", "Burundi"),
        ("Protesters marched in Haiti this week.", "marched", "Haiti"),
        ("Soldiers raided a camp in Mali on Tuesday.", "raided", "Mali"),
    ],
)
def test_place_before_a_time(text: str, trigger: str, place: str) -> None:
    assert by_trigger(events(text), trigger).place == place


def test_nationality_adjective_still_no_place() -> None:
    assert by_trigger(events("Police arrested two men at Spanish airports."), "arrested").place != (
        "Spanish"
    )


# -- 2. a bare second side ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        ("The army and rebels signed a ceasefire on Tuesday.", "signed", {"army", "rebels"}),
        ("The government and rebels signed a ceasefire.", "signed", {"government", "rebels"}),
        ("The army and police raided the camp.", "raided", {"army", "police"}),
        ("The army and Hamas signed a ceasefire.", "signed", {"army", "Hamas"}),
        ("On Monday, the army and rebels clashed near Goma.", "clashed", {"army", "rebels"}),
    ],
)
def test_bare_second_side_is_an_agent_too(text: str, trigger: str, agents: set[str]) -> None:
    assert set(names(text, trigger, "agent")) == agents


def test_plural_sides_stay_one_group() -> None:
    """ "Police and soldiers": plurals that may share their head stay one participant."""
    assert names("Police and soldiers stormed the compound on Monday.", "stormed", "agent") == [
        "Police and soldiers"
    ]


# -- 3. one body's name with "and", "&" or a list inside -------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The Securities and Exchange Commission charged the firm with fraud.",
            "charged",
            "Securities and Exchange Commission",
        ),
        (
            "The Bureau of Alcohol, Tobacco and Firearms raided the compound.",
            "raided",
            "Bureau of Alcohol, Tobacco and Firearms",
        ),
        ("Procter & Gamble acquired the startup.", "acquired", "Procter & Gamble"),
        ("Johnson and Johnson acquired the startup.", "acquired", "Johnson and Johnson"),
        ("Johnson & Johnson acquired the startup.", "acquired", "Johnson & Johnson"),
        (
            "The Food and Drug Administration approved the drug.",
            "approved",
            "Food and Drug Administration",
        ),
        (
            "The Department of Health and Human Services announced the cuts.",
            "announced",
            "Department of Health and Human Services",
        ),
    ],
)
def test_one_body_with_and_inside(text: str, trigger: str, agent: str) -> None:
    assert names(text, trigger, "agent") == [agent]


def test_body_with_ampersand_as_object() -> None:
    assert names("Regulators sued Procter & Gamble on Monday.", "sued", "patient") == [
        "Procter & Gamble"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        ("Russia and Ukraine signed a deal.", "signed", {"Russia", "Ukraine"}),
        (
            "Ryanair and ITA Airways cancelled all flights.",
            "cancelled",
            {"Ryanair", "ITA Airways"},
        ),
        (
            "The African Union and the Commonwealth deployed observers.",
            "deployed",
            {"African Union", "Commonwealth"},
        ),
    ],
)
def test_two_bodies_stay_two(text: str, trigger: str, agents: set[str]) -> None:
    assert set(names(text, trigger, "agent")) == agents


# -- 4. antecedents by salience ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        (
            "The Mines Advisory Group has worked in Cambodia since 1992. Howes' team was "
            "clearing mines near Angkor Wat when it was attacked.",
            "Howes' team",
        ),
        (
            "The Mines Advisory Group has worked in Cambodia since 1992. The team was "
            "clearing mines near Angkor Wat when it was attacked.",
            "team",
        ),
        (
            "Oxfam has worked in Sudan for years. The charity's convoy was crossing the "
            "border when it was attacked.",
            "charity's convoy",
        ),
    ],
)
def test_it_after_when_is_the_working_body(text: str, patient: str) -> None:
    assert names(text, "attacked", "patient") == [patient]


def test_it_after_when_not_a_person() -> None:
    text = "Oxfam has worked in Sudan for years. Smith was crossing the river when it was attacked."
    assert "Smith" not in names(text, "attacked", "patient")


def test_the_group_is_the_last_subject_body() -> None:
    text = (
        "The Mines Advisory Group works in Cambodia. The Khmer Rouge were a guerrilla force "
        "with 10,000 men. But the group began to fall apart in mid-1996."
    )
    assert names(text, "fall", "patient") == ["Khmer Rouge"]


def test_the_group_named_last_stays() -> None:
    text = "The Wagner Group fought in Mali. Russia denied any links. The group withdrew in June."
    assert names(text, "withdrew", "agent") == ["Wagner Group"]


def test_the_group_not_a_body_of_its_own_sentence() -> None:
    text = (
        "The Voter Access Project sued the state. Lawyers for the group said the rule was "
        "unfair. Kessler's office defended the rule and accused the group of spreading fear."
    )
    assert "Kessler's office" not in names(text, "accused", "patient")


def test_the_body_is_a_corpse() -> None:
    text = (
        "Police are searching for the remains of Christopher Howes, who worked for the Mines "
        "Advisory Group. He said he received information on where the body had been buried."
    )
    assert names(text, "buried", "patient") == ["body"]


def test_the_world_body_stays_the_un() -> None:
    text = "The United Nations met on Monday. The world body condemned the attack."
    assert names(text, "condemned", "agent") == ["United Nations"]


# -- 5. "Among those elected were ..." ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patients"),
    [
        (
            "Among those elected were John Smith and Mary Jones.",
            "elected",
            {"John Smith", "Mary Jones"},
        ),
        ("Among those hired was John Smith.", "hired", {"John Smith"}),
        ("Among those killed was a local journalist.", "killed", {"local journalist"}),
        ("Those elected included John Smith.", "elected", {"John Smith"}),
    ],
)
def test_among_those_names_who(text: str, trigger: str, patients: set[str]) -> None:
    assert {n for n, r in roles(by_trigger(events(text), trigger)) if r == "patient"} == patients


def test_those_from_somewhere_is_no_event() -> None:
    found = events("Most of those rescued were from Bangladesh, Egypt and Eritrea.")
    assert "rescued" not in [e.trigger for e in found]


def test_among_those_after_subject_unchanged() -> None:
    assert names("Karimi was among those arrested on Friday.", "arrested", "patient") == ["Karimi"]
