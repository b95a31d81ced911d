"""Open-class event verbs (extractors/_events_open.py): ordinary happening verbs the
closed trigger table does not list, taken only in a finite use."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.document import Document
from newsfacts.extractors._events_open import _table, open_triggers
from newsfacts.extractors._events_triggers import find_triggers
from newsfacts.lexicons import lexicon_lines
from newsfacts.models import Event, EventType


def _events(text: str) -> tuple[Event, ...]:
    return newsfacts.extract(text, published="2024-03-05").events


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in _events(text)]


def _open_words(text: str) -> list[str]:
    """The words the open finder adds to the closed finder's triggers."""
    document = Document(text)
    tokens = document.tokens
    lower = [t.text.lower() for t in tokens]
    closed = find_triggers(tokens, lower)
    merged = open_triggers(tokens, lower, closed)
    firsts = {f.first for f in closed}
    return [" ".join(lower[f.first : f.last + 1]) for f in merged if f.first not in firsts]


def test_the_list_is_long_and_leaves_out_reporting_and_light_verbs() -> None:
    lemmas = {line.split()[0] for line in lexicon_lines("event_open_verbs")}
    assert len(lemmas) >= 1500
    assert not lemmas & {"say", "tell", "believe", "hope", "begin", "seem", "make", "take"}
    table = _table()
    for word in ("said", "told", "found", "showed", "began", "seemed", "made", "took"):
        assert word not in table


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Firefighters rinsed the walls with sea water.", "rinsed"),
        ("The residents smelled gas before dawn.", "smelled"),
        ("Volunteers herded the goats away from the fields.", "herded"),
        ("The explosion flung debris across the square.", "flung"),
        ("Farmers butchered their cattle as the wells failed.", "butchered"),
        ("The herds dwindled over the summer.", "dwindled"),
        ("Officials mishandled the complaints, the audit concluded.", "mishandled"),
        ("Smith mocked the proposal during the debate.", "mocked"),
        ("The boat lurched towards the rocks for hours.", "lurched"),
    ],
)
def test_past_tense_after_its_subject(text: str, word: str) -> None:
    assert word in _table()
    assert word in _triggers(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The files had been mishandled by the clinic.", "mishandled"),
        ("About 60,000 passengers have been affected, the airline said.", "affected"),
        ("The vessel was sighted by a fishing crew on Tuesday.", "sighted"),
        ("The stolen paintings were placed in a vault.", "placed"),
        ("Investigators had quietly handled the case for months.", "handled"),
        ('She said the mayor had "personally directed" the scheme.', "directed"),
    ],
)
def test_perfect_and_passive(text: str, word: str) -> None:
    assert word in _triggers(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The reservoirs dried up in August.", "dried up"),
        ("The bank rolled out a new app on Monday.", "rolled out"),
        ("Thieves ripped away the copper cables.", "ripped away"),
        ("The shipment was tied up at the border.", "tied up"),
    ],
)
def test_particle_joins_the_trigger(text: str, word: str) -> None:
    assert word in _triggers(text) or word in _open_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Volunteers were scrubbing the walls of the mosque.", "scrubbing"),
        ("The crews began rinsing the streets at dawn.", "rinsing"),
        ("Divers found the men by tapping on the hull.", "tapping"),
    ],
)
def test_progressive_and_gerund_with_object(text: str, word: str) -> None:
    assert word in _open_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The trained staff waited for the ambulance.", "trained"),
        ("Trained volunteers cleared the road.", "trained"),
        ("Officials said exhausted crews needed rest.", "exhausted"),
        ("The country's newly organised militia patrolled the road.", "organised"),
        ("A state-backed fund paid the wages.", "backed"),
        ("Syrian trained fighters crossed the border.", "trained"),
        ("The rally drew crowds of students and trained guards.", "trained"),
        ("Several polished stones lay on the table.", "polished"),
    ],
)
def test_adjectival_participle_is_no_event(text: str, word: str) -> None:
    assert word in _table()  # an open-list word, not one the closed finder decides on
    assert word not in _open_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police had not mishandled the evidence.",
        "The crew never rinsed the tanks.",
        "The boat wasn't sighted again.",
        "The files have never been mishandled.",
    ],
)
def test_negated_verb_is_no_event(text: str) -> None:
    assert _open_words(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Parents were divided over the plan.",
        "Staff were exhausted.",
        "The cargo is bound for Singapore.",
        "Two people were still missing.",
        "Safety rules are often poorly enforced.",
        "The shares are listed in London.",
        "The elections were well organised.",
        'Staff were "exhausted and frightened".',
    ],
)
def test_states_after_be_are_no_events(text: str) -> None:
    assert _open_words(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers tried to rinse the wreck.",
        "The firm moved to shut the plant.",
        "The guards carried out an inspection of the cells.",
        "The company organised protests outside parliament.",
        "A fault led to the cancellation of 300 flights.",
    ],
)
def test_the_event_is_the_verb_or_noun_after(text: str) -> None:
    words = _open_words(text)
    assert not {"tried", "moved", "carried out", "organised", "led"} & set(words)


@pytest.mark.parametrize(
    "text",
    [
        "Stray Dogs Wandered The Road.",
        "The Scattered Islands Festival opened in May.",
        "Reports Mishandled Case, Says Audit",
    ],
)
def test_capitalised_words_are_names_or_headlines(text: str) -> None:
    assert not {"wandered", "scattered", "mishandled"} & set(_open_words(text))


def test_a_closed_particle_verb_needs_a_particle() -> None:
    # "brought" and "pressed" are closed triggers only with a particle or cue of their
    # own: alone they are left to the open list, which takes them only with a particle.
    assert "brought in" in _open_words("The airport brought in 150 extra staff.")
    assert "pressed on" in _open_words("The captain pressed on towards the mountains.")
    # For other verbs "in" and "on" stay prepositions that open a place.
    assert "rinsed" in _open_words("Firefighters rinsed in sea water the burnt walls.")
    assert _open_words("Voters picked a new mayor.") == []
    assert _open_words("Higher oil prices pushed inflation up.") == []


def test_closed_words_are_left_to_the_closed_finder() -> None:
    # "armed", "injured", "displaced" are in the closed table: the open list never
    # takes them, whatever the closed finder decided.
    assert not {"armed", "injured", "displaced"} & set(_table())
    words = _open_words("Armed men guarded injured and displaced families.")
    assert not {"armed", "injured", "displaced"} & set(words)


def test_closed_triggers_are_not_taken_twice() -> None:
    text = "Rebels attacked the convoy and looted the trucks."
    triggers = _triggers(text)
    assert triggers.count("attacked") == 1
    assert "looted" in triggers


def test_coordinated_past_verb_shares_its_subject() -> None:
    events = _events("The storm tossed boats onto the road and snapped the coconut palms.")
    snapped = [e for e in events if e.trigger == "snapped"]
    assert snapped and any(p.name == "storm" for p in snapped[0].participants)


def test_coordinated_past_verb_after_an_event_noun() -> None:
    # The verb before "and" is what counts, not the event noun nearer to it.
    text = "The ship suffered an engine failure and lurched towards the shore."
    assert "lurched" in _open_words(text)
    assert "armed" not in _open_words("The rally drew crowds of students and armed guards.")


def test_participants_attach_as_for_closed_triggers() -> None:
    events = _events("Firefighters rinsed the walls of the school in Lyon on Monday.")
    rinsed = next(e for e in events if e.trigger == "rinsed")
    names = {p.name for p in rinsed.participants}
    assert "Firefighters" in names
    assert rinsed.time is not None and rinsed.time.text == "Monday"
    assert rinsed.type is EventType.OTHER


def test_a_type_from_the_list() -> None:
    events = _events("The tanker lurched towards the shore.")
    lurched = next(e for e in events if e.trigger == "lurched")
    assert lurched.type is EventType.MOVEMENT


def test_relative_pronoun_subject_but_not_a_described_noun() -> None:
    assert "hunted" in _open_words("The men who hunted the thieves were praised.")
    assert "armed" not in _open_words("The police said that armed men fled.")


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("The minister hurried to Beijing for talks with Xi.", "hurried", "talks"),
        ("Troops scorched six villages in a raid on the valley.", "scorched", "raid"),
    ],
)
def test_an_open_verb_frames_an_event_noun(text: str, verb: str, noun: str) -> None:
    # The framing verb's subject does the noun's happening too: the open verb is read
    # like a closed one (no look-up of it in the closed table).
    facts = newsfacts.extract(text, published="2024-03-05")
    assert not facts.problems
    events = {e.trigger: e for e in facts.events}
    assert verb in events and noun in events
    framed = {p.name for p in events[noun].participants}
    assert framed & {p.name for p in events[verb].participants}
