"""Developer tasks: ``nox -s tests lint typecheck docs plugins package`` (``nox -l`` lists them)."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck", "docs", "plugins", "dask", "package"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = ["3.10", "3.11", "3.12", "3.13"]
EXAMPLE_PLUGINS = [
    "plugins/newsfacts-places",
    "plugins/newsfacts-casualties",
    "plugins/newsfacts-sourcing",
]


@nox.session(python=False)
def tests(session: nox.Session) -> None:
    """The test suite, in the current environment (see the README's set-up command)."""
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session(python=PYTHON)
def tests_matrix(session: nox.Session) -> None:
    """The test suite on every supported Python found on this machine."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install("ruff>=0.5")
    paths = ["src", "tests", "benchmarks", "plugins", "docs/_ext", "docs/conf.py", "noxfile.py"]
    session.run("ruff", "check", *paths)
    session.run("ruff", "format", "--check", *paths)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the package."""
    session.install("-e", ".[html]", "mypy>=1.10", "types-dateparser")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation; warnings are errors."""
    session.install("-e", ".[html]", "-r", "docs/requirements.txt")
    session.run("sphinx-build", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")


@nox.session
def plugins(session: nox.Session) -> None:
    """Install each example plugin like a third-party package and run its tests."""
    session.install("-e", ".[test]")
    for path in EXAMPLE_PLUGINS:
        session.install("-e", path)
    for path in EXAMPLE_PLUGINS:
        session.run("pytest", f"{path}/tests")


@nox.session
def dask(session: nox.Session) -> None:
    """The Dask adapter on a local cluster, with the dask extra installed."""
    session.install("-e", ".[test,dask]")
    session.run("pytest", "tests/test_dask.py", *session.posargs)


@nox.session
def package(session: nox.Session) -> None:
    """Build the wheel and sdist, install the wheel in a fresh venv and run it from there."""
    session.install("-e", ".[test]", "build>=1.0")
    session.run("pytest", "-m", "slow", "tests/test_packaging.py", *session.posargs)


@nox.session(python=False)
def fuzz(session: nox.Session) -> None:
    """Fuzz the whole pipeline: 10,000 examples per test (more with NEWSFACTS_FUZZ_EXAMPLES).

    Not in the default sessions: it takes several minutes.
    """
    import os

    examples = max(10_000, int(os.environ.get("NEWSFACTS_FUZZ_EXAMPLES", "0")))
    session.run(
        "python",
        "-m",
        "pytest",
        "tests/test_fuzz.py",
        "-p",
        "no:cacheprovider",
        *session.posargs,
        env={"NEWSFACTS_FUZZ_EXAMPLES": str(examples)},
    )
