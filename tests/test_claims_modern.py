"""Claims on modern attribution shapes (2020s wire and newspaper copy): a platform posted
on is never the speaker ("In a post on X, the senator called ..."), a fronted "In remarks
posted on Facebook," is no claim of its own, a description after its claim ("..., the
research firm estimated") is the body before the claim rather than a name inside it, and
"her office" or "his spokesman" is named for the person the possessive stands for.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

LEAD = "Talks resumed on Friday.\n\n"


# -- a platform after "on" is where something was said, never who said it ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'In a post on X, the senator called the results "a warning sign."',
            ("senator", "person"),
        ),
        (
            'In a post on Telegram, a senior official called the attack "an act of terror."',
            ("senior official", "anonymous"),
        ),
        (
            'In a post on Truth Social, the president called the ruling "a disgrace."',
            ("president", "person"),
        ),
        (
            'In a message on Facebook, the mayor labelled the strike "reckless."',
            ("mayor", "person"),
        ),
        (
            'In a video on Instagram, the minister branded the rumours "lies."',
            ("minister", "person"),
        ),
        (
            "Senator Elizabeth Warren attended the hearing. In a post on X, the senator "
            'called the results "a warning sign."',
            ("Elizabeth Warren", "person"),
        ),
    ],
)
def test_a_platform_is_never_the_speaker(text: str, expected: tuple[str, str]) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1
    assert speaker(found[0]) == expected
    assert found[0].kind.value == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Elizabeth Warren wrote on X that the vote had been rigged.",
        "Senator Elizabeth Warren said in a post on X that the company would appeal.",
        "Senator Elizabeth Warren told the BBC that inflation would fall.",
        "In an interview with CNN, Senator Elizabeth Warren said the bill was dead.",
        "Senator Elizabeth Warren told Reuters that the bill was dead.",
        "Senator Elizabeth Warren said in a video address that the bill was dead.",
        "Senator Elizabeth Warren posted on Instagram that the tour was cancelled.",
        '"We will not back down," Senator Elizabeth Warren wrote on Truth Social.',
        "In a video posted on Telegram, Senator Elizabeth Warren said the bill was dead.",
    ],
)
def test_platform_and_outlet_frames_keep_the_speaker(text: str) -> None:
    found = claims(LEAD + text)
    assert [speaker(c) for c in found] == [("Elizabeth Warren", "person")]


def test_an_apposition_after_a_name_still_describes_it() -> None:
    # (not a platform: "Jane Okafor, the senator," is one person)
    text = LEAD + 'Jane Okafor, the senator, called the results "a warning sign."'
    assert speaker(claims(text)[0]) == ("Jane Okafor", "person")


# -- a fronted "In remarks posted on ..." is no claim of its own --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In remarks posted on Facebook, the mayor said the strike was reckless.",
            [("the strike was reckless", ("mayor", "person"))],
        ),
        (
            'In comments posted on X, the mayor branded the strike "reckless."',
            [('the strike "reckless."', ("mayor", "person"))],
        ),
        (
            "In a statement posted on its website, the ministry said talks would continue.",
            [("talks would continue", ("ministry", "organization"))],
        ),
        (
            "In posts published on Telegram, the governor said the roads were closed.",
            [("the roads were closed", ("governor", "person"))],
        ),
    ],
)
def test_a_fronted_channel_participle_is_no_cue(
    text: str, expected: list[tuple[str, tuple[str, str]]]
) -> None:
    assert [(c.text, speaker(c)) for c in claims(LEAD + text)] == expected


# -- a description after its claim is the body before the claim ---------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "According to Counterpoint Research, Apple's share of the market dropped to 15%. "
            "Huawei, which has regained ground since 2023, sold about 12 million phones in "
            "the period, the research firm estimated.",
            "12 million phones",
            "Counterpoint Research",
        ),
        (
            "Counterpoint Research said Apple's share dropped to 15%. Huawei sold about 12 "
            "million phones in the period, the research firm said.",
            "12 million phones",
            "Counterpoint Research",
        ),
        (
            "The Bank of England held rates on Thursday. Barclays and HSBC will cut mortgage "
            "rates next week, the bank said.",
            "mortgage rates",
            "Bank of England",
        ),
        (
            "The World Health Organization said cases were rising. Pfizer will ship more "
            "vaccines next month, the agency said.",
            "vaccines",
            "World Health Organization",
        ),
        (
            "Canalys said Apple's share dropped to 15%. Xiaomi shipped 40 million phones in "
            "the quarter, the research firm said.",
            "Xiaomi",
            "Canalys",
        ),
        (
            "Goldman Sachs said demand was strong. Nvidia will beat estimates, the bank said.",
            "Nvidia",
            "Goldman Sachs",
        ),
    ],
)
def test_a_description_after_its_claim_is_the_body_before_it(
    text: str, fragment: str, expected: str
) -> None:
    claim = by_text(claims(LEAD + text), fragment)
    assert speaker(claim) == (expected, "organization")


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # the only body is the one inside the claim: it speaks of itself
        (
            "Apple's sales in China fell 11% in the quarter, the company said Thursday.",
            "sales in China",
            "Apple",
        ),
        # the body a bare "the company" follows is no company by its name: no switch
        (
            "Canalys said Apple's share dropped to 15%. Apple shipped 40 million phones in "
            "the quarter, the company said.",
            "Apple shipped",
            "Apple",
        ),
        # a body before the claim whose name does not say it is a bank: no switch
        (
            "Ofwat fined the water firms on Monday. Lloyds Bank will cut mortgage rates "
            "next week, the bank said.",
            "mortgage rates",
            "Lloyds Bank",
        ),
    ],
)
def test_a_body_named_only_in_its_own_claim_stays(text: str, fragment: str, expected: str) -> None:
    claim = by_text(claims(LEAD + text), fragment)
    assert speaker(claim) == (expected, "organization")


# -- "her office", "his spokesman": named for the person ----------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Senator Elizabeth Warren attended the hearing. Her office later said she would "
            "seek a hearing.",
            "seek a hearing",
            ("Elizabeth Warren's office", "organization"),
        ),
        (
            "Senator Ted Cruz voted no. His campaign said he would appeal.",
            "would appeal",
            ("Ted Cruz's campaign", "organization"),
        ),
        (
            "Governor Kathy Hochul will travel to Albany next week, her office said.",
            "Albany",
            ("Kathy Hochul's office", "organization"),
        ),
        (
            "Prime Minister Nikol Pashinyan spoke by telephone with French President "
            "Emmanuel Macron, his office said.",
            "telephone",
            ("Nikol Pashinyan's office", "organization"),
        ),
        (
            "Governor Kathy Hochul signed the bill. Her spokesman said she would travel to Albany.",
            "Albany",
            ("Kathy Hochul spokesman", "anonymous"),
        ),
        (
            'Prime Minister Keir Starmer flew to Kyiv. "The talks were constructive," his '
            "spokeswoman told reporters.",
            "constructive",
            ("Keir Starmer spokeswoman", "anonymous"),
        ),
    ],
)
def test_an_owned_office_or_spokesperson_is_named_for_the_owner(
    text: str, fragment: str, expected: tuple[str, str]
) -> None:
    assert speaker(by_text(claims(LEAD + text), fragment)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no person of that gender before: the office stays as written
        (
            "Senator Ted Cruz voted no. Her office said the vote was close.",
            ("office", "organization"),
        ),
        # a body's office ("its"), and a lawyer (no office): unchanged
        ("The company cut jobs. Its office said the cuts were final.", ("office", "organization")),
        ("Senator Ted Cruz voted no. His lawyer said he would appeal.", ("lawyer", "person")),
    ],
)
def test_no_owner_no_renaming(text: str, expected: tuple[str, str]) -> None:
    assert speaker(claims(LEAD + text)[0]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "(CNN) — The number of measles cases in West Texas has risen to 124, officials said.",
        "(CNN)The number of measles cases in West Texas has risen to 124, officials said.",
        "(Reuters) - The number of measles cases in West Texas has risen to 124, officials said.",
    ],
)
def test_placeless_dateline_is_no_part_of_the_claim(paragraph: str) -> None:
    """CNN's "(CNN) —" opens the lead without a place; the claim starts after it."""
    (claim,) = claims(paragraph)
    assert claim.text.startswith("The number of measles cases")


# -- review regressions: a channel word modifying the subject is no "post published on" -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A review of his public statements showed that the senator had changed his "
            "position at least three times.",
            ("review of his public statements", "showed"),
        ),
        (
            "Critics of the remarks argued that they would embolden extremists.",
            ("Critics of the remarks", "argued"),
        ),
        (
            "Neighbours at the address reported hearing gunshots shortly after midnight.",
            ("Neighbours at the address", "reported"),
        ),
        (
            "Experts on extremist messages warned that the group was recruiting teenagers.",
            ("Experts on extremist messages", "warned"),
        ),
        (
            "People in the videos claimed they had been held for weeks without food.",
            ("People in the videos", "claimed"),
        ),
        (
            "Parents of children featured in the posts complained that the images had been "
            "used without consent.",
            ("Parents of children featured in the posts", "complained"),
        ),
        (
            "Supporters of the statements insisted that the minister had been quoted out of "
            "context.",
            ("Supporters of the statements", "insisted"),
        ),
        (
            "Followers of the posts argued that the election had been stolen.",
            ("Followers of the posts", "argued"),
        ),
        # variants: a bare clause, a pronoun, another verb
        (
            "Critics of the remarks argued the minister had been reckless.",
            ("Critics of the remarks", "argued"),
        ),
        (
            "Authors of the messages admitted they had been paid by a foreign government.",
            ("Authors of the messages", "admitted"),
        ),
        (
            "Viewers of the videos said they had been shocked by the violence.",
            ("Viewers of the videos", "said"),
        ),
    ],
)
def test_a_channel_word_in_the_subject_keeps_the_claim(
    text: str, expected: tuple[str, str]
) -> None:
    (claim,) = claims(LEAD + text)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.cue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In comments posted on Telegram on Tuesday, Ramzan Kadyrov said Chechen fighters "
            "would be sent to Kursk.",
            [("Ramzan Kadyrov", "person")],
        ),
        (
            "In videos posted on social media, protesters could be seen tearing down a statue.",
            [],
        ),
        (
            "Hamas said in a statement published on Telegram that the talks had failed.",
            [("Hamas", "organization")],
        ),
    ],
)
def test_a_publication_participle_is_still_no_cue(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [speaker(c) for c in claims(LEAD + text)] == expected


# -- review regressions: whose office or campaign ----------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        # several men named before the cue: the subject holds the office
        (
            "Senator Bob Menendez arrived at court with his lawyer, Adam Fee. His office said "
            "the senator would appeal the verdict.",
            "appeal",
            "Bob Menendez's office",
        ),
        (
            "Governor Greg Abbott signed the order in Austin on Thursday, flanked by Border "
            "Patrol chief Jason Owens. His office said the state would install more buoys on "
            "the Rio Grande.",
            "buoys",
            "Greg Abbott's office",
        ),
        (
            "Prime Minister Rishi Sunak met King Charles at Buckingham Palace on Thursday. His "
            "office said Sunak had asked the king to dissolve Parliament.",
            "dissolve",
            "Rishi Sunak's office",
        ),
        (
            "Boris Johnson's former aide, Dominic Cummings, gave evidence on Tuesday. His "
            "office said the former prime minister would respond in writing.",
            "in writing",
            "Boris Johnson's office",
        ),
        (
            "Mexican President Andres Manuel Lopez Obrador criticised the U.S. ambassador, Ken "
            "Salazar, on Tuesday. His office said the two would meet next week.",
            "meet next week",
            "Andres Manuel Lopez Obrador's office",
        ),
        (
            "Chancellor Olaf Scholz met President Joe Biden at the White House on Friday. His "
            "office said the two discussed Ukraine.",
            "Ukraine",
            "Olaf Scholz's office",
        ),
        # an unnamed role person in between is no owner
        (
            "Senator Elizabeth Warren questioned the bank's chief executive for an hour. Her "
            "office later said she would introduce legislation next month.",
            "legislation",
            "Elizabeth Warren's office",
        ),
        (
            "Senator Jon Tester spoke with the bank's chief executive for an hour. His office "
            "said he would introduce a bill next month.",
            "a bill",
            "Jon Tester's office",
        ),
        (
            "Senator Tammy Duckworth met the Taiwanese president on Thursday. Taiwan's defence "
            "minister later said the talks were useful, and her office said the meeting had "
            'been "productive."',
            "productive",
            "Tammy Duckworth's office",
        ),
        # one person of that gender: a team or campaign is theirs
        (
            "Rishi Sunak called a general election for July 4. His team said the prime "
            "minister would campaign in all four nations.",
            "four nations",
            "Rishi Sunak's team",
        ),
        (
            "Donald Trump attacked Kamala Harris at a rally in Atlanta, her campaign said.",
            "rally",
            "Kamala Harris's campaign",
        ),
    ],
)
def test_the_owner_is_the_subject_or_the_only_one(text: str, fragment: str, expected: str) -> None:
    assert speaker(by_text(claims(LEAD + text), fragment)) == (expected, "organization")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the first man the claim names is its object, or has no campaign: no owner
        (
            "Police arrested Ryan Routh near the golf course where Donald Trump was playing, "
            "his campaign said.",
            "Routh",
        ),
        (
            "Judge Juan Merchan rejected Donald Trump's request to delay the trial, his "
            "campaign said.",
            "Merchan",
        ),
        (
            "Elon Musk endorsed Donald Trump minutes after the shooting in Pennsylvania, his "
            "campaign said.",
            "Musk",
        ),
        (
            "Donald Trump attacked Joe Biden at a rally in Atlanta, his campaign said.",
            "Trump",
        ),
        # the subject of the sentence before is no person ("Police"): no owner
        (
            "Police arrested John Smith after he attacked Senator Bob Casey. His office said "
            "the senator was unharmed.",
            "Smith",
        ),
    ],
)
def test_no_guess_among_several(text: str, wrong: str) -> None:
    (claim,) = claims(LEAD + text)
    assert claim.speaker is not None
    assert wrong not in claim.speaker.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kremlin spokesman Dmitry Peskov declined to comment on the report. President "
            "Vladimir Putin has no plans to travel to South Africa, his spokesman said.",
            "Dmitry Peskov",
        ),
        (
            "Government spokesman Steffen Hebestreit declined to give details of the call. "
            "Chancellor Olaf Scholz will travel to Washington next month, his spokesman said.",
            "Steffen Hebestreit",
        ),
        (
            "Downing Street spokesman Jamie Davies declined to comment. Prime Minister Keir "
            "Starmer will visit Berlin next week, his spokesman said.",
            "Jamie Davies",
        ),
    ],
)
def test_a_spokesperson_named_before_stays(text: str, expected: str) -> None:
    (claim,) = claims(LEAD + text)
    assert speaker(claim) == (expected, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Angela Rayner resigned on Friday. Her spokeswoman said she would stay on as an MP.",
            ("Angela Rayner spokeswoman", "anonymous"),
        ),
        # several representatives are still a group
        (
            "Taylor Swift did not attend the ceremony. Her representatives said she was "
            "recovering from a cold.",
            ("Taylor Swift representatives", "group"),
        ),
    ],
)
def test_an_owned_mouthpiece(text: str, expected: tuple[str, str]) -> None:
    (claim,) = claims(LEAD + text)
    assert speaker(claim) == expected


# -- review regression: a bank reporting its own results ----------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "The Bank of Canada cut its key rate to 4.75%. RBC's quarterly earnings beat "
            "expectations, the bank said.",
            "earnings",
            "RBC",
        ),
        (
            "The Bank of England held rates on Thursday. HSBC's net profit rose 20% in the "
            "quarter, the bank said.",
            "net profit",
            "HSBC",
        ),
    ],
)
def test_the_only_body_in_its_claim_is_the_bank(text: str, fragment: str, expected: str) -> None:
    assert speaker(by_text(claims(LEAD + text), fragment)) == (expected, "organization")


@pytest.mark.parametrize(
    ("paragraph", "start"),
    [
        (
            "(CNN) Business — Boeing will pay a $243.6 million fine, the Justice Department said.",
            "Boeing will pay",
        ),
        ("(AP) Covid-19 cases rose 20% last week, officials said.", "Covid-19 cases"),
    ],
)
def test_a_section_after_the_outlet_is_no_part_of_the_claim(paragraph: str, start: str) -> None:
    (claim,) = claims(paragraph)
    assert claim.text.startswith(start)


# -- a plural possessive in a labelled object; "the agency" after a news agency's report -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Writing on X, the billionaire called the advertisers\' boycott "blackmail."',
            ("billionaire", 'the advertisers\' boycott "blackmail."'),
        ),
        (
            "The senator called the advertisers’ boycott “blackmail.”",
            ("senator", "the advertisers’ boycott “blackmail.”"),
        ),
        (
            'The union branded the bosses\' offer "an insult."',
            ("union", 'the bosses\' offer "an insult."'),
        ),
        (
            'The minister described the teachers\' strike as "reckless."',
            ("minister", 'the teachers\' strike as "reckless."'),
        ),
    ],
)
def test_a_plural_possessive_in_a_labelled_object(text: str, expected: tuple[str, str]) -> None:
    (claim,) = claims(LEAD + text)
    assert claim.kind.value == "mixed"
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.text) == expected


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Interfax reported that Gazprom had halted deliveries to Austria. Gazprom's exports "
            "to Europe fell 40% last year, the agency said.",
            "exports",
            "Interfax",
        ),
        (
            "TASS reported that two drones had been shot down over Moscow. The agency said air "
            "traffic had been suspended at Vnukovo airport.",
            "air traffic",
            "TASS",
        ),
        # a body called an agency by its own name is itself
        (
            "Interfax reported that Gazprom had halted deliveries. The European Medicines "
            "Agency said the drug was safe.",
            "the drug",
            "European Medicines Agency",
        ),
    ],
)
def test_the_agency_after_a_news_agency_reported(text: str, fragment: str, expected: str) -> None:
    assert speaker(by_text(claims(LEAD + text), fragment)) == (expected, "organization")


def test_the_agency_after_a_company_is_no_news_agency() -> None:
    text = LEAD + "Pfizer said its sales rose. The agency said the vaccine was safe."
    assert speaker(by_text(claims(text), "vaccine")) == ("agency", "organization")
