"""Accessibility in Chromium: axe-core (from npm, pinned) finds no violation
of any impact on every page type of both languages, light and dark, nor with
the search open, nor on a phone (metric cards, charts, key figures), nor
with a glossary term open; the keyboard reaches a working skip link and
sees where it is; at 360 px no page scrolls sideways."""

import pytest

from conftest import ROOT
from reportsite.browser import new_context, search, settle

AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
PAGE_TYPES = {
    "home": "",
    "key figures": "key-figures/",
    "pillar overview": "system-reform/",
    "section with metric tables": "work-advancement/hardship-relief/",
    "glossary": "glossary/",
    "data": "data/",
    "about": "about/",
}
EDITIONS = {"zh": ("", "快递"), "en": ("en/", "courier")}


def violations(page):
    page.evaluate(AXE)  # through DevTools: the page's own policy refuses injected scripts
    found = page.evaluate(
        """async () => (await axe.run()).violations.map(v =>
             `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", ")}`)"""
    )
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_axe_finds_no_violation_on_any_page_type(browser, base_url, lang, scheme):
    context = new_context(browser, color_scheme=scheme)
    page = context.new_page()
    found = {}
    for name, path in PAGE_TYPES.items():
        page.goto(base_url + EDITIONS[lang][0] + path)
        settle(page)
        if result := violations(page):
            found[name] = result
    context.close()
    assert found == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_axe_finds_no_violation_with_search_results_open(browser, base_url, lang, scheme):
    context = new_context(browser, color_scheme=scheme)
    page = context.new_page()
    prefix, query = EDITIONS[lang]
    page.goto(base_url + prefix)
    assert search(page, query)
    assert violations(page) == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_axe_finds_no_violation_on_a_phone_with_cards_and_charts(browser, base_url, lang, scheme):
    context = new_context(browser, viewport={"width": 360, "height": 740}, is_mobile=True, color_scheme=scheme)
    page = context.new_page()
    found = {}
    for path in ("", "key-figures/", "work-advancement/hardship-relief/"):
        page.goto(base_url + EDITIONS[lang][0] + path)
        settle(page)
        if result := violations(page):
            found[path] = result
    context.close()
    assert found == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_with_a_glossary_term_open(browser, base_url, scheme):
    context = new_context(browser, color_scheme=scheme)
    page = context.new_page()
    page.goto(base_url + "en/work-advancement/hardship-relief/")
    settle(page)
    term = page.locator("article abbr.term").first
    term.click()
    settle(page)
    assert page.locator("#" + term.get_attribute("aria-controls")).is_visible()
    assert violations(page) == []
    context.close()


def test_the_skip_link_is_the_first_stop_and_moves_past_the_navigation(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "system-reform/de-bureaucratization/")
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    assert skip.evaluate("a => a === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#de-bureaucratization"


def test_every_control_reached_by_tab_is_visible_with_a_focus_indicator(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "work-advancement/hardship-relief/")
    hidden, unmarked = [], []
    for _ in range(60):
        page.keyboard.press("Tab")
        state = page.evaluate(
            """() => {
              // A visually hidden input (Material's toggles) shows its focus on a
              // label: its own, or the one beside it (the palette switch).
              let el = document.activeElement;
              if (el.getBoundingClientRect().width === 0) {
                const shown = [...(el.labels || []), el.nextElementSibling]
                  .filter(l => l && l.getBoundingClientRect().width > 0);
                if (shown.length) el = shown[0];
              }
              const s = getComputedStyle(el), r = el.getBoundingClientRect();
              const marked = el.matches("input[type=text]")  // the caret shows where typing goes
                || (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0)
                || s.boxShadow !== "none" || s.textDecorationLine.includes("underline")
                || s.backgroundColor !== "rgba(0, 0, 0, 0)";
              return {name: el.outerHTML.slice(0, 80), visible: r.width > 0 && r.height > 0, marked};
            }"""
        )
        if not state["visible"]:
            hidden.append(state["name"])
        elif not state["marked"]:
            unmarked.append(state["name"])
    assert (hidden, unmarked) == ([], [])


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_at_360_px_no_page_scrolls_sideways(browser, base_url, lang):
    context = new_context(browser, viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    wide = []
    for path in PAGE_TYPES.values():
        page.goto(base_url + EDITIONS[lang][0] + path)
        if page.evaluate("document.documentElement.scrollWidth") > 360:
            wide.append(path)
    context.close()
    assert wide == []
