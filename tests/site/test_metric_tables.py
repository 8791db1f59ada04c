"""Metric tables in the built HTML: data tables with anchors per code."""

from bs4 import BeautifulSoup


def soup(site_dir, path):
    return BeautifulSoup((site_dir / path / "index.html").read_text(encoding="utf-8"), "lxml")


def test_a_metric_table_is_marked_up_with_an_anchor_per_code(site_dir):
    page = soup(site_dir, "system-reform/de-bureaucratization")
    table = page.select_one("table[data-metric-table=zh]")
    assert [th.get_text(strip=True) for th in table.select("thead th")] == ["编号", "指标", "数值", "单位", "说明"]
    row = table.select_one("tr#db-01")
    assert row.select_one("td.metric-code a.metric-anchor")["href"] == "#db-01"
    assert row.select_one("td.metric-value").get_text(strip=True) == "103"
    assert row.select_one("td.metric-unit").get_text(strip=True) == "家"


def test_an_approximate_value_says_what_it_means(site_dir):
    cell = soup(site_dir, "system-reform").select_one("tr#sr-01 td.metric-value")
    assert cell.get_text(strip=True) == "20余" and cell["title"] == "多于20"


def test_other_tables_are_left_alone(site_dir):
    page = soup(site_dir, "editorial-notes")
    assert page.select("table") and not page.select("table[data-metric-table]")
