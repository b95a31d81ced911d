"""Round 12 of the times stage: normalisation bugs a reader would see. A clock time is
on a later day only when attached to it ("at 3 p.m. on Sunday", not "at midnight and is
due to last until Sunday"); "the fiscal year ending in June 2027" is that fiscal year (a
DATE named by the year it ends in, as "fiscal 2027"); "this spring" told in the past is
the spring before, when the two are as near; a present-tense verb of a timetable ("the
polls close on Sunday") points ahead; "the Thanksgiving weekend" is that holiday's.
Each row a sentence written for the rule, as in ``test_times_table``: its publication
date, the expression and its value.
"""

from __future__ import annotations

import pytest

from _timetools import check_row

FRI = "2026-11-13"  # a Friday

ROWS: list[tuple[str, str, str, str | None, str]] = [
    # -- a clock time parted from the later day by a new clause or a stretch
    (
        "The strike began at midnight and is due to last until Sunday.",
        FRI,
        "midnight",
        "2026-11-12T24:00",
        "time",
    ),
    ("He arrived at 10 a.m. and left on Saturday.", FRI, "10 a.m.", "2026-11-13T10:00", "time"),
    (
        "The curfew begins at 10 p.m. and lasts until Monday.",
        FRI,
        "10 p.m.",
        "2026-11-13T22:00",
        "time",
    ),
    ("The shop opens at 9 a.m. but closed on Thursday.", FRI, "9 a.m.", "2026-11-13T09:00", "time"),
    ("Voting runs from 7 a.m. until Sunday.", FRI, "7 a.m.", "2026-11-13T07:00", "time"),
    (
        "The market shut at 4 p.m. before the holiday on Monday.",
        FRI,
        "4 p.m.",
        "2026-11-13T16:00",
        "time",
    ),
    # -- counter-examples: a clock time attached to its day keeps it
    (
        "The meeting starts at 3 p.m. on Sunday.",
        FRI,
        "3 p.m. on Sunday",
        "2026-11-15T15:00",
        "time",
    ),
    (
        "The strike ended at noon on Wednesday.",
        FRI,
        "noon on Wednesday",
        "2026-11-11T12:00",
        "time",
    ),
    (
        "Police said the blast happened at 9 a.m. on Thursday.",
        FRI,
        "9 a.m. on Thursday",
        "2026-11-12T09:00",
        "time",
    ),
    ("Polls closed at 7 p.m. in Georgia on Tuesday.", FRI, "7 p.m.", "2026-11-10T19:00", "time"),
    (
        "The fire broke out on Sunday. Shortly before midnight, crews arrived.",
        FRI,
        "midnight",
        "2026-11-08T24:00",
        "time",
    ),
    # -- the fiscal year named by the month it ends in
    ("The fiscal year ending in June 2027 will see cuts.", FRI, "The fiscal year", "2027", "date"),
    (
        "The fiscal year that ends in March 2027 is the target.",
        FRI,
        "The fiscal year",
        "2027",
        "date",
    ),
    (
        "Profit fell in the fiscal year which ended in March 2025.",
        FRI,
        "the fiscal year",
        "2025",
        "date",
    ),
    ("The full year ending in December 2026 looks weak.", FRI, "The full year", "2026", "date"),
    ("Sales grew in the fiscal year ending in June.", FRI, "the fiscal year", "2026", "date"),
    # -- counter-examples: TimeBank's stretch of a year to a day, and the year itself
    ("Profit rose for the fiscal year ended June 30.", FRI, "the fiscal year", "P1Y", "duration"),
    ("Profit rose for the fiscal year ending Sept. 30.", FRI, "the fiscal year", "P1Y", "duration"),
    ("Revenue for fiscal 2025 rose 4%.", FRI, "fiscal 2025", "2025", "date"),
    # counter-cases from the review: with no year, the year of that month as told
    (
        "Profit rose in the fiscal year ended in March.",
        "2026-02-10",
        "the fiscal year",
        "2025",
        "date",
    ),
    (
        "The fiscal year that ends in June will be tough.",
        "2026-08-10",
        "The fiscal year",
        "2027",
        "date",
    ),
    # -- present-tense verbs of a timetable point a weekday ahead
    ("The polls close on Sunday.", FRI, "Sunday", "2026-11-15", "date"),
    ("On Sunday at 3 p.m., the polls close.", FRI, "Sunday at 3 p.m.", "2026-11-15T15:00", "time"),
    ("The talks continue on Monday.", FRI, "Monday", "2026-11-16", "date"),
    ("The trial continues on Tuesday in Paris.", FRI, "Tuesday", "2026-11-17", "date"),
    ("The tournament finishes on Sunday.", FRI, "Sunday", "2026-11-15", "date"),
    ("The summit concludes on Wednesday.", FRI, "Wednesday", "2026-11-18", "date"),
    ("The heatwave lasts until Monday.", FRI, "Monday", "2026-11-16", "date"),
    # -- counter-examples: the past, an infinitive after a past verb, "last" as a modifier
    ("Talks continued on Monday.", FRI, "Monday", "2026-11-09", "date"),
    ("Shares rose to close on Monday at a record.", FRI, "Monday", "2026-11-09", "date"),
    ("The summit concluded on Wednesday.", FRI, "Wednesday", "2026-11-11", "date"),
    ("He was shot to death last Oct. 23 at his home.", FRI, "Oct. 23", "2026-10-23", "date"),
    # -- a holiday's weekend: the weekend nearest the holiday, in the year the tense says
    (
        "Sales over the Thanksgiving weekend rose.",
        FRI,
        "the Thanksgiving weekend",
        "2025-W48-WE",
        "date",
    ),
    (
        "Sales over the Thanksgiving weekend will rise.",
        FRI,
        "the Thanksgiving weekend",
        "2026-W48-WE",
        "date",
    ),
    (
        "Traffic was heavy over the Labor Day weekend.",
        FRI,
        "the Labor Day weekend",
        "2026-W36-WE",
        "date",
    ),
    (
        "Beaches filled over the Memorial Day weekend.",
        FRI,
        "the Memorial Day weekend",
        "2026-W21-WE",
        "date",
    ),
    (
        "Churches were full over the Easter weekend.",
        FRI,
        "the Easter weekend",
        "2026-W14-WE",
        "date",
    ),
    # -- counter-examples: a weekend with no holiday is the story's weekend
    ("Flights were cancelled over the weekend.", FRI, "the weekend", "2026-W45-WE", "date"),
    (
        "Fans gathered for the Glastonbury weekend.",
        FRI,
        "the Glastonbury weekend",
        "2026-W45-WE",
        "date",
    ),
    (
        "Roads were busy over the holiday weekend.",
        FRI,
        "the holiday weekend",
        "2026-W45-WE",
        "date",
    ),
    # -- "this" and a season: of two as near, the tense decides
    ("Sales rose this spring.", FRI, "this spring", "2026-SP", "date"),
    ("Sales slumped this spring, the company said.", FRI, "this spring", "2026-SP", "date"),
    ("Sales will rise this spring.", FRI, "this spring", "2027-SP", "date"),
    ("The plant is due to open this spring.", FRI, "this spring", "2027-SP", "date"),
    ("Fires burned this summer.", FRI, "this summer", "2026-SU", "date"),
    ("The vote will be held this summer.", "2026-02-10", "this summer", "2026-SU", "date"),
    # -- counter-cases from the review: "when", "while" and "then" keep the clock time on
    # the later day; a verb that tells of a state points ahead only just before its day
    (
        "The blast happened at 3 a.m. when police arrived on Tuesday.",
        FRI,
        "3 a.m.",
        "2026-11-10T03:00",
        "time",
    ),
    (
        "Talks resumed at 10 a.m. then broke off on Tuesday.",
        FRI,
        "10 a.m.",
        "2026-11-10T10:00",
        "time",
    ),
    ("Talks continue on Monday.", FRI, "Monday", "2026-11-16", "date"),
    ("Cleanup continues after the storm on Sunday.", FRI, "Sunday", "2026-11-08", "date"),
    ("Death toll close to 100 after quake on Sunday.", FRI, "Sunday", "2026-11-08", "date"),
    (
        "The effects of the storm on Sunday continue to be felt.",
        FRI,
        "Sunday",
        "2026-11-08",
        "date",
    ),
    ("Investigations continue into the crash in May.", FRI, "May", "2026-05", "date"),
    (
        "The trial continues into a third week after opening in October.",
        FRI,
        "October",
        "2026-10",
        "date",
    ),
]


@pytest.mark.parametrize(("text", "pub", "expression", "value", "type_"), ROWS)
def test_round12(text: str, pub: str, expression: str, value: str | None, type_: str) -> None:
    check_row(text, pub, expression, value, type_)
