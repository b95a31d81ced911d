"""Round 32 (round P): speaker bugs a reader sees on any article (issue #6). An unnamed job
or crowd owned by a noun ("the plaintiffs' attorney", "the study's authors", "the prime
minister's spokesman", "the victims' families"), before or after the verb; a "he"/"she"
the registry links to no one right after such a speaker's claim; a lone word that speaks
as "I" is a person; a whole-sentence quote after a short clause ending in a colon
("Keller was blunt: ..."). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- an unnamed job or crowd owned by a noun ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            '"The evidence is overwhelming," said the plaintiffs\' attorney.',
            "evidence is overwhelming",
            ("plaintiffs' attorney", "person"),
        ),
        (
            '"The bridge was unsafe," said the engineers\' lawyer.',
            "bridge was unsafe",
            ("engineers' lawyer", "person"),
        ),
        (
            '"More work is needed," said the study\'s authors.',
            "More work",
            ("study's authors", "group"),
        ),
        (
            '"We want answers," said the victims\' families.',
            "want answers",
            ("victims' families", "group"),
        ),
        (
            '"We want answers," the victims\' families said.',
            "want answers",
            ("victims' families", "group"),
        ),
        (
            '"They were trapped for days," the miners\' relatives told reporters.',
            "trapped for days",
            ("miners' relatives", "group"),
        ),
        (
            '"More work is needed," the study\'s lead author said.',
            "More work",
            ("study's lead author", "person"),
        ),
        (
            '"Referees make mistakes," the referee\'s assessor said.',
            "Referees make mistakes",
            ("referee's assessor", "person"),
        ),
        (
            '"The filing was late," the court\'s clerk said.',
            "filing was late",
            ("court's clerk", "person"),
        ),
        (
            '"This is unacceptable," the prime minister\'s spokesman said.',
            "unacceptable",
            ("prime minister's spokesman", "anonymous"),
        ),
        (
            '"This is unacceptable," said the prime minister\'s spokesman.',
            "unacceptable",
            ("prime minister's spokesman", "anonymous"),
        ),
    ],
)
def test_owned_unnamed_speaker(text: str, fragment: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(text), fragment)) == who


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        # A name after the owned job is the speaker.
        (
            '"Sales held up," said the company\'s chief executive, Tim Cook.',
            "Sales held up",
            ("Tim Cook", "person"),
        ),
        (
            '"We will fight on," said the rebels\' spokesman Ali Omar.',
            "fight on",
            ("Ali Omar", "person"),
        ),
    ],
)
def test_owned_job_then_name(text: str, fragment: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(text), fragment)) == who


def test_owned_thing_is_no_speaker() -> None:
    # "findings" is no job or crowd: the owner's thing does not speak.
    found = claims('"It was fine," said the report\'s findings.')
    assert all(c.speaker is None or "findings" not in c.speaker.name for c in found)


# -- a pronoun after an unnamed job's claim ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            '"Nobody listens to us," the teachers\' leader said. He added that strikes '
            "would continue.",
            "strikes would continue",
            ("teachers' leader", "person"),
        ),
        (
            '"Nobody listens," the plaintiffs\' attorney said. She added that the case '
            "would go on.",
            "case would go on",
            ("plaintiffs' attorney", "person"),
        ),
        (
            '"The pitch was poor," said the players\' coach.\n\nHe said the club had '
            "ignored repeated warnings.",
            "ignored repeated warnings",
            ("players' coach", "person"),
        ),
    ],
)
def test_pronoun_after_unnamed_job(text: str, fragment: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(text), fragment)) == who


def test_pronoun_after_someone_named_since() -> None:
    text = (
        '"Nobody listens," the plaintiffs\' attorney said. Maria Keller, the judge, '
        "disagreed. She said the case was weak."
    )
    assert speaker(by_text(claims(text), "case was weak")) == ("Maria Keller", "person")


def test_pronoun_after_a_crowd_stays_unknown() -> None:
    text = '"Nobody listens," said the victims\' families. He said the inquiry was a sham.'
    assert by_text(claims(text), "inquiry was a sham").speaker is None


def test_pronoun_with_nobody_before_stays_unknown() -> None:
    assert by_text(claims("He said the case was weak."), "case was weak").speaker is None


# -- a lone word that speaks as "I" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"I will appeal," Hartwell added.', ("Hartwell", "person")),
        ('"My job is done," Hartwell said.', ("Hartwell", "person")),
        ('"I\'m not leaving," said Brannock.', ("Brannock", "person")),
        ('"We will appeal," Doe added.', ("Doe", "person")),
        ('"The results speak for themselves," Roe said.', ("Roe", "person")),
    ],
)
def test_lone_word_speaking_as_i(text: str, who: tuple[str, str]) -> None:
    assert speaker(claims(text)[0]) == who


@pytest.mark.parametrize(
    "text",
    [
        '"We will appeal," Hartwell said.',
        '"The ruling is wrong," Nordhav said.',
    ],
)
def test_lone_word_without_i_stays_a_body(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        # A Roman numeral is no "I".
        '"We ran Phase I trials," Nexaro said.',
        '"Our World War I archive is open," Veltrix said.',
    ],
)
def test_roman_numeral_is_no_first_person(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "organization"


# -- a quote after a colon -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            'Budget talks\n\nMaria Keller runs the union.\n\nKeller was blunt: "We are out of '
            'money."',
            "out of money",
            ("Maria Keller", "person"),
        ),
        (
            'Budget talks\n\nMaria Keller put it simply: "We need more time."',
            "need more time",
            ("Maria Keller", "person"),
        ),
        (
            'Budget talks\n\nMaria Keller runs the union.\n\nShe was blunt: "We are out of money."',
            "out of money",
            ("Maria Keller", "person"),
        ),
        (
            'Budget talks\n\nThe union leader was defiant: "We will not back down."',
            "not back down",
            ("union leader", "person"),
        ),
        # A phrase of time or setting after the adjective, or a message the person had.
        *(
            (f'Budget talks\n\nMaria Keller {stance}: "There will be no deal."', "no deal", who)
            for stance in (
                "was clear on Monday",
                "was even more blunt",
                "was blunt in an interview",
                "had a simple message",
            )
            for who in [("Maria Keller", "person")]
        ),
    ],
)
def test_colon_introduced_quote(text: str, fragment: str, who: tuple[str, str]) -> None:
    found = by_text(claims(text), fragment)
    assert found.cue is None
    assert speaker(found) == who


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('Budget talks\n\nThe sign read: "Keep out of the water."', "Keep out"),
        ('Budget talks\n\nKeller met Webb on Tuesday: "It was good."', "It was good"),
        ('Budget talks\n\nKeller has one goal: "Win."', "Win"),
        # Only a copula and an adjective, or a stance phrase, introduce a quote.
        (
            'Budget talks\n\nJohn Smith received a text message minutes later: "We are '
            'coming for you tonight."',
            "coming for you",
        ),
        ('Budget talks\n\nJohn Smith read out the charge: "You are accused of murder."', "accused"),
        ('Budget talks\n\nJohn Smith opened the letter: "Your claim has been refused."', "refused"),
    ],
)
def test_colon_without_a_clear_speaker(text: str, fragment: str) -> None:
    assert all(fragment not in c.text or c.speaker is None for c in claims(text))


# -- a verb of chanting ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        ('"Stop the war," the protesters chanted.', "Stop the war", ("protesters", "group")),
        ('"Justice for Amal," chanted the students.', "Justice for Amal", ("students", "group")),
        (
            "The marchers chanted that the election had been stolen.",
            "election",
            ("marchers", "group"),
        ),
    ],
)
def test_chanted_is_a_cue(text: str, fragment: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(text), fragment)) == who


@pytest.mark.parametrize(
    "text",
    ["The protesters chanted slogans outside parliament.", "Fans chanted his name all night."],
)
def test_chanted_with_an_object_is_no_claim(text: str) -> None:
    assert claims(text) == []


# -- a short sentence quoted after a quote -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            '"I don\'t know," the woman told the Associated Press. "Nobody knows."',
            "Nobody knows",
            ("woman", "person"),
        ),
        (
            '"It was a good result," the manager said. "We deserved it."',
            "We deserved it",
            ("manager", "person"),
        ),
        (
            '"We tried everything," said Maria Keller. "Truly everything!"',
            "Truly",
            ("Maria Keller", "person"),
        ),
    ],
)
def test_short_sentence_after_a_quote(text: str, fragment: str, who: tuple[str, str]) -> None:
    found = by_text(claims(text), fragment)
    assert found.cue is None
    assert speaker(found) == who


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody knows."',  # nothing quoted before it
        'The film "Top Gun" was a hit. "Top Gun." is its title.',  # a title before it
        'The manager sighed. "Not again."',  # no quote before it in its paragraph
    ],
)
def test_short_sentence_alone_is_no_claim(text: str) -> None:
    assert claims(text) == []
