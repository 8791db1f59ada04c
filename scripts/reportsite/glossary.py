"""The glossary of official terms (data/glossary.yml): one English rendering
per Chinese term, with an explanation for a foreign reader.

It drives the glossary page of each edition, a tooltip on the first use of
each term on an English page, and rule 15: where a Chinese page uses a term,
its English page renders it as the glossary says.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .datafiles import entries, load_yaml
from .diagnostics import Problem
from .markup import plain_text
from .pages import Page
from .parity import headings
from .paths import DATA, display_path
from .rules import GLOSSARY

GLOSSARY_FILE = DATA / "glossary.yml"
MARKER = "<!-- glossary -->"
SKIP_TAGS = {"a", "abbr", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "dfn"}


@dataclass(frozen=True)
class Term:
    zh: str
    en: str
    explanation_en: str
    explanation_zh: str
    line: int

    @property
    def anchor(self) -> str:
        return "term-" + re.sub(r"[^a-z0-9]+", "-", self.en.lower()).strip("-")


def load_glossary(path: Path = GLOSSARY_FILE) -> tuple[list[Term], list[Problem]]:
    root, problems = load_yaml(path, GLOSSARY)
    terms = []
    for line, entry in entries(root, "terms"):
        fields = ("zh", "en", "explanation_en", "explanation_zh")
        if not all(isinstance(entry.get(field), str) and entry[field].strip() for field in fields):
            problems.append(
                Problem(display_path(path), line, f"a term needs {', '.join(f'`{f}`' for f in fields)}", GLOSSARY)
            )
            continue
        terms.append(Term(*(str(entry[field]).strip() for field in fields), line))
    return terms, problems


def _plain_lines(page: Page) -> list[tuple[int, str]]:
    return [(number, plain_text(line)) for number, line in page.body()]


def check_glossary(terms: list[Term], pages: dict[str, list[Page]], path: Path = GLOSSARY_FILE) -> list[Problem]:
    """Where a Chinese page uses a term, its English page uses the rendering."""
    problems = []
    english = {page.rel: page for page in pages.get("en", [])}
    for zh in pages.get("zh", []):
        en = english.get(zh.rel)
        if en is None or zh.rel == "glossary.md":
            continue
        zh_lines = _plain_lines(zh)
        en_text = "\n".join(text for _, text in _plain_lines(en)).lower()
        for term in terms:
            used = next((number for number, text in zh_lines if term.zh in text), None)
            if used is None or term.en.lower() in en_text:
                continue
            problems.append(
                Problem(
                    en.display,
                    _matching_section_line(zh, en, used),
                    f"the Chinese page uses “{term.zh}” ({zh.display}:{used}), but this page never writes its "
                    f"glossary rendering “{term.en}”; expected “{term.en}” as in {display_path(path)}:{term.line}",
                    GLOSSARY,
                )
            )
    return problems


def _matching_section_line(zh: Page, en: Page, zh_line: int) -> int:
    """The line of the English heading of the section the Chinese line is in."""
    section = None
    for heading in headings(zh):
        if heading.line <= zh_line:
            section = heading.id
    for heading in headings(en):
        if heading.id == section:
            return heading.line
    return 1


def glossary_markdown(terms: list[Term], lang: str) -> str:
    """The glossary as the HTML of a definition list, for the glossary page."""
    items = []
    for term in terms:
        if lang == "zh":
            title = f'<dfn>{html.escape(term.zh)}</dfn> <span lang="en">{html.escape(term.en)}</span>'
            text = term.explanation_zh
        else:
            title = f'<dfn>{html.escape(term.en)}</dfn> <span lang="zh-Hans">{html.escape(term.zh)}</span>'
            text = term.explanation_en
        items.append(f'<dt id="{term.anchor}">{title}</dt>\n<dd>{html.escape(text)}</dd>')
    return '<dl class="glossary">\n' + "\n".join(items) + "\n</dl>"


class FirstUseProcessor(Treeprocessor):
    """Wraps the first use of each term on a page in <abbr title="…">."""

    def __init__(self, md: Markdown, terms: list[Term]) -> None:
        super().__init__(md)
        # Longest first, so that a term inside a longer one is not taken first.
        self.terms = sorted(terms, key=lambda term: -len(term.en))

    def run(self, root: ET.Element) -> None:
        for term in self.terms:
            pattern = re.compile(rf"(?<![\w-]){re.escape(term.en)}(?![\w-])")
            self._wrap_first(root, pattern, term.explanation_en)

    def _wrap_first(self, element: ET.Element, pattern: re.Pattern, title: str) -> bool:
        """Wrap the first match in the subtree; text before children first."""
        if element.tag in SKIP_TAGS:
            return False
        if element.text and (abbr := _abbr(element.text, pattern, title)):
            element.text = abbr.tail_before
            element.insert(0, abbr.element)
            return True
        for child in list(element):
            if self._wrap_first(child, pattern, title):
                return True
            if child.tail and (abbr := _abbr(child.tail, pattern, title)):
                child.tail = abbr.tail_before
                element.insert(list(element).index(child) + 1, abbr.element)
                return True
        return False


@dataclass
class _Wrapped:
    element: ET.Element  # the <abbr>, with the text after the match as its tail
    tail_before: str  # the text before the match


def _abbr(text: str, pattern: re.Pattern, title: str) -> _Wrapped | None:
    match = pattern.search(text)
    if not match:
        return None
    abbr = ET.Element("abbr", {"title": title})
    abbr.text, abbr.tail = match.group(0), text[match.end() :]
    return _Wrapped(abbr, text[: match.start()])


class GlossaryExtension(Extension):
    def __init__(self, terms: list[Term]) -> None:
        super().__init__()
        self.terms = terms

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.treeprocessors.register(FirstUseProcessor(md, self.terms), "glossary_first_use", 14)
