"""Round 8 of the times rules, each on sentences written for it: a bare verb after a modal
is no past tense, "can"/"might" look ahead, a past comparison is not told from
a period to come, seasons joined by "and", and "most mornings" as a set (the quantifier
out of the extent, as the team tests have "most weekends"). Rows as in
``test_times_table``.
"""

from __future__ import annotations

import pytest

from _timetools import check_row

MON = "2024-03-04"  # a Monday
FRI = "2024-03-08"  # a Friday
MAY = "2026-05-07"  # a Thursday

ROWS: list[tuple[str, str, str, str | None, str]] = [
    # -- a bare verb after a modal ("would last", "will set") is no past form
    (
        "The heatwave would last until at least Friday, forecasters said.",
        MON,
        "Friday",
        "2024-03-08",
        "date",
    ),
    (
        "Forecasters warned the heatwave would last until Friday.",
        MON,
        "Friday",
        "2024-03-08",
        "date",
    ),
    ("The storm will last until Thursday.", MON, "Thursday", "2024-03-07", "date"),
    (
        "He said the central bank would set rates on Thursday.",
        MON,
        "Thursday",
        "2024-03-07",
        "date",
    ),
    ("The truce should hold until Sunday, mediators said.", FRI, "Sunday", "2024-03-10", "date"),
    ("The heatwave lasted until Sunday.", FRI, "Sunday", "2024-03-03", "date"),
    ("Prices were set on Thursday.", MON, "Thursday", "2024-02-29", "date"),
    # -- "can", "might", "could be" put what follows them ahead
    ("Little can change before the summer, he said.", MAY, "the summer", "2026-SU", "date"),
    ("Nothing can be done before Monday, officials said.", FRI, "Monday", "2024-03-11", "date"),
    ("A deal might come on Friday, diplomats said.", MON, "Friday", "2024-03-08", "date"),
    # "could be" is often a past ability ("could not be located Wednesday"): no cue
    ("Neither man could be located Wednesday.", FRI, "Wednesday", "2024-03-06", "date"),
    ("He could not be reached on Friday.", MON, "Friday", "2024-03-01", "date"),
    (
        "She said she could not remember what happened in the summer.",
        MAY,
        "the summer",
        "2025-SU",
        "date",
    ),
    # -- the future of the past after a day of telling: as the team table has it ("The
    # court said Thursday it would rule on Friday"), the day still to come
    (
        "The minister said on Tuesday that talks would resume on Thursday.",
        FRI,
        "Thursday",
        "2024-03-14",
        "date",
    ),
    ("He said Tuesday the vote would be held Saturday.", FRI, "Saturday", "2024-03-09", "date"),
    (
        "Officials said the storm would hit the coast on Thursday.",
        MON,
        "Thursday",
        "2024-03-07",
        "date",
    ),
    # -- a past comparison is not told from a period still to come
    (
        '"We will see the effect in the second half," she said. Costs had risen 9% from a '
        "year earlier.",
        MAY,
        "a year earlier",
        "2025",
        "date",
    ),
    (
        "Results are due in the fourth quarter. Sales fell 3% from a year earlier.",
        MAY,
        "a year earlier",
        "2025",
        "date",
    ),
    (
        "Acme said first-quarter sales fell 5% from a year earlier.",
        MAY,
        "a year earlier",
        "2025-Q1",
        "date",
    ),
    (
        "The vote is due on Friday. Three days earlier, protesters will march.",
        MAY,
        "Three days earlier",
        "2026-05-05",
        "date",
    ),
    (
        '"We will see the effect in the second half," she said. She said costs were up 9% '
        "from a year earlier and that the firm would spend more.",
        MAY,
        "a year earlier",
        "2025",
        "date",
    ),
    # -- a season joined to the one just named
    (
        "Schools should move lessons outside during spring and summer.",
        MAY,
        "summer",
        "2026-SU",
        "date",
    ),
    ("Tourists come in spring or autumn.", MAY, "autumn", "2026-FA", "date"),
    ("Sales slowed in autumn and winter.", MAY, "winter", "2025-WI", "date"),
    ("The Spring and Summer collections sold out.", MAY, "Summer", None, ""),
    ("Water from the spring and summer rain filled the dam.", MAY, "summer", None, ""),
    # -- "most" + a plural of the day or week: a set
    (
        "He says he will still come to the track most mornings.",
        MAY,
        "mornings",
        "XXXX-XX-XXTMO",
        "set",
    ),
    ("She swims most evenings before work.", MAY, "evenings", "XXXX-XX-XXTEV", "set"),
    ("The market opens most Sundays.", MAY, "Sundays", "XXXX-WXX-7", "set"),
    ("The shop is shut most weekends.", MAY, "weekends", "XXXX-WXX-WE", "set"),
    ("She runs most days.", MAY, "days", "P1D", "set"),
    ("Most people stayed home.", MAY, "Most people", None, ""),
    ("Most days of the week are busy.", MAY, "Most days", None, ""),
    ("Most mornings of the trip were cold.", MAY, "Most mornings", None, ""),
]


@pytest.mark.parametrize(("text", "pub", "expression", "value", "type_"), ROWS)
def test_round8(text: str, pub: str, expression: str, value: str | None, type_: str) -> None:
    check_row(text, pub, expression, value, type_)
