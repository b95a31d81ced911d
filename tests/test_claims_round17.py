"""Round 17: speakers and claims on unseen wire copy (issue #6), found by probing with
wire copy written for the purpose. "The agency" is a government body of another name
("the US Geological Survey ... the agency"); "the service", "the bureau" and a lower-case
"national assembly" are bodies; a one-word name that spoke ("Ryanair said") is the body a
later "the carrier" or "It said" stands for; a body's role owned by a thing ("the
vessel's operator") is a body of its own; "von der", "de la" join a name; "Lula" names
"Luiz Inacio Lula da Silva"; "Members of the X (ABBR), the country's largest union,"
are the members; "Department of Justice" is a body; "Refugees said" are a group; "the
Republican" is the person just named; "UKHSA" stands for "UK Health Security Agency";
"..., with the rest forecasting that A" is the group's; "the ship's owner, Oceanic
Lines," is the body. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- "the agency", "the union": a body of another name --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The US Geological Survey said the quake struck at dawn. The agency said there "
            "was no risk of a tsunami.",
            "US Geological Survey",
        ),
        (
            "The Ministry of Health said 20 people had died. The agency said the outbreak "
            "was contained.",
            "Ministry of Health",
        ),
        (
            "The Pakistan Meteorological Department said the heatwave would last. But the "
            "agency warned that rain could follow.",
            "Pakistan Meteorological Department",
        ),
        (
            "The National Hurricane Commission said the storm had weakened. The agency said "
            "it would reach land on Friday.",
            "National Hurricane Commission",
        ),
    ],
)
def test_the_agency_is_the_government_body_named_last(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The British Medical Association said doctors would walk out. The union said "
            "talks had collapsed.",
            "British Medical Association",
        ),
        (
            "The National Education Association said teachers were leaving. The union said "
            "classes were too big.",
            "National Education Association",
        ),
        (
            "The Irish Nurses Association said wards were full. The union said staff were "
            "exhausted.",
            "Irish Nurses Association",
        ),
    ],
)
def test_the_union_is_an_association_named_last(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


# -- "the service", "the bureau", a lower-case assembly --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The National Weather Service said the storm would bring rain. The service "
            "warned that flooding was likely.",
            "National Weather Service",
        ),
        (
            "The Bureau of Meteorology said it would be hot. The bureau warned that fire "
            "danger was extreme.",
            "Bureau of Meteorology",
        ),
        (
            "The Federal Bureau of Statistics said prices rose. The bureau said food led "
            "the increase.",
            "Federal Bureau of Statistics",
        ),
    ],
)
def test_the_service_and_the_bureau_are_the_body_named_so(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The national assembly said the vote would be held on Friday.",
        "The state senate said the bill had passed.",
        "The regional legislature said the budget was approved.",
    ],
)
def test_a_lower_case_legislature_is_a_body(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "organization"


def test_the_air_force_is_a_body() -> None:
    found = claims(
        "Ukraine's military said it had shot down 20 drones. The air force said two "
        "missiles had hit Kyiv."
    )
    assert speaker(by_text(found, "two missiles")) == ("air force", "organization")


# -- a one-word name that spoke is the body a later noun or "It" stands for ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ryanair said bookings were strong. The carrier said fares would fall in the summer.",
            "Ryanair",
        ),
        ("Barclays said profit fell. The bank said it would cut 5,000 jobs.", "Barclays"),
        ("Wizzair said demand held up. The airline said fuel costs had eased.", "Wizzair"),
        ("Boeing said it had delivered 30 jets. The planemaker said output would rise.", "Boeing"),
        (
            "Netflix said subscribers rose by 9 million.\n\nIt said revenue would grow 15 "
            "percent next year.",
            "Netflix",
        ),
        ("Klarna said losses narrowed. It said it would list in New York.", "Klarna"),
    ],
)
def test_a_one_word_name_that_spoke_is_the_body_referred_to(text: str, name: str) -> None:
    found = claims(text)
    assert len(found) == 2
    assert speaker(found[1]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "National demand hit a record at noon, according to the grid operator.",
        "Kenya said the talks had failed. The company said it would appeal.",
    ],
)
def test_no_body_from_a_word_that_did_not_speak_or_a_place(text: str) -> None:
    name, _kind = speaker(claims(text)[-1])
    assert name not in ("National", "Kenya")


# -- a role owned by a thing is a body of its own --------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "other"),
    [
        (
            "The Revolutionary Guards said the tanker was seized for smuggling. The "
            "vessel's operator said it had lost contact with the crew.",
            "lost contact",
            "Revolutionary Guards",
        ),
        (
            "Rosneft said the pipeline was shut. The plant's operator said output had stopped.",
            "output had stopped",
            "Rosneft",
        ),
        (
            "The Maritime Agency said the ferry was towed. The ship's operator said all "
            "passengers were safe.",
            "passengers were safe",
            "Maritime Agency",
        ),
    ],
)
def test_a_role_owned_by_a_thing_is_not_the_last_body(text: str, fragment: str, other: str) -> None:
    name, _kind = speaker(by_text(claims(text), fragment))
    assert name != other
    assert "operator" in name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ship's owner, Oceanic Lines, said the crew had been freed.", "Oceanic Lines"),
        (
            "The plant's operator, Tokyo Electric Power Co, said radiation was normal.",
            "Tokyo Electric Power Co",
        ),
        ("The tanker's manager, Baltic Lines, said the crew were safe.", "Baltic Lines"),
    ],
)
def test_a_body_named_after_its_role_holds_it(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


# -- names with particles --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ursula von der Leyen said Europe must rearm.", "Ursula von der Leyen"),
        ("Rafael de la Fuente said the vote was fair.", "Rafael de la Fuente"),
        ("Mark van der Berg said the dykes would hold.", "Mark van der Berg"),
    ],
)
def test_two_particles_join_a_name(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President Luiz Inacio Lula da Silva said the forest would be saved. Lula said "
            "logging had fallen.",
            "Luiz Inacio Lula da Silva",
        ),
        (
            "Minister Maria Fernanda Pinto da Costa said the port would open. Pinto said "
            "ships would dock in May.",
            "Maria Fernanda Pinto da Costa",
        ),
    ],
)
def test_the_word_before_a_particle_names_the_person(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


# -- bodies' words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Centers for Disease Control and Prevention said the virus was spreading.",
        "World Athletics said the ban would stand.",
        "Samsung Electronics said profit jumped.",
        "Nordic Lines said the ferry had docked.",
        "The Department of Justice said the firm would pay $2 billion.",
        "The Ministry of Justice said the prison was full.",
    ],
)
def test_named_bodies(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The UK Health Security Agency said cases rose. UKHSA said the risk was low.",
            "UK Health Security Agency",
        ),
        (
            "The EU Maritime Safety Agency said the slick was spreading. EUMSA said it had "
            "sent a ship.",
            "EU Maritime Safety Agency",
        ),
    ],
)
def test_an_acronym_keeps_a_short_capitalised_word_whole(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


# -- members of a body, described -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Members of the National Union of Teachers (NUT), the country's largest union, said "
        "they would strike.",
        "Members of the Public Service Association (PSA), the biggest union in the sector, "
        "said pay was too low.",
        "Members of the National Union of Teachers, the country's largest union, said they "
        "would strike.",
    ],
)
def test_members_described_between_commas_are_the_speaker(text: str) -> None:
    name, kind = speaker(claims(text)[0])
    assert name.startswith("Members of the")
    assert kind == "group"


# -- people named by a plural noun, party members ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Refugees said they had walked for days.",
        "Astronomers said the comet would be visible next week.",
        "Migrants said smugglers had taken their money.",
    ],
)
def test_a_plural_noun_opening_a_sentence_is_a_group(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Former president Donald Trump said the trial was a sham. The Republican said he "
            "would appeal.",
            "Donald Trump",
        ),
        ('Nancy Pelosi said the vote was close. "We won," said the Democrat.', "Nancy Pelosi"),
        (
            "Senator Mitch McConnell said the bill was dead. The Republican said talks had ended.",
            "Mitch McConnell",
        ),
    ],
)
def test_a_party_member_is_the_person_just_named(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


# -- "with the rest forecasting that" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Of the 40 economists polled, 25 expected a cut, with the rest forecasting that "
            "rates would hold.",
            "rates would hold",
            "economists",
        ),
        (
            "Most analysts expect a rise, with some predicting that the bank will move in June.",
            "the bank will move",
            "analysts",
        ),
        (
            "The talks ended late, with officials saying that a deal was close.",
            "a deal was close",
            "officials",
        ),
    ],
)
def test_with_a_share_of_a_group_reporting(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "group")


@pytest.mark.parametrize(
    "text",
    [
        "Voters went to the polls, with turnout rising sharply.",
        "The index fell, with banks leading the losses.",
    ],
)
def test_with_a_participle_that_reports_nothing(text: str) -> None:
    assert claims(text) == []


# -- the employer before a person's title -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Siemens CEO Roland Busch said demand was weak. The company said orders fell.",
            "Siemens",
        ),
        (
            "Volkswagen Chief Executive Oliver Blume said costs would fall. The carmaker said "
            "jobs were at risk.",
            "Volkswagen",
        ),
        (
            "Ryanair Chief Executive Michael O'Leary said fares would rise. The airline said "
            "it had ordered 150 jets.",
            "Ryanair",
        ),
    ],
)
def test_the_company_is_the_employer_before_a_title(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "German Finance Minister Christian Lindner said the deficit would shrink. The company "
        "said orders fell.",
        "Former Chief Executive Jane Doe said demand was weak. The company said orders fell.",
    ],
)
def test_no_employer_from_a_nationality_or_a_modifier(text: str) -> None:
    name, _kind = speaker(claims(text)[-1])
    assert name in ("company", "The company")
