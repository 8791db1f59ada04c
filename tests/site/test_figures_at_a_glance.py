"""The figures at a glance in the built HTML (issue 15): the key-figures page
holds every record of the open data, charts stand where they belong as real
tables, the home page's figures lead to rows that exist, the PDF is linked
with its size where it should be, and the site's date says it is the site's."""

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from reportsite.pdf import human_size

EDITIONS = {"zh": "", "en": "en/"}


def soup(site_dir, path):
    return BeautifulSoup((site_dir / path / "index.html").read_text(encoding="utf-8"), "lxml")


def records(site_dir):
    return json.loads((site_dir / "data" / "metrics.json").read_text(encoding="utf-8"))


def target(site_dir, page_path, href):
    """The page file and anchor a link of the page at `page_path` leads to."""
    url = urlsplit(urljoin("https://site.invalid/" + page_path, href))
    return site_dir / url.path.lstrip("/") / "index.html", url.fragment


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_the_key_figures_page_holds_every_record_of_the_open_data_in_order(site_dir, lang):
    page = soup(site_dir, EDITIONS[lang] + "key-figures")
    rows = page.select("table[data-key-figures] tbody tr")
    shown = []
    for row in rows:
        link = row.select_one("td.metric-code a")
        shown.append(
            {
                "code": link.get_text(strip=True),
                "href": link["href"],
                "label": row.select_one("th.metric-label").get_text(strip=True),
                "value": row.select_one("td.metric-value").get_text(strip=True),
                "unit": row.select_one("td.metric-unit").get_text(strip=True),
                "note": row.select_one("td.metric-note").get_text(strip=True),
            }
        )
    expected = []
    for record in records(site_dir):
        value = record[f"value_{lang}"].replace("-", "−")
        if record["approx"] and lang == "en":
            value = "more than " + value.removesuffix("+")
        expected.append(
            {
                "code": record["code"],
                "href": "../" + record["url"],
                "label": record[f"label_{lang}"],
                "value": value,
                "unit": record[f"unit_{lang}"],
                "note": record[f"note_{lang}"],
            }
        )
    assert shown == expected


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_every_link_of_the_generated_blocks_leads_to_an_anchor_that_exists(site_dir, lang):
    prefix = EDITIONS[lang]
    checked, parsed = 0, {}
    for path, selector in (
        ("key-figures/", "table[data-key-figures] a, figure.chart a"),
        ("", ".key-strip a"),
        ("work-advancement/hardship-relief/", "figure.chart a"),
    ):
        for link in soup(site_dir, prefix + path).select(selector):
            file, anchor = target(site_dir, prefix + path, link["href"])
            assert file.is_file(), link["href"]
            if anchor:
                if file not in parsed:  # each page read once, however many links lead to it
                    parsed[file] = BeautifulSoup(file.read_text(encoding="utf-8"), "lxml")
                assert parsed[file].find(id=anchor), link["href"]
            checked += 1
    assert checked > 70


def test_charts_stand_on_their_section_page_and_the_key_figures_page_as_tables(site_dir, real_site):
    for chart in real_site.data.charts:
        rel = next(f"{r['page']}" for r in records(site_dir) if r["code"] == chart.codes[0].code)
        section = rel.removesuffix(".md") + "/"
        for lang, prefix in EDITIONS.items():
            for path in (section, "key-figures/"):
                figure = soup(site_dir, prefix + path).select_one(f"figure#chart-{chart.id}")
                assert figure is not None, (lang, path, chart.id)
                table = figure.select_one("table")
                assert table.caption.get_text(strip=True) == chart.title[lang]
                headers = [th.get_text(" ", strip=True) for th in table.select("tbody th[scope=row]")]
                assert len(headers) == len(chart.codes) and all(headers)
                assert figure.select_one("figcaption").get_text(strip=True)


def test_an_english_part_reads_as_one_sentence_with_its_whole(site_dir):
    figure = soup(site_dir, "en/key-figures/").select_one("figure#chart-households-checked")
    part = figure.select_one("tr.chart__row--part th").get_text(" ", strip=True)
    assert part == "of these, workers in difficulty whose household finances have been checked"
    assert "the whole (workers in difficulty on file)" in figure.select_one("figcaption").get_text(" ", strip=True)


@pytest.mark.parametrize(("lang", "words"), [("zh", "下载报告全文 PDF"), ("en", "Download the whole report (PDF)")])
def test_the_home_key_figures_and_data_pages_link_the_pdf_with_its_size(site_dir, lang, words):
    prefix = EDITIONS[lang]
    pdf = site_dir / "downloads" / f"xining-ftu-report-{lang}.pdf"
    for path in ("", "key-figures/", "data/"):
        block = soup(site_dir, prefix + path).select_one(".pdf-download")
        assert block is not None, path
        link = block.select_one("a")
        assert link.get_text(strip=True) == words
        file = urlsplit(urljoin("https://site.invalid/" + prefix + path, link["href"])).path.lstrip("/")
        assert site_dir / file == pdf
        assert human_size(pdf.stat().st_size) in block.get_text()
    assert soup(site_dir, prefix + "closing").select_one(".pdf-download") is None


def test_the_date_under_each_page_is_said_to_be_the_sites(site_dir):
    for lang, prefix in EDITIONS.items():
        for path in ("", "key-figures/", "work-advancement/hardship-relief/"):
            fact = soup(site_dir, prefix + path).select_one(".md-source-file__fact")
            text = fact.get_text(" ", strip=True)
            assert text.startswith("网站更新于" if lang == "zh" else "Site updated"), text


def test_the_glossary_page_says_how_the_terms_open(site_dir):
    zh = soup(site_dir, "glossary").select_one("article").get_text()
    en = soup(site_dir, "en/glossary").select_one("article").get_text()
    assert "Tab 键" in zh and "Esc 键" in zh and "悬停" not in zh
    assert "Tab key" in en and "Escape" in en and "hover" not in en


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_search_finds_a_figure_on_its_section_page_not_in_the_home_pages_strip(site_dir, lang):
    index = json.loads((site_dir / EDITIONS[lang] / "search" / "search_index.json").read_text(encoding="utf-8"))
    home = " ".join(doc["title"] + doc["text"] for doc in index["docs"] if doc["location"].split("#")[0] == "")
    labels = [a.select_one(".key-strip__label").get_text() for a in soup(site_dir, EDITIONS[lang]).select(".key-strip__figure")]
    # Chinese text is indexed cut into words (jieba, zero-width spaces): compare without spaces
    home = re.sub(r"[\s\u200b]", "", home)
    assert labels and [label for label in labels if re.sub(r"\s", "", label) in home] == []
