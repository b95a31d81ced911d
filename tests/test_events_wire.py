"""The events stage on wire-style sentences written for these tests: noun modifiers,
sports results, participants (names with digits, "shares in X", a subject before a
participle), which time an event takes, and which place."""

from __future__ import annotations

from _eventtools import by_trigger, datelined, roles, run
from _eventtools import span_of as _span
from newsfacts.models import Event, EventType, TimeExpression


def time_at(text: str, phrase: str, value: str = "2024-03-08") -> TimeExpression:
    return TimeExpression(span=_span(text, phrase), text=phrase, type="date", value=value)


def triggers(events: list[Event]) -> list[str]:
    return [e.trigger for e in events]


def time_of(event: Event) -> str | None:
    return event.time.text if event.time is not None else None


# -- triggers ----------------------------------------------------------------------------


def test_an_event_word_before_a_noun_it_modifies_is_no_event() -> None:
    assert triggers(run("The attack helicopter crashed near Kassel.")) == ["crashed"]
    # ("set up" is an event of its own since round 5; "strike" stays no event.)
    assert triggers(run("The union set up a strike fund for its members.")) == ["set up"]
    assert triggers(run("Shipping analysts expect higher freight rates.")) == []
    assert "drilling" not in triggers(run("A blizzard destroyed the drilling tent."))
    assert "rescue" not in triggers(run("A rescue team reached the mine."))


def test_the_same_words_are_events_where_they_head_their_phrase() -> None:
    assert "attack" in triggers(run("The attack killed 12 people."))
    assert "strike" in triggers(run("The strike ended on Friday."))
    # After a comma an "-ing" verb takes an object: "killing workers" is a killing.
    assert "killing" in triggers(run("Gunmen stormed the depot, killing workers."))


def test_a_participle_after_a_preposition_is_an_adjective() -> None:
    events = run("The group was founded by retired teachers in Macon.")
    assert triggers(events) == ["founded"]
    assert ("retired teachers", "agent") in roles(by_trigger(events, "founded"))
    assert triggers(run("The fund pays for displaced families.")) == []


def test_a_fight_word_with_a_score_or_a_sports_word_is_a_result() -> None:
    assert by_trigger(run("The Tigers beat Lincoln 3-1."), "beat").type is EventType.OTHER
    text = "Porto Alegre beat Santos in the semi-final."
    assert by_trigger(run(text), "beat").type is EventType.OTHER
    assert by_trigger(run("Police beat protesters outside the court."), "beat").type is (
        EventType.CONFLICT
    )


# -- participants ------------------------------------------------------------------------


def test_a_name_with_digits_is_a_participant() -> None:
    events = run("The M23 seized Rubaya.")
    assert ("M23", "agent") in roles(by_trigger(events, "seized"))
    events = run("The G7 condemned the attack.")
    assert ("G7", "agent") in roles(by_trigger(events, "condemned"))


def test_both_sides_of_clashes_near_a_place() -> None:
    events = run("Clashes near Kibati between the army and M23 rebels forced families to flee.")
    event = by_trigger(events, "Clashes")
    assert {("army", "other"), ("M23 rebels", "other")} <= roles(event)
    assert event.place == "Kibati"
    events = run("Talks in Geneva between the ministry and the union collapsed.")
    assert ("union", "other") in roles(by_trigger(events, "Talks"))


def test_shares_in_a_named_company_name_the_company() -> None:
    event = by_trigger(run("Shares in Veltman jumped 12 percent."), "jumped")
    assert roles(event) == {("Shares in Veltman", "patient")}
    event = by_trigger(run("Its stake in Orlen Group fell sharply."), "fell")
    assert roles(event) == {("stake in Orlen Group", "patient")}
    # Without a name the shares alone undergo it.
    event = by_trigger(run("Shares in the company fell 11 percent."), "fell")
    assert roles(event) == {("Shares", "patient")}


def test_the_subject_before_a_participle_and_its_place() -> None:
    text = "An international team drilling at Little Dome C has recovered ancient ice."
    event = by_trigger(run(text), "recovered")
    assert ("international team", "agent") in roles(event)
    text = "Miners trapped in Tacna were rescued on Sunday."
    event = by_trigger(run(text), "rescued")
    assert ("Miners", "patient") in roles(event)
    # An auxiliary before it makes it the main verb: its own subject stays.
    events = run("Engineers had worked near Tacna and the crews recovered the bodies.")
    assert ("crews", "agent") in roles(by_trigger(events, "recovered"))


def test_asking_someone_makes_them_the_recipient() -> None:
    event = by_trigger(run("The group asked a federal judge to block the rule."), "asked")
    assert ("federal judge", "recipient") in roles(event)
    event = by_trigger(run("The city asked for more aircraft."), "asked")
    assert not any(role == "patient" for _, role in roles(event))


# -- time --------------------------------------------------------------------------------


def test_a_time_after_an_apposition_dates_the_verb_before_it() -> None:
    text = "Armed men stormed Kanyaruchinya, a village north of Goma, on Tuesday night."
    event = by_trigger(run(text, time_at(text, "Tuesday night")), "stormed")
    assert time_of(event) == "Tuesday night"
    text = "Rebels looted Rubaya, the mining town, on Monday."
    assert time_of(by_trigger(run(text, time_at(text, "Monday")), "looted")) == "Monday"


def test_a_time_in_a_reported_clause_does_not_date_the_speech_act() -> None:
    text = "Forecasters warned that the heat would stay above 40 degrees until at least Sunday."
    event = by_trigger(run(text, time_at(text, "Sunday")), "warned")
    assert event.time is None


def test_the_end_of_a_happening_does_not_date_it() -> None:
    text = "Esperance had hidden with her children in a plantation until dawn."
    assert by_trigger(run(text, time_at(text, "dawn")), "hidden").time is None
    text = "The airport was closed till Friday."
    assert by_trigger(run(text, time_at(text, "Friday")), "closed").time is None


def test_the_deadline_of_an_urged_action_is_not_the_urging_s() -> None:
    text = "The army urged the government to act by the end of the month."
    event = by_trigger(run(text, time_at(text, "the end of the month")), "urged")
    assert event.time is None
    text = "The board approved the forms last week and urged counties to print them by Friday."
    events = run(text, time_at(text, "last week"), time_at(text, "Friday"))
    assert time_of(by_trigger(events, "urged")) == "last week"


def test_times_of_reporting_verbs_and_relative_clauses_are_not_inherited() -> None:
    text = (
        "A team has recovered ancient ice, its leaders said on Thursday. "
        "The European Commission funded the project."
    )
    events = run(text, time_at(text, "Thursday"))
    assert by_trigger(events, "funded").time is None
    text = "The project, which began in 2019, ended. Barbante thanked the crews."
    events = run(text, time_at(text, "2019", "2019"))
    assert by_trigger(events, "thanked").time is None


def test_a_bare_year_is_not_inherited_but_a_day_or_month_is() -> None:
    text = "The group was founded in 2018. It funded a challenge in Alabama."
    events = run(text, time_at(text, "2018", "2018"))
    assert time_of(by_trigger(events, "founded")) == "2018"
    assert by_trigger(events, "funded").time is None
    text = "Protests erupted in June. At least 19 people were killed."
    events = run(text, time_at(text, "June", "2024-06"))
    assert time_of(by_trigger(events, "killed")) == "June"
    text = "Rebels attacked a convoy on Monday. They burned two trucks."
    events = run(text, time_at(text, "Monday"))
    assert time_of(by_trigger(events, "burned")) == "Monday"


# -- place -------------------------------------------------------------------------------


def test_the_nearer_of_two_chained_places() -> None:
    text = "A team drilling at Little Dome C in East Antarctica reached bedrock."
    assert by_trigger(run(text), "drilling").place == "Little Dome C"
    text = "Fighters killed 12 people in Kibati in North Kivu."
    assert by_trigger(run(text), "killed").place == "Kibati"
    # A building gives way to the city after it.
    text = "Harlow City beat Dunmore at Wembley Stadium in London."
    assert by_trigger(run(text), "beat").place == "London"


def test_and_before_an_auxiliary_opens_a_new_clause() -> None:
    text = "The M23 seized Rubaya in 2024 and has since taken control of towns in the region."
    event = by_trigger(run(text, time_at(text, "2024", "2024")), "seized")
    assert event.place == "Rubaya"
    assert time_of(event) == "2024"


def test_what_the_same_person_says_next_is_said_where_they_went() -> None:
    text = (
        "GOMA, Congo — Rebels attacked Kibati.\n\n"
        "Governor Peter Cirimwami visited the camp at Bulengo on Wednesday. "
        "The governor condemned the killings."
    )
    events = datelined(text, "GOMA, Congo", time_at(text, "Wednesday"))
    assert by_trigger(events, "condemned").place == "Bulengo"
    text = (
        "GOMA, Congo — Rebels attacked Kibati.\n\n"
        "Governor Peter Cirimwami visited the camp at Bulengo on Wednesday. "
        "The ministry condemned the killings."
    )
    events = datelined(text, "GOMA, Congo", time_at(text, "Wednesday"))
    assert by_trigger(events, "condemned").place is None


def test_the_antecedent_of_who_after_a_preposition() -> None:
    text = "Volunteers delivered hot meals to families who had fled their homes."
    assert ("families", "agent") in roles(by_trigger(run(text), "fled"))
    text = "Police arrested a man from Goma who had looted a shop."
    assert ("man", "agent") in roles(by_trigger(run(text), "looted"))


def test_a_light_verb_after_and_shares_the_subject_before() -> None:
    text = "Relatives gathered outside the mine and held a vigil."
    assert ("Relatives", "agent") in roles(by_trigger(run(text), "vigil"))
    text = "Farmers blocked roads and staged a protest."
    assert ("Farmers", "agent") in roles(by_trigger(run(text), "protest"))


def test_what_an_amount_is_in_is_the_patient() -> None:
    text = "The World Bank approved $200 million in emergency aid."
    assert ("$200 million in emergency aid", "patient") in roles(by_trigger(run(text), "approved"))
    text = "The start-up raised 40 million euros in venture funding."
    patient = ("40 million euros in venture funding", "patient")
    assert patient in roles(by_trigger(run(text), "raised"))


def test_recipients_and_objects_of_presenting_and_recovering() -> None:
    text = "Kern presented the plan to investors."
    assert ("investors", "recipient") in roles(by_trigger(run(text), "presented"))
    text = "Divers recovered the bodies."
    assert ("bodies", "patient") in roles(by_trigger(run(text), "recovered"))


def test_a_name_after_a_determiner_that_modifies_a_noun_is_not_the_head() -> None:
    event = by_trigger(run("Harlow City reached the FA Trophy final."), "reached")
    assert ("FA Trophy final", "patient") in roles(event)
    event = by_trigger(run("Porto Alegre won the Brazilian league title."), "won")
    assert any("league title" in name for name, _ in roles(event))


def test_a_time_closing_verbs_with_one_subject_dates_them_all() -> None:
    text = "Rescuers drilled an escape shaft and freed six men on Sunday."
    events = run(text, time_at(text, "Sunday"))
    assert time_of(by_trigger(events, "drilled")) == "Sunday"
    assert "escape" not in triggers(events)  # "an escape shaft": a modifier
    # A time still to come does not date what was done.
    text = "The company shipped buses to the region and would reopen the line next month."
    events = run(text, time_at(text, "next month", "2024-04"), published=None)
    assert by_trigger(events, "shipped").time is None


def test_the_dateline_does_not_place_what_had_happened_before() -> None:
    text = "KYIV, Ukraine — Rebels attacked a convoy.\n\nPolice arrested men who had looted shops."
    events = datelined(text, "KYIV, Ukraine")
    assert by_trigger(events, "attacked").place == "Kyiv"
    assert by_trigger(events, "arrested").place is None
    assert by_trigger(events, "looted").place is None


def test_an_approach_is_a_bid_only_with_a_named_party() -> None:
    event = by_trigger(run("Brenner Group made an approach for Veltman."), "approach")
    assert event.type is EventType.ECONOMIC
    assert ("Veltman", "patient") in roles(event)
    assert "approach" in triggers(run("Veltman rejected Brenner's approach."))
    assert triggers(run("The ministry welcomed the central bank's prudent approach.")) == [
        "welcomed"
    ]


def test_a_clock_time_dates_its_own_clause_only() -> None:
    text = "The council voted shortly after midnight, and the mayor thanked residents."
    clock = TimeExpression(
        span=_span(text, "midnight"), text="midnight", type="time", value="2024-03-08T24:00"
    )
    events = run(text, clock)
    assert time_of(by_trigger(events, "voted")) == "midnight"
    assert by_trigger(events, "thanked").time is None
    # A part of the day is no clock time: it dates the sentence as a day does.
    text = "The minister visited on Wednesday afternoon, and the mayor thanked residents."
    part = TimeExpression(
        span=_span(text, "Wednesday afternoon"),
        text="Wednesday afternoon",
        type="time",
        value="XXXX-WXX-3TAF",
    )
    events = run(text, part)
    assert time_of(by_trigger(events, "thanked")) == "Wednesday afternoon"


def test_an_owner_is_no_place_but_the_place_it_owns_is() -> None:
    text = "Police arrested two men in Veltman's home town of Bielefeld."
    assert by_trigger(run(text), "arrested").place == "Bielefeld"
    text = "Troops were deployed in Kabila's stronghold."
    assert by_trigger(run(text), "deployed").place is None


def test_what_money_goes_into_is_no_place() -> None:
    event = by_trigger(run("Kestrel invested heavily in Veltman."), "invested")
    assert event.place is None
    assert ("heavily", "patient") not in roles(event)
    assert by_trigger(run("Supporters held a rally in Lyon."), "rally").place == "Lyon"


def test_a_participle_s_place_places_the_verb_before_it() -> None:
    text = (
        "SAO PAULO — Porto Alegre won the title, beating Santos 3-0 at the Arena in Porto Alegre."
    )
    events = datelined(text, "SAO PAULO")
    assert by_trigger(events, "won").place == "Porto Alegre"
    # A speech act's place is what it speaks of, not where the verb before happened.
    text = "STOCKHOLM — Voltera cut its forecast, blaming a price war in China."
    events = datelined(text, "STOCKHOLM")
    assert by_trigger(events, "cut").place == "Stockholm"


def test_a_described_noun_stands_for_the_name_it_described_before() -> None:
    text = (
        "The regional government said the state weather agency AEMET had issued a red "
        "alert. AEMET rejected that account. A spokesman said the agency had warned of "
        "extreme rainfall."
    )
    assert ("AEMET", "agent") in roles(by_trigger(run(text), "warned"))


def test_a_name_that_opens_with_a_capitalised_preposition() -> None:
    text = "The European Commission funded the Beyond EPICA project."
    event = by_trigger(run(text), "funded")
    assert any("Beyond EPICA" in name and role == "patient" for name, role in roles(event))
    text = "Investors sued Under Armour in Baltimore."
    assert any("Under Armour" in name for name, _ in roles(by_trigger(run(text), "sued")))
