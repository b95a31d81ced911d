"""The data-file readers every extractor shares (newsfacts.lexicons)."""

from __future__ import annotations

import pytest

from newsfacts.lexicons import lexicon, lexicon_keys, lexicon_lines


def test_lines_drop_comments_and_blanks() -> None:
    lines = lexicon_lines("reporting_verbs")
    assert lines and not any(line.startswith("#") or not line.strip() for line in lines)
    assert lexicon("reporting_verbs") == frozenset(lines)


def test_keys_are_the_first_column_lower_cased() -> None:
    keys = lexicon_keys("reporting_verbs")
    rows = [line.split() for line in lexicon_lines("reporting_verbs")]
    assert any(len(row) > 1 for row in rows)  # a table of several columns
    assert keys == {row[0].lower() for row in rows}
    assert {"said", "warned"} <= keys
    assert not any(" " in key for key in keys)


def test_an_unknown_lexicon_is_an_error_naming_it() -> None:
    with pytest.raises(LookupError, match="no_such_list"):
        lexicon_keys("no_such_list")
