"""A participant named after a dotted title ("Dr. Jane Okafor", "Mr. Antar", "Gen. Ruiz")
keeps the name: the title's full stop, which does not end the sentence, does not end the
phrase either. Counter-case: a sentence that really ends after a title-like word still
ends there."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, extract_events, roles

PUBLISHED = "1998-11-20"


@pytest.mark.parametrize(
    ("text", "trigger", "participant"),
    [
        ("A gunman shot Dr. Jane Okafor outside her clinic on Friday.", "shot", "Jane Okafor"),
        ("Police arrested Mr. Antar in Israel last week.", "arrested", "Antar"),
        ("Rebels ambushed Gen. Tomas Ruiz near the border.", "ambushed", "Tomas Ruiz"),
        ("The senators met Gov. Ann Richards in Austin.", "met", "Ann Richards"),
        ("Voters re-elected Sen. Bob Dole in 1992.", "re-elected", "Bob Dole"),
    ],
)
def test_a_dotted_title_does_not_end_the_participant(
    text: str, trigger: str, participant: str
) -> None:
    assert (participant, "patient") in roles(by_trigger(extract_events(text, PUBLISHED), trigger))


def test_the_full_name_comes_back_for_a_later_title_and_surname() -> None:
    text = "Eddie Antar founded the chain in 1969. Police arrested Mr. Antar in Israel."
    assert ("Eddie Antar", "patient") in roles(
        by_trigger(extract_events(text, PUBLISHED), "arrested")
    )


def test_a_sentence_that_ends_after_a_capitalised_word_still_ends() -> None:
    text = "The troops attacked the town of St. Nazaire. Later they shelled Leon."
    found = by_trigger(extract_events(text, PUBLISHED), "shelled")
    assert ("Leon", "patient") in roles(found)
