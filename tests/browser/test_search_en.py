"""English search, in Chromium: English pages only, stemmed words."""

import re

from conftest import search_misses
from reportsite.browser import search

# A word or phrase an English reader would type, and the section that must be
# among the first three results; singular and plural forms both find it.
EN_SEARCHES = [
    ("courier", "system-reform/de-bureaucratization/"),
    ("station", "system-reform/de-bureaucratization/"),
    ("stations", "system-reform/de-bureaucratization/"),
    ("contracts", "work-advancement/social-harmony/"),
    ("lawyer", "system-reform/de-administration/"),
    ("hotline", "system-reform/de-administration/"),
    ("calligraphy", "system-reform/de-formalism/"),
    ("Weibo", "political-building/smart-union/"),
    ("Ankang Cup", "work-advancement/green-development/"),
    ("Spring Breeze", "work-advancement/hardship-relief/"),
    ("medical mutual aid", "work-advancement/hardship-relief/"),
    ("collective contract", "work-advancement/social-harmony/"),
    ("Cosy Room", "work-advancement/service-capacity/"),
]


def test_english_searches_find_their_section_among_the_first_three(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "en/")
    assert search_misses(page, base_url + "en/", EN_SEARCHES) == []
    web_page.assert_clean()


def test_english_results_are_english_pages_only(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "en/")
    results = search(page, "trade union")
    assert results and all(url.startswith(base_url + "en/") for url in results)
    titles = page.locator(".md-search-result__item h1, .md-search-result__item h2").all_inner_texts()
    assert titles and not any(re.search(r"[\u4e00-\u9fff]", title) for title in titles)


def test_english_results_are_counted_in_pages_in_british_english(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "en/")
    assert search(page, "calligraphy")
    assert re.fullmatch(r"\d+ matching pages?", page.locator(".md-search-result__meta").inner_text().strip())
