"""Assembling the whole report from rendered pages (whole_report.assemble),
on small pages made for each case."""

from collections import Counter

from reportsite.whole_report import ReportMeta, ReportPage, assemble, to_string

META = ReportMeta(
    "en", "The Report", "The Issuer", "Written in 2018", "2026-01-01-abcdef0", 0, "https://example.org/r/en/"
)
HOME = ReportPage(
    "index.md",
    "",
    "Home",
    None,
    '<h1 id="report">The Report<a class="headerlink" href="#report" title="Permanent link">#</a></h1>'
    '<p>See <a href="part/hardship/#hr-01">HR-01</a>, <a href="part/">the part</a>, '
    '<a href="data/metrics.csv">the data</a> and <a href="https://example.com/x">elsewhere</a>.</p>',
)
PART = ReportPage("part/index.md", "part/", "Part", "Part", '<h1 id="part">Part</h1><p>Intro.</p>')
HARDSHIP = ReportPage(
    "part/hardship.md",
    "part/hardship/",
    "Hardship",
    "Part",
    '<h1 id="hardship">Hardship</h1><p>Text<sup id="fnref:c1"><a class="footnote-ref" href="#fn:c1">1</a></sup>'
    ' and <a href="../#part">back</a> and <a href="#nowhere">a lost anchor</a>.</p>'
    '<table data-metric-table="en"><tbody><tr id="hr-01"><td><a class="metric-anchor" href="#hr-01">HR-01</a></td>'
    "</tr></tbody></table>"
    '<div class="footnote"><hr><ol><li id="fn:c1"><p>Why.&nbsp;<a class="footnote-backref" href="#fnref:c1">↩</a>'
    "</p></li></ol></div>",
)
DATA = ReportPage("data.md", "data/", "Data", "About", '<h1 id="data">Data</h1><p>Files.</p>')
PAGES = [HOME, PART, HARDSHIP, DATA]


def links(document):
    return {a.text_content(): a.get("href") for a in document.iter("a")}


def test_every_id_is_unique_and_carries_its_page():
    document = assemble(META, PAGES)
    ids = [element.get("id") for element in document.iter() if isinstance(element.tag, str) and element.get("id")]
    assert [name for name, count in Counter(ids).items() if count > 1] == []
    assert "p-part-hardship--hr-01" in ids and "p-part-hardship--fn:c1" in ids and "p-part-hardship" in ids


def test_links_between_pages_become_links_inside_the_document():
    found = links(assemble(META, PAGES))
    assert found["HR-01"] == "#p-part-hardship--hr-01"
    assert found["the part"] == "#p-part"
    assert found["back"] == "#p-part--part"
    assert found["1"] == "#p-part-hardship--fn:c1"


def test_an_anchor_the_page_lacks_leads_to_the_page():
    assert links(assemble(META, PAGES))["a lost anchor"] == "#p-part-hardship"


def test_links_to_anything_else_are_absolute():
    found = links(assemble(META, PAGES))
    assert found["the data"] == "https://example.org/r/en/data/metrics.csv"
    assert found["elsewhere"] == "https://example.com/x"


def test_links_of_an_offline_build_resolve_the_same():
    offline = [
        ReportPage(
            page.src,
            page.url.rstrip("/") + ".html" if page.url else "index.html",
            page.title,
            page.section,
            page.content.replace('href="part/hardship/', 'href="part/hardship.html'),
        )
        for page in PAGES
    ]
    assert links(assemble(META, offline))["HR-01"] == "#p-part-hardship--hr-01"


def test_permalinks_and_footnote_backlinks_are_dropped():
    text = to_string(assemble(META, PAGES))
    assert "headerlink" not in text and "footnote-backref" not in text and "↩" not in text
    assert "Why." in text


def test_the_contents_lists_parts_and_their_pages_in_order():
    document = assemble(META, PAGES)
    (contents,) = [nav for nav in document.iter("nav") if nav.get("id") == "contents"]
    entries = [(a.text_content(), a.get("href")) for a in contents.iter("a")]
    assert entries == [
        ("The Report", "#p-home"),
        ("Part", "#p-part"),
        ("Hardship", "#p-part-hardship"),
        ("About", "#part-3"),
        ("Data", "#p-data"),
    ]


def test_a_section_without_an_index_page_gets_a_heading_of_its_own():
    document = assemble(META, PAGES)
    (part,) = [section for section in document.iter("section") if section.get("id") == "part-3"]
    assert part.get("class") == "part part-group"
    assert part[0].tag == "h1" and part[0].text == "About"


def test_the_cover_says_title_issuer_date_edition_and_address():
    (cover,) = [section for section in assemble(META, PAGES).iter("section") if section.get("id") == "cover"]
    text = " ".join(cover.text_content().split())
    for expected in ("The Report", "The Issuer", "Written in 2018", "2026-01-01-abcdef0", "1 January 1970"):
        assert expected in text
    assert [a.get("href") for a in cover.iter("a")] == ["https://example.org/r/en/"]


def test_the_document_has_the_edition_language_and_dates_from_the_build_epoch():
    document = assemble(META, PAGES)
    assert document.get("lang") == "en"
    dates = {meta.get("name"): meta.get("content") for meta in document.iter("meta") if meta.get("name")}
    assert dates["dcterms.created"] == dates["dcterms.modified"] == "1970-01-01T00:00:00Z"


NOTES = ReportPage(
    "index.md",
    "",
    "Notes",
    None,
    '<h1 id="notes">Notes</h1><p>The source reads “始终坚持以群团工作” (always), 2万余人（次） and '
    '<em>去“机关化”</em>; <span lang="zh-Hans">已标</span> stays.</p>',
)


def test_every_chinese_passage_of_the_english_document_is_marked_as_chinese():
    document = assemble(META, [NOTES])
    marked = [span.text for span in document.iter("span") if span.get("lang") == "zh-Hans"]
    assert marked == ["始终坚持以群团工作", "2万余人（次）", "去“机关化", "已标"]
    article = next(document.iter("article"))
    assert " ".join(article.text_content().split()).endswith("and 去“机关化”; 已标 stays.")


def test_the_chinese_document_marks_nothing_more():
    chinese = ReportMeta("zh", "报告", "发布者", "", "2026-01-01-abcdef0", 0, "https://example.org/r/")
    document = assemble(chinese, [NOTES])
    assert [span.text for span in document.iter("span") if span.get("lang")] == ["已标"]
