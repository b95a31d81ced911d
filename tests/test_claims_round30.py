"""Claims round I (issue #6): the speaker misses of round 15. A request made with "called
on" or "appealed to" and an object with what it is to do; a warning with one ("warned X
to"); "has forecast" with its object; a demand that ends where a new subject reports its own;
a subject after ", but" or ", and"; a public body named "... Executive"; "A X
spokesperson" when X was named before. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, kind_of, speaker

# -- "called on X to", "appealed to X to" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        (
            "The teachers' union called on the ministry to reopen talks before the end of "
            "the month.",
            "the ministry to reopen talks before the end of the month",
            ("teachers' union", "organization"),
        ),
        (
            "Several opposition lawmakers called on Ramirez to step down after the vote.",
            "Ramirez to step down after the vote",
            ("opposition lawmakers", "group"),
        ),
        (
            "The mayor appealed to residents of the valley not to drink tap water.",
            "residents of the valley not to drink tap water",
            ("mayor", "person"),
        ),
        (
            "Each year the charity calls on donors to give generously this winter.",
            "donors to give generously this winter",
            ("charity", "organization"),
        ),
    ],
)
def test_called_on_someone_to_act(text: str, content: str, who: tuple[str, str]) -> None:
    claim = by_text(claims(text), content)
    assert claim.text == content
    assert speaker(claim) == who


@pytest.mark.parametrize(
    "text",
    [
        "The minister called on the families of the victims on Monday.",
        "The firm appealed to the Supreme Court last year.",
        "The governor was called on to testify before the committee.",
    ],
)
def test_called_on_without_a_request(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A relative clause ends the object; a thing ("message") makes no request.
        "Her message appealed to young voters who wanted to see change.",
        "The campaign appealed to older voters who had stayed at home.",
        "Her message appealed to young people to vote.",
        "The song called on listeners to dance.",
    ],
)
def test_appealed_to_without_an_issuer_or_a_request(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader called on Monday for talks to resume before the deadline.",
        "The union called on Tuesday for talks to resume before the deadline.",
    ],
)
def test_called_on_a_day_for_a_demand(text: str) -> None:
    (claim,) = claims(text)
    assert claim.text == "talks to resume before the deadline"


def test_a_claim_before_called_on_keeps_its_own_end() -> None:
    found = claims(
        "The charity said it had treated more than 300 people since the floods began, and "
        "called on donors to give generously."
    )
    texts = [c.text for c in found]
    assert "it had treated more than 300 people since the floods began" in texts
    assert "donors to give generously" in texts


# -- "warned X to" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The transport authority warned commuters to expect long delays on Friday.",
            "commuters to expect long delays on Friday",
        ),
        (
            "Police cautioned drivers not to use the coast road overnight.",
            "drivers not to use the coast road overnight",
        ),
    ],
)
def test_warned_someone_to_act(text: str, content: str) -> None:
    assert by_text(claims(text), content).text == content


def test_warned_that_stays_a_clause() -> None:
    found = claims("The agency warned residents that the dam was likely to fail.")
    assert [c.text for c in found] == ["the dam was likely to fail"]


def test_a_joined_request_after_a_warning() -> None:
    found = claims(
        "The regional transport board warned commuters to expect long delays and asked "
        "drivers to leave their cars at home."
    )
    assert speaker(by_text(found, "drivers to leave")) == (
        "regional transport board",
        "organization",
    )
    assert by_text(found, "commuters").text == "commuters to expect long delays"


# -- "has forecast" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The company has forecast a sharp fall in profits for the second half.",
            "a sharp fall in profits for the second half",
        ),
        (
            "The weather service had forecast heavy rain for most of the northern coast.",
            "heavy rain for most of the northern coast",
        ),
        (
            "The bank has forecast a rise in rates, and most economists expected a cut.",
            "a rise in rates",
        ),
    ],
)
def test_has_forecast(text: str, content: str) -> None:
    assert by_text(claims(text), content).text == content


@pytest.mark.parametrize(
    "text",
    [
        "The forecast for the weekend is heavy rain.",
        "Ministers forecast growth of 2% next year.",
        "None of the analysts polled last month had forecast a rise, and most had expected "
        "a cut in June.",
        "None of the 20 economists surveyed by the central bank's research unit last month "
        "had forecast a rise.",
    ],
)
def test_no_forecast_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # "no" inside the subject denies nothing: only its first word or the word before
        # "has" does.
        ("Analysts with no stake in the deal have forecast a cut.", "Analysts"),
        ("Economists at banks with no exposure have forecast a cut.", "Economists"),
    ],
)
def test_no_inside_the_subject_keeps_the_forecast(text: str, who: str) -> None:
    (claim,) = claims(text)
    assert claim.text == "a cut"
    assert claim.speaker is not None and claim.speaker.name.startswith(who)


# -- a demand ends where another subject reports ------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Hundreds marched on Sunday as church leaders pleaded for calm and the victim's "
            "relatives demanded that the driver be charged.",
            ("calm", ("church leaders", "group")),
            "the driver be charged",
        ),
        (
            "The minister appealed for patience and the union's leader said talks would "
            "continue next week.",
            ("patience", ("minister", "person")),
            "talks would continue next week",
        ),
    ],
)
def test_demand_ends_before_a_new_reporter(
    text: str, first: tuple[str, tuple[str, str]], second: str
) -> None:
    found = claims(text)
    demand = next(c for c in found if c.text == first[0])
    assert speaker(demand) == first[1]
    assert by_text(found, second).text == second


# -- a subject after ", but" or ", and" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Schools stayed open, but several hospitals said senior doctors would cover the wards.",
            ("several hospitals", "organization"),
        ),
        (
            "Schools stayed open, and two councils said senior doctors would cover the wards.",
            ("two councils", "organization"),
        ),
        (
            "Schools stayed open. But many universities said senior doctors would cover the wards.",
            ("many universities", "organization"),
        ),
        (
            "On Monday several hospitals said senior doctors would cover the wards.",
            ("several hospitals", "organization"),
        ),
    ],
)
def test_subject_after_a_coordinator(text: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(text), "senior doctors would cover")) == who


def test_unknown_word_after_and_is_no_subject() -> None:
    found = claims(
        "The port said 40 sailings had been cancelled, and easyFly advised passengers to "
        "check their bookings."
    )
    assert found
    assert all(c.speaker is None or c.speaker.name != "easyFly" for c in found)


# -- a public body named "... Executive" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Road Safety Executive said drivers should slow down.", "Road Safety Executive"),
        ("The Northern Ireland Executive said schools would reopen.", "Northern Ireland Executive"),
    ],
)
def test_executive_body(text: str, name: str) -> None:
    assert speaker(claims(text)[0]) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The Chief Executive said the bank would cut 300 jobs.", "Chief Executive"),
        ("Chief Executive Maria Lund said the bank would cut 300 jobs.", "Maria Lund"),
    ],
)
def test_chief_executive_is_a_person(text: str, phrase: str) -> None:
    assert kind_of(text, phrase).value == "person"


# -- "A X spokesperson" after X was named ----------------------------------------------------


@pytest.mark.parametrize("word", ["spokesperson", "spokesman", "spokeswoman"])
def test_spokesperson_of_a_body_named_before(word: str) -> None:
    text = (
        "The state's energy minister demanded an explanation from Northwind Power, which "
        f"owns the plant.\n\nA Northwind Power {word} said the plant had been shut for "
        "repairs."
    )
    claim = by_text(claims(text), "shut for repairs")
    assert speaker(claim) == (f"Northwind Power {word}", "anonymous")


# -- a semicolon before another reporter; praise with a "that" -----------------------------


def test_semicolon_ends_a_report_before_another_reporter() -> None:
    found = claims(
        "The mayor said the road would reopen on Friday; police said it could take longer."
    )
    assert [c.text for c in found] == ["the road would reopen on Friday", "it could take longer"]


def test_semicolon_inside_one_report_stays() -> None:
    found = claims("The minister said the plan was flawed; it would cost far too much.")
    assert [c.text for c in found] == ["the plan was flawed; it would cost far too much"]


@pytest.mark.parametrize(
    "text",
    [
        "Others praised the council for rescuing a high street that lost dozens of shops.",
        "The coach thanked the fans for a season that ended in relegation.",
    ],
)
def test_praise_reports_no_relative_clause(text: str) -> None:
    assert claims(text) == []


# -- "Some said" after a group placed by a preposition -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Residents outside the town hall were divided. Some said they were not surprised.",
        "Shoppers near the Grand Arcade were split. Many said they would not come back.",
    ],
)
def test_some_said_after_a_placed_group(text: str) -> None:
    found = claims(text)
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.kind.value == "group"


# -- an unclosed quote paragraph before a body's report --------------------------------------


def test_report_after_an_unclosed_quote_paragraph() -> None:
    text = (
        '"I have waited two years for this operation. I do not blame the nurses\n\n'
        "The Renters Association said it had received more than 400 calls since the "
        "strike began."
    )
    claim = by_text(claims(text), "400 calls")
    assert claim.text == "it had received more than 400 calls since the strike began"
    assert speaker(claim) == ("Renters Association", "organization")
