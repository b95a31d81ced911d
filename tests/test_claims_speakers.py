"""Round 4 speaker rules: affiliations, numbered and possessive bodies, plural bodies,
voiced services, continued speakers, relative clauses, and claims that are not claims."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

LEAD = "Talks resumed on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The melt sped up, according to Sofia Conti of the Italian Glaciological Committee.",
            "Sofia Conti",
        ),
        (
            "Elena Ricci, a glaciologist at the University of Padua, said the melt sped up.",
            "Elena Ricci",
        ),
        ("Ricardo Luz of the University of Porto said the melt sped up.", "Ricardo Luz"),
        ('"The melt sped up," said Amani, who led the team at the University of Padua.', "Amani"),
    ],
)
def test_a_person_with_an_affiliation_is_the_person(text: str, name: str) -> None:
    assert speaker(by_text(claims(LEAD + text), "melt sped up")) == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "SEIU Local 1000, which represents state workers, said pay talks had failed.",
            "SEIU Local 1000",
        ),
        ("Women's Aid said pay talks had failed.", "Women's Aid"),
        ("Lloyd's of London said pay talks had failed.", "Lloyd's of London"),
        ("St Thomas' Hospital said pay talks had failed.", "St Thomas' Hospital"),
        (
            "The King's Fund and Oxfam have warned that pay talks had failed.",
            "King's Fund and Oxfam",
        ),
        ("Citizens Advice said on Monday that pay talks had failed.", "Citizens Advice"),
        ("The Norwegian Refugee Council said pay talks had failed.", "Norwegian Refugee Council"),
        ("Coast guard officials said pay talks had failed.", "Coast guard"),
        ("Coast guard officials in Miami said pay talks had failed.", "Coast guard"),
        ("The two companies said in a joint statement that pay talks had failed.", "two companies"),
        ("Both governments said pay talks had failed.", "Both governments"),
    ],
)
def test_bodies_with_digits_possessives_and_plurals(text: str, name: str) -> None:
    assert speaker(by_text(claims(LEAD + text), "pay talks")) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Group 4 spokesman said pay talks had failed.", "Group 4 spokesman"),
        ("A Coast Guard spokesman said pay talks had failed.", "Coast Guard spokesman"),
        ("A coast guard official said pay talks had failed.", "coast guard official"),
    ],
)
def test_one_unnamed_voice_of_a_body_is_anonymous(text: str, name: str) -> None:
    assert speaker(by_text(claims(LEAD + text), "pay talks")) == (name, "anonymous")


def test_the_body_of_a_which_clause_speaks() -> None:
    text = LEAD + "They were taken to St Joseph's Hospital in Goma, which said it had admitted 41."
    assert speaker(by_text(claims(text), "admitted 41")) == (
        "St Joseph's Hospital",
        "organization",
    )


def test_a_cueless_quote_continues_the_last_speaker_across_a_mention() -> None:
    text = (
        LEAD + '"This is the right moment," Laura Chen said.\n\n'
        "Analysts at Barclays, led by Tom Reyes, had long expected a deal.\n\n"
        '"We will keep every office open."'
    )
    assert speaker(by_text(claims(text), "every office")) == ("Laura Chen", "person")


def test_a_pronoun_after_a_passing_object_goes_back_to_the_speaker() -> None:
    text = (
        LEAD + '"Nobody told us," said Ruth Okoye, a teacher.\n\n'
        "Rescuers reached the house of Joy Adu on Monday.\n\n"
        '"We slept on the roof," she said.'
    )
    assert speaker(by_text(claims(text), "slept on the roof")) == ("Ruth Okoye", "person")


def test_a_pronoun_after_an_introduced_person_is_theirs() -> None:
    text = (
        LEAD + '"We are ready," said Anna Berg, the mayor.\n\n'
        "The plan was drafted with help from Maria Lopez, an engineer.\n\n"
        '"It will hold," she said.'
    )
    assert speaker(by_text(claims(text), "It will hold")) == ("Maria Lopez", "person")


def test_two_titled_people_joined_by_and_stay_two() -> None:
    text = (
        LEAD + "Finance Minister Priya Nair and Interior Minister Omar Said met on Friday.\n\n"
        "The finance minister said the budget would cover the cost."
    )
    assert speaker(by_text(claims(text), "budget")) == ("Priya Nair", "person")


def test_business_lead_with_participle_and_companies_at_the_end() -> None:
    text = (
        "Acme Corp has agreed to buy Brightline Inc for $4 billion, creating the sector's "
        "second-largest supplier, the companies said on Monday."
    )
    claim = by_text(claims(text), "agreed to buy")
    assert speaker(claim) == ("companies", "organization")


def test_content_after_a_possessive_subject_at_the_end() -> None:
    text = LEAD + "The boat carried 200 passengers, the country's coast guard said."
    assert speaker(by_text(claims(text), "200 passengers")) == ("coast guard", "organization")


def test_a_subject_with_a_participle_phrase() -> None:
    text = LEAD + "Aid groups working in the area said the disaster showed the need for rules."
    assert speaker(by_text(claims(text), "disaster")) == ("Aid groups", "group")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Despite the fact that the company said profits would rise, shares fell.",
            "profits would rise",
        ),
        ("Although the minister said talks would resume, no date was set.", "talks would resume"),
    ],
)
def test_a_report_in_a_subordinate_clause_ends_at_its_comma(text: str, content: str) -> None:
    assert by_text(claims(LEAD + text), content).text == content


def test_a_noun_compound_is_no_cue() -> None:
    text = (
        LEAD + "Energy Secretary Claire Dunmore welcomed the investment pledge but said the "
        "government would study the deal."
    )
    found = claims(text)
    assert [(c.cue, c.text) for c in found] == [("said", "the government would study the deal")]


def test_an_object_after_a_that_verb_is_no_claim() -> None:
    assert claims(LEAD + "Transport Minister Helen Park announced the plan in March.") == []


def test_plural_verbs_after_collective_nouns_still_report() -> None:
    found = claims(LEAD + "The police say the road will reopen. The crew warn it is unsafe.")
    assert [c.text for c in found] == ["the road will reopen", "it is unsafe"]


def test_the_union_is_the_union_named_before_it() -> None:
    text = (
        LEAD + "The California State Employees Association said talks had collapsed.\n\n"
        "The union, which has called three strikes this year, said it would ballot members."
    )
    assert speaker(by_text(claims(text), "ballot")) == (
        "California State Employees Association",
        "organization",
    )


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "According to Rachel Cho, a researcher at Imperial College, uptake was high.",
            "Rachel Cho",
            "uptake was high",
        ),
        (
            "According to Maria Keller, the union leader, uptake was high.",
            "Maria Keller",
            "uptake was high",
        ),
        ("According to Keller, the uptake was high.", "Keller", "the uptake was high"),
    ],
)
def test_according_to_a_person_skips_their_apposition(text: str, name: str, content: str) -> None:
    claim = by_text(claims(LEAD + text), "uptake")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name.endswith(name.split()[-1])


def test_according_to_a_body_keeps_an_apposition_in_the_content() -> None:
    claim = by_text(claims(LEAD + "According to police, the man, who was 34, fled."), "fled")
    assert claim.text == "the man, who was 34, fled"


def test_the_regulator_is_the_agency_named_before_it() -> None:
    text = (
        LEAD + "The Food Standards Agency said it was monitoring reports.\n\n"
        "The regulator said there was no evidence of a link."
    )
    assert speaker(by_text(claims(text), "no evidence")) == (
        "Food Standards Agency",
        "organization",
    )


def test_a_bare_body_noun_takes_the_body_named_later() -> None:
    text = (
        "Pilots will walk out for four days, their union announced on Tuesday.\n\n"
        "Talks broke down on Monday, according to the union, SPAC."
    )
    assert speaker(by_text(claims(text), "walk out")) == ("SPAC", "organization")
