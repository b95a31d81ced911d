"""The events stage, round 14 (issue #7), on sentences written for these tests: names
after a dotted abbreviation ("U.S. President Joe Biden"), phrases that stop before a
verb taking "to", an amount or what was told, asides between subject and verb, places
after "the Greek island of", beside a landscape or owned by a country, results measured
against forecasts, and counts kept by the event whose participant they count."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names

_events = partial(extract_events, published="2025-04-02")


# -- a dotted abbreviation inside a name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        (
            "French President Emmanuel Macron met U.S. President Joe Biden in Rome.",
            "met",
            "patient",
            "Joe Biden",
        ),
        (
            "U.S. Secretary of State Antony Blinken arrived in Cairo on Monday.",
            "arrived",
            "agent",
            "Antony Blinken",
        ),
        (
            "The prime minister welcomed U.N. Secretary-General Antonio Guterres to Delhi.",
            "welcomed",
            "patient",
            "Antonio Guterres",
        ),
        (
            "U.K. Foreign Secretary David Lammy visited Kyiv on Friday.",
            "visited",
            "agent",
            "David Lammy",
        ),
    ],
)
def test_name_after_dotted_abbreviation(text: str, trigger: str, role: str, name: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), role) == [name]


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("U.S. senators questioned the executives on Tuesday.", "questioned", "senators"),
        ("U.N. inspectors visited the plant on Tuesday.", "visited", "inspectors"),
        ("U.S. troops arrived in Poland on Monday.", "arrived", "troops"),
    ],
)
def test_abbreviation_before_a_noun_is_no_participant(text: str, trigger: str, name: str) -> None:
    """ "U.S. senators" are the senators, not the country."""
    agents = participant_names(by_trigger(_events(text), trigger), "agent")
    assert len(agents) == 1 and name in agents[0], agents


# -- where a participant's phrase stops ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Nine migrants drowned after their boat began to sink.", "sink", "boat"),
        ("Diplomats said the talks threatened to collapse.", "collapse", "talks"),
        ("Officials said the ferry appeared to capsize near the harbour.", "capsize", "ferry"),
    ],
)
def test_phrase_stops_at_verb_taking_to(text: str, trigger: str, name: str) -> None:
    names = [p.name for p in by_trigger(_events(text), trigger).participants]
    assert names == [name]


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("China announced tariffs of up to 25% on U.S. goods.", "announced", "tariffs"),
        ("The ministry announced fines of up to 10,000 euros for landlords.", "announced", "fines"),
        (
            "The government approved subsidies of up to $5 billion for chipmakers.",
            "approved",
            "subsidies",
        ),
    ],
)
def test_phrase_stops_before_up_to_amount(text: str, trigger: str, name: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "patient") == [name]


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("The coach told reporters the team would recover.", "recover", "team"),
        ("The mayor told the BBC the city had run out of money.", "run out", "city"),
        ("The minister assured lawmakers the army would withdraw by May.", "withdraw", "army"),
    ],
)
def test_what_was_told_has_its_own_subject(text: str, trigger: str, name: str) -> None:
    names = [p.name for p in by_trigger(_events(text), trigger).participants]
    assert names[:1] == [name]


def test_verb_before_article_still_reaches_its_relative() -> None:
    """Not after telling, "share the euro" stays one run: the relative's antecedent."""
    text = "Inflation in the countries that share the euro eased to 2.9 percent in May."
    assert participant_names(by_trigger(_events(text), "eased"), "patient") == ["Inflation"]


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "The company reported record profit, beating analysts' expectations.",
            "beating",
            "analysts' expectations",
        ),
        (
            "The retailer missed analysts' estimates for the quarter.",
            "missed",
            "analysts' estimates",
        ),
        ("Exports missed economists' forecasts in March.", "missed", "economists' forecasts"),
    ],
)
def test_plural_possessive_inside_phrase(text: str, trigger: str, name: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert name in participant_names(event, "patient")


# -- an aside between the subject and its verb ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Her spokesman, however, insisted that the figures were wrong.", "insisted", "spokesman"),
        (
            "The company's chief executive, meanwhile, resigned on Friday.",
            "resigned",
            "chief executive",
        ),
        ("The minister, for her part, rejected the offer.", "rejected", "minister"),
        ("The rebels, in turn, attacked a convoy near the border.", "attacked", "rebels"),
    ],
)
def test_subject_before_an_aside(text: str, trigger: str, name: str) -> None:
    agents = participant_names(by_trigger(_events(text), trigger), "agent")
    assert len(agents) == 1 and name in agents[0], agents


def test_aside_keeps_the_passive() -> None:
    event = by_trigger(_events("The bill, however, was rejected by the senate."), "rejected")
    assert "bill" in participant_names(event, "patient")


# -- places ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Eleven migrants drowned off the Greek island of Lesbos on Sunday.", "drowned", "Lesbos"),
        (
            "Coast guards rescued 40 migrants near the Italian island of Lampedusa.",
            "rescued",
            "Lampedusa",
        ),
        ("Rebels attacked a base in the Syrian city of Aleppo on Monday.", "attacked", "Aleppo"),
    ],
)
def test_place_after_demonym_and_place_noun(text: str, trigger: str, place: str) -> None:
    assert by_trigger(_events(text), trigger).place == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("A wildfire burned in the hills above Los Angeles on Tuesday.", "burned", "Los Angeles"),
        ("Troops clashed in farmland outside Kherson overnight.", "clashed", "Kherson"),
        ("Two hikers died in the mountains near Innsbruck.", "died", "Innsbruck"),
    ],
)
def test_place_beside_a_landscape(text: str, trigger: str, place: str) -> None:
    assert by_trigger(_events(text), trigger).place == place


def test_landscape_alone_has_no_place() -> None:
    """Without a name after it, "in the hills" still places the event nowhere named."""
    text = "A wildfire burned in the hills above the town on Tuesday."
    assert by_trigger(_events(text), "burned").place is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "A powerful earthquake struck Morocco's High Atlas mountains on Friday.",
            "struck",
            "Morocco's High Atlas",
        ),
        (
            "A cyclone battered Mozambique's Cabo Delgado province on Sunday.",
            "battered",
            "Mozambique's Cabo Delgado",
        ),
        ("Floods hit Pakistan's Sindh province in August.", "hit", "Pakistan's Sindh"),
    ],
)
def test_place_owned_by_a_country(text: str, trigger: str, place: str) -> None:
    assert by_trigger(_events(text), trigger).place == place


# -- results measured against forecasts -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The bank reported higher profit, beating analysts' expectations.", "beating"),
        ("Shares jumped after the chipmaker beat Wall Street's forecasts for revenue.", "beat"),
        ("The retailer missed analysts' estimates for the third quarter in a row.", "missed"),
    ],
)
def test_result_against_forecast_is_economic(text: str, trigger: str) -> None:
    assert by_trigger(_events(text), trigger).type == "economic"


def test_beating_a_rival_is_not_economic() -> None:
    assert by_trigger(_events("Rebels beat back an army assault on Monday."), "beat").type != (
        "economic"
    )


# -- counts belong to the event whose participant they count --------------------------------


@pytest.mark.parametrize(
    ("text", "counted", "other", "count"),
    [
        (
            "Police in Paris arrested three men on Wednesday in connection with the robbery.",
            "arrested",
            "robbery",
            "three",
        ),
        (
            "Thousands of people marched through Madrid on Saturday to demand a ceasefire.",
            "marched",
            "ceasefire",
            "Thousands",
        ),
        ("Troops detained 40 protesters after the attack on the base.", "detained", "attack", "40"),
    ],
)
def test_count_kept_by_its_own_event(text: str, counted: str, other: str, count: str) -> None:
    events = _events(text)
    assert count in [q.text for q in by_trigger(events, counted).quantities]
    assert count not in [q.text for q in by_trigger(events, other).quantities]


def test_count_of_nobody_stays_with_every_event() -> None:
    """A count inside no participant is still the clause's, for each of its events."""
    events = _events("Oil prices jumped 4% and shares rallied on Monday.")
    assert all("4%" in [q.text for q in e.quantities] for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "count"),
    [
        (
            "A 6.1-magnitude earthquake shook the region on Monday, damaging roads.",
            "earthquake",
            "6.1-magnitude",
        ),
        (
            "The 5.9-magnitude earthquake damaged schools in the town, injuring pupils.",
            "earthquake",
            "5.9-magnitude",
        ),
    ],
)
def test_count_of_an_event_noun_stays_with_it(text: str, trigger: str, count: str) -> None:
    """ "a 6.1-magnitude earthquake": the count qualifies the event noun itself."""
    assert count in [q.text for q in by_trigger(_events(text), trigger).quantities]


# -- "X, many of whom ..., VERB" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        (
            "Relatives of the victims, many of whom gathered outside the court, accused the "
            "airline of negligence.",
            "accused",
            "agent",
            "Relatives of the victims",
        ),
        (
            "Relatives of the victims, many of whom gathered outside the court, accused the "
            "airline of negligence.",
            "gathered",
            "agent",
            "Relatives of the victims",
        ),
        (
            "The protesters, most of whom were students, blocked the road on Monday.",
            "blocked",
            "agent",
            "protesters",
        ),
        (
            "Three ships, one of which sank on Tuesday, were attacked near the strait.",
            "attacked",
            "patient",
            "Three ships",
        ),
        (
            "The ministry said 40 people, two of whom were children, died in the fire.",
            "died",
            "patient",
            "people",
        ),
    ],
)
def test_subject_before_of_whom_aside(text: str, trigger: str, role: str, name: str) -> None:
    names = participant_names(by_trigger(_events(text), trigger), role)
    assert len(names) == 1 and name in names[0], names


# -- a market's move told with a crowd's verb ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Stocks rallied in Tokyo after the central bank held rates.", "rallied", "economic"),
        ("The pound recovered on Tuesday after the budget.", "recovered", "economic"),
        ("Shares rebounded in afternoon trading.", "rebounded", "economic"),
        ("Thousands of supporters rallied outside the court on Friday.", "rallied", "conflict"),
        ("Police recovered the bodies of three climbers.", "recovered", "other"),
    ],
)
def test_market_verb_typed_by_its_subject(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(_events(text), trigger).type == kind
