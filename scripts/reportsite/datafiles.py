"""Reading the data files under data/: one loader for all of them.

A YAML file is read by the safe loader (safe_yaml.py: no key twice, no
tag, no alias, size limits), with its line numbers, and validated against
its JSON Schema (scripts/reportsite/schemas/<name>.schema.json), including
what a list holds once (the schemas' `x-unique`: a unit, a term, a code);
every mistake is one problem at its line (rule 20), in the editor's
language: an input method's colon `：` after a field is said as such. A file with a
mistake is not used at all: the checks that need it wait until it is fixed,
so one typo gives one message, not a cascade of false ones.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from . import safe_yaml
from .diagnostics import Problem, problem, type_words
from .messages import Words
from .paths import display_path
from .reading import field_names, read_text
from .rules import DATA_FILES
from .safe_yaml import node_line
from .slips import conflicts
from .values import char_names, typed_as_ascii, typed_chars

SCHEMAS = Path(__file__).with_name("schemas")


@dataclass
class DataFile:
    path: Path
    data: Any = None  # None when the file has a problem
    problems: list[Problem] = field(default_factory=list)
    node: yaml.Node | None = field(default=None, repr=False)

    @property
    def usable(self) -> bool:
        return self.data is not None and not self.problems

    @property
    def display(self) -> str:
        return display_path(self.path)

    def line_of(self, *keys: str | int) -> int:
        """The line of the item at `keys` (e.g. "units", 3, "kind")."""
        return node_line(self.node, keys)


@functools.cache
def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def load_yaml(path: Path, schema_name: str) -> DataFile:
    """A YAML data file, read by the safe loader and checked against its
    schema: any problem makes the whole file unusable."""
    text, problems = read_text(path)
    if text is None:
        return DataFile(path, problems=problems)
    rules = schema(schema_name)
    loaded = safe_yaml.load(text, safe_yaml.DATA_FILE, display_path(path), DATA_FILES)
    if not loaded.ok:
        syntax = loaded.problems[0].key == "yaml_invalid"  # not a limit, a tag or a key twice
        return DataFile(path, problems=(syntax and _fullwidth_colon(path, text, rules)) or loaded.problems)
    result = DataFile(path, loaded.data, node=loaded.node)
    result.problems = schema_problems(result, rules) or duplicate_problems(result, rules)
    if result.problems:
        result.problems = _fullwidth_colon(path, text, rules) or result.problems
    return result


KEY_WITH_FULLWIDTH_COLON = re.compile(r"(?:^[ \t]*(?:-[ \t]+)?|[{,][ \t]*)([A-Za-z_][\w-]*)[ \t]*：", re.MULTILINE)


def _fullwidth_colon(path: Path, text: str, rules: dict) -> list[Problem]:
    """A field of the schema followed by an input method's colon `：`, where
    the file could not be read: that is the mistake, whatever YAML made of it."""
    fields = field_names(rules)
    for found in KEY_WITH_FULLWIDTH_COLON.finditer(text):
        if found[1] in fields:
            line = text[: found.start(1)].count("\n") + 1
            return [problem(display_path(path), line, DATA_FILES, "data_fullwidth_colon", key=found[1])]
    return []


def schema_problems(file: DataFile, rules: dict) -> list[Problem]:
    validator = jsonschema.Draft202012Validator(rules)
    errors = sorted(validator.iter_errors(file.data), key=lambda e: [str(p) for p in e.absolute_path])
    by_place: dict[tuple, list[jsonschema.ValidationError]] = {}
    for error in errors:
        by_place.setdefault(tuple(error.absolute_path), []).append(error)
    problems = []
    for keys, found in by_place.items():
        where = place_words(keys)
        kinds = {error.validator: error for error in found}
        if not keys and file.data is None:  # an emptied file (or only comments): YAML reads nothing
            problems.append(problem(file.display, 1, DATA_FILES, "data_file_empty", path=file.display))
            continue
        if {"required", "additionalProperties"} <= set(kinds):  # a misspelt field: one mistake
            extra = sorted(
                set(kinds["additionalProperties"].instance)
                - set(kinds["additionalProperties"].schema.get("properties", {}))
            )
            missing = [name for name in kinds["required"].validator_value if name not in kinds["required"].instance]
            line = file.line_of(*keys, extra[0]) if extra else file.line_of(*keys)
            problems.append(
                problem(
                    file.display, line, DATA_FILES, "data_misspelt_field", where=where, field=extra, expected=missing
                )
            )
            continue
        problems += [_schema_problem(file.display, file.line_of(*keys), where, error) for error in found]
    return problems


# What a list holds, in the editor's words, for the schemas' `x-unique`.
UNIQUE_WORDS = {
    "unit": Words("单位", "unit"),
    "English unit": Words("英文单位", "English unit"),
    "term": Words("术语", "term"),
    "metric code": Words("指标编号", "metric code"),
    "consistency rule": Words("一致性规则", "consistency rule"),
}


def duplicate_problems(file: DataFile, rules: dict) -> list[Problem]:
    """Entries listed twice where the schema says a list holds each once
    (`"x-unique": {"by": [fields], "what": …}` on the list, or on an object
    of lists that together hold each once): one problem at the second entry,
    naming the first's line. A later entry would silently override the
    first (a unit, a term) or double it (a code on the home page)."""
    problems: list[Problem] = []
    for keys, unique, items in _unique_lists(rules, file.data, (), rules):
        seen: dict[Any, tuple] = {}
        for place, item in items:
            by = unique.get("by") or []
            identity = tuple(item.get(name) for name in by) if by and isinstance(item, dict) else (item,)
            try:
                first = seen.setdefault(identity, place)
            except TypeError:
                continue  # not a value the schema allows: its own problem
            if first is place:
                continue
            where = place_words((*keys, *place))
            value = " ".join(str(part) for part in identity)
            line, first_line = file.line_of(*keys, *place), file.line_of(*keys, *first)
            key = unique.get("message", "data_duplicate")
            what = {"what": UNIQUE_WORDS[unique["what"]]} if key == "data_duplicate" else {}
            problems.append(
                problem(file.display, line, DATA_FILES, key, where=where, value=value, first=first_line, **what)
            )
    return problems


def _unique_lists(node: Any, data: Any, keys: tuple, root: dict):
    """(keys to a value, its `x-unique`, its items with their keys below it)
    for every value of `data` whose schema declares `x-unique`."""
    if not isinstance(node, dict):
        return
    if "$ref" in node:  # local references only: #/$defs/name
        target: Any = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part, {})
        yield from _unique_lists(target, data, keys, root)
    if "x-unique" in node:
        if isinstance(data, list):
            yield keys, node["x-unique"], [((index,), item) for index, item in enumerate(data)]
        elif isinstance(data, dict):
            items = [
                ((name, index), item)
                for name, value in data.items()
                if isinstance(value, list)
                for index, item in enumerate(value)
            ]
            yield keys, node["x-unique"], items
    if isinstance(data, dict):
        for name, schema_of in (node.get("properties") or {}).items():
            if name in data:
                yield from _unique_lists(schema_of, data[name], (*keys, name), root)
    elif isinstance(data, list) and isinstance(node.get("items"), dict):
        for index, item in enumerate(data):
            yield from _unique_lists(node["items"], item, (*keys, index), root)


METRIC_CODE_WORDS = Words(
    "指标编号：两三个大写字母、连字符和两位数字，如 HR-02",
    "a metric code: two or three capital letters, a hyphen and two digits, e.g. HR-02",
)


def place_words(keys: tuple | list) -> Words:
    """Where in a YAML file (or a front matter) a value is, in words, not as
    a path (terms/1): “terms”的第 2 项, “terms”, item 2; the whole file at its root."""
    if not keys:
        return Words("整个文件", "the whole file")
    zh = "的".join(f"第 {key + 1} 项" if isinstance(key, int) else f"“{key}”" for key in keys)
    en = ", ".join(f"item {key + 1}" if isinstance(key, int) else f"“{key}”" for key in keys)
    return Words(zh, en)


LIST_NOTE = Words("（列表的各项用半角逗号加空格分隔）", " (a list's items are separated by a comma and a space)")
# A value left empty (`key:` and nothing after it), which YAML reads as null.
NOTHING = Words("（什么也没写）", "(nothing)")


def _schema_problem(path: str, line: int, where: Words, error: jsonschema.ValidationError) -> Problem:
    value = (
        NOTHING
        if error.instance is None
        else error.instance
        if isinstance(error.instance, str | int | float)
        else json.dumps(error.instance, ensure_ascii=False)[:60]
    )
    expected = expected_words(error)
    if error.validator == "pattern" and isinstance(error.instance, str) and typed_chars(error.instance):
        # SH-03，SH-09 or ＳＨ－09: an input method's comma, letters or hyphen
        written = error.instance.replace("，", ", ").replace("、", ", ")
        note = LIST_NOTE if written != error.instance else Words("", "")
        found = dict(where=where, value=value, chars=char_names(typed_chars(error.instance)), note=note)
        return problem(path, line, DATA_FILES, "data_typed", fixed=typed_as_ascii(written), **found)
    if error.validator == "pattern" and str(error.validator_value).startswith("^[A-Z]{2,3}-"):
        expected = METRIC_CODE_WORDS
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        return problem(path, line, DATA_FILES, "data_missing_field", where=where, field=missing)
    if error.validator == "additionalProperties":
        allowed = sorted((error.schema.get("properties") or {}).keys())
        extra = sorted(set(error.instance) - set(allowed))
        return problem(path, line, DATA_FILES, "data_unknown_field", where=where, field=extra, allowed=allowed)
    if error.validator == "enum":
        return problem(
            path, line, DATA_FILES, "data_not_allowed", where=where, value=value, allowed=error.validator_value
        )
    if error.validator == "type":
        return problem(
            path,
            line,
            DATA_FILES,
            "data_wrong_type",
            where=where,
            value=value,
            expected=type_words(error.validator_value),
        )
    return problem(path, line, DATA_FILES, "data_invalid", where=where, value=value, expected=expected)


def expected_words(error: jsonschema.ValidationError) -> Words:
    """What a schema expects where `error` is, in the editor's language: its
    description (`description_zh` and `description`), else the constraint."""
    where = error.schema if isinstance(error.schema, dict) else {}
    if where.get("description"):
        return Words(where.get("description_zh") or where["description"], where["description"])
    value = error.validator_value
    said = {
        "minLength": Words("非空的文字", "text, not empty"),
        "minItems": Words(f"至少 {value} 项的列表", f"a list of at least {value} items"),
        "maxItems": Words(f"至多 {value} 项的列表", f"a list of at most {value} items"),
        "uniqueItems": Words("各项互不相同的列表", "a list without repeated items"),
        "pattern": Words(f"符合 `{value}` 的文字", f"text matching `{value}`"),
        "const": Words(f"`{value}`", f"`{value}`"),
        "minimum": Words(f"不小于 {value} 的数", f"a number of at least {value}"),
        "maximum": Words(f"不大于 {value} 的数", f"a number of at most {value}"),
    }
    said |= {
        "exclusiveMinimum": Words(f"大于 {value} 的数", f"a number greater than {value}"),
        "exclusiveMaximum": Words(f"小于 {value} 的数", f"a number less than {value}"),
        "multipleOf": Words(f"{value} 的整数倍", f"a multiple of {value}"),
        "minProperties": Words(f"至少有 {value} 个键", f"at least {value} keys"),
        "maxProperties": Words(f"至多有 {value} 个键", f"at most {value} keys"),
        "format": Words(f"`{value}` 格式的值", f"a value in the `{value}` format"),
        "contains": Words("至少有一项符合要求的列表", "a list with at least one item of the required form"),
    }
    # every other kind (anyOf, oneOf, not, …): the rule reference describes the form, never jsonschema's English
    other = Words("编辑指南规则说明中写明的格式", "the form the rule reference describes")
    return said.get(str(error.validator), other)


def load_json(path: Path) -> DataFile:
    text, problems = read_text(path)
    if text is None:
        return DataFile(path, problems=problems)
    try:
        return DataFile(path, json.loads(text))
    except json.JSONDecodeError as error:
        return DataFile(
            path, problems=[problem(display_path(path), error.lineno, DATA_FILES, "json_invalid", reason=error.msg)]
        )


def check_json_schema(path: Path) -> list[Problem]:
    """data/metrics.schema.json, published beside the export: valid JSON,
    and a valid JSON Schema."""
    file = load_json(path)
    if file.problems:
        return file.problems
    try:
        jsonschema.Draft202012Validator.check_schema(file.data)
    except jsonschema.SchemaError as error:
        return [problem(file.display, 1, DATA_FILES, "json_schema_invalid", reason=error.message)]
    return []


JIEBA_LINE = re.compile(r"\S+(?:\s+\d+)?(?:\s+[a-z]+)?")


def check_word_list(path: Path) -> list[Problem]:
    """data/jieba_userdict.txt: one word a line, with an optional frequency and part of speech."""
    lines, problems = load_lines(path)
    return problems + [
        problem(display_path(path), number, DATA_FILES, "word_list_line", entry=text)
        for number, text in lines
        if not JIEBA_LINE.fullmatch(text)
    ]


def load_lines(path: Path) -> tuple[list[tuple[int, str]], list[Problem]]:
    """(line number, text) of each line that is not blank or a # comment."""
    text, problems = read_text(path)
    if text is None:
        return [], problems
    conflict = conflicts(text, display_path(path), DATA_FILES)
    if conflict:
        return [], conflict
    lines = []
    for number, line in enumerate(text.split("\n"), start=1):
        content = line.split("#", 1)[0].strip()
        if content:
            lines.append((number, content))
    return lines, []
