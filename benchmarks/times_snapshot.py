"""Guard for performance work on the times stage: its output must not change.

    python benchmarks/times_snapshot.py write  [--out PATH]   # record the current outputs
    python benchmarks/times_snapshot.py check  [--out PATH]   # compare against the record

Runs the times hook directly on every ``tests/fixtures/articles/*.txt`` (with a fixed
publication date and without one), the sample article (with its date), the TempEval-3
texts (TBAQ-cleaned and te3-platinum, TimeML tags stripped, with their creation time and
once with no date) and the NewsQuant sentences, and records every TimeExpression (span,
text, type, value, start, end). ``check`` prints each document whose output differs.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _snapshot import Doc, command, documents, guarded

DEFAULT_OUT = Path("/tmp/newsfacts_times_snapshot.json")


def run(text: str, published: dt.date | None) -> list[list[Any]]:
    """The times hook's output on one text, as plain JSON values."""
    from newsfacts.document import Document
    from newsfacts.extractors.times import newsfacts_times
    from newsfacts.models import Article, Facts

    doc = Document(text, published=published)
    article = Article(
        text=text, published=published, published_source="given" if published else "unknown"
    )
    facts = Facts(article=article)
    return [
        [
            t.span.start,
            t.span.end,
            t.text,
            str(t.type),
            t.value,
            None if t.start is None else t.start.isoformat(),
            None if t.end is None else t.end.isoformat(),
        ]
        for t in newsfacts_times(document=doc, facts=facts)
    ]


def refused_readings(docs: list[tuple[str, str, dt.date | None]]) -> int:
    """How often a matcher the candidate finder skips for its opening word would have
    read something there (must be 0: the index of matchers by opening word only leaves
    out matchers that cannot read an expression opening with that word)."""
    from newsfacts.document import Document
    from newsfacts.extractors import _timegrammar as grammar

    wrong = 0
    for name, text, _published in docs:
        doc = Document(text)
        ctx = grammar._Ctx(doc.tokens, text)
        for i, word in enumerate(ctx.low):
            tried = grammar._BY_FIRST_WORD.get(word) or grammar._matchers_for(word)
            for matcher in grammar._MATCHERS:
                if matcher not in tried and matcher(ctx, i) is not None:
                    wrong += 1
                    print(f"{name}: {matcher.__name__} reads {word!r} at token {i}")
    return wrong


def outputs(docs: list[Doc]) -> dict[str, Any]:
    return {name: guarded(run, text, published) for name, text, published in docs}


def _describe(name: str, old: Any, new: Any) -> str:
    gone = {tuple(x) for x in old or [] if isinstance(x, list)}
    added = {tuple(x) for x in new or [] if isinstance(x, list)}
    return f"{name}: -{sorted(gone - added, key=str)[:3]} +{sorted(added - gone, key=str)[:3]}"


def _refused(docs: list[Doc]) -> int:
    wrong = refused_readings(docs)
    print(f"matchers skipped by the index that would have read something: {wrong}")
    return wrong


def main() -> int:
    return command(
        __doc__.splitlines()[0],
        DEFAULT_OUT,
        outputs,
        docs=lambda: documents(undated=True),
        noun="time expressions",
        count=lambda v: len(v) if isinstance(v, list) else 0,
        describe=_describe,
        extra_check=_refused,
    )


if __name__ == "__main__":
    sys.exit(main())
