"""Claims on the frames a coverage grid found missing: every reporting verb crossed with
every kind of speaker in each frame news copy uses, so that one fix mends a whole row.

The rows fixed: a report in a relative clause with an auxiliary or adverb before its verb
("X, which has repeatedly denied that A, voted") ends at the comma before the main verb;
the participles of the verbs of saying that the lexicon listed only in other forms
(", maintaining that A"); a clause opened by a bare noun after a verb that asks for a
clause ("warned prices could rise", "noted interest rates will stay low"); and
"encouraged Y to Z" as a verb of urging. Each test takes a sample of the row's cells
and pairs them with near misses that must give no claim (or keep the one they gave).
"""

from __future__ import annotations

import pytest

from _claimtools import claims, speaker

LEAD = "Talks resumed on Friday.\n\n"


def _only(text: str) -> list[tuple[str, tuple[str, str]]]:
    """(claim text, (speaker name, kind)) of every claim of the sentence after LEAD."""
    return [(c.text, speaker(c)) for c in claims(LEAD + text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Pentagon, which has said that the talks would resume next week, will lead"
            " the delegation.",
            [("the talks would resume next week", ("Pentagon", "organization"))],
        ),
        (
            "The union, which has repeatedly denied that the strike was illegal, voted against it.",
            [("the strike was illegal", ("union", "organization"))],
        ),
        (
            "The bill, sponsored by Sen. Ann Whitfield, who has long argued that taxes were"
            " too high, passed 62-38.",
            [("taxes were too high", ("Ann Whitfield", "person"))],
        ),
        (
            "The White House, which had earlier warned that the plant was unsafe, ordered an"
            " inquiry.",
            [("the plant was unsafe", ("White House", "organization"))],
        ),
    ],
)
def test_relative_report_with_auxiliary_ends_at_its_comma(
    sentence: str, expected: list[tuple[str, tuple[str, str]]]
) -> None:
    assert _only(sentence) == expected


def test_relative_with_auxiliary_near_misses() -> None:
    assert _only(
        "The ministry, which has also said that talks would resume next week, will review it."
    ) == [("talks would resume next week", ("ministry", "organization"))]
    # a possession, not a report: the sentence's own "said" reports
    assert _only("The union, which has 40,000 members, said the strike was legal.") == [
        ("the strike was legal", ("union", "organization"))
    ]
    # nothing is said
    assert _only("The union, which has not said whether the strike was legal, voted.") == []


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        (
            "Laura Jimenez left the meeting early on Friday, maintaining that the ceasefire"
            " was largely holding.",
            "the ceasefire was largely holding",
            ("Laura Jimenez", "person"),
        ),
        (
            "Exxon Corp. filed suit on Monday, alleging that the merger violated a standstill"
            " agreement.",
            "the merger violated a standstill agreement",
            ("Exxon Corp.", "organization"),
        ),
        (
            "Western diplomats left the talks, reiterating that the sanctions would stay.",
            "the sanctions would stay",
            ("Western diplomats", "group"),
        ),
        (
            "Finance Minister Jens Albrecht closed the session, stating that the budget was"
            " balanced.",
            "the budget was balanced",
            ("Jens Albrecht", "person"),
        ),
        (
            "The Foreign Ministry summoned the envoy, contending that the treaty had expired.",
            "the treaty had expired",
            ("Foreign Ministry", "organization"),
        ),
    ],
)
def test_participle_of_saying_after_a_main_clause(
    sentence: str, fragment: str, who: tuple[str, str]
) -> None:
    assert _only(sentence) == [(fragment, who)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He spent years maintaining the roads.",
        "The rally ended early, suggesting fatigue among supporters.",
        "Prices rose 5 percent in May, indicating that inflation was back.",
        "Exports fell sharply, suggesting that demand was weakening.",
    ],
)
def test_participle_near_misses(sentence: str) -> None:
    # (no clause, or a thing that says nothing: the writer's inference)
    assert _only(sentence) == []
    # ... while a person's participle with a clause is a report
    assert _only("Robert Hale walked out, asserting that the vote was rigged.") == [
        ("the vote was rigged", ("Robert Hale", "person"))
    ]


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        (
            "Thomas Brandt warned prices could rise further this year.",
            "prices could rise further this year",
            ("Thomas Brandt", "person"),
        ),
        (
            "Police Chief Carla Ruiz noted interest rates will stay low.",
            "interest rates will stay low",
            ("Carla Ruiz", "person"),
        ),
        (
            "Senator Ann Whitfield admitted mistakes were made.",
            "mistakes were made",
            ("Ann Whitfield", "person"),
        ),
        (
            "The Pentagon acknowledged casualties were likely to rise.",
            "casualties were likely to rise",
            ("Pentagon", "organization"),
        ),
        (
            "Analysts cautioned inflation would ease by the summer.",
            "inflation would ease by the summer",
            ("Analysts", "group"),
        ),
        (
            "Susan Ortega reported profits rose sharply in the quarter.",
            "profits rose sharply in the quarter",
            ("Susan Ortega", "person"),
        ),
    ],
)
def test_clause_opened_by_a_bare_noun(sentence: str, fragment: str, who: tuple[str, str]) -> None:
    assert _only(sentence) == [(fragment, who)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thomas Brandt added fuel to the fire.",
        "Thomas Brandt noted changes in the plan.",
        "Susan Ortega admitted 41 people to the clinic.",
        "The firm reported losses in the quarter.",
    ],
)
def test_bare_noun_near_misses(sentence: str) -> None:
    # (an object with no verb of its own is no clause)
    assert _only(sentence) == []
    assert _only("Thomas Brandt warned prices would rise.") == [
        ("prices would rise", ("Thomas Brandt", "person"))
    ]


def test_encouraged_to() -> None:
    assert _only(
        "The health minister, Ana Costa, encouraged parents to vaccinate their children."
    ) == [("parents to vaccinate their children", ("Ana Costa", "person"))]
    assert _only("The government encouraged investment in the region.") == []
    assert _only("She was encouraged by the results.") == []
