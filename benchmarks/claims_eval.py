"""Score the claims stage against the team's annotated articles, and time it.

Each ``tests/fixtures/articles/<name>.txt`` with a ``<name>.claims.json`` beside it (a
list of gold claims: ``start``, ``end``, ``text``, ``kind``, ``speaker``,
``speaker_kind``) is read by the claims finder and compared with the gold:

* a found claim *matches* a gold claim when their spans overlap (one-to-one, the largest
  overlaps first); recall = matched gold / gold, precision = matched found / found;
* speaker accuracy is over matched claims: the speaker kind must be equal, and the name
  equal after case-folding and dropping a leading "the", or one the other's acronym
  ("ACCC" for "Australian Competition and Consumer Commission"); for organisations,
  groups and anonymous sources it is enough that one name's words contain the other's
  last word ("health ministry" for "Nigeria's health ministry");
* "with speaker" is the share of gold claims found with the right speaker (the goal of
  issue 6);
* kind accuracy is over matched claims (direct / indirect / mixed).

Speed: the articles are run warm (views and lexicons built once, then timed per fresh
document), reported as milliseconds per 10 kB of text, and as a ratio against a baseline
timed in the same run: building the shared ``Document`` views (paragraphs, sentences,
tokens) for the same texts.

    python benchmarks/claims_eval.py            # the table
    python benchmarks/claims_eval.py --verbose  # and every miss and wrong speaker
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO_ROOT, acronym_match, annotated, name_words

ARTICLES = REPO_ROOT / "tests" / "fixtures" / "articles"


def gold_articles(folder: Path = ARTICLES) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(name, text, gold claims) for every article with a claims gold file."""
    return annotated(folder, ".claims.json")


def predict(text: str) -> list[dict[str, Any]]:
    """The claims found in ``text``, in the gold files' shape."""
    from newsfacts.document import Document
    from newsfacts.extractors.claims import find_claims

    out = []
    for claim in find_claims(Document(text)):
        speaker = claim.speaker
        out.append(
            {
                "start": claim.span.start,
                "end": claim.span.end,
                "text": claim.text,
                "kind": claim.kind.value,
                "speaker": speaker.name if speaker else None,
                "speaker_kind": speaker.kind.value if speaker else None,
            }
        )
    return out


def same_speaker(gold: dict[str, Any], got: dict[str, Any]) -> bool:
    """Whether a found claim's speaker is the gold one (see the module docstring)."""
    if gold["speaker_kind"] != got["speaker_kind"]:
        return False
    want, have = name_words(gold["speaker"]), name_words(got["speaker"])
    if want == have or acronym_match(gold["speaker"] or "", got["speaker"] or ""):
        return True
    if gold["speaker_kind"] == "person" or not want or not have:
        return False
    return want[-1] in have or have[-1] in want


def match(gold: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, found index) pairs by span overlap, largest first."""
    pairs = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(found):
            overlap = min(g["end"], f["end"]) - max(g["start"], f["start"])
            if overlap > 0:
                pairs.append((overlap, gi, fi))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g: set[int] = set()
    used_f: set[int] = set()
    out = []
    for _, gi, fi in pairs:
        if gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        out.append((gi, fi))
    return sorted(out)


def score(folder: Path = ARTICLES) -> dict[str, Any]:
    """Recall, precision, speaker and kind accuracy over the annotated articles."""
    articles = gold_articles(folder)
    n_gold = n_found = n_match = n_speaker = n_kind = 0
    misses: list[str] = []
    per_article = []
    for name, text, gold in articles:
        found = predict(text)
        pairs = match(gold, found)
        good_speakers = 0
        for gi, fi in pairs:
            if same_speaker(gold[gi], found[fi]):
                good_speakers += 1
            else:
                misses.append(
                    f"{name}: speaker {found[fi]['speaker']!r} ({found[fi]['speaker_kind']}) "
                    f"for {gold[gi]['speaker']!r} ({gold[gi]['speaker_kind']}): "
                    f"{gold[gi]['text'][:60]!r}"
                )
            if gold[gi]["kind"] == found[fi]["kind"]:
                n_kind += 1
        matched_g = {gi for gi, _ in pairs}
        matched_f = {fi for _, fi in pairs}
        misses.extend(
            f"{name}: missed {g['kind']} {g['text'][:70]!r}"
            for gi, g in enumerate(gold)
            if gi not in matched_g
        )
        misses.extend(
            f"{name}: extra {f['kind']} {f['text'][:70]!r} ({f['speaker']})"
            for fi, f in enumerate(found)
            if fi not in matched_f
        )
        per_article.append((name, len(gold), len(found), len(pairs), good_speakers))
        n_gold += len(gold)
        n_found += len(found)
        n_match += len(pairs)
        n_speaker += good_speakers
    return {
        "articles": len(articles),
        "gold": n_gold,
        "found": n_found,
        "recall": n_match / n_gold if n_gold else 0.0,
        "precision": n_match / n_found if n_found else 0.0,
        "speaker_accuracy": n_speaker / n_match if n_match else 0.0,
        "with_speaker": n_speaker / n_gold if n_gold else 0.0,
        "kind_accuracy": n_kind / n_match if n_match else 0.0,
        "per_article": per_article,
        "misses": misses,
    }


def speed(folder: Path = ARTICLES, rounds: int = 20) -> dict[str, float]:
    """Warm milliseconds per 10 kB for the claims stage, and for the baseline."""
    from newsfacts.document import Document
    from newsfacts.extractors.claims import find_claims

    texts = [text for _, text, _ in gold_articles(folder)]
    size = sum(len(t) for t in texts)
    for text in texts:  # warm: lexicons loaded, code paths compiled
        find_claims(Document(text))

    def views(doc: Document) -> None:
        doc.paragraphs  # noqa: B018
        doc.sentences  # noqa: B018
        doc.tokens  # noqa: B018

    best_base = best_claims = float("inf")
    for _ in range(rounds):
        docs = [Document(t) for t in texts]
        t0 = time.perf_counter()
        for doc in docs:
            views(doc)
        t1 = time.perf_counter()
        for doc in docs:
            find_claims(doc)
        t2 = time.perf_counter()
        best_base = min(best_base, t1 - t0)
        best_claims = min(best_claims, t2 - t1)
    per_10k = 10_240 / size * 1000
    return {
        "kb": size / 1024,
        "baseline_ms_per_10kb": best_base * per_10k,
        "claims_ms_per_10kb": best_claims * per_10k,
        "ratio": best_claims / best_base if best_base else float("inf"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--folder", type=Path, default=ARTICLES, help="gold articles folder")
    parser.add_argument("--rounds", type=int, default=20, help="timing rounds (best is kept)")
    args = parser.parse_args(argv)
    result = score(args.folder)
    if not result["articles"]:
        print(f"no annotated articles in {args.folder}", file=sys.stderr)
        return 1
    print(f"claims, {result['articles']} articles, {result['gold']} gold claims")
    print(f"{'article':<28} {'gold':>5} {'found':>6} {'match':>6} {'speaker':>8}")
    for name, g, f, m, s in result["per_article"]:
        print(f"{name:<28} {g:>5} {f:>6} {m:>6} {s:>8}")
    for key in ("recall", "precision", "speaker_accuracy", "with_speaker", "kind_accuracy"):
        print(f"{key:<28} {result[key]:>6.3f}")
    timing = speed(args.folder, args.rounds)
    print(
        f"speed ({timing['kb']:.0f} kB, warm, best of {args.rounds}): "
        f"claims {timing['claims_ms_per_10kb']:.2f} ms per 10 kB; baseline (document views) "
        f"{timing['baseline_ms_per_10kb']:.2f} ms per 10 kB; ratio {timing['ratio']:.1f}x"
    )
    if args.verbose:
        for line in result["misses"]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
