"""The events stage, second pass on the round-6 genres, on sentences and short wire texts
written for these tests: the agent of an event noun governed by a supporting verb ("ran
two rehearsals", "has organised protests", "have begun a five-day strike") and the one
a possessive determiner stands for ("his victory", "its offer"), the patient of a
participle set off by commas ("The report, released in Lima, found"), a date an event
moves something to ("backdated to July 14"), and a duration that counts an event away
from the sentence's time ("16 minutes later", "three weeks after")."""

from __future__ import annotations

import pytest

import newsfacts
from _eventtools import by_trigger, roles, run
from newsfacts.models import Event


def agents(event: Event) -> set[str]:
    return {p.name for p in event.participants if p.role == "agent"}


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The agency ran two full rehearsals on the pad.", "rehearsals", "agency"),
        ("Dockworkers have organised protests at the port.", "protests", "Dockworkers"),
        ("The union, which has organized protests, said it would go on.", "protests", "union"),
        ("Nurses have begun a five-day strike over pay.", "strike", "Nurses"),
        ("Pilots began a 24-hour walkout at dawn.", "walkout", "Pilots"),
        ("Police ran raids across the city on Monday.", "raids", "Police"),
    ],
)
def test_supporting_verb_lends_its_subject(text: str, trigger: str, agent: str) -> None:
    assert agent in agents(by_trigger(run(text), trigger))


def test_adjectival_organised_is_no_verb() -> None:
    # "well organised" is an adjective: the next verb keeps the sentence's subject.
    text = "The observer mission said voting had been well organised, but raised concerns."
    assert "well" not in agents(by_trigger(run(text), "raised"))


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Maria Keller won the final in Rome. Her victory was her third.",
            "victory",
            "Maria Keller",
        ),
        ("Tomas Brenner said his resignation was final.", "resignation", "Tomas Brenner"),
        ("The Farmers Union said its protest would go ahead.", "protest", "Farmers Union"),
        ("Hamas said its attack on the convoy killed 12 soldiers.", "attack", "Hamas"),
    ],
)
def test_possessive_determiner_names_the_agent(text: str, trigger: str, agent: str) -> None:
    found = newsfacts.extract(text, published="2024-03-05").events
    assert agent in agents(by_trigger(list(found), trigger))


def test_object_her_is_no_possessive() -> None:
    # "gave her a warning": she receives it; whoever gives it warns.
    text = "Maria Keller met the president, who gave her a warning on Monday."
    events = list(newsfacts.extract(text, published="2024-03-05").events)
    assert "Maria Keller" not in agents(by_trigger(events, "warning"))


def test_unresolved_possessive_adds_no_one() -> None:
    # Nothing named before "their": no participant is made up from the pronoun.
    events = run("Their protest blocked the road.")
    assert not any(p.name.lower() == "their" for e in events for p in e.participants)


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "The interim report, released in Lima, found no evidence of a bomb.",
            "released",
            "report",
        ),
        ("The plane, delivered in 2019, crashed near the airport.", "delivered", "plane"),
        ("The bill, passed in June, takes effect today.", "passed", "bill"),
    ],
)
def test_participle_between_subject_and_verb(text: str, trigger: str, patient: str) -> None:
    found = by_trigger(run(text), trigger)
    assert any(patient in p.name and p.role == "patient" for p in found.participants)


def test_participle_aside_dates_only_itself() -> None:
    events = newsfacts.extract(
        "The plane, delivered in 2019, crashed near the airport.", published="2024-03-05"
    ).events
    assert by_trigger(list(events), "crashed").time is None


def test_no_aside_without_a_verb_after_it() -> None:
    # "Smith, 45, resigned in protest, police said": his own doing.
    assert ("Smith", "agent") in roles(
        by_trigger(run("Smith, 45, resigned in protest, police said."), "resigned")
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The court moved the hearing to March 12.", "moved"),
        ("The vote was postponed to Friday after protests.", "postponed"),
        ("The ban is backdated to July 14.", "backdated"),
    ],
)
def test_date_moved_to_is_not_the_time(text: str, trigger: str) -> None:
    events = newsfacts.extract(text, published="2024-03-05").events
    assert by_trigger(list(events), trigger).time is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "The ship docked at 6:15 am and unloaded its cargo about three hours later.",
            "unloaded",
            None,
        ),
        (
            "Firefighters reached the village on Sunday, two days after the blaze destroyed "
            "40 homes.",
            "destroyed",
            None,
        ),
        # Hours do not move an event off its day.
        ("Troops entered the town on Monday, hours after rebels withdrew.", "withdrew", "Monday"),
        # Nor does a clock time before the event's own day.
        ("The ship docked at 6:15 am and unloaded its cargo.", "unloaded", "6:15 am"),
    ],
)
def test_counted_duration_moves_off_the_time(text: str, trigger: str, time: str | None) -> None:
    event = by_trigger(list(newsfacts.extract(text, published="2024-03-05").events), trigger)
    assert (event.time.text if event.time else None) == time


# Three short wire texts written for these tests, exercising the rules together.

_STRIKE = (
    "LEEDS, England (AP) - Bus drivers at three depots in Leeds have begun a four-day "
    "strike over pay, the Transport Workers Union said on Monday. The union, which has "
    "organised protests outside the company's headquarters, said its offer of talks had "
    "been ignored."
)

_LAUNCH = (
    "KOUROU, French Guiana (AFP) - Arianespace launched a weather satellite on Tuesday. "
    "The rocket lifted off at 9:12 pm and released the satellite 28 minutes later. "
    "The company ran three rehearsals last week after a sensor fault, and its engineers "
    "replaced two valves. The mission, delayed in June, had been pushed back to October."
)

_OBITUARY = (
    "Helena Marsh, the British sprinter who won Olympic gold in 1964, has died aged 82. "
    "Her victory in Tokyo made her a household name, her family said.\n\n"
    "Her autobiography, published in London in 1971, sold 200,000 copies. She retired in "
    "1970 and returned to the track as a coach two decades later."
)


def test_wire_strike() -> None:
    events = list(newsfacts.extract(_STRIKE, published="2024-03-05").events)
    assert agents(by_trigger(events, "strike"))
    assert "Transport Workers Union" in agents(by_trigger(events, "protests"))


def test_wire_strike_subject_with_place() -> None:
    events = list(newsfacts.extract(_STRIKE, published="2024-03-05").events)
    assert agents(by_trigger(events, "strike")) & {"Bus drivers", "Bus drivers at three depots"}


def test_wire_launch() -> None:
    events = list(newsfacts.extract(_LAUNCH, published="2024-03-05").events)
    assert agents(by_trigger(events, "rehearsals")) & {"Arianespace", "company"}
    assert ("Arianespace", "agent") in roles(by_trigger(events, "launched"))
    assert by_trigger(events, "released").time is None
    assert by_trigger(events, "lifted").time is not None
    delayed = by_trigger(events, "delayed")
    assert any(p.name == "mission" and p.role == "patient" for p in delayed.participants)
    assert by_trigger(events, "pushed back").time is None


def test_wire_obituary() -> None:
    events = list(newsfacts.extract(_OBITUARY, published="2024-03-05").events)
    assert "Helena Marsh" in agents(by_trigger(events, "victory"))
    published = by_trigger(events, "published")
    assert any(p.name == "autobiography" and p.role == "patient" for p in published.participants)
    assert published.place == "London"
    sold = by_trigger(events, "sold")
    assert sold.place is None and sold.time is None
    assert by_trigger(events, "retired").time is not None
    # Two decades later is no 1970 (the time stage may read the phrase itself as 199X).
    returned = by_trigger(events, "returned").time
    assert returned is None or returned.text != "1970"


def test_wire_launch_company_is_named() -> None:
    # "The company" is the registry's to link to Arianespace.
    events = list(newsfacts.extract(_LAUNCH, published="2024-03-05").events)
    assert "Arianespace" in agents(by_trigger(events, "rehearsals"))


def test_aside_runs_past_a_name_in_apposition() -> None:
    text = (
        "The plan, first announced by the mayor, Jaume Collboni, in June, passed with the "
        "votes of his group. The Popular party voted against."
    )
    events = list(newsfacts.extract(text, published="2024-03-05").events)
    assert by_trigger(events, "announced").time is not None
    assert by_trigger(events, "passed").time is None
    assert by_trigger(events, "voted").time is None


def test_aside_place_is_its_own() -> None:
    events = list(
        newsfacts.extract(
            "The plane, delivered in Seattle in 2019, crashed on Monday.", published="2024-03-05"
        ).events
    )
    assert by_trigger(events, "delivered").place == "Seattle"
    crashed = by_trigger(events, "crashed")
    assert crashed.place is None and crashed.time is not None


def test_relative_clause_time_still_shared() -> None:
    # Not a participle aside: "pleaded guilty last year and were sentenced" share a time.
    text = "Two developers who paid the bribes pleaded guilty last year and were sentenced."
    events = list(newsfacts.extract(text, published="2024-03-05").events)
    sentenced = by_trigger(events, "sentenced")
    assert sentenced.time is not None and sentenced.time.text == "last year"


def test_had_since_is_pluperfect() -> None:
    # "had since been removed": background, not placed at the dateline.
    text = (
        "CAPE CANAVERAL, Florida (AP) - The rocket launched on Friday.\n\nAn official said "
        "faulty seals had since been removed from two other rockets."
    )
    events = list(newsfacts.extract(text, published="2024-03-05").events)
    assert by_trigger(events, "launched").place is not None
    assert by_trigger(events, "removed").place is None
