"""Round 9: speakers on wire copy (issue #6). A subject before an aside that has commas
of its own ("X, which runs plants in A, B and C, said"), or the person the aside names
("a farmer named Y"); "one of them" after a crowd of sources; a crowd placed by a phrase
("nurses at the hospital in Leeds"); "it said" after a body's claim; the hearer "the
Associated Press" and "by phone" after "told"; a time opener before a joined "and said";
advice with what to do ("advised X not to"); an event noun after "announced"; a subject
the registry does not know before a "who" aside; sources "present at" or "privy to" a
meeting. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- a subject before a long aside -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            "Veltra, which runs factories in Ohio, Indiana and Michigan, said it had halted "
            "production at two plants.",
            "halted production",
            ("Veltra", "organization"),
        ),
        (
            "The union, which represents nurses in Leeds, Bradford and York, said its "
            "members would strike.",
            "members would strike",
            ("union", "organization"),
        ),
        (
            "Richard Hasen, a professor at the University of California, Los Angeles, said "
            "the ruling was significant.",
            "ruling was significant",
            ("Richard Hasen", "person"),
        ),
        (
            "Anna Berg, an economist at the University of Wisconsin, Madison, said inflation "
            "would fall.",
            "inflation would fall",
            ("Anna Berg", "person"),
        ),
    ],
)
def test_subject_before_aside_with_commas(text: str, fragment: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(text), fragment)) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "One resident, a retired teacher named Maria Lopez, said the water had risen "
            "within minutes.",
            "Maria Lopez",
        ),
        (
            "Another survivor, a fisherman named Tomas Berg, said the boat had been overloaded.",
            "Tomas Berg",
        ),
        (
            "One villager, a 52-year-old farmer named Gagan Mehta, said shells had landed "
            "near his house.",
            "Gagan Mehta",
        ),
        (
            "A local trader, a woman called Amina Yusuf, said prices had doubled.",
            "Amina Yusuf",
        ),
    ],
)
def test_person_named_in_aside_speaks(text: str, who: str) -> None:
    (claim,) = claims(text)
    assert speaker(claim) == (who, "person")


# -- "one of them" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "last_word"),
    [
        (
            "Two people close to the company's board said the chief executive had been "
            "asked to resign. One of them said the board would meet on Friday.",
            "people",
        ),
        (
            "Two officials familiar with the plan said the ministry would cut spending. One "
            "of them said the cuts would fall on defence.",
            "officials",
        ),
        (
            "Two people close to the board said the governor had come under pressure from "
            "ministers in recent days. One of them said his mandate would be reviewed.",
            "people",
        ),
        (
            "Two security sources in the region, who spoke on condition of anonymity, said "
            "the pair had been held by the group. One of them said a ransom had been paid.",
            "region",
        ),
    ],
)
def test_one_of_them_is_one_of_the_sources(text: str, last_word: str) -> None:
    name, kind = speaker(claims(text)[-1])
    assert kind == "anonymous"
    assert name.split()[-1] == last_word
    assert "ministers" not in name


# -- a crowd placed by a phrase ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Nurses at the city's main hospital in Leeds said the wards were full.", "Nurses"),
        ("Workers at the company's plant in Ohio said they had not been paid.", "Workers"),
        ("Doctors at the main hospital in Goma said fuel was running out.", "Doctors"),
    ],
)
def test_crowd_before_its_place_speaks(text: str, head: str) -> None:
    (claim,) = claims(text)
    name, kind = speaker(claim)
    assert kind == "group"
    assert name.startswith(head)


# -- "it said" after a body's claim ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Airport operator SAC said both runways would remain closed, and advised "
            "passengers not to travel unless their airline had confirmed a flight. Some "
            "flights were diverted to Palermo, it said.",
            "SAC",
        ),
        (
            "Meridian said it had detected suspicious activity on its network. Staff were "
            "writing notes by hand, it said.",
            "Meridian",
        ),
        (
            "The ministry said it had asked the bank to review its lending. Rates would "
            "stay unchanged, it said.",
            "ministry",
        ),
    ],
)
def test_it_said_continues_the_body(text: str, body: str) -> None:
    assert speaker(claims(text)[-1]) == (body, "organization")


def test_it_said_after_another_body_takes_the_floor() -> None:
    text = (
        "Norvik said it would cut 300 jobs. The union said it would fight the plan. The "
        "cuts were unnecessary, it said."
    )
    assert speaker(by_text(claims(text), "unnecessary")) == ("union", "organization")


# -- "told" a hearer, by phone -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The firing had largely stopped by dawn, residents told Reuters by phone.",
            "The firing had largely stopped by dawn",
        ),
        (
            "The road had been cleared overnight, a police officer told AFP by telephone.",
            "The road had been cleared overnight",
        ),
        (
            "The talks had stalled, two diplomats told the Associated Press by phone on Friday.",
            "The talks had stalled",
        ),
        (
            "The talks had stalled, two diplomats told the Associated Press.",
            "The talks had stalled",
        ),
    ],
)
def test_hearer_and_medium_after_told(text: str, content: str) -> None:
    (claim,) = claims(text)
    assert claim.text == content


# -- a time opener before "and said" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Finance Minister Cristina Ilie has criticised the bank for months. On "
            "Wednesday she thanked the governor for his service and said the government "
            "respected the bank's independence.",
            ("Cristina Ilie", "person"),
        ),
        (
            "On Friday the minister visited the site and said the search would continue.",
            ("minister", "person"),
        ),
        (
            "Later, the mayor toured the flooded streets and said the damage was severe.",
            ("mayor", "person"),
        ),
        (
            "Last week the union rejected the offer and said its members would strike.",
            ("union", "organization"),
        ),
    ],
)
def test_time_opener_before_joined_verb(text: str, who: tuple[str, str]) -> None:
    assert speaker(claims(text)[-1]) == who


# -- advice ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry advised travellers not to visit the region.",
            "travellers not to visit the region",
        ),
        (
            "The agency said the river would peak on Friday, and advised residents to leave "
            "their homes.",
            "residents to leave their homes",
        ),
        (
            "The embassy advised its citizens against travelling to the border area.",
            "its citizens against travelling to the border area",
        ),
    ],
)
def test_advice_with_what_to_do_is_a_claim(text: str, content: str) -> None:
    assert claims(text)[-1].text == content


@pytest.mark.parametrize(
    "text",
    [
        "Goldman Sachs advised Novreth, while Lindqvist was advised by Morgan Stanley.",
        "Lawyers advised the family throughout the case.",
        "A former diplomat advised the committee on trade.",
    ],
)
def test_advising_someone_is_no_claim(text: str) -> None:
    assert claims(text) == []


# -- "announced" an event ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Munteanu announced his departure in a brief statement read to journalists at the "
        "bank's headquarters.",
        "The party's leader announced the decision at a press conference in Tallinn.",
        "The club announced the signing of two players at its headquarters in Turin.",
    ],
)
def test_announced_event_noun_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister announced the government would cut fuel taxes.",
            "the government would cut fuel taxes",
        ),
        (
            "The ministry announced the measures were temporary.",
            "the measures were temporary",
        ),
        ("The company announced the plant closes in May.", "the plant closes in May"),
    ],
)
def test_announced_clause_is_a_claim(text: str, content: str) -> None:
    (claim,) = claims(text)
    assert claim.text == content


# -- unnamed subjects before a "who" aside -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "A British couple, who gave only their first names, Mark and Helen, said they "
            "had been told to wait for a coach.",
            "couple",
        ),
        (
            "A young couple, who did not want to be named, said they had slept in their car.",
            "couple",
        ),
        (
            "The farmers, who have blocked the road since Monday, said they would not leave.",
            "farmers",
        ),
    ],
)
def test_unregistered_subject_before_who_aside(text: str, head: str) -> None:
    (claim,) = claims(text)
    name, _ = speaker(claim)
    assert name.split()[-1] == head


# -- sources present at a meeting --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Two people present at the party's board meeting said several members had "
            "argued for staying in government.",
            "people",
        ),
        (
            "Three officials present in the room said the president had lost his temper.",
            "officials",
        ),
        ("A person privy to the negotiations said the deal was close.", "person"),
    ],
)
def test_sources_present_or_privy_are_anonymous(text: str, word: str) -> None:
    (claim,) = claims(text)
    name, kind = speaker(claim)
    assert kind == "anonymous"
    assert word in name.split()


# -- praise with a quoted fragment -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'President Ana Ruiz hailed the ruling on social media as "a great victory for '
            'fairness."',
            "Ana Ruiz",
        ),
        ('The mayor hailed the deal as "a turning point for the city."', "mayor"),
        ('Critics praised the author for "a brave and honest book."', "Critics"),
        (
            'The minister condemned the attack as "a cowardly act" and said the border '
            "would close.",
            "minister",
        ),
    ],
)
def test_praise_with_quoted_fragment_is_a_claim(text: str, who: str) -> None:
    claim = claims(text)[0]
    assert claim.kind.value == "mixed"
    assert speaker(claim)[0] == who


@pytest.mark.parametrize(
    "text",
    [
        "The minister praised the rescuers for their courage.",
        "The United Nations condemned the attack, which killed 12 people.",
        "Hartley hails 'special' night as Ashford stun leaders",
        'The minister dismissed concerns about the bankers\' "involvement" in the plan.',
    ],
)
def test_praise_without_quoted_fragment_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Two people present at the Social Democrats' board meeting said several members "
            "had argued for staying.",
            "people present at the Social Democrats' board meeting",
        ),
        (
            "A source close to the minister's office said the plan was dead.",
            "source close to the minister's office",
        ),
        (
            "Two people familiar with the company's plans said the bid would be raised.",
            "people familiar with the company's plans",
        ),
    ],
)
def test_source_description_runs_past_an_owner(text: str, name: str) -> None:
    (claim,) = claims(text)
    assert speaker(claim) == (name, "anonymous")


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            "A person familiar with the investigation said the attackers had demanded about "
            "$12 million in bitcoin.",
            "attackers",
        ),
        (
            "A person familiar with the case said the kidnappers had demanded a ransom.",
            "kidnappers",
        ),
        (
            "Two officials close to the talks said the protesters demanded the release of "
            "their leader.",
            "protesters",
        ),
    ],
)
def test_source_description_stays_in_its_clause(text: str, inner: str) -> None:
    # (a plain demand told of inside it is no claim of its own: blind rounds 8, 10, 12)
    (outer,) = claims(text)
    assert speaker(outer)[1] == "anonymous"
    assert outer.text.startswith(("the " + inner, inner))
