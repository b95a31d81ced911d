"""Name registry, round 5 (issue #6): a nationality and a title before a full name give
the person and the role, and "President X's office" is X's office; a time word after "on"
is no part of a body's name ("Acme Corp on Monday"); "an aide to X" is the aide, not X;
"The study, published in the Lancet, found" is the study's (where a document came out is
not its issuer). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker
from newsfacts.document import Document
from newsfacts.extractors._names import mentions

# -- a nationality, a title, a full name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Dutch Prime Minister Anna Verbeek said the deal was fair.", "Anna Verbeek", "Dutch"),
        ("Chilean President Tomas Rivera said the deal was fair.", "Tomas Rivera", "Chilean"),
        (
            "The deal was fair, Norwegian Foreign Minister Erik Solberg said on Tuesday.",
            "Erik Solberg",
            "Norwegian",
        ),
        (
            "Brazilian President Paulo Henrique da Costa said the deal was fair.",
            "Paulo Henrique da Costa",
            "Brazilian",
        ),
        (
            "U.S. Secretary of State Mark Ellison said the deal was fair.",
            "Mark Ellison",
            "Secretary of State",
        ),
        (
            "Ghanaian opposition leader Kofi Mensah said the deal was fair.",
            "Kofi Mensah",
            "opposition leader",
        ),
    ],
)
def test_nationality_and_title_before_a_full_name(text: str, name: str, role: str) -> None:
    sp = claims(text)[0].speaker
    assert sp is not None
    assert (sp.name, sp.kind.value) == (name, "person")
    assert sp.role is not None and role in sp.role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("French President Luc Moreau's office said the deal was fair.", "Luc Moreau's office"),
        ("Prime Minister Anna Verbeek's office said the deal was fair.", "Anna Verbeek's office"),
        (
            "U.S. Secretary of State Mark Ellison's office said the deal was fair.",
            "Mark Ellison's office",
        ),
        ("Mayor Tom Reyes's office said the deal was fair.", "Tom Reyes's office"),
    ],
)
def test_a_titled_owner_gives_the_office_of_the_name(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


def test_a_body_owner_keeps_its_whole_name() -> None:
    text = "Scotland Yard's counter-terrorism command said the deal was fair."
    assert speaker(claims(text)[0])[0] == "Scotland Yard's counter-terrorism command"


# -- a time word after "on" ends a body's name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Halvorsen Freight Lines on Monday announced 200 job cuts. The company said the "
            "cuts were needed.",
            "Halvorsen Freight Lines",
        ),
        ("Acme Robotics Corp on Thursday said it would close two plants.", "Acme Robotics Corp"),
        ("Brightwater Energy Group on March 3 said it would sell the unit.", "Brightwater Energy"),
        (
            "Lakeside Health Partners last week said it would hire 40 nurses.",
            "Lakeside Health Partners",
        ),
    ],
)
def test_a_time_word_is_no_part_of_a_name(text: str, name: str) -> None:
    names = [e.name for e in mentions(Document(text)).entities]
    assert any(n.startswith(name) for n in names), names
    for n in names:
        for word in ("Monday", "Thursday", "March", "week"):
            assert word not in n, names


def test_a_body_named_with_on_keeps_it() -> None:
    text = "The Council on Foreign Affairs said the plan would fail."
    assert speaker(claims(text)[0]) == ("Council on Foreign Affairs", "organization")


# -- an aide to someone speaks as the aide ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        ("A top aide to the president said the talks had stalled.", "president"),
        ("An adviser to the prime minister said the talks had stalled.", "minister"),
        ("A senior adviser to Governor Lena Park said the talks had stalled.", "Park"),
        ("An aide to the senator said the talks had stalled.", "senator"),
        ("The talks had stalled, a close aide to the chancellor said.", "chancellor"),
    ],
)
def test_an_aide_is_not_the_principal(text: str, principal: str) -> None:
    name, kind = speaker(claims(text)[0])
    assert "aide" in name or "adviser" in name, name
    assert name.endswith(principal)  # the principal stays in the phrase, not the speaker
    assert kind in ("person", "anonymous")


def test_to_after_other_roles_is_not_taken_in() -> None:
    text = "The minister said he would travel to Brussels on Friday."
    names = [e.name for e in mentions(Document(text)).entities]
    assert "minister" in names


# -- a document with a venue aside is the source -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The study, published in the Lancet, found that sleep loss raised risk.", "sleep"),
        (
            "The study, published in the journal Cell Reports, found that the drug worked.",
            "the drug",
        ),
        ("The report, released on the BBC website, said that rents rose by 4%.", "rents"),
        ("The survey, published in Nature on Monday, showed that bees were declining.", "bees"),
    ],
)
def test_a_venue_in_an_aside_is_not_the_issuer(text: str, fragment: str) -> None:
    name, kind = speaker(by_text(claims(text), fragment))
    assert name in ("study", "report", "survey")
    assert kind == "unknown"


def test_a_document_with_an_author_in_an_aside_is_its_own_source() -> None:
    text = "The survey, conducted by Gallup, found that most voters were undecided."
    assert speaker(by_text(claims(text), "voters")) == ("survey", "unknown")
