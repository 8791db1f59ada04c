"""The figures at a glance (issue 15): which figures the home page shows
(data/key_figures.yml), which charts are drawn (data/charts.yml), and every
figure of an edition as the generated pages show it.

Both data files name figures by code only: a figure's indicator, value,
unit and note always come from its row in a metric table, which the checks
have validated (rules 4 to 10), in the language of the page that shows it.
Rule 20 checks the files against the tables: every code is a row's; a
chart's figures share one kind and one unit; a part is no more than its
whole, and a whole is exact. A file with a mistake is not drawn from at
all (the build fails on the mistake; a preview shows the rest).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from .catalog import READER
from .config import nav_pages
from .data import CHART_KIND_WORDS, CHART_KINDS, Chart, Coded, kind_words, kinds_words
from .datafiles import DataFile
from .diagnostics import Problem, problem
from .messages import Words
from .metrics import Metric
from .rules import DATA_FILES
from .values import Value, ascii_figures, format_value

if TYPE_CHECKING:
    from .site import Site


# --- the data files -------------------------------------------------------------------------


# --- rule 20: the files against the metric tables ------------------------------------------


def check_figures(site: Site) -> list[Problem]:
    """The key figures and the charts name rows that exist, and each chart
    draws figures that can be drawn together."""
    data = site.data
    zh = _metrics(site, "zh")
    if not zh:
        return []  # no metric tables could be read: their own problems say why
    en = _metrics(site, "en") if site.fully_read("en") else {}
    # A code may be missing only because its page or row could not be read:
    # that problem is reported where it stands, not as a wrong code here.
    codes_known = site.fully_read("zh")
    problems = []
    if data.key_figures is not None:
        file = data.files["key_figures"]
        for coded in (*data.key_figures.home, data.key_figures.citation):
            if coded.code not in zh and codes_known:
                problems.append(_unknown(file, coded, zh))
    if data.charts is not None:
        problems += _check_charts(data.charts, data.files["charts"], zh, en, codes_known=codes_known)
    return problems


def drawable_charts(site: Site) -> list[Chart]:
    """The charts that pass rule 20, the only ones drawn."""
    if site.data.charts is None:
        return []
    zh, en = _metrics(site, "zh"), _metrics(site, "en")
    file = site.data.files["charts"]
    return [chart for chart in site.data.charts if zh and not _check_charts([chart], file, zh, en)]


def _metrics(site: Site, lang: str) -> dict[str, Metric]:
    return {m.code: m for r in site.readings(lang) for m in site.metrics(r).metrics}


def _unknown(file: DataFile, coded: Coded, codes: Iterable[str]) -> Problem:
    """An unknown code, with the code the editor most likely meant."""
    known = list(codes)
    example = (difflib.get_close_matches(coded.code, known, n=1, cutoff=0) or known)[0]
    return problem(file.display, coded.line, DATA_FILES, "figure_code_unknown", code=coded.code, example=example)


def _check_charts(
    charts: list[Chart], file: DataFile, zh: dict[str, Metric], en: dict[str, Metric], *, codes_known: bool = True
) -> list[Problem]:
    problems: list[Problem] = []
    for chart in charts:  # (an id used twice is the schema's: datafiles.duplicate_problems)
        unknown = [coded for coded in chart.codes if coded.code not in zh]
        if codes_known:
            problems += [_unknown(file, coded, zh) for coded in unknown]
        drawable = [
            coded
            for coded in chart.codes
            if coded.code in zh and zh[coded.code].value is not None and zh[coded.code].kind is not None
        ]
        if unknown or len(drawable) < len(chart.codes):
            continue  # a row with a mistake is reported where it stands
        problems += _check_chart(chart, file, zh, en)
    return problems


def _check_chart(chart: Chart, file: DataFile, zh: dict[str, Metric], en: dict[str, Metric]) -> list[Problem]:
    allowed = CHART_KINDS[chart.kind]
    for coded in chart.codes:
        kind = zh[coded.code].kind
        if kind is not None and kind not in allowed:
            return [
                problem(
                    file.display,
                    coded.line,
                    DATA_FILES,
                    "chart_kind_wrong",
                    chart=chart.id,
                    chart_kind=CHART_KIND_WORDS[chart.kind],
                    code=coded.code,
                    kind=kind_words(kind),
                    allowed=kinds_words(allowed),
                )
            ]
    first = chart.codes[0]
    # a row missing from the English page is rule 13's one message: its unit is not compared here
    untranslated = bool(en) and any(coded.code not in en for coded in chart.codes)
    for coded in [] if untranslated else chart.codes[1:]:
        if _unit(coded.code, zh, en) != _unit(first.code, zh, en):
            unit, kind = _unit(coded.code, zh, en)
            first_unit, first_kind = _unit(first.code, zh, en)
            # said in each language's unit words: a Chinese message names the Chinese units (and the
            # English ones as well where the Chinese ones are the same)
            zh_unit, zh_first = zh[coded.code].unit_text, zh[first.code].unit_text
            same = zh_unit == zh_first
            notes = [Words(f"；英文页面写作 {english}" if same and en else "", "") for english in (unit, first_unit)]
            if en:
                unit, first_unit = Words(zh_unit, unit), Words(zh_first, first_unit)
            return [
                problem(
                    file.display,
                    coded.line,
                    DATA_FILES,
                    "chart_units_differ",
                    chart=chart.id,
                    code=coded.code,
                    unit=unit,
                    kind=kind_words(kind),
                    first=first.code,
                    first_unit=first_unit,
                    first_kind=kind_words(first_kind),
                    unit_note=notes[0],
                    first_note=notes[1],
                )
            ]
    if chart.whole is None:
        return []
    whole = zh[chart.whole.code]
    if whole.value.approx:
        return [
            problem(
                file.display,
                chart.whole.line,
                DATA_FILES,
                "chart_whole_approx",
                chart=chart.id,
                whole=whole.code,
                value=whole.value_text,
            )
        ]
    return [
        problem(
            file.display,
            coded.line,
            DATA_FILES,
            "chart_part_exceeds_whole",
            chart=chart.id,
            code=coded.code,
            value=zh[coded.code].value_text,
            whole=whole.code,
            whole_value=whole.value_text,
        )
        for coded in chart.parts
        if zh[coded.code].value.number > whole.value.number
    ]


def _unit(code: str, zh: dict[str, Metric], en: dict[str, Metric]) -> tuple[str, str]:
    """(unit, kind) of a figure: the English unit names what is counted (名
    and 人 are both "people"); the Chinese one where there is no English."""
    if not en:  # the English edition unread: its units are not compared
        return "", zh[code].kind or ""
    metric = en.get(code) or zh[code]
    return metric.unit_text, zh[code].kind or ""


# --- every figure of an edition, as the generated pages show it ------------------------------


@dataclass(frozen=True)
class Figure:
    code: str
    rel: str  # the page it stands on, e.g. "work-advancement/hardship-relief.md"
    label: str
    value: Value
    value_text: str  # as the table writes it
    unit: str
    kind: str
    note: str

    @property
    def anchor(self) -> str:
        return self.code.lower()

    @property
    def approx(self) -> bool:
        return self.value.approx

    @property
    def number(self) -> Decimal:
        return self.value.number

    def shown(self, lang: str) -> str:
        """The value as a reader of `lang` reads it: as the table writes it,
        with a minus sign for a fall; in English, a "more than" value as the
        number alone (the words "more than" go with it: see APPROX)."""
        if lang == "en" and self.approx:
            return format_value(Value(self.number), "en")
        return ascii_figures(self.value_text).replace("-", "−")


# "More than", said in words where English shows a value; Chinese writes 余
# as the report does.
APPROX = {lang: words["written"] for lang, words in READER["approx"].items()}


@dataclass(frozen=True)
class Group:
    """The figures of one top-level part of the navigation: a pillar, or a
    page of its own."""

    title: str
    anchor: str
    rel: str  # its first page
    pages: list[tuple[str, str, str, list[Figure]]]  # (page, title, anchor, figures) of each page with figures


def edition_figures(site: Site, lang: str) -> dict[str, Figure]:
    """Every figure of an edition that the checks could read, by code, in reading order."""
    found = {}
    for rel in _reading_order(site, lang):
        reading = site.editions[lang].readings[rel]
        for metric in site.metrics(reading).metrics:
            if metric.value is None or metric.kind is None:
                continue
            found[metric.code] = Figure(
                metric.code,
                rel,
                metric.label,
                metric.value,
                metric.value_text,
                metric.unit_text,
                metric.kind,
                metric.note,
            )
    return found


def _reading_order(site: Site, lang: str) -> list[str]:
    readings = site.editions[lang].readings
    order = [rel for rel in nav_pages(site.source_edition.config["nav"]) if rel in readings]
    return order + sorted(set(readings) - set(order))


def groups(site: Site, lang: str, figures: dict[str, Figure]) -> list[Group]:
    """The figures grouped as the navigation groups their pages."""
    readings = site.editions[lang].readings
    by_page: dict[str, list[Figure]] = {}
    for figure in figures.values():
        by_page.setdefault(figure.rel, []).append(figure)

    def heading(rel: str) -> tuple[str, str]:
        reading = readings.get(rel)
        first = reading.headings[0] if reading and reading.headings else None
        stem = rel.removesuffix(".md").removesuffix("/index").rsplit("/", 1)[-1]
        return (first.text, first.id or stem) if first else (stem, stem)

    result = []
    for item in site.source_edition.config["nav"] or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages = nav_pages(value) if isinstance(value, list) else [value] if isinstance(value, str) else []
        shown = [(rel, *heading(rel), by_page[rel]) for rel in pages if rel in by_page]
        if shown:
            title, anchor = heading(pages[0])
            result.append(Group(title, anchor, pages[0], shown))
    return result


def chart_pages(charts: Iterable[Chart], figures: dict[str, Figure]) -> dict[str, list[Chart]]:
    """The charts each page shows under its metric table: those whose
    figures all stand on that page."""
    shown: dict[str, list[Chart]] = {}
    for chart in charts:
        pages = {figures[coded.code].rel for coded in chart.codes if coded.code in figures}
        if len(pages) == 1 and all(coded.code in figures for coded in chart.codes):
            shown.setdefault(pages.pop(), []).append(chart)
    return shown
