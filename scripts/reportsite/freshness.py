"""Translation freshness (rule 17, a warning): a Chinese page changed after
its English page, per git, so the translation may need updating. Two git
calls for the whole tree, however many pages there are, and one more per
page changed since: a change readers cannot see (markup, a class, line
breaks) asks nothing of the translator, so the page as it was when the
English last changed is read again and compared with the page now."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from .diagnostics import WARNING, Problem, problem
from .git import git
from .reading import PageReading
from .rules import FRESHNESS

# (age, time, short commit): age counts commits back from the newest (0), -1
# for a change not yet committed. Ages, not times, say which change came
# later: two commits can share a second.
Change = tuple[int, float, str]
# The Chinese page as it was at a commit, read as the site renders it (None: it did not exist).
ReadAt = Callable[[PageReading, str], PageReading | None]


def last_changes(folder: Path) -> dict[Path, Change] | None:
    """The last change of every file under `folder`, or None without git."""
    top = git("rev-parse", "--show-toplevel", cwd=folder)
    status = git("status", "--porcelain", "--untracked-files=all", "--no-renames", "--", ".", cwd=folder)
    log = git("log", "--topo-order", "--format=%x00%ct %h", "--name-only", "--no-renames", "--", ".", cwd=folder)
    if top is None or status is None or log is None:
        return None
    root = Path(top)
    changes: dict[Path, Change] = {}
    now = time.time()
    for line in status.splitlines():
        changes[(root / line[3:].strip('"')).resolve()] = (-1, now, "uncommitted")
    for age, commit in enumerate(log.split("\0")[1:]):
        header, *names = commit.strip().split("\n")
        epoch, short = header.split()
        for name in names:
            if name.strip():
                changes.setdefault((root / name.strip()).resolve(), (age, float(epoch), short))
    return changes


def what_a_translator_follows(reading: PageReading) -> tuple[object, ...]:
    """What the English must follow: the text readers read, the headings
    with their ids, the tables' cells."""
    headings = tuple((h.level, h.text, h.id) for h in reading.headings)
    tables = tuple((t.header, tuple(row.cells for row in t.rows)) for t in reading.tables)
    return reading.visible_text, headings, tables


def check_freshness(pairs: Iterable[tuple[PageReading, PageReading]], folder: Path, read_at: ReadAt) -> list[Problem]:
    changes = last_changes(folder)
    if changes is None:
        return []  # no history (e.g. a copy of the sources): nothing to compare
    problems = []
    for zh, en in pairs:
        zh_change, en_change = changes.get(zh.path.resolve()), changes.get(en.path.resolve())
        if zh_change and en_change and zh_change[0] < en_change[0]:  # the Chinese changed later
            then = read_at(zh, en_change[2]) if en_change[0] >= 0 else None
            if then is not None and what_a_translator_follows(then) == what_a_translator_follows(zh):
                continue
            key = "translation_stale_uncommitted" if zh_change[0] < 0 else "translation_stale"
            problems.append(
                problem(
                    en.display,
                    1,
                    FRESHNESS,
                    key,
                    severity=WARNING,
                    page=zh.display,
                    zh_change=_describe(zh_change),
                    en_change=_describe(en_change),
                )
            )
    return problems


def _describe(change: Change) -> str:
    _, epoch, commit = change
    return f"{time.strftime('%Y-%m-%d', time.gmtime(epoch))}, {commit}"
