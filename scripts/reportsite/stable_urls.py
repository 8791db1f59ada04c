"""Stable addresses (rule 16): every page address ever published stays, as
the page or as a redirect to where it went, so that links in old meeting
minutes keep working. data/published_urls.txt lists them, one per line,
relative to an edition's root; each is published in both editions."""

from __future__ import annotations

from pathlib import Path

from .config import load_config
from .diagnostics import Problem
from .pages import Page
from .paths import CONFIG_FILES, DATA, display_path, page_url
from .rules import STABLE_URLS

URLS_FILE = DATA / "published_urls.txt"


def read_published(path: Path = URLS_FILE) -> list[tuple[int, str]]:
    published = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        address = line.split("#", 1)[0].strip()
        if address:
            published.append((number, address))
    return published


def redirect_maps(config_file: Path = CONFIG_FILES["zh"]) -> dict[str, str]:
    plugins = load_config(config_file).get("plugins") or {}
    redirects = plugins.get("redirects") if isinstance(plugins, dict) else None
    return dict((redirects or {}).get("redirect_maps") or {})


def check_stable_urls(
    pages: list[Page], redirects: dict[str, str], path: Path = URLS_FILE, config_file: Path = CONFIG_FILES["zh"]
) -> list[Problem]:
    current = {page_url(page.rel): page for page in pages if page_url(page.rel)}  # the home page always stays
    redirected = {page_url(source) for source in redirects}
    published = read_published(path)
    problems = []
    for number, address in published:
        if address not in current and address not in redirected:
            source = address.rstrip("/") + ".md" if address else "index.md"
            problems.append(
                Problem(
                    display_path(path),
                    number,
                    f"the published address {address} has no page any more; expected the page back, or a "
                    f"redirect from it: add `{source}: <the page's new path>.md` under "
                    f"`plugins: redirects: redirect_maps:` in {display_path(config_file)}",
                    STABLE_URLS,
                )
            )
    listed = {address for _, address in published}
    for address, page in sorted(current.items()):
        if address not in listed:
            problems.append(
                Problem(
                    page.display,
                    1,
                    f"the address of this page, {address}, is not in {display_path(path)}; expected it listed "
                    "there so that it stays stable (scripts/new_section.py adds it for new sections)",
                    STABLE_URLS,
                )
            )
    return problems
