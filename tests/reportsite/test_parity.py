"""The parity checks between the editions: a fixture per failure type
(tests/fixtures/parity/<case>/zh and /en), each with its exact message."""

import pytest

from conftest import run_script
from reportsite.paths import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "parity"
F = "tests/fixtures/parity"

EXPECTED = {
    "missing-page": [
        f"{F}/missing-page/zh/extra.md:1: there is no English page {F}/missing-page/en/extra.md; "
        "expected the same page at the same path in both languages [rule 11]"
    ],
    "heading-level": [
        f"{F}/heading-level/en/page.md:9: heading 2 is level 3 #metrics, but the Chinese heading is level 2 #metrics "
        f"({F}/heading-level/zh/page.md:9); expected the same level and id [rule 12]"
    ],
    "heading-id": [
        f"{F}/heading-id/en/page.md:9: heading 2 is level 2 #key-figures, but the Chinese heading is level 2 #metrics "
        f"({F}/heading-id/zh/page.md:9); expected the same level and id [rule 12]"
    ],
    "heading-count": [
        f"{F}/heading-count/en/page.md:5: this page has 1 headings, the Chinese page 2; "
        "expected the same headings in both languages [rule 12]"
    ],
    "heading-without-id": [
        f"{F}/heading-without-id/en/page.md:5: the heading “Sample page” has no explicit id; expected `{{#some-id}}` "
        "at its end, the same in both languages, so that links to it work in both [rule 12]"
    ],
    "metric-missing": [
        f"{F}/metric-missing/en/page.md:1: AA-02 ({F}/metric-missing/zh/page.md:14) is missing from this page's "
        "metric table; expected a row for every metric of the Chinese page [rule 13]"
    ],
    "metric-value": [
        f"{F}/metric-value/en/page.md:14: AA-02: the value 569,000 differs from the Chinese 59.6万 "
        f"({F}/metric-value/zh/page.md:14); expected the same figure in both languages [rule 13]"
    ],
    "metric-approx": [
        f"{F}/metric-approx/en/page.md:13: AA-01: the value 103+ should be written without “+” "
        f"({F}/metric-approx/zh/page.md:13); expected the same figure in both languages [rule 13]"
    ],
    "metric-unit-kind": [
        f"{F}/metric-unit-kind/en/page.md:13: AA-01: the unit “%” is a percent, not a count "
        f"({F}/metric-unit-kind/zh/page.md:13); expected the same kind of unit in both languages [rule 13]"
    ],
    "metric-extra": [
        f"{F}/metric-extra/en/page.md:15: AA-03 is not in the metric tables of the Chinese page "
        f"{F}/metric-extra/zh/page.md; expected only the Chinese page's metrics [rule 13]"
    ],
    "number-missing": [
        f"{F}/number-missing/zh/page.md:7: the figure 59.6万 is not in the English text of "
        f"{F}/number-missing/en/page.md; expected it there as 596,000 [rule 14]"
    ],
    "number-extra": [
        f"{F}/number-extra/en/page.md:7: the figure 12 is not in the Chinese text of {F}/number-extra/zh/page.md; "
        "expected only the figures of the Chinese text [rule 14]"
    ],
    "glossary-term": [
        f"{F}/glossary-term/en/page.md:5: the Chinese page uses “两个维护” ({F}/glossary-term/zh/page.md:7), but this "
        f"page never writes its glossary rendering “Two Upholds”; expected “Two Upholds” as in {F}/glossary.yml:2 "
        "[rule 15]"
    ],
}


def check(case):
    folder = FIXTURES / case
    return run_script(
        ROOT, "check_parity.py", "--glossary", str(FIXTURES / "glossary.yml"), str(folder / "zh"), str(folder / "en")
    )


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_failure_type_gets_its_own_message(case):
    result = check(case)
    assert result.returncode == 1
    assert result.stdout.splitlines() == EXPECTED[case]


def test_editions_in_step_pass():
    result = check("in-step")
    assert (result.returncode, result.stdout) == (0, "")


def test_the_real_editions_are_in_step():
    result = run_script(ROOT, "check_parity.py")
    assert result.returncode == 0, result.stdout
