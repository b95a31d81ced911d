"""Facts to and from JSON-ready dictionaries, and the JSON Schema that describes them.

One converter for the whole model, kept out of the model classes: spans become
``[start, end]``, dates ``"YYYY-MM-DD"``, enums their string values, tuples lists. The
shape is the contract documented in ``newsfacts/data/facts.schema.json``.
"""

from __future__ import annotations

import datetime as _dt
import json
from functools import cache
from importlib import resources
from typing import Any

import cattrs

from newsfacts.errors import InputError
from newsfacts.models import Attributes, Facts, Span, _to_attributes

__all__ = ["from_dict", "json_schema", "to_dict", "to_json"]


def _number(value: float) -> float | int:
    """Write whole numbers as integers ("2000", not "2000.0") where that is exact."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _structure_span(value: Any, _type: object) -> Span:
    if not (isinstance(value, (list, tuple)) and len(value) == 2):
        raise ValueError(f"a span must be [start, end], got {value!r}")
    return Span(value[0], value[1])


def _structure_date(value: Any, _type: object) -> _dt.date:
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(value)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=False)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, _structure_span)
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(_dt.date, _structure_date)
    conv.register_unstructure_hook(float, _number)
    # Plugin attributes are stored as sorted pairs and written as a JSON object.
    conv.register_unstructure_hook_func(lambda t: t == Attributes, dict)
    conv.register_structure_hook_func(lambda t: t == Attributes, lambda v, _t: _to_attributes(v))
    # A quantity's (low, high) range is written as a two-item list like every array.
    conv.register_unstructure_hook_func(
        lambda t: t == tuple[float, float], lambda v: [_number(x) for x in v]
    )
    return conv


_converter = _make_converter()


def to_dict(facts: Facts) -> dict[str, Any]:
    """The JSON-ready dictionary for ``facts`` (see the JSON Schema for its shape)."""
    return _converter.unstructure(facts)  # type: ignore[no-any-return]


def to_json(facts: Facts, *, indent: int | None = None) -> str:
    """``facts`` as a JSON document; ``indent`` as for :func:`json.dumps`."""
    return json.dumps(to_dict(facts), ensure_ascii=False, indent=indent)


def from_dict(data: dict[str, Any]) -> Facts:
    """Rebuild :class:`~newsfacts.Facts` from :func:`to_dict` output.

    Raises :class:`~newsfacts.InputError` naming the first problem when the
    dictionary does not describe valid facts.
    """
    try:
        return _converter.structure(data, Facts)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        detail = _first_message(exc)
        raise InputError("facts dictionary", detail) from None


def _first_message(exc: BaseException) -> str:
    """The innermost error message of a (possibly grouped) cattrs failure."""
    while isinstance(exc, cattrs.BaseValidationError) and exc.exceptions:
        exc = exc.exceptions[0]
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0]


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one article's facts, as shipped in the package."""
    path = resources.files("newsfacts") / "data" / "facts.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
