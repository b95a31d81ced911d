"""Guard for performance work on the claims stage and the name registry: outputs must not
change.

    python benchmarks/claims_snapshot.py write  [--out PATH]   # record the current outputs
    python benchmarks/claims_snapshot.py check  [--out PATH]   # compare against the record

Runs ``find_claims`` and the name registry (``_names.mentions``) on every
``tests/fixtures/articles/*.txt``, the sample article, the TempEval-3 texts (TimeML tags
stripped) and the NewsQuant sentences, and records every claim (span, text, kind, cue,
cue span, speaker name / kind / role / span) and every entity and mention of the
registry. ``check`` prints each document whose output differs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO_ROOT, newsquant_sentences, shared_data_dir, tempeval_documents

ARTICLES = REPO_ROOT / "tests" / "fixtures" / "articles"
DEFAULT_OUT = Path("/tmp/newsfacts_claims_snapshot.json")


def corpus() -> list[tuple[str, str]]:
    """(name, text) of every document to snapshot."""
    from newsfacts.testing import sample_article

    docs = [
        (f"fixture/{p.stem}", p.read_text(encoding="utf-8")) for p in sorted(ARTICLES.glob("*.txt"))
    ]
    docs.append(("sample", sample_article()))
    data = shared_data_dir()
    if data is None:
        print("shared data absent: snapshotting the fixtures and the sample only")
        return docs
    for path, text, _created in tempeval_documents(title=False):
        docs.append((f"tempeval/{path.parent.name}/{path.stem}", text))
    for i, sentence in newsquant_sentences():
        docs.append((f"newsquant/{i}", sentence))
    return docs


def _span(span: Any) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def run(text: str) -> dict[str, Any]:
    """The claims and the name registry of one text, as plain JSON values."""
    from newsfacts.document import Document
    from newsfacts.extractors import _names
    from newsfacts.extractors.claims import find_claims

    claims = []
    for c in find_claims(Document(text)):
        s = c.speaker
        speaker = None if s is None else [s.name, str(s.kind), s.role, _span(s.span)]
        claims.append([_span(c.span), c.text, str(c.kind), c.cue, _span(c.cue_span), speaker])
    registry = _names.mentions(Document(text))
    entities = [
        [
            e.id,
            e.name,
            str(e.kind),
            e.role,
            None if e.gender is None else str(e.gender),
            _span(e.span),
            [_span(m) for m in e.mentions],
        ]
        for e in registry.entities
    ]
    mentions = [[_span(m.span), m.entity, str(m.form)] for m in registry.mentions]
    return {"claims": claims, "entities": entities, "mentions": mentions}


def guarded(text: str) -> Any:
    """``run``, with a crash recorded as the output (so it is kept unchanged too)."""
    try:
        return run(text)
    except Exception as exc:  # a crash is an output to keep stable too
        return {"error": [type(exc).__name__, str(exc)]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    docs = corpus()
    began = time.perf_counter()
    current = {name: guarded(text) for name, text in docs}
    took = time.perf_counter() - began
    claims = sum(len(v.get("claims", ())) for v in current.values())
    crashes = [n for n, v in current.items() if "error" in v]
    if crashes:
        print(f"{len(crashes)} documents crash the claims stage, e.g. {crashes[:3]}")
    if args.mode == "write":
        args.out.write_text(json.dumps(current, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"wrote {len(current)} documents, {claims} claims to {args.out} ({took:.1f} s)")
        return 0
    recorded = json.loads(args.out.read_text(encoding="utf-8"))
    current = json.loads(json.dumps(current, ensure_ascii=False))
    differ = sorted(set(recorded) ^ set(current))
    differ += [n for n in current if n in recorded and recorded[n] != current[n]]
    for name in differ[:20]:
        old, new = recorded.get(name, {}), current.get(name, {})
        parts = [k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
        print(f"{name}: differs in {parts}")
    print(f"{len(current)} documents, {claims} claims, {len(differ)} differences ({took:.1f} s)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
