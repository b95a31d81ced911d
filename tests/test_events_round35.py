"""The events stage, round 35 (issue #7): participant roles from the misses of round 15, on
sentences written for these tests. A verb whose subject mostly undergoes it ("output
doubled", "shares declined") makes its subject the doer when it takes a determined object
("the ministry doubled the number of flights") or an infinitive ("the jury declined to
indict"); a subject that loses or suffers something is harmed, not its doer ("two guards
suffered minor injuries"), and what is lost is the patient too; an appeal's addressee with
a prepositional tail before "to" still receives it ("asked people with mild symptoms to
stay home")."""

from __future__ import annotations

import pytest

from _eventtools import names_in

# -- an undergoing verb with an object or an infinitive --------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        ("Steel producers doubled their output last year.", "doubled", "Steel producers", "output"),
        (
            "The ministry doubled the number of inspections at meat plants.",
            "doubled",
            "ministry",
            "number of inspections",
        ),
        ("The coastguard tripled its patrols in the strait.", "tripled", "coastguard", "patrols"),
        ("Riot police broke down the door of the flat.", "broke down", "Riot police", "door"),
    ],
)
def test_undergoing_verb_with_an_object_is_done(
    text: str, trigger: str, agent: str, patient: str
) -> None:
    assert names_in(text, trigger, "agent") == [agent]
    assert any(patient in p for p in names_in(text, trigger, "patient"))


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Shares of the lender lost 4 percent on Monday.", "lost", "Shares of the lender"),
        ("Exports doubled in the first quarter.", "doubled", "Exports"),
        ("The peso declined to a two-year low against the dollar.", "declined", "peso"),
        ("Industrial output fell to record lows in March.", "fell", "Industrial output"),
        ("Talks between the two parties broke down on Monday.", "broke down", "Talks"),
    ],
)
def test_undergoing_verb_without_an_object_keeps_its_patient(
    text: str, trigger: str, patient: str
) -> None:
    assert patient in names_in(text, trigger, "patient")
    assert names_in(text, trigger, "agent") == []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The grand jury declined to indict the two deputies.", "grand jury"),
        ("A spokesman for the bank declined to name the buyer.", "spokesman"),
        ("The city council declined to renew the contract.", "city council"),
        ("Judge Ellen Marsh declined to release them on bail.", "Ellen Marsh"),
    ],
)
def test_declining_to_act_is_done(text: str, agent: str) -> None:
    assert agent in " ".join(names_in(text, "declined", "agent"))
    assert names_in(text, "declined", "patient") == []


# -- losing and suffering ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "subject", "objects"),
    [
        ("Two guards suffered minor injuries.", "suffered", "Two guards", ["minor injuries"]),
        (
            "The second turbine suffered a fault in its cooling system.",
            "suffered",
            "second turbine",
            ["fault"],
        ),
        (
            "Karim Haddad lost his brother and two cousins in the flood.",
            "lost",
            "Karim Haddad",
            ["brother", "two cousins"],
        ),
        ("Dozens of families lost their homes.", "lost", "Dozens of families", ["homes"]),
    ],
)
def test_loser_and_sufferer_undergo(
    text: str, trigger: str, subject: str, objects: list[str]
) -> None:
    patients = names_in(text, trigger, "patient")
    assert any(subject in p or p in subject for p in patients)
    for thing in objects:
        assert thing in patients
    assert names_in(text, trigger, "agent") == []


def test_losing_sight_is_still_done() -> None:
    text = "The skipper lost sight of the second boat in the fog."
    assert names_in(text, "lost sight", "agent") == ["skipper"]


# -- an appeal's addressee with a tail ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("The agency asked people with mild symptoms to stay home.", "asked", "people"),
        ("Officials asked families in the north to boil their water.", "asked", "families"),
        ("The governor urged drivers on the coast road to avoid the area.", "urged", "drivers"),
    ],
)
def test_addressee_with_a_tail_receives(text: str, trigger: str, recipient: str) -> None:
    assert recipient in names_in(text, trigger, "recipient")
    assert names_in(text, trigger, "patient") == []


def test_appeal_for_something_keeps_its_patient() -> None:
    text = "The mayor urged calm in the capital after the clashes."
    assert names_in(text, "urged", "recipient") == []


# -- "the bank" after "a European bank" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Halvard Bank said on Monday that hackers had stolen data in one of the biggest "
            "breaches to hit a Nordic bank. The bank had notified the police.",
            "notified",
            "Halvard Bank",
        ),
        (
            "Valmont Hospital said a cyberattack had disrupted care, the latest attack on a "
            "French hospital. The hospital postponed 30 operations.",
            "postponed",
            "Valmont Hospital",
        ),
    ],
)
def test_definite_noun_after_an_indefinite_one_is_the_named_body(
    text: str, trigger: str, agent: str
) -> None:
    assert names_in(text, trigger, "agent") == [agent]


def test_definite_noun_with_nothing_named_stays_as_written() -> None:
    text = "Police said a man was arrested at a bank in the city. The bank closed for the day."
    assert names_in(text, "closed", "patient") == ["bank"]


# -- a participle closing an aside ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "Whitfield, a Democrat first elected in 2019 and reelected in 2023, has not commented.",
            "elected",
            "Whitfield",
        ),
        (
            "Whitfield, a Democrat first elected in 2019 and reelected in 2023, has not commented.",
            "reelected",
            "Whitfield",
        ),
        ("Okafor, a lawyer elected in 2019, has not commented.", "elected", "Okafor"),
        (
            "Dana Reyes, a veteran nurse recently appointed to the board, said she was shocked.",
            "appointed",
            "Dana Reyes",
        ),
    ],
)
def test_participle_closing_an_aside_is_undergone(text: str, trigger: str, patient: str) -> None:
    assert names_in(text, trigger, "patient") == [patient]
    assert names_in(text, trigger, "agent") == []


def test_relative_clause_in_an_aside_is_done() -> None:
    text = "Ahmed Saleh, a farmer who escaped with his sons, said the village was empty."
    assert names_in(text, "escaped", "agent") == ["Ahmed Saleh"]


def test_what_a_place_lost_is_undergone_too() -> None:
    text = "The old town lost hundreds of shops during the recession."
    assert any("shops" in p for p in names_in(text, "lost", "patient"))


# -- a name told, before what it was told ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Chief executive Henrik Dahl told Reuters the merged group would cut 300 jobs.",
            "Reuters",
        ),
        ("Anna Berg told the BBC the company would appeal the ruling.", "BBC"),
        ("The coach told Sky Sports the club had not received an offer.", "Sky Sports"),
    ],
)
def test_name_told_keeps_its_name(text: str, recipient: str) -> None:
    assert names_in(text, "told", "recipient") == [recipient]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Doctors treated at least 12 of them for hypothermia.", "treated", "12 of them"),
        ("Soldiers detained 30 of them overnight.", "detained", "30 of them"),
    ],
)
def test_count_of_a_group_is_an_object(text: str, trigger: str, patient: str) -> None:
    assert any(patient in p for p in names_in(text, trigger, "patient"))


# -- a statement after "and" inside a reported clause ------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent", "recipient"),
    [
        (
            "The agency's head, Hadi Wijaya, warned that further eruptions were likely and "
            "urged residents not to return.",
            "Hadi Wijaya",
            "residents",
        ),
        (
            "The minister said on Monday that prices would fall and urged shoppers to stay calm.",
            "minister",
            "shoppers",
        ),
        (
            "Officials warned that the river was still rising and urged families to leave.",
            "Officials",
            "families",
        ),
    ],
)
def test_statement_after_a_reported_clause_is_the_reporters(
    text: str, agent: str, recipient: str
) -> None:
    assert names_in(text, "urged", "agent") == [agent]
    assert names_in(text, "urged", "recipient") == [recipient]


def test_passive_after_a_reported_clause_keeps_its_subject() -> None:
    text = "Police said that two suspects were arrested and charged with arson."
    assert names_in(text, "charged", "patient") == ["two suspects"]


# -- the one promised ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The rebels had been promised that their demands would be discussed.", "rebels"),
        ("Workers were promised a pay rise before the election.", "Workers"),
        ("Nurses were promised a new contract by the minister.", "Nurses"),
    ],
)
def test_passive_subject_of_a_promise_receives_it(text: str, recipient: str) -> None:
    assert names_in(text, "promised", "recipient") == [recipient]
    assert recipient not in names_in(text, "promised", "patient")


def test_what_was_promised_stays_the_patient() -> None:
    text = "The reforms were promised in 2019."
    assert names_in(text, "promised", "patient") == ["reforms"]
    assert names_in(text, "promised", "recipient") == []
