"""The English edition's wording wherever readers meet it (rule 15, with
glossary.py): no rendering that the glossary avoids for one of its terms
(its `avoid:` lists), and the style sheet's typography, curly quotation
marks and apostrophes.

English reaches readers from more than the pages' text: the metric tables
(labels, units, notes: they travel alone to the key-figures page and the
open data), the front matter (the description in search engines and shared
links), the charts' titles, the units, the glossary's own renderings and
explanations, and the names in mkdocs.en.yml (the site's name, the PDF's
title). Each is one passage at its line, and every passage gets both checks,
so a term is rendered one way across the edition, not only on its pages.
Code (file names, addresses, `{#ids}`) is not prose and is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from . import safe_yaml
from .data import Term
from .datafiles import DataFile
from .diagnostics import Problem, problem
from .glossary import same_quotes
from .paths import display_path
from .reading import PageReading, element_text, read_text
from .rules import BUILD, GLOSSARY

if TYPE_CHECKING:
    from .site import Site

# Inline elements whose text is code, not prose (`data/units.yml`, an address).
CODE_TAGS = frozenset({"code", "kbd", "samp", "pre"})
STRAIGHT = re.compile(r"['\"]")
EXCERPT = 16  # characters either side of a straight mark, to show where it is

# The reader-facing strings of mkdocs.en.yml, by their keys ("*": any key or
# index); the rest is configuration (paths, the search's separator…).
CONFIG_TEXTS: tuple[tuple[str, ...], ...] = (
    ("site_name",),
    ("site_description",),
    ("site_author",),
    ("copyright",),
    ("extra", "*"),
    ("theme", "palette", "*", "toggle", "name"),
)


@dataclass(frozen=True)
class Passage:
    """A piece of English that readers read, where it is written."""

    path: str  # as problems show it
    line: int
    text: str
    reading: PageReading | None = None  # a page's passage: a part of it is found at its own line

    def line_of(self, part: str) -> int:
        return self.reading.line_of(part, self.line) if self.reading else self.line


def check_wording(site: Site) -> list[Problem]:
    """Both checks over every English passage of the site."""
    if "en" not in site.editions:
        return []
    passages = list(english_passages(site))
    glossary = site.data.files.get("glossary")
    problems = check_straight_quotes(passages)
    if site.data.terms is not None and glossary is not None:
        problems += check_avoided(passages, site.data.terms, glossary)
    return problems


def english_passages(site: Site) -> Iterator[Passage]:
    for reading in site.readings("en"):
        if not reading.unread:
            yield from page_passages(reading)
    yield from data_passages(site.data.files)
    yield from config_passages(site.editions["en"].config_file)


def page_passages(reading: PageReading) -> Iterator[Passage]:
    """A page's text blocks (buttons included, code left out), every cell
    of its tables, and the front matter's title and description."""
    for key in ("title", "description"):
        value = reading.meta.get(key)
        if isinstance(value, str):
            yield Passage(reading.display, reading.meta_line(key), value)
    for block in reading.blocks:
        text, _ = element_text(block.element, own=True, skip_tags=CODE_TAGS)
        yield Passage(reading.display, block.line, text, reading)
    for table in reading.tables:
        header = table.element.xpath("./thead/tr[1]/th|./thead/tr[1]/td")
        rows = [(table.line, header)] + [(row.line, row.element.xpath("./td|./th")) for row in table.rows]
        for line, cells in rows:
            for cell in cells:
                yield Passage(reading.display, line, element_text(cell, skip_tags=CODE_TAGS)[0], reading)


def data_passages(files: dict[str, DataFile]) -> Iterator[Passage]:
    """The English of the glossary, the charts and the units, each string at its line."""
    glossary, charts, units = files.get("glossary"), files.get("charts"), files.get("units")
    if glossary is not None and glossary.usable:
        for index, entry in enumerate(glossary.data["terms"]):
            for key in ("en", "short_en", "explanation_en"):
                if isinstance(entry.get(key), str):
                    yield Passage(glossary.display, glossary.line_of("terms", index, key), entry[key])
            for position, form in enumerate(entry.get("forms") or ()):
                yield Passage(glossary.display, glossary.line_of("terms", index, "forms", position), form)
    if charts is not None and charts.usable:
        for index, chart in enumerate(charts.data["charts"]):
            yield Passage(charts.display, charts.line_of("charts", index, "title", "en"), chart["title"]["en"])
    if units is not None and units.usable:
        lists = [(("english", kind), words) for kind, words in (units.data.get("english") or {}).items()]
        for keys, words in [*lists, (("people",), units.data.get("people") or [])]:
            for position, word in enumerate(words):
                yield Passage(units.display, units.line_of(*keys, position), str(word))


def config_passages(path: Path) -> Iterator[Passage]:
    """The reader-facing strings of an edition's own configuration file (not
    what it inherits: mkdocs.yml is the Chinese edition's)."""
    text, _ = read_text(path)
    if text is None:
        return  # the configuration's own check says why
    loaded = safe_yaml.load(text, safe_yaml.CONFIG, display_path(path), BUILD, construct=False)
    if not loaded.ok:
        return  # the configuration's own check says why
    for keys, node in _scalars(loaded.node, ()):
        if any(_matches(keys, pattern) for pattern in CONFIG_TEXTS):
            yield Passage(display_path(path), node.start_mark.line + 1, str(node.value))


def _scalars(node: Any, keys: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], yaml.ScalarNode]]:
    if isinstance(node, yaml.MappingNode):
        for name, value in node.value:
            yield from _scalars(value, (*keys, str(name.value)))
    elif isinstance(node, yaml.SequenceNode):
        for index, value in enumerate(node.value):
            yield from _scalars(value, (*keys, str(index)))
    elif isinstance(node, yaml.ScalarNode):
        yield keys, node


def _matches(keys: Sequence[str], pattern: Sequence[str]) -> bool:
    return len(keys) == len(pattern) and all(want in ("*", key) for key, want in zip(keys, pattern, strict=True))


# --- the checks --------------------------------------------------------------------------------


def check_avoided(passages: Iterable[Passage], terms: list[Term], glossary: DataFile) -> list[Problem]:
    """A rendering the glossary avoids for a term, anywhere in English: whole
    words, capitals aside, except an entry that differs from the rendering
    only in its capitals ("Eight-point Rules"), which is matched exactly.
    The term's own renderings are never reported (an avoided word may be
    part of one)."""
    avoided = [(term, [_pattern(term, wording) for wording in term.avoid]) for term in terms if term.avoid]
    problems = []
    for passage in passages:
        text = same_quotes(passage.text)
        for term, patterns in avoided:
            # the term's own renderings stand, matched exactly against an entry that differs only in capitals
            kept = {exact: _spans(text, term.renderings, exact) for exact in (False, True)}
            found = sorted(
                (
                    (match.span(), not pattern.flags & re.IGNORECASE)
                    for pattern in patterns
                    for match in pattern.finditer(text)
                ),
                key=lambda item: (item[0][0] - item[0][1], item[0][0]),  # longest first: not "front-runners" again
            )
            taken: list[tuple[int, int]] = []
            for (begin, end), exact in found:
                if any(start <= begin and end <= stop for start, stop in kept[exact] + taken):
                    continue
                taken.append((begin, end))
                words = passage.text[begin:end]
                problems.append(
                    problem(
                        passage.path,
                        passage.line_of(words),
                        GLOSSARY,
                        "glossary_rendering_avoided",
                        found=words,
                        term=term.zh,
                        rendering=term.en,
                        glossary=f"{glossary.display}:{term.line}",
                    )
                )
    return problems


def _pattern(term: Term, wording: str) -> re.Pattern[str]:
    wording = same_quotes(wording)
    case_variant = any(wording.lower() == same_quotes(text).lower() for text in term.renderings)
    flags = 0 if case_variant else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){re.escape(wording)}(?![\w-])", flags)


def _spans(text: str, wordings: Iterable[str], exact: bool) -> list[tuple[int, int]]:
    """Where the wordings stand in the text: regardless of capitals (a
    rendering at the start of a sentence), or `exact`ly."""
    haystack = text if exact else text.lower()
    spans = []
    for wording in wordings:
        wanted = same_quotes(wording) if exact else same_quotes(wording).lower()
        start = haystack.find(wanted)
        while wanted and start >= 0:
            spans.append((start, start + len(wanted)))
            start = haystack.find(wanted, start + 1)
    return spans


def check_straight_quotes(passages: Iterable[Passage]) -> list[Problem]:
    """The style sheet's typography: “ ” and ‘ ’ for quotations, ’ for
    apostrophes; a straight ' or " in English prose is a slip of the keyboard."""
    problems = []
    for passage in passages:
        for match in STRAIGHT.finditer(passage.text):
            start = match.start()
            excerpt = _excerpt(passage.text, start)
            problems.append(
                problem(
                    passage.path,
                    passage.line_of(excerpt),
                    GLOSSARY,
                    "english_straight_quote",
                    mark=match.group(0),
                    text=excerpt,
                    curly=_curly(passage.text, start),
                )
            )
    return problems


def _excerpt(text: str, at: int) -> str:
    """The words around position `at`, none of them cut."""
    begin, end = max(at - EXCERPT, 0), min(at + EXCERPT + 1, len(text))
    if begin > 0 and not text[begin - 1].isspace():
        space = text.find(" ", begin, at)
        begin = space + 1 if space >= 0 else begin
    if end < len(text) and not text[end].isspace():
        space = text.rfind(" ", at + 1, end)
        end = space if space >= 0 else end
    return text[begin:end].strip()


def _curly(text: str, at: int) -> str:
    """The curly mark a straight one stands for: an opening one after a
    space or bracket (or at the start), a closing one or an apostrophe after a word."""
    opening = at == 0 or text[at - 1].isspace() or text[at - 1] in "([“‘—–-/"
    if text[at] == '"':
        return "“" if opening else "”"
    return "‘" if opening else "’"
