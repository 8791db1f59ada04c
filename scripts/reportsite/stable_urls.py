"""Stable addresses (rule 16): every page address ever published stays, as
the page or as a redirect to where it went, so that links in old meeting
minutes keep working. data/published_urls.txt lists them, one per line,
relative to an edition's root; each is published in both editions. A page
becomes "published" when the publish workflow first deploys it
(scripts/published_urls.py --record), not when it is created."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

from .datafiles import load_lines
from .diagnostics import Problem, problem
from .git import git
from .paths import display_path, page_url
from .rules import DATA_FILES, STABLE_URLS


def read_published(path: Path) -> tuple[list[tuple[int, str]], list[Problem]]:
    lines, problems = load_lines(path)
    published = []
    for number, address in lines:
        if address.startswith(("/", "http:", "https:")) or not (address.endswith("/") or address.endswith(".html")):
            problems.append(problem(display_path(path), number, DATA_FILES, "published_url_format", address=address))
        else:
            published.append((number, address))
    return published, problems


def ever_listed(path: Path) -> dict[str, str]:
    """Every address the file has listed in its history, with the commit that
    added it (the file only grows: a line taken out is a mistake); empty
    without git history."""
    log = git("log", "--reverse", "--format=%x00%h", "-p", "-U0", "--no-color", "--", path.name, cwd=path.parent)
    listed: dict[str, str] = {}
    for commit in (log or "").split("\0")[1:]:
        short, _, diff = commit.partition("\n")
        for line in diff.split("\n"):
            if line.startswith("+") and not line.startswith("+++"):
                address = line[1:].split("#", 1)[0].strip()
                if address:
                    listed.setdefault(address, short)
    return listed


def check_stable_urls(pages: Iterable[str], redirects: dict[str, str], path: Path, config_path: Path) -> list[Problem]:
    """Rule 16 for the pages (paths inside an edition) and the redirects."""
    published, problems = read_published(path)
    if problems:
        return problems
    listed = {address for _, address in published}
    for address, commit in ever_listed(path).items():
        if address not in listed:
            problems.append(
                problem(display_path(path), 1, STABLE_URLS, "published_url_removed", address=address, commit=commit)
            )
    pages = list(pages)
    current = {page_url(rel) for rel in pages}
    redirected = {page_url(source) for source in redirects}
    config_file = display_path(config_path)
    config_lines = config_path.read_text(encoding="utf-8").split("\n") if config_path.is_file() else []
    for source, target in redirects.items():
        if target not in pages:
            line = next((n for n, row in enumerate(config_lines, 1) if row.strip().startswith(f"{source}:")), 1)
            example = (difflib.get_close_matches(target, pages, n=1, cutoff=0) or ["index.md"])[0]
            problems.append(
                problem(
                    config_file,
                    line,
                    STABLE_URLS,
                    "redirect_target_missing",
                    source=source,
                    target=target,
                    example=example,
                )
            )
    for number, address in published:
        if address not in current and address not in redirected:
            source = address.rstrip("/") + ".md" if address else "index.md"
            problems.append(
                problem(
                    display_path(path),
                    number,
                    STABLE_URLS,
                    "published_url_gone",
                    address=address,
                    source=source,
                    config=config_file,
                )
            )
    return problems


def unpublished(pages: Iterable[str], path: Path) -> list[str]:
    """The addresses of pages not yet recorded as published, for the publish workflow."""
    published, _ = read_published(path)
    known = {address for _, address in published}
    return sorted(address for address in (page_url(rel) for rel in pages) if address and address not in known)
