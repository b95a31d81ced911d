"""Claims in genres the first rounds did not cover (debates, trials, match reports,
markets, science, features): honorifics and letters around names, nested reports,
verbs that take a clause only sometimes, spokespeople for named bodies, asides inside
a report, quoted labels. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker
from newsfacts.document import Document
from newsfacts.extractors._names import mentions

LEAD = "The hearing resumed on Monday.\n\n"


def texts(found: list[object]) -> list[str]:
    return [c.text for c in found]  # type: ignore[attr-defined]


# -- an honorific between the verb and the name ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We were surprised," said Dr Amira Haddad, the lead author.', "Amira Haddad"),
        ('"We were surprised," said Dr. Amira Haddad.', "Amira Haddad"),
        ('"The rules are clear," said Mr Tomas Berg, a councillor.', "Tomas Berg"),
        ('"We were surprised," Dr. Haddad said.', "Haddad"),
        ('"It is over," Mrs Okafor told reporters.', "Okafor"),
        ("The results were clear, said Dr Lena Haddad.", "Lena Haddad"),
    ],
)
def test_honorific_before_the_name(text: str, name: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, texts(found)
    assert speaker(found[0]) == (name, "person")


# -- letters after a name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Opening the case, Andrew Kent KC said staff had swapped the needles.", "Andrew Kent"),
        ("Jane Roe MP said the plan was dead.", "Jane Roe"),
        ("The plan was dead, Jane Roe MP said.", "Jane Roe"),
        ('"It is dead," said Jane Roe MP, the party chair.', "Jane Roe"),
        ('"It is dead," Priya Raman QC told the court.', "Priya Raman"),
        ("Labour MP Jane Doe said the plan was dead.", "Jane Doe"),
    ],
)
def test_postnominal_letters(text: str, name: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, texts(found)
    assert speaker(found[0]) == (name, "person")


def test_postnominal_letters_left_out_of_the_registry() -> None:
    reg = mentions(Document("Andrew Kent KC said it. Later Kent told jurors more."))
    names = {e.name: e.kind.value for e in reg.entities}
    assert names.get("Andrew Kent") == "person", names
    assert "KC" not in names and "Andrew Kent KC" not in names, names


def test_acronym_bodies_keep_their_letters() -> None:
    found = claims(LEAD + "NHS England said the plan was dead.")
    assert speaker(found[0]) == ("NHS England", "organization")


# -- a report inside a report, closed by ", people ... said" -----------------------------


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            "Several backbenchers have privately warned party whips that they could rebel, "
            "two people familiar with the discussions said.",
            "they could rebel",
        ),
        (
            "The firm told staff that jobs would go, people close to the company said.",
            "jobs would go",
        ),
        ("The firm said jobs would go, people in the town said.", "jobs would go"),
        ("The firm said jobs would go, workers at the plant said on Monday.", "jobs would go"),
    ],
)
def test_inner_report_ends_before_the_outer_attribution(text: str, inner: str) -> None:
    found = claims(LEAD + text)
    assert inner in texts(found), texts(found)
    assert not any(t.startswith(inner + ",") for t in texts(found)), texts(found)


# -- verbs that take a clause only sometimes ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Carrow boss Gary Whitlock admitted his players had been second best.",
            "his players had been second best",
        ),
        ("Gary Whitlock admitted he had been wrong about the team.", "he had been wrong"),
        (
            "Jane Doe accepted that the ward had been short-staffed.",
            "the ward had been short-staffed",
        ),
        (
            "The minister denied that his side had changed its position.",
            "his side had changed its position",
        ),
    ],
)
def test_clause_after_admit_accept_deny(text: str, content: str) -> None:
    found = claims(LEAD + text)
    assert any(content in t for t in texts(found)), texts(found)


@pytest.mark.parametrize(
    "text",
    [
        "Gary Whitlock admitted the mistake.",
        "She admitted defeat on Sunday.",
        "The hospital, which had admitted 41 people, was full.",
        "Claire Whitfield, 38, denies two counts of attempted murder.",
        "He denied the allegations.",
        "Jane Doe accepted the offer on Friday.",
    ],
)
def test_objects_of_admit_accept_deny_are_no_claims(text: str) -> None:
    assert claims(LEAD + text) == []


# -- a spokesperson for a named body -----------------------------------------------------


def test_spokesman_for_another_body_is_not_the_named_spokesman() -> None:
    text = (
        LEAD + "Labour's welfare spokesman, David Osei, said the cap was cruel.\n\n"
        "A spokesman for Downing Street said the government was confident."
    )
    assert speaker(by_text(claims(text), "government was confident")) == (
        "Downing Street spokesman",
        "anonymous",
    )
    assert speaker(by_text(claims(text), "cap was cruel")) == ("David Osei", "person")


def test_spokesman_named_in_apposition_stays_the_person() -> None:
    text = LEAD + "A spokesman for the navy, Lt. Col. Patrick Kabu, said the ship had sunk."
    assert speaker(by_text(claims(text), "ship had sunk")) == ("Patrick Kabu", "person")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "A spokeswoman for the hospital trust said it was cooperating.",
            "hospital trust spokeswoman",
        ),
        ("A spokesman for the city council said the road would reopen.", "city council spokesman"),
        ("The trust said it would appeal the ruling.", "trust"),
    ],
)
def test_two_word_bodies(text: str, body: str) -> None:
    found = claims(LEAD + text)
    # (an unnamed spokesperson is anonymous, named after the body and the role)
    kind = "anonymous" if body.endswith(("man", "woman")) else "organization"
    assert speaker(found[0]) == (body, kind)


# -- a described subject named after its own role ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The first witness, ward sister Joanne Platt, said she had become suspicious.",
            "Joanne Platt",
        ),
        (
            "The second victim, retired teacher Anne Moss, said she had been robbed twice.",
            "Anne Moss",
        ),
    ],
)
def test_role_then_titled_name(text: str, name: str) -> None:
    assert speaker(claims(LEAD + text)[0]) == (name, "person")


# -- an attribution inside the report ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The economy, the minister said on Friday, would recover next year.",
        "Joan Smith is 79. The plan, she said, was a failure from the start.",
        "Tariq Khan lost his job. His doctor, he explains, had suggested the allotment.",
        "Maria Lopez grew up here. When the mine closed, she says, the town emptied.",
    ],
)
def test_attribution_inside_the_sentence(text: str) -> None:
    last = text.rsplit(". ", 1)[-1].rstrip(".")
    found = claims(LEAD + text)
    assert last in texts(found), texts(found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The vaccine is safe, the ministry said, and urged parents to act.", "The vaccine"),
        ("The vaccine is safe, the ministry said, in a statement.", "The vaccine is safe"),
        ("Prices will rise, analysts said, as supply tightens.", "Prices will rise"),
    ],
)
def test_attribution_closing_the_report(text: str, content: str) -> None:
    found = claims(LEAD + text)
    assert any(t.startswith(content) and "said" not in t for t in texts(found)), texts(found)


# -- a verb of saying used as a noun -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The firm said it had seen "encouraging signs" of demand returning in spring.',
        "The firm said it saw signs of demand returning across Europe.",
        "The bank said it expected a rise in demand for mortgages.",
    ],
)
def test_noun_after_preposition_is_no_cue(text: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, texts(found)
    assert speaker(found[0]) == ("firm" if "firm" in text else "bank", "organization")


def test_calls_for_comment_is_no_claim() -> None:
    assert claims(LEAD + "There were calls for comment from the ministry.") == []


# -- a quoted label ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        (
            "Professor Mark Ellison, a sleep scientist who was not involved in the study, "
            'called it "an important and carefully done piece of work."',
            'it "an important and carefully done piece of work."',
            ("Mark Ellison", "person"),
        ),
        (
            'The museum president, Emmanuel Kasarherou, called the decision "an act of '
            'justice, not of charity".',
            'the decision "an act of justice, not of charity"',
            ("Emmanuel Kasarherou", "person"),
        ),
        (
            'The union branded the plan "reckless" on Monday.',
            'the plan "reckless"',
            ("union", "organization"),
        ),
    ],
)
def test_quoted_label_is_a_mixed_claim(text: str, content: str, who: tuple[str, str]) -> None:
    found = claims(LEAD + text)
    claim = by_text(found, content)
    assert claim.kind.value == "mixed"
    assert speaker(claim) == who


@pytest.mark.parametrize(
    "text",
    [
        'He would not accept what he called "mandatory solidarity" in any form.',
        'The so-called "kitchen table economy" was his theme.',
        'The plan was called "Project Blue" by its authors.',
    ],
)
def test_labels_that_are_no_claim(text: str) -> None:
    assert claims(LEAD + text) == []


def test_label_inside_a_report_stays_in_it() -> None:
    text = LEAD + ('The union said it had not been consulted and called the decision "a betrayal".')
    found = claims(text)
    assert len(found) == 1, texts(found)
    assert found[0].text.startswith("it had not been consulted")


# -- bodies described by their kind ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Campaign group Smartphone Free Childhood said the study showed the need.",
            "Smartphone Free Childhood",
        ),
        ("The charity Hope Mills said it would help.", "Hope Mills"),
        ("The bank Morgan Stanley said rates would fall.", "Morgan Stanley"),
    ],
)
def test_name_after_a_body_noun_is_that_body(text: str, name: str) -> None:
    assert speaker(claims(LEAD + text)[0]) == (name, "organization")


def test_club_before_manager_is_the_club() -> None:
    text = LEAD + (
        "Ashford Town manager Neil Hartley said his side was good. Hartley spoke to BBC "
        "Sport after the game.\n\nThe club said 1,200 fans had made the trip."
    )
    found = claims(text)
    assert speaker(by_text(found, "his side was good")) == ("Neil Hartley", "person")
    assert speaker(by_text(found, "1,200 fans")) == ("Ashford Town", "organization")


def test_club_named_by_its_first_word_later() -> None:
    text = LEAD + (
        "Carrow United lost 3-1 to Ashford Town on Saturday.\n\n"
        "Ashford Town manager Neil Hartley said his side had been brilliant.\n\n"
        "Ashford's chairman, Stephen Powell, was delighted.\n\n"
        "The club said 1,200 away fans had made the trip."
    )
    assert speaker(by_text(claims(text), "away fans")) == ("Ashford Town", "organization")


# -- speakers the registry does not know -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('"I am sorry," the stranger said.', ("stranger", "unknown")),
        ('"I am sorry," the defendant told the court.', ("defendant", "person")),
        ('"We will rebuild," the villagers said.', ("villagers", "group")),
        ('"It is over," a relieved fan said after the game.', ("relieved fan", "person")),
    ],
)
def test_quote_then_described_speaker(text: str, who: tuple[str, str]) -> None:
    found = claims(LEAD + text)
    assert len(found) == 1, texts(found)
    assert found[0].kind.value == "direct"
    assert speaker(found[0]) == who


def test_quoted_phrase_before_an_object_is_no_cue() -> None:
    text = LEAD + 'Jane Doe said she supported "parts of" the bill but warned that it was bad.'
    assert all(c.text != "parts of" for c in claims(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Residents said the water rose fast. "It was terrifying," said one, who asked '
            "not to be named.",
            "It was terrifying",
        ),
        ('Fans were furious. "We are angry," said another.', "We are angry"),
        (
            "Some residents have complained about bonfires, and one told the local paper "
            'that the plots were "an eyesore".',
            'the plots were "an eyesore"',
        ),
    ],
)
def test_one_of_a_crowd(text: str, content: str) -> None:
    claim = by_text(claims(LEAD + text), content)
    assert claim.speaker is not None and claim.speaker.kind.value == "anonymous"


@pytest.mark.parametrize("text", ["No one said the plan was bad.", "The one said it was over."])
def test_one_that_is_no_speaker(text: str) -> None:
    assert claims(LEAD + text) == []


# -- notes and threats -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Markets price a 70% chance of a cut, according to a note from Goldman Sachs.",
        "A note from Goldman Sachs said three cuts were likely this year.",
    ],
)
def test_note_is_its_own_source(text: str) -> None:
    assert speaker(claims(LEAD + text)[0]) == ("note from Goldman Sachs", "unknown")


def test_threat_is_a_claim_with_that_or_to() -> None:
    # (the later rounds' and the real-news annotators give the act threatened as a claim,
    # as the object of "vowed to"; a plain object is still none)
    assert texts(claims(LEAD + "The union threatened to strike over pay.")) == [
        "to strike over pay"
    ]
    found = claims(LEAD + "The union threatened that it would strike over pay.")
    assert texts(found) == ["it would strike over pay"]
    assert claims(LEAD + "The union threatened the company with a strike.") == []


# -- the people polled, not the poller; unnamed sources ----------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The central bank is expected to hold rates, economists polled by Reuters said.",
            ("economists", "group"),
        ),
        (
            "Economists polled by Reuters said the bank would hold rates.",
            ("Economists", "group"),
        ),
        (
            "Two officials quoted by the state news agency said the talks had failed.",
            ("officials", "anonymous"),
        ),
    ],
)
def test_people_polled_by_a_body(text: str, who: tuple[str, str]) -> None:
    assert speaker(claims(LEAD + text)[0]) == who


@pytest.mark.parametrize(
    "text",
    [
        "A source said the deal was off.",
        "A source familiar with the matter said the deal was off.",
        "A senior government source said the deal was off.",
        "A source quoted by the BBC said the deal was off.",
    ],
)
def test_a_source_is_anonymous(text: str) -> None:
    claim = claims(LEAD + text)[0]
    assert claim.speaker is not None and claim.speaker.kind.value == "anonymous"


# -- features: a quote in a paragraph about someone, people known by one name -----------


@pytest.mark.parametrize(
    "para",
    [
        "Lakshmi Nair is not convinced. Asked whether she trusts the promise, she laughs. "
        "“I have heard this before.”",
        "Lakshmi Nair shakes her head. “I have heard this before.”",
    ],
)
def test_cueless_quote_belongs_to_the_person_its_paragraph_opens_with(para: str) -> None:
    text = (
        LEAD + "According to the state disaster agency, 212 people died in the floods.\n\n" + para
    )
    claim = by_text(claims(text), "I have heard this before")
    assert speaker(claim) == ("Lakshmi Nair", "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A fisherman named Suresh says the boats are gone.", "Suresh"),
        ("A woman called Maria said the water came at night.", "Maria"),
    ],
)
def test_person_known_by_one_name(text: str, name: str) -> None:
    assert speaker(claims(LEAD + text)[0]) == (name, "person")


def test_a_body_called_by_its_name_stays_a_body() -> None:
    found = claims(LEAD + "A company called Apex Group said it would bid.")
    assert speaker(found[0]) == ("Apex Group", "organization")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The government promised compensation but nothing has arrived.", "compensation"),
        (
            "The minister urged both sides to return to talks, but neither moved.",
            "both sides to return to talks",
        ),
    ],
)
def test_object_of_a_promise_ends_at_but(text: str, content: str) -> None:
    assert content in texts(claims(LEAD + text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mr Ellis said the government had delivered 2 million extra appointments and "
            "insisted the trend was improving.",
            "Ellis",
        ),
        ("Dr. Jane Ellis said the plan worked and warned the trend was fragile.", "Jane Ellis"),
    ],
)
def test_second_verb_after_an_honorific_subject(text: str, name: str) -> None:
    found = claims(LEAD + text)
    assert len(found) == 2, texts(found)
    assert speaker(found[1]) == (name, "person")
