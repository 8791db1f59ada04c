"""Search that understands the question, in Chromium, over http, with the
site's own search box (queries pasted, results read once the UI is still):
the report's pages rank above the editors' for the same words; a region's
word (Taiwan's 網路), an everyday word (poverty, 贫困) and a one-character
slip (of the same sound, 困男, or of similar shape, 困谁; said as "did you
mean") find the page the report's word finds; a
question reaches its figure, which shows above the results as its row's
indicator, value, unit and code, linked to the row, reached by keyboard,
said to screen readers, readable at 360, 390 and 1366 px, light and dark.

The queries are held out: none is one the prelude's words were chosen for.
One page per edition and test, the queries looped inside it."""

import json

import pytest
from playwright.sync_api import expect

from conftest import ROOT
from reportsite.browser import new_context, settle
from reportsite.catalog import READER
from searching import BOX, Site, answers, enter, notice, pages, results, search

EDITIONS = {"zh": "", "en": "en/"}
EDITORIAL = ("about/", "glossary/", "data/", "editorial-notes/", "key-figures/")
AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


def violations(page):
    """What axe-core finds in the search's results (as tests/browser/test_accessibility.py runs it)."""
    page.evaluate(AXE)
    return page.evaluate(
        """async () => (await axe.run('.md-search-result')).violations.map(v =>
             `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", ")}`)"""
    )


@pytest.fixture(scope="module")
def http(base_url):
    return Site("http", base_url)


@pytest.fixture(scope="module")
def context(browser):
    made = new_context(browser, viewport={"width": 1280, "height": 900})
    yield made
    made.close()


@pytest.fixture
def home(context, http):
    """A page on each edition's home, in turn: open(lang) goes there."""
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))

    def open_edition(lang):
        page.goto(http.url(EDITIONS[lang]))
        return page

    yield open_edition
    page.close()
    assert errors == []


def first_page(found, prefix):
    return found[0].page.removeprefix(prefix) if found else None


# The page a query names, where an editors' page (the citation example of
# About, the glossary, the notes) holds the same words.
REPORT_FIRST = {
    "zh": [
        ("kunnan", "work-advancement/hardship-relief/"),
        ("困难职工", "work-advancement/hardship-relief/"),
        ("医疗互助 参保", "work-advancement/hardship-relief/"),
        ("集体协商", "work-advancement/social-harmony/"),
    ],
    "en": [
        ("hardship relief", "work-advancement/hardship-relief/"),
        ("mutual medical aid", "work-advancement/hardship-relief/"),
        ("collective consultation", "work-advancement/social-harmony/"),
        ("workers in difficulty", "work-advancement/hardship-relief/"),
    ],
}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_the_reports_pages_rank_above_the_editors_for_the_same_words(home, http, lang):
    page, prefix = home(lang), EDITIONS[lang]
    missed = []
    for query, expected in REPORT_FIRST[lang]:
        found = search(page, http, query)
        order = [result.page.removeprefix(prefix) for result in found]
        editorial = [n for n, shown in enumerate(order) if shown in EDITORIAL]
        if not order or order[0] != expected or (editorial and editorial[0] < order.index(expected)):
            missed.append((query, order[:4]))
    assert missed == []


# A region's word and the index's word it stands for (OpenCC's phrases):
# the same pages, the same words marked.
REGIONAL = {
    "zh": [("網路", "网络"), ("网路", "网络"), ("資訊", "信息"), ("资讯", "信息"), ("網際網路", "互联网")],
    "en": [("網際網路", "互联网"), ("网际网路", "互联网")],
}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_a_regions_word_finds_what_the_mainland_word_finds(home, http, lang):
    page = home(lang)
    differences = []
    for regional, mainland in REGIONAL[lang]:
        expected = [(r.page, r.marks) for r in search(page, http, mainland)]
        found = [(r.page, r.marks) for r in search(page, http, regional)]
        if not expected or found != expected:
            differences.append((regional, found[:3], expected[:3]))
    assert differences == []


# Everyday words (data/glossary.yml's synonyms) and the page of the report's word.
EVERYDAY = {
    "zh": [
        ("贫穷", "work-advancement/hardship-relief/"),
        ("劳动纠纷", "system-reform/de-administration/"),
        ("求职", "work-advancement/hardship-relief/"),
    ],
    "en": [
        ("poor workers", "work-advancement/hardship-relief/"),
        ("attorneys", "system-reform/de-administration/"),
        ("litigation", "work-advancement/hardship-relief/"),
    ],
}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_an_everyday_word_finds_the_page_of_the_reports_word(home, http, lang):
    page, prefix = home(lang), EDITIONS[lang]
    missed = []
    for query, expected in EVERYDAY[lang]:
        found = pages(search(page, http, query))
        if prefix + expected not in found:
            missed.append((query, found))
    assert missed == []


# A character typed for another of the same sound, of similar shape (the
# four-corner codes: 土 for 工, 谁 for 难) or, in a longer word, any other;
# the word it was read as, and its page.
SLIPS = [
    ("集体合桶", "集体合同", "work-advancement/social-harmony/"),
    ("快第", "快递", "system-reform/de-bureaucratization/"),
    ("困男职工", "困难职工", "work-advancement/hardship-relief/"),
    ("巾帼文明港", "巾帼文明岗", "system-reform/de-formalism/"),
    ("职工书坞", "职工书屋", "system-reform/de-formalism/"),
    ("困谁", "困难", "work-advancement/hardship-relief/"),
    ("服各", "服务", "work-advancement/service-capacity/"),
    ("土会", "工会", "political-building/union-political-building/"),
]
NOT_SLIPS = ["集体合同", "快递 职工", "工会有多少会员", "gonghui"]


def test_a_one_character_slip_finds_the_page_and_says_what_it_was_read_as(home, http):
    page = home("zh")
    did_you_mean = READER["search"]["zh"]["did_you_mean"]
    missed = []
    for query, meant, expected in SLIPS:
        found = pages(search(page, http, query))
        said = notice(page)
        if expected not in found or said != did_you_mean.format(words=meant):
            missed.append((query, said, found))
    assert missed == []
    for query in NOT_SLIPS:
        assert search(page, http, query) and notice(page) == "", query
    # Its link searches for the words it was read as.
    enter(page, SLIPS[0][0])
    page.locator(".md-search-result__item:has(.search-notice) a").click()
    expect(page.locator(BOX)).to_have_value(SLIPS[0][1])


# Questions and the figure they ask for: its code and page.
QUESTIONS = {
    "zh": [
        ("工会有多少会员", "SH-03"),
        ("参保人数是多少", "HR-09"),
        ("请了多少律师", "DA-02"),
        ("群团服务站有几家", "DB-01"),
    ],
    "en": [
        ("how many union members", "SH-03"),
        ("how many lawyers were invited", "DA-02"),
        ("number of collective contracts signed", "SH-07"),
        ("how many people are insured under the mutual medical aid scheme", "HR-09"),
    ],
}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_a_question_reaches_its_figure_shown_above_the_results(home, http, site_dir, lang):
    page, prefix = home(lang), EDITIONS[lang]
    rows = {row["code"]: row for row in json.loads((site_dir / "data" / "metrics.json").read_text(encoding="utf-8"))}
    kind = READER["search"][lang]["answer"]
    missed = []
    for query, code in QUESTIONS[lang]:
        found = search(page, http, query)
        shown = answers(page)
        row = rows[code]
        wanted = (kind, row[f"label_{lang}"], code, http.root + prefix + row["url"])
        first = shown[0] if shown else None
        if (
            first is None
            or (first.kind, first.label, first.code, first.href.replace("?h=", "").split("?")[0]) != wanted
            or row[f"value_{lang}"].replace("+", "") not in first.value
            or not first.value.endswith(row[f"unit_{lang}"])
            or prefix + row["url"].split("#")[0] not in pages(found)
        ):
            missed.append((query, first, pages(found)))
    assert missed == []
    # A word that names no indicator shows no figure.
    search(page, http, "工会" if lang == "zh" else "trade union")
    assert answers(page) == []


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_the_figure_is_said_to_screen_readers_reached_by_keyboard_and_opens_its_row(home, http, lang):
    page = home(lang)
    query, code = QUESTIONS[lang][0]
    search(page, http, query)
    (first, *_) = answers(page)
    words = READER["search"][lang]["answer_said"]
    assert first.said == words.format(label=first.label, value=first.value, code=code)
    expect(page.locator(".md-search-result [role=status]")).to_have_text(first.said)
    page.locator(BOX).press("ArrowDown")
    focused = page.evaluate("() => document.activeElement.closest('.md-search-result__item').innerText")
    assert first.label in focused and code in focused
    page.keyboard.press("Enter")
    page.wait_for_url(f"**#{code.lower()}")
    expect(page.locator(f"[id='{code.lower()}']")).to_be_in_viewport()


# Where axe reads the figure: each edition in one scheme, each scheme in one
# edition (tests/browser/test_accessibility.py reads the Chinese panel, with
# its figure, in both).
AXE_IN = {("zh", "dark"), ("en", "light")}


# Room the figure keeps from the screen's right edge, in CSS pixels.
BREATHING_ROOM = 8


def test_the_figure_fits_a_phone_and_passes_axe_in_light_and_dark(browser, http):
    """On a phone's browser (which lays a page out as wide as anything on it
    reaches, then shrinks it to the screen) the figure keeps a margin from
    the screen's right edge."""
    problems = []
    for scheme in ("light", "dark"):
        context = new_context(
            browser, viewport={"width": 360, "height": 740}, color_scheme=scheme, is_mobile=True, has_touch=True
        )
        for lang in sorted(EDITIONS):
            # A new page each time: once its viewport is resized, a phone's
            # page is no longer laid out wider than the screen.
            page = context.new_page()
            page.goto(http.url(EDITIONS[lang]))
            enter(page, QUESTIONS[lang][0][0])
            assert answers(page) and results(page, http), (lang, scheme)
            if (lang, scheme) in AXE_IN and (found := violations(page)):
                problems.append((lang, scheme, found))
            for width in (360, 390, 1366):
                if width != 360:
                    page.set_viewport_size({"width": width, "height": 740})
                settle(page)
                box = page.locator(".search-answer").first.evaluate(
                    """box => { const r = box.getBoundingClientRect()
                                return { over: box.scrollWidth - box.clientWidth, right: r.right, laid: innerWidth,
                                         width: document.documentElement.clientWidth } }"""
                )
                if box["over"] > 0 or box["laid"] > width or box["right"] > box["width"] - BREATHING_ROOM:
                    problems.append((lang, scheme, width, box))
            page.close()
        context.close()
    assert problems == []


# Queries with something above the results (a figure, a "did you mean") and
# fewer pages than Material lists at once (10), so every page counted is listed.
COUNTED = {"zh": ["困男", "医疗互助参保人数"], "en": ["real-name registration members", "how many employers covered"]}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_the_count_above_the_results_counts_the_pages_only(home, http, lang):
    page = home(lang)
    words = page.evaluate("() => JSON.parse(document.getElementById('__config').textContent).translations")
    checked = 0
    for query in COUNTED[lang]:
        found = search(page, http, query)
        above = len(answers(page)) + (1 if notice(page) else 0)
        if not above or above + len(found) >= 10:  # more may be counted than listed
            continue
        expected = {0: words["search.result.none"], 1: words["search.result.one"]}.get(
            len(found), words["search.result.other"].replace("#", str(len(found)))
        )
        expect(page.locator(".md-search-result__meta")).to_have_text(expected)
        checked += 1
    assert checked >= 1
