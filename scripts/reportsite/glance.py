"""What the site plugin adds to pages from the validated figures (issue 15):

- the home page (`generated: home`): after its title, who issued the report,
  when it dates from (an editorial inference, marked as such) and a strip of
  key figures (data/key_figures.yml), each linked to its row;
- the key-figures page (`generated: key-figures`): right after its title,
  a summary that fits a phone's first screen (how many figures, from how
  many pages, a jump to each part and page of the list); then every figure, grouped as
  the navigation groups the pages, with its indicator, value, unit, "more
  than" mark, note and a link to its row, and every chart under the table
  of its page;
- the about page (`generated: citation`): how to cite a page and a figure,
  with a real figure, their full addresses and a date of access;
- a section page: the charts of its figures (data/charts.yml), under its
  metric table.

Everything here is written from the metric tables (figures.Figure) and
the configuration, never from a page's text: a Chinese page's text stays
the report's (rule 3). Links are computed by the caller (`link`), so that
they work with directory URLs and from the file system alike.

The HTML lives in Jinja templates beside the theme's overrides, in the
folder the edition's configuration names (`theme.custom_dir`:
overrides/partials/glance/home.html, summary.html, figures-table.html,
chart.html, citation.html), rendered by partials.py; this module holds the
words (LABELS) and computes what the templates show. What it writes as
Markdown (the key-figures page's headings, the editions note) stays here.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

from .catalog import READER
from .data import Chart, SourceEdition
from .editorial import LABEL, MARK
from .figures import APPROX, Figure, Group, drawable_charts, edition_figures, groups
from .messages import written_date
from .partials import render
from .paths import page_url

if TYPE_CHECKING:
    from .site import Site

# (page, anchor) -> its address from the page being built
Link = Callable[[str, str], str]

LABELS = READER["glance"]  # the generated blocks' words, by language
H1 = re.compile(r"^# .*$", re.MULTILINE)


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
    templates: str | None = None  # the theme's overrides folder (its configuration's theme.custom_dir)

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
            site.editions[lang].config.theme.custom_dir if lang in site.editions else None,
        )

    def labels(self) -> dict[str, str]:
        return LABELS[self.lang]

    def _render(self, name: str, **values: object) -> str:
        """The template partials/glance/`name` of the theme's overrides."""
        return render(self.templates, f"partials/glance/{name}", lang=self.lang, **values)

    def page_markdown(self, markdown: str, generated: object, file: File, files: Files) -> str:
        """A page's Markdown with what it asks for (front matter
        `generated:`), and its charts under its metric table."""
        link = links(file, files)
        if generated == "home":
            markdown = self.home_markdown(markdown, link)
        elif generated == "key-figures":
            # the summary and its jumps first, on the first screen; the editors' note on the page, then every figure
            markdown = _after_title(markdown, self.key_figures_summary())
            markdown += "\n\n" + self.key_figures_body(file.src_uri, link)
        elif generated == "citation":
            markdown += "\n\n" + self.citation_html() + "\n\n" + self.editions_markdown() + "\n"
        charts = self.page_charts(file.src_uri, link)
        return markdown + ("\n\n" + charts + "\n" if charts else "")

    # --- the home page ---------------------------------------------------------------------

    def home_markdown(self, markdown: str, link: Link) -> str:
        """The page with who issued the report, when it dates from and the
        strip of key figures right after its title."""
        return _after_title(markdown, self.home_html(link))

    def home_html(self, link: Link) -> str:
        words = self.labels()
        # The issuer is the report's own (its banner); when it dates from is the editors' inference, marked so.
        issuer = words["issuer"].format(issuer=self.config["issuer"]) if self.config.get("issuer") else ""
        shown = [self.figures[code] for code in self.home if code in self.figures]
        return self._render(
            "home.html",
            issuer=issuer,
            dates_from=self.config.get("dates_from") or "",
            mark_class=MARK,
            mark=LABEL[self.lang],
            title=words["strip_title"],
            figures=[self._strip_figure(figure, link) for figure in shown],
            more=[
                (link("key-figures.md", ""), words["strip_all"].format(count=len(self.figures))),
                (link("about.md", ""), words["about"]),
            ],
        )

    def _strip_figure(self, figure: Figure, link: Link) -> dict[str, str]:
        """A figure of the strip: value and unit, "more than" in words before
        an English value (Chinese writes 余 in the value, as the report does)."""
        more_than = APPROX["en"].format(value="").strip() if figure.approx and self.lang == "en" else ""
        return {
            "href": link(figure.rel, figure.anchor),
            "more_than": more_than,
            "number": figure.shown(self.lang),
            "unit": figure.unit,
            "label": figure.label,
        }

    # --- the key-figures page ----------------------------------------------------------------

    def key_figures_markdown(self, here: str, link: Link) -> str:
        """The key-figures page's generated blocks: its summary, then every figure."""
        return self.key_figures_summary() + "\n\n" + self.key_figures_body(here, link)

    def _count(self, group: Group) -> str:
        return self.labels()["count"].format(count=sum(len(figures) for *_, figures in group.pages))

    def key_figures_summary(self) -> str:
        """How many figures from how many pages, and a jump to each part and
        page of the list (the anchors of its headings, on this page)."""
        words = self.labels()
        pages = sum(len(group.pages) for group in self.groups)
        parts = [
            {
                "anchor": group.anchor,
                "title": group.title,
                "count": self._count(group),
                "pages": [
                    {"anchor": anchor, "title": title} for rel, title, anchor, _ in group.pages if rel != group.rel
                ],
            }
            for group in self.groups
        ]
        summary = words["summary"].format(count=len(self.figures), pages=pages)
        return self._render("summary.html", summary=summary, parts=parts, jump=words["jump"])

    def key_figures_body(self, here: str, link: Link) -> str:
        """Every figure, under the headings of its part and page (linked, by
        the pages' paths from `here`), each page's charts under its table."""
        placed = self._charts_by_page()
        out: list[str] = []
        folder = posixpath.dirname(here) or "."
        for group in self.groups:
            # The count keeps the heading's name apart from the navigation's
            # section of the same title (screen readers list both).
            count = self._count(group)
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
        rows = [
            {
                "anchor": figure.anchor,  # as on its section page: #hr-09 in both editions
                "href": link(figure.rel, figure.anchor),
                "code": figure.code,
                "label": figure.label,
                "value": APPROX[self.lang].format(value=figure.shown(self.lang))
                if figure.approx
                else figure.shown(self.lang),
                "unit": figure.unit,
                "note": figure.note,
            }
            for figure in figures
        ]
        return self._render("figures-table.html", headers=self.labels()["headers"].split("|"), rows=rows)

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
            part = chart.kind == "part" and index > 0
            width = (figure.number / scale * 100) if scale else Decimal(0)
            rows.append(
                {
                    "part": part,
                    "whole": chart.kind == "part" and index == 0,
                    "more": figure.approx,
                    "href": link(figure.rel, figure.anchor),
                    "label": in_sentence(figure.label, self.lang) if part else figure.label,
                    "value": with_unit(figure, self.lang),
                    "width": _percent(width),
                }
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
        return self._render(
            "chart.html",
            kind=chart.kind,
            anchor=chart.anchor,
            caption=chart.title[self.lang],
            indicator=words["headers"].split("|")[1],
            value=words["chart_value"],
            of_these=words["of_these"],
            rows=rows,
            note=space.join(notes),
        )

    # --- the about page ------------------------------------------------------------------------

    def citation_html(self) -> str:
        """How to cite a page and a figure: a real figure and its page, with
        their full addresses (a researcher cannot cite "this site" and a
        relative path), the edition and a date of access."""
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
            "edition": words["cite_edition"],  # which language's pages are cited
        }
        page = words["cite_page"].format(**common)
        cited = words["cite"].format(**common, code=figure.code, label=figure.label, value=with_unit(figure, self.lang))
        return self._render(
            "citation.html",
            page_intro=words["cite_page_intro"],
            page=self._pieces(page, public + page_url(figure.rel)),
            figure_intro=words["cite_intro"].format(code=figure.code),
            figure=self._pieces(cited, public + page_url(figure.rel) + "#" + figure.anchor),
        )

    def _pieces(self, text: str, url: str) -> list[tuple[str, str]]:
        """A citation example in the pieces its template sets apart: its words
        ("text"), the report's title ("title", where the words hold \\1) and
        the address ("url", where they hold \\0)."""
        title = self.config.get("title", "")
        pieces = []
        for piece in re.split(r"([\x00\x01])", text):
            if piece == "\1":
                pieces.append(("title", title))
            elif piece == "\0":
                pieces.append(("url", url))
            elif piece:
                pieces.append(("text", piece))
        return pieces

    def editions_markdown(self) -> str:
        """Every edition of the report's text the site has carried: a new
        edition is said to readers, never made silently (rule 3)."""
        words = self.labels()
        items = [
            "- "
            + _md(
                words["edition"].format(
                    received=written_date(date.fromisoformat(edition.received), self.lang),
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


def _after_title(markdown: str, block: str) -> str:
    """The page's Markdown with `block` right after its title (first, without one)."""
    match = H1.search(markdown)
    if match is None:
        return block + "\n\n" + markdown
    return markdown[: match.end()] + "\n\n" + block + "\n\n" + markdown[match.end() :].lstrip("\n")


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
