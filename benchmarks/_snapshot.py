"""What the snapshot scripts share: the documents they run on and their write/check command.

A snapshot script guards performance work: ``write`` records a stage's output on every
document, ``check`` runs it again and lists the documents whose output differs, so a
change meant to make a stage faster can be shown to change nothing else. A crash is
recorded as an output too, so it must stay the same.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import REPO_ROOT, newsquant_sentences, tempeval_documents

#: (name, text, publication date or None) of one document.
Doc = tuple[str, str, dt.date | None]

ARTICLES = REPO_ROOT / "tests" / "fixtures" / "articles"
PUBLISHED = dt.date(2024, 3, 5)


def documents(*, undated: bool = False, title: bool = False, newsquant: bool = True) -> list[Doc]:
    """The team's articles and the sample, then TempEval-3 (TimeML tags stripped) and the
    NewsQuant sentences when the shared data is there.

    Articles are read against a fixed date (TempEval-3 against its creation date); with
    ``undated`` each article and TempEval text is also read with no date, so the date is
    inferred. ``title`` puts TempEval's headline before its text.
    """
    from newsfacts.testing import SAMPLE_PUBLISHED, sample_article

    docs: list[Doc] = []
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        docs.append((f"fixture/{path.stem}", text, PUBLISHED))
        if undated:
            docs.append((f"fixture-nodate/{path.stem}", text, None))
    docs.append(("sample", sample_article(), dt.date.fromisoformat(SAMPLE_PUBLISHED)))
    tempeval = tempeval_documents(title=title)
    if not tempeval:
        print("shared data absent: snapshotting the team's articles and the sample only")
    for path, text, created in tempeval:
        name = f"{path.parent.name}/{path.stem}"
        docs.append((f"tempeval/{name}", text, created or PUBLISHED))
        if undated:
            docs.append((f"tempeval-nodate/{name}", text, None))
    if newsquant:
        docs.extend((f"newsquant/{i}", s, PUBLISHED) for i, s in newsquant_sentences())
    return docs


def guarded(run: Callable[..., Any], *args: Any) -> Any:
    """``run(*args)``, or the crash it raised as a JSON value."""
    try:
        return run(*args)
    except Exception as exc:  # a crash is an output to keep stable too
        return {"error": [type(exc).__name__, str(exc)]}


def head() -> str:
    """The commit the working tree is based on (the tree itself may differ from it)."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True
        )
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"


def _changed_keys(name: str, old: Any, new: Any) -> str:
    if isinstance(old, dict) and isinstance(new, dict):
        keys = [k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
        return f"{name}: differs in {keys}"
    return f"{name}: {json.dumps(old)[:150]} -> {json.dumps(new)[:150]}"


def command(
    description: str,
    default_out: Path,
    outputs: Callable[[list[Doc]], dict[str, Any]],
    *,
    docs: Callable[[], list[Doc]],
    noun: str,
    count: Callable[[Any], int],
    same: Callable[[Any, Any], bool] = lambda old, new: bool(old == new),
    describe: Callable[[str, Any, Any], str] = _changed_keys,
    extra_check: Callable[[list[Doc]], int] | None = None,
) -> int:
    """The ``write`` / ``check`` command of a snapshot script; the exit status.

    ``outputs`` maps each document's name to its output (JSON values); ``count`` says how
    many facts one output holds (``noun`` names them); ``same`` compares two outputs of one
    document and ``describe`` says how they differ; ``extra_check`` may count further
    failures on ``check``.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args()
    corpus = docs()
    began = time.perf_counter()
    # Through JSON, so a recorded tuple and a list compare equal.
    current = json.loads(json.dumps(outputs(corpus), ensure_ascii=False))
    took = time.perf_counter() - began
    total = sum(count(v) for v in current.values())
    crashes = [n for n, v in current.items() if isinstance(v, dict) and "error" in v]
    if crashes:
        print(f"{len(crashes)} documents crash, e.g. {crashes[:3]}")
    if args.mode == "write":
        record = {"head": head(), "documents": current}
        args.out.write_text(json.dumps(record, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"wrote {len(current)} documents, {total} {noun} to {args.out} ({took:.1f} s)")
        return 0
    record = json.loads(args.out.read_text(encoding="utf-8"))
    recorded: dict[str, Any] = record["documents"]
    print(f"record made at {record['head']}, now at {head()}")
    differ = sorted(set(recorded) ^ set(current))
    differ += [n for n in current if n in recorded and not same(recorded[n], current[n])]
    for name in differ[:20]:
        print(describe(name, recorded.get(name), current.get(name)))
    failures = extra_check(corpus) if extra_check is not None else 0
    print(f"{len(current)} documents, {total} {noun}, {len(differ)} differences ({took:.1f} s)")
    return 1 if differ or failures else 0
