"""The metric checks (rules 4 to 10): a fixture per failure type, each with
its exact `path:line: message`, the command-line tool, and the rule that
binds every row to its figure in the real pages' text."""

import itertools
import os

import pytest

from conftest import FIXTURES, ROOT, messages, run_script
from reportsite.checks import check_metrics
from reportsite.metrics import HEADERS

METRICS = FIXTURES / "metrics"
F = "tests/fixtures/metrics"

EXPECTED = {
    "zh/duplicate-code": [
        f"{F}/zh/duplicate-code.md:15: AA-01: duplicate code, already used at {F}/zh/duplicate-code.md:11; expected a code of its own [rule 5]",
    ],
    "zh/duplicated-row": [
        f"{F}/zh/duplicated-row.md:16: AA-06: the figure 20家 of the text is already bound to AA-05 ({F}/zh/duplicated-row.md:15); expected each figure of the text in one row only [rule 9]",
    ],
    "zh/empty-label": [
        f"{F}/zh/empty-label.md:15: AA-05: the 指标 cell is empty; expected what the figure counts [rule 4]",
    ],
    "zh/empty-value": [
        f"{F}/zh/empty-value.md:11: AA-01: the value is empty; expected a number such as 103、59.6万、20余 [rule 6]",
    ],
    "zh/english-style-value": [
        f"{F}/zh/english-style-value.md:13: AA-03: the value “20+” is written the English way; expected `20余` for “more than 20” on Chinese pages [rule 6]",
    ],
    "zh/english-unit": [
        f"{F}/zh/english-unit.md:11: AA-01: “stations” is an English unit; expected the Chinese unit on a Chinese page [rule 7]",
    ],
    "zh/fall-negative": [],
    "zh/fall-not-negative": [
        f"{F}/zh/fall-not-negative.md:11: AB-01: the text states a fall (““三公经费”与去年相比下降2.4%”) but the value 2.4 is not negative; expected a fall written as a negative value, e.g. -2.4 [rule 9]",
    ],
    # Once read as 103 in silence (the table shows ASCII digits all the same); now the one slip at its line,
    # as in the text: the page's source says what readers see, and a search of the files for 103 finds it.
    "zh/full-width-value": [
        f"{F}/zh/full-width-value.md:11: “１０３” holds the full-width １, ０, ３ of a Chinese input method, "
        "while a table's values and units are in ASCII, as in the text and the report; expected `103`, in ASCII "
        "characters [rule 6]",
    ],
    "zh/row-full-width-bar": [
        f"{F}/zh/row-full-width-bar.md:13: this row uses the full-width bar “｜”, so its columns run together in one cell; expected the columns separated by the ASCII bar `|` [rule 4]",
    ],
    "zh/row-full-width-bar-in-a-cell": [
        f"{F}/zh/row-full-width-bar-in-a-cell.md:13: this row uses the full-width bar “｜”, so its columns run together in one cell; expected the columns separated by the ASCII bar `|` [rule 4]",
    ],
    "zh/good": [],
    "zh/label-not-in-sentence": [
        f"{F}/zh/label-not-in-sentence.md:13: AA-03: the indicator “发放阅读卡” does not say what the text stating 20余次 says: “接待观摩20余次” (line 7); expected the indicator in that sentence's words [rule 9]",
    ],
    "zh/labels-swapped": [
        f"{F}/zh/labels-swapped.md:11: the indicators of AA-01 and AA-05 seem swapped: “全市共建立服务站103家” / “新建示范点20家”; expected each indicator beside its own figure [rule 9]",
    ],
    "zh/malformed-code": [
        f"{F}/zh/malformed-code.md:11: the code “A1” is not of the form AB-01; expected two or three capital letters, a hyphen and two digits, e.g. DB-01 [rule 5]",
    ],
    "zh/missing-code": [
        f"{F}/zh/missing-code.md:11: the row “全市建立服务站” has no code; expected a code such as DB-01 [rule 5]",
    ],
    "zh/missing-header-cell": [
        f"{F}/zh/missing-header-cell.md:9: the metric table header is “| 编号 | 指标 | 数值 | 说明 |”; expected exactly | 编号 | 指标 | 数值 | 单位 | 说明 | [rule 4]",
    ],
    "zh/negative-count": [
        f"{F}/zh/negative-count.md:11: AA-01: the value “-103” is negative, but its unit is not a change; expected a sign only on a change against the previous year (a fall is negative) [rule 6]",
    ],
    "zh/not-a-number": [
        f"{F}/zh/not-a-number.md:11: AA-01: the value “一百零三” is not a number; expected a number such as 103、59.6万、20余 [rule 6]",
    ],
    "zh/not-metrics-unknown": [
        f"{F}/zh/not-metrics-unknown.md:3: `not_metrics` lists 12个, which is not a figure of this page's text; expected only figures the text states [rule 9]",
    ],
    "zh/not-metrics": [],
    "zh/not-metrics-curly-quotes": [
        f'{F}/zh/not-metrics-curly-quotes.md:3: `not_metrics` lists “12个” with Chinese quotation marks, which YAML reads as part of the figure; expected ASCII quotes: "12个" [rule 9]',
    ],
    "zh/rate-out-of-range": [
        f"{F}/zh/rate-out-of-range.md:14: AA-04: the rate 120 % is outside 0–100; expected a percentage between 0 and 100 [rule 8]",
    ],
    "zh/row-after-blank-line": [
        f"{F}/zh/row-after-blank-line.md:16: this line looks like the metric row AA-05 but is not shown as part of a table (a blank line or a missing delimiter row breaks the table); expected it right under the table's other rows [rule 4]",
    ],
    "zh/row-deleted": [
        f"{F}/zh/row-deleted.md:7: the figure 20家 of the text (“新建示范点20家”) has no row in this page's metric table; expected a row for it, or, if it is not a metric, an entry under `not_metrics:` in the front matter with the reason [rule 9]",
    ],
    "zh/row-in-comment": [
        f"{F}/zh/row-in-comment.md:16: the metric row AA-05 is inside an HTML comment, so readers never see it; expected it as a row of the table, or deleted together with its figure in the text [rule 4]",
    ],
    "zh/row-indented-as-code": [
        f"{F}/zh/row-indented-as-code.md:16: the metric row(s) AA-05 show as code (indented by a tab or four spaces, or inside a code block); expected them in the table, each row starting with `|` [rule 4]",
    ],
    "zh/rule-broken": [
        f"{F}/zh/rule-broken.md:12: HR-02: 7000 and HR-01 (6317, {F}/zh/rule-broken.md:11) break the rule HR-02 <= HR-01 (已核对的不能多于在档的); expected HR-02 <= HR-01 as declared in {F}/rules.yml:2 [rule 10]",
    ],
    "zh/table-in-admonition": [
        f"{F}/zh/table-in-admonition.md:13: AA-01: the table gives 130家, but the text gives 103家 for “全市建立服务站” (“全市共建立服务站103家”, line 7); expected the table and the text to give the same figure [rule 9]",
    ],
    "zh/unknown-unit": [
        f"{F}/zh/unknown-unit.md:11: AA-01: unknown unit “座”; expected one of 个, 家, 名, 人, 人次, 次, 场次, 轮, 起, 项, 篇, 张, 份, %, %（同比）, 元, or a new unit added to data/units.yml [rule 7]",
    ],
    "zh/value-not-in-text": [
        f"{F}/zh/value-not-in-text.md:11: AA-01: the table gives 130家, but the text gives 103家 for “全市建立服务站” (“全市共建立服务站103家”, line 7); expected the table and the text to give the same figure [rule 9]",
    ],
    "zh/value-of-another-row": [
        f"{F}/zh/value-of-another-row.md:11: AA-01: the table gives 20家, but the text gives 103家 for “全市建立服务站” (“全市共建立服务站103家”, line 7); expected the table and the text to give the same figure [rule 9]",
    ],
    "zh/wrong-column-count": [
        f"{F}/zh/wrong-column-count.md:14: this row has 6 cells, and readers never see those beyond the header's; expected 5: 编号 | 指标 | 数值 | 单位 | 说明 [rule 4]",
    ],
    # An input method's characters in a value, a code or a unit: one message at the row, naming them and the
    # half-width form (readers would see them as typed; the value as meant keeps rule 9 quiet).
    "zh/full-width-comma-value": [
        f"{F}/zh/full-width-comma-value.md:12: AA-02: the value “5，960” holds the full-width comma “，” (typed by an input method, or pasted), which readers would see as it is; expected `5960`, in ASCII characters (a Chinese page's values have no thousands separators) [rule 6]",
    ],
    "zh/full-width-point-value": [
        f"{F}/zh/full-width-point-value.md:12: “59．6万” holds the full-width ． of a Chinese input method, while a table's values and units are in ASCII, as in the text and the report; expected `59.6万`, in ASCII characters [rule 6]",
    ],
    "zh/ideographic-space-value": [
        f"{F}/zh/ideographic-space-value.md:11: AA-01: the value “1\u300003” holds the full-width space “\u3000” (typed by an input method, or pasted), which readers would see as it is; expected `103`, in ASCII characters [rule 6]",
    ],
    "zh/full-width-code": [
        f"{F}/zh/full-width-code.md:11: the code “ＡＡ－01” holds the full-width letter “Ａ”, the full-width minus sign “－” of a Chinese input method, which readers would see as it is and links and checks would not find; expected `AA-01`, in ASCII characters [rule 5]",
    ],
    "zh/short-code": [
        f"{F}/zh/short-code.md:11: the code “AA-1” is not of the form AB-01; expected two or three capital letters, a hyphen and two digits, e.g. AA-01 [rule 5]",
    ],
    "zh/unit-with-mark": [
        f"{F}/zh/unit-with-mark.md:11: AA-01: the unit “家、” holds the enumeration comma “、” too, which readers would see as it is; expected `家` [rule 7]",
    ],
    "en/full-width-comma-value": [
        f"{F}/en/full-width-comma-value.md:12: AA-02: the value “596，000” holds the full-width comma “，” (typed by an input method, or pasted), which readers would see as it is; expected `596,000`, in ASCII characters [rule 6]",
    ],
    # The text lost its paragraph: one message at the table, not one per row.
    "zh/text-deleted": [
        f"{F}/zh/text-deleted.md:10: not one figure of this metric table (AA-01–AA-05) stands in the page's text, most likely because a paragraph of the text was deleted or changed; expected the text restored first (`git diff` shows what changed), the table and the text giving the same figures [rule 9]",
    ],
    "en/chinese-style-value": [
        f"{F}/en/chinese-style-value.md:12: AA-02: the value “59.6万” is written the Chinese way; expected it written out on English pages, e.g. 596,000 or 20+ [rule 6]",
    ],
    "en/chinese-unit": [
        f"{F}/en/chinese-unit.md:11: AA-01: “家” is a Chinese unit; expected the natural English noun for this indicator, e.g. stations, sites, units, organisations, people, person-times, times, sessions, rounds, cases, items, posts, cards, copies [rule 7]",
    ],
    "en/good": [],
    "en/unknown-unit": [
        f"{F}/en/unknown-unit.md:11: AA-01: unknown English unit “booths”; expected one of stations, sites, units, organisations, people, person-times, times, sessions, rounds, cases, items, posts, cards, copies, %, % year on year, yuan, or a new one added under `english:` in data/units.yml [rule 7]",
    ],
}


def problems_of(site, *paths):
    site.use_pages(list(paths))
    site.use_data(units=METRICS / "units.yml", rules=METRICS / "rules.yml")
    readings = [reading for edition in site.editions.values() for reading in edition.readings.values()]
    return messages([p for r in readings for p in r.problems] + check_metrics(site, complete=False))


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_failure_type_gets_its_own_message(fresh_site, case):
    assert problems_of(fresh_site, METRICS / f"{case}.md") == EXPECTED[case]


def test_every_figure_of_the_real_text_is_bound_to_one_row_and_back(real_site):
    assert messages(check_metrics(real_site)) == []


def pairs_of_same_kind(site):
    for reading in site.readings("zh"):
        metrics = site.metrics(reading).metrics
        for first, second in itertools.combinations(metrics, 2):
            if first.kind == second.kind and first.value != second.value:
                yield reading, first, second


def test_swapping_the_values_of_any_two_rows_of_a_real_page_fails(fresh_site, tmp_path):
    """Every pair of rows of the same kind on every Chinese page, swapped."""
    survived = []
    for reading, first, second in pairs_of_same_kind(fresh_site):
        lines = list(reading.lines)
        a, b = lines[first.line - 1], lines[second.line - 1]
        lines[first.line - 1] = a.replace(f"| {first.value_text} |", f"| {second.value_text} |")
        lines[second.line - 1] = b.replace(f"| {second.value_text} |", f"| {first.value_text} |")
        page = tmp_path / "zh" / reading.rel
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("\n".join(lines) + "\n", encoding="utf-8")
        site = fresh_site.fork()
        site.use_pages([page])
        if not [p for p in check_metrics(site, complete=False) if p.rule == "9"]:
            survived.append((reading.rel, first.code, second.code))
    assert survived == []


def test_the_command_line_tool_exits_0_when_clean_and_1_with_one_line_per_problem(tmp_path):
    clean = run_script(ROOT, "check_metrics.py")
    assert (clean.returncode, clean.stdout) == (0, "")
    # a metric is a code, counted once whichever editions it stands in, as check_site.py and build.py count
    assert clean.stderr == "已检查 60 项指标，没有问题。\n"
    folder = tmp_path / "zh"
    folder.mkdir()
    for name in ("rule-broken", "unknown-unit"):
        (folder / f"{name}.md").write_bytes((METRICS / "zh" / f"{name}.md").read_bytes())
    result = run_script(ROOT, "check_metrics.py", "--units", str(METRICS / "units.yml"), str(folder))
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 2
    assert "Traceback" not in result.stderr


def test_github_actions_get_one_annotation_per_problem_in_both_languages():
    env = {**os.environ, "GITHUB_ACTIONS": "true"}
    result = run_script(ROOT, "check_metrics.py", str(METRICS / "zh" / "unknown-unit.md"), env=env)
    [annotation] = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotation.startswith(f"::error file={F}/zh/unknown-unit.md,line=11,title=Rule 7 · 规则 7::")
    assert "单位“座”不在单位词表中" in annotation and "unknown unit “座”" in annotation


def test_headers_are_the_documented_ones():
    assert HEADERS == {
        "zh": ("编号", "指标", "数值", "单位", "说明"),
        "en": ("Code", "Indicator", "Value", "Unit", "Note"),
    }
