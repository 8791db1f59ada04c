"""Every way of entering text searches, in Chromium, over http and from the
file system: pasted or dictated text (the box gets only an `input` event),
an input method's commit (no key event at all), typing key by key, and a
link with ?q=."""

import json
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from searching import BOX, META, WAITING, enter, pages, results, search, settle

# Per edition: home, a query, the page it finds, and what an input method
# shows while composing it.
EDITIONS = {
    "zh": ("", "律师", "system-reform/de-administration/", "lvshi"),
    "en": ("en/", "hotline", "system-reform/de-administration/", "hotlin"),
}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_pasted_or_dictated_text_searches_without_a_key(reader, site, lang):
    home, query, expected, _ = EDITIONS[lang]
    page = reader.page
    page.goto(site.url(home))
    enter(page, query, how="paste")
    assert home + expected in pages(results(page, site))
    reader.assert_clean()


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_an_input_methods_commit_searches(reader, site, lang):
    home, query, expected, composing = EDITIONS[lang]
    page = reader.page
    page.goto(site.url(home))
    enter(page, query, how="ime", typed=composing)
    assert home + expected in pages(results(page, site))
    reader.assert_clean()


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_typing_key_by_key_ends_on_the_results_of_the_whole_query(reader, site, lang):
    home, query, expected, _ = EDITIONS[lang]
    page = reader.page
    page.goto(site.url(home))
    whole = [r.links for r in search(page, site, query)]
    assert home + expected in pages(results(page, site))
    enter(page, query, how="type")
    page.wait_for_function(
        """whole => JSON.stringify([...document.querySelectorAll(
             '.md-search-result__item:not(:has(.search-answer, .search-notice))')].map(item =>
             [...item.querySelectorAll(':scope > a.md-search-result__link')].map(a => a.href))) === whole""",
        arg=json.dumps(whole, separators=(",", ":")),
    )
    settle(page)
    assert [r.links for r in results(page, site)] == whole
    reader.assert_clean()


@pytest.mark.parametrize(
    ("lang", "query"),
    [("zh", "律師"), ("en", "labor rights")],
)
def test_a_link_with_a_query_opens_the_search_with_its_results(reader, site, lang, query):
    home = EDITIONS[lang][0]
    page = reader.page
    page.goto(site.url(home) + "?q=" + quote(query))
    expect(page.locator(BOX)).to_have_value(query)
    expect(page.locator(META)).not_to_have_text(WAITING)
    settle(page)
    found = results(page, site)
    assert found and found[0].marks, [r.page for r in found]
    reader.assert_clean()
