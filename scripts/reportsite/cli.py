"""What every command-line script shares: its parser (with --lang), and its
ending (the problems, one per line, in the editor's language; annotations
and a summary under GitHub Actions; a last line saying how it went; the exit
code: 0 when clean, 1 when there is something to fix, 2 when misused)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

from .diagnostics import Problem, report, write_summary
from .messages import LANGUAGES, language, say
from .paths import CONFIG_NAME, repository_of


def repository() -> Path:
    """The repository a command works on: the one its script stands in
    (scripts/check_site.py of a clone works on that clone, wherever the
    package is installed), else the one around the working directory."""
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.parent.name == "scripts" and (script.parents[1] / CONFIG_NAME).is_file():
        return script.parents[1]
    return repository_of(Path.cwd()) or Path.cwd()


def config_file() -> Path:
    """The site's configuration, which names every edition's."""
    return repository() / CONFIG_NAME


class _Formatter(argparse.HelpFormatter):
    """argparse's help, its "usage: " in the editor's language."""

    def __init__(self, prog: str, usage_prefix: str) -> None:
        super().__init__(prog)
        self.usage_prefix = usage_prefix

    def add_usage(self, usage: str | None, actions: Iterable, groups: Iterable, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, self.usage_prefix if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse, with its help and complaints in the editor's language and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(say("cli_usage", self.lang, detail=message), file=sys.stderr)
        raise SystemExit(2)


def parser(description: str, argv: list[str] | None = None) -> Parser:
    """A parser for a script whose first docstring line is `description`;
    its messages are in the language asked for on the command line, else the
    locale's (Chinese by default)."""
    args = sys.argv[1:] if argv is None else argv
    requested = next((args[i + 1] for i, arg in enumerate(args[:-1]) if arg == "--lang"), None)
    requested = next((arg.split("=", 1)[1] for arg in args if arg.startswith("--lang=")), requested)
    lang = language(requested if requested in LANGUAGES else None)
    prefix = say("cli_usage_prefix", lang)
    result = Parser(description=description, add_help=False, formatter_class=lambda prog: _Formatter(prog, prefix))
    result.lang = lang
    result._optionals.title = say("cli_options", lang)
    result._positionals.title = say("cli_positionals", lang)
    result.add_argument("-h", "--help", action="help", help=say("cli_help", lang))
    result.add_argument("--lang", choices=LANGUAGES, help=say("cli_lang", lang))
    return result


def finish(problems: Iterable[Problem], lang: str, passed: tuple[str, dict], failed: str, summary: bool = False) -> int:
    """Report `problems` and end: `passed` is the message key and values
    said when there is no error, `failed` the key said with the count."""
    problems = list(problems)
    errors = report(problems, lang)
    if summary:
        write_summary(problems)
    if errors:
        print(say(failed, lang, count=errors), file=sys.stderr)
        return 1
    key, values = passed
    print(say(key, lang, **values), file=sys.stderr)
    return 0
