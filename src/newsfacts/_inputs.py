"""Reading articles from files for the CLI: text, HTML, JSONL corpora and stdin.

Every problem with an input becomes an :class:`~newsfacts.InputError` that names
the input (a path, ``path:line`` for a JSONL record, or ``<stdin>``) and says what is
wrong, so the CLI can print one line instead of a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsfacts.errors import InputError

__all__ = ["Record", "count_records", "cut_partial_line", "done_ids", "read_inputs"]

STDIN = "-"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# A record is a dict with "id", "text", and optionally "published" and "metadata";
# or an InputError for an input that could not be read (its source is the id).
Record = dict[str, Any]


def read_inputs(paths: list[str]) -> Iterator[Record | InputError]:
    """Each article of each input in order; a bad input or record yields its error."""
    for path in paths:
        if path == STDIN:
            yield from _guard(STDIN, _read_stdin)
        elif path.lower().endswith(".jsonl"):
            yield from _read_jsonl(path)
        else:
            yield from _guard(path, lambda p=path: _read_file(p))


def is_batch(paths: list[str]) -> bool:
    """Whether the inputs may hold more than one article."""
    return len(paths) > 1 or any(p.lower().endswith(".jsonl") for p in paths)


def count_records(paths: list[str]) -> int | None:
    """How many articles the inputs hold, counted cheaply; None when unknowable (stdin)."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        if path.lower().endswith(".jsonl"):
            try:
                with open(path, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _guard(source: str, read: Any) -> Iterator[Record | InputError]:
    try:
        yield read()
    except InputError as exc:
        yield exc


def _read_stdin() -> Record:
    data = sys.stdin.buffer.read()
    return _record("<stdin>", _decode(data, "<stdin>"))


def _read_bytes(path: str) -> bytes:
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(path, "cannot be read: permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def _read_file(path: str) -> Record:
    text = _decode(_read_bytes(path), path)
    if path.lower().endswith(HTML_SUFFIXES):
        return _from_html(path, text, {})
    return _record(path, text)


def _record(ident: str, text: str, published: Any = None, metadata: Any = None) -> Record:
    if not text.strip():
        raise InputError(ident, "the article text is empty")
    return {"id": ident, "text": text, "published": published, "metadata": metadata}


def _from_html(ident: str, html: str, record: dict[str, Any]) -> Record:
    from newsfacts.html import read_html

    text, metadata = read_html(html, source=ident)
    metadata = {**metadata, **(record.get("metadata") or {})}
    return _record(ident, text, record.get("published"), metadata)


def _read_jsonl(path: str) -> Iterator[Record | InputError]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, errors reported per line
    except OSError:
        yield from _guard(path, lambda: _read_bytes(path))  # the same messages as for files
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                yield _parse_record(raw, where)
            except InputError as exc:
                yield exc


def _parse_record(raw: bytes, where: str) -> Record:
    line = _decode(raw, where)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    ident = str(obj["id"]) if obj.get("id") is not None else where
    metadata = obj.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise InputError(ident, "'metadata' must be an object")
    if isinstance(obj.get("html"), str) and not isinstance(obj.get("text"), str):
        return _from_html(ident, obj["html"], obj)
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(ident, "the record has no 'text' (or 'html') string")
    return _record(ident, text, obj.get("published"), metadata)


# -- resuming a batch ------------------------------------------------------------------


def done_ids(path: str) -> set[str]:
    """The ids already in a jsonl output file, to skip when resuming a batch.

    A last line cut short (the run was killed while writing it) is removed from the file,
    so that appending continues on a whole line. A missing file holds no ids.
    """
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return set()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    ids: set[str] = set()
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
                ident = obj["id"]
            except (ValueError, TypeError, KeyError):
                if raw.endswith(b"\n"):
                    raise InputError(
                        f"{path}:{lineno}", "is not a newsfacts record; cannot resume from it"
                    ) from None
                break  # the last line, cut short: cut_partial_line removes it
            ids.add(str(ident))
    cut_partial_line(path)
    return ids


def cut_partial_line(path: str) -> None:
    """Truncate a file after its last newline, dropping a record written only in part."""
    with open(path, "r+b") as fh:
        size = fh.seek(0, 2)
        end = size
        step = 1 << 16
        while end > 0:
            start = max(0, end - step)
            fh.seek(start)
            block = fh.read(end - start)
            cut = block.rfind(b"\n")
            if cut >= 0:
                keep = start + cut + 1
                break
            end = start
        else:
            keep = 0
        if keep != size:
            fh.truncate(keep)
