"""The events stage on sentences written for these tests: bare infinitives ("helped the
team reach"), set phrases with "take" and "write to", "has since" (no earlier time), and
the dateline's city for statements made at a gathering the lead tells of."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, datelined, roles, run
from _eventtools import span_of as _span
from newsfacts.models import Event, ParticipantRole, TimeExpression


def year(text: str, phrase: str) -> TimeExpression:
    return TimeExpression(span=_span(text, phrase), text=phrase, type="date", value=phrase[-4:])


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("His late goal helped the team reach the final.", "team"),
        ("Two penalties helped Dunmore Rovers reach the semi-finals.", "Dunmore Rovers"),
        ("The grant will help the council fund a new library.", "council"),
        ("A tax break helped the club sponsor the youth league.", "club"),
    ],
)
def test_bare_infinitive_after_help_is_an_event_of_its_object(text: str, agent: str) -> None:
    events = run(text)
    bare = [e for e in events if e.trigger in ("reach", "fund", "sponsor")]
    assert len(bare) == 1
    assert (agent, ParticipantRole.AGENT) in roles(bare[0])


@pytest.mark.parametrize(
    "text",
    [
        "Both sides hope to reach a deal.",
        "The title is now within reach.",
        "Ministers want to fund more schools.",
        "The reach of the new law is unclear.",
    ],
)
def test_base_form_alone_is_no_event(text: str) -> None:
    assert not [e for e in run(text) if e.trigger in ("reach", "fund")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels have taken control of three towns.", "taken control"),
        ("The militia took control of the airport.", "took control"),
        ("The new rules took effect in March.", "took effect"),
        ("He was jailed for taking bribes from builders.", "taking bribes"),
        ("The startup floated on the Nasdaq last year.", "floated on"),
    ],
)
def test_set_phrases_with_take_and_float(text: str, trigger: str) -> None:
    assert trigger in [e.trigger for e in run(text)]


@pytest.mark.parametrize(
    "text", ["She had written to the minister.", "The union wrote to the prime minister."]
)
def test_writing_to_someone_makes_them_the_recipient(text: str) -> None:
    event = next(e for e in run(text) if e.trigger in ("written to", "wrote to"))
    assert any(
        p.role is ParticipantRole.RECIPIENT and "minister" in p.name for p in event.participants
    )


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("The M23 seized Rubaya in 2024 and has since taken control of towns.", "taken control"),
        ("The army retook Kalehe in 2023 and has since captured three villages.", "captured"),
    ],
)
def test_has_since_takes_no_earlier_time(text: str, later: str) -> None:
    events = run(text, year(text, "in 2024" if "2024" in text else "in 2023"))
    assert by_trigger(events, later).time is None
    assert by_trigger(events, later).place is None


@pytest.mark.parametrize(
    "text",
    [
        "LEEDS, England — Residents confronted the company at a council hearing on Thursday."
        "\n\nThe chief executive, Martin Hale, apologised to residents.",
        "BRUSSELS — EU leaders failed to agree at a summit on Thursday."
        "\n\nThe Hungarian prime minister, Gabor Sandor, warned that Budapest would veto it.",
        "OSLO — Talks between the two sides broke down on Monday."
        "\n\nThe union leader, Kari Berg, accused the company of bad faith.",
    ],
)
def test_statement_after_a_gathering_of_the_lead_is_not_placed(text: str) -> None:
    """Past the lead the dateline places nothing, even what may be said at its gathering."""
    dateline = text.split(" ", 1)[0].rstrip(",")
    events = datelined(text, dateline)
    later = [e for e in events if e.span.start > text.index("\n\n")]
    assert later and all(e.place is None for e in later)


@pytest.mark.parametrize(
    "second",
    [
        "In a statement, the ministry accused the company of bad faith.",
        "The White House said the president had spoken by phone and urged calm.",
        "Germany welcomed the outcome.",
    ],
)
def test_statement_sent_from_afar_is_not_placed_at_the_gathering(second: str) -> None:
    text = "OSLO — Talks between the two sides broke down on Monday.\n\n" + second
    events = datelined(text, "OSLO")
    later = [e for e in events if e.span.start > text.index("\n\n")]
    assert later and all(e.place is None for e in later)


def test_statement_without_a_gathering_is_not_placed() -> None:
    text = "OSLO — Salmon farmers froze investment on Monday.\n\nThe union accused the company."
    event = by_trigger(datelined(text, "OSLO"), "accused")
    assert event.place is None


@pytest.mark.parametrize(
    ("text", "dateline", "trigger", "place"),
    [
        (
            "LUSAKA, Zambia (AP) — The opposition leader said he had won the presidential "
            "election.",
            "LUSAKA, Zambia (AP)",
            "won",
            "Zambia",
        ),
        (
            "BLANTYRE, Malawi — Counting began after a presidential election on Tuesday.",
            "BLANTYRE, Malawi",
            "election",
            "Malawi",
        ),
        (
            "QUITO, Ecuador — Observers said voting had been largely peaceful.",
            "QUITO, Ecuador",
            "voting",
            "Ecuador",
        ),
    ],
)
def test_a_national_vote_happens_in_the_datelines_country(
    text: str, dateline: str, trigger: str, place: str
) -> None:
    assert by_trigger(datelined(text, dateline), trigger).place == place


@pytest.mark.parametrize(
    ("text", "dateline", "trigger"),
    [
        ("HARARE, Zimbabwe — The council election was postponed.", "HARARE, Zimbabwe", "election"),
        (
            "LONDON, March 7 (Reuters) - The election was close.",
            "LONDON, March 7 (Reuters)",
            "election",
        ),
        ("KANSAS CITY, Mo. (AP) — The election was close.", "KANSAS CITY, Mo. (AP)", "election"),
        (
            "BRUSSELS, Belgium — Leaders clashed ahead of elections to the European Parliament.",
            "BRUSSELS, Belgium",
            "elections",
        ),
    ],
)
def test_a_local_or_scoped_vote_or_no_country_keeps_the_city(
    text: str, dateline: str, trigger: str
) -> None:
    place = by_trigger(datelined(text, dateline), trigger).place
    assert place is None or place == dateline.split(",")[0].title()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The protests have spread to Belgium.", "Belgium"),
        ("The unrest has spread to Rotterdam.", "Rotterdam"),
        ("Protests had spread to Lyon by Friday.", "Lyon"),
    ],
)
def test_what_spreads_happens_where_it_spread_to(text: str, place: str) -> None:
    assert by_trigger(run(text), "spread").place == place


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "Police said the suspect, a 34-year-old man, was arrested on Monday.",
            "arrested",
            "suspect",
        ),
        ("The driver, a local farmer, was killed when the truck overturned.", "killed", "driver"),
        ("The suspect, a man from Leeds, was charged with fraud.", "charged", "suspect"),
    ],
)
def test_passive_subject_before_an_apposition(text: str, trigger: str, patient: str) -> None:
    event = by_trigger(run(text), trigger)
    assert (patient, ParticipantRole.PATIENT) in roles(event)
    assert not any(p.name == "Police" for p in event.participants)


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "The United States and the European Union imposed sanctions on the firm.",
            {"United States", "European Union"},
        ),
        ("Russia and Ukraine agreed to swap prisoners.", {"Russia", "Ukraine"}),
        ("Kenya and the African Union condemned the coup.", {"Kenya", "African Union"}),
    ],
)
def test_coordinated_agents_are_each_a_participant(text: str, agents: set[str]) -> None:
    event = run(text)[0]
    assert {p.name for p in event.participants if p.role is ParticipantRole.AGENT} == agents


def _extract(text: str) -> list[Event]:
    import newsfacts

    return list(newsfacts.extract(text, published="2026-03-18").events)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "LISBON (AFP) - Pilots will strike over Easter, their union announced on Tuesday.\n\n"
            '"We will not sign," Rui Fonseca said at a press conference in Lisbon.\n\n'
            "Fonseca added that the airline would try, but admitted that routes would be cut.",
            "admitted",
            "Lisbon",
        ),
        (
            "BLANTYRE, Malawi (AP) — Counting began on Wednesday.\n\n"
            "Commission chair Agnes Phiri told a news conference in Blantyre that turnout was "
            "high. She urged parties to respect the results.",
            "urged",
            "Blantyre",
        ),
        (
            "GENEVA (Reuters) - Talks on the truce resumed on Monday.\n\n"
            "Health Minister Omar Haddad told a briefing in Zurich that supplies had run low. "
            "Haddad warned that hospitals could close.",
            "warned",
            "Zurich",
        ),
    ],
)
def test_a_speaker_heard_at_a_gathering_says_what_follows_there(
    text: str, trigger: str, place: str
) -> None:
    assert by_trigger(_extract(text), trigger).place == place


def test_someone_else_speaking_later_is_not_placed_by_that_gathering() -> None:
    text = (
        "BLANTYRE, Malawi (AP) — Counting began on Wednesday.\n\n"
        "Commission chair Agnes Phiri told a news conference in Blantyre that turnout was "
        "high. The opposition denied the figures."
    )
    assert by_trigger(_extract(text), "denied").place is None


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Sandra Ochoa, chief executive of Chatterly, told senators the bill was flawed, "
            "but warned that it could hurt users.",
            "warned",
            "Sandra Ochoa",
        ),
        (
            "Jens Albrecht, spokesman for the port, said the work had ended, but warned of delays.",
            "warned",
            "Jens Albrecht",
        ),
        ("Maria Keller, head of the agency, resigned on Friday.", "resigned", "Maria Keller"),
    ],
)
def test_name_before_a_bare_role_apposition_is_the_subject(
    text: str, trigger: str, agent: str
) -> None:
    assert (agent, ParticipantRole.AGENT) in roles(by_trigger(run(text), trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ("A weeklong truce in November saw 105 hostages freed.", "freed", "hostages"),
        ("The year saw thousands of homes destroyed by floods.", "destroyed", "homes"),
        ("The ceasefire saw 40 prisoners released on Sunday.", "released", "prisoners"),
    ],
)
def test_participle_after_saw_and_an_object_is_undergone_by_it(
    text: str, trigger: str, patient: str
) -> None:
    event = by_trigger(run(text), trigger)
    assert (patient, ParticipantRole.PATIENT) in roles(event)
    assert not any(p.role is ParticipantRole.AGENT and "saw" in p.name for p in event.participants)


def day(text: str, phrase: str) -> TimeExpression:
    return TimeExpression(span=_span(text, phrase), text=phrase, type="date", value="2026-03-16")


@pytest.mark.parametrize(
    ("text", "when", "earlier"),
    [
        (
            "The former mayor was sentenced on Monday for taking bribes.",
            "on Monday",
            "taking bribes",
        ),
        ("Police arrested two men on Wednesday after a deadly attack.", "on Wednesday", "attack"),
        ("Sterling fell on Monday following the announcement.", "on Monday", "announcement"),
    ],
)
def test_what_led_to_a_dated_event_is_not_dated_by_it(text: str, when: str, earlier: str) -> None:
    events = run(text, day(text, when))
    assert by_trigger(events, earlier).time is None
    assert any(e.time is not None for e in events if e.trigger != earlier)


@pytest.mark.parametrize(
    ("text", "when", "trigger"),
    [
        ("The envoy arrived in Cairo on Monday for talks.", "on Monday", "talks"),
        ("Harlow won on Saturday after beating Dunmore Rovers.", "on Saturday", "beating"),
        ("Counting began after an election on Sunday.", "on Sunday", "election"),
    ],
)
def test_purposes_same_day_results_and_own_times_keep_their_time(
    text: str, when: str, trigger: str
) -> None:
    assert by_trigger(run(text, day(text, when)), trigger).time is not None
