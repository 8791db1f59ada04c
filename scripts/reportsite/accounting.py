"""Every figure readers see is accounted for (rule 22).

A figure is a number as readers read it: in digits (103, 59.6万, 3,782,700,
2.4%), in Chinese numerals before a unit (三个, 十二万人) or in English words
(five, twenty thousand, Nineteenth). Codes (HR-09) and addresses are not
figures. A figure is accounted for when it is

- a figure of the report's metric tables: a row of the edition has the same
  value ("more than" alike) and, where a unit is written after it, the same
  unit (37827人, "more than 20,000 people");
- the report's own words: in Chinese, the same figure before the same unit
  stands in the report's text (data/source.txt: 三个排头兵, 40周年, 12351);
  in English, the same number stands on the page's Chinese counterpart
  (digits, 万, numerals), which the English translates;
- declared: it is within a match of one of the editorial figures of
  data/editorial_figures.yml (a date, a version, a file size, a page
  number…), each declared once, with its reason and its source.

The checks account in this way for every figure of the editors' text
(editorial blocks and pages, hover text, the glossary, the charts' titles,
the configuration's words) before a build, at its line; delivered.py does
the same for every figure of the built pages and PDFs after it. The report's
own text is bound to its rows by rules 9 and 14.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .config import setting_line
from .data import Declared, Units
from .diagnostics import Problem, problem
from .metric_table import is_metric_header
from .metrics import label_share
from .paths import display_path
from .reading import normalise
from .rules import ACCOUNTED
from .safe_html import made_by_an_extension
from .values import (
    CHINESE_DIGITS,
    ZH_MULTIPLIED,
    ZH_NUMERAL,
    ascii_figures,
    chinese_numbers,
    chinese_numeral,
    english_number_words,
    text_numbers,
)

if TYPE_CHECKING:
    from .reading import PageReading
    from .site import Site

SOURCE_LANGUAGE = "zh"

# Not figures: metric codes, addresses, file names and anchors.
NOT_FIGURES = re.compile(
    r"\b[A-Za-z]{2,3}-\d{2}\b|(?:https?:)?//\S+|#[\w:-]+|\b[\w./-]+\.(?:html|md|yml|json|csv|pdf|txt|png|svg)\b"
)
# "More than", before a figure.
MORE_THAN = {"zh": ("多于", "超过", "逾"), "en": ("more than ",)}
ENGLISH_PERCENT = ("%", " per cent", " percent")
QUOTE_LIMIT = 40
QUOTED = 4  # characters of the report's words beside a figure that make it a quotation
MAX_SHOWN = 5  # figures named in one message; the count of the rest after them
CJK = re.compile(r"[\u3400-\u9fff]")
CJK_RUN = re.compile(r"[\u3400-\u9fff\d.,%（）()]+")
# Numerals that mean "a" rather than a count: 一个编号 is "a code", 从零起 "from zero".
NOT_COUNTS = frozenset({"一", "零", "〇"})


@dataclass(frozen=True)
class Written:
    """A figure as a text writes it."""

    start: int
    end: int
    text: str  # as written: 59.6万, 三个, 2.4, twenty thousand
    number: Decimal
    approx: bool
    unit: str | None  # the unit written right after it (a word of the unit vocabulary), if any
    ordinal: bool = False  # 第十九次, the 40th: an order, not a count


def written_figures(text: str, lang: str, units: Units | None) -> list[Written]:
    """Every figure of a text, in order (each text read once per site's units)."""
    if units is None:
        return _read_figures(text, lang, units)
    read, key = units.read, (text, lang)
    if key not in read:
        read[key] = tuple(_read_figures(text, lang, units))
    return list(read[key])


def _read_figures(text: str, lang: str, units: Units | None) -> list[Written]:
    text = ascii_figures(text)
    skipped = [match.span() for match in NOT_FIGURES.finditer(text)]

    def free(start: int, end: int) -> bool:
        return not any(a <= start and end <= b for a, b in skipped)

    found: list[Written] = []
    if lang == "zh":
        forms = units.text_forms() if units else ["%"]
        for start, end, written, value in text_numbers(text, "zh"):
            if free(start, end):
                found.append(_written(text, start, end, written, value.number, value.approx, lang, forms))
        for match in ZH_NUMERAL.finditer(text):
            end = match.end() + (1 if text[match.end() : match.end() + 1] in ("余", "多") else 0)
            ordinal = text[: match.start()].endswith("第")
            unit = None if ordinal else _unit_after(text, end, forms)
            run = match.group(0)
            multiplied = ZH_MULTIPLIED.search(run) is not None and any(char in CHINESE_DIGITS for char in run)
            counted = unit is not None or ordinal or multiplied  # not 百分比, 千万: words
            if not free(match.start(), end) or not counted or match.group(0) in NOT_COUNTS:
                continue  # numerals are figures before a unit or with 十, 百, 万…: 一线, 四风 are words; 一个 is "a"
            number = chinese_numeral(match.group(0))
            percent = text[: match.start()].endswith("百分之")  # 百分之九十五: 95%
            start = match.start() - 3 if percent else match.start()
            written = text[start:end]
            found.append(Written(start, end, written, number, end > match.end(), "%" if percent else unit, ordinal))
        # English number words a Chinese text may hold too ("参保 fifty thousand people").
        for start, end, written, number in english_number_words(text):
            if free(start, end):
                found.append(Written(start, end, written, number, False, None))
    else:
        forms = sorted([*(units.english if units else {}), "yuan"], key=len, reverse=True)
        zh_forms = units.text_forms() if units else []
        # A Chinese figure quoted in English ("the source reads “2万余人（次）”") reads as Chinese.
        for start, end, written, value in text_numbers(text, "zh"):
            if free(start, end) and (written[-1] in "万亿余多" or _unit_after(text, end, _CJK_UNITS(zh_forms))):
                found.append(_written(text, start, end, written, value.number, value.approx, "zh", zh_forms))
                skipped.append((start, end))
        for start, end, written, value in text_numbers(text, "en"):
            if free(start, end):
                approx = text[:start].endswith(MORE_THAN["en"]) or text[end : end + 1] == "+"
                found.append(_written(text, start, end, written, value.number, approx, lang, forms))
        for start, end, written, number in english_number_words(text):
            if free(start, end):
                approx = text[:start].lower().endswith(MORE_THAN["en"])
                found.append(Written(start, end, written, number, approx, _english_unit(text, end, forms)))
    return sorted(found, key=lambda figure: figure.start)


def _written(
    text: str, start: int, end: int, written: str, number: Decimal, approx: bool, lang: str, forms: list[str]
) -> Written:
    if lang == "zh":
        approx = approx or text[:start].endswith(MORE_THAN["zh"])
        if text[:start].endswith("第"):
            return Written(start, end, written, number, approx, None, ordinal=True)
        return Written(start, end, written, number, approx, _unit_after(text, end, forms))
    ordinal = bool(re.match(r"(?:st|nd|rd|th)\b", text[end:]))
    unit = None if ordinal else _english_unit(text, end, forms)
    return Written(start, end, written, number, approx, unit, ordinal)


def _CJK_UNITS(forms: list[str]) -> list[str]:  # noqa: N802 - read as a constant of the unit vocabulary
    """The units written in Chinese characters (not %, which English writes too)."""
    return [form for form in forms if CJK.search(form)]


def _unit_after(text: str, end: int, forms: Iterable[str]) -> str | None:
    rest = text[end:].lstrip(" \u00a0")
    return next((form for form in forms if rest.startswith(form)), None)


def _english_unit(text: str, end: int, forms: Iterable[str]) -> str | None:
    if text.startswith(ENGLISH_PERCENT, end):
        return "%"
    word = re.match(r"[\s\u00a0]+([A-Za-z][\w'’-]*)", text[end:].removeprefix("+"))
    if word and word.group(1).lower() in set(forms):
        return word.group(1).lower()
    return None


# --- what is declared --------------------------------------------------------------------------


# --- the ledger: what accounts for a figure --------------------------------------------------


@dataclass(frozen=True)
class RowFigure:
    code: str
    approx: bool
    units: frozenset[str]  # the ways its unit is written after the figure
    labels: tuple[str, ...] = ()  # its indicator, in the edition's language (and in Chinese)


@dataclass
class Ledger:
    """What accounts for the figures of one edition."""

    lang: str
    units: Units | None
    rows: dict[Decimal, list[RowFigure]] = field(default_factory=dict)  # by the figure's size
    report: set[tuple[str, str | None]] = field(default_factory=set)  # Chinese: (as written, unit) in the report
    report_written: set[str] = field(default_factory=set)
    report_numbers: set[Decimal] = field(default_factory=set)  # Chinese: every number of the report, for orders
    counterparts: dict[str, set[Decimal]] = field(default_factory=dict)  # English: numbers of each Chinese page
    everywhere: set[Decimal] = field(default_factory=set)  # English: numbers of every Chinese page and the report
    declared: list[Declared] = field(default_factory=list)
    source_text: str = ""  # the report's text, without spaces (for quotations of it)

    def unaccounted(
        self,
        text: str,
        place: str,
        rel: str | None = None,
        counterpart: str | None = None,
        context: str | None = None,
    ) -> list[Written]:
        """The figures of `text` that nothing accounts for; `place` is where
        the text stands (pages, site, pdf), `rel` its page, `counterpart`
        (English) the Chinese it translates, when it is not a page's;
        `context` what says what its figures are (a table row), when not
        their own sentence."""
        cleaned = ascii_figures(text)
        covered = [
            match.span()
            for declared in self.declared
            if declared.applies(self.lang, place, rel)
            for match in declared.pattern.finditer(cleaned)
        ]
        return [
            figure
            for figure in written_figures(text, self.lang, self.units)
            if not any(a <= figure.start and figure.end <= b for a, b in covered)
            and not self._a_row(figure, context if context is not None else _sentence(text, figure), text, place)
            # a row's quantity (its value and unit) is the report's only said of that row (above); any other
            # figure, as the report or its translation gives it
            and (
                self._a_rows_quantity(figure)
                or not self._the_reports(figure, rel, self._translated(text, place, rel, counterpart))
            )
        ]

    def _translated(self, text: str, place: str, rel: str | None, counterpart: str | None) -> set[Decimal]:
        """English: the numbers of the Chinese it translates (its page's, or
        `counterpart`), and of the Chinese it quotes. Chinese: those of the
        words it explains (`counterpart`), if any."""
        if self.lang == "zh":
            return numbers_in(counterpart) if counterpart else set()
        if counterpart is not None:
            # Around the pages (the glossary's entries), what the site translates from its data too.
            numbers = numbers_in(counterpart) | (self.everywhere if place != "pages" else set())
        elif place == "pages" and rel is not None and rel in self.counterparts:
            numbers = self.counterparts[rel]
        else:
            numbers = self.everywhere
        quoted = " ".join(CJK_RUN.findall(text))
        return numbers | numbers_in(quoted) if quoted else numbers

    def _quoted(self, text: str, figure: Written) -> bool:
        """Whether a figure stands with the report's own words around it: a
        quotation of the report ("原文作“…52余项，始终把…”")."""
        if not self.source_text:
            return False
        cleaned = normalise(ascii_figures(text))
        at = normalise(ascii_figures(text[: figure.start]))
        size = len(normalise(ascii_figures(text[figure.start : figure.end]))) + len(figure.unit or "")
        before, after = cleaned[max(0, len(at) - QUOTED) : len(at) + size], cleaned[len(at) : len(at) + size + QUOTED]
        return any(len(part) > size + 2 and part in self.source_text for part in (before, after))

    def _a_rows_quantity(self, figure: Written) -> bool:
        """Whether a figure with its unit is a row's value and unit (whoever it is said of)."""
        return figure.unit is not None and any(
            row.approx == figure.approx and figure.unit in row.units for row in self.rows.get(figure.number, [])
        )

    def rows_of(self, figure: Written) -> list[str]:
        """The codes of the rows whose value and unit a figure is (whoever it is said of)."""
        return [
            row.code
            for row in self.rows.get(figure.number, [])
            if row.approx == figure.approx and figure.unit is not None and figure.unit in row.units
        ]

    def _a_row(self, figure: Written, said: str, text: str, place: str) -> bool:
        """Whether a figure is a row's: the same value and unit, and, where
        the editors wrote it, said of that row's indicator (its words, or
        its code, stand around it): a report figure given for another
        indicator is not accounted for."""
        return any(
            row.approx == figure.approx
            and (figure.unit is None or figure.unit in row.units)
            and (place != "pages" or row.code.lower() in text.lower() or _says(said, row) or self._quoted(text, figure))
            for row in self.rows.get(figure.number, [])
        )

    def _the_reports(self, figure: Written, rel: str | None, translated: set[Decimal]) -> bool:
        if self.lang == "en" and figure.unit in (self.units.english if self.units else {}):
            return False  # an English count of something is a row's or declared
        if self.lang == "en" and not CJK.search(figure.text):
            return figure.number in translated
        if figure.ordinal:
            return figure.number in self.report_numbers or figure.number in translated
        if figure.unit is None:
            return figure.text in self.report_written or figure.number in translated
        return (figure.text, figure.unit) in self.report or (self.lang == "zh" and figure.number in translated)


SENTENCE_BREAKS = re.compile(r"[。！？；\n]|[.!?;](?:\s|$)")
# The share of an indicator's words around an editorial figure that binds it to
# that row: looser than rule 9's (a note says less than the report's sentence).
SAYS_ROW = 0.3
STOP_WORDS = frozenset("the and of in for with from that this which have has were was been into their its".split())


def _sentence(text: str, figure: Written) -> str:
    """The sentence a figure stands in."""
    starts = [0] + [m.end() for m in SENTENCE_BREAKS.finditer(text, 0, figure.start)]
    end = next((m.start() for m in SENTENCE_BREAKS.finditer(text, figure.end)), len(text))
    return text[starts[-1] : end]


def _says(said: str, row: RowFigure) -> bool:
    """Whether a text names a row's indicator: enough of its words, in
    either language (an English note may quote the Chinese)."""
    for label in row.labels:
        if CJK.search(label):
            if label_share(label, said) >= SAYS_ROW:
                return True
            continue
        words = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", label.lower())} - STOP_WORDS
        found = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", said.lower())}
        if words and len(words & found) / len(words) >= SAYS_ROW:
            return True
    return False


def ledger(site: Site, lang: str, declared: list[Declared] | None = None) -> Ledger:
    """What accounts for the figures of the edition `lang`."""
    units = site.data.units
    book = Ledger(lang, units, declared=list(declared or site.data.declared or []))
    chinese = {m.code: m for r in site.readings("zh") for m in site.metrics(r).metrics}
    for reading in site.readings(lang):
        for metric in site.metrics(reading).metrics:
            if metric.value is None:
                continue
            forms = {metric.unit_text}
            zh = chinese.get(metric.code)
            zh_unit = units.zh.get(zh.unit_text) if units and zh else None
            if zh_unit:
                forms |= {zh_unit.zh, *zh_unit.in_text}
            if lang == "en" and metric.unit_text.startswith("%"):
                forms.add("%")
            if lang == "en":
                forms.add(metric.unit_text.lower())
            labels = (metric.label, zh.label) if zh is not None and zh is not metric else (metric.label,)
            row = RowFigure(metric.code, metric.value.approx, frozenset(forms), labels)
            book.rows.setdefault(abs(metric.value.number), []).append(row)
    source = site.data.source
    if source is not None:  # the report's own figures, in Chinese (an English note may quote them)
        for figure in written_figures(source.text, "zh", units):
            book.report.add((figure.text, figure.unit))
            book.report_written.add(figure.text)
        book.report_numbers = numbers_in(source.text)
        book.source_text = ascii_figures(source.text)
    if lang == "en":
        for reading in site.readings("zh"):
            book.counterparts[reading.rel] = page_numbers(reading, site)
            book.everywhere |= book.counterparts[reading.rel]
        if source is not None:
            book.everywhere |= numbers_in(source.text)
        # What the data files put on pages in Chinese (the glossary, the charts' titles) is translated too.
        for text in _data_texts(site, "zh"):
            book.everywhere |= numbers_in(text.text)
    return book


def numbers_in(text: str) -> set[Decimal]:
    """Every number a Chinese text gives, in digits, in 万 or in numerals."""
    return {value.number for *_, value in text_numbers(text, "zh")} | chinese_numbers(text)


def page_numbers(reading: PageReading, site: Site) -> set[Decimal]:
    """Every number a Chinese page gives, in digits, in 万 or in numerals."""
    numbers = numbers_in("\n".join(block.visible for block in reading.blocks))
    for metric in site.metrics(reading).metrics:
        if metric.value is not None:
            numbers.add(abs(metric.value.number))
    return numbers


# --- rule 22 before the build: the editors' text --------------------------------------------


@dataclass(frozen=True)
class Text:
    """A text readers see, where it is written."""

    path: str
    line: int
    text: str
    rel: str | None = None  # the page it stands on
    counterpart: str | None = None  # English: the Chinese it translates, when it is not its page's
    group: Any = None  # texts said in one message (the cells of a table)
    context: str | None = None  # what says what its figures are (its table row), when not its own sentence
    hover: bool = False  # shown on hover or read out on focus (title, alt), which rule 14 does not read


def check_accounted(site: Site) -> list[Problem]:
    """Every figure of the editors' text, in both editions, at its line."""
    problems = []
    for lang in site.editions:
        if not site.fully_read(lang) or not site.fully_read(SOURCE_LANGUAGE):
            continue  # a row that cannot be read is its own problem: its figures are not unaccounted for
        book = ledger(site, lang)
        report_pages = {r.rel for r in site.readings(lang) if not r.editorial_page}
        said: dict[Any, list[Any]] = {}  # a table's cells: one message
        for text in editorial_texts(site, lang):
            missing = book.unaccounted(text.text, "pages", text.rel, text.counterpart, text.context)
            if lang != SOURCE_LANGUAGE and text.rel in report_pages and not text.hover:
                # A number the Chinese page does not give is rule 14's to report, once.
                missing = [f for f in missing if f.number in book.counterparts.get(text.rel, set())]
            if not missing:
                continue
            codes = sorted({code for figure in missing for code in book.rows_of(figure)})
            if codes and all(book.rows_of(figure) for figure in missing):
                # a row's value and unit, said of no indicator: the words are missing, not a declaration
                problems.append(unnamed_row_problem(text.path, text.line, text.text, missing, codes))
            elif text.group is None:
                problems.append(unaccounted_problem(text.path, text.line, text.text, missing))
            elif text.group not in said:
                said[text.group] = [text, missing]
            else:
                said[text.group][1] = said[text.group][1] + missing
        for first, missing in said.values():
            problems.append(unaccounted_problem(first.path, first.line, first.text, missing))
    return problems


def unaccounted_problem(path: str, line: int, text: str, missing: list[Written], place: str = "text") -> Problem:
    quoted = " ".join(text.split())
    quoted = quoted if len(quoted) <= QUOTE_LIMIT else quoted[:QUOTE_LIMIT] + "…"
    figures = list(dict.fromkeys(f.text + _joined(f) for f in missing))
    if len(figures) > MAX_SHOWN:
        figures = [*figures[:MAX_SHOWN], f"… ({len(figures)})"]
    return problem(path, line, ACCOUNTED, f"figure_unaccounted_{place}", figures=figures, text=quoted)


def unnamed_row_problem(path: str, line: int, text: str, missing: list[Written], codes: list[str]) -> Problem:
    quoted = " ".join(text.split())
    quoted = quoted if len(quoted) <= QUOTE_LIMIT else quoted[:QUOTE_LIMIT] + "…"
    figures = list(dict.fromkeys(f.text + _joined(f) for f in missing))
    return problem(path, line, ACCOUNTED, "figure_unnamed_row", figures=figures, codes=codes, text=quoted)


def _joined(figure: Written) -> str:
    """The unit as it follows the figure: 12万人, 3 people."""
    if not figure.unit:
        return ""
    return figure.unit if CJK.search(figure.unit) or figure.unit == "%" else " " + figure.unit


def editorial_texts(site: Site, lang: str) -> Iterator[Text]:
    """What the editors wrote that readers see in the edition: editorial
    blocks and pages, table cells, hover text, and the words the data files
    and the configuration put on pages."""
    for reading in site.readings(lang):
        if reading.unread:
            continue
        yield from _page_texts(reading)
        # A metric table's indicators and notes (its values are rows: rules 4 to 10;
        # any other table's cells are blocks of the page, read above).
        for table in reading.tables:
            if _is_metric(table, lang):
                for row in table.rows:
                    for cell in row.cells[1:2] + row.cells[4:]:
                        yield Text(
                            reading.display,
                            row.line,
                            cell,
                            reading.rel,
                            group=table.element,
                            context=" ".join(row.cells),
                        )
    yield from _data_texts(site, lang)
    yield from _config_texts(site, lang)


def _is_metric(table: Any, lang: str) -> bool:
    return is_metric_header(table.header, lang)


HOVER_ATTRIBUTES = ("title", "alt", "aria-label")


def _page_texts(reading: PageReading) -> Iterator[Text]:
    for block in reading.blocks:
        if block.editorial:
            cell = block.tag in ("td", "th")
            table = _table_of(block.element) if cell else None
            row = block.element.getparent() if cell else None  # a cell's row says what its figure is
            said = " ".join(" ".join(row.itertext()).split()) if row is not None else None
            yield Text(reading.display, block.line, block.visible, reading.rel, group=table, context=said)
    for element in reading.root.iter():
        if not isinstance(element.tag, str) or made_by_an_extension(element):
            continue  # a permalink's or a footnote's own title: the site's, not the editors'
        for name in HOVER_ATTRIBUTES:
            value = element.get(name)
            if value:
                yield Text(reading.display, _line_holding(reading, value), value, reading.rel, hover=True)


def _line_holding(reading: PageReading, value: str) -> int:
    """The line where an attribute's text is written (`title="…"`, `*[term]: …`)."""
    for number in range(reading.body_start, len(reading.lines) + 1):
        if value in reading.lines[number - 1]:
            return number
    return reading.line_of(value, reading.body_start)


def _table_of(element: Any) -> Any:
    while element is not None and element.tag != "table":
        element = element.getparent()
    return element


def _data_texts(site: Site, lang: str) -> Iterator[Text]:
    data = site.data
    if data.terms:
        glossary = data.files["glossary"].display
        for term in data.terms:
            # An English entry translates the Chinese one; a Chinese one counts what its term names (三个排头兵).
            context = f"{term.zh} {term.explanation_zh}" if lang == "en" else term.zh
            fields = ("zh", "explanation_zh") if lang == "zh" else ("en", "explanation_en", "short_en")
            for name in fields:
                text = getattr(term, name)
                if text:
                    yield Text(glossary, term.line_of(name), text, "glossary.md", context)
    if data.charts:
        charts = data.files["charts"].display
        for chart in data.charts:
            chinese = chart.title.get("zh") if lang == "en" else None
            yield Text(charts, chart.line, chart.title.get(lang, ""), None, chinese)


# The configuration's words that stand on pages (the header, the footer, the
# home page's notes, citations); each with the key's line.
CONFIG_WORDS = ("site_name", "site_description", "site_author", "copyright")
EXTRA_WORDS = ("report_title", "report_dates_from", "contribute")


def _config_texts(site: Site, lang: str) -> Iterator[Text]:
    edition = site.editions[lang]
    chinese = site.source_edition.config
    keys_list: list[tuple[Any, ...]] = [(key,) for key in CONFIG_WORDS] + [("extra", key) for key in EXTRA_WORDS]
    # the palette toggles' names, on every page's switch between light and dark
    palette = edition.config.theme.get("palette") or []
    keys_list += [("theme", "palette", index, "toggle", "name") for index in range(len(palette))]
    for keys in keys_list:
        value, zh = _setting(edition.config, keys), _setting(chinese, keys)
        if isinstance(value, str):
            path, line = setting_line(edition.config_file, *keys)
            yield Text(display_path(path), line, value, None, zh if lang == "en" and isinstance(zh, str) else None)


def _setting(config: Any, keys: tuple[Any, ...]) -> Any:
    value = config
    for key in keys:
        if isinstance(key, int):
            value = value[key] if isinstance(value, list) and key < len(value) else None
        else:
            value = value.get(key) if hasattr(value, "get") else None
    return value
