"""The events stage, round 18 (issue #7), on sentences written for these tests from a probe
of wire copy: two determined subjects after an opening phrase ("On Monday, the army and
the police stormed"), plurals in "-men" joined to an opening plural, "a quake registering
7.1" is no event, a "when" clause places (and its event noun dates) the main verbs, the
doer of a verb does the raid it was done in and the talks a journey was for, those talks
happen where the journey went, a raid "on X" is placed at X, and a quake that shook or
jolted a place happened there."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names, trigger_words
from _eventtools import names_in as _names
from _eventtools import place_of as _place

_events = partial(extract_events, published="2025-04-02")


def _time(text: str, trigger: str) -> str | None:
    time = by_trigger(_events(text), trigger).time
    return time.text if time is not None else None


# -- two subjects after an opening phrase ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        ("On Monday, the army and the police stormed the compound.", "stormed", "army police"),
        ("On Friday, the rebels and the militia attacked the town.", "attacked", "rebels militia"),
        ("Late on Sunday, the navy and the coast guard searched the area.", "searched", "navy"),
    ],
)
def test_two_determined_subjects_after_an_opening_phrase(
    text: str, trigger: str, agents: str
) -> None:
    got = " ".join(_names(text, trigger, "agent"))
    for word in agents.split():
        assert word in got


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("On Friday, soldiers and militiamen attacked the village.", "attacked", "soldiers"),
        ("Soldiers and gunmen clashed in Tillaberi on Sunday.", "clashed", "Soldiers"),
        ("On Tuesday, police and firemen searched the site.", "searched", "police"),
    ],
)
def test_a_plural_in_men_joins_the_opening_subject(text: str, trigger: str, agent: str) -> None:
    assert any(agent in name for name in _names(text, trigger, "agent"))


# -- a measure participle ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake registering 7.1 struck off the coast of Japan on Tuesday.",
        "A quake registering 6.2 hit the region.",
        "The tremor, registering 5.4, was felt in the capital.",
    ],
)
def test_registering_a_magnitude_is_no_event(text: str) -> None:
    assert "registering" not in trigger_words(_events(text))


def test_registering_voters_is_still_an_event() -> None:
    assert "registering" in trigger_words(_events("Officials began registering voters on Monday."))


# -- a "when" clause places the main verbs ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Four people died on Tuesday when a gas explosion ripped through a block in Kyiv.",
            "died",
            "Kyiv",
        ),
        (
            "Six people drowned on Tuesday when their boat capsized off Senegal.",
            "drowned",
            "Senegal",
        ),
        (
            "Three workers were injured on Monday when a fire broke out at a plant in Dhaka.",
            "injured",
            "Dhaka",
        ),
    ],
)
def test_a_when_clause_places_the_main_verb(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Two people died when a gas explosion ripped through a house in Lyon on Sunday.",
            "died",
            "Sunday",
        ),
        (
            "Nine miners died when a blast tore through a mine in Shanxi on Friday.",
            "died",
            "Friday",
        ),
        ("A woman was hurt when an explosion hit a shop in Bari on Monday.", "hurt", "Monday"),
    ],
)
def test_a_when_clause_event_noun_dates_the_main_verb(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


def test_a_when_after_a_time_tells_of_that_time_not_the_place() -> None:
    text = "The tax sparked protests in June, when police fired tear gas at crowds in Nairobi."
    assert _place(text, "sparked") is None
    assert _place(text, "fired") == "Nairobi"


# -- the doer of a verb does the raid it was done in, and the talks a journey was for ---------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Israeli troops killed six militants in a raid on Jenin on Tuesday.",
            "raid",
            "Israeli troops",
        ),
        ("Police arrested 12 people in a raid on a warehouse on Sunday.", "raid", "Police"),
        ("Soldiers killed four gunmen in an ambush near Gao.", "ambush", "Soldiers"),
        ("Macron flew to Beijing for talks with Xi Jinping on Wednesday.", "talks", "Macron"),
        (
            "Blinken travelled to Cairo on Monday for talks with Egyptian officials.",
            "talks",
            "Blinken",
        ),
        ("Scholz arrived in Washington on Thursday for a meeting with Biden.", "meeting", "Scholz"),
    ],
)
def test_the_verb_doer_does_the_framed_noun(text: str, trigger: str, agent: str) -> None:
    assert agent in _names(text, trigger, "agent")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Three soldiers died in an attack on a base.", "attack"),
        ("Two men were killed in an airstrike on the town.", "airstrike"),
        ("Markets fell in Tokyo for talks were stalled.", "talks"),
    ],
)
def test_who_undergoes_the_verb_does_not_do_the_noun(text: str, trigger: str) -> None:
    events = _events(text)
    if trigger in trigger_words(events):
        assert participant_names(by_trigger(events, trigger), "agent") == []


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Macron flew to Beijing for talks with Xi Jinping on Wednesday.", "talks", "Beijing"),
        (
            "Blinken travelled to Cairo on Monday for talks with Egyptian officials.",
            "talks",
            "Cairo",
        ),
        ("The envoy flew to Doha on Friday for a meeting with Hamas officials.", "meeting", "Doha"),
    ],
)
def test_talks_a_journey_was_for_happen_where_it_went(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


def test_a_journey_placed_by_a_dateline_places_no_talks() -> None:
    text = "PARIS (AP) — Macron flew out for talks with Xi Jinping on Wednesday."
    assert _place(text, "talks") != "Beijing"


# -- places struck ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Israeli forces carried out a raid on Jenin on Tuesday.", "raid", "Jenin"),
        ("Troops launched a raid on the village of Qabatiya.", "raid", "Qabatiya"),
        ("An earthquake shook Kathmandu on Sunday.", "shook", "Kathmandu"),
        ("A strong quake jolted Taiwan on Wednesday.", "jolted", "Taiwan"),
        ("Israeli airstrikes on Rafah killed 12 people.", "airstrikes", "Rafah"),
        ("The shelling of Donetsk killed three.", "shelling", "Donetsk"),
    ],
)
def test_a_place_struck_places_the_event(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The scandal shook the government.", "shook"),
        ("The news shook Nvidia's investors.", "shook"),
        ("An airstrike on a hospital killed five.", "airstrike"),
    ],
)
def test_shaking_no_place_places_nothing(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None
