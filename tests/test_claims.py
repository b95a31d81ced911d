"""Claims and their speakers: direct quotes, reported speech, mixed claims."""

from __future__ import annotations

import datetime
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _claimtools import by_text, claims, speaker
from newsfacts.document import Document
from newsfacts.extractors.claims import find_claims, newsfacts_claims
from newsfacts.models import Article, ClaimKind, EntityKind, Facts, Span

SAMPLE = (resources.files("newsfacts") / "data" / "sample_article.txt").read_text("utf-8")


# -- direct quotes ---------------------------------------------------------------------


def test_direct_quote_with_cue_after_and_surname_gives_full_name() -> None:
    found = claims(SAMPLE)
    claim = by_text(found, "We have waited long enough")
    assert claim.kind is ClaimKind.DIRECT
    assert claim.text == "We have waited long enough"  # inside the marks, comma left out
    assert claim.cue == "said"
    assert speaker(claim) == ("Maria Keller", "person")
    assert claim.speaker is not None and claim.speaker.role == "Union leader"


def test_quote_without_cue_takes_the_speaker_of_its_paragraph() -> None:
    claim = by_text(claims(SAMPLE), "Our members move nearly")
    assert claim.kind is ClaimKind.DIRECT
    assert claim.cue is None
    assert speaker(claim) == ("Maria Keller", "person")


@pytest.mark.parametrize(
    "text",
    [
        'Maria Keller leads the union.\n\n"We are ready," said Keller.',
        "Maria Keller leads the union.\n\n“We are ready,” Keller said.",
        'Maria Keller leads the union.\n\nKeller told reporters: "We are ready."',
        'Maria Keller leads the union.\n\n"We are ready," she said on Friday.',
    ],
)
def test_cue_forms_and_quote_marks(text: str) -> None:
    claim = by_text(claims(text), "We are ready")
    assert claim.kind is ClaimKind.DIRECT
    assert speaker(claim) == ("Maria Keller", "person")


def test_split_quote_gives_two_claims_with_one_speaker() -> None:
    text = 'Union leader Maria Keller spoke.\n\n"We are ready," she said, "to talk."'
    found = claims(text)
    first, second = by_text(found, "We are ready"), by_text(found, "to talk")
    assert first is not second
    assert speaker(first) == speaker(second) == ("Maria Keller", "person")


def test_quote_over_several_paragraphs() -> None:
    text = (
        "Judge Eleanor Hartley passed sentence.\n\n"
        '"You were trusted with public money. You betrayed that trust.\n\n'
        '"You will now pay for it," the judge said.\n\n'
        "The court then rose."
    )
    found = claims(text)
    first = by_text(found, "You were trusted")
    last = by_text(found, "You will now pay")
    assert first.kind is last.kind is ClaimKind.DIRECT
    assert speaker(first) == speaker(last) == ("Eleanor Hartley", "person")
    assert "\n" not in first.text


def test_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = (
        "Opposition leader Joseph Chanda addressed the rally.\n\n"
        '"We will not allow anyone to steal this victory, Chanda said.\n\n'
        "Officials said counting would resume on Monday."
    )
    found = claims(text)
    claim = by_text(found, "steal this victory")
    assert claim.text.endswith("Chanda said.")
    assert speaker(claim) == ("Joseph Chanda", "person")
    after = by_text(found, "counting would resume")
    assert speaker(after) == ("Officials", "group")


def test_nested_quotes_belong_to_the_outer_quote() -> None:
    text = (
        "Finance Minister Jonas Berg spoke in parliament.\n\n"
        "\"They called it 'a betrayal', and they were wrong,\" Berg said."
    )
    found = claims(text)
    assert len(found) == 1
    assert found[0].text == "They called it 'a betrayal', and they were wrong"
    assert speaker(found[0]) == ("Jonas Berg", "person")


def test_scare_quotes_and_titles_are_not_claims() -> None:
    text = (
        'The so-called "peace dividend" never came. His memoir, "Bread Before Speeches," '
        "became a bestseller."
    )
    assert claims(text) == []


def test_headline_single_quotes() -> None:
    text = (
        "'We had no warning', say residents as floods swamp town\n\n"
        "By Lucia Romero\n\nResidents were angry on Wednesday."
    )
    claim = by_text(claims(text), "We had no warning")
    assert claim.kind is ClaimKind.DIRECT
    assert speaker(claim) == ("residents", "group")


def test_headline_reported_speech_resolves_to_the_body() -> None:
    claim = by_text(claims(SAMPLE), "deal is")
    assert claim.kind is ClaimKind.MIXED  # carries "within reach"
    assert claim.cue == "says"
    assert speaker(claim) == ("ver.di union", "organization")


def test_british_single_quotes_in_the_body() -> None:
    text = (
        "Union boss Mick Lynch spoke on Monday.\n\n"
        "'We have bent over backwards,' he told the BBC. 'The companies have not moved.'\n\n"
        "The workers' union said talks were over."
    )
    found = claims(text)
    first = by_text(found, "We have bent over backwards")
    second = by_text(found, "The companies have not moved")
    assert first.kind is second.kind is ClaimKind.DIRECT
    assert speaker(first) == speaker(second) == ("Mick Lynch", "person")
    assert not any("union said" in c.text for c in found)  # an apostrophe opens nothing


# -- reported speech -------------------------------------------------------------------


def test_indirect_speech_speaker_first() -> None:
    claim = by_text(claims(SAMPLE), "the workers were asking for a raise")
    assert claim.kind is ClaimKind.INDIRECT
    assert claim.cue == "told"
    assert claim.text == "the workers were asking for a raise of 8 percent over two years"
    assert speaker(claim) == ("Maria Keller", "person")


def test_indirect_speech_content_first_and_dateline_left_out() -> None:
    claim = by_text(claims(SAMPLE), "dock workers walked off")
    assert claim.text.startswith("More than 2,000 dock workers")
    assert claim.text.endswith("approach roads")
    assert speaker(claim) == ("ver.di union", "organization")


def test_role_phrase_speaker_resolves_to_the_named_person() -> None:
    claim = by_text(claims(SAMPLE), "she was confident a deal")
    assert speaker(claim) == ("Maria Keller", "person")


def test_apposition_and_participle_cue() -> None:
    found = claims(SAMPLE)
    warned = by_text(found, "stoppage was costing")
    assert warned.cue == "warned"
    assert speaker(warned) == ("Jens Albrecht", "person")
    adding = by_text(found, "talks would resume next Tuesday")
    assert adding.cue == "adding"
    assert speaker(adding) == ("Jens Albrecht", "person")


def test_pronoun_speaker_and_mixed_claim() -> None:
    claim = by_text(claims(SAMPLE), "the government would not intervene")
    assert claim.kind is ClaimKind.MIXED
    assert '"at this stage"' in claim.text
    assert speaker(claim) == ("Petra Lindqvist", "person")


def test_according_to() -> None:
    claim = by_text(claims(SAMPLE), "a similar dispute lasted")
    assert claim.cue == "according to"
    assert speaker(claim) == ("Kiel Institute for the World Economy", "organization")
    text = "According to Eurostat, inflation eased to 2.9 percent in December."
    claim = by_text(claims(text), "inflation eased")
    assert speaker(claim) == ("Eurostat", "organization")


def test_organisation_group_and_anonymous_speakers() -> None:
    found = claims(SAMPLE)
    assert speaker(by_text(found, "protest outside the terminal")) == ("Police", "organization")
    assert speaker(by_text(found, "freight rates")) == ("Shipping analysts", "group")
    anonymous = by_text(found, "diverted to Rotterdam")
    assert speaker(anonymous) == ("senior official at the port", "anonymous")


def test_anonymous_sources_forms() -> None:
    text = (
        "Talks stalled on Saturday, according to three people familiar with the talks. "
        "A senior official who spoke on condition of anonymity said a deal was close."
    )
    found = claims(text)
    first = by_text(found, "Talks stalled")
    assert first.speaker is not None and first.speaker.kind is EntityKind.ANONYMOUS
    second = by_text(found, "a deal was close")
    assert second.speaker is not None and second.speaker.kind is EntityKind.ANONYMOUS


def test_coordinated_and_joined_verbs_keep_the_subject() -> None:
    text = (
        "The Electoral Commission urged candidates to wait for results and said that "
        "early figures were misleading."
    )
    found = claims(text)
    urged = by_text(found, "candidates to wait")
    said = by_text(found, "early figures were misleading")
    assert urged.text == "candidates to wait for results"
    assert speaker(urged) == speaker(said) == ("Electoral Commission", "organization")


def test_dates_after_the_verb_are_not_the_claim() -> None:
    text = (
        "Blinken will travel to Cairo on Sunday, the State Department said Friday, April 12. "
        "The United Nations said in a statement on Monday, Feb. 12, 2024, that 135,000 "
        "people had fled."
    )
    found = claims(text)
    travel = by_text(found, "Blinken will travel")
    assert speaker(travel) == ("State Department", "organization")
    assert not any(c.text.startswith(("April", "Feb")) for c in found)
    assert by_text(found, "135,000 people had fled").text == "135,000 people had fled"


def test_inverted_cue_and_relative_clause_subject() -> None:
    text = (
        "The investor, Donald Wright, plans to run the company, said a spokesman for Kyle. "
        "Police officers who had been searching for Howes concluded he had been killed."
    )
    found = claims(text)
    run = by_text(found, "plans to run the company")
    assert run.text == "The investor, Donald Wright, plans to run the company"
    # An unnamed spokesman is an anonymous source named after the body and the role.
    assert speaker(run) == ("Kyle spokesman", "anonymous")
    assert run.speaker is not None and run.speaker.role == "spokesman"
    killed = by_text(found, "he had been killed")
    assert speaker(killed) == ("Police officers", "group")


def test_not_reporting() -> None:
    text = (
        "Keller declined to say when talks would resume. The claims were false. "
        "He was told to leave. Lena Marsh reported from Hamburg."
    )
    assert claims(text) == []


def test_no_pronoun_or_bare_title_when_the_person_is_named() -> None:
    for claim in claims(SAMPLE):
        assert claim.speaker is not None
        assert claim.speaker.name.lower() not in ("he", "she", "they", "the union leader")


def test_role_then_name_before_the_verb_after_a_quote() -> None:
    claim = by_text(
        claims('"We are not against paying tax," union leader Maria Keller said.'), "tax"
    )
    assert claim.cue == "said"
    assert speaker(claim) == ("Maria Keller", "person")
    assert claim.speaker is not None and claim.speaker.role == "union leader"


def test_sentence_ended_inside_the_quote_takes_no_cue_after_it() -> None:
    text = (
        'The commission said the figures were "misleading and dangerous." Commission '
        "chairperson Mary Phiri said the final count was expected by Wednesday."
    )
    found = claims(text)
    count = by_text(found, "final count")
    assert speaker(count) == ("Mary Phiri", "person")
    assert all(c.text != "misleading and dangerous." for c in found)


def test_spokesman_after_a_place_is_the_speaker() -> None:
    claim = by_text(claims("Talks will resume next Tuesday in Berlin, a spokesman said."), "Talks")
    assert claim.text == "Talks will resume next Tuesday in Berlin"
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == ("spokesman", "spokesman")


def test_role_named_later_gives_the_name() -> None:
    text = (
        "OSLO (Reuters) - The head of Norway's largest salmon farmer said on Tuesday that a "
        "new tax would drive investment abroad.\n\n"
        '"Every krone counts," she told Reuters.\n\n'
        "Chief Executive Ingrid Solberg has led the company since 2019."
    )
    found = claims(text)
    assert speaker(by_text(found, "drive investment")) == ("Ingrid Solberg", "person")
    assert speaker(by_text(found, "Every krone")) == ("Ingrid Solberg", "person")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "``This is a great night,'' Whitfield said. ``We keep promises.''",
            "This is a great night",
        ),
        ("« Ce n'est pas un cadeau », he told the radio station RFI.", "Ce n'est pas un cadeau"),
        ("Pryce thanked volunteers: 'People came with buckets before the brigade.'", "People came"),
    ],
)
def test_other_quote_marks_and_cues(text: str, quoted: str) -> None:
    claim = by_text(claims(text), quoted)
    assert claim.kind is ClaimKind.DIRECT
    assert claim.text.startswith(quoted)
    assert text[claim.span.start : claim.span.end] == claim.text


def test_tex_quotes_keep_offsets_into_the_original_text() -> None:
    text = "Team owner Dana Whitfield spoke.\n\n``We promised a stadium,'' Whitfield said."
    doc = Document(text)
    found = find_claims(doc)
    claim = by_text(found, "We promised")
    assert claim.text == "We promised a stadium"
    assert speaker(claim) == ("Dana Whitfield", "person")
    assert doc.original == text and len(doc.text) == len(text)


def test_thanking_alone_is_no_claim() -> None:
    assert claims("Nordhav thanked local authorities for their support.") == []


def test_headline_verb_without_that() -> None:
    text = "Salmon farmers warn new tax will drive investment abroad\n\nBy Kari Lund"
    claim = by_text(claims(text), "new tax")
    assert claim.text == "new tax will drive investment abroad"
    assert claims("Farmers warn of hard winter\n\nBy Kari Lund") == []


def test_at_least_opens_the_content() -> None:
    claim = by_text(claims("Historians say at least 90,000 objects are held in France."), "objects")
    assert claim.text.startswith("at least 90,000")
    assert speaker(claim) == ("Historians", "group")


def test_anonymous_official_with_a_definite_role() -> None:
    text = (
        "The authority's cabinet member for the environment, who declined to be named, said "
        "the council could not afford the work."
    )
    claim = by_text(claims(text), "could not afford")
    assert claim.speaker is not None
    assert claim.speaker.kind is EntityKind.ANONYMOUS


# -- the hook and the model contract ---------------------------------------------------


def test_hook_returns_claims_that_fit_the_facts() -> None:
    doc = Document(SAMPLE, published=datetime.date(2024, 3, 5))
    article = Article(text=SAMPLE, published=doc.published, published_source="given")
    result = newsfacts_claims(document=doc, facts=Facts(article=article))
    assert len(result) >= 12
    Facts(article=article, claims=result)  # spans and texts are checked here
    for claim in result:
        assert claim.text == SAMPLE[claim.span.start : claim.span.end]
        if claim.cue_span is not None:
            assert SAMPLE[claim.cue_span.start : claim.cue_span.end] == claim.cue


def test_hook_leaves_out_claims_outside_the_body() -> None:
    doc = Document(SAMPLE)
    body_start = SAMPLE.index("HAMBURG")
    article = Article(text=SAMPLE, body=Span(body_start, len(SAMPLE)))
    result = newsfacts_claims(document=doc, facts=Facts(article=article))
    assert result and all(c.span.start >= body_start for c in result)


# -- round 3: speakers of wire copy ------------------------------------------------------


def test_bodies_without_an_organisation_word_are_organisations() -> None:
    text = (
        "Doctors Without Borders, which runs a clinic in Calais, said its teams were stretched. "
        'The charity said conditions were "unbearable". NHS England said beds were full. '
        "The coast guard said it had pulled 14 people from the water. Police in the northern "
        "city of Kano said 12 people were arrested. The army said soldiers were ready."
    )
    found = claims(text)
    assert speaker(by_text(found, "its teams")) == ("Doctors Without Borders", "organization")
    assert speaker(by_text(found, "conditions")) == ("Doctors Without Borders", "organization")
    assert speaker(by_text(found, "beds were full")) == ("NHS England", "organization")
    assert speaker(by_text(found, "14 people")) == ("coast guard", "organization")
    kano = by_text(found, "12 people were arrested")
    assert speaker(kano) == ("Police in the northern city of Kano", "organization")
    assert speaker(by_text(found, "soldiers were ready")) == ("army", "organization")


def test_surname_and_pronoun_after_a_briefing_with_several_people() -> None:
    text = (
        "Governor Maria Estrada said the damage would exceed $2 billion.\n\n"
        '"We have never seen rainfall like this," Estrada said at a briefing with Assembly '
        'Speaker pro Tem Gloria Nakamura. "Every county has asked for help."\n\n'
        "She said the state would ask for a disaster declaration.\n\n"
        "Nakamura said lawmakers would meet next week."
    )
    found = claims(text)
    for fragment in ("never seen rainfall", "Every county", "disaster declaration"):
        assert speaker(by_text(found, fragment)) == ("Maria Estrada", "person"), fragment
    lawmakers = by_text(found, "lawmakers would meet")
    assert speaker(lawmakers) == ("Gloria Nakamura", "person")
    assert lawmakers.speaker is not None and lawmakers.speaker.role == "Assembly Speaker pro Tem"


def test_long_titles_and_a_person_of_a_body() -> None:
    text = (
        "Deputy Chief of Staff Thomas Brennan told reporters that 4,000 calls came in. "
        "Acting Assistant Secretary Linda Park of the state's Natural Resources Agency said "
        "reservoirs were full. Lt. Gen. Robert Hale said troops were deployed."
    )
    found = claims(text)
    assert speaker(by_text(found, "4,000 calls")) == ("Thomas Brennan", "person")
    park = by_text(found, "reservoirs were full")
    assert speaker(park) == ("Linda Park", "person")
    assert park.speaker is not None and park.speaker.role == "Acting Assistant Secretary"
    assert speaker(by_text(found, "troops were deployed")) == ("Robert Hale", "person")


def test_role_and_single_given_name_in_either_order() -> None:
    text = (
        "One survivor, Esperance, 34, said she had lost two children. A nurse, Amina, who "
        "asked that her surname not be used, said the clinic had no supplies. "
        '"It is catastrophic," the minister, Daniel Okafor, told reporters. '
        "Fatuma, a 61-year-old widow, said the water came at night."
    )
    found = claims(text)
    assert speaker(by_text(found, "two children")) == ("Esperance", "person")
    assert speaker(by_text(found, "no supplies")) == ("Amina", "person")
    assert not any("surname" in c.text for c in found)
    assert speaker(by_text(found, "catastrophic")) == ("Daniel Okafor", "person")
    assert speaker(by_text(found, "water came at night")) == ("Fatuma", "person")


def test_documents_are_their_own_unknown_sources() -> None:
    text = (
        "A report by the World Health Organization said the outbreak was the worst since "
        "2017. The report said fewer than half had clean water. Figures published by the "
        "health ministry on Monday showed 1,240 suspected cases. Scam losses reached a "
        "record, police data show. A study found that heat deaths could triple. Figures "
        "showed the economy shrank."
    )
    found = claims(text)
    # (as written, never the body that issued them, as independent annotators give them)
    who = ("report by the World Health Organization", "unknown")
    assert speaker(by_text(found, "worst since")) == who
    assert speaker(by_text(found, "clean water")) == ("report", "unknown")
    by_ministry = ("Figures published by the health ministry on Monday", "unknown")
    assert speaker(by_text(found, "1,240")) == by_ministry
    assert speaker(by_text(found, "Scam losses")) == ("police data", "unknown")
    assert speaker(by_text(found, "heat deaths")) == ("study", "unknown")
    # A bare document noun is never typed a group or an organisation.
    assert speaker(by_text(found, "economy shrank")) == ("Figures", "unknown")


def test_groups_with_modifiers_and_spokespeople_of_bodies() -> None:
    text = (
        "Lawyers for the plaintiffs said they would appeal. Residents of the village said "
        "the pumps were broken. A spokesperson for the Dutch economy ministry said talks "
        "would resume. A spokesman said the plan was not final."
    )
    found = claims(text)
    assert speaker(by_text(found, "appeal")) == ("Lawyers for the plaintiffs", "group")
    assert speaker(by_text(found, "pumps")) == ("Residents of the village", "group")
    talks = by_text(found, "talks would resume")
    # An unnamed spokesperson is anonymous, named after the body they speak for.
    assert speaker(talks) == ("Dutch economy ministry spokesperson", "anonymous")
    assert talks.speaker is not None and talks.speaker.role == "spokesperson"
    assert speaker(by_text(found, "not final")) == ("spokesman", "anonymous")


# -- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        '"',
        '"' * 5000,
        "“”‘’" * 2000,
        'He said "we will ' * 2000,
        "word Keller said the union leader analysts " * 3000,
        ("Maria Keller Union Leader President " * 2000),
        "according to " * 3000,
        "\n\n".join('"Quote' for _ in range(2000)),
        ", said " * 3000,
        "Police in the city of Kano (SPD) said a report by the WHO showed " * 1500,
        "said the woman, who asked to be identified only by her surname, Wong, " * 1000,
    ],
    ids=[
        "empty",
        "one-mark",
        "only-marks",
        "curly-only",
        "unbalanced",
        "no-punctuation",
        "capitals",
        "according",
        "open-paragraphs",
        "cues-only",
        "subject-phrases",
        "given-names",
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    for claim in claims(text):
        assert claim.text == text[claim.span.start : claim.span.end]


_VOCAB = (
    "Maria Keller said she he they the union leader , . : \" “ ” ‘ ’ ' told reporters that "
    "according to analysts officials a spokesman who on condition of anonymity adding warned"
)
WORDS = [*_VOCAB.split(" "), "\n\n", "—"]
NEWSY = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=3)), max_size=80).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(NEWSY)
def test_any_text_gives_well_formed_claims(text: str) -> None:
    found = claims(text)
    read = Document(text).text  # what the stage reads: typewriter marks typeset
    for claim in found:
        assert 0 <= claim.span.start < claim.span.end <= len(text)
        assert claim.text == read[claim.span.start : claim.span.end]
        if claim.speaker is not None and claim.speaker.span is not None:
            assert claim.speaker.span.end <= len(text)
    assert found == sorted(found, key=lambda c: c.span.start)


def test_reporting_verbs_are_the_flagged_cue_words() -> None:
    # The claims stage picks its cue candidates by the registry's token flags: they must
    # mark exactly its own reporting verbs (and "according").
    from newsfacts.extractors._names import ACCORDING, SAYING, token_flags
    from newsfacts.extractors.claims import _lex

    verbs = sorted(_lex().verbs)
    doc = Document(" ".join([*verbs, "according", "table", "Said"]))
    flags = token_flags(doc)
    texts = [t.text for t in doc.tokens]
    cues = [t for t, f in zip(texts, flags, strict=True) if f & (SAYING | ACCORDING)]
    assert cues == [t for t in texts if t.lower() in _lex().verbs or t == "according"]


def test_apostrophes_alone_open_no_quote() -> None:
    text = "The workers’ union said Germany’s plan failed.\n\nShe called it ‘a farce’ on Friday."
    found = claims(text)
    assert all("workers" not in c.text or c.kind is not ClaimKind.DIRECT for c in found)
    from newsfacts.extractors._quotes import quotes

    assert [Document(text).slice(q.span) for q in quotes(Document(text))] == ["a farce"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We are ready to talk," the White House said.', "White House"),
        ('"The ships must move," the Red Cross said on Monday.', "Red Cross"),
        ('"Nobody wins a strike," the Harbour Board told reporters.', "Harbour Board"),
        ('"The offer stands," the European Commission said in a statement.', "European Commission"),
    ],
)
def test_a_named_body_after_the_quote_with_its_article(text: str, name: str) -> None:
    # The registry's name starts after "the": the cue reader must look past it.
    (found,) = claims(text)
    assert found.kind is ClaimKind.DIRECT
    assert speaker(found) == (name, "organization")
