"""Units as NewsQuant names them, on a grid of news sentences written for these tests (#5).

Each family (money by sign, code and name in many currencies; rates; energy, speed,
temperature, distance, area, volume, mass, data; sports and other counts; ratios) is
crossed with amounts and sentence frames, run through the times and quantities stages as
the NewsQuant benchmark runs them, and scored with the benchmark's own unit comparison,
so that the expectations are NewsQuant's unit names ("pound sterling", "japanese yen",
"mile per hour", "metric ton"), not ours.
"""

from __future__ import annotations

import itertools
from types import ModuleType
from typing import Any

import pytest

from _benchmarks import load_benchmark
from _quanttools import extract


def _bench() -> ModuleType:
    return load_benchmark("newsquant")


def _check(text: str, value: float | tuple[float, float], unit: str, change: str = "=") -> None:
    """A quantity of ``text`` has ``value``, NewsQuant's ``unit`` and ``change``."""
    bench = _bench()
    found = bench.our_quantities(text, bench._times_plugin())
    items: list[Any] = bench.our_items(found)
    gold = bench.Item(value, bench.norm_unit(unit), change)
    matches = [p for p in items if bench.values_match(gold, p)]
    assert matches, (text, [(q.text, q.value, q.unit) for q in found])
    units = [p for p in matches if bench.units_match(gold.unit, p.unit)]
    assert units, (text, items)
    assert any(p.change == change for p in units), (text, items)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# --- money: signs and codes before the number ------------------------------------------

_SIGNS = [
    ("$", "dollar"),
    ("US$", "dollar"),
    ("C$", "canadian dollar"),
    ("A$", "australian dollar"),
    ("HK$", "hong kong dollar"),
    ("NZ$", "new zealand dollar"),
    ("S$", "singapore dollar"),
    ("NT$", "new taiwan dollar"),
    ("R$", "brazilian real"),
    ("€", "euro"),
    ("£", "pound sterling"),
    ("¥", "japanese yen"),
    ("₹", "indian rupee"),
    ("Rs ", "indian rupee"),
    ("Rs.", "indian rupee"),
    ("₺", "turkish lira"),
    ("₩", "south korean won"),
    ("₱", "philippine peso"),
    ("CHF ", "swiss franc"),
    ("EUR ", "euro"),
    ("JPY ", "japanese yen"),
    ("CNY ", "chinese yuan"),
    ("RM", "malaysian ringgit"),
    ("zł", "polish zloty"),
]
_AMOUNTS = [
    ("450", 450.0),
    ("1,200", 1200.0),
    ("12.5", 12.5),
    ("4.5 million", 4.5e6),
    ("4.5m", 4.5e6),
    ("2bn", 2e9),
    ("1.1 trillion", 1.1e12),
    ("750k", 750e3),
]
_MONEY_FRAMES = [
    "The company paid {x} for the site, a filing showed.",
    "The government approved a package worth {x} on Tuesday.",
]


@pytest.mark.parametrize(
    ("sign", "amount", "frame"), list(itertools.product(_SIGNS, _AMOUNTS, _MONEY_FRAMES))
)
def test_money_signs(sign: tuple[str, str], amount: tuple[str, float], frame: str) -> None:
    _check(frame.format(x=sign[0] + amount[0]), amount[1], sign[1])


# --- money: names after the number -------------------------------------------------------

_NAMES = [
    ("dollars", "dollar"),
    ("US dollars", "dollar"),
    ("Australian dollars", "australian dollar"),
    ("Hong Kong dollars", "hong kong dollar"),
    ("euros", "euro"),
    ("pounds", "pound sterling"),
    ("rupees", "indian rupee"),
    ("yuan", "chinese yuan"),
    ("renminbi", "chinese yuan"),
    ("yen", "japanese yen"),
    ("pence", "penny"),
    ("cents", "cent"),
    ("Swiss francs", "swiss franc"),
    ("roubles", "russian ruble"),
    ("lira", "turkish lira"),
    ("rand", "south african rand"),
    ("baht", "thai baht"),
    ("ringgit", "malaysian ringgit"),
    ("rupiah", "indonesian rupiah"),
    ("shekels", "shekel"),
    ("zlotys", "polish zloty"),
    ("kronor", "swedish krona"),
    ("Danish crowns", "danish krone"),
    ("forints", "hungarian forint"),
    ("hryvnias", "ukrainian hryvnia"),
]
_NAMED_AMOUNTS = [("450", 450.0), ("12,000", 12000.0), ("4.5 million", 4.5e6), ("2bn", 2e9)]
_NAMED_FRAMES = [*_MONEY_FRAMES, "Revenue rose to {x} in the quarter."]


@pytest.mark.parametrize(
    ("name", "amount", "frame"),
    list(itertools.product(_NAMES, _NAMED_AMOUNTS, _NAMED_FRAMES)),
)
def test_money_names(name: tuple[str, str], amount: tuple[str, float], frame: str) -> None:
    _check(frame.format(x=f"{amount[0]} {name[0]}"), amount[1], name[1])


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # "kr" after the number is a crown, not a unit of radiation
        ("The ticket cost 450 kr, the operator said.", 450.0, "swedish krona"),
        ("Fares rose to 1,200 kr in Stockholm.", 1200.0, "swedish krona"),
        ("The Danish museum charges 150 kr for entry.", 150.0, "danish krone"),
        ("Oslo will spend 2bn kr on roads.", 2e9, "norwegian krone"),
        # a generic "$" that a code after the number names
        ("The base model costs $999 AUD.", 999.0, "australian dollar"),
        ("Tickets start at $45 CAD.", 45.0, "canadian dollar"),
        ("It costs $1,049 NZD in Auckland.", 1049.0, "new zealand dollar"),
        ("It costs $5 USD.", 5.0, "dollar"),
        # "pounds" of money where the sentence is about earnings
        ("Revenue rose to 450 pounds.", 450.0, "pound sterling"),
        ("Annual turnover was 12,000 pounds.", 12000.0, "pound sterling"),
        ("The firm's profit was 80,000 pounds.", 80000.0, "pound sterling"),
    ],
)
def test_money_readings(text: str, value: float, unit: str) -> None:
    _check(text, value, unit)


# A currency name several countries share takes the country of its sentence or article.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Profit rose to 1.46 billion kroner, the Oslo-based firm said.", "norwegian krone"),
        ("Norway's fund paid 78 kroner a share.", "norwegian krone per share"),
        ("The Danish firm paid 300 million kroner.", "danish krone"),
        ("Chile's peso traded at 958.40 pesos per dollar.", "chilean peso per dollar"),
        ("Argentina printed 500 billion pesos.", "argentine peso"),
        ("The fine was 10 million rupees, Pakistani officials said.", "pakistani rupee"),
        ("Sri Lanka raised 40 billion rupees in bonds.", "sri lankan rupee"),
        ("The Kenyan government spent 3 billion shillings.", "kenyan shilling"),
        ("Iraq paid 5 trillion dinars in salaries.", "iraqi dinar"),
        ("Egypt raised the price to 12 pounds, the ministry said.", "egyptian pound"),
        ("Morocco set aside 2 billion dirhams for the rebuilding.", "moroccan dirham"),
        ("Dubai's budget rose to 70 billion dirhams.", "united arab emirates dirham"),
        # nothing names a country: the usual reading stands
        ("The fine was 10 million rupees.", "indian rupee"),
        ("It paid 40 million pesos, the filing showed.", "mexican peso"),
    ],
)
def test_shared_currency_names_take_the_country(text: str, unit: str) -> None:
    (q,) = [q for q in extract(text) if q.unit is not None]
    assert _bench().norm_unit(q.unit) == _bench().norm_unit(unit), (text, q)


def test_shared_currency_name_takes_the_country_of_the_article() -> None:
    text = (
        "KATHMANDU, Nepal (AP) - Rescuers searched the rubble on Monday.\n\n"
        "The government set aside 10 million rupees for the families."
    )
    (q,) = extract(text)
    assert q.unit == "Nepalese rupee"


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI (Reuters) - India and Pakistan held talks.\n\nThe state set aside 10 million "
        "rupees for the families.",
        "MEXICO CITY (AP) - Mexico and Chile signed a deal.\n\nThe fund holds 40 million pesos.",
    ],
)
def test_article_naming_two_countries_keeps_the_usual_currency(text: str) -> None:
    (q,) = extract(text)
    assert q.unit in ("Indian rupee", "Mexican peso")


def test_country_words_never_change_a_unit_of_measure() -> None:
    (q,) = extract("The salmon weighed 40 pounds in Cairo, Egypt.")
    assert q.unit == "pound"


# --- rates ------------------------------------------------------------------------------

_RATES = [
    ("$85 a barrel", 85.0, "dollar per barrel"),
    ("$1.20 per share", 1.2, "dollar per share"),
    ("15 cents a share", 15.0, "cent per share"),
    ("$15 an hour", 15.0, "dollar per hour"),
    ("£9.50 per hour", 9.5, "pound sterling per hour"),
    ("$50,000 a year", 50000.0, "dollar per year"),
    ("$3,000 a month", 3000.0, "dollar per month"),
    ("£250,000 a week", 250000.0, "pound sterling per week"),
    ("Rs 500 per day", 500.0, "indian rupee per day"),
    ("$1,900 an ounce", 1900.0, "dollar per ounce"),
    ("€1.50 a litre", 1.5, "euro per litre"),
    ("$400 per square foot", 400.0, "dollar per square foot"),
    ("$8,000 per capita", 8000.0, "dollar per capita"),
    ("500,000 barrels a day", 500000.0, "barrel per day"),
    ("1.2 million bpd", 1.2e6, "barrel per day"),
    ("40 mpg", 40.0, "mile per gallon"),
    ("3,000 rpm", 3000.0, "revolutions per minute"),
    ("10 tests per day", 10.0, "test per day"),
    ("2 million visitors a year", 2e6, "visitor per year"),
]
_RATE_FRAMES = [
    "Prices settled at {x} on Friday.",
    "The deal values it at {x}, the statement said.",
    "It was set at {x} on average.",
]


@pytest.mark.parametrize(("rate", "frame"), list(itertools.product(_RATES, _RATE_FRAMES)))
def test_rates(rate: tuple[str, float, str], frame: str) -> None:
    _check(frame.format(x=rate[0]), rate[1], rate[2])


# "a year on" alone is a comparison, as "a year earlier" is: no rate.
@pytest.mark.parametrize(
    "text",
    [
        "Sales were $5 million a year on.",
        "Sales were $5 million a year on, the company said.",
        "Sales were $5 million a year on from the crash.",
    ],
)
def test_a_year_on_is_no_rate(text: str) -> None:
    (q,) = extract(text)
    assert q.unit == "dollar"


# --- units of measure -------------------------------------------------------------------

_UNITS = [
    ("{n} MW", "megawatt"),
    ("{n} gigawatts", "gigawatt"),
    ("{n} kWh", "kilowatt hour"),
    ("{n} TWh", "terawatt hour"),
    ("{n} horsepower", "horsepower"),
    ("{n}bhp", "brake horsepower"),
    ("{n} km/h", "kilometre per hour"),
    ("{n} mph", "mile per hour"),
    ("{n} knots", "knot"),
    ("{n} miles an hour", "mile per hour"),
    ("{n}°C", "celsius"),
    ("{n}° C", "celsius"),
    ("{n} ° C", "celsius"),
    ("{n}° F", "fahrenheit"),
    ("{n} degrees Fahrenheit", "fahrenheit"),
    ("{n} km", "kilometre"),
    ("{n} nautical miles", "nautical mile"),
    ("{n} hectares", "hectare"),
    ("{n} acres", "acre"),
    ("{n} sq km", "square kilometre"),
    ("{n} square miles", "square mile"),
    ("{n} litres", "litre"),
    ("{n} gallons", "gallon"),
    ("{n} cubic metres", "cubic metre"),
    ("{n} tonnes", "metric ton"),
    ("{n} kg", "kilogram"),
    ("{n} lbs", "pound mass"),
    ("{n} ounces", "ounce"),
    ("{n} GB", "gigabyte"),
    ("{n} terabytes", "terabyte"),
    ("{n} Mbps", "megabit per second"),
    ("{n} mAh", "milliampere hour"),
    ("{n} decibels", "decibel"),
]
_NUMBERS = [("5", 5.0), ("2.5", 2.5), ("1,200", 1200.0)]
_UNIT_FRAMES = [
    "Officials said it reached {x} on Friday.",
    "Readings of {x} were recorded in the area.",
]


@pytest.mark.parametrize(
    ("unit", "number", "frame"), list(itertools.product(_UNITS, _NUMBERS, _UNIT_FRAMES))
)
def test_units(unit: tuple[str, str], number: tuple[str, float], frame: str) -> None:
    _check(frame.format(x=unit[0].format(n=number[0])), number[1], unit[1])


# A one-letter symbol before an acronym that modifies the noun after it.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The tablet comes with a 5 W USB-C charger.", 5.0, "watt"),
        ("Swap it for a 9 W LED bulb.", 9.0, "watt"),
        ("The room has a 20 W LED panel.", 20.0, "watt"),
    ],
)
def test_symbol_before_an_acronym_modifier(text: str, value: float, unit: str) -> None:
    _check(text, value, unit)


def test_letter_between_capitalised_words_is_no_unit() -> None:
    assert extract("In Game 2 A J Smith scored.") == []


# --- counts -----------------------------------------------------------------------------

_COUNTS = [
    ("points", "point"),
    ("goals", "goal"),
    ("runs", "run"),
    ("wickets", "wicket"),
    ("rebounds", "rebound"),
    ("votes", "vote"),
    ("seats", "seat"),
    ("residents", "resident"),
    ("troops", "troop"),
    ("vehicles", "vehicle"),
]
_COUNT_PHRASES = [
    "{n} {w}",
    "{n} more {w}",
    "{n} such {w}",
    "{n} fewer {w}",
    "{n} new {w}",
]
_COUNT_FRAMES = ["Officials said {x} were counted on Sunday.", "They have {x} so far."]


@pytest.mark.parametrize(
    ("count", "phrase", "frame"),
    list(itertools.product(_COUNTS, _COUNT_PHRASES, _COUNT_FRAMES)),
)
def test_counts(count: tuple[str, str], phrase: str, frame: str) -> None:
    text = frame.format(x=phrase.format(n="1,500", w=count[0]))
    _check(text, 1500.0, count[1])


# --- qualifiers after the counted noun --------------------------------------------------

_POSTFIX = [
    ("{n} people or more", ">"),
    ("{n} households or fewer", "<"),
    ("{n} players at most", "<"),
    ("{n} homes at least", ">"),
    ("{n} protesters or so", "~"),
]
_POSTFIX_FRAMES = [
    "Officials said {x} were affected.",
    "{x} took part, organisers said.",
    "The plan covers {x} in total.",
]


@pytest.mark.parametrize(("phrase", "frame"), list(itertools.product(_POSTFIX, _POSTFIX_FRAMES)))
def test_qualifier_after_the_counted_noun(phrase: tuple[str, str], frame: str) -> None:
    text = _cap(frame.format(x=phrase[0].format(n="30")))
    noun = phrase[0].split()[1]
    _check(text, 30.0, noun, phrase[1])
    (q,) = extract(text)
    assert q.text == "30"  # the span keeps to the number


def test_qualifier_after_the_noun_needs_the_noun_next_to_it() -> None:
    (q,) = extract("Some 30 people in the town or more were affected.")
    assert q.qualifier is not None and q.qualifier.value == "approximately"
    (q,) = extract("They saw 30 people, or more, outside.")
    assert q.qualifier is None


# "pounds of" a bare noun weighs a thing, even after "million" or beside money words.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The rocket generates 7.5 million pounds of thrust.", "pound"),
        ("Farmers sold 10 million pounds of beef last year.", "pound"),
        ("Police seized 200 pounds of cannabis worth $1m.", "pound"),
        ("The ship unloaded 3 million pounds of grain.", "pound"),
        ("The council spent 3 million pounds of taxpayers' money.", "pound sterling"),
        ("It wasted 2 million pounds of public money.", "pound sterling"),
        ("They raised 2 million pounds of new funding.", "pound sterling"),
        ("He was fined 5,000 pounds for the offence.", "pound sterling"),
    ],
)
def test_pounds_of_a_thing_are_a_mass(text: str, unit: str) -> None:
    (q,) = [q for q in extract(text) if "pound" in (q.text or "")]
    assert q.unit == unit


# Lower-cased copy (NewsQuant holds whole sentences in lower case): a sign with "$" is
# still a currency; a lone "a" before "$" stays an article.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the firm paid hk$450 million for the stake.", 450e6, "hong kong dollar"),
        ("the deal is worth c$2.5 billion.", 2.5e9, "canadian dollar"),
        ("exports rose to us$3 billion.", 3e9, "dollar"),
        ("the fund raised nz$40m last year.", 40e6, "new zealand dollar"),
        ("it is a $5 fee.", 5.0, "dollar"),
    ],
)
def test_lower_case_currency_signs(text: str, value: float, unit: str) -> None:
    _check(text, value, unit)


# "Y" glued to a scaled amount is the yen (as "R5bn" is the rand); a bare "Y2K" is not.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Net profit rose to Y590 billion.", 590e9),
        ("Sony now expects Y1.2trn in sales.", 1.2e12),
        ("The group lost Y900bn last year.", 900e9),
    ],
)
def test_yen_glued_to_a_scaled_amount(text: str, value: float) -> None:
    _check(text, value, "japanese yen")


@pytest.mark.parametrize("text", ["The Y2K bug never struck.", "He was seated in row Y5."])
def test_letter_y_before_a_plain_number_is_no_yen(text: str) -> None:
    assert extract(text) == []


# An exchange rate after "the won": a currency name that is also a verb, made a name by
# its article.
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The won fell to 1,300 per dollar.", 1300.0, "South Korean won per dollar"),
        ("The won weakened to 1,320 against the dollar.", 1320.0, "South Korean won per dollar"),
        ("The yen hit 150 per dollar.", 150.0, "yen per dollar"),
    ],
)
def test_exchange_rate_after_the_currency(text: str, value: float, unit: str) -> None:
    (q,) = extract(text)
    assert (q.value, q.unit) == (value, unit)


def test_won_as_a_verb_names_no_currency() -> None:
    assert all(q.unit is None for q in extract("South Korea won 3 to 1 against the hosts."))
