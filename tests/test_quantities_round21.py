"""Quantities, round 21 (issue #5): a count with no noun after it. The blind annotators
count "the nine were freed", "the remaining five had expected", "one had been shot down",
"perhaps two"; so a written count after a determiner counts, with the noun of the set of
that size named shortly before (else of the count in the sentence or the one before, else
none); "one" counts as one of a set counted before it in the same sentence; a count
offered as another guess ("one more cut, perhaps two") counts. "One of them said", "one
of the victims", "the number two" stay out. All on sentences written for these tests."""

from __future__ import annotations

import pytest

from _quanttools import whole

# -- a count after a determiner points back to a set of that size -----------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "noun"),
    [
        (
            "Rescuers freed nine miners on Wednesday. The minister said the nine were well.",
            "nine",
            9,
            "miners",
        ),
        (
            "Police arrested three teenagers in Leeds. All three were released on bail.",
            "three",
            3,
            "teenagers",
        ),
        (
            "Two climbers went missing on the ridge on Sunday. Rescuers found them alive on "
            "Tuesday, and the two were flown to hospital.",
            "two",
            2,
            "climbers",
        ),
        (
            "The court heard evidence from four witnesses. These four described the crash "
            "in detail.",
            "four",
            4,
            "witnesses",
        ),
        (
            "Five firefighters were hurt. Doctors said the five had minor burns.",
            "five",
            5,
            "firefighters",
        ),
    ],
)
def test_a_count_after_a_determiner_takes_the_noun_of_the_set_of_its_size(
    text: str, span: str, value: float, noun: str
) -> None:
    found = [q for q in whole(text) if q.text.lower() == span]
    assert [(q.value, q.noun) for q in found] == [(value, noun), (value, noun)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The two said they would return.", "two"),
        ("All three were released on bail.", "three"),
        ("Smith and Jones were charged on Monday. The two were released on bail.", "two"),
        ("These two were the last to leave.", "two"),
        ("The talks between the two broke down on Friday.", "two"),
    ],
)
def test_a_count_after_a_determiner_with_no_set_before_counts_no_noun(text: str, span: str) -> None:
    assert [(q.text, q.value, q.noun) for q in whole(text)] == [(span, float(_VALUES[span]), None)]


_VALUES = {"two": 2, "three": 3}


def test_a_set_of_that_size_long_before_is_not_pointed_back_to() -> None:
    text = (
        "The firm froze two projects in May. It cut jobs in June. Its shares fell. "
        "Analysts were divided. A union protested. The minister spoke. Then the chief "
        "executive wrote to him. He said the two had not met."
    )
    last = whole(text)[-1]
    assert (last.text, last.value) == ("two", 2)
    assert last.noun != "projects"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "The rise was forecast by 14 of 19 economists polled. The remaining five had "
            "expected no change.",
            "economists",
        ),
        ("Four men were arrested; the other two were charged on Tuesday.", "men"),
        ("Eleven runners reached the final, and the top three qualified.", "runners"),
    ],
)
def test_a_count_after_a_determiner_and_adjective_is_part_of_the_set_before(
    text: str, noun: str
) -> None:
    last = whole(text)[-1]
    assert last.noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The other three escaped unhurt.", "three"),
        ("The top two qualified for the final.", "two"),
        ("The remaining two wanted more time.", "two"),
    ],
)
def test_a_count_after_a_determiner_and_adjective_alone_counts_no_noun(
    text: str, span: str
) -> None:
    assert [(q.text, q.noun) for q in whole(text)] == [(span, None)]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Police arrested the two on Monday.", None),
        ("The measure passed 7-2. The two who voted against it were outraged.", None),
        ("Relations between the three have soured.", None),
        ("Rescuers freed nine miners. Crowds cheered the nine as they emerged.", "miners"),
        ("Four aid workers were seized in May. Talks to free the four stalled.", "workers"),
    ],
)
def test_a_count_after_a_determiner_as_an_object_or_before_who_counts(
    text: str, noun: str | None
) -> None:
    last = whole(text)[-1]
    assert (last.text.lower() in ("two", "three", "nine", "four"), last.noun) == (True, noun)


@pytest.mark.parametrize(
    "text",
    [
        "The number two said he would stay.",
        "The party's number two resigned on Monday.",
        "Both were charged with fraud.",
        "He finished in the top three.",
        "The club slipped towards the bottom three in March.",
    ],
)
def test_a_rank_or_both_is_no_count(text: str) -> None:
    assert whole(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two broke down in tears.",
        "The two fell out over the budget.",
        "The two met in Geneva on Friday.",
    ],
)
def test_a_verb_after_the_count_is_not_its_noun(text: str) -> None:
    assert [q.noun for q in whole(text) if q.text == "two"] in ([None], [])


# -- "one" of a set counted before it in the sentence ----------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Two drones targeted the refinery, and one had been shot down.", "drones"),
        (
            "It said two drones had targeted the plant, and that one was shot down early.",
            "drones",
        ),
        ("Three workers were injured, one of them seriously, the ministry said.", "workers"),
        ("Five ships were seized, one of which was later released.", "ships"),
        ("Two people were killed and one was injured in the blast.", "people"),
        ("The company has four plants, and one will close next year.", "plants"),
        ("Police said 12 people were arrested and that one was later charged.", "people"),
    ],
)
def test_one_of_a_set_counted_before_it_in_the_sentence_counts(text: str, noun: str) -> None:
    ones = [q for q in whole(text) if q.text == "one"]
    assert [(q.value, q.noun) for q in ones] == [(1, noun)]


@pytest.mark.parametrize(
    "text",
    [
        "One of them said the governor had been told.",
        "Analysts were polled last week. One of them said a cut was likely.",
        "No one was hurt, and one of the victims said so.",
        "Three staff were praised, and one of the managers said so.",
        "He liked this one and that one.",
        "She is the one who voted against.",
        "One had hoped for more.",
        "One by one, they left, and they helped one another.",
    ],
)
def test_one_with_no_set_counted_before_it_stays_out(text: str) -> None:
    assert [q.text for q in whole(text) if q.text.lower() == "one"] == []


def test_that_opening_a_clause_leaves_one_a_count() -> None:
    assert [(q.text, q.noun) for q in whole("He said that one official had resigned.")] == [
        ("one", "official")
    ]
    assert whole("She said that one was enough.") == []


# -- a count offered as another guess at the count before it ---------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "noun"),
    [
        ("They have room for one more move this year, perhaps two, he said.", "two", 2, None),
        ("Analysts expect two rate cuts next year, maybe three.", "three", 3, "cuts"),
        ("The bank may make three more cuts, or perhaps four.", "four", 4, "cuts"),
        ("The party could win eight seats, possibly nine, in the vote.", "nine", 9, "seats"),
    ],
)
def test_a_hedged_alternative_count_counts(
    text: str, span: str, value: float, noun: str | None
) -> None:
    last = whole(text)[-1]
    assert (last.text, last.value, last.noun) == (span, value, noun)


def test_a_hedged_count_with_no_count_before_it_is_left_to_the_other_rules() -> None:
    assert whole("The answer, perhaps, was two.") == []
