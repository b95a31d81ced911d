"""TempEval-3 Task A: time-expression extent, type and value, ours against dateparser.

Reads ``../shared/data/tempeval3/`` (see its README): reports on ``te3-platinum`` and,
with ``--train``, also on the TBAQ-cleaned training set (the only set to tune on). The
publication date of each file is its CREATION_TIME TIMEX3; only the TIMEX3s inside
``<TEXT>`` are scored. Scoring follows the task: extent F1 (strict and relaxed overlap),
and type and value F1 counted over relaxed matches. Beside ours, the same figures for
plain ``dateparser.search.search_dates`` run in this script, the published figures, and
the speed ratio ours vs search_dates over the same texts.

Run: ``python benchmarks/tempeval.py [--train] [--limit N]``
"""

from __future__ import annotations

import argparse
import datetime as _dt
import html
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import shared_data_dir

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>|&(#?\w{1,8});")
_ATTR = re.compile(r'(\w+)="([^"]*)"')

# Published TempEval-3 figures on te3-platinum (UzZaman et al. 2013): F1 in percent.
PUBLISHED = {
    "HeidelTime": {"value": 77.61},
    "ClearTK (best strict)": {"strict": 82.71},
    "SUTime / NavyTime (best relaxed)": {"relaxed": 90.32},
}


@attrs.frozen
class Timex:
    """A time expression by character offsets into a document's plain text."""

    start: int
    end: int
    type: str
    value: str


@attrs.frozen
class TmlDoc:
    """One TimeML file: its plain text, creation date and gold TIMEX3s."""

    name: str
    text: str
    dct: _dt.date
    gold: tuple[Timex, ...]


def read_tml(path: Path) -> TmlDoc:
    """Strip the TimeML tags from ``<TEXT>``, keeping the offsets of its gold TIMEX3s."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if dct_match is None:
        raise ValueError(f"{path.name}: no CREATION_TIME TIMEX3")
    dct_value = dict(_ATTR.findall(dct_match.group()))["value"]
    dct = _dt.date.fromisoformat(dct_value[:10])
    body_start = raw.index("<TEXT>") + len("<TEXT>")
    body_end = raw.index("</TEXT>")
    body = raw[body_start:body_end]
    out: list[str] = []
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        piece = body[pos : m.start()]
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(4) is not None:  # an entity
            char = html.unescape(m.group())
            out.append(char)
            length += len(char)
            continue
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs_ = open_timex
            gold.append(Timex(start, length, attrs_.get("type", ""), attrs_.get("value", "")))
            open_timex = None
    out.append(body[pos:])
    return TmlDoc(path.stem, "".join(out), dct, tuple(gold))


def read_dir(folder: Path, limit: int | None = None) -> list[TmlDoc]:
    docs = [read_tml(p) for p in sorted(folder.rglob("*.tml"))]
    return docs[:limit] if limit else docs


# -- systems ---------------------------------------------------------------------------


def ours(doc: TmlDoc) -> list[Timex]:
    from newsfacts.document import Document
    from newsfacts.extractors.times import time_expressions

    document = Document(doc.text, published=doc.dct)
    return [
        Timex(t.span.start, t.span.end, str(t.type).upper(), t.value)
        for t in time_expressions(document, doc.dct)
    ]


def search_dates_baseline(doc: TmlDoc) -> list[Timex]:
    """Plain ``search_dates`` over the whole text, its matches located in order."""
    from dateparser.search import search_dates

    base = _dt.datetime(doc.dct.year, doc.dct.month, doc.dct.day)
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out: list[Timex] = []
    pos = 0
    for substring, when in found:
        at = doc.text.find(substring, pos)
        if at < 0:
            at = doc.text.find(substring)
            if at < 0:
                continue
        else:
            pos = at + len(substring)
        if (when.hour, when.minute) == (0, 0):
            out.append(Timex(at, at + len(substring), "DATE", when.date().isoformat()))
        else:
            value = f"{when.date().isoformat()}T{when.hour:02d}:{when.minute:02d}"
            out.append(Timex(at, at + len(substring), "TIME", value))
    return out


# -- scoring ---------------------------------------------------------------------------


@attrs.define
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0


def score(gold: Sequence[Timex], system: Sequence[Timex], counts: Counts) -> None:
    """Add one document's matches to ``counts`` (one-to-one, greedy by overlap order)."""
    counts.gold += len(gold)
    counts.system += len(system)
    used: set[int] = set()
    for g in gold:
        for k, s in enumerate(system):
            if k in used or not (s.start < g.end and g.start < s.end):
                continue
            used.add(k)
            counts.relaxed += 1
            counts.strict += (s.start, s.end) == (g.start, g.end)
            counts.type += s.type == g.type
            counts.value += s.value == g.value
            break


def f1(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def figures(counts: Counts) -> dict[str, float]:
    return {
        name: f1(getattr(counts, name), counts.system, counts.gold)[2]
        for name in ("strict", "relaxed", "type", "value")
    }


def run(docs: Sequence[TmlDoc], system: Callable[[TmlDoc], list[Timex]]) -> Counts:
    """Score ``system`` on ``docs``."""
    counts = Counts()
    for doc in docs:
        score(doc.gold, system(doc), counts)
    return counts


def timed(docs: Sequence[TmlDoc], system: Callable[[TmlDoc], list[Timex]]) -> float:
    """Seconds ``system`` takes over all of ``docs`` (each call from the raw text)."""
    t0 = time.perf_counter()
    for doc in docs:
        system(doc)
    return time.perf_counter() - t0


def speed(docs: Sequence[TmlDoc], repeat: int) -> tuple[float, float]:
    """Best-of-``repeat`` seconds for ours and for search_dates, runs interleaved.

    The machine may be shared: interleaving exposes both systems to the same load, and
    the least disturbed run of each is the fairest measure.
    """
    best_ours = best_base = float("inf")
    for _ in range(repeat):
        best_ours = min(best_ours, timed(docs, ours))
        best_base = min(best_base, timed(docs, search_dates_baseline))
    return best_ours, best_base


def _warm_up() -> None:
    """Import both systems and load their data before timing."""
    warm = TmlDoc("warm", "On Friday, March 5, 2021, he said.", _dt.date(2021, 3, 5), ())
    ours(warm)
    search_dates_baseline(warm)


def report(
    title: str, docs: list[TmlDoc], baseline: bool = True, repeat: int = 5
) -> dict[str, float]:
    """Print the figures for ``docs``; return ours."""
    print(f"\n{title}: {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold TIMEX3")
    header = f"{'system':46} {'strict':>7} {'relaxed':>7} {'type':>7} {'value':>7} {'seconds':>8}"
    print(header)
    print("-" * len(header))
    counts = run(docs, ours)
    mine = figures(counts)
    if not baseline:
        _row("newsfacts", mine, timed(docs, ours))
    else:
        ours_time, base_time = speed(docs, repeat)
        _row("newsfacts", mine, ours_time)
        _row("dateparser search_dates", figures(run(docs, search_dates_baseline)), base_time)
        for name, published in PUBLISHED.items():
            _row(f"{name} (published)", published, None)
        ratio = base_time / ours_time if ours_time else float("inf")
        print(
            f"speed: newsfacts is {ratio:.1f}x faster than search_dates on these texts "
            f"(best of {repeat} interleaved runs each)"
        )
    p, r, _ = f1(counts.relaxed, counts.system, counts.gold)
    print(f"newsfacts relaxed extent precision {p:.2f}, recall {r:.2f}")
    return mine


def _row(name: str, fig: dict[str, float], seconds: float | None) -> None:
    cells = [
        f"{fig[k]:7.2f}" if k in fig else f"{'-':>7}"
        for k in ("strict", "relaxed", "type", "value")
    ]
    secs = f"{seconds:8.2f}" if seconds is not None else f"{'-':>8}"
    print(f"{name:46} {' '.join(cells)} {secs}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="also score TBAQ-cleaned")
    parser.add_argument("--no-baseline", action="store_true", help="skip search_dates")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--repeat", type=int, default=5, help="time the best of N runs")
    args = parser.parse_args(argv)
    data = shared_data_dir()
    if data is None or not (data / "tempeval3").is_dir():
        print("tempeval3 data not found beside the checkout (set NEWSFACTS_SHARED_DATA); skipped")
        return 0
    root = data / "tempeval3"
    _warm_up()
    if args.train:
        report(
            "TBAQ-cleaned (training)",
            read_dir(root / "TBAQ-cleaned", args.limit),
            not args.no_baseline,
            args.repeat,
        )
    platinum = read_dir(root / "te3-platinum", args.limit)
    report("te3-platinum (test)", platinum, not args.no_baseline, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
