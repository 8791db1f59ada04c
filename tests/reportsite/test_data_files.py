"""Every file an editor can touch gives `path:line: message [rule N]` on a
syntax or encoding error, never a traceback, and one mistake gives one
message, not a cascade of false follow-on ones."""

import json
import os

import pytest

from conftest import DATA, messages, run_script
from reportsite.build import check
from reportsite.checks import check_site
from reportsite.datafiles import SCHEMAS


def broken(tmp_path, name, old, new):
    path = tmp_path / name
    text = (DATA / name).read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path, needle):
    """The last line that holds `needle`."""
    return max(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("name", "option", "old", "new", "key"),
    [
        ("units.yml", "units", 'kind: count}\n  - {zh: "家"', 'kind: cont}\n  - {zh: "家"', "data_not_allowed"),
        ("units.yml", "units", '{zh: "次", kind: count}', '{zh: "次" kind: count}', "yaml_invalid"),
        ("units.yml", "units", '{zh: "轮", kind: count}', '{zh: "轮", knd: count}', "data_misspelt_field"),
        ("metric_rules.yml", "rules", 'op: "<="', 'op: "=<"', "data_not_allowed"),
        ("glossary.yml", "glossary", '    en: "Two Upholds"\n', "", "data_missing_field"),
        (
            "glossary.yml",
            "glossary",
            'avoid: ["three front-runners"]',
            'avoid: "three front-runners"',
            "data_wrong_type",
        ),
    ],
)
def test_a_mistake_in_a_data_file_is_one_message_at_its_line(fresh_site, tmp_path, name, option, old, new, key):
    path = broken(tmp_path, name, old, new)
    fresh_site.use_data(**{option: path})
    problems = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert [(p.path, p.key, p.rule) for p in problems] == [(str(path), key, "20")]
    if new.strip():
        assert problems[0].line == line_of(path, new.strip().splitlines()[0][:12])


def test_the_english_and_chinese_messages_of_a_data_file_say_the_same(fresh_site, tmp_path):
    path = broken(tmp_path, "units.yml", 'kind: count}\n  - {zh: "家"', 'kind: cont}\n  - {zh: "家"')
    fresh_site.use_data(units=path)
    [problem] = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert "“cont”不是允许的值；应当是 count、percent、change_percent、yuan 之一" in problem.render("zh")
    assert "“cont” is not allowed; expected one of count, percent, change_percent, yuan" in problem.render("en")


def test_a_page_saved_as_gbk_is_one_message_and_no_false_followers(repo):
    page = repo / "docs" / "zh" / "closing.md"
    page.write_bytes(page.read_text(encoding="utf-8").encode("gbk"))
    result = run_script(repo, "check_site.py", "--lang", "en")
    errors = [line for line in result.stdout.splitlines() if "[rule" in line and "warning:" not in line]
    assert len(errors) == 1, result.stdout
    assert errors[0].startswith("docs/zh/closing.md:2: the file is not valid UTF-8 (byte 0xc1 on this line)")
    assert "Traceback" not in result.stderr


def test_a_bad_byte_in_the_published_addresses_is_a_message(repo):
    urls = repo / "data" / "published_urls.txt"
    line = line_of(urls, "closing/")
    urls.write_bytes(urls.read_bytes().replace(b"closing/", b"closing\xff/"))
    result = run_script(repo, "check_site.py", "--lang", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"data/published_urls.txt:{line}: the file is not valid UTF-8 (byte 0xff on this line)" in result.stdout


def test_a_yaml_mistake_in_mkdocs_yml_is_a_message_at_its_line(repo):
    config = repo / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    # What the guide says to do, done wrong: a redirect one space short of its neighbour.
    redirect = "      print_page.md: key-figures.md\n"
    config.write_text(text.replace(redirect, redirect + "     old.md: new.md\n"), encoding="utf-8")
    line = line_of(config, "old.md: new.md")
    result = run_script(repo, "check_site.py", "--lang", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    assert result.stdout.startswith(f"mkdocs.yml:{line}: not valid YAML")


def test_a_yaml_tag_that_would_run_code_is_refused_before_mkdocs_reads_the_file(repo):
    config = repo / "mkdocs.yml"
    ran = repo / "ran"
    text = config.read_text(encoding="utf-8")
    config.write_text(text + f'extra_css_hook: !!python/object/apply:os.system ["touch {ran}"]\n', encoding="utf-8")
    result = run_script(repo, "check_site.py", "--lang", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    assert result.stdout.startswith(f"mkdocs.yml:{line_of(config, 'extra_css_hook')}: the YAML tag !!python/object")
    assert not ran.exists()


def test_a_malformed_code_in_a_data_file_is_said_in_the_editors_language(fresh_site, tmp_path):
    path = broken(tmp_path, "metric_rules.yml", "left: HR-02", "left: HR-2")
    fresh_site.use_data(rules=path)
    [found] = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert found.message("zh").endswith("应当是 指标编号：两三个大写字母、连字符和两位数字，如 HR-02")


def test_a_setting_mkdocs_refuses_is_a_message_at_its_line(repo):
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("    data_dir: data\n", "    data_dir: dat\n"))
    site, problems = None, []
    cwd = os.getcwd()
    try:
        os.chdir(repo)  # the copy's own package, as its scripts would see it
        site, problems = check(config)
    finally:
        os.chdir(cwd)
    assert site is None
    [problem] = problems
    assert (problem.path.endswith("mkdocs.yml"), problem.line, problem.key) == (
        True,
        line_of(config, "data_dir: dat"),
        "config_invalid",
    )
    assert messages([problem])[0].endswith("[rule 18]")


def test_the_published_schema_is_valid_json_and_a_valid_schema(tmp_path):
    from reportsite.datafiles import check_json_schema

    assert check_json_schema(DATA / "metrics.schema.json") == []
    broken = tmp_path / "metrics.schema.json"
    broken.write_text('{\n  "type": "array",\n  "items": {"type": "object",}\n}\n', encoding="utf-8")
    [problem] = check_json_schema(broken)
    assert (problem.line, problem.key) == (3, "json_invalid")
    broken.write_text('{"type": "arrray"}\n', encoding="utf-8")
    [problem] = check_json_schema(broken)
    assert problem.key == "json_schema_invalid"


def test_a_line_of_the_word_list_that_jieba_cannot_read_is_a_message(tmp_path):
    from reportsite.datafiles import check_word_list

    assert check_word_list(DATA / "jieba_userdict.txt") == []
    words = tmp_path / "jieba_userdict.txt"
    words.write_text("春风行动 10 n\n工人 先锋号 n\n", encoding="utf-8")
    [problem] = check_word_list(words)
    assert (problem.line, problem.key) == (2, "word_list_line")


def test_an_edition_whose_checksum_is_not_one_is_a_message_at_its_line(tmp_path):
    from reportsite.data import load_editions

    editions = tmp_path / "source_editions.yml"
    text = (DATA / "source_editions.yml").read_text(encoding="utf-8")
    editions.write_text(text.replace("sha256: 01d7", "sha256: xx01d7"), encoding="utf-8")
    _, file = load_editions(editions)
    [problem] = file.problems
    assert (problem.line, problem.key, problem.rule) == (line_of(editions, "sha256: xx"), "data_invalid", "20")


# One entry listed twice: one message at the second, naming the first; the file is not used (no cascade).
DUPLICATES = [
    (
        "units.yml",
        "units",
        '  - {zh: "张", kind: count}\n',
        '  - {zh: "张", kind: count}\n  - {zh: "家", kind: count}\n',
        '{zh: "家"',
        '{zh: "家", kind: count}',
        "“units”, item 13: the unit “家” is listed already on line {first}; expected each unit once: delete one of them",
    ),
    (
        "units.yml",
        "units",
        'percent: ["%"]',
        'percent: ["%", teams]',
        'percent: ["%", teams]',
        "    divisions, trades, teams,",
        "“english”, “percent”, item 2: the English unit “teams” is listed already on line {first}; expected each English unit "
        "once: delete one of them",
    ),
    (
        "glossary.yml",
        "glossary",
        '  - zh: "西宁市总工会"',
        '  - zh: "群团"',
        '  - zh: "群团"',
        '  - zh: "群团"',
        "“terms”, item 3: the term “群团” is listed already on line {first}; expected each term once: delete one of them",
    ),
    (
        "key_figures.yml",
        "key_figures",
        "home: [SH-03, SH-09, GD-03,",
        "home: [SH-03, SH-09, SH-03,",
        "home: [",
        "home: [",
        "“home”, item 3: the metric code “SH-03” is listed already on line {first}; expected each metric code once: delete "
        "one of them",
    ),
    (
        "metric_rules.yml",
        "rules",
        "rules:\n",
        'rules:\n  - left: DF-03\n    op: "<="\n    right: DF-01\n',
        "left: DF-03",
        "left: DF-03",
        "“rules”, item 4: the consistency rule “DF-03 <= DF-01” is listed already on line {first}; expected each consistency "
        "rule once: delete one of them",
    ),
]


@pytest.mark.parametrize(
    ("name", "option", "old", "new", "at", "first_at", "expected"),
    DUPLICATES,
    ids=["unit", "english-unit", "term", "home-code", "rule"],
)
def test_an_entry_listed_twice_is_one_message_at_the_second(
    fresh_site, tmp_path, name, option, old, new, at, first_at, expected
):
    path = broken(tmp_path, name, old, new)
    fresh_site.use_data(**{option: path})
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(n for n, line in enumerate(lines, 1) if first_at in line)
    line = line_of(path, at)
    problems = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert messages(problems) == [f"{path}:{line}: {expected.format(first=first)} [rule 20]"]
    assert not fresh_site.data.files[option].usable


def test_a_unit_listed_twice_is_said_in_chinese_too(fresh_site, tmp_path):
    name, _, old, new, at, first_at, _ = DUPLICATES[0]
    path = broken(tmp_path, name, old, new)
    fresh_site.use_data(units=path)
    [found] = [p for p in check_site(fresh_site) if p.severity == "error"]
    first = next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if first_at in line)
    assert found.render("zh") == (
        f"{path}:{line_of(path, at)}: “units”的第 13 项：单位“家”在第 {first} 行已经列出；每个单位应当只列一次，删去其中一处 [rule 20]"
    )


def test_a_data_file_value_out_of_its_format_is_said_in_the_schemas_chinese_words(fresh_site, tmp_path):
    path = broken(tmp_path, "key_figures.yml", "home: [SH-03, SH-09, GD-03, HR-09, DF-01, DB-01]", "home: [SH-03]")
    fresh_site.use_data(key_figures=path)
    errors = [p for p in check_site(fresh_site) if p.severity == "error"]
    line = line_of(path, "home:")
    assert messages(errors, "zh") == [
        f'{path}:{line}: “home”：“["SH-03"]”不符合格式；应当是 5 到 8 个互不相同的指标编号，例如 '
        "[SH-03, HR-09, DF-01, GD-03, DB-01] [rule 20]"
    ]
    assert messages(errors, "en") == [
        f'{path}:{line}: “home”: “["SH-03"]” does not follow the format; expected 5 to 8 different metric codes, '
        "e.g. [SH-03, HR-09, DF-01, GD-03, DB-01] [rule 20]"
    ]


def test_every_description_of_a_schema_has_its_chinese():
    def descriptions(node):
        if isinstance(node, dict):
            if isinstance(node.get("description"), str):
                yield node
            for value in node.values():
                yield from descriptions(value)
        elif isinstance(node, list):
            for value in node:
                yield from descriptions(value)

    for path in SCHEMAS.glob("*.schema.json"):
        for node in descriptions(json.loads(path.read_text(encoding="utf-8"))):
            assert any("\u4e00" <= char <= "\u9fff" for char in node.get("description_zh", "")), (path.name, node)


def test_an_input_methods_comma_or_letters_in_a_data_file_are_named_with_the_half_width_form(fresh_site, tmp_path):
    path = broken(tmp_path, "key_figures.yml", "home: [SH-03, SH-09,", "home: [SH-03，ＳＨ－09,")
    fresh_site.use_data(key_figures=path)
    errors = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert messages(errors, "zh") == [
        f"{path}:{line_of(path, 'home:')}: “home”的第 1 项：“SH-03，ＳＨ－09”里有全角逗号“，”、全角字母“Ｓ”、全角字母“Ｈ”、"
        "全角减号“－”（中文输入法打出的），YAML 和检查都不认；应当用半角写成 `SH-03, SH-09`（列表的各项用半角逗号加空格分隔） [rule 20]"
    ]


def test_an_emptied_data_file_is_said_empty_with_how_to_restore_it(fresh_site, tmp_path):
    path = tmp_path / "key_figures.yml"
    path.write_text("# nothing left\n", encoding="utf-8")
    fresh_site.use_data(key_figures=path)
    errors = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert [(p.line, p.key) for p in errors] == [(1, "data_file_empty")]
    assert "git checkout --" in errors[0].render("zh") and "null" not in errors[0].render("zh")
