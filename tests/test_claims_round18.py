"""Round 18: speakers and claims on unseen wire copy (issue #6), found by probing with
wire copy written for the purpose. A definite description that speaks right after a
named body or person spoke is that speaker described again when it fits: a body's
describing noun with words before it ("the fiscal watchdog", "the Swiss food giant",
"the world's biggest memory chipmaker", "the New York-based group"), a bare noun the
name says or its acronym holds ("the center", "the fund"), a trade that is also a
firm's ("the miner", "the forecaster"), what a person is ("the immunologist", "the
Massachusetts Democrat") or a role marked as theirs ("the former defender", "the
24-time Grand Slam champion"). Institution nouns ("the coast guard"), a body named in
the description ("the Ofwat regulator"), offices ("the health minister") and
counterparts ("the shadow chancellor", "the deputy mayor") stay someone else.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import claims, speaker

# -- a body described again ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Fiscal Council said the deficit would widen. The fiscal watchdog said "
            "spending plans were not credible.",
            "Fiscal Council",
        ),
        (
            "Oxfam said food prices had doubled. The humanitarian organisation said families "
            "were skipping meals.",
            "Oxfam",
        ),
        (
            "SK Hynix said profits had jumped. The world's second-largest memory chipmaker "
            "said demand from data centres was strong.",
            "SK Hynix",
        ),
        (
            "The ICC said the tournament would expand. Cricket's world governing body said "
            "revenue would rise.",
            "ICC",
        ),
        (
            "Human Rights Watch said prisoners were beaten. The New York-based group said "
            "guards used electric shocks.",
            "Human Rights Watch",
        ),
        (
            "Danone said sales rose. The French food group said shoppers were returning.",
            "Danone",
        ),
        (
            "Ofgem said bills would fall. The energy regulator said the cap would drop 5%.",
            "Ofgem",
        ),
        (
            "Glencore said coal output fell. The Swiss commodities giant said it would keep "
            "its mines.",
            "Glencore",
        ),
        (
            "The World Health Organization said the risk was moderate. The UN health agency "
            "said vaccines were being shipped.",
            "World Health Organization",
        ),
    ],
)
def test_a_body_described_again_is_the_body_that_just_spoke(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The National Hurricane Center said the storm had strengthened. The center said "
            "landfall was expected on Thursday.",
            "National Hurricane Center",
        ),
        (
            "The Joint Typhoon Warning Center said winds had eased. The center said the "
            "storm would turn north.",
            "Joint Typhoon Warning Center",
        ),
        (
            "The IMF said the outlook had darkened. The fund said poorer countries faced "
            "higher borrowing costs.",
            "IMF",
        ),
        (
            "The ONS said unemployment rose. The statistics office said vacancies fell for a "
            "tenth month.",
            "ONS",
        ),
    ],
)
def test_a_bare_noun_the_name_says_is_that_body(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "BHP said copper output rose. The miner said it expected prices to hold.",
            "BHP",
        ),
        (
            "Rio Tinto said it would cut jobs. The Anglo-Australian miner said iron ore "
            "demand was weak.",
            "Rio Tinto",
        ),
        (
            "The Met Office said temperatures could reach 35C. The forecaster said the heat "
            "would last until Sunday.",
            "Met Office",
        ),
        (
            "NatWest said profit rose. The lender said mortgage demand had picked up.",
            "NatWest",
        ),
    ],
)
def test_a_trade_that_is_also_a_firms_is_the_firm(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


# -- a person described again -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Anthony Fauci said the variant was spreading. The immunologist said masks "
            "still helped.",
            "Anthony Fauci",
        ),
        (
            "Roy Keane said the side lacked fight. The former midfielder said the manager "
            "should go.",
            "Roy Keane",
        ),
        (
            "Rafael Nadal said his body felt good. The 22-time Grand Slam champion said he "
            "would play in Paris.",
            "Rafael Nadal",
        ),
        (
            "Senator Ed Markey said the rule was too weak. The Massachusetts Democrat said "
            "he would push for a vote.",
            "Ed Markey",
        ),
        (
            "Mark Cuban said the deal was fair. The billionaire said he would not sell.",
            "Mark Cuban",
        ),
        (
            "Lewis Hamilton said the car was better. The seven-time world champion said "
            "Ferrari had made progress.",
            "Lewis Hamilton",
        ),
    ],
)
def test_a_person_described_again_is_the_person_that_just_spoke(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


# -- someone else ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pfizer said its pill cut hospital stays. The regulator said it would review the data.",
            "Pfizer",
        ),
        (
            "Greenpeace said the spill was huge. The coast guard said the leak had been contained.",
            "Greenpeace",
        ),
        (
            "Thames Water said leaks had fallen. The Ofwat regulator said fines would rise.",
            "Thames Water",
        ),
        (
            "Norte Energia said 40,000 homes lost power. Demand hit a record, according to "
            "the grid operator.",
            "Norte Energia",
        ),
        (
            "Smith Holdings said it had done nothing wrong. The interior ministry said the "
            "firm would be fined.",
            "Smith Holdings",
        ),
    ],
)
def test_institutions_and_named_bodies_are_not_the_body_that_spoke(text: str, name: str) -> None:
    sp = speaker(claims(text)[-1])
    assert sp is not None and sp[0] != name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Finance Minister Karl Berg said taxes would rise. The health minister said beds "
            "were short.",
            "Karl Berg",
        ),
        (
            "Tom Reed pleaded guilty to fraud. The judge said the sentence would come in May.",
            "Tom Reed",
        ),
        (
            "Chancellor Rachel Reeves said the budget was fair. The shadow chancellor said "
            "it would hurt growth.",
            "Rachel Reeves",
        ),
        (
            "Mayor Ana Lopes said the bridge would reopen. The deputy mayor said repairs "
            "would take a year.",
            "Ana Lopes",
        ),
        (
            "Governor Kathy Hochul said the subway was safe. The former governor said crime "
            "had doubled.",
            "Kathy Hochul",
        ),
    ],
)
def test_offices_and_counterparts_are_someone_else(text: str, name: str) -> None:
    sp = speaker(claims(text)[-1])
    assert sp is not None and sp[0] != name


# -- titles and names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Taoiseach Micheal Martin said the vote would be held in May.", "Micheal Martin"),
        ("Ireland's Taoiseach Leo Varadkar said talks would go on.", "Leo Varadkar"),
        ("Tanaiste Simon Coveney said the border would stay open.", "Simon Coveney"),
    ],
)
def test_irish_titles_are_titles(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Goldman Sachs said the rally had further to run.",
        "Morgan Stanley said it expected two cuts this year.",
        "Analysts at Goldman Sachs said oil would rise. Goldman Sachs said demand was firm.",
    ],
)
def test_banks_named_like_people_are_bodies(text: str) -> None:
    sp = speaker(claims(text)[-1])
    assert sp is not None and sp[1] == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Arsenal said the striker had signed. The north London club said he would wear "
            "number nine.",
            "Arsenal",
        ),
        (
            "Hibernian said the match would go ahead. The Edinburgh-based club said fans should "
            "arrive early.",
            "Hibernian",
        ),
    ],
)
def test_a_place_inside_a_description_keeps_the_body(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


# -- a firm taken for a person, a person taken for a firm --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Novo Nordisk said sales of Wegovy doubled. The Danish drugmaker said supply had "
            "improved.",
            "Novo Nordisk",
        ),
        (
            "Keller Weiss said orders fell. The Swiss engineering group said it would cut costs.",
            "Keller Weiss",
        ),
    ],
)
def test_a_name_described_as_a_firm_is_a_firm_for_all_its_claims(text: str, name: str) -> None:
    found = claims(text)
    assert [speaker(c) for c in found] == [(name, "organization")] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Zelensky, speaking in his nightly video address, said Russia had launched 80 drones.",
            "Zelensky",
        ),
        ("Carney, writing on X, said the tariffs were unjustified.", "Carney"),
        (
            "Lagarde, speaking at a conference in Frankfurt, said inflation was falling.",
            "Lagarde",
        ),
    ],
)
def test_a_lone_name_before_a_participle_aside_is_a_speaking_person(text: str, name: str) -> None:
    found = claims(text)
    assert len(found) == 1 and speaker(found[0]) == (name, "person")


def test_a_participle_aside_needs_a_verb_of_saying_after_it() -> None:
    assert claims("Yesterday, speaking in Paris, the crowd cheered.") == []


# -- past another speaker, the employer in a title ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Anglo American said it would appeal. Its chief executive, Duncan Wanblad, said "
            "the fine was unfair. The miner said it had cooperated fully.",
            "Anglo American",
        ),
        (
            "Oxfam said aid was blocked. Its director, Halima Begum, said children were "
            "starving. The charity said trucks had waited for weeks.",
            "Oxfam",
        ),
        (
            "Mark Carney said Canada would retaliate. The prime minister said the tariffs "
            "were unjustified. The former central banker said the economy would cope.",
            "Mark Carney",
        ),
    ],
)
def test_a_description_looks_past_a_speaker_of_another_kind(text: str, name: str) -> None:
    sp = speaker(claims(text)[-1])
    assert sp is not None and sp[0] == name


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Maersk chief executive Vincent Clerc said rates would stay high. The Danish "
            "shipping group said it would reroute vessels.",
            "Vincent Clerc",
            "Maersk",
        ),
        (
            "Siemens CEO Roland Busch said demand was strong.\n\nThe German engineering "
            "group said orders rose 10%.",
            "Roland Busch",
            "Siemens",
        ),
    ],
)
def test_a_firm_described_after_its_chief_is_the_firm_in_the_title(
    text: str, person: str, body: str
) -> None:
    first, last = claims(text)
    assert speaker(first) == (person, "person")
    assert speaker(last) == (body, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Provincial Health Minister Ana Mbeki said 41 people were hurt. Most had fled, "
        "according to figures from the United Nations refugee agency.",
        "Regional Transport Secretary Ian Moss said trains would run. The national rail "
        "operator said services were cut.",
    ],
)
def test_an_office_in_a_title_is_no_firm_to_describe(text: str) -> None:
    sp = speaker(claims(text)[-1])
    assert sp[0] not in ("Provincial Health", "Regional Transport")
