"""Claims and speakers on the shapes of real wire copy, fourth round: bugs in the general
speaker mechanisms rather than new shapes. The person after a body's or a place's
possessive ("said Microsoft's Bill Gates"); a named person before "of" and a firm named
like a person ("John Smith of Salomon Brothers said"); the family name a kin takes from
the man or woman "his"/"her" points to, not from a place read as a name ("in Miami's
Little Havana"); a ", who said" clause on a named person or group; plural people who
left or are held ("exiles in Miami say", "hostages said") as groups; an inverted "Says
X, <long apposition> in New York:" before a quote; a title-case headline's verb ("Father
Wants Update on Son") ending a name; "said little during" as an object, not a clause; a
sentence-opening "But" before the subject of "V1 ... and V2 that A"; "issued a statement
saying A" as the issuer's claim.
Every sentence is written for the test, and so are the counter-cases (each paired with
a sentence that the rule must change)."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, kind_of, speaker

LEAD = "Talks resumed on Friday.\n\n"


def _who(text: str, fragment: str) -> tuple[str, str] | None:
    claim = by_text(claims(LEAD + text), fragment)
    return None if claim.speaker is None else speaker(claim)


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        # the person after a body's or a place's possessive
        (
            "``It will fail,'' said Microsoft's Bill Gates.",
            "It will fail",
            ("Bill Gates", "person"),
        ),
        (
            "``Our position has not changed,'' said Iraq's Tariq Aziz.",
            "position has not changed",
            ("Tariq Aziz", "person"),
        ),
        (
            "Abby Cohen works for Goldman Sachs. ``Stocks are cheap,'' said Goldman's Cohen.",
            "Stocks are cheap",
            ("Abby Cohen", "person"),
        ),
        (
            "``The deal is dead,'' said IBM's Lou Gerstner, the chairman.",
            "deal is dead",
            ("Lou Gerstner", "person"),
        ),
        (
            "``The market is overheated,'' said Merrill Lynch's Charles Clough.",
            "market is overheated",
            ("Charles Clough", "person"),
        ),
        # a named person, "of", and a firm named like a person
        (
            "John Smith of Salomon Brothers said he will remain cautious.",
            "remain cautious",
            ("John Smith", "person"),
        ),
        (
            "Robert Barbera of Lehman Brothers said the economy was slowing.",
            "economy was slowing",
            ("Robert Barbera", "person"),
        ),
        (
            "Chuck Hill of First Call said analysts had cut their estimates.",
            "cut their estimates",
            ("Chuck Hill", "person"),
        ),
        # ", who said": the named person or group the clause hangs on
        (
            "The decision was criticized by Mayor John Doe, who said the city would appeal.",
            "city would appeal",
            ("John Doe", "person"),
        ),
        (
            "The plan was welcomed by farmers, who said it would raise prices.",
            "raise prices",
            ("farmers", "group"),
        ),
        (
            "``Not guilty,'' said the jury's foreman, Mr. Wells, who said the vote was unanimous.",
            "vote was unanimous",
            ("Wells", "person"),
        ),
        # people who left their country or are held, named with their place
        (
            "Cuban exiles in Miami say the boy's mother died to give him freedom.",
            "mother died",
            ("Cuban exiles in Miami", "group"),
        ),
        (
            "Soviet emigres in Israel say housing is scarce.",
            "housing is scarce",
            ("Soviet emigres in Israel", "group"),
        ),
        (
            "Former hostages said they had been beaten by their captors.",
            "beaten by their captors",
            ("Former hostages", "group"),
        ),
        (
            "The Miami kin has been battling to keep him, saying it can give him a better life.",
            "better life",
            ("Miami kin", "group"),
        ),
        # an inverted "Says X," with a long apposition before the colon
        (
            "Says Jane Doe, chief investment officer of a bank and manager of a fund group "
            "in New York: ``It's a time bomb just waiting to go off.''",
            "time bomb",
            ("Jane Doe", "person"),
        ),
        (
            "Prices fell. Says Jane Doe, chief economist of a large regional bank based in "
            "Chicago, Illinois: ``Nobody wants to buy.''",
            "Nobody wants to buy",
            ("Jane Doe", "person"),
        ),
        ("Says Michael Hirsch: ``It's a time bomb.''", "time bomb", ("Michael Hirsch", "person")),
        # a conjunction opening the sentence, then "V1 ... and V2 that A"
        (
            "Juan Ortiz arrived on Monday. But Ortiz, backed by his lawyers, has demanded his "
            "rights as a parent and insisted that the child be returned to him.",
            "child be returned",
            ("Juan Ortiz", "person"),
        ),
        (
            "Yet the company cut its forecast and said sales would fall.",
            "sales would fall",
            ("company", "organization"),
        ),
        # "issued a statement saying A", "sent a letter (to X) saying A": the sender's
        (
            "The company issued a statement on Monday saying it would cut 500 jobs.",
            "cut 500 jobs",
            ("company", "organization"),
        ),
        (
            "John Smith sent a letter to U.S. District Judge Ann Ruiz saying the trial was unfair.",
            "trial was unfair",
            ("John Smith", "person"),
        ),
        # a kin's family name from the man "his" points to, not a place read as a name
        (
            "His stand didn't stop the talk on Little Havana's streets, where callers mocked "
            "him.\n\nA day after he was hounded at the courthouse, Manuel Ortiz wouldn't come "
            "to the door of his home in Miami's Little Havana.\n\n``He must go to work,'' said "
            "his daughter, Rosa.",
            "must go to work",
            ("Rosa Ortiz", "person"),
        ),
    ],
)
def test_speaker(sentence: str, fragment: str, who: tuple[str, str]) -> None:
    assert _who(sentence, fragment) == who


@pytest.mark.parametrize(
    ("changed", "fragment", "who", "near_miss", "near_fragment", "near_who"),
    [
        # a name inside a noun phrase after the possessive is not the speaker
        (
            "``It will fail,'' said Britain's Tony Blair.",
            "It will fail",
            ("Tony Blair", "person"),
            "``We have no comment,'' said Exxon's Baton Rouge refinery.",
            "no comment",
            ("Exxon", "organization"),
        ),
        # a role after "of" keeps the person named after it ("the wife of John Smith")
        (
            "David Hale of Kemper Financial Services said the Fed would cut rates.",
            "cut rates",
            ("David Hale", "person"),
            "The wife of John Smith said he had been missing for a week.",
            "missing for a week",
            ("wife of John Smith", "person"),
        ),
        # a place after "of" is where the person is from, as before
        (
            "Joseph Granville of Granville Market Letter said stocks would crash.",
            "stocks would crash",
            ("Joseph Granville", "person"),
            "Mayor John Doe of Springfield said the roads were closed.",
            "roads were closed",
            ("John Doe", "person"),
        ),
    ],
)
def test_speaker_and_near_miss(
    changed: str,
    fragment: str,
    who: tuple[str, str],
    near_miss: str,
    near_fragment: str,
    near_who: tuple[str, str],
) -> None:
    assert _who(changed, fragment) == who
    assert _who(near_miss, near_fragment) == near_who


def test_who_clause_on_the_subject_ends_before_the_main_verb() -> None:
    # (the same clause on an object is a claim; on the sentence's subject it ends at the
    # comma before the main verb, so it is a claim too, and never runs on into that verb)
    assert _who(
        "The company hired Jane Doe, who said last year that the plan was flawed.",
        "plan was flawed",
    ) == ("Jane Doe", "person")
    assert _who(
        "Jane Doe, who said the company would appeal, left the courtroom.",
        "the company would appeal",
    ) == ("Jane Doe", "person")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jones said little during the meeting.",
        "Jones said much the same thing.",
    ],
)
def test_said_little_is_no_claim(sentence: str) -> None:
    assert claims(LEAD + sentence) == []
    # (nor after the ", who said" of the rule above)
    assert claims(LEAD + "He met Jones, who said little during the meeting.") == []


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Officials said little had changed since the storm.", "little had changed"),
        ("Officials said much remained to be done.", "much remained"),
        ("Jones said much of the town was flooded.", "much of the town"),
    ],
)
def test_said_little_as_a_subject_is_a_claim(sentence: str, fragment: str) -> None:
    # counter-cases of the rule above, paired with its first case in one test: these
    # were claims before and stay claims
    assert by_text(claims(LEAD + sentence), fragment)
    assert claims(LEAD + "Jones said little during the hearing.") == []


@pytest.mark.parametrize(
    ("headline", "body", "fragment", "who"),
    [
        (
            "Mother's Lawyer Wants New Hearing",
            "The woman's lawyer said Monday that he wants a new hearing for his client.",
            "wants a new hearing",
            "Wants New",
        ),
        (
            "Boy's Father Takes Case to Court",
            "The boy's father said Monday that he would go to court.",
            "go to court",
            "Takes Case",
        ),
    ],
)
def test_headline_verb_ends_a_name(headline: str, body: str, fragment: str, who: str) -> None:
    text = f"{headline}\n\nMIAMI (AP) --\n\n{body}"
    claim = by_text(claims(text), fragment)
    assert claim.speaker is not None
    assert who not in claim.speaker.name


def test_district_of_a_city_is_no_person() -> None:
    text = "He lives in Miami's Little Havana. He grew up near Chicago's Hyde Park."
    assert kind_of(text, "Little Havana").value != "person"
    assert kind_of(text, "Hyde Park").value != "person"
    # (a person after a body's possessive and "to" is still a person)
    assert kind_of("He spoke to Microsoft's Nadella Kumar.", "Nadella Kumar").value == "person"


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels released a video showing the hostages.",
        "The company sent a letter containing the offer to shareholders.",
        "Police found a note saying the victim owed money.",
    ],
)
def test_no_claim_from_a_message_that_reports_nothing(sentence: str) -> None:
    # counter-cases of "issued a statement saying", paired with one of its cases
    assert claims(LEAD + sentence) == []
    assert _who(
        "The ministry released a statement saying the talks had failed.", "talks had failed"
    ) == ("ministry", "organization")


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        ("``We won,'' Mr. Smith exclaimed.", "We won", ("Smith", "person")),
        ("``Get out!'' the man yelled.", "Get out", ("man", "person")),
        ("John Smith yelled, ``Stop the car now.''", "Stop the car", ("John Smith", "person")),
        (
            "Protesters marched on Friday, waving flags and chanting ``We want peace.''",
            "We want peace",
            ("Protesters", "group"),
        ),
    ],
)
def test_a_cry_beside_a_quote(sentence: str, fragment: str, who: tuple[str, str]) -> None:
    assert _who(sentence, fragment) == who
    # counter-cases: no quote beside the verb, or a later verb whose report the cry is
    assert claims(LEAD + "The man shouted at the police and was arrested.") == []
    assert _who("``Fire!'' a guard shouted, witnesses said.", "Fire") == ("witnesses", "group")
