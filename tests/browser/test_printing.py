"""A page printed from the browser, as a reader's "Print" makes it (Chromium's
own PDF of the page, A4): numbered pages, each sheet with the edition and the
page's address in its footer, no page left mostly blank, every row of a
metric table whole on one page and nothing cut off at the edge, and whose
report it is, its edition and address printed under the text."""

import re

import pytest

from pdfreading import PAGE_HEIGHT, Pdf
from reportsite.browser import new_context, settle
from reportsite.catalog import READER

PAGE = "work-advancement/hardship-relief/"
EDITIONS = {"zh": ("", "出处：西宁市总工会《"), "en": ("en/", "Source: Xining Federation of Trade Unions, ")}
# The footer's line: the edition and the page's address, then "n / N".
PAGE_NUMBER = re.compile(r"(?:^|\s)(\d+) / (\d+)$")


@pytest.fixture(scope="module", params=sorted(EDITIONS))
def printed(request, browser, base_url, tmp_path_factory):
    lang = request.param
    context = new_context(browser, viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(base_url + EDITIONS[lang][0] + PAGE)
    settle(page)
    path = tmp_path_factory.mktemp("print") / f"{lang}.pdf"
    page.pdf(path=str(path), format="A4", prefer_css_page_size=True)
    rows = page.locator("table[data-metric-table] tbody tr").evaluate_all(
        "rows => rows.map(row => [...row.cells].map(cell => cell.innerText.trim()))"
    )
    context.close()
    return Pdf(path, lang), rows


def lines(pdf):
    """Each page's lines of text, top to bottom, as (y, text)."""
    pages = {}
    for word in pdf.words:
        pages.setdefault(word.page, {}).setdefault(round(word.y0), []).append(word.text)
    return {page: sorted((y, " ".join(words)) for y, words in found.items()) for page, found in pages.items()}


def test_every_printed_page_is_numbered_n_of_total(printed):
    pdf, _ = printed
    numbers = [PAGE_NUMBER.search(page_lines[-1][1]) for page_lines in lines(pdf).values()]
    assert [(int(m[1]), int(m[2])) if m else None for m in numbers] == [
        (n, pdf.page_count) for n in range(1, pdf.page_count + 1)
    ]


def bare(text):
    """Without spaces: a line may break inside the address; a comma is Chinese or not."""
    return "".join(text.replace("，", ",").split())


def test_every_printed_sheet_gives_the_edition_and_the_pages_address(printed, real_site):
    pdf, _ = printed
    address = real_site.editions["zh"].config.site_url + EDITIONS[pdf.lang][0] + PAGE
    footer = bare(READER["document"][pdf.lang]["edition"] + " · " + address)
    footers = {page: page_lines[-1][1] for page, page_lines in lines(pdf).items()}
    assert pdf.page_count >= 2
    assert {page: line for page, line in footers.items() if not bare(line).startswith(footer)} == {}


def test_no_page_but_the_last_is_more_than_half_empty(printed):
    pdf, _ = printed
    text_ends = [page_lines[-2][0] for page_lines in lines(pdf).values()]  # the last line above the page number
    assert [page for page, end in enumerate(text_ends[:-1], 1) if end < PAGE_HEIGHT / 2] == []


def tokens(text):
    """Latin words and numbers, and each other character (a line may break anywhere in Chinese)."""
    return set(re.findall(r"[A-Za-z0-9,.%+−-]+|[^\sA-Za-z0-9,.%+−-]", text))


def test_each_table_row_is_printed_whole_on_one_page(printed):
    pdf, rows = printed
    pages = [tokens(text) for text in pdf.page_texts()]
    split = [row[0] for row in rows if not any(tokens(" ".join(row)) <= page for page in pages)]
    assert rows and split == []


def test_a_table_fits_the_width_of_the_paper(browser, base_url):
    # A4's width less the margins of the page style (15 mm each side), in CSS pixels
    context = new_context(browser, viewport={"width": round(180 / 25.4 * 96), "height": 1000})
    page = context.new_page()
    page.goto(base_url + "en/" + PAGE)
    page.emulate_media(media="print")
    settle(page)
    overflowing = page.locator("table[data-metric-table]").evaluate_all(
        "tables => tables.filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth"
        " || t.parentElement.scrollWidth > t.parentElement.clientWidth).length"
    )
    context.close()
    assert overflowing == 0


def test_the_source_is_printed_under_the_text_with_its_edition_and_address(printed, real_site):
    pdf, _ = printed
    last_page = " ".join(text for _, text in lines(pdf)[pdf.page_count])
    assert EDITIONS[pdf.lang][1] in last_page
    address = real_site.editions["zh"].config.site_url + EDITIONS[pdf.lang][0] + PAGE
    assert bare(READER["glance"][pdf.lang]["cite_edition"] + ", " + address) in bare(last_page)


def test_printing_keeps_the_table_form_even_from_a_phone(browser, base_url):
    context = new_context(browser, viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + PAGE)
    page.emulate_media(media="print")
    table = page.locator("table[data-metric-table]").first
    displays = table.evaluate(
        """t => [t, t.tHead, t.tBodies[0].rows[0], t.tBodies[0].rows[0].cells[1]]
             .map(el => getComputedStyle(el).display)"""
    )
    assert displays == ["table", "table-header-group", "table-row", "table-cell"]
    context.close()
