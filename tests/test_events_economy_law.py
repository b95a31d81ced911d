"""The events stage on canonical economic and legal wire sentences, written for these
tests: "Shares of Vodafone" are the company's shares, as "shares in Vodafone" are; and
"pleaded (not) guilty" is a plea in court (legal), while "pleaded for calm" stays a
statement."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.models import Event, EventType


def _one(text: str, trigger: str) -> Event:
    events = newsfacts.extract(text, published="2024-03-05").events
    found = [e for e in events if e.trigger.lower() == trigger]
    assert len(found) == 1, (text, [e.trigger for e in events])
    return found[0]


def _names(event: Event, role: str) -> list[str]:
    return [p.name for p in event.participants if p.role == role]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Shares of Vodafone fell 4% in London on Thursday.", "fell", "Shares of Vodafone"),
        ("Shares of Boeing rose 3 percent, analysts said.", "rose", "Shares of Boeing"),
        ("Shares of Siemens slumped 6% last week.", "slumped", "Shares of Siemens"),
        ("Shares in Unilever fell 2% on Monday.", "fell", "Shares in Unilever"),
        ("Shares of the company fell 4%.", "fell", "Shares of the company"),
    ],
)
def test_shares_of_a_company_are_its_shares(text: str, trigger: str, patient: str) -> None:
    event = _one(text, trigger)
    assert event.type is EventType.ECONOMIC
    assert _names(event, "patient") == [patient]


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "kind"),
    [
        ("Ivan Petrov pleaded guilty to fraud on Thursday.", "pleaded", "Ivan Petrov", "legal"),
        ("Maria Lopez pleaded not guilty to bribery.", "pleaded", "Maria Lopez", "legal"),
        ("The former minister pleaded innocent in court.", "pleaded", "minister", "legal"),
        ("The mayor pleaded for calm on Monday.", "pleaded", "mayor", "statement"),
        ("Relatives pleaded with the government to act.", "pleaded", "Relatives", "statement"),
    ],
)
def test_a_plea_in_court_is_legal(text: str, trigger: str, agent: str, kind: str) -> None:
    event = _one(text, trigger)
    assert event.type is EventType(kind)
    assert any(agent in name for name in _names(event, "agent"))
