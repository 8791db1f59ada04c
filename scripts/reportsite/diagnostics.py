"""Problems found by the checks, and how they are reported.

Every problem is one line, `path:line: message`, where the message says what
is wrong and what was expected and names the contributor rule it enforces.
Under GitHub Actions each problem is also printed as a workflow annotation so
that it shows on the line of the pull request.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str
    rule: str = ""
    severity: str = ERROR

    def __str__(self) -> str:
        rule = f" [rule {self.rule}]" if self.rule else ""
        prefix = "warning: " if self.severity == WARNING else ""
        return f"{self.path}:{self.line}: {prefix}{self.message}{rule}"

    def annotation(self) -> str:
        """The problem as a GitHub Actions workflow command."""
        title = f"Rule {self.rule}" if self.rule else "Check"
        message = _escape_data(str(self))
        return (
            f"::{self.severity} file={_escape_property(self.path)},"
            f"line={self.line},title={_escape_property(title)}::{message}"
        )


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def report(problems: Iterable[Problem], stream: TextIO | None = None) -> int:
    """Print problems sorted by file and line; return the number of errors."""
    stream = stream or sys.stdout
    errors = 0
    for problem in sorted(set(problems)):
        print(problem, file=stream)
        if in_github_actions():
            print(problem.annotation(), file=stream)
        errors += problem.severity == ERROR
    return errors
