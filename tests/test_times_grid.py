"""A grid of canonical wire-copy time expressions: templates filled with every weekday
and month, read against two publication dates (a Tuesday, and a Sunday at a month's end),
with the TIMEX3 value worked out by hand from the calendar; then rows for the rules the
grid showed missing (as in ``test_times_table``: None means "not a time").
"""

from __future__ import annotations

import datetime as dt

import pytest

from _timetools import check_row

TUE = "2024-03-05"  # a Tuesday
SUN = "2025-11-30"  # a Sunday, the last day of a month

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip  # "May" is left out: the politician's name has rows of its own

Row = tuple[str, str, str, str | None, str]


def _before(pub: dt.date, weekday: int) -> str:
    """The last ``weekday`` (0 = Monday) before ``pub``."""
    return (pub - dt.timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)).isoformat()


def _after(pub: dt.date, weekday: int) -> str:
    """The first ``weekday`` after ``pub``."""
    return (pub + dt.timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)).isoformat()


def _grid(pub_iso: str) -> list[Row]:
    pub = dt.date.fromisoformat(pub_iso)
    rows: list[Row] = []
    for n, day in enumerate(WEEKDAYS):
        past, ahead = _before(pub, n), _after(pub, n)
        rows.append(
            (
                f"The report, published last {day}, was withdrawn.",
                pub_iso,
                f"last {day}",
                past,
                "date",
            )
        )
        if n == pub.weekday():
            continue  # the day of publication itself: "on Tuesday" told on a Tuesday
        rows += [
            (f"The minister said on {day} that the deal was off.", pub_iso, day, past, "date"),
            (f"Police said {day} that two men were arrested.", pub_iso, day, past, "date"),
            (f"The ministers will meet on {day} in Brussels.", pub_iso, day, ahead, "date"),
            (
                f"Protesters gathered on {day} night.",
                pub_iso,
                f"{day} night",
                past + "TNI",
                "time",
            ),
            (
                f"The vote is due on {day} morning.",
                pub_iso,
                f"{day} morning",
                ahead + "TMO",
                "time",
            ),
            (f"The company said {day}'s meeting was cancelled.", pub_iso, day, past, "date"),
            (
                f"The strike ended late {day}, officials said.",
                pub_iso,
                f"late {day}",
                past,
                "date",
            ),
        ]
    for n, month in enumerate(MONTHS):
        m = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12][n]
        back = pub.year if m < pub.month else pub.year - 1
        on = pub.year if m > pub.month else pub.year + 1
        same = m == pub.month
        rows += [
            (
                f"The law was passed in {month}.",
                pub_iso,
                month,
                f"{pub.year if same else back}-{m:02d}",
                "date",
            ),
            (
                f"Talks will resume in {month}.",
                pub_iso,
                month,
                f"{pub.year if same else on}-{m:02d}",
                "date",
            ),
            (
                f"The company collapsed last {month}.",
                pub_iso,
                f"last {month}",
                f"{back if not same else pub.year - 1}-{m:02d}",
                "date",
            ),
            (
                f"Elections are due next {month}.",
                pub_iso,
                f"next {month}",
                f"{on}-{m:02d}",
                "date",
            ),
            (
                f"It happened on {month} 3, 2023.",
                pub_iso,
                f"{month} 3, 2023",
                f"2023-{m:02d}-03",
                "date",
            ),
            (
                f"It happened on 3 {month} 2023.",
                pub_iso,
                f"3 {month} 2023",
                f"2023-{m:02d}-03",
                "date",
            ),
            (
                f"The deal was signed in mid-{month} 2023.",
                pub_iso,
                f"mid-{month} 2023",
                f"2023-{m:02d}",
                "date",
            ),
            (
                f"The deal was signed in early {month} 2023.",
                pub_iso,
                f"early {month} 2023",
                f"2023-{m:02d}",
                "date",
            ),
        ]
    day = dt.timedelta(days=1)
    iso = (pub - 7 * day).isocalendar()
    week = f"{iso[0]}-W{iso[1]:02d}"
    rows += [
        (
            "The bank said yesterday that profits fell.",
            pub_iso,
            "yesterday",
            (pub - day).isoformat(),
            "date",
        ),
        (
            "The bank will report results tomorrow.",
            pub_iso,
            "tomorrow",
            (pub + day).isoformat(),
            "date",
        ),
        ("The president will speak tonight.", pub_iso, "tonight", f"{pub_iso}TNI", "time"),
        ("Fire crews were called this morning.", pub_iso, "this morning", f"{pub_iso}TMO", "time"),
        ("Prices rose sharply last week.", pub_iso, "last week", week, "date"),
        (
            "The plane crashed three days ago.",
            pub_iso,
            "three days ago",
            (pub - 3 * day).isoformat(),
            "date",
        ),
        ("Profits fell last year.", pub_iso, "last year", str(pub.year - 1), "date"),
        ("The vote comes later this year.", pub_iso, "later this year", str(pub.year), "date"),
        (
            "Shops will close on Christmas Day.",
            pub_iso,
            "Christmas Day",
            f"{pub.year}-12-25",
            "date",
        ),
        ("He worked there for three years.", pub_iso, "three years", "P3Y", "duration"),
        ("The ceasefire lasted 72 hours.", pub_iso, "72 hours", "PT72H", "duration"),
        ("The mine closed in 2019.", pub_iso, "2019", "2019", "date"),
        ("The plant was built in the 1990s.", pub_iso, "the 1990s", "199X", "date"),
        ("The meeting starts at 3 p.m.", pub_iso, "3 p.m.", f"{pub_iso}T15:00", "time"),
        ("The Sunday Times reported the story.", pub_iso, "Sunday", None, "date"),
        ("May said the plan would work.", pub_iso, "May", None, "date"),
    ]
    return rows


GRID = _grid(TUE) + _grid(SUN)

FIXES: list[Row] = [
    # -- "mid-" and a month, then a year: the year belongs to it
    ("The deal was signed in mid-January 2023.", TUE, "mid-January 2023", "2023-01", "date"),
    ("Fighting resumed in mid-June 2021, the UN said.", SUN, "mid-June 2021", "2021-06", "date"),
    ("The plant will reopen by mid-October 2027.", TUE, "mid-October 2027", "2027-10", "date"),
    ("Talks resume in mid-April.", TUE, "mid-April", "2024-04", "date"),
    # -- a past event "in" the month just ahead is last year's; "until" it, a deadline
    ("The law was passed in April.", TUE, "April", "2023-04", "date"),
    ("Inflation peaked in mid-April, officials said.", TUE, "mid-April", "2023-04", "date"),
    ("Sales fell sharply during December.", SUN, "December", "2024-12", "date"),
    ("The ministry gave the firm until mid-April to reply.", TUE, "mid-April", "2024-04", "date"),
    ("The plant will open in April.", TUE, "April", "2024-04", "date"),
    ("Prices fell in January.", TUE, "January", "2024-01", "date"),
    # -- "March of" a year is one date; "March of" a capitalised name is a title
    ("Prices fell in March of 2023.", TUE, "March of 2023", "2023-03", "date"),
    ("In October of 1999, he left the party.", SUN, "October of 1999", "1999-10", "date"),
    ("He starred in March of the Penguins.", TUE, "March", None, "date"),
    ("Donations went to the March of Dimes in 1990.", TUE, "March", None, "date"),
    ("The film, March of the Living, opened in June.", SUN, "March", None, "date"),
    ("Prices fell in March of that year.", TUE, "March", "2024-03", "date"),
]


@pytest.mark.parametrize(("text", "pub", "expression", "value", "type_"), GRID + FIXES)
def test_row(text: str, pub: str, expression: str, value: str | None, type_: str) -> None:
    check_row(text, pub, expression, value, type_)
