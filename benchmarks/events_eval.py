"""Score the events stage: on the team's annotated articles, and on TimeML EVENT triggers.

Usage::

    python benchmarks/events_eval.py            # both tables
    python benchmarks/events_eval.py --articles # only the annotated articles
    python benchmarks/events_eval.py --timeml   # only TempEval-3 platinum

**Annotated articles** (``tests/fixtures/articles/<name>.txt`` with a
``<name>.events.json`` beside it): a gold event is found when a system event's trigger
overlaps the gold trigger; it is *complete* when, in addition, every gold participant is
among the system's participants with the same role (names match when one contains the
other, ignoring case), the time's text matches (both absent, or one containing the
other) and so does the place. Precision counts system events that overlap no gold
trigger as wrong. Gold events marked ``optional`` (a repeated mention of an event already
annotated, a hypothetical, negated or merely planned happening) count neither way.

How the gold is annotated: every reported happening named by a verb or an event noun,
including statements that are news in themselves ("denied", "urged") and "X told Y" (a
statement, Y the recipient; a news conference told is only its occasion), but not plain
"said", nor states ("is", "remained"), aspectual verbs ("began": their event is
the noun they govern) or attitudes ("believe", "hope"). Participants are those the
clause expresses (or a verb shares with the verb before it), under the name a reader
would give them ("she" -> "Maria Keller"; a group known by its leader, "a team led by Y
from the University of Z", by that whole phrase, which contains both names); roles:
agent (does it), patient (undergoes it, including the subject of "shares fell"),
recipient (receives), other. Time is the time expression of the event's clause, else of
its sentence or earlier in its paragraph when it dates the event; never a duration, a
vague "now"/"recently", or a deadline of what was urged or expected ("urged banks to cut
rates by Friday": Friday is the cut's, not the urging's). Place is the place named for
the event ("in/at/near X"; "outside the European Parliament in Strasbourg" is
Strasbourg; "from X" is an origin, not a place; what a physical happening strikes or
takes, "slammed into Bangladesh", "stormed the village of Kabeya", "seized Goma", is its
place too; a speaker's own place, "a spokesman in Kinshasa said", places nothing else),
or named earlier in its sentence or paragraph for the happening it goes with; else the
dateline city for the lead paragraph's happenings, unless the lead names another place
("ATHENS - ... fled near Patras"), never for background dated to another month or year;
else none (later events that name no place have none: until November 2026 they took the
dateline city when they evidently happened there, and the gold was changed with the
rule). Where a reader cannot tell, the annotator follows these rules rather than
guessing, and an event described as happening somewhere unnamed ("in the border
region") has no place.

**TimeML** (``../shared/data/tempeval3/te3-platinum/``): trigger detection only, a hit
being a system trigger that overlaps a gold EVENT. TimeML marks every eventuality:
states ("is", "season"), reporting verbs ("said") and aspectual ones ("began"), which
newsfacts deliberately does not report as events, so recall is given per class too,
and a second row counts the claims' reporting cues ("said") as triggers as well.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO_ROOT, creation_date, shared_data_dir

ARTICLES = REPO_ROOT / "tests" / "fixtures" / "articles"


# -- annotated articles ----------------------------------------------------------------


@dataclass
class GoldEvent:
    trigger: str
    spans: list[tuple[int, int]]  # the trigger and any alternative words for it
    type: str
    participants: list[tuple[str, str]]
    time: str | None
    place: str | None
    optional: bool = False

    def hit(self, event: Any) -> bool:
        span = event.trigger_span
        return any(span.start < end and start < span.end for start, end in self.spans)


@dataclass
class ArticleScore:
    name: str
    gold: int = 0
    system: int = 0
    found: int = 0
    system_matched: int = 0
    complete: int = 0
    type_right: int = 0
    complete_gold: list[int] = field(default_factory=list)  # indices of gold complete
    misses: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def load_gold(path: Path, text: str) -> tuple[list[GoldEvent], str | None]:
    """The gold events of one article, located in ``text`` through their context."""
    data = json.loads(path.read_text(encoding="utf-8"))
    events = []
    for item in data["events"]:
        context = item.get("context", item["trigger"])
        at = text.find(context)
        if at < 0:
            raise ValueError(f"{path.name}: context {context!r} not in the article")
        spans = []
        for word in (item["trigger"], *item.get("alt", ())):
            within = context.find(word)
            if within < 0:
                raise ValueError(f"{path.name}: trigger {word!r} not in {context!r}")
            spans.append((at + within, at + within + len(word)))
        events.append(
            GoldEvent(
                trigger=item["trigger"],
                spans=spans,
                type=item["type"],
                participants=[(p["name"], p["role"]) for p in item.get("participants", [])],
                time=item.get("time"),
                place=item.get("place"),
                optional=bool(item.get("optional", False)),
            )
        )
    return events, data.get("published")


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = a.lower().strip(), b.lower().strip()
    return bool(a) and bool(b) and (a in b or b in a)


def _complete(gold: GoldEvent, event: Any) -> list[str]:
    """What is wrong with a found event (empty when it is complete)."""
    wrong = []
    have = [(p.name, str(p.role)) for p in event.participants]
    for name, role in gold.participants:
        if not any(role == r and _same(name, n) for n, r in have):
            wrong.append(f"participant {name}/{role} (got {have})")
    time = event.time.text if event.time is not None else None
    if not _same(gold.time, time):
        wrong.append(f"time {gold.time!r} (got {time!r})")
    if not _same(gold.place, event.place):
        wrong.append(f"place {gold.place!r} (got {event.place!r})")
    return wrong


def score_article(
    name: str, text: str, gold: Sequence[GoldEvent], events: Sequence[Any]
) -> ArticleScore:
    """Match one article's system events to its gold events.

    Optional gold events (repeated mentions, hypothetical or negated happenings) count
    neither way: not missing when absent, not wrong when found.
    """
    required = [(gi, g) for gi, g in enumerate(gold) if not g.optional]
    excused = {i for i, e in enumerate(events) for g in gold if g.optional and g.hit(e)}
    score = ArticleScore(name, gold=len(required), system=len(events))
    used: set[int] = set()
    for gi, g in required:
        hits = [i for i, e in enumerate(events) if g.hit(e)]
        if not hits:
            score.misses.append(f"{g.trigger!r} at {g.spans[0][0]}")
            continue
        score.found += 1
        used.update(hits)
        event = events[hits[0]]
        score.type_right += str(event.type) == g.type
        wrong = _complete(g, event)
        if wrong:
            score.incomplete.append(f"{g.trigger!r} at {g.spans[0][0]}: " + "; ".join(wrong))
        else:
            score.complete += 1
            score.complete_gold.append(gi)
    score.system = len(events) - len(excused - used)
    score.system_matched = len(used)
    score.spurious = [
        f"{e.trigger!r} at {e.trigger_span.start}"
        for i, e in enumerate(events)
        if i not in used and i not in excused
    ]
    return score


def run_articles(folder: Path = ARTICLES) -> list[ArticleScore]:
    """Extract and score every annotated article in ``folder``."""
    import newsfacts

    scores = []
    for gold_path in sorted(folder.glob("*.events.json")):
        name = gold_path.name[: -len(".events.json")]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        gold, published = load_gold(gold_path, text)
        facts = newsfacts.extract(text, published=published)
        scores.append(score_article(name, text, gold, facts.events))
    return scores


def totals(scores: Iterable[ArticleScore]) -> dict[str, float]:
    """Recall, precision and complete recall over all articles."""
    s = list(scores)
    gold = sum(x.gold for x in s)
    system = sum(x.system for x in s)
    found = sum(x.found for x in s)
    return {
        "articles": len(s),
        "gold": gold,
        "system": system,
        "recall": found / gold if gold else 0.0,
        "precision": sum(x.system_matched for x in s) / system if system else 0.0,
        "complete": sum(x.complete for x in s) / gold if gold else 0.0,
        "complete_of_found": sum(x.complete for x in s) / found if found else 0.0,
        "type_accuracy": sum(x.type_right for x in s) / found if found else 0.0,
    }


# -- TimeML ----------------------------------------------------------------------------

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_CLASS = re.compile(r'class="(\w+)"')


@dataclass
class TimemlDoc:
    name: str
    text: str
    published: _dt.date | None
    events: list[tuple[int, int, str]]  # start, end, class


def parse_tml(path: Path) -> TimemlDoc:
    """The plain text of a .tml file's TEXT element and its EVENT spans in that text."""
    raw = path.read_text(encoding="utf-8")
    body = _TEXT.search(raw)
    inner = body.group(1) if body else ""
    out: list[str] = []
    pos = 0
    length = 0
    events = []
    open_event: tuple[int, str] | None = None
    for m in _TAG.finditer(inner):
        chunk = _unescape(inner[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag, attrs_text = m.group(1), m.group(2), m.group(3)
        if tag != "EVENT":
            continue
        if not closing:
            cls = _CLASS.search(attrs_text)
            open_event = (length, cls.group(1) if cls else "OCCURRENCE")
        elif open_event is not None:
            events.append((open_event[0], length, open_event[1]))
            open_event = None
    out.append(_unescape(inner[pos:]))
    return TimemlDoc(path.stem, "".join(out), creation_date(raw), events)


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    )


def run_timeml(folder: Path) -> dict[str, Any]:
    """Trigger P/R/F1 against every EVENT, recall by class, and P/R/F1 on OCCURRENCE."""
    import newsfacts

    tp_sys = tp_gold = n_sys = n_gold = 0
    occ_gold = occ_hit = occ_sys_hit = 0
    by_class: Counter[str] = Counter()
    hit_class: Counter[str] = Counter()
    # The same, counting the claims' reporting cues ("said") as triggers too: newsfacts
    # reports speech acts as claims, TimeML as REPORTING events.
    cue_tp_sys = cue_tp_gold = cue_n_sys = 0
    for path in sorted(folder.glob("*.tml")):
        doc = parse_tml(path)
        facts = newsfacts.extract(doc.text, published=doc.published)
        spans = [(e.trigger_span.start, e.trigger_span.end) for e in facts.events]
        cues = {(c.cue_span.start, c.cue_span.end) for c in facts.claims if c.cue_span}
        with_cues = spans + [
            c for c in sorted(cues) if not any(a < c[1] and c[0] < b for a, b in spans)
        ]
        cue_n_sys += len(with_cues)
        cue_tp_gold += sum(
            1 for start, end, _ in doc.events if any(s < end and start < e for s, e in with_cues)
        )
        cue_tp_sys += sum(1 for s, e in with_cues if any(a < e and s < b for a, b, _ in doc.events))
        n_sys += len(spans)
        n_gold += len(doc.events)
        for start, end, cls in doc.events:
            by_class[cls] += 1
            if any(s < end and start < e for s, e in spans):
                tp_gold += 1
                hit_class[cls] += 1
        occurrences = [(s, e) for s, e, c in doc.events if c == "OCCURRENCE"]
        occ_gold += len(occurrences)
        occ_hit += sum(1 for s, e in occurrences if any(a < e and s < b for a, b in spans))
        for s, e in spans:
            if any(a < e and s < b for a, b, _ in doc.events):
                tp_sys += 1
            if any(a < e and s < b for a, b in occurrences):
                occ_sys_hit += 1
    precision = tp_sys / n_sys if n_sys else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    occ_recall = occ_hit / occ_gold if occ_gold else 0.0
    cue_precision = cue_tp_sys / cue_n_sys if cue_n_sys else 0.0
    cue_recall = cue_tp_gold / n_gold if n_gold else 0.0
    return {
        "with_cues": (cue_precision, cue_recall, _f1(cue_precision, cue_recall)),
        "documents": len(list(folder.glob("*.tml"))),
        "gold": n_gold,
        "system": n_sys,
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "occurrence_recall": occ_recall,
        "by_class": {c: (hit_class[c], by_class[c]) for c in sorted(by_class)},
    }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# -- report ----------------------------------------------------------------------------


def _print_articles(verbose: bool, folder: Path = ARTICLES) -> None:
    scores = run_articles(folder)
    if not scores:
        print(f"no annotated articles ({folder}/*.events.json)")
        return
    print(f"Annotated articles ({folder}/*.events.json)")
    print(f"{'article':28} {'gold':>5} {'sys':>5} {'found':>6} {'complete':>9}")
    for s in scores:
        print(f"{s.name:28} {s.gold:5d} {s.system:5d} {s.found:6d} {s.complete:9d}")
        if verbose:
            for miss in s.misses:
                print(f"    missed {miss}")
            for wrong in s.incomplete:
                print(f"    incomplete {wrong}")
            for extra in s.spurious:
                print(f"    spurious {extra}")
    t = totals(scores)
    print(
        f"\nevent recall {t['recall']:.3f}  precision {t['precision']:.3f}  "
        f"complete recall {t['complete']:.3f}  (complete among found "
        f"{t['complete_of_found']:.3f}, type accuracy {t['type_accuracy']:.3f}; "
        f"{t['gold']} gold events, {t['system']} system events, {t['articles']} articles)"
    )


def _print_timeml() -> None:
    data = shared_data_dir()
    folder = data / "tempeval3" / "te3-platinum" if data else None
    if folder is None or not folder.is_dir():
        print("TimeML: evaluation data not found (../shared/data/tempeval3), skipped")
        return
    r = run_timeml(folder)
    print(f"\nTimeML EVENT triggers, TempEval-3 platinum ({r['documents']} documents)")
    print(f"{'':22} {'P':>6} {'R':>6} {'F1':>6}")
    print(f"{'all EVENT classes':22} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}")
    p, rc, f = r["with_cues"]
    print(f"{'  + claims cues':22} {p:6.3f} {rc:6.3f} {f:6.3f}")
    print(f"({r['system']} system triggers, {r['gold']} gold EVENTs; best published F1 ~0.81)")
    print(f"OCCURRENCE recall {r['occurrence_recall']:.3f}")
    print("recall by class: " + ", ".join(f"{c} {h}/{n}" for c, (h, n) in r["by_class"].items()))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", action="store_true", help="only the annotated articles")
    parser.add_argument("--timeml", action="store_true", help="only TempEval-3 platinum")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses")
    parser.add_argument("--folder", type=Path, default=ARTICLES, help="gold articles folder")
    args = parser.parse_args(argv)
    both = not args.articles and not args.timeml
    if args.articles or both:
        _print_articles(args.verbose, args.folder)
    if args.timeml or both:
        _print_timeml()


if __name__ == "__main__":
    main()
