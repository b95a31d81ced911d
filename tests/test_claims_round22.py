"""Round 22: speakers and claims on unseen wire copy (issue #6), found by probing with
sport, business and politics copy written for the purpose. A word before a name that
describes the one named ("Teammate", "Rival") is not part of the name, and "Treasurer"
is a title; a word inside the quote a speaker just said is not the speaker a nationality
points back to ('"I can win Slams," the Serb said'); "Grand" never makes up a person's
name ("Grand Slam", "Grand Prix"); a few demonyms were missing.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker


@pytest.mark.parametrize(
    ("text", "fragment", "name", "kind"),
    [
        (
            "Declan Rice said the race was open. Teammate Bukayo Saka said the squad "
            "believed they could win.",
            "could win",
            "Bukayo Saka",
            "person",
        ),
        (
            "Teammate Lando Norris said the car was quick.",
            "car was quick",
            "Lando Norris",
            "person",
        ),
        (
            "BYD said it sold 3 million cars. Rival Tesla said it delivered 1.8 million.",
            "1.8 million",
            "Tesla",
            "organization",
        ),
        ("Rival Airbus said orders rose.", "orders rose", "Airbus", "organization"),
        (
            "Health Minister Mark Butler said the laws would change, while Treasurer Jim "
            "Chalmers said no decision had been made.",
            "no decision",
            "Jim Chalmers",
            "person",
        ),
        (
            "Treasurer Janet Yellen said the debt limit must rise.",
            "debt limit",
            "Janet Yellen",
            "person",
        ),
    ],
)
def test_a_describing_word_or_title_before_a_name_is_not_the_name(
    text: str, fragment: str, name: str, kind: str
) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Novak Djokovic said he had no plans to retire. "I still feel I can win Slams," '
            "the Serb said.",
            "Novak Djokovic",
        ),
        (
            'Andy Murray lost in the first round. "Nobody beats Alcaraz on grass," the Scot said.',
            "Andy Murray",
        ),
        (
            'Iga Swiatek said she was tired. "I was too slow against Gauff," the Pole said.',
            "Iga Swiatek",
        ),
    ],
)
def test_a_word_inside_the_quote_is_not_the_speaker_a_demonym_names(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


def test_a_lone_name_before_the_quote_is_still_the_person() -> None:
    found = claims('Neymar scored twice. "I am happy," said the Brazilian.')
    assert speaker(found[0]) == ("Neymar", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Jannik Sinner won his first Grand Slam title. "It is a dream," the Italian told '
            "reporters.",
            "Jannik Sinner",
        ),
        (
            'Charles Leclerc won the Monaco Grand Prix. "I dreamed of this," the Monegasque said.',
            "Charles Leclerc",
        ),
        (
            'Lionel Messi reached another Grand Final. "We deserved it," the Argentinian said.',
            "Lionel Messi",
        ),
        (
            'Luka Modric played in the Grand Stade. "It was special," the Croatian said.',
            "Luka Modric",
        ),
    ],
)
def test_grand_makes_no_person_and_the_demonym_names_the_player(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Xi told Biden that Taiwan was the most important issue, Chinese state media reported.",
            "Taiwan was the most important issue",
            "Xi",
        ),
        ("Kim said the test was a success, state television said.", "test was", "Kim"),
        (
            "Ruto said the tax was needed, local media reported on Tuesday.",
            "tax was needed",
            "Ruto",
        ),
        (
            "Lula said the deal was fair, state media reported, citing officials.",
            "deal was fair",
            "Lula",
        ),
    ],
)
def test_a_plain_source_at_the_end_closes_the_words_it_reports(
    text: str, fragment: str, name: str
) -> None:
    # The nested report ends before ", state media reported": the media's words, not his.
    inner = [c for c in claims(text) if fragment in c.text and name not in c.text]
    assert len(inner) == 1
    assert inner[0].text.endswith(text[: text.index(",")].rsplit(" ", 1)[-1])
    assert speaker(inner[0])[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "He said the results, which analysts expected, were weak.",
        "She said the talks, as officials warned, would be hard.",
    ],
)
def test_an_aside_with_a_verb_does_not_close_the_words(text: str) -> None:
    found = claims(text)
    assert any(c.text.endswith(("were weak", "would be hard")) for c in found)
