"""The events stage, round 27 (issue #7), on sentences written for these tests: after a
verb of giving, paying or asking for money, the amount is the patient, named as written
with what it is in, of or for ("pledged 50 million euros in aid"); a change of level
("rose 5%") keeps its amount as a quantity, never a participant."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events
from newsfacts.models import ParticipantRole

_events = partial(extract_events, published="2025-04-02")


def _names(text: str, trigger: str, role: ParticipantRole) -> list[str]:
    event = by_trigger(_events(text), trigger)
    return [p.name for p in event.participants if p.role is role]


def _patients(text: str, trigger: str) -> list[str]:
    return _names(text, trigger, ParticipantRole.PATIENT)


# -- a bare sum after a transfer verb -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "sum_"),
    [
        ("The bank paid $6 billion to settle the case.", "paid", "$6 billion"),
        ("The insurer paid HK$3 billion to claimants.", "paid", "HK$3 billion"),
        (
            "The ring laundered more than $1.2 billion through shell firms.",
            "laundered",
            "more than $1.2 billion",
        ),
        ("Donors pledged about 40 million pounds on Monday.", "pledged", "about 40 million pounds"),
        ("The regulator collected 2.5 million euros last year.", "collected", "2.5 million euros"),
        ("The city spent nearly $300 million on new buses.", "spent", "nearly $300 million"),
        ("Coastline offered A$21.40 a share for the lender.", "offered", "A$21.40 a share"),
        ("The charity raised 12,000 francs on Sunday.", "raised", "12,000 francs"),
    ],
)
def test_a_bare_sum_is_the_patient(text: str, trigger: str, sum_: str) -> None:
    assert sum_ in _patients(text, trigger)


# -- a sum with what it is in, of or for ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "Germany pledged 50 million euros in aid for Sudan.",
            "pledged",
            "50 million euros in aid",
        ),
        (
            "China offered 10 million yuan in emergency aid to Nepal.",
            "offered",
            "10 million yuan in emergency aid",
        ),
        (
            "The hackers demanded about $12 million in bitcoin from the hospital.",
            "demanded",
            "about $12 million in bitcoin",
        ),
        (
            "Cities paid between $8 million and $12 million in ransoms last year.",
            "paid",
            "between $8 million and $12 million in ransoms",
        ),
        ("The council approved $4 million for new roads.", "approved", "$4 million for new roads"),
        (
            "The fund invested $300 million in solar farms.",
            "invested",
            "$300 million in solar farms",
        ),
    ],
)
def test_a_sum_is_named_with_its_thing(text: str, trigger: str, name: str) -> None:
    assert name in _patients(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("The firm paid $6 billion in 2023.", "paid", "$6 billion"),
        ("The IMF will lend $5 billion for 10 years.", "lend", "$5 billion"),
        ("The EU approved 5 billion euros for Ukraine on Tuesday.", "approved", "5 billion euros"),
    ],
)
def test_a_year_a_duration_or_a_name_is_no_thing_bought(text: str, trigger: str, name: str) -> None:
    assert _patients(text, trigger) == [name]


# -- a sum inside a noun phrase, and a sum given to someone ---------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("They offered a $5 bonus to staff.", "offered", "$5 bonus"),
        ("The bank paid a $5 million fine.", "paid", "$5 million fine"),
        ("The carmaker offered an 8% rise.", "offered", "8% rise"),
        ("The company offered a 5.5% raise to its workers.", "offered", "5.5% raise"),
    ],
)
def test_a_sum_before_its_noun_is_named_with_it(text: str, trigger: str, name: str) -> None:
    assert _patients(text, trigger) == [name]


@pytest.mark.parametrize(
    ("text", "trigger", "recipient", "name"),
    [
        ("The IMF lent Argentina $20 billion last year.", "lent", "Argentina", "$20 billion"),
        (
            "The state granted farmers 300 million rupees.",
            "granted",
            "farmers",
            "300 million rupees",
        ),
        ("She said she had been offered 30,000 reais to leave.", "offered", "she", "30,000 reais"),
        ("The union was offered 5.5 percent on Monday.", "offered", "union", "5.5 percent"),
    ],
)
def test_a_sum_given_to_someone(text: str, trigger: str, recipient: str, name: str) -> None:
    assert name in _patients(text, trigger)
    if recipient != "she":  # the pronoun is named by whoever it stands for
        assert recipient in _names(text, trigger, ParticipantRole.RECIPIENT)


# -- a change of level keeps its amount as a quantity ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Oil prices rose 5% on Monday.", "rose"),
        ("Shares lost 4 percent in early trade.", "lost"),
        ("The central bank cut rates by 0.25 points.", "cut"),
        ("Exports fell 3.2 percent to $40 billion.", "fell"),
    ],
)
def test_a_change_of_level_has_no_sum_participant(text: str, trigger: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert not any(p.name[:1].isdigit() or "%" in p.name for p in event.participants)
    assert event.quantities
