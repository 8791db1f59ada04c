"""What the site plugin adds to pages from the validated figures (issue 15):

- the home page (`generated: home`): after its title, who issued the report,
  when it dates from (an editorial inference, marked as such) and a strip of
  key figures (data/key_figures.yml), each linked to its row;
- the key-figures page (`generated: key-figures`): every figure, grouped as
  the navigation groups the pages, with its indicator, value, unit, "more
  than" mark, note and a link to its row, and every chart under the table
  of its page;
- the about page (`generated: citation`): how to cite a page and a figure,
  with a real figure, their full addresses and a date of access;
- a section page: the charts of its figures (data/charts.yml), under its
  metric table.

Everything here is HTML written from the metric tables (figures.Figure)
and the configuration, never from a page's text: a Chinese page's text
stays the report's (rule 3). Links are computed by the caller (`link`), so
that they work with directory URLs and from the file system alike.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from babel.dates import format_date
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from .data import Chart, SourceEdition
from .editorial import LABEL, MARK
from .figures import APPROX, Figure, Group, drawable_charts, edition_figures, groups
from .paths import page_url

if TYPE_CHECKING:
    from .site import Site

# (page, anchor) -> its address from the page being built
Link = Callable[[str, str], str]

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "issuer": "发布单位：{issuer}",
        "strip_title": "报告中的数字",
        "strip_all": "全部 {count} 项数字与图表",
        "about": "关于本报告：出处、译文与引用方式",
        "summary": "共 {count} 项数字，来自 {pages} 个页面，按报告的结构排列。",
        "count": "（{count} 项）",
        "headers": "编号|指标|数值|单位|说明",
        "chart_value": "数值",
        "chart_by": "编者据上表数字制图。",
        "chart_bar": "横条从零起，按数值的比例画出。",
        "chart_part": "空心横条是整体（{whole}），实心横条是其中的部分。",
        "chart_rates": "每个横条从 0% 到 100%。",
        "chart_more": "带“余”的数字指多于该数：横条画到该数为止，虚线表示实际更多。",
        "of_these": "其中",
        "cite_page_intro": "例如，引用一页：",
        "cite_page": "{issuer}：《{title}》，“{page}”，{url}（访问日期：{accessed}）。",
        "cite_intro": "引用指标 {code}：",
        "cite": "{issuer}：《{title}》，“{page}”，指标 {code}“{label}”：{value}。{url}（访问日期：{accessed}）。",
        "editions_title": "报告原文的版本",
        "editions_intro": "本站中文页面所照录的报告原文，按收到的先后：",
        "edition": "{received}收到，来自{sender}：{note}",
    },
    "en": {
        "issuer": "Issued by: {issuer}",
        "strip_title": "The report in figures",
        "strip_all": "All {count} figures and charts",
        "about": "About the report: source, translation and how to cite it",
        "summary": "{count} figures from {pages} pages, in the order of the report.",
        "count": " ({count} figures)",
        "headers": "Code|Indicator|Value|Unit|Note",
        "chart_value": "Value",
        "chart_by": "Chart by the editors, from the figures in the table above.",
        "chart_bar": "Bars start at zero and are drawn to scale.",
        "chart_part": "The outlined bar is the whole ({whole}), the solid bar the part of it.",
        "chart_rates": "Each bar runs from 0% to 100%.",
        "chart_more": "“More than”: the bar is drawn to the figure given; its dashed end marks that there are more.",
        "of_these": "of these,",
        "cite_page_intro": "For example, to cite a page:",
        "cite_page": "{issuer}, {title}, “{page}”, translation by this site, {url} (accessed {accessed}).",
        "cite_intro": "To cite the figure {code}:",
        "cite": "{issuer}, {title}, “{page}”, figure {code}, “{label}”: {value}, translation by this site, {url} "
        "(accessed {accessed}).",
        "editions_title": "Editions of the report’s text",
        "editions_intro": "The text of the report that the Chinese pages carry, in the order received:",
        "edition": "received on {received} from {sender}: {note}",
    },
}
H1 = re.compile(r"^# .*$", re.MULTILINE)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def with_unit(figure: Figure, lang: str) -> str:
    """The value with its unit and, in English, "more than" in words: 450余人, more than 450 people."""
    value = figure.shown(lang)
    if figure.approx:
        value = APPROX[lang].format(value=value)
    space = "" if lang == "zh" or figure.unit.startswith("%") else " "
    return f"{value}{space}{figure.unit}"


@dataclass
class Glance:
    """What one edition's generated blocks need."""

    lang: str
    figures: dict[str, Figure]  # this edition's, by code
    groups: list[Group]  # the figures as the navigation groups their pages
    charts: list[Chart]  # those that passed the checks
    home: list[str]  # the codes of the home page's strip
    citation: str  # the code the citation example cites
    # issuer, title, dates_from, public_url, accessed (the example's date of access)
    config: dict[str, str] = field(default_factory=dict)
    editions: list[SourceEdition] = field(default_factory=list)  # the report's text in each edition

    @classmethod
    def of(cls, site: Site, lang: str, config: dict[str, str]) -> Glance:
        figures = edition_figures(site, lang)
        chosen = site.data.key_figures
        return cls(
            lang,
            figures,
            groups(site, lang, figures),
            drawable_charts(site),
            [coded.code for coded in chosen.home] if chosen else [],
            chosen.citation.code if chosen else "",
            config,
            list(site.data.editions or []),
        )

    def labels(self) -> dict[str, str]:
        return LABELS[self.lang]

    def page_markdown(self, markdown: str, generated: object, file: File, files: Files) -> str:
        """A page's Markdown with what it asks for (front matter
        `generated:`), and its charts under its metric table."""
        link = links(file, files)
        if generated == "home":
            markdown = self.home_markdown(markdown, link)
        elif generated == "key-figures":
            markdown += "\n\n" + self.key_figures_markdown(file.src_uri, link)
        elif generated == "citation":
            markdown += "\n\n" + self.citation_html() + "\n\n" + self.editions_markdown() + "\n"
        charts = self.page_charts(file.src_uri, link)
        return markdown + ("\n\n" + charts + "\n" if charts else "")

    # --- the home page ---------------------------------------------------------------------

    def home_markdown(self, markdown: str, link: Link) -> str:
        """The page with who issued the report, when it dates from and the
        strip of key figures right after its title."""
        block = self.home_html(link)
        match = H1.search(markdown)
        if match is None:
            return block + "\n\n" + markdown
        return markdown[: match.end()] + "\n\n" + block + "\n\n" + markdown[match.end() :].lstrip("\n")

    def home_html(self, link: Link) -> str:
        words = self.labels()
        # The issuer is the report's own (its banner); when it dates from is the editors' inference, marked so.
        lines = []
        if self.config.get("issuer"):
            lines.append(("issuer", _e(words["issuer"].format(issuer=self.config["issuer"]))))
        if self.config.get("dates_from"):
            mark = f'<span class="{MARK}">{_e(LABEL[self.lang])}</span>'
            lines.append(("date", f"{mark} {_e(self.config['dates_from'])}"))
        if lines:
            parts = ['<div class="report-intro">']
            parts += [f'<p class="report-intro__{name}">{text}</p>' for name, text in lines]
            parts.append("</div>")
        else:
            parts = []
        shown = [self.figures[code] for code in self.home if code in self.figures]
        if shown:
            # out of the search index: a figure is found where its row is, on its section's page
            parts.append('<section class="key-strip" aria-labelledby="key-strip-title" data-search-exclude>')
            parts.append(f'<h2 class="key-strip__title" id="key-strip-title">{_e(words["strip_title"])}</h2>')
            parts.append('<ul class="key-strip__list">')
            for figure in shown:
                parts.append(
                    f'<li><a class="key-strip__figure" href="{_e(link(figure.rel, figure.anchor))}">'
                    f'<span class="key-strip__value">{self._strip_value(figure)}</span>'
                    f'<span class="key-strip__label">{_e(figure.label)}</span></a></li>'
                )
            parts.append("</ul>")
            more = [
                (link("key-figures.md", ""), words["strip_all"].format(count=len(self.figures))),
                (link("about.md", ""), words["about"]),
            ]
            parts.append(
                '<p class="key-strip__more">'
                + "".join(f'<a href="{_e(href)}">{_e(text)}</a>' for href, text in more)
                + "</p>"
            )
            parts.append("</section>")
        return "\n".join(parts)

    def _strip_value(self, figure: Figure) -> str:
        """Value and unit, "more than" in words before an English value
        (Chinese writes 余 in the value, as the report does)."""
        more = ""
        if figure.approx and self.lang == "en":
            more = f'<span class="key-strip__more-than">{_e(APPROX["en"].format(value="").strip())}</span> '
        number = f'<span class="key-strip__number">{_e(figure.shown(self.lang))}</span>'
        return f'{more}{number} <span class="key-strip__unit">{_e(figure.unit)}</span>'

    # --- the key-figures page ----------------------------------------------------------------

    def key_figures_markdown(self, here: str, link: Link) -> str:
        """Every figure, under the headings of its part and page (linked, by
        the pages' paths from `here`), each page's charts under its table."""
        words = self.labels()
        pages = sum(len(group.pages) for group in self.groups)
        placed = self._charts_by_page()
        summary = words["summary"].format(count=len(self.figures), pages=pages)
        out = [f'<p class="key-figures__summary">{_e(summary)}</p>']
        folder = posixpath.dirname(here) or "."
        for group in self.groups:
            # The count keeps the heading's name apart from the navigation's
            # section of the same title (screen readers list both).
            count = words["count"].format(count=sum(len(figures) for *_, figures in group.pages))
            out.append(
                f"## [{_md(group.title)}]({posixpath.relpath(group.rel, folder)}){_md(count)} {{#{group.anchor}}}"
            )
            for rel, title, anchor, figures in group.pages:
                if rel != group.rel:
                    out.append(f"### [{_md(title)}]({posixpath.relpath(rel, folder)}) {{#{anchor}}}")
                out.append(self.table_html(figures, link))
                out += [self.chart_html(chart, link) for chart in placed.get(rel, [])]
        return "\n\n".join(out) + "\n"

    def _charts_by_page(self) -> dict[str, list[Chart]]:
        placed: dict[str, list[Chart]] = {}
        for chart in self.charts:
            first = self.figures.get(chart.codes[0].code)
            if first is not None:
                placed.setdefault(first.rel, []).append(chart)
        return placed

    def table_html(self, figures: list[Figure], link: Link) -> str:
        """A page's figures as a metric table looks (the same classes, so the
        same layout: a table on a wide screen, a card per row on a phone)."""
        classes = ("metric-code", "metric-label", "metric-value", "metric-unit", "metric-note")
        head = "".join(
            f'<th class="{css}" scope="col">{_e(text)}</th>'
            for css, text in zip(classes, self.labels()["headers"].split("|"), strict=True)
        )
        rows = []
        for figure in figures:
            shown = figure.shown(self.lang)
            value = _e(APPROX[self.lang].format(value=shown) if figure.approx else shown)
            rows.append(
                f'<tr id="{_e(figure.anchor)}">'  # as on its section page: #hr-09 in both editions
                f'<td class="metric-code"><a class="metric-anchor" '
                f'href="{_e(link(figure.rel, figure.anchor))}">{_e(figure.code)}</a></td>'
                f'<th class="metric-label" scope="row">{_e(figure.label)}</th>'
                f'<td class="metric-value">{value}</td>'
                f'<td class="metric-unit">{_e(figure.unit)}</td>'
                f'<td class="metric-note">{_e(figure.note)}</td>'
                "</tr>"
            )
        return (
            f'<table data-metric-table="{self.lang}" data-key-figures>'
            f"<thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    # --- charts --------------------------------------------------------------------------------

    def page_charts(self, rel: str, link: Link) -> str:
        """The charts a section page shows under its metric table: those
        whose figures all stand on it."""
        shown = [
            chart
            for chart in self.charts
            if all(coded.code in self.figures and self.figures[coded.code].rel == rel for coded in chart.codes)
        ]
        return "\n\n".join(self.chart_html(chart, link) for chart in shown)

    def chart_html(self, chart: Chart, link: Link) -> str:
        """A chart as a table: a caption, a row header per figure, its value
        in words and a bar drawn with CSS from zero."""
        words = self.labels()
        figures = [self.figures[coded.code] for coded in chart.codes]
        if chart.kind == "rates":
            scale = Decimal(100)
        elif chart.kind == "part":
            scale = figures[0].number
        else:
            scale = max(figure.number for figure in figures)
        rows = []
        for index, figure in enumerate(figures):
            whole = chart.kind == "part" and index == 0
            part = chart.kind == "part" and index > 0
            width = (figure.number / scale * 100) if scale else Decimal(0)
            bar_class = (
                "chart__bar" + (" chart__bar--whole" if whole else "") + (" chart__bar--more" if figure.approx else "")
            )
            of = f'<span class="chart__of">{_e(words["of_these"])}</span> ' if part else ""
            label = in_sentence(figure.label, self.lang) if part else figure.label
            rows.append(
                f'<tr class="{"chart__row--part" if part else "chart__row"}">'
                f'<th scope="row">{of}<a href="{_e(link(figure.rel, figure.anchor))}">{_e(label)}</a></th>'
                f'<td><span class="chart__value">{_e(with_unit(figure, self.lang))}</span>'
                f'<span class="chart__track" aria-hidden="true">'
                f'<span class="{bar_class}" style="width:{_percent(width)}"></span></span></td>'
                "</tr>"
            )
        notes = [words["chart_by"]]
        if chart.kind == "bar":
            notes.append(words["chart_bar"])
        elif chart.kind == "part":
            notes.append(words["chart_part"].format(whole=in_sentence(figures[0].label, self.lang)))
        else:
            notes.append(words["chart_rates"])
        if any(figure.approx for figure in figures):
            notes.append(words["chart_more"])
        space = "" if self.lang == "zh" else " "
        return (
            f'<figure class="chart chart--{chart.kind}" id="{_e(chart.anchor)}">'
            f'<table class="chart__table"><caption>{_e(chart.title[self.lang])}</caption>'
            f'<thead><tr><th scope="col">{_e(words["headers"].split("|")[1])}</th>'
            f'<th scope="col">{_e(words["chart_value"])}</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
            f'<figcaption class="chart__note">{_e(space.join(notes))}</figcaption></figure>'
        )

    # --- the about page ------------------------------------------------------------------------

    def citation_html(self) -> str:
        """How to cite a page and a figure: a real figure and its page, with
        their full addresses (a researcher cannot cite "this site" and a
        relative path) and a date of access."""
        figure = self.figures.get(self.citation)
        if figure is None:
            return ""
        page_titles = {rel: title for group in self.groups for rel, title, _, _ in group.pages}
        words = self.labels()
        public = self.config.get("public_url") or ""
        common = {
            "issuer": self.config.get("issuer", ""),
            "title": "\1",
            "page": page_titles.get(figure.rel, ""),
            "url": "\0",
            "accessed": self.config.get("accessed", ""),
        }
        page = words["cite_page"].format(**common)
        cited = words["cite"].format(**common, code=figure.code, label=figure.label, value=with_unit(figure, self.lang))
        return (
            f"<p>{_e(words['cite_page_intro'])}</p>\n"
            + self._quoted(page, public + page_url(figure.rel))
            + f"\n<p>{_e(words['cite_intro'].format(code=figure.code))}</p>\n"
            + self._quoted(cited, public + page_url(figure.rel) + "#" + figure.anchor)
        )

    def _quoted(self, text: str, url: str) -> str:
        """A citation example as a quotation: the title set as each language
        sets it (《》 in the Chinese template; English in italics), the address as code."""
        title = _e(self.config.get("title", ""))
        quoted = _e(text).replace("\1", title if self.lang == "zh" else f"<cite>{title}</cite>")
        before, _, after = quoted.partition("\0")
        return f'<blockquote class="citation-example"><p>{before}<code>{_e(url)}</code>{after}</p></blockquote>'

    def editions_markdown(self) -> str:
        """Every edition of the report's text the site has carried: a new
        edition is said to readers, never made silently (rule 3)."""
        words = self.labels()
        locale = "zh_CN" if self.lang == "zh" else "en_GB"
        items = [
            "- "
            + _md(
                words["edition"].format(
                    received=format_date(date.fromisoformat(edition.received), format="long", locale=locale),
                    sender=edition.sender[self.lang],
                    note=edition.note[self.lang],
                )
            )
            for edition in self.editions
        ]
        if not items:
            return ""
        return (
            f"## {_md(words['editions_title'])} {{#source-editions}}\n\n{_md(words['editions_intro'])}\n\n"
            + "\n".join(items)
        )


def links(file: File, files: Files) -> Link:
    """Addresses from `file`'s page: of another page (by its path in docs/),
    or of an anchor on it; MkDocs computes them, so they suit directory URLs
    and the file system alike."""

    def link(rel: str, anchor: str) -> str:
        target = files.get_file_from_path(rel)
        fragment = f"#{anchor}" if anchor else ""
        if target is None:
            return rel + fragment
        if target.src_uri == file.src_uri and fragment:
            return fragment
        return get_relative_url(target.url, file.url) + fragment

    return link


# English indicators that begin with a name keep their capital inside a sentence.
PROPER_STARTS = ("Xining", "Qinghai", "China", "Chinese", "Party", "Communist", "Federation", "“", '"')


def in_sentence(label: str, lang: str) -> str:
    """An indicator as it reads inside an English sentence ("of these,
    workers in difficulty …"): its first letter in lower case, unless it
    begins with a name or an abbreviation."""
    if lang != "en" or label.startswith(PROPER_STARTS) or label[:2].isupper():
        return label
    return label[:1].lower() + label[1:]


def _percent(value: Decimal) -> str:
    return f"{float(value):.1f}%".replace(".0%", "%")


def _md(text: str) -> str:
    """Text for a Markdown heading or link, its markup characters escaped."""
    return re.sub(r"([\\`*_\[\]<>#{}|])", r"\\\1", text)
