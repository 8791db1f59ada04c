"""Translation freshness (rule 17, a warning): a Chinese block (paragraph,
heading, list item, table row…) changed after its English counterpart, per
git, so the translation may need updating; an edit elsewhere on the English
page does not silence it. Two git calls for the whole tree, however many
pages there are; for a page whose Chinese changed after its English was
written, one `git blame` of each edition (the last change of each line, so
of each block) and a reading of the Chinese as it was when the counterpart
last changed: a change readers cannot see (markup, a class, line breaks)
asks nothing of the translator. Editions whose blocks do not pair one to
one are compared page by page."""

from __future__ import annotations

import functools
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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


def last_changes(folder: Path) -> tuple[dict[Path, Change], dict[Path, int], dict[str, Change]] | None:
    """The last change of every file under `folder`, the age of its first
    (the oldest commit that has it), and every commit by its full hash; None
    without git."""
    top = git("rev-parse", "--show-toplevel", cwd=folder)
    status = git("status", "--porcelain", "--untracked-files=all", "--no-renames", "--", ".", cwd=folder)
    log = git("log", "--topo-order", "--format=%x00%ct %h %H", "--name-only", "--no-renames", "--", ".", cwd=folder)
    if top is None or status is None or log is None:
        return None
    root = Path(top)
    changes: dict[Path, Change] = {}
    first: dict[Path, int] = {}
    commits: dict[str, Change] = {UNCOMMITTED: (-1, time.time(), "uncommitted")}
    for line in status.splitlines():
        path = (root / line[3:].strip('"')).resolve()
        changes[path] = commits[UNCOMMITTED]
        first[path] = -1
    for age, commit in enumerate(log.split("\0")[1:]):
        header, *names = commit.strip().split("\n")
        epoch, short, full = header.split()
        commits[full] = (age, float(epoch), short)
        for name in names:
            if name.strip():
                path = (root / name.strip()).resolve()
                changes.setdefault(path, commits[full])
                first[path] = age
    return changes, first, commits


UNCOMMITTED = "0" * 40  # git blame's commit of a line not yet committed


def line_changes(path: Path, commits: dict[str, Change]) -> list[Change] | None:
    """The last change of each line of a file (index 0: line 1), or None."""
    newest = next((full for full, change in commits.items() if change[0] == 0), "")
    heads = _blamed(path, newest)
    if heads is None:
        return None
    lines: list[Change] = []
    for head in heads:
        change = commits.get(head)
        if change is None:
            return None
        lines.append(change)
    return lines


@functools.lru_cache(maxsize=512)
def _blame(path: Path, newest: str, digest: str) -> tuple[str, ...] | None:
    """The commit of each line, per `git blame`: wholly decided by the file's
    bytes (`digest`) and the history up to its newest commit, so asked once
    a process (the checks run again on each save of a preview, and in the tests)."""
    blame = git("blame", "--porcelain", "--", path.name, cwd=path.parent)
    if blame is None:
        return None
    heads = []
    for line in blame.splitlines():
        if line.startswith("\t"):
            continue
        head = line.split(" ", 1)[0]
        if len(head) == 40 and all(char in "0123456789abcdef" for char in head) and line.count(" ") >= 2:
            heads.append(head)
    return tuple(heads)


def _blamed(path: Path, newest: str) -> tuple[str, ...] | None:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return _blame(path.resolve(), newest, digest)


def what_a_translator_follows(reading: PageReading) -> tuple[object, ...]:
    """What the English must follow: the text readers read, the headings
    with their ids, the tables' cells."""
    headings = tuple((h.level, h.text, h.id) for h in reading.headings)
    tables = tuple((t.header, tuple(row.cells for row in t.rows)) for t in reading.tables)
    return reading.visible_text, headings, tables


def check_freshness(pairs: Iterable[tuple[PageReading, PageReading]], folder: Path, read_at: ReadAt) -> list[Problem]:
    found = last_changes(folder)
    if found is None:
        return []  # no history (e.g. a copy of the sources): nothing to compare
    changes, first, commits = found
    problems = []
    for zh, en in pairs:
        zh_change, en_change = changes.get(zh.path.resolve()), changes.get(en.path.resolve())
        if not zh_change or not en_change or zh_change[0] >= first.get(en.path.resolve(), -1):
            continue  # the Chinese has not changed since the English was first written
        blocks = _block_problems(zh, en, commits, read_at)
        if blocks is not None:
            problems += blocks
        elif zh_change[0] < en_change[0] and not _unseen(zh, en_change, read_at):  # the Chinese changed later
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


def _unseen(zh: PageReading, since: Change, read_at: ReadAt) -> bool:
    """Whether the Chinese page reads as it did at the commit `since`."""
    then = read_at(zh, since[2]) if since[0] >= 0 else None
    return then is not None and what_a_translator_follows(then) == what_a_translator_follows(zh)


def _block_problems(
    zh: PageReading, en: PageReading, commits: dict[str, Change], read_at: ReadAt
) -> list[Problem] | None:
    """A warning at each English block whose Chinese counterpart (the block
    at the same place) changed after it, readers seeing the change; None when
    the blocks do not pair one to one or a file has no history to blame."""
    zh_blocks, en_blocks = parts(zh), parts(en)
    if len(zh_blocks) != len(en_blocks):
        return None
    zh_lines, en_lines = line_changes(zh.path, commits), line_changes(en.path, commits)
    if zh_lines is None or en_lines is None:
        return None
    zh_ages, en_ages = _block_changes(zh_blocks, zh_lines), _block_changes(en_blocks, en_lines)
    problems, read = [], {}
    for index, (zh_block, en_block) in enumerate(zip(zh_blocks, en_blocks, strict=True)):
        zh_change, en_change = zh_ages[index], en_ages[index]
        if zh_change[0] >= en_change[0]:
            continue
        if en_change[0] >= 0:
            if en_change[2] not in read:
                read[en_change[2]] = read_at(zh, en_change[2])
            then = read[en_change[2]]
            then_blocks = parts(then) if then is not None else []
            if len(then_blocks) == len(zh_blocks) and then_blocks[index].visible == zh_block.visible:
                continue  # a change readers cannot see
        key = "translation_stale_block_uncommitted" if zh_change[0] < 0 else "translation_stale_block"
        problems.append(
            problem(
                en.display,
                en_block.line,
                FRESHNESS,
                key,
                severity=WARNING,
                page=zh.display,
                line=zh_block.line,
                zh_change=_describe(zh_change),
                en_change=_describe(en_change),
            )
        )
    return problems


@dataclass(frozen=True)
class Part:
    """A part of a page a translator follows: a block of text, or a table's row."""

    line: int
    visible: object  # what readers read of it


def parts(reading: PageReading) -> list[Part]:
    """The page's blocks of text and its tables' rows, in the page's order."""
    blocks = [Part(block.line, block.visible) for block in reading.text_blocks()]
    rows = [Part(row.line, row.cells) for table in reading.tables for row in table.rows]
    return sorted(blocks + rows, key=lambda part: part.line)


def _block_changes(blocks: list[Part], lines: list[Change]) -> list[Change]:
    """The last change of each block: the newest of its lines' (a block runs
    from its line to the line before the next block's)."""
    starts = sorted({block.line for block in blocks})
    result = []
    for block in blocks:
        later = [start for start in starts if start > block.line]
        end = max(block.line, (later[0] - 1) if later else len(lines))
        span = lines[block.line - 1 : end] or lines[-1:]
        result.append(min(span, key=lambda change: change[0]))
    return result


def _describe(change: Change) -> str:
    _, epoch, commit = change
    return f"{time.strftime('%Y-%m-%d', time.gmtime(epoch))}, {commit}"
