"""Round 23: speakers and claims on unseen wire copy (issue #6). Independent blind
annotators agree that an unnamed individual speaking for a body is an anonymous source
named after the body and the role ("Kremlin spokesman"), not the body itself; a named
spokesperson stays the person and "the ministry said in a statement" the body. Firms
named by their field ("Orvana Mining", "Delmar Foods") are bodies.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- an unnamed spokesperson is an anonymous source --------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("A Kremlin spokesman said Moscow was watching closely.", "watching", "Kremlin spokesman"),
        ("A police spokesperson said two men had been held.", "men had been held", "police"),
        ("Rates will stay on hold, a ministry spokesman said.", "Rates will", "ministry spokesman"),
        ("An EU spokeswoman said the bloc would reply in kind.", "bloc would", "EU spokeswoman"),
        (
            "Velora Mining halted work at the pit. A spokeswoman for the company said the "
            "shaft had been inspected in May.",
            "shaft had been",
            "Velora Mining spokeswoman",
        ),
        (
            "Brennock Foods recalled 40,000 jars of sauce. The batches were sold only in "
            "Ireland, a spokesman said.",
            "batches were sold",
            "Brennock Foods spokesman",
        ),
        (
            "A spokesperson for the Danish energy ministry said the licence was under review.",
            "licence was",
            "Danish energy ministry spokesperson",
        ),
    ],
)
def test_an_unnamed_spokesperson_is_anonymous(text: str, fragment: str, name: str) -> None:
    found = speaker(by_text(claims(text), fragment))
    assert found[1] == "anonymous"
    assert found[0].startswith(name)
    assert found[0].endswith(("spokesman", "spokeswoman", "spokesperson"))


def test_the_role_of_an_unnamed_spokesperson_is_the_role_word() -> None:
    claim = claims("A Kremlin spokesman said the talks were over.")[0]
    assert claim.speaker is not None and claim.speaker.role == "spokesman"


def test_a_quote_continued_after_an_unnamed_spokesperson_keeps_the_source() -> None:
    text = '"We are calm," a government spokesman said. "There is no crisis at all."'
    found = claims(text)
    assert [speaker(c) for c in found] == [("government spokesman", "anonymous")] * 2


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("Kremlin spokesman Dmitry Peskov said the talks were over.", "talks", "Dmitry Peskov"),
        (
            "A spokeswoman for the agency, Lena Brandt, said the figures were final.",
            "figures were final",
            "Lena Brandt",
        ),
        (
            "Arno Veldt, a spokesman for the port, said 30 ships were waiting.",
            "ships were waiting",
            "Arno Veldt",
        ),
    ],
)
def test_a_named_spokesperson_stays_the_person(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "person")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("The ministry said in a statement that the talks were over.", "talks", "ministry"),
        ("Velora Mining said output would fall this year.", "output", "Velora Mining"),
        ("Company representatives said the plant would close.", "plant", "company"),
        ("Coast guard officials said two boats were still out.", "boats", "Coast guard"),
    ],
)
def test_a_body_or_its_voices_in_the_plural_stay_the_body(
    text: str, fragment: str, name: str
) -> None:
    found = speaker(by_text(claims(text), fragment))
    assert found[1] == "organization"
    assert found[0].lower().endswith(name.lower())


# -- other unnamed individuals speaking for a body ---------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("A company official said the plant would close.", "plant", "company official"),
        ("An aide to the minister said she would not resign.", "resign", "aide to the minister"),
        ("A party representative said the vote was fair.", "vote was fair", "representative"),
        ("A Western diplomat said the deal was close.", "deal was close", "Western diplomat"),
        ("A coast guard official said the search was over.", "search", "coast guard official"),
    ],
)
def test_other_unnamed_agents_are_anonymous(text: str, fragment: str, name: str) -> None:
    found = speaker(by_text(claims(text), fragment))
    assert found[1] == "anonymous"
    assert found[0].endswith(name)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The prosecutor said the evidence was clear.", "evidence"),
        ("The chief executive said profits would fall.", "profits"),
    ],
)
def test_an_unnamed_holder_of_a_unique_post_is_not_anonymous(text: str, fragment: str) -> None:
    assert speaker(by_text(claims(text), fragment))[1] == "person"


# -- firms named by their field ----------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Velora Mining", "Brennock Foods", "Baltic Steel", "Norrland Minerals"]
)
def test_a_firm_named_by_its_field_is_a_body(name: str) -> None:
    found = claims(f"{name} said output would fall this year.")
    assert speaker(found[0]) == (name, "organization")


# -- "the statement said": whoever issued the statement, report or ruling ----------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The Interior Ministry said in a statement that 12 people were held. "
            '"Order has been restored," the statement said.',
            "Order has been",
            "Interior Ministry",
        ),
        (
            "The Border Guard Service, in a statement carried by the state news agency "
            "Tassmir, alleged that troops had opened fire.\n\n"
            '"Our soldiers acted only in self-defence," the statement added.',
            "acted only",
            "Border Guard Service",
        ),
        (
            "The Kestrel Group issued a statement on Monday. The statement said the delay "
            "was regrettable.",
            "delay was",
            "Kestrel Group",
        ),
        (
            "In its ruling, the court said the ban had no legal basis. The judgment added "
            "that the government could appeal.",
            "could appeal",
            "court",
        ),
        (
            "Two hostages were freed on Monday, according to a statement from the army. "
            "Both were in good health, the statement said.",
            "good health",
            "army",
        ),
        (
            "The families filed a lawsuit in federal court on Monday. The lawsuit said the "
            "company had ignored warnings.",
            "ignored warnings",
            "families",
        ),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment))[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "The watchdog published its annual report on Tuesday. The report said the bank "
        "had failed to check its clients.",
        "The regulator said in its annual report that banks had failed to check clients. "
        "The report said the bank had failed to check its clients.",
    ],
)
def test_a_report_is_its_own_source_not_its_issuers(text: str) -> None:
    assert speaker(by_text(claims(text), "bank had failed")) == ("report", "unknown")


def test_a_statement_issued_by_an_unnamed_spokesperson_is_theirs() -> None:
    text = (
        "A Kremlin spokesman said in a statement that the talks had failed. The statement "
        "said a new round was possible."
    )
    assert speaker(by_text(claims(text), "new round")) == ("Kremlin spokesman", "anonymous")


@pytest.mark.parametrize(
    "text",
    [
        "The report said the bank had failed to check clients.",
        # a report is not a statement: the statement's issuer does not issue it
        "The ministry said in a statement that it was ready. The report said the bank "
        "had failed to check clients.",
    ],
)
def test_a_document_with_no_issuer_of_its_kind_stays_unknown(text: str) -> None:
    assert speaker(by_text(claims(text), "failed to check")) == ("report", "unknown")


# -- an aside between a subject and its verb of saying -----------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The National Security Committee, in a statement carried by the state news "
            'agency Tassmir, alleged that border troops had "provoked" the clash.',
            "provoked",
            "National Security Committee",
        ),
        ("The team, led by Kenji Tanaka, said the results needed checking.", "results", "team"),
        ("The authors, based in Boston, said the drug cut deaths by a third.", "drug", "authors"),
        (
            "The union, founded in 1921, said its members would strike on Monday.",
            "members would strike",
            "union",
        ),
        (
            "The ministry, in a statement on Monday, said the talks had failed.",
            "talks had failed",
            "ministry",
        ),
        (
            "Mayor Lena Ortiz, speaking to reporters in Denver, said the city would "
            '"not back down".',
            "back down",
            "Lena Ortiz",
        ),
    ],
)
def test_an_aside_after_the_subject_keeps_the_claim(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment))[0] == name


def test_a_quoted_fragment_after_an_aside_makes_a_mixed_claim() -> None:
    text = (
        "The Border Guard Service, in a statement carried by state media, alleged that "
        'troops had "provoked" the clash.'
    )
    claim = by_text(claims(text), "provoked")
    assert claim.kind.value == "mixed"
    assert claim.text == 'troops had "provoked" the clash'


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Noor Rahimi cautioned, however, that the truce was "fragile".',
            'the truce was "fragile"',
        ),
        ("The minister warned, though, that prices would rise.", "prices would rise"),
        ("Dana Brooks added, on Monday, that talks would resume.", "talks would resume"),
    ],
)
def test_an_adverb_set_off_by_commas_before_that(text: str, content: str) -> None:
    assert by_text(claims(text), content).text == content


def test_a_relative_that_after_an_adjunct_is_no_report() -> None:
    text = (
        "Iran said it had seized the tanker, accusing it of smuggling, in the latest of "
        "a string of incidents that have rattled shipping."
    )
    assert not any(c.text.startswith("have rattled") for c in claims(text))


# -- lone surnames and clubs -------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Lavrov", "Pashinyan", "Popescu", "Mitsotakis", "Davutoglu", "Kobakhidze"]
)
def test_a_lone_surname_of_a_known_shape_is_a_person(name: str) -> None:
    found = claims(f"{name} said the border talks would resume next week.")
    assert speaker(found[0]) == (name, "person")


@pytest.mark.parametrize("name", ["Real Madrid", "Bayern Munich", "Inter Milan", "Dynamo Kyiv"])
def test_a_club_named_by_its_opener_and_city_is_a_body(name: str) -> None:
    found = claims(f"{name} said the midfielder had torn a knee ligament.")
    assert speaker(found[0]) == (name, "organization")


@pytest.mark.parametrize("name", ["Moldova", "Nordhav"])
def test_a_lone_place_or_firm_stays_a_body(name: str) -> None:
    found = claims(f"{name} said the border talks would resume next week.")
    assert speaker(found[0]) == (name, "organization")
