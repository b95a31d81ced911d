"""The events stage, round 15 (issue #7), on sentences written for these tests: bare
plural event nouns in an object's place ("return to talks") are no happenings, an
ergative "recover" whose subject undergoes it, a present perfect that no closed past
dates, a "since" time that dates only a perfect, clock times of what was urged, and a
speaker taken up again after what they reported ("predicted ... but warned that")."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names, trigger_words

_events = partial(extract_events, published="2025-04-02")


def _time(text: str, trigger: str) -> str | None:
    time = by_trigger(_events(text), trigger).time
    return time.text if time is not None else None


# -- bare plural event nouns ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The mediators urged both sides to return to talks.", "talks"),
        ("The government has pledged to curb departures from the coast.", "departures"),
        ("Passengers on cancelled flights were offered refunds.", "refunds"),
        ("The regulator ignored repeated warnings about the dam.", "warnings"),
    ],
)
def test_bare_plural_in_an_objects_place_is_no_event(text: str, noun: str) -> None:
    assert noun not in trigger_words(_events(text))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The union warned that cancellations had already started.", "cancellations"),
        ("Diplomats said negotiations had gone on through the night.", "negotiations"),
        ("The deal came after three weeks of talks.", "talks"),
        ("The council ordered evictions in the old town on Monday.", "evictions"),
    ],
)
def test_plural_subject_stretch_or_dated_stays(text: str, noun: str) -> None:
    """A subject ("cancellations had started"), a stretch of them ("weeks of talks") or a
    plural with its own time or place is still a happening."""
    assert noun in trigger_words(_events(text))


# -- an ergative "recover" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Shares in the miner fell 6% in early trading before recovering.", "recovering", "Shares"),
        (
            "The office said it expected exports to recover in the second half.",
            "recover",
            "exports",
        ),
        ("The economy recovered in the third quarter.", "recovered", "economy"),
    ],
)
def test_recover_without_object_is_undergone(text: str, trigger: str, patient: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert participant_names(event, "patient") == [patient]
    assert participant_names(event, "agent") == []


@pytest.mark.parametrize(
    "text",
    [
        "The dollar slid early in the session before recovering some ground.",
        "The leu recovered some ground on Tuesday.",
        "Stocks recovered their losses by the close.",
    ],
)
def test_ground_won_back_is_no_object(text: str) -> None:
    event = next(e for e in _events(text) if e.trigger.startswith("recover"))
    assert [p.role for p in event.participants] == ["patient"]


def test_recover_with_an_object_has_an_agent() -> None:
    event = by_trigger(_events("The rebels recovered the bodies of two soldiers."), "recovered")
    assert participant_names(event, "agent") == ["rebels"]


# -- a present perfect and a "since" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The war erupted in April 2023 and has killed at least 40,000 people.", "killed"),
        ("The cyclone hit the coast in March and has left 200,000 people homeless.", "left"),
        ("The company was founded in 1998 and has opened 40 stores.", "opened"),
    ],
)
def test_present_perfect_takes_no_closed_past(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("Since January, prices have risen 4%.", "risen", "January"),
        ("Prices have risen sharply this year.", "risen", "this year"),
        ("The storm struck on Monday and killed four people.", "killed", "Monday"),
    ],
)
def test_perfect_keeps_open_periods(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The agency said the record had stood since 1985, and warned that the heat would last.",
            "warned",
        ),
        (
            "The museum said the painting had hung there since 1920, and announced that it "
            "would be sold.",
            "announced",
        ),
        (
            "Officials said the plant had been shut since March, and warned of months of work.",
            "warned",
        ),
    ],
)
def test_since_time_dates_no_simple_past(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


def test_since_time_dates_what_happened_when() -> None:
    text = "Campaigners have pressed for the return since 2016, when the government made a request."
    assert _time(text, "request") == "2016"


# -- clock times of what was urged -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministry urged residents to stay indoors between 11am and 5pm.", "urged"),
        ("Police urged drivers to avoid the area after 6 p.m.", "urged"),
        ("The council asked shops to close at 8pm on weekdays.", "asked"),
    ],
)
def test_clock_time_of_what_was_urged(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


def test_time_before_the_infinitive_is_the_urgings() -> None:
    assert _time("The ministry urged residents on Monday to stay indoors.", "urged") == "Monday"


# -- the speaker taken up again ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The forecaster predicted that the winds would weaken on Friday but warned that "
            "humidity would stay low.",
            "warned",
            "forecaster",
        ),
        (
            "The mayor announced that the bridge would reopen on Monday and promised that tolls "
            "would be scrapped.",
            "promised",
            "mayor",
        ),
        (
            "The minister said the army would withdraw on Monday and pledged that aid would "
            "follow.",
            "pledged",
            "minister",
        ),
        (
            "Residents said crowds had gathered outside and complained that the area had no "
            "barriers.",
            "complained",
            "Residents",
        ),
    ],
)
def test_speaker_taken_up_after_what_they_reported(text: str, trigger: str, agent: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert participant_names(event, "agent") == [agent]
    assert event.time is None


def test_past_content_keeps_its_own_subject() -> None:
    """Not before an object: "said the president had spoken ... and urged them" is his."""
    text = "The White House said the president had spoken to the leaders and urged them to talk."
    assert participant_names(by_trigger(_events(text), "urged"), "agent") == ["president"]


# -- phrases that open with an amount or a focus word ------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("The United States imposed 25% tariffs on EU steel in 2018.", "imposed", "tariffs"),
        ("Workers were offered 5% rises over two years.", "offered", "rises"),
        ("The board approved 10% cuts to the budget.", "approved", "cuts"),
    ],
)
def test_object_opening_with_a_percentage(text: str, trigger: str, patient: str) -> None:
    patients = participant_names(by_trigger(_events(text), trigger), "patient")
    assert any(patient in name for name in patients), patients


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Police said only about 200 tickets had been sold.", "sold", "only about 200 tickets"),
        ("Just over 300 homes were flooded in the town.", "flooded", "Just over 300 homes"),
        ("Officials said only around 40 shops had been looted.", "looted", "only around 40 shops"),
    ],
)
def test_focus_word_before_an_approximate_count(text: str, trigger: str, name: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "patient") == [name]


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        (
            "He said more than 30 people, including several senior officers, had been arrested.",
            "arrested",
            "patient",
            "people",
        ),
        (
            "Twelve people, including two children, were killed in the blast.",
            "killed",
            "patient",
            "Twelve people",
        ),
        ("The rebels, including their commander, fled into the forest.", "fled", "agent", "rebels"),
    ],
)
def test_subject_before_an_including_aside(text: str, trigger: str, role: str, name: str) -> None:
    names = participant_names(by_trigger(_events(text), trigger), role)
    assert len(names) == 1 and name in names[0], names


# -- who was seen doing it -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Residents watched firefighters battling the blaze.", "battling", "firefighters"),
        ("Videos showed soldiers beating protesters.", "beating", "soldiers"),
        ("Footage showed police firing tear gas at the crowd.", "firing", "police"),
    ],
)
def test_seen_doing_it_is_its_agent(text: str, trigger: str, agent: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == [agent]


# -- places -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Callum Reddy attacked Yusuf Mansaray, 31, outside a takeaway in Salford in March.",
            "attacked",
            "Salford",
        ),
        ("Police arrested Ali Khan, 45, at his home in Leeds.", "arrested", "Leeds"),
        ("Gunmen shot Maria Lopez, 29, outside a cafe in Cali.", "shot", "Cali"),
    ],
)
def test_place_after_an_age(text: str, trigger: str, place: str) -> None:
    assert by_trigger(_events(text), trigger).place == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "A ferry capsized in heavy seas off the coast of South Sulawesi late on Sunday.",
            "capsized",
            "South Sulawesi",
        ),
        ("A fishing boat sank in rough weather off the coast of Libya.", "sank", "Libya"),
        ("Two climbers died in thick fog near the summit of Ben Nevis.", "died", "Ben Nevis"),
    ],
)
def test_weather_before_a_named_place(text: str, trigger: str, place: str) -> None:
    """ "in heavy seas off the coast": the weather is no unnamed place of its own."""
    assert by_trigger(_events(text), trigger).place == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("A plane crashed into a hillside on Sulawesi island last month.", "crashed", "Sulawesi"),
        ("A fire broke out on the island of Crete on Sunday.", "broke out", "Crete"),
        ("Migrants landed on the Greek island of Lesbos overnight.", "landed", "Lesbos"),
    ],
)
def test_on_an_island(text: str, trigger: str, place: str) -> None:
    assert by_trigger(_events(text), trigger).place == place


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered on Tuesday outside the embassy.",
        "The minister commented on Brexit in a speech.",
        "The government imposed sanctions on Iran.",
    ],
)
def test_on_alone_places_nothing(text: str) -> None:
    assert _events(text)[0].place is None


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The US imposed sanctions on Iran on Monday.", "imposed", "US"),
        ("The US and the EU agreed a deal in Brussels.", "agreed", "US"),
        ("The US launched air strikes on Houthi targets.", "launched", "US"),
    ],
)
def test_us_in_capitals_is_the_country(text: str, trigger: str, agent: str) -> None:
    assert agent in participant_names(by_trigger(_events(text), trigger), "agent")


# -- a count sharing a passive, a distance that is no object --------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "At least five soldiers were killed and more than a dozen wounded in the attack.",
            "wounded",
            "dozen",
        ),
        ("Two officers were killed and four others wounded.", "wounded", "four others"),
        ("Three people were arrested and two charged.", "charged", "two"),
    ],
)
def test_count_after_and_shares_the_passive(text: str, trigger: str, name: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert participant_names(event, "agent") == []
    assert any(name in n for n in participant_names(event, "patient"))


def test_count_before_an_intransitive_verb_acts() -> None:
    event = by_trigger(_events("Police were attacked and dozens fled."), "fled")
    assert participant_names(event, "patient") == []


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "The ferry overturned about 12 nautical miles off the island of Selayar.",
            "overturned",
            "ferry",
        ),
        ("The plane crashed 5 miles from the runway.", "crashed", "plane"),
        ("The bus overturned on a mountain road.", "overturned", "bus"),
    ],
)
def test_distance_from_a_place_is_no_object(text: str, trigger: str, patient: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "patient") == [patient]


def test_overturning_a_ruling_has_an_agent() -> None:
    event = by_trigger(_events("The court overturned the ruling on Monday."), "overturned")
    assert participant_names(event, "agent") == ["court"]
    assert participant_names(event, "patient") == ["ruling"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Nine people were killed and at least 46 injured when fans surged toward a gate.",
            "injured",
        ),
        ("Three people were killed and 12 injured in the blast.", "injured"),
        ("Two people died and 30 injured, police said.", "injured"),
    ],
)
def test_participle_after_a_bare_count_is_a_verb(text: str, trigger: str) -> None:
    """ "and 46 injured when": the participle shares the "were" before, an event."""
    assert trigger in trigger_words(_events(text))


def test_participle_before_its_noun_is_an_adjective() -> None:
    assert "injured" not in trigger_words(_events("The blast left 12 injured workers in hospital."))


# -- physical acts and crowds ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gusts of up to 80 mph pushed flames toward the edge of the town.", "pushed"),
        ("Fans were pushed against the bars of the gate.", "pushed"),
        ("A man shoved the guard outside the shop.", "shoved"),
        ("Residents heard gunfire near the palace on Sunday.", "gunfire"),
        ("The EU retaliated against the tariffs on Wednesday.", "retaliated"),
        ("The crush began shortly after 7 p.m.", "crush"),
        ("He attacked the rider, knifing him nine times.", "knifing"),
    ],
)
def test_physical_acts_are_events(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


def test_push_without_a_direction_is_no_event() -> None:
    """ "pushed inflation up": a figure moved, not a physical push (no direction word)."""
    assert "pushed" not in trigger_words(_events("Higher oil prices pushed inflation up."))


# -- a "when" clause dates and places its main verbs -----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time", "place"),
    [
        (
            "Nine people were killed when fans surged toward a gate on Sunday night.",
            "killed",
            "Sunday night",
            None,
        ),
        (
            "Five soldiers were killed and a dozen wounded when troops exchanged fire overnight.",
            "wounded",
            "overnight",
            None,
        ),
        ("Two people died when a bus crashed near Kandy on Monday.", "died", "Monday", "Kandy"),
    ],
)
def test_when_clause_dates_its_main(text: str, trigger: str, time: str, place: str | None) -> None:
    event = by_trigger(_events(text), trigger)
    assert event.time is not None and event.time.text == time
    assert event.place == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Schools were closed after the first cases were detected in January.", "closed"),
        ("Farmers planted twice after the rains failed in January.", "planted"),
        ("The minister resigned after protesters stormed parliament on Friday.", "resigned"),
    ],
)
def test_after_clause_does_not_date_its_main(text: str, trigger: str) -> None:
    """What happened after is told as later: the earlier clause's time is not its."""
    assert _time(text, trigger) is None


# -- "Some" after a sentence without events; how, not what ------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Analysts were divided. Some argued that the chain had grown too fast.",
            "argued",
            "Analysts",
        ),
        ("Residents are angry. Many blocked the road on Monday.", "blocked", "Residents"),
        ("Economists were cautious. Some warned that prices would rise.", "warned", "Economists"),
    ],
)
def test_some_after_a_group_told_of_without_events(text: str, trigger: str, agent: str) -> None:
    assert participant_names(by_trigger(_events(text), trigger), "agent") == [agent]


def test_some_after_a_thing_stands_for_nobody() -> None:
    text = "The results were mixed. Some argued that prices would fall."
    assert participant_names(by_trigger(_events(text), "argued"), "agent") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Analysts said the chain had expanded too quickly.", "expanded"),
        ("The company expanded very rapidly last year.", "expanded"),
        ("The bank hired very quickly in 2023.", "hired"),
    ],
)
def test_manner_is_no_object(text: str, trigger: str) -> None:
    names = [p.name for p in by_trigger(_events(text), trigger).participants]
    assert not any(word in name for name in names for word in ("quickly", "rapidly")), names


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        (
            "Azerbaijani forces opened fire on Armenian positions with mortars.",
            "opened fire",
            "patient",
            "Armenian positions",
        ),
        (
            "The ministry said Azerbaijani units had opened fire near the border.",
            "opened fire",
            "agent",
            "Azerbaijani units",
        ),
        ("The envoy met Chinese officials in Geneva.", "met", "patient", "Chinese officials"),
    ],
)
def test_nationality_before_a_noun_is_no_participant(
    text: str, trigger: str, role: str, name: str
) -> None:
    """ "Armenian positions" are the positions, not the nationality."""
    assert name in participant_names(by_trigger(_events(text), trigger), role)
