"""Read a news web page: its article text and metadata, through the ``html`` extra.

:func:`read_html` hands the page to trafilatura (main-text extraction) and htmldate
(the publication date from the page's markup and URL). Both are optional: install
``newsfacts[html]``. Nothing is fetched: the page is parsed as given, and the date
search is pinned to a fixed latest date so that the answer never depends on the clock.
The text returned is what every span of the result refers to.
"""

from __future__ import annotations

import re
from typing import Any

from newsfacts.errors import InputError

__all__ = ["MAX_HTML_CHARS", "read_html"]

#: Pages longer than this are refused rather than parsed.
MAX_HTML_CHARS = 10_000_000
# Fewer words than this is not an article, whatever the page is.
_MIN_WORDS = 15
# htmldate refuses dates after its latest date; a fixed one keeps the result independent
# of the day it runs.
_LATEST_DATE = "2099-12-31"
_TAG = re.compile(r"<\s*[a-zA-Z!?/]")
_DOCUMENT_TAG = re.compile(r"<\s*(?:html|body)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*|\s*\|\s*")
_BY = re.compile(r"^by\s+", re.IGNORECASE)


def read_html(html: str, *, source: str = "<html>") -> tuple[str, dict[str, Any]]:
    """The article text of a news page and its metadata.

    :param html: the page's HTML.
    :param source: how to name the page in error messages (a file name, a URL).
    :return: ``(text, metadata)``; metadata has ``title`` and ``url`` (None when the
        page does not say), ``authors`` (a list, maybe empty) and, when the page gives
        it, ``published`` as a ``YYYY-MM-DD`` string.
    :raises InputError: the extra is not installed, or the page is empty, too large,
        not HTML, or has no article text.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not isinstance(html, str):
        raise InputError(source, f"expected HTML as a string, got {type(html).__name__}")
    if not html.strip():
        raise InputError(source, "the HTML is empty")
    if len(html) > MAX_HTML_CHARS:
        raise InputError(
            source,
            f"the HTML is too large ({len(html):,} characters; the limit is {MAX_HTML_CHARS:,})",
        )
    if _TAG.search(html) is None:
        raise InputError(source, "this does not look like HTML (no tags found)")
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            source,
            "reading HTML needs the optional extra: pip install 'newsfacts[html]'",
        ) from None

    if _DOCUMENT_TAG.search(html) is None:
        # trafilatura expects a whole page and rejects a bare fragment ("<p>...</p>").
        html = f"<html><body><div>{html}</div></body></html>"
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,
                "max_date": _LATEST_DATE,
            },
        )
    except Exception as error:  # trafilatura and lxml raise many kinds of errors
        raise InputError(source, f"the HTML could not be parsed ({error})") from None
    if result is None:
        raise InputError(source, "no article text found in the HTML: is it a news page?")
    found = result if isinstance(result, dict) else result.as_dict()
    text = _normalise_text(found.get("text") or "")
    if not text:
        raise InputError(source, "no article text found in the HTML: is it a news page?")
    words = len(text.split())
    if words < _MIN_WORDS or _SENTENCE_END.search(text) is None:
        raise InputError(
            source,
            f"the page has too little prose to be a news article ({words} words found)",
        )
    metadata: dict[str, Any] = {
        "title": _clean(found.get("title")),
        "authors": _authors(found.get("author")),
        "url": _clean(found.get("url")),
    }
    date = _clean(found.get("date"))
    if date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        metadata["published"] = date
    return text, metadata


def _normalise_text(text: str) -> str:
    """The extracted text with one blank line between paragraphs."""
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(p for p in paragraphs if p)


def _clean(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _authors(value: Any) -> list[str]:
    """trafilatura's "A; B" author string as a list of names."""
    if not isinstance(value, str):
        return []
    out: list[str] = []
    for part in _AUTHOR_SPLIT.split(value):
        name = _BY.sub("", " ".join(part.split())).strip(" ,")
        if name and name not in out:
            out.append(name)
    return out
