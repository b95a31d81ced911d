"""Typewriter quote marks (``...'', ''...'') and underscore dashes read as typeset ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsfacts
from newsfacts._typewriter import typeset
from newsfacts.document import Document


def test_double_backticks_open_and_double_apostrophes_close() -> None:
    assert typeset("He said ``we will win'' on Monday.") == "He said “ we will win”  on Monday."


def test_double_apostrophes_open_after_space_before_a_word() -> None:
    text = "''The feeling is bad,'' said Ana Ruiz. ''Very bad.''"
    assert typeset(text) == "“ The feeling is bad,”  said Ana Ruiz. “ Very bad.” "


def test_single_backtick_opens_a_nested_quote_and_apostrophes_stay() -> None:
    assert typeset("``God save the `Queen,' '' she said") == "“ God save the ‘Queen,' ”  she said"
    assert typeset("The workers' union doesn't agree.") == "The workers' union doesn't agree."


def test_underscore_between_spaces_is_a_dash_and_other_underscores_stay() -> None:
    assert typeset("NAIROBI, Kenya (AP) _\n\nAll of you _ Americans") == (
        "NAIROBI, Kenya (AP) —\n\nAll of you — Americans"
    )
    assert typeset("file_name x_ _y") == "file_name x_ _y"


@given(st.text(alphabet="`'_ \nab.,", max_size=60))
def test_same_length_so_every_offset_is_kept(text: str) -> None:
    assert len(typeset(text)) == len(text)


def test_document_reads_the_typeset_copy_and_keeps_the_original() -> None:
    doc = Document("``Yes,'' she said.")
    assert doc.original == "``Yes,'' she said."
    assert doc.text == "“ Yes,”  she said."


ARTICLE = (
    "Miners Stay Below Ground\n\n"
    "JOHANNESBURG, South Africa (AP) _\n\n"
    "Hundreds of miners refused to come to the surface on Tuesday, union officials said.\n\n"
    "''We will stay here until the company listens to us,'' said Sipho Dlamini, a shaft "
    "steward. ''Nobody is going home.''\n\n"
    "Company spokeswoman Anna Botha said the talks would resume ``as soon as possible.''\n"
)


def test_claims_are_found_and_quote_the_text_as_given() -> None:
    facts = newsfacts.extract(ARTICLE, published="2000-04-18")
    assert facts.text == ARTICLE
    texts = {c.text: c for c in facts.claims}
    direct = texts["We will stay here until the company listens to us"]
    assert direct.speaker is not None and direct.speaker.name == "Sipho Dlamini"
    assert "Nobody is going home." in texts
    mixed = [c for c in facts.claims if "as soon as possible" in c.text]
    assert mixed and "``as soon as possible.''" in mixed[0].text
    for group in (facts.claims, facts.quantities, facts.times):
        for fact in group:
            assert fact.span.slice(ARTICLE) == fact.text
    for event in facts.events:
        assert event.trigger_span.slice(ARTICLE) == event.trigger
    assert facts.article.dateline == "JOHANNESBURG, South Africa"
