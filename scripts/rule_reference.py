#!/usr/bin/env python3
"""Write the rule reference of the editors' guide, guide/zh/rules.md and guide/en/rules.md.

Each rule's number and title come from scripts/reportsite/rules.py, its
explanation from guide/rules.yml, and the messages it can print from the
catalog (scripts/reportsite/catalog.py), found where the checks call
`problem(path, line, RULE, key, ...)`. With --check, changes no file and
exits 1 if a committed page differs from what would be written now.
"""

from __future__ import annotations

import argparse
import ast
import string
import sys
from pathlib import Path

import yaml

from reportsite import rules
from reportsite.catalog import MESSAGES
from reportsite.rules import RULES

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
SOURCE = ROOT / "guide" / "rules.yml"
PAGES = {lang: ROOT / "guide" / lang / "rules.md" for lang in ("zh", "en")}

WORDS = {
    "zh": {
        "generated": "<!-- 本页由 scripts/rule_reference.py 根据 guide/rules.yml、scripts/reportsite/rules.py 和"
        " scripts/reportsite/catalog.py 生成；请改 guide/rules.yml，再运行"
        " .venv/bin/python scripts/rule_reference.py。 -->",
        "back": "[← 编辑指南](../../CONTRIBUTING.md) · [English](../en/rules.md)",
        "rule": "规则 {number}：{title}",
        "messages": "这条规则可能给出的消息（`{…}` 处是具体的文件、文字或数字）：",
    },
    "en": {
        "generated": "<!-- This page is written by scripts/rule_reference.py from guide/rules.yml,"
        " scripts/reportsite/rules.py and scripts/reportsite/catalog.py; edit guide/rules.yml, then run"
        " .venv/bin/python scripts/rule_reference.py. -->",
        "back": "[← Editors' guide](../../CONTRIBUTING.en.md) · [中文](../zh/rules.md)",
        "rule": "Rule {number}: {title}",
        "messages": "The messages this rule can print (a `{…}` stands for the file, text or number in question):",
    },
}


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _rule_number(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if node.value in RULES else None
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
    number = getattr(rules, name, None) if name and name.isupper() else None
    return number if isinstance(number, str) and number in RULES else None


def messages_by_rule() -> dict[str, list[str]]:
    """The catalog keys each rule can print: the key of every `problem(…, RULE, "key", …)`
    call in scripts/, and, where the key is a variable, the catalog keys named in the
    same function that no call names outright."""
    literal: dict[str, set[str]] = {}
    variable: list[tuple[str, set[str]]] = []
    for path in sorted(SCRIPTS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            named = {
                node.value
                for node in ast.walk(function)
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in MESSAGES
            }
            for call in ast.walk(function):
                if not isinstance(call, ast.Call) or _call_name(call) not in ("problem", "Problem"):
                    continue
                if len(call.args) < 4 or (number := _rule_number(call.args[2])) is None:
                    continue
                key = call.args[3]
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    if key.value in MESSAGES:
                        literal.setdefault(key.value, set()).add(number)
                else:
                    variable.append((number, named))
    found: dict[str, set[str]] = {number: set() for number in RULES}
    for key, numbers in literal.items():
        for number in numbers:
            found[number].add(key)
    for number, named in variable:
        found[number].update(key for key in named if key not in literal)
    order = {key: index for index, key in enumerate(MESSAGES)}
    return {number: sorted(keys, key=order.__getitem__) for number, keys in found.items()}


def shown(template: str) -> str:
    """A message as the checks print it, each placeholder left as `{name}`, on one line."""
    text = "".join(
        literal + ("{" + field + "}" if field is not None else "")
        for literal, field, _, _ in string.Formatter().parse(template)
    )
    return " ".join(text.split())


def render(lang: str, source: dict, keys: dict[str, list[str]]) -> str:
    words = WORDS[lang]
    intro = source["intro"][lang]
    lines = [words["generated"], "", words["back"], "", '<a id="rules"></a>', "", f"# {intro['title']}", ""]
    lines.append(intro["text"].rstrip("\n"))
    for number, rule in RULES.items():
        title = words["rule"].format(number=number, title=getattr(rule, lang))
        lines += ["", f'<a id="rule-{number}"></a>', f"## {title}", ""]
        lines.append(source["rules"][int(number)][lang].rstrip("\n"))
        if keys[number]:
            lines += ["", words["messages"], "", "```text"]
            lines += [shown(MESSAGES[key][lang]) + f" [rule {number}]" for key in keys[number]]
            lines.append("```")
    return "\n".join(lines) + "\n"


def pages() -> dict[Path, str]:
    source = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    keys = messages_by_rule()
    return {path: render(lang, source, keys) for lang, path in PAGES.items()}


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--check", action="store_true", help="change nothing; exit 1 if a page is out of date")
    args = arguments.parse_args(argv)
    stale = []
    for path, text in pages().items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path.relative_to(ROOT).as_posix())
        if not args.check:
            path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("out of date, run scripts/rule_reference.py: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
