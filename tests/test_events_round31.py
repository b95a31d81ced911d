"""The events stage, round 31 (issue #7, time and place round F), on sentences written for
these tests: a part of day with no day named ("overnight", "at dawn", "the morning",
"shortly before midnight") dates only its own sentence, as every blind annotator of
rounds 8-13 marks it; a day ("on Sunday", "Sunday night", "last night") still dates the
next sentence of its thread, and a part of day still dates its own sentence. A facility
named in title case ("raided Evin Prison") or a stretch of one ("destroyed a section of
the Kakhovka Dam") as the object is the place, as in lower case ("Al-Shifa hospital")."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events

_events = partial(extract_events, published="2025-06-10")


def _time(text: str, trigger: str) -> str | None:
    event = by_trigger(_events(text), trigger)
    return event.time.text if event.time is not None else None


# -- a part of day with no day named dates no later sentence -------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Fighting raged along the river overnight. Troops shot down nine drones.",
            "shot down",
        ),
        (
            "The storm made landfall near the port shortly before midnight. Winds of up to "
            "120 kph lashed the coast.",
            "lashed",
        ),
        (
            "Protesters gathered outside the parliament at dawn. Police fired tear gas at "
            "the crowd.",
            "fired",
        ),
        (
            "The first shells fell on the town in the morning. Residents fled to the hills.",
            "fled",
        ),
        (
            "Rescuers reached the collapsed mine in the afternoon. They pulled four miners "
            "from the rubble.",
            "pulled",
        ),
        (
            "The ferry caught fire at first light. Coastguard boats rescued 40 passengers.",
            "rescued",
        ),
        (
            "Looters broke into shops that evening. Soldiers arrested 12 men.",
            "arrested",
        ),
    ],
)
def test_a_part_of_day_dates_no_later_sentence(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("Fighting raged along the river overnight.", "Fighting", "overnight"),
        ("Police fired tear gas at the crowd at dawn.", "fired", "dawn"),
        (
            "Winds of up to 120 kph lashed the coast shortly before midnight.",
            "lashed",
            "midnight",
        ),
    ],
)
def test_a_part_of_day_still_dates_its_own_sentence(text: str, trigger: str, time: str) -> None:
    assert time in (_time(text, trigger) or "")


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Fighting raged along the river on Sunday night. Troops shot down nine drones.",
            "shot down",
            "Sunday night",
        ),
        (
            "Gunmen attacked a border post late last night. They burned two trucks.",
            "burned",
            "last night",
        ),
        (
            "The first shells fell on the town on Monday morning. Residents fled to the hills.",
            "fled",
            "Monday morning",
        ),
        (
            "Rescuers reached the collapsed mine on Friday. They pulled four miners from the "
            "rubble.",
            "pulled",
            "Friday",
        ),
    ],
)
def test_a_day_still_dates_the_next_sentence(text: str, trigger: str, time: str) -> None:
    assert time in (_time(text, trigger) or "")


def _place(text: str, trigger: str) -> str | None:
    return by_trigger(_events(text), trigger).place


# -- a facility named in title case, or a stretch of one, is where its object happened ----


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Police raided Evin Prison on Tuesday.", "raided", "Evin Prison"),
        ("Troops stormed Al-Nasr Hospital at dawn.", "stormed", "Al-Nasr Hospital"),
        (
            "Rebels shelled the Zaporizhzhia Nuclear Power Plant overnight.",
            "shelled",
            "Zaporizhzhia Nuclear Power Plant",
        ),
        ("Shells destroyed a section of the Kakhovka Dam.", "destroyed", "Kakhovka Dam"),
        ("Militants seized a part of the Beiji Refinery.", "seized", "Beiji Refinery"),
    ],
)
def test_a_title_case_facility_object_is_the_place(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Protesters stormed the Russian Embassy on Friday.", "stormed"),
        ("Militants seized a part of the refinery.", "seized"),
        ("Shells destroyed a section of the old dam.", "destroyed"),
    ],
)
def test_no_place_from_a_nationality_or_an_unnamed_facility(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None
