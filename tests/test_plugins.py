"""The plugin system: entry points, plugins added in code, disabling, isolation, validation."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import newsfacts
from newsfacts import Document, Facts, PluginError, Quantity, Span, hookimpl
from newsfacts.plugins import (
    PluginHost,
    _scan_entry_points,
    entry_point_plugins,
    forget_entry_points,
)
from newsfacts.testing import extractor_with

TEXT = "Officials said 40 tanks arrived on Friday."


class CountTanks:
    """A test plugin: every "40" is a count of tanks."""

    newsfacts_plugin_name = "count-tanks"

    @hookimpl
    def newsfacts_quantities(self, document: Document) -> list[Quantity]:
        start = document.text.find("40")
        if start < 0:
            return []
        return [Quantity(span=Span(start, start + 2), text="40", value=40, noun="tanks")]


class Exploding:
    newsfacts_plugin_name = "exploding"

    @hookimpl
    def newsfacts_times(self) -> None:
        raise RuntimeError("boom")


class Garbage:
    newsfacts_plugin_name = "garbage"

    @hookimpl
    def newsfacts_claims(self, document: Document) -> list[object]:
        return ["not a claim", Quantity(span=Span(0, 2), text="Of", value=1)]


class OutOfText:
    newsfacts_plugin_name = "out-of-text"

    @hookimpl
    def newsfacts_quantities(self) -> list[Quantity]:
        return [Quantity(span=Span(10, 9999), text="x", value=1)]


def test_plugin_added_in_code_is_run() -> None:
    facts = extractor_with(CountTanks(), only=True).extract(TEXT)
    assert [(q.text, q.noun) for q in facts.quantities] == [("40", "tanks")]
    assert facts.problems == ()


def test_plugin_added_in_code_can_be_disabled() -> None:
    facts = extractor_with(CountTanks(), only=True, disable=["count-tanks"]).extract(TEXT)
    assert facts.quantities == ()


def test_raising_plugin_is_isolated_and_named() -> None:
    facts = extractor_with(CountTanks(), Exploding(), only=True, strict=False).extract(TEXT)
    assert len(facts.quantities) == 1  # the other plugin's facts are kept
    assert [p.plugin for p in facts.problems] == ["exploding"]
    assert "RuntimeError: boom" in facts.problems[0].message


def test_raising_plugin_raises_in_strict_mode() -> None:
    with pytest.raises(PluginError, match="'exploding'.*boom"):
        extractor_with(Exploding(), only=True, strict=True).extract(TEXT)


def test_garbage_is_dropped_and_reported() -> None:
    facts = extractor_with(Garbage(), OutOfText(), only=True, strict=False).extract(TEXT)
    assert facts.claims == () and facts.quantities == ()
    messages = {(p.plugin, p.message.split(";")[0]) for p in facts.problems}
    assert ("garbage", "newsfacts_claims returned a str, expected Claim") in messages
    assert ("garbage", "newsfacts_claims returned a Quantity, expected Claim") in messages
    assert any(
        p.plugin == "out-of-text" and "runs past the end" in p.message for p in facts.problems
    )


def test_misspelled_hook_is_refused_by_name() -> None:
    class Typo:
        newsfacts_plugin_name = "typo"

        @hookimpl
        def newsfacts_time(self) -> None:  # missing "s"
            pass

    with pytest.raises(PluginError, match="'typo'.*unknown hook 'newsfacts_time'"):
        extractor_with(Typo(), only=True, strict=True)
    host = PluginHost([Typo()])
    assert "unknown hook" in host.load_errors["typo"]


def test_unknown_argument_is_refused() -> None:
    class BadArgs:
        newsfacts_plugin_name = "bad-args"

        @hookimpl
        def newsfacts_times(self, doc: Document) -> None:
            pass

    with pytest.raises(PluginError, match="bad-args"):
        extractor_with(BadArgs(), only=True, strict=True)


def test_disabling_an_unknown_plugin_is_an_error() -> None:
    with pytest.raises(PluginError, match="cannot disable: no such plugin"):
        newsfacts.Extractor(disable=["no-such-plugin"])


def test_refine_hook_sees_and_replaces_the_result() -> None:
    class DropQuantities:
        newsfacts_plugin_name = "drop-quantities"

        @hookimpl
        def newsfacts_refine(self, facts: Facts) -> Facts:
            return attrs.evolve(facts, quantities=())

    facts = extractor_with(CountTanks(), only=True).extract(TEXT)
    assert facts.quantities
    facts = extractor_with(CountTanks(), DropQuantities(), only=True).extract(TEXT)
    assert facts.quantities == ()


def test_later_stages_see_earlier_facts() -> None:
    seen: list[int] = []

    class Reader:
        newsfacts_plugin_name = "reader"

        @hookimpl
        def newsfacts_events(self, facts: Facts) -> None:
            seen.append(len(facts.quantities))

    extractor_with(CountTanks(), Reader(), only=True).extract(TEXT)
    assert seen == [1]


# -- entry points ---------------------------------------------------------------------


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A plugin distribution installed for this test only, found through its entry point."""
    (tmp_path / "nf_test_plugin.py").write_text(
        textwrap.dedent("""
        from newsfacts import Quantity, Span, hookimpl

        @hookimpl
        def newsfacts_quantities(document):
            start = document.text.find("40")
            if start < 0:
                return []
            return [Quantity(span=Span(start, start + 2), text="40", value=40)]
    """)
    )
    info = tmp_path / "nf_test_plugin-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: nf-test-plugin\nVersion: 1.2.3\n")
    (info / "entry_points.txt").write_text("[newsfacts]\ntest-plugin = nf_test_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSFACTS_LOAD_PLUGINS", raising=False)
    forget_entry_points()
    yield "test-plugin"
    sys.modules.pop("nf_test_plugin", None)
    forget_entry_points()


def test_entry_point_plugin_is_found_with_its_distribution(installed_plugin: str) -> None:
    info = {i.name: i for i in newsfacts.Extractor().plugins()}[installed_plugin]
    assert (info.distribution, info.version) == ("nf-test-plugin", "1.2.3")
    assert info.hooks == ("newsfacts_quantities",)
    others = [n for n in info_names() if n != installed_plugin]
    facts = newsfacts.Extractor(disable=others).extract(TEXT)
    assert [q.text for q in facts.quantities] == ["40"]
    facts = newsfacts.Extractor(disable=[*others, installed_plugin]).extract(TEXT)
    assert facts.quantities == ()


def info_names() -> list[str]:
    return [p.name for p in entry_point_plugins()]


def test_broken_entry_point_is_reported_not_fatal(
    installed_plugin: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "nf_test_plugin.py").write_text("raise ImportError('missing dependency')\n")
    sys.modules.pop("nf_test_plugin", None)
    forget_entry_points()
    extractor = newsfacts.Extractor()
    info = {i.name: i for i in extractor.plugins()}[installed_plugin]
    assert info.error is not None and "missing dependency" in info.error
    facts = extractor.extract(TEXT)
    assert any(p.plugin == installed_plugin and "not loaded" in p.message for p in facts.problems)
    monkeypatch.setenv("NEWSFACTS_LOAD_PLUGINS", installed_plugin)
    with pytest.raises(PluginError, match="'test-plugin'.*missing dependency"):
        newsfacts.Extractor(strict=True)


def test_load_only_some_plugins_by_env(
    installed_plugin: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFACTS_LOAD_PLUGINS", installed_plugin)
    assert info_names() == [installed_plugin]
    monkeypatch.setenv("NEWSFACTS_LOAD_PLUGINS", "")
    assert info_names() == []


def test_builtins_are_declared_as_entry_points() -> None:
    """Every public module in newsfacts/extractors/ is an entry point, and nothing else."""
    import newsfacts.extractors

    folder = Path(newsfacts.extractors.__file__).parent
    modules = {p.stem for p in folder.glob("*.py") if not p.stem.startswith("_")}
    declared = {ep.name: ep.value for ep in _scan_entry_points() if ep.distribution == "newsfacts"}
    assert declared == {name: f"newsfacts.extractors.{name}" for name in modules}


def test_pyproject_table_matches_the_installed_metadata() -> None:
    tomllib = pytest.importorskip("tomllib", reason="tomllib needs Python 3.11")
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    table = tomllib.loads(pyproject.read_text())["project"]["entry-points"]["newsfacts"]
    installed = {ep.name: ep.value for ep in _scan_entry_points() if ep.distribution == "newsfacts"}
    assert table == installed


def test_a_plugin_given_twice_is_refused_by_name() -> None:
    plugin = CountTanks()
    with pytest.raises(PluginError, match="already registered"):
        newsfacts.Extractor([plugin, plugin])


def test_extractor_with_replaces_the_entry_point_copy_of_a_plugin() -> None:
    import newsfacts.extractors.times as times

    ex = extractor_with(times)
    names = {i.name: i for i in ex.plugins()}
    assert names["times"].enabled is False
    assert names["newsfacts.extractors.times"].hooks == ("newsfacts_times",)
