"""The events stage, round 30 (issue #7): conventions the blind annotators of rounds 8 to
13 and the second held-out set share with each other, on sentences written for these
tests. The document a signing verb signs is no second event ("signed a trade deal"); a
quoted label given with "called" is a statement ('called the move "unjustified"'); a
report or claim with "that" is a statement ("OCHA reported Monday that ..."); a new fire
placed somewhere is an event ("a blaze in a hospital ward"); cutting power is no money
matter; opening an investigation is a legal step, the investigation its object; an offer
is a happening only when made; a decision named again points back."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, roles, trigger_words

_events = partial(extract_events, published="2025-04-02")


def _type(text: str, trigger: str) -> str:
    return str(by_trigger(_events(text), trigger).type.value)


# -- the document a signing verb signs is no second event ----------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("The two leaders signed a trade deal in Tokyo on Friday.", "signed", "deal"),
        ("Okonkwo, 24, signed a six-year contract with the club.", "signed", "contract"),
        ("The witness had struck a deal with prosecutors.", "struck", "deal"),
        ("The rebels signed a landmark peace accord in 2016.", "signed", "accord"),
        ("The two countries signed a border agreement last year.", "signed", "agreement"),
        ("Negotiators reached a settlement late on Tuesday.", "reached", "settlement"),
    ],
)
def test_the_signed_document_is_the_signings_object(text: str, verb: str, noun: str) -> None:
    words = trigger_words(_events(text))
    assert verb in words and noun not in words


def test_the_signers_do_the_signing_and_a_ceasefire_stays() -> None:
    signed = by_trigger(_events("The two leaders signed a trade deal in Tokyo."), "signed")
    assert ("leaders", "agent") in roles(signed)
    assert ("trade deal", "patient") in roles(signed)
    # a ceasefire or a swap agreed is a happening of its own, not a document
    assert "ceasefire" in trigger_words(_events("Israel and Hamas agreed a ceasefire."))


def test_a_deal_that_is_no_signings_object_stays() -> None:
    assert "deal" in trigger_words(_events("A trade deal between the blocs was announced."))


# -- a quoted label given with "called" is a statement --------------------------------------


@pytest.mark.parametrize(
    ("text", "agent", "patient"),
    [
        (
            'The Office of the Trade Representative called the EU move "unjustified".',
            "Office of the Trade Representative",
            "EU move",
        ),
        (
            'Fonseca called the strike "irresponsible" and said talks were over.',
            "Fonseca",
            "strike",
        ),
        ("The mayor called the decision 'an act of justice' on Monday.", "mayor", "decision"),
        ('He called the workers\' union "a disgrace".', None, "workers' union"),
    ],
)
def test_a_quoted_label_called_is_a_statement(text: str, agent: str | None, patient: str) -> None:
    event = by_trigger(_events(text), "called")
    assert event.type.value == "statement"
    assert (patient, "patient") in roles(event)
    if agent is not None:
        assert (agent, "agent") in roles(event)


@pytest.mark.parametrize(
    "text",
    [
        "The minister called the strike irresponsible.",
        "He called her at home on Sunday.",
        'She condemned what he called "reckless" behaviour.',
        'The party built its campaign around what it calls "kitchen table economics".',
        'He called the office, saying "come now".',
    ],
)
def test_no_statement_without_a_quoted_label(text: str) -> None:
    assert "called" not in trigger_words(_events(text))
    assert "calls" not in trigger_words(_events(text))


# -- a report or claim with "that" is a statement -------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The U.N. office reported Monday that a convoy had reached the city.",
            "reported",
            "U.N. office",
        ),
        (
            "The retail group reported earlier this month that sales had fallen.",
            "reported",
            "retail group",
        ),
        (
            "Two backbench MPs claimed privately that concerns had been raised.",
            "claimed",
            "backbench MPs",
        ),
        (
            "The opposition leader claimed on Sunday that he had won.",
            "claimed",
            "opposition leader",
        ),
        ("The navy claimed that a court had ordered the seizure.", "claimed", "navy"),
    ],
)
def test_reported_or_claimed_that_is_a_statement(text: str, trigger: str, agent: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert event.type.value == "statement"
    assert (agent, "agent") in roles(event)


@pytest.mark.parametrize(
    "text",
    [
        "It was reported that the minister had fled.",
        "It was claimed that the group had won.",
        "The group claimed the ballots were forged.",
        "He claimed nothing.",
        "Independent monitors reported long queues in urban areas.",
    ],
)
def test_no_report_without_that_or_with_a_passive(text: str) -> None:
    assert not {"reported", "claimed"} & set(trigger_words(_events(text)))


# -- a new fire placed somewhere is an event -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In 2021, a blaze in a hospital ward killed 15 people.", "blaze"),
        ("In 2023, a fire on a ferry in the south killed 31 people.", "fire"),
        ("Crews were stretched by two smaller fires in Kern County.", "fires"),
        ("A 2019 blaze at a storage terminal burned for three days.", "blaze"),
        ("Residents said a huge fire at the plant lit up the sky.", "fire"),
    ],
)
def test_a_new_fire_placed_is_an_event(text: str, trigger: str) -> None:
    assert _type(text, trigger) == "other"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The fire in the kitchen spread quickly.", "fire"),
        ("Police opened fire on protesters.", "fire"),
        ("Troops came under fire in the town.", "fire"),
        ("Fire officials in Athens said the wind had dropped.", "Fire"),
        ("A fire on Monday destroyed a shed.", "fire"),
        ("The hospital had no valid fire safety permit in 2019.", "fire"),
        ("Firefighters brought the blaze under control.", "blaze"),
    ],
)
def test_no_fire_event_without_a_new_placed_fire(text: str, word: str) -> None:
    assert word not in trigger_words(_events(text))


# -- cutting power is no money matter; opening an investigation is a legal step -------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The utility said it had cut power to nearly 48,000 customers.", "cut"),
        ("The storm flattened homes, cutting power to millions.", "cutting"),
        ("ZESCO has cut electricity to households for up to 17 hours a day.", "cut"),
    ],
)
def test_cutting_power_is_other(text: str, trigger: str) -> None:
    assert _type(text, trigger) == "other"


def test_cutting_rates_stays_economic() -> None:
    assert _type("The central bank cut rates on Monday.", "cut") == "economic"


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("Prosecutors in Agrigento opened an investigation on Tuesday.", "investigation"),
        ("The regulator had opened 11 investigations since 2023.", "investigations"),
        ("The office said it had opened a separate case into the payments.", "separate case"),
        ("Police opened an inquiry into the crash.", "inquiry"),
    ],
)
def test_opening_an_investigation_is_legal(text: str, patient: str) -> None:
    events = _events(text)
    opened = by_trigger(events, "opened")
    assert opened.type.value == "legal"
    assert (patient, "patient") in roles(opened)
    assert patient.split()[-1] not in trigger_words(events)


def test_what_opens_by_itself_stays_other() -> None:
    assert _type("The factory opened in 2009.", "opened") == "other"


# -- an offer is a happening only when made; a decision named again points back -------------


@pytest.mark.parametrize(
    "text",
    [
        "Ministers were preparing a revised offer that could be presented soon.",
        "The teachers voted to accept a two-year pay offer worth 9%.",
        '"We have put a fair offer on the table," the chief executive said.',
        "The employers said their offer of a 3.5% rise was the most they could afford.",
    ],
)
def test_an_offer_on_the_table_is_no_event(text: str) -> None:
    assert "offer" not in trigger_words(_events(text))


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Chelsea had also made offers for the striker.", "offers", "Chelsea"),
        ("No airline in Europe has made a better offer this year.", "offer", "airline"),
    ],
)
def test_an_offer_made_is_an_event(text: str, trigger: str, agent: str) -> None:
    assert (agent, "agent") in roles(by_trigger(_events(text), trigger))


@pytest.mark.parametrize(
    "text",
    [
        "The decision by the five-member board was unanimous.",
        "The minister announced his decision in a letter on Friday.",
        "The bank said it was disappointed by the decision.",
    ],
)
def test_a_decision_named_again_is_no_event(text: str) -> None:
    assert "decision" not in trigger_words(_events(text))
