"""All checks of the site's sources, in one call. Used by scripts/build.py,
by the MkDocs hook, by the check scripts and by the tests."""

from __future__ import annotations

from pathlib import Path

from .diagnostics import Problem
from .fidelity import check_fidelity
from .freshness import check_freshness
from .glossary import check_glossary, load_glossary
from .metrics import Metric, check_metrics
from .pages import Page, read_edition, read_page
from .parity import check_parity
from .paths import DOCS, LANGUAGES, SOURCE_LANGUAGE, SOURCE_TEXT
from .stable_urls import check_stable_urls, redirect_maps


def read_site(docs_root: Path = DOCS) -> tuple[dict[str, list[Page]], list[Problem]]:
    pages: dict[str, list[Page]] = {}
    problems: list[Problem] = []
    for lang in LANGUAGES:
        pages[lang], found = read_edition(lang, docs_root)
        problems += found
    return pages, problems


def read_files(paths: list[Path]) -> tuple[dict[str, list[Page]], list[Problem]]:
    """Pages given on a command line: files or folders, each in the language
    its path names (a `zh` or `en` folder), Chinese otherwise. A folder's
    pages are named by their path inside it, like pages inside docs/zh/."""
    pages: dict[str, list[Page]] = {lang: [] for lang in LANGUAGES}
    problems: list[Problem] = []
    for given in paths:
        base = given if given.is_dir() else given.parent
        files = sorted(given.rglob("*.md")) if given.is_dir() else [given]
        parts = given.resolve().parts
        lang = next((part for part in reversed(parts) if part in LANGUAGES), SOURCE_LANGUAGE)
        for path in files:
            page, found = read_page(path, path.relative_to(base).as_posix(), lang)
            problems += found
            if page:
                pages[lang].append(page)
    return pages, problems


def check_translation(pages: dict[str, list[Page]], metrics: dict[str, list[Metric]]) -> list[Problem]:
    """Rules 11 to 15: the English edition in step with the Chinese."""
    terms, problems = load_glossary()
    return problems + check_parity(pages, metrics) + check_glossary(terms, pages)


def check_site(docs_root: Path = DOCS, source_text: Path = SOURCE_TEXT) -> list[Problem]:
    pages, problems = read_site(docs_root)
    problems += check_fidelity(source_text, pages[SOURCE_LANGUAGE])
    metrics, found = check_metrics(pages)
    problems += found
    problems += check_translation(pages, metrics)
    problems += check_stable_urls(pages[SOURCE_LANGUAGE], redirect_maps())
    problems += check_freshness(pages)
    return problems
