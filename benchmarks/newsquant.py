"""NewsQuant benchmark for the quantities stage, beside plain quantulum3 in the same run.

Reads ``../shared/data/newsquant/NewsQuant.json`` (590 news sentences, 904 gold
quantities; see the data README). Sentences at even positions are the dev half (tune on
it), odd positions the test half (report on it). Usage::

    python benchmarks/newsquant.py            # test and dev halves, table on stdout
    python benchmarks/newsquant.py --errors dev   # also list the dev half's misses
    python benchmarks/newsquant.py --half dev     # only the dev half (while tuning)

Rows: ``newsfacts`` runs the times stage first when it is importable, as the pipeline
does, so numbers inside time expressions ("three years", "8 seconds") are left to it and
count as misses here; ``+ durations`` adds the durations the times stage reports, read
from their TIMEX3 value ("three years" -> P3Y -> 3 year), so it counts every number the
pipeline reports with its unit; ``no times`` is the quantities stage alone, as when the
times plugin is disabled; ``quantulum3`` is ``quantulum3.parser.parse`` on each sentence.

How a prediction is scored (per sentence, one-to-one):

* **value**: a gold quantity is matched by an unmatched prediction with the same value
  (relative tolerance 1e-5); a gold range ("252.0-287.0") needs a predicted range with
  the same two bounds (in either order, since NewsQuant writes "from 208 to 193" as
  "208.0-193.0"). Among value matches the one that also agrees on unit and change is
  preferred. Precision = matches / predictions, recall = matches / gold.
* **value+unit**: the matched pair also agrees on the unit. CQE's own scorer compares
  its normalised unit strings exactly; ours are named differently, so units are compared
  after a normalisation applied to gold and prediction alike: lower case, hyphens as
  spaces, each word singularised, "barrel of oil" -> "barrel", and synonyms folded for
  the whole unit or else for each side of a "per" ("percent" and "percentage", "US
  dollar" and "dollar", "yen" and "japanese yen", "degree Celsius" and "celsius",
  "million British thermal units" and "mega british thermal unit"...; see
  ``_UNIT_SYNONYMS``). NewsQuant gives a counted thing as the unit of a count ("13000
  workers" -> "worker", a share of one as "% Germans"); ours is ``unit`` when there is
  one, else the counted ``noun``. For a count only (a gold unit that is neither a unit
  of measure nor a currency we know, see ``is_count_unit``) the head words (last words)
  suffice, since NewsQuant keeps the whole noun phrase ("different bosses" vs our head
  "bosses"); units of measure and currencies must match in full ("australian dollar" is
  not "dollar", "mile per hour" is not "hour"). Gold "-" (no unit) matches a prediction
  with neither.
* **value+qualifier**: the matched pair also agrees on NewsQuant's ``change``: our
  qualifier None -> "=", approximately -> "~", more_than and at_least -> ">",
  less_than, at_most and up_to -> "<". NewsQuant's "up" and "down" mark a figure
  that is a change ("rose 3%"); our model has no direction, so they count as "=" here.
  The strict figure, which counts every "up"/"down" as a miss, is printed too.
* **counted noun**: among value-matched gold counts (gold unit a noun, not a unit of
  measure or a currency we know), the share whose noun head matches ours.

The published CQE figures (whole set, their scorer) are printed for reference. Speed is
the time of the quantities stage (Document + finder) over all sentences against
``quantulum3.parser.parse`` over the same sentences, both after one warm-up call;
quantulum3's one-off start-up is reported on its own.
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import shared_data_dir

from newsfacts.document import Document
from newsfacts.extractors.quantities import newsfacts_quantities
from newsfacts.models import Article, Facts, Quantity, TimeExpression, TimeType

CQE_PUBLISHED = {"value": 92.0, "value+unit": 85.6, "value+qualifier": 88.1}
QUALIFIER_TO_CHANGE = {
    None: "=",
    "approximately": "~",
    "more_than": ">",
    "at_least": ">",
    "less_than": "<",
    "at_most": "<",
    "up_to": "<",
}
_UNIT_SYNONYMS = {
    "percent": "percentage",
    "%": "percentage",
    "us dollar": "dollar",
    "united state dollar": "dollar",
    "yen": "japanese yen",
    "yuan": "chinese yuan",
    "ringgit": "malaysian ringgit",
    "indian rupee": "rupee",
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "revolution per minute": "revolutions per minute",
    "pound": "pound mass",
    "pound foot": "foot pound force",
    "metric horsepower": "horsepower",
    # CQE's dictionary names the tonne "metric ton".
    "tonne": "metric ton",
    "kilotonne": "kiloton",
    "megatonne": "megaton",
    "gigatonne": "gigaton",
    "million british thermal unit": "mega british thermal unit",
    "penny": "point",
    "time": "count",
    "american": "americans",
}


@dataclass(frozen=True)
class Item:
    """One gold or predicted quantity, reduced to what is scored."""

    value: float | tuple[float, float]
    unit: str | None
    change: str
    noun: str | None = None


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        data: list[dict[str, Any]] = json.load(f)
    return data


def halves(data: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {"test": data[1::2], "dev": data[0::2]}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word in ("people", "series", "species", "celsius", "hertz"):
        return word
    if word.endswith(("ches", "shes", "xes", "sses", "uses", "zes")):
        return word[:-2]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    if word == "feet":
        return "foot"
    if word in ("men", "women"):
        return word[:-2] + "an"
    return word


def norm_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    unit = unit.strip().lower()
    if unit in ("", "-"):
        return None
    unit = unit.split(" of ")[0]  # "barrel of oil" -> "barrel"
    unit = unit.replace("-", " ")  # "milliampere-hour", "parts-per-billion"
    unit = " ".join(_singular(w) for w in unit.split())
    if unit in _UNIT_SYNONYMS:
        return _UNIT_SYNONYMS[unit]
    # "US dollar per barrel": each side of a "per" on its own
    return " per ".join(_UNIT_SYNONYMS.get(part, part) for part in unit.split(" per "))


def _gold_value(raw: str) -> float | tuple[float, float] | None:
    raw = raw.replace(" ", "")
    try:
        if "-" in raw[1:] and "E" not in raw.upper():
            cut = raw.index("-", 1)
            a, b = float(raw[:cut]), float(raw[cut + 1 :])
            return (min(a, b), max(a, b))
        return float(raw)
    except ValueError:
        return None


def gold_items(sentence: dict[str, Any]) -> list[Item]:
    out = []
    for q in sentence["quantities"]:
        value = _gold_value(str(q["value"]))
        if value is None:
            continue
        unit = norm_unit(q["normalized_unit"])
        out.append(Item(value, unit, q["change"]))
    return out


def _times_plugin() -> Callable[..., Any] | None:
    try:
        from newsfacts.extractors import times
    except ImportError:
        return None
    hook = getattr(times, "newsfacts_times", None)
    return hook if callable(hook) else None


def our_quantities(text: str, times_hook: Callable[..., Any] | None) -> list[Quantity]:
    return our_facts(text, times_hook)[0]


def our_facts(
    text: str, times_hook: Callable[..., Any] | None
) -> tuple[list[Quantity], tuple[TimeExpression, ...]]:
    """The quantities of ``text`` and the time expressions found before them."""
    doc = Document(text)
    facts = Facts(article=Article(text=text))
    if times_hook is not None:
        accepted = inspect.signature(times_hook).parameters
        kwargs = {k: v for k, v in (("document", doc), ("facts", facts)) if k in accepted}
        try:
            found = list(times_hook(**kwargs) or ())
            facts = Facts(article=facts.article, times=tuple(found))
        except Exception as exc:  # a broken times plugin must not stop the benchmark
            print(f"times plugin failed: {exc!r}", file=sys.stderr)
    return list(newsfacts_quantities(document=doc, facts=facts)), facts.times


# A TIMEX3 duration with one number: "P3Y", "PT8S", "P1.5M" (T: time units).
_DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?)(Y|M|W|D|H|S|DE|CE|Q)")
_DURATION_UNITS = {
    ("", "Y"): "year",
    ("", "M"): "month",
    ("", "W"): "week",
    ("", "D"): "day",
    ("", "DE"): "decade",
    ("", "CE"): "century",
    ("", "Q"): "quarter",
    ("T", "H"): "hour",
    ("T", "M"): "minute",
    ("T", "S"): "second",
}


def duration_items(times: Iterable[TimeExpression]) -> list[Item]:
    """The durations among ``times`` as numbers with a unit ("P3Y" -> 3 year)."""
    out = []
    for time_ in times:
        match = _DURATION.fullmatch(time_.value) if time_.type == TimeType.DURATION else None
        unit = _DURATION_UNITS.get(match.group(1, 3)) if match else None
        if match and unit:
            out.append(Item(float(match.group(2)), norm_unit(unit), "="))
    return out


def our_items(quantities: Iterable[Quantity]) -> list[Item]:
    out = []
    for q in quantities:
        value: float | tuple[float, float] = q.range if q.range is not None else q.value
        unit = q.unit if q.unit is not None else q.noun
        qual = q.qualifier.value if q.qualifier is not None else None
        out.append(Item(value, norm_unit(unit), QUALIFIER_TO_CHANGE[qual], norm_unit(q.noun)))
    return out


def quantulum_items(text: str) -> list[Item]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        name = q.unit.name if q.unit is not None else None
        unit = None if name in (None, "dimensionless") else name
        out.append(Item(float(q.value), norm_unit(unit), "="))
    return out


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def values_match(gold: Item, pred: Item) -> bool:
    g, p = gold.value, pred.value
    if isinstance(g, tuple) and isinstance(p, tuple):
        return _close(g[0], p[0]) and _close(g[1], p[1])
    if isinstance(g, tuple) or isinstance(p, tuple):
        return False
    return _close(g, p)


def units_match(gold: str | None, pred: str | None) -> bool:
    """Exact match of normalised units; for a counted thing, agreeing head words suffice."""
    if gold == pred:
        return True
    if gold is None or pred is None or not is_count_unit(gold):
        return False
    return gold.split()[-1] == pred.split()[-1]


def _strict_change(gold: Item, pred: Item) -> bool:
    return gold.change == pred.change


def _loose_change(gold: Item, pred: Item) -> bool:
    change = "=" if gold.change in ("up", "down") else gold.change
    return change == pred.change


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    value: int = 0
    unit: int = 0
    change: int = 0
    change_strict: int = 0
    counts: int = 0
    nouns: int = 0

    def f1(self, hits: int) -> float:
        if not hits:
            return 0.0
        p, r = hits / self.pred, hits / self.gold
        return 100 * 2 * p * r / (p + r)


def is_count_unit(unit: str | None) -> bool:
    """Whether a (normalised) gold unit names a counted thing rather than a measure."""
    if unit is None:
        return False
    if unit.startswith("% ") and unit[2:].strip("- "):
        unit = unit[2:]  # "% german": a share of a counted thing ("one in three Germans")
    from newsfacts.extractors._quantunits import currency_suffix, unit_named

    measures = set(_UNIT_SYNONYMS.values()) | {
        "dollar",
        "euro",
        "australian dollar",
        "hong kong dollar",
        "pound sterling",
        "japanese yen",
        "chinese yuan",
        "shekel",
        "cent",
        "point",
        "year of age",
        "count",
        "generation wireless",
        "win above replacement",
        "percentage",
    }
    if unit in measures or "%" in unit or " per " in f" {unit} ":
        return False
    # The whole phrase or its head decides: "FA Cup finals" counts finals, though a cup
    # is also a measure of volume.
    head = unit.split()[-1]
    for form in (unit, head, head + "s"):
        if unit_named(form) is not None or currency_suffix(form) is not None:
            return False
    return True


def score(
    sentences: list[dict[str, Any]],
    predict: Callable[[str], list[Item]],
    errors: list[str] | None = None,
) -> Tally:
    tally = Tally()
    for sentence in sentences:
        gold = gold_items(sentence)
        pred = predict(sentence["text"])
        tally.gold += len(gold)
        tally.pred += len(pred)
        free = list(pred)
        for g in gold:
            options = [p for p in free if values_match(g, p)]
            if not options:
                if errors is not None:
                    errors.append(f"MISS {g} in: {sentence['text'][:160]}")
                continue
            options.sort(key=lambda p: (not units_match(g.unit, p.unit), not _loose_change(g, p)))
            best = options[0]
            free.remove(best)
            tally.value += 1
            if units_match(g.unit, best.unit):
                tally.unit += 1
            elif errors is not None:
                errors.append(f"UNIT gold={g.unit} ours={best.unit}: {sentence['text'][:100]}")
            if _loose_change(g, best):
                tally.change += 1
            elif errors is not None:
                errors.append(f"QUAL gold={g.change} ours={best.change}: {sentence['text'][:100]}")
            tally.change_strict += _strict_change(g, best)
            if is_count_unit(g.unit):
                tally.counts += 1
                tally.nouns += units_match(g.unit, best.noun)
        if errors is not None:
            for p in free:
                errors.append(f"EXTRA {p} in: {sentence['text'][:160]}")
    return tally


def run(data_path: Path, show_errors: str | None, only: str | None = None) -> int:
    data = load(data_path)
    parts = halves(data)
    times_hook = _times_plugin()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        quantulum_items("It cost $5.")
        startup = time.perf_counter() - start

    def ours(text: str) -> list[Item]:
        return our_items(our_quantities(text, times_hook))

    def ours_and_durations(text: str) -> list[Item]:
        quantities, times = our_facts(text, times_hook)
        return our_items(quantities) + duration_items(times)

    def ours_alone(text: str) -> list[Item]:
        return our_items(our_quantities(text, None))

    rows = []
    for name in ("test", "dev"):
        if only is not None and name != only:
            continue
        errors: list[str] | None = [] if show_errors == name else None
        mine = score(parts[name], ours, errors)
        alone = score(parts[name], ours_alone)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = score(parts[name], quantulum_items)
        rows.append((name, "newsfacts", mine))
        if times_hook is not None:
            rows.append((name, "  + durations", score(parts[name], ours_and_durations)))
            rows.append((name, "  no times", alone))
        rows.append((name, "quantulum3", theirs))
        if errors:
            print("\n".join(errors))
            print()

    from newsfacts.extractors._quantunits import quantulum_unit

    asked = quantulum_unit.cache_info()
    texts = [s["text"] for s in data]
    ours(texts[0])
    t0 = time.perf_counter()
    for text in texts:
        our_quantities(text, None)
    ours_time = time.perf_counter() - t0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        t0 = time.perf_counter()
        for text in texts:
            parser.parse(text)
        theirs_time = time.perf_counter() - t0

    print(f"NewsQuant: {data_path}")
    print(f"times plugin run first: {'yes' if times_hook else 'no (not importable)'}")
    header = (
        f"{'half':5} {'system':13} {'gold':>5} {'pred':>5} {'value F1':>9} "
        f"{'+unit F1':>9} {'+qual F1':>9} {'+qual strict':>12} {'noun acc':>9}"
    )
    print(header)
    print("-" * len(header))
    for half, system, t in rows:
        noun = (
            f"{100 * t.nouns / t.counts:9.1f}"
            if t.counts and system != "quantulum3"
            else (f"{'-':>9}")
        )
        ours = system != "quantulum3"
        qual = f"{t.f1(t.change):9.1f}" if ours else f"{'-':>9}"
        strict = f"{t.f1(t.change_strict):12.1f}" if ours else f"{'-':>12}"
        print(
            f"{half:5} {system:13} {t.gold:5d} {t.pred:5d} {t.f1(t.value):9.1f} "
            f"{t.f1(t.unit):9.1f} {qual} {strict} {noun}"
        )
    print(
        f"{'all':5} {'CQE (pub.)':13} {904:5d} {'':>5} {CQE_PUBLISHED['value']:9.1f} "
        f"{CQE_PUBLISHED['value+unit']:9.1f} {CQE_PUBLISHED['value+qualifier']:9.1f}"
    )
    print()
    print(
        f"speed over {len(texts)} sentences: newsfacts quantities {ours_time * 1000:.0f} ms, "
        f"quantulum3.parser.parse {theirs_time * 1000:.0f} ms, "
        f"ratio {theirs_time / ours_time:.1f}x; quantulum3 start-up {startup:.2f} s (once)"
    )
    print(
        f"quantulum3 asked about {asked.misses} distinct candidate windows "
        f"({asked.hits + asked.misses} look-ups) in {2 * len(texts)} sentence runs; "
        "every other candidate was read from our lexicons"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--errors", choices=("dev", "test"), help="list one half's errors")
    args.add_argument("--half", choices=("dev", "test"), help="score only this half")
    ns = args.parse_args(argv)
    root = shared_data_dir()
    path = root / "newsquant" / "NewsQuant.json" if root else None
    if path is None or not path.is_file():
        print(f"NewsQuant data not found ({path}); set NEWSFACTS_SHARED_DATA", file=sys.stderr)
        return 0
    return run(path, ns.errors, ns.half)


if __name__ == "__main__":
    raise SystemExit(main())
