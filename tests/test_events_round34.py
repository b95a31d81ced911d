"""The events stage, round 34 (issue #7): participant roles from the misses of round 14, on
sentences written for these tests. A speaker named after the reporting verb that follows
what was said ('"...," warned Ana Cruz') says it and is told nobody; an opening phrase
without its comma ("During the campaign Ortiz promised") does not make the verb a reduced
passive; people named by a pronoun ("dozens of them climbed") move themselves."""

from __future__ import annotations

import pytest

from _eventtools import names_in

# -- a speaker after the reporting verb ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            'Such floods "will only get worse", warned Helen Marsh, a hydrologist at '
            "Leeds University.",
            "warned",
            "Helen Marsh",
        ),
        (
            '"We are ready to sit down tomorrow," insisted Omar Haddad, the group\'s spokesman.',
            "insisted",
            "Omar Haddad",
        ),
        (
            '"Fuel prices will keep rising until the summer", cautioned Petra Lindqvist, '
            "an economist at Nordbank.",
            "cautioned",
            "Petra Lindqvist",
        ),
        (
            '"Clashes like this are how wars begin," warned the Maritime Security Forum.',
            "warned",
            "Maritime Security Forum",
        ),
    ],
)
def test_a_speaker_after_the_verb_says_it(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]
    assert names_in(text, trigger, "recipient") == []


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "recipient"),
    [
        (
            "The bank raised rates, warned lenders and cut its forecast.",
            "warned",
            "bank",
            "lenders",
        ),
        (
            "The minister met the unions, warned Pfizer about prices and left.",
            "warned",
            "minister",
            "Pfizer",
        ),
        ('"Go home," police warned the crowd.', "warned", "police", "crowd"),
        ("The minister, a former lawyer, warned Congress.", "warned", "minister", "Congress"),
        (
            "Ana Cruz, the port's director, warned the Transport Ministry.",
            "warned",
            "Ana Cruz",
            "Transport Ministry",
        ),
    ],
)
def test_a_verb_in_a_list_still_tells_someone(
    text: str, trigger: str, agent: str, recipient: str
) -> None:
    assert names_in(text, trigger, "agent") == [agent]
    assert names_in(text, trigger, "recipient") == [recipient]


# -- an opening phrase without its comma ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("During the campaign Ortiz promised voters lower taxes.", "promised", "Ortiz"),
        ("After the vote Ana Ruiz promised that she would resign.", "promised", "Ana Ruiz"),
        ("At the summit Merkel announced new sanctions.", "announced", "Merkel"),
        ("Throughout the talks Kenyatta promised to keep the border open.", "promised", "Kenyatta"),
    ],
)
def test_an_opening_phrase_leaves_the_verb_active(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]
    assert agent not in names_in(text, trigger, "patient")


def test_a_participle_after_a_prepositional_object_is_still_passive() -> None:
    text = "Many of them in cars swept away by the flood were found alive."
    assert names_in(text, "swept", "patient") == ["cars"]


# -- people moving themselves -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Hundreds of them climbed over the prison wall.", "climbed", "Hundreds of them"),
        ("Some of them surged toward the stage.", "surged", "Some of them"),
        ("Several of them jumped from the burning ferry.", "jumped", "Several of them"),
    ],
)
def test_people_named_by_a_pronoun_move_themselves(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]


def test_an_amount_that_jumps_undergoes_it() -> None:
    assert names_in("Shares jumped 5% in early trading.", "jumped", "patient") == ["Shares"]


# -- triggers: labour lockouts, thrown missiles, overpowering, outstripping -------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        (
            "The terminal operator began a lockout of 600 dockers on Friday.",
            "lockout",
            "terminal operator",
            "dockers",
        ),
        (
            "Protesters hurled stones at police outside the parliament.",
            "hurled",
            "Protesters",
            "stones",
        ),
        ("Two inmates overpowered a guard and fled.", "overpowered", "Two inmates", "guard"),
        ("Demand for copper outstripped supply last year.", "outstripped", "Demand", "supply"),
    ],
)
def test_new_triggers_have_their_doer_and_undergoer(
    text: str, trigger: str, agent: str, patient: str
) -> None:
    assert names_in(text, trigger, "agent") == [agent]
    assert names_in(text, trigger, "patient") == [patient]
