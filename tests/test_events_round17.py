"""The events stage, round 17 (issue #7), on sentences written for these tests from a probe
of wire copy: vehicles that derail, collide or run aground undergo it, a participle after
an event noun shares the subject of the light verb that governs the noun ("went on
strike, halting services"), "New" opens place names, "parts of X" struck is placed at X,
a past form after a measure is a verb ("of magnitude 6.8 struck"), and "X measuring 6.2"
is X."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import extract_events, trigger_words
from _eventtools import names_in as _names
from _eventtools import place_of as _place

_events = partial(extract_events, published="2025-04-02")


# -- vehicles that derail, collide or run aground ----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("A passenger train derailed in Odisha on Friday.", "derailed", "passenger train"),
        ("Two trains collided near Larissa late on Tuesday.", "collided", "Two trains"),
        ("Two buses collided on a highway in Kenya.", "collided", "Two buses"),
        ("A cargo ship ran aground in the Suez Canal on Tuesday.", "ran aground", "cargo ship"),
        ("The ferry ran aground off Sicily.", "ran aground", "ferry"),
    ],
)
def test_a_vehicle_undergoes_its_accident(text: str, trigger: str, patient: str) -> None:
    assert patient in _names(text, trigger, "patient")
    assert _names(text, trigger, "agent") == []


def test_derailing_something_has_an_agent() -> None:
    text = "Disagreements over quotas derailed the talks."
    assert _names(text, "derailed", "agent") == ["Disagreements"]
    assert _names(text, "derailed", "patient") == ["talks"]


def test_ran_out_is_not_aground() -> None:
    assert "ran aground" not in trigger_words(_events("The fund ran out of money."))


# -- a participle after a light verb's event noun ------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Train drivers went on strike on Monday, halting services across the country.",
            "halting",
            "Train drivers",
        ),
        (
            "Thousands of teachers went on strike across Chile, closing 4,000 schools.",
            "closing",
            "teachers",
        ),
        ("Nurses staged a walkout on Tuesday, disrupting surgery.", "disrupting", "Nurses"),
        ("Rebels launched an attack on the town, killing 12 soldiers.", "killing", "Rebels"),
    ],
)
def test_a_participle_shares_the_light_verbs_subject(text: str, trigger: str, agent: str) -> None:
    assert _names(text, trigger, "agent") == [agent]


def test_a_noun_without_light_verb_lends_no_subject() -> None:
    assert _names("The strike began on Monday, halting trains.", "halting", "agent") == []


# -- places -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Police arrested two men in New Zealand on Friday.", "arrested", "New Zealand"),
        ("A jury in New York convicted the financier.", "convicted", "New York"),
        ("Protesters marched in New Delhi on Monday.", "marched", "New Delhi"),
    ],
)
def test_new_opens_a_place_name(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


@pytest.mark.parametrize(
    "text",
    ["They met in the New Year.", "The two leaders met in the new building."],
)
def test_new_after_the_is_no_place(text: str) -> None:
    assert _place(text, "met") is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Heavy rain flooded parts of Dubai on Tuesday.", "flooded", "Dubai"),
        ("The storm flooded much of Valencia.", "flooded", "Valencia"),
        ("Wildfires ravaged swathes of Attica on Sunday.", "ravaged", "Attica"),
        ("The rebels seized parts of Goma.", "seized", "Goma"),
    ],
)
def test_a_share_of_a_place_struck_places_it(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


def test_a_share_of_a_company_is_no_place() -> None:
    assert _place("The company bought parts of Siemens.", "bought") is None


# -- a measured subject ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("An earthquake of magnitude 6.8 struck Morocco on Friday.", "struck", "earthquake"),
        ("A quake measuring 6.2 struck eastern Turkey on Friday.", "struck", "quake"),
        ("A quake measuring 6 hit the coast on Friday.", "hit", "quake"),
        ("A tremor measuring 4 shook the city.", "shook", "tremor"),
    ],
)
def test_a_measured_subject_still_acts(text: str, trigger: str, agent: str) -> None:
    agents = _names(text, trigger, "agent")
    assert len(agents) == 1 and agent in agents[0]


def test_a_measure_keeps_its_place_and_shares_the_subject() -> None:
    text = "A quake measuring 6.2 struck eastern Turkey on Friday, killing 40 people."
    assert _place(text, "struck") == "Turkey"
    assert _names(text, "killing", "agent") == ["quake"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said 40 injured people were taken to hospital.",
        "At least 12 wounded soldiers were evacuated.",
    ],
)
def test_a_participle_before_its_noun_is_still_an_adjective(text: str) -> None:
    assert not {"injured", "wounded"} & set(trigger_words(_events(text)))


# -- two determined phrases opening the sentence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "names"),
    [
        (
            "The army and the police clashed with protesters.",
            "clashed",
            "agent",
            {"army", "police"},
        ),
        (
            "The president and the prime minister met on Monday.",
            "met",
            "agent",
            {"president", "prime minister"},
        ),
        ("The union and the company signed a deal.", "signed", "agent", {"union", "company"}),
    ],
)
def test_both_determined_conjuncts_take_part(
    text: str, trigger: str, role: str, names: set[str]
) -> None:
    assert set(_names(text, trigger, role)) == names


def test_determined_conjuncts_as_one_phrase() -> None:
    names = _names("A bus and a lorry collided on the motorway.", "collided", "patient")
    assert len(names) == 1 and "bus" in names[0] and "lorry" in names[0]


def test_a_later_determined_conjunct_is_a_new_clause() -> None:
    text = "The storm hit the coast and the army evacuated residents."
    assert _names(text, "evacuated", "agent") == ["army"]
    assert _names(text, "hit", "patient") == ["coast"]


# -- a bare count in digits ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "count"),
    [
        ("Two people died and 10 were injured.", "injured", "10"),
        (
            "Nine people were killed and at least 46 injured when fans surged.",
            "injured",
            "at least 46",
        ),
        ("The army said 300 were evacuated on Monday.", "evacuated", "300"),
        ("Four miners died and about 1,200 were rescued.", "rescued", "about 1,200"),
    ],
)
def test_a_bare_count_in_digits_is_named_as_written(text: str, trigger: str, count: str) -> None:
    assert _names(text, trigger, "patient") == [count]


def test_a_year_is_no_count() -> None:
    assert _events("Police said 2024 was a bad year.") == []


# -- what "struck" strikes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("A car struck a pedestrian in Leeds.", "pedestrian"),
        ("Drones struck a fuel depot in Bryansk.", "fuel depot"),
        ("Lightning struck a church on Sunday.", "church"),
        ("The plane stalled and struck a hillside.", "hillside"),
    ],
)
def test_a_thing_struck_is_the_patient(text: str, patient: str) -> None:
    assert _names(text, "struck", "patient") == [patient]


@pytest.mark.parametrize(
    "text",
    ["Workers struck for a second day on Monday.", "The quake struck the Ancash region on Sunday."],
)
def test_a_strike_without_a_thing_struck_has_no_patient(text: str) -> None:
    assert _names(text, "struck", "patient") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Israeli tanks pushed deeper into Rafah on Tuesday.", "pushed"),
        ("Russian forces moved closer to Pokrovsk on Friday.", "moved"),
        ("Troops advanced farther into the region.", "advanced"),
    ],
)
def test_a_comparative_of_motion_is_no_object(text: str, trigger: str) -> None:
    assert _names(text, trigger, "patient") == []
