"""Patterns of wire copy found with the development texts of ``tests/fixtures/times``:
each row a sentence written for the rule, its publication date, the expression expected
and its TIMEX3 value (None: the words must not be a time), as in ``test_times_table``.
"""

from __future__ import annotations

import pytest

from _timetools import check_row

THU = "2024-10-10"  # a Thursday
WED = "2024-11-06"  # a Wednesday
MON = "2025-05-19"  # a Monday
AUG = "2024-08-18"  # a Sunday

ROWS: list[tuple[str, str, str, str | None, str]] = [
    # -- holidays counted on from a weekday rule
    ("Shoppers crowded stores on Black Friday.", THU, "Black Friday", "2023-11-24", "date"),
    ("Retailers expect big sales on Black Friday.", THU, "Black Friday", "2024-11-29", "date"),
    ("Online sales soared on Cyber Monday.", MON, "Cyber Monday", "2024-12-02", "date"),
    ("Lines were long on Election Day.", WED, "Election Day", "2024-11-05", "date"),
    ("Voters will go to the polls on Election Day.", THU, "Election Day", "2024-11-05", "date"),
    # -- irregular past forms and an adverb "first" before them
    ("His lawyers first sought a delay on Mar. 3.", THU, "Mar. 3", "2024-03-03", "date"),
    ("The troops withdrew in March.", THU, "March", "2024-03", "date"),
    ("The board first cut rates in March.", THU, "March", "2024-03", "date"),
    ("Police fled the scene in June.", THU, "June", "2024-06", "date"),
    # -- a set adverb before another time word
    ("It reviews the dividend annually each spring.", THU, "annually", "P1Y", "set"),
    ("Staff are tested weekly every winter.", THU, "weekly", "P1W", "set"),
    ("The firm pays hourly wages.", THU, "hourly", None, ""),
    # -- plural weekends as a repeating time
    ("People who exercised only on weekends gained.", THU, "weekends", "XXXX-WXX-WE", "set"),
    ("The shop is busy at weekends.", THU, "weekends", "XXXX-WXX-WE", "set"),
    ("He works most weekends.", THU, "weekends", "XXXX-WXX-WE", "set"),
    ("Weekends are busy.", THU, "Weekends", None, ""),
    # -- "the following" and a plural unit: a stretch of time
    (
        "The team spent the following months checking.",
        THU,
        "the following months",
        "PXM",
        "duration",
    ),
    ("In the following days, protests spread.", THU, "the following days", "PXD", "duration"),
    ("It rained for the following weeks.", THU, "the following weeks", "PXW", "duration"),
    # -- a bare plural unit before "after"/"before": a stretch of time
    ("Troops held the town weeks after the invasion.", THU, "weeks", "PXW", "duration"),
    ("Days before the vote, he quit.", THU, "Days", "PXD", "duration"),
    ("He resigned months after the scandal broke.", THU, "months", "PXM", "duration"),
    ("Eight trading days after the crash, prices rose.", THU, "days", None, ""),
    ("In the first days after the vote, calm returned.", THU, "days", None, ""),
    # -- seasons counted back
    ("The depot closed two summers ago.", AUG, "two summers ago", "2022-SU", "date"),
    ("Three winters ago the river froze.", AUG, "Three winters ago", "2021-WI", "date"),
    ("The shop opened four summers ago.", AUG, "four summers ago", "2020-SU", "date"),
    # -- names: newspapers, decades as styles, round-the-clock services
    ("The Sunday Times reported the deal.", THU, "Sunday", None, ""),
    ("He told the Sunday Telegraph he would stay.", THU, "Sunday", None, ""),
    ("He spoke on Sunday. Times have changed.", THU, "Sunday", "2024-10-06", "date"),
    ("The 1990s band Travis played a gig.", THU, "1990s", None, ""),
    ("It was a 1980s sitcom.", THU, "1980s", None, ""),
    ("He loved the '80s hit.", THU, "'80s", None, ""),
    ("In the 1990s pop music boomed.", THU, "the 1990s", "199X", "date"),
    ("The 24-hour news cycle is endless.", THU, "24-hour", None, ""),
    ("A 24-hour helpline opened.", THU, "24-hour", None, ""),
    ("The 24-hour strike ended.", THU, "24-hour", "PT24H", "duration"),
    # -- "the weekend of" a date
    (
        "Arsenal open on the weekend of Aug. 16.",
        MON,
        "the weekend of Aug. 16",
        "2025-W33-WE",
        "date",
    ),
    (
        "It was held on the weekend of March 8.",
        MON,
        "the weekend of March 8",
        "2025-W10-WE",
        "date",
    ),
    ("The weekend of talks ended.", MON, "The weekend", "2025-W20-WE", "date"),
    # -- a clock time with "local time", and a day with its clock time after "at"
    (
        "The quake hit at 8:30 p.m. local time.",
        THU,
        "8:30 p.m. local time",
        "2024-10-10T20:30",
        "time",
    ),
    (
        "He will speak on Thursday at 10 a.m.",
        WED,
        "Thursday at 10 a.m.",
        "2024-11-07T10:00",
        "time",
    ),
    ("The count resumes today at noon.", WED, "today at noon", "2024-11-06T12:00", "time"),
    ("They met on Friday at the embassy.", WED, "Friday", "2024-11-01", "date"),
    # -- a clock time on the day named after it in its sentence
    (
        "Polls closed at 7 p.m. in Georgia on Tuesday night.",
        WED,
        "7 p.m.",
        "2024-11-05T19:00",
        "time",
    ),
    (
        "The blast came at 9 a.m. near the port on Monday.",
        THU,
        "9 a.m.",
        "2024-10-07T09:00",
        "time",
    ),
    # -- a small-hours clock time after an evening is on the next day
    (
        "The storm hit at 9 p.m. Wednesday. By 2 a.m., winds had dropped.",
        THU,
        "2 a.m.",
        "2024-10-10T02:00",
        "time",
    ),
    (
        "Shelling began late on Monday night. At 4 a.m., troops advanced.",
        THU,
        "4 a.m.",
        "2024-10-08T04:00",
        "time",
    ),
    (
        "Talks opened on Monday morning. At 11 a.m., the envoy left.",
        THU,
        "11 a.m.",
        "2024-10-07T11:00",
        "time",
    ),
    # -- the day news was told is not the day later clock times are on
    (
        "Drones hit the city late Wednesday, officials said on Thursday. The strikes began"
        " after 11 p.m.",
        "2024-03-14",
        "11 p.m.",
        "2024-03-13T23:00",
        "time",
    ),
    (
        "Rebels attacked on Monday, the army said Tuesday. The raid began at 10 p.m.",
        THU,
        "10 p.m.",
        "2024-10-07T22:00",
        "time",
    ),
    # -- a cue after "and" belongs to another clause
    (
        "The curfew will start on Friday and officials said it would last.",
        "2024-03-14",
        "Friday",
        "2024-03-15",
        "date",
    ),
    (
        "Shops will reopen on Monday and the mayor said schools would too.",
        THU,
        "Monday",
        "2024-10-14",
        "date",
    ),
    # -- fixtures in the present tense are ahead
    ("Newcastle travel to Everton on Saturday.", MON, "Saturday", "2025-05-24", "date"),
    ("The champions host Leeds on Sunday.", MON, "Sunday", "2025-05-25", "date"),
    ("City visit Anfield on Saturday.", MON, "Saturday", "2025-05-24", "date"),
    # -- right after a verb of telling, the reported clause's tense decides
    (
        "Chen said Black Friday would be critical.",
        THU,
        "Black Friday",
        "2024-11-29",
        "date",
    ),
    ("Officials said next year's budget would grow.", THU, "next year", "2025", "date"),
    ("He said Friday that talks had failed.", THU, "Friday", "2024-10-04", "date"),
    # -- a month standing alone as a subject (no month that is also a name)
    ("October was the warmest on record.", WED, "October", "2024-10", "date"),
    ("September saw a sharp drop in sales.", WED, "September", "2024-09", "date"),
    ("The minister said February would bring relief.", WED, "February", "2025-02", "date"),
    ("April was happy to help.", WED, "April", None, ""),
    ("August is a singer.", WED, "August", None, ""),
    # -- seasons of play
    ("Last season they led the table.", MON, "Last season", "PAST_REF", "date"),
    ("He will be back next season.", MON, "next season", "FUTURE_REF", "date"),
    ("It is his best goal this season.", MON, "this season", "PRESENT_REF", "date"),
    ("Prices have risen every season.", MON, "every season", "P1Y", "set"),
    ("The last season of the show aired.", MON, "last season", None, ""),
]


@pytest.mark.parametrize(("text", "pub", "expression", "value", "type_"), ROWS)
def test_row(text: str, pub: str, expression: str, value: str | None, type_: str) -> None:
    check_row(text, pub, expression, value, type_)
