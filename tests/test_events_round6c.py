"""The events stage, third pass on the round-6 genres, on sentences written for these
tests: a purpose infinitive takes the main clause's subject, not a place or an object
before it ("met in Cairo to discuss", "bought a warehouse to expand"); coordinated
subjects stay whole ("Israeli and Hamas negotiators", "Lecturers and support staff");
"met" is no meeting when a goal, a cost or a reaction is met; and a place that belongs
to a source after "from" ("a supplier in Bengaluru") does not place the event."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events
from newsfacts.models import Event

_events = partial(extract_events, published="2024-03-05")


def agents(event: Event) -> set[str]:
    return {p.name for p in event.participants if p.role == "agent"}


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "not_agent"),
    [
        (
            "Israeli and Hamas negotiators met in Cairo on Sunday to discuss a ceasefire.",
            "discuss",
            "Israeli and Hamas negotiators",
            "Cairo",
        ),
        (
            "Rescue teams arrived in Derna on Tuesday to evacuate survivors.",
            "evacuate",
            "Rescue teams",
            "Derna",
        ),
        (
            "Delegates gathered at a hotel in Doha to negotiate a truce.",
            "negotiate",
            "Delegates",
            "Doha",
        ),
        (
            "The firm bought a warehouse in Leeds to expand production.",
            "expand",
            "firm",
            "warehouse",
        ),
        ("The council sold the land to raise money.", "raise", "council", "land"),
    ],
)
def test_purpose_takes_main_subject(text: str, trigger: str, agent: str, not_agent: str) -> None:
    found = agents(by_trigger(_events(text), trigger))
    assert agent in found
    assert not_agent not in found


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The government urged residents in Derna to leave their homes.", "leave", "residents"),
        ("The army deployed troops to restore order.", "restore", "troops"),
    ],
)
def test_object_control_keeps_the_object(text: str, trigger: str, agent: str) -> None:
    # "urged residents to leave": the object does what the infinitive says.
    assert agent in agents(by_trigger(_events(text), trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Israeli and Hamas negotiators met in Cairo.", "met", "Israeli and Hamas negotiators"),
        ("French and German officials met in Brussels.", "met", "French and German officials"),
        (
            "Lecturers and support staff at 140 UK universities began a strike on Monday.",
            "strike",
            "Lecturers and support staff",
        ),
        (
            "Nurses and ambulance crews walked out on Tuesday.",
            "walked out",
            "Nurses and ambulance crews",
        ),
        ("Bus drivers at three depots in Leeds have begun a strike.", "strike", "Bus drivers"),
        ("Dock workers at two ports in Kenya have begun a strike.", "strike", "Dock workers"),
    ],
)
def test_coordinated_subject_stays_whole(text: str, trigger: str, agent: str) -> None:
    assert agents(by_trigger(_events(text), trigger)) == {agent}


def test_coordinated_names_still_split() -> None:
    found = agents(by_trigger(_events("Russia and Ukraine signed a deal."), "signed"))
    assert found == {"Russia", "Ukraine"}


@pytest.mark.parametrize(
    "text",
    [
        "The cost would be met from a special fund.",
        "The company met its emissions target last year.",
        "The plan met with fierce resistance in parliament.",
        "Officials said the airline had met all safety criteria.",
        "The union said the employers had not met its demands.",
    ],
)
def test_met_goal_is_no_meeting(text: str) -> None:
    assert not [e for e in _events(text) if e.trigger in ("met", "meet")]


@pytest.mark.parametrize(
    "text",
    [
        "The president met the prime minister in Paris on Monday.",
        "The two leaders will meet in Geneva next week.",
        "He was met by the mayor at the airport.",
    ],
)
def test_meetings_stay(text: str) -> None:
    assert [e for e in _events(text) if e.trigger in ("met", "meet")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The company bought parts from a supplier in Bengaluru.", "bought"),
        ("The fault was traced to a batch of seals from a supplier in Bengaluru.", "traced"),
        ("The ministry ordered vaccines from a manufacturer in Pune last week.", "ordered"),
    ],
)
def test_source_place_is_not_the_event_place(text: str, trigger: str) -> None:
    assert by_trigger(_events(text), trigger).place is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Police seized cocaine from a warehouse in Rotterdam on Monday.", "seized", "Rotterdam"),
        (
            "The army evacuated hundreds of civilians from a school in Kharkiv.",
            "evacuated",
            "Kharkiv",
        ),
        ("Troops were evacuated from a base in Niger.", "evacuated", "Niger"),
    ],
)
def test_place_of_a_site_stays(text: str, trigger: str, place: str) -> None:
    # Taken from a site, or left from it: the event happened there.
    assert by_trigger(_events(text), trigger).place == place


@pytest.mark.parametrize(
    ("text", "trigger", "not_place"),
    [
        ("She won a scholarship to study at a college in London.", "won", "London"),
        ("The minister signed a deal to build a port in Mombasa.", "signed", "Mombasa"),
        ("Police arrested two men to question them in Lagos.", "arrested", "Lagos"),
    ],
)
def test_place_after_a_purpose_is_its_own(text: str, trigger: str, not_place: str) -> None:
    # The place after "to" + a verb places what that verb says, not the event before it.
    assert by_trigger(_events(text), trigger).place != not_place


def test_place_after_a_result_stays() -> None:
    # "to become": the result of the same happening, which took place there.
    text = "Andreeva won the final to become the youngest champion in Melbourne."
    assert by_trigger(_events(text), "won").place == "Melbourne"
