"""Round 9 of the times rules, each on sentences written for it: "a year ago" or "last
year" closing a comparison of figures reported for a quarter, month or half is that
same part of the year before (elsewhere it stays the year); "the 2022 third quarter",
"the year-ago third quarter" and "the 2022 quarter" are one expression each; "soon" in
a past clause or before "after", "previously" and "formerly" are no times. Rows as in
``test_times_table``.
"""

from __future__ import annotations

import pytest

from _timetools import check_row
from newsfacts import extract

NOV = "2024-11-05"

ROWS: list[tuple[str, str, str, str | None, str]] = [
    # -- a figure compared with "a year ago" / "last year": the same period, a year back
    (
        "Net income rose to $8 million in the third quarter, up from $5 million a year ago.",
        NOV,
        "a year ago",
        "2023-Q3",
        "date",
    ),
    (
        "Third-quarter profit was $12 million, or 40 cents a share, compared with $9 million,"
        " or 30 cents a share, a year ago.",
        NOV,
        "a year ago",
        "2023-Q3",
        "date",
    ),
    (
        "The bank posted a loss of $2 billion in the second quarter, against a profit of"
        " $1 billion last year.",
        NOV,
        "last year",
        "2023-Q2",
        "date",
    ),
    (
        "Exports rose 4% in September from a year ago, the ministry said.",
        NOV,
        "a year ago",
        "2023-09",
        "date",
    ),
    (
        "Revenue for the first half fell to 3.1 billion euros, lower than a year ago.",
        NOV,
        "a year ago",
        "2023-H1",
        "date",
    ),
    # -- no comparison, or no period named: the year
    (
        "Sales rose in the third quarter. A year ago, the firm was close to collapse.",
        NOV,
        "A year ago",
        "2023",
        "date",
    ),
    (
        "Sales rose on Tuesday, up from $3 million a year ago.",
        NOV,
        "a year ago",
        "2023",
        "date",
    ),
    (
        "The company earned $40 million last year, its chief executive said.",
        NOV,
        "last year",
        "2023",
        "date",
    ),
    (
        "The third quarter was weak. He moved to Paris last year to run the unit.",
        NOV,
        "last year",
        "2023",
        "date",
    ),
    # -- "the <year> <ordinal> quarter/half": one expression, that part of that year
    (
        "Net income fell from $5 million in the 2022 third quarter.",
        NOV,
        "the 2022 third quarter",
        "2022-Q3",
        "date",
    ),
    (
        "The figure beat the 2023 fourth-quarter result by a wide margin.",
        NOV,
        "the 2023 fourth-quarter",
        "2023-Q4",
        "date",
    ),
    (
        "Revenue in the 2021 first half rose 8%, the group said.",
        NOV,
        "the 2021 first half",
        "2021-H1",
        "date",
    ),
    (
        "She was the 2019 third seed at the tournament.",
        NOV,
        "2019",
        "2019",
        "date",
    ),
    # -- "the year-ago third quarter": the last such quarter, one year back
    (
        "In the year-ago third quarter, the bank earned $22 million.",
        NOV,
        "the year-ago third quarter",
        "2023-Q3",
        "date",
    ),
    (
        "Net compares with $4 million in the year-earlier fourth quarter.",
        "2024-02-10",
        "the year-earlier fourth quarter",
        "2022-Q4",
        "date",
    ),
    (
        "Sales fell from the year-ago second-quarter level of 3 million units.",
        NOV,
        "the year-ago second-quarter",
        "2023-Q2",
        "date",
    ),
    ("Profit rose 5% from the year-ago quarter.", NOV, "the year-ago quarter", "2023-Q3", "date"),
    # -- "the 2022 quarter/period": the part the story reported, in that year
    (
        "Third-quarter net rose to $5 million from $3 million in the 2023 quarter.",
        NOV,
        "the 2023 quarter",
        "2023-Q3",
        "date",
    ),
    (
        "Sales in the first half rose 8% from the 2023 period.",
        NOV,
        "the 2023 period",
        "2023-H1",
        "date",
    ),
    (
        "In the 2022 period, the company earned $3 million.",
        NOV,
        "the 2022 period",
        "2022",
        "date",
    ),
    # -- "soon" in a past clause or before "after": told from the events, no time
    ("Talks may resume soon, the minister said.", NOV, "soon", "FUTURE_REF", "date"),
    ("The company expects prices to fall soon.", NOV, "soon", "FUTURE_REF", "date"),
    ("The boy was soon released from hospital.", NOV, "soon", None, ""),
    ("The trickle of donations soon became a flood.", NOV, "soon", None, ""),
    ("The hostage was killed soon after being captured.", NOV, "soon", None, ""),
    ("She will join the board soon after the merger closes.", NOV, "soon", None, ""),
    # -- "previously", "formerly": an order of events, no time
    ("The bid, previously rejected by the board, was raised.", NOV, "previously", None, ""),
    ("Previously, the firm had sold only cars.", NOV, "Previously", None, ""),
    ("Jane Doe, formerly the finance chief, will run the unit.", NOV, "formerly", None, ""),
    ("The bank has recently cut its rates.", NOV, "recently", "PAST_REF", "date"),
]


@pytest.mark.parametrize(("text", "pub", "expression", "value", "type_"), ROWS)
def test_round9(text: str, pub: str, expression: str, value: str | None, type_: str) -> None:
    check_row(text, pub, expression, value, type_)


@pytest.mark.parametrize(
    "text",
    [
        "In 2018 more than 160 people died when a ferry sank.",
        "Since 2015 more than 3,000 families have fled the valley.",
        "By 2030 more than half of all cars sold will be electric.",
    ],
)
def test_a_year_before_more_than_is_a_year(text: str) -> None:
    # "more than" qualifies the figure after the year; "2000 more troops" stays a count.
    times = extract(text, published="2024-03-05").times
    assert [t.text for t in times][:1] == [text.split()[1]]
