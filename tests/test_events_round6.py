"""The events stage on sentences written for these tests, in the genres of round 6 (farms,
obituaries, inquiries, launches, strikes): ordinary happening verbs, "failed to" and
"whether" that report nothing, event nouns that only point back at a happening or name
a topic, subjects of opening participles and of verbs after a subordinate clause, a
speaker's "I" inside a quote, and the time of a figure a change is measured from."""

from __future__ import annotations

import pytest

import newsfacts
from _eventtools import by_trigger, roles, run
from _eventtools import span_of as _span
from newsfacts.models import Event, TimeExpression


def day(text: str, phrase: str, value: str, nth: int = 0) -> TimeExpression:
    return TimeExpression(span=_span(text, phrase, nth), text=phrase, type="date", value=value)


def triggers(events: list[Event]) -> list[str]:
    return [e.trigger for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Farmers planted maize twice this season.", "planted"),
        ("The rains failed across the south.", "failed"),
        ("Her designs were copied across the region.", "copied"),
        ("She taught in Accra for several years.", "taught"),
        ("The capsule separated from the rocket.", "separated"),
        ("The launch was scrubbed 47 seconds before lift-off.", "scrubbed"),
        ("The leak was traced to a faulty valve.", "traced"),
        ("Auditors flagged the contracts.", "flagged"),
        ("The airline deferred the repairs.", "deferred"),
        ("The sample was tracked by couriers.", "tracked"),
        ("The ban was backdated to July.", "backdated"),
        ("Ice accumulated on the wings.", "accumulated"),
        ("Investigators listened to the recordings.", "listened"),
        ("The families ate the seed.", "ate"),
        ("The agency ran two full rehearsals.", "rehearsals"),
        ("Okonjo fell out with the government.", "fell out"),
    ],
)
def test_round6_happening_verbs(text: str, trigger: str) -> None:
    assert trigger in triggers(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The talks failed to produce a deal.",
        "Negotiators failed to agree on a text.",
        "He was asked whether the talks had failed.",
        "Reporters asked whether the army had retreated.",
    ],
)
def test_failing_to_and_asking_whether_report_no_happening(text: str) -> None:
    found = triggers(run(text))
    assert "failed" not in found and "retreated" not in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Residents condemned the killings.", "killings"),
        ("The union rejected the deal on Friday.", "deal"),
        ("Lawyers will challenge the decision in court.", "decision"),
        ("Nobody can steal this victory.", "victory"),
        ("The board made a decision to keep the planes flying.", "decision"),
        ("She filed a request to delay the hearing.", "request"),
        ("Investigators recovered both flight recorders.", "flight"),
        ("An accident investigation commission published its findings.", "investigation"),
        ("A senior official at the disaster management unit spoke.", "disaster"),
    ],
)
def test_event_nouns_that_point_back_or_modify_are_not_events(text: str, word: str) -> None:
    assert word not in triggers(run(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ministers held talks in Brussels.", "talks"),
        ("The summit was held in Montevideo.", "summit"),
        ("A storm hit the coast at dawn.", "storm"),
        ("Hundreds attended the ceremony in London.", "ceremony"),
    ],
)
def test_event_nouns_that_report_a_happening_are_kept(text: str, word: str) -> None:
    assert word in triggers(run(text))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Maria Keller returned to Lagos in 1994.", "returned", ("Maria Keller", "agent")),
        ("The engineers returned to the site.", "returned", ("engineers", "agent")),
        ("The airline returned two planes to service.", "returned", ("airline", "agent")),
        ("Okonjo fell out with the military government.", "fell out", ("Okonjo", "agent")),
        (
            "Okonjo fell out with the military government.",
            "fell out",
            ("military government", "other"),
        ),
        ("The capsule separated from the rocket.", "separated", ("capsule", "agent")),
        ("Farmers planted twice last year.", "planted", ("Farmers", "agent")),
        ("The rains failed in January.", "failed", ("rains", "patient")),
    ],
)
def test_round6_roles(text: str, trigger: str, expected: tuple[str, str]) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert expected in found, found


def test_adverb_is_no_object() -> None:
    found = roles(by_trigger(run("Farmers planted twice after the rains."), "planted"))
    assert found == {("Farmers", "agent")}


@pytest.mark.parametrize(
    ("text", "trigger", "role"),
    [
        ("Shares in the bank closed 4 percent lower.", "closed", "patient"),
        ("The index closed 2 percent higher on Friday.", "closed", "patient"),
        ("The education authority shut 120 schools.", "shut", "agent"),
        ("The council closed three libraries.", "closed", "agent"),
    ],
)
def test_an_amount_is_no_object_of_an_ergative_verb(text: str, trigger: str, role: str) -> None:
    subject = text.split(" ")[1] if text.startswith("The ") else text.split(" ")[0]
    found = roles(by_trigger(run(text), trigger))
    assert any(subject in name and r == role for name, r in found), found


@pytest.mark.parametrize(
    ("text", "trigger", "subject", "role"),
    [
        ("Born in Enugu in 1942, Okonjo was a teacher.", "Born", "Okonjo", "patient"),
        (
            "Arrested in 2020, the activist spent two years in jail.",
            "Arrested",
            "activist",
            "patient",
        ),
        ("Founded in 1990, the firm grew fast.", "Founded", "firm", "patient"),
        ("Speaking in Lagos, the minister promised aid.", "promised", "minister", "agent"),
    ],
)
def test_an_opening_participle_has_the_subject_after_its_comma(
    text: str, trigger: str, subject: str, role: str
) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(subject in name and r == role for name, r in found), found


@pytest.mark.parametrize(
    ("text", "trigger", "patient", "agent"),
    [
        ("The plan, first announced by the mayor, passed in June.", "announced", "plan", "mayor"),
        ("The deal, signed by the minister, was published.", "signed", "deal", "minister"),
        ("The report, released by the commission, was long.", "released", "report", "commission"),
    ],
)
def test_a_participle_aside_with_by_is_passive(
    text: str, trigger: str, patient: str, agent: str
) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(patient in name and r == "patient" for name, r in found), found
    assert any(agent in name and r == "agent" for name, r in found), found


@pytest.mark.parametrize(
    ("text", "trigger", "subject", "not_subject"),
    [
        (
            "The plane entered a stall after ice accumulated on its wings, and struck a hill.",
            "struck",
            "plane",
            "ice",
        ),
        (
            "Police arrested two men after protesters attacked a bus, and detained a third.",
            "detained",
            "Police",
            "protesters",
        ),
        (
            "The army shelled the town when rebels refused to leave, and killed five people.",
            "killed",
            "army",
            "rebels",
        ),
    ],
)
def test_after_a_subordinate_clause_and_comma_the_main_subject_returns(
    text: str, trigger: str, subject: str, not_subject: str
) -> None:
    names = {name for name, role in roles(by_trigger(run(text), trigger)) if role == "agent"}
    assert any(subject in n for n in names), names
    assert not any(not_subject in n for n in names), names


def test_without_the_comma_the_subordinate_subject_goes_on() -> None:
    text = "The storm flooded homes when the river burst its banks and destroyed a bridge."
    names = {name for name, _ in roles(by_trigger(run(text), "destroyed"))}
    assert any("river" in n for n in names), names


@pytest.mark.parametrize(
    "text",
    [
        '"I have paid £9,250 a year for this," said Priya Nair, a student.',
        '"I visited the camp on Monday," the minister, Maria Keller, told reporters.',
        'Priya Nair, a student, spoke to reporters. "I\'ve protested every week," she said.',
    ],
)
def test_i_inside_a_quote_is_its_speaker(text: str) -> None:
    facts = newsfacts.extract(text, published="2026-03-05")
    quoted = [e for e in facts.events if e.claim_span is not None and e.reported_by is not None]
    assert quoted, facts.events
    for event in quoted:
        speaker = event.reported_by
        assert speaker is not None
        names = [p.name for p in event.participants if p.role == "agent"]
        assert names == [speaker.name], (names, speaker.name)
        assert not any(n.lower().startswith("i") and len(n) <= 4 for n in names)


@pytest.mark.parametrize(
    ("text", "trigger", "phrase", "value"),
    [
        (
            "The harvest had fallen to 1.5 million tonnes, from 3.3 million tonnes a year earlier.",
            "fallen",
            "a year earlier",
            "2025",
        ),
        ("Sales fell 4% to 200,000 from 210,000 in 2023.", "fell", "2023", "2023"),
        ("Exports rose to 6,900 from 6,560 in March.", "rose", "March", "2026-03"),
    ],
)
def test_the_time_of_a_baseline_figure_dates_no_change(
    text: str, trigger: str, phrase: str, value: str
) -> None:
    event = by_trigger(run(text, day(text, phrase, value)), trigger)
    assert event.time is None


def test_a_time_of_the_change_itself_still_dates_it() -> None:
    text = "Exports rose to 6,900 in March from 6,560."
    event = by_trigger(run(text, day(text, "March", "2026-03")), "rose")
    assert event.time is not None and event.time.text == "March"


def test_later_participles_of_a_pluperfect_list_are_background() -> None:
    text = (
        "MONACO (Reuters) - The unit banned the runner on Thursday.\n\n"
        "Its head said the sample had been sealed, tracked and stored correctly."
    )
    events = run(text, dateline="MONACO", dateline_span=_span(text, "MONACO"))
    for trigger in ("sealed", "tracked", "stored"):
        assert by_trigger(events, trigger).place is None, trigger
    assert by_trigger(events, "banned").place == "Monaco"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A student, who did not want to be named, said she was angry.", "named"),
        ("An official, who was not authorised to discuss the matter, spoke.", "discuss"),
        ("The firm did not respond to a request for comment.", "request"),
        ("Thanks for joining us today.", "joining"),
        ("She is survived by her husband and two sons.", "survived"),
        ("The report stopped short of blaming the pilots.", "stopped"),
        ("The network, a U.S.-funded monitor, said crops had failed.", "funded"),
    ],
)
def test_round6_set_phrases_and_compounds_are_no_events(text: str, word: str) -> None:
    assert word not in triggers(run(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police stopped the car near the border.", "stopped"),
        ("Two men survived the crash.", "survived"),
        ("The state funded the new clinic.", "funded"),
    ],
)
def test_the_same_words_outside_those_phrases_are_events(text: str, word: str) -> None:
    assert word in triggers(run(text))


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "not_agent"),
    [
        (
            "About 200 people with placards and flasks of tea blocked the road.",
            "blocked",
            "people",
            "tea",
        ),
        ("Soldiers with rifles and dogs searched the village.", "searched", "Soldiers", "dogs"),
        (
            "Farmers with tractors and trailers blocked the motorway.",
            "blocked",
            "Farmers",
            "trailers",
        ),
    ],
)
def test_a_with_phrase_holding_and_is_no_subject(
    text: str, trigger: str, agent: str, not_agent: str
) -> None:
    names = {name for name, role in roles(by_trigger(run(text), trigger)) if role == "agent"}
    assert any(agent in n for n in names), names
    assert not any(not_agent in n for n in names), names


def test_and_after_a_with_phrase_still_shares_the_subject() -> None:
    text = "President Thomas Reed spoke by phone with the leaders and urged them to act."
    names = {name for name, role in roles(by_trigger(run(text), "urged")) if role == "agent"}
    assert any("Reed" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("About 1.2 million students have had classes cancelled.", "cancelled", "classes"),
        ("Hundreds of families had their homes destroyed by the floods.", "destroyed", "homes"),
        ("He got his licence revoked last year.", "revoked", "licence"),
    ],
)
def test_what_someone_had_done_undergoes_it(text: str, trigger: str, patient: str) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(patient in name and role == "patient" for name, role in found), found
    assert not any(role == "agent" and patient in name for name, role in found), found


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The club had already cancelled the match.", "cancelled", "club"),
        ("An economist who has studied stadium deals warned of losses.", "warned", "economist"),
        ("The company has cancelled 40 flights.", "cancelled", "company"),
    ],
)
def test_a_perfect_is_no_had_done(text: str, trigger: str, agent: str) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(agent in name and role == "agent" for name, role in found), found


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("Two people identified him as Sorin Vlad, who oversees procurement.", "Sorin Vlad"),
        ("Police identified the victim as Maria Keller.", "Maria Keller"),
        ("Officials identified the dead man as Tomas Berg on Monday.", "Tomas Berg"),
    ],
)
def test_identified_as_a_name_gives_that_name(text: str, patient: str) -> None:
    found = roles(by_trigger(run(text), "identified"))
    assert (patient, "patient") in found, found


def test_identified_as_a_description_keeps_the_object() -> None:
    text = "Police identified the suspect as a 34-year-old man."
    found = roles(by_trigger(run(text), "identified"))
    assert any("suspect" in name and role == "patient" for name, role in found), found


@pytest.mark.parametrize(
    "where",
    ["in the worst-affected districts", "in the flood-hit villages", "in the war-torn region"],
)
def test_a_hyphenated_unnamed_place_keeps_the_dateline_off(where: str) -> None:
    text = f"CHOMA, Zambia (AP) - Aid workers began distributing food {where} on Monday."
    events = run(text, dateline="CHOMA, Zambia", dateline_span=_span(text, "CHOMA, Zambia"))
    assert by_trigger(events, "distributing").place is None


def test_without_an_unnamed_place_the_dateline_places_the_lead() -> None:
    text = "CHOMA, Zambia (AP) - Aid workers began distributing food on Monday."
    events = run(text, dateline="CHOMA, Zambia", dateline_span=_span(text, "CHOMA, Zambia"))
    assert by_trigger(events, "distributing").place == "Choma"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The bill passed with 200 votes.", "patient"),
        ("The measure passed easily on Monday.", "patient"),
        ("The Senate passed the bill.", "agent"),
    ],
)
def test_passed_is_ergative(text: str, role: str) -> None:
    subject = text.split(" ")[1]
    found = roles(by_trigger(run(text), "passed"))
    assert (subject, role) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The plan, announced by the mayor in June, passed with the votes of his group.",
        "The law, approved by parliament in June, took effect quietly.",
    ],
)
def test_a_participle_aside_dates_only_itself(text: str) -> None:
    events = run(text, day(text, "June", "2026-06"))
    first, *rest = events
    assert first.time is not None and first.time.text == "June"
    assert rest and all(e.time is None for e in rest), [(e.trigger, e.time) for e in rest]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "Her husband, the surgeon Chike Okonjo, whom she married in 1970, died.",
            "married",
            "Chike Okonjo",
        ),
        ("Police recovered the car, which the gang had stolen in March.", "stolen", "car"),
        ("The bridge, which engineers inspected on Monday, reopened.", "inspected", "bridge"),
    ],
)
def test_the_phrase_before_whom_or_which_is_the_object(
    text: str, trigger: str, patient: str
) -> None:
    found = roles(by_trigger(run(text), trigger))
    assert any(patient in name and role == "patient" for name, role in found), found


def test_a_relative_subject_is_not_made_an_object() -> None:
    text = "The mayor, who visited the camp on Monday, promised aid."
    found = roles(by_trigger(run(text), "visited"))
    assert not any("mayor" in name and role == "patient" for name, role in found), found
