"""Round 25: the categories of the newest blind articles (issue #6). Bodies typed as
people or cut short ("Greenpeace Brazil", "The consortium building it, X,", "the
society", "Chile's National Seismology Centre"), ranks as anaphors ("Col X ... the
colonel"), names with particles inside a group ("residents of São Luiz do Tapajós"), a
share of a public group ("according to several passengers"), a role before a trailing
name ("A, its director, Dr X, said"), place adverbs after a subject ("Doctors there
confirmed"), bodies that name themselves ("a group calling itself X"), the second half of
a quote after "said in a video posted online", and relative clauses that are no reports
("a move that parents condemned"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, kind_of, speaker

# -- a known body's name opening a longer name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Greenpeace Chile said the mine would poison two rivers.", "Greenpeace Chile"),
        ("Oxfam Kenya said the food aid had arrived too late.", "Oxfam Kenya"),
        ("Caritas Nepal said families needed tents before the snow.", "Caritas Nepal"),
    ],
)
def test_known_body_with_a_place_is_a_body(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


def test_a_person_with_a_place_for_surname_stays_a_person() -> None:
    found = claims("Michael Jordan said the team had played well.")
    assert speaker(found[0]) == ("Michael Jordan", "person")


# -- a body's noun, a comma, then its name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mining firm, Vale Norte, said it had stopped work.", "Vale Norte"),
        ("The company running the port, Ostrava Lines, said it would appeal.", "Ostrava Lines"),
        (
            "The consortium building it, Energia Xingu, said in a statement that it regretted "
            "the clashes.",
            "Energia Xingu",
        ),
    ],
)
def test_name_after_a_body_noun_is_that_body(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


def test_it_after_the_named_body_is_the_body() -> None:
    found = claims(
        "The consortium building the dam, Energia Xingu, said it regretted the clashes. It "
        "insisted that the project had every licence."
    )
    assert speaker(by_text(found, "every licence")) == ("Energia Xingu", "organization")


def test_a_person_after_a_role_stays_a_person() -> None:
    found = claims("The company's chief, Jane Smith, said sales rose.")
    assert speaker(found[0]) == ("Jane Smith", "person")


# -- "the society", "the consortium": a body by its noun ---------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            '"We are here to help," said Ana Lopes of the Kenya Red Cross Society. The '
            "society added that more tents would arrive on Friday.",
            "more tents",
            "Kenya Red Cross Society",
        ),
        (
            "The Royal Horticultural Society opened its show on Monday. The society said "
            "entries were up by a fifth.",
            "entries were up",
            "Royal Horticultural Society",
        ),
    ],
)
def test_the_society_is_the_society_named(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "organization")


# -- "according to Chile's X": the body the place owns ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The quake struck at dawn, according to Chile's National Seismology Centre.",
            "National Seismology Centre",
        ),
        (
            "The river peaked at nine metres, according to Bangladesh's Flood Forecasting "
            "and Warning Centre.",
            "Flood Forecasting and Warning Centre",
        ),
    ],
)
def test_according_to_a_places_body_is_the_body(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


def test_according_to_a_place_alone_is_unchanged() -> None:
    found = claims("Shots were fired near the border, according to Ukraine's military.")
    name, kind = speaker(found[0])
    assert "military" in name and kind == "organization"


# -- a rank as an anaphor for the person with that title ---------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The province's security chief, Col Pedro Ramos, told reporters that officers had "
            "acted lawfully. The colonel denied that shots had been fired.",
            "shots had been fired",
            "Pedro Ramos",
        ),
        (
            "Gen Tomas Ibarra told reporters that troops had withdrawn. The general said no "
            "soldier had been hurt.",
            "no soldier",
            "Tomas Ibarra",
        ),
        (
            "Capt Ana Ruiz said the ship was safe. The captain added that the crew were unhurt.",
            "crew were unhurt",
            "Ana Ruiz",
        ),
    ],
)
def test_rank_refers_to_the_titled_person(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "person")


# -- particles inside a place name in a group ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Residents of Vila Nova do Xingu, the village nearest the mine, say they were "
            "never consulted.",
            "Residents of Vila Nova do Xingu",
        ),
        (
            "Farmers in Mato Grosso do Sul said the drought was the worst in decades.",
            "Farmers in Mato Grosso do Sul",
        ),
    ],
)
def test_group_runs_over_a_name_particle(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "group")


def test_group_with_particle_is_not_a_body_named_before() -> None:
    found = claims(
        "The firm, Vale Xingu, said work had stopped. Residents of Porto do Xingu, the "
        "village nearest the mine, say they were never consulted."
    )
    assert speaker(by_text(found, "never consulted")) == ("Residents of Porto do Xingu", "group")


def test_lower_case_do_is_no_particle() -> None:
    found = claims("Officials in Lagos do not expect rain, the agency said.")
    assert speaker(found[0])[0] == "agency"


# -- a share of a public group is the group; informants stay anonymous -----------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The queue stretched for hours, according to several passengers.",
            "several passengers",
            "group",
        ),
        ("Shots were fired, according to some residents.", "some residents", "group"),
        ("Shots were fired, according to several officials.", "several officials", "anonymous"),
        (
            "The queue stretched for hours, according to two officials.",
            "two officials",
            "anonymous",
        ),
        ("Shots were fired, according to two residents.", "two residents", "anonymous"),
    ],
)
def test_according_to_a_counted_group(text: str, name: str, kind: str) -> None:
    assert speaker(claims(text)[0]) == (name, kind)


# -- a role before a trailing name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The clinic was treating more than 200 patients, its director, Dr Mary Okoro, said.",
            "The clinic was treating more than 200 patients",
            "Mary Okoro",
        ),
        (
            "The bridge was unsafe, the city's chief engineer, Tom Reilly, said.",
            "The bridge was unsafe",
            "Tom Reilly",
        ),
        (
            "The road had been closed since dawn, the county's police chief, Mr. Sam Obi, said.",
            "The road had been closed since dawn",
            "Sam Obi",
        ),
        (
            "The clinic, which has 40 beds, was treating 300 people, many of them in tents, "
            "its director, Dr Mary Okoro, said.",
            "The clinic, which has 40 beds, was treating 300 people, many of them in tents",
            "Mary Okoro",
        ),
        (
            "The ministry, which has 25 offices, was closed on Monday, its spokesman, Tom "
            "Reilly, said.",
            "The ministry, which has 25 offices, was closed on Monday",
            "Tom Reilly",
        ),
    ],
)
def test_role_before_trailing_name_is_no_content(text: str, content: str, name: str) -> None:
    found = claims(text)
    assert [c.text for c in found] == [content]
    assert speaker(found[0]) == (name, "person")


def test_she_after_the_trailing_name_is_that_person() -> None:
    found = claims(
        '"We lost the roof," said Ali Khan, a 40-year-old trader. The clinic was full, its '
        "director, Dr Mary Okoro, said. She appealed for blood."
    )
    assert speaker(by_text(found, "blood")) == ("Mary Okoro", "person")


def test_an_aside_with_inner_commas_still_finds_its_subject() -> None:
    found = claims("Meridian, which runs clinics in Ohio, Iowa and Utah, said the deal was good.")
    assert speaker(found[0]) == ("Meridian", "organization")


def test_pronoun_inside_parenthetical_keeps_the_role_in_content() -> None:
    found = claims(
        "Mendes said divers had found the wreck. The captain, he said, had sailed on even "
        "though the sea was rough."
    )
    assert by_text(found, "had sailed on").text.startswith("The captain, he said")


# -- a place adverb after the subject -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doctors there confirmed that he was in a stable condition.", "Doctors"),
        ("Officials there said the road was closed.", "Officials"),
        ("Residents here say the water is brown.", "Residents"),
    ],
)
def test_place_adverb_after_subject(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "group")


# -- a body that names itself ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A group calling itself RedFox claimed the attack on Monday.", "A group"),
        ("A hacker group known as NightOwl claimed the attack.", "A hacker group"),
        ("A charity called Hope Kenya opened two clinics.", "A charity"),
    ],
)
def test_body_naming_itself_is_one_body(text: str, phrase: str) -> None:
    from newsfacts.document import Document
    from newsfacts.extractors._names import mentions

    registry = mentions(Document(text))
    noun = registry.at(text.index(phrase))
    assert noun is not None
    ent = registry.entity(noun)
    assert ent.name in text and ent.name[0].isupper()
    assert ent.name not in phrase


def test_the_group_later_is_the_self_named_body() -> None:
    found = claims(
        "A group calling itself RedFox claimed the attack. The group said it had the files."
    )
    assert speaker(by_text(found, "had the files")) == ("RedFox", "organization")


def test_plain_name_after_a_body_noun_is_a_body() -> None:
    assert kind_of("A charity called Hope Kenya said the aid was late.", "Hope Kenya").value == (
        "organization"
    )


# -- the second half of a quote after "said in a video posted ..." ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"This is not what we promised," Mayor Ana Lopes said in a video posted online, '
            '"and I am sorry. We will fix it."',
            "Ana Lopes",
        ),
        (
            '"We will rebuild," Governor Tom Reilly said in a statement released on Sunday, '
            '"and no family will be left behind."',
            "Tom Reilly",
        ),
        (
            '"We will rebuild," Tom Reilly wrote in a letter published on Sunday, "and no one '
            'will be left behind."',
            "Tom Reilly",
        ),
    ],
)
def test_second_half_after_a_channels_participle(text: str, name: str) -> None:
    found = claims(text)
    assert len(found) == 2
    assert all(speaker(c) == (name, "person") for c in found)


def test_posted_as_the_cue_still_counts() -> None:
    found = claims('The company posted: "We are sorry."')
    assert [c.text for c in found] == ["We are sorry."]


# -- a relative clause is no report ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "The mayor added that the city would close two schools, a move that parents "
            "quickly condemned.",
            "close two schools",
        ),
        (
            "The mayor added that the city would close two schools, a plan which unions "
            "criticised.",
            "close two schools",
        ),
        (
            "Ruiz added that the army would pull back, a step that critics in Lima "
            "immediately condemned.",
            "pull back",
        ),
    ],
)
def test_relative_clause_verb_is_no_trailing_cue(text: str, fragment: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert by_text(found, fragment).cue == "added"


def test_trailing_cue_still_found() -> None:
    found = claims("The schools will close, the city's mayor said.")
    assert [c.text for c in found] == ["The schools will close"]


# -- "the two delegations": a known set after "the"; informants stay anonymous ----------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The truce will start on Friday, the two delegations announced in a statement.", "group"),
        ("The two delegations said the truce would start on Friday.", "group"),
        ("The talks will resume in May, both sides said.", "group"),
        ("Two officials said the truce would start on Friday.", "anonymous"),
        ("The two officials said the truce would start on Friday.", "anonymous"),
    ],
)
def test_counted_sides_after_the(text: str, kind: str) -> None:
    assert speaker(claims(text)[0])[1] == kind
