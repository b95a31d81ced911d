"""``models.event_trusted``: the events stage's unchecked constructor gives the very event
the checked constructor gives, and still refuses what the model refuses."""

from __future__ import annotations

import attrs
import pytest

import newsfacts
from newsfacts.models import Event, EventType, event_trusted

_TEXTS = [
    "Police arrested three men in Lagos on Monday, a spokesman said.",
    "LONDON, March 4 (Reuters) - Shares in the carmaker fell 4% on Tuesday after it cut "
    "its forecast. The company said it would close two plants in Ohio by June.",
    'Rebels attacked a convoy near Goma, killing 12 soldiers, the army said. "We will '
    'respond," the minister told reporters in Kinshasa on Friday.',
    "The court sentenced the former mayor to five years in prison.",
]


def _fields(event: Event) -> dict[str, object]:
    return {
        a.name: getattr(event, a.name)
        for a in attrs.fields(Event)
        if a.name not in ("location", "attributes")
    }


@pytest.mark.parametrize("text", _TEXTS)
def test_trusted_equals_checked(text: str) -> None:
    events = newsfacts.extract(text, published="2024-03-05").events
    assert events
    for event in events:
        checked = Event(**_fields(event))  # type: ignore[arg-type]
        trusted = event_trusted(**_fields(event))  # type: ignore[arg-type]
        assert trusted == checked
        assert hash(trusted) == hash(checked)
        assert attrs.asdict(trusted) == attrs.asdict(checked)
        assert type(trusted.participants) is tuple
        assert type(trusted.quantities) is tuple
        assert trusted.location is None and trusted.attributes == ()


def test_trusted_still_refuses_bad_fields() -> None:
    event = newsfacts.extract(_TEXTS[3], published="2024-03-05").events[0]
    fields = _fields(event)
    with pytest.raises(ValueError):
        event_trusted(**{**fields, "trigger": ""})  # type: ignore[arg-type]
    # A type given as its string is converted, as the constructor does.
    made = event_trusted(**{**fields, "type": "legal"})  # type: ignore[arg-type]
    assert made.type is EventType.LEGAL


def test_trusted_lists_become_tuples() -> None:
    event = newsfacts.extract(_TEXTS[0], published="2024-03-05").events[0]
    fields = {**_fields(event), "participants": list(event.participants), "quantities": []}
    made = event_trusted(**fields)  # type: ignore[arg-type]
    assert made.participants == event.participants and made.quantities == ()
