"""Translation freshness (rule 17, a warning): a Chinese page changed after
its English page, per git, so the translation may need updating."""

from __future__ import annotations

import time
from pathlib import Path

from .diagnostics import WARNING, Problem
from .git import git
from .pages import Page
from .rules import FRESHNESS


def last_change(path: Path) -> tuple[float, str] | None:
    """(time, commit) of the file's last change; now, if it has uncommitted changes."""
    if git("status", "--porcelain", "--", str(path)):
        return time.time(), "uncommitted"
    log = git("log", "-1", "--format=%ct %h", "--", str(path))
    if not log:
        return None
    epoch, commit = log.split()
    return float(epoch), commit


def check_freshness(pages: dict[str, list[Page]]) -> list[Problem]:
    if git("rev-parse", "--is-inside-work-tree") != "true":
        return []  # no history (e.g. a copy of the sources): nothing to compare
    english = {page.rel: page for page in pages.get("en", [])}
    problems = []
    for zh in pages.get("zh", []):
        en = english.get(zh.rel)
        if en is None:
            continue
        zh_change, en_change = last_change(zh.path), last_change(en.path)
        if zh_change and en_change and zh_change[0] > en_change[0]:
            problems.append(
                Problem(
                    en.display,
                    1,
                    f"the Chinese page {zh.display} changed ({_describe(zh_change)}) after this translation "
                    f"({_describe(en_change)}); expected the translation brought up to date",
                    FRESHNESS,
                    WARNING,
                )
            )
    return problems


def _describe(change: tuple[float, str]) -> str:
    epoch, commit = change
    if commit == "uncommitted":
        return "not yet committed"
    return f"{time.strftime('%Y-%m-%d', time.gmtime(epoch))}, {commit}"
