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

One function, `editorial_kind`, decides for the checks (editorial_checks.py,
delivered.py), the renderer and the
output check alike.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .catalog import READER

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# What a reader sees on every editorial block; the label's own class.
LABEL = {lang: words["label"] for lang, words in READER["editorial"].items()}
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
