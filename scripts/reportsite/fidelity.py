"""Rule 3: the Chinese pages carry the report, word for word, and nothing else.

Both directions, compared without whitespace (the printed layout broke lines
and spaced out headings), on the text readers see with every correction
undone (an insertion dropped, a deletion or replaced text kept):

- every block of report text on a Chinese page (not an editorial page, not an
  editorial block such as a footnote, an admonition or the cards) is the
  report's own text: one passage of data/source.txt, or passages joined where
  the report's sentences or layout blocks end (a layout block printed out of
  reading order may be moved back, with a footnote);
- every sentence of the report stands on some Chinese page.

A change that is not marked as a correction is reported once, at the page
line, with the exact difference (`…5轮[-督察-]{+督查+}调研…`). Corrections are
CriticMarkup (`{~~原文~>改为~~}`, `{++补字++}`, `{--删字--}`), each followed by
a footnote giving the reason. data/source.txt itself is the last of the
editions of data/source_editions.yml, read against the repository's history:
the report's text as first published stays, and a new edition is listed,
with its date and what it is, for readers to see.
"""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from .data import Fragment, Source, SourceEdition
from .datafiles import DataFile
from .diagnostics import WARNING, Problem, problem
from .git import git, git_bytes
from .paths import display_path
from .reading import FOOTNOTE_PROBLEMS, FOOTNOTE_REF, PageReading, normalise
from .rules import FIDELITY
from .scaffold import PLACEHOLDER

CONTEXT = 8  # characters of context around a difference
MIN_PASSAGE = 4  # shorter passages joined to others are not taken as the report's
UNICODE_HAN = re.compile(r"[\u3400-\u9fff]")


def check_editions(path: Path, editions: list[SourceEdition], file: DataFile) -> list[Problem]:
    """The report's text is the last edition listed; the first edition is the
    text as first committed; every version of it in the history is listed;
    no listed edition is ever taken out (the history says, as for rule 16)."""
    raw = path.read_bytes()
    problems = []
    last = editions[-1]
    current = _sha256(raw)
    ever = _ever_listed(file.path)
    listed = {edition.sha256 for edition in editions}
    if current != last.sha256 and current not in ever:  # (an edition taken out is said below)
        line, shown = _first_difference(path, raw, last.sha256)
        problems.append(
            problem(display_path(path), line, FIDELITY, "source_changed", diff=shown, editions=file.display)
        )
    history = _versions(path)
    first = _sha256(history[0][1]) if history else None
    if history and first != editions[0].sha256:
        line, commit = editions[0].line, history[0][0][:7]
        problems.append(problem(file.display, line, FIDELITY, "source_first_edition", commit=commit))
    said = {first}  # the first edition: said above, once
    for commit, text in history:
        if _sha256(text) not in listed | said | set(ever) | {current}:
            problems.append(problem(display_path(path), 1, FIDELITY, "source_version_unlisted", commit=commit[:7]))
            break
    for sha256, commit in ever.items():
        if sha256 not in listed | said:
            problems.append(
                problem(file.display, 1, FIDELITY, "source_edition_removed", sha256=sha256[:12], commit=commit)
            )
    return problems


def changes_under_review(paths: list[Path], base: str | None = None) -> list[Problem]:
    """In a pull request (GITHUB_BASE_REF), a warning at every changed line
    of the report's text and of its editions, so that reviewers see the
    change on the files themselves, whatever else the checks say."""
    base = base if base is not None else os.environ.get("GITHUB_BASE_REF")
    problems: list[Problem] = []
    for path in paths if base else []:
        folder = path.parent
        fork = git("merge-base", f"origin/{base}", "HEAD", cwd=folder) or git("merge-base", base, "HEAD", cwd=folder)
        diff = git("diff", "-U0", "--no-color", fork, "--", path.name, cwd=folder) if fork else None
        for hunk in re.finditer(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", diff or "", re.MULTILINE):
            line = max(int(hunk.group(1)), 1)
            problems.append(
                problem(display_path(path), line, FIDELITY, "source_changed_under_review", severity=WARNING, base=base)
            )
    return problems


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _versions(path: Path) -> list[tuple[str, bytes]]:
    """(commit, text) of every version of the file its repository's history
    holds, oldest first (none without git or history)."""
    log = git("log", "--reverse", "--format=%H", "--", path.name, cwd=path.parent)
    versions = []
    for commit in (log or "").split():
        text = git_bytes("show", f"{commit}:./{path.name}", cwd=path.parent)
        if text is not None:
            versions.append((commit, text))
    return versions


def _first_difference(path: Path, raw: bytes, sha256: str) -> tuple[int, str]:
    """The first line where the text differs from the edition it should be
    (found in the history), and the difference there."""
    for _, text in reversed(_versions(path)):
        if _sha256(text) == sha256:
            old = text.decode("utf-8", errors="replace").split("\n")
            new = raw.decode("utf-8", errors="replace").split("\n")
            for number, (a, b) in enumerate(zip(old, new, strict=False), 1):
                if a != b:
                    return number, difference(a.strip(), b.strip())
            return min(len(old), len(new)) + 1, "…"
    return 1, "…"


def _ever_listed(path: Path) -> dict[str, str]:
    """Every edition's checksum the file has listed in its history, with the commit that added it."""
    log = git("log", "--reverse", "--format=%x00%h", "-p", "-U0", "--no-color", "--", path.name, cwd=path.parent)
    listed: dict[str, str] = {}
    for commit in (log or "").split("\0")[1:]:
        short, _, diff = commit.partition("\n")
        for found in re.finditer(r"^\+.*sha256:\s*([0-9a-f]{64})", diff, re.MULTILINE):
            listed.setdefault(found.group(1), short)
    return listed


# --- covering a block with the source's passages -----------------------------------------


@dataclass(frozen=True)
class Piece:
    page_start: int
    page_end: int
    source_start: int


@dataclass(frozen=True)
class Stretch:
    """Text of a block that is not the report's: [start, end) in the block,
    between the source offsets where the covered text around it ends and
    resumes (None at either end of the block)."""

    start: int
    end: int
    source_before: int | None
    source_after: int | None


class Coverage:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.positions: dict[str, list[int]] = defaultdict(list)
        for offset, char in enumerate(source.text):
            self.positions[char].append(offset)

    def _common(self, source_start: int, text: str, start: int) -> int:
        source, size = self.source.text, 0
        limit = min(len(source) - source_start, len(text) - start)
        while size < limit and source[source_start + size] == text[start + size]:
            size += 1
        return size

    def _longest(self, text: str, start: int, at_block: bool) -> tuple[int, int]:
        """(length, source offset) of the longest passage of the source that
        `text[start:]` begins with and that ends where a layout block of the
        printed page ends (or ends the text); beginning where one begins if
        `at_block`: the only joins allowed are those of blocks printed out of
        reading order, moved back."""
        best = (0, -1)
        blocks = self.source.blocks
        candidates = blocks if at_block else self.positions.get(text[start], [])
        for offset in candidates:
            if offset >= len(self.source.text) or self.source.text[offset] != text[start]:
                continue
            size = self._common(offset, text, start)
            if start + size < len(text):
                index = bisect_right(blocks, offset + size) - 1
                size = blocks[index] - offset if index >= 0 else 0
            if size > best[0] and (size >= MIN_PASSAGE or start + size == len(text) == size):
                best = (size, offset)
        return best

    def cover(self, text: str) -> tuple[list[Piece], list[Stretch]]:
        if not text or self.source.text.find(text) >= 0:
            return [Piece(0, len(text), max(self.source.text.find(text), 0))], []
        pieces: list[Piece] = []
        stretches: list[Stretch] = []
        position, gap_start = 0, None
        while position < len(text):
            size, offset = self._longest(text, position, at_block=position > 0)
            if size:
                if gap_start is not None:
                    before = pieces[-1].source_start + pieces[-1].page_end - pieces[-1].page_start if pieces else None
                    stretches.append(Stretch(gap_start, position, before, offset))
                    gap_start = None
                pieces.append(Piece(position, position + size, offset))
                position += size
            else:
                gap_start = position if gap_start is None else gap_start
                position += 1
        if gap_start is not None:
            before = pieces[-1].source_start + pieces[-1].page_end - pieces[-1].page_start if pieces else None
            stretches.append(Stretch(gap_start, len(text), before, None))
        return pieces, stretches

    def counterpart(self, text: str, stretch: Stretch) -> tuple[int, int] | None:
        """The source's passage that a changed stretch stands for, if any."""
        source = self.source
        length = stretch.end - stretch.start
        before, after = stretch.source_before, stretch.source_after
        if before is not None and after is not None and before <= after <= before + 3 * length + 40:
            return before, after
        if before is not None and after is None:
            return before, self.nearest_cut(before + length, above=before)
        if after is not None and before is None:
            return self.nearest_cut(after - length, below=after), after
        matcher = SequenceMatcher(None, source.text, text[stretch.start : stretch.end], autojunk=False)
        match = matcher.find_longest_match(0, len(source.text), 0, length)
        if match.size < max(4, length // 3):
            return None
        start = self.nearest_cut(match.a - match.b, below=match.a - match.b + 1)
        return start, self.nearest_cut(start + length, above=start)

    def nearest_cut(self, target: int, above: int | None = None, below: int | None = None) -> int:
        cuts = [c for c in self.source.cuts if (above is None or c > above) and (below is None or c < below)]
        if not cuts:
            return above if above is not None else (below or 0)
        return min(cuts, key=lambda cut: abs(cut - target))


def difference(old: str, new: str) -> str:
    """`…context[-old-]{+new+}context…` for every change, a few characters of
    context around each; a change inside a Chinese word shows the word
    (`[-督察-]{+督查+}`, not `督[-察-]{+查+}`)."""
    opcodes = [list(op) for op in SequenceMatcher(None, old, new, autojunk=False).get_opcodes()]
    for index in range(1, len(opcodes)):
        previous, current = opcodes[index - 1], opcodes[index]
        widen = current[0] == "replace" and previous[0] == "equal" and previous[2] > previous[1]
        if widen and UNICODE_HAN.match(old[current[1] - 1]):
            previous[2] -= 1
            previous[4] -= 1
            current[1] -= 1
            current[3] -= 1
    parts: list[str] = []
    last = len(opcodes) - 1
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag != "equal":
            parts.append(f"[-{old[i1:i2]}-]" if i2 > i1 else "")
            parts.append(f"{{+{new[j1:j2]}+}}" if j2 > j1 else "")
            continue
        chunk = old[i1:i2]
        if index == 0 and len(chunk) > CONTEXT:
            chunk = "…" + chunk[-CONTEXT:]
        elif index == last and len(chunk) > CONTEXT:
            chunk = chunk[:CONTEXT] + "…"
        elif 0 < index < last and len(chunk) > 2 * CONTEXT:
            chunk = chunk[:CONTEXT] + "…" + chunk[-CONTEXT:]
        parts.append(chunk)
    return "".join(parts)


def _quote(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# --- the check --------------------------------------------------------------------------


PLACEHOLDER_TEXT = normalise(PLACEHOLDER["zh"])


@dataclass
class _Block:
    reading: PageReading
    line: int
    text: str
    pieces: list[Piece]
    stretches: list[Stretch]


def check_fidelity(
    source: Source,
    readings: Iterable[PageReading],
    editorial_pages: Iterable[str] = (),
    committed: Callable[[PageReading], str | None] = lambda reading: None,
) -> list[Problem]:
    """Rule 3 over the Chinese pages: corrections footnoted, nothing but the
    report on report pages, every sentence of the report on some page, once."""
    editorial_pages = set(editorial_pages)
    coverage = Coverage(source)
    problems: list[Problem] = []
    pages: list[list[_Block]] = []
    readings = list(readings)
    unreadable = any(reading.unread for reading in readings)
    for reading in readings:
        if reading.unread or reading.rel in editorial_pages:
            continue
        problems += check_corrections_footnoted(reading)
        blocks = []
        for block in reading.text_blocks(editorial=False):
            # a footnote mark without its note shows as text: its own problem (rule 18)
            text = normalise(FOOTNOTE_REF.sub("", block.original))
            if text:
                blocks.append(_Block(reading, block.line, text, *coverage.cover(text)))
        pages.append(blocks)
    report = [block for blocks in pages for block in blocks]
    # the report's text moved into a note box or a details block: the editors' to readers
    boxed = [
        (reading, block.line, normalise(block.visible))
        for reading in readings
        if not reading.unread and reading.rel not in editorial_pages
        for block in reading.text_blocks(editorial=True)
    ]
    missing = [not any(source.fragment_text(f) in b.text for b in report) for f in source.fragments]
    explained: set[int] = set()
    # a new section's placeholder (scripts/new_section.py) stands for the report's text not yet on any page
    placeholders = [block for block in report if PLACEHOLDER_TEXT in block.text]
    waiting: list[Problem] = []
    for blocks in pages:
        for index, block in enumerate(blocks):
            for stretch in block.stretches:
                if block in placeholders:  # not read as a change of the text around it
                    added = _quote(block.text[stretch.start : stretch.end])
                    waiting.append(
                        problem(block.reading.display, block.line, FIDELITY, "fidelity_not_in_report", text=added)
                    )
                    continue
                before, after = _anchors(source, blocks, index, stretch)
                problems.append(_stretch_problem(coverage, block, stretch, before, after, missing, explained))
    if not unreadable:  # a page that cannot be read is its own problem (rule 1)
        history = _committed_pages([r for r in readings if r.rel not in editorial_pages], committed)
        problems += _missing_sentences(source, report, missing, explained, boxed, history, placeholders)
    # a placeholder with no text of the report left for it: not the report's text
    problems += [found for found in waiting if any(found.path == b.reading.display for b in placeholders)]
    problems += _repeated_sentences(source, [block for block in report if not block.stretches])
    return problems


def _anchors(source: Source, blocks: list[_Block], index: int, stretch: Stretch) -> tuple[int | None, int | None]:
    """Where the report's text before and after a stretch ends and resumes:
    in its block, or else where a sentence ends in the blocks around it on
    the page (not a heading that quotes the start of a sentence)."""
    before, after = stretch.source_before, stretch.source_after
    if before is None and stretch.start == 0:
        earlier = next((b for b in reversed(blocks[:index]) if b.pieces), None)
        if earlier:
            last = earlier.pieces[-1]
            end = last.source_start + last.page_end - last.page_start
            before = end if source.cut_at(end) else None
    if after is None and stretch.end == len(blocks[index].text):
        later = next((b for b in blocks[index + 1 :] if b.pieces), None)
        if later and source.cut_at(later.pieces[0].source_start):
            after = later.pieces[0].source_start
    return before, after


def _missing_run(source: Source, missing: list[bool], offset: int, limit: int, forward: bool) -> tuple[int, int] | None:
    """The missing sentences that begin (forward) or end at `offset`, up to
    about `limit` characters: the text a stretch stands in for."""
    indexes = range(len(source.fragments)) if forward else range(len(source.fragments) - 1, -1, -1)
    run: list[Fragment] = []
    for index in indexes:
        fragment = source.fragments[index]
        edge = fragment.start if forward else fragment.end
        if not run and edge != offset:
            continue
        if not missing[index] or sum(f.length() for f in run) > limit:
            break
        run.append(fragment)
    if not run:
        return None
    return (run[0].start, run[-1].end) if forward else (run[-1].start, run[0].end)


def _stretch_problem(
    coverage: Coverage,
    block: _Block,
    stretch: Stretch,
    before: int | None,
    after: int | None,
    missing: list[bool],
    explained: set[int],
) -> Problem:
    source, reading = coverage.source, block.reading
    added = block.text[stretch.start : stretch.end]
    line = reading.source_map.find(added, block.line) or block.line
    limit = 2 * len(added) + 20
    span: tuple[int, int] | None = None
    if before is not None and after is not None and before <= after <= before + 3 * len(added) + 40:
        span = (before, after)
    elif before is not None:
        run = _missing_run(source, missing, before, limit, forward=True)
        end = coverage.nearest_cut(before + len(added), above=before)
        span = (before, max(end, run[1] if run else end)) if run or end > before else None
    elif after is not None:
        run = _missing_run(source, missing, after, limit, forward=False)
        start = coverage.nearest_cut(after - len(added), below=after)
        span = (min(start, run[0] if run else start), after) if run or start < after else None
    wide = span is None and stretch.source_before is None and stretch.source_after is None
    if wide:
        span = coverage.counterpart(block.text, stretch)
    if span:
        span = _widest_match(source, span, added)
        old = source.text[span[0] : span[1]]
        if SequenceMatcher(None, old, added, autojunk=False).ratio() >= (0.75 if wide else 0.5) or _all_missing(
            source, missing, span
        ):
            explained.update(i for i, f in enumerate(source.fragments) if f.start < span[1] and span[0] < f.end)
            context_before = block.text[max(0, stretch.start - CONTEXT) : stretch.start]
            context_after = block.text[stretch.end : stretch.end + CONTEXT]
            shown = difference(context_before + old + context_after, context_before + added + context_after)
            where = f"{source.display}:{source.line_at(span[0])}"
            return problem(reading.display, line, FIDELITY, "fidelity_changed", diff=shown, source=where)
    box = _box_above(reading, line)
    if box is not None:  # a note box's line that fell out of it: the indent is the cause
        opening, where = box
        return problem(reading.display, line, FIDELITY, "admonition_fell_out", opening=opening, where=where)
    return problem(reading.display, line, FIDELITY, "fidelity_not_in_report", text=_quote(added))


BOX_OPENING = re.compile(r"^(?P<indent> *)(?:!!!|\?\?\?\+?)[ ]*[A-Za-z]")


def _box_above(reading: PageReading, line: int) -> tuple[str, int] | None:
    """The note box (its opening line, and that line's number) that ends
    right above `line`, blank lines between, when `line` is indented no
    deeper than the box's opening: the line was meant inside, and fell out."""
    lines = reading.lines
    if not 1 <= line <= len(lines):
        return None
    own = len(lines[line - 1]) - len(lines[line - 1].lstrip(" "))
    number = line - 1
    while number >= 1 and not lines[number - 1].strip():
        number -= 1
    inside = False
    while number >= 1:
        text = lines[number - 1]
        opening = BOX_OPENING.match(text)
        if opening:
            return (text.strip(), number) if inside and own <= len(opening["indent"]) else None
        if text.strip() and len(text) - len(text.lstrip(" ")) < 4:
            return None  # text outside any box: the box (if any) ended before it
        inside = inside or bool(text.strip())
        number -= 1
    return None


def _widest_match(source: Source, span: tuple[int, int], added: str) -> tuple[int, int]:
    """The span, ended at the sentence end that makes it read most like the
    page's text: a stretch that runs on past the sentences it stands for
    (a deletion inside a paragraph) is shown against the report's same
    words, not as an insertion of them."""
    best, end = SequenceMatcher(None, source.text[span[0] : span[1]], added, autojunk=False).ratio(), span[1]
    for fragment in source.fragments:
        if span[1] < fragment.end <= span[1] + len(added) + 40:
            ratio = SequenceMatcher(None, source.text[span[0] : fragment.end], added, autojunk=False).ratio()
            if ratio > best:
                best, end = ratio, fragment.end
    return span[0], end


def _all_missing(source: Source, missing: list[bool], span: tuple[int, int]) -> bool:
    """Whether every sentence of `span` is on no page: the stretch stands in
    for them (e.g. a placeholder where the section's text should be)."""
    inside = [i for i, f in enumerate(source.fragments) if span[0] <= f.start and f.end <= span[1]]
    return bool(inside) and all(missing[i] for i in inside)


def _missing_sentences(
    source: Source,
    report: list[_Block],
    missing: list[bool],
    explained: set[int],
    boxed: list[tuple[PageReading, int, str]] = (),
    committed: Callable[[], list[tuple[PageReading, list[str]]]] = lambda: [],
    placeholders: list[_Block] | None = None,
) -> list[Problem]:
    """One problem per run of consecutive sentences on no page: at the line
    of the page where the last commit has it (deleted since), else at the
    page line where the sentence before them stands (the line to change)."""

    def location(index: int) -> _Block | None:
        wanted = source.fragment_text(source.fragments[index])
        return next((block for block in report if wanted in block.text), None)

    problems = []
    index = 0
    while index < len(source.fragments):
        if not missing[index] or index in explained:
            index += 1
            continue
        end = index
        while end + 1 < len(source.fragments) and missing[end + 1] and end + 1 not in explained:
            end += 1
        first, last = source.fragments[index], source.fragments[end]
        sentence = _quote(source.text[first.start : last.end], 60)
        where = f"{source.display}:{first.line}" + (f"-{last.line}" if last.line != first.line else "")
        box = next((item for item in boxed if source.fragment_text(first) in item[2]), None)
        if box is not None:
            reading, line, _ = box
            problems.append(problem(reading.display, line, FIDELITY, "fidelity_in_editorial_block", sentence=sentence))
            index = end + 1
            continue
        if placeholders:  # the text the new section's placeholder stands for
            block = placeholders.pop(0)
            found = dict(sentence=sentence, source=where)
            problems.append(problem(block.reading.display, block.line, FIDELITY, "fidelity_placeholder", **found))
            index = end + 1
            continue
        deleted = _where_committed(source.text[first.start : last.end], committed())
        neighbour = next((location(i) for i in range(index - 1, -1, -1) if not missing[i]), None)
        if deleted is not None:
            reading, line = deleted
            found = dict(sentence=sentence, source=where, line=line, path=reading.display)
            problems.append(
                problem(reading.display, min(line, len(reading.lines)), FIDELITY, "fidelity_deleted", **found)
            )
        elif neighbour:
            after = _quote(source.fragment_text(source.fragments[index - 1]), 16)
            problems.append(
                problem(
                    neighbour.reading.display,
                    neighbour.line,
                    FIDELITY,
                    "fidelity_missing_here",
                    sentence=sentence,
                    source=where,
                    after=after,
                )
            )
        else:
            problems.append(problem(source.display, first.line, FIDELITY, "fidelity_missing", sentence=sentence))
        index = end + 1
    return problems


def _committed_pages(
    pages: list[PageReading], committed: Callable[[PageReading], str | None]
) -> Callable[[], list[tuple[PageReading, list[str]]]]:
    """The report pages' lines as last committed, read (from git) once, when first asked for."""
    cache: list[list[tuple[PageReading, list[str]]]] = []

    def read() -> list[tuple[PageReading, list[str]]]:
        if not cache:
            texts = [(reading, committed(reading)) for reading in pages]
            cache.append([(reading, text.split("\n")) for reading, text in texts if text is not None])
        return cache[0]

    return read


def _where_committed(sentence: str, pages: list[tuple[PageReading, list[str]]]) -> tuple[PageReading, int] | None:
    """The page and line where the last commit has a sentence that no page has
    now: an uncommitted edit deleted it there, so it goes back there."""
    wanted = normalise(sentence)
    # a stretch of the sentence free of Markdown's marks (bold, a correction, a footnote) in most sentences
    pieces = [wanted[i : i + 12] for i in range(0, max(len(wanted) - 11, 1), 6)]
    best: tuple[int, PageReading, int] | None = None
    for reading, lines in pages:
        if "\n".join(reading.lines) == "\n".join(lines).rstrip("\n"):
            continue  # unchanged since: not where it was deleted
        body = next((n for n, line in enumerate(lines[1:], 2) if line.strip() == "---"), 0) if lines[0] == "---" else 0
        for number, line in enumerate(lines[body:], body + 1):  # the text, not a front matter quoting it
            text = normalise(line)
            hits = sum(piece in text for piece in pieces)
            if hits * 2 > len(pieces) and (best is None or hits > best[0]):
                best = (hits, reading, number)
    return (best[1], best[2]) if best else None


def _repeated_sentences(source: Source, report: list[_Block]) -> list[Problem]:
    """A sentence of the report that stands twice on the pages (a paste
    repeated, a paragraph left behind when moved)."""
    problems = []
    for fragment in source.fragments:
        text = source.fragment_text(fragment)
        if len(text) < 8 or text.count("。") + text.count("；") == 0:
            continue
        places = [block for block in report for _ in range(block.text.count(text))]
        if len(places) > 1:
            first, second = places[0], places[1]
            line = second.reading.source_map.find(text, second.line) or second.line
            problems.append(
                problem(
                    second.reading.display,
                    line,
                    FIDELITY,
                    "fidelity_repeated",
                    sentence=_quote(text),
                    where=f"{first.reading.display}:{first.line}",
                )
            )
    return problems


def check_corrections_footnoted(reading: PageReading) -> list[Problem]:
    """Every correction is followed by a footnote that explains it. A
    correction whose footnote's mark is there but not its note, or whose
    note is there but not its mark, has that one message (reading.py)."""
    said = {found.line for found in reading.problems if found.key in FOOTNOTE_PROBLEMS}
    return [
        problem(reading.display, correction.line, FIDELITY, "correction_without_footnote", text=correction.text)
        for correction in reading.corrections
        if not correction.footnoted and correction.line not in said
    ]
