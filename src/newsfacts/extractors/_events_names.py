"""Turn a participant's phrase into a name: trimmed, and resolved through the names finder.

The article-wide name finder (:mod:`newsfacts.extractors._names`) links "the ministry"
and "she" to the entity they stand for; when it has nothing to say about a phrase, the
phrase itself, trimmed of determiners and counts ("more than 2,000 dock workers" ->
"dock workers"), is the name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from newsfacts.document import Document, Token
from newsfacts.extractors._events_lexicon import (
    form_table,
    is_demonym,
    plural_or_group,
    word_class,
    word_union,
)
from newsfacts.extractors._names import (
    Entity,
    Gender,
    Mention,
    Mentions,
    mentions,
    name_lexicon,
)
from newsfacts.extractors._tokens import lower_tokens
from newsfacts.lexicons import lexicon, lexicon_lines
from newsfacts.models import EntityKind, Span

__all__ = ["Named", "as_described", "name_phrase", "other_person", "same_entity"]


class Named(NamedTuple):
    name: str
    span: Span
    kind: EntityKind


def _registry(document: Document) -> Mentions:
    """The article's name registry, looked up once per document: ``mentions`` looks over
    the whole text for TeX quotes on every call."""
    return document.memo("events.registry", mentions)


def names_party(document: Document, span: Span) -> bool:
    """Whether the registry names a person or organisation starting at ``span`` ("an
    attack on Hamas", "the attack on Trump"): a party, not a place."""
    mention = _registry(document).starting_from(span.start)
    if mention is None or mention.span.start >= span.end:
        return False
    kind = _registry(document).entity(mention).kind
    return kind in (EntityKind.PERSON, EntityKind.ORGANIZATION)


@cache
def _pronouns() -> frozenset[str]:
    return word_union("pronoun", "object_pronoun")


def _trim(tokens: Sequence[Token]) -> Sequence[Token]:
    skip = word_union("det", "quantifier")
    start = 0
    while start < len(tokens) and (
        tokens[start].text.lower() in skip
        or not tokens[start].text[:1].isalpha()
        or (start > 0 and tokens[start].text.lower() == "of")
    ):
        start += 1
    end = len(tokens)
    while end > start and not tokens[end - 1].text[:1].isalnum():
        end -= 1
    return tokens[start:end]


def _before_amount(tokens: Sequence[Token]) -> Sequence[Token]:
    """The phrase up to an amount that follows its noun ("Queues several hundred metres
    long" -> "Queues"): a quantifier before a number or a number word, after a word."""
    counts = word_union("quantifier", "cardinal")
    focus, det = word_class("focus"), word_class("det")
    for k in range(1, len(tokens) - 1):
        word = tokens[k].text.lower()
        if word not in counts or tokens[k - 1].text.lower() in counts:
            continue
        if tokens[k - 1].text.lower() in focus or tokens[k - 1].text.lower() in det:
            continue  # "only about 26,000 tickets", "all of its roughly 100,000 residents"
        after = tokens[k + 1].text.lower()
        if tokens[k - 1].text.isalpha() and (after[:1].isdigit() or after in counts):
            return tokens[:k]
    return tokens


def _fallback_kind(words: Sequence[str]) -> EntityKind:
    organisation = word_class("nonplace")
    if not organisation.isdisjoint(map(str.lower, words)):
        return EntityKind.ORGANIZATION
    last = words[-1]
    if last.islower() and last.endswith("s"):
        return EntityKind.GROUP
    return EntityKind.UNKNOWN


def name_phrase(document: Document, tokens: Sequence[Token], sentence: Span) -> list[Named]:
    """The participants a phrase stands for (two for "Russia and Ukraine"), maybe none."""
    if len(tokens) > 1 and tokens[-1].text.lower() in word_class("emphatic_reflexive"):
        tokens = tokens[:-1]  # "the president himself met": the president
    if not tokens:
        return []
    if len(tokens) == 1 and tokens[0].text.lower() in word_class("possessive_det"):
        owner = _owner(document, tokens[0], sentence)
        if owner and tokens[0].text.lower() in _pronouns():
            return _not_own_subject(document, tokens[0], sentence, owner)
        if owner or tokens[0].text.lower() not in _pronouns():
            return owner
        # "sentenced her to 20 years": an object "her" is the person, as "him" is.
    pronoun = len(tokens) == 1 and tokens[0].text.lower() in _pronouns()
    if pronoun and tokens[0].text.lower() == "they":
        # A group named earlier in the sentence beats the registry's guess, which may
        # reach back to an organisation ("parents in Lagos said they had delayed").
        group = _it(document, tokens[0], sentence, groups_only=True)
        if group:
            return group
    if len(tokens) == 1 and tokens[0].text.lower() in word_class("vague_count"):
        # "killed hundreds", "Dozens were hurt": the count alone names those counted.
        span = Span(tokens[0].start, tokens[0].end)
        return [Named(tokens[0].text, span, _fallback_kind([tokens[0].text]))]
    if len(tokens) <= 2 and tokens[-1].text.isupper():  # acronyms are in capitals
        full = _acronyms(document).get(tokens[-1].text)
        if full is not None:
            return [Named(full, Span(tokens[-1].start, tokens[-1].end), EntityKind.ORGANIZATION)]
    if (
        len(tokens) == 2
        and tokens[0].text.lower() in _TEAM_DETS
        and tokens[1].text in word_class("team")
        and _sporting(document)
    ):
        team = _last_team(document, tokens[0].start)
        if team is not None:
            return [Named(team, Span(tokens[0].start, tokens[1].end), EntityKind.ORGANIZATION)]
    aged = _aged(document, tokens, sentence) or _young(document, tokens)
    if aged:
        return aged
    if _count_of_them(tokens):
        # "Two of them were transferred": the count as written, as annotators name it.
        span = Span(tokens[0].start, tokens[-1].end)
        return [Named(document.slice(span), span, EntityKind.GROUP)]
    if (
        len(tokens) == 2
        and tokens[0].text.lower() in word_class("participle_pronoun")
        and tokens[1].text.isalpha()
        and tokens[1].text.islower()
        and not tokens[1].text.endswith("s")
        and tokens[1].text not in word_union("clause", "pronoun")
    ):
        # "Those arrested were released", "those responsible": the pronoun with its
        # participle or adjective names them ("those talks": a determiner, dropped).
        span = Span(tokens[0].start, tokens[-1].end)
        return [Named(document.slice(span), span, EntityKind.GROUP)]
    sum_given = _sum(document, tokens) if _given(document, tokens[0]) else None
    if sum_given is not None:
        return [sum_given]
    kept = _before_amount(_trim(tokens))
    if (
        len(kept) > 2
        and kept[0].text.lower() in word_class("holding")
        and kept[1].text in word_class("holding_prep")
        and (
            kept[2].text[:1].isupper()
            # "Shares in the carmaker Renault": the company named after "the".
            or (kept[2].text == "the" and any(t.text[:1].isupper() for t in kept[3:]))
        )
    ):
        # "shares in Korvath", "Shares of Vodafone": the holding, named with its company.
        span = Span(kept[0].start, kept[-1].end)
        return [Named(document.slice(span), span, EntityKind.UNKNOWN)]
    if (
        len(kept) > 1
        and kept[-1].text in word_class("share_head")
        and all(t.text[:1].isupper() for t in kept[:-1])
    ):
        # "Upjohn shares rose", "Unisys stock fell": the holding, not the company, moved.
        span = Span(kept[0].start, kept[-1].end)
        return [Named(document.slice(span), span, EntityKind.UNKNOWN)]
    if _shared_head(kept):
        span = Span(kept[0].start, kept[-1].end)
        return [Named(document.slice(span), span, _fallback_kind([t.text for t in kept]))]
    whole = _joined_name(document, kept)
    if whole is not None:
        return [whole]
    parts = _coordinated_parts(tokens, kept)
    if len(parts) > 1:
        # "the United States and the European Union": one participant each.
        return [named for part in parts for named in name_phrase(document, part, sentence)]
    called = _called(kept)
    if called:
        return name_phrase(document, called, sentence)
    resolved = _resolve(document, tokens, kept)
    if resolved and not pronoun and _name_cut_after(document, tokens):
        resolved = []  # "confirmed the judge Biden nominated": the judge
    if resolved and not pronoun and len(tokens) == 2:
        resolved = _salient_definite(document, tokens, resolved)
    if resolved and pronoun and _modifier_antecedent(document, tokens[0]):
        return []
    if resolved and pronoun and _plural_for_it(tokens[0], resolved):
        return _singular_body(document, tokens[0])
    if resolved and pronoun:
        resolved = _not_own_subject(document, tokens[0], sentence, resolved)
        return _relative_clause_subject(document, tokens[0], sentence, resolved)
    if resolved:
        return resolved
    if pronoun:
        found = _it(document, tokens[0], sentence) or _earlier_thing(document, tokens[0], sentence)
        return _relative_clause_subject(document, tokens[0], sentence, found)
    units = word_class("unit")
    k = 0
    while k < len(kept) - 1 and kept[k].text.lower() in units:
        k += 1  # "a 7.5 billion euro loan guarantee": the guarantee
    if k and kept[k].text.isalpha() and kept[k].text.islower():
        kept = kept[k:]
    if not kept or (kept[0].text.lower() in units and tokens[0].text.lower() != "the"):
        # A measure ("5.5 percent"), not a participant; but "The dollar fell" is the
        # currency itself.
        return []
    start, end = kept[0].start, kept[-1].end
    if kept[-1].text.endswith(("'s", "’s")):
        end -= 2
    span = Span(start, end)
    name = document.slice(span)
    if not name or not (name[0].isalpha() or any(c.isalpha() for c in name)):
        return []
    return [Named(name, span, _fallback_kind([t.text for t in kept]))]


def as_described(document: Document, tokens: Sequence[Token]) -> Named | None:
    """ "The drivers' union, Unite, accused the company": a definite description ("the
    company", "the airline") as written, without its article, when the registry's reading
    of it is unusable (there, the subject itself); ``None`` for anything else."""
    # "accused the company of cutting": the description ends before its preposition.
    prep = word_class("prep")
    tokens = tokens[: next((k for k, t in enumerate(tokens) if t.text in prep), len(tokens))]
    if not 2 <= len(tokens) <= _DESCRIBED_WORDS or tokens[0].text.lower() not in _DEFINITE:
        return None
    words = [t.text for t in tokens[1:]]
    if not all(w.isalpha() and w.islower() for w in words):
        return None
    span = Span(tokens[1].start, tokens[-1].end)
    return Named(document.slice(span), span, _fallback_kind(words))


def same_entity(document: Document, one: Span, other: Span) -> bool:
    """Whether the phrase at ``other`` is, to the registry, the entity of the phrase at
    ``one`` or of a name set beside it ("The miners' union, the Federación Minera, ...":
    the union is the Federación)."""
    registry = _registry(document)
    entity = registry.resolve(other)
    if entity is None:
        return False
    if registry.resolve(one) is entity:
        return True
    if not document.text.startswith(",", one.end):
        return False
    beside = registry.starting_from(one.end)
    return (
        beside is not None
        and beside.span.start - one.end <= _APPOSED_GAP
        and document.text.startswith(",", beside.span.end)
        and registry.entity(beside) is entity
    )


# ", the " may stand between a phrase and the name set beside it.
_APPOSED_GAP = 6


# A description is "the" and up to three lower-case words ("the state oil company").
_DESCRIBED_WORDS = 4
_DEFINITE = frozenset({"the", "this", "that"})


def _given(document: Document, first: Token) -> bool:
    """Whether a verb of giving or paying stands a few words before the phrase ("paid $6
    billion", "lent Argentina $20 billion", "had been offered 30,000 reais"): its sum is
    what passes; after other verbs ("losses reached 40 million pounds") a sum is a level."""
    i = document.token_index(first.start)
    forms = _transfer_forms()
    lower = lower_tokens(document)
    for j in range(i - 1, max(-1, i - 1 - _GIVEN_REACH), -1):
        word = lower[j]
        if word in forms:
            return True
        if not word[:1].isalnum() and word not in _QUOTES:
            return False  # "... in aid, $6 billion": a comma parts them; a quote does not
    return False


@cache
def _transfer_forms() -> frozenset[str]:
    """The written forms of the verbs of ``transfer_verb`` that the trigger list knows."""
    lemmas = word_class("transfer_verb")
    return frozenset(
        word
        for word, forms in form_table().items()
        if any(f.trigger.lemma in lemmas and f.kind != "noun" for f in forms)
    )


def _sum(document: Document, tokens: Sequence[Token]) -> Named | None:
    """A phrase that opens with a sum of money or a share, named as written from its first
    quantifier ("about $12 million in bitcoin", "between $8 million and $12 million",
    "5.5%", "a 3% raise" -> "3% raise"): annotators name the sum given, not only its thing."""
    det, units = word_class("det"), word_class("sum_unit")
    opening = word_union("quantifier", "amount_range", also=_RANGE_LINKS)
    start = 0
    while start < len(tokens) and tokens[start].text.lower() in det and not _prefix(tokens, start):
        start += 1
    k, number = start + _prefix(tokens, start), False
    while k < len(tokens) and k - start < _SUM_REACH:
        text = tokens[k].text
        if text[:1].isdigit():
            number = True
        elif number and (text.lower() in units or text == "%"):
            break  # "10 million yuan", "5.5 %"
        elif _sign(text) and k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit():
            break  # "$6 billion", "€50m"
        elif text.lower() not in opening:
            return None
        k += 1
    else:
        return None
    end = len(tokens)
    while end > k and not tokens[end - 1].text[:1].isalnum() and tokens[end - 1].text != "%":
        end -= 1
    span = Span(tokens[start].start, tokens[end - 1].end)
    return Named(document.slice(span), span, EntityKind.UNKNOWN)


def _prefix(tokens: Sequence[Token], k: int) -> bool:
    """ "A$21.40", "HK$3 billion": capitals written against a dollar sign (not "a $5 fee")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text.isupper()
        and tokens[k].text.lower() in word_class("currency_prefix")
        and tokens[k + 1].text == "$"
        and tokens[k + 1].start == tokens[k].end
    )


def _sign(text: str) -> bool:
    """A currency sign ("$", "€", "£", "¥"): a symbol, not a punctuation mark."""
    return len(text) == 1 and not text.isalnum() and text not in _NOT_SIGNS


# Marks that never stand for a currency, and words that join two ends of a range.
_NOT_SIGNS = frozenset(".,;:!?'\"()[]{}-–—/&*@#’‘“”«»")
_RANGE_LINKS = frozenset({"and", "to"})
_QUOTES = frozenset('"“”')
# How many words a sum's quantifiers and number may take before its unit or sign, and
# how far back the verb that gives it may stand ("lent the Argentine government $20bn").
_SUM_REACH = 6
_GIVEN_REACH = 5


def _count_of_them(tokens: Sequence[Token]) -> bool:
    """ "Two of them", "all three of those", "some of us": a count of a pronoun's group."""
    if (
        len(tokens) < 3
        or tokens[-2].text.lower() != "of"
        or tokens[-1].text.lower() not in _GROUP_PRONOUNS
    ):
        return False  # most phrases: read no further than their last two words
    counts = word_union("quantifier", "cardinal", "floating")
    return all(w in counts or w[:1].isdigit() for w in (t.text.lower() for t in tokens[:-2]))


_GROUP_PRONOUNS = frozenset({"them", "those", "us"})


_AGE = re.compile(r"\d{1,3}-year-old\Z")
# How many sentences back a description by age looks for the person it stands for.
_AGE_LOOKBACK = 2


def _aged(document: Document, tokens: Sequence[Token], sentence: Span) -> list[Named]:
    """ "The 19-year-old Russian saved ...": a person described by age alone stands for
    the first person named in the nearest earlier sentence that names one (its subject,
    most often: "Kovacs won ..., beating Petrova")."""
    if len(tokens) < 2 or tokens[0].text.lower() != "the" or not _AGE.match(tokens[1].text):
        return []
    index = document.sentence_index(sentence.start)
    if index is None:
        return []
    registry = _registry(document)
    span = Span(tokens[0].start, tokens[-1].end)
    for k in range(index - 1, max(-1, index - 1 - _AGE_LOOKBACK), -1):
        found = registry.in_span(document.sentences[k])
        people: list[Entity] = []
        for n, m in enumerate(found):
            entity = registry.entity(m)
            if entity.kind is not EntityKind.PERSON or any(p.id == entity.id for p in people):
                continue
            after = found[n + 1] if n + 1 < len(found) else None
            if after is not None and _title_between(document, m.span.end, after.span.start):
                continue  # "former Berlin Marathon winner Faith Cherono": the name after it
            people.append(entity)
        if len(people) > 1 and len(tokens) == 2:
            # "Police chief Ruiz said officer Lopez was suspended. The 45-year-old": a
            # bare age after two people names neither.
            return []
        if people:
            return [Named(people[0].name, span, people[0].kind)]
    return []


def _young(document: Document, tokens: Sequence[Token]) -> list[Named]:
    """ "the boy survived": a definite noun for a child (class ``child_noun``) stands for
    the one person the article introduced before with a child's age ("Elian Gonzalez, 6,",
    "6-year-old Elian"); none when it introduced two, or none."""
    if len(tokens) != 2 or tokens[0].text.lower() != "the":
        return []
    noun = tokens[1].text
    if noun not in word_class("child_noun") or _modified_after(document, tokens[1]):
        return []  # "The girl driving the car": a phrase after the noun picks someone else
    earlier = [(at, e) for at, e in _children(document) if at < tokens[0].start]
    if not earlier or any(e.id != earlier[-1][1].id for _, e in earlier):
        return []
    at, entity = earlier[-1]
    sex = _CHILD_SEX.get(noun)
    if sex is not None and entity.gender is not None and entity.gender != sex:
        return []  # "Tommy Lee, 5, ... The girl": not him
    if _new_child_between(document, at, tokens[0].start, sex):
        return []  # "Ali Khan, 5, was found. A girl was found later. The girl": the new one
    return [Named(entity.name, Span(tokens[0].start, tokens[1].end), entity.kind)]


# The sex a child noun gives ("the boy", "the girl"); "the child" gives none.
_CHILD_SEX: dict[str, Gender] = {"boy": "male", "girl": "female"}


def _modified_after(document: Document, noun: Token) -> bool:
    """Whether a participle or a preposition follows a noun in its phrase ("the girl
    driving the car", "the boy in the other car"): a description that may pick out
    someone else than the one named before."""
    following = document.tokens_in(Span(noun.end, noun.end + _NEXT_WORD_REACH))
    if not following or not following[0].text.isalpha() or not following[0].text.islower():
        return False
    word = following[0].text
    return word.endswith("ing") or word in word_class("child_modifier_prep")


_NEXT_WORD_REACH = 30


def _new_child_between(document: Document, start: int, end: int, sex: Gender | None) -> bool:
    """Whether someone new who may be the child stands between two offsets: "a boy", "a
    girl" or "a child", or a young relative of that sex ("his sister" before "the girl",
    "her cousin" before either)."""
    found: list[tuple[int, Gender | None]] = document.memo("events.new_children", _new_young)
    k = bisect.bisect_left(found, start, key=lambda pair: pair[0])
    return any(at < end and (sex is None or kin is None or kin == sex) for at, kin in found[k:])


def _new_young(document: Document) -> list[tuple[int, Gender | None]]:
    """Where the text tells of someone new who may be a child, with the sex the words
    give: "a boy", "a girl" or "a child", and "his sister", "her cousin" (class
    ``young_kin_male``, ``young_kin_female``, ``young_kin``)."""
    out: list[tuple[int, Gender | None]] = [
        (m.start(), _CHILD_SEX.get(m.group(1).lower()))
        for m in _child_patterns()[1].finditer(document.text)
    ]
    kin: dict[str, Gender | None] = dict.fromkeys(word_class("young_kin"))
    kin.update(dict.fromkeys(word_class("young_kin_male"), "male"))
    kin.update(dict.fromkeys(word_class("young_kin_female"), "female"))
    owners = word_class("possessive_det")
    tokens = document.tokens
    for k in range(1, len(tokens)):
        word = tokens[k].text.lower()
        if word in kin and tokens[k - 1].text.lower() in owners:
            out.append((tokens[k - 1].start, kin[word]))
    return sorted(out, key=lambda pair: pair[0])


def _children(document: Document) -> list[tuple[int, Entity]]:
    """Where the article introduces a named person as a child, in order: a name followed
    by ", 6,", ", the 6-year-old" or ", the boy", or preceded by "6-year-old" and at most
    two words (looked up once per document)."""

    def find(doc: Document) -> list[tuple[int, Entity]]:
        registry = _registry(doc)
        text = doc.text
        out: list[tuple[int, Entity]] = []
        for m in registry.mentions:
            entity = registry.entity(m)
            if entity.kind is not EntityKind.PERSON or not entity.name[:1].isupper():
                continue
            after = _AGE_AFTER.match(text, m.span.end)
            before = _AGE_BEFORE.search(
                text, max(0, m.span.start - _AGE_BEFORE_REACH), m.span.start
            )
            ages = [int(a.group(1)) for a in (after, before) if a is not None]
            beside = _child_patterns()[0].match(text, m.span.end)
            if any(age < _ADULT_AGE for age in ages) or beside:
                out.append((m.span.start, entity))
        return out

    found: list[tuple[int, Entity]] = document.memo("events.children", find)
    return found


# "Elian Gonzalez, 6," and "6-year-old Elian", "the 6-year-old Cuban boy Elian": a
# child's age beside a name; under 18 is a child.
_AGE_AFTER = re.compile(r",\s*(?:(?:the|a)\s+)?(\d{1,2})(?:,|-year-old\b)")
_AGE_BEFORE = re.compile(r"\b(\d{1,2})-year-old(?:\s+[A-Za-z]+){0,2}\s+$")
_AGE_BEFORE_REACH = 40
_ADULT_AGE = 18


@cache
def _child_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A child noun set beside a name ("Elian Gonzalez, the ``boy martyr''", "Maria, a
    girl of seven"), and one told of as someone new ("a boy"), from class ``child_noun``."""
    nouns = "|".join(sorted(word_class("child_noun")))
    beside = re.compile(rf",\s*(?:the|a)\s+(?:``|\"|'')?(?:{nouns})\b")
    new = re.compile(rf"\b[Aa]n?\s+({nouns})\b")
    return beside, new


def _titles_next(document: Document, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether ``mention`` only qualifies the title of the next name in the phrase
    ("Former Berlin Marathon winner Faith Cherono": Faith Cherono, whatever the registry
    took "Former Berlin Marathon" for)."""
    after = next((m for m in mentions if m.span.start >= mention.span.end), None)
    return after is not None and _title_between(document, mention.span.end, after.span.start)


def _title_between(document: Document, end: int, start: int) -> bool:
    """Whether one lower-case noun of a title runs from a name to the next name ("Berlin
    Marathon winner Faith Cherono", "Tour de France champion Ana Ruiz"): the first name
    only qualifies the title of the second; a verb ("Kovacs beat Petrova") does not."""
    words = document.text[end:start].split()
    if len(words) != 1 or not words[0].isalpha() or not words[0].islower():
        return False
    word = words[0]
    if word in word_union("prep", "adverb", "clause"):
        return False  # "Lopez after Ruiz", "Lopez never forgave Ruiz"
    return word in name_lexicon().roles or word.endswith(_title_endings())


@cache
def _title_endings() -> tuple[str, ...]:
    """Endings of nouns for who someone is that stand between a name and the title's
    bearer ("winner", "champion"), from ``title_ending`` in ``event_grammar.txt``."""
    return tuple(sorted(word_class("title_ending")))


def _name_cut_after(document: Document, tokens: Sequence[Token]) -> bool:
    """Whether a lower-case phrase ends right before a name the registry read as its
    apposition ("the judge Biden"), which the caller left out: the name opens a contact
    clause ("the judge Biden nominated"), so the phrase names only its own head."""
    last = tokens[-1]
    if not (last.text.isalpha() and last.text.islower()):
        return False
    registry = _registry(document)
    own = registry.at(tokens[0].start)
    nxt = registry.starting_from(last.end)
    if own is None or nxt is None or own.span.end != last.end:
        return False
    return nxt.entity == own.entity and document.text[last.end : nxt.span.start] == " "


def _salient_definite(
    document: Document, tokens: Sequence[Token], resolved: list[Named]
) -> list[Named]:
    """ "the group", "the body" read by the registry as an organisation named earlier,
    by its head noun alone: "the body" bare is a corpse ("where the body had been
    buried"; "the world body" stays the UN); "the group" is the body named since that
    opened a sentence, when the registry's body was not named after it ("The Khmer Rouge
    were a guerrilla force ... the group began to fall apart"), and that body has no head
    noun of another kind ("the Israeli army")."""
    if tokens[0].text.lower() != "the" or len(resolved) != 1:
        return resolved
    if resolved[0].kind is not EntityKind.ORGANIZATION:
        return resolved
    head = tokens[1].text
    span = Span(tokens[1].start, tokens[1].end)
    if head == "body":
        if resolved[0].name.rsplit(" ", 1)[-1].lower() == "body":
            return resolved  # "A woman's body was found ... The body": that same corpse
        if _body_described(document, tokens[0].start):
            return resolved  # "World Athletics, the sport's governing body, ... The body"
        return [Named(head, span, EntityKind.UNKNOWN)]
    if head not in word_class("salient_head"):
        return resolved
    registry = _registry(document)
    mention = registry.at(tokens[1].start)
    if mention is None:
        return resolved
    paragraph = document.paragraph_at(tokens[0].start) or Span(0, tokens[0].start)
    before = registry.in_span(Span(paragraph.start, tokens[0].start))
    for m in reversed(before):
        if m.entity == mention.entity:
            return resolved  # the registry's body was named last
        entity = registry.entity(m)
        text = document.slice(m.span)
        if entity.kind not in (EntityKind.ORGANIZATION, EntityKind.GROUP):
            continue
        if not all(w[:1].isupper() for w in text.split()) or not _opens_sentence(document, m.span):
            continue  # "Kessler's office": a description, no body's proper name
        if not any(c in document.text[m.span.end : tokens[0].start] for c in ".!?"):
            continue  # "Kessler's office ... accused the group": another body, same sentence
        last = text.rsplit(" ", 1)[-1].lower()
        if last in word_class("salient_other_head"):
            return resolved  # "The Israeli Army ... the group": a body of another kind
        own = registry.entity(mention).name.rsplit(" ", 1)[-1].lower() == head.lower()
        if own and not _described(document, m.span):
            # "Carlyle Group agreed ... Goldman Sachs advised the seller. The group will":
            # the body whose name ends in "Group", unless the later one was said to be one
            # ("The Khmer Rouge were a guerrilla force").
            return resolved
        return [Named(entity.name, span, entity.kind)]
    return resolved


def _described(document: Document, span: Span) -> bool:
    """Whether the name at ``span`` is the subject of "be" + an article ("The Khmer Rouge
    were a guerrilla force"): its sentence says what kind of body it is."""
    words = document.text[span.end : span.end + _DESCRIBED_REACH].split()
    return (
        len(words) >= 2
        and words[0].lower() in word_class("be")
        and words[1].lower() in ("a", "an", "the")
    )


# Characters after a name read for "were a": "is", "was", "are", "were" and an article.
_DESCRIBED_REACH = 12


def _body_described(document: Document, end: int) -> bool:
    """Whether an apposition ending in "body" came earlier in the paragraph before
    ``end`` (", the sport's global governing body,", ", the UN's health body,"): an
    organisation was called a body, so a later "the body" is that organisation, not a
    corpse ("a badly decomposed body")."""
    paragraph = document.paragraph_at(end) or Span(0, end)
    before = document.text[paragraph.start : end]
    start = 0
    while (k := before.find(" body,", start)) >= 0:
        start = k + 1
        comma = before.rfind(", ", max(0, k - _BODY_REACH), k)
        words = before[comma + 2 : k].split() if comma >= 0 else []
        if len(words) >= 2 and words[0].lower() in ("the", "a", "an") and "body" not in words:
            return True
    return False


# Characters between the comma that opens an apposition and its "body".
_BODY_REACH = 40


def _opens_sentence(document: Document, span: Span) -> bool:
    """Whether the name at ``span`` opens its sentence (after "The" at most): the
    subject, the most salient body of that sentence."""
    before = document.text[max(0, span.start - _OPENING_REACH) : span.start]
    before = before[:-4] if before.endswith(("The ", "the ")) else before
    stripped = before.rstrip(" \"“'‘")
    return not stripped or stripped.endswith((".", "!", "?", "\n"))


# How far back the start of a sentence is looked for before a name ("The " and quotes).
_OPENING_REACH = 8


def enclosing_name(document: Document, span: Span) -> Span | None:
    """The span of the registry's organisation name with a list inside that holds the
    phrase at ``span`` and more ("Tobacco and Firearms" of "the Bureau of Alcohol,
    Tobacco and Firearms"): the phrase is a piece of that one name, not a party."""
    mention = _registry(document).at(span.end - 1)
    if mention is None or mention.span.end < span.end:
        return None
    if mention.span.start > span.start and document.text[
        span.start : mention.span.start
    ].lower() not in ("the ",):
        return None  # "Agents from the Bureau of ...": a phrase of its own
    if _registry(document).entity(mention).kind is not EntityKind.ORGANIZATION:
        return None
    inside = document.text[mention.span.start : mention.span.end]
    return mention.span if ", " in inside or " and " in inside or " & " in inside else None


def _joined_name(document: Document, kept: Sequence[Token]) -> Named | None:
    """One name with "and", "&" or a comma inside ("the Securities and Exchange
    Commission", "Procter & Gamble", "Johnson and Johnson"): the registry's organisation
    that spans the whole phrase, or a name doubled around "and"/"&"; ``None`` otherwise
    (then "Russia and Ukraine" are two)."""
    if len(kept) < 3 or not any(t.text.lower() in _NAME_JOINS for t in kept[1:-1]):
        return None
    span = Span(kept[0].start, kept[-1].end)
    words = [t.text for t in kept]
    mention = _registry(document).at(span.start)
    if mention is not None and mention.span == span and _one_body(words):
        entity = _registry(document).entity(mention)
        if entity.kind is EntityKind.ORGANIZATION:
            return Named(entity.name, span, entity.kind)
    if len(words) == 3 and words[0] == words[2] and words[0][:1].isupper():
        # "Johnson and Johnson", "Church & Church": one firm, not a person twice.
        return Named(document.slice(span), span, EntityKind.ORGANIZATION)
    return None


def _one_body(words: Sequence[str]) -> bool:
    """Whether capitalised words with "and" inside read as one body's name: "&" joins
    them ("Procter & Gamble"), or a list follows "of" ("Department of Health and Human
    Services"), or one word before "and" shares the head of a public body after it
    ("Securities and Exchange Commission", "Avon and Somerset Police"); not "AirAsia and
    Wings Air", "the African Union and the Commonwealth", "King's Fund and ...", two."""
    if any(not w[:1].isupper() and w not in _NAME_JOINS and w != "of" for w in words):
        return False  # "the", a possessive or a lower-case word: two phrases
    if any(w.endswith(("'s", "’s")) or w in ("'", "’") for w in words):
        return False
    if "&" in words:
        return True
    first = next(k for k, w in enumerate(words) if w in _NAME_JOINS)
    if "of" in words[:first]:
        return True
    head = words[-1].lower()
    if _whole_body(words[:first]):
        return False  # "The FBI and Secret Service", "Kent Police and Essex Police": two
    last = max(k for k, w in enumerate(words) if w in _NAME_JOINS)
    if len(words) - last - 1 > _JOINED_TAIL:
        return False  # "the Treasury and Federal Reserve Board": a name of its own after
    # "Valley Federal Savings and Loan Association"; but "the United States and Soviet
    # Union" are two: "union" joins only one word ("University and College Union").
    return head in word_class("joined_body_head") and (first == 1 or head != "union")


# The words after the last "and" of one joined name: a word and the head ("Exchange
# Commission", "Somerset Police"); more make a body's name of their own ("Federal
# Reserve Board", "Thames Valley Police").
_JOINED_TAIL = 2


def _whole_body(words: Sequence[str]) -> bool:
    """Whether the words before "and" name a body by themselves: an acronym ("FBI"), a
    name known without an organisation word ("Pentagon", "Scotland Yard"), or a name
    ending in a body's head ("Supreme Court", "Met Office")."""
    if not words:
        return False
    if len(words) == 1 and len(words[0]) > 1 and words[0].isupper() and words[0].isalpha():
        return True
    if " ".join(words) in name_lexicon().org_names:
        return True
    return len(words) > 1 and words[-1].lower() in word_union("joined_body_head", "own_body_head")


# What joins the parts of one name: "Securities and Exchange", "Procter & Gamble".
_NAME_JOINS = frozenset({"and", "&", ","})


def _coordinated_parts(tokens: Sequence[Token], kept: Sequence[Token]) -> list[Sequence[Token]]:
    """The parties a coordinated phrase joins, by the first reading that splits it
    (``kept``: the phrase without its determiners and quantifiers), or the phrase alone.
    Every reading cuts at "and"/"or": a phrase without one (most) is not read at all."""
    conjunctions = word_class("conjunction")
    if not any(t.text.lower() in conjunctions for t in tokens):
        return [kept]
    parts = _conjuncts(kept)
    if len(parts) == 1:
        parts = _described_conjuncts(kept)
    if len(parts) == 1:
        parts = _pointing_conjuncts(kept)
    if len(parts) == 1:
        parts = _common_and_named(kept)
    if len(parts) == 1:
        parts = _determined_conjuncts(tokens)
    return parts


def _conjuncts(tokens: Sequence[Token]) -> list[Sequence[Token]]:
    """The names a coordination of names joins ("the United States and the European
    Union"), or the phrase alone when a part is not capitalised.
    One name with "and" inside ("Marks and Spencer", "Bosnia and Herzegovina") is split
    too: the registry does not know such names either."""
    cuts = [k for k, t in enumerate(tokens) if t.text.lower() in ("and", "or")]
    if not cuts:
        return [tokens]
    parts: list[Sequence[Token]] = []
    start = 0
    for k in [*cuts, len(tokens)]:
        part = _trim(tokens[start:k])
        if not part or not all(t.text[:1].isupper() for t in part):
            return [tokens]
        parts.append(part)
        start = k + 1
    return parts


def _pointing_conjuncts(tokens: Sequence[Token]) -> list[Sequence[Token]]:
    """ "Shell and its partners", "Russia's army and their allies": a second side opened
    by "its"/"their" is a party of its own, beside the one the determiner points back at."""
    cuts = [k for k, t in enumerate(tokens) if t.text.lower() in ("and", "or")]
    if len(cuts) != 1 or cuts[0] == 0 or cuts[0] + 2 >= len(tokens):
        return [tokens]
    if tokens[cuts[0] + 1].text.lower() not in ("its", "their"):
        return [tokens]
    return [tokens[: cuts[0]], tokens[cuts[0] + 1 :]]


def _common_and_named(tokens: Sequence[Token]) -> list[Sequence[Token]]:
    """ "police and militant Protestants", "the army and radical Islamists": a body named
    in lower case beside one named by a capitalised word; one participant each, not the
    name alone."""
    conjunctions = word_class("conjunction")
    cuts = [k for k, t in enumerate(tokens) if t.text.lower() in conjunctions]
    if len(cuts) != 1:
        return [tokens]
    left, right = _trim(tokens[: cuts[0]]), _trim(tokens[cuts[0] + 1 :])
    if not left or not right or not right[-1].text[:1].isupper():
        return [tokens]
    if not all(t.text.isalpha() and t.text.islower() for t in left):
        return [tokens]
    return [left, right]


def _described_conjuncts(tokens: Sequence[Token]) -> list[Sequence[Token]]:
    """ "Israeli forces and Hezbollah fighters", "Iranian officials and US envoys": two
    groups, each a name or nationality before a lower-case noun; one participant each,
    not the last alone. Not "Marks and Spencer shares" (its first part is a bare name)."""
    cuts = [k for k, t in enumerate(tokens) if t.text.lower() in ("and", "or")]
    if len(cuts) != 1:
        return [tokens]
    left, right = _trim(tokens[: cuts[0]]), _trim(tokens[cuts[0] + 1 :])
    if len(left) < 2 or not right:
        return [tokens]
    if not right[0].text[:1].isupper() and not (
        len(right) > 1 and all(t.text.isalpha() and t.text.islower() for t in right)
    ):
        return [tokens]  # "Sudanese army units and paramilitary fighters": a described second
    head = left[-1].text
    if not (head.isalpha() and head.islower()) or not left[0].text[:1].isupper():
        return [tokens]
    # "North Korean soldiers", "Chinese coast guard vessels": names, then a description.
    lower_from = next((k for k, t in enumerate(left) if not t.text[:1].isupper()), len(left))
    if any(t.text[:1].isupper() for t in left[lower_from:]) or head in _LINKS:
        return [tokens]  # one description each: "Israeli forces", not "Israeli-led Gaza forces"
    return [left, right]


def _determined_conjuncts(tokens: Sequence[Token]) -> list[Sequence[Token]]:
    """ "Russian forces and the army", "The thrift and the holders", "the army and rebels":
    two noun phrases joined by one "and"/"or", the second opened by "the" (or, after a
    first opened by an article, bare and in lower case); one participant each (the article
    shows where a phrase starts, so the two are no shared name, unlike "Marks and
    Spencer"). Not "A bus and a lorry collided", kept as one phrase."""
    articles = ("the", "a", "an")
    cuts = [k for k, t in enumerate(tokens) if t.text.lower() in ("and", "or")]
    if len(cuts) != 1:
        return [tokens]
    left, right = tokens[: cuts[0]], tokens[cuts[0] + 1 :]
    if len(left) < 1 or len(right) < 1:
        return [tokens]
    if right[0].text.lower() != "the" and not (
        left[0].text.lower() in articles
        and right[0].text.lower() not in articles
        and all(t.text.islower() for t in right)
    ):
        # "the Securities and Exchange Commission": a capital after "and" may go on a name.
        return [tokens]
    if any(not t.text.replace("-", "").replace(".", "").isalpha() for t in (*left, *right)):
        return [tokens]  # a comma, a number or a possessive: a phrase of another shape
    if any(t.text.lower() == "of" for t in tokens):
        return [tokens]  # "the presidents of Poland and the Czech Republic": whose is unsure
    if len(_trim(left)) < 1 or len(_trim(right)) < 1:
        return [tokens]
    return [left, right]


def _shared_head(tokens: Sequence[Token]) -> bool:
    """ "Israeli and Hamas negotiators", "Lecturers and support staff": one-word
    conjuncts joined to a last one whose lower-case head they share or stand beside; one
    participant, not the last conjunct alone. Not "Russia and its allies" (a determiner
    opens a phrase of its own)."""
    if len(tokens) < 3 or tokens[1].text.lower() not in ("and", "or"):
        return False  # most phrases: no conjunction after their first word
    if not tokens[-1].text.isalpha() or not tokens[-1].text.islower():
        return False
    cuts = [k for k, t in enumerate(tokens) if t.text.lower() in ("and", "or")]
    if not cuts or cuts[0] != 1 or cuts[-1] >= len(tokens) - 1:
        return False
    closed = word_union("det", "possessive_det", "pronoun")
    start = 0
    for k in cuts:
        if k - start != 1:
            return False  # "the United States and Canada's leaders": names of their own
        start = k + 1
    if len(tokens) - start == 1 and any(_singular_common(tokens[k - 1].text) for k in cuts):
        return False  # "the army and rebels": a singular noun shares no one-word head
    return all(t.text.isalpha() and t.text.lower() not in closed for t in tokens[start:])


def _singular_common(word: str) -> bool:
    """A lower-case singular noun ("army", "government"), not a plural or group head
    ("police", "soldiers") nor an adjective of origin ("Israeli")."""
    return word.isalpha() and word.islower() and not plural_or_group(word)


def _owner(document: Document, token: Token, sentence: Span) -> list[Named]:
    """Whom a possessive determiner stands for ("his victory", "its offer"): the
    registry's entity for it, else, for "its" and "their", the first organisation (or
    group) named earlier in the sentence."""
    span = Span(token.start, token.end)
    mention = _registry(document).at(token.start)
    if mention is not None and mention.span == span:
        entity = _registry(document).entity(mention)
        return [Named(entity.name, span, entity.kind)]
    word = token.text.lower()
    if word not in ("its", "their"):
        return []
    # The sentence's first organisation (or group, for "their") stands for it: "The
    # union, which has organised protests outside the company's headquarters, said its
    # offer": the clause's subject, not a possessive modifier named in between.
    registry = _registry(document)
    kinds = (EntityKind.GROUP, EntityKind.ORGANIZATION) if word == "their" else ()
    for m in registry.in_span(Span(sentence.start, token.start)):
        entity = registry.entity(m)
        if document.text[m.span.end : m.span.end + 2] in ("'s", "’s"):
            continue
        if entity.kind is EntityKind.ORGANIZATION or entity.kind in kinds:
            return [Named(entity.name, span, entity.kind)]
    return _opening_name(document, token, sentence)


def _opening_name(
    document: Document, token: Token, sentence: Span, *, across_commas: bool = False
) -> list[Named]:
    """ "Cuba kept up its condemnation": a capitalised name that opens the sentence (past
    a dateline) right before its lower-case verb, with no clause boundary up to the
    possessive, is whom "its"/"their" stands for when the registry names nothing there;
    ``across_commas`` lets an aside's commas through ("Russia controls a fifth of it,
    including Crimea, which it annexed")."""
    tokens = document.tokens_in(Span(sentence.start, token.start))
    # "KYIV (AFP) — Russia controls Crimea": past a dateline's dash.
    dashes = word_class("dash")
    dash = next((k for k, t in enumerate(tokens[:_DATELINE_REACH]) if t.text in dashes), -1)
    tokens = tokens[dash + 1 :]
    k = 0
    while k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
        k += 1
    if not k or k > _OPENING_NAME_WORDS or k >= len(tokens):
        return []
    first = tokens[0].text.lower()
    if first in word_union("det", "pronoun", "clause") or first in _not_opening_names():
        return []
    following = tokens[k].text
    if not (following.isalpha() and following.islower()) or following in _not_verbs():
        return []  # "Earlier the company cut its": a verb follows a subject, not "the"
    gaps = _CLAUSE_GAP - {","} if across_commas else _CLAUSE_GAP
    for t in tokens[k:]:
        if across_commas and t.text == ",":
            continue
        if not t.text.replace("'", "").replace("’", "").isalnum() or t.text.lower() in gaps:
            return []  # "Cuba said Monday that its ...": another clause may own it
    if token.text.lower() == "its" and _plural_common(document, tokens[k - 1]):
        return []  # "Investors cheered its acquisition": "its" needs one owner
    span = Span(tokens[0].start, tokens[k - 1].end)
    return [Named(document.slice(span), Span(token.start, token.end), EntityKind.UNKNOWN)]


def _plural_common(document: Document, word: Token) -> bool:
    """Whether an opening word reads as a plural common noun ("Investors", "Shareholders"),
    which "its" cannot stand for: the registry takes it for a group, or it is a plural
    word of the name lists ("groups", or a role with "s") that the registry names nothing
    at ("Texas", "Athens" stay names)."""
    mention = _registry(document).at(word.start)
    if mention is not None:
        return _registry(document).entity(mention).kind is EntityKind.GROUP
    text = word.text.lower()
    lex = name_lexicon()
    if text in lex.groups or (text.endswith("s") and text[:-1] in lex.roles):
        return True
    # "Shareholders", "Lenders", "Voters"
    return text.endswith(tuple(word_class("plural_doer_ending")))


# A name that opens a sentence has at most this many words ("Control Data").
_OPENING_NAME_WORDS = 3


@cache
def _not_opening_names() -> frozenset[str]:
    """Capitalised words that open sentences without naming anyone ("However", "Earlier",
    "Police" aside): the sentence starters and time words of the lexicons."""
    return frozenset(lexicon_lines("sentence_starters")) | word_union(
        "adverb", "preverb_adverb", "calendar_owner"
    )


@cache
def _not_verbs() -> frozenset[str]:
    """Words that cannot follow a sentence's opening subject as its verb."""
    return word_union("det", "possessive_det", "pronoun", "prep", "quantifier")


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Words between a subject and an object pronoun that open another clause ("Smith said
# police had arrested him"): there the pronoun may be the subject of the first.
_CLAUSE_GAP = frozenset(
    {
        ",",
        ";",
        ":",
        "that",
        "said",
        "says",
        "and",
        "who",
        "which",
        "when",
        "after",
        "before",
        "because",
        "as",
        "while",
        "until",
        "if",
        "told",
    }
)
# How many words may stand between a subject and its verb's object pronoun.
_OWN_GAP = 5
# How many earlier mentions (and characters) the other person is looked for among.
_OTHER_LOOKBACK = 30
_OTHER_REACH = 1500
_GAP_WORD = re.compile(r"[\w']+|[^\w\s]")


def _not_own_subject(
    document: Document, pronoun: Token, sentence: Span, resolved: list[Named]
) -> list[Named]:
    """ "Lopez was convicted. The judge sentenced her": an object "him"/"her"/"them" is
    never the subject of its own clause (that would be "herself"), so the registry's
    reading as that subject gives way to the person (or group) named before it."""
    if pronoun.text.lower() not in _OBJECT_PRONOUNS:
        return resolved
    registry = _registry(document)
    mention = registry.at(pronoun.start)
    before = registry.in_span(Span(sentence.start, pronoun.start))
    if mention is None or not before or before[-1].entity != mention.entity:
        return resolved
    gap = _GAP_WORD.findall(document.text[before[-1].span.end : pronoun.start].lower())
    if len(gap) > _OWN_GAP or any(w in _CLAUSE_GAP for w in gap):
        return resolved
    kinds: tuple[EntityKind, ...] = (EntityKind.PERSON,)
    if pronoun.text.lower() == "them":
        kinds = (EntityKind.GROUP, EntityKind.PERSON, EntityKind.ORGANIZATION)
    first = before[-1].span.start
    earlier = registry.in_span(Span(max(0, first - _OTHER_REACH), first))[-_OTHER_LOOKBACK:]
    for m in reversed(earlier):
        entity = registry.entity(m)
        if m.entity != mention.entity and entity.kind in kinds:
            return [Named(entity.name, Span(pronoun.start, pronoun.end), entity.kind)]
    return []


def _relative_clause_subject(
    document: Document, pronoun: Token, sentence: Span, resolved: list[Named]
) -> list[Named]:
    """ "Russia controls Crimea, which it annexed in 2014": a subject pronoun right after
    an object relative pronoun is never the relative's antecedent (the phrase just before
    "which"/"whom"), which is the clause's object; it stands for the subject of the
    clause the relative hangs on when that fits, else for the nearest name before the
    antecedent it can stand for, a possessive ("Ukraine's territory") last."""
    word = pronoun.text.lower()
    if word not in _RELATIVE_SUBJECTS:
        return resolved
    reach = max(sentence.start, pronoun.start - _RELATIVE_REACH)
    gap = _GAP_WORD.findall(document.text[reach : pronoun.start].lower())
    if len(gap) < 2 or gap[-1] not in _OBJECT_RELATIVES:
        return resolved
    registry = _registry(document)
    # Bounded, as every look back here is: a run-on text stays linear.
    before = registry.in_span(
        Span(max(sentence.start, pronoun.start - _OTHER_REACH), pronoun.start)
    )
    common = gap[-2] == "," and len(gap) >= 3 and gap[-3].isalpha() and gap[-3].islower()
    if not resolved and not common:
        return resolved
    antecedent: Mention | None = None
    if before:
        last = before[-1]
        between = _GAP_WORD.findall(document.text[last.span.end : pronoun.start].lower())
        right_before = len(between) < 2 or (len(between) == 2 and between[0] == ",")
        if right_before or _names_antecedent(document, last, between):
            antecedent = last
    if antecedent is not None:
        if document.slice(antecedent.span).lower() in _pronouns():
            return resolved  # "assured them that they formed": no name before it
        name = registry.entity(antecedent).name
        if resolved and all(r.name != name for r in resolved):
            return resolved
    elif resolved or not common:
        return resolved  # "Crimea, which Russia said it": no antecedent right before it
    start = antecedent.span.start if antecedent is not None else pronoun.start
    kinds = _RELATIVE_SUBJECTS[word]
    own = antecedent.entity if antecedent is not None else -1
    fitting = [
        m
        for m in before
        if m.span.end <= start and m.entity != own and registry.entity(m).kind in kinds
    ]
    # The clause's subject: a name opening the sentence (past a dateline) right before
    # its verb, which the registry may have left out.
    if antecedent is not None:
        first = document.tokens_in(antecedent.span)[0]
    else:  # "the clashes, which it": up to the comma
        commas = [t for t in document.tokens_in(Span(reach, pronoun.start)) if t.text == ","]
        first = commas[-1] if commas else pronoun
    opening: list[Named] = []
    if start - sentence.start <= _RELATIVE_OPENING_REACH:
        opening = _opening_name(document, first, sentence, across_commas=True)
    if opening and all(_opening_fits(document, before, o, kinds) for o in opening):
        return [Named(o.name, Span(pronoun.start, pronoun.end), o.kind) for o in opening]
    plain = [m for m in fitting if not _possessive_mention(document, m)]
    if not (plain or fitting):
        return []
    entity = registry.entity((plain or fitting)[-1])  # the nearest
    return [Named(entity.name, Span(pronoun.start, pronoun.end), entity.kind)]


def _names_antecedent(document: Document, mention: Mention, between: Sequence[str]) -> bool:
    """Whether a name only modifies the antecedent of a relative right after it ("the
    Zaporizhzhia nuclear plant, which"): a determiner before it, and only lower-case
    words (the noun it modifies) between it and the comma."""
    words = between[:-2]
    if not words or len(words) > _OPENING_NAME_WORDS or between[-2] != ",":
        return False
    if not all(w.isalpha() and w not in word_union("det", "clause", "prep") for w in words):
        return False
    text = document.text[max(0, mention.span.start - 4) : mention.span.start].lower()
    return text.endswith(("the ", "a ", "an "))


def _possessive_mention(document: Document, mention: Mention) -> bool:
    """Whether a mention is a possessive modifier ("Ukraine's territory"): less salient
    than a subject."""
    return document.text[mention.span.end : mention.span.end + 2] in ("'s", "’s")


def _opening_fits(
    document: Document, before: Sequence[Mention], named: Named, kinds: tuple[EntityKind, ...]
) -> bool:
    """Whether an opening name may be what a pronoun of ``kinds`` stands for: the
    registry's kind for it fits, or the registry named nothing there."""
    registry = _registry(document)
    for m in before:
        if document.slice(m.span) == named.name:
            return registry.entity(m).kind in kinds
    return True


# Subject pronouns and the kinds of entity each may stand for, and the relative pronouns
# that make the phrase before them the object of the clause they open.
_RELATIVE_SUBJECTS: dict[str, tuple[EntityKind, ...]] = {
    "it": (EntityKind.ORGANIZATION, EntityKind.GROUP, EntityKind.UNKNOWN),
    "they": (EntityKind.GROUP, EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.UNKNOWN),
    "he": (EntityKind.PERSON,),
    "she": (EntityKind.PERSON,),
}
# How far back (in characters) the relative pronoun, and the opening name, may be.
_RELATIVE_REACH = 20
_RELATIVE_OPENING_REACH = 200
# Not "that", which after a name is as often a complement ("informed Sununu that he").
_OBJECT_RELATIVES = frozenset({"which", "whom"})


def _plural_for_it(pronoun: Token, resolved: Sequence[Named]) -> bool:
    """Whether the registry read a singular "it" as a plural common noun ("would work with
    the authorities. It denied": not the authorities)."""
    if pronoun.text.lower() != "it":
        return False
    name = resolved[0].name
    return name.islower() and name.endswith("s") and not name.endswith("ss")


def _singular_body(document: Document, pronoun: Token) -> list[Named]:
    """The last organisation named before ``pronoun`` whose name is no plural common noun,
    within reach; else nothing (the phrase is no participant)."""
    registry = _registry(document)
    earlier = registry.in_span(Span(max(0, pronoun.start - _OTHER_REACH), pronoun.start))
    for m in reversed(earlier[-_OTHER_LOOKBACK:]):
        entity = registry.entity(m)
        name = entity.name
        plural = name.islower() and name.endswith("s") and not name.endswith("ss")
        if entity.kind is EntityKind.ORGANIZATION and not plural:
            return [Named(name, pronoun.span, entity.kind)]
    return []


def _it(
    document: Document, pronoun: Token, sentence: Span, groups_only: bool = False
) -> list[Named]:
    """ "The port operator, HHLA, said it had offered...": "it" and "they" left unresolved
    by the registry stand for the last organisation or group named earlier in the sentence."""
    if pronoun.text.lower() not in ("it", "they"):
        return []
    registry = _registry(document)
    before = registry.in_span(Span(sentence.start, pronoun.start))
    plural = pronoun.text.lower() != "it"
    # "they" is a group of people before an organisation; "it" only an organisation.
    order: tuple[EntityKind, ...] = (EntityKind.ORGANIZATION,)
    if plural:
        order = (EntityKind.GROUP,) if groups_only else (EntityKind.GROUP, *order)
    for kind in order:
        for m in reversed(before):
            entity = registry.entity(m)
            if entity.kind is kind:
                return [Named(entity.name, pronoun.span, entity.kind)]
    return []


@cache
def _things() -> dict[str, bool]:
    """Each noun of ``event_thing_antecedents.txt`` and its plural forms -> whether the
    form is plural."""
    table: dict[str, bool] = {}
    for word in lexicon_lines("event_thing_antecedents"):
        table[word] = False
        if word.endswith(("s", "x", "ch", "sh")):
            table[word + "es"] = True
        elif word.endswith("y") and word[-2:-1] not in "aeiou":
            table[word[:-1] + "ies"] = True
        else:
            table[word + "s"] = True
    return table


# How many tokens a dateline may take before its dash; the dashes that end one.
_DATELINE_REACH = 12
# How many sentences before the pronoun's ``_earlier_thing`` looks back over.
_THING_LOOKBACK = 2
# How many words may open a sentence before the thing's noun ("A 6.1-magnitude quake").
_THING_REACH = 4


def _opening_thing(
    document: Document, sentence: Span, plural: bool, before: int
) -> Sequence[Token] | None:
    """The thing the sentence opens with, when its subject phrase is one ("The vessel,
    which was carrying 60 passengers, capsized": the vessel), or the subject right after
    an opening report ("Rescuers said the boat capsized": the boat), in the number asked
    for; the phrase's tokens run from after its determiner to the noun, and end before
    ``before``."""
    tokens = document.tokens_in(sentence)
    # "KATHMANDU, Nepal (AP) — A powerful earthquake struck": past a dateline's dash.
    dashes = word_class("dash")
    dash = next((k for k, t in enumerate(tokens[:_DATELINE_REACH]) if t.text in dashes), -1)
    tokens = tokens[dash + 1 :]
    things = _things()
    start = 1 if tokens and tokens[0].text.lower() in word_class("det") else 0
    start = _after_report(tokens, start)
    for k in range(start, min(len(tokens), start + _THING_REACH)):
        token = tokens[k]
        if token.end > before or not any(c.isalnum() for c in token.text):
            return None  # a comma or a quote ends the phrase before any thing
        word = token.text.lower()
        is_plural = things.get(word)
        if is_plural is None:
            if token.text[:1].isupper() and k > start:
                return None  # "The Titanic", "the Kerch ferry": a name is the registry's
            continue
        nxt = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
        if nxt in things or nxt in ("of", "'s", "’s"):
            return None  # "the ship's captain", "the fire brigade" unknown: no guess
        return tokens[start : k + 1] if is_plural == plural else None
    return None


# How many words an opening report may take before its verb ("Rescuers said", "Local
# fishermen said").
_REPORT_REACH = 3


def _after_report(tokens: Sequence[Token], start: int) -> int:
    """Where the subject phrase starts after an opening report ("Rescuers said the boat
    capsized", "Witnesses said that the plane"): after the reporting verb, "that" and a
    determiner; ``start`` when the sentence opens with no report, a thing reports or no
    determiner follows."""
    verbs = name_lexicon().verbs
    for k in range(start + 1, min(len(tokens), start + 1 + _REPORT_REACH)):
        text = tokens[k].text
        if not text.isalpha():
            return start
        if text.islower() and text in verbs:
            if any(t.text.lower() in _things() for t in tokens[start:k]):
                return start  # "The ship reported a leak": the thing is the reporter
            k += 1
            if k < len(tokens) and tokens[k].text.lower() == "that":
                k += 1
            if k < len(tokens) and tokens[k].text.lower() in word_class("det"):
                return k + 1
            return start  # "Fishermen told reporters the boat": no subject read there
    return start


def _earlier_thing(document: Document, pronoun: Token, sentence: Span) -> list[Named]:
    """ "The vessel capsized on Sunday. It sank within minutes": "it" (or "they") that the
    registry leaves without antecedent stands for the thing (a craft, a storm, a fire)
    that opened one of the sentences just before, in the same number; never a person or
    a body, which the registry names."""
    word = pronoun.text.lower()
    if word not in ("it", "they"):
        return []
    index = document.sentence_index(sentence.start)
    if index is None:
        return []
    plural = word == "they"
    # The current sentence too, when the pronoun comes later ("The bus overturned after
    # it left the road").
    for back in range(_THING_LOOKBACK + 1):
        if index - back < 0:
            break
        other = document.sentences[index - back]
        found = _opening_thing(document, other, plural, pronoun.start)
        named = name_phrase(document, found, other) if found is not None else []
        if named:
            return [Named(named[0].name, pronoun.span, named[0].kind)]
    return []


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+\Z", re.IGNORECASE)
# How far after a name ``_modifier_antecedent`` looks for the noun it qualifies.
_MODIFIED_REACH = 40


def _modifier_antecedent(document: Document, pronoun: Token) -> bool:
    """ "Gunmen stormed a police station. They killed": the registry's antecedent for the
    pronoun qualifies a noun after an article ("a police station", "an army base"), so it
    names no group that can act; better no participant than that one."""
    registry = _registry(document)
    mention = registry.at(pronoun.start)
    if mention is None or mention.span.start != pronoun.start:
        return False
    span = registry.entity(mention).span
    if span.start == pronoun.start or span.end - span.start > _MODIFIED_REACH:
        return False
    before = document.text[max(0, span.start - 4) : span.start]
    opening = document.text[span.start : span.start + 3].lower()
    if _INDEFINITE_BEFORE.search(before) is None and not opening.startswith(("a ", "an ")):
        return False
    return _modifier(document, span.end, min(len(document.text), span.end + _MODIFIED_REACH))


def _modifier(document: Document, end: int, phrase_end: int) -> bool:
    """Whether a lower-case noun follows a name inside the phrase ("Paris museum")."""
    rest = document.text[end:phrase_end].split()
    if not rest or not rest[0].isalpha() or not rest[0].islower() or rest[0] in _LINKS:
        return False
    return not rest[0].endswith(("ed", "ing"))  # "Velm Republic stalled": a verb


def _abbreviation_modifier(document: Document, span: Span, phrase_end: int) -> bool:
    """Whether a dotted abbreviation qualifies a lower-case noun after it ("U.S.
    senators", "U.N. inspectors"): the people, not the country."""
    text = document.slice(span)
    if "." not in text:
        return False  # most names
    end = span.end + 1 if document.text[span.end : span.end + 1] == "." else span.end
    return _modifier(document, end, phrase_end)


def _demonym_modifier(document: Document, span: Span, phrase_end: int) -> bool:
    """Whether a nationality adjective qualifies a lower-case noun after it ("Armenian
    positions", "Azerbaijani units"): those, not the nationality."""
    words = document.slice(span).split()
    # "North Korean soldiers": a two-word nationality ends in one.
    if not words or len(words) > 2 or not is_demonym(words[-1].lower()):
        return False
    return _modifier(document, span.end, phrase_end)


_LINKS = frozenset({"and", "or", "of", "de", "du", "del", "la", "in", "at", "on"})


def _noun_head(document: Document, end: int, phrase_end: int) -> bool:
    """Whether two or more lower-case words end the phrase after a name at its start
    ("Benchmark Dutch gas futures jumped": the futures), not one that may be an unknown
    verb ("Ukraine began")."""
    rest = document.text[end:phrase_end].split()
    return len(rest) >= 2 and all(w.isalpha() and w.islower() for w in rest)


@cache
def _forces() -> frozenset[str]:
    """Plural nouns for forces and groups of people (class ``force_noun`` and
    ``groups.txt``)."""
    return word_class("force_noun") | frozenset(w.lower() for w in lexicon_lines("groups"))


def _force_head(document: Document, end: int, phrase_end: int) -> bool:
    """Whether the phrase ends, right after a name, in one plural noun for a force or a
    group of people ("Government troops", "Air defences"): the name only qualifies it
    (as two lower-case words show for ``_noun_head``; one word alone may be a verb)."""
    rest = document.text[end:phrase_end].split()
    return len(rest) == 1 and rest[0] in _forces()


def _called(kept: Sequence[Token]) -> Sequence[Token]:
    """The name after "called"/"named"/"known as" inside a phrase ("a ransomware group
    called Qilin" is Qilin), else nothing."""
    naming = word_class("naming")
    for k in range(1, len(kept) - 1):
        word = kept[k].text.lower()
        if word not in naming:
            continue
        at = k + 2 if word == "known" and kept[k + 1].text.lower() == "as" else k + 1
        if word == "known" and at == k + 1:
            continue
        if at < len(kept) and kept[at].text[:1].isupper():
            return kept[at:]
    return ()


def _resolve(document: Document, tokens: Sequence[Token], kept: Sequence[Token]) -> list[Named]:
    """The registry's entities for the phrase (``kept``: it without its determiners and
    quantifiers): the first mention that is not a possessive modifier ("Germany's
    transport minister" is the minister), or every mention of a coordination ("Russia
    and Ukraine")."""
    registry = _registry(document)
    first_mention = registry.starting_from(tokens[0].start)
    if first_mention is None or first_mention.span.start >= tokens[-1].end:
        return []  # most phrases: no mention starts inside
    phrase = Span(tokens[0].start, tokens[-1].end)
    candidates = registry.in_span(phrase)
    if not candidates:
        return []  # (the rest only filters them)
    skip = word_union("det", "quantifier")
    # The phrase's head comes before any "of": "the head of Austria's central bank" is a
    # head, not the bank, so mentions after "of" do not name it.
    head_end = next((t.start for t in tokens if t.text.lower() == "of"), phrase.end)
    # A name used as a modifier inside the phrase ("a leading Paris museum") does not
    # name it; at its start it may ("Ukraine began" is Ukraine and an unknown verb).
    last = tokens[-1].end
    first = kept[0].start if kept else phrase.start
    # After a determiner a name is a modifier too ("reached the FA Trophy final").
    determined = first > phrase.start and tokens[0].text.lower() in word_class("det")
    found = [
        m
        for m in candidates
        if m.span.start < head_end
        and document.text[m.span.end : m.span.end + 2] not in ("'s", "’s", "' ", "’ ")
        and document.slice(m.span).lower() not in skip
        and not (
            (m.span.start > first or determined or _noun_head(document, m.span.end, last))
            and _modifier(document, m.span.end, min(last, head_end))
        )
        and not _force_head(document, m.span.end, min(last, head_end))
        and not _abbreviation_modifier(document, m.span, min(last, head_end))
        and not _demonym_modifier(document, m.span, min(last, head_end))
        and not _cut_short(document, m.span, last)
        and not _titles_next(document, m, candidates)
    ]
    if not found:
        return []
    coordinated = any(t.text.lower() in ("and", "or") for t in tokens)
    chosen = found if coordinated else found[:1]
    apposition = document.text[max(0, phrase.start - 3) : phrase.start].rstrip().endswith(
        ","
    ) and not _after_opening_prep(document, phrase.start)
    if (
        tokens[0].text.lower() in ("a", "an")
        and not apposition
        and not any(c.isupper() for m in chosen for c in document.slice(m.span))
    ):
        # "sold it to a group of investors" is someone new, not "the group" named
        # before; "Marie Kasongo, a nurse who" is still her.
        return []
    out = []
    for m in chosen:
        entity = registry.entity(m)
        if _cataphoric(document, m, entity):
            continue
        if not any(c.isupper() for c in entity.name) or _indefinite(document, m, entity):
            # "the agency" that the registry left as a new, unnamed entity (or took for
            # one told of with "a": "one of the biggest breaches to hit a European
            # bank"): the named one an earlier mention described with the same noun
            # ("the state weather agency METAG", "Nordvest Bank").
            named = _described_before(document, m, entity)
            if named is not None:
                entity = named
        # Only a mention that is the name itself grows ("The Georgia Voter" taken for a
        # role stands for "Georgia Voter Access Project"), not "Harlow coach" for a person.
        text = document.slice(m.span)
        bare = text.split(" ", 1)[-1] if text.split(" ", 1)[0].lower() in skip else text
        own = entity.name == bare and bare[:1].isupper()
        longer = _whole_name(document, tokens, m.span) if own else None
        if longer is not None:
            name = document.slice(longer)
            out.append(Named(name, longer, _fallback_kind(name.split())))
        elif _named_as_description(document, m, entity, bare):
            # "told the BBC the company would appeal": a name the registry linked to a
            # bare description keeps its own name.
            out.append(Named(bare, m.span, entity.kind))
        else:
            out.append(Named(entity.name, m.span, entity.kind))
    return out


def _after_opening_prep(document: Document, start: int) -> bool:
    """Whether the phrase at ``start`` follows the comma that closes a prepositional
    phrase opening its sentence ("In Chicago, a bus crashed"): the main clause's subject,
    no apposition to the name before the comma."""
    sentence = document.sentence_at(start)
    if sentence is None:
        return False
    before = document.text[sentence.start : start].rstrip()
    if not before.endswith(",") or "," in before[:-1]:
        return False
    words = before.split(None, 1)
    return len(words) > 1 and words[0].lower() in word_class("prep")


def _named_as_description(document: Document, mention: Mention, entity: Entity, bare: str) -> bool:
    """Whether a capitalised name mention ("BBC", "Reuters"), not merely a capital that
    opens a sentence, stands for an entity the registry names only by a lower-case
    description ("the company")."""
    if not bare[:1].isupper() or any(c.isupper() for c in entity.name):
        return False
    sentence = document.sentence_at(mention.span.start)
    return sentence is None or sentence.start != mention.span.start


def _cut_short(document: Document, span: Span, phrase_end: int) -> bool:
    """A mention that stops inside the phrase on a word no noun phrase ends with
    ("members of the same" of "members of the same family"): not the phrase's name."""
    if span.end >= phrase_end:
        return False
    last = document.slice(span).rsplit(" ", 1)[-1]
    return last.islower() and last in word_union(
        "det", "quantifier", "prep", "cardinal", "nonfinal"
    )


_DESCRIBED_LOOKBACK = 40


def _described_before(document: Document, mention: Mention, entity: Entity) -> Entity | None:
    """The named entity of the last earlier mention that ends with the same noun as
    ``mention`` ("the state weather agency" for METAG, before "the agency")."""
    registry = _registry(document)
    head = document.slice(mention.span).lower().rsplit(" ", 1)[-1]
    if not head.isalpha():
        return None
    starts = document.memo(
        "events.mention_starts", lambda _d: [m.span.start for m in registry.mentions]
    )
    i = bisect.bisect_left(starts, mention.span.start) - 1
    stop = max(-1, i - _DESCRIBED_LOOKBACK)
    while i > stop:
        earlier = registry.mentions[i]
        other = registry.entity(earlier)
        if (
            other is not entity
            and other.kind is entity.kind
            and any(c.isupper() for c in other.name)
            and document.slice(earlier.span).lower().endswith(" " + head)
        ):
            return other
        i -= 1
    return None


def _indefinite(document: Document, mention: Mention, entity: Entity) -> bool:
    """Whether a definite mention ("the bank") belongs to an entity the registry named
    after an indefinite description with a common-noun head ("a European bank"), which
    names no one in particular."""
    if not entity.name.rsplit(" ", 1)[-1].islower():
        return False
    first = document.slice(entity.span).lower()
    own = document.slice(mention.span).lower()
    return first.startswith(("a ", "an ")) and not own.startswith(("a ", "an "))


def _cataphoric(document: Document, mention: Mention, entity: Entity) -> bool:
    """Whether a role ("The CEO defended ...") was linked to a name given only in a later
    sentence: a reader takes "the CEO" for someone named before, so the registry's
    forward guess is not used and the phrase stays as written."""
    if not entity.mentions or entity.mentions[0].start < mention.span.start:
        return False
    sentence = document.sentence_at(mention.span.start)
    return sentence is not None and entity.span.start >= sentence.end


def _whole_name(document: Document, tokens: Sequence[Token], span: Span) -> Span | None:
    """The whole run of capitalised words a mention starts ("Georgia Voter Access
    Project" when the registry saw only "Georgia Voter"), if it is longer."""
    end = span.end
    after = [t for t in tokens if t.start >= span.end]
    k = 0
    while k < len(after):
        token = after[k]
        if token.start - end > 1:
            break
        if _capital_word(token):
            end = token.end
            k += 1
            continue
        # "Kivu Defence Front for the Liberation of Congo": a link inside the name
        # ("of", "for", then maybe "the") when a capitalised word follows it.
        j = k + 1
        if token.text.lower() not in _INNER_LINKS or end == span.start:
            break
        if j < len(after) and after[j].text.lower() == "the":
            j += 1
        if j >= len(after) or not _capital_word(after[j]):
            break
        k = j
    if end == span.end:
        return None
    start = span.start
    first = next((t for t in tokens if t.start == start), None)
    if first is not None and first.text.lower() in word_class("det"):
        start = next(t.start for t in tokens if t.start > start)  # "The Georgia ..."
    return Span(start, end)


_INNER_LINKS = frozenset({"of", "for"})


def _capital_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha()


_TEAM_DETS = frozenset({"the", "its", "their"})
_TEAM_LOOKBACK = 60


def _sporting(document: Document) -> bool:
    """Whether the article is about sport (a match, a league, a cup ...): elsewhere "the
    team" is a group of people ("the team had pushed back a burn"), not a club."""
    return document.memo(
        "events.sporting",
        lambda d: not word_union("sport", "sport_context").isdisjoint(lower_tokens(d)),
    )


def _last_team(document: Document, before: int) -> str | None:
    """ "the team" or "the club": the organisation last named before it under a proper
    name ("the Kansas City Comets"), not a body described in lower case ("the council")."""
    registry = _registry(document)
    starts = document.memo(
        "events.mention_starts", lambda _d: [m.span.start for m in registry.mentions]
    )
    i = bisect.bisect_left(starts, before) - 1
    stop = max(-1, i - _TEAM_LOOKBACK)
    nonplace = word_class("nonplace")
    prizes = word_class("sport") | word_class("prize")  # "the FA Trophy" plays no game
    zones = lexicon("time_zones")  # "at 14:12 GMT" names no team
    while i > stop:
        entity = registry.entity(registry.mentions[i])
        words = entity.name.split()
        if (
            entity.kind is EntityKind.ORGANIZATION
            and all(w[:1].isupper() for w in words)
            and not any(w.lower() in nonplace or w.lower() in prizes for w in words)
            and entity.name not in zones
        ):
            return entity.name
        i -= 1
    return None


def _acronyms(document: Document) -> dict[str, str]:
    """Acronyms the article defines ("the Kivu Defence Front (KDF)") -> the full name."""
    return document.memo("events.acronyms", _find_acronyms)


_ACRONYM_LINKS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "&"})


def _find_acronyms(document: Document) -> dict[str, str]:
    tokens = document.tokens
    lower = lower_tokens(document)
    out: dict[str, str] = {}
    # Only a word after "(" can be an acronym: find those with list.index, not a loop.
    opening = 0
    while True:
        try:
            opening = lower.index("(", opening) + 1
        except ValueError:
            break
        i = opening
        if i < 2:
            continue
        if i >= len(tokens) - 2:
            break
        acronym = tokens[i].text
        if not (
            tokens[i - 1].text == "("
            and tokens[i + 1].text == ")"
            and acronym.isalpha()
            and acronym.isupper()
            and 2 <= len(acronym) <= 6
        ):
            continue
        # Walk back over the name, matching its capitalised words' initials to the
        # acronym's letters from the end ("Kivu Defence Front" -> K, D, F).
        letters = len(acronym)
        k = i - 2
        start = -1
        while k >= 0 and letters > 0 and i - 2 - k < 10:
            word = tokens[k].text
            if word[:1].isupper() and word[:1] == acronym[letters - 1]:
                letters -= 1
                start = k
            elif word.lower() not in _ACRONYM_LINKS:
                break
            k -= 1
        if letters == 0 and start >= 0:
            out.setdefault(acronym, document.slice(Span(tokens[start].start, tokens[i - 2].end)))
    return out


# How many mentions back a pronoun in a quote looks for the person it stands for.
_QUOTED_REACH = 40
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})


def other_person(document: Document, pronoun: Token, speaker: str) -> Named | None:
    """The person a third-person pronoun inside a quote stands for when it is not the
    speaker ("the people he was elected to serve," said the judge of the defendant): the
    last person of its gender mentioned before it who is someone else; None if none is
    (only "I" and "we" are the speaker for certain)."""
    word = pronoun.text.lower()
    gender = "male" if word in _MALE else "female" if word in _FEMALE else None
    if gender is None:
        return None
    registry = _registry(document)
    found = registry.mentions
    i = bisect.bisect_left(found, pronoun.start, key=lambda m: m.span.start) - 1
    stop = max(-1, i - _QUOTED_REACH)
    while i > stop:
        entity = registry.entity(found[i])
        if (
            entity.kind is EntityKind.PERSON
            and entity.name != speaker
            and entity.gender in (None, gender)
        ):
            return Named(entity.name, Span(pronoun.start, pronoun.end), entity.kind)
        i -= 1
    return None
