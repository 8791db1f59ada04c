"""Every message exists in Chinese and English with the same placeholders,
Chinese is the default, and English is there for those who ask."""

import re

import pytest

from reportsite.catalog import MESSAGES
from reportsite.diagnostics import problem
from reportsite.messages import language, placeholders


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key):
    assert set(MESSAGES[key]) == {"zh", "en"}
    assert placeholders(MESSAGES[key]["zh"]) == placeholders(MESSAGES[key]["en"])


def test_the_chinese_messages_are_chinese_and_the_english_english():
    for key, texts in MESSAGES.items():
        assert any("\u4e00" <= char <= "\u9fff" for char in texts["zh"]), key
        assert not any("\u4e00" <= char <= "\u9fff" for char in texts["en"].split("“")[0][:12]), key


@pytest.mark.parametrize(
    ("requested", "environment", "expected"),
    [
        (None, {}, "zh"),
        (None, {"LANG": "C.UTF-8"}, "zh"),
        (None, {"LANG": "zh_CN.UTF-8"}, "zh"),
        (None, {"LANG": "en_GB.UTF-8"}, "en"),
        (None, {"LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ("zh", {"LC_ALL": "en_US.UTF-8"}, "zh"),
        ("en", {}, "en"),
    ],
)
def test_the_language_is_the_one_asked_for_else_the_locales_else_chinese(requested, environment, expected):
    assert language(requested, environment) == expected


def test_a_problem_reads_the_same_in_both_languages_with_its_place_and_rule():
    found = problem("docs/zh/x.md", 7, "5", "metric_code_duplicate", code="AA-01", where="docs/zh/x.md:3")
    assert (
        found.render("zh")
        == "docs/zh/x.md:7: AA-01：编号重复，docs/zh/x.md:3 已经用过；每个指标应当有自己的编号 [rule 5]"
    )
    assert found.render("en") == (
        "docs/zh/x.md:7: AA-01: duplicate code, already used at docs/zh/x.md:3; expected a code of its own [rule 5]"
    )
    annotation = found.annotation()
    assert annotation.startswith("::error file=docs/zh/x.md,line=7,title=Rule 5 · 规则 5::")
    assert "编号重复" in annotation and "duplicate code" in annotation


# What a Chinese message may write in Latin letters outside code: the names
# of the programs and formats an editor meets, as Chinese writes them too.
NAMES = frozenset(
    "CriticMarkup Ctrl Debian Git GitHub HTML JSON KB Markdown MB MkDocs PDF Python SHA Schema Tab UTF "
    "WeasyPrint YAML id".split()
)
CODE_SPAN = re.compile(r"`[^`\n]*`")
PATH = re.compile(r"\S*[/\\]\S*|[\w.-]+\.(?:md|ya?ml|txt|json|py|sh|html|pdf|csv|xlsx|zip|png|jpe?g|webp|svg)\b")
METRIC_CODE = re.compile(r"\b[A-Z]{2,3}-\d{2}\b")
LATIN_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
KEYS = re.compile(r"\bCtrl\+[A-Z]\b")
CJK = re.compile(r"[\u3400-\u9fff]")


def sample_values(template):
    """Plausible values for a message's placeholders: lines and counts as
    numbers, paths and codes as editors see them, anything else Chinese."""
    values = {}
    for name in placeholders(template):
        if re.search(r"line|count|number|limit|end|next|where|first|level|size", name):
            values[name] = "12"
        elif re.search(r"path|page|file|link|guide", name):
            values[name] = "docs/zh/closing.md"
        elif "code" in name:
            values[name] = "DB-01"
        else:
            values[name] = "示例"
    return values


def latin_words_outside_code(text):
    for pattern in (CODE_SPAN, PATH, METRIC_CODE, RULE_TAG, KEYS):
        text = pattern.sub(" ", text)
    return [word for word in LATIN_WORD.findall(text) if word not in NAMES]


RULE_TAG = re.compile(r"\[rule \d+\]")


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_chinese_message_is_chinese_outside_code_paths_and_names(key):
    template = MESSAGES[key]["zh"]
    rendered = template.format(**sample_values(template))
    assert latin_words_outside_code(rendered) == [], rendered


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_english_message_is_english_outside_quotes_and_code(key):
    template = MESSAGES[key]["en"]
    rendered = template.format(**{name: "sample" for name in placeholders(template)})
    outside = re.sub(r"“[^”]*”|`[^`]*`|\([^)]*[\u3400-\u9fff][^)]*\)", " ", rendered)  # quoted page text, code
    assert not CJK.search(outside), rendered
