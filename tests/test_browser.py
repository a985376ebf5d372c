"""Headless Chromium renders an event page and a document page: the Arabic is laid out right
to left and the evidence is highlighted. Screenshots are kept in tests/artifacts/."""

from pathlib import Path

import pytest

from chromium import Browser, executable

ARTIFACTS = Path(__file__).parent / "artifacts"
EVENT = "page/event/000_3d015eed464f4e1b-1"
DOCUMENT = "page/document/000_3d015eed464f4e1b"
TRANSPARENT = "rgba(0, 0, 0, 0)"


@pytest.fixture(scope="module")
def browser():
    if executable() is None:
        pytest.fail("chromium is missing: `make test` installs it (apt-get install chromium)")
    opened = Browser()
    yield opened
    opened.close()


def style(browser: Browser, selector: str, prop: str) -> str:
    return browser.evaluate(
        f"getComputedStyle(document.querySelector({selector!r})).getPropertyValue({prop!r})"
    )


def test_an_event_page_reads_right_to_left_with_the_evidence_highlighted(live_server, browser):
    browser.open(live_server + EVENT)
    assert style(browser, "h1 bdi[lang=ar]", "direction") == "rtl"
    assert style(browser, "h1 bdi[lang=en]", "direction") == "ltr"
    assert style(browser, "blockquote.sentence", "direction") == "rtl"
    assert style(browser, "mark.evidence", "background-color") != TRANSPARENT
    quote = browser.evaluate("document.querySelector('mark.evidence').textContent")
    sentence = browser.evaluate("document.querySelector('blockquote.sentence').textContent")
    assert quote and quote in sentence and quote != sentence
    # right to left on screen: the sentence's first word is drawn right of its last
    first_right_of_last = browser.evaluate(
        "(() => { const q = document.querySelector('blockquote.sentence');"
        " const r = document.createRange(); const t = q.firstChild;"
        " r.setStart(t, 0); r.setEnd(t, 1); const first = r.getBoundingClientRect();"
        " return first.right > q.getBoundingClientRect().right - 40; })()"
    )
    assert first_right_of_last
    ARTIFACTS.mkdir(exist_ok=True)
    browser.screenshot(ARTIFACTS / "event-page.png")
    assert (ARTIFACTS / "event-page.png").stat().st_size > 10_000


def test_a_document_page_highlights_every_span_and_the_one_asked_for(live_server, browser):
    browser.open(live_server + DOCUMENT + "?span=32-78#span-32-78")
    assert style(browser, ".document-text", "direction") == "rtl"
    marks = browser.evaluate("document.querySelectorAll('.document-text mark.span').length")
    assert marks > 20
    focus = browser.evaluate(
        "[...document.querySelectorAll('mark.focus')].map(m => m.textContent).join('')"
    )
    assert focus == "نظمت الأمانة العامة لمجلس وزراء الداخلية العرب"
    assert style(browser, "mark.focus", "background-color") != style(
        browser, "mark.span:not(.focus)", "background-color"
    )
    browser.screenshot(ARTIFACTS / "document-page.png")
