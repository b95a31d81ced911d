"""The times hook: anchoring, unresolved values, spans, and bad input."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.document import Document
from newsfacts.extractors.times import newsfacts_times, time_expressions
from newsfacts.models import Article, Facts, TimeExpression

TUESDAY = dt.date(2024, 3, 5)


def _run(text: str, given: dt.date | None = None, article: dt.date | None = None) -> Facts:
    """Run the hook as the pipeline does and build the Facts (which checks every span)."""
    doc = Document(text, published=given)
    source = "given" if article else "unknown"
    facts = Facts(article=Article(text=text, published=article, published_source=source))
    times = newsfacts_times(document=doc, facts=facts)
    return Facts(article=facts.article, times=tuple(times))


def _values(facts: Facts) -> dict[str, str]:
    return {t.text: t.value for t in facts.times}


def test_article_date_comes_before_document_date() -> None:
    facts = _run("He resigned yesterday.", given=dt.date(2020, 1, 1), article=TUESDAY)
    assert _values(facts) == {"yesterday": "2024-03-04"}


def test_document_date_is_the_fallback() -> None:
    facts = _run("He resigned yesterday.", given=TUESDAY)
    assert _values(facts) == {"yesterday": "2024-03-04"}


def test_without_any_date_relative_values_stay_unresolved() -> None:
    facts = _run("On Friday, a year after the March 5, 2019 vote, he left last week.")
    values = _values(facts)
    assert values["Friday"] == "XXXX-WXX-5"
    assert values["March 5, 2019"] == "2019-03-05"
    assert values["last week"] == "PAST_REF"
    assert all(t.start is None for t in facts.times if t.value.startswith("X"))


def test_without_any_date_times_of_day_stay_unresolved() -> None:
    facts = _run("He speaks tonight, after talks at 3 p.m. Friday.")
    assert _values(facts) == {"tonight": "XXXX-XX-XXTNI", "3 p.m. Friday": "XXXX-WXX-5T15:00"}


def test_start_and_end_cover_the_value() -> None:
    facts = _run("Sales fell last month and in the third quarter of 2023.", given=TUESDAY)
    by_text = {t.text: t for t in facts.times}
    month = by_text["last month"]
    assert (month.start, month.end) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    quarter = by_text["the third quarter of 2023"]
    assert (quarter.start, quarter.end) == (dt.date(2023, 7, 1), dt.date(2023, 9, 30))


def test_every_expression_is_typed() -> None:
    text = "Since 2019, every week, for two years, at 3 p.m. on Friday, the board met."
    facts = _run(text, given=TUESDAY)
    types = {t.text: str(t.type) for t in facts.times}
    assert types == {
        "2019": "date",
        "every week": "set",
        "two years": "duration",
        "3 p.m. on Friday": "time",
    }


def test_spans_survive_crlf_and_unicode() -> None:
    text = "Café owners «met» on Friday,\r\nand again on 5 March 2024 — twice a week."
    facts = _run(text, given=TUESDAY)
    assert {t.text for t in facts.times} == {"Friday", "5 March 2024", "a week"}


def test_impossible_dates_keep_what_can_be_said() -> None:
    facts = _run("The memo of February 30, 2024 and of 31/31/2024.", given=TUESDAY)
    assert _values(facts) == {"February 30, 2024": "2024-02"}


def test_years_out_of_range_are_not_years() -> None:
    facts = _run("In 99999 and in 12345 nothing happened; 9999 centuries ago.", given=TUESDAY)
    values = _values(facts)
    assert "99999" not in values and "12345" not in values
    assert values.get("9999 centuries ago") == "PAST_REF"


def test_many_weekday_names_do_not_raise() -> None:
    text = "Friday " * 3000 + "Monday, Tuesday and Sunday. " * 500
    found = list(time_expressions(Document(text), TUESDAY))
    assert len(found) == 3000 + 1500
    assert all(isinstance(t, TimeExpression) for t in found)


def test_long_runs_of_numbers_and_dots_do_not_raise() -> None:
    text = "1 " * 5000 + "p.m. " * 2000 + "the " * 2000 + "/" * 3000 + "2024-" * 1000
    list(time_expressions(Document(text), TUESDAY))


def test_an_edge_of_a_period_closing_the_text_does_not_raise() -> None:
    # "the end of" with nothing after it: the times named before it are still found
    for tail in ("until the end of", "since the start of", "by the middle of", "the beginning of"):
        facts = _run(f"Talks began on Monday and went on {tail}", TUESDAY)
        assert _values(facts) == {"Monday": "2024-03-04"}
    assert _run("The end of", TUESDAY).times == ()


def test_long_runs_of_compared_periods_and_night_words_do_not_raise() -> None:
    text = (
        "the same period a year earlier " * 1000
        + "on Thursday shortly before midnight " * 1000
        + "every night before dawn " * 1000
    )
    found = list(time_expressions(Document(text), TUESDAY))
    assert sum(t.text == "the same period a year earlier" for t in found) == 1000


_WORDS = [
    "Friday",
    "March",
    "may",
    "May",
    "5",
    "2024",
    "last",
    "next",
    "week",
    "weekend",
    "the",
    "of",
    "in",
    "since",
    "ago",
    "years",
    "a",
    "two",
    "p.m.",
    ":",
    "30",
    "10",
    "spring",
    "every",
    "early",
    "later",
    "this",
    "year's",
    "'s",
    ",",
    ".",
    "\n",
    "\n\n",
    "-",
    "/",
    "Feb.",
    "30",
    "century",
    "19th",
    "1990s",
    "'90s",
    "now",
    "quarter",
    "third",
    "half",
    "same",
    "period",
    "midnight",
    "dawn",
    "before",
    "every",
    "night",
    "winter",
    "last",
    "year",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.booleans())
def test_any_mix_of_time_words_gives_valid_facts(words: list[str], dated: bool) -> None:
    text = " ".join(words)
    facts = _run(text, given=TUESDAY if dated else None)
    for t in facts.times:
        assert t.text == text[t.span.start : t.span.end]
        assert t.value


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_valid_facts(text: str) -> None:
    _run(text, given=TUESDAY)


def test_dateparser_is_imported_only_when_needed() -> None:
    import subprocess
    import sys

    code = (
        "import sys, datetime\n"
        "from newsfacts.document import Document\n"
        "from newsfacts.extractors.times import time_expressions\n"
        "list(time_expressions(Document('On Friday, March 5, 2024.'), None))\n"
        "assert 'dateparser' not in sys.modules\n"
        "list(time_expressions(Document('Dated 05.03.2024.'), None))\n"
        "assert 'dateparser' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- round 2: years need a context, rates are no times, overnight is a night

_PLURALS = ["customers", "villages", "tonnes", "people", "homes", "votes", "units"]
_QUALIFIERS = ["more than", "about", "nearly", "some", "at least", "up to", "almost"]


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=1000, max_value=2199),
    st.sampled_from(_PLURALS),
    st.sampled_from(["", "in ", "of ", "the "]),
)
def test_a_number_before_a_plural_noun_is_never_a_year(number: int, noun: str, lead: str) -> None:
    text = f"Officials counted {lead}{number} {noun} on the island."
    facts = _run(text, given=TUESDAY)
    assert all(str(number) not in t.text for t in facts.times)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1000, max_value=2199), st.sampled_from(_QUALIFIERS))
def test_a_number_after_a_quantity_qualifier_is_never_a_year(number: int, qual: str) -> None:
    text = f"The firm says it has {qual} {number} now."
    facts = _run(text, given=TUESDAY)
    assert all(str(number) not in t.text for t in facts.times)


def test_a_year_in_a_year_context_is_found() -> None:
    facts = _run("Since 2019, and in 2021, the 2022 election and 2023's budget cost more.")
    assert set(_values(facts).values()) == {"2019", "2021", "2022", "2023"}


def test_rates_give_no_times_but_frequencies_are_sets() -> None:
    text = "Rent is $3,500 a month, trains run at 80 miles per hour and staff meet twice a week."
    facts = _run(text, given=TUESDAY)
    assert [(t.text, t.value, str(t.type)) for t in facts.times] == [("a week", "P1W", "set")]


def test_overnight_is_last_night_and_unresolved_without_a_date() -> None:
    assert _values(_run("Shelling continued overnight.", given=TUESDAY)) == {
        "overnight": "2024-03-04TNI"
    }
    assert _values(_run("Shelling continued overnight.")) == {"overnight": "XXXX-XX-XXTNI"}
    facts = _run("Shelling continued overnight.", given=TUESDAY)
    assert (facts.times[0].start, facts.times[0].end) == (dt.date(2024, 3, 4),) * 2


def test_quarters_follow_the_tense() -> None:
    may = dt.date(2024, 5, 10)
    past = _values(_run("Sales fell in the third quarter.", given=may))
    future = _values(_run("Sales will recover in the first quarter.", given=may))
    report = _values(_run("It will report first-quarter results.", given=may))
    assert past == {"the third quarter": "2023-Q3"}
    assert future == {"the first quarter": "2025-Q1"}
    assert report == {"first-quarter": "2024-Q1"}


# -- round 3: periods of play, offsets told from the last date, timetables


def test_a_match_report_has_no_calendar_halves() -> None:
    text = (
        "Arsenal beat Chelsea 2-1 in a tense match on Saturday.\n\n"
        "Saka scored the opening goal after the kick-off and Havertz headed a second.\n\n"
        "Chelsea pulled one back in the second half.\n\n"
        "Kane was booked in the first half for a late challenge."
    )
    values = _values(_run(text, given=TUESDAY))
    assert values == {"Saturday": "2024-03-02"}


def test_a_business_story_keeps_its_halves() -> None:
    text = (
        "The retailer said profit rose 4% last year.\n\n"
        "Demand slowed in the second half as prices climbed."
    )
    values = _values(_run(text, given=TUESDAY))
    assert values["the second half"] == "2023-H2"


def test_offsets_are_told_from_the_last_explicit_date_not_from_each_other() -> None:
    text = (
        "Net income was $8 million in the third quarter of 2023, against $6 million a year "
        "earlier. Sales were $90 million, up from $80 million a year earlier."
    )
    values = [t.value for t in _run(text, given=TUESDAY).times]
    assert values == ["2023-Q3", "2022-Q3", "2022-Q3"]


def test_offsets_without_a_date_before_them() -> None:
    values = _values(_run("Three days earlier, he had left. A week later he returned.", TUESDAY))
    assert values == {"Three days earlier": "2024-03-02", "A week later": "P1W"}


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=6), st.sampled_from(["will meet", "meets", "is due"]))
def test_a_weekday_in_a_future_clause_is_never_in_the_past(shift: int, verb: str) -> None:
    published = TUESDAY + dt.timedelta(days=shift)
    for day in ("Monday", "Wednesday", "Friday", "Sunday"):
        facts = _run(f"The board {verb} on {day}.", given=published)
        assert len(facts.times) == 1
        found = facts.times[0].start
        assert found is not None and 0 <= (found - published).days < 7


def test_year_ago_quarter_without_a_publication_date_stays_relative() -> None:
    # Offsets beyond one unit (the year-ago quarter is five quarters back) must not fail
    # when no publication date pins them.
    from newsfacts.testing import extractor_with

    facts = extractor_with(disable=["events", "claims"]).extract(
        "Profit rose from the year-ago quarter, the company said."
    )
    assert not facts.problems
    assert all(t.value for t in facts.times)
