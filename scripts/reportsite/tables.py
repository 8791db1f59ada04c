"""Markdown pipe tables, found in a page's lines with their line numbers.

Only what a metric table needs: rows of cells split on unescaped pipes,
outside fenced code blocks. Rendering stays with Python-Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .pages import Page

FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
DELIMITER_CELL = re.compile(r"^:?-{3,}:?$")
PIPE = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Row:
    line: int
    cells: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Table:
    header: Row
    delimiter: Row | None  # None when the second line is not a delimiter row
    rows: tuple[Row, ...]


def split_cells(text: str) -> tuple[str, ...]:
    body = text.strip()
    body = body.removeprefix("|")
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return tuple(cell.strip().replace("\\|", "|") for cell in PIPE.split(body))


def is_delimiter(row: Row) -> bool:
    return bool(row.cells) and all(DELIMITER_CELL.match(cell.replace(" ", "")) for cell in row.cells)


def is_table_line(line: str) -> bool:
    """A line that Markdown may read as a table row: a pipe first, indented at
    most three spaces (a tab, or more spaces, makes it a code block)."""
    stripped = line.lstrip(" ")
    return stripped.startswith("|") and len(line) - len(stripped) <= 3


def tab_indented_row(line: str) -> bool:
    stripped = line.lstrip(" \t")
    return stripped.startswith("|") and "\t" in line[: len(line) - len(stripped)]


def find_tables(page: Page) -> list[Table]:
    tables: list[Table] = []
    block: list[Row] = []
    fence: str | None = None

    def close() -> None:
        if block:
            header, *rest = block
            delimiter = rest[0] if rest and is_delimiter(rest[0]) else None
            rows = rest[1:] if delimiter else rest
            tables.append(Table(header, delimiter, tuple(rows)))
            block.clear()

    for number, line in page.body():
        if match := FENCE.match(line):
            marker = match.group(1)[0] * 3
            if fence is None:
                fence = marker
            elif marker == fence:
                fence = None
            close()
            continue
        if fence is None and is_table_line(line):
            block.append(Row(number, split_cells(line), line))
        else:
            close()
    close()
    return tables


def table_lines(page: Page) -> set[int]:
    """Numbers of the lines that belong to any table."""
    return {
        row.line
        for table in find_tables(page)
        for row in (table.header, *((table.delimiter,) if table.delimiter else ()), *table.rows)
    }
