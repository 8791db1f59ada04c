"""All checks of the site's sources, in one call. Used by scripts/build.py,
by the MkDocs hook, by the check scripts and by the tests."""

from __future__ import annotations

from pathlib import Path

from .diagnostics import Problem
from .fidelity import check_fidelity
from .pages import read_edition
from .paths import DOCS, SOURCE_LANGUAGE, SOURCE_TEXT


def check_site(docs_root: Path = DOCS, source_text: Path = SOURCE_TEXT) -> list[Problem]:
    problems: list[Problem] = []
    zh_pages, found = read_edition(SOURCE_LANGUAGE, docs_root)
    problems += found
    problems += check_fidelity(source_text, zh_pages)
    return problems
