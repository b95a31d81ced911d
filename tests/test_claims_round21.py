"""Round 21: speakers and claims on unseen wire copy (issue #6), found by probing with
long, multi-speaker copy written for the purpose. A nationality after a named speaker is
that speaker, not a club or country named in what they said ("Arteta said Arsenal ...
The Spaniard said"); a region word may narrow the nationality ("the Northern
Irishman"); "co-author", "lead author" and "laureate" are titles before a name.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Mikel Arteta said Arsenal deserved to win. The Spaniard said his players had "
            "been outstanding.",
            "outstanding",
            "Mikel Arteta",
        ),
        (
            'Ange Postecoglou said Tottenham were unlucky. "We created enough chances," the '
            "Australian said.",
            "enough chances",
            "Ange Postecoglou",
        ),
        (
            "Carlo Ancelotti said Madrid had been patient. The Italian said the title was "
            "not yet won.",
            "title was",
            "Carlo Ancelotti",
        ),
        (
            "Unai Emery said Villa must keep believing. The Spaniard added that the squad "
            "was tired.",
            "squad",
            "Unai Emery",
        ),
    ],
)
def test_a_nationality_points_past_a_club_in_the_words(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "person")


def test_a_lone_name_before_a_nationality_is_still_the_person() -> None:
    # No one else named: the lone capitalised word is the person ("Neymar").
    found = claims('Neymar scored twice. "I am happy," said the Brazilian.')
    assert speaker(found[0]) == ("Neymar", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rory McIlroy said the greens were fast. The Northern Irishman said he was "
            "pleased with his round.",
            "Rory McIlroy",
        ),
        (
            'Siya Kolisi said the pack had been immense. "We never stopped," the South '
            "African said.",
            "Siya Kolisi",
        ),
        (
            "Kane Williamson said the pitch was slow. The New Zealander said the side "
            "would bat first.",
            "Kane Williamson",
        ),
    ],
)
def test_a_region_may_narrow_the_nationality(text: str, name: str) -> None:
    found = claims(text)
    assert len(found) == 2
    assert speaker(found[-1]) == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We are encouraged by the data," said co-author Tom Baker.', "Tom Baker"),
        ("Co-author Ann Lee said the results were striking.", "Ann Lee"),
        ('"The effect is large," said study co-author Omar Haddad.', "Omar Haddad"),
        ("Lead author Jane Smith said the trial would be repeated.", "Jane Smith"),
        ("The move was a mistake, according to Nobel laureate Joseph Stiglitz.", "Joseph Stiglitz"),
        ('"It is a scandal," said Nobel laureate Paul Krugman.', "Paul Krugman"),
    ],
)
def test_author_and_laureate_are_titles(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Britain's Office for National Statistics said the economy had shrunk.",
            "Office for National Statistics",
        ),
        (
            "Japan's Ministry of Finance said it had intervened in the market.",
            "Ministry of Finance",
        ),
        ("London's Metropolitan Police said two men had been arrested.", "Metropolitan Police"),
    ],
)
def test_a_country_owning_a_body_is_no_part_of_its_name(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lloyd's of London said claims had risen.", "Lloyd's of London"),
        ("Women's Aid said calls to its helpline had doubled.", "Women's Aid"),
    ],
)
def test_a_possessive_inside_a_name_stays(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's general staff said 30 attacks had been repelled. It said fighting was "
        "fiercest near Pokrovsk.",
        "The general staff said the drills had ended. It said troops would return to base.",
        "Russia's general staff said the exercise was complete. It added that no weapons "
        "had been fired.",
    ],
)
def test_a_general_staff_is_a_body_and_its_pronoun_follows(text: str) -> None:
    found = claims(text)
    assert len(found) == 2
    assert {speaker(c)[1] for c in found} == {"organization"}
    assert speaker(found[0])[0] == speaker(found[1])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Hospital staff said they were exhausted.",
        "Staff at the school said the building had been evacuated.",
    ],
)
def test_staff_speaking_together_are_a_group(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "group"


def test_a_chief_of_staff_is_still_a_person() -> None:
    found = claims("White House chief of staff Jeff Zients said the bill would pass.")
    assert speaker(found[0]) == ("Jeff Zients", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eastern Pacific Shipping said the crew were unhurt.", "Eastern Pacific Shipping"),
        (
            "The tanker's owner, Delta Tankers, said it was assessing the damage.",
            "Delta Tankers",
        ),
        ("The ship's manager, Nordic Logistics, said the cargo was safe.", "Nordic Logistics"),
    ],
)
def test_a_shipping_firm_named_by_its_trade_is_an_organisation(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")
