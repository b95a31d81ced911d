"""Tests of the sourcing plugin: its facts on built claims, and inside the pipeline."""

from __future__ import annotations

import doctest
from pathlib import Path

import newsfacts
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsfacts import Claim, Document, Facts, Span, Speaker
from newsfacts.models import Article
from newsfacts.testing import SAMPLE_PUBLISHED, extractor_with, sample_article

import newsfacts_sourcing
from newsfacts_sourcing import ANONYMOUS, RELIANCE, newsfacts_refine

TEXT = (
    "Talks will resume on Monday, said a senior official, who spoke on condition of "
    "anonymity. The official said a deal was close. Prices will rise, the ministry said. "
    '"We are ready," said Maria Keller.'
)


def claim(what: str, kind: str, name: str | None, mention: str | None = None) -> Claim:
    start = TEXT.index(what)
    speaker = None
    if name is not None:
        span = None
        if mention is not None:
            at = TEXT.index(mention)
            span = Span(at, at + len(mention))
        speaker = Speaker(name=name, kind=kind, span=span)
    return Claim(span=Span(start, start + len(what)), text=what, kind="indirect", speaker=speaker)


CLAIMS = [
    claim("Talks will resume on Monday", "anonymous", "senior official", "a senior official"),
    claim("a deal was close", "anonymous", "senior official", "The official"),
    claim("Prices will rise", "organization", "ministry", "the ministry"),
    claim("We are ready", "person", "Maria Keller", "Maria Keller"),
]


def refine(claims: list[Claim]) -> Facts | None:
    facts = Facts(article=Article(text=TEXT), claims=claims)
    return newsfacts_refine(document=Document(TEXT), facts=facts)


def test_each_anonymous_claim_gets_a_fact_on_its_source_mention() -> None:
    result = refine(CLAIMS)
    assert result is not None
    anonymous = [c for c in result.custom if c.kind == ANONYMOUS]
    assert [c.text for c in anonymous] == ["a senior official", "The official"]
    first = anonymous[0]
    assert first.get("source") == "senior official"
    assert (first.get("claim_start"), first.get("claim_end")) == (
        CLAIMS[0].span.start,
        CLAIMS[0].span.end,
    )
    assert first.get("justification") == "on condition of anonymity"


def test_a_justification_given_once_covers_the_sources_later_claims() -> None:
    result = refine(CLAIMS)
    assert result is not None
    later = [c for c in result.custom if c.kind == ANONYMOUS][1]
    assert later.get("justified") is True


def test_no_justification_when_the_story_gives_none() -> None:
    text_claim = claim("Prices will rise", "anonymous", "ministry insider", "the ministry")
    result = refine([text_claim])
    assert result is not None
    (fact,) = [c for c in result.custom if c.kind == ANONYMOUS]
    assert fact.get("justified") is False and fact.get("justification") is None


def test_reliance_counts_claims_by_kind_of_source() -> None:
    result = refine([*CLAIMS, claim("Prices will rise", "person", None)])
    assert result is not None
    (summary,) = [c for c in result.custom if c.kind == RELIANCE]
    assert summary.span == Span(0, 0) and summary.text == ""
    assert dict(summary.attributes) == {
        "claims": 5,
        "named": 1,
        "organizations": 1,
        "groups": 0,
        "anonymous": 2,
        "anonymous_sources": 1,
        "unattributed": 1,
        "anonymous_share": 0.4,
    }


def test_nothing_added_without_claims() -> None:
    assert refine([]) is None


def test_in_the_pipeline_the_sample_article_has_one_anonymous_source() -> None:
    facts = extractor_with(newsfacts_sourcing, disable=_installed()).extract(
        sample_article(), published=SAMPLE_PUBLISHED
    )
    anonymous = [c for c in facts.custom if c.kind == ANONYMOUS]
    assert [c.text for c in anonymous] == ["A senior official at the port"]
    assert anonymous[0].get("justified") is True
    (summary,) = [c for c in facts.custom if c.kind == RELIANCE]
    assert summary.get("claims") == len(facts.claims)
    # the JSON output carries the new kind, and it validates against the schema
    data = facts.to_dict()
    assert {c["kind"] for c in data["custom"]} == {ANONYMOUS, RELIANCE}
    assert newsfacts.from_dict(data) == facts


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab "said officials, who.\n'), min_size=1, max_size=200))
def test_any_text_gives_valid_custom_facts(text: str) -> None:
    facts = extractor_with(newsfacts_sourcing, disable=_installed()).extract(
        text if text.strip() else "x"
    )
    for fact in facts.custom:
        assert facts.text[fact.span.start : fact.span.end] == fact.text


def test_the_plugin_is_registered_through_its_entry_point() -> None:
    names = {p.name: p for p in newsfacts.Extractor().plugins()}
    if "sourcing" not in names:
        pytest.skip("newsfacts-sourcing is not installed (pip install -e it)")
    assert names["sourcing"].hooks == ("newsfacts_refine",)
    assert names["sourcing"].distribution == "newsfacts-sourcing"


def test_the_readme_example_runs() -> None:
    if not _installed():
        pytest.skip("the README's example needs the plugin installed")
    readme = Path(__file__).resolve().parents[1] / "README.md"
    # Fence lines end an example's expected output, as a blank line would.
    text = "\n".join(
        "" if line.startswith("```") else line
        for line in readme.read_text(encoding="utf-8").splitlines()
    )
    test = doctest.DocTestParser().get_doctest(text, {}, "README", str(readme), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0


def _installed() -> list[str]:
    """The entry-point copy of this plugin, if installed: off, so that it runs once."""
    from newsfacts.plugins import entry_point_plugins

    return [p.name for p in entry_point_plugins() if p.name == "sourcing"]
