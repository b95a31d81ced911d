"""Quantities, round 19 (issue #5): "from X to Y" after a change word is an old and a new
value; casualty words after a count ("four dead"); compound heads ("measles cases", "home
lending"); peoples without an s ("Rohingya"); models in the plural ("F-16s"); labels with
a letter ("Camp 8W"); the object of an active change or level verb and the subject of
"is worth" as the thing measured; "a rebate for farmers worth". All on sentences written
for these tests."""

from __future__ import annotations

import pytest

from _quanttools import the, whole

# -- "from X to Y" after a change word: the old and the new value -------------------------


@pytest.mark.parametrize(
    ("text", "old", "new", "noun"),
    [
        (
            "The court cut the fine from 1.21 billion euros to 1.1 billion euros.",
            "1.21 billion euros",
            "1.1 billion euros",
            "fine",
        ),
        (
            "The regulator reduced the penalty from $40 million to $25 million.",
            "$40 million",
            "$25 million",
            "penalty",
        ),
        (
            "The airline cut the number of daily flights from three to two.",
            "three",
            "two",
            "flights",
        ),
        ("The plan foresees an increase from 300 to 450 officers.", "300", "450", "officers"),
        (
            "The board raised its dividend from 80 cents to 95 cents.",
            "80 cents",
            "95 cents",
            "dividend",
        ),
        (
            "Unemployment fell from 5.2 percent to 4.9 percent in May.",
            "5.2 percent",
            "4.9 percent",
            "unemployment",
        ),
        ("The club slashed ticket prices from £60 to £45.", "£60", "£45", "prices"),
    ],
)
def test_from_x_to_y_after_a_change_is_two_values(text: str, old: str, new: str, noun: str) -> None:
    found = {q.text: q for q in whole(text)}
    assert found[old].range is None and found[new].range is None
    assert found[old].noun == found[new].noun == noun


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Inflation rose from 4% to 5% in March.", 4, 5),
        ("The share of renewables grew from 12 to 15 percent.", 12, 15),
        ("Output was lifted from 1.2 to 1.5 billion barrels.", 1.2e9, 1.5e9),
        ("Turnout dropped from 71% to 64% this time.", 71, 64),
    ],
)
def test_the_old_value_shares_the_unit_and_scale_of_the_new(
    text: str, old: float, new: float
) -> None:
    found = whole(text)
    assert [(q.value, q.range) for q in found] == [(old, None), (new, None)]
    assert found[0].unit == found[1].unit is not None


@pytest.mark.parametrize(
    ("text", "span", "rng"),
    [
        ("From 100 to 150 people were evacuated from the village.", "100 to 150", (100, 150)),
        ("Prices ranged from $5 to $8 a kilo.", "$5 to $8 a kilo", (5, 8)),
        ("Between 100 and 150 people were hurt.", "Between 100 and 150", (100, 150)),
        ("Estimates of the crowd vary from 2,000 to 3,000.", "2,000 to 3,000", (2000, 3000)),
        ("Tickets cost from $20 to $40.", "$20 to $40", (20, 40)),
    ],
)
def test_a_real_range_stays_a_range(text: str, span: str, rng: tuple[float, float]) -> None:
    assert the(text, span).range == rng


def test_a_range_changed_into_another_stays_two_ranges() -> None:
    found = whole("The airline revised its growth forecast from 5 to 7 percent to 3 to 5 percent.")
    assert [q.range for q in found] == [(5, 7), (3, 5)]


def test_a_chain_of_values_after_a_change_is_each_a_value() -> None:
    found = whole("The fee rose from $160 to $180 to $200 over three years.")
    assert [(q.value, q.range, q.noun) for q in found if q.unit == "dollar"] == [
        (160, None, "fee"),
        (180, None, "fee"),
        (200, None, "fee"),
    ]


# -- casualty words after a count --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Police reported four dead after the crash.", "four", "dead"),
        ("The attack left 12 dead and 30 wounded.", "12", "dead"),
        ("The attack left 12 dead and 30 wounded.", "30", "wounded"),
        ("Rescuers said three missing after the landslide.", "three", "missing"),
        ("The storm left two critically injured.", "two", "injured"),
        ("The fire left some 400 homeless overnight.", "some 400", "homeless"),
    ],
)
def test_a_casualty_word_names_a_bare_count(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Three missing climbers were found alive.", "Three", "climbers"),
        ("Two soldiers were killed and four injured.", "four", "soldiers"),
        ("At least 11 people were killed and 20 wounded.", "20", "people"),
    ],
)
def test_a_noun_after_or_before_wins_over_the_casualty_word(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


def test_a_headline_participle_names_no_one() -> None:
    assert the("At least 11 killed as troops clash on border", "At least 11").noun is None


# -- compound heads -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Nearly 3,000 laboratory-confirmed measles cases were recorded.", "Nearly 3,000", "cases"),
        ("Police arrested 40 arms dealers in the raid.", "40", "dealers"),
        ("Some 200 news outlets carried the story.", "Some 200", "outlets"),
        ("The firm filed 12 sales reports late.", "12", "reports"),
        ("Some 2,000 well-armed fighters crossed the border.", "Some 2,000", "fighters"),
        ("Russia launched 300 Russian-made drones overnight.", "300", "drones"),
        ("The council owns five rent-controlled flats.", "five", "flats"),
    ],
)
def test_a_compound_before_the_head_is_passed(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("No red cards, but 19 fouls proves it was a rough game.", "19"),
        ("He scored three goals minutes apart.", "three"),
        (
            "Less than a tenth of the 25 million euros regulators sought was paid.",
            "Less than a tenth",
        ),
    ],
)
def test_a_verb_a_period_or_a_unit_after_a_plural_is_no_head(text: str, span: str) -> None:
    assert the(text, span).noun not in ("proves", "minutes", "regulators")


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The two banks hold nearly 40% of home lending in the region.", "nearly 40%", "lending"),
        ("About a third of public spending goes to pensions.", "About a third", "spending"),
        ("The port handles 12% of global shipping.", "12%", "shipping"),
        ("Half of the budget going to schools was cut.", "Half", "budget"),
    ],
)
def test_a_noun_in_ing_may_head_an_of_phrase(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- peoples without an s, models in the plural ---------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Nearly one million Rohingya live in the camps.", "Nearly one million", "Rohingya"),
        ("Some 5,000 Druze protested in the square.", "Some 5,000", "Druze"),
        ("About 300 Rohingya refugees landed on the beach.", "About 300", "refugees"),
        ("Some 2,000 Palestinians were detained.", "Some 2,000", "Palestinians"),
        ("The flight carried 300 Americans home.", "300", "Americans"),
    ],
)
def test_a_people_is_counted(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The air force bought 20 F-16s last year.", "20", "F-16s"),
        ("The airline ordered 12 A320s in March.", "12", "A320s"),
        ("Ukraine received 24 MiG-29s from its allies.", "24", "MiG-29s"),
    ],
)
def test_models_in_the_plural_are_counted(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- labels with a letter -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit Camp 8W on Monday.",
        "Residents of Block 4B were moved.",
        "It was Camp 8W that flooded first.",
        "Shelter 12B was hit by the landslide.",
    ],
)
def test_a_number_with_a_letter_after_a_name_is_a_label(text: str) -> None:
    assert whole(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("They bought a 60W bulb.", "60W", "watt"),
        ("The kit has a Bosch 18V drill.", "18V", "volt"),
    ],
)
def test_a_unit_letter_before_a_noun_stays_a_measure(text: str, span: str, unit: str) -> None:
    assert the(text, span).unit == unit


# -- the object of an active change or level verb -----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The central bank raised its key rate to 5.25%.", "5.25%", "rate"),
        ("The government cut taxes by 2%.", "2%", "taxes"),
        ("The firm cut its workforce by 10%.", "10%", "workforce"),
        ("The fund doubled its stake to 10%.", "10%", "stake"),
        ("The city lowered the speed limit by 10 percent.", "10 percent", "limit"),
        ("The bank held rates at 5%.", "5%", "rates"),
        ("Ministers raised the price of bread by 8%.", "8%", "price"),
    ],
)
def test_the_object_of_an_active_change_is_measured(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The euro held steady at 1.09 dollars.", "1.09 dollars"),
        ("Analysts cut Apple by 2% in their model.", "2%"),
        ("The helicopter lifted the pair from about 4,200 metres.", "about 4,200 metres"),
    ],
)
def test_no_object_is_measured_past_a_name_a_complement_or_a_place(text: str, span: str) -> None:
    assert the(text, span).noun is None


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The contract is worth $1.2 billion.", "$1.2 billion", "contract"),
        ("The stock is now worth $5.", "$5", "stock"),
        ("The package was worth 300 million euros.", "300 million euros", "package"),
        (
            "He offered a rebate for farmers worth up to 25 million euros.",
            "up to 25 million euros",
            "rebate",
        ),
        ("The bank made loans to farmers worth $5bn.", "$5bn", "loans"),
    ],
)
def test_what_is_worth_an_amount_is_measured(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_person_worth_an_amount_is_not_measured() -> None:
    assert the("He is worth $5 million.", "$5 million").noun is None


@pytest.mark.parametrize(
    ("text", "new", "unit", "noun"),
    [
        ("He dropped from 208 pounds to 193.", "193", "pound", None),
        ("The pair fell from 1.09 dollars to 1.05.", "1.05", "dollar", "pair"),
        ("The rate was cut from 5% to 3%.", "3%", "percent", "rate"),
    ],
)
def test_the_new_value_shares_the_unit_of_the_old(
    text: str, new: str, unit: str, noun: str | None
) -> None:
    q = the(text, new)
    assert (q.unit, q.noun) == (unit, noun)


# -- bare counts: an irregular past after them, the other side of a comparison -----------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("At least 14 workers were underground; three made it out alone.", "three", "workers"),
        ("Police said 20 people were hurt and two fled.", "two", "people"),
        (
            "Fourteen climbers died this year, according to the agency, compared with nine in "
            "2023.",
            "nine",
            "climbers",
        ),
        ("The union has 40 members, up from three in 2020.", "three", "members"),
        (
            "The ward treated 30 patients on Monday, compared with five a week ago.",
            "five",
            "patients",
        ),
    ],
)
def test_a_bare_count_continues_the_count_before(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_lone_bare_count_names_nothing() -> None:
    assert the("Two fled the scene before dawn.", "Two").noun is None


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Just 71% of five-year-olds had both doses.", "five-year-olds", 5, "year of age"),
        ("Doctors treated 40 six-month-olds.", "six-month-olds", 6, "month of age"),
        ("The law lets 16-year-olds vote.", "16-year-olds", 16, "year of age"),
    ],
)
def test_an_age_group_in_the_plural_is_an_age(
    text: str, span: str, value: float, unit: str
) -> None:
    q = the(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "The central bank kept its benchmark rate unchanged at 4.5 percent.",
            "4.5 percent",
            "rate",
        ),
        ("The council left its tax rate unchanged at 2%.", "2%", "rate"),
        ("The firm slashed its dividend by half.", "half", "dividend"),
        ("The company had cut its safety staff by about a fifth.", "about a fifth", "staff"),
        ("The ministry reduced its budget by a third.", "a third", "budget"),
    ],
)
def test_the_object_past_a_complement_or_before_a_share_is_measured(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


def test_a_share_of_an_intransitive_change_names_nothing() -> None:
    assert the("Bookings had fallen by a third.", "a third").noun is None


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Police seized 2.5 tonnes of cocaine worth $150 million.", "2.5 tonnes", "cocaine"),
        ("They shipped 40 tonnes of rice apiece.", "40 tonnes", "rice"),
        ("The raid found 300 kilos of heroin worth millions.", "300 kilos", "heroin"),
    ],
)
def test_worth_after_an_of_phrase_ends_it(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The bill would raise the debt ceiling by $1.5 trillion.", "$1.5 trillion", "ceiling"),
        ("Public spending rose 4% last year.", "4%", "spending"),
        ("The firm raised its offering to $20 a share.", "$20 a share", "offering"),
    ],
)
def test_a_noun_in_ing_may_be_measured(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Hospital admissions for flu rose to 2,300 last week.", "2,300", "admissions"),
        ("Arrests of protesters in the capital climbed to 640.", "640", "arrests"),
        ("Weekly deaths from the virus fell to 45 on Monday.", "45", "deaths"),
    ],
)
def test_a_plural_subject_past_its_attached_phrase_names_a_bare_level(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The firm increased its stake in the company from 12% to 15%.", "12%", "stake"),
        ("The regulator raised the cap on energy bills by 10%.", "10%", "cap"),
        ("The bank reduced its forecast for growth to 1.8%.", "1.8%", "forecast"),
        ("The Reserve Bank left its cash rate on hold at 4.35 per cent.", "4.35 per cent", "rate"),
    ],
)
def test_the_object_head_comes_before_its_attached_phrase(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The ministry put the death toll at 1,245.", "1,245", "toll"),
        ("The army raised the number of troops to 5,000.", "5,000", "troops"),
        ("The death toll rose to 89, with 30 still missing.", "30", "missing"),
    ],
)
def test_a_bare_count_takes_a_counted_object_or_its_casualty_word(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The storm was cutting power to millions.", "millions"),
        ("The utility cut power to 20,000 on Monday.", "20,000"),
    ],
)
def test_a_mass_object_is_not_what_a_bare_count_counts(text: str, span: str) -> None:
    assert the(text, span).noun is None
