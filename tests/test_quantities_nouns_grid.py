"""What a quantity counts or measures (issue #5), on grids of sentences written for it.

Counts keep the counted head noun ("more than 400 firefighters", "14 water-dropping
aircraft" -> aircraft). An amount of money, a percentage or a measure takes as its noun
the thing the sentence says it is, as written in lower case without its determiner: in
"a profit of $2bn", "$2.5 billion in aid", "prices rose 18%", "unemployment stood at
4.3%", "a 5% stake", "losses estimated at 1.5 billion euros", "a contract worth $5m";
a noun modifier no adjective could be stays with its head ("the unemployment rate").
When nothing names it ("the court fined him $5m", "it rose 5%") the noun is None. Each
frame is a grid (frame x filler x amount), so no rule can fit one wording.
"""

from __future__ import annotations

import itertools

import pytest

import newsfacts
from _quanttools import extract


def _noun(text: str, span: str) -> str | None:
    """The noun of the one quantity of ``text`` whose text is ``span``."""
    found = [q for q in extract(text) if q.text.lower() == span.lower()]
    assert len(found) == 1, [(q.text, q.noun) for q in extract(text)]
    return found[0].noun


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


_MONEY = ["$2.5 billion", "more than £300 million", "about 40 million euros", "1.2 trillion yen"]
_SHARES = ["4.2%", "3 percent", "about 5.5%"]

# -- the subject of a verb that moves or sets a level ---------------------------------

_SUBJECTS = [
    ("Prices", "prices"),
    ("Consumer prices", "prices"),
    ("The yen", "yen"),
    ("Its shares", "shares"),
    ("Unemployment", "unemployment"),
    ("Revenue", "revenue"),
    ("The budget deficit", "deficit"),
    ("The company's net profit", "profit"),
    ("Average rents in the capital", "rents"),  # the head before "in"
    ("The price of gold", "price"),  # the head before "of"
    ("Demand for electricity", "demand"),
    ("Britain's economy", "economy"),
    ("GDP", "GDP"),
]
_MOVES = [
    "rose",
    "fell",
    "jumped",
    "slipped",
    "climbed to",
    "dropped by",
    "stood at",
    "reached",
    "have risen by",
    "was expected to reach",
    "edged up",
    "totalled",
]


@pytest.mark.parametrize(
    ("subject", "verb", "amount"),
    list(itertools.product(_SUBJECTS, _MOVES, ["4.2%", "$1.2 billion", "45 cents"])),
)
def test_the_subject_of_a_move_is_measured(
    subject: tuple[str, str], verb: str, amount: str
) -> None:
    text = f"{subject[0]} {verb} {amount} on Monday, officials said."
    assert _noun(text, amount) == subject[1]


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Revenue dropped by 8% to $4.1 billion.", "$4.1 billion", "revenue"),
        ("The pound rose 0.5% to $1.27 in London.", "$1.27", "pound"),
        ("Unemployment fell to 3.9% from 4.1%.", "4.1%", "unemployment"),
        ("Its shares rose 1.2% to 71,700 won.", "71,700 won", "shares"),
        ("Turnout was 67% in the first round.", "67%", "turnout"),
        ("Support for the plan was 40% in the poll.", "40%", "support"),
        ("The turnout in Paris was 40%.", "40%", "turnout"),
        ("Shares of Apple rose 3%.", "3%", "shares"),
        ("Brent crude up 80 cents at $84.20.", "80 cents", "crude"),
        ("Inflation slowed to 3.9% in January.", "3.9%", "inflation"),
        ("Temperatures hit 45C in Seville.", "45C", "temperatures"),
        ("Global emissions from energy rose 1.1% last year.", "1.1%", "emissions"),
        ("The gap between the official and market rates widened to 60%.", "60%", "gap"),
        ("Prices are expected to rise 5% next year.", "5%", "prices"),
        ("Shares closed at $12.50 on Friday.", "$12.50", "shares"),
        ("The unemployment rate climbed to 5.1% in June.", "5.1%", "unemployment rate"),
        ("Wages have grown by about 20% in a decade.", "about 20%", "wages"),
        ("Mortgage rates are between 6 and 6.5 percent.", "between 6 and 6.5 percent", "rates"),
        ("The river rose 2 metres overnight.", "2 metres", "river"),
        ("Sea levels have risen 20 cm since 1900.", "20 cm", "levels"),
        ("The tower stands 120 metres tall.", "120 metres", "tower"),
        (
            "Production reached 1.2 million barrels a day.",
            "1.2 million barrels a day",
            "production",
        ),
        # attached phrases, appositions and raising verbs on the way to the subject
        ("Profit from continuing lines fell 10% to £118 million.", "10%", "profit"),
        (
            "The output of the high-tech manufacturing sector grew 10 percent.",
            "10 percent",
            "output",
        ),
        ("Turnout in some Lusaka neighbourhoods had exceeded 80 percent.", "80 percent", "turnout"),
        (
            "Sales of consumer goods, a key indicator of demand, went up 5.1 percent.",
            "5.1 percent",
            "sales",
        ),
        (
            "The company expects sales from its new units to rise 8.5% a year.",
            "8.5% a year",
            "sales",
        ),
        ("Citadel shares closed yesterday at $45.75.", "$45.75", "shares"),
        ("Mortgage rates on fixed deals are 6.5 percent.", "6.5 percent", "rates"),
        ("Data for May showed regular pay growth slowed to 5.1%.", "5.1%", "growth"),
        ("The government capped annual rent increases at 3% this year.", "3%", "increases"),
        # a move told after a comma, and the level it moved from, measure the same thing
        ("Telerate shares closed at $19.50, up 12.5 cents.", "12.5 cents", "shares"),
        ("It paid a dividend of 4.6 pence, up 15% from 4 pence.", "15%", "dividend"),
        ("It paid a dividend of 4.6 pence, up 15% from 4 pence.", "4 pence", "dividend"),
        ("Sales were $8.59 billion, up 9.4% from $7.85 billion.", "$7.85 billion", "sales"),
    ],
)
def test_subjects_in_wire_sentences(text: str, span: str, noun: str) -> None:
    assert _noun(text, span) == noun


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It rose 5% on Monday.", "5%"),  # a pronoun
        ("Apple rose 3% in New York.", "3%"),  # a name opening the sentence
        ("Nvidia advanced 8%, and Qualcomm rose 4%.", "4%"),  # a name inside it
        ("Chipmaker AMD rose 4% on Tuesday.", "4%"),  # an acronym naming a company
        ("Class H, which tracks a stake in Hughes earnings, closed at $29.", "$29"),
        ("The number of homes built in the first three months of the year fell 7%.", "7%"),
        ("The index fell 47 points to close at 2082, down 4.5% on the week.", "4.5%"),
        ("Watches eligible for duty-free treatment totalled $37 million.", "$37 million"),
        ("The team was 2 points behind at half-time.", "2 points"),  # a copula, no level
        ("The river is 3 metres deep here.", "3 metres"),
        ("The figure was 5% last year.", "5%"),  # a word that frames, not a thing
        ("The firm is valued at 12 times earnings.", "12 times"),  # a ratio
        ("The fund lost $2 billion last year.", "$2 billion"),  # money handed over
        ("The club added £5m to its offer.", "£5m"),
    ],
)
def test_no_subject_is_measured(text: str, span: str) -> None:
    assert _noun(text, span) is None


# -- "$2.5 billion in aid" --------------------------------------------------------------

_IN_TEMPLATES = [
    "The government pledged {a} in {f} to the region.",
    "The firm raised {a} in {f} last year.",
    "Officials said {a} in {f} had been lost.",
    "The storm caused {a} in {f}, insurers said.",
]
_IN_NOUNS = ["aid", "funding", "damage", "losses", "cash", "revenue", "fines", "bonuses", "loans"]


@pytest.mark.parametrize(
    ("template", "noun", "amount"),
    list(itertools.product(_IN_TEMPLATES, _IN_NOUNS, _MONEY[:2])),
)
def test_money_in_a_noun(template: str, noun: str, amount: str) -> None:
    assert _noun(template.format(a=amount, f=noun), amount) == noun


@pytest.mark.parametrize(
    ("filler", "amount"),
    list(
        itertools.product(
            [
                "total",
                "all",
                "court",
                "March",
                "2023",
                "the first quarter",
                "recent weeks",
                "dollars",
                "early trading",
            ],
            _MONEY,
        )
    ),
)
def test_money_in_what_it_is_not(filler: str, amount: str) -> None:
    assert _noun(f"The group raised {amount} in {filler}.", amount) is None


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The company invested $5 million in startups.", "$5 million", None),  # where it went
        ("She spent $2 million in legal fees.", "$2 million", "fees"),
        ("The fund has $3 billion in assets under management.", "$3 billion", "assets"),
        ("He owes more than £50,000 in unpaid taxes.", "more than £50,000", "taxes"),
        ("The state will receive 2 billion rand in federal grants.", "2 billion rand", "grants"),
        ("Tickets cost $40 in advance.", "$40", None),
        ("It cost $5 in 2019 and $7 in 2023.", "$7", None),
    ],
)
def test_money_in_wire_sentences(text: str, span: str, noun: str | None) -> None:
    assert _noun(text, span) == noun


# -- "a profit of $2bn", "a contract worth $5m", "a 5% stake" ----------------------------

_OF_TEMPLATES = [
    "The company reported a {f} of {a} for the year.",
    "Analysts had expected {f} of {a}.",  # no determiner after a verb
    "It posted {f} of {a}, the statement said.",
    "The bank, with {f} of {a}, is the largest.",  # after "with"
]
_OF_NOUNS = ["profit", "loss", "deficit", "surplus", "fine", "payout", "investment", "charge"]


@pytest.mark.parametrize(
    ("template", "noun", "amount"),
    list(itertools.product(_OF_TEMPLATES, _OF_NOUNS, [_MONEY[0], _MONEY[2], "4.5%"])),
)
def test_a_noun_of_an_amount(template: str, noun: str, amount: str) -> None:
    assert _noun(template.format(a=amount, f=noun), amount) == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The country has an unemployment rate of 4%.", "4%", "unemployment rate"),
        ("The central bank set an inflation target of 2%.", "2%", "inflation target"),
        ("He was ordered to pay damages of £250,000.", "£250,000", "damages"),
        ("Exports saw growth of 7% in the first quarter.", "7%", "growth"),
        ("The court ordered payment of $5 million.", "$5 million", "payment"),
        ("Analysts compared it with estimates of $5bn.", "$5bn", "estimates"),
        ("The tower has a height of 120 metres.", "120 metres", "height"),
        ("The quake struck at a depth of 10 km.", "10 km", "depth"),
        ("The storm brought winds of up to 200 km/h.", "up to 200 km/h", "winds"),
        ("Temperatures of 45C were recorded.", "45C", "temperatures"),
        ("The workers laid 1,200 kilometres of road.", "1,200 kilometres", "road"),
        ("Donors gave a total of $5 million.", "$5 million", None),
        ("The firm stayed ahead of $5 million in the race.", "$5 million", None),
    ],
)
def test_nouns_of_amounts_in_wire_sentences(text: str, span: str, noun: str | None) -> None:
    assert _noun(text, span) == noun


@pytest.mark.parametrize(
    ("template", "noun", "amount"),
    list(
        itertools.product(
            ["Police seized {f} worth {a}.", "They won {f} worth {a} last year."],
            ["contracts", "goods", "drugs", "orders", "weapons", "jewellery", "equipment"],
            _MONEY[:3],
        )
    ),
)
def test_a_noun_worth_an_amount(template: str, noun: str, amount: str) -> None:
    assert _noun(template.format(a=amount, f=noun), amount) == noun


@pytest.mark.parametrize(
    ("template", "noun", "amount"),
    list(
        itertools.product(
            ["They signed a {a} {f} on Monday.", "The {a} {f} was approved.", "Its {a} {f} fell."],
            ["deal", "contract", "loan", "bailout", "stake", "fine", "budget", "package"],
            ["$3bn", "5%", "200 million euro", "10 percent"],
        )
    ),
)
def test_an_amount_before_its_noun(template: str, noun: str, amount: str) -> None:
    assert _noun(template.format(a=amount, f=noun), amount) == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("Workers are building a 120-metre tower in the centre.", "120-metre", "tower"),
        ("The city plans a 2-kilometre tunnel under the river.", "2-kilometre", "tunnel"),
        ("Lawmakers passed a $1.2 trillion spending bill.", "$1.2 trillion", "bill"),
        ("Its offer of a 3.5% pay rise was the maximum.", "3.5%", "rise"),
        ("A 25% sales tax was imposed.", "25%", "tax"),
        ("He received a £2,000 fine.", "£2,000", "fine"),
    ],
)
def test_amounts_before_nouns_in_wire_sentences(text: str, span: str, noun: str) -> None:
    assert _noun(text, span) == noun


# -- "losses were estimated at 1.5 billion euros" ----------------------------------------


@pytest.mark.parametrize(
    ("template", "noun", "amount"),
    list(
        itertools.product(
            [
                "The {f} was estimated at {a}.",
                "The {f} is put at {a}, officials said.",
                "Its {f} was valued at {a}.",
                "The {f} has been estimated at {a}.",
            ],
            ["damage", "cost", "loss", "bill", "fortune", "debt"],
            [_MONEY[0], "up to 1.5 billion euros", "3%"],
        )
    ),
)
def test_an_estimate_at_an_amount(template: str, noun: str, amount: str) -> None:
    assert _noun(template.format(a=amount, f=noun), amount) == noun


def test_an_estimate_before_its_verb() -> None:
    text = "Losses estimated at up to 1.5 billion euros were reported."
    assert _noun(text, "up to 1.5 billion euros") == "losses"


# -- money a verb hands over names nothing ---------------------------------------------


@pytest.mark.parametrize(
    ("template", "amount"),
    list(
        itertools.product(
            [
                "The court fined him {a}.",
                "The club spent {a} this summer.",
                "The company paid {a} to settle.",
                "The fund lost {a} last year.",
                "She earned {a} from the sale.",
                "The charity raised {a}.",
                "He sold the house for {a}.",
            ],
            _MONEY,
        )
    ),
)
def test_money_handed_over_names_nothing(template: str, amount: str) -> None:
    assert _noun(template.format(a=amount), amount) is None


# -- counts keep their counted head noun ----------------------------------------------

_COUNTS = ["14", "more than 400", "nearly 1.5 million", "two dozen", "Forty-two"]
_MODIFIERS = ["", "badly injured ", "heat-related ", "off-duty ", "Ukrainian ", "US "]
_COUNTED = ["soldiers", "deaths", "co-defendants", "aircraft", "police officers", "crew members"]
_COUNT_FRAMES = [
    "{x} were reported on Tuesday.",
    "Officials said {x} had been affected.",
    "The army lost {x} of its {n}.",
]


@pytest.mark.parametrize(
    ("count", "modifier", "noun", "frame"),
    list(itertools.product(_COUNTS, _MODIFIERS, _COUNTED, _COUNT_FRAMES)),
)
def test_counts_keep_their_head(count: str, modifier: str, noun: str, frame: str) -> None:
    if "{n}" in frame:
        text = frame.format(x=count, n=modifier + noun)
    else:
        text = frame.format(x=f"{count} {modifier}{noun}")
    assert _noun(_cap(text), count) == noun.split()[-1]


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("She is survived by two sons and five grandchildren.", "five", "grandchildren"),
        ("About 300 schoolchildren were evacuated.", "About 300", "schoolchildren"),
        ("The firm hired 40 salespeople.", "40", "salespeople"),
        ("The country ranked 93rd out of 180 nations.", "180", "nations"),
        ("Authorities deployed 14 water-dropping aircraft.", "14", "aircraft"),
        ("The company will hire 200 more engineers.", "200", "engineers"),
        ("Each of the 40 passengers was questioned.", "40", "passengers"),
        ("Some 300 riot police officers were deployed.", "Some 300", "officers"),
        ("The team won 11 of its 14 games.", "11", "games"),
        ("A 10,000-strong crowd gathered.", "10,000-strong", "crowd"),
        ("The 500-strong force arrived.", "500-strong", "force"),
        ("It has 20-something employees.", "20-something", "employees"),
        ("Over 1,000 NHS staff walked out.", "Over 1,000", "staff"),
        ("Some 5,000 Tesla Model 3 cars were recalled.", "Some 5,000", "cars"),
    ],
)
def test_counts_in_wire_sentences(text: str, span: str, noun: str) -> None:
    assert _noun(text, span) == noun


def test_a_count_in_its_twenties_is_approximate() -> None:
    (q,) = extract("It has 20-something employees.")
    assert q.qualifier is not None and q.qualifier.value == "approximately"


# -- a bare count takes the noun its clause or the sentence before counts --------------

_FIRST = [
    "The blast killed 12 {n}.",
    "Police said 40 {n} were arrested.",
    "The flood displaced 5,000 {n}.",
]
_SECOND = [
    ("Another {x} were injured.", "{x}"),
    ("A further {x} are missing.", "{x}"),
    ("About {x} others were hurt.", "About {x}"),
    ("Of those, {x} were later released.", "{x}"),
    ("At least {x} remain in hospital.", "At least {x}"),
]


@pytest.mark.parametrize(
    ("first", "noun", "second", "count"),
    list(
        itertools.product(_FIRST, ["people", "migrants", "children"], _SECOND, ["30", "two dozen"])
    ),
)
def test_a_bare_count_carries_the_noun_before(
    first: str, noun: str, second: tuple[str, str], count: str
) -> None:
    text = first.format(n=noun) + " " + second[0].format(x=count)
    assert _noun(text, second[1].format(x=count)) == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The fire destroyed 300 homes and damaged 1,200 more.", "1,200", "homes"),
        ("Some 400 firefighters fought it, and 50 more were on standby.", "50", "firefighters"),
        ("The union has 12,000 members, up from 9,000 in 2020.", "9,000", "members"),
        ("The school has 800 pupils, compared with 650 last year.", "650", "pupils"),
        ("The city recorded 120 murders last year, up from 98.", "98", "murders"),
        ("Police arrested 25 protesters, 10 of whom were charged.", "10", "protesters"),
        ("The ship carried 3,000 containers, 200 of which fell.", "200", "containers"),
    ],
)
def test_bare_counts_in_wire_sentences(text: str, span: str, noun: str) -> None:
    assert _noun(text, span) == noun


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        (
            "Its profit plunged 95% from a year earlier to 670 billion won.",
            "670 billion won",
            "profit",
        ),
        ("Sales rose 5% in March to $4 billion.", "$4 billion", "sales"),
        ("Exports fell 3% on Monday to $12 billion.", "$12 billion", "exports"),
    ],
)
def test_a_move_passes_a_time_to_its_level(text: str, span: str, noun: str) -> None:
    """With the times stage run first, as in the pipeline."""
    found = [q for q in newsfacts.extract(text, published="2024-03-05").quantities]
    assert [q.noun for q in found if q.text == span] == [noun]
