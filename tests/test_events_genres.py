"""The events stage on sentences written for these tests, after seven further genres
(a quake, a rate decision, a bill, a sentencing, a protest, a final, job cuts): new
trigger words, adjectives and measures that are no happenings, subjects behind two
prepositional phrases, a duration, an "-ly" adverb or a relative clause, a name after a
description, a person described by age, "they" for the sentence's subject, ergative
verbs, "set fire to X", "found him guilty", gerunds; times that end a record or that a
present perfect refuses; places that are no places ("from outside X", "the X final"),
the region a quake strikes and "the Texas city of Uvalde"."""

from __future__ import annotations

import pytest

import newsfacts
from _eventtools import by_trigger, roles, run
from newsfacts.models import Event, ParticipantRole

AGENT, PATIENT = ParticipantRole.AGENT, ParticipantRole.PATIENT


def triggers(text: str) -> list[str]:
    return [e.trigger for e in run(text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The quake triggered landslides across the valley.", "triggered"),
        ("Aftershocks rattled the coast overnight.", "rattled"),
        ("Crews were clearing the road with bulldozers.", "clearing"),
        ("The bank signalled further cuts.", "signalled"),
        ("The goalkeeper saved two penalties.", "saved"),
        ("She sealed the victory with an ace.", "sealed"),
        ("Her coach hugged her after the match.", "hugged"),
        ("He broke the world record in Oslo.", "broke"),
        ("Rights groups called for an inquiry.", "called for"),
        ("The judge handed down a 10-year sentence.", "handed down"),
        ("The storm set off floods in the delta.", "set off"),
        ("The slide was cutting off villages.", "cutting off"),
        ("The protests spread to six cities.", "spread"),
        ("Lin was acquitted by the jury.", "acquitted"),
        ("A strong quake jolted the capital.", "jolted"),
        ("Police dispersed the crowd with water cannon.", "dispersed"),
        ("The two sides inked a gas deal.", "inked"),
        ("The carmaker will shed 500 jobs.", "shed"),
        ("The bank axed 300 jobs in London.", "axed"),
        ("Lawmakers overrode the veto.", "overrode"),
    ],
)
def test_new_trigger_words(text: str, trigger: str) -> None:
    assert trigger in triggers(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The message is clear: patience.", "clear"),
        ("Dozens were treated for broken bones.", "broken"),
        ("The ruling coalition expelled two lawmakers.", "ruling"),
        ("The governing party lost its majority.", "governing"),
        ("Two developers were sentenced to suspended terms.", "suspended"),
        ("Lower borrowing costs would help families.", "borrowing"),
        ("Thousands rallied outside the parliament building.", "building"),
        ("The Sejm passed the bill by 231 votes to 219.", "votes"),
        ("The report sheds light on abuses.", "sheds"),
    ],
)
def test_words_that_are_no_happening_here(text: str, word: str) -> None:
    assert word not in triggers(text)


def test_verbs_stay_verbs() -> None:
    assert "building" in triggers("Workers were building a wall around the camp.")
    assert "hit" in triggers("Rebels vowed to hit the convoy again.")
    assert "votes" in triggers("Two votes were held on Monday.")
    assert "killing" in triggers("Gunmen stormed the town, killing officials.")


@pytest.mark.parametrize(
    ("text", "trigger", "subject"),
    [
        (
            "Demonstrations against a sharp rise in fuel prices spread to six cities.",
            "spread",
            "Demonstrations",
        ),
        ("Workers at a plant in Ohio walked out on Monday.", "walked out", "Workers"),
        ("Yields on two-year government bonds dropped sharply.", "dropped", "Yields"),
        ("Prices of 10-year bonds fell.", "fell", "Prices of 10-year bonds"),
    ],
)
def test_subject_before_prepositional_phrases(text: str, trigger: str, subject: str) -> None:
    assert by_trigger(run(text), trigger).participants[0].name == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Yields on two-year government bonds dropped 9 basis points.", "Yields"),
        ("Sales of three-year contracts dropped in May.", "Sales of three-year contracts"),
    ],
)
def test_a_duration_inside_the_subject(text: str, subject: str) -> None:
    events = newsfacts.extract(text, published="2026-03-02").events
    assert by_trigger(list(events), "dropped").participants[0].name == subject


def test_a_second_phrase_is_not_stepped_over_from_a_name_or_a_count() -> None:
    event = by_trigger(
        run("A team led by Farida Akter from the University of Dhaka surveyed the damage."),
        "surveyed",
    )
    assert "Farida Akter" in event.participants[0].name


@pytest.mark.parametrize(
    "text",
    [
        "Two developers who paid the bribes pleaded guilty.",
        "Two developers who paid bribes later pleaded guilty.",
        "The two developers who had paid the bribes pleaded guilty.",
    ],
)
def test_subject_before_a_relative_clause_with_an_event_verb(text: str) -> None:
    names = [p.name for p in by_trigger(run(text), "pleaded").participants if p.role is AGENT]
    assert [n.split()[-1] for n in names] == ["developers"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Her coach, former Wimbledon champion Conchita Martinez, hugged her.",
            "Conchita Martinez",
        ),
        ("The club's owner, businessman Peter Lim, sacked the manager.", "Peter Lim"),
        ("The ship's captain, a veteran sailor Tomas Berg, fled the scene.", "Tomas Berg"),
    ],
)
def test_name_after_a_description_between_commas(text: str, name: str) -> None:
    events = run(text)
    assert any((name, AGENT) in roles(e) for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "subject"),
    [
        ("Public transport was largely halted.", "halted", "Public transport"),
        ("Schools in several districts closed early.", "closed", "Schools"),
        ("The airport closed on Monday.", "closed", "airport"),
        ("The museum reopened after a year.", "reopened", "museum"),
    ],
)
def test_subject_undergoes_an_ergative_verb_or_a_passive(
    text: str, trigger: str, subject: str
) -> None:
    assert (subject, PATIENT) in {
        (p.name.removeprefix("The "), p.role) for p in by_trigger(run(text), trigger).participants
    }


def test_ergative_verb_with_an_object_has_an_agent() -> None:
    event = by_trigger(run("The city closed the schools."), "closed")
    assert ("city", AGENT) in roles(event) and ("schools", PATIENT) in roles(event)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Protesters set fire to a police post.", "set fire", "police post"),
        ("Troops opened fire on the crowd.", "opened fire", "crowd"),
        ("Rioters set fire to the town hall.", "set fire", "town hall"),
    ],
)
def test_what_the_fire_is_aimed_at(text: str, trigger: str, target: str) -> None:
    assert (target, PATIENT) in roles(by_trigger(run(text), trigger))


def _places(text: str) -> dict[str, str | None]:
    facts = newsfacts.extract(text, published="2026-03-02")
    return {e.trigger: e.place for e in facts.events}


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("LIMA, Peru (AP) — An earthquake struck the Ancash region on Sunday.", "struck", "Ancash"),
        (
            "QUITO, Ecuador (AP) — A strong quake struck the Manabi province on Sunday, killing "
            "nine people.",
            "killing",
            "Manabi",
        ),
        (
            "MELBOURNE (Reuters) - Mirra Andreeva won the title on Saturday, beating Aryna "
            "Sabalenka in the Australian Open final.",
            "beating",
            "MELBOURNE",
        ),
        (
            "WARSAW (AP) — Lawmakers approved a bill on Thursday that bars companies from outside "
            "the European Economic Area from owning broadcasters.",
            "approved",
            "WARSAW",
        ),
    ],
)
def test_places(text: str, trigger: str, place: str) -> None:
    got = _places(text)[trigger]
    assert got is not None and got.lower() == place.lower()


def test_a_lead_struck_elsewhere_keeps_the_dateline_from_later_paragraphs() -> None:
    text = (
        "LIMA, Peru (AP) — An earthquake struck the Ancash region on Sunday.\n\n"
        "Neighboring Ecuador sent two helicopters."
    )
    assert _places(text)["sent"] is None


def _extract(text: str) -> list[Event]:
    return list(newsfacts.extract(text, published="2026-03-05").events)


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Andreeva won on Saturday, beating Sabalenka to become the youngest champion since "
            "1997.",
            "beating",
            "Saturday",
        ),
        ("The dollar fell on Tuesday to its weakest level since March.", "fell", "Tuesday"),
        ("Ortiz scored on Sunday, his first goal since 2019.", "scored", "Sunday"),
    ],
)
def test_a_record_since_a_time_dates_nothing(text: str, trigger: str, time: str) -> None:
    event = by_trigger(_extract(text), trigger)
    assert event.time is not None and event.time.text == time


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("At least 20 people have been killed since January.", "killed", "January"),
        ("Most of the residents have fled since March.", "fled", "March"),
        ("The army has arrested at least 40 protesters since Monday.", "arrested", "Monday"),
    ],
)
def test_a_count_before_since_is_no_record(text: str, trigger: str, time: str) -> None:
    # "at least", "most of": no superlative of a record, so the time still dates the event.
    event = by_trigger(_extract(text), trigger)
    assert event.time is not None and time in event.time.text


def test_the_first_time_since_is_a_record() -> None:
    event = by_trigger(_extract("Rates rose on Wednesday for the first time since 2022."), "rose")
    assert event.time is not None and event.time.text == "Wednesday"


def test_a_happening_since_a_time_is_still_dated() -> None:
    event = by_trigger(_extract("The protest since May has drawn thousands."), "protest")
    assert event.time is not None and "May" in event.time.text


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("The dollar fell 0.6%.", "fell", "dollar"),
        ("The euro gained against the yen.", "gained", "euro"),
    ],
)
def test_a_currency_with_the_is_a_participant(text: str, trigger: str, name: str) -> None:
    assert (name, PATIENT) in roles(by_trigger(_extract(text), trigger))


def test_a_measure_is_no_participant() -> None:
    assert roles(by_trigger(_extract("Prices rose 5 percent."), "rose")) == {("Prices", PATIENT)}


@pytest.mark.parametrize(
    "text",
    [
        "Voters were angry. Two developers pleaded guilty after they testified against Amos.",
        "Voters were angry. The developers were sentenced after they testified in court.",
    ],
)
def test_they_is_the_sentences_plural_subject(text: str) -> None:
    names = [p.name for p in by_trigger(_extract(text), "testified").participants]
    assert names and names[0].endswith("developers")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Geoffrey Amos sat in court. A jury found him guilty of fraud.", "found him guilty"),
        ("Geoffrey Amos lost his bout. The champion knocked him out.", "knocked him out"),
    ],
)
def test_particle_after_an_object_pronoun(text: str, trigger: str) -> None:
    event = by_trigger(_extract(text), trigger)
    assert ("Geoffrey Amos", PATIENT) in roles(event)


def test_found_guilty_in_the_passive() -> None:
    assert ("Lin", PATIENT) in roles(by_trigger(_extract("Lin was found guilty."), "found guilty"))


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Richard Coyle was sentenced on Monday for taking bribes.",
            "taking bribes",
            "Richard Coyle",
        ),
        ("Peter Smith was arrested for stealing cars.", "stealing", "Peter Smith"),
    ],
)
def test_gerund_after_a_passive_is_done_by_its_patient(text: str, trigger: str, agent: str) -> None:
    assert (agent, AGENT) in roles(by_trigger(_extract(text), trigger))


def test_gerund_after_of_takes_no_phrase_before_it() -> None:
    text = "The court heard the case. A jury found the mayor guilty of taking bribes."
    event = by_trigger(_extract(text), "taking bribes")
    assert all("guilty" not in p.name for p in event.participants)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of a village battered by storms last winter have called on the council to act.",
        "Families displaced by floods last year have urged the council to act.",
        "Farmers hit by drought yesterday have appealed for aid.",
    ],
)
def test_a_present_perfect_takes_no_definite_past_time_before_it(text: str) -> None:
    events = _extract(text)
    main = [e for e in events if e.trigger in ("called on", "urged", "appealed")]
    assert main and main[0].time is None


def test_a_simple_past_keeps_it() -> None:
    event = by_trigger(_extract("Last week, the council urged residents to leave."), "urged")
    assert event.time is not None and event.time.text.lower() == "last week"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bank lowered rates on Wednesday, its third cut this year.", "cut"),
        ("Prices rose for a fourth straight month; it was the fifth cut in a row.", "cut"),
    ],
)
def test_a_verb_only_word_after_an_ordinal_is_no_verb(text: str, word: str) -> None:
    events = run(text)
    assert all(e.trigger != word or e.participants == () for e in events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The bank lowered rates on Wednesday, its third cut this year, and signalled more.",
            "signalled",
        ),
        (
            "The army shelled the town on Monday, the heaviest attack this month, and warned "
            "residents.",
            "warned",
        ),
    ],
)
def test_a_verb_shares_the_time_of_the_verb_not_of_a_noun_between(text: str, trigger: str) -> None:
    event = by_trigger(_extract(text), trigger)
    assert event.time is not None and event.time.text in ("Wednesday", "Monday")


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "Mirra Andreeva won the title, beating Aryna Sabalenka. The 19-year-old Russian "
            "saved two break points.",
            "saved",
            "Mirra Andreeva",
        ),
        (
            "Maria Keller led the march past police lines. The 61-year-old activist urged "
            "supporters to stay calm.",
            "urged",
            "Maria Keller",
        ),
    ],
)
def test_a_person_described_by_age_is_the_last_sentences_first_person(
    text: str, trigger: str, name: str
) -> None:
    assert (name, AGENT) in roles(by_trigger(_extract(text), trigger))


def test_a_description_by_age_looks_back_two_sentences_at_most() -> None:
    text = (
        "Maria Keller spoke first. The crowd cheered. Rain fell. The 61-year-old German urged calm."
    )
    assert ("Maria Keller", AGENT) not in roles(by_trigger(_extract(text), "urged"))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Retail sales fell 0.8% in August.", "sales"),
        ("Car sales rose for a third month.", "sales"),
    ],
)
def test_an_economic_measure_that_moves_is_no_happening(text: str, noun: str) -> None:
    assert noun not in triggers(text)


def test_other_nouns_before_a_rise_stay() -> None:
    assert "storms" in triggers("The toll from this week's storms rose to 64.")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The slump wiped 2 billion euros off its value.", "wiped"),
        ("The carmaker recalled 40,000 vehicles.", "recalled"),
    ],
)
def test_more_market_words(text: str, trigger: str) -> None:
    assert trigger in triggers(text)


def test_a_conference_call_is_no_conference() -> None:
    assert "conference" not in triggers("Bruch told analysts on a conference call that it hurt.")


@pytest.mark.parametrize(
    ("text", "trigger", "thing"),
    [
        ("Berlin approved a 7.5 billion euro loan guarantee.", "approved", "loan guarantee"),
        ("The fund paid a 200 million dollar settlement.", "paid", "settlement"),
    ],
)
def test_a_thing_measured_in_a_currency(text: str, trigger: str, thing: str) -> None:
    names = [p.name for p in by_trigger(_extract(text), trigger).participants]
    assert any(thing in name for name in names)


def test_an_indefinite_group_is_someone_new() -> None:
    text = (
        "Shares in the group fell. Siemens Energy sold its Indian unit to a group of "
        "investors for 2.1 billion euros."
    )
    recipients = [
        p.name for p in by_trigger(_extract(text), "sold").participants if p.role == "recipient"
    ]
    assert recipients and "investors" in recipients[0]


def test_an_indefinite_apposition_is_still_the_person() -> None:
    text = "Dozens fled, said Marie Kasongo, a nurse who escaped with her children."
    assert ("Marie Kasongo", AGENT) in roles(by_trigger(_extract(text), "escaped"))


def test_a_background_time_shared_back_takes_the_dateline_away() -> None:
    text = (
        "MUNICH (Reuters) - Siemens Energy cut jobs on Thursday.\n\n"
        "The company recalled hundreds of turbines and suspended sales in June."
    )
    events = list(newsfacts.extract(text, published="2024-11-14").events)
    recalled = by_trigger(events, "recalled")
    assert recalled.time is not None and recalled.place is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Gunmen attacked a school in the Texas city of Uvalde.", "attacked", "Uvalde"),
        # (a nationality adjective is no name: "the Kenyan capital", see
        # test_events_round7.py)
        ("Police clashed with protesters in the Tigray capital.", "clashed", "Tigray"),
        ("A tunnel collapsed in the Arequipa region of Peru.", "collapsed", "Arequipa"),
        (
            "Drones attacked a depot in the Russian port of Novorossiysk.",
            "attacked",
            "Novorossiysk",
        ),
    ],
)
def test_a_name_before_a_place_head_stays_a_place(text: str, trigger: str, place: str) -> None:
    got = by_trigger(_extract(text), trigger).place
    assert got is not None and place in got
