"""Canonical wire-copy attribution patterns that once failed: long subjects after a quote
("two people familiar with the matter said"), "told Reuters", news agencies as speakers,
honorifics before a surname already introduced."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

LEAD = "Talks resumed in Berlin on Monday.\n\n"
KELLER = "Maria Keller arrived in Berlin on Monday.\n\n"
BERG = "Tomas Berg arrived in Berlin on Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        '"We will not back down," two people familiar with the matter said.',
        '"We will not back down," two people familiar with the matter told reporters.',
        '"We will not back down," three people familiar with the talks added.',
        '"We will not back down," said two people familiar with the matter.',
        '"We will not back down," two people familiar with the matter told Reuters.',
        '"We will not back down," a senior official who asked not to be named said.',
        '"We will not back down," a senior official who asked not to be named told Reuters.',
        '"We will not back down," a diplomat who spoke on condition of anonymity said.',
        '"We will not back down," two people familiar with the matter said Monday.',
        '"We will not back down," a source close to the talks said Tuesday.',
    ],
)
def test_a_long_anonymous_subject_after_a_quote(text: str) -> None:
    claim = by_text(claims(LEAD + text), "not back down")
    assert claim.kind.value == "direct"
    assert claim.text == "We will not back down"
    assert speaker(claim)[1] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        '"We will not back down," Maria Keller told Reuters.',
        '"We will not back down," Maria Keller told the BBC.',
        '"We will not back down," Maria Keller told reporters on Friday.',
    ],
)
def test_told_a_named_hearer_after_a_quote(text: str) -> None:
    claim = by_text(claims(LEAD + text), "not back down")
    assert speaker(claim) == ("Maria Keller", "person")


@pytest.mark.parametrize(
    "text",
    [
        "Reuters said the talks had failed.",
        "Reuters said on Friday that the talks had failed.",
        "Reuters reported that the talks had failed.",
        'Reuters said in a statement: "We will not back down."',
        "AFP said the talks had failed.",
    ],
)
def test_a_news_agency_is_an_organisation(text: str) -> None:
    found = claims(LEAD + text)
    claim = next(c for c in found if "talks had failed" in c.text or "back down" in c.text)
    assert claim.speaker is not None
    assert claim.speaker.kind.value == "organization"


@pytest.mark.parametrize(
    ("lead", "text", "name"),
    [
        (KELLER, '"We will not back down," Ms. Keller said.', "Keller"),
        (BERG, '"We will not back down," Mr Berg said on Friday.', "Berg"),
        (BERG, '"We will not back down," said Mr. Berg, the union leader.', "Berg"),
        (KELLER, '"We will not back down," Ms Keller wrote on X.', "Keller"),
        (KELLER, "The talks had failed, Ms. Keller said.", "Keller"),
        (BERG, "The talks had failed, Mr Berg told Reuters.", "Berg"),
        (BERG, "The talks had failed, said Mr. Berg, the union leader.", "Berg"),
        (KELLER, "The talks had failed, Dr. Keller said on Friday.", "Keller"),
    ],
)
def test_an_honorific_before_a_known_surname(lead: str, text: str, name: str) -> None:
    found = claims(lead + text)
    claim = next(c for c in found if "back down" in c.text or "talks had failed" in c.text)
    assert claim.speaker is not None and name in claim.speaker.name
    assert claim.speaker.kind.value == "person"
    assert "Ms" not in claim.text and "Mr" not in claim.text and "Dr" not in claim.text


def test_an_honorific_claim_keeps_its_content_only() -> None:
    claim = by_text(claims(KELLER + "The talks had failed, Ms. Keller said."), "talks")
    assert claim.text == "The talks had failed"
    assert claim.kind.value == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        # The verb inside the relative clause is not the cue; nothing closes the clause.
        '"We will not back down," a man who said he was a driver shouted at them.',
        '"We will not back down," the banner read as officials said nothing.',
    ],
)
def test_a_verb_that_does_not_close_the_subject_is_not_the_cue(text: str) -> None:
    found = claims(LEAD + text)
    for claim in found:
        if "back down" in claim.text and claim.speaker is not None:
            assert claim.speaker.name not in ("man", "banner")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We will not back down," two people familiar with the matter said.',
            "people familiar with the matter",
        ),
        (
            "Two people familiar with the discussions said the talks had failed.",
            "people familiar with the discussions",
        ),
        (
            "The talks had failed, according to three people familiar with the talks.",
            "three people familiar with the talks",
        ),
        (
            "The talks had failed, two people with knowledge of the case said.",
            "people with knowledge of the case",
        ),
        ('"We will not back down," a source close to the club said.', "source close to the club"),
        (
            "A source close to the ministry said the talks had failed.",
            "source close to the ministry",
        ),
        ("People close to Maria Keller said the talks had failed.", "People close to Maria Keller"),
    ],
)
def test_an_unnamed_source_keeps_its_description(text: str, name: str) -> None:
    found = claims(LEAD + text)
    claim = next(c for c in found if "back down" in c.text or "talks had failed" in c.text)
    assert speaker(claim) == (name, "anonymous")


def test_people_close_to_a_body_are_not_the_body() -> None:
    found = claims(LEAD + "Officials close to the ministry said the talks had failed.")
    assert speaker(by_text(found, "talks had failed"))[1] == "group"
