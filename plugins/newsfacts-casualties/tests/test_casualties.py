"""Tests of the casualties plugin: the figures, the hook on built facts, the pipeline."""

from __future__ import annotations

import doctest
from pathlib import Path

import newsfacts
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsfacts import Document, Event, Facts, Quantity, Span
from newsfacts.models import Article
from newsfacts.testing import extractor_with

import newsfacts_casualties
from newsfacts_casualties import figures, newsfacts_refine


def quantity(text: str, number: str, value: float, **kw: object) -> Quantity:
    start = text.index(number)
    return Quantity(span=Span(start, start + len(number)), text=number, value=value, **kw)


def event(text: str, trigger: str, type_: str = "conflict") -> Event:
    start = text.index(trigger)
    return Event(
        span=Span(0, len(text)),
        trigger=trigger,
        trigger_span=Span(start, start + len(trigger)),
        type=type_,
    )


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        ("At least 12 people were killed in the attack.", "At least 12", "killed"),
        ("The strike killed 12 people.", "12", "killed"),
        ("The death toll rose to 57.", "57", "killed"),
        ("Some 40 were wounded and taken to hospital.", "Some 40", "injured"),
        ("The floods have displaced 30,000 residents.", "30,000", "displaced"),
        ("Nearly 1,200 were evacuated by boat.", "Nearly 1,200", "evacuated"),
        ("Three fishermen remain missing.", "Three", "missing"),
    ],
)
def test_a_count_near_a_cue_is_a_figure(text: str, number: str, category: str) -> None:
    (figure,) = figures(Document(text), [quantity(text, number, 1)])
    assert figure.category == category


@pytest.mark.parametrize(
    "text",
    [
        "More than 2,000 dock workers walked off the job.",  # no cue
        "Prices rose 12 percent, and 3 banks were killed off.",  # 'killed' is too far
        "The attack killed. Then 12 people arrived.",  # another sentence
    ],
)
def test_no_figure_without_a_cue_in_reach(text: str) -> None:
    number = "2,000" if "2,000" in text else "12"
    assert figures(Document(text), [quantity(text, number, 12)]) == []


def test_measures_and_money_are_not_counts_of_people() -> None:
    text = "Damage reached 12 million euros and 40 km of road were killed off."
    q = quantity(text, "12 million euros", 12e6, unit="euro")
    assert figures(Document(text), [q]) == []


def test_each_number_keeps_its_own_cue() -> None:
    text = "The blast killed 12 people and wounded 45 others."
    qs = [quantity(text, "12", 12), quantity(text, "45", 45)]
    assert [f.category for f in figures(Document(text), qs)] == ["killed", "injured"]


def test_refine_puts_the_figure_on_the_event_its_cue_names() -> None:
    text = "At least two people were killed and 15 were injured, police said."
    two = quantity(text, "At least two", 2, qualifier="at_least", noun="people")
    fifteen = quantity(text, "15", 15)
    facts = Facts(
        article=Article(text=text),
        quantities=[two, fifteen],
        events=[event(text, "killed"), event(text, "injured")],
    )
    result = newsfacts_refine(document=Document(text), facts=facts)
    assert result is not None
    killed, injured = result.events
    assert dict(killed.attributes) == {
        "casualties.killed": 2,
        "casualties.killed_qualifier": "at_least",
    }
    assert dict(injured.attributes) == {"casualties.injured": 15}
    assert two in killed.quantities and fifteen in injured.quantities


def test_refine_leaves_facts_alone_when_there_is_nothing_to_add() -> None:
    text = "Talks resumed on Monday."
    facts = Facts(article=Article(text=text), events=[event(text, "resumed", "diplomacy")])
    assert newsfacts_refine(document=Document(text), facts=facts) is None


def test_the_largest_figure_of_a_sentence_wins() -> None:
    text = "The attack killed 12 people, including 3 children killed in a school."
    facts = Facts(
        article=Article(text=text),
        quantities=[quantity(text, "12", 12), quantity(text, "3", 3)],
        events=[event(text, "killed")],
    )
    result = newsfacts_refine(document=Document(text), facts=facts)
    assert result is not None and result.events[0].attributes == (("casualties.killed", 12),)


def test_in_the_pipeline_with_the_built_in_extractors() -> None:
    text = (
        "KHARKIV, Ukraine (AP) — A missile strike on Kharkiv killed at least 12 people and "
        "wounded 45 others on Tuesday, the regional governor said."
    )
    facts = extractor_with(newsfacts_casualties, disable=_installed()).extract(
        text, published="2024-05-14"
    )
    found = {k: v for e in facts.events for k, v in e.attributes}
    assert found["casualties.killed"] == 12
    assert found["casualties.killed_qualifier"] == "at_least"
    assert found["casualties.injured"] == 45


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab 12,.killed wounded\n"), max_size=200))
def test_any_text_gives_valid_facts(text: str) -> None:
    """Whatever the text, the hook returns None or facts whose spans slice the text."""
    facts = extractor_with(newsfacts_casualties, disable=_installed()).extract(
        text if text.strip() else "x"
    )
    for e in facts.events:
        for q in e.quantities:
            assert facts.text[q.span.start : q.span.end] == q.text


def test_the_plugin_is_registered_through_its_entry_point() -> None:
    names = {p.name: p for p in newsfacts.Extractor().plugins()}
    if "casualties" not in names:
        pytest.skip("newsfacts-casualties is not installed (pip install -e it)")
    assert names["casualties"].hooks == ("newsfacts_refine",)
    assert names["casualties"].distribution == "newsfacts-casualties"


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

    return [p.name for p in entry_point_plugins() if p.name == "casualties"]
