"""Glossary terms on the pages of both editions, in Chromium: the
explanation of a term opens by keyboard (Tab, Enter or Space), click and
tap, closes by Escape, a second press or a press elsewhere, sits over the
text without moving any of it, and says what the glossary says in the
page's language."""

import re

import pytest
import yaml
from playwright.sync_api import expect

from conftest import DATA
from reportsite.browser import new_context, settle
from reportsite.glossary import inflected

PAGES = {"zh": "work-advancement/hardship-relief/", "en": "en/work-advancement/hardship-relief/"}
TERMS = yaml.safe_load((DATA / "glossary.yml").read_text(encoding="utf-8"))["terms"]


def explanation(lang, text):
    """What the glossary says of the term a page shows as `text` (in English, perhaps inflected)."""
    if lang == "zh":
        return next(term["explanation_zh"] for term in TERMS if term["zh"] == text)
    return next(
        term["explanation_en"]
        for term in TERMS
        for wording in (term["en"], *term.get("forms", ()))
        if re.fullmatch(inflected(wording), text)
    )


@pytest.fixture(params=sorted(PAGES))
def lang(request):
    return request.param


def text_positions(page):
    """Where every paragraph and table row of the article is: if anything
    moved, one of these would."""
    return page.locator("article :is(p, li, tr, h2)").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height] })"
    )


def tip_of(page, term):
    return page.locator("#" + term.get_attribute("aria-controls"))


def test_a_term_opens_and_closes_by_keyboard_and_nothing_moves(web_page, base_url, lang):
    page = web_page.page
    page.goto(base_url + PAGES[lang])
    settle(page)
    first = page.locator("article abbr.term").first
    for _ in range(100):  # Tab as a reader does, until the first term has the focus
        page.keyboard.press("Tab")
        if first.evaluate("el => el === document.activeElement"):
            break
    expect(first).to_be_focused()
    assert first.get_attribute("role") == "button" and first.get_attribute("aria-expanded") == "false"
    before = text_positions(page)
    page.keyboard.press("Enter")
    settle(page)
    tip = tip_of(page, first)
    expect(tip).to_be_visible()
    expect(tip).to_have_text(explanation(lang, first.inner_text()))
    expect(tip).to_be_in_viewport(ratio=1)
    assert first.get_attribute("aria-expanded") == "true"
    assert text_positions(page) == before
    page.keyboard.press("Escape")
    settle(page)
    expect(tip).to_be_hidden()
    expect(first).to_be_focused()
    assert first.get_attribute("aria-expanded") == "false"
    page.keyboard.press(" ")
    settle(page)
    expect(tip).to_be_visible()
    page.keyboard.press(" ")
    settle(page)
    expect(tip).to_be_hidden()
    assert text_positions(page) == before
    web_page.assert_clean()


def test_a_term_opens_by_tap_and_closes_by_a_tap_elsewhere_on_a_phone(browser, base_url, lang):
    context = new_context(browser, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + PAGES[lang])
    settle(page)
    term = page.locator("article abbr.term").nth(1)
    term.scroll_into_view_if_needed()
    settle(page)
    before = text_positions(page)
    term.tap()
    settle(page)
    tip = tip_of(page, term)
    expect(tip).to_be_visible()
    expect(tip).to_be_in_viewport(ratio=1)  # the whole explanation on the screen, none off its edge
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert text_positions(page) == before
    page.locator("article h1").tap()
    settle(page)
    expect(tip).to_be_hidden()
    term.tap()
    settle(page)
    expect(tip).to_be_visible()
    term.tap()  # a second tap on the term closes it too
    settle(page)
    expect(tip).to_be_hidden()
    context.close()


def test_one_explanation_at_a_time_by_click(web_page, base_url, lang):
    page = web_page.page
    page.goto(base_url + PAGES[lang])
    settle(page)
    # The later term first: its explanation opens below it, so the earlier
    # term above stays in sight and can be pressed (an explanation covers
    # the lines under its term: a reader presses only what is not covered).
    terms = page.locator("article abbr.term")
    later, earlier = terms.nth(1), terms.nth(0)
    later.click()
    settle(page)
    expect(tip_of(page, later)).to_be_visible()
    covered = earlier.evaluate(
        """term => { const box = term.getClientRects()[0];
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return !(hit && term.contains(hit)); }"""
    )
    assert not covered
    earlier.click()
    settle(page)
    expect(tip_of(page, earlier)).to_be_visible()
    expect(tip_of(page, later)).to_be_hidden()
    earlier.click()
    settle(page)
    expect(tip_of(page, earlier)).to_be_hidden()
    web_page.assert_clean()


def test_a_screen_reader_hears_the_explanation_as_the_terms_description(web_page, base_url, lang):
    page = web_page.page
    page.goto(base_url + PAGES[lang])
    settle(page)
    term = page.locator("article abbr.term").first
    expect(term).to_have_accessible_name(term.inner_text())
    expect(term).to_have_accessible_description(explanation(lang, term.inner_text()))
    assert term.get_attribute("title") is None  # no second, hover-only tooltip
