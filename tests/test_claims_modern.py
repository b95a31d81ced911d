"""Claims on modern attribution shapes (2020s wire and newspaper copy): a platform posted
on is never the speaker ("In a post on X, the senator called ..."), a fronted "In remarks
posted on Facebook," is no claim of its own, a description after its claim ("..., the
research firm estimated") is the body before the claim rather than a name inside it, and
"her office" or "his spokesman" is named for the person the possessive stands for.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

LEAD = "Talks resumed on Friday.\n\n"


# -- a platform after "on" is where something was said, never who said it ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'In a post on X, the senator called the results "a warning sign."',
            ("senator", "person"),
        ),
        (
            'In a post on Telegram, a senior official called the attack "an act of terror."',
            ("senior official", "anonymous"),
        ),
        (
            'In a post on Truth Social, the president called the ruling "a disgrace."',
            ("president", "person"),
        ),
        (
            'In a message on Facebook, the mayor labelled the strike "reckless."',
            ("mayor", "person"),
        ),
        (
            'In a video on Instagram, the minister branded the rumours "lies."',
            ("minister", "person"),
        ),
        (
            "Senator Elizabeth Warren attended the hearing. In a post on X, the senator "
            'called the results "a warning sign."',
            ("Elizabeth Warren", "person"),
        ),
    ],
)
def test_a_platform_is_never_the_speaker(text: str, expected: tuple[str, str]) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1
    assert speaker(found[0]) == expected
    assert found[0].kind.value == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Elizabeth Warren wrote on X that the vote had been rigged.",
        "Senator Elizabeth Warren said in a post on X that the company would appeal.",
        "Senator Elizabeth Warren told the BBC that inflation would fall.",
        "In an interview with CNN, Senator Elizabeth Warren said the bill was dead.",
        "Senator Elizabeth Warren told Reuters that the bill was dead.",
        "Senator Elizabeth Warren said in a video address that the bill was dead.",
        "Senator Elizabeth Warren posted on Instagram that the tour was cancelled.",
        '"We will not back down," Senator Elizabeth Warren wrote on Truth Social.',
        "In a video posted on Telegram, Senator Elizabeth Warren said the bill was dead.",
    ],
)
def test_platform_and_outlet_frames_keep_the_speaker(text: str) -> None:
    found = claims(LEAD + text)
    assert [speaker(c) for c in found] == [("Elizabeth Warren", "person")]


def test_an_apposition_after_a_name_still_describes_it() -> None:
    # (not a platform: "Jane Okafor, the senator," is one person)
    text = LEAD + 'Jane Okafor, the senator, called the results "a warning sign."'
    assert speaker(claims(text)[0]) == ("Jane Okafor", "person")


# -- a fronted "In remarks posted on ..." is no claim of its own --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In remarks posted on Facebook, the mayor said the strike was reckless.",
            [("the strike was reckless", ("mayor", "person"))],
        ),
        (
            'In comments posted on X, the mayor branded the strike "reckless."',
            [('the strike "reckless."', ("mayor", "person"))],
        ),
        (
            "In a statement posted on its website, the ministry said talks would continue.",
            [("talks would continue", ("ministry", "organization"))],
        ),
        (
            "In posts published on Telegram, the governor said the roads were closed.",
            [("the roads were closed", ("governor", "person"))],
        ),
    ],
)
def test_a_fronted_channel_participle_is_no_cue(
    text: str, expected: list[tuple[str, tuple[str, str]]]
) -> None:
    assert [(c.text, speaker(c)) for c in claims(LEAD + text)] == expected


# -- a description after its claim is the body before the claim ---------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "According to Counterpoint Research, Apple's share of the market dropped to 15%. "
            "Huawei, which has regained ground since 2023, sold about 12 million phones in "
            "the period, the research firm estimated.",
            "12 million phones",
            "Counterpoint Research",
        ),
        (
            "Counterpoint Research said Apple's share dropped to 15%. Huawei sold about 12 "
            "million phones in the period, the research firm said.",
            "12 million phones",
            "Counterpoint Research",
        ),
        (
            "The Bank of England held rates on Thursday. Barclays and HSBC will cut mortgage "
            "rates next week, the bank said.",
            "mortgage rates",
            "Bank of England",
        ),
        (
            "The World Health Organization said cases were rising. Pfizer will ship more "
            "vaccines next month, the agency said.",
            "vaccines",
            "World Health Organization",
        ),
        (
            "Canalys said Apple's share dropped to 15%. Xiaomi shipped 40 million phones in "
            "the quarter, the research firm said.",
            "Xiaomi",
            "Canalys",
        ),
        (
            "Goldman Sachs said demand was strong. Nvidia will beat estimates, the bank said.",
            "Nvidia",
            "Goldman Sachs",
        ),
    ],
)
def test_a_description_after_its_claim_is_the_body_before_it(
    text: str, fragment: str, expected: str
) -> None:
    claim = by_text(claims(LEAD + text), fragment)
    assert speaker(claim) == (expected, "organization")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the only body is the one inside the claim: it speaks of itself
        (
            "Apple's sales in China fell 11% in the quarter, the company said Thursday.",
            "sales in China",
            "Apple",
        ),
        # the body a bare "the company" follows is no company by its name: no switch
        (
            "Canalys said Apple's share dropped to 15%. Apple shipped 40 million phones in "
            "the quarter, the company said.",
            "Apple shipped",
            "Apple",
        ),
        # a body before the claim whose name does not say it is a bank: no switch
        (
            "Ofwat fined the water firms on Monday. Lloyds Bank will cut mortgage rates "
            "next week, the bank said.",
            "mortgage rates",
            "Lloyds Bank",
        ),
    ],
)
def test_a_body_named_only_in_its_own_claim_stays(text: str, fragment: str, expected: str) -> None:
    claim = by_text(claims(LEAD + text), fragment)
    assert speaker(claim) == (expected, "organization")


# -- "her office", "his spokesman": named for the person ----------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Senator Elizabeth Warren attended the hearing. Her office later said she would "
            "seek a hearing.",
            "seek a hearing",
            ("Elizabeth Warren's office", "organization"),
        ),
        (
            "Senator Ted Cruz voted no. His campaign said he would appeal.",
            "would appeal",
            ("Ted Cruz's campaign", "organization"),
        ),
        (
            "Governor Kathy Hochul will travel to Albany next week, her office said.",
            "Albany",
            ("Kathy Hochul's office", "organization"),
        ),
        (
            "Prime Minister Nikol Pashinyan spoke by telephone with French President "
            "Emmanuel Macron, his office said.",
            "telephone",
            ("Nikol Pashinyan's office", "organization"),
        ),
        (
            "Governor Kathy Hochul signed the bill. Her spokesman said she would travel to Albany.",
            "Albany",
            ("Kathy Hochul spokesman", "anonymous"),
        ),
        (
            'Prime Minister Keir Starmer flew to Kyiv. "The talks were constructive," his '
            "spokeswoman told reporters.",
            "constructive",
            ("Keir Starmer spokeswoman", "anonymous"),
        ),
    ],
)
def test_an_owned_office_or_spokesperson_is_named_for_the_owner(
    text: str, fragment: str, expected: tuple[str, str]
) -> None:
    assert speaker(by_text(claims(LEAD + text), fragment)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no person of that gender before: the office stays as written
        (
            "Senator Ted Cruz voted no. Her office said the vote was close.",
            ("office", "organization"),
        ),
        # a body's office ("its"), and a lawyer (no office): unchanged
        ("The company cut jobs. Its office said the cuts were final.", ("office", "organization")),
        ("Senator Ted Cruz voted no. His lawyer said he would appeal.", ("lawyer", "person")),
    ],
)
def test_no_owner_no_renaming(text: str, expected: tuple[str, str]) -> None:
    assert speaker(claims(LEAD + text)[0]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "(CNN) — The number of measles cases in West Texas has risen to 124, officials said.",
        "(CNN)The number of measles cases in West Texas has risen to 124, officials said.",
        "(Reuters) - The number of measles cases in West Texas has risen to 124, officials said.",
    ],
)
def test_placeless_dateline_is_no_part_of_the_claim(paragraph: str) -> None:
    """CNN's "(CNN) —" opens the lead without a place; the claim starts after it."""
    (claim,) = claims(paragraph)
    assert claim.text.startswith("The number of measles cases")
