"""Round 6 speaker and claim rules: acronyms, organisation names with "of" or a
possessive inside, institutional nouns, "the agency" / "the statement" back to the body,
a role said of a person after a copula, places that are no speaker, claims whose "he"
stands for no one, and noun cues ("claims by X that"). Every sentence here is written
for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker
from newsfacts.document import Document
from newsfacts.extractors._names import mentions
from newsfacts.models import EntityKind

# -- 1. acronyms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The World Chess Integrity Board (WCIB) said the player had been suspended.\n\n"
            "The WCIB said a second test confirmed the finding.",
            "a second test",
            "World Chess Integrity Board",
        ),
        (
            "The National Anticorruption Directorate (DNA) said officials took bribes.\n\n"
            "The DNA said more raids would follow.",
            "more raids",
            "National Anticorruption Directorate",
        ),
        (
            "The Federation of Rural Midwives said funding had been cut.\n\n"
            "FRM said it would strike in May.",
            "strike in May",
            "Federation of Rural Midwives",
        ),
        (
            "The Northern Water Authority said reservoirs were low. "
            "The NWA said rationing would begin.",
            "rationing",
            "Northern Water Authority",
        ),
        (
            "The Court of Appeal for Trade (CAT) said the ruling stood.\n\n"
            "A CAT spokeswoman said the court had not received an appeal.",
            "not received",
            "Court of Appeal for Trade spokeswoman",
        ),
    ],
)
def test_acronym_is_the_full_name(text: str, fragment: str, name: str) -> None:
    # (an unnamed spokeswoman: anonymous, named after the body's full name)
    kind = "anonymous" if name.endswith("spokeswoman") else "organization"
    assert speaker(by_text(claims(text), fragment)) == (name, kind)


def test_acronym_in_the_headline_merges_into_the_full_name() -> None:
    text = (
        "Chess body bans grandmaster, WCIB says\n\n"
        "The World Chess Integrity Board said on Monday the player had been suspended."
    )
    reg = mentions(Document(text))
    at = text.index("WCIB")
    m = reg.at(at)
    assert m is not None
    assert reg.entity(m).name == "World Chess Integrity Board"
    assert "WCIB" not in [e.name for e in reg.entities]


def test_unrelated_acronym_stays_itself() -> None:
    text = (
        "The Northern Water Authority said reservoirs were low.\n\n"
        "The BBC said rationing would begin."
    )
    assert speaker(by_text(claims(text), "rationing")) == ("BBC", "organization")


# -- 2. organisation names cut short or given the wrong kind ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Directorate General of Coastal Safety said the ferry was overloaded.",
            "Directorate General of Coastal Safety",
        ),
        (
            "The Inspectorate General for Prisons said the ferry was overloaded.",
            "Inspectorate General for Prisons",
        ),
        ("The Tenants' Union said the ferry was overloaded.", "Tenants' Union"),
        ("The Renters’ Alliance said the ferry was overloaded.", "Renters’ Alliance"),
        (
            "The Farmers' Union, which has organised protests, said the ferry was overloaded.",
            "Farmers' Union",
        ),
        ("British drugmaker Halden Pharma said the ferry was overloaded.", "Halden Pharma"),
        (
            "The ferry was overloaded, according to the anti-corruption group Analyst Forum.",
            "Analyst Forum",
        ),
        (
            "The ferry was overloaded, according to the campaign group Justice Directorate.",
            "Justice Directorate",
        ),
        (
            "The Tenants’ Union, which has organised protests, said the ferry was overloaded.",
            "Tenants’ Union",
        ),
    ],
)
def test_body_names_keep_their_words(text: str, name: str) -> None:
    assert speaker(by_text(claims(text), "overloaded")) == (name, "organization")


def test_title_before_a_name_is_still_a_person() -> None:
    text = "European Commission President Ana Costa said talks would resume."
    assert speaker(by_text(claims(text), "talks")) == ("Ana Costa", "person")


@pytest.mark.parametrize("noun", ["gendarmerie", "local prefecture", "directorate"])
def test_institutional_nouns_are_organisations(noun: str) -> None:
    found = claims(f"The {noun} said two people had been detained.")
    assert speaker(by_text(found, "detained"))[1] == "organization"


# -- 3. "the agency", "the statement" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The World Food Programme said it needed money. Without new rations, the agency "
            "warned, families would go hungry.",
            "World Food Programme",
        ),
        (
            "The Pan-African Health Organisation said cases had doubled.\n\n"
            "The agency said rations would be cut.",
            "Pan-African Health Organisation",
        ),
        (
            "The Maritime Safety Directorate said the ship sank. "
            "The directorate said rations would be cut.",
            "Maritime Safety Directorate",
        ),
        (
            "The Harbour Relief Society said volunteers were tired. "
            "The charity said rations would be cut.",
            "Harbour Relief Society",
        ),
    ],
)
def test_generic_noun_goes_to_the_body_of_its_kind(text: str, name: str) -> None:
    assert speaker(by_text(claims(text), "rations")) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Maritime Safety Directorate said in a statement that the ferry had been "
            "overloaded. The crew had ignored two warnings, the statement said.",
            "Maritime Safety Directorate",
        ),
        (
            "Halden Pharma said in a press release on Monday that the trial had been stopped. "
            "The release said the crew had ignored two warnings.",
            "Halden Pharma",
        ),
        (
            "The Maritime Safety Directorate issued a statement on Monday. The crew had "
            "ignored two warnings, the statement said.",
            "Maritime Safety Directorate",
        ),
        (
            "The Maritime Safety Directorate said in a statement that the ferry sank. The "
            "crew had ignored two warnings, according to the statement.",
            "Maritime Safety Directorate",
        ),
        (
            "Ortega said in a statement that the ferry had been overloaded. "
            '"The crew had ignored two warnings," the statement said.',
            "Ortega",
        ),
    ],
)
def test_the_statement_speaks_for_its_issuer(text: str, name: str) -> None:
    assert speaker(by_text(claims(text), "two warnings"))[0] == name


def test_a_statement_alone_has_no_issuer() -> None:
    text = (
        "Halden Pharma said in a statement that the trial had been stopped.\n\n"
        "A statement said the talks would resume."
    )
    assert speaker(by_text(claims(text), "talks")) == ("statement", "unknown")


# -- 4. descriptions and places -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Born in Kano in 1950, Nwosu was the daughter of a farmer and a nurse. "We built '
        'with what we had," she told the BBC in 2001.',
        'Adaeze Nwosu was the daughter of a farmer. "We built with what we had," she said.',
        'Adaeze Nwosu is the mother of four. "We built with what we had," she said.',
    ],
)
def test_role_said_of_a_person_is_that_person(text: str) -> None:
    assert speaker(by_text(claims(text), "We built"))[0] in ("Nwosu", "Adaeze Nwosu")


@pytest.mark.parametrize(
    "text",
    [
        "She dedicated the prize to the market women of Kano, who taught her.",
        "He thanked the fishermen in Tema, who had found the boat.",
        "They met the traders at Onitsha, who had closed their stalls.",
    ],
)
def test_place_before_who_is_no_person(text: str) -> None:
    reg = mentions(Document(text))
    assert all(e.kind is not EntityKind.PERSON for e in reg.entities if " " not in e.name)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The final report, released in Quito, found no evidence of sabotage.", "Quito"),
        (
            "The interim report, published at Geneva on Monday, found that no evidence of "
            "sabotage existed.",
            "Geneva",
        ),
        ("The audit, carried out in Lima, found no evidence of sabotage.", "Lima"),
    ],
)
def test_place_is_no_issuer(text: str, place: str) -> None:
    name, kind = speaker(by_text(claims(text), "evidence of sabotage"))
    assert place not in name
    assert kind == "unknown"


def test_a_study_in_a_journal_is_its_own_source() -> None:
    text = "A study published in Nature found that glaciers were shrinking."
    assert speaker(by_text(claims(text), "glaciers")) == ("study published in Nature", "unknown")


# -- 5. claims and cues -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Talks would resume next week, he said.",
        "The state government would name a market after her, he said.",
        "The port would reopen on Friday, she said.",
    ],
)
def test_pronoun_for_no_one_still_makes_a_claim(text: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert found[0].text == text.split(",")[0]
    assert found[0].speaker is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Okafor rejected claims by opposition lawmakers that the government had ignored "
            "warnings.",
            "opposition lawmakers",
        ),
        (
            "The minister dismissed claims by union leaders that the government had ignored "
            "warnings.",
            "union leaders",
        ),
        (
            "Police disputed claims from residents that the government had ignored warnings.",
            "residents",
        ),
    ],
)
def test_claims_by_someone_are_theirs(text: str, name: str) -> None:
    assert speaker(by_text(claims(text), "ignored"))[0] == name


@pytest.mark.parametrize(
    "cue",
    [
        "who did not want to be named",
        "who did not wish to be identified",
        "who declined to give her name",
    ],
)
def test_unnamed_by_wish_is_anonymous(cue: str) -> None:
    found = claims(f"Another student, {cue}, said most of her friends backed the strike.")
    assert speaker(by_text(found, "friends"))[1] == "anonymous"


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("The union representing workers at the site", "union representing workers at the site"),
        (
            "The council representing residents of the valley",
            "council representing residents of the valley",
        ),
        (
            "The charity supporting families of the victims",
            "charity supporting families of the victims",
        ),
    ],
)
def test_body_doing_something_for_people_is_the_body(subject: str, name: str) -> None:
    found = claims(f"{subject} said the closure would cost 400 jobs.")
    assert speaker(by_text(found, "closure")) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A study by researchers at Leeds University found that rents rose by 7%.",
            "study by researchers at Leeds University",
        ),
        (
            "A survey by economists at the central bank found that rents rose by 7%.",
            "survey by economists at the central bank",
        ),
        ("An analysis by campaigners found that rents rose by 7%.", "analysis by campaigners"),
    ],
)
def test_document_by_people_is_its_own_source(text: str, name: str) -> None:
    assert speaker(by_text(claims(text), "rents rose")) == (name, "unknown")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Apartur, the association that represents flat owners, said it would challenge "
            "the decision.",
            "Apartur",
        ),
        (
            "Voltera, the Swedish carmaker owned by a Chinese group, said it would challenge "
            "the decision.",
            "Voltera",
        ),
        (
            "Keller, the union leader who called the strike, said it would challenge the decision.",
            "Keller",
        ),
    ],
)
def test_lone_first_word_described_then_speaking_is_the_speaker(text: str, name: str) -> None:
    assert speaker(by_text(claims(text), "challenge"))[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Meanwhile, the union, which represents 3,000 workers, said talks would resume.", "union"),
        ("Separately, the company said talks would resume.", "company"),
    ],
)
def test_opening_adverb_is_no_name(text: str, name: str) -> None:
    assert speaker(by_text(claims(text), "talks")) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Education Secretary Helen Carr said the strike must end. The minister said talks "
            "would resume.",
            "Helen Carr",
        ),
        (
            "Transport Secretary Ian Dale said the line would reopen.\n\n"
            "The minister said talks would resume.",
            "Ian Dale",
        ),
        (
            "UCU general secretary Maria Thornton said the strike would go on. The minister "
            "said talks would resume.",
            "minister",
        ),
        (
            "Press secretary Tom Reyes said the strike must end. The minister said talks "
            "would resume.",
            "minister",
        ),
    ],
)
def test_the_minister_may_be_a_secretary_of_state(text: str, name: str) -> None:
    assert speaker(by_text(claims(text), "talks"))[0] == name


@pytest.mark.parametrize(
    "text",
    [
        '"The rocket," said Ana Ruiz, a researcher at the Space Policy Institute in New '
        'Delhi, "is the easy part. Landing it is a different kind of problem."',
        '"The rocket," said Ana Ruiz, the engineer who designed the capsule for the space '
        'agency, "is the easy part."',
        "“The rocket,” said Ana Ruiz, a researcher at the Space Policy Institute in New "
        "Delhi, “is the easy part.”",
    ],
)
def test_split_quote_around_a_long_apposition(text: str) -> None:
    found = claims(text)
    assert speaker(by_text(found, "The rocket")) == ("Ana Ruiz", "person")
    assert speaker(by_text(found, "is the easy part")) == ("Ana Ruiz", "person")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ana Ruiz has been banned for four years, the Athletics Integrity Unit said on "
            "Thursday, a decision that ends her career.",
            "Ana Ruiz has been banned for four years",
        ),
        (
            "Prices rose by 4 percent in March, the Office for National Statistics said on "
            "Friday, the fastest rise in a year.",
            "Prices rose by 4 percent in March",
        ),
        (
            "Ana Ruiz has been banned for four years after testing positive for EPO, the Chess "
            "Integrity Board (CIB) said on Thursday, a ruling that will strip her of her title.",
            "Ana Ruiz has been banned for four years after testing positive for EPO",
        ),
    ],
)
def test_report_before_a_named_body_and_an_aside(text: str, content: str) -> None:
    found = claims(text)
    assert [c.text for c in found] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a doctor accused of supplying EPO to athletes.",
        "The minister, accused of lying to parliament, resigned on Friday.",
        "Two men suspected of smuggling fuel were detained at the border.",
    ],
)
def test_accused_of_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_accusing_someone_is_still_a_claim() -> None:
    found = claims("The firm accused the regulator of bias.")
    assert speaker(by_text(found, "regulator")) == ("firm", "organization")


@pytest.mark.parametrize(
    "text",
    [
        '"The hull held until it did not," the commission\'s chief investigator, Colonel '
        "Ana Ruiz, told reporters.",
        '"The hull held until it did not," the board\'s chief safety engineer, Major Ana '
        "Ruiz, told reporters.",
        '"The hull held until it did not," the union leader, Ana Ruiz, said.',
    ],
)
def test_quote_then_role_then_named_person(text: str) -> None:
    found = claims(text)
    assert [c.text for c in found] == ["The hull held until it did not"]
    assert speaker(found[0]) == ("Ana Ruiz", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz has died aged 84. Her family said she died on Saturday at home.", "family"),
        ("His family said he died on Saturday at home.", "family"),
        ("Friends said he died on Saturday at home.", "Friends"),
        ("Colleagues said he died on Saturday at home.", "Colleagues"),
    ],
)
def test_family_and_friends_are_a_group(text: str, name: str) -> None:
    assert speaker(by_text(claims(text), "died on Saturday")) == (name, "group")


@pytest.mark.parametrize(
    "text",
    [
        "The critic Ana Ruiz praised the plan, and said costs would rise.",
        "The veteran architect Ana Ruiz praised the plan but said costs would rise.",
        'The critic Ana Ruiz called the plan "a triumph", and said costs would rise.',
    ],
)
def test_joined_verb_after_a_described_name(text: str) -> None:
    assert speaker(by_text(claims(text), "costs would rise")) == ("Ana Ruiz", "person")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Orbit achieved," a flight controller announced over the loudspeakers.', "anonymous"),
        ('"Orbit achieved," a passing cyclist said.', "anonymous"),
        ('"Orbit achieved," a letter said.', "unknown"),
    ],
)
def test_unnamed_someone_after_a_quote(text: str, kind: str) -> None:
    assert speaker(by_text(claims(text), "Orbit"))[1] == kind
