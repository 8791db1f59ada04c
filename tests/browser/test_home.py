"""The home page as a reader meets it, in Chromium: what the report is and
its key figures on a phone's first screen, searches."""

import json
import re

import pytest
from playwright.sync_api import expect

from conftest import search_misses
from reportsite.browser import new_context, search, settle


def test_home_page_loads_without_console_errors_or_outside_requests(web_page, base_url):
    page = web_page.page
    page.goto(base_url)
    settle(page)
    assert page.locator("html").get_attribute("lang") == "zh-Hans"  # as its hreflang says
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


# --- what the report is, and its figures, on a phone's first screen ---------------------------

EDITIONS = {"zh": ("", "编者注"), "en": ("en/", "Editors’ note")}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_a_phones_first_screen_says_what_the_report_is_and_shows_its_figures(browser, base_url, real_site, lang):
    prefix, note = EDITIONS[lang]
    config = real_site.editions[lang].config
    context = new_context(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + prefix)
    settle(page)
    title = page.locator("article h1")
    expect(title).to_have_accessible_name(config.site_name if lang == "zh" else re.compile(r"^Forging Ahead"))
    intro = page.locator(".report-intro")
    expect(intro.locator(".report-intro__issuer")).to_contain_text(config.site_author)
    expect(intro.locator(".report-intro__date")).to_contain_text(config.extra["report_dates_from"])
    expect(intro.locator(".report-intro__date .editorial-mark")).to_have_text(note)  # the editors' inference: said so
    expect(intro.locator(".report-intro__issuer .editorial-mark")).to_have_count(0)  # the report's own banner
    figures = page.locator(".key-strip__figure")
    assert 5 <= figures.count() <= 8
    for element in (title, page.locator(".report-intro"), page.locator(".key-strip__title"), *figures.all()):
        expect(element).to_be_in_viewport(ratio=1)
    for figure in figures.all():
        for part in ("number", "unit", "label"):
            assert figure.locator(f".key-strip__{part}").inner_text().strip(), figure.inner_html()
    context.close()


def test_each_key_figure_leads_to_its_row(web_page, base_url, site_dir):
    page = web_page.page
    records = {r["code"]: r for r in json.loads((site_dir / "data" / "metrics.json").read_text(encoding="utf-8"))}
    page.goto(base_url + "en/")
    strip = page.locator(".key-strip__figure")
    shown = strip.evaluate_all("links => links.map(a => [a.href, a.innerText])")
    for href, text in shown:
        code = href.rsplit("#", 1)[1].upper()
        assert href == base_url + "en/" + records[code]["url"]
        assert records[code]["label_en"] in text and records[code]["unit_en"] in text
        value = records[code]["value_en"]
        assert (f"more than {value.removesuffix('+')}" if records[code]["approx"] else value) in text.replace("\n", " ")
    strip.nth(3).click()
    page.wait_for_load_state("load")
    row = page.locator(f"tr#{shown[3][0].rsplit('#', 1)[1]}")
    expect(row).to_be_in_viewport()
    assert row.evaluate("row => row.matches(':target')")
    web_page.assert_clean()


def test_the_english_homes_first_phone_screen_shows_four_figures_or_more(browser, base_url):
    # one page, the phones' viewports looped on it (the layout is the same in either colour scheme)
    context = new_context(browser, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + "en/")
    settle(page)
    for width, height in ((360, 740), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        settle(page)
        whole = page.locator(".key-strip__figure").evaluate_all(
            f"""figures => figures.filter(f => {{
              const box = f.getBoundingClientRect();
              return box.top >= 0 && box.bottom <= {height} && box.width > 0;
            }}).length"""
        )
        assert whole >= 4, (width, height, whole)
    context.close()
