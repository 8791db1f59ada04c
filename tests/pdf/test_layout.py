"""The PDFs' pages as a reader turns them: A4, within the page budget, a
cover, contents with the right page numbers, running headers and page
numbers in the edition's language, no half-empty page but before a new part,
tables that repeat their header and never split a row."""

import re
import shutil
import subprocess

import pytest

from pdfreading import BODY_BOTTOM, BODY_TOP, HEADER_LINE, normalise, poppler
from reportsite.catalog import READER

BUDGET = {"zh": (24, 2 * 1024 * 1024), "en": (30, 2 * 1024 * 1024)}
CONTENTS = {"zh": "目录", "en": "Contents"}
HEADER_WORD = {"zh": "编号", "en": "Code"}
CODE = re.compile(r"^[A-Z]{2}-\d{2}$")


def test_every_page_is_a4(pdf):
    sizes = {(round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) for page in pdf.reader.pages}
    assert sizes == {(595.3, 841.9)}


def test_the_pdf_is_within_its_page_and_size_budget(pdf):
    pages, size = BUDGET[pdf.lang]
    assert pdf.page_count <= pages
    assert pdf.path.stat().st_size <= size


def test_the_cover_gives_title_issuer_date_edition_and_address(pdf, real_site):
    config = real_site.editions[pdf.lang].config
    cover = normalise(pdf.page_texts()[0])
    title = config.extra.get("report_title", config.site_name)  # the whole title, not the header's short one
    for expected in (title, config.site_author, config.extra["report_dates_from"]):
        assert normalise(expected) in cover
    assert re.search(r"(中文版|Englishedition)·\d{4}-\d{2}-\d{2}-[0-9a-f]{7}", cover)
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日" if pdf.lang == "zh" else r"\d{1,2}[A-Z][a-z]+\d{4}", cover)
    address = config.site_url + ("en/" if pdf.lang == "en" else "")
    assert address in pdf.page_texts()[0]


def test_the_qr_code_on_the_cover_scans_as_the_edition_address(pdf, tmp_path, real_site):
    poppler(
        "pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf.path), str(tmp_path / "cover")
    )
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing; expected Debian's zbar-tools (bash scripts/setup.sh --dev)")
    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "cover.png")], capture_output=True, text=True
    )
    config = real_site.editions[pdf.lang].config
    assert scanned.stdout.split() == [config.site_url + ("en/" if pdf.lang == "en" else "")]


def test_the_contents_gives_each_bookmarked_page_its_page_number(pdf):
    contents_title = CONTENTS[pdf.lang]
    (contents_page,) = [page for _, title, page in pdf.outline if title == contents_title]
    first_part = min(page for _, title, page in pdf.outline if title != contents_title)
    contents = normalise("".join(pdf.page_texts(body_only=True)[contents_page - 1 : first_part - 1]))
    entries = [(title, page) for _, title, page in pdf.outline if title != contents_title]
    assert len(entries) >= 20
    wrong = [
        (title, page)
        for title, page in entries
        if not re.search(re.escape(normalise(title)) + r"\.*" + str(page) + r"(?!\d)", contents)
    ]
    assert wrong == []


def test_every_page_but_the_cover_shows_its_number_in_the_edition_language(pdf):
    total = pdf.page_count
    texts = pdf.page_texts()
    label = "第 {n} 页，共 {total} 页" if pdf.lang == "zh" else "Page {n} of {total}"
    missing = [n for n in range(2, total + 1) if label.format(n=n, total=total) not in texts[n - 1]]
    assert missing == []
    assert label.format(n=1, total=total) not in texts[0]


def test_every_page_after_the_cover_gives_the_edition_and_an_address_at_its_foot(pdf, real_site):
    """A sheet taken out of the PDF says which edition it is and where its page lives."""
    config = real_site.editions[pdf.lang].config
    address = config.site_url + ("en/" if pdf.lang == "en" else "")
    edition = READER["document"][pdf.lang]["edition"]
    foot = sorted((word for word in pdf.words if word.y0 > BODY_BOTTOM and word.page > 1), key=lambda w: w.x0)
    pages = {}
    for word in foot:
        pages.setdefault(word.page, []).append(word.text)
    said = {number: " ".join(words) for number, words in pages.items()}
    missing = [n for n in range(2, pdf.page_count + 1) if not said.get(n, "").startswith(f"{edition} · {address}")]
    assert missing == [], said
    # each sheet names the page it begins in: the contents the edition's home, then page after page
    addresses = {number: re.search(r"https?://\S+", text)[0] for number, text in said.items()}
    assert addresses[2] == address
    assert len(set(addresses.values())) > 10


def test_the_running_header_names_the_report_and_the_part(pdf, real_site):
    title = real_site.editions[pdf.lang].config.site_name
    header_words = [word for word in pdf.words if word.y1 < HEADER_LINE and word.page > 1]
    for number in range(2, pdf.page_count + 1):
        on_page = " ".join(word.text for word in header_words if word.page == number)
        assert normalise(title) in normalise(on_page), number
    parts = [title for level, title, _ in pdf.outline if level == 1 and title != CONTENTS[pdf.lang]]
    last = " ".join(word.text for word in header_words if word.page == pdf.page_count)
    assert normalise(parts[-1]) in normalise(last)


def first_line(pdf, number):
    body = [word for word in pdf.words if word.page == number and word.in_body]
    return min(body, key=lambda word: (word.y0, word.x0)).text


def starts_part(pdf, number):
    """Whether the page begins with the title of a part (a bookmark of level 1)."""
    return any(
        level == 1 and page == number and normalise(title).startswith(normalise(first_line(pdf, number)))
        for level, title, page in pdf.outline
    )


def pillar_titles(real_site, lang):
    """A pillar is a section of the navigation that opens with a page of its own (its index.md)."""
    readings = real_site.editions[lang].readings
    return {normalise(readings[rel].headings[0].text) for rel in readings if rel.endswith("/index.md")}


def test_no_page_is_more_than_half_empty_unless_a_pillar_starts_on_the_next(pdf, real_site):
    pillars = pillar_titles(real_site, pdf.lang)
    first_part = min(page for level, title, page in pdf.outline if level == 1 and title != CONTENTS[pdf.lang])
    half = BODY_TOP + (BODY_BOTTOM - BODY_TOP) / 2
    half_empty = []
    for number in range(first_part, pdf.page_count):
        bottom = max(word.y1 for word in pdf.words if word.page == number and word.in_body)
        pillar_next = starts_part(pdf, number + 1) and any(
            title.startswith(normalise(first_line(pdf, number + 1))) for title in pillars
        )
        if bottom < half and not pillar_next:
            half_empty.append(number)
    assert half_empty == []


def metric_rows(pdf):
    """Per page: the header cells ("Code") and the codes of the rows, at the left edge."""
    left = min(word.x0 for word in pdf.words if CODE.match(word.text))
    at_left = [word for word in pdf.words if abs(word.x0 - left) < 2]
    return at_left, left


def test_a_table_that_runs_onto_another_page_repeats_its_header_there(pdf):
    at_left, _ = metric_rows(pdf)
    headerless = []
    for number in sorted({word.page for word in at_left if CODE.match(word.text)}):
        codes = [word for word in at_left if word.page == number and CODE.match(word.text)]
        headers = [word for word in at_left if word.page == number and word.text == HEADER_WORD[pdf.lang]]
        if not headers or min(h.y0 for h in headers) > min(c.y0 for c in codes):
            headerless.append(number)
    assert headerless == []


def test_no_table_row_is_split_across_pages(pdf):
    """Below each header row comes a row's first line, which starts with its code."""
    at_left, left = metric_rows(pdf)
    split = []
    for header in (word for word in at_left if word.text == HEADER_WORD[pdf.lang]):
        below = [w for w in pdf.words if w.page == header.page and w.y0 > header.y1 and w.x0 >= left - 2]
        if not below:
            continue
        top = min(w.y0 for w in below)
        first_line = sorted((w for w in below if abs(w.y0 - top) < 2), key=lambda w: w.x0)
        if not CODE.match(first_line[0].text):
            split.append((header.page, " ".join(w.text for w in first_line)))
    assert split == []


def test_no_table_is_cut_off_at_the_right_edge(pdf):
    right_margin = 595.28 - 18 / 25.4 * 72
    beyond = [(word.page, word.text) for word in pdf.words if word.x1 > right_margin + 1]
    assert beyond == []


def test_each_pillar_starts_a_page(pdf, real_site):
    titles = pillar_titles(real_site, pdf.lang)
    pillars = [(title, page) for level, title, page in pdf.outline if level == 1 and normalise(title) in titles]
    assert len(pillars) == 3
    assert [title for title, page in pillars if not starts_part(pdf, page)] == []
