"""The events stage, round 26 (issue #7), on sentences written for these tests: the time
of a saying dates the saying, not what it reports ("The dam burst, officials said on
Monday": the burst has no time), whether the time stands after the cue or before it;
the saying event itself ("told", "announced") keeps it, and so does a reported event
with a time of its own or one a real event of the sentence before hands on."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events

_events = partial(extract_events, published="2025-04-02")


def _time(text: str, trigger: str) -> str | None:
    time = by_trigger(_events(text), trigger).time
    return None if time is None else time.text


# -- a reported event takes no time from its saying --------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The dam burst and flooded three villages, officials said on Monday.", "flooded"),
        ("The dam burst and flooded three villages, officials said Monday.", "flooded"),
        ("Gunmen abducted 20 students from a school, police said late on Tuesday.", "abducted"),
        ("Troops recaptured the airport, the army said in a statement on Friday.", "recaptured"),
        ("Rebels shelled the port, according to local officials on Thursday.", "shelled"),
        ("Rebels shelled the port, according to a police statement on Thursday.", "shelled"),
        ("On Monday, officials said the dam had flooded three villages.", "flooded"),
        ("Officials on Monday said the dam flooded three villages.", "flooded"),
        ("Officials said on Monday that the dam had flooded three villages.", "flooded"),
        ("The mayor told reporters on Monday that the dam flooded three villages.", "flooded"),
        ("The ministry announced on Monday that troops had recaptured the airport.", "recaptured"),
        ("Police confirmed on Wednesday that two officers were injured.", "injured"),
        ("Gunmen abducted 20 students, the governor told AFP on Tuesday.", "abducted"),
        ("Gunmen abducted 20 students, the governor told the BBC on Tuesday.", "abducted"),
    ],
)
def test_the_time_of_a_saying_does_not_date_what_it_reports(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        (
            "Gunmen stormed the school and abducted 20 students, police said on Tuesday.",
            ("stormed", "abducted"),
        ),
        (
            "The army said on Friday that rebels had burned the market and looted shops.",
            ("burned", "looted"),
        ),
        (
            "The storm destroyed 300 homes and injured 40 people, according to officials "
            "on Sunday.",
            ("destroyed", "injured"),
        ),
    ],
)
def test_several_reported_events_stay_undated(text: str, triggers: tuple[str, ...]) -> None:
    for trigger in triggers:
        assert _time(text, trigger) is None, trigger


# -- the saying keeps its time -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen abducted 20 students, the governor told AFP on Tuesday.", "told"),
        ("The mayor told reporters on Tuesday that the dam flooded three villages.", "told"),
        ("The ministry announced on Tuesday that troops had recaptured the airport.", "announced"),
        ("On Tuesday, the ministry announced that troops had recaptured the airport.", "announced"),
    ],
)
def test_the_saying_event_keeps_its_time(text: str, trigger: str) -> None:
    assert _time(text, trigger) == "Tuesday"


def test_a_verb_sharing_the_sayings_subject_shares_its_time() -> None:
    text = "The governor's office defended the plan on Monday and accused critics of lying."
    assert _time(text, "accused") == "Monday"


def test_a_participle_going_on_with_the_saying_keeps_its_time() -> None:
    text = (
        "The finance minister said on Thursday that the budget was balanced, warning that "
        "debt costs were rising."
    )
    assert _time(text, "warning") == "Thursday"


# -- what has a time of its own keeps it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The storm flooded 300 homes on Friday, officials said on Sunday.", "flooded", "Friday"),
        ("The army said on Sunday that rebels seized the town on Friday.", "seized", "Friday"),
        ("On Friday, the storm flooded 300 homes, officials said.", "flooded", "Friday"),
        (
            "The mayor told reporters on Sunday that the storm had flooded 300 homes on Friday.",
            "flooded",
            "Friday",
        ),
        (
            "Two men pleaded guilty on Monday and were jailed for six years.",
            "jailed",
            "Monday",
        ),
    ],
)
def test_a_reported_event_with_its_own_time_keeps_it(
    text: str, trigger: str, expected: str
) -> None:
    assert _time(text, trigger) == expected


# -- across sentences ----------------------------------------------------------------------------


def test_a_later_sentence_inherits_a_real_events_time_not_the_sayings() -> None:
    text = (
        "Police arrested three men in Leeds on Monday. They were charged with arson, a "
        "spokesman said on Tuesday."
    )
    assert _time(text, "charged") == "Monday"


def test_a_sayings_time_is_not_inherited_by_the_next_sentence() -> None:
    text = (
        "Police arrested three men in Leeds, a spokesman said on Tuesday. They were "
        "charged with arson."
    )
    events = _events(text)
    assert by_trigger(events, "arrested").time is None
    assert by_trigger(events, "charged").time is None


def test_a_fronted_saying_time_is_not_inherited_either() -> None:
    text = "On Tuesday, police said they had arrested three men. They were charged with arson."
    events = _events(text)
    assert by_trigger(events, "arrested").time is None
    assert by_trigger(events, "charged").time is None


# -- what is no saying's time --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "In May, a truck bomb blamed on the militants killed nine people in the market.",
            "killed",
            "May",
        ),
        (
            "Unions have pressed for the reform since 2018, when the government made an offer.",
            "offer",
            "2018",
        ),
        (
            "A hacker group claimed responsibility on Friday, threatening to publish the files.",
            "threatening",
            "Friday",
        ),
        (
            "The storm hit the coast late Saturday, cutting power to thousands, officials said "
            "Sunday.",
            "cutting",
            "late Saturday",
        ),
    ],
)
def test_what_is_no_sayings_time_still_dates(text: str, trigger: str, expected: str) -> None:
    assert _time(text, trigger) == expected
