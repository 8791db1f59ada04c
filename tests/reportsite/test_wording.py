"""Rule 15 across the English edition (reportsite/wording.py): a rendering
the glossary avoids, and a straight quotation mark or apostrophe, wherever
readers read English (page text, table cells, the description, the charts,
the glossary, mkdocs.en.yml), each with its exact message at the line to
change (tests/fixtures/wording/<case>/en)."""

import pytest

from conftest import FIXTURES, messages
from reportsite import glance, whole_report
from reportsite.data import load_glossary
from reportsite.glossary import glossary_markdown
from reportsite.wording import check_avoided, check_straight_quotes, check_wording, config_passages

WORDING = FIXTURES / "wording"
W = "tests/fixtures/wording"
CURLY = (
    "the English edition writes them curly (“ ” for a quotation, ‘ ’ for a quotation inside one, ’ for an apostrophe)"
)
ADMIN = (
    "is a rendering of “去“行政化”” that the glossary does not use; expected “eliminating administrative tendencies”"
)
FRONTS = "is a rendering of “三个排头兵” that the glossary does not use; expected “lead the way on all three fronts”"

EXPECTED = {
    "avoided-in-text": [
        f"{W}/avoided-in-text/en/page.md:7: “de-administrativisation” {ADMIN} as in {W}/glossary.yml:2 [rule 15]",
        f"{W}/avoided-in-text/en/page.md:9: “reducing administrative control” {ADMIN} as in {W}/glossary.yml:2 "
        "[rule 15]",
    ],
    # a case variant is matched exactly; of two overlapping entries, the longer one only
    "avoided-in-table": [
        f"{W}/avoided-in-table/en/page.md:13: “Eight-point Rules” is a rendering of “八项规定” that the glossary "
        f"does not use; expected “Eight-Point Rules” as in {W}/glossary.yml:7 [rule 15]",
        f"{W}/avoided-in-table/en/page.md:14: “three front-runners” {FRONTS} as in {W}/glossary.yml:12 [rule 15]",
    ],
    "avoided-in-description": [
        f"{W}/avoided-in-description/en/page.md:2: “three front-runners” {FRONTS} as in {W}/glossary.yml:12 [rule 15]",
    ],
    # the renderings and their forms, code, link addresses and curly marks are all as they should be
    "kept": [],
    "straight-apostrophe": [
        f"{W}/straight-apostrophe/en/page.md:7: the `'` in “such as “Workers' Pioneer”. Code” is a straight "
        f"quotation mark or apostrophe; expected `’`: {CURLY} [rule 15]",
    ],
    "straight-double-quote": [
        f'{W}/straight-double-quote/en/page.md:7: the `"` in “The "Spring Breeze” is a straight quotation mark or '
        f"apostrophe; expected `“`: {CURLY} [rule 15]",
        f'{W}/straight-double-quote/en/page.md:7: the `"` in “Breeze Campaign" has continued.” is a straight '
        f"quotation mark or apostrophe; expected `”`: {CURLY} [rule 15]",
        f'{W}/straight-double-quote/en/page.md:13: the `"` in “source reads "24场（次）"” is a straight quotation '
        f"mark or apostrophe; expected `“`: {CURLY} [rule 15]",
        f'{W}/straight-double-quote/en/page.md:13: the `"` in “reads "24场（次）"” is a straight quotation mark or '
        f"apostrophe; expected `”`: {CURLY} [rule 15]",
    ],
}


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_failure_type_on_a_page_gets_its_own_message_at_the_line_to_change(fresh_site, case):
    fresh_site.use_pages([WORDING / case / "en"])
    fresh_site.use_data(glossary=WORDING / "glossary.yml")
    assert messages(check_wording(fresh_site)) == EXPECTED[case]


def test_a_chart_title_is_english_that_readers_read(fresh_site):
    fresh_site.use_pages([WORDING / "kept" / "en"])
    fresh_site.use_data(glossary=WORDING / "glossary.yml", charts=WORDING / "charts.yml")
    assert messages(check_wording(fresh_site)) == [
        f"{W}/charts.yml:6: “three front-runners” {FRONTS} as in {W}/glossary.yml:12 [rule 15]"
    ]


def test_a_glossary_explanation_uses_the_other_terms_renderings(fresh_site):
    fresh_site.use_pages([WORDING / "kept" / "en"])
    fresh_site.use_data(glossary=WORDING / "glossary-explanation.yml")
    assert messages(check_wording(fresh_site)) == [
        f"{W}/glossary-explanation.yml:4: “de-administrativisation” {ADMIN} as in {W}/glossary-explanation.yml:6 "
        "[rule 15]"
    ]


def test_the_names_in_the_english_configuration_are_checked_not_its_settings():
    terms, glossary = load_glossary(WORDING / "glossary.yml")
    passages = list(config_passages(WORDING / "mkdocs.en.yml"))
    found = check_avoided(passages, terms, glossary) + check_straight_quotes(passages)
    # the search separator's straight quotes are a setting, not prose
    assert messages(found) == [
        f"{W}/mkdocs.en.yml:3: “De-administrativisation” {ADMIN} as in {W}/glossary.yml:2 [rule 15]",
        f"{W}/mkdocs.en.yml:11: the `'` in “the editors' guide” is a straight quotation mark or apostrophe; "
        f"expected `’`: {CURLY} [rule 15]",
    ]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (
            "avoided-in-description",
            f"{W}/avoided-in-description/en/page.md:2: “three front-runners”是术语表不用的“三个排头兵”译法；"
            f"应当按 {W}/glossary.yml:12 写作“lead the way on all three fronts” [rule 15]",
        ),
        (
            "straight-apostrophe",
            f"{W}/straight-apostrophe/en/page.md:7: “such as “Workers' Pioneer”. Code”中的 `'` 是直引号或直撇号；"
            "应当写作 `’`：英文版的引号和撇号一律用弯引号（引文用 “ ”，引文中的引文用 ‘ ’，撇号用 ’） [rule 15]",
        ),
    ],
)
def test_both_messages_read_the_same_in_chinese(fresh_site, case, expected):
    fresh_site.use_pages([WORDING / case / "en"])
    fresh_site.use_data(glossary=WORDING / "glossary.yml")
    assert messages(check_wording(fresh_site), "zh") == [expected]


def test_the_edition_itself_uses_one_rendering_per_term_and_curly_marks(real_site):
    assert messages(check_wording(real_site)) == []


def test_the_english_the_code_writes_for_readers_is_curly_too():
    """The figures strip, charts, citation and PDF cover words come from code, not from a checked file."""
    for labels in (glance.LABELS["en"], whole_report.LABELS["en"]):
        assert [text for text in labels.values() if "'" in text or '"' in text] == []


def test_a_renamed_glossary_entry_keeps_its_published_anchor(real_site):
    html = glossary_markdown(real_site.data.terms, "en", real_site.editions["en"].config.theme.custom_dir)
    assert '<dt id="term-de-bureaucratisation"><dfn>eliminating bureaucratic tendencies</dfn>' in html
    assert '<dt id="term-two-upholds"><dfn>Two Upholds</dfn>' in html  # by default, from the rendering
