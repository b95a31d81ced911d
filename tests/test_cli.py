"""The command line: outputs, formats, and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import newsfacts
from newsfacts.cli import main

ARTICLE = "Officials said 40 tanks arrived in the city on Friday.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_one_article_as_json(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, err = run(capsys, "extract", str(article), "--published", "2024-03-09")
    assert code == 0, err
    data = json.loads(out)
    assert data["id"] == str(article)
    assert data["article"]["text"] == ARTICLE
    assert data["article"]["published"] == "2024-03-09"
    jsonschema.validate(data, newsfacts.json_schema())
    for kind in ("claims", "quantities", "times", "events"):
        for fact in data[kind]:
            start, end = fact["span"]
            assert ARTICLE[start:end] == fact.get("text", ARTICLE[start:end])


def test_extract_stdin_and_output_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "extract", "-", "--output", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["article"]["text"] == ARTICLE


def test_extract_jsonl_batch_with_a_bad_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": ARTICLE, "published": "2024-03-09"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "text": ""})
        + "\n"
        + json.dumps({"id": "d", "text": ARTICLE, "published": "March 9"})
        + "\n"
        + json.dumps({"text": ARTICLE})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "extract", str(corpus))
    assert code == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in lines] == ["a", f"{corpus}:2", "c", "d", f"{corpus}:5"]
    assert "malformed JSON" in lines[1]["error"]
    assert "empty" in lines[2]["error"]
    assert "invalid publication date" in lines[3]["error"]
    assert "error" not in lines[0] and "error" not in lines[4]
    assert "3 of 5 articles failed" in err


def test_several_files_as_a_json_array(
    capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, _ = run(capsys, "extract", str(article), str(missing), "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data[0]["id"] == str(article)
    assert data[1] == {"id": str(missing), "error": "no such file"}


def test_pretty_format(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, _ = run(capsys, "extract", str(article), "--format", "pretty")
    assert code == 0
    assert out.startswith("Title:") and "Quantities (" in out


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "nope.txt", "nope.txt: no such file"),
        (lambda p: p, "is a directory"),
        (lambda p: _write(p / "latin1.txt", "café".encode("latin-1")), "is not UTF-8 text"),
        (lambda p: _write(p / "empty.txt", b"  \n"), "the article text is empty"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: object, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    code, out, err = run(capsys, "extract", str(path))
    assert code == 2 and out == ""
    assert err.startswith("newsfacts: error: ") and message in err
    assert len(err.strip().splitlines()) == 1


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_bad_published_date(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, _, err = run(capsys, "extract", str(article), "--published", "2024-13-45")
    assert code == 2
    assert err.strip() == (
        "newsfacts: error: --published: invalid publication date '2024-13-45': expected YYYY-MM-DD"
    )


def test_disable_unknown_plugin(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, _, err = run(capsys, "extract", str(article), "--disable", "nonesuch")
    assert code == 2 and "cannot disable: no such plugin" in err


def test_bad_workers_is_a_usage_error(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(article), "--workers", "0"])
    assert exit_info.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_plugins_lists_the_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plugins", "--json")
    assert code == 0
    names = {p["name"]: p for p in json.loads(out)}
    for builtin in ("article", "times", "quantities", "claims", "events"):
        assert names[builtin]["distribution"] == "newsfacts"


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out) == newsfacts.json_schema()


def test_demo(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert "Published:    2026-03-14 (given)" in out


def test_module_entry_and_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsfacts", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"newsfacts {newsfacts.__version__}"
