"""The HTML the plugin writes into pages, as Jinja templates beside the
theme's overrides (the folder `theme.custom_dir` of the edition's
configuration: overrides/partials/glance/*.html, overrides/partials/glossary.html),
as Material's own plugins keep theirs.

The templates hold the markup only: every word they write comes in as a
variable, from the words of the Python module that renders them. They are
written one element a line, indented as HTML is; those line breaks and the
indentation after them are not part of the output (`OneLine`), so a block
comes out on the lines the Markdown around it needs (a `{{ nl }}` where the
output has a line break).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from jinja2.ext import Extension

BREAK = re.compile(r"\n[ \t]*")


class OneLine(Extension):
    """A template's line breaks, and the indentation after each, left out of
    its source before Jinja reads it."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return BREAK.sub("", source)


@lru_cache(maxsize=8)
def environment(folder: str) -> Environment:
    """The templates of the theme's overrides folder, escaped as HTML."""
    env = Environment(
        loader=FileSystemLoader(folder),
        autoescape=True,
        undefined=StrictUndefined,
        extensions=[OneLine],
    )
    env.globals["nl"] = "\n"
    return env


def render(folder: str | None, name: str, **values: Any) -> str:
    """The template `name` (a path under `folder`, the theme's overrides) with `values`."""
    if not folder:
        raise ValueError(f"{name} is a template of the theme's overrides folder; expected theme.custom_dir set")
    return environment(str(folder)).get_template(name).render(**values)
