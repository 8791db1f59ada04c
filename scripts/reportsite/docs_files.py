"""Rule 1: docs/ holds Markdown pages and declared asset files, and nothing
else; no symbolic link (the build would follow it and publish whatever it
points at on the build machine)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .diagnostics import Problem, problem
from .paths import display_path
from .rules import ENCODING


def check_docs_files(folder: Path, asset_types: Iterable[str]) -> list[Problem]:
    allowed = {".md", *(suffix.lower() for suffix in asset_types)}
    problems = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(root) / name
            if path.is_symlink():
                problems.append(problem(display_path(path), 1, ENCODING, "docs_symlink"))
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
