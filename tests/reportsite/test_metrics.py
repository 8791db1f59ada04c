"""The metric checks: a fixture per failure type, each with its exact
`path:line: message`, the real pages, and the command-line tool."""

import codecs
import os
import shutil

import pytest

from conftest import run_script
from reportsite.checks import read_files, read_site
from reportsite.metrics import check_metrics, prose
from reportsite.paths import ROOT
from reportsite.values import prose_numbers

FIXTURES = ROOT / "tests" / "fixtures" / "metrics"
RULES = FIXTURES / "rules.yml"


def problems_of(*paths, rules=RULES):
    pages, problems = read_files(list(paths))
    problems += check_metrics(pages, rules_file=rules, complete=False)[1]
    return [str(problem) for problem in problems]


def fixture(name, lang="zh"):
    return FIXTURES / lang / f"{name}.md"


EXPECTED = {
    "wrong-column-count": "zh/wrong-column-count.md:11: this row has 4 cells; "
    "expected 5: 编号 | 指标 | 数值 | 单位 | 说明 (an empty note is written as an empty cell) [rule 4]",
    "missing-header-cell": "zh/missing-header-cell.md:5: the metric table header is “| 编号 | 指标 | 数值 | 说明 |”; "
    "expected exactly | 编号 | 指标 | 数值 | 单位 | 说明 | [rule 4]",
    "missing-code": "zh/missing-code.md:11: the row “服务站” has no code; expected a code such as DB-01 [rule 5]",
    "duplicate-code": "zh/duplicate-code.md:12: AA-01: duplicate code, already used at "
    "tests/fixtures/metrics/zh/duplicate-code.md:11; expected a code of its own [rule 5]",
    "empty-value": "zh/empty-value.md:11: AA-01: the value is empty; "
    "expected a number such as 103、59.6万、20余 [rule 6]",
    "not-a-number": "zh/not-a-number.md:11: AA-01: the value “一百零三” is not a number; "
    "expected a number such as 103、59.6万、20余 [rule 6]",
    "unknown-unit": "zh/unknown-unit.md:11: AA-01: unknown unit “座”; expected one of 个, 家, 名, 人, 人次, 次, 场次, "
    "轮, 起, 项, 篇, 张, 份, %, %（同比）, 元, or a new unit added to data/units.yml [rule 7]",
    "rate-out-of-range": "zh/rate-out-of-range.md:11: AA-01: the rate 120 % is outside 0–100; "
    "expected a percentage between 0 and 100 [rule 8]",
    "value-not-in-prose": "zh/value-not-in-prose.md:11: AA-01: the value 130 does not appear in the text of this page "
    "(the nearest figures in the text: 103, 100, 20余); expected the table and the text to give the same figure "
    "[rule 9]",
    "rule-broken": "zh/rule-broken.md:12: HR-02: 7000 must not exceed HR-01 (6317, "
    "tests/fixtures/metrics/zh/rule-broken.md:11) (已核对的不能多于在档的); expected HR-02 <= HR-01 as declared in "
    "tests/fixtures/metrics/rules.yml:2 [rule 10]",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_failure_type_gets_its_own_message(name):
    assert problems_of(fixture(name)) == [f"tests/fixtures/metrics/{EXPECTED[name]}"]


def test_well_formed_tables_in_both_languages_have_no_problems():
    assert problems_of(fixture("good"), fixture("good", "en")) == []


def test_an_english_page_with_a_chinese_style_value_is_told_how_to_write_it():
    assert problems_of(fixture("chinese-style-value", "en")) == [
        "tests/fixtures/metrics/en/chinese-style-value.md:5: AA-02: the value “59.6万” is written the Chinese way; "
        "on English pages write it out, e.g. 596,000 or 20+; expected a number such as 103, 596,000, 20+ [rule 6]"
    ]


def test_a_chinese_unit_on_an_english_page_names_the_english_spelling(tmp_path):
    page = tmp_path / "en" / "page.md"
    page.parent.mkdir()
    good = fixture("good", "en").read_text(encoding="utf-8")
    page.write_text(good.replace("| 103 | organisations |", "| 103 | 家 |"), encoding="utf-8")
    [problem] = problems_of(page)
    assert problem.endswith(
        ":11: AA-01: unknown unit “家”; “家” is the Chinese spelling; write “organisations” here [rule 7]"
    )


def test_a_rule_naming_an_unknown_code_is_reported_on_a_whole_site_check(tmp_path):
    rules = tmp_path / "rules.yml"
    rules.write_text("rules:\n  - {left: HR-02, op: '<=', right: ZZ-99}\n", encoding="utf-8")
    pages, _ = read_files([fixture("rule-broken")])
    problems = [str(p) for p in check_metrics(pages, rules_file=rules)[1]]
    assert problems == [
        f"{rules}:2: the rule HR-02 <= ZZ-99 names ZZ-99, which no Chinese metric table has; "
        "expected existing codes [rule 10]"
    ]


def test_windows_files_with_bom_crlf_and_tabs_are_read_without_complaint(tmp_path):
    text = fixture("good").read_text(encoding="utf-8").replace("| 103 |", "|\t103\t|")
    page = tmp_path / "zh" / "page.md"
    page.parent.mkdir()
    data = codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode()
    page.write_bytes(data)
    assert problems_of(page) == []
    assert page.read_bytes() == data  # never rewritten


def test_a_tab_indented_table_row_is_explained(tmp_path):
    page = tmp_path / "zh" / "page.md"
    page.parent.mkdir()
    page.write_text(fixture("good").read_text(encoding="utf-8").replace("| AA-04", "\t| AA-04"), encoding="utf-8")
    assert problems_of(page) == [
        f"{page}:14: this table row is indented with a tab, so Markdown shows it as code; "
        "expected the row to start with `|` at the beginning of the line [rule 4]"
    ]


def test_bytes_that_are_not_utf8_get_a_message_not_a_traceback(tmp_path):
    page = tmp_path / "zh" / "page.md"
    page.parent.mkdir()
    page.write_bytes(fixture("good").read_bytes().replace("服务站".encode(), "服务站".encode("gbk"), 1))
    result = run_script(ROOT, "check_metrics.py", str(page))
    assert result.returncode == 1
    assert f"{page}:7: the file is not valid UTF-8 (byte 0xb7 on this line)" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_real_pages_are_clean_and_hold_every_metric():
    pages, problems = read_site()
    metrics, found = check_metrics(pages)
    assert problems + found == []
    assert len(metrics["zh"]) >= 60


# Numbers in the report's text that are names, dates or anniversaries, not
# figures: a working method (“1+100”, “1+N”, “5677”), a hotline, a year.
NOT_FIGURES = {"1", "100", "N", "12351", "5677", "2019", "40", "70"}


def test_every_figure_of_the_source_stands_in_a_metric_table():
    pages, _ = read_site()
    metrics, _ = check_metrics(pages)
    left_in_prose = []
    for page in pages["zh"]:
        if page.rel in ("editorial-notes.md", "data.md"):
            continue
        tabled = {m.value for m in metrics["zh"] if m.page is page}
        for value in prose_numbers(prose(page), "zh"):
            if value not in tabled and format(value.number, "f") not in NOT_FIGURES:
                left_in_prose.append((page.rel, format(value.number, "f")))
    assert left_in_prose == []


def test_the_command_line_tool_exits_0_when_clean_and_1_with_one_line_per_problem(tmp_path):
    clean = run_script(ROOT, "check_metrics.py")
    assert clean.returncode == 0 and clean.stdout == ""
    folder = tmp_path / "zh"
    folder.mkdir()
    for name in ("missing-code", "unknown-unit"):
        shutil.copy(fixture(name), folder)
    result = run_script(ROOT, "check_metrics.py", str(folder))
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 2


def test_github_actions_get_an_annotation_per_problem():
    env = {**os.environ, "GITHUB_ACTIONS": "true"}
    result = run_script(ROOT, "check_metrics.py", str(fixture("unknown-unit")), env=env)
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations == [
        "::error file=tests/fixtures/metrics/zh/unknown-unit.md,line=11,title=Rule 7::"
        "tests/fixtures/metrics/zh/unknown-unit.md:11: AA-01: unknown unit “座”; expected one of 个, 家, 名, 人, 人次, "
        "次, 场次, 轮, 起, 项, 篇, 张, 份, %25, %25（同比）, 元, or a new unit added to data/units.yml [rule 7]"
    ]
