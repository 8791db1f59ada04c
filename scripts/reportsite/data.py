"""The data layer: the files of data/ read into what the checks, the
renderer and the generated blocks use. It reads and validates each file's
format (rule 20: JSON Schema, YAML through safe_yaml, at the lines); what the
files say about the pages is the checks' to judge, and nothing here imports
a check.

- units.yml: the unit vocabulary (Units), metric_rules.yml: consistency
  rules between metrics;
- glossary.yml: the official terms (Term);
- key_figures.yml, charts.yml: the figures at a glance, by code;
- source.txt: the report's text (Source), source_editions.yml: its editions;
- editorial_figures.yml: the figures readers see that are not the report's;
- metrics.schema.json and jieba_userdict.txt: checked for their format.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from .datafiles import DataFile, check_json_schema, check_word_list, load_yaml
from .diagnostics import Problem, problem
from .messages import Words
from .paths import display_path
from .reading import normalise, read_text
from .rules import ACCOUNTED, FIDELITY
from .slips import conflicts


@dataclass(frozen=True)
class Unit:
    zh: str
    kind: str
    in_text: tuple[str, ...]
    counts: str = "things"  # "people", "people or events" (人次), or "things" (or events)


@dataclass
class Units:
    zh: dict[str, Unit]
    english: dict[str, str]  # English unit → kind
    english_people: frozenset[str] = frozenset()  # English counts of people
    # The figures already read in a text with these units (accounting.py):
    # a site's pages repeat the same texts (navigation, footers, labels).
    read: dict = field(default_factory=dict, compare=False, repr=False)

    def kind(self, text: str, lang: str) -> str | None:
        if lang == "zh":
            unit = self.zh.get(text)
            return unit.kind if unit else None
        return self.english.get(text)

    def text_forms(self) -> list[str]:
        """Every way a unit is written after a figure in text, longest first."""
        return sorted({form for unit in self.zh.values() for form in unit.in_text}, key=len, reverse=True)


def load_units(path: Path) -> tuple[Units | None, DataFile]:
    file = load_yaml(path, "units")
    if not file.usable:
        return None, file
    zh = {
        entry["zh"]: Unit(
            entry["zh"],
            entry["kind"],
            tuple(entry.get("in_text") or [entry["zh"]]),
            entry.get("counts", "things"),
        )
        for entry in file.data["units"]
    }
    english = {word: kind for kind, words in file.data["english"].items() for word in words}
    return Units(zh, english, frozenset(file.data["people"])), file


@dataclass(frozen=True)
class ConsistencyRule:
    left: str
    op: str
    right: str
    why: str
    line: int


OPERATORS = {
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "==": lambda a, b: a == b,
}


def load_rules(path: Path) -> tuple[list[ConsistencyRule] | None, DataFile]:
    file = load_yaml(path, "metric_rules")
    if not file.usable:
        return None, file
    rules = [
        ConsistencyRule(entry["left"], entry["op"], entry["right"], entry.get("why", ""), file.line_of("rules", index))
        for index, entry in enumerate(file.data["rules"])
    ]
    return rules, file


# What each kind of chart may draw.
CHART_KINDS = {"bar": ("count", "yuan"), "part": ("count", "yuan"), "rates": ("percent",)}

# The kinds of unit (data/units.yml `kind:`) and of chart (data/charts.yml
# `kind:`) as the messages say them: in the editor's words, one figure and
# (in English) several.
UNIT_KINDS = {
    "count": (Words("计数", "a count"), Words("计数", "counts")),
    "percent": (Words("百分比", "a percentage"), Words("百分比", "percentages")),
    "change_percent": (
        Words("同比变化的百分比", "a change in per cent"),
        Words("同比变化的百分比", "changes in per cent"),
    ),
    "yuan": (Words("金额（元）", "an amount in yuan"), Words("金额（元）", "amounts in yuan")),
}
CHART_KIND_WORDS = {
    "bar": Words("柱状图（`kind: bar`）", "a bar chart (`kind: bar`)"),
    "part": Words("部分与整体图（`kind: part`）", "a chart of parts of a whole (`kind: part`)"),
    "rates": Words("比率图（`kind: rates`）", "a chart of rates (`kind: rates`)"),
}


def kind_words(kind: str) -> Words:
    """A unit's kind in words (the kind as it is, if unknown)."""
    return UNIT_KINDS[kind][0] if kind in UNIT_KINDS else Words(f"`{kind}`", f"`{kind}`")


def kinds_words(kinds: tuple[str, ...]) -> Words:
    """Several kinds of figures, as in “only percentages”."""
    plural = [UNIT_KINDS[kind][1] if kind in UNIT_KINDS else Words(kind, kind) for kind in kinds]
    return Words("或".join(w.zh for w in plural), " or ".join(w.en for w in plural))


@dataclass(frozen=True)
class Coded:
    """A code as a data file gives it, with its line."""

    code: str
    line: int


@dataclass(frozen=True)
class KeyFigures:
    home: tuple[Coded, ...]
    citation: Coded


@dataclass(frozen=True)
class Chart:
    id: str
    kind: str  # bar, part or rates
    title: dict[str, str]  # by language
    whole: Coded | None  # part charts: the whole
    parts: tuple[Coded, ...]  # the figures drawn, in order
    line: int

    @property
    def codes(self) -> tuple[Coded, ...]:
        return ((self.whole,) if self.whole else ()) + self.parts

    @property
    def anchor(self) -> str:
        return f"chart-{self.id}"


def load_key_figures(path: Path) -> tuple[KeyFigures | None, DataFile]:
    file = load_yaml(path, "key_figures")
    if not file.usable:
        return None, file
    home = tuple(Coded(code, file.line_of("home", index)) for index, code in enumerate(file.data["home"]))
    return KeyFigures(home, Coded(file.data["citation"], file.line_of("citation"))), file


def load_charts(path: Path) -> tuple[list[Chart] | None, DataFile]:
    file = load_yaml(path, "charts")
    if not file.usable:
        return None, file
    charts = []
    for index, entry in enumerate(file.data["charts"]):
        whole = Coded(entry["whole"], file.line_of("charts", index, "whole")) if "whole" in entry else None
        parts = tuple(
            Coded(code, file.line_of("charts", index, "metrics", position))
            for position, code in enumerate(entry["metrics"])
        )
        charts.append(
            Chart(entry["id"], entry["kind"], dict(entry["title"]), whole, parts, file.line_of("charts", index))
        )
    return charts, file


@dataclass(frozen=True)
class Term:
    zh: str
    en: str
    explanation_en: str
    explanation_zh: str
    line: int
    short_en: str = ""
    forms: tuple[str, ...] = ()  # other grammatical forms of `en` that count as using it
    avoid: tuple[str, ...] = ()  # renderings the edition does not use for this term
    fixed_anchor: str = ""  # the published id, kept when `en` changes
    lines: tuple[tuple[str, int], ...] = ()  # the line of each field

    def line_of(self, name: str) -> int:
        return dict(self.lines).get(name, self.line)

    @property
    def anchor(self) -> str:
        return self.fixed_anchor or "term-" + re.sub(r"[^a-z0-9]+", "-", self.en.lower()).strip("-")

    @property
    def renderings(self) -> tuple[str, ...]:
        """Every wording that counts as this term's rendering."""
        return tuple(dict.fromkeys(text for text in (self.en, self.short_en, *self.forms) if text))


def load_glossary(path: Path) -> tuple[list[Term] | None, DataFile]:
    file = load_yaml(path, "glossary")
    if not file.usable:
        return None, file
    terms = [
        Term(
            entry["zh"].strip(),
            entry["en"].strip(),
            entry["explanation_en"].strip(),
            entry["explanation_zh"].strip(),
            file.line_of("terms", index),
            (entry.get("short_en") or "").strip(),
            tuple(form.strip() for form in entry.get("forms") or ()),
            tuple(avoided.strip() for avoided in entry.get("avoid") or ()),
            (entry.get("anchor") or "").strip(),
            tuple((name, file.line_of("terms", index, name)) for name in entry),
        )
        for index, entry in enumerate(file.data["terms"])
    ]
    return terms, file


SENTENCE_END = "。！？；"


@dataclass(frozen=True)
class Fragment:
    """A sentence of the source (or the part of one in a layout block)."""

    line: int
    start: int  # offset in Source.text
    end: int

    def length(self) -> int:
        return self.end - self.start


@dataclass
class Source:
    """The report's text without whitespace, the places where its sentences
    and layout blocks end, and the line of each offset."""

    path: Path
    text: str
    cuts: list[int]  # sorted offsets where a sentence or a layout block ends
    blocks: list[int]  # sorted offsets where a layout block begins or ends
    fragments: list[Fragment]
    line_starts: list[int]
    line_numbers: list[int]

    @property
    def display(self) -> str:
        return display_path(self.path)

    def line_at(self, offset: int) -> int:
        index = max(bisect_right(self.line_starts, offset) - 1, 0)
        return self.line_numbers[index] if self.line_numbers else 1

    def fragment_text(self, fragment: Fragment) -> str:
        return self.text[fragment.start : fragment.end]

    def cut_at(self, offset: int) -> bool:
        index = bisect_left(self.cuts, offset)
        return index < len(self.cuts) and self.cuts[index] == offset


def parse_source(path: Path, raw_text: str) -> Source:
    parts: list[str] = []
    cuts: set[int] = {0}
    blocks: set[int] = {0}
    fragments: list[Fragment] = []
    line_starts: list[int] = []
    line_numbers: list[int] = []
    length = 0
    for number, line in enumerate(raw_text.split("\n"), start=1):
        text = normalise(line)
        if not text:
            continue
        line_starts.append(length)
        line_numbers.append(number)
        begin = length
        for index, char in enumerate(text):
            if char in SENTENCE_END:
                end = length + index + 1
                fragments.append(Fragment(number, begin, end))
                cuts.add(end)
                begin = end
        length += len(text)
        if begin < length:
            fragments.append(Fragment(number, begin, length))
        cuts.add(length)
        blocks.add(length)
        parts.append(text)
    return Source(path, "".join(parts), sorted(cuts), sorted(blocks), fragments, line_starts, line_numbers)


def read_source(path: Path) -> tuple[Source | None, list[Problem]]:
    text, problems = read_text(path)
    if text is None:
        return None, problems
    conflict = conflicts(text, display_path(path), FIDELITY)
    if conflict:  # both versions of a merge: neither is the report's text until one is chosen
        return None, conflict
    return parse_source(path, text), []


@dataclass(frozen=True)
class SourceEdition:
    """An edition of the report's text (data/source_editions.yml)."""

    sha256: str
    received: str
    sender: dict[str, str]  # by language
    note: dict[str, str]
    line: int


def load_editions(path: Path) -> tuple[list[SourceEdition] | None, DataFile]:
    file = load_yaml(path, "source_editions")
    if not file.usable:
        return None, file
    editions = [
        SourceEdition(
            entry["sha256"],
            entry["received"],
            dict(entry["from"]),
            dict(entry["note"]),
            file.line_of("editions", index),
        )
        for index, entry in enumerate(file.data["editions"])
    ]
    return editions, file


PLACES = (
    "pages",
    "site",
    "pdf",
)  # where a declared figure may stand: in a page's Markdown, the built site's own words, the PDF


@dataclass(frozen=True)
class Declared:
    """An editorial figure of data/editorial_figures.yml."""

    pattern: re.Pattern
    lang: str | None  # None: both editions
    places: tuple[str, ...]
    pages: tuple[str, ...]  # page paths it may stand on (none: any)
    line: int

    def applies(self, lang: str, place: str, rel: str | None) -> bool:
        """Whether it may account for a figure there (a text of no one page,
        as the PDF's, is not held to `pages`)."""
        same_page = not self.pages or rel is None or rel in self.pages
        return (self.lang is None or self.lang == lang) and place in self.places and same_page


# Python's regular-expression errors (re.error.msg, its start), in the editor's words.
REGEX_REASONS = (
    ("missing ), unterminated subpattern", Words("左括号“(”没有对应的右括号“)”", "a “(” has no closing “)”")),
    ("unbalanced parenthesis", Words("右括号“)”前面没有对应的左括号“(”", "a “)” has no opening “(”")),
    ("unterminated character set", Words("方括号“[”没有对应的“]”", "a “[” has no closing “]”")),
    ("nothing to repeat", Words("*、+、? 或 {…} 前面没有可重复的内容", "a *, +, ? or {…} repeats nothing")),
    ("multiple repeat", Words("连用了两个重复符号（如 ** 或 +*）", "two repeats in a row (such as ** or +*)")),
    ("bad escape", Words("反斜杠“\\”后面的字符不是可用的转义", "a backslash “\\” escapes a character it cannot")),
    (
        "bad character range",
        Words("方括号中的范围前后颠倒（如 [9-0]）", "a range in brackets runs backwards (e.g. [9-0])"),
    ),
    ("unknown extension", Words("“(?”后面的写法不认识", "what follows “(?” is unknown")),
    ("missing ), unterminated name", Words("组名没有用“>”结束", "a group's name is not closed with “>”")),
    (
        "look-behind requires fixed-width pattern",
        Words("向后查找“(?<=…)”里的内容长度必须固定", "a look-behind “(?<=…)” must have a fixed length"),
    ),
    ("unterminated name", Words("组名没有结束", "a group's name is not closed")),
    ("missing group name", Words("组名是空的", "a group's name is empty")),
    ("bad character in group name", Words("组名里有不能用的字符", "a group's name holds a character it cannot")),
    ("redefinition of group name", Words("同一个组名用了两次", "a group's name is used twice")),
    ("unknown group name", Words("引用了不存在的组名", "a group's name is referred to but not defined")),
    ("invalid group reference", Words("引用了不存在的组号", "a group's number is referred to but not defined")),
    (
        "min repeat greater than max repeat",
        Words("次数范围 {…} 中前一个数大于后一个数", "in {m,n}, m is greater than n"),
    ),
    ("missing >, unterminated name", Words("组名没有用“>”结束", "a group's name is not closed with “>”")),
    (
        "missing -, : or )",
        Words("“(?”后面的标记没有用“:”或“)”结束", "the flags after “(?” are not closed with “:” or “)”"),
    ),
    ("missing ), unterminated comment", Words("注释“(?#”没有对应的右括号“)”", "a comment “(?#” has no closing “)”")),
    ("unexpected end of pattern", Words("写到一半就结束了", "the pattern ends half-way")),
)


def regex_reason(error: re.error) -> Words:
    """Why a pattern does not compile, where it fails, in each language (never Python's English)."""
    message = error.msg if isinstance(error.msg, str) else str(error)
    said = next((words for start, words in REGEX_REASONS if message.startswith(start)), None)
    said = said or Words("写法不对", "it is not well formed")
    if error.pos is None:
        return said
    at = error.pos + 1
    return Words(f"第 {at} 个字符处：{said.zh}", f"at character {at}: {said.en}")


def load_declared(path: Path) -> tuple[list[Declared] | None, DataFile]:
    file = load_yaml(path, "editorial_figures")
    if not file.usable:
        return None, file
    declared = []
    for index, entry in enumerate(file.data["figures"]):
        line = file.line_of("figures", index, "pattern")
        try:
            pattern = re.compile(entry["pattern"])
        except re.error as error:
            reason = regex_reason(error)
            file.problems.append(problem(file.display, line, ACCOUNTED, "declared_pattern_invalid", reason=reason))
            continue
        places = tuple(entry.get("places") or PLACES)
        declared.append(Declared(pattern, entry.get("lang"), places, tuple(entry.get("pages") or ()), line))
    if file.problems:
        return None, file
    return declared, file


@dataclass
class Data:
    """The data files, each None when it cannot be used (its problems say why)."""

    folder: Path
    units: Units | None
    rules: list[ConsistencyRule] | None
    terms: list[Term] | None
    source: Source | None
    files: dict[str, DataFile]
    problems: list[Problem]
    key_figures: KeyFigures | None = None
    charts: list[Chart] | None = None
    declared: list[Declared] | None = None  # the editorial figures (rule 22)
    editions: list[SourceEdition] | None = None  # the report's text in each edition (rule 3)


def read_data(folder: Path) -> Data:
    units, units_file = load_units(folder / "units.yml")
    rules, rules_file = load_rules(folder / "metric_rules.yml")
    terms, glossary_file = load_glossary(folder / "glossary.yml")
    key_figures, key_figures_file = load_key_figures(folder / "key_figures.yml")
    charts, charts_file = load_charts(folder / "charts.yml")
    declared, declared_file = load_declared(folder / "editorial_figures.yml")
    source, problems = read_source(folder / "source.txt")
    editions, editions_file = load_editions(folder / "source_editions.yml")
    files = {
        "units": units_file,
        "rules": rules_file,
        "glossary": glossary_file,
        "key_figures": key_figures_file,
        "charts": charts_file,
        "editorial_figures": declared_file,
        "source_editions": editions_file,
    }
    problems += [found for file in files.values() for found in file.problems]
    problems += check_json_schema(folder / "metrics.schema.json") + check_word_list(folder / "jieba_userdict.txt")
    return Data(folder, units, rules, terms, source, files, problems, key_figures, charts, declared, editions)
