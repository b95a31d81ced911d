"""Read who wrote an article: byline lines at its head and credit lines at its end.

A byline names the authors ("By Lena Marsh and Tomas Okafor", "By JANE DOE, Associated
Press", "Jane Doe | Reuters", "By Jane Doe, BBC News, Washington"); a credit line at the
end names who reported, who contributed and who edited ("Jane Doe reported from Lagos.
John Roe contributed to this report.", "(Reporting by A; Additional reporting by B;
Editing by C)"). Names are checked to look like people's names; outlets and agencies
(``data/news_agencies.txt``), role words (``data/byline_roles.txt``) and companies
(``data/company_suffixes.txt``) are told apart from them. Who counts as an author and
who as a contributor is set out in ``newsfacts.extractors.article``. A line that does
not read as a byline or credit gives ``None``, so a story sentence that happens to start
with "By" is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from newsfacts.lexicons import lexicon, lexicon_lines

__all__ = [
    "Byline",
    "Credits",
    "is_agency",
    "is_agency_credit",
    "is_photo_credit",
    "name_line",
    "parse_byline",
    "parse_credit",
    "split_names",
]

_MAX_BYLINE_WORDS = 24
_MAX_NAME_TOKENS = 5
# A clause of bare names continuing the previous one ("; B in Santiago at b@x.net").
_MAX_CONTINUED_WORDS = 10

# "By", "by:", "Text by:" (France 24), "Words by": the lead of an explicit byline.
_EXPLICIT = re.compile(
    r"(?:by|written by|words by|story by|text by|reporting by|reported by)(?:\s*:)?\s+(?=\S)",
    re.IGNORECASE,
)
# ABC News pages glue the lead to the name: "ByJane Doe".
_GLUED_BY = re.compile(r"By(?=[A-Z][a-z])")
# "Jane Doe for The Guardian", "JOHN SMITH FOR MAILONLINE": whom the author writes for.
_FOR_TAIL = re.compile(r"\s+for\s+\S.*$", re.IGNORECASE | re.DOTALL)
# Separators between the parts of a byline: "A, B and C | Reuters", "A - BBC News".
# A comma may come before the joining word ("By A, with B in Madrid").
_BYLINE_SPLIT = re.compile(
    r"\s*[|•·;/]\s*|\s+[-–—]+\s+|\s*,\s*(?:(?:and|&|with)\s+)?|\s+(?:and|&|with)\s+|[()]",
    re.IGNORECASE,
)
# Name lists in credits split the same way, without "/" (photo credits) or "-".
_NAMES_SPLIT = re.compile(r"\s*[;,]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", re.IGNORECASE)
# "Jane Doe in London", "Jane Doe from Kyiv": the place is not part of the name.
_PLACE_TAIL = re.compile(r"\s+(?:in|from|at)\s+\S.*$", re.DOTALL)
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]\.?|(?:al|el|bin|de|van|von)-[A-Z][\w'’-]*")
# Between two clauses of a credit: a semicolon, or a full stop after two small letters,
# digits or brackets ("Reporting by A. Editing by B."). The stop is matched before the
# look behind it, so that the scan tests the look only at a stop (three times faster
# than testing it at every character; the same matches).
_CLAUSE_SPLIT = re.compile(r"\s*;\s*|\.(?<=[a-z\d)\]]{2}\.)(?:\s+|$)")
# After the names of "X contributed": only "reporting", "to this report" and a place.
_CONTRIBUTED = re.compile(
    r"\s+(?:also\s+)?contributed"
    r"(?:\s+(?:additional\s+)?(?:reporting|research|writing)(?:\s+and\s+(?:research|writing))?"
    r"|\s+to\s+(?:this|the)\s+(?:report|story|article|reporting|coverage))?"
    r"(?:\s+(?:from|in)\s+[^.;]*)?\s*$",
    re.IGNORECASE,
)
# After the names of "X reported": nothing, a place, or "and wrote this story".
_REPORTED = re.compile(
    r"\s+reported(?P<rest>(?:\s+(?:from|in)\s+[^.;]*)?"
    r"(?:\s+and\s+wrote\s+(?:this|the)\s+(?:story|report|article))?)\s*$",
    re.IGNORECASE,
)
_WROTE = re.compile(r"\s+wrote\s+(?:this|the)\s+(?:story|report|article)\s*$", re.IGNORECASE)
# "..., and John Roe from Abuja" inside the rest of a "reported from" clause.
_AND_FROM = re.compile(r"\band\s+(?P<name>[A-Z][^\s,;]*(?:\s+[A-Z][^\s,;]*){1,3})\s+from\b")
# "Associated Press writers", "AP reporter", "Times correspondent": a lead before names.
_ROLE_LEAD = re.compile(
    r"(?:[\w.&'’-]+\s+){0,3}(?:writers?|reporters?|correspondents?|journalists?|"
    r"photographers?|researchers?|producers?|staff)\s+",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?P<owner>(?:[\w.&-]+\s){0,3}[\w.&-]+?)(?:['’]s|s['’])\s+")
# Where a date or time starts after the names on a byline line.
_STAMP = re.compile(
    r"\s(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d"
    r"|\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\d{1,2}[/:.]\d|(?:Published|Updated|Posted)\b)"
)
_ROMAN = re.compile(r"[IVX]+")
_STORY_WAS = re.compile(r"this\s+(?:story|report|article)\s+(?:was|has\s+been)\s+", re.I)


class Byline(NamedTuple):
    """What a byline line says: the people who wrote, and the agencies named."""

    authors: tuple[str, ...]
    agencies: tuple[str, ...]
    #: Whether the line says "By": without it a line is a weaker sign of a byline.
    explicit: bool = True


class Credits(NamedTuple):
    """What a credit line says: who wrote the story, who contributed to it, who edited it."""

    authors: tuple[str, ...]
    contributors: tuple[str, ...]
    editors: tuple[str, ...] = ()


@cache
def _agencies() -> dict[str, str]:
    """Lower-cased agency name (and without a leading "the") -> the name as listed."""
    out: dict[str, str] = {}
    for name in lexicon_lines("news_agencies"):
        out.setdefault(name.lower(), name)
        if name.lower().startswith("the "):
            out.setdefault(name[4:].lower(), name)
    return out


@cache
def _roles() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("byline_roles"))


@cache
def _companies() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("company_suffixes"))


@cache
def _credit_phrases() -> tuple[tuple[str, str], ...]:
    out = []
    for line in lexicon_lines("credit_phrases"):
        phrase, _, role = line.rpartition(" ")
        out.append((phrase.lower(), role))
    return tuple(sorted(out, key=lambda pr: -len(pr[0])))


@cache
def _credit_openers() -> tuple[str, ...]:
    """Every credit phrase, for one ``str.startswith`` test of a clause."""
    return tuple(phrase for phrase, _ in _credit_phrases())


def is_agency(part: str) -> str | None:
    """The listed agency or outlet ``part`` names, or None."""
    key = " ".join(part.split()).strip(" .,:").lower()
    return _agencies().get(key) or _agencies().get(key.removeprefix("the "))


def _is_role(part: str) -> bool:
    words = part.lower().split()
    return bool(words) and (words[-1] in _roles() or words[0] in {"in", "from", "at"})


def _only_roles(part: str) -> bool:
    """Whether a byline part holds only role words: "Staff Reporter", "the staff"."""
    words = part.strip(" .:").split()
    return (
        bool(words)
        and words[-1].lower() in _roles()
        and all(w.lower() in _roles() or w.islower() for w in words)
    )


def _tidy_name(name: str) -> str:
    """One space between words; capitals in title case.

    An all-capitals name ("JANE O'NEILL") is title-cased whole; in a mixed one only the
    capitalised words are (AFP's "Jean DUPONT", "Jean-Marc LE ROUX"); initials
    ("J.R. Smith") and Roman numerals stay as written.
    """
    name = " ".join(name.split()).strip(" .,:;")
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 2 and all(c.isupper() for c in letters):
        return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), name)
    return " ".join(_title_word(w) for w in name.split(" "))


def _title_word(word: str) -> str:
    """An all-capitals word in title case ("DUPONT", "O'NEILL", "LE").

    Initials ("J.R.") and Roman numerals ("III") are left alone.
    """
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or "." in word or not word.isupper() or _ROMAN.fullmatch(word):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)


def _person_name(part: str) -> str | None:
    """``part`` tidied if it looks like a person's name (two to five name words)."""
    tokens = part.split()
    if not 2 <= len(tokens) <= _MAX_NAME_TOKENS or tokens[0].lower() == "the":
        return None  # (no one's name starts with "The": "The Spokesman-Review")
    for i, token in enumerate(tokens):
        if token.lower() in lexicon("name_particles") and 0 < i < len(tokens) - 1:
            continue
        if not _NAME_TOKEN.fullmatch(token):
            return None
        if token.lower().strip(".") in _roles():
            return None
    if tokens[-1].lower().strip(".,") in _companies():
        return None  # "Acme Widgets Inc."
    return _tidy_name(part)


def _agency_suffix(part: str) -> tuple[str, str] | None:
    """Split "MATTHEW LEE Associated Press" into the name and the agency."""
    words = part.split()
    for cut in range(1, len(words)):
        agency = is_agency(" ".join(words[cut:]))
        if agency:
            return " ".join(words[:cut]), agency
    return None


def parse_byline(line: str) -> Byline | None:
    """Read a byline line; ``None`` when the line is not one."""
    text = " ".join(line.split()).strip(" *_-–—")
    if not text or len(text.split()) > _MAX_BYLINE_WORDS:
        return None
    lead = _EXPLICIT.match(text) or _GLUED_BY.match(text)
    explicit = lead is not None
    rest = text[lead.end() :] if lead else text
    stamp = _STAMP.search(rest)
    if stamp is not None and stamp.start() > 0:
        # "by Jane Doe March 15, 2024 10:32 AM 2 min read", "by Jane Doe - 06/11/25 4:32 PM"
        rest = rest[: stamp.start()].rstrip(" -–—|,")
    if explicit and not is_agency(rest):
        # "By business reporter Nassim Khadem", "By Staff Writer Jane Doe"
        rest = _strip_role_lead(_strip_role_lead(rest))
    if rest.endswith(".") and not re.search(r"\b[A-Z]\.$", rest):
        return None  # a sentence, not a byline
    if is_photo_credit(text):
        return None
    parts = [p for p in _BYLINE_SPLIT.split(rest) if p and p.strip()]
    authors: list[str] = []
    agencies: list[str] = []
    roled = False  # whether the line gives an author's role ("science correspondent")
    parts = [p for p in parts if "@" not in p and not p.lower().startswith(("http", "www."))]
    if not parts:
        return None
    if explicit and all(_only_roles(p) for p in parts):
        return Byline((), ())  # "By Staff Reporter": a byline that names no one
    for index, raw in enumerate(parts):
        part = raw.strip(" .:")
        agency = is_agency(part)
        if agency:
            agencies.append(agency)
            continue
        part = _PLACE_TAIL.sub("", part)
        if explicit:
            part = _FOR_TAIL.sub("", part)  # "JOHN SMITH FOR MAILONLINE"
        name = None
        if (split := _agency_suffix(part)) is not None:
            name = _person_name(split[0])
            if name is not None:
                agencies.append(split[1])
        if name is None:
            name = _person_name(part)
        if name is None and (split := _role_suffix(part)) is not None:
            name, roled = split[0], True  # "Jane Doe Science correspondent"
        if name is not None:
            authors.append(name)
        elif index == 0 and explicit and len(parts) > 1 and _outlet_like(part, parts[1:]):
            agencies.append(part)  # "By Euronews with AP": an outlet the list does not know
        elif index == 0:
            return None  # "By Friday, the strike ..." starts with no name
        elif _is_role(part):
            roled = roled or index > 0
        elif not _place_like(part):
            return None
    if not explicit and not agencies and not (authors and (roled or _PLACE_TAIL.search(rest))):
        # Without "By", only "Name | Agency", "Name in City", "Name, role" or an agency
        # line is a byline.
        return None
    if not authors and not agencies:
        return None
    return Byline(tuple(dict.fromkeys(authors)), tuple(dict.fromkeys(agencies)), explicit)


def _role_suffix(part: str) -> tuple[str, str] | None:
    """Split "Imogen Carver Science correspondent" into the name and the role.

    The role is the longest tail that ends with a role word and whose words after its
    first are lower case, so "Mary Ann Smith Science correspondent" keeps three names.
    """
    words = part.split()
    if len(words) < 3 or words[-1].lower() not in _roles():
        return None
    for cut in range(2, len(words) - 1):  # a role of one word may be an outlet's ("Post")
        tail = words[cut:]
        if not all(w.islower() or w.lower() in _roles() for w in tail[1:]):
            continue
        name = _person_name(" ".join(words[:cut]))
        if name is not None and words[cut - 1].lower() not in _roles():
            return name, " ".join(tail)
    return None


def _outlet_like(part: str, others: list[str]) -> bool:
    """One capitalised word before agencies ("Euronews with AP") names an outlet."""
    words = part.split()
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and all(is_agency(o.strip(" .:")) for o in others)
    )


def name_line(line: str) -> tuple[str, ...]:
    """The names of a line that holds only people's names ("Jordan Mendoza"), else ()."""
    text = " ".join(line.split()).strip(" .")
    if not text or len(text.split()) > 12 or not _all_names(text):
        return ()
    return split_names(text)


def _place_like(part: str) -> bool:
    """A capitalised word or two after a name: the author's city ("BBC News, Washington")."""
    words = part.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def split_names(text: str) -> tuple[str, ...]:
    """People's names in a list ("A in Dubai, B and C"); places and roles dropped.

    In a list that gives places ("A in Dubai, United Arab Emirates, and B in Cairo"), an
    item between two placed names is the first one's country, not a person.
    """
    names: list[str] = []
    raws = [r.strip(" .:()") for r in _NAMES_SPLIT.split(text)]
    placed = [_PLACE_TAIL.search(r) is not None for r in raws]
    for index, raw in enumerate(raws):
        part = _PLACE_TAIL.sub("", raw)
        if not part or is_agency(part):
            continue
        if index > 0 and placed[index - 1] and not placed[index] and any(placed[index + 1 :]):
            continue
        split = _agency_suffix(part)
        name = _person_name(split[0]) if split is not None else None
        if name is None:
            name = _person_name(part)
        if name is not None:
            names.append(name)
    return tuple(dict.fromkeys(names))


def is_photo_credit(line: str) -> bool:
    """Whether a line is a photo credit: "Jane Doe/Reuters", "Dan Irungu/EPA"."""
    if "/" not in line:
        return False  # no slash, no credit: most lines stop here
    text = " ".join(line.split())
    before, slash, after = text.rpartition("/")
    return (
        bool(slash)
        and 0 < len(before.split()) <= 5
        and " " not in before[-1:]
        and is_agency(after.strip()) is not None
    )


def _strip_role_lead(text: str) -> str:
    """Drop "Associated Press writers" or "CNN's" before the names of a credit clause."""
    possessive = _POSSESSIVE.match(text)
    owner = possessive.group("owner") if possessive is not None else ""
    if possessive is not None and (is_agency(owner) or is_agency(owner + "s")):
        text = text[possessive.end() :]
    match = _ROLE_LEAD.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    # Only a lead if what follows starts a name.
    return rest if rest[:1].isupper() else text


def is_agency_credit(line: str) -> bool:
    """Whether a credit line names only agencies: "With reporting by Reuters and AFP"."""
    text = " ".join(line.split()).strip(" *_-–—()=.")
    lower = text.lower()
    for phrase, _ in _credit_phrases():
        if lower.startswith(phrase) and len(lower) > len(phrase) + 1:
            rest = text[len(phrase) :].strip(" :")
            parts = [p for p in _NAMES_SPLIT.split(rest) if p.strip()]
            return bool(parts) and all(is_agency(p) for p in parts)
    return False


def _clause(clause: str) -> Credits | None:
    """One credit clause ("Editing by Jane Doe"), or None when it is not one."""
    text = " ".join(clause.split()).strip(" *_-–—()")
    if not text:
        return Credits((), ())
    text = _STORY_WAS.sub("", text, count=1)
    if is_agency(text):
        return Credits((), ())  # "Contributing: A, USA TODAY; The Associated Press"
    lower = text.lower()
    # (One test in C first: most clauses open with no credit phrase at all.)
    for phrase, role in _credit_phrases() if lower.startswith(_credit_openers()) else ():
        if lower.startswith(phrase) and (
            len(lower) == len(phrase) or not lower[len(phrase)].isalnum()
        ):
            names = split_names(text[len(phrase) :].lstrip(" :"))
            if not names:
                return None
            return _credited(role, names)
    if (match := _CONTRIBUTED.search(text)) is not None:
        names = split_names(_strip_role_lead(text[: match.start()]))
        return Credits((), names) if names and _all_names(text[: match.start()]) else None
    if (match := _REPORTED.search(text)) is not None:
        head = text[: match.start()]
        if _surnames_only(head):
            return Credits((), ())  # AP's "Okafor reported from New Delhi": a byline author
        names = split_names(head)
        if not names or not _all_names(head):
            return None
        more = tuple(m.group("name") for m in _AND_FROM.finditer(match.group("rest")))
        extra = tuple(n for m in more if (n := _person_name(m)) is not None)
        return Credits(tuple(dict.fromkeys(names + extra)), ())
    if (match := _WROTE.search(text)) is not None:
        names = split_names(text[: match.start()])
        return Credits(names, ()) if names and _all_names(text[: match.start()]) else None
    return None


# Capitalised words that open body sentences ("Police reported ...") rather than credits.
_NOT_SURNAMES = ("groups", "organization_nouns", "sentence_starters")


def _surnames_only(head: str) -> bool:
    """Whether ``head`` is one or more bare surnames ("Okafor", "Okafor and Thapa").

    Wire credits name the byline's authors by surname alone, so such a clause adds no
    name but still belongs to the credit paragraph."""
    parts = [p.strip() for p in _NAMES_SPLIT.split(head.strip())]
    return bool(parts) and all(
        len(p.split()) == 1
        and _NAME_TOKEN.fullmatch(p) is not None
        and len(p) > 2
        and not p.isupper()
        and p.lower() not in _roles()
        and not is_agency(p)
        and not any(p.lower() in lexicon(name) for name in _NOT_SURNAMES)
        for p in parts
    )


def _credited(role: str, names: tuple[str, ...]) -> Credits:
    """``names`` credited in ``role`` (a role of ``credit_phrases.txt``)."""
    if role == "author":
        return Credits(names, ())
    if role == "editor":
        return Credits((), (), names)
    return Credits((), names)


def _clauses(text: str) -> Iterator[str]:
    """``_CLAUSE_SPLIT.split(text)``, one clause at a time: a paragraph of story is given
    up at its first clause, so the rest of it is never scanned."""
    start = 0
    for match in _CLAUSE_SPLIT.finditer(text):
        yield text[start : match.start()]
        start = match.end()
    yield text[start:]


def _short_clause(clause: str) -> bool:
    """Whether a clause is short enough to be a bare name with a place or an address."""
    return ":" not in clause and len(clause.split()) <= _MAX_CONTINUED_WORDS


def _all_names(head: str) -> bool:
    """Whether every listed item before the verb is a name, place or role lead."""
    head = _strip_role_lead(" ".join(head.split()))
    for raw in _NAMES_SPLIT.split(head):
        part = _PLACE_TAIL.sub("", raw.strip(" .:()"))
        if not part:
            continue
        if _person_name(part) is None and not _place_like(part) and not is_agency(part):
            return False
    return bool(head)


def parse_credit(paragraph: str) -> Credits | None:
    """Read a credit paragraph; ``None`` unless every clause of it is a credit."""
    text = " ".join(paragraph.split()).strip(" *_-–—")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    if not text or len(text) > 600:
        return None
    authors: list[str] = []
    contributors: list[str] = []
    editors: list[str] = []
    found = False
    last: list[str] | None = None  # the list the previous clause's names went to
    for clause in _clauses(text):
        credits = _clause(clause)
        if credits is None:
            # "To contact the reporters: A in London; B in Santiago": bare names after
            # a semicolon go on in the previous clause's role.
            names = split_names(clause) if _short_clause(clause) else ()
            if last is None or not names or not _all_names(clause):
                return None
            last.extend(names)
            continue
        if credits.editors:
            last = editors
        elif credits.authors or credits.contributors:
            last = contributors if credits.contributors else authors
        found = found or any(credits)
        authors.extend(credits.authors)
        contributors.extend(credits.contributors)
        editors.extend(credits.editors)
    if not found:
        return None
    return Credits(
        tuple(dict.fromkeys(authors)),
        tuple(dict.fromkeys(contributors)),
        tuple(dict.fromkeys(editors)),
    )
