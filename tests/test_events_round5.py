"""The events stage on sentences written for these tests, in the genres of round 5
(evacuations, borders, outbreaks, energy, outages): verbs whose past is their base
("shut"), particles that make the event ("set up", "picked up", "claimed
responsibility"), ergative crashes and returns, places "off" a coast and "south of" a
town, "a group called X", sentence adverbs that name nobody, coordinated objects before
a recipient, modal clauses whose day later sentences do not inherit."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, roles, run
from _eventtools import span_of as _span
from newsfacts.models import Event, TimeExpression


def day(text: str, phrase: str, value: str, nth: int = 0) -> TimeExpression:
    return TimeExpression(span=_span(text, phrase, nth), text=phrase, type="date", value=value)


def triggers(events: list[Event]) -> list[str]:
    return [e.trigger for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        ("The education authority shut 120 schools in the region.", "shut", "authority", "schools"),
        ("Regulators shut three banks last year.", "shut", "Regulators", "banks"),
        ("Germany shut down its largest coal plant.", "shut down", "Germany", "coal plant"),
        ("The army set up field hospitals near the border.", "set up", "army", "hospitals"),
        ("A charity ship picked up 74 people.", "picked up", "charity ship", "people"),
        ("Helicopters winched a family from a roof.", "winched", "Helicopters", "family"),
        ("Hackers broke into the computer systems of a bank.", "broke into", "Hackers", "systems"),
        ("Strikes disrupted train services.", "disrupted", "Strikes", "train services"),
        ("Engineers fixed the fault by evening.", "fixed", "Engineers", "fault"),
        ("The coast guard stopped three boats.", "stopped", "coast guard", "boats"),
    ],
)
def test_round5_verbs_and_particles(text: str, trigger: str, agent: str, patient: str) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(agent in name and role == "agent" for name, role in found), found
    assert any(patient in name and role == "patient" for name, role in found), found


def test_particle_words_alone_are_no_events() -> None:
    assert "set" not in triggers(run("The court set a date for the trial."))
    assert "picked" not in triggers(run("Voters picked a new mayor."))
    # "claimed" alone is a claim cue ("claimed that" is a statement: round 30);
    # "claimed responsibility" is news.
    assert "claimed" not in triggers(run("It was claimed that the group had won."))
    event = by_trigger(
        run("Rebels claimed responsibility for the blast."), "claimed responsibility"
    )
    assert ("Rebels", "agent") in roles(event)


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        ("A software update crashed the booking system.", "crashed", "software update", "system"),
        ("The coast guard returned 200 people to Libya.", "returned", "coast guard", "people"),
    ],
)
def test_ergative_verbs_with_an_object(text: str, trigger: str, agent: str, patient: str) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(agent in name and role == "agent" for name, role in found), found
    assert any(patient in name and role == "patient" for name, role in found), found


def test_ergative_verbs_without_an_object() -> None:
    assert ("plane", "patient") in roles(by_trigger(run("The plane crashed."), "crashed"))
    found = roles(by_trigger(run("Thousands of residents returned home."), "returned"))
    assert any(role == "patient" for _, role in found)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("The bodies were recovered off the island of Lampedusa.", "recovered", "Lampedusa"),
        ("A ferry sank off the coast of Libya.", "sank", "Libya"),
        ("A vessel intercepted a fishing boat south of Lampedusa.", "intercepted", "Lampedusa"),
        ("Rebels attacked a convoy 30 km north of Goma.", "attacked", "Goma"),
    ],
)
def test_places_off_a_coast_and_by_compass(text: str, trigger: str, place: str) -> None:
    assert by_trigger(run(text), trigger).place == place


def test_compass_words_that_place_nothing() -> None:
    # The object names the place; the apposition only says where it lies.
    text = "Gunmen stormed Kabeya, a village north of Goma."
    assert by_trigger(run(text), "stormed").place == "Kabeya"
    # "the south of France" is a noun phrase, not "south of" a town.
    event = by_trigger(run("Storms battered the south of France."), "battered")
    assert event.place != "south of France"
    found = roles(by_trigger(run("A patrol intercepted a boat south of Malta."), "intercepted"))
    assert ("boat", "patient") in found


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "A ransomware group called Qilin claimed responsibility.",
            "claimed responsibility",
            "Qilin",
        ),
        ("A militia known as the Kivu Front attacked the town.", "attacked", "Kivu Front"),
        ("A hacker group dubbed Sandstorm stole the files.", "stole", "Sandstorm"),
    ],
)
def test_a_group_called_x_is_x(text: str, trigger: str, name: str) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(name in n and role == "agent" for n, role in found), found


@pytest.mark.parametrize("opener", ["Separately", "Meanwhile", "Elsewhere", "Earlier"])
def test_a_sentence_adverb_is_no_participant(opener: str) -> None:
    text = f"{opener}, a software update crashed the booking system, grounding 60 flights."
    found = roles(by_trigger(run(text), "grounding"))
    assert (opener, "agent") not in found
    assert any("software update" in n and role == "agent" for n, role in found), found


def test_a_name_before_an_apposition_is_still_one() -> None:
    text = "Richard Coyle, the former mayor of Ashby, was sentenced, ending a long trial."
    assert ("Richard Coyle", "patient") in roles(by_trigger(run(text), "sentenced"))


@pytest.mark.parametrize(
    "text",
    [
        "UNICEF delivered tablets and soap to 40,000 households.",
        "The agency delivered food or water to 40,000 households.",
    ],
)
def test_a_recipient_after_coordinated_objects(text: str) -> None:
    found = roles(by_trigger(run(text), "delivered"))
    assert ("households", "recipient") in found


def test_a_new_clause_after_and_keeps_no_recipient() -> None:
    text = "The charity delivered food and they drove to the border."
    assert all(role != "recipient" for _, role in roles(by_trigger(run(text), "delivered")))


def test_a_head_noun_after_a_name_at_the_start() -> None:
    found = roles(by_trigger(run("Benchmark Dutch gas futures jumped 18%."), "jumped"))
    assert any("gas futures" in n for n, _ in found), found
    found = roles(by_trigger(run("Brent crude futures fell 2%."), "fell"))
    assert any("futures" in n for n, _ in found), found


def test_a_relative_that_refers_to_the_thing_before_it() -> None:
    text = "The ship picked up 74 people from a rubber dinghy that had capsized."
    assert ("rubber dinghy", "patient") in roles(by_trigger(run(text), "capsized"))
    # "who" refers to people, not to the place or thing before it.
    text = "Police questioned a man from the village who had fled."
    assert ("man", "agent") in roles(by_trigger(run(text), "fled"))


def test_a_modal_clause_s_day_is_not_inherited() -> None:
    text = (
        "Forecasters warned that more storms would hit the coast on Wednesday. "
        "The authority shut 120 schools."
    )
    events = run(text, day(text, "Wednesday", "2026-10-14"))
    assert by_trigger(events, "shut").time is None
    text = "Storms hit the coast on Wednesday. The authority shut 120 schools."
    events = run(text, day(text, "Wednesday", "2026-10-14"))
    assert by_trigger(events, "shut").time is not None


def test_claimed_responsibility_dates_the_next_sentence() -> None:
    text = (
        "A group claimed responsibility for the attack on Tuesday. "
        "The group published a sample of the files."
    )
    events = run(text, day(text, "Tuesday", "2026-06-09"))
    time = by_trigger(events, "published").time
    assert time is not None and time.text == "Tuesday"


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Hospitals in the capital were overwhelmed.", "overwhelmed", "Hospitals"),
        ("Thousands of passengers were stranded at the airport.", "stranded", "passengers"),
        ("The fire scorched 5,000 hectares of forest.", "scorched", "hectares"),
        ("Health workers administered two million doses.", "administered", "doses"),
        ("The government capped gas prices.", "capped", "gas prices"),
        ("The utility rationed power for three days.", "rationed", "power"),
        ("The operator switched off the reactor.", "switched off", "reactor"),
        ("Hackers encrypted the servers.", "encrypted", "servers"),
        ("The company restarted the plant.", "restarted", "plant"),
        ("Engineers reconnected 5,000 homes.", "reconnected", "homes"),
    ],
)
def test_round5_genre_words(text: str, trigger: str, patient: str) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(patient in name and role == "patient" for name, role in found), found


def test_round5_genre_words_as_adjectives_are_no_events() -> None:
    assert triggers(run("He won by an overwhelming majority.")) == ["won"]
    assert "stranded" not in triggers(run("Rescuers freed a stranded whale."))
    assert "switched" not in triggers(run("The operator switched suppliers."))


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        ("Border agents turned back 300 people.", "turned back", "Border agents", "people"),
        ("Police turned away dozens of migrants.", "turned away", "Police", "migrants"),
        ("The navy pushed back a boat carrying 40 migrants.", "pushed back", "navy", "boat"),
    ],
)
def test_border_particles(text: str, trigger: str, agent: str, patient: str) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(agent in name and role == "agent" for name, role in found), found
    assert any(patient in name and role == "patient" for name, role in found), found


def test_tested_positive_is_undergone() -> None:
    found = roles(by_trigger(run("Ten patients tested positive."), "tested positive"))
    assert ("Ten patients", "patient") in found
    found = roles(by_trigger(run("The lab tested 300 samples."), "tested"))
    assert ("lab", "agent") in found and ("samples", "patient") in found


def test_aboard_ends_a_participant() -> None:
    text = "The Coast Guard detained 23 migrants aboard a small boat."
    assert ("migrants", "patient") in roles(by_trigger(run(text), "detained"))
