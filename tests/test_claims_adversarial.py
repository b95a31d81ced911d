"""Run-on adversarial texts (no sentence break anywhere) for the claims stage.

Each text has 100,000 to 200,000 tokens: a stage that rescans the sentence for every
verb, quote mark or mention (quadratic) would take minutes on them (the claims stage
once took 62 s on 80,000 capitalised words), a linear one a second or two. No timing
is asserted here (the growth is measured in ``benchmarks/speed.py``): the tests finish,
and what they find stays well-formed and bounded.
"""

from __future__ import annotations

import pytest

from newsfacts.document import Document
from newsfacts.extractors._names import mentions
from newsfacts.extractors.claims import find_claims

SIZE = 200_000
# Texts with a verb or a quote every few tokens cost more per token: half the size.
HALF = SIZE // 2
_CAPS = [
    "Maria",
    "Said",
    "Keller",
    "Told",
    "Berlin",
    "Police",
    "Warned",
    "Union",
    "Leader",
    "Friday",
]
_ALTERNATING = ['"', "Maria Keller", '"', "said", '"', "Keller", "“", "told", "”", "Police"]


def _repeat(words: list[str], n: int) -> str:
    return " ".join(words[i % len(words)] for i in range(n))


TEXTS = {
    "capitalised words and verbs": lambda: _repeat(_CAPS, HALF),
    "said": lambda: " ".join(["said"] * SIZE),
    "a name then said": lambda: "Maria Keller " + " ".join(["said"] * HALF),
    "told then capitalised words": lambda: "Keller told " + " ".join(["Berlin"] * SIZE),
    "quote marks": lambda: '"' * SIZE,
    "spaced quote marks": lambda: " ".join(['"'] * SIZE),
    "quotes and names alternating": lambda: _repeat(_ALTERNATING, HALF),
    "quotes with cues": lambda: _repeat(["“We", "are", "ready", ",", "”", "Keller", "said"], HALF),
    "according to figures after a claim": lambda: (
        "Keller said "
        + _repeat(["prices", "rose", ",", "according", "to", "figures", "said"], HALF)
    ),
    "quotes closing a clause before a cue": lambda: _repeat(
        ["It", "would", "be", "“a", "benchmark”", ",", "she", "said"], HALF
    ),
    "commas before named subjects": lambda: (
        "Data shows that "
        + _repeat(["prices", "rose", ",", "scientists", "said", "on", "Monday"], HALF)
    ),
    "appositions": lambda: _repeat(["The", "state's", "union", ",", "SEIU", ",", "said"], HALF),
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_run_on_text_finishes_with_bounded_claims(name: str) -> None:
    text = TEXTS[name]()
    doc = Document(text)
    found = find_claims(doc)
    for claim in found:
        assert claim.text == text[claim.span.start : claim.span.end]
        if claim.kind.value != "direct":
            # Reported content never runs past the cap on its length (120 tokens).
            assert len(claim.text.split()) <= 130, name
        if claim.speaker is not None and claim.speaker.span is not None:
            sp = claim.speaker.span
            assert len(text[sp.start : sp.end].split()) <= 40, name


def test_capitalised_run_is_cut_into_bounded_names() -> None:
    text = _repeat(_CAPS, 50_000)
    reg = mentions(Document(text))
    assert reg.mentions
    assert max(len(text[m.span.start : m.span.end].split()) for m in reg.mentions) <= 16
