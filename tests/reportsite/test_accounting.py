"""Rule 22 before the build: every figure of the editors' text (editorial
blocks and pages, hover text, the glossary, the charts' titles) is a figure
of the report, bound to its row (the same value and unit), the report's own
words, or declared in data/editorial_figures.yml. One fixture per way of
slipping a figure past the checks (tests/fixtures/accounting), each with its
message at its line."""

from decimal import Decimal

import pytest

from conftest import FIXTURES, messages
from reportsite.accounting import check_accounted, written_figures
from reportsite.reading import read_page
from reportsite.site import Site

ACCOUNTING = FIXTURES / "accounting"


def with_pages(site: Site, *pages: tuple[str, str]) -> Site:
    """The real site, with the fixture `name` added to an edition as the page `rel`."""
    for name, rel in pages:
        lang = "en" if name.startswith("en/") else "zh"
        edition = site.editions[lang]
        from reportsite.reading import Renderer

        reading = read_page(ACCOUNTING / f"{name}.md", rel, lang, Renderer.from_config(edition.config), site.editorial)
        edition.readings[rel] = reading
    return site


def accounted(site: Site, lang: str = "zh") -> list[str]:
    return messages(check_accounted(site), lang)


def test_the_real_site_accounts_for_every_figure_of_its_editors(real_site):
    assert check_accounted(real_site) == []


def test_an_editors_note_with_another_figure_than_the_reports_is_refused(fresh_site):
    with_pages(fresh_site, ("zh/note-with-another-figure", "sample.md"))
    assert accounted(fresh_site) == [
        "tests/fixtures/accounting/zh/note-with-another-figure.md:9: 编者文字中的数字 3.8万人 找不到出处"
        "（“据统计，职工医疗互助参保人数为3.8万人。”）：没有哪一行指标是这个数值和单位，报告原文里也没有；"
        "编者文字中的数字应当是报告中的数字，确实需要时在 data/editorial_figures.yml 中声明它，写明理由和来源 [rule 22]"
    ]


def test_a_note_that_gives_the_reports_own_figure_and_a_declared_date_passes(fresh_site):
    with_pages(fresh_site, ("zh/note-with-the-reports-figure", "sample.md"))
    assert accounted(fresh_site) == []


def test_a_card_with_a_figure_in_numerals_is_refused_too(fresh_site):
    with_pages(fresh_site, ("zh/cards-with-a-figure", "sample.md"))
    [problem] = check_accounted(fresh_site)
    assert (problem.line, dict(problem.params)["figures"]) == (9, ("五百家",))


def test_a_table_of_invented_figures_on_an_editorial_page_is_one_message(fresh_site):
    with_pages(fresh_site, ("zh/about", "about.md"))
    table, hover = sorted(check_accounted(fresh_site), key=lambda p: p.line)
    assert table.line == 9
    assert dict(table.params)["figures"] == ("12万人", "300家", "13万人", "310家", "14万人", "… (6)")
    assert "编者文字中的数字 12万人、300家、13万人、310家、14万人、… (6) 找不到出处" in table.render("zh")
    assert (hover.line, dict(hover.params)["figures"]) == (13, ("12万人",))


def test_an_english_figure_counting_something_else_than_its_row_is_refused(fresh_site):
    with_pages(fresh_site, ("zh/note-with-another-unit", "sample.md"), ("en/note-with-another-unit", "sample.md"))
    assert accounted(fresh_site, "en") == [
        "tests/fixtures/accounting/en/note-with-another-unit.md:9: the figure(s) 37,827 companies in the editors' "
        "text (“37,827 companies took part.”) are accounted for nowhere: no metric row has this value and unit, and "
        "the report does not give it; expected only the report's figures in editorial text, or, where one is "
        "needed, the figure declared in data/editorial_figures.yml with its reason and source [rule 22]"
    ]


def test_a_glossary_explanation_with_an_invented_figure_is_refused_at_its_line(fresh_site, tmp_path):
    glossary = tmp_path / "glossary.yml"
    text = (fresh_site.data.folder / "glossary.yml").read_text(encoding="utf-8")
    old = "工会、共青团、妇联三家群团组织的合称"
    assert old in text
    glossary.write_text(text.replace(old, old + "，共有会员80万人"), encoding="utf-8")
    fresh_site.use_data(glossary=glossary)
    [problem] = check_accounted(fresh_site)
    line = next(n for n, row in enumerate(text.split("\n"), 1) if old in row)
    assert (problem.path, problem.line, dict(problem.params)["figures"]) == (str(glossary), line, ("80万人",))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("共建立群团服务站103家，其中59.6万人", "zh", [("103", "家"), ("59.6万", "人")]),
        ("三个排头兵、四项改革、一个编号、从零起、第十九次", "zh", [("三", "个"), ("四", "项"), ("十九", None)]),
        ("编号 DB-01，地址 https://a.example/2019/，文件 data/metrics.csv", "zh", []),
        (
            "more than 20,000 people; 5 rounds; the 40th anniversary",
            "en",
            [("20,000", "people"), ("5", "rounds"), ("40", None)],
        ),
        (
            "three hundred and fifty stations, one of the Five-Four",
            "en",
            [("three hundred and fifty", "stations"), ("Five", None), ("Four", None)],
        ),
        ("The source reads “2万余人（次）”", "en", [("2万余", "人（次）")]),
    ],
)
def test_figures_are_read_as_readers_read_them(real_site, text, lang, expected):
    found = written_figures(text, lang, real_site.data.units)
    assert [(figure.text, figure.unit) for figure in found] == expected


def test_more_than_is_part_of_a_figure(real_site):
    [zh] = written_figures("多于52项", "zh", real_site.data.units)
    [en] = written_figures("more than 450 people", "en", real_site.data.units)
    assert (zh.number, zh.approx, en.number, en.approx) == (Decimal(52), True, Decimal(450), True)


@pytest.mark.parametrize(
    ("note", "figures"),
    [
        ("据市总工会核实，参保人数实为3820人。", ("3820人",)),  # HR-04's figure, said of another indicator
        ("据核实，惠及十二万职工，满意度达百分之九十五。", ("十二万", "百分之九十五%")),
        ("参保叁万柒仟捌佰柒拾贰人。", ("叁万柒仟捌佰柒拾贰人",)),
        ("据核实，参保 fifty thousand people。", ("fifty thousand",)),
    ],
    ids=["another-indicator", "numerals", "capital-numerals", "english-words"],
)
def test_a_figure_the_editors_give_in_any_form_is_accounted_for_or_refused(fresh_site, tmp_path, note, figures):
    page = tmp_path / "zh" / "sample.md"
    page.parent.mkdir()
    page.write_text(f'---\ndescription: 样例\n---\n\n# 样例 {{#sample}}\n\n!!! info "说明"\n\n    {note}\n', "utf-8")
    original = dict(fresh_site.editions["zh"].readings)
    fresh_site.use_pages([page.parent])
    fresh_site.editions["zh"].readings = {**original, **fresh_site.editions["zh"].readings}
    [problem] = check_accounted(fresh_site)
    assert (problem.line, dict(problem.params)["figures"]) == (9, figures)


def test_the_reports_own_figure_said_of_its_own_indicator_passes(fresh_site, tmp_path):
    page = tmp_path / "zh" / "sample.md"
    page.parent.mkdir()
    note = "据核实，为3820人提供了创业服务。"  # HR-04: 提供创业服务 3820人
    page.write_text(f'---\ndescription: 样例\n---\n\n# 样例 {{#sample}}\n\n!!! info "说明"\n\n    {note}\n', "utf-8")
    original = dict(fresh_site.editions["zh"].readings)
    fresh_site.use_pages([page.parent])
    fresh_site.editions["zh"].readings = {**original, **fresh_site.editions["zh"].readings}
    assert check_accounted(fresh_site) == []


def test_a_rows_figure_said_of_no_indicator_asks_for_its_words_not_a_declaration(fresh_site):
    # 37827人 is HR-09's value and unit; the note does not say it is the number of people insured
    with_pages(fresh_site, ("zh/note-with-a-rows-figure-unnamed", "sample.md"))
    assert accounted(fresh_site) == [
        "tests/fixtures/accounting/zh/note-with-a-rows-figure-unnamed.md:9: 编者文字中的数字 37827人 与指标 HR-09 "
        "同值同单位，但这句话没有说出是哪项指标（“另据核实，这一数字应为37827人。”）；应当在数字旁写出这项指标的说法"
        "（指标表“指标”一栏中的词）或它的编号 [rule 22]"
    ]
