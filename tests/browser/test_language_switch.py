"""The language switch, in Chromium: the same page in the other language."""

import pytest

pytestmark = pytest.mark.browser


def switch_to(page, language_name):
    page.locator(".md-header__option .md-select").first.hover()
    page.get_by_role("link", name=language_name, exact=True).click()
    page.wait_for_load_state()


def test_the_switch_on_a_reform_page_lands_on_the_same_page_and_back(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "system-reform/de-bureaucratization/#db-04")
    switch_to(page, "English")
    assert page.url == base_url + "en/system-reform/de-bureaucratization/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("tr#db-04").count() == 1
    switch_to(page, "中文")
    assert page.url == base_url + "system-reform/de-bureaucratization/"
    assert page.locator("html").get_attribute("lang") == "zh"
    web_page.assert_clean()
