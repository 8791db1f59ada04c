"""Asking git about the sources (history may be missing: a copy, a zip)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def git(*args: str, cwd: Path) -> str | None:
    """git's output (without its last newline), or None when git or the
    history is missing; `cwd`: a folder of the repository asked about."""
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout.rstrip("\n")


def git_bytes(*args: str, cwd: Path) -> bytes | None:
    """git's output as bytes (a file as committed), or None."""
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def file_at(commit: str, path: Path) -> str | None:
    """A file's text at a commit of its repository, or None when it did not exist then."""
    return git("show", f"{commit}:./{path.name}", cwd=path.parent)
