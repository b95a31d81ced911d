"""The article stage: title, byline, dateline, credits, publication date, boilerplate."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.document import Document
from newsfacts.extractors._boilerplate import (
    is_boilerplate_line,
    is_boilerplate_sentence,
    is_tail_heading,
    is_timestamp_line,
)
from newsfacts.extractors._byline import parse_byline, parse_credit, split_names
from newsfacts.extractors._dateline import find_dateline
from newsfacts.extractors.article import newsfacts_article
from newsfacts.models import Article, PublishedSource, Span

SAMPLE = (Path(__file__).resolve().parents[1] / "src/newsfacts/data/sample_article.txt").read_text(
    encoding="utf-8"
)


def read(text: str, **kwargs: object) -> Article:
    return newsfacts_article(document=Document(text, **kwargs))  # type: ignore[arg-type]


def check_spans(article: Article) -> None:
    """Every span lies in the text, and the named ones cover what they name."""
    text = article.text
    if article.title_span is not None:
        assert article.title_span.slice(text) == article.title
    if article.dateline_span is not None:
        assert article.dateline_span.slice(text) == article.dateline
    for span in article.boilerplate:
        assert 0 <= span.start < span.end <= len(text)
    spans = sorted(article.boilerplate)
    assert all(a.end < b.start for a, b in itertools.pairwise(spans))


# -- the sample article --------------------------------------------------------------


def test_sample_article_metadata() -> None:
    article = read(SAMPLE)
    assert article.title == (
        'Port workers strike as wage talks stall, union says deal is "within reach"'
    )
    assert article.authors == ("Lena Marsh", "Tomas Okafor")
    assert article.contributors == ()
    assert article.dateline == "HAMBURG, Germany"
    assert article.byline_span is not None
    assert article.byline_span.slice(SAMPLE) == "By Lena Marsh and Tomas Okafor"
    assert article.credit_span is not None
    assert article.credit_span.slice(SAMPLE).startswith("Lena Marsh reported from Hamburg.")
    check_spans(article)


def test_body_is_the_story_proper() -> None:
    article = read(SAMPLE)
    assert article.body is not None
    body = article.body.slice(SAMPLE)
    assert body.startswith("Port workers strike")  # the headline states news too
    assert body.endswith("in the coming weeks.")
    assert article.title_span is not None
    assert article.in_bounds(article.title_span)
    assert article.byline_span is not None
    assert not article.in_bounds(article.byline_span)
    assert article.credit_span is not None
    assert not article.in_bounds(article.credit_span)
    first = SAMPLE.index("More than 2,000")
    assert article.in_bounds(Span(first, first + 9))


# -- publication date ----------------------------------------------------------------


def test_given_date_wins() -> None:
    article = read(SAMPLE, published=dt.date(2024, 3, 5), metadata={"published": "2020-01-01"})
    assert article.published == dt.date(2024, 3, 5)
    assert article.published_source is PublishedSource.GIVEN


@pytest.mark.parametrize(
    "value", ["2024-03-08", "2024-03-08T09:30:00Z", dt.date(2024, 3, 8), dt.datetime(2024, 3, 8, 9)]
)
def test_metadata_date(value: object) -> None:
    article = read(SAMPLE, metadata={"published": value})
    assert article.published == dt.date(2024, 3, 8)
    assert article.published_source == "metadata"


def test_unreadable_metadata_date_falls_back_to_the_text() -> None:
    text = "Storm hits coast\n\nPublished 5 March 2024\n\nThe storm hit the coast on Tuesday."
    article = read(text, metadata={"published": "last Tuesday"})
    assert article.published == dt.date(2024, 3, 5)
    assert article.published_source == "inferred"


def test_no_date_anywhere_is_unknown() -> None:
    article = read(SAMPLE)
    assert article.published is None
    assert article.published_source == "unknown"


# -- metadata title and authors ------------------------------------------------------


def test_metadata_title_found_in_text() -> None:
    title = 'Port workers strike as wage talks stall, union says deal is "within reach"'
    article = read(SAMPLE, metadata={"title": title})
    assert article.title == title
    assert article.title_span == Span(0, len(title))


def test_metadata_title_not_in_text_has_no_span() -> None:
    text = "HAMBURG, Germany — Dock workers walked out on Friday.\n\nThe strike goes on."
    article = read(text, metadata={"title": "Port strike"})
    assert article.title == "Port strike"
    assert article.title_span is None
    assert article.body is not None and article.body.start == 0


def test_metadata_authors_win() -> None:
    article = read(SAMPLE, metadata={"authors": ["Jane Doe; John Roe"]})
    assert article.authors == ("Jane Doe", "John Roe")


# -- bylines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("By Lena Marsh and Tomas Okafor", ("Lena Marsh", "Tomas Okafor"), ()),
        ("By Ana Silva, Ben Cole and Chi Obi", ("Ana Silva", "Ben Cole", "Chi Obi"), ()),
        ("By Jane Doe | Reuters", ("Jane Doe",), ("Reuters",)),
        ("By Jane Doe, BBC News, Washington", ("Jane Doe",), ("BBC News",)),
        ("By MATTHEW LEE and JOHN O'NEILL", ("Matthew Lee", "John O'Neill"), ()),
        ("By MATTHEW LEE Associated Press", ("Matthew Lee",), ("Associated Press",)),
        ("By Jane Doe, Senior Correspondent", ("Jane Doe",), ()),
        ("By Jean-Paul de la Cruz in Paris", ("Jean-Paul de la Cruz",), ()),
        ("By Reuters", (), ("Reuters",)),
        ("Reuters", (), ("Reuters",)),
        ("Jane Doe | Reuters", ("Jane Doe",), ("Reuters",)),
        ("Wanjiru Kamau in Nairobi", ("Wanjiru Kamau",), ()),
        ("By business reporter Nassim Khadem", ("Nassim Khadem",), ()),
        ("Sabine Kinkartz with Reuters, dpa", ("Sabine Kinkartz",), ("Reuters", "dpa")),
        ("By Staff Reporter", (), ()),
        # Without "By", a name with the author's role ("Guardian style").
        ("Imogen Carver Science correspondent", ("Imogen Carver",), ()),
        ("Tomas Okafor Chief political correspondent", ("Tomas Okafor",), ()),
        ("Mary Ann Whitlow Environment editor", ("Mary Ann Whitlow",), ()),
        ("Imogen Carver, science correspondent", ("Imogen Carver",), ()),
    ],
)
def test_byline(line: str, authors: tuple[str, ...], agencies: tuple[str, ...]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors
    assert byline.agencies == agencies


@pytest.mark.parametrize(
    "line",
    [
        "By Friday, the strike had spread to three more ports.",
        "By the end of the day",
        "By 2030 the plant will close",
        "Port workers strike as wage talks stall",
        "Jane Doe",
        "Jane Doe, who arrived on Friday",
        "The Denver Post",
        "",
    ],
)
def test_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_story_opening_with_by_is_not_a_byline() -> None:
    text = "By Friday afternoon, 300 families had left.\n\nThe river kept rising, officials said."
    article = read(text)
    assert article.authors == ()
    assert article.byline_span is None
    assert article.title is None
    assert article.body == Span(0, len(text))


# -- credit lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "contributors"),
    [
        (
            "Ada Obi reported from Lagos. Ben Cole, Chi Eze and Dan Fox contributed to this "
            "report.",
            ("Ada Obi",),
            ("Ben Cole", "Chi Eze", "Dan Fox"),
        ),
        ("Additional reporting by Sam Reed; Editing by Ann Lowe", (), ("Sam Reed",)),
        (
            "(Reporting by Ana Silva and Ben Cole; Writing by Cara Dunn; Editing by Dev Rao)",
            ("Ana Silva", "Ben Cole", "Cara Dunn"),
            (),
        ),
        (
            "Associated Press writers Jon Gam in Dubai, United Arab Emirates, and Sami Ali in "
            "Cairo contributed to this report.",
            (),
            ("Jon Gam", "Sami Ali"),
        ),
        ("Ada Obi reported from Nairobi, and Ben Cole from Dakar.", ("Ada Obi", "Ben Cole"), ()),
        ("Contributing: Thao Ng, Chris Cann, USA TODAY", (), ("Thao Ng", "Chris Cann")),
        ("Reporting was contributed by Ana Silva from Kyiv.", (), ("Ana Silva",)),
        ("Herald staff writer Dana Ruiz contributed to this report.", (), ("Dana Ruiz",)),
        (
            "Times staff writers Al Green and Bo Li contributed reporting.",
            (),
            ("Al Green", "Bo Li"),
        ),
        # AP names a byline author by surname alone: the clause adds no name
        (
            "Okafor reported from New Delhi. Associated Press writer Ana Mehra contributed "
            "to this report.",
            (),
            ("Ana Mehra",),
        ),
        ("Okafor and Thapa reported from Kathmandu. Bo Li contributed.", (), ("Bo Li",)),
        # bare names after a semicolon go on in the previous clause's role
        ("Reporting by Ann Lee in Oslo; Bo Kim in Bergen", ("Ann Lee", "Bo Kim"), ()),
        (
            "To contact the reporter on this story: Ruth Park in Seoul at rpark@example.net",
            ("Ruth Park",),
            (),
        ),
        (
            "To contact the editors responsible for this story: Ana Gil at agil@example.net; "
            "Tim Roe",
            (),
            (),
        ),
    ],
)
def test_credit_line(line: str, authors: tuple[str, ...], contributors: tuple[str, ...]) -> None:
    credits = parse_credit(line)
    assert credits is not None
    assert credits.authors == authors
    assert credits.contributors == contributors


@pytest.mark.parametrize(
    ("line", "contributors", "editors"),
    [
        ("Additional reporting by Sam Reed; Editing by Ann Lowe", ("Sam Reed",), ("Ann Lowe",)),
        ("(Reporting by Ana Silva; Editing by Dev Rao and Kim Lee)", (), ("Dev Rao", "Kim Lee")),
        ("Edited by Ruth Park", (), ("Ruth Park",)),
        ("Editor: Wang Fang", (), ("Wang Fang",)),
        ("Editors: Li Na, Chen Hao", (), ("Li Na", "Chen Hao")),
        (
            "To contact the editors responsible for this story: Ana Gil at agil@example.net; "
            "Tim Roe",
            (),
            ("Ana Gil", "Tim Roe"),
        ),
        # a name after the editors' semicolon is one more editor
        ("Editing by Ann Lowe; Bo Kim", (), ("Ann Lowe", "Bo Kim")),
    ],
)
def test_editors_are_credited_apart_from_contributors(
    line: str, contributors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    """Editors are credited, but not for reporting: a field of their own."""
    credits = parse_credit(line)
    assert credits is not None
    assert credits.contributors == contributors
    assert credits.editors == editors


@pytest.mark.parametrize(
    "line",
    [
        "John Smith contributed $5 million to the campaign.",
        "Police reported from the scene that two people were hurt.",
        "Jane Doe reported the theft to police on Monday.",
        "Shipping analysts said the disruption could push up freight rates.",
        "Smith contributed.",
        # a continuation must be a short list of names, not a sentence
        "Reporting by Ann Lee; The Council Met Again On Monday In Oslo And Voted For The Plan",
        "Editing by Tim Roe; the vote was close",
        "Editor: the vote was close",
        # a capitalised word that opens body sentences is not a surname
        "Police reported from the scene. Bo Li contributed.",
        "Witnesses reported from the square. Bo Li contributed.",
    ],
)
def test_not_a_credit_line(line: str) -> None:
    assert parse_credit(line) is None


def test_split_names_drops_places_and_agencies() -> None:
    assert split_names("Ana Silva in Kyiv, Reuters and Ben Cole") == ("Ana Silva", "Ben Cole")


def test_credit_names_become_authors_and_contributors() -> None:
    text = (
        "Floods force thousands from homes\n\n"
        "LAGOS, Nigeria — Floods forced thousands from their homes on Tuesday.\n\n"
        "Officials said two people died.\n\n"
        "Ada Obi reported from Lagos. Ben Cole, Chi Eze and Dan Fox contributed to this report."
    )
    article = read(text)
    assert article.authors == ("Ada Obi",)
    assert article.contributors == ("Ben Cole", "Chi Eze", "Dan Fox")
    assert article.body is not None
    assert article.body.slice(text).endswith("two people died.")
    check_spans(article)


def test_a_single_paragraph_is_never_a_credit_line() -> None:
    text = "Jane Doe reported from Lagos."
    article = read(text)
    assert article.credit_span is None
    assert article.body == Span(0, len(text))


# -- datelines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("NAIROBI, Kenya — Police said", "NAIROBI, Kenya"),
        ("LONDON (Reuters) - Shares fell", "LONDON"),
        ("WASHINGTON (AP) — The Senate voted", "WASHINGTON"),
        ("GAZA CITY, Gaza Strip (AP) — Strikes hit", "GAZA CITY, Gaza Strip"),
        ("LONDON, March 5 (Reuters) - Shares fell", "LONDON"),
        ("ST. LOUIS — A jury found", "ST. LOUIS"),
        ("Paris (AFP) - Farmers blocked roads", "Paris"),
        ("Nairobi, Kenya — Doctors ended a strike", "Nairobi, Kenya"),
    ],
)
def test_dateline(opening: str, place: str) -> None:
    found = find_dateline(opening, 0, len(opening))
    assert found is not None
    assert opening[found.place_start : found.place_end] == place


@pytest.mark.parametrize(
    "opening",
    [
        "Hamas — the group that runs Gaza — said",
        "BREAKING: Shares fell",
        "The strike began on Friday",
        "Police - who arrived late - said",
    ],
)
def test_not_a_dateline(opening: str) -> None:
    assert find_dateline(opening, 0, len(opening)) is None


# -- boilerplate -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our daily newsletter",
        "Sign up to First Edition, our free daily newsletter",
        "Read more: Why does Lagos flood every year?",
        "Share",
        "Share Save",
        "Facebook Twitter Email",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "© 2024 AFP",
        "(Photo: Jane Doe/Reuters)",
        "Image caption, Residents waded through flooded streets",
        "Click here to sign up for alerts.",
        "Comments are closed on this article.",
        "Doctors outside the hospital last month. Photograph: Dan Irungu/EPA",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Advertisement",
    ],
)
def test_boilerplate_line(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The union said it would sign up more members before the vote.",
        "Copyright holders sued the company in March.",
        "Shares fell 3% after the company said it would cut 2,000 jobs.",
        "Read the statement in full, the minister urged reporters on Tuesday, before leaving.",
        '"Share the burden," the minister said.',
        "Photographers gathered outside the court on Monday.",
    ],
)
def test_story_line_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)
    assert not is_boilerplate_sentence(line)


def test_tail_heading_and_timestamp() -> None:
    assert is_tail_heading("More on this story")
    assert is_tail_heading("Comments (12)")
    assert not is_tail_heading("More than 2,000 workers walked out.")
    assert is_timestamp_line("Published 6:02 a.m. ET April 29, 2024 | Updated 9:15 a.m. ET")
    assert is_timestamp_line("Thu 9 May 2024 14.31 BST")
    assert not is_timestamp_line("5 killed in Monday blast")


def test_boilerplate_in_the_story_is_marked() -> None:
    text = (
        "Storm hits coast\n\n"
        "By Ana Silva\n\n"
        "Share\n\n"
        "The storm hit the coast on Tuesday (Photo: Ben Cole/AFP) and cut power.\n\n"
        "Read more: Why storms are getting stronger\n\n"
        "Officials said 3 people died. Sign up for our storm alerts.\n\n"
        "Crews worked through the night.\n\n"
        "More on this story\n"
        "Storm season begins early\n"
    )
    article = read(text)
    marked = [span.slice(text) for span in article.boilerplate]
    assert "Share" in marked
    assert "(Photo: Ben Cole/AFP)" in marked
    assert "Read more: Why storms are getting stronger" in marked
    assert "Sign up for our storm alerts." in marked
    assert any(m.startswith("More on this story") for m in marked)
    assert article.body is not None
    assert article.body.slice(text).startswith("Storm hits coast")
    assert article.body.slice(text).endswith("through the night.")
    assert not article.in_bounds(Span(text.index("By Ana"), text.index("By Ana") + 2))
    start = text.index("Officials said")
    assert article.in_bounds(Span(start, start + 14))
    check_spans(article)


def test_standfirst_and_byline_in_web_copy() -> None:
    text = (
        "Doctors end strike after pay deal\n"
        "Agreement follows talks brokered by religious leaders\n"
        "Wanjiru Kamau in Nairobi\n"
        "Thu 9 May 2024 14.31 BST\n"
        "Kenyan doctors have called off a strike that lasted seven weeks.\n"
        "The union said members would return to work on Friday.\n"
    )
    article = read(text)
    assert article.title == "Doctors end strike after pay deal"
    assert article.authors == ("Wanjiru Kamau",)
    assert article.published == dt.date(2024, 5, 9)
    stamp = text.index("Thu 9 May")
    assert not article.in_bounds(Span(stamp, stamp + 3))
    story = text.index("Kenyan doctors")
    assert article.in_bounds(Span(story, story + 6))


def test_name_line_above_an_outlet_line() -> None:
    text = "Tornado hits town\n\nJordan Mendoza\nUSA TODAY\n\nA tornado hit the town overnight."
    article = read(text)
    assert article.authors == ("Jordan Mendoza",)


def test_agency_byline_names_the_agency_when_no_person_does() -> None:
    text = "Drones downed overnight\n\nBy Reuters\n\nKYIV (Reuters) - Ukraine downed 38 drones."
    assert read(text).authors == ("Reuters",)


# -- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  \n",
        "Share\nSave\nAdvertisement\nSign up for our newsletter\n",
        "---\n***\n...\n",
        "One line without an end",
        "By\n\nBy\n",
        "\n\nReuters\n\n",
        "(Reporting by Ana Silva; Editing by Ben Cole)",
    ],
)
def test_bad_input_gives_a_sensible_article(text: str) -> None:
    article = read(text)
    assert article.text == text
    assert article.published_source == "unknown"
    check_spans(article)


def test_only_boilerplate_leaves_nothing_in_bounds() -> None:
    text = "Share\nSave\nSign up for our newsletter\n"
    article = read(text)
    assert article.title is None
    assert not article.in_bounds(Span(0, 5))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "By Jane Doe",
                    "By ",
                    "LONDON (Reuters) - ",
                    "Share",
                    "Reporting by ",
                    "(Photo: ",
                    " contributed to this report.",
                    "\n",
                    "\n\n",
                    " and ",
                    ", ",
                    "Read more: ",
                    "Copyright ©",
                ]
            ),
            st.text(min_size=0, max_size=30),
        ),
        max_size=25,
    )
)
def test_any_text_gives_a_valid_article(pieces: list[str]) -> None:
    text = "".join(pieces)
    article = read(text)
    check_spans(article)
    if article.body is not None:
        assert article.body.end <= len(text)


def test_long_adversarial_lines_do_not_hang() -> None:
    for text in (
        "A" * 50_000 + " —",
        "By " + "Jane Doe, " * 5_000,
        "(Photo: " + "x" * 50_000,
        "LONDON, " + "Kenya, " * 10_000,
        ("Ada Obi reported from Lagos. " * 2_000).strip(),
        "Headline\n\n" + "Share\n" * 20_000,
    ):
        check_spans(read(text))


# -- web-copy layouts ------------------------------------------------------------------


def test_section_label_above_the_headline_is_not_the_title() -> None:
    text = (
        "World\nRebels advance on eastern city as thousands flee\nBy Ana Silva\n\nGOMA — Rebels..."
    )
    article = read(text)
    assert article.title == "Rebels advance on eastern city as thousands flee"
    assert article.authors == ("Ana Silva",)


def test_reading_time_between_byline_and_dateline() -> None:
    text = (
        "Missiles fired into sea\n\nBy Gawon Bae and Helen Regan, CNN\n3 minute read\n\n"
        "Seoul, South Korea (CNN) — North Korea fired several missiles on Monday."
    )
    article = read(text)
    assert article.authors == ("Gawon Bae", "Helen Regan")
    assert article.dateline == "Seoul, South Korea"
    assert "3 minute read" in [b.slice(text) for b in article.boilerplate]


def test_photo_credit_is_furniture_not_a_byline() -> None:
    assert parse_byline("Robert F. Bukaty/AP") is None
    assert is_boilerplate_line("Robert F. Bukaty/AP")
    assert is_boilerplate_line("___")


def test_byline_with_email_and_outlet() -> None:
    byline = parse_byline("By JOHN WENZELL | jwenzell@denverpost.com | The Denver Post")
    assert byline is not None
    assert byline.authors == ("John Wenzell",)


@pytest.mark.parametrize(
    ("line", "contributors"),
    [
        (
            "CNN's Yoonjung Seo and Junko Ogura contributed reporting.",
            ("Yoonjung Seo", "Junko Ogura"),
        ),
        ("--With assistance from Julia Fanzeres and Sherry Su.", ("Julia Fanzeres", "Sherry Su")),
    ],
)
def test_more_credit_styles(line: str, contributors: tuple[str, ...]) -> None:
    credits = parse_credit(line)
    assert credits is not None
    assert credits.contributors == contributors


def test_timestamp_line_is_not_a_dateline() -> None:
    text = (
        "Council approves shelter beds\n\nBy JOHN WENZELL\n"
        "PUBLISHED: February 20, 2024 at 6:00 a.m.\n\n"
        "The council on Monday approved $12 million for 500 new shelter beds."
    )
    article = read(text)
    assert article.dateline is None
    assert article.published == dt.date(2024, 2, 20)
    stamp = text.index("February 20")
    assert not article.in_bounds(Span(stamp, stamp + 11))


def test_title_case_headline_is_not_a_name_in_place_byline() -> None:
    text = (
        "Ukraine Strikes Russian Oil Refineries in Drone Attacks\n\n"
        "By Marc Santorra\n\nUkraine launched drones at refineries on Wednesday."
    )
    article = read(text)
    assert article.title == "Ukraine Strikes Russian Oil Refineries in Drone Attacks"
    assert article.authors == ("Marc Santorra",)


def test_photo_caption_between_byline_and_dateline() -> None:
    text = (
        "Nikkei hits record high\n\nBy Junko Fujitaka\n\n"
        "A man walks past a screen in Tokyo, Japan. REUTERS/Kim Kyung-Hoon Purchase Licensing "
        "Rights\n\nTOKYO, Feb 22 (Reuters) - Japan's Nikkei surged to a record high on Thursday."
    )
    article = read(text)
    assert article.dateline == "TOKYO"
    caption = text.index("A man walks")
    assert not article.in_bounds(Span(caption, caption + 5))


@pytest.mark.parametrize(
    ("line", "authors", "agencies"),
    [
        ("by Martin Fornusek March 15, 2024 10:32 AM 2 min read", ("Martin Fornusek",), ()),
        ("By Euronews with AP", (), ("Euronews", "AP")),
    ],
)
def test_byline_with_stamp_or_outlet(
    line: str, authors: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.agencies) == (authors, agencies)


def test_byline_with_role_under_headline() -> None:
    text = (
        "Oldest ice core reaches Europe\n\nTomas Okafor Science correspondent\n\n"
        "The core was shipped last month, the team said.\n"
    )
    article = read(text)
    assert article.title == "Oldest ice core reaches Europe"
    assert article.authors == ("Tomas Okafor",)
