"""The name registry: role phrases across clauses, body names, places, and which body a
definite noun ("the club", "the company") refers to."""

from __future__ import annotations

import pytest

import newsfacts
from _nametools import referent, registry
from newsfacts.models import EntityKind

# -- a role noun, a verb, then a plural: two phrases, not one group --------------------


@pytest.mark.parametrize(
    ("text", "role", "person"),
    [
        (
            "Health Minister Grace Abena toured the region on Monday.\n\n"
            "The minister met families at a shelter in the north.",
            "The minister",
            "Grace Abena",
        ),
        (
            "Mayor Tom Reyes spoke at noon. The mayor visited survivors in the hospital.",
            "The mayor",
            "Tom Reyes",
        ),
        (
            "Police Chief Ana Lopes arrived later. The chief thanked volunteers for their help.",
            "The chief",
            "Ana Lopes",
        ),
    ],
)
def test_role_noun_before_a_verb_is_its_own_phrase(text: str, role: str, person: str) -> None:
    doc, reg = registry(text)
    ent = referent(doc, reg, role)
    assert ent is not None and ent.name == person
    m = reg.at(doc.text.index(role))
    assert m is not None and doc.slice(m.span) == role


def test_adjacent_nouns_still_make_one_phrase() -> None:
    doc, reg = registry("Rescue workers said the union leader addressed striking dock workers.")
    m = reg.at(doc.text.index("the union leader"))
    assert m is not None and doc.slice(m.span) == "the union leader"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A US armed forces spokesman said the strike hit targets.", "US armed forces spokesman"),
        (
            "Officials said an EU funded aid worker was hurt in the blast.",
            "an EU funded aid worker",
        ),
        (
            "It was bought by a French state-controlled chemical manufacturer in May.",
            "a French state-controlled chemical manufacturer",
        ),
    ],
)
def test_a_name_after_a_or_an_is_a_modifier_not_a_subject(text: str, phrase: str) -> None:
    # "a"/"an" before a name makes it part of a noun phrase: the past participle after it
    # modifies a noun ("armed forces"), it is no verb ending the phrase.
    doc, reg = registry(text)
    m = reg.at(doc.text.index(phrase))
    assert m is not None and phrase in doc.slice(m.span)


# -- a capitalised run ending in an organisation word is one body -----------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Georgia Voter Access Project filed a lawsuit on Tuesday.",
            "Georgia Voter Access Project",
        ),
        (
            "A report by the Virginia Farmer Relief Fund said prices rose.",
            "Virginia Farmer Relief Fund",
        ),
        (
            "The Jordan Teacher Support Alliance said it would appeal.",
            "Jordan Teacher Support Alliance",
        ),
    ],
)
def test_run_ending_in_org_word_is_one_organisation(text: str, body: str) -> None:
    doc, reg = registry(text)
    ent = referent(doc, reg, body)
    assert ent is not None and ent.kind is EntityKind.ORGANIZATION and ent.name == body


def test_the_group_is_the_body_named_in_the_story_not_the_headline_phrase() -> None:
    text = (
        "Voting rights group sues over new law\n\n"
        "ATLANTA (AP) — The Georgia Voter Access Project filed a lawsuit on Tuesday.\n\n"
        "The group said the law was unfair."
    )
    doc, reg = registry(text)
    ent = referent(doc, reg, "The group")
    assert ent is not None and ent.name == "Georgia Voter Access Project"


def test_the_group_still_repeats_a_group_named_only_by_its_noun() -> None:
    doc, reg = registry("An aid group said roads were cut. The group said it needed trucks.")
    ent = referent(doc, reg, "The group")
    assert ent is not None and ent.name.endswith("group")


# -- a place that is also a first name is no person ------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The law was passed in Georgia last year.", "Georgia"),
        ("Officials in Jordan said the border was closed.", "Jordan"),
        ("Voters sued Georgia over the new maps.", "Georgia"),
        ("Floods hit Florence on Sunday.", "Florence"),
    ],
)
def test_known_place_is_not_a_person(text: str, place: str) -> None:
    doc, reg = registry(text)
    ent = referent(doc, reg, place)
    assert ent is not None and ent.kind is not EntityKind.PERSON and ent.gender is None


def test_first_name_with_surname_is_still_a_person() -> None:
    doc, reg = registry("Georgia Banks, a nurse, said the ward was full.")
    ent = referent(doc, reg, "Georgia Banks")
    assert ent is not None and ent.kind is EntityKind.PERSON and ent.gender == "female"


# -- "the club", "the company": the body of the right kind -----------------------------


def test_the_club_is_a_club_not_a_trophy() -> None:
    text = (
        "Harlow City reached the FA Trophy final on Saturday.\n\n"
        "The club said tickets would go on sale on Monday."
    )
    doc, reg = registry(text)
    ent = referent(doc, reg, "The club")
    assert ent is not None and ent.name == "Harlow City"
    assert ent.kind is EntityKind.ORGANIZATION


def test_the_club_skips_a_cup_named_after_it() -> None:
    text = "Dunmore Rovers were knocked out of the Davis Cup. The club said it was proud."
    doc, reg = registry(text)
    ent = referent(doc, reg, "The club")
    assert ent is not None and ent.name == "Dunmore Rovers"


def test_club_word_after_place_preposition_stays_a_place() -> None:
    doc, reg = registry("He moved to Mexico City in May.")
    ent = referent(doc, reg, "Mexico City")
    assert ent is not None and ent.kind is not EntityKind.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Deutsche Bahn suspended services to the Isar valley. "
            "The company said buses would run.",
            "Deutsche Bahn",
        ),
        (
            "Nordlicht AG bought a stake in the Ministry of Energy project. "
            "The company said the deal would close in May.",
            "Nordlicht AG",
        ),
        (
            "Swedish carmaker Voltera met the Transport Agency on Monday. "
            "The company said talks went well.",
            "Voltera",
        ),
    ],
)
def test_the_company_is_a_company(text: str, company: str) -> None:
    doc, reg = registry(text)
    ent = referent(doc, reg, "The company")
    assert ent is not None and ent.name == company


# -- who speaks: a lone surname, an age, a body's spokesman -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters, Okafor said the plan would work.",
        "Asked about the delay, Okafor said the plan would work.",
        "Okafor told reporters the plan would work.",
    ],
)
def test_lone_surname_speaking_as_a_person(text: str) -> None:
    facts = newsfacts.extract(text, published="2024-03-05")
    assert facts.claims
    speaker = facts.claims[0].speaker
    assert speaker is not None and speaker.name == "Okafor"
    assert speaker.kind is EntityKind.PERSON


def test_lone_name_saying_without_person_cue_keeps_its_kind() -> None:
    doc, reg = registry("Halvex said the plan would work.")
    ent = referent(doc, reg, "Halvex")
    assert ent is None or ent.kind is not EntityKind.PERSON


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Peter Jansen, 52, runs a bakery. The 52-year-old said sales fell sharply.",
            "Peter Jansen",
        ),
        ("Ana Silva, 34, lost her home. The 34-year-old said she had nowhere to go.", "Ana Silva"),
    ],
)
def test_the_age_alone_is_the_person_just_named(text: str, person: str) -> None:
    facts = newsfacts.extract(text, published="2024-03-05")
    assert facts.claims
    speaker = facts.claims[0].speaker
    assert speaker is not None and speaker.name == person


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Dutch economy ministry's spokesman said the plan was on track.", "economy ministry"),
        ("The national health agency's spokeswoman said cases fell.", "health agency"),
    ],
)
def test_a_bodys_spokesman_speaks_for_the_body(text: str, body: str) -> None:
    facts = newsfacts.extract(text, published="2024-03-05")
    assert facts.claims
    speaker = facts.claims[0].speaker
    # (unnamed: an anonymous source named after the whole body and the role)
    assert speaker is not None and speaker.kind is EntityKind.ANONYMOUS
    assert body in speaker.name.lower() and speaker.name.endswith(("spokesman", "spokeswoman"))


@pytest.mark.parametrize(
    "phrase",
    ["Iraq's deputy foreign minister", "the deputy prime minister", "official Serb sources"],
)
def test_title_modifiers_stay_inside_the_phrase(phrase: str) -> None:
    doc, reg = registry(f"Later, {phrase} said the talks had failed.")
    m = reg.at(doc.text.index(phrase) + len(phrase) - 2)
    assert m is not None and doc.slice(m.span).lower().endswith(phrase.split()[-1])
    assert m.span.start <= doc.text.index(phrase) + 1


def test_the_company_skips_a_ministry_named_with_a_company_word() -> None:
    doc, reg = registry(
        "Ardent Power Ltd signed a deal. Later the Ministry of Energy approved it. "
        "The company said work would start in June."
    )
    ent = referent(doc, reg, "The company")
    assert ent is not None and ent.name == "Ardent Power Ltd"


def test_person_opener_after_a_dateline() -> None:
    facts = newsfacts.extract(
        "LAGOS, Nigeria (Reuters) - Speaking to reporters, Okafor said the plan would work.",
        published="2024-03-05",
    )
    assert facts.claims
    speaker = facts.claims[0].speaker
    assert speaker is not None and speaker.name == "Okafor"
    assert speaker.kind is EntityKind.PERSON
