"""Round 8: speakers on wire copy (issue #6). "according to official data" or "court
documents" is the phrase's report, not a person "official" nor the court; a run of title
words ("Prime Minister", "Attorney General") is one role, and roles with other portfolios
never merge; an acronym before a body's noun ("the OMIE market operator") names a body of
its own; a name followed by "shares" or by "said it would cut ..." is a body; "St" opens
a name; a one-word name that "spoke to reporters" is the person "the German" refers to.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, kind_of, speaker
from newsfacts.models import EntityKind

# -- "according to" a document: its own source, as written --------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The port handled 1.2 million containers last year, according to official data.",
            ("official data", "unknown"),
        ),
        (
            "The High Court heard the case on Monday. Officers found cash at his home, "
            "according to court documents.",
            ("court documents", "unknown"),
        ),
        (
            "The firm paid $2 million in fines, according to court filings seen by Reuters.",
            ("court filings seen by Reuters", "unknown"),
        ),
        (
            "Prices rose 2% in May, according to official statistics published on Friday.",
            ("official statistics published on Friday", "unknown"),
        ),
        ("According to preliminary figures, turnout was 61%.", ("preliminary figures", "unknown")),
    ],
)
def test_according_to_unowned_documents(text: str, who: tuple[str, str]) -> None:
    (claim,) = claims(text)
    assert speaker(claim) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Exports fell 4% in May, according to government figures.", "government figures"),
        ("Burglaries fell 3% last year, according to police data.", "police data"),
        ("Sales rose 3% in the quarter, according to LSEG data.", "LSEG data"),
        (
            "Rents rose 9% in a year, according to official figures from the statistics office.",
            "official figures from the statistics office",
        ),
        (
            "Half the world could be short-sighted by 2050, according to earlier estimates "
            "by the World Health Organization.",
            "earlier estimates by the World Health Organization",
        ),
    ],
)
def test_according_to_documents_with_issuer(text: str, who: str) -> None:
    # The document as written, never the body that issued it (independent annotators).
    (claim,) = claims(text)
    assert speaker(claim) == (who, "unknown")


# -- titles with no name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Spain's Prime Minister said on Monday the government would ask for funds.",
            "Spain's Prime Minister",
        ),
        ("The Attorney General said on Tuesday the law was clear.", "Attorney General"),
        ("Italy's Foreign Minister told reporters a deal was near.", "Italy's Foreign Minister"),
        ("The Chief Executive said profits would fall this year.", "Chief Executive"),
    ],
)
def test_title_runs_stay_whole(text: str, who: str) -> None:
    (claim,) = claims(text)
    assert claim.speaker is not None
    assert claim.speaker.kind is EntityKind.PERSON
    assert claim.speaker.name == who
    assert claim.speaker.role == who


def test_titled_names_still_split() -> None:
    found = claims(
        "Prime Minister Pedro Alves said the deal was close. Attorney General Mary Lund "
        "said charges were likely."
    )
    assert speaker(by_text(found, "deal")) == ("Pedro Alves", "person")
    assert speaker(by_text(found, "charges")) == ("Mary Lund", "person")
    assert by_text(found, "deal").speaker.role == "Prime Minister"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            "Health Minister Ana Torres said hospitals were full. Italy's Foreign Minister "
            "said the summit would go ahead.",
            "summit",
            "Italy's Foreign Minister",
        ),
        (
            "Prime Minister Pedro Alves said the deal was close. France's Foreign Minister "
            "said talks would resume.",
            "talks",
            "France's Foreign Minister",
        ),
        (
            "Finance Minister Karl Berg said taxes would rise. The health minister said beds "
            "were short.",
            "beds",
            "health minister",
        ),
    ],
)
def test_other_portfolios_do_not_merge(text: str, fragment: str, who: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (who, "person")


def test_same_portfolio_still_merges() -> None:
    text = (
        "Foreign Minister Antonio Bassi said Rome would sign. The foreign minister also said "
        "talks would continue."
    )
    assert speaker(by_text(claims(text), "talks")) == ("Antonio Bassi", "person")


# -- an acronym before a body's noun ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Grid operator Red Electrica said demand hit a record. Power prices rose 18%, "
            "data from the OMIE market operator showed.",
            "OMIE market operator",
        ),
        (
            "Thames Water said bills would rise. The Ofwat regulator said on Monday the "
            "company had failed customers.",
            "Ofwat regulator",
        ),
        (
            "Carmaker Voltera said sales fell. The IMF body said growth would slow.",
            "IMF body",
        ),
    ],
)
def test_acronym_modified_body_is_its_own(text: str, who: str) -> None:
    found = claims(text)
    assert speaker(found[-1]) == (who, "organization")


def test_plain_body_noun_still_links() -> None:
    text = "Boeing said the jet was safe. The company said checks were under way."
    assert speaker(by_text(claims(text), "checks")) == ("Boeing", "organization")


# -- names used as bodies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Goldman Sachs said on Tuesday it would cut 3,000 jobs.", "Goldman Sachs"),
        (
            "Standard Chartered said in a statement that it had sold its stake.",
            "Standard Chartered",
        ),
        ("Westway Buses said it will restore services on Monday.", "Westway Buses"),
        ("Fjordlaks said it expects prices to rise.", "Fjordlaks"),
        ("Hollis Brandt shares fell 4%. Hollis Brandt said demand was weak.", "Hollis Brandt"),
        ("Westway Buses' shares fell 3%. Westway Buses said demand was weak.", "Westway Buses"),
    ],
)
def test_names_used_as_bodies(text: str, name: str) -> None:
    found = claims(text)
    assert speaker(found[-1]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Maria Keller said it would be hard.",
        "Daniel Ortega said it had been a long week.",
        "Maria Keller said on Monday it would take time.",
        "Tomas Lind said it was not clear.",
    ],
)
def test_persons_with_it_stay_persons(text: str) -> None:
    (claim,) = claims(text)
    assert claim.speaker is not None
    assert claim.speaker.kind is EntityKind.PERSON


# -- "St" opens a name --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("St Thomas' Hospital said the patient was stable.", "St Thomas' Hospital"),
        ("St Mary's Hospital said two people were hurt.", "St Mary's Hospital"),
        ("St Helens Council said the road was closed.", "St Helens Council"),
    ],
)
def test_st_opens_a_name(text: str, name: str) -> None:
    (claim,) = claims(text)
    assert speaker(claim) == (name, "organization")


# -- "X spoke to reporters. The German said" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Havertz spoke to reporters after the match. The German said the team was tired.",
            "Havertz",
        ),
        (
            "Kessler talked to journalists on Sunday. The German said the title was lost.",
            "Kessler",
        ),
        (
            "Osimhen spoke after the game. The Nigerian said the title race was open.",
            "Osimhen",
        ),
        ("Modric scored twice against Spain. The Croat said the team was ready.", "Modric"),
    ],
)
def test_demonym_after_one_word_speaker(text: str, name: str) -> None:
    found = claims(text)
    assert speaker(found[-1]) == (name, "person")
    assert kind_of(text, name) is EntityKind.PERSON


# -- roles of other countries, and one job under two nouns -------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            "Turkey's Foreign Minister said Ankara would not move. German Foreign Minister "
            "Karin Vogt said the talks had been useful.",
            "Ankara",
            "Turkey's Foreign Minister",
        ),
        (
            "German Foreign Minister Karin Vogt said the talks had been useful. The Turkish "
            "minister told reporters the treaties were enough.",
            "treaties",
            "Turkish minister",
        ),
        (
            "Austrian Finance Minister Lea Roth said taxes would rise. Spain's Finance "
            "Minister said budgets were tight. Dutch Finance Minister Joost Bakker said rules "
            "must hold.",
            "budgets",
            "Spain's Finance Minister",
        ),
    ],
)
def test_roles_of_other_countries_do_not_merge(text: str, fragment: str, who: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (who, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Germany's Foreign Minister said the talks were useful. German Foreign Minister Karin "
        "Vogt later said a deal was near.",
        "German Foreign Minister Karin Vogt said a deal was near. The German minister added "
        "that the talks were useful.",
    ],
)
def test_same_country_roles_merge(text: str) -> None:
    assert speaker(by_text(claims(text), "useful")) == ("Karin Vogt", "person")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Defense attorney Michael Grant said his client was innocent. The lawyer told the "
            "court the case was weak.",
            "Michael Grant",
        ),
        (
            "Lawyer Sara Bloom said the ruling was wrong. The attorney said the case was weak.",
            "Sara Bloom",
        ),
        (
            "Barrister Tom Hale said the law was unclear. The lawyer added that the case was weak.",
            "Tom Hale",
        ),
    ],
)
def test_one_job_two_nouns(text: str, who: str) -> None:
    assert speaker(by_text(claims(text), "weak")) == (who, "person")


def test_court_papers_are_no_court() -> None:
    (claim,) = claims("Losses reached 2 billion dollars, according to court papers.")
    assert speaker(claim) == ("court papers", "unknown")
