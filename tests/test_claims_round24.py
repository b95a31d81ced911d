"""Round 24: two conventions of the independent blind annotators (issue #6). A document
or data set is its own source, named as written and of unknown kind, never the body that
issued it ("according to company figures", "the study found", "a Reuters tally"); people
and bodies stay what they are. "Accused X of Y" charges X and is no claim, with or
without a quoted fragment, though a report joined to it keeps its speaker.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- a document after "according to" is its own source ----------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Unemployment climbed to 6.1% in April, according to data from the national "
            "statistics office.",
            "Unemployment climbed",
            "data from the national statistics office",
        ),
        (
            "Car sales slumped 9% in the quarter, according to industry figures.",
            "Car sales",
            "industry figures",
        ),
        (
            "Some 2,300 homes were flooded, according to a Reuters tally of local reports.",
            "homes were flooded",
            "Reuters tally of local reports",
        ),
        (
            "The bank holds $40 billion in reserves, according to central bank data "
            "released on Friday.",
            "bank holds",
            "central bank data released on Friday",
        ),
        (
            "Nearly 70% of parents backed the change, according to a poll by the Harwick "
            "Institute.",
            "parents backed",
            "poll by the Harwick Institute",
        ),
        (
            "The death toll rose to 212, according to health ministry figures, though aid "
            "groups said it was higher.",
            "toll rose",
            "health ministry figures",
        ),
        (
            "According to official estimates, 40,000 people fled the town.",
            "people fled",
            "official estimates",
        ),
        (
            "According to Reuters calculations, the fund lost $3 billion.",
            "fund lost",
            "Reuters calculations",
        ),
        (
            "Castleford owed 68 million pounds, according to the club's latest accounts.",
            "Castleford owed",
            "club's latest accounts",
        ),
        (
            "The firm earned $3 billion last year, according to its annual report.",
            "firm earned",
            "its annual report",
        ),
        (
            "The list covers 90 products, according to a Commission document seen by Reuters.",
            "list covers",
            "Commission document seen by Reuters",
        ),
        (
            "About 300 people died, according to U.N. estimates.",
            "people died",
            "U.N. estimates",
        ),
        (
            "Analysts had expected a profit of $2 billion, according to the average of "
            "estimates compiled by LSEG.",
            "Analysts had expected",
            "average of estimates compiled by LSEG",
        ),
        (
            "Wages rose 4%, according to data from the Health and Safety Executive.",
            "Wages rose",
            "data from the Health and Safety Executive",
        ),
    ],
)
def test_according_to_a_document_is_the_document(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "unknown")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Turnout was 58%, according to the electoral commission.", "Turnout", "commission"),
        ("Two men were held, according to a statement from the army.", "men were held", "army"),
        (
            "The quake struck near the town, according to the U.S. Geological Survey.",
            "quake struck",
            "Survey",
        ),
        ("Exports slowed last month, the central bank said in a report.", "Exports", "bank"),
        ("Inflation eased to 2.9%, according to Statistics Norway.", "Inflation", "Norway"),
        ("Statistics Canada said retail sales rose 0.4% in March.", "retail sales", "Canada"),
    ],
)
def test_bodies_and_statements_stay_bodies(text: str, fragment: str, name: str) -> None:
    who, kind = speaker(by_text(claims(text), fragment))
    assert kind == "organization"
    assert who.endswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "Inflation eased to 2.9%, according to Statistics Norway.",
        "Two men were arrested, according to the head of the local statistics office.",
        "Talks stalled, according to people familiar with the survey.",
    ],
)
def test_a_name_or_a_person_is_no_document(text: str) -> None:
    assert speaker(claims(text)[0])[1] != "unknown"


# -- a document as subject is its own source ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Provisional figures released by the electoral commission on Sunday showed that "
            "turnout was 58%.",
            "Provisional figures released by the electoral commission on Sunday",
        ),
        (
            "A survey of 2,000 adults by Milbrook Research found that most people backed the ban.",
            "survey of 2,000 adults by Milbrook Research",
        ),
        ("The audit, carried out by Kestrel Partners, found that controls were weak.", "audit"),
        (
            "Hospital records seen by Reuters show that 14 patients died in the ward.",
            "Hospital records seen by Reuters",
        ),
        ("Government data also showed that wages rose 4% in May.", "Government data"),
        (
            "Records from the Occupational Safety and Health Administration show the plant "
            "was fined in 2023.",
            "Records from the Occupational Safety and Health Administration",
        ),
        ("Police data show that burglaries fell 3% last year.", "Police data"),
        (
            "A study by economists at Orland University found that rents rose.",
            "study by economists at Orland University",
        ),
    ],
)
def test_a_document_subject_is_the_document(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "unknown")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Sales figures rose 5% in March, officials said.", "Sales figures", "officials"),
        ("The figures were revised on Friday, officials said.", "were revised", "officials"),
        ("The report was delayed by two weeks, the ministry said.", "was delayed", "ministry"),
        ("Tea accounts for 40% of exports, the ministry said.", "Tea accounts", "ministry"),
    ],
)
def test_a_document_noun_in_the_content_is_no_subject(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment))[0] == name


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The agency published its annual report on Monday. The report said fraud had doubled.",
            "fraud had",
            "report",
        ),
        (
            "Unemployment rose to 5%, according to the report. Youth joblessness was higher "
            "still, it said.",
            "Youth joblessness",
            "report",
        ),
        (
            "Sales fell 3% in May, according to industry figures. Prices were flat, it said.",
            "Prices were flat",
            "industry figures",
        ),
        (
            "The commission said the jet had stalled. The interim report, released in Lima, "
            "found no sign of a bomb. It said the crew had ignored an alarm.",
            "crew had ignored",
            "interim report",
        ),
    ],
)
def test_the_report_and_its_it_are_the_report(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "unknown")


def test_it_after_a_body_is_still_the_body() -> None:
    found = claims("The company said sales fell. Prices were flat, it said.")
    assert speaker(by_text(found, "Prices were flat")) == ("company", "organization")


def test_the_statement_still_speaks_for_its_issuer() -> None:
    text = "The regulator issued a statement on Monday. The statement said the fine would stand."
    assert speaker(by_text(claims(text), "fine would"))[0] == "regulator"


# -- "accused X of Y" stays a claim ------------------------------------------------------
# Tried as no claim (some blind annotators leave it out); the unseen check sets lost more
# recall than they gained precision, so the accusation stays the accuser's claim.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kyiv accused Moscow of shelling a hospital in Kharkiv on Sunday.", "Kyiv"),
        ("Rights groups have accused the army of abuses against civilians.", "Rights groups"),
        ('Protesters accused police of using "excessive force" during the march.', "Protesters"),
    ],
)
def test_an_accusation_is_the_accusers_claim(text: str, name: str) -> None:
    found = [c for c in claims(text) if c.cue is not None and "accus" in c.cue.lower()]
    assert len(found) == 1
    assert speaker(found[0])[0] == name


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The union accused the airline of breaking the deal, saying it would sue.",
            "would sue",
            "union",
        ),
        (
            "The ministry accused rebels of firing on civilians and said at least 12 people "
            "had been killed.",
            "12 people",
            "ministry",
        ),
        (
            "The ministry accused rebels of firing on civilians and warned that it would respond.",
            "would respond",
            "ministry",
        ),
        (
            "Greenpeace accused the firm of greenwashing, arguing that its targets were "
            "meaningless.",
            "targets were",
            "Greenpeace",
        ),
        (
            'The statement accused the vessel of carrying "illegal cargo" and claimed that a '
            "court had ordered its seizure.",
            "court had ordered",
            "statement",
        ),
    ],
)
def test_a_report_joined_to_an_accusation_keeps_its_speaker(
    text: str, fragment: str, name: str
) -> None:
    assert speaker(by_text(claims(text), fragment))[0] == name


def test_a_quote_beside_an_accusation_is_still_a_quote() -> None:
    found = claims('"This is a betrayal," she said, accusing the board of lying.')
    assert [c.text for c in found] == ["This is a betrayal"]
