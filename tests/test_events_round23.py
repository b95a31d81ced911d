"""The events stage, round 23 (issue #7, participants round B), on sentences written for
these tests: the two objects of giving verbs ("offered rebels a rebate"); an aside naming
a medium between a body and its verb ("X, in a statement carried by Y, alleged"); a
quoted verb keeps its subject and object; "a train carrying 300 people derailed"; bare
counts as objects ("injuring more than 60", "forced more than 100,000 to flee"); "-ing"
control verbs ("forcing residents to leave"); "the sinking/release of X"; particles before
the object of moving verbs ("pulled out two survivors", "sent in troops"); whom a verb of
warning addresses receives it; "had only minutes to escape"; a registry name cut short
("members of the same")."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names

_events = partial(extract_events, published="2025-06-10")


def _names(text: str, trigger: str, role: str) -> list[str]:
    return participant_names(by_trigger(_events(text), trigger), role)


# -- double objects ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "recipient", "patient"),
    [
        ("The government offered rebels a fuel-duty rebate.", "offered", "rebels", "rebate"),
        ("Officials handed the families a letter from the mayor.", "handed", "families", "letter"),
        ("The ministry awarded the firm a contract on Monday.", "awarded", "firm", "contract"),
        ("Washington sent Kyiv more weapons in March.", "sent", "Kyiv", "weapons"),
        ("The European Union granted Moldova candidate status.", "granted", "Moldova", "status"),
        ("The agency awarded Boeing a new contract.", "awarded", "Boeing", "contract"),
        ("The minister promised voters a referendum.", "promised", "voters", "referendum"),
        ("Berlin sent Warsaw 40 tanks last year.", "sent", "Warsaw", "tanks"),
        ("The insurer paid the farmers a settlement.", "paid", "farmers", "settlement"),
    ],
)
def test_double_object_gives_recipient_and_patient(
    text: str, trigger: str, recipient: str, patient: str
) -> None:
    event = by_trigger(_events(text), trigger)
    assert any(recipient in n for n in participant_names(event, "recipient"))
    patients = participant_names(event, "patient")
    assert any(patient in n for n in patients)
    assert not any(recipient in n for n in patients)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("The IMF lent Argentina $20 billion last year.", "lent", "Argentina"),
        ("The fund lent Ghana 3 billion dollars.", "lent", "Ghana"),
    ],
)
def test_double_object_with_an_amount(text: str, trigger: str, recipient: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert participant_names(event, "recipient") == [recipient]
    assert recipient not in participant_names(event, "patient")


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("The government offered a 5 percent raise to teachers.", "offered", "raise"),
        ("The army sent 500 troops to the border.", "sent", "troops"),
        ("The minister promised a review of the case.", "promised", "review of the case"),
        ("Ukrainian officials said Moscow sent Russian troops.", "sent", "Russian troops"),
    ],
)
def test_one_object_stays_the_patient(text: str, trigger: str, patient: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert any(patient in n for n in participant_names(event, "patient"))
    assert not participant_names(event, "recipient") or "to" in text


def test_a_relative_clause_after_the_object_is_no_second_object() -> None:
    event = by_trigger(_events("The council paid the bills the contractor issued."), "paid")
    assert participant_names(event, "recipient") == []


# -- an aside naming a medium -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The border agency, in a statement carried by the state news agency Tasnim, "
            "alleged that smugglers had crossed the river.",
            "alleged",
            "border agency",
        ),
        ("The ministry, in a statement, condemned the attack.", "condemned", "ministry"),
        (
            "The army, in a report released on Friday, accused rebels of looting.",
            "accused",
            "army",
        ),
        (
            "The club, through a lawyer, denied the claims on Tuesday.",
            "denied",
            "club",
        ),
        (
            "Greenpeace, in a post on its website, criticised the decision.",
            "criticised",
            "Greenpeace",
        ),
    ],
)
def test_an_aside_naming_a_medium_is_stepped_over(text: str, trigger: str, agent: str) -> None:
    agents = _names(text, trigger, "agent")
    assert any(agent in n for n in agents)
    assert not any(n in ("statement", "report", "post", "lawyer") for n in agents)


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        (
            'The ministry said rebels had "provoked" the clash by shelling a village.',
            "provoked",
            "rebels",
            "clash",
        ),
        ('Police said the protesters had "stormed" the building.', "stormed", "protesters", None),
        (
            "The committee, in a statement, alleged that troops had shelled the village.",
            "shelled",
            "troops",
            "village",
        ),
    ],
)
def test_a_quoted_verb_keeps_its_subject_and_object(
    text: str, trigger: str, agent: str, patient: str | None
) -> None:
    assert _names(text, trigger, "agent") == [agent]
    if patient is not None:
        assert _names(text, trigger, "patient") == [patient]


# -- "-ing" words after a noun, bare counts, control -----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        (
            "A passenger train carrying nearly 300 people derailed on Monday.",
            "derailed",
            "patient",
            "passenger train",
        ),
        ("A bus carrying 40 pilgrims crashed near Mecca.", "crashed", "patient", "bus"),
        ("Soldiers guarding the border shot two smugglers.", "shot", "agent", "Soldiers"),
        ("Workers protesting the cuts marched through Lyon.", "marched", "agent", "Workers"),
    ],
)
def test_the_noun_before_an_ing_object_is_the_subject(
    text: str, trigger: str, role: str, name: str
) -> None:
    assert _names(text, trigger, role) == [name]


@pytest.mark.parametrize(
    ("text", "trigger", "count"),
    [
        ("The blast killed four people, injuring more than 60.", "injuring", "more than 60"),
        ("Gunmen killed 12 and wounded 30 in the attack.", "wounded", "30"),
        ("The explosion injured 14, officials said.", "injured", "14"),
        ("The landslide killed at least 25 on Sunday.", "killed", "at least 25"),
    ],
)
def test_a_bare_count_is_the_object(text: str, trigger: str, count: str) -> None:
    assert _names(text, trigger, "patient") == [count]


def test_a_count_in_a_sum_spent_still_needs_a_unit() -> None:
    text = "The bank approved $200 million in emergency aid."
    assert _names(text, "approved", "patient") == ["$200 million in emergency aid"]


@pytest.mark.parametrize(
    ("text", "verb", "infinitive", "doer"),
    [
        (
            "Clashes forced more than 100,000 to flee their homes.",
            "forced",
            "flee",
            "more than 100,000",
        ),
        ("The army ordered 300 to leave the village.", "ordered", "leave", "300"),
        ("The storm hit the coast, forcing residents to leave.", "forcing", "leave", "residents"),
        (
            "The attack crippled systems, forcing the hospital to divert ambulances.",
            "forcing",
            "divert",
            "hospital",
        ),
        ("Shelling intensified, prompting families to flee.", "prompting", "flee", "families"),
    ],
)
def test_the_object_of_a_control_verb_does_the_infinitive(
    text: str, verb: str, infinitive: str, doer: str
) -> None:
    assert _names(text, infinitive, "agent") == [doer]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Floods cut roads, stranding hundreds of villagers.", "stranding", "villagers"),
        ("The storm hit the coast, forcing thousands to leave.", "forcing", "thousands"),
    ],
)
def test_forcing_and_stranding_are_events(text: str, trigger: str, patient: str) -> None:
    assert any(patient in n for n in _names(text, trigger, "patient"))


def test_armed_forces_are_no_control_verb() -> None:
    text = "Armenian and Azerbaijani forces exchanged heavy fire overnight."
    assert _names(text, "exchanged", "agent") == ["Armenian and Azerbaijani forces"]


# -- "the X of Y" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("The sinking of the ferry killed 40 people.", "sinking", "ferry"),
        ("The shelling of the town continued overnight.", "shelling", "town"),
        ("The release of the hostages was welcomed.", "release", "hostages"),
        ("Talks focused on the release of 300 prisoners.", "release", "prisoners"),
        ("The return of the statues was agreed on Monday.", "return", "statues"),
    ],
)
def test_the_noun_use_of_a_verb_takes_its_patient_after_of(
    text: str, trigger: str, patient: str
) -> None:
    assert _names(text, trigger, "patient") == [patient]


@pytest.mark.parametrize(
    "text",
    [
        "The cause of the crash is unknown.",
        "The cost of the repairs rose.",
        "The company issued a press release.",
    ],
)
def test_other_nouns_before_of_are_no_events(text: str) -> None:
    triggers = [e.trigger for e in _events(text)]
    assert "cause" not in triggers and "cost" not in triggers and "release" not in triggers


# -- particles before the object of moving verbs ---------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Rescuers pulled out two survivors from the rubble.", "pulled out", "two survivors"),
        ("The government sent in troops on Monday.", "sent", "troops"),
        ("The army sent in the special forces.", "sent", "special forces"),
        ("Helicopters flew in supplies on Tuesday.", "flew", "supplies"),
    ],
)
def test_a_particle_before_the_object(text: str, trigger: str, patient: str) -> None:
    assert _names(text, trigger, "patient") == [patient]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The company pulled out of the deal.", "pulled out"),
        ("The firm pulled out last year.", "pulled out"),
        ("The delegation flew in March to Kyiv.", "flew"),
    ],
)
def test_no_object_after_a_particle_of_way_or_time(text: str, trigger: str) -> None:
    assert _names(text, trigger, "patient") == []


def test_climbed_out_is_a_movement_with_an_agent() -> None:
    event = by_trigger(_events("Two passengers climbed out of the wreckage."), "climbed out")
    assert event.type == "movement"
    assert participant_names(event, "agent") == ["passengers"]


# -- verbs of warning --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("The union said it had warned the operator twice this year.", "warned", "operator"),
        ("The company notified regulators of the recall on Monday.", "notified", "regulators"),
        ("The council had been warned in August.", "warned", "council"),
        ("Officials warned residents that the river could burst.", "warned", "residents"),
    ],
)
def test_whom_a_warning_addresses_receives_it(text: str, trigger: str, recipient: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert participant_names(event, "recipient") == [recipient]
    assert participant_names(event, "patient") == []


def test_the_subject_after_that_of_a_warning_is_its_own() -> None:
    text = "Officials warned residents that the river could burst."
    assert _names(text, "burst", "agent") == ["river"]


# -- the haver does what there is time for ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The water rose so quickly that his family had only minutes to escape.",
            "escape",
            "family",
        ),
        ("Residents had just hours to evacuate.", "evacuate", "Residents"),
        ("The minister was given a chance to respond.", "respond", "minister"),
    ],
)
def test_who_has_the_time_does_the_infinitive(text: str, trigger: str, agent: str) -> None:
    assert any(agent in n for n in _names(text, trigger, "agent"))


# -- a registry name cut short -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "Five members of the same family were killed in the blast.",
            "killed",
            "members of the same family",
        ),
        ("Three members of one family died.", "died", "members of one family"),
    ],
)
def test_a_name_is_not_cut_inside_its_phrase(text: str, trigger: str, name: str) -> None:
    patients = _names(text, trigger, "patient")
    assert len(patients) == 1 and name in patients[0]


# -- what a happening leaves harmed ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent", "patient"),
    [
        ("Protests left more than 20 people dead.", "Protests", "people"),
        ("The storm left thousands homeless.", "storm", "thousands"),
        (
            "The shelling left hundreds of families homeless, officials said.",
            "shelling",
            "families",
        ),
        ("Gunmen left 5 people dead in Kherson.", "Gunmen", "people"),
    ],
)
def test_left_harmed_takes_its_object(text: str, agent: str, patient: str) -> None:
    event = by_trigger(_events(text), "left")
    assert participant_names(event, "agent") == [agent]
    assert any(patient in n for n in participant_names(event, "patient"))


@pytest.mark.parametrize(
    "text", ["Most residents left the dead city.", "The president left Kyiv on Friday."]
)
def test_a_departure_has_no_harmed_object(text: str) -> None:
    event = by_trigger(_events(text), "left")
    assert event.type == "movement"
    assert participant_names(event, "patient") == []


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The last serious attempt, in February 2022, left 11 people dead.",
            "left",
            "last serious attempt",
        ),
        ("The company, last year, cut 300 jobs.", "cut", "company"),
        ("Rebels, on Monday, attacked the town.", "attacked", "Rebels"),
        ("The ministry, in a statement on Friday, denied the report.", "denied", "ministry"),
    ],
)
def test_a_time_set_off_by_commas_is_stepped_over(text: str, trigger: str, agent: str) -> None:
    assert _names(text, trigger, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        (
            "Gunmen raided Kibati, a town north of Goma, on Sunday night, killing nine people.",
            "killing",
            "agent",
            "Gunmen",
        ),
        (
            "Farmers drove tractors into Lyon on Monday, March 4, 2024, vowing to stay.",
            "drove",
            "agent",
            "Farmers",
        ),
        (
            "The law, first proposed by the minister, Ana Ruiz, in May, passed easily.",
            "passed",
            "patient",
            "law",
        ),
    ],
)
def test_a_time_aside_after_an_apposition_or_before_a_participle(
    text: str, trigger: str, role: str, name: str
) -> None:
    assert _names(text, trigger, role) == [name]


# -- counts of a group, and the accused ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        (
            "Police arrested five men. Three of them were charged on Monday.",
            "charged",
            "patient",
            "Three of them",
        ),
        (
            "Four nurses were hurt. Two of them were flown to Cluj.",
            "flown",
            "patient",
            "Two of them",
        ),
        ("All three of them were released on bail.", "released", "patient", "All three of them"),
        ("Many of them fled on foot.", "fled", "agent", "Many of them"),
    ],
)
def test_a_count_of_them_is_named_as_written(text: str, trigger: str, role: str, name: str) -> None:
    assert _names(text, trigger, role) == [name]


@pytest.mark.parametrize(
    ("text", "act", "accused"),
    [
        (
            "Prosecutors accused the former minister of taking bribes.",
            "taking bribes",
            "former minister",
        ),
        ("Police accused two men of smuggling migrants.", "smuggling", "two men"),
        ("The army accused the company of leaking documents.", "leaking", "company"),
        ("Officials accused the vessel of carrying illegal cargo.", "accused", None),
    ],
)
def test_the_accused_does_what_it_is_accused_of(text: str, act: str, accused: str | None) -> None:
    events = _events(text)
    if accused is not None:
        assert any(accused in n for n in participant_names(by_trigger(events, act), "agent"))
    patients = participant_names(by_trigger(events, "accused"), "patient")
    assert patients and not any(" of " in n for n in patients)


def test_a_passive_accused_keeps_no_object_as_doer() -> None:
    events = _events("He was accused of leaking documents.")
    assert participant_names(by_trigger(events, "leaking"), "agent") == []
