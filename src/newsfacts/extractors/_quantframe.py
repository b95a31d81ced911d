"""What an amount with no counted noun measures, from the phrase that frames it.

Wire copy names the thing an amount measures around it rather than after it: "a
turnout of 81%", "a rise of just 3.2%", "a contract worth $500,000", "kept its dividend
at 2.50 kroner", "a majority of 125", "recorded revenue of $3.4 billion", "$2.5 billion
in aid". The name is the head noun, with a noun modifier that belongs to it ("the
unemployment rate of 4%"). Each reading looks at a few tokens beside the amount, so it
costs nothing per document.
"""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.extractors._numbers import grammar, number_word
from newsfacts.extractors._quantnoun import (
    is_plural_noun,
    light_compound,
    measured_term,
    stop_or_verb,
)
from newsfacts.extractors._quantread import NumberReader
from newsfacts.extractors._quantunits import currency_suffix, period_word, unit_named
from newsfacts.lexicons import lexicon

__all__ = [
    "bare_measure",
    "framed_noun",
    "in_noun",
    "measured_name",
    "noun_word",
    "opening_noun",
    "wiped_noun",
]

# How many modifiers may stand between the determiner and the noun ("a market value",
# "its quarterly dividend", "a one-off payment").
_MAX_MODIFIERS = 2
# How many words "$2.5 billion in new military aid" may read after "in".
_MAX_IN_WORDS = 3
# How many words the thing after "wiped $3 billion off" may hold ("its market value").
_MAX_WIPED_WORDS = 3
# Endings of nouns, never of adjectives: such a word before a head names it with the
# head ("the unemployment rate", "an inflation target").
_NOMINAL_ENDINGS = ("tion", "sion", "ment", "ity", "ness", "ance", "ence", "ship")
# The same, for a capitalised word opening a sentence, which may also be a name: no
# "-ance" ("Reliance"), no "-ship"; their plurals too ("Repossessions jumped 25%").
_NOUN_ENDINGS = ("tion", "sion", "ment", "ity", "ness", "tions", "sions", "ments", "ities")


def framed_noun(reader: NumberReader, first: int, *, level: bool, bare: bool) -> str | None:
    """The noun the amount starting at token ``first`` measures, or None.

    ``level``: the amount is money or a percentage, which "at" sets ("kept its dividend
    at 2.50 kroner"; but "a stall at 17,000 feet" is a place); ``bare``: a count with no
    unit, which only "a NOUN of" frames ("a majority of 125").
    """
    before = first - 1
    while reader.low(before) in grammar("adverb_before_amount"):
        before -= 1  # "a rise of just 3.2%"
    word = reader.low(before)
    if word == "of":
        if bare and reader.low(before - 2) not in ("a", "an"):
            return None  # "a majority of 125" (but "the age of 21" is no count of ages)
        verb = before - 2
        if reader.low(verb) in grammar("modifier_determiner"):
            verb -= 1
        if reader.low(verb) in grammar("deprive_verb"):
            return None  # "defrauded investors of $80m": whom it was taken from
        framer = reader.low(before - 1)
        if period_word(framer.rpartition("-")[2]):
            return None  # "net income for the second-quarter of $8.6 million": a time
        if framer in grammar("preposition_noun") and reader.low(before - 2) in ("on", "in"):
            return None  # "on top of $27 million in dividends": a preposition, no frame
        return _noun_of(reader, before - 1, singular=bare)
    if bare:
        return None
    if word == "worth":
        return _noun_worth(reader, before - 1)
    if word == "at" and level:
        if reader.low(before - 1) in grammar("level_complement"):
            return None  # "stayed flat at 2%": how the level moved, not what it measures
        if reader.low(before - 1) in grammar("estimate_verb") and _relative_before(
            reader, before - 2
        ):
            return None  # "the cuts, which the bank estimates at": a verb, read elsewhere
        noun = _noun_of(reader, before - 1, singular=False, determined=True)
        return _attached_head(reader, before - 1) or noun if noun is not None else None
    return None


_MAX_RELATIVE_SUBJECT = 4


def _relative_before(reader: NumberReader, k: int) -> bool:
    """Whether a relative "which" or "that" opens a clause a few plain words before and at
    ``k`` ("which the bank", "that analysts")."""
    for j in range(k, max(k - _MAX_RELATIVE_SUBJECT, -1), -1):
        low = reader.low(j)
        if low in ("which", "that"):
            return True
        if not reader.word(j).isalpha():
            return False
    return False


def _attached_head(reader: NumberReader, k: int) -> str | None:
    """The determined noun a phrase ending at ``k`` hangs on by "of" or "for", or None.

    "put the cost of the damage at $2 billion", "put support for the president at 38%":
    what is set at the level is the head, not the noun of its attached phrase.
    """
    for j in range(k - 1, max(k - 2 - _MAX_MODIFIERS, -1), -1):
        low = reader.low(j)
        if low in grammar("modifier_determiner") or low.endswith(("'s", "\u2019s")):
            j -= 1  # the phrase opens here: "of" or "for" must stand right before it
            low = reader.low(j)
        if low in ("of", "for"):
            if reader.low(j - 2) in grammar("estimate_verb") and noun_word(reader, j - 1):
                return measured_name(reader, j - 1)  # "put support for the party at"
            return _noun_of(reader, j - 1, singular=False, determined=True)
        if not noun_word(reader, j):
            return None  # a verb or a function word: no attached phrase
    return None


def noun_word(reader: NumberReader, k: int, *, opening: bool = False) -> bool:
    """Whether token ``k`` is a plain lower-case word that may be a noun.

    With ``opening`` it may have the capital that opens a sentence.
    """
    word = reader.word(k)
    low = word.lower()
    return (
        word.replace("-", "").isalpha()
        and (word.islower() or (opening and word[1:].islower()))
        and len(word) > 2
        and not stop_or_verb(low)
        and low not in grammar("not_measured")
        and low not in grammar("time_adverb")
        and not (low.endswith(("ly", "ing")) and low not in lexicon("quantity_ing_nouns"))
        and not (low.endswith("ed") and not low.endswith("eed") and len(low) > 4)
        and reader.spaced(k + 1)
        and not (
            (low in grammar("level_verb") or low in grammar("irregular_past"))
            and reader.low(k - 1) not in grammar("modifier_determiner")
        )  # "the yen stood at": a verb (but "a hit of $5bn")
    )


def _noun_of(
    reader: NumberReader, k: int, *, singular: bool, determined: bool = False
) -> str | None:
    """ "a turnout of", "its quarterly dividend at": a determined noun ending at ``k``.

    The noun follows a determiner or a possessive within a few modifiers; with
    ``singular`` it is one thing ("a majority of 125", not "the hopes of 125"). An
    amount that is no count may also follow a noun with no determiner that opens its
    phrase: after a verb, a preposition of ``frame_opener`` or a comma ("recorded
    revenue of $3.4 billion", "with sales of $2bn"); with ``determined`` only a
    determiner, a possessive or a verb in "-ed" will do ("kept its dividend at",
    "capped rent increases at", not "on hold at").
    """
    opens = not (singular or determined)
    if opens and opening_noun(reader, k) and noun_word(reader, k, opening=True):
        return measured_name(reader, k)  # "Temperatures of 45C were recorded"
    if not noun_word(reader, k) or (singular and is_plural_noun(reader.word(k))):
        return None
    for j in range(k - 1, max(k - 2 - _MAX_MODIFIERS, -1), -1):
        low = reader.low(j)
        if low in grammar("modifier_determiner") or (
            low.endswith(("'s", "\u2019s")) and len(low) > 2
        ):
            return measured_name(reader, k, floor=j + 1)
        if not singular and _opens_phrase(reader, j, verbs_only=determined):
            return measured_name(reader, k, floor=j + 1)
        if not (reader.word(j).replace("-", "").isalpha() and reader.spaced(j + 1)):
            return None
        if stop_or_verb(low):
            return None  # "the margin of error of": "of" is no modifier
    return None


def opening_noun(reader: NumberReader, k: int) -> bool:
    """Whether a capitalised word opening a sentence at ``k`` is a common noun, no name.

    "Turnout was 67%", "Temperatures of 45C": a word of ``measured_subject``, one with a
    noun ending ("Inflation", "Unemployment") or one the article also writes in lower
    case; "Nvidia advanced 8%" opens with a name.
    """
    word = reader.word(k)
    if not (word[:1].isupper() and word[1:].islower() and reader.sentence_start(k)):
        return False
    low = word.lower()
    if low in lexicon("quantity_stopwords"):
        return False
    return (
        low in grammar("measured_subject")
        or (low.endswith(_NOUN_ENDINGS) and len(low) > 6)
        or low in _lower_words(reader.doc)
    )


def _lower_words(document: Document) -> frozenset[str]:
    """The words the article writes in lower case somewhere (so no names)."""
    return document.memo(
        "quantity_lower_words",
        lambda d: frozenset(t.text for t in d.tokens if t.text.isalpha() and t.text.islower()),
    )


def _opens_phrase(reader: NumberReader, j: int, *, verbs_only: bool = False) -> bool:
    """Whether token ``j`` may stand before a noun phrase with no determiner.

    With ``verbs_only`` only a verb in "-ed" ("capped rent increases at 3%"; "on hold
    at 4.35%" is an idiom). A base verb after a modal opens one too ("will impose duties
    of up to 30%", "to claim compensation of $800").
    """
    word = reader.word(j)
    low = reader.low(j)
    if not verbs_only and (word in (",", ";", ":", "(") or low in grammar("frame_opener")):
        return True
    if (
        not verbs_only
        and j > 0
        and word.isalpha()
        and word.islower()
        and len(low) > 2
        and reader.low(j - 1) in grammar("verb_modal")
        and low not in lexicon("quantity_stopwords")
    ):
        return True  # "will impose duties of", "to claim compensation of"
    return word.islower() and low.endswith("ed") and len(low) > 4 and word.isalpha()


def measured_name(reader: NumberReader, k: int, *, floor: int = 0) -> str:
    """The noun at token ``k`` with the noun modifier that belongs to it, if any.

    "the unemployment rate", "an inflation target": a modifier with an ending no
    adjective has ("-tion", "-ment", "-ity") is part of the name; others are left out,
    as they may be adjectives ("military aid" -> "aid", "oil prices" -> "prices"); a
    fixed term of ``quantity_measured_terms`` is named whole ("gross domestic product").
    The modifier stands at ``floor`` or after ("pay damages of": "pay" is the verb).
    A capital that only opens the sentence is lowered.
    """
    head = _as_written(reader, k)
    before = [reader.word(j) for j in range(max(k - 3, floor, 0), k) if reader.spaced(j + 1)]
    term = measured_term([*before, head])
    if term is not None:
        return term  # "Gross domestic product grew 3%"
    m = k - 1
    word = reader.word(m)
    low = word.lower()
    if (
        m >= max(floor, 0)
        and reader.spaced(k)
        and word.isalpha()
        and (word.islower() or (word[1:].islower() and reader.sentence_start(m)))
        and low not in lexicon("quantity_stopwords")
        and low.endswith(_NOMINAL_ENDINGS)
        and len(low) > 5
    ):
        return f"{low} {head}"
    if m >= max(floor, 0) and reader.spaced(k):
        light = light_compound(word, head)
        if light is not None:
            return light  # "€48,000 in prize money", "prize money of $120,000"
    return head


def _as_written(reader: NumberReader, k: int) -> str:
    """Token ``k`` as written, with a capital that only opens the sentence lowered."""
    word = reader.word(k)
    if word[:1].isupper() and word[1:].islower() and reader.sentence_start(k):
        return word.lower()
    return word


def in_noun(reader: NumberReader, first: int, last: int) -> str | None:
    """ "$2.5 billion in aid", "$3 billion in damage", "4.5 billion euros in sales".

    Money (starting at token ``first``, "in" at ``last``) followed by "in" and a short
    lower-case noun phrase that ends there: its last noun (or first plural) is what the
    money is. Not "in total", "in court", "in March", "in the first quarter", "in recent
    weeks", "in 2023", nor "invested $5 million in startups" (where the money went).
    """
    if reader.low(last) != "in" or not reader.spaced(last + 1):
        return None
    if reader.low(first - 1) in grammar("in_target_verb"):
        return None  # "invested $5 million in startups": where the money went
    words: list[int] = []
    for k in range(last + 1, min(last + 1 + _MAX_IN_WORDS, reader.n)):
        word = reader.word(k)
        low = reader.low(k)
        if k > last + 1 and not reader.spaced(k):
            break
        if not (word.replace("-", "").isalpha() and word.islower() and len(word) > 2):
            break
        if low in lexicon("quantity_stopwords") or low in grammar("in_not_measured"):
            if not words:
                return None
            break
        if words and (low.endswith(("ed", "ly")) or low in lexicon("quantity_verbs")):
            break  # "$5 billion in investment flowed in"
        words.append(k)
        if is_plural_noun(word):
            break  # "$1.2 million in fines", "in federal grants"
    if not words:
        return None
    head = words[-1]
    low = reader.low(head)
    if low.endswith(("ly", "ed")) or low in grammar("not_measured"):
        return None
    if low.endswith("ing") and low not in grammar("measured_subject"):
        return None  # "$50 in early trading" ("$40 million in funding" is money)
    if period_word(low) or unit_named(low) is not None or currency_suffix(low) is not None:
        return None  # "in recent weeks", "in dollars"
    after = reader.word(head + 1)
    if (
        after[:1].isalpha()
        and after.islower()
        and after not in lexicon("quantity_stopwords")
        and not (after.endswith("ed") or after in lexicon("quantity_verbs"))
    ):
        return None  # a longer phrase than was read: leave it
    if len(words) == 1 and reader.low(head + 1) in grammar("in_coordinator"):
        shared = _shared_head(reader, head + 2)
        if shared is not None:
            return measured_name(reader, shared, floor=head + 3)
    return measured_name(reader, head, floor=last + 1)


def _shared_head(reader: NumberReader, k: int) -> int | None:
    """The noun two coordinated modifiers share: at ``k``, the second modifier and its
    noun ("$4bn in public and private money": money, "in state and federal aid": aid)."""
    nxt = k + 1
    words = (reader.word(k), reader.word(nxt))
    if not all(w.isalpha() and w.islower() and len(w) > 2 for w in words):
        return None
    if not (reader.spaced(k) and reader.spaced(nxt)):
        return None
    if any(w in lexicon("quantity_stopwords") or w in lexicon("quantity_verbs") for w in words):
        return None
    after = reader.word(nxt + 1)
    if after[:1].isalpha() and after.islower() and after not in lexicon("quantity_stopwords"):
        return None  # a longer phrase: leave it
    return nxt


def bare_measure(reader: NumberReader, last: int) -> str | None:
    """ "posted 3.2 percent growth", "won with 52% support": the measure noun at ``last``.

    With no determiner before it, an amount modifies the noun after it only when that
    noun is a measure that cannot be a verb or a time (``quantity_bare_measures``), maybe
    past one word that says how or where it is measured ("3.1 percent global growth");
    "rose 5% Monday" or "cut 3% jobs" name no such thing.
    """
    if reader.low(last) in grammar("rate_adjective") or reader.low(last) in grammar(
        "measure_scope"
    ):
        last += 1  # "3.1 percent global growth", "2% annual inflation"
    word = reader.word(last)
    if not (word.islower() and reader.spaced(last)):
        return None
    return word if word in lexicon("quantity_bare_measures") else None


def _noun_worth(reader: NumberReader, k: int) -> str | None:
    """ "a contract worth $500,000", "equipment worth 210 million euros"; past a short
    phrase of whom it is for ("a rebate for farmers worth 25 million euros": rebate) or a
    comma that opens an apposition ("the fund, worth $800 billion,")."""
    if reader.word(k) == "," and noun_word(reader, k - 1) and not reader.low(k - 1).endswith("ed"):
        # "the fund, worth about $800 billion, invests" (but "60 new jets, worth $20
        # billion": a count's noun, whose worth is the count's, not the jets')
        return measured_name(reader, k - 1) if _determined(reader, k - 1) else None
    if not noun_word(reader, k) or reader.low(k).endswith("ed"):
        return None  # "is worth", "estimated worth"
    if reader.low(k - 1) in grammar("worth_beneficiary") and noun_word(reader, k - 2):
        return reader.word(k - 2)
    return reader.word(k)


def _determined(reader: NumberReader, k: int) -> bool:
    """Whether the noun at ``k`` follows a determiner or a possessive past at most two
    modifiers, with no number between ("the fund", "its new plant")."""
    for j in range(k - 1, max(k - 2 - _MAX_MODIFIERS, -1), -1):
        low = reader.low(j)
        if low in grammar("modifier_determiner") or low.endswith(("'s", "\u2019s")):
            return True
        if not (reader.word(j).replace("-", "").isalpha() and reader.spaced(j + 1)):
            return False
        if number_word(low) is not None or stop_or_verb(low):
            return False
    return False


def wiped_noun(reader: NumberReader, first: int, last: int) -> str | None:
    """ "wiping $3 billion off its market value", "shaved 2 points off the lead".

    An amount (tokens ``first`` to ``last``, exclusive) that a verb of ``wipe_verb`` takes
    off a thing measures that thing: the short lower-case noun phrase after
    "off" or "from" and a determiner or a possessive, named as :func:`measured_name`
    names a head ("its stock market value" -> value, "the company's valuation").
    """
    if reader.low(first - 1) not in grammar("wipe_verb"):
        return None
    if reader.low(last) not in grammar("wipe_prep"):
        return None
    j = last + 1
    if reader.low(j) in grammar("wipe_determiner"):
        j += 1
    if reader.low(j).endswith(("'s", "\u2019s")):
        j += 1  # "off the company's market value"
    if j == last + 1:
        return None  # "added 3 points to take the lead": no noun phrase opens there
    opening = j
    while j - opening < _MAX_WIPED_WORDS:
        word = reader.word(j)
        low = word.lower()
        if not (word.replace("-", "").isalpha() and word.islower() and len(word) > 2):
            break
        if stop_or_verb(low):
            break
        j += 1
    if j == opening or (j - opening == _MAX_WIPED_WORDS and reader.word(j).isalpha()):
        return None  # none, or a longer phrase than was read: leave it
    head = reader.low(j - 1)
    if head.endswith(("ly", "ed")) or head in grammar("not_measured") or period_word(head):
        return None
    if unit_named(head) is not None or currency_suffix(head) is not None:
        return None  # "added 5 cents to 2 dollars"
    return measured_name(reader, j - 1, floor=opening)
