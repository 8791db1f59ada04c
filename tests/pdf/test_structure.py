"""The PDFs as a reader's software sees them: a bookmark for every page of
the site in navigation order, links that go somewhere, every font embedded
as a subset, tagged (PDF/UA) with the edition's language and title."""

import re

from pypdf.generic import ArrayObject, DictionaryObject

from conftest import nav_outline
from pdfreading import poppler

CONTENTS = {"zh": "目录", "en": "Contents"}
LANG = {"zh": "zh-Hans", "en": "en"}


def expected_outline(site, lang):
    """(level, title) for every page of the navigation; a section has the
    bookmark of its first page, its other pages one level down."""
    expected, seen = [], set()
    for _, title, section in nav_outline(site, lang):
        level = 1 if section is None or section not in seen else 2
        if section:
            seen.add(section)
        expected.append((level, title))
    return expected


def test_every_page_of_the_site_has_a_bookmark_in_navigation_order(pdf, real_site):
    outline = [(level, title) for level, title, _ in pdf.outline if title != CONTENTS[pdf.lang]]
    assert outline == expected_outline(real_site, pdf.lang)
    assert len(outline) >= 21  # the 20 pages and the "about this site" part


def test_bookmarks_go_to_pages_in_reading_order(pdf):
    pages = [page for _, _, page in pdf.outline]
    assert pages == sorted(pages)
    assert pages[0] >= 2  # after the cover


def links(pdf):
    """(page number, annotation) of every link."""
    for number, page in enumerate(pdf.reader.pages, start=1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link":
                yield number, annotation


def test_links_inside_the_report_go_to_a_place_in_it(pdf):
    names = set(pdf.reader.named_destinations)
    internal, broken = 0, []
    for number, annotation in links(pdf):
        action = annotation.get("/A")
        target = annotation.get("/Dest") or (action.get("/D") if action and action.get("/S") == "/GoTo" else None)
        if target is None:
            continue
        internal += 1
        if isinstance(target, str) and target not in names:
            broken.append((number, target))
    assert internal >= 40  # the contents, links between pages, footnotes, metric codes
    assert broken == []


def test_links_out_of_the_report_are_absolute_web_addresses(pdf):
    uris = [str(a["/A"]["/URI"]) for _, a in links(pdf) if a.get("/A") and a["/A"].get("/S") == "/URI"]
    assert uris  # the site's address on the cover, the open data
    assert [uri for uri in uris if not uri.startswith(("https://", "http://", "mailto:"))] == []


def test_every_font_is_embedded_as_a_subset(pdf):
    rows = poppler("pdffonts", str(pdf.path)).splitlines()[2:]
    assert rows
    fonts = [row.split() for row in rows]
    assert [row[0] for row in fonts if row[-5:-2] != ["yes", "yes", "yes"]] == []  # emb, sub, uni
    families = ("Noto-Serif", "Noto-Sans")  # CJK faces, and for English Noto Serif and Noto Sans
    assert [name for name, *_ in fonts if not name.split("+", 1)[1].startswith(families)] == []


def test_the_pdf_is_tagged_with_its_language_and_title(pdf, real_site):
    root = pdf.reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == LANG[pdf.lang]
    config = real_site.editions[pdf.lang].config
    assert pdf.reader.metadata.title == config.extra.get("report_title", config.site_name)
    assert "pdfuaid" in pdf.reader.xmp_metadata.stream.get_data().decode()


def tagged_languages(node, found):
    """The /Lang of every structure element under `node`, with its structure type."""
    node = node.get_object()
    if hasattr(node, "get") and node.get("/Type") == "/StructElem" and "/Lang" in node:
        found.append((str(node["/Lang"]), str(node["/S"])))
    kids = node.get("/K") if hasattr(node, "get") else None
    if kids is not None:
        kids = kids.get_object()
        for kid in kids if isinstance(kids, list) else [kids]:
            if not isinstance(kid, int):
                tagged_languages(kid, found)
    return found


def test_a_passage_in_the_other_language_is_tagged_with_its_language(pdf):
    # The English edition's Chinese quotations (marks.py), the Chinese glossary's English renderings.
    found = tagged_languages(pdf.reader.trailer["/Root"]["/StructTreeRoot"], [])
    other = "en" if pdf.lang == "zh" else "zh-Hans"
    assert {lang for lang, _ in found} == {other}
    assert len(found) >= (40 if pdf.lang == "zh" else 150)


def marked_content_languages(reader):
    """(page object number, MCID) -> the language of the structure element
    the marked content belongs to (its own /Lang, or the nearest above)."""
    found = {}

    def walk(node, lang, page):
        node = node.get_object()
        if not isinstance(node, DictionaryObject):
            return
        lang = str(node["/Lang"]) if "/Lang" in node else lang
        page = node.raw_get("/Pg").idnum if "/Pg" in node else page
        kids = node.get("/K")
        kids = [] if kids is None else kids.get_object()
        for kid in kids if isinstance(kids, ArrayObject | list) else [kids]:
            if isinstance(kid, int):
                found[(page, int(kid))] = lang
            else:
                walk(kid, lang, page)

    root = reader.trailer["/Root"]
    walk(root["/StructTreeRoot"], str(root.get("/Lang", "")), None)
    return found


def texts_with_language(reader):
    """(language, text) of every piece of text drawn, as its structure says."""
    languages = marked_content_languages(reader)
    texts = []
    for page in reader.pages:
        texts += page_texts_with_language(page, languages)
    return texts


def page_texts_with_language(page, languages):
    number, open_content, texts = page.indirect_reference.idnum, [], []

    def operator(op, args, cm, tm):
        if op == b"BDC":
            properties = args[1].get_object() if len(args) > 1 else None
            mcid = properties.get("/MCID") if isinstance(properties, DictionaryObject) else None
            open_content.append(None if mcid is None else int(mcid))
        elif op == b"BMC":
            open_content.append(None)
        elif op == b"EMC" and open_content:
            open_content.pop()

    def text(value, *_):
        mcid = next((m for m in reversed(open_content) if m is not None), None)
        if value.strip():
            texts.append((languages.get((number, mcid)), value))

    page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return texts


def test_every_chinese_character_of_the_english_pdf_is_tagged_as_chinese(pdfs):
    # A screen reader reads the English PDF's quotations of the report in Chinese.
    han = re.compile(r"[\u4e00-\u9fff]")
    texts = texts_with_language(pdfs["en"].reader)
    chinese = [(lang, text) for lang, text in texts if han.search(text)]
    assert [(lang, text) for lang, text in chinese if not (lang or "").startswith("zh")] == []
    assert sum(len(han.findall(text)) for _, text in chinese) > 700
    assert sum(1 for lang, _ in texts if lang == "en") > 1000  # the rest is English
