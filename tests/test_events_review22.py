"""Events: the reviewer's shapes of round 22, each with variants of our own and a case the
rule must leave alone: a place whose name ends like a nationality ("Mali") before a time;
"the army and rebels" (a bare second side) as two agents; one body's name with "and",
"&" or a list inside; "it" after "when" for the subject of the clause before (a team);
"the group" for the body named as the last sentence's subject; a bare "the body" as a
corpse; "Among those elected were ..." naming who underwent it."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, extract_events, participant_names, roles
from newsfacts.models import Event

PUBLISHED = "1998-02-20"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def names(text: str, trigger: str, role: str) -> list[str]:
    return participant_names(by_trigger(events(text), trigger), role)


# -- 1. a place ending like "Iraqi" before a time ----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("French troops clashed with rebels in Mali last week.", "clashed", "Mali"),
        ("Gunmen attacked a convoy in Burundi last month.", "attacked", "Burundi"),
        ("Protesters marched in Haiti this week.", "marched", "Haiti"),
        ("Soldiers raided a camp in Mali on Tuesday.", "raided", "Mali"),
    ],
)
def test_place_before_a_time(text: str, trigger: str, place: str) -> None:
    assert by_trigger(events(text), trigger).place == place


def test_nationality_adjective_still_no_place() -> None:
    assert by_trigger(events("Police arrested two men at Spanish airports."), "arrested").place != (
        "Spanish"
    )


# -- 2. a bare second side ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        ("The army and rebels signed a ceasefire on Tuesday.", "signed", {"army", "rebels"}),
        ("The government and rebels signed a ceasefire.", "signed", {"government", "rebels"}),
        ("The army and police raided the camp.", "raided", {"army", "police"}),
        ("The army and Hamas signed a ceasefire.", "signed", {"army", "Hamas"}),
        ("On Monday, the army and rebels clashed near Goma.", "clashed", {"army", "rebels"}),
    ],
)
def test_bare_second_side_is_an_agent_too(text: str, trigger: str, agents: set[str]) -> None:
    assert set(names(text, trigger, "agent")) == agents


def test_plural_sides_stay_one_group() -> None:
    """ "Police and soldiers": plurals that may share their head stay one participant."""
    assert names("Police and soldiers stormed the compound on Monday.", "stormed", "agent") == [
        "Police and soldiers"
    ]


# -- 3. one body's name with "and", "&" or a list inside -------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The Securities and Exchange Commission charged the firm with fraud.",
            "charged",
            "Securities and Exchange Commission",
        ),
        (
            "The Bureau of Alcohol, Tobacco and Firearms raided the compound.",
            "raided",
            "Bureau of Alcohol, Tobacco and Firearms",
        ),
        ("Procter & Gamble acquired the startup.", "acquired", "Procter & Gamble"),
        ("Johnson and Johnson acquired the startup.", "acquired", "Johnson and Johnson"),
        ("Johnson & Johnson acquired the startup.", "acquired", "Johnson & Johnson"),
        (
            "The Food and Drug Administration approved the drug.",
            "approved",
            "Food and Drug Administration",
        ),
        (
            "The Department of Health and Human Services announced the cuts.",
            "announced",
            "Department of Health and Human Services",
        ),
    ],
)
def test_one_body_with_and_inside(text: str, trigger: str, agent: str) -> None:
    assert names(text, trigger, "agent") == [agent]


def test_body_with_ampersand_as_object() -> None:
    assert names("Regulators sued Procter & Gamble on Monday.", "sued", "patient") == [
        "Procter & Gamble"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        ("Russia and Ukraine signed a deal.", "signed", {"Russia", "Ukraine"}),
        (
            "Ryanair and ITA Airways cancelled all flights.",
            "cancelled",
            {"Ryanair", "ITA Airways"},
        ),
        (
            "The African Union and the Commonwealth deployed observers.",
            "deployed",
            {"African Union", "Commonwealth"},
        ),
    ],
)
def test_two_bodies_stay_two(text: str, trigger: str, agents: set[str]) -> None:
    assert set(names(text, trigger, "agent")) == agents


# -- 4. antecedents by salience ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        (
            "The Mines Advisory Group has worked in Cambodia since 1992. Howes' team was "
            "clearing mines near Angkor Wat when it was attacked.",
            "Howes' team",
        ),
        (
            "The Mines Advisory Group has worked in Cambodia since 1992. The team was "
            "clearing mines near Angkor Wat when it was attacked.",
            "team",
        ),
        (
            "Oxfam has worked in Sudan for years. The charity's convoy was crossing the "
            "border when it was attacked.",
            "charity's convoy",
        ),
    ],
)
def test_it_after_when_is_the_working_body(text: str, patient: str) -> None:
    assert names(text, "attacked", "patient") == [patient]


def test_it_after_when_not_a_person() -> None:
    text = "Oxfam has worked in Sudan for years. Smith was crossing the river when it was attacked."
    assert "Smith" not in names(text, "attacked", "patient")


def test_the_group_is_the_last_subject_body() -> None:
    text = (
        "The Mines Advisory Group works in Cambodia. The Khmer Rouge were a guerrilla force "
        "with 10,000 men. But the group began to fall apart in mid-1996."
    )
    assert names(text, "fall", "patient") == ["Khmer Rouge"]


def test_the_group_named_last_stays() -> None:
    text = "The Wagner Group fought in Mali. Russia denied any links. The group withdrew in June."
    assert names(text, "withdrew", "agent") == ["Wagner Group"]


def test_the_group_not_a_body_of_its_own_sentence() -> None:
    text = (
        "The Voter Access Project sued the state. Lawyers for the group said the rule was "
        "unfair. Kessler's office defended the rule and accused the group of spreading fear."
    )
    assert "Kessler's office" not in names(text, "accused", "patient")


def test_the_body_is_a_corpse() -> None:
    text = (
        "Police are searching for the remains of Christopher Howes, who worked for the Mines "
        "Advisory Group. He said he received information on where the body had been buried."
    )
    assert names(text, "buried", "patient") == ["body"]


def test_the_world_body_stays_the_un() -> None:
    text = "The United Nations met on Monday. The world body condemned the attack."
    assert names(text, "condemned", "agent") == ["United Nations"]


# -- 5. "Among those elected were ..." ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patients"),
    [
        (
            "Among those elected were John Smith and Mary Jones.",
            "elected",
            {"John Smith", "Mary Jones"},
        ),
        ("Among those hired was John Smith.", "hired", {"John Smith"}),
        ("Among those killed was a local journalist.", "killed", {"local journalist"}),
        ("Those elected included John Smith.", "elected", {"John Smith"}),
    ],
)
def test_among_those_names_who(text: str, trigger: str, patients: set[str]) -> None:
    assert {n for n, r in roles(by_trigger(events(text), trigger)) if r == "patient"} == patients


def test_those_from_somewhere_is_no_event() -> None:
    found = events("Most of those rescued were from Bangladesh, Egypt and Eritrea.")
    assert "rescued" not in [e.trigger for e in found]


def test_among_those_after_subject_unchanged() -> None:
    assert names("Karimi was among those arrested on Friday.", "arrested", "patient") == ["Karimi"]


# -- 6. the reviewer's worse cases, fixed (round 22, second pass) ------------------------
# A nationality adjective, a time, then its noun: no place.


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Two civilians were killed in Israeli overnight strikes on the southern city, "
            "medics said.",
            "killed",
        ),
        (
            "Five people died in Russian overnight attacks on Kharkiv, the regional governor said.",
            "died",
        ),
        (
            "Dozens of houses were damaged in Ukrainian overnight shelling of Donetsk, "
            "Russian-installed officials said.",
            "damaged",
        ),
        ("Three soldiers were wounded in Iranian overnight raids on the border.", "wounded"),
    ],
)
def test_nationality_adjective_before_a_time_and_its_noun(text: str, trigger: str) -> None:
    assert by_trigger(events(text), trigger).place is None


def test_place_before_a_time_then_a_preposition() -> None:
    text = "Police arrested six people in Nairobi yesterday after a night of looting."
    assert by_trigger(events(text), "arrested").place == "Nairobi"


# Two bodies, each with a whole name of its own, joined by "and".


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        (
            "The FBI and Secret Service searched the home on Tuesday.",
            "searched",
            ["FBI", "Secret Service"],
        ),
        (
            "The Treasury and Federal Reserve Board announced emergency measures to support banks.",
            "announced",
            ["Treasury", "Federal Reserve Board"],
        ),
        (
            "The Supreme Court and Appeals Court both rejected the petition.",
            "rejected",
            ["Supreme Court", "Appeals Court"],
        ),
        (
            "Scotland Yard and Thames Valley Police arrested five men in a joint operation.",
            "arrested",
            ["Scotland Yard", "Thames Valley Police"],
        ),
        (
            "Kent Police and Essex Police searched the lorry at Dover on Tuesday.",
            "searched",
            ["Kent Police", "Essex Police"],
        ),
        (
            "The Pentagon and State Department approved the arms sale on Friday.",
            "approved",
            ["Pentagon", "State Department"],
        ),
        (
            "The Met Office and Environment Agency issued flood warnings for the weekend.",
            "issued",
            ["Met Office", "Environment Agency"],
        ),
        (
            "The FBI and Homeland Security Department arrested 14 people in the sweep.",
            "arrested",
            ["FBI", "Homeland Security Department"],
        ),
        (
            "The Crown Prosecution Service and Metropolitan Police charged the man with murder.",
            "charged",
            ["Crown Prosecution Service", "Metropolitan Police"],
        ),
        (
            "The Serious Fraud Office and National Crime Agency raided offices in London.",
            "raided",
            ["Serious Fraud Office", "National Crime Agency"],
        ),
        (
            "The CIA and National Security Agency monitored the calls.",
            "monitored",
            ["CIA", "National Security Agency"],
        ),
    ],
)
def test_two_bodies_joined_by_and(text: str, trigger: str, agents: list[str]) -> None:
    assert names(text, trigger, "agent") == agents


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The Securities and Exchange Commission fined the bank $5 million.",
            "fined",
            "Securities and Exchange Commission",
        ),
        (
            "Avon and Somerset Police arrested two men on Friday.",
            "arrested",
            "Avon and Somerset Police",
        ),
        (
            "Devon and Cornwall Police closed the road after the crash.",
            "closed",
            "Devon and Cornwall Police",
        ),
        (
            "The Food and Drug Administration approved the drug on Monday.",
            "approved",
            "Food and Drug Administration",
        ),
    ],
)
def test_one_body_joined_by_and_stays_one(text: str, trigger: str, agent: str) -> None:
    assert names(text, trigger, "agent") == [agent]


# "it" after "when"/"before": the thing the clause before worked on, or no one.


@pytest.mark.parametrize(
    ("text", "trigger", "thing"),
    [
        (
            "The team was unloading the truck when it exploded, killing two aid workers.",
            "exploded",
            "truck",
        ),
        ("The patrol was inspecting the car when it blew up, the army said.", "blew up", "car"),
        (
            "The unit was guarding the bridge when it collapsed under the weight of a tank.",
            "collapsed",
            "bridge",
        ),
        (
            "The rescue team was approaching the building when it collapsed.",
            "collapsed",
            "building",
        ),
        (
            "The ship's crew abandoned the vessel when it caught fire off the coast of Sri Lanka.",
            "caught",
            "vessel",
        ),
    ],
)
def test_it_is_the_thing_worked_on(text: str, trigger: str, thing: str) -> None:
    event = by_trigger(events(text), trigger)
    assert [p.name for p in event.participants if p.name != "fire"] == [thing]


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("The crew was repairing the engine when it caught fire.", "caught", "crew"),
        (
            "The delegation toured the steel plant before it was closed by the government.",
            "closed",
            "delegation",
        ),
        (
            "The bomb squad examined the package before it was destroyed in a controlled "
            "explosion.",
            "destroyed",
            "bomb squad",
        ),
        (
            "The team parked the van outside the station before it was towed by police.",
            "towed",
            "team",
        ),
        (
            "The delegation was leaving the hotel when it was announced that the talks had "
            "collapsed.",
            "announced",
            "delegation",
        ),
        (
            "The convoy was moving slowly when it emerged that the road had been mined.",
            "emerged",
            "convoy",
        ),
        (
            "The crew was inspecting the hull when it was discovered that the ship had been "
            "sabotaged.",
            "discovered",
            "crew",
        ),
    ],
)
def test_it_is_not_the_working_body(text: str, trigger: str, body: str) -> None:
    event = by_trigger(events(text), trigger)
    assert body not in [p.name for p in event.participants]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The delegation met the prime minister before it left for Brussels.", "left"),
        ("The squad was training in Doha when it was hit by a stomach virus.", "hit"),
        ("The convoy was crossing the bridge near Kherson when it was hit by a drone.", "hit"),
        ("The patrol was escorting the envoy when it was ambushed near Gao.", "ambushed"),
    ],
)
def test_it_is_still_the_working_body(text: str, trigger: str) -> None:
    body = text.split()[1]
    assert body in [p.name for p in by_trigger(events(text), trigger).participants]


# "the group" whose own name ends in "Group" stays that body.


@pytest.mark.parametrize(
    ("text", "trigger", "role", "body"),
    [
        (
            "Carlyle Group agreed to buy the chemicals maker for $2 billion. Goldman Sachs "
            "advised the seller. The group will complete the purchase in June.",
            "complete",
            "agent",
            "Carlyle Group",
        ),
        (
            "The Adani Group lost $100 billion in market value. Hindenburg Research published "
            "its report in January. The group repaid loans worth $2 billion in March.",
            "repaid",
            "agent",
            "Adani Group",
        ),
        (
            "The Wagner Group fought in Mali. Russia denied any links. The group withdrew in June.",
            "withdrew",
            "agent",
            "Wagner Group",
        ),
    ],
)
def test_the_group_is_the_group_named(text: str, trigger: str, role: str, body: str) -> None:
    assert names(text, trigger, role) == [body]


# "the body" after an organisation was called a body is that organisation.


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        (
            "World Athletics, the sport's global governing body, banned transgender women from "
            "elite female competition on Thursday. The body also tightened rules on "
            "testosterone.",
            "tightened",
            "World Athletics",
        ),
        (
            "The World Health Organization, the UN's health body, declared an emergency. The "
            "body also urged countries to share data.",
            "urged",
            "World Health Organization",
        ),
    ],
)
def test_the_body_is_the_organisation_so_called(text: str, trigger: str, body: str) -> None:
    assert names(text, trigger, "agent") == [body]


def test_the_body_after_a_corpse_stays_a_corpse() -> None:
    text = (
        "Police found a badly decomposed body, wrapped in plastic, near the river. The body "
        "was taken to a mortuary in Leeds."
    )
    assert names(text, "taken", "patient") == ["body"]


# "Those arrested were taken": the participle describes the subject of the verb after.


@pytest.mark.parametrize(
    ("text", "trigger", "role", "those"),
    [
        ("Those injured were taken to hospital in Lahore.", "taken", "patient", "Those injured"),
        (
            "Those convicted were sentenced to between five and 10 years in prison.",
            "sentenced",
            "patient",
            "Those convicted",
        ),
        (
            "Those arrested were released on bail on Friday.",
            "released",
            "patient",
            "Those arrested",
        ),
        (
            "Those elected were sworn in on Monday in the capital.",
            "sworn in",
            "patient",
            "Those elected",
        ),
        (
            "Those killed were identified as two brothers aged 19 and 22.",
            "identified",
            "patient",
            "Those killed",
        ),
        (
            "Those evacuated were allowed to return home on Thursday.",
            "return",
            "agent",
            "Those evacuated",
        ),
    ],
)
def test_those_participle_then_a_verb(text: str, trigger: str, role: str, those: str) -> None:
    assert names(text, trigger, role) == [those]


@pytest.mark.parametrize(
    "text",
    [
        "Those arrested were taken to a police station in the capital.",
        "Those arrested were expected to appear in court on Monday.",
        "Most of those arrested were later released without charge.",
        "Those evacuated were allowed to return home on Thursday.",
    ],
)
def test_those_participle_no_verb_as_its_patient(text: str) -> None:
    for event in events(text):
        for p in event.participants:
            assert p.name not in ("taken", "expected", "later", "allowed")


def test_those_participle_then_names_still() -> None:
    assert names("Among those elected were Smith and Jones.", "elected", "patient") == [
        "Smith",
        "Jones",
    ]


def test_those_with_a_plural_noun_is_a_determiner() -> None:
    text = "The talks stalled in May. Officials said those talks were delayed by the strike."
    assert names(text, "delayed", "patient") == ["talks"]


# "told X Y had V-ed": Y, not X, is the subject of the reported clause.


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The official, Sarah Lyons, told the court Coyle had called her at home and asked "
            "her to look again at a bid.",
            "Coyle",
        ),
        ("The lawyer told the jury Smith had lied and asked them to acquit.", "Smith"),
    ],
)
def test_told_someone_a_name_opens_the_clause(text: str, agent: str) -> None:
    assert names(text, "asked", "agent") == [agent]


def test_told_the_jury_is_the_recipient() -> None:
    text = "The lawyer told the jury Smith had lied and asked them to acquit."
    assert names(text, "told", "recipient") == ["jury"]


def test_told_the_court_in_the_article() -> None:
    text = (
        "Richard Coyle, 58, was convicted at Manchester Crown Court on Friday.\n\n"
        "The official, Sarah Lyons, told the court Coyle had called her at home and asked "
        "her to look again at a bid."
    )
    assert names(text, "asked", "agent") == ["Richard Coyle"]


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("The unit was pulling back when it was decided to abandon the base.", "decided", "unit"),
        ("The crew was resting when it was agreed to delay the launch.", "agreed", "crew"),
    ],
)
def test_it_was_decided_to_is_empty(text: str, trigger: str, body: str) -> None:
    assert body not in [p.name for p in by_trigger(events(text), trigger).participants]


def test_it_was_forced_to_is_the_body() -> None:
    text = "A rescue team was searching the rubble when it was forced to retreat by aftershocks."
    assert names(text, "forced", "patient") == ["rescue team"]
