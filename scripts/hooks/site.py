"""MkDocs hook: wires the reportsite package into MkDocs, and nothing more.

The site's checks run before every `mkdocs build` and `mkdocs serve`, with
the same messages as scripts/build.py; metric tables render as data tables
and are exported as open data; pages get their links to the other edition;
the search worker gets Chinese query segmentation.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportsite.build import CHECKED_ENV
from reportsite.checks import check_site
from reportsite.diagnostics import ERROR, in_github_actions
from reportsite.export import export_files
from reportsite.glossary import MARKER as GLOSSARY_MARKER
from reportsite.glossary import GlossaryExtension, glossary_markdown, load_glossary
from reportsite.i18n import alternates
from reportsite.metric_tables import MetricTableExtension
from reportsite.search_worker import point_page_at_worker, write_worker

log = logging.getLogger("mkdocs.hooks.site")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Metric tables render as data tables in the edition's language; on
    English pages the first use of a glossary term explains it."""
    lang = config.theme["language"]
    config.markdown_extensions.append(MetricTableExtension(lang=lang))
    if lang == "en":
        config.markdown_extensions.append(GlossaryExtension(load_glossary()[0]))
    return config


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """The glossary page lists the terms of data/glossary.yml."""
    if GLOSSARY_MARKER in markdown:
        markdown = markdown.replace(GLOSSARY_MARKER, glossary_markdown(load_glossary()[0], config.theme["language"]))
    return markdown


def on_pre_build(config: MkDocsConfig) -> None:
    if os.environ.get(CHECKED_ENV):
        return  # scripts/build.py has run the checks already
    for problem in sorted(set(check_site())):
        # Errors fail a strict build; warnings must not, so they go out as info.
        (log.error if problem.severity == ERROR else log.info)(str(problem))
        if in_github_actions():
            print(problem.annotation())


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Each edition carries the open-data export, so pages can link to it."""
    for path, content in export_files().items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Give templates the same page in each edition (language switch, hreflang)."""
    links = alternates(page.url, config.extra["languages"], config.site_url)
    to_root = get_relative_url(".", page.url)  # e.g. "../.." from a page two folders down
    for link in links:
        link["href"] = f"{to_root}/{link['target']}"
    context["alternates"] = links
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Point the page at the search worker with Chinese segmentation."""
    return point_page_at_worker(output)


def on_post_build(config: MkDocsConfig) -> None:
    write_worker(Path(config.site_dir))
