"""The editors' guide: every rule the checks name is explained, in both
languages, under a linkable anchor, and every message it quotes is one the
checks print today."""

import re
import string

import pytest

from conftest import ROOT
from reportsite.catalog import MESSAGES
from reportsite.messages import say
from reportsite.rules import RULES


@pytest.mark.parametrize("guide", ["CONTRIBUTING.md", "CONTRIBUTING.en.md"])
def test_every_rule_has_an_anchor_in_the_guide(guide):
    text = (ROOT / guide).read_text(encoding="utf-8")
    for number in RULES:
        assert f'<a id="rule-{number}"></a>' in text, f"{guide}: rule {number}"


def test_the_readme_links_the_guides():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "CONTRIBUTING.md" in readme and "CONTRIBUTING.en.md" in readme


def message_patterns(lang):
    """Each message of the catalog in `lang` as a pattern, its placeholders any text."""
    patterns = []
    for templates in MESSAGES.values():
        parts = []
        for literal, field, _, _ in string.Formatter().parse(templates[lang]):
            parts.append(re.escape(literal) + ("(.+?)" if field is not None else ""))
        patterns.append(re.compile("".join(parts), re.S))
    return patterns


@pytest.mark.parametrize(("guide", "lang"), [("CONTRIBUTING.md", "zh"), ("CONTRIBUTING.en.md", "en")])
def test_every_message_the_guide_quotes_is_one_the_checks_print_today(guide, lang):
    patterns, prefix = message_patterns(lang), say("warning_prefix", lang)
    quoted, stale, fenced = 0, [], False
    for number, line in enumerate((ROOT / guide).read_text(encoding="utf-8").split("\n"), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        found = re.fullmatch(r"\s*\S+:\d+: (.*) \[rule \d+\]\s*", line) if fenced else None
        if found:
            quoted += 1
            if not any(pattern.fullmatch(found[1].removeprefix(prefix)) for pattern in patterns):
                stale.append((number, found[1][:80]))
    assert quoted > 20 and stale == []
