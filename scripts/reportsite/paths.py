"""Where things live in the repository, and the site's addresses."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from urllib.parse import urljoin

CONFIG_NAME = "mkdocs.yml"  # the site's configuration, which is also the Chinese edition's


@functools.cache
def _repository_of_folder(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    return None


def repository_of(path: Path) -> Path | None:
    """The repository a file belongs to: the nearest folder above it that
    holds mkdocs.yml (the configuration says where the repository is, never
    the package's own location)."""
    absolute = Path(os.path.abspath(path))
    return _repository_of_folder(absolute if absolute.is_dir() else absolute.parent)


def display_path(path: Path) -> str:
    """A path as an editor sees it: relative to its repository when inside
    one (a symbolic link named as itself, not as what it points at)."""
    absolute = Path(os.path.abspath(path))
    root = repository_of(absolute)
    if root is not None:
        return absolute.relative_to(root).as_posix()
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
