"""The Extractor API: one article, batches in order, workers, and bad input."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts
from _plugins import Numbers
from newsfacts import Document, InputError, Span, hookimpl
from newsfacts.testing import extractor_with


def test_extract_accepts_dates_and_strings() -> None:
    ex = extractor_with(only=True)
    assert ex.extract("Some text.", published="2024-03-05").article.published == dt.date(2024, 3, 5)
    assert (
        ex.extract("Some text.", published=dt.date(2024, 3, 5)).article.published_source == "given"
    )
    assert ex.extract("Some text.").article.published_source == "unknown"


@pytest.mark.parametrize(
    ("text", "kwargs", "message"),
    [
        ("", {}, "empty"),
        ("   \n", {}, "empty"),
        (b"bytes", {}, "expected a str"),
        ("Text.", {"published": "yesterday"}, "invalid publication date"),
    ],
)
def test_bad_input_is_refused_clearly(
    text: object, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        extractor_with(only=True).extract(text, **kwargs)  # type: ignore[arg-type]


def test_extract_many_keeps_order_and_records_failures() -> None:
    ex = extractor_with(Numbers(), only=True)
    items = ["1 2", {"id": "x", "text": "3"}, {"id": "bad", "text": ""}, 42, "4"]
    results = list(ex.extract_many(items))  # type: ignore[arg-type]
    assert [r.id for r in results] == ["0", "x", "bad", "3", "4"]
    assert [r.ok for r in results] == [True, True, False, False, True]
    assert results[2].error == "the article text is empty"
    assert [q.value for q in results[0].facts.quantities] == [1, 2]  # type: ignore[union-attr]


def test_extract_many_with_workers_matches_one_process() -> None:
    ex = extractor_with(Numbers(), only=True)
    items = [f"{i} and {i + 1}" if i % 7 else "" for i in range(60)]
    serial = list(ex.extract_many(items))
    parallel = list(ex.extract_many(items, workers=2, chunksize=4))
    assert parallel == serial


def test_default_extract_uses_installed_plugins() -> None:
    facts = newsfacts.extract("Officials said 40 tanks arrived on Friday.", published="2024-03-09")
    assert facts.article.text.startswith("Officials")


def test_boilerplate_facts_are_dropped() -> None:
    class Boiler:
        newsfacts_plugin_name = "boiler"

        @hookimpl
        def newsfacts_article(self, document: Document) -> newsfacts.Article:
            cut = document.text.index("Sign up")
            return newsfacts.Article(
                text=document.text, boilerplate=[Span(cut, len(document.text))]
            )

    facts = extractor_with(Numbers(), Boiler(), only=True).extract("5 ships. Sign up for 3 news")
    assert [q.text for q in facts.quantities] == ["5"]


class _SameSpan:
    """Reports many different quantities on the first number, twice each (unsorted)."""

    newsfacts_plugin_name = "same_span"

    @hookimpl
    def newsfacts_quantities(self, document: Document) -> list[newsfacts.Quantity]:
        token = next(t for t in document.tokens if t.text.isdigit())
        found = [
            newsfacts.Quantity(span=token.span, text=token.text, value=float(k), unit=f"u{k}")
            for k in range(20)
        ]
        return found[::-1] + found


def test_facts_two_plugins_agree_on_are_kept_once_in_text_order() -> None:
    # Two plugins finding the same facts, and many different facts on one span (compared
    # one by one while few, then in a set): each distinct fact once, in text order.
    facts = extractor_with(Numbers(), _SameSpan(), only=True).extract("Then 40 and 7 more.")
    values = [(q.span.start, q.value, q.unit or "") for q in facts.quantities]
    expected = [(5, float(k), f"u{k}") for k in range(20)] + [(5, 40.0, "")]
    assert sorted(values[:21]) == sorted(expected)
    assert values[21:] == [(12, 7.0, "")]
