"""Round 20: speakers and claims on unseen wire copy (issue #6), found by probing with
sport, science, business-wire and local copy written for the purpose. A ranking ("the
world number one", "the world No. 2") right after a named player is that player; a firm
named by its field ("Capital Economics", "Fitch Ratings") is an organisation, while a
title naming a subject ("Professor of Economics Jane Doe") still heads a person; more
nationalities point back at the person just named ("the Slovenian said"); Slavic
surnames standing alone ("Zelensky said") are people; "the fire brigade" is a body.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Carlos Alcaraz said he felt strong. The world number one said the crowd had "
            "lifted him.",
            "Carlos Alcaraz",
        ),
        (
            "Aryna Sabalenka said the wind was tricky. The world No. 2 said she had adapted well.",
            "Aryna Sabalenka",
        ),
        (
            "Scottie Scheffler said the greens were fast. The world number-one said he "
            "would be patient.",
            "Scottie Scheffler",
        ),
        (
            "Iga Swiatek said the clay suited her. The women's world No 1 said she felt relaxed.",
            "Iga Swiatek",
        ),
        (
            "Jannik Sinner said the final was close. The top seed said he had been lucky.",
            "Jannik Sinner",
        ),
    ],
)
def test_a_ranking_after_a_named_player_is_that_player(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


def test_a_ranking_alone_is_a_person() -> None:
    assert speaker(claims("The world number one said he was exhausted.")[0])[1] == "person"


def test_a_number_one_priority_is_no_ranking() -> None:
    found = claims("The number one priority, officials said, was safety.")
    assert speaker(found[0]) == ("officials", "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Capital Economics said the central bank would cut rates in June.", "Capital Economics"),
        ("Oxford Economics said growth would slow to 1% next year.", "Oxford Economics"),
        ("Fitch Ratings said the outlook for the sovereign was stable.", "Fitch Ratings"),
        (
            "Pantheon Macroeconomics said the data pointed to a recession.",
            "Pantheon Macroeconomics",
        ),
    ],
)
def test_a_firm_named_by_its_field_is_an_organisation(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Professor of Economics Jane Doe said rates would fall.", "Jane Doe"),
        ('"Rates will fall," said Neil Shearing of Capital Economics.', "Neil Shearing"),
        (
            '"Rates will fall," said Jennifer McKeown, chief economist at Capital Economics.',
            "Jennifer McKeown",
        ),
        ("Economics Minister Robert Habeck said growth was weak.", "Robert Habeck"),
    ],
)
def test_a_subject_in_a_title_still_heads_a_person(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tadej Pogacar said the stage was brutal. The Slovenian said he had no regrets.",
            "Tadej Pogacar",
        ),
        (
            'Hubert Hurkacz served 20 aces. "I am happy with my level," said the Pole.',
            "Hubert Hurkacz",
        ),
        (
            "Daniil Medvedev lost in three sets. The Russian said he had been tired.",
            "Daniil Medvedev",
        ),
        (
            "Eliud Kipchoge said the course was fast. The Kenyan said he would return next year.",
            "Eliud Kipchoge",
        ),
    ],
)
def test_a_nationality_points_back_at_the_person_named(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Zelensky said the front line was holding.", "front line", "Zelensky"),
        ("Djokovic said he had been tired in the second set.", "tired", "Djokovic"),
        ('"It was hard," said Kowalski.', "It was hard", "Kowalski"),
        ("Shevchenko told reporters the squad was ready.", "squad was ready", "Shevchenko"),
    ],
)
def test_a_slavic_surname_alone_is_a_person(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "person")


def test_a_firm_shaped_like_a_surname_that_says_it_stays_a_body() -> None:
    found = claims("Kaspersky said it had found a flaw in the software.")
    assert speaker(found[0]) == ("Kaspersky", "organization")


@pytest.mark.parametrize(
    "text",
    [
        "According to the fire brigade, no one was hurt.",
        "The fire brigade said no one was hurt in the blaze.",
        "No one was hurt, the fire brigade said.",
    ],
)
def test_the_fire_brigade_is_a_body(text: str) -> None:
    assert speaker(claims(text)[0]) == ("fire brigade", "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Headteacher Mark Evans said pupils were safe.", "Mark Evans"),
        ("Headmistress Jane Hill said the school would reopen on Monday.", "Jane Hill"),
        ("Principal Maria Lopez told parents the building was safe.", "Maria Lopez"),
    ],
)
def test_a_school_head_title_before_a_name_is_dropped(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "person")
