"""Problems found by the checks, and how they are reported.

Every problem is one line, `path:line: message [rule N]`, where the message
says what is wrong and what was expected. A problem holds the key of its
message and the values to fill in (messages.py has every message in Chinese
and English), so the same problem reads in the editor's language: Chinese by
default, English on request. Under GitHub Actions each problem is also a
workflow annotation on its line, in both languages, and the run page gets a
bilingual summary.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from .messages import DEFAULT_LANGUAGE, Words, format_message, say

ERROR = "error"
WARNING = "warning"

Param = str | tuple[str, ...] | Words


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    rule: str
    key: str
    params: tuple[tuple[str, Param], ...] = ()
    severity: str = ERROR

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return format_message(self.key, lang, dict(self.params))

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        prefix = say("warning_prefix", lang) if self.severity == WARNING else ""
        return f"{self.path}:{self.line}: {prefix}{self.message(lang)} [rule {self.rule}]"

    def __str__(self) -> str:
        return self.render()

    def annotation(self) -> str:
        """The problem as a GitHub Actions workflow command, in both languages."""
        title = f"Rule {self.rule} · 规则 {self.rule}"
        text = f"{self.render('zh')}\n{self.render('en')}"
        return (
            f"::{self.severity} file={_escape_property(self.path)},"
            f"line={self.line},title={_escape_property(title)}::{_escape_data(text)}"
        )


# JSON Schema's type names as an editor reads them.
TYPE_WORDS = {
    "array": Words("列表（如 [toc] 或每行以 - 开头）", "a list (e.g. [toc], or lines starting with -)"),
    "object": Words("`键: 值` 形式的映射", "a mapping of `key: value` lines"),
    "string": Words("一段文字", "text"),
    "boolean": Words("true 或 false", "true or false"),
    "number": Words("数字", "a number"),
    "integer": Words("整数", "a whole number"),
}


def type_words(expected: object) -> object:
    """The schema's expected type(s) in words; other values as they are."""
    if isinstance(expected, str) and expected in TYPE_WORDS:
        return TYPE_WORDS[expected]
    return expected


def problem(path: str, line: int, rule: str, key: str, /, *, severity: str = ERROR, **params: object) -> Problem:
    """A problem whose message is `key` filled with `params` (text, numbers or lists)."""
    return Problem(path, max(int(line), 1), rule, key, tuple(sorted(_param(k, v) for k, v in params.items())), severity)


def _param(name: str, value: object) -> tuple[str, Param]:
    if isinstance(value, Words):
        return name, value
    if isinstance(value, list | tuple | set | frozenset):
        return name, tuple(str(item) for item in value)
    return name, str(value)


class ProblemError(Exception):
    """Problems that stop a build, each already at its line."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = list(problems)


def errors_in(problems: Iterable[Problem]) -> list[Problem]:
    return [found for found in problems if found.severity == ERROR]


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def report(problems: Iterable[Problem], lang: str = DEFAULT_LANGUAGE, stream: TextIO | None = None) -> int:
    """Print problems sorted by file and line; return the number of errors."""
    stream = stream or sys.stdout
    errors = 0
    for found in sorted(set(problems)):
        print(found.render(lang), file=stream)
        if in_github_actions():
            print(found.annotation(), file=stream)
        errors += found.severity == ERROR
    return errors


def rule_link(rule: str, guide: str = "guide/zh/rules.md") -> str:
    """Where a rule is explained: on GitHub when run there, else the file."""
    server, repository, sha = (os.environ.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    base = f"{server}/{repository}/blob/{sha}/" if server and repository and sha else ""
    return f"{base}{guide}#rule-{rule}"


def summary_markdown(problems: Iterable[Problem]) -> str:
    """A bilingual summary for the run page of a workflow: every problem in
    Chinese with its English below, linked to its rule in both guides."""
    unique = sorted(set(problems))
    errors = [p for p in unique if p.severity == ERROR]
    warnings = [p for p in unique if p.severity == WARNING]
    lines = ["## 内容检查 · Content checks", ""]
    if errors:
        lines.append(
            f"❌ {say('summary_errors', 'zh', count=len(errors))} · {say('summary_errors', 'en', count=len(errors))}"
        )
    else:
        lines.append(f"✅ {say('summary_clean', 'zh')} · {say('summary_clean', 'en')}")
    if warnings:
        count = len(warnings)
        lines.append(f"⚠️ {say('summary_warnings', 'zh', count=count)} · {say('summary_warnings', 'en', count=count)}")
    if unique:
        lines += ["", "| 文件 File | 行 Line | 规则 Rule | 问题 Problem |", "| --- | --- | --- | --- |"]
        for found in errors + warnings:
            rule = f"[{found.rule}]({rule_link(found.rule)}) · [en]({rule_link(found.rule, 'guide/en/rules.md')})"
            message = f"{found.message('zh')}<br>{found.message('en')}".replace("|", "\\|")
            lines.append(f"| `{found.path}` | {found.line} | {rule} | {message} |")
    return "\n".join(lines) + "\n"


def write_summary(problems: Iterable[Problem]) -> None:
    """Append the summary to the run page, when running under GitHub Actions."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if path:
        with open(path, "a", encoding="utf-8") as summary:
            summary.write(summary_markdown(problems))
