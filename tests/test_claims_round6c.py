"""Round 6c: a demand is a claim, as "urged" is ("The UN called for an immediate
ceasefire": the claim "an immediate ceasefire", cue "called for"); "called" alone is no
cue, nor is the passive ("was called for questioning") or the plural noun ("calls for his
resignation"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

LEAD = "The talks resumed on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        (
            "The United Nations called for an immediate ceasefire.",
            "an immediate ceasefire",
            "United Nations",
        ),
        (
            "Opposition leaders called for talks with the government.",
            "talks with the government",
            "Opposition leaders",
        ),
        ("Police called for calm after the shooting.", "calm after the shooting", "Police"),
        (
            "Protesters called for the resignation of Interior Minister Lena Vogt.",
            "the resignation of Interior Minister Lena Vogt",
            "Protesters",
        ),
        (
            "Senator Ruth Adler has called for early elections.",
            "early elections",
            "Ruth Adler",
        ),
        (
            "Amnesty International calls for the release of the two journalists.",
            "the release of the two journalists",
            "Amnesty International",
        ),
    ],
)
def test_demand_is_a_claim(text: str, content: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    claim = found[0]
    assert claim.text == content
    assert claim.kind.value == "indirect"
    assert claim.cue is not None and claim.cue.lower() in ("called for", "calls for")
    assert speaker(claim)[0] == who


def test_demand_with_a_quoted_label_is_mixed() -> None:
    # (formerly a "label, no claim" case in test_claims_genres.py)
    found = claims(LEAD + 'Critics called for a "full inquiry" into the sale.')
    claim = by_text(found, "full inquiry")
    assert claim.text == 'a "full inquiry" into the sale'
    assert claim.kind.value == "mixed"
    assert speaker(claim)[0] == "Critics"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Calling for calm, the mayor said the city would recover.", "mayor"),
        ("The mayor, calling for calm, said the city would recover.", "mayor"),
        ("Calling for an end to the strike, Keller said both sides had lost.", "Keller"),
    ],
)
def test_participle_demand_ends_at_its_comma(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 2, [c.text for c in found]
    demand, report = found
    assert demand.text in ("calm", "an end to the strike")
    assert demand.cue is not None and demand.cue.lower() == "calling for"
    assert speaker(demand)[0].endswith(who)
    assert report.text.endswith(("would recover", "had lost"))


def test_that_after_a_demand_belongs_to_its_noun() -> None:
    found = claims(LEAD + "Critics called for an inquiry that would examine the sale.")
    assert [c.text for c in found] == ["an inquiry that would examine the sale"]
    found = claims(LEAD + "The union called for a guarantee that no jobs would go.")
    assert [c.text for c in found] == ["a guarantee that no jobs would go"]


def test_demand_then_a_report_are_two_claims() -> None:
    text = LEAD + (
        "Opposition leader Maria Costa called for fresh elections, saying the government "
        "had lost its mandate."
    )
    found = claims(text)
    assert [c.text for c in found] == ["fresh elections", "the government had lost its mandate"]
    assert {speaker(c)[0] for c in found} == {"Maria Costa"}


@pytest.mark.parametrize(
    "text",
    [
        # passive: a summons, no demand
        "He was called for questioning on Tuesday.",
        "The witness was called for cross-examination.",
        "Two players have been called for the national squad.",
        # "called" alone is no cue (a label with no quote is no claim either)
        "Smith called the plan a mistake.",
        "The minister called the protesters a threat to order.",
        # the plural noun
        "Phone calls for help went unanswered for hours.",
        "The minister faces calls for his resignation.",
        "Despite repeated calls for calm, crowds gathered outside parliament.",
        # a relative clause: what was called for, not a demand
        "The measures called for in the report were never taken.",
        "The truce called for by the envoy has not held.",
    ],
)
def test_no_demand(text: str) -> None:
    assert claims(LEAD + text) == []


def test_a_name_after_called_stays_a_name() -> None:
    found = claims(LEAD + "A charity called Open Doors said it would appeal.")
    assert speaker(by_text(found, "would appeal"))[0] == "Open Doors"
