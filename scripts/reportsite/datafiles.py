"""The YAML data files under data/, read with their line numbers so that a
problem can point at the entry it is about."""

from __future__ import annotations

from pathlib import Path

import yaml

from .diagnostics import Problem
from .pages import decode
from .paths import display_path


def load_yaml(path: Path, rule: str) -> tuple[yaml.Node | None, list[Problem]]:
    """The YAML node tree of a data file (it keeps line numbers), or a problem."""
    text, problems = decode(path, path.read_bytes())
    if text is None:
        return None, problems
    try:
        return yaml.compose(text), []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return None, [
            Problem(
                display_path(path),
                mark.line + 1 if mark else 1,
                f"not valid YAML ({getattr(error, 'problem', None) or error}); expected the format described "
                "at the top of the file",
                rule,
            )
        ]


def entries(root: yaml.Node | None, key: str) -> list[tuple[int, dict]]:
    """(line, plain mapping) of each item of the list under `key`."""
    if not isinstance(root, yaml.MappingNode):
        return []
    for key_node, value_node in root.value:
        if key_node.value == key and isinstance(value_node, yaml.SequenceNode):
            return [(item.start_mark.line + 1, yaml.safe_load(yaml.serialize(item)) or {}) for item in value_node.value]
    return []
