"""The glossary of official terms (data/glossary.yml): one English rendering
per Chinese term, with an explanation for a foreign reader.

It drives the glossary page of each edition, a tooltip on the first use of
each term on an English page, and rule 15: where a Chinese page uses a term,
its English page renders it as the glossary says (wording.py adds the other
half: no rendering the glossary avoids, anywhere in the English edition).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .data import Term
from .datafiles import DataFile
from .diagnostics import Problem, problem
from .parity import corresponding_line
from .partials import render
from .reading import PageReading
from .rules import GLOSSARY

MARKER = "glossary"  # the front matter's `generated:` value of the glossary page
SKIP_TAGS = {"a", "abbr", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "dfn"}


def check_glossary(terms: list[Term], zh: PageReading, en: PageReading, glossary: DataFile) -> list[Problem]:
    """Where a Chinese page uses a term, its English page uses the rendering
    (pointed at the English block that stands where the Chinese one does)."""
    problems = []
    english = same_quotes(en.visible_text).lower()
    for term in terms:
        if term.short_en:
            problems += _long_form_repeated(term, en, glossary)
        used = next((block.line for block in zh.blocks if term.zh in block.visible), None)
        # `en` or one of its forms (the short form alone is not the rendering: issue 17)
        if used is None or any(same_quotes(text).lower() in english for text in (term.en, *term.forms)):
            continue
        problems.append(
            problem(
                en.display,
                corresponding_line(zh, en, used),
                GLOSSARY,
                "glossary_rendering_missing",
                term=term.zh,
                where=f"{zh.display}:{used}",
                rendering=term.en,
                glossary=f"{glossary.display}:{term.line}",
            )
        )
    return problems


def same_quotes(text: str) -> str:
    """The text with straight apostrophes as curly ones, so that a rendering
    typed with a straight one is reported once, as typography (wording.py),
    not also as a missing term."""
    return text.replace("'", "’")


def _long_form_repeated(term: Term, en: PageReading, glossary: DataFile) -> list[Problem]:
    """A term with a short form: its long form once on a page, at its first use."""
    uses = [block for block in en.blocks for _ in range(block.visible.lower().count(term.en.lower()))]
    if len(uses) < 2:
        return []
    return [
        problem(
            en.display,
            uses[1].line,
            GLOSSARY,
            "glossary_long_form_repeated",
            rendering=term.en,
            count=len(uses),
            short=term.short_en,
            glossary=f"{glossary.display}:{term.line}",
        )
    ]


def glossary_markdown(terms: list[Term], lang: str, templates: str | None) -> str:
    """The glossary as the HTML of a definition list, for the glossary page:
    the template partials/glossary.html of the theme's overrides folder
    (`templates`, the configuration's theme.custom_dir)."""
    return render(templates, "partials/glossary.html", terms=terms, lang=lang)


class FirstUseProcessor(Treeprocessor):
    """Wraps the first use of each term on a page in <abbr title="…">: in
    English, the glossary's rendering or one of its forms, inflected (a
    plural, a possessive, a capital first letter: "contracts" for
    "contract"); in Chinese, the term as the report writes it."""

    def __init__(self, md: Markdown, terms: list[Term], lang: str = "en") -> None:
        super().__init__(md)
        self.lang = lang
        # Longest first, so that a term inside a longer one is not taken first.
        self.terms = sorted(terms, key=lambda term: -len(term.en if lang == "en" else term.zh))

    def run(self, root: ET.Element) -> None:
        for term in self.terms:
            if self.lang == "zh":
                pattern = re.compile(re.escape(term.zh))
                self._wrap_first(root, pattern, term.explanation_zh)
                continue
            wordings = sorted((term.en, *term.forms), key=len, reverse=True)
            pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(inflected, wordings))})(?![\w-])")
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


def inflected(wording: str) -> str:
    """A pattern for an English wording as a sentence may inflect it: its
    first letter in either case, its last word plural or possessive."""
    first, rest = wording[:1], wording[1:]
    head = f"[{re.escape(first.upper())}{re.escape(first.lower())}]" if first.isalpha() else re.escape(first)
    return head + re.escape(rest) + "(?:e?s|’s)?"


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
    def __init__(self, terms: list[Term], lang: str = "en") -> None:
        super().__init__()
        self.terms, self.lang = terms, lang

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.treeprocessors.register(FirstUseProcessor(md, self.terms, self.lang), "glossary_first_use", 14)
