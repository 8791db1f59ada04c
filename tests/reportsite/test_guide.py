"""The editors' guide: a one-screen start in each language, then guide/zh/
and guide/en/ (the same file names); every rule the checks name is explained,
in both languages, under a linkable anchor of the generated rule reference,
which is what scripts/rule_reference.py writes now; every message a guide page
quotes is one the checks print today; every relative link resolves."""

import importlib.util
import re
import string
from pathlib import Path

import pytest

from conftest import ROOT
from reportsite.catalog import MESSAGES
from reportsite.diagnostics import rule_link
from reportsite.messages import say
from reportsite.rules import RULES

STARTS = {"zh": "CONTRIBUTING.md", "en": "CONTRIBUTING.en.md"}
GUIDE = ROOT / "guide"
# every page of the guide with its language: the start pages, then guide/zh/ and guide/en/
PAGES = [(start, lang) for lang, start in STARTS.items()] + [
    (path.relative_to(ROOT).as_posix(), lang) for lang in STARTS for path in sorted((GUIDE / lang).glob("*.md"))
]


def rule_reference():
    spec = importlib.util.spec_from_file_location("rule_reference", ROOT / "scripts" / "rule_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_both_languages_have_the_same_guide_pages():
    assert {p.name for p in (GUIDE / "zh").glob("*.md")} == {p.name for p in (GUIDE / "en").glob("*.md")}
    assert len([page for page, lang in PAGES if lang == "zh"]) > 10


@pytest.mark.parametrize("start", STARTS.values())
def test_the_start_page_fits_on_one_screen(start):
    assert len((ROOT / start).read_bytes()) <= 4096


@pytest.mark.parametrize("lang", STARTS)
def test_every_rule_has_an_anchor_in_the_guide(lang):
    text = (GUIDE / lang / "rules.md").read_text(encoding="utf-8")
    for number in RULES:
        assert f'<a id="rule-{number}"></a>' in text, f"guide/{lang}/rules.md: rule {number}"


def test_the_rule_reference_is_what_the_script_writes_now():
    for path, text in rule_reference().pages().items():
        assert path.read_text(encoding="utf-8") == text, f"run scripts/rule_reference.py: {path} is out of date"


def test_the_rule_reference_lists_messages_of_each_rule():
    keys = rule_reference().messages_by_rule()
    assert "encoding_not_utf8" in keys["1"] and "translation_stale" in keys["17"] and keys["3"] and keys["9"]
    assert sum(map(len, keys.values())) > 100


def test_messages_link_the_rule_reference():
    assert rule_link("3").endswith("guide/zh/rules.md#rule-3")
    assert rule_link("3", "guide/en/rules.md") == "guide/en/rules.md#rule-3"
    assert "guide/zh/rules.md" in MESSAGES["check_failed"]["zh"]
    assert "guide/en/rules.md" in MESSAGES["check_failed"]["en"]


def test_the_readme_links_the_guides():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "CONTRIBUTING.md" in readme and "CONTRIBUTING.en.md" in readme
    assert "guide/zh/" in readme and "guide/en/" in readme and "`guide/`" in readme


def message_patterns(lang, keys=None):
    """Each message of the catalog in `lang` (or those of `keys`) as a pattern, its placeholders any text."""
    patterns = []
    for templates in (MESSAGES[key] for key in keys or MESSAGES):
        parts = []
        for literal, field, _, _ in string.Formatter().parse(templates[lang]):
            parts.append(re.escape(literal) + ("(.+?)" if field is not None else ""))
        patterns.append(re.compile("".join(parts), re.S))
    return patterns


def quotes(guide, lang):
    """How many messages `guide` quotes, and those the checks do not print today."""
    patterns, prefix = message_patterns(lang), say("warning_prefix", lang)
    quoted, stale, fenced = 0, [], False
    summaries = {}
    for key, pick in (("check_failed", lambda parts: max(parts, key=len)), ("check_passed", lambda parts: parts[0])):
        literals = [literal for literal, _, _, _ in string.Formatter().parse(MESSAGES[key][lang])]
        summaries[re.split("[：:；;]", pick(literals))[0]] = message_patterns(lang, [key])[0]
    for number, line in enumerate((ROOT / guide).read_text(encoding="utf-8").split("\n"), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        found = re.fullmatch(r"\s*\S+:\d+: (.*) \[rule \d+\]\s*", line) if fenced else None
        for summary, pattern in summaries.items():  # the last line of a check: its words as printed today
            if fenced and summary in line and not pattern.fullmatch(line.strip()):
                stale.append((number, line.strip()[:80]))
        if found:
            quoted += 1
            if not any(pattern.fullmatch(found[1].removeprefix(prefix)) for pattern in patterns):
                stale.append((number, found[1][:80]))
    return quoted, stale


@pytest.mark.parametrize(("guide", "lang"), PAGES)
def test_every_message_the_guide_quotes_is_one_the_checks_print_today(guide, lang):
    assert quotes(guide, lang)[1] == []


def test_the_guide_quotes_many_messages():
    for lang in STARTS:
        quoted = sum(quotes(page, language)[0] for page, language in PAGES if language == lang)
        assert quoted > 20, lang


def anchors(path: Path) -> set[str]:
    return set(re.findall(r'<a id="([^"]+)"></a>', path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("guide", "lang"), PAGES)
def test_every_relative_link_of_the_guide_resolves(guide, lang):
    page, broken, fenced = ROOT / guide, [], False
    for number, line in enumerate(page.read_text(encoding="utf-8").split("\n"), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if fenced:
            continue
        for target in re.findall(r"\]\(([^)\s]+)\)", re.sub(r"`[^`]*`", "", line)):
            if re.match(r"[a-z]+:", target):
                continue
            file, _, anchor = target.partition("#")
            path = (page.parent / file).resolve() if file else page
            if not path.exists() or (anchor and path.suffix == ".md" and anchor not in anchors(path)):
                broken.append((number, target))
    assert broken == []


def outputs(guide):
    """Each fenced block of `guide` that quotes a check's output: its lines."""
    blocks, block = [], None
    for line in (ROOT / guide).read_text(encoding="utf-8").split("\n"):
        if line.lstrip().startswith("```"):
            if block is not None:
                blocks.append(block)
            block = [] if block is None and line.strip() == "```text" else None
        elif block is not None:
            block.append(line.strip())
    return [block for block in blocks if any(re.fullmatch(r"\S+:\d+: .* \[rule \d+\]", line) for line in block)]


@pytest.mark.parametrize(("guide", "lang"), PAGES)
def test_every_whole_output_the_guide_quotes_counts_its_problems_as_the_check_does(guide, lang):
    # a block that ends with the check's summary quotes the whole output: as many errors as it counts
    # (warnings, the rule 17 reminders, are printed but not counted)
    summary = message_patterns(lang, ["check_failed"])[0]
    prefix = say("warning_prefix", lang)
    wrong = []
    for block in outputs(guide):
        counted = [int(found[1]) for line in block if (found := summary.fullmatch(line))]
        errors = [line for line in block if re.fullmatch(r"\S+:\d+: .*", line) and f": {prefix}" not in line]
        if counted and counted != [len(errors)]:
            wrong.append((block[0][:60], counted, len(errors)))
    assert wrong == []
