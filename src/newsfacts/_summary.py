"""A plain-text summary of one article's facts, for people reading a terminal."""

from __future__ import annotations

import textwrap

from newsfacts.models import Facts, Quantity, Speaker, TimeExpression

__all__ = ["format_summary"]

_WIDTH = 88


def format_summary(facts: Facts) -> str:
    """The article's metadata, then each kind of fact, one short line each."""
    a = facts.article
    published = f"{a.published} ({a.published_source})" if a.published else "unknown"
    fields = [
        ("Title", a.title or "-"),
        ("Published", published),
        ("Authors", ", ".join(a.authors)),
        ("Contributors", ", ".join(a.contributors)),
        ("Editors", ", ".join(a.editors)),
        ("Dateline", a.dateline or ""),
    ]
    lines = [f"{label + ':':<14}{value}" for label, value in fields if value]

    lines += _section("Claims", [_claim(c.kind, c.text, c.speaker, c.cue) for c in facts.claims])
    lines += _section("Quantities", [_quantity(q) for q in facts.quantities])
    lines += _section("Times", [_time(t) for t in facts.times])
    lines += _section(
        "Events",
        [
            f"{e.trigger} [{e.type}]"
            + "".join(f"  {p.role}: {p.name}" for p in e.participants)
            + (f"  when: {e.time.value}" if e.time else "")
            + (f"  where: {e.place}" if e.place else "")
            for e in facts.events
        ],
    )
    if facts.problems:
        lines += _section("Problems", [f"{p.plugin}: {p.message}" for p in facts.problems])
    return "\n".join(lines) + "\n"


def _section(title: str, rows: list[str]) -> list[str]:
    out = ["", f"{title} ({len(rows)})"]
    for row in rows:
        out.extend(textwrap.wrap(row, _WIDTH, initial_indent="  - ", subsequent_indent="    "))
    return out


def _claim(kind: str, text: str, speaker: Speaker | None, cue: str | None) -> str:
    who = "unknown speaker"
    if speaker is not None:
        who = speaker.name + (f" ({speaker.role})" if speaker.role else "")
    short = text if len(text) <= 140 else text[:137] + "..."
    return f"{who} [{kind}{', ' + cue if cue else ''}]: {short}"


def _quantity(q: Quantity) -> str:
    parts = [f"{q.text!r} = {q.value:g}"]
    if q.range:
        parts.append(f"range {q.range[0]:g}-{q.range[1]:g}")
    if q.unit:
        parts.append(f"unit {q.unit}")
    if q.noun:
        parts.append(f"of {q.noun}")
    if q.qualifier:
        parts.append(f"({q.qualifier})")
    return ", ".join(parts)


def _time(t: TimeExpression) -> str:
    return f"{t.text!r} -> {t.value} [{t.type}]"
