"""The events stage, round 25 (issue #7, time and place round D), on sentences written for
these tests: the day after an appeal's infinitive is the appealed action's ("urged the
council to meet on Thursday"); a time after a modal of what was said is what is to come
("said it would send a team this week"); a nationality or continent adjective before a
common noun names no place ("at Spanish airports", "through Asian markets"); a place in a
speaker's phrase is the speaker's ("the embassy in Nairobi urged"); a "when" clause after
a time happened then ("the worst since 2013, when a train crashed"), and a "where"
clause after "the 2010 collapse of X" happened in 2010; a telling after a
quote keeps the day an earlier sentence of its paragraph gave; a relative clause's time
that names no day dates only it ("which had been down in the morning, closed"); a
deadline dates no later clause of another subject ("restored by noon, but the carrier
warned"); what was only planned lends its time to no verb after it ("ready to meet on
Thursday, but warned"); a part of a place named by its possessive is a place as written
("slammed into India's eastern coast")."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, place_of

_events = partial(extract_events, published="2025-06-10")


def _time(text: str, trigger: str) -> str | None:
    time = by_trigger(_events(text), trigger).time
    return None if time is None else time.text


# -- the time of what was urged or announced ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("She urged the council to hold an emergency vote on Thursday.", "urged"),
        ("The mayor urged residents to stay at home on Saturday.", "urged"),
        ("The union called on its members to march through the capital on Friday.", "called on"),
        ("The bishop asked worshippers to pray for the victims on Sunday.", "asked"),
        ("Opposition leaders urged voters to boycott the election on Sunday.", "urged"),
    ],
)
def test_appeal_infinitive_owns_the_day(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        # The day before "to" is the appeal's.
        ("She urged the council on Thursday to hold an emergency vote.", "urged", "Thursday"),
        ("On Monday the mayor urged residents to stay at home.", "urged", "Monday"),
        ("The union on Friday called on its members to walk out.", "called on", "Friday"),
    ],
)
def test_appeal_own_day_kept(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He announced that the city would open three new shelters from Monday.", "announced"),
        ("The ministry said it would send investigators to the area this week.", "said"),
        ("The regulator announced that the new rules would apply from January.", "announced"),
        ("The firm confirmed that it would cut 200 jobs in March.", "confirmed"),
        ("Officials warned that the river could burst its banks on Friday.", "warned"),
    ],
)
def test_modal_content_owns_the_time(text: str, trigger: str) -> None:
    events = _events(text)
    matches = [e for e in events if e.trigger == trigger]
    assert all(e.time is None for e in matches)


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("He announced on Monday that the city would open three shelters.", "announced", "Monday"),
        ("The firm confirmed on Tuesday that it would cut 200 jobs.", "confirmed", "Tuesday"),
        ("On Friday officials warned that the river could burst its banks.", "warned", "Friday"),
    ],
)
def test_statement_day_before_modal_kept(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


# -- nationality adjectives are no places ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nineteen flights were cancelled at Spanish airports by midday.", "cancelled"),
        ("The decision sent a shudder through Asian markets.", "sent"),
        ("The union accused the firm of hiding behind weak European demand.", "accused"),
        ("Protesters gathered outside French embassies across the region.", "gathered"),
        ("Shares fell sharply in Japanese trading on Tuesday.", "fell"),
    ],
)
def test_demonym_adjective_is_no_place(text: str, trigger: str) -> None:
    assert place_of(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Two aid workers were kidnapped in central Mali in June.", "kidnapped", "Mali"),
        ("Gunmen attacked a convoy in Somalia on Friday.", "attacked", "Somalia"),
        ("The coastguard rescued 40 migrants in the central Mediterranean.", "rescued", None),
    ],
)
def test_names_before_a_function_word_stay_places(
    text: str, trigger: str, place: str | None
) -> None:
    got = place_of(text, trigger)
    if place is None:
        assert got is None or "Mediterranean" in got
    else:
        assert got is not None and place in got


# -- a speaker's own place -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The British embassy in Nairobi urged citizens to avoid the area.", "urged"),
        ("Opposition lawmakers in Lima immediately condemned the decision.", "condemned"),
        ("Diplomats in Geneva had warned against a hasty vote.", "warned"),
        ("A spokesman in Kinshasa said the rebels had withdrawn.", "withdrawn"),
        ("An analyst in Dakar told the BBC that the army was divided.", "told"),
    ],
)
def test_speaker_place_places_nothing(text: str, trigger: str) -> None:
    assert place_of(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Police in Lagos arrested 12 people on Monday.", "arrested", "Lagos"),
        ("Fighting in Cauca displaced thousands of people.", "displaced", "Cauca"),
        ("Lawmakers condemned the decision in Lima on Monday.", "condemned", "Lima"),
        ("In Lima, lawmakers condemned the decision.", "condemned", "Lima"),
        ("Commuters at Waterloo station expressed frustration.", "expressed", "Waterloo"),
    ],
)
def test_doers_place_kept(text: str, trigger: str, place: str) -> None:
    got = place_of(text, trigger)
    assert got is not None and place in got


# -- a "when" clause after a time ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "It was the deadliest rail accident in France since 2013, when a train crashed"
            " near Lyon, killing 80 people.",
            "crashed",
            "2013",
        ),
        (
            "It was the deadliest rail accident in France since 2013, when a train crashed"
            " near Lyon, killing 80 people.",
            "killing",
            "2013",
        ),
        (
            "It was the worst storm to hit the island since 1998, when floods destroyed"
            " thousands of homes.",
            "destroyed",
            "1998",
        ),
        (
            "The two armies fought over the valley, most recently in 2020, when more than"
            " 6,000 people were killed.",
            "killed",
            "2020",
        ),
        ("He was arrested on Monday, when police raided his home.", "raided", "Monday"),
    ],
)
def test_when_clause_takes_the_time_before_it(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


def test_when_clause_own_time_wins() -> None:
    text = "It was the worst flood since 1998, when a storm destroyed the dam in March."
    assert _time(text, "destroyed") == "March"


# -- a telling after a quote keeps the paragraph's day --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The minister defended the decision on Wednesday. "We act alone," he told a radio station.',
        "The minister defended the decision on Wednesday. He told a radio station that the"
        " country acted alone.",
        'The mayor visited the flooded district on Wednesday. "We will rebuild," she told'
        " residents.",
    ],
)
def test_telling_keeps_earlier_day(text: str) -> None:
    assert _time(text, "told") == "Wednesday"


def test_telling_still_drops_what_is_told() -> None:
    text = "Rescuers pulled 14 people from the rubble by Sunday, the governor told reporters."
    assert _time(text, "told") is None


# -- a relative clause's time that names no day -------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The index, which had been down 0.4% in the morning, closed 0.8% higher.", "closed"),
        (
            "The health minister, who flew to the city in the morning, told reporters that a"
            " fault was to blame.",
            "told",
        ),
        ("The company, which cut 500 jobs last month, reported a loss.", "reported"),
        ("The mayor, who took office last year, resigned.", "resigned"),
    ],
)
def test_relative_clause_time_stays_inside(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "The minister, who visited the area on Wednesday afternoon, promised aid.",
            "promised",
            "Wednesday afternoon",
        ),
        ("The company, which cut 500 jobs last month, reported a loss.", "cut", "last month"),
        ("The index, which fell in the morning, closed higher on Friday.", "closed", "Friday"),
    ],
)
def test_relative_clause_day_and_own_time_kept(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


# -- deadlines and plans lend their time to nothing after them ------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Some systems were restored by early afternoon, but the carrier warned that delays"
            " would continue.",
            "warned",
        ),
        (
            "Power was restored to most homes by Sunday evening, and the utility apologised.",
            "apologised",
        ),
        (
            "Officials said they were ready to meet the company as early as Thursday, but"
            " warned that workers could strike.",
            "warned",
        ),
        (
            "The union said it was ready to resume talks on Monday, but warned that its members"
            " would not back down.",
            "warned",
        ),
    ],
)
def test_deadline_or_plan_time_not_shared(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("Police arrested 12 people on Monday and charged them with rioting.", "charged", "Monday"),
        ("Power was restored to most homes by Sunday evening.", "restored", "Sunday evening"),
        ("The army seized the town on Friday, but rebels retook it.", "seized", "Friday"),
    ],
)
def test_own_and_shared_times_kept(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


# -- a part of a place named by its possessive -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Cyclone Arnab slammed into India's eastern coast late Saturday.",
            "slammed",
            "India's eastern coast",
        ),
        (
            "Floods swept through Brazil's southern region on Monday.",
            "swept",
            "Brazil's southern region",
        ),
        (
            "Landslides buried homes in Peru's remote north on Friday.",
            "buried",
            "Peru's remote north",
        ),
        ("Wildfires burned across Greece's coastal areas.", "burned", "Greece's coastal areas"),
    ],
)
def test_possessive_region_is_a_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator John Smith held a rally in Smith's northern district.", "rally"),
        ("The firm opened an office in Korvath's home town of Bielefeld.", "opened"),
    ],
)
def test_possessive_region_needs_a_place_owner(text: str, trigger: str) -> None:
    got = place_of(text, trigger)
    assert got is None or ("Smith" not in got and "Korvath" not in got)


# -- a "where" clause after a dated happening ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "The accident revived memories of the 2010 collapse of the Riverside mine near"
            " Copiapo, where 33 miners were trapped for weeks.",
            "trapped",
            "2010",
        ),
        (
            "The fire recalled the 1999 blaze at the Gotham tower in Leeds, where 12 people died.",
            "died",
            "1999",
        ),
        (
            "Survivors remembered the 2004 tsunami on the coast of Aceh, where more than"
            " 100,000 people were killed.",
            "killed",
            "2004",
        ),
    ],
)
def test_where_clause_after_dated_happening(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He moved to Lyon in 1990, where he studied law.", "studied"),
        ("The talks will move to Geneva, where diplomats will meet.", "meet"),
    ],
)
def test_where_clause_without_dated_noun(text: str, trigger: str) -> None:
    events = [e for e in _events(text) if e.trigger == trigger]
    assert all(e.time is None or e.time.text not in ("1990",) for e in events)
