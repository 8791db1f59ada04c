"""Rendering metric tables: a Python-Markdown extension that marks them up
as data tables (the site plugin adds it to each edition's Markdown).

Only tables the checks accepted are marked up: the plugin tells the
extension, page by page, the codes of each accepted table. Each row gets its
code as its anchor (`#db-01`), numbers are right-aligned with tabular
figures (extra.css) and shown in normal form (full-width digits as ASCII, a
fall with a minus sign), and an approximate value says in words what 余 or +
means. On a phone each row is laid out as a card (extra.css); it stays a
table to screen readers by its native markup (header cells with `scope`),
without ARIA roles, which HTML forbids on a native table's rows and cells.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .catalog import READER
from .metric_table import CODE, COLUMN_CLASSES, HEADERS
from .values import ascii_figures, format_value, parse_value

APPROX_WORDS = {lang: words["said"] for lang, words in READER["approx"].items()}


def _text(element: ET.Element) -> str:
    return "".join(element.itertext()).strip()


class MetricTableProcessor(Treeprocessor):
    def __init__(self, md: Markdown, extension: MetricTableExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: ET.Element) -> None:
        lang = self.extension.lang
        for table in root.iter("table"):
            head = table.find("thead/tr")
            if head is None or tuple(_text(th) for th in head) != HEADERS[lang]:
                continue
            rows = table.findall("tbody/tr")
            codes = tuple(_text(row[0]) for row in rows if len(row))
            if codes not in self.extension.accepted:
                continue
            # An attribute, not a class: Material styles and scroll-wraps only
            # tables without a class, and metric tables should keep both.
            table.set("data-metric-table", lang)
            for th, css in zip(head, COLUMN_CLASSES, strict=True):
                th.set("class", css)
                th.set("scope", "col")
            for row in rows:
                self._mark_row(row, lang)

    def _mark_row(self, row: ET.Element, lang: str) -> None:
        cells = list(row)
        for cell, css in zip(cells, COLUMN_CLASSES, strict=True):
            cell.set("class", css)
            cell.attrib.pop("style", None)
        code_cell, label_cell, value_cell, _, _ = cells
        code = _text(code_cell)
        if CODE.fullmatch(code):
            row.set("id", code.lower())
            for child in list(code_cell):
                code_cell.remove(child)
            code_cell.text = None
            link = ET.SubElement(code_cell, "a", {"href": f"#{code.lower()}", "class": "metric-anchor"})
            link.text = code
        label_cell.tag = "th"  # the row's header, for screen readers
        label_cell.set("scope", "row")
        value = parse_value(_text(value_cell), lang)
        if value is None:
            return
        if not list(value_cell):
            value_cell.text = ascii_figures(_text(value_cell)).replace("-", "−")
        if value.approx:
            exact = format_value(type(value)(value.number), lang)
            value_cell.set("title", APPROX_WORDS[lang].format(value=exact))


class MetricTableExtension(Extension):
    def __init__(self, lang: str = "zh") -> None:
        super().__init__()
        self.lang = lang
        self.accepted: set[tuple[str, ...]] = set()  # the codes of each table the checks accepted

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After inline processing (20), before pretty-printing (10).
        md.treeprocessors.register(MetricTableProcessor(md, self), "metric_tables", 15)
