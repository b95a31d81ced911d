"""The events stage, round 20 (issue #7), on sentences written for these tests from a
probe of wire copy: an object pronoun before an adverb or a time ("questioned him
again"), longer descriptions of two groups as one subject ("Chinese coast guard vessels
and Philippine boats"), a vague count as a participant ("killed hundreds"), "over" + a
name after aerial words ("flew over Kharkiv"), and "raged" as a trigger."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, trigger_words
from _eventtools import names_in as _names
from _eventtools import place_of as _place

_events = partial(extract_events, published="2025-04-02")


# -- an object pronoun before an adverb or a time --------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "John Carter, 45, was detained in Leeds. Police questioned him again on Monday.",
            "questioned",
        ),
        ("John Carter, 45, was detained in Leeds. Prosecutors charged him yesterday.", "charged"),
        ("John Carter, 45, was detained in Leeds. The court released him immediately.", "released"),
        (
            "John Carter, 45, was detained in Leeds. Officers arrested him later at home.",
            "arrested",
        ),
    ],
)
def test_object_pronoun_before_an_adverb_is_the_patient(text: str, trigger: str) -> None:
    assert _names(text, trigger, "patient") == ["John Carter"]


def test_her_before_an_adverb_like_word_stays_a_determiner() -> None:
    text = "Maria Lopez won her first Grand Slam title on Saturday."
    assert "Grand Slam" not in _names(text, "won", "patient")


# -- longer descriptions of two groups ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        (
            "Indian border troops and Chinese soldiers clashed in the Galwan valley on Tuesday.",
            "clashed",
            ["Indian border troops", "Chinese soldiers"],
        ),
        (
            "Chinese officials and EU trade envoys met in Brussels on Monday.",
            "met",
            ["Chinese officials", "EU trade envoys"],
        ),
        (
            "British Airways pilots and cabin crew walked out on Friday.",
            "walked out",
            ["British Airways pilots", "cabin crew"],
        ),
        (
            "French farmers and truck drivers blocked roads near Lyon on Monday.",
            "blocked",
            ["French farmers", "truck drivers"],
        ),
    ],
)
def test_longer_described_groups_are_both_agents(
    text: str, trigger: str, agents: list[str]
) -> None:
    got = _names(text, trigger, "agent")
    for agent in agents:
        assert agent in got


@pytest.mark.parametrize(
    ("text", "trigger", "names"),
    [
        (
            "Chinese coast guard vessels and Philippine boats collided on Monday.",
            "collided",
            ["Chinese coast guard vessels", "Philippine boats"],
        ),
        (
            "Vietnamese fishing boats and Philippine ships collided near the reef.",
            "collided",
            ["Vietnamese fishing boats", "Philippine ships"],
        ),
    ],
)
def test_two_described_craft_both_take_part(text: str, trigger: str, names: list[str]) -> None:
    got = [p.name for p in by_trigger(_events(text), trigger).participants]
    for name in names:
        assert name in got


def test_marks_and_spencer_stays_one() -> None:
    names = [
        p.name for p in by_trigger(_events("Marks and Spencer shares fell."), "fell").participants
    ]
    assert len(names) == 1


# -- a vague count as a participant ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "count"),
    [
        ("Israel's bombing of Gaza killed hundreds on Tuesday.", "killed", "patient", "hundreds"),
        ("The shelling of Kherson killed dozens over the weekend.", "killed", "patient", "dozens"),
        ("Russian strikes killed scores across Ukraine on Monday.", "killed", "patient", "scores"),
        ("Police arrested dozens in Paris on Saturday.", "arrested", "patient", "dozens"),
        ("Hundreds were killed in the bombardment of Rafah.", "killed", "patient", "Hundreds"),
        ("Thousands marched in London on Saturday.", "marched", "agent", "Thousands"),
    ],
)
def test_vague_count_names_those_counted(text: str, trigger: str, role: str, count: str) -> None:
    assert count in _names(text, trigger, role)


def test_vague_count_before_of_keeps_the_noun() -> None:
    assert _names("The quake killed thousands of people.", "killed", "patient") == ["people"]


# -- "over" + a name after aerial words --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Russia and Ukraine traded strikes over Crimea on Sunday.", "traded", "Crimea"),
        ("Russian jets flew over Kharkiv on Saturday.", "flew", "Kharkiv"),
        ("A drone exploded over Moscow on Tuesday.", "exploded", "Moscow"),
        ("Israeli jets struck targets over Beirut on Friday.", "struck", "Beirut"),
    ],
)
def test_over_a_name_after_aerial_words_places_it(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Protesters clashed with police over Gaza on Friday.", "clashed"),
        ("Washington imposed sanctions over Crimea on Monday.", "imposed"),
    ],
)
def test_over_a_name_elsewhere_is_what_it_is_about(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


# -- "raged" -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent", "place"),
    [
        ("Wildfires raged across Portugal on Sunday.", "Wildfires", "Portugal"),
        ("Fires raged in the hills above Athens on Tuesday.", "Fires", "Athens"),
        ("A blaze raged through a market in Lagos overnight.", "blaze", "Lagos"),
    ],
)
def test_raged_is_a_happening(text: str, agent: str, place: str) -> None:
    assert _names(text, "raged", "agent") == [agent]
    assert _place(text, "raged") == place


def test_raging_as_an_adjective_is_no_event() -> None:
    assert "Raging" not in trigger_words(_events("Raging inflation hurt savers."))


# -- a pronoun whose registry antecedent only qualifies a noun ----------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Rebels attacked a military base in eastern Congo. They killed 10 soldiers.", "military"),
        ("Gunmen stormed a police station in Kano on Monday. They killed 10 officers.", "police"),
        ("Bandits raided an army post near Zamfara. They killed four soldiers.", "army"),
    ],
)
def test_pronoun_is_not_a_noun_modifier(text: str, wrong: str) -> None:
    events = [e for e in _events(text) if e.trigger == "killed"]
    assert events
    assert wrong not in [p.name for p in events[0].participants]


def test_pronoun_for_a_real_subject_still_resolves() -> None:
    text = "Hamas fighters attacked a kibbutz. They killed 20 people."
    assert _names(text, "killed", "agent") == ["Hamas fighters"]
