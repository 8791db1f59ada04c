"""Where things live in the repository, and the site's addresses."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
DATA = ROOT / "data"
SITE = ROOT / "site"
DIST = ROOT / "dist"
# The site's configuration, which is also the Chinese edition's; the plugin's
# `editions` option names every edition's configuration.
CONFIG = ROOT / "mkdocs.yml"


def display_path(path: Path) -> str:
    """A path as an editor sees it: relative to the repository when inside it
    (a symbolic link named as itself, not as what it points at)."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(ROOT).as_posix()
    except ValueError:
        return Path(path).as_posix()


def page_url(rel: str) -> str:
    """A page's address under its edition's root (directory URLs):
    "system-reform/index.md" is "system-reform/", "closing.md" "closing/"."""
    stem = rel.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def edition_url(site_url: str, edition_path: str) -> str:
    """The public address of an edition: the site's, or its folder under it."""
    return urljoin(site_url if site_url.endswith("/") else site_url + "/", edition_path)
