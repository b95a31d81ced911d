"""The model refuses invalid values at construction, with a message that says why."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newsfacts import (
    Article,
    Claim,
    ClaimKind,
    Facts,
    Quantity,
    Span,
    Speaker,
    TimeExpression,
)

TEXT = "Officials said 40 tanks arrived on Friday."


def span_of(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span(start, start + len(piece))


def test_span_basics() -> None:
    span = span_of("40 tanks")
    assert span.slice(TEXT) == "40 tanks"
    assert len(span) == 8
    assert Span(0, 10).contains(span) is False
    assert Span(0, 30).contains(span)
    assert span.overlaps(Span(span.end - 1, span.end + 3))
    assert not span.overlaps(Span(span.end, span.end + 3))


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [(-1, 3, "start must be >= 0"), (5, 2, "before its start"), (1.5, 3, "must be an int")],
)
def test_span_refuses_bad_offsets(start: object, end: object, message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        Span(start, end)  # type: ignore[arg-type]


def test_models_are_frozen_and_evolvable() -> None:
    q = Quantity(span=span_of("40"), text="40", value=40, noun="tanks")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.value = 3  # type: ignore[misc]
    assert attrs.evolve(q, qualifier="approximately").qualifier == "approximately"


def test_enums_accept_strings_and_compare_equal() -> None:
    claim = Claim(span=span_of("40 tanks arrived"), text="40 tanks arrived", kind="indirect")
    assert claim.kind is ClaimKind.INDIRECT
    assert claim.kind == "indirect"


def test_unknown_kind_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="'quoted' is not a valid ClaimKind; expected one of"):
        Claim(span=Span(0, 3), text="Off", kind="quoted")


def test_quantity_refuses_infinite_and_backward_range() -> None:
    with pytest.raises(ValueError, match="finite"):
        Quantity(span=Span(0, 2), text="Of", value=float("inf"))
    with pytest.raises(ValueError, match="low <= high"):
        Quantity(span=Span(0, 2), text="Of", value=1, range=(5, 2))


def test_facts_refuses_span_past_the_text() -> None:
    article = Article(text=TEXT)
    bad = TimeExpression(span=Span(30, 99), text="x", type="date", value="2024")
    with pytest.raises(ValueError, match="runs past the end of the text"):
        Facts(article=article, times=[bad])


def test_facts_refuses_text_that_does_not_match_its_span() -> None:
    article = Article(text=TEXT)
    bad = Quantity(span=span_of("40"), text="41", value=41)
    with pytest.raises(ValueError, match="does not match the text at its span"):
        Facts(article=article, quantities=[bad])


def test_article_published_and_source_agree() -> None:
    assert Article(text=TEXT, published="2024-03-08", published_source="given").published == (
        dt.date(2024, 3, 8)
    )
    with pytest.raises(ValueError, match="published_source must be 'unknown'"):
        Article(text=TEXT, published="2024-03-08")
    with pytest.raises(ValueError, match="not a YYYY-MM-DD date"):
        Article(text=TEXT, published="Friday", published_source="given")


def test_article_in_bounds_excludes_boilerplate() -> None:
    article = Article(text=TEXT, boilerplate=[Span(0, 9)])
    assert not article.in_bounds(Span(2, 5))
    assert article.in_bounds(span_of("40 tanks"))


def test_speaker_needs_a_name() -> None:
    with pytest.raises(ValueError, match="non-empty string"):
        Speaker(name="", kind="person")
