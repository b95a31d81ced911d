"""Events round R: participants a reader gives on plain wire sentences written for these
tests (a subject before an aside of any shape, a person described by age, participles
describing a noun, a head before "since"/"from", relative clauses that agree, that follow
a time, or that open with no pronoun)."""

from __future__ import annotations

from _eventtools import by_trigger, extract_events, roles
from newsfacts.models import Event

PUBLISHED = "2025-04-02"


def event(text: str, trigger: str) -> Event:
    return by_trigger(extract_events(text, PUBLISHED), trigger)


# -- the sentence's opening subject before an aside -------------------------------------


def test_opening_subject_before_an_aside_of_any_shape() -> None:
    for text, trigger, subject in (
        ("The storm, shortly after midnight, destroyed three houses.", "destroyed", "storm"),
        ("The fire, early on Sunday, destroyed 40 homes in the valley.", "destroyed", "fire"),
        (
            "The regulator, which oversees banks for the central bank, the ECB, fined the "
            "lender in March.",
            "fined",
            "regulator",
        ),
        (
            "Maria Lopez, finance minister for the region of Catalonia, announced a review "
            "of all contracts.",
            "announced",
            "Maria Lopez",
        ),
        (
            "The rebels, some of them as young as 14, attacked the convoy on Friday.",
            "attacked",
            "rebels",
        ),
    ):
        assert (subject, "agent") in roles(event(text, trigger)), text


def test_opening_subject_needs_a_plain_aside() -> None:
    # A verb before the first comma: the verbs are a list, sharing their subject.
    marched = event("The crowd marched, chanted slogans, blocked the road.", "blocked")
    assert ("crowd", "agent") in roles(marched)
    # A list of subjects set off by commas is no aside: nobody is read out of it.
    arrived = event("Police, soldiers and medics, arrived at the scene on Friday.", "arrived")
    assert ("Police", "agent") not in roles(arrived)
    # An opening place phrase is no subject.
    blocked = event("In the capital, Lima, protesters blocked roads.", "blocked")
    assert ("protesters", "agent") in roles(blocked)
    assert all(p.name != "capital" for p in blocked.participants)


# -- a person described by age ----------------------------------------------------------


def test_age_description_is_the_person_not_the_title_before_the_name() -> None:
    text = (
        "Former Olympic champion Maria Lopez was banned on Monday. The 31-year-old, who "
        "won silver in Paris, returned a positive test in June."
    )
    assert ("Maria Lopez", "agent") in roles(event(text, "returned"))
    assert ("Maria Lopez", "agent") in roles(event(text, "won"))
    text = (
        "Tour de France winner Ana Ruiz was suspended on Friday. The 24-year-old, who "
        "turned professional in 2020, denied wrongdoing."
    )
    assert ("Ana Ruiz", "agent") in roles(event(text, "denied"))


# -- participles that describe a noun ----------------------------------------------------


def test_participle_after_a_noun_with_a_time_is_passive() -> None:
    for text, trigger, patient in (
        (
            "The minister warned that smugglers would face prosecution under a law passed "
            "last year.",
            "passed",
            "law",
        ),
        ("He was arrested under rules adopted in 2019.", "adopted", "rules"),
    ):
        assert (patient, "patient") in roles(event(text, trigger)), text


def test_participle_after_a_verb_that_is_no_trigger() -> None:
    text = "Nearly one in five patients did not appear in the figures sent to the ministry."
    assert ("figures", "patient") in roles(event(text, "sent"))
    text = "Two names were listed in documents seized by police."
    assert ("documents", "patient") in roles(event(text, "seized"))
    # In the sentence's own subject, the participle is the verb.
    attacked = event("Troops in the region attacked on Monday.", "attacked")
    assert ("Troops", "agent") in roles(attacked)


# -- a head before "since" or "from" ------------------------------------------------------


def test_subject_head_before_since_or_from() -> None:
    for text, trigger, patient in (
        ("All of the team's results since the test are annulled.", "annulled", "results"),
        ("Her results from that date onwards have been annulled.", "annulled", "results"),
        ("His earnings since the scandal have been frozen.", "frozen", "earnings"),
    ):
        names = [p.name for p in event(text, trigger).participants if p.role == "patient"]
        assert any(patient in n for n in names), (text, names)
        assert not any(n in ("test", "scandal") or "date" in n for n in names), text


def test_since_clause_after_a_verb_keeps_its_own_subject() -> None:
    rising = event("Prices have been rising since the army seized the port.", "seized")
    assert ("army", "agent") in roles(rising)
    assert all(p.name != "Prices" for p in rising.participants)


# -- relative clauses ---------------------------------------------------------------------


def test_relative_pronoun_agrees_with_the_phrase_after_the_preposition() -> None:
    opened = event(
        "She blamed fierce competition from Tesco and Asda, which have opened 40 stores in "
        "the region.",
        "opened",
    )
    assert ("Tesco", "agent") in roles(opened)
    assert all(p.name != "fierce competition" for p in opened.participants)
    released = event(
        "He praised the spokesman for the rebels, who have released two hostages.", "released"
    )
    assert ("rebels", "agent") in roles(released)


def test_relative_pronoun_keeps_the_head_that_agrees() -> None:
    # "who has": the singular head, not the plural after "of".
    opened = event("She praised the owner of the clubs, who has opened a stadium.", "opened")
    assert all(p.name != "clubs" for p in opened.participants)


def test_relative_pronoun_after_a_time_range() -> None:
    for text, subject in (
        (
            "Farmers are still recovering from a flood between 2019 and 2021 that destroyed "
            "3,000 homes.",
            "flood",
        ),
        (
            "Herders are rebuilding after a drought from 2020 to 2023 that destroyed "
            "their pastures.",
            "drought",
        ),
    ):
        destroyed = event(text, "destroyed")
        assert (subject, "agent") in roles(destroyed), text
        assert all(p.name not in ("Farmers", "Herders") for p in destroyed.participants), text


def test_contact_relative_clause_has_the_phrase_before_as_object() -> None:
    for text, trigger, patient in (
        ("Maria Lopez was stripped of the title she won in 2019.", "won", "title"),
        ("The rebels returned the money they seized in May.", "seized", "money"),
    ):
        assert (patient, "patient") in roles(event(text, trigger)), text


def test_no_contact_object_from_an_opening_phrase() -> None:
    arrested = event("In the city they arrested two men.", "arrested")
    assert all(p.name != "city" for p in arrested.participants)
    blocked = event("After the crash they blocked the road.", "blocked")
    assert all(p.name != "crash" for p in blocked.participants)


def test_no_opening_subject_across_a_dateline_or_before_a_participle() -> None:
    text = (
        "SANTIAGO, Nov 26 - Tens of thousands of teachers went on strike across Chile on "
        "Thursday, closing more than 4,000 public schools."
    )
    closing = event(text, "closing")
    assert all(p.name != "SANTIAGO" for p in closing.participants)
    killing = event(
        "The rebels, some of them as young as 14, attacked the convoy, killing three soldiers.",
        "killing",
    )
    assert ("rebels", "agent") in roles(killing)


# -- a statement's participle after a reporting clause -----------------------------------


def test_statement_participle_after_a_postposed_reporter() -> None:
    for text, reporter in (
        (
            "Floods have destroyed 3,000 homes in the north this month, the interior ministry "
            "said on Monday, warning that more rain was expected.",
            "interior ministry",
        ),
        (
            "Wheat prices rose sharply in May, the grain board said, warning that stocks were low.",
            "grain board",
        ),
    ):
        warning = event(text, "warning")
        assert (reporter, "agent") in roles(warning), text
        assert all(p.name not in ("Floods", "Wheat prices") for p in warning.participants), text


def test_other_participle_after_a_reporter_keeps_the_clause_subject() -> None:
    killing = event("Rebels attacked the town, officials said, killing four soldiers.", "killing")
    assert ("Rebels", "agent") in roles(killing)
    assert ("officials", "agent") not in roles(killing)


# -- "so ADJECTIVE that it" -------------------------------------------------------------


def test_pronoun_after_so_adjective_that() -> None:
    for text, trigger, agent in (
        ("The smoke was so thick that it blocked out the sun.", "blocked", "smoke"),
        ("The cloud arrived in a mass so dense that it blocked out the sun.", "blocked", "mass"),
        ("The protesters were so angry that they stormed the building.", "stormed", "protesters"),
    ):
        assert (agent, "agent") in roles(event(text, trigger)), text


# -- talks over pay and pensions, after a clause --------------------------------------------


def test_talks_over_joined_nouns_after_a_subordinator() -> None:
    for text, trigger, head in (
        (
            "Nurses went on strike after talks over pay and staffing broke down on Tuesday.",
            "broke down",
            "talks",
        ),
        (
            "Teachers walked out after talks with the government over pay and workloads collapsed.",
            "collapsed",
            "talks",
        ),
        (
            "Nurses went on strike after negotiations over pay broke down on Tuesday.",
            "broke down",
            "negotiations",
        ),
    ):
        names = [p.name for p in event(text, trigger).participants]
        assert names == [head], (text, names)


def test_talks_over_joined_nouns_opening_a_clause_still_read() -> None:
    for text, trigger, head in (
        (
            "Talks with the unions over pay and pensions broke down on Friday.",
            "broke down",
            "Talks",
        ),
        ("The union said talks over pay and pensions had collapsed.", "collapsed", "talks"),
    ):
        assert (head, "patient") in roles(event(text, trigger)), text


# -- a quoted verb with its adverb ----------------------------------------------------------


def test_quoted_verb_with_an_adverb_keeps_its_subject() -> None:
    text = 'The ministry said the vessel had "illegally entered" its waters.'
    entered = event(text, "entered")
    assert ("vessel", "agent") in roles(entered)
    assert ("ministry", "agent") not in roles(entered)
    text = 'Officials said the protesters had "deliberately provoked" the police.'
    assert ("protesters", "agent") in roles(event(text, "provoked"))


# -- "it" after a subordinator ------------------------------------------------------------


def test_it_after_a_subordinator_is_the_thing_before() -> None:
    for text, trigger, thing in (
        (
            "The Greek coastguard said the vessel drifted for about ten hours before it "
            "overturned.",
            "overturned",
            "vessel",
        ),
        ("The ferry sank minutes after it left the port of Tobruk.", "left", "ferry"),
    ):
        names = [p.name for p in event(text, trigger).participants]
        assert thing in names, (text, names)
        assert "Greek coastguard" not in names, text


def test_it_after_a_subordinator_is_no_person() -> None:
    emerged = extract_events("The minister resigned after it emerged that she had lied.", PUBLISHED)
    for e in emerged:
        if e.trigger == "emerged":
            assert all(p.name != "minister" for p in e.participants)


# -- an irregular participle's aside --------------------------------------------------------


def test_subject_before_an_irregular_participle_aside() -> None:
    text = "Its findings, sent to the companies in September, identified problems on 22 routes."
    identified = event(text, "identified")
    assert ("findings", "agent") in roles(identified)
    assert ("findings", "patient") not in roles(identified)
    text = "The talks, held in Doha since Monday, produced a ceasefire."
    assert ("talks", "agent") in roles(event(text, "produced"))
    text = "The hostages, taken from a bus in May, were freed on Sunday."
    assert ("hostages", "patient") in roles(event(text, "freed"))


# -- review of rounds 40 and 41 ------------------------------------------------------------


def _time_of(text: str, trigger: str) -> str | None:
    found = event(text, trigger)
    return found.time.text if found.time is not None else None


def test_no_contact_object_from_a_time_or_before_an_intransitive_verb() -> None:
    for text, trigger, bad in (
        ("Okafor was shot on the day he returned to Lagos.", "returned", "day"),
        ("Gunmen abducted the engineer on the morning he arrived in Kaduna.", "arrived", "morning"),
        ("Police arrested the pair in the hotel they fled to on Friday.", "fled", "hotel"),
        ("Police arrested the suspect in the week he returned to Mombasa.", "returned", "week"),
        ("Officers searched the flat they moved into.", "moved", "flat"),
    ):
        assert all(p.name != bad for p in event(text, trigger).participants), text


def test_contact_object_before_a_time_phrase_still_read() -> None:
    raided = event("The soldiers searched the houses they raided in the morning.", "raided")
    assert ("houses", "patient") in roles(raided)


def test_reduced_participle_does_not_take_the_time_from_the_verb_before() -> None:
    for text, trigger, time in (
        (
            "Rescuers drilled a shaft and freed six miners trapped underground on Sunday.",
            "drilled",
            "Sunday",
        ),
        (
            "Troops raided the camp and seized weapons smuggled from Libya on Tuesday.",
            "raided",
            "Tuesday",
        ),
        (
            "Medics treated the wounded and evacuated civilians stranded in the hills on Monday.",
            "treated",
            "Monday",
        ),
    ):
        assert _time_of(text, trigger) == time, text


def test_time_of_a_clause_with_its_own_subject_is_not_the_participles() -> None:
    for text, trigger, time in (
        (
            "The court upheld the ban on Friday, stripping him of the title he won in 2024.",
            "stripping",
            "Friday",
        ),
        (
            "The panel fined the club on Monday, banning it from the league it joined in 2019.",
            "banning",
            "Monday",
        ),
    ):
        assert _time_of(text, trigger) == time, text


def test_participle_of_the_reported_clause_keeps_its_subject() -> None:
    for text, trigger, subject in (
        (
            "Protesters marched on the embassy, police said, demanding the release of the "
            "detainees.",
            "demanding",
            "Protesters",
        ),
        (
            "Doctors walked out on Monday, the ministry said, demanding safer hospitals.",
            "demanding",
            "Doctors",
        ),
    ):
        found = event(text, trigger)
        assert (subject, "agent") in roles(found), text
        assert all(p.name not in ("police", "ministry") for p in found.participants), text


def test_reporters_own_participle_after_the_reporting_clause_is_still_its() -> None:
    text = (
        "Storms cut power to 9,000 homes, the utility said on Monday, warning that outages "
        "could last days."
    )
    assert ("utility", "agent") in roles(event(text, "warning"))


def test_that_clause_with_a_verb_no_trigger_dates_nothing_before() -> None:
    for text in (
        "The minister admitted that inflation looked stubborn in October.",
        "The governor admitted that turnout seemed low in March.",
        "The minister admitted that inflation stays stubborn in October.",
    ):
        assert _time_of(text, "admitted") is None, text
    # A thing pointed at keeps the time after it ("rejected that claim by the army").
    assert _time_of("The rebels rejected that claim by the army on Monday.", "rejected") == (
        "Monday"
    )


def test_by_phrase_after_an_event_noun_is_the_nouns_doer() -> None:
    for text, verb, noun, doer in (
        (
            "Flights were cancelled due to strikes by air traffic controllers on Friday.",
            "cancelled",
            "strikes",
            "air traffic controllers",
        ),
        (
            "Trains were halted due to protests by farmers on Tuesday.",
            "halted",
            "protests",
            "farmers",
        ),
    ):
        assert (doer, "agent") not in roles(event(text, verb)), text
        assert (doer, "agent") in roles(event(text, noun)), text


def test_bare_age_after_two_people_is_not_the_first_named() -> None:
    for text, wrong in (
        (
            "Police chief Ruiz said officer Lopez was suspended. The 45-year-old was arrested "
            "on Monday.",
            "Ruiz",
        ),
        (
            "Coach Silva said striker Mensah was dropped. The 29-year-old was fined on Tuesday.",
            "Silva",
        ),
    ):
        found = event(text, "arrested" if "arrested" in text else "fined")
        assert all(p.name != wrong for p in found.participants), text


def test_name_after_a_title_led_by_a_name_is_the_person() -> None:
    for text, trigger, person in (
        (
            "Former Berlin Marathon winner Faith Cherono was banned on Friday.",
            "banned",
            "Faith Cherono",
        ),
        ("World Cup winner Ada Hegerberg was injured on Saturday.", "injured", "Ada Hegerberg"),
    ):
        assert (person, "patient") in roles(event(text, trigger)), text


def test_it_after_an_opening_report_is_the_thing_not_the_report() -> None:
    for text, trigger, thing, role in (
        (
            "Rescuers said the boat capsized near the shore. It sank within minutes.",
            "sank",
            "boat",
            "patient",
        ),
        (
            "Officials said that the tanker ran aground. It leaked oil for days.",
            "leaked",
            "tanker",
            "agent",
        ),
    ):
        found = event(text, trigger)
        assert (thing, role) in roles(found), text
        assert all("said" not in p.name for p in found.participants), text


def test_it_after_a_thing_that_reports_is_that_thing() -> None:
    sank = event("The ship reported a fire on board. It sank within hours.", "sank")
    assert ("ship", "patient") in roles(sank)
