"""The version of the sources, which names the bundle and dates the PDFs."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from .git import git

# The sources whose changes make a build differ from its commit.
SOURCES = ("docs", "data", "overrides", "mkdocs.yml", "mkdocs.en.yml")


@dataclass(frozen=True)
class Version:
    epoch: int
    commit: str  # short hash, "-modified" when the sources differ from it

    @property
    def date(self) -> str:
        return time.strftime("%Y-%m-%d", time.gmtime(self.epoch))

    @property
    def label(self) -> str:
        return f"{self.date}-{self.commit}"


def source_version(root: Path) -> Version | None:
    """The commit's date and short hash (SOURCE_DATE_EPOCH, when set, gives
    the date); without git history, "unversioned" dated by SOURCE_DATE_EPOCH;
    None when neither tells which version this is."""
    epoch_env = os.environ.get("SOURCE_DATE_EPOCH")
    commit = git("log", "-1", "--format=%ct %h", cwd=root)
    if commit:
        epoch, short = commit.split()
        if git("status", "--porcelain", "--untracked-files=no", "--", *SOURCES, cwd=root):
            short += "-modified"
        return Version(int(epoch_env or epoch), short)
    return Version(int(epoch_env), "unversioned") if epoch_env else None
