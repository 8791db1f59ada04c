"""Building the editions with MkDocs, quietly and strictly.

Each edition is its own MkDocs build (its own search index and print page):
Chinese into site/, English into site/en/. MkDocs' warnings are shown as
`path:line: message` where the line can be found, and any warning fails.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .diagnostics import Problem, report
from .paths import CONFIG_FILES, DOCS, LANGUAGES, ROOT, SITE, SITE_SUBDIRS, display_path
from .rules import BUILD
from .shared_assets import SHARED_ASSETS_ENV

# Material prints an end-of-life banner unless this is set.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# The hook skips the checks when the caller has already run them.
CHECKED_ENV = "REPORTSITE_CHECKED"

LINK_WARNING = re.compile(r"Doc file '(?P<file>[^']+)' contains (?:a|an unrecognized relative) link '(?P<link>[^']+)'")
OMITTED_NAV = re.compile(r"not included in the \"nav\" configuration:\n(?P<files>(?:\s+- .+\n?)+)")
MISSING_NAV = re.compile(r"A reference to '(?P<file>[^']+)' is included in the 'nav' configuration")


class _Collector(logging.Handler):
    """Turns MkDocs' log records into problems instead of printing them."""

    def __init__(self, lang: str) -> None:
        super().__init__(logging.WARNING)
        self.lang = lang
        self.problems: list[Problem] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.problems += translate(record.getMessage(), self.lang)


def translate(message: str, lang: str) -> list[Problem]:
    """MkDocs' message with the page's path and, where it can be found, line."""
    docs = DOCS / lang
    config = display_path(CONFIG_FILES[lang])
    if match := LINK_WARNING.search(message):
        page = docs / match["file"]
        return [Problem(display_path(page), _line_of(page, match["link"]), f"MkDocs: {message}", BUILD)]
    if match := OMITTED_NAV.search(message):
        return [
            Problem(
                display_path(docs / name.strip()[2:]),
                1,
                f"this page is not in the navigation; expected an entry for it under `nav:` in {config}",
                BUILD,
            )
            for name in match["files"].strip().splitlines()
        ]
    if match := MISSING_NAV.search(message):
        return [
            Problem(
                config,
                _line_of(CONFIG_FILES[lang], match["file"]),
                f"the navigation lists {match['file']}, which does not exist in {display_path(docs)}; "
                "expected the path of an existing page",
                BUILD,
            )
        ]
    return [Problem(config, 1, f"MkDocs ({lang}): {message}", BUILD)]


def _line_of(path: Path, needle: str) -> int:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return 1
    for number, line in enumerate(lines, start=1):
        if needle in line:
            return number
    return 1


@contextmanager
def _quiet_mkdocs(collector: _Collector) -> Iterator[None]:
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


def build_edition(lang: str, site_dir: Path = SITE, subdir: str | None = None, **overrides: object) -> list[Problem]:
    """Build one edition into site_dir (or its `subdir`, by default the
    edition's place in the site); return the problems, none when clean."""
    import jieba
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    jieba.setLogLevel(logging.WARNING)
    collector = _Collector(lang)
    os.chdir(ROOT)  # plugin settings such as the jieba dictionary are relative to it
    subdir = SITE_SUBDIRS[lang] if subdir is None else subdir
    target = site_dir / subdir if subdir else site_dir
    with _quiet_mkdocs(collector):
        try:
            config = load_config(config_file=str(CONFIG_FILES[lang]), strict=True, site_dir=str(target), **overrides)
            build(config)
        except Abort:
            pass  # strict mode: the warnings that caused it are collected
        except MkDocsException as error:
            collector.problems.append(Problem(display_path(CONFIG_FILES[lang]), 1, f"MkDocs ({lang}): {error}", BUILD))
        except Exception as error:  # a template or plugin failed: one clear line, no traceback
            collector.problems.append(
                Problem(
                    display_path(CONFIG_FILES[lang]),
                    1,
                    f"the {lang} build stopped: {type(error).__name__}: {error}; expected the templates in "
                    "overrides/ and the hooks to run cleanly (run `mkdocs build -v` for details)",
                    BUILD,
                )
            )
    return collector.problems


def build_site(site_dir: Path = SITE, langs: tuple[str, ...] = LANGUAGES, **overrides: object) -> list[Problem]:
    """Build the editions in order (Chinese first: it empties site_dir). With
    both in one site, the English pages use the Chinese edition's theme assets."""
    os.environ[CHECKED_ENV] = "1"
    if set(langs) == set(LANGUAGES):
        os.environ[SHARED_ASSETS_ENV] = "1"
    else:
        os.environ.pop(SHARED_ASSETS_ENV, None)
    problems: list[Problem] = []
    for lang in langs:
        problems += build_edition(lang, site_dir, **overrides)
        if problems:
            break
    return problems


def main_build(site_dir: Path = SITE) -> int:
    from .checks import check_site

    errors = report(check_site(), sys.stderr)
    if errors:
        print(f"{errors} problem(s): nothing was built.", file=sys.stderr)
        return 1
    errors = report(build_site(site_dir), sys.stderr)
    if errors:
        print(f"The build failed with {errors} problem(s).", file=sys.stderr)
        return 1
    return 0
