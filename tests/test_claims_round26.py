"""Round 26: the rejecter's claim in "rejected suggestions that A", "denied allegations
that A", "dismissing claims that A" (issue #6): like "denied that A", the clause is a claim
of the one who rejects it, never of the verb itself ("dismissed" is no speaker); a
possessive ("rejected his claim that A") leaves the claim to its owner. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- a rejecting verb, a noun of report, "that" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The governor rejected suggestions that the levee had been neglected.",
            "the levee had been neglected",
            ("governor", "person"),
        ),
        (
            "Helga Brandt, the finance minister, dismissed claims that the budget was in crisis.",
            "the budget was in crisis",
            ("Helga Brandt", "person"),
        ),
        (
            "The mining company denied allegations that it had dumped waste in the river.",
            "it had dumped waste in the river",
            ("mining company", "organization"),
        ),
        (
            "The central bank rejected the suggestion that it was propping up the currency.",
            "it was propping up the currency",
            ("central bank", "organization"),
        ),
        (
            "Police disputed reports that officers had fired live rounds at the crowd.",
            "officers had fired live rounds at the crowd",
            ("Police", "organization"),
        ),
        (
            "Marta Quiroga dismissed repeated suggestions that she would resign before the vote.",
            "she would resign before the vote",
            ("Marta Quiroga", "person"),
        ),
    ],
)
def test_the_rejected_clause_is_the_rejecters_claim(
    text: str, content: str, name: tuple[str, str]
) -> None:
    found = claims(text)
    assert [c.text for c in found] == [content]
    assert speaker(found[0]) == name


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Interior Minister Paulo Reis defended the raid on Monday, rejecting suggestions "
            "that he had bowed to pressure from abroad.",
            "he had bowed to pressure from abroad",
            "Paulo Reis",
        ),
        (
            "Tomasz Nowak said the vote had been fair, dismissing claims that ballots had been "
            "lost.",
            "ballots had been lost",
            "Tomasz Nowak",
        ),
    ],
)
def test_a_participle_after_a_comma_takes_the_sentence_subject(
    text: str, content: str, name: str
) -> None:
    claim = by_text(claims(text), content)
    assert claim.text == content
    assert speaker(claim)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # a possessive: the claim is its owner's, whom the rejecter is not
        "The judge rejected his claim that he had been frightened.",
        "The panel dismissed their allegation that the vote was rigged.",
        # no rejecter in the sentence
        "After denying reports that it would close the plant, the firm cut 200 jobs.",
        "There were suggestions that the deal was off.",
        # a noun clause that is no report ("rejected the idea" with no "that")
        "The council rejected the idea on Tuesday.",
    ],
)
def test_no_rejecters_claim_without_a_rejecter_or_with_an_owner(text: str) -> None:
    assert claims(text) == []


def test_a_claim_by_someone_stays_theirs() -> None:
    found = claims(
        "Okafor rejected claims by opposition lawmakers that the government had ignored warnings."
    )
    assert speaker(by_text(found, "ignored"))[0] == "opposition lawmakers"


def test_the_rejecters_claim_ends_at_the_next_report() -> None:
    found = claims(
        "The ministry rejected suggestions that the dam was unsafe, and said inspections "
        "would continue."
    )
    assert by_text(found, "unsafe").text == "the dam was unsafe"
    assert speaker(by_text(found, "unsafe"))[0] == "ministry"


# -- ", which said" after a body led by two named leaders ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The case began with a complaint by a coalition of farmers led by Oxfam and "
            "Caritas, which said the company had hidden its prices.",
            "coalition of farmers",
        ),
        (
            "The suit was filed by a group of cloud providers led by Norway's Fjellsky and "
            "Spain's Nubaria, which said the firm charged more for its software.",
            "group of cloud providers",
        ),
        (
            "The plan was drawn up by a task force chaired by the finance and interior "
            "ministries, which said costs would fall.",
            "task force",
        ),
    ],
)
def test_which_after_two_leaders_is_the_body_led(text: str, name: str) -> None:
    assert speaker(claims(text)[0])[0] == name


def test_which_after_one_leader_stays_with_the_leader() -> None:
    # "an alliance led by the TWU, which said": either may be meant; the nearer body.
    found = claims(
        "The protest was organised by an alliance of unions led by the Transport Workers "
        "Union, which said fares had doubled."
    )
    assert speaker(found[0])[0] == "Transport Workers Union"
