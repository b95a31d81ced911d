"""Parts of the day with an article or a modifier ("arrived in the afternoon", "rose
during the night", "by late afternoon", "in afternoon trade", "at 4 in the morning"):
TIMEX3 TIMEs on the day the story tells of in their paragraph or the one before, else on
an unknown day ("XXXX-XX-XXTAF"). Each row a sentence written for the rule, as in
``test_times_table``: its publication date, the expression and its value (None: the
words must not be a time).
"""

from __future__ import annotations

import pytest

from _timetools import check_row, find

TUE = "2024-03-05"  # a Tuesday

ROWS: list[tuple[str, str, str, str | None, str]] = [
    # -- after a preposition, with no day named: the part of an unknown day
    ("The water rose during the night.", TUE, "the night", "XXXX-XX-XXTNI", "time"),
    ("The minister arrived in the afternoon.", TUE, "the afternoon", "XXXX-XX-XXTAF", "time"),
    ("Shelling continued into the evening.", TUE, "the evening", "XXXX-XX-XXTEV", "time"),
    ("By the evening, the fire was out.", TUE, "the evening", "XXXX-XX-XXTEV", "time"),
    ("Rain fell throughout the night.", TUE, "the night", "XXXX-XX-XXTNI", "time"),
    ("Fighting raged through the night.", TUE, "the night", "XXXX-XX-XXTNI", "time"),
    ("Protesters stayed until the morning.", TUE, "the morning", "XXXX-XX-XXTMO", "time"),
    ("He left early in the morning.", TUE, "the morning", "XXXX-XX-XXTMO", "time"),
    ("Late in the evening, he was arrested.", TUE, "the evening", "XXXX-XX-XXTEV", "time"),
    ("Protesters marched late into the night.", TUE, "the night", "XXXX-XX-XXTNI", "time"),
    ("In the morning, 20 people were found.", TUE, "the morning", "XXXX-XX-XXTMO", "time"),
    ("In the morning he said nothing.", TUE, "the morning", "XXXX-XX-XXTMO", "time"),
    ("A blast during the night killed five.", TUE, "the night", "XXXX-XX-XXTNI", "time"),
    (
        "When we came back in the morning there was nothing.",
        TUE,
        "the morning",
        "XXXX-XX-XXTMO",
        "time",
    ),
    ("Police raided it in the early morning.", TUE, "the early morning", "XXXX-XX-XXTMO", "time"),
    ("Police arrived in the late afternoon.", TUE, "the late afternoon", "XXXX-XX-XXTAF", "time"),
    ("The index stood at 476.5 by late afternoon.", TUE, "late afternoon", "XXXX-XX-XXTAF", "time"),
    ("They stayed until late evening.", TUE, "late evening", "XXXX-XX-XXTEV", "time"),
    ("Police arrived in mid-afternoon.", TUE, "mid-afternoon", "XXXX-XX-XXTAF", "time"),
    ("Crowds had gone by mid-morning.", TUE, "mid-morning", "XXXX-XX-XXTMO", "time"),
    # -- a market's session
    ("Shares fell 3% in afternoon trade.", TUE, "afternoon", "XXXX-XX-XXTAF", "time"),
    ("The euro firmed in morning trading.", TUE, "morning", "XXXX-XX-XXTMO", "time"),
    (
        "Stocks rose in early afternoon deals on Monday.",
        TUE,
        "early afternoon",
        "2024-03-04TAF",
        "time",
    ),
    # -- a day right after it
    (
        "Police arrived late in the afternoon on Sunday.",
        TUE,
        "the afternoon",
        "2024-03-03TAF",
        "time",
    ),
    (
        "Talks went on into the night and resumed on Monday.",
        TUE,
        "the night",
        "XXXX-XX-XXTNI",
        "time",
    ),
    # -- an hour told by its part of the day
    ("At 4 in the morning, police arrived.", TUE, "4 in the morning", "2024-03-05T04:00", "time"),
    ("He slept until 4 in the afternoon.", TUE, "4 in the afternoon", "2024-03-05T16:00", "time"),
    ("They left at around 9 in the evening.", TUE, "9 in the evening", "2024-03-05T21:00", "time"),
    ("We came at seven in the morning.", TUE, "seven in the morning", "2024-03-05T07:00", "time"),
    (
        "It looked bleak at two in the morning.",
        TUE,
        "two in the morning",
        "2024-03-05T02:00",
        "time",
    ),
    ("They left at eleven in the night.", TUE, "eleven in the night", "2024-03-05T23:00", "time"),
    ("The vote passed 4 in the morning session.", TUE, "4 in the morning", None, ""),
    ("We had seven in the morning group.", TUE, "seven in the morning", None, ""),
    # -- "overnight" before a preposition, and the day it runs into
    ("Storms raged overnight into Sunday.", TUE, "overnight", "2024-03-02TNI", "time"),
    ("Shelling went on overnight until dawn.", TUE, "overnight", "2024-03-04TNI", "time"),
    ("Rain fell overnight through the valley.", TUE, "overnight", "2024-03-04TNI", "time"),
    ("Banks lend at the overnight rate.", TUE, "overnight", None, ""),
    # -- "that morning" with no day before it
    ("That morning, the crowd gathered.", TUE, "That morning", "XXXX-XX-XXTMO", "time"),
    ("Later that night, police arrived.", TUE, "Later that night", "XXXX-XX-XXTNI", "time"),
    # -- no times: compounds, names, idioms, parts told of something else
    ("Stars filled the night sky.", TUE, "night", None, ""),
    ("Traffic slowed during the evening rush hour.", TUE, "the evening", None, ""),
    ("Nurses came off the night shift.", TUE, "night", None, ""),
    ("She read it in the morning papers.", TUE, "the morning", None, ""),
    ("He spoke in the afternoon session of parliament.", TUE, "the afternoon", None, ""),
    ("He sat in the evening light.", TUE, "the evening", None, ""),
    ("He read it in the Evening Standard.", TUE, "Evening", None, ""),
    ("She appeared on Good Morning America.", TUE, "Morning", None, ""),
    ("He read it in The Morning Call.", TUE, "Morning", None, ""),
    ("They had a night out.", TUE, "night", None, ""),
    ("They sell the morning-after pill.", TUE, "morning-after", None, ""),
    ("They worked night and day.", TUE, "night", None, ""),
    ("He worked from morning till night.", TUE, "morning", None, ""),
    ("He worked from morning till night.", TUE, "night", None, ""),
    ("Police launched early morning raids.", TUE, "early morning", None, ""),
    ("The minister left in the evening of March 3.", TUE, "the evening", None, ""),
    ("By the morning of the vote, crowds had gathered.", TUE, "the morning", None, ""),
    ("The night before the vote, police arrived.", TUE, "The night", None, ""),
    ("They slept in the night train.", TUE, "night", None, ""),
]


@pytest.mark.parametrize(("text", "pub", "expression", "value", "type_"), ROWS)
def test_parts_of_the_day(
    text: str, pub: str, expression: str, value: str | None, type_: str
) -> None:
    check_row(text, pub, expression, value, type_)


# The day a part of the day is on, from the story around it.
STORIES: list[tuple[str, str, str]] = [
    # the day named earlier in the paragraph
    (
        "The attack happened on Sunday. Troops arrived in the afternoon.",
        "the afternoon",
        "2024-03-03TAF",
    ),
    (
        "Floods hit the town on Saturday, and the water rose during the night.",
        "the night",
        "2024-03-02TNI",
    ),
    # ... or in the paragraph before
    (
        "Floods hit the town on Saturday.\n\nThe water rose during the night.",
        "the night",
        "2024-03-02TNI",
    ),
    (
        "A fire broke out at a depot on March 1.\n\nCrews fought it into the evening.",
        "the evening",
        "2024-03-01TEV",
    ),
    # not two paragraphs back
    (
        "Floods hit the town on Saturday.\n\nMore rain is due.\n\nThe water rose during the night.",
        "the night",
        "XXXX-XX-XXTNI",
    ),
    # a day the news was told on is not the day of the events
    (
        "Officials said on Monday that the water rose during the night.",
        "the night",
        "XXXX-XX-XXTNI",
    ),
    ('"We heard it in the night," she said on Monday.', "the night", "XXXX-XX-XXTNI"),
    # a day a speaker names in a quote dates the quote only; the narrative's day dates
    # a quote that follows it
    (
        'The storm hit on Saturday.\n\n"On Friday we met," she said. He left in the evening.',
        "the evening",
        "2024-03-02TEV",
    ),
    ('"On Friday we waited until the evening," she said.', "the evening", "2024-03-01TEV"),
    (
        'The storm hit on Saturday. "The water came in the night," he said.',
        "the night",
        "2024-03-02TNI",
    ),
    ('"On Friday we met," she said. He left in the evening.', "the evening", "XXXX-XX-XXTEV"),
    # the dateline's day
    (
        "KYIV, March 4 (Reuters) - Shelling continued into the evening, officials said.",
        "the evening",
        "2024-03-04TEV",
    ),
    # a morning after an evening of that day is the next one
    (
        "The storm struck on Saturday evening. When residents returned in the morning, "
        "the roofs were gone.",
        "the morning",
        "2024-03-03TMO",
    ),
    # "yesterday" and "the next day" are days told of too
    (
        "Rebels attacked the base yesterday. Fighting went on into the night.",
        "the night",
        "2024-03-04TNI",
    ),
    (
        "The bridge fell on Friday.\n\nThe next day, divers searched it until the evening.",
        "the evening",
        "2024-03-02TEV",
    ),
]


@pytest.mark.parametrize(("text", "expression", "value"), STORIES)
def test_the_day_a_part_is_on(text: str, expression: str, value: str) -> None:
    check_row(text, TUE, expression, value, "time")


def test_without_a_publication_date_the_day_comes_from_the_story() -> None:
    found = find("The dam burst on March 3, 2024.\n\nWater rose during the night.", "")
    assert [(t.text, t.value) for t in found] == [
        ("March 3, 2024", "2024-03-03"),
        ("the night", "2024-03-03TNI"),
    ]


def test_deictic_parts_keep_the_publication_day() -> None:
    found = find("The attack happened on Sunday. This morning the council met.", TUE)
    assert [(t.text, t.value) for t in found][-1] == ("This morning", "2024-03-05TMO")


def test_parts_of_the_day_stay_linear() -> None:
    text = "Rain fell in the night and in the afternoon trade in the evening. " * 3000
    found = find(text, TUE)
    assert sum(t.text == "the night" for t in found) == 3000
    assert sum(t.text == "the evening" for t in found) == 3000
