"""Events round Q: participant and type bugs a reader sees on plain wire sentences written
for these tests (outages left behind, "-ing" words before the noun they describe, plans
opposed, participles with no object, verbs typed by their object)."""

from __future__ import annotations

from _eventtools import by_trigger, extract_events, roles
from newsfacts.models import Event

PUBLISHED = "2025-04-02"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def event(text: str, trigger: str) -> Event:
    return by_trigger(events(text), trigger)


def typed(text: str, trigger: str) -> str:
    return str(event(text, trigger).type)


# -- "left X without power" ------------------------------------------------------------


def test_left_without_a_supply_is_an_outage_with_its_patient() -> None:
    for text, patient in (
        ("The storm left thousands without power on Monday.", "thousands"),
        ("The storm left 200,000 homes without electricity.", "homes"),
        ("The cyclone left 40 villages without food or water.", "villages"),
    ):
        left = event(text, "left")
        assert left.type == "other", text
        assert (patient, "patient") in roles(left), text


def test_left_without_something_else_stays_a_departure() -> None:
    left = event("The minister left Paris without his passport.", "left")
    assert left.type == "movement"
    assert not any(p.role == "patient" for p in left.participants)


# -- an "-ing" word before the noun it describes ------------------------------------------


def test_an_ing_word_after_a_verb_describes_the_noun_after_it() -> None:
    for text, trigger, patient in (
        ("The company blamed rising energy costs for the losses.", "rising", "energy costs"),
        ("The company reported falling sales in China.", "falling", "sales"),
        ("Households face soaring food prices.", "soaring", "food prices"),
    ):
        assert roles(event(text, trigger)) == {(patient, "patient")}, text


def test_an_ing_word_after_an_auxiliary_keeps_its_subject() -> None:
    rising = event("Food prices were rising sharply in March.", "rising")
    assert ("Food prices", "patient") in roles(rising)


# -- plans opposed -----------------------------------------------------------------------


def test_the_protesters_do_not_do_the_plan_they_protest() -> None:
    for text, trigger in (
        ("Unions protested against the plans to cut jobs.", "cut"),
        ("Workers went on strike over plans to privatise the port.", "privatise"),
    ):
        found = event(text, trigger)
        assert not any(p.role == "agent" for p in found.participants), text


def test_a_plan_of_ones_own_keeps_its_subject() -> None:
    cut = event("The company announced plans to cut 900 jobs.", "cut")
    assert ("company", "agent") in roles(cut)
    seize = event("Rebels launched a bid to seize the airport.", "seize")
    assert ("Rebels", "agent") in roles(seize)


# -- participles with no object ----------------------------------------------------------


def test_a_participle_before_the_sentences_verb_is_passive() -> None:
    text = "A woman injured in the blast died in hospital."
    assert roles(event(text, "injured")) == {("woman", "patient")}
    assert roles(event(text, "blast")) == set()


def test_a_noun_of_force_after_a_bare_participle_lends_no_agent() -> None:
    for text, noun in (
        ("Two soldiers wounded in the clash were flown to Kabul.", "clash"),
        ("Civilians killed in the strike were buried on Friday.", "strike"),
        ("The man injured in the explosion is a farmer.", "explosion"),
    ):
        assert not any(p.role == "agent" for p in event(text, noun).participants), text


def test_a_verb_with_an_object_still_lends_its_doer_to_the_raid() -> None:
    raid = event("Troops killed six militants in a raid on Jenin.", "raid")
    assert ("Troops", "agent") in roles(raid)


# -- types taken from the object ---------------------------------------------------------


def test_dropping_a_case_is_legal_a_plan_other_a_price_economic() -> None:
    assert typed("Prosecutors dropped the charges against the senator.", "dropped") == "legal"
    assert typed("The family withdrew the lawsuit on Friday.", "withdrew") == "legal"
    assert typed("The lawsuit was dropped in May.", "dropped") == "legal"
    assert typed("The government dropped plans to raise taxes.", "dropped") == "other"
    assert typed("The company dropped its prices.", "dropped") == "economic"
    assert typed("Sales dropped in May.", "dropped") == "economic"


def test_a_charge_at_a_crowd_is_violence_a_charge_with_a_crime_legal() -> None:
    assert typed("Officers in riot gear charged the demonstrators.", "charged") == "conflict"
    assert typed("Riot police charged the crowd outside parliament.", "charged") == "conflict"
    assert typed("Police charged the protesters with rioting.", "charged") == "legal"
    # "with" and a weapon is the means of the charge, no accusation.
    assert typed("Police charged the crowd with batons.", "charged") == "conflict"
    assert typed("Police charged the protesters with tear gas.", "charged") == "conflict"
    assert typed("Prosecutors charged Keller with fraud on Tuesday.", "charged") == "legal"


def test_a_set_phrase_or_an_intention_gives_a_light_verb_no_type() -> None:
    assert typed("The minister launched a charm offensive in Brussels.", "launched") == "other"
    assert typed("Rebels launched a bid to seize the airport.", "launched") == "other"
    assert typed("The army launched an offensive in the east.", "launched") == "military"


def test_an_overturning_with_no_object_is_an_accident() -> None:
    assert typed("A bus overturned near Lahore on Sunday.", "overturned") == "other"
    assert typed("The truck overturned, killing two people.", "overturned") == "other"
    assert typed("The court overturned the verdict.", "overturned") == "legal"


def test_fighting_a_fire_is_no_violence() -> None:
    assert typed("Firefighters battled the blaze for six hours.", "battled") == "other"
    assert typed("Crews fought wildfires in California.", "fought") == "other"
    assert typed("Troops battled rebels near Goma.", "battled") == "conflict"


def test_going_to_the_polls_is_voting() -> None:
    went = event("Voters in Taiwan went to the polls on Saturday.", "went")
    assert went.type == "other"
    assert ("Voters", "agent") in roles(went)
    assert event("Brazilians will go to the polls in October.", "go").type == "other"
    assert "went" not in [e.trigger for e in events("He went to the shop on Saturday.")]


def test_a_participle_after_the_object_is_no_part_of_it() -> None:
    for text, trigger, patient in (
        ("The hackers stole data belonging to millions of customers.", "stole", "data"),
        ("Police arrested people living in the building.", "arrested", "people"),
        ("Troops detained men carrying the flags of the banned party.", "detained", "men"),
    ):
        assert (patient, "patient") in roles(event(text, trigger)), text
    # an "-ing" word inside the phrase, before its noun, stays in it
    closed = event("The police closed the training camp in May.", "closed")
    assert ("training camp", "patient") in roles(closed)


# -- counter-cases from the review of this session's rules (issue #7) --------------------


def test_an_infinitive_after_a_non_plan_keeps_its_subject() -> None:
    # _opposed_plan: only a plan or intent noun ("the plans to cut") hides whose act it is.
    assert ("army", "agent") in roles(
        event("The army launched an offensive over the weekend to retake the city.", "retake")
    )
    assert ("Police", "agent") in roles(
        event("Police fired tear gas against the crowd to disperse protesters.", "disperse")
    )
    assert ("troops", "agent") in roles(
        event("The troops advanced despite the rain to secure the bridge.", "secure")
    )


def test_a_counted_or_bare_charge_of_people_is_an_accusation() -> None:
    # charge_verb / crowd_noun: conflict only for a determined crowd with no count.
    for text in (
        "Prosecutors charged three students after the protest.",
        "Police have charged 23 protesters following Saturday's clashes.",
        "Prosecutors charged the supporters after the match.",
    ):
        assert typed(text, "charged") == "legal", text
    assert typed("Mounted police charged the crowd outside parliament.", "charged") == "conflict"


def test_a_clause_opened_after_a_participle_does_not_end_it() -> None:
    # _finite_at: "resumed in May after the ceasefire collapsed" is the sentence's verb.
    text = "Fighting near the dam resumed in May after the ceasefire collapsed."
    for trigger in ("Fighting", "resumed"):
        time = event(text, trigger).time
        assert time is not None and time.text == "May", trigger
    text = "Shelling near the port resumed in June when the truce ended."
    time = event(text, "resumed").time
    assert time is not None and time.text == "June"


def test_an_upset_with_an_agent_or_no_vehicle_is_no_accident() -> None:
    # upset_verb: only a vehicle with no object overturns by accident.
    text = "The verdict, overturned by the appeals court, was criticised."
    assert typed(text, "overturned") == "legal"
    text = "The ruling, overturned by the Supreme Court in May, was hailed."
    assert typed(text, "overturned") == "legal"
    assert typed("A bus overturned near Lahore.", "overturned") == "other"


def test_leaving_home_without_something_is_a_departure() -> None:
    # left_without: only a count or a plural is left without a supply.
    for text in (
        "The family left home without food and walked to the border.",
        "She left Kyiv without water and drove west.",
    ):
        assert typed(text, "left") == "movement", text
