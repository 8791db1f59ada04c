"""The language switch, in Chromium: the same page in the other language, at
the same place (the address's anchor while it is on screen, or the heading,
figure row or glossary entry the reader has scrolled to), named in words
beside its icon."""

import pytest
from playwright.sync_api import expect

from reportsite.browser import new_context, settle

READ_AT = """element => window.scrollBy(0, element.getBoundingClientRect().top
  - document.querySelector(".md-header").getBoundingClientRect().bottom - 8)"""  # just under the header


def switch_to(page, language_name):
    link = page.locator(".md-header").get_by_role("link", name=language_name, exact=True)
    expect(link).to_be_visible()
    link.click()
    page.wait_for_load_state("load")
    settle(page)


@pytest.mark.parametrize(("path", "other"), [("", "English"), ("en/", "中文")])
@pytest.mark.parametrize("width", [360, 1366])
def test_the_switch_names_the_other_language_beside_its_icon(browser, base_url, path, other, width):
    context = new_context(browser, viewport={"width": width, "height": 800}, is_mobile=width < 400)
    page = context.new_page()
    page.goto(base_url + path + "key-figures/")
    link = page.locator(".md-header").get_by_role("link", name=other, exact=True)
    expect(link).to_be_visible()
    icon = link.locator("svg").bounding_box()
    name = link.get_by_text(other, exact=True).bounding_box()
    assert icon["width"] > 0 and name["width"] > 0 and icon["x"] + icon["width"] <= name["x"] + 1
    header = page.locator(".md-header").bounding_box()
    assert name["x"] + name["width"] <= header["width"]  # all of the name shows, nothing cut off
    context.close()


def test_the_switch_keeps_the_anchor_both_ways(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "work-advancement/hardship-relief/#hr-09")
    switch_to(page, "English")
    assert page.url == base_url + "en/work-advancement/hardship-relief/#hr-09"
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.locator("tr#hr-09")).to_be_in_viewport()
    assert page.locator("tr#hr-09").evaluate("row => row.matches(':target')")
    switch_to(page, "中文")
    assert page.url == base_url + "work-advancement/hardship-relief/#hr-09"
    expect(page.locator("tr#hr-09")).to_be_in_viewport()
    web_page.assert_clean()


def test_without_an_anchor_the_switch_keeps_the_heading_scrolled_to(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "en/work-advancement/social-harmony/")
    page.locator("h2#metrics").evaluate(READ_AT)
    settle(page)
    switch_to(page, "中文")
    assert page.url == base_url + "work-advancement/social-harmony/#metrics"
    expect(page.locator("h2#metrics")).to_be_in_viewport()
    web_page.assert_clean()


def test_at_the_top_of_a_page_the_switch_opens_the_other_at_its_top(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "system-reform/de-bureaucratization/")
    switch_to(page, "English")
    assert page.url == base_url + "en/system-reform/de-bureaucratization/"
    assert page.evaluate("window.scrollY") == 0
    web_page.assert_clean()


@pytest.mark.parametrize(
    ("path", "place"),
    [("glossary/", "dl dt[id] >> nth=20"), ("key-figures/", "tr#hr-12")],
)
def test_the_switch_keeps_a_glossary_entry_or_key_figure_scrolled_to(web_page, base_url, path, place):
    page = web_page.page
    page.goto(base_url + path)
    target = page.locator(place)
    place_id = target.get_attribute("id")
    target.evaluate(READ_AT)
    settle(page)
    switch_to(page, "English")
    assert page.url == base_url + "en/" + path + "#" + place_id
    expect(page.locator(f"[id='{place_id}']")).to_be_in_viewport()
    web_page.assert_clean()


def test_once_the_reader_scrolls_on_the_switch_keeps_the_place_not_the_old_anchor(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "work-advancement/hardship-relief/#hardship-relief")
    settle(page)
    page.locator("tr#hr-12").evaluate(READ_AT)
    settle(page)
    switch_to(page, "English")
    assert page.url == base_url + "en/work-advancement/hardship-relief/#hr-12"
    web_page.assert_clean()
