"""Reading the data files under data/: one loader for all of them.

A YAML file is read with its line numbers and validated against its JSON
Schema (scripts/reportsite/schemas/<name>.schema.json); every mistake is one
problem at its line (rule 20), in the editor's language. A file with a
mistake is not used at all: the checks that need it wait until it is fixed,
so one typo gives one message, not a cascade of false ones.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .diagnostics import Problem, problem, type_words
from .messages import Words
from .paths import display_path
from .reading import YAML_LOADER, read_text, yaml_problem
from .rules import DATA_FILES

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


def node_line(node: yaml.Node | None, keys: Sequence[str | int]) -> int:
    line = node.start_mark.line + 1 if node is not None else 1
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            node = next((value for name, value in node.value if name.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


@functools.cache
def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def load_yaml(path: Path, schema_name: str) -> DataFile:
    """A YAML data file, checked against its schema."""
    text, problems = read_text(path)
    if text is None:
        return DataFile(path, problems=problems)
    try:
        node = yaml.compose(text, Loader=YAML_LOADER)
        data = yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as error:
        return DataFile(path, problems=[yaml_problem(display_path(path), error, 1, DATA_FILES)])
    result = DataFile(path, data, node=node)
    result.problems = schema_problems(result, schema(schema_name))
    return result


def schema_problems(file: DataFile, rules: dict) -> list[Problem]:
    validator = jsonschema.Draft202012Validator(rules)
    errors = sorted(validator.iter_errors(file.data), key=lambda e: [str(p) for p in e.absolute_path])
    by_place: dict[tuple, list[jsonschema.ValidationError]] = {}
    for error in errors:
        by_place.setdefault(tuple(error.absolute_path), []).append(error)
    problems = []
    for keys, found in by_place.items():
        where = "/".join(str(key) for key in keys) or "/"
        kinds = {error.validator: error for error in found}
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


METRIC_CODE_WORDS = Words(
    "指标编号：两三个大写字母、连字符和两位数字，如 HR-02",
    "a metric code: two or three capital letters, a hyphen and two digits, e.g. HR-02",
)


def _schema_problem(path: str, line: int, where: str, error: jsonschema.ValidationError) -> Problem:
    value = (
        error.instance
        if isinstance(error.instance, str | int | float)
        else json.dumps(error.instance, ensure_ascii=False)[:60]
    )
    expected = error.schema.get("description", "") if isinstance(error.schema, dict) else ""
    if error.validator == "pattern" and str(error.validator_value).startswith("^[A-Z]{2,3}-"):
        expected = METRIC_CODE_WORDS  # in the editor's language, not the schema's English
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
    return problem(path, line, DATA_FILES, "data_invalid", where=where, value=value, expected=expected or error.message)


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
    lines = []
    for number, line in enumerate(text.split("\n"), start=1):
        content = line.split("#", 1)[0].strip()
        if content:
            lines.append((number, content))
    return lines, []
