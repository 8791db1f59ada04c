"""Structure parity between the Chinese pages and their English translation
(rules 11 to 14 of CONTRIBUTING.md): the same pages, the same headings with
the same explicit IDs, the same metric tables, the same figures in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .config import load_config, nav_pages
from .diagnostics import Problem
from .markup import plain_text
from .metrics import Metric, prose
from .pages import Page
from .paths import CONFIG_FILES, display_path
from .rules import HEADING_PARITY, METRIC_PARITY, NUMBER_PARITY, PAGE_PARITY
from .tables import FENCE, table_lines
from .values import Value, format_value, prose_number_matches, prose_numbers

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{\s*#([\w-]+)[^}]*\})?\s*#*\s*$")

CHINESE_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_NUMERAL = re.compile(r"[零一二两三四五六七八九十百]+")


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    id: str | None


def headings(page: Page) -> list[Heading]:
    found = []
    in_fence = False
    for number, line in page.body():
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if not in_fence and (match := HEADING.match(line)):
            found.append(Heading(number, len(match[1]), match[2], match[3]))
    return found


def chinese_numbers(text: str) -> set[Decimal]:
    """Numbers written in Chinese characters (十九大, 四十周年, 五四), read
    generously: each digit alone, and the run as one number."""
    numbers: set[Decimal] = set()
    for run in CHINESE_NUMERAL.findall(text):
        digits = [CHINESE_DIGITS[c] for c in run if c in CHINESE_DIGITS]
        numbers.update(Decimal(d) for d in digits)
        numbers.add(Decimal(_chinese_value(run)))
        if digits and "十" not in run and "百" not in run:
            numbers.add(Decimal("".join(map(str, digits))))
    return numbers


def _chinese_value(run: str) -> int:
    total, current = 0, 0
    for char in run:
        if char in CHINESE_DIGITS:
            current = CHINESE_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def check_pages_exist(pages: dict[str, list[Page]]) -> list[Problem]:
    problems = []
    for lang, other in (("zh", "en"), ("en", "zh")):
        present = {page.rel for page in pages.get(other, [])}
        language = {"zh": "Chinese", "en": "English"}[other]
        for page in pages.get(lang, []):
            if page.rel not in present:
                edition_root = Path(page.path.as_posix().removesuffix(page.rel))
                expected = display_path(edition_root.parent / other / page.rel)
                problems.append(
                    Problem(
                        page.display,
                        1,
                        f"there is no {language} page {expected}; expected the same page at the same "
                        f"path in both languages",
                        PAGE_PARITY,
                    )
                )
    return problems


def check_nav(config_files: dict[str, Path] = CONFIG_FILES) -> list[Problem]:
    zh = nav_pages(load_config(config_files["zh"]).get("nav"))
    en = nav_pages(load_config(config_files["en"]).get("nav"))
    if zh == en:
        return []
    path = config_files["en"]
    lines = path.read_text(encoding="utf-8").splitlines()
    nav_line = next((i for i, line in enumerate(lines, 1) if line.startswith("nav:")), 1)
    missing = [p for p in zh if p not in en]
    extra = [p for p in en if p not in zh]
    detail = (
        f"missing {', '.join(missing)}"
        if missing
        else f"not in the Chinese navigation: {', '.join(extra)}"
        if extra
        else "the pages are in a different order"
    )
    return [
        Problem(
            display_path(path),
            nav_line,
            f"the English navigation differs from the Chinese one ({detail}); expected the same pages in the same "
            f"order as {display_path(config_files['zh'])}",
            PAGE_PARITY,
        )
    ]


def check_headings(zh: Page, en: Page) -> list[Problem]:
    problems = []
    zh_headings, en_headings = headings(zh), headings(en)
    for page, found in ((zh, zh_headings), (en, en_headings)):
        for heading in found:
            if not heading.id:
                problems.append(
                    Problem(
                        page.display,
                        heading.line,
                        f"the heading “{heading.text}” has no explicit id; expected `{{#some-id}}` at its end, the "
                        "same in both languages, so that links to it work in both",
                        HEADING_PARITY,
                    )
                )
    for index, (a, b) in enumerate(zip(zh_headings, en_headings, strict=False)):
        if a.id and b.id and (a.level, a.id) != (b.level, b.id):
            problems.append(
                Problem(
                    en.display,
                    b.line,
                    f"heading {index + 1} is level {b.level} #{b.id}, but the Chinese heading is level {a.level} "
                    f"#{a.id} ({zh.display}:{a.line}); expected the same level and id",
                    HEADING_PARITY,
                )
            )
            return problems
    if len(zh_headings) != len(en_headings):
        line = en_headings[-1].line if en_headings else 1
        problems.append(
            Problem(
                en.display,
                line,
                f"this page has {len(en_headings)} headings, the Chinese page {len(zh_headings)}; "
                "expected the same headings in both languages",
                HEADING_PARITY,
            )
        )
    return problems


def check_metric_tables(zh: list[Metric], en: list[Metric], zh_page: Page, en_page: Page) -> list[Problem]:
    problems = []
    english = {metric.code: metric for metric in en}
    chinese = {metric.code: metric for metric in zh}
    for metric in zh:
        other = english.get(metric.code)
        if other is None:
            problems.append(
                Problem(
                    en_page.display,
                    1,
                    f"{metric.code} ({metric.where}) is missing from this page's metric table; expected a row for "
                    "every metric of the Chinese page",
                    METRIC_PARITY,
                )
            )
            continue
        if metric.value and other.value and metric.value.number != other.value.number:
            problems.append(
                _metric_problem(
                    other, f"the value {other.value_text} differs from the Chinese {metric.value_text}", metric
                )
            )
        elif metric.value and other.value and metric.value.approx != other.value.approx:
            want = "with" if metric.value.approx else "without"
            problems.append(
                _metric_problem(other, f"the value {other.value_text} should be written {want} “+”", metric)
            )
        if metric.unit and other.unit and metric.unit.kind != other.unit.kind:
            problems.append(
                _metric_problem(
                    other,
                    f"the unit “{other.unit_text}” is a {other.unit.kind}, not a {metric.unit.kind}",
                    metric,
                    "the same kind of unit",
                )
            )
    for metric in en:
        if metric.code not in chinese:
            problems.append(
                Problem(
                    en_page.display,
                    metric.line,
                    f"{metric.code} is not in the metric tables of the Chinese page {zh_page.display}; expected "
                    "only the Chinese page's metrics",
                    METRIC_PARITY,
                )
            )
    if not problems and [m.code for m in zh] != [m.code for m in en]:
        problems.append(
            Problem(
                en_page.display,
                en[0].line,
                "the metric rows are in a different order than on the Chinese page; expected the same order",
                METRIC_PARITY,
            )
        )
    return problems


def _metric_problem(metric: Metric, what: str, chinese: Metric, expected: str = "the same figure") -> Problem:
    return Problem(
        metric.page.display,
        metric.line,
        f"{metric.code}: {what} ({chinese.where}); expected {expected} in both languages",
        METRIC_PARITY,
    )


def check_numbers(zh: Page, en: Page) -> list[Problem]:
    """Figures in the text: every Chinese figure in the English text, and
    every English figure somewhere in the Chinese text."""
    problems = []
    en_numbers = {value.number for value in prose_numbers(prose(en), "en")}
    zh_text = prose(zh)
    zh_numbers = {value.number for value in prose_numbers(zh_text, "zh")} | chinese_numbers(zh_text)
    for written, number, line in _numbers_by_line(zh, "zh"):
        if number.number not in en_numbers:
            problems.append(
                Problem(
                    zh.display,
                    line,
                    f"the figure {written} is not in the English text of {en.display}; expected "
                    f"it there as {format_value(Value(number.number), 'en')}",
                    NUMBER_PARITY,
                )
            )
    for written, number, line in _numbers_by_line(en, "en"):
        if number.number not in zh_numbers:
            problems.append(
                Problem(
                    en.display,
                    line,
                    f"the figure {written} is not in the Chinese text of {zh.display}; expected "
                    "only the figures of the Chinese text",
                    NUMBER_PARITY,
                )
            )
    return problems


def _numbers_by_line(page: Page, lang: str) -> list[tuple[str, Value, int]]:
    """(as written, figure, line) for each figure of the text, where it first is."""
    seen: dict = {}
    skip = table_lines(page)
    for number, line in page.body():
        if number in skip:
            continue
        for written, value in prose_number_matches(plain_text(line), lang):
            seen.setdefault(value.number, (written, value, number))
    return list(seen.values())


def check_parity(
    pages: dict[str, list[Page]], metrics: dict[str, list[Metric]], with_nav: bool = True
) -> list[Problem]:
    problems = check_pages_exist(pages)
    if with_nav:
        problems += check_nav()
    english = {page.rel: page for page in pages.get("en", [])}
    for zh in pages.get("zh", []):
        en = english.get(zh.rel)
        if en is None:
            continue
        problems += check_headings(zh, en)
        problems += check_metric_tables(
            [m for m in metrics.get("zh", []) if m.page is zh],
            [m for m in metrics.get("en", []) if m.page is en],
            zh,
            en,
        )
        problems += check_numbers(zh, en)
    return problems
