"""The ``newsfacts`` command: parse the arguments, delegate, report errors in one line.

Heavy modules are imported inside the command bodies, so that ``newsfacts --help`` and
``newsfacts plugins`` start fast and work even when a plugin is broken.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from newsfacts.errors import InputError, NewsfactsError

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; the CLI reference in the docs is generated from it."""
    from newsfacts import __version__

    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Typed, source-anchored facts from news articles.",
    )
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "extract",
        help="extract the facts of articles",
        description="Extract the facts of one or more articles. PATH is a text file, an "
        "HTML file (needs newsfacts[html]), a .jsonl file of records "
        '{"id": ..., "text": ..., "published": ...}, or - for standard input.',
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="the articles to read")
    _add_article_options(p)
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "pretty", "html"),
        default=None,
        help="output format (default: json for one article, jsonl for several)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--workers", type=_positive_int, default=1, metavar="N", help="worker processes")
    p.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted batch: skip the ids already in the --output file "
        "(jsonl) and append the others",
    )

    p = sub.add_parser("demo", help="run on the sample article shipped with newsfacts")
    p.add_argument("--format", choices=("pretty", "json"), default="pretty")

    p = sub.add_parser("plugins", help="list the registered plugins")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser(
        "view",
        help="render an article with its facts highlighted, as an HTML page",
        description="Write one self-contained HTML page for an article, or, for a .jsonl "
        "corpus, one page per article and an index page into the output folder.",
    )
    p.add_argument("path", metavar="ARTICLE", help="a text, HTML or .jsonl file, or -")
    _add_article_options(p)
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="page file (or folder for a corpus); "
        "default: stdout for one article, ./newsfacts-view/ for a corpus",
    )

    sub.add_parser("schema", help="print the JSON Schema of the output")
    return parser


def _add_article_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the article(s)")
    p.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="NAME",
        help="do not run this plugin (repeatable)",
    )
    p.add_argument("--strict", action="store_true", help="fail on the first plugin error")
    p.add_argument(
        "--timeout",
        type=_positive_float,
        default=None,
        metavar="SECONDS",
        help="stop a plugin that takes longer than this on one article and report it (POSIX only)",
    )


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {value}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        handler = {
            "extract": _cmd_extract,
            "demo": _cmd_demo,
            "plugins": _cmd_plugins,
            "view": _cmd_view,
            "schema": _cmd_schema,
        }[args.command]
        return handler(args)
    except NewsfactsError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


def _error(message: str) -> None:
    print(f"newsfacts: error: {message}", file=sys.stderr)


def _published(args: argparse.Namespace) -> Any:
    from newsfacts.pipeline import parse_published

    return parse_published(args.published, "--published")


def _extractor(args: argparse.Namespace) -> Any:
    from newsfacts.pipeline import Extractor

    return Extractor(
        disable=args.disable,
        strict=getattr(args, "strict", False),
        timeout=getattr(args, "timeout", None),
    )


# -- extract -------------------------------------------------------------------------


def _cmd_extract(args: argparse.Namespace) -> int:
    from newsfacts._inputs import is_batch

    published = _published(args)
    extractor = _extractor(args)
    batch = is_batch(args.paths)
    fmt = args.format or ("jsonl" if batch else "json")
    if fmt == "html" and batch:
        raise InputError("--format html", "takes one article; use 'newsfacts view' for a corpus")
    if args.resume and (not batch or fmt != "jsonl" or args.output in (None, "-")):
        raise InputError("--resume", "needs a batch written as jsonl to an --output file")
    if not batch:
        return _extract_single(args, extractor, published, fmt)
    return _extract_batch(args, extractor, published, fmt)


def _extract_single(args: argparse.Namespace, extractor: Any, published: Any, fmt: str) -> int:
    from newsfacts._inputs import read_inputs

    (record,) = list(read_inputs(args.paths))
    if isinstance(record, InputError):
        raise record
    facts = extractor.extract(
        record["text"],
        published=published or record["published"],
        metadata=record["metadata"],
    )
    with _open_output(args.output) as out:
        out.write(_render(record["id"], facts, fmt))
    return EXIT_OK


def _render(ident: str, facts: Any, fmt: str) -> str:
    from newsfacts._summary import format_summary
    from newsfacts.serialize import to_dict

    if fmt == "pretty":
        return format_summary(facts)
    if fmt == "html":
        from newsfacts import render_html

        return render_html(facts, title=ident)
    data = {"id": ident, **to_dict(facts)}
    if fmt == "jsonl":
        return json.dumps(data, ensure_ascii=False) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _extract_batch(args: argparse.Namespace, extractor: Any, published: Any, fmt: str) -> int:
    """Stream the batch to the output, one whole record at a time, in input order.

    The first Ctrl-C (or SIGTERM) stops after the record being written, so the output
    holds whole records only; ``--resume`` then skips the ids it already holds.
    """
    from newsfacts._inputs import count_records, done_ids, read_inputs
    from newsfacts._progress import Progress

    skip = done_ids(args.output) if args.resume else set()
    total = count_records(args.paths)
    progress = Progress(
        total=None if total is None else max(total - len(skip), 0),
        enabled=sys.stderr.isatty(),
    )
    records = _records(read_inputs(args.paths), published)
    if skip:
        records = (r for r in records if str(r["id"]) not in skip)
    done = failed = 0
    with (
        _open_output(args.output, append=args.resume) as out,
        _StopRequest() as stop,
        _whole_records(out, fmt == "jsonl"),
    ):
        if fmt == "json":
            out.write("[\n")
        finish = _pretty_record if fmt == "pretty" else _json_record
        for ok, text in extractor.map_results(records, finish, workers=args.workers):
            failed += not ok
            if fmt == "json":
                text = ("" if done == 0 else ",\n") + text.rstrip("\n")
            out.write(text)
            done += 1
            progress.update(done, failed)
            if stop.requested:
                break
        if fmt == "json":
            out.write("\n]\n")
    progress.close(done, failed)
    if stop.requested:
        where = f" to {args.output}" if args.output not in (None, "-") else ""
        hint = "; re-run with --resume to continue" if fmt == "jsonl" and where else ""
        print(f"newsfacts: interrupted after {done} articles{where}{hint}", file=sys.stderr)
        return EXIT_INTERRUPTED
    if skip:
        print(f"newsfacts: resumed: {len(skip)} articles were already done", file=sys.stderr)
    if failed:
        print(f"newsfacts: {failed} of {done} articles failed", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def _json_record(result: Any) -> tuple[bool, str]:
    """(ok, JSON line) for one batch result; run in the worker processes."""
    if result.error is not None:
        return False, json.dumps(
            {"id": result.id, "error": result.error}, ensure_ascii=False
        ) + "\n"
    return True, _render(result.id, result.facts, "jsonl")


def _pretty_record(result: Any) -> tuple[bool, str]:
    if result.error is not None:
        return False, f"== {result.id}\nerror: {result.error}\n\n"
    return True, f"== {result.id}\n{_render(result.id, result.facts, 'pretty')}\n"


def _whole_records(out: Any, jsonl: bool) -> Any:
    """On a hard stop (a second Ctrl-C, an error), cut a jsonl file after its last line."""
    import contextlib

    @contextlib.contextmanager
    def guard() -> Iterator[None]:
        try:
            yield
        except BaseException:
            if jsonl and out is not sys.stdout and getattr(out, "name", None):
                from newsfacts._inputs import cut_partial_line

                out.flush()
                cut_partial_line(out.name)
            raise

    return guard()


class _StopRequest:
    """Turns the first Ctrl-C or SIGTERM into a request to stop between two records.

    A second Ctrl-C raises KeyboardInterrupt at once. Outside the main thread (where
    signal handlers cannot be set) it does nothing and Ctrl-C behaves as usual.
    """

    SIGNALS = ("SIGINT", "SIGTERM")

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, Any] = {}

    def _handle(self, signum: int, frame: object) -> None:
        if self.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.requested = True
        if sys.stderr.isatty():
            sys.stderr.write("\nnewsfacts: stopping after this article (Ctrl-C again to abort)\n")

    def __enter__(self) -> _StopRequest:
        if threading.current_thread() is threading.main_thread():
            for name in self.SIGNALS:
                signum = getattr(signal, name, None)
                if signum is not None:
                    self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)


def _records(records: Iterator[Any], published: Any) -> Iterator[Any]:
    """Batch items for extract_many; an unreadable input becomes a record that fails."""
    for record in records:
        if isinstance(record, InputError):
            yield _Failed(record)
        else:
            if published is not None:
                record = {**record, "published": published}
            yield record


class _Failed(dict[str, Any]):
    """A batch item that could not be read: extract_many reports its error in order."""

    def __init__(self, error: InputError) -> None:
        super().__init__(id=error.source, text=None, error=error.problem)


def _open_output(path: str | None, append: bool = False) -> Any:
    import contextlib

    if path is None or path == "-":
        return contextlib.nullcontext(sys.stdout)
    try:
        return open(path, "a" if append else "w", encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot be written: {exc.strerror or exc}") from None


# -- demo, plugins, schema, view -----------------------------------------------------


def _cmd_demo(args: argparse.Namespace) -> int:
    from newsfacts.pipeline import Extractor
    from newsfacts.testing import SAMPLE_PUBLISHED, sample_article

    facts = Extractor().extract(sample_article(), published=SAMPLE_PUBLISHED)
    print(
        _render("sample_article.txt", facts, "json" if args.format == "json" else "pretty"), end=""
    )
    return EXIT_OK


def _cmd_plugins(args: argparse.Namespace) -> int:
    import attrs

    from newsfacts.plugins import PluginHost

    infos = PluginHost(()).infos()
    if args.json:
        print(json.dumps([attrs.asdict(i) for i in infos], indent=2))
        return EXIT_OK
    rows = [("name", "distribution", "version", "hooks / state")]
    for i in infos:
        state = ", ".join(h.removeprefix("newsfacts_") for h in i.hooks)
        if i.error:
            state = f"FAILED: {i.error}"
        rows.append((i.name, i.distribution or "-", i.version or "-", state or "-"))
    widths = [max(len(r[c]) for r in rows) for c in range(3)]
    for r in rows:
        print("  ".join(r[c].ljust(widths[c]) for c in range(3)) + "  " + r[3])
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from newsfacts.serialize import json_schema

    print(json.dumps(json_schema(), indent=2))
    return EXIT_OK


def _cmd_view(args: argparse.Namespace) -> int:
    from pathlib import Path

    from newsfacts._inputs import is_batch, read_inputs
    from newsfacts.view import write_pages

    published = _published(args)
    extractor = _extractor(args)
    if not is_batch([args.path]):
        facts_list = list(_facts_of(extractor, read_inputs([args.path]), published))
        ident, facts = facts_list[0]
        with _open_output(args.output) as out:
            out.write(_render(ident, facts, "html"))
        return EXIT_OK
    out_dir = Path(args.output or "newsfacts-view")
    failed: list[str] = []
    pages = write_pages(_facts_of(extractor, read_inputs([args.path]), published, failed), out_dir)
    print(f"newsfacts: wrote {len(pages)} pages to {out_dir}/", file=sys.stderr)
    if failed:
        print(
            f"newsfacts: {len(failed)} articles failed: {', '.join(failed[:5])}"
            + (" ..." if len(failed) > 5 else ""),
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    return EXIT_OK


def _facts_of(
    extractor: Any, records: Iterator[Any], published: Any, failed: list[str] | None = None
) -> Iterator[tuple[str, Any]]:
    for result in extractor.extract_many(_records(records, published)):
        if result.error is not None:
            if failed is None:
                raise InputError(result.id, result.error)
            failed.append(result.id)
            _error(f"{result.id}: {result.error}")
            continue
        yield result.id, result.facts
