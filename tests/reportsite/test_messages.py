"""Every message exists in Chinese and English with the same placeholders,
Chinese is the default, and English is there for those who ask."""

import datetime
import re

import pytest

from reportsite.catalog import MESSAGES, READER
from reportsite.diagnostics import problem
from reportsite.messages import language, placeholders, written_date


def test_every_message_has_both_languages_with_the_same_placeholders():
    # one property of the catalog: one test, naming every entry that breaks it
    unpaired = [key for key, texts in MESSAGES.items() if set(texts) != {"zh", "en"}]
    assert unpaired == []
    mismatched = [key for key, texts in MESSAGES.items() if placeholders(texts["zh"]) != placeholders(texts["en"])]
    assert mismatched == []


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


def test_a_date_is_written_as_each_language_writes_it():
    assert written_date(datetime.date(2026, 11, 4), "zh") == "2026年11月4日"
    assert written_date(datetime.date(2026, 11, 4), "en") == "4 November 2026"
    assert written_date(1_000_000_000, "en") == "9 September 2001"  # seconds since 1970, in UTC


def test_every_readers_word_has_both_languages_with_the_same_keys_and_placeholders():
    unpaired = [concern for concern, words in READER.items() if set(words) != {"zh", "en"}]
    assert unpaired == []
    mismatched = [
        (concern, key)
        for concern, words in READER.items()
        for key in words["zh"].keys() | words["en"].keys()
        if key not in words["zh"]
        or key not in words["en"]
        or placeholders(words["zh"][key]) != placeholders(words["en"][key])
    ]
    assert mismatched == []


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
# a command-line option and its value, as the editor types it: --lang en, --port 8001
OPTION = re.compile(r"(?<!\S)--[a-z][a-z-]*(?: (?:en|zh|\d+))?")
RULE_TAG = re.compile(r"\[rule \d+\]")
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
    for pattern in (CODE_SPAN, PATH, METRIC_CODE, RULE_TAG, KEYS, OPTION):
        text = pattern.sub(" ", text)
    return [word for word in LATIN_WORD.findall(text) if word not in NAMES]


def test_every_chinese_message_is_chinese_outside_code_paths_and_names():
    # rendered with plausible values; Latin letters only in code, paths, codes and the names of programs
    english = {}
    for key, texts in MESSAGES.items():
        rendered = texts["zh"].format(**sample_values(texts["zh"]))
        if latin_words_outside_code(rendered):
            english[key] = latin_words_outside_code(rendered)
    assert english == {}


def test_every_english_message_is_english_outside_quotes_and_code():
    chinese = []
    for key, texts in MESSAGES.items():
        rendered = texts["en"].format(**{name: "sample" for name in placeholders(texts["en"])})
        outside = re.sub(r"“[^”]*”|`[^`]*`|\([^)]*[\u3400-\u9fff][^)]*\)", " ", rendered)  # quoted page text, code
        if CJK.search(outside):
            chinese.append(key)
    assert chinese == []


# --- the words that fill the messages: realistic values, not placeholders ---------------


def own_words(rendered, *given):
    """The Latin words of a Chinese message that are neither code nor what the
    editor typed or may type (the keys, values and names in `given`): the
    message's own words, which must be Chinese."""
    typed = set(LATIN_WORD.findall(" ".join(map(str, given))))
    return [word for word in latin_words_outside_code(rendered) if word not in typed]


def schema_words(rules):
    """Every key and allowed value a schema names: what an editor types."""
    import json

    return json.dumps(rules)


BAD_PATTERNS = [
    "(?:19|20", ")", "[0-9", "*a", "a**", "\\q", "[9-0]", "(?x", "(?P<a", "(?<=a+)b", "(?P<>a)",
    "(?P<a>x)(?P<a>y)", "(?P=b)", "(a)\\2", "a{3,1}",
]  # fmt: skip


@pytest.mark.parametrize("pattern", BAD_PATTERNS)
def test_a_pattern_that_does_not_compile_is_said_in_chinese_words(pattern):
    from reportsite.data import regex_reason

    with pytest.raises(re.error) as error:
        re.compile(pattern)
    found = problem(
        "data/editorial_figures.yml", 27, "22", "declared_pattern_invalid", reason=regex_reason(error.value)
    )
    rendered = found.render("zh")
    assert latin_words_outside_code(rendered) == [], rendered
    assert "写法不对" not in rendered  # each of Python's usual reasons has its own words
    assert error.value.msg not in found.render("en")  # nor Python's English in the English message


# Every kind of JSON Schema constraint an editor's value can break, with a value that breaks it.
SCHEMA_CASES = [
    ({"type": "string"}, 18),
    ({"type": "object"}, None),
    ({"enum": ["toc", "navigation"]}, "tocc"),
    ({"const": "x"}, "y"),
    ({"pattern": "^[A-Z]{2,3}-\\d{2}$"}, "GD-2"),
    ({"minLength": 1}, ""),
    ({"maxLength": 2}, "abc"),
    ({"minItems": 5}, ["a"]),
    ({"maxItems": 1}, ["a", "b"]),
    ({"uniqueItems": True}, ["a", "a"]),
    ({"minimum": 1}, 0),
    ({"maximum": 1}, 2),
    ({"exclusiveMinimum": 1}, 1),
    ({"exclusiveMaximum": 1}, 1),
    ({"multipleOf": 2}, 3),
    ({"required": ["figure"]}, {"reason": "x"}),
    ({"additionalProperties": False, "properties": {"figure": {}}}, {"figrue": "x"}),
    ({"minProperties": 1}, {}),
    ({"maxProperties": 1}, {"a": 1, "b": 2}),
    ({"contains": {"const": "x"}}, ["y"]),
    ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, None),
    ({"oneOf": [{"type": "string"}, {"minLength": 1}]}, "ab"),
    ({"not": {"type": "string"}}, "a"),
    ({"propertyNames": {"pattern": "^a"}}, {"b": 1}),
    ({"dependentRequired": {"a": ["b"]}}, {"a": 1}),
    ({"if": {"type": "string"}, "then": {"minLength": 3}}, "a"),
]


@pytest.mark.parametrize(("rules", "value"), SCHEMA_CASES, ids=[next(iter(r)) for r, _ in SCHEMA_CASES])
def test_every_schema_constraint_a_data_file_breaks_is_said_in_chinese(tmp_path, rules, value):
    import yaml

    from reportsite.datafiles import DataFile, schema_problems

    data = {"terms": [{"zh": "示例"}, value]}
    text = yaml.safe_dump(data, allow_unicode=True)
    wrapper = {"type": "object", "properties": {"terms": {"type": "array", "prefixItems": [{}, rules]}}}
    file = DataFile(tmp_path / "glossary.yml", data, node=yaml.compose(text))
    rendered = [found.render("zh") for found in schema_problems(file, wrapper)]
    assert rendered and all(own_words(text, data, schema_words(rules)) == [] for text in rendered), rendered
    assert all("terms/1" not in text for text in rendered)  # the place in words: “terms”的第 2 项


FRONT_MATTERS = [
    {"not_metrics": [{"figure": 18, "reason": "年份"}]},
    {"not_metrics": [{"figrue": "18个", "reason": "年份"}]},
    {"not_metrics": [{"figure": "18个"}]},
    {"not_metrics": "18个"},
    {"title": 2024},
    {"download_pdf": "yes"},
    {"hide": ["tocc"]},
    {"generated": "glosary"},
    {"description": ""},
    {"description": "字" * 200},
    {"search": {"boost": "high"}},
    {"descripton": "x"},
]


@pytest.mark.parametrize("meta", FRONT_MATTERS)
def test_every_front_matter_mistake_is_one_message_in_chinese(meta):
    from types import SimpleNamespace

    from reportsite.checks import check_front_matter

    reading = SimpleNamespace(meta=meta, display="docs/zh/x.md", meta_line=lambda key: 2)
    found = check_front_matter(reading)
    assert len(found) == 1, found
    from reportsite.datafiles import schema

    assert own_words(found[0].render("zh"), meta, schema_words(schema("front_matter"))) == [], found[0].render("zh")
