"""Round 19: speakers and claims on unseen wire copy (issue #6), found by probing with
wire copy written for the purpose. The office that heads a body, team or country ("the
chancellor", "the Arsenal manager", "the UN chief", "the Israeli prime minister") right
after a person named with no role of their own is that person described again; offices
under a head ("the health secretary") and counterparts ("the deputy leader") stay
someone else. A body tied to a place ("the Glasgow club", "the west London airport")
right after a club or airport spoke is that body, and a club taken for a group becomes
an organisation. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import claims, speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Friedrich Merz said Germany would spend more on defence. The chancellor said "
            "Europe had to stand on its own feet.",
            "Friedrich Merz",
        ),
        (
            "Unai Emery said his players were exhausted. The Villa manager said he would "
            "rest several of them.",
            "Unai Emery",
        ),
        (
            "Rafael Grossi said the plant was stable. The UN nuclear chief said inspectors "
            "would stay on site.",
            "Rafael Grossi",
        ),
        (
            "Lula da Silva said Brazil wanted peace. The Brazilian president said trade "
            "should not be a weapon.",
            "Lula da Silva",
        ),
        (
            "Mark Carney said Canada would retaliate. The Canadian prime minister said "
            "the tariffs were unjustified.",
            "Mark Carney",
        ),
        (
            "Geert Wilders said the coalition was finished. The far-right leader said "
            "his party would campaign alone.",
            "Geert Wilders",
        ),
        (
            "Kathy Hochul said the subway was safe. The governor said more officers "
            "would patrol at night.",
            "Kathy Hochul",
        ),
    ],
)
def test_a_head_office_after_a_bare_name_is_that_person(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Keir Starmer said the NHS was broken. The health secretary said reform would take years.",
        "Joe Biden said the economy was strong. The deputy leader said voters disagreed.",
        "Giorgia Meloni said migration was falling. The shadow chancellor said the "
        "figures were wrong.",
    ],
)
def test_an_office_under_a_head_or_a_counterpart_is_someone_else(text: str) -> None:
    first, last = claims(text)[0], claims(text)[-1]
    assert speaker(last) != speaker(first)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Juventus said the striker had torn a ligament. The Turin club said he would "
            "be out for months.",
            "Juventus",
        ),
        (
            "Heathrow said flights were delayed. The west London airport said systems had "
            "been restored.",
            "Heathrow",
        ),
        (
            "Gatwick said the runway was closed. The Sussex airport said drones had been "
            "seen nearby.",
            "Gatwick",
        ),
        (
            "Rangers said fans had been warned. The Glasgow club said it would ban "
            "offenders for life.",
            "Rangers",
        ),
    ],
)
def test_a_body_tied_to_a_place_is_the_club_or_airport_that_spoke(text: str, name: str) -> None:
    found = claims(text)
    assert speaker(found[-1]) == (name, "organization")
    assert speaker(found[0]) == (name, "organization")


def test_a_capitalised_body_before_a_non_place_noun_stays_its_own() -> None:
    text = "Thames Water said it needed money. The Ofwat regulator said bills would rise."
    assert speaker(claims(text)[-1]) != ("Thames Water", "organization")


# -- names joined by an ampersand, portfolios listed inside a body's name -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Procter & Gamble said it would raise prices again.", "Procter & Gamble"),
        ("Marks & Spencer said clothing sales rose 6%.", "Marks & Spencer"),
        ("Shares fell after Barnes & Noble said it would close 30 stores.", "Barnes & Noble"),
        ("Tate & Lyle said sugar demand was weak.", "Tate & Lyle"),
    ],
)
def test_an_ampersand_joins_one_firm_name(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Bureau of Alcohol, Tobacco, Firearms and Explosives said the rifle was "
            "bought legally.",
            "Bureau of Alcohol, Tobacco, Firearms and Explosives",
        ),
        (
            "The Department for Environment, Food and Rural Affairs said the outbreak was "
            "contained.",
            "Department for Environment, Food and Rural Affairs",
        ),
        (
            "A spokesman for the Department for Culture, Media and Sport said the "
            "broadcaster would be reviewed.",
            None,
        ),
    ],
)
def test_portfolios_listed_inside_a_body_name_keep_it_whole(text: str, name: str | None) -> None:
    found = speaker(claims(text)[0])
    if name is None:
        assert "Department for Culture, Media and Sport" in found[0]
    else:
        assert found == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Defence, Britain and France said the drill went ahead.",
        "The Department of Health, Ofsted and Ofqual said schools must report cases.",
    ],
)
def test_a_list_of_names_after_a_body_is_no_portfolio(text: str) -> None:
    names = [speaker(c)[0] for c in claims(text)]
    assert not any("," in n for n in names)


# -- a participle citing a source opens the sentence ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Citing data from the health ministry, Reuters said 40 people had died.",
            "Reuters",
        ),
        (
            "Citing figures from the United Nations, the broadcaster said the camp held "
            "20,000 people.",
            "broadcaster",
        ),
        (
            "Quoting a report by the central bank, the finance minister said inflation would ease.",
            "finance minister",
        ),
    ],
)
def test_a_citing_opener_names_the_source_not_the_speaker(text: str, name: str) -> None:
    assert speaker(claims(text)[0])[0] == name


def test_a_document_subject_is_its_own_source() -> None:
    text = "Figures from the health ministry showed 40 people had died."
    assert speaker(claims(text)[0]) == ("Figures from the health ministry", "unknown")


# -- a country's body named by its noun, then by another word for it ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Israeli military said it struck a weapons depot. The army said two "
            "soldiers were wounded.",
            "Israeli military",
        ),
        (
            "The Nigerian army said it killed 20 militants. The military said the "
            "operation would continue.",
            "Nigerian army",
        ),
        (
            "The Sudanese army said it retook the bridge. The Sudanese military said "
            "fighting had eased.",
            "Sudanese army",
        ),
    ],
)
def test_a_national_body_named_again_by_another_word(text: str, name: str) -> None:
    assert speaker(claims(text)[-1]) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military said it struck a depot. The Lebanese army said two soldiers "
        "were wounded.",
        "The coast guard said the boat sank. The army said it sent helicopters.",
    ],
)
def test_another_country_or_body_stays_its_own(text: str) -> None:
    found = claims(text)
    assert speaker(found[-1]) != speaker(found[0])
