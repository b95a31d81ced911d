"""Speakers for a body: a spokesperson of "the company" named by kind, and "the leader"
who is a head of government named by title."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

QUOTE = '"We remain committed to our customers and staff,"'


@pytest.mark.parametrize(
    ("opening", "role", "body"),
    [
        (
            "Amazon said on Monday it would cut 500 jobs in Europe.",
            "a company spokesperson",
            "Amazon",
        ),
        (
            "Seafood company Fjordlax posted a loss in the third quarter, Reuters reported.",
            "a company spokesman",
            "Fjordlax",
        ),
        (
            "Siemens AG said it would close the plant, citing the Ministry of Energy.",
            "a company spokeswoman",
            "Siemens AG",
        ),
        (
            "The Ministry of Defence said two soldiers were hurt near Kherson.",
            "a ministry spokesperson",
            "Ministry of Defence",
        ),
        (
            "Harlow City sacked their manager on Sunday after Acme Holdings pulled out.",
            "a club spokesman",
            "Harlow City",
        ),
    ],
)
def test_spokesperson_of_a_body_noun_speaks_for_the_body_named_last(
    opening: str, role: str, body: str
) -> None:
    text = f"{opening}\n\n{QUOTE} {role} said."
    claim = by_text(claims(text), "We remain committed")
    # (an unnamed spokesperson: anonymous, named after the body and the role)
    assert speaker(claim) == (f"{body} {role.split()[-1]}", "anonymous")
    assert claim.speaker is not None and claim.speaker.role is not None
    assert claim.speaker.role.startswith("spokes")


@pytest.mark.parametrize(
    "opening",
    [
        "The storm closed roads across the region, Reuters reported.",  # a news agency only
        "Officials in Berlin said the storm closed roads across the region.",  # no body
        "Amazon said on Monday it would cut 500 jobs in Europe.",  # no ministry named
    ],
)
def test_spokesperson_with_no_fitting_body_keeps_the_noun(opening: str) -> None:
    text = f"{opening}\n\n{QUOTE} a ministry spokesperson said."
    claim = by_text(claims(text), "We remain committed")
    assert claim.speaker is not None
    assert claim.speaker.name not in ("Amazon", "Reuters", "Berlin")


@pytest.mark.parametrize(
    ("opening", "leader", "name"),
    [
        (
            "Chancellor Olaf Scholz met workers in Berlin on Monday.",
            "the German leader",
            "Olaf Scholz",
        ),
        (
            "Prime Minister Keir Starmer visited Paris on Tuesday.",
            "the British leader",
            "Keir Starmer",
        ),
        (
            "President Emmanuel Macron hosted the talks in Paris.",
            "the French leader",
            "Emmanuel Macron",
        ),
        ("Premier Li Qiang opened the forum in Beijing.", "the leader", "Li Qiang"),
    ],
)
def test_head_of_government_is_the_leader(opening: str, leader: str, name: str) -> None:
    text = f'{opening}\n\n"We will not let this plant close," {leader} said.'
    claim = by_text(claims(text), "We will not let")
    assert speaker(claim) == (name, "person")


@pytest.mark.parametrize(
    "opening",
    [
        "Vice President Kamala Harris visited the plant on Monday.",
        "Deputy Prime Minister Robert Habeck visited the plant on Monday.",
        "Finance Minister Christian Lindner visited the plant on Monday.",
    ],
)
def test_a_second_or_a_minister_is_no_leader(opening: str) -> None:
    text = f'{opening}\n\n"We will not let this plant close," the German leader said.'
    claim = by_text(claims(text), "We will not let")
    assert claim.speaker is None or claim.speaker.name not in (
        "Kamala Harris",
        "Robert Habeck",
        "Christian Lindner",
    )
