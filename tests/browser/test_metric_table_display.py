"""Metric tables as readers see them, in Chromium."""

import pytest

from reportsite.browser import new_context

pytestmark = pytest.mark.browser

PAGE = "work-advancement/hardship-relief/"


def test_numbers_are_right_aligned_in_tabular_figures(web_page, base_url):
    page = web_page.page
    page.goto(base_url + PAGE)
    style = page.locator("tr#hr-10 td.metric-value").evaluate(
        "cell => { const s = getComputedStyle(cell); return [s.textAlign, s.fontVariantNumeric] }"
    )
    assert style[0] == "right" and "tabular-nums" in style[1]


def test_a_link_to_a_code_shows_and_highlights_its_row(web_page, base_url):
    page = web_page.page
    page.goto(base_url + PAGE + "#hr-13")
    row = page.locator("tr#hr-13")
    assert row.is_visible()
    assert row.evaluate("row => row.matches(':target')")
    box = row.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]


def test_on_a_phone_the_page_never_scrolls_sideways_and_the_code_stays_visible(browser, base_url):
    context = new_context(browser, viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + PAGE)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    wrapper = page.locator(".md-typeset__scrollwrap").first
    wrapper.evaluate("box => { box.scrollLeft = box.scrollWidth }")
    code = page.locator("tr#hr-01 td.metric-code")
    label = page.locator("tr#hr-01 th.metric-label")
    for cell in (code, label):
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    context.close()
