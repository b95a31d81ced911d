"""The events stage, round 10 (issue #7), on sentences written for these tests: a verb of
causing with an event noun and "of" after it ("forced the closure of the airport") leaves
the noun as the event; "went on strike" is a light verb; an object's own participle
("ordered schools closed") lends no subject to the verb after "and"; and a few more
trigger words (force used against someone, damage done, reactions, reappointments)."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names, trigger_words

_events = partial(extract_events, published="2025-04-02")


# -- "forced the closure of X": the closure is the event ---------------------------------


@pytest.mark.parametrize(
    ("text", "noun", "patient"),
    [
        ("The eruption forced the closure of Catania airport on Sunday.", "closure", "Catania"),
        ("Heavy snow forced the cancellation of more than 300 flights.", "cancellation", "flights"),
        ("The storm has forced the evacuation of 2,000 residents.", "evacuation", "residents"),
        ("The leak prompted the temporary closure of the plant.", "closure", "plant"),
        ("A bomb threat forced the evacuation of the courthouse.", "evacuation", "courthouse"),
    ],
)
def test_caused_event_noun(text: str, noun: str, patient: str) -> None:
    events = _events(text)
    assert "forced" not in trigger_words(events) and "prompted" not in trigger_words(events)
    event = by_trigger(events, noun)
    assert any(patient in name for name in participant_names(event, "patient"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The blast forced hundreds of families to flee.", "forced"),
        ("Police condemned the attack.", "condemned"),
        ("Rebels forced the convoy to turn back.", "forced"),
    ],
)
def test_causing_without_event_noun_unchanged(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


# -- "went on strike" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Tens of thousands of teachers went on strike across Chile on Thursday.", "teachers"),
        ("Thousands of nurses went on strike on Monday.", "nurses"),
        ("Doctors will go on strike next week.", "Doctors"),
        ("The inmates have gone on hunger strike.", "inmates"),
    ],
)
def test_go_on_strike_agent(text: str, agent: str) -> None:
    event = by_trigger(_events(text), "strike")
    assert any(agent in name for name in participant_names(event, "agent"))


def test_went_without_on_is_no_light_verb() -> None:
    event = by_trigger(_events("He went home after the attack."), "attack")
    assert participant_names(event, "agent") == []


# -- "ordered schools closed and banned X" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "second", "agent", "patient"),
    [
        (
            "Mayors ordered schools closed on Monday and banned motorcycles from the roads.",
            "banned",
            "Mayors",
            "motorcycles",
        ),
        (
            "The governor ordered schools closed and banned trucks from the highway.",
            "banned",
            "governor",
            "trucks",
        ),
        (
            "The army ordered the border closed and deployed extra troops.",
            "deployed",
            "army",
            "troops",
        ),
    ],
)
def test_small_clause_lends_no_subject(text: str, second: str, agent: str, patient: str) -> None:
    event = by_trigger(_events(text), second)
    assert any(agent in name for name in participant_names(event, "agent"))
    assert any(patient in name for name in participant_names(event, "patient"))


def test_relative_clause_subject_still_lends() -> None:
    events = _events(
        "The earthquake set off landslides that buried dozens of homes and killed 23 people."
    )
    assert any("landslides" in n for n in participant_names(by_trigger(events, "killed"), "agent"))


# -- more trigger words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Armenian troops suppressed the enemy's firing points.", "suppressed", "conflict"),
        ("Security forces suppressed the protest on Monday.", "suppressed", "conflict"),
        ("Police suppressed a riot in the prison.", "suppressed", "conflict"),
        ("The ministry denounced a large-scale provocation.", "provocation", "conflict"),
        ("A cyberattack crippled computer systems at the hospital.", "crippled", "other"),
        ("The strike has crippled the port of Antwerp.", "crippled", "other"),
        ("Floods crippled the rail network.", "crippled", "other"),
        ("Civil rights groups reacted with dismay.", "reacted", "statement"),
        ("Opposition leaders reacted angrily to the ruling.", "reacted", "statement"),
        ("Investors reacted calmly.", "reacted", "statement"),
        ("Keller was appointed in 2019 and reappointed in 2023.", "reappointed", "other"),
        ("The board reappointed Keller as chair.", "reappointed", "other"),
        ("Parliament reappointed the ombudsman.", "reappointed", "other"),
    ],
)
def test_newtrigger_words(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(_events(text), trigger).type == kind


# -- "at <company>" is no place ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "NASHVILLE, Tennessee, Nov 24 - A ransomware attack crippled computer systems at "
            "Meridian Health Partners on Monday.",
            "crippled",
            "Nashville",
        ),
        ("Hackers stole customer data at Atlas Holdings last week.", "stole", None),
        ("Police raided offices at Kestrel Capital Plc.", "raided", None),
        ("Workers walked out at Brightwater Partners in Leeds on Friday.", "walked out", "Leeds"),
    ],
)
def test_company_is_no_place(text: str, trigger: str, place: str | None) -> None:
    assert by_trigger(_events(text), trigger).place == place


# -- ", killing ..." after a reported clause goes with that clause -----------------------


@pytest.mark.parametrize(
    ("text", "participle", "agent"),
    [
        (
            "The ministry said rebels had attacked the village on Saturday, killing three "
            "soldiers.",
            "killing",
            "rebels",
        ),
        (
            "Police said the gunmen opened fire on the crowd, wounding eight people.",
            "wounding",
            "gunmen",
        ),
        (
            "Officials said the storm hit the coast overnight, killing 12 people.",
            "killing",
            "storm",
        ),
        (
            "The rebels attacked the village on Saturday, killing three soldiers, the "
            "ministry said.",
            "killing",
            "rebels",
        ),
    ],
)
def test_participle_after_reported_clause(text: str, participle: str, agent: str) -> None:
    event = by_trigger(_events(text), participle)
    assert any(agent in name for name in participant_names(event, "agent"))


@pytest.mark.parametrize(
    ("text", "participle", "agent"),
    [
        (
            "The minister said on Monday that prices would rise, warning that the deficit "
            "was growing.",
            "warning",
            "minister",
        ),
        ("The company said it would cut 500 jobs, blaming weak demand.", "blaming", "company"),
    ],
)
def test_speech_participle_stays_with_speaker(text: str, participle: str, agent: str) -> None:
    event = by_trigger(_events(text), participle)
    assert any(agent in name for name in participant_names(event, "agent"))


# -- "stop" and "slow" are ergative ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        ("The firing stopped shortly after dawn.", "stopped", None, "firing"),
        ("Gunmen stopped their vehicle near the border.", "stopped", "Gunmen", "vehicle"),
        ("The coast guard stopped three boats.", "stopped", "coast guard", "boats"),
        ("Inflation slowed to 2.1% in May.", "slowed", None, "Inflation"),
        ("Exports slowed.", "slowed", None, "Exports"),
        ("The strike slowed production at the plant.", "slowed", "strike", "production"),
    ],
)
def test_ergative_stop_slow(text: str, trigger: str, agent: str | None, patient: str) -> None:
    event = by_trigger(_events(text), trigger)
    agents = participant_names(event, "agent")
    assert any(agent in name for name in agents) if agent else agents == []
    assert any(patient in name for name in participant_names(event, "patient"))


# -- "with X cancelled and Y stranded": both conjuncts undergo ---------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "The airport closed on Sunday, with at least 180 flights cancelled and thousands "
            "of passengers stranded.",
            "stranded",
            "passengers",
        ),
        (
            "The storm hit overnight, with two roads closed and 300 homes evacuated.",
            "evacuated",
            "homes",
        ),
        (
            "The strike ended with 40 trains cancelled and hundreds of commuters stranded.",
            "stranded",
            "commuters",
        ),
    ],
)
def test_with_participle_conjuncts(text: str, trigger: str, patient: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert any(patient in name for name in participant_names(event, "patient"))
    assert participant_names(event, "agent") == []


def test_and_after_a_plain_object_is_a_new_clause() -> None:
    event = by_trigger(
        _events("Rebels met with officials and soldiers attacked the town."), "attacked"
    )
    assert any("soldiers" in name for name in participant_names(event, "agent"))


# -- a quoted object is still the object -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            'The company said it had detected "suspicious activity" on its network.',
            "detected",
            "suspicious activity",
        ),
        ("Police arrested \u201cdozens of rioters\u201d overnight.", "arrested", "rioters"),
        (
            'The army said it had destroyed "terrorist positions" near the border.',
            "destroyed",
            "terrorist positions",
        ),
        ('Troops had suppressed "the enemy\'s firing points."', "suppressed", "firing points"),
    ],
)
def test_quoted_object(text: str, trigger: str, patient: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert any(patient in name for name in participant_names(event, "patient"))


def test_statement_before_a_quotation_reads_no_object() -> None:
    event = by_trigger(_events('The minister warned "we will not back down".'), "warned")
    assert participant_names(event, "patient") == []
