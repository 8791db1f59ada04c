"""Rule 19: what a page renders is plain, safe HTML.

The check reads the page as rendered (reading.py: Python-Markdown with the
site's extensions, parsed by lxml), so it sees raw HTML, attribute lists and
Markdown alike: only the elements Markdown makes and a few harmless inline
ones, only harmless attributes, no event handlers, no `javascript:` or
`data:` addresses, nothing loaded from another host, no id that could clash
with the theme's own, and no HTML comment hiding text from readers.

What a reader sees is what the checks read:
- classes come from an allow-list (the plugin's `editorial_classes` and
  `layout_classes`); a class that hides content (the theme's
  `md-visually-hidden`, `hidden`…) is refused everywhere, `screen-only`
  (left out of print and the PDF) on report pages;
- the classes the Markdown extensions give their own markup (a heading's
  permalink, a footnote's mark and back link, a CriticMarkup comment),
  which the checks skip as not text, are refused where an editor wrote them;
- on a report page an editor writes no text that shows only on hover
  (`title`, an abbreviation `*[…]: …`): the glossary explains terms;
- a link leads to the site, or to an address of another host the plugin's
  `outside_links` declares (the repository is), and never to a program.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml import etree

from .diagnostics import Problem, problem
from .editorial import HEADING_TAGS as HEADINGS
from .metric_table import ROW_LIKE
from .reading import PageReading
from .rules import SAFE_HTML
from .settings import PagePolicy
from .slips import ADMONITION_TYPES  # `!!! info "…"`: each draws a visible box of its own colour

# What Markdown and the site's extensions make, and harmless inline elements
# an editor may write (<br>, <sup>, <abbr>…).
ALLOWED_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre code hr br table thead tbody tfoot tr th "
    "td caption div span a img strong em b i u s del ins mark sup sub small abbr kbd q cite dfn time "
    "wbr details summary figure figcaption ".split()
)
INLINE_FOR_EDITORS = ("br", "sup", "sub", "abbr", "span", "small", "kbd", "mark", "q", "cite", "dfn", "time", "wbr")
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "title", "lang"})  # not dir: rtl shows text reversed
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
LINK_SCHEMES = {"", "http", "https", "mailto", "tel"}  # a mail or phone address only where declared
TABLE_ALIGN = re.compile(r"text-align:\s*(left|right|center);?")
SAFE_ID = re.compile(r"(?!__)[\w][\w:.-]*")  # not the theme's own "__…" ids
# Classes that hide what they hold from readers, in the theme or in common use.
HIDING_CLASSES = frozenset(
    {"md-visually-hidden", "hidden", "visually-hidden", "sr-only", "screen-reader-text", "invisible", "d-none"}
)
PRINT_HIDDEN = "screen-only"  # left out of print and the PDF (extra.css, pdf.css)
# Program files a link must never download.
PROGRAM_SUFFIXES = (
    ".exe", ".msi", ".msix", ".appx", ".apk", ".aab", ".ipa", ".dmg", ".pkg", ".deb", ".rpm", ".app", ".bat",
    ".cmd", ".com", ".scr", ".ps1", ".vbs", ".vbe", ".wsf", ".js", ".jar", ".sh", ".bin", ".run", ".iso",
    ".img", ".lnk", ".hta", ".msp", ".reg", ".cpl", ".appimage", ".snap", ".flatpak", ".xpi", ".crx", ".xapk",
    # archives, which carry programs as well as anything else
    ".zip", ".7z", ".rar", ".tar", ".gz", ".tgz", ".xz", ".bz2", ".cab",
)  # fmt: skip


def check_safe_html(reading: PageReading, policy: PagePolicy) -> list[Problem]:
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
        if tag in STRUCK and "critic" not in (element.get("class") or "").split():
            problems.append(
                problem(reading.display, _find(reading, f"<{tag}", near), SAFE_HTML, "html_strike", tag=tag)
            )
        if tag == "img":
            problems += _image_problems(reading, element, near)
        problems += _attribute_problems(reading, element, tag, near, policy)
        problems += _class_problems(reading, element, tag, near, policy)
    return problems


STRUCK = frozenset({"del", "ins", "s", "u", "strike"})  # what corrections look like: CriticMarkup's alone


def _image_problems(reading: PageReading, element: Any, near: int) -> list[Problem]:
    """An image says what it shows (alt); on a report page it is the
    editors', so it stands in an editors' block, under its label."""
    line = _find(reading, element.get("src") or "![", near)
    if not (element.get("alt") or "").strip():
        return [problem(reading.display, line, SAFE_HTML, "html_img_alt")]
    if reading.editorial_page or _url_problem("src", element.get("src") or "", PagePolicy()):
        return []  # (an image from another host: its own problem)
    boxes = {block.element for block in reading.editorial_blocks}
    if not any(ancestor in boxes for ancestor in element.iterancestors()):
        return [problem(reading.display, line, SAFE_HTML, "html_img_report_page", alt=_short(element.get("alt")))]
    return []


def _class_problems(reading: PageReading, element: Any, tag: str, near: int, policy: PagePolicy) -> list[Problem]:
    """Classes from the allow-list; the extensions' own only on their own markup."""
    classes = (element.get("class") or "").split()
    if "critic" in classes and tag in ("span", "mark"):  # {>>comment<<}, {==highlight==}
        return [problem(reading.display, _find(reading, "{", near), SAFE_HTML, "html_critic_remark")]
    problems = []
    for name in classes:
        if name in policy.classes and not (name == PRINT_HIDDEN and not reading.editorial_page):
            continue
        if _made_by_an_extension(element, tag, name):
            continue
        line = _find(reading, name, near)
        if name in HIDING_CLASSES or name == PRINT_HIDDEN:
            key = "html_class_hides" if name in HIDING_CLASSES else "html_class_not_printed"
            problems.append(problem(reading.display, line, SAFE_HTML, key, name=name, tag=tag))
        else:
            allowed = sorted(policy.classes - {PRINT_HIDDEN} if not reading.editorial_page else policy.classes)
            problems.append(
                problem(reading.display, line, SAFE_HTML, "html_class", name=name, tag=tag, allowed=allowed)
            )
    return problems


def _genuine_footnote_id(element: Any, tag: str, value: str) -> bool:
    """The footnotes extension's ids (`fn:…`, `fnref:…`), which the checks
    read as a footnote and its mark, only where that extension puts them."""
    if re.match(r"fnref\d*:", value):
        children = list(element)
        is_mark = len(children) == 1 and "footnote-ref" in (children[0].get("class") or "").split()
        return tag == "sup" and is_mark and not (element.text or "").strip() and not (children[0].tail or "").strip()
    if value.startswith("fn:"):
        parent = element.getparent()
        grand = parent.getparent() if parent is not None else None
        return tag == "li" and grand is not None and "footnote" in (grand.get("class") or "").split()
    return True


def made_by_an_extension(element: Any) -> bool:
    """Whether an element is markup a Markdown extension made (a permalink, a
    footnote's mark or back link…), not the editors'."""
    tag = str(element.tag).lower()
    return any(_made_by_an_extension(element, tag, name) for name in (element.get("class") or "").split())


def _made_by_an_extension(element: Any, tag: str, name: str) -> bool:
    """Whether a class is the one a Markdown extension gives its own markup
    there (the checks skip some of it as not text, so it must be genuine)."""
    parent = element.getparent()
    parent_classes = set((parent.get("class") or "").split()) if parent is not None else set()
    classes = set((element.get("class") or "").split())
    text = "".join(element.itertext())
    href = element.get("href") or ""
    if name == "headerlink":  # the toc extension's permalink
        return tag == "a" and parent is not None and parent.tag in HEADINGS and href == f"#{parent.get('id')}"
    if name == "footnote-backref":
        return tag == "a" and re.match(r"#fnref\d*:", href) is not None and text.strip() == "↩"
    if name == "footnote-ref":
        return (
            tag == "a"
            and href.startswith("#fn:")
            and text.strip().isdigit()
            and parent is not None
            and parent.tag == "sup"
        )
    if name == "footnote":
        return tag == "div" and element.find("ol") is not None and element.getnext() is None
    if name == "critic":  # CriticMarkup's corrections; its comments are refused below
        return tag in ("del", "ins") and classes == {"critic"}
    if name == "admonition-title":
        return tag == "p" and "admonition" in parent_classes
    if name in ADMONITION_TYPES:  # !!! note, and ??? note (a details block)
        return (tag == "div" and "admonition" in classes) or tag == "details"
    return False


def _attribute_problems(reading: PageReading, element: Any, tag: str, near: int, policy: PagePolicy) -> list[Problem]:
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
        elif name == "id" and not _genuine_footnote_id(element, tag, value):
            problems.append(problem(reading.display, line, SAFE_HTML, "html_id_footnote", tag=tag, value=value))
        elif name in URL_ATTRIBUTES and (why := _url_problem(name, value, policy)):
            params = {"allowed": list(policy.outside) or ["—"]} if why == "html_link_outside" else {}
            line = _find(reading, value, near)
            problems.append(problem(reading.display, line, SAFE_HTML, why, url=value, tag=tag, **params))
        elif name == "title" and not reading.editorial_page and not made_by_an_extension(element):
            if tag == "abbr":  # an abbreviation's definition, `*[FTU]: …`, at its own line
                line = _find(reading, f"*[{element.text or ''}]", near)
            problems.append(problem(reading.display, line, SAFE_HTML, "html_hover_text", tag=tag, text=_short(value)))
    return problems


def _url_problem(attribute: str, url: str, policy: PagePolicy) -> str | None:
    # As a browser reads it: tabs and newlines dropped, a backslash as a slash
    # ("/\host" is "//host"), escapes decoded and dot segments resolved
    # (".../report-site/../../other" leaves the declared address).
    url = re.sub(r"[\t\n\r]", "", url).strip().replace("\\", "/")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if attribute == "src" and (scheme or url.startswith("//")):
        return "html_src_outside"
    if scheme not in LINK_SCHEMES:
        return "html_url_scheme"
    if browser_path(parts.path).lower().endswith(PROGRAM_SUFFIXES):
        return "html_link_program"
    outside = bool(scheme) or url.startswith("//")
    if outside and not is_declared(url, policy.outside):
        return "html_link_outside"
    return None


def browser_path(path: str) -> str:
    """A link's path as the browser resolves it: escapes decoded, dot segments gone."""
    decoded = unquote(path)
    resolved = posixpath.normpath(decoded) if decoded else decoded
    return resolved + ("/" if decoded.endswith("/") and resolved != "/" else "")


def is_declared(url: str, prefixes: tuple[str, ...]) -> bool:
    """Whether an address of another host is one the configuration declares:
    the same scheme and host, under one of the declared addresses once the
    browser has resolved it (a mail address: exactly one declared)."""
    url = re.sub(r"[\t\n\r]", "", url).strip().replace("\\", "/")
    if url.lower().startswith(("mailto:", "tel:")):
        return any(url.split("?")[0].lower() == prefix.split("?")[0].lower() for prefix in prefixes)
    target = urlsplit(url if "://" in url else "https:" + url)
    path = browser_path(target.path)
    for prefix in prefixes:
        allowed = urlsplit(prefix)
        same_host = (target.scheme.lower(), target.netloc.lower()) == (allowed.scheme.lower(), allowed.netloc.lower())
        if same_host and (path + "/").startswith(allowed.path.rstrip("/") + "/"):
            return True
    return False


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
