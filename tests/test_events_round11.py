"""The events stage, round 11 (issue #7), on sentences written for these tests: light verbs
made happenings by the word they take ("exchanged heavy fire", "had taken the servers
offline"), every conjunct of a comma list as its own participant, and an -ing noun after a
determiner and a modifier ("an emergency meeting") read as the noun."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names, trigger_words

_events = partial(extract_events, published="2025-04-02")


# -- light verbs with a cue word ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Rebel fighters exchanged heavy fire with troops near the border.", "exchanged", "fire"),
        ("The two armies exchanged artillery fire overnight.", "exchanged", "fire"),
        ("The firm said it had taken its email servers offline.", "taken", "servers"),
        ('Baku said its troops had taken "adequate measures" on Sunday.', "taken", "measures"),
        ("Officers took two men into custody late on Friday.", "took", "two men"),
        ("Police used tear gas and water cannon to disperse the crowd.", "used", "tear gas"),
        ("Guards used force against the prisoners.", "used", "force"),
        ("A civil rights group brought a lawsuit against the state.", "brought", "lawsuit"),
        ("Lawmakers drew a new congressional map last year.", "drew", "map"),
        ("Rebels brought the helicopter down near Goma.", "brought", "helicopter"),
    ],
)
def test_cued_light_verb(text: str, trigger: str, patient: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert any(patient in name for name in participant_names(event, "patient"))


def test_particle_still_wins() -> None:
    event = by_trigger(_events("Rebels brought down a military helicopter."), "brought down")
    assert any("helicopter" in name for name in participant_names(event, "patient"))


@pytest.mark.parametrize(
    "text",
    [
        "He took the bus to work every day.",
        "They used the money to buy a house.",
        "The plan was taken seriously by the board.",
        "She brought her sister to the party.",
        "The company exchanged letters with the bank, officials said. It used the offline backup.",
    ],
)
def test_light_verb_without_cue_is_no_event(text: str) -> None:
    triggers = trigger_words(_events(text))
    assert not {"took", "taken", "used", "brought", "exchanged"} & set(triggers)


def test_cued_object_noun_is_not_a_second_event() -> None:
    assert trigger_words(_events("The group brought a lawsuit in 2022.")) == ["brought"]


# -- comma lists -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "conjuncts"),
    [
        (
            "The strike closed schools, banks and markets across the city.",
            "closed",
            "patient",
            ["schools", "banks", "markets"],
        ),
        (
            "Protesters blocked roads, bridges and railway lines on Monday.",
            "blocked",
            "patient",
            ["roads", "bridges", "railway lines"],
        ),
        (
            "The storm destroyed homes, crops, and power lines.",
            "destroyed",
            "patient",
            ["homes", "crops", "power lines"],
        ),
        (
            "The army shelled Goma, Bukavu and Uvira overnight.",
            "shelled",
            "patient",
            ["Goma", "Bukavu", "Uvira"],
        ),
        (
            "Four navy vessels, two helicopters and dozens of fishing boats joined the search.",
            "joined",
            "agent",
            ["navy vessels", "helicopters", "fishing boats"],
        ),
        (
            "Police, soldiers and volunteers searched the river banks on Monday.",
            "searched",
            "agent",
            ["Police", "soldiers", "volunteers"],
        ),
        (
            "Schools, banks and markets closed early on Tuesday.",
            "closed",
            "patient",
            ["Schools", "banks", "markets"],
        ),
    ],
)
def test_every_conjunct_is_a_participant(
    text: str, trigger: str, role: str, conjuncts: list[str]
) -> None:
    names = participant_names(by_trigger(_events(text), trigger), role)
    for conjunct in conjuncts:
        assert any(conjunct in name for name in names), (conjunct, names)


def test_shared_subject_keeps_its_conjuncts() -> None:
    text = "Police, soldiers and volunteers searched the house and arrested two men on Monday."
    names = participant_names(by_trigger(_events(text), "arrested"), "agent")
    assert {"Police", "soldiers", "volunteers"} <= set(names)


@pytest.mark.parametrize(
    ("text", "trigger", "absent"),
    [
        ("The strike closed schools, officials said on Monday.", "closed", "officials"),
        (
            "Rebels attacked the town, killing three civilians and wounding four.",
            "attacked",
            "civilians",
        ),
        ("Police sealed off the area, residents said, and arrested two men.", "sealed", "men"),
    ],
)
def test_no_list_without_plain_conjuncts(text: str, trigger: str, absent: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert not any(absent in p.name for p in event.participants)


# -- "an emergency meeting" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The council held an emergency meeting on Monday.", "council"),
        ("Ministers held an urgent meeting in Brussels.", "Ministers"),
        ("The board held a private meeting on Friday.", "board"),
    ],
)
def test_modifier_before_event_noun_is_no_participant(text: str, agent: str) -> None:
    event = by_trigger(_events(text), "meeting")
    assert participant_names(event, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("The council convened an emergency meeting on Monday.", "convened", "emergency meeting"),
        ("Rebels attended a secret meeting in Kampala.", "attended", "secret meeting"),
    ],
)
def test_modified_event_noun_as_object(text: str, trigger: str, patient: str) -> None:
    events = _events(text)
    assert participant_names(by_trigger(events, trigger), "patient") == [patient]
    assert participant_names(by_trigger(events, "meeting"), "agent") == []


def test_ing_verb_after_noun_stays_a_verb() -> None:
    event = by_trigger(_events("The president is meeting the prime minister on Friday."), "meeting")
    assert participant_names(event, "agent") == ["president"]


# -- "fought two wars": the verb is the happening -----------------------------------------


@pytest.mark.parametrize(
    ("text", "time"),
    [
        (
            "Armenia and Azerbaijan have fought two wars over the region, most recently in 2020.",
            "2020",
        ),
        ("Troops fought a fierce battle for the airport on Sunday.", "Sunday"),
        ("The two clans fought a long war in the 1990s.", "1990s"),
    ],
)
def test_cognate_object_is_no_second_event(text: str, time: str) -> None:
    events = _events(text)
    assert "wars" not in trigger_words(events) and "war" not in trigger_words(events)
    assert "battle" not in trigger_words(events)
    fought = by_trigger(events, "fought")
    assert fought.time is not None and time in fought.time.text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The war killed thousands of people.", "war"),
        ("Residents fled the fighting, and the war spread to the north.", "war"),
        ("Protesters fought police on Monday; the battle lasted hours.", "battle"),
    ],
)
def test_war_noun_elsewhere_still_an_event(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


# -- "Shares of its parent company, X, fell" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "head"),
    [
        ("Shares of its parent company, Cordell Healthcare, fell 4.2 percent.", "fell", "Shares"),
        ("Shares of the insurer, Atlas Group, rose 2 percent on Monday.", "rose", "Shares"),
        ("Stock of the company, Orion Mining, slumped 12 percent.", "slumped", "Stock"),
    ],
)
def test_shares_before_a_named_apposition(text: str, trigger: str, head: str) -> None:
    names = participant_names(by_trigger(_events(text), trigger), "patient")
    assert any(name.startswith(head) for name in names), names


def test_person_apposition_still_gives_the_name() -> None:
    event = by_trigger(_events("The company's chief executive, John Smith, resigned."), "resigned")
    assert "John Smith" in [p.name for p in event.participants]


@pytest.mark.parametrize(
    ("text", "trigger", "conjuncts"),
    [
        (
            "Police detained the captain and a ticketing officer on Monday.",
            "detained",
            ["captain", "ticketing officer"],
        ),
        (
            "Rebels kidnapped two engineers and their driver near Kidal.",
            "kidnapped",
            ["engineers", "driver"],
        ),
        ("Officials evacuated the hospital and the school.", "evacuated", ["hospital", "school"]),
    ],
)
def test_object_pair(text: str, trigger: str, conjuncts: list[str]) -> None:
    names = participant_names(by_trigger(_events(text), trigger), "patient")
    for conjunct in conjuncts:
        assert any(conjunct in name for name in names), (conjunct, names)


def test_and_before_a_new_clause_is_no_pair() -> None:
    event = by_trigger(_events("The army shelled the town and the rebels fled."), "shelled")
    assert not any("rebels" in p.name for p in event.participants)


# -- a short quoted phrase inside a clause ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            'Meridian said it had detected "suspicious activity" on its network at 2 a.m.',
            "detected",
            "2 a.m.",
        ),
        ('Baku said its troops had taken "adequate measures" on Sunday.', "taken", "Sunday"),
        ("Police arrested a man for “threatening behaviour” late on Friday.", "arrested", "Friday"),
    ],
)
def test_quoted_phrase_does_not_cut_the_clause(text: str, trigger: str, time: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert event.time is not None and time in event.time.text


def test_quote_before_and_still_ends_the_clause() -> None:
    text = (
        'The ministry said it welcomed the bank\'s "prudent approach" and expected the '
        "economy to grow by 0.6 percent this year."
    )
    assert by_trigger(_events(text), "welcomed").time is None
