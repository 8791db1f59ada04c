"""What WeasyPrint's tagged PDF (PDF/UA-1) leaves out, added while it tags.

WeasyPrint builds the structure tree from the document's boxes
(weasyprint.pdf.tags._build_box_tree, one call a box, recursively). For
every box it tags, this adds from the box's HTML element what it does not:

- a link annotation is described by the link's text (`/Contents`), not by
  its target ("p-home"); an annotation WeasyPrint puts on a box inside a
  link (each line or span of a link's text gets one) is placed in the
  link's `Link` structure element, not in the `Span` of that box;
- a header cell (`TH`) has its `/Scope` (`/Column`, `/Row`), from the
  cell's `scope` attribute; without one, `/Column` in the table's head and
  `/Row` for a row's first and only header cell, as HTML's own rule reads it;
- an element whose `lang` attribute names a language has it as `/Lang`
  (a Chinese passage of the English PDF, an English one of the Chinese),
  which its structure element's descendants inherit.

The HTML says each of these already (the pages' links, `th scope`,
`lang`); the renderer drops them. The hook is on for one rendering only and
checks that the function it wraps is the one it was written for.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# The parameters of the function wrapped, in WeasyPrint 70 (requirements.txt pins it).
PARAMETERS = ["box", "parent", "pdf", "page_number", "nums", "annotations", "tags"]
SCOPES = {"col": "/Column", "colgroup": "/Column", "row": "/Row", "rowgroup": "/Row"}


class TaggingChangedError(RuntimeError):
    """WeasyPrint's tagging is not the one this module extends."""


class Ancestry:
    """The ancestors of the document's elements (WeasyPrint's are
    ElementTree elements, which do not know their parents)."""

    def __init__(self) -> None:
        self.parents: dict[int, Any] = {}

    def add(self, root: Any) -> None:
        if id(root) not in self.parents:
            self.parents[id(root)] = None
            self.parents |= {id(child): parent for parent in root.iter() for child in parent}

    def parent(self, element: Any) -> Any:
        return self.parents.get(id(element))

    def ancestors(self, element: Any) -> Iterator[Any]:
        while (element := self.parent(element)) is not None:
            yield element


def link_text(element: Any) -> str:
    """What a link says: its text, else its images' alternative text, else its target."""
    text = " ".join("".join(element.itertext()).split())
    if text:
        return text
    alts = [image.get("alt", "").strip() for image in element.iter("img")]
    return " ".join(alt for alt in alts if alt) or element.get("href", "")


def header_scope(cell: Any, family: Ancestry) -> str:
    """A header cell's scope, as PDF names it."""
    scope = SCOPES.get((cell.get("scope") or "").strip().lower())
    if scope:
        return scope
    row = family.parent(cell)
    if row is None or any(ancestor.tag == "thead" for ancestor in family.ancestors(cell)):
        return "/Column"
    cells = [child for child in row if child.tag in ("th", "td")]
    headers = [child for child in cells if child.tag == "th"]
    return "/Row" if headers == [cell] and cells[0] is cell and len(cells) > 1 else "/Column"


def _enclosing_link(element: Any, family: Ancestry) -> Any:
    if element is None:
        return None
    return next((ancestor for ancestor in family.ancestors(element) if ancestor.tag == "a"), None)


@contextmanager
def accessible_tags() -> Iterator[None]:
    """WeasyPrint's tagging, with the additions above, while the block runs."""
    import pydyf
    from weasyprint.layout.absolute import AbsolutePlaceholder
    from weasyprint.pdf import tags

    original: Callable[..., Iterator[Any]] | None = getattr(tags, "_build_box_tree", None)
    if original is None or list(inspect.signature(original).parameters) != PARAMETERS:
        raise TaggingChangedError("weasyprint.pdf.tags._build_box_tree is not WeasyPrint 70's")
    links: dict[bytes, Any] = {}  # a structure element's reference -> the Link element it is in
    family = Ancestry()

    def build(
        box: Any, parent: Any, pdf: Any, page_number: int, nums: Any, annotations: list, page_tags: Any
    ) -> Iterator[Any]:
        link = parent if parent.get("S") == "/Link" else links.get(parent.get("P"))
        links[parent.reference] = link
        own = box._box if isinstance(box, AbsolutePlaceholder) else box
        element = getattr(own, "element", None)
        tag = getattr(own, "element_tag", None) if element is not None else None
        if tag == "html":
            family.add(element)
        annotation = getattr(own, "link_annotation", None)
        moved = None
        if annotation is not None:
            # A link's own box, or one of its pseudo-elements' (a::after, the contents' page numbers).
            anchor = element if element is not None and element.tag == "a" else _enclosing_link(element, family)
            if anchor is not None:
                annotation["Contents"] = pydyf.String(link_text(anchor))
            if tag != "a" and link is not None:
                moved, own.link_annotation = annotation, None  # into the Link it is part of
        try:
            for built in original(box, parent, pdf, page_number, nums, annotations, page_tags):
                if element is not None and tag not in ("html", "body") and built.get("P") == parent.reference:
                    if built.get("S") == "/TH" and tag == "th" and "A" in built:
                        built["A"]["Scope"] = header_scope(element, family)
                    if element.get("lang"):
                        built["Lang"] = pydyf.String(element.get("lang"))
                yield built
        finally:
            if moved is not None:
                own.link_annotation = moved
        if moved is not None:
            reference = pydyf.Dictionary(
                {"Type": "/OBJR", "Obj": moved.reference, "Pg": pdf.page_references[page_number]}
            )
            pdf.add_object(reference)
            link["K"].append(reference.reference)
            annotations.append((link.reference, moved))

    tags._build_box_tree = build
    try:
        yield
    finally:
        tags._build_box_tree = original
