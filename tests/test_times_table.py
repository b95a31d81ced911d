"""The team's table of time expressions: each row a sentence, a publication date, the
expression expected and its TIMEX3 value (or None: the words must not be read as time).

The default publication date is Tuesday 5 March 2024 (ISO week 10).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.document import Document
from newsfacts.extractors.times import time_expressions
from newsfacts.models import TimeExpression

PUB = "2024-03-05"

# (sentence, publication date or "" for none, expression, value or None, type or "")
ROWS: list[tuple[str, str, str, str | None, str]] = [
    # -- full and partial calendar dates
    ("The deal was signed on March 5, 2024.", PUB, "March 5, 2024", "2024-03-05", "date"),
    (
        "It opened on Tuesday, March 5, 2024, in Paris.",
        PUB,
        "Tuesday, March 5, 2024",
        "2024-03-05",
        "date",
    ),
    ("He was born on 5 March 1961.", PUB, "5 March 1961", "1961-03-05", "date"),
    ("The file is dated 2023-11-02.", PUB, "2023-11-02", "2023-11-02", "date"),
    ("The form was filed on 03/05/2024.", PUB, "03/05/2024", "2024-03-05", "date"),
    ("The form was filed on 25/12/2023.", PUB, "25/12/2023", "2023-12-25", "date"),
    ("Talks resumed on Feb. 27.", PUB, "Feb. 27", "2024-02-27", "date"),
    ("The vote is set for April 14.", PUB, "April 14", "2024-04-14", "date"),
    ("The attack happened on Dec. 28.", PUB, "Dec. 28", "2023-12-28", "date"),
    ("Results are due on Sept. 30.", PUB, "Sept. 30", "2024-09-30", "date"),
    ("He left on the 3rd of March.", PUB, "3rd of March", "2024-03-03", "date"),
    ("It was signed on January 15th.", PUB, "January 15th", "2024-01-15", "date"),
    ("The law took effect in March 2020.", PUB, "March 2020", "2020-03", "date"),
    ("Sales fell in Jan. 2023.", PUB, "Jan. 2023", "2023-01", "date"),
    ("The case dates from October 1998.", PUB, "October 1998", "1998-10", "date"),
    ("They met on July 4, 1976, in Philadelphia.", PUB, "July 4, 1976", "1976-07-04", "date"),
    ("The ruling of Nov. 3, 2020 stands.", PUB, "Nov. 3, 2020", "2020-11-03", "date"),
    ("It was first reported on 14 February.", PUB, "14 February", "2024-02-14", "date"),
    ("The event on 1 January 2000 passed quietly.", PUB, "1 January 2000", "2000-01-01", "date"),
    ("On Wednesday, Jan. 10, the court met.", PUB, "Wednesday, Jan. 10", "2024-01-10", "date"),
    # -- datelines
    ("LONDON, March 5 (Reuters) - Shares rose.", PUB, "March 5", "2024-03-05", "date"),
    ("WASHINGTON, Feb 29 (Reuters) - The Senate voted.", PUB, "Feb 29", "2024-02-29", "date"),
    ("PARIS, 4 March 2024 (AFP) - Farmers protested.", PUB, "4 March 2024", "2024-03-04", "date"),
    # -- years
    ("The company was founded in 1998.", PUB, "1998", "1998", "date"),
    ("Prices have doubled since 2019.", PUB, "2019", "2019", "date"),
    ("The plan runs until 2030.", PUB, "2030", "2030", "date"),
    ("Between 2010 and 2015 output grew.", PUB, "2010", "2010", "date"),
    ("Between 2010 and 2015 output grew.", PUB, "2015", "2015", "date"),
    ("Its fiscal 2023 results were weak.", PUB, "fiscal 2023", "2023", "date"),
    ("The 2022 elections were close.", PUB, "2022", "2022", "date"),
    ("By mid-2025 the line will open.", PUB, "mid-2025", "2025", "date"),
    ("Growth slowed in early 2023.", PUB, "early 2023", "2023", "date"),
    ("In late 2021 the firm was sold.", PUB, "late 2021", "2021", "date"),
    ("The 2009-2010 flu season was mild.", PUB, "2009", "2009", "date"),
    ("The 2009-2010 flu season was mild.", PUB, "2010", "2010", "date"),
    ("The 2019-20 budget was cut.", PUB, "20", "2020", "date"),
    # -- relative days
    ("The minister resigned yesterday.", PUB, "yesterday", "2024-03-04", "date"),
    ("The court rules today.", PUB, "today", "2024-03-05", "date"),
    ("Voting ends tomorrow.", PUB, "tomorrow", "2024-03-06", "date"),
    ("He will speak tonight.", PUB, "tonight", "2024-03-05TNI", "time"),
    ("Fighting broke out last night.", PUB, "last night", "2024-03-04TNI", "time"),
    ("It rained the day before yesterday.", PUB, "the day before yesterday", "2024-03-03", "date"),
    ("The deal was struck late Friday.", PUB, "late Friday", "2024-03-01", "date"),
    ("The fire started this morning.", PUB, "this morning", "2024-03-05TMO", "time"),
    ("Police arrived yesterday afternoon.", PUB, "yesterday afternoon", "2024-03-04TAF", "time"),
    ("The market fell sharply this afternoon.", PUB, "this afternoon", "2024-03-05TAF", "time"),
    # -- weekdays and direction from tense
    ("The minister said on Friday that talks failed.", PUB, "Friday", "2024-03-01", "date"),
    ("The minister will travel to Kyiv on Friday.", PUB, "Friday", "2024-03-08", "date"),
    ("Officials met Monday to discuss the plan.", PUB, "Monday", "2024-03-04", "date"),
    ("The board is expected to vote on Thursday.", PUB, "Thursday", "2024-03-07", "date"),
    ("The union plans to strike on Wednesday.", PUB, "Wednesday", "2024-03-06", "date"),
    ("Voters went to the polls on Sunday.", PUB, "Sunday", "2024-03-03", "date"),
    ("The president announced the plan on Tuesday.", PUB, "Tuesday", "2024-03-05", "date"),
    ("The president will announce the plan Tuesday.", PUB, "Tuesday", "2024-03-05", "date"),
    ("Protesters gathered on Saturday.", PUB, "Saturday", "2024-03-02", "date"),
    ("The team will play again on Saturday.", PUB, "Saturday", "2024-03-09", "date"),
    ("Talks will resume next Monday.", PUB, "next Monday", "2024-03-11", "date"),
    ("He arrived last Thursday.", PUB, "last Thursday", "2024-02-29", "date"),
    ("The report comes out this Friday.", PUB, "this Friday", "2024-03-08", "date"),
    ("The vote is scheduled for Thursday.", PUB, "Thursday", "2024-03-07", "date"),
    ("Friday's decision angered the union.", PUB, "Friday", "2024-03-01", "date"),
    ("Shares rose 2% on Monday, the exchange said.", PUB, "Monday", "2024-03-04", "date"),
    ("The court said Thursday it would rule on Friday.", PUB, "Friday", "2024-03-08", "date"),
    ("Troops withdrew on Friday morning.", PUB, "Friday morning", "2024-03-01TMO", "time"),
    ("The storm hit on Sunday night.", PUB, "Sunday night", "2024-03-03TNI", "time"),
    # -- weekdays with no publication date keep an unresolved value
    ("The minister said on Friday that talks failed.", "", "Friday", "XXXX-WXX-5", "date"),
    ("He arrived yesterday.", "", "yesterday", "PAST_REF", "date"),
    ("The deal was signed on March 5, 2024.", "", "March 5, 2024", "2024-03-05", "date"),
    ("It was founded in 1998.", "", "1998", "1998", "date"),
    ("Talks resumed on Feb. 27.", "", "Feb. 27", "XXXX-02-27", "date"),
    ("The 1990s were calm.", "", "The 1990s", "199X", "date"),
    ("It lasted two years.", "", "two years", "P2Y", "duration"),
    # -- last / next / this + unit
    ("Sales fell last week.", PUB, "last week", "2024-W09", "date"),
    ("Talks continue this week.", PUB, "this week", "2024-W10", "date"),
    ("The plan starts next week.", PUB, "next week", "2024-W11", "date"),
    ("Inflation rose last month.", PUB, "last month", "2024-02", "date"),
    ("The law takes effect next month.", PUB, "next month", "2024-04", "date"),
    ("Exports grew this month.", PUB, "this month", "2024-03", "date"),
    ("Profits doubled last year.", PUB, "last year", "2023", "date"),
    ("The vote is due this year.", PUB, "this year", "2024", "date"),
    ("Elections are expected next year.", PUB, "next year", "2025", "date"),
    ("Output grew in the last quarter.", PUB, "the last quarter", "2023-Q4", "date"),
    ("Sales will rise next quarter.", PUB, "next quarter", "2024-Q2", "date"),
    ("Prices fell last decade.", PUB, "last decade", "201X", "date"),
    ("The army was deployed earlier this month.", PUB, "earlier this month", "2024-03", "date"),
    ("Results are due later this year.", PUB, "later this year", "2024", "date"),
    ("He quit earlier this week.", PUB, "earlier this week", "2024-W10", "date"),
    ("The plant will close early next year.", PUB, "early next year", "2025", "date"),
    ("The firm was sold late last year.", PUB, "late last year", "2023", "date"),
    ("Talks could end later this month.", PUB, "later this month", "2024-03", "date"),
    ("Prices will fall in the coming week.", PUB, "the coming week", "2024-W11", "date"),
    # -- months alone, with their direction
    ("The strike began in January.", PUB, "January", "2024-01", "date"),
    ("The vote will take place in May.", PUB, "May", "2024-05", "date"),
    ("The talks collapsed in November.", PUB, "November", "2023-11", "date"),
    ("The summit will be held in October.", PUB, "October", "2024-10", "date"),
    ("Troops left last March.", PUB, "last March", "2023-03", "date"),
    ("The plant reopens next May.", PUB, "next May", "2024-05", "date"),
    ("The plan was drawn up in early February.", PUB, "early February", "2024-02", "date"),
    ("Output peaked in mid-January.", PUB, "mid-January", "2024-01", "date"),
    ("The treaty enters force in April next year.", PUB, "April next year", "2025-04", "date"),
    ("Rates were cut in February this year.", PUB, "February this year", "2024-02", "date"),
    ("Exports rose in May and June.", PUB, "June", "2023-06", "date"),
    ("This years budget is larger than last years.", PUB, "This years", "2024", "date"),
    ("Talks stalled at the end of January.", PUB, "the end of January", "2024-01", "date"),
    ("Deliveries resume by the end of the year.", PUB, "the end of the year", "2024", "date"),
    ("The site closed at the end of 2022.", PUB, "the end of 2022", "2022", "date"),
    # -- weekends
    ("Fighting eased over the weekend.", PUB, "the weekend", "2024-W09-WE", "date"),
    ("Protests are planned this weekend.", PUB, "this weekend", "2024-W10-WE", "date"),
    ("Police made arrests last weekend.", PUB, "last weekend", "2024-W09-WE", "date"),
    ("The talks will continue next weekend.", PUB, "next weekend", "2024-W11-WE", "date"),
    (
        "Traffic was heavy during the holiday weekend.",
        PUB,
        "the holiday weekend",
        "2024-W09-WE",
        "date",
    ),
    ("Rallies will be held over the weekend.", PUB, "the weekend", "2024-W10-WE", "date"),
    # -- seasons
    ("The offensive began last spring.", PUB, "last spring", "2023-SP", "date"),
    ("The stadium will open next autumn.", PUB, "next autumn", "2024-FA", "date"),
    ("The election is due in spring 2025.", PUB, "spring 2025", "2025-SP", "date"),
    ("Crops failed in the summer of 2022.", PUB, "the summer of 2022", "2022-SU", "date"),
    ("Work starts this summer.", PUB, "this summer", "2024-SU", "date"),
    ("Heating costs soared last winter.", PUB, "last winter", "2023-WI", "date"),
    ("The bridge will be finished next fall.", PUB, "next fall", "2024-FA", "date"),
    ("Prices rose in the autumn.", PUB, "the autumn", "2023-FA", "date"),
    ("Talks will resume in the spring.", PUB, "the spring", "2024-SP", "date"),
    # -- ago, from now, earlier
    ("The war began three years ago.", PUB, "three years ago", "2021", "date"),
    ("He was elected two weeks ago.", PUB, "two weeks ago", "2024-W08", "date"),
    ("The plant closed five days ago.", PUB, "five days ago", "2024-02-29", "date"),
    ("The firm was founded a decade ago.", PUB, "a decade ago", "201X", "date"),
    ("It was listed six months ago.", PUB, "six months ago", "2023-09", "date"),
    ("Profit was 5 million a year earlier.", PUB, "a year earlier", "2023", "date"),
    ("The treaty expires two years from now.", PUB, "two years from now", "2026", "date"),
    (
        "More than four decades ago the dam was built.",
        PUB,
        "More than four decades ago",
        "198X",
        "date",
    ),
    ("Hours later, the rebels withdrew.", PUB, "Hours", "PTXH", "duration"),
    ("The mine closed years ago.", PUB, "years ago", "PAST_REF", "date"),
    # -- decades and centuries
    ("Crime fell in the 1990s.", PUB, "the 1990s", "199X", "date"),
    ("Music from the '80s is back.", PUB, "the '80s", "198X", "date"),
    ("The town grew in the 19th century.", PUB, "the 19th century", "18", "date"),
    ("Buildings from the 1800s remain.", PUB, "the 1800s", "18", "date"),
    ("Prices rose through the 2010s.", PUB, "the 2010s", "201X", "date"),
    ("The style was popular in the nineties.", PUB, "the nineties", "199X", "date"),
    ("In the late 1960s the movement grew.", PUB, "the late 1960s", "196X", "date"),
    ("The 21st century brought change.", PUB, "The 21st century", "20", "date"),
    # -- quarters and halves
    ("Profit rose in the third quarter.", PUB, "the third quarter", "2024-Q3", "date"),
    ("Third-quarter sales fell.", PUB, "Third-quarter", "2024-Q3", "date"),
    (
        "Output rose in the first quarter of 2023.",
        PUB,
        "the first quarter of 2023",
        "2023-Q1",
        "date",
    ),
    ("The plan covers the first half of 2025.", PUB, "the first half of 2025", "2025-H1", "date"),
    ("Last year's fourth quarter was weak.", PUB, "Last year's fourth quarter", "2023-Q4", "date"),
    # -- durations
    ("The war has lasted almost two decades.", PUB, "two decades", "P20Y", "duration"),
    ("He served for three years.", PUB, "three years", "P3Y", "duration"),
    ("The strike lasted two weeks.", PUB, "two weeks", "P2W", "duration"),
    ("They waited a decade for justice.", PUB, "a decade", "P10Y", "duration"),
    ("The talks lasted five hours.", PUB, "five hours", "PT5H", "duration"),
    ("The ban lasts 90 days.", PUB, "90 days", "P90D", "duration"),
    ("Rescuers worked for 36 hours.", PUB, "36 hours", "PT36H", "duration"),
    ("The siege lasted more than two months.", PUB, "more than two months", "P2M", "duration"),
    ("Detainees can be held for up to 180 days.", PUB, "up to 180 days", "P180D", "duration"),
    ("A two-day summit opened.", PUB, "two-day", "P2D", "duration"),
    ("The five-year plan was approved.", PUB, "five-year", "P5Y", "duration"),
    ("He finished a 16-hour shift.", PUB, "16-hour", "PT16H", "duration"),
    ("The dispute has dragged on for years.", PUB, "years", "PXY", "duration"),
    ("Prices have risen in recent months.", PUB, "recent months", "PXM", "duration"),
    ("Sales grew over the past two years.", PUB, "the past two years", "P2Y", "duration"),
    (
        "Rates will stay high for the next few months.",
        PUB,
        "the next few months",
        "PXM",
        "duration",
    ),
    ("The trial lasted several weeks.", PUB, "several weeks", "PXW", "duration"),
    ("Output fell in the first nine months.", PUB, "the first nine months", "P9M", "duration"),
    (
        "He spent a century's worth of effort in twenty-five years.",
        PUB,
        "twenty-five years",
        "P25Y",
        "duration",
    ),
    ("The race lasted 45 minutes.", PUB, "45 minutes", "PT45M", "duration"),
    ("Growth was weak over the past year.", PUB, "the past year", "P1Y", "duration"),
    ("The fast lasts a fortnight.", PUB, "a fortnight", "P2W", "duration"),
    ("The talks lasted 5 1/2 hours.", PUB, "5 1/2 hours", "PT5H30M", "duration"),
    ("He served two and a half years.", PUB, "two and a half years", "P2Y6M", "duration"),
    ("The works took a year and a half.", PUB, "a year and a half", "P1Y6M", "duration"),
    ("The outage lasted half an hour.", PUB, "half an hour", "PT30M", "duration"),
    ("The search took 2.5 days.", PUB, "2.5 days", "P2DT12H", "duration"),
    # -- told from a date named before
    (
        "The attack came on Feb. 5. The next day, police made arrests.",
        PUB,
        "The next day",
        "2024-02-06",
        "date",
    ),
    ("He arrived on Jan. 10. Later that week he left.", PUB, "Later that week", "2024-W02", "date"),
    (
        "The storm hit on Sunday. That night, rivers rose.",
        PUB,
        "That night",
        "2024-03-03TNI",
        "time",
    ),
    ("The vote was in 2019. Later that year he quit.", PUB, "Later that year", "2019", "date"),
    ("The next day of talks is uncertain.", PUB, "The next day", None, ""),
    # -- times of day
    ("The blast happened at 3 p.m.", PUB, "3 p.m.", "2024-03-05T15:00", "time"),
    (
        "Polls close at 8 p.m. EST on Tuesday.",
        PUB,
        "8 p.m. EST on Tuesday",
        "2024-03-05T20:00",
        "time",
    ),
    (
        "The quake struck at 10:30 a.m. yesterday.",
        PUB,
        "10:30 a.m. yesterday",
        "2024-03-04T10:30",
        "time",
    ),
    ("The curfew starts at 22:00 GMT.", PUB, "22:00 GMT", "2024-03-05T22:00", "time"),
    ("The market opens at 9am.", PUB, "9am", "2024-03-05T09:00", "time"),
    ("The deadline is noon Friday.", PUB, "noon Friday", "2024-03-08T12:00", "time"),
    ("Talks ran until midnight.", PUB, "midnight", "2024-03-05T24:00", "time"),
    ("He landed at 6 o'clock.", PUB, "6 o'clock", "2024-03-05T06:00", "time"),
    ("Voting began at 7 a.m. Sunday.", PUB, "7 a.m. Sunday", "2024-03-03T07:00", "time"),
    ("Trading halted at 1400 GMT.", PUB, "1400 GMT", "2024-03-05T14:00", "time"),
    ("Updated Tue 19 Mar 2024 at 4:05pm", PUB, "4:05pm", "2024-03-19T16:05", "time"),
    ("Posted March 4, 2024 at 8:15 AM GMT", PUB, "8:15 AM GMT", "2024-03-04T08:15", "time"),
    ("The count is expected by Wednesday.", PUB, "Wednesday", "2024-03-06", "date"),
    (
        "The index peaked at 10.45pm last night.",
        PUB,
        "10.45pm last night",
        "2024-03-04T22:45",
        "time",
    ),
    ("Thu 9 May 2024 14.31 BST", PUB, "14.31 BST", "2024-05-09T14:31", "time"),
    # -- sets
    ("The board meets every week.", PUB, "every week", "P1W", "set"),
    ("He visits each Monday.", PUB, "each Monday", "XXXX-WXX-1", "set"),
    ("The index is updated weekly.", PUB, "weekly", "P1W", "set"),
    ("Flights run daily.", PUB, "daily", "P1D", "set"),
    ("The fee is paid annually.", PUB, "annually", "P1Y", "set"),
    ("The council meets twice a year.", PUB, "a year", "P1Y", "set"),
    ("Five flights a week serve the island.", PUB, "a week", "P1W", "set"),
    ("The market is closed on Sundays.", PUB, "Sundays", "XXXX-WXX-7", "set"),
    ("The report is published monthly.", PUB, "monthly", "P1M", "set"),
    ("Staff are tested every two weeks.", PUB, "every two weeks", "P2W", "set"),
    ("Earnings are reported quarterly.", PUB, "quarterly", "P1Q", "set"),
    ("The festival returns every summer.", PUB, "every summer", "XXXX-SU", "set"),
    # -- references
    ("The town is now calm.", PUB, "now", "PRESENT_REF", "date"),
    ("Prices have recently eased.", PUB, "recently", "PAST_REF", "date"),
    ("The plant is currently closed.", PUB, "currently", "PRESENT_REF", "date"),
    ("Talks may resume soon.", PUB, "soon", "FUTURE_REF", "date"),
    ("Such attacks happened in the past.", PUB, "the past", "PAST_REF", "date"),
    ("Nobody can predict the future.", PUB, "the future", "FUTURE_REF", "date"),
    ("Rents are high these days.", PUB, "these days", "PRESENT_REF", "date"),
    # -- holidays and the week of a date
    ("Shops closed on Christmas Day.", PUB, "Christmas Day", "2023-12-25", "date"),
    ("Fireworks lit the sky on New Year's Eve.", PUB, "New Year's Eve", "2023-12-31", "date"),
    ("Talks resume the week of March 18.", PUB, "the week of March 18", "2024-W12", "date"),
    # -- impossible dates: reported with what can be said
    ("The letter was dated February 30, 2024.", PUB, "February 30, 2024", "2024-02", "date"),
    ("It was signed on April 31.", PUB, "April 31", "2024-04", "date"),
    # -- non-expressions
    ("We said we would stay.", PUB, "We", None, ""),
    ("We said we would stay.", PUB, "we", None, ""),
    ("Prices may rise further.", PUB, "may", None, ""),
    ("Thousands march through the capital.", PUB, "march", None, ""),
    ("Supporters plan to march on parliament.", PUB, "march", None, ""),
    ("It was the second time he had won.", PUB, "second", None, ""),
    ("She came second in the race.", PUB, "second", None, ""),
    ("The second round is due.", PUB, "second", None, ""),
    ("He won 2000 votes.", PUB, "2000", None, ""),
    ("The company employs 1950 people.", PUB, "1950", None, ""),
    ("The price was $2024.", PUB, "2024", None, ""),
    ("Route 1999 was closed.", PUB, "1999", None, ""),
    ("Copyright 2024 The Associated Press.", PUB, "2024", None, ""),
    ("© 2024 AFP", PUB, "2024", None, ""),
    ("The team scored 42 points.", PUB, "42", None, ""),
    ("Villagers drew water from a spring near the church.", PUB, "spring", None, ""),
    ("The hot spring attracts tourists.", PUB, "spring", None, ""),
    ("They bottle spring water.", PUB, "spring", None, ""),
    ("Theresa May met the president.", PUB, "May", None, ""),
    ("The fall in prices hurt farmers.", PUB, "fall", None, ""),
    ("Prices fall in summer camps.", PUB, "summer", None, ""),
    ("A 35-year-old man was arrested.", PUB, "35-year-old", None, ""),
    ("The victim was 37 years old.", PUB, "37 years", None, ""),
    ("He watched 60 Minutes.", PUB, "60 Minutes", None, ""),
    ("He was jailed, as soon as he landed.", PUB, "soon", None, ""),
    ("A second term is likely.", PUB, "A second", None, ""),
    ("The score was 3-1 at half time.", PUB, "3", None, ""),
    ("Sun Microsystems reported results.", PUB, "Sun", None, ""),
    ("The Communist Party daily Granma reported it.", PUB, "daily", None, ""),
    ("The current leader of the council spoke.", PUB, "current", None, ""),
    ("He read it in USA Today.", PUB, "Today", None, ""),
    ("It was like a scene from High Noon.", PUB, "Noon", None, ""),
    ('He said on "This Week" that talks had failed.', PUB, "This Week", None, ""),
    ("The chip runs 15 million instructions per second.", PUB, "per second", None, ""),
    ("Future generations will pay.", PUB, "Future", None, ""),
    ("Black Friday sales were strong.", PUB, "Friday", None, ""),
    ("The car reached 80 miles per hour.", PUB, "per hour", None, ""),
    ("The firm has more than 1000 customers.", PUB, "1000", None, ""),
    ("About 1500 tonnes were shipped.", PUB, "1500", None, ""),
    ("The price fell to 1950 euros.", PUB, "1950", None, ""),
]


def _find(text: str, pub: str) -> list[TimeExpression]:
    published = dt.date.fromisoformat(pub) if pub else None
    return list(time_expressions(Document(text, published=published), published))


@pytest.mark.parametrize(("text", "pub", "expression", "value", "type_"), ROWS)
def test_row(text: str, pub: str, expression: str, value: str | None, type_: str) -> None:
    found = _find(text, pub)
    start = text.rindex(expression)  # the last occurrence: "20" in "2019-20"
    end = start + len(expression)
    if value is None:
        overlapping = [t for t in found if t.span.start < end and start < t.span.end]
        assert overlapping == [], f"{expression!r} must not be a time expression"
        return
    matches = [t for t in found if (t.span.start, t.span.end) == (start, end)]
    assert matches, f"{expression!r} not found; got {[(t.text, t.value) for t in found]}"
    assert matches[0].value == value
    assert str(matches[0].type) == type_


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 150
    assert sum(1 for r in ROWS if r[3] is None) >= 20
