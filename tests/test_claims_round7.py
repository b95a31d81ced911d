"""Round 7: speakers and claims on wire copy (issue #6). A possessive before a titled name
("Vietnam's Foreign Minister X told") is part of the subject; a title's seat ("MP for
Stroud Vale", "Mayor of London") is no person; a person's affiliation or a relative clause
never takes their words; "according to the X Unit" is a body; participles, noun objects
and scare-quoted words after verbs that need a clause make no claim; "data showed" after
"after"/"as" is a document's report; a relative clause's gap ("which X said had cost")
is a claim. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, kind_of, speaker
from newsfacts.document import Document
from newsfacts.extractors._names import mentions
from newsfacts.models import EntityKind

LEAD = "Officials met on Monday.\n\n"


# -- a possessive before the speaker's title -------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            '"This is a good day," Vietnam\'s Foreign Minister Nguyen Thanh Long told a '
            "closing news conference.",
            "Nguyen Thanh Long",
        ),
        (
            '"We will not back down," Germany\'s Finance Minister Maria Keller told a '
            "briefing in Berlin.",
            "Maria Keller",
        ),
        ('"The vote was fair," Kenya\'s Ruth Wanjiru told a news conference.', "Ruth Wanjiru"),
        (
            '"Prices will fall," Brazil\'s central bank chief Paulo Reis told reporters.',
            "Paulo Reis",
        ),
    ],
)
def test_possessive_before_a_titled_name_is_part_of_the_subject(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert found[0].kind.value == "direct"
    assert speaker(found[0]) == (who, "person")


def test_continuing_quote_stays_with_the_quoted_speaker_not_a_group_before() -> None:
    text = (
        "Ministers agreed to share dam data, diplomats said.\n\n"
        "Under the deal, operators will notify neighbours 72 hours ahead.\n\n"
        '"This is the first binding commitment," Vietnam\'s Foreign Minister Nguyen Thanh '
        'Long told a closing news conference. "The river does not stop at borders."\n\n'
        "Diplomats from Thailand and Laos had pushed for a wider deal.\n\n"
        '"We will keep pressing for more data from upstream."'
    )
    found = claims(text)
    assert speaker(by_text(found, "share dam data")) == ("diplomats", "group")
    for words in ("first binding", "does not stop", "keep pressing"):
        assert speaker(by_text(found, words)) == ("Nguyen Thanh Long", "person"), words


# -- a title's seat is no person ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Leading the revolt, the Labour MP for Stroud Vale, Dominic Asante, said the bill "
            "did not go far enough.",
            "Dominic Asante",
        ),
        ("Janet Hill, MP for North Down, said the vote was a disgrace.", "Janet Hill"),
        (
            "Speaking after the vote, the Green MP for Brighton Pavilion, Sian Berry, said "
            "the rivers deserved better.",
            "Sian Berry",
        ),
        ("Mayor of London Sadiq Khan said the plan was bold.", "Sadiq Khan"),
        ("Governor of Texas Greg Abbott said the border was closed.", "Greg Abbott"),
        ("Secretary of State Antony Blinken said talks would resume.", "Antony Blinken"),
    ],
)
def test_a_titles_seat_is_not_the_speaker(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert speaker(found[0]) == (who, "person")


def test_a_seat_alone_makes_no_person() -> None:
    text = LEAD + "The bill was opposed by the Labour MP for Stroud Vale on Tuesday."
    doc = Document(text)
    reg = mentions(doc)
    names = {reg.entity(m).name for m in reg.mentions}
    assert "Stroud Vale" not in names


# -- a person's affiliation, and bodies after "according to the" -------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Prof Kwame Boateng, from the Royal College of Ophthalmologists, who was not "
            'involved in the study, said the results were "encouraging but not final".',
            "Kwame Boateng",
        ),
        (
            "Dr Ama Mensah, of the University of Ghana, who led the review, said the data "
            "were weak.",
            "Ama Mensah",
        ),
        (
            "Maria Keller, of the University of Padua, who was not involved in the work, told "
            "reporters the trial was too small.",
            "Maria Keller",
        ),
        (
            "Tom Reyes, from the Institute of Fiscal Studies, who has advised two chancellors, "
            "said the tax would raise little.",
            "Tom Reyes",
        ),
    ],
)
def test_affiliation_before_a_relative_clause_is_not_the_speaker(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert speaker(found[0]) == (who, "person")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kenya has had more than 100 athletes banned since 2017, according to the "
            "Athletics Integrity Unit.",
            "Athletics Integrity Unit",
        ),
        ("Sales fell 3% last year, according to the Hollis Research Unit.", "Hollis Research Unit"),
        (
            "Applications doubled, according to the Marsh Valley Trading Standards Board.",
            "Marsh Valley Trading Standards Board",
        ),
        (
            "Arrests rose by a fifth, according to the Serious Fraud Unit.",
            "Serious Fraud Unit",
        ),
    ],
)
def test_according_to_the_named_body_is_an_organisation(text: str, body: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert speaker(found[0]) == (body, "organization")
    assert kind_of(LEAD + text, body) is EntityKind.ORGANIZATION


@pytest.mark.parametrize(
    "name",
    ["Royal College of Nursing", "Imperial College London", "Counter Terrorism Policing Unit"],
)
def test_college_and_unit_name_bodies(name: str) -> None:
    text = LEAD + f"The {name} said the figures were wrong."
    assert kind_of(text, name) is EntityKind.ORGANIZATION


def test_an_indefinite_description_after_a_body_is_that_body() -> None:
    text = LEAD + (
        "Lumora, a three-year-old hardware startup backed by Sequoia, launched glasses that "
        "it says will translate speech in real time."
    )
    found = claims(text)
    assert speaker(by_text(found, "translate speech")) == ("Lumora", "organization")


# -- spurious claims -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        (
            "Annual inflation slowed to 3.9% in August, the national statistics institute "
            "INE said on Monday, edging closer to the bank's 3% target.",
            "Annual inflation slowed to 3.9% in August",
            "INE",
        ),
        (
            "Exports rose 4% in May, the statistics agency Destatis said on Friday, beating "
            "forecasts.",
            "Exports rose 4% in May",
            "Destatis",
        ),
        (
            "Unemployment fell to 5.1% in June, the Office for National Statistics said on "
            "Tuesday, marking the lowest rate in two years.",
            "Unemployment fell to 5.1% in June",
            "Office for National Statistics",
        ),
    ],
)
def test_a_participle_after_the_cue_is_no_claim(text: str, content: str, who: str) -> None:
    found = claims(LEAD + text)
    assert [c.text for c in found] == [content]
    assert speaker(found[0])[0] == who


def test_a_participle_then_that_keeps_the_that_clause() -> None:
    found = claims(LEAD + "The company said on Monday, citing weak demand, that it would cut jobs.")
    assert [c.text for c in found] == ["it would cut jobs"]
    assert speaker(found[0]) == ("company", "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Retailers cited weaker demand for clothing.",
        "The firm saw strong demand for chips.",
        "Shares fell on slowing demand for steel.",
    ],
)
def test_demand_after_an_adjective_is_a_noun(text: str) -> None:
    assert claims(LEAD + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell after the salmon farmer reported a sharp drop in profit and cut its forecast.",
        "The carmaker noted a rise in orders from China.",
        "The airline reported a loss of $40 million for the quarter.",
    ],
)
def test_a_noun_object_of_a_that_verb_is_no_claim(text: str) -> None:
    assert claims(LEAD + text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The coast guard warned a storm would hit the island on Friday.",
            "a storm would hit the island on Friday",
        ),
        ("Police added a man had been arrested near the scene.", "a man had been arrested"),
        ("The ministry noted an inquiry was under way.", "an inquiry was under way"),
    ],
)
def test_a_that_verb_with_a_bare_clause_still_reports(text: str, content: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1 and found[0].text.startswith(content), [c.text for c in found]


@pytest.mark.parametrize(
    "text",
    [
        'Keller expected "dozens" more colleagues to back the cap.',
        'The union believed "hundreds" of members would join the march.',
        'Analysts expected "a bloodbath" in the bond market.',
    ],
)
def test_a_scare_quoted_object_of_a_belief_verb_is_no_claim(text: str) -> None:
    assert claims(LEAD + text) == []


def test_a_scare_quote_inside_a_report_stays_one_mixed_claim() -> None:
    found = claims(
        LEAD + 'Asante said he expected "dozens" more colleagues to back a cap on bonuses.'
    )
    assert len(found) == 1, [c.text for c in found]
    assert found[0].kind.value == "mixed"
    assert found[0].text.startswith("he expected")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The minister warned "there will be consequences".', "there will be consequences"),
        ('Keller said "hundreds" of jobs would go.', "hundreds"),
    ],
)
def test_quoted_clauses_after_the_cue_still_report(text: str, content: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1 and content in found[0].text, [c.text for c in found]


# -- missed claims ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        (
            "The central bank cut rates a day after data showed retail sales fell 0.4% in May.",
            "retail sales fell 0.4% in May",
            "data",
        ),
        (
            "The currency slid as official figures showed exports fell for a third month.",
            "exports fell for a third month",
            "official figures",
        ),
        (
            "Stocks rose after new data showed inflation cooled in April.",
            "inflation cooled in April",
            "new data",
        ),
    ],
)
def test_a_document_opening_a_subordinate_clause_reports(text: str, content: str, who: str) -> None:
    found = claims(LEAD + text)
    claim = by_text(found, content)
    assert claim.text == content
    assert speaker(claim) == (who, "unknown")


def test_a_capitalised_adjective_before_data_is_no_person() -> None:
    found = claims(LEAD + "Official data showed that inflation slowed to 3.1% in April.")
    assert speaker(by_text(found, "inflation slowed")) == ("Official data", "unknown")


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        (
            "Nepal sits on a fault line, and scientists have long warned that the region is "
            "overdue for a large quake.",
            "the region is overdue for a large quake",
            ("scientists", "group"),
        ),
        (
            "Economists have long argued that the tax is too low.",
            "the tax is too low",
            ("Economists", "group"),
        ),
        (
            "The union has long said that pay is too low.",
            "pay is too low",
            ("union", "organization"),
        ),
    ],
)
def test_have_long_warned_reports(text: str, content: str, who: tuple[str, str]) -> None:
    found = claims(LEAD + text)
    claim = by_text(found, content)
    assert claim.text == content
    assert speaker(claim) == who


@pytest.mark.parametrize(
    ("text", "content", "who", "kind"),
    [
        (
            "The firm was hit by a new tax, which Lindqvist said had cost the company "
            '"well over a billion kroner" so far.',
            'had cost the company "well over a billion kroner" so far',
            "Lindqvist",
            "mixed",
        ),
        (
            "Officials blamed low turnout among older voters, who they said had stayed at home "
            "because of heavy rain.",
            "had stayed at home because of heavy rain",
            "Officials",
            "indirect",
        ),
        (
            "The M23 rebel group, which the United Nations says is backed by Rwanda, has seized "
            "large parts of the east.",
            "is backed by Rwanda",
            "United Nations",
            "indirect",
        ),
    ],
)
def test_a_relative_clause_gap_is_the_subject_of_the_report(
    text: str, content: str, who: str, kind: str
) -> None:
    found = claims(LEAD + text)
    claim = by_text(found, content)
    assert claim.text == content
    assert claim.kind.value == kind
    assert speaker(claim)[0] == who


@pytest.mark.parametrize(
    "text",
    [
        "Exports, analysts say, are likely to recover.",
        "The economy, the minister said, would recover by the summer.",
    ],
)
def test_a_parenthetical_cue_is_not_a_relative_gap(text: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert found[0].text.startswith(("Exports", "The economy"))


# -- elliptical and described subjects -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        (
            "Residents queued for water from early morning; some said they had not been warned.",
            "they had not been warned",
            "Residents",
        ),
        (
            "Workers gathered outside the plant. Several told reporters they had not been paid.",
            "they had not been paid",
            "Workers",
        ),
        (
            "Protesters marched to parliament, and many said they would return on Friday.",
            "they would return on Friday",
            "Protesters",
        ),
    ],
)
def test_a_lone_quantifier_speaks_for_the_group_named_last(
    text: str, content: str, who: str
) -> None:
    found = claims(LEAD + text)
    claim = by_text(found, content)
    assert speaker(claim) == (who, "group")


def test_a_lone_quantifier_after_someone_else_is_not_the_group() -> None:
    found = claims(
        LEAD + "Workers gathered outside. Maria Keller spoke first. Some said they were tired."
    )
    assert all(c.speaker is None or c.speaker.name != "Workers" for c in found)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Eurofer, the European steel association, has long argued that cheap imports "
            "destroy jobs.",
            "Eurofer",
        ),
        ("Brevik, the Norwegian shipping group, has also said that it will cut routes.", "Brevik"),
        (
            "Ardena, the regional water company, had previously said that prices would rise.",
            "Ardena",
        ),
    ],
)
def test_a_described_first_word_before_has_long_argued_is_a_name(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert speaker(found[0]) == (who, "organization")


# -- nationality epithets ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'Arsenal manager Mikel Arteta praised his side. "The way we pressed was '
            'outstanding," the Spaniard said.',
            "Mikel Arteta",
        ),
        (
            'Neymar scored twice on Sunday. "I am very happy," said the Brazilian, who joined '
            "in May.",
            "Neymar",
        ),
        (
            "Rafael Nadal lost in four sets. The Spaniard, who is 38, said he would rest.",
            "Rafael Nadal",
        ),
        (
            'Kai Havertz declined to celebrate. "It felt wrong," the German said afterward.',
            "Kai Havertz",
        ),
    ],
)
def test_a_nationality_epithet_is_the_person_just_named(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert speaker(found[0]) == (who, "person")


def test_a_nationality_word_before_a_noun_is_no_epithet() -> None:
    found = claims(
        LEAD + "Olaf Scholz met the press. The German government said the talks had failed."
    )
    assert len(found) == 1, [c.text for c in found]
    assert speaker(found[0]) == ("German government", "organization")
    text = LEAD + "Maria Keller arrived. The American hope is that the talks succeed."
    reg = mentions(Document(text))
    m = reg.at(text.index("The American"))
    assert m is None or reg.entity(m).name != "Maria Keller"


def test_a_french_lawyers_honorific_is_no_part_of_the_name() -> None:
    found = claims(
        LEAD + "His lawyer, Maître Antoine Girard, told reporters that his client would appeal."
    )
    assert speaker(found[0]) == ("Antoine Girard", "person")


def test_they_after_a_complementiser_is_not_a_relative_gap() -> None:
    found = claims(
        LEAD + "Federal officials said Wednesday that they had concluded that the suspect fired "
        "the shots."
    )
    claim = by_text(found, "the suspect fired")
    assert speaker(claim)[0] == "Federal officials"


# -- bodies: a plural owner before a body's noun, the body that opened the lead -------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The pilots' union said talks had collapsed on Thursday.", "pilots' union"),
        ("The nurses' union said its members would walk out.", "nurses' union"),
        ("The teachers' union NEU said the offer was too low.", "NEU"),
        (
            "The pilots' union Vereinigung Cockpit said talks had collapsed.",
            "Vereinigung Cockpit",
        ),
    ],
)
def test_a_plural_owner_before_a_bodys_noun_is_the_body(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert speaker(found[0]) == (who, "organization")


@pytest.mark.parametrize(
    ("headline", "lead", "body"),
    [
        (
            "Airline cancels flights as pilots strike",
            "Lufthansa cancelled about 800 flights on Friday as pilots walked out.",
            "Lufthansa",
        ),
        (
            "Carmaker recalls 40,000 vehicles",
            "Voltera withdrew about 40,000 cars from sale on Monday over faulty brakes.",
            "Voltera",
        ),
        (
            "Lender raises mortgage rates",
            "Halden Bank raised its fixed rates on Tuesday.",
            "Halden Bank",
        ),
    ],
)
def test_the_company_noun_of_a_headline_is_the_body_that_opens_the_lead(
    headline: str, lead: str, body: str
) -> None:
    noun = headline.split()[0].lower()
    text = f"{headline}\n\n{lead}\n\nIn a statement, the {noun} said the move was needed."
    found = claims(text)
    assert speaker(by_text(found, "move was needed")) == (body, "organization")


# -- asides: an honorific's full stop, "now ..." -------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'The regulator MHRA said it had 31 reports.\n\n"Patients should not stop using '
            "their inhaler,\" the MHRA's chief safety officer, Dr. Ruth Okafor, said.",
            "Ruth Okafor",
        ),
        (
            '"The line is safe," the company\'s head of operations, Mr. Tom Becker, said.',
            "Tom Becker",
        ),
        (
            '"We are ready," the agency\'s director, John F. Kowalski, told reporters.',
            "John F. Kowalski",
        ),
    ],
)
def test_a_full_stop_after_an_honorific_does_not_end_the_aside(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert speaker(found[-1]) == (who, "person")
    assert found[-1].kind.value == "direct"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Former Dunmore captain Davie Irvine, now a pundit with BBC Scotland, said the "
            "club's problems went deeper than the manager.",
            "Davie Irvine",
        ),
        ("Tom Becker, now 80, said the town had changed.", "Tom Becker"),
        (
            "Former minister Ana Costa, once a close ally of the president, said he should resign.",
            "Ana Costa",
        ),
    ],
)
def test_an_aside_opened_by_now_or_once_is_about_the_speaker(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert speaker(found[0]) == (who, "person")


# -- "he" after a sayer named mid-sentence ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Their Malian driver was released the next day.\n\nSpeaking briefly to reporters at "
        'the airport, Moreau said he had been kept in a tent.\n\n"We were never beaten," he '
        'said. "I thought of my daughters every day."',
        "Her bodyguard was freed in May.\n\nAt a news conference in Lyon on Friday, Laurent "
        'said she had been moved eight times.\n\n"It was cold," she said. "We had one '
        'blanket."',
        "A local guide was also held.\n\nAfter landing in Oslo, Berg told reporters he had "
        'lost 12 kilos.\n\n"I am fine," he said. "I just want to sleep."',
    ],
)
def test_he_after_a_mid_sentence_sayer_is_the_sayer(text: str) -> None:
    text = (
        "Hostages freed\n\nTwo hostages were freed, Moreau, Laurent and Berg among them.\n\n" + text
    )
    found = claims(text)
    names = {speaker(c)[0] for c in found}
    assert len(names) == 1, [(c.text, c.speaker) for c in found]
    assert names.pop() in ("Moreau", "Laurent", "Berg")
    assert len(found) == 3, [c.text for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "His wife, Elena, laughs when he tells the story.",
        "The crowd, restless, cheered as she told the story again.",
        "Meanwhile, as our correspondent reports, the rally began.",
    ],
)
def test_a_cue_inside_a_subordinate_clause_reports_nothing_before_it(text: str) -> None:
    assert claims(LEAD + text) == []


def test_even_before_the_subject_still_reports_the_parenthetical() -> None:
    found = claims(LEAD + "Just as important, even male senators say, is the potential for change.")
    assert len(found) == 1 and speaker(found[0]) == ("male senators", "group")


# -- a report in a relative clause with no relative word ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ministers had no plan to fund the investment the industry says it needs by 2030.",
        "It was well short of the figure the bank says it expects this year.",
        "Analysts doubt the savings the airline says it will make.",
    ],
)
def test_an_object_gap_after_the_verb_is_no_claim(text: str) -> None:
    assert claims(LEAD + text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Last week the union said it would strike.", "it would strike"),
        ("Shares fell and the company said it would cut jobs.", "it would cut jobs"),
        ("Over the weekend the ministry said it had no plans.", "it had no plans"),
        (
            "Veltman's largest shareholder, the pension fund PGGM, said it backed the bid.",
            "it backed",
        ),
    ],
)
def test_a_main_clause_report_keeps_its_claim(text: str, content: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1 and found[0].text.startswith(content), [c.text for c in found]


# -- headline quotes before a colon --------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "'Where I learned to grow again': the allotment that saved a street",
        "'A river of memories': the last ferry across the Danube",
        '"Nothing lasts forever": a village waits for its bridge',
    ],
)
def test_a_headline_quote_before_a_thing_is_a_title(headline: str) -> None:
    found = claims(headline + "\n\nThe bridge will open in 2027.")
    assert found == []


@pytest.mark.parametrize(
    "headline",
    [
        "'The track does not lie': Kenya's most famous running coach retires",
        "'We were robbed': Spain's coaching staff fume after defeat",
    ],
)
def test_a_headline_owner_before_the_colon_is_not_the_speaker(headline: str) -> None:
    found = claims(headline + "\n\nThe season ended on Sunday.")
    assert all(c.speaker is None or c.speaker.name not in ("Kenya", "Spain") for c in found)


def test_a_headline_quote_before_a_name_stays_a_claim() -> None:
    found = claims(
        "'It was time for a new challenge': Okonkwo completes move to Madrid\n\n"
        "Nigerian striker Samuel Okonkwo joined Real Madrid on Monday."
    )
    assert speaker(by_text(found, "new challenge")) == ("Samuel Okonkwo", "person")


# -- a "that" after the reported clause has begun is the clause's own -----------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He said Hamas would not accept any deal that did not end the war.",
            "Hamas would not accept any deal that did not end the war",
        ),
        (
            "Albers said Germany was ready to pay more if that helped end the talks.",
            "Germany was ready to pay more if that helped end the talks",
        ),
        (
            "The agency said it had received 31 reports of counters that failed.",
            "it had received 31 reports of counters that failed",
        ),
    ],
)
def test_that_inside_the_reported_clause_does_not_start_it(text: str, content: str) -> None:
    found = claims(LEAD + "Keller and Albers met in Cairo.\n\n" + text)
    assert [c.text for c in found] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Reuters reported in May that Kunlun had given engineers access.", "Kunlun had given"),
        ("The ministry said on Friday that talks would resume.", "talks would resume"),
        ("Keller told reporters at a briefing that the plan was dead.", "the plan was dead"),
    ],
)
def test_that_after_adjuncts_still_opens_the_claim(text: str, content: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1 and found[0].text.startswith(content), [c.text for c in found]


# -- names that open a sentence with a direction or "New" ----------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("South Korea said the missile landed at sea.", "South Korea"),
        ("New Zealand said it would send aid.", "New Zealand"),
        ("Western Union said its systems were down.", "Western Union"),
        ("West Yorkshire Police said a man had been charged.", "West Yorkshire Police"),
        ("Saudi Arabia said it would keep pumping oil.", "Saudi Arabia"),
    ],
)
def test_a_name_opening_a_sentence_keeps_its_first_word(text: str, who: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, [c.text for c in found]
    assert speaker(found[0]) == (who, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Last Thursday Maria Keller said the vote was fair.",
        "In March Maria Keller said the vote was fair.",
        "But Maria Keller said the vote was fair.",
    ],
)
def test_time_words_opening_a_sentence_are_no_part_of_the_name(text: str) -> None:
    found = claims(LEAD + text)
    assert speaker(found[0]) == ("Maria Keller", "person")


# -- an unnamed spokesperson after words that open with a body ------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The company has also notified regulators in 11 other countries, a spokeswoman said.",
            "Halden Pharma",
        ),
        ("Halden Pharma has withdrawn the batches, a spokesman said.", "Halden Pharma"),
        (
            "The National Crime Agency has opened an investigation, a spokesman said.",
            "National Crime Agency",
        ),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_body_their_words_open_with(
    text: str, body: str
) -> None:
    found = claims(LEAD + "Halden Pharma recalled an inhaler on Monday.\n\n" + text)
    claim = by_text(found, text.split(",")[0][:20])
    assert claim.speaker is not None and claim.speaker.role in ("spokesman", "spokeswoman")
    # (unnamed: an anonymous source named after the body and the role)
    assert speaker(claim) == (f"{body} {claim.speaker.role}", "anonymous")


def test_an_unnamed_spokesperson_with_no_body_stays_the_spokesperson() -> None:
    found = claims(LEAD + "The plan was not final, a spokesman said.")
    assert speaker(found[0]) == ("spokesman", "anonymous")
