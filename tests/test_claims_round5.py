"""Round 5 speaker and claim rules: named people behind role phrases, figures that are no
speaker, speakers carried over briefings, affiliations, bodies, and spurious or missed
claims. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

LEAD = "Talks resumed on Monday.\n\n"


def texts(found: list[object]) -> list[str]:
    return [c.text for c in found]  # type: ignore[attr-defined]


# -- 1. the named person behind a role phrase -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A survivor, Esperance, said the gunmen came at night. "
            "The 34-year-old mother of three said her sons were missing.",
            "Esperance",
        ),
        (
            "Kambale, a farmer, said the gunmen came at night.\n\n"
            "The 52-year-old farmer said his sons were missing.",
            "Kambale",
        ),
        (
            "A survivor, Esperance, said the gunmen came at night. "
            "The mother of three said her sons were missing.",
            "Esperance",
        ),
        (
            "Esperance, a survivor, said the gunmen came at night.\n\n"
            "The woman said her sons were missing.",
            "Esperance",
        ),
        (
            "Daniel Okafor, the health minister, said the gunmen came at night.\n\n"
            "Aid groups said clinics were full.\n\nThe minister said her sons were missing.",
            "Daniel Okafor",
        ),
    ],
)
def test_a_role_phrase_goes_back_to_the_person_named(text: str, name: str) -> None:
    assert speaker(by_text(claims(LEAD + text), "sons were missing")) == (name, "person")


def test_a_kin_noun_does_not_take_someone_of_the_other_gender() -> None:
    text = "Maria Keller said prices rose. The father of two said he was worried."
    assert speaker(by_text(claims(text), "he was worried"))[0] != "Maria Keller"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Esperance, 41, said the gunmen came at night.", "Esperance"),
        ("The gunmen came at night, said Amani, 34, who lost two sons.", "Amani"),
        ("Survivors spoke. One of them, Furaha, said the gunmen came at night.", "Furaha"),
        ("Another survivor, Kambale, said the gunmen came at night.", "Kambale"),
        (
            "A survivor who gave her name only as Esperance said the gunmen came at night.",
            "Esperance",
        ),
        ("A teacher, who gave only his first name, Paul, said the gunmen came at night.", "Paul"),
    ],
)
def test_people_known_by_one_name_are_people(text: str, name: str) -> None:
    assert speaker(by_text(claims(LEAD + text), "gunmen came")) == (name, "person")


def test_a_pronoun_after_a_one_name_person_is_theirs() -> None:
    found = claims('Amani, 34, whose house was burned, said nobody came. "We waited," she said.')
    assert speaker(by_text(found, "We waited")) == ("Amani", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prices will rise, said Assemblyman Ray Holloway.", "Ray Holloway"),
        ("Councilwoman Dana Reyes said prices will rise.", "Dana Reyes"),
        ("Prices will rise, said glaciologist Akira Sato of the Polar Institute.", "Akira Sato"),
        ('"Prices will rise," said senior researcher Akira Sato.', "Akira Sato"),
        ("Prices will rise, said Sato, a glaciologist at the Polar Institute.", "Sato"),
    ],
)
def test_titles_and_jobs_before_a_name(text: str, name: str) -> None:
    assert speaker(by_text(claims(LEAD + text), "rices will rise")) == (name, "person")


# -- 2. figures are the source of a number, not of someone's claim ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Okafor said the winter would be hard, according to figures from the health ministry.",
        "Okafor said the winter would be hard, according to data released on Monday.",
        "Okafor told reporters the winter would be hard, according to the latest survey.",
    ],
)
def test_according_to_figures_does_not_steal_a_named_claim(text: str) -> None:
    found = claims("Daniel Okafor is the health minister.\n\n" + text)
    assert len(found) == 1
    assert found[0].text == "the winter would be hard"
    assert speaker(found[0]) == ("Daniel Okafor", "person")


def test_according_to_people_is_a_report_of_a_report() -> None:
    text = (
        "German Chancellor Markus Albers spoke first. The chancellor said Germany would pay "
        "more, according to two officials present in the room."
    )
    found = claims(text)
    assert speaker(by_text(found, "The chancellor said")) == (
        "two officials present in the room",
        "anonymous",
    )
    inner = [c for c in found if c.text == "Germany would pay more"]
    assert [speaker(c) for c in inner] == [("Markus Albers", "person")]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Tax receipts fell by 22%, according to figures published by the Budget Office.",
            "figures published by the Budget Office",
            "unknown",
        ),
        (
            "Tax receipts fell by 22%, according to figures released on Monday.",
            "figures released on Monday",
            "unknown",
        ),
        ("Tax receipts fell by 22%, according to the survey.", "survey", "unknown"),
        (
            "Tax receipts fell by 22%, according to estimates from the consultancy Drewry.",
            "estimates from the consultancy Drewry",
            "unknown",
        ),
        (
            "Tax receipts fell by 22%, according to data from Halvorsen.",
            "data from Halvorsen",
            "unknown",
        ),
    ],
)
def test_according_to_figures_alone(text: str, name: str, kind: str) -> None:
    assert speaker(by_text(claims(LEAD + text), "Tax receipts fell")) == (name, kind)


# -- 3. a quote paragraph with no cue: whose it is ---------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "Maria Estrada, the budget director, then walked reporters through the numbers.",
        "Budget director Maria Estrada presented the new forecast.",
        "Estrada, who took office in January, presented the new forecast.",
    ],
)
def test_a_person_brought_forward_before_a_quote_says_it(intro: str) -> None:
    text = (
        "Kevin Tran, a spokesman for the governor, said cuts were coming.\n\n"
        '"We will protect schools."\n\n'
        + ("Maria Estrada is the budget director.\n\n" if intro.startswith("Estrada") else "")
        + intro
        + '\n\n"We spent as if the good years would last."'
    )
    found = claims(text)
    assert speaker(by_text(found, "protect schools")) == ("Kevin Tran", "person")
    assert speaker(by_text(found, "good years")) == ("Maria Estrada", "person")


def test_a_paragraph_about_a_body_keeps_the_last_speaker() -> None:
    text = (
        "Kevin Tran said cuts were coming.\n\n"
        "The governor's office released a statement on Monday.\n\n"
        '"We will protect schools."'
    )
    assert speaker(by_text(claims(text), "protect schools")) == ("Kevin Tran", "person")


# -- 4 and 5. appositions and bodies -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Veltman's largest shareholder, the pension fund PGGM, said it backed the offer.", "PGGM"),
        ("The country's biggest lender, Nordbank, said it backed the offer.", "Nordbank"),
        (
            "The state's largest union, SEIU Local 1000, said it backed the offer.",
            "SEIU Local 1000",
        ),
        ("Veltman and Halvorsen said they backed the offer.", "Veltman and Halvorsen"),
        ("The offer is fair, Veltman and Halvorsen said.", "Veltman and Halvorsen"),
    ],
)
def test_bodies_named_in_appositions_and_pairs(text: str, name: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1
    assert speaker(found[0]) == (name, "organization")


def test_a_bodys_unnamed_spokesperson_is_anonymous() -> None:
    found = claims(LEAD + "The ministry's spokesperson said it backed the offer.")
    assert len(found) == 1
    assert speaker(found[0]) == ("ministry spokesperson", "anonymous")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rule is lawful because it keeps the rolls accurate, the state argued.", "state"),
        ("The state argued that the rule is lawful.", "state"),
        ("The city said the rule is lawful.", "city"),
        ("The rule is lawful, the prosecution said.", "prosecution"),
    ],
)
def test_a_polity_or_party_to_a_case_is_a_body(text: str, name: str) -> None:
    assert speaker(by_text(claims(LEAD + text), "rule is lawful")) == (name, "organization")


def test_the_state_inside_a_longer_subject_is_not_a_body_alone() -> None:
    found = claims(LEAD + "The state's attorney general, Ana Ruiz, said the rule is lawful.")
    assert speaker(by_text(found, "rule is lawful")) == ("Ana Ruiz", "person")


# -- 6. spurious claims ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Gunmen killed 23 people in an attack on a village, local officials said on "
            "Sunday, in the latest violence to hit the province.",
            "Gunmen killed 23 people in an attack on a village",
        ),
        (
            "The state faces a shortfall of $38 billion, finance officials said on Tuesday, "
            "as tax receipts fell short of forecasts.",
            "The state faces a shortfall of $38 billion",
        ),
        (
            "Halvorsen has agreed to buy Veltman, the companies said on Wednesday, creating "
            "Europe's second-largest supplier.",
            "Halvorsen has agreed to buy Veltman",
        ),
    ],
)
def test_a_lede_whose_cue_comes_last_reports_what_is_before_it(text: str, want: str) -> None:
    found = claims(text)
    assert texts(found) == [want]


def test_a_clause_after_the_cue_with_that_is_still_the_report() -> None:
    found = claims("After the meeting ended, police said on Tuesday that 12 people had died.")
    assert texts(found) == ["12 people had died"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Air trapped in the core shows that carbon dioxide swung sharply, scientists said.",
            "Air trapped in the core shows that carbon dioxide swung sharply",
        ),
        (
            "The union said it would ask Halvorsen for a written promise that no plant "
            "would close.",
            "it would ask Halvorsen for a written promise that no plant would close",
        ),
        (
            "A survey of 300 scientists found that most expected the record to change.",
            "most expected the record to change",
        ),
    ],
)
def test_no_second_claim_inside_a_claim(text: str, want: str) -> None:
    assert texts(claims(LEAD + text)) == [want]


@pytest.mark.parametrize(
    ("text", "inner", "who"),
    [
        (
            "The minister said on Monday that the company had denied that it broke any "
            "safety rules.",
            "it broke any safety rules",
            "company",
        ),
        (
            "Officials said on Monday that the union believes that the plan will fail.",
            "the plan will fail",
            "union",
        ),
        (
            "The mayor said on Friday that the council feared that the bridge would not reopen.",
            "the bridge would not reopen",
            "council",
        ),
    ],
)
def test_a_bodys_report_inside_a_report_keeps_both(text: str, inner: str, who: str) -> None:
    # Only a verb of showing ("the core shows that") adds nothing inside another report;
    # a body that denies, believes or fears is reported in turn.
    found = claims(LEAD + text)
    assert len(found) == 2
    assert [speaker(c)[0] for c in found if c.text == inner] == [who]


def test_a_survey_is_the_source_not_its_object() -> None:
    found = claims(LEAD + "A survey of 300 scientists found that most expected a change.")
    assert speaker(found[0]) == ("survey of 300 scientists", "unknown")


# -- 7. missed claims --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kevin Tran, a spokesman for Governor Lena Ortiz, told reporters at a briefing that "
        "the governor would cut housing.",
        "Kevin Tran, an aide, told reporters on Monday that the governor would cut housing.",
    ],
)
def test_told_takes_its_hearer_not_a_subject(text: str) -> None:
    found = claims(text)
    assert texts(found) == ["the governor would cut housing"]
    assert speaker(found[0]) == ("Kevin Tran", "person")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ricci led the study. It would be “a benchmark for decades”, she said.",
            "It would be “a benchmark for decades”",
        ),
        ('The ferry was "a death trap," a survivor said.', 'The ferry was "a death trap,"'),
    ],
)
def test_a_quote_that_ends_a_clause_before_its_cue_is_mixed(text: str, want: str) -> None:
    claim = by_text(claims(LEAD + text), want)
    assert claim.text == want
    assert claim.kind.value == "mixed"


def test_a_quote_that_opens_its_sentence_stays_direct() -> None:
    claim = by_text(claims(LEAD + '"It is fair," Keller said.'), "It is fair")
    assert claim.kind.value == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "She said it would be “a benchmark for decades”.",
        "They said it would be “a benchmark for decades”.",
        "The study ended, and he said it would be “a benchmark for decades”.",
    ],
)
def test_a_pronoun_with_no_one_to_stand_for_still_reports(text: str) -> None:
    claim = by_text(claims(text), "it would be")
    assert claim.kind.value == "mixed"
    assert claim.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        'Estrada said California could not "spend money it does not have" after receipts fell.',
        "Estrada said it would be “a benchmark for decades”.",
    ],
)
def test_indirect_speech_with_a_quoted_fragment(text: str) -> None:
    found = claims("Maria Estrada is the budget director.\n\n" + text)
    assert len(found) == 1
    assert found[0].kind.value == "mixed"
    assert speaker(found[0]) == ("Maria Estrada", "person")


# -- guards found on training news texts ------------------------------------------------


def test_according_to_documents_is_a_report_of_a_report() -> None:
    text = (
        "Washington argued he was at high risk from the virus, according to court documents "
        "obtained by a website."
    )
    found = claims("Kermit Washington is a former player.\n\n" + text)
    assert sorted(c.cue or "" for c in found) == ["according to", "argued"]


def test_and_he_indicated_that_opens_a_report_of_its_own() -> None:
    found = claims(
        "Scott McNealy said the problems are now behind the firm, and he indicated that "
        "profits should rise."
    )
    assert texts(found) == ["the problems are now behind the firm", "profits should rise"]
    assert all(speaker(c) == ("Scott McNealy", "person") for c in found)


def test_a_cue_we_cannot_read_is_no_quote_alone() -> None:
    text = (
        "Pathway Communications said in a statement that the site was knocked off-line.\n\n"
        "Neal Horsley called the move a setback.\n\n"
        '"We are searching for a bolder provider to host the files," the statement said.'
    )
    found = claims(text)
    assert speaker(by_text(found, "bolder provider"))[0] != "Neal Horsley"


@pytest.mark.parametrize(
    "text",
    [
        "I think the mood is gloomy and will not change for years.",
        "We hope the talks will go on.",
    ],
)
def test_first_person_without_quotes_is_no_report(text: str) -> None:
    assert claims(text) == []


def test_a_participle_before_a_quote_is_no_part_of_the_claim() -> None:
    found = claims('Calling the mother of the boy "an excellent girl," Castro said she was brave.')
    claim = by_text(found, "excellent girl")
    assert claim.kind.value == "direct"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Munich (dpa) - Business sentiment improved in April, the Ifo institute said.",
            "Business sentiment improved in April",
        ),
        (
            "LONDON (Reuters) - Business sentiment improved in April, the Ifo institute said.",
            "Business sentiment improved in April",
        ),
        (
            "Prices (in euros) - not dollars - rose in April, the Ifo institute said.",
            "Prices (in euros) - not dollars - rose in April",
        ),
    ],
)
def test_a_dateline_with_an_agency_opens_no_claim(text: str, want: str) -> None:
    assert texts(claims(text)) == [want]
