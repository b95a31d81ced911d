"""Events: an event's own place over the dateline ("a strike on the northeastern city of
Kharkiv", "an attack on the port of Odesa", "in the capital Kyiv killed"), event nouns
that only name a thing, place or people ("a car repair shop", "protest leaders",
"election monitors"), and the type of "search" by its searcher and object ("rescuers
searched the rubble" is no police search). Sentences written for these tests, in the
manner of 2020s agency copy."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, extract_events, roles, trigger_words

PUBLISHED = "2025-03-14"
DATELINE = "KYIV, March 14 (Reuters) - "


def places(text: str) -> dict[str, str | None]:
    """Each event's trigger with its place."""
    return {e.trigger: e.place for e in extract_events(text, PUBLISHED)}


# -- the place a noun's "on" object names, over the dateline ------------------------------


@pytest.mark.parametrize("noun", ["strike", "attack", "raid", "missile strike", "shelling"])
@pytest.mark.parametrize(
    ("target", "place"),
    [
        ("the northeastern city of Kharkiv", "Kharkiv"),
        ("the port of Odesa", "Odesa"),
        ("the southern town of Nikopol", "Nikopol"),
        ("the Black Sea port of Izmail", "Izmail"),
        ("the capital Kyiv", "Kyiv"),
    ],
)
def test_noun_target_places_the_clause(noun: str, target: str, place: str) -> None:
    text = (
        f"{DATELINE}A {noun} on {target} killed two people and wounded at least 11, officials said."
    )
    found = places(text)
    trigger = noun.split()[-1]
    assert found[trigger] == place
    assert found["killed"] == place
    assert found["wounded"] == place


@pytest.mark.parametrize("noun", ["bombing", "assault", "offensive", "ambush"])
def test_more_assault_nouns_take_their_target(noun: str) -> None:
    article = "An" if noun[0] in "aeiou" else "A"
    text = f"{DATELINE}{article} {noun} on the city of Dnipro killed three soldiers, the army said."
    assert places(text)[noun] == "Dnipro"


def test_lead_clause_with_its_own_target_beside_a_dateline_one() -> None:
    text = (
        f"{DATELINE}Russian drones hit energy facilities overnight, while a strike on the "
        "northeastern city of Kharkiv killed two people and wounded at least 11, regional "
        "officials said."
    )
    found = places(text)
    assert found["strike"] == found["killed"] == found["wounded"] == "Kharkiv"


@pytest.mark.parametrize("prep", ["in", "near", "at"])
@pytest.mark.parametrize("verb", ["killed two people", "wounded 11 civilians", "damaged a school"])
def test_capital_in_apposition_before_the_verb(prep: str, verb: str) -> None:
    text = f"LONDON (Reuters) - A drone attack {prep} the capital Kyiv {verb}, officials said."
    trigger = verb.split()[0]
    assert places(text)[trigger] == "Kyiv"


@pytest.mark.parametrize("verb", ["struck", "hit", "shelled", "pounded", "attacked"])
def test_verb_object_capital_in_apposition(verb: str) -> None:
    text = f"LONDON (Reuters) - Russian forces {verb} the capital Kyiv on Friday, officials said."
    assert places(text)[verb] == "Kyiv"


@pytest.mark.parametrize(
    ("target", "place"),
    [
        ("the coast of Crimea", "Crimea"),
        ("the northern city of Kharkiv", "Kharkiv"),
        ("the remote region of Hokkaido", "Hokkaido"),
    ],
)
def test_intransitive_strike_takes_the_town_after_it(target: str, place: str) -> None:
    text = f"LONDON (Reuters) - An earthquake struck {target} on Friday, officials said."
    assert places(text)["struck"] == place


def test_strike_on_a_bare_town_noun_keeps_the_dateline() -> None:
    text = f"{DATELINE}A storm struck the capital on Friday, officials said."
    assert places(text)["struck"] == "Kyiv"


@pytest.mark.parametrize("noun", ["strike", "drone attack", "air strike", "bombardment", "assault"])
@pytest.mark.parametrize(
    ("target", "place"),
    [
        ("the northeastern city of Kharkiv", "Kharkiv"),
        ("the port of Odesa", "Odesa"),
        ("the capital Kyiv", "Kyiv"),
    ],
)
def test_verb_killed_in_a_strike_on_a_town(noun: str, target: str, place: str) -> None:
    text = f"LONDON (Reuters) - Two people were killed in a {noun} on {target}, officials said."
    assert places(text)["killed"] == place


@pytest.mark.parametrize("noun", ["attack", "strike", "bombardment"])
def test_light_verb_takes_its_noun_target(noun: str) -> None:
    article = "an" if noun[0] in "aeiou" else "a"
    text = (
        f"LONDON (Reuters) - Russia launched {article} {noun} on the southern city of "
        "Zaporizhzhia overnight, killing three people."
    )
    found = places(text)
    assert found["launched"] == found["killing"] == "Zaporizhzhia"


@pytest.mark.parametrize("noun", ["shelling", "bombing", "fighting"])
def test_nationality_before_an_ing_noun_is_no_place(noun: str) -> None:
    text = f"{DATELINE}Eleven people were wounded in the Russian {noun} on Friday, officials said."
    assert places(text)["wounded"] != "Russian"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry in the capital Canberra announced new rules on Monday.",
        "The embassy in the capital Nairobi urged citizens to leave on Monday.",
        "Lawmakers in the northern city of Kharkiv condemned the decision on Monday.",
    ],
)
def test_speakers_place_in_apposition_places_no_statement(text: str) -> None:
    statement = [e for e in extract_events(text, PUBLISHED) if e.type == "statement"]
    assert statement and statement[0].place is None


def test_relative_clause_after_the_town_noun_is_no_apposition() -> None:
    # "the town Smith visited last year": the verb lacks its object, so no place "Smith".
    text = f"{DATELINE}A blast in the town Smith visited last year killed two people, police said."
    assert places(text)["killed"] != "Smith"


def test_region_of_a_country_stays_the_region() -> None:
    text = f"{DATELINE}An attack on the Arequipa region of Peru killed two people, police said."
    assert places(text)["attack"] != "Peru"


def test_no_place_keeps_the_dateline() -> None:
    text = f"{DATELINE}A strike killed two people and wounded 11, officials said."
    assert places(text)["killed"] == "Kyiv"


# -- an event noun modifying a noun that names a thing, place or people -------------------


@pytest.mark.parametrize("noun", ["repair", "rescue", "search", "protest", "election", "strike"])
@pytest.mark.parametrize(
    "head",
    ["shop", "building", "zone", "camp", "volunteers", "group", "organisers", "station"],
)
def test_event_noun_before_a_thing_is_no_event(noun: str, head: str) -> None:
    text = f"Officials said a {noun} {head} was near the river on Friday."
    assert noun not in [w.lower() for w in trigger_words(extract_events(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        ("A residential building and a car repair shop were hit, officials said.", "repair"),
        ("Protest leaders were detained on Friday.", "Protest"),
        ("Election officials counted the votes on Sunday.", "Election"),
        ("The strike force landed at dawn.", "strike"),
        ("The attack group fled into the hills.", "attack"),
        ("Rescue volunteers reached the village on Monday.", "Rescue"),
        ("Election monitors reported irregularities.", "Election"),
    ],
)
def test_compounds_from_copy(text: str, modifier: str) -> None:
    assert modifier not in trigger_words(extract_events(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Trade talks resumed in Geneva on Friday.", "talks"),
        ("The peace deal was signed on Friday.", "signed"),
        ("After the attack residents fled to the hills.", "attack"),
        ("During the protest residents blocked the road.", "protest"),
        ("Rebels began killing residents in the village.", "killing"),
        ("The storm heads north on Friday.", "storm"),
    ],
)
def test_genuine_events_stay(text: str, trigger: str) -> None:
    assert trigger in trigger_words(extract_events(text, PUBLISHED))


# -- "search": legal only with a searcher of the law or a suspect's place ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers were still searching the rubble on Friday.",
        "Divers searched the lake for the missing boy.",
        "Volunteers searched the forest overnight.",
        "Rescuers searched for survivors in the debris.",
        "Soldiers and firefighters searched through mud in the village.",
    ],
)
def test_rescue_search_is_other(text: str) -> None:
    found = [e for e in extract_events(text, PUBLISHED) if e.trigger.startswith("search")]
    assert found and found[0].type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Police searched his home on Tuesday.",
        "FBI agents searched the offices of the company.",
        "Officers searched the car after the chase.",
        "Police raided two homes and searched for a suspect.",
        "Authorities were searching for accomplices.",
    ],
)
def test_police_search_is_legal(text: str) -> None:
    found = [e for e in extract_events(text, PUBLISHED) if e.trigger.startswith("search")]
    assert found and found[0].type == "legal"


def test_by_trigger_sanity() -> None:
    text = f"{DATELINE}An attack on the port of Odesa killed three people, officials said."
    assert by_trigger(extract_events(text, PUBLISHED), "attack").place == "Odesa"


# -- a fronted adverbial's event noun before people in the plural is the event ------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "PHOENIX (AP) — In the raid officers found nearly 20 kilograms of fentanyl pills, "
            "the sheriff's office said.",
            "raid",
        ),
        (
            "KHARTOUM (AFP) — In the attack soldiers killed at least 12 civilians in a village "
            "near Omdurman, witnesses said.",
            "attack",
        ),
        (
            "GAZA (Reuters) — In the strike rescuers found the bodies of six children under the "
            "rubble of a house.",
            "strike",
        ),
        (
            "PARIS (Reuters) — In the election voters gave the far right its largest share of "
            "seats in decades.",
            "election",
        ),
        (
            "OTTAWA (AP) — In the crash pilots lost control of the plane shortly after takeoff, "
            "investigators said.",
            "crash",
        ),
        (
            "BEIRUT (Reuters) — In the explosion residents as far as 10 kilometres away felt the "
            "shock wave.",
            "explosion",
        ),
        (
            "RAMALLAH (AP) — In the raid troops killed three Palestinians, the health ministry "
            "said.",
            "raid",
        ),
        (
            "TAIPEI (AP) — Ahead of the storm residents stocked up on water and sandbags on "
            "Tuesday.",
            "storm",
        ),
        (
            "KHARTOUM (Reuters) — Throughout the siege residents survived on boiled leaves and "
            "river water, aid workers said.",
            "siege",
        ),
        (
            "LONDON (Reuters) — Because of the strike staff at several hospitals were "
            "redeployed to emergency wards on Tuesday.",
            "strike",
        ),
        # variants: other openers, nouns, people and tenses
        ("In the raid police found a cache of rifles, prosecutors said.", "raid"),
        ("In the riot police arrested 40 people, the interior minister said.", "riot"),
        ("On Sunday, in the ambush gunmen killed four soldiers near Kidal.", "ambush"),
        ("Ahead of the election voters queued for hours outside polling stations.", "election"),
        ("Because of the flood volunteers had to move the clinic to a school.", "flood"),
        ("Officials said that in the blast passengers were thrown to the ground.", "blast"),
    ],
)
def test_fronted_adverbial_keeps_its_event(text: str, trigger: str) -> None:
    assert trigger in trigger_words(extract_events(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        # a thing's noun, a comma after the people, an opener that is no adverbial's
        ("In the strike zone residents sheltered in basements.", "strike"),
        ("For the protest organisers, the turnout was a success.", "protest"),
        ("Among the election monitors were two former ministers.", "election"),
        ("She spoke to the rescue volunteers on Friday.", "rescue"),
        ("In the rescue volunteers' camp, food was running short.", "rescue"),
    ],
)
def test_modifier_after_other_openers_stays_no_event(text: str, modifier: str) -> None:
    assert modifier not in trigger_words(extract_events(text, PUBLISHED))


# -- an event word after a plural subject or a causative verb is a verb ------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "KABUL (AP) — Taliban fighters attack army posts along the border almost every "
            "week, officials said.",
            "attack",
            {("Taliban fighters", "agent"), ("army posts", "patient")},
        ),
        (
            "BERLIN (AP) — Climate activists protest airport expansion plans at Munich airport.",
            "protest",
            {("Climate activists", "agent")},
        ),
        (
            "BANGKOK (AP) — Thousands of people protest government corruption outside the "
            "prime minister's office every Saturday.",
            "protest",
            {("people", "agent")},
        ),
        (
            "ISTANBUL (AP) — Fishermen helped rescue survivors of the capsized ferry before "
            "the coast guard arrived.",
            "rescue",
            {("survivors", "patient")},
        ),
        (
            "RAFAH (Reuters) — Rescuers search building ruins for survivors after every airstrike.",
            "search",
            {("Rescuers", "agent"), ("building ruins", "patient")},
        ),
        # variants
        (
            "Rebels attack army bases in the north almost every night.",
            "attack",
            {("Rebels", "agent"), ("army bases", "patient")},
        ),
        (
            "Students protest staff cuts at the university every Friday.",
            "protest",
            {("Students", "agent")},
        ),
    ],
)
def test_event_word_after_plural_subject_is_a_verb(
    text: str, trigger: str, expected: set[tuple[str, str]]
) -> None:
    event = by_trigger(extract_events(text, PUBLISHED), trigger)
    assert expected <= roles(event)


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        ("Human rights protest groups gathered outside the embassy.", "protest"),
        ("Local election officials counted ballots overnight.", "election"),
        ("The car repair shop reopened on Monday.", "repair"),
    ],
)
def test_plural_before_a_subject_compound_is_no_verb(text: str, modifier: str) -> None:
    assert modifier not in trigger_words(extract_events(text, PUBLISHED))


# -- "search" stays legal without a sign of a rescue ------------------------------------


def search_type(text: str) -> str:
    found = [e for e in extract_events(text, PUBLISHED) if e.trigger.lower().startswith("search")]
    assert found, text
    return str(found[0].type)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — The senator's home was searched by FBI agents in June, court "
        "papers show.",
        "MADRID (AFP) — His apartment in Madrid was searched on Tuesday and his phone was "
        "seized, his lawyer said.",
        "BERLIN (Reuters) — The homes of 12 suspects were searched in raids across five German "
        "states on Wednesday.",
        "MIAMI (AP) — Sheriff's deputies searched the car and found a loaded handgun and a bag "
        "of cocaine, the arrest report said.",
        "KYIV (AP) — Security services searched the monastery and detained a priest accused "
        "of spying for Moscow.",
        # variants
        "Police searched the area for the gunman after the shooting.",
        "Detectives searched the lake for evidence on Monday.",
        "Troopers searched the truck at the border and seized 40 kilograms of cocaine.",
    ],
)
def test_search_without_rescue_sign_stays_legal(text: str) -> None:
    assert search_type(text) == "legal"


@pytest.mark.parametrize(
    "text",
    [
        "ROME (AFP) — Coast guard crews searched the waters off Lampedusa for dozens of "
        "migrants missing after their boat capsized.",
        "MIAMI (AP) — Deputies searched the woods for the missing boy.",
        "GAZA (Reuters) — Civil defence crews searched the ruins of the house for survivors.",
        "Rescue teams searched the collapsed school overnight.",
    ],
)
def test_search_with_rescue_sign_is_other(text: str) -> None:
    assert search_type(text) == "other"


# -- a target described before its "of", and a day after "on" ---------------------------


@pytest.mark.parametrize("noun", ["drone attack", "raid", "bombardment", "strike"])
@pytest.mark.parametrize(
    ("target", "place"),
    [
        ("the southern port city of Odesa", "Odesa"),
        ("the Russian border region of Belgorod", "Belgorod"),
        ("the frontline city of Pokrovsk", "Pokrovsk"),
        ("the Gaza City neighbourhood of Shejaiya", "Shejaiya"),
        ("the city of Sumy on Palm Sunday", "Sumy"),
    ],
)
def test_described_target_places_the_noun(noun: str, target: str, place: str) -> None:
    text = f"{DATELINE}A {noun} on {target} killed five people, officials said."
    trigger = noun.split()[-1]
    found = places(text)
    assert found[trigger] == place
    assert found["killed"] == place


@pytest.mark.parametrize("verb", ["attacked", "raided", "shelled", "struck"])
@pytest.mark.parametrize(
    ("target", "place"),
    [
        ("the coastal county of Lamu", "Lamu"),
        ("the southern port city of Odesa", "Odesa"),
        ("the frontline town of Pokrovsk", "Pokrovsk"),
    ],
)
def test_verb_object_described_town(verb: str, target: str, place: str) -> None:
    text = f"NAIROBI, March 14 (Reuters) - Militants {verb} {target} on Tuesday, police said."
    assert places(text)[verb] == place


def test_offensive_on_a_described_city() -> None:
    text = (
        "JERUSALEM, March 14 (Reuters) - Israeli troops pressed ahead with their offensive "
        "on the southern Gaza city of Rafah on Tuesday."
    )
    assert places(text)["offensive"] == "Rafah"


@pytest.mark.parametrize(
    "text",
    [
        f"{DATELINE}A strike on the headquarters of the regional government killed two people.",
        f"{DATELINE}A strike on the main building of the hospital killed two people.",
    ],
)
def test_thing_of_an_owner_is_no_town(text: str) -> None:
    assert places(text)["strike"] == "Kyiv"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "LONDON (AP) - A fire broke out in Newcastle upon Tyne on Sunday.",
            "broke out",
            "Newcastle upon Tyne",
        ),
        (
            "LONDON (AP) - A fire destroyed a pub in Stratford on Avon.",
            "destroyed",
            "Stratford on Avon",
        ),
    ],
)
def test_town_names_with_on_stay_whole(text: str, trigger: str, place: str) -> None:
    assert places(text)[trigger] == place
