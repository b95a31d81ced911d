"""Changes told with their old and new values, and what an active change moves.

"cut the fine from 1.21 billion euros to 1.1 billion euros", "rose from 4% to 5%", "an
increase from 300 to 450": after a change word "from X to Y" is the old and the new
value, two quantities, not a range ("ranged from $5 to $8" and "from 100 to 150 people
were evacuated" stay ranges). The object of an active change or level verb is what the
amount after it measures: "raised its key rate to 5.25%" -> rate, "cut taxes by 2%" ->
taxes; so is the subject of "is worth" ("The contract is worth $1.2 billion"). Each
reading looks at a few tokens before the amount, so it costs nothing per document.
"""

from __future__ import annotations

from newsfacts.extractors._numbers import grammar, is_change_word, possessive
from newsfacts.extractors._quantframe import measured_name, noun_word
from newsfacts.extractors._quantnoun import plain_noun, stop_or_verb
from newsfacts.extractors._quantread import NumberReader

__all__ = ["change_from", "changed_object", "worth_subject"]

# How many words may stand between a change word and the "from" of its old value
# ("cut the number of real choices for a mortgage from three to two").
_MAX_FROM_GAP = 8
# How many words the object of an active change may have ("raised its stake in the
# company").
_MAX_OBJECT = 7
# The prepositions that may open a time between an object and its change ("on Friday").
_TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "last", "this"})
_PREPOSITIONS = frozenset({"to", "by", "from", "at"})
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being"})


def _change_word(low: str) -> bool:
    return is_change_word(low) or low in grammar("object_change_verb")


def change_from(reader: NumberReader, k: int) -> bool:
    """Whether the "from" at token ``k`` gives the old value of a change.

    A change word stands before it, past at most a short object with no punctuation,
    number or clause word between ("trimmed the penalty from", "an increase from");
    a word of ``range_verb`` ("ranged", "varied") makes it a range again.
    """
    for j in range(k - 1, max(k - 2 - _MAX_FROM_GAP, -1), -1):
        low = reader.low(j)
        if _change_word(low):
            return reader.spaced(j + 1)
        if low in grammar("range_verb") or low in grammar("clause_break"):
            return False
        if not (low.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()):
            return False  # punctuation or a number ends the object
        if not reader.spaced(j + 1):
            return False
    return False


def changed_object(reader: NumberReader, first: int) -> str | None:
    """The object of the active change or level verb that moves the amount at ``first``.

    "raised its key rate to 5.25%" -> rate, "cut taxes by 2%" -> taxes, "doubled its
    stake to 10%" -> stake, "cut the number of choices from three to two" -> choices:
    a preposition of change before the amount, then a short lower-case noun phrase
    (maybe after a determiner or a possessive), then a verb of ``object_change_verb``
    that no auxiliary of the passive precedes. Names and pronouns are no objects ("cut
    Apple to neutral", "raised it by 2%").
    """
    prep = first - 1
    if reader.low(prep) not in _PREPOSITIONS:
        return None
    time = reader.time_before(prep - 1) if reader.spaced(prep) else prep
    if time < prep:
        # "raised its key rate on Friday by 200 basis points", "cut its spending this
        # year by": a time between the object and the preposition (but "its growth
        # forecast for this year": the object's own, when no noun stands before the time)
        head = time - 1
        if reader.low(head) in _TIME_PREPOSITIONS and reader.spaced(head + 1):
            head -= 1
        found = _object_before(reader, head + 1)
        if found is not None:
            return found
    return _object_before(reader, prep)


def _object_before(reader: NumberReader, prep: int) -> str | None:
    """The object of :func:`changed_object` that ends right before token ``prep``."""
    head = prep - 1
    if reader.low(head) in grammar("level_complement") and reader.spaced(prep):
        head -= 1  # "kept its benchmark rate unchanged at 4.5%" (but "held steady at")
        prep -= 1
    if not noun_word(reader, head) or not reader.spaced(prep):
        return None
    heads = [head]  # the candidate heads, right to left: before each attaching phrase
    for j in range(head - 1, max(head - 2 - _MAX_OBJECT, -1), -1):
        low = reader.low(j)
        if low in grammar("object_change_verb") or is_change_word(low):
            if reader.low(j - 1) in _COPULAS or not reader.spaced(j + 1):
                return None  # "taxes were cut by 2%": the subject is measured
            if low not in grammar("object_change_verb"):
                return None  # "rose", "fell": a change word that takes no object
            return _object_head(reader, heads, j + 1)
        if low in grammar("object_attaching"):
            before = reader.word(j - 1)
            if not plain_noun(before):
                return None
            heads.append(j - 1)  # "its stake in the company", "the price of bread"
            continue
        word = reader.word(j)
        if low in grammar("modifier_determiner") or (possessive(low) and len(low) > 2):
            continue
        if j < heads[-1] and _name_modifier(reader, j):
            continue  # "raised its benchmark Selic rate by 50 basis points": a name's rate
        if not (word.replace("-", "").isalpha() and word.islower() and reader.spaced(j + 1)):
            return None
        if stop_or_verb(low):
            return None
    return None


def _name_modifier(reader: NumberReader, j: int) -> bool:
    """Whether the word at ``j`` belongs to a name that modifies the lower-case noun
    after it inside an object, after a determiner, a possessive, a lower-case modifier
    or the change verb itself ("its Selic rate", "the bank's US Treasury holdings", "its
    benchmark Selic rate", "raised Premier League ticket prices", "cut the PlayStation 5
    price"). A name with no noun after it is the object ("cut Apple to neutral")."""
    if not _name_part(reader, j):
        return False
    end = j
    while end - j < _MAX_OBJECT and _name_part(reader, end + 1):
        end += 1
    after = reader.word(end + 1)
    if not (after.isalpha() and after.islower() and reader.spaced(end + 1)):
        return False
    start = j
    while j - start < _MAX_OBJECT and _name_part(reader, start - 1):
        start -= 1
    before = reader.word(start - 1)
    low = before.lower()
    if not reader.spaced(start):
        return False
    opened = low in grammar("modifier_determiner") or (possessive(low) and len(low) > 2)
    if opened or low in grammar("object_change_verb"):
        return True
    return before.isalpha() and before.islower() and not stop_or_verb(low)


def _name_part(reader: NumberReader, k: int) -> bool:
    """Whether token ``k`` is a word of a name inside a noun phrase: capitalised ("US",
    "Premier", "Selic"), or a short number after a capitalised word ("PlayStation 5")."""
    word = reader.word(k)
    if not reader.spaced(k) or reader.low(k) in grammar("modifier_determiner"):
        return False
    if word[:1].isupper() and word.replace("-", "").isalpha():
        return True
    previous = reader.word(k - 1)
    return word.isdigit() and len(word) <= 2 and previous[:1].isupper() and previous.isalpha()


def _object_head(reader: NumberReader, heads: list[int], floor: int) -> str:
    """The head of an object whose attached phrases end at ``heads`` (right to left):
    the first noun ("the cap on energy bills" -> cap), or the one after a noun that
    only frames it ("the number of real choices for a mortgage" -> choices)."""
    k = len(heads) - 1
    if k > 0 and reader.low(heads[k]) in grammar("not_measured"):
        k -= 1
    return measured_name(reader, heads[k], floor=floor)


def worth_subject(reader: NumberReader, first: int) -> str | None:
    """ "The contract is worth $1.2 billion" -> contract: the subject of "is worth".

    The head right before the copula, a lower-case noun (or the common noun that opens
    the sentence); pronouns and names are not measured ("He is worth $5 million").
    """
    k = first - 2
    if reader.low(k) in grammar("worth_adverb") or reader.low(k).endswith("ly"):
        k -= 1  # "the deal is now worth", "is currently worth"
    if reader.low(first - 1) != "worth" or reader.low(k) not in _COPULAS:
        return None
    head = k - 1
    if not noun_word(reader, head) or not reader.spaced(k):
        return None
    return measured_name(reader, head)
