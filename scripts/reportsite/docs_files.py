"""Rule 1: docs/ holds Markdown pages and declared asset files, and nothing
else; no symbolic link (the build would follow it and publish whatever it
points at on the build machine); a page's name is its web address, so it is
written as one (a copy such as `page (1).md` is not a page)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from .diagnostics import Problem, problem
from .paths import display_path
from .rules import ENCODING

# A page's file name, as its address: lower-case letters, digits, hyphens.
PAGE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.md")


def is_page_name(name: str) -> bool:
    return bool(PAGE_NAME.fullmatch(name))


def check_docs_files(folder: Path, asset_types: Iterable[str]) -> list[Problem]:
    allowed = {".md", *(suffix.lower() for suffix in asset_types)}
    problems = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(root) / name
            if path.is_symlink():
                problems.append(problem(display_path(path), 1, ENCODING, "docs_symlink"))
            elif name in files and path.suffix == ".md" and not name.startswith(".") and not is_page_name(name):
                example = re.sub(r"[^a-z0-9]+", "-", path.stem.lower().split(" (")[0]).strip("-") or "new-page"
                problems.append(problem(display_path(path), 1, ENCODING, "docs_page_name", example=f"{example}.md"))
            elif name in files and path.suffix.lower() not in allowed:
                problems.append(
                    problem(
                        display_path(path),
                        1,
                        ENCODING,
                        "docs_file_type",
                        suffix=path.suffix or name,
                        allowed=sorted(allowed - {".md"}),
                    )
                )
    return problems
