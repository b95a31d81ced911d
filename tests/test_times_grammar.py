"""The times stage's small word classes, read from ``data/time_grammar.txt``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsfacts.extractors as extractors
from newsfacts.extractors import _timegrammar, _timetense, times
from newsfacts.extractors._timelex import _grammar, word_class

_HERE = Path(extractors.__file__).parent
# The times stage, and the publication date that reads its grammar too.
_SOURCES = [*sorted(_HERE.glob("_time*.py")), Path(times.__file__), _HERE / "_pubdate.py"]


def _used_names() -> set[str]:
    text = "".join(path.read_text(encoding="utf-8") for path in _SOURCES)
    return set(re.findall(r'word_class\("([a-z_]+)"\)', text))


def test_every_class_in_the_file_is_used_and_every_used_class_exists() -> None:
    assert set(_grammar()) == _used_names()


def test_an_unknown_class_is_an_error() -> None:
    with pytest.raises(LookupError):
        word_class("no_such_class")


def test_words_are_lower_case_as_the_tokens_they_meet() -> None:
    for name, words in _grammar().items():
        assert words, name
        assert all(w == w.lower() for w in words), name


def test_classes_spread_over_several_lines_are_joined() -> None:
    assert {"until", "up", "to", "lasting", "within"} <= word_class("not_told_from")
    assert {"in", "all", "across"} <= word_class("season_signals")


def test_punctuation_entries_survive_reading() -> None:
    assert {",", "-", "–", "&", "/"} <= word_class("list_joiners")
    assert {"-", "–", "thru"} <= word_class("range_words")
    assert {"'ve", "hasn't"} <= word_class("perfect")


def test_modules_bind_the_classes_once() -> None:
    assert _timegrammar._SINCE is word_class("since")
    assert _timegrammar._RELDAY_OPENERS is word_class("relday_openers")
    assert _timetense._PERFECT is word_class("perfect")
    assert times._RANGE_WORDS is word_class("range_words")
