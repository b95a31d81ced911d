"""The events stage, round 28 (issue #7), on sentences written for these tests from the
misses of the blind rounds 8 to 13. Triggers: a standing arrangement named again ("the
deal", "its offer", "that agreement") is no new happening, nor are flights, amounts of
growth, spending or sales, "what happened" or what is left over; new words for taking
office, coming to power, reading a verdict, waking, squeezing, barring, pointing out,
scrambling, scrapping, swamping, stalling, drawing up. Participants: the possessor of an
arrest undergoes it; "agree" takes an object; queues form, fans surge and passengers jump
as they do; "where" opens an aside; "which" after a body stands for it; a group led by
someone does the verb; a participle with "by" after a noun is passive; an "-ing" word
before a noun describes it; what reaches an amount undergoes it; "a drop in profit" names
what dropped; a participle's object is no subject; a receiver shares no passive."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, roles, trigger_words
from _eventtools import names_in as _names

_events = partial(extract_events, published="2025-04-02")


# -- a standing arrangement named again is no new happening -------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The merger requires approval from regulators in three countries.", "merger"),
        ("The agreement gives nurses a 6% rise from April.", "agreement"),
        ("A lawyer familiar with the negotiations said the sides were close.", "negotiations"),
        ("An official, speaking because the talks are private, said a vote was near.", "talks"),
        ("The company said its offer was fair and would not be raised.", "offer"),
        ("The union said the revised offer fell short.", "offer"),
        ("Analysts said the truce was fragile.", "truce"),
        ("The rebels refused to sign that agreement.", "agreement"),
        ("Observers said the ceasefire, agreed in Jeddah, was holding.", "ceasefire"),
    ],
)
def test_standing_noun_named_again_is_no_event(text: str, noun: str) -> None:
    assert noun not in trigger_words(_events(text))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The talks in Doha ended without a result.", "talks"),
        ("Talks resumed in Geneva on Monday.", "Talks"),
        ("Both sides joined talks between the union and the railway.", "talks"),
        ("Officials said that deals had been signed.", "deals"),
    ],
)
def test_standing_noun_with_its_own_content_or_place_stays(text: str, noun: str) -> None:
    assert noun in trigger_words(_events(text))


# -- things and amounts, not happenings ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "word"),
    [
        ("The airline cancelled 240 flights on Thursday.", "cancelled", "flights"),
        ("Some flights were diverted to Palermo.", "diverted", "flights"),
        ("Passengers whose flight was cancelled can claim compensation.", "cancelled", "flight"),
    ],
)
def test_flights_are_what_is_cancelled(text: str, trigger: str, word: str) -> None:
    words = trigger_words(_events(text))
    assert trigger in words
    assert word not in words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Economists cut their forecast for growth next year.", "growth"),
        ("Weak household spending hurt retailers.", "spending"),
        ("Banks reported a slowdown in mortgage lending.", "lending"),
        ("Shops lost 2 billion euros in sales last year.", "sales"),
    ],
)
def test_amounts_are_no_events(text: str, word: str) -> None:
    assert word not in trigger_words(_events(text))


def test_spending_with_an_auxiliary_is_a_verb() -> None:
    assert "spending" in trigger_words(_events("Households were spending less on food."))


@pytest.mark.parametrize(
    "text",
    [
        "What happened on the ship is still unclear.",
        "Nobody could explain why it happened.",
        "The collapse happened shortly before midnight.",
    ],
)
def test_happened_is_no_event(text: str) -> None:
    assert "happened" not in trigger_words(_events(text))


# -- participants ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("The journalist has been in prison since his arrest in March.", "journalist"),
        ("Crowds gathered outside the court after the mayor's arrest on Friday.", "mayor"),
        ("The banker fled abroad before his extradition.", "banker"),
    ],
)
def test_possessor_of_an_arrest_undergoes_it(text: str, patient: str) -> None:
    names = _names(text, by_noun(text), "patient")
    assert any(patient in name for name in names)
    assert not _names(text, by_noun(text), "agent")


def by_noun(text: str) -> str:
    """The noun of what is done to someone in ``text``."""
    return next(w for w in ("arrest", "extradition") if w in text)


def test_victory_possessor_still_does_it() -> None:
    text = "The coach praised the team after its victory in Madrid."
    assert _names(text, "victory", "patient") == []


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("The two countries agreed the text of a treaty earlier this year.", "text of a treaty"),
        ("The two sides agreed a ceasefire at 8 pm.", "ceasefire"),
        ("Donors agreed an aid package worth 2 billion dollars.", "aid package"),
    ],
)
def test_agreed_takes_an_object(text: str, patient: str) -> None:
    assert patient in _names(text, "agreed", "patient")


@pytest.mark.parametrize(
    "text",
    [
        "Under the terms agreed in May, the bank offered 21 dollars a share.",
        "Under the plan agreed on Monday, the ferries will resume.",
    ],
)
def test_terms_agreed_are_its_patient(text: str) -> None:
    event = by_trigger(_events(text), "agreed")
    assert {role for _, role in roles(event)} == {"patient"}


@pytest.mark.parametrize(
    ("text", "trigger", "name", "role"),
    [
        ("Long queues had formed at petrol stations by Thursday.", "formed", "queues", "patient"),
        ("Crowds formed outside the bank on Monday.", "formed", "Crowds", "patient"),
        ("The three parties formed a coalition in March.", "formed", "parties", "agent"),
        ("Hundreds of fans surged toward the locked gate.", "surged", "fans", "agent"),
        ("Passengers jumped into the sea as the fire spread.", "jumped", "Passengers", "agent"),
        ("Protesters climbed the fence of the ministry.", "climbed", "Protesters", "agent"),
        ("Shares jumped 5 percent on Monday.", "jumped", "Shares", "patient"),
        ("Prices surged after the storm.", "surged", "Prices", "patient"),
    ],
)
def test_who_forms_surges_or_jumps(text: str, trigger: str, name: str, role: str) -> None:
    assert any(name in found for found in _names(text, trigger, role))


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Hoteliers on the island, where tourism is the main employer, warned of losses.",
            "warned",
            "Hoteliers",
        ),
        (
            "Farmers in the valley, where rice is the main crop, protested on Monday.",
            "protested",
            "Farmers",
        ),
        (
            "Residents of the district, where the river burst its banks, fled overnight.",
            "fled",
            "Residents",
        ),
    ],
)
def test_where_aside_keeps_the_subject(text: str, trigger: str, agent: str) -> None:
    assert any(agent in name for name in _names(text, trigger, "agent"))


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("The miner reported a 62% drop in quarterly profit.", "drop", "quarterly profit"),
        ("A slump in copper prices hurt the company.", "slump", "copper prices"),
        ("Tenants face a sharp rise in rents.", "rise", "rents"),
    ],
)
def test_what_moved_after_in(text: str, trigger: str, patient: str) -> None:
    assert patient in _names(text, trigger, "patient")


def test_a_place_after_in_is_no_patient() -> None:
    text = "There was a rise in Germany last year."
    assert _names(text, "rise", "patient") == []


def test_pointed_to_names_what_is_pointed_at() -> None:
    text = "Officials pointed to armed groups that had attacked before."
    assert "armed groups" in _names(text, "pointed to", "patient")
    assert _names(text, "pointed to", "recipient") == []


# -- new triggers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The general came to power in 2016 after a coup.", "came"),
        ("The coalition took office in January.", "took office"),
        ("The junta took power in 2021.", "took power"),
        ("The judge read the verdict for three hours.", "read"),
        ("Residents woke to find ash on their cars.", "woke"),
        ("Villagers were woken by a loud blast.", "woken"),
        ("Rising costs squeezed margins at the mill.", "squeezed"),
        ("The ministry barred the journalist from entering the country.", "barred"),
        ("Analysts pointed out that the bank had few options.", "pointed out"),
        ("Commuters were left scrambling for taxis.", "scrambling"),
        ("More than 40 people were taken to hospitals in Cebu.", "taken"),
        ("The firm blamed a slump in demand.", "slump"),
        ("About 90 departures were scrapped at Gatwick.", "scrapped"),
        ("A storm surge swamped low-lying villages.", "swamped"),
        ("The autopilot disconnected before the crash.", "disconnected"),
        ("The aircraft descended through 12,000 feet.", "descended"),
        ("Internet access was restricted for several hours.", "restricted"),
        ("The airline had drawn up plans to cancel more services.", "drawn up"),
        ("The count stalled for nearly 30 hours.", "stalled"),
        ("The storm tossed boats onto the road.", "tossed"),
        ("Investors vented their anger online.", "vented"),
    ],
)
def test_new_triggers(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "I read the report last week.",
        "The point is that the vote was close.",
        "She came under pressure to resign.",
        "They took the bus to work.",
    ],
)
def test_not_new_triggers(text: str) -> None:
    assert not {"read", "point", "came", "took"} & set(trigger_words(_events(text)))


def test_woken_by_names_who_woke_them() -> None:
    text = "Villagers were woken by a loud blast."
    assert _names(text, "woken", "patient") == ["Villagers"]
    assert _names(text, "woken", "agent") == ["loud blast"]


def test_read_verdict_has_reader_and_verdict() -> None:
    text = "The judge read the verdict for three hours."
    assert _names(text, "read", "agent") == ["judge"]
    assert _names(text, "read", "patient") == ["verdict"]


# -- relative clauses and participles -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "The club rejected a rival bid from a Saudi-backed group, which had offered more.",
            "offered",
            "Saudi-backed group",
        ),
        (
            "The rebels broke away from the FARC guerrilla movement, which signed a pact in 2016.",
            "signed",
            "FARC guerrilla movement",
        ),
        (
            "Police arrested a leader of the Green party, which had organised a strike.",
            "strike",
            "Green party",
        ),
    ],
)
def test_which_after_a_body_stands_for_it(text: str, trigger: str, agent: str) -> None:
    assert agent in _names(text, trigger, "agent")


def test_which_after_a_place_is_the_happening() -> None:
    text = "The attack on a market in Kyiv, which killed 12 people, drew condemnation."
    assert _names(text, "killed", "agent") == ["attack"]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "A consortium led by the investor Dale Mercer completed its takeover on Tuesday.",
            "completed",
            "consortium led by the investor Dale Mercer",
        ),
        (
            "A team led by engineers from Lyon finished the repairs overnight.",
            "finished",
            "team led by engineers from Lyon",
        ),
    ],
)
def test_group_led_by_someone_does_the_verb(text: str, trigger: str, agent: str) -> None:
    assert _names(text, trigger, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "patient", "agent"),
    [
        (
            "Rescuers found dozens of people in homes destroyed by the quake.",
            "destroyed",
            "homes",
            "quake",
        ),
        (
            "Prosecutors are investigating contracts awarded by the ministry.",
            "awarded",
            "contracts",
            "ministry",
        ),
    ],
)
def test_participle_with_by_after_a_noun_is_passive(
    text: str, trigger: str, patient: str, agent: str
) -> None:
    assert _names(text, trigger, "patient") == [patient]
    assert _names(text, trigger, "agent") == [agent]


def test_by_an_amount_is_no_doer() -> None:
    text = "Water levels in the river rose by two metres."
    assert _names(text, "rose", "agent") == []


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Most of the dead were crushed by falling trees or collapsing walls.", "falling", "trees"),
        (
            "Most of the dead were crushed by falling trees or collapsing walls.",
            "collapsing",
            "walls",
        ),
        ("Officials cited concerns about rising house prices in Seoul.", "rising", "house prices"),
        ("Exports slowed amid falling demand from China.", "falling", "demand"),
    ],
)
def test_ing_word_before_a_noun_describes_it(text: str, trigger: str, patient: str) -> None:
    assert _names(text, trigger, "patient") == [patient]


@pytest.mark.parametrize(
    "text",
    ["Residents worried about falling ill.", "Shares ended the day after falling sharply."],
)
def test_ing_word_before_no_noun(text: str) -> None:
    found = _names(text, "falling", "patient")
    assert "ill" not in found
    assert "sharply" not in found


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "Its losses, which reached 23 million pounds last season, worried fans.",
            "reached",
            "losses",
        ),
        ("Annual revenue reached 64 billion dollars last year.", "reached", "Annual revenue"),
        ("On Tuesday, electricity demand hit a record 30,400 megawatts.", "hit", "demand"),
    ],
)
def test_what_reaches_an_amount_undergoes_it(text: str, trigger: str, patient: str) -> None:
    assert any(patient in name for name in _names(text, trigger, "patient"))
    assert _names(text, trigger, "agent") == []


def test_who_reaches_a_place_does_it() -> None:
    assert _names("Rescuers reached the village on Monday.", "reached", "agent") == ["Rescuers"]


# -- what is left over is no happening ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Only the floor was left.",
        "Nobody knows what the survivors will do with the ones that are left.",
        "Frozen prices had left the company unable to fund repairs.",
        "The company left us no other choice, he said.",
        "The ruling left the government little room to act.",
    ],
)
def test_left_over_is_no_event(text: str) -> None:
    assert "left" not in trigger_words(_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Protests left more than 20 people dead.",
        "The boat had left the port on Tuesday.",
        "Homes were left without power.",
    ],
)
def test_left_that_happens_stays(text: str) -> None:
    assert "left" in trigger_words(_events(text))


# -- a participle's object is no subject; a receiver shares no passive ---------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Three aides arrested with them were later released.", "released", "Three aides"),
        (
            "Two former ministers tried alongside him were found guilty on Monday.",
            "found guilty",
            "former ministers",
        ),
    ],
)
def test_object_of_a_participle_is_no_subject(text: str, trigger: str, patient: str) -> None:
    assert any(patient in name for name in _names(text, trigger, "patient"))


@pytest.mark.parametrize(
    ("text", "recipient", "given"),
    [
        ("The two men were arrested and received fines.", "two men", "fines"),
        (
            "Two former ministers were found guilty and received sentences of eight years.",
            "former ministers",
            "sentences",
        ),
    ],
)
def test_receiver_after_a_passive_receives(text: str, recipient: str, given: str) -> None:
    assert any(recipient in name for name in _names(text, "received", "recipient"))
    assert any(given in name for name in _names(text, "received", "patient"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The death toll from the quake rose to 146 on Thursday.", "death"),
        ("The cyclone brought a storm surge of two metres.", "storm"),
    ],
)
def test_event_word_before_a_toll_or_surge_is_a_modifier(text: str, word: str) -> None:
    assert word not in trigger_words(_events(text))


def test_stalled_after_an_event_noun_is_its_state() -> None:
    words = trigger_words(_events("Negotiations on a truce stalled on Saturday."))
    assert "stalled" not in words
    assert "stalled" in trigger_words(_events("The vote count stalled for nearly 30 hours."))
