"""Events on the phenomena of real wire and newspaper copy: a time that opens a sentence
sets the scene of the sentences after it ("Earlier Sunday, ..."), and the place of that
scene's first happening goes with it; flattened copy (a story without paragraph breaks)
has a lead of its first sentences only; the doer of a journey noun and of an event noun
owned past its adjectives; "who" after a name a blame is placed on; discoveries
("found"); place names with lower-case links ("Dar es Salaam", "part of north Belfast").
Sentences written for these tests, with a reviewer's sentences as counter-cases: the
scene's time and place go neither to background nor to new actors, findings and verdicts
are no discoveries, a site word must be the head of "Havana's streets"."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, extract_events, roles, trigger_words
from newsfacts.models import Event

PUBLISHED = "2025-03-09"  # a Sunday


def events(text: str) -> list[Event]:
    """The events of ``text`` (a one-line text is given a dateline, so that it is not read
    as a headline)."""
    if "\n" not in text and "(" not in text:
        text = f"LONDON (Reuters) - {text}"
    return extract_events(text, PUBLISHED)


def time_of(text: str, trigger: str) -> str | None:
    event = by_trigger(events(text), trigger)
    return event.time.text if event.time is not None else None


def place_of(text: str, trigger: str) -> str | None:
    return by_trigger(events(text), trigger).place


# -- a time that opens a sentence dates the scene it opens ------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "BELFAST (AP) _ Police seized a bomb on Sunday.\n\nEarlier Sunday, police and "
            "youths clashed in north Belfast. Police said a patrol car was hit with petrol "
            "bombs. An elderly man was hospitalized with cuts. Police arrested six men.",
            "arrested",
            "Sunday",
        ),
        # A passive of someone new to the story is the scene's too.
        (
            "BELFAST (AP) _ Police seized a bomb on Sunday.\n\nEarlier Sunday, police and "
            "youths clashed in north Belfast. Police said a patrol car was hit with petrol "
            "bombs. An elderly man was hospitalized with cuts. Police arrested six men.",
            "hospitalized",
            "Sunday",
        ),
        (
            "LAGOS, March 9 (Reuters) - The governor opened a bridge on Sunday.\n\nAlso "
            "Sunday, about 3,000 traders marched through the market district. They blocked "
            "the main road for two hours.",
            "blocked",
            "Sunday",
        ),
        (
            "The council met on Thursday.\n\nOn Friday, protesters gathered outside the town "
            "hall. The protesters later burned tyres.",
            "burned",
            "Friday",
        ),
        (
            "Voters went to the polls on Saturday.\n\nLater Sunday, supporters of the "
            "opposition stormed the electoral office. They burned the building.",
            "burned",
            "Sunday",
        ),
        (
            "The council met on Friday.\n\nOn Saturday, thousands marched through the "
            "capital. Police said they will arrest the organisers. Several shops were looted.",
            "looted",
            "Saturday",
        ),
    ],
)
def test_opening_time_dates_the_later_sentences_of_its_scene(
    text: str, trigger: str, time: str
) -> None:
    assert time_of(text, trigger) == time


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # What is still to come is not dated by the scene.
        (
            "The council met on Friday.\n\nOn Friday, protesters gathered outside the town "
            "hall. Police said they will arrest the organisers.",
            "arrest",
        ),
        # A past perfect tells what came before the scene.
        (
            "The council met on Friday.\n\nOn Friday, protesters gathered outside the town "
            "hall. The mayor had resigned over the scandal.",
            "resigned",
        ),
        # The day of a saying sets no scene.
        (
            "The council met on Friday.\n\nOn Friday, police said they had detained two "
            "men. Officers searched a house in the town.",
            "searched",
        ),
        # A new paragraph is a new scene.
        (
            "The council met on Friday.\n\nOn Friday, protesters gathered outside the town "
            "hall.\n\nThe mayor resigned over the scandal.",
            "resigned",
        ),
        # A time that does not open its sentence sets no scene: it dates the sentence
        # right after at most.
        (
            "The council met on Friday.\n\nProtesters gathered outside the town hall on "
            "Friday, police said. Officers arrested two men. The mayor resigned over the "
            "scandal.",
            "resigned",
        ),
    ],
)
def test_opening_time_dates_no_other_happening(text: str, trigger: str) -> None:
    assert time_of(text, trigger) is None


# The reviewer's paragraphs: the scene's time went to background and to new actors.
SCENE_OTHERS = [
    # A passive about someone known is background, even after a pronoun.
    (
        "On Friday, police arrested a man in connection with the stabbing. The victim "
        "died in hospital. He was attacked outside a nightclub.",
        "attacked",
    ),
    (
        "On Monday, the Senate confirmed Jones as ambassador. Jones worked as a diplomat "
        "for 30 years. She was nominated by the president.",
        "nominated",
    ),
    # New actors.
    (
        "On Thursday, the ex-mayor was sentenced to five years. He was convicted of "
        "bribery. Prosecutors charged him after a two-year inquiry.",
        "charged",
    ),
    (
        "On Wednesday, shares of Nvidia jumped 8%. The chipmaker reported record sales. "
        "Microsoft invested $10 billion in OpenAI.",
        "invested",
    ),
    (
        "On Friday, the ECB raised rates in Frankfurt. The Fed raised rates too. Wall Street fell.",
        "fell",
    ),
    # Another time ends the scene.
    (
        "On Friday, the company opened a factory in Ohio. In 2019, it was bought by a "
        "Chinese group. The group moved the headquarters to Texas.",
        "moved",
    ),
    # A scene still to come sets none.
    (
        "On Friday, the leaders are expected to sign a peace deal. The two sides agreed a "
        "draft text. Mediators welcomed the progress.",
        "agreed",
    ),
    # Variants of our own.
    (
        "On Sunday, troops shelled the town. Residents fled to the hills. Aid workers "
        "delivered food to the camp.",
        "delivered",
    ),
    (
        "On Monday, the board fired the chief executive. Shares rose. He was hired by the founder.",
        "hired",
    ),
]


@pytest.mark.parametrize(("paragraph", "trigger"), SCENE_OTHERS)
def test_the_scenes_time_dates_neither_background_nor_new_actors(
    paragraph: str, trigger: str
) -> None:
    text = f"The council met on Saturday.\n\n{paragraph}"
    assert time_of(text, trigger) is None


@pytest.mark.parametrize(
    ("paragraph", "trigger"),
    [
        (
            "On Friday, the ECB raised rates in Frankfurt. The Fed raised rates too. Wall "
            "Street fell.",
            "fell",
        ),
        ("On Wednesday, the president campaigned in Ohio. His rival raised $50 million.", "raised"),
        (
            "On Sunday, students marched in Kisumu. Police watched. Aid workers delivered food.",
            "delivered",
        ),
    ],
)
def test_the_scenes_place_goes_to_its_own_actors_only(paragraph: str, trigger: str) -> None:
    text = f"The council met on Saturday.\n\n{paragraph}"
    assert place_of(text, trigger) is None


def test_the_opening_time_wins_over_a_time_of_a_clause_after_the_verb() -> None:
    text = (
        "Supporters held a vigil on Saturday.\n\nEarlier Sunday, worshippers prayed for "
        "peace as Easter week began. Priests joined the crowd."
    )
    assert time_of(text, "prayed") == "Sunday"
    assert time_of(text, "joined") == "Sunday"


def test_a_time_after_the_verb_without_a_clause_of_its_own_stays() -> None:
    text = "Supporters held a vigil on Saturday.\n\nEarlier Sunday, police arrested two men in May."
    assert time_of(text, "arrested") != "Sunday"


# -- a time that owns a noun dates the noun only ---------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "MIAMI (AP) -- The court ruled on Thursday.\n\nThe relatives criticized "
            "Monday's decision.",
            "criticized",
            None,
        ),
        (
            "MIAMI (AP) -- The court ruled on Thursday.\n\nThe relatives criticized last "
            "week's surprise decision on Friday.",
            "criticized",
            "Friday",
        ),
        (
            "HAVANA (AP) -- Crowds rallied on Friday.\n\nCuba kept up its condemnation of "
            "the handling of Wednesday's meeting.",
            "condemnation",
            None,
        ),
    ],
)
def test_a_time_owning_a_noun_dates_no_verb(text: str, trigger: str, expected: str | None) -> None:
    assert time_of(text, trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        "MIAMI (AP) -- The court ruled on Thursday.\n\nThe mayor won a second term in "
        "Sunday's vote.",
        "MIAMI (AP) -- The court ruled on Thursday.\n\nThe conservatives won Sunday's "
        "regional election.",
    ],
)
def test_a_time_owning_an_occasion_dates_what_happens_at_it(text: str) -> None:
    assert time_of(text, "won") == "Sunday"


@pytest.mark.parametrize(
    ("sentence", "trigger", "time"),
    [
        ("Smith missed Saturday's game with a knee injury.", "missed", "Saturday"),
        ("Smith boycotted Tuesday's hearing.", "boycotted", "Tuesday"),
        ("Officials attended Friday's funeral.", "attended", "Friday"),
        ("Fans celebrated Saturday's victory in the streets of Madrid.", "celebrated", "Saturday"),
        ("Markets rallied on Friday's jobs report.", "rallied", "Friday"),
    ],
)
def test_a_time_owning_what_is_attended_or_missed_dates_that(
    sentence: str, trigger: str, time: str
) -> None:
    text = f"MIAMI (AP) -- The court ruled on Thursday.\n\n{sentence}"
    assert time_of(text, trigger) == time


# -- the place of the scene's first happening -----------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "BELFAST (AP) _ Police seized a bomb on Sunday.\n\nEarlier Sunday, police and "
            "youths clashed in a divided part of north Belfast. Police said a patrol car "
            "was hit with petrol bombs. An elderly man was hospitalized with cuts.",
            "hospitalized",
            "Belfast",
        ),
        (
            "NAIROBI, Kenya (AP) _ The minister arrived on Sunday.\n\nAlso Sunday, "
            "hundreds of students marched in Kisumu. They blocked the road.",
            "blocked",
            "Kisumu",
        ),
        (
            "NAIROBI, Kenya (AP) _ The minister arrived on Sunday.\n\nAlso Sunday, "
            "hundreds of students marched in Kisumu. The students blocked the road.",
            "blocked",
            "Kisumu",
        ),
    ],
)
def test_the_scene_opened_by_a_time_keeps_its_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_new_scene_forgets_the_last_ones_place() -> None:
    text = (
        "NAIROBI, Kenya (AP) _ The minister arrived on Sunday.\n\nAlso Sunday, hundreds of "
        "students marched in Kisumu. Later Sunday, the minister toured a hospital. Riot "
        "police fired tear gas."
    )
    assert place_of(text, "fired") is None


# -- flattened copy: the lead is the opening sentences --------------------------------

FLAT = (
    "CANBERRA, Australia (AP)_ A convention voted on Friday to make Australia a republic. "
    "The prime minister promised a referendum next year. Applause echoed through the "
    "chamber as the vote passed. ``I want a referendum,'' Howard said. The treasurer "
    "voted for the republic. Monarchists vowed to fight on. Polls have shown support "
    "rising. The former premier welcomed the result."
)


def test_flattened_copy_places_its_lead_by_the_dateline() -> None:
    assert place_of(FLAT, "voted") == "Canberra"
    assert place_of(FLAT, "echoed") == "Canberra"


@pytest.mark.parametrize("trigger", ["vowed", "welcomed"])
def test_flattened_copy_places_nothing_after_its_lead(trigger: str) -> None:
    assert place_of(FLAT, trigger) is None


def test_ordinary_copy_keeps_its_lead_paragraph() -> None:
    text = (
        "CANBERRA, Australia (AP) - A convention voted on Friday to make Australia a "
        "republic. Delegates cheered as the vote passed.\n\nMonarchists vowed to fight on."
    )
    assert place_of(text, "cheered") == "Canberra"
    assert place_of(text, "vowed") is None


def test_flattened_copy_carries_a_place_to_a_pronoun_only() -> None:
    text = (
        "DUBLIN (AP)_ Police seized a car bomb on Sunday, officials said. Police found "
        "600 kg of explosives in a shed in Dundalk. They arrested two men. The governments invited "
        "the party to rejoin the talks. A spokesman welcomed the arrests. Critics "
        "questioned the timing. The party refused."
    )
    assert place_of(text, "arrested") == "Dundalk"
    assert place_of(text, "invited") is None


# -- a dateline on a line of its own, a journey that frames the lead -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Envoy tours quake zone\n\nKATHMANDU, Nepal (AP) _\n\nThe envoy toured the "
        "damage on Tuesday.\n\nShe promised aid.",
        "Envoy tours quake zone\n\nKATHMANDU (AP) --\n\nThe envoy toured the damage on "
        "Tuesday.\n\nShe promised aid.",
    ],
)
def test_a_dateline_on_its_own_line_places_the_paragraph_after_it(text: str) -> None:
    assert place_of(text, "toured") == "Kathmandu"
    assert place_of(text, "promised") is None


@pytest.mark.parametrize(
    ("text", "triggers", "place"),
    [
        (
            "NAIROBI, Kenya (AP) _ The secretary of state paid tribute on Tuesday to the "
            "victims on a whirlwind visit to East Africa, and promised to find the bombers.",
            ("paid", "visit", "promised"),
            "East Africa",
        ),
        (
            "WASHINGTON (Reuters) - The senator toured a steel plant on Monday during a "
            "two-day trip to Ohio.",
            ("toured", "trip"),
            "Ohio",
        ),
        (
            "The pope prayed for peace on his trip to Iraq, and later met the ayatollah.",
            ("prayed", "met"),
            "Iraq",
        ),
    ],
)
def test_a_journey_places_its_sentence(text: str, triggers: tuple[str, ...], place: str) -> None:
    for trigger in triggers:
        assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister was criticized on his return from a visit to Moscow.", "criticized"),
        ("Migrants drowned during the crossing to Greece.", "drowned"),
        ("A tourist died during a trip to Spain.", "died"),
        ("The ship sank on its voyage to Lisbon.", "sank"),
    ],
)
def test_a_return_a_crossing_or_a_death_on_the_way_is_not_placed_by_the_goal(
    text: str, trigger: str
) -> None:
    assert place_of(f"The council met on Saturday.\n\n{text}", trigger) is None


def test_a_journey_in_another_sentence_places_nothing() -> None:
    text = (
        "NAIROBI, Kenya (AP) _ The minister began a visit to Tanzania on Monday.\n\n"
        "Officials in Nairobi promised to rebuild the embassy."
    )
    assert place_of(text, "promised") != "Tanzania"


# -- who did it: journey nouns, owners past adjectives, "who" after a blamed name ------


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Madeleine Albright paid tribute on Tuesday to bombing victims and embassy "
            "staff on a whirlwind visit to East Africa.",
            "visit",
            "Madeleine Albright",
        ),
        ("The senator toured the plant during a two-day trip to Ohio.", "trip", "senator"),
        ("The minister met rebel leaders on his first visit to Goma.", "visit", "minister"),
        ("The envoy met rebel leaders during her last trip to the region.", "trip", "envoy"),
    ],
)
def test_a_journey_is_the_travellers(text: str, trigger: str, agent: str) -> None:
    assert (agent, "agent") in roles(by_trigger(events(text), trigger))


def test_a_journey_by_someone_named_is_theirs() -> None:
    event = by_trigger(events("The bill passed during a visit by the king."), "visit")
    assert ("king", "agent") in roles(event)
    assert ("bill", "agent") not in roles(event)


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "FBI agents pushed ahead with their all-out investigation into the bombings.",
            "investigation",
            "FBI agents",
        ),
        (
            "Police pressed on with their painstaking search for the gunmen.",
            "search",
            "Police",
        ),
        ("The rebels stepped up their deadly attacks on the capital.", "attacks", "rebels"),
    ],
)
def test_an_owner_pronoun_past_adjectives_does_it(text: str, trigger: str, agent: str) -> None:
    assert (agent, "agent") in roles(by_trigger(events(text), trigger))


def test_her_before_adjectives_is_not_taken_for_an_owner() -> None:
    event = by_trigger(events("The union gave her full support in the strike."), "strike")
    assert not any(p.role == "agent" and p.name.lower() == "her" for p in event.participants)


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "not_agent"),
    [
        (
            "He placed the blame on Lazaro Munero, who organized the journey.",
            "organized",
            "Lazaro Munero",
            "blame",
        ),
        (
            "Rebels launched an attack on President Joseph Kabila, who escaped unhurt.",
            "escaped",
            "Joseph Kabila",
            "attack",
        ),
    ],
)
def test_who_after_a_name_aimed_at_stands_for_the_name(
    text: str, trigger: str, agent: str, not_agent: str
) -> None:
    agents = [p.name for p in by_trigger(events(text), trigger).participants if p.role == "agent"]
    assert agents == [agent]
    assert not_agent not in agents


@pytest.mark.parametrize(
    ("text", "trigger", "agents"),
    [
        (
            "Earlier Sunday, police and militant Protestants clashed in north Belfast.",
            "clashed",
            {"police", "Protestants"},
        ),
        (
            "The minister resigned on Monday.\n\nSoldiers and armed Islamists clashed near "
            "the border.",
            "clashed",
            {"Soldiers"},
        ),
    ],
)
def test_a_body_in_lower_case_beside_a_named_one_is_a_participant_too(
    text: str, trigger: str, agents: set[str]
) -> None:
    names = {p.name for p in by_trigger(events(text), trigger).participants if p.role == "agent"}
    assert agents <= names
    assert any("Islamists" in n or "Protestants" in n for n in names)


@pytest.mark.parametrize(
    ("text", "trigger", "patient"),
    [
        (
            "The government asked the court to suspend the temporary injunction issued Thursday.",
            "issued",
            "temporary injunction",
        ),
        (
            "Prosecutors challenged the new evidence presented on Monday.",
            "presented",
            "evidence",
        ),
    ],
)
def test_a_participle_after_a_verbs_object_tells_of_the_object(
    text: str, trigger: str, patient: str
) -> None:
    assert (patient, "patient") in roles(by_trigger(events(text), trigger))


def test_a_phrase_running_past_its_noun_is_no_object_of_a_participle() -> None:
    text = "The probe completed the closest flyby of the moon ever carried out by a craft."
    found = events(text)
    assert not any("ever" in p.name for e in found for p in e.participants)


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "About 200 Americans — embassy staff and their families — left Pakistan today.",
            "left",
            "Americans",
        ),
        (
            "The rebels -- mostly young men from the north -- attacked the base on Monday.",
            "attacked",
            "rebels",
        ),
        (
            "The striking miners – some 3,000 of them – marched on the capital.",
            "marched",
            "miners",
        ),
    ],
)
def test_the_subject_stands_before_an_aside_set_off_by_dashes(
    text: str, trigger: str, agent: str
) -> None:
    names = [p.name for p in by_trigger(events(text), trigger).participants if p.role == "agent"]
    assert any(agent in n for n in names), names


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "MIAMI (AP) -- The court ruled on Thursday.\n\nProtesters began to gather "
            "outside the Miami relatives' home. They yelled and wept when the decision was "
            "announced.",
            "yelled",
            "Protesters",
        ),
        (
            "MIAMI (AP) -- The court ruled on Thursday.\n\nThe relatives met reporters on "
            "Friday.\n\nStrikers marched past the offices of the bosses. They chanted "
            "slogans.",
            "chanted",
            "Strikers",
        ),
    ],
)
def test_they_opening_a_sentence_goes_on_with_the_subject_before(
    text: str, trigger: str, agent: str
) -> None:
    names = [p.name for p in by_trigger(events(text), trigger).participants if p.role == "agent"]
    assert names == [agent]


def test_they_found_by_the_registry_in_the_sentence_before_stays() -> None:
    text = (
        "LAGOS (Reuters) - The minister met union leaders on Monday. They agreed to end the strike."
    )
    names = [p.name for p in by_trigger(events(text), "agreed").participants]
    assert "minister" not in names


# -- discoveries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police found more than 600 kg of explosives in a shed in Dundalk.",
        "Divers found the wreckage of the ferry on Monday.",
        "Investigators found two bodies in the burned house.",
        "The rifle was found buried in the garden.",
        "Employees found their files locked and a ransom note on several screens.",
        "Detectives matched a strand of hair found at the firing site.",
        "Inspectors found several errors in the report.",
    ],
)
def test_finding_a_thing_is_a_happening(text: str) -> None:
    assert "found" in trigger_words(events(text))


@pytest.mark.parametrize(
    "text",
    [
        "A study found that most tenants pay more.",
        "The court found no evidence of fraud.",
        "Investigators found it hard to say.",
        "The inquiry found the pilot had erred.",
        # The reviewer's sentences: what a finding says, or a verdict.
        "A poll found most Americans support the plan.",
        "The study found the drug reduced deaths by 20%.",
        "An audit found the company overstated profits.",
        "The jury found the defendant guilty of murder.",
        "The court found the law unconstitutional.",
        "The company was found to have breached the rules.",
        # Variants of our own.
        "The panel found the officers acted lawfully.",
        "The judge found the firm liable for the spill.",
        "The court found in favor of the plaintiff.",
    ],
)
def test_finding_out_is_no_discovery(text: str) -> None:
    assert "found" not in trigger_words(events(text))


def test_surviving_by_doing_is_a_happening_an_obituarys_survivors_are_not() -> None:
    assert "survived" in trigger_words(events("The boy survived by clinging to a tyre."))
    assert "survived" not in trigger_words(events("She is survived by her husband."))


@pytest.mark.parametrize(
    "text",
    [
        "Smith, who died Sunday, is also survived by two sons.",
        "He is survived by his wife and three children.",
        "She was also survived by a sister.",
    ],
)
def test_an_obituarys_survivors_past_an_adverb_are_no_happening(text: str) -> None:
    assert "survived" not in trigger_words(events(text))


def test_surviving_by_doing_past_an_adverb_is_a_happening() -> None:
    assert "survived" in trigger_words(events("The crew also survived by swimming to shore."))


# -- the place left ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ferry left Dover at noon on Monday.", "Dover"),
        ("The delegation left Kinshasa on Tuesday after two days of talks.", "Kinshasa"),
    ],
)
def test_the_place_left_is_where_leaving_happens(text: str, place: str) -> None:
    assert place_of(text, "left") == place


@pytest.mark.parametrize(
    "sentence",
    [
        "John Smith left Microsoft in May.",
        "The storm left 10 people dead.",
        "Hazard left Chelsea for Real Madrid in 2019.",
        "The striker left Ajax for Barcelona.",
        "The team left Houston's downtown arena.",
    ],
)
def test_what_is_left_that_is_no_place_places_nothing(sentence: str) -> None:
    text = f"SEATTLE (Reuters) - The board met on Monday.\n\n{sentence}"
    assert place_of(text, "left") is None


# -- place names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "NAIROBI (AP) - The minister arrived on Monday.\n\nIn Dar es Salaam, she laid "
            "flowers. Then she toured the embassy.",
            "Dar es Salaam",
        ),
        ("Rioters burned cars in a divided part of west Belfast.", "Belfast"),
        ("Troops fired shots in a poor district of north Kabul.", "Kabul"),
    ],
)
def test_place_names_with_lower_case_words(text: str, place: str) -> None:
    found = events(text)
    assert any(e.place == place for e in found), [(e.trigger, e.place) for e in found]


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Thousands of people marched through Havana's streets by torchlight.",
            "marched",
            "Havana",
        ),
        ("Crowds gathered in Kabul's main square on Friday.", "gathered", "Kabul"),
        ("Police clashed with youths in Belfast's city centre.", "clashed", "Belfast"),
        ("Protesters marched through Havana's streets chanting slogans.", "marched", "Havana"),
    ],
)
def test_a_site_owned_by_a_town_is_placed_in_the_town(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Protesters gathered outside Trump's downtown hotel.", "gathered"),
        ("Reporters waited in Smith's downtown office.", "waited"),
    ],
)
def test_a_site_word_that_only_modifies_places_nothing(text: str, trigger: str) -> None:
    assert place_of(f"The council met on Saturday.\n\n{text}", trigger) is None


# -- ordinals, flattened copy without a dateline ------------------------------------------


def test_first_before_a_past_tense_is_the_subject() -> None:
    assert "attacked" in trigger_words(events("The first attacked at dawn, the second at noon."))
    assert "attack" in trigger_words(events("The last attack came at dawn."))


def test_a_long_paragraph_without_a_dateline_is_no_flattened_copy() -> None:
    # No dateline (given as is, not through ``events``): a "The ..." sentence goes on
    # with the place as in any paragraph.
    text = (
        "Police seized a car bomb in Dundalk on Sunday. Officers searched the farm for "
        "hours. A spokesman welcomed the find. Critics questioned the timing. The officers "
        "arrested two men. The party refused to comment. The officers questioned the men."
    )
    assert by_trigger(extract_events(text, PUBLISHED), "arrested").place == "Dundalk"
