"""Fuzzing the whole pipeline: arbitrary Unicode, and real news text mutated.

Whatever the text: no exception (strict mode, so a plugin that raises fails the test and
is named), every span slices the text to the fact's ``text``, the output validates against
the JSON Schema, and a second run gives the same output. A few examples run by default;
``nox -s fuzz`` runs at least 10,000 of each (``NEWSFACTS_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import Extractor, InputError
from newsfacts.testing import sample_article

EXAMPLES = int(os.environ.get("NEWSFACTS_FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=EXAMPLES <= 100,  # the quick default run is the same every time
)
ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


@cache
def extractor() -> Extractor:
    return Extractor(strict=True)


@cache
def validator() -> Any:
    schema = newsfacts.json_schema()
    return jsonschema.validators.validator_for(schema)(schema)


@cache
def news_texts() -> tuple[str, ...]:
    texts = [sample_article()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    return tuple(texts)


def spans_in(data: Any) -> list[tuple[int, int, str | None]]:
    """Every (start, end, text) in the output, however deeply nested."""
    found = []
    if isinstance(data, dict):
        span = data.get("span")
        if isinstance(span, list) and len(span) == 2:
            found.append((span[0], span[1], data.get("text")))
        for key, value in data.items():
            if key != "span":
                found += spans_in(value)
    elif isinstance(data, list):
        for value in data:
            found += spans_in(value)
    return found


def check(text: str) -> None:
    try:
        facts = extractor().extract(text, published="2024-03-05")
    except InputError:
        assert not text.strip()
        return
    data = newsfacts.to_dict(facts)
    assert data["article"]["text"] == text
    validator().validate(data)
    for start, end, fact_text in spans_in({k: v for k, v in data.items() if k != "article"}):
        assert 0 <= start <= end <= len(text)
        if fact_text is not None:
            assert text[start:end] == fact_text
    for start, end in data["article"].get("boilerplate", []):
        assert 0 <= start <= end <= len(text)
    assert newsfacts.to_dict(extractor().extract(text, published="2024-03-05")) == data


# Odd but real characters: quotes of several languages, dashes, zero-width and bidi
# marks, combining accents, line and paragraph separators, NUL, CR, emoji, digits.
ODD = list("\"“”„‟«»‹›‘’‚'`—–-‐\u200b\u200d\u2060\ufeff\u202e\u0301\u2028\u2029\x00\r\t\x0b\x0c")
ODD += ["🇺🇸", "👍🏽", "٣", "１２", "½", "Ⅻ", "ﬁ", "İ", "ß", "\r\n", " said ", " Monday ", "$"]


@st.composite
def mutated_news(draw: st.DrawFn) -> str:
    """A real article, cut, spliced, doubled and sprinkled with odd characters."""
    text = draw(st.sampled_from(news_texts()))
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 400)))
        kind = draw(st.sampled_from(["cut", "double", "insert", "replace", "case", "strip"]))
        if kind == "cut":
            text = text[:i] + text[j:]
        elif kind == "double":
            text = text[:j] + text[i:j] + text[j:]
        elif kind == "insert":
            piece = draw(st.one_of(st.sampled_from(ODD), st.text(max_size=8)))
            text = text[:i] + piece + text[i:]
        elif kind == "replace":
            old = draw(st.sampled_from([" ", '"', "\n", ".", ",", "'", "0", "1"]))
            new = draw(st.sampled_from(ODD))
            text = text[:i] + text[i:j].replace(old, new) + text[j:]
        elif kind == "case":
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[i:j]
    return text


@FUZZ
@given(st.text(max_size=500))
def test_arbitrary_unicode(text: str) -> None:
    check(text)


@FUZZ
@given(st.lists(st.sampled_from(ODD), max_size=80).map("".join))
def test_odd_characters_only(text: str) -> None:
    check(text)


@FUZZ
@given(mutated_news())
def test_mutated_news(text: str) -> None:
    check(text)
