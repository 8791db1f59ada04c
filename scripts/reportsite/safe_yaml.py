"""The one way the site reads YAML that an editor can touch: a page's front
matter, the MkDocs configurations (mkdocs*.yml) and every file in data/.

YAML can do more than an editor means: a second `home:` silently replaces
the first, a tag builds Python objects (`!!python/object/apply:os.system`
runs code on the machine that checks a pull request), and nested aliases
(the "billion laughs") expand a few lines into billions of values, so that
whatever walks them never answers. So before anything is constructed, the
text is read as a stream of parser events (libyaml's C parser when PyYAML
has it), which builds nothing and expands nothing, and refused at the first
event that crosses a line:

- a size limit per kind of file (checked before parsing), a nesting depth
  and a number of values (an alias counts as the values it stands for);
- a key given twice in one mapping, at any depth (at the second, naming the
  first's line);
- tags: none at all in front matter and data files; in a configuration only
  what MkDocs needs (`!ENV`, `!relative`, and `!!python/name:` or
  `!!python/object/apply:` of a function of pymdownx, markdown or material);
- aliases: none in front matter and data files (nor `<<` merges); in a
  configuration a handful, each to a node that holds no alias itself.

Each refusal is one problem at its line, in the editor's language; a syntax
error is said in the editor's words (reading.yaml_problem). Only a text that
passes is composed and constructed, by PyYAML's safe loader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from .diagnostics import Problem, problem
from .messages import Words
from .slips import conflicts

# libyaml's parser and loader when PyYAML has them (its wheels do): the same YAML, faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Python objects a configuration may name (`!!python/name:…`, the usual way
# to choose a slug function or an emoji set): the Markdown extensions' own.
TRUSTED_MODULES = ("pymdownx.", "markdown.", "material.")
PYTHON_TAGS = ("tag:yaml.org,2002:python/name:", "tag:yaml.org,2002:python/object/apply:")
MKDOCS_TAGS = ("!ENV", "!relative")
MERGE_TAG = "tag:yaml.org,2002:merge"


def written(tag: str) -> str:
    """A tag as an editor writes it: `!!str`, not `tag:yaml.org,2002:str`."""
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


def no_tags(tag: str) -> str | None:
    return "yaml_tag"


def config_tags(tag: str) -> str | None:
    """None for a tag MkDocs needs; else the key of the message refusing it."""
    if tag in MKDOCS_TAGS:
        return None
    for prefix in PYTHON_TAGS:
        if tag.startswith(prefix):
            target = tag[len(prefix) :]
            private = any(part.startswith("_") for part in target.split("."))
            return None if target.startswith(TRUSTED_MODULES) and not private else "config_python_tag"
    return "config_python_tag" if "python/" in tag else "config_tag"


@dataclass(frozen=True)
class Kind:
    """What a kind of YAML file may hold."""

    what: Words  # the file in the editor's words, for the messages
    max_bytes: int
    max_nodes: int
    max_depth: int = 32
    max_aliases: int = 0  # 0: no anchor, alias or merge at all
    tag_refused: Callable[[str], str | None] = no_tags

    @property
    def size(self) -> str:
        return (
            f"{self.max_bytes // 1024 // 1024} MB" if self.max_bytes >= 1024 * 1024 else f"{self.max_bytes // 1024} KB"
        )


FRONT_MATTER = Kind(Words("页首信息", "the front matter"), 32 * 1024, max_nodes=2_000)
DATA_FILE = Kind(Words("数据文件", "the data file"), 1024 * 1024, max_nodes=100_000)
CONFIG = Kind(
    Words("配置文件", "the configuration"), 256 * 1024, max_nodes=20_000, max_aliases=8, tag_refused=config_tags
)


@dataclass
class Loaded:
    data: Any = None
    node: yaml.Node | None = field(default=None, repr=False)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def load(text: str, kind: Kind, display: str, rule: str, first_line: int = 1, *, construct: bool = True) -> Loaded:
    """The YAML in `text` (whose first line is line `first_line` of the file
    `display`), composed and, with `construct`, constructed; or the one
    problem that refuses it."""
    refused = check(text, kind, display, rule, first_line)
    if refused:
        return Loaded(problems=[refused])
    loader = LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if construct and node is not None else None
    except yaml.YAMLError as error:
        return Loaded(problems=[yaml_problem(display, error, first_line, rule, text)])
    except (ValueError, OverflowError):  # a plain value that looks like a date but is none (2019-13-45)
        line = first_line + _unreadable_scalar(node).start_mark.line
        return Loaded(problems=[problem(display, line, rule, "yaml_invalid", reason=NOT_A_DATE)])
    finally:
        loader.dispose()
    return Loaded(data, node)


NOT_A_DATE = Words(
    "像日期而不是日期的值（如 2019-13-45），不是日期的值应当加引号",
    "a value that looks like a date but is none (such as 2019-13-45); put it in quotes",
)


def _unreadable_scalar(node: yaml.Node) -> yaml.Node:
    """The first value of `node` the safe constructor cannot build (or `node`)."""
    stack = [node]  # in reading order: children pushed last first
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            make = SafeConstructor.yaml_constructors.get(current.tag)
            try:
                make and make(_CONSTRUCTOR, current)
            except (ValueError, OverflowError):
                return current
        elif isinstance(current, yaml.MappingNode):
            stack += reversed([part for pair in current.value for part in pair])
        elif isinstance(current, yaml.SequenceNode):
            stack += reversed(current.value)
    return node


def check(text: str, kind: Kind, display: str, rule: str, first_line: int = 1) -> Problem | None:
    """The first thing in `text` that `kind` refuses, or None. Reads parser
    events only: nothing is built, no alias expanded, before a limit is met."""
    raw = text.encode("utf-8")
    if len(raw) > kind.max_bytes:
        line = first_line + raw[: kind.max_bytes].count(b"\n")
        return problem(display, line, rule, "yaml_too_large", what=kind.what, limit=kind.size)
    conflict = conflicts(text, display, rule, first_line)
    if conflict:  # a merge left both versions: the markers are the mistake, whatever YAML makes of them
        return conflict[0]
    walk = _Walk(kind, display, rule, first_line)
    try:
        for event in yaml.parse(text, Loader=LOADER):
            if found := walk.see(event):
                return found
    except yaml.YAMLError as error:
        return _fullwidth_indent(text, error, display, rule, first_line) or yaml_problem(
            display, error, first_line, rule, text
        )
    return None


FULLWIDTH_INDENT = re.compile(r"^ *\u3000", re.MULTILINE)


def _fullwidth_indent(text: str, error: yaml.YAMLError, display: str, rule: str, first_line: int) -> Problem | None:
    """A line indented by an input method's full-width space, at or before
    where YAML gave up: YAML takes it for text, not indentation."""
    mark = getattr(error, "problem_mark", None)
    end = len(text) if mark is None else mark.index + 1
    found = FULLWIDTH_INDENT.search(text, 0, end)
    if found is None:
        return None
    return problem(display, first_line + text.count("\n", 0, found.start()), rule, "yaml_fullwidth_indent")


@dataclass
class _Collection:
    mapping: bool
    anchor: str | None
    start_nodes: int  # values seen before it began
    children: int = 0
    keys: dict[Any, int] = field(default_factory=dict)  # a mapping's keys so far, with their lines
    aliases: bool = False  # whether an alias stands inside it


_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()


def _key(event: yaml.ScalarEvent) -> Any:
    """A scalar key as the constructed mapping would hold it (1 and 0x1, yes
    and true are the same key), without building anything else."""
    if event.tag is not None or not event.implicit[0]:
        return event.value
    tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))
    make = SafeConstructor.yaml_constructors.get(tag)
    try:
        return make(_CONSTRUCTOR, yaml.ScalarNode(tag, event.value)) if make else event.value
    except (ValueError, TypeError, yaml.YAMLError):
        return event.value


class _Walk:
    """What the events have shown so far, and the first thing refused."""

    def __init__(self, kind: Kind, display: str, rule: str, first_line: int) -> None:
        self.kind, self.display, self.rule, self.first_line = kind, display, rule, first_line
        self.stack: list[_Collection] = []
        self.nodes = 0
        self.aliases = 0
        self.sizes: dict[str, int] = {}  # anchor → how many values it stands for
        self.nested: set[str] = set()  # anchors whose node holds an alias
        self.open: set[str] = set()  # anchors of the collections still open

    def _problem(self, event: yaml.Event, message: str, **params: object) -> Problem:
        return problem(self.display, self.first_line + event.start_mark.line, self.rule, message, **params)

    def see(self, event: yaml.Event) -> Problem | None:
        if isinstance(event, yaml.CollectionEndEvent):
            done = self.stack.pop()
            if done.anchor:
                self.sizes[done.anchor] = self.nodes - done.start_nodes + 1
                self.open.discard(done.anchor)
                if done.aliases:
                    self.nested.add(done.anchor)
            self._child_done()
            return None
        if not isinstance(event, yaml.NodeEvent):
            return None  # stream and document boundaries
        if found := self._properties(event):
            return found
        if isinstance(event, yaml.AliasEvent):
            found = self._alias(event)
        elif isinstance(event, yaml.ScalarEvent):
            found = self._count(event, 1) or self._maybe_key(event)
        else:
            found = self._count(event, 1)
        if found:
            return found
        if isinstance(event, yaml.CollectionStartEvent):
            self.stack.append(_Collection(isinstance(event, yaml.MappingStartEvent), event.anchor, self.nodes))
            if event.anchor:
                self.open.add(event.anchor)
            if len(self.stack) > self.kind.max_depth:
                return self._problem(event, "yaml_too_deep", what=self.kind.what, limit=self.kind.max_depth)
        else:
            if isinstance(event, yaml.ScalarEvent) and event.anchor:
                self.sizes[event.anchor] = 1
            self._child_done()
        return None

    def _properties(self, event: yaml.NodeEvent) -> Problem | None:
        """An anchor or a tag, where this kind of file takes none."""
        if event.anchor is not None and not self.kind.max_aliases:
            mark = f"*{event.anchor}" if isinstance(event, yaml.AliasEvent) else f"&{event.anchor}"
            return self._problem(event, "yaml_alias", what=self.kind.what, mark=mark)
        tag = getattr(event, "tag", None)
        if tag is not None and (key := self.kind.tag_refused(tag)):
            what = {"what": self.kind.what} if key == "yaml_tag" else {}
            return self._problem(event, key, tag=written(tag), **what)
        return None

    def _count(self, event: yaml.Event, values: int) -> Problem | None:
        self.nodes += values
        if self.nodes > self.kind.max_nodes:
            return self._problem(event, "yaml_too_many_values", what=self.kind.what, limit=self.kind.max_nodes)
        return None

    def _alias(self, event: yaml.AliasEvent) -> Problem | None:
        self.aliases += 1
        if self.aliases > self.kind.max_aliases:
            return self._problem(event, "yaml_aliases_many", what=self.kind.what, limit=self.kind.max_aliases)
        if event.anchor in self.nested or event.anchor in self.open:
            return self._problem(event, "yaml_alias_nested", name=event.anchor)
        for collection in self.stack:
            collection.aliases = True
        if found := self._count(event, self.sizes.get(event.anchor, 1)):
            return found
        self._child_done()
        return None

    def _maybe_key(self, event: yaml.ScalarEvent) -> Problem | None:
        """A scalar standing as a key: refused if the mapping has it already."""
        parent = self.stack[-1] if self.stack else None
        if parent is None or not parent.mapping or parent.children % 2:
            return None
        line = self.first_line + event.start_mark.line
        key = _key(event)
        if event.tag is None and event.implicit[0] and event.value == "<<" and not self.kind.max_aliases:
            return self._problem(event, "yaml_alias", what=self.kind.what, mark="<<")
        try:
            first = parent.keys.get(key)
        except TypeError:  # unhashable: the constructor says so
            return None
        if first is not None:
            return self._problem(event, "yaml_duplicate_key", key=event.value, first=first)
        parent.keys[key] = line
        return None

    def _child_done(self) -> None:
        if self.stack:
            self.stack[-1].children += 1


# --- YAML's errors in the editor's words ------------------------------------------------


# YAML's words for the usual mistakes, and what they mean to an editor.
YAML_REASONS = (
    (r"'\\t'", Words("用了制表符（Tab）缩进，YAML 只认空格", "a tab used for indentation; YAML takes spaces only")),
    (r"could not find expected ':'", Words("这一行缺少“键: 值”的冒号", "a line without the colon of `key: value`")),
    (
        r"mapping values are not allowed",
        Words(
            "冒号后缺少空格，或值里有冒号而没有加引号",
            "a colon without a space after it, or a colon inside an unquoted value",
        ),
    ),
    (r"quoted scalar", Words("引号没有闭合", "a quotation mark never closed")),
    (r"expected ',' or '\]'", Words("方括号 [ ] 没有闭合", "a [ never closed with ]")),
    (r"expected ',' or '\}'", Words("花括号 { } 没有闭合", "a { never closed with }")),
    (
        r"expected <block end>|did not find expected key|did not find expected '-' indicator",
        Words("缩进和上下行不一致", "indentation that does not match the lines around it"),
    ),
    (
        r"cannot start any token",
        Words(
            "这一行的值以 YAML 不允许的字符开头（如 @ 或 `），应当给值加引号",
            "a value starting with a character YAML does not allow there (such as @ or `); put it in quotes",
        ),
    ),
    (r"control characters are not allowed", Words("这一行有看不见的控制字符", "an invisible control character")),
    (
        r"expected a single document",
        Words("多了一行 ---，文件成了几段", "an extra --- line splitting the file in parts"),
    ),
    (
        r"found undefined alias",
        Words("引用（*名字）没有对应的锚点（&名字）", "an alias (*name) with no anchor (&name)"),
    ),
    (r"found unhashable key", Words("键是列表或映射，而不是一段文字", "a key that is a list or a mapping, not text")),
)


def yaml_problem(path: str, error: yaml.YAMLError, first_line: int, rule: str, source: str = "") -> Problem:
    """A YAML syntax error at its line, in words an editor knows. Where YAML
    notices a mistake only on a later line (an unclosed quote or bracket, a
    key without its colon), at the line where the mistake begins. `source`,
    the text read, names the character libyaml does not (a tab)."""
    mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    said = f"{getattr(error, 'problem', '') or ''} {getattr(error, 'context', '') or ''}"
    if mark is not None and source:
        row = source.split("\n", mark.line + 1)[mark.line] if source.count("\n") >= mark.line else ""
        if row[mark.column : mark.column + 1] == "\t" or row[: mark.column + 1].strip(" ") == "\t":
            said += " '\\t'"
    begins_earlier = re.search(r"could not find expected ':'|quoted scalar|flow (mapping|sequence)", said)
    if begins_earlier and context_mark is not None:
        mark = context_mark
    line = first_line + (mark.line if mark else 0)
    raw = getattr(error, "problem", None) or getattr(error, "context", None) or "invalid YAML"
    unknown = Words(f"YAML 的说明：`{raw}`", raw)  # a mistake not in the list: YAML's own words, as code
    reason = next((words for pattern, words in YAML_REASONS if re.search(pattern, said)), unknown)
    return problem(path, line, rule, "yaml_invalid", reason=reason)


# --- where a value stands ----------------------------------------------------------------


def node_at(node: yaml.Node | None, keys: Sequence[str | int]) -> tuple[yaml.Node | None, int]:
    """The node at `keys` (e.g. "units", 3, "kind") and how many of the keys
    lead to it (fewer when the path stops early)."""
    found = 0
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            child = next((value for name, value in node.value if name.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
            child = node.value[key]
        else:
            child = None
        if child is None:
            break
        node, found = child, found + 1
    return node, found


def node_line(node: yaml.Node | None, keys: Sequence[str | int]) -> int:
    """The line of the value at `keys`, or of the nearest one above it."""
    found, _ = node_at(node, keys)
    return found.start_mark.line + 1 if found is not None else 1


def key_line(node: yaml.Node | None, keys: Sequence[str | int]) -> int:
    """The line of the key of the setting at `keys` (a mapping's key, or a
    list's item), or of the nearest setting above it."""
    line = node.start_mark.line + 1 if node is not None else 1
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            pair = next(((name, value) for name, value in node.value if name.value == key), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line
