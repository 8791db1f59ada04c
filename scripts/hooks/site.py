"""MkDocs hook: wires the reportsite package into MkDocs, and nothing more.

The site's checks run before every `mkdocs build` and `mkdocs serve`, with
the same messages as scripts/build.py; metric tables render as data tables
and are exported as open data; pages get their links to the other edition,
"edit this page" and, offline, the iframe-worker shim; the search worker
gets Chinese query segmentation; the print page is fixed up after its plugin.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
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
from reportsite.i18n import alternates, edit_uri, edition_url
from reportsite.metric_tables import MetricTableExtension
from reportsite.offline import IFRAME_WORKER_SHIM, bundled_languages, iframe_worker_shim, offline_enabled
from reportsite.paths import SOURCE_LANGUAGE
from reportsite.print_page import is_print_page, print_page_file, print_page_url, without_print_assets
from reportsite.search_worker import point_page_at_worker, write_worker
from reportsite.shared_assets import SHARED_ASSETS_ENV, share_assets

log = logging.getLogger("mkdocs.hooks.site")


@event_priority(100)  # before Material's offline plugin, which looks at the polyfills
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Metric tables render as data tables in the edition's language; on
    English pages the first use of a glossary term explains it. Offline, the
    iframe-worker shim comes from our npm package, not from a CDN; a bundle
    of one edition has no language switch."""
    lang = config.theme["language"]
    if offline_enabled(config):
        config.extra["polyfills"] = [IFRAME_WORKER_SHIM]
        config.site_url = None  # a bundle has no public address: links stay relative
    elif config.site_url:
        config.site_url = edition_url(config.site_url, lang)
    config.extra["languages"] = bundled_languages(config.extra["languages"])
    config.edit_uri = edit_uri(config.extra["repository"], config.extra["branch"], config.docs_dir)
    config.extra["alternate"] = len(config.extra["languages"]) > 1
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
    if offline_enabled(config):
        files.append(File.generated(config, IFRAME_WORKER_SHIM, abs_src_path=str(iframe_worker_shim())))
    return files


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Give templates the same page in each edition (language switch, hreflang)."""
    to_root = get_relative_url(".", page.url)  # e.g. "../.." from a page two folders down
    context["alternates"] = alternates(page.url, config.extra["languages"], config.site_url, to_root)
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    """mkdocs-print-site-plugin renders the print page later with this very
    context of 404.html: that dict gets the print page's links and way to the
    root, and 404.html a copy with its own (links to each edition's home)."""
    if template_name != "404.html":
        return context
    not_found = dict(context)
    not_found["alternates"] = alternates(
        "", config.extra["languages"], config.site_url, context["base_url"].rstrip("/")
    )
    url = print_page_url(config.use_directory_urls)
    context["base_url"] = get_relative_url(".", url)
    context["alternates"] = alternates(url, config.extra["languages"], config.site_url, context["base_url"])
    return not_found


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Point the page at the search worker with Chinese segmentation; only
    the print page loads the print page's assets."""
    if not is_print_page(page.file.src_uri):
        output = without_print_assets(output)
    return _shared(point_page_at_worker(output), config)


def _shared(html: str, config: MkDocsConfig) -> str:
    """The English pages of a two-edition site use the Chinese edition's theme assets."""
    if os.environ.get(SHARED_ASSETS_ENV) and config.theme["language"] != SOURCE_LANGUAGE:
        return share_assets(html)
    return html


def on_post_build(config: MkDocsConfig) -> None:
    write_worker(Path(config.site_dir))
    # The print page is written by its plugin after the other pages.
    print_page = Path(config.site_dir) / print_page_file(config.use_directory_urls)
    if print_page.is_file():
        html = point_page_at_worker(print_page.read_text(encoding="utf-8"))
        print_page.write_text(_shared(html, config), encoding="utf-8")
