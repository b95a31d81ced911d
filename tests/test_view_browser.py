"""The HTML view in a real browser: headless Chromium driven by selenium.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and the pip package
``selenium``; skipped with a message when any is missing. With ``NEWSFACTS_SCREENSHOT``
set to a path (``docs/_static/view.png``) the screenshot of the sample article is saved
there for the docs.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from newsfacts.models import Article, Claim, Facts, Quantity, Speaker
from newsfacts.testing import SAMPLE_PUBLISHED, sample_article
from newsfacts.view import render_html
from test_view import sample_facts, span_of

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def _find_browser() -> tuple[str, str] | str:
    """(browser, driver) paths, or why the browser test cannot run."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "the selenium package is not installed (pip install selenium)"
    browser = os.environ.get("NEWSFACTS_CHROMIUM") or next(
        filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None
    )
    driver = os.environ.get("NEWSFACTS_CHROMEDRIVER") or shutil.which("chromedriver")
    if not browser or not driver:
        return "no Chromium or chromedriver found (apt-get install chromium chromium-driver)"
    return browser, driver


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    found = _find_browser()
    if isinstance(found, str):
        pytest.skip(f"browser test skipped: {found}")
    browser, chromedriver = found
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument("--window-size=1400,1000")
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    try:
        yield chrome
    finally:
        chrome.quit()


def open_page(driver: Any, path: Path, html: str) -> None:
    path.write_text(html, encoding="utf-8")
    driver.get(path.resolve().as_uri())


def wait_for(condition: Callable[[], object], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def in_view(driver: Any, element_id: str) -> bool:
    return bool(
        driver.execute_script(
            "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
            "return r.top >= 0 && r.bottom <= window.innerHeight;",
            element_id,
        )
    )


def long_facts() -> Facts:
    """The sample article followed by filler, with one more claim far down the page."""
    filler = "\n\n".join(["The meeting went on. " * 40] * 30)
    late = "the harbour would reopen soon"
    text = f"{sample_article()}\n{filler}\n\nA harbour pilot said {late}.\n"
    facts = sample_facts(text)
    speaker = Speaker(name="A harbour pilot", kind="person", span=span_of(text, "A harbour pilot"))
    claim = Claim(span=span_of(text, late), text=late, kind="indirect", speaker=speaker)
    return attrs.evolve(facts, claims=(*facts.claims, claim))


def test_highlights_popup_filters_and_jump(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    facts = long_facts()
    open_page(driver, tmp_path / "long.html", render_html(facts))
    assert driver.execute_script("return document.getElementById('nf-article').textContent") == (
        facts.text
    )
    marks = driver.find_elements(By.CSS_SELECTOR, "#nf-article mark.nf")
    assert len(marks) >= len(facts.claims) + len(facts.quantities) + len(facts.times)

    quantity = driver.find_element(By.CSS_SELECTOR, "#nf-article mark.k-quantity")
    background = "return getComputedStyle(arguments[0]).backgroundColor"
    assert driver.execute_script(background, quantity) != "rgba(0, 0, 0, 0)"

    # a click on a highlight pins a card with the fact's fields
    quantity.click()
    card = driver.find_element(By.ID, "nf-card")
    assert card.is_displayed()
    assert "Qualifier" in card.text and "more than" in card.text
    driver.find_element(By.TAG_NAME, "h1").click()

    # filters hide a kind's highlights
    driver.find_element(By.CSS_SELECTOR, '.nf-filter input[data-kind="quantity"]').click()
    assert driver.execute_script(background, quantity) == "rgba(0, 0, 0, 0)"

    # the claim is far below; clicking its speaker in the side panel scrolls it into view
    data = driver.execute_script("return JSON.parse(document.getElementById('nf-data').text)")
    (late,) = [
        k
        for k, v in data["facts"].items()
        if ["Speaker", "A harbour pilot"] in v["fields"] and v["kind"] == "claim"
    ]
    assert not in_view(driver, f"f-{late}")
    speaker = driver.find_element(
        By.XPATH, "//button[contains(@class,'nf-speaker-name')][.='A harbour pilot']"
    )
    speaker.click()
    wait_for(lambda: in_view(driver, f"f-{late}"))
    claim = driver.find_element(By.ID, f"f-{late}")
    assert "nf-flash" in claim.get_attribute("class")


def test_markup_in_the_article_does_not_run(driver: Any, tmp_path: Path) -> None:
    text = (
        "Headline <script>window.pwned = 1</script>\r\n"
        '<img src=x onerror="window.pwned = 2"> and <b>bold</b> & "quotes"\r\n'
        "He said </script><script>window.pwned = 3</script> 2,000 times."
    )
    facts = Facts(
        article=Article(text=text),
        quantities=(
            Quantity(
                span=span_of(text, "2,000 times"),
                text="2,000 times",
                value=2000,
                noun="<script>window.pwned = 4</script>",
            ),
        ),
    )
    open_page(driver, tmp_path / "hostile.html", render_html(facts))
    from selenium.webdriver.common.by import By

    driver.find_element(By.CSS_SELECTOR, "#nf-article mark.k-quantity").click()
    assert driver.execute_script("return window.pwned") is None
    assert driver.execute_script("return document.getElementById('nf-article').textContent") == (
        text
    )
    assert driver.execute_script("return document.querySelectorAll('#nf-article *').length") == 1


def screenshot_facts() -> Facts:
    """What the extractors find in the sample article, or the hand-made facts until they can."""
    import newsfacts

    found = newsfacts.extract(sample_article(), published=SAMPLE_PUBLISHED)
    if found.claims and found.quantities and found.times and found.events:
        return found
    return attrs.evolve(sample_facts(), problems=())


def test_screenshot(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    facts = screenshot_facts()
    open_page(driver, tmp_path / "sample.html", render_html(facts))
    target = next(
        (
            m
            for m in driver.find_elements(By.CSS_SELECTOR, "#nf-article mark.k-quantity")
            if "€" in m.text
        ),
        None,
    ) or driver.find_element(By.CSS_SELECTOR, "#nf-article mark.nf")
    target.click()
    shot = tmp_path / "view.png"
    assert driver.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    destination = os.environ.get("NEWSFACTS_SCREENSHOT")
    if destination:
        Path(destination).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, destination)
