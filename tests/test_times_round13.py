"""Anaphoric and relative dates that events need (issue #7): "that year" told from the
date before it, "the months that followed", "about two weeks later", "19 days later" after a
date too coarse to count from, "that summer". Each row a sentence written for the rule,
its publication date, the expression expected and its TIMEX3 value (None: the words
must not be a time), as in ``test_times_table``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _timetools import check_row, find

SAT = "2026-03-14"  # a Saturday

ROWS: list[tuple[str, str, str, str | None, str]] = [
    # -- "that <unit>": the unit of the date named before ...
    (
        "The riots began in March 2019. Police detained hundreds that year.",
        SAT,
        "that year",
        "2019",
        "date",
    ),
    (
        "The dam broke on May 2, 2023. Rescuers arrived that week.",
        SAT,
        "that week",
        "2023-W18",
        "date",
    ),
    (
        "The plant shut in June 2021. Prices doubled that month.",
        SAT,
        "that month",
        "2021-06",
        "date",
    ),
    # ... but with no date named before it, nothing: taking the publication date's misread
    # narrative ("He recalled that day in 1989", "She lost her job during the pandemic.
    # That year she moved") and compounds ("that day traders")
    ("Police detained hundreds that year.", SAT, "that year", None, ""),
    ("Thousands marched that day, the organisers said.", SAT, "that day", None, ""),
    ("He recalled that day in 1989 when the wall fell.", SAT, "that day", None, ""),
    ("She lost her job in the pandemic. That year she moved.", SAT, "That year", None, ""),
    ("He warned that day traders could lose everything.", SAT, "that day", None, ""),
    # ... "that year's budget": a date, the possessive left out
    ("The mine opened in 2011. That year's output was a record.", SAT, "That year", "2011", "date"),
    ("That year's budget was cut by a third.", SAT, "That year", None, ""),
    # ... not with something else named before it, coarser than a day
    ("The strike began in March. Police came that day.", SAT, "that day", None, ""),
    # -- "that summer", "later that winter": the season of the year named before
    ("The war began in 2014. That summer, the town fell.", SAT, "That summer", "2014-SU", "date"),
    (
        "The league was founded in 1998. Later that autumn it signed a sponsor.",
        SAT,
        "Later that autumn",
        "1998-FA",
        "date",
    ),
    (
        "Floods hit in 2020. The river rose again that spring.",
        SAT,
        "that spring",
        "2020-SP",
        "date",
    ),
    # ... but no season with no year named (the publication date may be in another)
    ("The river rose that summer.", SAT, "that summer", None, ""),
    # ... nor after a verb of saying, where "that" opens what was said
    (
        "The drought of 2018 was severe. Experts warned that summer temperatures would rise.",
        SAT,
        "that summer",
        None,
        "",
    ),
    ("They remembered that summer of discontent in 2014.", SAT, "that summer", None, ""),
    # -- "the months that followed", "the days after": a stretch after the date before
    (
        "The club was founded in 2010. In the months that followed, it lost its sponsor.",
        SAT,
        "the months that followed",
        "2010",
        "date",
    ),
    (
        "The flood hit on May 2, 2023. In the weeks that followed, hundreds fled.",
        SAT,
        "the weeks that followed",
        "2023-05",
        "date",
    ),
    (
        "The quake struck on Jan. 9, 2022. In the days that followed, aid poured in.",
        SAT,
        "the days that followed",
        "2022-01",
        "date",
    ),
    (
        "The coup came in March 2014. In the months that ensued, exports fell.",
        SAT,
        "the months that ensued",
        "2014",
        "date",
    ),
    # ... not "the years that followed": past any one year (TimeBank: a duration)
    (
        "The coup came in March 2014. In the years that followed, exports fell.",
        SAT,
        "the years that followed",
        None,
        "",
    ),
    (
        "The storm hit on Oct. 3, 2024. In the days after, shops stayed shut.",
        SAT,
        "the days after",
        "2024-10",
        "date",
    ),
    (
        "The plant exploded on June 1, 2022. In the hours that followed, roads were shut.",
        SAT,
        "the hours that followed",
        "2022-06-01",
        "date",
    ),
    # ... with no date before it, a date left unspecified
    (
        "In the months that followed, the team lost its sponsor.",
        SAT,
        "the months that followed",
        "XXXX",
        "date",
    ),
    (
        "In the days that followed, the team lost its sponsor.",
        SAT,
        "the days that followed",
        "XXXX-XX",
        "date",
    ),
    # ... not told from an event, nor "the following months" (a duration, as TimeML has it)
    (
        "The vote was on May 2, 2023. In the days after the vote, hundreds fled.",
        SAT,
        "the days after",
        None,
        "",
    ),
    (
        "The vote was on May 2, 2023. Calm returned in the weeks that followed the vote.",
        SAT,
        "the weeks that followed",
        None,
        "",
    ),
    (
        "The team spent the following months checking.",
        SAT,
        "the following months",
        "PXM",
        "duration",
    ),
    # -- "(about) N units later": told from the date before, the rough word left out
    (
        "The men were seized on May 2, 2023. They were freed about 19 days later.",
        SAT,
        "19 days later",
        "2023-05-21",
        "date",
    ),
    (
        "The vote was held on June 3, 2024. Some two weeks later, he quit.",
        SAT,
        "two weeks later",
        "2024-W25",
        "date",
    ),
    (
        "The bank collapsed on May 2, 2023. Roughly two months earlier, it had warned.",
        SAT,
        "two months earlier",
        "2023-03",
        "date",
    ),
    # ... after a date too coarse to count days from: a date of unknown day
    (
        "In February, three staff were kidnapped and released 19 days later.",
        SAT,
        "19 days later",
        "XXXX-XX-XX",
        "date",
    ),
    (
        "The talks opened in 2019 and collapsed six weeks later.",
        SAT,
        "six weeks later",
        "XXXX-WXX",
        "date",
    ),
    # ... with no date at all before it, a duration as before
    ("They were released 19 days later.", SAT, "19 days later", "P19D", "duration"),
    # ... "more than a week later" is a stretch; "later than planned" a delay
    (
        "The ship sank on May 2, 2023. More than a week later, divers arrived.",
        SAT,
        "More than a week",
        "P1W",
        "duration",
    ),
    (
        "The mine opened on May 2, 2023, a year later than planned.",
        SAT,
        "a year",
        "P1Y",
        "duration",
    ),
    # -- durations stay durations
    ("The strike began on May 2, 2023. It lasted for 19 days.", SAT, "19 days", "P19D", "duration"),
    ("The 19-day strike ended on May 21, 2023.", SAT, "19-day", "P19D", "duration"),
    (
        "The strike began on May 2, 2023. An hour later, the gates shut.",
        SAT,
        "An hour",
        "PT1H",
        "duration",
    ),
    # -- neither "later this year" nor a bare "years later" change
    ("The vote will come later this year.", SAT, "later this year", "2026", "date"),
    ("Years later, he returned.", SAT, "Years", "PXY", "duration"),
]


@pytest.mark.parametrize(("text", "pub", "expression", "value", "type_"), ROWS)
def test_row(text: str, pub: str, expression: str, value: str | None, type_: str) -> None:
    check_row(text, pub, expression, value, type_)


def test_that_year_takes_the_nearest_date_before_it() -> None:
    text = "The firm was set up in 2004 and listed in 2011. Profits doubled that year."
    values = {t.text: t.value for t in find(text, SAT)}
    assert values["that year"] == "2011"


def test_that_year_with_no_publication_date_and_nothing_before_is_left_out() -> None:
    assert find("Police detained hundreds that year.", "") == []


def test_a_stretch_after_spans_its_calendar_days() -> None:
    text = "The flood hit on May 30, 2023. In the days that followed, hundreds fled."
    (_, after) = find(text, SAT)
    # the first day after May 30 is in May: the stretch is given as that month
    assert (after.value, after.start, after.end) == (
        "2023-05",
        dt.date(2023, 5, 1),
        dt.date(2023, 5, 31),
    )


def test_a_stretch_after_is_not_told_from_a_date_still_to_come() -> None:
    text = "He is banned until February 2029. In the months that followed, his team folded."
    found = {t.text: t.value for t in find(text, "2026-11-24")}
    # the last date named is to come, the clause is past: the stretch is left unknown
    assert found["the months that followed"] == "XXXX"


def test_later_in_a_past_clause_is_never_after_publication() -> None:
    text = "The men were seized on March 10. They were freed 19 days later."
    values = {t.text: t.value for t in find(text, SAT)}
    assert values["19 days later"] == "XXXX-XX-XX"  # March 29 is after the paper's day
    text = "The talks will open on March 20. They will end 19 days later."
    values = {t.text: t.value for t in find(text, SAT)}
    assert values["19 days later"] == "2026-04-08"  # to come, and told so
    # a past clause told from a day still to come keeps its day
    text = "The summit was scheduled for March 20, and a vote was planned two days later."
    values = {t.text: t.value for t in find(text, SAT)}
    assert values["two days later"] == "2026-03-22"


def test_a_stretch_after_a_named_happening_is_no_time() -> None:
    for text in (
        "The firm was founded in 1990. In the months that followed Tuesday's vote, it fell.",
        "The firm was set up in 2001. In the days that followed Smith's arrest, staff left.",
    ):
        found = {t.text for t in find(text, SAT)}
        assert found and not any("followed" in x for x in found), found
