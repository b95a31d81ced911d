"""What an amount measures, from the subject of the verb that moves or sets it.

"Prices rose 18%", "inflation slowed to 3.9%", "unemployment stood at 4.3%", "the debt
reached $34 trillion", "losses were estimated at up to 1.5 billion euros": the subject
of a change or level verb right before an amount of money, a share or a measure is
what that amount measures. A chain of amounts shares it ("revenue dropped by 8% to $4.1
billion"). Names are not taken as the thing measured ("Nvidia advanced 8%"), nor
pronouns ("it rose 5%"). Each reading looks at a few tokens before the amount.
"""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.extractors._numbers import grammar, is_change_word, number_word
from newsfacts.extractors._quantframe import measured_name, noun_word, opening_noun
from newsfacts.extractors._quantnoun import is_plural_noun, stop_or_verb
from newsfacts.extractors._quantread import NumberReader
from newsfacts.extractors._quantunits import currency_suffix, period_word
from newsfacts.lexicons import lexicon

__all__ = ["plural_subject", "subject_noun_of", "tally_subject"]

# How many auxiliaries and adverbs a reading passes between a subject and its verb.
_MAX_AUX = 3
_COPULAS = frozenset({"is", "was", "are", "were"})
# Prepositions that attach the last noun before a verb to the subject's head ("the
# price of gold rose", "demand for oil fell", "emissions from energy rose", "lending to
# households rose", "costs per tonne rose", "profit before tax rose", "unemployment among
# the young stood at").
_ATTACHING = frozenset(
    {"of", "for", "in", "at", "on", "from", "between", "to", "per", "before", "among"}
)
# Of those, the ones that attach only to a noun before them, never an amount or a verb.
_LOOSE_ATTACHING = frozenset({"per", "before", "among"})
# Words passed on the way back to an attaching preposition.
_PASSED = frozenset(
    {"the", "a", "an", "and", "or", "some", "many", "most", "all", "several", "both", "/"}
    | {"first", "second", "third", "last", "next", "past"}
    | {"its", "their", "his", "her", "our", "this", "these", "those", "each", "every"}
)
# How many levels of attached phrases, and how many words in each, a reading climbs.
_MAX_LEVELS = 4
_PHRASE_WINDOW = 7
# Endings of adjectives, which head no subject ("eligible for treatment").
_ADJECTIVE_ENDINGS = ("ible", "able", "ive", "ous", "ful", "ical", "less")
_CHAIN_GAPS = frozenset({"to", "from", ",", "or", "and"})
# How many "of" phrases a relative clause's antecedent climbs ("the cost of the repairs",
# but not "the fate of the income from coca, which": the income).
_MAX_RELATIVE_LEVELS = 1
# How far back the comma that opens an apposition, an aside or a relative clause may be.
_APPOSITION_WINDOW = 12


def subject_noun_of(
    reader: NumberReader,
    first: int,
    *,
    level: bool,
    money: bool,
    amount_before: Callable[[int], int | None],
    physical: bool = False,
) -> str | None:
    """The subject an amount starting at token ``first`` measures, or None.

    ``level``: money or a percentage, which a copula sets ("turnout was 67%"; "the
    village is 30 km away" measures no village); ``money``: an amount of money, which a
    verb of ``transfer_verb`` hands over ("the fund lost $2 billion", but "shares lost
    5%"); ``amount_before(k)``: the first token of an amount found before that ends at
    token ``k``, if any ("fell 8% to $4.1 billion"); ``physical``: a physical measure
    (not money, a share or points), which a movement verb moves no subject by ("the troops
    retreated 10 to 15 miles").
    """
    k = first - 1
    chained = False
    for _ in range(2):  # "dropped by 8% to $4.1 billion": pass the amount before
        if reader.low(k) not in _CHAIN_GAPS:
            break
        start = amount_before(k - 1)
        if start is None:
            break
        k, chained = start - 1, True
    while reader.low(k) in grammar("adverb_before_amount"):
        k -= 1  # "rose just 3%"
    k = _past_rate_adjectives(reader, k)
    prep = reader.low(k)
    quoted = False
    if prep in grammar("amount_move_prep"):
        k -= 1
        if reader.low(k) in grammar("time_adverb"):
            k -= 1  # "shares closed yesterday at $45.75"
        quoted = prep == "at" and reader.low(k) in grammar("level_complement")
        if quoted:
            k -= 1  # "held steady at 3.9%"
            if reader.low(k) == "little" or reader.low(k).endswith("ly"):
                k -= 1  # "was little changed at", "were broadly stable at"
    verb = reader.low(k)
    moved = False
    if verb in ("up", "down") and prep == verb and reader.low(k - 1) in _COPULAS:
        k -= 1  # "sales were down 3%": the copula and its particle tell a move
        verb = reader.low(k)
        moved = True
    elif verb in ("up", "down") and _verb_form(reader, k - 1):
        k -= 1  # "edged up 0.2%", "ticked down 5 cents"
        verb = reader.low(k)
    if prep == "from" and not is_change_word(verb) and verb not in grammar("object_change_verb"):
        return None  # "unemployment fell from 5.2%" (but "aid from 20 countries")
    if verb in grammar("estimate_verb"):
        if prep != "at":
            return None  # "the bill set 5%" is no estimate
        gap = _relative_gap(reader, k)
        if gap >= 0:
            # "the market, which some forecasts put at $100bn": the market, not forecasts;
            # "the cost of the repairs, which engineers put at": the head of the phrase
            head = gap - 2 if reader.word(gap - 1) == "," else gap - 1
            return _antecedent(reader, head) if _subject_word(reader, head) else None
        if reader.word(k - 1) == "," and reader.low(k).endswith("ed"):
            # "the merger, valued at $14 billion, was approved": the participle after the
            # comma sets the noun before it
            return _subject_head(reader, k - 2)
    elif moved:
        pass
    elif verb in _COPULAS:
        if not level or prep not in (verb, "at"):
            return None  # "turnout was 67%", "the rate is at 5%"
    elif not _verb_form(reader, k):
        return None
    elif physical and verb in grammar("movement_verb"):
        # "the troops retreated 10 to 15 miles": the subject moves itself, it is not what
        # the measure measures (but "water levels sank 2 to 3 feet")
        return None
    elif verb in grammar("stay_verb") and not level:
        return None  # "the river would stay above 49 metres": a measure's place
    elif prep == "at" and verb not in grammar("level_verb") and verb not in grammar("stay_verb"):
        return None  # "capped annual rent increases at 3%": a noun, not a move
    elif verb in grammar("transfer_verb") and money:
        return None  # "the fund lost $2 billion": money it lost, not the fund
    if prep == "of" or not reader.word(k).islower():
        return None  # "a rise of 5%" is read elsewhere; "Rose" may be a name
    k -= 1
    if reader.low(k) == "to":
        # "prices are expected to rise 5%"; "expects sales to rise 8.5%"
        k -= 2 if reader.low(k - 1) in grammar("subject_raising") else 1
    for _ in range(_MAX_AUX):
        low = reader.low(k)
        if low in grammar("subject_aux") or (low.endswith("ly") and reader.word(k).islower()):
            k -= 1
        else:
            break
    subject = _subject_head(reader, k)
    if (quoted or chained) and money and subject is not None and currency_suffix(subject):
        # "the euro was flat at 1.09 dollars", "the leu weakened 1.8% to 5.21 per euro":
        # an exchange rate quoted (the share of the move measures the currency)
        return None
    return subject


def tally_subject(reader: NumberReader, k: int) -> str | None:
    """The tally noun heading the subject of the verb at token ``k``, or None.

    "The death toll rose to 42", "the toll from the floods has risen to 87", "the tally
    stood at 900": a bare figure that a change or level verb moves a tally to counts what
    the tally counts, named by the tally (``quantity_tally_nouns``) or, for "the number
    of", by the plural it numbers. The subject may carry auxiliaries and an attached
    phrase ("from the quake").
    """
    if not is_change_word(reader.low(k)) and reader.low(k) not in grammar("level_verb"):
        return None
    j = k - 1
    while j > k - 1 - _MAX_AUX and reader.low(j) in grammar("subject_aux"):
        j -= 1
    for _ in range(_PHRASE_WINDOW):
        word = reader.word(j)
        low = word.lower()
        if not word.replace("-", "").isalpha() or low in grammar("subject_aux"):
            return None
        if low in lexicon("quantity_tally_nouns"):
            follows = reader.low(j + 1)
            ends = follows in _ATTACHING or follows in grammar("subject_aux")
            return low if j == k - 1 or ends else None
        if low == "number" and reader.low(j + 1) == "of":
            # "the number of migrants arriving fell to 3,100": the plural it numbers
            plural = [reader.word(m) for m in range(j + 2, k) if noun_word(reader, m)]
            plural = [word for word in plural if is_plural_noun(word)]
            return plural[0] if plural else adjective_group(reader, j + 2)
        if reader.sentence_start(j):
            return None
        j -= 1
    return None


def adjective_group(reader: NumberReader, k: int) -> str | None:
    """The adjective standing for a group of people at token ``k`` after "the number of"
    ("the number of unemployed", "of the dead"); None when a noun follows it ("of injured
    workers") or none of those adjectives is there."""
    if reader.low(k) == "the":
        k += 1
    word = reader.low(k)
    if word not in grammar("casualty_adjective") and word not in grammar("group_adjective"):
        return None
    after = reader.word(k + 1)
    if after[:1].isupper() or (is_plural_noun(after) and not stop_or_verb(after.lower())):
        return None  # "of the injured workers", "of the injured Afghans"
    return word


def _past_rate_adjectives(reader: NumberReader, k: int) -> int:
    """The token before "a"/"an" and the rate adjectives that end at token ``k``, else ``k``.

    "slowed to an annual 2.4%", "rose to a seasonally adjusted 4.1%": the article and the
    words that say how the rate is measured stand between the verb and the amount.
    """
    j = k
    while j > k - _MAX_AUX and reader.low(j) in grammar("rate_adjective"):
        j -= 1
    if j < k and reader.low(j) in ("a", "an"):
        return j - 1
    return k


def _relative_gap(reader: NumberReader, k: int) -> int:
    """The "which" or "that" of a relative clause whose verb at ``k`` has its object gapped.

    "which officials estimated at", "that analysts valued at": the relative pronoun
    stands a few words back with a subject between and no auxiliary; then the noun
    before it is what the amount measures. -1 for any other verb ("which was estimated
    at" is passive, read as any other subject).
    """
    for j in range(k - 1, max(k - 5, -1), -1):
        low = reader.low(j)
        if low in ("which", "that"):
            return j if j < k - 1 else -1
        if low in grammar("subject_aux") or not reader.word(j).isalpha():
            return -1
    return -1


def _verb_form(reader: NumberReader, k: int) -> bool:
    """Whether token ``k`` is a verb that moves or sets a level ("rose", "edged")."""
    low = reader.low(k)
    if low in grammar("level_verb") or is_change_word(low):
        return True
    if low in grammar("stay_verb"):
        return True  # "will stay below 15%"; only money and shares, see subject_noun_of
    if low in grammar("object_change_verb") and reader.low(k - 1) in grammar("subject_aux"):
        return True  # "the rate was cut by 25 basis points": a passive change
    return low in grammar("particle_verb")


def _subject_head(reader: NumberReader, k: int) -> str | None:
    """The head of the noun phrase ending at token ``k``, or of the one it attaches to.

    "the price of gold in London rose", "lending to households rose": a phrase opened by
    an attaching preposition hangs on the noun before it, up to a few levels; a level
    that ends in no noun makes the head uncertain ("homes completed in the first months
    of the year rose").
    """
    if (
        reader.low(k) == "which"
        and reader.word(k - 1) == ","
        and _subject_word(reader, k - 2)
        and currency_suffix(reader.low(k - 2)) is None  # "the kwacha, which was held at"
    ):
        return _antecedent(reader, k - 2)  # "its losses, which reached £12m"
    if reader.word(k) == ",":
        k = _before_apposition(reader, k)  # "sales, a key indicator of consumption, rose"
    if not reader.word(k)[:1].isalpha():
        return None  # "Class H, which represents ..., closed at $29": a clause between
    head = k if _subject_word(reader, k) else None
    j = k
    for _ in range(_MAX_LEVELS):
        opener = _phrase_opener(reader, j)
        if (
            reader.word(opener) == ","
            and reader.low(opener + 1) in ("a", "an")
            and _subject_word(reader, opener - 1)
        ):
            # "sales of consumer goods, a key indicator of consumption, went up": the
            # subject stands before the apposition
            head = j = opener - 1
            continue
        if reader.low(opener) not in _ATTACHING:
            break
        top = opener - 1
        if reader.word(top).islower() and period_word(reader.low(top)):
            # "net profit for the three months to June fell": a time phrase, passed
            j = top
            continue
        if reader.low(opener) in _LOOSE_ATTACHING and not _subject_word(reader, top):
            break  # "$58 per barrel and the gas contract was up": no "per" phrase
        if not _subject_word(reader, top) or reader.low(top).endswith(_ADJECTIVE_ENDINGS):
            return None  # "eligible for duty-free treatment"
        head = j = top
    return measured_name(reader, head) if head is not None else None


def _antecedent(reader: NumberReader, k: int) -> str:
    """The noun a relative clause after token ``k`` is about, climbing "of", "from" and
    "for" phrases to a noun that may be measured ("the cost of the repairs, which",
    "royalties from copper, which"), never past a verb ("centres on the royalties") or
    a word that measures nothing ("the size of the market, which": the market)."""
    head = j = k
    for _ in range(_MAX_RELATIVE_LEVELS):
        opener = _phrase_opener(reader, j)
        if reader.low(opener) not in ("of", "from", "for"):
            break
        top = opener - 1
        low = reader.low(top)
        if not _subject_word(reader, top) or low.endswith(_ADJECTIVE_ENDINGS):
            break
        if low in grammar("antecedent_frame"):
            break
        head = j = top
    return measured_name(reader, head)


def plural_subject(reader: NumberReader, k: int) -> str | None:
    """The plural head of a subject ending at token ``k`` in a phrase it attaches
    ("admissions for flu rose to 2,300" -> admissions), or None."""
    head = _subject_head(reader, k)
    if head is None or " " in head or not (head.isalpha() and is_plural_noun(head)):
        return None
    return head


def _before_apposition(reader: NumberReader, k: int) -> int:
    """The token before an apposition that the comma at ``k`` closes, else ``k``.

    The apposition opens with a comma and a determiner a few words back ("goods, a key
    indicator of consumption,", "exports to the EU, its biggest market,").
    """
    names = True
    for j in range(k - 1, max(k - _APPOSITION_WINDOW, 0), -1):
        if reader.word(j) in (",", ".", ";"):
            low = reader.low(j + 1)
            opens = (
                low in grammar("modifier_determiner")
                or low in grammar("aside_opener")
                or (names and j < k - 1)
                or _opens_participle(reader, j + 1)
            )
            return j - 1 if reader.word(j) == "," and opens else k
        names = names and reader.word(j)[:1].isupper()  # "its parent, Halden Group,"
        if reader.low(j) in ("which", "who") and reader.word(j - 1) == ",":
            return j - 2  # "shares in Orlen, which is listed in Warsaw, rose"
    return k


def _opens_participle(reader: NumberReader, j: int) -> bool:
    """Whether a past participle with its agent, maybe with an adverb, opens the aside at
    ``j``: "services inflation, watched closely by the BoE, dropped", "exports, hit by weak
    demand in China, fell", "output, closely watched by investors, rose". Without "by"
    the word may be the main verb after a relative clause ("Class H, which represents
    ..., closed at $29")."""
    if _adverb(reader, j):
        j += 1
    word = reader.word(j)
    participle = word.endswith("ed") or word in grammar("irregular_participle")
    if not (participle and word.isalpha() and word.islower() and reader.spaced(j)):
        return False
    return reader.low(j + 1) == "by" or (_adverb(reader, j + 1) and reader.low(j + 2) == "by")


def _adverb(reader: NumberReader, j: int) -> bool:
    """Whether token ``j`` is a lower-case adverb in "-ly" ("closely", "heavily")."""
    word = reader.word(j)
    return word.endswith("ly") and word.isalpha() and word.islower()


def _phrase_opener(reader: NumberReader, j: int) -> int:
    """The token before the noun phrase that ends at token ``j``.

    The phrase holds modifiers, names, figures, determiners and quantifiers ("the first
    three months", "some Lusaka neighbourhoods", "commercial property/casualty lines").
    """
    for k in range(j, max(j - _PHRASE_WINDOW, -1), -1):
        if reader.sentence_start(k):
            return k - 1
        if k == j:
            continue
        word = reader.word(k)
        low = reader.low(k)
        if low in _PASSED or word[:1].isdigit() or number_word(low) is not None:
            continue
        if word[:1].isupper() and word.replace("-", "").replace("'s", "").isalpha():
            continue  # a name modifying the noun: "Lusaka neighbourhoods"
        if low.endswith(("'s", "\u2019s")) and low[:-2].replace("-", "").isalpha():
            continue  # a possessive modifying the noun: "the region's banks"
        plain = word.replace("-", "").replace("/", "")
        if (
            plain.isalpha()
            and word.islower()
            and low not in lexicon("quantity_stopwords")
            and not (low.endswith("ed") and len(low) > 4 and not _modifies_next(reader, k))
        ):
            continue  # "fixed deals" (but "homes completed in")
        return k
    return max(j - _PHRASE_WINDOW, -1)


def _modifies_next(reader: NumberReader, k: int) -> bool:
    """Whether a word in "-ed" at ``k`` modifies the noun after it ("on fixed deals").

    A hyphenated one always does ("Bulgaria's euro-denominated bond"); another opens its
    phrase after a preposition or a determiner, and a lower-case word follows ("figures
    showed regular pay growth": a verb and its object).
    """
    if "-" in reader.low(k).strip("-"):
        return True  # "the euro-denominated bond", "the state-owned lender": a compound
    before = reader.low(k - 1)
    nxt = reader.word(k + 1)
    return (
        (before in _ATTACHING or before in _PASSED)
        and nxt.isalpha()
        and nxt.islower()
        and nxt not in lexicon("quantity_stopwords")
    )


def _subject_word(reader: NumberReader, k: int) -> bool:
    """Whether token ``k`` may head a subject that an amount measures."""
    if k < 0:
        return False
    word = reader.word(k)
    low = reader.low(k)
    if word.isupper():
        return low in grammar("measured_acronym")  # "GDP grew 3%" (but "AMD rose 4%")
    if low in grammar("not_measured") or number_word(low) is not None:
        return False
    if word.islower() and period_word(low):
        return False  # "stores open for at least a year fell 4.1%": a time, not a subject
    if word.islower():
        return noun_word(reader, k) or (low.endswith("ing") and low in grammar("measured_subject"))
    return opening_noun(reader, k)  # not a name: "Nvidia advanced 8%"
