"""The documentation: every example on every page runs, and the reference is complete.

The examples are run by the same code that runs them when the docs are built
(``docs/_ext/newsfacts_examples.py``), so a broken example fails here as well as in
``sphinx-build -W``. The plugin guide is followed to the end: the plugin it writes is
installed (as its metadata), its tests pass and ``newsfacts plugins`` lists it.
"""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType

import pytest

import newsfacts
from newsfacts import hookspecs

DOCS = Path(__file__).resolve().parents[1] / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

import newsfacts_examples  # noqa: E402

PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_every_example_of_the_page_runs(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    if "newsfacts.html" in text or ".html --format" in text:
        pytest.importorskip("trafilatura", reason="the html extra is not installed")
    if "import jsonschema" in text:
        pytest.importorskip("jsonschema")
    try:
        newsfacts_examples.run_page(page)
    except newsfacts_examples.ExampleError as error:
        missing = error.__cause__
        if isinstance(missing, ModuleNotFoundError) and not (missing.name or "").startswith(
            "newsfacts"
        ):
            pytest.skip(f"{page.name} needs {missing.name}, which is not installed")
        raise


def test_the_pages_have_examples() -> None:
    """The tutorial and guides show real output, not retyped code."""
    for name in ("tutorial.md", "howto/plugin.md", "howto/disable.md", "howto/corpus.md"):
        assert newsfacts_examples.blocks((DOCS / name).read_text(encoding="utf-8"))
        kinds = {b.kind for b in newsfacts_examples.blocks((DOCS / name).read_text())}
        assert kinds & {"runpython", "runcli"}, name


def test_following_the_plugin_guide_gives_a_working_plugin() -> None:
    workspace = newsfacts_examples.Workspace()
    try:
        assert newsfacts_examples.run_blocks(workspace, DOCS / "howto" / "plugin.md") > 5
        tests = _load(workspace.root / "newsfacts-quarters/tests/test_quarters.py", "_quarters")
        with workspace.active():
            for name in dir(tests):
                if name.startswith("test_"):
                    getattr(tests, name)()
            listing = workspace.run_cli("newsfacts plugins")
        assert re.search(r"^quarters\s+newsfacts-quarters\s+0\.1\.0\s+times$", listing, re.M)
    finally:
        workspace.close()
    assert "newsfacts_quarters" not in sys.modules


def test_the_plugin_guide_still_adds_something_new() -> None:
    """The guide's plugin reads "Q3 2025"; if the built-in times stage learns to, the guide
    needs another example (its first output would no longer show the gap it fills)."""
    facts = newsfacts.Extractor().extract("Profit rose in Q3 2025.", published="2026-03-14")
    assert not any("Q" in t.value for t in facts.times)


def test_a_failing_example_is_reported_with_its_place(tmp_path: Path) -> None:
    page = tmp_path / "broken.md"
    page.write_text("# Broken\n\n```{runpython}\nprint(1)\n1 / 0\n```\n", encoding="utf-8")
    with pytest.raises(newsfacts_examples.ExampleError, match=r"broken.md:3 .*ZeroDivision"):
        newsfacts_examples.run_page(page)


def test_every_hook_is_in_the_hook_reference() -> None:
    page = (DOCS / "reference" / "hooks.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"newsfacts_\w+", page.split(":members:", 1)[1].split("```")[0]))
    assert listed == {n for n in hookspecs.__all__ if n.startswith("newsfacts_")}


def test_every_public_name_is_in_the_reference() -> None:
    reference = "".join(p.read_text(encoding="utf-8") for p in (DOCS / "reference").glob("*.md"))
    documented = set(re.findall(r"\.\. \w+:: newsfacts\.(\w+)", reference))
    documented |= set(re.findall(r"\.\. data:: (\w+)", reference))  # under .. module::
    assert set(newsfacts.__all__) - documented == set()


def test_the_committed_inventories_are_the_generated_ones() -> None:
    make = _load(DOCS / "_inventories" / "make_inventories.py", "_make_inventories")
    for name, (project, version, entries) in make.INVENTORIES.items():
        expected = make.inventory(project, version, entries)
        assert (DOCS / "_inventories" / f"{name}.inv").read_bytes() == expected, name


def test_the_cli_reference_lists_every_command_and_option() -> None:
    from cli_reference import arguments, commands

    from newsfacts.cli import build_parser

    parser = build_parser()
    names = [name for name, _, _ in commands(parser)]
    assert {"extract", "demo", "plugins", "view", "schema"} <= set(names)
    rows = {row[0] for _, _, sub in commands(parser) for row in arguments(sub)}
    assert {"--published", "--format", "-o, --output", "--workers", "--disable"} <= rows


def test_the_runner_captures_cli_output() -> None:
    workspace = newsfacts_examples.Workspace()
    try:
        out = io.StringIO()
        with redirect_stdout(out):
            shown = workspace.run_cli("newsfacts --version")
        assert shown == f"newsfacts {newsfacts.__version__}\n" and out.getvalue() == ""
    finally:
        workspace.close()


def test_every_example_plugin_is_complete_documented_and_tested_by_nox() -> None:
    root = DOCS.parent
    noxfile = (root / "noxfile.py").read_text(encoding="utf-8")
    listed = set(re.findall(r'"plugins/([\w-]+)"', noxfile))
    page = (DOCS / "reference" / "plugins.md").read_text(encoding="utf-8")
    folders = {p.name for p in (root / "plugins").iterdir() if p.is_dir()}
    assert len(folders) >= 3
    assert listed == folders
    for name in folders:
        project = root / "plugins" / name
        assert (project / "README.md").is_file(), name
        assert list((project / "tests").glob("test_*.py")), name
        assert "[project.entry-points.newsfacts]" in (project / "pyproject.toml").read_text()
        assert f"## {name}" in page, name
