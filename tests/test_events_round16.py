"""The events stage, round 16 (issue #7), on sentences written for these tests: the party
an appeal addresses is its recipient, as the one told is ("urged residents to leave",
"called on the government to resign", "residents were urged to leave"), while what is
asked for stays the patient ("urged calm", "called for new elections")."""

from __future__ import annotations

from functools import partial

import pytest

from _eventtools import by_trigger, extract_events, participant_names, roles, trigger_words

_events = partial(extract_events, published="2025-04-02")


def _roles(text: str, trigger: str) -> set[tuple[str, str]]:
    return {(name, str(role)) for name, role in roles(by_trigger(_events(text), trigger))}


# -- appeals: the addressee receives them ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "addressee"),
    [
        ("Officials urged residents to leave the coastal towns.", "urged", "residents"),
        ("The prosecutors asked the court to delay the hearing.", "asked", "court"),
        ("The union called on the government to resign.", "called on", "government"),
        ("The mayor called upon residents to stay calm.", "called upon", "residents"),
        ("Brussels pressed Warsaw to restore judicial independence.", "pressed", "Warsaw"),
        ("Lawmakers pressed the government for answers on Tuesday.", "pressed", "government"),
        ("The ministry warned residents to stay indoors.", "warned", "residents"),
        ("Police warned drivers not to travel.", "warned", "drivers"),
        ("The lawyers asked the judge for a delay.", "asked", "judge"),
        ("The ministry warned investors of further losses.", "warned", "investors"),
        ("The charity warned donors about fraudulent appeals.", "warned", "donors"),
        ("The governor asked the Bank of England to act.", "asked", "Bank of England"),
    ],
)
def test_the_addressee_of_an_appeal_is_its_recipient(
    text: str, trigger: str, addressee: str
) -> None:
    found = _roles(text, trigger)
    assert (addressee, "recipient") in found
    assert (addressee, "patient") not in found


@pytest.mark.parametrize(
    ("text", "addressees"),
    [
        (
            "The agency urged residents and businesses to conserve water.",
            ["residents", "businesses"],
        ),
        ("The minister urged unions and employers to return to talks.", ["unions", "employers"]),
    ],
)
def test_every_listed_addressee_receives_the_appeal(text: str, addressees: list[str]) -> None:
    found = _roles(text, "urged")
    assert all((name, "recipient") in found for name in addressees)


@pytest.mark.parametrize(
    ("text", "trigger", "addressee"),
    [
        ("Monitors had been asked to send observers.", "asked", "Monitors"),
        ("Residents were urged to leave their homes.", "urged", "Residents"),
        ("Drivers were warned not to use the bridge.", "warned", "Drivers"),
    ],
)
def test_a_passive_appeals_subject_is_its_recipient(
    text: str, trigger: str, addressee: str
) -> None:
    assert (addressee, "recipient") in _roles(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "asked_for"),
    [
        ("The UN urged calm.", "urged", "calm"),
        ("The president urged restraint on both sides.", "urged", "restraint"),
        ("The opposition called for new elections.", "called for", "elections"),
        ("The opposition urged an end to the fighting.", "urged", "end"),
    ],
)
def test_what_an_appeal_asks_for_stays_its_patient(text: str, trigger: str, asked_for: str) -> None:
    assert (asked_for, "patient") in _roles(text, trigger)


@pytest.mark.parametrize(
    "text",
    [
        "The minister called the strike irresponsible.",
        "He called her at home on Sunday.",
        "The troops pressed on towards the capital.",
        "The company pressed ahead with plans to close the plant.",
        "Prosecutors pressed charges against the driver.",
    ],
)
def test_no_appeal_without_one(text: str) -> None:
    assert not {"called", "pressed"} & set(trigger_words(_events(text)))


def test_an_appeal_before_a_quoted_infinitive() -> None:
    text = 'Sarah Lyons said Coyle had asked Lyons to "look again" at the bid.'
    assert ("Sarah Lyons", "recipient") in _roles(text, "asked")
    assert ("both sides", "recipient") in _roles(
        'The minister urged both sides to "seize this moment."', "urged"
    )


# -- participants that are phrases ---------------------------------------------------------


def _names(text: str, trigger: str, role: str) -> list[str]:
    return participant_names(by_trigger(_events(text), trigger), role)


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        # a subject is never inside a prepositional phrase of a relative clause
        (
            "Relatives who gathered outside the gates through the morning demanded answers.",
            "demanded",
            "Relatives",
        ),
        (
            "Protesters who marched to the parliament on Monday demanded new elections.",
            "demanded",
            "Protesters",
        ),
        (
            "Workers who had waited at the factory gates for hours accused the company of lying.",
            "accused",
            "Workers",
        ),
        # an adverb between the subject and its verb is part of neither
        ("The agency nonetheless warned of heavy rain.", "warned", "agency"),
        ("The ministry nevertheless approved the plan.", "approved", "ministry"),
        (
            "Public health experts have long blamed repeated outbreaks on poor sanitation.",
            "blamed",
            "Public health experts",
        ),
        ("The BOK last cut rates in May.", "cut", "BOK"),
        # an adjective's "-ing" noun has no subject to lend the next verb
        (
            "Radu Stoica declared three days of national mourning and ordered inspections.",
            "ordered",
            "Radu Stoica",
        ),
    ],
)
def test_the_subject_is_a_phrase_of_its_own(text: str, trigger: str, agent: str) -> None:
    assert _names(text, trigger, "agent") == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "Exports of cars and chips have both fallen since October.",
            "fallen",
            "Exports of cars and chips",
        ),
        ("Sales and profits had all dropped by the end of March.", "dropped", "Sales and profits"),
        (
            "The club could no longer fund its losses, which reached 40 million pounds.",
            "reached",
            "losses",
        ),
        (
            "Teams worked through the day to clear roads blocked by fallen trees.",
            "blocked",
            "roads",
        ),
        ("Crews worked for hours to reopen lines damaged by the storm.", "damaged", "lines"),
    ],
)
def test_no_adverb_or_verb_is_a_participant(text: str, trigger: str, patient: str) -> None:
    names = _names(text, trigger, "patient") + _names(text, trigger, "agent")
    assert names[:1] == [patient]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "A fire tore through the hospital, killing at least nine patients.",
            "killing",
            "nine patients",
        ),
        ("The storm killed at least nine people.", "killed", "nine people"),
        ("Gunmen wounded at least three guards on Monday.", "wounded", "three guards"),
    ],
)
def test_a_counted_object_after_at_least(text: str, trigger: str, patient: str) -> None:
    assert _names(text, trigger, "patient") == [patient]


def test_a_verb_after_and_is_no_listed_object() -> None:
    text = "The blaze spread fast, killing nine patients and forcing staff to evacuate wards."
    assert _names(text, "killing", "patient") == ["nine patients"]
    assert _names(text, "evacuate", "agent") == ["staff"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Residents fled amid heavy fighting.", "fighting"),
        ("Donchev called it a political lynching.", "lynching"),
    ],
)
def test_an_adjectives_ing_noun_has_no_subject(text: str, trigger: str) -> None:
    assert _names(text, trigger, "agent") == []


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The two leaders both agreed to the terms.", "agreed", "leaders"),
        ("Both sides agreed to the terms.", "agreed", "Both sides"),
        (
            "Investigators traced the payments to three shell companies registered in Dubai.",
            "traced",
            "Investigators",
        ),
    ],
)
def test_floating_words_and_prepositions_leave_plain_subjects(
    text: str, trigger: str, agent: str
) -> None:
    assert _names(text, trigger, "agent")[:1] == [agent]


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        ('The statement accused the vessel of carrying "illegal cargo".', "accused", "vessel"),
        ('Police accused the driver of speeding "on purpose".', "accused", "driver"),
    ],
)
def test_what_someone_is_accused_of_doing_is_no_party(
    text: str, trigger: str, patient: str
) -> None:
    assert _names(text, trigger, "patient") == [patient]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "The offensive prompted nearly all of its roughly 100,000 ethnic Armenian "
            "residents to flee.",
            "ethnic Armenian residents",
        ),
        ("The floods forced almost all of their 2,000 workers to leave.", "workers"),
    ],
)
def test_an_amount_after_a_determiner_stays_in_the_phrase(text: str, noun: str) -> None:
    names = _names(text, "flee" if "flee" in text else "leave", "agent")
    assert len(names) == 1 and names[0].endswith(noun)


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "other", "patient"),
    [
        (
            "The company said it had lost contact with the vessel on Monday.",
            "lost contact",
            "company",
            "vessel",
            None,
        ),
        ("The pilot lost sight of the runway.", "lost sight", "pilot", None, "runway"),
        ("Rescuers lost touch with the climbers.", "lost touch", "Rescuers", "climbers", None),
    ],
)
def test_noun_particles_after_verbs(
    text: str, trigger: str, agent: str, other: str | None, patient: str | None
) -> None:
    assert _names(text, trigger, "agent") == [agent]
    assert _names(text, trigger, "other") == ([other] if other else [])
    assert _names(text, trigger, "patient") == ([patient] if patient else [])


def test_lost_alone_is_still_a_loss() -> None:
    assert _names("Shares lost 4 percent on Monday.", "lost", "patient") == ["Shares"]


@pytest.mark.parametrize(
    "text",
    [
        "Two of the patients were later transferred by helicopter to Bucharest.",
        "The wounded were flown by helicopter to Kabul.",
    ],
)
def test_a_bare_means_after_by_is_no_agent(text: str) -> None:
    events = _events(text)
    assert all(p.role != "agent" for e in events for p in e.participants)


def test_by_a_determined_phrase_is_still_the_agent() -> None:
    assert _names("The suspect was hit by a car.", "hit", "agent") == ["car"]


@pytest.mark.parametrize(
    ("text", "trigger", "role", "head"),
    [
        ("Markets in Kanyama, George and Chawama were shut.", "shut", "patient", "Markets"),
        (
            "Markets in the townships of Kanyama, George and Chawama have also been shut.",
            "shut",
            "patient",
            "Markets",
        ),
        (
            "Farmers from Kenya, Uganda and Tanzania protested on Monday.",
            "protested",
            "agent",
            "Farmers",
        ),
        ("Troops from Chad, Niger and Mali withdrew on Friday.", "withdrew", "agent", "Troops"),
    ],
)
def test_names_listed_after_a_preposition_are_not_the_subject(
    text: str, trigger: str, role: str, head: str
) -> None:
    assert _names(text, trigger, role) == [head]


@pytest.mark.parametrize(
    ("text", "trigger", "names"),
    [
        (
            "Britain, France and Germany condemned the attack.",
            "condemned",
            {"Britain", "France", "Germany"},
        ),
        (
            "Kenya, Uganda and Tanzania signed the accord.",
            "signed",
            {"Kenya", "Uganda", "Tanzania"},
        ),
    ],
)
def test_every_name_of_an_opening_list_takes_part(text: str, trigger: str, names: set[str]) -> None:
    assert set(_names(text, trigger, "agent")) == names


def test_an_opening_phrase_before_a_comma_is_no_conjunct() -> None:
    text = "In Paris, police and gendarmes arrested two men."
    assert not any("Paris" in n for n in _names(text, "arrested", "agent"))


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Speaking in Lagos, the minister promised aid.", "promised", "minister"),
        (
            "Writing from Kyiv, Anna Smith and Tom Jones condemned the strikes.",
            "condemned",
            "Anna Smith",
        ),
    ],
)
def test_a_comma_after_an_opening_phrase_is_no_list(text: str, trigger: str, agent: str) -> None:
    assert agent in _names(text, trigger, "agent")


def test_a_common_noun_before_a_comma_opens_no_list() -> None:
    text = "According to people close to the talks, Chelsea and Arsenal had also made offers."
    assert set(_names(text, "offers", "agent")) == {"Chelsea", "Arsenal"}
