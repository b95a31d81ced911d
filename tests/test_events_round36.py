"""The events stage, round 36 (issue #7), on sentences written for these tests: "setting
fire" and "went missing" are events; a hedge between "until" and its time ("until at
least Friday") still ends the happening; a year that describes a named thing ("the 2015
Minsk agreement") dates no verb; the year or month of a participle describing a noun
("the record set in 2017", "bonds maturing in 2030") is that participle's, not the
sentence's; an event word before a vehicle, a slot, a lawsuit or debris only names the
thing ("a patrol car", "landing slots", "a wrongful death lawsuit", "falling debris")."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, trigger_words
from newsfacts.models import Event

_events = partial(extract_events, published="2025-04-02")


def _time(event: Event) -> str | None:
    return event.time.text if event.time is not None else None


# -- "setting fire", "went missing" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rioters were setting fire to parked cars late on Monday.", "setting fire"),
        ("Youths set fire to two buses in the city centre on Sunday.", "set fire"),
        ("Hot ash fell on the village, setting fire to a dozen homes.", "setting fire"),
        ("Three fishermen went missing off the coast on Sunday.", "went missing"),
        ("A British hiker has gone missing in the Pyrenees.", "gone missing"),
    ],
)
def test_fire_and_missing_are_events(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The money went to a local charity.",
        "The company set new targets for next year.",
    ],
)
def test_go_and_set_alone_are_no_events(text: str) -> None:
    words = trigger_words(_events(text))
    assert not any(w.startswith(("went", "set")) for w in words)


# -- a hedge before a deadline -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two airlines suspended flights to the island until at least Monday.", "suspended"),
        ("The regulator banned the drug until at least March.", "banned"),
        ("Officials closed the border crossing until at least next week.", "closed"),
    ],
)
def test_until_at_least_dates_nothing(text: str, trigger: str) -> None:
    assert _time(by_trigger(_events(text), trigger)) is None


def test_a_plain_day_still_dates_it() -> None:
    text = "Two airlines suspended flights to the island on Monday."
    assert _time(by_trigger(_events(text), "suspended")) == "Monday"


# -- a year naming a thing -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A diplomat who attended the ceremony said the pact was weaker than the 2015 "
            "Minsk agreement.",
            "attended",
        ),
        ("The envoy visited Kabul and praised the 2020 Doha deal.", "visited"),
        ("The envoy visited Kabul and praised the 2020 Doha deal.", "praised"),
        ("The minister criticised the 2018 Salisbury inquiry report.", "criticised"),
    ],
)
def test_year_of_a_named_thing_dates_no_verb(text: str, trigger: str) -> None:
    assert _time(by_trigger(_events(text), trigger)) is None


def test_year_as_an_adverb_still_dates() -> None:
    text = "The envoy visited Kabul in 2020 and praised the deal."
    assert _time(by_trigger(_events(text), "visited")) == "2020"


# -- a participle's own year or month -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Demand peaked at 3,100MW on Thursday, beating the previous record set in "
            "February 2017.",
            "beating",
            "Thursday",
        ),
        (
            "Power use peaked on Friday, topping the high reached in January 2019.",
            "peaked",
            "Friday",
        ),
        ("Yields on the government bonds maturing in 2030 rose 20 basis points.", "rose", None),
        ("Yields on notes maturing in March fell 5 basis points.", "fell", None),
    ],
)
def test_participle_keeps_its_time(text: str, trigger: str, time: str | None) -> None:
    assert _time(by_trigger(_events(text), trigger)) == time


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("The minister resigned in 2019.", "resigned", "2019"),
        ("Protesters gathered in March and police arrested 40 people.", "gathered", "March"),
        ("The company posted losses in 2023, hurting investors.", "posted", "2023"),
    ],
)
def test_a_clause_of_its_own_keeps_its_time(text: str, trigger: str, time: str) -> None:
    assert _time(by_trigger(_events(text), trigger)) == time


# -- an event word naming a thing ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A small group set fire to a patrol car on Saturday.", "patrol"),
        ("Rioters torched a police car and a patrol vehicle.", "patrol"),
        ("The family will file a wrongful death lawsuit against the city.", "death"),
        ("Two people were injured by falling debris on Tuesday.", "falling"),
        ("The carrier sold its landing slots at two airports.", "landing"),
    ],
)
def test_modifier_before_a_thing_is_no_event(text: str, word: str) -> None:
    assert word not in trigger_words(_events(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officers on patrol were attacked on Saturday.", "attacked"),
        ("The death of the driver shocked the town.", "death"),
        ("Rebels were attacking and killing villagers, witnesses said.", "killing"),
    ],
)
def test_events_beside_them_stay(text: str, word: str) -> None:
    assert word in trigger_words(_events(text))


# -- a compass word before "the island of", "the city of" ---------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "A ferry sank south of the Italian island of Lampedusa on Friday, killing 12 people.",
            "sank",
            "Lampedusa",
        ),
        ("Drones struck targets north of the city of Kharkiv overnight.", "struck", "Kharkiv"),
        ("A boat capsized east of the island of Kos early on Tuesday.", "capsized", "Kos"),
    ],
)
def test_compass_before_a_town_of_places_it(text: str, trigger: str, place: str) -> None:
    assert by_trigger(_events(text), trigger).place == place


def test_compass_in_an_apposition_describes_the_place_before() -> None:
    text = "Rebels seized Kabeya, a village north of the town of Goma, on Monday."
    assert by_trigger(_events(text), "seized").place == "Kabeya"


# -- a relative clause's time stands aside -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Thousands of farmers marched through Paris on Tuesday, carrying photos of a "
            "grower who was arrested last month, as ministers pleaded for calm.",
            "pleaded",
            "Tuesday",
        ),
        (
            "Workers walked out on Friday over a manager who was sacked in May, and the "
            "union demanded talks.",
            "demanded",
            "Friday",
        ),
        (
            "Nurses rallied outside parliament on Wednesday for a colleague who was "
            "assaulted last week, as the minister urged restraint.",
            "urged",
            "Wednesday",
        ),
    ],
)
def test_time_before_a_relative_clause_dates_later_clauses(
    text: str, trigger: str, time: str
) -> None:
    assert _time(by_trigger(_events(text), trigger)) == time


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("The mayor, who took office in 2021, resigned.", "resigned", None),
        (
            "Workers walked out on Friday over a manager who was sacked in May.",
            "sacked",
            "May",
        ),
    ],
)
def test_relative_clause_keeps_its_own_time(text: str, trigger: str, time: str | None) -> None:
    assert _time(by_trigger(_events(text), trigger)) == time


# -- more happenings told by a verb --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Thick oil has washed up along 20 kilometres of coastline.", "washed up", "other"),
        ("Two bodies washed up on a beach near Calais on Sunday.", "washed up", "other"),
        ("Six jets intruded into the island's air defence zone on Friday.", "intruded", "military"),
        ("Prosecutors unsealed charges against the former minister.", "unsealed", "legal"),
        ("Crews began euthanizing about 2 million hens on Monday.", "euthanizing", "other"),
        ("The ministry lodged a formal protest with the ambassador.", "lodged", "diplomacy"),
        ("The club lodged an appeal against the ban on Friday.", "lodged", "legal"),
        ("The rescued migrants were taken to safety aboard a navy ship.", "taken", "movement"),
        ("The survivors were taken to a reception centre on the island.", "taken", "movement"),
        ("Four of the injured were taken to a trauma center in Houston.", "taken", "movement"),
        ("The rescued migrants were taken to the port of Catania on Sunday.", "taken", "movement"),
        ("The bodies were taken to the morgue.", "taken", "movement"),
    ],
)
def test_more_verbs_are_events(text: str, trigger: str, type_: str) -> None:
    assert by_trigger(_events(text), trigger).type.value == type_


def test_oil_washed_up_undergoes_it() -> None:
    event = by_trigger(_events("Thick oil has washed up along the coast."), "washed up")
    assert [(p.name, p.role.value) for p in event.participants] == [("Thick oil", "patient")]


@pytest.mark.parametrize(
    "text",
    [
        "He lodged with a family in Leeds.",
        "He took shelter in a basement.",
        "The washing machine broke down.",
        "The letter was taken to the office.",
        "Climate policy took centre stage at the summit.",
        "Her memoir has taken center stage in the campaign.",
    ],
)
def test_those_verbs_alone_are_no_events(text: str) -> None:
    words = trigger_words(_events(text))
    assert not any(w.startswith(("lodg", "took", "taken", "wash")) for w in words)


# -- a begun event noun carries its place ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "NAIROBI, Kenya (AP) — Thousands of nurses in Kenya began a strike on Monday, "
            "forcing the closure of hundreds of clinics, after talks over pay broke down.",
            "closure",
            "Kenya",
        ),
        (
            "NAIROBI, Kenya (AP) — Thousands of nurses in Kenya began a strike on Monday, "
            "forcing the closure of hundreds of clinics, after talks over pay broke down.",
            "broke down",
            "Kenya",
        ),
        (
            "MANILA, Philippines (AP) — Jeepney drivers in Cebu started a three-day strike "
            "on Monday, stranding thousands of commuters.",
            "stranding",
            "Cebu",
        ),
    ],
)
def test_begun_noun_carries_its_place(text: str, trigger: str, place: str) -> None:
    assert by_trigger(_events(text), trigger).place == place


def test_an_event_noun_alone_carries_no_place() -> None:
    text = (
        "NAIROBI (AP) — Nurses backed the strike in Mombasa on Monday, forcing the closure "
        "of clinics."
    )
    assert by_trigger(_events(text), "closure").place == "Nairobi"


# -- "for the second time since" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("His knee operation has been postponed for the second time since March.", "postponed"),
        ("The vote was delayed for the third time since January.", "delayed"),
        ("The bank cut rates for the first time since 2020.", "cut"),
    ],
)
def test_ordinal_since_is_a_count_not_a_date(text: str, trigger: str) -> None:
    assert _time(by_trigger(_events(text), trigger)) is None


def test_plain_since_still_dates_a_perfect() -> None:
    text = "The vote has been delayed since January."
    assert _time(by_trigger(_events(text), "delayed")) == "January"


# -- counter-cases from the review of this session's rules (issue #7) --------------------


@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        ("The ministry cut education funding in 2023.", "cut", "2023"),
        ("The council slashed youth training in 2022.", "slashed", "2022"),
    ],
)
def test_a_noun_in_ing_after_a_noun_is_no_participle(text: str, trigger: str, year: str) -> None:
    # _participle_times: only a known "-ing" participle ("maturing") owns the time.
    time = by_trigger(_events(text), trigger).time
    assert time is not None and time.value == year


@pytest.mark.parametrize(
    "text",
    [
        "The second suspect has been detained since March.",
        "The third defendant has been jailed since March.",
    ],
)
def test_an_ordinal_without_time_is_no_record(text: str) -> None:
    # _SUPERLATIVE: ordinals only in "the Nth time since".
    found = [e for e in _events(text) if e.trigger in ("detained", "jailed")]
    assert found and found[0].time is not None and found[0].time.text == "March"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Photographers intruded on the family's grief.", "intruded"),
        ("The company took a stake in the port.", "took"),
        ("The firm took a share of the centre's profits.", "took"),
    ],
)
def test_light_verbs_without_their_cue_are_no_events(text: str, trigger: str) -> None:
    # intrude only with airspace/territory/waters; "taken to port/safety" only after "to".
    assert trigger not in trigger_words(_events(text))
