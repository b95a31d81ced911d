"""The events stage, round 7 (issue #7), on sentences written for these tests from the
error categories of the second blind set: a coordinated subject headed by a count keeps
its counted people; people known by the body they are from ("analysts at DNB Carnegie")
are named with it, and that body is no place; phrasal verbs are one trigger and what
breaks down undergoes it; a nationality adjective is no place; a time that dates a
reporting verb, a forecast's year, a baseline ("from a year earlier") or a noun ("a
third-quarter loss") dates no other event, and a later time closing a shared subject
dates only the verbs of that subject; triggers that were missed ("killed" after a year,
"reported 14 deaths", "kept rates at 5.25%", "queued", "sought"); and arguments read
through amounts, "on"/"from"/"against", relative "that", "as much as" and "where"."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names
from newsfacts.models import Event

_events = partial(extract_events, published="2024-09-05")


def _has(event: Event, role: str, name: str) -> bool:
    """Whether a participant of ``role`` names ``name`` (one containing the other)."""
    wanted = name.lower()
    return any(
        wanted in got.lower() or got.lower() in wanted for got in participant_names(event, role)
    )


def _time(event: Event) -> str | None:
    return event.time.text if event.time is not None else None


# -- subjects -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "counted"),
    [
        (
            "Hundreds of bus drivers and their supporters marched through the city on Monday.",
            "marched",
            "agent",
            "bus drivers",
        ),
        (
            "Dozens of nurses and their families gathered outside the hospital.",
            "gathered",
            "agent",
            "nurses",
        ),
        (
            "More than 2,000 soldiers and police officers were deployed overnight.",
            "deployed",
            "patient",
            "soldiers",
        ),
        ("Thousands of farmers and their relatives fled the floods.", "fled", "agent", "farmers"),
        ("About 300 workers and their families were evacuated.", "evacuated", "patient", "workers"),
    ],
)
def test_a_counted_subject_keeps_its_first_conjunct(
    text: str, trigger: str, role: str, counted: str
) -> None:
    assert _has(by_trigger(_events(text), trigger), role, counted)


def test_a_coordination_after_a_verb_is_no_subject() -> None:
    fled = by_trigger(_events("Rebels attacked the village and soldiers fled."), "fled")
    assert participant_names(fled, "agent") == ["soldiers"]


def test_a_said_subject_keeps_both_conjuncts() -> None:
    arrested = by_trigger(_events("Police said the man and his son were arrested."), "arrested")
    assert _has(arrested, "patient", "man") and _has(arrested, "patient", "son")


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("Analysts at DNB Carnegie cut their rating on the stock to hold.", "cut", "DNB Carnegie"),
        (
            "Campaigners from the Clean Rivers Trust welcomed the vote.",
            "welcomed",
            "Clean Rivers Trust",
        ),
        ("Economists at Nordea lowered their forecast for growth.", "lowered", "Nordea"),
        (
            "Researchers at the University of Malawi sequenced samples from patients.",
            "sequenced",
            "University of Malawi",
        ),
    ],
)
def test_people_at_a_body_are_named_with_it(text: str, trigger: str, body: str) -> None:
    event = by_trigger(_events(text), trigger)
    agent = participant_names(event, "agent")
    assert agent and body in agent[0]
    # Who they are is not where it happened.
    assert event.place is None


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Workers at the port walked out on Friday.", "walked out", "Workers"),
        ("Mediators from Egypt and Qatar hope to announce a truce.", "announce", "Mediators"),
        ("Doctors at Landshut hospital treated 12 people.", "treated", "Doctors"),
    ],
)
def test_people_at_a_place_keep_their_own_name(text: str, trigger: str, agent: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Foreign ministers from the four countries of the lower Mekong basin agreed on "
            "Thursday to share data.",
            "agreed",
            "Foreign ministers",
        ),
        (
            "Delegates from the six member states of the regional trade bloc met on Monday.",
            "met",
            "Delegates",
        ),
        (
            "Envoys from the three largest economies of the southern African region arrived "
            "on Sunday.",
            "arrived",
            "Envoys",
        ),
    ],
)
def test_a_long_phrase_after_a_preposition_hangs_on_the_subject(
    text: str, trigger: str, agent: str
) -> None:
    event = by_trigger(_events(text), trigger)
    assert participant_names(event, "agent") == [agent]
    assert not participant_names(event, "patient")  # no reduced passive for an intransitive verb


@pytest.mark.parametrize(
    ("text", "trigger", "head"),
    [
        (
            "Operational earnings before interest and tax fell 38% to 1.46 billion kroner.",
            "fell",
            "Operational earnings",
        ),
        ("Exports of oil and gas fell 5% in March.", "fell", "Exports"),
        ("Demand for copper and nickel rose in March.", "rose", "Demand"),
    ],
)
def test_a_coordination_inside_a_prepositional_phrase_keeps_the_head(
    text: str, trigger: str, head: str
) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "patient")[0].startswith(head)


# -- phrasal verbs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        (
            "Drivers walked out after talks at the conciliation service broke down on Friday.",
            "broke down",
            "patient",
            "talks",
        ),
        ("Fighting broke out in the north on Sunday.", "broke out", None, None),
        ("Laos signed up to the data sharing on Thursday.", "signed up", "agent", "Laos"),
        ("Investors pulled out of the deal in May.", "pulled out", "agent", "Investors"),
        ("The union backed down on Tuesday.", "backed down", "agent", "union"),
    ],
)
def test_a_phrasal_verb_is_one_trigger(
    text: str, trigger: str, role: str | None, name: str | None
) -> None:
    event = by_trigger(_events(text), trigger)
    if role is not None:
        assert name in participant_names(event, role)


def test_a_verb_without_its_particle_keeps_its_own_reading() -> None:
    events = _events("Thieves broke into a museum. He broke the record.")
    assert [e.trigger for e in events] == ["broke into", "broke"]


@pytest.mark.parametrize(
    ("text", "trigger", "head", "sides"),
    [
        (
            "Talks between the RMT union and train operators collapsed on Monday evening.",
            "collapsed",
            "Talks",
            ("RMT union", "train operators"),
        ),
        (
            "Negotiations between the union and the airline broke down late on Tuesday.",
            "broke down",
            "Negotiations",
            ("union", "airline"),
        ),
        (
            "Talks between the ministry and the seafood industry will resume next week.",
            "resume",
            "Talks",
            ("ministry", "seafood industry"),
        ),
    ],
)
def test_talks_between_two_sides_undergo_the_breakdown(
    text: str, trigger: str, head: str, sides: tuple[str, str]
) -> None:
    event = by_trigger(_events(text), trigger)
    assert participant_names(event, "patient") == [head]
    assert set(sides) <= set(participant_names(event, "other"))


# -- places -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The two-day meeting in the Vietnamese capital ended on Friday.", "meeting"),
        ("Police clashed with protesters in the Kenyan capital.", "clashed"),
        ("Farmers protested in the French capital on Monday.", "protested"),
    ],
)
def test_a_nationality_adjective_is_no_place(text: str, trigger: str) -> None:
    assert by_trigger(_events(text), trigger).place is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "The bill now goes to the House of Lords, where peers will debate it next month.",
            "debate",
            "House of Lords",
        ),
        ("Survivors were taken to Goma, where doctors treated them.", "treated", "Goma"),
        ("The team flew to Lisbon, where it signed the contract on Monday.", "signed", "Lisbon"),
    ],
)
def test_where_after_a_place_places_its_clause(text: str, trigger: str, place: str) -> None:
    assert by_trigger(_events(text), trigger).place == place


def test_where_with_its_own_place_keeps_it() -> None:
    text = "The protests have spread to Belgium, where farmers blocked roads near Antwerp."
    assert by_trigger(_events(text), "blocked").place == "Antwerp"


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell as much as 14% in Oslo, the most since March 2020.",
        "Shares fell as many as 9 points in Oslo on Monday.",
        "The stock dropped as low as 40 kroner in Oslo.",
    ],
)
def test_as_much_as_is_no_clause_edge(text: str) -> None:
    assert _events(text)[0].place == "Oslo"


def test_the_cause_told_after_a_market_move_is_not_placed_by_it() -> None:
    text = "Shares fell as much as 14% in Oslo after the farmer cut its harvest forecast."
    events = _events(text)
    assert by_trigger(events, "fell").place == "Oslo"
    assert by_trigger(events, "cut").place is None


# -- times --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "The finance ministry said on Tuesday it planned to sell bonds in October.",
            "sell",
            "October",
        ),
        ("The ministry said on Tuesday it had sold bonds.", "sold", None),
        ("Police said on Monday they had arrested two men.", "arrested", None),
        ("The regulator told reporters on Thursday it had opened an inquiry.", "opened", None),
    ],
)
def test_a_reporting_verb_dates_nothing_it_reports(
    text: str, trigger: str, time: str | None
) -> None:
    assert _time(by_trigger(_events(text), trigger)) == time


@pytest.mark.parametrize(
    "text",
    [
        "Costs had risen to 78 kroner a kilogram, up about 9% from a year earlier.",
        "Sales rose 5% compared with last year.",
        "Average hourly pay rose 0.1% from January.",
    ],
)
def test_a_baseline_time_dates_no_change(text: str) -> None:
    assert _time(_events(text)[0]) is None


def test_the_time_after_a_baseline_still_dates_a_later_verb() -> None:
    text = (
        "Costs had risen to 78 kroner, up about 9% from a year earlier, and the company "
        "would spend 600 million kroner on new vessels."
    )
    assert _time(by_trigger(_events(text), "spend")) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "The finance ministry cut its growth forecast for this year to 2.1% from 2.5% last "
            "month.",
            "cut",
            "last month",
        ),
        (
            "The government this week raised its growth forecast for 2024 to 0.3%.",
            "raised",
            "this week",
        ),
        ("The bank cut its inflation target for 2025 on Thursday.", "cut", "Thursday"),
        ("The farmer cut its harvest forecast for 2026.", "cut", "2026"),
    ],
)
def test_a_forecast_year_dates_a_move_only_without_another_time(
    text: str, trigger: str, time: str
) -> None:
    assert _time(by_trigger(_events(text), trigger)) == time


def test_a_forecast_year_dates_no_other_verb() -> None:
    text = (
        "Shares in the company fell as much as 14% in Oslo after the salmon farmer "
        "reported a drop in profit and cut its harvest forecast for 2026."
    )
    assert _time(by_trigger(_events(text), "fell")) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("The company posted a third-quarter loss on Tuesday.", "posted", "Tuesday"),
        ("The salmon farmer reported a sharp drop in first-quarter profit.", "reported", None),
        ("The carmaker announced a second-half recovery plan.", "announced", None),
    ],
)
def test_a_period_before_a_noun_dates_the_noun_not_the_verb(
    text: str, trigger: str, time: str | None
) -> None:
    assert _time(by_trigger(_events(text), trigger)) == time


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Prime Minister Rajendra Bista flew to the region on Thursday afternoon. The "
            "office said the government would release 10 million rupees in relief.",
            "release",
        ),
        (
            "The minister visited the camp on Monday. He said the army would deploy more "
            "troops to the area.",
            "deploy",
        ),
        (
            "Rescuers reached the village on Sunday. Officials said they would rebuild the school.",
            "rebuild",
        ),
    ],
)
def test_what_is_still_to_come_inherits_no_earlier_time(text: str, trigger: str) -> None:
    assert by_trigger(_events(text), trigger).time is None


def test_a_closing_time_dates_the_verbs_of_its_own_subject() -> None:
    text = (
        "The plane entered a stall after ice accumulated on its wings, and struck a "
        "hillside on Oct. 18."
    )
    events = _events(text, published="2024-11-24")
    assert _time(by_trigger(events, "entered")) == "Oct. 18"


# -- triggers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("A magnitude 7.8 earthquake in 2015 killed nearly 9,000 people.", "people"),
        ("A cyclone in 1991 killed about 138,000 people.", "people"),
        ("The famine in 1984 killed hundreds of thousands of people.", "people"),
    ],
)
def test_a_year_before_a_verb_is_no_determiner(text: str, patient: str) -> None:
    killed = by_trigger(_events(text, published="2025-01-01"), "killed")
    assert _has(killed, "patient", patient)


@pytest.mark.parametrize(
    ("text", "agent", "patient"),
    [
        (
            "The health ministry reported 14 deaths over the past 24 hours.",
            "health ministry",
            "deaths",
        ),
        ("The salmon farmer reported a sharp drop in profit.", "salmon farmer", "drop"),
        ("Innopac reported a fourth-quarter loss.", "Innopac", "loss"),
    ],
)
def test_reported_with_an_object_is_an_event(text: str, agent: str, patient: str) -> None:
    reported = by_trigger(_events(text), "reported")
    assert _has(reported, "agent", agent) and _has(reported, "patient", patient)


@pytest.mark.parametrize(
    "text",
    [
        "Independent monitors reported long queues in urban areas.",
        "He said no deaths had been reported.",
    ],
)
def test_reported_without_an_object_is_a_cue(text: str) -> None:
    assert all(e.trigger != "reported" for e in _events(text))


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        (
            "The Bank of England kept interest rates at 5.25% on Thursday.",
            "kept",
            "Bank of England",
            "interest rates",
        ),
        (
            "Fjordlaks kept its quarterly dividend at 2.50 kroner a share.",
            "kept",
            "Fjordlaks",
            "quarterly dividend",
        ),
        ("The central bank held its key rate unchanged.", "held", "central bank", "key rate"),
    ],
)
def test_holding_a_level_is_an_event(text: str, trigger: str, agent: str, patient: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert participant_names(event, "agent") == [agent]
    assert participant_names(event, "patient") == [patient]


@pytest.mark.parametrize(
    "text", ["She kept a low profile.", "The two sides held talks in Cairo on Monday."]
)
def test_keeping_without_a_level_is_no_event(text: str) -> None:
    assert all(e.trigger not in ("kept", "held") for e in _events(text))


def test_people_who_queued_did_something() -> None:
    text = "Commuters queued in the rain for the handful of services still running."
    assert participant_names(by_trigger(_events(text), "queued"), "agent") == ["Commuters"]


def test_a_ship_queue_is_no_event() -> None:
    assert all("queue" not in e.trigger for e in _events("Ship queues could cost shippers."))


@pytest.mark.parametrize(
    ("text", "trigger", "other"),
    [
        (
            "Hanoi would also seek $1.2 billion from the Asian Development Bank.",
            "seek",
            "Asian Development Bank",
        ),
        ("The company sought a loan from the World Bank last year.", "sought", "World Bank"),
    ],
)
def test_seeking_money_names_whom_from(text: str, trigger: str, other: str) -> None:
    assert other in participant_names(by_trigger(_events(text), trigger), "other")


def test_seeking_an_event_is_that_event() -> None:
    events = _events("Unions said they would seek talks with the company.")
    assert [e.trigger for e in events] == ["talks"]


@pytest.mark.parametrize(
    ("text", "trigger", "recipient", "patient"),
    [
        ("Both her sons had been prescribed glasses last year.", "prescribed", "sons", "glasses"),
        ("Workers were offered a 3% pay rise.", "offered", "Workers", "pay rise"),
        ("The two men were granted asylum in Germany.", "granted", "men", "asylum"),
    ],
)
def test_a_passive_giving_verb_has_a_recipient_subject(
    text: str, trigger: str, recipient: str, patient: str
) -> None:
    event = by_trigger(_events(text), trigger)
    assert _has(event, "recipient", recipient) and _has(event, "patient", patient)


# -- objects and other parties -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "The ministry planned to sell up to $2.5 billion of dollar bonds in October.",
            "sell",
            "bonds",
        ),
        ("The company bought 40% of the shares.", "bought", "shares"),
        ("The firm sold 2 million barrels of oil to India.", "sold", "barrels of oil"),
    ],
)
def test_an_amount_of_something_is_that_thing(text: str, trigger: str, patient: str) -> None:
    assert _has(by_trigger(_events(text), trigger), "patient", patient)


@pytest.mark.parametrize(
    ("text", "trigger", "other"),
    [
        (
            "The company would spend 600 million kroner on new lice-treatment vessels.",
            "spend",
            "lice-treatment vessels",
        ),
        ("PhotoStream had spent more than $5 billion on safety last year.", "spent", "safety"),
        ("The club invested part of the money in its academy.", "invested", "academy"),
    ],
)
def test_what_money_is_spent_on(text: str, trigger: str, other: str) -> None:
    assert other in participant_names(by_trigger(_events(text), trigger), "other")


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "The industry has been squeezed by a 25% resource-rent tax on aquaculture that "
            "Norway introduced in 2023.",
            "introduced",
            "tax",
        ),
        ("They rejected the plan that the council approved on Monday.", "approved", "plan"),
        (
            "It was a presidential election that observers described as calm.",
            "described",
            "election",
        ),
    ],
)
def test_the_antecedent_of_relative_that_is_the_object(
    text: str, trigger: str, patient: str
) -> None:
    assert _has(by_trigger(_events(text), trigger), "patient", patient)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("His lawyer said outside the court that his client would appeal.", "appeal"),
        ("The ministry said in a statement that the suspects had agreed.", "agreed"),
    ],
)
def test_that_after_a_reporting_verb_opens_what_was_said(text: str, trigger: str) -> None:
    assert not participant_names(by_trigger(_events(text), trigger), "patient")


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("Twenty-three Labour MPs voted against the government.", "government"),
        ("France will vote against the deal.", "deal"),
    ],
)
def test_a_vote_against_something_is_done_to_it(text: str, patient: str) -> None:
    assert patient in participant_names(
        by_trigger(_events(text), "vote" if "vote " in text else "voted"), "patient"
    )


@pytest.mark.parametrize(
    ("text", "patient", "agent"),
    [
        ("The amendment bill passed its third reading on Tuesday night.", "amendment bill", None),
        ("The Sejm passed the measure by 231 votes to 219.", "measure", "Sejm"),
        ("The plan passed with the votes of his group.", "plan", None),
    ],
)
def test_a_bill_passing_a_stage_undergoes_it(text: str, patient: str, agent: str | None) -> None:
    passed = by_trigger(_events(text), "passed")
    assert participant_names(passed, "patient") == [patient]
    assert participant_names(passed, "agent") == ([agent] if agent else [])


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        # "recover" is ergative now (round 15): "expected exports to recover" makes the
        # exports its patient, tested in test_events_round15.py.
        (
            "The office said it expected the rebels to withdraw in the second half.",
            "withdraw",
            "rebels",
        ),
        ("The union urged members to strike on Monday.", "strike", "members"),
        ("The ministry wanted farmers to return to their land.", "return", "farmers"),
    ],
)
def test_a_controlling_verb_is_no_part_of_its_object(text: str, trigger: str, agent: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Lawmakers voted against the proposal late on Thursday.", "voted", "proposal"),
        ("The bank cut its key rate early on Monday.", "cut", "key rate"),
        ("Police arrested the suspect late last night.", "arrested", "suspect"),
    ],
)
def test_late_before_a_time_ends_the_object(text: str, trigger: str, patient: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "patient") == [patient]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("EU member states agreed on Monday to extend the sanctions.", "EU member"),
        ("Delegates from the member states of the trade bloc met in Lusaka.", "Delegates"),
    ],
)
def test_member_states_is_a_noun(text: str, agent: str) -> None:
    event = _events(text)[0]
    assert participant_names(event, "agent") and participant_names(event, "agent")[0].startswith(
        agent
    )


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Two men were arrested after a scuffle near the bus station at about 11.15am.",
            "arrested",
            "11.15am",
        ),
        (
            "Residents were evacuated after an explosion on Monday night.",
            "evacuated",
            "Monday night",
        ),
        ("The company collapsed after a failed merger in 2019.", "collapsed", None),
        (
            "Council members who voted against the plan said the city would pay to run the "
            "shelters after this year.",
            "voted",
            None,
        ),
    ],
)
def test_a_time_of_day_after_after_dates_the_verb_before(
    text: str, trigger: str, time: str | None
) -> None:
    assert _time(by_trigger(_events(text), trigger)) == time


def test_a_cause_and_the_verbs_sharing_its_subject_are_not_placed_by_the_move() -> None:
    text = (
        "Shares of Fjordlaks fell as much as 14% in Oslo after the salmon farmer reported "
        "a sharp drop in profit and cut its harvest forecast for 2026."
    )
    events = _events(text, published="2024-05-16")
    assert by_trigger(events, "fell").place == "Oslo"
    assert by_trigger(events, "reported").place is None
    assert by_trigger(events, "cut").place is None
    # The forecast's year is the cut's at most, not the report's.
    assert by_trigger(events, "reported").time is None
