"""Claims on three speaker-attribution shapes of wire copy (review 22b): a paragraph that
ends in a cue and a colon ("a Justice Department spokesman said:") introduces the quote
that opens the next paragraph; a cue-less quote goes on with the previous claim's
speaker, never with a name inside that claim's content, and '"...," X read from a
letter signed by Y' is Y's; a "he" or "she" after a one-word name of unknown kind that
spoke ('"...," Castro said. He also said') makes that name a person. Every paragraph is
written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims

LEAD = "Talks resumed on Friday.\n\n"
BEFORE = '"We have the perfect formula," Castro said on Monday.\n\n'


def _speaker_of(text: str, fragment: str) -> str | None:
    found = by_text(claims(LEAD + text), fragment)
    return found.speaker.name if found.speaker else None


# - 1. a cue paragraph ending in a colon -


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            "Asked to comment on Castro's announcement, a Justice Department spokesman said:",
            "Justice Department spokesman",
        ),
        ("The mayor said in a statement:", "mayor"),
        ("Maria Keller told reporters:", "Maria Keller"),
        ("Jonas Weber wrote:", "Jonas Weber"),
        ("In a statement, the ministry said:", "ministry"),
        ("Later that day, Ana Ruiz, the union leader, told the crowd:", "Ana Ruiz"),
        ("The prime minister added in a radio interview:", "prime minister"),
    ],
)
def test_colon_paragraph_introduces_the_next_quote(intro: str, expected: str) -> None:
    text = BEFORE + intro + '\n\n"We will rebuild the bridge by June. Nobody will stop us."'
    assert _speaker_of(text, "rebuild the bridge") == expected


def test_colon_cue_in_the_quote_paragraph_itself() -> None:
    text = BEFORE + 'The mayor said in a statement: "We will rebuild the bridge by June."'
    assert _speaker_of(text, "rebuild the bridge") == "mayor"


def test_colon_cue_chain_of_paragraphs_shares_the_speaker() -> None:
    text = (
        BEFORE + "The mayor said in a statement:\n\n"
        '"We will rebuild the bridge by June.\n\n"Nobody will stop us from doing it."'
    )
    assert _speaker_of(text, "Nobody will stop us") == "mayor"


@pytest.mark.parametrize(
    "intro",
    [
        # no verb of saying: the quote goes on with the speaker before
        "The city has a plan:",
        # a verb word after a determiner is a noun ("the report"), not a cue
        "The report has three findings:",
    ],
)
def test_no_colon_cue_keeps_the_speaker_before(intro: str) -> None:
    text = BEFORE + intro + '\n\n"We will rebuild the bridge by June. Nobody will stop us."'
    assert _speaker_of(text, "rebuild the bridge") == "Castro"


def test_report_noun_before_colon_is_no_cue_in_the_same_paragraph() -> None:
    text = BEFORE + 'The report has three findings: "The bridge was unsafe. Nobody checked it."'
    assert [c.cue for c in claims(LEAD + text) if "bridge" in c.text] == []


# - 2. the previous claim's speaker, not a name inside its content -


@pytest.mark.parametrize(
    ("report", "outer"),
    [
        (
            "Gonzalez said he would go get his son if U.S. authorities promised to help, "
            "Castro said Sunday.",
            "Castro",
        ),
        (
            "Maria Keller said the workers would return if the company promised to pay "
            "them, a union official said.",
            "union official",
        ),
        (
            "The minister said the farmers claimed the prices were unfair, Jonas Weber told "
            "reporters.",
            "Jonas Weber",
        ),
        ("Ana Ruiz said analysts expected the deal to close by June.", "Ana Ruiz"),
    ],
)
def test_cueless_quote_continues_the_outer_speaker(report: str, outer: str) -> None:
    text = report + '\n\n"I am willing to leave tomorrow. I have waited long enough."'
    assert _speaker_of(text, "willing to leave") == outer


def test_cueless_quote_in_the_same_paragraph_continues_the_outer_speaker() -> None:
    text = (
        "Gonzalez said he would come if U.S. authorities promised to help, Castro said. "
        '"I am willing to leave tomorrow. I have waited long enough."'
    )
    assert _speaker_of(text, "willing to leave") == "Castro"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"I am willing to leave tomorrow," Castro read from a letter signed by '
            "Juan Miguel Gonzalez.",
            "Juan Miguel Gonzalez",
        ),
        (
            '"We want justice for our son," the lawyer read from a statement by the Keller family.',
            "Keller family",
        ),
        (
            '"I am sorry for what I did," the judge read out from a letter written by Tom Hale.',
            "Tom Hale",
        ),
        ('"Please come home soon," Maria Lopez read from a letter on Monday.', "Maria Lopez"),
        ('"Please come home soon," Maria Lopez read aloud.', "Maria Lopez"),
    ],
)
def test_reading_out_a_letter(sentence: str, expected: str) -> None:
    text = BEFORE + sentence
    assert _speaker_of(text, "") is not None
    found = [c for c in claims(LEAD + text) if c.cue == "read"]
    assert [c.speaker.name if c.speaker else None for c in found] == [expected]


def test_read_is_no_cue_away_from_a_quote() -> None:
    found = claims(LEAD + "Maria Lopez read the report on Monday and said it was wrong.")
    assert [c.cue for c in found] == ["said"]


# - 3. "he"/"she" after a name of unknown kind that spoke -


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We have a formula," Castro said. He also said that the group would wait.', "Castro"),
        ('"We have a formula," said Castro. She also said that the group would wait.', "Castro"),
        ('"We will not surrender," Bunchhay said. He added that the group would wait.', "Bunchhay"),
        ('"The road is closed," Okonjo told reporters. She said the group would wait.', "Okonjo"),
        ("Sary said the talks had failed. He said the group would wait.", "Sary"),
        # a person named in full with an unknown first name works as before
        ('"We will win," Nhek Bunchhay said. He said the group would wait.', "Nhek Bunchhay"),
        # a person of known gender named after the name that spoke is the one meant
        (
            '"We are ready," Castro told Mr. Ali Khan. He later said the group would wait.',
            "Ali Khan",
        ),
        # ... and one of known gender named in the sentence before wins over it
        (
            "The long talks with Mrs. Lopez ended as Castro said the army was ready. "
            "She said the group would wait.",
            "Lopez",
        ),
        # (two sentences back she is out of the window: the name that spoke)
        (
            'Mrs. Lopez arrived. "We are ready," Castro said. She said the group would wait.',
            "Castro",
        ),
    ],
)
def test_pronoun_after_a_name_that_spoke(text: str, expected: str) -> None:
    assert _speaker_of(text, "the group would wait") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "said Kestrel had failed": the name opens the reported clause, it did not speak
        "The union's secretary, Sipho Mahlangu, said Kestrel had failed to consult workers. "
        '"They paid their bosses bonuses," he said.',
        # a place that speaks is a country, never "he"
        "Kenya said on Monday that the talks would resume. He said the talks went well.",
        # an agency is no person either
        "Reuters said on Monday that the talks would resume. He said the talks went well.",
    ],
)
def test_pronoun_not_given_to_a_name_that_did_not_speak(text: str) -> None:
    found = claims(LEAD + text)
    names = {c.speaker.name for c in found if c.speaker is not None}
    assert "Kestrel" not in names
    assert "Kenya" not in [c.speaker.name for c in found[1:] if c.speaker is not None]
    assert "Reuters" not in [c.speaker.name for c in found[1:] if c.speaker is not None]


@pytest.mark.parametrize(
    "text",
    [
        'The sign on the gate read: "Keep out of the water."',
        'John Smith read out the charge: "You are accused of murder."',
        'Maria Lopez read from the letter: "Your claim has been refused."',
    ],
)
def test_reading_verb_before_a_quote_is_no_cue(text: str) -> None:
    assert all(c.cue != "read" for c in claims(LEAD + text))
