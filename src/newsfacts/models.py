"""The typed facts newsfacts returns: frozen, slotted, validated attrs value classes.

Every fact carries a :class:`Span` into the article text exactly as it was given, so
that a reader can always point back at the words a fact came from. Invalid values (an
unknown kind, a span that runs backwards or past the end of the text) are refused at
construction with a message that says what is wrong. Serialisation lives in
:mod:`newsfacts.serialize`, not here.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from itertools import repeat
from operator import attrgetter
from typing import Any

import attrs

__all__ = [
    "Article",
    "Attributes",
    "Claim",
    "ClaimKind",
    "CustomFact",
    "EntityKind",
    "Event",
    "EventType",
    "Facts",
    "Participant",
    "ParticipantRole",
    "Place",
    "Problem",
    "PublishedSource",
    "Qualifier",
    "Quantity",
    "Span",
    "Speaker",
    "TimeExpression",
    "TimeType",
    "check_fact",
]


class _StrEnum(str, enum.Enum):
    """An enum whose members compare equal to their string values (``kind == "direct"``)."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> None:
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{value!r} is not a valid {cls.__name__}; expected one of {allowed}")


class PublishedSource(_StrEnum):
    """Where :attr:`Article.published` came from."""

    GIVEN = "given"
    METADATA = "metadata"
    INFERRED = "inferred"
    UNKNOWN = "unknown"


class EntityKind(_StrEnum):
    """What sort of source a speaker (or participant) is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


class ClaimKind(_StrEnum):
    """Direct quote, reported (indirect) speech, or a paraphrase carrying a quoted fragment."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Qualifier(_StrEnum):
    """How a quantity's value relates to the true figure ("more than 2,000")."""

    APPROXIMATELY = "approximately"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    UP_TO = "up_to"


class TimeType(_StrEnum):
    """The four TIMEX3 types."""

    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    SET = "set"


class EventType(_StrEnum):
    """The small event taxonomy newsfacts uses; see the events documentation."""

    MOVEMENT = "movement"
    MILITARY = "military"
    CONFLICT = "conflict"
    DIPLOMACY = "diplomacy"
    STATEMENT = "statement"
    ECONOMIC = "economic"
    LEGAL = "legal"
    OTHER = "other"


class ParticipantRole(_StrEnum):
    """The part a participant plays in an event."""

    AGENT = "agent"
    PATIENT = "patient"
    RECIPIENT = "recipient"
    OTHER = "other"


def _check_offsets(start: object, end: object) -> None:
    """Raise the error that says what is wrong with a span's offsets, if anything is."""
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, got {value!r}")
        if value < 0:
            raise ValueError(f"{name} must be >= 0, got {value}")
    if end < start:  # type: ignore[operator]
        raise ValueError(f"span end {end} is before its start {start}")


@attrs.frozen(order=True, init=False)
class Span:
    """A half-open range ``[start, end)`` of code-point offsets into the article text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Spans are made by the hundred thousand, so the initialiser is written by hand:
        # one check on the common case (the slow path says what is wrong, and lets int
        # subclasses through), then each slot set as attrs' own frozen __init__ does.
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            _check_offsets(start, end)
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The piece of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


# The setters of Span's two slots (a frozen class refuses ``self.start = ...``).
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


#: Extra key/value data a plugin attaches to a fact: names with JSON scalar values.
Scalar = str | int | float | bool | None
Attributes = tuple[tuple[str, Scalar], ...]


def _to_attributes(value: Mapping[str, Scalar] | Iterable[tuple[str, Scalar]]) -> Attributes:
    """Accept a mapping or pairs; store sorted pairs, so the fact stays hashable."""
    pairs = value.items() if isinstance(value, Mapping) else value
    out = []
    for key, item in pairs:
        if not isinstance(key, str) or not key:
            raise ValueError(f"attribute names must be non-empty strings, got {key!r}")
        if item is not None and not isinstance(item, (str, int, float, bool)):
            raise TypeError(f"attribute {key!r} must be a str, number, bool or None, got {item!r}")
        if isinstance(item, float) and not math.isfinite(item):
            raise ValueError(f"attribute {key!r} must be finite, got {item!r}")
        out.append((key, item))
    return tuple(sorted(out, key=lambda kv: kv[0]))


# Converters that pass members through: calling an Enum class is slow, and facts are
# made by the thousand with members already. (Named functions, for attrs' mypy plugin.)


def _to_entity_kind(value: EntityKind | str) -> EntityKind:
    return value if isinstance(value, EntityKind) else EntityKind(value)


def _to_claim_kind(value: ClaimKind | str) -> ClaimKind:
    return value if isinstance(value, ClaimKind) else ClaimKind(value)


def _to_time_type(value: TimeType | str) -> TimeType:
    return value if isinstance(value, TimeType) else TimeType(value)


def _to_role(value: ParticipantRole | str) -> ParticipantRole:
    return value if isinstance(value, ParticipantRole) else ParticipantRole(value)


def _to_event_type(value: EventType | str) -> EventType:
    return value if isinstance(value, EventType) else EventType(value)


def _to_published_source(value: PublishedSource | str) -> PublishedSource:
    return value if isinstance(value, PublishedSource) else PublishedSource(value)


def _to_qualifier(value: Qualifier | str | None) -> Qualifier | None:
    return value if value is None or isinstance(value, Qualifier) else Qualifier(value)


def _to_range(value: tuple[float, float] | list[float] | None) -> tuple[float, float] | None:
    if value is None:
        return None
    low, high = value
    return (low, high)


def _finite(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{attribute.name} must be a number, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{attribute.name} must be finite, got {value!r}")


def _optional_range(
    _inst: object, attribute: attrs.Attribute[Any], value: tuple[float, float] | None
) -> None:
    if value is None:
        return
    low, high = value
    for bound in value:
        _finite(_inst, attribute, bound)
    if high < low:
        raise ValueError(f"{attribute.name} must be (low, high) with low <= high, got {value!r}")


def _non_empty(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{attribute.name} must be a non-empty string, got {value!r}")


# Type validators: attrs' own, behind a test of the common case (the exact class, which
# facts made by the hundred thousand almost always have) that costs one comparison. Any
# other value goes to attrs' validator, so they accept and refuse exactly what attrs'
# validators do, with the same errors (and the same repr, which an error's Attribute shows).


class _Quick:
    __slots__ = ("cls", "full")

    def __init__(self, cls: type, full: Any) -> None:
        self.cls = cls
        self.full = full

    def __repr__(self) -> str:
        return repr(self.full)


class _InstanceOf(_Quick):
    """``attrs.validators.instance_of(cls)``."""

    __slots__ = ()

    def __call__(self, inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not self.cls:
            self.full(inst, attribute, value)


class _OptionalOf(_Quick):
    """``attrs.validators.optional(attrs.validators.instance_of(cls))``."""

    __slots__ = ()

    def __call__(self, inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and type(value) is not self.cls:
            self.full(inst, attribute, value)


class _TupleOf(_Quick):
    """A tuple of ``cls`` instances (attrs' ``deep_iterable``)."""

    __slots__ = ()

    def __call__(self, inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not tuple or not all(map(isinstance, value, repeat(self.cls))):
            self.full(inst, attribute, value)


def _instance_of(cls: type) -> Any:
    return _InstanceOf(cls, attrs.validators.instance_of(cls))


def _optional_of(cls: type) -> Any:
    return _OptionalOf(cls, attrs.validators.optional(attrs.validators.instance_of(cls)))


def _tuple_of(cls: type) -> Any:
    instance_of = attrs.validators.instance_of
    return _TupleOf(cls, attrs.validators.deep_iterable(instance_of(cls), instance_of(tuple)))


_optional_span = _optional_of(Span)
_optional_str = _optional_of(str)
_optional_date = _optional_of(_dt.date)


# Collections are stored as tuples; these accept any iterable (named, so that type
# checkers see what each field takes).
def _participants(items: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(items)


def _quantities(items: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return tuple(items)


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _times(items: Iterable[TimeExpression]) -> tuple[TimeExpression, ...]:
    return tuple(items)


def _events(items: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(items)


def _problems(items: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(items)


def _customs(items: Iterable[CustomFact]) -> tuple[CustomFact, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Speaker:
    """Who made a claim: the canonical name, their role, and the mention that gave it."""

    name: str = attrs.field(validator=_non_empty)
    kind: EntityKind = attrs.field(converter=_to_entity_kind)
    role: str | None = attrs.field(default=None, validator=_optional_str)
    span: Span | None = attrs.field(default=None, validator=_optional_span)


@attrs.frozen(kw_only=True)
class Claim:
    """A statement reported in the article and who made it.

    ``span`` covers what was said (for a direct quote, the words inside the marks);
    ``cue`` is the reporting verb or phrase as written ("said", "according to").
    """

    span: Span = attrs.field(validator=_instance_of(Span))
    text: str
    kind: ClaimKind = attrs.field(converter=_to_claim_kind)
    cue: str | None = attrs.field(default=None, validator=_optional_str)
    cue_span: Span | None = attrs.field(default=None, validator=_optional_span)
    speaker: Speaker | None = attrs.field(default=None, validator=_optional_of(Speaker))


@attrs.frozen(kw_only=True)
class Quantity:
    """A number that counts or measures something: "more than 2,000 soldiers".

    ``value`` is the number as stated (2000 for "2,000", 2.5e9 for "$2.5 billion");
    ``noun`` is what is counted ("soldiers") or, for money, shares and measures, the
    thing the sentence says is measured ("a profit of $2bn", "prices rose 18%"), else
    None; ``normalized_value`` and ``normalized_unit`` restate common units in a base
    unit (kilometres, ISO currency).
    """

    span: Span = attrs.field(validator=_instance_of(Span))
    text: str
    value: float = attrs.field(validator=_finite)
    unit: str | None = attrs.field(default=None, validator=_optional_str)
    noun: str | None = attrs.field(default=None, validator=_optional_str)
    qualifier: Qualifier | None = attrs.field(default=None, converter=_to_qualifier)
    range: tuple[float, float] | None = attrs.field(
        default=None,
        converter=_to_range,
        validator=_optional_range,
    )
    normalized_value: float | None = attrs.field(
        default=None, validator=attrs.validators.optional(_finite)
    )
    normalized_unit: str | None = attrs.field(default=None, validator=_optional_str)


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A time expression and its TIMEX3-style value.

    ``value`` follows TIMEX3 ("2024-03-05", "2024-W10", "2023-FA", "P2Y",
    "PRESENT_REF", "XXXX-WXX-2" when no publication date pins it); ``start`` and
    ``end`` give the calendar days it covers where that can be said.
    """

    span: Span = attrs.field(validator=_instance_of(Span))
    text: str
    type: TimeType = attrs.field(converter=_to_time_type)
    value: str = attrs.field(validator=_non_empty)
    start: _dt.date | None = attrs.field(default=None, validator=_optional_date)
    end: _dt.date | None = attrs.field(default=None, validator=_optional_date)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"time end {self.end} is before its start {self.start}")


@attrs.frozen(kw_only=True)
class Participant:
    """Someone or something taking part in an event, with its role."""

    name: str = attrs.field(validator=_non_empty)
    role: ParticipantRole = attrs.field(converter=_to_role)
    span: Span = attrs.field(validator=_instance_of(Span))
    kind: EntityKind = attrs.field(default=EntityKind.UNKNOWN, converter=_to_entity_kind)


@attrs.frozen(kw_only=True)
class Place:
    """A place resolved by a gazetteer plugin (see ``newsfacts_resolve_place``)."""

    name: str = attrs.field(validator=_non_empty)
    country: str | None = attrs.field(default=None, validator=_optional_str)
    latitude: float | None = attrs.field(default=None, validator=attrs.validators.optional(_finite))
    longitude: float | None = attrs.field(
        default=None, validator=attrs.validators.optional(_finite)
    )
    source: str | None = attrs.field(default=None, validator=_optional_str)


@attrs.frozen(kw_only=True)
class Event:
    """A reported happening: who did what to whom, when, where, with how many.

    ``span`` is the clause the event was read from; ``trigger`` the word that names it.
    An event reported inside a claim carries that claim's span and speaker.
    """

    span: Span = attrs.field(validator=_instance_of(Span))
    trigger: str = attrs.field(validator=_non_empty)
    trigger_span: Span = attrs.field(validator=_instance_of(Span))
    type: EventType = attrs.field(converter=_to_event_type)
    participants: tuple[Participant, ...] = attrs.field(
        default=(), converter=_participants, validator=_tuple_of(Participant)
    )
    time: TimeExpression | None = attrs.field(
        default=None,
        validator=_optional_of(TimeExpression),
    )
    place: str | None = attrs.field(default=None, validator=_optional_str)
    place_span: Span | None = attrs.field(default=None, validator=_optional_span)
    location: Place | None = attrs.field(default=None, validator=_optional_of(Place))
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=_quantities, validator=_tuple_of(Quantity)
    )
    claim_span: Span | None = attrs.field(default=None, validator=_optional_span)
    reported_by: Speaker | None = attrs.field(default=None, validator=_optional_of(Speaker))
    attributes: Attributes = attrs.field(default=(), converter=_to_attributes)


@attrs.frozen(kw_only=True)
class CustomFact:
    """A fact of a kind newsfacts does not define, added by a plugin.

    ``kind`` names it (use your plugin's name as a prefix, "casualties.toll");
    ``attributes`` holds its data as names with JSON scalar values.
    """

    kind: str = attrs.field(validator=_non_empty)
    span: Span = attrs.field(validator=_instance_of(Span))
    text: str
    attributes: Attributes = attrs.field(default=(), converter=_to_attributes)

    def get(self, name: str, default: Scalar = None) -> Scalar:
        """The value of attribute ``name``, or ``default``."""
        return dict(self.attributes).get(name, default)


@attrs.frozen(kw_only=True)
class Problem:
    """Something that went wrong while extracting, named by the plugin it came from."""

    plugin: str
    message: str


def _date_or_none(value: object) -> _dt.date | None:
    if value is None or type(value) is _dt.date:
        return value
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"published date {value!r} is not a YYYY-MM-DD date") from None
    raise TypeError(f"published must be a date, a YYYY-MM-DD string or None, got {value!r}")


@attrs.frozen(kw_only=True)
class Article:
    """The article itself: its text and what the article stage read about it.

    ``body`` is the span of the story proper (None: the whole text); facts are never
    reported from the ``boilerplate`` spans (sign-up prompts, photo credits...).
    """

    text: str = attrs.field(validator=_instance_of(str))
    title: str | None = attrs.field(default=None, validator=_optional_str)
    title_span: Span | None = attrs.field(default=None, validator=_optional_span)
    published: _dt.date | None = attrs.field(default=None, converter=_date_or_none)
    published_source: PublishedSource = attrs.field(
        default=PublishedSource.UNKNOWN, converter=_to_published_source
    )
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strs, validator=_tuple_of(str))
    contributors: tuple[str, ...] = attrs.field(
        default=(), converter=_strs, validator=_tuple_of(str)
    )
    editors: tuple[str, ...] = attrs.field(default=(), converter=_strs, validator=_tuple_of(str))
    byline_span: Span | None = attrs.field(default=None, validator=_optional_span)
    dateline: str | None = attrs.field(default=None, validator=_optional_str)
    dateline_span: Span | None = attrs.field(default=None, validator=_optional_span)
    credit_span: Span | None = attrs.field(default=None, validator=_optional_span)
    body: Span | None = attrs.field(default=None, validator=_optional_span)
    boilerplate: tuple[Span, ...] = attrs.field(
        default=(), converter=_spans, validator=_tuple_of(Span)
    )

    def __attrs_post_init__(self) -> None:
        if (self.published is None) != (self.published_source is PublishedSource.UNKNOWN):
            raise ValueError(
                "published_source must be 'unknown' exactly when published is None, "
                f"got published={self.published!r}, published_source={self.published_source!r}"
            )
        for span in _spans_of(self):
            _check_in_text(span, self.text, "article")

    def in_bounds(self, span: Span) -> bool:
        """Whether facts may be reported from ``span``: inside the body, not in boilerplate."""
        # (Asked of every fact: the tests of Span.contains and Span.overlaps, inline.)
        body = self.body
        if body is not None and not (body.start <= span.start and span.end <= body.end):
            return False
        start, end = span.start, span.end
        for other in self.boilerplate:  # noqa: SIM110 (a loop: no generator per fact)
            if other.start < end and start < other.end:
                return False
        return True


def _check_in_text(span: Span, text: str, what: str) -> None:
    if span.end > len(text):
        raise ValueError(
            f"{what} span {span.start}..{span.end} runs past the end of the text "
            f"({len(text)} characters)"
        )


_HOLDS_SPANS = re.compile(
    r"\b(?:Span|Speaker|Participant|Place|Quantity|TimeExpression|Claim|Event)\b"
)


@cache
def _nested_fields(cls: type[Any]) -> Callable[[Any], tuple[Any, ...]] | None:
    """What a fact of a class holds that can hold a span, directly or in a nested fact: a
    getter of those fields' values, in field order (None: no such field)."""
    if not attrs.has(cls):
        return None
    names = [f.name for f in attrs.fields(cls) if _HOLDS_SPANS.search(str(f.type))]
    if not names:
        return None
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda item: (get(item),)
    return attrgetter(*names)


def _spans_of(obj: object) -> list[Span]:
    """Every span held by a fact, directly or in its nested facts.

    In a fixed order, that of a walk taking the last field (and the last item of a tuple)
    first: the first span that fails a check is the one its error names.
    """
    spans: list[Span] = []
    _add_spans((obj,), spans)
    return spans


def _add_spans(items: tuple[Any, ...], spans: list[Span]) -> None:
    """Add the spans held by ``items`` (spans, tuples, facts or None), last item first."""
    for item in reversed(items):
        kind: Any = type(item)
        if kind is Span:
            spans.append(item)
        elif kind is tuple:
            _add_spans(item, spans)
        elif item is not None:
            held = _nested_fields(kind)
            if held is not None:
                _add_spans(held(item), spans)


@cache
def _span_fields(cls: type[Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The fields of a class typed ``Span`` (or ``Span | None``), and its other fields that
    can hold a span in a nested fact or a tuple."""
    if not attrs.has(cls):
        return (), ()
    fields = [f for f in attrs.fields(cls) if _HOLDS_SPANS.search(str(f.type))]
    direct = tuple(f.name for f in fields if str(f.type) in {"Span", "Span | None"})
    return direct, tuple(f.name for f in fields if f.name not in direct)


def _fits(item: Any, size: int) -> bool:
    """Whether every span held by ``item`` ends within ``size``, in no particular order.

    The quick test before the exact walk of :func:`_spans_of`: a False (which a span of a
    subclass of Span may also give, though _spans_of leaves those out) only sends the
    caller to that walk."""
    kind: Any = type(item)
    direct, nested = _span_fields(kind)
    for name in direct:
        span = getattr(item, name)
        if span is not None and span.end > size:
            return False
    # (Loops, not all() over a generator: this runs on every fact a plugin returns.)
    for name in nested:  # noqa: SIM110
        if not _value_fits(getattr(item, name), size):
            return False
    return True


def _value_fits(value: Any, size: int) -> bool:
    """:func:`_fits` for a field's value: a span, a tuple, a fact or None."""
    kind = type(value)
    if kind is Span:
        return bool(value.end <= size)
    if kind is tuple:
        for member in value:  # noqa: SIM110
            if not _value_fits(member, size):
                return False
        return True
    return value is None or _fits(value, size)


def check_fact(fact: object, text: str) -> None:
    """Raise ValueError unless every span of ``fact`` lies in ``text`` and its text matches."""
    size = len(text)
    if not _fits(fact, size):
        # Some span runs past the end: the error names the first one _spans_of gives.
        for span in _spans_of(fact):
            if span.end > size:
                _check_in_text(span, text, type(fact).__name__)
    if isinstance(fact, (Claim, Quantity, TimeExpression, CustomFact)):
        _text_matches(type(fact).__name__, fact, text)


def _text_matches(
    what: str, fact: Claim | Quantity | TimeExpression | CustomFact, text: str
) -> None:
    if fact.span.slice(text) != fact.text:
        raise ValueError(
            f"{what} text {fact.text!r} does not match the text at its span "
            f"{fact.span.start}..{fact.span.end}: {fact.span.slice(text)!r}"
        )


@attrs.frozen(kw_only=True)
class Facts:
    """Everything extracted from one article: the result of :func:`newsfacts.extract`."""

    article: Article = attrs.field(validator=_instance_of(Article))
    claims: tuple[Claim, ...] = attrs.field(
        default=(), converter=_claims, validator=_tuple_of(Claim)
    )
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=_quantities, validator=_tuple_of(Quantity)
    )
    times: tuple[TimeExpression, ...] = attrs.field(
        default=(), converter=_times, validator=_tuple_of(TimeExpression)
    )
    events: tuple[Event, ...] = attrs.field(
        default=(), converter=_events, validator=_tuple_of(Event)
    )
    custom: tuple[CustomFact, ...] = attrs.field(
        default=(), converter=_customs, validator=_tuple_of(CustomFact)
    )
    problems: tuple[Problem, ...] = attrs.field(
        default=(), converter=_problems, validator=_tuple_of(Problem)
    )

    def __attrs_post_init__(self) -> None:
        text = self.article.text
        for group in (self.claims, self.quantities, self.times, self.events, self.custom):
            for fact in group:
                check_fact(fact, text)

    @property
    def text(self) -> str:
        """The article text every span points into."""
        return self.article.text

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dictionary described by the shipped JSON Schema."""
        from newsfacts.serialize import to_dict

        return to_dict(self)


# The groups of facts a Facts holds: every field but ``article``.
_GROUPS = tuple(f.name for f in attrs.fields(Facts) if f.name != "article")


def evolve_trusted(facts: Facts, **groups: Iterable[Any]) -> Facts:
    """``attrs.evolve(facts, **groups)``, without validation: a trusted construction path.

    Only for the pipeline, which checks every fact a plugin returns (its class, its spans,
    its text) as it arrives and then assembles a new Facts after every stage: checking
    the same facts again each time would be wasted. Facts made any other way (their
    constructor, ``attrs.evolve``) are validated as always.
    """
    new = object.__new__(Facts)
    _set_field(new, "article", facts.article)
    for name in _GROUPS:
        _set_field(new, name, tuple(groups[name]) if name in groups else getattr(facts, name))
    return new


_set_field = object.__setattr__  # what attrs' own __init__ of a frozen class does


def event_trusted(
    *,
    span: Span,
    trigger: str,
    trigger_span: Span,
    type: EventType,
    participants: tuple[Participant, ...],
    time: TimeExpression | None,
    place: str | None,
    place_span: Span | None,
    quantities: tuple[Quantity, ...],
    claim_span: Span | None,
    reported_by: Speaker | None,
) -> Event:
    """``Event(...)`` without its converters and validators: a trusted construction path.

    Only for the built-in events stage, which assembles every field from facts already
    checked (spans, times, quantities, speakers) with its own types, thousands of times per
    corpus; the pipeline still checks every event it returns (class, spans, text). An
    event made any other way (its constructor, ``attrs.evolve``) is validated as always.
    """
    if not trigger or type.__class__ is not EventType:
        # Never expected from the stage: let the model say what is wrong.
        return Event(
            span=span,
            trigger=trigger,
            trigger_span=trigger_span,
            type=type,
            participants=participants,
            time=time,
            place=place,
            place_span=place_span,
            quantities=quantities,
            claim_span=claim_span,
            reported_by=reported_by,
        )
    new = object.__new__(Event)
    _set_field(new, "span", span)
    _set_field(new, "trigger", trigger)
    _set_field(new, "trigger_span", trigger_span)
    _set_field(new, "type", type)
    _set_field(new, "participants", tuple(participants))
    _set_field(new, "time", time)
    _set_field(new, "place", place)
    _set_field(new, "place_span", place_span)
    _set_field(new, "location", None)
    _set_field(new, "quantities", tuple(quantities))
    _set_field(new, "claim_span", claim_span)
    _set_field(new, "reported_by", reported_by)
    _set_field(new, "attributes", ())
    return new
