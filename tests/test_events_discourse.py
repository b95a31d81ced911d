"""The events stage on short multi-sentence wire texts written for these tests: the lead's
time and the dateline's city reach the lead paragraph, a later sentence's own time stays
its own, "it"/"they" right after "said ... that" is the speaker (also past a time: "said on
Monday that it"), a past motion verb that is no event ends no noun phrase and lends its
subject to a purpose ("went to the border to inspect"), and whoever is appealed to does
the infinitive ("appealed to residents to leave", "called on protesters to disperse")."""

from __future__ import annotations

import itertools
from functools import partial

import pytest

from _eventtools import extract_events, participant_names
from newsfacts.models import Event

_events = partial(extract_events, published="2024-03-05")


def _last(text: str, trigger: str) -> Event:
    found = [e for e in _events(text) if e.trigger.lower().startswith(trigger)]
    assert found, (text, [e.trigger for e in _events(text)])
    return found[-1]


_DATELINES = [
    ("KHARKIV, Ukraine (AP) —", "Kharkiv"),
    ("LAGOS, Nigeria (Reuters) -", "Lagos"),
    ("QUITO, Ecuador (AP) —", "Quito"),
]
_LEADS = [
    "Russian missiles struck an apartment building on Tuesday, killing 12 people, officials said.",
    "Gunmen kidnapped 20 students on Tuesday from a boarding school, police said.",
]
_FOLLOW = [
    ("Rescuers evacuated dozens of residents.", "evacuated"),
    ("Soldiers detained two suspects.", "detained"),
]


@pytest.mark.parametrize(
    ("dateline", "lead", "follow"), list(itertools.product(_DATELINES, _LEADS, _FOLLOW))
)
def test_lead_paragraph_inherits_time_and_dateline(
    dateline: tuple[str, str], lead: str, follow: tuple[str, str]
) -> None:
    text = f"{dateline[0]} {lead} {follow[0]}\n\nA similar attack killed eight people last month."
    event = _last(text, follow[1])
    assert event.time is not None and event.time.text == "Tuesday"
    assert event.place == dateline[1]
    earlier = _last(text, "killed")
    assert earlier.time is not None and earlier.time.text == "last month"
    assert earlier.place is None  # background of another month: not at the dateline


@pytest.mark.parametrize(("dateline", "lead"), list(itertools.product(_DATELINES, _LEADS)))
def test_new_paragraph_takes_no_time_or_place_from_the_lead(
    dateline: tuple[str, str], lead: str
) -> None:
    """Past the lead, the dateline places nothing: the blind sets' annotators left such
    events without a place."""
    text = f"{dateline[0]} {lead}\n\nPolice detained two more suspects near the market."
    event = _last(text, "detained")
    assert event.time is None
    assert event.place is None


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Ukraine said on Monday that it had shot down 20 drones.", "shot", "Ukraine"),
        ("Ukraine said last week that it had shot down 20 drones.", "shot", "Ukraine"),
        ("Hamas said on Sunday that it would release two hostages.", "release", "Hamas"),
        ("Nigeria said on Friday that it had arrested 14 suspects.", "arrested", "Nigeria"),
        ("The rebels said on Monday that they had signed the agreement.", "signed", "rebels"),
        ("Ukraine said it had shot down 20 drones.", "shot", "Ukraine"),
    ],
)
def test_pronoun_after_said_that_is_the_speaker(text: str, trigger: str, agent: str) -> None:
    assert agent in participant_names(_last(text, trigger), "agent")


def test_said_that_it_past_other_words_is_not_the_speaker() -> None:
    # "it" here is the deal, not Scholz: only a time may stand between verb and "that".
    text = "Chancellor Olaf Scholz said on social media that it opened new markets."
    assert "Olaf Scholz" not in [n for e in _events(text) for n in participant_names(e, "agent")]


@pytest.mark.parametrize(
    ("subject", "agent", "motion", "purpose", "trigger"),
    [
        (s, a, m, p, t)
        for (s, a), m, (p, t) in itertools.product(
            [("The minister", "minister"), ("President Luis Arce", "Luis Arce")],
            ["went to the border", "came to the capital", "rushed to the scene"],
            [("to inspect troops", "inspect"), ("to meet officials", "meet")],
        )
    ],
)
def test_past_motion_verb_lends_its_subject_to_a_purpose(
    subject: str, agent: str, motion: str, purpose: str, trigger: str
) -> None:
    agents = participant_names(_last(f"{subject} {motion} on Monday {purpose}.", trigger), "agent")
    assert agent in agents
    assert not any(motion.split()[0] in name for name in agents)


def test_motion_verb_after_a_pronoun_is_no_participant() -> None:
    text = "John Mensah is the defence minister. He went to the border to inspect troops."
    agents = participant_names(_last(text, "inspect"), "agent")
    assert "went" not in agents and "John Mensah" in agents


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Officials appealed to residents to leave on Monday.", "leave", "residents"),
        ("The mayor appealed to villagers to evacuate before the storm.", "evacuate", "villagers"),
        ("Police called on protesters to disperse.", "disperse", "protesters"),
        ("The governor called on farmers to evacuate their herds.", "evacuate", "farmers"),
        ("The army urged civilians to evacuate.", "evacuate", "civilians"),
    ],
)
def test_whoever_is_appealed_to_does_the_infinitive(text: str, trigger: str, agent: str) -> None:
    assert participant_names(_last(text, trigger), "agent") == [agent]


def test_purpose_after_an_object_is_still_the_subjects() -> None:
    # Not an appeal: the buyer expands, not the warehouse.
    event = _last("The company bought a warehouse in Leeds to expand production.", "expand")
    assert "warehouse" not in participant_names(event, "agent")
