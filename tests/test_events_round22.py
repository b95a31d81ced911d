"""Where events happen, round 22 (issue #7), on sentences written for these tests from a
probe of wire copy: a place named earlier in the lead wins over the dateline; a bare
plural is kept alive only by a place of its own; a participle describing a noun ("accounts
gathered by UNHCR") takes no place from the verb before it; objects that are places ("a
Lagos market", "all of Cuba", "Al-Shifa hospital"); named facilities ("the San Lorenzo
mine", "Evin prison outside Tehran") and "the mine" pointing back to one; a "when" clause
without an event of its own; "along" a place; a conversion in parentheses; a speaker's
apposition; and a reporting verb's time after what it reports."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, extract_events, place_of, trigger_words

_PUBLISHED = "2025-04-02"


def _time_of(text: str, trigger: str) -> str | None:
    time = by_trigger(extract_events(text, _PUBLISHED), trigger).time
    return time.text if time is not None else None


# -- a place named earlier in the lead wins over the dateline ----------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "BANGKOK (AP) — Floods swept through Chiang Mai province on Monday, killing four "
            "people. Rescuers evacuated hundreds of residents from low-lying villages.",
            "evacuated",
            "Chiang Mai",
        ),
        (
            "LIMA, Peru (Reuters) — A landslide buried part of a village in Ancash region on "
            "Sunday. Soldiers pulled three survivors from the mud.",
            "pulled",
            "Ancash",
        ),
        (
            "NAIROBI, Kenya (AP) — Gunmen attacked a bus in Mandera county on Tuesday. "
            "Soldiers killed two of the attackers.",
            "killed",
            "Mandera",
        ),
        (
            "MANILA, Philippines (AP) — A typhoon slammed into Luzon island on Friday. "
            "Firefighters rescued dozens of stranded villagers.",
            "rescued",
            "Luzon",
        ),
    ],
)
def test_lead_place_wins_over_the_dateline(text: str, trigger: str, place: str) -> None:
    found = place_of(text, trigger)
    assert found is not None and place in found


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # Not below the lead: further down, a new actor's act has no place.
        (
            "BANGKOK (AP) — Floods killed four people on Monday.\n\nFloods swept through "
            "Chiang Mai province. Rescuers evacuated hundreds of residents.",
            "evacuated",
            None,
        ),
        # Nor for an act of police or courts told by new actors.
        (
            "NAIROBI, Kenya (AP) — Gunmen attacked a bus in Mandera county on Tuesday. "
            "Police arrested two suspects.",
            "arrested",
            "Nairobi",
        ),
        # A later lead sentence with a place of its own keeps it.
        (
            "BANGKOK (AP) — Floods swept through Chiang Mai province on Monday. Rescuers "
            "evacuated residents in Lampang.",
            "evacuated",
            "Lampang",
        ),
    ],
)
def test_lead_place_does_not_reach_further(text: str, trigger: str, place: str | None) -> None:
    assert place_of(text, trigger) == place


# -- a bare plural needs a place of its own ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "JUBA (AP) — Militias burned villages on Monday.\n\nPolice sealed off roads in Wau and "
        "banned weddings and funerals.",
        "JUBA (AP) — Militias burned villages on Monday.\n\nOfficials shut markets in Wau and "
        "limited public gatherings, including funerals.",
        "JUBA (AP) — Militias burned villages on Monday.\n\nThe army closed schools in Wau and "
        "cancelled all funerals.",
    ],
)
def test_a_carried_place_keeps_no_bare_plural(text: str) -> None:
    assert "funerals" not in trigger_words(extract_events(text, _PUBLISHED))


def test_the_leads_dateline_still_keeps_a_bare_plural() -> None:
    text = (
        "DHAKA, Bangladesh (AP) — Eleven people were killed after torrential rain set off "
        "floods and landslides, officials said."
    )
    assert "floods" in trigger_words(extract_events(text, _PUBLISHED))


# -- a participle describing a noun -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Investigators recorded abuses in Malakal, based on testimonies collected by "
            "local monitors.",
            "collected",
        ),
        (
            "Rights groups documented killings in Juba, citing accounts gathered by UNHCR.",
            "gathered",
        ),
        ("The report listed attacks in Wau, drawing on evidence seized by the police.", "seized"),
    ],
)
def test_a_describing_participle_takes_no_place(text: str, trigger: str) -> None:
    assert place_of(text, trigger) is None


def test_a_coordinated_clause_is_no_describing_participle() -> None:
    text = (
        "LIMA, Peru (Reuters) — A landslide buried part of a village in Ancash region on "
        "Sunday. Soldiers pulled three survivors from the mud and firefighters searched for "
        "12 missing people."
    )
    found = place_of(text, "searched")
    assert found is not None and "Ancash" in found


# -- objects that are places ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("BERLIN (AP) — Police evacuated a Munich train station on Friday.", "evacuated", "Munich"),
        ("ABUJA, Nigeria (AP) — Gunmen attacked a Lagos market on Monday.", "attacked", "Lagos"),
        ("HAVANA (AP) — A powerful hurricane hit all of Cuba on Tuesday.", "hit", "Cuba"),
        (
            "COLOMBO (AP) — The cyclone battered the whole of Jaffna on Tuesday.",
            "battered",
            "Jaffna",
        ),
        (
            "JERUSALEM (AP) — Israeli troops raided Al-Shifa hospital on Monday.",
            "raided",
            "Al-Shifa hospital",
        ),
        (
            "KYIV, Ukraine (AP) — Russian forces shelled the Zaporizhzhia nuclear plant.",
            "shelled",
            "Zaporizhzhia nuclear plant",
        ),
    ],
)
def test_an_object_that_is_a_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_a_facility_named_before_the_verb_is_no_object_place() -> None:
    text = (
        "KOLKATA, India (AP) — Kolkata airport suspended operations on Saturday before "
        "reopening on Sunday."
    )
    assert place_of(text, "reopening") != "Kolkata airport"


# -- named facilities -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "SANTIAGO, Chile (AP) — Nine miners were trapped in the San Lorenzo mine on Sunday.",
            "trapped",
            "San Lorenzo mine",
        ),
        (
            "KYIV, Ukraine (AP) — Inspectors arrived at the Zaporizhzhia nuclear plant on Monday.",
            "arrived",
            "Zaporizhzhia nuclear plant",
        ),
        (
            "JERUSALEM (AP) — Soldiers fought inside Al-Shifa hospital for hours.",
            "fought",
            "Al-Shifa hospital",
        ),
        (
            "LONDON (AP) — Flights were cancelled at Heathrow airport on Monday.",
            "cancelled",
            "Heathrow airport",
        ),
        (
            "MANCHESTER, England (AP) — Fans clashed at the Old Trafford stadium on Saturday.",
            "clashed",
            "Old Trafford stadium",
        ),
        (
            "TEHRAN, Iran (AP) — Relatives protested outside Evin prison on Monday.",
            "protested",
            "Evin prison",
        ),
        (
            "GAZA CITY (AP) — Aid trucks crossed through the Rafah border crossing on Monday.",
            "crossed",
            "Rafah border crossing",
        ),
        (
            "VILNIUS, Lithuania (Reuters) — The budget passed 72 to 69 in the 141-seat Seimas "
            "on Thursday.",
            "passed",
            "Seimas",
        ),
        (
            "BERLIN (AP) — Lawmakers voted in the Bundestag on Friday to extend the mission.",
            "voted",
            "Bundestag",
        ),
    ],
)
def test_a_named_facility_is_the_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # A larger name after "in" places it, as for "Wembley Stadium in London".
        (
            "SANTIAGO, Chile (AP) — Nine miners were trapped at the Kalvo mine in Chile.",
            "trapped",
            "Chile",
        ),
        # A nationality or a market is no facility's name.
        (
            "KABUL (AP) — Protesters gathered outside the Russian embassy on Monday.",
            "gathered",
            "Kabul",
        ),
        ("TOKYO (AP) — Shares fell sharply in the Japanese market on Monday.", "fell", "Tokyo"),
    ],
)
def test_what_is_no_named_facility(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


def test_an_organisation_named_elsewhere_owns_its_plant() -> None:
    text = "BERLIN (AP) — Tesla said on Monday that workers walked out at the Tesla plant."
    assert place_of(text, "walked out") != "Tesla plant"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "COPIAPO, Chile (AP) — Rescuers pulled nine miners.\n\nIt revived memories of the "
            "2010 collapse of the San José mine near Copiapó, where 33 miners were trapped.",
            "trapped",
            "San José mine",
        ),
        (
            "TEHRAN, Iran (AP) — Guards fired on inmates at Evin prison outside Tehran.",
            "fired",
            "Evin prison",
        ),
        (
            "KYIV, Ukraine (AP) — Shells landed at the Zaporizhzhia nuclear plant near Enerhodar.",
            "landed",
            "Zaporizhzhia nuclear plant",
        ),
    ],
)
def test_a_facility_near_a_town_is_the_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "SANTIAGO, Chile (AP) — Nine miners were trapped in the San Lorenzo mine on Sunday. "
            "Rescuers reached the men inside the mine on Tuesday.",
            "reached",
        ),
        (
            "SANTIAGO, Chile (AP) — Rescuers pulled nine miners.\n\nThe men were trapped in the "
            "San Lorenzo mine on Sunday. A fire broke out in the mine on Monday.",
            "broke out",
        ),
    ],
)
def test_the_mine_points_back_to_the_named_one(text: str, trigger: str) -> None:
    assert place_of(text, trigger) == "San Lorenzo mine"


def test_the_mine_of_another_paragraph_is_not_pointed_back_to() -> None:
    text = (
        "SANTIAGO, Chile (AP) — Rescuers pulled nine miners.\n\nThe men were trapped in the "
        "San Lorenzo mine on Sunday.\n\nA fire broke out in the mine on Monday."
    )
    assert place_of(text, "broke out") != "San Lorenzo mine"


# -- a "when" clause, "along", conversions, a speaker's apposition ------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "SANTIAGO, Chile (AP) — Rescuers pulled nine miners.\n\nThe men were trapped on "
            "Sunday when a section of tunnel gave way about 320 meters (1,050 feet) below the "
            "surface at the San Lorenzo mine.",
            "trapped",
            "San Lorenzo mine",
        ),
        (
            "MADRID (AP) — A train derailed on Monday.\n\nFive carriages left the track on a "
            "curve some 3 kilometers (2 miles) east of Calatayud, officials said.",
            "left",
            "Calatayud",
        ),
        (
            "KYIV, Ukraine (AP) — Russian and Ukrainian troops clashed along the Dnipro river.",
            "clashed",
            "Dnipro",
        ),
    ],
)
def test_places_past_clauses_without_events(text: str, trigger: str, place: str) -> None:
    found = place_of(text, trigger)
    assert found is not None and place in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "YEREVAN, Armenia (AP) — Five soldiers were killed when troops exchanged fire "
            "along their shared border overnight.",
            "killed",
        ),
        (
            "BISHKEK, Kyrgyzstan (AFP) — Troops exchanged fire along a disputed stretch of "
            "their frontier on Thursday.",
            "exchanged",
        ),
        (
            "DHAKA, Bangladesh (AP) — Floods hit the camps on Sunday.\n\nMohammed Rafiq, a "
            "42-year-old father of five in Kutupalong, said the water rose so quickly that his "
            "family had only minutes to escape.",
            "escape",
        ),
    ],
)
def test_an_unnamed_place_or_a_speakers_own_places_nothing(text: str, trigger: str) -> None:
    assert place_of(text, trigger) is None


def test_along_with_is_no_place() -> None:
    text = "KYIV, Ukraine (AP) — Two men were arrested along with three others on Monday."
    assert place_of(text, "arrested") == "Kyiv"


# -- a reporting verb's time ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "time"),
    [
        (
            "KATHMANDU, Nepal (AP) — The quake killed 12 people on Saturday, officials said "
            "on Sunday.",
            "killed",
            "Saturday",
        ),
        (
            "KATHMANDU, Nepal (AP) — A landslide buried 30 homes on Friday, police said on "
            "Saturday.",
            "buried",
            "Friday",
        ),
        (
            "KATHMANDU, Nepal (AP) — Officials said on Sunday that the storm had destroyed 300 "
            "homes on Friday.",
            "destroyed",
            "Friday",
        ),
    ],
)
def test_an_events_own_time_wins_over_the_reporting_verbs(
    text: str, trigger: str, time: str
) -> None:
    assert _time_of(text, trigger) == time


# -- "on Lake Toba"; a disaster's possessive place --------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "JAKARTA (AP) — A ferry capsized on Monday.\n\nIn 2018 more than 160 people died "
            "when a ferry sank on Lake Toba in North Sumatra.",
            "sank",
            "Lake Toba",
        ),
        (
            "BEIRUT (AP) — Israeli troops clashed with gunmen on the Golan Heights on Monday.",
            "clashed",
            "Golan Heights",
        ),
        ("BEIRUT (AP) — Houthis attacked ships on the Red Sea on Monday.", "attacked", "Red Sea"),
        (
            "TOKYO (AP) — Japan's deadliest earthquake in a decade killed 200 people.",
            "earthquake",
            "Japan",
        ),
        (
            "LUSAKA (AP) — Schools closed on Monday.\n\nZambia's worst cholera outbreak in "
            "decades killed more than 700 people.",
            "outbreak",
            "Zambia",
        ),
    ],
)
def test_water_names_and_a_disasters_owner(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "absent"),
    [
        ("BEIRUT (AP) — Talks on Red Sea shipping resumed on Monday.", "resumed", "Red Sea"),
        ("TOKYO (AP) — Tanaka's sudden death shocked fans.", "death", "Tanaka"),
        (
            "TEGUCIGALPA, Honduras (AP) — Sunday's presidential election was marred by delays.",
            "election",
            "Sunday",
        ),
    ],
)
def test_no_water_name_or_owner_place(text: str, trigger: str, absent: str) -> None:
    assert place_of(text, trigger) != absent


# -- a place only a purpose infinitive has ----------------------------------------------


def test_a_purposes_place_leaves_the_lead_its_dateline() -> None:
    text = (
        "UNITED NATIONS (AP) — The Security Council voted Tuesday to send monitors to "
        "oversee a ceasefire around the Sudanese city of El Fasher."
    )
    assert place_of(text, "voted") == "United Nations"


def test_a_purposes_place_takes_no_carried_place() -> None:
    text = (
        "LAGOS (AP) — An architect has died aged 84.\n\nBorn in Enugu in 1942, she trained "
        "as a teacher. She won a scholarship to study at a college in London in 1961."
    )
    assert place_of(text, "won") is None


# -- a building named by its kind -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "BRISTOL (AP) — Drivers walked out on Monday.\n\nPolice arrested two men at the "
            "bus station.",
            "arrested",
            "bus station",
        ),
        (
            "LONDON (AP) — Protesters gathered outside parliament on Monday.",
            "gathered",
            "parliament",
        ),
        (
            "LONDON (AP) — Two men were hurt.\n\nBoth were treated in hospital for burns.",
            "treated",
            "hospital",
        ),
        (
            "ROME (AP) — Police detained the suspect at the airport on Friday.",
            "detained",
            "airport",
        ),
    ],
)
def test_a_building_named_by_its_kind_is_a_place(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # A term served is no place.
        ("LONDON (AP) — A judge sentenced him to six years in prison.", "sentenced", "London"),
        ("LONDON (AP) — A court sentenced her to life in prison.", "sentenced", "London"),
        # A place after it places it instead.
        ("LEEDS (AP) — An alarm failed at the pumping station in Otley.", "failed", "Otley"),
        # A noun after it makes it a modifier.
        ("LONDON (AP) — Nurses protested at the school gates on Monday.", "protested", "London"),
    ],
)
def test_what_no_building_by_its_kind_places(text: str, trigger: str, place: str) -> None:
    assert place_of(text, trigger) == place
