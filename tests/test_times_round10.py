"""Round 10 of the times rules, found by probing with wire copy written for it: a day
range in one token ("March 19-20", "19-20 March") is two dates; "is expected on Friday"
points ahead; a year before results or events a year dates ("the firm's 2023 profits");
"March" or "May" closing a period ("the year to March") is the month; a quotation that
opens with "Tomorrow" or "Today" is no title; "three straight months" is one stretch.
Rows as in ``test_times_table``.
"""

from __future__ import annotations

import pytest

from _timetools import check_row, find

TUE = "2024-03-05"

ROWS: list[tuple[str, str, str, str | None, str]] = [
    # -- a day range in one token: the first day with the month, the second on its own
    ("The Fed meets on March 19-20.", TUE, "March 19", "2024-03-19", "date"),
    ("The Fed meets on March 19-20.", TUE, "20", "2024-03-20", "date"),
    ("Leaders gathered in Brussels on June 27-28, 2023.", TUE, "June 27", "2023-06-27", "date"),
    ("Leaders gathered in Brussels on June 27-28, 2023.", TUE, "28, 2023", "2023-06-28", "date"),
    ("The summit was held on 19-20 March 2023.", TUE, "19", "2023-03-19", "date"),
    ("The summit was held on 19-20 March 2023.", TUE, "20 March 2023", "2023-03-20", "date"),
    ("Talks are set for 11-12 April in Geneva.", TUE, "11", "2024-04-11", "date"),
    ("Talks are set for 11-12 April in Geneva.", TUE, "12 April", "2024-04-12", "date"),
    ("The Fed met on June 13–14 in Washington.", TUE, "14", "2023-06-14", "date"),
    # ... not a count after the month, a score, or an impossible day
    ("In May 5-6 people died in the floods.", TUE, "5-6", None, ""),
    ("The score was 19-20 at half-time in June.", TUE, "19-20", None, ""),
    ("The vote is on February 28-30.", TUE, "28", None, ""),
    # -- "is expected" with a day: ahead, not a past "-ed" form
    ("The announcement is expected on Wednesday.", TUE, "Wednesday", "2024-03-06", "date"),
    (
        "The verdict is expected Thursday afternoon.",
        TUE,
        "Thursday afternoon",
        "2024-03-07TAF",
        "time",
    ),
    ("Results are expected on Friday, the agency said.", TUE, "Friday", "2024-03-08", "date"),
    ("The firm expects a ruling on Monday.", TUE, "Monday", "2024-03-11", "date"),
    ("A decision was expected on Friday.", TUE, "Friday", "2024-03-01", "date"),
    # -- a year before results or events it dates, after a possessive or determiner
    ("The company's 2023 profits fell by a third.", TUE, "2023", "2023", "date"),
    ("Apple's 2022 sales beat forecasts.", TUE, "2022", "2022", "date"),
    ("The 2015 attacks killed 130 people.", TUE, "2015", "2015", "date"),
    ("The bank's 2021 earnings were restated.", TUE, "2021", "2021", "date"),
    ("The firm's 2000 employees were laid off.", TUE, "2000", None, ""),
    # -- "to March" / "to May" closing a period: the month
    ("Output grew 2% in the fiscal year to March.", TUE, "March", "2024-03", "date"),
    ("Sales rose in the 12 months to March.", TUE, "March", "2024-03", "date"),
    ("Inflation was 3% in the year to May.", TUE, "May", "2023-05", "date"),
    ("They want to March on the capital.", TUE, "March", None, ""),
    ("He spoke to May about the deal.", TUE, "May", None, ""),
    # -- a quotation that opens with a day word: a time, not a title
    ('"Tomorrow we will march," the organiser said.', TUE, "Tomorrow", "2024-03-06", "date"),
    ('"Yesterday was a good day," he said.', TUE, "Yesterday", "2024-03-04", "date"),
    ("“Today is a sad day,” she said.", TUE, "Today", "2024-03-05", "date"),
    ('He said: "Tomorrow, we fight."', TUE, "Tomorrow", "2024-03-06", "date"),
    ('He told the BBC\'s "Today" programme he would stay.', TUE, "Today", None, ""),
    ('She told "Today Show" viewers she would run.', TUE, "Today", None, ""),
    # -- a count, "straight"/"consecutive"/"successive", a unit: one stretch
    ("Prices rose for 10 straight months.", TUE, "10 straight months", "P10M", "duration"),
    (
        "The index has risen for three consecutive months.",
        TUE,
        "three consecutive months",
        "P3M",
        "duration",
    ),
    ("Sales fell for two successive years.", TUE, "two successive years", "P2Y", "duration"),
    ("He won three straight games.", TUE, "three straight games", None, ""),
    # -- "3 – 4 May" with spaces round the dash: the first day too
    ("Talks are set for 3 – 4 May in Geneva.", TUE, "3", "2024-05-03", "date"),
    ("Voting ran on 10 – 12 February.", TUE, "10", "2024-02-10", "date"),
    ("The score was 2 - 1 March said.", TUE, "2", None, ""),
    # -- the edge of the decade or century: this one's
    (
        "By the end of the decade emissions must halve.",
        TUE,
        "the end of the decade",
        "202X",
        "date",
    ),
    (
        "At the start of the decade, growth was strong.",
        TUE,
        "the start of the decade",
        "202X",
        "date",
    ),
    (
        "Sea levels will rise by the end of the century.",
        TUE,
        "the end of the century",
        "20",
        "date",
    ),
    # -- an owner before a month and the event it dates
    ("The bank will cut rates at its June meeting.", TUE, "June", "2024-06", "date"),
    ("The Fed's December decision surprised markets.", TUE, "December", "2023-12", "date"),
    ("The party will hold their March congress in Lyon.", TUE, "March", "2024-03", "date"),
    ("He recalled his March on Rome.", TUE, "March", None, ""),
    ("Britain's May said no.", TUE, "May", None, ""),
    # -- a range of months in one token: each month; a year after dates both
    ("The economy shrank 0.4% in October-December.", TUE, "October", "2023-10", "date"),
    ("The economy shrank 0.4% in October-December.", TUE, "December", "2023-12", "date"),
    ("Jobless rates held in the December-February period.", TUE, "February", "2024-02", "date"),
    ("Output in December-February 2023 fell.", TUE, "December", "2022-12", "date"),
    ("Output in December-February 2023 fell.", TUE, "February 2023", "2023-02", "date"),
    ("Sales in Oct-Dec 2022 rose.", TUE, "Oct", "2022-10", "date"),
    ("Growth will pick up in the April-June quarter.", TUE, "April", "2024-04", "date"),
    ("The Mayo-Marsh report was published.", TUE, "Mayo-Marsh", None, ""),
]


@pytest.mark.parametrize(("text", "pub", "expression", "value", "type_"), ROWS)
def test_round10(text: str, pub: str, expression: str, value: str | None, type_: str) -> None:
    check_row(text, pub, expression, value, type_)


def test_a_day_range_is_two_expressions_and_nothing_else() -> None:
    found = find("The Fed meets on March 19-20 in Washington.", TUE)
    assert [(t.text, t.value) for t in found] == [("March 19", "2024-03-19"), ("20", "2024-03-20")]


def test_a_long_run_of_day_ranges_stays_linear() -> None:
    text = "Talks ran on March 3-4 and on 5-6 May. " * 2000
    found = find(text, TUE)
    assert sum(t.text == "March 3" for t in found) == 2000
    assert sum(t.text == "6 May" for t in found) == 2000


def test_a_year_before_protests_is_a_year() -> None:
    found = find("The 2019 protests toppled the government.", "2024-03-05")
    assert [(t.text, t.value) for t in found] == [("2019", "2019")]
