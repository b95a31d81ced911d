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
    rushed = extract_events("Police, soldiers and medics, rushed to the scene.", PUBLISHED)
    assert all(("Police", "agent") not in roles(e) for e in rushed)
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
