"""Render the command-line reference from :func:`newsfacts.cli.build_parser`.

``{cli-reference}`` walks the real argument parser, so every command and option in the
docs is the one the program accepts: for the program and then each command, its usage
line, description, and a table of its arguments (name, value, default, help).
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def _columns(width: int) -> Iterator[None]:
    """argparse wraps usage lines to the terminal width: make it fixed."""
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = old


def commands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(name, one-line help, parser) for each sub-command, in the order declared."""
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                out.append((name, helps.get(name, ""), sub))
    return out


def arguments(parser: argparse.ArgumentParser) -> list[tuple[str, str, str, str]]:
    """(names, value, default, help) for each argument of one parser."""
    rows = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        names = ", ".join(action.option_strings) or str(action.metavar or action.dest)
        if action.choices is not None and not isinstance(action, argparse._SubParsersAction):
            value = " | ".join(str(c) for c in action.choices)
        elif action.nargs == 0:
            value = ""
        else:
            value = str(action.metavar or action.dest.upper())
            if action.nargs in ("+", "*"):
                value += " ..."
        default = action.default
        if (
            default in (None, False, argparse.SUPPRESS)
            or action.nargs == 0
            or default == []
            or not action.option_strings
        ):
            shown_default = ""
        else:
            shown_default = str(default)
        helptext = action.help or ""
        if isinstance(action, argparse._AppendAction):
            helptext = helptext or "repeatable"
        rows.append((names, value, shown_default, helptext))
    return rows


def setup(app: Any) -> dict[str, Any]:
    from docutils import nodes
    from docutils.parsers.rst import Directive

    def table(rows: list[tuple[str, str, str, str]]) -> nodes.Node:
        tbl = nodes.table(classes=["cli-table"])
        group = nodes.tgroup(cols=4)
        tbl += group
        for width in (24, 20, 10, 46):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        body = nodes.tbody()
        group += head
        group += body
        header = nodes.row()
        for title in ("argument", "value", "default", "what it does"):
            header += nodes.entry("", nodes.paragraph("", title))
        head += header
        for names, value, default, helptext in rows:
            row = nodes.row()
            row += nodes.entry("", nodes.paragraph("", "", nodes.literal(names, names)))
            row += nodes.entry("", nodes.paragraph("", "", nodes.literal(value, value)))
            row += nodes.entry("", nodes.paragraph("", "", nodes.literal(default, default)))
            row += nodes.entry("", nodes.paragraph("", helptext))
            body += row
        return tbl

    def describe(prog: str, parser: argparse.ArgumentParser, summary: str) -> list[nodes.Node]:
        anchor = "cli-" + prog.replace(" ", "-")
        out: list[nodes.Node] = [
            nodes.target("", "", ids=[anchor]),
            nodes.rubric("", "", nodes.literal(prog, prog)),
        ]
        with _columns(88):
            usage = parser.format_usage().strip()
        out.append(nodes.literal_block(usage, usage, language="text"))
        text = parser.description or summary
        if text:
            out.append(nodes.paragraph("", text[:1].upper() + text[1:]))
        out.append(table(arguments(parser)))
        return out

    class CliReference(Directive):
        has_content = False

        def run(self) -> list[nodes.Node]:
            from newsfacts.cli import build_parser

            parser = build_parser()
            out = describe(parser.prog, parser, "")
            summary = nodes.bullet_list()
            for name, helptext, _sub in commands(parser):
                item = nodes.list_item()
                link = nodes.reference("", "", internal=True, refid=f"cli-{parser.prog}-{name}")
                link += nodes.literal(name, name)
                item += nodes.paragraph("", "", link, nodes.Text(f": {helptext}"))
                summary += item
            out.append(nodes.paragraph("", "The commands:"))
            out.append(summary)
            for name, helptext, sub in commands(parser):
                out.extend(describe(f"{parser.prog} {name}", sub, helptext))
            return out

    app.add_directive("cli-reference", CliReference)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
