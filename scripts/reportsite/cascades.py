"""One mistake, one message: what follows from another problem's cause is
left out while that cause stands (`one_per_cause`, the end of every check).

A page's text missing (deleted, or not yet translated) or not the report's
(rule 3) holds back the checks that read that text; a page removed without a
redirect is rule 16's message alone. And what a Chinese page's own error
makes the English edition's checks say (`without_followers`):

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
from .rules import (
    EDITORIAL,
    FIDELITY,
    FRESHNESS,
    GLOSSARY,
    HEADING_PARITY,
    METRIC_PARITY,
    METRIC_PROSE,
    METRIC_UNIT,
    NUMBER_PARITY,
)

# The rules that compare an English page with its Chinese one.
COMPARISONS = {HEADING_PARITY, METRIC_PARITY, NUMBER_PARITY, GLOSSARY, EDITORIAL}
# Rule 7's messages that read the English unit against the Chinese one.
UNIT_COMPARISONS = {"metric_unit_not_people", "metric_unit_people_of_things", "metric_unit_not_in_label"}


# A page's text missing (deleted, or not yet translated) is its one message:
# the checks that read that text (its table against it, rule 9; the English
# against the Chinese, rules 14 and 15) wait until it is back.
TEXT_MISSING_EN = (NUMBER_PARITY, GLOSSARY)
# The Chinese text not the report's (rule 3): its figures and terms are compared once it is.
TEXT_CHANGED = frozenset(
    {"fidelity_changed", "fidelity_deleted", "fidelity_not_in_report", "fidelity_missing_here", "admonition_fell_out"}
)


def one_per_cause(
    problems: list[Problem], pairs: Iterable[tuple[PageReading, PageReading]], folder: Path
) -> list[Problem]:
    """`problems` less those that follow from another one's cause: a page's
    text missing or not the report's, a removed page, and a Chinese page's
    own error (`without_followers`); `folder`: the sources, asked of git."""
    pairs = list(pairs)
    english = {zh.display: en.display for zh, en in pairs}
    # a Chinese paragraph that is not the report's text (rule 3 says so) is not asked to be translated
    not_report = {f"{found.path}:{found.line}" for found in problems if found.rule == FIDELITY}
    problems = [
        found
        for found in problems
        if not (found.key == "paragraph_missing_en" and dict(found.params)["where"] in not_report)
    ]
    # a page removed without a redirect is rule 16's one message, not also its stale `editorial_pages` entry
    gone = {dict(found.params)["source"] for found in problems if found.key == "published_url_gone"}
    problems = [
        found
        for found in problems
        if not (found.key == "editorial_page_missing" and dict(found.params)["page"] in gone)
    ]
    waiting: dict[str, set[str]] = {}
    for found in problems:
        if found.key in TEXT_CHANGED:
            waiting.setdefault(found.path, set()).add(METRIC_PROSE)
            if found.path in english:
                waiting.setdefault(english[found.path], set()).update(TEXT_MISSING_EN)
        elif found.key in ("paragraph_missing_en", "page_untranslated"):
            waiting.setdefault(found.path, set()).update(TEXT_MISSING_EN)
    problems = [found for found in problems if found.rule not in waiting.get(found.path, ())]
    return without_followers(problems, pairs, folder)


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
