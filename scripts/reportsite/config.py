"""Reading the MkDocs configuration files as plain data (for checks that
compare the editions' navigation, and for the order of the export)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .paths import CONFIG_FILES


class _PlainLoader(yaml.SafeLoader):
    """Safe YAML that reads MkDocs' tags (!ENV, !!python/...) as nothing."""


_PlainLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_PlainLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def load_config(path: Path) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_PlainLoader) or {}
    if "INHERIT" in data:
        parent = load_config((path.parent / data.pop("INHERIT")).resolve())
        data = {**parent, **data}
    return data


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


def nav_order(lang: str = "zh") -> list[str]:
    return nav_pages(load_config(CONFIG_FILES[lang]).get("nav"))
