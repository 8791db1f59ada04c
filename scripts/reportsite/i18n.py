"""Links between the editions. Both editions have the same page paths, so
the same page in another language is that language's root plus the page's
own URL."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict
from urllib.parse import urljoin

from .paths import ROOT, SITE_SUBDIRS


class Alternate(TypedDict):
    name: str
    lang: str
    current: bool
    href: str  # from the page itself
    absolute: str | None  # full URL when site_url is configured


def alternates(page_url: str, languages: list[dict], site_url: str | None, to_root: str) -> list[Alternate]:
    """The page in every edition, given `extra.languages` of the config and
    the way from the page to its edition's root (e.g. "../..")."""
    result: list[Alternate] = []
    for language in languages:
        target = f"{language['prefix']}{page_url}"
        result.append(
            Alternate(
                name=language["name"],
                lang=language["lang"],
                current=language["prefix"] == "",
                href=f"{to_root}/{target}",
                absolute=urljoin(site_url, target) if site_url else None,
            )
        )
    return result


def edition_url(site_url: str, lang: str) -> str:
    """The public address of an edition: the site's, or its folder under it."""
    subdir = SITE_SUBDIRS[lang]
    return urljoin(site_url, f"{subdir}/") if subdir else site_url


def edit_uri(repository: str, branch: str, docs_dir: str) -> str:
    """Where "edit this page" opens a page of this edition, as an absolute
    URL, so that MkDocs needs no repo_url (whose header fetches GitHub's API)."""
    folder = Path(docs_dir).resolve().relative_to(ROOT).as_posix()
    return f"{repository.rstrip('/')}/edit/{branch}/{folder}/"
