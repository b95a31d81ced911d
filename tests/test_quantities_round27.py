"""Quantities, round 27 (issue #5): counted nouns of round 16's categories. A
predicative adjective after a noun is no head ("a 9-year-old girl alive"); a singular
compound may close before a preposition, a list or a verb ("one village elder in
Merti"), and names may modify it ("One EU diplomat, who"); "head of cattle" counts the
cattle; a light head keeps its modifier ("prize money", "housing stock"); "double" and
"triple" state a multiple after "be", "at" or "up to" (a qualifier may stand between)
but not as verbs ("the rules nearly double the fine"); "twice last week" is a frequency,
which annotators split on, so no quantity; life events "at" a number give an age
("turned professional at 21"), chart places and clock times do not ("debuted at 12",
"left school at 3"); "six of them police officers" names the part; a
preposition ends a noun phrase ("kilometres of cable beside the tracks"), and so does a
participle after a noun with an adjective's ending ("500 kg of explosive hidden in"). All on
sentences written for these tests."""

from __future__ import annotations

import pytest

from _quanttools import texts, the, whole

# -- a predicative adjective is no head ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Rescuers pulled a 9-year-old girl alive from the rubble.", "9-year-old", "girl"),
        ("Police found a 40-year-old man dead in a flat on Monday.", "40-year-old", "man"),
        ("Troops freed a 12-year-old boy unharmed on Sunday.", "12-year-old", "boy"),
        ("Divers brought a 67-year-old fisherman ashore at dawn.", "67-year-old", "fisherman"),
        ("Police found a 40-year-old man dead.", "40-year-old", "man"),
    ],
)
def test_a_predicative_adjective_is_no_head(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("A 25% tax on aquaculture will apply from January.", "25%", "tax"),
        ("A 52-year-old community leader whose son was killed spoke.", "52-year-old", None),
    ],
)
def test_compounds_that_end_in_a_noun_still_close_there(
    text: str, span: str, noun: str | None
) -> None:
    found = the(text, span).noun
    assert found == noun if noun is not None else found in ("community leader", "leader")


# -- singular compounds and names before them ------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Farmers said one village elder in Merti had fled.", "one", "elder"),
        ("One bank branch at the station was closed.", "One", "branch"),
        ("One police officer from the unit was suspended.", "One", "officer"),
        ("One fire engine and two ambulances were sent.", "One", "engine"),
        ("Seven fire crews and one police helicopter attended the scene.", "one", "helicopter"),
        ("One EU diplomat, who spoke on condition of anonymity, said so.", "One", "diplomat"),
        ("One UN official, who asked not to be named, said stocks were low.", "One", "official"),
        ("Two tourists and one Italian climber were rescued.", "one", "climber"),
        ("One U.S. official in Baghdad confirmed the strike.", "One", "official"),
    ],
)
def test_a_singular_count_reaches_the_head_of_its_compound(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    "text",
    [
        "One analyst said the market had turned.",
        "One party official said the vote would go ahead.",
        "One EU diplomat said the talks had stalled.",
        "One senior NATO official said the jets were scrambled.",
        "One village elder in Merti said residents had fled.",
        "One resident from the West Bank said the road was shut.",
        "One aid worker in Goma told Reuters the camp was full.",
    ],
)
def test_one_opening_a_speaker_with_said_is_no_count(text: str) -> None:
    assert texts(text) == []


def test_a_name_run_without_a_noun_after_gives_no_noun() -> None:
    found = whole("One Direction played two shows in Dublin.")
    assert [q.text for q in found if q.text.lower().startswith("one")] == []
    assert texts("One World Trade Center was evacuated.") == []
    assert the("They saw one Red Cross truck and two vans.", "one").noun == "truck"


# -- head of cattle --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("About 30,000 head of cattle had died by March.", "About 30,000", "cattle"),
        ("Farmers lost 5,000 head of sheep in the storm.", "5,000", "sheep"),
        ("More than 1.2 million head of livestock died.", "More than 1.2 million", "livestock"),
        ("The ministry said 3,500 head of goats had been culled.", "3,500", "goats"),
    ],
)
def test_head_of_animals_counts_the_animals(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_head_is_still_a_body_part() -> None:
    assert texts("He hit his head on the door.") == []


# -- light heads keep their modifier ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "He must repay about €48,000 in prize money, the ruling said.",
            "about €48,000",
            "prize money",
        ),
        ("She must forfeit prize money of about $120,000.", "about $120,000", "prize money"),
        ("Kidnappers demanded $1 million in ransom money.", "$1 million", "ransom money"),
        (
            "Buildings make up roughly 40% of the country's housing stock.",
            "roughly 40%",
            "housing stock",
        ),
        ("About 15% of the housing stock is empty.", "About 15%", "housing stock"),
    ],
)
def test_a_light_head_keeps_its_noun_modifier(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The government spent $2 billion of public money on it.", "$2 billion", "money"),
        ("The company holds 12% of the stock.", "12%", "stock"),
        ("Investors bought $3 billion of stock last week.", "$3 billion", "stock"),
    ],
)
def test_an_adjective_or_nothing_before_a_light_head_is_left_out(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


# -- multiples and occasions -----------------------------------------------------------


def test_occasions_still_count_times() -> None:
    found = the("He was stabbed 17 times, prosecutors said.", "17 times")
    assert (found.unit, found.noun) == (None, "times")


@pytest.mark.parametrize(
    "text",
    [
        "The central bank raised interest rates twice last year.",
        "Officials warned the club twice last week.",
        "The club was fined twice last season.",
    ],
)
def test_twice_last_week_is_a_frequency_and_no_quantity(text: str) -> None:
    assert texts(text) == []


def test_twice_before_a_comparison_is_still_a_multiple() -> None:
    found = the("The new tower is twice the height of the old one.", "twice")
    assert (found.value, found.unit) == (2, "times")


# -- double and triple -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        (
            "The utility pushed sodium levels to nearly double the usual limit.",
            "nearly double",
            2,
            "approximately",
        ),
        ("Unemployment in the region is double the national average.", "double", 2, None),
        (
            "Prices rose to nearly triple the level of a year ago.",
            "nearly triple",
            3,
            "approximately",
        ),
        (
            "Rents are now more than double what they were in 2015.",
            "more than double",
            2,
            "more_than",
        ),
        ("The dose was almost triple the recommended amount.", "almost triple", 3, "approximately"),
        ("Trains now run at double the frequency of last year.", "double", 2, None),
        ("Prices were nearly triple the level of 2019.", "nearly triple", 3, "approximately"),
        ("Costs have been more than double the estimate.", "more than double", 2, "more_than"),
        (
            "Output is still roughly double the pre-war level.",
            "roughly double",
            2,
            "approximately",
        ),
        ("Patients took up to double the dose.", "up to double", 2, "up_to"),
        ("The fine is now double the old amount.", "double", 2, None),
    ],
)
def test_double_after_a_qualifier_or_be_is_a_multiple(
    text: str, span: str, value: float, qualifier: str | None
) -> None:
    found = the(text, span)
    assert (found.value, found.unit) == (value, "times")
    assert (found.qualifier.value if found.qualifier else None) == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "The government plans to double the number of inspectors.",
        "The company aims to nearly double the size of its fleet.",
        "The reform would nearly double the cost of a licence.",
        "The government is pushing to double the share of freight.",
        "Rents have more than doubled since 2015.",
        "He scored a double in the final.",
        "The new rules nearly double the fine for speeding.",
        "Drivers who more than double the speed limit will lose their licence.",
        "Companies that nearly double their output get a tax break.",
        "The levy will see firms roughly triple their payments.",
        "Some hotels still double the price for tourists.",
    ],
)
def test_double_as_a_verb_or_noun_is_no_quantity(text: str) -> None:
    assert texts(text) == []


# -- ages at life events ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Verhaegen, who turned professional at 21, was seen as a contender.", "21"),
        ("She left school at 16 and joined the army.", "16"),
        ("He retired at 65 after four decades at the bank.", "65"),
        ("He quit school at 15, his sister said.", "15"),
        ("The former champion married at 19.", "19"),
    ],
)
def test_a_life_event_at_a_number_gives_an_age(text: str, span: str) -> None:
    assert the(text, span).unit == "year of age"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The index closed at 21 points.", "21 points", "point"),
        ("The song debuted at 12 on the Billboard Hot 100 chart.", "12", None),
        ("The album debuted at 3 on the UK chart.", "3", None),
        ("The single debuted at 7 on the chart.", "7", None),
        ("She left school at 3 and walked home.", "3", None),
        ("He left home at 7 on Monday.", "7", None),
        ("The car left at 40 km/h.", "40 km/h", "kilometre per hour"),
    ],
)
def test_other_figures_after_at_are_no_age(text: str, span: str, unit: str | None) -> None:
    assert the(text, span).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The team left the hotel at 21 minutes past.",
        "The train left at 5 p.m. on Friday.",
    ],
)
def test_a_time_after_left_at_is_no_quantity(text: str) -> None:
    assert texts(text) == []


# -- a part "of them" named in apposition ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Police said 14 were injured, six of them police officers.", "six", "officers"),
        (
            "The boat carried 40 migrants, 12 of them children, the coastguard said.",
            "12",
            "children",
        ),
        ("At least 20 people died, three of them women.", "three", "women"),
    ],
)
def test_a_part_of_them_named_in_apposition(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_part_of_them_before_a_verb_counts_the_count_before() -> None:
    found = the("Some 50 prisoners escaped and 20 of them were recaptured.", "20")
    assert found.noun == "prisoners"


# -- a preposition ends the noun phrase ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "There are hundreds of kilometres of cable running beside the tracks.",
            "hundreds of kilometres",
            "cable",
        ),
        ("Crews laid 40 km of pipe alongside the road.", "40 km", "pipe"),
    ],
)
def test_a_preposition_of_place_ends_the_phrase(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- an age compound between a count and its noun ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Two 16-year-old boys were arrested after the stabbing.", "Two", "boys"),
        ("Two 16-year-old boys were arrested after the stabbing.", "16-year-old", "boys"),
        ("Police arrested three 17-year-old girls.", "three", "girls"),
        ("The victims included two 10-month-old babies.", "two", "babies"),
        ("Three-year-old twins were rescued from the flat.", "Three-year-old", "twins"),
    ],
)
def test_an_age_compound_leads_to_the_noun(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_an_age_compound_alone_names_no_noun() -> None:
    assert the("The 31-year-old, who finished second, was banned.", "31-year-old").noun is None


# -- more singular compounds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The attack left one security guard dead.", "one", "guard"),
        ("The court fined one former bank executive $2 million.", "one", "executive"),
        ("Officials said one Turkish cargo ship had been hit.", "one", "ship"),
        ("Only one female candidate stood in the election.", "one", "candidate"),
        ("Just one opposition MP voted against the bill.", "one", "MP"),
        ("The country has only one nuclear power station.", "one", "station"),
        ("The party won one MP and lost two MPs.", "one", "MP"),
    ],
)
def test_a_singular_count_closes_its_compound(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Analysts used a 12% revenue growth forecast.", "12%", "revenue"),
        ("The phone has a 48 MP camera.", "48 MP", "camera"),
    ],
)
def test_an_amount_does_not_reach_past_two_nouns(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The phone has a 48 MP camera.", "48 MP", "megapixel"),
        ("The sensor has 12 MP.", "12 MP", "megapixel"),
    ],
)
def test_mp_after_digits_is_a_megapixel(text: str, span: str, unit: str) -> None:
    assert the(text, span).unit == unit


@pytest.mark.parametrize(
    "text",
    ["The party has one MP in the assembly.", "One MP said the plan was unworkable."],
)
def test_mp_after_a_written_number_is_no_unit(text: str) -> None:
    assert all(q.unit != "megapixel" for q in whole(text))


# -- of-phrases: participles, acronyms and collectives ------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Police seized 2.5 tonnes of cocaine hidden in banana boxes.", "2.5 tonnes", "cocaine"),
        ("They found 40 kg of heroin stolen from a warehouse.", "40 kg", "heroin"),
        ("About 30% of the grain grown in the region is exported.", "About 30%", "grain"),
        ("About 15% of the country's GDP comes from tourism.", "About 15%", "GDP"),
        ("About 30% of the region's cattle herd has been lost.", "About 30%", "herd"),
    ],
)
def test_an_of_phrase_ends_at_its_head(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("About 30% of the cattle died.", "About 30%", "cattle"),
        ("Half of the staff were sent home.", "Half", "staff"),
        ("Some 15% of the country's iron ore reserves are in the north.", "Some 15%", "reserves"),
        ("The plant uses 2 million litres of water a day.", "2 million litres", "water"),
    ],
)
def test_an_of_phrase_still_reaches_its_plural_or_mass_noun(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "Hundreds of tonnes of rubbish piled up alongside the road.",
            "Hundreds of tonnes",
            "rubbish",
        ),
        ("Crews laid 12 km of cable underneath the harbour.", "12 km", "cable"),
        (
            "The fire destroyed 3,000 hectares of forest inside the park.",
            "3,000 hectares",
            "forest",
        ),
        ("About 400 metres of wall collapsed despite repairs.", "About 400 metres", "wall"),
    ],
)
def test_a_noun_with_an_adjective_ending_is_a_head(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Police found 500 kg of explosive hidden in a truck.", "500 kg", "explosive"),
        ("Police seized 20 kg of explosive stored in a garage.", "20 kg", "explosive"),
        ("Farmers dumped 300 tonnes of radish piled by the road.", "300 tonnes", "radish"),
        ("Customs seized 20 tonnes of garlic smuggled from China.", "20 tonnes", "garlic"),
        ("Investigators found 5 grams of arsenic mixed into the tea.", "5 grams", "arsenic"),
        ("Crews removed 300 tonnes of toxic contaminated soil.", "300 tonnes", "soil"),
        ("Police said one protest turned violent on Sunday.", "one", "protest"),
        ("Only one clinic remained open in the town.", "one", "clinic"),
        ("One mechanic repaired the engine.", "One", "mechanic"),
        ("Senators saw one executive apologise to families.", "one", "executive"),
        ("The firm sold its 5% convertible subordinated notes.", "5%", "notes"),
    ],
)
def test_a_participle_after_an_adjective_ending_leaves_the_noun_the_head(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Dozens of metres of fencing stood amid the rubble.", "Dozens of metres", "fencing"),
        ("Crews laid 200 metres of piping along the road.", "200 metres", "piping"),
    ],
)
def test_a_verb_in_the_past_after_the_head_is_no_noun(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun
