"""Search results a phone can show, in Chromium, over http and from the
file system: the sentence or two around the match, marked; no zero-width
space shown or copied; three results or more on a phone's screen; and over
http, each result's page opening with what was found highlighted."""

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from searching import over_http_only, search, settle

# Per edition: home, queries (one found in the glossary's long table), and
# the longest a teaser may be, in characters (ellipses included).
EDITIONS = {
    "zh": ("", ["热线", "快递", "职工书屋", "医疗互助"], 80),
    "en": ("en/", ["hotline", "courier", "Spring Breeze", "collective contracts"], 200),
}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_each_result_shows_the_sentence_around_the_match_with_it_marked(reader, site, lang):
    home, queries, longest = EDITIONS[lang]
    page = reader.page
    page.goto(site.url(home))
    too_long, unmarked = [], []
    for query in queries:
        found = search(page, site, query)
        assert found, query
        for result in found:
            too_long += [(query, result.page, teaser) for teaser in result.teasers if len(teaser) > longest]
            if not result.marks:
                unmarked.append((query, result.page))
        glossary = [r for r in found if r.page == home + "glossary/"]
        assert all(r.teasers and r.marks for r in glossary), query
    assert too_long == []
    assert unmarked == []
    reader.assert_clean()


def test_no_zero_width_space_is_shown_or_copied(reader, site):
    page = reader.page
    page.goto(site.url(""))
    for query in ("工会", "群团服务站", "职工医疗互助参保人数", "gonghui"):
        assert search(page, site, query), query
        shown = page.locator(".md-search-result").inner_text()
        copied = page.evaluate(
            """() => { const list = document.querySelector('.md-search-result__list')
                       getSelection().selectAllChildren(list); return getSelection().toString() }"""
        )
        titles = page.locator(".md-search-result__item h1, .md-search-result__item h2").all_inner_texts()
        assert "\u200b" not in shown and "\u200b" not in copied, query
        assert titles and not any("\u200b" in title for title in titles), query
    reader.assert_clean()


@over_http_only
@pytest.mark.parametrize(("lang", "query"), [("zh", "工会"), ("en", "trade union")])
def test_a_phone_screen_shows_at_least_three_results(phone, site, lang, query):
    page = phone.page
    page.goto(site.url(EDITIONS[lang][0]))
    assert len(search(page, site, query)) >= 3
    whole = page.locator(".md-search-result__item").evaluate_all(
        """items => items.filter(item => {
             const box = item.getBoundingClientRect()
             return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0
           }).length"""
    )
    assert whole >= 3
    phone.assert_clean()


# A figure found only in a section of its page (the style notes, the
# citation example), as searched and as the page writes it.
FOUND_IN_A_SECTION = [
    ("en/", "378.27万", "en/editorial-notes/", "3,782,700"),
    ("en/", "290.79万", "en/editorial-notes/", "2,907,900"),
    ("en/", "37827", "en/about/", "37,827"),
    ("", "37827", "about/", "37827"),
]


# From the file system Material loads the index, which highlights, only once
# the search is opened.
@over_http_only
@pytest.mark.parametrize(("home", "query", "expected", "written"), FOUND_IN_A_SECTION)
def test_every_link_of_a_result_opens_its_page_with_what_was_found_highlighted(
    reader, site, home, query, expected, written
):
    page = reader.page
    page.goto(site.url(home))
    found = search(page, site, query)
    hit = next((r for r in found if r.page == expected), None)
    assert hit, [r.page for r in found]
    assert [parse_qs(urlsplit(link).query).get("h") for link in hit.links] == [[written]] * len(hit.links)
    page.goto(hit.links[0])  # the page's own link
    settle(page)
    expect(page.locator("article mark[data-md-highlight]", has_text=written).first).to_be_visible()
    reader.assert_clean()
