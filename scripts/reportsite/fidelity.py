"""Fidelity of the Chinese pages to the source text.

Every sentence of the source must stand on some Chinese page word for word.
Editors may correct the source only with CriticMarkup, which the reader sees
(`{~~原文~>改为~~}`, `{++补字++}`, `{--删字--}`), each followed by a footnote
giving the reason. To compare, a page is turned back into the source's text:
corrections are undone, Markdown syntax is dropped, whitespace is ignored
(the printed layout broke lines and spaced out headings).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from .diagnostics import Problem
from .markup import FOOTNOTE_DEF, FOOTNOTE_REF, plain_text
from .pages import Page, decode
from .paths import display_path
from .rules import FIDELITY

SENTENCE_END = re.compile(r"(?<=[。！？；])")
WHITESPACE = re.compile(r"\s+")

# CriticMarkup, undone: substitution keeps the original, insertion is
# dropped, deletion keeps the deleted text, comments go, highlights stay.
CRITIC_UNDO = (
    (re.compile(r"\{~~(.*?)~>(.*?)~~\}"), r"\1"),
    (re.compile(r"\{\+\+(.*?)\+\+\}"), ""),
    (re.compile(r"\{--(.*?)--\}"), r"\1"),
    (re.compile(r"\{>>(.*?)<<\}"), ""),
    (re.compile(r"\{==(.*?)==\}"), r"\1"),
)
CRITIC_MARK = re.compile(r"\{(~~.*?~~|\+\+.*?\+\+|--.*?--)\}")


@dataclass(frozen=True)
class Fragment:
    line: int
    text: str


def normalise(text: str) -> str:
    return WHITESPACE.sub("", text)


def source_fragments(text: str) -> list[Fragment]:
    """The source cut into sentences; a layout block that breaks off in the
    middle of a sentence gives a fragment of it."""
    fragments = []
    for number, line in enumerate(text.split("\n"), start=1):
        for piece in SENTENCE_END.split(line):
            piece = normalise(piece)
            if piece:
                fragments.append(Fragment(number, piece))
    return fragments


def read_source(path: Path) -> str:
    text, problems = decode(path, path.read_bytes())
    if text is None:
        raise ValueError(str(problems[0]))
    return text


@dataclass
class OriginalText:
    """A page's text as the source had it, with a map back to page lines."""

    text: str
    starts: list[int]  # offset in `text` where each kept line begins
    numbers: list[int]  # the page line number of each kept line

    def line_at(self, offset: int) -> int:
        index = max(bisect_right(self.starts, offset) - 1, 0)
        return self.numbers[index] if self.numbers else 1


def original_text(page: Page) -> OriginalText:
    parts: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    length = 0
    in_footnote = False
    for number, line in page.body():
        if FOOTNOTE_DEF.match(line):
            in_footnote = True
            continue
        if in_footnote and (line.startswith("    ") or not line.strip()):
            continue
        in_footnote = False
        stripped = line.strip()
        if stripped.startswith(("|", "!!!", "???", "---")):
            continue  # tables (figures, not prose), admonition titles, rules
        for pattern, replacement in CRITIC_UNDO:
            stripped = pattern.sub(replacement, stripped)
        stripped = normalise(plain_text(stripped))
        if stripped:
            starts.append(length)
            numbers.append(number)
            parts.append(stripped)
            length += len(stripped)
    return OriginalText("".join(parts), starts, numbers)


def check_corrections_marked(page: Page) -> list[Problem]:
    """Every correction is followed by a footnote that explains it."""
    problems = []
    for number, line in page.body():
        for mark in CRITIC_MARK.finditer(line):
            if not FOOTNOTE_REF.match(line, mark.end()):
                problems.append(
                    Problem(
                        page.display,
                        number,
                        f"the correction {mark.group(0)} has no footnote; expected a "
                        "footnote right after it giving the source's reading and the reason, "
                        "e.g. {~~以~>党对~~}[^c1] … [^c1]: 原文作“…”，据文意校改。",
                        FIDELITY,
                    )
                )
    return problems


def check_fidelity(source_path: Path, pages: list[Page]) -> list[Problem]:
    """Problems for every source sentence not found word for word on a page."""
    texts = [(page, original_text(page)) for page in pages]
    problems = []
    for page in pages:
        problems += check_corrections_marked(page)
    for fragment in source_fragments(read_source(source_path)):
        if any(fragment.text in text.text for _, text in texts):
            continue
        problems.append(_missing(fragment, texts, source_path))
    return problems


def _missing(fragment: Fragment, texts: list[tuple[Page, OriginalText]], source_path: Path) -> Problem:
    """Point at the page line that comes closest to the missing sentence."""
    best: tuple[int, Page, int] | None = None
    for page, text in texts:
        matcher = SequenceMatcher(None, text.text, fragment.text, autojunk=False)
        match = matcher.find_longest_match(0, len(text.text), 0, len(fragment.text))
        if best is None or match.size > best[0]:
            best = (match.size, page, text.line_at(match.a))
    quoted = fragment.text if len(fragment.text) <= 60 else fragment.text[:60] + "…"
    where = f"{display_path(source_path)}:{fragment.line}"
    if best and best[0] >= max(4, len(fragment.text) // 3):
        _, page, line = best
        return Problem(
            page.display,
            line,
            f"this passage differs from the source ({where}): “{quoted}”; expected the "
            "source's words unchanged, or the change marked as a correction "
            "({~~原文~>改为~~} with a footnote)",
            FIDELITY,
        )
    return Problem(
        where.rsplit(":", 1)[0],
        fragment.line,
        f"this sentence of the source is on no Chinese page: “{quoted}”; expected it "
        "word for word on the page of its section",
        FIDELITY,
    )
