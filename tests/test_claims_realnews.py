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
            "International Business Machines Corp. and Compaq Computer Corp.",
        ),
        (
            "AST Research Inc. and Sun Microsystems Inc. said the flaws would not delay "
            "their machines.",
            "not delay",
            "AST Research Inc. and Sun Microsystems Inc.",
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
    assert speaker(claim) == ("Acme Research Inc.", "organization")
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
            "Compaq Computer Corp. and Dell Computer Corp. said sales rose. The gains came "
            "from Europe, they said.",
            "gains came",
            ("Compaq Computer Corp. and Dell Computer Corp.", "organization"),
        ),
        (
            "Ford Motor Co. and General Motors Corp. said prices would rise. The chip maker "
            "was not to blame, they said.",
            "not to blame",
            ("Ford Motor Co. and General Motors Corp.", "organization"),
        ),
    ],
)
def test_they_after_a_claim_by_several_is_them(
    text: str, fragment: str, who: tuple[str, str]
) -> None:
    assert speaker(by_text(claims(LEAD + text), fragment)) == who


def test_they_after_a_list_is_the_list_first_claimed() -> None:
    # (the registry names no "Nokia" opening the sentence: "they" is whoever the list's
    # claim went to, never the chip maker that claim names)
    text = (
        "Nokia, Ericsson and others said the chip maker was not to blame. The real "
        "culprits, they said, are the phone makers."
    )
    found = claims(LEAD + text)
    first, then = by_text(found, "not to blame"), by_text(found, "real culprits")
    assert speaker(then) == speaker(first)
    assert "Ericsson" in speaker(then)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Residents said the council had failed. The council said it acted fast. "
        "The report was wrong, they said.",
        # (review, item 7: another body after an opening adverbial, or as an object)
        "Residents said the water was brown. On Monday, city officials visited the area. "
        "The report was wrong, they said.",
        "Residents said the water was brown. Last week, government officials toured the "
        "region. The report was wrong, they said.",
        "Residents said the water was brown. Engineers inspected the pipes on Monday. "
        "The report was wrong, they said.",
    ],
)
def test_they_after_another_body_took_the_floor_is_not_the_earlier_group(text: str) -> None:
    claim = by_text(claims(LEAD + text), "report was wrong")
    assert claim.speaker is None or claim.speaker.name != "Residents"


def test_they_after_a_place_named_in_between_is_still_the_group() -> None:
    text = (
        "Residents said the water was brown. Tests in the city showed nothing. "
        "The report was wrong, they said."
    )
    assert speaker(by_text(claims(LEAD + text), "report was wrong")) == ("Residents", "group")


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
        # (review, item 3: capitalised subjects that are no one)
        "Floods threaten to cut off the city from the rest of the province.",
        "Drought threatens to cut the wheat harvest by a third.",
        "The Yangtze threatened to burst its banks near Wuhan.",
        "Hurricane Andrew threatened to smash into the Florida coast on Monday.",
        "Typhoon Zeb threatened to hit Taiwan on Thursday.",
        "El Nino threatens to bring more storms to California this winter.",
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


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ('Calling it "a historic day", the mayor said.', "a historic day"),
        # (review, item 1: a time, a hearer or a place after the verb is no report)
        ('Calling the verdict "a disgrace," Smith said on Tuesday.', "a disgrace"),
        ('Calling the decision "a disgrace," Smith told reporters.', "a disgrace"),
        ("Calling her ``an excellent girl,'' Castro said Friday.", "an excellent girl"),
        ('Calling the ruling "a travesty," Smith said in a statement.', "a travesty"),
        ("Calling the fire ``suspicious,'' fire officials said later.", "suspicious"),
    ],
)
def test_opening_label_without_a_report_stays_the_quote(sentence: str, label: str) -> None:
    found = claims(LEAD + sentence)
    assert [c.text for c in found] == [label]


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
    assert speaker(claim) == who


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


# -- the review's sentences: regressions of the first pass, and counter-cases ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The hardest part is telling families that their relatives are dead.",
        "Her job was advising companies on how to avoid tariffs.",
        "The goal was urging people to get vaccinated before winter.",
        "Their tactic is claiming that the election was rigged.",
    ],
)
def test_a_gerund_after_be_with_no_one_as_subject_is_no_report(sentence: str) -> None:
    assert claims(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        ("Analysts were predicting a rate cut in June.", "rate cut", ("Analysts", "group")),
        ("The mayor is insisting that the budget is balanced.", "budget", ("mayor", "person")),
        ("Iraq threatened to expel the U.N. inspectors.", "to expel", ("Iraq", "organization")),
        (
            "North Korea threatened to withdraw from the treaty.",
            "to withdraw",
            ("North Korea", "organization"),
        ),
        (
            "A ransomware group calling itself BlackTide claimed responsibility for the attack "
            "and threatened to publish the data unless it was paid.",
            "to publish the data",
            ("BlackTide", "organization"),
        ),
        (
            "The prime minister threatened that he would resign if the bill failed.",
            "he would resign",
            ("prime minister", "person"),
        ),
    ],
)
def test_someone_known_to_speak_still_reports(
    sentence: str, fragment: str, who: tuple[str, str]
) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == who


@pytest.mark.parametrize(
    "sentence",
    [
        "A man who threatened to blow up a plane was arrested at Heathrow Airport.",
        "Workers who had threatened to strike accepted the offer.",
        "Protesters who threatened to storm the parliament were dispersed by police.",
        "Smith threatened legal action against the newspaper.",
        "Iran threatened retaliation if the sanctions were imposed.",
        "Investigators questioned what remained of the crew for several hours.",
        "The story was told by a man that I met in Cairo.",
    ],
)
def test_no_claim_from_a_relative_threat_an_object_or_a_what(sentence: str) -> None:
    assert claims(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        (
            "Smith, who has threatened to sue the paper, said the story was false.",
            "the story was false",
            ("Smith", "person"),
        ),
        (
            "Officers questioned how many people had been inside the building.",
            "how many people",
            ("Officers", "group"),
        ),
        (
            "The jury was told by a pathologist that the victim died of head injuries.",
            "the victim died",
            ("pathologist", "person"),
        ),
        (
            "The boy was told by his mother that his father had died.",
            "his father had died",
            ("mother", "person"),
        ),
        (
            "The company was told by regulators that its license would be revoked.",
            "its license",
            ("regulators", "organization"),
        ),
    ],
)
def test_the_shapes_next_to_those_still_report(
    sentence: str, fragment: str, who: tuple[str, str]
) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == who


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        (
            "The U.S. and Britain said they would veto the resolution.",
            "they would veto",
            ("U.S. and Britain", "organization"),
        ),
        (
            "Smith met executives of Acme Corp. and Jones said the deal was done.",
            "the deal was done",
            ("Jones", "person"),
        ),
        (
            "After the talks, Acme Corp. and Beta Co. said they would merge.",
            "they would merge",
            ("Acme Corp. and Beta Co.", "organization"),
        ),
        (
            "Veltman and Halvorsen said the deal was off.",
            "the deal was off",
            ("Veltman and Halvorsen", "organization"),
        ),
    ],
)
def test_only_a_subject_pair_speaks_together(
    sentence: str, fragment: str, who: tuple[str, str]
) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == who


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Lawyers for Enron founder Kenneth Lay said the ruling was wrong.",
            ("Lawyers for Enron founder Kenneth Lay", "group"),
        ),
        (
            "Lawyers for the Dallas Cowboys owner Jerry Jones said the ruling was wrong.",
            ("Lawyers for the Dallas Cowboys owner Jerry Jones", "group"),
        ),
        ("Enron founder Kenneth Lay said the ruling was wrong.", ("Kenneth Lay", "person")),
        (
            "Professor of Economics Jane Doe said the ruling was wrong.",
            ("Jane Doe", "person"),
        ),
    ],
)
def test_people_for_a_titled_person_stay_the_people(sentence: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(LEAD + sentence), "ruling was wrong")) == who


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Officials said in Washington and London the talks would resume.", "the talks"),
        (
            "The ministry said in a statement and on its website that the border was closed.",
            "the border was closed",
        ),
        (
            "The company said in a filing that costs the firm had not expected rose sharply.",
            "costs the firm",
        ),
        (
            "The lawyer told the jury that witnesses the police had paid were lying.",
            "witnesses the police",
        ),
    ],
)
def test_a_place_or_a_hearer_before_the_clause_keeps_it_whole(sentence: str, fragment: str) -> None:
    assert by_text(claims(LEAD + sentence), fragment).text.startswith(fragment)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company told customers Monday about the bugs and stopped shipping the product.",
        "The company told customers Monday about the bugs and temporarily stopped sales.",
        "Police responded with a volley of plastic bullets that scattered a mob of youths.",
    ],
)
def test_a_second_predicate_or_a_relative_clause_is_no_content(sentence: str) -> None:
    assert claims(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "fragment", "who", "cue"),
    [
        (
            "Copies of the draft report show that the plant leaked radiation.",
            "the plant leaked",
            ("draft report", "unknown"),
            "show",
        ),
        (
            "Workers at the plant say they were never warned about the leak.",
            "never warned",
            ("Workers at the plant", "group"),
            "say",
        ),
    ],
)
def test_a_verb_after_a_plural_of_things_is_the_documents(
    sentence: str, fragment: str, who: tuple[str, str], cue: str
) -> None:
    claim = by_text(claims(LEAD + sentence), fragment)
    assert (speaker(claim), claim.cue) == (who, cue)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The pastor at the church said the roof was safe.", "pastor at the church"),
        ("A GP in the area said the roof was safe.", "GP in the area"),
        ("A pedestrian at the scene said the roof was safe.", "pedestrian at the scene"),
    ],
)
def test_one_person_by_their_job_and_place(sentence: str, who: str) -> None:
    assert speaker(by_text(claims(LEAD + sentence), "roof was safe")) == (who, "anonymous")


@pytest.mark.parametrize(
    ("sentence", "not_who"),
    [
        ("Everyone on the floor at the time said the roof was safe.", "floor at the time"),
        ("Many in the private sector in Asia said the roof was safe.", "private sector in Asia"),
    ],
)
def test_a_thing_ending_like_a_job_is_no_person(sentence: str, not_who: str) -> None:
    claim = by_text(claims(LEAD + sentence), "roof was safe")
    assert claim.speaker is None or claim.speaker.name != not_who


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # one rule for plurals of bodies: an open crowd is a group, counted ones bodies
        ("Computer makers involved in the talks said prices would fall.", "group"),
        ("Most big computer makers said prices would fall.", "group"),
        ("Guatemalan authorities said prices would fall.", "group"),
        ("The two carmakers said prices would fall.", "organization"),
        ("Two carmakers involved in the talks said prices would fall.", "organization"),
        ("The two companies said prices would fall.", "organization"),
    ],
)
def test_plurals_of_bodies_follow_one_rule(sentence: str, who: str) -> None:
    assert speaker(by_text(claims(LEAD + sentence), "prices would fall"))[1] == who


@pytest.mark.parametrize(
    ("sentence", "fragment", "who", "cue"),
    [
        (
            "Police are warning motorists to stay off the roads until Sunday.",
            "motorists to stay off",
            ("Police", "organization"),
            "warning",
        ),
        (
            "Farmers were complaining that the rain had ruined the harvest.",
            "the rain had ruined",
            ("Farmers", "group"),
            "complaining",
        ),
        (
            "The Teamsters threatened Tuesday to strike against UPS.",
            "to strike against UPS",
            ("Teamsters", "organization"),
            "threatened",
        ),
        (
            "Residents were warned by police that the dam could burst.",
            "the dam could burst",
            ("police", "organization"),
            "warned",
        ),
    ],
)
def test_progressive_threat_and_passive_forms_after_review(
    sentence: str, fragment: str, who: tuple[str, str], cue: str
) -> None:
    claim = by_text(claims(LEAD + sentence), fragment)
    assert claim.text.startswith(fragment)
    assert (speaker(claim), claim.cue) == (who, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "The biggest worry is warning signs that were missed in 2019.",
        "Smith threatened Tuesday a lawsuit against the paper.",
        "The town was warned by the storm that winter had come.",
    ],
)
def test_their_near_misses_stay_no_claim(sentence: str) -> None:
    assert claims(LEAD + sentence) == []
