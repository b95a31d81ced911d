"""Document: lines, paragraphs, sentences and tokens as spans into the text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsfacts import Document
from newsfacts.document import Token


def texts(doc: Document, spans: object) -> list[str]:
    return [doc.slice(s) for s in spans]  # type: ignore[attr-defined]


def test_paragraphs_split_on_blank_lines() -> None:
    doc = Document("Headline here\n\nFirst para\nwraps here.\n\n  Second para.  \n")
    assert texts(doc, doc.paragraphs) == [
        "Headline here",
        "First para\nwraps here.",
        "Second para.",
    ]


def test_one_paragraph_a_line_without_blank_lines() -> None:
    doc = Document("One.\nTwo.\r\nThree.")
    assert texts(doc, doc.paragraphs) == ["One.", "Two.", "Three."]


def test_sentences_respect_abbreviations_initials_and_acronyms() -> None:
    doc = Document(
        "Mr. Smith met Gen. Lee in the U.S. Senate. John F. Kennedy was there. "
        '"We agree," she said. He left the U.S. The talks ended at 5 p.m. Friday.'
    )
    assert texts(doc, doc.sentences) == [
        "Mr. Smith met Gen. Lee in the U.S. Senate.",
        "John F. Kennedy was there.",
        '"We agree," she said.',
        "He left the U.S.",
        "The talks ended at 5 p.m. Friday.",
    ]


def test_sentences_never_cross_paragraphs() -> None:
    doc = Document("No full stop here\n\nNext paragraph.")
    assert texts(doc, doc.sentences) == ["No full stop here", "Next paragraph."]


def test_tokens_keep_numbers_and_inner_punctuation() -> None:
    doc = Document("About 2,000 U.S. troops, O'Neill's long-term plan: $2.5bn.")
    words = [t.text for t in doc.tokens]
    assert words[:4] == ["About", "2,000", "U.S", "."]
    assert "O'Neill's" in words and "long-term" in words and "2.5bn" in words
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text


# The token pattern, read match by match: what Document.tokens must give, faster.
_WORD = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]")


@given(st.text(alphabet=st.sampled_from("ab1 \n\t\r\u00a0\u2028.,'’-_“!é"), max_size=60))
def test_tokens_are_the_pattern_matches(text: str) -> None:
    doc = Document(text)
    read = doc.text  # the typeset copy: typewriter quote marks replaced, same offsets
    assert doc.tokens == tuple(Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(read))
    assert all(type(t) is Token for t in doc.tokens)


@given(st.text(max_size=200))
def test_tokens_of_any_text_are_the_pattern_matches(text: str) -> None:
    doc = Document(text)
    read = doc.text  # the typeset copy: typewriter quote marks replaced, same offsets
    assert doc.tokens == tuple(Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(read))


def test_lookups() -> None:
    doc = Document("First one. Second one.\n\nThird.")
    second = doc.text.index("Second")
    assert doc.slice(doc.sentence_at(second)) == "Second one."  # type: ignore[arg-type]
    assert doc.sentence_index(second) == 1
    assert doc.paragraph_index(doc.text.index("Third")) == 1
    assert doc.sentence_at(doc.text.index("\n\n")) is None
    inside = doc.tokens_in(doc.sentences[1])
    assert [t.text for t in inside] == ["Second", "one", "."]


def test_memo_computes_once() -> None:
    doc = Document("text")
    calls: list[int] = []

    def compute(d: Document) -> int:
        calls.append(1)
        return len(d.text)

    assert doc.memo("test.len", compute) == 4
    assert doc.memo("test.len", compute) == 4
    assert calls == [1]


def test_views_are_linear_on_adversarial_text() -> None:
    # A megabyte of dots and quote marks: the scanners must not backtrack.
    doc = Document(("." * 1000 + '"' * 1000 + " ") * 500)
    assert doc.sentences and doc.tokens
