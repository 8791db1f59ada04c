"""The figures at a glance (data/key_figures.yml, data/charts.yml): each
mistake in either file is one message at its line, in both languages, with
its rule; and what the generated blocks say is what the metric tables say."""

import re

import pytest

from conftest import FIXTURES, messages, run_script
from reportsite.checks import check_site
from reportsite.figures import check_figures, drawable_charts, edition_figures
from reportsite.glance import Glance

FIGURES = FIXTURES / "figures"
FILE = "tests/fixtures/figures/{}.yml"

# One fixture per failure type: (fixture, data file it replaces, the message).
CASES = [
    (
        "key-figures-unknown-code",
        "key_figures",
        "{file}:2: HR-90 is the code of no row of a metric table; expected the code of a row on one of the pages, "
        "e.g. HR-10 [rule 20]",
    ),
    (
        "key-figures-too-few",
        "key_figures",
        '{file}:2: “home”: “["SH-03", "SH-09", "GD-03", "HR-09"]” does not follow the format; expected 5 to 8 '
        "different metric codes, e.g. [SH-03, HR-09, DF-01, GD-03, DB-01] [rule 20]",
    ),
    (
        "charts-unknown-code",
        "charts",
        "{file}:6: HR-66 is the code of no row of a metric table; expected the code of a row on one of the pages, "
        "e.g. HR-06 [rule 20]",
    ),
    (
        "charts-kind-wrong",
        "charts",
        "{file}:8: the chart rates is a chart of rates (`kind: rates`), but HR-04 is a count; expected only "
        "percentages in such a chart [rule 20]",
    ),
    (
        "charts-units-differ",
        "charts",
        "{file}:8: in the chart mixed, HR-08 is in “employers” (a count) but HR-04 in “people” (a count); expected one "
        "unit and one kind for all the figures of a chart [rule 20]",
    ),
    (
        "charts-part-exceeds-whole",
        "charts",
        "{file}:8: in the chart households-checked, the part HR-01 (6317) is more than its whole HR-02 (4172); "
        "expected a part no larger than its whole [rule 20]",
    ),
    (
        "charts-whole-approx",
        "charts",
        "{file}:6: the whole HR-07 of the chart legal-aid is approximate (450余), so no share of it can be drawn; "
        "expected an exact whole [rule 20]",
    ),
    (
        "charts-id-duplicate",
        "charts",
        "{file}:7: the chart id rates is already the id of the chart at line 3; expected an id of its own for each "
        "chart [rule 20]",
    ),
    (
        "charts-whole-on-bar",
        "charts",
        "{file}:6: “charts”, item 1, “whole”: “HR-01” does not follow the format; expected no whole: only part charts have one "
        "[rule 20]",
    ),
    (
        "charts-part-without-whole",
        "charts",
        "{file}:3: “charts”, item 1: whole is missing; expected it to be given [rule 20]",
    ),
]


def test_every_fixture_is_a_case():
    assert sorted(path.stem for path in FIGURES.glob("*.yml")) == sorted(name for name, _, _ in CASES)


@pytest.mark.parametrize(("name", "option", "expected"), CASES, ids=[case[0] for case in CASES])
def test_a_mistake_in_the_figures_files_is_one_message_at_its_line(fresh_site, name, option, expected):
    fresh_site.use_data(**{option: FIGURES / f"{name}.yml"})
    problems = fresh_site.data.problems + check_figures(fresh_site)
    assert messages(problems) == [expected.format(file=FILE.format(name))]


def test_the_site_checks_report_it_in_chinese_too_and_draw_only_the_good_charts(fresh_site):
    fresh_site.use_data(charts=FIGURES / "charts-units-differ.yml")
    errors = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert messages(errors, "zh") == [
        # in the Chinese unit words (the English ones are the English page's, said in the English message)
        "tests/fixtures/figures/charts-units-differ.yml:8: 图表 mixed 中 HR-08 的单位是“家”（计数），"
        "HR-04 的却是“人”（计数）；同一图表的数字应当单位和类型都相同 [rule 20]"
    ]
    assert drawable_charts(fresh_site) == []


def test_the_real_files_are_clean_and_every_chart_is_drawn(real_site):
    assert check_figures(real_site) == []
    assert [chart.id for chart in drawable_charts(real_site)] == [chart.id for chart in real_site.data.charts]


def test_check_site_says_what_is_wrong_in_a_data_file_without_a_traceback(repo):
    charts = repo / "data" / "charts.yml"
    charts.write_text(charts.read_text(encoding="utf-8").replace("HR-07]", "HR-70]"), encoding="utf-8")
    result = run_script(repo, "check_site.py", "--lang", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    line = next(n for n, text in enumerate(charts.read_text(encoding="utf-8").splitlines(), 1) if "HR-70" in text)
    assert f"data/charts.yml:{line}: HR-70 is the code of no row of a metric table" in result.stdout


# --- what the generated blocks say ----------------------------------------------------------


def glance(site, lang):
    config = {
        "issuer": "ISSUER",
        "title": "TITLE",
        "dates_from": "DATES",
        "public_url": "https://example.org/",
        "accessed": "DATE",
    }
    return Glance.of(site, lang, config)


def link(rel, anchor):
    return f"/{rel}#{anchor}"


def test_the_home_block_stands_right_after_the_title_and_before_the_report_text(real_site):
    markdown = "# The title {#report}\n\nThe report's first paragraph.\n"
    result = glance(real_site, "en").home_markdown(markdown, link)
    title, rest = result.split("\n", 1)
    assert title == "# The title {#report}"
    assert rest.index('class="report-intro"') < rest.index("key-strip") < rest.index("The report's first paragraph.")
    # the issuer is the report's; only the date, the editors' inference, is marked
    assert '<p class="report-intro__issuer">Issued by: ISSUER</p>' in rest
    assert '<p class="report-intro__date"><span class="editorial-mark">Editors’ note</span> DATES</p>' in rest


def test_the_strip_shows_each_chosen_figure_with_its_unit_and_more_than(real_site):
    html = glance(real_site, "en").home_html(link)
    figures = re.findall(r'href="/([^"]+)#([a-z]{2,3}-\d{2})"', html)
    chosen = [coded.code for coded in real_site.data.key_figures.home]
    assert [anchor.upper() for _, anchor in figures] == chosen
    assert '<span class="key-strip__more-than">more than</span> <span class="key-strip__number">100,000</span> ' in html
    zh = glance(real_site, "zh").home_html(link)
    assert '<span class="key-strip__number">10万余</span> <span class="key-strip__unit">名</span>' in zh


def test_the_key_figures_page_lists_every_figure_once_in_reading_order(real_site):
    for lang in ("zh", "en"):
        page = glance(real_site, lang).key_figures_markdown("key-figures.md", link)
        codes = re.findall(r'class="metric-anchor" href="/[^"]+#([a-z]{2,3}-\d{2})"', page)
        assert [code.upper() for code in codes] == list(edition_figures(real_site, lang)), lang
        assert "## [" in page and "(work-advancement/hardship-relief.md) {#hardship-relief}" in page


def bars(html):
    """(label, shown value, bar width in %) of each row of a chart."""
    rows = re.findall(
        r'<a href="[^"]*">([^<]+)</a></th><td><span class="chart__value">([^<]+)</span>.*?width:([\d.]+)%', html
    )
    return [(label, value, float(width)) for label, value, width in rows]


def test_bars_start_at_zero_and_are_drawn_to_scale(real_site):
    charts = {chart.id: chart for chart in real_site.data.charts}
    view = glance(real_site, "en")
    assert bars(view.chart_html(charts["spring-breeze"], link)) == [
        ("People given business start-up services", "3,820 people", 100.0),
        ("People taking part in vocational skills training", "3,692 people", 96.6),
        ("People placed in jobs elsewhere through organised labour transfer", "403 people", 10.5),
        ("People given labour rights protection and legal aid", "more than 450 people", 11.8),
    ]
    rates = bars(view.chart_html(charts["factory-affairs"], link))
    assert [width for _, _, width in rates] == [95.6, 94.6]  # from 0 to 100 %, not from the smallest
    part = bars(view.chart_html(charts["households-checked"], link))
    assert [width for _, _, width in part] == [100.0, 66.0]  # 4,172 of 6,317


def test_a_more_than_value_is_marked_on_its_bar_and_explained(real_site):
    chart = next(chart for chart in real_site.data.charts if chart.id == "spring-breeze")
    for lang, words in (("zh", "带“余”的数字指多于该数"), ("en", "“More than”: the bar is drawn to the figure given")):
        html = glance(real_site, lang).chart_html(chart, link)
        assert html.count("chart__bar--more") == 1 and words in html


def test_the_citation_example_cites_a_real_figure_with_its_full_address(real_site):
    html = glance(real_site, "zh").citation_html()
    assert "指标 HR-09“职工医疗互助参保人数”：37827人。" in html
    assert "<code>https://example.org/work-advancement/hardship-relief/#hr-09</code>（访问日期：DATE）。" in html


def test_the_citation_example_cites_a_page_by_its_full_address_edition_and_date_of_access(real_site):
    """A researcher cannot cite "this site" and a relative path."""
    html = glance(real_site, "en").citation_html()
    assert (
        "<p>For example, to cite a page (the date of access is the day you consulted it):</p>\n"
        '<blockquote class="citation-example"><p>ISSUER, <cite>TITLE</cite>, the site’s English edition, '
        "“Pressing ahead on all fronts to lift workers in difficulty out of hardship”, translation by this site, "
        "<code>https://example.org/work-advancement/hardship-relief/</code> (accessed DATE).</p></blockquote>"
    ) in html
    assert "translation by this site, <code>https://example.org/work-advancement/hardship-relief/#hr-09</code>" in html


def test_the_citation_sets_the_title_as_each_language_does(real_site):
    assert "ISSUER：《TITLE》，网站中文版，“" in glance(real_site, "zh").citation_html()
    assert "ISSUER, <cite>TITLE</cite>, the site’s English edition, “" in glance(real_site, "en").citation_html()


def test_a_chart_of_the_wrong_kind_is_said_in_chinese_words(fresh_site):
    fresh_site.use_data(charts=FIGURES / "charts-kind-wrong.yml")
    errors = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert messages(errors, "zh") == [
        "tests/fixtures/figures/charts-kind-wrong.yml:8: 图表 rates 是比率图（`kind: rates`），HR-04 却是计数；"
        "这种图表应当只用百分比的数字 [rule 20]"
    ]
