"""The parity checks between the editions (rules 11 to 15): a fixture per
failure type (tests/fixtures/parity/<case>/zh and /en), each with its exact
message at the line to change, and the command-line tool."""

import pytest

from conftest import FIXTURES, ROOT, messages, run_script
from reportsite.checks import check_translation
from reportsite.site import Site

PARITY = FIXTURES / "parity"

EXPECTED = {
    "glossary-term": [
        "tests/fixtures/parity/glossary-term/en/page.md:7: the Chinese page uses “两个维护” (tests/fixtures/parity/glossary-term/zh/page.md:7), but this page never writes its glossary rendering “Two Upholds”; expected “Two Upholds” as in tests/fixtures/parity/glossary.yml:2 [rule 15]",
    ],
    "glossary-form": [],  # a declared form of the rendering ("leading …" in a heading) is the rendering
    "heading-count": [
        "tests/fixtures/parity/heading-count/en/page.md:5: this page has 1 headings, the Chinese page 2; expected the same headings in both languages [rule 12]",
    ],
    "heading-id-duplicate": [
        "tests/fixtures/parity/heading-id-duplicate/en/page.md:16: the heading id #metrics is already used on line 9 of this page, so links reach only the first; expected an id of its own for each heading [rule 12]",
        "tests/fixtures/parity/heading-id-duplicate/zh/page.md:16: the heading id #metrics is already used on line 9 of this page, so links reach only the first; expected an id of its own for each heading [rule 12]",
    ],
    "heading-id": [
        "tests/fixtures/parity/heading-id/en/page.md:9: heading 2 is level 2 #key-figures, but the Chinese heading is level 2 #metrics (tests/fixtures/parity/heading-id/zh/page.md:9); expected the same level and id [rule 12]",
    ],
    # a level 3 under a level 1: the level skipped is the one message (the Chinese level fits: the one meant)
    "heading-level": [
        "tests/fixtures/parity/heading-level/en/page.md:9: the heading “Key figures” is level 3 under a level-1 heading (line 5), skipping level 2, so the contents and screen readers find levels missing; expected `## Key figures {#metrics}` [rule 12]",
    ],
    "heading-level-changed": [
        "tests/fixtures/parity/heading-level-changed/en/page.md:9: heading 2 is level 1 #metrics, but the Chinese heading is level 2 #metrics (tests/fixtures/parity/heading-level-changed/zh/page.md:9); expected the same level and id [rule 12]",
    ],
    # skipped in both editions: each page's own message, nothing between them
    "heading-level-skipped": [
        "tests/fixtures/parity/heading-level-skipped/en/page.md:9: the heading “Key figures” is level 4 under a level-1 heading (line 5), skipping level 2, 3, so the contents and screen readers find levels missing; expected `## Key figures {#metrics}` [rule 12]",
        "tests/fixtures/parity/heading-level-skipped/zh/page.md:9: the heading “主要指标” is level 4 under a level-1 heading (line 5), skipping level 2, 3, so the contents and screen readers find levels missing; expected `## 主要指标 {#metrics}` [rule 12]",
    ],
    "heading-without-id": [
        "tests/fixtures/parity/heading-without-id/en/page.md:5: the heading “Sample page” has no explicit id; expected `{#some-id}` at its end, the same in both languages, so that links to it work in both [rule 12]",
    ],
    "in-step": [],
    "untranslated": [
        "tests/fixtures/parity/untranslated/en/page.md:7: this text of the English page is not yet a translation: “(The translation of the section goes here.)”; expected the English of the Chinese paragraph [rule 11]",
        "tests/fixtures/parity/untranslated/en/page.md:9: this text of the English page is not yet a translation: “职工书屋建设扎实推进。”; expected the English of the Chinese paragraph [rule 11]",
    ],
    "metric-approx": [
        "tests/fixtures/parity/metric-approx/en/page.md:13: AA-01: the value 103+ should be written without “+”, as the Chinese has no `余`/`多` (tests/fixtures/parity/metric-approx/zh/page.md:13); expected the same figure in both languages [rule 13]",
    ],
    "metric-extra": [
        "tests/fixtures/parity/metric-extra/en/page.md:15: AA-03 is not in the metric tables of the Chinese page tests/fixtures/parity/metric-extra/zh/page.md; expected only the Chinese page's metrics [rule 13]",
    ],
    "metric-missing": [
        "tests/fixtures/parity/metric-missing/en/page.md:13: AA-02 (tests/fixtures/parity/metric-missing/zh/page.md:14) is missing from this page's metric table; expected a row for every metric of the Chinese page [rule 13]",
    ],
    "metric-row-broken-en": [],  # rule 4 reports the row; its code is not "missing" again
    "metric-unit-not-in-label": [
        "tests/fixtures/parity/metric-unit-not-in-label/en/page.md:13: AA-01: the English unit “copies” is not what the indicator “Service stations” counts (Chinese unit “家”, tests/fixtures/parity/metric-unit-not-in-label/zh/page.md:13); expected the noun of the indicator for what it counts (listed under `english:` in data/units.yml, or added there), so that the figure reads as number + noun [rule 7]",
    ],
    "metric-unit-not-people": [
        "tests/fixtures/parity/metric-unit-not-people/en/page.md:14: AA-02: the English unit “organisations” does not count people, but the Chinese unit “名” does (tests/fixtures/parity/metric-unit-not-people/zh/page.md:14); expected one of people [rule 7]",
    ],
    "metric-unit-people-of-things": [
        "tests/fixtures/parity/metric-unit-people-of-things/en/page.md:13: AA-01: the English unit “people” counts people, but the Chinese unit “家” does not (tests/fixtures/parity/metric-unit-people-of-things/zh/page.md:13); expected the noun of what the indicator “Service stations” counts (listed under `english:` in data/units.yml, or added there) [rule 7]",
    ],
    "metric-unit-kind": [
        "tests/fixtures/parity/metric-unit-kind/en/page.md:13: AA-01: the unit “%” is for a percentage, not a count (tests/fixtures/parity/metric-unit-kind/zh/page.md:13); expected the same kind of unit in both languages [rule 13]",
    ],
    "metric-value": [
        "tests/fixtures/parity/metric-value/en/page.md:14: AA-02: the value 569,000 differs from the Chinese 59.6万 (tests/fixtures/parity/metric-value/zh/page.md:14); expected the same figure in both languages [rule 13]",
    ],
    "missing-page": [
        "tests/fixtures/parity/missing-page/zh/extra.md:1: there is no English page tests/fixtures/parity/missing-page/en/extra.md; expected the same page at the same path in both languages [rule 11]",
    ],
    "number-extra": [
        "tests/fixtures/parity/number-extra/en/page.md:7: the figure 12 is not in the Chinese text of tests/fixtures/parity/number-extra/zh/page.md; expected only the figures of the Chinese text [rule 14]",
    ],
    # A figure changed in words, its digits kept in brackets; a figure in Chinese numerals dropped.
    "number-in-words-changed": [
        "tests/fixtures/parity/number-in-words-changed/en/page.md:7: the figure seven is not in the Chinese text of tests/fixtures/parity/number-in-words-changed/zh/page.md; expected only the figures of the Chinese text [rule 14]",
    ],
    # The style sheet: a figure the Chinese writes in digits is in digits in English (an ordinal is a word).
    "number-in-words-for-digits": [
        "tests/fixtures/parity/number-in-words-for-digits/en/page.md:7: “five” is a number in words, but the Chinese text writes it in digits, 5 (tests/fixtures/parity/number-in-words-for-digits/zh/page.md:7); expected 5, in digits as in the Chinese [rule 14]",
    ],
    "number-in-words-missing": [
        "tests/fixtures/parity/number-in-words-missing/en/page.md:7: the figure “三轮” of the Chinese text (tests/fixtures/parity/number-in-words-missing/zh/page.md:7) has no counterpart in this page's English; expected the same number, in digits or in words [rule 14]",
    ],
    "number-missing": [
        "tests/fixtures/parity/number-missing/en/page.md:7: the figure 59.6万 of the Chinese text (tests/fixtures/parity/number-missing/zh/page.md:7) is not in the English text; expected it as 596,000 [rule 14]",
    ],
}


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_failure_type_gets_its_own_message_at_the_line_to_change(fresh_site, case):
    fresh_site.use_pages([PARITY / case / "zh", PARITY / case / "en"])
    fresh_site.use_data(glossary=PARITY / "glossary.yml")
    assert messages(check_translation(fresh_site, freshness=False)) == EXPECTED[case]


def test_a_heading_changed_on_the_chinese_page_only_is_said_there_in_chinese(fresh_site, monkeypatch):
    # the Chinese page differs from its last commit, the English does not: the Chinese edit is the cause
    fresh_site.use_pages([PARITY / "heading-id" / "zh", PARITY / "heading-id" / "en"])
    monkeypatch.setattr(Site, "committed", lambda self, page: "" if page.lang == "zh" else "\n".join(page.lines))
    assert messages(check_translation(fresh_site, freshness=False), "zh") == [
        "tests/fixtures/parity/heading-id/zh/page.md:9: 第 2 个标题是 2 级 #metrics，与英文页面同一个标题"
        "（tests/fixtures/parity/heading-id/en/page.md:9）的 2 级 #key-figures 不同，而英文页面没有改动：这是本页尚未提交的改动；"
        "应当改回 `## 主要指标 {#key-figures}`（确要这样改时，英文页面的标题也要一起改） [rule 12]"
    ]


def test_the_command_line_tool_checks_two_folders_and_says_what_it_found():
    case = PARITY / "metric-value"
    result = run_script(
        ROOT,
        "check_parity.py",
        "--lang",
        "en",
        "--glossary",
        str(PARITY / "glossary.yml"),
        str(case / "zh"),
        str(case / "en"),
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == EXPECTED["metric-value"]
    assert result.stderr.strip() == "1 problem(s) between the editions."
