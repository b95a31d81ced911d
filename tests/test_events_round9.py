"""The events stage, round 9 (issue #7), on sentences written for these tests: "told" is a
statement event (the lead's convention): its subject the agent, the party told the
recipient, a gathering told ("a news conference") only its occasion, with no event of
its own; not a passive without a party ("had been told to wait"), nor "can tell"; the
time and place of what is told are not the telling's. Names set beside a common noun
("the national federation, Athletics Kenya,") name the party; "X, director of the Y
Agency," is X; "One victim, a retired teacher," is the victim."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names
from newsfacts.models import Event

_events = partial(extract_events, published="2025-04-02")


def _time(event: Event) -> str | None:
    return event.time.text if event.time is not None else None


def _place(event: Event) -> str | None:
    return event.place


# -- "told" is a statement ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent", "recipient"),
    [
        ('"We will rebuild," Mayor Ines Carvalho told reporters.', "Ines Carvalho", "reporters"),
        ("Police chief Omar Nasser told AFP the suspects had fled.", "Omar Nasser", "AFP"),
        (
            "Finance Minister Lena Brandt told lawmakers on Monday that the budget was tight.",
            "Lena Brandt",
            "lawmakers",
        ),
        (
            '"It was terrifying," Tomas Reyes, a fisherman, told the BBC.',
            "Tomas Reyes",
            "BBC",
        ),
        ("The coach, Anna Berg, tells players to rest.", "Anna Berg", "players"),
    ],
)
def test_told_is_a_statement_with_agent_and_recipient(
    text: str, agent: str, recipient: str
) -> None:
    told = next(e for e in _events(text) if e.trigger in ("told", "tells"))
    assert told.type == "statement"
    assert participant_names(told, "agent") == [agent]
    assert participant_names(told, "recipient") == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        "Health Minister Ana Duarte told a news conference that cases had doubled.",
        "Colonel Rui Matos told a press conference in Faro that two men had been held.",
        "The governor told a briefing on Friday that roads would reopen.",
    ],
)
def test_a_gathering_told_is_the_occasion_not_an_event_or_a_party(text: str) -> None:
    events = _events(text)
    triggers = [e.trigger for e in events]
    assert "conference" not in triggers and "briefing" not in triggers, triggers
    told = by_trigger(events, "told")
    assert participant_names(told, "recipient") == []


@pytest.mark.parametrize(
    "text",
    [
        "Families had been told to expect delays.",
        '"What I can tell you is that the water is safe," the engineer said.',
        "Residents, told to leave, packed their cars.",
        '"Nobody will tell us anything," she said.',
        "He refused to tell reporters where he had been.",
    ],
)
def test_no_telling_without_someone_told(text: str) -> None:
    assert "told" not in [e.trigger for e in _events(text)]
    assert "tell" not in [e.trigger for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Rafferty was told of the decision at the training ground on Sunday.", "Rafferty"),
        ("The players were told about the move by the club on Friday.", "players"),
        ("Villagers were told of the evacuation by police.", "Villagers"),
    ],
)
def test_who_is_told_of_something_receives_it(text: str, recipient: str) -> None:
    told = by_trigger(_events(text), "told")
    assert recipient in participant_names(told, "recipient")
    assert participant_names(told, "patient") == []


def test_said_stays_a_claim_cue_only() -> None:
    assert _events("The minister said the plan was ready on Monday.") == []


# -- what is told is not the telling -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By Sunday evening they had rescued 14 people, Minister Jorge Salas told reporters.",
        "The hospital ran out of beds on Wednesday, a nurse told AFP.",
        "Prices rose sharply in March, the trader told Reuters.",
    ],
)
def test_a_time_of_the_reported_clause_does_not_date_the_telling(text: str) -> None:
    assert _time(by_trigger(_events(text), "told")) is None


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("On Tuesday, he told the federation that he would quit.", "Tuesday"),
        (
            "Minister Reuben Mtolo told parliament on Tuesday that the harvest had failed.",
            "Tuesday",
        ),
        ("Governor Ana Lopes told reporters in Lisbon on Friday that rates would fall.", "Friday"),
    ],
)
def test_the_tellings_own_time_dates_it(text: str, time: str) -> None:
    assert _time(by_trigger(_events(text), "told")) == time


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He told reporters the capsule would splash down in the Bay of Bengal.", None),
        ("She told AFP the convoy had been attacked near Goma.", None),
        ("Governor Ana Lopes told reporters in Lisbon that rates would fall.", "Lisbon"),
        ('"It is stable," Aslan told reporters at the safety centre in Sariyer.', "Sariyer"),
    ],
)
def test_the_place_of_what_is_told_is_not_the_tellings(text: str, place: str | None) -> None:
    assert _place(by_trigger(_events(text), "told")) == place


# -- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "On Tuesday, he told the national federation, Athletics Kenya, that he would quit.",
            "Athletics Kenya",
        ),
        ("The minister told the regulator, Ofwat, that bills would rise.", "Ofwat"),
        ("She told the broadcaster, Radio Free Europe, that she was leaving.", "Radio Free Europe"),
    ],
)
def test_a_name_beside_the_party_told_names_it(text: str, recipient: str) -> None:
    assert participant_names(by_trigger(_events(text), "told"), "recipient") == [recipient]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Assistant Commissioner David Tan, director of the Commercial Affairs Department, "
            "told reporters that the syndicate had grown.",
            "told",
            "David Tan",
        ),
        (
            "Maria Keller, director of the Oslo Institute, resigned on Friday.",
            "resigned",
            "Maria Keller",
        ),
        (
            "Jon Ekberg, head of the Nordic Shipping Council, denied the report.",
            "denied",
            "Jon Ekberg",
        ),
    ],
)
def test_a_body_named_in_an_apposition_is_not_the_subject(
    text: str, trigger: str, agent: str
) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "One victim, a 63-year-old retired teacher, told reporters she had lost money.",
            "told",
            "victim",
        ),
        ("One resident, a retired nurse, fled on Monday.", "fled", "resident"),
        ("Two officers, both veterans, denied the charges.", "denied", "officers"),
    ],
)
def test_one_of_a_group_before_an_apposition_is_the_subject(
    text: str, trigger: str, agent: str
) -> None:
    names = participant_names(by_trigger(_events(text), trigger), "agent")
    assert any(agent in n for n in names), names


# -- times of a telling and of what it tells ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Mtolo told parliament on Tuesday that the harvest had failed. The government "
            "has banned exports and bought grain from Zambia, he said.",
            "bought",
        ),
        (
            "The mayor told reporters on Monday that the dam was safe. Engineers inspected "
            "the walls.",
            "inspected",
        ),
        (
            "Ruiz told AFP on Friday that talks would resume. Negotiators met in Lima.",
            "met",
        ),
    ],
)
def test_a_later_sentence_does_not_inherit_the_time_of_a_telling(text: str, trigger: str) -> None:
    assert _time(by_trigger(_events(text), trigger)) is None


@pytest.mark.parametrize(
    "text",
    [
        '"They told us to come back next week," said Ada Obi.',
        "The ministry told residents to return next month.",
        "Officials told farmers to sell their grain next week.",
    ],
)
def test_a_time_to_come_after_to_is_what_was_told(text: str) -> None:
    assert _time(by_trigger(_events(text), "told")) is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Greco told a news conference that firefighters had carried out 400 rescues "
            "overnight. Soldiers were deployed to the region.",
            "deployed",
        ),
        ("Police had carried out raids on Monday. Two men were charged.", "charged"),
        ("Rebels had staged an attack on Friday. Troops were deployed.", "deployed"),
    ],
)
def test_a_light_verb_tells_the_tense_of_its_event_noun(text: str, trigger: str) -> None:
    assert _time(by_trigger(_events(text), trigger)) is None


def test_a_light_verb_in_the_past_still_lends_its_time() -> None:
    text = "Rebels staged an attack on Friday. Troops were deployed."
    assert _time(by_trigger(_events(text), "deployed")) == "Friday"


# -- participants -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Firefighters had carried out 400 rescues overnight.", "rescues", "Firefighters"),
        ("The army conducted more than 20 air strikes.", "strikes", "army"),
        ("Police carried out 1,200 raids last year.", "raids", "Police"),
    ],
)
def test_a_count_between_a_light_verb_and_its_noun(text: str, trigger: str, agent: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The water rose by two metres in six hours.", "rose"),
        ("The river rose by several metres overnight.", "rose"),
        ("Output fell by more than half.", "fell"),
    ],
)
def test_a_measure_after_by_is_no_agent(text: str, trigger: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == []


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Soldiers were deployed to Emilia-Romagna to reinforce sandbag walls.",
            "reinforce",
            "Soldiers",
        ),
        ("Rescue teams were sent to Piacenza to evacuate residents.", "evacuate", "Rescue teams"),
        ("The army deployed troops to Goma to secure the airport.", "secure", "troops"),
    ],
)
def test_the_purpose_of_troops_sent_somewhere_is_theirs(
    text: str, trigger: str, agent: str
) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Maria Lindqvist told reporters that the team had pushed back an engine burn.",
            "pushed back",
            "team",
        ),
        ("The minister told the court that the company had paid bribes.", "paid", "company"),
        ("Kiprop told the BBC that rebels had attacked the camp.", "attacked", "rebels"),
    ],
)
def test_that_after_the_one_told_opens_what_was_told(text: str, trigger: str, agent: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == [agent]


def test_a_time_zone_is_no_team() -> None:
    text = (
        "The probe passed the moon at 14:12 GMT. Lindqvist told reporters that the team "
        "had delayed a burn."
    )
    assert "GMT" not in participant_names(by_trigger(_events(text), "delayed"), "agent")


@pytest.mark.parametrize(
    "text",
    [
        "The probe completed the closest flyby of the moon ever carried out by a spacecraft.",
        "Rebels seized the tallest tower ever built in the city.",
        "It was the strongest storm ever recorded in the region.",
    ],
)
def test_ever_ends_a_noun_phrase_and_a_superlatives_yardstick_is_no_event(text: str) -> None:
    events = _events(text)
    assert "recorded" not in [e.trigger for e in events]
    assert "built" not in [e.trigger for e in events]
    assert not any("ever" in p.name for e in events for p in e.participants)


@pytest.mark.parametrize(
    "text",
    [
        "The probe was launched from Kourou in French Guiana in 2023. It has travelled "
        "4 billion kilometres since then.",
        "The ship sailed from Lisbon in May. It has crossed two oceans since then.",
        "Troops entered Goma in January. They have advanced 40 kilometres since then.",
    ],
)
def test_since_then_takes_no_place_from_before(text: str) -> None:
    assert _events(text)[-1].place is None


# -- triggers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The spacecraft completed a flyby of Mars on Friday.", "flyby"),
        ("The lander's touchdown on the Moon was confirmed.", "touchdown"),
        ("The capsule's splashdown in the Pacific was delayed.", "splashdown"),
        ("The crew prepared for docking with the station.", "docking"),
        ("Villagers packed a hotel ballroom in Eldoret for a farewell dinner.", "dinner"),
        ("The hard landing damaged the aircraft.", "landing"),
    ],
)
def test_spaceflight_and_gathering_nouns(text: str, trigger: str) -> None:
    assert trigger in [e.trigger for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("A European probe swept past Jupiter's moon on Saturday.", "probe", "swept"),
        ("The Tethys probe passed the moon.", "probe", "passed"),
        ("Prosecutors opened a probe into the deaths on Monday.", "probe into", "opened"),
        ("Police probed the deaths.", None, "probed"),
    ],
)
def test_a_probe_is_an_inquiry_only_into_something(
    text: str, absent: str | None, present: str
) -> None:
    triggers = [e.trigger for e in _events(text)]
    assert present in triggers
    if absent is not None:
        assert absent not in triggers


@pytest.mark.parametrize(
    "text",
    [
        "Flight director Maria Lindqvist praised the crew.",
        "Strike leader Tom Hale praised the crew.",
        "Rescue coordinator Ana Silva praised the crew.",
    ],
)
def test_an_event_word_before_a_title_is_no_event(text: str) -> None:
    assert [e.trigger for e in _events(text)] == ["praised"]


# -- what is ordered or announced keeps its own place -------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Health Minister Ruth Chirwa ordered the closure of markets in Lilongwe.", "ordered"),
        ("The UN condemned the killing of 12 civilians in Goma.", "condemned"),
        ("Police ordered the arrest of two men in Lagos.", "ordered"),
        ("The governor announced the deployment of troops near Kismayo.", "announced"),
    ],
)
def test_a_place_of_the_happening_ordered_is_not_the_orders(text: str, trigger: str) -> None:
    assert _place(by_trigger(_events(text), trigger)) is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("President Ana Torres declared a state of emergency in Ancash.", "declared", "Ancash"),
        ("Joseph Chanda told thousands of supporters at a rally in Lusaka.", "told", "Lusaka"),
        ("The minister announced the plan in Lisbon on Monday.", "announced", "Lisbon"),
    ],
)
def test_a_place_after_no_happening_still_places_the_statement(
    text: str, trigger: str, place: str
) -> None:
    assert _place(by_trigger(_events(text), trigger)) == place


# -- doers after "by" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The flooding was triggered by three days of torrential rain.",
            "triggered",
            "torrential rain",
        ),
        ("The landslide was caused by weeks of heavy rain.", "caused", "heavy rain"),
        ("The dam was damaged by the storm.", "damaged", "storm"),
    ],
)
def test_the_doer_after_by_past_a_span_of_time(text: str, trigger: str, agent: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "patient", "agent"),
    [
        (
            "The evacuation of 3,000 residents by soldiers began on Monday.",
            "evacuation",
            "residents",
            "soldiers",
        ),
        ("The arrest of the mayor by police sparked protests.", "arrest", "mayor", "police"),
        (
            "The killing of two farmers by gunmen in Kivu drew condemnation.",
            "killing",
            "farmers",
            "gunmen",
        ),
    ],
)
def test_a_nominalisation_takes_its_doer_after_what_it_took(
    text: str, trigger: str, patient: str, agent: str
) -> None:
    event = by_trigger(_events(text), trigger)
    assert participant_names(event, "patient") == [patient]
    assert participant_names(event, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Tethys probe passed the moon. Lindqvist told reporters that the team had "
            "delayed a burn.",
            "delayed",
        ),
        (
            "Vestra Labs released the drug in May. Okafor said the team had tested it for years.",
            "tested",
        ),
        (
            "The Red Cross opened a clinic in Goma. A doctor said the team had treated 40 people.",
            "treated",
        ),
    ],
)
def test_the_team_outside_sport_is_a_group_of_people(text: str, trigger: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == ["team"]


def test_the_team_in_a_sports_story_is_the_club() -> None:
    text = (
        "The Kansas City Comets won the league title on Sunday. The team agreed a new "
        "stadium deal with the city."
    )
    assert participant_names(by_trigger(_events(text), "agreed"), "agent") == ["Kansas City Comets"]
