"""Quantities, real copy: what 1989-2000 wire, newspaper and broadcast stories do that the
written sets did not, and the near misses of each rule. A bare number names a model before
a product's noun that closes its phrase ("the 486 chip", "a 747 jet"; but "the 400
richest", "the 290 aboard", "the 100 member Senate" count), when "-based", after capitals
and a slash ("PS/2"), and where the article has so named it after a determiner ("the
486 is"; but "built 500", "nearly 239 passengers" count); a title in quotes after a
title's cue is no count (on "48 Hours"; but 'held "200 Americans" hostage'); "one" opens
an attribution after a comma or a quote, but not "one child said to be"; "N others" after
a sentence's subject "X and" are others than X (but not after "killed in the attack
and"); an age closes a sentence before a quote after "said", or follows "who at" or a
fronted "At 77," before a pronoun or a first name (but "At 68, Woods was"); a hyphenated
measure describes the noun after it; a conversion in brackets passes on to "of"; "#" is
the pound sign before a decimal, a scale, "a share" or in a text of such pounds, a rank
before a small plain number; the currencies the euro replaced only in copy published
before 2002, francs and marks by the country their sentence names (Swiss places first),
cents with a country; a count reaches its noun past a list of names (not past a day:
"arrested 12 Saturday, and officials"); a bare count for another place counts the same
thing; transcripts say decimals before a measure ("one point six billion"; but "At one
point two gunmen") and years in words. All on sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts
from _quanttools import texts, the, whole
from newsfacts.models import Quantity

OLD_WIRE = "1990-05-02"  # before the euro replaced the francs, marks and escudos


def the_old(text: str, span: str) -> Quantity:
    """The one quantity of ``text`` written as ``span``, in a story published in 1990."""
    found = [q for q in newsfacts.extract(text, published=OLD_WIRE).quantities if q.text == span]
    assert len(found) == 1, found
    return found[0]


# -- numbers that name a model or a product -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Intel said a customer found two flaws in its 80486 chip last week.",
        "Hewlett-Packard plans to ship a computer based on the 486 chip early next year.",
        "The airline flew a 747 jet from Manila to Guam on Sunday.",
        "Analysts expect the 6800 processor to ship in the spring.",
        "Engineers traced the fault to the carrier's 767 fleet, the agency said.",
        "Sun said the bugs would not delay its 486-based machines.",
        "The company sells 386-based and 486-based computers.",
        "IBM began shipping a card that converts its PS/2 into a faster machine.",
        "The card turns a 80386 machine into a faster one than Intel's earlier model, 80386.",
    ],
)
def test_a_number_naming_a_model_is_no_quantity(text: str) -> None:
    assert [t for t in texts(text) if t[:1].isdigit()] == []


def test_an_article_that_names_a_model_names_it_everywhere() -> None:
    text = (
        "Compaq will build machines around Intel's 80486 chip, which follows the 80386 "
        "chip. It plans to announce new 486 products next month. The 486 is the company's "
        "flagship, analysts said, and runs four times as fast as the 386."
    )
    assert texts(text) == ["four times"]


def test_digits_the_article_never_names_a_model_by_stay_counts() -> None:
    text = "Intel's 80486 chip is fast. Of the 386 who applied, 12 were hired."
    assert texts(text) == ["386", "12"]


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Police said the 300 who were arrested would appear in court.", "300", None),
        ("The airline ordered 747 jets last year.", "747", "jets"),
        ("The company employs 12,000 workers in the region.", "12,000", "workers"),
        ("The Dow closed above the 10000 mark for the first time.", "10000", "mark"),
        ("Farmers lost 200 head of cattle in the storm.", "200", "cattle"),
        ("About 400 police were deployed in the capital.", "About 400", "police"),
        ("The agency hired 300 staff last year.", "300", "staff"),
    ],
)
def test_counts_and_levels_stay_quantities(text: str, span: str, noun: str | None) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("All of the 290 aboard were killed when the jet crashed into the sea.", "290", "aboard"),
        ("The 400 richest Americans are worth a combined $1 trillion.", "400", "Americans"),
        ("The 500 largest U.S. companies reported higher profits.", "500", "companies"),
        ("The bill passed the 100 member Senate by a vote of 60 to 40.", "100", "member"),
        ("The 300 homeless were moved to a shelter, city officials said.", "300", "homeless"),
        ("The 5000 final was won by a Kenyan on Sunday.", "5000", "final"),
    ],
)
def test_a_number_before_an_adjective_or_a_noun_of_no_product_counts(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a model of four digits has no short form, and a verb before the digits counts
        (
            "Ford's 2500 pickup sold well. The plant built 500 last month, and 500 were exported.",
            ["500", "500"],
        ),
        # only a short form after a determiner names the model; "and 386 were" counts
        (
            "Intel's 80386 chip is being replaced. Some 386 workers will be laid off, and 386 "
            "were hired.",
            ["Some 386", "386"],
        ),
        # a qualifier before the digits makes a count
        (
            "The airline retired its 727 plane. It carried nearly 727 passengers last year.",
            ["nearly 727"],
        ),
        ("The firm's 737 jet was grounded. Boeing has delivered 737 of them since.", ["737"]),
    ],
)
def test_a_model_spreads_only_to_digits_that_may_name_it(text: str, spans: list[str]) -> None:
    assert texts(text) == spans


def test_a_model_named_once_still_counts_after_a_verb() -> None:
    text = "The carrier flew a 747 jet to Tokyo. It ordered 747 jets in 1990."
    assert [q.text for q in whole(text)] == ["747"]
    assert the(text, "747").noun == "jets"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told CBS's ``60 Minutes'' that the talks had failed.",
        'She told NBC\'s "48 Hours" she had no regrets.',
        "He starred in “30 Rock,” the network said.",
    ],
)
def test_a_title_in_quotes_is_no_count(text: str) -> None:
    assert texts(text) == []


def test_a_quoted_sentence_that_opens_with_a_number_still_counts() -> None:
    assert the('"20 people died in the fire," he said.', "20").noun == "people"


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ('He said the rebels held "200 Americans" hostage in the compound.', "200", "Americans"),
        ('The group said "30 Marines" had landed at the port.', "30", "Marines"),
        ('Asked how many had died, the officer said: "Twelve Americans."', "Twelve", "Americans"),
    ],
)
def test_a_count_quoted_without_a_title_cue_still_counts(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_title_after_on_is_no_count() -> None:
    assert texts('He appeared on "48 Hours" last week.') == []


# -- "one" before a source --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The talks have stalled, one diplomat said.",
        "The offer fell short, one Western diplomat told Reuters.",
        "Turnout was low, one election official said on Sunday.",
        "One senior official Monday described the mood as grim.",
        "One aide yesterday said the president was furious.",
        '"We will not yield," one official said.',
        "``They don't want to play with us,'' one U.S. pilot said.",
        "“The camp is full,” one aid worker told Reuters.",
    ],
)
def test_one_opening_an_attribution_is_no_count(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The army lost two tanks, one helicopter and a jeep.", "one", "helicopter"),
        ("One soldier died and two were hurt, the army said.", "One", "soldier"),
        (
            "One senior official, who spoke on condition of anonymity, said talks failed.",
            "One",
            "official",
        ),
        (
            "Rescuers pulled out six survivors, one child said to be in critical condition.",
            "one",
            "child",
        ),
        (
            "Two were killed in the blast, one policeman said to have been a sergeant.",
            "one",
            "policeman",
        ),
    ],
)
def test_one_that_counts_stays_a_count(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- others, adverbs, ages ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Two fishermen found the boy. His mother and 10 others died.", "10", None),
        ("Police found five bodies. The driver and two others were also killed.", "two", None),
        ("Three miners died. The bus driver and 12 others were rescued.", "12", None),
        ("The quake killed 12 people and 40 others were hurt.", "40", "people"),
        ("The blast killed 12 soldiers. About 30 others were hurt.", "About 30", "soldiers"),
        # the noun before "and" sits after a preposition: the others are more of the count
        ("Five soldiers were killed in the attack and 12 others were wounded.", "12", "soldiers"),
        ("Two people were killed in the blast and 40 others were injured.", "40", "people"),
        ("Four students were shot at the school and two others were stabbed.", "two", "students"),
        ("The storm killed 12 people on Monday and 40 others were missing.", "40", "people"),
        (
            "The crash killed 12 passengers on the bus and two others on the road.",
            "two",
            "passengers",
        ),
    ],
)
def test_others_after_a_named_subject_are_not_the_count_before(
    text: str, span: str, noun: str | None
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Extremists bombed two predominantly Protestant towns.", "two", "towns"),
        ("Rebels hold two largely Muslim provinces in the south.", "two", "provinces"),
        ("The army shelled three mainly Kurdish villages overnight.", "three", "villages"),
        ("The storm hit three mostly rural districts on Monday.", "three", "districts"),
    ],
)
def test_an_adverb_before_a_capitalised_adjective(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('"They are coming with everyone," said Armando Ruiz, 73. "You know why?"', "73"),
        ("``It is a disgrace,'' said Peter Hall, 61. ``We were never told.''", "61"),
        ("“It is over,” said Maria Lopez, 52. “We lost.”", "52"),
    ],
)
def test_an_age_that_closes_a_sentence_before_a_quote(text: str, span: str) -> None:
    assert the(text, span).unit == "year of age"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('The index rose to 73. "We are pleased," the chief executive said.', "73"),
        ('Boston had 68 points; New York, 73. "We fought," the coach said.', "73"),
        ('The vote in Ohio was 51, Texas, 49. "It is close," an aide said.', "49"),
    ],
)
def test_a_level_before_a_quote_is_no_age(text: str, span: str) -> None:
    assert the(text, span).unit is None


# -- hyphenated measures and conversions ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "A 16-bit microprocessor processes 16 pieces of data at a time.",
            "16-bit",
            "microprocessor",
        ),
        ("A 10-mile pipeline crosses farms in the valley.", "10-mile", "pipeline"),
        ("Intel makes generations of 16-bit and 32-bit chips.", "16-bit", "chips"),
        ("Intel makes generations of 16-bit and 32-bit chips.", "32-bit", "chips"),
        ("The firm makes a range of 12-volt batteries.", "12-volt", "batteries"),
        ("Police found a 20-litre drum of fuel.", "20-litre", "drum"),
        ("The club signed a $50 million arms deal.", "$50 million", "deal"),
        # a plural-looking noun before a preposition is the head, no verb
        ("The museum sold a $3 million canvas by Monet.", "$3 million", "canvas"),
        ("The company won a $40 million series of contracts.", "$40 million", "series"),
        ("A 10-mile fence separates farms from the road.", "10-mile", "fence"),
    ],
)
def test_a_hyphenated_measure_describes_the_noun_after_it(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Port workers handled thousands of 40-foot containers.", "thousands", "containers"),
        ("Hundreds of 16-bit chips were recalled.", "Hundreds", "chips"),
    ],
)
def test_a_count_passes_a_hyphenated_measure_to_its_noun(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "first", "second", "noun"),
    [
        (
            "She announced a gift of 500 pounds (225 kilograms) of medical supplies.",
            "500 pounds",
            "225 kilograms",
            "supplies",
        ),
        (
            "Police seized 3 kilograms (6.6 pounds) of cocaine.",
            "3 kilograms",
            "6.6 pounds",
            "cocaine",
        ),
        (
            "The ship spilled 10,000 barrels (1.6 million litres) of oil.",
            "10,000 barrels",
            "1.6 million litres",
            "oil",
        ),
    ],
)
def test_a_conversion_in_brackets_passes_on_to_of(
    text: str, first: str, second: str, noun: str
) -> None:
    assert the(text, first).noun == noun
    assert the(text, second).noun == noun


def test_a_measure_in_brackets_without_of_measures_nothing_more() -> None:
    assert the("The wall is 3 metres (10 feet) high.", "10 feet").noun is None


# -- currencies the euro replaced -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Sales rose to 1.2 billion marks from 1.1 billion.", "1.2 billion marks", "German mark"),
        ("Siemens earned DM1.5 billion last year.", "DM1.5 billion", "German mark"),
        ("The court fined the company 50,000 guilders.", "50,000 guilders", "Dutch guilder"),
        ("The deficit reached 2.3 trillion pesetas.", "2.3 trillion pesetas", "Spanish peseta"),
        ("The bank lent 12 billion drachmas.", "12 billion drachmas", "Greek drachma"),
        ("The state paid 300 million escudos.", "300 million escudos", "Portuguese escudo"),
    ],
)
def test_currencies_the_euro_replaced(text: str, span: str, unit: str) -> None:
    assert the_old(text, span).unit == unit


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "Bosnia's budget is 2 billion marks this year, officials in Sarajevo said.",
            "2 billion marks",
            "Bosnia and Herzegovina convertible mark",
        ),
        (
            "The fund lost 1.5 million marks, the Finnish bank said.",
            "1.5 million marks",
            "Finnish markka",
        ),
        ("Cape Verde's budget is 50 billion escudos.", "50 billion escudos", "Cape Verdean escudo"),
        ("Sales in Hamburg rose to 3 billion marks.", "3 billion marks", "German mark"),
    ],
)
def test_marks_and_escudos_take_the_country_their_sentence_names(
    text: str, span: str, unit: str
) -> None:
    assert the_old(text, span).unit == unit


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Sales rose to 1.2 billion marks from 1.1 billion.", "1.2 billion", "marks"),
        ("The state paid 300 million escudos.", "300 million", "escudos"),
    ],
)
def test_a_story_published_after_the_euro_reads_no_marks_or_escudos(
    text: str, span: str, noun: str
) -> None:
    found = the(text, span)  # published in 2024
    assert (found.unit, found.noun) == (None, noun)


def test_marks_without_a_scale_are_no_currency() -> None:
    assert the("Officials put 20 marks on the map.", "20").unit is None


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "Net income slipped 5% to #89.7 million from #94.8 million.",
            "#89.7 million",
            "pound sterling",
        ),
        ("Imperial Chemical Industries dropped 11 pence to #10.86.", "#10.86", "pound sterling"),
        ("Profit fell to #1,200 in the period.", "#1,200", "pound sterling"),
        ("Magna shares closed up 37.5 Canadian cents.", "37.5 Canadian cents", "Canadian cent"),
        ("The price rose five pence (eight U.S. cents).", "eight U.S. cents", "cent"),
        (
            "Each firm will inject 100 million Finnish markkaa.",
            "100 million Finnish markkaa",
            "Finnish markka",
        ),
    ],
)
def test_pounds_written_with_a_number_sign_and_cents_with_a_country(
    text: str, span: str, unit: str
) -> None:
    assert the(text, span).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The Spaniard was ranked #5 in the world last year.",
        "He wore #23 for the Bulls.",
        "The #1 seed was knocked out on Tuesday.",
    ],
)
def test_a_number_sign_before_a_plain_number_makes_a_rank(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The firm paid #25 a share for the stock.", "#25 a share", "pound sterling per share"),
        ("Rents rose to #200 a week in London.", "#200 a week", "pound sterling per week"),
        ("Profit rose to #5 million. The fine was #50.", "#50", "pound sterling"),
    ],
)
def test_a_number_sign_before_a_price_or_in_a_text_of_pounds_is_a_pound(
    text: str, span: str, unit: str
) -> None:
    assert the(text, span).unit == unit


def test_a_number_sign_before_a_large_plain_number_keeps_the_number() -> None:
    assert texts("The fine was #500 and costs of #250.") == ["500", "250"]


# -- counted nouns past a list of names, and peoples in -is and -us ---------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The plan backs up thousands of Army, Navy and Air Force troops.", "thousands", "troops"),
        ("The coalition sent 5,000 British, French and Italian soldiers.", "5,000", "soldiers"),
        ("The order covers 30 Airbus, Boeing and Embraer jets.", "30", "jets"),
        (
            "Thousands of American, British, Egyptian and Syrian forces arrived.",
            "Thousands",
            "forces",
        ),
        (
            "The panel will study the killing of more than 500,000 Tutsis.",
            "more than 500,000",
            "Tutsis",
        ),
        ("The exodus of about 2 million Rwanda Hutus began in July.", "about 2 million", "Hutus"),
        ("Police said 300 Hindus and 200 Muslims were hurt.", "300", "Hindus"),
    ],
)
def test_a_count_reaches_its_noun_past_names(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_list_of_places_leaves_a_count_its_own_noun() -> None:
    assert the("He visited 12 cities in France, Spain and Italy.", "12").noun == "cities"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Police arrested 12 Saturday, and officials said more arrests were likely.", "12"),
        ("The Dow rose 30 Tuesday, and analysts said the rally would last.", "30"),
        ("The firm hired 40 in March, and workers said the plant was full.", "40"),
        ("Rebels freed 8 Monday, Tuesday and Wednesday, and aides said talks went on.", "8"),
    ],
)
def test_a_day_or_a_month_ends_the_list_a_count_reaches_past(text: str, span: str) -> None:
    assert [q.noun for q in whole(text) if q.text == span] in ([], [None])


# -- a count told again for another place ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The embassy bombings killed 247 people in Kenya and 10 in Tanzania.", "10", "people"),
        ("The bombing killed 259 people on the plane and 11 on the ground.", "11", "people"),
        ("The firm sold 300 trucks in Ohio and 20 in Texas.", "20", "trucks"),
        (
            "Floods displaced 5,000 families across the north and 800 across the south.",
            "800",
            "families",
        ),
    ],
)
def test_a_bare_count_for_another_place_counts_the_same_thing(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


def test_a_bare_count_after_another_verb_counts_nothing_named() -> None:
    text = "The company has 500 workers in Ohio and plans to hire 20 in May."
    assert the(text, "20").noun is None


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "The bank will pay 1,015 French francs a share, or 528 million francs.",
            "528 million francs",
            "French franc",
        ),
        (
            "The Paris bourse fell and the French group lost 2 billion francs.",
            "2 billion francs",
            "French franc",
        ),
        (
            "The Belgian utility earned 3.1 billion francs in 1989.",
            "3.1 billion francs",
            "Belgian franc",
        ),
        (
            "Nestle, the Swiss food group, earned 1.2 billion francs.",
            "1.2 billion francs",
            "Swiss franc",
        ),
    ],
)
def test_francs_take_the_country_their_sentence_names(text: str, span: str, unit: str) -> None:
    assert the_old(text, span).unit == unit


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The French-speaking canton of Geneva will spend 300 million francs on roads.",
            "300 million francs",
        ),
        (
            "Swiss officials told reporters in Brussels the bank must pay 5 million francs.",
            "5 million francs",
        ),
        ("Shares in Zurich rose 5 francs to 200 francs, a French broker said.", "200 francs"),
        ("The EU in Brussels fined the bank 40 million francs.", "40 million francs"),
    ],
)
def test_swiss_places_make_swiss_francs(text: str, span: str) -> None:
    assert the_old(text, span).unit == "Swiss franc"


def test_a_story_published_after_the_euro_reads_no_french_francs() -> None:
    text = "The French group lost 2 billion francs last year."
    assert the_old(text, "2 billion francs").unit == "French franc"
    assert the(text, "2 billion francs").unit == "Swiss franc"  # published in 2024


# -- an age after "at" between a person and the verb --------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He may follow John Glenn, who at 77 is about to go into space again.", "77"),
        ("The senator, who at 81 was the chamber's oldest member, retired.", "81"),
        ("At 77, John Glenn is the oldest man to fly in space.", "77"),
        ("At 9, she moved to London with her mother.", "9"),
        ("At 81, Maria still runs the farm.", "81"),
    ],
)
def test_at_and_a_number_before_a_person_is_an_age(text: str, span: str) -> None:
    assert the(text, span).unit == "year of age"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The index stood at 77 on Friday.", "77"),
        ("At 77, the index was up 2 percent.", "77"),
        ("Shares of the company, which at 12 are cheap, rose.", "12"),
        # a capitalised word that is no first name, or a first name before no verb
        ("At 95, Brent crude traded above its 200-day average.", "95"),
        ("At 68, Woods was two shots off the lead after the first round.", "68"),
        ("At 20, Toyota shares were the cheapest in a decade.", "20"),
        ("At 14, Jones led the field by three strokes.", "14"),
        ("At 150, the tower is the tallest in the city.", "150"),
    ],
)
def test_at_and_a_number_without_a_person_is_no_age(text: str, span: str) -> None:
    assert the(text, span).unit is None


# -- broadcast transcripts: decimals and years said in words ----------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        (
            "The cuts are part of a one point six billion dollar savings plan.",
            "one point six billion dollar",
            1.6e9,
            "dollar",
        ),
        (
            "Unemployment rose to five point two percent in March.",
            "five point two percent",
            5.2,
            "percent",
        ),
        (
            "Inflation is running at three point two five percent.",
            "three point two five percent",
            3.25,
            "percent",
        ),
    ],
)
def test_a_decimal_said_in_words(text: str, span: str, value: float, unit: str) -> None:
    found = the(text, span)
    assert (found.value, found.unit) == (pytest.approx(value), unit)


def test_a_point_that_closes_its_phrase_stays_a_unit() -> None:
    assert the("The team won by one point, six players said.", "one point").unit == "point"


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("At one point two gunmen opened fire on the crowd.", "two", "gunmen"),
        ("At one point three of the players left the field.", "three", "players"),
        ("At one point five soldiers were trapped in the tunnel.", "five", "soldiers"),
    ],
)
def test_a_point_before_a_count_is_no_decimal(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_point_before_a_time_is_no_decimal() -> None:
    assert texts("Italy scored one point two minutes before the end.") == ["one point"]


@pytest.mark.parametrize(
    "text",
    [
        "In nineteen ninety-one Charles Keating was convicted in state court.",
        "Eighteen ninety-nine was a hard year for the farm.",
    ],
)
def test_a_year_said_in_words_is_no_count(text: str) -> None:
    assert texts(text) == []


def test_a_compound_after_a_teen_number_still_counts() -> None:
    assert the("They sold fifteen twenty-dollar bills.", "twenty-dollar").unit == "dollar"
