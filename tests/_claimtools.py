"""Helpers shared by the claims tests: run the claims stage, pick a claim, its speaker,
the kind the name registry gives a mention."""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.extractors._names import mentions
from newsfacts.extractors.claims import find_claims
from newsfacts.models import Claim, EntityKind


def claims(text: str) -> list[Claim]:
    return find_claims(Document(text))


def by_text(found: list[Claim], fragment: str) -> Claim:
    for claim in found:
        if fragment in claim.text:
            return claim
    raise AssertionError(f"no claim with {fragment!r} in {[c.text for c in found]}")


def speaker(claim: Claim) -> tuple[str, str]:
    assert claim.speaker is not None, claim
    return claim.speaker.name, claim.speaker.kind.value


def kind_of(text: str, phrase: str) -> EntityKind:
    """The kind of the entity the name registry links the mention at ``phrase`` to."""
    registry = mentions(Document(text))
    mention = registry.at(text.index(phrase))
    assert mention is not None, phrase
    return registry.entity(mention).kind
