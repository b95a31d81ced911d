"""Round 16: speakers and claims on unseen wire copy (issue #6), third pass. A time zone
after a clock time ("0250 GMT") is no body; "Athens-based", "Liberia-flagged" modify a
name and are no part of it; a fleet or squadron is a body; a body named right after the
body that owns it is the subject of a joined verb; a description set off by commas after
a body's name is that body ("the NUN, the country's largest health union,"); what is
predicted ("predicted another cut") and a danger warned of ("warned of heavy rain") are
claims. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, kind_of, speaker

# -- a time zone is no body --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Oslo-based Nordic Tankers said it had lost contact at 6:20 am (0250 GMT). The crew "
        "were safe, the company said.",
        "The operator Baltic Lines said the ferry left at 9 pm (1900 UTC). Everyone on board "
        "was accounted for, the company said.",
        "Harbour Freight Ltd said the ship docked at 4 a.m. (0800 GMT) on Sunday. No cargo "
        "was lost, the company said.",
    ],
)
def test_a_time_zone_is_no_body(text: str) -> None:
    found = claims(text)
    name, kind = speaker(found[-1])
    assert kind == "organization"
    assert name not in ("GMT", "UTC")


# -- "X-based" modifies a name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Athens-based Poseidon Shipping said the tanker had been boarded.", "Poseidon Shipping"),
        ("London-listed Carrow Mining said output would fall this year.", "Carrow Mining"),
        ("Kremlin-backed Rossvet Energy said the pipeline was shut.", "Rossvet Energy"),
    ],
)
def test_a_based_or_backed_modifier_is_no_part_of_the_name(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The Pacific Fleet said the exercise had ended.",
        "The 7th Squadron said two jets had returned to base.",
        "The navy's Northern Fleet said the submarine was safe.",
    ],
)
def test_a_fleet_or_squadron_is_a_body(text: str) -> None:
    assert speaker(claims(text)[0])[1] == "organization"


# -- a body named after the body that owns it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The French Navy's Toulon-based Mediterranean Fleet said it was watching closely "
            "and urged the crew to stay calm.",
            "the crew to stay calm",
            "Mediterranean Fleet",
        ),
        (
            "The US Army's Central Command said it had tracked the drone and urged both "
            "sides to show restraint.",
            "both sides to show restraint",
            "Central Command",
        ),
        (
            "The company's Swiss-based Helvetia Trading said it had halted shipments and "
            "warned that prices could rise.",
            "prices could rise",
            "Helvetia Trading",
        ),
    ],
)
def test_the_owned_body_is_the_subject_of_a_joined_verb(
    text: str, fragment: str, name: str
) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "organization")


# -- a description between commas after a body's name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The National Union of Nurses (NUN), the country's largest health union, backed "
            "the deal. The union said the vote showed anger.",
            "National Union of Nurses",
        ),
        (
            "The National Farmers Federation, the country's main farm lobby, met ministers "
            "on Monday. The federation said the drought aid came too late.",
            "National Farmers Federation",
        ),
        (
            "Delmar Freight Ltd, the region's biggest haulage company, cut 200 jobs on "
            "Tuesday. The company said demand had collapsed.",
            "Delmar Freight Ltd",
        ),
    ],
)
def test_a_description_after_a_name_is_that_body(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


def test_a_description_that_opens_a_clause_is_no_apposition() -> None:
    text = "In Lagos, the state's largest union said the strike would go on."
    assert speaker(claims(text)[0])[1] == "organization"
    assert kind_of(text, "the state's largest union") == "organization"


# -- what is predicted, a danger warned of ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            '"Nobody can win this," said Petra Novak, a professor at Charles University. She '
            "predicted a snap election by June.",
            "a snap election by June",
            "Petra Novak",
        ),
        (
            "Anna Berg, an economist at Nordbank, predicted another cut in the spring.",
            "another cut in the spring",
            "Anna Berg",
        ),
        (
            "Tomas Lind, who runs a shipping consultancy, predicts higher freight rates next year.",
            "higher freight rates next year",
            "Tomas Lind",
        ),
    ],
)
def test_what_is_predicted_is_a_claim(text: str, content: str, name: str) -> None:
    claim = by_text(claims(text), content)
    assert speaker(claim) == (name, "person")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The weather office warned of heavy rain, with more than 20 centimetres "
            "expected in the hills.",
            "heavy rain, with more than 20 centimetres",
        ),
        ("The union warns of more strikes in the spring if talks fail.", "more strikes"),
        ("The central bank warned of a sharp slowdown next year.", "a sharp slowdown"),
    ],
)
def test_a_danger_warned_of_is_a_claim(text: str, content: str) -> None:
    claim = by_text(claims(text), content)
    assert claim.text.startswith(content.split(",")[0])
    assert speaker(claim)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "As predicted by the weather office, the storm hit on Monday.",
        "The storm, which had been predicted for days, hit on Monday.",
        "The army had been warned of the attack two days earlier.",
    ],
)
def test_a_passive_forecast_or_warning_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Farmers warn of hard winter\n\nBy Kari Lund\n\nThe harvest was poor, farmers said.",
        "Economists predict slow recovery\n\nBy Kari Lund\n\nGrowth was weak, they said.",
        "Union warns of summer of strikes\n\nBy Kari Lund\n\nTalks failed, the union said.",
    ],
)
def test_a_headline_forecast_or_warning_is_no_claim(text: str) -> None:
    assert all(c.span.start > text.index("By") for c in claims(text))


def test_forecasts_as_a_noun_cue_nothing() -> None:
    text = "Exports rose 4% in May, beating forecasts. The weather forecasts given to the crew."
    assert claims(text) == []


# -- a lone adverb after the verb ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Maritime Security Centre (MSC) said earlier it had received reports of a "
            'ship being boarded by "armed men" near the port.',
            "it had received reports of a ship",
        ),
        ("The port authority said separately it had closed two berths.", "it had closed"),
        ("The ministry said later its forces had pulled back.", "its forces had pulled back"),
    ],
)
def test_a_lone_adverb_after_the_verb_leaves_the_clause(text: str, content: str) -> None:
    assert speaker(by_text(claims(text), content))[1] == "organization"


# -- where a statement was carried ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ship was stopped off the coast, the navy said in a statement carried by the "
        "official IRNA news agency.",
        "Two ships collided, the navy said on Monday in a statement carried by the official "
        "state news agency.",
        "The border crossing was closed, the army said in a statement published by the "
        "official KCNA news agency.",
    ],
)
def test_where_a_statement_was_carried_is_no_claim(text: str) -> None:
    found = claims(text)
    assert [speaker(c) for c in found] == [("navy" if "navy" in text else "army", "organization")]
    assert "agency" not in found[0].text


# -- an adverb between subject and verb -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Political scientists largely agree that no party can win a majority.",
            "no party can win",
            "Political scientists",
        ),
        ("The company strongly denied that it had broken the law.", "it had broken", "company"),
        ("The minister broadly agreed that the plan was flawed.", "the plan was", "minister"),
    ],
)
def test_an_adverb_between_subject_and_verb(text: str, content: str, name: str) -> None:
    assert speaker(by_text(claims(text), content))[0] == name


# -- dealers and brokers are people -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A bond dealer at a local bank, who asked not to be named, said the authorities "
            "had been selling dollars.",
            "anonymous",
        ),
        ("A currency dealer said the won would fall.", "person"),
        ("A broker at a Tokyo firm said the yen would weaken.", "person"),
    ],
)
def test_a_dealer_or_broker_is_a_person(text: str, kind: str) -> None:
    assert speaker(claims(text)[0])[1] == kind


@pytest.mark.parametrize(
    "text",
    [
        "The weather office said the storm had weakened. The agency nonetheless warned of "
        "heavy rain in the hills.",
        "The union had rejected the offer. The union however said talks could resume.",
        "The ministry meanwhile said the border would stay closed.",
    ],
)
def test_a_sentence_adverb_between_subject_and_verb(text: str) -> None:
    name, kind = speaker(claims(text)[-1])
    assert kind == "organization"
    assert " " not in name or name == "weather office"


# -- a family name first: no gender from the first word ----------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            'Governor Lee Min-ho said rates would fall. "This is a bold move," said Kim '
            "Ji-won, an economist at Hanwha Securities. She predicted another cut in June.",
            "another cut in June",
            "Kim Ji-won",
        ),
        (
            'Minister Choi Sung-min said the plan would pass. "It will not," said Kim '
            "Hye-jin, a lawmaker. She said the vote would fail.",
            "the vote would fail",
            "Kim Hye-jin",
        ),
        (
            'Chairman Park Jae-hyun said profits would rise. "Doubtful," said Kim Soo-ah, '
            "an analyst at Mirae Asset. She said costs were climbing.",
            "costs were climbing",
            "Kim Soo-ah",
        ),
    ],
)
def test_a_family_name_first_gives_no_gender(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "person")


# -- "that" pointing at a thing ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied that story.",
        "The ministry has denied that report on Monday.",
        "The police disputed that version of events.",
    ],
)
def test_that_pointing_at_a_thing_opens_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The company denied that prices rose.", "prices rose"),
        ("The minister said that talks had failed.", "talks had failed"),
        (
            "The government has denied that account, insisting that the council never raised "
            "the alarm.",
            "the council never raised the alarm",
        ),
    ],
)
def test_a_short_clause_after_that_is_still_a_claim(text: str, content: str) -> None:
    assert [c.text for c in claims(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In the camp, residents described queuing for hours at the few wells that still work.",
            "queuing for hours at the few wells that still work",
        ),
        ("The mayor said that.", None),
        ("Survivors described sheltering in the few schools that remain open.", "sheltering in"),
    ],
)
def test_a_short_relative_that_clause_stays_in_the_object(text: str, content: str | None) -> None:
    found = claims(text)
    if content is None:
        assert found == []
    else:
        assert by_text(found, content).text.startswith(content.split(" that ")[0])
