"""Quantities, round 16: "a quarter point" and other shares of a unit; "craft" as a plural;
subjects past hyphenated adjectives, "to" phrases and determiner appositions; fixed terms
kept whole ("gross domestic product"); a verb in "-s" before a path ("oil passes
through"); name-context words used as verbs ("building hundreds of shelters"); a vague
count needs a plural noun; more idioms with "one"; "one of the N things" naming a member;
bare counts continuing after a qualifier or "the"; "net zero"; passive changes. All on
sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts
from _quanttools import texts, the, whole

# -- a share of a unit: "a quarter point" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        (
            "The bank lowered its main rate by a quarter point to 2.5%.",
            "a quarter point",
            0.25,
            "point",
        ),
        ("The Fed raised rates by a half point in June.", "a half point", 0.5, "point"),
        (
            "Policymakers cut by a quarter percentage point.",
            "a quarter percentage point",
            0.25,
            "percentage point",
        ),
        ("He walked a quarter mile to the station.", "a quarter mile", 0.25, "mile"),
        ("Stir in a quarter cup of sugar.", "a quarter cup", 0.25, "cup"),
    ],
)
def test_a_share_before_a_unit_is_an_amount_of_it(
    text: str, span: str, value: float, unit: str
) -> None:
    q = the(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The case went to a third party.",
        "The town has changed little in a quarter century.",
        "Her half brother lives in Leeds.",
    ],
)
def test_a_share_before_a_period_or_no_unit_is_no_amount(text: str) -> None:
    assert whole(text) == []


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Yields rose half a percentage point on Monday.", "half a percentage point", "yields"),
        ("Rates fell a quarter point.", "a quarter point", "rates"),
        ("A quarter of the staff were sacked.", "A quarter", "staff"),
    ],
)
def test_a_share_of_a_unit_measures_the_subject_and_a_share_of_things_counts_them(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


# -- "craft" and a few more plurals without an -s ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Three fast attack craft surrounded the tanker.", "Three", "craft"),
        ("The navy sent two landing craft to the island.", "two", "craft"),
        ("Four small craft were seen near the coast.", "Four", "craft"),
        ("The agency launched two spacecraft last year.", "two", "spacecraft"),
        ("Officials said 1,200 reindeer died in the storm.", "1,200", "reindeer"),
        ("Farmers culled 40,000 swine after the outbreak.", "40,000", "swine"),
    ],
)
def test_plurals_without_an_s_are_counted(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- the subject an amount measures --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "The yield on Spain's 10-year euro-denominated bond rose 6 basis points.",
            "6 basis points",
            "yield",
        ),
        (
            "The yield on the dollar-denominated note fell 12 basis points.",
            "12 basis points",
            "yield",
        ),
        ("Shares of the state-owned lender jumped 8% on Monday.", "8%", "shares"),
    ],
)
def test_a_hyphenated_adjective_in_ed_stays_inside_the_subject(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "Lending to households rose by 4.8 trillion won in October.",
            "4.8 trillion won",
            "lending",
        ),
        ("Exports to China fell 12% last month.", "12%", "exports"),
        ("Bank loans to small businesses grew 3.5% in the quarter.", "3.5%", "loans"),
        ("The ratio of debt to GDP rose to 93%.", "93%", "ratio"),
    ],
)
def test_a_to_phrase_hangs_on_the_subject_head(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Exports to the European Union, its biggest market, fell 7.2%.", "7.2%", "exports"),
        ("Sales, the company said, rose 5% in the quarter.", "5%", "sales"),
        ("Retail sales, a key gauge of spending, rose 0.6% in May.", "0.6%", "sales"),
    ],
)
def test_an_aside_opened_by_a_determiner_is_passed(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The rate was cut by 25 basis points.", "25 basis points", "rate"),
        ("The deposit rate has been lowered by a quarter point.", "a quarter point", "rate"),
        ("The levy was raised by 2% in April.", "2%", "levy"),
    ],
)
def test_the_subject_of_a_passive_change_is_measured(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_the_object_of_an_active_change_is_measured() -> None:
    # issue #5: the object of an active change verb is the measured thing
    assert the("The government cut taxes by 2%.", "2%").noun == "taxes"


# -- fixed terms kept whole ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "Household debt stands at about 93% of gross domestic product.",
            "about 93%",
            "gross domestic product",
        ),
        (
            "Gross domestic product grew 3.1% in the third quarter.",
            "3.1%",
            "gross domestic product",
        ),
        ("The country's gross domestic product rose 2% last year.", "2%", "gross domestic product"),
        ("Aid equals 0.7% of gross national income.", "0.7%", "gross national income"),
        ("The deficit widened to 5.8% of GDP.", "5.8%", "GDP"),
    ],
)
def test_a_fixed_measured_term_is_kept_whole(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_head_outside_a_fixed_term_stays_alone() -> None:
    q = the("Exports make up 40% of the domestic product of the region.", "40%")
    assert q.noun == "product"


# -- a verb in "-s" before a path --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("About a fifth of the world's oil passes through the strait.", "About a fifth", "oil"),
        ("Half of Europe's gas flows via Ukraine.", "Half", "gas"),
        ("A third of the country's grain travels along the river.", "A third", "grain"),
        ("A fifth of global trade passes through the canal.", "A fifth", "trade"),
    ],
)
def test_a_verb_in_s_before_a_path_ends_the_of_phrase(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("About 30% of the world's oil reserves lie in the region.", "About 30%", "reserves"),
        ("Nearly half of the oil exports go to China.", "Nearly half", "exports"),
    ],
)
def test_a_plural_noun_before_no_path_still_heads_the_phrase(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


# -- name-context words used as verbs --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The state has been building hundreds of shelters.", "hundreds", "shelters"),
        ("Protesters tried to block two roads into the city.", "two", "roads"),
        ("The union will stage three strikes next month.", "three", "strikes"),
        ("The agency will issue 500 permits this year.", "500", "permits"),
        ("Workers are building 300 homes near the river.", "300", "homes"),
        ("They hoped to table two amendments.", "two", "amendments"),
    ],
)
def test_a_name_context_word_used_as_a_verb_counts_its_object(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    "text",
    [
        "Building 7 collapsed later that day.",
        "The figures are on page 5 of the report.",
        "The vaccine is now in phase 3 trials.",
        "She lives on floor 12 of the tower.",
        "Negotiators met in round two of the talks.",
    ],
)
def test_a_name_context_word_before_a_reference_number_keeps_it_a_name(text: str) -> None:
    assert whole(text) == []


# -- a vague count with no "of" needs a plural noun ------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The drought has left millions hungry across the region.", "millions"),
        ("The floods left thousands homeless.", "thousands"),
        ("The war has left hundreds dead.", "hundreds"),
    ],
)
def test_an_adjective_after_a_vague_count_is_no_noun(text: str, span: str) -> None:
    q = the(text, span)
    assert q.noun is None and q.range is not None


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Hundreds of staff walked out.", "Hundreds", "staff"),
        ("Police detained dozens of protesters.", "dozens", "protesters"),
        ("Thousands of police were deployed.", "Thousands", "police"),
    ],
)
def test_a_vague_count_of_an_irregular_plural_keeps_it(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- "one" in idioms and in "one of the N things" -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"This is not one bad apple," she said.',
        "Not one of the lawmakers spoke.",
        "Parts of the country are one step short of famine.",
        "The talks moved one step closer to a deal.",
        "The rebels are one step away from the capital.",
        "Sita, a farmer who uses one name, said she lost her home.",
        "Ahmed, who like many Afghans goes by one name, said he fled.",
        "The man, who gave only one name, said he had walked for days.",
    ],
)
def test_one_in_an_idiom_is_no_count(text: str) -> None:
    assert not any(t.lower().split()[-1] == "one" for t in texts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Edenorte, one of the two private companies that distribute power, said it was working.",
        "Acme, one of the three bidders, pulled out.",
        "Knives can be left at one of the force's 12 amnesty bins.",
        "The injured were taken to one of the three hospitals in the city.",
        "The fire started in one of the four kitchens.",
    ],
)
def test_one_of_the_n_things_naming_a_member_or_a_place_is_no_count(text: str) -> None:
    assert "one" not in texts(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Only one of the 12 hospitals still had power.", "hospitals"),
        ("Police released one of the three men on Friday.", "men"),
        ("Divers recovered one of the two engines.", "engines"),
    ],
)
def test_one_of_the_n_things_as_subject_or_object_still_counts(text: str, noun: str) -> None:
    q = the(text, "one")
    assert (q.value, q.noun) == (1, noun)


# -- bare counts that continue a count --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("At least 43 people were killed and more than 100 injured.", "more than 100", "people"),
        ("Twelve soldiers were killed and about 30 wounded in the attack.", "about 30", "soldiers"),
        ("Some 200 homes were destroyed and nearly 500 damaged.", "nearly 500", "homes"),
    ],
)
def test_a_qualified_bare_count_before_a_participle_continues(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The party won 168 seats, short of the 289 needed for a majority.", "289", "seats"),
        (
            "The coalition holds 150 seats, well short of the 176 required to govern.",
            "176",
            "seats",
        ),
        ("The club sold 8,000 tickets, fewer than the 10,000 printed.", "10,000", "tickets"),
    ],
)
def test_the_count_before_a_participle_continues_the_noun(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- "net zero" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The country aims to reach net zero emissions by 2050.",
        "Net zero targets are under review.",
        "The firm pledged to reach net zero carbon emissions.",
    ],
)
def test_net_zero_is_no_count(text: str) -> None:
    assert [t.lower() for t in texts(text)] == []


def test_zero_before_a_plural_still_counts() -> None:
    q = the("There were zero deaths in the region last week.", "zero")
    assert (q.value, q.noun) == (0, "deaths")


# -- hours beside a clock time; numbered things in a list -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Polls close at 8 pm and results are expected by 11.",
        "The shops opened at 9 a.m. and were empty by 4.",
        "The first train leaves at 6 am and the last before 11.",
    ],
)
def test_a_bare_hour_beside_a_clock_time_is_no_quantity(text: str) -> None:
    assert whole(text) == []


def test_a_bare_level_with_no_clock_time_stays() -> None:
    assert texts("The index stood at 11 on Tuesday.") == ["11"]


@pytest.mark.parametrize(
    "text",
    [
        "The motorway was closed between junctions 10 and 11.",
        "Passengers were moved to gates 4 and 5.",
        "He missed games 3 and 4 through injury.",
        "The vote on amendment 12 or 13 was delayed.",
    ],
)
def test_numbers_listed_after_a_naming_word_are_names(text: str) -> None:
    assert whole(text) == []


def test_a_list_of_counts_is_still_counted() -> None:
    assert texts("Teams of 10 and 12 players took part.") == ["10", "12"]


# -- "the dead" is no death verb; a qualified count compared with "down from" ------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officials put the number of dead at 67.", "67"),
        ("The count of the dead at 45 was revised.", "45"),
        ("Medics put the tally of dead at 112 on Sunday.", "112"),
    ],
)
def test_the_dead_before_at_is_no_age(text: str, span: str) -> None:
    assert the(text, span).unit is None


@pytest.mark.parametrize(
    ("text", "span"),
    [("The singer died at 87 in Paris.", "87"), ("He was found dead at 52.", "52")],
)
def test_dying_at_a_number_is_still_an_age(text: str, span: str) -> None:
    assert the(text, span).unit == "year of age"


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "Rescuers said 350 people remained missing, down from more than 1,000 on Monday.",
            "more than 1,000",
            "people",
        ),
        ("The firm now has 9,000 staff, up from about 6,500 in 2020.", "about 6,500", "staff"),
        ("The clinic treated 40 patients, down from nearly 55 on Friday.", "nearly 55", "patients"),
    ],
)
def test_a_qualified_count_after_up_or_down_from_shares_the_noun(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The price of the Moscow-based company's shares fell 5%.", "5%", "price"),
        ("Exports to the bloc's members fell 3%.", "3%", "exports"),
        ("Demand for the region's wheat rose 4% in May.", "4%", "demand"),
    ],
)
def test_a_lower_case_possessive_inside_the_subject_is_passed(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Engineers tested the line at speeds of up to 320 km/h.", "up to 320 km/h", "speeds"),
        ("The metal melts at temperatures of about 1,500C.", "about 1,500C", "temperatures"),
        ("The wreck lies at depths of 3,800 metres.", "3,800 metres", "depths"),
    ],
)
def test_at_opens_a_measured_noun_framed_by_of(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("In 2018 nearly 160 people died when a ferry sank.", "nearly 160", "people"),
        ("In 2018 160 people died when a ferry sank.", "160", "people"),
        ("By 2030 40 new plants will be built.", "40", "plants"),
        ("Since 2015 almost 300 schools have closed.", "almost 300", "schools"),
    ],
)
def test_a_count_right_after_a_year(text: str, span: str, noun: str) -> None:
    # The year before it is no count of a model ("two new 737 Max jets") nor a digit group.
    found = [(q.text, q.noun) for q in newsfacts.extract(text, published="2024-03-05").quantities]
    assert found == [(span, noun)]
