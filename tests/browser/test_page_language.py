"""In Chromium, once Material's scripts have run: every word a reader hears
or sees on hover (accessible names, titles, placeholders, the copy and
back-to-top buttons) is in the page's language, the page says its language
as its hreflang does, and every Chinese passage of an English page is
Chinese to the browser (`:lang(zh)`), at phone and desktop widths."""

import pytest

from reportsite.browser import new_context, search, settle
from reportsite.metric_table import CODE

pytestmark = pytest.mark.browser

# Every spoken or hover text the page holds, with the language the browser gives
# its element; and every text node with Chinese characters whose element the
# browser does not take for Chinese.
READ = """() => {
  const han = /[\\u3400-\\u4dbf\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]/;
  const spoken = [];
  for (const element of document.querySelectorAll("[title], [aria-label], [placeholder], [alt]")) {
    const lang = element.closest("[lang]")?.getAttribute("lang") ?? "";
    for (const name of ["title", "aria-label", "placeholder", "alt"]) {
      const value = element.getAttribute(name);
      if (value) spoken.push([lang, element.tagName, name, value]);
    }
  }
  const unmarked = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (han.test(node.data) && !parent.closest("script, style") && !parent.matches(":lang(zh)")) {
      unmarked.push(node.data.trim().slice(0, 60));
    }
  }
  return {lang: document.documentElement.lang, spoken, unmarked};
}"""

PAGES = [
    ("system-reform/", "zh-Hans"),  # footnotes, corrections, a metric table
    ("en/system-reform/", "en"),
    ("en/editorial-notes/", "en"),  # the most Chinese of the English pages
    ("en/glossary/", "en"),
]


def foreign(lang, value):
    value = CODE.sub(" ", value)  # a figure's code (DB-01, in a copy button's name) is the same in every language
    if lang.startswith("zh"):
        words = [w for w in "".join(c if c.isascii() and c.isalpha() else " " for c in value).split() if len(w) > 1]
        return words
    return [c for c in value if "\u4e00" <= c <= "\u9fff"]


@pytest.mark.parametrize("width", [360, 1366])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_word_a_reader_hears_is_in_the_pages_language(browser, base_url, width, scheme):
    context = new_context(browser, viewport={"width": width, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    for path, lang in PAGES:
        page.goto(base_url + path)
        settle(page)
        found = page.evaluate(READ)
        assert found["lang"] == lang, path
        wrong = [item for item in found["spoken"] if not item[3].startswith("http") and foreign(item[0], item[3])]
        assert wrong == [], path
        assert found["unmarked"] == [], path
    context.close()


def test_the_copy_and_top_buttons_speak_chinese_on_chinese_pages(browser, base_url):
    context = new_context(browser, viewport={"width": 1366, "height": 800})
    page = context.new_page()
    page.goto(base_url + "system-reform/")
    settle(page)
    assert page.locator(".md-top").inner_text().strip() == "回到页面顶部"
    assert page.locator("a.headerlink").first.get_attribute("title") == "本节的固定链接"
    assert page.locator("a.footnote-backref").first.get_attribute("title") == "跳回正文中脚注 1 所在处"
    assert page.get_by_role("link", name="勇立改革潮头再出发 争当群团工作排头兵").first.is_visible()
    context.close()


UNMARKED_RESULTS = """() => {
  const han = /[\\u4e00-\\u9fff]/;
  const found = {marked: 0, unmarked: []};
  const walker = document.createTreeWalker(document.querySelector(".md-search-result__list"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!han.test(node.data)) continue;
    if (node.parentElement.matches(":lang(zh)")) found.marked += 1;
    else found.unmarked.push(node.data.trim().slice(0, 60));
  }
  return found;
}"""


@pytest.mark.parametrize("query", ["source reads", "Forging Ahead Anew"])
def test_the_chinese_of_an_english_search_result_is_chinese_too(browser, base_url, query):
    # Results are written from the index, where the pages' marks are gone: marked again as they show.
    context = new_context(browser, viewport={"width": 1366, "height": 800})
    page = context.new_page()
    page.goto(base_url + "en/")
    settle(page)
    assert search(page, query)
    found = page.evaluate(UNMARKED_RESULTS)
    assert found["unmarked"] == [] and found["marked"] > 0
    context.close()
