"""newsfacts: typed, source-anchored facts from news articles.

>>> import newsfacts
>>> facts = newsfacts.extract("Officials said 40 tanks arrived on Friday.", published="2024-03-08")
>>> [t.value for t in facts.times]
['2024-03-08']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version
from typing import TYPE_CHECKING, Any

from newsfacts.document import Document, Token
from newsfacts.errors import InputError, NewsfactsError, PluginError
from newsfacts.hookspecs import hookimpl
from newsfacts.models import (
    Article,
    Claim,
    ClaimKind,
    CustomFact,
    EntityKind,
    Event,
    EventType,
    Facts,
    Participant,
    ParticipantRole,
    Place,
    Problem,
    PublishedSource,
    Qualifier,
    Quantity,
    Span,
    Speaker,
    TimeExpression,
    TimeType,
)
from newsfacts.pipeline import Extractor, Result, extract
from newsfacts.serialize import from_dict, json_schema, to_dict, to_json

if TYPE_CHECKING:
    from newsfacts.models import Facts as _Facts

try:
    __version__ = _version("newsfacts")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "Claim",
    "ClaimKind",
    "CustomFact",
    "Document",
    "EntityKind",
    "Event",
    "EventType",
    "Extractor",
    "Facts",
    "InputError",
    "NewsfactsError",
    "Participant",
    "ParticipantRole",
    "Place",
    "PluginError",
    "Problem",
    "PublishedSource",
    "Qualifier",
    "Quantity",
    "Result",
    "Span",
    "Speaker",
    "TimeExpression",
    "TimeType",
    "Token",
    "__version__",
    "extract",
    "from_dict",
    "hookimpl",
    "json_schema",
    "render_html",
    "to_dict",
    "to_json",
]


def render_html(facts: _Facts, **options: Any) -> str:
    """One self-contained HTML page showing the article with its facts highlighted."""
    from newsfacts.view import render_html as _render

    return _render(facts, **options)
