"""Claims in crime, election, product, interview and disaster stories: the body behind a
statement, a document as its own source ("an exit poll by Ipsos"), reports by showing
that share another report's content, a company noun opening a sentence, "the company"
after a rival is named, and interview transcripts. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- 1. the body that issued a statement; a document is its own source ---------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Two men were held, according to a statement from the force.",
            "Two men were held",
            "force",
        ),
        (
            "According to a statement from the council, the road will reopen on Friday.",
            "road will reopen",
            "council",
        ),
    ],
)
def test_body_behind_document(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        ("The Greens led, according to an exit poll by Ipsos.", "Greens led", "exit poll by Ipsos"),
        (
            "Turnout fell, according to a snap survey by YouGov.",
            "Turnout fell",
            "snap survey by YouGov",
        ),
        (
            "Exports rose 4%, according to a report from the ministry.",
            "Exports rose",
            "report from the ministry",
        ),
    ],
)
def test_a_document_by_a_body_is_its_own_source(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "unknown")


def test_document_by_people_is_no_body() -> None:
    found = claims("Turnout was low, according to a survey by researchers.")
    assert speaker(by_text(found, "Turnout was low"))[1] != "organization"


# -- 2. a report by showing that shares its content with another --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Professor Rao said the result showed that the Greens could win anywhere.",
        "Ms Cole said the data showed that the Greens could win anywhere.",
        "Professor Rao told reporters the figures indicated that the Greens could win anywhere.",
        "Ms Cole said the survey found that the Greens could win anywhere.",
    ],
)
def test_showing_inside_a_report_is_one_claim(text: str) -> None:
    found = claims(text)
    assert len(found) == 1, [(c.text, c.speaker) for c in found]
    assert speaker(found[0])[1] == "person"


def test_showing_on_its_own_stays() -> None:
    found = claims("The survey found that most voters backed the plan.")
    assert [c.text for c in found] == ["most voters backed the plan"]


# -- 3. a company noun opening a sentence -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carmaker Voltera said on Monday that sales fell.", "Voltera"),
        (
            "Startup Lumora unveils smart glasses, says privacy light cannot be switched off",
            "Lumora",
        ),
        ("Airline Skyrex said fares would rise in the summer.", "Skyrex"),
        ("Chipmaker Nexaro says demand for its processors is strong", "Nexaro"),
    ],
)
def test_company_noun_before_name(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


def test_title_before_name_is_still_a_person() -> None:
    found = claims("Company secretary Jane Doe said the vote was valid.")
    assert speaker(found[0]) == ("Jane Doe", "person")


# -- 4. "the company" after a rival named without a kind ----------------------------------


@pytest.mark.parametrize(
    "rival",
    [
        "Analysts said it would face stiff competition from Meta.",
        "Its glasses compete with those sold by Zentro, analysts said.",
    ],
)
@pytest.mark.parametrize("body", ["The company said", "The firm said", "The startup said"])
def test_the_company_is_the_one_introduced_as_one(rival: str, body: str) -> None:
    text = (
        "The hardware startup Lumora launched glasses on Wednesday.\n\n"
        f"{rival}\n\n{body} it had raised $180 million to date."
    )
    assert speaker(by_text(claims(text), "raised")) == ("Lumora", "organization")


# -- 5. interview transcripts -------------------------------------------------------------

INTRO = (
    "Maria Lindqvist took over the soil agency in January. Lindqvist spoke to us in Uppsala.\n\n"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Q: Did the government move too fast?", "A: I think we explained it badly."),
        ("Q: Farmers say the rules will ruin them. Are they wrong?", "A: Some of them, yes."),
        ("Question: What would you tell a young farmer?", "Answer: Stay. The land needs you."),
        (
            "Q:  Is it fair, as critics said, that taxpayers pay?",
            "A: It is cheaper than the cleanup.",
        ),
    ],
)
def test_transcript_answers_are_claims(question: str, answer: str) -> None:
    found = claims(INTRO + question + "\n\n" + answer + "\n")
    words = answer.split(":", 1)[1].strip()
    assert [c.text for c in found] == [words]
    assert found[0].kind.value == "direct"
    assert speaker(found[0]) == ("Maria Lindqvist", "person")


def test_answer_speaker_is_the_person_named_most() -> None:
    text = (
        "Maria Lindqvist, who succeeded Johan Ek, spoke to us. Lindqvist was a farmer.\n\n"
        "Q: Why did Ek resign?\n\nA: You would have to ask him.\n"
    )
    assert speaker(claims(text)[0]) == ("Maria Lindqvist", "person")


def test_no_transcript_without_answers() -> None:
    # A colon after one letter in ordinary prose makes no transcript.
    found = claims("Plan B: the minister said the talks would resume on Monday.\n")
    assert speaker(by_text(found, "talks would resume"))[0] == "minister"


# -- 6. shares of those polled inside a poll's report -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "According to an exit poll by Ipsos, 41% of voters said the harbour was the main issue.",
        "The poll found that most voters said the harbour was the main issue.",
        "According to the survey, a third of respondents said they had skipped meals.",
        "According to the survey, 12 per cent of respondents said they had skipped meals.",
        "The survey showed that half of parents said they had skipped meals.",
    ],
)
def test_share_of_those_polled_is_the_polls_finding(text: str) -> None:
    assert len(claims(text)) == 1, [(c.text, c.speaker) for c in claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the head of the union said talks had failed.",
        "A third of respondents said they had skipped meals.",
    ],
)
def test_other_reports_stay(text: str) -> None:
    found = claims(text)
    assert any(c.speaker is not None and "of" in c.speaker.name for c in found)


# -- 7. bodies spoken of together by their plural noun ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid agencies warned on Sunday that cholera could spread.", "Aid agencies"),
        ("UN agencies said 400 people had died.", "UN agencies"),
        ("Charities said the cuts would hurt children.", "Charities"),
    ],
)
def test_plural_bodies_are_a_group(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "group")


def test_one_agency_is_an_organisation() -> None:
    found = claims("The European Medicines Agency said the drug was safe.")
    assert speaker(found[0]) == ("European Medicines Agency", "organization")
