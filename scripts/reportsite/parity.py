"""The English edition in step with the Chinese (rules 11 to 14): the same
pages, the same headings with the same explicit ids, the same metric tables,
the same figures in the text. Pages are paired by path (site.pairs)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path

from .data import Units, kind_words
from .diagnostics import Problem, problem
from .editorial_checks import same_place
from .metrics import Metric, metric_tables
from .paths import display_path
from .reading import Heading, PageReading
from .rules import HEADING_PARITY, METRIC_PARITY, METRIC_UNIT, NUMBER_PARITY, PAGE_PARITY
from .scaffold import PLACEHOLDER
from .values import (
    EN_ORDINALS,
    ZH_NUMERAL,
    Value,
    chinese_numbers,
    chinese_numeral,
    english_number_words,
    format_value,
    text_numbers,
)

HAN = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def check_page_exists(reading: PageReading, other_lang: str) -> Problem:
    """The page has no counterpart at the same path in the other edition."""
    edition_root = Path(reading.path.as_posix().removesuffix(reading.rel))
    expected = display_path(edition_root.parent / other_lang / reading.rel)
    return problem(reading.display, 1, PAGE_PARITY, f"page_missing_{other_lang}", page=expected)


def check_translated(en: PageReading) -> list[Problem]:
    """Rule 11: an English page's text is English: not the scaffold's
    placeholder (scripts/new_section.py), not Chinese left untranslated."""
    problems = []
    for block in en.text_blocks(editorial=False):
        text = block.visible.strip()
        han = len(HAN.findall(text))
        if PLACEHOLDER["en"] in text or han > len(LATIN.findall(text)):
            quoted = text if len(text) <= 60 else text[:60] + "…"
            problems.append(problem(en.display, block.line, PAGE_PARITY, "page_untranslated", text=quoted))
    return problems


def heading_problems(page: PageReading, other: PageReading | None = None) -> list[Problem]:
    """A page's own headings (rule 12): each with an id of its own, and no
    level skipped (a `####` under a `##` leaves the contents and the
    headings' outline with a hole; screen readers announce the levels)."""
    problems = [
        problem(page.display, heading.line, HEADING_PARITY, "heading_without_id", heading=heading.text)
        for heading in page.headings
        if not heading.explicit_id
    ]
    first: dict[str, int] = {}
    for index, heading in enumerate(page.headings):
        if heading.id and heading.id in first:
            found = dict(id=heading.id, first=first[heading.id])
            problems.append(problem(page.display, heading.line, HEADING_PARITY, "heading_id_duplicate", **found))
        first.setdefault(heading.id or "", heading.line)
        before = page.headings[index - 1] if index else None
        if before is not None and heading.level > before.level + 1:
            # the other edition's heading at this place, when its level fits: what was meant
            theirs = other.headings[index] if other is not None and index < len(other.headings) else None
            level = theirs.level if theirs and theirs.id == heading.id and theirs.level <= before.level + 1 else None
            level = level or before.level + 1
            source = page.lines[heading.line - 1].lstrip() if heading.line <= len(page.lines) else ""
            fixed = "#" * level + source.lstrip("#") if source.startswith("#") else f"{'#' * level} {heading.text}"
            found = dict(
                heading=heading.text,
                level=heading.level,
                before=before.level,
                before_line=before.line,
                missing=[str(n) for n in range(before.level + 1, heading.level)],
                fixed=fixed,
            )
            problems.append(problem(page.display, heading.line, HEADING_PARITY, "heading_level_skipped", **found))
    return problems


def check_headings(zh: PageReading, en: PageReading, changed: Callable[[], str | None] = lambda: None) -> list[Problem]:
    """Rule 12: each page's own headings, then the same headings (level and
    id) in both editions. A page whose own headings are wrong has that one
    message, not also a difference from the other edition's. A difference
    is said on the edition the editor changed (`changed()`: the one that
    differs from its last commit, Site.changed_edition), else on the English."""
    problems = heading_problems(zh, en) + heading_problems(en, zh)
    if problems:
        return problems
    for index, (a, b) in enumerate(zip(zh.headings, en.headings, strict=False)):
        if a.explicit_id and b.explicit_id and (a.level, a.id) != (b.level, b.id):
            if changed() == "zh":
                source = zh.lines[a.line - 1].strip() if a.line <= len(zh.lines) else ""
                fixed = "#" * b.level + source.lstrip("#").replace(f"#{a.id}", f"#{b.id}", 1)
                found = dict(number=index + 1, level=a.level, id=a.id, en_level=b.level, en_id=b.id, fixed=fixed)
                where = f"{en.display}:{b.line}"
                return [problem(zh.display, a.line, HEADING_PARITY, "heading_differs_zh", where=where, **found)]
            return [
                problem(
                    en.display,
                    b.line,
                    HEADING_PARITY,
                    "heading_differs",
                    number=index + 1,
                    level=b.level,
                    id=b.id,
                    zh_level=a.level,
                    zh_id=a.id,
                    where=f"{zh.display}:{a.line}",
                )
            ]
    if len(zh.headings) < len(en.headings) and changed() == "zh":
        # a heading the editor deleted from the Chinese: said there, where it stood
        ids = {heading.id for heading in zh.headings}
        gone = next((heading for heading in en.headings if heading.id not in ids), en.headings[len(zh.headings)])
        line = same_place(en, zh, gone.line)
        found = dict(heading=gone.text, id=gone.id, where=f"{en.display}:{gone.line}", path=zh.display)
        return [problem(zh.display, line, HEADING_PARITY, "heading_deleted_zh", **found)]
    if len(zh.headings) != len(en.headings):
        extra = en.headings[len(zh.headings)] if len(en.headings) > len(zh.headings) else None
        line = extra.line if extra else (en.headings[-1].line if en.headings else 1)
        problems.append(
            problem(
                en.display, line, HEADING_PARITY, "heading_count", count=len(en.headings), zh_count=len(zh.headings)
            )
        )
    return problems


def _heading_before(page: PageReading, line: int) -> Heading | None:
    return next((heading for heading in reversed(page.headings) if heading.line <= line), None)


def corresponding_line(zh: PageReading, en: PageReading, zh_line: int) -> int:
    """The English line that stands where `zh_line` stands in the Chinese: the
    same heading, and the block with the same position under it."""
    heading = _heading_before(zh, zh_line)
    heading_id = heading.id if heading else None

    def blocks_under(page: PageReading, wanted: str | None) -> list[int]:
        lines = []
        for block in page.blocks:
            current = _heading_before(page, block.line)
            if (current.id if current else None) == wanted and block.tag not in ("h1", "h2", "h3", "h4", "h5", "h6"):
                lines.append(block.line)
        return lines

    zh_lines, en_lines = blocks_under(zh, heading_id), blocks_under(en, heading_id)
    position = sum(1 for line in zh_lines if line < zh_line) if zh_lines else 0
    if position < len(en_lines):
        return en_lines[position]
    target = next((h for h in en.headings if h.id == heading_id), None)
    return target.line if target else 1


def check_metric_tables(
    zh: PageReading,
    en: PageReading,
    zh_metrics: list[Metric],
    en_metrics: list[Metric],
    zh_unseen: Iterable[str] = (),
    en_unseen: Iterable[str] = (),
) -> list[Problem]:
    """Rule 13; `zh_unseen`, `en_unseen`: codes of rows that rule 4 reports
    (hidden, cut off, malformed), not to be reported again as missing."""
    zh_unseen, en_unseen = set(zh_unseen), set(en_unseen)
    problems = []
    english = {metric.code: metric for metric in en_metrics}
    chinese = {metric.code: metric for metric in zh_metrics}
    for index, metric in enumerate(zh_metrics):
        other = english.get(metric.code)
        if other is None and metric.code in en_unseen:
            continue
        if other is None:
            previous = next((english[m.code] for m in reversed(zh_metrics[:index]) if m.code in english), None)
            tables = metric_tables(en)
            line = (
                previous.line if previous else (tables[0].line if tables else corresponding_line(zh, en, metric.line))
            )
            problems.append(
                problem(en.display, line, METRIC_PARITY, "metric_missing_en", code=metric.code, where=metric.where)
            )
            continue
        if metric.value and other.value and metric.value.number != other.value.number:
            problems.append(
                _metric_problem(
                    other, metric, "metric_value_parity", value=other.value_text, zh_value=metric.value_text
                )
            )
        elif metric.value and other.value and metric.value.approx != other.value.approx:
            key = "metric_approx_missing" if metric.value.approx else "metric_approx_extra"
            problems.append(_metric_problem(other, metric, key, value=other.value_text))
        if metric.kind and other.kind and metric.kind != other.kind:
            problems.append(
                _metric_problem(
                    other,
                    metric,
                    "metric_kind_parity",
                    unit=other.unit_text,
                    kind=kind_words(other.kind),
                    zh_kind=kind_words(metric.kind),
                )
            )
    problems += [
        problem(en.display, metric.line, METRIC_PARITY, "metric_extra_en", code=metric.code, page=zh.display)
        for metric in en_metrics
        if metric.code not in chinese and metric.code not in zh_unseen
    ]
    in_order = [m.code for m in zh_metrics] == [m.code for m in en_metrics]
    if not problems and not zh_unseen and not en_unseen and not in_order:
        first = next(b for a, b in zip(zh_metrics, en_metrics, strict=True) if a.code != b.code)
        problems.append(problem(en.display, first.line, METRIC_PARITY, "metric_order"))
    return problems


def check_english_units(zh_metrics: list[Metric], en_metrics: list[Metric], units: Units) -> list[Problem]:
    """Rule 7: an English count says what its indicator counts: people where
    the Chinese unit counts people (人次 may count either), otherwise a noun
    of the indicator ("833 contracts", never "833 copies" or "833 units")."""
    chinese = {metric.code: metric for metric in zh_metrics}
    problems = []
    for metric in en_metrics:
        other = chinese.get(metric.code)
        zh_unit = units.zh.get(other.unit_text) if other else None
        if not (other and zh_unit and metric.kind == other.kind == "count"):
            continue
        people = metric.unit_text in units.english_people
        if zh_unit.counts == "people" and not people:
            key, params = "metric_unit_not_people", {"allowed": sorted(units.english_people)}
        elif people and zh_unit.counts == "things":
            key, params = "metric_unit_people_of_things", {"label": metric.label}
        elif not people and not _names(metric.unit_text, metric.label):
            key, params = "metric_unit_not_in_label", {"label": metric.label}
        else:
            continue
        problems.append(
            problem(
                metric.reading.display,
                metric.line,
                METRIC_UNIT,
                key,
                code=metric.code,
                unit=metric.unit_text,
                zh_unit=zh_unit.zh,
                where=other.where,
                **params,
            )
        )
    return problems


def _names(noun: str, label: str) -> bool:
    """Whether an indicator names what `noun` counts (companies: "Express
    delivery companies surveyed"; reads: "Reads (clicks)")."""
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return re.search(rf"\b(?:{re.escape(noun)}|{re.escape(singular)})\b", label, re.IGNORECASE) is not None


def _metric_problem(metric: Metric, chinese: Metric, key: str, **params: object) -> Problem:
    return problem(
        metric.reading.display, metric.line, METRIC_PARITY, key, code=metric.code, where=chinese.where, **params
    )


def _numbers(page: PageReading) -> list[tuple[str, Value, int]]:
    """(as written, figure, line) for each figure of the text, where it first is."""
    seen: dict[Decimal, tuple[str, Value, int]] = {}
    for block in page.blocks:
        for start, end, written, value in text_numbers(block.visible, page.lang):
            line = page.line_of(block.visible[start : end + 4], block.line)
            seen.setdefault(value.number, (written, value, line))
    return list(seen.values())


def _words(page: PageReading) -> list[tuple[str, Decimal, int]]:
    """(as written, number, line) of each figure of the text written in
    words: English number words; Chinese numerals before a measure word
    (三个, 五轮), not 一 alone ("a")."""
    found = []
    for block in page.blocks:
        if page.lang == "en":
            numbers = [(written, number) for _, _, written, number in english_number_words(block.visible)]
        else:
            numbers = [
                (match.group(0) + measure.group(0), chinese_numeral(match.group(0)))
                for match in ZH_NUMERAL.finditer(block.visible)
                if (measure := MEASURE_WORD.match(block.visible, match.end()))
                and match.group(0) not in ("一", "零", "〇")
            ]
        for written, number in numbers:
            found.append((written, number, page.line_of(written, block.line)))
    return found


def _numeral_runs(text: str) -> set[Decimal]:
    """The numbers the Chinese writes in characters, as runs (十九 19) and,
    in runs of two or more, each character (五四 5 and 4: "Five-Four"); a
    character alone counts only before a measure word (_words), for 伍 of
    队伍 is no five."""
    numbers: set[Decimal] = set()
    for match in ZH_NUMERAL.finditer(text):
        if len(match.group(0)) > 1:
            numbers |= chinese_numbers(match.group(0))
    return numbers


# Measure words after Chinese numerals that make them a count (三个排头兵, 五轮, 两项).
MEASURE_WORD = re.compile(r"[个项轮次名家场条届种批类支位所座件篇张份起大]")


def check_paragraphs(zh: PageReading, en: PageReading) -> list[Problem]:
    """Rule 11: a Chinese paragraph of the report with no English at all
    (deleted, or never written) is one message where it belongs, not every
    figure and term of it missing (rules 14 and 15 wait for it: checks.py)."""
    zh_paragraphs = [block for block in zh.text_blocks(editorial=False) if block.tag == "p"]
    en_paragraphs = [block for block in en.text_blocks(editorial=False) if block.tag == "p"]
    if len(en_paragraphs) >= len(zh_paragraphs):
        return []

    def figures(text: str, lang: str) -> set[Decimal]:
        return {value.number for *_, value in text_numbers(text, lang)}

    zh_figures = [figures(block.visible, "zh") for block in zh_paragraphs]
    en_figures = [figures(block.visible, "en") for block in en_paragraphs]

    def alike(a: set[Decimal], b: set[Decimal]) -> float:
        return len(a & b) / len(a | b) if a or b else 0.5

    def fit(left_out: int) -> float:
        kept = zh_figures[:left_out] + zh_figures[left_out + 1 :]
        return sum(alike(a, b) for a, b in zip(kept, en_figures, strict=False))

    # the Chinese paragraph without which the others pair best with the English, in order
    missing = max(range(len(zh_paragraphs)), key=lambda index: (fit(index), -index))
    block = zh_paragraphs[missing]
    line = en_paragraphs[missing].line if missing < len(en_paragraphs) else _after_last(en)
    text = block.visible.strip()
    found = dict(where=f"{zh.display}:{block.line}", text=text if len(text) <= 30 else text[:30] + "…")
    return [problem(en.display, line, PAGE_PARITY, "paragraph_missing_en", **found)]


def _after_last(page: PageReading) -> int:
    """The line after the page's last block of the report's text (its
    paragraphs end at its editorial blocks and tables, if any)."""
    blocks = [block.line for block in page.text_blocks(editorial=False)]
    later = sorted([table.line for table in page.tables] + [block.line for block in page.editorial_blocks])
    last = max(blocks, default=page.body_start)
    following = [start for start in later if start > last]
    return following[0] if following else len(page.lines) or 1


def check_numbers(zh: PageReading, en: PageReading) -> list[Problem]:
    """Figures in the text: every Chinese figure in the English text, and
    every English figure somewhere in the Chinese text, in digits and in
    words alike (a figure changed in words, its digits kept, is caught)."""
    problems = []
    en_figures = _numbers(en)
    en_words = _words(en)
    en_numbers = {value.number for _, value, _ in en_figures} | {number for _, number, _ in en_words}
    zh_figures = _numbers(zh)
    zh_numbers = {value.number for _, value, _ in zh_figures} | chinese_numbers(zh.visible_text)
    zh_digits = {value.number: (written, line) for written, value, line in reversed(zh_figures) if not value.approx}
    zh_words = {number for _, number, _ in _words(zh)} | _numeral_runs(zh.visible_text)
    for written, number, line in en_words:
        if number not in zh_numbers:
            problems.append(
                problem(en.display, line, NUMBER_PARITY, "number_extra_en", figure=written, page=zh.display)
            )
        elif number in zh_digits and number not in zh_words and written.split()[-1].lower() not in EN_ORDINALS:
            # the style sheet: a figure the Chinese writes in digits is in digits in the English too
            # (ordinals are words up to the ninth, whatever the Chinese)
            figure, zh_line = zh_digits[number]
            problems.append(
                problem(
                    en.display,
                    line,
                    NUMBER_PARITY,
                    "number_in_words_en",
                    written=written,
                    figure=figure,
                    zh_where=f"{zh.display}:{zh_line}",
                    english=format_value(Value(number), "en"),
                )
            )
    for written, number, line in _words(zh):
        if number not in en_numbers:
            problems.append(
                problem(
                    en.display,
                    corresponding_line(zh, en, line),
                    NUMBER_PARITY,
                    "number_word_missing_en",
                    figure=written,
                    zh_where=f"{zh.display}:{line}",
                )
            )
    for written, value, line in zh_figures:
        if value.number not in en_numbers:
            key = "number_missing_en_approx" if value.approx else "number_missing_en"
            problems.append(
                problem(
                    en.display,
                    corresponding_line(zh, en, line),
                    NUMBER_PARITY,
                    key,
                    figure=written,
                    zh_where=f"{zh.display}:{line}",
                    english=format_value(Value(value.number), "en"),
                )
            )
    for written, value, line in en_figures:
        if value.number not in zh_numbers:
            problems.append(
                problem(en.display, line, NUMBER_PARITY, "number_extra_en", figure=written, page=zh.display)
            )
    return problems
