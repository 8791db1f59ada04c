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


def rule_link(rule: str, guide: str = "CONTRIBUTING.md") -> str:
    """Where a rule is explained: on GitHub when run there, else the file."""
    server, repository, sha = (os.environ.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    base = f"{server}/{repository}/blob/{sha}/" if server and repository and sha else ""
    return f"{base}{guide}#rule-{rule}"


def summary_markdown(problems: list[Problem]) -> str:
    """A short bilingual summary for the run page of a workflow."""
    errors = [p for p in sorted(set(problems)) if p.severity == ERROR]
    warnings = [p for p in sorted(set(problems)) if p.severity == WARNING]
    lines = ["## 内容检查 · Content checks", ""]
    if errors:
        lines.append(
            f"❌ 发现 {len(errors)} 个问题，修正后才能发布。 · {len(errors)} problem(s) to fix before publishing."
        )
    else:
        lines.append("✅ 没有发现问题。 · No problems found.")
    if warnings:
        lines.append(f"⚠️ {len(warnings)} 个提醒（不影响发布）。 · {len(warnings)} warning(s), not blocking.")
    if errors or warnings:
        lines += ["", "| 文件 File | 行 Line | 规则 Rule | 问题 Problem |", "| --- | --- | --- | --- |"]
        for problem in errors + warnings:
            rule = f"[{problem.rule}]({rule_link(problem.rule)})" if problem.rule else ""
            message = problem.message.replace("|", "\\|")
            lines.append(f"| `{problem.path}` | {problem.line} | {rule} | {message} |")
        lines += [
            "",
            f"规则说明见 [CONTRIBUTING.md]({rule_link('1').split('#')[0]})。 · "
            f"The rules are explained in [CONTRIBUTING.en.md]({rule_link('1', 'CONTRIBUTING.en.md').split('#')[0]}).",
        ]
    return "\n".join(lines) + "\n"


def write_summary(problems: list[Problem]) -> None:
    """Append the summary to the run page, when running under GitHub Actions."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if path:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(summary_markdown(problems))
