"""How far two human annotators agree, and where the library stands between them.

The check sets are annotated once, by one person; a figure such as "0.48 of events
complete" means little until it is set beside what a second careful annotator, given the
same text and the same rules, scores against the first. This script reads a second
annotation of articles of a gold folder (its own ``NAME.claims.json``,
``NAME.events.json`` and ``NAME.quantities.json`` for the first folder's ``NAME.txt``)
and scores, with the very matchers of ``claims_eval.py``, ``events_eval.py`` and
``tests/test_quantities_articles.py``:

* the second annotator against the first, and the first against the second (every
  measure here is asymmetric: recall one way is precision the other);
* newsfacts against each annotator, on the same articles;
* each error of newsfacts against the first annotator as *clear* when the second
  annotator gets that item right (two people agree and the library does not) or
  *contested* when the second differs from the first too.

A second annotation is read as a system's output: its claims as found claims; its
events as found events (one it marks optional is kept only where it overlaps an event
of the first, so calling a happening optional costs no precision); its quantities as
found quantities (of a field's acceptable answers, the first; spans it marks ``ignore``
are dropped).

    python benchmarks/agreement.py --first tests/fixtures/round16 \\
        --second tests/fixtures/round16/second
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from _common import REPO_ROOT  # noqa: E402
from claims_eval import match as match_claims  # noqa: E402
from claims_eval import predict as predict_claims  # noqa: E402
from claims_eval import same_speaker  # noqa: E402
from events_eval import GoldEvent, load_gold, score_article, totals  # noqa: E402

FIRST = REPO_ROOT / "tests" / "fixtures" / "round16"
SECOND = FIRST / "second"


# -- a gold file read as a system's output --------------------------------------------


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True)
class _Participant:
    name: str
    role: str


@dataclass(frozen=True)
class _Time:
    text: str


@dataclass
class _Event:
    trigger: str
    trigger_span: _Span
    type: str
    participants: list[_Participant]
    time: _Time | None
    place: str | None


@dataclass(frozen=True)
class _Qualifier:
    value: str


@dataclass
class _Quantity:
    text: str
    span: _Span
    value: float
    range: tuple[float, float] | None
    unit: str | None
    normalized_unit: str | None
    noun: str | None
    qualifier: _Qualifier | None


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def events_as_system(gold: Sequence[GoldEvent], other: Sequence[GoldEvent]) -> list[_Event]:
    """Gold events read as found ones; optional ones only where ``other`` has the event."""
    out = []
    for g in gold:
        start, end = g.spans[0]
        event = _Event(
            trigger=g.trigger,
            trigger_span=_Span(start, end),
            type=g.type,
            participants=[_Participant(n, r) for n, r in g.participants],
            time=_Time(g.time) if g.time is not None else None,
            place=g.place,
        )
        if not g.optional or any(o.hit(event) for o in other):
            out.append(event)
    return out


def quantities_as_system(golds: Sequence[Any]) -> list[_Quantity]:
    """Gold quantities (``Gold`` of the quantities scorer) read as found ones."""
    out = []
    for g in golds:
        data = g.data
        if data.get("ignore"):
            continue
        low_high = sorted(data["range"]) if "range" in data else None
        qualifier = _first(data.get("qualifier"))
        out.append(
            _Quantity(
                text=data["text"],
                span=_Span(g.start, g.end),
                value=float(data.get("value", low_high[0] if low_high else 0.0)),
                range=(float(low_high[0]), float(low_high[1])) if low_high else None,
                unit=_first(data.get("unit")),
                normalized_unit=None,
                noun=_first(data.get("noun")),
                qualifier=_Qualifier(qualifier) if qualifier else None,
            )
        )
    return out


# -- scoring --------------------------------------------------------------------------


@dataclass
class Pair:
    """Counts for one (reference, candidate) pairing over all articles."""

    claims: Counter[str] = field(default_factory=Counter)
    events: list[Any] = field(default_factory=list)
    quantities: Counter[str] = field(default_factory=Counter)


def _claims(ref: list[dict[str, Any]], got: list[dict[str, Any]], into: Pair) -> set[int]:
    """Tally claims of ``got`` against ``ref``; the indices of ``ref`` got right."""
    pairs = match_claims(ref, got)
    right = {gi for gi, fi in pairs if same_speaker(ref[gi], got[fi])}
    into.claims.update(gold=len(ref), found=len(got), matched=len(pairs), with_speaker=len(right))
    return right


def _quantities(golds: list[Any], got: Sequence[Any], into: Pair) -> set[int]:
    """Tally quantities of ``got`` against ``golds``; the indices of ``golds`` got right."""
    from test_quantities_articles import match, problems

    pairs = match(golds, list(got))
    right = set()
    counted = [i for i, g in enumerate(golds) if not g.data.get("ignore")]
    for gi in counted:
        if gi in pairs and not problems(golds[gi].data, got[pairs[gi]]):
            right.add(gi)
    matched = sum(1 for gi in counted if gi in pairs)
    into.quantities.update(gold=len(counted), matched=matched, right=len(right))
    return right


def _events(name: str, text: str, ref: list[GoldEvent], got: Sequence[Any], into: Pair) -> set[int]:
    """Tally events of ``got`` against ``ref``; the indices of required ``ref`` complete."""
    score = score_article(name, text, ref, got)
    into.events.append(score)
    return set(score.complete_gold)


@dataclass
class Disputes:
    """System errors against the first annotator, split by the second's view."""

    clear: dict[str, int] = field(default_factory=dict)
    listed: list[str] = field(default_factory=list)
    contested: dict[str, int] = field(default_factory=dict)


def run(first: Path, second: Path) -> tuple[dict[str, Pair], Disputes, list[str]]:
    """Score every article annotated in both folders."""
    import newsfacts
    from test_quantities_articles import PUBLISHED
    from test_quantities_articles import load_gold as load_quantities

    names = sorted(p.name[: -len(".claims.json")] for p in second.glob("*.claims.json"))
    names = [n for n in names if (first / f"{n}.txt").exists()]
    pairs = {
        key: Pair()
        for key in ("second_vs_first", "first_vs_second", "system_vs_first", "system_vs_second")
    }
    disputes = Disputes()
    for name in names:
        text = (first / f"{name}.txt").read_text(encoding="utf-8")
        claims_a = json.loads((first / f"{name}.claims.json").read_text(encoding="utf-8"))
        claims_b = json.loads((second / f"{name}.claims.json").read_text(encoding="utf-8"))
        events_a, published = load_gold(first / f"{name}.events.json", text)
        events_b, _ = load_gold(second / f"{name}.events.json", text)
        quants_a = load_quantities(name, text, first)
        quants_b = load_quantities(name, text, second)
        facts = newsfacts.extract(text, published=published)
        claims_s = predict_claims(text)
        quants_s = list(newsfacts.extract(text, published=PUBLISHED).quantities)

        b_a = _claims(claims_a, claims_b, pairs["second_vs_first"])
        _claims(claims_b, claims_a, pairs["first_vs_second"])
        _claims(claims_b, claims_s, pairs["system_vs_second"])
        sys_a = _claims(claims_a, claims_s, pairs["system_vs_first"])
        _split(
            disputes,
            "claims",
            sys_a,
            b_a,
            set(range(len(claims_a))),
            [f"{name}: {c['text'][:60]!r} ({c['speaker']})" for c in claims_a],
        )

        as_b, as_a = events_as_system(events_b, events_a), events_as_system(events_a, events_b)
        b_ev = _events(name, text, events_a, as_b, pairs["second_vs_first"])
        _events(name, text, events_b, as_a, pairs["first_vs_second"])
        _events(name, text, events_b, facts.events, pairs["system_vs_second"])
        sys_ev = _events(name, text, events_a, facts.events, pairs["system_vs_first"])
        required = {i for i, g in enumerate(events_a) if not g.optional}
        _split(
            disputes,
            "events",
            sys_ev,
            b_ev,
            required,
            [f"{name}: {e.trigger!r} at {e.spans[0][0]}" for e in events_a],
        )

        b_q = _quantities(quants_a, quantities_as_system(quants_b), pairs["second_vs_first"])
        _quantities(quants_b, quantities_as_system(quants_a), pairs["first_vs_second"])
        _quantities(quants_b, quants_s, pairs["system_vs_second"])
        sys_q = _quantities(quants_a, quants_s, pairs["system_vs_first"])
        counted = {i for i, g in enumerate(quants_a) if not g.data.get("ignore")}
        _split(
            disputes,
            "quantities",
            sys_q,
            b_q,
            counted,
            [f"{name}: {q.data['text']!r} at {q.start}" for q in quants_a],
        )
    return pairs, disputes, names


def _split(
    disputes: Disputes,
    kind: str,
    system_right: set[int],
    second_right: set[int],
    among: set[int],
    labels: Sequence[str],
) -> None:
    """Count the first's items (``among``) the system gets wrong, by the second's view."""
    for i in sorted(among):
        if i in system_right:
            continue
        clear = i in second_right
        side = disputes.clear if clear else disputes.contested
        side[kind] = side.get(kind, 0) + 1
        disputes.listed.append(f"{'clear' if clear else 'contested'} {kind}: {labels[i]}")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--first", type=Path, default=FIRST, help="the gold folder")
    parser.add_argument("--second", type=Path, default=SECOND, help="a second annotation")
    parser.add_argument("--verbose", action="store_true", help="list every error of newsfacts")
    args = parser.parse_args(argv)
    if not args.second.is_dir():
        print(f"no second annotation in {args.second}", file=sys.stderr)
        return 1
    pairs, disputes, names = run(args.first, args.second)
    if not names:
        print(f"no article of {args.second} is in {args.first}", file=sys.stderr)
        return 1
    print(f"{len(names)} articles annotated twice ({args.second})\n")
    head = (
        "reference <- scored",
        "claims rec",
        "prec",
        "w/ speaker",
        "events found",
        "complete",
        "quant right",
    )
    print(f"{head[0]:<26}" + "".join(f"{h:>13}" for h in head[1:]))
    labels = {
        "second_vs_first": "first <- second annotator",
        "first_vs_second": "second <- first annotator",
        "system_vs_first": "first <- newsfacts",
        "system_vs_second": "second <- newsfacts",
    }
    for key, label in labels.items():
        p = pairs[key]
        c, q = p.claims, p.quantities
        ev = totals(p.events)
        cells = (
            _ratio(c["matched"], c["gold"]),
            _ratio(c["matched"], c["found"]),
            _ratio(c["with_speaker"], c["gold"]),
            f"{ev['recall']:.3f}",
            f"{ev['complete']:.3f}",
            _ratio(q["right"], q["gold"]),
        )
        print(f"{label:<26}" + "".join(f"{x:>13}" for x in cells))
    print("\nnewsfacts' errors against the first annotator (claims: missed or wrong speaker;")
    print("events: not complete; quantities: not all right), by the second annotator's view:")
    for kind in ("claims", "events", "quantities"):
        clear = disputes.clear.get(kind, 0)
        contested = disputes.contested.get(kind, 0)
        print(
            f"  {kind:<11} {clear + contested:>4} errors: {clear:>4} clear (the second annotator "
            f"agrees with the first), {contested:>4} contested (the second differs too)"
        )
    if args.verbose:
        print("\n" + "\n".join(sorted(disputes.listed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
