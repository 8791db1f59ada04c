"""The metric table, described once: its columns and their names in each
edition, the code of a row, and the classes its cells get when rendered.
The reader (reading.py, metrics.py), the renderer (metric_tables.py), the
generated blocks (glance.py), the scaffold and the stylesheet (extra.css:
`.metric-*`) all follow it."""

from __future__ import annotations

import re

# The header row, exactly, on each edition's pages.
HEADERS = {
    "zh": ("编号", "指标", "数值", "单位", "说明"),
    "en": ("Code", "Indicator", "Value", "Unit", "Note"),
}
# The class of each column's cells (extra.css lays a row out as a card on phones by them).
COLUMN_CLASSES = ("metric-code", "metric-label", "metric-value", "metric-unit", "metric-note")
# A row's code: two or three capital letters, a hyphen, two digits (DB-01).
CODE = re.compile(r"[A-Z]{2,3}-\d{2}")
# A line of source text that looks like a row of a metric table (a code between pipes).
ROW_LIKE = re.compile(r"\|\s*([A-Z]{2,3}-\d{2})\s*\|")


def is_metric_header(cells: tuple[str, ...], lang: str) -> bool:
    return tuple(cells) == HEADERS[lang]
