"""Tables other than metric tables (the data files, the corrections) on a
phone, in Chromium: every row stacked within the screen, nothing scrolling
sideways, a correction read as "original → corrected"."""

import pytest

from reportsite.browser import new_context, settle

EDITIONS = {"zh": "", "en": "en/"}

ROWS = """tables => tables.flatMap(table => [...table.querySelectorAll("tbody tr")].map(row => {
  const r = row.getBoundingClientRect();
  const cells = [...row.children].map(cell => cell.getBoundingClientRect());
  return {inside: r.left >= 0 && r.right <= innerWidth && cells.every(c => c.left >= r.left - 0.5 && c.right <= r.right + 0.5),
          scrolls: table.parentElement.scrollWidth > table.parentElement.clientWidth + 1};
}))"""


@pytest.mark.parametrize("path", ["data/", "editorial-notes/"])
@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_on_a_phone_every_row_of_a_wide_table_fits_the_screen(browser, base_url, lang, path):
    context = new_context(browser, viewport={"width": 320, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + EDITIONS[lang] + path)
    rows = []
    for width in (320, 360, 390):  # the page loaded once, read at each width
        page.set_viewport_size({"width": width, "height": 740})
        settle(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        rows += page.locator("article table").evaluate_all(ROWS)
    context.close()
    assert rows and all(row["inside"] and not row["scrolls"] for row in rows)


def test_on_a_phone_a_correction_reads_original_then_corrected(browser, base_url):
    context = new_context(browser, viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + "editorial-notes/")
    settle(page)
    cells = page.locator(".corrections tbody tr").nth(1).locator("td")
    original, corrected = cells.nth(1), cells.nth(2)
    shown = corrected.evaluate("cell => getComputedStyle(cell, '::before').content")
    below = corrected.bounding_box()["y"] >= original.bounding_box()["y"] + original.bounding_box()["height"]
    assert (original.inner_text(), shown, corrected.inner_text(), below) == ("建青妇组织", '"→ "', "工青妇组织", True)
    context.close()
