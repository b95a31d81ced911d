"""Round M (issue #6): speaker bugs any reader sees on wire copy. A quote followed by a
plural owner ("the rebels' spokesman, Ali Omar, told"), by a body's descriptor and its
name ("consultancy Capital Economics said", "said campaign group Liberty"), names that
end in "'s" before a verb ("Moody's said"), and a name read as a person's before a
titled person ("Liberal Democrat leader Sir Edward Pryce said A and called B"). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- a plural owner before the role -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"We are ready to talk," the rebels\' spokesman, Ali Omar, told AFP.', "Ali Omar"),
        ('"We are ready to talk," the rebels\' spokesman Ali Omar said.', "Ali Omar"),
        ('"We were not consulted," the residents\' spokeswoman, Helen Ward, said.', "Helen Ward"),
        ('"The strike is on," the teachers\' leader, Peter Dunn, said on Friday.', "Peter Dunn"),
        ('"The talks failed," the unions’ chief negotiator, Maria Keller, said.', "Maria Keller"),
    ],
)
def test_plural_owner_then_named_role(text: str, who: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert speaker(found[0]) == (who, "person")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"We are relieved," the families\' lawyer said.', "families' lawyer"),
        ('"We will appeal," the victims\' lawyer told reporters.', "victims' lawyer"),
        ('"It is a scandal," the players’ coach said.', "players’ coach"),
    ],
)
def test_plural_owner_then_unnamed_role(text: str, who: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert speaker(found[0]) == (who, "person")


def test_plural_owner_alone_stays_the_body() -> None:
    found = claims('"Our members are exhausted," the nurses\' union said.')
    assert speaker(found[0]) == ("nurses' union", "organization")


# -- a body's descriptor, then its name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"It is over," consultancy Capital Economics said.', "Capital Economics"),
        ('"The outlook is negative," ratings agency Fitch said.', "Fitch"),
        ('"We see risks," brokerage Liberum wrote in a note to clients.', "Liberum"),
        ('"This is unlawful," rights group Human Rights Watch said.', "Human Rights Watch"),
        ('"Growth will stall," think tank Bruegel said on Monday.', "Bruegel"),
        ('"The law will silence critics," said campaign group Liberty.', "Liberty"),
        ('"This is wrong," said rights group Amnesty International.', "Amnesty International"),
    ],
)
def test_descriptor_then_body(text: str, who: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert speaker(found[0]) == (who, "organization")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # A job before a person's full name keeps the person.
        ('"Prices will rise," analyst John Smith said.', "John Smith"),
        ('"Prices will rise," economist Jane Lee told Reuters.', "Jane Lee"),
        ('"Prices will rise," bank economist Jane Lee told Reuters.', "Jane Lee"),
    ],
)
def test_job_then_person_stays_person(text: str, who: str) -> None:
    assert speaker(claims(text)[0]) == (who, "person")


@pytest.mark.parametrize(
    "text",
    [
        # A broker is a person in either order; a title before the name keeps the person.
        '"Prices will rise," broker Hayes said.',
        '"Prices will rise," said broker Hayes.',
        '"Inflation is coming down," central bank Governor Ueda said.',
        '"Rates will stay high," central bank President Lagarde said.',
    ],
)
def test_title_or_broker_before_a_name_keeps_the_person(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "person"


def test_function_word_is_no_descriptor() -> None:
    # '"...," and Keller said so': no descriptor, no cue right after the quote.
    found = claims('"It is over," and Keller said so.')
    assert all(c.cue is None or "said" not in c.cue for c in found if "over" in c.text)


# -- names that end in 's -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        ('"It is over," Moody\'s said.', "It is over", "Moody's"),
        ("McDonald's said it would close 200 restaurants.", "close 200", "McDonald's"),
        ("Sainsbury’s said it would cut prices.", "cut prices", "Sainsbury’s"),
        ('"We are deeply concerned," Lloyd\'s said in a statement.', "concerned", "Lloyd's"),
        ("Ratings agency Moody's has warned that the outlook is negative.", "outlook", "Moody's"),
    ],
)
def test_name_ending_in_s(text: str, fragment: str, who: str) -> None:
    claim = by_text(claims(text), fragment)
    assert speaker(claim) == (who, "organization")


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        # A noun ("claims") or "had" with an object after "X's": an owner, and the name
        # stays plain where it is written without "'s".
        (
            "Apple's claims that the phone is secure were disputed. Apple said it would appeal.",
            "appeal",
            "Apple",
        ),
        (
            "Nordhav's reports on the mine were leaked. Nordhav said it would sue.",
            "sue",
            "Nordhav",
        ),
        (
            "Boeing's had a difficult year. Deliveries fell sharply. Boeing said it would recover.",
            "recover",
            "Boeing",
        ),
        ("Veltrix's had two bad years. Veltrix said it would cut jobs.", "cut jobs", "Veltrix"),
    ],
)
def test_owner_elsewhere_keeps_the_plain_name(text: str, fragment: str, who: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (who, "organization")


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        # An owner before a noun stays an owner.
        ("Germany's finance minister said the budget was balanced.", "budget", "finance minister"),
        ("Keller's spokesman said the union would strike.", "strike", "spokesman"),
    ],
)
def test_owner_before_noun_is_not_the_speaker(text: str, fragment: str, who: str) -> None:
    claim = by_text(claims(text), fragment)
    assert claim.speaker is not None
    assert who in claim.speaker.name
    assert "'s" not in claim.speaker.name.removeprefix("Germany's ")


# -- a name read as a person's, before a titled person -----------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'Liberal Democrat leader Sir Edward Pryce insisted the cap was "morally '
            'indefensible" and called on the prime minister to allow a free vote.',
            "Edward Pryce",
        ),
        (
            "Liberal Democrat leader Sir Edward Pryce said the cap was wrong and called on "
            "ministers to act.",
            "Edward Pryce",
        ),
        (
            "Scottish Labour leader Dame Anne Sarwar said the plan was flawed and urged "
            "ministers to think again.",
            "Anne Sarwar",
        ),
        (
            "Keller's spokesman Ali Omar said the talks had failed and urged calm.",
            "Ali Omar",
        ),
        ("Maria Keller said the cap was wrong and called on ministers to act.", "Maria Keller"),
    ],
)
def test_joined_verb_takes_the_titled_person(text: str, who: str) -> None:
    found = claims(text)
    assert len(found) == 2
    assert [speaker(c) for c in found] == [(who, "person")] * 2


# -- a plural owner after an inverted verb, and unnamed people of one job --------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"The ruling is a victory," said the plaintiffs\' attorney, Ben Crump.', "Ben Crump"),
        ('"We won," said the players\' captain, Sam Kerr.', "Sam Kerr"),
        ('"We won," said the rebels’ spokesman Ali Omar.', "Ali Omar"),
    ],
)
def test_inverted_plural_owner_then_named_role(text: str, who: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert speaker(found[0]) == (who, "person")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"It is a victory," the plaintiffs\' attorneys said in a statement.', "attorneys"),
        ('"It is a victory," the families\' lawyers told reporters.', "lawyers"),
    ],
)
def test_plural_owner_then_plural_role_is_a_group(text: str, who: str) -> None:
    found = claims(text)
    assert len(found) == 1
    name, kind = speaker(found[0])
    assert kind == "group"
    assert name.endswith(who)


def test_stray_apostrophe_before_the_verb_is_no_owner() -> None:
    assert claims('"It was chaos," the strangers\' said.') == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The rebels' spokesman said the ceasefire had collapsed.",
            ("rebels' spokesman", "anonymous"),
        ),
        ("The teachers' leader said the strike would go ahead.", ("teachers' leader", "person")),
        ("The miners’ spokeswoman said the pit would close.", ("miners’ spokeswoman", "anonymous")),
        # a body's noun after the owner stays the body; a name after the role is the person
        ("The workers' union said the offer was poor.", ("workers' union", "organization")),
        ("The rebels' spokesman, Ali Omar, said the truce had collapsed.", ("Ali Omar", "person")),
    ],
)
def test_plural_owner_then_role_before_the_verb(text: str, who: tuple[str, str]) -> None:
    found = claims(text)
    assert len(found) == 1
    assert speaker(found[0]) == who
