"""Checking and building the editions with MkDocs, in-process, quietly.

Each edition is its own MkDocs build (its own search index): Chinese into
site/, English into site/en/. Every MkDocs warning (a broken link or anchor,
a page missing from the navigation…) is a problem at the page's line, and any
problem fails. `check` runs the site's checks and, for each edition, MkDocs up
to the point where links, anchors and the navigation are checked, without
writing anything: everything `build` would refuse, in one round.
"""

from __future__ import annotations

import difflib
import logging
import posixpath
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.exceptions import Abort, MkDocsException

from .checks import check_site
from .config import load_edition
from .diagnostics import Problem, ProblemError, errors_in, problem
from .paths import display_path
from .pdf import DOWNLOADS, pdf_name
from .reading import FOOTNOTE_PROBLEMS
from .rules import BUILD
from .site import Site

LINK = re.compile(
    r"Doc file '(?P<file>[^']+)' contains (?:a|an absolute|an unrecognized relative) link '(?P<link>[^']+)'"
)
ANCHOR = re.compile(r"but the doc '(?P<doc>[^']+)' does not contain an anchor '(?P<anchor>[^']+)'")
OMITTED = re.compile(r"not included in the \"nav\" configuration:\n(?P<files>(?:\s+- .+\n?)+)")
NAV_MISSING = re.compile(r"A reference to '(?P<file>[^']+)' is included in the 'nav' configuration")


@dataclass
class Built:
    """What a build made: pages per edition, metrics, seconds."""

    pages: dict[str, int] = field(default_factory=dict)  # of each edition built
    editions: list[str] = field(default_factory=list)  # every edition of the configuration
    metrics: int = 0
    pdfs: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    def said(self, site_dir: Path) -> tuple[str, dict[str, object]]:
        """The line a script ends with: its message and values (PDFs named only when some were made)."""
        values: dict[str, object] = {
            "zh": self.pages.get("zh", 0),
            "en": self.pages.get("en", 0),
            "metrics": self.metrics,
            "seconds": f"{self.seconds:.1f}",
            "site": display_path(site_dir),
        }
        if self.pdfs:
            return "build_done", values | {"pdfs": self.pdfs}
        return "build_done_without_pdf", values


class _Collector(logging.Handler):
    """Turns MkDocs' log records into problems instead of printing them."""

    def __init__(self, config: Any) -> None:
        super().__init__(logging.WARNING)
        self.config = config
        self.problems: list[Problem] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("mkdocs.plugins.reportsite"):
            return  # the site's own checks, reported by their caller
        self.problems += translate(record.getMessage(), self.config)


def _nav_file(config: Any) -> Path:
    """The configuration file that holds `nav:` (an edition may inherit it)."""
    path = Path(config.config_file_path)
    while True:
        text = path.read_text(encoding="utf-8")
        if re.search(r"^nav:", text, re.M):
            return path
        parent = re.search(r"^INHERIT:\s*(\S+)", text, re.M)
        if not parent:
            return path
        path = (path.parent / parent[1]).resolve()


def _line_of(path: Path, needle: str, default: int = 1) -> int:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return default
    return next((number for number, line in enumerate(lines, 1) if needle in line), default)


def translate(message: str, config: Any) -> list[Problem]:
    """MkDocs' warning as a problem at the line to change."""
    docs = Path(config.docs_dir)
    if match := LINK.search(message):
        page, link = docs / match["file"], match["link"]
        line = _line_of(page, f"({link}") if _line_of(page, f"({link}", 0) else _line_of(page, link)
        where = display_path(page)
        if anchor := ANCHOR.search(message):
            return [
                problem(
                    where, line, BUILD, "link_anchor_missing", link=link, page=anchor["doc"], anchor=anchor["anchor"]
                )
            ]
        if "absolute link" in message:
            return [problem(where, line, BUILD, "link_absolute", link=link)]
        if "unrecognized relative link" in message:
            return [problem(where, line, BUILD, "link_unrecognized", link=link)]
        return [problem(where, line, BUILD, "link_target_missing", link=link)]
    nav = _nav_file(config)
    if match := OMITTED.search(message):
        pages = [name.strip()[2:] for name in match["files"].strip().splitlines()]
        return [
            problem(display_path(nav), _line_of(nav, "nav:"), BUILD, "nav_page_missing", page=page) for page in pages
        ]
    if match := NAV_MISSING.search(message):
        return [
            problem(display_path(nav), _line_of(nav, match["file"]), BUILD, "nav_target_missing", page=match["file"])
        ]
    return [problem(display_path(Path(config.config_file_path)), 1, BUILD, "mkdocs_warning", message=message.strip())]


@contextmanager
def _quiet_mkdocs(collector: logging.Handler) -> Iterator[None]:
    logger = logging.getLogger("mkdocs")
    saved = (logger.level, logger.handlers[:], logger.propagate)
    logger.handlers = [collector]
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    logging.getLogger("jieba").setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.level, logger.handlers, logger.propagate = saved


def run_mkdocs(config_file: Path, site_dir: Path | None = None, **options: Any) -> list[Problem]:
    """One MkDocs build of one edition, with the plugin's `options`; its
    warnings as problems (none when clean). A check-only build writes
    nothing, but MkDocs empties its site folder first: it gets one of its own."""
    if options.get("check_only") and site_dir is None:
        with tempfile.TemporaryDirectory() as scratch:
            return run_mkdocs(config_file, Path(scratch) / "site", **options)
    config, problems = load_edition(config_file, site_dir=site_dir, **options)
    if config is None:
        return problems
    collector = _Collector(config)
    with _quiet_mkdocs(collector):
        try:
            config.strict = True
            build(config)
        except Abort:
            pass  # the warnings that caused it are collected
        except ProblemError as error:  # the plugin's own, already at their lines
            collector.problems += error.problems
        except MkDocsException as error:
            collector.problems.append(
                problem(display_path(config_file), 1, BUILD, "mkdocs_warning", message=str(error))
            )
        except Exception as error:
            collector.problems.append(
                problem(display_path(config_file), 1, BUILD, "build_crashed", error=f"{type(error).__name__}: {error}")
            )
    return collector.problems


def edition_configs(site: Site, langs: tuple[str, ...] | None = None) -> list[tuple[str, Path, str]]:
    """(language, configuration file, place in the site) of the editions to build."""
    return [(lang, e.config_file, e.path) for lang, e in site.editions.items() if langs is None or lang in langs]


def check(config_file: Path) -> tuple[Site | None, list[Problem]]:
    """Everything the build would refuse, for every edition, in one round."""
    site, problems = Site.load(config_file)
    if site is None:
        return None, problems
    problems = check_site(site)
    for lang, path, _ in edition_configs(site):
        # A page that cannot be read, or a symbolic link, is its own problem
        # (rules 1, 2); MkDocs would only stumble over it again.
        docs = display_path(site.editions[lang].docs_dir)
        unread = any(reading.unread for reading in site.readings(lang))
        linked = any(p.key in ("docs_symlink", "docs_page_name") and p.path.startswith(docs) for p in problems)
        if not unread and not linked:
            found = run_mkdocs(path, check=False, check_only=True, pdf=False)
            problems += _nav_typos(
                _without_followers(found, site, lang, problems), sorted(site.editions[lang].readings)
            )
    return site, problems


def _nav_typos(problems: list[Problem], pages: list[str]) -> list[Problem]:
    """A navigation entry misspelt is one message at its line, naming the page
    meant (the page left out of the navigation it is closest to, else the
    closest page): not also that page "not in the navigation"."""
    missing = [found for found in problems if found.key == "nav_target_missing"]
    left_out = {str(dict(found.params)["page"]): found for found in problems if found.key == "nav_page_missing"}
    kept = [found for found in problems if found not in missing]
    for found in missing:
        written = str(dict(found.params)["page"])
        close = difflib.get_close_matches(written, sorted(left_out), n=1, cutoff=0.6)
        if close:
            kept.remove(left_out.pop(close[0]))
        else:
            close = difflib.get_close_matches(written, pages, n=1, cutoff=0.6)
        if close:
            kept.append(problem(found.path, found.line, BUILD, "nav_target_misspelt", page=written, meant=close[0]))
        else:
            kept.append(found)
    return kept


def _without_followers(problems: list[Problem], site: Site, lang: str, ours: list[Problem]) -> list[Problem]:
    """MkDocs' complaints that follow from a problem our checks report once:
    links to, and the navigation entry of, a page missing from this edition
    only (rule 11); the links of a footnote without its mark (rule 18)."""
    footnoted = {found.path for found in ours if found.key in FOOTNOTE_PROBLEMS}
    problems = [
        found
        for found in problems
        if not (found.path in footnoted and str(dict(found.params).get("link", "")).startswith(("#fn:", "#fnref:")))
    ]
    missing = {rel for rel, zh, en in site.pairs() if (zh if lang == "zh" else en) is None}
    if not missing:
        return problems
    docs = site.editions[lang].docs_dir

    def target(found: Problem) -> str | None:
        params = dict(found.params)
        if found.key == "nav_target_missing":
            return params["page"]
        if found.key in ("link_target_missing", "link_anchor_missing"):
            page = (site.root / found.path).resolve()
            link = str(params["link"]).split("#")[0]
            try:
                return posixpath.normpath(posixpath.join(page.parent.relative_to(docs.resolve()).as_posix(), link))
            except ValueError:
                return None
        return None

    return [found for found in problems if target(found) not in missing]


def build_site(site_dir: Path, config_file: Path, langs: tuple[str, ...] | None = None, **options: Any) -> Built:
    """Check, then build the editions (the source edition first: it empties
    site_dir). Editions built together link each other and share the theme's
    files; a bundle of one edition has it at the root, with no language switch."""
    start = time.perf_counter()
    site, problems = check(config_file)
    built = Built(problems=problems)
    if site is None or errors_in(problems):
        return built
    chosen = edition_configs(site, langs)
    linked = [lang for lang, _, _ in chosen]
    built.editions = list(site.editions)
    for lang, path, place in chosen:
        target = site_dir / place if len(chosen) > 1 else site_dir
        share = len(chosen) > 1 and bool(place)
        built.problems += run_mkdocs(
            path, target, check=False, linked_editions=linked, share_theme_assets=share, **options
        )
        built.pages[lang] = len(site.editions[lang].readings)
        if errors_in(built.problems):
            break
    built.metrics = site.metric_count()
    built.pdfs = len(list((site_dir / DOWNLOADS).glob("*.pdf")))
    built.seconds = time.perf_counter() - start
    return built


def make_pdfs(
    site_dir: Path, config_file: Path, langs: tuple[str, ...] | None = None
) -> tuple[list[Path], list[Problem]]:
    """Check, then make the editions' PDFs into site_dir/downloads/ (each
    edition rendered by MkDocs as for the site, nothing else written)."""
    site, problems = check(config_file)
    if site is None or errors_in(problems):
        return [], problems
    chosen = edition_configs(site, langs)
    downloads = site_dir / DOWNLOADS
    for _lang, path, _place in chosen:
        problems += run_mkdocs(path, check=False, check_only=True, pdf=True, pdf_dir=str(downloads))
    return [downloads / pdf_name(lang) for lang, _, _ in chosen], problems
