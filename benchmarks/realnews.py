"""Score newsfacts on real news copy: TempEval-3 training articles annotated by the team.

Every other annotated set in ``tests/`` was written for the project. These articles were
not: they are wire and newspaper stories from 1989 to 2000 (AP, The New York Times, The
Wall Street Journal, Xinhua, VOA) in the TempEval-3 training corpus under
``../shared/data/``, annotated blind by people who did not see the extraction rules, for
claims, events and quantities, with the conventions of ``claims_eval.py``,
``events_eval.py`` and ``tests/test_quantities_articles.py``.

The corpus may not be copied into the repository, so ``tests/realnews/`` holds stand-off
gold only: a claim is its offsets, kind and speaker (its words are sliced from the
article); events and quantities keep the short phrases their scorers look up. This
script rebuilds each article's text as the other benchmarks read the corpus (tags
stripped, headline first), writes it with its gold into a temporary folder and runs the
same scorers as for the team's own articles on it.

Five sets, each new one annotated blind before the next rule round: ``dev/`` may be read
and tuned on; ``check/`` was scored in totals only through the first rule round,
``check2/`` (16 more articles) through the second, and both are development data since;
``check3/`` (12 more, annotated before the third round) and ``check4/`` (the 11 candidates
left, annotated in the middle of the fourth) are scored in totals only, so they estimate
how the library does on real copy it has not seen.
``check/second/`` is a second blind annotation of the check half, by other annotators:
``--agreement`` sets the library's figures beside what the two annotations agree on
(``agreement.py``, totals only).

    python benchmarks/realnews.py                    # all five sets
    python benchmarks/realnews.py --split dev --verbose
    python benchmarks/realnews.py --agreement
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from _common import REPO_ROOT, tempeval_documents  # noqa: E402

GOLD = REPO_ROOT / "tests" / "realnews"
SPLITS = ("dev", "check", "check2", "check3", "check4")
SECOND = "check/second"  # a second annotation of the check half
# The sets whose misses may be read: check3 and check4 are scored in totals only.
BROWSABLE = ("dev", "check", "check2")


@cache
def corpus_texts() -> dict[str, str]:
    """The plain text of every TempEval-3 training article, by file stem (read once: each
    set and each annotation is rebuilt from it)."""
    return {
        path.stem: text
        for path, text, _ in tempeval_documents(title=True)
        if "TBAQ-cleaned" in path.parts and "testpipeline" not in path.parts
    }


def with_claim_texts(claims: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Stand-off claims with the words their offsets cover, as the claims scorer reads."""
    return [{**claim, "text": text[claim["start"] : claim["end"]]} for claim in claims]


def materialise(split: str, into: Path) -> list[str]:
    """Write the split's articles and gold into ``into``; the names written.

    Empty when the shared data is absent. A gold file whose article the corpus lacks is
    an error: the set would be scored short without anyone noticing.
    """
    texts = corpus_texts()
    if not texts:
        return []
    names = []
    for claims_path in sorted((GOLD / split).glob("*.claims.json")):
        name = claims_path.name.removesuffix(".claims.json")
        if name not in texts:
            raise SystemExit(f"{claims_path}: no article {name!r} in the TempEval-3 corpus")
        text = texts[name]
        (into / f"{name}.txt").write_text(text, encoding="utf-8")
        claims = json.loads(claims_path.read_text(encoding="utf-8"))
        (into / claims_path.name).write_text(
            json.dumps(with_claim_texts(claims, text), ensure_ascii=False), encoding="utf-8"
        )
        for kind in ("events", "quantities"):
            gold = GOLD / split / f"{name}.{kind}.json"
            (into / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
        names.append(name)
    return names


def score(folder: Path) -> tuple[dict[str, float], list[str]]:
    """Claims, events and quantities figures for the articles in ``folder``, and misses."""
    from claims_eval import score as score_claims
    from events_eval import run_articles, totals

    import test_quantities_articles as quantities

    claims = score_claims(folder)
    events = run_articles(folder)
    event_totals = totals(events)
    lines: list[str] = []
    quantity_figures = quantities.figures(quantities.total(lines, folder))
    misses = [f"claims {m}" for m in claims["misses"]]
    for s in events:
        misses += [f"events {s.name}: missed {m}" for m in s.misses]
        misses += [f"events {s.name}: incomplete {m}" for m in s.incomplete]
        misses += [f"events {s.name}: spurious {m}" for m in s.spurious]
    misses += [f"quantities {line}" for line in lines]
    figures = {
        "articles": claims["articles"],
        "claims recall": claims["recall"],
        "claims precision": claims["precision"],
        "claims with the right speaker": claims["with_speaker"],
        "events found": event_totals["recall"],
        "events precision": event_totals["precision"],
        "events complete": event_totals["complete"],
        "quantities recall": quantity_figures["recall"],
        "quantities precision": quantity_figures["precision"],
        "quantities right (value, noun, qualifier)": quantity_figures["full"],
    }
    return figures, misses


def agreement() -> int:
    """The agreement table of the check half and its second annotation."""
    from agreement import main as agreement_main

    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "first", Path(tmp) / "second"
        first.mkdir()
        second.mkdir()
        if not materialise("check", first) or not materialise(SECOND, second):
            print("note: ../shared/data or the second annotation not found; skipped")
            return 0
        return agreement_main(["--first", str(first), "--second", str(second)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument(
        "--agreement", action="store_true", help="the check half against its second annotation"
    )
    args = parser.parse_args(argv)
    if args.agreement:
        return agreement()
    if args.verbose and args.split not in BROWSABLE:
        parser.error(f"--verbose lists the misses of a development set only: {BROWSABLE}")
    splits = SPLITS if args.split == "all" else (args.split,)
    for split in splits:
        with tempfile.TemporaryDirectory() as tmp:
            if not materialise(split, Path(tmp)):
                print("note: ../shared/data not found; real-news articles skipped")
                return 0
            figures, misses = score(Path(tmp))
        print(f"real news, {split} ({figures.pop('articles'):.0f} articles)")
        for key, value in figures.items():
            print(f"  {key:<44} {value:.3f}")
        if args.verbose:
            print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
