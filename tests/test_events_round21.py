"""The events stage, round 21 (issue #7), on sentences written for these tests from a
probe of wire copy: a raising word before an infinitive ("is likely to cut"), two sides
opened by a possessive or pointed at by "its" ("Sudan's army and the RSF", "Boeing and
its union"), what "of" names after a deal noun with a doer ("Apple's takeover of X"), a
verb the trigger list does not know ending a phrase ("the ship angered Kyiv"), particles
("tore down a statue", "called off", "rounded up", "struck down", "handed over"), "the
WHO", "awarded X to Y" and a purpose after a phrasal verb ("set up roadblocks to catch")."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, trigger_words
from _eventtools import names_in as _names

_events = partial(extract_events, published="2025-04-02")


# -- a raising word: the infinitive is active -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        ("The bank is likely to cut rates in June.", "cut", "bank", "rates"),
        ("The bank is expected to cut rates in June.", "cut", "bank", "rates"),
        ("The carmaker was likely to shut the plant.", "shut", "carmaker", "plant"),
        ("Analysts said the Fed is expected to cut interest rates.", "cut", "Fed", "rates"),
    ],
)
def test_raising_word_keeps_the_infinitive_active(
    text: str, trigger: str, agent: str, patient: str
) -> None:
    assert _names(text, trigger, "agent") == [agent]
    assert any(patient in name for name in _names(text, trigger, "patient"))


def test_passive_infinitive_still_passive() -> None:
    text = "The plant is expected to be shut in June."
    assert _names(text, "shut", "patient") == ["plant"]
    assert _names(text, "shut", "agent") == []


# -- two sides: a possessive first, or "its" pointing back -------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        (
            "Sudan's army and the Rapid Support Forces fought in El Fasher on Friday.",
            "fought",
            ["Sudan's army", "Rapid Support Forces"],
        ),
        (
            "Israel's army and the police raided the camp on Monday.",
            "raided",
            ["Israel's army", "police"],
        ),
        (
            "On Monday, Israel's army and the police raided the camp.",
            "raided",
            ["Israel's army", "police"],
        ),
        ("Shell and its partners bought the field.", "bought", ["Shell", "partners"]),
        (
            "Boeing and its machinists union reached a deal on Monday.",
            "reached",
            ["Boeing", "machinists union"],
        ),
        ("The US and its allies imposed sanctions on Moscow.", "imposed", ["US", "allies"]),
        ("On Monday, the UN and its agencies suspended aid.", "suspended", ["UN", "agencies"]),
        (
            "Russia's military and its allies attacked the town.",
            "attacked",
            ["Russia's military", "allies"],
        ),
    ],
)
def test_two_sides_with_a_possessive_or_pointing_its(
    text: str, trigger: str, agents: list[str]
) -> None:
    assert sorted(_names(text, trigger, "agent")) == sorted(agents)


def test_pointing_its_in_an_object_splits_too() -> None:
    text = "Police arrested Musk and his brother. Officials fined Acme and its suppliers."
    assert sorted(_names(text, "fined", "patient")) == ["Acme", "suppliers"]


# -- "of" after a deal noun with a doer --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        (
            "Apple's acquisition of the start-up was completed on Friday.",
            "acquisition",
            "Apple",
            "start-up",
        ),
        (
            "Microsoft's takeover of Activision closed in October.",
            "takeover",
            "Microsoft",
            "Activision",
        ),
        ("Tesla's sale of its battery unit was approved.", "sale", "Tesla", "battery unit"),
        ("The sale of the unit by Shell was completed.", "sale", "Shell", "unit"),
        (
            "The purchase of Iranian oil by China angered Washington.",
            "purchase",
            "China",
            "Iranian oil",
        ),
    ],
)
def test_of_after_a_deal_noun_with_a_doer_is_the_patient(
    text: str, trigger: str, agent: str, patient: str
) -> None:
    assert _names(text, trigger, "agent") == [agent]
    assert _names(text, trigger, "patient") == [patient]


@pytest.mark.parametrize(
    "text",
    [
        "The sale of 5 million shares was completed.",
        "The bank's rise of 5 percent surprised analysts.",
    ],
)
def test_of_an_amount_or_without_a_doer_is_no_patient(text: str) -> None:
    trigger = "sale" if "sale" in text else "rise"
    assert _names(text, trigger, "patient") == []


# -- a verb the trigger list does not know ends a phrase -------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("China's purchase of Iranian oil angered Washington.", "purchase", "Iranian oil"),
        ("Russia's seizure of the ship angered Kyiv.", "seizure", "ship"),
        ("Israel's bombing of the city outraged Arab states.", "bombing", "city"),
    ],
)
def test_unknown_past_verb_after_the_noun_ends_the_phrase(
    text: str, trigger: str, patient: str
) -> None:
    assert _names(text, trigger, "patient") == [patient]


def test_participle_inside_the_phrase_stays() -> None:
    text = "Troops attacked the heavily armed group."
    assert _names(text, "attacked", "patient") == ["heavily armed group"]


# -- particles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        ("Protesters tore down a statue in Bristol.", "tore", "Protesters", "statue"),
        ("Soldiers tore down the barricades on Monday.", "tore", "Soldiers", "barricades"),
        ("The club called off the match on Saturday.", "called off", "club", "match"),
        ("The union called off the strike.", "called off", "union", "strike"),
        ("The junta rounded up dozens of activists.", "rounded up", "junta", "activists"),
        ("Police rounded up 40 migrants near Calais.", "rounded up", "Police", "migrants"),
        ("The court struck down the law on Friday.", "struck down", "court", "law"),
        ("A judge struck down the ban.", "struck down", "judge", "ban"),
    ],
)
def test_a_particle_before_the_object(text: str, trigger: str, agent: str, patient: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert event.trigger == trigger or trigger in event.trigger
    assert _names(text, trigger, "agent") == [agent]
    assert any(patient in name for name in _names(text, trigger, "patient"))


def test_a_particle_after_a_motion_verb_is_a_way() -> None:
    assert _names("Troops marched down the main road.", "marched", "patient") == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The rebels handed over 20 prisoners to the Red Cross.", "Red Cross"),
        ("Germany handed over air defence systems to Kyiv.", "Kyiv"),
        ("The club handed over the keys to the owners.", "owners"),
    ],
)
def test_handed_over_to_someone(text: str, recipient: str) -> None:
    assert "handed over" in trigger_words(_events(text))
    assert _names(text, "handed over", "recipient") == [recipient]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The judge awarded damages to the families.", "families"),
        ("The panel awarded the prize to a Kenyan writer.", "Kenyan writer"),
        ("The tribunal awarded compensation to 40 former workers.", "former workers"),
    ],
)
def test_awarded_to_someone(text: str, recipient: str) -> None:
    assert any(recipient in name for name in _names(text, "awarded", "recipient"))


# -- "the WHO" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The WHO declared a global health emergency on Saturday.", "declared"),
        ("The WHO warned of a new wave of infections.", "warned"),
        ("On Monday the WHO approved the vaccine.", "approved"),
    ],
)
def test_the_who_is_a_body(text: str, trigger: str) -> None:
    assert _names(text, trigger, "agent") == ["WHO"]


def test_lower_case_who_still_opens_a_relative_clause() -> None:
    text = "The man who attacked the guard was arrested."
    assert _names(text, "arrested", "patient") == ["man"]
    assert _names(text, "attacked", "agent") == ["man"]


# -- a purpose after a phrasal verb's object ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Police set up roadblocks to catch the gunman.", "catch", "Police"),
        ("Rebels dug up the road to block the convoy.", "block", "Rebels"),
        ("The army set up checkpoints to catch smugglers.", "catch", "army"),
    ],
)
def test_purpose_after_a_phrasal_verb_has_the_subject(text: str, trigger: str, agent: str) -> None:
    assert _names(text, trigger, "agent") == [agent]


def test_called_up_reservists_still_do_the_infinitive() -> None:
    text = "Officials called up reservists to defend the city."
    assert _names(text, "defend", "agent") == ["reservists"]


# -- a "that" relative clause between the subject and its verb -------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        ("The drone that hit the base was launched from Iraq.", "launched", "patient", "drone"),
        ("The truck that hit the crowd was stolen.", "stolen", "patient", "truck"),
        ("The ship that blocked the canal was freed on Monday.", "freed", "patient", "ship"),
        ("The company that bought the plant cut 200 jobs.", "cut", "agent", "company"),
    ],
)
def test_that_clause_before_the_verb_has_its_antecedent_as_subject(
    text: str, trigger: str, role: str, name: str
) -> None:
    assert _names(text, trigger, role) == [name]


def test_said_that_is_no_relative_clause() -> None:
    text = "Officials said that the army shelled the town."
    assert _names(text, "shelled", "agent") == ["army"]
