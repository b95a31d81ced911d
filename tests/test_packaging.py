"""The release: wheel and sdist build, and the wheel works in a fresh environment.

Slow (it builds, makes a virtual environment and installs the dependencies from the
package index), so it runs only when asked for: ``nox -s package``, or
``pytest -m slow tests/test_packaging.py`` with ``build`` installed. One fresh venv
serves every check: the wheel goes in, ``newsfacts demo`` and ``newsfacts plugins`` run
from it, and then the plugin of the plugin guide (written out from the docs page) is
installed with pip, as a reader would, and is seen and used.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

import newsfacts

ROOT = Path(__file__).resolve().parents[1]
BUILTINS = {"article", "times", "quantities", "claims", "events"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def _only_when_asked(request: pytest.FixtureRequest) -> None:
    markexpr = request.config.getoption("markexpr") or ""
    if "slow" not in markexpr or "not slow" in markexpr:
        pytest.skip("builds and installs the package: run with nox -s package (pytest -m slow)")
    if importlib.util.find_spec("build") is None:
        pytest.skip("the 'build' package is not installed (pip install build)")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], cwd=out)
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (found,) = dist.glob("newsfacts-*.whl")
    return found


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """A new virtual environment with the wheel installed; its bin folder."""
    where = tmp_path_factory.mktemp("venv")
    venv.create(where, with_pip=True)
    bin_dir = where / ("Scripts" if os.name == "nt" else "bin")
    _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], cwd=where)
    return bin_dir


def _run(argv: list[str], cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSFACTS_LOAD_PLUGINS")}
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, **kw)  # type: ignore[call-overload]
    assert done.returncode == 0, f"{argv} failed:\n{done.stdout}\n{done.stderr}"
    return done  # type: ignore[no-any-return]


def test_the_build_makes_a_wheel_and_an_sdist(dist: Path) -> None:
    version = newsfacts.__version__
    assert (dist / f"newsfacts-{version}-py3-none-any.whl").is_file()
    assert (dist / f"newsfacts-{version}.tar.gz").is_file()


def test_the_wheel_ships_types_data_and_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode()
        metadata = archive.read(f"{dist_info}/METADATA").decode()
    data = ROOT / "src" / "newsfacts" / "data"
    expected = {f"newsfacts/data/{p.name}" for p in data.iterdir() if p.is_file()}
    assert expected, "no data files found in the source tree"
    assert expected - names == set()
    assert {
        "newsfacts/py.typed",
        "newsfacts/data/sample_article.txt",
        "newsfacts/data/facts.schema.json",
    } <= names
    assert "[newsfacts]" in entry_points
    for name in BUILTINS:
        assert f"{name} = newsfacts.extractors.{name}" in entry_points
    assert f"Version: {newsfacts.__version__}" in metadata
    assert "Project-URL: Documentation" in metadata and "Classifier: Typing :: Typed" in metadata
    assert any(n.startswith(f"{dist_info}/licenses/") or n.endswith("LICENSE") for n in names)


def test_the_sdist_holds_sources_tests_docs_and_licence(dist: Path) -> None:
    (sdist,) = dist.glob("newsfacts-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for name in ("pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE",
                 "src/newsfacts/py.typed", "src/newsfacts/data/sample_article.txt",
                 "docs/conf.py", "tests/test_docs.py"):  # fmt: skip
        assert name in names, name


def test_the_installed_wheel_runs_demo_and_plugins(fresh: Path, tmp_path: Path) -> None:
    version = _run([str(fresh / "newsfacts"), "--version"], cwd=tmp_path).stdout
    assert version.strip() == f"newsfacts {newsfacts.__version__}"
    demo = _run([str(fresh / "newsfacts"), "demo"], cwd=tmp_path).stdout
    assert "Claims (" in demo and "Times (" in demo
    listing = json.loads(_run([str(fresh / "newsfacts"), "plugins", "--json"], cwd=tmp_path).stdout)
    builtins = {p["name"]: p for p in listing if p["distribution"] == "newsfacts"}
    assert set(builtins) == BUILTINS
    assert all(p["error"] is None and p["hooks"] for p in builtins.values())
    where = _run([str(fresh / "python"), "-c", "import newsfacts; print(newsfacts.__file__)"],
                 cwd=tmp_path).stdout  # fmt: skip
    assert str(ROOT) not in where, "the fresh venv imported the source tree, not the wheel"


def test_the_plugin_guide_plugin_installs_and_runs(fresh: Path, tmp_path: Path) -> None:
    """A reader who follows the plugin guide gets a plugin pip installs and newsfacts uses."""
    sys.path.insert(0, str(ROOT / "docs" / "_ext"))
    try:
        import newsfacts_examples
    finally:
        sys.path.remove(str(ROOT / "docs" / "_ext"))
    page = (ROOT / "docs" / "howto" / "plugin.md").read_text(encoding="utf-8")
    for block in newsfacts_examples.blocks(page):
        if block.kind == "example-file":
            target = tmp_path / block.argument
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(block.content, encoding="utf-8")
    project = tmp_path / "newsfacts-quarters"
    _run([str(fresh / "python"), "-m", "pip", "install", "-q", str(project)], cwd=tmp_path)
    listing = _run([str(fresh / "newsfacts"), "plugins"], cwd=tmp_path).stdout
    assert any(
        line.split()[:2] == ["quarters", "newsfacts-quarters"] for line in listing.splitlines()
    )
    code = (
        "import newsfacts; f = newsfacts.extract('Sales rose in Q3 2025.', published='2026-01-05');"
        "print([t.value for t in f.times])"
    )
    values = _run([str(fresh / "python"), "-c", code], cwd=tmp_path).stdout
    assert "2025-Q3" in values
