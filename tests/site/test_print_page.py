"""The print page of each edition: the whole report in reading order, and
its assets loaded by that page only."""

import pytest
from bs4 import BeautifulSoup

from reportsite.config import nav_order


def page_ids(rel):
    """The print page's section id of a page (print-site-plugin's naming)."""
    stem = rel.removesuffix(".md").removesuffix("index").strip("/")
    return stem.replace("/", "-") or "index"


@pytest.mark.parametrize("edition", ["", "en"])
def test_the_print_page_holds_every_page_in_reading_order(site_dir, edition):
    soup = BeautifulSoup((site_dir / edition / "print_page" / "index.html").read_text(encoding="utf-8"), "html.parser")
    sections = [s["id"] for s in soup.select("#print-site-page section.print-page[id]") if "md-section" not in s["class"]]
    expected = [page_ids(rel) for rel in nav_order() if rel != "data.md"]
    assert sections == expected
    assert soup.select("table[data-metric-table]")


def test_only_the_print_page_loads_the_print_assets(site_dir):
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    printed = (site_dir / "print_page" / "index.html").read_text(encoding="utf-8")
    assert "print-site" not in home
    assert "css/print-site.css" in printed and "js/print-site.js" in printed
