"""Score the article stage against the team's gold article metadata.

Each ``tests/fixtures/articles/<name>.txt`` with a ``<name>.article.json`` beside it is
read with no publication date given, as a copied article would be, and the title,
authors, contributors, editors, dateline and publication date found are compared with the
gold ones by exact match (people as ordered lists; dates as YYYY-MM-DD).

    python benchmarks/article_eval.py            # the table
    python benchmarks/article_eval.py --verbose  # and every mismatch
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO_ROOT, annotated

ARTICLES = REPO_ROOT / "tests" / "fixtures" / "articles"
FIELDS = ("title", "authors", "contributors", "editors", "dateline", "published")
PEOPLE = ("authors", "contributors", "editors")


def predict(text: str) -> dict[str, Any]:
    """What the article stage reads from ``text``, in the gold files' shape."""
    from newsfacts.document import Document
    from newsfacts.extractors.article import newsfacts_article

    article = newsfacts_article(document=Document(text))
    return {
        "title": article.title,
        "authors": list(article.authors),
        "contributors": list(article.contributors),
        "editors": list(article.editors),
        "dateline": article.dateline,
        "published": article.published.isoformat() if article.published else None,
    }


def gold_pairs(folder: Path = ARTICLES) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, text, gold) for every article that has gold metadata."""
    return annotated(folder, ".article.json")


def score(folder: Path = ARTICLES) -> dict[str, Any]:
    """Per-field exact-match accuracy, the share of articles right in every field, misses."""
    pairs = gold_pairs(folder)
    right = dict.fromkeys(FIELDS, 0)
    all_right = 0
    misses: list[tuple[str, str, Any, Any]] = []
    for name, text, gold in pairs:
        got = predict(text)
        ok = True
        for field in FIELDS:
            if got[field] == gold.get(field, [] if field in PEOPLE else None):
                right[field] += 1
            else:
                ok = False
                misses.append((name, field, gold.get(field), got[field]))
        all_right += ok
    n = len(pairs)
    return {
        "articles": n,
        "accuracy": {f: (right[f] / n if n else 0.0) for f in FIELDS},
        "all_fields": all_right / n if n else 0.0,
        "misses": misses,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every mismatch")
    parser.add_argument("--folder", type=Path, default=ARTICLES, help="gold articles folder")
    args = parser.parse_args(argv)
    result = score(args.folder)
    n = result["articles"]
    if not n:
        print(f"no gold articles in {args.folder}", file=sys.stderr)
        return 1
    print(f"article metadata, exact match, {n} articles")
    print(f"{'field':<14} {'accuracy':>8}")
    for field, acc in result["accuracy"].items():
        print(f"{field:<14} {acc:>8.3f}")
    print(f"{'all fields':<14} {result['all_fields']:>8.3f}")
    if args.verbose:
        for name, field, want, got in result["misses"]:
            print(f"  {name}: {field}: gold {want!r}, got {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
