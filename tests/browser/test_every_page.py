"""Every page of both editions, in Chromium, each loaded once on a phone
and measured at three phone widths and a desktop's: it loads without console errors, asks nothing
of any host but the site itself, and has no empty band under its title."""

from dataclasses import dataclass

import pytest

from conftest import content_pages, watch
from reportsite.browser import new_context, settle

WIDTHS = (320, 360, 390, 1366)  # the phones where a title wraps, and a desktop


TEXT_BOTTOM = """h1 => {
  // The bottom of the heading's last line of text (its permalink left out),
  // and of the heading's box: a line with nothing visible in it shows as a gap.
  const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
  let bottom = 0, lineHeight = parseFloat(getComputedStyle(h1).lineHeight);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(".headerlink") || !node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) bottom = Math.max(bottom, rect.bottom);
  }
  return {gap: h1.getBoundingClientRect().bottom - bottom, lineHeight};
}"""


@dataclass
class Visit:
    path: str
    headings: int
    gaps: dict[int, tuple[float, float]]  # width: (gap under the title's text, its line height)


@pytest.fixture(scope="module")
def visits(browser, base_url, site_dir):
    """Every page, once; what the tests below read of it, and what the page
    asked of other hosts or said in its console."""
    paths = sorted(
        path.relative_to(site_dir).as_posix().removesuffix("index.html")
        for path in content_pages(site_dir, "index.html")
    )
    context = new_context(browser, viewport={"width": WIDTHS[0], "height": 800}, is_mobile=True)
    watched = watch(context.new_page(), base_url)
    page, found = watched.page, []
    for path in paths:
        page.set_viewport_size({"width": WIDTHS[0], "height": 800})
        page.goto(base_url + path)
        settle(page)
        gaps = {}
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            measured = page.locator("article h1").first.evaluate(TEXT_BOTTOM)
            gaps[width] = (measured["gap"], measured["lineHeight"])
        found.append(Visit(path, page.locator("article h1").count(), gaps))
    yield found, watched
    context.close()


def test_every_page_loads_cleanly_with_nothing_from_outside(visits):
    found, watched = visits
    assert len(found) >= 40 and any(visit.path == "en/" for visit in found)
    assert [visit.path for visit in found if visit.headings < 1] == []
    watched.assert_clean()


def test_no_page_has_an_empty_band_under_its_title(visits):
    found, _ = visits
    banded = [
        (visit.path, width, round(gap))
        for visit in found
        for width, (gap, line_height) in visit.gaps.items()
        if gap > line_height / 2
    ]
    assert banded == []
