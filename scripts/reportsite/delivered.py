"""The last check, over what readers get (rule 22): each edition as built,
after MkDocs has written it, and its PDF.

The checks before the build read the sources; this reads the output, so that
nothing a theme, a template, a hook or the plugin itself adds or hides
reaches readers unchecked:

- every figure a reader meets on a built page (its text, and the text shown
  on hover or read out on focus: `title`, `alt`, `aria-label`, the page's
  title and description), on its share image (what the image says it draws,
  share_image.py) and in its PDF is accounted for (accounting.py);
- on a report page, every block of text is one the checks read (the
  report's, or the translation's), unless it stands in an editorial block,
  which carries its visible label, or in a block the plugin writes from the
  checked tables (the figures at a glance, the charts); and every block of
  the report the checks read is on the built page, and in the PDF;
- every figure the search shows above its results (the figures that answer
  a query, shipped with the search index: search_index.py) is a row's, said
  of its indicator, as on the pages;
- nothing on a page loads from another host (scripts, styles, images,
  frames, icons, prefetches, a refresh), and its links to other hosts are
  the declared ones.

Each problem names the line of the Markdown, data file or configuration
that produced the text, where it can be found, else the built file.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import lxml.html

from . import cache
from .accounting import Ledger, Written, ledger, unaccounted_problem, written_figures
from .catalog import READER
from .diagnostics import Problem, problem
from .editorial import BUTTON, MARK, Kind, editorial_kind
from .paths import display_path
from .reading import BLOCK_TAGS, PageReading, element_text, normalise, printed_text
from .rules import ACCOUNTED
from .safe_html import is_declared, made_by_an_extension
from .share_image import drawn_lines

if TYPE_CHECKING:
    from .site import Site

# What the plugin writes into pages from the checked tables and data (glance.py,
# glossary.py, the templates): the site's words, not the page's Markdown.
GENERATED = frozenset(
    {
        "report-intro",
        "key-strip",
        "key-figures__summary",
        "chart",
        "citation-example",
        "glossary",
        "pdf-download",
        "md-source-file",
        "print-source",
    }
)
ARTICLE = "//article[contains(concat(' ', normalize-space(@class), ' '), ' md-content__inner ')]"
HOVER = ("title", "alt", "aria-label", "placeholder")
# Tags of a shared link that give a size for machines, not words readers read.
MEASURES = frozenset({"og:image:width", "og:image:height"})
# Elements and attributes that make a browser fetch something.
LOADS = (
    ("script", "src"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("track", "src"),
    ("input", "src"),
)
LINK_LOADS = frozenset(
    {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch", "manifest"}
)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\"]+)", re.IGNORECASE)
FRAGMENT = re.compile(r"[^，。；！？、,.;!?:：（）()“”\"]+")
MIN_FRAGMENT = 6  # shorter pieces of a sentence say too little to look for
LABELS = frozenset({MARK})


@dataclass
class Delivered:
    """One edition as built: where its pages are, and what they came from."""

    site: Site
    lang: str
    pages: dict[str, Path]  # page path in docs/ -> built HTML file
    outside: tuple[str, ...]  # addresses of other hosts links may lead to (the repository…)
    sources: list[Path]  # files that may have produced a text: configurations, data files, templates
    pdf_path: Path | None = None  # where its PDF is written
    search_index: Path | None = None  # its search index as written (search/search_index.json)
    images: dict[str, Path] = field(default_factory=dict)  # page path in docs/ -> its built share image


def check_delivered(edition: Delivered, pdf: bytes | None = None) -> list[Problem]:
    book = ledger(edition.site, edition.lang)
    problems: list[Problem] = []
    seen: set[str] = set()  # every figure of the built pages, as written (each accounted for, or reported)
    marked: set[str] = set()  # those a footnote's mark follows
    books = {edition.lang: book}  # a ledger per language (a passage in the other language is its)
    for rel, built in sorted(edition.pages.items()):
        reading = edition.site.editions[edition.lang].readings.get(rel)
        if reading is None or reading.unread or not built.is_file():
            continue
        root = lxml.html.parse(str(built)).getroot()
        problems += _page_problems(edition, book, reading, root, built, books)
        body = root.find("body")
        if body is not None:
            seen |= {figure.text for figure in written_figures(" ".join(body.itertext()), edition.lang, book.units)}
            # Elements side by side, as print runs them together: a correction's
            # struck figure and the new one (37827 and 37872 read "3782737872").
            together = _run_together(body)
            figures = written_figures(together, edition.lang, book.units)
            seen |= {figure.text.replace(FOOTNOTE, "") for figure in figures}
            # a figure right before a footnote's mark, which print writes after it
            marked |= {figure.text for figure in figures if together[figure.end : figure.end + 1] == FOOTNOTE}
            # The numbers of ordered lists, which print gives as text.
            seen |= {str(number) for ol in body.iter("ol") for number in range(1, len(ol) + 1)}
    problems += _image_problems(edition, book)
    if pdf is not None:
        problems += _pdf_problems(edition, book, pdf, seen, marked)
    problems += _search_problems(edition, book)
    return problems


def _search_problems(edition: Delivered, book: Ledger) -> list[Problem]:
    """The figures the search answers with: each a row's value and unit,
    with its indicator and code beside it, as a page's editors' text must."""
    path = edition.search_index
    if path is None or not path.is_file():
        return []
    try:
        extra = json.loads(path.read_text(encoding="utf-8"))["config"].get("reportsite") or {}
    except (OSError, ValueError, KeyError, AttributeError):
        return []
    problems = []
    for code, label, value, *_ in extra.get("answers") or []:
        text = f"{code} {label}: {value}"
        missing = book.unaccounted(text, "pages", None, None, text)
        if missing:
            path_shown, line = _find(edition, code, display_path(path))
            problems.append(unaccounted_problem(path_shown, line, text, missing, "built"))
    return problems


def _image_problems(edition: Delivered, book: Ledger) -> list[Problem]:
    """The figures drawn on each page's share image, as the image itself says
    what it shows (its text chunk, share_image.py): each a row's, as a row's
    value and unit beside its indicator; and the page's tags name the image."""
    problems = []
    for rel, path in sorted(edition.images.items()):
        built = edition.pages.get(rel)
        if not path.is_file() or built is None or not built.is_file():
            continue
        head = lxml.html.parse(str(built)).getroot().find("head")
        tags = {meta.get("property") or meta.get("name"): meta.get("content") for meta in head.iter("meta")}
        named = (tags.get("og:image") or "").endswith(path.name) and tags.get("twitter:image") == tags.get("og:image")
        if not named:
            problems.append(problem(display_path(built), 1, ACCOUNTED, "delivered_image_untagged", image=path.name))
        for line in drawn_lines(path):
            missing = book.unaccounted(line.text, "site", rel, context=line.context)
            if missing:
                problems.append(unaccounted_problem(display_path(path), 1, line.text, missing, "built"))
    return problems


# --- a built page ----------------------------------------------------------------------------


def _page_problems(
    edition: Delivered, book: Ledger, reading: PageReading, root: Any, built: Path, books: dict[str, Ledger]
) -> list[Problem]:
    for element in root.xpath("//script|//style|//svg|//template|//noscript"):
        if element.tag != "script" or not element.get("src"):
            element.drop_tree()
    problems = _load_problems(edition, root, built)
    article = next(iter(root.xpath(ARTICLE)), None)
    # The report's own text, as the checks read it, is bound to its rows already (rules 9 and 14).
    checked = {normalise(block.visible) for block in reading.blocks if not block.editorial}
    # So are the page's title and description (rule 2: the heading's words, and figures the page gives).
    described = {normalise(str(reading.meta.get(key) or "")) for key in ("description", "title")} - {""}
    unchecked: set[Any] = set()  # a report page's blocks that are not the checked text: said once, as such
    if article is not None and not reading.editorial_page:
        found, unchecked = _report_text_problems(edition, reading, article)
        problems += found
    for seen in _texts(root, article, edition.lang):
        element, text = seen.element, seen.text
        if element in unchecked:
            continue
        if seen.place == "pages" and normalise(element_text(element, own=True, leave_out=LABELS)[0]) in checked:
            continue
        if element.tag in ("meta", "title") and any(normalise(text).startswith(words) for words in described):
            continue
        account = books.setdefault(seen.lang, book if seen.lang == edition.lang else ledger(edition.site, seen.lang))
        missing = account.unaccounted(text, seen.place, reading.rel, seen.counterpart, seen.context)
        if missing:
            path, line = _origin(edition, reading, text, missing, element, article)
            problems.append(unaccounted_problem(path, line, text, missing, "built"))
    return problems


@dataclass(frozen=True)
class _Seen:
    """A text a reader meets on a built page."""

    text: str
    place: str  # pages (the page's Markdown) or site (the theme's, the plugin's)
    element: Any
    lang: str
    counterpart: str | None = None  # the words it explains (a glossary entry's term)
    context: str | None = None  # what says what its figures are: its table row


def _texts(root: Any, article: Any, lang: str) -> Iterator[_Seen]:
    """Every text a reader meets on the page: the title and description,
    each block's own text (a passage marked as in the other language on
    its own, but for a Chinese passage of English text: that text's
    quotation), what shows on hover."""
    head = root.find("head")
    if head is not None:
        title = head.find("title")
        if title is not None and title.text:
            yield _Seen(title.text, "site", title, lang)
        for meta in head.iter("meta"):
            name = meta.get("property") or meta.get("name") or ""
            described = name == "description" or (name.startswith(("og:", "twitter:")) and name not in MEASURES)
            if described and meta.get("content"):
                yield _Seen(meta.get("content"), "site", meta, lang)
    body = root.find("body")
    if body is None:
        return
    inside = set(article.iter()) if article is not None else set()
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        generated = _in_generated(element)
        place = "pages" if element in inside and not generated else "site"
        own_lang = _lang(element, lang)
        counterpart = _term_of(element)
        if element.tag in BLOCK_TAGS or element is body:
            own = _own_words(element, own_lang)
            if own.strip():
                yield _Seen(own, place, element, own_lang, counterpart, _row_of(element))
        elif element.get("lang") and own_lang != _lang(element.getparent(), lang) and not _quoted(element, lang):
            yield _Seen(_own_words(element, own_lang), place, element, own_lang, counterpart)
        for name in HOVER:
            value = element.get(name)
            if value and not made_by_an_extension(element):
                where = "site" if element.tag == "abbr" or generated or element not in inside else place
                yield _Seen(value, where, element, own_lang)


def _row_of(element: Any) -> str | None:
    """The words of the table row a cell stands in, which say what its figure is."""
    row = next((ancestor for ancestor in element.iterancestors("tr")), None) if element.tag in ("td", "th") else None
    return " ".join(" ".join(row.itertext()).split()) if row is not None else None


def _lang(element: Any, default: str) -> str:
    """The edition language of an element: its own `lang` (zh-Hans is zh), or its parent's."""
    while element is not None:
        value = element.get("lang")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
        element = element.getparent()
    return default


def _quoted(element: Any, lang: str) -> bool:
    """A Chinese passage of an English text (marks.py says each is Chinese):
    part of its English text, as English quotes the report (accounting.py)."""
    return lang == "en" and _lang(element, lang) == "zh" and _lang(element.getparent(), lang) == "en"


def _own_words(element: Any, lang: str) -> str:
    """An element's own text as print shows it (both sides of a correction),
    without its blocks, its label and any passage in the other language."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        other = child.get("lang") and _lang(child, lang) != lang and not _quoted(child, lang)
        if child.tag not in BLOCK_TAGS and not other and MARK not in _classes(child) and not _skip(child):
            parts.append(_own_words(child, lang))
        parts.append(child.tail or "")
    return "".join(parts)


def _skip(element: Any) -> bool:
    return element.tag in ("script", "style") or made_by_an_extension(element)


def _term_of(element: Any) -> str | None:
    """The term a glossary entry explains (its <dt>), for the entry's <dd>."""
    if element.tag != "dd":
        return None
    previous = element.getprevious()
    return "".join(previous.itertext()) if previous is not None and previous.tag == "dt" else None


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def _in_generated(element: Any) -> bool:
    while element is not None:
        if _classes(element) & GENERATED or element.get("data-key-figures") is not None:
            return True
        if element.tag == "td" and element.get("title") is not None:
            return True  # a metric value's "more than" in words (metric_tables.py)
        element = element.getparent()
    return False


def _origin(
    edition: Delivered, reading: PageReading, text: str, missing: list[Written], element: Any, article: Any
) -> tuple[str, int]:
    """The file and line that produced a text: the page's Markdown, else a
    data file, the configuration or a template that holds it, else the page."""
    probe = text[max(0, missing[0].start - 8) : missing[0].end + 8].strip() or text.strip()
    if article is not None and element in set(article.iter()) and not _in_generated(element):
        return reading.display, reading.line_of(probe, reading.body_start)
    for needle in (probe, missing[0].text):
        for path in edition.sources:
            try:
                lines = path.read_text(encoding="utf-8").split("\n")
            except (OSError, UnicodeDecodeError):
                continue
            for number, line in enumerate(lines, 1):
                if needle and needle in line:
                    return display_path(path), number
    return display_path(edition.pages[reading.rel]), 1


def _report_text_problems(edition: Delivered, reading: PageReading, article: Any) -> tuple[list[Problem], set[Any]]:
    """A report page as built holds the blocks the checks read, and no other
    text outside its editorial blocks (each showing its label) and the
    blocks the plugin writes."""
    checked = {normalise(block.visible) for block in reading.blocks} | {normalise(h.text) for h in reading.headings}
    blocks, unlabelled = _report_blocks(article, frozenset(edition.site.options.editorial_classes))
    problems = []
    for element in unlabelled:
        text = "".join(element.itertext())
        line = reading.line_of(text.strip(), reading.body_start)
        problems.append(problem(reading.display, line, ACCOUNTED, "delivered_label_missing", text=_quote(text)))
    built: set[str] = set()
    unchecked = set()
    for element in blocks:
        visible, _ = element_text(element, own=True, leave_out=frozenset({BUTTON, MARK}))
        text = normalise(visible)
        if not text:
            continue
        built.add(text)
        if text not in checked:
            unchecked.add(element)
            line = reading.line_of(visible.strip(), reading.body_start)
            problems.append(problem(reading.display, line, ACCOUNTED, "delivered_text_unchecked", text=_quote(visible)))
    for block in reading.blocks:
        text = normalise(block.visible)
        if not block.editorial and text and text not in built:
            problems.append(
                problem(reading.display, block.line, ACCOUNTED, "delivered_text_missing", text=_quote(block.visible))
            )
    return problems, unchecked


def _report_blocks(article: Any, editorial_classes: frozenset[str]) -> tuple[list[Any], list[Any]]:
    """The blocks of a built report page that are neither editorial, nor
    generated, nor a metric table; and the editorial blocks without their label."""
    blocks: list[Any] = []
    unlabelled: list[Any] = []

    def visit(element: Any, at_root: bool) -> None:
        children = [child for child in element if isinstance(child.tag, str)]
        for index, child in enumerate(children):
            classes = _classes(child)
            if classes & GENERATED or child.tag == "table" or "md-content__button" in classes:
                continue  # the plugin's blocks, a table (its figures are accounted), the theme's edit button
            at_end = at_root and index == len(children) - 1 and child.find("ol") is not None
            kind = editorial_kind(child.tag, classes, editorial_classes, at_end=at_end)
            if kind is not None and kind != Kind.BUTTON:
                if not child.xpath(f".//*[contains(concat(' ', normalize-space(@class), ' '), ' {MARK} ')]"):
                    unlabelled.append(child)
                continue
            if child.tag in BLOCK_TAGS:
                blocks.append(child)
                visit(child, False)

    visit(article, True)
    return blocks, unlabelled


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


# --- what a page loads ----------------------------------------------------------------------


def _load_problems(edition: Delivered, root: Any, built: Path) -> list[Problem]:
    problems = []
    for url, tag in _loaded(root):
        if _outside(url):
            path, line = _config_origin(edition, url, built)
            problems.append(problem(path, line, ACCOUNTED, "delivered_loads_outside", url=url, tag=tag))
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if _outside(href) and not href.lower().startswith("mailto:") and not is_declared(href, edition.outside):
            path, line = _config_origin(edition, href, built)
            problems.append(problem(path, line, ACCOUNTED, "delivered_link_outside", url=href))
    return problems


def _loaded(root: Any) -> Iterator[tuple[str, str]]:
    for tag, attribute in LOADS:
        for element in root.iter(tag):
            value = element.get(attribute)
            if value:
                for part in value.split(",") if attribute == "srcset" else [value]:
                    yield part.strip().split(" ")[0], tag
    for link in root.iter("link"):
        if set((link.get("rel") or "").lower().split()) & LINK_LOADS and link.get("href"):
            yield link.get("href"), "link"
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "refresh" and (
            found := REFRESH_URL.search(meta.get("content", ""))
        ):
            yield found.group(1), "meta"
    for element in root.iter():
        if isinstance(element.tag, str) and (style := element.get("style")):
            yield from ((url, element.tag) for url in CSS_URL.findall(style))


def _outside(url: str) -> bool:
    url = re.sub(r"[\t\n\r]", "", url).strip().replace("\\", "/")
    if url.startswith("//"):
        return True
    scheme = urlsplit(url).scheme.lower()
    return scheme not in ("", "data", "blob")


def _config_origin(edition: Delivered, url: str, built: Path) -> tuple[str, int]:
    for path in edition.sources:
        try:
            for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
                if url in line:
                    return display_path(path), number
        except (OSError, UnicodeDecodeError):
            continue
    return display_path(built), 1


# --- the PDF ---------------------------------------------------------------------------------


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page of a PDF, as a reader copies it (poppler's
    pdftotext, from Debian's poppler-utils, which scripts/setup.sh installs)."""
    try:
        reader = subprocess.run(["pdftotext", "-v"], capture_output=True, check=True, timeout=30)
        name = cache.key([pdf, reader.stdout, reader.stderr])  # the same PDF read by the same poppler
        read = cache.get("pdftotext", name)
        if read is None:
            read = subprocess.run(
                ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True, timeout=60
            ).stdout
            cache.put("pdftotext", name, read)
    except (OSError, subprocess.SubprocessError) as error:
        raise PdfTextError(str(error)) from None
    text = LIGATURES.sub(_unligated, read.decode("utf-8", errors="replace"))
    return text.split("\f")[: -1 or None] if text.endswith("\f") else text.split("\f")


class PdfTextError(Exception):
    """The PDF's text could not be read (pdftotext is missing)."""


# A typeface's ligatures (ﬁ, ﬂ…) copy as one character: read as the letters they join.
LIGATURES = re.compile("[\ufb00-\ufb06]")


def _unligated(match: re.Match) -> str:
    return unicodedata.normalize("NFKC", match.group(0))


def _pdf_problems(edition: Delivered, book: Ledger, pdf: bytes, seen: set[str], marked: set[str]) -> list[Problem]:
    """The PDF is made from the built pages: it shows no figure that they
    do not (or that its own pages, as their numbers, do not account for),
    and every text of the report that they show."""
    try:
        pages = [_without_markers(page) for page in pdf_pages(pdf)]
    except PdfTextError as error:
        return [problem("scripts/setup.sh", 1, ACCOUNTED, "delivered_pdf_unreadable", reason=str(error))]
    shown = display_path(edition.pdf_path) if edition.pdf_path else f"{edition.lang}.pdf"
    problems = []
    seen = {" ".join(written.split()) for written in seen}
    for number, text in enumerate(pages, 1):
        missing = [figure for figure in book.unaccounted(text, "pdf") if not _shown(figure, seen, marked)]
        if missing:
            path, line = _find(edition, missing[0].text, f"{shown}#page={number}")
            problems.append(unaccounted_problem(path, line, text, missing, "pdf"))
    printed = _comparable("".join(_without_furniture(edition, page) for page in pages))
    for reading in edition.site.readings(edition.lang):
        if reading.unread:
            continue
        for block in reading.blocks:
            if block.editorial or block.element is None:
                continue
            text = _comparable(printed_text(block.element, leave_out=frozenset({BUTTON})))
            absent = [
                piece
                for piece in FRAGMENT.findall(text)
                if len(piece) >= MIN_FRAGMENT and not _in_print(piece, printed)
            ]
            if absent:
                problems.append(
                    problem(reading.display, block.line, ACCOUNTED, "delivered_pdf_missing", text=_quote(absent[0]))
                )
    return problems


LIST_MARKER = re.compile(r"\s*(?:•|\d+\.)\s*")


def _without_markers(text: str) -> str:
    """A PDF page's text without the markers of its lists (• and 1., 2.…),
    which a PDF's text gives on lines of their own after the page's words."""
    return "\n".join(line for line in text.split("\n") if not LIST_MARKER.fullmatch(line))


def _without_furniture(edition: Delivered, text: str) -> str:
    """A PDF page's text without what stands on every page (the running head
    at its top, the page number, the edition and address at its foot), so that a sentence running on
    to the next page reads as one."""
    heads = [normalise(edition.site.editions[edition.lang].config.site_name)]
    heads += [normalise(r.headings[0].text) for r in edition.site.readings(edition.lang) if r.headings]

    edition_words = READER["document"][edition.lang]["edition"] + " · "

    def furniture(line: str) -> bool:
        words = normalise(line)
        footer = line.strip().startswith(edition_words)  # the edition and the page's address (pdf.py)
        return not words or footer or bool(PAGE_NUMBER.fullmatch(line.strip())) or any(words in head for head in heads)

    lines = text.split("\n")
    while lines and furniture(lines[-1]):
        lines.pop()
    while lines and furniture(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


PAGE_NUMBER = re.compile(r"第 \d+ 页，共 \d+ 页|Page \d+ of \d+")


def _comparable(text: str) -> str:
    """Text as the PDF's and a page's are compared: without spaces, and
    without hyphens (pdftotext joins a word hyphenated at a line's end)."""
    return normalise(text).replace("-", "")


FOOTNOTE = "\ue000"  # where a footnote's mark stands, in a page's text run together


def _run_together(body: lxml.html.HtmlElement) -> str:
    """The page's text with nothing put between its elements, as print runs
    them, each footnote's mark as FOOTNOTE (the PDF numbers its footnotes
    through the document, the pages each their own)."""
    body = copy.deepcopy(body)
    for mark in body.xpath("//sup[a[contains(concat(' ', @class, ' '), ' footnote-ref ')]]"):
        mark.text, mark[:] = FOOTNOTE, []
    return "".join(body.itertext())


def _shown(figure: Written, seen: set[str], marked: set[str]) -> bool:
    """Whether a figure of the PDF is one the pages show, as written or as
    print runs their elements together; or one a footnote's mark follows, its
    number (1…99) after it: 37827, 37872 and footnote 11 read "378273787211"."""
    written = " ".join(figure.text.split())
    if written in seen:
        return True
    return any(
        written[:-size] in marked and written[-size:].isdigit() and written[-size] != "0"
        for size in (1, 2)
        if size < len(written)
    )


def _in_print(piece: str, printed: str) -> bool:
    """Whether a piece of a sentence stands in the PDF's text, a footnote's
    number (1, 2…) between its words allowed."""
    if piece in printed:
        return True
    pattern = r"\d{0,2}".join(re.escape(char) for char in piece)
    return re.search(pattern, printed) is not None


def _find(edition: Delivered, needle: str, default: str) -> tuple[str, int]:
    """The page's or file's line that holds `needle` (a figure of the PDF)."""
    for reading in edition.site.readings(edition.lang):
        for number, line in enumerate(reading.lines, 1):
            if needle in line:
                return reading.display, number
    for path in edition.sources:
        try:
            for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
                if needle in line:
                    return display_path(path), number
        except (OSError, UnicodeDecodeError):
            continue
    return default, 1
