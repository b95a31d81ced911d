"""newsfacts-sourcing: anonymous sources, and how much an article relies on them.

An example third-party plugin for newsfacts that adds a *new kind of fact* through the
last hook, :func:`newsfacts_refine`. It reads the claims the built-in stage found and
adds :class:`newsfacts.CustomFact` objects to :attr:`Facts.custom <newsfacts.Facts.custom>`:

``sourcing.anonymous``
    one per claim made by an unnamed source ("a senior official", "people familiar with
    the matter"). Its span is the source's mention (the claim's, when the mention has no
    span); attributes: ``source`` (the description), ``claim_start`` and ``claim_end``
    (the claim's span, to find it again), ``justified`` (whether the article says why
    the source is not named, at this claim or another of the same source) and
    ``justification`` (the phrase that says so, or None).
``sourcing.reliance``
    one per article with claims: how many claims each kind of source made. Attributes
    ``claims``, ``named`` (people), ``organizations``, ``groups``, ``anonymous``,
    ``unattributed`` (no speaker found), ``anonymous_share`` (anonymous / claims,
    rounded to 3 places) and ``anonymous_sources`` (how many distinct unnamed sources). It is about the article as a whole, so its span is the empty
    span at offset 0 (and its text the empty string).

Patterns it shows: adding facts of your own kind, named with the plugin's prefix;
reading an earlier stage's facts; a phrase list shipped as package data; returning
``None`` when there is nothing to add.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

import attrs
from newsfacts import Claim, CustomFact, Document, Facts, Span, hookimpl

__all__ = ["ANONYMOUS", "RELIANCE", "anonymous_sources", "newsfacts_refine", "reliance"]

ANONYMOUS = "sourcing.anonymous"
RELIANCE = "sourcing.reliance"


@cache
def _justifications() -> tuple[str, ...]:
    """The phrases, from justifications.txt, longest first."""
    text = resources.files(__name__).joinpath("justifications.txt").read_text(encoding="utf-8")
    phrases = {line.split("#", 1)[0].strip().lower() for line in text.splitlines()}
    return tuple(sorted((p for p in phrases if p), key=lambda p: (-len(p), p)))


def _justification(document: Document, claim: Claim) -> str | None:
    """The phrase in the claim's sentences that says why its source is not named."""
    spans = [claim.span]
    if claim.speaker is not None and claim.speaker.span is not None:
        spans.append(claim.speaker.span)
    start = min(s.start for s in spans)
    end = max(s.end for s in spans)
    first = document.sentence_at(start)
    last = document.sentence_at(max(end - 1, start))
    window = document.text[(first.start if first else start) : (last.end if last else end)].lower()
    for phrase in _justifications():
        if phrase in window:
            return phrase
    return None


def anonymous_sources(document: Document, claims: Iterable[Claim]) -> list[CustomFact]:
    """A ``sourcing.anonymous`` fact for each claim whose speaker is anonymous.

    A reporter says once why a source is not named ("... said a senior official, who
    was not authorized to speak publicly"); later claims by the same source ("the
    official said") count as justified too.
    """
    anonymous = [c for c in claims if c.speaker is not None and c.speaker.kind == "anonymous"]
    found = {id(c): _justification(document, c) for c in anonymous}
    by_source: dict[str, str] = {}
    for claim in anonymous:
        why = found[id(claim)]
        if why is not None and claim.speaker is not None:
            by_source.setdefault(claim.speaker.name, why)
    out = []
    for claim in anonymous:
        speaker = claim.speaker
        assert speaker is not None
        span = speaker.span or claim.span
        why = found[id(claim)] or by_source.get(speaker.name)
        out.append(
            CustomFact(
                kind=ANONYMOUS,
                span=span,
                text=document.slice(span),
                attributes={
                    "source": speaker.name,
                    "claim_start": claim.span.start,
                    "claim_end": claim.span.end,
                    "justified": why is not None,
                    "justification": why,
                },
            )
        )
    return out


def reliance(claims: Iterable[Claim]) -> CustomFact | None:
    """The ``sourcing.reliance`` fact: who the claims come from; None without claims."""
    claims = list(claims)
    kinds = Counter(c.speaker.kind if c.speaker else "unattributed" for c in claims)
    sources = {c.speaker.name for c in claims if c.speaker and c.speaker.kind == "anonymous"}
    total = sum(kinds.values())
    if not total:
        return None
    return CustomFact(
        kind=RELIANCE,
        span=Span(0, 0),
        text="",
        attributes={
            "claims": total,
            "named": kinds["person"],
            "organizations": kinds["organization"],
            "groups": kinds["group"],
            "anonymous": kinds["anonymous"],
            "anonymous_sources": len(sources),
            "unattributed": kinds["unattributed"] + kinds["unknown"],
            "anonymous_share": round(kinds["anonymous"] / total, 3),
        },
    )


@hookimpl
def newsfacts_refine(document: Document, facts: Facts) -> Facts | None:
    """Add the sourcing facts to ``facts.custom``; None when the article has no claims."""
    summary = reliance(facts.claims)
    if summary is None:
        return None
    added = [*anonymous_sources(document, facts.claims), summary]
    return attrs.evolve(facts, custom=(*facts.custom, *added))
