"""Round 6b speaker rules: an object pronoun inside a sentence goes to the person of its
gender the article knows rather than teach a newly named person the wrong gender; a
possessive description ("India's space agency") is the body named in full before or
after it; bare plural nouns of parties ("Employers") are groups; "recommended that"
reports. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker
from newsfacts.document import Document
from newsfacts.extractors._names import mentions

# -- 1. pronouns ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Ngozi Adeyemi, who founded the clinic, has died aged 74, her son said.\n\n"
            "She trained hundreds of midwives.\n\n"
            "Health commissioner Chidi Eze said on Monday that the city had lost a pioneer. "
            "The clinic would be renamed after her, he said.",
            "renamed after her",
            "Chidi Eze",
        ),
        (
            "Marta Lindqvist won the race in record time, officials said.\n\n"
            "Coach Raúl Mendoza said the team was proud. "
            "The federation would give a bonus to her, he added.",
            "bonus to her",
            "Raúl Mendoza",
        ),
        (
            "Karim Haddad was released from prison on Tuesday, his lawyer said.\n\n"
            "Union leader Tunde Bakare said the campaign had worked. "
            "Members would hold a dinner for him, she said.",
            "dinner for him",
            "Tunde Bakare",
        ),
    ],
)
def test_object_pronoun_does_not_teach_a_new_name_the_wrong_gender(
    text: str, fragment: str, name: str
) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "person")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        # The pronoun in the sentence that names the person is that person's.
        (
            "Ana Ruiz said the plan was fair.\n\n"
            "Mayor Tunde Bakare said his budget would fund it. He said the vote was close.",
            "the vote was close",
            "Tunde Bakare",
        ),
        # With no one of that gender known, the person named last learns it.
        (
            "Tunde Bakare said the plan was fair. The council would back him, he said.",
            "back him",
            "Tunde Bakare",
        ),
        # A subject pronoun goes to the person named last, whatever the gender of others.
        (
            "Ana Ruiz said the plan was fair.\n\n"
            "Finance chief Tunde Bakare said costs had risen. She said savings would follow.",
            "savings would follow",
            "Tunde Bakare",
        ),
    ],
)
def test_pronoun_keeps_the_person_named_last(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "person")


def test_object_pronoun_mention_goes_to_the_known_person() -> None:
    text = (
        "Ngozi Adeyemi has died aged 74. She trained hundreds of midwives.\n\n"
        "Governor Tunde Bakare paid tribute on Monday."
        " The state would name a ward after her, he said."
    )
    reg = mentions(Document(text))
    her = reg.at(text.index("after her") + 6)
    assert her is not None and reg.entity(her).name == "Ngozi Adeyemi"
    he = reg.at(text.index("he said"))
    assert he is not None and reg.entity(he).name == "Tunde Bakare"


# -- 3. a possessive description and the body's name -------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "India's space agency launched a weather satellite on Friday. The Indian Space "
            "Research Organisation said the orbit was stable.\n\n"
            "Engineers will check the antenna next week, the agency said.",
            "check the antenna",
            "Indian Space Research Organisation",
        ),
        (
            "Brazil's health ministry reported 40 new cases. The Brazilian Health Ministry "
            "said vaccines would arrive soon.\n\n"
            "Clinics will open at weekends, the ministry said.",
            "Clinics will open",
            "Brazilian Health Ministry",
        ),
        (
            "The Federal Ministry of Finance published its forecast on Monday.\n\n"
            "Germany's finance ministry said tax receipts had fallen by 3%.",
            "tax receipts",
            "Federal Ministry of Finance",
        ),
        (
            "Spain's statistics institute published new figures. The National Statistics "
            "Institute (INE) said unemployment had fallen.\n\n"
            "Wages rose by 2%, the institute said.",
            "Wages rose",
            "National Statistics Institute",
        ),
    ],
)
def test_possessive_description_is_the_named_body(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        # A body sharing a word but neither the noun nor the owner: a different body.
        (
            "India's space agency launched a satellite from the Satish Dhawan Space Centre "
            "on Friday.\n\nThe orbit was stable, the agency said.",
            "orbit was stable",
            "India's space agency",
        ),
        # Only a body's noun shared: not enough.
        (
            "The Federal Ministry of Defence ordered new jets.\n\n"
            "Germany's finance ministry said the budget could not pay for them.",
            "the budget could not",
            "Germany's finance ministry",
        ),
    ],
)
def test_possessive_description_of_another_body(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "organization")


# -- 4. bare plural parties ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Employers say offer is the most they can afford", "offer is", "Employers"),
        ("Landlords say new rules will push rents up", "push rents", "Landlords"),
        ("Retailers warned that sales would fall before Christmas.", "sales would", "Retailers"),
        ("Commuters said the trains were late again.", "trains were late", "Commuters"),
        (
            "Opposition parties said the vote had been rigged.",
            "vote had been rigged",
            "Opposition parties",
        ),
    ],
)
def test_bare_plural_party_is_a_group(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "group")


# -- 2. "recommended that" -----------------------------------------------------------------


def test_recommended_that_reports() -> None:
    text = (
        "The Aviation Safety Board said the crash was caused by ice. "
        "The board recommended that airlines retrain their crews."
    )
    claim = by_text(claims(text), "airlines retrain")
    assert speaker(claim) == ("Aviation Safety Board", "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The board recommended a review of the rules.",
        "Doctors recommended rest and fluids for the patient.",
    ],
)
def test_recommended_without_that_is_no_claim(text: str) -> None:
    assert claims(text) == []


# -- three short wire texts written for the test -------------------------------------------

WIRE_SPACE = """Japan's space agency says probe reached asteroid

TOKYO (AFP) - Japan's space agency said on Tuesday its probe had reached a small asteroid \
after a four-year journey.

The Japan Aerospace Exploration Agency (JAXA) said the probe would collect samples in June. \
Mission chief Kenji Mori, who led the team, said it was "a dream come true".

The samples would be sent to a laboratory in Sagamihara, the agency said.
"""

WIRE_STRIKE = """Nurses say pay offer falls short

LONDON (Reuters) - Nurses in England said on Wednesday a new pay offer fell short, and \
their union called a ballot on strikes.

Employers said the offer of 4% was the most they could afford. "We have no more money," \
said Olu Adebayo, who chairs the hospital employers' group. He said talks would continue.
"""

WIRE_OBIT = """Maya Castellanos, the singer who brought boleros back, dies at 88

HAVANA (AP) - Maya Castellanos, who revived the bolero, has died aged 88, her family said.

She recorded more than 30 albums. Culture minister Tunde Okafor said on Sunday that Cuba had \
lost "a voice of the island". A theatre in Havana would be named after her, he said.
"""


def test_wire_space_description_and_acronym() -> None:
    found = claims(WIRE_SPACE)
    name = "Japan Aerospace Exploration Agency"
    assert speaker(by_text(found, "collect samples")) == (name, "organization")
    assert speaker(by_text(found, "sent to a laboratory")) == (name, "organization")
    assert speaker(by_text(found, "its probe had reached")) == (name, "organization")
    assert speaker(by_text(found, "dream come true")) == ("Kenji Mori", "person")


def test_wire_strike_groups_and_pronoun() -> None:
    found = claims(WIRE_STRIKE)
    assert speaker(by_text(found, "pay offer falls short")) == ("Nurses", "group")
    assert speaker(by_text(found, "the most they could afford")) == ("Employers", "group")
    assert speaker(by_text(found, "talks would continue")) == ("Olu Adebayo", "person")


def test_wire_obituary_pronouns() -> None:
    found = claims(WIRE_OBIT)
    assert speaker(by_text(found, "a voice of the island")) == ("Tunde Okafor", "person")
    assert speaker(by_text(found, "named after her")) == ("Tunde Okafor", "person")


# -- "the company" after a lone word that opened a sentence --------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Arianespace launched a weather satellite on Tuesday. "
            "The company said the next launch was planned for May.",
            "next launch",
            "Arianespace",
        ),
        (
            "PARIS (AFP) - Voltaris halted sales of its scooters on Monday. The batteries can "
            "overheat. The company said no one had been hurt.",
            "no one had been hurt",
            "Voltaris",
        ),
    ],
)
def test_company_is_the_word_that_opened_a_recent_sentence(
    text: str, fragment: str, name: str
) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # The word is written in lower case too: a common noun, no company.
        ("Inflation slowed in March. The company said inflation would ease.", "would ease"),
        # Too far back.
        (
            "Arianespace launched a satellite on Tuesday. The rocket lifted off at night. "
            "Crowds watched from the beach. Rain fell later. The company said it was a success.",
            "a success",
        ),
    ],
)
def test_company_not_taken_from_a_common_or_distant_opener(text: str, fragment: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == ("company", "organization")


# -- "It" opening a sentence: the organisation that was the subject of the one before -------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The European Commission fined Meta on Monday. It said the fine was fair.",
            "fine was fair",
            "European Commission",
        ),
        (
            "The Transport Workers Union sued the city council. It said talks had failed.",
            "talks had failed",
            "Transport Workers Union",
        ),
        # An object of the sentence before is not the subject: the body named last.
        (
            "Dockers met the Port Authority. It said the berths would reopen.",
            "berths would reopen",
            "Port Authority",
        ),
    ],
)
def test_it_is_the_body_that_was_the_subject(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "organization")
