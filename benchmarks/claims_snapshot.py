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

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _snapshot import Doc, command, documents, guarded

DEFAULT_OUT = Path("/tmp/newsfacts_claims_snapshot.json")


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


def outputs(docs: list[Doc]) -> dict[str, Any]:
    return {name: guarded(run, text) for name, text, _published in docs}


def main() -> int:
    return command(
        __doc__.splitlines()[0],
        DEFAULT_OUT,
        outputs,
        docs=documents,
        noun="claims",
        count=lambda v: len(v.get("claims", ())),
    )


if __name__ == "__main__":
    sys.exit(main())
