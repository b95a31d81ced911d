"""Guard for performance work on the events stage: its output must not change.

    python benchmarks/events_snapshot.py write  [--out PATH]   # record the current outputs
    python benchmarks/events_snapshot.py check  [--out PATH]   # compare against the record

Runs the whole pipeline (``newsfacts.Extractor().extract``) on every
``tests/fixtures/articles/*.txt`` and the sample article with a fixed publication date, and
on the TempEval-3 texts (TimeML tags stripped) with their creation date, and records
``to_dict(facts)["events"]``. The claims are recorded beside them: events take their
``reported_by`` from the claims, so when ``check`` finds an event difference it also says
whether the claims of that document changed (then the difference comes from the claims
stage, not from events). The HEAD commit of the record is kept too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO_ROOT, tempeval_documents

ARTICLES = REPO_ROOT / "tests" / "fixtures" / "articles"
DEFAULT_OUT = Path("/tmp/newsfacts_events_snapshot.json")
PUBLISHED = dt.date(2024, 3, 5)


def corpus() -> list[tuple[str, str, dt.date]]:
    """(name, text, publication date) of every document to snapshot."""
    from newsfacts.testing import sample_article

    docs = [
        (f"fixture/{path.stem}", path.read_text(encoding="utf-8"), PUBLISHED)
        for path in sorted(ARTICLES.glob("*.txt"))
    ]
    docs.append(("sample", sample_article(), PUBLISHED))
    tempeval = tempeval_documents(title=False)
    if not tempeval:
        print("shared data absent: snapshotting the fixtures and the sample only")
    for path, text, created in tempeval:
        docs.append((f"tempeval/{path.parent.name}/{path.stem}", text, created or PUBLISHED))
    return docs


def head() -> str:
    """The commit the working tree is based on (the tree itself may differ from it)."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True
        )
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"


def run(extractor: Any, text: str, published: dt.date) -> dict[str, Any]:
    """The events and claims of one text, as plain JSON values (a crash is an output)."""
    from newsfacts.serialize import to_dict

    try:
        facts = to_dict(extractor.extract(text, published=published))
    except Exception as exc:  # a crash is an output to keep stable too
        return {"events": [["error", type(exc).__name__, str(exc)]], "claims": []}
    return {"events": facts["events"], "claims": facts["claims"]}


def main() -> int:
    import newsfacts

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    docs = corpus()
    extractor = newsfacts.Extractor()
    began = time.perf_counter()
    current = {name: run(extractor, text, published) for name, text, published in docs}
    took = time.perf_counter() - began
    count = sum(len(v["events"]) for v in current.values())
    if args.mode == "write":
        record = {"head": head(), "documents": current}
        args.out.write_text(json.dumps(record, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"wrote {len(current)} documents, {count} events to {args.out} ({took:.1f} s)")
        return 0
    record = json.loads(args.out.read_text(encoding="utf-8"))
    recorded: dict[str, Any] = record["documents"]
    print(f"record made at {record['head']}, now at {head()}")
    differ = sorted(set(recorded) ^ set(current))
    differ += [
        n for n in current if n in recorded and recorded[n]["events"] != current[n]["events"]
    ]
    from_claims = 0
    for name in differ:
        old, new = recorded.get(name), current.get(name)
        claims = old is not None and new is not None and old["claims"] != new["claims"]
        from_claims += claims
        if name not in differ[:20]:
            continue
        gone = [e for e in (old or {}).get("events", []) if e not in (new or {}).get("events", [])]
        added = [e for e in (new or {}).get("events", []) if e not in (old or {}).get("events", [])]
        note = " (its claims changed too)" if claims else ""
        print(f"{name}{note}: -{json.dumps(gone[:2])[:300]} +{json.dumps(added[:2])[:300]}")
    print(
        f"{len(current)} documents, {count} events, {len(differ)} differences "
        f"({from_claims} in documents whose claims changed) ({took:.1f} s)"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
