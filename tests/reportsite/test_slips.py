"""Typing slips are said first and only: a new editor's mistake with an
input method, a merge or a note box is one message at its line, saying what
to type instead, in Chinese (English on request), and nothing else of the
whole site's checks follows from it. Each test breaks one real page or data
file the way an editor would and runs every check of the site."""

import pytest

from conftest import DATA, FIXTURES, messages
from reportsite import slips
from reportsite.checks import check_site
from reportsite.data import read_source
from reportsite.datafiles import check_word_list
from reportsite.diagnostics import errors_in
from reportsite.reading import Renderer, read_page
from reportsite.site import Site

GREEN = "work-advancement/green-development.md"
UNION = "political-building/union-political-building.md"
ROW = "| GD-02 | 职业技能大赛工种（项目） | 28 | 个 | |"


def with_page(site, tmp_path, rel, old, new, lang="zh"):
    """The site with one page edited, its path, and the line `new` begins on."""
    edition = site.editions[lang]
    text = (edition.docs_dir / rel).read_text(encoding="utf-8")
    assert old in text
    edited = text.replace(old, new, 1)
    path = tmp_path / rel.replace("/", "-")
    path.write_text(edited, encoding="utf-8")
    edition.readings[rel] = read_page(path, rel, lang, Renderer.from_config(edition.config), site.editorial)
    return path, edited[: edited.index(new)].count("\n") + 1


def errors(site, lang="zh"):
    return messages(errors_in(check_site(site)), lang)


def full_width(path, line, written, chars, fixed):
    """The one message of full-width marks `chars` in `written`, to be `fixed`, at `path`:`line`, in Chinese."""
    return (
        f"{path}:{line}: “{written}”里的 {chars} 是全角符号（中文输入法打出的），MkDocs 不认，"
        f"读者会看到这几个字；应当用半角符号写成 `{fixed}` [rule 18]"
    )


def test_full_width_braces_after_a_heading_are_one_message_with_the_ascii_braces(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, GREEN, "{#green-development}", "｛#green-development｝")
    assert errors(fresh_site) == [full_width(path, line, "｛#green-development｝", "｛、｝", "{#green-development}")]
    assert errors(fresh_site, "en") == [
        f"{path}:{line}: “｛#green-development｝” holds the full-width ｛, ｝ of a Chinese input method, which MkDocs "
        "does not read, so readers would see the marks as text; expected `{#green-development}`, in ASCII characters "
        "[rule 18]"
    ]


def test_one_full_width_brace_of_an_attribute_list_under_a_paragraph_is_named(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, "glossary.md", "{: .screen-only }", "｛: .screen-only }")
    assert errors(fresh_site) == [full_width(path, line, "｛: .screen-only }", "｛", "{: .screen-only }")]


def test_full_width_hashes_of_a_heading_are_one_message(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, GREEN, "## 主要指标", "＃＃ 主要指标")
    assert errors(fresh_site) == [
        full_width(path, line, "＃＃ 主要指标 {#metrics .editorial}", "＃", "## 主要指标 {#metrics .editorial}")
    ]


def test_a_note_box_opened_with_full_width_marks_or_curly_quotes_is_one_message(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, UNION, '!!! info "原版面配图说明"', "！！！ info “原版面配图说明”")
    assert errors(fresh_site) == [
        full_width(path, line, "！！！ info “原版面配图说明”", "！、“、”", '!!! info "原版面配图说明"')
    ]


def test_a_note_box_title_without_its_closing_quote_is_one_message_naming_the_quote(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, UNION, '!!! info "原版面配图说明"', '!!! info "原版面配图说明')
    assert errors(fresh_site) == [
        f'{path}:{line}: 说明框的开头“!!! info "原版面配图说明”里标题少了结尾的半角引号 `"`，MkDocs 不会把它当作说明框，'
        '读者会看到这一行文字，框里的文字也会变成代码；应当写成 `!!! info "原版面配图说明"` [rule 18]'
    ]


@pytest.mark.parametrize(
    "written",
    ["{#metrics .editorial", "{metrics .editorial}", "{#metrics. editorial}"],
    ids=["unclosed", "no-hash", "dot"],
)
def test_a_heading_attribute_list_written_wrong_is_one_message_with_it_right(fresh_site, tmp_path, written):
    path, line = with_page(fresh_site, tmp_path, GREEN, "{#metrics .editorial}", written)
    # not also the heading's words "not in the report", the English heading "deleted" or an attribute refused
    assert errors(fresh_site) == [
        f"{path}:{line}: 标题末尾的“{written}”写法不对（id 前要有 `#`，类名前要有 `.`，各项用空格隔开，最后用 `}}` 结束），"
        "MkDocs 会把它当作标题的文字，标题也就没有了 id 和类名；应当写成 `{#metrics .editorial}` [rule 18]"
    ]


def test_a_misspelt_note_box_type_is_one_message_listing_the_types(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, UNION, "!!! info", "!!! infoo")
    assert errors(fresh_site) == [
        f"{path}:{line}: 说明框的类型“infoo”不是主题认得的类型，读者会看到一个没有颜色和图标、以“infoo”为标题的框；"
        "类型应当是 note、info、tip、warning、danger、example、quote、abstract、success 之一，"
        '例如 `!!! info "原版面配图说明"` [rule 18]'
    ]
    assert "expected a type among note, info, tip" in errors(fresh_site, "en")[0]


def test_a_correction_not_closed_as_it_opens_is_one_message_with_its_ending(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, "political-building/theoretical-study.md", "听党话~~}", "听党话~}")
    assert errors(fresh_site) == [
        f"{path}:{line}: 校改“{{~~跟党走~>听党话~}}”没有按开头的写法结束：结尾的 `~}}` 应当是 `~~}}`，否则读者会看到这些符号；"
        "应当写成 `{~~跟党走~>听党话~~}` [rule 18]"
    ]


def test_a_footnote_mark_in_lenticular_brackets_is_one_message(fresh_site, tmp_path):
    page = "political-building/theoretical-study.md"
    path, line = with_page(fresh_site, tmp_path, page, "~~}[^c-tingdanghua]", "~~}【^c-tingdanghua】")
    assert errors(fresh_site) == [full_width(path, line, "【^c-tingdanghua】", "【、】", "[^c-tingdanghua]")]


STUDY = "political-building/theoretical-study.md"
STUDY_NOTE = "[^c-tingdanghua]: 原文作“坚定不移跟党走、跟党走”，前一“跟党走”重出，据通行提法“听党话、跟党走”校改。"


def test_a_correction_whose_footnote_is_deleted_is_one_message_at_its_mark(fresh_site, tmp_path):
    path, _ = with_page(fresh_site, tmp_path, STUDY, "\n" + STUDY_NOTE, "")
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if "{~~" in row)
    # not also "the correction has no footnote": its mark is there
    assert errors(fresh_site) == [
        f"{path}:{line}: 脚注标记 [^c-tingdanghua] 没有对应的脚注，读者会看到“[^c-tingdanghua]”这几个字；"
        "应当在页面末尾加一行 `[^c-tingdanghua]: 说明`，或者删去这个标记 [rule 18]"
    ]


def test_a_correction_whose_footnote_mark_is_deleted_is_one_message_naming_the_note(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, STUDY, "~~}[^c-tingdanghua]", "~~}")
    note = next(n for n, row in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if row == STUDY_NOTE)
    assert errors(fresh_site) == [
        f"{path}:{line}: 校改“跟党走”后面没有脚注标记，第 {note} 行的脚注 [^c-tingdanghua] 也就没有被引用；"
        "应当在校改后面紧跟着写上 `[^c-tingdanghua]` [rule 3]"
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_footnote_written_twice_is_one_message_at_the_second(fresh_site, tmp_path, lang):
    text = (fresh_site.editions[lang].docs_dir / STUDY).read_text(encoding="utf-8")
    path, line = with_page(fresh_site, tmp_path, STUDY, text, text + "\n[^c-tingdanghua]: 又一条。\n", lang)
    second = line + text.count("\n") + 1
    first = next(n for n, row in enumerate(text.split("\n"), 1) if row.startswith("[^c-tingdanghua]:"))
    assert errors(fresh_site, lang) == [
        f"{path}:{second}: 脚注 [^c-tingdanghua] 在第 {first} 行已经写过一次，读者只会看到其中一条；应当删去这一条，"
        "或者给它另起一个名字（并在正文中用这个新名字引用它） [rule 18]"
        if lang == "zh"
        else f"{path}:{second}: the footnote [^c-tingdanghua] is already written on line {first}, so readers see only "
        "one of the two; expected this one deleted, or given a name of its own (and the text referring to it by "
        "that name) [rule 18]"
    ]


@pytest.fixture
def committed(fresh_site, monkeypatch):
    """The real pages as the last commit has them: an edited page differs from it, so the editor changed it."""

    def text(site, page):
        return (fresh_site.editions[page.lang].docs_dir / page.rel).read_text(encoding="utf-8")

    monkeypatch.setattr(Site, "committed", text)


def test_a_note_box_added_to_the_chinese_page_asks_for_its_translation(fresh_site, tmp_path, committed):
    box = '!!! note "编者说明"\n\n    本节的数字均取自报告原文。\n\n'
    path, line = with_page(fresh_site, tmp_path, GREEN, "## 主要指标", box + "## 主要指标")
    english = f"docs/en/{GREEN}"
    heading = fresh_site.editions["en"].readings[GREEN].headings[1].line
    # not "delete the English heading": the new Chinese box is named, its translation asked for
    assert errors(fresh_site) == [
        f"{english}:{heading}: 中文页面此处有编者说明框（{path}:{line}），本页没有；两种语言的编者说明应当一一对应："
        "请在这里加上它的译文 [rule 21]"
    ]


def test_an_editors_heading_deleted_from_the_chinese_page_is_said_there(fresh_site, tmp_path, committed):
    path, _ = with_page(fresh_site, tmp_path, GREEN, "## 主要指标 {#metrics .editorial}\n\n", "")
    # where it stood: before the table that followed it
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if row.startswith("| 编号"))
    english = f"docs/en/{GREEN}"
    heading = fresh_site.editions["en"].readings[GREEN].headings[1].line
    assert errors(fresh_site) == [
        f"{path}:{line}: 英文页面的编者加的标题（{english}:{heading}）在本页没有对应：本页尚未提交的改动把它删去了；"
        f"应当在这里把它恢复（`git diff {path}` 显示删去的几行），确要删去时，英文页面的这一个也要一起删去 [rule 21]"
    ]


def test_a_heading_deleted_from_the_chinese_page_is_said_there(fresh_site, tmp_path, committed):
    path, _ = with_page(fresh_site, tmp_path, "index.md", "## 三个排头兵 {#pillars}\n\n", "")
    heading = next(h for h in fresh_site.editions["en"].readings["index.md"].headings if h.id == "pillars")
    [found] = errors(fresh_site)
    # not "the English page has one heading more": the Chinese edit is the cause
    assert found.startswith(
        f"{path}:{heading.line}: 英文页面的标题“{heading.text}”（#pillars，docs/en/index.md:{heading.line}）"
    )
    assert found.endswith("确要删去时，英文页面的这个标题也要一起删去 [rule 12]")


def test_a_heading_id_misspelt_on_the_chinese_page_is_said_there(fresh_site, tmp_path, committed):
    path, line = with_page(fresh_site, tmp_path, GREEN, "{#metrics", "{#metrcis")
    english = f"docs/en/{GREEN}"
    assert errors(fresh_site) == [
        f"{path}:{line}: 第 2 个标题是 2 级 #metrcis，与英文页面同一个标题（{english}:{line}）的 2 级 #metrics 不同，"
        "而英文页面没有改动：这是本页尚未提交的改动；应当改回 `## 主要指标 {#metrics .editorial}`"
        "（确要这样改时，英文页面的标题也要一起改） [rule 12]"
    ]


@pytest.mark.parametrize("level", ["###", "####"])
def test_a_chinese_heading_level_changed_is_said_on_the_chinese_page(fresh_site, tmp_path, committed, level):
    path, line = with_page(fresh_site, tmp_path, GREEN, "## 主要指标", f"{level} 主要指标")
    found = errors(fresh_site)
    assert len(found) == 1 and found[0].startswith(f"{path}:{line}: ")
    assert found[0].endswith("`## 主要指标 {#metrics .editorial}` [rule 12]")
    assert ("跳过了 2、3 级" in found[0]) == (level == "####")


def test_a_chinese_paragraph_deleted_is_one_message_where_it_was(fresh_site, tmp_path, committed):
    text = (fresh_site.editions["zh"].docs_dir / GREEN).read_text(encoding="utf-8")
    line, paragraph = next((n, row) for n, row in enumerate(text.split("\n"), 1) if row.startswith("**聚焦"))
    path, _ = with_page(fresh_site, tmp_path, GREEN, paragraph + "\n\n", "")
    # not its table's nine figures "not in the text", nor the English figures "not in the Chinese",
    # nor "it belongs after the sentence before it" on another page
    [found] = errors(fresh_site)
    assert found.startswith(f"{path}:{line}: 报告原文的这一段（data/source.txt:")
    assert found.endswith(
        f"上次提交时它在本页第 {line} 行，是尚未提交的改动删去了它；应当在这里把它逐字恢复"
        f"（`git diff {path}` 显示删去的几行） [rule 3]"
    )


def test_an_english_paragraph_deleted_is_one_message_where_it_belongs(fresh_site, tmp_path):
    text = (fresh_site.editions["en"].docs_dir / GREEN).read_text(encoding="utf-8")
    line, paragraph = next((n, row) for n, row in enumerate(text.split("\n"), 1) if row.startswith("**Focusing"))
    path, _ = with_page(fresh_site, tmp_path, GREEN, paragraph + "\n\n", "", "en")
    # not each of its figures and glossary terms missing
    assert errors(fresh_site) == [
        f"{path}:{line}: 中文页面的这一段（docs/zh/{GREEN}:{line}：“聚焦绿色发展样板城市建设。围绕实施“西宁蓝”等六大建设行动，…”）"
        "在本页没有译文；应当在这里加上这一段的英文 [rule 11]"
    ]


@pytest.mark.parametrize(
    ("new", "written", "name"),
    [
        ("全市1\u00a0300个单位", "1\u00a0300个", "不换行空格（U+00A0，看不出来的空格）"),
        ("全市1300 个单位", "1300 个", "空格"),
    ],
    ids=["no-break-space-inside", "space-after"],
)
def test_a_space_typed_in_a_figure_of_the_text_is_one_message_naming_it(fresh_site, tmp_path, new, written, name):
    path, line = with_page(fresh_site, tmp_path, GREEN, "全市1300个单位", new)
    # not silent (the text is compared without its spaces), nor the English's 1,300 "not in the Chinese"
    assert errors(fresh_site) == [
        f"{path}:{line}: “{written}”里的数字旁有一个{name}，报告原文没有，读者会看到数字被隔开；应当删去它，写成 `1300个` [rule 3]"
    ]


def test_a_misspelt_footnote_mark_after_a_correction_is_one_message(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, STUDY, "~~}[^c-tingdanghua]", "~~}[^c-tingdanghau]")
    # not also the correction "without a mark", nor its note "unused"
    assert errors(fresh_site) == [
        f"{path}:{line}: 脚注标记 [^c-tingdanghau] 没有对应的脚注，读者会看到“[^c-tingdanghau]”这几个字；"
        "应当在页面末尾有一行 `[^c-tingdanghau]: 说明`（已有的脚注是 [^c-tingdanghua]：标记和脚注的名字应当一字不差） [rule 18]"
    ]


def test_a_sentence_deleted_from_a_paragraph_is_one_difference_not_its_figures_missing(fresh_site, tmp_path):
    deleted = "开展劳模代表、西宁工匠进校园主题活动，组织《青山绿水、幸福西宁》专场演出，基层一线职工1200余人观看；"
    path, _ = with_page(fresh_site, tmp_path, GREEN, deleted, "")
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if row.startswith("**聚焦"))
    # not the table's GD-05 "not in the text", nor the English 1,200 "not in the Chinese";
    # and the report's words after it are not shown as inserted
    [found] = errors(fresh_site)
    assert found.startswith(f"{path}:{line}: 此处与原文（data/source.txt:")
    assert f"[-{deleted}-]深入开展“安康杯…；应当与原文逐字一致" in found


@pytest.mark.parametrize(
    ("written", "fixed", "chars"),
    [
        (
            "【思想根基】(political-building/theoretical-study.md)",
            "[思想根基](political-building/theoretical-study.md)",
            "【、】",
        ),
        (
            "[思想根基]（political-building/theoretical-study.md）",
            "[思想根基](political-building/theoretical-study.md)",
            "（、）",
        ),
    ],
    ids=["brackets", "parentheses"],
)
def test_a_link_written_with_full_width_brackets_is_one_message(fresh_site, tmp_path, written, fixed, chars):
    path, line = with_page(
        fresh_site, tmp_path, "index.md", "[思想根基](political-building/theoretical-study.md)", written
    )
    assert errors(fresh_site) == [full_width(path, line, written, chars, fixed)]


def test_a_footnote_mark_in_full_width_brackets_is_one_message_not_an_unused_footnote(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, UNION, "52余项[^c-order-52]", "52余项［^c-order-52］")
    assert errors(fresh_site) == [full_width(path, line, "［^c-order-52］", "［、］", "[^c-order-52]")]


def test_a_footnote_with_a_full_width_colon_is_one_message_not_a_missing_footnote(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, UNION, "[^c-order-52]: 原版面", "[^c-order-52]：原版面")
    assert errors(fresh_site) == [
        full_width(path, line, "[^c-order-52]：原版面中，“52余项，始…", "：", "[^c-order-52]: 原版面中，“52余项，始…")
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (f"{ROW}\n", "| GD-02 | 职业技能大赛工种\n（项目） | 28 | 个 | |\n"),
        (f"{ROW}\n", "| GD-02 | 职业技能大赛工种（项目） | 28 |\n个 | |\n"),
    ],
    ids=["in-a-cell", "between-cells"],
)
def test_a_table_row_broken_over_two_lines_is_one_message(fresh_site, tmp_path, old, new):
    path, line = with_page(fresh_site, tmp_path, GREEN, old, new)
    assert errors(fresh_site) == [
        f"{path}:{line}: 表格的这一行被换行拆成了两行（这一行和第 {line + 1} 行），读者会看到两行残缺的表格行；"
        f"应当把第 {line + 1} 行接到这一行的末尾，一行表格写在同一行里 [rule 4]"
    ]
    assert errors(fresh_site, "en") == [
        f"{path}:{line}: this table row is broken over two lines (this one and line {line + 1}), so readers would "
        f"see two broken rows; expected line {line + 1} joined to the end of this one: a table row stands on one "
        "line [rule 4]"
    ]


@pytest.mark.parametrize(
    ("old", "new", "spaces"),
    [
        (
            "\n    全市工会政治建设工作座谈会\n\n    原版面",
            "\n  全市工会政治建设工作座谈会\n\n  原版面",
            "只缩进了 2 个空格",
        ),
        ("\n\n    原版面", "\n\n  原版面", "只缩进了 2 个空格"),
        ("\n    全市工会", "\n\u3000\u3000全市工会", "用全角空格“　”缩进"),
    ],
    ids=["whole-box", "second-paragraph", "full-width-spaces"],
)
def test_a_note_box_line_indented_too_little_is_one_message_not_text_outside_the_report(
    fresh_site, tmp_path, old, new, spaces
):
    path, _ = with_page(fresh_site, tmp_path, UNION, old, new)
    edited = path.read_text(encoding="utf-8").split("\n")
    opening = next(n for n, row in enumerate(edited, 1) if row.startswith("!!! info"))
    line = next(n for n, row in enumerate(edited, 1) if n > opening and row.strip() and not row.startswith("    "))
    assert errors(fresh_site) == [
        f'{path}:{line}: 这一行是第 {opening} 行说明框“!!! info "原版面配图说明"”的内容，却{spaces}，会落到框外，'
        "读者会把它当作正文；说明框里的每一行应当缩进 4 个半角空格 [rule 18]"
    ]


def test_a_note_box_line_not_indented_at_all_is_said_to_need_its_indent(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, UNION, "    原版面在报告", "原版面在报告")
    opening = next(n for n, row in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if "!!! info" in row)
    # not "put editors' notes in a note box": it was in one; nor its English "missing"
    assert errors(fresh_site) == [
        f'{path}:{line}: 这一行紧跟在第 {opening} 行的说明框“!!! info "原版面配图说明"”之后，却没有缩进，落在了框外，'
        "读者会把它当作报告正文，而它不在报告原文中；它属于说明框时，应当缩进 4 个半角空格，与框里的其他行对齐 [rule 3]"
    ]


def test_a_note_box_indented_by_a_tab_is_in_the_box(fresh_site, tmp_path):
    with_page(fresh_site, tmp_path, UNION, "\n    全市工会", "\n\t全市工会")
    assert errors(fresh_site) == []


CONFLICT = "<<<<<<< HEAD\n{ours}=======\n{theirs}>>>>>>> issue-7\n"


def test_merge_conflict_markers_in_a_metric_table_are_one_message(fresh_site, tmp_path):
    conflict = CONFLICT.format(ours=f"{ROW}\n", theirs=f"{ROW.replace('28', '29')}\n")
    path, line = with_page(fresh_site, tmp_path, GREEN, f"{ROW}\n", conflict)
    assert errors(fresh_site) == [
        f"{path}:{line}: 从这一行到第 {line + 4} 行是 Git 合并冲突留下的两个版本，连同标记 `<<<<<<<`、`=======`、"
        "`>>>>>>>`；应当只保留两个版本中正确的一个，并删去这三行标记 [rule 1]"
    ]
    assert errors(fresh_site, "en") == [
        f"{path}:{line}: this line to line {line + 4} hold the two versions a Git merge conflict left, with its "
        "markers `<<<<<<<`, `=======` and `>>>>>>>`; expected the right one of the two versions kept and the three "
        "marker lines deleted [rule 1]"
    ]


def test_merge_conflict_markers_around_the_text_and_the_front_matter_are_one_message(fresh_site, tmp_path):
    conflict = CONFLICT.format(ours="---\ndescription: 甲\n", theirs="---\ndescription: 乙\n")
    path, line = with_page(fresh_site, tmp_path, GREEN, "---\ndescription", conflict + "description")
    assert [message.split(": ", 1)[0] for message in errors(fresh_site)] == [f"{path}:{line}"]


def test_a_marker_left_alone_after_a_conflict_is_resolved_is_named(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, GREEN, f"{ROW}\n", f"{ROW}\n>>>>>>> issue-7\n")
    assert errors(fresh_site) == [
        f"{path}:{line + 1}: 这一行是 Git 合并冲突留下的标记（`<<<<<<<`、`|||||||` 或 `>>>>>>>`）；"
        "应当只保留冲突两个版本中正确的一个，并删去冲突的每一行标记 [rule 1]"
    ]


def test_a_heading_underlined_with_equals_signs_is_no_conflict(fresh_site, tmp_path):
    with_page(fresh_site, tmp_path, "about.md", "\n\n", "\n\n编者说明\n=======\n\n")
    assert not [message for message in errors(fresh_site) if "合并冲突" in message]


def with_data(site, tmp_path, name, old, new):
    path = tmp_path / f"{name}.yml"
    text = (DATA / f"{name}.yml").read_text(encoding="utf-8")
    assert old in text
    edited = text.replace(old, new, 1)
    path.write_text(edited, encoding="utf-8")
    site.use_data(**{name: path})
    return path, edited[: edited.index(new)].count("\n") + 1


def test_merge_conflict_markers_in_a_data_file_are_one_message(fresh_site, tmp_path):
    old = "  - id: spring-breeze\n"
    conflict = CONFLICT.format(ours=old, theirs="  - id: spring-wind\n")
    path, line = with_data(fresh_site, tmp_path, "charts", old, conflict)
    assert errors(fresh_site) == [
        f"{path}:{line}: 从这一行到第 {line + 4} 行是 Git 合并冲突留下的两个版本，连同标记 `<<<<<<<`、`=======`、"
        "`>>>>>>>`；应当只保留两个版本中正确的一个，并删去这三行标记 [rule 20]"
    ]


def test_a_data_file_line_indented_by_full_width_spaces_is_named(fresh_site, tmp_path):
    path, line = with_data(fresh_site, tmp_path, "charts", "    kind: bar\n", "\u3000\u3000kind: bar\n")
    assert errors(fresh_site) == [
        f"{path}:{line}: 这一行用全角空格“　”缩进，YAML 只认半角空格，会读不懂这一行；应当改用半角空格缩进，"
        "与同一层的行对齐 [rule 20]"
    ]


def test_an_english_page_has_the_same_slips_in_english(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, GREEN, "## Key figures", "＃＃ Key figures", lang="en")
    [message] = errors(fresh_site, "en")
    assert message.startswith(f"{path}:{line}: “＃＃ Key figures") and "expected `## Key figures" in message


@pytest.mark.parametrize(
    ("old", "new", "chars", "fixed"),
    [
        ("驰而不息纠正", "驰而不息｛++坚决++｝纠正", "｛、｝", "{++坚决++}"),
        ("驰而不息纠正", "驰而不息{～～纠正～＞改正～～}", "～、＞", "{~~纠正~>改正~~}"),
    ],
    ids=["braces", "tildes"],
)
def test_a_correction_typed_with_full_width_marks_is_one_message(fresh_site, tmp_path, old, new, chars, fixed):
    path, line = with_page(fresh_site, tmp_path, UNION, old, new)
    written = new.removeprefix("驰而不息").removesuffix("纠正")
    assert errors(fresh_site) == [full_width(path, line, written, chars, fixed)]


def test_bold_typed_with_full_width_asterisks_is_one_message(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, UNION, "**加强工会系统政治建设。**", "＊＊加强工会系统政治建设。＊＊")
    assert errors(fresh_site) == [
        full_width(path, line, "＊＊加强工会系统政治建设。＊＊", "＊", "**加强工会系统政治建设。**")
    ]


def test_a_list_item_marked_with_a_full_width_dash_is_one_message(fresh_site, tmp_path):
    path, line = with_page(
        fresh_site, tmp_path, "index.md", "-   **[争当群团系统改革的排头兵]", "－   **[争当群团系统改革的排头兵]"
    )
    assert errors(fresh_site) == [
        full_width(path, line, "－   **[争当群团系统改革的排头兵]…", "－", "-   **[争当群团系统改革的排头兵]…")
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "28个工种",
            "2８个工种",
            "“2８个工种”里的 ８ 是全角的数字或符号（中文输入法打出的），与报告原文的数字不同，读者会看到全角的数字；"
            "应当用半角写成 `28个工种` [rule 3]",
        ),
        (
            "| 28 | 个 |",
            "| ２８ | 个 |",
            "“２８”里的 ２、８ 是全角的数字或符号（中文输入法打出的），表格里的数值和单位一律用半角，与正文和报告原文一致；"
            "应当用半角写成 `28` [rule 6]",
        ),
    ],
    ids=["in-the-text", "in-a-value-cell"],
)
def test_full_width_digits_are_one_message_at_their_line_not_a_difference_from_the_report(
    fresh_site, tmp_path, old, new, message
):
    path, line = with_page(fresh_site, tmp_path, GREEN, old, new)
    assert errors(fresh_site) == [f"{path}:{line}: {message}"]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "建制率达到95.6%",
            "建制率达到95.6％",
            "“95.6％”里的 ％ 是全角的数字或符号（中文输入法打出的），与报告原文的数字不同，读者会看到全角的数字；"
            "应当用半角写成 `95.6%` [rule 3]",
        ),
        (
            "| 95.6 | % |",
            "| 95.6 | ％ |",
            "“％”里的 ％ 是全角的数字或符号（中文输入法打出的），表格里的数值和单位一律用半角，与正文和报告原文一致；"
            "应当用半角写成 `%` [rule 7]",
        ),
    ],
    ids=["in-the-text", "as-a-unit"],
)
def test_a_full_width_percent_sign_is_one_message_not_a_difference_or_an_unknown_unit(
    fresh_site, tmp_path, old, new, message
):
    path, line = with_page(fresh_site, tmp_path, "work-advancement/social-harmony.md", old, new)
    assert errors(fresh_site) == [f"{path}:{line}: {message}"]


def test_full_width_digits_in_a_description_are_one_message_at_its_line(fresh_site, tmp_path):
    path, _ = with_page(fresh_site, tmp_path, GREEN, "description: ", "description: ２８个工种，")
    assert errors(fresh_site) == [
        f"{path}:2: “２８个工种”里的 ２、８ 是全角的数字或符号（中文输入法打出的），页面摘要中的数字一律用半角数字，"
        "读者会在搜索结果和分享的链接中看到全角的数字；应当用半角写成 `28个工种` [rule 2]"
    ]


def test_full_width_digits_on_an_english_page_are_said_in_english(fresh_site, tmp_path):
    path, line = with_page(fresh_site, tmp_path, GREEN, "28 ", "2８ ", lang="en")
    [message] = errors(fresh_site, "en")
    assert message.startswith(f"{path}:{line}: “2８") and "holds the full-width ８ of a Chinese input method" in message
    assert message.endswith("in ASCII characters [rule 14]")


def test_a_deleted_footnote_is_one_message_naming_no_other_footnote(fresh_site, tmp_path):
    text = (fresh_site.editions["zh"].docs_dir / UNION).read_text(encoding="utf-8")
    note = next(row for row in text.split("\n") if row.startswith("[^c-order-52]:"))
    path, _ = with_page(fresh_site, tmp_path, UNION, note + "\n", "")
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if "[^c-order-52]" in row)
    # the English page's footnote is not also said to have no Chinese counterpart
    assert errors(fresh_site) == [
        f"{path}:{line}: 脚注标记 [^c-order-52] 没有对应的脚注，读者会看到“[^c-order-52]”这几个字；"
        "应当在页面末尾加一行 `[^c-order-52]: 说明`，或者删去这个标记 [rule 18]"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "**加强工会系统政治建设（一）：**召开座谈会。",
        "见[职工（项目）：说明](work-advancement/index.md)。",
        "驰而不息{~~（项目）~>（项）~~}[^c1]纠正。",
        '!!! info "关于“安康杯”竞赛"',
        '!!! info "“安康杯”竞赛"',
        "## 主要指标（二）——说明 {#metrics .editorial}",
        "——“四风”问题，【典型案例】（二）",
        "＃话题＃之外",
        "| 编号 | 指标（项目）：说明 | 数值 | 单位 | 说明 |",
        "<<<<<< 六个不是冲突",
    ],
)
def test_chinese_punctuation_in_the_words_marked_is_no_slip(line):
    assert slips.page_slips("page.md", [line], 3) == []


def test_the_real_pages_have_no_slips(real_site):
    for edition in real_site.editions.values():
        for reading in edition.readings.values():
            assert slips.page_slips(reading.display, reading.lines, 1) == [], reading.display


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("| 编号 | 指标 | 数值 | 单位 | 说明 |", "｜ 编号 ｜ 指标 ｜ 数值 ｜ 单位 ｜ 说明 ｜"),
        ("| --- | --- | --- | --- | --- |", "｜ --- ｜ --- ｜ --- ｜ --- ｜ --- ｜"),
    ],
    ids=["header", "separator"],
)
def test_a_table_header_with_full_width_bars_is_one_message_at_its_line(fresh_site, tmp_path, old, new):
    path, line = with_page(fresh_site, tmp_path, GREEN, old, new)
    assert errors(fresh_site) == [full_width(path, line, new, "｜", old)]


def test_a_front_matter_opened_with_full_width_dashes_is_one_message(fresh_site, tmp_path):
    path, _ = with_page(fresh_site, tmp_path, GREEN, "---\ndescription", "－－－\ndescription")
    assert errors(fresh_site) == [full_width(path, 1, "－－－", "－", "---")]


def test_an_emptied_page_is_one_message_not_what_is_missing_from_it(fresh_site, tmp_path):
    text = (fresh_site.editions["zh"].docs_dir / GREEN).read_text(encoding="utf-8")
    path, _ = with_page(fresh_site, tmp_path, GREEN, text, "\n")
    assert errors(fresh_site) == [
        f"{path}:1: 这个页面是空的，读者会看到一个空白页；应当写上页面的标题和正文（内容是误删的，用 `git checkout -- {path}` "
        "恢复）；不再需要这一页时，把它连同另一种语言的页面和导航中的一项一起删除 [rule 11]"
    ]


def test_an_english_row_deleted_is_one_message_not_also_a_charts_unit(fresh_site, tmp_path):
    rel = "work-advancement/hardship-relief.md"
    text = (fresh_site.editions["en"].docs_dir / rel).read_text(encoding="utf-8")
    row = next(line for line in text.split("\n") if line.startswith("| HR-04 |"))
    path, _ = with_page(fresh_site, tmp_path, rel, row + "\n", "", lang="en")
    [message] = errors(fresh_site, "en")
    assert message.startswith(f"{path}:") and "HR-04" in message and message.endswith("[rule 13]")


def with_conflict(tmp_path, name, number):
    """A copy of data/`name` with a merge conflict around its line `number`."""
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    line = lines[number - 1]
    lines[number - 1 : number] = ["<<<<<<< HEAD", line, "=======", line + "改", ">>>>>>> issue-7"]
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_merge_conflict_markers_in_the_reports_text_are_one_message(fresh_site, tmp_path):
    path = with_conflict(tmp_path, "source.txt", 39)
    source, problems = read_source(path)
    assert source is None
    fresh_site.data.source, fresh_site.data.problems = None, problems
    assert errors(fresh_site) == [
        f"{path}:39: 从这一行到第 43 行是 Git 合并冲突留下的两个版本，连同标记 `<<<<<<<`、`=======`、`>>>>>>>`；"
        "应当只保留两个版本中正确的一个，并删去这三行标记 [rule 3]"
    ]


def test_merge_conflict_markers_in_a_word_list_are_one_message(tmp_path):
    path = with_conflict(tmp_path, "jieba_userdict.txt", 2)
    assert [(p.line, p.key) for p in check_word_list(path)] == [(2, "merge_conflict")]


def test_a_note_box_title_closed_with_a_curly_quote_is_named():
    [found] = slips.page_slips("page.md", ['!!! info "原版面配图说明”'], 11)
    assert found.render("zh") == full_width(
        "page.md", 11, '!!! info "原版面配图说明”', "”", '!!! info "原版面配图说明"'
    )


# One page per slip (tests/fixtures/slips/zh): the line, message and rule it is said at.
SLIPS = FIXTURES / "slips" / "zh"
EXPECTED = {
    "attribute-list.md": (4, "markdown_fullwidth", "18"),
    "bold.md": (3, "markdown_fullwidth", "18"),
    "bold-unpaired.md": (3, "bold_unpaired", "18"),
    "conflict-marker.md": (4, "merge_conflict_marker", "1"),
    "conflict.md": (3, "merge_conflict", "1"),
    "correction-not-closed.md": (3, "correction_not_closed", "18"),
    "correction-unclosed.md": (3, "correction_unclosed", "18"),
    "correction-braces.md": (3, "markdown_fullwidth", "18"),
    "empty.md": (1, "page_empty", "11"),
    "figure-digits.md": (3, "figure_fullwidth", "3"),
    "figure-space.md": (3, "figure_space", "3"),
    "footnote-colon.md": (5, "markdown_fullwidth", "18"),
    "footnote-colon-space.md": (5, "footnote_colon_space", "18"),
    "footnote-mark.md": (3, "markdown_fullwidth", "18"),
    "footnote-mark-lenticular.md": (3, "markdown_fullwidth", "18"),
    "front-matter-dashes.md": (1, "markdown_fullwidth", "18"),
    "heading-attributes.md": (5, "heading_attributes", "18"),
    "heading-braces.md": (1, "markdown_fullwidth", "18"),
    "heading-hashes.md": (3, "markdown_fullwidth", "18"),
    "link-brackets.md": (3, "markdown_fullwidth", "18"),
    "link-parentheses.md": (3, "markdown_fullwidth", "18"),
    "list-mark.md": (3, "markdown_fullwidth", "18"),
    "note-fullwidth-indent.md": (5, "admonition_indent", "18"),
    "note-indent.md": (5, "admonition_indent", "18"),
    "note-marks.md": (3, "markdown_fullwidth", "18"),
    "note-quotes.md": (3, "markdown_fullwidth", "18"),
    "note-title-quote.md": (3, "admonition_title_quotes", "18"),
    "note-type.md": (3, "admonition_type_unknown", "18"),
    "split-row.md": (7, "table_row_split", "4"),
    "table-header.md": (5, "markdown_fullwidth", "18"),
}


def test_every_slip_fixture_is_listed():
    assert sorted(path.name for path in SLIPS.glob("*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_slip_is_one_message_at_its_line_and_the_page_waits_for_it(real_site, name):
    reading = read_page(SLIPS / name, name, "zh", Renderer.from_config(real_site.editions["zh"].config))
    assert reading.unread
    assert [(p.line, p.key, p.rule) for p in reading.problems] == [EXPECTED[name]]
