"""Round 10: speakers on wire copy (issue #6). National bodies named by an activity and a
country ("Athletics Kenya"); a request with "asked X to" (not "asked not to be named");
armed sides as groups ("rebels"); a sentence-opening "It" after a finding's subject ("The
audit found ... It said"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, kind_of, speaker
from newsfacts.models import EntityKind

# -- an activity and a country name a body -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cricket Australia said the tour would go ahead as planned.", "Cricket Australia"),
        ("Athletics Kenya said on Monday it had suspended two coaches.", "Athletics Kenya"),
        ("Rugby Australia said its chief executive would step down.", "Rugby Australia"),
        ("Swimming Canada said the trials would move to Montreal.", "Swimming Canada"),
        ("Transport Malta said the ferry had been inspected in May.", "Transport Malta"),
    ],
)
def test_activity_and_country_is_a_body(text: str, name: str) -> None:
    assert kind_of(text, name) is EntityKind.ORGANIZATION
    assert speaker(claims(text)[0]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Kenya said the deal was fair.",  # a person's first name, not an activity
        "Maria Australia said she would appeal.",
    ],
)
def test_a_first_name_before_a_country_stays_a_person(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "person"


# -- "asked X to ..." is a request ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        ("The union asked the government to reopen talks.", "government to reopen", "union"),
        ("Police asked residents to stay indoors on Sunday.", "residents to stay", "Police"),
        (
            "The council said it backed the plan but asked ministers to delay it.",
            "ministers to delay",
            "council",
        ),
        (
            "Lawyers for the family asked the court not to release the footage.",
            "court not to release",
            "Lawyers for the family",
        ),
    ],
)
def test_asked_someone_to_is_a_claim(text: str, fragment: str, who: str) -> None:
    assert speaker(by_text(claims(text), fragment))[0] == who


def test_said_then_but_asked_splits_into_two_claims() -> None:
    found = claims("The council said it backed the plan but asked ministers to delay it.")
    assert by_text(found, "it backed the plan").text == "it backed the plan"


@pytest.mark.parametrize(
    ("text", "not_claimed"),
    [
        ("A nurse, who asked not to be named, said wards were full.", "not to be named"),
        ("An aide, who asked for anonymity, said talks had stalled.", "for anonymity"),
        ("The manager asked the board for money to sign a striker.", "money to sign"),
        ("Residents said they would ask a judge to block the vote.", "a judge to block"),
        ("He asked whether the plan was legal.", "the plan was legal"),
        (
            "She said Coyle had called her and asked her to drop the bid.",
            "her to drop the bid",
        ),
    ],
)
def test_asked_without_a_request_is_no_claim(text: str, not_claimed: str) -> None:
    assert all(not c.text.startswith(not_claimed) for c in claims(text))


# -- armed sides are groups ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said they had captured the town.",
        "The rebels said they had seized two bridges.",
        "Insurgents said they had shot down a drone.",
        "Militants said the attack was revenge for the raid.",
    ],
)
def test_armed_sides_are_groups(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "group"


# -- "It" after a finding's subject ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "A report by the auditor was sent to Congress. The audit found widespread "
            "errors in the accounts. It said the ministry had failed to keep records.",
            "audit",
        ),
        (
            "The committee told Congress on Tuesday that the bank had broken the rules. "
            "The inquiry found that managers ignored warnings. It said the bank must repay "
            "customers.",
            "inquiry",
        ),
        (
            "The Senate voted on Monday. The review found that the agency lost files. It "
            "said the agency must hire more staff.",
            "review",
        ),
    ],
)
def test_it_goes_back_to_the_findings_subject(text: str, who: str) -> None:
    assert speaker(by_text(claims(text), "must" if "must" in text else "failed"))[0] == who


def test_it_after_a_body_still_goes_to_the_body() -> None:
    text = (
        "The union said the offer was too low. The ministry said talks would resume. It said "
        "a deal was close."
    )
    assert speaker(by_text(claims(text), "a deal was close")) == ("ministry", "organization")


# -- a firm described by a compound whose last word names a person -----------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            "Norwegian salmon farmer Fjordlaks reported a drop in profit on Tuesday. The "
            "salmon farmer said prices had fallen.",
            "prices had fallen",
            "Fjordlaks",
        ),
        (
            "Salmon farmer Fjordlaks cut its forecast. The fish farmer said prices had fallen.",
            "prices had fallen",
            "Fjordlaks",
        ),
        (
            "Prices fell on Monday. Fish farmer Havbruk said it would close two sites. The "
            "company said sea lice had spread.",
            "sea lice",
            "Havbruk",
        ),
        (
            "British lender Barclays cut its forecast on Monday. The lender said bad debts "
            "had risen.",
            "bad debts",
            "Barclays",
        ),
    ],
)
def test_the_firm_goes_back_to_the_named_firm(text: str, fragment: str, who: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (who, "organization")


def test_a_farmer_with_a_full_name_stays_a_person() -> None:
    text = "Pig farmer Tom Hale said feed prices had doubled. The farmer said he would sell."
    assert speaker(by_text(claims(text), "he would sell")) == ("Tom Hale", "person")


def test_it_after_a_finding_is_the_finding_even_after_a_body_has_spoken() -> None:
    # (a document is its own source, never its issuer, as independent annotators give it)
    text = (
        "The crew ignored ice warnings, the safety board said on Tuesday. The interim "
        "report found no sign of a bomb. It said the jet stalled at 17,000 feet."
    )
    assert speaker(by_text(claims(text), "the jet stalled")) == ("interim report", "unknown")


# -- an unnamed source of rank -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The vote is expected next week, a senior lawmaker said.",
        "A senior diplomat said the talks would resume on Monday.",
        "The ceasefire is holding, a high-ranking officer told Reuters.",
    ],
)
def test_an_unnamed_senior_source_is_anonymous(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "A senior official, Maria Keller, said the talks would resume.",
        "A nurse tampered with insulin pens, a prosecutor told the jury on Monday.",
    ],
)
def test_a_named_or_public_role_stays_a_person(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "person"
