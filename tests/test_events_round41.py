"""The events stage, round 41 (issue #7), on sentences written for these tests: an event
word that only names the person, body or thing it deals with ("a sanctions envoy", "the
warning system", "said spraying teams had") is no event; "left" meaning what remains
("nothing left", "what is left is", "the only route left to him", "left it with fewer")
is none, nor a state a verb of keeping holds ("keep their windows shut"); waits endured,
craft drifting, things stripped and surveys taken ("economists polled by") are events,
and so is a bare plural told as happening ("followed by mass protests"); an "-s" word
after "to", an auxiliary or a possessive is a plural ("Belarus's exports"). A "when"
clause right after a time happened then, a time in the subject's aside dates its verb,
"rejected that argument on Tuesday" opens nothing said; a place measured from a town
("Kargi, a village 120 km west of Marsabit") is the place, and so is a premises named
by its town ("a Paris bakery") or a district by its use ("Nairobi's business district")."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import extract_events

_events = partial(extract_events, published="2025-06-10")


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in _events(text)]


# -- an event word naming the one who deals with it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bloc's sanctions envoy, Petra Lind, said the measures would bite.", "sanctions"),
        ('"It will hurt," said Omar Saleh, a sanctions expert at the institute.', "sanctions"),
        ("The regional disaster office said 40 homes had been damaged.", "disaster"),
        ("The mayor said the warning system had worked as designed.", "warning"),
        ("The regulator urged payment providers to add backup servers.", "payment"),
        ("She promised a review of inspection rules for older buildings.", "inspection"),
        ("A delivery driver was robbed at gunpoint in the suburb on Friday.", "delivery"),
        ("The union said it would name more strike dates in January.", "strike"),
        ("The pilot had logged 9,000 hours of flying experience.", "flying"),
    ],
)
def test_event_word_naming_a_thing_is_no_event(text: str, word: str) -> None:
    assert word not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials said spraying teams had treated 8,000 hectares.", "spraying"),
        ("Farmers complained that spraying teams had come too late.", "spraying"),
        ("Vandals set fire to signalling cables near the junction on Sunday.", "signalling"),
        ("The police chief said striking workers had blocked the depot gates.", "striking"),
    ],
)
def test_ing_word_opening_a_phrase_after_a_saying_or_to_is_a_modifier(text: str, word: str) -> None:
    assert word not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The sanctions hit exports of potash in March.", "sanctions"),
        ("The strike disrupted flights across the region on Monday.", "strike"),
        ("The storm destroyed 40 shelters in the camp.", "storm"),
        ("Police arrested two drivers after the crash on the motorway.", "arrested"),
        ("The army said fighting had killed two soldiers near the border.", "fighting"),
    ],
)
def test_event_word_with_its_own_happening_still_counts(text: str, word: str) -> None:
    assert word in _triggers(text)


# -- "left" meaning what remains ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By nightfall there was nothing left of the orchard, the farmer said.",
        '"There is nothing green left in my fields," Amina Yusuf said.',
        '"What is left is the clean-up," the minister said.',
        "An appeal to the high court is the only option left to her.",
        "The sale raised cash but left the group with fewer shops to run.",
        'Rising costs had left the council "no room to manoeuvre", the treasurer said.',
    ],
)
def test_left_meaning_what_remains_is_no_event(text: str) -> None:
    assert "left" not in _triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The last troops left on Friday, officials said.",
        "Only the mayor left the building before the blast.",
        "Only he left the room before the vote.",
        "Nothing left the port for three days after the storm.",
    ],
)
def test_left_as_a_departure_still_counts(text: str) -> None:
    assert "left" in _triggers(text)


# -- a state kept ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials told residents to keep their windows shut until the cloud cleared.", "shut"),
        ('"We held the gate shut with a tractor," the farmer said.', "shut"),
        ("The chain kept all of its stores closed on Sunday.", "closed"),
    ],
)
def test_state_held_by_a_verb_of_keeping_is_no_event(text: str, word: str) -> None:
    assert word not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Firefighters kept working as the ministry closed the road.", "closed"),
        ("The firm held its meeting, closed the plant and laid off staff.", "closed"),
        ("The bank held talks and closed the branch on Monday.", "closed"),
        ("Police shut the border crossing on Monday.", "shut"),
    ],
)
def test_shut_or_closed_as_a_happening_still_counts(text: str, word: str) -> None:
    assert word in _triggers(text)


# -- new words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Patients had waited up to six hours to be seen, a nurse said.", "waited", "other"),
        ("Her father waited three years for a new hip.", "waited", "other"),
        ("The ferry drifted for about ten hours before it capsized.", "drifted", "movement"),
        ("A cloud of gas was drifting towards homes on Friday.", "drifting", "movement"),
        ("Swarms swept through the county, stripping maize fields.", "stripping", "other"),
        ("The sprinter was stripped of her medal on Monday.", "stripped", "other"),
        ("Only three of the 20 analysts polled by Reuters expected a hike.", "polled", "other"),
    ],
)
def test_new_event_words(text: str, trigger: str, kind: str) -> None:
    found = {e.trigger: e.type.value for e in _events(text)}
    assert found.get(trigger) == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We will wait and see what the court decides, he said.", "wait"),
        ("The wait for test results has grown longer.", "wait"),
        ("The Gaza Strip was shelled overnight, witnesses said.", "Strip"),
        ("A new poll showed the premier trailing.", "poll"),
    ],
)
def test_new_words_in_other_uses_are_no_event(text: str, word: str) -> None:
    assert word not in _triggers(text)


# -- time -----------------------------------------------------------------------------------


def _times(text: str) -> dict[str, str | None]:
    return {e.trigger: (e.time.text if e.time is not None else None) for e in _events(text)}


def _places(text: str) -> dict[str, str | None]:
    return {e.trigger: e.place for e in _events(text)}


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "The four nurses were seized at about 11 pm when gunmen stormed the clinic.",
            "stormed",
            "11 pm",
        ),
        (
            "The leak started shortly after 2 a.m. when a boiler exploded in the basement.",
            "exploded",
            "2 a.m.",
        ),
        (
            "Talks resumed on Tuesday when both delegations returned to Geneva.",
            "returned",
            "Tuesday",
        ),
    ],
)
def test_when_clause_takes_the_time_right_before_it(text: str, trigger: str, time: str) -> None:
    assert _times(text).get(trigger) == time


def test_when_clause_after_a_deadline_takes_no_time() -> None:
    text = "Talks were adjourned until Friday when the envoys resumed them."
    times = _times(text)
    assert "resumed" in times  # the verb of the "when" clause is found...
    assert times["resumed"] is None  # ...and the deadline does not date it


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "The blast, shortly before 6 a.m., brought down part of the third floor.",
            "brought down",
            "6 a.m.",
        ),
        ("Police, shortly after midnight, stormed the building.", "stormed", "midnight"),
        ("The raid, early on Friday, destroyed two warehouses.", "destroyed", "Friday"),
    ],
)
def test_time_in_the_subjects_aside_dates_its_verb(text: str, trigger: str, time: str) -> None:
    assert _times(text).get(trigger) == time


def test_a_relative_clause_aside_is_not_the_subjects_time() -> None:
    text = "The minister, who was elected in 2019, resigned on Monday."
    assert _times(text).get("resigned") == "Monday"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ferry, built in 2009, sank off the coast.", "sank"),
        ("The governor, who took office last year, resigned.", "resigned"),
    ],
)
def test_an_aside_with_a_verb_of_its_own_dates_no_main_verb(text: str, trigger: str) -> None:
    assert _times(text).get(trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("A three-member panel rejected that argument on Tuesday.", "rejected", "Tuesday"),
        ("The minister denied that claim on Monday.", "denied", "Monday"),
        ("The union rejected that offer on Friday, saying it was too low.", "rejected", "Friday"),
    ],
)
def test_demonstrative_that_opens_no_reported_clause(text: str, trigger: str, time: str) -> None:
    assert _times(text).get(trigger) == time


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officials warned that prices would rise on Monday.", "warned"),
        ("Officials warned that police in Lagos would be deployed on Monday.", "warned"),
        ("The minister warned that prices in Lagos were rising on Monday.", "warned"),
        ("Carvalho warned that action over the Easter holidays was not ruled out.", "warned"),
    ],
)
def test_that_opening_what_is_said_still_keeps_its_time(text: str, trigger: str) -> None:
    assert _times(text).get(trigger) is None


# -- place ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "In the village of Tambo, about 40 km north of Garissa, floods destroyed 200 homes.",
            "destroyed",
            "Tambo",
        ),
        (
            "In Loiyangalani, a town some 90 km west of Marsabit, the locusts arrived on Saturday.",
            "arrived",
            "Loiyangalani",
        ),
        (
            "In Kibera, 10 km south of the capital, protesters burned tyres on Monday.",
            "burned",
            "Kibera",
        ),
    ],
)
def test_place_measured_from_another_town_is_the_place(text: str, trigger: str, place: str) -> None:
    assert _places(text).get(trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Gunmen attacked a bus 40 km north of Maiduguri on Monday.", "attacked", "Maiduguri"),
        (
            "Gunmen attacked a bus on Monday, about 40 km north of Maiduguri.",
            "attacked",
            "Maiduguri",
        ),
    ],
)
def test_compass_place_without_a_place_before_it_still_places(
    text: str, trigger: str, place: str
) -> None:
    assert _places(text).get(trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("A blast in a Paris bakery in January 2019 killed four people.", "killed", "Paris"),
        ("A gunman opened fire in a Brussels cafe on Friday.", "opened fire", "Brussels"),
        (
            "A fire broke out at a Lagos supermarket on Monday, killing two guards.",
            "killing",
            "Lagos",
        ),
    ],
)
def test_name_before_a_premises_noun_is_the_place(text: str, trigger: str, place: str) -> None:
    assert _places(text).get(trigger) == place


# -- adjectives, measures imposed, a time past another verb ---------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She is one of the sport's most promising young sprinters.", "promising"),
        ("Residents received a very threatening letter on Monday.", "threatening"),
        ("It was an increasingly alarming situation, the mayor said.", "alarming"),
    ],
)
def test_ing_word_after_a_degree_adverb_is_an_adjective(text: str, word: str) -> None:
    assert word not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("There was more fighting in the north on Monday.", "fighting"),
        ("Prices kept rising most sharply in the capital.", "rising"),
    ],
)
def test_ing_word_after_more_or_before_a_degree_adverb_still_counts(
    text: str, trigger: str
) -> None:
    assert trigger in _triggers(text)


def test_time_of_a_later_verb_closes_no_verb_before_it() -> None:
    text = (
        "The court upheld a ban on the rider, stripping him of the stage he won at last"
        " year's Tour."
    )
    assert _times(text).get("upheld") is None


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        ("The army shelled the town and captured the bridge on Sunday.", "shelled", "Sunday"),
        ("The party won the seat, beating the incumbent in Sunday's vote.", "won", "Sunday"),
    ],
)
def test_time_closing_verbs_that_share_a_subject_still_dates_them(
    text: str, trigger: str, time: str
) -> None:
    assert _times(text).get(trigger) == time


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The two injured climbers were flown to a hospital in Chamonix.", "injured"),
        ("Three wounded soldiers were evacuated by helicopter.", "wounded"),
        ("Rescuers and four avalanche dogs joined the search.", "avalanche"),
        ("The strike added two days to delivery times for parcels.", "delivery"),
        ("The deal suspends arrest warrants for six rebel leaders.", "arrest"),
        ("Two fast attack craft circled the freighter.", "attack"),
    ],
)
def test_counted_participle_or_modifier_before_a_noun_is_no_event(text: str, word: str) -> None:
    assert word not in _triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed and five injured when the bus overturned.",
        "Three workers were killed and two injured.",
    ],
)
def test_counted_participle_sharing_were_is_still_a_verb(text: str) -> None:
    assert "injured" in _triggers(text)


# -- a bare plural told as happening; more words ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The disputed vote was followed by mass protests and a crackdown.", "protests"),
        ("The verdict sparked violent clashes in the city.", "clashes"),
        ("There were mass protests in the capital on Sunday.", "protests"),
        ("The port was hit by strikes all winter.", "strikes"),
    ],
)
def test_bare_plural_told_as_happening_is_an_event(text: str, trigger: str) -> None:
    assert trigger in _triggers(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mediators urged both sides to return to talks.", "talks"),
        ("The airline offered refunds to stranded passengers.", "refunds"),
    ],
)
def test_bare_plural_in_an_objects_place_is_still_none(text: str, word: str) -> None:
    assert word not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Witnesses said riot officers chased students across the campus.", "chased", "conflict"),
        ("About 12,000 sheep had died or been slaughtered.", "slaughtered", "other"),
        ("Swarms had been sighted near the coast on Monday.", "sighted", "other"),
        ("The gunmen headed north towards the hills.", "headed", "movement"),
        ("The explosion blew out windows across the street.", "blew out", "other"),
        ("The blast ripped away the roof of the depot.", "ripped away", "other"),
    ],
)
def test_more_new_event_words(text: str, trigger: str, kind: str) -> None:
    found = {e.trigger: e.type.value for e in _events(text)}
    assert found.get(trigger) == kind


def test_headed_by_a_person_is_no_movement() -> None:
    assert "headed" not in _triggers("An inquiry headed by a retired judge began work.")


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "In Accra's central business district, traders pulled down their shutters.",
            "pulled",
            "Accra's central business district",
        ),
        (
            "Protesters clashed with police in Lagos's financial district.",
            "clashed",
            "Lagos's financial district",
        ),
    ],
)
def test_district_named_by_its_use_is_a_place(text: str, trigger: str, place: str) -> None:
    assert _places(text).get(trigger) == place


# -- an "-s" word after an auxiliary, "to" or a possessive is a plural ------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bloc took about 8% of Belarus's exports last year.", "exports"),
        ("She did not respond to questions about the beatings.", "questions"),
        ("The outage slowed everything from lab results to discharges.", "discharges"),
    ],
)
def test_s_word_after_to_or_a_possessive_is_no_verb(text: str, word: str) -> None:
    assert word not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("There were protests in the capital on Sunday.", "protests"),
        ("Apple sells more phones than ever, analysts said.", "sells"),
        ("The package also bans exports of potash.", "bans"),
    ],
)
def test_s_word_as_a_plural_event_or_a_verb_after_a_name_still_counts(
    text: str, trigger: str
) -> None:
    assert trigger in _triggers(text)


# -- review of rounds 40 and 41: narrower trigger rules ----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The two clashed again on Monday in Geneva.", "clashed"),
        ("The two signed a deal on Monday.", "signed"),
        ("Police said the two killed a guard during the robbery.", "killed"),
        ("The two met briefly in Doha on Tuesday.", "met"),
        ("The three walked out of the talks on Monday.", "walked out"),
    ],
)
def test_past_form_after_a_spelt_count_as_subject_is_a_verb(text: str, trigger: str) -> None:
    assert trigger in _triggers(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Protesters held a rally and closed roads in the capital on Friday.", "closed"),
        ("The army held the city and shut schools across the region on Monday.", "shut"),
        ("Farmers held a protest and blocked roads near the border on Monday.", "blocked"),
        ("The mayor held a briefing and shut parks across the city on Sunday.", "shut"),
    ],
)
def test_state_word_after_and_or_before_its_object_is_a_happening(text: str, trigger: str) -> None:
    assert trigger in _triggers(text)


def test_state_kept_with_a_preposition_after_it_is_still_none() -> None:
    text = "Workers kept the gate shut with chains on Friday."
    assert "shut" not in _triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz left the country less than a week after the coup.",
        "The president left Kinshasa less than an hour before the attack.",
        "The envoy left Kabul less than a day before the talks.",
        "Only Ruiz left early on Friday, officials said.",
        "The only doctor left for Kabul on Friday.",
        "The only surgeon left for the front on Monday.",
    ],
)
def test_left_before_a_time_or_after_only_and_a_name_is_a_departure(text: str) -> None:
    assert "left" in _triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council was left with fewer staff than it needed.",
        "It was the only road left to them.",
    ],
)
def test_left_with_fewer_or_the_only_one_left_is_still_none(text: str) -> None:
    assert "left" not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ceasefire collapsed on Friday, so fighting resumed in the north.", "fighting"),
        ("Most shooting took place at night, police said on Monday.", "shooting"),
        ("The truce held for a week, so fighting broke out again.", "fighting"),
        ("Most looting happened after dark, residents said.", "looting"),
    ],
)
def test_ing_word_after_so_or_an_opening_most_is_an_event(text: str, trigger: str) -> None:
    assert trigger in _triggers(text)


def test_ing_word_after_the_least_is_still_an_adjective() -> None:
    assert "promising" not in _triggers("He is the least promising of the candidates.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The region has long been plagued by floods.", "floods"),
        ("There are frequent strikes in the sector, the union said on Monday.", "strikes"),
        ("The region has been plagued by droughts for years.", "droughts"),
        ("There are regular protests outside the embassy, residents said.", "protests"),
    ],
)
def test_bare_plural_of_a_standing_state_or_a_habit_is_no_event(text: str, word: str) -> None:
    assert word not in _triggers(text)


def test_bare_plural_after_a_verb_of_happening_and_by_is_still_an_event() -> None:
    assert "explosions" in _triggers("The village was rocked by explosions on Friday.")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rebels turned to attacking offices of aid groups in Goma.", "attacking"),
        ("The gang turned to kidnapping tourists for ransom.", "kidnapping"),
    ],
)
def test_gerund_after_to_takes_its_object(text: str, trigger: str) -> None:
    assert trigger in _triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the economy was heading towards recession in 2027.",
        "Inflation is heading towards 10% this year, economists said.",
        "The euro drifted lower against the dollar on Friday.",
        "The rupee drifted higher against the dollar on Monday.",
    ],
)
def test_trend_or_price_moving_is_no_movement(text: str) -> None:
    assert not {"heading", "drifted"} & set(_triggers(text))


def test_craft_drifting_towards_a_place_still_moves() -> None:
    found = {e.trigger: e.type.value for e in _events("The raft drifted towards the shore.")}
    assert found.get("drifted") == "movement"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("After the blast office workers were evacuated from the tower.", "blast"),
        ("After the raid experts examined the site.", "raid"),
    ],
)
def test_event_noun_ending_an_opening_phrase_before_a_head_is_an_event(
    text: str, trigger: str
) -> None:
    assert trigger in _triggers(text)
