"""Round 29 (issue #6, the speaker misses of round 14 by cause): church and public-office
titles before a name; public bodies named by their field and a country, firms named by
their field; "the central bank" is no company named before; "the agency" / "the network"
for a body named last whose name tells no kind but a place; trade and hospitality plurals
are groups; "announced <count>" is an act, no claim. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

# -- titles before a name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ombudsman Rita Salas said the two men were safe.", "Rita Salas"),
        ("Monsignor Luis Prado, who led the talks, said the nights were long.", "Luis Prado"),
        ('"We are tired," said Pastor Mike Oyelaran.', "Mike Oyelaran"),
        ("Coroner Janet Ellis said the death was accidental.", "Janet Ellis"),
        ("Sheriff Dale Burrows said the road would stay shut.", "Dale Burrows"),
    ],
)
def test_a_church_or_office_title_is_no_part_of_the_name(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "person")


# -- bodies named by field and country, firms by their field --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Public Health Wales said it was looking into the cases.", "Public Health Wales"),
        ("Shipping Australia said each day of delay was costly.", "Shipping Australia"),
        ("Maritime Safety Ireland said the trawler sank quickly.", "Maritime Safety Ireland"),
        ("Health Canada said the drug was safe for adults.", "Health Canada"),
        ("Harlan Commodity Research said grain prices rose.", "Harlan Commodity Research"),
        ("Kestrel Freight Analytics said container rates fell.", "Kestrel Freight Analytics"),
        ("Dunmore Policy Consulting said the plan would fail.", "Dunmore Policy Consulting"),
    ],
)
def test_a_body_named_by_its_field_is_an_organisation(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


def test_a_first_name_and_a_country_surname_stay_a_person() -> None:
    assert speaker(claims("Michael Jordan said he was happy.")[0]) == ("Michael Jordan", "person")


# -- "the central bank" is never the firm named before ------------------------------------


@pytest.mark.parametrize(
    "firm",
    ["Mvule Securities", "Tana Capital Economics", "Ridgeway Investments"],
)
def test_the_central_bank_is_no_firm_named_before(firm: str) -> None:
    text = (
        "The central bank raised its main rate on Tuesday.\n\n"
        f'"It is a signal," said Ann Otieno, an analyst at {firm} in Nairobi.\n\n'
        "Reserves stood at $7.1 billion last week, according to the central bank's bulletin."
    )
    assert speaker(by_text(claims(text), "Reserves"))[0] == "central bank"


# -- "the agency", "the network": a public body named last ---------------------------------


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Public Health Wales said 40 people were ill.\n\n"
            "About 900 cases are recorded each year, the agency said.",
            "900 cases",
            "Public Health Wales",
        ),
        (
            "Health Canada approved the vaccine on Friday. The agency said it was safe.",
            "safe",
            "Health Canada",
        ),
        (
            "Fans Europe, which speaks for supporters, criticised the ban. The network said "
            "the league should punish individuals instead.",
            "punish",
            "Fans Europe",
        ),
    ],
)
def test_the_agency_is_the_public_body_named_last(text: str, fragment: str, name: str) -> None:
    assert speaker(by_text(claims(text), fragment)) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Pfizer said its pill cut hospital stays. The agency said it would review the data.",
        "Reuters reported the outbreak first. The agency said 30 people were ill.",
    ],
)
def test_the_agency_is_no_company_or_news_agency(text: str) -> None:
    assert speaker(claims(text)[-1])[0] == "agency"


# -- trade and hospitality plurals are groups ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Importers said stocks of medicine were low.", "Importers"),
        ("Ships are being sent to other ports, according to port agents.", "port agents"),
        ("Some guests told the BBC they fell ill after the meal.", "guests"),
        ("Wholesalers warned that prices would rise.", "Wholesalers"),
        ("Several suppliers said they would cut jobs.", "suppliers"),
    ],
)
def test_trade_plurals_are_groups(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "group")


# -- "announced <count>": the act, no claim -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this month, rival Dravik announced 2,000 job cuts in Poland.",
        "The carmaker announced 300 redundancies on Monday.",
        "The airline announced 12 new routes to Asia.",
    ],
)
def test_a_count_announced_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The firm announced 300 jobs would go.", "300 jobs would go"),
        ("Police confirmed 12 people had died.", "12 people had died"),
        ("The ministry reported 40 new cases on Monday.", "40 new cases"),
    ],
)
def test_a_count_with_its_verb_or_reported_stays_a_claim(text: str, content: str) -> None:
    assert content in by_text(claims(text), content.split()[0]).text


# -- a role phrase beside a titled name: "the commander" later is that person ---------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Regional police commander Superintendent Paul Naru told AFP that two men were "
            "shot.\n\nTen of the men were caught on Monday, the commander said.",
            "Paul Naru",
        ),
        (
            "The provincial police commander, Superintendent Paul Naru, said two men were "
            "shot. Ten were caught, the commander said.",
            "Paul Naru",
        ),
        (
            "Provincial police chief Inspector Maria Tol said the road was shut. The road "
            "would reopen on Friday, the police chief said.",
            "Maria Tol",
        ),
        (
            "Union leader General Secretary Tom Hale said the strike would go on. Talks had "
            "failed, the union leader said.",
            "Tom Hale",
        ),
    ],
)
def test_the_role_beside_a_titled_name_refers_back_to_it(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


# -- "the same person": the unnamed source described before ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A person involved in the talks said the deal was close.\n\nThe talks nearly "
            "collapsed last week, according to the same person.",
            "person involved in the talks",
        ),
        (
            "A person familiar with the matter said the bid was dead. The board would meet "
            "on Friday, the same person said.",
            "person familiar with the matter",
        ),
        (
            "A diplomat briefed on the talks said a deal was near. Both sides had given "
            "ground, the same diplomat said.",
            "diplomat briefed on the talks",
        ),
    ],
)
def test_the_same_person_is_the_source_described_before(text: str, name: str) -> None:
    found = claims(text)
    assert len(found) == 2
    assert speaker(found[-1]) == (name, "anonymous")
