"""A cache of what is slow to make and wholly decided by its inputs (the
PDFs, their text as pdftotext reads it, the share images): each result is stored under the
SHA-256 of everything that goes into it, so a second build of the same
sources (the bundle after the site, a copy of the repository) reuses it
instead of making it again, and a change to any input makes it anew. It
lives outside the repository (it is not an editor's file), in
$REPORTSITE_CACHE_DIR, else $XDG_CACHE_HOME/reportsite, else
~/.cache/reportsite; REPORTSITE_CACHE_DIR=off turns it off. Any error
reading or writing it only means making the result again."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

OFF = "off"


def folder() -> Path | None:
    chosen = os.environ.get("REPORTSITE_CACHE_DIR")
    if chosen == OFF:
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "reportsite"


def key(parts: Iterable[bytes | str]) -> str:
    """The SHA-256 of the inputs, each counted with its length (so that no
    two lists of inputs run together into the same bytes)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def get(kind: str, name: str) -> bytes | None:
    root = folder()
    if root is None:
        return None
    try:
        return (root / kind / name).read_bytes()
    except OSError:
        return None


def put(kind: str, name: str, data: bytes) -> None:
    """Stored whole or not at all: written aside, then renamed into place
    (two builds at once, as the tests' workers run, never read half a file)."""
    root = folder()
    if root is None:
        return
    target = root / kind / name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as scratch:
            scratch.write(data)
        os.replace(scratch.name, target)
    except OSError:
        return
