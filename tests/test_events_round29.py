"""The events stage, round 29 (issue #7, time and place round E), on sentences written for
these tests: an hour of one sentence ("shortly after 9am") dates no later sentence; a new
speaker's statement takes no day from the happenings told before it (the same speaker, or
"Afterwards", keeps it); where a speaker works ("Lena Ortiz, an analyst at a think tank in
Lima, argued") and the places of what a statement says ("warned that workers in Kosice
could strike") do not place the statement; a sentence opening with a place ("At Heathrow,
...") places the later happenings of its paragraph that name none."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events

_events = partial(extract_events, published="2025-06-10")


def _time(text: str, trigger: str) -> str | None:
    event = by_trigger(_events(text), trigger)
    return event.time.text if event.time is not None else None


def _place(text: str, trigger: str) -> str | None:
    return by_trigger(_events(text), trigger).place


# -- an hour dates its own sentence ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The mayor posted her resignation letter online shortly after 9am. Several "
            "councillors were evacuated from the town hall.",
            "evacuated",
        ),
        (
            "The blast shook the depot at about 3:40 a.m. on Monday. Firefighters were "
            "deployed from three towns.",
            "deployed",
        ),
        (
            "The first ambulances reached the stadium at 7 p.m. local time. Dozens of fans "
            "were treated for crush injuries.",
            "treated",
        ),
        (
            "The runway will stay shut until 6 p.m., the operator said. Several flights "
            "were diverted to Bari.",
            "diverted",
        ),
    ],
)
def test_an_hour_dates_no_later_sentence(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Gunmen attacked a police post on Sunday. They burned two trucks.",
            "burned",
            "Sunday",
        ),
        (
            "The storm made landfall near the port late on Sunday night. Winds of up to "
            "110 kph lashed the coast.",
            "lashed",
            "Sunday night",
        ),
        (
            "Fighting raged in the border region on Tuesday. Troops shot down 12 drones.",
            "shot down",
            "Tuesday",
        ),
    ],
)
def test_a_day_still_dates_the_next_sentence(text: str, trigger: str, time: str) -> None:
    assert time in (_time(text, trigger) or "")


# -- a new speaker's statement is not dated by what was told before ---------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Relatives gathered at the harbour on Monday. The port authority warned that "
            "many passengers had boarded without tickets.",
            "warned",
        ),
        (
            "Divers searched the wreck on Thursday. Captain Ruiz acknowledged that some of "
            "the missing may never be found.",
            "acknowledged",
        ),
        (
            "Prosecutors opened an inquiry on Wednesday. The ministry of justice condemned "
            "the leak of the files.",
            "condemned",
        ),
    ],
)
def test_new_speaker_not_dated_by_earlier_happening(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Governor Ana Silva visited the flooded town on Tuesday. Silva promised that "
            "every family would be rehoused.",
            "promised",
            "Tuesday",
        ),
        (
            "The finance minister chaired an emergency meeting on Friday evening. "
            "Afterwards the ministry announced a rescue fund for small lenders.",
            "announced",
            "Friday evening",
        ),
    ],
)
def test_same_speaker_or_afterwards_keeps_the_day(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


# -- where a speaker works places nothing it says ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Lena Ortiz, an analyst at a think tank in Lima, argued that the plan would fail.",
            "argued",
        ),
        (
            "Tomas Berg, a professor of law at Uppsala University in Sweden, told the "
            "broadcaster that the ruling was flawed.",
            "told",
        ),
        (
            "Amina Yusuf, the head of a clinic in Kano, warned that stocks of vaccine were "
            "running low.",
            "warned",
        ),
    ],
)
def test_speaker_apposition_place_places_no_statement(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


def test_apposition_place_still_places_a_doing() -> None:
    text = "Amina Yusuf, a nurse from Kano, was arrested in Abuja on Friday."
    assert _place(text, "arrested") == "Abuja"


# -- what a statement says does not place the statement -----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The union warned that workers at the engine plant in Kosice could walk out next week.",
            "warned",
        ),
        (
            "The union warned that staff at the company's plant in Kosice were ready to act.",
            "warned",
        ),
        (
            "The weather agency warned of extremely heavy rain, with 20 centimetres expected "
            "in parts of Odisha.",
            "warned",
        ),
        (
            "The rebel commander demanded that the army withdraw from villages in Cauca.",
            "demanded",
        ),
        (
            "The farmers' association warned that growers in Iowa, who ship half their "
            "crop abroad, were at risk.",
            "warned",
        ),
        ("The health ministry insisted that hospitals in Lagos had enough beds.", "insisted"),
    ],
)
def test_place_of_what_is_said_places_no_statement(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


def test_statement_keeps_a_place_before_what_it_says() -> None:
    text = "The minister told a news conference in Lisbon that the strike had failed."
    assert _place(text, "told") == "Lisbon"


# -- a sentence opening with a place sets the scene of its paragraph ---------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "At Heathrow, queues snaked out of the terminal by mid-morning. Staff handed out "
            "bottled water to passengers.",
            "handed out",
            "Heathrow",
        ),
        (
            "At Faro airport, baggage handlers joined the walkout. The operator said 40 "
            "flights had been cancelled.",
            "cancelled",
            "Faro airport",
        ),
        (
            "In Gorna, a hamlet on the river, the water rose two metres overnight. Soldiers "
            "evacuated 300 people by boat.",
            "evacuated",
            "Gorna",
        ),
    ],
)
def test_opening_place_places_the_paragraph(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "In Vessa, a hamlet at the foot of the dam, residents dug through the mud by hand.",
            "dug",
            "Vessa",
        ),
        (
            "In the villages of Santa Vera and Oribo, on the northern slopes, farmers "
            "blocked the main road with tractors.",
            "blocked",
            "Santa Vera",
        ),
        (
            "In the villages of Santa Vera and Oribo, on the northern slopes, ash fell all "
            "night. Mayors banned motorcycles from the roads.",
            "banned",
            "Santa Vera",
        ),
    ],
)
def test_opening_place_places_its_own_sentence(text: str, trigger: str, place: str) -> None:
    assert place in (_place(text, trigger) or "")


def test_opening_place_does_not_place_what_is_reported() -> None:
    text = (
        "In the port city of Varna, a mother of two, Elena Popova, said she had taken "
        "unpaid leave from her job at a bakery."
    )
    assert _place(text, "taken") is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # Another paragraph is another scene.
        (
            "At Heathrow, queues snaked out of the terminal.\n\nThe airline cancelled 300 flights.",
            "cancelled",
        ),
        # Background told in the paragraph happened elsewhere, at another time.
        (
            "In Gorna, residents reacted with caution. One farmer, whose son was kidnapped "
            "in 2019, said she had heard such promises before.",
            "kidnapped",
        ),
    ],
)
def test_opening_place_stays_in_its_paragraph_and_time(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


def test_a_later_place_of_its_own_wins_over_the_scene() -> None:
    text = (
        "At Heathrow, queues snaked out of the terminal. Police arrested two men at a "
        "hotel in Slough."
    )
    assert _place(text, "arrested") == "Slough"


# -- the time of what a statement says is not the statement's ----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The union leader warned that strikes over the Christmas holidays were possible.",
            "warned",
        ),
        (
            "His lawyer argued in mitigation that he had been drinking heavily that night.",
            "argued",
        ),
        (
            "The company insisted that its accounts for 2023 had been properly audited.",
            "insisted",
        ),
        (
            "The ship's manager confirmed it had lost contact with the vessel at 6:20 am.",
            "confirmed",
        ),
        ("The airline admitted it was told of the fault on Monday.", "admitted"),
    ],
)
def test_time_after_that_is_what_is_said(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Ferries to the island were halted early in the morning, the coastguard announced.",
            "announced",
        ),
        (
            "Members backed the deal in a ballot that closed on Thursday, the union confirmed.",
            "confirmed",
        ),
    ],
)
def test_closing_statement_takes_no_time_of_what_it_frames(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("The ministry announced on Friday that the border would reopen.", "announced", "Friday"),
        ("The union warned on Monday that its members would strike.", "warned", "Monday"),
        ("The ministry confirmed it on Friday.", "confirmed", "Friday"),
        (
            "Troops shelled the town on Sunday, and the ministry condemned the attack.",
            "shelled",
            "Sunday",
        ),
    ],
)
def test_statement_keeps_its_own_time(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


# -- a record's month dates nothing -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Power failed across the city on Thursday as temperatures climbed to 41C, the "
            "highest ever recorded there in November.",
            "climbed",
        ),
        (
            "Shops closed early on Monday as the river rose to 6.2 metres, its highest level "
            "on record for March.",
            "rose",
        ),
    ],
)
def test_record_time_dates_nothing(text: str, trigger: str) -> None:
    assert _time(text, trigger) in (None, "Thursday", "Monday")
    assert _time(text, trigger) not in ("November", "March")


# -- a traveller's statements are made where the journey went -----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Governor Ana Silva flew to Tarso on Monday and announced emergency aid for "
            "farmers. Silva also promised that roads would be rebuilt.",
            "promised",
            "Tarso",
        ),
        (
            "Governor Ana Silva flew to Tarso on Monday and announced emergency aid for farmers.",
            "announced",
            "Tarso",
        ),
        (
            "The health minister travelled to Kindu on Friday and pledged new clinics.",
            "pledged",
            "Kindu",
        ),
    ],
)
def test_traveller_speaks_where_the_journey_went(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


def test_a_body_does_not_travel_with_a_storm() -> None:
    text = (
        "The storm weakened as it moved towards Goa, the weather service said. The service "
        "warned of flooding."
    )
    assert _place(text, "warned") is None


# -- a speaker's later statement is not where what it reported happened --------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Officials said a list of passengers would be posted at the terminal later in "
            "the day, but warned that many had boarded without tickets.",
            "warned",
        ),
        (
            "The ministry said it would raise the issue at a donor conference in Geneva, and "
            "urged neighbours to take back refugees.",
            "urged",
        ),
    ],
)
def test_reported_place_not_shared_with_the_speakers_statement(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


def test_a_doer_still_shares_its_place_with_a_statement() -> None:
    text = "Governor Ndoro visited the camp at Tamasi, and condemned the attacks."
    assert _place(text, "condemned") == "Tamasi"


# -- a relative clause is not dated by the clause it hangs on -------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On Monday, police arrested the man who robbed the bank.", "robbed"),
        (
            "Today the man who flooded the streets with drugs will face a jury, the "
            "prosecutor said.",
            "flooded",
        ),
        (
            "The inquiry opened on Monday after a complaint by a union, which said guards "
            "attacked strikers.",
            "attacked",
        ),
    ],
)
def test_relative_clause_not_dated_by_its_main_clause(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


def test_relative_clause_keeps_its_own_time() -> None:
    text = "Police arrested the man who robbed the bank on Friday night."
    assert _time(text, "robbed") == "Friday night"


# -- a conversion or short name in parentheses does not cut a verb off its time -------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("Exports fell 3.1% (about $2 billion) in March.", "fell", "March"),
        (
            "Lending to households rose by 4.8 trillion won ($3.3 billion) in October, the "
            "bank said.",
            "rose",
            "October",
        ),
        (
            "The tanker was seized some 40 nautical miles (74 kilometres) off the coast on "
            "Tuesday.",
            "seized",
            "Tuesday",
        ),
        (
            "The takeover was approved by the Scottish Football Association (SFA) last week.",
            "approved",
            "last week",
        ),
    ],
)
def test_parenthesis_keeps_the_time(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


def test_parenthesis_with_words_still_ends_a_clause() -> None:
    text = (
        "Prices rose sharply (traders blamed the drought), and on Friday the ministry intervened."
    )
    assert _time(text, "rose") is None


# -- a year that qualifies a noun, and a part of the day gone through ----------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "The parliament approved the government's 2027 budget on Thursday.",
            "approved",
            "Thursday",
        ),
        ("The board approved its 2026 accounts on Friday.", "approved", "Friday"),
        ("Shareholders rejected the company's 2025 pay report on Tuesday.", "rejected", "Tuesday"),
    ],
)
def test_year_before_a_noun_is_the_things(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Relatives who gathered outside the gates through the morning demanded answers.",
            "demanded",
            "the morning",
        ),
        ("Rescuers dug through the night in freezing rain.", "dug", "the night"),
    ],
)
def test_part_of_day_gone_through_dates_it(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


@pytest.mark.parametrize(
    "text",
    [
        "The airport stayed closed through Friday.",
        "Residents sheltered in the school until the evening.",
        "The curfew was extended through 6 a.m.",
    ],
)
def test_until_or_through_a_day_still_ends_it(text: str) -> None:
    events = _events(text)
    assert events
    assert all(e.time is None for e in events)


# -- "as they urged": the speakers go on at the time of their saying -----------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "Dozens of children have caught measles, officials said on Thursday, as they urged "
            "parents to check vaccination records.",
            "urged",
            "Thursday",
        ),
        (
            "The river burst its banks, the agency said on Monday, as it warned residents to "
            "move to higher ground.",
            "warned",
            "Monday",
        ),
    ],
)
def test_as_they_statement_shares_the_saying_time(text: str, trigger: str, time: str) -> None:
    assert _time(text, trigger) == time


def test_what_was_said_stays_undated() -> None:
    text = "The river burst its banks, the agency said on Monday, as it warned residents."
    assert _time(text, "burst") is None


# -- a speaker's place with its head noun ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A spokeswoman for the prosecutor's office in Dolena county said officers had "
            "seized documents from the clinic.",
            "seized",
        ),
        (
            "A spokesman for the sheriff's office in Marlow county said deputies had "
            "arrested two men.",
            "arrested",
        ),
    ],
)
def test_speaker_place_with_head_noun_places_nothing_said(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


def test_police_in_a_county_still_act_there() -> None:
    text = "Police in Marlow county arrested two men on Sunday."
    assert "Marlow" in (_place(text, "arrested") or "")


# -- "at Spanish airports": a place described without a name -------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Passengers in Dublin and Madrid were turned away, and the operator said 37 "
            "flights had been cancelled at Spanish airports by midday.",
            "cancelled",
        ),
        (
            "Fans in Paris cheered the result, while riots broke out at German stadiums.",
            "broke out",
        ),
    ],
)
def test_nationality_place_keeps_earlier_places_away(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


# -- a time still to come after a statement is what it asks for ----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The union is demanding a pay rise of 12% next year.", "demanding"),
        ("Farmers demanded subsidies for the harvest next month.", "demanded"),
        ("The opposition has promised a referendum next year.", "promised"),
    ],
)
def test_future_time_after_statement_is_its_content(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


def test_statement_keeps_its_past_time_before_a_future_one() -> None:
    text = "The union demanded on Monday a pay rise of 12% next year."
    assert _time(text, "demanded") == "Monday"


# -- background and current happenings do not share a carried place -------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Workers at the car plant in Trnovo walked out on Wednesday, halting production "
            "for the first time since the factory opened in 2009.",
            "opened",
        ),
        (
            "Miners in Kalvo went on strike on Monday, their first stoppage since the pit "
            "was flooded in 2015.",
            "flooded",
        ),
    ],
)
def test_background_takes_no_current_place(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


def test_background_shares_a_background_place() -> None:
    text = "In 2019, rebels attacked Bulenga in North Kivu. The gunmen burned the clinic."
    assert _place(text, "burned") in ("Bulenga", "North Kivu")


# -- what follows a "that" dates no verb before it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The minister told parliament that the deal, signed in Paris last week, would hold.",
            "told",
        ),
        (
            "The envoy told the council that the truce, agreed in Doha earlier this month, "
            "was fragile.",
            "told",
        ),
    ],
)
def test_content_after_that_does_not_date_the_telling(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None


def test_a_verb_sharing_the_subject_still_dates_the_one_before() -> None:
    text = "Rescuers drilled a shaft and freed six miners on Sunday."
    assert _time(text, "drilled") == "Sunday"


# -- "from $311m a year earlier": the time a change is measured from ------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Net profit fell to $118m, from $311m a year earlier, as costs rose.", "rose"),
        ("Revenue climbed to £2.4bn from £1.9bn a year ago.", "climbed"),
    ],
)
def test_baseline_with_a_suffixed_amount_dates_nothing(text: str, trigger: str) -> None:
    assert _time(text, trigger) is None
