"""Built-in plugin: events, with participants, time, place, quantities and reporting source.

Every sentence in the story is scanned for trigger words (``data/event_triggers.txt``);
each trigger becomes an event of the clause it stands in, with the participants read
around it (:mod:`._events_args`, names through the article's name registry). Its time is
the time expression of that clause, else of the sentence, else one of the sentence right
before in the same paragraph when the verb goes on in that sentence's tense ("attacked a
base on Friday. Troops were deployed", not "has burned since Sunday. Firefighters were
deployed"): never one that the article does not give, never the dateline's own date,
never a vague one ("now"), never a reporting verb's ("said on Wednesday that ...") for
what is reported, and never a deadline ("urged banks to cut rates by Friday") for the
urging or, by inheritance, for later sentences. Its place is "in/at/near + name" in the
clause or a neighbouring clause without an event of its own, or carried from an earlier
happening of the sentence; "from + name" is an origin, not a place; what a physical
happening strikes or takes ("slammed into Bangladesh", "stormed the village of Kabeya")
is its place; a speaker's own ("a spokesman in Kinshasa said") places nothing else. Else,
in the lead paragraph only, the dateline's city, unless the event is background (dated
to another month or year); further down an event without a place of its own has none.
A country's own vote ("won the
presidential election") happens in the dateline's country, not its city. A speaker heard
at a gathering with a named place ("said at a press conference in Lisbon") makes his
next statements, in that paragraph or the next, there too. What led to a dated event
("sentenced on Monday for taking bribes", "after a presidential election") takes no time
told before it. A verb after "has since" takes neither the time nor the place of the
verb before it. A verb without a subject of its own ("..., halting the loading") shares
the subject, time and place of the verb before it; a time closing verbs that share a
subject ("drilled a shaft and freed six men on Sunday") dates them all, and a
participle's place ("won the title, beating Santos at the Arena in Valmora") places
the verb before it. A later sentence inherits no time that dates only a reporting verb
("said on Thursday"), a relative clause ("which began in 2019") or its own background (a
bare year); a clock time ("shortly after 9am") dates only its clause, and a part of day
with no day named ("overnight", "at dawn", "the morning") only its sentence; a time after
"until" ends a happening and dates none. A fight word with a score or a sports word
("beat Lincoln 3-1") is a result, typed other. An event inside a claim's words carries
that claim and its speaker. A time that ends a record ("its weakest level since 2020",
"the youngest champion since 1997") dates nothing, and a present perfect ("have called
on") takes no definite past time before it ("battered by storms last winter"). What a
quake strikes ("struck the Velta region") is its place; "from outside X" is an origin,
and a name qualifying a thing ("in the Australian Open final") is no place. "Off the
coast of X" and "south of X" place an event at X (not inside an apposition that describes
a place named before it: "stormed Kabeya, a village north of Goma"). A time in a clause
told with a modal ("warned that storms would hit on Wednesday") is not inherited by later
sentences; "claimed responsibility" is an event, so its time is not a reporting verb's.
The time right after a reporting verb ("said on Tuesday it planned to sell bonds in
October") dates none of what it reports, even without "that"; a later time of the
reported clause does. The time of a saying, after its cue ("..., officials said on
Sunday", "told AFP on Sunday that", "according to police on Sunday") or before it ("On
Sunday, officials said"), dates only the saying: what it reports, before or after it,
takes only a time of its own, its subject's verb's or the story's thread. A baseline
("up 9% from a year earlier", "compared with last year"), the year a forecast or target
is for ("cut its forecast for this year ... last month": only when the clause has no
other time) and a period before a noun ("posted a third-quarter loss on Tuesday") date
no verb; a time closing verbs that share a subject
dates only verbs of that subject ("shares fell after the farmer reported a loss and cut
its forecast for 2026": not the fall), and what is still to come ("would release") takes
no time from an earlier sentence. "X, where ..." places the clause after it at X; a
nationality adjective ("in the Vietnamese capital") and the body people are from
("Analysts at DNB Carnegie cut") are no place; a market move's place is not carried to
its cause told after it ("fell in Oslo after the farmer cut its forecast"). A figure
reached ("hit a record", "reached 41,200 megawatts") is economic or other, never a blow or
a deal; a penalty received ("received four-year sentences") is legal; "told reporters" is a
statement (the one told its recipient, a news conference told only its occasion, which
makes no event of its own), dated and placed only by its own words, not by what it tells
("rescued 14 people by Sunday, Salas told reporters"), and its time dates no later
sentence; "leaving 40 ships waiting" is a result, "return to talks" the talks; a "he" in
a quote is the person the speaker tells of, when there is one other than the speaker. A
place in the "of" phrase of a happening ordered or announced ("ordered the closure of
markets in Lilongwe") is that happening's, not the order's. A named facility ("trapped in
the San Lorenzo mine", "the San José mine near Copiapó") is a place by its name and head
noun, and "in the mine" later in its paragraph points back to it; a place the lead names
for an earlier happening wins over the dateline for its later sentences; a "when" clause
without an event places the verb before it; a participle describing a noun ("accounts
gathered by UNHCR") takes no place from the verb before it. A "when" clause right after
a day or time of day happened then ("seized at about 11 pm when gunmen stormed the
compound"); a time in an aside between the first subject and its verb ("The blast,
shortly before 6 a.m., brought down") dates that verb; "that" before one singular noun
("rejected that argument on Tuesday") opens nothing said; a time past another verb ("the
stage he won at last year's Vuelta") closes no verb before that one; a bare plural told as
happening ("followed by mass protests", "sparked clashes", "there were protests") is an
event; a distance aside ("In Kargi, a village 120 km west of Marsabit,") places nothing
at the town it measures from.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from newsfacts.document import Document, Token
from newsfacts.extractors._events_args import (
    Arg,
    SentenceView,
    Subject,
    aside_end,
    clause_extents,
    journey_prep,
    left_without,
    movement_goal,
    opening_subject,
    participants,
    participle_aside,
    reduced_relative_end,
    subject_of,
)
from newsfacts.extractors._events_attach import (
    Located,
    PlaceIndex,
    PlaceMention,
    SpanIndex,
    anchoring_times,
    claim_at,
    dateline_country,
    dateline_place,
    described_place,
    facility_before,
    facility_object,
    named_town,
    sentence_places,
    town_nouns,
)
from newsfacts.extractors._events_lexicon import Form, form_table, word_class, word_union
from newsfacts.extractors._events_names import (
    Named,
    as_described,
    enclosing_name,
    name_phrase,
    other_person,
    same_entity,
)
from newsfacts.extractors._events_open import open_triggers
from newsfacts.extractors._events_triggers import (
    Found,
    find_triggers,
    in_formulas,
    is_capitalised,
)
from newsfacts.extractors._names import mentions
from newsfacts.extractors._timelex import table as time_table
from newsfacts.extractors._timelex import word_class as time_word_class
from newsfacts.extractors._tokens import lower_tokens, token_starts
from newsfacts.hookspecs import hookimpl
from newsfacts.models import (
    Claim,
    ClaimKind,
    EntityKind,
    Event,
    EventType,
    Facts,
    Participant,
    ParticipantRole,
    Quantity,
    Span,
    Speaker,
    TimeExpression,
    TimeType,
    event_trusted,
)

__all__ = ["newsfacts_events"]

# Sentence openings that go on about the people of the sentence before ("Some sprayed").
_ANAPHORIC = frozenset({"some", "many", "others", "most", "several", "they", "he", "she"})
# What ends a clause before ", but warned": a comma or the close of a quotation.
_THREAD = _ANAPHORIC | {"the", "this", "these", "those", "its", "their", "it", "there"}
_AFTER_CLAUSE = frozenset({",", '"', "”", "'", "’"})
_COORDINATORS = frozenset({"and", "or", "but", "nor"})
_ABOUT = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "over"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
# A subject that is only one of these stands for people named before ("Some sprayed").
_PARTITIVE = frozenset({"some", "many", "most", "several"})
# Event types that happen nowhere in particular ("said", "revenue fell"): they take no
# place from an object or from a happening told beside them.
_UNPLACED = frozenset({EventType.STATEMENT, EventType.ECONOMIC})
# Acts done from a desk or an office rather than at the scene: a place named earlier in the
# lead is not theirs unless the sentence goes on about the same people.
_DESK_TYPES = _UNPLACED | {EventType.LEGAL}
# A time that owns the noun after it ("Monday's decision"), and what may stand between
# such a time and its noun ("'s ruling", "'s surprise decision"): bounded, linear.
_OWNING = re.compile(r"['’]s\s+[a-z]")
_OWNED = re.compile(r"['’]s(?:\s+[a-z][\w-]*){0,2}\s+")
# The word right before such a time, to tell an occasion ("in Sunday's vote").
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")
# What may follow a dateline on its own line ("NAIROBI, Kenya (AP) _", "MIAMI (AP) --"):
# an agency in parentheses and dashes.
# Each alternative opens with a character the one before cannot take: linear.
_DATELINE_REST = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t_\-—–:]*|[_\-—–:][ \t_\-—–:]*)?")
# A paragraph of this many sentences is flattened copy (see ``_Finder._flat_lead_end``),
# whose lead is at most its first ``_FLAT_LEAD`` sentences.
_FLAT_SENTENCES = 6
_FLAT_LEAD = 3


class _Draft(NamedTuple):
    """An event's fields, kept until its sentence is read: later verbs may still give it
    a time or a place (see ``_share_back``), and the event is built once, at the end."""

    span: Span
    trigger: str
    trigger_span: Span
    type: EventType
    participants: tuple[Participant, ...]
    time: TimeExpression | None
    place: str | None
    place_span: Span | None
    quantities: tuple[Quantity, ...]
    claim_span: Span | None
    reported_by: Speaker | None

    def build(self) -> Event:
        """The event, built once from fields the stage has checked (see
        :func:`~newsfacts.models.event_trusted`)."""
        return event_trusted(
            span=self.span,
            trigger=self.trigger,
            trigger_span=self.trigger_span,
            type=self.type,
            participants=self.participants,
            time=self.time,
            place=self.place,
            place_span=self.place_span,
            quantities=self.quantities,
            claim_span=self.claim_span,
            reported_by=self.reported_by,
        )


class _SceneTime(NamedTuple):
    """The time a sentence opened with ("Also Sunday, ..."): it dates the later sentences
    of that scene (see ``_scene_dated``)."""

    paragraph: int  # the start of its paragraph
    sentence: int  # the start of the sentence it opened
    time: TimeExpression


class _ScenePlace(NamedTuple):
    """The place a sentence opened with ("At Heathrow, ..."), or the place of the scene a
    time opened: where its paragraph's later happenings took place (see ``_scene_place``)."""

    paragraph: int  # the start of its paragraph
    sentence: int  # the start of the sentence it opened
    place: Located


class _Made(NamedTuple):
    """An event of the sentence being read, and what later verbs may still fill in."""

    event: _Draft
    verb: bool  # not an event noun
    undated: bool  # no time of its own
    placeless: bool  # no place of its own (the dateline's at most)
    subject: int = -1  # the token its subject starts at (-1: none)


@hookimpl
def newsfacts_events(document: Document, facts: Facts) -> list[Event]:
    """Find the article's events (see the module docstring for how)."""
    return list(_Finder(document, facts).events())


class _Finder:
    """The state shared by all sentences of one article: indexes over earlier facts."""

    def __init__(self, document: Document, facts: Facts) -> None:
        self.document = document
        self.facts = facts
        # The dateline's date ("LONDON, March 7 (Reuters) -") dates the report, not
        # what it reports.
        header = _dateline_header(document.text, facts.article.dateline_span)
        # "hid until dawn": a time that ends the happening does not date it.
        times = [
            t
            for t in facts.times
            if (header is None or not header.overlaps(t.span))
            and not _ends_it(document.text, t)
            and not _comparison(document.text, t)
            and not _baseline(document.text, t)
        ]
        self.all_times = SpanIndex(facts.times)
        # "16 minutes later", "three weeks after": a duration that moves what follows
        # away from the times before it.
        self.shifts = SpanIndex(
            [t for t in facts.times if t.type is TimeType.DURATION and _shifts(document.text, t)]
        )
        self.times = SpanIndex(anchoring_times(times))
        # What later sentences of a paragraph inherit: no deadline ("to restore power by
        # the end of the week. The minister also ordered ...": not by then).
        # nor a time still to come ("is expected to reach parliament in May. Dati
        # conceded ...": not in May).
        published = facts.article.published
        self.inherited = SpanIndex(
            [
                t
                for t in self.times.facts
                if not _deadline(document.text, t)
                and not (published is not None and t.start is not None and t.start > published)
            ]
        )
        # "cut its growth forecast for this year": the year the forecast is for, which
        # dates the cut only when its clause has no other time ("... last month").
        self._content = {t.span.start for t in self.times.facts if _content_for(document.text, t)}
        # Times that own a noun ("Monday's decision", "last week's vote"), by start: they
        # date that noun and nothing else.
        # Not an occasion ("won the seat in Sunday's vote"): what happens at it is dated.
        self._owning = {
            t.span.start: t
            for t in self.times.facts
            if _OWNING.match(document.text, t.span.end)
            and not _occasion(document.text, t.span.start)
        }
        # Starts of times that date only their own clause, kept from later sentences.
        self._private: set[int] = set(self._content)
        self.quantities: SpanIndex[Quantity] = SpanIndex(facts.quantities)
        self.claims: SpanIndex[Claim] = SpanIndex(facts.claims)
        self.dateline = dateline_place(facts.article)
        # Where speakers were heard ("told a news conference in Lindale"), by speaker.
        self._spoken_at = _spoken_at(document, facts.claims)
        self.country = dateline_country(facts.article)
        self._carry: tuple[int, tuple[Located | None, bool]] | None = None
        self._carry_paragraph = -1
        # Whether the happening whose place is carried is background (another month or
        # year): its place is not that of a current happening, nor the other way round.
        self._carry_background = False
        self._scene: _ScenePlace | None = None
        self._scene_time: _SceneTime | None = None
        # The words naming the doers of that scene ("police", "youths").
        self._scene_actors: frozenset[str] = frozenset()
        # The start of the sentence whose time set the scene's place (see ``_scene_place``),
        # and whether the current sentence goes on about that scene's actors.
        self._scene_timed = -1
        self._continues_scene = False
        # The place of a journey that framed a sentence ("on a visit to East Africa"), by
        # the sentence's start: its later statements were made there.
        self._journey: tuple[int, Located] | None = None
        # The agents of the happening whose place is carried.
        self._carry_agents: set[str] = set()
        # The facilities named in the current paragraph, by head noun ("the San Lorenzo
        # mine"), for a later "in the mine" there; and that paragraph's start.
        self._facilities: dict[str, Located] = {}
        self._facility_paragraph = -1
        self._sentence_span = Span(0, 0)
        self._quotes: list[int] = []
        self._previous_sentence = -1
        # The previous sentence's start and the tense of its first verb with a subject: a
        # later sentence inherits its time only in the same tense.
        self._thread: tuple[int, str] = (-1, "")
        self._this_thread: tuple[int, str] | None = None
        self._elsewhere = -1
        # The participants of the first event of each sentence, for "Some ..." after it.
        self._agents: dict[int, tuple[Participant, ...]] = {}
        # The agent of the first verb of each sentence that has one, for a "They" opening
        # the next sentence (see ``_they``).
        self._first_agent: dict[int, Participant] = {}
        self._partitive: Participant | None = None
        # The agents (lower case) of the sentence before's events, and of this one's.
        self._before_agents: set[str] = set()
        self._sentence_agents: set[str] = set()
        # What each phrase names, by its first and last offsets (see ``_names``).
        self._named: dict[tuple[int, int], tuple[Named, ...]] = {}
        # The people the claims stage found a speaker's "he"/"she" to be, by its offset.
        self._spoke: dict[int, Named] = {}
        for claim in facts.claims:
            who = claim.speaker
            if who is None or who.span is None or who.kind is not EntityKind.PERSON:
                continue
            if self.document.slice(who.span).lower() in word_class("person_pronoun"):
                self._spoke[who.span.start] = Named(who.name, who.span, who.kind)
        self._said_itself = _said_itself(document, facts.claims)
        dateline = facts.article.dateline_span
        self._lead_paragraph = (
            document.paragraph_index(dateline.start) if dateline else self._first_body_paragraph()
        )
        if dateline is not None and self._lead_paragraph is not None:
            # "NAIROBI, Kenya (AP) _" on a line of its own: the lead is the paragraph after.
            paragraph = document.paragraphs[self._lead_paragraph]
            rest = document.text[dateline.end : paragraph.end]
            if _DATELINE_REST.fullmatch(rest) and self._lead_paragraph + 1 < len(
                document.paragraphs
            ):
                self._lead_paragraph += 1
        # Where the lead ends: its paragraph's end, except in flattened copy, whose one
        # paragraph's start is ``_flat`` (else -1).
        self._flat = -1
        self._lead_end = self._flat_lead_end()

    def _names(self, tokens: Sequence[Token], sentence: Span) -> Sequence[Named]:
        """:func:`name_phrase`, read once per phrase of the article: verbs sharing a
        subject ("stormed ... and arrested") name it again and again."""
        if not tokens:
            return name_phrase(self.document, tokens, sentence)
        key = (tokens[0].start, tokens[-1].end)
        found = self._named.get(key)
        if found is None:
            found = self._named[key] = tuple(name_phrase(self.document, tokens, sentence))
        return found

    def _said_speaker(self, pronoun: Token, names: Sequence[Named], sentence: Span) -> Named | None:
        """The body an "it" or "they" opening its own claim stands for (see
        :func:`_said_itself`), named as this stage names the speaker's phrase when that
        phrase opens with the name; None when the registry already took the pronoun for
        a mention inside the speaker's phrase ("The German foreign office in Berlin said
        it ...": the foreign office), or the pronoun opens no body's claim."""
        spoke = self._said_itself.get(pronoun.start)
        if spoke is None or spoke.kind is EntityKind.PERSON:
            return None  # no body's claim, or a person's
        words = self.document.tokens_in(spoke.span)
        first = next((t for t in words if t.text.lower() not in word_class("det")), None)
        said = self.document.slice(spoke.span).lower()
        if first is None or any(
            n.name.lower() in said or n.name.lower().rsplit(" ", 1)[-1] == first.text.lower()
            for n in names
        ):
            return None
        own = self._names(words, sentence)
        if (
            len(own) == 1
            and own[0].span.start == first.start
            # "The homewares chain" the claims stage knows as Hartwell's keeps the name.
            and (own[0].name[:1].isupper() or not spoke.name[:1].isupper())
        ):
            return own[0]
        return spoke

    def _is_agent(self, named: Named, before: Sequence[Participant]) -> bool:
        """Whether ``named`` is already one of the event's agents, by name or by the
        registry's entity ("the miners' union" and its apposition's name)."""
        name = named.name.lower()
        return any(
            p.role is ParticipantRole.AGENT
            and (p.name.lower() == name or same_entity(self.document, p.span, named.span))
            for p in before
        )

    def _flat_lead_end(self) -> int | None:
        """Where the lead of flattened copy ends (``None`` for ordinary copy).

        An archive that lost the paragraph breaks gives the whole story as one paragraph
        ("BELFAST (AP)_ Police seized ... Chief Superintendent Al McHugh said ..."). A wire
        lead is one to three sentences telling one happening, which the story then
        attributes and quotes: so the lead runs to the end of the first sentence that
        quotes or attributes ("..., Howard said"), or of the third sentence, and the
        dateline's city places nothing after it."""
        if self._lead_paragraph is None or self.dateline is None:
            return None  # only wire copy ("BELFAST (AP)_ ...") is read as flattened
        paragraph = self.document.paragraphs[self._lead_paragraph]
        first = self.document.sentence_index(paragraph.start)
        if first is None:
            return None
        sentences = self.document.sentences[first : first + _FLAT_SENTENCES]
        if len(sentences) < _FLAT_SENTENCES or not all(paragraph.contains(s) for s in sentences):
            return None  # an ordinary paragraph: a few sentences at most
        self._flat = paragraph.start
        attributing = word_class("reporting")
        tokens = self.document.tokens
        starts = token_starts(self.document)
        end = sentences[0].end
        for n, sentence in enumerate(sentences[:_FLAT_LEAD]):
            lo = bisect.bisect_left(starts, sentence.start)
            hi = bisect.bisect_left(starts, sentence.end)
            words = [t.text.lower() for t in tokens[lo:hi]]
            if n and (not attributing.isdisjoint(words) or not _QUOTE_MARKS.isdisjoint(words)):
                break
            end = sentence.end
            if not attributing.isdisjoint(words):
                break  # "..., police said.": the lead is this sentence
        return end

    def _first_body_paragraph(self) -> int | None:
        """The first paragraph of the story, past the title and byline."""
        article = self.facts.article
        headers = [s for s in (article.title_span, article.byline_span) if s is not None]
        for i, paragraph in enumerate(self.document.paragraphs):
            if article.in_bounds(paragraph) and not any(h.overlaps(paragraph) for h in headers):
                return i
        return None

    def events(self) -> Iterator[Event]:
        article = self.facts.article
        headers = [
            span
            for span in (article.title_span, article.byline_span, article.credit_span)
            if span is not None
        ]
        # The document's tokens lower-cased once (shared with the other extractors), cut
        # per sentence as ``Document.tokens_in`` cuts the tokens.
        all_tokens = self.document.tokens
        all_lower = lower_tokens(self.document)
        starts = token_starts(self.document)
        for sentence in self.document.sentences:
            if not article.in_bounds(sentence) or any(h.overlaps(sentence) for h in headers):
                continue
            lo = bisect.bisect_left(starts, sentence.start)
            hi = bisect.bisect_left(starts, sentence.end)
            while hi > lo and all_tokens[hi - 1].end > sentence.end:
                hi -= 1  # tokens do not overlap: only the last ones can run past the end
            tokens = all_tokens[lo:hi]
            lower = all_lower[lo:hi]
            # The closed table's triggers, then ordinary happening verbs it does not list.
            found = open_triggers(tokens, lower, find_triggers(tokens, lower))
            self._this_thread = None
            self._before_agents, self._sentence_agents = self._sentence_agents, set()
            if found:
                yield from self._sentence(sentence, tokens, lower, starts[lo:hi], found)
            else:
                if lower and lower[0] in _SCENE_PREPS:
                    # "At Heathrow, queues snaked out of the terminal.": no event, a scene.
                    view = SentenceView(
                        tokens, lower, frozenset(), self._blocked(sentence, tokens, starts[lo:hi])
                    )
                    paragraph = self.document.paragraph_at(sentence.start) or sentence
                    mentioned = sentence_places(view, self.document)
                    self._note_scene(view, mentioned, paragraph.start, sentence.start)
                if (group := _group_subject(tokens, lower)) is not None:
                    # "Analysts were divided. Some argued ...": who "some" are.
                    self._agents[sentence.start] = (group,)
            self._thread = self._this_thread or (sentence.start, "")
            self._previous_sentence = sentence.start

    def _blocked(
        self, sentence: Span, tokens: Sequence[Token], starts: Sequence[int]
    ) -> frozenset[int]:
        """Indices of the sentence's tokens (starting at ``starts``) that lie inside a time
        expression."""
        out: set[int] = set()
        for time in self.all_times.inside(sentence, limit=len(tokens) + 1):
            lo = bisect.bisect_left(starts, time.span.start)
            hi = bisect.bisect_left(starts, time.span.end)
            out.update(range(lo, hi))
        return frozenset(out)

    def _sentence(
        self,
        sentence: Span,
        tokens: Sequence[Token],
        lower: list[str],
        view_starts: list[int],
        found: list[Found],
    ) -> Iterator[Event]:
        view = SentenceView(
            tokens=tokens,
            lower=lower,
            verbs=frozenset(f.first for f in found if not f.as_noun),
            blocked=self._blocked(sentence, tokens, view_starts),
        )
        # The clause of each token, and each clause's first and last token.
        clause_of, extent = clause_extents(view.lower, view.verbs, view.blocked)
        with_events = {clause_of[f.first] for f in found}
        # A relative clause ("Solberg, who has led Nordhavn since 2019, described ...")
        # dates and places only itself.
        aside = _relative_clauses(view.lower, clause_of)
        relative = set(aside)
        # So does a participle set off by commas ("The plan, first announced by the mayor
        # in June, passed"), on past a name in apposition to the comma that closes it
        # ("by the mayor, Jaume Collboni, in June, passed").
        participle_asides: list[tuple[int, int, int]] = []  # (event, first, last token)
        told_aside: set[int] = set()  # their clauses
        reduced: set[int] = set()  # participles describing a noun before a later verb
        for n, f in enumerate(found):
            if f.kind == "ed" and participle_aside(view, f) is not None:
                end = aside_end(view, f)
                aside.update(clause_of[f.first : end + 1])
                told_aside.update(clause_of[f.first : end + 1])
                if end > f.last:
                    participle_asides.append((n, tokens[f.last].end, tokens[end].start))
            elif (aux := reduced_relative_end(view, f)) is not None:
                # "Two aid workers kidnapped in central Mali in June were freed on
                # Monday": June is the kidnapping's, not the freeing's.
                participle_asides.append((n, tokens[f.last].end, tokens[aux].start))
                reduced.add(n)
        # "..., a spokesman in Kinshasa said": where the speaker is places nothing else.
        reporting = word_class("reporting")
        # The words that may be verbs without being triggers (see ``_other_verbs``),
        # among them the reporting verbs ("claimed responsibility" is an event, not a cue).
        verb_words = _verb_cues()
        verb_cues = list(
            itertools.compress(range(len(view.lower)), map(verb_words.__contains__, view.lower))
        )
        cues = [k for k in verb_cues if view.lower[k] in reporting]
        triggered = {f.first for f in found} if cues else set()
        speakers = {clause_of[k] for k in cues if k not in triggered}
        # "... below the surface (1,050 feet) at the San Lorenzo mine": a conversion in
        # parentheses does not cut a clause in two for the places.
        place_clause, remap = _through_conversions(view, clause_of)
        # The last token of each clause so joined (read for a verb's own time).
        joined_end = {c: k for k, c in enumerate(place_clause)} if remap else {}
        # "Mohammed Rafiq, a father of five in Camp 8W, said": the speaker's own place.
        appositions = {
            clause_of[k - 2]
            for k in cues
            if k not in triggered and _speaker_apposition(view, clause_of, extent, k)
        }
        mentioned = sentence_places(view, self.document)
        places = PlaceIndex(
            mentioned,
            place_clause,
            {remap.get(c, c) for c in with_events | aside | speakers | appositions},
        )
        paragraph = self.document.paragraph_at(sentence.start) or sentence
        lead = self.document.paragraph_index(sentence.start) == self._lead_paragraph and (
            self._lead_end is None or sentence.start < self._lead_end
        )
        self._note_scene(view, mentioned, paragraph.start, sentence.start)
        if self._facility_paragraph != paragraph.start:
            self._facilities = {}
            self._facility_paragraph = paragraph.start
        sites = _unnamed_sites(view, self._facilities) if self._facilities else []
        # Background in a relative clause dates only that clause ("who has led Nordhavn
        # since 2019"), and so does a time that names no day ("which had been down in
        # the morning, closed", "which was tabled last week, passed"); a day there may
        # date the sentence ("who visited the area on Wednesday afternoon, promised").
        published = self.facts.article.published
        # The sentence's times, looked up once for all the readings below.
        times = self.times.inside(sentence, limit=len(found) + 8)
        if self._scene_time is not None and self._scene_time.paragraph != paragraph.start:
            self._scene_time = None
        aside_times = {
            t.span.start
            for t in times
            if (_background(t, published) or _NAMED_DAY.search(t.value) is None)
            and clause_of[min(bisect.bisect_left(view_starts, t.span.start), len(tokens) - 1)]
            in aside
        }
        for _, lo, hi in participle_asides:
            # What a participle aside tells dates only it ("The plan, first announced by
            # the mayor, Jaume Collboni, in June, passed").
            aside_times.update(t.span.start for t in times if lo <= t.span.start < hi)
        if times:
            # "beating the record set in January 2019", "bonds maturing in 2031 rose":
            # the year or month of a participle describing a noun is that participle's.
            aside_times.update(_participle_times(view, view_starts, times, found))
        free_times = self._free_times(
            times, tokens, view_starts, found, clause_of, with_events, aside_times, speakers
        )
        if "after" in view.lower or "before" in view.lower:
            _clock_after(view.lower, times, view_starts, found, clause_of, extent, free_times)
        for n, lo, hi in participle_asides:
            # "first announced by the mayor, Jaume Collboni, in June,": June is its own.
            within = next((t for t in times if lo <= t.span.start < hi), None)
            if within is not None:
                free_times.setdefault(n, within)
        dating = self._dating(view, view_starts, times, clause_of, aside_times, speakers)
        if self._scene_time is not None and any(
            self._quotes[min(bisect.bisect_left(view_starts, t.span.start), len(tokens) - 1)] % 2
            == 0
            for t in times
        ):
            # "In 2019, it was bought ...", "Last year, ...", "... in March": any time of a
            # later sentence ends the scene (an opening one may set the next), unless
            # quoted ('"... this summer," said Rice').
            self._scene_time = None
        if (
            times
            and (opening := _opening_time(view, view_starts, times[0])) is not None
            and (actors := _scene_actors(view, found, self._quotes)) is not None
        ):
            # Only a scene told in the simple past: "On Friday, the leaders are expected
            # to sign" sets none.
            self._scene_time = _SceneTime(paragraph.start, sentence.start, opening)
            self._scene_actors = actors
            if self._scene is not None and self._scene.sentence != sentence.start:
                self._scene = None  # a new scene: not the last one's place
        verb = next((f.first for f in found if not f.as_noun), len(tokens))
        self._continues_scene = self._scene_time is not None and (
            _same_actors(view, self._scene_actors, verb)
            or (_passive_verb(view, verb) in word_class("past_be") and _new_subject(view))
        )
        scene = self._scene_time
        if (
            scene is not None
            and scene.sentence == sentence.start
            and any(k not in triggered and k < found[0].first for k in cues)
        ):
            # "On Tuesday, police said they had arrested three men": the day of a saying
            # sets no scene.
            self._scene_time = None
        # "The quake killed 12, officials said on Sunday": the day of the saying, by the
        # saying verb that owns it (-1: a plain reporting verb, no event of its own).
        sayings = (
            _saying_times(
                view,
                view_starts,
                times,
                found,
                verb_cues,
                triggered,
                {found[n].first for n in reduced}
                | {found[n].first for n, _, _ in participle_asides},
            )
            if times and (cues or any(f.trigger.type is EventType.STATEMENT for f in found))
            else {}
        )
        # What later sentences may not inherit: the time of a reporting verb ("said on
        # Thursday", "told parliament on Tuesday") or of a relative clause ("which began
        # in 2019").
        tellings = {clause_of[f.first] for f in found if f.trigger.dative and not f.as_noun}
        for t in times:
            index = min(bisect.bisect_left(view_starts, t.span.start), len(tokens) - 1)
            if (
                dating.get(t.span.start, 0) < 0
                or clause_of[index] in aside
                or clause_of[index] in tellings
                or _told_ahead(view.lower, clause_of, index)
                or sayings.get(t.span.start, 0) < 0
            ):
                self._private.add(t.span.start)
        self._sentence_span = sentence
        self._partitive = None
        # Whether a duration counted from another time ("16 minutes later") is here.
        shifting = bool(self.shifts.facts) and bool(self.shifts.inside(sentence, 1))
        other_verbs = iter(_other_verbs(view, verb_cues))
        pending = next(other_verbs, None)
        inherited: Subject | None = None
        main: Subject | None = None
        outer: Subject | None = None  # the last subject outside a subordinate clause
        subordinators = word_class("subordinator")
        previous_place: tuple[Located | None, bool] | None = None
        previous_time: TimeExpression | None = None
        cause_of = -1  # the subject of a cause told after the move it led to
        acted_on: list[Arg] = []  # what the previous verb acted on
        main_reports = False  # whether the first subject is a reporter's ("X said ...")
        main_speaks = False  # whether it is a reporter's or a speech act's ("X warned ...")
        made: list[_Made] = []
        marks: _Marks | None = None  # where "that" and modals stand, read when first needed
        sporty = not word_class("sport").isdisjoint(view.lower)
        for n, f in enumerate(found):
            # Verbs that are not events ("said", "had spoken") still lend their subject
            # to a later verb that has none ("... said, warning that", "and urged").
            while pending is not None and pending < f.first:
                subject, _ = subject_of(view, pending)
                inherited = subject or inherited
                if main is None and subject is not None:
                    main_reports = view.lower[pending] in reporting
                    main_speaks = main_reports
                main = main or subject
                pending = next(other_verbs, None)
            lo, hi = extent.get(clause_of[f.first], (f.first, f.last))
            hi = max(hi, f.last)
            clause = Span(tokens[lo].start, tokens[hi].end)
            trigger_span = Span(tokens[f.first].start, tokens[f.last].end)
            # "rose by 4.8 trillion won ($3.3 billion) in October": a conversion in
            # parentheses does not cut the clause off its time either.
            timed = clause
            if remap and place_clause[hi] >= 0:
                timed = Span(clause.start, tokens[joined_end[place_clause[hi]]].end)
            # A participle after a comma ("..., warning that") belongs to the main
            # clause: it shares the sentence's first subject, not the nearest one.
            adjunct = f.kind == "ing" and f.first > 0 and view.lower[f.first - 1] == ","
            reporter = inherited
            # So does a speech act after ", but" or ", and" ("added that the airline would
            # try ..., but admitted that"): it goes with the sentence's first verb.
            # Without the comma too after what a speech act reported was to come, or
            # before a second report ("predicted that the winds would ease on Friday but
            # warned", "said crowds had gathered and complained that"): the speaker's
            # again; not "said Reed had spoken to them and urged them to".
            speech = (
                f.trigger.type is EventType.STATEMENT
                and not f.as_noun
                and f.first > 1
                and view.lower[f.first - 1] in ("but", "and")
            )
            resumed = False
            if (
                speech
                and view.lower[f.first - 2] not in _AFTER_CLAUSE
                and main_speaks
                and main is not None
            ):
                marks = marks or _marks(view.lower)
                resumed = (main_reports or marks.any_that(main.end, f.first - 1)) and (
                    marks.any_modal(main.end, f.first - 1)
                    or view.lower[f.last + 1 : f.last + 2] == ["that"]
                )
            speech = speech and (view.lower[f.first - 2] in _AFTER_CLAUSE or resumed)
            given = main if adjunct or speech else inherited
            if (
                adjunct
                and main_reports
                and inherited is not None
                and main is not None
                and f.trigger.type is not EventType.STATEMENT
            ):
                # "Police said the gunmen opened fire, wounding eight": the participle
                # goes with the reported clause, not with the reporter (a speech act,
                # "..., warning that", still goes with the speaker).
                given = inherited if inherited.start > main.start else main
            if (
                not adjunct
                and not speech
                and outer is not None
                and inherited is not outer
                and _after_subordinate(view, f.first, inherited)
            ):
                # "entered a stall after ice built up on its wings, and struck a hillside":
                # after a comma, the verb goes back to the subject the clause interrupted.
                given = outer
            if given is None:
                # "Reno allowed the extension after rejecting the order": a verb that is
                # no event lends the sentence's opening subject all the same.
                given = opening_subject(view, f)
            args, subject, shared = participants(view, f, given)
            args = _speaker_pronoun(view, args, reporter, self._said_itself)
            if not f.as_noun:
                args = [a for a in args if not _nouns_doer(view, found, f, a)]
            # "seized Kasindi in 2024 and has since taken ...": later, and elsewhere.
            since = _since_then(view.lower, f.first)
            shared = shared and not since
            if subject is not None and not f.as_noun and _small_clause(acted_on, subject, f):
                # "Mayors ordered schools closed and banned motorcycles": the object's
                # own participle lends no subject to the verb after "and".
                subject = None
            inherited = subject or inherited
            if main is None and subject is not None:
                main_speaks = f.trigger.type is EventType.STATEMENT and not f.as_noun
            main = main or subject
            if not f.as_noun:
                acted_on = [
                    a for a in args if a.role is ParticipantRole.PATIENT and a.start > f.last
                ]
            if subject is not None and (
                subject.start == 0 or view.lower[subject.start - 1] not in subordinators
            ):
                outer = subject
            continues = self._continues(view, f, subject or given, sentence.start)
            # A verb sharing the previous verb's subject shares its time and place too
            # ("walked off the job on Friday at the port, halting the loading").
            own_time = self.times.nearest_inside(timed, trigger_span.start)
            if (
                aside_times
                and own_time is not None
                and own_time.span.start in aside_times
                and clause_of[f.first] not in aside
            ):
                # "The plan, first announced ... in June, passed": not June; "workers
                # trapped since Tuesday were rescued on Friday": Friday.
                own_time = (
                    None
                    if n in reduced or any(m == n for m, _, _ in participle_asides)
                    else next(
                        (
                            t
                            for t in self.times.inside(timed, _LOOKAHEAD)
                            if t.span.start >= trigger_span.end and t.span.start not in aside_times
                        ),
                        None,
                    )
                )
            if (
                own_time is not None
                and own_time.span.end <= trigger_span.start
                and _reporting_time(view, view_starts, own_time)
            ):
                # "said on Tuesday it planned to sell bonds in October": the day of the
                # saying dates nothing it reports; a time of the reported clause does.
                own_time = next(
                    (
                        t
                        for t in self.times.inside(timed, _LOOKAHEAD)
                        if t.span.start >= trigger_span.end
                    ),
                    None,
                )
            if own_time is not None and own_time.span.start in self._content:
                own_time = self._not_content(timed, trigger_span.start) or own_time
            if (
                own_time is not None
                and not f.as_noun
                and own_time.span.start >= trigger_span.end
                and _noun_modifier(self.document.text, own_time)
            ):
                # "posted a third-quarter loss on Tuesday": the quarter is the loss's.
                own_time = next(
                    (
                        t
                        for t in self.times.inside(timed, _LOOKAHEAD)
                        if t is not own_time and not _noun_modifier(self.document.text, t)
                    ),
                    None,
                )
            own_time = own_time or free_times.get(n)
            if own_time is not None and self._scene_time is not None:
                own_time = self._opening_wins(view, view_starts, sentence, f, own_time)
            if self._owning and view.lower[f.first] not in word_class("occasion_verb"):
                own_time = self._owned_time(sentence, trigger_span, own_time)
            if (
                own_time is not None
                and not f.as_noun
                and _verb_before_time(view, view_starts, found, n, own_time)
            ):
                own_time = None  # "stripping him of the title he won in 2024": won's year
            if own_time is None and not f.as_noun:
                # "The blast, shortly before 6 a.m., brought down": the subject's aside.
                own_time = _subject_aside_time(view, view_starts, self.all_times, sentence, f)
            time = (
                own_time
                # "predicted the winds would ease on Friday but warned": not the content's.
                or (previous_time if shared and not resumed else None)
                or _undated_report(free_times.get(-1), {} if adjunct else dating)
                or self._sentence_time(
                    view, f, dating, trigger_span.start, adjunct or _as_they(view.lower, f)
                )
                # "Bista flew to the region on Thursday. The office said the government
                # would release 10 million rupees": what is still to come is not dated
                # by what an earlier sentence tells.
                or (
                    None
                    if _modal(view, f.first)
                    else self._inherit(paragraph, sentence.start, continues)
                )
            )
            if time is not None and _refuses(
                view, f, time, trigger_span.start, published, self.document.text
            ):
                time = None
            if (
                time is not None
                and time is not own_time
                and time.span.start >= sentence.start
                and _since_only(self.document.text, time)
                and not (_perfect(view, f.first) or _pluperfect(view, f.first))
            ):
                # "had stood since 1985, and warned": only a perfect runs from a "since"
                # ("Since January, prices have risen").
                time = None
            if (
                resumed
                and main is not None
                and time is not None
                and time is not own_time
                and marks is not None
                and time.span.start >= tokens[marks.content_start(main.end, f.first)].start
            ):
                # "announced that the bridge would reopen on Monday and promised": the
                # day of what was announced, not of the promise.
                time = self._inherit(paragraph, sentence.start, continues)
            if (
                shifting  # most sentences: no "three weeks after"
                and time is not None
                and time is not own_time
                and time.span.end < clause.end
                and self._shifted(time, max(time.span.end, sentence.start), clause.end)
            ):
                # "lifted off at 10:04 am and released the capsule 16 minutes later",
                # "on Friday, three weeks after a valve forced engineers to halt": not then.
                time = None
            if (
                time is own_time
                and time is not None
                and time.span.start > trigger_span.end
                and _moved_to(self.document.text, time)
            ):
                # "The ban is backdated to July 14", "postponed the vote to March": the
                # date it is moved to, not when that happened.
                time = None
            if (
                time is not None
                and time.span.end <= tokens[lo].start
                and _postposed_statement(view, f, lo)
            ):
                # "Ferries were halted early in the morning, the ministry announced": the
                # time of what is announced, not of the announcing.
                time = None
            if time is not None and (
                self._content_time(view, found, n, time) or self._later_owns(view, found, n, time)
            ):
                # "urged lenders to cut rates by the end of the month": the deadline is
                # the cut's, not the urging's.
                time = (previous_time if shared else None) or self._inherit(
                    paragraph, sentence.start, continues
                )
            # "rescued 14 people by Sunday, Salas told reporters": the time and place of
            # what is told are not the telling's.
            reach = (
                _telling_reach(view, f, args, subject)
                if f.trigger.dative and not f.as_noun
                else None
            )
            if (
                reach is not None
                and time is not None
                and time.span.start >= sentence.start  # an earlier sentence's day is kept
                and not reach[0] <= _token_at(view_starts, time.span) < reach[1]
            ):
                time = None
            if (
                time is not None
                and sayings
                and sayings.get(time.span.start, f.first) != f.first
                # "defended the rule on Monday and accused the group": a verb sharing the
                # saying's subject shares its time (a reported one's was taken away);
                and not (shared and time is previous_time)
                # "said on Tuesday that ..., warning that": the same saying goes on,
                and not (adjunct and f.trigger.type is EventType.STATEMENT)
                # and so does a statement's act ("claimed responsibility late Monday,
                # posting samples and threatening to publish"), unless after its "that".
                and not _goes_on(view.lower, f, sayings[time.span.start])
                # "officials said on Thursday, as they urged parents to ...": the same
                # speakers, saying more at the same time.
                and not _as_they(view.lower, f)
            ):
                # "The quake killed 12 people, officials said on Sunday", "told AFP on
                # Sunday that ...": the time of a saying dates the saying, not what it
                # reports; the story's thread may still date it.
                # A verb sharing its subject with the one before shares its time.
                kept = previous_time if shared and previous_time is not None else None
                time = (kept if kept is not None and kept.span.start not in sayings else None) or (
                    None
                    if _modal(view, f.first)
                    else self._inherit(paragraph, sentence.start, continues)
                )
            if (
                time is not None
                and time is not own_time
                and not shared
                and sentence.start <= time.span.start
                and time.span.end <= trigger_span.start
                and _deadline(self.document.text, time)
            ):
                time = None  # "were restored by noon, but the carrier warned": noon's not
            if (
                time is not None
                and time is not own_time
                and time.span.start >= sentence.start
                and lo > 0
                and view.lower[lo - 1] in _RELATIVE_OPENERS
                and clause_of[f.first] in relative
            ):
                # "On Monday, police arrested the man who robbed the bank": what a
                # relative clause tells is not dated by the clause it hangs on.
                time = None
            if own_time is None and not f.as_noun:
                # "since 2013, when a train crashed": the year the "when" clause hangs on.
                time = (
                    _when_antecedent(view, self.all_times, sentence, f.first, self.document.text)
                    or time
                )
            if time is None and self._scene_dated(view, f, sentence, clause_of[f.first] in aside):
                assert self._scene_time is not None
                time = self._scene_time.time  # "Earlier Sunday, police clashed ... Police arrested"
            if not f.as_noun:
                # "lowered rates on Wednesday, its third cut this year, and signalled":
                # a verb shares the time of the verb before it, not of a noun between,
                # nor of an aside ("The plan, first announced in June, passed").
                aside_verb = n in reduced or (told_aside and clause_of[f.first] in told_aside)
                # Nor of what was only planned ("ready to meet on Thursday, but warned").
                planned = f.first > 0 and view.lower[f.first - 1] == "to"
                previous_time = None if aside_verb or planned or _modal(view, f.first) else time
            place = self._place(view, f, place_clause[f.first], places)
            if place is not None and place[0] is not None and self._facilities:
                # "inside the mine": the San Lorenzo mine the paragraph named.
                named = self._facilities.get(place[0].name.lower())
                place = place if named is None else (named, place[1])
            if (
                place is None
                and not f.as_noun
                and hi + 1 < len(view.lower)
                and view.lower[hi + 1] in _WHEN_CLAUSE
            ):
                # "were trapped when a tunnel gave way ... at the San Lorenzo mine": a
                # "when" clause with no event of its own places the verb before it.
                later = places.first_free_after(place_clause[f.first], _WHEN_REACH)
                if later is not None and later.named and not later.goal:
                    place = self._located(view, later), False
            if place is None and sites:
                # "trapped in the San Lorenzo mine. Rescuers reached them inside the mine":
                # the facility the paragraph named.
                place = self._site(sites, clause_of, clause_of[f.first], f.first)
            if place is not None and _inside_args(view, place[0], args, f.first):
                place = None  # "Analysts at DNB Carnegie cut": who they are, not where
            if (
                place is not None
                and place[0] is not None
                and not f.as_noun
                and (
                    _speaker_place(view, view_starts, f, place[0])
                    or _apposition_place(view, view_starts, f, place[0])
                )
            ):
                place = None  # "the embassy in Nairobi urged": where the speaker sits
            if place is not None and _object_qualified(view, view_starts, f, place[0]):
                place = None  # "ordered the closure of markets in Lilongwe": the closure's
            if (
                reach is not None
                and place is not None
                and place[0] is not None
                and not reach[0] <= _token_at(view_starts, place[0].span) < reach[1]
            ):
                place = None  # "told reporters the capsule would land in the Bay of Bengal"
            if place is None and lo > 1 and view.lower[lo - 1] == "where":
                # "goes to the House of Lords, where peers will debate it": there.
                before = places.ending_at(place_clause[lo - 3], lo - 2) if lo > 2 else None
                if before is not None and view.lower[lo - 2] == ",":
                    place = self._located(view, before), False
            if place is None and f.as_noun and f.trigger.type is EventType.OTHER:
                # "Zambia's worst cholera outbreak in decades killed 700": a disaster's
                # possessive place is where it happened.
                place = self._owner_place(view, f)
            own_place = place if place is not None and place[0] is not None else None
            if (
                place is None
                and (not f.as_noun or f.trigger.object_place)
                and f.trigger.type not in _UNPLACED
            ):
                # "raided Jenin", and as a noun "a raid on Jenin": the place it struck.
                objects = args
                if f.trigger.intransitive and f.trigger.object_place:
                    # "an earthquake struck eastern Turkey": the name right after it.
                    objects = [*args, _name_after(view, f.last)]
                place = self._object_place(view, objects, sentence, f.trigger.object_place, f.last)
            # "recorded abuses in Malakal, based on testimonies collected by monitors":
            # a participle describing a noun is no happening of the verb before it.
            described = _describing(view, f, verb_cues)
            # A named place of the event's own keeps a bare plural alive ("banned
            # gatherings in Kano"), and so does the lead's dateline; one shared or carried
            # from another happening does not ("sealed off Wau and banned funerals").
            own_found = place is not None and place[0] is not None
            if place is None and shared and not described and not (speech and main_reports):
                # Not from what the speaker reported ("Officials said a list would be
                # posted at the terminal, but warned ...": the warning is not there).
                place = previous_place
            # Not to the cause of a move told after it, nor to the verbs sharing its
            # subject: "shares fell in Oslo after the farmer reported a loss and cut its
            # forecast" (neither was done in Oslo).
            cause = f.trigger.type in _UNPLACED and (
                (lo > 0 and view.lower[lo - 1] in _CAUSES)
                or (shared and subject is not None and subject.start == cause_of)
            )
            if cause and subject is not None:
                cause_of = subject.start
            if cause and place is not None and place is previous_place and own_place is None:
                place = None
            if (
                place is None
                and f.trigger.type is not EventType.STATEMENT
                and not since
                and not cause
                and not described
            ):
                place = self._carried(
                    sentence,
                    view.lower,
                    paragraph,
                    lead and f.trigger.type not in _DESK_TYPES,
                    time,
                    # "In Rara, a village on the edge of the park, residents dug": its own
                    # scene too, unless reported ("In Temuco, a mother said she had taken
                    # leave from her job").
                    not (cues and cues[0] < f.first),
                )
            previous_place = (
                place
                if place is not None
                and not place[1]
                and not (told_aside and clause_of[f.first] in told_aside)
                else None
            )
            # Only a verb's place carries on: "prosecutions in England" names a kind of
            # happening, not where the paragraph's next ones happen.
            if (
                place is not None
                and not place[1]
                and (not f.as_noun or _begun(view, f))
                and f.trigger.type is not EventType.STATEMENT
                and clause_of[f.first] not in aside  # "which was founded in Hamburg"
            ):
                self._carry = (sentence.start, place)
                self._carry_background = _background(time, published)
                # "in Nairobi and Mombasa": a list places no one later happening.
                listed = place[0] is not None and _LISTED.match(
                    self.document.text, place[0].span.end
                )
                self._carry_paragraph = -1 if listed else paragraph.start
                if place[0] is None:
                    # A place without a name ("in the border region") keeps the dateline
                    # off the rest of its paragraph.
                    self._elsewhere = paragraph.start
            elif (
                place is not None
                and place[1]
                and place[0] is not None
                and f.trigger.type is EventType.MOVEMENT
                and not f.as_noun
                and f.kind == "ed"
            ):
                # "flew to Arequipa on Sunday. The minister ordered an inquiry": what
                # the traveller did next happened where they went.
                self._carry = (-1, (place[0], False))
                self._carry_background = _background(time, published)
                self._carry_paragraph = paragraph.start
            if (
                own_place is not None
                and own_place[0] is not None
                and not own_place[1]
                and not f.as_noun
                and self._scene_time is not None
                and self._scene_time.sentence == sentence.start
                and (self._scene is None or self._scene.sentence != sentence.start)
                and clause_of[f.first] not in aside
            ):
                # "Earlier Sunday, police and protesters clashed in north Belfast.": the
                # place of the scene that time opens, for its later sentences.
                self._scene = _ScenePlace(paragraph.start, sentence.start, own_place[0])
                self._scene_timed = sentence.start
            claim = claim_at(self.claims, trigger_span)
            speaker = claim.speaker if claim is not None else None
            found_args = self._participants(
                view, sentence, args, trigger_span, main, reporter, speaker
            )
            found_args = self._some_of_them(view, f, found_args)
            agents = {p.name for p in found_args if p.role is ParticipantRole.AGENT}
            if len(self._sentence_agents) < _LOOKAHEAD:  # a few: linear in the text
                self._sentence_agents.update(a.lower() for a in agents)
            if (
                time is not None
                and time.span.start < sentence.start
                and f.trigger.type is EventType.STATEMENT
                and not f.as_noun
                and agents
                and self._new_speaker(agents)
                and view.lower[0] not in _AFTERWARDS
            ):
                # "Rescuers searched the area in the afternoon. The mayor acknowledged
                # ...": a new speaker's statement is not dated by the happenings before
                # (unless told as following them: "Afterwards, the ministry warned").
                time = None
            if self._carry is not None and self._carry[0] in (sentence.start, -1):
                if place is not None and place[0] is not None and not f.as_noun:
                    self._carry_agents = agents
                elif (
                    place is None
                    and self._carry[0] == -1
                    and f.trigger.type is EventType.STATEMENT
                    and not f.as_noun
                    and agents
                    and agents <= self._carry_agents
                    and self._carry_paragraph == paragraph.start
                    and all(
                        p.kind is EntityKind.PERSON
                        for p in found_args
                        if p.role is ParticipantRole.AGENT
                    )
                ):
                    # "flew to Gamgadhi on Wednesday and announced relief. The premier
                    # also promised ...": what the traveller says next is said there (a
                    # person: a body does not travel).
                    place = self._carry[1]
            elif place is None and f.trigger.type is EventType.STATEMENT and not f.as_noun:
                # "Ndoro visited the camp at Tamasi. The governor condemned ...": what
                # the same person says next is said there.
                carried = self._carried(sentence, view.lower, paragraph)
                if carried is not None and agents and agents <= self._carry_agents:
                    place = carried
            if n == len(found) - 1 or n == 0:
                self._agents[sentence.start] = found_args
            if sentence.start not in self._first_agent and not f.as_noun:
                doer = next((p for p in found_args if p.role is ParticipantRole.AGENT), None)
                if doer is not None:
                    self._first_agent[sentence.start] = doer
            if place is None and f.as_noun and (goal := _journey_place(view, f, made)):
                place = goal, False  # "flew to Beijing for talks with Xi": there
            where = self._where(view, f, args, found_args, place, lead, time, paragraph)
            if place == _PURPOSE_PLACE:
                # "voted to send monitors to oversee a ceasefire around El Fasher": the place
                # is the purpose's; the vote takes none from it, nor from before, but the
                # lead's dateline still places it.
                where = self._default_place(lead, time)
            if where is not None and place is not None and place[0] is where:
                head = where.name.rsplit(None, 1)[-1].lower()
                if head in word_class("place_facility_nouns") and where.name[:1].isupper():
                    self._facilities[head] = where
            borrowed = place is not None and not own_found and not (lead and self.dateline)
            if (
                not found_args
                and time is None
                and (where is None or borrowed)
                and _generic_plural(view, f)
            ):
                # "return to talks", "offered refunds": a bare plural that is nobody's,
                # never dated or placed and no subject names a kind, not a happening.
                continue
            if (
                shared
                and not _modal(view, f.first)
                # "told the council that the ceasefire, agreed in Jeddah earlier this
                # month, was holding": an aside, or what follows a "that", dates no verb
                # before it.
                and not (told_aside and clause_of[f.first] in told_aside)
                and not (n > 0 and _that_between(view.lower, found[n - 1].last, f.first))
            ):
                # "drilled a shaft and freed six men on Sunday", "won the title, beating
                # Santos at the Arena Norte": what closes verbs sharing one subject
                # dates and places the bare verb before them too.
                closing = own_time if own_time is not None and time is own_time else None
                if closing is not None and closing.span.start in self._content:
                    closing = None  # "cut its forecast for 2026" dates no verb before it
                if closing is not None and _future(closing, published):
                    closing = None
                if closing is not None and _verb_before_time(view, view_starts, found, n, closing):
                    closing = None  # "stripping him of the stage he won at last year's Vuelta"
                # Only a participle after a comma ("won the title, beating Santos at
                # the Arena Norte") that is no speech act places the verb before.
                placing = (
                    own_place is not None
                    and not own_place[1]
                    and adjunct
                    and f.trigger.type not in _UNPLACED
                )
                self._share_back(
                    made,
                    closing,
                    own_place[0] if placing and own_place else None,
                    _background(closing, published),
                    subject.start if subject is not None else -1,
                )
            when = 0 < lo < len(view.lower) and view.lower[lo - 1] in _WHEN_CLAUSE
            where_when = own_place[0] if own_place and not own_place[1] else None
            if (
                when
                and own_time is not None
                and time is own_time
                and own_time.span.start not in self._content
                and not _future(own_time, published)
            ):
                # "Nine people were killed and 46 injured when fans surged ... on Sunday
                # night": the clause dates its main verbs; so does its event noun ("died
                # when a gas explosion ripped through a building in Lyon on Sunday").
                _date_main(made, own_time, where_when, tokens[lo - 1].start)
            elif when and where_when is not None and not _time_relative(view, lo - 1):
                # "died on Tuesday when a gas explosion ripped through a block in Kyiv":
                # the clause places its main verbs that have no place of their own.
                _place_main(made, where_when, tokens[lo - 1].start)
            if (
                own_place is not None
                and own_place[0] is not None
                and f.as_noun
                and _journey_framed(view, f)
            ):
                # "paid tribute to the victims on a whirlwind visit to East Africa, and
                # promised": the journey places the happenings of its sentence.
                _place_journey(made, own_place[0], sentence.start)
                self._journey = sentence.start, own_place[0]
                self._carry = (sentence.start, (own_place[0], False))
                self._carry_paragraph = paragraph.start
                self._carry_background = _background(time, published)
            if when and place == (None, False) and self.dateline is not None:
                # "were killed when troops exchanged fire along their shared border": the
                # clause's place, though unnamed, is not the dateline's city.
                _unplace_main(made, self.dateline, tokens[lo - 1].start)
            made.append(
                _Made(
                    self._event(
                        view,
                        f,
                        clause,
                        trigger_span,
                        found_args,
                        time,
                        where,
                        claim,
                        sporty,
                        _words_of(view, subject or given),
                    ),
                    not f.as_noun,
                    own_time is None and time is None,
                    place is None,
                    subject.start if subject is not None else -1,
                )
            )
            if f.trigger.object_place and place is not None and not f.as_noun:
                _place_doer(made)
            elif place is None and not f.as_noun:
                _place_by_doer(made)
        for draft in _counted_by_own(made, self.document.text):
            yield draft.build()

    def _not_content(self, clause: Span, offset: int) -> TimeExpression | None:
        """The time of ``clause`` nearest ``offset`` that is no forecast's year."""
        best: TimeExpression | None = None
        for time in self.times.inside(clause, _LOOKAHEAD):
            if time.span.start not in self._content and (
                best is None or abs(time.span.start - offset) < abs(best.span.start - offset)
            ):
                best = time
        return best

    def _shifted(self, time: TimeExpression, start: int, end: int) -> bool:
        """Whether a duration counted from another time ("three weeks after") lies between
        a borrowed ``time`` and the event (``start`` to ``end``), long enough to move the
        event off it: any for a clock time, a day or more for a date ("on Monday, hours
        after an explosion damaged a pipeline" is still Monday)."""
        shifts = self.shifts
        i = bisect.bisect_left(shifts.starts, start)
        if i == len(shifts.starts) or shifts.starts[i] >= end:
            return False  # most events: none between
        clock = time.type is TimeType.TIME and _CLOCK.search(time.value) is not None
        return any(
            clock or not d.value.startswith("PT")
            for d in shifts.inside(Span(start, end), _LOOKAHEAD)
        )

    def _where(
        self,
        view: SentenceView,
        f: Found,
        args: Sequence[Arg],
        found_args: Sequence[Participant],
        place: tuple[Located | None, bool] | None,
        lead: bool,
        time: TimeExpression | None,
        paragraph: Span,
    ) -> Located | None:
        """The event's place: its own (``place``, found in the sentence or carried), else
        none in a paragraph placed elsewhere without a name, else the country for its
        national vote, else where its speaker was last heard, else the dateline's city
        (see ``_default_place``)."""
        if place is not None:
            return place[0]
        if self._elsewhere == paragraph.start:
            return None
        if self.country is not None and _national(view, f, args):
            return self.country  # "won the presidential election": the country's
        if (spoken := self._spoken_place(f, found_args, paragraph)) is not None:
            return spoken  # "he said at a news conference in Lisbon. He admitted"
        if self._journey is not None and self._journey[0] == self._sentence_span.start:
            return self._journey[1]  # "on a visit to East Africa, and promised to"
        return self._default_place(lead, time)

    @staticmethod
    def _share_back(
        made: list[_Made],
        time: TimeExpression | None,
        where: Located | None,
        background: bool = False,
        subject: int = -1,
    ) -> None:
        """Give ``time`` and ``where`` to the last verb of ``made`` (past any event nouns)
        if it has no time or no place of its own; a ``background`` time takes the
        dateline's city away from it ("recalled turbines and suspended sales in June").
        Only a verb of the same ``subject`` (its first token) takes them: "shares fell
        after the farmer reported a loss and cut its forecast for 2026" dates no fall."""
        if time is None and where is None:
            return
        first = next(
            (
                k
                for k in range(len(made) - 1, max(-1, len(made) - 1 - _LOOKAHEAD), -1)
                if made[k].verb and made[k].subject == subject
            ),
            None,
        )
        if first is None:
            return
        # "entered a stall after ice accumulated on its wings, and struck a hillside on
        # Oct. 18": the verbs told between the two share the day too.
        for k in range(first, len(made)):
            item = made[k]
            if not item.verb:
                continue
            event = item.event
            if time is not None and item.undated:
                event = event._replace(time=time)
                if background and item.placeless and where is None:
                    event = event._replace(place=None, place_span=None)
            placed = k == first and where is not None and item.placeless
            if placed and where is not None:
                event = event._replace(place=where.name, place_span=where.span)
            made[k] = item._replace(
                event=event,
                undated=item.undated and event.time is None,
                placeless=item.placeless and not placed,
            )

    def _event(
        self,
        view: SentenceView,
        f: Found,
        clause: Span,
        trigger_span: Span,
        found_args: tuple[Participant, ...],
        time: TimeExpression | None,
        where: Located | None,
        claim: Claim | None,
        sporty: bool,
        subject_words: Sequence[str] = (),
    ) -> _Draft:
        """One event, from what the sentence loop found for it (``sporty``: its sentence
        has a sports word; ``subject_words``: its subject's, lower case)."""
        return _Draft(
            span=clause,
            trigger=self.document.slice(trigger_span),
            trigger_span=trigger_span,
            type=_event_type(view, f, sporty, found_args, self.document, subject_words),
            participants=found_args,
            time=time,
            place=where.name if where else None,
            place_span=where.span if where else None,
            quantities=tuple(self.quantities.inside(clause)),
            claim_span=claim.span if claim else None,
            reported_by=claim.speaker if claim else None,
        )

    def _continues(self, view: SentenceView, f: Found, subject: Subject | None, start: int) -> bool:
        """Whether the verb ``f`` goes on in the tense of the sentence before, so that it
        may take that sentence's time ("attacked a base on Friday. Troops were deployed"),
        unlike a change of tense ("has burned since Sunday. 400 firefighters were
        deployed"; "clashed at 6 p.m. The ministry has recorded 38 deaths"); records the
        sentence's first tense for the next one. Event nouns and verbs without a subject
        tell no tense and go on."""
        if f.as_noun:
            # "had carried out 400 rescues overnight": the light verb tells the tense.
            light = _light_verb_before(view, f.first)
            if light is None:
                return True
            tense = _tense(
                view, Found(light, light, f.trigger, _light_kind(view.lower[light]), False)
            )
        elif subject is None or f.trigger.dative:
            return True  # "told reporters that ...": the tense is what was told's
        else:
            tense = _tense(view, f)
        if self._this_thread is None:
            self._this_thread = (start, tense)
        at, before = self._thread
        # A sentence told without a tensed verb ("made landfall on Tuesday") sets none.
        return at == self._previous_sentence and before in ("", tense)

    def _new_speaker(self, agents: set[str]) -> bool:
        """Whether none of ``agents`` took part, as an agent, in the sentence before
        ("defended the decision on Wednesday. '...,' he told a radio station": the same
        speaker goes on, and keeps the day)."""
        before = self._before_agents
        return not any(a.lower() in b or b in a.lower() for a in agents for b in before)

    def _inherit(
        self, paragraph: Span, offset: int, continues: bool = True
    ) -> TimeExpression | None:
        """The last time earlier in the paragraph that a later sentence may inherit: one
        that dates only its own reporting verb or relative clause is passed over."""
        if not continues:
            return None
        index = self.inherited
        j = bisect.bisect_left(index.starts, offset) - 1
        stop = max(-1, j - _LOOKAHEAD)
        while j > stop:
            time = index.facts[j]
            if not paragraph.contains(time.span) or time.span.end > offset:
                return None
            if time.span.start < self._previous_sentence:
                return None  # only the sentence right before: a thread, not a paragraph
            if time.span.start not in self._private:
                # "was founded in 2018. It funded ...": a bare year dates the
                # background of its own sentence, not what the next one tells.
                if _YEAR.match(time.value):
                    return None
                # "announced it shortly after 9am. He insisted ...": an hour dates what
                # its own sentence tells (as within a sentence), not the next one.
                if _CLOCK.search(time.value) and _DIGIT.search(time.text):
                    return None
                # "fighting broke out overnight. Troops ...": a part of day with no day
                # named dates its own sentence only (every blind annotator agrees).
                if _bare_part_of_day(time):
                    return None
                return time
            j -= 1
        return None

    def _reporter(
        self,
        view: SentenceView,
        sentence: Span,
        reporter: Subject | None,
        arg: Arg,
        agent: Named,
    ) -> Named | None:
        """The subject of the reporting verb before an object pronoun, standing for it
        ("it" after "the maker said ..."), when it is someone else than the agent."""
        if reporter is None or view.lower[arg.start] not in ("it", "them"):
            return None
        words = view.lower[reporter.end : min(arg.start, reporter.end + _LOOKAHEAD * 4)]
        if not any(w in word_class("reporting") for w in words):
            return None
        tokens = view.tokens[reporter.start : reporter.end]
        names = self._names(tokens, sentence)
        if len(names) != 1 or names[0].name.lower() == agent.name.lower():
            return None
        token = view.tokens[arg.start]
        return Named(names[0].name, Span(token.start, token.end), names[0].kind)

    def _later_owns(
        self, view: SentenceView, found: list[Found], n: int, time: TimeExpression
    ) -> bool:
        """Whether ``time`` is a deadline for a later event of the sentence rather than
        the time of ``found[n]`` ("submitted a bid and expected a decision by July"); an
        object's time is the verb's ("signed an agreement on Friday")."""
        f = found[n]
        if time.span.start < view.tokens[f.last].end:
            return False
        between = [
            g
            for g in found[n + 1 : n + 1 + _LOOKAHEAD]
            if g.first > f.last and view.tokens[g.last].end <= time.span.start
        ]
        if not between:
            return False
        return _deadline(self.document.text, time)

    def _content_time(
        self, view: SentenceView, found: list[Found], n: int, time: TimeExpression
    ) -> bool:
        """Whether ``time`` dates the content of the speech act ``found[n]`` ("warned
        banks to raise capital by next year"): a deadline or a time to come, after a
        later verb in "to" + infinitive; any time after the infinitive's verb of an
        appeal ("urged the council to hold a meeting on Thursday"), or after a modal of
        what was announced ("announced that clinics would open from Saturday")."""
        f = found[n]
        if f.trigger.type is not EventType.STATEMENT or f.as_noun:
            return False
        if self._modal_content(view, f, time) or _after_that(view, f, time):
            return True
        if time.span.start >= view.tokens[f.last].end and _future(
            time, self.facts.article.published
        ):
            return True  # "is demanding a pay rise of 12% next year": the rise's year
        # The verb after "to" need not be an event ("urged the government to act by ...").
        later = next(
            (
                k
                for k in range(f.last + 1, min(len(view.lower) - 1, f.last + _LOOKAHEAD * 2))
                if view.lower[k] == "to"
                and view.tokens[k + 1].text.isalpha()
                and view.tokens[k + 1].text.islower()
                and view.lower[k + 1] not in word_class("det")
            ),
            None,
        )
        if later is None or time.span.start < view.tokens[later + 1].start:
            return False
        if time.type is TimeType.TIME and _CLOCK.search(time.value):
            return True  # "urged residents to stay indoors between 11am and 5pm"
        if view.lower[f.first] in _APPEALS and _APPEAL_TIME.fullmatch(time.text):
            return True  # "called on supporters to gather outside on Thursday"
        return _deadline(self.document.text, time) or _future(time, self.facts.article.published)

    def _modal_content(self, view: SentenceView, f: Found, time: TimeExpression) -> bool:
        """Whether a modal verb of what was said stands between the statement ``f`` and
        ``time`` ("said it would send a team this week", "warned that the river could
        burst its banks on Friday"): the time of what is to come, not of the saying."""
        if time.span.start < view.tokens[f.last].end:
            return False
        lower = view.lower
        end = min(len(lower) - 1, f.last + 1 + _LOOKAHEAD * 2)
        # Past the word right after the verb: "warned would-be buyers" is no modal's.
        for k in range(f.last + 2, end):
            if view.tokens[k].start >= time.span.start:
                return False
            if lower[k] in _MODAL:
                return lower[k + 1].isalpha()
        return False

    def _some_of_them(
        self, view: SentenceView, found: Found, participants: tuple[Participant, ...]
    ) -> tuple[Participant, ...]:
        """ "French farmers protested ... Some sprayed manure and blocked roads": a subject
        that is only a quantifier stands for the agents of the sentence before, and so
        does the missing subject of a verb joined to it."""
        if found.as_noun or any(p.role is ParticipantRole.AGENT for p in participants):
            return participants
        i = found.first - 1
        lower = view.lower
        # So does a sentence-initial "They" that the name registry left unresolved ("Gunmen
        # stormed the village. They burned houses").
        opener = i >= 0 and (lower[i] in _PARTITIVE or (i == 0 and lower[i] == "they"))
        if opener and (i == 0 or lower[i - 1] in (",", ";")):
            before = self._agents.get(self._previous_sentence, ())
            agent = next((p for p in before if p.role is ParticipantRole.AGENT), None)
            if agent is None:
                return participants
            token = view.tokens[i]
            self._partitive = Participant(
                name=agent.name, role=agent.role, span=Span(token.start, token.end), kind=agent.kind
            )
        elif not (self._partitive is not None and i >= 0 and lower[i] in ("and", ",")):
            self._partitive = None
            return participants
        return participants if self._partitive is None else (self._partitive, *participants)

    def _carried(
        self,
        sentence: Span,
        lower: Sequence[str],
        paragraph: Span,
        lead: bool = False,
        time: TimeExpression | None = None,
        scene_here: bool = False,
    ) -> tuple[Located | None, bool] | None:
        """The place an earlier happening of the sentence was given ("fled near Patras as
        a wildfire tore through forests"), or of the sentence before when this one goes on
        about the same people ("protested in Strasbourg. Some sprayed manure"), or of an
        earlier sentence of the paragraph: a paragraph tells one thread of the story
        ("attacked Bulenga in North Kivu. The gunmen stormed the clinic"). In the ``lead``
        paragraph of a datelined story any later sentence takes it: the lead tells one
        happening, and a place it names wins over the dateline ("Floods swept through
        Chiang Mai province ... Rescuers evacuated hundreds"), but not for an act of the
        courts or police told by new actors ("Police arrested two men": done wherever
        they are, as a statement is)."""
        if self._carry is None:
            return self._scene_place(paragraph, sentence, time, scene_here)
        at, place = self._carry
        if time is not None and _background(time, self.facts.article.published) != (
            self._carry_background
        ):
            # "halted production for the first time since the factory opened in 2009":
            # the opening was not where the halt was.
            return None
        first = lower[0] if lower else ""
        if at == sentence.start or (at == self._previous_sentence and first in _ANAPHORIC):
            return place
        # Only a sentence that goes on about what came before ("The gunmen stormed",
        # "A motel collapsed there"), not one that brings in new actors ("Police
        # arrested two men").
        # Flattened copy has no paragraph breaks to end a thread: there only a pronoun
        # goes on with one ("They arrested two men"), not any "The ...".
        going_on = _ANAPHORIC if paragraph.start == self._flat else _THREAD
        thread = (lead and self.dateline is not None) or first in going_on or "there" in lower
        if thread and self._carry_paragraph == paragraph.start and place[0] is not None:
            return place
        return self._scene_place(paragraph, sentence, time, scene_here)

    def _scene_dated(self, view: SentenceView, f: Found, sentence: Span, aside: bool) -> bool:
        """Whether the verb ``f``, which nothing nearer dates, took place at the time an
        earlier sentence of its paragraph opened with: wire copy sets a scene with
        "Earlier Sunday, police and protesters clashed in north Belfast." and tells it on
        in sentences of their own ("Riot police responded ... An elderly man was
        hospitalized"), which that time dates until any other time stands in a sentence.
        Only a verb told in the simple past, outside quotation marks and asides (not what
        is still to come, has been or had been, nor what a relative clause describes),
        done by the scene's actors or a pronoun, or befalling someone new ("An elderly
        man was hospitalized"; not "He was attacked", background)."""
        scene = self._scene_time
        if scene is None or scene.sentence == sentence.start or f.as_noun or aside:
            return False
        if self._quotes[f.first]:
            return False
        if (be := _passive_verb(view, f.first)) is not None:
            # "An elderly man was hospitalized", "Two officers were hurt": a new victim of
            # the scene; not "He was attacked outside a nightclub", "She was nominated by
            # the president": more on someone known, background.
            return be in word_class("past_be") and _new_subject(view)
        if f.kind != "ed" or _tense(view, f) != "past":
            return False
        # Only a sentence that goes on about the scene's actors ("Riot police responded"
        # after "police and youths clashed", "They arrested six"), not new ones
        # ("Prosecutors charged him", "Microsoft invested").
        return _same_actors(view, self._scene_actors, f.first)

    def _owned_time(
        self, sentence: Span, trigger: Span, time: TimeExpression | None
    ) -> TimeExpression | None:
        """``time``, unless it owns a noun other than the trigger ("criticized Monday's
        decision": Monday is the decision's); for that noun, the time that owns it."""
        text = self.document.text
        others: list[TimeExpression] = []
        for owner in self.times.inside(sentence, _LOOKAHEAD):
            if owner.span.start not in self._owning:
                others.append(owner)
            elif owner.span.end <= trigger.start and _OWNED.fullmatch(
                text, owner.span.end, trigger.start
            ):
                return owner  # "Thursday's ruling", "last week's surprise vote"
        if time is not None and time.span.start in self._owning:
            # "criticized last week's decision on Friday": the sentence's other time.
            return min(others, key=lambda t: abs(t.span.start - trigger.start), default=None)
        return time

    def _opening_wins(
        self,
        view: SentenceView,
        starts: Sequence[int],
        sentence: Span,
        f: Found,
        time: TimeExpression,
    ) -> TimeExpression:
        """The time the sentence opened with ("Earlier Sunday, protesters prayed for help
        as Easter week began") instead of ``time`` when ``time`` stands after the verb in
        a subordinate clause of its own: "as", "when" or "after" opens a clause that the
        time dates, not the verb before it."""
        scene = self._scene_time
        if scene is None or scene.sentence != sentence.start or time is scene.time:
            return time
        if time.span.start <= view.tokens[f.last].end:
            return time
        at = bisect.bisect_left(starts, time.span.start)
        subordinators = word_class("scene_subordinator")
        if any(w in subordinators for w in view.lower[f.last + 1 : at]):
            self._private.add(time.span.start)  # nor does it date the next sentence
            return scene.time
        return time

    def _note_scene(
        self, view: SentenceView, mentioned: Sequence[PlaceMention], paragraph: int, at: int
    ) -> None:
        """Record the place the sentence at ``at`` opens with, if any, as the scene of its
        ``paragraph``; forget the scene of an earlier paragraph."""
        if self._scene is not None and self._scene.paragraph != paragraph:
            self._scene = None
        if mentioned and _scene_setting(view, mentioned[0]):
            self._scene = _ScenePlace(paragraph, at, self._located(view, mentioned[0]))

    def _scene_place(
        self,
        paragraph: Span,
        sentence: Span,
        time: TimeExpression | None,
        here: bool = False,
    ) -> tuple[Located | None, bool] | None:
        """The place an earlier sentence of ``paragraph`` opened with ("At Heathrow, queues
        snaked out of the terminal. Staff handed out water"): where the paragraph's later
        happenings that name no place of their own took place, unless background ("whose
        son was kidnapped two years ago"); in the opening sentence itself only when
        ``here``."""
        scene = self._scene
        if scene is None or scene.paragraph != paragraph.start:
            return None
        if scene.sentence == sentence.start and not here:
            return None
        if scene.sentence == self._scene_timed and not self._continues_scene:
            # "On Friday, the ECB raised rates in Frankfurt. The Fed raised rates too.":
            # a scene a time opened places only what its actors go on to do.
            return None
        if _background(time, self.facts.article.published):
            return None
        return scene.place, False

    def _default_place(self, lead: bool, time: TimeExpression | None) -> Located | None:
        """The dateline's city, for an event of the lead paragraph that names no place of
        its own and is not background (dated to another month or year: "In September,
        jets shot down ...").

        By wire convention the dateline is where the lead happens. Further down it places
        nothing: a spokesman speaks from wherever he is, "revenue fell" happens nowhere,
        and the annotators of all three blind sets left such events without a place
        (placing them by the dateline was wrong for 19 of 24 events there)."""
        if not lead or self.dateline is None:
            return None
        if _background(time, self.facts.article.published):
            return None
        return self.dateline

    def _spoken_place(
        self, found: Found, participants: Sequence[Participant], paragraph: Span
    ) -> Located | None:
        """Where the agent of a statement was last heard speaking, in this paragraph or
        the one before ("Moraes said at a press conference in Lisbon. ... Moraes added
        ..., but admitted"): what he says next he says there."""
        if found.trigger.type is not EventType.STATEMENT or not self._spoken_at:
            return None
        agents = [p.name.lower() for p in participants if p.role is ParticipantRole.AGENT]
        if not agents:
            return None
        here = self.document.paragraph_index(paragraph.start)
        if here is None:
            return None
        j = bisect.bisect_right(self._spoken_at, (here, "\uffff")) - 1
        stop = max(-1, j - _LOOKAHEAD)  # the last few speakers heard: linear in the text
        while j > stop and here - self._spoken_at[j][0] <= 1:
            _, speaker, place = self._spoken_at[j]
            if any(speaker in name or name in speaker for name in agents):
                return place
            j -= 1
        return None

    def _sentence_time(
        self,
        view: SentenceView,
        found: Found,
        dating: dict[int, int],
        offset: int,
        adjunct: bool,
    ) -> TimeExpression | None:
        """The time of an earlier clause of the sentence ("fled on Sunday as a wildfire
        tore through"), unless it dates the report ("said on Wednesday"), or the event is
        told as earlier than it ("had passed")."""
        if _pluperfect(view, found.first) or _since_then(view.lower, found.first):
            return None
        time = self.times.last_before(self._sentence_span, offset)
        for _ in range(_ASIDE_SKIP):
            # "marched on Monday, chanting the name of a boy who was shot last week, as
            # leaders pleaded": a relative clause's time stands aside for the one before it.
            if time is None or dating.get(time.span.start, 0) != _ASIDE:
                break
            time = self.times.last_before(self._sentence_span, time.span.start)
        if time is None or time.span.start in self._content:
            return None
        at = dating.get(time.span.start, 0)
        if at == _ASIDE or (at < 0 and not adjunct):
            return None
        if time.type is TimeType.TIME and _CLOCK.search(time.value):
            return None  # "voted shortly after midnight": a clock time dates its own clause
        if at >= 0 and at != self._quotes[found.first]:
            return None
        return time

    def _dating(
        self,
        view: SentenceView,
        starts: Sequence[int],
        times: Sequence[TimeExpression],
        clause_of: list[int],
        aside: set[int],
        reported: set[int],
    ) -> dict[int, int]:
        """The sentence's ``times`` by start offset: -1 for those that date a reporting verb's
        clause (``reported``: the clauses with a reporting verb), which therefore date
        nothing else."""
        # How many quotation marks precede each token: a time inside a quotation dates
        # nothing outside it ("'... a better offer this year,' he said at a conference").
        lower = view.lower
        if _QUOTE_MARKS.isdisjoint(lower):
            self._quotes = [0] * len(lower)  # most sentences: no quotation mark
        else:
            self._quotes = list(
                itertools.accumulate((w in _QUOTE_MARKS for w in lower[:-1]), initial=0)
            )
        out: dict[int, int] = {}
        for time in times:
            index = min(bisect.bisect_left(starts, time.span.start), len(starts) - 1)
            clause = clause_of[index]
            if time.span.start in aside:
                out[time.span.start] = _ASIDE
            else:
                out[time.span.start] = -1 if clause in reported else self._quotes[index]
        return out

    def _free_times(
        self,
        times: Sequence[TimeExpression],
        tokens: Sequence[Token],
        starts: Sequence[int],
        found: list[Found],
        clause_of: list[int],
        with_events: set[int],
        aside: set[int],
        speakers: set[int],
    ) -> dict[int, TimeExpression]:
        """Times in clauses without an event of their own, by the event they date.

        One before every trigger ("Last year, a dispute lasted ... and cost ...") dates the
        whole sentence (key -1); a later one in the clause right after an event's clause
        ("... diverted to Rotterdam since Thursday") dates that event.
        """
        out: dict[int, TimeExpression] = {}
        trigger_starts = [tokens[f.first].start for f in found]
        for time in times:
            index = min(bisect.bisect_left(starts, time.span.start), len(tokens) - 1)
            clause = clause_of[index]
            if clause in with_events or time.span.start in aside:
                continue
            before = bisect.bisect_left(trigger_starts, time.span.start) - 1
            gap = clause - clause_of[found[before].first] if before >= 0 else 0
            # "stormed Kivelo, a village north of Goma, on Tuesday night": one
            # apposition without a verb of its own may come between.
            if gap <= 1 or (
                gap == 2
                and clause - 1 not in with_events | speakers
                and _comma_clauses(clause_of, index, tokens)
            ):
                out.setdefault(before, time)
        return out

    def _participants(
        self,
        view: SentenceView,
        sentence: Span,
        args: list[Arg],
        trigger: Span,
        main: Subject | None,
        reporter: Subject | None = None,
        speaker: Speaker | None = None,
    ) -> tuple[Participant, ...]:
        out: list[Participant] = []
        seen: set[tuple[str, ParticipantRole]] = set()
        first_person = word_class("first_person") if speaker is not None else frozenset()
        if speaker is not None and speaker.kind in (EntityKind.ORGANIZATION, EntityKind.GROUP):
            # '"We arrested three men," police said': "we" of a body is that body.
            first_person = first_person | word_class("first_plural")
        for arg in args:
            if (
                speaker is not None
                and arg.end - arg.start == 1
                and view.lower[arg.start] in first_person
            ):
                # "I've paid £9,250 a year," she said: "I" in a claim is its speaker.
                key = (speaker.name.lower(), arg.role)
                if key not in seen:
                    seen.add(key)
                    token = view.tokens[arg.start]
                    span = Span(token.start, token.end)
                    out.append(
                        Participant(name=speaker.name, role=arg.role, span=span, kind=speaker.kind)
                    )
                continue
            led = _led_team(view, arg, trigger)
            if led is not None:
                # "A team led by Lars Holm from the University of Tromso discovered":
                # the team is the agent, named by its whole phrase (leader and home).
                span = Span(view.tokens[led[0]].start, view.tokens[led[1] - 1].end)
                key = (self.document.slice(span).lower(), arg.role)
                if key not in seen:
                    seen.add(key)
                    out.append(
                        Participant(
                            name=self.document.slice(span),
                            role=arg.role,
                            span=span,
                            kind=EntityKind.GROUP,
                        )
                    )
                continue
            tokens = view.tokens[arg.start : arg.end]
            whole = enclosing_name(self.document, Span(tokens[0].start, tokens[-1].end))
            if whole is not None:
                # "The Bureau of Alcohol, Tobacco and Firearms raided": one name, listed.
                tokens = self.document.tokens_in(whole)
            if _team(view, arg.start, arg.end) and main is not None and _named(view, main, arg):
                # "Dunmore Rovers had led, but the team lost": the sentence's own subject.
                tokens = view.tokens[main.start : main.end]
            elif _their_they(view, arg, main):
                # "Two developers pleaded guilty after they testified": the sentence's
                # own plural subject, not a group named earlier in the article.
                assert main is not None
                tokens = view.tokens[main.start : main.end]
            if _digit_count(view, arg):
                # "and at least 46 injured": a bare count of people names them as written.
                span = Span(tokens[0].start, tokens[-1].end)
                key = (self.document.slice(span).lower(), arg.role)
                if key not in seen:
                    seen.add(key)
                    name = self.document.slice(span)
                    kind = EntityKind.UNKNOWN
                    out.append(Participant(name=name, role=arg.role, span=span, kind=kind))
                continue
            # "found him guilty": the pronoun inside the trigger is its patient.
            inside = arg.end - arg.start == 1 and view.tokens[arg.start].start > trigger.start
            names = self._names(tokens, sentence)
            if (
                arg.start == 0
                and arg.end == 1
                and arg.role is ParticipantRole.AGENT
                and view.lower[0] == "they"
                and (before := self._they(names, sentence)) is not None
            ):
                names = (before,)
            spoke = self._spoke.get(tokens[0].start) if len(tokens) == 1 else None
            if spoke is None and len(tokens) == 1:
                spoke = self._said_speaker(tokens[0], names, sentence)
            if spoke is not None and arg.role is ParticipantRole.AGENT:
                # '"It was a pattern," she told the BBC', "He argued that ...": the speaker
                # the claims stage found, not the last person named before the pronoun.
                names = (spoke,)
            for named in names:
                key = (named.name.lower(), arg.role)
                if key in seen or _few_letters(named.name):
                    continue
                if named.span.overlaps(trigger) and not inside:
                    continue  # "S" of "S$250,000" is no participant
                if (
                    speaker is not None
                    and named.name == speaker.name
                    and arg.end - arg.start == 1
                    and self._quotes[arg.start] % 2 == 1
                ):
                    # "betrayed the people he was elected to serve," the judge said: a
                    # "he" in a quote is someone the speaker tells of, when there is one.
                    other = other_person(self.document, view.tokens[arg.start], speaker.name)
                    if other is not None:
                        named = other
                        key = (named.name.lower(), arg.role)
                        if key in seen:
                            continue
                if arg.role is not ParticipantRole.AGENT and _self_pronoun(view, arg, named, out):
                    # "Police arrested them": not the police themselves; "the maker said
                    # Brenner had approached it": the one who says so.
                    other = self._reporter(view, sentence, reporter, arg, named)
                    if other is None:
                        continue
                    named = other
                    key = (named.name.lower(), arg.role)
                    if key in seen:
                        continue
                elif arg.role is not ParticipantRole.AGENT and self._is_agent(named, out):
                    # "The drivers' union, Unite, accused the company": a description
                    # read as the agent's own apposition is someone else, kept as written.
                    written = as_described(self.document, tokens)
                    if written is not None:
                        # The phrase reads so for every event ("of cutting" too).
                        self._named[(tokens[0].start, tokens[-1].end)] = (written,)
                        self._named[(tokens[0].start, written.span.end)] = (written,)
                        named = written
                    key = (named.name.lower(), arg.role)
                    if key in seen:
                        continue
                seen.add(key)
                out.append(
                    Participant(name=named.name, role=arg.role, span=named.span, kind=named.kind)
                )
        return tuple(out)

    def _they(self, names: Sequence[Named], sentence: Span) -> Named | None:
        """Who a "They" opening the sentence stands for when the registry's guess is
        named in no subject of the sentence before ("Protesters gathered outside the
        relatives' home. They yelled and wept": the protesters, not the relatives): the
        plural agent of that sentence's first verb."""
        doer = self._first_agent.get(self._previous_sentence)
        if doer is None or doer.span is None or not _plural_name(doer):
            return None
        text = self.document.text
        for named in names:
            if self._previous_sentence <= named.span.start < sentence.start and not (
                text.startswith(("'", "’"), named.span.end)
            ):
                return None  # the registry found it in the sentence before, no owner
        return Named(doer.name, doer.span, doer.kind)

    def _object_place(
        self, view: SentenceView, args: Sequence[Arg], sentence: Span, bare: bool, trigger: int
    ) -> tuple[Located | None, bool] | None:
        """ "toured Bawku", "reached Bolgatanga": a place name as the object of a visit
        (``bare``: a trigger flagged @at) is where it happens (not a person or an
        organisation: "visited Macron"); so is "the village of Kabeya" as the object of
        any physical happening ("gunmen stormed the village of Kabeya")."""
        for arg in args:
            if arg.role is not ParticipantRole.PATIENT:
                continue
            tokens = view.tokens[arg.start : arg.end]
            if arg.start <= trigger:
                continue  # "Kolkata airport suspended operations before reopening"
            if bare and _for_name(view, arg.end):
                continue  # "Hazard left Chelsea for Real Madrid": a club, not a place
            if tokens and tokens[0].text.lower() in ("a", "an"):
                stretch = _stretch_of_facility(view, arg, self.document)
                if stretch is not None:
                    return stretch, False
                # "attacked a Lagos market", "evacuated a Munich train station": Lagos.
                site = described_place(view, arg.start + 1, self.document)
                if site is not None and site[3] and site[1] <= arg.end:
                    span = Span(view.tokens[site[0]].start, view.tokens[site[1] - 1].end)
                    return Located(self.document.slice(span), span), False
                continue
            if tokens and tokens[0].text.lower() == "the":
                tokens = tokens[1:]
            if (
                len(tokens) > 2
                and tokens[0].text in word_class("place_whole_words")
                and tokens[1].text == "of"
            ):
                tokens = tokens[2:]  # "hit all of Cuba": Cuba
            if tokens and facility_object(view, arg.end - len(tokens), arg.end, self.document):
                # "raided Al-Shifa hospital", "shelled the Zaporizhzhia nuclear plant".
                span = Span(tokens[0].start, tokens[-1].end)
                return Located(self.document.slice(span), span), False
            k = 0
            while k < len(tokens) - 1 and tokens[k].text in word_class("place_adjective"):
                k += 1  # "the coastal district of Khulna"
            if k and (
                tokens[k].text in word_union("place_noun", "settlement", "place_head")
                or tokens[k].text[:1].isupper()
            ):
                tokens = tokens[k:]  # "pummelled southern Spain", "the northeastern city of"
            tokens = _past_settlement_name(tokens)
            if len(tokens) > 1 and tokens[0].text in town_nouns() and tokens[1].text[:1].isupper():
                tokens = tokens[1:]  # "struck the capital Kyiv", "an attack on the port city Odesa"
            region = False
            if len(tokens) > 1 and tokens[-1].text in word_union("place_noun", "place_head"):
                # "battered Mozambique's Cabo Delgado province": the name before it.
                tokens, region = tokens[:-1], tokens[0].text[:1].isupper()
            if (
                len(tokens) > 2
                and tokens[0].text
                in word_union("place_noun", "part_noun", "settlement", "place_head")
                and tokens[1].text == "of"
            ):
                # "the village of Kabeya", "parts of Dubai", "a strike on the port of Odesa",
                # "attacked the coastal county of Lamu"
                tokens = tokens[2:]
            elif not bare:
                continue
            if not tokens or not all(
                t.text[:1].isupper() and (t.text.isalpha() or (k == 0 and _owner_name(t.text)))
                for k, t in enumerate(tokens)
            ):
                continue
            if len(tokens) == 1 and _owner_name(tokens[0].text):
                owner = next(k for k in range(arg.start, arg.end) if view.tokens[k] is tokens[0])
                if not _region_after(view, owner + 1):
                    continue  # "left Houston's downtown arena": an owner, not the place left
                # "struck Nepal's remote far west": Nepal.
                span = Span(tokens[0].start, tokens[0].end - 2)
                return Located(self.document.slice(span), span), False
            named = self._names(tokens, sentence)
            # "the Velta region": a place noun after the name makes it a place.
            region = region or (
                arg.end < len(view.lower) and view.lower[arg.end] in word_class("place_noun")
            )
            if len(named) == 1 and (
                region or named[0].kind in (EntityKind.UNKNOWN, EntityKind.ANONYMOUS)
            ):
                span = Span(tokens[0].start, tokens[-1].end)
                return Located(self.document.slice(span), span), False
        return None

    def _place(
        self, view: SentenceView, found: Found, clause: int, places: PlaceIndex
    ) -> tuple[Located | None, bool] | None:
        """The place named for the event (``None`` for one described without a name, "in
        the border region"), and whether it is where something went to."""
        # Where people or troops were sent to places them ("deployed troops to Bulenga").
        goals = found.trigger.goal_place or found.trigger.type in (
            EventType.MOVEMENT,
            EventType.MILITARY,
        )
        best = places.nearest(clause, found.first, goals)
        if not goals and not found.as_noun and found.trigger.type in _PHYSICAL:
            # "the cyclone slammed into Bangladesh": what it hit is where it happened.
            into = places.right_after(clause, found.last)
            if into is not None and view.lower[into.prep] in _INTO:
                best = into._replace(goal=False)
        if best is None and not goals and not found.as_noun:
            best = _goal_before(view, found, places.nearest(clause, found.first, True))
        if best is None:
            return None
        if _said_place(view, found, best.prep):
            return None  # "warned that farmers in Iowa could lose": the content's place
        if not goals and not found.as_noun and _purpose_between(view, found.last, best.prep):
            return _PURPOSE_PLACE  # "won a scholarship to study in London": the study's
        if not best.named:
            return None, False
        return self._located(view, best), best.goal

    def _owner_place(self, view: SentenceView, f: Found) -> tuple[Located | None, bool] | None:
        """The place named by a possessive before the event noun ``f``, past a few
        lower-case words ("Zambia's worst cholera outbreak", "Japan's deadliest
        earthquake"); not a person's or organisation's ("the company's fire sale")."""
        k = f.first - 1
        while k >= 0 and f.first - k <= _OWNER_REACH:
            text = view.tokens[k].text
            if not (text.isalpha() and text.islower()) or k in view.verbs:
                break
            if view.lower[k] in word_union("det", "prep", "clause", "aux"):
                return None
            k -= 1
        if k < 0 or k == f.first - 1 - _OWNER_REACH:
            return None
        text = view.tokens[k].text
        if not (text.endswith(("'s", "’s")) and text[:1].isupper() and text[:-2].isalpha()):
            return None
        if k in view.blocked:
            return None  # "Sunday's presidential election": a time
        start = k
        while start > 0 and _capitalised_word(view.tokens[start - 1].text):
            start -= 1
        span = Span(view.tokens[start].start, view.tokens[k].end - 2)
        # The registry reads people, bodies and groups, not places ("Tanaka's death").
        if self.document.memo("events.registry", mentions).resolve(span) is not None:
            return None
        return Located(self.document.slice(span), span), False

    @staticmethod
    def _site(
        sites: Sequence[tuple[int, Located]], clause_of: Sequence[int], clause: int, index: int
    ) -> tuple[Located | None, bool] | None:
        """The facility named earlier in the paragraph that "in the mine" of ``clause``
        points back to, nearest token ``index``."""
        own = [(abs(k - index), where) for k, where in sites if clause_of[k] == clause]
        return (min(own, key=lambda pair: pair[0])[1], False) if own else None

    def _located(self, view: SentenceView, mention: PlaceMention) -> Located:
        """The name of a place mention, or of the facility named right before its word
        of nearness ("the San José mine near Copiapó": the mine)."""
        start = facility_before(view, mention.prep, self.document)
        first = mention.start if start is None else start
        last = mention.end - 1 if start is None else mention.prep - 1
        end = view.tokens[last].end - (2 if mention.owned and start is None else 0)
        span = Span(view.tokens[first].start, end)
        return Located(self.document.slice(span), span)


_WORDS = re.compile(r"[A-Za-z]+")
_DEADLINE = frozenset({"by", "until", "till"})
_UNTIL = frozenset({"until", "till", "through"})
# How many later triggers (and, times four, tokens) a look-ahead scans: keeps each
# sentence linear however many triggers it has.
_LOOKAHEAD = 8
# Happenings that take place where they strike ("crashed into", "swept across").
_PHYSICAL = frozenset({EventType.CONFLICT, EventType.OTHER})
_INTO = frozenset({"into", "onto", "across"})
# What ``_place`` gives a verb whose clause names a place only for a purpose infinitive
# after it ("won a scholarship to study in London"): no place, none carried or shared (a
# goal's flag keeps it from being passed on), the lead's dateline still allowed.
_PURPOSE_PLACE: tuple[Located | None, bool] = (None, True)


# "a team led by Lars Holm": the verbs by which a group's leader (a ``team`` or
# ``led_group`` noun of event_grammar.txt) may stand in its place.
_LED = frozenset({"led", "headed"})


def _stretch_of_facility(view: SentenceView, arg: Arg, document: Document) -> Located | None:
    """The facility of "a section of the Kakhovka Dam", "a part of the Baiji refinery" as
    an object: the stretch is a part of the place it names."""
    lower = view.lower
    along = word_class("place_along")
    for k in range(arg.start + 1, min(arg.end - 2, arg.start + _LOOKAHEAD)):
        if lower[k] in along and lower[k + 1] == "of":
            start = k + 3 if lower[k + 2] == "the" else k + 2
            if start < arg.end and facility_object(view, start, arg.end, document):
                tokens = view.tokens
                span = Span(tokens[start].start, tokens[arg.end - 1].end)
                return Located(document.slice(span), span)
            return None
    return None


def _past_settlement_name(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "the Black Sea port of Izmail", "the Texas city of Uvalde": from the settlement's
    noun on, past the capitalised words that only say where the town lies (a region's "of"
    names what contains it, "the Arequipa region of Peru", and is left alone)."""
    k = 0
    while k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
        k += 1
    if (
        k > 0
        and k + 2 < len(tokens)
        and tokens[k].text in word_class("settlement")
        and tokens[k + 1].text == "of"
        and tokens[k + 2].text[:1].isupper()
    ):
        return tokens[k:]
    return tokens


def _small_clause(objects: Sequence[Arg], subject: Subject, f: Found) -> bool:
    """Whether ``subject`` is the object of the verb just before and ``f`` a participle
    right after it ("ordered schools closed", "declared the area evacuated"): a small
    clause inside that verb's phrase (not "set off landslides that buried homes")."""
    return (
        f.kind == "ed"
        and subject.end == f.first
        and any(a.start <= subject.start and subject.end <= a.end for a in objects)
    )


def _token_at(starts: Sequence[int], span: Span) -> int:
    """The index of the sentence token where ``span`` starts (-1 before the sentence)."""
    return bisect.bisect_right(starts, span.start) - 1 if span.start >= starts[0] else -1


# How far from a verb of telling its own words are looked over (a bound that keeps a
# sentence of many tellings linear).
_TELLING_REACH = 30


def _telling_reach(
    view: SentenceView, found: Found, args: Sequence[Arg], subject: Subject | None
) -> tuple[int, int]:
    """The tokens that tell of a telling itself, not of what it reports: from the comma
    before its subject when a clause stands before it ("ran out of beds on Wednesday, a
    nurse told AFP"; not "On Tuesday, he told"), to "that" or to the reported clause
    right after the one told ("told reporters the capsule would ...")."""
    n = len(view.lower)
    lo = 0
    if subject is not None:
        k = subject.start - 1
        while k >= 0 and view.lower[k] in word_class("det"):
            k -= 1
        while k >= 0 and view.lower[k] in _QUOTE_MARKS:
            k -= 1
        if (
            k > 0
            and view.lower[k] == ","
            and any(
                j in view.verbs or view.lower[j] in word_class("aux")
                for j in range(max(0, k - _TELLING_REACH), k)
            )
        ):
            lo = k + 1
    stop = min(n, found.last + 1 + _TELLING_REACH)
    hi = next((j for j in range(found.last + 1, stop) if view.lower[j] == "that"), n)
    told = [a.end for a in args if a.role is ParticipantRole.RECIPIENT and a.start > found.last]
    if hi == n and told and told[0] < n:
        word = view.tokens[told[0]].text
        if word.lower() in word_union("det", "pronoun") or (
            word[:1].isupper() and word.lower() not in word_class("prep")
        ):
            hi = told[0]
    return lo, hi


def _goal_before(
    view: SentenceView, found: Found, place: PlaceMention | None
) -> PlaceMention | None:
    """Where the mover went, for the purpose right after it ("flew to Kyiv to sign the
    accord": the signing is in Kyiv), as a place where it happens; else None."""
    k = found.first
    if place is None or not place.goal or k < 1 or view.lower[k - 1] != "to":
        return None
    j = k - 2  # past a time between them: "travelled to Warsaw on Monday to meet"
    while j >= place.end and (j in view.blocked or (j + 1 in view.blocked and j + 1 < k - 1)):
        j -= 1
    if j != place.end - 1 or not movement_goal(view, place.prep + 1):
        return None
    return place._replace(goal=False)


def _purpose_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether "to" and a lower-case verb stand between tokens ``start`` and ``end`` (a
    place after it is the infinitive's), after an object ("won a scholarship to study at
    the Architectural Association in London")."""
    lower = view.lower
    if "to" not in lower[start + 2 : end - 1]:
        return False  # most events: no "to" before their place
    return any(lower[k] == "to" and _infinitive(view, k + 1) for k in range(start + 2, end - 1))


def _infinitive(view: SentenceView, k: int) -> bool:
    """A bare verb after "to" that names another happening: not a result of the same one
    ("beat Sabalenka to become the champion at Melbourne Park" happened there)."""
    text = view.tokens[k].text
    return (
        text.isalpha()
        and text.islower()
        and k not in view.blocked
        and text not in word_union("det", "quantifier", "prep", "possessive_det", "adverb")
        and not text.endswith(("ing", "s"))
        and text not in word_class("result_verb")
    )


def _led_team(view: SentenceView, arg: Arg, trigger: Span) -> tuple[int, int] | None:
    """Token range of "team led by <agent> [from ...]" when ``arg`` is the leader in it
    and the phrase runs up to the trigger, else ``None``."""
    i = arg.start
    if arg.role is not ParticipantRole.AGENT or i < 3 or view.lower[i - 1] != "by":
        return None
    if view.lower[i - 2] not in _LED or view.lower[i - 3] not in word_union("team", "led_group"):
        return None
    end = arg.end
    skip = word_union("aux", "adverb")
    limit = min(len(view.tokens), arg.end + _LOOKAHEAD * 2)
    while end < limit and view.tokens[end].start < trigger.start:
        end += 1
    while end > arg.end and (view.lower[end - 1] in skip or view.lower[end - 1] == ","):
        end -= 1
    return i - 3, end


def _name_after(view: SentenceView, index: int) -> Arg:
    """The place adjectives and capitalised words right after token ``index``, as a
    patient-like argument (empty when there are none)."""
    start = end = index + 1
    n = len(view.tokens)
    # "struck the Velta region": after "the", a name only before a place noun.
    the = start < n and view.lower[start] == "the"
    if the:
        start = end = start + 1
        named = named_town(view, start)
        if named is not None:
            # "struck the capital Kyiv", "struck the coast of Crimea": the name.
            return Arg(named[0], named[1], ParticipantRole.PATIENT)
    while end < n and end - start < _LOOKAHEAD and view.lower[end] in word_class("place_adjective"):
        end += 1
    while end < n and end - start < _LOOKAHEAD and view.tokens[end].text[:1].isupper():
        end += 1
    if end == start or not view.tokens[end - 1].text[:1].isupper():
        end = start
    if the and not (end < n and view.lower[end] in word_class("place_noun")):
        end = start
    return Arg(start, end, ParticipantRole.PATIENT)


_SCORE = re.compile(r"\d{1,2}-\d{1,2}\Z")


def _event_type(
    view: SentenceView,
    found: Found,
    sporty: bool,
    found_args: Sequence[Participant],
    document: Document,
    subject_words: Sequence[str] = (),
) -> EventType:
    """The trigger's type, unless its words say otherwise: a game's result ("beat Lincoln
    3-1"), harm done by a natural force ("the storm killed 14 people": a disaster, not
    violence), or a loss or win of a non-economic happening ("lost a confidence vote")."""
    if _sporting(view, found, sporty):
        return EventType.OTHER
    kind = found.trigger.type
    if not found.as_noun and _left_harmed(view, found):
        kind = EventType.CONFLICT  # "the shelling left 30 people dead": a killing
    if kind is EventType.CONFLICT and not found.as_noun:
        for arg in found_args:
            if arg.role is ParticipantRole.AGENT and _natural_force(document.slice(arg.span)):
                return EventType.OTHER
            if arg.role is ParticipantRole.PATIENT and _head_word(
                document.slice(arg.span)
            ) in word_class("fought_force"):
                return EventType.OTHER  # "firefighters battled the blaze": no violence
    if (
        kind is EventType.ECONOMIC
        and found.trigger.undergoer
        and not found.as_noun
        and any(_natural_force(document.slice(arg.span)) for arg in found_args)
    ):
        return EventType.OTHER  # "the fire jumped the river": a force of nature, no price
    if _plea(view, found):
        return EventType.LEGAL  # "pleaded (not) guilty": a plea in court
    if found.trigger.lemma in word_class("object_typed") and not found.as_noun:
        typed = _object_event_type(view, found.last + 1)
        if typed is not None:
            return typed
    return _object_typed(view, found, subject_words) or kind


def _object_typed(
    view: SentenceView, found: Found, subject_words: Sequence[str]
) -> EventType | None:
    """A type the trigger takes from the words around it: a figure reached ("hit a
    record": economic or other), a penalty received ("received four-year sentences":
    legal), a press conference (statement), a result left ("leaving 40 ships waiting":
    other), an event returned to ("return to talks": that event's type)."""
    lower = view.lower
    word = lower[found.first]
    after = found.last + 1
    if found.as_noun:
        press = found.first > 0 and lower[found.first - 1] in word_class("press_modifier")
        call = after < len(lower) and lower[after] in word_class("press_call")
        if (press or call) and found.trigger.type is not EventType.STATEMENT:
            return EventType.STATEMENT  # "told a news conference", "a conference call"
        return None
    if found.trigger.lemma in word_class("market_verb") and not word_class(
        "economic_measure"
    ).isdisjoint(subject_words):
        return EventType.ECONOMIC  # "shares rallied", "the pound recovered"
    if word in word_union("level_verb", "forecast_verb") and _forecast_after(view, after):
        return EventType.ECONOMIC  # "beating analysts' expectations", "missed forecasts"
    if word in word_class("level_verb") and _level_object(view, after):
        economic = word_class("economic_measure")
        return EventType.ECONOMIC if any(w in economic for w in subject_words) else EventType.OTHER
    if word in word_class("penalty_verb"):
        head = _object_head(view, after)
        if head is not None and lower[head] in word_class("penalty_noun"):
            return EventType.LEGAL  # "received four-year sentences"
    if found.trigger.lemma in word_class("result_leave") and (
        _result_after(view, after) or left_without(view, after)
    ):
        return EventType.OTHER  # "leaving more than 40 ships waiting", "left 900 without power"
    if (
        found.trigger.lemma in word_class("upset_verb")
        and _no_object(view, after)
        and not (found.first > 0 and lower[found.first - 1] in word_class("be"))
        and not (after < len(lower) and lower[after] == "by")
        and not word_class("upset_vehicle").isdisjoint(subject_words)
    ):
        return EventType.OTHER  # "a bus overturned near Lahore": an accident, no ruling
    if word in word_class("drop_verb"):
        head = _object_head(view, after)
        if head is not None and lower[head] in word_class("case_noun"):
            return EventType.LEGAL  # "dropped the charges", "withdrew the lawsuit"
        if head is not None and lower[head] in word_class("plan_noun"):
            return EventType.OTHER  # "dropped plans to raise taxes": a decision, no price
        passive = found.first > 0 and lower[found.first - 1] in word_class("be")
        if passive and subject_words and subject_words[-1] in word_class("case_noun"):
            return EventType.LEGAL  # "the lawsuit was dropped"
    if word in word_class("charge_verb"):
        head = _object_head(view, after)
        if (
            head is not None
            and lower[head] in word_class("crowd_noun")
            and lower[after] in word_class("det")
            and not any(lower[k][:1].isdigit() for k in range(after, head))
            and (
                head + 1 == len(lower)
                or lower[head + 1] not in word_class("charge_prep")
                # "charged the crowd with batons": the means, no accusation
                or (
                    lower[head + 1] == "with"
                    and head + 2 < len(lower)
                    and lower[head + 2] in word_class("charge_means")
                )
            )
        ):
            # "police charged the demonstrators": no accusation; a count is one ("charged
            # 23 protesters following the clashes"), as is a bare plural.
            return EventType.CONFLICT
    if (
        word in word_class("search_verb")
        and found.trigger.type is EventType.LEGAL
        and _rescue_search(view, after, subject_words)
    ):
        return EventType.OTHER  # "rescuers were searching the rubble": no police search
    if (
        found.trigger.lemma in word_class("return_to")
        and after + 1 < len(lower)
        and lower[after] == "to"
    ):
        return _object_event_type(view, after + 1)  # "return to talks": diplomacy
    if word in word_class("dismiss_verb") and (
        _dismissed(view, after) or _dismissed_passive(view, found, subject_words)
    ):
        return EventType.OTHER  # "fired its chief executive": a dismissal, not violence
    return None


def _no_object(view: SentenceView, start: int) -> bool:
    """Whether nothing that could be an object follows at ``start``: the end, a mark, a
    preposition, a clause word or a time."""
    if start >= len(view.lower) or start in view.blocked:
        return True
    word = view.lower[start]
    return not word[:1].isalnum() or word in word_union("prep", "clause")


def _dismissed(view: SentenceView, start: int) -> bool:
    """Whether the object at ``start`` of "fired" is a person: a job or staff noun as its
    head ("its chief executive", "200 workers"), "him"/"her", or a name of at most three
    words ("Altman"); weapons, shots and "at" leave the firing a shooting."""
    head = _object_head(view, start)
    if head is None:
        return False
    people = word_class("dismissed_head")
    if any(view.lower[k] in people for k in range(start, head + 1)):
        return True  # "fired coach Marco Silva"
    lower = view.lower
    if lower[head] in word_class("predeterminer") and tuple(lower[head + 1 : head + 2]) == ("of",):
        later = _object_head(view, head + 2)  # "fired half of its staff"
        return later is not None and any(lower[k] in people for k in range(head + 2, later + 1))
    if head + 1 < len(lower) and lower[head + 1] in word_class("fired_into"):
        return False  # "fired Katyushas into northern Israel": a weapon fired somewhere
    return head - start < 3 and all(
        is_capitalised(view.tokens[k].text) for k in range(start, head + 1)
    )


def _dismissed_passive(view: SentenceView, found: Found, subject_words: Sequence[str]) -> bool:
    """Whether "was fired" has a person for its subject ("the coach was fired", "she was
    fired in 2019"), not shots, nor someone "fired on"."""
    lower = view.lower
    if found.first == 0 or lower[found.first - 1] not in word_class("be"):
        return False
    if found.last + 1 < len(lower) and lower[found.last + 1] in word_class("fired_upon"):
        return False  # "they were fired on": a shooting
    people = word_union("dismissed_head", "person_pronoun")
    return not people.isdisjoint(subject_words)


_OBJECT_REACH = 6


def _rescue_search(view: SentenceView, after: int, subject_words: Sequence[str]) -> bool:
    """Whether a search from token ``after`` on is a rescue, not the law's: its searcher
    rescues ("rescuers", "divers") or what it searches or seeks is what only a rescue
    seeks ("searched the rubble", "searched for survivors", "searched the woods for the
    missing boy"). Without such a sign it stays legal ("police searched his home", "his
    apartment was searched", "deputies searched the car")."""
    if not word_class("search_rescue_agent").isdisjoint(subject_words):
        return True
    lower = view.lower
    start = after + 1 if after < len(lower) and lower[after] in ("for", "through") else after
    head = _object_head(view, start)
    if head is None:
        return False
    words = list(lower[start : head + 1])
    sought = False  # "searched the lake for the missing boy", "the waters off X for ..."
    for k in range(head + 1, min(len(lower), head + 1 + 2 * _SOUGHT_REACH)):
        if not lower[k][:1].isalnum() or lower[k] in word_class("clause"):
            break
        if sought:
            words.append(lower[k])
        sought = sought or lower[k] == "for"
    return not word_class("search_rescue_sought").isdisjoint(words)


# How many words after a search's object may stand before its "for", and after "for" name
# what it seeks ("the waters off Lampedusa for dozens of migrants missing").
_SOUGHT_REACH = 6


def _object_head(view: SentenceView, start: int) -> int | None:
    """The head noun of the object at ``start`` ("four-year sentences", "a lifetime
    ban"): the last lower-case word before a preposition, a clause word or a mark."""
    ends = word_union("prep", "clause")
    head = None
    for k in range(start, min(len(view.lower), start + _OBJECT_REACH)):
        text = view.tokens[k].text
        if view.lower[k] in ends or not (text[:1].isalnum() or text[:1] in "$€£"):
            break
        head = k
    return head


_FORECAST_REACH = 5


def _forecast_after(view: SentenceView, start: int) -> bool:
    """Whether a forecast noun heads the object at ``start`` ("analysts' expectations",
    "Wall Street's forecasts", "the consensus estimate"), before any preposition or clause
    word."""
    ends = word_union("prep", "clause")
    nouns = word_class("forecast_noun")
    for k in range(start, min(len(view.lower), start + _FORECAST_REACH)):
        word = view.lower[k]
        if word in nouns:
            return True
        if word in ends or k in view.verbs or word in (",", ";", ".", ":"):
            return False
    return False


def _level_object(view: SentenceView, start: int) -> bool:
    """Whether the object at ``start`` is a level or an amount ("a record", "the previous
    high", "41,200 megawatts", "$100 a barrel")."""
    lower = view.lower
    skip = word_union("det", "quantifier", "adverb")
    for k in range(start, min(len(lower), start + _OBJECT_REACH)):
        word = lower[k]
        if word in word_class("level_noun"):
            return True
        if word[:1].isdigit() or word[:1] in "$€£":
            return k == start or lower[k - 1] in skip  # "41,200 megawatts", "a record 5%"
        text = view.tokens[k].text
        if word in skip or (text[:1].isalpha() and text.islower() and k < start + 3):
            continue  # "the previous", "an all-time"
        return False
    return False


def _result_after(view: SentenceView, start: int) -> bool:
    """Whether an object and a participle follow ("leaving more than 40 ships waiting",
    "left them stranded"): a plural or pronoun object right before an "-ing" word."""
    lower = view.lower
    for k in range(start + 1, min(len(lower), start + _OBJECT_REACH + 2)):
        word = lower[k]
        if not word[:1].isalnum() or (word in word_union("prep", "clause") and word != "of"):
            return False
        before = lower[k - 1]
        if (word.endswith("ing") or word == "stranded") and (
            before in word_class("object_pronoun") or (before.endswith("s") and k - 1 > start)
        ):
            return True
    return False


def _plea(view: SentenceView, found: Found) -> bool:
    """Whether a verb of pleading enters a plea ("pleaded guilty", "pleads not guilty"),
    which makes it a court act rather than a statement."""
    if found.as_noun or found.trigger.lemma not in word_class("plea_verb"):
        return False
    lower = view.lower
    k = found.last + 1
    if k < len(lower) and lower[k] == "not":
        k += 1
    return k < len(lower) and lower[k] in word_class("plea")


def _left_harmed(view: SentenceView, found: Found) -> bool:
    """Whether a verb of leaving reports harm ("left 30 people dead", "left two
    injured"), not a departure: a harm word within a few tokens after it."""
    if found.trigger.lemma not in word_class("leave_harm"):
        return False
    harmed = word_class("harmed")
    ends = word_union("prep", "clause")
    lower = view.lower
    for k in range(found.last + 1, min(len(lower), found.last + 2 + _LOOKAHEAD // 2)):
        if lower[k] in harmed:
            # ending the phrase ("left 30 people dead in Kherson"), not "the dead city"
            return k + 1 == len(lower) or not lower[k + 1].isalpha() or lower[k + 1] in ends
    return False


def _head_word(phrase: str) -> str:
    """The last word of a phrase, lower-cased and without trailing punctuation."""
    words = phrase.lower().split()
    return words[-1].strip(".,;:'\"’”") if words else ""


def _natural_force(phrase: str) -> bool:
    """Whether the phrase is a disaster or a force of nature ("the storm", "floodwaters",
    "a magnitude 6.2 earthquake"): an event noun typed other, or a listed force."""
    head = _head_word(phrase)
    if head in word_class("natural_force"):
        return True
    return any(
        form.trigger.type is EventType.OTHER and _noun_form(form)
        for form in form_table().get(head, ())
    )


def _noun_form(form: Form) -> bool:
    """Whether the word form can be its trigger's noun ("vote" of a verb-and-noun)."""
    return form.trigger.noun and form.kind in ("noun", "plural", "base", "s")


def _object_event_type(view: SentenceView, start: int) -> EventType | None:
    """The type of the event noun heading the object at ``start`` ("a confidence vote",
    "the election"), skipping determiners and lower-case modifiers; None if there is none."""
    skip = word_union("det", "quantifier", "adverb")
    for k in range(start, min(len(view.lower), start + 4)):
        word = view.lower[k]
        forms = [f for f in form_table().get(word, ()) if _noun_form(f)]
        if forms:
            # "launched a charm offensive": a set phrase names no event to type by;
            # "launched a bid to seize": an intention, typed by its infinitive
            intent = view.lower[k] in word_class("intent_noun") and tuple(
                view.lower[k + 1 : k + 2]
            ) == ("to",)
            return None if intent or in_formulas(view.lower)[k] else forms[0].trigger.type
        if word in skip or (view.tokens[k].text.isalpha() and view.tokens[k].text.islower()):
            continue
        return None
    return None


def _sporting(view: SentenceView, found: Found, sporty: bool) -> bool:
    """Whether a fight word reports a game ("the Tigers beat Lincoln 3-1", "beat Santos
    in the semi-final"): a score right after it or a sports word in its sentence
    (``sporty``) makes it a result (type other), not violence."""
    if found.trigger.type is not EventType.CONFLICT or found.as_noun:
        return False
    window = view.lower[found.last + 1 : found.last + 1 + _LOOKAHEAD // 2]
    return sporty or any(_SCORE.match(w) for w in window)


def _digit_count(view: SentenceView, arg: Arg) -> bool:
    """Whether ``arg`` is a bare count in digits ("10", "at least 46"), which the name
    registry does not name."""
    last = view.lower[arg.end - 1]
    return (
        last[:1].isdigit()
        and last.replace(",", "").isdigit()
        and all(w in word_class("quantifier") for w in view.lower[arg.start : arg.end - 1])
    )


def _few_letters(name: str) -> bool:
    """Whether the name has no letter or fewer than two letters and digits ("S" of
    "S$250,000" is none; "M23" is one); stops at the second."""
    if name[:2].isalpha() and len(name) >= 2:
        return False  # most names: two letters to start with
    letters = alnum = 0
    for c in name:
        if c.isalnum():
            alnum += 1
            letters += c.isalpha()
            if letters and alnum >= 2:
                return False
    return True


def _deadline(text: str, time: TimeExpression) -> bool:
    """Whether the time is a deadline ("by the end of the week", "until Friday")."""
    return _after_word(text, time, _DEADLINE)


def _after_word(text: str, time: TimeExpression, words: frozenset[str]) -> bool:
    """Whether the word right before the time is one of ``words`` ("until", "since"), past
    a hedge ("until at least Friday", "since at least 2019")."""
    before = text[max(0, time.span.start - _WORD_REACH) : time.span.start].lower().split()
    hedge = word_class("time_hedge")
    while len(before) > 1 and before[-1] in hedge:
        before.pop()
    return bool(before) and before[-1] in words


# How far before a time its preposition may stand, a hedge between ("until at least").
_WORD_REACH = 20


# How far before "since" a superlative may stand ("the youngest women's champion at
# Melbourne Park since 1997").
_COMPARISON_REACH = 60
# After a determiner only: "at least 20 people", "most of the residents" are counts.
# An ordinal counts too, only as "the Nth time" or "the Nth to": "postponed for the
# second time since March", "the third to hit Greece since June" (not "The second suspect
# has been detained since March").
_SUPERLATIVE = re.compile(
    r"\b(?:the|its|their|his|her)\s+"
    r"(?:(\w+est)|first|most|least|(?:second|third|fourth|fifth)\s+(?:time|to))\b",
    re.I,
)


def _ends_it(text: str, time: TimeExpression) -> bool:
    """Whether the time ends the happening ("hid until dawn", "open through Friday"), not
    a part of the day it went on through ("gathered outside through the morning")."""
    if not _after_word(text, time, _UNTIL):
        return False
    if time.type is not TimeType.TIME or _CLOCK.search(time.value) is not None:
        return True
    return _after_word(text, time, _DEADLINE)


def _moved_to(text: str, time: TimeExpression) -> bool:
    """Whether the time follows "to" ("backdated to July 14", "pushed back to March"):
    where the happening moves something in time, not when it happened."""
    return _after_word(text, time, _TO)


_TO = frozenset({"to"})
_SHIFT_WORDS = frozenset({"later", "earlier", "after", "before"})


def _shifts(text: str, time: TimeExpression) -> bool:
    """Whether a duration is followed by a word that counts it from another time ("16
    minutes later", "three weeks after a valve failed")."""
    after = text[time.span.end : time.span.end + 9].split()
    return bool(after) and after[0].lower().strip(",.") in _SHIFT_WORDS


def _comparison(text: str, time: TimeExpression) -> bool:
    """Whether the time ends a comparison ("its weakest level since 2020", "the first
    final since 1997", "for the second time since March", "the highest ever recorded
    there in November"): it measures a record, and dates no happening."""
    window = text[max(0, time.span.start - _COMPARISON_REACH) : time.span.start]
    window = window[window.rfind(".") + 1 :]
    if not _after_word(text, time, _SINCE):
        # "the highest ever recorded in the capital in November": a record's month.
        ever = _EVER.search(window)
        if ever is None:
            return False  # most times
        ends = [m.end() for m in _SUPERLATIVE.finditer(window, 0, ever.start())]
        return bool(ends)
    return any(
        m.group(1) is None or m.group(1).lower() not in word_class("est_noun")
        for m in _SUPERLATIVE.finditer(window)
    )


_SINCE = frozenset({"since"})
# A superlative told as a record ("the hottest ever", "the lowest on record").
_EVER = re.compile(r"\bever\b|\bon record\b", re.IGNORECASE)
_WHEN = re.compile(r",? ?when\b", re.I)

# "from 3.3 million tonnes a year earlier", "from 210,000 in 2023": the figure a change
# is measured from, and its time (the window before the time is bounded, so the search is).
_BASELINE = re.compile(
    r"(?:\bfrom\s+[$£€]?\d[\d.,]*(?:%|[a-z]{1,3}\b)?(?:\s+[A-Za-z%]+){0,3}?\s+(?:in\s+)?"
    # "up about 9% from a year earlier", "higher than a year ago", "down 3 percent
    # compared with last year": the time the change is measured against.
    r"|\d%?(?:\s+(?:percent|per\s+cent|points?))?,?\s+(?:from|than|compared\s+(?:with|to)"
    r"|against)\s+(?:the\s+same\s+\w+\s+(?:of|in)\s+)?)\Z"
)
_BASELINE_REACH = 48
_BASELINE_WORDS = ("from", "than", "compared", "against")


_CONTENT_FOR = re.compile(
    r"\b(?:forecasts?|targets?|outlook|guidance|budgets?|estimates?|projections?|goals?)"
    r"(?:\s+[a-z]+){0,2}?\s+for\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_CONTENT_REACH = 40


def _content_for(text: str, time: TimeExpression) -> bool:
    """Whether the time is what a forecast, target or budget is for ("cut its growth
    forecast for this year", "its deficit target for 2025"), not when anything happened."""
    if not _after_word(text, time, _FOR):
        return False  # most times: no "for" right before them
    window = text[max(0, time.span.start - _CONTENT_REACH) : time.span.start]
    return _CONTENT_FOR.search(window) is not None


_FOR = frozenset({"for", "the"})


def _baseline(text: str, time: TimeExpression) -> bool:
    """Whether the time dates the figure a change is measured from ("had fallen to 1.5
    million tonnes, from 3.3 million tonnes a year earlier"), not the change."""
    lo = max(0, time.span.start - _BASELINE_REACH)
    window = text[lo : time.span.start]
    if not any(word in window for word in _BASELINE_WORDS):
        return False  # most times: no "from" before them
    if _BASELINE.search(window) is None:
        return False
    # "cut its growth forecast for this year to 2.1% from 2.5% last month": a forecast's
    # old figure has no time of its own, so the time is the cut's.
    before = text[max(0, time.span.start - _CONTENT_REACH * 2) : time.span.start]
    return _FORECAST.search(before) is None


_FORECAST = re.compile(r"\b(?:forecasts?|targets?|outlook|guidance|estimates?|projections?)\b")


def _plural_head(phrase: str) -> bool:
    """Whether a lower-case head noun in "-s" heads ``phrase`` (before any preposition):
    "the authorities in the area", "Pakistani officials"; not "The army", "Toyota"."""
    head = ""
    for word in phrase.split():
        if word in word_class("prep"):
            break
        head = word
    return head.islower() and head.endswith("s") and not head.endswith("ss")


def _said_itself(document: Document, claims: Sequence[Claim]) -> dict[int, Named]:
    """The body that said so, by the offset of the "it" or "they" that opens what it said
    ("Sun Microsystems, snapping back after its loss as a public firm, said it earned
    $5.2 million"; "the authorities in the area say they have gathered evidence"): a body
    speaking of "it" speaks of itself, not of the last body named before the pronoun.
    A person saying it is kept as the person, who is not "it" or "they" ("Ahmed Khan,
    the mayor, said they had fled")."""
    out: dict[int, Named] = {}
    bodies = {
        "it": (EntityKind.ORGANIZATION,),
        "they": (EntityKind.ORGANIZATION, EntityKind.GROUP),
    }
    for claim in claims:
        who = claim.speaker
        if who is None or who.span is None or claim.kind is not ClaimKind.INDIRECT:
            continue
        words = document.text[claim.span.start : claim.span.start + 12].split(maxsplit=2)
        skip = 1 if words[:1] == ["that"] else 0
        if len(words) <= skip or words[skip].lower() not in bodies:
            continue
        start = claim.span.start
        if skip:
            start = document.text.index(words[1], start + 4)
        said = document.slice(who.span)
        body = who.kind in bodies[words[skip].lower()] and said.lower() not in ("it", "they")
        if body and words[skip].lower() == "they" and who.kind is EntityKind.ORGANIZATION:
            # "The army said they killed six soldiers": a body named in the singular is
            # "it"; "they" is others (not so "the authorities in the area say they").
            body = _plural_head(said)
        if who.kind is EntityKind.PERSON or body:
            out[start] = Named(who.name, who.span, who.kind)
    return out


def _self_pronoun(
    view: SentenceView, arg: Arg, named: Named, before: Sequence[Participant]
) -> bool:
    """Whether an object pronoun ("them", "him") was resolved to the event's own agent,
    which only a reflexive ("themselves") can be."""
    if arg.end - arg.start != 1 or view.lower[arg.start] not in _OBJECT_PRONOUNS:
        return False
    name = named.name.lower()
    return any(p.role is ParticipantRole.AGENT and p.name.lower() == name for p in before)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us"})


def _their_they(view: SentenceView, arg: Arg, main: Subject | None) -> bool:
    """Whether ``arg`` is "they" after the sentence's subject, a plural common noun."""
    if main is None or arg.end - arg.start != 1 or view.lower[arg.start] != "they":
        return False
    if main.end > arg.start or main.end - main.start < 1:
        return False
    head = view.tokens[main.end - 1].text
    first = main.end - 1 == 0
    return (
        head.isalpha()
        and (head.islower() or (first and head[1:].islower()))
        and head.endswith("s")
        and not head.endswith("ss")
    )


def _team(view: SentenceView, start: int, end: int) -> bool:
    return (
        end - start == 2
        and view.lower[start] == "the"
        and view.lower[start + 1] in word_class("team")
    )


def _named(view: SentenceView, subject: Subject, arg: Arg) -> bool:
    """Whether a subject before ``arg`` is a proper name ("Dunmore Rovers") in the same
    report: not one who speaks about the team ("Ortega conceded ..., but he said the
    team had agreed")."""
    words = [t.text for t in view.tokens[subject.start : subject.end]]
    between = view.lower[subject.end : arg.start]
    reporting = word_class("reporting")
    return (
        subject.end <= arg.start
        and all(w[:1].isupper() for w in words)
        and not any(w in reporting for w in between)
    )


def _speaker_pronoun(
    view: SentenceView,
    args: list[Arg],
    reporter: Subject | None,
    said: dict[int, Named] | None = None,
) -> list[Arg]:
    """ "Lithuania, which borders Belarus, said it had raised ...": "it" or "they" right
    after a reporting verb is the reporting verb's subject; not when the claims stage
    found the person the reporting phrase names saying it (``said``, by the pronoun)."""
    if reporter is None or (
        reporter.end - reporter.start == 1 and view.lower[reporter.start] in word_class("pronoun")
    ):
        return args
    reporting = word_class("reporting")
    out = []
    for arg in args:
        i = arg.start
        if (
            arg.end - i == 1
            and view.lower[i] in ("it", "they")
            and i > 0
            and not _person_said(view, i, reporter, (said or {}).get(view.tokens[i].start))
            and (
                view.lower[i - 1] in reporting
                or (i > 1 and view.lower[i - 1] == "that" and _reported_that(view, i - 1))
            )
        ):
            arg = Arg(reporter.start, reporter.end, arg.role)
        out.append(arg)
    return out


def _person_said(view: SentenceView, i: int, reporter: Subject, said: Named | None) -> bool:
    """Whether the claims stage found a person saying the pronoun at ``i``, who is no "it"
    or "they" ("Ahmed Khan, the mayor, said they had fled"), where ``reporter`` is that
    person, or a plural phrase an "it" cannot be ("denied that officers had locked the
    gate, saying it"); a singular phrase before "saying" still is ("a state law that
    would have let police arrest migrants, saying it likely violated")."""
    if said is None or said.kind is not EntityKind.PERSON:
        return False
    words = Span(view.tokens[reporter.start].start, view.tokens[reporter.end - 1].end)
    plural = _plural_head(view.tokens[reporter.end - 1].text)
    return words.overlaps(said.span) or (view.lower[i] == "it" and plural)


def _reported_that(view: SentenceView, that: int) -> bool:
    """Whether "that" at ``that`` follows a reporting verb, maybe past its time ("said on
    Monday that it had")."""
    k = that - 1
    while k > 0 and that - k <= 4 and k in view.blocked:
        k -= 1
    if k < that - 1 and k > 0 and view.lower[k] in word_class("prep"):
        k -= 1  # the "on" of "on Monday"
    return k >= 0 and view.lower[k] in word_class("reporting")


def _subordinate(view: SentenceView, subject: Subject) -> bool:
    """Whether the subject opens a subordinate clause ("after ice built up")."""
    return subject.start > 0 and view.lower[subject.start - 1] in word_class("subordinator")


def _after_subordinate(view: SentenceView, index: int, inherited: Subject | None) -> bool:
    """Whether the verb at ``index`` follows ", and" with no subject of its own, right
    after a subordinate clause whose subject is ``inherited``."""
    return (
        inherited is not None
        and index >= 2
        and view.lower[index - 1] == "and"
        and view.lower[index - 2] == ","
        and inherited.end < index
        and _subordinate(view, inherited)
    )


_MODIFIER_NOUN = re.compile(r" [a-z]")
# Up to three capitalised words, then a lower-case noun: "the 2019 Khartoum accord".
_NAMED_NOUN = re.compile(r"(?: [A-Z][\w'’.-]{0,30}){1,3} [a-z]")
# A determiner or possessive right before a year that qualifies a noun ("its 2027 budget").
_OWNER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our)|['’]s) \Z", re.IGNORECASE)
_OWNER_WINDOW = 8


# How many times of asides an event may look back over for its sentence's time.
_ASIDE_SKIP = 2
# How many words of a noun phrase may stand between its determiner and the participle
# ("the previous all-time record set in").
_PARTICIPLE_NP = 4


def _begun(view: SentenceView, f: Found) -> bool:
    """Whether the event noun ``f`` is the object of a verb that only begins it ("began a
    48-hour strike", "started an indefinite sit-in"): the clause's happening, a verb's
    equal."""
    det = word_class("det")
    for k in range(f.first - 1, max(-1, f.first - 1 - _BEGUN_REACH), -1):
        word = view.lower[k]
        if word in word_class("begin_verb"):
            return k not in view.verbs and view.tokens[k].text.islower()
        if not (word in det or (word[:1].isalnum() and view.tokens[k].text.islower())):
            return False
    return False


# How many words may stand between "began" and its event noun ("began a 48-hour strike").
_BEGUN_REACH = 4


def _participle_times(
    view: SentenceView, starts: Sequence[int], times: Sequence[TimeExpression], found: list[Found]
) -> list[int]:
    """Starts of the times that a participle after a noun owns ("the record set in January
    2019", "bonds maturing in 2031"); only a time naming no day, which news of the day does
    not take from a description. A participle in "-ed" (or an irregular one) counts only
    in an object after a verb or a preposition ("beat the record set in"), since "the
    minister resigned in 2019" is a clause of its own; a participle that is a trigger is
    read by the triggers' own rules."""
    triggers = {k for f in found for k in range(f.first, f.last + 1)}
    lower = view.lower
    out = []
    for time in times:
        if _NAMED_DAY.search(time.value) is not None:
            continue
        k = bisect.bisect_left(starts, time.span.start) - 1
        if k < 2 or lower[k] not in word_class("participle_prep"):
            continue
        p = k - 1
        word = lower[p]
        if p in triggers or not view.tokens[p].text.isalpha() or not view.tokens[p].text.islower():
            continue
        ing = word.endswith("ing")
        if ing and not _participle_ing(word):
            continue  # "cut education funding in 2023": a noun, no participle
        if not (ing or word.endswith("ed") or word in word_class("irregular_participle")):
            continue
        if _noun_before(view, p - 1, triggers) and (ing or _object_phrase(view, p - 1, triggers)):
            out.append(time.span.start)
    return out


def _participle_ing(word: str) -> bool:
    """Whether an "-ing" word is a verb's participle ("maturing", "expiring"): a form of
    kind "ing" in the trigger table or a word of ``time_participle``, and no noun of a
    thing or an amount ("building", "spending")."""
    if word in word_union("thing_ing", "measure_noun"):
        return False
    return word in word_class("time_participle") or any(
        form.kind == "ing" for form in form_table().get(word, ())
    )


def _noun_before(view: SentenceView, n: int, triggers: set[int]) -> bool:
    """Whether token ``n`` reads as a common noun: lower case, no verb, no function word."""
    word = view.lower[n]
    return (
        view.tokens[n].text.isalpha()
        and view.tokens[n].text.islower()
        and n not in view.verbs
        and n not in triggers
        and not word.endswith("ed")
        and word not in word_union("det", "aux", "adverb", "prep", "subordinator", "pronoun")
        and word not in _NOT_NOUNS
    )


_NOT_NOUNS = frozenset({"and", "or", "but", "to", "that", "who", "which", "not"})


def _object_phrase(view: SentenceView, n: int, triggers: set[int]) -> bool:
    """Whether the noun at ``n`` ends a determined phrase after a verb or a preposition
    ("beat the previous record", "higher than the level")."""
    det = word_class("det")
    for j in range(n - 1, max(-1, n - 1 - _PARTICIPLE_NP), -1):
        if view.lower[j] in det:
            return j > 0 and (j - 1 in triggers or view.lower[j - 1] in word_class("prep"))
        if not view.tokens[j].text.isalpha():
            return False
    return False


def _noun_modifier(text: str, time: TimeExpression) -> bool:
    """Whether the time is one hyphenated word before a lower-case noun ("a sharp drop in
    first-quarter profit", "a third-quarter loss"), or a year after a determiner or a
    possessive ("approved the government's 2027 budget on Thursday"), names between ("than
    the 2015 Minsk agreement"): it dates the thing, not a verb."""
    words = time.text
    if " " in words:
        return False
    if _MODIFIER_NOUN.match(text, time.span.end) is not None and "-" in words:
        return True
    if _MODIFIER_NOUN.match(text, time.span.end) is None and (
        _NAMED_NOUN.match(text, time.span.end) is None
    ):
        return False
    before = text[max(0, time.span.start - _OWNER_WINDOW) : time.span.start]
    return (
        _YEAR_BEFORE_NOUN.fullmatch(words) is not None and _OWNER_BEFORE.search(before) is not None
    )


_REPORT_PREPS = frozenset({"on", "late", "early", "in", "at", "last", "this"})
# How many words of a saying's object may stand between it and its time ("told a news
# conference on Sunday", "according to a police statement on Sunday").
_SAYING_OBJECT = 4


def _reporting_time(view: SentenceView, starts: Sequence[int], time: TimeExpression) -> bool:
    """Whether a reporting verb stands right before the time, past its preposition
    ("said on Tuesday", "told reporters on Thursday morning"): the time of the saying."""
    k = bisect.bisect_left(starts, time.span.start) - 1
    while k >= 0 and view.lower[k] in _REPORT_PREPS:
        k -= 1
    if k >= 1 and view.lower[k - 1] in word_class("reporting") and view.lower[k].isalpha():
        k -= 1  # "told reporters on Thursday"
    return k >= 0 and view.lower[k] in word_class("reporting") and view.tokens[k].text.islower()


# How far after a speech act the "of" of its object may stand ("ordered the temporary
# closure of").
_OF_REACH = 6


def _object_qualified(
    view: SentenceView, starts: Sequence[int], found: Found, place: Located | None
) -> bool:
    """Whether the place after a statement or an order stands in the "of" phrase of a
    happening it has for object ("ordered the closure of markets in Lilongwe", "announced
    the evacuation of villages near Goma"): it places what was ordered or announced, not
    the saying."""
    if place is None or found.as_noun:
        return False
    if found.trigger.type is not EventType.STATEMENT and (
        view.lower[found.first] not in word_class("control")
    ):
        return False
    at = _token_at(starts, place.span)
    k = found.last + 1
    stop = min(at, k + _OF_REACH)
    while k < stop and view.lower[k] != "of":
        if not view.lower[k].isalpha() or k in view.verbs:
            return False
        k += 1
    if k >= stop or not _happening_noun(view.lower[k - 1]):
        return False  # "declared a state of emergency in Ancash", "told thousands of"
    return all(view.lower[j].isalnum() and j not in view.verbs for j in range(k, at))


_NOMINAL_ENDINGS = ("ion", "ure", "ment", "al", "ing")


def _since_only(text: str, time: TimeExpression) -> bool:
    """Whether ``time`` follows "since" and so dates only a perfect; not "since 2016, when
    Benin made a request", where the clause after it is dated by it."""
    return _after_word(text, time, _SINCE) and _WHEN.match(text, time.span.end) is None


def _group_subject(tokens: Sequence[Token], lower: Sequence[str]) -> Participant | None:
    """The people a sentence without events opens with ("Analysts were divided",
    "Residents are angry"): a capitalised plural common noun before "be" or an
    auxiliary, whom a "Some" in the next sentence stands for."""
    if len(tokens) < 3 or lower[1] not in word_class("aux"):
        return None
    text = tokens[0].text
    if not (text.isalpha() and text[1:].islower() and text[:1].isupper() and text.endswith("s")):
        return None
    if lower[0] in word_union("pronoun", "det", "quantifier", also=_PARTITIVE):
        return None
    return Participant(
        name=text,
        role=ParticipantRole.AGENT,
        span=Span(tokens[0].start, tokens[0].end),
        kind=EntityKind.GROUP,
    )


class _Marks(NamedTuple):
    """Where "that" and the modal verbs stand in a sentence (token indices, in order), so
    that asking whether one lies between two tokens costs a bisection, not a scan."""

    thats: list[int]
    modals: list[int]

    def any_that(self, start: int, end: int) -> bool:
        return _any_between(self.thats, start, end)

    def any_modal(self, start: int, end: int) -> bool:
        return _any_between(self.modals, start, end)

    def content_start(self, start: int, end: int) -> int:
        """Where what a speaker reported begins: at its "that" between ``start`` (the end
        of the speaker's name) and ``end``, else right after the reporting verb."""
        i = bisect.bisect_left(self.thats, start)
        if i < len(self.thats) and self.thats[i] < end:
            return self.thats[i]
        return min(start + 1, end)


def _marks(lower: Sequence[str]) -> _Marks:
    return _Marks(
        [i for i, word in enumerate(lower) if word == "that"],
        [i for i, word in enumerate(lower) if word in _MODAL],
    )


def _any_between(indices: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted ``indices`` lies in ``[start, end)``."""
    i = bisect.bisect_left(indices, start)
    return i < len(indices) and indices[i] < end


def _generic_plural(view: SentenceView, f: Found) -> bool:
    """Whether ``f`` is a bare plural event noun in an object's place ("urged both sides to
    return to talks", "curb departures"): not the subject of a verb after it ("cancellations
    had started", "said negotiations had gone on") nor a stretch of them ("weeks of talks")."""
    if not f.as_noun or f.kind not in ("plural", "s"):
        return False  # "refunds" of the verb-and-noun "refund" is seen as its "-s" form
    lower = view.lower
    k = f.first
    if k == 0 or f.last + 1 >= len(lower):
        return False
    after = f.last + 1
    if after in view.verbs or lower[after] in word_union("aux", "adverb"):
        return False
    before = lower[k - 1]
    # "banned weddings and funerals": the last of a list of bare plurals is one too.
    while (
        before in _COORDINATORS
        and k > 2
        and k - 2 not in view.verbs
        and lower[k - 2].endswith("s")
        and view.tokens[k - 2].text.isalpha()
        and view.tokens[k - 2].text.islower()
        and lower[k - 3] not in _COORDINATORS
    ):
        k -= 2
        before = lower[k - 1]
    if before in word_union("reporting", "subordinator", "clause") or before == "that":
        return False
    if _told_as_happening(view, k):
        return False
    stretch = k > 1 and (k - 2 in view.blocked or lower[k - 2] in word_class("stretch"))
    return not (before == "of" and stretch)


def _nouns_doer(view: SentenceView, found: Sequence[Found], f: Found, arg: Arg) -> bool:
    """Whether the agent ``arg`` of the verb ``f`` stands after "by" right after an event
    noun past the verb ("were cancelled due to strikes by air traffic controllers"): the
    noun's doer, not the verb's."""
    by = arg.start - 1
    if arg.role is not ParticipantRole.AGENT or by <= f.last or view.lower[by] != "by":
        return False
    return any(g.as_noun and g.first > f.last and g.last == by - 1 for g in found)


def _told_as_happening(view: SentenceView, k: int) -> bool:
    """Whether the bare plural at ``k`` (one lower-case describing word before it at most)
    is told as happening: what something was followed or hit by ("followed by mass
    protests"), what something set off ("sparked violent clashes") or what there was
    ("there were mass protests"), not what someone returns to or asks for: "by" only
    after a verb of a happening undergone ("plagued by floods" is a standing state), and
    only a past "there was/were" ("there are frequent strikes" is a habit)."""
    lower = view.lower
    for j in (k - 1, k - 2):
        if j < 0:
            return False
        word = lower[j]
        if word == "by" and j > 0 and lower[j - 1] in word_class("undergone_by"):
            return True
        if word in word_class("sparking_verb"):
            return True
        if word in word_class("past_be") and j > 0 and lower[j - 1] == "there":
            return True
        text = view.tokens[j].text
        if not (text.isalpha() and text.islower()) or word in word_union("det", "prep", "clause"):
            return False
    return False


# How many words of a noun phrase may stand before a participle describing it.
_DESCRIBED_REACH = 4


def _speaker_apposition(
    view: SentenceView, clause_of: Sequence[int], extent: dict[int, tuple[int, int]], cue: int
) -> bool:
    """Whether the reporting verb at ``cue`` follows a name and a phrase set off by commas
    that describes the speaker ("Mohammed Rafiq, a father of five in Camp 8W, said"): that
    phrase's place is the speaker's own."""
    lower = view.lower
    if cue < 4 or lower[cue - 1] != "," or not view.tokens[cue].text.islower():
        return False
    lo, _ = extent.get(clause_of[cue - 2], (0, 0))
    if lo < 2 or lower[lo - 1] != ",":
        return False
    name = view.tokens[lo - 2].text
    return name[:1].isupper() and name.isalpha()


# How a conversion in parentheses may start: a digit or a currency sign ("($3.3 billion)").
_AMOUNT_STARTS = frozenset("0123456789$€£¥")
# How many tokens a conversion in parentheses may hold ("(1,050 feet)", "(about 25 miles)").
_CONVERSION_REACH = 6


def _through_conversions(
    view: SentenceView, clause_of: list[int]
) -> tuple[list[int], dict[int, int]]:
    """``clause_of`` with each conversion in parentheses ("(25 miles)") or short name
    ("(EFL)") and the clause after it joined to the clause before it, renumbered; and the
    old clause numbers' new ones. For the look-up of places ("some 40 kilometers (25
    miles) north of Copiapó" is one phrase) and of a verb's own time."""
    lower = view.lower
    if "(" not in lower:
        return clause_of, {}
    out = list(clause_of)
    n = len(lower)
    for i in itertools.compress(range(n), (w == "(" for w in lower)):
        if (
            i == 0
            or i + 1 >= n
            or not (
                lower[i + 1][:1] in _AMOUNT_STARTS
                or lower[i + 1] in _ABOUT
                # "approved by the English Football League (EFL) last week": a short name.
                or (view.tokens[i + 1].text.isupper() and lower[i + 2 : i + 3] == [")"])
            )
        ):
            continue
        close = next((j for j in range(i + 1, min(n, i + _CONVERSION_REACH)) if lower[j] == ")"), 0)
        before = out[i - 1]
        if not close or before < 0 or close + 1 >= n:
            continue
        after = clause_of[close + 1]
        for k in range(i, n):
            if k > close and clause_of[k] != after:
                break
            out[k] = before
    ids = sorted({c for c in out if c >= 0})
    rank = {c: r for r, c in enumerate(ids)}
    remap = {old: rank[new] for old, new in zip(clause_of, out, strict=True) if new >= 0}
    return [rank.get(c, -1) for c in out], remap


def _unnamed_sites(view: SentenceView, facilities: dict[str, Located]) -> list[tuple[int, Located]]:
    """ "in the mine", "outside the prison": a place word and "the" before the head noun of
    a facility in ``facilities``, as the head's token index and that facility."""
    lower = view.lower
    preps = word_class("place_prep")
    return [
        (k, facilities[lower[k]])
        for k in range(2, len(lower))
        if lower[k] in facilities and lower[k - 1] == "the" and lower[k - 2] in preps
    ]


def _describing(view: SentenceView, f: Found, verb_cues: Sequence[int]) -> bool:
    """Whether ``f`` is a participle describing the lower-case noun right before it, after
    an earlier verb ("citing accounts gathered by UNHCR", "based on testimonies collected
    by monitors"): the noun's, told elsewhere, not a happening of the verb before it."""
    if f.kind != "ed" or f.as_noun or f.first < 2 or f.last + 1 >= len(view.lower):
        return False
    lower = view.lower
    if lower[f.last + 1] != "by" and lower[f.last + 1] not in word_class("prep"):
        return False
    k = f.first - 1
    before = view.tokens[k].text
    if not before.isalpha() or not before.islower() or k in view.verbs or before.endswith("ly"):
        return False
    if before in word_union("aux", "adverb", "det", "pronoun", "prep", "clause", "reporting"):
        return False
    # The noun is the object of a verb or preposition before it, not the subject of a new
    # clause ("and firefighters searched for survivors").
    cues = set(verb_cues)
    skip = word_union("det", "quantifier", "cardinal", "adjective")
    for j in range(k - 1, max(-1, k - 1 - _DESCRIBED_REACH), -1):
        word = lower[j]
        if j in view.verbs or j in cues or word in word_class("prep"):
            return word not in _COORDINATORS
        text = view.tokens[j].text
        if not (text.isalpha() and text.islower()) or word in _COORDINATORS:
            return False
        if word.endswith("ing") and word not in skip:
            return True  # "citing accounts gathered by UNHCR"
    return False


def _happening_noun(word: str) -> bool:
    """A noun that names a happening: an event word ("arrest") or a nominalisation
    ("closure", "evacuation", "removal", "deployment")."""
    return word in form_table() or word.endswith(_NOMINAL_ENDINGS)


def _inside_args(
    view: SentenceView, place: Located | None, args: Sequence[Arg], trigger: int
) -> bool:
    """Whether a place was read inside the phrase of a participant before the trigger at
    token ``trigger`` ("Analysts at DNB Carnegie cut"): it names who they are, not where
    the event happens."""
    if place is None:
        return False
    tokens = view.tokens
    return any(
        tokens[a.start].start <= place.span.start and place.span.end <= tokens[a.end - 1].end
        for a in args
        if a.start < a.end <= trigger
    )


def _speaker_place(
    view: SentenceView, starts: Sequence[int], f: Found, place: Located | None
) -> bool:
    """Whether ``place`` is named inside the subject phrase of a statement ("the embassy
    in Nairobi urged", "lawmakers in Lima condemned") or of a reporting verb before ``f``
    ("a spokesman in Kinshasa said the rebels had withdrawn"): the speaker's own place,
    which places nothing said."""
    if place is None:
        return False
    lower = view.lower
    k = _token_at(starts, place.span)
    if k >= f.first or k < 2:
        return False
    prep = k - 1
    # "the ministry in the capital Canberra announced", "lawmakers in the northern city of
    # Kharkiv condemned": past the town's noun too.
    apposed = word_union("place_adjective", "settlement", "place_noun", also=town_nouns())
    while (
        prep > 0
        and k - prep <= _SPEAKER_TOWN_WORDS
        and (
            lower[prep] in ("the", "a", "an")
            or lower[prep] in apposed
            or (lower[prep] == "of" and lower[prep - 1] in apposed)
        )
    ):
        prep -= 1
    if lower[prep] not in _SPEAKER_PREPS or prep > _SPEAKER_REACH:
        return False  # the speaker's phrase opens the sentence (bounded: linear)
    # The preposition hangs on a noun ("embassy in"), in a phrase with no verb before it.
    noun = view.tokens[prep - 1].text
    if not noun.isalpha() or lower[prep - 1] in word_union("prep", "aux", "reporting"):
        return False
    if any(j in view.verbs or lower[j] in (",", ";", ":") for j in range(prep)):
        return False
    # After the name: at most a few auxiliaries or adverbs, then the verb ("the office in
    # Dolj county said": the name's head noun too).
    end = _token_at(starts, Span(place.span.end - 1, place.span.end)) + 1
    verb = end
    skip = word_union("aux", "adverb", "place_head")
    while verb < len(lower) and verb - end < _SPEAKER_GAP and lower[verb] in skip:
        verb += 1
    if verb == f.first:
        return f.trigger.type is EventType.STATEMENT
    return verb < f.first and lower[verb] in _SAYING


def _scene_setting(view: SentenceView, place: PlaceMention) -> bool:
    """Whether the sentence opens with a named place and a comma ("In Rara, a village on
    the edge of the park, residents dug ...", "At Lisbon airport, ..."), setting the scene
    of its paragraph."""
    if place.prep != 0 or not place.named or place.goal or view.lower[0] not in _SCENE_PREPS:
        return False
    # "In the towns of Zafferana Etnea and Milo, ...": past the other names of a list.
    end = place.end
    stop = min(len(view.lower), place.end + _SCENE_LIST)
    while end < stop and (view.lower[end] == "and" or is_capitalised(view.tokens[end].text)):
        end += 1
    return end < len(view.lower) and view.lower[end] == ","


def _scene_actors(
    view: SentenceView, found: Sequence[Found], quotes: Sequence[int]
) -> frozenset[str] | None:
    """The content words before the first verb of a sentence that opens with a time
    ("On Friday, police arrested a man": {"police"}) when that verb is told in the simple
    past, active or passive, so sets a scene; else None ("are expected to sign")."""
    first = next((f for f in found if not f.as_noun and not quotes[f.first]), None)
    if first is None:
        return None
    past = first.kind == "ed" and _tense(view, first) == "past"
    # "was hit", "were shut": the passive of an irregular verb.
    irregular = first.kind == "base" and _passive_verb(view, first.first) in word_class("past_be")
    if not (past or irregular):
        return None
    return frozenset(_content_words(view, 0, min(first.first, _ACTOR_REACH)))


# How many opening words of a sentence may name its actors (bounded: linear per verb).
_ACTOR_REACH = 12


def _same_actors(view: SentenceView, actors: frozenset[str], verb: int) -> bool:
    """Whether a sentence goes on about a scene's ``actors``: it opens with a pronoun or
    "The same", or its words before the verb at ``verb`` name one of them ("Riot police
    responded" after "police and youths clashed"), not new ones ("The Fed raised")."""
    lower = view.lower
    if lower[0] in word_class("scene_pronoun") or "same" in lower[:3]:
        return True
    return not actors.isdisjoint(_content_words(view, 0, min(verb, _ACTOR_REACH)))


def _new_subject(view: SentenceView) -> bool:
    """Whether the sentence opens with an indefinite or counted noun phrase ("An elderly
    man", "Two officers", "Several shops"): someone or something new to the story."""
    first = view.lower[0]
    return first in word_union("new_subject", "cardinal") or first[:1].isdigit()


def _content_words(view: SentenceView, lo: int, hi: int) -> list[str]:
    """The lower-case content words of tokens ``lo`` to ``hi`` (no determiners,
    prepositions, pronouns, adverbs or numbers), to tell whether two sentences share
    actors."""
    closed = word_union("det", "prep", "pronoun", "adverb", "clause", "cardinal", "aux")
    # "Protestant" and "Protestants" name the same actors.
    return [w.removesuffix("s") for w in view.lower[lo:hi] if w.isalpha() and w not in closed]


def _passive_verb(view: SentenceView, i: int) -> str | None:
    """The form of "to be" the verb at ``i`` follows, past at most one adverb ("was
    attacked", "were also shut", "had been hit"), if any."""
    be, adverbs = word_class("be"), word_class("adverb")
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        if view.lower[k] in be:
            return view.lower[k]
        if view.lower[k] not in adverbs:
            return None
    return None


def _region_after(view: SentenceView, k: int) -> bool:
    """Whether a part of a place opens at ``k``: up to three place adjectives, then a
    place noun ("remote far west", "eastern coast"), not a building ("downtown arena")."""
    adjectives = word_class("place_adjective")
    nouns = word_union("place_noun", "place_head")
    for j in range(k, min(len(view.lower), k + 4)):
        if view.lower[j] in nouns:
            return True
        if view.lower[j] not in adjectives:
            return False
    return False


def _for_name(view: SentenceView, k: int) -> bool:
    """Whether "for" and a capitalised name follow at ``k`` ("left Chelsea for Real
    Madrid", "quit Google for Meta"): one body left for another."""
    return (
        k + 1 < len(view.lower)
        and view.lower[k] in word_class("purpose_prep")
        and view.tokens[k + 1].text[:1].isupper()
    )


def _occasion(text: str, start: int) -> bool:
    """Whether an occasion preposition stands right before the time at ``start`` ("in
    Sunday's vote", "rallied on Friday's jobs report"): what happens at it is dated."""
    match = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return match is not None and match.group(1).lower() in word_class("occasion_prep")


def _opening_time(
    view: SentenceView, starts: Sequence[int], time: TimeExpression
) -> TimeExpression | None:
    """``time`` when it opens the sentence and a comma closes it ("Also Sunday, ...",
    "Earlier Sunday, ...", "On Friday, ..."), after at most one word of its own (an adverb
    or preposition the times stage leaves out), and names a day."""
    first = bisect.bisect_left(starts, time.span.start)
    after = bisect.bisect_left(starts, time.span.end)
    if first > 1 or after >= len(view.lower) or view.lower[after] != ",":
        return None
    if first == 1 and view.lower[0] not in word_class("scene_time_lead"):
        return None
    return time if _NAMED_DAY.search(time.value) else None


def _postposed_statement(view: SentenceView, f: Found, lo: int) -> bool:
    """Whether the statement ``f``, whose clause starts at token ``lo``, closes its sentence
    after a comma with nothing of its own ("Ferries were halted at dawn, the ministry
    announced."): it only frames what the sentence told before it."""
    if f.trigger.type is not EventType.STATEMENT or f.as_noun or lo < 1 or f.first <= lo:
        return False
    lower = view.lower
    return (
        lower[lo - 1] == ","
        and lower[lo] not in _COORDINATORS
        and (f.last + 1 == len(lower) or lower[f.last + 1] in _CLOSERS)
    )


def _that_between(lower: Sequence[str], start: int, end: int) -> bool:
    """Whether a "that" stands between tokens ``start`` and ``end`` (a few words apart)."""
    return "that" in lower[max(start, end - _LOOKAHEAD * 2) : end]


def _after_that(view: SentenceView, f: Found, time: TimeExpression) -> bool:
    """Whether ``time`` comes after the "that" of what the statement ``f`` says ("warned
    that strikes over the Christmas holidays were possible", "argued that he had been
    drunk that night"): the time of what is said, not of the saying."""
    lower = view.lower
    k = f.last + 1
    if (
        k + 1 < len(lower)
        and lower[k] in word_class("pronoun")
        and lower[k + 1] in word_class("aux")
        and view.tokens[k].start < time.span.start
    ):
        return True  # "confirmed it had lost contact at 6:20 am": no "that" needed
    for k in range(f.last + 1, min(len(lower), f.last + 1 + _LOOKAHEAD * 2)):
        if view.tokens[k].start >= time.span.start:
            return False
        if lower[k] == "that":
            return not _demonstrative_that(view, k, time)
    return False


def _verb_before_time(
    view: SentenceView, starts: Sequence[int], found: Sequence[Found], n: int, time: TimeExpression
) -> bool:
    """Whether another verb with its own subject right before it stands between event
    ``n`` and ``time`` ("stripping him of the stage he won at last year's Vuelta"): the
    time is that verb's, and closes nothing before it. A reduced participle has none
    ("freed six miners trapped underground on Sunday" dates the freeing)."""
    at = _token_at(starts, time.span)
    return any(
        not g.as_noun and found[n].last < g.first < at and _own_subject_before(view, g.first)
        for g in found[n + 1 : n + 1 + _LOOKAHEAD]
    )


def _own_subject_before(view: SentenceView, k: int) -> bool:
    """Whether a subject pronoun or a name stands right before the verb at ``k`` ("the
    title he won", "the race Ana Ruiz won"), making it a clause of its own; not a name
    after a preposition ("fighting in Cauca displaced": the name is the noun's)."""
    if k < 2:
        return False
    if view.lower[k - 1] in word_class("pronoun"):
        return True
    j = k - 1
    while j > 0 and view.tokens[j].text[:1].isupper() and view.tokens[j].text.isalpha():
        j -= 1
    return j < k - 1 and view.lower[j] not in word_class("prep")


def _demonstrative_that(view: SentenceView, k: int, time: TimeExpression) -> bool:
    """Whether "that" at ``k`` points at a thing rather than opening what is said
    ("rejected that argument on Tuesday", "denied that claim on Monday"): one singular
    lower-case noun after it, and no auxiliary nor verb between it and ``time`` or right
    after it ("warned that police in Lagos would be deployed on Monday", "warned that
    action over the holidays was possible" say something)."""
    lower = view.lower
    if k + 2 >= len(lower):
        return False
    noun = view.tokens[k + 1].text
    if not (noun.isalpha() and noun.islower()) or lower[k + 1] in word_union(
        "pronoun", "det", "aux", "adverb", "clause"
    ):
        return False
    if noun.endswith("s") and not noun.endswith(_singular_s()):
        return False  # "warned that prices ...": "those" would point at them
    for j in range(k + 2, min(len(lower), k + 2 + _LOOKAHEAD * 2)):
        if view.tokens[j].start >= time.span.start:
            # "warned that action over the holidays was possible": a verb after the time.
            return not _verb_soon_after(view, j, time)
        if lower[j] in word_class("aux") or j in view.verbs or _verb_like(view, j, j == k + 2):
            return False  # "admitted that inflation looked stubborn in October"
    return False


def _verb_like(view: SentenceView, j: int, after_noun: bool) -> bool:
    """Whether the lower-case word at ``j``, no trigger, reads as a finite verb: an "-ed"
    form ("inflation looked"), or an "-s" form right after the singular noun
    (``after_noun``: "that inflation stays"; "that claim by rebels" is a plural)."""
    text = view.tokens[j].text
    if not (text.isalpha() and text.islower()) or view.lower[j] in word_union(
        "det", "prep", "clause", "pronoun"
    ):
        return False
    return text.endswith("ed") or (
        after_noun and text.endswith("s") and not text.endswith(_singular_s())
    )


# How many words after a time a verb may follow in the clause it belongs to ("over the
# Christmas holidays was").
_VERB_AFTER_REACH = 3


def _verb_soon_after(view: SentenceView, j: int, time: TimeExpression) -> bool:
    """Whether an auxiliary or a verb follows ``time`` (which starts at token ``j``) within
    a few words and before any punctuation."""
    lower = view.lower
    taken = 0
    for i in range(j, len(lower)):
        if view.tokens[i].start < time.span.end:
            continue
        if lower[i] in word_class("aux") or i in view.verbs:
            return True
        taken += 1
        if taken >= _VERB_AFTER_REACH or not lower[i][:1].isalnum():
            return False
    return False


@functools.cache
def _singular_s() -> tuple[str, ...]:
    """Endings of singular nouns in "s" ("that crisis", "that process", "that consensus")."""
    return tuple(sorted(word_class("singular_s_ending")))


def _said_place(view: SentenceView, f: Found, prep: int) -> bool:
    """Whether the place at ``prep`` lies in what the statement ``f`` says ("warned that
    workers at the plant in Kosice could strike", "warned of heavy rain in parts of
    Odisha", "demanded that troops leave towns in Cauca"): a place of what is said,
    not of the saying."""
    if f.trigger.type is not EventType.STATEMENT or f.as_noun or prep <= f.last + 1:
        return False
    lower = view.lower
    reach = min(prep, f.last + 1 + _LOOKAHEAD * 4)  # bounded: linear in the sentence
    return lower[f.last + 1] in _SAID_OPENERS or "that" in lower[f.last + 1 : reach]


def _apposition_place(view: SentenceView, starts: Sequence[int], f: Found, place: Located) -> bool:
    """Whether ``place`` lies in a phrase set off by commas that describes the name before
    a statement ("Lena Ortiz, an analyst at a think tank in Lima, argued", "Omar Said, the
    mayor of Rafah, told reporters"): where the speaker works, not where it was said."""
    if f.trigger.type is not EventType.STATEMENT or f.as_noun:
        return False
    lower = view.lower
    k = _token_at(starts, place.span)
    if not 2 < k < f.first or lower[f.first - 1] != ",":
        return False
    for c in range(f.first - 2, max(1, f.first - 2 * _SPEAKER_REACH), -1):
        if c in view.verbs or lower[c] in (";", ":"):
            return False
        if lower[c] == ",":
            name = view.tokens[c - 1].text
            return (
                c < k
                and lower[c + 1] in _ARTICLES
                and name[:1].isupper()
                and name.isalpha()
                and not any(j in view.verbs for j in range(max(0, c - _SPEAKER_REACH), c))
            )
    return False


# "the embassy in Nairobi" (not "commuters at Waterloo station", who are there); what
# may stand between a speaker's phrase and its verb ("had", "immediately"); verbs of saying.
_SPEAKER_PREPS = frozenset({"in"})
_SPEAKER_GAP = 3
# How many words of a town's description may stand between the speaker's preposition and
# the town's name ("in the northern city of Kharkiv").
_SPEAKER_TOWN_WORDS = 6
_SPEAKER_REACH = 10
_ARTICLES = frozenset({"a", "an", "the"})
# What opens the content of a statement right after its verb ("warned of", "asked whether").
_SAID_OPENERS = frozenset({"of", "that", "whether", "if"})
_SCENE_PREPS = frozenset({"in", "at"})
_SCENE_LIST = 6
# What may close a statement that only frames the sentence before it.
_CLOSERS = frozenset({".", "!", "?", ";", ","})
_SAYING = frozenset({"said", "says", "told", "added", "noted", "warned", "stated"})


def _when_antecedent(
    view: SentenceView, times: SpanIndex[TimeExpression], sentence: Span, first: int, text: str
) -> TimeExpression | None:
    """The time right before ", when" that opens the clause of the verb at ``first``
    ("the worst since 2013, when a train crashed", "most recently in 2020, when 6,000
    people were killed"): the "when" clause happened then, even after a record's
    "since" that dates nothing else. Without the comma, a day or a time of day right
    before "when" dates it too ("were seized at about 11 pm when gunmen stormed the
    compound", "began shortly after 9 a.m. when a valve failed"), not a deadline ("until
    Friday, when")."""
    lower = view.lower
    for k in range(first - 1, max(1, first - _WHEN_BACK) - 1, -1):
        if k in view.verbs or lower[k] in (",", ";", ":"):
            return None
        if lower[k] == "where" and k >= 2 and lower[k - 1] == ",":
            return _where_antecedent(view, times, sentence, k - 1)
        if lower[k] != "when":
            continue
        comma = lower[k - 1] == ","
        if comma and k < 2:
            return None  # ", when" opening the sentence: no time before it
        end = view.tokens[k - 2].end if comma else view.tokens[k - 1].end
        time = times.last_before(sentence, end)
        if time is None or time.span.end != end or time.type is TimeType.DURATION:
            return None
        if not comma and (time.type is TimeType.SET or _deadline(text, time)):
            return None
        return time
    return None


# How many words may stand between a subject's comma and the time of its aside ("the
# blast, shortly before 6 a.m.,"), and between the aside's closing comma and the verb
# ("..., had brought down").
_ASIDE_LEAD = 3


def _subject_aside_time(
    view: SentenceView,
    starts: Sequence[int],
    times: SpanIndex[TimeExpression],
    sentence: Span,
    f: Found,
) -> TimeExpression | None:
    """The time of an aside between the sentence's first subject and its first verb ("The
    blast, shortly before 6 a.m., brought down", "The raid, at dawn on Friday, had
    ended"): it dates that verb. Only a day or time of day, only words that lead to a time
    ("shortly before", "at") between the opening comma and it, and no verb before ("The
    plane, delivered in 2019, crashed": the aside is the delivery's)."""
    lower = view.lower
    c = f.first - 1
    while c > 0 and f.first - c <= _ASIDE_LEAD and lower[c] in word_union("aux", "adverb"):
        c -= 1
    if c < 3 or lower[c] != ",":
        return None
    end = view.tokens[c - 1].end
    time = times.last_before(sentence, end)
    if time is None or time.span.end != end or time.type not in (TimeType.DATE, TimeType.TIME):
        return None
    k = _token_at(starts, time.span) - 1
    lowest = k - _ASIDE_LEAD
    while k > lowest and k > 0 and lower[k] in word_class("aside_time_lead"):
        k -= 1
    if k <= 0 or k > _ASIDE_SUBJECT or lower[k] != "," or not lower[k - 1][:1].isalnum():
        return None
    return None if any(j in view.verbs for j in range(k)) else time


# How many words the subject before such an aside may have ("The four-storey building,").
_ASIDE_SUBJECT = 8


def _where_antecedent(
    view: SentenceView, times: SpanIndex[TimeExpression], sentence: Span, comma: int
) -> TimeExpression | None:
    """The year that dates the happening a ", where" clause hangs on ("the 2010 collapse
    of the San José mine, where 33 miners were trapped": 2010), read back from its
    ``comma`` past no verb; a year before a noun, not one of a verb ("was born in 1990
    in Lyon, where he studied")."""
    lowest = max(0, comma - _WHEN_BACK)
    time = times.last_before(sentence, view.tokens[comma].start)  # one bisection
    if (
        time is None
        or time.span.start < view.tokens[lowest].start
        or _YEAR_BEFORE_NOUN.fullmatch(time.text) is None
    ):
        return None
    k = next(
        (j for j in range(comma - 1, lowest - 1, -1) if view.tokens[j].start == time.span.start), 0
    )
    if k < 1 or view.lower[k - 1] != "the" or k + 1 >= comma:
        return None
    after = view.tokens[k + 1].text
    if not (after.isalpha() and after.islower()):
        return None
    if any(j in view.verbs or view.lower[j] in (",", ";") for j in range(k + 1, comma)):
        return None
    return time


# A time's value that names a day: a date ("2024-02-28TAF") or a bare weekday.
_NAMED_DAY = re.compile(r"\d{4}-\d\d-\d\d|W(?:XX|\d\d)-\d")

_YEAR_BEFORE_NOUN = re.compile(r"(?:1[89]|20)\d\d")
# How far back from a verb the "when" of its clause may stand.
_WHEN_BACK = 12

# How ``_dating`` marks a time inside a relative clause.
_ASIDE = -2
_RELATIVE_OPENERS = frozenset({"who", "which", "whose", "whom"})


def _relative_clauses(lower: Sequence[str], clause_of: Sequence[int]) -> set[int]:
    """The clause numbers of relative clauses: those opened by "who" or "which", up to
    the next punctuation ("who has led Nordhavn since 2019,")."""
    out: set[int] = set()
    if _RELATIVE_OPENERS.isdisjoint(lower):
        return out  # most sentences: no relative clause to look for
    inside = False
    for word, clause in zip(lower, clause_of, strict=True):
        if clause < 0:
            if word in _RELATIVE_OPENERS:
                inside = True
            elif not word[:1].isalpha():
                inside = False
        elif inside:
            out.add(clause)
    return out


def _comma_clauses(clause_of: Sequence[int], index: int, tokens: Sequence[Token]) -> bool:
    """Whether the clause of token ``index`` and the one before it both open with a comma
    (", a village north of Goma, on Tuesday night"), within a few tokens."""
    commas = 0
    k = index - 1
    stop = max(-1, index - _LOOKAHEAD * 4)
    while k > stop and commas < 2:
        if clause_of[k] < 0:
            if tokens[k].text != ",":
                return False
            commas += 1
            while k > stop and clause_of[k] < 0:
                k -= 1
            continue
        k -= 1
    return commas == 2


_PHRASE_OPENERS = frozenset({"after", "before"})


def _clock_after(
    lower: Sequence[str],
    times: Sequence[TimeExpression],
    starts: Sequence[int],
    found: Sequence[Found],
    clause_of: Sequence[int],
    extent: dict[int, tuple[int, int]],
    free: dict[int, TimeExpression],
) -> None:
    """ "Two men were arrested after a scuffle near the bus station at about 11.15am":
    the time of day in a phrase after "after"/"before" that has no verb of its own dates
    the verb of the clause right before it too (into ``free``, by event number)."""
    verbs = [n for n, f in enumerate(found) if not f.as_noun]
    for time in times:
        if time.type is not TimeType.TIME:
            continue
        index = min(bisect.bisect_left(starts, time.span.start), len(starts) - 1)
        clause = clause_of[index]
        lo = extent.get(clause, (0, 0))[0]
        if clause < 0 or lo == 0 or lower[lo - 1] not in _PHRASE_OPENERS:
            continue
        if any(clause_of[found[n].first] == clause for n in verbs):
            continue  # "after talks broke down on Friday night": a clause of its own
        before = [n for n in verbs if clause_of[found[n].first] == clause - 1]
        if before:
            free.setdefault(before[-1], time)


def _saying_times(
    view: SentenceView,
    starts: Sequence[int],
    times: Sequence[TimeExpression],
    found: Sequence[Found],
    verb_cues: Sequence[int],
    triggered: set[int],
    described: set[int],
) -> dict[int, int]:
    """The times that date a saying, by start offset, each with the token of the verb that
    owns it (-1 for a plain reporting verb, which is no event): one right after the saying
    verb, past its preposition and a short object ("said on Sunday", "told AFP on Sunday",
    "according to police on Sunday"), or one before any verb whose first verb is the saying
    ("On Sunday, officials said", "Officials on Sunday told"). Blind annotators date only
    the saying by it, never what it reports. A participle describing a noun (``described``:
    "a car bomb blamed on the rebels killed") is no saying of the sentence."""
    lower = view.lower
    reporting = word_class("reporting")
    statements = {
        f.first: f
        for f in found
        if not f.as_noun and f.trigger.type is EventType.STATEMENT and f.first not in described
    }
    preps = word_union("prep", "subordinator")
    verb_set = {f.first for f in found if not f.as_noun} | set(verb_cues)
    verbs = sorted(verb_set)
    # Where the first trigger, noun or verb, stands: a time after it is no fronted one.
    first_trigger = min((f.first for f in found), default=len(lower))
    nouns = {f.first for f in found if f.as_noun}

    def owner(k: int) -> int | None:
        if k in statements:
            return k
        if lower[k] in reporting and k not in triggered and view.tokens[k].text.islower():
            return -1
        return None

    out: dict[int, int] = {}
    for time in times:
        index = min(bisect.bisect_left(starts, time.span.start), len(lower) - 1)
        k = index - 1
        while k >= 0 and lower[k] in _REPORT_PREPS:
            k -= 1
        head = lower[index] if index < len(lower) else ""
        if (head in preps and head not in _REPORT_PREPS) or (
            k >= 0 and lower[k] in preps and owner(k) is None
        ):
            continue  # "pressed for the return since 2016": a span, not a saying's day
        # Past a short object: "told reporters", "told a news conference", "according to
        # police"; never past a verb, a comma, "that" or a quotation mark.
        skipped = 0
        while k >= 0 and skipped < _SAYING_OBJECT and owner(k) is None:
            if not lower[k].isalpha() or lower[k] == "that" or k in verb_set or k in nouns:
                break
            k -= 1
            skipped += 1
        said = owner(k) if k >= 0 else None
        # A plain reporting verb reaches past one word ("told reporters") or a phrase
        # opened by a preposition ("according to police", "said in a statement").
        if said is not None and (said >= 0 or skipped <= 1 or lower[k + 1] in word_class("prep")):
            out[time.span.start] = said
            continue
        # Before any verb, the first verb after it being the saying's.
        at = bisect.bisect_left(verbs, index)
        if (
            at == 0
            and at < len(verbs)
            and index < first_trigger
            and not (time.span.start <= view.tokens[verbs[at]].start < time.span.end)
        ):
            first = owner(verbs[at])
            # A statement before its "that" or its hearer ("On Monday, the ministry
            # announced that", "told reporters"), not "a car bomb blamed on X killed".
            if first == -1 or (
                first is not None
                and (
                    statements[first].trigger.dative
                    or "that" in lower[first + 1 : first + 2 + _SAYING_OBJECT]
                )
            ):
                out[time.span.start] = first
    return out


def _goes_on(lower: Sequence[str], found: Found, owner: int) -> bool:
    """Whether the participle ``found`` goes on with the statement at ``owner`` ("claimed
    responsibility, posting samples"), not in what it reports ("announced that troops
    had seized the town, killing 12")."""
    return (
        found.kind == "ing"
        and 0 <= owner < found.first
        and "that" not in lower[owner : found.first]
    )


def _as_they(lower: Sequence[str], found: Found) -> bool:
    """Whether the statement ``found`` follows "as" and a pronoun ("said on Thursday, as
    they urged parents"): the speakers go on at the time of their saying."""
    return (
        found.first > 1
        and lower[found.first - 2] == "as"
        and found.trigger.type is EventType.STATEMENT
        and not found.as_noun
        and lower[found.first - 1] in word_class("pronoun")
    )


def _undated_report(time: TimeExpression | None, dating: dict[int, int]) -> TimeExpression | None:
    """``time``, unless it dates a reporting verb ("claimed on Sunday that he had won");
    a participle adjunct of that verb ("said on Tuesday ..., warning that") passes no
    ``dating`` and keeps it."""
    if time is None or dating.get(time.span.start, 0) < 0:
        return None
    return time


def _after_aux(view: SentenceView, index: int, words: frozenset[str], reach: int) -> bool:
    """Whether one of ``words`` stands among the auxiliaries and adverbs right before the
    verb at ``index``, at most ``reach`` tokens back ("had not been told")."""
    skip = _aux_skip()
    j = index - 1
    while j >= 0 and index - j <= reach and view.lower[j] in skip:
        if view.lower[j] in words:
            return True
        j -= 1
    return False


@functools.cache
def _aux_skip() -> frozenset[str]:
    """The words that may stand between an auxiliary and its verb: auxiliaries, adverbs,
    and "since" as one ("had since been removed")."""
    return word_union("aux", "adverb", also=_SINCE)


def _words_of(view: SentenceView, subject: Subject | None) -> Sequence[str]:
    """The subject's words, lower case (none without a subject)."""
    return view.lower[subject.start : subject.end] if subject is not None else ()


# How far before an event noun its light verb may stand ("carried out more than 400").
_LIGHT_REACH = 5


def _light_verb_before(view: SentenceView, index: int) -> int | None:
    """The light verb a few words before the event noun at ``index`` ("had carried out
    400 rescues", "staged a protest"), if no other verb or mark comes between."""
    light = word_union("light", "support")
    for k in range(index - 1, max(-1, index - 1 - _LIGHT_REACH), -1):
        word = view.lower[k]
        if word in light:
            return k
        if k in view.verbs or not word.replace(",", "").isalnum():
            return None
    return None


def _light_kind(word: str) -> str:
    """The form of a light verb, as ``_tense`` reads it: "carry"/"carries" tell the
    present, any other form ("carried", "made", "held") the past."""
    return "present" if word in _LIGHT_PRESENT else "ed"


_LIGHT_PRESENT = frozenset(
    {"make", "makes", "hold", "holds", "carry", "carries", "stage", "stages"}
)


def _tense(view: SentenceView, f: Found) -> str:
    """The verb's tense, coarsely: pluperfect, perfect, modal, progressive or simple."""
    if _pluperfect(view, f.first):
        return "had"
    if _perfect(view, f.first):
        return "has"
    if _modal(view, f.first):
        return "will"
    return "past" if f.kind in ("ed", "ing") else "present"


_HAD = frozenset({"had", "'d"})
_HAVE = frozenset({"has", "have", "'ve"})


def _pluperfect(view: SentenceView, index: int) -> bool:
    """Whether the verb at ``index`` follows "had" ("had passed", "had not been told"),
    itself or as a later participle of a list ("had been sealed, tracked and stored")."""
    if _after_aux(view, index, _HAD, 4):
        return True
    return (
        index > 1
        and view.lower[index - 1] in _LIST_LINKS
        and (_after_aux(view, _list_head(view, index), _HAD, 4))
    )


_LIST_LINKS = frozenset({",", "and", "or"})
_LIST_REACH = 4


def _list_head(view: SentenceView, index: int) -> int:
    """The first participle of a list of them that ends at ``index`` ("sealed" of
    "sealed, tracked and stored"), else ``index``; a few steps back at most."""
    lower, tokens = view.lower, view.tokens
    for _ in range(_LIST_REACH):
        j = index - 2
        if j < 0 or lower[index - 1] not in _LIST_LINKS or lower[j] in _LIST_LINKS:
            break
        word = tokens[j].text
        if not (word.isalpha() and word.islower() and word.endswith(("ed", "en"))):
            break
        if not lower[index].endswith(("ed", "en")):
            break
        index = j
    return index


def _perfect(view: SentenceView, index: int) -> bool:
    """Whether the verb at ``index`` follows "has"/"have" ("have called on"): a present
    perfect, which no definite past time ("last winter") dates."""
    return _after_aux(view, index, _HAVE, 3)


_DEFINITE_PAST = re.compile(r"(?:last|yesterday)\b", re.I)


_OPEN_PERIOD = re.compile(r"(?:this|these|the (?:past|last)|past|recent|so far)\b", re.I)


def _closed_past(text: str, time: TimeExpression) -> bool:
    """Whether ``time`` is a past that is over ("last winter", "on Monday", "in April
    2023"), which no present perfect takes; not a period running up to now ("this year",
    "the past decade", "since January")."""
    if _definite_past(time.text):
        return True
    if time.type is TimeType.DURATION or _OPEN_PERIOD.match(time.text) is not None:
        return False
    return not _after_word(text, time, _SINCE)


def _definite_past(text: str) -> bool:
    """ "last winter", "last week", "yesterday": a time that only a simple past takes."""
    return _DEFINITE_PAST.match(text) is not None


def _refuses(
    view: SentenceView,
    found: Found,
    time: TimeExpression,
    offset: int,
    published: datetime.date | None,
    text: str,
) -> bool:
    """Whether the event at ``offset`` cannot take ``time``: it led to what the earlier
    time dates ("was sentenced on Monday for taking bribes"), it is a present perfect
    after a definite past ("battered by storms last winter have called on", "erupted in
    April 2023 and has killed"), or it is past and the time still to come ("a meeting
    planned for next Friday was postponed")."""
    if time.span.start < offset and (
        _cause(view, found) or (_perfect(view, found.first) and _closed_past(text, time))
    ):
        return True
    return _future(time, published) and _past(view, found)


def _national(view: SentenceView, found: Found, args: Sequence[Arg]) -> bool:
    """Whether the event is a country's vote ("the presidential election", "voting had
    been peaceful") or wins or loses one ("won the election"), not a local one ("a
    council vote")."""
    national, local = word_class("national"), word_class("local_vote")
    lower = view.lower
    spots = [found.first] if found.as_noun or lower[found.first] in national else []
    if not found.as_noun:
        spots += [
            k
            for arg in args
            if arg.role is ParticipantRole.PATIENT
            for k in range(arg.start, min(arg.end, arg.start + _LOOKAHEAD))
        ]
    return any(
        lower[k] in national
        and not (k > 0 and lower[k - 1] in local)
        and not (k + 1 < len(lower) and lower[k + 1] in _SCOPED)
        for k in spots
    )


# "elections to the European Parliament", "the vote in Scotland": scoped by a name.
_SCOPED = frozenset({"to", "for", "in"})


def _spoken_at(document: Document, claims: Sequence[Claim]) -> list[tuple[int, str, Located]]:
    """(paragraph index, speaker's name lower-cased, place) of every claim whose cue is
    followed by a gathering with a named place ("said at a press conference in Lisbon",
    "told a news conference in Lindale"), in text order."""
    out: list[tuple[int, str, Located]] = []
    pattern = _gathering_place()
    for claim in claims:
        if claim.cue_span is None or claim.speaker is None:
            continue
        window = claim.cue_span.end + _SPOKEN_WINDOW
        if pattern.match(document.text, claim.cue_span.end, window) is None:
            continue  # most cues: no gathering after them (none within the sentence either)
        sentence = document.sentence_at(claim.cue_span.start)
        end = min(window, sentence.end if sentence else 0)
        match = pattern.match(document.text, claim.cue_span.end, max(end, claim.cue_span.end))
        paragraph = document.paragraph_index(claim.cue_span.start)
        if match is None or paragraph is None:
            continue
        span = Span(match.start("place"), match.end("place"))
        place = Located(document.slice(span), span)
        out.append((paragraph, claim.speaker.name.lower(), place))
    out.sort(key=lambda item: item[0])
    return out


_SPOKEN_WINDOW = 80


@functools.cache
def _gathering_place() -> re.Pattern[str]:
    """ " at a press conference in Lisbon", " a news conference in Lindale": a gathering
    word of ``event_grammar.txt`` with up to two words before it and a capitalised place
    after "in" (anchored right after a claim's cue)."""
    nouns = "|".join(sorted(word_class("gathering"), key=len, reverse=True))
    return re.compile(
        r"\s+(?:(?:at|to)\s+)?(?:an?|the)\s+(?:[a-z-]+\s+){0,2}"
        rf"(?:{nouns})\s+(?:in|at)\s+(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}})"
    )


_COUNT_GAPS = frozenset({" ", " of "})


def _counted_by_own(made: Sequence[_Made], text: str) -> list[_Draft]:
    """The sentence's events, each keeping only its own counts: a quantity inside one
    event's participant, or counting it ("arrested three men in connection with the
    robbery", "Thousands of people marched ... to demand a ceasefire"), belongs to the
    events that have that participant (or that trigger: "a 6.1-magnitude quake"), not to
    the sentence's others."""
    drafts = [m.event for m in made]
    if len(drafts) < 2 or not any(d.quantities for d in drafts):
        return drafts  # most sentences: nothing to share out
    by_span = {q.span: q for d in drafts for q in d.quantities}
    ordered = sorted(by_span)
    starts = [span.start for span in ordered]
    held: dict[Span, set[int]] = {}  # by participants
    named: dict[Span, set[int]] = {}  # by triggers
    for index, d in enumerate(drafts):
        for span in _counting(ordered, starts, d.trigger_span, text):
            named.setdefault(span, set()).add(index)
        for p in d.participants:
            for span in _counting(ordered, starts, p.span, text):
                held.setdefault(span, set()).add(index)
    out = []
    for index, d in enumerate(drafts):
        kept = tuple(
            q
            for q in d.quantities
            if q.span not in held or index in held[q.span] or index in named.get(q.span, ())
        )
        out.append(d if len(kept) == len(d.quantities) else d._replace(quantities=kept))
    return out


def _counting(ordered: Sequence[Span], starts: Sequence[int], span: Span, text: str) -> list[Span]:
    """The quantity spans (``ordered`` by start) inside ``span``, and the one right before
    it that counts it ("three men", "Thousands of people")."""
    i = bisect.bisect_left(starts, span.start)
    out = []
    if i > 0 and text[ordered[i - 1].end : span.start] in _COUNT_GAPS:
        out.append(ordered[i - 1])
    while i < len(ordered) and ordered[i].start < span.end:
        if ordered[i].end <= span.end:
            out.append(ordered[i])
        i += 1
    return out


def _owner_name(text: str) -> bool:
    """A possessive name opening a place ("struck Morocco's High Atlas mountains"): the
    place is the whole phrase, which names the country too."""
    return text.endswith(("'s", "’s")) and text[:-2].isalpha() and len(text) > 3


def _place_like(participant: Participant) -> bool:
    """An agent named by one capitalised word that is no person ("Germany", "Pyongyang"):
    mostly a country or capital standing for its government."""
    return (
        participant.role is ParticipantRole.AGENT
        and participant.kind in (EntityKind.UNKNOWN, EntityKind.ORGANIZATION)
        and " " not in participant.name
        and participant.name[:1].isupper()
    )


def _cause(view: SentenceView, found: Found) -> bool:
    """Whether the event is given as what led to another ("sentenced for taking bribes",
    "counted ballots on Wednesday after a presidential election"), so that a time told
    before it dates what followed, not it."""
    k = found.first - 1
    if found.as_noun:
        # "after a presidential election"; but "arrived for talks" is a purpose.
        edges = word_union("clause", "prep", "aux")
        while (
            k >= 0
            and found.first - k <= 3
            and view.tokens[k].text.isalpha()
            and view.tokens[k].text.islower()
            and view.lower[k] not in edges
        ):
            k -= 1  # "a presidential" of "after a presidential election"
        return k >= 0 and view.lower[k] in _AFTER
    # "jailed for taking bribes"; but "won on Saturday after beating Santos" is that day.
    return found.kind == "ing" and k >= 0 and view.lower[k] == "for"


_AFTER = frozenset({"after", "following"})
_CAUSES = frozenset({"after", "following", "because"})
# Only "when" tells a happening at the same time: "closed after the first cases were
# detected in January" was closed later.
_WHEN_CLAUSE = frozenset({"when"})
# How many lower-case words may stand between a possessive place and its event noun.
_OWNER_REACH = 4


def _capitalised_word(text: str) -> bool:
    return text[:1].isupper() and text.isalpha()


# How many clauses (parentheses and asides count) a "when" clause's place may stand past.
_WHEN_REACH = 4


def _date_main(made: list[_Made], time: TimeExpression, where: Located | None, before: int) -> None:
    """Give ``time`` to the undated verbs of ``made`` told right before offset ``before``
    (the "when" opening the clause ``time`` is from), back to the first one dated, and
    ``where`` (the clause's own place) to those without a place of their own."""
    for k in range(len(made) - 1, max(-1, len(made) - 1 - _LOOKAHEAD), -1):
        item = made[k]
        if not item.verb:
            continue  # "when the crush began": an event noun between is passed over
        if not item.undated or item.event.time is not None:
            return
        if item.event.trigger_span.end <= before:
            event = item.event._replace(time=time)
            if where is not None and item.placeless:
                event = event._replace(place=where.name, place_span=where.span)
            made[k] = item._replace(
                event=event, undated=False, placeless=item.placeless and where is None
            )


def _journey_place(view: SentenceView, f: Found, made: Sequence[_Made]) -> Located | None:
    """ "flew to Beijing for talks with Xi": a meeting a journey told right before was for
    happens where the journey went (the journey's own place, not a dateline's)."""
    k = f.first - 1
    while k >= 0 and view.lower[k] in word_class("det"):
        k -= 1
    if k < 1 or view.lower[k] not in word_class("purpose_prep"):
        return None
    if f.trigger.type is not EventType.DIPLOMACY or not made:
        return None
    last = made[-1]
    event = last.event
    if not last.verb or last.placeless or event.type is not EventType.MOVEMENT:
        return None
    if event.place is None or event.place_span is None:
        return None
    if event.trigger_span.end > view.tokens[k].start:
        return None
    return Located(event.place, event.place_span)


def _place_journey(made: list[_Made], where: Located, start: int) -> None:
    """Give ``where`` (a journey's place) to the placeless verbs of ``made`` told in the
    sentence starting at offset ``start``, back to the first one placed elsewhere."""
    for k in range(len(made) - 1, max(-1, len(made) - 1 - _LOOKAHEAD), -1):
        item = made[k]
        if item.event.trigger_span.start < start:
            return
        if not item.verb or item.event.place_span == where.span:
            continue
        if not any(p.role is ParticipantRole.AGENT for p in item.event.participants):
            # "died during a trip to Spain", "was criticized on a visit to": what befell
            # someone, not what the traveller did there.
            continue
        if not item.placeless:
            return
        event = item.event._replace(place=where.name, place_span=where.span)
        made[k] = item._replace(event=event, placeless=False)


def _plural_name(participant: Participant) -> bool:
    """Whether a participant is a group or named by a plural ("Protesters", "riot
    police")."""
    last = participant.name.rsplit(" ", 1)[-1].lower()
    return participant.kind is EntityKind.GROUP or (last.endswith("s") and not last.endswith("ss"))


def _journey_framed(view: SentenceView, f: Found) -> bool:
    """Whether the noun ``f`` is a visit or trip to a place that frames its sentence ("on
    a whirlwind visit to East Africa", "during a two-day trip to Ohio"): "on"/"during", a
    determiner and at most two modifiers before it, "to" right after it. Not a return or
    a crossing ("on his return from a visit to Moscow", "drowned during the crossing to
    Greece"): the place they head for is not where the sentence happens."""
    if view.lower[f.last] not in word_class("journey_noun"):
        return False
    after = f.last + 1
    if after >= len(view.lower) or view.lower[after] not in word_class("goal_prep"):
        return False
    return f.first > 0 and journey_prep(view, f.first - 1) >= 0


def _time_relative(view: SentenceView, at: int) -> bool:
    """ "sparked protests in June, when police fired tear gas in Nairobi": the "when" at
    ``at`` tells of the time before its comma, not of where the main verb happened."""
    return at > 1 and view.lower[at - 1] == "," and at - 2 in view.blocked


def _place_doer(made: list[_Made]) -> None:
    """ "An earthquake shook Kathmandu", "a cyclone hit Mozambique": the event noun that is
    the agent of the last verb, whose object is where it happens, happens there too."""
    last = made[-1].event
    if last.place is None:
        return
    agents = [p.span for p in last.participants if p.role is ParticipantRole.AGENT]
    for k in range(len(made) - 2, max(-1, len(made) - 1 - _LOOKAHEAD), -1):
        item = made[k]
        span = item.event.trigger_span
        if item.verb or not item.placeless:
            continue
        if any(a.start <= span.start and span.end <= a.end for a in agents):
            event = item.event._replace(place=last.place, place_span=last.place_span)
            made[k] = item._replace(event=event, placeless=False)


def _place_by_doer(made: list[_Made]) -> None:
    """ "Russia's bombardment of Odesa killed four people": a placeless verb whose agent
    is a placed event noun happens where that event did."""
    last = made[-1]
    agents = [p.span for p in last.event.participants if p.role is ParticipantRole.AGENT]
    if not agents or not last.placeless:
        return
    for k in range(len(made) - 2, max(-1, len(made) - 1 - _LOOKAHEAD), -1):
        item = made[k]
        span = item.event.trigger_span
        if item.verb or item.placeless or item.event.place is None:
            continue
        if any(a.start <= span.start and span.end <= a.end for a in agents):
            event = last.event._replace(place=item.event.place, place_span=item.event.place_span)
            made[-1] = last._replace(event=event, placeless=False)
            return


def _place_main(made: list[_Made], where: Located, before: int) -> None:
    """Give ``where`` (a "when" clause's own place) to the placeless verbs of ``made`` told
    right before offset ``before``, back to the first one placed."""
    for k in range(len(made) - 1, max(-1, len(made) - 1 - _LOOKAHEAD), -1):
        item = made[k]
        if not item.verb or item.event.trigger_span.end > before:
            continue
        if not item.placeless:
            return
        event = item.event._replace(place=where.name, place_span=where.span)
        made[k] = item._replace(event=event, placeless=False)


def _unplace_main(made: list[_Made], dateline: Located, before: int) -> None:
    """Take the dateline's city (``dateline``) from the verbs of ``made`` told right before
    offset ``before``, back to the first one placed otherwise."""
    for k in range(len(made) - 1, max(-1, len(made) - 1 - _LOOKAHEAD), -1):
        item = made[k]
        if not item.verb or item.event.trigger_span.end > before:
            continue
        if item.event.place_span != dateline.span:
            return
        made[k] = item._replace(event=item.event._replace(place=None, place_span=None))


def _since_then(lower: Sequence[str], index: int) -> bool:
    """ "seized Kasindi in 2024 and has since taken control of ...": what happened since
    an earlier time is not dated by it."""
    if "since" not in lower:
        return False  # most sentences: one scan at C speed, no loop
    for k in (index - 1, index - 2):
        if k >= 0 and lower[k] == "since":
            return k + 1 == index or lower[k + 1] in word_class("aux")
    # "It has travelled 4 billion kilometres since then": so too after the verb.
    for k in range(index + 1, min(len(lower) - 1, index + _SINCE_REACH)):
        if lower[k] == "since" and lower[k + 1] == "then":
            return True
        if lower[k] in (",", ";", ".", "and", "but"):
            return False
    return False


# How far after its verb "since then" may stand ("travelled more than 4 billion
# kilometres since then").
_SINCE_REACH = 10


def _modal(view: SentenceView, index: int) -> bool:
    """Whether the verb at ``index`` follows a modal ("would reopen", "will also face")."""
    return _after_aux(view, index, _MODAL, 4)


def _verb_cues() -> frozenset[str]:
    """The words that are, or come before, verbs that are not triggers."""
    return word_union("reporting", "light", "aux")


def _other_verbs(view: SentenceView, found: Sequence[int] | None = None) -> list[int]:
    """Token indices of verbs that are not event triggers: reporting verbs ("said") and
    words after an auxiliary ("had spoken"); ``found``: the indices of the words of
    :func:`_verb_cues`, when the caller has them already."""
    reporting = word_class("reporting")
    light = word_class("light")
    aux = word_class("aux")
    adverb = word_class("adverb")
    lower = view.lower
    tokens = view.tokens
    verbs = view.verbs
    blocked = view.blocked
    if found is None:
        cues = _verb_cues()
        found = [i for i, word in enumerate(lower) if word in cues]
    # Only a cue word or the word after an auxiliary can be one: visit those alone.
    spots: set[int] = set()
    for i in found:
        spots.add(i)
        if lower[i] in aux:
            spots.add(i + 1)
    out = []
    for i in sorted(spots):
        if i >= len(lower) or i in verbs or i in blocked:
            continue
        word = lower[i]
        # "said", "made landfall, flooding"; but "the United States" is no reporting
        # verb: a capitalised word inside a sentence is a name.
        if (word in reporting or word in light) and (i == 0 or tokens[i].text.islower()):
            out.append(i)
            continue
        if (
            i > 0
            and lower[i - 1] in aux
            and word.isalpha()
            and word not in aux
            and word not in adverb
            and word.islower()
        ):
            out.append(i)
    return out


_CLOCK = re.compile(r"T\d")
_YEAR = re.compile(r"\d{4}\Z")
_DIGIT = re.compile(r"\d")


@functools.cache
def _day_parts() -> tuple[frozenset[str], frozenset[str]]:
    """The words for parts of a day ("dawn", "morning", "midnight") and those that name
    the day itself ("Sunday", "yesterday", "last", "this", "March")."""
    parts = set(time_table("dayparts")) | set(time_table("twilight"))
    days = set(time_table("weekdays")) | set(time_table("months"))
    days |= time_word_class("relday_openers")
    parts |= time_word_class("clock_words")
    return frozenset(parts), frozenset(days - parts)


def _bare_part_of_day(time: TimeExpression) -> bool:
    """Whether ``time`` is a part of day with no day named ("overnight", "at dawn", "the
    morning", "shortly before midnight"; not "Sunday night", "last night", "3 a.m.")."""
    if time.type is not TimeType.TIME or _DIGIT.search(time.text):
        return False
    parts, days = _day_parts()
    words = _WORDS.findall(time.text.lower())
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]  # "first light"
    return any(w in parts for w in (*words, *pairs)) and not any(w in days for w in words)


# "Afterwards the ministry announced": told as following the time before.
_AFTERWARDS = time_word_class("soon_signals")
_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MODAL = frozenset({"will", "would", "'ll", "shall", "may", "might", "could", "should", "must"})
# Appeals whose infinitive owns the day after it ("urged X to meet on Thursday").
_APPEALS = frozenset({"urged", "called", "asked", "appealed", "pressed", "encouraged"})
_APPEAL_TIME = re.compile(
    r"(?:on |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:morning|afternoon|evening|night))?"
)


def _told_ahead(lower: Sequence[str], clause_of: Sequence[int], index: int) -> bool:
    """Whether the time at token ``index`` dates a clause told with a modal ("warned that
    storms would hit the coast on Wednesday"): what it dates has not happened, so a later
    sentence ("The authority shut 120 schools.") does not inherit it."""
    clause = clause_of[index]
    for k in range(index - 1, max(-1, index - 1 - _MODAL_REACH), -1):
        if clause_of[k] != clause:
            return False
        if lower[k] in _MODAL:
            return True
    return False


# How far before a time its clause's modal may stand ("would hit the coast on").
_MODAL_REACH = 8


_FORWARD = re.compile(r"\b(?:next|coming|upcoming|tomorrow|later)\b", re.IGNORECASE)


def _future(time: TimeExpression, published: datetime.date | None) -> bool:
    """Whether the time is told as after publication ("next Friday", "next month"); a
    bare weekday is not, whatever it was resolved to."""
    value = time.value
    if _FORWARD.search(time.text) is None:
        return False
    if value == "FUTURE_REF":
        return True  # "next week" in an article without a date
    if published is None:
        return False
    week = _ISO_WEEK.fullmatch(value)
    if week is not None:  # "next week": 2025-W15
        year, number = published.isocalendar()[:2]
        return (int(week.group(1)), int(week.group(2))) > (year, number)
    match = _CALENDAR.match(value)
    if match is None:
        return False
    size = len(match.group())
    return value[:size] > published.isoformat()[:size]


def _past(view: SentenceView, found: Found) -> bool:
    """A verb told in the past ("was postponed", "fled"), which a future day cannot date."""
    if found.as_noun or found.kind != "ed":
        return False
    skip = word_union("aux", "adverb")
    j = found.first - 1
    while j >= 0 and view.lower[j] in skip and view.lower[j] not in _MODAL:
        j -= 1
    return j < 0 or (view.lower[j] not in _MODAL and view.lower[j] != "to")


_LISTED = re.compile(r"(?:,| and| or) [A-Z]")

# A time spanning more than this many days ("in June", "last year") dates background.
_BACKGROUND_SPAN = 7
# TIMEX3 values without a day or week: "XXXX-09", "2023", "2024-SU", "2023-Q3".
_COARSE = re.compile(r"[\dX]{4}(?:-(?:[\dX]{2}|SP|SU|FA|WI|Q\d|H\d))?\Z")
# A day more than this many days before publication is background too.
_BACKGROUND_AGE = 14


def _background(time: TimeExpression | None, published: datetime.date | None) -> bool:
    """Whether the event's time marks it as background rather than today's news."""
    if time is None:
        return False
    if _COARSE.match(time.value):
        return True  # a month, season, quarter or year: "In September", "last year"
    if time.start is None or time.end is None:
        return False
    if (time.end - time.start).days > _BACKGROUND_SPAN:
        return True
    return published is not None and (published - time.end).days > _BACKGROUND_AGE


_HEADER_END = ("—", "–", " - ", "--")
_MAX_HEADER = 60


def _dateline_header(text: str, dateline: Span | None) -> Span | None:
    """The whole dateline up to its dash ("LONDON, March 7 (Reuters) -"), whose date is
    when the story was filed."""
    if dateline is None:
        return None
    window = text[dateline.start : dateline.end + _MAX_HEADER]
    ends = [at for at in (window.find(mark) for mark in _HEADER_END) if at >= 0]
    return Span(dateline.start, dateline.start + min(ends)) if ends else dateline
