"""Search loads when it is first used, in Chromium, over http and from the
file system: opening a page fetches neither the search worker, its Chinese
libraries nor the index (assets.LAZY_SEARCH); clicking into the box or the
`/` shortcut, then typing at once, shows results."""

import re

from playwright.sync_api import expect

from searching import BOX, META, WAITING, pages, results, settle

# What only search loads: the worker, lunr's language files, the index
# (search_index.json over http, search_index.js from the file system).
SEARCH_FILES = re.compile(r"/workers/|/lunr/|/search/search_index\.js")

# Per edition: home, how the reader opens the search, a query, a page it finds.
EDITIONS = {
    "zh": ("", "click", "律师", "system-reform/de-administration/"),
    "en": ("en/", "shortcut", "hotline", "system-reform/de-administration/"),
}


def test_search_loads_on_first_use_and_then_finds(reader, site):
    page = reader.page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for lang, (home, how, query, expected) in EDITIONS.items():
        requested.clear()
        page.goto(site.url(home))
        settle(page)
        assert [url for url in requested if SEARCH_FILES.search(url)] == [], f"{lang}: loaded with the page"
        if how == "click":
            page.locator(BOX).click()
        else:
            page.keyboard.press("/")
            expect(page.locator(BOX)).to_be_focused()
        page.keyboard.insert_text(query)  # at once: the index may still be loading
        expect(page.locator(META)).not_to_have_text(WAITING)
        settle(page)
        assert home + expected in pages(results(page, site)), lang
        loaded = " ".join(url for url in requested if SEARCH_FILES.search(url))
        assert "/workers/" in loaded and "/search/search_index" in loaded, f"{lang}: {loaded}"
    reader.assert_clean()
