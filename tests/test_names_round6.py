"""Name registry, round 6 (issues #6, #7): a description ("the company", "the club")
links only to a body of its kind, never to one set off by commas beside a noun for another
kind ("the dockers' union, the Federación ..."); a long name of capitalised words joined by
"and" and closed by a lower-case "project" stays one body. Every sentence here is written
for the test."""

from __future__ import annotations

import pytest

from newsfacts.document import Document
from newsfacts.extractors._names import mentions


def _entity_of(text: str, phrase: str, nth: int = 0) -> str | None:
    """The entity name of the mention covering the ``nth`` ``phrase`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    found = mentions(Document(text, published="2024-03-05"))
    for m in found.mentions:
        if m.span.start <= at < m.span.end:
            return found.entities[m.entity].name
    return None


# -- a description links only to a body of its kind --------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "wrong"),
    [
        (
            "The dockers' union, the Federación Portuaria del Sur, accused the company of lying.",
            "the company",
            "Federación Portuaria del Sur",
        ),
        (
            "Nordhavn Shipping denied it. The Sindicato Obrero del Sur, the miners' union, "
            "said the company cut staff.",
            "the company",
            "Sindicato Obrero del Sur",
        ),
        (
            "Kestrel Mining said the Sindicato Obrero del Sur, the miners' union, was wrong. "
            "The company said it had cut no jobs.",
            "The company",
            "Sindicato Obrero del Sur",
        ),
        (
            "Radio Valle, the regional broadcaster, reported that the club had been fined.",
            "the club",
            "Radio Valle",
        ),
        (
            "Ferrovia Lusa blamed the Liga dos Maquinistas, a federation of drivers. The "
            "company said trains would run.",
            "The company",
            "Liga dos Maquinistas",
        ),
    ],
)
def test_description_skips_body_of_other_kind(text: str, phrase: str, wrong: str) -> None:
    assert _entity_of(text, phrase) != wrong


@pytest.mark.parametrize(
    ("text", "phrase", "right"),
    [
        (
            "Kestrel Mining said the Sindicato Obrero del Sur, the miners' union, was wrong. "
            "The company said it had cut no jobs.",
            "The company",
            "Kestrel Mining",
        ),
        (
            "Orvika, the Finnish carmaker, said on Monday the company would cut staff.",
            "the company",
            "Orvika",
        ),
        (
            "Talvik, a Estonian retailer, warned on profits. The company said sales fell.",
            "The company",
            "Talvik",
        ),
    ],
)
def test_description_keeps_body_of_its_kind(text: str, phrase: str, right: str) -> None:
    assert _entity_of(text, phrase) == right


# -- a long name closed by "project" stays whole ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "About 200 people died, according to the Global Flood Mapping and Warning Data "
            "project.",
            "Global Flood Mapping and Warning Data project",
        ),
        (
            "Officials cited the Coastal Monitoring and Rescue Statistics programme on Monday.",
            "Coastal Monitoring and Rescue Statistics programme",
        ),
        (
            "The Urban Heat and Air Quality initiative counted 40 hot days.",
            "Urban Heat and Air Quality initiative",
        ),
    ],
)
def test_long_project_name_whole(text: str, name: str) -> None:
    assert _entity_of(text, name.split()[0]) == name
    assert _entity_of(text, name.split()[-2]) == name


def test_project_name_gives_no_person_to_a_role() -> None:
    text = (
        "The rebel leader spoke on Monday.\n\nAbout 200 people died, according to the Border "
        "Violence and Event Records project.\n\nThe rebel leader said his fighters would stay."
    )
    assert _entity_of(text, "The rebel leader", 1) != "Event Records"
    assert _entity_of(text, "Event Records") != _entity_of(text, "The rebel leader", 1)


def test_people_joined_by_and_still_split() -> None:
    text = "Maria Lund and Peter Holm visited the project on Monday."
    assert _entity_of(text, "Maria") == "Maria Lund"
    assert _entity_of(text, "Peter") == "Peter Holm"
