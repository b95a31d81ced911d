"""The events stage on canonical wire-copy patterns, on sentences written for these tests:
a purpose after a movement's goal is the mover's and happens there ("flew to Kyiv to
sign the accord"); harm done by a natural force is a disaster, not violence ("the storm
killed 14 people"); a verb that governs an event noun takes its type ("lost a confidence
vote", "launched an offensive", "imposed sanctions") and hands the noun its subject;
"sanctions on Iran" names the target; and "shelled the town" has an object."""

from __future__ import annotations

import itertools
from functools import partial

import pytest

from _eventtools import extract_events, participant_names
from newsfacts.models import Event, EventType

_events = partial(extract_events, published="2024-03-05")


def _one(text: str, trigger: str) -> Event:
    found = [e for e in _events(text) if e.trigger.lower() == trigger]
    assert len(found) == 1, (text, [e.trigger for e in _events(text)])
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "place"),
    [
        ("The president flew to Kyiv to sign the accord.", "sign", "president", "Kyiv"),
        (
            "Prime Minister Ana Ruiz travelled to Warsaw on Monday to meet Polish officials.",
            "meet",
            "Ana Ruiz",
            "Warsaw",
        ),
        ("The envoy flew to Doha to attend the talks.", "attend", "envoy", "Doha"),
        (
            "Protesters marched to Lisbon on Friday to demand his resignation.",
            "demand",
            "Protesters",
            None,
        ),
        (
            "KYIV (Reuters) — Russian forces flew to Kharkiv to sign the accord, officials said.",
            "sign",
            "Russian forces",
            "Kharkiv",
        ),
    ],
)
def test_purpose_after_a_goal_is_the_movers(
    text: str, trigger: str, agent: str, place: str | None
) -> None:
    event = _one(text, trigger)
    agents = participant_names(event, "agent")
    assert any(agent in name for name in agents), agents
    assert not any(name in ("Kyiv", "Warsaw", "Doha", "Lisbon", "Kharkiv") for name in agents)
    if place is not None:
        assert event.place == place


def test_purpose_after_an_addressee_is_not_placed_there() -> None:
    # "urged residents to leave": the residents are no goal of a movement.
    event = _one("Officials urged residents to flee to Poland.", "flee")
    assert participant_names(event, "agent") == ["residents"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The storm killed 14 people on Friday.", "killed"),
        ("The earthquake killed at least 40 people in the province.", "killed"),
        ("Floodwaters injured three people in Lagos.", "injured"),
        ("A wildfire killed two firefighters last week.", "killed"),
        ("The blaze injured 12 residents, officials said.", "injured"),
    ],
)
def test_harm_by_a_natural_force_is_no_conflict(text: str, trigger: str) -> None:
    event = _one(text, trigger)
    assert event.type == EventType.OTHER
    assert event.quantities


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 14 people on Friday.",
        "The attack killed three soldiers.",
        "Police injured 30 protesters in Kharkiv.",
    ],
)
def test_harm_by_people_or_attacks_stays_conflict(text: str) -> None:
    event = _one(text, "killed" if "killed" in text else "injured")
    assert event.type == EventType.CONFLICT


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The government lost a confidence vote on Friday.", "lost", EventType.OTHER),
        ("The prime minister resigned after losing a confidence vote.", "losing", EventType.OTHER),
        ("The party lost the election.", "lost", EventType.OTHER),
        ("Shares lost 5% on Friday.", "lost", EventType.ECONOMIC),
        ("Russia launched an offensive in Kharkiv on Friday.", "launched", EventType.MILITARY),
        ("Police launched an investigation into the crash.", "launched", EventType.LEGAL),
        ("The European Union imposed sanctions on Iran.", "imposed", EventType.DIPLOMACY),
        ("Washington imposed tariffs on Chinese steel.", "imposed", EventType.ECONOMIC),
        ("Authorities imposed a curfew in the city.", "imposed", EventType.LEGAL),
    ],
)
def test_verb_takes_the_type_of_its_event_noun(text: str, trigger: str, kind: EventType) -> None:
    assert _one(text, trigger).type == kind


@pytest.mark.parametrize(
    ("text", "noun", "agent", "patient"),
    [
        ("Russia launched an offensive in Kharkiv on Friday.", "offensive", "Russia", None),
        ("The European Union imposed sanctions on Iran.", "sanctions", "European Union", "Iran"),
        ("Washington imposed tariffs on Chinese steel.", "tariffs", "Washington", "steel"),
        ("The council imposed a ban on fireworks.", "ban", "council", "fireworks"),
    ],
)
def test_event_noun_gets_the_verbs_subject_and_target(
    text: str, noun: str, agent: str, patient: str | None
) -> None:
    event = _one(text, noun)
    assert any(agent in name for name in participant_names(event, "agent")), event.participants
    if patient is not None:
        assert any(patient in name for name in participant_names(event, "patient")), (
            event.participants
        )


_AGENTS = ("Russia", "Russian forces", "The army")
_OBJECTS = ("the town", "Kharkiv", "the village of Marinka")
_TAILS = ("", " on Friday", ", officials said")


@pytest.mark.parametrize(
    ("agent", "obj", "tail"), list(itertools.product(_AGENTS, _OBJECTS, _TAILS))
)
def test_shelled_takes_an_object(agent: str, obj: str, tail: str) -> None:
    event = _one(f"{agent} shelled {obj}{tail}.", "shelled")
    assert event.type == EventType.MILITARY
    assert any(obj.split()[-1] in name for name in participant_names(event, "patient"))
    assert any(agent.split()[-1] in name for name in participant_names(event, "agent"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen left 5 people dead and 12 injured.", EventType.CONFLICT),
        ("The attack left three soldiers wounded.", EventType.CONFLICT),
        ("The shelling left hundreds of families homeless, officials said.", EventType.CONFLICT),
        ("The floods left 30 people dead in Kherson.", EventType.OTHER),
        ("The president left Kyiv on Friday.", EventType.MOVEMENT),
        ("Most residents left the dead city.", EventType.MOVEMENT),
    ],
)
def test_left_dead_reports_harm_not_a_departure(text: str, kind: EventType) -> None:
    assert _one(text, "left").type == kind


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Police evacuated 200 residents from Kherson on Friday.", "evacuated", "Kherson"),
        ("Soldiers evacuated 1,200 civilians from the town of Avdiivka.", "evacuated", "Avdiivka"),
        ("Russia withdrew its troops from Kherson.", "withdrew", "Kherson"),
        ("Doctors treated 30 patients from Gaza in Cairo.", "treated", "Cairo"),
    ],
)
def test_leaving_past_its_object_happens_where_it_left(text: str, trigger: str, place: str) -> None:
    assert _one(text, trigger).place == place


def test_origin_after_a_noun_does_not_place_the_event() -> None:
    # "Mediators from Egypt": where they come from, not where they met.
    assert _one("Mediators from Egypt met Hamas officials.", "met").place is None
