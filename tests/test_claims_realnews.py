"""Claims on the shapes of real wire and newspaper copy (AP, NYT, WSJ, Reuters, BBC styles):
a speaker phrase with a post-modifier or a "City, State," place in it; bodies joined by
"and" after a name's "Corp." or "Inc."; a plural of bodies as a group; a quote whose
speaker comes after it behind a description; "they" after several speakers; progressive
and threatened reports; a quoted label opening a sentence before its own report; and the
false claims that nouns and relative clauses made. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker
from newsfacts.models import ClaimKind

LEAD = "Talks resumed on Friday.\n\n"

# -- the whole speaker phrase, headed by its noun ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        (
            "Authorities in the Buffalo, N.Y., area said they had enough evidence.",
            "enough evidence",
            ("Authorities in the Buffalo, N.Y., area", "group"),
        ),
        (
            "Police in the Lyon, France, suburb said two men were held.",
            "two men were held",
            ("Police in the Lyon, France, suburb", "organization"),
        ),
        (
            "A GP in the area said the clinic had been overwhelmed.",
            "clinic had been",
            ("GP in the area", "anonymous"),
        ),
        (
            "The rescue coordinator at the site said no survivors had been found.",
            "no survivors",
            ("rescue coordinator at the site", "anonymous"),
        ),
        (
            "Two people briefed on the negotiations said the deal could close next week.",
            "deal could close",
            ("Two people briefed on the negotiations", "anonymous"),
        ),
        (
            "Bankers involved in the sale say bids are due on Friday.",
            "bids are due",
            ("Bankers", "group"),
        ),
        (
            "The companies involved in the talks said a deal was near.",
            "deal was near",
            ("companies involved in the talks", "organization"),
        ),
    ],
)
def test_speaker_phrase_keeps_its_head_and_post_modifier(
    sentence: str, fragment: str, who: tuple[str, str]
) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == who


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        # the plural before "at"/"of" agrees with the verb, not the noun after "the"
        (
            "Workers at the plant say they were never warned.",
            "never warned",
            "Workers at the plant",
        ),
        (
            "Residents of the village say the water is unsafe.",
            "water is unsafe",
            "Residents of the village",
        ),
    ],
)
def test_a_plural_subject_with_a_place_takes_a_base_verb(
    sentence: str, fragment: str, who: str
) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == (who, "group")


# -- bodies joined by "and" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        (
            "International Business Machines Corp. and Compaq Computer Corp. said the bugs "
            "would delay products.",
            "delay products",
            "International Business Machines Corp. and Compaq Computer Corp",
        ),
        (
            "AST Research Inc. and Sun Microsystems Inc. said the flaws would not delay "
            "their machines.",
            "not delay",
            "AST Research Inc. and Sun Microsystems Inc",
        ),
        (
            "Ryanair and ITA Airways said the strike would cancel hundreds of flights.",
            "cancel hundreds",
            "Ryanair and ITA Airways",
        ),
    ],
)
def test_coordinated_bodies_speak_together(sentence: str, fragment: str, who: str) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == (who, "organization")


def test_a_document_word_inside_a_company_name_is_no_document() -> None:
    claim = by_text(claims(LEAD + "Acme Research Inc. said profit rose."), "profit rose")
    assert speaker(claim) == ("Acme Research Inc", "organization")
    # but a survey is still its own source
    text = LEAD + "A survey by the Pew Research Center found that most adults use the internet."
    assert speaker(by_text(claims(text), "most adults"))[1] == "unknown"


# -- plurals of bodies as groups ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "fragment", "who", "kind"),
    [
        ("Authorities said the fire was set deliberately.", "fire was set", "Authorities", "group"),
        (
            "Guatemalan authorities said the volcano erupted.",
            "volcano",
            "Guatemalan authorities",
            "group",
        ),
        (
            "Most big computer makers said the flaws do not affect them.",
            "flaws",
            "Most big computer makers",
            "group",
        ),
        ("Fuel retailers said prices would rise.", "prices would rise", "Fuel retailers", "group"),
        # counter-cases: a body's proper name, bodies counted as bodies
        (
            "The Port Authority said the bridge would close.",
            "bridge",
            "Port Authority",
            "organization",
        ),
        (
            "The two companies said they would merge.",
            "would merge",
            "two companies",
            "organization",
        ),
    ],
)
def test_plural_bodies_are_a_group(sentence: str, fragment: str, who: str, kind: str) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == (who, kind)


# -- a quote's speaker behind a description, and the flow of speakers --------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("“We will win,” outraged monarchist delegate David Mitchell said.", "David Mitchell"),
        (
            "“We will win,” the veteran party delegate David Mitchell said on Friday.",
            "David Mitchell",
        ),
        ('"We will win," delegate David Mitchell told reporters.', "David Mitchell"),
        ("“We will win,” embattled party leader Anna Berg said.", "Anna Berg"),
        ("``We will win,'' a smiling Anna Berg said.", "Anna Berg"),
    ],
)
def test_quote_then_description_then_name_then_verb(sentence: str, who: str) -> None:
    claim = by_text(claims(LEAD + sentence), "We will win")
    assert claim.kind is ClaimKind.DIRECT
    assert speaker(claim) == (who, "person")


def test_no_cue_from_a_name_that_does_its_own_thing() -> None:
    found = claims(LEAD + "“Win,” the crowd chanted as Anna Berg said goodbye.")
    assert speaker(by_text(found, "Win")) != ("Anna Berg", "person")


def test_each_quote_takes_the_speaker_named_after_it() -> None:
    text = (
        "Monarchists hope to win the referendum. ``The phony war has finished,'' "
        "Australians for a Constitutional Monarchy executive director Kerry Jones said. "
        "``Nothing will save the republic,'' outraged monarchist delegate David Mitchell "
        "said. ``The idea will fall to dust.''"
    )
    found = claims(LEAD + text)
    assert speaker(by_text(found, "phony war")) == ("Kerry Jones", "person")
    assert speaker(by_text(found, "Nothing will save")) == ("David Mitchell", "person")
    assert speaker(by_text(found, "fall to dust")) == ("David Mitchell", "person")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Lawyers for Kerry Jones said the ruling was wrong.", "Lawyers for Kerry Jones"),
        (
            "Supporters of party leader Anna Berg said the ruling was wrong.",
            "Supporters of party leader Anna Berg",
        ),
        (
            "Lawyers for defence minister Anna Berg said the ruling was wrong.",
            "Lawyers for defence minister Anna Berg",
        ),
    ],
)
def test_people_for_a_named_person_stay_the_people(sentence: str, who: str) -> None:
    found = claims(LEAD + sentence)
    assert speaker(by_text(found, "ruling was wrong"))[0] == who


def test_a_title_after_a_body_name_introduces_the_person() -> None:
    text = (
        "Monarchists hope to win. Australians for a Constitutional Monarchy executive "
        "director Kerry Jones said the real campaign had begun."
    )
    assert speaker(by_text(claims(LEAD + text), "real campaign")) == ("Kerry Jones", "person")


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            "Union leaders said Acme had broken its promise. The real problem, they said, "
            "was the pension fund.",
            "real problem",
            ("Union leaders", "group"),
        ),
        (
            "Nokia, Ericsson and others said the chip maker was not to blame. The real "
            "culprits, they said, are the phone makers.",
            "real culprits",
            ("Ericsson and others", "organization"),
        ),
    ],
)
def test_they_after_a_claim_by_several_is_them(
    text: str, fragment: str, who: tuple[str, str]
) -> None:
    assert speaker(by_text(claims(LEAD + text), fragment)) == who


def test_they_after_another_body_took_the_floor_is_not_the_earlier_group() -> None:
    text = (
        "Residents said the council had failed. The council said it acted fast. "
        "The report was wrong, they said."
    )
    claim = by_text(claims(LEAD + text), "report was wrong")
    assert claim.speaker is None or claim.speaker.name != "Residents"


# -- reports missed: progressive forms, threats, labels opening a sentence ---------------


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        ("The union is calling for a strike.", "a strike", ("union", "organization")),
        ("The unions were calling for a strike.", "a strike", ("unions", "group")),
        (
            "The minister is urging voters to stay home.",
            "voters to stay home",
            ("minister", "person"),
        ),
        ("Protesters are demanding his resignation.", "his resignation", ("Protesters", "group")),
        (
            "The party is warning that the deal will fail.",
            "deal will fail",
            ("party", "organization"),
        ),
    ],
)
def test_progressive_reports(sentence: str, fragment: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == who


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        (
            "Northern Ireland's biggest Protestant party, the Ulster Unionists, is "
            "threatening to push for Sinn Fein's expulsion once again.",
            "to push for Sinn Fein",
            ("Ulster Unionists", "organization"),
        ),
        ("The union threatened to strike.", "to strike", ("union", "organization")),
        (
            "The regulator said the firms had failed customers, and threatened to fine both "
            "companies.",
            "to fine both companies",
            ("regulator", "organization"),
        ),
    ],
)
def test_a_threat_to_act_is_a_claim(sentence: str, fragment: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == who


@pytest.mark.parametrize(
    "sentence",
    [
        "A storm threatened to flood the town.",
        "Rising prices threaten to push millions into poverty.",
        "The rebels threatened the capital.",
        "After the union threatened to strike, the company raised its offer.",
        "Members voted to accept, ending a dispute that had threatened to close schools.",
    ],
)
def test_no_threat_claim_without_someone_threatening_in_words(sentence: str) -> None:
    assert not [c for c in claims(LEAD + sentence) if c.cue and c.cue.startswith("threat")]


@pytest.mark.parametrize(
    ("sentence", "label", "report"),
    [
        (
            "Calling the mother ``an excellent girl,'' President Fidel Castro said Friday she "
            "had been kidnapped by her boyfriend.",
            "an excellent girl",
            "she had been kidnapped",
        ),
        (
            'Calling the ruling "a travesty," the mayor said the city would appeal.',
            "a travesty",
            "the city would appeal",
        ),
        (
            "Describing the flood as “the worst in memory,” the governor said aid was coming.",
            "the worst in memory",
            "aid was coming",
        ),
    ],
)
def test_opening_label_and_the_report_after_it(sentence: str, label: str, report: str) -> None:
    found = claims(LEAD + sentence)
    assert by_text(found, label).speaker == by_text(found, report).speaker
    assert by_text(found, report).cue == "said"


def test_opening_label_without_a_report_stays_the_quote() -> None:
    found = claims(LEAD + 'Calling it "a historic day", the mayor said.')
    assert [c.text for c in found] == ["a historic day"]


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        ("``Expect no extensions,'' the court instructed.", "Expect no", ("court", "organization")),
        (
            "The ministry instructed hospitals to cancel routine surgery.",
            "hospitals to cancel",
            ("ministry", "organization"),
        ),
    ],
)
def test_bodies_instruct(sentence: str, fragment: str, who: tuple[str, str]) -> None:
    claim = by_text(claims(LEAD + sentence), fragment)
    assert claim.cue == "instructed"
    assert speaker(claim) == who


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry instructed hospitals in March.",
        # (what a sign or an opinion "read" is left to its quote: the rounds' convention)
        "The decision was fair, the opinion read.",
        "She read the report twice.",
    ],
)
def test_instructing_or_reading_with_no_words_given(sentence: str) -> None:
    assert claims(LEAD + sentence) == []


def test_hyphenated_speaker_noun() -> None:
    text = LEAD + "Elian's great-uncle vowed to continue the battle, and said they might sue."
    found = claims(text)
    assert by_text(found, "continue the battle").cue == "vowed"
    assert by_text(found, "they might sue").cue == "said"


# -- no claim from a noun or a relative clause -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Riot police responded with a volley of plastic bullets that scattered a 50-strong mob.",
        "The fall is blamed on a third-quarter earnings report that came in low.",
        "It commits councils to smaller classes by 2028, a long-standing demand of the unions.",
        "Readers of the Microprocessor Report, an industry newsletter, were worried.",
        "The company told customers Monday about the bugs and stopped shipping the product.",
    ],
)
def test_no_claim_from_nouns_and_relative_clauses(sentence: str) -> None:
    assert claims(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        (
            "Human Rights Watch said in a statement that armed groups were blocking roads.",
            "armed groups",
        ),
        ("Lloyd's of London said last year that insured losses had doubled.", "insured losses"),
        ("A few analysts report that sales fell.", "sales fell"),
        ("The ministry said in a statement that talks had failed.", "talks had failed"),
    ],
)
def test_reports_after_those_shapes_still_found(sentence: str, fragment: str) -> None:
    assert by_text(claims(LEAD + sentence), fragment).text.startswith(fragment)


# -- subjects that name their speaker in an aside or a description -------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            "The head of the FBI investigation in Nairobi, Kenneth Piernick, said the bureau "
            "had questioned 100 people, but indicated that most leads had gone nowhere.",
            "most leads",
            ("Kenneth Piernick", "person"),
        ),
        (
            "Jose Basulto, founder of Brothers to the Rescue, a Cuban exile group, said the "
            "ruling was outrageous.",
            "ruling was outrageous",
            ("Jose Basulto", "person"),
        ),
        (
            "Anna Berg, head of Save the Forests, a green group based in Oslo, said the plan "
            "was flawed.",
            "plan was flawed",
            ("Anna Berg", "person"),
        ),
        (
            "The Communist Party daily Granma compared him with Che Guevara and said the "
            "boy was a symbol.",
            "boy was a symbol",
            ("Granma", "organization"),
        ),
        # counter-cases: a body's own apposition, a leader who is a person
        (
            "The airline, Nordic Air, a budget carrier, said flights were cancelled.",
            "flights were cancelled",
            ("Nordic Air", "organization"),
        ),
        (
            "The Communist Party leader Li Wei met envoys and said the talks went well.",
            "talks went well",
            ("Li Wei", "person"),
        ),
    ],
)
def test_speaker_named_in_an_aside_or_after_a_description(
    text: str, fragment: str, who: tuple[str, str]
) -> None:
    assert speaker(by_text(claims(LEAD + text), fragment)) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The message was a hint, one highly placed source said.", "one highly placed source"),
        ("The message was a hint, a well-placed source said.", "well-placed source"),
        (
            "One GOP source said the aide was angry. The message was a hint, a highly placed "
            "source said.",
            "highly placed source",
        ),
    ],
)
def test_an_unnamed_source_as_described(text: str, who: str) -> None:
    assert speaker(by_text(claims(LEAD + text), "was a hint")) == (who, "anonymous")


def test_the_source_again_is_the_one_named_before() -> None:
    text = "One GOP source said the aide was angry. The message was a hint, the source said."
    assert speaker(by_text(claims(LEAD + text), "was a hint")) == ("One GOP source", "anonymous")


# -- a doubt voiced as a question --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            "But some analysts questioned how much of an impact the buyout will have.",
            "how much of an impact",
            ("analysts", "group"),
        ),
        (
            "The riders' union questioned why the case had taken 19 months to resolve, and "
            "said athletes deserved better.",
            "why the case had taken",
            ("riders' union", "organization"),
        ),
        (
            "The envoy, Li Wenhao, said Beijing backed the truce but questioned how the "
            "mission would be paid for.",
            "how the mission",
            ("Li Wenhao", "person"),
        ),
    ],
)
def test_questioned_how_or_why(text: str, fragment: str, who: tuple[str, str]) -> None:
    claim = by_text(claims(LEAD + text), fragment)
    assert claim.text.startswith(fragment)
    assert claim.cue == "questioned"
    assert speaker(claim)[1] == who[1]


def test_said_content_ends_before_the_question() -> None:
    text = LEAD + "The envoy said Beijing backed the truce but questioned how it would be paid."
    assert by_text(claims(text), "Beijing backed").text == "Beijing backed the truce"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police questioned the suspect for six hours.",
        "The driver was questioned by police.",
        "They question or ridicule news that the father is coming.",
        "Traders wondered whether other banks might follow.",
    ],
)
def test_no_question_claim_without_a_question(sentence: str) -> None:
    assert claims(LEAD + sentence) == []


# -- wire-copy subjects: party members, asides with a title's dot ------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Republicans, led by Sen. Trent Lott of Mississippi, said the bill would cost "
            "too much.",
            ("Republicans", "group"),
        ),
        (
            "Republicans, led by Trent Lott, said the bill would cost too much.",
            ("Republicans", "group"),
        ),
        (
            "The team, led by Dr. Kenji Tanaka, said the bill would cost too much.",
            ("team", "unknown"),
        ),
    ],
)
def test_subject_before_an_aside_with_a_title(text: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(LEAD + text), "cost too much")) == who


def test_a_capitalised_sentence_opener_is_still_no_speaker() -> None:
    # (a plural that is no person's description stays out)
    assert claims(LEAD + "Bridges, built in 1950, said nothing about the age of the town.") == []


# -- told, in the passive, by someone ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "who"),
    [
        (
            "His lawyer asked for a visa, but was told by State Department officials that "
            "the father himself had to apply in Havana.",
            "the father himself had to apply",
            ("State Department officials", "group"),
        ),
        (
            "Residents were told by police that the road would stay shut.",
            "the road would stay shut",
            ("police", "organization"),
        ),
    ],
)
def test_told_by_someone_that(text: str, fragment: str, who: tuple[str, str]) -> None:
    claim = by_text(claims(LEAD + text), fragment)
    assert claim.text.startswith(fragment)
    assert speaker(claim) == who


@pytest.mark.parametrize(
    "sentence",
    ["He was told by a friend to leave.", "She was told by doctors.", "He was told to wait."],
)
def test_told_by_without_a_that_clause_is_no_claim(sentence: str) -> None:
    assert claims(LEAD + sentence) == []
