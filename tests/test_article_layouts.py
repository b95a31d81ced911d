"""Article metadata on layouts of further outlets: each rule tested on lines written here.

The conventions (see ``newsfacts.extractors.article``): authors wrote or reported the story
(byline, "Reporting by", "Writing by", "X reported from Y", Bloomberg's "To contact the
reporter"); contributors added reporting or assistance ("contributed",
"Additional reporting by", "With assistance from"); editors edited it ("Editing by",
"Editor:", Bloomberg's "To contact the editors"); the dateline is the place as written,
with its region, without date or agency.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.document import Document
from newsfacts.extractors._boilerplate import is_boilerplate_line, is_timestamp_line
from newsfacts.extractors._byline import is_agency_credit, parse_byline
from newsfacts.extractors._dateline import find_dateline
from newsfacts.extractors._pubdate import infer_published
from newsfacts.extractors.article import newsfacts_article
from newsfacts.models import Article

STORY = "The council voted on the plan after a long debate, officials said."


def read(text: str) -> Article:
    return newsfacts_article(document=Document(text))


def place(line: str) -> str | None:
    found = find_dateline(line, 0, len(line))
    return None if found is None else line[found.place_start : found.place_end]


# -- bylines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # "by:" and "Text by:" leads (local TV reprints of AP, France 24)
        ("by: ANNA KOWALSKI and TOM BREWER, Associated Press", ("Anna Kowalski", "Tom Brewer")),
        ("By: Priya Natarajan", ("Priya Natarajan",)),
        ("Text by: Louise Martin", ("Louise Martin",)),
        # a lead glued to the name (ABC News pages)
        ("ByKaren Liu and Omar Said", ("Karen Liu", "Omar Said")),
        # AFP's capitalised family names
        ("By Paul RICARD with Ines DUVAL in Dakar", ("Paul Ricard", "Ines Duval")),
        ("By Jean-Marc LE BRUN", ("Jean-Marc Le Brun",)),
        # whom the author writes for
        ("By SARAH COLE FOR MAILONLINE", ("Sarah Cole",)),
        ("By Tom Hale for The Guardian", ("Tom Hale",)),
        # a date after a dash
        ("by Lena Ortiz - 03/14/25 9:05 AM ET", ("Lena Ortiz",)),
        ("By Omar Haddad — 11/02/2024 18:30", ("Omar Haddad",)),
        # a comma before "with" or "and" (AFP, wire pages)
        ("By Eleni Kouris, with Pablo Moreno in Madrid", ("Eleni Kouris", "Pablo Moreno")),
        ("By Ana Ruiz, and Tom Wells", ("Ana Ruiz", "Tom Wells")),
        # a newspaper's own name after a bar: an outlet, no author
        ("By Emma Epperly | The Spokesman-Review", ("Emma Epperly",)),
        ("By Carl Moss | The Oregonian/OregonLive", ("Carl Moss",)),
    ],
)
def test_byline_variants(line: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize("line", ["Text by: NEWS WIRES", "By: News Wires"])
def test_byline_naming_no_one(line: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.authors == ()


@pytest.mark.parametrize(
    "line",
    ["Byzantine walls crumble in the rain", "BYD opens a plant in Hungary", "Bystanders fled"],
)
def test_glued_by_needs_a_capitalised_name(line: str) -> None:
    byline = parse_byline(line)
    assert byline is None or not byline.explicit


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ("By John Smith III", "John Smith III"),
        ("By J.R. HOLLOWAY", "J.R. Holloway"),
        ("By Maeve O'NEILL", "Maeve O'Neill"),
    ],
)
def test_capitals_in_names(name: str, tidy: str) -> None:
    byline = parse_byline(name)
    assert byline is not None and byline.authors == (tidy,)


@pytest.mark.parametrize(
    "line", ["Acme Widgets Inc.", "Blue River Holdings LLC", "Harbor Foods Ltd", "Nordwerk GmbH"]
)
def test_company_is_not_a_name_line(line: str) -> None:
    text = f"Acme opens a new plant in Ohio\n\n{line}\nMar 11, 2025, 08:30 ET\n\n{STORY}\n"
    assert read(text).authors == ()


def test_press_release_layout() -> None:
    text = (
        "Harbor Foods Opens Bakery in Maine\n\nNews provided by\nHarbor Foods Ltd\n"
        "Apr 2, 2025, 09:00 ET\n\nPORTLAND, Maine, April 2, 2025 /PRNewswire/ -- "
        f"{STORY}\n\nMedia contact:\nAnn Lee\nann@harborfoods.com\n"
    )
    article = read(text)
    assert article.authors == ()
    assert article.dateline == "PORTLAND, Maine"
    assert article.published == dt.date(2025, 4, 2)


# -- credit lines ----------------------------------------------------------------------


def test_contact_block_at_the_end() -> None:
    text = (
        "Copper Falls as Chile Output Recovers\n\nBy Ruth Park\n\n(Bloomberg) -- "
        f"{STORY}\n\n--With assistance from Bo Kim.\n\n"
        "To contact the reporter on this story:\nRuth Park in Seoul at rpark@example.net\n"
        "To contact the editors responsible for this story:\nAna Gil at agil@example.net\n"
        "Tim Roe\n©2025 Bloomberg L.P.\n"
    )
    article = read(text)
    assert article.authors == ("Ruth Park",)
    assert article.contributors == ("Bo Kim",)
    assert article.editors == ("Ana Gil", "Tim Roe")


@pytest.mark.parametrize(
    "contact",
    [
        "Dana Ruiz can be reached at druiz@example.com. Follow @DanaRuiz.",
        "Dana Ruiz can be reached at druiz@example.com. Follow @DanaRuiz on X.",
        "Follow @DanaRuiz. Dana Ruiz can be reached by phone at 555-0100.",
    ],
)
def test_contact_notice_after_the_credit(contact: str) -> None:
    text = (
        f"Water rates rise\n\nBy Dana Ruiz\n\n{STORY}\n\n"
        f"Staff writer Al Green contributed to this report.\n\n{contact}\n"
    )
    article = read(text)
    assert article.contributors == ("Al Green",)
    assert article.body is not None and contact not in article.body.slice(article.text)


def test_correction_notice_after_the_credit() -> None:
    text = (
        f"Water rates rise\n\nBy Dana Ruiz\n\n{STORY}\n\nAl Green contributed to this report."
        "\n\nCorrection\nAn earlier version of this article misstated the vote.\n\nComments\n"
    )
    assert read(text).contributors == ("Al Green",)


def test_editor_line_in_the_head() -> None:
    text = (
        "Exports rise 5 pct in March\n\nSource: Xinhua\nEditor: Wang Fang\n2025-04-14 10:02:11"
        f"\n\nBEIJING, April 14 (Xinhua) -- {STORY}\n"
    )
    article = read(text)
    assert article.editors == ("Wang Fang",)
    assert article.contributors == ()
    assert article.dateline == "BEIJING"


# -- the head --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "Ana Silva Chief political correspondent",
        "By Ana Silva",
        "Ana Silva in Lisbon",
    ],
)
def test_section_label_and_standfirst_above_the_byline(byline: str) -> None:
    """A section label on the headline's own line, a standfirst, then the byline."""
    text = (
        "Europe|Politics\nPortugal's government loses confidence vote\n"
        "The minority government falls after less than a year in office.\n\n"
        f"{byline}\n12 Mar 2025\n\n{STORY}\n"
    )
    article = read(text)
    assert article.title == "Portugal's government loses confidence vote"
    assert article.authors == ("Ana Silva",)


def test_buttons_between_byline_and_dateline() -> None:
    text = (
        "Lawmakers approve budget\n\nBy Dana Ruiz\nUpdated April 5, 2025 at 7:48 p.m. EDT\n\n"
        f"Gift Article\nShare\nComment\n\nANNAPOLIS — {STORY}\n"
    )
    assert read(text).dateline == "ANNAPOLIS"


@pytest.mark.parametrize("bullets", [1, 3, 4])
def test_summary_between_byline_and_dateline(bullets: int) -> None:
    points = "\n".join(f"Point number {i} of the summary" for i in range(bullets))
    text = (
        "Exports fall again\n\nBy Ann Lee\nMarch 20, 2025 10:41 AM GMT+1 Updated 3 hours ago\n\n"
        f"Summary\n{points}\n\nOSLO, March 20 (Reuters) - {STORY}\n"
    )
    assert read(text).dateline == "OSLO"


@pytest.mark.parametrize(
    "line",
    [
        "Issued on: 30/04/2025 - 13:42Modified: 30/04/2025 - 16:05",
        "Issued on: 02/01/2024 - 09:10",
        "March 20, 2025 10:41 AM GMT+1 Updated 3 hours ago",
        "5 March 2025 08:00 UTC+05:30",
    ],
)
def test_timestamp_lines(line: str) -> None:
    assert is_timestamp_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "2 min Reading time",
        "Gift Article",
        "(Updates with comment from minister in fourth paragraph.)",
        "(Adds details of the vote)",
        "Media contact:",
        "News provided by",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_boilerplate_line(line)


def test_suggested_topics_end_the_story() -> None:
    text = (
        f"Exports fall\n\nBy Ann Lee\n\n{STORY}\n\nReporting by Ann Lee; Editing by Bo Kim\n\n"
        "Suggested Topics:\nBusiness\nMarkets\n"
    )
    article = read(text)
    assert (article.contributors, article.editors) == ((), ("Bo Kim",))


# -- datelines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bukavu (DR Congo) (AFP) - Rebels took the airport.", "Bukavu (DR Congo)"),
        ("Tyre (Lebanon) (AFP) - Strikes hit the city.", "Tyre (Lebanon)"),
        ("Atlanta CNN — A judge ruled on Friday.", "Atlanta"),
        ("New York CNN — Stocks fell.", "New York"),
        ("OSAKA, May 2 Kyodo - The firm said.", "OSAKA"),
        ("AUSTIN, Texas, June 3, 2025 /PRNewswire/ -- The firm said.", "AUSTIN, Texas"),
        ("BERLIN, Jan. 9, 2025 /PRNewswire/ -- Acme said.", "BERLIN"),
    ],
)
def test_dateline_variants(line: str, expected: str) -> None:
    assert place(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Hamas Leader - the group's chief - spoke.",
        "Paris Match — the magazine — said.",
        "Goma (DR Congo) is a city on the lake.",
        "LONDON Calling - the album - turns 45.",
    ],
)
def test_not_datelines(line: str) -> None:
    assert place(line) is None


# -- publication date ------------------------------------------------------------------

# Paragraphs that push a later date out of the lede (the first four paragraphs).
FILLER = "Officials gave no further details.\n\nThe talks continue.\n\nMore is expected.\n\n"


@pytest.mark.parametrize(
    ("lede", "later", "expected"),
    [
        # the lede's weekday a day after a full date named with its weekday
        (
            "Goma (AFP) - Families fled on Saturday, residents said.",
            "The agency said on Friday, March 14, 2025, that 30,000 had left.",
            "2025-03-15",
        ),
        # ... and a day before one ahead
        (
            "Paris (AFP) - Unions called a strike on Monday.",
            "The strike will start on Tuesday, June 3, 2025, they said.",
            "2025-06-02",
        ),
        # two days after
        (
            "Rome (AFP) - The minister resigned on Thursday.",
            "He had been questioned on Tuesday, Oct. 7, 2025, by prosecutors.",
            "2025-10-09",
        ),
    ],
)
def test_lede_weekday_near_a_full_date(lede: str, later: str, expected: str) -> None:
    text = f"Title\n\n{lede}\n\n{FILLER}{later}"
    assert infer_published(Document(text)) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    "later",
    [
        "The agency said on March 14, 2025, that 30,000 had left.",  # no weekday with it
        "The agency said on Friday, March 15, 2025, that 30,000 had left.",  # wrong weekday
    ],
)
def test_lede_weekday_needs_a_checked_full_date(later: str) -> None:
    text = f"Title\n\nGoma (AFP) - Families fled on Saturday, residents said.\n\n{FILLER}{later}"
    assert infer_published(Document(text)) is None


def test_long_adversarial_lines_do_not_hang() -> None:
    for text in (
        "By" + "Abc" * 20_000,
        "Goma (" + "D" * 50_000 + ") (AFP) - x",
        "Washington " * 10_000 + "CNN — x",
        "Title\n\n" + "Follow @x. " * 10_000,
        "Title\n\nBy Ann Lee\n\nStory.\n\n" + "To contact the reporter on this story:\n" * 5_000,
        "Title\n\nBy Ann Lee\n\n" + "Summary\n" * 5_000,
    ):
        read(text)


# -- the tail --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "bur-ab/cd",
        "str-ep/mh/cw",
        "jj/ach",
        "Source: Al Jazeera and news agencies",
        "Source: Reuters",
        "(FRANCE 24 with AFP and Reuters)",
        "(Euronews with AP, AFP)",
        "==Kyodo",
        "SOURCE Harbor Foods Ltd",
        "Media contact:\nAnn Lee\nann@harborfoods.com\n(207) 555-0100",
        "Press contact:\nBo Kim, +44 20 7946 0000",
        "Share or comment on this article:",
        "With reporting by Reuters",
        "Additional reporting by AFP and AP",
        "(Compiled by Reuters)",
        "Go deeper: Why water costs more",
    ],
)
def test_tail_furniture_is_out_of_the_body(tail: str) -> None:
    text = f"Water rates rise\n\nBy Dana Ruiz\n\n{STORY}\n\n{tail}\n"
    article = read(text)
    assert article.body is not None
    assert article.body.slice(article.text).endswith(STORY)
    assert article.authors == ("Dana Ruiz",)


@pytest.mark.parametrize(
    "line",
    ["co-op", "follow-up", "Source code for the app was published.", "Sources said it was late."],
)
def test_not_tail_furniture(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_story_line_under_a_story_heading_is_kept() -> None:
    text = (
        f"Water rates rise\n\nBy Dana Ruiz\n\n{STORY}\n\nWhat comes next:\nThe board meets in May."
    )
    article = read(text)
    assert article.body is not None
    assert article.body.slice(article.text).endswith("The board meets in May.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("With reporting by Reuters", True),
        ("Additional reporting by AFP and The Associated Press", True),
        ("Additional reporting by Reuters and Jane Doe", False),
        ("Reporting by Jane Doe", False),
        ("Reporting by", False),
        ("Reuters reported on Monday that the deal was off.", False),
    ],
)
def test_agency_credit(line: str, expected: bool) -> None:
    assert is_agency_credit(line) is expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Rescuers search the rubble in Antakya, Turkey, February 8. REUTERS/Jane Doe", True),
        ("Police stand guard outside the court. (AP Photo/Mark Lennihan)", True),
        (
            "A Reuters/Ipsos poll conducted over three days found that 41% of Americans "
            "approve of the president's performance, up from 38% last month.",
            False,
        ),
    ],
)
def test_agency_photo_credit_only_ends_a_caption(line: str, furniture: bool) -> None:
    assert is_boilerplate_line(line) is furniture
