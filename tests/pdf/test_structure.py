"""The PDFs as a reader's software sees them: a bookmark for every page of
the site in navigation order, links that go somewhere, every font embedded
as a subset, tagged (PDF/UA) with the edition's language and title."""

import re

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


# --- PDF/UA: links, table headers, languages (Matterhorn 28-011, 28-012, 15-003, 11-006) --------------------------

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
DOCUMENT_LANG = {"zh": "zh-Hans", "en": "en"}


def objects_in(element):
    kids = element.get("/K")
    kids = kids.get_object() if kids is not None else []
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object()
        if isinstance(kid, dict) and kid.get("/Type") == "/OBJR":
            yield kid["/Obj"].get_object()


def test_every_link_annotation_is_in_a_link_element_and_the_parent_tree_says_so(pdf):
    placed = {}  # annotation's object number -> the structure element holding it
    for element, _, _ in pdf.structure:
        for annotation in objects_in(element):
            placed[annotation.indirect_reference.idnum] = element
    parents = pdf.reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"].get_object()["/Nums"]
    parent_of = {int(parents[i]): parents[i + 1] for i in range(0, len(parents), 2)}
    annotations = [annotation for _, annotation in links(pdf)]
    assert len(annotations) >= 300
    outside = [
        a.get("/Contents") for a in annotations if placed.get(a.indirect_reference.idnum, {}).get("/S") != "/Link"
    ]
    assert outside == []
    for annotation in annotations:
        assert (
            parent_of[int(annotation["/StructParent"])].idnum
            == placed[annotation.indirect_reference.idnum].indirect_reference.idnum
        )


def test_every_link_is_described_by_its_text_not_by_its_target(pdf, real_site):
    described = [str(annotation.get("/Contents", "")) for _, annotation in links(pdf)]
    targets = {str(annotation.get("/Dest", "")) for _, annotation in links(pdf)} - {""}
    assert "" not in described
    assert [text for text in described if text in targets or text.startswith(("p-", "#"))] == []
    # The contents list: each entry by the title of its page.
    titles = {title for _, title, _ in nav_outline(real_site, pdf.lang)}
    assert titles - set(described) == set()


def test_every_table_header_cell_has_its_scope(pdf):
    headers = [element for element, _, _ in pdf.structure if element.get("/S") == "/TH"]
    assert len(headers) >= 250
    scopes = [(str(h["/A"].get("/O")), str(h["/A"].get("/Scope"))) for h in headers]
    assert {scope for _, scope in scopes} == {"/Column", "/Row"}
    assert [scope for scope in scopes if scope[0] != "/Table" or scope[1] not in ("/Column", "/Row")] == []
    # A table's head holds column headers; a metric row's label is a row header.
    for element, chain, _ in pdf.structure:
        if element.get("/S") == "/TH" and any(ancestor.get("/S") == "/THead" for ancestor in chain):
            assert element["/A"]["/Scope"] == "/Column"


def test_every_passage_is_tagged_with_its_language(pdf):
    languages = pdf.marked_languages
    chinese = {key: text for key, text in pdf.marked_texts.items() if HAN.search(text)}
    assert chinese
    untagged = [
        (page + 1, text.strip()[:40])
        for (page, mcid), text in chinese.items()
        if not languages.get((page, mcid), DOCUMENT_LANG[pdf.lang]).startswith("zh")
    ]
    assert untagged == []
    if pdf.lang == "en":  # the Chinese of the English edition: the glossary's terms, the editors' notes' quotations
        assert len([key for key in chinese if languages.get(key, "en") == "zh-Hans"]) >= 100
    else:  # the English of the Chinese edition (the glossary's renderings) in English
        tagged = [element for element, _, lang in pdf.structure if element.get("/Lang") == "en"]
        assert len(tagged) >= 40
