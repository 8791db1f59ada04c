"""The Chinese home page as a reader meets it, in Chromium."""

import pytest

from conftest import search_misses
from reportsite.browser import search, settle

pytestmark = pytest.mark.browser


def test_home_page_loads_without_console_errors_or_outside_requests(web_page, base_url):
    page = web_page.page
    page.goto(base_url)
    settle(page)
    assert page.locator("html").get_attribute("lang") == "zh"
    assert page.locator("h1").inner_text().removesuffix("#") == "勇立改革潮头再出发 争当群团工作排头兵"
    # The three pillars link to their overview pages.
    for href in ("system-reform/", "political-building/", "work-advancement/"):
        assert page.locator(f'.grid.cards a[href="{href}"]').count() == 1
    web_page.assert_clean()


def test_typing_kuaidi_lists_the_de_bureaucratization_page(web_page, base_url):
    page = web_page.page
    page.goto(base_url)
    results = search(page, "快递")
    assert any("/system-reform/de-bureaucratization/" in url for url in results[:3]), results
    web_page.assert_clean()


# A word a Chinese reader would type, and the section that must be among the
# first three results: two-, three- and four-character words, programme
# names, a hotline and other figures.
ZH_SEARCHES = [
    ("快递", "system-reform/de-bureaucratization/"),
    ("服务站", "system-reform/de-bureaucratization/"),
    ("12351", "system-reform/de-administration/"),
    ("律师", "system-reform/de-administration/"),
    ("巾帼文明岗", "system-reform/de-formalism/"),
    ("书画院", "system-reform/de-formalism/"),
    ("职工书屋", "system-reform/de-formalism/"),
    ("维权热线", "system-reform/de-administration/"),
    ("工作法", "political-building/union-political-building/"),
    ("工人先锋号", "work-advancement/green-development/"),
    ("社会化工作者", "work-advancement/service-capacity/"),
    ("产业工人", "system-reform/de-elitism/"),
    ("中国梦", "political-building/theoretical-study/"),
    ("宣讲团", "political-building/ideological-guidance/"),
    ("5677", "political-building/union-political-building/"),
    ("三公经费", "political-building/union-political-building/"),
    ("微博", "political-building/smart-union/"),
    ("安康杯", "work-advancement/green-development/"),
    ("春风行动", "work-advancement/hardship-relief/"),
    ("医疗互助", "work-advancement/hardship-relief/"),
    ("集体合同", "work-advancement/social-harmony/"),
    ("厂务公开", "work-advancement/social-harmony/"),
    ("温馨小屋", "work-advancement/service-capacity/"),
    ("一优两高", "closing/"),
]


def test_chinese_searches_find_their_section_among_the_first_three(web_page, base_url):
    page = web_page.page
    page.goto(base_url)
    assert search_misses(page, base_url, ZH_SEARCHES) == []
    web_page.assert_clean()
