"""JSON round trip and the shipped JSON Schema."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest

import newsfacts
from newsfacts import (
    Article,
    Claim,
    CustomFact,
    Event,
    Facts,
    InputError,
    Participant,
    Place,
    Problem,
    Quantity,
    Span,
    Speaker,
    TimeExpression,
)

TEXT = '"We are ready," said Ana Costa on Friday, as about 2,000 people gathered in Lyon.'


def sp(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span(start, start + len(piece))


def full_facts() -> Facts:
    friday = TimeExpression(
        span=sp("on Friday"),
        text="on Friday",
        type="date",
        value="2024-03-08",
        start=dt.date(2024, 3, 8),
        end=dt.date(2024, 3, 8),
    )
    crowd = Quantity(
        span=sp("about 2,000"),
        text="about 2,000",
        value=2000,
        noun="people",
        qualifier="approximately",
        range=(1900, 2100),
    )
    speaker = Speaker(name="Ana Costa", kind="person", role="minister", span=sp("Ana Costa"))
    return Facts(
        article=Article(
            text=TEXT,
            title="Ready",
            published="2024-03-08",
            published_source="given",
            authors=["A. Writer"],
            boilerplate=[Span(0, 0)],
        ),
        claims=[
            Claim(
                span=sp("We are ready,"),
                text="We are ready,",
                kind="direct",
                cue="said",
                cue_span=sp("said"),
                speaker=speaker,
            )
        ],
        quantities=[crowd],
        times=[friday],
        events=[
            Event(
                span=sp("people gathered in Lyon"),
                trigger="gathered",
                trigger_span=sp("gathered"),
                type="movement",
                participants=[Participant(name="people", role="agent", span=sp("people"))],
                time=friday,
                place="Lyon",
                place_span=sp("Lyon"),
                location=Place(name="Lyon", country="FR", latitude=45.76, longitude=4.84),
                quantities=[crowd],
                reported_by=speaker,
                attributes={"toll": 3, "kind": "crowd"},
            )
        ],
        custom=[
            CustomFact(
                kind="test.flag",
                span=sp("Lyon"),
                text="Lyon",
                attributes={"capital": False, "rank": 2.5, "note": None},
            )
        ],
        problems=[Problem(plugin="x", message="something odd")],
    )


def test_round_trip_through_json() -> None:
    facts = full_facts()
    data = json.loads(newsfacts.to_json(facts))
    assert newsfacts.from_dict(data) == facts
    assert facts.to_dict() == data


def test_contract_shape() -> None:
    data = newsfacts.to_dict(full_facts())
    assert data["times"][0] == {
        "span": [data["times"][0]["span"][0], data["times"][0]["span"][1]],
        "text": "on Friday",
        "type": "date",
        "value": "2024-03-08",
        "start": "2024-03-08",
        "end": "2024-03-08",
    }
    assert data["quantities"][0]["value"] == 2000 and isinstance(
        data["quantities"][0]["value"], int
    )
    assert data["claims"][0]["speaker"]["kind"] == "person"
    assert data["article"]["published"] == "2024-03-08"
    assert data["events"][0]["attributes"] == {"kind": "crowd", "toll": 3}
    assert data["custom"][0]["attributes"] == {"capital": False, "note": None, "rank": 2.5}


def test_output_validates_against_the_schema() -> None:
    schema = newsfacts.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(newsfacts.to_dict(full_facts()), schema)
    jsonschema.validate(newsfacts.to_dict(Facts(article=Article(text="x"))), schema)


def test_schema_rejects_a_wrong_kind() -> None:
    data = newsfacts.to_dict(full_facts())
    data["claims"][0]["kind"] = "quoted"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, newsfacts.json_schema())


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("article"), "missing field 'article'"),
        (lambda d: d["claims"][0].update(kind="quoted"), "not a valid ClaimKind"),
        (lambda d: d["times"][0].update(span=[0, 9999]), "runs past the end"),
        (lambda d: d["quantities"][0].update(span=[1]), "a span must be"),
    ],
)
def test_from_dict_names_the_problem(mutate: object, message: str) -> None:
    data = newsfacts.to_dict(full_facts())
    mutate(data)  # type: ignore[operator]
    with pytest.raises(InputError, match=message):
        newsfacts.from_dict(data)
