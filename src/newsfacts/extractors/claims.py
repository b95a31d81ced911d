"""Who said what: direct quotes, reported speech and mixed claims, each with its speaker.

Spans. A *direct* claim's span covers the words inside the quote marks (one claim per
paragraph for a quote that runs over several paragraphs, and one per part for a quote
split around its cue). An *indirect* claim's span covers the reported content: the
complement of the reporting verb ("said [talks would resume]", "[talks will resume], the
ministry said", "[...], according to X"), without "that" and without the final full
stop. A *mixed* claim is an indirect one whose content carries a quoted fragment; its
span is the whole reported content, marks included. ``cue`` is the reporting verb or
phrase as written ("said", "told", "according to"); a quote paragraph with no cue of its
own has none and takes the speaker of the quote before it.

Speakers come from the per-article registry of :mod:`newsfacts.extractors._names`, so a
surname, a pronoun or a role phrase gives the person's canonical full name.
Scare quotes and titles (a short quoted phrase inside a sentence with no one said to
have said it) are not claims.

Speaker decisions. An unnamed spokesperson (or official, aide, representative) is an
anonymous source named after the body they speak for and the role word ("a spokesperson
for the Dutch economy ministry said" gives "Dutch economy ministry spokesperson",
anonymous, role "spokesperson"; "the company" resolves to the company named last), as
independent annotators agree; a named one is the person, and "the ministry said" or
several "spokesmen for the ministry" the body. A document or data set, as subject or
after "according to" ("the report said", "figures published by the ministry showed", "a
study found", "according to company figures", "a Reuters tally"), is its own source, as
written and of unknown kind, never the body that issued it, as independent annotators
give it ("according to the ministry" is the ministry; "Statistics Canada" a name). A
subject with a body or group noun and a preposition keeps the whole phrase ("police in
Fizi district" is an organisation, "lawyers for the plaintiffs" a group); "Linda Park of
the agency said" is the person. Bodies in the plural ("the two companies", "both
governments") are organisations; a uniformed service's officials or spokesman ("coast
guard officials") are the service; "X, which said ..." is the body X. A quote paragraph
with no cue takes the speaker of the last claim within three paragraphs when its own
paragraph and the one before have none; a "he"/"she" cue right after a claim keeps that
claim's speaker unless someone else was brought forward since (as a sentence's subject
or with an apposition), not merely mentioned in passing; a cue-less quote paragraph
right after a paragraph that opens with a named person and holds no claim ("Maria
Estrada, the budget director, walked reporters through the numbers.") is that person's.
A report inside a clause opened by "although", "despite", "while", ... ends at the comma
that closes the clause. In "According to Rachel Cho, a researcher at X, content" the
apposition is no part of the content; "X said A, according to figures from Y" is X's
claim alone (figures source a number), while "according to two officials" or "court
documents" is a report of a report. "A, officials said on Sunday, in the latest ..." (or
"..., the Athletics Integrity Unit said on Thursday, a ruling that ...") reports A; "the
statement said" (or "the ruling", "the letter") speaks for whoever last said something
"in a statement" ("X, in a statement carried by Y, alleged", "according to a statement
from X") or "issued a statement" (filed a lawsuit) before it; an aside between a subject
and its verb ("The team, led by X, said", "said, however, that") is stepped over; "claims by X that
A" are X's; "a doctor accused of ..." is no claim; a place in a document's subject ("The
report, released in Quito, found") is no issuer; a verb of showing inside another report
("Air in the core shows that A, scientists said") adds no claim; a quote closing a
clause before its cue ('It would be "a benchmark", she said') makes a mixed claim from
the sentence's start; "he said ..." with no one "he" can be stays a claim without a
speaker. "Vietnam's Foreign Minister X told" is X's; "Boateng, from the Royal College of
Ophthalmologists, who ..., said" is Boateng's; "Tourists queued; some said" is the
tourists'; a relative clause's gap is a report's subject ("a tax which Lindqvist said
had cost the firm" is a claim), but an object gap ("the investment the industry says it
needs") leaves none; "said on Monday, edging closer to ..." reports nothing after the
participle; a verb that needs a clause reports no noun phrase ("reported a sharp drop in
profit") and no scare-quoted word ('expected "dozens" more colleagues'); "after data
showed A" is the data's report, and ", it said" right after a document's claim is the
document's; "The figures were revised, officials said" is the officials'; a headline
quote before a colon is a claim only when what follows names or describes its speaker
("'...': the allotment that saved a street" is a title); "The company has notified
regulators, a spokeswoman said" is the company's spokeswoman (an anonymous source named
after the company). A lone word of a family name's shape ("Lavrov", "Pashinyan",
"Popescu") is a person; "Real Madrid" and "Bayern Munich" are clubs. A speaker's own act
or a condition inside what they say ("said it had asked X to", "if the union announced")
is no claim of its own; "A, he said, and B" makes B a claim too; 'denounced it, calling
it "..."' is the subject's label; "ruled that A", "doubted it would", "denied intending
to" are claims; "one user wrote" is an anonymous source. "called on X to", "appealed to X
to" and "warned X to" are requests like "urged X to"; "has forecast A" reports A; a demand
ends at "and" when a new subject reports ("pleaded for calm and the family demanded"), a
report at ";" before another reporter; "..., but several hospitals said" is the
hospitals'; "A Northwind spokesperson" speaks for Northwind however it was named before.
An unnamed job or crowd owned by a noun speaks as written ("said the plaintiffs' attorney",
"the study's authors said", "the victims' families"), and a "he" or "she" linked to no one
right after its claim is that person; a lone word that quotes itself as "I" is a person;
'Keller was blunt: "..."' is Keller's; a two-word sentence quoted after a quote in its
paragraph goes on in the same voice.

Real wire copy names its speakers with longer phrases and reports in more verb forms, so
a speaker is the whole phrase its head noun heads ("authorities in the Buffalo, N.Y.,
area"), an open crowd of bodies is a group whichever rule reads it, and a title after a
body's name introduces the person, unless people "for" or "of" them speak. A verb form that
can report but often does not ("is telling", "threatened to", "questioned", "was told by")
reports only when its subject is known to be someone who speaks, told positively (a
capitalised word reads as a name whatever it is: "Floods", "Hurricane Andrew"), and only
with the clause that verb takes ("to", "that", a question word), never its object. A
"they" right after a claim by several is them unless another body is mentioned between.

Everything here is a bounded look around each quote mark and each reporting verb: the
whole stage is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from itertools import compress
from typing import Literal

import attrs

from newsfacts.document import Document, Token
from newsfacts.extractors._byline import is_agency
from newsfacts.extractors._names import (
    ACCORDING,
    JOINER,
    POSTNOMINALS,
    SAYING,
    Entity,
    Mention,
    Mentions,
    fits_noun,
    flag_filter,
    mentions,
    name_lexicon,
    token_flags,
    word_set,
)
from newsfacts.extractors._quotes import Quote, quotes
from newsfacts.extractors._tokens import lower_tokens, token_starts
from newsfacts.hookspecs import hookimpl
from newsfacts.lexicons import lexicon_lines
from newsfacts.models import Claim, ClaimKind, EntityKind, Facts, Span, Speaker

__all__ = ["find_claims", "newsfacts_claims"]


@hookimpl
def newsfacts_claims(document: Document, facts: Facts) -> list[Claim]:
    """The claims of the article, leaving out any that fall outside its body."""
    article = facts.article
    return [c for c in find_claims(document) if article.in_bounds(c.span)]


def find_claims(document: Document) -> list[Claim]:
    """Every claim of ``document``, in text order."""
    return _Finder(document).run()


# -- lexicons ----------------------------------------------------------------------------


@attrs.frozen
class _Lex:
    verbs: dict[str, str]
    org_nouns: frozenset[str]
    roles: frozenset[str]
    groups: frozenset[str]
    honorifics: frozenset[str]  # "dr", "mr": words before a name the registry leaves out
    agencies: frozenset[str]  # "reuters", "afp": bodies, however plural they look


@cache
def _body_heads() -> frozenset[str]:
    """The lower-case nouns that name a body before its name ("chipmaker Nexaro",
    "consultancy Capital Economics", "the bank Lazard")."""
    return _COMPANY_NOUNS | _BODY_DESCRIPTORS | _lex().org_nouns


@cache
def _lex() -> _Lex:
    verbs: dict[str, str] = {}
    for line in lexicon_lines("reporting_verbs"):
        form, _, cls = line.partition(" ")
        verbs[form.lower()] = cls.strip() or "that"
    for line in word_set("claim_grammar", "more_verbs"):
        form, _, cls = line.partition(" ")
        verbs.setdefault(form.lower(), cls.strip() or "that")
    names = name_lexicon()  # the registry's lists: one parse, one truth
    return _Lex(
        verbs=verbs,
        org_nouns=names.org_nouns,
        roles=names.roles,
        groups=names.groups,
        honorifics=frozenset(names.honorifics),
        agencies=names.agencies,
    )


# Words that may stand between a subject and its verb ("Keller later said").
_BETWEEN = word_set("claim_grammar", "between")
_PERFECT_OWNED = word_set("claim_grammar", "perfect_owned")
_NOUN_VERBS = word_set("claim_grammar", "noun_verbs")
_NOT_PARTICIPLES = word_set("claim_grammar", "not_participles")
_COLON_COPULAS = word_set("claim_grammar", "colon_copulas")
_COLON_STANCES = word_set("claim_grammar", "colon_stances")
_COLON_SETTINGS = word_set("claim_grammar", "colon_settings")
_COLON_MESSAGES = word_set("claim_grammar", "colon_messages")
_TIME_WORDS = word_set("claim_grammar", "time_words")
_OBJECT_ENDS = word_set("claim_grammar", "object_ends")
# Words before a verb that stop it from reporting anything ("declined to say").
_NEGATING = word_set("claim_grammar", "negating")
_FIRM_ROLES = word_set("claim_grammar", "firm_roles")
_PERSON_DESCRIPTIONS = word_set("claim_grammar", "person_descriptions")
_KIN = word_set("name_grammar", "kin")  # ("the boy", "the mother": people)
_REDESCRIBE_OWNERS = word_set("claim_grammar", "redescribe_owners")
_ORG_WORDS = name_lexicon().org_words
_GENERIC_ORGS = name_lexicon().generic_orgs
_PLACES = name_lexicon().places  # ("Iraq threatened to": a country speaks)
_REDESCRIBE_HEADS = word_set("claim_grammar", "redescribe_heads")
_SAME_MARKS = word_set("claim_grammar", "same_marks")
_REDESCRIBE_NOT = word_set("claim_grammar", "redescribe_not")
_HEAD_OFFICES = word_set("claim_grammar", "head_offices")
_SAME_BODIES = word_set("claim_grammar", "same_bodies")
_SAME_BODY_NAMES = frozenset(pair.split(":", 1)[0] for pair in _SAME_BODIES)
_SOURCE_PARTICIPLES = word_set("claim_grammar", "source_participles")
_PLACE_HEADS = word_set("claim_grammar", "place_heads")
_PLURAL_GROUPS = word_set("claim_grammar", "plural_groups")  # ("authorities": a group)
_AGENT_ONLY = word_set("claim_grammar", "agent_only")  # (no claim by "a storm")
_BE_FORMS = word_set("claim_grammar", "be_forms")  # ("is calling for", "was told by")
_TITLES = name_lexicon().titles  # ("Sen.", "Gov.": a dot that ends no sentence)
_WH_VERBS = word_set("claim_grammar", "wh_verbs")  # ("questioned how ...")
_WH_WORDS = word_set("claim_grammar", "wh_words")
_TOLD_PASSIVES = word_set("claim_grammar", "told_passives")  # ("was told by X that")
_COUNTERPART_MODS = word_set("name_grammar", "counterpart_mods")
_FIRST_NAMES = name_lexicon().female | name_lexicon().male
_DEMONYM_ENDINGS = tuple(sorted(word_set("claim_grammar", "demonym_endings")))
# Adjuncts that may follow a verb before its complement ("said on Friday that").
_ADJUNCT_START = word_set("claim_grammar", "adjunct_start")
_LONE_ADJUNCTS = word_set("claim_grammar", "lone_adjuncts")
#: How long an adjunct after ", X said" may run to the sentence's end.
_MAX_ADJUNCT_TOKENS = 16
# "told Reuters by phone", "told AFP via video link": how the hearer was reached.
_MEDIUM_LEAD = word_set("claim_grammar", "medium_lead")
_CLAUSE_START = word_set("claim_grammar", "clause_start")
_TIME_NOUNS = word_set("claim_grammar", "time_nouns")
_SPAN_LEADS = word_set("claim_grammar", "span_leads")
_SPAN_NOUNS = word_set("claim_grammar", "span_nouns")
_DOCUMENT_LEADS = word_set("claim_grammar", "document_leads")
_TIME_LEADS = frozenset(("last", "this", "on", "earlier", "later", "next", "that", "late"))
_AUXILIARIES = word_set("claim_grammar", "auxiliaries")
_PASSIVE_BEFORE = word_set("claim_grammar", "passive_before")
_NOT_DEMANDS = word_set("claim_grammar", "not_demands")
_WEEKDAYS = word_set("claim_grammar", "weekdays")
# Words that open an aside between a subject and its verb ("Keller, who ..., said").
_ASIDE_START = word_set("claim_grammar", "aside_start")
# Adverbs (besides those in "-ly") between a relative pronoun and its verb of saying.
_ASIDE_ADVERBS = word_set("claim_grammar", "aside_adverbs")
# Lower-case words after a verb of saying that are never the bare subject of its clause.
_NOT_BARE_SUBJECTS = word_set("claim_grammar", "not_bare_subjects")
# Words that never stand for a speaker before "said".
_NOT_SPEAKERS = word_set("claim_grammar", "not_speakers")
# Plural nouns ending so name people ("meteorologists", "senators", "campaigners").
_ONE_PERSON_SUFFIXES = ("er", "or", "ist", "ian")
_PEOPLE_SUFFIXES = ("ists", "ers", "ors", "ians", "ants", "ents")
# Words that open a long subject after a quote (no mention starts there):
# '"...," two people familiar with the matter said', '"...," a senior official who ...'.
_LONG_SUBJECT = word_set("claim_grammar", "long_subject_start")
_LONG_SUBJECT_TOKENS = 12
_POSSESSIVE = frozenset(("'", "’", "'s", "’s"))
_SOURCE_TAILS = tuple(
    tuple(w.split()) for w in sorted(word_set("claim_grammar", "source_tails"), key=len)
)
_ROLE_TAILS = tuple(tuple(w.split()) for w in sorted(word_set("claim_grammar", "role_tails")))
# Their first and last words: a cheap test before any tail is compared word by word.
_SOURCE_TAIL_FIRST = frozenset(words[0] for words in _SOURCE_TAILS)
_ROLE_TAIL_FIRST = frozenset(words[0] for words in _ROLE_TAILS)
_SOURCE_TAIL_LAST = frozenset(words[-1] for words in _SOURCE_TAILS)
# The longest reported content, in tokens: real sentences stay well below it; run-on
# text without full stops is cut there, which keeps every stage linear.
_MAX_TOKENS = 120
# The most tokens between a subject and its verb that _clean_gap may accept ("Keller
# later said", "Albrecht, said"): two, with a margin.
_MAX_GAP_TOKENS = 4
# The endings of a finite verb of saying ("said", "told", "warned", "says"): after "'s" one
# tells a body's name ("Hartwell's said") from an owner ("the union's demand").
_FINITE_SAYING = ("ed", "id", "ld", "ys")
_UNNAMED_REACH = 1500  # characters from an unnamed speaker to a "he" that may be them
_RELATIVE_REACH = 22  # tokens looked back through for a relative clause's "who"
# The longest named hearer after "told" ("told Spanish radio station Cadena SER").
_MAX_HEARER_TOKENS = 12
_MAX_OPENER_TOKENS = 25  # words from an opening "Calling for" to its comma
# Words before a verb form that make it no report: negation, passive, or a noun use.
_NOT_BEFORE_VERB = word_set("claim_grammar", "not_before_verb")
_ANONYMITY = tuple(sorted(word_set("claim_grammar", "anonymity")))
# Words that open a phrase after a subject and before its verb ("officials briefed on").
_POSTMODIFIERS = word_set("claim_grammar", "postmodifiers")
# "ten Hag said", "de Gaulle said": a surname's lower-case particle, left out of the mention.
_NAME_PARTICLES = word_set("name_grammar", "name_particles")
_COMPANY_NOUNS = word_set("name_grammar", "company_nouns")  # "chipmaker Nexaro": a body
_BODY_DESCRIPTORS = word_set("claim_grammar", "body_descriptors")  # "think tank Bruegel"
_NOT_DESCRIPTORS = word_set("claim_grammar", "not_descriptors")  # "and", "of", "the"
_MODIFIER_WORDS = _POSTMODIFIERS | {"who", "whose"}
_COUNTS = word_set("claim_grammar", "counts")
_VAGUE_COUNTS = word_set("claim_grammar", "vague_counts")
_INFORMANTS = word_set("name_grammar", "informants")
_SUBJECT_WORDS = word_set("claim_grammar", "subject_words")
# Nouns that end the hearer of "told": "told reporters", "told the court".
_HEARERS = word_set("claim_grammar", "hearers")
_HEARING = frozenset(("heard", "hears"))
_JOINED_ACTS = word_set("claim_grammar", "joined_acts")
_WARNING_AGAINST = word_set("claim_grammar", "warning_against")
_WARNING_OF = word_set("claim_grammar", "warning_of")
_FORECAST_OBJECTS = word_set("claim_grammar", "forecast_objects")
_DEMAND_PREPS = word_set("claim_grammar", "demand_preps")
_WARNING_OBJECTS = word_set("claim_grammar", "warning_objects")
# Adverbs set off by commas between a verb and its "that" ("said, however, that").
_PARENTHETICALS = word_set("claim_grammar", "parentheticals")
_MAX_ASIDE_TOKENS = 30  # the longest aside looked through between a subject and its verb
# Prepositions that open an aside ("X, in a statement carried by Y, alleged").
_ASIDE_PREPS = frozenset(("in", "at", "from", "on", "with", "after", "before", "for"))
_BODY_REACH = 1500  # characters looked back through for the body a spokesperson speaks for
_OWNER_REACH = 300  # characters looked back through for the body a generic noun first follows
# characters looked back through, in the sentence of "its president", for a body named there
_OWN_SENTENCE_REACH = 300
_HEARING_BODIES = word_set("claim_grammar", "hearing_bodies")
# Role nouns of someone who speaks for a body ("a spokesperson for the ministry").
_MOUTHPIECES = word_set("claim_grammar", "mouthpieces")
# Body nouns beyond the organisation lexicon that a spokesperson may speak for.
_BODY_WORDS = word_set("claim_grammar", "body_words")
# Documents and data that "show" or "find" things, and speak for whoever issued them.
_DOCUMENTS = word_set("claim_grammar", "documents")
# "quoted the Bible as saying A": books quoted by name, a text's words and no source's.
_SCRIPTURES = word_set("claim_grammar", "scriptures")
_QUOTE_ONLY_VERBS = word_set("claim_grammar", "quote_only_verbs")  # "shouted", "exclaimed"
_READING_VERBS = word_set("claim_grammar", "reading_verbs")  # "read"
_READING_LINKS = word_set("claim_grammar", "reading_links")  # "read from", "read out"
_MESSAGE_SIGNATURES = word_set("claim_grammar", "message_signatures")  # "signed by"
_OPEN_QUOTES = frozenset(('"', "“", "``", "‘"))
_CLOSE_QUOTES = frozenset(('"', "”", "''", "’"))
_SENT_MESSAGES = word_set("claim_grammar", "sent_messages")  # "a statement saying"
_MESSAGE_VERBS = word_set("claim_grammar", "message_verbs")  # "issued", "sent"
_RELEASE_VERBS = word_set("claim_grammar", "release_verbs")  # "released", "posted"
_OWN_MESSAGES = word_set("claim_grammar", "own_messages")  # "statement"
_MESSAGE_DETERMINERS = word_set("claim_grammar", "message_determiners")
_MESSAGE_AUTHORS = word_set("claim_grammar", "message_authors")  # "a letter from X"
_DOCUMENT_FOLLOWERS = word_set("claim_grammar", "document_followers")  # "a message to X"
_OBJECT_DETERMINERS = word_set("claim_grammar", "object_determiners")  # "no", "the"
_CRY_PARTICIPLES = word_set("claim_grammar", "cry_participles")  # "chanting"
_CHANNELS = word_set("claim_grammar", "channels")
_RELATIVES = frozenset(("that", "which"))
# Ranks that, with "a" and no name, mark an unnamed source ("a senior lawmaker said").
_UNNAMED_RANKS = word_set("claim_grammar", "unnamed_rank")
# How many words may stand before a document's noun ("the club's latest accounts"), and
# after it ("data from the Office for National Statistics released on Friday").
_MAX_DOC_MODIFIERS = 5
_MAX_DOC_TAIL = 14
_DOCUMENT_IT_REACH = 400  # characters from a document's claim to an ", it said" that is its
# Tokens that end a document's noun phrase, and words that never modify one.
_DOC_STOPS = frozenset((",", ".", ";", ":", "(", ")", '"', "“", "”", "—", "–", "?", "!"))
_DOC_NOT_MODIFIERS = word_set("claim_grammar", "not_document_modifiers")
_DOC_TAIL_STOPS = word_set("claim_grammar", "document_tail_stops")
# Nouns of a part or a summary before "of" and a document ("the average of estimates").
_DOC_PARTITIVES = word_set("claim_grammar", "document_partitives")
# Participles and adverbs that may follow a document's noun ("figures seen by Reuters").
_DOC_FOLLOWERS = word_set("claim_grammar", "document_followers")
_SENTENCE_MARKS = frozenset((".", "!", "?", ":", ";", '"', "“", "”", "—", "–"))
# Documents that give numbers: the source of a figure inside someone's claim.
_STATISTICS = word_set("claim_grammar", "statistics")
# Shares of those polled ("a third of respondents said", "most voters said").
_SHARES = word_set("claim_grammar", "shares")
# Markers of an interview transcript's paragraphs ("Q: ...", "A: ...").
_QUESTION_MARKS = word_set("claim_grammar", "question_marks")
_ANSWER_MARKS = word_set("claim_grammar", "answer_marks")
# Documents a body issues, named before "by" or "from" ("an exit poll by Ipsos").
_ISSUED = word_set("claim_grammar", "issued")
# Two-word organisation nouns without an organisation word ("the coast guard"), and the
# known bodies' two-word names in lower case ("the city hall said": "City Hall").
_ORG_COMPOUNDS = word_set("claim_grammar", "org_compounds") | frozenset(
    n.lower() for n in name_lexicon().org_names if n.count(" ") == 1
)
# A polity or a party to a case, speaking as a body when it is the whole subject.
_LITIGANTS = word_set("claim_grammar", "litigants")
_VOICED_BODIES = word_set("claim_grammar", "voiced_bodies")
_VOICES = word_set("claim_grammar", "voices")
_FINITE = word_set("claim_grammar", "finite_irregular")
_COLLECTIVES = word_set("claim_grammar", "collectives")
_SUBORDINATORS = word_set("claim_grammar", "subordinators")
_CONJUNCTIONS = word_set("claim_grammar", "conjunctions")  # ("and", "but", "or")
_ARTICLES = word_set("claim_grammar", "articles")  # ("the", "a", "an")
_JOINED_REPORTS = word_set("claim_grammar", "joined_reports")
_CONTINUING = word_set("claim_grammar", "continuing")
_OBJECT_RELATIVES = word_set("claim_grammar", "object_relatives")
_REPORT_NOUNS = word_set("claim_grammar", "report_nouns")
_PRONOUN_CLAUSE = word_set("claim_grammar", "pronoun_clause")
_AS_OBJECTS = word_set("claim_grammar", "as_objects")
_AS_OBJECT_CLAUSES = word_set("claim_grammar", "as_object_clauses")
_PARTICIPLE_LEADS = word_set("claim_grammar", "participle_leads")
_DEMAND_CLAUSES = word_set("claim_grammar", "demand_clauses")
_OBJECT_FIRST = word_set("claim_grammar", "object_first")
# "announced 2,000 job cuts": verbs whose count with no verb of its own is an act, no claim.
_COUNT_ACTS = word_set("claim_grammar", "count_acts")
_FAMILY_KIN = word_set("claim_grammar", "family_kin")
_OWNERS = frozenset(("his", "her"))  # (possessives whose owner made a rejected claim)
_OWNED_BODIES = word_set("claim_grammar", "owned_bodies")  # "her office", "his campaign"
_AGENCY_HEADS = word_set("claim_grammar", "agency_heads")  # "the agency" for Interfax
_HELD_BODIES = word_set("claim_grammar", "held_bodies")  # (every office holder has one)
_POSSESSOR_REACH = 4  # sentences looked back at for the person "his office" is named for
_OWNER_GENDER: dict[str, Literal["female", "male"]] = {"his": "male", "her": "female"}
_KIN_REACH = 12  # mentions looked back at for the person a kin's "his"/"her" points to
_RELATIVES_AS = frozenset(("who", "which", "that", "whose", "and", "but"))
_ING_NOUNS = word_set("claim_grammar", "ing_nouns")
_ING_NOT_AFTER = word_set("claim_grammar", "ing_not_after")
_CONDITIONS = frozenset(("if", "unless", "whether", "until"))
_LONE_OBJECTS = frozenset(("him", "her", "them", "us", "me", "you"))
_CALLING = frozenset(("called", "calls", "call"))
_CONTRASTS = frozenset(("while", "whereas", "though", "although", "and", "but"))
_WHILE = frozenset(("while", "whereas"))
_PERFECT = word_set("claim_grammar", "perfect")
_NO_ONE = word_set("claim_grammar", "no_one")  # (a forecast nobody made)
_PLACED_PEOPLE = word_set("claim_grammar", "placed_people")
_OWNED_SITES = word_set("claim_grammar", "owned_sites")
_REPORT_HEADS = word_set("claim_grammar", "report_heads")
_REPORT_BREAKS = word_set("claim_grammar", "report_breaks")
_CONTRARY = word_set("claim_grammar", "contrary")  # (coordinators opening a clause of their own)
_CROWD_COUNTS = word_set("claim_grammar", "crowd_counts")
_NEVER_INVERTED = frozenset(("hail", "thank", "obj", "advise", "for"))  # (verb classes)
_RELATIVE_WORDS = frozenset(("that", "who", "which", "whom"))
# Nouns that take a clause of their own ("a promise that ...", "fears that ...").
_THAT_NOUNS = word_set("claim_grammar", "that_nouns")
# "a coalition of farmers led by Oxfam, which said": the led body is the antecedent.
_LED_BY = tuple(word_set("claim_grammar", "led_by"))
_LED_REACH = 80  # characters back from the leader's name to "led by"
# "rejected suggestions that A": the rejecter's claim A, like "denied that A".
_REJECTING = word_set("claim_grammar", "rejecting_verbs")
_REJECTED_NOUNS = word_set("claim_grammar", "rejected_nouns")
_REJECTED_MODIFIERS = word_set("claim_grammar", "rejected_modifiers")
_NAMING = word_set("claim_grammar", "naming")
_SHOWING = word_set("claim_grammar", "showing")
_ONE_OF_THEM = frozenset(("one", "another"))
_ELLIPTICAL = word_set("claim_grammar", "elliptical")
_RANK_MARKERS = word_set("claim_grammar", "rank_markers")
_RANK_NUMBERS = word_set("claim_grammar", "rank_numbers")
_RANK_SCOPES = word_set("claim_grammar", "rank_scopes")
_PLACE_OPENERS = word_set("name_grammar", "name_openers")
_UNNAMED_ROLES = word_set("claim_grammar", "unnamed_roles")
_UNNAMED_AGENTS = word_set("claim_grammar", "unnamed_agents")
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our"))
_UNNAMED_DETERMINERS = word_set("claim_grammar", "unnamed_determiners")
_ISSUERS = (EntityKind.ORGANIZATION, EntityKind.UNKNOWN, EntityKind.PERSON)
_PREPOSITIONS = frozenset(("of", "in", "at", "for", "from", "by", "on", "with"))
# The object a quoted label goes on ('called the market's reaction "justified"'): at most
# so many words, none opening a clause ('called the police to report "a man with a gun"').
_NAMED_OBJECT_WORDS = 8
_NAMED_OBJECT_STOPS = (
    _SUBORDINATORS | _RELATIVES_AS | word_set("claim_grammar", "named_object_stops")
)
_OPENING_CONJUNCTIONS = word_set("claim_grammar", "opening_conjunctions")  # "But", "Yet"
_PLACE_LINKS = word_set("claim_grammar", "place_links")  # "exiles in Miami, who said"
_MEMBER_LINKS = word_set("claim_grammar", "member_links")  # "Linda Park of the agency"
# Verb classes that take an object and report nothing before them ("thanked the workers").
_OBJECT_ONLY_CLASSES = frozenset(("hail", "thank"))
# Sentence connectives that may open a sentence before ", X said," ("However, he said,
# the talks will go on"): no part of what was said.
_CONNECTIVES = word_set("claim_grammar", "connectives")
# "was quoted by the agency as saying": the participles and how far back they stand.
_QUOTED_AS = word_set("claim_grammar", "quoted_as")
_QUOTED_AS_WORDS = 10
# Nouns of time after "this" ("said this week"): an adjunct, not the clause's subject.
_THIS_TIMES = word_set("claim_grammar", "this_times")
_NOT_AFTER_THIS = _PREPOSITIONS | _SUBORDINATORS | {"to", "and", "but", "or", "as", "about"}
# Prepositions that open a sentence with a short phrase before its subject ("Before his
# address, Castro ..."), and how many words that phrase may have.
_OPENING_PREPOSITIONS = word_set("claim_grammar", "opening_prepositions")
_OPENING_PHRASE_WORDS = 7
# Words after which an "-ing" verb is no participle of the clause's subject ("accused of
# saying", "by shouting", "was chanting", "a man who kept shouting").
_NOT_BEFORE_PARTICIPLE = (
    _PREPOSITIONS | _RELATIVES_AS | word_set("claim_grammar", "not_before_quoting")
)
_DASHES = frozenset(("-", "--", "—", "–", "_"))
_ASIDE_WORDS = 30
# (words that open no object of a request: "warned on Monday to", "called on to testify")
_OBJECT_NOT_OPENERS = _PREPOSITIONS | word_set("claim_grammar", "object_not_openers")
# Words that end the head of a role phrase ("aide [to the minister]", "official [who]").
_AGENT_ENDS = _PREPOSITIONS | {"to", "who", "whose", "familiar", "close", "briefed"}
# What a body issues that then "said" for it: "..., the statement said".
_STATEMENTS = word_set("claim_grammar", "statements")
_RULINGS = word_set("claim_grammar", "rulings")
# Documents that "said" for whoever issued them: statements, rulings and other papers.
_PAPERS = _STATEMENTS | _RULINGS | word_set("claim_grammar", "papers")
# Verbs of putting out a document: "The directorate issued a statement on Monday".
_ISSUING = word_set("claim_grammar", "issuing")
_PAPER_OWNERS = frozenset(("a", "an", "its", "their", "the", "his", "her"))
# Verbs that, followed straight by "of", are passive participles ("accused of"): no claim.
_PASSIVE_OF = word_set("claim_grammar", "passive_of")
_PLACE_PREPS = word_set("name_grammar", "place_preps")
_VENUE_PREPS = word_set("claim_grammar", "venue_preps")
_VENUE_SKIPS = word_set("claim_grammar", "venue_skips")
_PRONOUN_SUBJECTS = frozenset(("he", "she", "they", "i", "we"))
_MODALS = frozenset(("will", "would", "could", "can", "may", "might", "must", "should"))
# "Rather than fight, he said, we will talk": words that open an adverbial put before
# the clause an attribution interrupts (besides subordinators and prepositions).
_FRONTED_OPENERS = word_set("claim_grammar", "fronted_openers")
# "It was reported that A": verbs whose agentless passive reports A for no one named.
_IMPERSONAL_PASSIVES = word_set("claim_grammar", "impersonal_passives")
_BE_WORDS = _BE_FORMS | {"be", "been"}  # every form of "be" an impersonal passive takes
_IMPERSONAL_AUXILIARIES = _BE_WORDS | _PERFECT | _MODALS
# "it was later confirmed that A", "it is also alleged that A": adverbs between "it" and
# the verb that do not end in "-ly" (those pass anyway).
_IMPERSONAL_ADVERBS = word_set("claim_grammar", "impersonal_adverbs")
_IMPERSONAL_CONDITIONS = word_set("claim_grammar", "impersonal_conditions")  # "if it is"
# Words after which an "it" opens a clause of its own ("..., and it is believed that A").
_CLAUSE_JOINS = _SUBORDINATORS | {"and", "but", "so", "as", "where", "yet"}
_THING_WORDS = frozenset(("nothing", "something", "anything", "everything"))
# Words after "said little"/"said much" that show the word is the object, not a clause's
# subject ("said little during the hearing", not "said little had changed").
_LITTLE_SAID_NEXT = word_set("claim_grammar", "little_said_next")
# Words before a report's subject that leave it a main clause ("and the union said", "last
# week the ministry said"), unlike a noun ("the investment the industry says it needs").
_GAP_BLOCKERS = (
    _PREPOSITIONS
    | _DETERMINERS
    | _CLAUSE_START
    | _BETWEEN
    | _ADJUNCT_START
    | _TIME_NOUNS
    | _SUBORDINATORS
    | _AUXILIARIES
    | _MODALS
    | word_set("claim_grammar", "gap_blockers")
)
# Words that open a subordinate clause ("when he tells the story"; "even" opens none alone).
_CLAUSE_OPENERS = (_SUBORDINATORS - {"even"}) | {"as"}
# Words after a headline's verb that open no clause ("warn of", "say for").
_HEADLINE_NOT_CLAUSE = frozenset(
    ("of", "about", "against", "over", "on", "for", "to", "in", "at", "with", "from", "by")
)
_QUOTE_CHARS = "\"“”„«»‘’'"
# Token flags of the tokens that may cue a report (a reporting verb or "according") and
# of those that may end one (a verb, ",", "and", "but"); see ``_names.token_flags``.
_ONLY_CUES = flag_filter(SAYING | ACCORDING)
_ONLY_MARKS = flag_filter(SAYING | JOINER)


@attrs.define
class _Draft:
    span: Span
    kind: ClaimKind
    cue: Span | None
    speaker: Speaker | None
    quote: Quote | None = None
    paragraph: int = 0
    impersonal: bool = False  # "It was reported that A": A for no one named


def _plural_like(word: str) -> bool:
    """Whether a lower-case word is shaped like a plural noun ("prices", not "press")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _finite_like(word: str) -> bool:
    """Whether a lower-case word reads as a finite verb: a listed finite form, an
    auxiliary or modal, or a longer word in "-ed" ("hit", "had", "would", "arrested")."""
    return (
        word in _FINITE
        or word in _AUXILIARIES
        or word in _MODALS
        or (len(word) > 4 and word.endswith("ed"))
    )


class _Finder:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        self.lex = _lex()
        self.reg: Mentions = mentions(document)
        self.quotes = quotes(document)
        self.tokens = document.tokens
        self.tok_starts = token_starts(document)
        self.lows = lower_tokens(document)
        self.used_cues: set[int] = set()
        self.sentence_cache: dict[int, Span | None] = {}
        self.marks: list[int] | None = None  # commas, "and", "but", verbs (complement_end)
        # Per mention, by its offsets (the registry's mentions never overlap, so these
        # name one mention; cheaper to hash than the mention itself).
        self.speakers: dict[tuple[int, int], Speaker | None] = {}
        self.quote_starts = [q.span.start for q in self.quotes]
        self.named: list[_Draft] = []  # quoted labels ('called it "a disgrace"')
        # The last reported claim, when its source is a document: where it ends, and who.
        self.last_document: tuple[int, Speaker] | None = None

    @cached_property
    def owned_names(self) -> dict[str, str]:
        """Names that end in "'s" ("Moody's", "McDonald's"), which the name finder reads
        as possessives: a capitalised word with "'s" right before a verb of saying or an
        auxiliary ("Moody's said", "McDonald's has warned") is a name, since an owner is
        never followed by a verb. Keyed by the name finder's name, not for people."""
        out: dict[str, str] = {}
        text, reg = self.text, self.reg
        for m in reg.mentions:
            end = m.span.end
            if text[end : end + 2] not in ("'s", "’s") or m.form == "pronoun":
                continue
            ent = reg.entity(m)
            if ent.kind is EntityKind.PERSON or ent.name in out:
                continue
            k = self.tok_index(end + 2)
            if k >= len(self.tokens) or self.tokens[k].start != end + 3:
                continue
            low = self.lows[k]
            if low in _PERFECT_OWNED:
                # "McDonald's has warned", not "Boeing's had a difficult year".
                nxt = self.tokens[k + 1].text if k + 1 < len(self.tokens) else ""
                if not (nxt.isalpha() and nxt.islower()) or nxt in _NOT_PARTICIPLES:
                    continue
            elif low not in _MODALS and (self.vc(k) is None or low in _NOUN_VERBS):
                continue  # ("Apple's claims that ...": the noun)
            out[ent.name] = ent.name + text[end : end + 2]
        return out

    @cached_property
    def org_by_head(self) -> dict[str, str]:
        """The first organisation named with each head word: "the group" a spokesperson
        speaks for is the "Rail Delivery Group" (settled per article, not per claim; built
        on first use)."""
        out: dict[str, str] = {}
        for ent in self.reg.entities:
            if ent.kind is EntityKind.ORGANIZATION and " " in ent.name and ent.name[0].isupper():
                out.setdefault(ent.name.rsplit(" ", 1)[-1].lower(), ent.name)
        return out

    @cached_property
    def org_aliases(self) -> dict[str, str]:
        """An organisation's one-word other names as written (its acronym: "AIU" for the
        "Athletics Integrity Unit"), so "an AIU spokeswoman" speaks for the full name."""
        out: dict[str, str] = {}
        text = self.text
        for ent in self.reg.entities:
            if ent.kind is EntityKind.ORGANIZATION and " " in ent.name:
                for span in ent.mentions:
                    alias = text[span.start : span.end]
                    if " " not in alias and alias != ent.name:
                        out.setdefault(alias, ent.name)
        return out

    @cached_property
    def by_last_word(self) -> dict[str, Entity]:
        """The first entity whose name or role ends with a word: what a bare "union" in a
        headline stands for (one dict instead of a scan of the entities per noun; built on
        first use)."""
        out: dict[str, Entity] = {}
        for ent in self.reg.entities:
            for phrase in (ent.name, ent.role or ""):
                words = phrase.lower().split()
                if words:
                    out.setdefault(words[-1], ent)
        return out

    # - helpers -

    def tok_index(self, offset: int) -> int:
        return bisect.bisect_left(self.tok_starts, offset)

    def in_quote(self, offset: int) -> Quote | None:
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.span.start <= offset < q.span.end:
                return q
        return None

    def verb_class(self, tok: Token) -> str | None:
        low = tok.text.lower()
        cls = self.lex.verbs.get(low)
        # (a verb of demand is never a quote's cue, nor is one of praise: "hails 'special'
        # night" names a thing, not a quote's speaker, nor one of charging: 'accused them of
        # "betrayal"'; a cry that also demands is one: '"Help us," pleaded the mother')
        if cls in ("for", "hail", "perfect"):
            cls = None
        return cls or ("strict" if low in _QUOTE_ONLY_VERBS else None)

    def vc(self, i: int) -> str | None:
        """The reporting-verb class of token ``i``, if it is one ("called" is one only as a
        demand: "called for talks", never "called the decision a betrayal")."""
        low = self.lows[i]
        cls = self.lex.verbs.get(low)
        if cls is None:
            if low not in _QUOTE_ONLY_VERBS or not self.beside_quote(i):
                return None
            # ('"Fire!" a guard shouted, witnesses said': the cry is the report's content)
            later = self.lows[i + 1 : i + 9]
            return None if any(w in self.lex.verbs for w in later) else "strict"
        if (
            cls is not None
            and self.tokens[i].text[:1].isupper()
            and (low in _DOCUMENTS or low in _REPORT_NOUNS)
            and self.inside_capitalised_name(i)
        ):
            return None  # "editor of the Microprocessor Report": a word of a name
        if cls == "for" and self.demand_start(i) is None:
            # ('"Help us," pleaded the mother': a cry beside a quote, not a demand)
            return "strict" if low in _QUOTE_ONLY_VERBS and self.beside_quote(i) else None
        if cls == "perfect":
            # "The weather service has forecast heavy rain": a verb after "has" alone.
            if i == 0 or self.lows[i - 1] not in _PERFECT:
                return None
            k = i - 2
            while k > 0 and i - k < 20 and self.tokens[k - 1].text not in _DOC_STOPS:
                k -= 1
            if self.lows[k] in _NO_ONE or (i > 1 and self.lows[i - 2] in _NO_ONE):
                # "None of the economists had forecast a move", "nobody has forecast":
                # nothing (not "Economists at no fewer than five banks have forecast").
                return None
            return "obj"
        if low in _OBJECT_FIRST and (
            self.lows[i + 1 : i + 2] in (["on"], ["for"])
            or (i > 0 and self.lows[i - 1] in _PASSIVE_BEFORE)
        ):
            return None  # "a bomb blamed on the rebels", "was blamed for": the passive
        return cls

    def beside_quote(self, i: int) -> bool:
        """Whether a quotation closes just before token ``i`` ('"Get out," he shouted') or
        opens right after it ('chanting "Bring back our son!"')."""
        toks = self.tokens
        after = toks[i + 1 : i + 3]
        if after and (
            after[0].text in _OPEN_QUOTES
            or (len(after) == 2 and after[0].text in ",:" and after[1].text in _OPEN_QUOTES)
        ):
            return True
        marks = {t.start for t in toks[max(0, i - 4) : i] if t.text in _CLOSE_QUOTES}
        return any(q.close in marks and self.quote_opens_sentence(q.open) for q in self.quotes)

    def quote_opens_sentence(self, offset: int) -> bool:
        """Whether a quotation whose mark is at ``offset`` opens its sentence or follows a
        colon ('"Get out," he shouted', not 'After watching "Titanic," she cried')."""
        before = self.text[:offset].rstrip()
        while before and before[-1] in _QUOTE_CHARS:
            before = before[:-1]  # ('He said "no." "Out!" he yelled')
        return before == "" or before[-1] in ".!?:\n"

    def inside_capitalised_name(self, i: int) -> bool:
        """Whether the capitalised token ``i`` ends a run of capitalised words opened
        inside running text ("the Microprocessor Report", "of the Drudge Report"), not a
        title-case headline ("Union Leader Says ...") or a sentence's first word."""
        toks = self.tokens
        k = i - 1
        while k >= 0 and i - k <= 4 and toks[k].text[:1].isupper() and toks[k].text.isalpha():
            k -= 1
        return k < i - 1 and k >= 0 and toks[k].text.isalpha() and toks[k].text.islower()

    def demand_start(self, i: int) -> int | None:
        """The first token of the demand after the verb of demand at ``i`` ("called for
        talks"), if it makes one: never in the passive ("was called for questioning"), and
        "calls for" only after a known speaker, as the plural noun is as common ("faced
        calls for his resignation", "phone calls for help")."""
        if i == 0 or i + 1 >= len(self.lows):
            return None
        low, prev = self.lows[i], self.tokens[i - 1]
        start, pair = i + 2, f"{low} {self.lows[i + 1]}"
        if pair in _DEMAND_PREPS and self.lows[i + 2 : i + 4] and self.lows[i + 2] in _TIME_WORDS:
            if self.lows[i + 3] != "for":
                return None  # ("called on Monday for talks": the demand follows "for")
            start = i + 4
        elif self.lows[i + 1] != "for" and (pair not in _DEMAND_PREPS or not self.object_to(i + 2)):
            return None  # ("called on the ministry to reopen talks": the object's request)
        if not low.endswith("ing") and self.lows[i - 1] in _PASSIVE_BEFORE:
            return None  # (but "were calling for": progressive, no passive)
        m = self.reg.at(prev.start)
        if low.endswith("s") and (m is None or m.span.end != prev.end):
            return None
        if self.no_issuer(i, m) and pair in _DEMAND_PREPS:
            return None  # ("Her message appealed to young voters": no issuer)
        if self.lows[start : start + 1] and self.lows[start] in _NOT_DEMANDS:
            return None  # "the measures called for in the report": a relative clause
        return start

    def owned_here(self, m: Mention) -> bool:
        """Whether mention ``m``, or the name right after it ("the chain Hartwell's"), is
        written with the "'s" of a name in ``owned_names`` (other mentions keep the plain
        name: "Apple's claims ... Apple said")."""
        ends = ("'s", "’s")
        if self.text[m.span.end : m.span.end + 2] in ends:
            return True
        nxt = self.mention_at_token(self.tok_index(m.span.end))
        return (
            nxt is not None
            and nxt.entity == m.entity
            and (self.text[nxt.span.end : nxt.span.end + 2] in ends)
        )

    def no_issuer(self, i: int, m: Mention | None) -> bool:
        """Whether the lower-case word before the verb at ``i`` (in mention ``m``, if any)
        is a thing that makes no request ("Her message appealed to"): no person, body,
        group or document."""
        prev = self.lows[i - 1]
        if not self.tokens[i - 1].text.islower() or prev in _BETWEEN or prev in _DOCUMENTS:
            return False
        if prev in _OBJECT_ENDS or prev == "or":
            return False  # ("welcomed the release and called on", "the minister who called")
        if m is None:
            return True
        return m.form != "pronoun" and self.reg.entity(m).kind is EntityKind.UNKNOWN

    def speaker_of(self, m: Mention) -> Speaker | None:
        """The speaker a mention stands for (the same frozen value for each mention: the
        same mention is looked at for many verbs)."""
        key = (m.span.start, m.span.end)
        try:
            return self.speakers[key]
        except KeyError:
            found = self.speakers[key] = self._speaker_of(m)
            return found

    def _speaker_of(self, m: Mention) -> Speaker | None:
        found = self._speaker_of_entity(m)
        if found is None:
            return None
        if (
            found.kind is not EntityKind.PERSON
            and found.name in self.owned_names
            and self.owned_here(m)
        ):
            return attrs.evolve(found, name=self.owned_names[found.name])
        unnamed_role = found.kind is EntityKind.PERSON and found.role == found.name
        if (found.kind is EntityKind.ANONYMOUS and " " not in found.name) or unnamed_role:
            # ("a diplomat briefed on the talks": a role with no name is unnamed too.)
            tail = self.source_tail(self.tok_index(m.span.end), unnamed_role)
            if tail is not None:
                # "two people familiar with the matter": the description names the source.
                end = self.tokens[tail].end
                return Speaker(
                    name=found.name + self.text[m.span.end : end],
                    kind=EntityKind.ANONYMOUS,
                    span=Span(m.span.start, end),
                )
            if self.text[m.span.start : m.span.start + 9].lower() == "the same ":
                # "according to the same person": as the earlier mention described them.
                for span in self.reg.entity(m).mentions:
                    first = self.reg.at(span.start)
                    if span.start >= m.span.start or first is None or first.span != span:
                        break
                    earlier = self.speaker_of(first)
                    if earlier is not None and earlier.kind is EntityKind.ANONYMOUS:
                        return Speaker(name=earlier.name, kind=earlier.kind, span=m.span)
                    break
        return found

    def _speaker_of_entity(self, m: Mention) -> Speaker | None:
        ent = self.reg.entity(m)
        if m.form == "name" and ent.kind is EntityKind.PERSON:
            i = self.tok_index(m.span.start)
            if (
                i + 1 < len(self.tokens)
                and self.tokens[i + 1].end < m.span.end
                and self.lows[i + 1] in _PREPOSITIONS
                and self.common_people_noun(i)
            ):
                # "Lawyers for Enron founder Kenneth Lay" read as one name of Lay's: the
                # people speak for him, as when it is written "Lawyers for Kenneth Lay".
                name = self.text[m.span.start : m.span.end]
                return Speaker(name=name, kind=EntityKind.GROUP, span=m.span)
        if m.form == "pronoun" and ent.kind is EntityKind.UNKNOWN:
            return None
        if ent.kind is EntityKind.UNKNOWN and ent.name.lower() in _DOCUMENTS:
            # "Figures showed ...": a capitalised first word, not a body's name.
            return Speaker(name=ent.name, kind=EntityKind.UNKNOWN, span=m.span)
        if ent.kind is EntityKind.ORGANIZATION and _crowd_of_bodies(ent.name):
            # "Guatemalan authorities said": a crowd of bodies, as annotators give it.
            return Speaker(name=ent.name, kind=EntityKind.GROUP, role=ent.role, span=m.span)
        words = ent.name.lower().split(None, 2) if ent.kind is EntityKind.GROUP else []
        if len(words) > 1:
            first, second = words[:2]
            if first in self.lex.org_nouns and second.endswith("ing") and len(second) > 5:
                # "the union representing workers at the site": the body, not the workers.
                return Speaker(name=ent.name, kind=EntityKind.ORGANIZATION, span=m.span)
        if ent.kind is EntityKind.GROUP or (
            ent.kind is EntityKind.PERSON and ent.role is not None and ent.name == ent.role
        ):
            voiced = _voiced_body(ent.name, m.span)
            if voiced is not None:
                return voiced  # "coast guard officials", "a coast guard official"
        if ent.kind is EntityKind.GROUP:
            found = self.body_spoken_for(ent.name, m.span.start)
            if found is not None:
                # "Company representatives said", "spokesmen for the ministry": the body.
                body, role = found
                return Speaker(name=body, kind=EntityKind.ORGANIZATION, role=role, span=m.span)
        if ent.kind is EntityKind.PERSON and ent.role is not None and ent.name == ent.role:
            if not _UNNAMED_ROLES.isdisjoint(ent.name.lower().split()[:3]):
                # "a government source": unnamed however it is described.
                return Speaker(name=ent.name, kind=EntityKind.ANONYMOUS, span=m.span)
            found = self.body_spoken_for(ent.name, m.span.start)
            if found is not None:
                body, role = found
                return Speaker(name=body, kind=EntityKind.ORGANIZATION, role=role, span=m.span)
        return _speaker(ent, m.span)

    def source_tail(self, j: int, role: bool = False) -> int | None:
        """The last token of a description after an unnamed source starting at token
        ``j`` ("familiar with [the] matter", "close to the talks"), or None; after one
        person known by a role (``role``), also "quoted by the newspaper"."""
        toks, lows = self.tokens, self.lows
        if j >= len(lows):
            return None
        if lows[j] in _SOURCE_TAIL_FIRST:
            tails = _SOURCE_TAILS
        elif role and lows[j] in _ROLE_TAIL_FIRST:
            tails = _ROLE_TAILS
        else:
            return None  # (the common case: no tail opens here)
        for words in tails:
            n = len(words)
            if tuple(lows[j : j + n]) != words:
                continue
            k = j + n
            det = k < len(toks) and lows[k] in ("the", "a", "an", "this")
            if det:
                k += 1
            last = None
            while (
                k < len(toks)
                and k - j - n < 6
                and (
                    _strip_s(toks[k].text).isalpha()  # "the minister's office"
                    or (last is not None and toks[k].text in _POSSESSIVE)
                    or (last == k - 1 and self.abbreviation_dot(k))  # "with Mr. Antar's case"
                )
                and (self.vc(k) is None or (det and last is None))  # "the talks"
                and lows[k] not in _PREPOSITIONS
                and lows[k] not in ("and", "but", "or", "who", "that", "as")
                and lows[k] not in _AUXILIARIES  # ("familiar with the talks have said")
            ):
                if toks[k].text not in _POSSESSIVE:
                    last = k  # ("the Social Democrats' board meeting": past the owner)
                k += 1
            return last
        return None

    def source_before(self, k: int, lo: int) -> Speaker | None:
        """The unnamed source whose description ends in the mention at token ``k``
        ("[a source] close to the ministry", "[people] familiar with Hamas"), or None."""
        toks, lows = self.tokens, self.lows
        p = k - 1 if k > 0 and lows[k - 1] in ("the", "a", "an", "this") else k
        if p < 2 or lows[p - 1] not in _SOURCE_TAIL_LAST:
            return None  # (the common case: no tail ends here)
        for words in _SOURCE_TAILS:
            n = len(words)
            if p - n < 1 or tuple(lows[p - n : p]) != words:
                continue
            start = toks[p - n].start
            m = self.reg.ending_before(start)
            if m is not None and m.span.start >= lo and self.text[m.span.end : start].strip() == "":
                found = self.speaker_of(m)
                if found is not None and found.kind in (EntityKind.ANONYMOUS, EntityKind.GROUP):
                    return found  # ("officials close to the ministry": the officials)
            return None
        return None

    @cached_property
    def named_orgs(self) -> tuple[list[int], list[str], list[bool]]:
        """The starts of the mentions of bodies known by a name (organisations, and names
        of unknown kind such as "Harlow City"), in order, their names and whether each is
        an organisation: a sorted index for the body last named before an offset (built on
        first use)."""
        starts: list[int] = []
        names: list[str] = []
        orgs: list[bool] = []
        ents = self.reg.entities
        kinds = (EntityKind.ORGANIZATION, EntityKind.UNKNOWN)
        for m in self.reg.mentions:
            ent = ents[m.entity]
            if ent.kind in kinds and ent.name[:1].isupper():
                starts.append(m.span.start)
                names.append(ent.name)
                orgs.append(ent.kind is EntityKind.ORGANIZATION)
        return starts, names, orgs

    def body_named_before(self, noun: str, at: int) -> str | None:
        """The organisation named last before offset ``at`` whose name fits the generic
        ``noun`` ("Amazon said ... a company spokesperson said" is Amazon's), preferring one
        whose name says its kind among the last few; never a news agency, and a name of
        unknown kind (often a place) only when its words say it fits."""
        starts, names, orgs = self.named_orgs
        k = bisect.bisect_left(starts, at)
        untold: str | None = None
        seen: set[str] = set()
        while k > 0 and len(seen) < 8:
            k -= 1
            name = names[k]
            if name in seen:
                continue
            seen.add(name)
            fit = fits_noun(name, noun)
            if fit:
                return name
            if fit is None and untold is None and orgs[k]:
                untold = name
        return untold

    def body_spoken_for(self, role: str, at: int | None = None) -> tuple[str, str] | None:
        """The body an unnamed spokesperson speaks for, which is then the speaker: "a
        spokesperson for the Dutch economy ministry", "a ministry spokesman", "the police
        spokeswoman". A generic body ("the group", "the ministry") is the one of that
        kind named last. Gives (body, the role word); None for a bare "a spokesman" or for
        other roles."""
        words = role.split()
        lows = [w.lower() for w in words]
        head = next((k for k, w in enumerate(lows) if w in _MOUTHPIECES), None)
        if head is None:
            return None
        if head + 1 < len(words) and lows[head + 1] in ("for", "of", "at"):
            body = words[head + 2 :]
        elif head + 1 == len(words):
            body = words[:head]
            if body:
                body[-1] = _strip_s(body[-1])  # "the ministry's spokesperson"
        else:
            return None
        while body and body[0].lower() in ("the", "a", "an", "its", "their"):
            body = body[1:]
        if not body:
            return None
        last = body[-1].lower()
        numbered = last.isdigit() and len(body) > 1 and body[-2][:1].isupper()  # "Group 4"
        if (
            last not in self.lex.org_nouns
            and last not in _BODY_WORDS
            and not body[-1][0].isupper()
            and not numbered
        ):
            return None
        if len(body) == 1 and head == 1 and last in self.lex.org_nouns:
            body[0] = last  # "Company representatives said": a capitalised first word
        if len(body) == 1:
            named = self.org_aliases.get(body[0]) or self.org_by_head.get(body[0].lower())
            if named is None and at is not None and body[0].islower():
                # "a company spokesperson" with no "... Group" named: the body of that kind
                # named last before it.
                named = self.body_named_before(body[0].lower(), at)
            if named is not None:
                return named, words[head]
        return " ".join(body), words[head]

    def mention_at_token(self, i: int) -> Mention | None:
        if not 0 <= i < len(self.tokens):
            return None
        m = self.reg.at(self.tokens[i].start)
        if m is not None and m.span.start == self.tokens[i].start:
            return m
        if self.lows[i] in _NAME_PARTICLES and self.tokens[i].text.islower():
            m = self.mention_after_particle(i)
            if m is not None:
                return m
        if self.lows[i] in self.lex.honorifics:
            # "said Dr Amira Haddad", "Mr. Coyle said": the registry's name starts after
            # the honorific (and its full stop).
            k = i + 2 if self.lows[i + 1 : i + 2] == ["."] else i + 1
            if k < len(self.tokens):
                m = self.reg.at(self.tokens[k].start)
                if (
                    m is not None
                    and m.span.start == self.tokens[k].start
                    and m.form in ("name", "surname")
                ):
                    return m
        return None

    def mention_after_particle(self, i: int) -> Mention | None:
        """The person's surname right after the particle at token ``i`` ("ten Hag"), when
        the full name seen before has that particle ("Erik ten Hag")."""
        if i + 1 >= len(self.tokens) or self.tokens[i + 1].start != self.tokens[i].end + 1:
            return None
        m = self.reg.at(self.tokens[i + 1].start)
        if m is None or m.span.start != self.tokens[i + 1].start:
            return None
        ent = self.reg.entity(m)
        written = self.text[self.tokens[i].start : m.span.end].lower()
        if ent.kind is not EntityKind.PERSON or not ent.name.lower().endswith(" " + written):
            return None
        return m

    def sentence_of(self, offset: int) -> Span | None:
        # Cached: the same cue is looked up by several steps.
        try:
            return self.sentence_cache[offset]
        except KeyError:
            found = self.sentence_cache[offset] = self.doc.sentence_at(offset)
            return found

    # - main -

    def run(self) -> list[Claim]:
        drafts = self.direct()
        drafts.extend(self.drop_nested(self.indirect(drafts)))
        drafts = _held_impersonals_out(drafts)
        if self.named:
            # 'called the decision "a betrayal"' stands alone unless a report holds it.
            spans = sorted((d.span.start, d.span.end) for d in drafts)
            starts = [a for a, _ in spans]
            for d in self.named:
                if _outside(d.span, spans, starts) == d.span:
                    drafts.append(d)
        drafts = self.interview(drafts)
        drafts.sort(key=lambda d: d.span.start)
        self.fill_speakers(drafts)
        self.unnamed_antecedents(drafts)
        self.spokesperson_bodies(drafts)
        self.owned_roles(drafts)
        self.statement_issuers(drafts)
        self.lone_surnames(drafts)
        self.kin_family_names(drafts)
        for d in drafts:
            if d.speaker is not None:
                d.speaker = _unnamed_agent(d.speaker)
        out = []
        text = self.text
        for d in drafts:
            cue_text = text[d.cue.start : d.cue.end] if d.cue is not None else None
            out.append(
                Claim(
                    span=d.span,
                    text=text[d.span.start : d.span.end],
                    kind=d.kind,
                    cue=cue_text,
                    cue_span=d.cue,
                    speaker=d.speaker,
                )
            )
        return out

    def spokesperson_bodies(self, drafts: list[_Draft]) -> None:
        """ "The airline said A. B, a spokeswoman said": an unnamed spokesperson with no
        body in their own sentence speaks for the one body the paragraph names before
        them, else the one body the paragraph before names; with two bodies or none the
        speaker stays as it is."""
        paragraphs = self.doc.paragraphs
        for d in drafts:
            sp = d.speaker
            if (
                sp is None
                or sp.kind is not EntityKind.PERSON
                or sp.role != sp.name
                or sp.span is None
                or _MOUTHPIECES.isdisjoint(sp.name.lower().split())
            ):
                continue
            sent = self.sentence_of(sp.span.start)
            p = self.doc.paragraph_index(sp.span.start)
            if sent is None or p is None or self.bodies_in(sent.start, sent.end):
                continue
            # (a bounded look back: linear however many spokespeople a paragraph has)
            bodies = self.bodies_in(max(paragraphs[p].start, sent.start - _BODY_REACH), sent.start)
            if not bodies and p > 0:
                before = paragraphs[p - 1]
                bodies = self.bodies_in(max(before.start, before.end - _BODY_REACH), before.end)
            if len(bodies) == 1:
                ent = next(iter(bodies.values()))
                d.speaker = Speaker(
                    name=ent.name, kind=EntityKind.ORGANIZATION, role=sp.name, span=sp.span
                )

    def owned_roles(self, drafts: list[_Draft]) -> None:
        """ "The UCI said A. Its president has promised B": an unnamed office holder
        owned by "its" holds the office of the one body named in the sentence before
        ("UCI president"); with two bodies or none the speaker stays as it is."""
        for d in drafts:
            sp = d.speaker
            if (
                sp is None
                or sp.kind is not EntityKind.PERSON
                or sp.role != sp.name
                or sp.span is None
                or not sp.name.islower()
                or not _MOUTHPIECES.isdisjoint(sp.name.split())
                or self.text[sp.span.start : sp.span.start + 4].lower() != "its "
            ):
                continue
            sent = self.sentence_of(sp.span.start)
            # (bounded windows: linear however long the sentences are)
            if sent is None or self.bodies_in(
                max(sent.start, sp.span.start - _OWN_SENTENCE_REACH), sp.span.start
            ):
                continue
            base = max(0, sent.start - 8)  # (the last character of the sentence before)
            kept = len(self.text[base : sent.start].rstrip())
            before = self.sentence_of(base + kept - 1) if kept else None
            if before is None or before.start >= sent.start:
                continue
            bodies = self.bodies_in(max(before.start, before.end - _BODY_REACH), before.end)
            if len(bodies) == 1:
                ent = next(iter(bodies.values()))
                d.speaker = attrs.evolve(sp, name=f"{ent.name} {sp.name}")

    def bodies_in(self, start: int, end: int) -> dict[int, Entity]:
        """The organisations named (not by a pronoun) between two offsets, by entity."""
        found: dict[int, Entity] = {}
        for m in self.reg.in_span(Span(start, end)):
            if m.form != "pronoun":
                ent = self.reg.entity(m)
                if ent.kind is EntityKind.ORGANIZATION:
                    found[m.entity] = ent
        return found

    def lone_surnames(self, drafts: list[_Draft]) -> None:
        """A lone capitalised word nothing else types ("Zhang said", "O'Brien said") is
        a person's surname, not a body, unless the report speaks of the speaker as "it"
        ("Nordhav said it would ..."), the word opens a body's name given before
        ("SurAndes Airlines"), or an apposition calls it a body ("Apartur, the
        association that ...")."""
        found: list[tuple[_Draft, Speaker]] = []
        bodies: set[str] = set()
        for d in drafts:
            sp = d.speaker
            if sp is None or sp.kind is not EntityKind.ORGANIZATION or " " in sp.name:
                continue
            if sp.span is None:
                continue
            if not _lone_surname(sp.name) and not (
                # '"I will appeal," Doe added': a body never speaks as "I".
                d.kind is ClaimKind.DIRECT and _first_person(self.text, d.span.start, d.span.end)
            ):
                continue
            m = self.reg.at(sp.span.start)
            if m is None or self.reg.entity(m).kind is not EntityKind.UNKNOWN:
                continue
            if self.body_cues(sp.name, m, None if d.kind is ClaimKind.DIRECT else d.span):
                bodies.add(sp.name)  # (each of its reports: "said it would ... but warned")
            elif self.beside_verb(m):
                found.append((d, sp))
        for d, sp in found:
            if sp.name not in bodies:
                d.speaker = attrs.evolve(sp, kind=EntityKind.PERSON)

    def kin_family_names(self, drafts: list[_Draft]) -> None:
        """A spouse or child given by first name only ("his wife, Aminata, said") shares
        the family name of the person "his" or "her" points to ("Aminata Mansaray")."""
        named: dict[int, str | None] = {}
        full: dict[tuple[str, str], str] = {}  # (first name, kin): the full name found
        kin: list[tuple[_Draft, Speaker, str]] = []
        for d in drafts:
            sp = d.speaker
            if sp is None or sp.kind is not EntityKind.PERSON or " " in sp.name:
                continue
            if sp.role not in _FAMILY_KIN or sp.span is None:
                continue
            kin.append((d, sp, sp.role))
            m = self.reg.at(sp.span.start)
            if m is None or m.form == "pronoun":
                continue
            ent = self.reg.entity(m)
            if ent.id not in named:
                named[ent.id] = self.family_name(ent)
            family = named[ent.id]
            if family is not None:
                full[sp.name, sp.role] = f"{sp.name} {family}"
        # (a later "she said" carries the same first name: the same person)
        for d, sp, role in kin:
            name = full.get((sp.name, role))
            if name is not None:
                d.speaker = attrs.evolve(sp, name=name)

    def family_name(self, ent: Entity) -> str | None:
        """The family name of the person a kin's possessive points to, if the kin is
        introduced as "his wife" or "her son" and that person has a full name."""
        first = ent.mentions[0]
        words = self.text[first.start : first.end].split()
        if len(words) != 2 or words[0].lower() not in ("his", "her"):
            return None
        gender = "male" if words[0].lower() == "his" else "female"
        at = first.start
        unsexed: str | None = None  # (the nearest without a known first name, if no other)
        lex = name_lexicon()
        given = lex.male if gender == "male" else lex.female
        for _ in range(_KIN_REACH):  # (the nearest named person of that gender, not far back)
            m = self.reg.ending_before(at)
            if m is None:
                break
            at = m.span.start
            owner = self.reg.entity(m)
            if owner.kind is not EntityKind.PERSON or owner.id == ent.id:
                continue
            if owner.gender is not None and owner.gender != gender:
                continue
            parts = owner.name.split()
            if len(parts) >= 2 and parts[-1][:1].isupper() and parts[-1].isalpha():
                if parts[0] in given:
                    return parts[-1]
                # "his home on Little Havana's streets": a place read as a name (whose
                # gender the pronouns gave it) must not outrank the man "his" points to a
                # little further back, known by his first name.
                unsexed = unsexed or parts[-1]
        return unsexed

    def beside_verb(self, m: Mention) -> bool:
        """Whether a verb of saying stands right after the mention ("Zhang said") or
        right before it ("said Zhang"), not a document's author ("a poll by Ipsos")."""
        i = self.tok_index(m.span.start)
        j = self.tok_index(m.span.end)
        return (j < len(self.tokens) and self.vc(j) is not None) or (
            i > 0 and self.vc(i - 1) is not None
        )

    def body_cues(self, word: str, m: Mention, content: Span | None) -> bool:
        """Whether anything marks the lone word ``word`` (mentioned at ``m``) as a body
        (see ``lone_surnames``); ``content`` is a reported (not quoted) claim's."""
        if content is not None:
            head = self.text[content.start : content.start + 5].lower()
            if head.startswith(("it ", "its ", "it'", "it’")):
                return True
        i = self.tok_index(m.span.start)
        if i > 0 and (self.lows[i - 1] in _COMPANY_NOUNS or self.lows[i - 1] in self.lex.org_nouns):
            return True  # "Chipmaker Nexaro says", "the consultancy Drewry"
        low = word.lower()
        if low.endswith("s") and (low[:-1] in self.lex.roles or low[:-1] in self.lex.groups):
            return True  # "Shopkeepers": people, but not one person's surname
        for ent_id in self.org_starts.get(word, ()):
            if self.reg.entities[ent_id].span.start < m.span.start:
                return True
        after = _BODY_APPOSITION.match(self.text, m.span.end, m.span.end + 60)
        return after is not None and not self.lex.org_nouns.isdisjoint(
            after.group(1).lower().split()
        )

    @cached_property
    def org_starts(self) -> dict[str, list[int]]:
        """Each capitalised word but the last of an organisation's name of several words
        -> the bodies ("Vantora" for "Vantora Airlines")."""
        out: dict[str, list[int]] = {}
        for ent in self.reg.entities:
            if ent.kind is EntityKind.ORGANIZATION and " " in ent.name:
                for word in ent.name.split()[:-1]:
                    if word[:1].isupper():
                        out.setdefault(word, []).append(ent.id)
        return out

    # - interview transcripts -

    def interview(self, drafts: list[_Draft]) -> list[_Draft]:
        """A transcript's "Q:" paragraphs hold the interviewer's words, no claim; each "A:"
        paragraph is one direct claim by the person interviewed (the person named most
        often before it), whatever reports it holds."""
        text = self.text
        marked: list[tuple[Span, bool]] = []  # (words after the marker, is an answer)
        for para in self.doc.paragraphs:
            colon = text.find(":", para.start, min(para.end, para.start + 10))
            if colon < 0:
                continue
            marker = text[para.start : colon].strip().lower()
            start = colon + 1
            while start < para.end and text[start].isspace():
                start += 1
            if start < para.end and (marker in _QUESTION_MARKS or marker in _ANSWER_MARKS):
                marked.append((Span(start, para.end), marker in _ANSWER_MARKS))
        if not any(answer for _, answer in marked):
            return drafts
        kept = [
            d
            for d in drafts
            if not any(s.start <= d.span.start and d.span.end <= s.end for s, _ in marked)
        ]
        # One pass over the mentions: the person named most often so far, at each answer.
        counts: dict[int, int] = {}
        mentions = self.reg.in_span(Span(0, len(text)))
        best: Mention | None = None
        best_count = 0
        k = 0
        for span, answer in marked:
            while k < len(mentions) and mentions[k].span.start < span.start:
                m = mentions[k]
                k += 1
                ent = self.reg.entity(m)
                if ent.kind is EntityKind.PERSON and m.form != "pronoun":
                    n = counts[id(ent)] = counts.get(id(ent), 0) + 1
                    if n > best_count:  # (a tie goes to the one named first)
                        best, best_count = m, n
            if not answer:
                continue
            speaker = self.speaker_of(best) if best is not None else None
            kept.append(_Draft(span, ClaimKind.DIRECT, None, speaker, None, 0))
        return kept

    # - direct quotes -

    def direct(self) -> list[_Draft]:
        out: list[_Draft] = []
        for q in self.quotes:
            end = q.span.end
            while end > q.span.start + 1 and self.text[end - 1] in ",;:":
                end -= 1
            if end != q.span.end:
                q = Quote(
                    span=Span(q.span.start, end),
                    open=q.open,
                    close=q.close,
                    paragraph=q.paragraph,
                    continues=q.continues,
                    continued=q.continued,
                )
            if self.naming_aside(q):
                # 'Smith, calling the ruling "a travesty", said he would appeal': the
                # label is the naming's, and "said" has a report of its own.
                named = self.naming(q)
                if named is not None:
                    self.named.append(named)
                continue
            after = None if self.inside_report(q) else self.cue_after(q)
            found = after or self.cue_before(q)
            if found is not None:
                cue, speaker = found
                verb = self.tok_index(cue.start)
                author = self.message_author(verb)
                if author is not None:
                    speaker = author[0]  # (None: an author with no name, not the reader)
                if after is not None and self.opening_naming(q) and self.reports_after(verb):
                    # 'Calling her "an excellent girl," Castro said Friday she had been
                    # kidnapped': the label is his, and "said" reports a clause of its own.
                    self.used_cues.discard(verb)
                    out.append(_Draft(q.span, ClaimKind.DIRECT, cue, speaker, q, q.paragraph))
                    continue
                lead = self.lead_in(q) if after is not None else None
                if lead is not None and q.close is not None:
                    # 'It would be "a benchmark for decades", she said.': the sentence
                    # up to the closing mark is what she said.
                    span = Span(lead, q.close + 1)
                    out.append(_Draft(span, ClaimKind.MIXED, cue, speaker, q, q.paragraph))
                    continue
                out.append(_Draft(q.span, ClaimKind.DIRECT, cue, speaker, q, q.paragraph))
                continue
            if self.stands_alone(q):
                out.append(_Draft(q.span, ClaimKind.DIRECT, None, None, q, q.paragraph))
                continue
            introduced = self.colon_intro(q)
            if introduced is not None:
                out.append(_Draft(q.span, ClaimKind.DIRECT, None, introduced, q, q.paragraph))
                continue
            named = self.naming(q)
            if named is not None:
                self.named.append(named)  # kept unless a report covers it (see ``run``)
            # Otherwise a fragment: a scare quote or title, or part of a mixed claim.
        return out

    def message_author(self, verb: int) -> tuple[Speaker | None] | None:
        """'"...," Castro read from a letter signed by Gonzalez': the quote is the
        author's words, read out by another; the author named after the message
        ("by the family", "by his client, Marisol Vega"), in a 1-tuple, None inside it
        when the author has no name the registry knows ("by his client"). None when the
        verb reads out no message with an author."""
        lows = self.lows
        if lows[verb] not in _READING_VERBS:
            return None
        j = verb + 1
        while j < len(lows) and j - verb <= 3 and lows[j] in _READING_LINKS:
            j += 1
        if j < len(lows) and lows[j] in _MESSAGE_DETERMINERS:
            j += 1
        if j >= len(lows) or lows[j] not in _SENT_MESSAGES:
            return None
        j += 1
        if j < len(lows) and lows[j] in _MESSAGE_SIGNATURES:
            j += 1
        if j + 1 >= len(lows) or lows[j] not in _MESSAGE_AUTHORS:
            return None
        m = self.mention_at_token(j + 1)
        if (m is None or m.form == "pronoun") and lows[j + 1] in _MESSAGE_DETERMINERS:
            j += 1  # ("by the family"; "his" in "by his client" is the reader's)
            m = self.mention_at_token(j + 1)
        if (m is None or self.tokens[self.tok_index(m.span.end)].text == ",") and (
            comma := next((c for c in range(j + 1, min(len(lows), j + 5)) if lows[c] == ","), None)
        ) is not None:
            named = self.mention_at_token(comma + 1)  # ("by his client, Marisol Vega")
            if named is not None and self.reg.entity(named).kind is EntityKind.PERSON:
                m = named
        return (self.speaker_of(m) if m is not None else None,)

    def colon_intro(self, q: Quote) -> Speaker | None:
        """'Keller was blunt: "We are out of money."': a whole-sentence quote after a
        short clause that ends in a colon and opens with a person (no verb of saying:
        those are cues) is that person's, with no cue."""
        text = self.text
        if q.paragraph == 0 or text[max(0, q.open - 2) : q.open] != ": ":
            return None
        if text[q.span.end - 1] not in ".!?" or text.count(" ", q.span.start, q.span.end) < 2:
            return None
        sent = self.sentence_of(q.open)
        if sent is None or q.open - sent.start > 120:
            return None
        start = _after_dateline(text, sent.start, q.open)
        first, last = self.tok_index(start), self.tok_index(q.open - 2)
        if last - first > 12 or any(self.vc(k) is not None for k in range(first, last)):
            return None
        m = self.mention_at_token(first)
        if m is None:
            return None
        kind = self.reg.entity(m).kind  # (a pronoun: the person the registry links it to)
        if kind not in (EntityKind.PERSON, EntityKind.ANONYMOUS):
            return None
        people = [
            n
            for n in self.reg.in_span(Span(m.span.end, q.open))
            if n.form != "pronoun" and self.reg.entity(n).id != self.reg.entity(m).id
        ]
        if people or self.text[m.span.end : m.span.end + 2] in ("'s", "’s"):
            return None  # ("Keller's advice to Webb:": whose words is unclear)
        if not self.colon_stance(self.tok_index(m.span.end), last):
            return None  # ("X received a text message minutes later:", "X read the charge:")
        return self.speaker_of(m)

    def colon_stance(self, j: int, last: int) -> bool:
        """Whether tokens ``j`` up to ``last`` (the clause after the person, up to a colon)
        say how the person spoke: a copula and an adjective ("was blunt", "was very
        clear", "was even more blunt", "was clear on Monday") or a stance phrase ("put it
        simply", "had a simple message")."""
        words = self.lows[j:last]
        if not words or not all(w.isalpha() for w in words):
            return False
        for k in range(2, len(words)):
            if words[k] in _COLON_SETTINGS:
                words = words[:k]  # ("was blunt in an interview", "was clear on Monday")
                break
        if words[0] in _COLON_COPULAS:
            return 2 <= len(words) <= 4 and words[-1] not in _NOT_DESCRIPTORS
        if words[0] in _PERFECT and len(words) <= 4 and words[-1] in _COLON_MESSAGES:
            return True  # ("had a simple message", not "has one goal")
        return " ".join(words[:3]) in _COLON_STANCES or " ".join(words[:2]) in _COLON_STANCES

    def naming_aside(self, q: Quote) -> bool:
        """Whether a short quote is the label in an aside opened by a participle of naming
        and closed by a comma ('X, calling it "a travesty", said ...')."""
        if q.close is None or self.text[q.close + 1 : q.close + 2] != ",":
            return False
        i = self.tok_index(q.open) - 1
        for k in range(i, max(i - 5, 1), -1):
            if not self.tokens[k].text.isalpha():
                return False
            if self.lows[k] in _NAMING and self.lows[k].endswith("ing"):
                return self.tokens[k - 1].text == ","
        return False

    def reports_after(self, verb: int) -> bool:
        """Whether the verb at ``verb`` has a clause of its own after it ("Castro said
        Friday she had been kidnapped"), not only a time, a place or a hearer ("Smith said
        on Tuesday.", "told reporters."), which leave the quote before it as what was said."""
        sent = self.sentence_of(self.tokens[verb].start)
        cls = self.vc(verb)
        return sent is not None and cls is not None and self.complement(verb, cls, sent) is not None

    def opening_naming(self, q: Quote) -> bool:
        """Whether a quote is the label of a participle of naming that opens its sentence
        ('Calling the mother "an excellent girl," Castro said ...'), with no punctuation
        between the participle and the quote."""
        sent = self.sentence_of(q.open)
        if sent is None:
            return False
        i = self.tok_index(q.open) - 1
        first = self.tok_index(_after_dateline(self.text, sent.start, q.open))
        if not 0 < i - first < 10:
            return False
        opener = self.lows[first]
        if opener not in _NAMING and opener not in _AS_OBJECTS:
            return False  # ("Calling", "Branding", "Describing the flood as")
        if not opener.endswith("ing"):
            return False
        return all(
            _strip_s(self.tokens[k].text).replace("-", "").isalpha() for k in range(first, i + 1)
        )

    def naming(self, q: Quote) -> _Draft | None:
        """'Ellison called it "an important piece of work"': a label someone put on a
        short object, which with the object is their claim (not "what he called",
        "so-called", "called for ...")."""
        if q.close is None:
            return None
        i = self.tok_index(q.open) - 1
        toks, lows = self.tokens, self.lows
        k = i + 1
        words = 0  # the object's words: a label goes on a short object
        while k > 1 and words < _NAMED_OBJECT_WORDS:
            k -= 1
            low = lows[k]
            if low in _DASHES:
                # 'called Munero -- who drove a taxi -- a "ruffian"': a dashed aside
                # inside the object is passed over whole.
                k = self.aside_open(k)
                if k < 0:
                    return None
                continue
            if self.plural_possessive(k):
                continue  # ("called the advertisers' boycott": the mark is the owner's)
            if not _object_word(toks[k].text) or low in _NAMED_OBJECT_STOPS:
                return None  # (a clause, not an object, stands between: 'called X who ...')
            if low == "to" and lows[k + 1] not in _DETERMINERS:
                return None  # ('called the police to report "..."', not "response to the")
            words += 1
            if low not in _NAMING:
                continue
            if k == i or lows[k - 1] in ("so", "-", "be", "been", "was", "were", "is"):
                return None
            if "what" in lows[max(k - 3, 0) : k]:
                return None  # 'what he called "mandatory solidarity"': his words, no claim
            if lows[k + 1] in _PREPOSITIONS or lows[k + 1] in ("off", "up", "upon"):
                return None
            floor = self.doc.paragraphs[q.paragraph].start
            if low.endswith("ing"):
                # 'The embassy denounced the strike, calling it "an attack on ..."': the
                # participle's label is the main clause's subject's; not an opening
                # 'Calling it "a historic day", the mayor ...' nor 'was calling it'.
                sent = self.sentence_of(toks[k].start)
                if toks[k - 1].text != "," or sent is None:
                    return None
                speaker = self.clause_subject(max(sent.start, floor), toks[k - 1].start)
            else:
                speaker = self.subject_of(k, floor)
            if speaker is None:
                return None
            span = Span(toks[k + 1].start, q.close + 1)
            if any(
                m.form != "pronoun" and self.reg.entity(m).name == speaker.name
                for m in self.reg.in_span(Span(span.start, q.open))
            ):
                return None  # ('The coach called Munero a "ruffian"': no one labels himself)
            return _Draft(span, ClaimKind.MIXED, toks[k].span, speaker, q, q.paragraph)
        return None

    def plural_possessive(self, k: int) -> bool:
        """Whether token ``k`` is the apostrophe of a plural possessive ("the advertisers'
        boycott"): right after a word in "s", with a space and a word after it."""
        toks = self.tokens
        return (
            toks[k].text in ("'", "’")
            and 0 < k < len(toks) - 1
            and toks[k - 1].end == toks[k].start
            and toks[k - 1].text.endswith("s")
            and toks[k].end < toks[k + 1].start
            and toks[k + 1].text.isalpha()
        )

    def aside_open(self, k: int) -> int:
        """The dash that opens the aside whose closing dash is at ``k`` (a doubled "--"
        counts once), or -1 when none opens one within a few words."""
        j = k - 1 if k > 0 and self.lows[k - 1] in _DASHES else k
        for m in range(j - 1, max(j - _ASIDE_WORDS, 0), -1):
            if self.lows[m] in _DASHES:
                return m - 1 if self.lows[m - 1] in _DASHES else m
            if not self.tokens[m].text[:1].isalnum() and self.tokens[m].text != ",":
                return -1
        return -1

    def inside_report(self, q: Quote) -> bool:
        """Whether a quote opens mid-clause after a lower-case word in a clause that a
        verb of saying earlier in its sentence reports ('said Minsk would respond with
        "mirror steps", the state news agency Belta reported'): a fragment of that report,
        whose cue after it names the channel, not the quote's speaker."""
        sent = self.sentence_of(q.open)
        if sent is None or q.open - sent.start > 400:
            return False  # (bounded work per quote)
        k = self.tok_index(q.open) - 1
        if k < 1 or not self.tokens[k].text.isalpha() or not self.tokens[k].text.islower():
            return False
        if self.person_after(q):
            return False  # ('..., fire chief Tom Hale said': a person's words, no channel's)
        first = self.tok_index(_after_dateline(self.text, sent.start, q.open))
        verbs = 0  # the verb groups passed: the reported clause holds one
        in_verb = False
        for i in range(k - 1, first, -1):
            low = self.lows[i]
            if self.tokens[i].text in ',.;:"“”' or low in _REPORT_BREAKS:
                # ('Officials said the fire started in a kitchen and spread to "...,"
                # the agency reported', 'Police said the driver fled, witnesses
                # described the car as "...": the quote's clause is not the report's)
                return False
            if low in _REPORT_HEADS and self.vc(i) == "say":
                return True
            verb = _finite_like(low) or self.vc(i) is not None
            if verb and not in_verb:
                verbs += 1
                if verbs > 1:
                    return False  # ('witnesses described the car as "..."': a clause of its own)
            in_verb = verb
        return False

    def person_after(self, q: Quote) -> bool:
        """Whether a person is named right after a quote's closing mark and its comma
        ('"...," fire chief Tom Hale said', '"...," Sergeant Mary Cole told')."""
        if q.close is None:
            return False
        j = self.tok_index(q.close + 1)
        if j < len(self.tokens) and self.tokens[j].text == ",":
            j += 1
        m = self.mention_at_token(j)
        return m is not None and self.reg.entity(m).kind is EntityKind.PERSON

    def lead_in(self, q: Quote) -> int | None:
        """Where the words of a mixed claim start when a quote closed by its cue ends a
        clause that opened before it ('The ferry was "a death trap," a survivor said'):
        the sentence's start, or None when the quote opens its sentence."""
        sent = self.sentence_of(q.open)
        if sent is None or q.close is None:
            return None
        if q.open - sent.start > 400:
            return None  # (bounded work per quote, however long the sentence)
        start = _after_dateline(self.text, sent.start, q.open)
        prefix = self.text[start : q.open]
        words = prefix.split()
        if len(words) < 2 or len(words) > 40 or prefix.rstrip()[-1:] in ",:;—–-(":
            return None
        if words[0].lower().endswith("ing"):
            return None  # 'Calling her "an excellent girl," Castro said': an adjunct
        if any(c in prefix for c in _QUOTE_CHARS):
            return None
        first, last = self.tok_index(start), self.tok_index(q.open)
        if any(self.vc(k) is not None for k in range(first, last)):
            return None  # a verb of saying before the quote: the quote is its own
        return start + len(prefix) - len(prefix.lstrip())

    def stands_alone(self, q: Quote) -> bool:
        """A quote that opens its sentence and is long enough to be someone's words."""
        if q.continued:
            return True
        words = self.text.count(" ", q.span.start, q.span.end) + 1
        sent = self.sentence_of(q.open)
        starts_sentence = sent is not None and (
            sent.start == q.open
            or (q.open - sent.start < 6 and self.text[sent.start : q.open].strip(" -—–") == "")
        )
        if not starts_sentence and not self.after_abbreviation(q):
            return False
        if q.paragraph == 0 and q.close is not None and self.text[q.close + 1 : q.close + 2] == ":":
            return False  # "'Where I learned to grow again': the allotment ...": a title
        if q.close is None:
            return words >= 3
        inner_end = self.text[q.span.end - 1]
        if words == 2 and inner_end in ".!?" and self.first_close.get(q.paragraph, q.open) < q.open:
            # '"I don't know," the woman said. "Nobody knows."': a short sentence after a
            # quote in its paragraph goes on with the same voice.
            return True
        return words >= 3 and (inner_end in ",.!?—–-…" or words >= 6)

    def after_abbreviation(self, q: Quote) -> bool:
        """Whether a quote that is a whole sentence follows a sentence ending in an
        abbreviation's dot ('said Ann Lee, an analyst with Harris Upham & Co. "It will
        get bloody."'), which the sentences do not split at."""
        if q.close is None or self.text[q.span.end - 1] not in ".!?":
            return False
        before = self.text[max(0, q.open - 8) : q.open].rstrip()
        return (
            before.endswith(".")
            and self.text[q.span.start : q.span.start + 1].isupper()
            and self.text.count(" ", q.span.start, q.span.end) >= 2
        )

    @cached_property
    def first_close(self) -> dict[int, int]:
        """Each paragraph -> where its first quote of whole words ('"...," she said')
        closes: not a title or a scare quote, whose close follows no punctuation."""
        out: dict[int, int] = {}
        for q in self.quotes:
            if q.close is None or q.paragraph in out:
                continue
            if self.text[q.close - 1] in ",.!?":
                out[q.paragraph] = q.close
        return out

    def cue_after(self, q: Quote) -> tuple[Span, Speaker | None] | None:
        """``"...," Keller said`` / ``"...," said Keller`` / ``"...", says union``."""
        para = self.doc.paragraphs[q.paragraph]
        toks = self.tokens
        if q.close is None:
            # An unclosed quote may hold its own cue: ``"They are ..., Mutale said.``
            end = self.tok_index(q.span.end)
            for k in range(max(self.tok_index(q.span.start), end - 30), end):
                if toks[k].text == "," and k + 1 < end:
                    found = self.cue_near(k + 1, q.span.end, None)
                    if found is not None:
                        return found
            return None
        if self.text[q.span.end - 1] == "." and self.text[q.close - 1] == ".":
            # ``"... dangerous." Commission chairperson Mary Phiri said``: the sentence
            # ended inside the quote; what follows is a new one.
            return None
        i = self.tok_index(q.close + 1)
        if (
            q.paragraph == 0
            and i + 1 < len(toks)
            and toks[i].text == ":"
            and toks[i].start < para.end
        ):
            # A headline: "'It was time for a change': Okonkwo completes move".
            m = self.mention_at_token(i + 1)
            if m is not None and self.text[m.span.end : m.span.end + 2] in ("'s", "’s"):
                # "'...': Kenya's most famous coach retires": the owner is not the speaker;
                # a name or role right after it may be.
                m = self.mention_at_token(self.tok_index(m.span.end) + 1)
            if m is not None:
                return toks[i].span, self.speaker_of(m)
        if i < len(toks) and toks[i].text in (",", "—", "–") and toks[i].start < para.end:
            i += 1
        if i >= len(toks) or toks[i].start >= para.end or toks[i].start - q.close > 4:
            return None
        return self.cue_near(i, para.end, q) or self.long_subject_cue(i, para.end)

    def long_subject_cue(self, i: int, limit: int) -> tuple[Span, Speaker | None] | None:
        """``"...," two people familiar with the matter said`` / ``"...," a senior official
        who asked not to be named told reporters``: a subject longer than one mention, with
        a participle or relative clause, then the verb closing the clause. The verb is
        sought a few words on (no punctuation between) and its subject read backwards."""
        toks, lows = self.tokens, self.lows
        if i >= len(toks) or (self.mention_at_token(i) is None and lows[i] not in _LONG_SUBJECT):
            return None
        if lows[i] in _RELATIVE_WORDS:
            return None  # ('"angry" that members had learned ... from news reports': a clause)
        k = i + 1
        relative = False
        while k < len(toks) and k - i <= _LONG_SUBJECT_TOKENS and toks[k].start < limit:
            if not toks[k].text.replace("-", "").isalnum():
                return None
            relative = relative or lows[k] in _RELATIVE_WORDS
            if (
                lows[k] in _AUXILIARIES
                and not relative
                and not (k + 1 < len(toks) and self.vc(k + 1) is not None)
            ):
                # a finite verb outside a relative clause: no subject's words (but "two
                # officials involved in the review had said": the cue's own auxiliary)
                return None
            if (
                self.vc(k) is not None
                and k not in self.used_cues
                and not lows[k].endswith("ing")
                and self.closes_clause(k + 1)
            ):
                break  # ("who asked not to be named said": "asked" does not close it)
            k += 1
        else:
            return None
        found = self.subject_of(k, toks[i].start)
        if found is None:
            return None
        self.used_cues.add(k)
        return toks[k].span, found

    def closes_clause(self, j: int) -> bool:
        """Whether the clause ends at token ``j`` (after a verb of saying): its end, a
        comma, "on Friday", "in a statement", "reporters"."""
        toks, lows = self.tokens, self.lows
        if j >= len(toks) or toks[j].text in '.,;:!?"”’)—–':
            return True
        if lows[j - 1].startswith(("tell", "told")):
            # "told Reuters", "told the BBC", "told reporters on Friday": past the hearer.
            k = j + 1 if lows[j] == "the" else j
            return k + 1 < len(toks) and (
                toks[k + 1].text in '.,;:!?"”’)—–'
                or lows[k + 1] in _ADJUNCT_START
                or lows[k + 1] in _MEDIUM_LEAD  # "told Reuters by phone"
            )
        return lows[j] in _ADJUNCT_START or lows[j] in _WEEKDAYS  # "said Monday" (AP style)

    def cue_near(self, i: int, limit: int, q: Quote | None) -> tuple[Span, Speaker | None] | None:
        toks = self.tokens
        if self.vc(i) is not None and i not in self.used_cues:
            # "said Keller" / "said Maria Keller, the union leader"
            j = i + 1
            m = self.subject_after(i)
            owned = self.owned_after(i, limit)
            if (
                owned is not None
                and owned.span is not None
                and (m is None or m.span.end < owned.span.end)
            ):
                # "said the victims' families": the owner is no speaker, its job or crowd is.
                self.used_cues.add(i)
                return toks[i].span, owned
            if m is not None and m.span.start < limit:
                self.used_cues.add(i)
                return toks[i].span, self.speaker_of(m)
            if j < len(toks) and toks[j].start < limit and self.lows[j] in _ONE_OF_THEM:
                # '"It was terrifying," said one, who asked not to be named.'
                self.used_cues.add(i)
                return toks[i].span, self.one_of_them(j)
            if not self.body_descriptor(i, limit):
                return None  # (else '"...," think tank Bruegel said': a descriptor)
        m = self.mention_at_token(i)
        if m is None and self.lows[i] == "the":
            # '"...," the White House said': the registry's name starts after "the".
            m = self.mention_at_token(i + 1)
        descriptor = self.body_descriptor(i, limit)
        described = descriptor if m is None else 0
        if described:
            # '"...," consultancy Capital Economics said': the name after the descriptor.
            m = self.mention_at_token(described)
        speaker: Speaker | None = None
        if m is not None:
            speaker = self.speaker_of(m)
            j = self.tok_index(m.span.end)
            # "union leader Maria Keller said": the role and the name are one subject.
            nxt = self.mention_at_token(j)
            owner = self.text[m.span.end : m.span.end + 2] in ("'s", "’s") or (
                # "the rebels' spokesman": a plural owner's bare apostrophe.
                self.text[m.span.end - 1 : m.span.end + 1] in ("s'", "s’")
                and j < len(toks)
                and toks[j].start == m.span.end
            )
            if owner and j < len(toks) and toks[j].text in ("'", "’"):
                j += 1
                nxt = self.mention_at_token(j)
                if nxt is None:
                    # "the victims' lawyer said": a role the name finder left unnamed.
                    speaker, j = self.owned_role(m, j, limit) or (speaker, j)
            elif owner and nxt is None and 0 < j < len(toks) and toks[j - 1].end == m.span.end + 2:
                # "the prime minister's spokesman said": a role the name finder left unnamed
                # after an owner whose "'s" ends its token.
                speaker, j = self.owned_role(m, j, limit) or (speaker, j)
            if (
                nxt is not None
                and (nxt.entity == m.entity or (owner and nxt.form != "pronoun"))
                and nxt.span.start < limit
            ):
                # "Vietnam's Foreign Minister Nguyen Thanh Long told": the possessor is
                # part of the subject, the mention after it its head.
                speaker = self.speaker_of(nxt)
                if owner and nxt.form == "group" and speaker is not None:
                    # "the victims' families said": the crowd is the owner's, as written.
                    name = _strip_determiner(self.text[m.span.start : nxt.span.end])
                    at = Span(nxt.span.end - len(name), nxt.span.end)
                    speaker = attrs.evolve(speaker, name=name, span=at)
                j = self.tok_index(nxt.span.end)
                named = self.mention_at_token(j)
                if owner and named is not None and named.entity == nxt.entity:
                    # "the rebels' spokesman Ali Omar said": the role, then the name.
                    speaker = self.speaker_of(named)
                    j = self.tok_index(named.span.end)
            if (
                speaker is not None
                and (described or descriptor == j - 1)
                and self.lows[described or j - 1] not in self.lex.roles
            ):
                speaker = self.as_body(speaker)  # (not "central bank Governor Ueda said")
        elif self.lows[i] in _PRONOUN_SUBJECTS:
            # "..., he said" with nobody named before: the claim stands, speaker unknown.
            j = i + 1
        else:
            # A bare noun in a headline: "..., union says".
            bare = self.bare_speaker(i)
            if bare is None:
                return self.described_cue(i, limit) or self.titled_cue(i, limit)
            speaker = bare
            j = i + 1
        if m is not None and j < len(toks) and toks[j].text in POSTNOMINALS:
            j += 1  # "Andrew Kent KC said"
        if m is not None and m.form == "role" and toks[j : j + 1] and toks[j].text.islower():
            # "the commission's chief investigator, Colonel Raúl Mendoza, told": the role
            # phrase goes on past the word the registry knows.
            k = j
            while k < len(toks) and k - j < 2 and toks[k].text.isalpha() and toks[k].text.islower():
                k += 1
            if k < len(toks) and toks[k].text == "," and self.vc(k - 1) is None:
                j = k
        # "Keller, the union leader, said": an apposition between name and verb.
        after = self.skip_apposition(j, limit)
        if m is not None and m.form == "role" and after != j:
            # "the commission's chief investigator, Colonel Raúl Mendoza, told": the name.
            for k in range(j + 1, after - 1):
                named = self.mention_at_token(k)
                if named is not None and named.form == "name":
                    if self.reg.entity(named).kind is EntityKind.PERSON:
                        speaker = self.speaker_of(named)
                    break
        j = after
        hops = 0
        while j < len(toks) and self.lows[j] in _BETWEEN and hops < 2:
            j += 1
            hops += 1
        if j < len(toks) and toks[j].start < limit and self.vc(j) is not None:
            self.used_cues.add(j)
            return toks[j].span, speaker
        if q is not None and j < len(toks) and toks[j].text == ":" and m is not None:
            # "Keller: 'We are ready'" in a headline, colon before the quote.
            return None
        return None

    def titled_name(self, m: Mention) -> bool:
        """Whether ``m`` is a person's name right after a title of theirs ("executive
        director Kerry Jones"): the title's registered role mention, or a role noun."""
        if m.form != "name" or self.reg.entity(m).kind is not EntityKind.PERSON:
            return False
        k = self.tok_index(m.span.start) - 1
        if k < 0 or self.tokens[k].end + 1 != m.span.start:
            return False
        role = self.reg.ending_before(m.span.start)
        if role is not None and role.form == "role" and role.span.end == self.tokens[k].end:
            if role.entity != m.entity:
                return False
            k = self.tok_index(role.span.start)
        elif not (self.tokens[k].text.islower() and self.lows[k] in self.lex.roles):
            return False
        # The title follows a body's name ("[Constitutional Monarchy] executive director"),
        # not a preposition: "Supporters of party leader Anna Berg" are the supporters, and
        # "Lawyers for Enron founder Kenneth Lay" and "for the Dallas Cowboys owner Jerry
        # Jones" the lawyers: the body's name itself follows no preposition.
        if k < 1 or not self.tokens[k - 1].text[:1].isupper():
            return False
        b = k - 1
        while b > 0 and k - b < 8 and self.tokens[b - 1].text[:1].isupper():
            b -= 1
        if b > 0 and self.lows[b - 1] in _DETERMINERS:
            b -= 1
        # (but a preposition inside the body's own name is no owner's: "Australians for
        # a Constitutional Monarchy", whose first word is no common noun for people)
        return b < 2 or self.lows[b - 1] not in _PREPOSITIONS or not self.common_people_noun(b - 2)

    def common_people_noun(self, i: int) -> bool:
        """Whether token ``i`` is a common noun for people ("Lawyers", "supporters",
        "friends"): lower-case or opening its sentence, in the lexicon of groups or the
        plural of a role."""
        tok, low = self.tokens[i], self.lows[i]
        if not tok.text.isalpha():
            return False
        if not tok.text.islower():
            sent = self.sentence_of(tok.start)
            if sent is None or not self.opens_sentence(i, sent):
                return False
        return low in self.lex.groups or (low.endswith("s") and low[:-1] in self.lex.roles)

    def titled_cue(self, i: int, limit: int) -> tuple[Span, Speaker | None] | None:
        """``"...," outraged monarchist delegate David Mitchell said``: lower-case words
        describing a person (their job, their side, their mood) written before their name,
        then the verb: the person named. None unless a person's name follows one to four
        such words (after an optional article) and a verb of saying follows the name."""
        toks, lows = self.tokens, self.lows
        j = i + 1 if lows[i] in _ARTICLES else i
        first = j
        while (
            j < len(toks)
            and j - first < 4
            and toks[j].text.replace("-", "").isalpha()
            and toks[j].text.islower()
            and self.vc(j) is None
            and lows[j] not in _NOT_DESCRIPTORS
            and lows[j] not in _PREPOSITIONS  # ("friends of Anna Berg said": the friends)
            and lows[j] not in _RELATIVE_WORDS
            and lows[j] not in _PRONOUN_SUBJECTS
        ):
            j += 1
        if j == first or j >= len(toks) or toks[j].start >= limit:
            return None
        m = self.mention_at_token(j)
        if m is None or m.form != "name" or self.reg.entity(m).kind is not EntityKind.PERSON:
            return None
        k = self.tok_index(m.span.end)
        if k < len(toks) and toks[k].text in POSTNOMINALS:
            k += 1
        k = self.skip_apposition(k, limit)
        hops = 0
        while k < len(toks) and lows[k] in _BETWEEN and hops < 2:
            k += 1
            hops += 1
        if k >= len(toks) or toks[k].start >= limit or self.vc(k) is None or k in self.used_cues:
            return None
        self.used_cues.add(k)
        return toks[k].span, self.speaker_of(m)

    def owned_role(self, m: Mention, j: int, limit: int) -> tuple[Speaker, int] | None:
        """A role of one or two lower-case words at token ``j`` owned by the plural at
        ``m`` and followed by a verb of saying ("the victims' lawyer said"): the unnamed
        person as written, and the verb's token."""
        toks, lows = self.tokens, self.lows
        k = j
        while k < len(toks) and k - j < 2 and toks[k].text.isalpha() and toks[k].text.islower():
            if self.vc(k) is not None:
                break
            k += 1
        if k == j or k >= len(toks) or toks[k].start >= limit or self.vc(k) is None:
            return None
        head = lows[k - 1]
        plural = head not in self.lex.roles and head[:-1] in self.lex.roles
        if head not in self.lex.roles and not plural:
            return None
        name = _strip_determiner(self.text[m.span.start : toks[k - 1].end])
        span = Span(toks[k - 1].end - len(name), toks[k - 1].end)
        if plural:
            # "the plaintiffs' attorneys said": the people, as written.
            return Speaker(name=name, kind=EntityKind.GROUP, span=span), k
        return Speaker(name=name, kind=EntityKind.PERSON, role=name, span=span), k

    def body_descriptor(self, i: int, limit: int) -> int:
        """The token after one to three lower-case words from token ``i`` whose last is a
        body's noun ("consultancy", "ratings agency", "rights group", "brokerage") when a
        capitalised word follows them; 0 otherwise."""
        toks, lows = self.tokens, self.lows
        j = i
        while j < len(toks) and j - i < 3 and toks[j].text.isalpha() and toks[j].text.islower():
            if (j > i and self.vc(j) is not None) or lows[j] in _NOT_DESCRIPTORS:
                return 0  # (not the first word: "think tank Bruegel")
            j += 1
        if j == i or j >= len(toks) or toks[j].start >= limit or not toks[j].text[:1].isupper():
            return 0
        head = lows[j - 1]
        if head in _body_heads():
            return j
        return 0

    def as_body(self, speaker: Speaker) -> Speaker:
        """A one-word name introduced by a body's noun is the body ("chipmaker Nexaro"),
        whatever the name finder made of it; a longer person's name stays a person."""
        if speaker.kind is EntityKind.UNKNOWN or (
            speaker.kind is EntityKind.PERSON and " " not in speaker.name
        ):
            return attrs.evolve(speaker, kind=EntityKind.ORGANIZATION, role=None)
        return speaker

    def one_of_them(self, j: int) -> Speaker:
        """One unnamed member of a crowd just mentioned ("said one", "and one told")."""
        tok = self.tokens[j]
        return Speaker(name=tok.text, kind=EntityKind.ANONYMOUS, span=tok.span)

    def described_cue(self, i: int, limit: int) -> tuple[Span, Speaker | None] | None:
        """``"...," the stranger said``: a speaker described by a noun phrase the registry
        does not know (a determiner, up to three lower-case words, then the verb)."""
        toks, lows = self.tokens, self.lows
        before = self.text[max(0, toks[i].start - 3) : toks[i].start]
        if lows[i] not in _ARTICLES or "," not in before:
            return None  # (only after a comma closing the quote: not '"parts of" the bill')
        j = i + 1
        while j < len(toks) and j - i <= 3 and self.phrase_word(j):
            if self.vc(j) is not None or lows[j] in _CONJUNCTIONS:
                break
            j += 1
            if (
                j - i <= 3
                and self.plural_owner_at(j)
                and toks[j + 1 : j + 2]
                and toks[j + 1].text.islower()
                and self.vc(j + 1) is None
            ):
                j += 1  # "the plaintiffs' attorneys said": the owner's apostrophe
        if j == i + 1 or j >= len(toks) or toks[j].start >= limit or self.vc(j) is None:
            return None
        if j in self.used_cues or lows[j].endswith("ing"):
            return None
        span = Span(toks[i + 1].start, toks[j - 1].end)
        self.used_cues.add(j)
        found = self.described(span, lows[i] == "the", lows[j - 1])
        return toks[j].span, found

    def described(self, span: Span, definite: bool, head: str) -> Speaker:
        """The speaker a described subject stands for, typed by its head word."""
        found = self.typed_phrase(self.text[span.start : span.end], span, False)
        if found.kind is not EntityKind.UNKNOWN:
            return found
        if (
            not definite
            and head.endswith(_ONE_PERSON_SUFFIXES)
            and head not in _DOCUMENTS
            and head not in _ISSUED
        ):
            # '"Orbit achieved," a flight controller announced': someone left unnamed.
            return Speaker(name=found.name, kind=EntityKind.ANONYMOUS, span=span)
        if head[:-1] in self.lex.roles:
            # '"...," the plaintiffs' attorneys said': people of one job.
            return Speaker(name=found.name, kind=EntityKind.GROUP, span=span)
        if head in self.lex.roles:
            # '"...," the plaintiffs' attorney said', "the study's author said": one person
            # known by the job, as written.
            return Speaker(name=found.name, kind=EntityKind.PERSON, role=found.name, span=span)
        return found

    def owned_after(self, k: int, limit: int) -> Speaker | None:
        """``"...," said the plaintiffs' attorney`` / ``said the study's authors``: an
        unnamed job or crowd owned by a lower-case noun right after the verb at ``k``,
        closing the clause; the whole phrase as written."""
        toks, lows = self.tokens, self.lows
        i = k + 1
        if i >= len(toks) or lows[i] not in _ARTICLES:
            return None
        j = i + 1
        owned = False
        while j < len(toks) and j - i <= 4 and toks[j].start < limit and self.phrase_word(j):
            if self.vc(j) is not None and not owned:
                return None
            owned = owned or _strip_s(toks[j].text) != toks[j].text
            j += 1
            if self.plural_owner_at(j) and j + 1 < len(toks) and self.phrase_word(j + 1):
                owned = True
                j += 1
        if not owned or not toks[j - 1].text.isalpha() or not self.closes_clause(j):
            return None
        head = lows[j - 1]
        span = Span(toks[i + 1].start, toks[j - 1].end)
        found = self.described(span, lows[i] == "the", head)
        if found.kind is EntityKind.UNKNOWN and head not in self.lex.groups:
            return None
        return found

    def phrase_word(self, j: int) -> bool:
        """Whether token ``j`` is a lower-case word of a described subject: a plain word,
        or an owner's "x's" before another lower-case word ("the study's authors")."""
        toks = self.tokens
        word = toks[j].text
        if word.isalpha():
            return word.islower()
        owner = _strip_s(word)
        return (
            owner != word
            and owner.isalpha()
            and owner.islower()
            and j + 1 < len(toks)
            and toks[j + 1].text.isalpha()
            and toks[j + 1].text.islower()
            and self.vc(j + 1) is None
        )

    def subject_after(self, k: int) -> Mention | None:
        """The mention right after the verb at ``k`` ("said Keller", "said the ministry"),
        or a person after a lower-case job ("said glaciologist Akira Sato")."""
        m = self.mention_at_token(k + 1)
        if m is None and (
            self.lows[k + 1 : k + 2] == ["the"]
            or (self.lows[k + 1 : k + 2] and self.lows[k + 1] in _COUNTS)
        ):
            # "said the ministry", "said two people familiar with the matter"
            m = self.mention_at_token(k + 2)
        if m is not None and self.reg.entity(m).kind is EntityKind.ORGANIZATION:
            # "said the group's U.N. director, Ana Torres": the owner, then the person.
            m = self.role_after_owner(m) or m
        if m is not None and m.form != "pronoun":
            # "said Microsoft's Bill Gates", "said Britain's Blair": the person owned.
            m = self.person_after_owner(m) or m
        if m is not None and self.plural_owner_at(self.tok_index(m.span.end)):
            # "said the rebels' spokesman Ali Omar": the role after the plural owner.
            role = self.mention_at_token(self.tok_index(m.span.end) + 1)
            if role is not None and role.form == "role":
                m = role
        if m is not None and m.form in ("role", "organization"):
            # "said senior researcher Akira Sato", "said the research firm Kantar": the
            # role or the body's noun and the name are one subject.
            nxt = self.mention_at_token(self.tok_index(m.span.end))
            if nxt is not None and nxt.entity == m.entity:
                return nxt
        if m is not None:
            return m
        j = k + 1
        while j < len(self.tokens) and j - k <= 3 and self.tokens[j].text.isalpha():
            if not self.tokens[j].text.islower():
                break
            j += 1
        if j > k + 1 and self.lows[j - 1] in _body_heads():
            # "said the consultancy Harrowgate": the body the noun names.
            m = self.mention_at_token(j)
            bodies = (EntityKind.ORGANIZATION, EntityKind.UNKNOWN)
            if m is not None and m.form != "pronoun" and self.reg.entity(m).kind in bodies:
                return m
        if j > k + 1 and self.plural_owner_at(j):
            # "said the plaintiffs' attorney, Ben Crump": the role after the plural owner.
            m = self.mention_at_token(j + 1)
            if m is not None and m.form == "role":
                nxt = self.mention_at_token(self.tok_index(m.span.end))
                return nxt if nxt is not None and nxt.entity == m.entity else m
        if j == k + 1 or self.lows[j - 1] not in self.lex.roles:
            return None
        m = self.mention_at_token(j)
        if m is None or m.form != "name" or self.reg.entity(m).kind is not EntityKind.PERSON:
            return None
        return m

    def plural_owner_at(self, j: int) -> bool:
        """Whether token ``j`` is the bare apostrophe of a plural owner ("plaintiffs'")."""
        toks = self.tokens
        return (
            0 < j < len(toks)
            and toks[j].text in ("'", "’")
            and toks[j].start == toks[j - 1].end
            and self.lows[j - 1].endswith("s")
        )

    def person_after_owner(self, m: Mention) -> Mention | None:
        """The named person right after a body's possessive ("said Microsoft's Bill
        Gates", "said Harvard's Sachs"): the body only says where the speaker works."""
        gap = self.text[m.span.end : m.span.end + 3]
        if gap not in ("'s ", "’s "):
            return None
        nxt = self.reg.starting_from(m.span.end + 3)
        if (
            nxt is None
            or nxt.span.start != m.span.end + 3
            or nxt.form not in ("name", "surname")
            or self.reg.entity(nxt).kind is not EntityKind.PERSON
        ):
            return None
        j = self.tok_index(nxt.span.end)
        toks = self.tokens
        if j < len(toks) and not (
            toks[j].text in '.,;:!?"”’)—–'
            or self.lows[j] in _ADJUNCT_START
            or self.lows[j] == "who"
        ):
            return None  # ("said Exxon's Baton Rouge refinery": a name inside a noun phrase)
        return nxt

    def role_after_owner(self, m: Mention) -> Mention | None:
        """The role of a named person right after an organisation that owns it ("the
        group's U.N. director", "the U.N. envoy"), with at most one more organisation
        between them; None when no such role follows."""
        end = m.span.end
        for _ in range(2):
            gap = self.text[end : end + 4]
            if gap.startswith(("'s ", "’s ")):
                end += 3
            elif gap.startswith(". "):
                end += 2  # "U.N. envoy"
            elif gap.startswith(" "):
                end += 1
            else:
                return None
            nxt = self.reg.starting_from(end)
            if nxt is None or nxt.span.start != end:
                return None
            ent = self.reg.entity(nxt)
            if nxt.form == "role" and ent.kind is EntityKind.PERSON and ent.name != ent.role:
                return nxt
            if ent.kind is not EntityKind.ORGANIZATION:
                return None
            end = nxt.span.end
        return None

    def past_affiliation(self, m: Mention) -> int:
        """The token after a person's mention and the body they belong to, if one follows:
        "said Elena Ricci [of the University of Padua]"."""
        j = self.tok_index(m.span.end)
        if self.lows[j : j + 1] not in (["of"], ["at"], ["from"]):
            return j
        if self.reg.entity(m).kind is not EntityKind.PERSON:
            return j
        k = j + 2 if self.lows[j + 1 : j + 2] == ["the"] else j + 1
        body = self.mention_at_token(k)
        if body is None or self.reg.entity(body).kind not in (
            EntityKind.ORGANIZATION,
            EntityKind.UNKNOWN,
        ):
            return j
        return self.tok_index(body.span.end)

    def inverted(self, k: int) -> bool:
        """Whether the verb at ``k`` is followed by its subject, closing the clause:
        ", said Keller.", ", said Maria Keller, the union leader", ", the ministry said".
        What follows "told" is its hearer ("Keller, an aide, told reporters at ..."), never
        its subject."""
        toks = self.tokens
        if self.lows[k].startswith(("tell", "told")):
            return False
        if self.lex.verbs.get(self.lows[k]) in _NEVER_INVERTED:
            return False  # "X, who visited the ward, praised the nurses": the object
        m = self.subject_after(k)
        if m is None:
            return False
        j = self.past_affiliation(m)
        if j >= len(toks):
            return True
        nxt = toks[j].text
        return nxt in '.,;:!?"”’)—–' or self.lows[j] in _ADJUNCT_START or self.lows[j] == "who"

    def skip_apposition(self, j: int, limit: int) -> int:
        """After "Keller, the union leader, said" or "Albrecht, 61, a spokesman, said":
        the index of the verb closing the asides, or ``j`` when there is none."""
        toks = self.tokens
        if j < len(toks) and toks[j].text == ",":
            k = j + 1
            while k < len(toks) and k - j < 24 and toks[k].start < limit:
                if toks[k].text == ",":
                    if k + 1 < len(toks) and self.vc(k + 1) is not None:
                        return k + 1
                elif toks[k].text in '.;:"“”' and not self.abbreviation_dot(k):
                    break
                k += 1
        return j

    def abbreviation_dot(self, k: int) -> bool:
        """Whether the full stop at token ``k`` closes an honorific or an initial ("Dr.
        Ruth Okafor", "John F. Kennedy"), not a sentence."""
        if k < 1 or self.tokens[k].text != "." or self.tokens[k].start != self.tokens[k - 1].end:
            return False
        prev = self.tokens[k - 1].text
        return self.lows[k - 1] in self.lex.honorifics or (len(prev) == 1 and prev.isupper())

    def cue_before(self, q: Quote) -> tuple[Span, Speaker | None] | None:
        """``Keller said: "..."`` / ``she said, "to talk."`` / ``said Keller, "..."``; a
        paragraph that ends in ``said:`` introduces the quote that opens the next one."""
        para = self.doc.paragraphs[q.paragraph]
        i = self.tok_index(q.open) - 1
        toks = self.tokens
        if i >= 0 and toks[i].start < para.start and self.colon_before_paragraph(q, i):
            para = self.doc.paragraphs[q.paragraph - 1]
        if i < 0 or toks[i].start < para.start or toks[i].text not in (",", ":"):
            return None
        colon = toks[i].text == ":"
        floor = self.tok_index(para.start)
        lo = max(floor, i - 10)
        verbs = range(i - 1, lo - 1, -1)
        if not colon and i - 10 > floor:
            # '"The rocket," said Ana Ruiz, a researcher at the Space Policy Institute,
            # "is the easy part."': the cue after the first part, however long the
            # apposition after the name.
            for c in range(i - 1, max(floor, i - 30) - 1, -1):
                if toks[c].text in ".!?“":
                    break
                if toks[c].text in '"”' and c + 1 < i and self.verb_class(toks[c + 1]):
                    if c - 1 >= 0 and toks[c - 1].text == ",":
                        verbs = range(c + 1, c, -1) if c + 1 < lo else verbs
                    break
        for k in verbs:
            t = toks[k]
            if t.text in '.!?"“”':
                break
            if self.verb_class(t) is None or (k > 0 and self.lows[k - 1] in _DETERMINERS):
                continue  # ("The report has three findings:": a noun after a determiner)
            if self.lows[k] in _READING_VERBS:
                return None  # ("The sign read:", "X read out the charge:": the text read)
            if k > 0 and self.lows[k].endswith("ed") and self.lows[k - 1] in _CHANNELS:
                continue  # 'X said in a video posted online, "...': the video's participle
            if k > 0 and self.lows[k - 1] in _NEGATING:
                return None
            speaker = self.subject_of(k, para.start)
            if speaker is None:
                m = self.mention_at_token(k + 1)
                speaker = self.speaker_of(m) if m is not None else None
            if speaker is not None and self.text_subject(k, para.start):
                speaker = None  # ("Her text message to her sister said:": not the sister)
            if speaker is None and not colon:
                return None
            self.used_cues.add(k)
            return t.span, speaker
        if colon:
            opener = self.opening_verb(i, max(floor, i - 30))
            if opener is not None:
                return opener
            # "Keller: 'We are ready'" (headlines, transcripts).
            m = self.reg.ending_before(toks[i].start)
            if (
                m is not None
                and m.span.start >= para.start
                and self.text[m.span.end : toks[i].start].strip() == ""
            ):
                return toks[i].span, self.speaker_of(m)
        return None

    def text_subject(self, k: int, floor: int) -> bool:
        """Whether the clause of the verb at token ``k`` opens with a document or message
        followed by a participle or a preposition that names no author ("The charge sheet
        read out in court said:", "Her final text message to her sister said:"): the
        words are the text's, and a name after it is no speaker ("a letter from X said",
        "a report in the Times said" and "the study leader said" keep theirs)."""
        sent = self.sentence_of(self.tokens[k].start)
        lo = self.tok_index(max(floor, sent.start if sent is not None else floor))
        lows = self.lows
        for p in range(lo, min(k - 1, lo + 4)):
            if lows[p] in _DOCUMENTS or lows[p] in _SENT_MESSAGES:
                nxt = lows[p + 1]
                return nxt in _DOCUMENT_FOLLOWERS or nxt in _READING_VERBS or nxt.endswith("ed")
        return False

    def colon_before_paragraph(self, q: Quote, i: int) -> bool:
        """Whether the quote opens its paragraph and token ``i`` before it is the colon
        that ends the paragraph before ("The mayor said in a statement:" then the quote):
        wire copy sets a long quote off as a paragraph of its own."""
        if q.paragraph == 0 or q.continued or self.tokens[i].text != ":":
            return False
        para = self.doc.paragraphs[q.paragraph]
        prev = self.doc.paragraphs[q.paragraph - 1]
        return (
            self.text[para.start : q.open].strip() == ""
            and prev.start <= self.tokens[i].start
            and self.text[self.tokens[i].end : prev.end].strip() == ""
        )

    def opening_verb(self, colon: int, lo: int) -> tuple[Span, Speaker | None] | None:
        """'Says Jane Doe, chief economist of a bank in New York: "..."': a verb of saying
        that opens its sentence, its subject after it and a long apposition before the
        colon; the speaker is the subject, not the name the apposition ends in."""
        toks = self.tokens
        k = colon - 1
        while k > lo and toks[k].text not in '.!?"“”':
            k -= 1
        if toks[k].text in '.!?"“”':
            k += 1
        sent = self.sentence_of(toks[k].start)
        if (
            k >= colon
            or sent is None
            or toks[k].start != sent.start
            or self.verb_class(toks[k]) is None
        ):
            return None
        m = self.mention_at_token(k + 1)
        if m is None or m.form == "pronoun" or self.reg.entity(m).kind is not EntityKind.PERSON:
            return None
        self.used_cues.add(k)
        return toks[k].span, self.speaker_of(m)

    def subject_of(self, k: int, floor: int) -> Speaker | None:
        """The speaker written before the verb at token ``k`` (within the sentence); when
        none stands right before it, the one before an aside set off by commas ("The team,
        led by Kenji Tanaka, said", "X, in a statement carried by Y, alleged")."""
        found = self.subject_before(k, floor)
        if found is None:
            opening = self.aside_opening(k, floor)
            if opening is not None:
                found = self.subject_before(opening, floor)
        return found

    def aside_opening(self, k: int, floor: int) -> int | None:
        """The comma that opens an aside closed by a comma right before the verb at token
        ``k``, when the aside opens as one does ("led by", "based in", "in a statement",
        "speaking to", "who"): a bounded look back within the sentence."""
        toks, lows = self.tokens, self.lows
        j = k - 1
        if j < 2 or toks[j].text != ",":
            return None
        sent = self.sentence_of(toks[k].start)
        lo = max(floor, sent.start if sent is not None else floor)
        i = j - 1
        quoted = False
        while i > 0 and j - i < _MAX_ASIDE_TOKENS and toks[i].start >= lo:
            text = toks[i].text
            if text == "," and not (quoted and lows[i + 1] not in _NAMING):
                first = lows[i + 1]
                opens = (
                    first in _ASIDE_START
                    or first in _ASIDE_PREPS
                    or (toks[i + 1].text.isalpha() and first.endswith(("ed", "ing")))
                )
                before = toks[i - 1].text
                return i if opens and before[-1:].isalnum() and toks[i - 1].start >= lo else None
            if text in '"“”' and self.in_quote(toks[i].start) is None:
                # 'Smith, calling the ruling "a travesty", said': a label in the aside.
                quoted = True
            elif text in '.;:!?"“”()—–' and not (
                self.abbreviation_dot(i)
                or (toks[i].start == toks[i - 1].end and lows[i - 1] in _TITLES)
            ):
                return None  # (but "led by Sen. Trent Lott": a title's dot)
            if (
                self.vc(i) is not None
                and toks[i - 1].text != ","
                # (but a threat is no report: "Smith, who has threatened to sue, said")
                and not (lows[i] in _AGENT_ONLY and self.after_relative_pronoun(i))
            ):
                return None  # (a report inside: "X, who said A, told": not an aside)
            i -= 1
        return None

    def subject_before(self, k: int, floor: int) -> Speaker | None:
        """The speaker written right before token ``k`` (the verb, or an aside's comma)."""
        toks = self.tokens
        cue_start = toks[k].start
        sent = self.sentence_of(cue_start)
        lo = max(floor, sent.start if sent is not None else floor)
        j = k - 1
        hops = 0
        while j >= 0 and self.lows[j] in _BETWEEN and hops < 2 and not self.name_word(j):
            j -= 1
            hops += 1
        if j > 0 and toks[j].text in POSTNOMINALS:
            j -= 1
        if j > 0 and self.lows[j] in _TIME_NOUNS and self.lows[j - 1] in _TIME_LEADS:
            j -= 2  # "Attal last week promised", "the ministry on Monday said"
        elif j > 2 and self.lows[j] in _SPAN_NOUNS and self.lows[j - 1] in _SPAN_LEADS:
            # "the relatives in recent days said", "the bank over the past week said"
            p = j - 3 if self.lows[j - 2] == "the" else j - 2
            if p > 0 and self.lows[p] in ("in", "over", "during"):
                j = p - 1
        if j > 1 and toks[j].text == ")":
            # "Médecins Sans Frontières (MSF) said": skip a short parenthesis.
            for p in range(j - 1, max(j - 5, 0), -1):
                if toks[p].text == "(":
                    j = p - 1
                    break
        if j > 1 and self.lows[j] == "which" and toks[j - 1].text == "," and toks[j].start >= lo:
            # "St Joseph's Hospital in Goma, which said it had admitted 41 people": the body.
            return self.which_subject(j - 1, lo)
        if j > 1 and self.lows[j] == "who" and toks[j - 1].text == "," and toks[j].start >= lo:
            # "criticized by Mayor Jane Doe, who said the city would appeal": the person.
            return self.who_subject(j - 1, lo)
        if j >= 0 and toks[j].start >= lo and toks[j].text == ",":
            # "Keller, who leads the union, said" / "Albrecht, a spokesman, said": the
            # subject stands before the clause set off by commas.
            long_aside = self.long_aside_subject(j, lo)
            if long_aside is not None:
                return long_aside
            named = self.name_for_description(j, lo)
            if named is not None:
                return named
            m = self.before_aside(j, lo) or self.named_in_aside(j, lo)
            if m is not None:
                # "A person close to the company, who asked not to be named, said": the
                # source, not the body its description ends in.
                source = self.source_before(self.tok_index(m.span.start), lo)
                return source or self.speaker_of(self.member_before(m, lo) or m)
        if j >= 0 and toks[j].start >= lo:
            # "Officers who had been searching for Howes concluded": the subject is before
            # "who", not the last name of the relative clause.
            relative = self.relative_subject(j, lo)
            if relative is not None:
                return relative
            m = self.reg.ending_before(toks[j].end + 1)
            if m is not None and m.span.start >= lo and m.span.end <= cue_start:
                source = self.source_before(self.tok_index(m.span.start), lo)
                if source is not None:
                    return source  # "a source close to the ministry said": the source
                by = self.tok_index(m.span.start) - 1
                if by > 0 and self.lows[by] == "the":
                    by -= 1
                if by > 0 and self.lows[by] == "by" and self.lows[by - 1] in _POSTMODIFIERS:
                    # "economists polled by Reuters said": the people polled, not the poller.
                    polled = self.modified_subject(by - 1, lo)
                    if polled is not None:
                        return polled
                # Words skipped above ("later", "last week") are not part of the gap. A
                # clean gap has at most two tokens: a mention further back is never
                # sliced out (bounded work per verb, however far back it is).
                near = j + 1 - self.tok_index(m.span.end) <= _MAX_GAP_TOKENS
                gap = self.text[m.span.end : toks[j + 1].start] if near else ""
                clean = near and _clean_gap(gap, self.lows[k].endswith(_FINITE_SAYING))
                share = self.share_of(m, lo)
                if share is not None and clean:
                    return share
                named_from = self.honorific_start(m.span.start)  # ("its director, Dr X,")
                aside_ok = gap.strip() != "," or self.text[
                    max(lo, named_from - 3) : named_from
                ].rstrip().endswith(",")
                if clean and aside_ok and m.form == "pronoun":
                    # '"outlaw groups" that they said had ...': the pronoun of a relative
                    # clause is not the noun the clause describes.
                    other = self.relative_antecedent(m, lo)
                    if other is not None:
                        return other
                if clean and aside_ok and not _is_object_pronoun(self.text, m):
                    if self.titled_name(m):
                        # "Australians for a Constitutional Monarchy executive director
                        # Kerry Jones said": the person their title introduces.
                        return self.speaker_of(m)
                    return (
                        self.group_before(m, lo)
                        or self.coordinated(m, lo)
                        or self.member_of(m, lo)
                        or self.headed_phrase(self.tok_index(m.span.start), m.span.end, lo)
                        or self.speaker_of(m)
                    )
            # "A senior official who spoke on condition of anonymity said", "Two diplomats
            # briefed on the talks said": a relative clause or participle after the subject.
            modified = self.modified_subject(j, lo)
            if modified is not None:
                return modified
            if (
                self.lows[j] in ("and", "but")
                or (toks[j].text == "," and j > 0 and self.lows[j - 1] in ("and", "but"))
                or (toks[j].text == "," and not self.inverted(k))
            ):
                # "... told reporters ... but acknowledged that": the clause's subject.
                return self.clause_subject(lo, cue_start)
            if self.lows[j] in _PRONOUN_SUBJECTS:
                return None  # a pronoun that stands for no one: not a noun phrase
            if self.lows[j] in _ONE_OF_THEM and (
                j == 0 or toks[j - 1].start < lo or self.lows[j - 1] in ("and", "but", ",")
            ):
                return self.one_of_them(j)  # "..., and one told the local paper that"
            return (
                self.bare_speaker(j)
                or self.noun_speaker(j, lo)
                or self.ranked(j, lo)
                or self.numbered(j, lo)
                or self.elliptical(j, lo)
            )
        return None

    def name_word(self, j: int) -> bool:
        """Whether token ``j`` is a capitalised word inside a name that runs on to it
        ("Peace Now", "Clean Politics Now said"), not an adverb before the verb."""
        m = self.name_around(j) if j >= 1 else None
        return m is not None and m.span.end == self.tokens[j].end

    def name_around(self, k: int) -> Mention | None:
        """The registry's mention of several words that the capitalised token ``k`` is a
        word of ("Now" in "Peace Now", "Research" in "AST Research Inc"), or None: the one
        test behind ``name_word`` and ``in_body_name``."""
        tok = self.tokens[k]
        if not tok.text[:1].isupper():
            return None
        m = self.reg.at(tok.start)
        if m is None or m.span.end - m.span.start <= len(tok.text):
            return None
        return m

    def relative_antecedent(self, m: Mention, lo: int) -> Speaker | None:
        """The sentence's subject when pronoun ``m`` opens a relative clause whose noun
        the registry took it for ('pointed to "outlaw groups" that they said had ...'),
        else None."""
        k = self.tok_index(m.span.start) - 1
        if k < 1 or self.lows[k] not in _RELATIVE_WORDS:
            return None
        noun = self.reg.ending_before(self.tokens[k - 1].end + 1)
        if noun is None or noun.span.start < lo:
            return None
        if noun.span.end < self.tokens[k - 1].start or noun.entity != m.entity:
            return None
        subject = self.clause_subject(lo, noun.span.start)
        if subject is None or subject.name == self.reg.entity(noun).name:
            return None
        return subject

    def honorific_start(self, start: int) -> int:
        """Where a name starting at ``start`` starts with its honorific ("Dr Mary Okoro",
        "Ms. Keller"): the name's own start when none stands before it."""
        k = self.tok_index(start) - 1
        if k > 0 and self.tokens[k].text == "." and self.lows[k - 1] in self.lex.honorifics:
            k -= 1
        if k >= 0 and self.lows[k] in self.lex.honorifics:
            return self.tokens[k].start
        return start

    def elliptical(self, j: int, lo: int) -> Speaker | None:
        """ "Tourists queued from dawn; some said they had not been warned": a quantifier
        alone as the subject speaks for the group named last, in this sentence or the one
        before (a bounded look back)."""
        toks, lows = self.tokens, self.lows
        if lows[j] not in _ELLIPTICAL:
            return None
        if j > 0 and toks[j - 1].start >= lo and lows[j - 1] not in (";", "and", "but"):
            return None  # (not ", some say,": a parenthetical for anyone)
        back = Span(max(0, toks[j].start - 300), toks[j].start)
        found: Entity | None = None
        for m in reversed(self.reg.in_span(back)):
            ent = self.reg.entity(m)
            if m.form == "group" and ent.kind is EntityKind.GROUP:
                if found is None:
                    found = ent
                    if not self.after_preposition(m):
                        break
                elif self.opens_its_sentence(m):
                    # "Relatives gathered, waiting for lists of survivors. Some said":
                    # the group the sentence is about, not the one in a phrase.
                    found = ent
                    break
            elif m.form != "pronoun" and found is None and not self.after_preposition(m):
                return None  # someone else named since ("at the airport" names no one)
        if found is None:
            return None
        return Speaker(name=found.name, kind=EntityKind.GROUP, span=toks[j].span)

    def after_preposition(self, m: Mention) -> bool:
        """Whether a mention is the object of a preposition ("lists of survivors",
        "outside City Hall")."""
        k = self.tok_index(m.span.start) - 1
        if k > 0 and self.lows[k] in _DETERMINERS:
            k -= 1
        return k >= 0 and (self.lows[k] in _PREPOSITIONS or self.lows[k] in _PLACE_PREPS)

    def opens_its_sentence(self, m: Mention) -> bool:
        """Whether a mention opens its sentence (its subject, in a news sentence)."""
        sent = self.sentence_of(m.span.start)
        lead = "" if sent is None else self.text[sent.start : m.span.start].strip()
        return sent is not None and " " not in lead and len(lead) <= 10

    def noun_compound(self, idx: int) -> bool:
        """Whether a base-form verb at ``idx`` is the noun of a compound: "the investment
        pledge", "a safety warning" (a singular noun after a determiner takes no base
        form: "the group warn" is not English)."""
        verb = self.lows[idx]
        if idx < 1 or verb in _FINITE or verb.endswith(("s", "ed", "ing")):
            return False
        noun = self.tokens[idx - 1].text
        low = noun.lower()
        if low in self.lex.groups or low in self.lex.org_nouns or low in _COLLECTIVES:
            return False  # "the police say", British "the government say"
        if noun.isalpha() and noun[:1].isupper() and not noun.endswith("s"):
            # "Electricity demand hit a record", "Global demand rose": a singular word
            # opening the sentence takes no base form either.
            sent = self.sentence_of(self.tokens[idx - 1].start)
            if sent is not None and self.opens_sentence(idx - 1, sent):
                return low not in _PRONOUN_SUBJECTS and low not in ("you", "we")
        if idx < 2:
            return False
        owner = idx - 5 if idx > 4 and self.lows[idx - 4] in _POSTMODIFIERS else idx - 4
        if owner >= 0 and self.lows[idx - 3] in _PREPOSITIONS and self.people_noun(owner):
            # "Workers at the plant say", "Bankers involved in the sale say": the plural
            # of people before the preposition agrees with the verb (not "Copies of the
            # draft report show": the copies show, and "report" is a noun)
            return False
        k = idx - 1
        while (
            k > 0
            and idx - k <= 3
            and self.tokens[k].text.replace("-", "").isalpha()
            and self.tokens[k].text.islower()
            and self.lows[k] not in _DETERMINERS
            and self.lows[k] not in _PREPOSITIONS
            and self.lows[k] not in _CONJUNCTIONS
            and self.lows[k] not in _SHARES  # ("a few analysts say")
            and self.vc(k) is None
        ):
            k -= 1
        if k < idx - 1 and self.lows[k] in ("a", "an"):
            return True  # "a third-quarter earnings report that came in low": one noun
        return (
            noun.isalpha()
            and noun.islower()
            and not noun.endswith("s")
            and self.lows[idx - 2] in _DETERMINERS
        )

    def demand_noun(self, idx: int) -> bool:
        """Whether a verb of demand in its base form is a noun after an adjective: "citing
        weaker demand for clothing", "a strong call for" (not "unions demand", "they call
        for", "will demand", "also call for", "people demand")."""
        verb = self.lows[idx]
        if idx < 1 or self.lex.verbs.get(verb) not in ("for", "obj"):
            return False
        if verb.endswith(("s", "ed", "ing")):
            return False
        prev = self.tokens[idx - 1].text
        low = prev.lower()
        return (
            prev.replace("-", "").isalpha()  # ("a long-standing demand of the unions")
            and prev.islower()
            and not low.endswith(("s", "ly"))
            and low not in _PRONOUN_SUBJECTS
            and low not in _MODALS
            and low not in _BETWEEN
            and low not in self.lex.groups
            and low not in self.lex.org_nouns
            and low not in ("to", "and", "or", "not", "you")
        )

    def which_subject(self, comma: int, lo: int) -> Speaker | None:
        """The body a ", which said" clause hangs on: the name before the comma, or the
        one before its place ("the hospital in Goma, which said")."""
        m = self.reg.ending_before(self.tokens[comma].start)
        if m is None or m.span.start < lo:
            return None
        led = self.led_body(m, lo)
        if led is not None:
            return led
        before = self.text[max(lo, m.span.start - 4) : m.span.start].lower()
        if before.endswith((" in ", " at ")):
            k = self.tok_index(m.span.start) - 1
            owner = self.reg.ending_before(self.tokens[k].start)
            if (
                owner is not None
                and owner.span.start >= lo
                and self.text[owner.span.end : self.tokens[k].start].strip() == ""
            ):
                m = owner
        ent = self.reg.entity(m)
        if ent.kind not in (EntityKind.ORGANIZATION, EntityKind.GROUP) or m.form == "pronoun":
            return None
        return self.speaker_of(m)

    def who_subject(self, comma: int, lo: int) -> Speaker | None:
        """The people a ", who said" clause hangs on: the named person or group right
        before the comma, or the one before its place ("relatives in Miami, who said")."""
        m = self.reg.ending_before(self.tokens[comma].start)
        if m is None or m.span.start < lo or m.span.end != self.tokens[comma - 1].end:
            return None
        ent = self.reg.entity(m)
        if ent.kind not in (EntityKind.PERSON, EntityKind.GROUP) and m.form != "pronoun":
            k = self.tok_index(m.span.start) - 1
            if k < 1 or self.lows[k] not in _PLACE_LINKS:
                return None
            m = self.reg.ending_before(self.tokens[k].start)  # ("exiles in Miami, who")
            if m is None or m.span.start < lo or m.span.end != self.tokens[k - 1].end:
                return None
            ent = self.reg.entity(m)
        if ent.kind not in (EntityKind.PERSON, EntityKind.GROUP) or m.form == "pronoun":
            return None
        if self.opens_its_sentence(m) and not self.aside_closes(comma + 2):
            # "Doe, who said X, left": a claim only when a comma before the main verb ends
            # the clause, else it would run on into the sentence's own verb
            return None
        return self.speaker_of(m)

    def aside_closes(self, k: int) -> bool:
        """Whether a comma followed by a finite verb ends the aside that token ``k`` is in,
        within its sentence (", who said A, left": the comma before "left")."""
        toks, lows = self.tokens, self.lows
        sent = self.sentence_of(toks[k].start) if k < len(toks) else None
        if sent is None:
            return False
        while k + 1 < len(toks) and toks[k + 1].start < sent.end:
            if toks[k].text == "," and toks[k + 1].text.islower() and _finite_like(lows[k + 1]):
                return True
            k += 1
        return False

    def led_body(self, m: Mention, lo: int) -> Speaker | None:
        """ "a coalition of farmers led by Oxfam and Caritas, which said": the body that is
        led, not the last of its leaders named right before the comma (only with two
        leaders: after one, "an alliance led by the TWU, which said" may be either)."""
        text = self.text
        window = text[max(lo, m.span.start - _LED_REACH) : m.span.start]
        cut = max(window.rfind(f" {w} ") for w in _LED_BY)
        if cut < 0 or any(c in window[cut:] for c in ',;:"“”()') or " and " not in window[cut:]:
            return None
        p = m.span.start - len(window) + cut
        body = self.reg.ending_before(p)
        if body is None or body.span.start < lo or body.form == "pronoun":
            return None
        gap = text[body.span.end : p]
        if gap and not (gap.startswith(" of ") and len(gap) <= _LED_REACH and gap.isprintable()):
            return None
        if any(c in gap for c in ',;:"“”()'):
            return None
        start = body.span.start
        if text[max(lo, start - 4) : start] == " of ":
            # "an alliance of unions led by X": the collective before "of"
            outer = self.reg.ending_before(start - 4)
            if outer is not None and outer.span.end == start - 4 and outer.span.start >= lo:
                body = outer
        kind = self.reg.entity(body).kind
        if kind not in (EntityKind.ORGANIZATION, EntityKind.GROUP):
            return None
        span = Span(body.span.start, p)
        return Speaker(name=_strip_determiner(text[span.start : span.end]), kind=kind, span=span)

    def coordinated(self, m: Mention, lo: int) -> Speaker | None:
        """Two bodies as one subject: "Veltman and Halvorsen said" (both, not the last)."""
        bodies = (EntityKind.ORGANIZATION, EntityKind.UNKNOWN)
        if m.form == "pronoun" or self.reg.entity(m).kind not in bodies:
            return None
        start = m.span.start
        if self.text[max(lo, start - 5) : start] != " and ":
            return None
        joint = start - 5
        p = self.reg.ending_before(joint)
        # "Kyle Technology Corp. and Vestar Inc. said": the dot is the name's own (a name
        # the registry read without it ends just before it).
        ends = (joint, joint - 1) if self.text[joint - 1 : joint] == "." else (joint,)
        if (
            p is None
            or p.span.end not in ends
            or p.span.start < lo
            or p.form == "pronoun"
            or self.reg.entity(p).kind not in bodies
            or self.reg.entity(p).id == self.reg.entity(m).id
        ):
            return None
        before = self.tok_index(p.span.start) - 1
        toks = self.tokens
        while (
            before > 0
            and self.tok_index(p.span.start) - before < 12
            and (toks[before].text == "," or toks[before].text.istitle())
            and self.lows[before] not in _PLACE_PREPS
            and toks[before].start >= lo
        ):
            before -= 1  # (back over a list of names: "in Dublin, Madrid and Amsterdam")
        if before >= 0 and toks[before].text in _PLACE_PREPS:
            # "Passengers in Dublin, Madrid and Amsterdam said": places (not an opening
            # "In Paris, Veltman and Halvorsen said")
            return None
        prev = self.tok_index(p.span.start) - 1
        if prev > 0 and self.lows[prev] in _DETERMINERS:
            prev -= 1
        if (
            prev >= 0
            and toks[prev].start >= lo
            and toks[prev].text.isalpha()
            and toks[prev].text.islower()
            and self.lows[prev] not in _SUBORDINATORS
            and self.lows[prev] not in _CONJUNCTIONS
        ):
            # "Smith met executives of Acme Corp. and Jones said": the first name is an
            # object in a clause of its own, and only the second is the subject
            return None
        span = Span(p.span.start, m.span.end)
        name = _strip_determiner(self.text[span.start : span.end])
        return Speaker(name=name, kind=EntityKind.ORGANIZATION, span=span)

    def group_before(self, m: Mention, lo: int) -> Speaker | None:
        """The crowd that opens the clause when ``m`` only says where they are: "Nurses at
        the city's main hospital in Leeds said", "Workers at the plant in Ohio said"."""
        if m.form == "pronoun" or self.reg.entity(m).kind is EntityKind.PERSON:
            return None
        toks = self.tokens
        start = _after_dateline(self.text, lo, m.span.start)
        g = self.reg.starting_from(start)
        if (
            g is None
            or g.form != "group"
            or self.reg.entity(g).kind is not EntityKind.GROUP
            or g.span.end >= m.span.start
            or self.text[start : g.span.start].strip(" \"“'‘") not in ("", "The", "the")
        ):
            return None
        k = self.tok_index(g.span.end)
        placed = _PLACE_PREPS.intersection(self.text[g.span.start : g.span.end].lower().split())
        if self.lows[k] not in ("at", "from", "in", "of", "on") and not (
            toks[k].text == "," and placed  # "Passengers in Dublin, Madrid and Amsterdam"
        ):
            return None
        end = self.tok_index(m.span.start)
        if end - k > 10:
            return None
        listed = False
        for i in range(k, end):
            text = toks[i].text
            if text == "," and toks[i + 1].text[:1].isupper():
                listed = True  # "Passengers in Dublin, Madrid and Amsterdam": places
                continue
            if not (text.isalpha() or text in ("'s", "’s", "'", "’", "-")) or self.vc(i):
                return None
        if listed and toks[k].text == ",":
            span = Span(g.span.start, m.span.end)
            name = _strip_determiner(self.text[span.start : span.end])
            return Speaker(name=name, kind=EntityKind.GROUP, span=span)
        return self.speaker_of(g)

    def member_of(self, m: Mention, lo: int) -> Speaker | None:
        """The person before "of"/"at"/"from" when ``m`` is the body they belong to:
        "Linda Park of the state's Natural Resources Agency said" is Linda Park."""
        kind = self.reg.entity(m).kind
        if kind not in (EntityKind.ORGANIZATION, EntityKind.UNKNOWN, EntityKind.PERSON):
            return None  # a body or a place: "Mayor John Doe of Springfield said"
        toks = self.tokens
        i = self.tok_index(m.span.start) - 1
        steps = 0
        while (
            i > 0 and steps < 3 and toks[i].text[:1].islower() and self.lows[i] not in _MEMBER_LINKS
        ):
            i -= 1
            steps += 1
        if i <= 0 or self.lows[i] not in _MEMBER_LINKS:
            return None
        p = self.reg.ending_before(toks[i].start)
        if (
            p is None
            or p.span.start < lo
            or self.text[p.span.end : toks[i].start].strip()
            or p.form not in ("name", "surname", "role")
            or self.reg.entity(p).kind is not EntityKind.PERSON
        ):
            return None
        if kind is EntityKind.PERSON and (p.form == "role" or steps or p.entity == m.entity):
            # "John Smith of Salomon Brothers said": a firm named like a person, right
            # after a named person and "of"; "the wife of John Smith said" is Smith.
            return None
        j = self.tok_index(p.span.start) - 1
        if j > 0 and self.lows[j] in _MEMBER_LINKS:
            return None  # ("The brother of Mr. Jones of Salomon Brothers said": not Jones)
        return self.speaker_of(p)

    def share_of(self, m: Mention, lo: int) -> Speaker | None:
        """ "one of the sources", "one of them": part of a group, speaking unnamed."""
        toks = self.tokens
        i = self.tok_index(m.span.start)
        if i >= 2 and self.lows[i - 1] == "of" and toks[i - 2].start >= lo:
            first = self.lows[i - 2]
            if first in _COUNTS or first in ("one", "many", "most", "none"):
                ent = self.reg.entity(m)
                if m.form == "pronoun":
                    ent = self.crowd_before(i) or ent
                if ent.kind in (EntityKind.GROUP, EntityKind.ANONYMOUS):
                    span = Span(toks[i - 2].start, m.span.end)
                    # "several of them" (farmers) are still a group; "one of them" is one
                    many = first != "one" and ent.kind is EntityKind.GROUP
                    kind = EntityKind.GROUP if many else EntityKind.ANONYMOUS
                    return Speaker(name=ent.name, kind=kind, span=span)
        return None

    def crowd_before(self, i: int) -> Entity | None:
        """The unnamed crowd "them" in "one of them said" stands for: the last group or
        anonymous source that was the subject of its sentence, in a bounded window before
        token ``i`` (the registry may have linked the pronoun to a body named since; one
        named person is never "them")."""
        back = Span(max(0, self.tokens[i].start - 400), self.tokens[i].start)
        for m in reversed(self.reg.in_span(back)):
            ent = self.reg.entity(m)
            if m.form != "pronoun" and ent.kind in (EntityKind.GROUP, EntityKind.ANONYMOUS):
                sent = self.sentence_of(m.span.start)
                lead = "" if sent is None else self.text[sent.start : m.span.start].strip()
                if sent is not None and " " not in lead and len(lead) <= 10:
                    return ent  # the subject of its sentence: "Two sources said ..."
        return None

    def relative_subject(self, j: int, lo: int) -> Speaker | None:
        # (A source's reason for anonymity is long: "who asked not to be named because he
        # was not authorized to speak to reporters said".)
        window = self.lows[max(0, j - _RELATIVE_REACH + 1) : j + 1]
        if "who" not in window and "whose" not in window and "that" not in window:
            return None  # (the common case: no relative clause to look through)
        toks = self.tokens
        k = j
        while k >= 0 and toks[k].start >= lo and j - k < _RELATIVE_REACH:
            if toks[k].text in ',.;:"“”()':
                return None
            if self.lows[k] == "that" and k < j and self.relative_verb(k + 1):
                # "the medical charity that employs them said": the charity
                return self.named_right_before(k, lo)
            if self.lows[k] in ("who", "whose"):
                m = self.mention_at_token(k + 1) if k < j else None
                if m is not None and m.span.end == toks[j].end:
                    return None  # "voters, who they said had stayed home": "they" speaks
                return self.named_right_before(k, lo)
            k -= 1
        return None

    def relative_verb(self, k: int) -> bool:
        """Whether token ``k`` (after "that") is a finite verb opening a relative clause
        ("that employs them", "that had run it"), not a clause's subject ("that the")."""
        w = self.lows[k]
        if _finite_like(w):
            return True
        nxt = self.lows[k + 1] if k + 1 < len(self.lows) else ""
        return (
            len(w) > 3
            and w.endswith("s")
            and not w.endswith("ss")
            and self.tokens[k].text == w
            and (nxt in _LONE_OBJECTS or nxt in ("it", "the", "a", "an"))
        )

    def named_right_before(self, k: int, lo: int) -> Speaker | None:
        """The speaker of a mention (not a pronoun) ending right before token ``k`` (only
        white space between) and starting at or after ``lo``: "officials who ...",
        "officials familiar with ..."."""
        start = self.tokens[k].start
        m = self.reg.ending_before(start)
        if (
            m is not None
            and m.span.start >= lo
            and self.text[m.span.end : start].strip() == ""
            and m.form != "pronoun"
        ):
            return self.share_of(m, lo) or self.speaker_of(m)
        return None

    def modified_subject(self, j: int, lo: int) -> Speaker | None:
        if _MODIFIER_WORDS.isdisjoint(self.lows[max(0, j - 15) : j + 1]):
            return None  # (the common case: no clause or participle after a subject)
        toks = self.tokens
        k = j
        while k >= 0 and toks[k].start >= lo and j - k < 16:
            low = self.lows[k]
            if toks[k].text in ',.;:"“”' and not self.abbreviation_dot(k):
                return None  # (but "people familiar with Mr. Smith's thinking said")
            if k < j and low not in _POSTMODIFIERS and self.vc(k) is not None:
                return None  # "a person familiar with it said the attackers had demanded"
            if low in ("who", "whose") or low in _POSTMODIFIERS:
                found = self.named_right_before(k, lo)
                if found is None and self.source_tail(k) == j:
                    found = self.unnamed_before_tail(k, lo)
                if found is not None or low in ("who", "whose"):
                    return found
            k -= 1
        return None

    def unnamed_before_tail(self, k: int, lo: int) -> Speaker | None:
        """ "Two people briefed on the negotiations said", "Bankers involved in the sale
        said": people the registry did not name, described by the source's tail opening at
        token ``k`` (which ends right before the verb): the whole phrase, anonymous, as
        for "two people familiar with the matter"."""
        toks, lows = self.tokens, self.lows
        h = k - 1
        if h < 0 or toks[h].start < lo or not toks[h].text.isalpha():
            return None
        head = lows[h]
        people = head in self.lex.groups or head.endswith(_PEOPLE_SUFFIXES)
        singular = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
        body = head in self.lex.org_nouns or singular in self.lex.org_nouns
        if not (people or body or head in _INFORMANTS or self.one_person_noun(h)):
            return None
        i = h
        while (
            i > 0
            and h - i < 3
            and toks[i - 1].start >= lo
            and toks[i - 1].text.replace("-", "").isalpha()
            and lows[i - 1] not in _DETERMINERS
            and lows[i - 1] not in _PREPOSITIONS
            and lows[i - 1] not in _CLAUSE_OPENERS
            and lows[i - 1] not in _CONJUNCTIONS
            and self.vc(i - 1) is None
            and (toks[i - 1].text.islower() or toks[i - 1].start == lo or h - i == 0)
        ):
            i -= 1  # "Two", "Western", "computer"
        start = i - 1 if i > 0 and lows[i - 1] in _ARTICLES else i
        end = toks[self.source_tail(k) or k].end
        name = self.text[toks[i].start : end]
        span = Span(toks[start].start, end)
        if _crowd_noun(head):
            # "Computer makers involved in the talks": a crowd of bodies, as everywhere;
            # "Two carmakers involved in the talks": bodies counted
            kind = EntityKind.ORGANIZATION if lows[i] in _COUNTS else EntityKind.GROUP
            return Speaker(name=name, kind=kind, span=span)
        if body and not people:
            # "the companies involved in the talks": the bodies
            return Speaker(name=name, kind=EntityKind.ORGANIZATION, span=span)
        return Speaker(name=name, kind=EntityKind.ANONYMOUS, span=span)

    def before_aside(self, comma: int, lo: int, chained: bool = True) -> Mention | None:
        """The mention before a comma-delimited aside that ends at token ``comma``; when
        that mention is a body ending an aside of a person's, the person ("Jose Basulto,
        founder of Brothers to the Rescue, a Cuban exile group, said": Basulto)."""
        toks = self.tokens
        k = comma - 1
        while k >= 0 and toks[k].start >= lo and comma - k < 60:
            if toks[k].text == ",":
                aside = self.text[toks[k].end : toks[comma].start].strip().lower()
                m = self.reg.ending_before(toks[k].start)
                if (
                    m is not None
                    and m.span.start >= lo
                    and self.text[m.span.end : toks[k].start].strip() == ""
                ):
                    first = aside.split(" ", 1)[0] if aside else ""
                    inner = self.reg.at(toks[k + 1].start)
                    if (
                        inner is not None
                        and inner.form == "name"
                        and inner.span.end == toks[comma].start
                        and self.reg.entity(inner).kind is EntityKind.PERSON
                        and self.reg.entity(m).kind is not EntityKind.PERSON
                        and " " in self.reg.entity(inner).name
                    ):
                        # "The UN coordinator in Chad, Fatoumata Diallo, said": the
                        # apposition names the subject; the place before it speaks not.
                        return inner
                    if first in _ASIDE_START or first[:1].isdigit() or inner is not None:
                        if chained and self.reg.entity(m).kind is not EntityKind.PERSON:
                            person = self.before_aside(k, lo, chained=False)
                            if (
                                person is not None
                                and person.form == "name"
                                and self.reg.entity(person).kind is EntityKind.PERSON
                            ):
                                return person
                        return m
                return None
            if toks[k].text in '.;:!?"“”':
                return None
            k -= 1
        return None

    def member_before(self, m: Mention, lo: int) -> Mention | None:
        """The person a body is the affiliation of: "Prof Kwame Boateng, from the Royal
        College of Ophthalmologists, who ..., said" is Boateng, not the college."""
        if self.reg.entity(m).kind not in (EntityKind.ORGANIZATION, EntityKind.UNKNOWN):
            return None
        k = self.tok_index(m.span.start) - 1
        if k > 0 and self.lows[k] == "the":
            k -= 1
        if k < 1 or self.lows[k] not in ("of", "from", "at"):
            return None
        k -= 1
        if k > 0 and self.tokens[k].text == ",":
            k -= 1
        person = self.reg.ending_before(self.tokens[k].end + 1)
        if (
            person is None
            or person.span.start < lo
            or person.span.end != self.tokens[k].end
            or person.form == "pronoun"
            or self.reg.entity(person).kind is not EntityKind.PERSON
        ):
            return None
        return person

    def long_aside_subject(self, comma: int, lo: int) -> Speaker | None:
        """The subject that opens the sentence before an aside ending at token ``comma``
        when the aside has commas of its own ("Meridian, which runs hospitals in Ohio,
        Iowa and Utah, said"; "Hasen, a professor at the University of California, Los
        Angeles, said"), or the person the aside names ("One villager, a farmer named
        Gagik Petrosyan, said")."""
        toks = self.tokens
        start = _after_dateline(self.text, lo, toks[comma].start)
        first = self.tok_index(start)
        k = first
        while k < comma and k - first < 8 and toks[k].text != ",":
            if toks[k].text in ';:"“”()' or self.vc(k) is not None:
                return None
            k += 1
        if k >= comma or toks[k].text != "," or comma - k > 40:
            return None
        opens = self.lows[k + 1]
        if opens not in _ASIDE_START and opens not in ("who", "whose") and not opens[:1].isdigit():
            return None
        inner = 0
        for i in range(k + 1, comma):
            if toks[i].text in ';:"“”()' or self.vc(i) is not None:
                return None
            if toks[i].text == ",":
                inner += 1
                if i + 1 < comma and self.lows[i + 1] in _AUXILIARIES:
                    # "The hospital, which has 25 beds, was treating ..., its director, X,
                    # said": the aside closed and the main clause began; not one aside.
                    return None
            elif self.lows[i] in _NAMING and i + 1 < comma:
                named = self.mention_at_token(i + 1)
                if (
                    named is not None
                    and named.form == "name"
                    and self.reg.entity(named).kind is EntityKind.PERSON
                    and self.tok_index(named.span.end) in (comma, i + 4, i + 3)
                ):
                    return self.speaker_of(named)
        m = self.reg.starting_from(start)
        if m is None or m.span.start >= toks[k].start:
            # "A British couple, who gave only their first names, said": a noun phrase
            # the registry does not know opens the sentence.
            if opens not in ("who", "whose") or self.lows[first] not in ("a", "an", "the"):
                return None
            return self.noun_speaker(k - 1, start)
        if (
            inner == 0
            or m.form == "pronoun"
            or m.span.end != toks[k].start
            or self.text[start : m.span.start].strip(" \"“'‘") not in ("", "The", "the")
        ):
            return None
        return self.speaker_of(m)

    def name_for_description(self, comma: int, lo: int) -> Speaker | None:
        """The person named in an apposition after an unnamed description of them: "One
        of them, Furaha, said", "Another survivor, Kambale, said" (one name, so a person
        even when nothing else tells what it is)."""
        toks = self.tokens
        m = self.reg.ending_before(toks[comma].start)
        if m is None or m.form not in ("name", "unknown") or m.span.start < lo:
            return None
        if self.text[m.span.end : toks[comma].start].strip():
            return None
        k = self.tok_index(m.span.start) - 1
        if k < 1 or toks[k].text != ",":
            return None
        before = self.reg.ending_before(toks[k].start)
        if (
            before is None
            or before.span.start < lo
            or self.text[before.span.end : toks[k].start].strip()
            or before.form not in ("pronoun", "group", "anonymous", "role")
        ):
            return None
        ent = self.reg.entity(m)
        if ent.kind not in (EntityKind.PERSON, EntityKind.UNKNOWN) or " " in ent.name:
            return self.speaker_of(m) if ent.kind is EntityKind.PERSON else None
        return Speaker(name=ent.name, kind=EntityKind.PERSON, role=ent.role, span=m.span)

    def named_in_aside(self, comma: int, lo: int) -> Mention | None:
        """The name in an apposition after a described subject: "Veltman's largest
        shareholder, the pension fund PGGM, said" is PGGM. The subject before the first
        comma opens the sentence and is a short noun phrase."""
        toks = self.tokens
        m = self.reg.ending_before(toks[comma].start)
        if (
            m is None
            or m.form not in ("name", "organization", "unknown")
            or self.text[m.span.end : toks[comma].start].strip()
            or self.reg.entity(m).kind not in (EntityKind.PERSON, EntityKind.ORGANIZATION)
        ):
            return None
        k = self.tok_index(m.span.start) - 1
        steps = 0
        while k >= 0 and steps < 4 and toks[k].text.isalpha() and toks[k].text.islower():
            if self.lows[k] in _PREPOSITIONS or self.lows[k].endswith("ed"):
                # "The study, published in the journal JAMA Pediatrics, found": the name
                # is in a phrase about the subject, not the subject itself.
                return None
            k -= 1  # "the pension fund PGGM"
            steps += 1
        if k < 0 or toks[k].text != "," or toks[k].start < lo:
            return None
        named = self.reg.ending_before(toks[k].start)
        if named is not None and named.span.end == toks[k].start and named.form != "role":
            return None  # "Albright, echoing the president, said": Albright
        first = self.tok_index(lo)
        if not 1 <= k - first <= 8:
            return None
        for i in range(first, k):
            if toks[i].text in ',;:"“”' or self.vc(i) is not None or self.lows[i] in _FINITE:
                return None
        return m

    def opens_sentence(self, idx: int, sent: Span) -> bool:
        """Whether token ``idx`` is the sentence's first word (after any dateline)."""
        start = self.tokens[idx].start
        return _after_dateline(self.text, sent.start, start) == start

    def subject_after_comma(self, idx: int, sent: Span) -> Speaker | None:
        """The subject of the main clause after an opening participle's comma."""
        toks = self.tokens
        for k in range(idx + 1, min(len(toks) - 1, idx + _MAX_OPENER_TOKENS)):
            if toks[k].start >= sent.end or toks[k].text in ';:"“”':
                return None
            if toks[k].text == ",":
                return self.clause_subject(toks[k + 1].start, sent.end)
        return None

    def clause_subject(self, lo: int, before: int) -> Speaker | None:
        """The mention that opens the sentence, as the subject of a later joined verb."""
        lo = self.past_time_opener(_after_dateline(self.text, lo, before), before)
        m = self.reg.starting_from(lo)
        if m is None or m.span.start >= before or m.span.start - lo > 40:
            return None
        opener = self.text[lo : m.span.start].strip(" \"“'‘").rstrip(".")
        first, _, rest = opener.partition(" ")
        if first.lower() in _OPENING_CONJUNCTIONS and first[:1].isupper() and " " not in rest:
            # "But Gonzalez, backed by Castro, has demanded A and insisted B", "Yet another
            # official": a conjunction that opens the sentence is no part of the subject.
            opener = rest
        counted = opener.lower().split()
        if 2 <= len(counted) <= 3 and counted[0] in _CROWD_COUNTS and counted[1] == "of":
            opener = ""  # "Dozens of neighbours blocked the road, demanding": the crowd
        if (
            opener not in ("", "The", "the") and opener.lower() not in self.lex.honorifics
        ) or m.span.start - lo > 12:
            # ("Mr Ellis said A and insisted B": an honorific may open it, and so may a
            # job the registry does not know: "The critic Ana Ruiz praised it, and said")
            words = opener.split()
            if not (
                m.form in ("name", "unknown", "organization")
                and 1 < len(words) <= 6
                and words[0] in ("The", "the")
                and all(w.isalpha() and w.islower() for w in words[1:])
                and words[-1] not in self.lex.verbs
            ):
                return None
        if self.reg.entity(m).kind is EntityKind.ORGANIZATION:
            described = self.described_after_owner(m, before)
            if described is not None:
                # "The Communist Party daily Granma compared A and said B": the paper.
                return self.as_body(described)
            # "The U.S. deputy ambassador, Rachel Moore, said A but warned B": the person.
            m = (
                self.role_after_owner(m)
                or self.body_after_owner(m, before)
                or self.apposed_person(m, before)
                or m
            )
        elif m.form == "name":
            # "Liberal Democrat leader Sir Edward Pryce said A and called B": a name read
            # as a person's, then the named person's role: that person is the subject.
            m = self.role_after_owner(m) or m
        elif m.form == "role":
            # "The head of the FBI investigation in Nairobi, Kenneth Piernick, said A but
            # indicated B": the person the role's apposition names.
            m = self.apposed_person(m, before) or m
        return self.speaker_of(m)

    def apposed_person(self, m: Mention, before: int) -> Mention | None:
        """The person named between commas after a subject that opens with a body ("The UN
        coordinator in Chad, Fatoumata Diallo, urged A and warned B"): the first comma,
        with no verb before it, opens the person's name, and a comma closes it."""
        toks = self.tokens
        i = self.tok_index(m.span.end)
        stop = min(len(toks), i + 12)
        while i < stop and toks[i].start < before and toks[i].text != ",":
            if self.vc(i) is not None or toks[i].text in _DOC_STOPS:
                return None
            i += 1
        if i + 1 >= stop or toks[i].text != ",":
            return None
        named = self.reg.at(toks[i + 1].start)
        if (
            named is None
            or named.form != "name"
            or named.span.start != toks[i + 1].start
            or not self.text.startswith(",", named.span.end)
            or self.reg.entity(named).kind is not EntityKind.PERSON
        ):
            return None
        return named

    def described_after_owner(self, m: Mention, before: int) -> Speaker | None:
        """A body's name after its owner and a noun for what it is ("The Communist Party
        daily Granma", "the ruling party newspaper Nhan Dan"): the named body, or None."""
        toks = self.tokens
        j = self.tok_index(m.span.end)
        k = j
        while k < len(toks) and k - j < 2 and toks[k].text.isalpha() and toks[k].text.islower():
            k += 1
        if k == j or k >= len(toks) or toks[k].start >= before:
            return None
        if self.lows[k - 1] not in _body_heads() or not toks[k].text[:1].isupper():
            return None
        nxt = self.mention_at_token(k)
        if nxt is None or nxt.form == "pronoun" or nxt.span.end > before:
            return None
        return self.speaker_of(nxt)

    def body_after_owner(self, m: Mention, before: int) -> Mention | None:
        """A named body right after the body that owns it, which is then the subject ("The
        US Navy's Bahrain-based Fifth Fleet said A and urged B": the fleet), with at most
        one modifier word between them."""
        end = m.span.end
        if self.text[end : end + 3] not in ("'s ", "’s "):
            return None
        nxt = self.reg.starting_from(end + 3)
        if nxt is None or nxt.span.start >= before or nxt.span.start - end > 30:
            return None
        between = self.text[end + 3 : nxt.span.start].split()
        if len(between) > 1 or any(not w.replace("-", "").isalpha() for w in between):
            return None
        ent = self.reg.entity(nxt)
        if ent.kind is not EntityKind.ORGANIZATION or nxt.form not in ("organization", "name"):
            return None
        return nxt

    def past_time_opener(self, lo: int, before: int) -> int:
        """Where the subject starts after an opening time adjunct: "On Wednesday she
        thanked him and said", "Later, the mayor toured the town and said" (``lo`` itself
        when the sentence opens with none)."""
        toks, lows = self.tokens, self.lows
        i = self.tok_index(lo)
        if i >= len(toks) or toks[i].start != lo:
            return lo
        if lows[i] in ("in", "on") and lows[i + 1 : i + 2] in (["a"], ["an"]):
            # "In a statement, the club thanked them but said": a short opening adjunct.
            k = i + 2
            while (
                k < len(toks)
                and k - i <= 7
                and toks[k].text.isalpha()
                # ("In a brief reply, the minister ...": a noun before the comma)
                and (self.vc(k) is None or (k + 1 < len(toks) and toks[k + 1].text == ","))
            ):
                k += 1
            if k + 1 < len(toks) and toks[k].text == "," and toks[k].start < before:
                return toks[k + 1].start
            return lo
        if lows[i] in ("in", "at") and toks[i + 1 : i + 2] and toks[i + 1].text[:1].isupper():
            # "In Lanus, dozens of neighbours blocked ..., demanding": an opening place.
            k = i + 1
            while k < len(toks) and k - i <= 4 and toks[k].text[:1].isupper():
                k += 1
            if k + 1 < len(toks) and toks[k].text == "," and toks[k].start < before:
                return toks[k + 1].start
            return lo
        if lows[i] in _OPENING_PREPOSITIONS:
            # "Before his Sunday night address, Castro met the children, assuring them
            # that A": a short opening phrase up to its comma, then the subject.
            k = i + 1
            while k < len(toks) and k - i <= _OPENING_PHRASE_WORDS and _object_word(toks[k].text):
                k += 1
            if k - i > 1 and k + 1 < len(toks) and toks[k].text == "," and toks[k].start < before:
                return toks[k + 1].start
            return lo
        if lows[i] not in _TIME_LEADS:
            return lo
        j = i + 1
        while j < len(toks) and j - i <= 3 and lows[j] in _TIME_NOUNS:
            j += 1  # "On Wednesday evening", "Last week"
        if j == i + 1 and lows[i] not in ("earlier", "later"):
            return lo  # "This is ...", "That ...": not a time
        if j < len(toks) and toks[j].text == ",":
            j += 1
        return toks[j].start if j < len(toks) and toks[j].start < before else lo

    def noun_speaker(self, j: int, lo: int) -> Speaker | None:
        """An unregistered noun phrase before a verb of saying: "The report said"."""
        toks = self.tokens
        t = toks[j]
        low = t.text.lower()
        # (a hyphenated head is a noun too: "Elian's great-uncle said", "the co-founder")
        if not t.text.replace("-", "").isalpha() or low in _NOT_SPEAKERS or low in _CLAUSE_START:
            return None
        if low in _DOCUMENT_LEADS and j + 1 < len(toks) and self.lows[j + 1] in _DOCUMENTS:
            # "a manhunt following reports that": no subject, a document's noun, its own
            # source as written.
            nxt = toks[j + 1]
            return Speaker(name=nxt.text, kind=EntityKind.UNKNOWN, span=nxt.span)
        if low in self.lex.agencies and not t.text.islower():
            # "Reuters said": a news agency, though it ends like "researchers".
            return Speaker(name=t.text, kind=EntityKind.ORGANIZATION, span=t.span)
        # ("Republicans, led by Trent Lott, said": the plural of a person's description)
        people = low.endswith(_PEOPLE_SUFFIXES) or (
            low.endswith("s") and low[:-1] in _PERSON_DESCRIPTIONS
        )
        if low.endswith("ly") or (t.text[0].isupper() and t.start == lo and not people):
            return None
        if low.endswith("ing") and j > 0 and toks[j - 1].text == ",":
            return None  # "..., raising hopes of": a participle, no one speaking
        start = t.start
        k = j - 1
        joined = False  # (a subject after ", and" or ", but": only a noun of known kind)
        while (
            k >= 0
            and toks[k].start >= lo
            and j - k <= 3
            and toks[k].text.replace("-", "").isalpha()  # "counter-terrorism command"
        ):
            w = self.lows[k]
            if w in ("the", "a", "an", "its", "their", "this", "his", "her", "our"):
                start = toks[k].start
                break
            if w in _CLAUSE_OPENERS:
                break  # "..., although airlines have argued": the clause's own subject
            if w in _CONTRARY and (toks[k].start == lo or (k > 0 and toks[k - 1].text == ",")):
                joined = True
                break  # "Schools stayed open, but several hospitals said": a new clause
            if w in _PLACE_PREPS:
                break  # "[a spokeswoman for the office] in Dolj county": a place's start
            if w == "and" and k > 0:
                # "..., the company and regulators said": the body named first with them.
                both = self.body_and(k, Span(start, t.end), people, lo)
                if both is not None or toks[k - 1].text != ",":
                    return both
                joined = True
                break  # "Schools stayed open, and several hospitals said": a new clause
            if w in _WEEKDAYS:
                break  # "On Monday several hospitals said": the day is no part of them
            if w in _NOT_SPEAKERS or self.lex.verbs.get(w) is not None:
                return None
            start = toks[k].start
            k -= 1
        inside = self.reg.at(start)
        if inside is not None and lo <= inside.span.start < start:
            start = inside.span.start  # "[Scotland] Yard's counter-terrorism command"
        headed = self.headed_phrase(self.tok_index(start), t.end, lo)
        if headed is not None:
            return headed
        span = Span(start, t.end)
        name = self.text[start : t.end]
        first, _, rest = name.partition(" ")
        if first.lower() in _ARTICLES and rest:
            name = rest
        typed = self.typed_phrase(name, span, people)
        words = name.lower().split()
        if (
            typed.kind is EntityKind.UNKNOWN
            and len(words) == 2
            and words[0] in _ELLIPTICAL
            and words[1].endswith("s")
            and words[1].isalpha()
            and not words[1].endswith("ss")
            and words[1] not in _DOCUMENTS
            and words[1][:-1] not in _DOCUMENTS  # ("many polls", "some surveys")
            and words[1][:-3] + "y" not in _DOCUMENTS  # ("several studies")
        ):
            # "some stores reported that": a counted plural speaks as a group.
            return Speaker(name=name, kind=EntityKind.GROUP, span=span)
        return None if joined and typed.kind is EntityKind.UNKNOWN else typed

    def body_and(self, k: int, phrase: Span, people: bool, lo: int) -> Speaker | None:
        """Two sources as one subject, a body and then a plural noun ("the company and
        regulators said", "the ministry and aid agencies said"): both, under the body's
        name, as an organisation; None when no body ends right before the "and" at ``k``."""
        toks = self.tokens
        m = self.reg.ending_before(toks[k].start)
        if m is None or m.span.start < lo or m.span.end != toks[k - 1].end:
            return None
        body = self.speaker_of(m)
        if body is None or body.kind is not EntityKind.ORGANIZATION:
            return None
        tail = self.typed_phrase(
            _strip_determiner(self.text[phrase.start : phrase.end]), phrase, people
        )
        if tail.kind not in (EntityKind.ORGANIZATION, EntityKind.GROUP):
            return None
        name = f"{body.name} and {tail.name}"
        return Speaker(name=name, kind=EntityKind.ORGANIZATION, span=Span(m.span.start, phrase.end))

    def ranked(self, j: int, lo: int) -> Speaker | None:
        """ "The world number one said", "the world No. 2 said": a ranking stands for the
        player who holds it (a person; :meth:`redescribed` links it to the name before)."""
        start = _rank_start(self.lows, j)
        if start is None or self.tokens[start].start < lo:
            return None
        span = Span(self.tokens[start].start, self.tokens[j].end)
        name = self.text[self.tokens[start + 1].start : span.end]
        return Speaker(name=name, kind=EntityKind.PERSON, span=span)

    def numbered(self, j: int, lo: int) -> Speaker | None:
        """A subject ending in a number: "Residents of Camp 5 said"."""
        toks = self.tokens
        if not toks[j].text.isdigit() or j == 0:
            return None
        m = self.reg.ending_before(toks[j].start)
        if m is None or m.span.start < lo or self.text[m.span.end : toks[j].start] != " ":
            return None
        headed = self.headed_phrase(self.tok_index(m.span.start), toks[j].end, lo)
        if headed is not None or m.form not in ("group", "organization", "anonymous"):
            return headed
        span = Span(m.span.start, toks[j].end)
        name = self.text[span.start : span.end]
        first, _, rest = name.partition(" ")
        if first.lower() in _ARTICLES and rest:
            name = rest
        return self.typed_phrase(name, span, False)

    def headed_phrase(self, k: int, end: int, lo: int) -> Speaker | None:
        """The speaker when the words before token ``k`` make it the tail of a longer
        subject: "[lawyers for] the plaintiffs", "[police in] the northern city of Kano",
        "[residents of] the village" (a body or group noun, then a preposition). A
        document's tail is its issuer ("a report by the WHO"), so that gives None."""
        if k > 1 and self.lows[k - 1] in _PLACE_PREPS:
            unnamed = self.unnamed_in_place(k - 2, end, lo)
            if unnamed is not None:
                return unnamed
        if _PREPOSITIONS.isdisjoint(self.lows[max(1, k - 6) : k + 1]) and (
            "," not in self.lows[max(0, k - 3) : k]
            or _PREPOSITIONS.isdisjoint(self.lows[max(1, k - 10) : k])
        ):
            return None  # (the common case: no preposition for a head noun to stand before)
        toks = self.tokens
        if k > 1 and self.lows[k - 1] in _PLACE_PREPS:
            # "A spokesman for the interior ministry in Kabul said": the spokesman, with the
            # place the body is in.
            role = self.person_role_ending(toks[k - 2].end, lo)
            if role is not None:
                return self.speaker_of(role)
        if k > 0 and self.lows[k - 1] in _COMPANY_NOUNS:
            # "A spokeswoman for plant operator Vestar Chemie said": the spokeswoman.
            role = self.person_role_ending(toks[k - 1].end, lo)
            if role is not None:
                sp = self.speaker_of(role)
                if sp is not None and sp.role is not None and sp.role.lower() in _UNNAMED_AGENTS:
                    # the body speaks through them ("Vestar Chemie spokeswoman")
                    body = self.text[toks[k].start : end]
                    return Speaker(
                        name=body, kind=EntityKind.ORGANIZATION, role=sp.role, span=sp.span
                    )
                return sp
        best = None
        one = None  # (a one-person noun before a preposition: "the rescue coordinator at")
        i = k - 1
        skipped = 0  # (the state after a city: "authorities in the Buffalo, N.Y., area")
        # (a number may be part of a place's name: "residents of the Zone 5 neighborhood")
        while i >= 0 and k - i - skipped <= 7 and toks[i].start >= lo:
            if toks[i].text == ",":
                city = self.city_before_state(i, lo)
                if city is None:
                    break
                skipped += i - city
                i = city
            if not toks[i].text.isalnum():
                break
            w = self.lows[i]
            if self.vc(i) is not None or w in _NOT_SPEAKERS:
                break
            if self.lows[i + 1] in _PREPOSITIONS and (
                w in self.lex.org_nouns or w in self.lex.groups or w.endswith(_PEOPLE_SUFFIXES)
            ):
                best = i
            elif self.lows[i + 1] in _PLACE_PREPS and self.one_person_noun(i):
                one = i
            i -= 1
        if best is None and one is not None:
            return self.unnamed_in_place(one, end, lo, definite=True)
        if best is None or self.lows[best] in _DOCUMENTS:
            return None
        start = best - 1 if best > 0 and self.lows[best - 1] in _ARTICLES else best
        if toks[start].start < lo:
            start = best
        span = Span(toks[start].start, end)
        name = self.text[toks[best].start : end]
        return self.typed_phrase(name, span, self.lows[best].endswith(_PEOPLE_SUFFIXES))

    def city_before_state(self, comma: int, lo: int) -> int | None:
        """The token of the city when the comma at ``comma`` closes the state or country
        written after it ("the Buffalo, N.Y., area", "the Lyon, France, office"), else
        None."""
        toks = self.tokens
        p = comma - 1
        while p > comma - 5 and p > 0 and toks[p].text != ",":
            if not (toks[p].text[:1].isupper() or toks[p].text == "."):
                return None
            p -= 1
        if p == comma - 1 or toks[p].text != "," or p < 1 or toks[p - 1].start < lo:
            return None
        return p - 1 if toks[p - 1].text[:1].isupper() else None

    def one_person_noun(self, i: int) -> bool:
        """Whether token ``i`` is a lower-case noun for one person's job ("coordinator",
        "nurse", "GP"), not a body, a document or a plural."""
        w = self.lows[i]
        text = self.tokens[i].text
        return (
            (text.islower() or w in _PLACED_PEOPLE)
            # (the lexicons only: "-er", "-or" or "-ian" as often end a thing or a place,
            # "a paper in Nature", "the floor at the time", "the private sector in Asia")
            and (w in self.lex.roles or w in _PLACED_PEOPLE)
            and w not in self.lex.org_nouns
            and w not in _COMPANY_NOUNS
            and w not in _DOCUMENTS
            and w not in _ISSUED
        )

    def person_role_ending(self, end: int, lo: int) -> Mention | None:
        """The registry's role mention of a person ending exactly at ``end`` and starting
        at or after ``lo`` ("A spokesman for ..."), or None."""
        role = self.reg.ending_before(end + 1)
        if (
            role is not None
            and role.form == "role"
            and role.span.end == end
            and role.span.start >= lo
            and self.reg.entity(role).kind is EntityKind.PERSON
        ):
            return role
        return None

    def unnamed_in_place(self, h: int, end: int, lo: int, definite: bool = False) -> Speaker | None:
        """ "One village elder in Merti said", "a herder near Wajir said", and with
        ``definite`` also "The rescue coordinator at the site said": someone unnamed,
        described by a one-person noun (token ``h``) and the place they are in, as one
        phrase, not the place; None unless a determiner opens the phrase (an indefinite one
        unless ``definite``)."""
        toks = self.tokens
        if not toks[h].text.isalpha() or not self.one_person_noun(h) or self.vc(h) is not None:
            # a person's noun, not a body's or a document's ("a carmaker in Germany",
            # "a supplier in Shenzhen", "a paper in Nature", "a chapter in the report")
            return None
        allowed = _UNNAMED_DETERMINERS | _DETERMINERS if definite else _UNNAMED_DETERMINERS
        return self.unnamed_phrase(h, end, lo, allowed)

    def unnamed_phrase(self, h: int, end: int, lo: int, allowed: frozenset[str]) -> Speaker | None:
        """The anonymous speaker whose phrase opens with a determiner in ``allowed`` at most
        two words before its head noun at token ``h`` and ends at offset ``end`` ("one
        highly placed source", "a beekeeper in Merti"), or None. "One herder near Wajir"
        keeps its "one", as "One senior official" does; "a beekeeper in Merti" drops its
        article, as "a senior official" does."""
        toks, lows = self.tokens, self.lows
        i = h
        while (
            i > 0
            and h - i < 2
            and toks[i - 1].text.replace("-", "").isalpha()  # ("highly-placed")
            and toks[i - 1].text.islower()
            and lows[i - 1] not in allowed
            and self.vc(i - 1) is None
        ):
            i -= 1  # "village" in "one village elder", "highly placed"
        if i == 0 or toks[i - 1].start < lo or lows[i - 1] not in allowed:
            return None
        first = i - 1 if lows[i - 1] in _ONE_OF_THEM else i
        name = self.text[toks[first].start : end]
        return Speaker(name=name, kind=EntityKind.ANONYMOUS, span=Span(toks[i - 1].start, end))

    def typed_phrase(self, name: str, span: Span, people: bool) -> Speaker:
        """The speaker a noun phrase stands for, typed by its head (the word before any
        preposition): "police in Fizi district" and "the coast guard" are organisations,
        "residents of the village" a group; a document ("the report", "police data", "a
        study by X") is an unknown source named as written, never its issuer."""
        words = name.split()
        lows = [w.lower() for w in words]
        cut = next((k for k, w in enumerate(lows) if k and w in _PREPOSITIONS), len(lows))
        head = lows[cut - 1]
        compound = " ".join(lows[max(0, cut - 2) : cut])
        if head in _DOCUMENTS:
            return Speaker(name=name, kind=EntityKind.UNKNOWN, span=span)
        if _crowd_noun(head) and lows[0] != "both" and lows[0] not in _COUNTS:
            # "authorities", "computer makers", "fuel retailers": a crowd of bodies, no
            # one body (as annotators give them), unlike "the two carmakers", counted.
            return Speaker(name=name, kind=EntityKind.GROUP, span=span)
        if (
            compound in _ORG_COMPOUNDS
            or head in self.lex.org_nouns
            or (lows == [head] and head in _LITIGANTS)  # "the state argued"
        ):
            return Speaker(name=name, kind=EntityKind.ORGANIZATION, span=span)
        voiced = _voiced_body(name, span)
        if voiced is not None:
            return voiced
        # "the two companies", "both governments": bodies in the plural.
        singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
        if head.endswith("s") and singular in self.lex.org_nouns:
            return Speaker(name=name, kind=EntityKind.ORGANIZATION, span=span)
        if people or head in self.lex.groups or head.endswith(_PEOPLE_SUFFIXES):
            return Speaker(name=name, kind=EntityKind.GROUP, span=span)
        return Speaker(name=name, kind=EntityKind.UNKNOWN, span=span)

    def document_speaker(self, sent: Span, verb: int, opens: int | None = None) -> Speaker | None:
        """The source of "Data released on Friday showed ..." or "The survey, conducted
        by Ipsos, found ...": a document or data set is its own source, as written ("Data
        released on Friday", "survey"); else a body named in the subject, else the
        subject phrase itself as an unknown source. The subject starts at the sentence's start, or
        at token ``opens``."""
        toks = self.tokens
        i = self.tok_index(sent.start) if opens is None else opens
        if verb - i > 14:
            return None
        source = self.document_source(i, toks[verb].start)
        if source is not None and source.span is not None:
            # The document must be the whole subject, bar an aside in commas ("The survey,
            # conducted by Ipsos, found"): "Sales figures rose 5%, officials said" is not.
            rest = self.text[source.span.end : toks[verb].start].strip()
            if (
                not rest
                or (rest.startswith(",") and rest.endswith(","))
                or all(w in _BETWEEN for w in rest.lower().split())
            ):
                return source
        span = Span(toks[i].start, toks[verb - 1].end)
        for m in self.reg.in_span(span):
            ent = self.reg.entity(m)
            if ent.kind is EntityKind.GROUP and self.lows[i : self.tok_index(m.span.start)][
                -1:
            ] == ["by"]:
                return self.speaker_of(m)  # "A study by researchers at Leeds University"
            if m.form == "pronoun" or ent.kind not in _ISSUERS or ent.name.lower() in _DOCUMENTS:
                continue
            if (
                ent.kind is EntityKind.PERSON
                and m.form in ("name", "unknown", "role")
                and " " not in ent.name
                and self.lows[self.tok_index(m.span.end)] in _DOCUMENTS
            ):
                continue  # "Official data showed": a capitalised adjective, no one's name
            if self.in_place(m, ent) or self.venue_in_aside(m, i):
                continue  # "The report, released in Quito, found": where, not who
            if ent.kind is EntityKind.UNKNOWN:
                # "conducted by Ipsos", "published in The Lancet": a body.
                return Speaker(name=ent.name, kind=EntityKind.ORGANIZATION, span=m.span)
            return self.speaker_of(m)
        # "The final report, released in Quito, found": the noun phrase before the aside.
        name = self.text[span.start : span.end].strip(" ,").split(", ", 1)[0]
        first, _, rest = name.partition(" ")
        if first.lower() in _ARTICLES and rest:
            name = rest
        return self.typed_phrase(name, span, False)

    def venue_in_aside(self, m: Mention, opens: int) -> bool:
        """Whether a name stands after "in"/"on"/"at" inside a comma aside of a document
        subject ("The study, published in the Lancet, found"): where the document came out,
        so the document itself is the source (team convention), not the journal."""
        k = self.tok_index(m.span.start)
        while k > opens and self.lows[k - 1] in _VENUE_SKIPS:
            k -= 1  # "in the journal JAMA Pediatrics"
        if k <= opens or self.lows[k - 1] not in _VENUE_PREPS:
            return False
        return any(self.tokens[t].text == "," for t in range(opens, k - 1))

    def in_place(self, m: Mention, ent: Entity) -> bool:
        """Whether a one-word name of unknown kind stands after a preposition of place
        ("released in Quito", "signed at Geneva"): a place, not a document's issuer."""
        if ent.kind is not EntityKind.UNKNOWN or " " in ent.name:
            return False
        k = self.tok_index(m.span.start)
        # (but "published in Nature": a journal)
        before = self.lows[k - 2 : k]
        return len(before) == 2 and before[1] in _PLACE_PREPS and before != ["published", "in"]

    def subordinate_document(self, verb: int) -> int | None:
        """Where a document subject starts when it opens a subordinate clause right before
        its verb ("a day after data showed retail sales fell", "as official figures
        showed"): the first token of the noun phrase, or None."""
        lows = self.lows
        if verb < 2 or lows[verb - 1] not in _DOCUMENTS:
            return None
        k = verb - 1
        while k > 0 and verb - k < 4:
            if lows[k - 1] in _SUBORDINATORS or lows[k - 1] == "as":
                return k
            if not self.tokens[k - 1].text.isalpha() or self.vc(k - 1) is not None:
                return None
            k -= 1
        return None

    def document_subject(self, sent: Span, verb: int) -> bool:
        """Whether the sentence opens with a document ("Figures published by ...
        showed", "A study found"), whose verbs of showing then take a bare clause."""
        i = self.tok_index(sent.start)
        if _DOCUMENTS.isdisjoint(self.lows[i : min(verb, i + 3)]):
            return False
        if all(
            self.in_body_name(k) for k in range(i, min(verb, i + 3)) if self.lows[k] in _DOCUMENTS
        ):
            return False  # "AST Research Inc. said": a word of a company's name
        if self.lows[verb - 1] in _PRONOUN_SUBJECTS:
            return False  # "The study ended, and he said ...": his verb, not the study's
        if self.lows[i] in _SOURCE_PARTICIPLES and "," in self.lows[i:verb]:
            return False  # "Citing data from the ministry, the broadcaster said": its object
        lo = max(i, verb - _MAX_ASIDE_TOKENS)  # (a bounded look back)
        comma = next((k for k in range(verb - 1, lo, -1) if self.lows[k] == ","), verb - 1)
        if (
            comma < verb - 1
            and self.lows[verb] not in _SHOWING
            and self.tokens[verb].text.islower()
        ):
            return False  # "The figures were revised, officials said": what they said
        # "A survey ... found that most expected ...": the document's verb is the first.
        return verb - i > 14 or "that" not in self.lows[i:verb]

    def in_body_name(self, k: int) -> bool:
        """Whether token ``k`` is a capitalised word inside the registered name of an
        organisation of several words ("Research" in "AST Research Inc")."""
        m = self.name_around(k)
        return (
            m is not None
            and m.form == "organization"
            and self.reg.entity(m).kind is EntityKind.ORGANIZATION
        )

    def bare_speaker(self, i: int) -> Speaker | None:
        """A lone noun standing for a speaker, as headlines write them ("union says")."""
        toks = self.tokens
        if not 0 <= i < len(toks):
            return None
        low = self.lows[i]
        lex = self.lex
        if low in _MOUTHPIECES and i > 0:
            m = self.reg.ending_before(toks[i].start)
            if (
                m is not None
                and m.span.end == toks[i - 1].end
                and m.form != "pronoun"
                and self.reg.entity(m).kind is EntityKind.ORGANIZATION
            ):
                # "A Northwind Power spokesperson said": the body named before the word.
                span = Span(m.span.start, toks[i].end)
                name = self.reg.entity(m).name
                return Speaker(
                    name=name, kind=EntityKind.ORGANIZATION, role=toks[i].text, span=span
                )
        if (
            low in lex.roles
            and low not in lex.org_nouns
            and self.plural_owner_at(i - 1)
            and toks[i - 2].text.islower()
        ):
            # "The rebels' spokesman said": the role as written, owner and all.
            span = Span(toks[i - 2].start, toks[i].end)
            name = self.text[span.start : span.end]
            return Speaker(name=name, kind=EntityKind.PERSON, role=name, span=span)
        if low in _UNNAMED_ROLES and not toks[i].text[:1].isupper():
            # "..., one highly placed source said": a new unnamed source, as described
            # (not the source named before with the same last word)
            unnamed = self.unnamed_phrase(i, toks[i].end, 0, _UNNAMED_DETERMINERS)
            if unnamed is not None:
                return unnamed
        if low in lex.org_nouns or low in lex.roles or low in lex.groups:
            ent = self.role_of_owner(i) or self.by_last_word.get(low)
            if ent is not None:
                return _speaker(ent, toks[i].span)
            kind = (
                EntityKind.ORGANIZATION
                if low in lex.org_nouns
                else EntityKind.GROUP
                if low in lex.groups
                else EntityKind.PERSON
            )
            return Speaker(name=toks[i].text, kind=kind, span=toks[i].span)
        return None

    def role_of_owner(self, i: int) -> Entity | None:
        """The one named person whose role is the noun at ``i`` owned by the person named
        right before it: "Elian Gonzalez's father" is Juan Miguel Gonzalez when the
        article gave him as "Elian's father" (the registry keeps the phrase apart)."""
        toks = self.tokens
        if i < 1 or not toks[i - 1].text.endswith(("'s", "’s")):
            return None
        m = self.reg.ending_before(toks[i].start)
        if m is None or m.form == "pronoun" or m.span.end + 2 != toks[i - 1].end:
            return None
        owner = self.reg.entity(m)
        if owner.kind is not EntityKind.PERSON:
            return None
        owner_words = set(owner.name.lower().split())
        found = [
            ent
            for ent in self.reg.entities
            if ent.kind is EntityKind.PERSON
            and ent.id != owner.id
            and ent.role is not None
            and ent.name != ent.role  # (a named person, not the unnamed role again)
            and _owned_role(ent.role, self.lows[i], owner_words)
        ]
        return found[0] if len(found) == 1 else None

    # - reported speech -

    def indirect(self, direct: list[_Draft]) -> list[_Draft]:
        out: list[_Draft] = []
        toks = self.tokens
        direct_spans = sorted((d.span.start, d.span.end) for d in direct)
        direct_starts = [a for a, _ in direct_spans]
        last_speaker: dict[int, Speaker | None] = {}
        for d in direct:
            if d.cue is not None and d.speaker is not None:
                sent = self.sentence_of(d.cue.start)
                if sent is not None:
                    last_speaker[sent.start] = d.speaker
        cues = token_flags(self.doc).translate(_ONLY_CUES)
        candidates: Iterable[int] = compress(range(len(self.lows)), cues)
        rejected = self.rejected_nouns
        impersonal = self.impersonal_verbs
        if rejected or impersonal:
            candidates = sorted(set(candidates).union(rejected, impersonal))
        for idx in candidates:
            tok = toks[idx]
            low = self.lows[idx]
            is_according = low == "according" and idx + 1 < len(toks) and self.lows[idx + 1] == "to"
            cls = self.vc(idx)
            if idx in rejected:
                cls = "reject"
            elif idx in impersonal:
                cls = "impersonal"
            elif cls is None and not is_according:
                continue
            if idx in self.used_cues or self.in_quote(tok.start) is not None:
                continue
            sent = self.sentence_of(tok.start)
            if sent is None:
                continue
            if is_according:
                if (
                    sent.start in last_speaker
                    and idx > 0
                    and self.tokens[idx - 1].start >= sent.start
                    and any(w in _STATISTICS for w in self.lows[idx + 2 : idx + 5])
                ):
                    # "Mumbere said A, according to figures from his ministry": the source
                    # of a figure in someone's claim, not a claim of its own (unlike
                    # "X said A, according to two officials" or "according to court
                    # documents", a report of a report).
                    continue
                draft = self.according(idx, sent)
            elif cls == "reject":
                draft = self.rejected_report(idx, sent, last_speaker)
            elif cls == "impersonal":
                draft = self.impersonal(idx, sent)
            else:
                draft = self.reported(idx, cls or "that", sent, last_speaker)
            if draft is None or (low in _HEARING and not _hearing_body(draft.speaker)):
                continue
            if cls == "for" and draft.cue is not None:
                # The cue of a demand is the verb with its "for": "called for".
                draft.cue = Span(draft.cue.start, toks[idx + 1].end)
            # Never overlap a direct quote: trim the content to the part outside it.
            span = _outside(draft.span, direct_spans, direct_starts)
            if span is None:
                continue
            span = self.trim(span)
            if span is None or span.end - span.start < 3:
                continue
            if self.text[span.start : span.end].lower() in _LONE_OBJECTS:
                continue  # "the sum the airline promised them": a person, nothing said
            if self.text[span.start] in '"”' and self.text[span.start + 1].isspace():
                # '"...," the archivist in charge, X, told': the cue and speaker of the
                # quote just closed, not a report of their own.
                for d in direct:
                    if d.cue is None and 0 <= span.start - d.span.end <= 2:
                        d.cue = draft.cue
                        d.speaker = d.speaker or draft.speaker
                continue
            if out and out[-1].span == span and out[-1].cue != draft.cue:
                # "The army said in a statement posted on its channel that A": one report
                # (the later verb only describes the statement).
                continue
            draft.span = span
            if any(
                span.start <= f.span.start and f.span.end <= span.end
                for f in self._fragments_in(span)
            ):
                draft.kind = ClaimKind.MIXED
            out.append(draft)
            if not (cls == "reject" and self.lows[idx - 1] in _OWNERS):
                # (not "his claim that A": the sentence's speaker stays the rejecter)
                last_speaker[sent.start] = draft.speaker
            joined = self.joined_after(idx, draft, sent)
            if joined is not None:
                joined = _outside(joined, direct_spans, direct_starts)
                joined = self.trim(joined) if joined is not None else None
                if joined is not None:
                    out.append(_Draft(joined, ClaimKind.INDIRECT, draft.cue, draft.speaker))
            doc = draft.speaker if _is_document(draft.speaker) else None
            self.last_document = None if doc is None else (span.end, doc)
        return out

    def joined_after(self, idx: int, draft: _Draft, sent: Span) -> Span | None:
        """The clause joined on after an attribution set inside a sentence ("A, he said,
        and the group expected B", "A, one of them said, while the union insisted on B"):
        more of what the speaker said, when it holds a verb and no report of its own."""
        if draft.cue is None or draft.span.end > draft.cue.start:
            return None  # (the content follows its cue: "said A")
        toks, lows = self.tokens, self.lows
        if lows[idx] == "according":
            return None  # ("A, according to X, while B": the source of A alone)
        k = idx + 1
        while k < len(toks) and k - idx <= 8 and toks[k].start < sent.end:
            if toks[k].text == ",":
                break
            if not _strip_s(toks[k].text).replace(".", "").isalpha():
                return None
            k += 1
        else:
            return None
        if k + 2 >= len(toks) or lows[k + 1] not in _CONTINUING:
            return None
        first = k + 2
        if lows[first] in _PRONOUN_SUBJECTS or lows[first] == "it":
            return None  # ("..., he said, and they are ...": whose words is unclear)
        if not self.subject_start(first):
            return None  # "The storm killed 12, officials said, and cut power to ...": a verb
        end = sent.end
        while end > toks[first].end and self.text[end - 1] in ".!? ":
            end -= 1
        if toks[first].start >= end or not self.has_finite(first, end, nouns_out=True):
            return None
        j = first
        people = False
        while j < len(toks) and toks[j].start < end:
            if (
                toks[j].text in _QUOTE_CHARS
                or (
                    self.vc(j) is not None
                    and (
                        (people and self.vc(j) == "strict")  # "and economists expect a rise"
                        or self.vc(j) == "say"
                        or lows[j + 1 : j + 2] in (["that"], [","])
                    )
                )
            ):
                return None  # "..., and the army confirmed that B": a report of its own
            people = people or lows[j] in self.lex.groups
            j += 1
        return Span(toks[first].start, end)

    def subject_start(self, k: int) -> bool:
        """Whether token ``k`` can open a clause's subject: a determiner, a count, a
        capitalised word or a number, or a plural noun before its verb ("imports rose")."""
        toks, lows = self.tokens, self.lows
        w, text = lows[k], toks[k].text
        if w in _DETERMINERS or w in _CROWD_COUNTS or w in _COUNTS or w in self.lex.groups:
            return True
        if text[:1].isupper() or text[:1].isdigit():
            return True
        if k + 1 >= len(toks) or not (w.endswith("s") and not w.endswith("ss")):
            return False
        nxt = lows[k + 1]
        return nxt in _FINITE or nxt in _MODALS or nxt in _AUXILIARIES or nxt.endswith("ed")

    def drop_nested(self, drafts: list[_Draft]) -> list[_Draft]:
        """Leave out a report by a verb of showing inside another report's content ("Air
        trapped in the core shows that A, scientists said": A is the scientists'); "X
        said A, according to two officials" and a person's "he indicated that" keep
        both."""
        text = self.text

        def showing(d: _Draft) -> bool:
            return d.cue is not None and text[d.cue.start : d.cue.end].lower() in _SHOWING

        # A report by showing after the one it shares its content with: "Rao said the
        # result showed that A" gives both the same content A.
        order = sorted(drafts, key=lambda d: (d.span.start, -d.span.end, showing(d)))
        keep: list[_Draft] = []
        outer: _Draft | None = None
        for d in order:
            if (
                outer is not None
                and d.cue is not None
                and outer.span.start <= d.span.start
                and d.span.end <= outer.span.end
                and self._opens(outer) <= d.cue.start < outer.span.end
                and (
                    (showing(d) and (d.speaker is None or d.speaker.kind is not EntityKind.PERSON))
                    or self.polled(d)
                    # "B asked him to move the car, the court heard": the court's account
                    or (outer.cue is not None and text[outer.cue.start : outer.cue.end] in _HEARING)
                    or self.reported_within(outer, d)
                )
            ):
                continue
            keep.append(d)
            if outer is None or d.span.end > outer.span.end:
                outer = d
        return keep

    def reported_within(self, outer: _Draft, inner: _Draft) -> bool:
        """Whether a report inside the content of someone's saying is only part of what
        they said: their own act ("The airline said it had asked regulators to ...", "she
        said she had urged them to"), or one set in a condition ("said it would cancel
        flights if the union announced more strikes"). Another's report kept as a fact
        ("said the hackers had demanded $5 million", "said that the company had denied
        that A") and a verb of saying inside (a report of a report) keep their claims."""
        if outer.cue is None or inner.cue is None or outer.kind is ClaimKind.DIRECT:
            return False
        if not outer.cue.end <= outer.span.start <= inner.cue.start:
            return False
        toks, k = self.tokens, self.tok_index(inner.cue.start)
        if self.vc(k) == "say" or self.vc(self.tok_index(outer.cue.start)) != "say":
            return False
        for c in range(k - 1, max(k - 5, 1), -1):
            before = toks[c - 1].text
            if before in "\"”'’" and c > 2:
                before = toks[c - 2].text
            if self.lows[c] in _JOINED_REPORTS and before == ",":
                return False  # '..., though he stressed that B', '"...," but he insisted'
        if inner.speaker is None or outer.speaker is None:
            return False
        if inner.speaker.name == outer.speaker.name:
            return True
        sp = inner.speaker.span
        if sp is None or sp.start < outer.span.start:
            return False
        s = self.tok_index(sp.start)
        if s > 1 and self.lows[s - 1] in _DETERMINERS:
            s -= 1
        return s > 0 and self.lows[s - 1] in _CONDITIONS

    def polled(self, draft: _Draft) -> bool:
        """Whether a report's speakers are a share of those polled ("41% of voters said",
        "a third of respondents said"): inside a poll's report, the poll's finding."""
        sp = draft.speaker.span if draft.speaker is not None else None
        if sp is None:
            return False
        before = self.text[max(0, sp.start - 24) : sp.start].lower().split()
        words = before + self.text[sp.start : sp.end].lower().split()
        if "of" in words:
            k = len(words) - 1 - words[::-1].index("of")
            share = words[k - 1] if k else ""
            return share in _SHARES or share.endswith("%") or share in ("percent", "cent")
        return bool(before) and before[-1] in _SHARES  # "most voters said"

    def _opens(self, draft: _Draft) -> int:
        """Where a report's words begin: its cue when the content follows it ("said the
        result showed that A" holds "showed"), else its content."""
        cue = draft.cue
        if cue is not None and cue.end <= draft.span.start and draft.span.start - cue.end < 300:
            return cue.end
        return draft.span.start

    def _fragments_in(self, span: Span) -> list[Quote]:
        quotes = self.quotes
        k = bisect.bisect_left(self.quote_starts, span.start)
        out = []
        while k < len(quotes) and quotes[k].span.start < span.end:
            out.append(quotes[k])
            k += 1
        return out

    def according(self, idx: int, sent: Span) -> _Draft | None:
        toks = self.tokens
        cue = Span(toks[idx].start, toks[idx + 1].end)
        speaker = self.document_source(idx + 2, sent.end) or self.according_source(idx, sent)
        floor = self.window_start(idx, sent)
        before = self.text[floor : cue.start].strip()
        if before:
            content = Span(floor, cue.start)
        else:
            # "According to X, content." / "According to X, a researcher at Y, content."
            comma = self.text.find(",", cue.end, min(sent.end, cue.end + 300))
            if comma < 0:
                return None
            if speaker is not None and self.apposition_after(comma, speaker):
                second = self.text.find(",", comma + 1, min(sent.end, comma + 200))
                if second > 0:
                    comma = second
            content = Span(comma + 1, sent.end)
        return _Draft(content, ClaimKind.INDIRECT, cue, speaker, None, 0)

    def according_source(self, idx: int, sent: Span) -> Speaker | None:
        """Who or what "according to" (at token ``idx``) names, when it is no document: a
        person or body the registry knows, an anonymous source ("according to two
        officials"), or the phrase as written."""
        m = self.mention_at_token(idx + 2)
        if m is None and idx + 2 < len(self.tokens) and self.lows[idx + 2] in _ARTICLES:
            m = self.mention_at_token(idx + 3)
        if m is None:
            named = self.body_descriptor(idx + 2, sent.end)
            body = self.mention_at_token(named) if named else None
            after = self.text[body.span.end : body.span.end + 2] if body is not None else ""
            if (
                body is not None
                and body.span.start == self.tokens[named].start
                and not after.strip()[:1].isalpha()  # (not "data firm Kpler figures")
            ):
                # "according to market research firm ChipScope": the firm
                return self.as_body(
                    self.speaker_of(body)
                    or self.typed_phrase(
                        self.text[body.span.start : body.span.end], body.span, False
                    )
                )
        if m is not None:
            m = self.owned_mention(m)
        phrase = self.phrase_speaker(idx + 2, sent.end)
        if phrase is not None and phrase.kind is EntityKind.ANONYMOUS:
            return phrase
        speaker = self.speaker_of(m) if m is not None else self.bare_speaker(idx + 2)
        return phrase if speaker is None else speaker

    def owned_mention(self, m: Mention) -> Mention:
        """The body or person a place's possessive introduces: "according to Nepal's
        National Seismological Centre" is the centre, not Nepal; ``m`` otherwise."""
        if self.reg.entity(m).kind is not EntityKind.UNKNOWN:
            return m
        end = m.span.end
        if self.text[end : end + 2] not in ("'s", "’s"):
            return m
        nxt = self.reg.starting_from(end + 2)
        if (
            nxt is None
            or self.text[end + 2 : nxt.span.start] != " "
            or self.reg.entity(nxt).kind not in (EntityKind.ORGANIZATION, EntityKind.PERSON)
        ):
            return m
        return nxt

    def document_source(self, i: int, limit: int) -> Speaker | None:
        """The source when the noun phrase at token ``i`` (ending before offset ``limit``)
        is a document or data set: "company figures", "data from the statistics office",
        "a Reuters tally", "The study, published in ...", "Figures released by the
        ministry on Monday". Independent annotators give the source as written, of unknown
        kind, never the body that issued it; a person or body ("according to the
        ministry"), or a name that opens with a document word ("Statistics Canada"), gives
        None. The phrase runs to a comma, a clause or the limit."""
        toks, lows = self.tokens, self.lows
        n = len(toks)
        if i < n and lows[i] in _ARTICLES:
            i += 1
        head = -1
        k = i
        while k < n and toks[k].start < limit and k - i <= _MAX_DOC_MODIFIERS:
            if lows[k] in _DOCUMENTS:
                head = k
            elif head >= 0:
                break
            elif not self.modifier_token(k) and not (
                lows[k] == "of" and k > i and lows[k - 1] in _DOC_PARTITIVES
            ):
                return None  # "according to the head of the statistics office"
            k += 1
        if head < 0 or not self.ends_document(head, k, limit):
            return None
        end = head
        while (
            end + 1 < n
            and toks[end + 1].start < limit
            and end - head < _MAX_DOC_TAIL
            and (toks[end + 1].text not in _DOC_STOPS or self.initialism_dot(end + 1))
            and (lows[end + 1] not in _DOC_TAIL_STOPS or self.inside_name(end + 1))
        ):
            end += 1
        while end > head and (lows[end] in _BETWEEN or lows[end] in ("and", "or", "but")):
            end -= 1  # "Data published on Tuesday also showed": the subject alone
        span = Span(toks[i].start, toks[end].end)
        return Speaker(name=self.text[span.start : span.end], kind=EntityKind.UNKNOWN, span=span)

    def ends_document(self, head: int, k: int, limit: int) -> bool:
        """Whether the document noun at ``head`` ends its noun phrase (token ``k`` is the
        next): a preposition, a participle, a clause or the phrase's end may follow
        ("figures from", "data compiled by"), not another noun ("statistics office",
        "Statistics Canada"); a capitalised noun after other words is a name ("the U.S.
        Geological Survey"), unless the sentence opens with it ("Data published ...")."""
        toks, lows = self.tokens, self.lows
        if toks[head].text[:1].isupper() and not self.sentence_initial(head):
            return False
        if k >= len(toks) or toks[k].start >= limit:
            return True
        low = lows[k]
        return (
            toks[k].text in _DOC_STOPS
            or low in _PREPOSITIONS
            or low in _DOC_TAIL_STOPS
            or low in _DOC_FOLLOWERS
            or low in _BETWEEN  # "Government data also showed"
            or (low.endswith("ed") and toks[k].text.islower())
            or self.vc(k) is not None
        )

    def inside_name(self, k: int) -> bool:
        """Whether the lower-case word at ``k`` joins the words of one name ("Health and
        Safety Executive"): capitalised words on both sides."""
        toks = self.tokens
        return (
            0 < k < len(toks) - 1
            and toks[k - 1].text[:1].isupper()
            and toks[k + 1].text[:1].isupper()
        )

    def sentence_initial(self, k: int) -> bool:
        """Whether token ``k`` opens a sentence or paragraph (after an article's "the")."""
        if k > 0 and self.lows[k - 1] in _ARTICLES:
            k -= 1
        if k == 0:
            return True
        prev = self.tokens[k - 1]
        return prev.text in _SENTENCE_MARKS or "\n" in self.text[prev.end : self.tokens[k].start]

    def modifier_token(self, k: int) -> bool:
        """Whether token ``k`` may stand before a document's noun: a word, a number or a
        possessive ("the club's latest", "U.N.", "ship-tracking"), never a verb, a
        preposition or a conjunction."""
        text, low = self.tokens[k].text, self.lows[k]
        if text in _POSSESSIVE or self.initialism_dot(k):
            return True
        return (
            text.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalnum()
            and low not in _PREPOSITIONS
            and low not in _DOC_NOT_MODIFIERS
            and low not in _AUXILIARIES
            and self.vc(k) is None
        )

    def initialism_dot(self, k: int) -> bool:
        """Whether token ``k`` is the full stop of an initialism ("U.N. estimates")."""
        toks = self.tokens
        return (
            toks[k].text == "."
            and k > 0
            and toks[k - 1].end == toks[k].start
            and "." in toks[k - 1].text
        )

    def apposition_after(self, comma: int, speaker: Speaker) -> bool:
        """Whether the words after ``comma`` describe the person just named: "according
        to Rachel Cho, a researcher at Imperial College, ..." (not "..., the talks")."""
        if speaker.kind is not EntityKind.PERSON:
            return False
        start = comma + 1
        while start < len(self.text) and self.text[start] == " ":
            start += 1
        after = self.text[start : start + 7].lower()
        if after.startswith(("a ", "an ", "who ", "whose ")):
            return True
        m = self.reg.at(start)
        return m is not None and m.form == "role" and self.reg.entity(m).name == speaker.name

    def phrase_speaker(self, i: int, limit: int) -> Speaker | None:
        """Some source named by an unregistered phrase: "according to a report by ..."."""
        toks = self.tokens
        j = i
        while (
            j < len(toks)
            and toks[j].start < limit
            and (toks[j].text not in ",.;:" or self.abbreviation_dot(j))  # "with Mr. Antar"
            and j - i < 12
        ):
            j += 1
        if j == i:
            return None
        span = Span(toks[i].start, toks[j - 1].end)
        text = self.text[span.start : span.end]
        lowered = text.lower()
        first, _, rest = text.partition(" ")
        if first.lower() in _ARTICLES and rest:
            text = rest
        inside = [
            m
            for m in self.reg.in_span(span)
            if self.reg.entity(m).kind
            in (EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.ANONYMOUS, EntityKind.GROUP)
        ]
        anonymous = any(cue in lowered for cue in _ANONYMITY)
        words = text.split()
        if (
            not anonymous
            and len(words) == 2
            and first.lower() in _VAGUE_COUNTS
            and words[1] in self.lex.groups
            and words[1] not in _INFORMANTS
        ):
            # "according to several passengers": a share of a group that speaks as one
            return Speaker(name=text, kind=EntityKind.GROUP, span=span)
        if anonymous or (first.lower() in _COUNTS and len(words) > 1):
            return Speaker(name=text, kind=EntityKind.ANONYMOUS, span=span)
        if inside:
            # "a survey by the Nigeria Centre for Disease Control": the body behind it.
            return self.speaker_of(inside[-1])
        words = lowered.split()
        issued = next((k for k, w in enumerate(words) if w in _ISSUED), -1)
        if text.split(" ", 1)[0].lower() in _DOCUMENTS or issued >= 0:
            # "estimates from the consultancy Drewry", "an exit poll by Ipsos": a name of
            # unknown kind issues them.
            for m in reversed(self.reg.in_span(span)):
                ent = self.reg.entity(m)
                if ent.kind is EntityKind.UNKNOWN and m.form != "pronoun":
                    return Speaker(name=ent.name, kind=EntityKind.ORGANIZATION, span=m.span)
        if 0 <= issued < len(words) - 2 and words[issued + 1] in ("by", "from"):
            # "a statement from the force": a body known by its noun.
            tail = words[issued + 2 :]
            head = tail[-1]
            if (
                tail[0] in _DETERMINERS
                and len(tail) > 1
                and (head in self.lex.org_nouns or head in _BODY_WORDS)
            ):
                body = text.split()[-(len(tail) - 1) :]
                return Speaker(name=" ".join(body), kind=EntityKind.ORGANIZATION, span=span)
        return Speaker(name=text, kind=EntityKind.UNKNOWN, span=span)

    def with_apposition(self, comma: int, sent: Span) -> Speaker | None:
        """The person named in an apposition after ", with" whose comma (token ``comma``)
        comes right before a participle of saying: "..., with Sinn Féin's health
        spokesperson, Pádraig Furlong, accusing ..." is Furlong."""
        toks, lows = self.tokens, self.lows
        m = self.reg.ending_before(toks[comma].start)
        if (
            m is None
            or m.form != "name"
            or m.span.end != toks[comma].start
            or self.reg.entity(m).kind is not EntityKind.PERSON
        ):
            return None
        k = self.tok_index(m.span.start) - 1
        if k < 0 or toks[k].text != ",":
            return None
        j = k - 1
        while j > 0 and k - j <= 8 and toks[j].start >= sent.start and lows[j] != "with":
            if toks[j].text in _DOC_STOPS or self.vc(j) is not None:
                return None
            j -= 1
        if j < 1 or lows[j] != "with" or toks[j - 1].text != "," or j + 1 >= k:
            return None
        return self.speaker_of(m)

    def message_sender(self, idx: int, sent: Span) -> Speaker | None:
        """The subject of "issued a statement saying A" or "sent a letter to the judge
        asking that A": the message's sender reports A (a bounded look back)."""
        toks, lows = self.tokens, self.lows
        k = idx - 1
        while k > 1 and idx - k <= 8 and toks[k].start >= sent.start:
            if lows[k] in _SENT_MESSAGES and lows[k - 1] in _MESSAGE_DETERMINERS:
                break
            word = toks[k].text.replace(".", "")  # ("U.S. District Judge Ann Ruiz")
            if not (word == "" or word.isalpha()) or self.vc(k) is not None:
                return None
            if lows[k] in _MESSAGE_AUTHORS:
                return None  # ("released a letter from the suspect saying": the suspect's)
            k -= 1
        else:
            return None
        if k < 2 or toks[k - 2].start < sent.start:
            return None
        if not (
            lows[k - 2] in _MESSAGE_VERBS
            or (lows[k - 2] in _RELEASE_VERBS and lows[k] in _OWN_MESSAGES)
        ):
            # ("published a letter saying": the paper need not have written it)
            return None
        return self.clause_subject(sent.start, toks[k - 2].start)

    def with_subject(self, idx: int, sent: Span) -> Speaker | None:
        """The subject of a participle of saying after ", with" ("..., with the rest
        forecasting that A", "with officials saying that A"): a share of a group ("the
        rest", "some") is the group named last in the sentence before it; another noun
        phrase is its own speaker."""
        toks, lows = self.tokens, self.lows
        k = idx - 1
        while k > idx - 5 and k > 0 and toks[k].start >= sent.start and lows[k] != "with":
            if not toks[k].text.isalpha():
                return None
            k -= 1
        if lows[k] != "with" or k < 1 or toks[k - 1].text != "," or k + 1 >= idx:
            return None
        if _SHARES.isdisjoint(lows[k + 1 : idx]):
            m = self.reg.at(toks[idx - 1].start)
            if m is not None and m.span.start >= toks[k].end:
                return self.speaker_of(m)
            return self.noun_speaker(idx - 1, toks[k + 1].start)
        # (a bounded window: a long sentence with many such clauses stays linear)
        lo = max(sent.start, toks[k].start - 300)
        before = [
            m for m in self.reg.in_span(Span(lo, toks[k].start)) if m.form in ("group", "anonymous")
        ]
        return self.speaker_of(before[-1]) if before else None

    @cached_property
    def impersonal_verbs(self) -> set[int]:
        """The verbs of "it is understood that A" that the reporting-verb lexicon does not
        hold ("understood", "thought" are no cues elsewhere): read by ``impersonal``."""
        lows = self.lows
        out: set[int] = set()
        for at in self.thats:
            for verb in (at - 1, at - 3):  # ("it was announced on Tuesday that")
                if (
                    verb > 0
                    and lows[verb] in _IMPERSONAL_PASSIVES
                    and lows[verb] not in self.lex.verbs
                    and self.impersonal_that(verb) == at
                ):
                    out.add(verb)
        return out

    @cached_property
    def rejected_nouns(self) -> set[int]:
        """The nouns of "rejected suggestions that A" ("denied allegations that ..."): the
        noun right before "that", a rejecting verb at most two modifiers before it, and no
        possessive pronoun between, whose owner makes the claim ("rejected his claim that A")."""
        lows = self.lows
        out: set[int] = set()
        for at in self.thats:
            i = at - 1
            if lows[i] not in _REJECTED_NOUNS:
                continue
            v = i - 1
            if v > 1 and lows[v] in _OWNERS and lows[v - 1] in _REJECTING:
                out.add(i)  # "rejected his claim that A": his claim (rejected_report)
                continue
            while v > 0 and i - v <= 2 and lows[v] in _REJECTED_MODIFIERS:
                v -= 1
            if lows[v] in _REJECTING:
                out.add(i)
        return out

    @cached_property
    def thats(self) -> list[int]:
        """Where "that" stands from the third token on (both frames need words before it),
        found by C-level searches rather than a visit of every token: where the impersonal
        and rejecting frames are looked for."""
        lows = self.lows
        out: list[int] = []
        at = 1
        while True:
            try:
                at = lows.index("that", at + 1)
            except ValueError:
                return out
            out.append(at)

    def rejected_report(
        self, idx: int, sent: Span, last_speaker: dict[int, Speaker | None]
    ) -> _Draft | None:
        """ "He rejected suggestions that A", ", rejecting claims that A": claim A of the
        rejecter, the subject of the verb (of the sentence, after a comma's participle)."""
        toks = self.tokens
        v = idx - 1
        if self.lows[v] in _OWNERS:
            return self.owners_claim(idx, sent)
        while self.lows[v] in _REJECTED_MODIFIERS:
            v -= 1
        if toks[v].start < sent.start or idx + 2 >= len(toks):
            return None
        speaker: Speaker | None
        if self.lows[v].endswith("ing"):
            if v == 0 or toks[v - 1].text != ",":
                return None  # "after denying reports that A": no one named as the rejecter
            speaker = last_speaker.get(sent.start) or self.clause_subject(sent.start, toks[v].start)
        else:
            speaker = self.subject_of(v, sent.start)
        if speaker is None or self.in_headline(sent):
            return None
        start = idx + 2
        end = self.complement_end(start, sent)
        if end - toks[start].start < 3:
            return None
        return _Draft(Span(toks[start].start, end), ClaimKind.INDIRECT, toks[v].span, speaker)

    def quoting_verb(self, idx: int, asides: bool = False) -> int | None:
        """The "quoted" of "(was) quoted (by X / Y) as saying" whose "-ing" verb is at
        ``idx`` (a few words of channel, object or time may stand between), or None; with
        ``asides``, the object may hold a name or role set off by two commas ("quoted a
        Hamas official, Osama Hamdan, as saying")."""
        lows = self.lows
        if lows[idx - 1] != "as":
            return None
        commas = 0
        reach = 2 * _QUOTED_AS_WORDS if asides else _QUOTED_AS_WORDS
        for k in range(idx - 2, max(idx - reach, 0), -1):
            if lows[k] in _QUOTED_AS:
                return k if commas in (0, 2) else None
            if asides and lows[k] == "," and commas < 2 and (commas or k == idx - 2):
                commas += 1  # (the aside's closing comma right before "as", and its opening)
                continue
            if not _object_word(self.tokens[k].text.replace(".", "")) and not (
                self.abbreviation_dot(k)
            ):
                return None  # (a comma or a quote: another clause; not "Mr.")
        return None

    def quoted_as(self, idx: int) -> int | None:
        """The be-form of "was quoted (by X) as saying" whose "-ing" verb is at ``idx``,
        or None."""
        k = self.quoting_verb(idx)
        if (
            k is None
            or k < 2
            or self.lows[k - 1] not in _BE_FORMS
            or self.lows[k - 2] in _RELATIVE_WORDS
        ):
            return None  # ("The official, who was quoted as saying A, resigned")
        return k - 1

    def quoted_object(self, idx: int) -> Speaker | None:
        """The one an active "X quoted Y as saying" quotes (Y), for the "-ing" verb at
        ``idx``: the channel only relays Y's words ("Interfax quoted Mr. Lebed as saying
        that A", "state television quoted the minister as saying A")."""
        k = self.quoting_verb(idx, asides=True)
        if k is None or k + 1 >= idx - 1 or self.lows[k - 1] in _BE_FORMS:
            return None  # (the passive, or nothing quoted between the verb and "as")
        if self.lows[k + 1] in ("by", "in", "from"):
            return None  # ("quoted by the agency as saying": "was quoted" is the passive)
        # The object as a subject before a verb would be read ("President Putin's
        # spokesman", "sources close to the minister"), never reaching before it.
        floor = self.tokens[k + 1].start
        found = self.subject_of(idx - 1, floor)
        if found is not None and (found.span is None or found.span.start < floor):
            found = None  # (not "Local media quoted police": the object alone)
        if self.lows[idx - 2] == ",":
            # "quoted a Hamas official, Osama Hamdan, as saying": the name the aside gives,
            # never a body owning what comes before it ("the company's report, released")
            aside = next(j for j in range(k + 1, idx - 2) if self.lows[j] == ",")
            if found is None or found.span is None or found.span.start < self.tokens[aside].end:
                return None
        if found is None and k + 2 == idx - 1:
            found = self.bare_speaker(k + 1)  # "quoted police as saying"
        if found is None or found.kind is EntityKind.UNKNOWN or found.span is None:
            return self.quoted_issuer(k, idx)
        if found.name.lower() in _SCRIPTURES:
            return None  # ("quoted the Bible as saying": a text, not a source)
        if "and" in self.lows[k + 1 : self.tok_index(found.span.start)]:
            return None  # ("quoted him and his deputy as saying": two voices as one)
        m = self.reg.at(found.span.start)
        if m is not None and self.reg.entity(m).kind is EntityKind.UNKNOWN:
            return None  # ("Tass quoted Peskov": a name of unknown kind, left alone)
        if m is not None and m.span.start < floor:
            # ("Local media quoted police": a phrase read across the verb) as written
            name = self.text[found.span.start : found.span.end]
            return Speaker(name=name, kind=found.kind, span=found.span)
        return found

    def quoted_issuer(self, k: int, idx: int) -> Speaker | None:
        """The one "quoted him as saying" or "quoted the ministry's statement as saying"
        quotes (the pronoun's referent, the statement's issuer), for the verb "quoted" at
        ``k`` and the "-ing" verb at ``idx``; None for another document ("quoted the
        company's annual report as saying": a text's words, left alone)."""
        m = self.reg.ending_before(self.tokens[idx - 1].start)
        if m is None or m.span.start < self.tokens[k + 1].start:
            return None
        pronoun = m.form == "pronoun" and m.span.end == self.tokens[idx - 2].end
        if not pronoun and _paper_word(self.lows[idx - 2], self.lows[idx - 1]) != "statement":
            return None
        if self.reg.entity(m).kind is EntityKind.UNKNOWN:
            return None
        return self.speaker_of(m)

    def quoted_participle(self, idx: int) -> bool:
        """Whether the "-ing" verb at ``idx`` follows a word of its clause with no comma and
        opens a quote right after it ("marched chanting "..."", not "by saying "..."")."""
        toks, lows = self.tokens, self.lows
        if idx + 2 >= len(toks) or toks[idx + 1].text not in _OPEN_QUOTES:
            return False
        if self.in_quote(toks[idx + 2].start) is None or self.in_quote(toks[idx].start):
            return False
        prev = toks[idx - 1].text
        if lows[idx - 1] == "and":
            # "marched on Friday, waving flags and chanting "..."": joined to a participle
            # that a comma sets after the clause.
            return any(
                lows[k].endswith("ing") and toks[k - 1].text == ","
                for k in range(max(1, idx - 6), idx - 1)
            )
        return prev.isalpha() and lows[idx - 1] not in _NOT_BEFORE_PARTICIPLE

    def impersonal(self, idx: int, sent: Span) -> _Draft | None:
        """ "It was reported that A", "it is widely believed that A": an agentless passive
        with a dummy "it" reports A for no one, so the claim has no speaker (the
        project's rule for a source it cannot name: None rather than a guess)."""
        toks, lows = self.tokens, self.lows
        that = self.impersonal_that(idx)
        if that is None:
            return None
        j = idx - 1
        be = False
        while (
            j > 0
            and idx - j <= 4
            and (
                lows[j] in _IMPERSONAL_AUXILIARIES
                or lows[j] in _IMPERSONAL_ADVERBS  # "it was later confirmed that"
                or (lows[j].endswith("ly") and lows[j].isalpha())
            )
        ):
            be = be or lows[j] in _BE_WORDS
            if lows[j] in _MODALS:
                return None  # ("It should be said that A", "it may be argued": no report)
            j -= 1
        if not be or lows[j] != "it" or toks[j].start < sent.start or self.in_headline(sent):
            return None
        if j > 0 and toks[j].start > sent.start and lows[j - 1] in _IMPERSONAL_CONDITIONS:
            return None  # ("If it is confirmed that A, ...": nothing is reported yet)
        if toks[j].start > sent.start and not (
            toks[j - 1].text in (",", ";", ":") or lows[j - 1] in _CLAUSE_JOINS
        ):
            return None  # ("The ministry said it was understood that": the ministry's)
        start = that + 1
        if start >= len(toks):
            return None
        end = self.complement_end(start, sent)
        if end - toks[start].start < 3:
            return None
        cue = Span(toks[j + 1].start, toks[idx].end)
        return _Draft(Span(toks[start].start, end), ClaimKind.INDIRECT, cue, None, impersonal=True)

    def impersonal_that(self, idx: int) -> int | None:
        """The "that" after the verb of "it was reported that A" at ``idx``: right after
        it, or after a short time phrase ("it was announced on Tuesday that", "it was
        reported last week that"); None when the verb is none of those passives."""
        lows = self.lows
        if lows[idx] not in _IMPERSONAL_PASSIVES:
            return None
        if lows[idx + 1 : idx + 2] == ["that"]:
            return idx + 1
        if (
            lows[idx + 1 : idx + 2] != []
            and lows[idx + 1] in _TIME_LEADS
            and lows[idx + 2 : idx + 3] != []
            and lows[idx + 2] in _TIME_NOUNS
            and lows[idx + 3 : idx + 4] == ["that"]
        ):
            return idx + 3
        return None

    def owners_claim(self, idx: int, sent: Span) -> _Draft | None:
        """ "The judge rejected his claim that A": A is claimed by the person "his" points
        to, never the rejecter (the subject of the verb), within a few mentions back."""
        toks = self.tokens
        owner_tok, verb = idx - 1, idx - 2
        if idx + 2 >= len(toks) or toks[verb].start < sent.start or self.in_headline(sent):
            return None
        rejecter = self.subject_of(verb, sent.start)
        gender = _OWNER_GENDER.get(self.lows[owner_tok])
        at = toks[owner_tok].start
        for _ in range(_KIN_REACH):
            m = self.reg.ending_before(at)
            if m is None:
                return None
            at = m.span.start
            ent = self.reg.entity(m)
            if (
                ent.kind is not EntityKind.PERSON
                or m.form == "pronoun"
                or not ent.name[:1].isupper()
            ):
                continue  # (a named person: "a man in March" is no one to hold a claim)
            if gender is not None and ent.gender is not None and ent.gender != gender:
                continue
            speaker = self.speaker_of(m)
            if speaker is None or (rejecter is not None and speaker.name == rejecter.name):
                continue
            start = idx + 2
            end = self.complement_end(start, sent)
            if end - toks[start].start < 3:
                return None
            cue = Span(toks[owner_tok].start, toks[idx].end)
            return _Draft(Span(toks[start].start, end), ClaimKind.INDIRECT, cue, speaker)
        return None

    def reported(
        self, idx: int, cls: str, sent: Span, last_speaker: dict[int, Speaker | None]
    ) -> _Draft | None:
        toks = self.tokens
        tok = toks[idx]
        text = self.text
        prev = toks[idx - 1] if idx > 0 else None
        be = self.progressive_be(idx)  # ("the union is calling for": a finite verb)
        if (impersonal := self.impersonal(idx, sent)) is not None:
            return impersonal
        if prev is not None and self.lows[idx - 1] in _NOT_BEFORE_VERB and be is None:
            return self.told_by(idx, sent)  # "declined to say", "the claims", "a note"
        if self.lows[idx] in _PASSIVE_OF and self.lows[idx + 1 : idx + 2] == ["of"]:
            return None  # "a doctor accused of supplying EPO": what he is accused of
        if self.in_according(idx):
            return None  # "according to U.N. estimates": a noun in the source's phrase
        if self.channel_participle(idx):
            return None  # "The RSF, in a statement posted on Telegram, welcomed"
        participle = self.lows[idx].endswith("ing") and be is None
        if (
            self.lows[idx] in _CRY_PARTICIPLES
            and self.lows[idx + 1 : idx + 2] != ["that"]
            and not (participle and prev is not None and self.quoted_participle(idx))
        ):
            return None  # ('were chanting "No war"', 'kept shouting "Out!"': a cry, no report)
        speaker: Speaker | None = None
        subject_left = False
        spoke = False
        if participle and cls == "for" and self.opens_sentence(idx, sent):
            # "Calling for calm, the mayor said ...": the subject after the comma.
            speaker = self.subject_after_comma(idx, sent)
            if speaker is None:
                return None
        elif participle and prev is not None and self.lows[idx - 1] in _PARTICIPLE_LEADS:
            # "Halbrook will close 42 stores after warning that A": the clause's subject.
            speaker = last_speaker.get(sent.start) or self.clause_subject(sent.start, tok.start)
            if speaker is None:
                return None
        elif participle and prev is not None and (quoted := self.quoted_as(idx)) is not None:
            # "An official was quoted by local media as saying that A": the one quoted, the
            # subject of "was quoted", not the channel that quoted them.
            speaker = self.subject_of(quoted, sent.start) or self.clause_subject(
                sent.start, toks[quoted].start
            )
            if speaker is None or (speaker.kind is EntityKind.UNKNOWN and not self.agent(speaker)):
                return None  # ("The remarks were quoted as saying too much": no one)
        elif participle and prev is not None and (object_ := self.quoted_object(idx)):
            speaker = object_  # "Interfax quoted Mr. Lebed as saying that A": Lebed
        elif participle and prev is not None and self.quoted_participle(idx):
            # "Children marched through the square chanting "We will win!"": a participle
            # of saying right before a quote reports it for the clause's subject.
            speaker = self.clause_subject(sent.start, tok.start)
            if speaker is None:
                return None
        elif participle and prev is not None and prev.text != ",":
            # "..., with the rest forecasting that A": the phrase after "with" is the subject.
            speaker = self.with_subject(idx, sent) or self.message_sender(idx, sent)
            if speaker is None:
                return None
        elif participle:
            if prev is None or prev.text != ",":
                return None
            speaker = self.with_apposition(idx - 1, sent) or last_speaker.get(sent.start)
            if speaker is None:
                # "A spokesman rejected the criticism, saying ...": the sentence's subject.
                speaker = self.clause_subject(sent.start, tok.start)
            if speaker is None:
                return None
        elif (
            prev is not None
            and prev.text in (",", "”", '"')
            and self.inverted(idx)
            # "His wife, Aminata, said their daughter, who ...": a subject before the verb
            and (prev.text != "," or self.name_for_description(idx - 1, sent.start) is None)
        ):
            speaker = None  # ", said a spokesman for Kyle.": the speaker follows the verb
        elif self.noun_compound(idx) or (cls in ("for", "obj") and self.demand_noun(idx)):
            return None  # "welcomed the investment pledge": a noun, not a verb
        elif (
            prev is not None
            and self.lows[idx - 1].endswith("ed")
            and self.lows[idx + 1 : idx + 2] in (["by"], ["from"])
            and "that" in self.lows[idx + 2 : idx + 10]
        ):
            # "Okafor rejected claims by opposition lawmakers that A": a noun here, and the
            # claim is theirs.
            m = self.subject_after(idx + 1)
            if m is None or m.form == "pronoun":
                return None
            speaker = self.speaker_of(m)
        else:
            document = self.document_subject(sent, idx)
            speaker = self.document_speaker(sent, idx) if document else None
            if not document and self.lows[idx - 1] in _DOCUMENTS:
                first = self.subordinate_document(idx)
                if first is not None:
                    document = True
                    speaker = self.document_speaker(sent, idx, first)
            if speaker is None:
                speaker = self.subject_of(idx if be is None else be, sent.start)
            if speaker is None and self.joined_verb(idx):
                # "The weather service said A, and warned that B", 'X called it "unjust"
                # and warned that B': the earlier report's speaker, when no subject of the
                # sentence's own is found for the verb.
                speaker = last_speaker.get(sent.start) or next(
                    (
                        d.speaker
                        for d in reversed(self.named[-4:])  # (bounded work per verb)
                        if d.cue is not None and sent.start <= d.cue.start < tok.start
                    ),
                    None,
                )
                spoke = speaker is not None  # (a speaker already: "claimed A and threatened")
            if speaker is None:
                speaker = self.document_it(idx, sent)
            subject_left = speaker is not None
            if speaker is not None and cls in ("strict", "ask") and document:
                cls = "say"
        if self.lows[idx] in _AGENT_ONLY and self.after_relative_pronoun(idx):
            # "A man who threatened to blow up a plane was arrested": the threat describes
            # him; what follows is the main clause, not what he said.
            return None
        if (be is not None or self.lows[idx] in _AGENT_ONLY) and speaker is not None:
            if not (spoke or self.agent(speaker)):
                # "Floods threaten to cut off the city", "The hardest part is telling
                # families that ...": no one speaks
                return None
            if speaker.span is not None and self.opens_subordinate(speaker.span.start):
                return None  # "When the council threatened to sell the site, ...": a setting
        # "She said it would be ..." with no one she could be: a claim, speaker unknown.
        orphan = speaker is None and not participle and self.pronoun_before(idx, sent)
        # Complement after the verb?
        comp = self.complement(idx, cls, sent) if speaker is not None or orphan else None
        if comp is not None and orphan:
            return _Draft(comp, ClaimKind.INDIRECT, tok.span, None)
        if comp is not None and subject_left and self.content_before(idx, comp, speaker, sent):
            comp = None  # "A, officials said on Sunday, in the latest ...": the report is A
        if comp is not None and _name_withheld(self.text[comp.start : comp.start + 40]):
            return None  # "who asked that her surname not be used": no claim
        if comp is not None and subject_left and self.object_gap(speaker, comp):
            return None  # "the investment the industry says it needs by 2030"
        if comp is not None and speaker is not None:
            return _Draft(comp, ClaimKind.INDIRECT, tok.span, speaker)
        if cls in _OBJECT_ONLY_CLASSES:
            return None  # ("After the meeting, Hale thanked the workers": no content before)
        # "content, the ministry said." / "content, said Keller."
        if subject_left and speaker is not None and speaker.span is not None:
            left_end = speaker.span.start
            k = self.tok_index(left_end) - 1
            if k > 0 and toks[k].text == "." and self.lows[k - 1] in self.lex.honorifics:
                k -= 1  # "..., Ms. Keller said": the honorific opens the subject
            if k >= 0 and self.lows[k] in self.lex.honorifics:
                left_end = toks[k].start
            left_end = self.role_before(left_end, speaker)
            if self.lows[self.tok_index(speaker.span.start)] in _RELATIVES:
                return None  # ("a move that parents condemned": the registry's "that")
            # "..., data from the research firm Dataforce show.": a phrase around the name.
            k = self.tok_index(left_end) - 1
            steps = 0
            while (
                k > 0
                and steps < 6
                and _strip_s(toks[k].text).isalpha()  # "the country's coast guard"
                and self.vc(k) is None
            ):
                if self.lows[k] in _CLAUSE_OPENERS:
                    return None  # "Elena laughs when he tells the story": no report
                if self.lows[k] in _RELATIVES and steps == 0:
                    return None  # "A, a step that lawmakers condemned.": a relative clause
                k -= 1
                steps += 1
            if steps and toks[k].text == ",":
                left_end = toks[k + 1].start
        elif (
            speaker is None
            and idx > 1
            and self.lows[idx - 1] in _PRONOUN_SUBJECTS
            and toks[idx - 2].text in (",", "”", '"')
        ):
            # "Talks would resume, he said." with no one "he" can be: a claim all the same.
            left_end = toks[idx - 1].start
            orphan = True
        else:
            if prev is None or prev.text not in (",", "”", '"') or not self.inverted(idx):
                return None
            m = self.subject_after(idx)
            if m is None:
                return None
            speaker = self.speaker_of(m)
            left_end = tok.start
        floor = self.after_reported_contrast(self.window_start(idx, sent), left_end)
        head = text[floor:left_end].rstrip()
        if not head.endswith((",", "”", '"')) or (speaker is None and not orphan):
            return None
        if not self.ends_clause(idx, sent):
            return None
        content = Span(floor, floor + len(head) - 1)
        if head[:-1].strip(' "“”').lower() in _CONNECTIVES and self.subject_opens(idx, sent):
            # "Rather, Mr. Perlman said, the company will bid": a connective is no report;
            # what was said follows the attribution (no claim when nothing does).
            rest = self.after_attribution(idx, sent)
            if rest is None:
                return None
            content = Span(rest, sent.end)
            if speaker is not None and speaker.kind is EntityKind.PERSON:
                speaker = self.spoken_for_subject(speaker, content) or speaker
            return _Draft(content, ClaimKind.INDIRECT, tok.span, speaker)
        tail = self.parenthetical_tail(idx, sent)
        if tail is not None:
            # "The economy, the minister said, would recover": the whole sentence is
            # what was said, the attribution inside it.
            content = Span(floor, tail)
        if speaker is not None and speaker.kind is EntityKind.PERSON:
            speaker = self.spoken_for_subject(speaker, content) or speaker
        return _Draft(content, ClaimKind.INDIRECT, tok.span, speaker)

    def subject_opens(self, idx: int, sent: Span) -> bool:
        """Whether the words after ", X said," (verb at ``idx``) open a clause with its own
        subject ("Rather, he said, the company will bid"), not a predicate whose subject is
        the opening word ("Now, he said, is the time", "Then, he said, came the flood")."""
        rest = self.after_attribution(idx, sent)
        if rest is None:
            return True  # (the connective rule itself finds no claim)
        low = self.lows[self.tok_index(rest)]
        return not (_finite_like(low) or low in _BE_FORMS)

    def verb_next(self, k: int) -> bool:
        """Whether token ``k`` is a lower-case verb opening a second predicate after "and"
        ("and stopped", "and temporarily stopped", "and would"): a reporting verb, a past
        form, an auxiliary or a modal, not a word of a phrase ("and on its website")."""
        if k < len(self.tokens) and (self.lows[k] in _BETWEEN or self.lows[k].endswith("ly")):
            k += 1  # ("and temporarily stopped")
        if k >= len(self.tokens) or not self.tokens[k].text.islower():
            return False
        low = self.lows[k]
        return (
            self.vc(k) is not None
            or low in _AUXILIARIES
            or low in _MODALS
            or (low.endswith("ed") and low.isalpha())
        )

    def after_relative_pronoun(self, idx: int) -> bool:
        """Whether the verb at ``idx`` has a relative pronoun for its subject ("who
        threatened", "that had threatened", "who has long threatened"): auxiliaries and
        adverbs between are skipped."""
        k = idx - 1
        while k > 0 and idx - k <= 3 and (self.lows[k] in _AUXILIARIES or self.lows[k] in _BETWEEN):
            k -= 1
        return k >= 0 and self.lows[k] in _RELATIVE_WORDS

    def agent(self, speaker: Speaker) -> bool:
        """Whether a subject is known to be someone who can speak, told positively (a
        capitalised word reads as a name or a body whatever it is: "Floods", "Hurricane
        Andrew", "The Yangtze"): a group or unnamed people, a role, a head noun for people
        or bodies, a person with a known first name or family name, a country, an acronym
        or a name with a word of bodies ("Workers Party")."""
        if speaker.kind in (EntityKind.GROUP, EntityKind.ANONYMOUS) or speaker.role:
            return True
        words = speaker.name.split()
        if not words:
            return False
        lex = self.lex
        heads = [words[-1].lower()]
        m = None if speaker.span is None else self.reg.at(speaker.span.start)
        if m is not None and m.form != "pronoun":
            # ("A ransomware group calling itself BlackTide": the group's noun, as mentioned)
            mentioned = self.reg.entity(m).mentions[:4]  # (bounded work per verb)
            heads += [self.text[s.start : s.end].rpartition(" ")[2].lower() for s in mentioned]
        if any(
            head in lex.roles
            or head in lex.groups
            or head in lex.org_nouns
            or head in _PLURAL_GROUPS
            or head in _ORG_WORDS
            or head.endswith(_PEOPLE_SUFFIXES)
            for head in heads
        ):
            return True
        if speaker.kind is EntityKind.PERSON:
            return words[0] in _FIRST_NAMES or words[-1] in _surnames()
        return (
            speaker.name in _PLACES
            or (len(words) > 1 and words[0].lower() in _PLACE_OPENERS)
            or (speaker.name.isupper() and len(speaker.name) > 1)
            or speaker.name in _surnames()
            or not _ORG_WORDS.isdisjoint(w.lower() for w in words)
        )

    def told_by(self, idx: int, sent: Span) -> _Draft | None:
        """ "was told by State Department officials that A": in the passive, a report by
        the agent after "by", when a "that" clause follows it; else None."""
        lows = self.lows
        if (
            lows[idx] not in _TOLD_PASSIVES
            or lows[idx - 1] not in _BE_FORMS | {"been"}
            or lows[idx + 1 : idx + 2] != ["by"]
        ):
            return None
        if not self.told_someone(idx - 1):
            return None  # "The story was told by a man that I met": no one was told
        m = self.subject_after(idx + 1)
        if m is not None and m.form == "pronoun":
            return None
        if m is not None:
            after = self.tok_index(m.span.end)
            speaker = self.speaker_of(m)
        else:
            # "were told by the crew that", "by regulators that": a noun the registry left
            after, speaker = self.plain_agent(idx + 2)
        if after >= len(lows) or lows[after] != "that":
            return None
        comp = self.complement(idx, "that", sent)
        if speaker is None or comp is None or comp.start < self.tokens[after].end:
            return None
        return _Draft(comp, ClaimKind.INDIRECT, self.tokens[idx].span, speaker)

    def plain_agent(self, i: int) -> tuple[int, Speaker | None]:
        """The speaker a plain noun phrase of people or bodies opening at token ``i`` stands
        for ("the crew", "regulators", "airline staff"), with the token after it; the
        speaker is None when the phrase ends in no such noun."""
        toks, lows = self.tokens, self.lows
        start = i
        if i < len(toks) and lows[i] in _DETERMINERS:
            i += 1
        k = i
        while (
            k < len(toks)
            and k - i < 3
            and toks[k].text.isalpha()
            and toks[k].text.islower()
            and lows[k] not in _RELATIVE_WORDS
        ):
            k += 1
        if k == i:
            return k, None
        head = lows[k - 1]
        if not (self.people_noun(k - 1) or head in self.lex.org_nouns or head in self.lex.roles):
            return k, None
        span = Span(toks[start].start, toks[k - 1].end)
        name = self.text[toks[i].start : span.end]
        return k, self.typed_phrase(name, span, self.people_noun(k - 1))

    def told_someone(self, be: int) -> bool:
        """Whether the subject before the passive's "was"/"were" at ``be`` is someone who
        can be told a thing: a pronoun for people, a plural of people or a speaker."""
        k = be - 1
        if k > 0 and self.lows[k] in _BETWEEN:
            k -= 1
        if k < 0:
            return False
        low = self.lows[k]
        if (
            low in _PRONOUN_SUBJECTS
            or self.people_noun(k)
            or low in self.lex.roles
            or low in self.lex.org_nouns
            or low in _KIN  # ("The boy was told by his mother that")
            or low in _HEARERS  # ("the jury was told by a pathologist that")
        ):
            return True
        if low in _CONJUNCTIONS:
            return True  # "His lawyer asked for a visa, but was told by": the lawyer
        m = self.reg.ending_before(self.tokens[k].end + 1)
        if m is None or m.span.end != self.tokens[k].end or m.form == "pronoun":
            return False
        speaker = self.speaker_of(m)
        return speaker is not None and self.agent(speaker)

    def opens_subordinate(self, start: int) -> bool:
        """Whether the subject starting at offset ``start`` opens a subordinate clause
        ("when the council ...", "after the union ..."): a subordinator right before it."""
        s = self.tok_index(start)
        if s > 0 and self.lows[s - 1] in _DETERMINERS:
            s -= 1
        return s > 0 and self.lows[s - 1] in _SUBORDINATORS

    def progressive_be(self, idx: int) -> int | None:
        """The token of "is"/"are"/"was"/"were" before the "-ing" verb at ``idx`` ("the
        union is calling for", "Ardania was demanding", "they are still pushing for"),
        with at most one adverb between, or None."""
        if not self.lows[idx].endswith("ing"):
            return None  # (the common case)
        k = idx - 1
        if k > 0 and self.lows[k] in _BETWEEN:
            k -= 1
        if k > 0 and self.lows[k] in _BE_FORMS and self.tokens[k].text.islower():
            return k
        return None

    def after_reported_contrast(self, floor: int, left_end: int) -> int:
        """Where a closing attribution's content starts: after ", while" when a report of
        its own comes before it ("New Delhi said A, while B, the ministry said": B)."""
        toks, lows = self.tokens, self.lows
        first = self.tok_index(floor)
        said = False
        k = first
        stop = min(len(toks) - 2, first + _MAX_TOKENS)  # (bounded: linear however long)
        while k < stop and toks[k].start < left_end:
            if self.vc(k) == "say" and k > first and self.reg.ending_before(toks[k].start):
                said = True
            elif said and toks[k].text == "," and lows[k + 1] in _WHILE:
                return toks[k + 2].start
            k += 1
        return floor

    def channel_participle(self, idx: int) -> bool:
        """Whether the verb at ``idx`` is a participle describing a statement or post
        named after a preposition ("in a statement posted on Telegram", "in a letter
        published on Monday"): no subject and its verb."""
        lows = self.lows
        k = idx - 1
        if k < 1 or (lows[k] not in _CHANNELS and lows[k] not in _DOCUMENTS):
            return False
        if not lows[idx].endswith("ed") or self.takes_content(idx + 1):
            return False  # ("Critics of the remarks argued that A": a verb and its content)
        toks, p = self.tokens, k - 1
        while (
            p > 0
            and k - p <= 3
            and lows[p] not in _PREPOSITIONS
            and toks[p].text.isalpha()
            and toks[p].text.islower()
            and self.vc(p) is None
        ):
            p -= 1  # ("in a joint statement posted", "in a brief video released")
        return lows[p] in _PREPOSITIONS

    def takes_content(self, j: int) -> bool:
        """Whether the word at ``j`` starts what a verb of saying reports ("argued that",
        "claimed they", "reported hearing", "insisted the"): a passive participle of
        publication ("posted on", "released Monday") takes none of these."""
        if j >= len(self.lows):
            return False
        low = self.lows[j]
        return (
            low == "that"
            or low in _PRONOUN_SUBJECTS
            or low in _DETERMINERS
            or (low.endswith("ing") and self.tokens[j].text.islower())
        )

    def role_before(self, left_end: int, speaker: Speaker) -> int:
        """Where a trailing subject starts when the person's role stands before the name
        between commas: "A, its director, Mary Okoro, said" (the role is no part of A)."""
        named = self.reg.at(left_end if speaker.span is None else speaker.span.start)
        if named is None or named.form not in ("name", "surname"):
            return left_end  # ("The captain, he said, had ...": the role is the content's)
        k = self.tok_index(left_end) - 1
        if k < 1 or self.tokens[k].text != ",":
            return left_end
        m = self.reg.ending_before(self.tokens[k].start)
        if (
            m is None
            or m.form != "role"
            or m.span.end != self.tokens[k].start
            or self.reg.entity(m).name != speaker.name
        ):
            return left_end
        return m.span.start

    def in_according(self, idx: int) -> bool:
        """Whether the word at ``idx`` is in an "according to" phrase a few words on,
        with no comma between ("according to U.N. estimates", "according to police
        figures")."""
        for k in range(idx - 1, max(idx - 6, 0), -1):
            low = self.lows[k]
            if low in (",", ";", ":") or self.tokens[k].text in _QUOTE_CHARS:
                return False
            if low == "to" and self.lows[k - 1] == "according":
                return True
        return False

    def document_it(self, idx: int, sent: Span) -> Speaker | None:
        """The document "it" stands for before the verb at ``idx`` when the claim just
        before was a document's and the registry knows no body "it" could be ("..., according
        to the report. Youth joblessness was higher, it said")."""
        last = self.last_document
        j = idx - 1
        if j > 0 and self.lows[j] in _BETWEEN:
            j -= 1
        if last is None or j < 1 or self.lows[j] != "it" or self.tokens[j].start < sent.start:
            return None
        if self.tokens[j - 1].text != "," or self.tokens[j].start - last[0] > _DOCUMENT_IT_REACH:
            return None  # (only ", it said", close behind the document's claim)
        doc = last[1]
        return Speaker(name=doc.name, kind=doc.kind, span=self.tokens[j].span)

    def joined_verb(self, idx: int) -> bool:
        """Whether the verb at ``idx`` is joined to an earlier one by "and"/"but" alone
        ("said A, and warned that B", "and also said")."""
        j = idx - 1
        if j > 0 and self.lows[j] in _BETWEEN:
            j -= 1
        return j > 0 and self.lows[j] in ("and", "but")

    def spoken_for_subject(self, speaker: Speaker, content: Span) -> Speaker | None:
        """The body an unnamed spokesperson speaks for when the words they report open
        with it: "The company has also notified regulators ..., a spokeswoman said" is the
        company's (named or resolved by the registry)."""
        if speaker.role is not None and speaker.role != speaker.name:
            return None
        if speaker.name.lower().rsplit(" ", 1)[-1] not in _MOUTHPIECES:
            return None
        m = self.reg.starting_from(_after_dateline(self.text, content.start, content.end))
        if m is None or self.tok_index(m.span.start) - self.tok_index(content.start) > 1:
            return None
        ent = self.reg.entity(m)
        if ent.kind is not EntityKind.ORGANIZATION or m.form == "pronoun":
            return None
        word = speaker.name.rsplit(" ", 1)[-1]
        return Speaker(name=ent.name, kind=EntityKind.ORGANIZATION, role=word, span=speaker.span)

    def this_subject(self, j: int) -> bool:
        """Whether "this" at ``j`` opens the reported clause ("said this city could
        erupt", "said this was the end"), not a time ("said this week")."""
        if self.lows[j] != "this" or j + 1 >= len(self.tokens):
            return False
        nxt = self.lows[j + 1]
        if not _strip_s(nxt).isalpha() or nxt in _NOT_AFTER_THIS:
            return False  # ("said this in an interview", "said this, adding ...")
        if self.tokens[j + 1].text.islower() and (nxt in _MODALS or nxt in _AUXILIARIES):
            return True  # ("said this may be his last season": the modal, not the month)
        if nxt not in _THIS_TIMES and nxt not in _WEEKDAYS and nxt not in _TIME_WORDS:
            return True
        # "said this time would be different", "said this march would be peaceful": a
        # time noun with a verb of its own right after it is the clause's subject.
        after = self.lows[j + 2] if j + 2 < len(self.tokens) else ""
        return self.tokens[j + 1].text.islower() and (after in _MODALS or after in _AUXILIARIES)

    def after_attribution(self, idx: int, sent: Span) -> int | None:
        """Where the clause starts after ", X said," whose verb is at ``idx`` (a few words
        of time may follow the verb: "said Monday,"), or None when the sentence ends."""
        toks = self.tokens
        for k in range(idx + 1, min(idx + 5, len(toks) - 1)):
            if toks[k].start >= sent.end or toks[k].text in '.!?;:"“”':
                return None
            if toks[k].text == ",":
                nxt = toks[k + 1]
                return nxt.start if nxt.start < sent.end and nxt.text.isalnum() else None
        return None

    def parenthetical_tail(self, idx: int, sent: Span) -> int | None:
        """Where a sentence ends whose report goes on after ", X said," with the rest of
        its clause ("..., he explains, had suggested", "..., she says, she thought"), or
        None when the attribution closes the report."""
        toks, lows = self.tokens, self.lows
        first = self.tok_index(sent.start)
        while first < idx and toks[first].text in _QUOTE_CHARS:
            first += 1
        commas = [k for k in range(first, idx) if toks[k].text == ","]
        subordinate = lows[first] in _SUBORDINATORS
        # A fronted adverbial of three words or more before ", X said," ("When the mine
        # closed", "Rather than fight", "Despite the losses") only opens the clause the
        # cue interrupts; a shorter one is a connective ("In fact, he said, A": A). Its
        # comma must be the attribution's: after "Under the deal, A, officials said," A
        # is a whole clause, and what follows the cue is a report of its own.
        fronted = (
            len(commas) == 1
            and commas[0] - first >= 3
            and (
                subordinate
                or lows[first] in _OPENING_PREPOSITIONS
                or lows[first] in _PREPOSITIONS
                or lows[first] in _FRONTED_OPENERS
            )
        )
        k = idx + 1
        while k < len(toks) and k - idx <= 10 and toks[k].start < sent.end:
            text = toks[k].text
            if text == ",":
                nxt = k + 1
                if nxt + 1 >= len(toks) or toks[nxt + 1].start >= sent.end:
                    return None
                low = lows[nxt]
                if low in _AUXILIARIES or low in _MODALS or low in _FINITE:
                    return sent.end
                if (subordinate or fronted) and (
                    low in _CLAUSE_START or toks[nxt].text[0].isupper()
                ):
                    return sent.end  # "When the mine closed, she says, the town emptied"
                if (
                    fronted
                    and self.vc(nxt) is None
                    and not low.endswith("ing")
                    and self.has_finite(nxt + 1, toks[min(nxt + 3, len(toks) - 1)].end)
                ):
                    # a bare noun subject and its verb ("Rather than fight, she said, pay
                    # will rise"), not a participle of saying ("..., she said, adding that")
                    return sent.end
                if low in _PRONOUN_SUBJECTS and (
                    lows[nxt + 1] in _FINITE
                    or lows[nxt + 1] in _AUXILIARIES
                    or lows[nxt + 1] in _MODALS
                    or (lows[nxt + 1].endswith("ed") and self.vc(nxt + 1) is None)
                ):
                    return sent.end
                return None
            if text in '.!?;:"“”' or self.vc(k) is not None:
                return None
            k += 1
        return None

    def pronoun_before(self, idx: int, sent: Span) -> bool:
        """Whether a subject pronoun opens the clause of the verb at ``idx`` ("She said",
        "It would be ..., he later said" is not this: the pronoun must open a clause)."""
        j = idx - 1
        if j >= 0 and self.lows[j] in _BETWEEN:
            j -= 1
        if j < 0 or self.lows[j] not in ("he", "she", "they") or self.tokens[j].start < sent.start:
            return False  # (not "I think", "we hope": a transcript's speaker, not a report)
        return j == 0 or self.tokens[j - 1].start < sent.start or self.lows[j - 1] in ("and", "but")

    def content_before(self, idx: int, comp: Span, speaker: Speaker | None, sent: Span) -> bool:
        """Whether a clause before the subject, not the words after the verb, is what was
        said: "Gunmen killed 23 people, officials said on Sunday, in the latest attack"
        (the words after the verb follow a comma and no "that")."""
        if speaker is None or speaker.span is None:
            return False
        gap = self.text[self.tokens[idx].end : comp.start]
        if "," not in gap or " that " in f" {gap} ":
            return False
        floor = self.window_start(idx, sent)
        # ", the Athletics Integrity Unit said on Thursday,", ", the national statistics
        # institute INE said on Monday,": the words of the subject before its name.
        last = self.tok_index(speaker.span.start)
        k, steps = last - 1, 0
        while k > 0 and steps < 6 and self.tokens[k].text.isalpha() and self.vc(k) is None:
            k -= 1
            steps += 1
        if self.tokens[k].text == "," and self.tokens[k].start >= floor:
            last = k + 1
        before = self.text[floor : self.tokens[last].start].rstrip()
        if not before.endswith(","):
            return False
        first = self.tok_index(floor)
        return last - first >= 5 and self.has_finite(first, speaker.span.start)

    def window_start(self, idx: int, sent: Span) -> int:
        """Where content before the cue at ``idx`` may start: the sentence, at most
        ``_MAX_TOKENS`` tokens back (a bound that keeps run-on text linear)."""
        lo = idx - _MAX_TOKENS
        if lo > 0 and self.tokens[lo].start > sent.start:
            return self.tokens[lo].start
        return sent.start

    def ends_clause(self, idx: int, sent: Span) -> bool:
        """After ", X said" the sentence ends, or goes on with an adjunct or ", adding"."""
        toks = self.tokens
        j = idx + 1
        m = self.subject_after(idx)
        if m is not None:
            j = self.past_affiliation(m)
        if self.lows[idx].startswith(("tell", "told")) and m is None:
            # "..., Keller told reporters." / "told the BBC": the hearer.
            hops = 0
            while j < len(toks) and hops < 3 and toks[j].text.isalpha():
                if self.lows[j] in _ADJUNCT_START:
                    break
                j += 1
                hops += 1
        if j >= len(toks) or toks[j].start >= sent.end:
            return True
        first = toks[j].text
        if first in '.!?;,"”’)—–':
            return True
        told = self.lows[idx].startswith(("tell", "told")) and self.lows[j] in _MEDIUM_LEAD
        if self.lows[j] not in _ADJUNCT_START and self.lows[j] not in _WEEKDAYS and not told:
            return False  # "X indicated it had a stake": a verb with its own complement
        count = 0
        # (longer where it says where a statement was carried: "in a statement carried by
        # the official IRNA news agency", not "agreed last week to relax the terms of ...")
        carried = any(low in _STATEMENTS for low in self.lows[j : j + 5])
        limit = _MAX_ADJUNCT_TOKENS if carried else 10
        while j < len(toks) and toks[j].start < sent.end and count < limit:
            if toks[j].text in ".!?;,":
                return True
            count += 1
            j += 1
        return j >= len(toks) or toks[j].start >= sent.end

    def complement(self, idx: int, cls: str, sent: Span) -> Span | None:
        """The reported content after the verb at ``idx``, if it takes one here."""
        toks = self.tokens
        n = len(toks)
        j = idx + 1
        if j >= n or toks[j].start >= sent.end:
            return None
        low = self.lows[j]
        verb = self.lows[idx]
        if low == "against" and verb in _WARNING_AGAINST and j + 1 < n:
            # 'warned against using the attempt "as an excuse"': a warning with the words
            # of the warning quoted is a claim (the "against" is part of it), as with
            # "hailed as"; "warned against violence" alone reports no words.
            end = self.complement_end(j + 1, sent)
            quoted = self.text[toks[j].start : end]
            if end <= toks[j + 1].start or not ('"' in quoted or "“" in quoted):
                return None
            return Span(toks[j].start, end)
        # (not in a headline, whose "Farmers warn of hard winter" is a label for the story)
        # ("are warning motorists to": a progressive, active though "are" comes before it)
        active = (
            self.lows[idx - 1] not in _PASSIVE_BEFORE or self.progressive_be(idx) is not None
        ) and not self.in_headline(sent)
        if low in _WH_WORDS and verb in _WH_VERBS and active:
            # "questioned how the mission would be financed": the question is the claim.
            end = self.complement_end(j, sent)
            # (a question word with a clause after it, not alone: "questioned why.")
            return Span(toks[j].start, end) if j + 1 < n and toks[j + 1].start < end else None
        if low == "of" and verb in _WARNING_OF and active and j + 1 < n:
            # "warned of heavy rain over the weekend": the danger foretold is the claim.
            end = self.complement_end(j + 1, sent)
            if end - toks[j + 1].start < 3 or toks[j + 1].start >= sent.end:
                return None
            return Span(toks[j + 1].start, end)
        if cls in ("that", "strict", "clause") and active and self.gerund_at(j, sent):
            # "denied intending to kill", "recalled seeing flames on the ridge": the act
            # told of, in its "-ing" form, is the claim.
            end = self.complement_end(j, sent)
            t = j + 1
            while t + 1 < n and toks[t].start < end:
                if self.lows[t] in ("and", "but") and self.vc(t + 1) is not None:
                    end = toks[t].start  # "admitted starting the fire but denied ..."
                    break
                t += 1
            return Span(toks[j].start, end) if end - toks[j].start >= 3 else None
        if cls == "that" and verb in _FORECAST_OBJECTS and active:
            cls = "obj"  # "predicted another cut": what is forecast, as with "urged"
        if cls == "that" and verb in _WARNING_OBJECTS and active and self.object_to(j):
            cls = "advise"  # "warned drivers to avoid the centre": a request, as "advised"
        demand = cls == "for"
        if demand:
            # "called for the resignation of ...": what follows "for" is the claim, read
            # like the object of "urged".
            first = self.demand_start(idx)
            if first is None or first >= n or toks[first].start >= sent.end:
                return None
            j, low, cls = first, self.lows[first], "obj"
        # Look for "that" a few tokens on: "said on Friday that", "told reporters that".
        that = None
        lows, verbs, sent_end = self.lows, self.lex.verbs, sent.end
        # (Only a "that" in reach can be found: without one there is nothing to scan; after
        # a demand it is the noun's: "called for an inquiry that would ...")
        # (nor after praise or thanks, whose only content is a quoted fragment: "praised
        # the council for saving a street that lost its shops")
        reach = (
            range(j, min(n, j + 14))
            if not demand and cls not in _OBJECT_ONLY_CLASSES and "that" in lows[j : j + 14]
            else range(0)
        )
        for k in reach:
            tk = toks[k]
            tk_text = tk.text
            if tk_text in ",." and k + 1 < n:
                # "said on Monday, Feb. 12, 2024, that": dates and names may hold commas.
                nxt = toks[k + 1].text
                if nxt[0].isupper() or nxt[0].isdigit() or nxt == "that":
                    continue
                break
            low_k = lows[k]
            if tk.start >= sent_end or tk_text in ';:!?"“”' or low_k in ("and", "but"):
                break
            if low_k == "that":
                if k > j and lows[k - 1] in _THAT_NOUNS:
                    break  # "ask X for a written promise that ...": the noun's clause
                if k > j and verb in _WH_VERBS:
                    break  # "question news that the father is coming": the noun's clause
                if (
                    k > j + 1
                    and verb in _OBJECT_RELATIVES
                    and lows[j] in _DETERMINERS
                    and lows[k - 1] not in _REPORT_NOUNS
                ):
                    return None  # "announced her decision in a letter that she posted"
                if (
                    k > j + 1
                    and k + 1 < n
                    and toks[k - 1].text.isalpha()
                    and lows[k - 1] not in _REPORT_NOUNS
                    and lows[k - 1] not in _TIME_WORDS
                    and lows[k + 1] not in _MODALS
                    and lows[k + 1] not in _AUXILIARIES
                    and self.relative_verb(k + 1)
                    and self.vc(k + 1) is None
                    # (a verb with its object, not an adjective: "that armed groups")
                    and k + 2 < n
                    and (lows[k + 2] in _DETERMINERS or toks[k + 2].text[:1].isdigit())
                    # (the noun is the verb's object, not where it was said, "said in a
                    # filing that costs the firm had not expected rose", nor who heard it,
                    # "told the jury that witnesses the police had paid lied")
                    and not (
                        lows[j] in _ADJUNCT_START and _PREPOSITIONS.isdisjoint(lows[j + 1 : k])
                    )
                    and lows[k - 1] not in _HEARERS
                ):
                    # "responded with a volley of plastic bullets that scattered a mob": a
                    # relative clause on a noun, not what was said
                    continue
                that = k
                break
            if low_k == "to" and cls in ("ask", "obj", "advise"):
                break  # "asked him to move a car that was blocking ...": the request's

            if k > j and verbs.get(low_k) == "say":
                break
            if k > j and (low_k in _MODALS or low_k in _AUXILIARIES) and tk_text == low_k:
                break  # "said Hamas would not accept any deal that ...": the clause began
        if that is None and not demand:
            that = self.that_after_aside(j, sent)
        if (
            that is not None
            and that + 1 < n
            and self.demonstrative_that(that + 1, self.complement_end(that + 1, sent))
        ):
            # "denied that account": "that" points at a thing and opens no clause; nor does
            # a relative "that" whose clause is a word or two ("described queuing at the
            # boreholes that still work")
            that = None
        if that is not None:
            start_tok = that + 1
        else:
            if verb.startswith(("tell", "told")):
                # "told Reuters the deal was off", "told the court Coyle had ...": the hearer.
                m = self.mention_at_token(j)
                if m is None and j + 1 < n and self.lows[j] == "the":
                    m = self.mention_at_token(j + 1)  # "told the Associated Press"
                    if m is not None and m.form == "pronoun":
                        m = None
                if m is not None:
                    j = self.tok_index(m.span.end)
                elif j < n and toks[j].text[:1].isupper():
                    # "told Spanish radio station Cadena SER": a named hearer.
                    while (
                        j < n
                        and j - idx <= _MAX_HEARER_TOKENS
                        and toks[j].start < sent.end
                        and (toks[j].text[:1].isupper() or self.lows[j] in _HEARERS)
                        and self.lows[j] not in _SUBJECT_WORDS
                    ):
                        j += 1
                else:
                    if j < n and self.lows[j] in ("the", "a", "an", "his", "her", "their"):
                        j += 1
                    while (
                        j < n
                        and toks[j].text.isalpha()
                        and self.lows[j] not in (_CLAUSE_START)
                        and not toks[j].text[0].isupper()
                        and j - idx <= 4
                    ):
                        j += 1
                        if self.lows[j - 1] in _HEARERS:
                            break
                if j < n and toks[j].text == ",":
                    return None
            # Skip "on Friday", "in a statement" up to a comma or a clause's first word.
            at_least = self.lows[j : j + 2] in (["at", "least"], ["at", "most"])
            if (
                j < n
                and not at_least
                and not demand  # "called for early elections": the demand itself
                and (
                    (self.lows[j] in _ADJUNCT_START and not self.this_subject(j))
                    or self.lows[j] in _WEEKDAYS
                    or (verb.startswith(("tell", "told")) and self.lows[j] in _MEDIUM_LEAD)
                )
            ):
                # "said on Friday the ...", "said Friday, ...", "said in a statement, ..."
                # ("said earlier it had ...": a lone adverb, the clause right after it)
                lone = self.lows[j] in _WEEKDAYS or self.lows[j] in _LONE_ADJUNCTS
                first = j + 1 if lone else j + 2
                k = j
                while k < n and k - j < 8 and toks[k].start < sent.end and toks[k].text != ",":
                    if (
                        self.lows[k] in _CONJUNCTIONS
                        and self.lows[k - 1] not in _TIME_WORDS
                        and self.verb_next(k + 1)
                    ):
                        # "told customers Monday about the bugs and stopped ...": none (not
                        # "said in Washington and London the talks ...": one place phrase)
                        break
                    if (
                        k >= first
                        and self.lows[k] in _SUBJECT_WORDS
                        # (not the object of a preposition: "said in a statement carried
                        # by the state news agency" says where, not what; nor "told
                        # customers Monday about the bugs": what it was about)
                        and self.lows[k - 1] not in _PREPOSITIONS
                        and self.lows[k - 1] != "about"
                    ):
                        break
                    k += 1
                if k < n and toks[k].text == "," and toks[k].start < sent.end:
                    j = k + 1
                    if (
                        j < n
                        and self.lows[j].endswith("ing")
                        and toks[j].text.islower()
                        and self.lows[j] not in _THING_WORDS
                    ):
                        # "said on Monday, edging closer to ...": a participle adjunct,
                        # not what was said (unless ", that" follows it: "said on Monday,
                        # citing weak demand, that it would cut jobs").
                        comma = next(
                            (
                                c
                                for c in range(j + 1, min(n - 1, j + 12))
                                if toks[c].text == "," and self.lows[c + 1] == "that"
                            ),
                            None,
                        )
                        if comma is None or toks[comma].start >= sent.end:
                            return None
                        j = comma + 2
                elif k < n and toks[k].start < sent.end and self.lows[k] in _SUBJECT_WORDS:
                    j = k
                elif lone and cls == "obj" and self.lows[j + 1 : j + 2] == ["to"]:
                    j += 1  # "threatened Tuesday to strike", "urged Friday to stay calm"
                else:
                    return None
            if j >= n or toks[j].start >= sent.end:
                return None
            low = self.lows[j]
            if toks[j].text in ",.;:!?" or (low.endswith("ing") and self.vc(j) is not None):
                # "..., MSF said on Tuesday, warning that ...": the participle opens a claim
                # of its own; this verb's content is before it.
                return None
            if not self.has_lower_word(j, sent.end):
                return None  # "said Friday, April 12, 2024.": a date, not a claim
            if toks[j].text in _QUOTE_CHARS:
                q = self.in_quote(toks[j + 1].start) if j + 1 < n else None
                if verb in _CRY_PARTICIPLES and q is not None and q.close is not None:
                    # 'chanting "Bring back our sons!" as police looked on': the cry is
                    # the quote alone.
                    return Span(q.open, q.close + 1)
                if cls in ("strict", "ask", "that", "clause") and self.fragment_object(
                    j, cls, sent
                ):
                    return None  # 'expected "dozens" more colleagues to back ...'
                if cls == "hail":
                    return None  # "hails 'special' night": praise names no content
            elif (
                cls == "strict"
                or (cls == "thank" and not self.quote_in_object(j, sent))
                or (cls == "hail" and not self.quote_after_as(j, sent))
                or (cls == "advise" and not self.infinitive_soon(j, sent))
                or (cls == "ask" and not self.asked_to(j, sent))
                # "described the cuts as a blow", "described hearing shots", not "described
                # chaotic scenes": a plain object is a picture, not a claim.
                or (
                    verb in _AS_OBJECTS
                    and low not in _AS_OBJECT_CLAUSES  # "described how ..."
                    and not (self.gerund_at(j, sent) or self.as_soon(j, sent))
                )
                # "demanded that ...", "demanded to know", not "demanded answers".
                or (
                    verb in _DEMAND_CLAUSES
                    and low not in ("to", "that")
                    and not (self.infinitive_soon(j, sent) or self.verb_soon(j, sent))
                )
                # "threatened to strike", "threatened that he would resign", never its
                # object ("threatened legal action if ...", "threatened retaliation")
                or (verb in _AGENT_ONLY and low not in ("to", "that"))
                or (
                    cls == "that"
                    and not (
                        low in _CLAUSE_START
                        or toks[j].text[0].isupper()
                        or toks[j].text[0].isdigit()
                        or self.headline_clause(j, sent)
                        or self.bare_subject(j, sent)
                    )
                )
                or (
                    # "reported a sharp drop in profit", not "warned a storm would hit": a
                    # noun phrase with no verb of its own is an object, not a clause.
                    cls in ("that", "clause")
                    and (
                        low in ("a", "an")
                        or (low[:1].isdigit() and verb in _COUNT_ACTS)
                        or (cls == "clause" and low in _OBJECT_DETERMINERS)
                    )
                    and not self.verb_soon(j + 1, sent)
                )
                or (
                    # "had reported it to the council": a thing passed on, no clause
                    cls in ("that", "clause")
                    and (low == "it" or low in _LONE_OBJECTS)
                    and j + 1 < n
                    and (self.lows[j + 1] in _PREPOSITIONS or self.lows[j + 1] == "to")
                )
                or (
                    # "admitted his side had been poor", not "admitted 41 people"
                    cls == "clause"
                    and (low not in _CLAUSE_START or low in _COUNTS or low[0].isdigit())
                    and not self.bare_subject(j, sent)
                )
                or (
                    # "doubted it would end", not "doubt the savings the airline says"
                    verb in _PRONOUN_CLAUSE
                    and low not in _PRONOUN_SUBJECTS
                    and low not in ("it", "there", "you")
                )
                or (cls == "say" and low in ("so", "nothing", "anything", "something", "yes"))
                # "said little during the meeting", not "said little had changed" or "much of it"
                or (
                    cls == "say"
                    and low in ("little", "much")
                    and j + 1 < len(self.tokens)
                    and self.lows[j + 1] != "of"
                    and (
                        (
                            self.lows[j + 1] in _LITTLE_SAID_NEXT
                            # "said little the administration has done will help": a
                            # determiner opens the clause's subject when a verb follows
                            and not (
                                self.lows[j + 1] in _OBJECT_DETERMINERS
                                and self.verb_soon(j + 1, sent)
                            )
                        )
                        or not self.tokens[j + 1].text.isalpha()
                    )
                )
                # "experts say is backed by" with no subject: a parenthetical, unless a
                # relative clause's gap is the subject ("which Lindqvist said had cost").
                or (low in _AUXILIARIES and not self.relative_gap(idx))
            ):
                return None
            start_tok = j
            if verb in _AS_OBJECTS and low in _AS_OBJECT_CLAUSES:
                start_tok = j + 1  # ("described how A": A is what happened)
        if start_tok >= n or toks[start_tok].start >= sent.end:
            return None
        start = toks[start_tok].start
        end = self.complement_end(start_tok, sent)
        if end - start < 3:
            return None
        end = self.aside_end(idx, start_tok, end)
        if cls in ("obj", "advise", "ask") and that is None:
            end = self.object_end(start_tok, end)
        if verb in _OBJECT_FIRST:
            end = self.before_relative(start_tok, end)
        if (demand and verb.endswith("ing")) or (
            self.lows[start_tok] in _AUXILIARIES and self.relative_gap(idx)
        ):
            # "Calling for calm, X said ...": the participle's demand ends at its comma;
            # so does a relative clause ("which the UN says is backed by Rwanda, has").
            k = start_tok
            while k < n and toks[k].start < end:
                if toks[k].text == ",":
                    end = toks[k].start
                    break
                k += 1
        if (
            that is None
            and cls in ("that", "clause")
            and self.lows[start_tok] in _DETERMINERS
            and not self.has_finite(start_tok + 1, end, nouns_out=True)
        ):
            return None  # "announced the plan in March": an object, not a clause
        return Span(start, end)

    def aside_end(self, idx: int, start_tok: int, end: int) -> int:
        """Where a report ends whose verb at ``idx`` opens an aside set off by a comma
        ("The bill, sponsored by X, who said A, passed"; "The prosecutor, revealing that A,
        asked"): at the comma before the sentence's own verb, else at ``end``."""
        toks, lows = self.tokens, self.lows
        k = idx - 1
        while k > idx - 4 and k > 0 and (lows[k] in _AUXILIARIES or self.aside_adverb(k)):
            k -= 1  # ("X, who has repeatedly said A, will"): the relative's own words
        if k > 0 and lows[k] in ("who", "which"):
            k -= 1
        elif not lows[idx].endswith("ing") or k != idx - 1:
            return end
        if k < 1 or toks[k].text != ",":
            return end
        j = start_tok + 1
        while j + 1 < len(toks) and toks[j].start < end:
            nxt = toks[j + 1]
            if toks[j].text == "," and nxt.text.islower() and _finite_like(lows[j + 1]):
                return toks[j].start
            j += 1
        return end

    def bare_subject(self, j: int, sent: Span) -> bool:
        """Whether token ``j`` right after a verb of saying is a bare noun opening a clause
        as its subject: a noun before a modal or auxiliary ("warned prices could rise",
        "predicted inflation would ease"), or a plural before a verb in "-ed" ("noted
        profits rose"); not an adverb ("added only"), a word of time, or a preposition."""
        toks, lows = self.tokens, self.lows
        w = lows[j]
        if j + 1 >= len(toks) or toks[j + 1].start >= sent.end:
            return False
        if not (w.isalpha() and toks[j].text == w and len(w) > 2):
            return False
        if w.endswith("ly") or w in _PREPOSITIONS or w in _NOT_BARE_SUBJECTS or w in _TIME_WORDS:
            return False
        head = j
        if (
            j + 2 < len(toks)
            and toks[j + 2].start < sent.end
            and _plural_like(lows[j + 1])
            and toks[j + 1].text == lows[j + 1]
            and lows[j + 1].isalpha()
        ):
            head = j + 1  # a plural with a noun before it ("interest rates will")
        nxt = lows[head + 1]
        if nxt in _MODALS or nxt in _AUXILIARIES:
            return True
        return (
            _plural_like(lows[head])
            and toks[head + 1].text == nxt
            and (nxt in _FINITE or (len(nxt) > 4 and nxt.endswith("ed")))
        )

    def aside_adverb(self, k: int) -> bool:
        """Whether token ``k`` is an adverb that may stand between a relative pronoun and
        its verb of saying ("who has long argued", "which has repeatedly denied")."""
        w = self.lows[k]
        return w in _ASIDE_ADVERBS or (
            len(w) > 4 and w.endswith("ly") and w == self.tokens[k].text and w.isalpha()
        )

    def gerund_at(self, j: int, sent: Span) -> bool:
        """Whether token ``j`` right after a verb of saying is a verb in "-ing" opening
        its own phrase ("being turned away", "seeing flames", "intending to kill"), not a
        noun ("denied wrongdoing", "reported strong trading") nor a verb of saying."""
        toks, lows = self.tokens, self.lows
        w = lows[j]
        if w.endswith("ly") and len(w) > 4 and w == toks[j].text and j + 1 < len(toks):
            j += 1  # "denied knowingly taking": an adverb before the act
            w = lows[j]
        if not (w.endswith("ing") and len(w) > 4 and toks[j].text.isalpha() and w == toks[j].text):
            return False
        if w in _ING_NOUNS or self.vc(j) is not None or j + 1 >= len(toks):
            return False
        nxt, after = toks[j + 1], lows[j + 1]
        if nxt.start >= sent.end or not nxt.text.isalpha() or after in _ING_NOT_AFTER:
            return False
        return nxt.text.islower()

    def that_after_aside(self, j: int, sent: Span) -> int | None:
        """The "that" after a short aside set off by commas right after a verb of saying
        ("cautioned, however, that", "added, on Monday, that"), or None."""
        toks, lows = self.tokens, self.lows
        if j + 2 >= len(toks) or toks[j].text != ",":
            return None
        if lows[j + 1] not in _PARENTHETICALS and lows[j + 1] not in _ADJUNCT_START:
            return None
        for k in range(j + 2, min(len(toks) - 1, j + 8)):
            if toks[k].start >= sent.end or toks[k].text in '.;:!?"“”':
                return None
            if toks[k].text == ",":
                return k + 1 if lows[k + 1] == "that" else None
        return None

    def demonstrative_that(self, start_tok: int, end: int) -> bool:
        """Whether the few words after "that" are a noun phrase it points at, not a clause
        ("denied that account", "disputed that version of events"): at most four words,
        none of them a verb or a quote."""
        toks = self.tokens
        k = start_tok
        while k < len(toks) and toks[k].start < end and toks[k].text not in ".!?;":
            if k - start_tok >= 4 or not toks[k].text.isalpha():
                return False
            k += 1
        return k > start_tok and not self.has_finite(start_tok, end, nouns_out=True)

    def object_end(self, start_tok: int, end: int) -> int:
        """Where the object of "urged", "promised", "described" ends: at a "but" that
        opens another clause ("promised compensation but nothing has arrived"), or at an
        "and" whose new subject reports something of its own ("pleaded for calm and the
        victim's relatives demanded an inquiry")."""
        toks, lows = self.tokens, self.lows
        k = start_tok + 1
        while k < len(toks) and toks[k].start < end:
            if lows[k] == "but" or (lows[k] == "and" and self.new_reporter(k + 1, end)):
                cut = toks[k].start
                return cut - 1 if self.text[cut - 2 : cut - 1] == "," else cut
            k += 1
        return end

    def reporter_after(self, j: int, stop: int) -> bool:
        """Whether a finite verb of saying follows within a few words of token ``j``, with
        no punctuation first ("; others praised", "; the ministry said")."""
        toks, lows = self.tokens, self.lows
        for k in range(j, min(stop, j + 5)):
            if toks[k].text in _DOC_STOPS:
                return False
            if k > j and _finite_like(lows[k]) and self.vc(k) is not None:
                return True
        return False

    def new_reporter(self, j: int, end: int) -> bool:
        """Whether a subject of its own opens at token ``j`` (a determiner, a possessive
        or a name) and a finite verb of saying follows it within a few words."""
        toks, lows = self.tokens, self.lows
        if j >= len(toks) or not (
            lows[j] in _DETERMINERS
            or self.reg.at(toks[j].start)
            or toks[j - 2].text == ","  # ("forecast a rise, and most had expected a cut")
        ):
            return False
        for k in range(j + 1, min(len(toks), j + 6)):
            if toks[k].start >= end or toks[k].text in _DOC_STOPS:
                return False
            if _finite_like(lows[k]) and self.vc(k) is not None:
                return True
        return False

    def has_finite(self, k: int, end: int, nouns_out: bool = False) -> bool:
        """Whether tokens from ``k`` up to offset ``end`` hold a finite-looking verb. With
        ``nouns_out``, a word in a noun's place (after "the", "a", "to", "at", "'s") or
        ending in "ss" is not one: "announced his departure to journalists at the
        bank's headquarters", "the decision at a press conference"."""
        toks = self.tokens
        while k < len(toks) and toks[k].start < end:
            w = self.lows[k]
            if w in _FINITE or (len(w) > 3 and w.endswith(("ed", "s")) and w.isalpha()):
                prev = self.lows[k - 1] if k else ""
                if not (
                    nouns_out
                    and w not in _FINITE
                    and (
                        w.endswith("ss")
                        or prev in _DETERMINERS
                        or prev in _PREPOSITIONS
                        or prev == "to"
                        or prev in _COUNTS  # "the signing of two players"
                        or prev.endswith(("'s", "’s"))
                    )
                ):
                    return True
            if toks[k].text in _QUOTE_CHARS:
                return True  # a quoted fragment: leave it to the mixed-claim rules
            k += 1
        return False

    def fragment_object(self, j: int, cls: str, sent: Span) -> bool:
        """Whether a quote opening at token ``j`` after a verb that needs a clause is a
        scare-quoted word of a noun phrase ('expected "dozens" more colleagues to back a
        cap'), not quoted words that are the clause ('warned "there will be blood"'): the
        quote closes with more words after it, and its first word opens no clause."""
        q = self.in_quote(self.tokens[j].end)
        if q is None or q.close is None or q.close + 1 >= sent.end:
            return False
        after = self.text[q.close + 1 : min(sent.end, q.close + 4)].strip(" ,.;:!?")
        if not after:
            return False  # the quote runs to the end of the clause
        k = j + 1
        return cls in ("strict", "ask") or (
            k < len(self.tokens) and self.lows[k] not in _CLAUSE_START
        )

    def object_gap(self, speaker: Speaker | None, comp: Span) -> bool:
        """Whether a report sits in a relative clause with no relative word whose gap is
        the object of the reported clause: "the £104bn of investment the industry says it
        needs by 2030" (a noun right before the subject, a clause with its own subject
        after the verb), so that the words after the verb are no complete claim."""
        if speaker is None or speaker.span is None:
            return False
        k = self.tok_index(speaker.span.start)
        if self.lows[k] not in _DETERMINERS:
            k -= 1  # (the registry's phrase may start after its "the")
        if k < 1 or self.lows[k] not in _DETERMINERS:
            return False  # ("the pension fund PGGM said it ...": a noun in the subject)
        if self.tokens[k].text[0].isupper():
            return False  # ('... blame the nurses\n\nThe union said it': a new sentence)
        k -= 1
        word, low = self.tokens[k].text, self.lows[k]
        if (
            not word.isalpha()
            or not word.islower()
            or low.endswith(("ly", "ed"))
            or low in _GAP_BLOCKERS
            or self.vc(k) is not None
        ):
            return False
        first = self.lows[self.tok_index(comp.start)]
        return first in _PRONOUN_SUBJECTS or first == "it"

    def relative_gap(self, idx: int) -> bool:
        """Whether the verb at ``idx`` is inside a relative clause whose pronoun is the
        subject of what was said: "a tax which Lindqvist said had cost the firm", "voters,
        who they said had stayed at home" (a few words back, no punctuation between)."""
        for k in range(idx - 1, max(idx - 7, -1), -1):
            low = self.lows[k]
            if low in ("which", "who", "that", "whom"):
                return k < idx - 1
            word = self.tokens[k].text.replace("'", "").replace("’", "")
            if word and not word.isalpha():  # (a plural's apostrophe: "supporters' groups")
                return False
            if self.vc(k) is not None or low in _AUXILIARIES:
                return False
        return False

    def infinitive_soon(self, j: int, sent: Span) -> bool:
        """Whether an object starting at token ``j`` is followed, within a few words, by
        what it is advised to do: "advised passengers not to travel", "advised residents
        to leave" (not "Goldman Sachs advised Novreth on the deal")."""
        toks, lows = self.tokens, self.lows
        for k in range(j, min(len(toks), j + 6)):
            if toks[k].start >= sent.end or toks[k].text in ',.;:!?"“”':
                return False
            if lows[k] in ("to", "against") and k > j:
                return True
        return False

    def object_to(self, j: int) -> bool:
        """Whether token ``j`` opens an object followed within a few words by what it is to
        do: "the ministry to reopen", "residents of the valley not to drink" (not "on
        Monday that", "the families", "the court that it was time to act")."""
        toks, lows = self.tokens, self.lows
        if j >= len(toks) or not toks[j].text.isalnum() or lows[j] in _OBJECT_NOT_OPENERS:
            return False
        for k in range(j + 1, min(len(toks) - 1, j + 7)):
            if toks[k].text in ',.;:!?"“”()' or lows[k] in _OBJECT_ENDS:
                return False
            if lows[k] == "to":
                return toks[k + 1].text.isalpha() and toks[k + 1].text.islower()
        return False

    def asked_to(self, j: int, sent: Span) -> bool:
        """Whether "asked" with an object at token ``j`` is a request: "asked residents to
        stay indoors", "asked the court to overturn" (not "asked not to be named", "asked
        for anonymity", "asked to be identified only by her first name")."""
        if self.lows[j] in ("not", "to", "for", "that", "if", "whether"):
            return False
        before = self.lows[j - 2] if j > 1 else ""
        if before in _MODALS or before == "to":
            return False  # "would ask a judge to block the vote": an intention, not a request
        if before == "and" and "had" in self.lows[max(0, j - 12) : j - 2]:
            return False  # "Coyle had called her and asked her to": inside a reported clause
        toks, lows = self.tokens, self.lows
        for k in range(j + 1, min(len(toks), j + 6)):
            if toks[k].start >= sent.end or toks[k].text in ',.;:!?"“”' or lows[k] == "for":
                return False  # "asked the board for money to sign a striker": no request
            if lows[k] == "to":
                return True
        return False

    def verb_soon(self, j: int, sent: Span) -> bool:
        """Whether a finite verb follows within a few words of token ``j``, before any
        punctuation or "and"/"but" ("a storm would hit", "a man had been arrested")."""
        toks, lows = self.tokens, self.lows
        for k in range(j, min(len(toks), j + 8)):
            w = lows[k]
            if toks[k].start >= sent.end or not toks[k].text.isalnum() or w in ("and", "but"):
                return False
            if _finite_like(w):
                return True
        return False

    def quote_ahead(self, j: int, sent: Span) -> bool:
        """Whether a quoted fragment opens within a few words after token ``j``."""
        start = self.tokens[j].start
        i = bisect.bisect_left(self.quote_starts, start)
        return i < len(self.quotes) and self.quotes[i].open < min(sent.end, start + 60)

    def quote_in_object(self, j: int, sent: Span) -> bool:
        """Whether a quoted fragment opens within a few words after token ``j`` with no
        verb of saying joined on before it: 'thanked them for "four magnificent seasons"',
        not 'thanked him and said he had "done the right thing"' (the next verb's)."""
        if not self.quote_ahead(j, sent):
            return False
        start = self.tokens[j].start
        q = self.quotes[bisect.bisect_left(self.quote_starts, start)]
        k = j
        while k < len(self.tokens) and self.tokens[k].start < q.open:
            if self.lows[k] in ("and", "but") and (
                self.vc(k + 1) is not None or self.vc(k + 2) is not None
            ):
                return False
            k += 1
        return True

    def quote_after_as(self, j: int, sent: Span) -> bool:
        """Whether the object from token ``j`` goes on, within a few words, to "as" or
        "for" and a quoted fragment: "hailed the ruling as 'a great victory'", "praised
        her for 'a brave book'" (not a headline's "hails 'special' night")."""
        toks, lows = self.tokens, self.lows
        for k in range(j + 1, min(len(toks) - 1, j + 10)):
            if toks[k].start >= sent.end or toks[k].text in ",.;:!?":
                return False
            if lows[k] in ("as", "for") and toks[k + 1].text in _QUOTE_CHARS:
                return True
        return False

    def before_relative(self, start_tok: int, end: int) -> int:
        """Where a blamed cause ends: before a relative clause set off by a comma ("blamed
        low turnout among older voters, who they said had stayed at home")."""
        toks, lows = self.tokens, self.lows
        k = start_tok + 1
        while k + 1 < len(toks) and toks[k].start < end:
            if toks[k].text == "," and lows[k + 1] in ("who", "which", "where", "whose"):
                return toks[k].start
            k += 1
        return end

    def as_soon(self, j: int, sent: Span) -> bool:
        """Whether the object from token ``j`` goes on, within a few words and before any
        punctuation, to "as" ("described the vote as a rare moment of unity")."""
        toks, lows = self.tokens, self.lows
        for k in range(j, min(len(toks), j + 10)):
            if toks[k].start >= sent.end or toks[k].text in ",.;:!?":
                return False
            if lows[k] == "as":
                return k == j or not self.as_clause(k + 1, sent)
        return False

    def as_clause(self, j: int, sent: Span) -> bool:
        """Whether "as" before token ``j`` opens a clause of time ("as he walked in", "as
        the ferry listed", "as smoke filled the corridor"): a pronoun or a short noun phrase
        right before a finite verb ("as a devoted father who", "as the largest we have
        seen" describe)."""
        toks, lows = self.tokens, self.lows
        k = j + 1 if lows[j] in _PRONOUN_SUBJECTS else j + (lows[j] in _DETERMINERS) + 1
        for m in range(k, min(len(toks), k + 2)):
            w = lows[m]
            if toks[m].start >= sent.end or not toks[m].text.isalpha():
                return False
            if _finite_like(w):
                return True
            if lows[j] in _PRONOUN_SUBJECTS or w in _PRONOUN_SUBJECTS or w in _RELATIVES_AS:
                return False
        return False

    def in_headline(self, sent: Span) -> bool:
        """Whether the sentence is the headline: the first paragraph, with no full stop."""
        return sent.start == self.doc.paragraphs[0].start and self.text[sent.end - 1] not in ".!?"

    def headline_clause(self, j: int, sent: Span) -> bool:
        """Whether token ``j`` opens a clause in a headline, where "that" is always left
        out ("Salmon farmers warn new tax will drive investment abroad")."""
        if sent.start != self.doc.paragraphs[0].start or self.text[sent.end - 1] in ".!?":
            return False
        if self.lows[j] in _HEADLINE_NOT_CLAUSE or not self.tokens[j].text.isalpha():
            return False
        # A clause has a verb of its own a few words on: an auxiliary or a modal.
        for k in range(j + 1, min(len(self.tokens), j + 6)):
            if self.tokens[k].start >= sent.end:
                break
            low = self.lows[k]
            if low in _AUXILIARIES or low in _MODALS:
                return True
            if len(low) > 5 and low.endswith(("ing", "ed")) and self.tokens[k].text.isalpha():
                # Headline clauses drop their auxiliary: "cholera cases rising", "man killed".
                return self.tokens[k - 1].text.isalpha()
        return False

    def has_lower_word(self, j: int, end: int) -> bool:
        toks = self.tokens
        for k in range(j, min(len(toks), j + 12)):
            if toks[k].start >= end:
                return False
            if toks[k].text[0].islower():
                return True
        return True

    def complement_end(self, start_tok: int, sent: Span) -> int:
        """Sentence end, or a ", adding ..." / ", X said" that starts another claim."""
        toks = self.tokens
        k = start_tok
        contrast = None
        contrast_word = ""
        limit = min(len(toks), start_tok + _MAX_TOKENS)
        if limit < len(toks) and toks[limit].start < sent.end:
            sent = Span(sent.start, toks[limit].start)
        first = self.tok_index(sent.start)
        while first < start_tok and toks[first].text in _QUOTE_CHARS:
            first += 1
        subordinate = first < start_tok and self.lows[first] in _SUBORDINATORS
        # Only commas, "and", "but" and verbs of saying can end the content: the loop
        # visits those tokens alone (every other token passes every test below).
        marks = self.marks
        if marks is None:
            ends = token_flags(self.doc).translate(_ONLY_MARKS)
            marks = self.marks = list(compress(range(len(self.lows)), ends))
        stop = min(limit, bisect.bisect_left(self.tok_starts, sent.end))
        mi = bisect.bisect_left(marks, k)
        n_marks = len(marks)
        while mi < n_marks and marks[mi] < stop:
            k = marks[mi]
            mi += 1
            if toks[k].text == ";":
                if self.reporter_after(k + 1, stop):
                    return toks[k].start  # "Some said A; others praised B": B is theirs
                continue
            if toks[k].text == "," and subordinate and k > start_tok + 1:
                return toks[k].start  # "Although X said A, B": the report ends at the comma
            if toks[k].text == "," and k + 1 < len(toks):
                after_comma = self.lows[k + 1]
                if after_comma.endswith("ing") and self.vc(k + 1) is not None:
                    return toks[k].start
                if after_comma in _REJECTING and not self.rejected_nouns.isdisjoint(
                    range(k + 2, k + 5)
                ):
                    return toks[k].start  # "A, dismissing claims that B": B is a claim too
                if after_comma == "according" and self.lows[k + 2 : k + 3] == ["to"]:
                    return toks[k].start  # "A, according to figures from the ministry"
                if after_comma in _CONTRASTS and contrast is None:
                    contrast = toks[k].start
                    contrast_word = after_comma
            elif contrast is not None and self.vc(k) is not None:
                # "X said A, while Y said B" / "A, and the UN has warned that B": B is Y's.
                m = self.reg.ending_before(toks[k].start)
                if contrast_word not in ("and", "but") or (
                    m is not None
                    and m.span.start > contrast
                    and (
                        m.form != "pronoun"
                        # "A, and he indicated that B": a report of its own
                        or (k > 1 and self.lows[k - 2] in ("and", "but"))
                    )
                ):
                    return contrast
            if toks[k].text == "," and k > start_tok + 1 and self.subject_verb_after(k):
                if contrast is not None and contrast_word in _WHILE:
                    return contrast  # "X said A, while B, the ministry said": B is not X's
                return toks[k].start  # "A shows that B, scientists said": B ends there
            if self.lows[k] in ("and", "but", ",") and k + 1 < len(toks):
                after = k + 1
                if self.lows[after] in _BETWEEN:
                    after += 1
                if (
                    self.lows[k] != ","
                    and toks[k - 1].text == ","
                    and k > start_tok + 1
                    and after < len(toks)
                    and self.lows[after] in _JOINED_ACTS
                ):
                    # "said A, but rejected his claim that B": what the speaker did next.
                    return toks[k - 1].start
                if (
                    self.lows[k] == "and"
                    and k > start_tok + 1
                    and after + 1 < len(toks)
                    and self.lows[after] in _CALLING
                    and self.lows[after + 1] in ("on", "for")
                ):
                    # 'accused the council of "fraud" and called on supporters to ...': a
                    # demand of its own, no part of the accusation.
                    end = toks[k].start
                    return toks[k - 1].start if toks[k - 1].text == "," else end
                if (
                    after < len(toks)
                    and k > start_tok + 1
                    and self.vc(after) is not None
                    and (
                        self.vc(after) not in ("strict", "ask")
                        or self.lows[after + 1 : after + 2] == ["that"]
                        # "said A but questioned how B": a doubt of its own
                        or (
                            self.lows[after] in _WH_VERBS
                            and after + 1 < len(toks)
                            and self.lows[after + 1] in _WH_WORDS
                        )
                        # "said A, and threatened to fine them": a comma and a verb in
                        # the past that the speaker did, not a part of A
                        or (
                            self.vc(after) == "strict"
                            and toks[k - 1].text == ","
                            and self.lows[after].endswith("ed")
                        )
                        or (
                            # "said it backed the plan but asked ministers to delay it",
                            # not "Coyle had called her and asked her to": there the
                            # request shares the reported clause's "had".
                            self.vc(after) == "ask"
                            and self.asked_to(after + 1, sent)
                            and "had" not in self.lows[start_tok:k]
                        )
                    )
                    and not self.lows[after].endswith("ing")
                    and not (toks[k].text == "," and self.inverted(after))
                ):
                    # "urged X and said Y": a second claim by the same speaker.
                    end = toks[k].start
                    if toks[k - 1].text == ",":
                        end = toks[k - 1].start
                    return end
        return sent.end

    def subject_verb_after(self, comma: int) -> bool:
        """Whether a named subject and its reporting verb follow the comma at ``comma``
        (", scientists said on Thursday", ", the ministry said", ", two people familiar
        with the discussions said")."""
        toks, lows = self.tokens, self.lows
        s = comma + 1
        m = self.mention_at_token(s)
        if (
            m is None
            and s + 1 < len(toks)
            and (lows[s] == "the" or lows[s] in _COUNTS)
            and not self.people_noun(s)
        ):
            s += 1
            m = self.mention_at_token(s)
        if m is not None:
            if m.form == "pronoun":
                # "A, it said.": an attribution closing the sentence ends the content too.
                j = self.tok_index(m.span.end)
                if j + 1 >= len(toks) or self.vc(j) != "say":
                    return False
                return toks[j + 1].text in (".", "!", "?")
            j = self.tok_index(m.span.end)
            plural = m.form in ("group", "anonymous")
            named = self.mention_at_token(j) if j < len(toks) and self.vc(j) is None else None
            if named is not None and named.span.start == m.span.end + 1:
                j = self.tok_index(named.span.end)  # ", the broadcaster NHK said"
        elif s < len(toks) and self.people_noun(s):
            j, plural = s + 1, True  # ", people in the town said"
        else:
            verb = self.plain_source(comma + 1) or self.described_source(s)
            if verb is None:
                return False
            j, plural = verb, False
        if plural:
            # A short modifier between the people and their verb.
            k = j
            while k < len(toks) and k - j < 6 and self.vc(k) is None:
                if not toks[k].text.isalpha() or not toks[k].text.islower():
                    break
                k += 1
            if k < len(toks) and self.vc(k) is not None:
                j = k
        if j < len(toks) and lows[j] in _BETWEEN:
            j += 1
        if j >= len(toks) or self.vc(j) is None:
            return False
        sent = self.sentence_of(toks[j].start)
        return sent is not None and self.ends_clause(j, sent)

    def described_source(self, s: int) -> int | None:
        """The verb after a name that up to four lower-case words describe (", the state
        news agency Belta reported"): its token index, or None."""
        toks = self.tokens
        k = s
        while k < len(toks) and k - s < 4 and toks[k].text.isalpha() and toks[k].text.islower():
            if self.vc(k) is not None:
                return None
            k += 1
        m = self.mention_at_token(k) if k > s else None
        if m is None or m.form == "pronoun" or m.span.start != toks[k].start:
            return None
        return self.tok_index(m.span.end)

    def plain_source(self, s: int) -> int | None:
        """The verb after an unnamed source of one to three plain words that ends the
        sentence (", state media reported", ", the report said", ", Russian news agencies
        said"): the token index of the verb, or None."""
        toks, lows = self.tokens, self.lows
        k = s + (s < len(toks) and lows[s] == "the")
        if k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.isalpha():
            k += 1  # a nationality or place: "Chinese state media"
        first = k
        while (
            k < len(toks)
            and k - first < 3
            and (
                self.vc(k) is None
                # ", the report said": a document's noun that is also a verb of saying
                or (lows[k] in _DOCUMENTS and k + 1 < len(toks) and self.vc(k + 1) is not None)
            )
        ):
            if not (toks[k].text.isalpha() and toks[k].text.islower()):
                return None
            k += 1
        if k == first or k + 1 >= len(toks) or self.vc(k) is None:
            return None
        # Only at the sentence's end (", which analysts expected," is an aside), perhaps
        # after a day or before how they knew: ", state media reported on Monday, citing".
        n = k + 1
        if lows[n] == "on" and n + 2 < len(toks) and toks[n + 1].text.istitle():
            n += 2
        if toks[n].text in (".", "!", "?"):
            return k
        return k if lows[n] == "," and lows[n + 1 : n + 2] == ["citing"] else None

    def people_noun(self, i: int) -> bool:
        """Whether token ``i`` is a plural noun for people ("residents", "people")."""
        low = self.lows[i]
        return low in self.lex.groups or (low.endswith(_PEOPLE_SUFFIXES) and low.isalpha())

    def trim(self, span: Span) -> Span | None:
        text = self.text
        start, end = span.start, span.end
        start = _after_dateline(text, start, end)
        while start < end and (text[start].isspace() or text[start] in ",;:—–"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–"):
            end -= 1
        # Keep quote marks only when they pair inside the span.
        if end > start and text[end - 1] in '”"' and not _has_open(text, start, end - 1):
            end -= 1
            while end > start and text[end - 1] in ".,;: ":
                end -= 1
        return Span(start, end) if start < end else None

    # - speakers for quotes without a cue -

    def statement_issuers(self, drafts: list[_Draft]) -> None:
        """ "..., the statement said" speaks for whoever issued the statement: the speaker
        of the last claim said "in a statement" ("The directorate said in a statement that
        ...", "X, in a statement carried by Y, alleged ..."), or the subject of the last
        "issued a statement". The same for a ruling, a letter, a filing ("The ruling
        said"); a report, like data, is its own source."""
        if not any(_paper_kind(d.speaker) for d in drafts):
            return  # (the common case: no claim is a document's)
        issued: list[tuple[int, str, Speaker]] = []
        for d in drafts:
            speaker = d.speaker
            if speaker is None or d.cue is None or _paper_kind(speaker) is not None:
                continue
            if speaker.kind is EntityKind.UNKNOWN:
                continue
            paper = self.paper_beside(d)
            if paper is not None:
                issued.append((d.cue.end, paper, speaker))
        lows = self.lows
        for k in range(len(lows) - 2):
            if lows[k] in _ISSUING:
                paper = self.paper_at(k + 1)
                if paper is None:
                    continue
                # "The directorate issued a statement on Monday."
                by = self.subject_of(k, 0)
                if by is not None and by.kind is not EntityKind.UNKNOWN:
                    issued.append((self.tokens[k].start, paper, by))
        if not issued:
            return
        issued.sort(key=lambda item: item[0])
        starts = [at for at, _, _ in issued]
        text = self.text
        for d in drafts:
            speaker = d.speaker
            kind = _paper_kind(speaker)
            if (
                kind is None
                or speaker is None
                or speaker.span is None
                or "the "
                not in text[max(0, speaker.span.start - 4) : speaker.span.start + 4].lower()
            ):
                continue
            # The last document of that kind issued before (a bounded look back).
            i = bisect.bisect_left(starts, speaker.span.start) - 1
            stop = max(-1, i - 8)
            while i > stop and issued[i][1] != kind:
                i -= 1
            if i > stop:
                issuer = issued[i][2]
                d.speaker = Speaker(
                    name=issuer.name, kind=issuer.kind, role=issuer.role, span=speaker.span
                )

    def paper_at(self, k: int) -> str | None:
        """The kind of document named from token ``k`` on ("a statement", "its annual
        report", "a joint statement", "a 40-page ruling"): a determiner, at most two
        modifiers, the document noun; else None."""
        lows = self.lows
        if k >= len(lows) or lows[k] not in _PAPER_OWNERS:
            return None
        for j in range(k + 1, min(k + 4, len(lows))):
            kind = _paper_word(lows[j], lows[j + 1] if j + 1 < len(lows) else "")
            if kind is not None:
                return kind
            if not self.tokens[j].text.replace("-", "").isalnum():
                return None
        return None

    def paper_beside(self, d: _Draft) -> str | None:
        """The kind of document a claim was made in, written beside its cue and outside
        its content: "said in a statement", "X, in a statement carried by Y, alleged", "In
        its ruling, the court said", "according to a statement from X"; looked for within
        a few words of the cue."""
        if d.cue is None:
            return None
        sent = self.sentence_of(d.cue.start)
        if sent is None:
            return None
        toks = self.tokens
        after = self.tok_index(d.cue.end)
        if after < len(toks) and not d.span.start <= toks[after].start < d.span.end:
            paper = self.paper_at(after)  # "according to a statement from the army"
            if paper is not None:
                return paper
        cue = self.tok_index(d.cue.start)
        lo = max(self.tok_index(sent.start), cue - 24)
        hi = min(self.tok_index(sent.end), cue + 8, len(toks) - 1)
        for k in range(lo, hi):
            if self.lows[k] != "in" or d.span.start <= toks[k].start < d.span.end:
                continue
            paper = self.paper_at(k + 1)
            if paper is not None:
                return paper
        return None

    def fill_speakers(self, drafts: list[_Draft]) -> None:
        """A cue-less quote takes the speaker of the quote it continues, else of the
        nearest claim in its paragraph, else of the last claim of the paragraph before."""
        for d in drafts:
            if d.quote is None:
                d.paragraph = self.doc.paragraph_index(d.span.start) or 0
        # Chains of continued quotes share one speaker, wherever their cue is.
        i = 0
        while i < len(drafts):
            k = i
            while (
                k + 1 < len(drafts)
                and drafts[k].quote is not None
                and drafts[k].quote.continues  # type: ignore[union-attr]
                and drafts[k + 1].quote is not None
                and drafts[k + 1].quote.continued  # type: ignore[union-attr]
            ):
                k += 1
            if k > i:
                speaker = next((d.speaker for d in drafts[i : k + 1] if d.speaker), None)
                for d in drafts[i : k + 1]:
                    if d.speaker is None:
                        d.speaker = speaker
            i = k + 1
        # A "he said" cue goes back to the speaker just quoted before a cue-less quote
        # copies it ('"...," he said. "..."').
        if any(d.speaker is None and d.cue is None for d in drafts):
            self.continue_pronouns(drafts)
        # A claim whose cue lies inside another claim's content is part of what that
        # speaker said ("Gonzalez said he would come if U.S. authorities promised to help,
        # Castro said"): the voice a later quote goes on with is the outer speaker's.
        inner = self.inner_claims(drafts)
        last_in: dict[int, Speaker] = {}
        for i, d in enumerate(drafts):
            if d.speaker is not None and i not in inner:
                last_in[d.paragraph] = d.speaker
        for i, d in enumerate(drafts):
            if d.speaker is not None or d.kind is not ClaimKind.DIRECT:
                continue
            before = next(
                (
                    p.speaker
                    for j in range(i - 1, max(0, i - 8) - 1, -1)
                    if (p := drafts[j]).paragraph == d.paragraph
                    and p.speaker is not None
                    and j not in inner
                ),
                None,
            )
            after = next(
                (
                    p.speaker
                    for p in drafts[i + 1 : i + 8]
                    if p.paragraph == d.paragraph and p.speaker is not None
                ),
                None,
            )
            # Else the speaker of the claim before it, across a paragraph or two that
            # only mention someone ("Analysts, led by X, expected a deal.").
            earlier = next(
                (
                    p.speaker
                    for j in range(i - 1, max(0, i - 8) - 1, -1)
                    if (p := drafts[j]).paragraph >= d.paragraph - 3
                    and p.speaker is not None
                    and j not in inner
                ),
                None,
            )
            introduced = None
            if (
                d.cue is None
                and d.paragraph - 1 not in last_in
                and not before
                and not after
                and self.alone_in_paragraph(d)
            ):
                # "Maria Estrada, the budget director, walked reporters through the
                # numbers." then a quote: hers, not the last speaker's.
                introduced = self.opens_with_person(d.paragraph - 1)
            here = None
            if not before and not after and d.cue is None:
                # "Lakshmi is not convinced. Asked ..., she laughs. 'I have heard this
                # before.'": the person the quote's own paragraph opens with.
                para = self.doc.paragraphs[d.paragraph]
                if d.span.start > para.start + 1:
                    here = self.opens_with_person(d.paragraph)
            d.speaker = (
                before or after or here or last_in.get(d.paragraph - 1) or introduced or earlier
            )
            if d.speaker is not None:
                last_in.setdefault(d.paragraph, d.speaker)
        self.continue_pronouns(drafts)
        self.name_bare_bodies(drafts)
        self.generic_owners(drafts)
        self.unnamed_people(drafts)
        self.another_of_them(drafts)
        self.described_again(drafts)
        self.described_outside(drafts)
        self.owned_by_person(drafts)

    @staticmethod
    def inner_claims(drafts: list[_Draft]) -> set[int]:
        """The indices of the drafts (sorted by start) whose cue and span lie inside
        another claim's span: reports within someone's report (a bounded look back)."""
        out: set[int] = set()
        for i, d in enumerate(drafts):
            if d.cue is None:
                continue
            for j in range(max(0, i - 8), min(len(drafts), i + 3)):
                o = drafts[j]
                if (
                    j != i
                    and o.span != d.span
                    and o.span.start <= d.span.start
                    and d.span.end <= o.span.end
                    and o.span.start <= d.cue.start < o.span.end
                ):
                    out.add(i)
                    break
        return out

    def described_again(self, drafts: list[_Draft]) -> None:
        """ "Siemens said ... The German engineering group said", "Fauci said ... The
        immunologist said": a definite description that speaks right after a claim by a
        named body or person (same or next paragraph) is that speaker described again,
        when the description fits its kind; later claims by the description follow."""
        recent: list[tuple[Speaker, int]] = []  # the speakers of the last claims
        again: dict[tuple[str, EntityKind], Speaker] = {}
        for i, d in enumerate(drafts):
            sp = d.speaker
            if sp is None:
                continue
            para = self.doc.paragraph_index(d.span.start) or 0
            if (sp.name, sp.kind) in again:
                sp = d.speaker = attrs.evolve(again[(sp.name, sp.kind)], span=sp.span)
            elif sp.span is not None and not _proper(sp.name):
                # The nearest named speaker of each kind in the last claims: "Glencore
                # said ... Its chief executive, Gary Nagle, said ... The miner said".
                tried: set[EntityKind] = set()
                for prev, at in reversed(recent):
                    if para - at > 1 or prev.kind in tried or not _named_prev(prev.name):
                        continue
                    tried.add(prev.kind)
                    named = self.redescribed(sp, prev)
                    if named is None:
                        continue
                    again[(sp.name, sp.kind)] = named
                    sp = d.speaker = attrs.evolve(named, span=sp.span)
                    if named.name == prev.name and named.kind is not prev.kind:
                        # the name's kind, corrected ("Novo Nordisk ... The drugmaker")
                        again[(prev.name, prev.kind)] = named
                        for e in drafts[:i]:
                            if e.speaker is not None and e.speaker.name == prev.name:
                                e.speaker = attrs.evolve(e.speaker, kind=named.kind)
                    break
            recent = [*recent[-3:], (sp, para)]

    def described_outside(self, drafts: list[_Draft]) -> None:
        """ "According to Counterpoint Research, ... Huawei sold 12 million phones, the
        research firm estimated", "The Bank of England held rates. Barclays will cut
        mortgage rates, the bank said": a definite description after its claim that the
        registry took for a body first named inside that claim or the one before (a name
        that does not say it is such a body) is the body it describes before the claim:
        the speaker of the claim just before, or a body whose name says it is one. A body
        named only in its own claim, with no such one before, stays ("Apple's sales fell,
        the company said")."""
        prev: _Draft | None = None
        for d in drafts:
            sp = d.speaker
            last, prev = prev, d
            if (
                sp is None
                or sp.span is None
                or sp.kind is not EntityKind.ORGANIZATION
                or sp.span.start < d.span.end
                or not _proper(sp.name)
            ):
                continue
            words = self.text[sp.span.start : sp.span.end].lower().split()
            if len(words) < 2 or words[0] != "the" or not all(w.isalpha() for w in words):
                continue
            head = words[-1]
            if fits_noun(sp.name, head) is True or not (
                self.first_named_in(sp, d.span)
                # ("Canalys said Apple's share fell. Xiaomi shipped ..., the research
                # firm said": Apple is named only in what Canalys said)
                or (last is not None and self.first_named_in(sp, last.span))
            ):
                continue
            other: str | None = None
            if (
                last is not None
                and last.speaker is not None
                and last.speaker.kind is EntityKind.ORGANIZATION
                and last.speaker.name != sp.name
                and _named_prev(last.speaker.name)
                and last.span.end <= d.span.start
                and (self.doc.paragraph_index(d.span.start) or 0)
                - (self.doc.paragraph_index(last.span.start) or 0)
                <= 1
                # (described as :meth:`described_again` would: "the research firm" for
                # Counterpoint Research, not a bare "the company" for the union Unite)
                and self.redescribed(
                    Speaker(name=" ".join(words[1:]), kind=sp.kind, span=sp.span), last.speaker
                )
                is not None
            ):
                other = last.speaker.name  # the speaker of the claim just before
            elif not self.sole_body(sp, d.span):
                # ("Barclays and HSBC will cut rates, the bank said": neither is "the
                # bank"; "RBC's earnings beat forecasts, the bank said" is RBC's own)
                named = self.body_named_before(head, d.span.start)
                if named is not None and named != sp.name and fits_noun(named, head):
                    other = named  # a body whose name says it is one
            if other is not None:
                d.speaker = Speaker(name=other, kind=sp.kind, role=sp.role, span=sp.span)
                prev.speaker = d.speaker

    def owned_by_person(self, drafts: list[_Draft]) -> None:
        """ "Her office said", "His spokesman said": the office or campaign is named for
        the person the possessive stands for ("Elizabeth Warren's office"), as "Warren's
        office" is, and the unnamed spokesperson after them ("Kathy Hochul spokesman"), as
        "a spokesman for Hochul" is (see :meth:`possessor`). A spokesperson already
        resolved to a named person ("Kremlin spokesman Dmitry Peskov ... his spokesman
        said") stays that person."""
        for d in drafts:
            sp = d.speaker
            if sp is None or sp.span is None:
                continue
            words = self.text[sp.span.start : sp.span.end].lower().split()
            k = self.tok_index(sp.span.start)
            if len(words) == 1 and k > 0:  # ("Her spokesman": the role without its possessive)
                words = [self.lows[k - 1], *words]
            if len(words) != 2 or words[0] not in _OWNER_GENDER:
                continue
            mouthpiece = words[1] in _MOUTHPIECES
            body = sp.kind is not EntityKind.PERSON and words[1] in _OWNED_BODIES
            if not mouthpiece and not body:
                continue
            if mouthpiece and sp.kind is EntityKind.PERSON and _proper(sp.name):
                continue  # (the spokesperson named before: Dmitry Peskov)
            held = mouthpiece or words[1] in _HELD_BODIES
            owner = self.possessor(d, sp.span, _OWNER_GENDER[words[0]], held)
            if owner is None:
                continue
            if mouthpiece:
                name = f"{owner.name} {self.text[sp.span.end - len(words[1]) : sp.span.end]}"
                # ("Her representatives said": still a group, now named for her)
                kind = sp.kind if sp.kind is EntityKind.GROUP else EntityKind.ANONYMOUS
                d.speaker = Speaker(name=name, kind=kind, role=sp.role, span=sp.span)
            else:
                name = f"{owner.name}'s {words[1]}"
                d.speaker = Speaker(name=name, kind=EntityKind.ORGANIZATION, span=sp.span)

    def possessor(
        self, d: _Draft, at: Span, gender: Literal["female", "male"], held: bool
    ) -> Entity | None:
        """The named person a "his" or "her" at ``at`` stands for. After its claim
        ("Pashinyan spoke with Macron, his office said") the claim is where to look;
        before it, the nearest sentence back (up to the cue) naming such a person. There,
        the only such person; of several, the subject, and only for what every office
        holder has ("held": an office, a spokesman), never a campaign ("Judge Merchan
        rejected Trump's request, his campaign said": Merchan has none)."""
        doc = self.doc
        scopes: list[Span] = []
        end = at.start
        if at.start >= d.span.end:
            scopes.append(d.span)
            end = d.span.start  # (then before it: '"It went well," his spokeswoman said')
        k = doc.sentence_index(end)
        if k is not None:
            para = doc.paragraph_index(end) or 0
            for j in range(k, max(k - _POSSESSOR_REACH, -1), -1):
                sent = doc.sentences[j]
                if para - (doc.paragraph_index(sent.start) or 0) > 1:
                    break
                if sent.start < end:
                    scopes.append(Span(sent.start, min(sent.end, end)))
        for scope in scopes:
            found: list[tuple[Mention, Entity]] = []
            for m in self.reg.in_span(scope):
                ent = self.reg.entity(m)
                if (
                    ent.kind is EntityKind.PERSON
                    and ent.gender in (None, gender)
                    and _proper(ent.name)
                    and ent.name != ent.role
                    and all(ent is not e for _, e in found)
                ):
                    found.append((m, ent))
            if len(found) == 1:
                return found[0][1]
            if found:
                first, ent = found[0]
                return ent if held and self.opens_scope(scope.start, first.span.start) else None
        return None

    def opens_scope(self, start: int, at: int) -> bool:
        """Whether a name at ``at`` is the subject of the text from ``start``: only its
        titles and determiners before it ("Mexican President Andres Manuel Lopez Obrador
        criticised", "On Tuesday, the senator"), no verb ("Police arrested Ryan Routh")."""
        toks = self.tokens
        k = self.tok_index(start)
        while k < len(toks) and toks[k].start < at:
            word = toks[k].text
            if word[:1].islower() and self.lows[k] not in _DETERMINERS:
                return False
            k += 1
        return True

    def sole_body(self, sp: Speaker, span: Span) -> bool:
        """Whether ``sp`` is the only body named in ``span`` (a claim): no other
        organisation, nor a name of unknown kind but after a place's preposition ("Barclays
        and HSBC": two; "Westpac expects a cut in November": one)."""
        lows = self.lows
        for m in self.reg.in_span(span):
            ent = self.reg.entity(m)
            if ent.name == sp.name or ent.kind is EntityKind.PERSON:
                continue
            k = self.tok_index(m.span.start)
            placed = k > 0 and lows[k - 1] in _PLACE_PREPS
            if ent.kind is EntityKind.ORGANIZATION or (
                ent.kind is EntityKind.UNKNOWN and not placed
            ):
                return False
        return True

    def first_named_in(self, sp: Speaker, span: Span) -> bool:
        """Whether the body ``sp`` names is first mentioned inside ``span`` (a claim)."""
        for m in self.reg.in_span(span):
            if self.reg.entity(m).name == sp.name:
                first = self.reg.entity(m).mentions[0]
                return first.start >= span.start
        return False

    def redescribed(self, sp: Speaker, prev: Speaker) -> Speaker | None:
        """``prev`` when ``sp`` is a description of it (see :meth:`described_again`)."""
        assert sp.span is not None
        if _proper(sp.name) or not _named_prev(prev.name) or sp.name == prev.name:
            return None
        words = self.text[sp.span.start : sp.span.end].split()
        if not words or len(words) > 7:
            return None
        if words[0].lower() != "the":
            # "Grand Slam champion" found inside "The 24-time Grand Slam champion".
            i = self.tok_index(sp.span.start)
            k = i - 1
            while k > i - 6 and k >= 0 and self.lows[k] != "the":
                if not self.tokens[k].text.replace("-", "").isalnum():
                    break
                k -= 1
            if k < 0 or self.lows[k] != "the":
                k = i
            words = self.text[self.tokens[k].start : sp.span.end].split()
        lows = [w.lower().replace("’", "'") for w in words]
        head = lows[-1]
        ranked = prev.kind is EntityKind.PERSON and _rank_start(lows, len(lows) - 1) == 0
        if ranked:
            return prev  # "Alcaraz said ... The world number one said": the same player
        owned = lows[0].endswith("'s") and lows[0] in _REDESCRIBE_OWNERS
        if lows[0] != "the" and not owned:
            return None
        mods = lows[1:-1]
        if any(w.endswith("'s") and w not in _REDESCRIBE_OWNERS for w in mods):
            return None  # "the company's chief executive": someone the body employs
        lex = _lex()
        place = head in _PLACE_HEADS and bool(mods)
        if prev.kind is EntityKind.GROUP and place and self.plain_description(words, place):
            # "Rangers said ... The Glasgow club said": a club taken for a group.
            return attrs.evolve(prev, kind=EntityKind.ORGANIZATION)
        if prev.kind is EntityKind.ORGANIZATION:
            firm = head in _FIRM_ROLES or place
            if head not in lex.org_nouns and head not in _ORG_WORDS and not firm:
                return None
            describing = (firm or head in _REDESCRIBE_HEADS or head in _GENERIC_ORGS) and (
                head not in _REDESCRIBE_NOT
            )
            if not self.plain_description(words, place):
                return None  # "the Ofwat regulator", "the IMF body": a body of its own
            if not _proper(prev.name) and any(
                w[:1].isupper() and w != prev.name.split()[0] for w in words[1:-1]
            ):
                return None  # "Israeli military ... The Lebanese army": another country's
            if (not describing or not (mods or owned or firm)) and not self.fits_bare(
                prev.name, head
            ):
                # "Pfizer said ... The regulator said", "The coast guard said": another body
                return None
            return prev
        if (
            prev.kind is EntityKind.PERSON
            and prev.role is None
            and mods
            and (head in _REDESCRIBE_HEADS or head in _GENERIC_ORGS)
            and head not in _REDESCRIBE_NOT
            and prev.name.split()[0].lower() not in _FIRST_NAMES
            and all(_origin_word(w) or w.islower() for w in words[1:-1])
        ):
            # "Novo Nordisk said ... The Danish drugmaker said": a firm taken for a person.
            return attrs.evolve(prev, kind=EntityKind.ORGANIZATION)
        if prev.kind is EntityKind.PERSON and len(prev.name.split()) > 1 and not owned:
            employer = _employer(prev.role)
            if (
                employer
                and (head in _REDESCRIBE_HEADS or head in _GENERIC_ORGS)
                and mods
                and self.plain_description(words)
            ):
                # "Maersk chief executive Vincent Clerc said ... The Danish shipping group
                # said": the firm the person was named with.
                return Speaker(name=employer, kind=EntityKind.ORGANIZATION, span=prev.span)
            if self.heads_body(prev, head, mods):
                return prev
            if head not in lex.roles and head not in _PERSON_DESCRIPTIONS:
                return None
            if head not in _PERSON_DESCRIPTIONS and not any(_marks_same(w) for w in mods):
                # "Smith said ... The judge said", "The health minister said": someone
                # else; "the former defender", "the 58-year-old coach": the same.
                return None
            held = set((prev.role or "").lower().split())
            if head in held and not (set(mods) & _COUNTERPART_MODS) <= held:
                return None  # "Governor Kathy Hochul said ... The former governor said"
            return prev
        return None

    @staticmethod
    def heads_body(prev: Speaker, head: str, mods: list[str]) -> bool:
        """ "Scholz said ... The chancellor said", "Arteta said ... The Arsenal manager
        said": the office that heads a body or country ("president", "manager", "chief",
        "prime minister") is the person who just spoke when the article named them with
        no role of their own; a counterpart ("the deputy leader") is someone else, and so
        is an office under a head ("the health minister")."""
        if prev.role is not None or set(mods) & _COUNTERPART_MODS:
            return False
        return head in _HEAD_OFFICES or (head == "minister" and bool(mods) and mods[-1] == "prime")

    @staticmethod
    def plain_description(words: list[str], place: bool = False) -> bool:
        """Whether the capitalised words inside a body's description only say where it
        is from ("the Swiss food giant", "the New York-based group", "the north London
        club"), so that it names no body of its own ("the Ofwat regulator"). Before a
        noun tied to a place (``place``: "the Turin club", "the Sussex airport") one
        capitalised word is that place."""
        inner = words[1:-1]
        if place and len(inner) == 1 and inner[0].isalpha() and not inner[0].isupper():
            return True
        return all(
            _origin_word(w)
            or "-" in "".join(inner[k + 1 : k + 2])  # "New York-based"
            or (k > 0 and inner[k - 1].islower())  # "the north London club"
            for k, w in enumerate(inner)
            if w[:1].isupper()
        )

    @staticmethod
    def fits_bare(name: str, head: str) -> bool:
        """Whether a body's noun ("the center", "the fund", "the statistics office") fits
        a body's name: the name says it ("National Hurricane Center"), the name's noun is
        another word for it ("Israeli military", "the army"), or the acronym it opens with
        holds the noun's initial ("IMF", "ONS")."""
        named = name.lower().split()
        if fits_noun(name, head) or head in named:
            return True
        if head in _AGENCY_HEADS and name.lower() in _lex().agencies:
            return True  # ("Interfax reported ... The agency said": the news agency)
        if named and f"{named[-1]}:{head}" in _SAME_BODIES:
            return True  # "The Israeli military said ... The army said"
        acronym = named[0].upper() if named else ""
        return name.split()[0] == acronym and 2 <= len(acronym) <= 6 and head[:1].upper() in acronym

    def indefinite(self, start: int) -> bool:
        """Whether the phrase at ``start`` opens with, or follows, "a" or "an"."""
        head = self.text[start : start + 3].lower()
        before = self.text[max(0, start - 4) : start].lower()
        return head.startswith(("a ", "an ")) or before.endswith((" a ", " an ", "\na "))

    def unnamed_people(self, drafts: list[_Draft]) -> None:
        """ "A senior lawmaker said", "a top aide said": someone brought in by an
        indefinite role of rank and never named is an anonymous source (but "a prosecutor
        told the jury" is a person acting in public); so is one of a crowd ("One user
        wrote", "Another commuter said")."""
        for d in drafts:
            sp = d.speaker
            if (
                sp is not None
                and sp.kind in (EntityKind.PERSON, EntityKind.UNKNOWN)
                and sp.name.split(" ", 1)[0].lower() in _ONE_OF_THEM
                and " " in sp.name
                and sp.name.split(" ", 2)[1].islower()
            ):
                # "One user wrote", "Another commuter said": one of a crowd, unnamed.
                d.speaker = Speaker(
                    name=sp.name, kind=EntityKind.ANONYMOUS, role=sp.role, span=sp.span
                )
                continue
            if (
                sp is None
                or sp.span is None
                or sp.kind is not EntityKind.PERSON
                or not sp.name[:1].islower()
                or sp.name.split(" ", 1)[0].lower() not in _UNNAMED_RANKS
                or " " not in sp.name
                or not self.indefinite(sp.span.start)
            ):
                continue
            d.speaker = Speaker(name=sp.name, kind=EntityKind.ANONYMOUS, role=sp.role, span=sp.span)

    def another_of_them(self, drafts: list[_Draft]) -> None:
        """ "One diplomat said ... Another said": a bare "another" is one more of the
        unnamed people just quoted, named by their noun (within a paragraph's reach)."""
        last: tuple[int, str] | None = None  # (paragraph, noun) of the last unnamed one
        for d in drafts:
            sp = d.speaker
            if sp is None or sp.kind is not EntityKind.ANONYMOUS:
                continue
            words = sp.name.split(" ", 5)
            if len(words) > 1 and words[0].lower() in _ONE_OF_THEM:
                head = self.person_head(words[1:5])
                last = None if head is None else (d.paragraph, head)
            elif (
                words[0].lower() == "another"
                and len(words) == 1
                and last is not None
                and d.paragraph - last[0] <= 1
            ):
                d.speaker = attrs.evolve(sp, name=f"{words[0]} {last[1]}")

    def person_head(self, words: list[str]) -> str | None:
        """The noun for one person that heads the words after "one" ("senior official"
        in "One senior official involved in the talks", "officer" in "one police
        officer"): the last such noun among the leading lower-case words, or None."""
        head = None
        for w in words:
            if not w.isalpha() or not w.islower() or w in _PREPOSITIONS:
                break
            if w in self.lex.roles or w in _PLACED_PEOPLE:
                head = w
        return head

    def alone_in_paragraph(self, d: _Draft) -> bool:
        """Whether a quote is all its paragraph holds (no cue we could not read after
        it: '"...," the statement said')."""
        para = self.doc.paragraphs[d.paragraph]
        tail = self.text[d.span.end : min(para.end, d.span.end + 12)]
        return d.span.end + 12 >= para.end and tail.strip(" .,;:!?\"“”'’\n") == ""

    def opens_with_person(self, p: int) -> Speaker | None:
        """The person named as the first words of paragraph ``p`` (not the headline)."""
        if p <= 0 or p >= len(self.doc.paragraphs):
            return None
        para = self.doc.paragraphs[p]
        m = self.reg.starting_from(para.start)
        if m is None or m.span.start != para.start or m.form not in ("name", "surname", "role"):
            return None
        ent = self.reg.entity(m)
        if ent.kind is not EntityKind.PERSON or ent.name == ent.role:
            return None  # "Budget director Maria Estrada ...", not "A witness ..."
        return self.speaker_of(m)

    def name_bare_bodies(self, drafts: list[_Draft]) -> None:
        """ "..., their union announced" before "the union, SPAC" is named: a bare body
        noun takes the one named body the article calls by that noun, wherever it is."""
        bare = {
            d.speaker.name
            for d in drafts
            if d.speaker is not None
            and d.speaker.kind is EntityKind.ORGANIZATION
            and d.speaker.name.isalpha()
            and d.speaker.name.islower()
        }
        if not bare:
            return
        named: dict[str, set[str]] = {}
        for m in self.reg.mentions:
            ent = self.reg.entity(m)
            if m.form != "organization" or not ent.name[:1].isupper():
                continue
            word = self.text[m.span.start : m.span.end].lower().split()[-1]
            if word in bare and word != ent.name.lower():
                named.setdefault(word, set()).add(ent.name)
        for d in drafts:
            sp = d.speaker
            if sp is None or sp.name not in named or len(named[sp.name]) != 1:
                continue
            (name,) = named[sp.name]
            d.speaker = Speaker(name=name, kind=sp.kind, role=sp.role, span=sp.span)

    def generic_owners(self, drafts: list[_Draft]) -> None:
        """ "Workers at Orvana Automotive's plant walked out, halting production of the
        company's best-selling SUV ... The company said": a generic body noun the registry
        kept apart is the named body it first followed (the nearest named one before its
        first mention, in a bounded window, whose name does not say it is another kind)."""
        found: dict[int, str | None] = {}
        for d in drafts:
            sp = d.speaker
            if (
                sp is None
                or sp.span is None
                or sp.kind is not EntityKind.ORGANIZATION
                or sp.name not in _GENERIC_ORGS
            ):
                continue
            m = self.reg.at(sp.span.start) or self.reg.ending_before(sp.span.end)
            if m is None or self.reg.entity(m).name != sp.name:
                continue
            if m.entity not in found:
                found[m.entity] = self.owner_before(self.reg.entity(m), sp.name)
            name = found[m.entity]
            if name is not None:
                d.speaker = Speaker(name=name, kind=sp.kind, role=sp.role, span=sp.span)

    def owner_before(self, ent: Entity, noun: str) -> str | None:
        """The named body nearest before the first mention of ``ent`` (see
        :meth:`generic_owners`), or None."""
        first = ent.mentions[0]
        window = Span(max(0, first.start - _OWNER_REACH), first.start)
        for m in reversed(self.reg.in_span(window)):
            if m.form in ("pronoun", "group", "anonymous", "role"):
                continue
            other = self.reg.entity(m)
            if other.kind is EntityKind.UNKNOWN and self.site_owner(m):
                return other.name  # "at Orvana Automotive's car plant": the plant's owner
            if other.kind is EntityKind.UNKNOWN:
                continue  # a place or a demonym: "in Trnava", "Slovak car plant"
            if other.kind is EntityKind.PERSON and self.in_byline(m):
                continue  # "By Jana Kollarova and Peter Hudak"
            if (
                not other.name[:1].isupper()
                or other.kind is EntityKind.GROUP
                or other.kind is EntityKind.ANONYMOUS
                # a person's name, unless nothing but the name finder said so
                or (
                    other.kind is EntityKind.PERSON
                    and (other.role is not None or other.gender is not None)
                )
            ):
                return None
            fits = fits_noun(other.name, noun)
            # The name says it is one ("Orvana Group"), or it owns a site where the story
            # is ("walked out at Orvana Automotive's plant"); not any body before the noun
            # ("The FDA approved the company's drug": the regulator is no company).
            return other.name if fits is True or (fits is None and self.site_owner(m)) else None
        return None

    def site_owner(self, m: Mention) -> bool:
        """Whether a name owns the site named after it, after a place's preposition ("at
        Orvana Automotive's car plant", "in Veltrion's factory")."""
        if self.text[m.span.end : m.span.end + 2] not in _POSSESSIVE:
            return False
        k = self.tok_index(m.span.start) - 1
        if k > 0 and self.lows[k] == "the":
            k -= 1
        if k < 0 or self.lows[k] not in _PLACE_PREPS:
            return False
        j = self.tok_index(m.span.end + 2)
        # (the site's noun within three words: "Slovak car plant")
        return any(w in _OWNED_SITES for w in self.lows[j : j + 3])

    def in_byline(self, m: Mention) -> bool:
        """Whether a mention is in a byline paragraph ("By Jana Kollarova")."""
        p = self.doc.paragraph_index(m.span.start)
        if p is None:
            return False
        return self.text.startswith("By ", self.doc.paragraphs[p].start)

    def unnamed_antecedents(self, drafts: list[_Draft]) -> None:
        """'"...," the teachers' leader said. He added that ...': a "he" or "she" the
        registry links to no one, right at its cue, stands for the unnamed person who made
        the claim just before (in that paragraph or the one before) when no person was
        named since."""
        toks, lows = self.tokens, self.lows
        for i, d in enumerate(drafts):
            if i == 0 or d.speaker is not None or d.cue is None:
                continue
            c = self.tok_index(d.cue.start)
            at = next(
                (k for k in (c - 1, c + 1) if 0 <= k < len(toks) and lows[k] in ("he", "she")),
                None,
            )
            if at is None:
                continue
            m = self.reg.at(toks[at].start)
            if m is not None and (
                m.form != "pronoun" or self.reg.entity(m).kind is not EntityKind.UNKNOWN
            ):
                continue  # (a pronoun the registry links to someone is theirs)
            prev = drafts[i - 1]
            psp = prev.speaker
            if (
                psp is None
                or psp.span is None
                or psp.kind not in (EntityKind.PERSON, EntityKind.ANONYMOUS)
                or (psp.kind is EntityKind.PERSON and psp.role != psp.name)
                or prev.paragraph < d.paragraph - 1
                or psp.span.end > toks[at].start
                or toks[at].start - psp.span.end > _UNNAMED_REACH
            ):
                continue
            gap = Span(psp.span.end, toks[at].start)
            if any(
                self.reg.entity(n).kind is EntityKind.PERSON and n.form != "pronoun"
                for n in self.reg.in_span(gap)
            ):
                continue
            d.speaker = attrs.evolve(psp, span=toks[at].span)

    def continue_pronouns(self, drafts: list[_Draft]) -> None:
        """ "X said ... 'Quote,' he said": a pronoun right after a claim goes back to
        that claim's speaker unless someone else was mentioned outside claims since."""
        for i, d in enumerate(drafts):
            sp = d.speaker
            if sp is None or sp.span is None or i == 0:
                continue
            word = self.text[sp.span.start : sp.span.end].lower()
            if word == "it":
                self.continue_body(drafts, i)
                continue
            if word == "they" and self.pronoun_at_cue(sp.span, d.cue):
                self.continue_plural(drafts, i)
                continue
            if word not in ("he", "she") or not self.pronoun_at_cue(sp.span, d.cue):
                continue
            want = "male" if word == "he" else "female"
            prev = drafts[i - 1]
            psp = prev.speaker
            if psp is None or psp.span is None or psp == sp or prev.paragraph < d.paragraph - 2:
                continue
            pm = self.reg.at(psp.span.start)
            if pm is None:
                continue
            pent = self.reg.entity(pm)
            if pent.kind not in (EntityKind.PERSON, EntityKind.ANONYMOUS):
                continue
            if pent.gender is not None and pent.gender != want:
                continue
            if pent.name == sp.name:
                continue
            intervening = [
                m
                for m in self.mentions_since(drafts, i, sp.span.start)
                if self.reg.entity(m).kind is EntityKind.PERSON
                and self.reg.entity(m).id != pent.id
                and m.span != sp.span
                and self.introduces(m)
            ]
            if not intervening:
                d.speaker = attrs.evolve(psp, span=sp.span)

    def continue_plural(self, drafts: list[_Draft], i: int) -> None:
        """ "Sun, Hewlett-Packard and others say A. B, they said": a "they" cue right after
        a claim by several (a group, or bodies joined by "and") is them, not a body their
        claim named, unless another body or group, not the object of a preposition, is
        mentioned outside the claims in between."""
        d, prev = drafts[i], drafts[i - 1]
        sp, psp = d.speaker, prev.speaker
        if (
            sp is None
            or sp.span is None
            or psp is None
            or psp.name == sp.name
            or not (psp.kind is EntityKind.GROUP or " and " in psp.name)
            or psp.kind not in (EntityKind.GROUP, EntityKind.ORGANIZATION)
            or prev.paragraph < d.paragraph - 1
            or prev.span.end > sp.span.start
        ):
            return
        kinds = (EntityKind.ORGANIZATION, EntityKind.GROUP)
        for m in self.named_since(drafts, i, sp.span.start, kinds):
            if not self.after_preposition(m):
                # "Analysts said ...", "On Monday, city officials visited the area": others
                # took the floor (not "the water in the city", a place)
                return
        d.speaker = attrs.evolve(psp, span=sp.span)

    def mentions_since(self, drafts: list[_Draft], i: int, end: int) -> Iterator[Mention]:
        """The registry's mentions from the end of the claim before draft ``i`` up to
        ``end``, outside the last few claims: who was named there (not inside what was
        said) may have taken the floor, so a pronoun cue need not go back."""
        claims = [c.span for c in drafts[max(0, i - 3) : i + 1]]
        for m in self.reg.in_span(Span(min(drafts[i - 1].span.end, end), end)):
            if not any(c.contains(m.span) for c in claims):
                yield m

    def named_since(
        self, drafts: list[_Draft], i: int, end: int, kinds: tuple[EntityKind, ...]
    ) -> Iterator[Mention]:
        """The mentions of :meth:`mentions_since` that name an entity of ``kinds`` (no
        pronoun): who else of that kind may have taken the floor."""
        for m in self.mentions_since(drafts, i, end):
            if m.form != "pronoun" and self.reg.entity(m).kind in kinds:
                yield m

    def pronoun_at_cue(self, pronoun: Span, cue: Span | None) -> bool:
        """Whether the pronoun is the cue's own subject ("he said", "said he", "he later
        told"), not a clause's subject further back ("He admitted it, claiming ..."),
        which the registry has already resolved."""
        if cue is None:
            return True
        if pronoun.start >= cue.end:
            return pronoun.start - cue.end <= 1
        return self.tok_index(cue.start) - self.tok_index(pronoun.end) <= 2

    def continue_body(self, drafts: list[_Draft], i: int) -> None:
        """ "Meridian said it had found malware on its network. Staff were writing notes
        by hand, it said": "it" right after a body's claim is that body, not a body its
        claim or a side clause named ("its network", "their airline"), unless another
        body opens a sentence in between. So is "It" after a finding's subject ("The audit
        found ... It said") and "it" after a document's claim (the document, not the body
        that issued it)."""
        d, prev = drafts[i], drafts[i - 1]
        sp, psp = d.speaker, prev.speaker
        if (
            sp is None
            or sp.span is None
            or psp is None
            or not (
                psp.kind is EntityKind.ORGANIZATION
                # "The audit found ... It said": a sentence-opening "It" after a finding
                # goes back to the finding's subject, not to a body named before it; so
                # does any "it" after a document's claim ("according to the report. The
                # captain called for power, it said"), even when a body issued it.
                or (
                    psp.kind is EntityKind.UNKNOWN
                    and psp.name.islower()
                    and self.text[sp.span.start : sp.span.end] == "It"
                )
                or _is_document(psp)
            )
            or psp.name == sp.name
            or prev.paragraph < d.paragraph - 1
            or prev.span.end > sp.span.start
        ):
            return
        for m in self.named_since(drafts, i, sp.span.start, (EntityKind.ORGANIZATION,)):
            sent = self.sentence_of(m.span.start)
            if sent is not None and _after_dateline(self.text, sent.start, m.span.start) + 4 >= (
                m.span.start
            ):
                return  # "The bank said ...": another body took the floor
        d.speaker = attrs.evolve(psp, span=sp.span)

    def introduces(self, m: Mention) -> bool:
        """Whether a person's mention brings them forward as a possible next speaker:
        the subject of its sentence, or described in an apposition ("Maria Lopez, an
        engineer,"); a passing object ("officials met John Smith") does not."""
        after = self.text[m.span.end : m.span.end + 8].lower()
        if after.startswith((", a ", ", an ", ", the ", ", who", ", whose ")):
            return True
        sent = self.sentence_of(m.span.start)
        if sent is None:
            return True
        return self.tok_index(m.span.start) - self.tok_index(sent.start) <= 2


def _held_impersonals_out(drafts: list[_Draft]) -> list[_Draft]:
    """Leave out an agentless "it is believed that A" that another claim holds ("It is
    believed that A, police said", "Police said B, and it is believed that A"): the
    named source's report is the claim, and A for no one would only repeat part of it."""
    if not any(d.impersonal for d in drafts):
        return drafts
    # The claims by start, with the two farthest ends (and whose) up to each: whether some
    # other claim that starts before a cue runs past it is then one bisect (linear overall).
    order = sorted(range(len(drafts)), key=lambda k: drafts[k].span.start)
    starts = [drafts[k].span.start for k in order]
    tops: list[tuple[tuple[int, int], tuple[int, int]]] = []
    first = second = (-1, -1)  # (end, index)
    for k in order:
        mark = (drafts[k].span.end, k)
        if mark > first:
            first, second = mark, first
        elif mark > second:
            second = mark
        tops.append((first, second))
    held: set[int] = set()
    for k, d in enumerate(drafts):
        if not d.impersonal or d.cue is None:
            continue
        at = bisect.bisect_right(starts, d.cue.start) - 1
        if at < 0:
            continue
        far, next_far = tops[at]
        if (next_far if far[1] == k else far)[0] >= d.cue.end:
            held.add(k)
    return [d for k, d in enumerate(drafts) if k not in held] if held else drafts


def _owned_role(role: str, noun: str, owner_words: set[str]) -> bool:
    """Whether ``role`` is ``noun`` owned by words of one owner's name ("Elian's father"
    for the noun "father" and the owner "Elian Gonzalez")."""
    who, mark, head = role.lower().replace("’", "'").partition("'s ")
    return bool(mark) and head.split()[-1:] == [noun] and set(who.split()) <= owner_words


def _speaker(ent: Entity, span: Span) -> Speaker:
    kind = ent.kind
    if kind is EntityKind.UNKNOWN:
        first = ent.name.split(" ", 1)[0].lower()
        # ("South Korea said", "New Zealand said": a country speaks through its government)
        person = " " in ent.name and first not in _PLACE_OPENERS
        kind = EntityKind.PERSON if person else EntityKind.ORGANIZATION
    return Speaker(name=ent.name, kind=kind, role=ent.role, span=span)


@cache
def _surnames() -> frozenset[str]:
    """Common family names that may stand alone for a speaker (see ``_lone_surname``)."""
    names = name_lexicon()
    bodies = names.org_names | names.places
    return frozenset(w for w in lexicon_lines("surnames") if w not in bodies)


# ", the association that ...", ", a trade body for ...": up to three words after the article.
_BODY_APPOSITION = re.compile(r", (?:the|a|an) ((?:[\w-]+ ){0,2}[\w-]+)")
# A speaker's own "I" in a quote ("I will appeal", "my client"): one person speaks. "I"
# alone counts before a lower-case word and not after a capitalised word inside the
# sentence ("We ran Phase I trials", "World War I": a numeral).
_FIRST_PERSON = re.compile(
    r"\bI(?= [a-z])|\b(?:"
    + "|".join(
        re.escape(form).replace("'", "['’]")
        for w in sorted(word_set("claim_grammar", "first_person"), key=len, reverse=True)
        for form in ((w.capitalize(),) if w.startswith("i'") else (w, w.capitalize()))
    )
    + r")\b"
)
_NUMERAL_BEFORE = re.compile(r"[a-z,;] [A-Z][\w-]* $")


def _first_person(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` speaks in the first person (see ``_FIRST_PERSON``)."""
    for hit in _FIRST_PERSON.finditer(text, start, end):
        if hit.group() != "I":
            return True
        if _NUMERAL_BEFORE.search(text, max(start, hit.start() - 40), hit.start()) is None:
            return True
    return False


# "O'Brien", "McCarthy", "MacLeod": the shapes of Irish and Scottish family names;
# "Zelensky", "Kowalski", "Shevchenko", "Djokovic", "Lavrov", "Aliyev": of Slavic and
# Turkic ones; "Pashinyan", "Popescu", "Papadopoulos", "Mitsotakis", "Davutoglu",
# "Saakashvili", "Kobakhidze", "Sanchez": Armenian, Romanian, Greek, Turkish, Georgian,
# Spanish.
_SURNAME_SHAPE = re.compile(
    r"(?:O['’]|Mc|Mac)[A-Z][a-z]+|[A-Z][a-z]+(?:sky|ski|ska|enko|chuk|vich|ovic|ović|ovych"
    r"|[a-z]ov|ova|[a-z]ev|eva|yan|escu|opoulos|akis|idis|oglu|shvili|dze|[dnr]ez)"
)


def _lone_surname(name: str) -> bool:
    """Whether a lone capitalised word of unknown kind that speaks ("Zhang said",
    "O'Brien said") is a surname: a common family name, or one shaped like a family
    name (O'Brien, McCarthy, Zelensky, Kowalski). Any other lone word stays a body, as a company
    or a capital usually is ("Nordhav said", "Moscow said")."""
    if " " in name or not name[:1].isupper():
        return False
    if name in _surnames():
        return True
    return _SURNAME_SHAPE.fullmatch(name) is not None and name not in name_lexicon().places


def _named_prev(name: str) -> bool:
    """Whether a speaker can be described again: a proper name, or a country's body
    named by its noun ("Israeli military", then "the army")."""
    if _proper(name):
        return True
    words = name.split()
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and _origin_word(words[0])
        and words[1] in _SAME_BODY_NAMES
    )


def _proper(name: str) -> bool:
    """Whether a speaker's name is a proper name ("Rio Tinto", "IMF"), not a description
    ("fiscal watchdog", "Grand Slam champion" is one too: its last word is a role)."""
    words = name.split()
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    last = words[-1].lower()
    return last not in _lex().roles and last not in _PERSON_DESCRIPTIONS


def _employer(role: str | None) -> str | None:
    """The firm a title opens with ("Maersk" in "Maersk chief executive", "Siemens" in
    "Siemens CEO"): capitalised words before a lower-case title or an acronym, unless they
    only say where the person is from; a capitalised title is an office ("Provincial
    Health Minister")."""
    if not role:
        return None
    words = role.split()
    titles = name_lexicon().titled
    k = 0
    while k < len(words) and words[k][:1].isupper() and words[k].lower() not in titles:
        k += 1
    if k == 0 or k == len(words) or all(_origin_word(w) for w in words[:k]):
        return None
    if not (words[k].islower() or words[k].isupper()):
        return None  # "Provincial Health Minister": an office, not a firm's "chief executive"
    return " ".join(words[:k])


def _origin_word(word: str) -> bool:
    """Whether a capitalised word in a body's description says where it is from ("Swiss",
    "UN", "New York-based", "Anglo-Australian") rather than naming another body."""
    if "-" in word or (len(word) == 2 and word.isupper()):
        return True
    return any(word.endswith(end) for end in _DEMONYM_ENDINGS) and not word.isupper()


def _marks_same(word: str) -> bool:
    """Whether a word before a role marks a description of someone just named: "former",
    an age ("58-year-old"), a count of titles ("24-time", "seven-time")."""
    return word in _SAME_MARKS or word.endswith(("-year-old", "-time"))


def _strip_determiner(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first.lower() in _ARTICLES and rest else name


def _object_word(text: str) -> bool:
    """A word of a short noun phrase: letters, digits and hyphens, a possessive ("the
    market's reaction", "the 14-day waiting period")."""
    return _strip_s(text).replace("-", "").isalnum()


def _strip_s(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _voiced_body(name: str, span: Span) -> Speaker | None:
    """ "Coast guard officials", "a Coast Guard spokesman": the service itself."""
    words = name.split()
    # "Coast guard officials in Miami": the phrase's head comes before any preposition.
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _PREPOSITIONS), len(words))
    words = words[:cut]
    if len(words) < 2 or words[-1].lower() not in _VOICES:
        return None
    for size in (2, 1):
        body = words[-1 - size : -1]
        if len(body) == size and " ".join(body).lower() in _VOICED_BODIES:
            role = words[-1].lower()
            return Speaker(name=" ".join(body), kind=EntityKind.ORGANIZATION, role=role, span=span)
    return None


def _crowd_of_bodies(name: str) -> bool:
    """Whether a body's name is a common plural for bodies ("authorities", "Guatemalan
    authorities", "Authorities"), not a proper name ("Port Authorities Board")."""
    last = name.rpartition(" ")[2]
    return _crowd_noun(last.lower()) and (last.islower() or " " not in name)


def _crowd_noun(low: str) -> bool:
    """Whether a lower-case plural names an open crowd of bodies rather than bodies one
    could count ("authorities", "carmakers", "computer makers", "retailers": a group, as
    annotators give them; "companies", "airlines": organisations). The one rule for every
    speaker phrase (a registry name, a typed phrase, a phrase with a tail)."""
    return low in _PLURAL_GROUPS or (low.endswith("ers") and low[:-1] in _lex().org_nouns)


def _is_document(speaker: Speaker | None) -> bool:
    """Whether a speaker is a document or data set named as written ("the report", "data
    from LSEG"): of unknown kind, with a document's noun among its words."""
    return (
        speaker is not None
        and speaker.kind is EntityKind.UNKNOWN
        and not _DOCUMENTS.isdisjoint(speaker.name.lower().split())
    )


def _paper_word(low: str, following: str) -> str | None:
    """The kind of document a lower-case word names ("statement", "release" and "press
    release" are statements; "judgment" is a ruling), or None."""
    if low in _STATEMENTS or f"{low} {following}" in _STATEMENTS:
        return "statement"
    if low in _RULINGS:
        return "ruling"
    return low if low in _PAPERS else None


def _paper_kind(speaker: Speaker | None) -> str | None:
    """The kind of document an unresolved speaker is ("the statement", "the final
    report", "the ruling"), or None: only a lower-case phrase of unknown kind."""
    if speaker is None or speaker.kind is not EntityKind.UNKNOWN:
        return None
    words = _strip_determiner(speaker.name).split()
    if not words or len(words) > 3 or not all(w.islower() for w in words):
        return None
    return _paper_word(words[-1], "") or _paper_word(words[0], words[-1])


def _unnamed_agent(speaker: Speaker) -> Speaker:
    """An unnamed individual speaking for a body is an anonymous source, as independent
    annotators agree: "a Kremlin spokesman" (resolved above to the body with the role
    "spokesman") is "Kremlin spokesman", "a spokeswoman for the company" is "<the
    company's name> spokeswoman", "a company official" stays "company official"; a named
    spokesperson is the person and "the ministry said" the body."""
    role = speaker.role
    if speaker.kind is EntityKind.ORGANIZATION:
        if role is None or role.lower() not in _UNNAMED_AGENTS:
            return speaker
        role = role.lower()
        return Speaker(
            name=f"{speaker.name} {role}", kind=EntityKind.ANONYMOUS, role=role, span=speaker.span
        )
    if speaker.kind is not EntityKind.PERSON or role is None or role != speaker.name:
        return speaker
    words = role.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in _AGENT_ENDS), len(words))
    if words[cut - 1] not in _UNNAMED_AGENTS:
        return speaker  # ("the prosecutor", "a witness": not someone speaking for a body)
    return Speaker(name=speaker.name, kind=EntityKind.ANONYMOUS, role=role, span=speaker.span)


def _hearing_body(speaker: Speaker | None) -> bool:
    """Whether what ``speaker`` "heard" was said in it: "the court heard", "the inquest
    heard" (the last word names a hearing body), not "residents heard gunfire"."""
    if speaker is None or speaker.kind not in (EntityKind.ORGANIZATION, EntityKind.UNKNOWN):
        return False
    words = speaker.name.lower().split()
    return bool(words) and words[-1] in _HEARING_BODIES


def _name_withheld(head: str) -> bool:
    """Whether reported content only asks for anonymity ("her surname not be used")."""
    if head.lstrip()[:1] not in ("h", "H", "t", "T", "m", "M"):
        return False  # (the common case, before any copy is made)
    words = head.lower().split()[:3]
    return (
        len(words) >= 2
        and words[0] in ("her", "his", "their", "my")
        and words[1] in ("name", "surname", "names", "surnames", "identity", "full", "last")
    )


def _rank_start(lows: list[str], j: int) -> int | None:
    """The index of "the" opening a ranking that ends at ``j`` ("the world number one",
    "the world No. 1", "the world number-one"), or None."""
    last = lows[j]
    if last.startswith("number-") and last[7:] in _RANK_NUMBERS:
        i = j - 1
    elif last.isdigit() or last in _RANK_NUMBERS:
        i = j - 1
        if i > 0 and lows[i] == "." and lows[i - 1] == "no":
            i -= 1
        if i < 0 or lows[i].rstrip(".") not in _RANK_MARKERS:
            return None
        i -= 1
    else:
        return None
    if i < 1 or lows[i] not in _RANK_SCOPES:
        return None
    i -= 1
    if i > 0 and lows[i].endswith("'s"):
        i -= 1  # "the women's world number one"
    return i if i >= 0 and lows[i] == "the" else None


def _clean_gap(gap: str, finite: bool = False) -> bool:
    if finite and gap.startswith(("'s ", "’s ")):
        # "Hartwell's said", "Sainsbury's also said": no owner is ever followed by a finite
        # verb ("the union's demand" is a noun), so the "'s" ends the name of a body.
        gap = gap[2:]
    stripped = gap.strip()
    if not stripped:
        return True
    if stripped in (",", "."):
        # the closing comma of an apposition ("a company spokesman, said"), or the dot
        # of an abbreviation ending a name ("Kyle Technology Corp. said")
        return True
    words = stripped.split()
    return len(words) <= 2 and all(w.lower() in _BETWEEN for w in words)


def _is_object_pronoun(text: str, m: Mention) -> bool:
    return text[m.span.start : m.span.end].lower() in ("him", "them", "her")


def _after_dateline(text: str, start: int, end: int) -> int:
    """Skip a dateline ("HAMBURG, Germany —", "LONDON (Reuters) -", CNN's place-less
    "(CNN) —") opening the content."""
    window = text[start : min(end, start + 90)]
    if window.startswith("("):
        close = window.find(")", 1, _MAX_OUTLET + 2)
        if close > 1 and is_agency(window[1:close]):
            after = _OUTLET_SECTION.match(window, close + 1) or _OUTLET_DASH.match(
                window, close + 1
            )
            return start + (after.end() if after else close + 1)
    if "—" not in window and "–" not in window and "-" not in window:
        return start  # (the common case: no dash at all)
    for dash in (" — ", " – ", " - ", "—", "–"):
        cut = window.find(dash)
        if cut <= 0:
            continue
        prefix = window[:cut]
        first = prefix.split(",")[0].split("(")[0].strip()
        letters = first.replace(" ", "").replace(".", "")
        if letters.isalpha() and letters.isupper() and len(letters) >= 3:
            return start + cut + len(dash)
        place, paren, agency = prefix.strip().partition(" (")
        words = place.replace(",", " ").split()
        if (
            paren
            and agency.endswith(")")
            and len(agency) <= 20
            and " " not in agency
            and 0 < len(words) <= 4
            and all(w[:1].isupper() for w in words)
        ):
            return start + cut + len(dash)  # "Munich (dpa) - ", "Paris, France (AFP) — "
    return start


# The outlet's name in a place-less dateline, and what may follow it: "(CNN) — ", "(CNN)".
_MAX_OUTLET = 24
_OUTLET_DASH = re.compile(r"\s*(?:—|–|--|-)?\s*")
# A section's name between the outlet and its dash ("(CNN) Business — Boeing will pay").
_OUTLET_SECTION = re.compile(r"\s*[A-Z][a-z]+\s*(?:—|–|--)\s*")


def _has_open(text: str, start: int, end: int) -> bool:
    segment = text[start:end]
    return "“" in segment or segment.count('"') % 2 == 1


def _outside(span: Span, spans: list[tuple[int, int]], starts: list[int]) -> Span | None:
    """``span`` minus any direct quote it overlaps, keeping the larger remaining part."""
    start, end = span.start, span.end
    i = bisect.bisect_left(starts, start) - 1
    i = max(i, 0)
    while i < len(spans) and spans[i][0] < end:
        a, b = spans[i]
        if b > start and a < end:
            if a <= start and b >= end:
                return None
            left = a - start
            right = end - b
            if left >= right:
                end = a
            else:
                start = b
        i += 1
    return Span(start, end) if start < end else None
