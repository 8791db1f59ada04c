"""An old address in Chromium: the reader arrives on the page now there, at
the same place on it (the part after "#"), over http and from the meeting
bundle's folder."""

import pytest
from playwright.sync_api import expect

from reportsite.browser import new_context


@pytest.mark.parametrize("edition", ["", "en/"])
def test_an_old_address_with_a_place_on_the_page_arrives_at_that_place(browser, base_url, edition):
    context = new_context(browser)
    page = context.new_page()
    page.goto(base_url + edition + "print_page/#work-advancement")
    expect(page).to_have_url(base_url + edition + "key-figures/#work-advancement")
    expect(page.locator("#work-advancement")).to_be_in_viewport()
    context.close()


def test_an_old_address_works_from_the_folder(browser, offline_site_dir):
    context = new_context(browser)
    page = context.new_page()
    page.goto((offline_site_dir / "en" / "print_page.html").as_uri() + "#work-advancement")
    expect(page).to_have_url((offline_site_dir / "en" / "key-figures.html").as_uri() + "#work-advancement")
    context.close()
