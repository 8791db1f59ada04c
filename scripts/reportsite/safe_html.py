"""Rule 19: what a page renders is plain, safe HTML.

The check reads the page as rendered (reading.py: Python-Markdown with the
site's extensions, parsed by lxml), so it sees raw HTML, attribute lists and
Markdown alike: only the elements Markdown makes and a few harmless inline
ones, only harmless attributes, no event handlers, no `javascript:` or
`data:` addresses, nothing loaded from another host, no id that could clash
with the theme's own, and no HTML comment hiding text from readers.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from .diagnostics import Problem, problem
from .reading import ROW_LIKE, PageReading
from .rules import SAFE_HTML

# What Markdown and the site's extensions make, and harmless inline elements
# an editor may write (<br>, <sup>, <abbr>…).
ALLOWED_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre code hr br table thead tbody tfoot tr th "
    "td caption div span a img strong em b i u s del ins mark sup sub small abbr kbd q cite dfn time "
    "wbr details summary figure figcaption ".split()
)
INLINE_FOR_EDITORS = ("br", "sup", "sub", "abbr", "span", "small", "kbd", "mark", "q", "cite", "dfn", "time", "wbr")
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "title", "lang", "dir"})
TAG_ATTRIBUTES = {
    "a": {"href", "hreflang", "rel"},
    "img": {"src", "alt", "width", "height", "loading", "decoding"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "style", "scope"},
    "ol": {"start", "type", "reversed"},
    "li": {"value"},
    "details": {"open"},
    "time": {"datetime"},
}
URL_ATTRIBUTES = {"href", "src"}
LINK_SCHEMES = {"", "http", "https", "mailto"}
TABLE_ALIGN = re.compile(r"text-align:\s*(left|right|center);?")
SAFE_ID = re.compile(r"(?!__)[\w][\w:.-]*")  # not the theme's own "__…" ids


def check_safe_html(reading: PageReading) -> list[Problem]:
    lines = _element_lines(reading)
    problems = []
    refused: list = []  # a disallowed element's contents are its own problem
    for element in reading.root.iter():
        if element is reading.root or any(element in ancestor.iterdescendants() for ancestor in refused):
            continue
        if isinstance(element, etree._Comment):
            text = (element.text or "").strip()
            if text and not ROW_LIKE.search(text):  # rows in comments: rule 4 says so
                hidden = next((h for h in reading.hidden if h.text == text), None)
                line = hidden.line if hidden else reading.body_start
                problems.append(problem(reading.display, line, SAFE_HTML, "html_comment", text=_short(text)))
            continue
        if not isinstance(element.tag, str):
            continue
        near = _near(element, lines, reading.body_start)
        tag = element.tag.lower()
        if tag not in ALLOWED_TAGS:
            line = _find(reading, f"<{tag}", near)
            problems.append(problem(reading.display, line, SAFE_HTML, "html_tag", tag=tag, allowed=INLINE_FOR_EDITORS))
            refused.append(element)
            continue
        problems += _attribute_problems(reading, element, tag, near)
    return problems


def _attribute_problems(reading: PageReading, element: Any, tag: str, near: int) -> list[Problem]:
    problems = []
    allowed = GLOBAL_ATTRIBUTES | TAG_ATTRIBUTES.get(tag, set())
    for name, value in element.attrib.items():
        name = name.lower()
        line = _find(reading, name, near)
        if name not in allowed:
            key = "html_event_handler" if name.startswith("on") else "html_attribute"
            problems.append(
                problem(reading.display, line, SAFE_HTML, key, attribute=name, tag=tag, allowed=sorted(allowed))
            )
        elif name == "style" and not TABLE_ALIGN.fullmatch(value.strip()):
            problems.append(problem(reading.display, line, SAFE_HTML, "html_style", tag=tag, value=value))
        elif name == "id" and not SAFE_ID.fullmatch(value):
            problems.append(problem(reading.display, line, SAFE_HTML, "html_id", tag=tag, value=value))
        elif name in URL_ATTRIBUTES and (why := _url_problem(name, value)):
            problems.append(problem(reading.display, _find(reading, value, near), SAFE_HTML, why, url=value, tag=tag))
    return problems


def _url_problem(attribute: str, url: str) -> str | None:
    # As a browser reads it: tabs and newlines dropped, a backslash as a slash ("/\host" is "//host").
    url = re.sub(r"[\t\n\r]", "", url).strip().replace("\\", "/")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if attribute == "src" and (scheme or url.startswith("//")):
        return "html_src_outside"
    if scheme not in LINK_SCHEMES:
        return "html_url_scheme"
    return None


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _element_lines(reading: PageReading) -> dict[Any, int]:
    lines = {block.element: block.line for block in reading.blocks if block.element is not None}
    for table in reading.tables:
        lines[table.element] = table.line
        lines.update({row.element: row.line for row in table.rows})
    return lines


def _near(element: Any, lines: dict[Any, int], default: int) -> int:
    while element is not None:
        if element in lines:
            return lines[element]
        element = element.getparent()
    return default


def _find(reading: PageReading, needle: str, near: int) -> int:
    """The first line from `near` (else from the top) that holds `needle`."""
    needle = needle.lower()
    numbers = list(range(near, len(reading.lines) + 1)) + list(range(reading.body_start, near))
    return next((n for n in numbers if needle in reading.lines[n - 1].lower()), near)
