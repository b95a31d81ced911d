"""Events: the reviewer's paragraphs of round 21 that the participant and place rules of
round 3 made worse, each with a variant or two of our own, and the near misses the rules
must leave alone, one test each so that every counter-case fails on its own: "its" for a
plural opening noun; "the girl" after a boy, a sister or with a phrase after it; "from"
after a noun of asking naming a place, a building or a ruling; "of" after a purchase
naming a time; a street after "on" that follows a noun of targeting; an aspectual word
that is a noun or an adjective; a name before a verb after a town's noun; and a time
skipped before "by" as well as before "from"."""

from __future__ import annotations

import pytest

from _eventtools import by_trigger, extract_events, roles
from newsfacts.models import Event

PUBLISHED = "1999-05-02"


def events(text: str) -> list[Event]:
    return extract_events(text, PUBLISHED)


def agents(text: str, trigger: str) -> set[str]:
    return {n for n, r in roles(by_trigger(events(text), trigger)) if r == "agent"}


def patients(text: str, trigger: str) -> set[str]:
    return {n for n, r in roles(by_trigger(events(text), trigger)) if r == "patient"}


def place(text: str, trigger: str) -> str | None:
    return by_trigger(events(text), trigger).place


# -- 1. "its" needs one owner: no plural common noun ------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "noun"),
    [
        (
            "Investors cheered its acquisition of the software maker on Monday.",
            "acquisition",
            "Investors",
        ),
        ("Shareholders approved its merger with Exxon on Tuesday.", "merger", "Shareholders"),
        ("Analysts doubted its acquisition of the bank.", "acquisition", "Analysts"),
        ("Lenders welcomed its purchase of the mills.", "purchase", "Lenders"),
    ],
)
def test_its_is_no_plural_opening_noun(text: str, trigger: str, noun: str) -> None:
    assert noun not in agents(text, trigger)


@pytest.mark.parametrize("name", ["Iraq", "Texas", "Congress"])
def test_its_still_stands_for_an_opening_name(name: str) -> None:
    assert name in agents(f"{name} stepped up its condemnation of the raid.", "condemnation")


# -- 2. "the boy", "the girl": sex, new relatives, a phrase after the noun -------------


@pytest.mark.parametrize(
    ("text", "trigger", "boy"),
    [
        (
            "Tommy Lee, 5, was found safe on Monday. His sister was still missing. "
            "The girl was rescued Tuesday.",
            "rescued",
            "Tommy Lee",
        ),
        (
            "Elian Gonzalez, 6, arrived in Miami. His cousin Marisleysis cared for him. "
            "The girl was interviewed on Monday.",
            "interviewed",
            "Elian Gonzalez",
        ),
        ("Juan Perez, 8, was injured. The girl was taken to a hospital.", "taken", "Juan Perez"),
    ],
)
def test_the_girl_is_no_boy_named_before(text: str, trigger: str, boy: str) -> None:
    assert boy not in patients(text, trigger)


def test_the_girl_driving_the_car_is_someone_else() -> None:
    text = "Juan Perez, 8, was injured. The girl driving the car was arrested."
    assert "Juan Perez" not in patients(text, "arrested")
    assert "Juan Perez" not in agents(text, "driving")


def test_the_boy_with_a_phrase_after_it_is_someone_else() -> None:
    text = "Carlos Ruiz, 8, was injured. The boy in the other car was arrested."
    assert "Carlos Ruiz" not in patients(text, "arrested")


def test_a_brother_between_is_someone_new_for_the_boy() -> None:
    text = (
        "Tommy Lee, 5, was found safe. His brother was still missing. "
        "The boy was taken to a hospital."
    )
    assert "Tommy Lee" not in patients(text, "taken")


def test_a_sister_between_leaves_the_boy_to_the_child() -> None:
    text = (
        "Tommy Lee, 5, was found safe. His sister was still missing. "
        "The boy was taken to a hospital."
    )
    assert "Tommy Lee" in patients(text, "taken")


def test_the_girl_still_for_the_girl_named_before() -> None:
    text = "Maria Lopez, 8, was hit by a car. The girl was taken to a hospital."
    assert "Maria Lopez" in patients(text, "taken")


# -- 3. "from" after a noun of asking: a person or body, no place, thing or ruling ------


@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        ("He made an appeal from prison for calm on Monday.", "appeal", "prison"),
        ("Lawyers filed an appeal from the ruling on Tuesday.", "appeal", "ruling"),
        ("He sent a request from his hospital bed.", "request", "hospital"),
        ("The union filed an appeal from the verdict.", "appeal", "verdict"),
        ("A request from custody for a lawyer was refused.", "request", "custody"),
        ("An appeal from exile for calm was broadcast.", "appeal", "exile"),
    ],
)
def test_from_a_place_or_a_ruling_names_no_asker(text: str, trigger: str, wrong: str) -> None:
    assert not any(wrong in n for n in agents(text, trigger))


def test_from_gives_no_second_doer() -> None:
    text = "The Pope made an appeal from St. Peter's Square for peace."
    assert agents(text, "appeal") == {"Pope"}


def test_from_a_square_names_no_asker() -> None:
    text = "An appeal from Tiananmen Square for calm was broadcast."
    assert not agents(text, "appeal")


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("The firm received a bid from Siemens on Monday.", "bid", "Siemens"),
        (
            "The court heard an appeal from the defendant's lawyers.",
            "appeal",
            "defendant's lawyers",
        ),
    ],
)
def test_from_still_names_a_person_or_body(text: str, trigger: str, name: str) -> None:
    assert name in agents(text, trigger)


# -- 7 (and other defect 7). "of" after a purchase; a time before "by" ---------------


@pytest.mark.parametrize(
    "text",
    ["He called it the purchase of the century.", "Critics called it the sale of the year."],
)
def test_of_a_time_is_no_thing_sold(text: str) -> None:
    trigger = "purchase" if "purchase" in text else "sale"
    assert not patients(text, trigger)


def test_a_time_is_skipped_before_by_as_before_from() -> None:
    """The time-skipping loop of the nouns of asking runs whatever the preposition."""
    assert "Unilever" in agents("The firm rejected a bid Tuesday by Unilever.", "bid")
    text = "The department is considering a request last week from the boy's father."
    assert "boy's father" in agents(text, "request")


# -- 4. a street after "on" that follows a noun of targeting --------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The SEC announced a crackdown on Wall Street on Monday.", "announced"),
        ("The SEC announced a crackdown on Wall Street on Monday.", "crackdown"),
        ("The mayor imposed a ban on Fifth Avenue on Sunday.", "imposed"),
        ("Pressure on Downing Street grew after the vote.", "grew"),
        ("Congress heaped criticism on Wall Street on Tuesday.", "heaped"),
    ],
)
def test_on_after_a_target_noun_places_nothing(text: str, trigger: str) -> None:
    assert place(text, trigger) is None


def test_on_after_a_verb_still_places_it() -> None:
    assert place("Hundreds of protesters marched on Capitol Hill on Friday.", "marched") == (
        "Capitol Hill"
    )


# -- 5. an aspectual word that is a noun or an adjective ------------------------------


def test_false_starts_is_a_noun_phrase() -> None:
    text = "After several false starts delaying the launch, NASA finally launched the shuttle."
    assert "false" not in agents(text, "delaying")


def test_three_stops_is_a_noun_phrase() -> None:
    text = "The bus made three stops blocking traffic in Manhattan."
    assert "bus made three" not in agents(text, "blocking")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels ignored continued bombing by NATO jets.",
        "Rebels ignored heavy bombing by NATO jets.",
    ],
)
def test_a_following_by_phrase_names_the_doer(text: str) -> None:
    assert agents(text, "bombing") == {"NATO jets"}


def test_an_aspectual_verb_still_lends_its_subject() -> None:
    assert "Rebels" in agents("Rebels kept firing on the town.", "firing")
    assert "firm" in agents("The firm continues shipping arms to the rebels.", "shipping")


# -- 6. a name before a verb after a town's noun ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Violence flared in the town Smith visited last year.",
        "Fighting raged in the city Jones governed for a decade.",
    ],
)
def test_a_relative_clauses_subject_is_no_town(text: str) -> None:
    trigger = "flared" if "flared" in text else "raged"
    assert place(text, trigger) is None


def test_a_name_before_a_preposition_is_still_the_town() -> None:
    assert place("Troops fired in the Kenyan capital Nairobi on Monday.", "fired") == "Nairobi"
