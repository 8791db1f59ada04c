"""Rule 21: editorial text is marked as the editors', in both editions.

Which blocks are the editors' and how readers see that they are is
editorial.py's; here, what the checks ask of them: every editorial block
of a report page has its counterpart, in the same order, on the page of the
other edition; so has every button, to the same page; and a button names
the page it opens, never a claim.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from difflib import SequenceMatcher

from .diagnostics import Problem, problem
from .editorial import Kind
from .messages import Words
from .reading import FOOTNOTE_PROBLEMS, PageReading
from .rules import EDITORIAL

KIND_WORDS = {
    Kind.HEADING: Words("编者加的标题", "editors' heading"),
    Kind.BOX: Words("编者说明框", "editors' note box"),
    Kind.CARDS: Words("编者的卡片", "editors' cards"),
    Kind.FOOTNOTES: Words("脚注", "footnotes"),
}


def check_editorial_parity(
    zh: PageReading, en: PageReading, changed: Callable[[], str | None] = lambda: None
) -> list[Problem]:
    """Every editorial block of a report page has its counterpart, in the
    same order, on the page of the other edition; so has every button, to
    the same page. The first block without one is the message: a block
    added to the Chinese asks for its translation; a block the English has
    alone is said on the Chinese page when the editor deleted it there
    (`changed()`, the edition that differs from its last commit), else on
    the English."""
    problems = []
    # A page whose footnotes and marks do not pair up has that one message
    # (rule 18): its footnotes are not also compared with the other edition's.
    broken = any(found.key in FOOTNOTE_PROBLEMS for found in zh.problems + en.problems)
    zh_blocks = [block for block in zh.editorial_blocks if not (broken and block.kind == Kind.FOOTNOTES)]
    en_blocks = [block for block in en.editorial_blocks if not (broken and block.kind == Kind.FOOTNOTES)]
    zh_kinds = [block.kind for block in zh_blocks]
    en_kinds = [block.kind for block in en_blocks]
    if zh_kinds != en_kinds:
        # the blocks aligned in order: the first that has no counterpart
        tag, i1, _, j1, _ = next(
            op for op in SequenceMatcher(None, zh_kinds, en_kinds, autojunk=False).get_opcodes() if op[0] != "equal"
        )
        if tag in ("replace", "delete"):  # a Chinese block with no English counterpart
            block = zh_blocks[i1]
            # where it stands among the report's text, or before the next editorial block if that comes first
            line = min([same_place(zh, en, block.line)] + ([en_blocks[j1].line] if j1 < len(en_blocks) else []))
            where = f"{zh.display}:{block.line}"
            marked = _footnote_mark(zh, en) if block.kind == Kind.FOOTNOTES else None
            if marked is not None:
                # at the English paragraph whose Chinese holds the footnote's mark, not at the page's end
                name, line = marked
                problems.append(problem(en.display, line, EDITORIAL, "footnote_missing_en", name=name, where=where))
            else:
                problems.append(
                    problem(
                        en.display, line, EDITORIAL, "editorial_missing_en", kind=KIND_WORDS[block.kind], where=where
                    )
                )
        elif changed() == "zh":  # an English block whose Chinese the editor deleted
            block = en_blocks[j1]
            found = dict(kind=KIND_WORDS[block.kind], where=f"{en.display}:{block.line}", path=zh.display)
            problems.append(
                problem(zh.display, same_place(en, zh, block.line), EDITORIAL, "editorial_deleted_zh", **found)
            )
        else:
            block = en_blocks[j1]
            problems.append(
                problem(
                    en.display,
                    block.line,
                    EDITORIAL,
                    "editorial_extra_en",
                    kind=KIND_WORDS[block.kind],
                    page=zh.display,
                )
            )
    zh_buttons = [link for link in zh.links if link.button]
    en_buttons = [link for link in en.links if link.button]
    for index, link in enumerate(en_buttons):
        other = zh_buttons[index] if index < len(zh_buttons) else None
        if other is None or _target(other.href) != _target(link.href):
            problems.append(
                problem(
                    en.display, link.line, EDITORIAL, "button_parity", text=link.text, href=link.href, page=zh.display
                )
            )
            return problems
    if len(zh_buttons) > len(en_buttons):
        missing = zh_buttons[len(en_buttons)]
        problems.append(
            problem(
                en.display,
                en_buttons[-1].line if en_buttons else _last_line(en),
                EDITORIAL,
                "button_missing_en",
                text=missing.text,
                href=missing.href,
                where=f"{zh.display}:{missing.line}",
            )
        )
    return problems


def check_buttons(reading: PageReading, titles: dict[str, str | None]) -> list[Problem]:
    """A button on a report page names the page it opens, in its words (the
    page's heading): a button is the site's navigation, never a claim.
    `titles`: the heading of each page of the edition, by its path."""
    if reading.editorial_page:
        return []
    problems = []
    for link in reading.links:
        if not link.button:
            continue
        target = _resolve(reading.rel, link.href)
        title = titles.get(target) if target else None
        if target in titles and title is None:
            continue  # the page it opens cannot be read: that page's problem
        if target is not None and target not in titles:
            continue  # a link to a page that does not exist (moved, misspelt): rule 18's message, at this line
        if title is None:
            problems.append(
                problem(reading.display, link.line, EDITORIAL, "button_not_a_page", text=link.text, href=link.href)
            )
        elif " ".join(link.text.split()) != title:
            problems.append(
                problem(reading.display, link.line, EDITORIAL, "button_text_not_title", text=link.text, title=title)
            )
    return problems


FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]+)\](?!:)")


def _footnote_mark(zh: PageReading, en: PageReading) -> tuple[str, int] | None:
    """The first footnote mark of the Chinese page and the line of the English
    paragraph that translates the paragraph holding it (paragraphs pair in
    order); None when they do not pair."""
    zh_texts, en_texts = list(zh.text_blocks(editorial=False)), list(en.text_blocks(editorial=False))
    for number, line in enumerate(zh.lines, 1):
        found = FOOTNOTE_MARK.search(line)
        if found and not line.lstrip().startswith("[^"):
            holding = [i for i, block in enumerate(zh_texts) if block.line <= number]
            if holding and len(zh_texts) == len(en_texts):
                return found.group(1), en_texts[holding[-1]].line
            return None
    return None


def _target(href: str) -> str:
    return href.split("#", 1)[0]


def _resolve(rel: str, href: str) -> str | None:
    """The page (its path in docs/) a relative link leads to, if any."""
    path = _target(href)
    if not path or "://" in path or path.startswith(("/", "mailto:")):
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
    if target.endswith("/"):
        target += "index.md"
    return target if target.endswith(".md") else None


def same_place(page: PageReading, other: PageReading, line: int) -> int:
    """The line of `other` that stands where `line` of `page` stands: before
    the same report block or table (they pair in order), else at its end."""

    def starts(reading: PageReading) -> list[int]:
        blocks = [block.line for block in reading.text_blocks(editorial=False)]
        return sorted(blocks + [table.line for table in reading.tables] + [b.line for b in reading.editorial_blocks])

    before = sum(1 for start in starts(page) if start < line)
    theirs = starts(other)
    return theirs[before] if before < len(theirs) else _last_line(other)


def _last_line(reading: PageReading) -> int:
    return len(reading.lines) or 1
