"""What is the editors' rather than the report's, and how readers see that it is
(rule 21).

On a report page, readers can take a block for the editors' only where the
page shows it so. These are the blocks that may hold the editors' words:

- a heading marked `.editorial` (the "主要指标" heading over a metric table);
- a box: an admonition (`!!! info "…"`) or a details block (`??? note`);
- grid cards (`<div class="grid cards" markdown>`);
- the footnotes at the page's end (the reasons for the corrections);
- a button (`[…](page.md){ .md-button }`): it names the page it opens.

The renderer (`EditorialLabels`, added to each edition's Markdown by the site
plugin) gives every such block but a button a visible label, "编者注" /
"Editors’ note", so that it can neither be forgotten nor left unmarked: the
checks read a page without the labels (reading.py), the output check
(delivered.py) finds one on every editorial block of a built page. An
editorial class anywhere else (on a paragraph, on inline HTML) looks like the
report to a reader, so its text is checked as the report's.

One function, `editorial_kind`, decides for the checks, the renderer and the
output check alike.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .diagnostics import Problem, problem
from .messages import Words
from .rules import EDITORIAL

if TYPE_CHECKING:
    from .reading import PageReading

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# What a reader sees on every editorial block; the label's own class.
LABEL = {"zh": "编者注", "en": "Editors’ note"}
MARK = "editorial-mark"
LABEL_LINE = "editorial-label"  # a paragraph that holds only the label (cards, footnotes)
BUTTON = "md-button"


class Kind(StrEnum):
    HEADING = "heading"
    BOX = "box"
    CARDS = "cards"
    FOOTNOTES = "footnotes"
    BUTTON = "button"


@dataclass(frozen=True)
class Editorial:
    """What is editorial rather than the report's own text: whole pages, and
    blocks marked with one of these classes (admonitions, footnotes, cards…)."""

    pages: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()


NOTHING_EDITORIAL = Editorial()


def classes_of(element: ET.Element) -> set[str]:
    return set((element.get("class") or "").split())


def editorial_kind(tag: str, classes: Iterable[str], editorial_classes: Iterable[str], *, at_end: bool) -> Kind | None:
    """The kind of editorial block an element of a report page is, or None.
    `at_end`: the element is the page's last top-level block (where the
    footnotes stand)."""
    classes = set(classes)
    marked = classes & set(editorial_classes)
    if tag == "details":
        return Kind.BOX
    if tag in HEADING_TAGS:
        return Kind.HEADING if marked else None
    if tag == "a":
        return Kind.BUTTON if BUTTON in classes else None
    if tag != "div":
        return None
    if "admonition" in marked:
        return Kind.BOX
    if "grid" in marked and "cards" in classes:
        return Kind.CARDS
    if "footnote" in marked and at_end:
        return Kind.FOOTNOTES
    return None


# --- the label, in the rendered page ---------------------------------------------------------


def label_element(lang: str) -> ET.Element:
    mark = ET.Element("span", {"class": MARK, "data-search-exclude": ""})
    mark.text = LABEL[lang]
    return mark


class EditorialLabelProcessor(Treeprocessor):
    def __init__(self, md: Markdown, extension: EditorialLabels) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: ET.Element) -> None:
        if not self.extension.active:
            return
        children = list(root)
        for index, element in enumerate(children):
            self._visit(element, at_end=index == len(children) - 1)

    def _visit(self, element: ET.Element, at_end: bool) -> None:
        kind = editorial_kind(element.tag, classes_of(element), self.extension.classes, at_end=at_end)
        if kind is not None and kind != Kind.BUTTON:
            self._label(element, kind)
            return  # a block inside an editorial block is the editors' already
        for child in element:
            self._visit(child, at_end=False)

    def _label(self, element: ET.Element, kind: Kind) -> None:
        lang = self.extension.lang
        mark = label_element(lang)
        if kind == Kind.HEADING:
            # The table of contents and the navigation keep the heading's own words.
            element.set("data-toc-label", "".join(element.itertext()).strip())
            _prepend(element, mark)
            return
        title = next(
            (child for child in element if child.tag == "summary" or "admonition-title" in classes_of(child)), None
        )
        if title is not None:
            _prepend(title, mark)
            return
        line = ET.Element("p", {"class": LABEL_LINE})
        line.append(mark)
        # The footnotes open with a rule: the label comes under it.
        position = 1 if kind == Kind.FOOTNOTES and len(element) and element[0].tag == "hr" else 0
        element.insert(position, line)


def _prepend(element: ET.Element, mark: ET.Element) -> None:
    """The label before an element's words, a space between (copied text and
    search keep them apart)."""
    mark.tail = " " + (element.text or "").lstrip()
    element.text = None
    element.insert(0, mark)


class EditorialLabels(Extension):
    """Python-Markdown extension: the label on every editorial block of a
    report page (the plugin sets `active`, `lang` and `classes` per page)."""

    def __init__(self, lang: str = "zh", classes: Iterable[str] = ()) -> None:
        super().__init__()
        self.lang = lang
        self.classes = frozenset(classes)
        self.active = False  # on report pages only: an editorial page is the editors' throughout

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After attr_list (8), which sets a heading's classes, before the table
        # of contents (5), which then takes the heading's own words.
        md.treeprocessors.register(EditorialLabelProcessor(md, self), "editorial_labels", 7)


# --- rule 21: editorial blocks in both editions; buttons name their page ----------------------

KIND_WORDS = {
    Kind.HEADING: Words("编者加的标题", "editors' heading"),
    Kind.BOX: Words("编者说明框", "editors' note box"),
    Kind.CARDS: Words("编者的卡片", "editors' cards"),
    Kind.FOOTNOTES: Words("脚注", "footnotes"),
}


def check_editorial_parity(zh: PageReading, en: PageReading) -> list[Problem]:
    """Every editorial block of a report page has its counterpart, in the
    same order, on the page of the other edition; so has every button, to
    the same page."""
    problems = []
    zh_kinds = [block.kind for block in zh.editorial_blocks]
    en_kinds = [block.kind for block in en.editorial_blocks]
    if zh_kinds != en_kinds:
        index = next((i for i, (a, b) in enumerate(zip(zh_kinds, en_kinds, strict=False)) if a != b), None)
        index = min(len(zh_kinds), len(en_kinds)) if index is None else index
        if index < len(zh_kinds) and (index >= len(en_kinds) or zh_kinds[index:].count(en_kinds[index]) < 1):
            block = zh.editorial_blocks[index]
            line = en.editorial_blocks[index].line if index < len(en.editorial_blocks) else _last_line(en)
            where = f"{zh.display}:{block.line}"
            problems.append(
                problem(en.display, line, EDITORIAL, "editorial_missing_en", kind=KIND_WORDS[block.kind], where=where)
            )
        else:
            block = en.editorial_blocks[index]
            problems.append(
                problem(
                    en.display,
                    block.line,
                    EDITORIAL,
                    "editorial_extra_en",
                    kind=KIND_WORDS[block.kind],
                    page=zh.display,
                )
            )
    zh_buttons = [link for link in zh.links if link.button]
    en_buttons = [link for link in en.links if link.button]
    for index, link in enumerate(en_buttons):
        other = zh_buttons[index] if index < len(zh_buttons) else None
        if other is None or _target(other.href) != _target(link.href):
            problems.append(
                problem(
                    en.display, link.line, EDITORIAL, "button_parity", text=link.text, href=link.href, page=zh.display
                )
            )
            return problems
    if len(zh_buttons) > len(en_buttons):
        missing = zh_buttons[len(en_buttons)]
        problems.append(
            problem(
                en.display,
                en_buttons[-1].line if en_buttons else _last_line(en),
                EDITORIAL,
                "button_missing_en",
                text=missing.text,
                href=missing.href,
                where=f"{zh.display}:{missing.line}",
            )
        )
    return problems


def check_buttons(reading: PageReading, titles: dict[str, str]) -> list[Problem]:
    """A button on a report page names the page it opens, in its words (the
    page's heading): a button is the site's navigation, never a claim.
    `titles`: the heading of each page of the edition, by its path."""
    if reading.editorial_page:
        return []
    problems = []
    for link in reading.links:
        if not link.button:
            continue
        target = _resolve(reading.rel, link.href)
        title = titles.get(target) if target else None
        if title is not None and " ".join(link.text.split()) != title:
            problems.append(
                problem(reading.display, link.line, EDITORIAL, "button_text_not_title", text=link.text, title=title)
            )
    return problems


def _target(href: str) -> str:
    return href.split("#", 1)[0]


def _resolve(rel: str, href: str) -> str | None:
    """The page (its path in docs/) a relative link leads to, if any."""
    path = _target(href)
    if not path or "://" in path or path.startswith(("/", "mailto:")):
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
    if target.endswith("/"):
        target += "index.md"
    return target if target.endswith(".md") else None


def _last_line(reading: PageReading) -> int:
    return len(reading.lines) or 1
