"""Rule 22 after the build: the last check reads the pages and the PDF as
built, so that nothing a template, a theme class, a hook or the plugin adds,
hides or loads reaches readers unchecked. Each test changes one built page
(or makes a PDF) the way such a mechanism would, and asserts the one message
a maintainer gets, at the line that produced the text."""

import html
import json
from decimal import Decimal

import lxml.html
import pytest

from conftest import ROOT, messages
from reportsite.accounting import Written
from reportsite.delivered import Delivered, _run_together, _shown, check_delivered, pdf_pages
from reportsite.paths import page_url
from reportsite.share_image import Line, ShareImage, draw, image_path

REL = "system-reform/de-bureaucratization.md"
PAGE = "system-reform/de-bureaucratization/index.html"


def edition(site, pages, lang="zh", pdf_path=None, images=None):
    sources = [ROOT / "mkdocs.yml", ROOT / "mkdocs.en.yml", *sorted((ROOT / "overrides").rglob("*.html"))]
    return Delivered(site, lang, pages, site.policy.outside, sources, pdf_path, images=images or {})


@pytest.fixture
def page(site_dir, tmp_path):
    """A copy of a built report page, to change as a template or a hook might."""
    copy = tmp_path / "index.html"
    copy.write_bytes((site_dir / PAGE).read_bytes())
    return copy


def changed(page, change):
    root = lxml.html.parse(str(page)).getroot()
    change(root)
    page.write_bytes(lxml.html.tostring(root, encoding="utf-8", doctype="<!doctype html>"))
    return page


def article(root):
    return root.xpath("//article[contains(@class, 'md-content__inner')]")[0]


def test_the_built_page_as_it_is_passes(real_site, page):
    assert check_delivered(edition(real_site, {REL: page})) == []


def built_pages(site, site_dir, lang):
    folder = site_dir / site.editions[lang].path
    return {rel: folder / page_url(rel) / "index.html" for rel in site.editions[lang].readings}


def share_images(site, site_dir, lang):
    folder = site_dir / site.editions[lang].path
    return {rel: folder / image_path(page_url(rel) or "./") for rel in site.editions[lang].readings}


def test_every_built_page_of_both_editions_passes_with_its_share_image(real_site, site_dir):
    for lang in ("zh", "en"):
        images = share_images(real_site, site_dir, lang)
        assert all(path.is_file() for path in images.values())
        pages = built_pages(real_site, site_dir, lang)
        assert messages(check_delivered(edition(real_site, pages, lang, images=images))) == []


def test_a_chinese_passage_marked_in_english_text_is_accounted_as_that_texts_quotation(real_site, site_dir, tmp_path):
    # marks.py wraps each Chinese passage of an English page in <span lang="zh-Hans">: the
    # figures it quotes (“52余项……”, 2万余人（次）) stay accounted for as the English text's.
    rel, built = "editorial-notes.md", site_dir / "en" / "editorial-notes" / "index.html"
    marked = lxml.html.parse(str(built)).getroot()
    assert len(marked.xpath("//article//span[@lang='zh-Hans']")) > 50
    assert check_delivered(edition(real_site, {rel: built}, "en")) == []

    def unmark(root):
        for span in root.xpath("//article//span[@lang='zh-Hans']"):
            span.drop_tag()

    copy = tmp_path / "index.html"
    copy.write_bytes(built.read_bytes())
    assert check_delivered(edition(real_site, {rel: changed(copy, unmark)}, "en")) == []


def test_text_a_template_adds_to_a_report_page_is_said_once(real_site, page):
    def add(root):
        paragraph = lxml.html.fragment_fromstring("<p>据统计，参保人数为3.8万人。</p>")
        article(root).append(paragraph)

    [problem] = check_delivered(edition(real_site, {REL: changed(page, add)}))
    assert problem.key == "delivered_text_unchecked"
    assert problem.render("zh").endswith(
        "网站页面上的这段文字不是检查过的页面文字：“据统计，参保人数为3.8万人。”；报告页面上应当只有检查过的报告原文（或译文）、"
        "带“编者注”标签的编者说明和网站根据指标表生成的内容 [rule 22]"
    )


def test_a_report_paragraph_a_hook_drops_is_named_at_its_line(real_site, page):
    def drop(root):
        paragraph = article(root).xpath("./p[contains(., '全市共建立群团服务站')]")[0]
        paragraph.getparent().remove(paragraph)

    [problem] = check_delivered(edition(real_site, {REL: changed(page, drop)}))
    assert (problem.path, problem.line, problem.key) == (f"docs/zh/{REL}", 7, "delivered_text_missing")


def test_an_editorial_block_that_lost_its_label_is_named(real_site, page):
    def unlabel(root):
        for mark in article(root).xpath(".//span[@class='editorial-mark']"):
            mark.drop_tree()

    [problem] = check_delivered(edition(real_site, {REL: changed(page, unlabel)}))
    assert (problem.line, problem.key) == (9, "delivered_label_missing")
    assert "this editorial block of the built page shows no “Editors’ note” label" in problem.render("en")


@pytest.mark.parametrize(
    ("markup", "tag"),
    [
        ('<script src="https://cdn.example/analytics.js"></script>', "script"),
        ('<link rel="stylesheet" href="//fonts.example/css">', "link"),
        ('<link rel="preconnect" href="https://fonts.gstatic.com">', "link"),
        ('<img src="https://tracker.example/pixel.gif" alt="">', "img"),
        ('<div style="background: url(https://cdn.example/a.png)"></div>', "div"),
    ],
)
def test_nothing_loads_from_another_host(real_site, page, markup, tag):
    def add(root):
        root.find("body").append(lxml.html.fragment_fromstring(markup))

    [problem] = check_delivered(edition(real_site, {REL: changed(page, add)}))
    assert (problem.key, dict(problem.params)["tag"]) == ("delivered_loads_outside", tag)


def test_a_link_to_another_host_that_nothing_declares_is_named(real_site, page):
    def add(root):
        root.find("body").append(lxml.html.fragment_fromstring('<a href="https://shop.example/">商城</a>'))

    [problem] = check_delivered(edition(real_site, {REL: changed(page, add)}))
    assert problem.key == "delivered_link_outside"


def test_a_figure_the_theme_shows_on_hover_is_accounted_for_too(real_site, page):
    def hover(root):
        root.xpath("//header")[0].set("title", "全市共有服务站120家")

    [problem] = check_delivered(edition(real_site, {REL: changed(page, hover)}))
    assert problem.key == "figure_unaccounted_built"
    assert "网站页面上的数字 120家 找不到出处" in problem.render("zh")


def test_a_figure_drawn_on_a_share_image_that_no_row_gives_is_refused(real_site, page, tmp_path):
    """What an image shows is read from the image (the text it says it draws), not from the build's memory."""
    drawn = ShareImage(
        "x.png",
        "",
        (
            Line("站名"),
            Line("标题"),
            Line("西宁市总工会"),
            Line("120家 全市建立群团服务站", "DB-01 全市建立群团服务站 120家"),
        ),
        (("120家", "全市建立群团服务站"),),
    )
    image = tmp_path / image_path(page_url(REL))
    image.parent.mkdir(parents=True)
    image.write_bytes(draw(drawn))
    [problem] = check_delivered(edition(real_site, {REL: page}, images={REL: image}))
    assert problem.key == "figure_unaccounted_built" and dict(problem.params)["figures"] == ("120家",)


def test_a_page_whose_tags_do_not_name_its_share_image_is_named(real_site, site_dir, page):
    def untag(root):
        for meta in root.xpath("//meta[@property='og:image']"):
            meta.drop_tree()

    image = share_images(real_site, site_dir, "zh")[REL]
    [problem] = check_delivered(edition(real_site, {REL: changed(page, untag)}, images={REL: image}))
    assert problem.key == "delivered_image_untagged"


def pdf_of(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<html lang='zh-Hans'><body>{html}</body></html>").write_pdf()


def test_the_pdf_as_made_passes(real_site, site_dir, pdfs):
    for lang, pdf in pdfs.items():
        pages = built_pages(real_site, site_dir, lang)
        assert messages(check_delivered(edition(real_site, pages, lang, pdf.path), pdf.path.read_bytes())) == []


def test_a_figure_the_pdf_alone_shows_is_refused(real_site):
    found = check_delivered(edition(real_site, {}, "zh"), pdf_of("<p>全市参保职工共有12万人。</p>"))
    unaccounted = [p for p in found if p.key == "figure_unaccounted_pdf"]
    assert [dict(p.params)["figures"] for p in unaccounted] == [("12万人",)]


def test_a_report_sentence_the_pdf_leaves_out_is_named_at_its_page_line(real_site, pdfs):
    text = "\n".join(pdf_pages(pdfs["zh"].path.read_bytes()))
    shortened = text.replace("主导和参与全", "").replace("市农民工工资支付情况的检查", "")
    lines = "".join(f"<p>{html.escape(line)}</p>" for line in shortened.split("\n"))
    found = check_delivered(edition(real_site, {}, "zh"), pdf_of(lines))
    missing = [p for p in found if p.key == "delivered_pdf_missing"]
    assert [(p.path, p.line) for p in missing] == [("docs/zh/system-reform/de-administration.md", 7)]


@pytest.mark.parametrize(
    ("printed", "shown"),
    [
        ("37827", True),  # as a page shows it
        ("3782737872", True),  # a correction's struck figure and the new one, run together
        ("37827378721", True),  # … and its footnote's number
        ("378273787211", True),  # … the PDF numbering its footnotes through the document
        ("2025", False),  # pieces of figures the pages show ("20", "25") are no figure of theirs
        ("378273787210", True),  # footnote 10
        ("37827378720", False),  # no footnote is numbered 0
        ("2021", False),  # no footnote's mark follows "20"
        ("37827 37872", False),
    ],
)
def test_a_figure_of_the_pdf_is_one_the_pages_show_or_run_together(printed, shown):
    seen, marked = {"37827", "37872", "3782737872", "20", "25"}, {"3782737872"}
    assert _shown(Written(0, len(printed), printed, Decimal(0), False, None), seen, marked) is shown


def test_print_runs_side_by_side_elements_together_without_footnote_marks():
    body = lxml.html.fromstring(
        '<body><p>参保<del>37827</del><ins>37872</ins><sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a>'
        "</sup>人，<b>20</b> 个</p></body>"
    )
    assert _run_together(body) == "参保3782737872\ue000人，20 个"


def test_the_figures_search_answers_with_are_rows_said_of_their_indicator(real_site, site_dir, tmp_path):
    """The search index ships a figure for each indicator (search_index.py),
    which the search shows above its results: each is checked as the pages'
    figures are, and one that is not its row's is reported at that row."""
    built = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    shipped = tmp_path / "search_index.json"
    shipped.write_text(json.dumps(built), encoding="utf-8")
    assert ["HR-09", "职工医疗互助参保人数", "37827人", "work-advancement/hardship-relief/#hr-09", "count"] in (
        built["config"]["reportsite"]["answers"]
    )
    as_built = Delivered(real_site, "zh", {}, real_site.policy.outside, [], None, shipped)
    assert check_delivered(as_built) == []
    for answer in built["config"]["reportsite"]["answers"]:
        if answer[0] == "HR-09":
            answer[2] = "37872人"
    shipped.write_text(json.dumps(built), encoding="utf-8")
    (found,) = messages(check_delivered(as_built))
    assert found.startswith("docs/zh/work-advancement/hardship-relief.md:") and "37872人" in found, found
