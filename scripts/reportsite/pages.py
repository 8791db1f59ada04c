"""Reading the Markdown pages of an edition, tolerantly and without ever
writing to them: a BOM or CRLF line endings are accepted, bytes that are not
UTF-8 become a problem at the line where they occur."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .diagnostics import Problem
from .paths import DOCS, display_path, docs_dir
from .rules import ENCODING, FRONT_MATTER


@dataclass
class Page:
    """One Markdown page: its lines (1-based via `line()`), its front matter."""

    path: Path
    rel: str  # path relative to the edition's docs folder, e.g. "closing.md"
    lang: str
    lines: list[str]
    meta: dict = field(default_factory=dict)
    body_start: int = 1  # number of the first line after the front matter

    @property
    def display(self) -> str:
        return display_path(self.path)

    def line(self, number: int) -> str:
        return self.lines[number - 1]

    def body(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of every line after the front matter."""
        for number in range(self.body_start, len(self.lines) + 1):
            yield number, self.lines[number - 1]


def decode(path: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    """Text of a file as UTF-8 (BOM and CRLF tolerated), or a problem."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start]
        return None, [
            Problem(
                display_path(path),
                line,
                f"the file is not valid UTF-8 (byte 0x{byte:02x} on this line); "
                "expected UTF-8 text: save the file with UTF-8 encoding",
                ENCODING,
            )
        ]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def read_page(path: Path, rel: str, lang: str) -> tuple[Page | None, list[Problem]]:
    text, problems = decode(path, path.read_bytes())
    if text is None:
        return None, problems
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    page = Page(path=path, rel=rel, lang=lang, lines=lines)
    problems += _read_front_matter(page)
    return page, problems


def _read_front_matter(page: Page) -> list[Problem]:
    if not page.lines or page.lines[0].strip() != "---":
        return []
    for number in range(2, len(page.lines) + 1):
        if page.line(number).strip() in ("---", "..."):
            block = "\n".join(page.lines[1 : number - 1])
            page.body_start = number + 1
            try:
                meta = yaml.safe_load(block) or {}
            except yaml.YAMLError as error:
                mark = getattr(error, "problem_mark", None)
                line = 2 + (mark.line if mark else 0)
                reason = getattr(error, "problem", None) or "invalid YAML"
                return [
                    Problem(
                        page.display,
                        line,
                        f"the front matter is not valid YAML ({reason}); "
                        "expected `key: value` lines between the two `---` lines",
                        FRONT_MATTER,
                    )
                ]
            if not isinstance(meta, dict):
                return [
                    Problem(
                        page.display,
                        2,
                        "the front matter is not a mapping; expected `key: value` lines",
                        FRONT_MATTER,
                    )
                ]
            page.meta = meta
            return []
    return [
        Problem(
            page.display,
            1,
            "the front matter is not closed; expected a second `---` line after it",
            FRONT_MATTER,
        )
    ]


def page_paths(lang: str, docs_root: Path = DOCS) -> list[tuple[Path, str]]:
    """(file, path relative to the edition) of every Markdown page, sorted."""
    root = docs_dir(lang, docs_root)
    return sorted((path, path.relative_to(root).as_posix()) for path in root.rglob("*.md"))


def read_edition(lang: str, docs_root: Path = DOCS) -> tuple[list[Page], list[Problem]]:
    pages: list[Page] = []
    problems: list[Problem] = []
    for path, rel in page_paths(lang, docs_root):
        page, found = read_page(path, rel, lang)
        problems += found
        if page is not None:
            pages.append(page)
    return pages, problems
