"""The events stage, round 24 (issue #7, participants and triggers round D), on sentences
written for these tests: "won" after an amount is a currency, no happening ("40 trillion
won"); "so far" / "thus far" before a verb is no subject; "which" after a person and "of
the" stands for the body named there ("Maria Lopez of the Andean Relief Fund, which"),
"who" after a word of tidings for the person ("news of her brother, who") and after a
count of people for them ("at about 2,000 demonstrators who"); an "-ing" noun opening the
clause is its verb's subject ("Shelling in Donetsk killed"); two parties opening the
sentence are both agents ("The European Union and the regional bloc Ecowas"); the noun
before joined prepositions' phrases or an "-ing" object list is the subject ("Rescuers on
foot and in boats", "a convoy carrying fuel and flour"); the purpose of a verb that is no
event is its subject's ("used the truce to attack"); indices named with a number ("the
FTSE 100 fell"); "taken to hospital", "appeared in court", "handed out"; an object named
in apposition ("fined another company, Helix Systems, ...")."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, names_in, trigger_words

_events = partial(extract_events, published="2025-06-10")


# -- "won" after an amount is money --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The sell-off wiped roughly 40 trillion won off the value of listed firms.",
        "Foreign investors sold a net 2.1 trillion won of shares on Tuesday.",
        "The exporter lost 90 billion won in the first quarter.",
        "Each household will receive 500,000 won in relief payments.",
        "The court fined the lender 12 billion won for mis-selling funds.",
    ],
)
def test_won_after_amount_is_a_currency(text: str) -> None:
    assert "won" not in trigger_words(_events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Democrats won 40 seats and the Greens won 12.",
        "Her party won the election in 2019 and won again in 2023.",
        "The team, unbeaten in 14 games, won the cup on Sunday.",
    ],
)
def test_won_as_a_verb_kept(text: str) -> None:
    assert "won" in trigger_words(_events(text))


def test_won_amount_names_its_thing() -> None:
    text = "Foreign investors sold 2.1 trillion won of shares on Tuesday."
    assert names_in(text, "sold", "patient") == ["shares"]


# -- "so far" is no subject ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The union said the company had so far rejected every proposal.", "rejected", "company"),
        ("The ministry has thus far refused every request for access.", "refused", "ministry"),
        ("Officials said the rebels have so far released 12 hostages.", "released", "rebels"),
        ("The regulator has so far fined three banks.", "fined", "regulator"),
    ],
)
def test_so_far_is_no_subject(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]


# -- what a relative pronoun after "X of the Y" stands for -----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Maria Lopez of the Andean Relief Fund, which has shipped 3,000 tents to the "
            "valley, said more help was needed.",
            "shipped",
            "Andean Relief Fund",
        ),
        (
            "Tom Reyes, a director of the Harbour Trust, which bought the pier in 2019, "
            "declined to comment.",
            "bought",
            "Harbour Trust",
        ),
        (
            "The spokeswoman of the Riverside Clinic, which treated 40 patients overnight, "
            "said supplies were low.",
            "treated",
            "Riverside Clinic",
        ),
        (
            "Ahmed Karim of the Coastal Rescue Service, which evacuated 200 people, said the "
            "water was still rising.",
            "evacuated",
            "Coastal Rescue Service",
        ),
    ],
)
def test_which_after_a_person_is_the_body(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        # A body's own name with "of" stays whole; so does an event noun "of" someone.
        (
            "The Bank of England, which raised rates in May, said inflation was easing.",
            "raised",
            "Bank of England",
        ),
        (
            "The killing of the journalist, which sparked protests, was condemned.",
            "sparked",
            "killing of the journalist",
        ),
    ],
)
def test_which_after_a_thing_keeps_the_phrase(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "Relatives waited for news of her elder brother, who lost an arm in the blast.",
            "lost",
            "elder brother",
        ),
        (
            "Families are still waiting for word of the fishermen, who vanished at sea.",
            "vanished",
            "fishermen",
        ),
        ("The family demanded news of the hostage, who was seized in March.", "seized", "hostage"),
    ],
)
def test_who_after_tidings_is_the_person(text: str, trigger: str, name: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert name in [p.name for p in event.participants]
    assert all(not p.name.startswith(("news", "word", "fate")) for p in event.participants)


# -- an "-ing" noun that opens the clause is its verb's subject -----------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "patient"),
    [
        (
            "Shelling in Donetsk displaced nearly 5,000 people last month.",
            "displaced",
            "Shelling",
            "people",
        ),
        ("Shelling killed 12 people last month.", "killed", "Shelling", "people"),
        (
            "Flooding across the north has forced 40,000 people from their homes.",
            "forced",
            "Flooding",
            "people",
        ),
        (
            "According to the ombudsman, fighting in the province displaced 8,000 people.",
            "displaced",
            "fighting",
            "people",
        ),
        (
            "On Sunday, shelling near the port killed 12 civilians.",
            "killed",
            "shelling",
            "civilians",
        ),
    ],
)
def test_opening_gerund_is_the_subject(text: str, trigger: str, agent: str, patient: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]
    assert names_in(text, trigger, "patient") == [patient]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        # A participle with its comma, or an adjective before a noun, is no subject.
        ("Speaking in Lagos, the minister promised new funds.", "promised", "minister"),
        ("Protesting outside the ministry, teachers demanded higher pay.", "demanded", "teachers"),
        ("Mounting losses forced the company to close two plants.", "forced", "Mounting losses"),
    ],
)
def test_opening_participle_keeps_its_subject(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]


# -- two parties opening the sentence --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        (
            "Coastguard boats and a navy frigate rescued 40 migrants.",
            "rescued",
            {"Coastguard", "navy frigate"},
        ),
        (
            "Police officers and a dog handler searched the woods.",
            "searched",
            {"Police officers", "dog handler"},
        ),
        (
            "The European Union and the regional bloc Ecowas condemned the coup.",
            "condemned",
            {"European Union", "Ecowas"},
        ),
        (
            "The United Nations and the aid group Oxfam warned of famine.",
            "warned",
            {"United Nations", "Oxfam"},
        ),
        (
            "On Monday, the World Bank and the regional lender AfDB pledged new funds.",
            "pledged",
            {"World Bank", "AfDB"},
        ),
    ],
)
def test_two_opening_parties_are_both_agents(text: str, trigger: str, agents: set[str]) -> None:
    assert set(names_in(text, trigger, "agent")) == agents


# -- the noun a description hangs on ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Rescuers on foot and in boats finally reached the stranded families.",
            "reached",
            "Rescuers",
        ),
        (
            "Workers at the port and in the warehouses walked off the job on Monday.",
            "walked off",
            "Workers",
        ),
        (
            "A convoy of 12 trucks carrying fuel and flour reached the town on Sunday.",
            "reached",
            "convoy of 12 trucks",
        ),
        (
            "A lorry carrying bricks, cement and steel overturned on the bypass.",
            "overturned",
            "lorry",
        ),
    ],
)
def test_subject_before_its_description(text: str, trigger: str, agent: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert next(p.name for p in event.participants if p.role in ("agent", "patient")) == agent


# -- the purpose of a verb that is no event -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Critics say armed groups have used previous ceasefires to recruit fighters.",
            "recruit",
            "armed groups",
        ),
        ("The militia used the truce to attack two villages.", "attack", "militia"),
        ("The rebels exploited the lull to attack the base.", "attack", "rebels"),
        ("The hackers exploited a flaw to steal customer data.", "steal", "hackers"),
    ],
)
def test_purpose_after_a_verb_that_is_no_event(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        # Verbs that hand the infinitive to their object.
        ("The union convinced members to accept the deal.", "accept", "members"),
        ("The council permitted traders to reopen the market.", "reopen", "traders"),
        ("The government allowed aid agencies to enter the city.", "enter", "aid agencies"),
        ("Donors pressured the junta to release the prisoners.", "release", "junta"),
    ],
)
def test_purpose_handed_to_the_object(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]


# -- an index named with a number, then its change -----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("The FTSE 100 fell 2 percent on Monday.", "fell", "FTSE"),
        ("Tokyo's Nikkei 225 fell 1.9 percent on Friday.", "fell", "Nikkei"),
        ("Germany's DAX 40 slipped sharply in early trade.", "slipped", "DAX"),
        ("The CAC 40 fell by 1.2 percent.", "fell", "CAC"),
    ],
)
def test_index_with_a_number_then_its_change(text: str, trigger: str, name: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert any(name in p.name for p in event.participants if p.role == "patient")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A count before a participle still describes those counted, or shares "were".
        ("Nine were killed and 46 injured when the roof collapsed.", "injured"),
        ("Police said 300 arrested in the raids were released.", "arrested"),
    ],
)
def test_count_before_participle_kept(text: str, trigger: str) -> None:
    assert trigger in trigger_words(_events(text))


# -- taken to hospital, appeared in court ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("The injured were taken to hospital in Leeds.", "taken", "movement"),
        ("Three children were taken to a hospital in Kano.", "taken", "movement"),
        ("Two miners were taken by helicopter to the capital.", "taken", "movement"),
        ("The rebel leader appeared in court on Tuesday.", "appeared", "legal"),
        ("The suspect appeared before a magistrate in Leeds.", "appeared", "legal"),
        ("Both men appeared at the tribunal in March.", "appeared", "legal"),
    ],
)
def test_taken_to_care_and_appeared_in_court(text: str, trigger: str, kind: str) -> None:
    assert by_trigger(_events(text), trigger).type == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It appeared the court would rule against the government.", "appeared"),
        ("There appears to be no judge available this week.", "appears"),
        ("The minister appeared on television on Monday.", "appeared"),
        ("The company has taken steps to cut costs.", "taken"),
    ],
)
def test_no_court_no_care_no_event(text: str, word: str) -> None:
    events = _events(text)
    assert all(e.type not in ("legal", "movement") for e in events if e.trigger == word)


# -- "who" after a count of people; "handed out" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Police fired teargas and rubber bullets at about 2,000 demonstrators who had "
            "blocked the highway.",
            "blocked",
            "demonstrators",
        ),
        (
            "Soldiers opened fire on hundreds of farmers who had occupied the road.",
            "occupied",
            "farmers",
        ),
        ("Guards shot at dozens of inmates who had stormed the gate.", "stormed", "inmates"),
    ],
)
def test_who_after_counted_people(text: str, trigger: str, agent: str) -> None:
    assert names_in(text, trigger, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "patients", "recipient"),
    [
        (
            "Staff handed out bottled water and blankets to stranded passengers.",
            {"bottled water", "blankets"},
            "stranded passengers",
        ),
        ("Volunteers handed out food to families in the camp.", {"food"}, "families"),
        ("The agency is handing out seeds to farmers.", {"seeds"}, "farmers"),
    ],
)
def test_handed_out(text: str, patients: set[str], recipient: str) -> None:
    trigger = next(e.trigger for e in _events(text) if e.trigger.startswith("hand"))
    assert trigger.endswith("out")
    assert set(names_in(text, trigger, "patient")) == patients
    assert names_in(text, trigger, "recipient") == [recipient]


# -- an object named in apposition ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "The Commission fined another American company, Helix Systems, 340 million euros.",
            "fined",
            "Helix Systems",
        ),
        ("Police arrested the group's leader, Omar Said, on Friday.", "arrested", "Omar Said"),
        (
            "The regulator blocked a smaller rival, Norvik Bank, from bidding.",
            "blocked",
            "Norvik Bank",
        ),
    ],
)
def test_object_named_in_apposition(text: str, trigger: str, patient: str) -> None:
    assert names_in(text, trigger, "patient") == [patient]


def test_object_list_still_split() -> None:
    text = "The army shelled the town, the villages and the farms."
    assert "town" in names_in(text, "shelled", "patient")


# -- "a net" amount; a share "of" a whole, "which" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("Foreign investors sold a net 1.3 trillion won of shares.", "sold", "shares"),
        ("Pension funds sold a net $4 billion of corporate bonds.", "sold", "corporate bonds"),
        ("Donors pledged a further 50 million euros in aid.", "pledged", "50 million euros in aid"),
    ],
)
def test_amount_after_its_article(text: str, trigger: str, patient: str) -> None:
    assert names_in(text, trigger, "patient") == [patient]


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "The fine equals 2 percent of the bank's profit, which fell last year.",
            "fell",
            "bank's profit",
        ),
        (
            "The levy takes 5 percent of the firm's revenue, which rose to $9 billion.",
            "rose",
            "firm's revenue",
        ),
    ],
)
def test_which_after_a_share_is_the_whole(text: str, trigger: str, name: str) -> None:
    event = by_trigger(_events(text), trigger)
    assert [p.name for p in event.participants] == [name]
