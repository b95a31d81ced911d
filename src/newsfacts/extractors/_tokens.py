"""Views of a document's tokens that several extractors read, computed once per document.

Kept apart from the name registry so that a stage needing only lower-cased tokens
(times, quantities) does not import the registry and its lexicons.
"""

from __future__ import annotations

from operator import itemgetter

from newsfacts.document import Document, token_starts

__all__ = ["lower_tokens", "token_starts"]

_TEXT = itemgetter(2)  # a Token's text


def lower_tokens(document: Document) -> list[str]:
    """The lower-cased text of every token, shared by the extractors that need it."""
    return document.memo(
        "newsfacts.lower_tokens", lambda d: list(map(str.lower, map(_TEXT, d.tokens)))
    )
