"""What a reader finds in the PDFs' text: every sentence of the source (in
Chinese), the corrections marked as the site marks them, every figure of the
open data in its table row."""

import copy
import json
import re

import pytest

from conftest import DATA
from pdfreading import normalise
from reportsite.data import read_source


def marked_blocks(site):
    """(as shown, as the source had it) of every paragraph, list item or cell
    of the Chinese pages that holds a correction or a footnote call: shown
    with the struck-out and inserted words and the footnote's number, as the
    source had it without the insertion and the number."""
    blocks = []
    for reading in site.readings("zh"):
        root = copy.deepcopy(reading.root)
        for block in root.xpath("//p | //li[not(p)] | //td"):
            if block.xpath("ancestor::div[contains(@class, 'footnote')]"):
                continue
            marks = block.xpath(".//ins[@class='critic'] | .//del[@class='critic'] | .//sup[starts-with(@id, 'fnref')]")
            if not marks:
                continue
            shown = normalise(block.text_content())
            for removed in block.xpath(".//ins[@class='critic'] | .//sup[starts-with(@id, 'fnref')]"):
                removed.drop_tree()
            blocks.append((shown, normalise(block.text_content())))
    return blocks


def test_the_chinese_pdf_shows_each_correction_and_footnote_call_as_the_site_does(pdfs, real_site):
    text = normalise(pdfs["zh"].body_text())
    blocks = marked_blocks(real_site)
    assert len(blocks) >= 6
    missing = [shown for shown, _ in blocks if shown not in text]
    assert missing == []


def test_every_sentence_of_the_source_is_in_the_chinese_pdf(pdfs, real_site):
    text = normalise(pdfs["zh"].body_text())
    for shown, original in marked_blocks(real_site):
        text = text.replace(shown, original)
    source, _ = read_source(DATA / "source.txt")
    assert len(source.fragments) > 50
    missing = [
        f"data/source.txt:{f.line}: {source.fragment_text(f)}"
        for f in source.fragments
        if source.fragment_text(f) not in text
    ]
    assert missing == []


def test_the_footnotes_giving_the_reasons_are_in_the_chinese_pdf(pdfs):
    text = normalise(pdfs["zh"].body_text())
    assert "原文作“始终坚持以群团工作的绝对领导”" in text
    assert "原文作“坚定不移跟党走、跟党走”" in text


CODE = re.compile(r"^[A-Z]{2}-\d{2}$")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_figure_of_the_open_data_stands_in_its_row_of_the_pdf(pdfs, site_dir, lang):
    """Each metric's value is on the line of its code (same page, same baseline)."""
    records = json.loads((site_dir / "data" / "metrics.json").read_text(encoding="utf-8"))
    assert len(records) >= 50
    words = pdfs[lang].words
    codes = [word for word in words if CODE.match(word.text)]
    misplaced = []
    for record in records:
        value = record[f"value_{lang}"].replace("-", "−")  # a fall, with its minus sign as shown
        if not any(
            word.page == code.page and abs(word.y1 - code.y1) < 2 and word.x0 > code.x1 and word.text == value
            for code in codes
            if code.text == record["code"]
            for word in words
        ):
            misplaced.append((record["code"], value))
    assert misplaced == []


@pytest.mark.parametrize(("lang", "title"), [("zh", "数据下载"), ("en", "Data downloads")])
def test_the_data_page_is_in_the_pdf_with_absolute_links_to_the_files(pdfs, lang, title):
    text = pdfs[lang].body_text()
    assert title in text and "metrics.csv" in text
    uris = [uri for uri in link_uris(pdfs[lang]) if uri.endswith("metrics.csv")]
    assert uris and all(uri.startswith("https://") for uri in uris)


def link_uris(pdf):
    uris = []
    for page in pdf.reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action and action.get("/S") == "/URI":
                uris.append(str(action["/URI"]))
    return uris
