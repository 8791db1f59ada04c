"""Metric tables: reading them from the rendered pages, checking them.

A metric table is a table whose header is exactly `| 编号 | 指标 | 数值 | 单位 |
说明 |` (Chinese pages) or `| Code | Indicator | Value | Unit | Note |`
(English pages), wherever it stands on the page (in an admonition, a list, a
`<div markdown>`, with or without outer pipes): the checks read the page as
it is rendered (reading.py). A row readers cannot see (in an HTML comment, in
a code block, cut off from its table) is an error. See the rule reference
(guide/en/rules.md), rules 4 to 10.

Rule 9 binds each row of a Chinese table to the one place in the page's text
that states its figure (value and unit, e.g. 1345家, 9万余名, 2.4%), and each
figure the text states with a unit to one row: a row whose figure the text
does not state, a figure stated without a row, two rows on one figure, an
indicator that does not say what its sentence says, or two indicators
swapped, each fails at its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from .data import OPERATORS, ConsistencyRule, Units
from .datafiles import DataFile
from .diagnostics import Problem, problem
from .messages import Words
from .metric_table import CODE, HEADERS, ROW_LIKE
from .reading import PageReading, Table, normalise
from .rules import (
    METRIC_CODE,
    METRIC_CONSISTENCY,
    METRIC_PROSE,
    METRIC_RANGE,
    METRIC_UNIT,
    METRIC_VALUE,
    TABLE_FORMAT,
)
from .values import (
    EXAMPLES,
    TYPED_CHARS,
    Value,
    ascii_figures,
    char_names,
    parse_value,
    text_numbers,
    typed_as_ascii,
    typed_chars,
    typed_value_fix,
    value_problem,
)

CHANGE = "change_percent"
RISE_WORDS = ("增长", "增加", "提高", "上升", "上涨")
FALL_WORDS = ("下降", "减少", "降低", "下跌", "回落")


# --- the unit vocabulary and the consistency rules -------------------------------------


# --- reading the tables ------------------------------------------------------------------


@dataclass
class Metric:
    code: str
    reading: PageReading = field(repr=False)
    table: int
    line: int
    label: str
    value_text: str
    value: Value | None
    unit_text: str
    kind: str | None
    note: str

    @property
    def where(self) -> str:
        return f"{self.reading.display}:{self.line}"


@dataclass
class PageMetrics:
    metrics: list[Metric]
    problems: list[Problem]
    accepted: set[int]  # the tables the renderer may mark up as metric tables
    unseen: list[tuple[str, ...]] = field(default_factory=list)  # cells of rows readers cannot see

    @property
    def unseen_codes(self) -> list[str]:
        return [cells[0] for cells in self.unseen if cells]


def _looks_like_metric_header(cells: tuple[str, ...], lang: str) -> bool:
    expected, other = HEADERS[lang], HEADERS["en" if lang == "zh" else "zh"]
    return (
        len(set(cells) & set(expected)) >= 3
        or bool(cells and cells[0] == expected[0])
        or len(set(cells) & set(other)) >= 3
    )


def metric_tables(reading: PageReading) -> list[Table]:
    return [table for table in reading.tables if table.header == HEADERS[reading.lang]]


def read_metrics(reading: PageReading, units: Units | None) -> PageMetrics:
    """The metrics of a page's metric tables, what is malformed in them, and
    metric rows that readers cannot see."""
    expected = HEADERS[reading.lang]
    result = PageMetrics([], [], set())
    for table in reading.tables:
        if table.header != expected:
            if _looks_like_metric_header(table.header, reading.lang):
                result.unseen += [row.cells for row in table.rows]  # its figures are this problem's
                result.problems.append(
                    problem(
                        reading.display,
                        table.line,
                        TABLE_FORMAT,
                        "metric_header_wrong",
                        found="| " + " | ".join(table.header) + " |",
                        expected="| " + " | ".join(expected) + " |",
                    )
                )
            continue
        before = len(result.problems)
        for row in table.rows:
            metric = _read_row(reading, table, row.line, row.cells, units, result.problems)
            if metric:
                result.metrics.append(metric)
            else:
                result.unseen.append(_cells_as_typed(row.cells))
        if len(result.problems) == before:
            result.accepted.add(table.index)
    unseen, cells = unseen_rows(reading)
    result.problems += unseen
    result.unseen += cells
    return result


PIPE = re.compile(r"(?<!\\)\|")


def _cells_as_typed(cells: tuple[str, ...]) -> tuple[str, ...]:
    """A row's cells as its editor meant them: full-width bars (a Chinese input
    method's) split cells too, so that rule 4 alone reports such a row."""
    parts = [part.strip() for cell in cells for part in cell.split("｜")]
    while parts and not parts[-1]:
        parts.pop()
    return tuple(parts[1:] if parts and not parts[0] and len(parts) > 1 else parts)


def _source_cells(line: str) -> int:
    """How many cells a table row has in the source (Markdown drops cells
    beyond the header's, so readers never see them)."""
    body = line.strip().removeprefix(">").strip().removeprefix("|")
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return len(PIPE.split(body))


def _read_row(
    reading: PageReading, table: Table, line: int, cells: tuple[str, ...], units: Units | None, problems: list[Problem]
) -> Metric | None:
    lang, display = reading.lang, reading.display
    expected = HEADERS[lang]
    source = reading.lines[line - 1] if 0 < line <= len(reading.lines) else ""
    if cells and cells[0] and cells[0] in source and _source_cells(source) > len(expected):
        cells = (*cells, *[""] * (_source_cells(source) - len(cells)))
    if len(cells) != len(expected):
        problems.append(
            problem(
                display,
                line,
                TABLE_FORMAT,
                "metric_row_cells",
                count=len(cells),
                expected=len(expected),
                columns=" | ".join(expected),
            )
        )
        return None
    code, label, value_text, unit_text, note = cells
    if any("｜" in cell for cell in cells):  # a Chinese input method's bar: two cells run together
        problems.append(problem(display, line, TABLE_FORMAT, "metric_row_fullwidth_bar"))
        return None
    if not code:
        problems.append(problem(display, line, METRIC_CODE, "metric_code_missing", row=label or value_text))
        return None
    if not CODE.fullmatch(code):
        problems.append(_code_problem(display, line, code))
        return None
    if not label:
        problems.append(problem(display, line, TABLE_FORMAT, "metric_label_empty", code=code, column=expected[1]))
    value = parse_value(value_text, lang)
    typed = typed_value_fix(value_text, lang)
    if typed:
        # 1，300 reads as 1300 but readers would see the input method's comma: one message, and
        # the value as meant for the other rules (so that no rule reports the row again)
        chars, fixed, value = typed
        note = SEPARATOR_NOTE[lang] if "," in typed_as_ascii("".join(chars)) else Words("", "")
        found = dict(code=code, value=value_text, chars=char_names(chars), fixed=fixed, note=note)
        problems.append(problem(display, line, METRIC_VALUE, "metric_value_typed", **found))
    elif value is None:
        key = value_problem(value_text, lang)
        problems.append(problem(display, line, METRIC_VALUE, key, code=code, value=value_text, examples=EXAMPLES[lang]))
    kind = units.kind(unit_text, lang) if units else None
    meant = typed_as_ascii(unit_text, keep=KEPT_IN_UNITS).strip("、，。；：,;:")
    if units and kind is None and meant and meant != unit_text and units.kind(meant, lang):
        # 个、 or 个。: the unit meant, with an input method's mark
        kind = units.kind(meant, lang)
        extra = [char for char in dict.fromkeys(unit_text) if char not in meant]
        names = char_names(extra) if all(c in TYPED_CHARS for c in extra) else "“" + "".join(extra) + "”"
        found = dict(code=code, unit=unit_text, chars=names, fixed=meant)
        problems.append(problem(display, line, METRIC_UNIT, "metric_unit_typed", **found))
        unit_text = meant  # as meant for rule 9, which would report the row again
    elif units and kind is None:
        problems.append(_unit_problem(display, line, code, unit_text, lang, units))
    elif kind == "percent" and value is not None and not (0 <= value.number <= 100):
        problems.append(
            problem(display, line, METRIC_RANGE, "metric_rate_range", code=code, value=value_text, unit=unit_text)
        )
    if value is not None and kind and kind != CHANGE and value.number < 0:
        problems.append(problem(display, line, METRIC_VALUE, "value_negative", code=code, value=value_text))
    return Metric(code, reading, table.index, line, label, value_text, value, unit_text, kind, note)


SEPARATOR_NOTE = {
    "zh": Words("（中文页面的数值不加千位分隔符）", " (a Chinese page's values have no thousands separators)"),
    "en": Words("", ""),
}
# Full-width marks that units of the vocabulary hold as they are: 场（次）.
KEPT_IN_UNITS = "（）"
# A code's number written with one digit (GD-2): the code meant has two.
SHORT_CODE = re.compile(r"([A-Z]{2,3})-(\d)")


def _code_problem(display: str, line: int, code: str) -> Problem:
    """A malformed code, with the code meant when it can be told: ＧＤ－01
    typed with an input method's letters or hyphen, GD-2 with one digit."""
    meant = typed_as_ascii(code)
    chars = typed_chars(code)
    if chars and CODE.fullmatch(meant):
        return problem(display, line, METRIC_CODE, "metric_code_typed", code=code, chars=char_names(chars), fixed=meant)
    short = SHORT_CODE.fullmatch(meant)
    example = f"{short[1]}-0{short[2]}" if short else "DB-01"
    return problem(display, line, METRIC_CODE, "metric_code_malformed", code=code, example=example)


def _unit_problem(display: str, line: int, code: str, unit_text: str, lang: str, units: Units) -> Problem:
    if lang == "zh":
        if unit_text in units.english:
            return problem(display, line, METRIC_UNIT, "metric_unit_english_on_zh", code=code, unit=unit_text)
        return problem(
            display, line, METRIC_UNIT, "metric_unit_unknown_zh", code=code, unit=unit_text, allowed=list(units.zh)
        )
    if unit_text in units.zh:
        kind = units.zh[unit_text].kind
        choices = [word for word, of_kind in units.english.items() if of_kind == kind]
        return problem(
            display, line, METRIC_UNIT, "metric_unit_chinese_on_en", code=code, unit=unit_text, allowed=choices
        )
    return problem(
        display, line, METRIC_UNIT, "metric_unit_unknown_en", code=code, unit=unit_text, allowed=list(units.english)
    )


def unseen_rows(reading: PageReading) -> tuple[list[Problem], list[tuple[str, ...]]]:
    """Metric rows in the source that readers never see as rows of a table:
    one problem per comment or block that holds them, and their cells (so
    that their figures in the text are not reported again)."""
    problems, rows = [], []
    keys = {"comment": "metric_row_in_comment", "pre": "metric_row_as_code"}
    for hidden in reading.hidden:
        text, line, key = hidden.text, hidden.line, keys.get(hidden.tag, "metric_row_not_in_table")
        found = [row for row in text.split("\n") if ROW_LIKE.search(row)]
        if not found:
            continue  # a comment with other text: rule 19 says so
        codes = [ROW_LIKE.search(row)[1] for row in found]
        first = reading.line_of(found[0], line)
        problems.append(problem(reading.display, first, TABLE_FORMAT, key, code=codes))
        rows += [tuple(cell.strip() for cell in row.strip().strip("|").split("|")) for row in found]
    return problems, rows


# --- rule 9: each row bound to its figure in the text ------------------------------------------------------


@dataclass
class Figure:
    """A figure stated in the report text of a page."""

    block: int
    start: int
    end: int
    written: str  # as written, with its unit
    value: Value
    unit: str | None  # the unit as written after it, if any
    sign: int  # -1 after a word of falling, +1 after one of rising, else 0
    line: int
    clause: str
    sentence: str


CLAUSE_BREAK = re.compile(r"[，；。：！？（）()、,;:!?\n]")
SENTENCE_BREAK = re.compile(r"[；。！？;!?\n]")
WORD_CHARS = re.compile(r"[\u3400-\u9fffA-Za-z]")
LABEL_MATCH = 0.4  # share of an indicator's words that its sentence must hold
SWAP_MARGIN = 0.1  # how much better two indicators fit each other's figures to be "swapped"


def _span(text: str, position: int, pattern: re.Pattern, before: int = 0) -> str:
    starts = [0] + [m.end() for m in pattern.finditer(text, 0, position)]
    ends = [m.start() for m in pattern.finditer(text, position)] + [len(text)]
    return text[starts[max(len(starts) - 1 - before, 0)] : ends[0]]


def _words(text: str) -> set[str]:
    """Pairs of adjacent characters: Chinese words without a dictionary."""
    chars = "".join(WORD_CHARS.findall(text))
    return {chars[i : i + 2] for i in range(len(chars) - 1)} or ({chars} if chars else set())


def label_share(label: str, text: str) -> float:
    """The share of an indicator's words (pairs of characters) that a text holds."""
    words = _words(label)
    return len(words & _words(text)) / len(words) if words else 0.0


def figures(reading: PageReading, units: Units, report: str | None = None) -> list[Figure]:
    """The figures of a page's report text (and of the report's own text
    that stands in an editorial block, which rule 3 reports once)."""
    forms = units.text_forms()
    found = []
    for index, block in enumerate(reading.blocks):
        if block.editorial and not (
            report and len(normalise(block.visible)) > 20 and normalise(block.visible) in report
        ):
            continue
        text = ascii_figures(block.visible)
        for start, end, written, value in text_numbers(text, "zh"):
            unit = next((form for form in forms if text.startswith(form, end)), None)
            close = text[max(0, start - 4) : start]
            sign = (
                -1 if any(word in close for word in FALL_WORDS) else (1 if any(w in close for w in RISE_WORDS) else 0)
            )
            shown = written + (unit or "")
            line = reading.line_of(text[start : start + len(shown) + 4], block.line)
            clause = _span(text, start, CLAUSE_BREAK)
            sentence = _span(text, start, SENTENCE_BREAK, before=1)
            found.append(Figure(index, start, end, shown, value, unit, sign, line, clause, sentence))
    return found


def _fits(metric: Metric, figure: Figure, units: Units) -> bool:
    if metric.value is None or figure.value.approx != metric.value.approx:
        return False
    if figure.value.number != abs(metric.value.number):
        return False
    unit = units.zh.get(metric.unit_text)
    return unit is not None and (figure.unit is None or figure.unit in unit.in_text)


def _context(figure: Figure) -> str:
    return figure.clause if len(figure.clause) <= 40 else figure.clause[:40] + "…"


def check_binding(page: PageMetrics, reading: PageReading, units: Units, report: str | None = None) -> list[Problem]:
    """Rule 9 for a Chinese page: rows and the figures of its text, one to
    one. `report`: the report's text without spaces, when known: a figure
    the report does not give is rule 3's (text not the report's), said once."""
    display, metrics = reading.display, page.metrics
    text_figures = figures(reading, units, report)
    candidates = sorted(
        (
            (label_share(metric.label, figure.clause), label_share(metric.label, figure.sentence), -i, -j, i, j)
            for i, metric in enumerate(metrics)
            for j, figure in enumerate(text_figures)
            if _fits(metric, figure, units)
        ),
        reverse=True,
    )
    bound: dict[int, int] = {}
    taken: dict[int, int] = {}
    for *_, i, j in candidates:
        if i not in bound and j not in taken:
            bound[i], taken[j] = j, i
    explained = set(taken) | _unseen_figures(page.unseen, text_figures, units)
    explained |= _figures_of_broken_rows(metrics, text_figures, explained)
    problems: list[Problem] = []
    unbound = []
    for i, metric in enumerate(metrics):
        if metric.value is None or metric.kind is None:
            continue
        if i in bound:
            problems += _bound_problems(metric, text_figures[bound[i]], display)
        else:
            unbound.append(_unbound_problem(metric, metrics, text_figures, candidates, taken, explained, units))
    if len(unbound) >= 2 and not bound and all(found.key == "metric_not_in_text" for found in unbound):
        # not one row's figure is in the text: the text is what changed (a paragraph deleted or
        # cut), one message at the table, not one per row
        first, last = unbound[0], unbound[-1]
        codes = f"{dict(first.params)['code']}–{dict(last.params)['code']}"
        problems.append(problem(display, first.line, METRIC_PROSE, "metric_text_missing", codes=codes))
    else:
        problems += unbound
    problems += _swaps(metrics, text_figures, bound, display)
    declared = _not_metrics(reading)
    for j, figure in enumerate(text_figures):
        invented = report is not None and normalise(figure.written) not in report
        if j not in explained and figure.unit is not None and figure.written not in declared and not invented:
            problems.append(
                problem(
                    display,
                    figure.line,
                    METRIC_PROSE,
                    "figure_without_row",
                    figure=figure.written,
                    context=_context(figure),
                )
            )
    stated = {figure.written for figure in text_figures}
    for written in sorted(_not_metrics(reading, well_formed=True) - stated):
        bare = written.strip(CURLY_QUOTES)
        if bare != written and bare in stated:
            # “103家”: the Chinese quotation marks an input method types, read by YAML as part of the figure
            key, values = "not_metric_curly_quotes", {"figure": written, "bare": bare}
        else:
            key, values = "not_metric_unknown", {"figure": written}
        problems.append(problem(display, reading.meta_line("not_metrics"), METRIC_PROSE, key, **values))
    return problems


CURLY_QUOTES = "“”‘’「」"
NOT_METRIC_KEYS = {"figure", "reason"}


def _unbound_problem(
    metric: Metric,
    metrics: list[Metric],
    text_figures: list[Figure],
    candidates: list[tuple],
    taken: dict[int, int],
    explained: set[int],
    units: Units,
) -> Problem:
    """Why a row has no figure of the text: another figure is the one its
    words state (a changed value), its figure belongs to another row, or the
    text does not state it at all."""
    display, index = metric.reading.display, metrics.index(metric)
    unit = units.zh.get(metric.unit_text)
    stated = [
        (label_share(metric.label, figure.clause) + label_share(metric.label, figure.sentence), j)
        for j, figure in enumerate(text_figures)
        if j not in explained and unit and figure.unit in unit.in_text
    ]
    best = max(stated, default=(0.0, -1))
    if best[1] >= 0 and label_share(metric.label, text_figures[best[1]].sentence) >= LABEL_MATCH:
        figure = text_figures[best[1]]
        explained.add(best[1])
        return problem(
            display,
            metric.line,
            METRIC_PROSE,
            "metric_value_differs",
            code=metric.code,
            value=metric.value_text + metric.unit_text,
            figure=figure.written,
            label=metric.label,
            context=_context(figure),
            text_line=figure.line,
        )
    others = [j for *_, k, j in candidates if k == index]
    if others:
        holder = metrics[taken[others[0]]]
        return problem(
            display,
            metric.line,
            METRIC_PROSE,
            "metric_figure_taken",
            code=metric.code,
            figure=text_figures[others[0]].written,
            other=holder.code,
            where=holder.where,
        )
    nearest = sorted({f.written for f in text_figures}, key=lambda w: abs(_number(w) - abs(metric.value.number)))[:3]
    return problem(
        display,
        metric.line,
        METRIC_PROSE,
        "metric_not_in_text",
        code=metric.code,
        figure=metric.value_text + metric.unit_text,
        nearest=nearest or ["—"],
    )


def _figures_of_broken_rows(metrics: list[Metric], text_figures: list[Figure], explained: set[int]) -> set[int]:
    """The figures that rows with a wrong value or unit stand for (by value,
    else by their words), so that one mistake in a row is one problem."""
    found = set()
    for metric in metrics:
        if metric.value is not None and metric.kind is not None:
            continue
        free = [j for j in range(len(text_figures)) if j not in explained and j not in found]
        same = [
            j for j in free if metric.value is not None and text_figures[j].value.number == abs(metric.value.number)
        ]
        worded = sorted(free, key=lambda j: -label_share(metric.label, text_figures[j].sentence))
        pick = same[:1] or [j for j in worded[:1] if label_share(metric.label, text_figures[j].sentence) >= LABEL_MATCH]
        found.update(pick)
    return found


def _unseen_figures(rows: list[tuple[str, ...]], text_figures: list[Figure], units: Units) -> set[int]:
    """The figures of the text that rows readers cannot see stand for (their
    problem is reported once, where the rows are)."""
    found = set()
    for cells in rows:
        values = [value for cell in cells if (value := parse_value(cell, "zh"))]
        unit = next((units.zh[cell] for cell in cells if cell in units.zh), None)
        for j, figure in enumerate(text_figures):
            same = any(figure.value.number == abs(v.number) and figure.value.approx == v.approx for v in values)
            if j not in found and same and (unit is None or figure.unit is None or figure.unit in unit.in_text):
                found.add(j)
                break
    return found


def _number(written: str) -> Decimal:
    numbers = text_numbers(written, "zh")
    return numbers[0][3].number if numbers else Decimal(0)


def _bound_problems(metric: Metric, figure: Figure, display: str) -> list[Problem]:
    problems = []
    if metric.label and label_share(metric.label, figure.sentence) < LABEL_MATCH:
        problems.append(
            problem(
                display,
                metric.line,
                METRIC_PROSE,
                "metric_label_mismatch",
                code=metric.code,
                label=metric.label,
                figure=figure.written,
                context=_context(figure),
                text_line=figure.line,
            )
        )
    if metric.kind == CHANGE and figure.sign and (figure.sign < 0) != (metric.value.number < 0):
        key = "metric_sign_fall" if figure.sign < 0 else "metric_sign_rise"
        problems.append(
            problem(
                display,
                metric.line,
                METRIC_PROSE,
                key,
                code=metric.code,
                value=metric.value_text,
                context=_context(figure),
            )
        )
    return problems


def _swaps(metrics: list[Metric], text_figures: list[Figure], bound: dict[int, int], display: str) -> list[Problem]:
    """Two indicators that fit each other's figures clearly better than their own."""
    problems = []
    pairs = sorted(bound.items())
    for a, (i, fi) in enumerate(pairs):
        for j, fj in pairs[a + 1 :]:
            first, second = metrics[i], metrics[j]
            if first.kind != second.kind:
                continue
            own = label_share(first.label, text_figures[fi].clause) + label_share(second.label, text_figures[fj].clause)
            crossed = label_share(first.label, text_figures[fj].clause) + label_share(
                second.label, text_figures[fi].clause
            )
            if crossed >= own + SWAP_MARGIN:
                problems.append(
                    problem(
                        display,
                        first.line,
                        METRIC_PROSE,
                        "metric_labels_swapped",
                        code=first.code,
                        other=second.code,
                        context=_context(text_figures[fi]),
                        other_context=_context(text_figures[fj]),
                    )
                )
    return problems


def _not_metrics(reading: PageReading, well_formed: bool = False) -> set[str]:
    """The figures the front matter declares not metrics (a figure in Chinese
    quotation marks counts as declared: its own message says to fix the marks);
    `well_formed`: only entries rule 2 accepts (a figure YAML read as a number,
    or an entry with a misspelt key, is rule 2's one message)."""
    declared = reading.meta.get("not_metrics") or []
    entries = [entry for entry in declared if isinstance(entry, dict)] if isinstance(declared, list) else []
    if well_formed:
        entries = [e for e in entries if isinstance(e.get("figure"), str) and e["figure"] and set(e) <= NOT_METRIC_KEYS]
    written = {ascii_figures(str(entry.get("figure", ""))) for entry in entries}
    return written | {figure.strip(CURLY_QUOTES) for figure in written}


# --- rules across pages ------------------------------------------------------------------------


def check_unique_codes(metrics: Iterable[Metric]) -> list[Problem]:
    first: dict[str, Metric] = {}
    problems = []
    for metric in metrics:
        if metric.code in first:
            problems.append(
                problem(
                    metric.reading.display,
                    metric.line,
                    METRIC_CODE,
                    "metric_code_duplicate",
                    code=metric.code,
                    where=first[metric.code].where,
                )
            )
        else:
            first[metric.code] = metric
    return problems


def check_consistency(
    rules: list[ConsistencyRule], metrics: dict[str, Metric], rules_file: DataFile, complete: bool = True
) -> list[Problem]:
    """Broken rules; a rule naming an unknown code is a problem only when
    `metrics` is the whole site (a check of a few files skips it)."""
    problems = []
    for rule in rules:
        missing = [code for code in (rule.left, rule.right) if code not in metrics]
        if missing:
            if complete:
                problems.append(
                    problem(
                        rules_file.display,
                        rule.line,
                        METRIC_CONSISTENCY,
                        "metric_rule_unknown_code",
                        constraint=f"{rule.left} {rule.op} {rule.right}",
                        codes=missing,
                    )
                )
            continue
        left, right = metrics[rule.left], metrics[rule.right]
        if left.value is None or right.value is None or OPERATORS[rule.op](left.value.number, right.value.number):
            continue
        problems.append(
            problem(
                left.reading.display,
                left.line,
                METRIC_CONSISTENCY,
                "metric_rule_broken",
                code=left.code,
                value=left.value_text,
                other=right.code,
                other_value=right.value_text,
                where=right.where,
                constraint=f"{rule.left} {rule.op} {rule.right}",
                why=rule.why or "—",
                rules_file=f"{rules_file.display}:{rule.line}",
            )
        )
    return problems
