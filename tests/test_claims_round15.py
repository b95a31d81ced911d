"""Round 15: speakers and claims on unseen wire copy (issue #6), second pass. A verb
joined to an earlier report (or a quoted label) takes its speaker; what a speaker did next
(", and threatened to", ", but rejected") ends the report; "X, one of the companies ...,
said"; "his wife, Aminata, said their daughter, who ..." is no inverted report; what a
court or an inquest "heard"; groups at numbered places; bodies named in another language
("Grupo", "Banco"); an opening "In a statement," before a subject; a pronoun subject far
from its cue is the registry's; a name opening the main clause is no apposition; appeals
for something; quoted warnings against something; "also said" after a lone body; "said
the consultancy X"; long descriptions before a name; "the airline" is no union with
"Airline" in its name, and "members of the X Pilots' Association" leave "the union" its
name; an unnamed spokesperson speaks for the paragraph's one body; dotted initials ("a
U.S. official", "the U.N."); "according to U.N. estimates"; a clause opener is no part of
the subject; one report when a verb only describes the statement. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker
from newsfacts.document import Document
from newsfacts.extractors._names import mentions

# -- a verb joined to an earlier report takes its speaker ------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name", "kind"),
    [
        (
            "The national weather service said the old record had stood since 1985, and "
            "warned that the heat would last until Sunday.",
            "the heat would last",
            "national weather service",
            "organization",
        ),
        (
            "The state meteorological agency said rainfall was 40% below normal and warned "
            "that reservoirs could run dry.",
            "reservoirs could run dry",
            "state meteorological agency",
            "organization",
        ),
        (
            "Local election monitors said turnout was low, but added that voting had been orderly.",
            "voting had been orderly",
            "Local election monitors",
            "group",
        ),
    ],
)
def test_joined_verb_takes_the_earlier_reports_speaker(
    text: str, fragment: str, name: str, kind: str
) -> None:
    found = claims(text)
    assert len(found) == 2
    assert speaker(by_text(found, fragment)) == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The country's postal service said deliveries would resume on Monday.",
        "The national weather service said the storm would reach the coast by noon.",
        "The forest service said the fire had burned 2,000 hectares.",
    ],
)
def test_a_service_named_by_its_job_is_a_body(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "organization"


# -- what the speaker did next ends the report ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Energy secretary Laura Benn said the distributors had failed to invest for "
            "years, and threatened to fine both companies.",
            "the distributors had failed to invest for years",
        ),
        (
            "The judge said she had taken into account his age, but rejected his claim "
            "that he had been frightened.",
            "she had taken into account his age",
        ),
        (
            "The minister said the talks had been useful, and dismissed reports of a split.",
            "the talks had been useful",
        ),
        (
            "Gonzalez said the company had cut 300 jobs, but declined to give details.",
            "the company had cut 300 jobs",
        ),
    ],
)
def test_a_later_act_of_the_speaker_ends_the_report(text: str, content: str) -> None:
    assert claims(text)[0].text == content


def test_a_denial_after_the_comma_is_a_report_of_its_own() -> None:
    found = claims(
        "The mayor said the city had done all it could, and denied that warnings had been ignored."
    )
    assert [c.text for c in found] == [
        "the city had done all it could",
        "warnings had been ignored",
    ]
    assert speaker(found[1]) == ("mayor", "person")


def test_a_joined_verb_without_a_comma_stays_in_the_report() -> None:
    # "prices had risen and stalled": no comma, so the second verb may be the report's own.
    assert claims("The minister said prices had risen and stalled.")[0].text == (
        "prices had risen and stalled"
    )


# -- "X, one of the companies ..., said" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Edenorte, one of the two private companies that distribute power in the area, "
            "said about 430,000 customers had lost supply.",
            "Edenorte",
        ),
        ("Brambles, another of the firms involved, said it would appeal.", "Brambles"),
        ("Kasteel, one of the country's biggest banks, said profits fell.", "Kasteel"),
    ],
)
def test_a_body_described_as_one_of_many(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


# -- a subject with an apposition is no inverted report --------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "His wife, Aminata, said their daughter, who was three, still asked for him.",
            "their daughter, who was three, still asked for him",
            "Aminata",
        ),
        (
            "One of the survivors, Kambale, said the captain, who had fled, was to blame.",
            "the captain, who had fled, was to blame",
            "Kambale",
        ),
        (
            "Her brother, Ahmed, told reporters the police, who arrived late, had done nothing.",
            "the police, who arrived late, had done nothing",
            "Ahmed",
        ),
    ],
)
def test_named_apposition_subject_before_the_verb(text: str, content: str, name: str) -> None:
    found = claims(text)
    assert [c.text for c in found] == [content]
    assert speaker(found[0]) == (name, "person")


def test_a_real_inversion_still_reads_the_speaker_after_the_verb() -> None:
    found = claims("The economy will recover, said his wife, Aminata, who runs a shop.")
    assert found[0].text == "The economy will recover"
    assert speaker(found[0])[0] == "Aminata"


# -- what a court heard -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Reddy attacked the rider outside a takeaway in March, Manchester Crown Court heard.",
            "Reddy attacked the rider outside a takeaway in March",
            "Manchester Crown Court",
        ),
        (
            "The victim worked up to 60 hours a week, the court heard.",
            "The victim worked up to 60 hours a week",
            "court",
        ),
        (
            "The inquest heard that the pilot had flown for 14 hours without a break.",
            "the pilot had flown for 14 hours without a break",
            "inquest",
        ),
        (
            "The tribunal heard she had been dismissed without notice.",
            "she had been dismissed without notice",
            "tribunal",
        ),
    ],
)
def test_what_a_court_heard_is_a_report(text: str, content: str, name: str) -> None:
    found = claims(text)
    assert [c.text for c in found] == [content]
    assert speaker(found[0])[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "Residents heard gunfire shortly after midnight.",
        "The court heard evidence from three witnesses.",
        "The committee heard 14 witnesses over two days.",
        "Villagers heard that the army was coming.",
    ],
)
def test_hearing_anything_else_is_no_report(text: str) -> None:
    assert claims(text) == []


def test_a_request_inside_what_the_court_heard_is_the_courts_account() -> None:
    found = claims(
        "The victim had asked him to leave and told him that police were coming, the court heard."
    )
    assert len(found) == 1
    assert speaker(found[0])[0] == "court"


def test_a_request_after_that_keeps_its_infinitive() -> None:
    found = claims("The owner asked him to move a car that was blocking the loading bay.")
    assert found[0].text == "him to move a car that was blocking the loading bay"


# -- a group where a number is part of the place -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Residents of the surrounding Zone 5 neighborhood said large crowds had gathered.",
            "Residents of the surrounding Zone 5 neighborhood",
        ),
        (
            "Workers at the Route 9 depot said they had not been paid.",
            "Workers at the Route 9 depot",
        ),
        (
            "Families in the District 12 camp said food had run out.",
            "Families in the District 12 camp",
        ),
    ],
)
def test_group_with_a_numbered_place(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "group")


# -- bodies named in another language -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The operator, Grupo Monteverde, said the gate had been shut on police orders.",
            "Grupo Monteverde",
        ),
        ("Banco Sabadell said profits rose in the third quarter.", "Banco Sabadell"),
        ("The lender, Banca Ifis, said the deal would close in May.", "Banca Ifis"),
    ],
)
def test_foreign_company_words_make_a_body(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


def test_it_after_a_named_operator_is_the_named_body() -> None:
    text = (
        "The minister said the gate had been closed by stewards hired by the stadium's "
        "operator. The operator, Grupo Monteverde, rejected that account. In a statement, "
        "it said the gate had been shut on police orders."
    )
    assert speaker(by_text(claims(text), "shut on police orders")) == (
        "Grupo Monteverde",
        "organization",
    )


# -- an opening "In a statement," before the subject -----------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            'In a statement, the club thanked the coach for "two fine seasons" but said '
            "results had fallen short.",
            "results had fallen short",
            "club",
        ),
        (
            "In a letter to staff, the company apologised for the delays and said it would "
            "hire 200 engineers.",
            "it would hire 200 engineers",
            "company",
        ),
        (
            "On a visit to Kyiv, the minister laid a wreath and told reporters that more aid "
            "was coming.",
            "more aid was coming",
            "minister",
        ),
    ],
)
def test_opening_adjunct_before_the_subject(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment))[0] == name


# -- a pronoun subject far from the cue is the registry's ------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Callum Reddy stabbed the rider after Yusuf Mansaray asked him to move his car. "
            "A jury convicted Reddy of murder. He had denied murder, claiming he had acted "
            "in self-defence.",
            "Callum Reddy",
        ),
        (
            "Mark Dunn hit the guard after Peter Cole told him to leave. A court fined Dunn "
            "in May. He had denied the charge, saying he had never touched the guard.",
            "Mark Dunn",
        ),
    ],
)
def test_pronoun_subject_of_the_clause(text: str, name: str) -> None:
    found = claims(text)
    assert speaker(found[-1]) == (name, "person")


def test_he_said_after_a_quote_still_continues_the_speaker() -> None:
    text = 'Judge Ana Ruiz said the sentence had to deter others. "He showed no remorse," she said.'
    assert speaker(claims(text)[-1]) == ("Ana Ruiz", "person")


# -- a name after "the club," that opens the main clause is no apposition --------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "According to a source close to the club, Grant and two other directors met on "
            "Saturday.",
            "the club",
        ),
        ("After talks with the union, Veltrix agreed to raise pay by 4%.", "the union"),
        ("Before the airline, Flyjet had run a bus company.", "the airline"),
    ],
)
def test_name_opening_the_main_clause_is_not_the_body(text: str, phrase: str) -> None:
    registry = mentions(Document(text))
    described = registry.at(text.index(phrase))
    assert described is not None
    assert registry.entity(described).name == phrase.split()[-1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The port operator, HHLA, said ships were waiting.", "HHLA"),
        ("The regulator, Ofgem, said bills would fall.", "Ofgem"),
        ("The carrier, Flyjet, said the flight had been cancelled.", "Flyjet"),
    ],
)
def test_a_closed_apposition_still_names_the_body(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


# -- an appeal for something is a demand -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("The church appealed for calm after the vote.", "calm after the vote", "church"),
        (
            "Police appealed for witnesses to come forward.",
            "witnesses to come forward",
            "Police",
        ),
        ("Families pleaded for more time to leave.", "more time to leave", "Families"),
    ],
)
def test_appeal_for_is_a_demand(text: str, content: str, name: str) -> None:
    found = claims(text)
    assert [c.text for c in found] == [content]
    assert speaker(found[0])[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "The lawyer appealed against the ruling.",
        "She appealed the verdict on Monday.",
        "The film appealed to younger viewers.",
    ],
)
def test_other_appeals_are_no_claims(text: str) -> None:
    assert claims(text) == []


# -- a body with "also" before its verb, a body after its noun -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sainsbury's also said it would cut prices.", "Sainsbury"),
        ("Hartwell's previously said it had no plans to close stores.", "Hartwell"),
        ("Veltrix also said it would hire 200 engineers.", "Veltrix"),
    ],
)
def test_body_then_also_said(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Shoppers are cutting back on big purchases, said the consultancy Harrowgate.",
            "Harrowgate",
        ),
        ("Demand will recover next year, said the research firm Kantar.", "Kantar"),
        ("Fuel prices will rise again, said the distributor Petrolink.", "Petrolink"),
    ],
)
def test_said_the_company_noun_then_its_name(text: str, name: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert speaker(found[0]) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "LONDON, 25 November – The homewares and clothing chain Hartwell's has cut its "
            "forecast for the second time and said it would close 23 stores.",
            "Hartwell's",
        ),
        (
            "The British budget airline Flyjet cancelled 40 flights and said it would refund "
            "passengers.",
            "Flyjet",
        ),
        (
            "The struggling regional bakery chain Brotzeit raised prices and said costs had "
            "doubled.",
            "Brotzeit",
        ),
    ],
)
def test_long_description_before_the_name_opens_the_clause(text: str, name: str) -> None:
    assert speaker(claims(text)[-1])[0] == name


# -- "the airline" is the airline, not a union with "Airline" in its name --------------------


def test_noun_inside_a_name_is_not_that_bodys_head() -> None:
    text = (
        "Irish airline Celtair cancelled 240 flights as members of the Irish Airline "
        "Pilots' Association began a strike. The airline said it had operated 60% of its "
        "schedule."
    )
    assert speaker(by_text(claims(text), "60%")) == ("Celtair", "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The walkout by members of the Irish Airline Pilots' Association (Ialpa) is the "
            "first. The union said pay had not risen since 2022.",
            "Irish Airline Pilots' Association",
        ),
        (
            "Hundreds of members of the National Nurses' Union marched on Monday. The union "
            "said wards were understaffed.",
            "National Nurses' Union",
        ),
        (
            "The strike by members of the Dockers' Federation shut the port. The union said "
            "talks had failed.",
            "Dockers' Federation",
        ),
    ],
)
def test_members_of_a_named_union_leave_the_union_its_name(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


def test_members_of_a_named_body_opening_the_sentence_stay_a_group() -> None:
    found = claims("Members of the Public Service Association said they would strike.")
    assert speaker(found[0]) == ("Members of the Public Service Association", "group")


# -- an unnamed spokesperson speaks for the one body of the paragraph ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The airline said it had operated 60% of its flights. Passengers were being "
            "offered refunds, a spokeswoman said.",
            "airline spokeswoman",
        ),
        (
            "The budget airline Flyjet cancelled 40 flights on Monday.\n\n"
            "Passengers would be offered refunds, a spokesman said.",
            "Flyjet spokesman",
        ),
        (
            "The health ministry said 40 people had died. The toll could rise, a spokeswoman said.",
            "health ministry spokeswoman",
        ),
    ],
)
def test_spokesperson_speaks_for_the_one_body(text: str, name: str) -> None:
    # (unnamed, so an anonymous source named after the body and the role)
    assert speaker(claims(text)[-1]) == (name, "anonymous")


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross said it had sent 20 trucks. The UN said aid was blocked. Supplies "
        "were running low, a spokesman said.",
        "Passengers would be offered refunds, a spokesman said.",
    ],
)
def test_spokesperson_with_two_bodies_or_none_stays_unnamed(text: str) -> None:
    assert speaker(claims(text)[-1]) == ("spokesman", "anonymous")


# -- a warning against something, its words quoted --------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The party's spokesman, Domingos Cabral, warned against using the unrest \"as an "
            'excuse".',
            'against using the unrest "as an excuse"',
            "Domingos Cabral",
        ),
        (
            'The central bank cautioned against reading "too much" into one month of data.',
            'against reading "too much" into one month of data',
            "central bank",
        ),
        (
            'The WHO warned against "any travel at all" to the region.',
            'against "any travel at all" to the region',
            "WHO",
        ),
    ],
)
def test_quoted_warning_against_is_a_claim(text: str, content: str, name: str) -> None:
    found = claims(text)
    assert [c.text for c in found] == [content]
    assert speaker(found[0])[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "He was warned against speaking out.",
        "The embassy warned against violence.",
        "The chairman cautioned against drawing conclusions.",
    ],
)
def test_warning_against_with_no_words_quoted_is_no_claim(text: str) -> None:
    assert claims(text) == []


# -- a relative clause whose subject has a plural's apostrophe -------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Prices rose by 20%, a move that supporters' groups said had pushed fans away.",
            "had pushed fans away",
        ),
        (
            "It was a reform which the workers' union said had cost 300 jobs.",
            "had cost 300 jobs",
        ),
        (
            "The cuts, which the teachers' federation says have hurt pupils, will go ahead.",
            "have hurt pupils",
        ),
    ],
)
def test_relative_clause_after_a_plural_owner(text: str, content: str) -> None:
    assert [c.text for c in claims(text)] == [content]


# -- dotted initials before a role ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("U.S. officials said the talks had stalled.", "U.S. officials", "group"),
        ("A U.N. spokesman said aid was blocked.", "U.N. spokesman", "anonymous"),
        ("A senior U.S. official said the talks had stalled.", "senior U.S. official", "anonymous"),
        (
            "A U.S. official familiar with the talks, who spoke on condition of anonymity, "
            "said negotiators had come close to a deal.",
            "U.S. official",
            "anonymous",
        ),
        (
            "The Office of the U.S. Trade Representative said it would consider further action.",
            "Office of the U.S. Trade Representative",
            "organization",
        ),
    ],
)
def test_dotted_initials_stay_in_the_phrase(text: str, name: str, kind: str) -> None:
    assert speaker(claims(text)[0]) == (name, kind)


# -- a verb joined to a quoted label ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            'The Office of the U.S. Trade Representative called the EU move "unjustified" and '
            "warned that it would consider further action.",
            "it would consider further action",
            "Office of the U.S. Trade Representative",
        ),
        (
            'The main opposition bloc called the result "a fraud" and said it would not accept it.',
            "it would not accept it",
            "main opposition bloc",
        ),
    ],
)
def test_verb_joined_to_a_label_takes_its_speaker(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "organization")


# -- a singular word opening the sentence takes no base-form verb ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Electricity demand hit a record on Monday.",
        "National demand hit a record 30,400 megawatts at that moment.",
        "Global demand rose by 3% last year.",
    ],
)
def test_demand_after_a_singular_opener_is_a_noun(text: str) -> None:
    assert [c.cue for c in claims(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters demand the minister resign.", "Protesters"),
        ("Unions demand a 10% rise in pay.", "Unions"),
        ("Police urge drivers to stay off the roads.", "Police"),
    ],
)
def test_plural_or_body_subjects_still_demand(text: str, name: str) -> None:
    assert speaker(claims(text)[0])[0] == name


# -- dotted initials keep their last dot; a noun in an "according to" phrase -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The U.N. said aid convoys were blocked.", "U.N."),
        ("The U.S. said it would veto the draft.", "U.S."),
    ],
)
def test_dotted_initials_keep_their_last_dot(text: str, name: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert speaker(found[0]) == (name, "organization")


def test_dotted_initials_before_a_document() -> None:
    found = claims("The war has killed thousands, according to U.N. estimates.")
    assert speaker(found[0]) == ("U.N. estimates", "unknown")


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3%, according to official estimates.",
        "About 400 homes burned, according to fire service estimates.",
        "Turnout was 61%, according to the commission's estimates.",
    ],
)
def test_verb_shaped_noun_after_according_to_is_no_second_report(text: str) -> None:
    assert [c.cue for c in claims(text)] == ["according to"]


# -- a clause opener is no part of the subject ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Passengers can claim up to 600 euros, although airlines have argued that strikes "
            "should count as extraordinary.",
            "airlines",
        ),
        ("Sales fell, while analysts said demand would recover.", "analysts"),
        ("Prices rose because suppliers said costs had doubled.", "suppliers"),
    ],
)
def test_subject_after_a_subordinator(text: str, name: str) -> None:
    assert speaker(claims(text)[-1])[0] == name


# -- "the oil and gas company X" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The oil and gas company Petrolia said output fell. The company said prices would "
            "rise.",
            "Petrolia",
        ),
        (
            "The homewares and clothing chain Hartwell's cut its forecast. The retailer said "
            "it would close 23 stores.",
            "Hartwell",
        ),
        (
            "The food and drink group Maresco reported a loss. The company said sales had slowed.",
            "Maresco",
        ),
    ],
)
def test_two_joined_modifiers_before_a_company_noun(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


# -- a quote's cue after a long described subject --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"The ice built up faster," the investigator in charge, Ahmad Sulaiman, told reporters.',
        '"The ice built up faster," the officer in charge, Ahmad Sulaiman, told reporters.',
        '"The ice built up faster," the chief investigator, Ahmad Sulaiman, told reporters.',
    ],
)
def test_quote_then_described_person_then_cue(text: str) -> None:
    found = claims(text)
    assert [c.text for c in found] == ["The ice built up faster"]
    assert found[0].cue == "told"
    assert speaker(found[0]) == ("Ahmad Sulaiman", "person")


def test_cue_after_an_unknown_job_goes_back_to_the_quote() -> None:
    found = claims(
        '"The data shows that the ice built up faster," the archivist in charge, Ahmad '
        "Sulaiman, told reporters."
    )
    assert [c.text for c in found] == ["The data shows that the ice built up faster"]
    assert found[0].cue == "told"
    assert speaker(found[0]) == ("Ahmad Sulaiman", "person")


# -- one report when a verb only describes the statement -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The army said in a statement posted on its Telegram channel that it had "
            "repelled the attack.",
            "army",
        ),
        (
            "The ministry said in a report published on Monday that exports had fallen.",
            "ministry",
        ),
        (
            "The agency said in a notice released late on Friday that flights would resume.",
            "agency",
        ),
    ],
)
def test_statement_described_by_a_verb_is_one_report(text: str, name: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert speaker(found[0]) == (name, "organization")
