"""Quantities, round 26 (issue #5): counted nouns any reader sees. A share "of them",
"of which" or "of whom" counts what the count just before it counts, and a share in a
parallel clause what the share before it counts ("one in five opposed it"); a figure
"of" a level reached ("a 40-year high of 9.1%", "a peak of 6.5 metres") measures the
subject of the verb that reached it; "a further 150 damaged" carries the noun of the
count before; "the number of unemployed" counts the group the adjective names; a
reading after "of magnitude" describes the quake before it; a percentage takes part in
the same rules; "cases have now topped 2 million" and "passed 10,000" count cases. All
on sentences written for these tests."""

from __future__ import annotations

import pytest

from _quanttools import the, whole

# -- a share "of them" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "The ministry said 1.5 million doses had been delivered, half of them to clinics.",
            "half",
            "doses",
        ),
        ("Officials said 4,000 tents were shipped, half of them to the north.", "half", "tents"),
        (
            "The agency vaccinated 800 children, a third of whom had never seen a doctor.",
            "a third",
            "children",
        ),
        ("The bank holds 12,000 loans, a quarter of which are in default.", "a quarter", "loans"),
        (
            "Some 600 families were displaced, two-thirds of them in the hills.",
            "two-thirds",
            "families",
        ),
        ("Police detained 90 fans, half of those from abroad.", "half", "fans"),
    ],
)
def test_a_share_of_them_counts_the_count_before(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The charity raised $2 million, half of which went to schools.", "half"),
        ("The firm sold 3 million tonnes of coal, half of it to China.", "half"),
        ("Half of them were released.", "Half"),
    ],
)
def test_a_share_of_an_amount_or_of_nothing_counts_no_noun(text: str, span: str) -> None:
    assert the(text, span).noun is None


# -- a share in a parallel clause ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "Three-quarters of voters backed the plan, while one in five opposed it.",
            "one in five",
            "voters",
        ),
        (
            "Sixty percent of teachers backed the strike, while one in four opposed it.",
            "one in four",
            "teachers",
        ),
        (
            "A third of nurses said they were exhausted, and one in five planned to quit.",
            "one in five",
            "nurses",
        ),
    ],
)
def test_a_share_in_a_parallel_clause_counts_what_the_share_before_counts(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "and" opens no parallel clause, and a share of people takes a plural verb.
        ("Consumer prices rose 3% in May, and 40% is the share spent on food.", "40%"),
        ("Rents rose 5% last year, and 30% is the part paid by the state.", "30%"),
        # A share of a whole ("the vote") counts no people or things.
        ("The party won 40% of the vote, but 60% stayed at home.", "60%"),
        ("The union took 35% of the ballot, while 50% abstained.", "50%"),
    ],
)
def test_a_later_share_takes_no_noun_from_an_unlike_share(text: str, span: str) -> None:
    assert the(text, span).noun is None


def test_a_share_with_its_own_noun_keeps_it() -> None:
    text = "Half of residents support the plan and a quarter of businesses do too."
    assert the(text, "a quarter").noun == "businesses"


# -- a figure of a level reached ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Inflation hit a 40-year high of 9.1% in June.", "9.1%", "inflation"),
        ("Unemployment reached a record low of 3.4%.", "3.4%", "unemployment"),
        ("The river rose to a peak of 6.5 metres on Tuesday.", "6.5 metres", "river"),
        ("Bitcoin surged to a record of $73,000.", "$73,000", "bitcoin"),
        ("The index hit a high of 5,000 points.", "5,000 points", "index"),
    ],
)
def test_a_figure_of_a_level_reached_measures_the_subject(text: str, span: str, noun: str) -> None:
    assert (the(text, span).noun or "").lower() == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A high of 25C is expected on Friday.", "25C"),
        ("The fund lost a record of $2 billion.", "$2 billion"),
    ],
)
def test_a_level_with_no_verb_or_a_transfer_names_nothing(text: str, span: str) -> None:
    assert the(text, span).noun is None


def test_a_framed_amount_keeps_its_frame() -> None:
    assert the("The company reported a profit of $3 billion.", "$3 billion").noun == "profit"


# -- a further count before a participle ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Officials said 300 homes were destroyed and a further 150 damaged.", "150", "homes"),
        ("Officials said 40 people were killed and another 12 wounded.", "12", "people"),
        ("Twelve soldiers were killed and an additional 30 injured.", "30", "soldiers"),
        ("The boat capsized with 60 people on board; 15 survived.", "15", "people"),
    ],
)
def test_a_further_count_before_a_participle_carries_the_noun(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


def test_a_further_amount_keeps_its_own_noun() -> None:
    text = "The 300 homes were destroyed and a further 150 tonnes of debris cleared."
    assert the(text, "150 tonnes").noun == "debris"


# -- a group an adjective names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The number of unemployed rose to 2.3 million in March.", "2.3 million", "unemployed"),
        ("The number of homeless fell to 4,000.", "4,000", "homeless"),
    ],
)
def test_an_adjective_names_the_group_counted(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Five of the injured workers were flown out.", "Five", "workers"),
        ("The number of migrants rose to 3,100.", "3,100", "migrants"),
    ],
)
def test_a_noun_after_the_adjective_is_counted(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- a reading after "magnitude" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The quake, of magnitude 6.1, struck off the coast on Tuesday.", "6.1", "quake"),
        ("An earthquake of magnitude 6.8 struck the region.", "6.8", "earthquake"),
        ("A tremor measuring magnitude 5.2 was felt in the capital.", "5.2", "tremor"),
    ],
)
def test_a_reading_after_magnitude_describes_the_quake(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_reading_after_a_verb_names_no_noun() -> None:
    found = whole("The quake registered magnitude 5.9, the USGS said.")
    assert [(q.text, q.noun) for q in found] == [("5.9", None)]


# -- a percentage "of them" or in a parallel clause ------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The firm will cut 1,200 jobs, 40% of them in France.", "40%", "jobs"),
        (
            "About 40% of Britons support rejoining the EU, while 45% oppose it.",
            "45%",
            "Britons",
        ),
        ("Some 58% of voters backed the deal and 40% rejected it.", "40%", "voters"),
        ("Half of the staff voted to strike, while 30% voted against.", "30%", "staff"),
    ],
)
def test_a_percentage_of_them_or_in_a_parallel_clause_takes_the_noun_before(
    text: str, span: str, noun: str
) -> None:
    assert the(text, span).noun == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The index rose 2% while bonds fell 1%.", "1%", "bonds"),
        ("Sales rose 5% and profit jumped 12%.", "12%", "profit"),
    ],
)
def test_a_percentage_with_its_own_subject_keeps_it(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


# -- a count a plural passed or topped ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The number of cases passed 10,000.", "10,000", "cases"),
        ("The death toll passed 1,000 on Monday.", "1,000", "toll"),
        ("Cases have now topped 2 million.", "2 million", "Cases"),
        ("Deaths have already surpassed 5,000.", "5,000", "Deaths"),
    ],
)
def test_a_count_a_subject_passed_counts_the_subject(text: str, span: str, noun: str) -> None:
    assert the(text, span).noun == noun


def test_a_vote_passed_is_no_count() -> None:
    assert whole("The bill passed 52 to 47.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Officials said 1,236 cases were recorded across four provinces, with 80% of them"
            " in the capital.",
            "80%",
        ),
        ("Officials counted 200 deaths in 12 districts, half of them in the north.", "half"),
    ],
)
def test_a_share_of_them_after_a_count_in_a_place_phrase_names_nothing(
    text: str, span: str
) -> None:
    assert the(text, span).noun is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bookings had fallen by a third.", "a third"),
        ("Their blood pressure fell by an average of 12 mmHg.", "12 mmHg"),
    ],
)
def test_a_change_by_a_share_or_an_average_names_nothing(text: str, span: str) -> None:
    assert the(text, span).noun is None


def test_a_share_of_them_after_a_count_moved_to_counts_it() -> None:
    text = "The virus spread to 12 countries in Asia, half of them islands."
    assert the(text, "half").noun == "countries"
