"""One reading of a page: the Markdown as the site renders it, and where each
part of it stands in the source file.

Every check reads pages through this module, and this module reads them the
way MkDocs does: the front matter between MkDocs' own `---` lines, read by
the site's safe loader (safe_yaml.py; a front matter it refuses never
reaches MkDocs' reader either: plugin.on_page_read_source), the body rendered
by Python-Markdown with the edition's own extensions and settings (from its
MkDocs configuration), the result parsed with a real HTML parser (lxml). So a
table inside an admonition, a list or a `<div markdown>`, written with or
without outer pipes, is a table here exactly when readers see one; rows in an
HTML comment or in a code block are not, and are reported. What the checks
read is what readers see.

The rendered HTML has no source lines, so each part is found again in the
source: its text, with Markdown syntax stripped from both sides, is searched
for in the page's lines, in reading order.

Nothing here writes to a file.
"""

from __future__ import annotations

import codecs
import difflib
import errno
import functools
import html as html_lib
import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import lxml.html
import markdown
import yaml
from lxml import etree
from mkdocs.utils.meta import YAML_RE, get_data

from . import safe_yaml, slips
from .diagnostics import Problem, problem
from .editorial import BUTTON, NOTHING_EDITORIAL, Editorial, Kind, editorial_kind
from .messages import Words
from .metric_table import ROW_LIKE, is_metric_header
from .paths import display_path
from .rules import BUILD, ENCODING, FIDELITY, FRONT_MATTER, PAGE_PARITY
from .safe_yaml import YAML_REASONS, yaml_problem  # noqa: F401 - the YAML messages, read from here too

# Elements that start a block of text of their own; inline elements belong to
# the block around them.
BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dt dd td th caption summary pre blockquote div details figure figcaption "
    "section article aside header footer nav table thead tbody tfoot tr ul ol dl hr ".split()
)
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Text compared without its whitespace (the source's layout broke lines
    and spaced out headings; Chinese has no spaces between words)."""
    return WHITESPACE.sub("", text)


# --- decoding and front matter ----------------------------------------------


def decode(path: Path, raw: bytes) -> tuple[str | None, list[Problem]]:
    """Text of a file as UTF-8 (BOM and CRLF tolerated), or a problem."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [
            problem(display_path(path), line, ENCODING, "encoding_not_utf8", byte=f"0x{raw[error.start]:02x}")
        ]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    unseen = _unseen_character(text)
    if unseen is not None:
        line, char = unseen
        key = "encoding_special_digit" if unicodedata.category(char) in ("No", "Nl") else "encoding_invisible"
        params = {"code": f"U+{ord(char):04X}", "name": _character_name(char), "char": char}
        return None, [problem(display_path(path), line, ENCODING, key, **params)]
    return text, []


# Characters that change what a reader sees without being seen (a direction
# override reverses "37827", a soft hyphen or a word joiner splits a figure
# for the checks but not for the eye, a zero-width space hides in a diff),
# and digits a reader reads as figures that the checks would not (³, ⑤, Ⅻ).
UNSEEN = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e"
    r"\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]"
)


# The usual invisible characters, by name in the editor's language.
CHARACTER_NAMES = {
    "\u200b": Words("零宽空格", "zero-width space"),
    "\u200c": Words("零宽不连字", "zero-width non-joiner"),
    "\u200d": Words("零宽连字", "zero-width joiner"),
    "\u200e": Words("从左到右标记", "left-to-right mark"),
    "\u200f": Words("从右到左标记", "right-to-left mark"),
    "\u202a": Words("从左到右嵌入", "left-to-right embedding"),
    "\u202b": Words("从右到左嵌入", "right-to-left embedding"),
    "\u202c": Words("方向格式结束", "pop directional formatting"),
    "\u202d": Words("从左到右覆盖", "left-to-right override"),
    "\u202e": Words(
        "从右到左覆盖，会把后面的文字倒过来显示", "right-to-left override, which shows what follows reversed"
    ),
    "\u2060": Words("词连接符", "word joiner"),
    "\u00ad": Words("软连字符", "soft hyphen"),
    "\ufeff": Words("零宽不换行空格（字节顺序标记）", "zero-width no-break space (byte-order mark)"),
}


def _character_name(char: str) -> Words:
    if char in CHARACTER_NAMES:
        return CHARACTER_NAMES[char]
    english = unicodedata.name(char, "").lower() or "a control character"
    if unicodedata.category(char) in ("No", "Nl"):
        return Words("上标、带圈或罗马数字之类的特殊数字", english)
    return Words("不可见的控制或格式字符", english)


def _unseen_character(text: str) -> tuple[int, str] | None:
    """The line and the first character of a text that readers would not see
    as the checks read it, if any."""
    found = UNSEEN.search(text)
    if found is None:
        found = next(
            (m for m in re.finditer(r"[^\x00-\x7f]", text) if unicodedata.category(m.group(0)) in ("No", "Nl", "Cf")),
            None,
        )
    if found is None:
        return None
    return text.count("\n", 0, found.start()) + 1, found.group(0)


# The usual reasons a file cannot be read, in the editor's words.
OS_REASONS = {
    errno.EACCES: "没有读取它的权限",
    errno.EPERM: "没有读取它的权限",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOENT: "文件不存在（可能是指向不存在文件的链接）",
    errno.ELOOP: "链接绕成了一个圈",
}


def os_reason(error: OSError) -> Words:
    said = error.strerror or str(error)
    return Words(OS_REASONS.get(error.errno or 0, f"`{said}`"), said)


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [problem(display_path(path), 1, ENCODING, "file_unreadable", reason=os_reason(error))]
    return decode(path, raw)


@dataclass
class FrontMatter:
    meta: dict[str, Any]
    lines: dict[str, int]  # the line of each top-level key
    body: str  # the Markdown MkDocs renders
    body_start: int  # line number of the body's first line
    problems: list[Problem]

    @property
    def refused(self) -> bool:
        """A front matter MkDocs would show as text, or that the site will not read."""
        return any(p.key != "front_matter_multimarkdown" for p in self.problems)


FULLWIDTH_COLON = re.compile(r"^[ \t]*[A-Za-z_][\w-]*[ \t]*：", re.MULTILINE)


# A key of the front matter (at any depth: `- figure：`, `{figure：`) followed by the colon.
ITEM_WITH_FULLWIDTH_COLON = re.compile(r"(?:^[ \t]*-[ \t]+|[{,][ \t]*)([A-Za-z_][\w-]*)[ \t]*：", re.MULTILINE)


def field_names(rules: Any) -> set[str]:
    """Every property name a (JSON) schema declares, at any depth."""
    names: set[str] = set()
    if isinstance(rules, dict):
        names |= set(rules.get("properties") or {})
        for value in rules.values():
            names |= field_names(value)
    elif isinstance(rules, list):
        for value in rules:
            names |= field_names(value)
    return names


@functools.cache
def front_matter_fields() -> frozenset[str]:
    schema = Path(__file__).with_name("schemas") / "front_matter.schema.json"
    return frozenset(field_names(json.loads(schema.read_text(encoding="utf-8"))))


def _fullwidth_colon(block: str) -> re.Match | None:
    found = FULLWIDTH_COLON.search(block)
    fields = front_matter_fields()
    item = next((m for m in ITEM_WITH_FULLWIDTH_COLON.finditer(block) if m[1] in fields), None)
    return min((m for m in (found, item) if m), key=lambda m: m.start(), default=None)


def read_front_matter(display: str, text: str) -> FrontMatter:
    """The front matter between MkDocs' own `---` lines, read by the site's
    safe loader (safe_yaml.py) before MkDocs ever does, with its body as
    MkDocs renders it; and a problem where MkDocs would silently render a
    broken block as text, or where the loader refuses it."""
    match = YAML_RE.match(text)
    problems: list[Problem] = []
    if not match:
        if re.match(r"-{3}[ \t]*\n", text):  # MkDocs shows it all as text
            return FrontMatter({}, {}, text, 1, [problem(display, 1, FRONT_MATTER, "front_matter_unclosed")])
        body, meta = get_data(text)  # no YAML: MkDocs' MultiMarkdown-style lines, read line by line
        if meta:  # `Key: value` lines at the top: MkDocs hides them
            problems.append(problem(display, 1, FRONT_MATTER, "front_matter_multimarkdown", key=next(iter(meta))))
        return FrontMatter({}, {}, body, text[: len(text) - len(body)].count("\n") + 1, problems)
    block = match.group(1)
    colon = _fullwidth_colon(block) if len(block) <= safe_yaml.FRONT_MATTER.max_bytes else None
    if colon:  # an input method's colon: YAML reads no key there
        problems.append(
            problem(display, block[: colon.start()].count("\n") + 2, FRONT_MATTER, "front_matter_fullwidth_colon")
        )
        return FrontMatter({}, {}, text, 1, problems)
    loaded = safe_yaml.load(block, safe_yaml.FRONT_MATTER, display, FRONT_MATTER, first_line=2)
    if not loaded.ok:
        return FrontMatter({}, {}, text, 1, loaded.problems)
    if loaded.node is not None and not isinstance(loaded.node, yaml.MappingNode):
        return FrontMatter({}, {}, text, 1, [problem(display, 2, FRONT_MATTER, "front_matter_not_mapping")])
    if not isinstance(loaded.data, dict):  # an empty block: MkDocs keeps it in the page, as get_data does
        return FrontMatter({}, {}, text, 1, [])
    body = text[match.end() :].lstrip("\n")
    lines = {key.value: key.start_mark.line + 2 for key, _ in loaded.node.value}
    lines |= _nested_lines(loaded.node)
    return FrontMatter(loaded.data, lines, body, text[: len(text) - len(body)].count("\n") + 1, [])


def _nested_lines(node: yaml.Node, path: str = "") -> dict[str, int]:
    """The line of every key and list item below the top of a front matter,
    by its path (`not_metrics/0/figure`): a message stands at the line of
    what it names."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            place = f"{path}/{key.value}" if path else str(key.value)
            if path:
                lines[place] = key.start_mark.line + 2
            lines |= _nested_lines(value, place)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[f"{path}/{index}"] = item.start_mark.line + 2
            lines |= _nested_lines(item, f"{path}/{index}")
    return lines


def markdown_for_mkdocs(text: str) -> str:
    """A page's source as MkDocs may read it: unchanged when its front matter
    passes the safe loader; else without it (an empty one in its place), so
    that MkDocs never constructs what the site refused."""
    if not YAML_RE.match(text):
        return text
    front = read_front_matter("", text)
    return text if not front.refused else "---\n{}\n---\n" + text[YAML_RE.match(text).end() :]


# --- rendering ----------------------------------------------------------------


@dataclass(frozen=True)
class Renderer:
    """Python-Markdown as an edition's MkDocs configuration sets it up."""

    extensions: tuple[Any, ...]
    configs: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: Any) -> Renderer:
        names = tuple(ext for ext in config["markdown_extensions"] if isinstance(ext, str))
        return cls(names, dict(config["mdx_configs"]))

    def html(self, body: str) -> str:
        return markdown.Markdown(extensions=list(self.extensions), extension_configs=self.configs).convert(body)


# --- what a page holds ----------------------------------------------------------


@dataclass
class Block:
    """A block of text as readers see it (a paragraph, heading, list item,
    table cell…), with the source line where it starts."""

    tag: str
    line: int
    visible: str  # what a reader reads: corrections applied
    original: str  # the source's reading: insertions dropped, deletions kept
    editorial: bool  # an editorial note, caption, card, footnote…: not the report's text
    element: Any = field(repr=False, default=None)


@dataclass
class Heading:
    level: int
    text: str
    id: str | None
    explicit_id: bool
    line: int


@dataclass
class Row:
    line: int
    cells: tuple[str, ...]
    element: Any = field(repr=False, default=None)


@dataclass
class Table:
    index: int  # the n-th table of the page
    line: int
    header: tuple[str, ...]
    rows: list[Row]
    editorial: bool
    element: Any = field(repr=False, default=None)


@dataclass
class Correction:
    line: int
    kind: str  # "sub" ({~~a~>b~~}), "del" ({--a--}) or "ins" ({++a++})
    text: str
    footnoted: bool


@dataclass
class Hidden:
    """Source text a reader never sees as it was meant: an HTML comment, or
    table rows shown as code or as a paragraph (`tag` says which)."""

    line: int
    text: str
    tag: str = "comment"


@dataclass
class EditorialBlock:
    """A block readers see as the editors' (editorial.py), at its line."""

    kind: Kind
    line: int
    element: Any = field(repr=False, default=None)


@dataclass
class Link:
    """A link of the page as readers see it: its words, its address, its line."""

    line: int
    text: str
    href: str
    button: bool
    editorial: bool  # in an editorial block, or on an editorial page


@dataclass
class PageReading:
    path: Path
    rel: str  # path inside the edition's docs folder, e.g. "closing.md"
    lang: str
    lines: list[str]
    meta: dict[str, Any]
    meta_lines: dict[str, int]
    body_start: int
    html: str
    root: Any = field(repr=False)
    blocks: list[Block]
    headings: list[Heading]
    tables: list[Table]
    corrections: list[Correction]
    hidden: list[Hidden]
    problems: list[Problem]
    source_map: SourceMap = field(repr=False)
    unread: bool = False  # it could not be read (rules 1, 2): other checks leave it alone
    editorial_page: bool = False  # the whole page is the editors' (not the report's text)
    editorial_blocks: list[EditorialBlock] = field(default_factory=list)  # on a report page
    links: list[Link] = field(default_factory=list)

    @property
    def display(self) -> str:
        return display_path(self.path)

    def meta_line(self, key: str) -> int:
        return self.meta_lines.get(key, 1)

    def line_of(self, text: str, near: int = 1) -> int:
        """The line where `text` (as readers see it) stands, searching from `near`."""
        return self.source_map.find(text, near) or near

    def text_blocks(self, *, editorial: bool | None = None) -> Iterator[Block]:
        for block in self.blocks:
            if editorial is None or block.editorial == editorial:
                yield block

    @cached_property
    def visible_text(self) -> str:
        """Everything a reader reads on the page outside its metric tables."""
        return "\n".join(block.visible for block in self.blocks)


# --- finding rendered text again in the source -----------------------------


_SOURCE_SYNTAX = (
    (re.compile(r"^\s*\[\^[^\]]+\]:"), ""),  # footnote definitions
    (re.compile(r"\[\^[^\]]+\]"), ""),  # footnote references
    (re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*"), ""),  # admonition markers (title kept)
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"\{\s*[:#.][^}]*\}|\{\s*\w+=[^}]*\}"), ""),  # attribute lists
    (re.compile(r"<!--.*?-->"), ""),
    (re.compile(r"<[^>]+>"), ""),  # HTML tags
    (re.compile(r"\{~~|~>|~~\}|\{\+\+|\+\+\}|\{--|--\}|\{==|==\}|\{>>|<<\}"), ""),  # CriticMarkup
    (re.compile(r"\*\*|__|\*|`"), ""),  # emphasis, code
    (re.compile(r"^\s*(?:#{1,6}\s|>\s?|[-*+]\s+|\d+[.)]\s+)+"), ""),  # heading, quote, list markers
    (re.compile(r"#+\s*$"), ""),  # closing hashes of a heading
    (re.compile(r"^\s*:\s+"), ""),  # definition lists
    (re.compile(r"\|"), ""),  # table pipes
)


def plain_source(line: str) -> str:
    """A source line with its Markdown syntax dropped, compared without spaces."""
    for pattern, replacement in _SOURCE_SYNTAX:
        line = pattern.sub(replacement, line)
    return normalise(html_lib.unescape(line))


class SourceMap:
    """The page's lines as plain text, joined, to find rendered text again."""

    def __init__(self, lines: list[str], first: int) -> None:
        self.starts: list[int] = []
        self.numbers: list[int] = []
        parts: list[str] = []
        length = 0
        for number in range(first, len(lines) + 1):
            plain = plain_source(lines[number - 1])
            self.starts.append(length)
            self.numbers.append(number)
            parts.append(plain)
            length += len(plain)
        self.joined = "".join(parts)
        self.first = first

    def offset_of_line(self, number: int) -> int:
        index = max(bisect_right(self.numbers, number) - 1, 0)
        return self.starts[index] if self.starts else 0

    def line_at(self, offset: int) -> int:
        index = max(bisect_right(self.starts, offset) - 1, 0)
        return self.numbers[index] if self.numbers else self.first

    def find(self, text: str, near: int = 1) -> int | None:
        """The line where normalised `text` begins, first searching on from
        line `near`, then from the top; trying shorter prefixes when the
        syntax stripped from the source differs from the rendering."""
        target = plain_source(text)
        if not target:
            return None
        start = self.offset_of_line(near)
        for size in (24, 12, 6, 3):
            probe = target[:size]
            for begin in (start, 0):
                found = self.joined.find(probe, begin)
                if found >= 0:
                    return self.line_at(found)
            if len(target) <= size:
                break
        return None


# --- reading the rendered page ----------------------------------------------------


BUTTONS = frozenset({BUTTON})  # links drawn as buttons: the site's, not the report's words


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def _skipped(element: Any) -> bool:
    """Markup that is not text of the page: permalinks, footnote markers."""
    if not isinstance(element.tag, str) or element.tag in ("script", "style"):
        return True
    classes = _classes(element)
    if element.tag == "a" and classes & {"headerlink", "footnote-backref"}:
        return True
    if element.tag == "sup" and (element.get("id") or "").startswith("fnref"):
        return True
    return element.tag == "span" and {"critic", "comment"} <= classes


@dataclass
class _Text:
    visible: list[str] = field(default_factory=list)
    original: list[str] = field(default_factory=list)


def element_text(
    element: Any, own: bool = False, leave_out: frozenset[str] = frozenset(), skip_tags: frozenset[str] = frozenset()
) -> tuple[str, str]:
    """(visible, original) text of an element: corrections applied, or
    undone. With `own`, without the text of the blocks inside it; without
    the text of inline elements that have a class in `leave_out`, or whose
    tag is in `skip_tags` (code, for what reads as prose)."""
    text = _Text()
    _collect(element, text, True, True, own, leave_out, skip_tags)
    return "".join(text.visible), "".join(text.original)


def _collect(
    element: Any,
    text: _Text,
    visible: bool,
    original: bool,
    own: bool,
    leave_out: frozenset[str],
    skip_tags: frozenset[str] = frozenset(),
) -> None:
    if element.text:
        _add(text, element.text, visible, original)
    for child in element:
        if (
            not _skipped(child)
            and not (own and child.tag in BLOCK_TAGS)
            and not (_classes(child) & leave_out)
            and child.tag not in skip_tags
        ):
            critic = "critic" in _classes(child)
            _collect(
                child,
                text,
                visible and not (critic and child.tag == "del"),
                original and not (critic and child.tag == "ins"),
                own,
                leave_out,
                skip_tags,
            )
        if child.tail:
            _add(text, child.tail, visible, original)


def printed_text(element: Any, leave_out: frozenset[str] = frozenset()) -> str:
    """An element's own text as print shows it: both sides of a correction
    (the struck-out words and the words put in their place)."""
    parts = [element.text or ""]
    for child in element:
        if not _skipped(child) and child.tag not in BLOCK_TAGS and not (_classes(child) & leave_out):
            parts.append(printed_text(child, leave_out) if len(child) else (child.text or ""))
        parts.append(child.tail or "")
    return "".join(parts)


def _add(text: _Text, piece: str, visible: bool, original: bool) -> None:
    if visible:
        text.visible.append(piece)
    if original:
        text.original.append(piece)


def read_page(
    path: Path, rel: str, lang: str, renderer: Renderer, editorial: Editorial = NOTHING_EDITORIAL
) -> PageReading | None:
    """The page as readers see it; None (with `problems`) when it cannot be read."""
    text, problems = read_text(path)
    if text is None:
        return _unreadable(path, rel, lang, problems)
    return read_markdown(path, rel, lang, text, renderer, editorial, problems)


def _unreadable(path: Path, rel: str, lang: str, problems: list[Problem]) -> PageReading:
    root = lxml.html.fragment_fromstring("", create_parent="div")
    empty = SourceMap([], 1)
    return PageReading(path, rel, lang, [], {}, {}, 1, "", root, [], [], [], [], [], problems, empty, unread=True)


def read_markdown(
    path: Path,
    rel: str,
    lang: str,
    text: str,
    renderer: Renderer,
    editorial: Editorial = NOTHING_EDITORIAL,
    problems: list[Problem] | None = None,
) -> PageReading:
    display = display_path(path)
    problems = list(problems or [])
    conflict = slips.conflicts(text, display, ENCODING)
    if conflict:  # both versions of a merge are in the page: which to read is the editor's choice
        return _unreadable(path, rel, lang, problems + conflict)
    front = read_front_matter(display, text)
    problems += front.problems
    if front.refused:
        return _unreadable(path, rel, lang, problems)  # MkDocs would show the block as text: fix it first
    if not front.body.strip():  # emptied, or not written yet: that is the one problem, not what is missing from it
        found = problem(display, 1, PAGE_PARITY, "page_empty", path=display)
        return _unreadable(path, rel, lang, [*problems, found])
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    slipped = slips.front_matter_slips(display, lines[: front.body_start - 1], lang)
    slipped += slips.page_slips(display, lines[front.body_start - 1 :], front.body_start, lang)
    if lang == "zh" and rel not in editorial.pages:  # the report's text, as the report writes it
        slipped += slips.figure_spaces(display, lines[front.body_start - 1 :], front.body_start)
    if slipped:  # what MkDocs makes of a typing slip is no one's meaning: the slip is the one problem
        return _unreadable(path, rel, lang, problems + slipped)
    rendered = renderer.html(front.body)
    root = lxml.html.fragment_fromstring(rendered or "", create_parent="div")
    source = SourceMap(lines, front.body_start)
    reading = PageReading(
        path,
        rel,
        lang,
        lines,
        front.meta,
        front.lines,
        front.body_start,
        rendered,
        root,
        [],
        [],
        [],
        [],
        [],
        problems,
        source,
    )
    reading.editorial_page = rel in editorial.pages
    _Walker(reading, editorial.classes, whole=reading.editorial_page).walk(root)
    reading.problems += footnote_problems(reading)
    return reading


# The messages of footnotes and marks that do not pair up (footnote_problems):
# the other checks of footnotes leave such a page's footnotes alone.
FOOTNOTE_PROBLEMS = frozenset(
    {
        "footnote_undefined",
        "footnote_missing",
        "footnote_unused",
        "footnote_defined_twice",
        "correction_footnote_unlinked",
    }
)
FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\](?!:)")
FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:")
FENCE = re.compile(r"^\s*(```|~~~)")


def footnote_problems(reading: PageReading) -> list[Problem]:
    """A footnote mark with no note (readers see `[^label]` as text), a
    note that no mark refers to (its "back" link leads nowhere), or one
    written twice (readers see one of them)."""
    refs: dict[str, int] = {}
    notes: dict[str, int] = {}
    twice: list[Problem] = []
    fenced = False
    for number in range(reading.body_start, len(reading.lines) + 1):
        line = reading.lines[number - 1]
        if FENCE.match(line):
            fenced = not fenced
        if fenced:
            continue
        note = FOOTNOTE_DEF.match(line)
        if note and note[1] in notes:  # readers see one of the two; which is meant is the editor's choice
            found = dict(label=note[1], first=notes[note[1]])
            twice.append(problem(reading.display, number, BUILD, "footnote_defined_twice", **found))
        elif note:
            notes[note[1]] = number
        for label in FOOTNOTE_REF.findall(line[note.end() :] if note else line):
            refs.setdefault(label, number)
    display = reading.display
    problems = []
    named: set[str] = set()
    for label, number in refs.items():
        if label not in notes:
            unused = [other for other in notes if other not in refs]
            if not unused:  # its note deleted (or never written): no other name to suggest
                problems.append(problem(display, number, BUILD, "footnote_missing", label=label))
                continue
            example = difflib.get_close_matches(label, unused, n=1, cutoff=0)[0]
            problems.append(problem(display, number, BUILD, "footnote_undefined", label=label, example=example))
            named.add(example)  # the note meant: named there, not also "unused"
    # A correction whose mark was deleted leaves its note unused: one message, at the correction, naming the note.
    marked = {problem.line for problem in problems}  # a mark is there, misspelt or without its note
    bare = [c for c in reading.corrections if not c.footnoted and c.line not in marked]
    for label, number in notes.items():
        if label in named:
            continue
        if label not in refs and bare:
            correction = bare.pop(0)
            found = dict(text=correction.text, label=label, note=number)
            problems.append(problem(display, correction.line, FIDELITY, "correction_footnote_unlinked", **found))
        elif label not in refs:
            problems.append(problem(display, number, BUILD, "footnote_unused", label=label))
    return problems + twice


class _Walker:
    """Walks the rendered page once, in reading order, collecting its parts."""

    def __init__(self, reading: PageReading, editorial_classes: frozenset[str], whole: bool) -> None:
        self.reading = reading
        self.editorial_classes = editorial_classes
        self.whole = whole
        self.cursor = reading.body_start

    def walk(self, root: Any) -> None:
        self.root = root
        self._visit(root, self.whole)

    def _visit(self, element: Any, editorial: bool) -> None:
        for child in element:
            if isinstance(child, etree._Comment):
                self._comment(child)
                continue
            if _skipped(child):
                continue
            child_editorial = editorial or self._marked_editorial(child, element)
            if child.tag == "table":
                self._table(child, child_editorial)
            elif child.tag in HEADING_TAGS:
                self._block(child, child_editorial, line=self._heading(child))
            elif child.tag in BLOCK_TAGS:
                if _own_text(child):
                    self._block(child, child_editorial)
                self._visit(child, child_editorial)
                self._corrections(child)
            # inline elements belong to the block around them

    def _marked_editorial(self, element: Any, parent: Any) -> bool:
        """Whether readers see an element as the editors' words (editorial.py
        says which blocks of a report page do); on an editorial page,
        everything is. An editorial block of a report page is recorded, for
        its label and its counterpart in the other edition (rule 21)."""
        if self.whole:
            return True
        at_end = parent is self.root and element.getnext() is None and element.find("ol") is not None
        kind = editorial_kind(element.tag, _classes(element), self.editorial_classes, at_end=at_end)
        if kind is None or kind == Kind.BUTTON:
            return False
        self.reading.editorial_blocks.append(EditorialBlock(kind, self._editorial_line(element, kind), element))
        return True

    def _editorial_line(self, element: Any, kind: Kind) -> int:
        """Where an editorial block begins in the source."""
        if kind == Kind.HEADING:
            return self.reading.source_map.find(_full_text(element), self.cursor) or self.cursor
        marker = {Kind.BOX: ("!!!", "???", "<details"), Kind.CARDS: ("grid",), Kind.FOOTNOTES: ("[^",)}[kind]
        # the footnotes stand at the page's end, written wherever on it
        first = self.reading.body_start if kind == Kind.FOOTNOTES else self.cursor
        for number in range(first, len(self.reading.lines) + 1):
            line = self.reading.lines[number - 1].lstrip()
            if kind == Kind.FOOTNOTES and FOOTNOTE_DEF.match(line):
                return number
            if kind != Kind.FOOTNOTES and any(line.startswith(m) or (m == "grid" and m in line) for m in marker):
                return number
        return self.cursor

    def _locate(self, text: str) -> int:
        """The line where rendered text starts; the next part starts after it
        (a paragraph that repeats its heading's words is not the heading)."""
        line = self.reading.source_map.find(text, self.cursor)
        if line is None:
            return self.cursor
        if line >= self.cursor:
            self.cursor = line + 1
        return line

    def _block(self, element: Any, editorial: bool, line: int | None = None) -> None:
        """A block of text at its line (a heading's is already found: not
        again, or a paragraph repeating its words would take its place)."""
        visible, original = element_text(element, own=True, leave_out=BUTTONS)
        links = list(_own_links(element))
        if not visible.strip() and not original.strip():
            if links:  # a paragraph of buttons: their words are the site's (rule 21 reads them)
                line = self.reading.source_map.find(_full_text(element), self.cursor) or self.cursor
                self._links(links, line, editorial)
            return
        if line is None:
            line = self._locate(_full_text(element))
        self._links(links, line, editorial)
        if ROW_LIKE.search(visible):  # table rows cut off from their table: not text
            self.reading.hidden.append(Hidden(line, visible, element.tag))
            return
        self.reading.blocks.append(Block(element.tag, line, visible, original, editorial, element))

    def _links(self, links: list[Any], line: int, editorial: bool) -> None:
        for link in links:
            href = link.get("href") or ""
            text = element_text(link)[0].strip()
            at = _line_containing(self.reading, f"]({href}", line) if href else line
            button = BUTTON in _classes(link)
            self.reading.links.append(Link(at, text, href, button, editorial or button))

    def _heading(self, element: Any) -> int:
        visible, _ = element_text(element)
        heading_id = element.get("id")
        line = self._locate(_full_text(element))
        source_line = self.reading.lines[line - 1] if line <= len(self.reading.lines) else ""
        explicit = bool(heading_id and re.search(r"\{[^}]*#" + re.escape(heading_id) + r"(?:[\s}.])", source_line))
        level = int(element.tag[1])
        self.reading.headings.append(Heading(level, visible.strip(), heading_id, explicit, line))
        return line

    def _table(self, element: Any, editorial: bool) -> None:
        header = tuple(_cell_text(cell) for cell in element.xpath("./thead/tr[1]/th|./thead/tr[1]/td"))
        line = self._locate("".join(header))
        rows = []
        for row in element.xpath("./tbody/tr|./tr"):
            cells = tuple(_cell_text(cell) for cell in row.xpath("./td|./th"))
            if not any(cells):
                continue  # Python-Markdown's empty row under a header with no rows yet
            rows.append(Row(self._locate("".join(_full_text(cell) for cell in row)), cells, row))
        index = len(self.reading.tables)
        self.reading.tables.append(Table(index, line, header, rows, editorial, element))
        if not is_metric_header(header, self.reading.lang):
            # Any other table is text like the rest of the page: the report's, or the editors'.
            for number, row in [(line, None), *((r.line, r.element) for r in rows)]:
                cells = row.xpath("./td|./th") if row is not None else element.xpath("./thead/tr[1]/th")
                for cell in cells:
                    visible, original = element_text(cell)
                    if visible.strip() or original.strip():
                        self.reading.blocks.append(Block(cell.tag, number, visible, original, editorial, cell))
        for cell in element.iter("td", "th"):
            self._corrections(cell)

    def _comment(self, comment: Any) -> None:
        text = comment.text or ""
        first = next((part.strip() for part in text.split("\n") if part.strip()), "")
        line = _line_containing(self.reading, first or "<!--", self.cursor)
        self.reading.hidden.append(Hidden(line, text.strip()))

    def _corrections(self, container: Any) -> None:
        """Corrections directly inside `container`, each followed by its footnote."""
        children = list(container)
        for position, child in enumerate(children):
            if not _is_correction(child):
                continue
            if position and _is_correction(children[position - 1]) and not (children[position - 1].tail or "").strip():
                continue  # the second half of a substitution
            follower = position + 1
            while (
                follower < len(children)
                and _is_correction(children[follower])
                and not (children[follower - 1].tail or "").strip()
            ):
                follower += 1
            last = children[follower - 1]
            footnoted = (
                follower < len(children)
                and not (last.tail or "").strip()
                and children[follower].tag == "sup"
                and (children[follower].get("id") or "").startswith("fnref")
            )
            text = "".join(child.itertext())
            kind = "sub" if follower - position > 1 else child.tag
            marker = {"sub": "{~~", "del": "{--", "ins": "{++"}[kind]
            line = _line_containing(self.reading, marker + text, self.cursor)
            self.reading.corrections.append(Correction(line, kind, text, footnoted))


def _is_correction(element: Any) -> bool:
    return isinstance(element.tag, str) and element.tag in ("del", "ins") and "critic" in _classes(element)


def _own_links(element: Any) -> Iterator[Any]:
    """The links in an element's own text (not those of the blocks inside it)."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in BLOCK_TAGS or _skipped(child):
            continue
        if child.tag == "a":
            yield child
        else:
            yield from _own_links(child)


def _own_text(element: Any) -> bool:
    """Whether text stands directly in the element (not only in child blocks)."""
    if (element.text or "").strip():
        return True
    for child in element:
        if isinstance(child.tag, str) and child.tag not in BLOCK_TAGS and not _skipped(child):
            return True
        if (child.tail or "").strip():
            return True
    return False


def _full_text(element: Any) -> str:
    """Text with both sides of every correction, as the source spells it."""
    parts: list[str] = []

    def collect(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if not _skipped(child):
                collect(child)
            if child.tail:
                parts.append(child.tail)

    collect(element)
    return "".join(parts)


def _cell_text(cell: Any) -> str:
    return element_text(cell)[0].strip()


def _line_containing(reading: PageReading, needle: str, near: int) -> int:
    for numbers in (range(near, len(reading.lines) + 1), range(reading.body_start, near)):
        for number in numbers:
            if needle in reading.lines[number - 1]:
                return number
    return near
