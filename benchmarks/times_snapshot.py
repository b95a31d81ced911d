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

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO_ROOT, newsquant_sentences, shared_data_dir, tempeval_documents

ARTICLES = REPO_ROOT / "tests" / "fixtures" / "articles"
DEFAULT_OUT = Path("/tmp/newsfacts_times_snapshot.json")
PUBLISHED = dt.date(2024, 3, 5)


def corpus() -> list[tuple[str, str, dt.date | None]]:
    """(name, text, publication date) of every document to snapshot."""
    from newsfacts.testing import SAMPLE_PUBLISHED, sample_article

    docs: list[tuple[str, str, dt.date | None]] = []
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        docs.append((f"fixture/{path.stem}", text, PUBLISHED))
        docs.append((f"fixture-nodate/{path.stem}", text, None))
    docs.append(("sample", sample_article(), dt.date.fromisoformat(SAMPLE_PUBLISHED)))
    data = shared_data_dir()
    if data is None:
        print("shared data absent: snapshotting the fixtures and the sample only")
        return docs
    for path, text, created in tempeval_documents(title=False):
        published = created or PUBLISHED
        name = f"{path.parent.name}/{path.stem}"
        docs.append((f"tempeval/{name}", text, published))
        docs.append((f"tempeval-nodate/{name}", text, None))
    for i, sentence in newsquant_sentences():
        docs.append((f"newsquant/{i}", sentence, PUBLISHED))
    return docs


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


def guarded(text: str, published: dt.date | None) -> list[list[Any]]:
    """``run``, with a crash recorded as the output (so it is kept unchanged too)."""
    try:
        return run(text, published)
    except Exception as exc:  # a crash is an output to keep stable too
        return [["error", type(exc).__name__, str(exc)]]


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    docs = corpus()
    began = time.perf_counter()
    current = {name: guarded(text, published) for name, text, published in docs}
    took = time.perf_counter() - began
    count = sum(len(v) for v in current.values())
    crashes = [n for n, v in current.items() if v and v[0][0] == "error"]
    if crashes:
        print(f"{len(crashes)} documents crash the times stage, e.g. {crashes[:3]}")
    if args.mode == "write":
        args.out.write_text(json.dumps(current, ensure_ascii=False, indent=0), encoding="utf-8")
        print(
            f"wrote {len(current)} documents, {count} time expressions to {args.out} ({took:.1f} s)"
        )
        return 0
    wrong = refused_readings(docs)
    print(f"matchers skipped by the index that would have read something: {wrong}")
    recorded = json.loads(args.out.read_text(encoding="utf-8"))
    differ = sorted(set(recorded) ^ set(current))
    differ += [n for n in current if n in recorded and recorded[n] != current[n]]
    for name in differ[:20]:
        old = {tuple(x) for x in recorded.get(name, [])}
        new = {tuple(x) for x in current.get(name, [])}
        print(f"{name}: -{sorted(old - new, key=str)[:3]} +{sorted(new - old, key=str)[:3]}")
    print(
        f"{len(current)} documents, {count} time expressions, {len(differ)} differences "
        f"({took:.1f} s)"
    )
    return 1 if differ or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
