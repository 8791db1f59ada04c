"""The report as a PDF per edition: downloads/xining-ftu-report-<lang>.pdf.

The whole-report document (reportsite.whole_report.assemble), made from the
pages exactly as the build rendered them (page.content, which the checks
read), is rendered with WeasyPrint and a print stylesheet (assets/pdf.css):
A4, a cover with a QR code of the edition's address, contents with page
numbers, running headers and page numbers in the edition's language, a
footer with the edition and the address of the page a sheet begins in,
bookmarks per page, tagged (PDF/UA-1: links in their Link elements and
described by their text, header cells' scope, each passage's language, as
pdf_tags.py adds them), Noto Serif/Sans CJK SC embedded as
subsets of only the glyphs drawn (pdf_fonts.py). Nothing is fetched from outside: the renderer may read only files
of the site and data: URLs. The same sources give the same bytes: every date
comes from the commit (or SOURCE_DATE_EPOCH), the file identifier from the
version. The site plugin makes the PDF while it builds an edition.
"""

from __future__ import annotations

import hashlib
import logging
import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import cache
from .diagnostics import Problem, ProblemError, problem
from .paths import display_path
from .pdf_fonts import compact_fonts
from .pdf_tags import TaggingChangedError, accessible_tags
from .rules import BUILD
from .version import Version
from .whole_report import ReportMeta, ReportPage, assemble, labels, to_string

ASSETS = Path(__file__).resolve().parent / "assets"
STYLESHEET = ASSETS / "pdf.css"
DOWNLOADS = "downloads"  # the PDFs' folder under the site's root
PDF_VARIANT = "pdf/ua-1"  # tagged, with the document's language and title
# The faces the stylesheet names, from Debian's fonts-noto-cjk and (English)
# fonts-noto-core; any other face in a PDF means a character they lack, or
# the fonts are not installed.
FONTS = {"Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Sans Mono CJK SC", "Noto Serif", "Noto Sans"}
CSS_POSITION = re.compile(r" at (?P<line>\d+):(?P<column>\d+)")


SHORT_NAME = "xining-ftu-report"


def pdf_name(lang: str) -> str:
    """The PDF's file name, the same in every build: xining-ftu-report-zh.pdf."""
    return f"{SHORT_NAME}-{lang}.pdf"


@dataclass(frozen=True)
class PdfDownload:
    """What a page needs to link a PDF: where it is and how big, as a reader reads it."""

    href: str  # from the site's root, e.g. "downloads/xining-ftu-report-zh.pdf"
    size_bytes: int
    size: str  # e.g. "612 KB", "1.2 MB"


def human_size(size_bytes: int) -> str:
    if size_bytes >= 1024 * 1024:
        return f"{size_bytes / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size_bytes / 1024))} KB"


def pdf_download(lang: str, size_bytes: int) -> PdfDownload:
    return PdfDownload(f"{DOWNLOADS}/{pdf_name(lang)}", size_bytes, human_size(size_bytes))


class PdfError(ProblemError):
    """Problems that stop the PDF, each as `path:line: message`."""


class _Warnings(logging.Handler):
    """WeasyPrint's warnings (a CSS rule it ignored, a missing image), kept as problems."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.problems: list[Problem] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        where = CSS_POSITION.search(message)
        line = int(where["line"]) if where else 1
        self.problems.append(problem(display_path(STYLESHEET), line, BUILD, "pdf_warning", message=message))


@contextmanager
def _weasyprint_warnings() -> Iterator[_Warnings]:
    logger = logging.getLogger("weasyprint")
    handler = _Warnings()
    saved = (logger.handlers[:], logger.propagate, logger.level)
    logger.handlers, logger.propagate = [handler], False
    logger.setLevel(logging.WARNING)
    try:
        yield handler
    finally:
        logger.handlers, logger.propagate, logger.level = saved


# --- the edition's pages -------------------------------------------------------------------------


def report_pages(nav: Any) -> list[ReportPage]:
    """The pages of an MkDocs navigation, in its order, as the build rendered
    them, each with the title of the top-level section it is in."""
    pages = []
    for page in nav.pages:
        top = page.parent
        while top is not None and top.parent is not None:
            top = top.parent
        title = str(page.title or "")
        pages.append(ReportPage(page.file.src_uri, page.url, title, top.title if top else None, page.content or ""))
    return pages


def report_meta(config: Any, lang: str, site_url: str, version: Version) -> ReportMeta:
    import segno

    qr = segno.make(site_url, error="m", micro=False).svg_inline(scale=4, border=0) if site_url else ""
    return ReportMeta(
        lang=lang,
        title=config.extra.get("report_title") or config.site_name,  # the whole title, not the header's short one
        issuer=config.site_author or "",
        dates_from=config.extra.get("report_dates_from", ""),
        edition=version.label,
        build_epoch=version.epoch,
        site_url=site_url,
        qr_svg=qr,
        short_title=config.site_name,
    )


# --- rendering ----------------------------------------------------------------------------------


def page_css(meta: ReportMeta) -> str:
    """The stylesheet's words in the edition's language: running header, page
    numbers, the edition before each page's address in the footer."""
    words = labels(meta.lang)

    def css_string(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def counters(template: str) -> str:
        parts = []
        for piece in template.replace("{n}", "\0n\0").replace("{total}", "\0t\0").split("\0"):
            if piece == "n":
                parts.append("counter(page)")
            elif piece == "t":
                parts.append("counter(pages)")
            elif piece:
                parts.append(css_string(piece))
        return " ".join(parts)

    return (
        "@page {\n"
        f"  @top-left {{ content: {css_string(meta.short_title or meta.title)}; }}\n"
        f"  @bottom-left {{ content: {css_string(words['edition'] + ' · ')} string(page-address, start); }}\n"
        f"  @bottom-right {{ content: {counters(words['page_of'])}; }}\n"
        "}\n"
    )


def _fetcher(allowed: list[Path]) -> Any:
    """A URL fetcher that reads files under `allowed` and data: URLs, and refuses everything else."""
    from urllib.parse import unquote, urlsplit

    from weasyprint.urls import FatalURLFetchingError, URLFetcher

    roots = [root.resolve() for root in allowed]

    class LocalOnly(URLFetcher):
        def fetch(self, url: str, headers: dict | None = None) -> Any:
            parts = urlsplit(url)
            if parts.scheme == "file":
                path = Path(unquote(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in roots):
                    return super().fetch(url, headers)
            elif parts.scheme == "data":
                return super().fetch(url, headers)
            raise FatalURLFetchingError(url)

    return LocalOnly(allowed_protocols=["file", "data"])


def render_pdf(meta: ReportMeta, pages: list[ReportPage], base_dir: Path) -> bytes:
    """The edition as PDF bytes. Relative addresses (images) resolve in base_dir,
    the edition's folder of the built site; nothing else may be read."""
    try:
        from weasyprint import CSS, HTML
        from weasyprint.urls import FatalURLFetchingError
    except (ImportError, OSError) as error:
        raise PdfError(problem("requirements.txt", 1, BUILD, "pdf_no_weasyprint", error=error)) from None

    document = assemble(meta, pages)
    fetcher = _fetcher([base_dir, ASSETS])
    identifier = hashlib.sha256(f"{SHORT_NAME}-{meta.lang}-{meta.edition}".encode()).hexdigest()[:32].encode()
    html, css = to_string(document), page_css(meta)
    inputs = _inputs(html, css, identifier, base_dir)
    if inputs is not None and (made := cache.get("pdf", inputs)) is not None:
        return made
    with _weasyprint_warnings() as warnings:
        try:
            stylesheets = [
                CSS(filename=str(STYLESHEET), url_fetcher=fetcher),
                CSS(string=css, url_fetcher=fetcher),
            ]
            rendered = HTML(string=html, base_url=base_dir.resolve().as_uri() + "/", url_fetcher=fetcher).render(
                stylesheets=stylesheets
            )
            with accessible_tags():  # links described by their text, header cells' scope, languages
                # The Chinese fonts with only the glyphs drawn (pdf_fonts.py).
                data = rendered.write_pdf(pdf_variant=PDF_VARIANT, pdf_identifier=identifier, finisher=compact_fonts)
        except TaggingChangedError as error:
            raise PdfError(problem("requirements.txt", 1, BUILD, "pdf_tagging", error=error)) from None
        except FatalURLFetchingError as error:
            url = error.args[0] if error.args else error
            raise PdfError(problem(display_path(STYLESHEET), 1, BUILD, "pdf_outside", url=url)) from None
    if warnings.problems:
        raise PdfError(*warnings.problems)
    others = sorted({font.family for font in rendered.fonts.values()} - FONTS)
    if others:
        raise PdfError(problem(display_path(STYLESHEET), 1, BUILD, "pdf_fonts", fonts=others, expected=sorted(FONTS)))
    if inputs is not None:
        cache.put("pdf", inputs, data)
    return data


def _inputs(html: str, css: str, identifier: bytes, base_dir: Path) -> str | None:
    """The cache key of a PDF: everything its bytes follow from (the document,
    the stylesheets, the files it may read, the fonts installed, the versions
    of WeasyPrint and of this package's code); None, so it is made, when the installed
    fonts cannot be listed."""
    from importlib.metadata import version

    try:
        fonts = subprocess.run(
            ["fc-list", "--format", "%{file}|%{family}|%{style}|%{fontversion}\\n"],
            capture_output=True,
            check=True,
            timeout=30,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    readable = sorted(
        path for root in (base_dir, ASSETS) for path in root.rglob("*") if path.is_file() and path.suffix != ".md"
    )
    code = [path.read_bytes() for path in sorted(Path(__file__).parent.glob("*.py"))]  # whatever makes it
    parts: list[bytes | str] = [html, css, identifier, PDF_VARIANT, version("weasyprint"), version("pydyf"), *code]
    parts += [b"\n".join(sorted(fonts.splitlines()))]
    for path in readable:
        parts += [path.relative_to(base_dir if path.is_relative_to(base_dir) else ASSETS).as_posix(), path.read_bytes()]
    return cache.key(parts)
