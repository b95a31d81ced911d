"""Events round 42: a trigger's irregular participle after a noun is a reduced relative
("Three boys swept from the boat near Hull were rescued": the boys, not the boat); the
participle test, the number-showing auxiliaries and the public helpers of the trigger
finder. Sentences written for these tests."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, extract_events, roles
from newsfacts.extractors._events_args import _participle_form
from newsfacts.extractors._events_lexicon import word_class
from newsfacts.extractors._events_triggers import QUOTES, negated, questioned
from newsfacts.models import Event

PUBLISHED = "2025-04-02"


def event(text: str, trigger: str) -> Event:
    return by_trigger(extract_events(text, PUBLISHED), trigger)


# -- a closed trigger's irregular participle after a noun ----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient", "not_patient"),
    [
        ("Three boys swept from the boat near Hull were rescued.", "rescued", "boys", "boat"),
        ("Three boys thrown from the boat near Hull were rescued.", "rescued", "boys", "boat"),
        ("Two men thrown from the car near York were rescued.", "rescued", "men", "car"),
        ("Two climbers hit by rocks near the summit were rescued.", "rescued", "climbers", "rocks"),
        (
            "Four fishermen caught in the storm off Cork were rescued.",
            "rescued",
            "fishermen",
            "storm",
        ),
        (
            "Two officers shot during the raid in Leeds were treated in hospital.",
            "treated",
            "officers",
            "raid",
        ),
        (
            "Two hikers struck by lightning on the ridge were rescued.",
            "rescued",
            "hikers",
            "lightning",
        ),
        (
            "Two nurses sent to the clinic near Goma were kidnapped.",
            "kidnapped",
            "nurses",
            "clinic",
        ),
    ],
)
def test_irregular_trigger_participle_describes_the_noun_before_it(
    text: str, trigger: str, patient: str, not_patient: str
) -> None:
    names = [name for name, role in roles(event(text, trigger)) if role == "patient"]
    assert any(patient in name for name in names), (text, names)
    assert not any(not_patient in name for name in names), (text, names)


def test_former_ministers_held_alongside_him() -> None:
    text = "Two former ministers held alongside him were found guilty."
    names = [name for name, role in roles(event(text, "found guilty")) if role == "patient"]
    assert any("ministers" in name for name in names), names
    assert "him" not in names


def test_past_tense_with_its_own_object_is_no_participle() -> None:
    text = "Three boys threw stones at the boat and police arrested them."
    threw = roles(event(text, "threw"))
    assert ("Three boys", "agent") in threw
    assert ("stones", "patient") in threw
    assert ("police", "agent") in roles(event(text, "arrested"))
    text = "Two nurses sent supplies to the clinic and the rebels attacked it."
    assert ("nurses", "agent") in roles(event(text, "sent"))
    attacked = roles(event(text, "attacked"))
    assert ("rebels", "agent") in attacked
    assert not any("nurses" in name for name, _ in attacked)


# -- what may be a past participle -----------------------------------------------------------


def test_participle_form_takes_any_trigger_past_and_listed_irregulars() -> None:
    for word in ("seized", "sent", "swept", "thrown", "struck"):
        assert _participle_form(word), word  # trigger past forms, "-ed" or not
    for word in ("seen", "given", "begun"):
        assert _participle_form(word), word  # no trigger, but a listed participle
    for word in ("boat", "stones", "near", "rescue"):
        assert not _participle_form(word), word


# -- auxiliaries that show number, from the grammar file -------------------------------------


def test_number_auxiliaries_are_grammar_classes() -> None:
    assert word_class("plural_aux") == frozenset({"have", "are", "were"})
    assert word_class("singular_aux") == frozenset({"has", "is", "was"})
    text = "Shares of the bank, which has reported a loss, fell on Monday."
    names = [name for name, _ in roles(event(text, "reported"))]
    assert any("bank" in name for name in names), names


# -- the trigger finder's public helpers -----------------------------------------------------


def test_negated_questioned_and_quotes_are_public() -> None:
    assert negated(["workers", "did", "not", "strike"], 3)
    assert not negated(["workers", "went", "on", "strike"], 3)
    lower = ["he", "asked", "whether", "talks", "had", "failed"]
    assert questioned(lower, 5)
    assert not questioned(["talks", "had", "failed"], 2)
    assert '"' in QUOTES and "\u201c" in QUOTES
