"""Score every fact kind on the blind held-out articles in ``tests/heldout/``.

The held-out articles are written and annotated by someone who does not write extraction
rules; rule writers do not open that folder, so these figures estimate how the library
does on unseen wire copy. ``tests/heldout2/``, ``heldout3/`` and ``heldout4/`` are later
such sets (``--folder tests/heldout4``), each written by annotators who saw neither the
rules nor the earlier sets; the second has since become development data, and the third
and fourth are read in totals only (see ``docs/explanation/accuracy.md``). Each
``<name>.txt`` has a ``<name>.gold.json`` beside it:

* ``published`` (YYYY-MM-DD, the date the article is read against) and
  ``published_in_text`` (whether a reader could take that date from the text itself);
* ``article``: ``title``, ``authors``, ``contributors``, ``dateline``;
* ``claims``: ``text`` (the words inside the marks, or the reported content), ``kind``,
  ``speaker`` {``name``, ``kind``};
* ``quantities``: ``text`` (number with its qualifier and unit as written), ``value``,
  optional ``range``, ``unit``, ``noun``, ``qualifier``;
* ``times``: ``text``, ``type``, ``value`` (TIMEX3);
* ``events``: ``trigger`` (optional ``alt`` words), ``type``, ``participants``
  [{``name``, ``role``}], ``time`` (text or null), ``place`` (or null).

Where the annotator allows more than one answer, a field holds a list of acceptable ones
(a speaker kind, a noun, a participant name, a time value). A gold item marked
``optional`` (a headline figure, a metadata timestamp) counts neither way.

**Locating gold**: each gold ``text`` (an event's ``trigger``) is looked up in the article
as its first occurrence starting after the start of the previous gold item of the same
kind, so gold lists are in text order and a repeated string ("two") resolves to the right
copy.
A gold text starting or ending with a letter or digit only matches at a word boundary.

**Matching**: a found fact matches a gold one when their spans overlap (one-to-one, the
largest overlaps first), as in ``claims_eval.py``. Found facts outside the article body
or inside optional gold items are not counted as spurious.

* claims: recall, precision; "right speaker" = share of gold claims found with the gold
  speaker (kind equal, names equal after case-folding and dropping a leading "the", or
  one the other's acronym, "ACCC" for "Australian Competition and ..."; for
  non-persons, and for unnamed people, one name's words containing the other's last word
  is enough, as in ``claims_eval.py``); "pronoun/title" counts matched claims by a named
  person whose found speaker name is a pronoun, or a person named by a bare role phrase
  with no capitalised word ("the minister").
* quantities: recall, precision, and the share of gold quantities found with the right
  value (relative tolerance 1e-6, or the same range), noun (head word of one among the
  other's words; not checked when the gold noun is null) and qualifier; unit agreement on
  its own; "year/date as quantity" counts found quantities that overlap a (non-optional)
  gold time and no gold quantity, or whose text is a bare year (1900-2099).
* times: recall, precision, share of gold times found with the right value (and type);
  "false" counts found times that overlap no gold time. "P2DE" and "P20Y" are the same.
* events (gold are the salient events, not every one, so no precision): recall by trigger
  overlap; "complete" = found with every gold participant (name containment either way,
  same role), the time text (both absent or one containing the other) and the place.
* article: title, authors, contributors compared exactly, the dateline ignoring case and
  what follows its first comma (gold may give the city alone), read with the
  publication date given; "published inferred" reads each article without it and checks
  the date found is the gold one where the date is in the text, and None where it is not.

    python benchmarks/heldout_eval.py            # the tables
    python benchmarks/heldout_eval.py --verbose  # and every miss
    python benchmarks/heldout_eval.py --folder tests/heldout2
"""

from __future__ import annotations

import argparse
import json
import math
import operator
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import acronym_match, name_words

REPO_ROOT = Path(__file__).resolve().parents[1]
HELDOUT = REPO_ROOT / "tests" / "heldout"
KINDS = ("claims", "quantities", "times", "events")
PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "him", "her", "them", "his"])
YEAR = re.compile(r"(?:19|20)\d\d")


class GoldError(ValueError):
    """A gold file whose text cannot be found in its article."""


@dataclass
class Gold:
    """One gold item with its located span."""

    start: int
    end: int
    data: dict[str, Any]

    @property
    def optional(self) -> bool:
        return bool(self.data.get("optional"))


@dataclass
class Article:
    """One held-out article and its located gold."""

    name: str
    text: str
    published: str
    in_text: bool
    meta: dict[str, Any]
    gold: dict[str, list[Gold]] = field(default_factory=dict)


def _alts(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def locate(text: str, needle: str, start: int) -> int:
    """First occurrence of ``needle`` at or after ``start`` (word-bounded at alnum ends)."""
    pattern = re.escape(needle)
    if needle[:1].isalnum():
        pattern = r"(?<!\w)" + pattern
    if needle[-1:].isalnum():
        pattern += r"(?!\w)"
    found = re.compile(pattern).search(text, start)
    if found is None:
        raise GoldError(f"{needle!r} not found after offset {start}")
    return found.start()


def load(folder: Path = HELDOUT) -> list[Article]:
    """Every held-out article with its gold located in the text."""
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        raw = json.loads(gold_path.read_text(encoding="utf-8"))
        article = Article(
            name, text, raw["published"], bool(raw["published_in_text"]), raw["article"]
        )
        for kind in KINDS:
            items: list[Gold] = []
            cursor = 0
            for item in raw.get(kind, []):
                needle = item["trigger"] if kind == "events" else item["text"]
                try:
                    start = locate(text, needle, cursor)
                except GoldError as err:
                    raise GoldError(f"{name} {kind}: {err}") from None
                items.append(Gold(start, start + len(needle), item))
                cursor = start + 1
            article.gold[kind] = items
        out.append(article)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match(gold: Sequence[tuple[int, int]], found: Sequence[tuple[int, int]]) -> dict[int, int]:
    """One-to-one gold index -> found index by span overlap, largest overlaps first."""
    pairs = sorted(
        (-_overlap(g, f), gi, fi)
        for gi, g in enumerate(gold)
        for fi, f in enumerate(found)
        if _overlap(g, f) > 0
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, fi in pairs:
        if gi not in out and fi not in used:
            out[gi] = fi
            used.add(fi)
    return out


def same_speaker(gold: dict[str, Any], speaker: Any) -> bool:
    """Whether a found :class:`~newsfacts.Speaker` is the gold one (see the docstring)."""
    if speaker is None or speaker.kind.value not in _alts(gold["kind"]):
        return False
    have = name_words(speaker.name)
    lenient = speaker.kind.value != "person" or "anonymous" in _alts(gold["kind"])
    for name in _alts(gold["name"]):
        want = name_words(name)
        if want == have or acronym_match(name, speaker.name):
            return True
        if lenient and want and have and (want[-1] in have or have[-1] in want):
            return True
    return False


def unnamed_person(speaker: Any) -> bool:
    """A pronoun or a bare role phrase ("the minister") given as a person's name."""
    if speaker is None:
        return False
    words = speaker.name.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return True
    return speaker.kind.value == "person" and not any(word[:1].isupper() for word in words)


def _singular(word: str) -> str:
    word = word.lower().strip(".,")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def same_noun(gold: Any, found: str | None) -> bool:
    """Whether the head of one noun phrase is among the other's words (singularised)."""
    if gold is None:
        return True
    if not found:
        return False
    have = [_singular(w) for w in found.split()]
    for want_text in _alts(gold):
        want = [_singular(w) for w in want_text.split()]
        if want[-1] in have or have[-1] in want:
            return True
    return False


_UNIT_SYNONYMS = {
    "%": "percent",
    "percentage": "percent",
    "pct": "percent",
    "per cent": "percent",
    "$": "usd",
    "dollar": "usd",
    "us dollar": "usd",
    "€": "eur",
    "euro": "eur",
    "£": "gbp",
    "pound": "gbp",
    "pound sterling": "gbp",
    "taka": "bdt",
    "km": "kilometre",
    "kilometer": "kilometre",
    "m": "metre",
    "meter": "metre",
    "t": "tonne",
    "ton": "tonne",
    "metric ton": "tonne",
    "mi": "mile",
    "kph": "kilometre per hour",
    "km/h": "kilometre per hour",
    "mph": "mile per hour",
    "kilogram": "kg",
    "kilo": "kg",
}


def _unit(name: str | None) -> str | None:
    if name is None:
        return None
    key = " ".join(_singular(w) for w in name.lower().replace("-", " ").split())
    return _UNIT_SYNONYMS.get(key, key)


def same_unit(gold: str | None, quantity: Any) -> bool:
    """Whether the found unit (or its normalised unit) names the gold one."""
    want = _unit(gold)
    have = {_unit(quantity.unit), _unit(quantity.normalized_unit)}
    if want is None:
        return quantity.unit is None
    return want in have or any(h and h.split()[0] == want.split()[0] for h in have)


def same_value(gold: dict[str, Any], quantity: Any) -> bool:
    """Same value (relative tolerance 1e-6), or the same range in either order."""
    if "range" in gold and quantity.range is not None:
        low, high = sorted(gold["range"])
        if all(
            math.isclose(a, b, rel_tol=1e-6)
            for a, b in zip((low, high), quantity.range, strict=True)
        ):
            return True
    return math.isclose(float(gold["value"]), quantity.value, rel_tol=1e-6)


def _timex(value: str) -> str:
    """Fold equivalent TIMEX3 durations: decades and centuries as years."""
    found = re.fullmatch(r"P(\d+)(DE|CE)", value)
    if found:
        return f"P{int(found.group(1)) * (10 if found.group(2) == 'DE' else 100)}Y"
    return value


def same_time(gold: dict[str, Any], time: Any) -> bool:
    return _timex(time.value) in {_timex(v) for v in _alts(gold["value"])}


def _contains(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = a.lower().strip(), b.lower().strip()
    return a in b or b in a


def event_problems(gold: dict[str, Any], event: Any) -> list[str]:
    """What a found event lacks to be complete (empty when it is complete)."""
    out = []
    for part in gold["participants"]:
        if not any(
            p.role.value == part["role"] and any(_contains(n, p.name) for n in _alts(part["name"]))
            for p in event.participants
        ):
            out.append(f"participant {part['name']!r} ({part['role']})")
    found_time = event.time.text if event.time is not None else None
    if not any(_contains(time, found_time) for time in _alts(gold["time"])):
        out.append(f"time {found_time!r} for {gold['time']!r}")
    if not any(_contains(place, event.place) for place in _alts(gold["place"])):
        out.append(f"place {event.place!r} for {gold['place']!r}")
    return out


@dataclass
class Tally:
    """Counts for one fact kind over all articles."""

    counts: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def ratio(self, key: str, over: str) -> float:
        total = self.counts.get(over, 0)
        return self.counts.get(key, 0) / total if total else 0.0


def _found_spans(facts: Any, kind: str) -> list[tuple[int, int]]:
    if kind == "events":
        return [(e.trigger_span.start, e.trigger_span.end) for e in facts.events]
    return [(f.span.start, f.span.end) for f in getattr(facts, kind)]


def _spurious(article: Article, kind: str, facts: Any, matched: set[int]) -> list[tuple[int, int]]:
    """Found facts matched to no gold one, leaving out those on optional gold or outside."""
    body = facts.article.body
    optional = [(g.start, g.end) for g in article.gold[kind] if g.optional]
    out = []
    for fi, span in enumerate(_found_spans(facts, kind)):
        if fi in matched or any(_overlap(span, o) > 0 for o in optional):
            continue
        if body is not None and not (body.start <= span[0] and span[1] <= body.end):
            continue
        out.append(span)
    return out


def score_article(article: Article, facts: Any, tallies: dict[str, Tally]) -> None:
    """Add one article's figures to the tallies."""
    text, name = article.text, article.name
    for kind in KINDS:
        tally = tallies[kind]
        golds = article.gold[kind]
        found = getattr(facts, kind)
        pairs = match([(g.start, g.end) for g in golds], _found_spans(facts, kind))
        tally.add("found", len(found))
        spurious = _spurious(article, kind, facts, set(pairs.values()))
        tally.add("spurious", len(spurious))
        if kind in ("claims", "quantities"):
            tally.misses.extend(
                f"spurious {name}: {text[start:end][:70]!r}" for start, end in spurious
            )
        for gi, gold in enumerate(golds):
            if gold.optional:
                continue
            tally.add("gold")
            where = f"{name}: {text[gold.start : gold.end][:70]!r}"
            if gi not in pairs:
                tally.misses.append(f"missed {where}")
                continue
            tally.add("matched")
            hit = found[pairs[gi]]
            _score_pair(kind, gold.data, hit, tally, where)
    _score_extras(article, facts, tallies)


def _score_pair(kind: str, gold: dict[str, Any], hit: Any, tally: Tally, where: str) -> None:
    if kind == "claims":
        if same_speaker(gold["speaker"], hit.speaker):
            tally.add("speaker")
        else:
            got = f"{hit.speaker.name!r} ({hit.speaker.kind.value})" if hit.speaker else "None"
            tally.misses.append(f"speaker {got} for {gold['speaker']['name']!r} in {where}")
            if "person" in _alts(gold["speaker"]["kind"]) and unnamed_person(hit.speaker):
                tally.add("unnamed")
        if hit.kind.value in _alts(gold["kind"]):
            tally.add("kind")
    elif kind == "quantities":
        checks = {
            "value": same_value(gold, hit),
            "noun": same_noun(gold.get("noun"), hit.noun),
            "qualifier": (hit.qualifier.value if hit.qualifier else None)
            in _alts(gold["qualifier"]),
        }
        if all(checks.values()):
            tally.add("right")
        else:
            bad = [k for k, ok in checks.items() if not ok]
            tally.misses.append(
                f"wrong {'/'.join(bad)}: value={hit.value} noun={hit.noun!r} "
                f"qualifier={hit.qualifier} in {where}"
            )
        tally.add("value", checks["value"])
        tally.add("noun", checks["noun"])
        tally.add("qualifier", checks["qualifier"])
        if same_unit(gold.get("unit"), hit):
            tally.add("unit")
    elif kind == "times":
        if same_time(gold, hit):
            tally.add("right")
        else:
            tally.misses.append(f"value {hit.value!r} for {gold['value']!r} in {where}")
        if hit.type.value == gold["type"]:
            tally.add("type")
    else:
        problems = event_problems(gold, hit)
        for part in ("participant", "time", "place"):
            if not any(problem.startswith(part) for problem in problems):
                tally.add(part)
        if problems:
            tally.misses.append(f"incomplete ({'; '.join(problems)}) in {where}")
        else:
            tally.add("complete")


def _score_extras(article: Article, facts: Any, tallies: dict[str, Tally]) -> None:
    """Dates read as quantities, and false time expressions."""
    text = article.text
    all_times = [(g.start, g.end) for g in article.gold["times"]]
    gold_times = [(g.start, g.end) for g in article.gold["times"] if not g.optional]
    gold_quants = [(g.start, g.end) for g in article.gold["quantities"]]
    for q in facts.quantities:
        span = (q.span.start, q.span.end)
        on_time = any(_overlap(span, t) > 0 for t in gold_times)
        on_quantity = any(_overlap(span, g) > 0 for g in gold_quants)
        if (on_time and not on_quantity) or YEAR.fullmatch(q.text.strip()):
            tallies["quantities"].add("date_as_quantity")
            tallies["quantities"].misses.append(f"date as quantity {q.text!r} in {article.name}")
    for t in facts.times:
        span = (t.span.start, t.span.end)
        if not any(_overlap(span, g) > 0 for g in all_times):
            body = facts.article.body
            if body is None or (body.start <= span[0] and span[1] <= body.end):
                tallies["times"].add("false")
                tallies["times"].misses.append(
                    f"false time {text[span[0] : span[1]]!r} in {article.name}"
                )


ARTICLE_FIELDS = ("title", "authors", "contributors", "dateline")


def _same_dateline(found: str | None, gold: str | None) -> bool:
    """The dateline as written, or its first part ("KATHMANDU, Nepal" for "Kathmandu"),
    ignoring case: gold may give the city alone."""
    if found is None or gold is None:
        return found is gold
    return gold.casefold() in (found.casefold(), found.split(",")[0].strip().casefold())


def score_metadata(article: Article, facts: Any, bare: Any, tally: Tally) -> None:
    """Article fields read with the date given; the publication date read without it."""
    found = {
        "title": facts.article.title,
        "authors": list(facts.article.authors),
        "contributors": list(facts.article.contributors),
        "dateline": facts.article.dateline,
    }
    for key in ARTICLE_FIELDS:
        same = _same_dateline if key == "dateline" else operator.eq
        if same(found[key], article.meta[key]):
            tally.add(key)
        else:
            tally.misses.append(f"{article.name}: {key} {found[key]!r} for {article.meta[key]!r}")
    inferred = bare.article.published.isoformat() if bare.article.published else None
    want = article.published if article.in_text else None
    if inferred == want:
        tally.add("published")
    else:
        tally.misses.append(f"{article.name}: published {inferred!r} for {want!r}")
    tally.add("articles")


def run(folder: Path = HELDOUT) -> dict[str, Tally]:
    """Extract every held-out article and tally the figures of each kind."""
    import newsfacts

    tallies = {kind: Tally() for kind in (*KINDS, "article")}
    for article in load(folder):
        facts = newsfacts.extract(article.text, published=article.published)
        bare = newsfacts.extract(article.text)
        for problem in facts.problems:
            tallies["article"].misses.append(f"{article.name}: problem {problem}")
        score_article(article, facts, tallies)
        score_metadata(article, facts, bare, tallies["article"])
    return tallies


def figures(tallies: dict[str, Tally]) -> dict[str, dict[str, float]]:
    """The reported figures, each a share in [0, 1] or a count."""
    c, q, t, e, a = (tallies[k] for k in (*KINDS, "article"))

    def precision(tally: Tally) -> float:
        found = tally.counts.get("matched", 0) + tally.counts.get("spurious", 0)
        return tally.counts.get("matched", 0) / found if found else 0.0

    return {
        "claims": {
            "gold": c.counts.get("gold", 0),
            "recall": c.ratio("matched", "gold"),
            "precision": precision(c),
            "right speaker": c.ratio("speaker", "gold"),
            "kind (of found)": c.ratio("kind", "matched"),
            "pronoun/title names (count)": c.counts.get("unnamed", 0),
        },
        "quantities": {
            "gold": q.counts.get("gold", 0),
            "recall": q.ratio("matched", "gold"),
            "precision": precision(q),
            "value+noun+qualifier": q.ratio("right", "gold"),
            "value": q.ratio("value", "gold"),
            "noun (of found)": q.ratio("noun", "matched"),
            "qualifier (of found)": q.ratio("qualifier", "matched"),
            "unit (of found)": q.ratio("unit", "matched"),
            "year/date as quantity (count)": q.counts.get("date_as_quantity", 0),
        },
        "times": {
            "gold": t.counts.get("gold", 0),
            "recall": t.ratio("matched", "gold"),
            "precision": precision(t),
            "normalised right": t.ratio("right", "gold"),
            "type (of found)": t.ratio("type", "matched"),
            "false expressions (count)": t.counts.get("false", 0),
        },
        "events": {
            "gold": e.counts.get("gold", 0),
            "recall": e.ratio("matched", "gold"),
            "complete": e.ratio("complete", "gold"),
            "participants (of found)": e.ratio("participant", "matched"),
            "time (of found)": e.ratio("time", "matched"),
            "place (of found)": e.ratio("place", "matched"),
        },
        "article": {
            "articles": a.counts.get("articles", 0),
            **{key: a.ratio(key, "articles") for key in ARTICLE_FIELDS},
            "published inferred": a.ratio("published", "articles"),
        },
    }


def _print_table(table: dict[str, dict[str, float]]) -> None:
    for kind, rows in table.items():
        print(f"\n{kind}")
        for key, value in rows.items():
            shown = f"{value:.3f}" if isinstance(value, float) else str(value)
            print(f"  {key:<32} {shown:>8}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--folder", type=Path, default=HELDOUT, help="held-out articles (default tests/heldout)"
    )
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    tallies = run(folder)
    shown = folder.relative_to(REPO_ROOT) if folder.is_relative_to(REPO_ROOT) else folder
    print(f"held-out articles: {shown}")
    _print_table(figures(tallies))
    if args.verbose:
        for kind, tally in tallies.items():
            if tally.misses:
                print(f"\n{kind} misses")
                for line in tally.misses:
                    print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
