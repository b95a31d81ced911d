"""The events stage, round 12 (issue #7), on sentences written for these tests: a
coordinated subject after an opening phrase ("On Monday, police and soldiers stormed") is
one participant, "shares in the carmaker Renault" name the company's shares, and a bare
count opening a clause ("when 6,500 were killed") is its subject, so the clause takes no
subject from the clause before while keeping that clause's time and place."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names

_events = partial(extract_events, published="2025-04-02")


# -- a subject list after an opening phrase ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("On Monday, police and soldiers stormed the compound.", "stormed", "police and soldiers"),
        ("In Goma, rebels and militia fighters clashed on Sunday.", "clashed", "rebels and"),
        ("After the vote, lawmakers and activists marched to the palace.", "marched", "lawmakers"),
        ("On Friday, police and firefighters evacuated the building.", "evacuated", "police and"),
        ("Police and soldiers stormed the compound on Monday.", "stormed", "Police and soldiers"),
    ],
)
def test_subject_list_after_opening_phrase(text: str, trigger: str, agent: str) -> None:
    event = by_trigger(_events(text), trigger)
    agents = participant_names(event, "agent")
    assert len(agents) == 1 and agents[0].startswith(agent), agents


def test_name_after_opening_phrase_still_its_own() -> None:
    """A capitalised name is no opening plural: "Smith and officials" stays as it was."""
    event = by_trigger(_events("On Monday, police said Smith had resigned."), "resigned")
    assert participant_names(event, "agent") != ["police and Smith"]


# -- shares in a company named after "the" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Shares in the carmaker Renault rose sharply on Monday.", "rose", "Renault"),
        ("Shares of the miner Glencore fell 4% on Tuesday.", "fell", "Glencore"),
        ("Shares in the Swiss bank UBS slumped on Friday.", "slumped", "UBS"),
        ("Shares in Vodafone fell 3% in London on Tuesday.", "fell", "Vodafone"),
    ],
)
def test_shares_in_the_company(text: str, trigger: str, patient: str) -> None:
    event = by_trigger(_events(text), trigger)
    patients = participant_names(event, "patient")
    assert len(patients) == 1 and patients[0].startswith("Shares"), patients
    assert patients[0].endswith(patient), patients


def test_shares_in_a_common_noun_stay_shares() -> None:
    """No name after "the": nothing to hold shares in."""
    event = by_trigger(_events("Shares in the company fell on Friday."), "fell")
    assert participant_names(event, "patient") == ["Shares"]


def test_shares_in_london_are_placed() -> None:
    event = by_trigger(_events("Shares in Vodafone fell 3% in London on Tuesday."), "fell")
    assert event.place == "London"


# -- a bare count as the subject of a "when" clause --------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time", "place", "not_patient"),
    [
        (
            "Armenia and Azerbaijan fought a war in 2020 in Nagorno-Karabakh, when 6,500 were"
            " killed.",
            "killed",
            "2020",
            "Nagorno-Karabakh",
            "Armenia",
        ),
        (
            "Gunmen attacked the village of Kabala on Sunday, and at least 30 were killed.",
            "killed",
            "Sunday",
            None,
            "Gunmen",
        ),
        (
            "The rebels seized Goma in January, when more than 900 were killed.",
            "killed",
            "January",
            "Goma",
            "rebels",
        ),
        ("The ferry sank on Monday, while 12 were rescued.", "rescued", "Monday", None, "ferry"),
    ],
)
def test_bare_count_subject(
    text: str, trigger: str, time: str, place: str | None, not_patient: str
) -> None:
    event = by_trigger(_events(text), trigger)
    assert not_patient not in participant_names(event, "patient")
    assert event.time is not None and event.time.text == time
    if place is not None:
        assert event.place == place


def test_reported_bare_count_is_not_the_reporter() -> None:
    event = by_trigger(_events("Police said 14 were injured in the blast."), "injured")
    assert "Police" not in participant_names(event, "patient")


def test_retook_after_the_when_clause_keeps_its_own_subject() -> None:
    text = (
        "The two countries fought a war in 2020 in Nagorno-Karabakh, when more than 6,500"
        " were killed, and Azerbaijan retook the region in 2023."
    )
    event = by_trigger(_events(text), "retook")
    assert participant_names(event, "agent") == ["Azerbaijan"]
    assert event.time is not None and event.time.text == "2023"


def test_count_before_a_noun_is_no_bare_count() -> None:
    """ "and 30 villagers were killed": the villagers, not a bare count."""
    event = by_trigger(
        _events("Gunmen attacked on Sunday, and 30 villagers were killed."), "killed"
    )
    assert participant_names(event, "patient") == ["villagers"]
