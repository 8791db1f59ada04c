"""One mistake, one message: what a Chinese page's own error makes the
English edition's checks say, left out while that error stands.

The English pages are read against the Chinese ones (rules 12 to 15, 21;
rule 7's English units; rule 17's reminders). When an editor breaks a
Chinese page (a duplicated or malformed code, a value that is not the
text's), each of those comparisons would also fail, at the English page,
which is not the cause: the English page is fine as it was. So while the
Chinese page has an error of its own and it changed later than its English
page (per git: an uncommitted edit, or a later commit), the English page's
comparisons with it are not reported; once the Chinese page is right, they
are, if the English page then needs to follow it. A page whose English
changed as well keeps every message: either side may be the cause.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .diagnostics import ERROR, Problem
from .freshness import last_changes, parts
from .reading import PageReading
from .rules import EDITORIAL, FRESHNESS, GLOSSARY, HEADING_PARITY, METRIC_PARITY, METRIC_UNIT, NUMBER_PARITY

# The rules that compare an English page with its Chinese one.
COMPARISONS = {HEADING_PARITY, METRIC_PARITY, NUMBER_PARITY, GLOSSARY, EDITORIAL}
# Rule 7's messages that read the English unit against the Chinese one.
UNIT_COMPARISONS = {"metric_unit_not_people", "metric_unit_people_of_things", "metric_unit_not_in_label"}


def without_followers(
    problems: list[Problem], pairs: Iterable[tuple[PageReading, PageReading]], folder: Path
) -> list[Problem]:
    """`problems` without those that follow from a Chinese page's own error
    (see the module's docstring); `folder`: the sources, asked of git."""
    errors: dict[str, set[int]] = {}
    for found in problems:
        if found.severity == ERROR:
            errors.setdefault(found.path, set()).add(found.line)
    broken = [(zh, en) for zh, en in pairs if zh.display in errors]
    if not broken:
        return problems
    history = last_changes(folder)
    if history is None:
        return problems  # no history: which side changed cannot be told
    changes = history[0]
    followers = {}
    for zh, en in broken:
        zh_change, en_change = changes.get(zh.path.resolve()), changes.get(en.path.resolve())
        if zh_change and (en_change is None or zh_change[0] < en_change[0]):
            followers[en.display] = (zh, errors[zh.display])
    return [found for found in problems if not _follows(found, followers)]


def _follows(found: Problem, followers: dict[str, tuple[PageReading, set[int]]]) -> bool:
    if found.path not in followers:
        return False
    zh, lines = followers[found.path]
    if found.rule == FRESHNESS:
        # a reminder to translate a Chinese block that is itself wrong: after it is right
        line = dict(found.params).get("line")
        return line is None or _block_of(zh, int(str(line))) & lines != set()
    return found.rule in COMPARISONS or (found.rule == METRIC_UNIT and found.key in UNIT_COMPARISONS)


def _block_of(zh: PageReading, start: int) -> set[int]:
    """The lines of the block (paragraph, table row…) that begins at line `start`."""
    starts = sorted({part.line for part in parts(zh)} | {len(zh.lines) + 1})
    end = next((line for line in starts if line > start), start + 1)
    return set(range(start, end))
