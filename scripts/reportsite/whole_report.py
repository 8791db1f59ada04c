"""The whole report as one HTML document, assembled from the rendered pages.

A pure function of its input, for the PDF (reportsite.pdf) and whatever else
needs the report in one piece:

    assemble(meta: ReportMeta, pages: Sequence[ReportPage]) -> lxml HtmlElement

`pages` are the edition's pages in navigation order, each with its rendered
article HTML exactly as MkDocs/Material put it into `page.content`. The
document has a cover, a contents list, then every page as an <article>,
grouped into the navigation's parts (<section class="part">): the home page,
each pillar (a navigation section whose first page is its index.md), the
closing page, and "about this site". Each page's ids get the page's prefix
(`p-work-advancement-hardship-relief--hr-01`), so that they are unique in the
document; links between pages become links inside it
(`../hardship-relief/#hr-01` -> `#p-work-advancement-hardship-relief--hr-01`);
links to anything else (the open data, other sites) become absolute, against
the edition's public address. Permalinks, footnote back-links and the
offline bundle's "needs a network" notes are dropped: on paper they are
noise. One HTML parser (lxml) does all of it; no regular expression reads
HTML.
"""

from __future__ import annotations

import re
import time
from base64 import b64encode
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree, html
from lxml.html import HtmlElement

from .catalog import READER
from .messages import written_date
from .paths import page_url

# What MkDocs or Material add to a page's HTML that a printed page does not show.
DROPPED = (
    ("a", "headerlink"),  # the "#" permalink after each heading
    ("a", "footnote-backref"),  # "↩" back to the footnote call
    # Offline, "（需联网）" after a link to another host (marks.py): a PDF is read
    # anywhere, its links are web addresses, and it is the same PDF as the site's.
    ("span", "network-note"),
)
# Attributes that hold the id of another element of the same page.
ID_REFERENCES = ("for", "headers", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns")
# A Chinese passage in the English edition: from its first Chinese character
# to its last, with the punctuation, quotes, spaces and figures between them.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
CHINESE_RUN = re.compile(f"(?:\\d+(?:[.,]\\d+)*)?[{HAN}](?:[{HAN}“”‘’…—·\\s\\d.,%]*[{HAN}])?")
CHINESE = "zh-Hans"
# Where relative links resolve, to tell a page's own links from the others.
_BASE = "https://report.invalid/"

LABELS = READER["document"]  # the document's words, by language


@dataclass(frozen=True)
class ReportPage:
    """One page of the edition, as the build rendered it."""

    src: str  # path under the edition's docs folder, e.g. "work-advancement/hardship-relief.md"
    url: str  # address under the edition's root, e.g. "work-advancement/hardship-relief/"
    title: str  # the page's title (its navigation title, else its first heading)
    section: str | None  # title of the navigation section it is in; None at the top level
    content: str  # the page's rendered article HTML (MkDocs' page.content)


@dataclass(frozen=True)
class ReportMeta:
    """What the cover says, and what the document needs to know of the edition."""

    lang: str  # "zh" or "en"
    title: str  # the report's whole title (config extra.report_title, else site_name)
    issuer: str  # who issued it (config site_author)
    dates_from: str  # what the report dates from, as the site says
    edition: str  # which version of the sources, e.g. "2026-11-24-dcc7eb8"
    build_epoch: int  # the build date, seconds since 1970 (SOURCE_DATE_EPOCH)
    site_url: str  # the edition's public address, e.g. "https://…/report-site/en/"
    qr_svg: str = ""  # the address as a QR code (SVG markup); none when empty
    short_title: str = ""  # the running header's (config site_name); the title when empty


def labels(lang: str) -> dict[str, str]:
    if lang not in LABELS:
        raise ValueError(f"no labels for the language {lang!r}; expected one of {', '.join(LABELS)}")
    return LABELS[lang]


def page_prefix(url: str) -> str:
    """A page's id in the document: "p-home" for the root, else its address
    with slashes as hyphens ("p-work-advancement-hardship-relief")."""
    path = _page_key(url)
    return "p-" + (path.strip("/").replace("/", "-") or "home")


def _page_key(url: str) -> str:
    """A page address in one form, whether the site uses directory URLs
    ("closing/") or not ("closing.html"), so links of either kind resolve."""
    path = urlsplit(url).path.lstrip("/")
    if path.endswith("index.html"):
        path = path.removesuffix("index.html")
    elif path.endswith(".html"):
        path = path.removesuffix(".html") + "/"
    return path


@dataclass
class _Part:
    title: str
    pages: list[ReportPage]
    generated_heading: bool  # no index page: the part's title is a heading of its own


def _parts(pages: Sequence[ReportPage]) -> list[_Part]:
    """Pages grouped as the navigation groups them: each top-level page is a
    part of its own, each navigation section one part."""
    parts: list[_Part] = []
    for page in pages:
        if page.section is not None and parts and parts[-1].pages[-1].section == page.section:
            parts[-1].pages.append(page)
        elif page.section is None:
            parts.append(_Part(page.title, [page], False))
        else:
            # The site names a section after its first page's heading: that
            # page opens the part; otherwise the part gets a heading of its own.
            indexed = page.src.endswith("index.md") or page.title == page.section
            parts.append(_Part(page.section, [page], not indexed))
    return parts


def _fragment(content: str) -> HtmlElement:
    """The page's HTML, parsed, in a <div> (content is a series of elements)."""
    return html.fragment_fromstring(content or "", create_parent="div")


def _heading_text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _has_class(element: HtmlElement, name: str) -> bool:
    return name in (element.get("class") or "").split()


def drop(root: HtmlElement, what: tuple[tuple[str, str], ...]) -> None:
    """Drop the elements of the given (tag, class) pairs, keeping the text after them."""
    dropped = [
        element
        for element in root.iter()
        if isinstance(element.tag, str) and any(element.tag == tag and _has_class(element, name) for tag, name in what)
    ]
    for element in dropped:
        element.drop_tree()


def _clean(root: HtmlElement) -> None:
    drop(root, DROPPED)


def _rewrite_page(
    root: HtmlElement, page: ReportPage, prefixes: dict[str, str], ids: dict[str, set[str]], site_url: str
) -> None:
    prefix = prefixes[_page_key(page.url)]
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.get("id"):
            element.set("id", f"{prefix}--{element.get('id')}")
        for name in ID_REFERENCES:
            if element.get(name):
                element.set(name, " ".join(f"{prefix}--{ref}" for ref in element.get(name).split()))
    for link in root.iter("a"):
        href = link.get("href")
        if href is not None:
            link.set("href", _link(href, page, prefixes, ids, site_url))
    for image in root.iter("img"):
        src = image.get("src")
        if src and not urlsplit(src).scheme:
            # Relative to the edition's root: the renderer resolves it there.
            image.set("src", urljoin(_BASE + page.url, src).removeprefix(_BASE))


def _link(href: str, page: ReportPage, prefixes: dict[str, str], ids: dict[str, set[str]], site_url: str) -> str:
    if urlsplit(href).scheme:
        return href  # another site, mail: kept as it is
    resolved = urljoin(_BASE + page.url, href)
    if not resolved.startswith(_BASE):
        return resolved
    path, fragment = urldefrag(resolved.removeprefix(_BASE))
    key = _page_key(path)
    if key in prefixes and not urlsplit(path).query:
        prefix = prefixes[key]
        if fragment and fragment in ids[key]:
            return f"#{prefix}--{fragment}"
        return f"#{prefix}"
    return urljoin(site_url, resolved.removeprefix(_BASE))


def _language_of(element: HtmlElement, document_lang: str) -> str:
    for ancestor in (element, *element.iterancestors()):
        if ancestor.get("lang"):
            return ancestor.get("lang")
    return document_lang


def _chinese_spans(text: str) -> tuple[str, list[HtmlElement]]:
    """The text before its first Chinese passage, and each passage as a
    <span lang="zh-Hans"> whose tail is the text up to the next one."""
    runs = list(CHINESE_RUN.finditer(text))
    if not runs:
        return text, []
    spans = []
    for index, run in enumerate(runs):
        span = html.Element("span", {"lang": CHINESE})
        span.text = run.group()
        end = runs[index + 1].start() if index + 1 < len(runs) else len(text)
        span.tail = text[run.end() : end]
        spans.append(span)
    return text[: runs[0].start()], spans


def mark_chinese(root: HtmlElement, document_lang: str) -> None:
    """Every Chinese passage of a document in another language in a
    <span lang="zh-Hans">, unless it is marked already: readers' software
    (a screen reader, the PDF's structure) then reads it as Chinese."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "head", "title", "meta"):
            continue
        if element.text and not _language_of(element, document_lang).startswith("zh"):
            element.text, spans = _chinese_spans(element.text)
            for index, span in enumerate(spans):
                element.insert(index, span)
        parent = element.getparent()
        if element.tail and parent is not None and not _language_of(parent, document_lang).startswith("zh"):
            element.tail, spans = _chinese_spans(element.tail)
            for span in reversed(spans):
                element.addnext(span)


def _cover(meta: ReportMeta) -> HtmlElement:
    words = labels(meta.lang)
    cover = html.Element("section", {"class": "cover", "id": "cover"})
    if meta.site_url:  # the footer's address until the first page: the edition's
        cover.set("data-address", meta.site_url)
    head = etree.SubElement(cover, "div", {"class": "cover-head"})
    title = etree.SubElement(head, "h1", {"class": "cover-title"})
    if meta.lang == "zh":
        # A Chinese title in two phrases ("勇立改革潮头再出发 争当群团工作排头兵")
        # keeps each phrase on a line of its own.
        first, *rest = meta.title.split()
        title.text = first
        for phrase in rest:
            etree.SubElement(title, "br").tail = phrase
    else:
        title.text = meta.title
    for css_class, text in (
        ("cover-issuer", meta.issuer),
        ("cover-dates", meta.dates_from),
    ):
        if text:
            etree.SubElement(head, "p", {"class": css_class}).text = text
    foot = etree.SubElement(cover, "div", {"class": "cover-foot"})
    facts = etree.SubElement(foot, "dl", {"class": "cover-facts"})
    for term, value in (
        (words["version"], f"{words['edition']} · {meta.edition}"),
        (words["built"], written_date(meta.build_epoch, meta.lang)),
        (words["site"], None),
    ):
        etree.SubElement(facts, "dt").text = term
        definition = etree.SubElement(facts, "dd")
        if value is None:
            link = etree.SubElement(definition, "a", {"href": meta.site_url})
            link.text = meta.site_url
        else:
            definition.text = value
    if meta.qr_svg:
        data = b64encode(meta.qr_svg.encode("utf-8")).decode("ascii")
        figure = etree.SubElement(foot, "p", {"class": "cover-qr"})
        etree.SubElement(
            figure,
            "img",
            {"src": f"data:image/svg+xml;base64,{data}", "alt": words["qr_alt"].format(url=meta.site_url)},
        )
    return cover


def _contents(lang: str, entries: list[tuple[str, str, list[tuple[str, str]]]]) -> HtmlElement:
    nav = html.Element("nav", {"class": "contents", "id": "contents"})
    etree.SubElement(nav, "h1", {"class": "contents-title"}).text = labels(lang)["contents"]
    parts = etree.SubElement(nav, "ol")
    for target, text, children in entries:
        item = etree.SubElement(parts, "li", {"class": "contents-part"})
        etree.SubElement(item, "a", {"href": f"#{target}"}).text = text
        if children:
            pages = etree.SubElement(item, "ol")
            for child_target, child_text in children:
                child = etree.SubElement(pages, "li", {"class": "contents-page"})
                etree.SubElement(child, "a", {"href": f"#{child_target}"}).text = child_text
    return nav


def assemble(meta: ReportMeta, pages: Sequence[ReportPage]) -> HtmlElement:
    """The whole report of one edition as one HTML document (see the module's docstring)."""
    words = labels(meta.lang)
    prefixes: dict[str, str] = {}
    for page in pages:
        key = _page_key(page.url)
        if key in prefixes:
            raise ValueError(f"{page.src}: two pages have the address {page.url!r}; expected one page per address")
        prefixes[key] = page_prefix(page.url)
    fragments = {}
    ids: dict[str, set[str]] = {}
    for page in pages:
        root = _fragment(page.content)
        _clean(root)
        key = _page_key(page.url)
        fragments[key] = root
        ids[key] = {element.get("id") for element in root.iter() if isinstance(element.tag, str) and element.get("id")}
    for page in pages:
        _rewrite_page(fragments[_page_key(page.url)], page, prefixes, ids, meta.site_url)

    document = html.Element("html", {"lang": words["html_lang"]})
    head = etree.SubElement(document, "head")
    etree.SubElement(head, "meta", {"charset": "utf-8"})
    etree.SubElement(head, "title").text = meta.title
    iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(meta.build_epoch))
    for name, value in (
        ("author", meta.issuer),
        ("dcterms.created", iso),
        ("dcterms.modified", iso),
    ):
        etree.SubElement(head, "meta", {"name": name, "content": value})
    body = etree.SubElement(document, "body")
    body.append(_cover(meta))
    contents_slot = etree.SubElement(body, "div")
    entries: list[tuple[str, str, list[tuple[str, str]]]] = []
    for number, part in enumerate(_parts(pages), start=1):
        first = part.pages[0]
        # A pillar opens with its own page (index.md); "about this site" is a group, not a pillar.
        kind = "page" if first.section is None else "pillar" if first.src.endswith("index.md") else "group"
        section = etree.SubElement(body, "section", {"class": f"part part-{kind}", "id": f"part-{number}"})
        children: list[tuple[str, str]] = []
        part_target = section.get("id")
        part_title = part.title
        if part.generated_heading:
            heading = etree.SubElement(section, "h1", {"class": "part-title"})
            heading.text = part.title
        for index, page in enumerate(part.pages):
            key = _page_key(page.url)
            root = fragments[key]
            article = etree.SubElement(section, "article", {"class": "page", "id": prefixes[key], "data-src": page.src})
            if meta.site_url:  # the page's address, in the running footer (pdf.css: string-set)
                # its public address, as the site gives it (the offline build's page.url ends in .html)
                article.set("data-address", urljoin(meta.site_url, page_url(page.src)))
            first_heading = root.find(".//h1")
            title = _heading_text(first_heading) if first_heading is not None else page.title
            level = 1 if index == 0 and not part.generated_heading else 2
            article.set("class", f"page page-level-{level}")
            if first_heading is not None:
                first_heading.set("class", f"{first_heading.get('class', '')} page-title".strip())
            if level == 1:
                part_target, part_title = prefixes[key], title
            else:
                children.append((prefixes[key], title))
            article.text = root.text
            for child in list(root):
                article.append(child)
        entries.append((part_target, part_title, children))
    contents_slot.addprevious(_contents(meta.lang, entries))
    body.remove(contents_slot)
    if not words["html_lang"].startswith("zh"):
        mark_chinese(body, words["html_lang"])
    return document


def to_string(document: HtmlElement) -> str:
    """The document as HTML text, with its doctype."""
    return "<!DOCTYPE html>\n" + html.tostring(document, encoding="unicode", method="html") + "\n"
