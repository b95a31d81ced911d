"""Running newsfacts over a Dask bag or dataframe (the ``newsfacts[dask]`` extra).

>>> import dask.bag as db, newsfacts.dask
>>> records = [{"id": "a", "text": "Officials said 40 tanks arrived.", "published": "2024-03-08"}]
>>> facts = newsfacts.dask.extract(db.from_sequence(records))
>>> facts.compute()[0]["id"]
'a'

Each result is the dict the CLI writes as one ``jsonl`` line: ``{"id": ..., **facts}``,
or ``{"id": ..., "error": ...}`` for an article that could not be read, so a run on a
cluster gives the same records as ``newsfacts extract corpus.jsonl`` on one machine.
Each worker process builds its :class:`~newsfacts.Extractor` once and reuses it for every
partition it runs. Dask is imported only in this module.
"""

from __future__ import annotations

import importlib
import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from newsfacts.pipeline import Extractor, Result, _extract_one, _Recipe
from newsfacts.plugins import PluginRef
from newsfacts.serialize import to_dict

__all__ = ["extract", "result_dict"]


@attrs.frozen
class _Columns:
    text: str
    id: str
    published: str
    metadata: str


def extract(
    data: Any,
    *,
    text_column: str = "text",
    id_column: str = "id",
    published_column: str = "published",
    metadata_column: str = "metadata",
    output_column: str = "facts",
    plugins: Sequence[object] = (),
    disable: Iterable[str] = (),
    strict: bool = False,
    timeout: float | None = None,
) -> Any:
    """The facts of every article of a Dask bag or dataframe, computed lazily.

    :param data: a ``dask.bag.Bag`` of records (mappings with the columns below, or plain
        texts), or a ``dask.dataframe.DataFrame`` with those columns.
    :param text_column: the article text.
    :param id_column: the article's id; when it is missing, a dataframe row uses its
        index label and a bag item its position in its partition (give ids to tell the
        articles of a corpus apart).
    :param published_column: the publication date (a date, a ``YYYY-MM-DD`` string, a
        timestamp), optional.
    :param metadata_column: a mapping of what is known about the article, optional.
    :param output_column: for a dataframe, the column added with each row's result as a
        JSON string (``json.loads`` gives the same dict as for a bag).
    :param plugins: further arguments of :class:`~newsfacts.Extractor`; plugin objects
        must be importable (or picklable) on the workers.
    :return: for a bag, a bag of result dicts in the order of the input; for a
        dataframe, the dataframe with ``output_column`` added.
    """
    # Imported by name, untyped: dask is optional, and mypy runs without it.
    db: Any = importlib.import_module("dask.bag")
    dd: Any = importlib.import_module("dask.dataframe")
    recipe = _Recipe(tuple(PluginRef.of(p) for p in plugins), tuple(disable), strict, timeout)
    columns = _Columns(text_column, id_column, published_column, metadata_column)
    if isinstance(data, db.Bag):
        return data.map_partitions(_bag_partition, recipe, columns)
    if isinstance(data, dd.DataFrame):
        pd: Any = importlib.import_module("pandas")
        if output_column in data.columns:
            raise ValueError(f"the dataframe already has a column {output_column!r}")
        meta = data._meta.assign(**{output_column: pd.Series([], dtype=object)})
        return data.map_partitions(_frame_partition, recipe, columns, output_column, meta=meta)
    raise TypeError(f"expected a dask Bag or DataFrame, got {type(data).__name__}")


def result_dict(result: Result) -> dict[str, Any]:
    """One result as the CLI writes it in a ``jsonl`` line."""
    if result.facts is None:
        return {"id": result.id, "error": result.error}
    return {"id": result.id, **to_dict(result.facts)}


# -- on the workers ----------------------------------------------------------------------

_EXTRACTORS: dict[_Recipe, Extractor] = {}
_LOCK = threading.Lock()


def _extractor(recipe: _Recipe) -> Extractor:
    """The worker process's Extractor for this recipe, built on first use."""
    try:
        hash(recipe)
    except TypeError:  # a plugin object that cannot be a key: one per partition
        return recipe.build()
    with _LOCK:
        if recipe not in _EXTRACTORS:
            _EXTRACTORS[recipe] = recipe.build()
        return _EXTRACTORS[recipe]


def _bag_partition(items: Iterable[Any], recipe: _Recipe, columns: _Columns) -> list[Any]:
    extractor = _extractor(recipe)
    out = []
    for index, item in enumerate(items):
        article = _record(item, columns) if isinstance(item, Mapping) else item
        out.append(result_dict(_extract_one(extractor, index, article)))
    return out


def _frame_partition(frame: Any, recipe: _Recipe, columns: _Columns, output_column: str) -> Any:
    extractor = _extractor(recipe)
    out = []
    has_id = columns.id in frame.columns
    for label, row in zip(frame.index, frame.to_dict("records"), strict=True):
        record = _record(row, columns)
        if not has_id:
            record["id"] = label
        result = _extract_one(extractor, 0, record)
        out.append(json.dumps(result_dict(result), ensure_ascii=False))
    return frame.assign(**{output_column: out})


def _record(item: Mapping[str, Any], columns: _Columns) -> dict[str, Any]:
    return {
        "id": _missing_to_none(item.get(columns.id)),
        "text": item.get(columns.text),
        "published": _missing_to_none(item.get(columns.published)),
        "metadata": _missing_to_none(item.get(columns.metadata)),
    }


def _missing_to_none(value: Any) -> Any:
    """None for a missing value as pandas spells it (NaN, NaT, pd.NA)."""
    if value is None or isinstance(value, (str, Mapping)):
        return value
    try:
        pd: Any = importlib.import_module("pandas")
        if pd.isna(value) is True:
            return None
    except (ImportError, TypeError, ValueError):
        pass
    return value
