"""Round 14: speakers on unseen wire copy (issue #6). A name used by its first word
("Xi Jinping ... Xi said"); a lone common surname as a speaker is a person, not a body;
lower-case name particles ("ten Hag", "de Gaulle"); a job before a name ("said firefighter
Mike O'Brien"); role synonyms ("the pontiff" for "Pope Francis"); an owner before a named
person's role ("said the group's U.N. director, Ana Torres"); a long reason for anonymity
after "who". Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- a name used by its first word ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "North Korean leader Kim Jong Un toured a shipyard on Friday.\n\n"
            "Kim said the navy would get new submarines.",
            "Kim Jong Un",
        ),
        (
            "Chinese Premier Li Qiang met foreign investors in Shanghai.\n\n"
            "Li said the economy would grow by about 5% this year.",
            "Li Qiang",
        ),
        (
            "Foreign Minister Wang Yi arrived in Jakarta late on Tuesday.\n\n"
            "Wang said both sides wanted calm in the region.",
            "Wang Yi",
        ),
        (
            "Tedros Adhanom Ghebreyesus, the head of the WHO, opened the meeting.\n\n"
            "Tedros said the vaccine stocks were running low.",
            "Tedros Adhanom Ghebreyesus",
        ),
        (
            "Energy Minister Prince Abdulaziz bin Salman chaired the talks. Prince Abdulaziz "
            "added that supply would stay tight.",
            "Abdulaziz bin Salman",
        ),
    ],
)
def test_first_word_of_a_full_name_is_that_person(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


def test_a_first_word_two_people_share_names_neither() -> None:
    text = (
        "Kim Jong Un and Kim Yo Jong visited the factory on Monday.\n\n"
        "Kim said output would double."
    )
    assert speaker(claims(text)[-1])[0] not in ("Kim Jong Un", "Kim Yo Jong")


# -- a lone unknown word that speaks is a surname -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zhang said the plant would reopen next month.", "Zhang"),
        ("O'Brien said two colleagues had been taken to hospital.", "O'Brien"),
        ('"We were lucky," said Okonkwo.', "Okonkwo"),
        ('"It will not close," Nguyen said.', "Nguyen"),
        ("McAllister said the vote had been rigged.", "McAllister"),
    ],
)
def test_lone_word_speaker_is_a_person(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moscow said the talks had collapsed.", "Moscow"),
        ('"The door is open," Beijing said.', "Beijing"),
        ("Boeing said deliveries would resume in May.", "Boeing"),
        ("Veltrano said its shares would be listed in May.", "Veltrano"),
        ("Brixholm said it would cut 300 jobs at its plant.", "Brixholm"),
        (
            "Marlowfield, the association that speaks for landlords, said the rules were unfair.",
            "Marlowfield",
        ),
        ("The EU said the talks had failed.", "EU"),
        ("Drugmaker Zelvia says its trial met every goal", "Zelvia"),
        ('"Demand is strong," said Harrowgate.', "Harrowgate"),
    ],
)
def test_lone_word_that_is_a_body_stays_a_body(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Vantora Airlines grounded its planes on Monday. Vantora said in a statement that the "
        "checks would take a week.",
        "Planes of Vantora Airlines were grounded on Monday. Vantora said in a statement that "
        "the checks would take a week.",
    ],
)
def test_a_body_that_opens_a_longer_name_given_before(text: str) -> None:
    assert speaker(by_text(claims(text), "checks"))[1] == "organization"


def test_a_lone_word_as_a_documents_author_is_not_made_a_person() -> None:
    text = "Prices rose 4% last year, according to estimates from the consultancy Harrowgate."
    found = claims(text)
    assert all(c.speaker is None or c.speaker.kind.value != "person" for c in found)


# -- lower-case name particles --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ajax manager Erik ten Hag said his team had been unlucky.",
        'Ajax lost again under Erik ten Hag. "We created chances," ten Hag said.',
        "Erik ten Hag was sacked on Monday. Ten Hag said he was disappointed.",
    ],
)
def test_ten_as_a_particle(text: str) -> None:
    assert speaker(claims(text)[-1]) == ("Erik ten Hag", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Charles de Gaulle spoke on the radio. De Gaulle said France would fight on.",
            "Charles de Gaulle",
        ),
        (
            'Charles de Gaulle spoke on the radio. "France will fight on," de Gaulle said.',
            "Charles de Gaulle",
        ),
        (
            "Dutch coach Louis van Gaal named his squad. Van Gaal said the team was ready.",
            "Louis van Gaal",
        ),
        (
            'Dutch coach Louis van Gaal named his squad. "We are ready," said van Gaal.',
            "Louis van Gaal",
        ),
    ],
)
def test_particle_and_surname_link_to_the_full_name(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


def test_ten_between_a_month_and_a_noun_is_no_name() -> None:
    text = "In May ten Britons were detained, the ministry said."
    assert speaker(claims(text)[0]) == ("ministry", "organization")


# -- a job before a name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Crews fought the blaze overnight. "It was like an oven," said firefighter Mike '
            "O'Brien. O'Brien said two colleagues were hurt.",
            "Mike O'Brien",
        ),
        ('"We could not reach them," said paramedic Ana Ruiz.', "Ana Ruiz"),
        ('"The rain will ease by noon," said forecaster Lee Chan.', "Lee Chan"),
    ],
)
def test_job_word_before_a_name(text: str, name: str) -> None:
    found = claims(text)
    assert found
    assert all(speaker(c) == (name, "person") for c in found)


# -- role synonyms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pope Francis said peace was possible. The pontiff added that talks must resume.",
            "Francis",
        ),
        (
            "King Charles visited the flooded town. The monarch said the damage was shocking.",
            "Charles",
        ),
        (
            "Prime Minister Anna Berg met the unions on Monday. The premier said a deal was close.",
            "Anna Berg",
        ),
        (
            "Senator Jane Holt voted against the bill. The lawmaker said it was rushed.",
            "Jane Holt",
        ),
        (
            "Ambassador Tom Reyes arrived in Kabul. The envoy said talks would start soon.",
            "Tom Reyes",
        ),
        ("Justice Mary Cole dissented. The judge said the law was clear.", "Mary Cole"),
    ],
)
def test_role_synonym_resolves_to_the_named_person(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Wang Yi arrived in Cairo. The top diplomat said a truce was near.",
        "Foreign Minister Ana Costa flew to Kyiv.\n\nThe diplomat said talks would go on.",
    ],
)
def test_the_diplomat_is_the_foreign_minister_named_before(text: str) -> None:
    assert speaker(claims(text)[-1])[0] in ("Wang Yi", "Ana Costa")


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Wang Yi arrived in Cairo. A Western diplomat said a truce was near.",
        'Foreign Minister Wang Yi arrived in Cairo. "A truce is near," a diplomat said.',
    ],
)
def test_an_indefinite_diplomat_is_someone_else(text: str) -> None:
    assert speaker(claims(text)[-1])[0] != "Wang Yi"


def test_an_unnamed_lawmaker_stays_unnamed() -> None:
    text = (
        "Senator Jane Holt voted against the bill. A lawmaker who asked not to be named said "
        "it was rushed."
    )
    assert speaker(claims(text)[-1])[1] == "anonymous"


# -- an owner before a named person's role ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Guns keep coming," said the group\'s U.N. director, Ana Torres.', "Ana Torres"),
        ('"Guns keep coming," said the U.N. envoy, Ana Torres.', "Ana Torres"),
        ('"Costs will rise," said the agency\'s U.S. director, Paul Ames.', "Paul Ames"),
    ],
)
def test_owner_then_role_then_name(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "person")


def test_owner_alone_still_speaks() -> None:
    assert speaker(claims('"Guns keep coming," said the agency.')[0]) == (
        "agency",
        "organization",
    )


# -- a long reason for anonymity after "who" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A firefighter who asked not to be named because he was not authorized to speak to "
            "reporters said crews were exhausted.",
            "firefighter",
        ),
        (
            "A police officer who asked not to be named because she was not allowed to talk to "
            "the press said two men were arrested.",
            "police officer",
        ),
        (
            "A senior official who spoke on condition of anonymity because he was not "
            "authorized to brief journalists said the deal was close.",
            "senior official",
        ),
    ],
)
def test_long_reason_for_anonymity(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "anonymous")


# -- "the airline", "the utility", "the chain": the body named before ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kestrel Air said it had grounded two planes. The airline said checks would take a "
            "week.",
            "Kestrel Air",
        ),
        (
            "Northwind Power said it had restored supply. The utility said crews would work "
            "overnight.",
            "Northwind Power",
        ),
        (
            "The grocery chain Freshway cut prices on Monday. The chain said sales had risen.",
            "Freshway",
        ),
        ("Volta Bank cut rates on Tuesday. The lender said demand was weak.", "Volta Bank"),
    ],
)
def test_generic_company_noun_is_the_body_named_before(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Air Marshal Tom Reed said the base was safe.",
        '"We are ready," said Air Chief Marshal Tom Reed.',
        "Field Marshal Tom Reed said the base was safe.",
    ],
)
def test_marshal_is_a_title_not_an_airline(text: str) -> None:
    assert speaker(claims(text)[0]) == ("Tom Reed", "person")


# -- a nationality of two words before a role ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The head of the panel, former Costa Rican foreign minister Ana Vega, said the count "
            "was clean.",
            "Ana Vega",
        ),
        (
            "Former Sri Lankan cricket captain Arjuna Perera said the board had failed.",
            "Arjuna Perera",
        ),
        ('"We will vote no," said South African envoy Thabo Nkosi.', "Thabo Nkosi"),
        (
            "The head of the mission, former South Korean diplomat Park Min-jun, called for a "
            "recount.",
            "Park Min-jun",
        ),
    ],
)
def test_two_word_nationality_before_a_role(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "person")


def test_a_country_of_two_words_still_speaks_as_a_body() -> None:
    assert speaker(claims("Costa Rica said it would send observers.")[0]) == (
        "Costa Rica",
        "organization",
    )


# -- a joined second verb keeps the person after an owner -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. deputy ambassador, Rachel Moore, said the vote was fair but warned that "
        "violence could return.",
        "The U.N. envoy, Rachel Moore, said the vote was fair and added that violence could "
        "return.",
    ],
)
def test_joined_verb_after_owner_role_and_name(text: str) -> None:
    found = claims(text)
    assert [speaker(c) for c in found] == [("Rachel Moore", "person")] * 2


# -- a body's name ending in "'s" before a verb of saying ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hartwell's said it would close 23 stores.", "Hartwell's"),
        ("Sainsbury's said sales had risen 3% in the quarter.", "Sainsbury's"),
        ("Morrow's said on Tuesday that sales had risen 3%.", "Morrow's"),
    ],
)
def test_name_ending_in_s_before_said(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


def test_an_owner_before_a_role_is_not_the_speaker() -> None:
    assert speaker(claims("Keller's lawyer said the case was weak.")[0])[1] == "person"


def test_an_owner_before_a_noun_that_is_also_a_verb_is_no_speaker() -> None:
    text = "The employers said the union's demand for a 12% rise was unaffordable."
    found = claims(text)
    assert [speaker(c) for c in found] == [("employers", "group")]
