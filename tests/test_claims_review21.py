"""Claims on the sentences a reviewer wrote against the third round of real-copy rules
(review 21), each worse output with a variant or two of our own: a connective before
", X said," stays in the report when a verb, not a subject, follows the attribution;
"published a letter saying" and "a letter from the suspect saying" are no claim of the
publisher; "disclosed no new details" is an object; a quote that does not open its
sentence is no cue for "cried"; an aside's report ends at the comma before the
sentence's own verb; "said little the administration has done will help" is a clause;
no one labels himself ('The coach called Munero a "ruffian"'); "were chanting" before a
quote reports nothing; "said this may/march/time" opens a clause when a verb follows.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import claims

LEAD = "Talks resumed on Friday.\n\n"


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker.name if c.speaker else None) for c in claims(LEAD + text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a connective before ", X said," and a verb after it: the whole sentence
        ("Now, he said, is the time to act.", [("Now, he said, is the time to act", None)]),
        ("Then, he said, came the flood.", [("Then, he said, came the flood", None)]),
        ("First, he said, came the hard part.", [("First, he said, came the hard part", None)]),
        (
            "Still, he said, is the question of who pays.",
            [("Still, he said, is the question of who pays", None)],
        ),
        (
            "Now, Mr. Hale said, was not the moment for a strike.",
            [("Now, Mr. Hale said, was not the moment for a strike", "Hale")],
        ),
        (
            "Then, the chief said, would come the hard part.",
            [("Then, the chief said, would come the hard part", "chief")],
        ),
        # counter-cases: a subject after the attribution, the connective left out
        ("Rather, Mr. Perlman said, the company will bid.", [("the company will bid", "Perlman")]),
        ("Still, the minister said, the talks will go on.", [("the talks will go on", "minister")]),
        # a message whose author is named, or one the subject only made public
        ("The police released a letter from the suspect saying he was sorry.", []),
        ("The newspaper published a letter saying the mayor was corrupt.", []),
        ("The family released a statement by their lawyer saying they would sue.", []),
        ("The magazine published a note from readers saying the cover was offensive.", []),
        (
            "The ministry released a statement saying the talks had failed.",
            [("the talks had failed", "ministry")],
        ),
        # "disclosed"/"revealed" with a noun phrase and no verb of its own: an object
        ("The report disclosed no new details about the crash.", []),
        ("The company revealed the name of its new chief at a news conference.", []),
        (
            "The inquiry disclosed his staff had shredded the files.",
            [("his staff had shredded the files", "inquiry")],
        ),
        # a quote inside the sentence is no cry's content
        ('After watching "Titanic," she cried for hours.', []),
        ('Before reading "Ulysses," he laughed at the idea.', []),
        ('"Get out!" the guard yelled.', [("Get out!", "guard")]),
        # an aside's report ends before the sentence's own verb
        (
            "The bill, sponsored by Sen. John McCain, who said it would cut waste, passed 62-38.",
            [("it would cut waste", "John McCain")],
        ),
        (
            "The prosecutor, revealing that the witness had lied, asked for a mistrial.",
            [("the witness had lied", "prosecutor")],
        ),
        (
            "The union, which said the plan would cost jobs, voted against it.",
            [("the plan would cost jobs", "union")],
        ),
        (
            "The mayor, warning that the river would rise, ordered an evacuation.",
            [("the river would rise", "mayor")],
        ),
        # "said little" before a clause with a verb of its own
        (
            "Critics said little the administration has done will help the farmers.",
            [("little the administration has done will help the farmers", "Critics")],
        ),
        (
            "Officials said little the government did had worked.",
            [("little the government did had worked", "Officials")],
        ),
        ("He said little during the meeting.", []),
        ("He said little the first day.", []),
        # no one labels himself
        (
            "The coach called Munero -- who drove a taxi before turning pro -- a ``ruffian'' "
            "after the game.",
            [],
        ),
        ('The coach called Munero a "ruffian" after the game.', []),
        ('Senator Smith called Jones a "liar" on Monday.', [('Jones a "liar"', "Smith")]),
        # a cry after "were"/"kept" is no report; after a word of its clause it is
        ('The fans were chanting "We want Smith" as the team left.', []),
        ('Fans kept shouting "Out!" at the referee.', []),
        (
            'Hundreds of students marched through the campus chanting "Free speech now!"',
            [('"Free speech now!"', "students")],
        ),
        (
            'Protesters marched through the square chanting "Bring back our sons!" as police '
            "looked on.",
            [('"Bring back our sons!"', "Protesters")],
        ),
        (
            "Workers were shouting that the plant must stay open.",
            [("the plant must stay open", "Workers")],
        ),
        # "this" and a month, a modal or a time noun with a verb after it: a subject
        (
            "The coach said this may be his last season.",
            [("this may be his last season", "coach")],
        ),
        (
            "Organizers said this march would be peaceful.",
            [("this march would be peaceful", "Organizers")],
        ),
        (
            "The senator said this time would be different.",
            [("this time would be different", "senator")],
        ),
        ("She said this week that taxes would rise.", [("taxes would rise", None)]),
        # a sentence-opening conjunction before any subject
        ("Yet another official said the plan would fail.", [("the plan would fail", "official")]),
    ],
)
def test_review21(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(sentence) == expected
