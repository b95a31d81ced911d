"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path | None:
    """The evaluation data beside the checkout (``../shared/data``), or None when absent."""
    override = os.environ.get("NEWSFACTS_SHARED_DATA")
    path = Path(override) if override else REPO_ROOT.parent / "shared" / "data"
    return path if path.is_dir() else None


_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_TAG = re.compile(r"<[^<>]*>")
# The creation-time TIMEX3, whatever the order of its attributes.
_DCT_TAG = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>')
_DCT_VALUE = re.compile(r'value="(\d{4}-\d\d-\d\d)')


def creation_date(tml: str) -> dt.date | None:
    """The document creation time of a TimeML file, as a date."""
    tag = _DCT_TAG.search(tml)
    value = _DCT_VALUE.search(tag.group(0)) if tag else None
    return dt.date.fromisoformat(value.group(1)) if value else None


def tempeval_documents(*, title: bool) -> list[tuple[Path, str, dt.date | None]]:
    """(path, plain text, creation date) of every TempEval-3 file, tags stripped.

    With ``title`` the headline is put before the text, as in a copied article. Empty
    when the shared data is absent.
    """
    data = shared_data_dir()
    if data is None:
        return []
    docs = []
    for path in sorted((data / "tempeval3").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = _TEXT.search(raw)
        if body is None:
            continue
        text = body.group(1).strip() if title else body.group(1)
        heading = _TITLE.search(raw) if title else None
        if heading is not None:
            text = heading.group(1).strip() + "\n\n" + text
        docs.append((path, html.unescape(_TAG.sub("", text)), creation_date(raw)))
    return docs


def newsquant_sentences() -> list[tuple[int, str]]:
    """(position, sentence) of every non-empty NewsQuant sentence; empty when absent."""
    data = shared_data_dir()
    path = data / "newsquant" / "NewsQuant.json" if data is not None else None
    if path is None or not path.is_file():
        return []
    items = json.loads(path.read_text(encoding="utf-8"))
    return [
        (i, item["text"])
        for i, item in enumerate(items)
        if isinstance(item, dict) and isinstance(item.get("text"), str) and item["text"].strip()
    ]


def annotated(folder: Path, suffix: str) -> list[tuple[str, str, Any]]:
    """(name, text, parsed gold) for every ``<name><suffix>`` gold file beside its text.

    A gold file whose ``<name>.txt`` is missing is passed over.
    """
    out = []
    for gold_path in sorted(folder.glob(f"*{suffix}")):
        name = gold_path.name.removesuffix(suffix)
        text_path = folder / f"{name}.txt"
        if text_path.exists():
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            out.append((name, text_path.read_text(encoding="utf-8"), gold))
    return out


_NAME_FILLERS = frozenset({"and", "of", "for", "the", "on", "de"})


def name_words(name: str | None) -> list[str]:
    """A speaker's name as lower-case words, without a possessive or a leading article."""
    if not name:
        return []
    words = name.lower().replace("’s", "").replace("'s", "").replace(",", " ").split()
    return words[1:] if words and words[0] in ("the", "a", "an") else words


def acronym_match(one: str, other: str) -> bool:
    """Whether one name is the other's acronym: "ACCC" for "Australian Competition and
    Consumer Commission", "UKHSA" for "UK Health Security Agency" (an all-capitals word
    keeps all its letters). Gold written as the article abbreviates a body is then the
    same body as the full name a system resolves it to."""
    for short, full in ((one, other), (other, one)):
        letters = "".join(
            word if word.isupper() else word[0]
            for word in full.replace("-", " ").split()
            if word.lower() not in _NAME_FILLERS and word[:1].isalpha()
        )
        if short.isupper() and " " not in short and len(short) > 1 and short == letters.upper():
            return True
    return False
