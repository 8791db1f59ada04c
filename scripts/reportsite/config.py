"""The editions' MkDocs configurations, read through MkDocs itself.

`load_edition` reads mkdocs.yml or mkdocs.en.yml exactly as `mkdocs build`
does (MkDocs' own YAML loader: INHERIT deep-merged, !ENV tags), once the
site's safe loader has passed the file and every file it inherits (no key
twice, no tag MkDocs does not need, a size limit: safe_yaml.py), with the
site plugin's options for this one build given as arguments (the typed
options of plugin.py), and turns whatever MkDocs finds wrong in the file
into problems at the file's lines, never a traceback.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, ConfigurationError
from mkdocs.utils.yaml import yaml_load

from . import safe_yaml
from .diagnostics import Problem, problem
from .paths import display_path
from .reading import read_text, yaml_problem
from .rules import BUILD

# Material prints an end-of-life banner unless this is set (before it is imported).
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

PLUGIN = "reportsite"


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@dataclass
class ConfigFile:
    """A configuration file MkDocs reads, as the safe loader composed it."""

    path: Path
    node: yaml.Node | None = field(repr=False)

    @property
    def display(self) -> str:
        return display_path(self.path)


def config_files(path: Path) -> tuple[list[ConfigFile], list[Problem]]:
    """The configuration and the files it inherits (INHERIT), itself first,
    each read by the safe loader (safe_yaml.py) before MkDocs reads any:
    MkDocs' own loader builds any Python object a tag names."""
    files: list[ConfigFile] = []
    current = path
    while True:
        text, problems = read_text(current)
        if text is None:
            return files, problems
        loaded = safe_yaml.load(text, safe_yaml.CONFIG, display_path(current), BUILD, construct=False)
        if not loaded.ok:
            return files, loaded.problems
        files.append(ConfigFile(current, loaded.node))
        parent = _inherited(loaded.node)
        if parent is None:
            return files, []
        following = Path(os.path.normpath(current.parent / parent))  # as MkDocs finds it
        chain = [file.path for file in files]
        if any(following.resolve() == seen.resolve() for seen in chain):
            names = " → ".join(display_path(p) for p in [*chain, following])
            line = safe_yaml.key_line(loaded.node, ["INHERIT"])
            return files, [problem(display_path(current), line, BUILD, "config_inherit_cycle", chain=names)]
        if not following.is_file():
            return files, []  # MkDocs says so, at the INHERIT line (raw_config)
        current = following


def _inherited(node: yaml.Node | None) -> str | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "INHERIT" and isinstance(value, yaml.ScalarNode):
                return value.value
    return None


def raw_config(path: Path) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The configuration as MkDocs' YAML loader reads it (INHERIT merged),
    once the safe loader has passed it and every file it inherits."""
    _, problems = config_files(path)
    if problems:
        return None, problems
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    try:
        with path.open("rb") as stream:
            data = yaml_load(stream)
    except yaml.YAMLError as error:
        return None, [yaml_problem(display_path(path), error, 1, BUILD)]
    except ConfigurationError as error:
        if isinstance(error.__context__, yaml.YAMLError):  # MkDocs' words around YAML's
            return None, [yaml_problem(display_path(path), error.__context__, 1, BUILD)]
        # an INHERIT file that is missing or broken
        return None, [
            problem(display_path(path), _line_of(text, "INHERIT"), BUILD, "config_invalid", reason=str(error))
        ]
    if not isinstance(data, dict):
        return None, [problem(display_path(path), 1, BUILD, "config_not_mapping")]
    return data, []


def plugin_options(data: dict[str, Any], name: str = PLUGIN) -> dict[str, Any]:
    """The options of the plugin `name` as the configuration file gives them."""
    plugins = data.get("plugins") or {}
    if isinstance(plugins, dict):
        return dict(plugins.get(name) or {})
    for item in plugins:
        if isinstance(item, dict) and name in item:
            return dict(item[name] or {})
    return {}


def with_options(plugins: Any, options: dict[str, Any]) -> Any:
    if isinstance(plugins, dict):
        return {**plugins, PLUGIN: {**(plugins.get(PLUGIN) or {}), **options}}
    result = []
    for item in plugins:
        if isinstance(item, dict) and PLUGIN in item:
            item = {PLUGIN: {**(item[PLUGIN] or {}), **options}}
        elif item == PLUGIN:
            item = {PLUGIN: dict(options)}
        result.append(item)
    return result


def load_edition(
    path: Path,
    site_dir: Path | None = None,
    *,
    plugins: bool = True,
    settings: dict[str, Any] | None = None,
    **options: Any,
) -> tuple[MkDocsConfig | None, list[Problem]]:
    """An edition's configuration, with the site plugin's `options` for this
    build and other top-level `settings` (e.g. docs_dir); with
    `plugins=False`, without any plugin (MkDocs keeps one instance of a
    plugin per process, so reading another edition's configuration in the
    middle of a build must not configure the plugins of the build)."""
    data, problems = raw_config(path)
    if data is None:
        return None, problems
    overrides: dict[str, Any] = dict(settings or {})
    if not plugins:
        overrides["plugins"] = {}
    elif options:
        overrides["plugins"] = with_options(data.get("plugins") or {}, options)
    if site_dir is not None:
        overrides["site_dir"] = str(site_dir)
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    saved = (logger.handlers[:], logger.propagate, logger.level)
    logger.handlers, logger.propagate = [collector], False
    logger.setLevel(logging.WARNING)
    try:
        config = load_config(str(path), **overrides)
    except (ConfigurationError, Abort, yaml.YAMLError) as error:
        text = path.read_text(encoding="utf-8", errors="replace")
        messages = collector.messages or [str(error)]
        return None, [_config_problem(path, text, message) for message in messages if "Aborted with" not in message]
    finally:
        logger.handlers, logger.propagate, logger.level = saved
    return config, []


def _config_problem(path: Path, text: str, message: str) -> Problem:
    """MkDocs' complaint about a setting, at the line of that setting."""
    names = re.findall(r"'([\w.-]+)'", message)
    line = next((found for name in reversed(names) if (found := _line_of(text, name.split(".")[-1])) > 1), 1)
    return problem(display_path(path), line, BUILD, "config_invalid", reason=message.strip())


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith((f"{key}:", f"- {key}:", f"- {key}")):
            return number
    return 1


def setting_line(path: Path, *keys: str | int) -> tuple[Path, int]:
    """The file of an edition's configuration (itself, or the file it
    inherits) that sets `keys` (e.g. "extra", "report_title"), and the line."""
    seen: set[Path] = set()
    while path not in seen and path.is_file():
        seen.add(path)
        text = path.read_text(encoding="utf-8", errors="replace")
        loaded = safe_yaml.load(text, safe_yaml.CONFIG, display_path(path), BUILD, construct=False)
        if not loaded.ok:
            return path, 1
        node = loaded.node
        found, depth = safe_yaml.node_at(node, keys)
        if found is not None and depth == len(keys):
            return path, found.start_mark.line + 1
        parent = (
            next((value.value for name, value in node.value if name.value == "INHERIT"), None)
            if isinstance(node, yaml.MappingNode)
            else None
        )
        if not parent:
            break
        path = (path.parent / parent).resolve()
    return path, 1


def nav_pages(nav: list | None) -> list[str]:
    """Every page path of a navigation, in order."""
    pages: list[str] = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            pages += nav_pages(value)
        elif isinstance(value, str) and value.endswith(".md"):
            pages.append(value)
    return pages
