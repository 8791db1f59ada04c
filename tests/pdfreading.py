"""What a reader gets from a PDF: text (poppler's pdftotext, page by page,
without the running header and footer where asked), words with their
positions, fonts (pdffonts), the outline and links, the structure tree and
the text of each marked-content sequence (pypdf)."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NumberObject

# The text area of an A4 page (points from the top): pdf.css has margins of
# 20 mm above, 18 mm below. The running header ends above HEADER_LINE, the
# page number starts below FOOTER_LINE (large type reaches a little above
# the text area).
PAGE_HEIGHT = 841.89
BODY_TOP = 20 / 25.4 * 72
BODY_BOTTOM = PAGE_HEIGHT - 18 / 25.4 * 72
HEADER_LINE = BODY_TOP - 4
FOOTER_LINE = BODY_BOTTOM + 6
WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return WHITESPACE.sub("", text)


def poppler(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is missing; expected Debian's poppler-utils (bash scripts/setup.sh --dev)")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


@dataclass(frozen=True)
class Word:
    page: int  # 1-based
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float
    text: str

    @property
    def in_body(self) -> bool:
        """Not in the running header or the page number."""
        return HEADER_LINE <= self.y0 < FOOTER_LINE


@dataclass
class Pdf:
    path: Path
    lang: str
    _cache: dict = field(default_factory=dict)

    @functools.cached_property
    def reader(self) -> PdfReader:
        return PdfReader(self.path)

    @property
    def page_count(self) -> int:
        return len(self.reader.pages)

    def page_texts(self, body_only: bool = False) -> list[str]:
        """The text of each page; body_only: without running header and page number."""
        crop = ["-x", "0", "-y", f"{HEADER_LINE:.0f}", "-W", "600", "-H", f"{FOOTER_LINE - HEADER_LINE:.0f}"]
        text = poppler("pdftotext", *(crop if body_only else []), str(self.path), "-")
        return text.split("\f")[: self.page_count]

    def body_text(self) -> str:
        """The whole document's text as a reader reads it, headers and footers left out."""
        return "\n".join(self.page_texts(body_only=True))

    @functools.cached_property
    def words(self) -> list[Word]:
        xhtml = poppler("pdftotext", "-bbox", str(self.path), "-")
        root = etree.fromstring(xhtml.encode("utf-8"))
        words = []
        for number, page in enumerate(root.iter("{*}page"), start=1):
            for word in page.iter("{*}word"):
                x0, y0, x1, y1 = (float(word.get(key)) for key in ("xMin", "yMin", "xMax", "yMax"))
                words.append(Word(number, x0, y0, x1, y1, word.text or ""))
        return words

    @functools.cached_property
    def outline(self) -> list[tuple[int, str, int]]:
        """(level, title, 1-based page) of every bookmark, in order."""
        result: list[tuple[int, str, int]] = []

        def walk(items: list, level: int) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item, level + 1)
                else:
                    result.append((level, item.title, self.reader.get_destination_page_number(item) + 1))

        walk(self.reader.outline, 1)
        return result

    @functools.cached_property
    def structure(self) -> list[tuple[DictionaryObject, list[DictionaryObject], str]]:
        """(element, its ancestors from the root down, its language: its own
        /Lang or the nearest ancestor's, else the document's) of every
        element of the structure tree, in document order."""
        result = []
        document_lang = str(self.reader.trailer["/Root"].get("/Lang", ""))

        def walk(node: DictionaryObject, chain: list[DictionaryObject], lang: str) -> None:
            lang = str(node["/Lang"]) if "/Lang" in node else lang
            result.append((node, chain, lang))
            kids = node.get("/K")
            kids = kids.get_object() if isinstance(kids, IndirectObject) else kids
            for kid in kids if isinstance(kids, ArrayObject) else [kids] if kids is not None else []:
                kid = kid.get_object()
                if isinstance(kid, DictionaryObject) and kid.get("/Type") not in ("/OBJR", "/MCR"):
                    walk(kid, [*chain, node], lang)

        walk(self.reader.trailer["/Root"]["/StructTreeRoot"].get_object(), [], document_lang)
        return result

    @functools.cached_property
    def marked_languages(self) -> dict[tuple[int, int], str]:
        """The language of each marked-content sequence, (0-based page, MCID),
        as the structure tree gives it."""
        pages = {page.indirect_reference.idnum: number for number, page in enumerate(self.reader.pages)}
        languages = {}
        for element, _, lang in self.structure:
            page = element.raw_get("/Pg").idnum if "/Pg" in element else None
            kids = element.get("/K")
            kids = kids.get_object() if isinstance(kids, IndirectObject) else kids
            for kid in kids if isinstance(kids, ArrayObject) else [kids] if kids is not None else []:
                if isinstance(kid, NumberObject) and page in pages:
                    languages[(pages[page], int(kid))] = lang
        return languages

    @functools.cached_property
    def marked_texts(self) -> dict[tuple[int, int | None], str]:
        """The text of each marked-content sequence, by (0-based page, MCID)."""
        texts: dict[tuple[int, int | None], str] = {}
        for number, page in enumerate(self.reader.pages):
            stack: list[int | None] = []

            def before(operator: bytes, operands: list, cm: object, tm: object, stack: list = stack) -> None:
                if operator == b"BDC":
                    properties = operands[1] if len(operands) > 1 else None
                    stack.append(properties.get("/MCID") if isinstance(properties, DictionaryObject) else None)
                elif operator == b"BMC":
                    stack.append(None)
                elif operator == b"EMC" and stack:
                    stack.pop()

            def text(
                found: str,
                cm: object,
                tm: object,
                font: object,
                size: object,
                number: int = number,
                stack: list = stack,
            ) -> None:
                mcid = next((mcid for mcid in reversed(stack) if mcid is not None), None)
                if found:
                    texts[(number, mcid)] = texts.get((number, mcid), "") + found

            page.extract_text(visitor_operand_before=before, visitor_text=text)
        return texts
