"""Rendering metric tables: a Python-Markdown extension that marks them up
as data tables (the hook adds it to each edition's Markdown).

Each row gets the metric's code as its anchor (`#db-01`), numbers are
right-aligned with tabular figures (extra.css), and an approximate value
says in words what 余 or + means.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .metrics import CODE, HEADERS
from .values import format_value, parse_value

COLUMN_CLASSES = ("metric-code", "metric-label", "metric-value", "metric-unit", "metric-note")
APPROX_WORDS = {"zh": "多于{}", "en": "more than {}"}


def _text(element: ET.Element) -> str:
    return "".join(element.itertext()).strip()


class MetricTableProcessor(Treeprocessor):
    def __init__(self, md: Markdown, lang: str) -> None:
        super().__init__(md)
        self.lang = lang

    def run(self, root: ET.Element) -> None:
        for table in root.iter("table"):
            head = table.find("thead/tr")
            if head is None or tuple(_text(th) for th in head) != HEADERS[self.lang]:
                continue
            # An attribute, not a class: Material styles and scroll-wraps only
            # tables without a class, and metric tables should keep both.
            table.set("data-metric-table", self.lang)
            for th, css in zip(head, COLUMN_CLASSES, strict=True):
                th.set("class", css)
                th.set("scope", "col")
            for row in table.iterfind("tbody/tr"):
                self._mark_row(row)

    def _mark_row(self, row: ET.Element) -> None:
        cells = list(row)
        if len(cells) != len(COLUMN_CLASSES):
            return  # the checks report it; render it as written
        for cell, css in zip(cells, COLUMN_CLASSES, strict=True):
            cell.set("class", css)
            cell.attrib.pop("style", None)
        code_cell, _, value_cell, _, _ = cells
        code = _text(code_cell)
        if CODE.fullmatch(code):
            row.set("id", code.lower())
            for child in list(code_cell):
                code_cell.remove(child)
            code_cell.text = None
            link = ET.SubElement(code_cell, "a", {"href": f"#{code.lower()}", "class": "metric-anchor"})
            link.text = code
        value = parse_value(_text(value_cell), self.lang)
        if value is not None and value.approx:
            exact = format_value(type(value)(value.number), self.lang)
            value_cell.set("title", APPROX_WORDS[self.lang].format(exact))


class MetricTableExtension(Extension):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After inline processing (20), before pretty-printing (10).
        md.treeprocessors.register(MetricTableProcessor(md, self.lang), "metric_tables", 15)
