"""The counted noun of a quantity: "2,000 soldiers", "300 of its aircraft".

Reads at most a few words after the number: an optional "of" with a determiner or
possessive, then a short noun phrase that ends at a function word, punctuation or its
first plural; its last word is the counted noun.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from newsfacts.document import Token
from newsfacts.extractors._numbers import given_name, grammar, number_word, possessive
from newsfacts.extractors._quantunits import Unit, currency_suffix, period_word, unit_named
from newsfacts.lexicons import lexicon, lexicon_keys, lexicon_lines

__all__ = [
    "compound_head",
    "compound_head_at",
    "counted_noun",
    "is_plural_noun",
    "light_compound",
    "measured_term",
    "of_determined",
    "people_of",
    "plural_of",
    "plural_through_names",
    "share_at",
    "stop_or_verb",
]

_MAX_WORDS = 4
_MAX_SKIPPED = 5
_DETERMINERS = frozenset(
    {
        "the",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "these",
        "those",
        "this",
        "that",
        "a",
        "an",
        "all",
    }
)
# What follows the last noun of a singular compound ("one fire engine was", "one
# community leader who"): an auxiliary, a relative pronoun or punctuation.
_SINGULAR_HEAD_AFTER = frozenset(
    {"was", "is", "has", "had", "will", "would", "remains", "who", "whose", ",", ".", ";"}
)
# What may follow it in a list or a shared verb ("one fire engine and two ambulances",
# "two tourists and one Italian climber were rescued").
_SINGULAR_LIST_AFTER = frozenset({"and", "or", "were"})
_SINGULAR_MEN = frozenset({"specimen", "regimen", "abdomen", "acumen", "stamen"})
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")


def is_plural_noun(word: str) -> bool:
    """Whether ``word`` reads as a plural noun ("soldiers", "Americans", "people").

    Cached: the rules ask about the same few words around every number (not a word too
    long to be one, which would only fill the cache).
    """
    return _is_plural_cached(word) if len(word) <= 40 else _is_plural(word)


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in lexicon("quantity_irregular_plurals"):
        return True
    if low.endswith(_plural_tails()) and low.replace("-", "").isalpha():
        return True  # "grandchildren", "schoolchildren", "townspeople", "warplanes"
    if low.endswith("men") and len(low) > 5 and low not in _SINGULAR_MEN:
        return True  # "fishermen", "gunmen", "servicemen"
    if 3 <= len(word) <= 6 and word[-1] == "s" and word[:-1].isalpha() and word[:-1].isupper():
        return True  # "MPs", "CEOs", "SUVs": an acronym with a plural "s"
    return (
        len(low) > 3
        and low.replace("-", "").isalpha()
        and low.endswith("s")
        and not low.endswith(_NOT_PLURAL_ENDINGS)
    )


_is_plural_cached = lru_cache(maxsize=4096)(_is_plural)


@cache
def _plural_forms() -> dict[str, str]:
    """The irregular plurals of ``quantity_plural_forms``, by singular."""
    pairs = (line.split() for line in lexicon_lines("quantity_plural_forms"))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


def plural_of(word: str) -> str:
    """The plural of the counted head of a hyphenated count: "page" -> "pages".

    Annotators name what "a 48-page report" counts in the plural ("pages"), as they do
    for "48 pages"; irregular forms come from ``quantity_plural_forms`` (also as the tail
    of a compound: "chairman" -> "chairmen"), a word already plural stays.
    """
    low = word.lower()
    forms = _plural_forms()
    if low in forms:
        return _same_case(word, forms[low])
    for tail in ("man", "person", "child"):
        if low.endswith(tail) and len(low) > len(tail) + 2:
            return word[: len(word) - len(tail)] + forms[tail]  # "policeman", "spokesperson"
    if is_plural_noun(word):
        return word
    if low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"  # "party"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"  # "bus", "class", "box", "inch"
    return word + "s"


def _same_case(word: str, plural: str) -> str:
    return plural.capitalize() if word[:1].isupper() else plural


@cache
def _term_lengths() -> tuple[int, ...]:
    """The word counts of the terms of ``quantity_measured_terms``, longest first."""
    return tuple(sorted({len(t.split()) for t in lexicon("quantity_measured_terms")}, reverse=True))


def measured_term(words: Sequence[str]) -> str | None:
    """The term of ``quantity_measured_terms`` that ``words`` end with, in lower case.

    "gross domestic product" for the words "of gross domestic product": a head that
    alone would mislead ("product") is named with the words of its fixed term.
    """
    terms = lexicon("quantity_measured_terms")
    for size in _term_lengths():
        if len(words) >= size:
            term = " ".join(words[-size:]).lower()
            if term in terms:
                return term
    return None


@cache
def _plural_tails() -> tuple[str, ...]:
    """Irregular plurals that end compounds ("grandchildren", "salespeople")."""
    return tuple(sorted(grammar("plural_tail")))


_ADJECTIVE_ENDINGS = ("ed", "ic", "ive", "ous", "ful", "less", "able", "ible", "ern", "ish", "est")


def _adjective(word: str) -> bool:
    low = word.lower()
    if low in lexicon_keys("roles"):
        # "one executive apologise": a person's job in the registry's roles.txt is a
        # noun, whatever its ending ("executive", "detective", "mechanic")
        return False
    return low.endswith(_ADJECTIVE_ENDINGS) or low in lexicon("quantity_adjectives")


def _guessed_adjective(word: str) -> bool:
    """Whether ``word`` is taken for an adjective by its ending alone ("explosive",
    "radish"), not by the word list of real adjectives."""
    low = word.lower()
    return _adjective(low) and low not in lexicon("quantity_adjectives")


def _participle_ends(tokens: Sequence[Token], m: int, *, closed: bool) -> bool:
    """Whether token ``m`` is a participle or a verb in the past, so the word before it
    ends its noun phrase: "one protest turned violent", "one clinic remained open" (but
    "its 6 1/4% convertible subordinated debentures" go on to the plural). With ``closed``
    (in an of-phrase) no noun may follow it: "of explosive hidden in a truck", "of radish
    piled by the road" (but "of toxic contaminated soil" goes on)."""
    if m >= len(tokens):
        return False
    word = tokens[m].text
    if not (word.isalpha() and word.islower()) or is_plural_noun(word):
        return False
    verb = (
        word in grammar("irregular_participle")
        or word in grammar("irregular_past")
        or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))
    )
    if not verb:
        return False
    after = tokens[m + 1].text if m + 1 < len(tokens) else "."
    return not (plain_noun(after) if closed else is_plural_noun(after))


def _amount_follows(word: str) -> bool:
    """Whether ``word`` opens an amount: digits or a currency sign ("$1,199", "£5")."""
    return word[:1].isdigit() or word[:1] in "$£€¥₹"


def _ends_phrase(tokens: Sequence[Token], k: int, text: str) -> bool:
    """Whether token ``k`` is a plain noun-like word that ends its phrase.

    "of office space." and "of global output, the": the word after it is punctuation,
    a function word or the end, and it is no verb form ("-ed", "-ing") or adverb.
    """
    word = tokens[k].text
    if not _wordlike(word) or "." in word:
        return False
    if word.endswith(("ed", "ing", "ly")) and word.lower() not in lexicon("quantity_ing_nouns"):
        return False
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1].text
    gap = text[tokens[k].end : tokens[k + 1].start]
    return bool(gap.strip()) or not _wordlike(nxt) or nxt.lower() in lexicon("quantity_stopwords")


def compound_head(tokens: Sequence[Token], k: int, text: str) -> str | None:
    """The noun after token ``k`` that a noun modifier at ``k`` leads to, or None.

    "a $1.2 billion riverfront stadium.": "riverfront" modifies "stadium", which ends the
    phrase (punctuation or a function word follows); "a $50 million contract with" has
    no such second noun.
    """
    m = k + 1
    if m >= len(tokens) or tokens[m].start - tokens[k].end != 1:
        return None
    word = tokens[m].text
    if not (word.isalpha() and word.islower()) or word in lexicon("quantity_stopwords"):
        return None
    if word in grammar("time_after_head"):
        return None  # "a $2 billion school program yesterday": a time, never the head
    timed = time_follows(tokens, m) and not (
        word.endswith(("ed", "ing")) or word in grammar("irregular_participle")
    )  # "the 10% tariffs imposed last year": a participle, not the head
    if word in lexicon("quantity_verbs") or not (timed or _ends_phrase(tokens, m, text)):
        return None
    if word in grammar("predicative"):
        return None  # "pulled a 9-year-old girl alive from": a complement, not the head
    if word in grammar("irregular_past"):
        return None  # "the 5,000-tonne ship sank": the verb, not the head
    if is_plural_noun(tokens[k].text) and word in grammar("subject_verb"):
        return None  # "the 10% tariffs remain": a verb after a plural head
    after = tokens[m + 1].text.lower() if m + 1 < len(tokens) else ""
    if after in grammar("subject_aux") and tokens[k].text.islower():
        return word  # "a 3.5% pay rise was": an auxiliary after the head
    if after in grammar("after_head_place") and not (
        word.endswith("ed") or word in grammar("irregular_participle")
    ):
        return word  # "a 25% resource-rent tax on aquaculture"
    if timed:
        return word  # "a $5 million ad campaign Monday", "a defense contract last week"
    if after.isalpha() and after not in grammar("after_head"):
        return None  # "a 300,000 year-old skull found in": a participle, not a head
    return word


def time_follows(tokens: Sequence[Token], m: int) -> bool:
    """Whether a time opens right after token ``m``, which then ends its noun phrase: a
    weekday or a month written with a capital ("campaign Monday", "deal in" is another
    case), or a word of ``time_after_head`` ("contract last week", "plan yesterday")."""
    if m + 1 >= len(tokens) or tokens[m + 1].start - tokens[m].end != 1:
        return False
    word = tokens[m + 1].text
    low = word.lower()
    if low in grammar("time_after_head"):
        return True
    titled = len(word) > 2 and word[0].isupper() and word[1:].islower()
    return titled and (low in lexicon_keys("time_weekdays") or low in lexicon_keys("time_months"))


_MAX_MIDDLE_MODIFIERS = 2


def compound_head_at(tokens: Sequence[Token], k: int, text: str) -> int | None:
    """The index of the head noun that the noun modifier at ``k`` leads to, or None.

    As ``compound_head``, past at most two more noun modifiers: "a 5 billion euro flood
    recovery fund", "a $3 billion market support package" are amounts of the fund and the
    package, not of the flood or the market. A middle word is a plain lower-case word,
    one space apart, no function word, verb form or adverb.
    """
    m = k
    for _ in range(_MAX_MIDDLE_MODIFIERS + 1):
        if compound_head(tokens, m, text) is not None:
            return m + 1
        m += 1
        if m + 1 >= len(tokens) or tokens[m].start - tokens[m - 1].end != 1:
            return None
        word = tokens[m].text
        if not (word.isalpha() and word.islower()) or stop_or_verb(word):
            return None
        if word.endswith(("ed", "ly")) or (
            word.endswith("ing") and word not in lexicon("quantity_ing_nouns")
        ):
            return None
    return None


def _verb_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a verb of ``quantity_verbs`` ("of the water supply comes")."""
    return k < len(tokens) and tokens[k].text in lexicon("quantity_verbs")


def _singular_compound(tokens: Sequence[Token], k: int, text: str, *, deep: bool = False) -> bool:
    """Whether the singular noun at ``k`` modifies a last noun right after it that ends
    the phrase ("one fire engine was damaged", "one opposition MP voted"; but "one
    product to" ends at once). With ``deep`` (a count, not an amount) one more noun may
    stand before the head: "one nuclear power station." ("a 12% revenue growth
    forecast" measures the growth)."""
    if tokens[k].text.endswith("ing"):
        return False  # "one major sticking point": an idiom, left as it was
    m = k + 1
    if not _singular_head_at(tokens, m, k):
        return False
    if m + 1 >= len(tokens) or _singular_head_after(tokens[m + 1].text):
        return True
    # one more noun before the head: "one nuclear power station", "one apartment block"
    return (
        deep
        and tokens[m].text.islower()
        and _singular_head_at(tokens, m + 1, m)
        and (m + 2 >= len(tokens) or _singular_head_after(tokens[m + 2].text))
    )


def _singular_head_at(tokens: Sequence[Token], m: int, k: int) -> bool:
    """Whether token ``m``, one space after ``k``, may be the singular head of a compound:
    a lower-case noun (no verb form, adverb, predicative or plural) or an acronym ("MP")."""
    if m >= len(tokens) or tokens[m].start - tokens[k].end != 1:
        return False
    word = tokens[m].text
    if word.isalpha() and word.isupper() and 2 <= len(word) <= 4:
        return True  # "one opposition MP"
    return (
        word.isalpha()
        and word.islower()
        and not stop_or_verb(word)
        and word not in grammar("predicative")
        and word not in grammar("irregular_past")
        and word not in grammar("irregular_participle")
        and not is_plural_noun(word)
        and not word.endswith(("ed", "ly", "ing"))
    )


def _singular_head_after(written: str) -> bool:
    """Whether ``written`` may follow the last noun of a singular compound: an auxiliary,
    a relative pronoun, a sign, a verb in the past, a predicative or a preposition of
    place ("one fire engine was", "one village elder in Merti said", "one security guard
    dead", "fined one bank executive $2 million")."""
    if not written[:1].isalnum():
        return True
    word = written.lower()
    return (
        word in _SINGULAR_HEAD_AFTER
        or word in grammar("irregular_past")
        or word in grammar("predicative")
        or word in grammar("after_head_place")
        or word in grammar("speech_verb")
        or word in _SINGULAR_LIST_AFTER
        or (len(word) > 4 and word.endswith("ed") and word.isalpha())
    )


_MAX_NAME_MODIFIERS = 2


def person_of_a_people(word: str) -> bool:
    """Whether the capitalised ``word`` names one person of a people, a party or a faith
    ("Arab", "Briton", "Democrat", "Israeli", "Canadian"): one of ``person_singular``, or
    a demonym that shows itself by its ending (``person_ending``) and is no
    given name ("Brian", "Vivian") and no place ("Haiti", "Mali")."""
    low = word.lower()
    if not low.isalpha() or len(low) < 3:
        return False
    if low in grammar("person_singular"):
        return True
    if not low.endswith(tuple(grammar("person_ending"))):
        return False
    # "one Brian" is a man's name and "one Haiti" a place
    return not (given_name(word) or word in lexicon("place_names"))


def _share_denominator(tokens: Sequence[Token], k: int) -> bool:
    """Whether "in five", "out of 10" follows at ``k``: "one American in five" is a
    share, not a count of one."""
    words = [t.text.lower() for t in tokens[k : k + 4]]
    if words[:1] == ["in"]:
        rest = words[1:2]
    elif words[:2] == ["out", "of"]:
        rest = words[2:3]
    else:
        return False
    return bool(rest) and (rest[0][:1].isdigit() or number_word(rest[0]) is not None)


def _name_modified_head(tokens: Sequence[Token], k: int, text: str) -> str | None:
    """The singular noun that capitalised modifiers from ``k`` lead to, or None.

    "One EU diplomat, who", "one Western official said", "one U.S. official in": at most
    two names or acronyms (one space apart) before a lower-case singular noun that ends
    the phrase as the head of a singular compound does.
    """
    j = k
    names = 0
    # bounded: names and the dots of "U.S." are at most a few tokens
    while j < min(len(tokens), k + 2 * _MAX_NAME_MODIFIERS + 1) and names <= _MAX_NAME_MODIFIERS:
        word = tokens[j].text
        if j > k and tokens[j].start - tokens[j - 1].end > 1:
            return None
        if (
            word == "."
            and j > k
            and "." in tokens[j - 1].text
            and tokens[j].start == tokens[j - 1].end
        ):
            j += 1  # "one U.S. official"
            continue
        if not word[:1].isupper():
            break
        if (
            not _wordlike(word)
            or is_plural_noun(word)
            or word.lower() in lexicon("quantity_stopwords")
        ):
            return None
        names += 1
        j += 1
    if names == 0 or names > _MAX_NAME_MODIFIERS or j >= len(tokens):
        return None
    if tokens[j].start - tokens[j - 1].end != 1:
        return None
    head = tokens[j].text
    if not plain_noun(head) or is_plural_noun(head) or head.endswith(("ed", "ly", "ing")):
        return None
    if head in grammar("irregular_past") or head in grammar("irregular_participle"):
        return None
    after = tokens[j + 1].text if j + 1 < len(tokens) else "."
    if _singular_head_after(after):
        return head
    # "one Turkish cargo ship had": one noun modifier after the names
    if _singular_head_at(tokens, j + 1, j) and tokens[j + 1].text.islower():
        last = tokens[j + 2].text if j + 2 < len(tokens) else "."
        return tokens[j + 1].text if _singular_head_after(last) else None
    return None


def _verb_before_path(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` opens a path ("through", "via") that makes the word in "-s"
    before it a verb: "a fifth of the world's oil passes through", "flows via"."""
    return k < len(tokens) and tokens[k].text.lower() in grammar("path_after_verb")


def _wordlike(word: str) -> bool:
    return word.replace("-", "").replace("'", "").replace(".", "").isalpha()


def _plural_within(tokens: Sequence[Token], k: int, count: int, *, names: bool = False) -> bool:
    """Whether a lower-case plural noun comes within ``count`` words from token ``k``.

    With ``names`` capitalised words may stand on the way ("and eastern European
    countries").
    """
    stop = lexicon("quantity_stopwords")
    for j in range(k, min(len(tokens), k + count)):
        word = tokens[j].text
        if not (word.islower() or names) or word in stop or not _wordlike(word):
            return False
        if is_plural_noun(word) and word.islower():
            return True
    return False


def people_of(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` names a people in the plural without an s ("Sudanese", "Swiss").

    A demonym ending in "-ese" or of the ``people_plural`` class, followed by no plural
    noun it would modify (not "300 Chinese firms").
    """
    low = tokens[k].text.lower()
    if not (low.endswith("ese") and len(low) > 5) and low not in grammar("people_plural"):
        return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return not (nxt.islower() and is_plural_noun(nxt))


def _acronym_whole(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is an acronym that ends its phrase ("of GDP.", "of GDP in")."""
    word = tokens[k].text
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()):
        return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if stop_or_verb(nxt):
        return True  # "of GDP in", "of the country's GDP comes from"
    return nxt == "" or (nxt[:1] in ".,;:!?)" and not nxt[1:2].isalnum())


def _name_before_plural(tokens: Sequence[Token], k: int) -> bool:
    """Whether the capitalised word at ``k`` modifies a lower-case plural noun after it."""
    if k + 1 >= len(tokens) or tokens[k + 1].start - tokens[k].end != 1:
        return False
    nxt = tokens[k + 1].text
    return nxt.islower() and is_plural_noun(nxt) and not stop_or_verb(nxt)


def stop_or_verb(word: str) -> bool:
    """Whether the lower-case ``word`` is a stop word or a verb: never part of a counted
    noun phrase ("the margin of error of", "rose", "were")."""
    return word in lexicon("quantity_stopwords") or word in lexicon("quantity_verbs")


def light_compound(modifier: str, head: str) -> str | None:
    """ "prize money", "housing stock": ``head`` with its noun ``modifier`` when the head
    is of the ``light_head`` class (too general alone) and the modifier a plain noun (no
    adjective, verb form or adverb); else None."""
    low = modifier.lower()
    if head.lower() not in grammar("light_head") or not plain_noun(modifier) or len(low) < 3:
        return None
    if _adjective(low) or low.endswith(("ly", "al")) or low in grammar("irregular_past"):
        return None
    return f"{low} {head.lower()}"


def plain_noun(word: str) -> bool:
    """Whether ``word`` is a lower-case word of letters that is no stop word or verb: one
    that can name what a figure counts or describes ("quake", "stake")."""
    return word.isalpha() and word.islower() and not stop_or_verb(word)


def _plural_modifier(tokens: Sequence[Token], j: int) -> bool:
    """Whether the plural at ``j`` modifies a plural after it: "police officers", and a
    lower-case noun in "-s" before another ("measles cases", "sales figures", "arms
    dealers"); a period or a unit after it is no head ("three goals minutes apart")."""
    if j + 1 >= len(tokens):
        return False
    follow = tokens[j + 1]
    if not (
        follow.start - tokens[j].end == 1
        and follow.text.islower()
        and is_plural_noun(follow.text)
        and not stop_or_verb(follow.text)
    ):
        return False
    word = tokens[j].text
    if word.lower() in lexicon("quantity_irregular_plurals"):
        return True
    after = tokens[j + 2].text.lower() if j + 2 < len(tokens) else ""
    if after in grammar("object_opener"):
        return False  # "19 fouls proves it": a verb in "-s", then its object
    return (
        word.isalpha()
        and word.islower()
        and unit_named(word) is None
        and currency_suffix(word) is None
        and follow.text.isalpha()
        and follow.text not in grammar("subject_verb")
        and not period_word(follow.text)
        and unit_named(follow.text) is None
        and currency_suffix(follow.text) is None
    )


def _model_number(word: str) -> bool:
    """A model or product number inside a name: "737", "A320", "COVID-19", "F-35"."""
    if word.isdigit():
        return len(word) <= 4
    return (
        any(c.isdigit() for c in word)
        and word.replace("-", "").isalnum()
        and len(word) <= 10
        and not word.replace(",", "").replace(".", "").isdigit()
    )


def plural_through_names(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the plural noun that capitalised words from ``k`` lead to, or None.

    Names and model numbers may stand between a count and its noun: "150 Boeing 737
    aircraft", "20 Starlink satellites", "three COVID-19 vaccines", "50,000 U.S. troops".
    The run starts with a capitalised word and ends at the first plural.
    """
    stop = lexicon("quantity_stopwords")
    start = tokens[k].text if k < len(tokens) else ""
    if not start[:1].isupper():
        return None
    for j in range(k, min(len(tokens), k + 5)):
        word = tokens[j].text
        if j > k and (tokens[j].start - tokens[j - 1].end > 1):
            return None
        if word == "." and tokens[j - 1].end == tokens[j].start and "." in tokens[j - 1].text:
            continue  # "50,000 U.S. troops"
        if word in ("and", "&") and j > k:
            nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
            if nxt[:1].isupper():
                continue  # "dozens of Kia and Hyundai vehicles"
        lettered = j > k or word[:1].isalpha()  # "20 F-16s", "12 A320s" (not "the 1990s")
        if lettered and word[-1:] == "s" and word[-2:-1].isdigit() and _model_number(word):
            nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
            if not (nxt.islower() and is_plural_noun(nxt)):
                return j  # "63,150 Model 3s", "40 Boeing 737s": models in the plural
        if word.islower():
            if word in stop or not _wordlike(word) or word in lexicon("quantity_verbs"):
                return None
            if is_plural_noun(word) and not _plural_modifier(tokens, j):
                return j
            continue  # "two former Libyan intelligence agents"
        if _model_number(word):
            continue
        if not (word[:1].isupper() and _wordlike(word)):
            return None
        if is_plural_noun(word):
            return j  # "2 million Rwanda Hutus", "63,150 Model 3s"
    return None


_MAX_LISTED = 12  # tokens of a list of names before a plural ("Army, Navy and Air Force")


def plural_after_names_listed(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the plural noun after a list of capitalised words from ``k``, joined
    by commas and a last "and" or "or" before another capitalised word ("Army, Navy and
    Air Force troops", "American, British and Egyptian forces"), or None. A day or a
    month ends the count's phrase: "arrested 12 Saturday, and officials said" counts no
    officials."""
    joined = False
    for j in range(k, min(len(tokens), k + _MAX_LISTED)):
        word = tokens[j].text
        if word.lower() in lexicon_keys("time_weekdays") or word.lower() in lexicon_keys(
            "time_months"
        ):
            return None
        if word in ("and", "or"):
            nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
            if not nxt[:1].isupper():
                return None
            joined = True
        elif word != "," and not (word[:1].isupper() and _wordlike(word)):
            plural = word.islower() and is_plural_noun(word) and not stop_or_verb(word)
            return j if joined and plural else None
    return None


_APOSTROPHES = frozenset({"'", "’"})


def _plural_possessive(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a plural in "s" with a possessive apostrophe glued to it and
    a lower-case noun after ("members' wages", "farmers’ incomes")."""
    if k + 2 >= len(tokens):
        return False
    word, mark, owned = tokens[k], tokens[k + 1], tokens[k + 2]
    if mark.text not in _APOSTROPHES or mark.start != word.end or owned.start != mark.end + 1:
        return False
    return (
        word.text.endswith("s")
        and is_plural_noun(word.text)
        and owned.text.isalpha()
        and owned.text.islower()
        and not stop_or_verb(owned.text)
    )


def _compound_unit(low: str) -> Unit | None:
    """The unit of the lower-case token ``low`` when it is a number and a unit joined by
    a hyphen into one adjective ("40-foot", "16-bit", "16-year-old", "twenty-five-year-
    old"), as the number reader reads it; else None."""
    number, dash, rest = low.partition("-")
    if not dash or not (number.replace(".", "", 1).isdigit() or number_word(number) is not None):
        return None
    if rest.count("-") > 1:
        rest = rest.partition("-")[2]  # "twenty-five-year-old"
    return unit_named(rest)


def _measure_compound(low: str) -> bool:
    """Whether the lower-case token ``low`` is a measure (no age, no period) glued to its
    unit by a hyphen: an adjective before a noun ("40-foot", "16-bit", "5-kilogram")."""
    unit = _compound_unit(low)
    if unit is None or unit.name.endswith(" of age"):
        return False
    return not period_word(low.rpartition("-")[2])


def _age_compound(low: str) -> bool:
    """Whether the lower-case token ``low`` is an age written as one compound:
    "16-year-old", "three-month-old": a number, a dash and a unit of age of the units
    table (not the plural noun "16-year-olds")."""
    if low.endswith("s"):
        return False  # "two 16-year-olds": the noun itself, not a modifier before it
    unit = _compound_unit(low)
    return unit is not None and unit.name.endswith(" of age")


def _passed_over(tokens: Sequence[Token], k: int, words: list[str], *, after_of: bool) -> bool:
    """Whether :func:`counted_noun` passes over token ``k`` on its way to the noun.

    ``words`` are the words of the phrase read so far; before the first of them a
    possessive, "more", an approximator or a figure of an of-phrase is passed over.
    """
    word = tokens[k].text
    low = word.lower()
    if not words:
        if possessive(word) and len(word) > 2:
            return True  # "20 percent of the world's oil reserves"
        if after_of and (
            _plural_possessive(tokens, k)
            or (word in _APOSTROPHES and k > 0 and _plural_possessive(tokens, k - 1))
        ):
            # "15% of his members' wages": the wages (but "three countries' ministers"
            # counts the countries)
            return True
        if _age_compound(low) and _plural_within(tokens, k + 1, 3):
            return True  # "two 16-year-old boys": an age between the count and its noun
        if after_of and _measure_compound(low) and _plural_within(tokens, k + 1, 3):
            return True  # "thousands of 40-foot containers": a measure before the noun
        if after_of and low in grammar("of_skipped"):
            return True  # "one of the most spectacular catches", "of its last 12"
        if low in grammar("count_passed") and (
            _plural_within(tokens, k + 1, 3) or plural_through_names(tokens, k + 1)
        ):
            return True  # "200 more engineers", "20 more Patriot systems", "five such cars"
        if low == "more" and k > 0 and tokens[k - 1].text.lower() == "one":
            nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
            # "one more move", "one more body": a singular count of the noun after
            return nxt.isalpha() and nxt.islower() and nxt not in lexicon("quantity_stopwords")
    if word[:1].isupper() and is_plural_noun(word) and _name_before_plural(tokens, k):
        return True  # "30 new Starbucks stores": a name ending in s
    if word == "." and words and "." in words[-1]:
        return True  # the dot closing "U.S."
    if words or not after_of:
        return False
    if low in grammar("approximator"):
        nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if nxt[:1].isdigit():
            return True  # "of the country's nearly 100 million voters"
    numeric = word.replace(",", "").replace(".", "").isdigit()
    return numeric or number_word(word) is not None  # "two-thirds of the 1,200 flights"


def _hyphen_modifier(word: str) -> bool:
    """Whether ``word`` is a lower-case compound of letters joined by hyphens ("high-yield",
    "slow-growth"): a modifier by its form."""
    parts = word.split("-")
    return len(parts) > 1 and all(part.isalpha() and part.islower() for part in parts)


def _coordinate_modifiers(tokens: Sequence[Token], k: int, last: str) -> bool:
    """Whether the comma at ``k`` joins two modifiers of one noun: "of the entire high-yield,
    high-risk market", "of slow-growth, low-profit businesses", "the $200 billion
    high-yield, high-risk market", "of the cheap, low-quality steel". The word before it is
    a hyphenated modifier or a listed adjective, the word after it one of the two, and a
    plain noun follows that at once."""
    if k + 2 >= len(tokens):
        return False
    if not (_hyphen_modifier(last) or last.lower() in lexicon("quantity_adjectives")):
        return False
    nxt, noun = tokens[k + 1].text, tokens[k + 2].text
    if not (_hyphen_modifier(nxt) or (plain_noun(nxt) and _adjective(nxt))):
        return False
    return tokens[k + 2].start - tokens[k + 1].end == 1 and plain_noun(noun)


def _classified(tokens: Sequence[Token], k: int, text: str) -> str | None:
    """The noun after the "of" at ``k`` that follows a classifier ("head of cattle"), or
    None when no plain noun comes there."""
    if k + 1 >= len(tokens) or tokens[k].text.lower() != "of":
        return None
    if text[tokens[k].end : tokens[k + 1].start] != " ":
        return None
    word = tokens[k + 1].text
    return word if plain_noun(word) else None


def counted_noun(
    tokens: Sequence[Token],
    i: int,
    text: str,
    *,
    allow_of: bool,
    singular: bool = False,
    determined: bool = False,
    deep: bool = False,
) -> str | None:
    """The noun counted by the number that ends just before token ``i``, or None.

    See :func:`_counted_noun`. A share of an amount is of no noun the amount's unit
    names: "about 27% of its 7.38 billion Canadian dollars in sales" counts no dollars,
    "40 percent of the 300 tonnes of grain" no tonnes (but a unit with no noun of its own
    is what is counted: "35 percent of the 400 points scored").
    """
    noun = _counted_noun(
        tokens,
        i,
        text,
        allow_of=allow_of,
        singular=singular,
        determined=determined,
        deep=deep,
    )
    if noun is not None and not is_plural_noun(noun) and _owner_figure(tokens, i):
        return None  # "half Japan's 120 million people live": not "live"
    if (
        noun is None
        or i >= len(tokens)
        or tokens[i].text.lower() != "of"
        or not share_at(tokens, i - 1)
    ):
        return noun
    money = currency_suffix(noun) is not None
    if not money and unit_named(noun) is None:
        return noun
    for k in range(i + 1, min(len(tokens), i + _MAX_WORDS + _MAX_SKIPPED)):
        word = tokens[k].text
        if word == noun:
            return noun
        if any(map(str.isdigit, word)) or number_word(word.lower()) is not None:
            # "of the company's 7.38 billion Canadian dollars"; a measure only when a noun
            # of its own follows ("of the 300 tonnes of grain"), not "of the 400 points
            # scored", where the points are what the share counts
            return None if money or _measured_after(tokens, k, noun) else noun
    return noun


def _measured_after(tokens: Sequence[Token], k: int, unit: str) -> bool:
    """Whether the unit ``unit``, after the figure at ``k``, is followed by "of" or "in" and
    a plain noun that it measures ("300 tonnes of grain", "500 barrels in stock")."""
    for j in range(k + 1, min(len(tokens) - 2, k + 4)):
        if tokens[j].text != unit:
            continue
        prep, after = tokens[j + 1].text.lower(), tokens[j + 2].text
        return prep in ("of", "in") and plain_noun(after)
    return False


def _owner_figure(tokens: Sequence[Token], i: int) -> bool:
    """Whether a possessive and a figure open the phrase at ``i``, maybe after "of" and a
    determiner ("half Japan's 120 million people", "12 percent of IBM's 1.2 million
    shares"): only a plural the figure counts may then be the share's noun."""
    j = i
    if j < len(tokens) and tokens[j].text.lower() == "of":
        j += 1
    if j < len(tokens) and tokens[j].text.lower() in _DETERMINERS:
        j += 1
    if j + 1 >= len(tokens) or not possessive(tokens[j].text) or len(tokens[j].text) < 3:
        return False
    return _figure_word(tokens[j + 1].text)


def _figure_word(word: str) -> bool:
    """Whether ``word`` is a figure: digits or a number word ("120", "two")."""
    return word[:1].isdigit() or number_word(word.lower()) is not None


def _owned_compound(tokens: Sequence[Token], k: int) -> bool:
    """Whether the singular noun at ``k``, the first after a possessive, may modify the
    word after it: it does unless that word is a singular that a function word follows,
    which reads as a verb ("Smith's team quit within a year": the team); "Japan's auto
    exports", "the city's water supply comes", "the country's housing stock is" go on."""
    if k + 2 >= len(tokens):
        return True
    nxt = tokens[k + 1].text
    if is_plural_noun(nxt) or light_compound(tokens[k].text, nxt) is not None:
        return True
    after = tokens[k + 2].text.lower()
    if after in _SINGULAR_HEAD_AFTER or after in _SINGULAR_LIST_AFTER:
        return True
    return not (after.isalpha() and after in lexicon("quantity_stopwords"))


def of_determined(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether tokens ``i`` to ``j`` (excluded) are "of" and at most two determiners or
    possessives: what stands between a share and the figure it is a share of ("of the",
    "of its", "of the group's")."""
    if not i < j <= i + 3 or tokens[i].text.lower() != "of":
        return False
    return all(
        tokens[k].text.lower() in _DETERMINERS or possessive(tokens[k].text)
        for k in range(i + 1, j)
    )


def share_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` ends a share: a percentage ("27%", "27 percent") or a fraction
    ("a third", "two-thirds"), not a bare figure ("280 million of the 1.5 billion
    shekels" takes the shekels as its unit)."""
    if k < 0:
        return False
    low = tokens[k].text.lower()
    if low.endswith("%") or low in grammar("percent_word"):
        return True
    nw = number_word(low.split("-")[-1])
    return nw is not None and nw.kind == "fraction"


def _counted_noun(
    tokens: Sequence[Token],
    i: int,
    text: str,
    *,
    allow_of: bool,
    singular: bool = False,
    determined: bool = False,
    deep: bool = False,
) -> str | None:
    """The noun counted by the number that ends just before token ``i``, or None.

    With ``singular`` (the number is one) the phrase ends at its first word that is not
    an adjective: "one proposal asks" -> "proposal". With ``determined`` a determiner
    stands at ``i`` and the phrase reads as after "of": "half the villages", "half its
    staff". With ``deep`` the number counts (it is no amount), and a singular compound
    may have two noun modifiers ("one nuclear power station").
    """
    stop = lexicon("quantity_stopwords")
    n = len(tokens)
    if i >= n:
        return None
    after_of = False
    if determined and tokens[i].text.lower() in _DETERMINERS:
        if (
            tokens[i].text.lower() in grammar("deictic_determiner")
            and i + 1 < n
            and period_word(tokens[i + 1].text)
        ):
            return None  # "shrank by more than a third this year": a time, not the whole
        after_of = True  # "half the budget went"
        i += 1
    elif determined and tokens[i].text[:1].isupper() and possessive(tokens[i].text):
        after_of = True  # "half Brazil's population lives": the possessive is passed over
    elif tokens[i].text.lower() == "of" and allow_of:
        after_of = True  # "300 of its aircraft", "a third of the budget went"
        i += 1
        if i < n and tokens[i].text.lower() in _DETERMINERS:
            i += 1
    owner = after_of and i < n and possessive(tokens[i].text) and len(tokens[i].text) > 2
    words: list[str] = []
    prev_end = tokens[i - 1].end if i > 0 else 0
    # Words skipped on the way ("of the world's", "more", "nearly 100 million") do not
    # count towards the phrase's length.
    for k in range(i, min(n, i + _MAX_WORDS + _MAX_SKIPPED)):
        if len(words) >= _MAX_WORDS:
            k -= 1  # as if the window had ended at the last word read
            break
        token = tokens[k]
        gap = text[prev_end : token.start]
        if gap.strip() or "\n" in gap:
            break
        word = token.text
        if _passed_over(tokens, k, words, after_of=after_of):
            prev_end = token.end
            continue
        if number_word(word) is not None:
            break  # "one two three": numbers are not what is counted
        if word.lower() in ("and", "or") and words and _plural_within(tokens, k + 1, 3, names=True):
            prev_end = token.end  # "4.3M digital and physical sales"
            continue
        if after_of and not words and _acronym_whole(tokens, k):
            return word  # "5.8% of GDP", "2% of its GNP": an acronym names the whole
        if word[:1].isupper() and not is_plural_noun(word):
            found = plural_through_names(tokens, k)
            if found is None and k + 1 < n and tokens[k + 1].text == ",":
                found = plural_after_names_listed(tokens, k)
            if found is not None:
                # "150 Boeing 737 aircraft" -> "aircraft"; "5,000 British, French and
                # Italian soldiers" -> "soldiers"
                return tokens[found].text
            if not words and people_of(tokens, k):
                return word  # "1.5 million Sudanese have fled"
            if singular and not after_of:
                nxt = tokens[k + 1].text if k + 1 < n else "."
                acronym = (not words or _singular_head_at(tokens, k, k - 1)) and (
                    word.isupper() and 2 <= len(word) <= 4 and word.isalpha()
                )
                if acronym and _singular_head_after(nxt):
                    return word  # "one opposition MP voted", "has one MP in": an acronym head
                if (
                    not words
                    and person_of_a_people(word)
                    and _singular_head_after(nxt)
                    and nxt.lower() not in grammar("speech_verb")
                    and not _share_denominator(tokens, k + 1)
                ):
                    # "one Arab, one Sudanese", "one American was among the dead" (but "One
                    # Iraqi said" names a source, as "One villager said" does)
                    return word
                head = _name_modified_head(tokens, k, text)
                if head is not None:
                    return head  # "One EU diplomat, who spoke", "one Western official said"
            nxt = tokens[k + 1].text if k + 1 < n else ""
            if not (after_of and nxt.islower() and _wordlike(nxt) and not stop_or_verb(nxt)):
                break  # "of the country's GDP comes from": no noun after the name
            # "a third of the British population": a name modifying the noun of an of-phrase
        if word == "," and words and _coordinate_modifiers(tokens, k, words[-1]):
            words.clear()  # "of slow-growth, low-profit businesses": the list goes on
            prev_end = token.end
            continue
        if not _wordlike(word) or (word.lower() in stop and not word.isupper()) or len(word) < 2:
            break  # a function word, a sign or a single letter ("2,532 x 1,170") ends it
        if (
            not words
            and word.lower().endswith("ly")
            and len(word) > 4
            and word.lower() not in lexicon("quantity_adjectives")
            and not _plural_within(tokens, k + 1, 3, names=True)
        ):
            # "hundreds visibly pregnant": an adverb ("monthly users" go on, and so do
            # "two largely Muslim provinces")
            return None
        words.append(word)
        prev_end = token.end
        comma = k + 1 < n and tokens[k + 1].text == ","
        if comma and _coordinate_modifiers(tokens, k + 1, word):
            continue  # the comma of "slow-growth, low-profit businesses" is read next
        if is_plural_noun(word):
            if (
                (singular or after_of)
                and word.lower() in lexicon("quantity_irregular_plurals")
                and _singular_compound(tokens, k, text)
            ):
                # "one police helicopter attended", "of the region's cattle herd has": a
                # collective noun modifying a singular head
                continue
            follow = tokens[k + 1] if k + 1 < n else None
            if k > i and follow is not None and _amount_follows(follow.text):
                words.pop()  # "the iphone 15 pro max costs $1,199": a verb before an amount
                break
            if _plural_modifier(tokens, k):
                continue  # "12 crew members", "300 police officers": a noun modifier
            break
        low = word.lower()
        adverb = (
            low.endswith("ly")
            and low not in grammar("ly_noun")
            and _plural_within(tokens, k + 1, 3)
        )
        if (
            (singular or after_of)
            and _guessed_adjective(word)
            and _participle_ends(tokens, k + 1, closed=after_of)
        ):
            # "500 kg of explosive hidden in", "of radish piled by", "one protest turned
            # violent": the word before a verb form is the last noun
            break
        if (singular or after_of) and not (_adjective(word) or adverb or word[:1].isupper()):
            nxt = tokens[k + 1].text if k + 1 < n else ""
            # "of the world's oil reserves": a noun modifying a plural noun goes on, and
            # so does one before a last singular noun ("of office space.")
            compound = (
                nxt.islower()
                and nxt not in stop
                and nxt not in lexicon("quantity_verbs")
                and nxt not in grammar("phrase_after_head")
                # "2.5 tonnes of cocaine hidden in", "of fencing stood": a participle or
                # a verb in the past after the head
                and nxt not in grammar("irregular_participle")
                and nxt not in grammar("irregular_past")
                and (
                    is_plural_noun(nxt)
                    or (after_of and _ends_phrase(tokens, k + 1, text))
                    or (after_of and _verb_at(tokens, k + 2))
                    # "of iron ore reserves.": two modifiers before the head
                    or (after_of and compound_head_at(tokens, k, text) is not None)
                )
                # "of the world's oil passes through": a verb in "-s" before a path
                and not (nxt.endswith("s") and _verb_before_path(tokens, k + 2))
            )
            if singular and not after_of and _singular_compound(tokens, k, text, deep=deep):
                continue  # "one fire engine was", "one community leader who"
            if singular or not compound:
                break  # "a third of the budget goes": "goes" is the verb
            if owner and len(words) == 1 and not _owned_compound(tokens, k):
                break  # "half Smith's team quit within": the first noun is what is owned
    while (
        words
        and words[-1].lower().endswith(("ly", "ing"))
        and not is_plural_noun(words[-1])
        and words[-1].lower() not in lexicon("quantity_ing_nouns")
        and words[-1].lower() not in grammar("ly_noun")
    ):
        words.pop()
    if not words:
        return None
    head = words[-1]
    if len(words) == 1 and head.lower() in grammar("count_classifier"):
        return _classified(tokens, k, text)  # "30,000 head of cattle": the cattle
    term = measured_term(words)
    if term is not None:
        return term  # "5% of gross domestic product"
    light = light_compound(words[-2], head) if len(words) >= 2 else None
    if light is not None:
        return light  # "40% of the country's housing stock"
    if head.lower() in lexicon("quantity_adjectives"):
        # "two new 737 Max jets": the noun lies past a model name
        for j in range(k, min(n, k + 4)):
            word = tokens[j].text
            if word.islower():
                return word if is_plural_noun(word) and word not in stop else None
        return None
    first = words[0].lower()
    if (
        first.endswith("ed")
        and not is_plural_noun(head)
        and not (singular and len(words) > 1 and len(first) > 4 and not first.endswith("eed"))
    ):
        # "20 injured", "1,500 remained outside": a verb, not a noun (but "one injured man")
        return None
    low = head.lower()
    if len(low) > 4 and low.endswith("ed") and not low.endswith("eed") and not singular:
        return None  # "tens of thousands of Israelis protested": the verb after the noun
    return head
