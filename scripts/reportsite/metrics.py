"""Metric tables: reading them from the pages, checking them, exporting them.

A metric table is an ordinary pipe table whose header is exactly
`| 编号 | 指标 | 数值 | 单位 | 说明 |` (Chinese pages) or
`| Code | Indicator | Value | Unit | Note |` (English pages); other tables
are left alone. See CONTRIBUTING.md, rules 4 to 10.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .datafiles import entries, load_yaml
from .diagnostics import Problem
from .markup import plain_text
from .pages import Page
from .paths import DATA, display_path
from .rules import (
    METRIC_CODE,
    METRIC_CONSISTENCY,
    METRIC_PROSE,
    METRIC_RANGE,
    METRIC_UNIT,
    METRIC_VALUE,
    TABLE_FORMAT,
)
from .tables import Row, find_tables, tab_indented_row, table_lines
from .values import EXAMPLES, Value, format_value, parse_value, prose_numbers, value_problem

HEADERS = {
    "zh": ("编号", "指标", "数值", "单位", "说明"),
    "en": ("Code", "Indicator", "Value", "Unit", "Note"),
}
CODE = re.compile(r"[A-Z]{2,3}-\d{2}")
UNITS_FILE = DATA / "units.yml"
RULES_FILE = DATA / "metric_rules.yml"


@dataclass(frozen=True)
class Unit:
    zh: str
    en: str
    kind: str


@dataclass(frozen=True)
class Metric:
    code: str
    page: Page
    line: int
    label: str
    value_text: str
    value: Value | None
    unit_text: str
    unit: Unit | None
    note: str

    @property
    def where(self) -> str:
        return f"{self.page.display}:{self.line}"


@dataclass(frozen=True)
class ConsistencyRule:
    left: str
    op: str
    right: str
    why: str
    line: int


OPERATORS = {
    "<=": (lambda a, b: a <= b, "must not exceed"),
    "<": (lambda a, b: a < b, "must be less than"),
    ">=": (lambda a, b: a >= b, "must be at least"),
    ">": (lambda a, b: a > b, "must be greater than"),
    "==": (lambda a, b: a == b, "must equal"),
}


# --- data files -------------------------------------------------------------


def load_units(path: Path = UNITS_FILE) -> tuple[dict[str, dict[str, Unit]], list[Problem]]:
    """Units by spelling, per language: {"zh": {"家": Unit}, "en": {...}}."""
    root, problems = load_yaml(path, TABLE_FORMAT)
    units: dict[str, dict[str, Unit]] = {"zh": {}, "en": {}}
    for line, entry in entries(root, "units"):
        if not all(isinstance(entry.get(k), str) and entry.get(k) for k in ("zh", "en", "kind")):
            problems.append(Problem(display_path(path), line, "a unit needs `zh`, `en` and `kind`", METRIC_UNIT))
            continue
        unit = Unit(entry["zh"], entry["en"], entry["kind"])
        units["zh"][unit.zh] = unit
        units["en"].setdefault(unit.en, unit)
    if root is not None and not units["zh"]:
        problems.append(Problem(display_path(path), 1, "no units found; expected a list under `units:`", METRIC_UNIT))
    return units, problems


def load_rules(path: Path = RULES_FILE) -> tuple[list[ConsistencyRule], list[Problem]]:
    root, problems = load_yaml(path, TABLE_FORMAT)
    rules = []
    for line, entry in entries(root, "rules"):
        if entry.get("op") not in OPERATORS or not entry.get("left") or not entry.get("right"):
            problems.append(
                Problem(
                    display_path(path),
                    line,
                    f"a rule needs `left`, `op` (one of {', '.join(OPERATORS)}) and `right`",
                    METRIC_CONSISTENCY,
                )
            )
            continue
        rules.append(ConsistencyRule(entry["left"], entry["op"], entry["right"], entry.get("why", ""), line))
    return rules, problems


# --- reading the tables -----------------------------------------------------


def _looks_like_metric_header(cells: tuple[str, ...], lang: str) -> bool:
    expected = HEADERS[lang]
    other = HEADERS["en" if lang == "zh" else "zh"]
    return (
        len(set(cells) & set(expected)) >= 3 or (cells and cells[0] == expected[0]) or len(set(cells) & set(other)) >= 3
    )


def read_metrics(page: Page, units: dict[str, dict[str, Unit]]) -> tuple[list[Metric], list[Problem]]:
    """The metrics of a page's metric tables, and what is malformed in them."""
    metrics: list[Metric] = []
    problems: list[Problem] = []
    expected = HEADERS[page.lang]
    header_text = "| " + " | ".join(expected) + " |"

    def problem(line: int, message: str, rule: str = TABLE_FORMAT) -> None:
        problems.append(Problem(page.display, line, message, rule))

    for number, line in page.body():
        if tab_indented_row(line):
            problem(
                number,
                "this table row is indented with a tab, so Markdown shows it as code; "
                "expected the row to start with `|` at the beginning of the line",
            )

    for table in find_tables(page):
        cells = table.header.cells
        if cells != expected:
            if _looks_like_metric_header(cells, page.lang):
                problem(
                    table.header.line,
                    f"the metric table header is “{table.header.text.strip()}”; expected exactly {header_text}",
                )
            continue
        if table.delimiter is None:
            problem(
                table.header.line + 1,
                "the metric table has no delimiter row under its header; expected | --- | --- | --- | --- | --- |",
            )
            continue
        if len(table.delimiter.cells) != len(expected):
            problem(
                table.delimiter.line,
                f"the delimiter row has {len(table.delimiter.cells)} cells; expected {len(expected)}",
            )
        for row in table.rows:
            metric = _read_row(page, row, units, problem)
            if metric:
                metrics.append(metric)
    return metrics, problems


def _read_row(page: Page, row: Row, units: dict[str, dict[str, Unit]], problem) -> Metric | None:  # noqa: ANN001
    expected = HEADERS[page.lang]
    if len(row.cells) != len(expected):
        problem(
            row.line,
            f"this row has {len(row.cells)} cells; expected {len(expected)}: {' | '.join(expected)} "
            "(an empty note is written as an empty cell)",
        )
        return None
    code, label, value_text, unit_text, note = row.cells
    if not code:
        problem(row.line, f"the row “{label or value_text}” has no code; expected a code such as DB-01", METRIC_CODE)
        return None
    if not CODE.fullmatch(code):
        problem(
            row.line,
            f"{code}: the code is not of the form AB-01 (two or three capital letters, a hyphen, two digits)",
            METRIC_CODE,
        )
        return None
    if not label:
        problem(row.line, f"{code}: the {expected[1]} cell is empty; expected what the figure counts")
    value = parse_value(value_text, page.lang)
    if value is None:
        problem(
            row.line,
            f"{code}: {value_problem(value_text, page.lang)}; expected a number such as {EXAMPLES[page.lang]}",
            METRIC_VALUE,
        )
    unit = units[page.lang].get(unit_text)
    if unit is None:
        other = units["en" if page.lang == "zh" else "zh"].get(unit_text)
        spelled = getattr(other, page.lang) if other else None
        hint = (
            f"“{unit_text}” is the {'English' if page.lang == 'zh' else 'Chinese'} spelling; write “{spelled}” here"
            if spelled
            else f"expected one of {', '.join(units[page.lang])}, or a new unit added to data/units.yml"
        )
        problem(row.line, f"{code}: unknown unit “{unit_text}”; {hint}", METRIC_UNIT)
    elif value is not None and unit.kind == "percent" and not (0 <= value.number <= 100):
        problem(
            row.line,
            f"{code}: the rate {value_text} {unit_text} is outside 0–100; expected a percentage between 0 and 100",
            METRIC_RANGE,
        )
    return Metric(code, page, row.line, label, value_text, value, unit_text, unit, note)


# --- checks -----------------------------------------------------------------


def check_unique_codes(metrics: Iterable[Metric]) -> list[Problem]:
    first: dict[str, Metric] = {}
    problems = []
    for metric in metrics:
        if metric.code in first:
            problems.append(
                Problem(
                    metric.page.display,
                    metric.line,
                    f"{metric.code}: duplicate code, already used at {first[metric.code].where}; "
                    "expected a code of its own",
                    METRIC_CODE,
                )
            )
        else:
            first[metric.code] = metric
    return problems


def prose(page: Page) -> str:
    """The page's running text: everything but its front matter and tables."""
    skip = table_lines(page)
    return "\n".join(plain_text(line) for number, line in page.body() if number not in skip)


def check_values_in_prose(page: Page, metrics: Iterable[Metric]) -> list[Problem]:
    """A Chinese page's table must agree with the text it summarises."""
    numbers = set(prose_numbers(prose(page), page.lang))
    problems = []
    for metric in metrics:
        if metric.value is None or metric.value in numbers:
            continue
        nearest = sorted(numbers, key=lambda n: abs(n.number - metric.value.number))[:3]
        detail = f" (the nearest figures in the text: {', '.join(format_value(n, 'zh') for n in nearest)})"
        detail = detail if nearest else " (the text has no figures)"
        problems.append(
            Problem(
                metric.page.display,
                metric.line,
                f"{metric.code}: the value {metric.value_text} does not appear in the text of this page{detail}; "
                "expected the table and the text to give the same figure",
                METRIC_PROSE,
            )
        )
    return problems


def check_consistency(
    rules: list[ConsistencyRule], metrics: dict[str, Metric], rules_file: Path = RULES_FILE, complete: bool = True
) -> list[Problem]:
    """Broken rules; a rule naming an unknown code is a problem only when
    `metrics` is the whole site (a check of a few files skips it)."""
    problems = []
    for rule in rules:
        missing = [code for code in (rule.left, rule.right) if code not in metrics]
        if missing and not complete:
            continue
        if missing:
            problems.append(
                Problem(
                    display_path(rules_file),
                    rule.line,
                    f"the rule {rule.left} {rule.op} {rule.right} names {', '.join(missing)}, which no Chinese "
                    "metric table has; expected existing codes",
                    METRIC_CONSISTENCY,
                )
            )
            continue
        left, right = metrics[rule.left], metrics[rule.right]
        if left.value is None or right.value is None:
            continue
        holds, wording = OPERATORS[rule.op]
        if not holds(left.value.number, right.value.number):
            why = f" ({rule.why})" if rule.why else ""
            problems.append(
                Problem(
                    left.page.display,
                    left.line,
                    f"{left.code}: {left.value_text} {wording} {right.code} ({right.value_text}, {right.where}){why}; "
                    f"expected {rule.left} {rule.op} {rule.right} as declared in {display_path(rules_file)}:"
                    f"{rule.line}",
                    METRIC_CONSISTENCY,
                )
            )
    return problems


def check_metrics(
    pages_by_lang: dict[str, list[Page]],
    units_file: Path = UNITS_FILE,
    rules_file: Path = RULES_FILE,
    complete: bool = True,
) -> tuple[dict[str, list[Metric]], list[Problem]]:
    """Every metric check of rules 4 to 10; returns the metrics per language."""
    units, problems = load_units(units_file)
    rules, found = load_rules(rules_file)
    problems += found
    metrics: dict[str, list[Metric]] = {}
    for lang, pages in pages_by_lang.items():
        metrics[lang] = []
        for page in pages:
            page_metrics, found = read_metrics(page, units)
            problems += found
            metrics[lang] += page_metrics
            if lang == "zh":
                problems += check_values_in_prose(page, page_metrics)
        problems += check_unique_codes(metrics[lang])
    if "zh" in metrics:
        by_code = {m.code: m for m in metrics["zh"]}
        problems += check_consistency(rules, by_code, rules_file, complete)
    return metrics, problems
