"""The events stage, round 19 (issue #7), on sentences written for these tests from a
probe of wire copy: two described groups as one subject ("Israeli forces and Hezbollah
fighters"), the target of an assault noun places it and what was done in it ("killed six
in a raid on Jenin", "Russia's bombardment of Odesa"), an event noun that does a placed
verb happens there and places the verb it does, an object "him"/"her" is not its own
clause's subject, and new triggers: prisoner swaps, called elections, storms that
pounded or ripped through a place."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, trigger_words
from _eventtools import names_in as _names
from _eventtools import place_of as _place

_events = partial(extract_events, published="2025-04-02")


# -- two described groups as one subject ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        (
            "Israeli forces and Hezbollah fighters exchanged fire on Tuesday.",
            "exchanged",
            ["Israeli forces", "Hezbollah fighters"],
        ),
        (
            "Russian troops and Ukrainian soldiers clashed near Bakhmut on Sunday.",
            "clashed",
            ["Russian troops", "Ukrainian soldiers"],
        ),
        (
            "Palestinian militants and Israeli troops fought in Khan Younis.",
            "fought",
            ["Palestinian militants", "Israeli troops"],
        ),
        (
            "On Friday, Malian soldiers and Wagner fighters attacked the village.",
            "attacked",
            ["Malian soldiers", "Wagner fighters"],
        ),
    ],
)
def test_two_described_groups_are_both_agents(text: str, trigger: str, agents: list[str]) -> None:
    got = _names(text, trigger, "agent")
    for agent in agents:
        assert agent in got


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Marks and Spencer shares fell on Monday.", "fell", None),
        (
            "Israeli and Hamas negotiators met in Cairo on Monday.",
            "met",
            "Israeli and Hamas negotiators",
        ),
    ],
)
def test_one_name_with_and_stays_whole(text: str, trigger: str, agent: str | None) -> None:
    names = [p.name for p in by_trigger(_events(text), trigger).participants]
    assert len(names) == 1
    if agent is not None:
        assert names == [agent]


# -- the target of an assault noun is its place -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Israeli troops killed three Palestinians in a raid on Jenin on Monday.",
            "killed",
            "Jenin",
        ),
        ("Soldiers killed ten militants in an assault on Kidal on Friday.", "killed", "Kidal"),
        ("Police seized weapons in a raid on Belfast on Friday.", "seized", "Belfast"),
        ("Russia's bombardment of Odesa killed four people on Sunday.", "bombardment", "Odesa"),
        ("Israel's siege of Gaza entered its fifth month.", "siege", "Gaza"),
        ("Israeli jets killed four people in a strike on Beirut on Tuesday.", "killed", "Beirut"),
    ],
)
def test_assault_target_places(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The attack on Hamas killed two, officials said.", "attack"),
        ("Israeli jets killed four people in a raid on Monday.", "raid"),
        ("Donald Trump spoke in the morning. The attack on Trump shocked voters.", "attack"),
    ],
)
def test_assault_on_a_party_or_a_day_is_no_place(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


# -- an event noun that does a placed verb ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("An earthquake shook Kathmandu on Tuesday.", "earthquake", "Kathmandu"),
        ("A strong quake rattled Taipei early Wednesday.", "quake", "Taipei"),
        ("A cyclone hit Mozambique on Saturday.", "cyclone", "Mozambique"),
        ("Russia's bombardment of Odesa killed four people on Sunday.", "killed", "Odesa"),
        ("An airstrike in Rafah killed six people.", "killed", "Rafah"),
        ("Russia's attack on Kharkiv killed six people on Saturday.", "killed", "Kharkiv"),
    ],
)
def test_event_noun_shares_place_with_its_verb(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


# -- an object pronoun is not its clause's subject --------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "Maria Lopez was convicted in May. The judge sentenced her to 20 years on Friday.",
            "sentenced",
            "Maria Lopez",
        ),
        (
            "John Smith was convicted in May. The judge sentenced him to 20 years on Friday.",
            "sentenced",
            "John Smith",
        ),
        ("Ana Ruiz fled Caracas in 2019. Police arrested her in Madrid.", "arrested", "Ana Ruiz"),
        ("Mary Jones won the race. The coach praised her.", "praised", "Mary Jones"),
    ],
)
def test_object_pronoun_is_someone_else(text: str, trigger: str, patient: str) -> None:
    assert _names(text, trigger, "patient") == [patient]


# -- new triggers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Russia and Ukraine carried out a prisoner swap on Wednesday.", "swap"),
        ("Kenya and Uganda swapped prisoners on Monday.", "swapped"),
        ("Macron called a snap election on Sunday.", "called"),
        ("The president called a referendum on Tuesday.", "called"),
        ("A hurricane pounded Havana on Sunday.", "pounded"),
        ("A tornado ripped through Oklahoma on Monday night.", "ripped through"),
    ],
)
def test_new_triggers(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "He called his mother on Sunday.",
        "She swapped seats with a colleague.",
        "The pound fell against the dollar.",
        "He ripped up the contract.",
    ],
)
def test_not_new_triggers(text: str) -> None:
    words = trigger_words(_events(text))
    assert not {"called", "swapped", "pound", "ripped"} & set(words)


def test_swap_agents() -> None:
    assert _names("Kenya and Uganda swapped prisoners on Monday.", "swapped", "agent") == [
        "Kenya",
        "Uganda",
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        ("Moscow and Kyiv agreed a prisoner swap on Friday.", "swap", ["Moscow", "Kyiv"]),
        ("Israel and Hamas agreed a ceasefire on Wednesday.", "ceasefire", ["Israel", "Hamas"]),
    ],
)
def test_agreed_deal_is_done_by_the_parties(text: str, trigger: str, agents: list[str]) -> None:
    assert _names(text, trigger, "agent") == agents
