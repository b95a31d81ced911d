"""Guard for performance work: the article and quantities outputs must not change.

    python benchmarks/snapshot.py write  [--out PATH]   # record the current outputs
    python benchmarks/snapshot.py check  [--out PATH]   # compare against the record

Runs ``newsfacts.Extractor().extract`` on every ``tests/fixtures/articles/*.txt`` and the
TempEval-3 texts (TimeML tags stripped, as ``benchmarks/speed.py`` does), each with a
fixed publication date and once without one (so the date is inferred), the NewsQuant
sentences and a few small adversarial texts, and
keeps the ``article`` and ``quantities`` parts of ``to_dict``. Quantities depend on the
spans of the times stage, which others may change: ``check`` therefore also re-runs the
quantity finder directly with the time spans recorded at ``write`` time, so quantities
are compared on every document whatever the times stage now does; the pipeline's own
quantities are compared only where the times output is unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _snapshot import PUBLISHED, Doc, documents

os.environ.setdefault("NEWSFACTS_LOAD_PLUGINS", "article,times,quantities,claims,events")

DEFAULT_OUT = Path("/tmp/newsfacts_snapshot.json")


def corpus() -> list[Doc]:
    """The shared snapshot documents, each read with and without a date, and a few
    adversarial texts."""
    docs = documents(undated=True, title=True)
    units = {
        "quotes": '"“”\'‘’«»" "“ ',
        "digits": "1234567890 12,345.67 3/4 1e9 $4.5 billion 30 km/h 12% ",
        "capitalised": "Maria Keller Union Leader Said Port Of Hamburg Ver Di ",
        "weekdays": "Monday Tuesday Wednesday, Thursday Friday Saturday Sunday ",
    }
    for kind, unit in units.items():
        text = (unit * (20_000 // len(unit) + 1))[:20_000]
        docs.append((f"adversarial/{kind}", text, PUBLISHED))
    return docs


def run() -> dict[str, Any]:
    from newsfacts import Extractor
    from newsfacts.document import Document
    from newsfacts.extractors._quantfind import find_quantities

    extractor = Extractor()
    out: dict[str, Any] = {}
    for name, text, published in corpus():
        facts = extractor.extract(text, published=published)
        data = facts.to_dict()
        owned = [t.span for t in facts.times]
        doc = Document(text, published=published)
        direct = [q for q in find_quantities(doc, owned) if facts.article.in_bounds(q.span)]
        out[name] = {
            "sha": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "article": data["article"],
            "quantities": data["quantities"],
            "times": data["times"],
            "owned": [[s.start, s.end] for s in owned],
            "direct": [repr(q) for q in direct],
        }
    return out


def check(old: dict[str, Any]) -> int:
    from newsfacts import Extractor
    from newsfacts.document import Document
    from newsfacts.extractors._quantfind import find_quantities
    from newsfacts.models import Span

    extractor = Extractor()
    bad = compared_pipeline = 0
    for name, text, published in corpus():
        if name not in old:
            print(f"new document, not compared: {name}")
            continue
        rec = old[name]
        if rec.get("sha") != hashlib.sha256(text.encode("utf-8")).hexdigest():
            print(f"text changed since the snapshot, not compared: {name}")
            continue
        facts = extractor.extract(text, published=published)
        data = facts.to_dict()
        if data["article"] != rec["article"]:
            bad += 1
            print(f"ARTICLE differs: {name}")
        if data["times"] == rec["times"]:
            compared_pipeline += 1
            if data["quantities"] != rec["quantities"]:
                bad += 1
                print(f"QUANTITIES (pipeline) differ: {name}")
        owned = [Span(s, e) for s, e in rec["owned"]]
        doc = Document(text, published=published)
        direct = [repr(q) for q in find_quantities(doc, owned) if facts.article.in_bounds(q.span)]
        if direct != rec["direct"]:
            bad += 1
            print(f"QUANTITIES (direct, recorded time spans) differ: {name}")
    print(
        f"{len(old)} documents; pipeline quantities compared on {compared_pipeline} "
        f"(times unchanged); {bad} differences"
    )
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("write", "check"))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if args.mode == "write":
        snap = run()
        args.out.write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True), "utf-8")
        print(f"wrote {len(snap)} documents to {args.out}")
    else:
        old = json.loads(args.out.read_text(encoding="utf-8"))
        sys.exit(check(old))


if __name__ == "__main__":
    main()
