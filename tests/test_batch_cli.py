"""The batch command line: --resume, Ctrl-C with whole records, --timeout, progress."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfacts._progress import Progress
from newsfacts.cli import main

ARTICLE = "Officials said 40 tanks arrived in the city on Friday.\n"


def write_corpus(path: Path, n: int, text: str = ARTICLE) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "text": text, "published": "2024-03-09"}) + "\n")
    return path


def ids_of(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def no_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fast batches: no entry-point plugin is loaded (the pipeline still runs)."""
    monkeypatch.setenv("NEWSFACTS_LOAD_PLUGINS", "")


@pytest.mark.usefixtures("no_plugins")
def test_resume_skips_ids_done_and_appends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 6)
    out = tmp_path / "out.jsonl"
    done = [json.dumps({"id": f"a{i}", "error": "done before"}) for i in (0, 2)]
    # The last record was cut short by a killed run: it is dropped, then redone.
    out.write_text("\n".join(done) + '\n{"id": "a3", "artic', encoding="utf-8")
    code = main(["extract", str(corpus), "-o", str(out), "--resume"])
    assert code == 0
    assert ids_of(out) == ["a0", "a2", "a1", "a3", "a4", "a5"]
    assert "2 articles were already done" in capsys.readouterr().err
    assert main(["extract", str(corpus), "-o", str(out), "--resume"]) == 0
    assert sorted(ids_of(out)) == [f"a{i}" for i in range(6)]


@pytest.mark.usefixtures("no_plugins")
def test_resume_without_output_starts_afresh(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus), "-o", str(out), "--resume"]) == 0
    assert ids_of(out) == ["a0", "a1", "a2"]


@pytest.mark.parametrize(
    "extra",
    [[], ["-o", "-"], ["--format", "json", "-o", "OUT"]],
    ids=["stdout", "dash", "json-array"],
)
def test_resume_needs_a_jsonl_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 1)
    extra = [str(tmp_path / "o.json") if e == "OUT" else e for e in extra]
    assert main(["extract", str(corpus), "--resume", *extra]) == 2
    assert "--resume: needs a batch written as jsonl" in capsys.readouterr().err


def test_resume_refuses_a_file_that_is_not_newsfacts_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 1)
    out = tmp_path / "out.jsonl"
    out.write_text("hello\nworld\n")
    assert main(["extract", str(corpus), "-o", str(out), "--resume"]) == 2
    assert "out.jsonl:1: is not a newsfacts record" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-1", "soon"])
def test_bad_timeout_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(write_corpus(tmp_path / "in.jsonl", 1)), "--timeout", value])
    assert exc.value.code == 2
    assert "--timeout" in capsys.readouterr().err


@pytest.mark.usefixtures("no_plugins")
def test_timeout_option_reaches_the_extractor(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in.jsonl", 2)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus), "-o", str(out), "--timeout", "2.5", "--workers", "2"]) == 0
    assert ids_of(out) == ["a0", "a1"]


@pytest.mark.parametrize(("sig", "workers"), [("SIGINT", "2"), ("SIGTERM", "1")])
def test_interrupt_leaves_whole_records_and_resume_finishes(
    tmp_path: Path, sig: str, workers: str
) -> None:
    corpus = tmp_path / "in.jsonl"
    n = 20_000
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": i, "text": f"Article {i} text."}) + "\n")
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "NEWSFACTS_LOAD_PLUGINS": ""}
    command = [sys.executable, "-m", "newsfacts", "extract", str(corpus), "-o", str(out)]
    proc = subprocess.Popen(
        [*command, "--workers", workers], env=env, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    got = ids_of(out)  # every line parses: whole records only
    assert 0 < len(got) < n
    assert f"interrupted after {len(got)} articles" in err
    assert "re-run with --resume to continue" in err

    done = subprocess.run(
        [*command, "--resume"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert ids_of(out) == [str(i) for i in range(n)]


def test_progress_shows_rate_and_eta(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    progress = Progress(total=100, enabled=True)
    progress.started -= 2.0  # two seconds in
    progress.update(10, 1, force=True)
    progress.close(10, 1)
    line = err.getvalue()
    assert "10/100 articles" in line and "/s" in line and "1 failed" in line
    assert "ETA 0:" in line


def test_progress_is_silent_when_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    progress = Progress(total=None, enabled=False)
    progress.update(5, 0, force=True)
    progress.close(5, 0)
    assert err.getvalue() == ""
