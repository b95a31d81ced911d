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

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _snapshot import Doc, command, documents

DEFAULT_OUT = Path("/tmp/newsfacts_events_snapshot.json")


def run(extractor: Any, text: str, published: dt.date | None) -> dict[str, Any]:
    """The events and claims of one text, as plain JSON values (a crash is an output)."""
    from newsfacts.serialize import to_dict

    try:
        facts = to_dict(extractor.extract(text, published=published))
    except Exception as exc:  # a crash is an output to keep stable too
        return {"events": [["error", type(exc).__name__, str(exc)]], "claims": []}
    return {"events": facts["events"], "claims": facts["claims"]}


def outputs(docs: list[Doc]) -> dict[str, Any]:
    import newsfacts

    extractor = newsfacts.Extractor()
    return {name: run(extractor, text, published) for name, text, published in docs}


def _describe(name: str, old: Any, new: Any) -> str:
    old, new = old or {}, new or {}
    gone = [e for e in old.get("events", []) if e not in new.get("events", [])]
    added = [e for e in new.get("events", []) if e not in old.get("events", [])]
    note = " (its claims changed too)" if old.get("claims") != new.get("claims") else ""
    return f"{name}{note}: -{json.dumps(gone[:2])[:300]} +{json.dumps(added[:2])[:300]}"


def main() -> int:
    return command(
        __doc__.splitlines()[0],
        DEFAULT_OUT,
        outputs,
        docs=lambda: documents(newsquant=False),
        noun="events",
        count=lambda v: len(v["events"]),
        same=lambda old, new: bool(old["events"] == new["events"]),
        describe=_describe,
    )


if __name__ == "__main__":
    sys.exit(main())
