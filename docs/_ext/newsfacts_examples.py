"""Run the docs' examples at build time and show their real output.

Three MyST directives; the examples of one page share a workspace (a temporary folder
that is the current directory while they run, and one Python namespace), in page order:

``runpython``
    Python code, executed; the code is shown, then what it printed.
``runcli``
    ``newsfacts ...`` command lines, each run in-process through
    :func:`newsfacts.cli.main`; shown as a console session with the real output
    (standard error included). Each must exit with status 0, or with the ``:status:``
    the block gives. A ``pytest ARGS`` line runs pytest in a child process that sees
    what the page installed, and shows its summary line. A ``pip install -e DIR`` line
    installs the project in ``DIR`` into the workspace only: its ``src/`` goes on
    ``sys.path`` and its entry points are written as the ``.dist-info`` metadata pip
    would write, so that newsfacts finds the plugin exactly as it finds an installed one
    (pip's own output is not shown).
``example-file``
    a file (the argument is its path in the workspace) written out and shown with its
    path as the caption; later examples may import, read or install it.

Plain fenced ``python`` blocks are run by the tests too (in the page's workspace); a
snippet that cannot run here (it needs a cluster or a remote store) goes in a
``{code-block} python`` fence, which is shown and never run.

Examples run with only the built-in plugins and the ones a page installs, so that what
they print does not depend on what else happens to be installed where the docs are
built. ``tests/test_docs.py`` runs every page's examples through :func:`run_page`, the
same code, so a broken example fails the tests as well as the ``-W`` build.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

BUILTINS = ("article", "times", "quantities", "claims", "events")
LANGUAGES = {".py": "python", ".toml": "toml", ".json": "json", ".md": "markdown"}


class ExampleError(Exception):
    """An example failed: says which and how."""


@dataclass
class Workspace:
    """The folder, namespace and installed example projects one page's examples share."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="newsfacts-doc-")))
    namespace: dict[str, Any] = field(default_factory=lambda: {"__name__": "__docs__"})
    plugins: list[str] = field(default_factory=list)
    saved_path: list[str] = field(default_factory=lambda: list(sys.path))

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        """Inside: cwd is the workspace, only the built-in and page plugins load."""
        from newsfacts import plugins as _plugins

        old_cwd = os.getcwd()
        old_env = os.environ.get(_plugins.LOAD_PLUGINS_ENV)
        os.environ[_plugins.LOAD_PLUGINS_ENV] = ",".join((*BUILTINS, *self.plugins))
        _plugins.forget_entry_points()
        _reset_default_extractor()
        os.chdir(self.root)
        try:
            yield
        finally:
            os.chdir(old_cwd)
            if old_env is None:
                os.environ.pop(_plugins.LOAD_PLUGINS_ENV, None)
            else:
                os.environ[_plugins.LOAD_PLUGINS_ENV] = old_env
            _plugins.forget_entry_points()
            _reset_default_extractor()

    def write_file(self, path: str, content: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        importlib.invalidate_caches()

    def run_python(self, code: str, where: str = "example") -> str:
        out = io.StringIO()
        with self.active(), contextlib.redirect_stdout(out):
            try:
                exec(compile(code, where, "exec"), self.namespace)
            except (Exception, SystemExit) as exc:
                raise ExampleError(f"{where} raised {type(exc).__name__}: {exc}") from exc
        return out.getvalue()

    def run_cli(self, line: str, where: str = "example", status: int = 0) -> str:
        argv = shlex.split(line)
        if argv[:3] == ["pip", "install", "-e"] and len(argv) == 4:
            self.install(argv[3])
            return ""
        if argv[:1] == ["pytest"]:
            return self.run_pytest(argv[1:], where)
        if argv[:1] != ["newsfacts"]:
            raise ExampleError(
                f"{where}: only newsfacts, pytest and 'pip install -e' run: {line!r}"
            )
        from newsfacts.cli import main

        out = io.StringIO()
        with self.active(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            got: int | str | None
            try:
                got = main(argv[1:])
            except SystemExit as exc:  # --version and --help exit through argparse
                got = exc.code
        if (got or 0) != status:
            raise ExampleError(f"{where}: {line!r} exited with {got}:\n{out.getvalue()}")
        return out.getvalue()

    def run_pytest(self, args: list[str], where: str) -> str:
        """pytest in a child process that sees what the page installed; its summary line."""
        from newsfacts import plugins as _plugins

        installed = [p for p in sys.path[: len(sys.path) - len(self.saved_path)] if p]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([*installed, env.get("PYTHONPATH", "")])
        env[_plugins.LOAD_PLUGINS_ENV] = ",".join((*BUILTINS, *self.plugins))
        argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]
        done = subprocess.run(
            argv, cwd=self.root, env=env, capture_output=True, text=True, timeout=300
        )
        if done.returncode != 0:
            raise ExampleError(f"{where}: pytest failed:\n{done.stdout}\n{done.stderr}")
        # The last line ("3 passed in 0.05s") without its timing, so the page is stable.
        summary = done.stdout.strip().splitlines()[-1]
        return re.sub(r" in [\d.]+s.*$", "", summary.strip("= ")) + "\n"

    def install(self, project: str) -> None:
        """What ``pip install -e project`` does for newsfacts: a path and its metadata."""
        folder = (self.root / project).resolve()
        name, version, entry_points = _read_pyproject(folder / "pyproject.toml")
        site = self.root / "_site"
        info = site / f"{name.replace('-', '_')}-{version}.dist-info"
        info.mkdir(parents=True, exist_ok=True)
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
        )
        lines = "".join(f"{k} = {v}\n" for k, v in entry_points.items())
        (info / "entry_points.txt").write_text(f"[newsfacts]\n{lines}", encoding="utf-8")
        for path in (str(site), str(folder / "src")):
            if path not in sys.path:
                sys.path.insert(0, path)
        self.plugins.extend(entry_points)
        importlib.invalidate_caches()

    def close(self) -> None:
        sys.path[:] = self.saved_path
        root = str(self.root.resolve())
        for name, module in list(sys.modules.items()):
            file = str(getattr(module, "__file__", None) or "")
            if file and (file.startswith(root) or not os.path.isabs(file)):
                del sys.modules[name]
        importlib.invalidate_caches()
        from newsfacts import plugins as _plugins

        _plugins.forget_entry_points()
        shutil.rmtree(self.root, ignore_errors=True)


def _reset_default_extractor() -> None:
    """``newsfacts.extract`` keeps one Extractor a process; start each page afresh."""
    from newsfacts import pipeline

    pipeline._DEFAULT.clear()


def _read_pyproject(path: Path) -> tuple[str, str, dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    try:
        import tomllib
    except ImportError:  # Python 3.10: the few keys we need, read plainly
        name = re.search(r'^name\s*=\s*"([^"]+)"', text, re.M)
        version = re.search(r'^version\s*=\s*"([^"]+)"', text, re.M)
        table = text.split("[project.entry-points.newsfacts]", 1)[-1].split("\n[", 1)[0]
        eps = dict(re.findall(r'^(\w[\w-]*)\s*=\s*"([^"]+)"', table, re.M))
        return (name.group(1) if name else "", version.group(1) if version else "0", eps)
    data = tomllib.loads(text)["project"]
    return data["name"], data["version"], dict(data["entry-points"]["newsfacts"])


# -- the page format, shared with the tests --------------------------------------------

_FENCE = re.compile(
    r"^(?P<fence>`{3,})\s*(?:\{(?P<directive>[\w-]+)\}|(?P<lang>[\w-]+))?\s*(?P<arg>.*)$"
)
_OPTION = re.compile(r"^:([\w-]+):\s*(.*)$")


@dataclass
class Block:
    """One fenced block of a Markdown page."""

    kind: str  # runpython, runcli, example-file, python, or another language / directive
    argument: str
    options: dict[str, str]
    content: str
    line: int


def blocks(markdown: str) -> list[Block]:
    """The top-level fenced blocks of a MyST page, with their directive options split off."""
    out: list[Block] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence = m.group("fence")
        kind = m.group("directive") or m.group("lang") or ""
        start = i + 1
        j = start
        while j < len(lines) and lines[j].strip() != fence:
            j += 1
        body = lines[start:j]
        options: dict[str, str] = {}
        if m.group("directive"):
            while body and _OPTION.match(body[0]):
                key, value = _OPTION.match(body[0]).groups()  # type: ignore[union-attr]
                options[key] = value
                body = body[1:]
        out.append(Block(kind, m.group("arg").strip(), options, "\n".join(body) + "\n", start))
        i = j + 1
    return out


def run_block(workspace: Workspace, block: Block, where: str) -> str:
    """Run one block (a no-op for blocks that are not examples); return its output."""
    if block.kind in ("runpython", "python"):
        return workspace.run_python(block.content, where)
    if block.kind == "runcli":
        status = int(block.options.get("status", 0))
        return "".join(
            f"$ {line}\n" + workspace.run_cli(line.strip(), where, status)
            for line in block.content.splitlines()
            if line.strip()
        )
    if block.kind == "example-file":
        workspace.write_file(block.argument, block.content)
    return ""


EXAMPLES = ("runpython", "python", "runcli", "example-file")


def run_blocks(workspace: Workspace, path: Path) -> int:
    """Run every example of a page in ``workspace``; return how many ran."""
    count = 0
    for block in blocks(path.read_text(encoding="utf-8")):
        if block.kind in EXAMPLES:
            run_block(workspace, block, f"{path.name}:{block.line}")
            count += 1
    return count


def run_page(path: Path) -> int:
    """Run every example of a page in a fresh workspace; return how many ran."""
    workspace = Workspace()
    try:
        return run_blocks(workspace, path)
    finally:
        workspace.close()


def _limit(text: str, max_lines: int | None) -> str:
    lines = text.rstrip("\n").splitlines()
    if max_lines is None or len(lines) <= max_lines:
        return "\n".join(lines)
    return "\n".join([*lines[:max_lines], f"... ({len(lines) - max_lines} more lines)"])


# -- Sphinx ----------------------------------------------------------------------------


def setup(app: Any) -> dict[str, Any]:
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives

    workspaces: dict[str, Workspace] = {}

    def workspace_of(directive: Directive) -> Workspace:
        docname = directive.state.document.settings.env.docname
        if docname not in workspaces:
            workspaces[docname] = Workspace()
        return workspaces[docname]

    def literal(text: str, language: str, caption: str | None = None) -> nodes.Node:
        node = nodes.literal_block(text, text, language=language)
        if caption is None:
            return node
        container = nodes.container("", literal_block=True, classes=["literal-block-wrapper"])
        container += nodes.caption(caption, "", nodes.Text(caption))
        container += node
        return container

    class _Example(Directive):
        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True
        option_spec: ClassVar[dict[str, Any]] = {
            "max-lines": directives.positive_int,
            "status": directives.nonnegative_int,
            "hide-output": directives.flag,
        }

        def block(self, kind: str) -> Block:
            options = {k: str(v) for k, v in self.options.items()}
            content = "\n".join(self.content) + "\n"
            return Block(kind, " ".join(self.arguments), options, content, 0)

        def where(self) -> str:
            source, line = self.state_machine.get_source_and_line(self.lineno)
            return f"{source}:{line}"

        def execute(self, kind: str) -> str:
            try:
                return run_block(workspace_of(self), self.block(kind), self.where())
            except Exception as exc:
                raise self.error(f"example failed: {exc}") from exc

    class RunPython(_Example):
        def run(self) -> list[nodes.Node]:
            output = self.execute("runpython")
            shown = [literal("\n".join(self.content), "python")]
            if output.strip() and "hide-output" not in self.options:
                block = literal(_limit(output, self.options.get("max-lines")), "text")
                block["classes"].append("example-output")
                shown.append(block)
            return shown

    class RunCli(_Example):
        def run(self) -> list[nodes.Node]:
            output = self.execute("runcli")
            return [literal(_limit(output, self.options.get("max-lines")), "console")]

    class ExampleFile(_Example):
        required_arguments = 1
        optional_arguments = 0

        def run(self) -> list[nodes.Node]:
            self.execute("example-file")
            language = LANGUAGES.get(Path(self.arguments[0]).suffix, "text")
            return [literal("\n".join(self.content), language, caption=self.arguments[0])]

    def close(_app: Any, doctree: Any) -> None:
        docname = _app.env.docname
        workspace = workspaces.pop(docname, None)
        if workspace is not None:
            workspace.close()

    app.add_directive("runpython", RunPython)
    app.add_directive("runcli", RunCli)
    app.add_directive("example-file", ExampleFile)
    app.connect("doctree-read", close)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


__all__ = [
    "EXAMPLES",
    "Block",
    "ExampleError",
    "Workspace",
    "blocks",
    "run_block",
    "run_blocks",
    "run_page",
    "setup",
]
