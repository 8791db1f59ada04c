"""One reading of a page: the checks see a metric table exactly where the
built page shows one, whatever Markdown put it there, and report the rows
the built page does not show. One fixture per Markdown variant
(tests/fixtures/reading/zh), each built by MkDocs with the site's plugin."""

import codecs
import re

import lxml.html
import pytest
import yaml
from mkdocs.commands.build import build

from conftest import CONFIG, FIXTURES
from reportsite.checks import check_front_matter, check_front_matter_words
from reportsite.config import load_edition
from reportsite.reading import Renderer, read_page, yaml_problem

READING = FIXTURES / "reading" / "zh"
# Rows that are in the source but that the built page does not show as rows.
UNSEEN = {
    "fence-backticks.md": {"AH-02"},
    "fence-tildes.md": {"AI-02"},
    "nested-fences.md": {"AJ-02", "AJ-03"},
    "comment.md": {"AK-02"},
    "tab-indented.md": {"AL-02"},
    "broken-table.md": {"AM-02"},
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixtures, built by MkDocs as the site is (plugin included)."""
    site_dir = tmp_path_factory.mktemp("reading-site")
    settings = {"docs_dir": str(READING), "strict": False, "nav": sorted(p.name for p in READING.glob("*.md"))}
    config, problems = load_edition(
        CONFIG, site_dir=site_dir, settings=settings, check=False, check_output=False, linked_editions=["zh"]
    )
    assert problems == []
    build(config)
    return site_dir


@pytest.fixture(scope="module")
def readings(fresh_site_module):
    return {rel: reading for rel, reading in fresh_site_module.editions["zh"].readings.items()}


@pytest.fixture(scope="module")
def fresh_site_module(real_site):
    site = real_site.fork()
    site.use_pages([READING])
    return site


def shown_rows(built, name):
    page = built / name.removesuffix(".md") / "index.html"
    return {row.get("id").upper() for row in lxml.html.parse(str(page)).getroot().xpath("//tr[@id]")}


@pytest.mark.parametrize("name", sorted(p.name for p in READING.glob("*.md")))
def test_the_checks_read_the_metric_rows_the_built_page_shows(built, fresh_site_module, readings, name):
    checked = {metric.code for metric in fresh_site_module.metrics(readings[name]).metrics}
    assert checked == shown_rows(built, name)


@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_rows_the_built_page_does_not_show_are_reported_once(built, fresh_site_module, readings, name):
    problems = fresh_site_module.metrics(readings[name]).problems
    html = (built / name.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
    unseen = {code for code in UNSEEN[name] if not lxml.html.fromstring(html).xpath(f"//tr[@id='{code.lower()}']")}
    assert unseen == UNSEEN[name]
    assert len(problems) == 1 and problems[0].rule == "4"
    assert set(dict(problems[0].params)["code"]) == UNSEEN[name]


def test_every_row_like_line_of_the_fixtures_is_either_checked_or_reported(fresh_site_module, readings):
    for name, reading in readings.items():
        in_source = set(re.findall(r"\b[A-Z]{2}-\d{2}\b", "\n".join(reading.lines)))
        checked = {metric.code for metric in fresh_site_module.metrics(reading).metrics}
        assert in_source == checked | UNSEEN.get(name, set()), name


def test_lines_point_at_the_source(readings):
    reading = readings["admonition.md"]
    [table] = reading.tables
    assert (table.line, table.rows[0].line) == (7, 9)
    assert [(h.level, h.id, h.line) for h in reading.headings] == [(1, "admonition", 1)]


def test_bom_crlf_and_tabs_read_as_plain_utf8_and_the_file_is_never_written(tmp_path, real_site):
    source = (READING / "plain.md").read_text(encoding="utf-8").replace("| 103 |", "|\t103\t|")
    data = codecs.BOM_UTF8 + source.replace("\n", "\r\n").encode()
    path = tmp_path / "page.md"
    path.write_bytes(data)
    renderer = Renderer.from_config(real_site.editions["zh"].config)
    reading = read_page(path, "page.md", "zh", renderer)
    assert reading.problems == [] and reading.tables[0].rows[0].cells[2] == "103"
    assert path.read_bytes() == data


def test_a_paragraph_that_opens_with_its_headings_words_stands_at_its_own_line(tmp_path, real_site):
    # as every section page: the heading, then a paragraph whose bold lead repeats it
    path = tmp_path / "page.md"
    path.write_text("# 全力推进解困脱困 {#relief}\n\n**全力推进解困脱困。**在档困难职工6317名。\n", encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    assert [(block.tag, block.line) for block in reading.blocks] == [("h1", 1), ("p", 3)]


@pytest.mark.parametrize(
    "text", ["", "\n\n", "---\ndescription: 摘要\n---\n\n"], ids=["empty", "blank", "front-matter"]
)
def test_an_empty_page_is_one_message_and_the_other_checks_leave_it_alone(tmp_path, real_site, text):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    assert reading.unread
    assert [p.render("zh") for p in reading.problems] == [
        f"{path}:1: 这个页面是空的，读者会看到一个空白页；应当写上页面的标题和正文（内容是误删的，用 `git checkout -- {path}` "
        "恢复）；不再需要这一页时，把它连同另一种语言的页面和导航中的一项一起删除 [rule 11]"
    ]


@pytest.mark.parametrize(
    "entry",
    ['  - figure： "5677"\n    reason: 工作法的名称\n', '  - {figure： "5677", reason: 工作法的名称}\n'],
    ids=["block", "flow"],
)
def test_a_full_width_colon_after_a_key_of_a_list_item_is_named_at_its_line(tmp_path, real_site, entry):
    path = tmp_path / "page.md"
    path.write_text(f"---\nnot_metrics:\n{entry}---\n\n# 标题 {{#t}}\n", encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    assert [(p.line, p.rule, p.key) for p in reading.problems] == [(3, "2", "front_matter_fullwidth_colon")]


def test_a_full_width_colon_in_the_front_matter_is_named_at_its_line(tmp_path, real_site):
    path = tmp_path / "page.md"
    path.write_text("---\nsearch:\n  boost: 2\ndescription： 本节摘要\n---\n\n# 标题 {#t}\n", encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    assert [(p.line, p.rule, p.key) for p in reading.problems] == [(4, "2", "front_matter_fullwidth_colon")]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("a:\n\tb: 1\n", 2, "用了制表符（Tab）缩进，YAML 只认空格"),
        ("a: 1\nb\nc: 2\n", 2, "这一行缺少“键: 值”的冒号"),
        ("a: 'x\nb: 2\nc: 3\n", 1, "引号没有闭合"),
        ("a: [1, 2\nb: 3\n", 1, "方括号 [ ] 没有闭合"),
        ("a:\n  - 1\n - 2\n", 3, "缩进和上下行不一致"),
    ],
)
def test_a_yaml_mistake_is_said_in_the_editors_words_at_the_line_it_begins(text, line, reason):
    with pytest.raises(yaml.YAMLError) as raised:
        yaml.safe_load(text)
    found = yaml_problem("f.yml", raised.value, 1, "2")
    assert (found.line, found.message("zh")) == (
        line,
        f"不是合法的 YAML（{reason}）；应当是 `键: 值` 形式的行，缩进一致，冒号后有空格",
    )


def test_a_front_matter_value_of_the_wrong_type_is_said_in_words(tmp_path, real_site):
    path = tmp_path / "page.md"
    path.write_text("---\ndescription: 摘要\nhide: sidebar\n---\n\n# 标题 {#t}\n", encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    [found] = check_front_matter(reading)
    assert (found.line, found.message("zh")) == (
        3,
        "页首信息“hide”应当是列表（如 [toc] 或每行以 - 开头），现在是“sidebar”",
    )
    assert (
        found.message("en")
        == "the front matter value of “hide” is “sidebar”; expected a list (e.g. [toc], or lines starting with -)"
    )


def test_a_description_longer_than_a_search_result_shows_is_refused_at_its_line(tmp_path, real_site):
    path = tmp_path / "page.md"
    path.write_text(f"---\nhide: [toc]\ndescription: {'摘' * 161}\n---\n\n# 标题 {{#t}}\n", encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    [found] = check_front_matter(reading)
    assert (found.line, found.rule, found.key) == (3, "2", "front_matter_too_long")
    assert found.message("en").startswith("the front matter value of “description” has 161 characters")
    assert "应当缩短到 160 个字符以内" in found.message("zh")
    path.write_text(f"---\ndescription: {'摘' * 160}\n---\n\n# 标题 {{#t}}\n", encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    assert check_front_matter(reading) == []


def test_a_front_matter_title_other_than_the_pages_heading_is_refused(tmp_path, real_site):
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: 工会已于今年解散\n---\n\n# 全力推进解困脱困 {#relief}\n", encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    [found] = check_front_matter_words(reading)
    assert (found.line, found.rule, found.key) == (2, "2", "front_matter_title_not_heading")


def test_a_figure_of_the_description_that_the_page_does_not_give_is_refused(tmp_path, real_site):
    path = tmp_path / "page.md"
    text = "---\ndescription: 在档困难职工9999名。\n---\n\n# 解困脱困 {#relief}\n\n在档困难职工6317名。\n"
    path.write_text(text, encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    [found] = check_front_matter_words(reading)
    assert (found.line, found.key, found.message("en")) == (
        2,
        "front_matter_description_figure",
        "the figure 9999 of the front matter's description is not in the page's text; expected a summary of the "
        "page, its figures as the text gives them",
    )


@pytest.mark.parametrize(
    ("character", "named"),
    [
        ("\u200b", "U+200B（零宽空格）"),
        ("\u202e", "U+202E"),
        ("\u00ad", "U+00AD"),
    ],
)
def test_an_invisible_character_is_one_message_at_its_line_in_chinese(tmp_path, real_site, character, named):
    path = tmp_path / "page.md"
    path.write_text(f"# 标题 {{#title}}\n\n在档困难职工63{character}17名。\n", encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    [message] = [problem.render("zh") for problem in reading.problems]
    assert message.startswith(f"{path}:3: 这一行有一个看不见的字符 {named}") and message.endswith("[rule 1]")


def test_a_special_digit_is_refused_as_a_figure_the_checks_would_not_read(tmp_path, real_site):
    path = tmp_path / "page.md"
    path.write_text("# 标题 {#title}\n\n共有⑤个。\n", encoding="utf-8")
    reading = read_page(path, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    [message] = [problem.render("zh") for problem in reading.problems]
    assert message.startswith(f"{path}:3: 这一行的“⑤”（U+2464，") and "普通的数字 0–9" in message


def test_a_file_that_cannot_be_read_says_why_in_chinese(tmp_path, real_site):
    folder = tmp_path / "page.md"
    folder.mkdir()  # a folder where the page should be
    reading = read_page(folder, "page.md", "zh", Renderer.from_config(real_site.editions["zh"].config))
    assert [p.render("zh") for p in reading.problems] == [
        f"{folder}:1: 无法读取文件（这是一个文件夹，不是文件）；应当是可读的普通文件 [rule 1]"
    ]
    assert (
        reading.problems[0].render("en")
        == f"{folder}:1: the file cannot be read (Is a directory); expected a readable file [rule 1]"
    )
