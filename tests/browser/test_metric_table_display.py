"""Metric tables as readers see them, in Chromium: right-aligned figures, a
highlighted row and each table within its column on a wide screen; on a
phone, a card per row with every cell whole and nothing scrolling sideways;
the "back to top" button never over a table's header (printing:
test_printing.py)."""

import pytest
from playwright.sync_api import expect

from reportsite.browser import new_context, settle

PAGE = "work-advancement/hardship-relief/"
EDITIONS = {"zh": "", "en": "en/"}


def test_numbers_are_right_aligned_in_tabular_figures(web_page, base_url):
    page = web_page.page
    page.goto(base_url + PAGE)
    style = page.locator("tr#hr-10 td.metric-value").evaluate(
        "cell => { const s = getComputedStyle(cell); return [s.textAlign, s.fontVariantNumeric] }"
    )
    assert style[0] == "right" and "tabular-nums" in style[1]


def test_a_link_to_a_code_shows_and_highlights_its_row(web_page, base_url):
    page = web_page.page
    page.goto(base_url + PAGE + "#hr-13")
    row = page.locator("tr#hr-13")
    assert row.is_visible()
    assert row.evaluate("row => row.matches(':target')")
    box = row.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]


CARDS = """table => [...table.querySelectorAll("tbody tr")].map(row => {
  const card = row.getBoundingClientRect();
  return {
    card: [card.left, card.right],
    display: getComputedStyle(row).display,
    cells: [...row.children].map(cell => {
      const r = cell.getBoundingClientRect();
      return {
        name: cell.className, text: cell.innerText.trim(), shown: r.width > 0 && r.height > 0,
        inside: r.left >= card.left - 0.5 && r.right <= card.right + 0.5,
        whole: cell.scrollWidth <= cell.clientWidth + 1 && cell.scrollHeight <= cell.clientHeight + 1,
      };
    }),
  };
})"""


@pytest.mark.parametrize("path", [PAGE, "key-figures/"])
@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_on_a_phone_each_row_is_a_card_with_every_cell_whole(browser, base_url, lang, path):
    widths = (320, 360, 390)  # the page loaded once, read at each width
    context = new_context(browser, viewport={"width": widths[0], "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + EDITIONS[lang] + path)
    settle(page)
    tables = page.locator("table[data-metric-table]")
    assert tables.count() >= 1
    problems = []
    for width in widths:
        page.set_viewport_size({"width": width, "height": 740})
        settle(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        for table in tables.all():
            expect(table.locator("thead")).not_to_be_in_viewport()  # the headers are read, not shown
            assert table.get_by_role("columnheader").count() == 5  # still a table to a screen reader
            for row in table.evaluate(CARDS):
                assert row["display"] == "grid"
                assert row["card"][0] >= 0 and row["card"][1] <= width
                problems += [
                    (width, cell)
                    for cell in row["cells"]
                    if cell["text"] and not (cell["shown"] and cell["inside"] and cell["whole"])
                ]
    context.close()
    assert problems == []


@pytest.mark.parametrize("path", [PAGE, "key-figures/"])
@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_on_a_tablet_or_desktop_every_metric_table_fits_its_column(browser, base_url, lang, path):
    context = new_context(browser, viewport={"width": 720, "height": 900})
    page = context.new_page()
    page.goto(base_url + EDITIONS[lang] + path)
    settle(page)
    cut = []
    for width in (720, 768, 800, 1024, 1366):  # the page loaded once, read at each width
        page.set_viewport_size({"width": width, "height": 900})
        settle(page)
        cut += page.locator("table[data-metric-table]").evaluate_all(
            f"""tables => tables
              .filter(t => t.parentElement.scrollWidth > t.parentElement.clientWidth + 1)
              .map(t => [{width}, t.querySelector("tbody tr").id])"""
        )
    context.close()
    assert cut == []


@pytest.mark.parametrize("width", [360, 390, 800, 1366])
def test_back_to_top_never_covers_a_table_header(browser, base_url, width):
    context = new_context(browser, viewport={"width": width, "height": 740 if width < 400 else 900})
    page = context.new_page()
    page.goto(base_url + "en/" + PAGE)
    settle(page)
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    settle(page)
    button = page.locator(".md-top")
    seen, covered = 0, []
    for _ in range(80):  # scroll up step by step, as a reader does, which shows the button
        page.mouse.wheel(0, -120)
        settle(page)
        if page.evaluate("window.scrollY") == 0:
            break
        if not button.is_visible():
            continue
        seen += 1
        covered += button.evaluate(
            """button => {
              const b = button.getBoundingClientRect();
              return [...document.querySelectorAll("article table th")].filter(th => {
                const r = th.getBoundingClientRect();
                return r.width > 1 && r.height > 1 && r.left < b.right && r.right > b.left
                  && r.top < b.bottom && r.bottom > b.top;
              }).map(th => th.innerText);
            }"""
        )
    context.close()
    assert seen > 5 and covered == []
