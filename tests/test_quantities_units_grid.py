"""Units and qualifiers on a grid of wire-style sentences written for these tests (issue #5).

Each family of units (currencies by sign, code and name; percentages and points; lengths,
areas, volumes, masses, speeds, temperatures, energy, power, data; rates with "a"/"per";
multiples) is crossed with number formats, qualifier words and sentence frames, so a rule
that holds for one wording but not its neighbours shows up as a failure."""

from __future__ import annotations

import itertools

import pytest

from _quanttools import extract
from newsfacts.models import Quantity


def _qual(q: Quantity) -> str | None:
    return q.qualifier.value if q.qualifier is not None else None


def _the(text: str, value: float) -> Quantity:
    """The one quantity of ``text`` whose value (or lower bound) is ``value``."""
    found = [q for q in extract(text) if q.value == pytest.approx(value)]
    assert len(found) == 1, (text, extract(text))
    return found[0]


def _sentence(frame: str, phrase: str) -> str:
    text = frame.format(x=phrase)
    return text[0].upper() + text[1:]


# --- qualifiers x measures x frames ---------------------------------------------------

_QUALIFIERS = [
    ("", None),
    ("more than", "more_than"),
    ("over", "more_than"),
    ("well over", "more_than"),
    ("just over", "more_than"),
    ("in excess of", "more_than"),
    ("upwards of", "more_than"),
    ("nearly", "approximately"),
    ("almost", "approximately"),
    ("around", "approximately"),
    ("roughly", "approximately"),
    ("about", "approximately"),
    ("some", "approximately"),
    ("an estimated", "approximately"),
    ("close to", "approximately"),
    ("up to", "up_to"),
    ("as much as", "up_to"),
    ("at least", "at_least"),
    ("no more than", "at_most"),
    ("less than", "less_than"),
    ("just under", "less_than"),
    ("under", "less_than"),
    ("a record", None),
]
_MEASURES = [
    ("$4.5 million", 4.5e6, "dollar"),
    ("€300m", 3e8, "euro"),
    ("£1.2bn", 1.2e9, "pound sterling"),
    ("12%", 12.0, "percent"),
    ("7.5 per cent", 7.5, "percent"),
    ("40 kilometres", 40.0, "kilometre"),
    ("2,500 tonnes", 2500.0, "tonne"),
    ("150 km/h", 150.0, "kilometre per hour"),
    ("600 megawatts", 600.0, "megawatt"),
    ("3,000 acres", 3000.0, "acre"),
    ("80 miles", 80.0, "mile"),
    ("1.8 billion euros", 1.8e9, "euro"),
]
_MEASURE_FRAMES = [
    "officials said the total had reached {x} by Friday.",
    "{x} was recorded last year, the ministry said.",
    "the figure, which stood at {x}, was confirmed on Monday.",
    "analysts had expected {x} in the first quarter.",
]


@pytest.mark.parametrize(
    ("qualifier", "measure", "frame"),
    list(itertools.product(_QUALIFIERS, _MEASURES, _MEASURE_FRAMES)),
)
def test_qualified_measures(
    qualifier: tuple[str, str | None], measure: tuple[str, float, str], frame: str
) -> None:
    words, expected = qualifier
    phrase, value, unit = measure
    text = _sentence(frame, " ".join(p for p in (words, phrase) if p))
    q = _the(text, value)
    assert q.unit == unit
    assert _qual(q) == expected
    assert q.text.lower().endswith(phrase.lower())


# --- currencies: signs and codes before, names after ----------------------------------

_SIGNS = [
    ("$", "dollar"),
    ("US$", "US dollar"),
    ("C$", "Canadian dollar"),
    ("A$", "Australian dollar"),
    ("HK$", "Hong Kong dollar"),
    ("NZ$", "New Zealand dollar"),
    ("S$", "Singapore dollar"),
    ("R$", "Brazilian real"),
    ("€", "euro"),
    ("£", "pound sterling"),
    ("₹", "Indian rupee"),
    ("Rs ", "Indian rupee"),
    ("Rs. ", "Indian rupee"),
    ("EUR ", "euro"),
    ("CHF ", "Swiss franc"),
    ("GBP ", "pound sterling"),
    ("SEK ", "Swedish krona"),
]
_AMOUNTS = [
    ("450", 450.0),
    ("1,200", 1200.0),
    ("4.5 million", 4.5e6),
    ("4.5m", 4.5e6),
    ("2bn", 2e9),
    ("3.2 billion", 3.2e9),
    ("1.1 trillion", 1.1e12),
]
_MONEY_FRAMES = [
    "the company paid {x} for the site, a filing showed.",
    "{x} was set aside for the scheme.",
    "the government approved a package worth {x} on Tuesday.",
]


@pytest.mark.parametrize(
    ("sign", "amount", "frame"), list(itertools.product(_SIGNS, _AMOUNTS, _MONEY_FRAMES))
)
def test_currency_signs_and_codes(
    sign: tuple[str, str], amount: tuple[str, float], frame: str
) -> None:
    text = _sentence(frame, sign[0] + amount[0])
    q = _the(text, amount[1])
    assert q.unit == sign[1]
    assert q.text == sign[0] + amount[0]


_NAMES = [
    ("dollars", "dollar"),
    ("US dollars", "US dollar"),
    ("Australian dollars", "Australian dollar"),
    ("euros", "euro"),
    ("yen", "yen"),
    ("yuan", "yuan"),
    ("rupees", "Indian rupee"),
    ("Swiss francs", "Swiss franc"),
    ("roubles", "Russian ruble"),
    ("rubles", "Russian ruble"),
    ("pesos", "Mexican peso"),
    ("zlotys", "Polish zloty"),
    ("riyals", "riyal"),
]
_NAMED_AMOUNTS = [("450", 450.0), ("12,000", 12000.0), ("4.5 million", 4.5e6), ("2bn", 2e9)]


@pytest.mark.parametrize(
    ("name", "amount", "frame"), list(itertools.product(_NAMES, _NAMED_AMOUNTS, _MONEY_FRAMES))
)
def test_currency_names(name: tuple[str, str], amount: tuple[str, float], frame: str) -> None:
    text = _sentence(frame, f"{amount[0]} {name[0]}")
    q = _the(text, amount[1])
    assert q.unit == name[1]


# "pounds" is money where the sentence is about paying, a mass where it is about weighing.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("He was fined 5,000 pounds for the offence.", "pound sterling"),
        ("Tickets cost 20 pounds each.", "pound sterling"),
        ("She was ordered to pay 3,000 pounds in damages.", "pound sterling"),
        ("The club paid 40,000 pounds a week in wages.", "pound sterling per week"),
        ("The charity raised 12,000 pounds for the hospital.", "pound sterling"),
        ("Fans spent 150 pounds on a ticket.", "pound sterling"),
        ("The house sold for 350,000 pounds.", "pound sterling"),
        ("The salmon weighed 40 pounds.", "pound"),
        ("He lost 30 pounds in weight after the illness.", "pound"),
        ("Police seized 200 pounds of cannabis.", "pound"),
        ("The baby was born weighing 8 pounds.", "pound"),
    ],
)
def test_pounds_money_or_mass(text: str, unit: str) -> None:
    (q,) = extract(text)
    assert q.unit == unit


# --- units of measure: names and symbols, number formats, frames ------------------------

_UNITS = [
    ("{n} kilometres", "kilometre"),
    ("{n} km", "kilometre"),
    ("{n} miles", "mile"),
    ("{n} metres", "metre"),
    ("{n} feet", "foot"),
    ("{n} ft", "foot"),
    ("{n} inches", "inch"),
    ("{n} centimetres", "centimetre"),
    ("{n} mm", "millimetre"),
    ("{n} square kilometres", "square kilometre"),
    ("{n} sq km", "square kilometre"),
    ("{n} square miles", "square mile"),
    ("{n} hectares", "hectare"),
    ("{n} acres", "acre"),
    ("{n} litres", "litre"),
    ("{n} gallons", "gallon"),
    ("{n} cubic metres", "cubic metre"),
    ("{n} barrels", "barrel"),
    ("{n} tonnes", "tonne"),
    ("{n} kilograms", "kilogram"),
    ("{n} kg", "kilogram"),
    ("{n} grams", "gram"),
    ("{n} lbs", "pound"),
    ("{n} ounces", "ounce"),
    ("{n} km/h", "kilometre per hour"),
    ("{n} kph", "kilometre per hour"),
    ("{n} mph", "mile per hour"),
    ("{n} miles per hour", "mile per hour"),
    ("{n} knots", "knot"),
    ("{n} degrees Celsius", "degree Celsius"),
    ("{n}C", "degree Celsius"),
    ("{n}°C", "degree Celsius"),
    ("{n} degrees Fahrenheit", "degree Fahrenheit"),
    ("{n}F", "degree Fahrenheit"),
    ("{n} MW", "megawatt"),
    ("{n} megawatts", "megawatt"),
    ("{n} GW", "gigawatt"),
    ("{n} gigawatts", "gigawatt"),
    ("{n} kWh", "kilowatt hour"),
    ("{n} MWh", "megawatt hour"),
    ("{n} terawatt hours", "terawatt hour"),
    ("{n} GB", "gigabyte"),
    ("{n} terabytes", "terabyte"),
    ("{n} Mbps", "megabit per second"),
    ("{n} horsepower", "horsepower"),
    ("{n} decibels", "decibel"),
    ("{n} calories", "calorie"),
]
_UNIT_NUMBERS = [("5", 5.0), ("2.5", 2.5), ("1,200", 1200.0), ("340", 340.0)]
_UNIT_FRAMES = [
    "officials said it measured {x}, according to the report.",
    "the figure stood at {x} on Tuesday.",
    "a reading of {x} was taken at the site.",
]


@pytest.mark.parametrize(
    ("unit", "number", "frame"), list(itertools.product(_UNITS, _UNIT_NUMBERS, _UNIT_FRAMES))
)
def test_units_of_measure(unit: tuple[str, str], number: tuple[str, float], frame: str) -> None:
    phrase = unit[0].format(n=number[0])
    q = _the(_sentence(frame, phrase), number[1])
    assert q.unit == unit[1]
    assert q.text == phrase
    assert q.qualifier is None


_SPELLED = [("three", 3.0), ("twelve", 12.0), ("a hundred", 100.0), ("two million", 2e6)]
# Unit names (not symbols) after a written number: "three kilometres", "twelve knots".
_NAMED_UNITS = [u for u in _UNITS if u[0].startswith("{n} ") and len(u[0].split()[1]) > 4]


@pytest.mark.parametrize(("unit", "number"), list(itertools.product(_NAMED_UNITS, _SPELLED)))
def test_spelled_numbers_before_unit_names(
    unit: tuple[str, str], number: tuple[str, float]
) -> None:
    phrase = unit[0].format(n=number[0])
    q = _the(f"Officials said it measured {phrase}, according to the report.", number[1])
    assert q.unit == unit[1]


# --- rates: "a"/"per" compounds --------------------------------------------------------

_RATES = [
    ("$85 a barrel", 85.0, "dollar per barrel"),
    ("$90.50 per barrel", 90.5, "dollar per barrel"),
    ("$3.50 a gallon", 3.5, "dollar per gallon"),
    ("€20 per tonne", 20.0, "euro per tonne"),
    ("£9 an hour", 9.0, "pound sterling per hour"),
    ("$1,900 an ounce", 1900.0, "dollar per ounce"),
    ("$1,900/oz", 1900.0, "dollar per ounce"),
    ("$8,000 per capita", 8000.0, "dollar per capita"),
    ("15 tonnes per capita", 15.0, "tonne per capita"),
    ("$3,000 a month", 3000.0, "dollar per month"),
    ("500,000 barrels per day", 500000.0, "barrel per day"),
    ("10.5 million bpd", 10.5e6, "barrel per day"),
    ("27.5 points per game", 27.5, "point per game"),
    ("120 km/h", 120.0, "kilometre per hour"),
    ("30 m/s", 30.0, "metre per second"),
]
_RATE_FRAMES = [
    "it was {x} last week, traders said.",
    "the figure rose to {x}, data showed.",
    "analysts see {x} by the end of the year.",
]


@pytest.mark.parametrize(("rate", "frame"), list(itertools.product(_RATES, _RATE_FRAMES)))
def test_rates(rate: tuple[str, float, str], frame: str) -> None:
    q = _the(_sentence(frame, rate[0]), rate[1])
    assert q.unit == rate[2]
    assert q.text == rate[0]


# --- percentages, points, multiples ---------------------------------------------------

_SHARES = [
    ("{n}%", "percent"),
    ("{n} percent", "percent"),
    ("{n} per cent", "percent"),
    ("{n} pc", "percent"),
    ("{n} percentage points", "percentage point"),
    ("{n} basis points", "basis point"),
    ("{n} bps", "basis point"),
    ("{n} points", "point"),
]
_SHARE_FRAMES = [
    "the index fell {x} on Wednesday.",
    "rates rose by {x} in March, the central bank said.",
    "support slipped {x} to its lowest level this year.",
]


@pytest.mark.parametrize(
    ("share", "number", "frame"),
    list(itertools.product(_SHARES, [("25", 25.0), ("0.3", 0.3), ("1.75", 1.75)], _SHARE_FRAMES)),
)
def test_percentages_and_points(
    share: tuple[str, str], number: tuple[str, float], frame: str
) -> None:
    phrase = share[0].format(n=number[0])
    q = _the(_sentence(frame, phrase), number[1])
    assert q.unit == share[1]
    assert q.text == phrase


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("a quarter of a percentage point", 0.25, "percentage point"),
        ("half a percentage point", 0.5, "percentage point"),
        ("three-quarters of a percentage point", 0.75, "percentage point"),
        ("half a point", 0.5, "point"),
        ("a quarter of a point", 0.25, "point"),
        ("half a per cent", 0.5, "percent"),
    ],
)
@pytest.mark.parametrize(
    "frame",
    ["the bank raised rates by {x} on Thursday.", "yields fell {x} in early trade."],
)
def test_fractions_of_a_point(phrase: str, value: float, unit: str, frame: str) -> None:
    q = _the(_sentence(frame, phrase), value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("three times", 3.0),
        ("2x", 2.0),
        ("tenfold", 10.0),
        ("fivefold", 5.0),
        ("tripled", None),
    ],
)
@pytest.mark.parametrize(
    "frame",
    ["sales rose {x} in a decade.", "prices are {x} higher than in 2019."],
)
def test_multiples(phrase: str, value: float | None, frame: str) -> None:
    text = _sentence(frame, phrase)
    if value is None:
        assert not [q for q in extract(text) if q.text == phrase]
        return
    q = _the(text, value)
    assert q.unit == "times"
    assert q.text == phrase


# --- ranges ---------------------------------------------------------------------------

_RANGES = [
    ("between {a} and {b}", ""),
    ("from {a} to {b}", ""),
    ("{a} to {b}", ""),
    ("{a}-{b}", ""),
]
_RANGE_UNITS = [
    ("$3 billion", "$5 billion", 3e9, 5e9, "dollar"),
    ("200", "300 km", 200.0, 300.0, "kilometre"),
    ("5%", "8%", 5.0, 8.0, "percent"),
    ("30", "35 degrees Celsius", 30.0, 35.0, "degree Celsius"),
    ("1.2 million", "1.5 million tonnes", 1.2e6, 1.5e6, "tonne"),
    ("€40", "€60 a barrel", 40.0, 60.0, "euro per barrel"),
]


# A dash joins single tokens only: "$3 billion-$5 billion" is not written.
_RANGE_CASES = [
    (shape, parts)
    for shape, parts in itertools.product(_RANGES, _RANGE_UNITS)
    if not (shape[0] == "{a}-{b}" and " " in parts[0])
]


@pytest.mark.parametrize(("shape", "parts"), _RANGE_CASES)
def test_ranges_with_units(
    shape: tuple[str, str], parts: tuple[str, str, float, float, str]
) -> None:
    a, b, low, high, unit = parts
    phrase = shape[0].format(a=a, b=b)
    q = _the(f"Officials said the estimate was {phrase}, up from last year.", low)
    assert q.range == (low, high)
    assert q.unit == unit


# --- "m" glued to digits before a second unit is millions, not metres -------------------


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("1.2m barrels a day", 1.2e6, "barrel per day"),
        ("3m tonnes", 3e6, "tonne"),
        ("5m cubic metres", 5e6, "cubic metre"),
        ("4.5m bpd", 4.5e6, "barrel per day"),
        ("2m litres", 2e6, "litre"),
        ("1.2m tons", 1.2e6, "ton"),
        ("2m sq ft", 2e6, "square foot"),
        ("3.5m TEU", 3.5e6, "twenty-foot equivalent unit"),
    ],
)
@pytest.mark.parametrize(
    "frame",
    [
        "exports rose to {x} last year.",
        "the company said it shipped {x} in the quarter.",
        "about {x} were lost, officials said.",
    ],
)
def test_million_before_a_unit(phrase: str, value: float, unit: str, frame: str) -> None:
    q = _the(_sentence(frame, phrase), value)
    assert q.unit == unit
    assert q.text.endswith(phrase)


@pytest.mark.parametrize(
    "text",
    ["The wall is 3m high.", "The room is 10m x 5m.", "He ran the 400m in 44 seconds."],
)
def test_metres_stay_metres(text: str) -> None:
    assert all(q.unit in ("metre", "second") for q in extract(text))
    assert all(q.value < 1000 for q in extract(text))


# --- mixed fractions and scientific notation ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("5 1/2 inches", 5.5, "inch"),
        ("12 3/4 inches", 12.75, "inch"),
        ("3 ½ miles", 3.5, "mile"),
        ("2 1/4 points", 2.25, "point"),
        ("1 1/2 percentage points", 1.5, "percentage point"),
        ("6 1/2-inch", 6.5, "inch"),
        ("1.99 x 10^30 kilograms", 1.99e30, "kilogram"),
        ("6.02×10^23 atoms", 6.02e23, None),
        ("3 × 10^-5 metres", 3e-5, "metre"),
    ],
)
@pytest.mark.parametrize(
    "frame", ["forecasters said {x} had been recorded.", "the figure was {x}, the report said."]
)
def test_mixed_fractions_and_powers_of_ten(
    phrase: str, value: float, unit: str | None, frame: str
) -> None:
    q = _the(_sentence(frame, phrase), value)
    assert q.unit == unit
    assert q.text.startswith(phrase.split()[0])


@pytest.mark.parametrize(
    "text",
    ["The date was 5 1/2/2020.", "Call 020 7946 0958 for details.", "Open 24/7 since 2019."],
)
def test_slashes_that_are_not_mixed_fractions(text: str) -> None:
    assert all(q.value % 1 == 0 for q in extract(text))


# --- ages said with a bare number ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The singer, who turned 40 in May, said she was retiring.", 40.0),
        ("The former minister died at 87.", 87.0),
        ("He died at the age of 91 in hospital.", 91.0),
        ("She was 29 when she was elected.", 29.0),
        ("He is 73 and in good health, his doctor said.", 73.0),
        ("Smith, who is 45, denied the charges.", 45.0),
        ("He will be 35 next month.", 35.0),
        ("Life expectancy for men is around 73.", 73.0),
        ("Average life expectancy rose to 81 last year.", 81.0),
        ("The club, which turns 100 this year, held a party.", 100.0),
    ],
)
def test_ages_said_with_a_bare_number(text: str, value: float) -> None:
    q = _the(text, value)
    assert q.unit == "year of age"


@pytest.mark.parametrize(
    "text",
    [
        "He was 10 under par after the round.",
        "It was 5 to 3 at half-time.",
        "She is 5 feet tall.",
        "He was one of 12 children.",
        "The index turned 5% higher.",
    ],
)
def test_numbers_that_are_not_ages(text: str) -> None:
    assert all(q.unit != "year of age" for q in extract(text))


# --- hedges and small degrees before a number ----------------------------------------------

_DEGREES = [
    ("nigh on", "approximately"),
    ("a shade under", "less_than"),
    ("a shade over", "more_than"),
    ("a touch over", "more_than"),
    ("a touch below", "less_than"),
    ("a tad under", "less_than"),
]


@pytest.mark.parametrize(
    ("degree", "measure", "frame"),
    list(itertools.product(_DEGREES, _MEASURES[:6], _MEASURE_FRAMES[:2])),
)
def test_small_degrees_before_measures(
    degree: tuple[str, str], measure: tuple[str, float, str], frame: str
) -> None:
    text = _sentence(frame, f"{degree[0]} {measure[0]}")
    q = _the(text, measure[1])
    assert q.unit == measure[2]
    assert _qual(q) == degree[1]


# Hedges of possibility leave the figure as stated (NewsQuant's "="), and one opening a
# sentence is no name before a number ("Maybe 300", unlike "Windows 11").
@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Perhaps 2,000 people gathered outside.", "people"),
        ("Maybe 300 homes were destroyed.", "homes"),
        ("Possibly 40 miners were trapped.", "miners"),
        ("Officials said maybe 40 miners were trapped.", "miners"),
        ("There were perhaps a dozen boats in the harbour.", "boats"),
    ],
)
def test_hedged_counts(text: str, noun: str) -> None:
    (q,) = extract(text)
    assert q.qualifier is None
    assert q.noun == noun


def test_maybe_without_a_number_is_nothing() -> None:
    assert extract("He is maybe the best player of his generation.") == []


# --- abbreviated scales in money ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("$2.3T", 2.3e12),
        ("$1.5 bil", 1.5e9),
        ("$5 mil", 5e6),
        ("$34 tril", 3.4e13),
        ("US$1.5b", 1.5e9),
        ("$250K", 2.5e5),
    ],
)
@pytest.mark.parametrize("frame", ["the fund manages {x} in assets.", "they paid {x} for it."])
def test_abbreviated_scales_in_money(phrase: str, value: float, frame: str) -> None:
    q = _the(_sentence(frame, phrase), value)
    assert q.text == phrase
    assert q.unit in ("dollar", "US dollar")


@pytest.mark.parametrize("text", ["The scanner is a 3T MRI.", "The magnet makes 1.5T fields."])
def test_t_without_money_is_no_trillion(text: str) -> None:
    assert all(q.value < 1e6 for q in extract(text))


# --- rates written as one hyphenated word, shipping tonnage, quantulum3 noise ----------------


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("300,000 barrel-per-day", 300000.0, "barrel per day"),
        ("500,000 barrels-per-day", 500000.0, "barrel per day"),
        ("52,000 barrel-a-day", 52000.0, "barrel per day"),
        ("2,000-tonne-a-year", 2000.0, "tonne per year"),
        ("1.2 million-tonne-a-year", 1.2e6, "tonne per year"),
        ("5 million tonnes-a-year", 5e6, "tonne per year"),
        ("300,000 dwt", 300000.0, "deadweight tonne"),
        ("180,000 deadweight tonnes", 180000.0, "deadweight tonne"),
    ],
)
@pytest.mark.parametrize(
    "frame", ["the company runs a {x} plant near the coast.", "capacity will reach {x} next year."]
)
def test_hyphenated_rates_and_tonnage(phrase: str, value: float, unit: str, frame: str) -> None:
    q = _the(_sentence(frame, phrase), value)
    assert q.unit == unit
    assert q.text == phrase


# --- fractions hyphenated to a unit: the Fed's "half-point cut" ------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("half-point", 0.5, "point"),
        ("quarter-point", 0.25, "point"),
        ("three-quarter-point", 0.75, "point"),
        ("half-percentage-point", 0.5, "percentage point"),
        ("quarter-percentage-point", 0.25, "percentage point"),
        ("quarter-mile", 0.25, "mile"),
    ],
)
@pytest.mark.parametrize(
    "frame",
    ["markets expect a {x} rise in March.", "the bank delivered a {x} increase on Wednesday."],
)
def test_fraction_hyphenated_to_a_unit(phrase: str, value: float, unit: str, frame: str) -> None:
    q = _the(_sentence(frame, phrase), value)
    assert q.unit == unit
    assert q.text == phrase


@pytest.mark.parametrize(
    "text",
    [
        "It was a half-hour drive to the coast.",
        "His half-brother came to the funeral.",
        "The quarter-final was played on Sunday.",
        "It happened a quarter-century ago.",
        "The first half-year results were strong.",
    ],
)
def test_hyphenated_fractions_that_are_not_quantities(text: str) -> None:
    assert extract(text) == []


# --- thousands set off by spaces (SI style) --------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("5 000 employees", 5000.0, None),
        ("1 250 000 euros", 1.25e6, "euro"),
        ("12 500 hectares", 12500.0, "hectare"),
        ("10 000km", 10000.0, "kilometre"),
        ("5\u00a0000 tonnes", 5000.0, "tonne"),
        ("250\u202f000 people", 250000.0, None),
    ],
)
@pytest.mark.parametrize(
    "frame", ["officials said {x} were affected.", "the company reported {x} last year."]
)
def test_spaced_thousands(phrase: str, value: float, unit: str | None, frame: str) -> None:
    q = _the(_sentence(frame, phrase), value)
    assert q.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Call 020 7946 0958 for details.",
        "In 2019 500 people died in the floods.",
        "Chapter 3 100 years later was published.",
        "Rooms 101 102 and 103 were booked.",
    ],
)
def test_digit_runs_that_are_not_spaced_thousands(text: str) -> None:
    assert all(q.value < 1000 for q in extract(text))


# --- "more", "extra", "additional" between a number and its unit -----------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("10 extra miles", 10.0, "mile"),
        ("3 more percentage points", 3.0, "percentage point"),
        ("2 million more barrels a day", 2e6, "barrel per day"),
        ("20 more euros", 20.0, "euro"),
        ("50 additional basis points", 50.0, "basis point"),
        ("5,000 fewer tonnes", 5000.0, "tonne"),
    ],
)
@pytest.mark.parametrize(
    "frame", ["the plan needs {x} by June.", "officials said {x} would be required."]
)
def test_unit_after_more_or_extra(phrase: str, value: float, unit: str, frame: str) -> None:
    q = _the(_sentence(frame, phrase), value)
    assert q.unit == unit
    assert q.text == phrase


@pytest.mark.parametrize(
    ("text", "noun"),
    [("The party needs 5 more seats.", "seats"), ("Some 40 more workers were hired.", "workers")],
)
def test_counts_after_more_keep_their_noun(text: str, noun: str) -> None:
    (q,) = extract(text)
    assert q.unit is None
    assert q.noun == noun


# --- exchange rates: the currency named before, per the one named after ----------------------


@pytest.mark.parametrize(
    ("subject", "unit"),
    [
        ("the yen", "yen"),
        ("the rupee", "Indian rupee"),
        ("the Turkish lira", "Turkish lira"),
        ("the rouble", "Russian ruble"),
        ("the peso", "Mexican peso"),
        ("the yuan", "yuan"),
    ],
)
@pytest.mark.parametrize(
    ("frame", "tail"),
    [
        ("{s} weakened to 155.5 per dollar on Monday.", "per dollar"),
        ("{s} closed at 155.5 against the dollar.", "against the dollar"),
        ("{s} hit a record low of 155.5 to the dollar, traders said.", "to the dollar"),
        ("traders said {s} was at 155.5 per euro.", "per euro"),
    ],
)
def test_exchange_rates(subject: str, unit: str, frame: str, tail: str) -> None:
    text = frame.format(s=subject)
    q = _the(text[0].upper() + text[1:], 155.5)
    assert q.unit == f"{unit} per {tail.split()[-1]}"
    assert q.text == f"155.5 {tail}"


@pytest.mark.parametrize(
    "text",
    [
        "It traded at 155 per dollar.",
        "The euro rose 0.5% against the dollar.",
        "The team won 3 against the odds.",
    ],
)
def test_no_exchange_rate_without_two_currencies(text: str) -> None:
    assert all(q.unit is None or " per " not in q.unit for q in extract(text))


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [("one rouble", "Russian ruble"), ("1 peso", "Mexican peso"), ("one franc", "Swiss franc")],
)
def test_singular_currency_names(phrase: str, unit: str) -> None:
    q = _the(f"The fare went up by {phrase} this week.", 1.0)
    assert q.unit == unit


# --- "at least" / "at most" after the figure ---------------------------------------------------


@pytest.mark.parametrize(
    ("postfix", "qualifier"), [("at least", "at_least"), ("at most", "at_most")]
)
@pytest.mark.parametrize("measure", _MEASURES[:8])
def test_postfix_at_least_at_most(
    postfix: str, qualifier: str, measure: tuple[str, float, str]
) -> None:
    q = _the(f"The repairs will cost {measure[0]} {postfix}, engineers said.", measure[1])
    assert q.unit == measure[2]
    assert _qual(q) == qualifier
    assert q.text == f"{measure[0]} {postfix}"


def test_at_least_before_the_next_figure_is_its_own() -> None:
    first, second = extract("He paid $5 at least 3 times.")
    assert first.qualifier is None
    assert _qual(second) == "at_least"


# --- the noun a measure modifies is not the verb after it ------------------------------------


@pytest.mark.parametrize(
    ("amount", "noun"),
    [("5,000-tonne", "ship"), ("$5bn", "deal"), ("300-metre", "tower"), ("£40m", "project")],
)
@pytest.mark.parametrize("verb", ["sank", "fell", "rose", "came", "broke"])
def test_modified_noun_before_an_irregular_past(amount: str, noun: str, verb: str) -> None:
    (q,) = extract(f"The {amount} {noun} {verb} on Tuesday.")
    assert q.noun == noun


# --- commodity and solar abbreviations ----------------------------------------------------------


@pytest.mark.parametrize(
    ("symbol", "unit"),
    [
        ("kbd", "thousand barrels per day"),
        ("mbpd", "million barrels per day"),
        ("mt", "tonne"),
        ("MT", "tonne"),
        ("mmt", "million tonnes"),
        ("MWp", "megawatt peak"),
        ("kWp", "kilowatt peak"),
    ],
)
@pytest.mark.parametrize(
    "frame", ["exports reached {x} in May, data showed.", "the plant has a capacity of {x}."]
)
def test_commodity_and_solar_symbols(symbol: str, unit: str, frame: str) -> None:
    q = _the(_sentence(frame, f"12.5 {symbol}"), 12.5)
    assert q.unit == unit


# Zambia and Malawi both pay in kwacha: the bare name is shared, the country's name is not.
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The bag cost 4,000 kwacha in Lilongwe.", "kwacha"),
        ("The kwacha fell to 1,750 to the dollar.", "kwacha per dollar"),
        ("The loan was 3 billion Zambian kwacha.", "Zambian kwacha"),
        ("Malawi spent 40 billion Malawian kwacha.", "Malawian kwacha"),
    ],
)
def test_kwacha_is_a_shared_name(text: str, unit: str) -> None:
    (q,) = extract(text)
    assert q.unit == unit
