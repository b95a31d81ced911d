"""Built-in plugin: events, with participants, time, place, quantities and reporting source.

Every sentence in the story is scanned for trigger words (``data/event_triggers.txt``);
each trigger becomes an event of the clause it stands in. Its time is the time expression
of that clause, else of the sentence, else the last one earlier in the paragraph: never
one that the article does not give. Its place is "in/at/near/from + name" in the clause
(or in a clause of the sentence that has no event of its own), else the dateline's city.
An event inside a claim's words carries that claim and its speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from newsfacts.document import Document, Token
from newsfacts.extractors._events_args import Arg, SentenceView, clauses, participants
from newsfacts.extractors._events_attach import (
    Located,
    PlaceMention,
    SpanIndex,
    anchoring_times,
    claim_at,
    dateline_place,
    sentence_places,
)
from newsfacts.extractors._events_names import name_phrase
from newsfacts.extractors._events_triggers import Found, find_triggers
from newsfacts.hookspecs import hookimpl
from newsfacts.models import (
    Claim,
    Event,
    EventType,
    Facts,
    Participant,
    ParticipantRole,
    Quantity,
    Span,
    TimeExpression,
)

__all__ = ["newsfacts_events"]


@hookimpl
def newsfacts_events(document: Document, facts: Facts) -> list[Event]:
    """Find the article's events (see the module docstring for how)."""
    return list(_Finder(document, facts).events())


class _Finder:
    """The state shared by all sentences of one article: indexes over earlier facts."""

    def __init__(self, document: Document, facts: Facts) -> None:
        self.document = document
        self.facts = facts
        self.all_times = SpanIndex(facts.times)
        self.times = SpanIndex(anchoring_times(facts.times))
        self.quantities: SpanIndex[Quantity] = SpanIndex(facts.quantities)
        self.claims: SpanIndex[Claim] = SpanIndex(facts.claims)
        self.dateline = dateline_place(facts.article)

    def events(self) -> Iterator[Event]:
        article = self.facts.article
        for sentence in self.document.sentences:
            if not article.in_bounds(sentence):
                continue
            tokens = self.document.tokens_in(sentence)
            found = find_triggers(tokens)
            if found:
                yield from self._sentence(sentence, tokens, found)

    def _blocked(self, sentence: Span, tokens: Sequence[Token]) -> frozenset[int]:
        """Indices of the sentence's tokens that lie inside a time expression."""
        starts = [t.start for t in tokens]
        out: set[int] = set()
        for time in self.all_times.inside(sentence, limit=len(tokens) + 1):
            lo = bisect.bisect_left(starts, time.span.start)
            hi = bisect.bisect_left(starts, time.span.end)
            out.update(range(lo, hi))
        return frozenset(out)

    def _sentence(
        self, sentence: Span, tokens: Sequence[Token], found: list[Found]
    ) -> Iterator[Event]:
        view = SentenceView(
            tokens=tokens,
            lower=[t.text.lower() for t in tokens],
            verbs=frozenset(f.index for f in found if not f.as_noun),
            blocked=self._blocked(sentence, tokens),
        )
        clause_of = clauses(view.lower, view.verbs)
        extent: dict[int, tuple[int, int]] = {}
        for i, c in enumerate(clause_of):
            if c >= 0:
                extent[c] = (extent.get(c, (i, i))[0], i)
        with_events = {clause_of[f.index] for f in found}
        places = sentence_places(view)
        free_places = [p for p in places if clause_of[p.prep] not in with_events]
        paragraph = self.document.paragraph_at(sentence.start) or sentence
        free_times = self._free_times(sentence, tokens, found, clause_of, with_events)
        inherited: Arg | None = None
        previous_place: Located | None = None
        previous_time: TimeExpression | None = None
        for n, f in enumerate(found):
            lo, hi = extent.get(clause_of[f.index], (f.index, f.last))
            hi = max(hi, f.last)
            clause = Span(tokens[lo].start, tokens[hi].end)
            trigger_span = Span(tokens[f.index].start, tokens[f.last].end)
            args, share = participants(
                view, f, inherited, lambda i: Arg(i, i + 1, ParticipantRole.AGENT)
            )
            shared_subject = inherited is not None and inherited in args
            if share is not None:
                inherited = share
            # A verb sharing the previous verb's subject shares its time too
            # ("walked off the job on Friday, halting the loading").
            time = (
                self.times.nearest_inside(clause, trigger_span.start)
                or free_times.get(n)
                or (previous_time if shared_subject else None)
                or free_times.get(-1)
                or self.times.last_before(paragraph, sentence.start)
            )
            previous_time = time
            place = self._place(view, f, clause_of, places, free_places) or previous_place
            previous_place = place
            where = place or self.dateline
            claim = claim_at(self.claims, trigger_span)
            yield Event(
                span=clause,
                trigger=self.document.slice(trigger_span),
                trigger_span=trigger_span,
                type=f.trigger.type,
                participants=self._participants(view, sentence, args, trigger_span),
                time=time,
                place=where.name if where else None,
                place_span=where.span if where else None,
                quantities=tuple(self.quantities.inside(clause)),
                claim_span=claim.span if claim else None,
                reported_by=claim.speaker if claim else None,
            )

    def _free_times(
        self,
        sentence: Span,
        tokens: Sequence[Token],
        found: list[Found],
        clause_of: list[int],
        with_events: set[int],
    ) -> dict[int, TimeExpression]:
        """Times in clauses without an event of their own, by the event they date.

        One before every trigger ("Last year, a dispute lasted ... and cost ...") dates the
        whole sentence (key -1); a later one ("... diverted to Rotterdam since Thursday")
        dates the nearest event before it.
        """
        out: dict[int, TimeExpression] = {}
        starts = [t.start for t in tokens]
        trigger_starts = [tokens[f.index].start for f in found]
        for time in self.times.inside(sentence, limit=len(found) + 8):
            index = min(bisect.bisect_left(starts, time.span.start), len(tokens) - 1)
            if clause_of[index] in with_events:
                continue
            before = bisect.bisect_left(trigger_starts, time.span.start) - 1
            out.setdefault(before, time)
        return out

    def _participants(
        self, view: SentenceView, sentence: Span, args: list[Arg], trigger: Span
    ) -> tuple[Participant, ...]:
        out: list[Participant] = []
        seen: set[tuple[str, ParticipantRole]] = set()
        for arg in args:
            for named in name_phrase(self.document, view.tokens[arg.start : arg.end], sentence):
                key = (named.name.lower(), ParticipantRole(arg.role))
                if named.span.overlaps(trigger) or key in seen:
                    continue
                seen.add(key)
                out.append(
                    Participant(name=named.name, role=arg.role, span=named.span, kind=named.kind)
                )
        return tuple(out)

    def _place(
        self,
        view: SentenceView,
        found: Found,
        clause_of: list[int],
        places: list[PlaceMention],
        free_places: list[PlaceMention],
    ) -> Located | None:
        movement = found.trigger.type is EventType.MOVEMENT
        clause = clause_of[found.index]
        own = [
            p
            for p in places
            if clause_of[p.prep] == clause and (movement or not p.goal)
        ]
        pool = own or [p for p in free_places if not p.goal]
        if pool:
            best = min(pool, key=lambda p: abs(p.start - found.index))
            span = Span(view.tokens[best.start].start, view.tokens[best.end - 1].end)
            return Located(self.document.slice(span), span)
        return None
