"""Quantities, round 18: found by probing the counted noun with wire copy written for the
purpose. A bare figure that a verb moves a tally to ("the death toll rose to 42") counts
what the tally counts; "the number of migrants fell to 3,100" counts migrants; a tally
frames any whole figure ("a population of 2 million"); a measure noun right after an
amount with no determiner ("posted 3.2 percent growth"); a count after a share that moved
it ("applications rose 18% to 1.1 million"); a rating moved to a share ("her approval
rating fell to 39%"); "the merger, valued at $14 billion"; "edged up to 4.1%" is a move,
no bound; a plural noun in "-tions" or "-ments" may open a sentence as the subject; a
plural subject set at a bare figure ("admissions doubled to 2,400", "deaths topped
1,000"); "with 130 mph winds". All on sentences written for these tests."""

from __future__ import annotations

import pytest

from _quanttools import the

# -- a tally moved to a bare figure -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The death toll rose to 42.", "42"),
        ("The death toll from the landslide climbed to 1,350 on Tuesday.", "1,350"),
        ("The toll from the floods has risen to 87.", "87"),
        ("The death toll stood at 19 on Sunday.", "19"),
        ("Police said the toll had climbed to 23 by Monday.", "23"),
        ("The death toll is 42, officials said.", "42"),
        ("The death toll was at least 57.", "at least 57"),
        ("The toll rose to more than 40 overnight.", "more than 40"),
    ],
)
def test_a_toll_moved_to_a_bare_figure_names_it(text: str, span: str) -> None:
    assert the(text, span).noun == "toll"


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The total reached 1,000 by noon.", "1,000", "total"),
        ("The tally of seized rifles rose to 900.", "900", "tally"),
        ("Toll roads rose to 42.", "42", "roads"),
        ("Deaths rose to more than 40 in the province.", "more than 40", "Deaths"),
    ],
)
def test_other_tallies_and_plural_subjects(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_tally_set_off_by_a_comma_clause_is_not_read() -> None:
    assert the("The toll, officials said, rose to 30.", "30").noun is None


# -- "the number of" a plural --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The number of migrants arriving fell to 3,100 in May.", "3,100", "migrants"),
        ("The number of confirmed cases reached 12,000.", "12,000", "cases"),
        ("The number of people hurt has reached 300.", "300", "people"),
        ("The number of asylum seekers rose to 4,500 last year.", "4,500", "seekers"),
    ],
)
def test_the_number_of_a_plural_counts_that_plural(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- a tally frames any whole figure -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The city has a population of 2 million.", "2 million", "population"),
        ("The town has a population of about 40,000.", "about 40,000", "population"),
        ("The country, with a population of 11 million, votes in May.", "11 million", "population"),
        ("A crowd of 80,000 watched the final.", "80,000", "crowd"),
        ("The government won a majority of 1,250 in the vote.", "1,250", "majority"),
    ],
)
def test_a_tally_frames_a_scaled_or_separated_figure(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She has a net worth of 1.356 billion.", "1.356 billion"),
        ("The firm kept a lead of 2 million over its rival.", "2 million"),
    ],
)
def test_other_frames_of_a_scaled_figure_name_nothing(text: str, span: str) -> None:
    assert the(text, span).noun is None


# -- a measure noun right after an amount with no determiner -----------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The economy posted 3.2 percent growth last year.", "3.2 percent", "growth"),
        ("The country recorded 6.8 percent inflation in May.", "6.8 percent", "inflation"),
        ("Economists expect 0.2% growth in the quarter.", "0.2%", "growth"),
        ("The IMF forecast 3.1 percent global growth.", "3.1 percent", "growth"),
        ("The region suffers 25% youth unemployment.", "25%", "unemployment"),
        ("The referendum drew 71% turnout.", "71%", "turnout"),
    ],
)
def test_a_bare_amount_modifies_a_measure_noun(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Prices rose 5% overnight.", "5%", "prices"),
        ("Exports fell 3% growth-wise, analysts joked.", "3%", "exports"),
    ],
)
def test_other_words_after_a_bare_amount_are_not_its_noun(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- a count after a share that moved it -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Asylum applications rose 18% to 1.1 million.", "1.1 million", "applications"),
        ("Passenger numbers rose 9% to 4.2 million.", "4.2 million", "numbers"),
        ("Arrivals fell 20% to 40,000 in May.", "40,000", "arrivals"),
    ],
)
def test_a_count_after_a_share_counts_what_the_share_moved(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [("Shares rose 5% to 300.", "300"), ("Sales rose 5% to 1.2 million.", "1.2 million")],
)
def test_a_price_or_sales_level_after_a_share_is_not_a_count(text: str, span: str) -> None:
    assert the(text, span).noun is None


# -- a rating, a noun in "-ing", moved to a share -------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Her approval rating dropped to 39%.", "39%", "rating"),
        ("His rating fell 4 points to 41%.", "41%", "rating"),
        ("The party's rating stood at 22% in May.", "22%", "rating"),
    ],
)
def test_a_rating_is_the_subject_measured(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- a participle of estimate after a comma sets the noun before it -----------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The merger, valued at $14 billion, was approved.", "$14 billion", "merger"),
        ("The deal, valued at about 2 billion euros, closed.", "about 2 billion euros", "deal"),
        ("The collection, estimated at $5 million, was sold.", "$5 million", "collection"),
        ("The sale of the unit, valued at $2 billion, closed.", "$2 billion", "sale"),
    ],
)
def test_a_comma_and_an_estimate_participle_measure_the_noun_before(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


def test_a_name_before_the_comma_is_not_measured() -> None:
    assert the("Nvidia, valued at $3 trillion, rose.", "$3 trillion").noun is None


# -- "edged up to": a phrasal move, not the qualifier "up to" -----------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The jobless rate edged up to 4.1%.", "4.1%", "rate"),
        ("Inflation ticked up to 3.2% in May.", "3.2%", "inflation"),
        ("Yields crept up to 4.5% on Friday.", "4.5%", "yields"),
        ("Shares shot up to $45 in early trade.", "$45", "shares"),
    ],
)
def test_a_phrasal_move_up_to_a_level_has_no_qualifier(text: str, span: str, noun: str) -> None:
    found = the(text, span)
    assert (found.qualifier, found.noun) == (None, noun)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prices rose by up to 5%.", "up to 5%"),
        ("The fine could go up to $5 million.", "up to $5 million"),
        ("Winds of up to 150 km/h hit the coast.", "up to 150 km/h"),
    ],
)
def test_up_to_after_other_words_is_still_a_bound(text: str, span: str) -> None:
    assert the(text, span).qualifier == "up_to"


# -- a plural in "-tions", "-ments" opening a sentence is a subject, no name --------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Repossessions jumped 25% in the quarter.", "25%", "repossessions"),
        ("Investments rose 7% last year.", "7%", "investments"),
        ("Commitments reached $40 billion.", "$40 billion", "commitments"),
        ("Traffic on the motorway fell 15%.", "15%", "traffic"),
    ],
)
def test_a_plural_noun_ending_opens_a_sentence_as_subject(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- a plural subject set at a bare figure by a level verb --------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Hospitalisations doubled to 2,400.", "2,400", "Hospitalisations"),
        ("Cases stood at 4,000 on Monday.", "4,000", "Cases"),
        ("Admissions reached 900 last week.", "900", "Admissions"),
        ("Officials said deaths topped 1,000.", "1,000", "deaths"),
    ],
)
def test_a_level_verb_sets_a_plural_subject_at_a_bare_figure(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Protesters hit 12.", "12"),
        ("Shares topped 45.", "45"),
        ("Residents were at 45.", "45"),
    ],
)
def test_an_object_a_price_or_a_copula_sets_no_plural_subject(text: str, span: str) -> None:
    assert the(text, span).noun is None


# -- "with 130 mph winds": a physical measure after "with" modifies a plural -------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The hurricane made landfall with 130 mph winds.", "130 mph", "winds"),
        ("The storm hit the coast with 100 km/h gusts.", "100 km/h", "gusts"),
        ("The region was drenched with 300 mm rains.", "300 mm", "rains"),
    ],
)
def test_a_measure_after_with_modifies_the_plural_after_it(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She finished with 5 km left.", "5 km"),
        ("Runners set off with 10 km to go.", "10 km"),
        ("The leader crossed the line with 2 km left.", "2 km"),
    ],
)
def test_with_and_no_plural_after_the_measure_modify_nothing(text: str, span: str) -> None:
    assert the(text, span).noun is None
