"""The events stage, round 38 (issue #7), on sentences written for these tests: prisoners
"exchanged" are a trade of captives and "prisoners of war" report no war; "fired" with a
person as its object is a dismissal, with weapons or "at" a shooting; an event word
before "police", "gear" or "shots" only names the kit ("riot police", "warning shots");
a crime named bare after a charge ("charged with murder") is no happening; figures of
speech ("struck a balance", "a storm of criticism", "fired up by") report nothing."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, trigger_words

_events = partial(extract_events, published="2025-04-02")


# -- prisoners exchanged, prisoners of war ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine exchanged 200 prisoners of war on Friday.",
        "The two sides exchanged 95 captives in a deal brokered by Qatar.",
        "Israel and Hamas are exchanging hostages and detainees this week.",
    ],
)
def test_exchanged_captives_are_a_trade(text: str) -> None:
    events = _events(text)
    exchange = next(e for e in events if e.trigger.startswith("exchang"))
    assert exchange.type == "diplomacy"
    assert "war" not in trigger_words(events)


@pytest.mark.parametrize(
    "text",
    [
        "He spent three years as a prisoner of war in Vietnam.",
        "The ministry said 40 prisoners of war were returned on Monday.",
    ],
)
def test_prisoners_of_war_report_no_war(text: str) -> None:
    assert "war" not in trigger_words(_events(text))


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Troops on both sides exchanged fire across the border.", "exchanged", "conflict"),
        ("The war in Sudan has displaced millions.", "war", "conflict"),
    ],
)
def test_other_exchanges_and_wars_stay(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(_events(text), trigger).type == kind


# -- "fired": a dismissal or a shooting --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The company fired its chief executive on Tuesday.",
        "The club fired coach Marco Silva after a run of defeats.",
        "The startup fired 200 workers in March.",
        "The network fired half of its staff last year.",
        "The board fired him after an internal inquiry.",
        "The owner fired Altman in November.",
        "The coach was fired after a run of defeats.",
        "Three employees were fired for misconduct.",
        "She was fired in 2019 and later rehired.",
    ],
)
def test_fired_person_is_a_dismissal(text: str) -> None:
    assert by_trigger(_events(text), "fired").type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at protesters outside parliament.",
        "Troops fired on the crowd, killing three.",
        "Gunmen fired at a bus carrying pilgrims.",
        "North Korea fired two ballistic missiles into the sea.",
        "Tanks fired shells at the home of the army chief.",
        "Shots were fired near the embassy.",
        "Soldiers were fired on as they crossed the bridge.",
        "She was fired upon by snipers.",
    ],
)
def test_fired_weapons_is_a_shooting(text: str) -> None:
    assert by_trigger(_events(text), "fired").type == "conflict"


# -- event words naming kit --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at protesters.",
        "Hundreds of riot police were deployed around the stadium.",
        "Officers in riot gear charged the demonstrators.",
        "The army fired warning shots into the air.",
        # A determiner alone does not part them: only an adverbial opener before it does.
        "The riot police fired tear gas at the crowd.",
        "The warning shots were fired into the air.",
        "Protesters clashed with the riot police on Sunday.",
    ],
)
def test_event_word_naming_kit_is_no_event(text: str) -> None:
    words = {w.lower() for w in trigger_words(_events(text))}
    assert not words & {"riot", "warning"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A riot broke out in the prison on Tuesday.", "riot"),
        ("Following the riot, police arrested 40 people.", "riot"),
        ("The agency issued a warning on Monday.", "warning"),
    ],
)
def test_event_word_before_other_words_stays(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


# -- a charge's name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crimes"),
    [
        ("Police charged him with murder and attempted robbery.", {"murder", "robbery"}),
        ("She was arrested on suspicion of manslaughter.", {"manslaughter"}),
        ("The mayor pleaded not guilty to bribery and fraud.", {"bribery", "fraud"}),
        ("A jury convicted the driver of murder on Friday.", {"murder"}),
        ("He was charged with two counts of attempted murder.", {"murder"}),
    ],
)
def test_charge_names_are_no_events(text: str, crimes: set[str]) -> None:
    assert not crimes & set(trigger_words(_events(text)))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He was charged with the murder of a 17-year-old boy in 2021.", "murder"),
        ("The robbery took place on Monday night.", "robbery"),
        ("The murder of a shopkeeper in Leeds shocked the city.", "murder"),
    ],
)
def test_crimes_told_as_happenings_stay(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


# -- figures of speech -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials said the plan struck a balance between growth and safety.", "struck"),
        ("The budget strikes a balance between cuts and investment.", "strikes"),
        ("The decision sparked a storm of criticism from opposition parties.", "storm"),
        ("The crowd was fired up by the speech.", "fired"),
    ],
)
def test_figures_of_speech_are_no_events(text: str, word: str) -> None:
    assert word not in trigger_words(_events(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The storm killed 14 people in the south.", "killed"),
        ("Workers will strike next week over pay.", "strike"),
        ("Militants fired up to 20 rockets at the town.", "fired"),
    ],
)
def test_literal_uses_stay(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Residents accused the authorities of ignoring repeated warnings.", "ignoring"),
        ("The union accused management of hiding behind a downturn.", "hiding"),
    ],
)
def test_acts_told_after_accused_stay(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


# -- breakdowns --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plane landed safely in Lisbon after an engine failure.",
        "A computer failure knocked out the airline's check-in system on Thursday.",
        "The tanker suffered a steering failure near the strait.",
    ],
)
def test_a_failure_is_a_breakdown(text: str) -> None:
    assert by_trigger(_events(text), "failure").type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The government's failure to act drew criticism.",
        "He died of heart failure at his home.",
        "Doctors said she had suffered kidney failure.",
    ],
)
def test_a_lack_or_a_condition_is_no_failure_event(text: str) -> None:
    assert "failure" not in trigger_words(_events(text))


def test_a_part_that_malfunctions_undergoes_it() -> None:
    event = by_trigger(_events("The landing gear malfunctioned before touchdown."), "malfunctioned")
    assert event.type == "other"
    assert [p.role for p in event.participants] == ["patient"]


# -- protests and votes named by a set phrase or a noun -----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Thousands took to the streets of Tbilisi on Sunday.", "took"),
        ("Protesters have taken to the streets every night since the vote.", "taken"),
        ("Students are taking to the streets again.", "taking"),
    ],
)
def test_taking_to_the_streets_is_a_protest(text: str, trigger: str) -> None:
    assert by_trigger(_events(text), trigger).type == "conflict"


def test_taking_something_else_is_no_protest() -> None:
    text = "She took the children to school on Monday."
    assert "conflict" not in {e.type for e in _events(text)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The runoff will be held on June 9.", "runoff"),
        ("The candidates will face each other in a run-off next month.", "run-off"),
        ("A by-election will be held in the seat in May.", "by-election"),
    ],
)
def test_second_rounds_and_by_elections_are_elections(text: str, trigger: str) -> None:
    assert by_trigger(_events(text), trigger).type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the cause of the failure was being investigated.",
        "A failure review board will report in June.",
    ],
)
def test_a_failure_named_again_or_as_a_modifier_is_no_new_event(text: str) -> None:
    assert "failure" not in trigger_words(_events(text))


# -- counter-cases from the review of this session's rules (issue #7) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired Katyushas into northern Israel.",
        "The militia fired Grads at the town.",
    ],
)
def test_fired_capitalised_weapons_at_a_place_is_a_shooting(text: str) -> None:
    # _dismissed: a bare capitalised word with "at"/"into" after it is a weapon fired.
    assert by_trigger(_events(text), "fired").type == "conflict"


@pytest.mark.parametrize("text", ["It fired 300 drivers.", "The airline fired 40 pilots."])
def test_fired_staff_by_their_job_is_a_dismissal(text: str) -> None:
    assert by_trigger(_events(text), "fired").type == "other"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("After the explosion police sealed off the area.", "explosion"),
        ("After Monday's blast police sealed off the area.", "blast"),
    ],
)
def test_a_determined_event_noun_before_police_is_its_own_phrase(text: str, trigger: str) -> None:
    # modified_head: "riot police" is kit, "the explosion police" two phrases.
    assert trigger in trigger_words(_events(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The court cleared the way for elections in May.", "elections"),
        ("The ruling charged the commission for elections with new duties.", "elections"),
    ],
)
def test_a_charge_word_with_another_preposition_names_no_charge(text: str, trigger: str) -> None:
    # _charge_name: each preposition with its own charge words ("cleared of", "charged with").
    assert trigger in trigger_words(_events(text))


@pytest.mark.parametrize(
    "text",
    ["Fertiliser runoff polluted the lake.", "Storm runoff flooded the lower streets."],
)
def test_water_runoff_is_no_election(text: str) -> None:
    assert "runoff" not in trigger_words(_events(text))


@pytest.mark.parametrize("text", ["She won the runoff in June.", "A runoff vote is due on Sunday."])
def test_an_election_runoff_stays(text: str) -> None:
    assert "runoff" in trigger_words(_events(text))


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        ("After the explosion police sealed off the area.", "sealed", "agent", "police"),
        ("After the blast debris fell on the road.", "fell", "patient", "debris"),
    ],
)
def test_the_head_after_a_parted_event_word_is_the_participant(
    text: str, trigger: str, role: str, name: str
) -> None:
    found = by_trigger(_events(text), trigger)
    assert (role, name) in [(p.role, p.name) for p in found.participants]
