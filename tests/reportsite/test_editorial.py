"""Rule 21: on a report page, editorial means visibly editorial. The
renderer labels every editorial block "编者注" / "Editors’ note", so it can
neither be forgotten nor disguised as report text; each has its counterpart
in the other edition; a button names the page it opens."""

import lxml.html
import markdown
import pytest

from conftest import messages
from reportsite.checks import check_translation
from reportsite.editorial import EditorialLabels
from reportsite.editorial_checks import check_buttons, check_editorial_parity
from reportsite.reading import Renderer

PAGE = """# 样例 {#sample}

全市共建立群团服务站103家[^c1]。

## 主要指标 {#metrics .editorial}

这一段加了类名，看起来仍是报告原文。
{: .editorial }

!!! info "原版面配图说明"

    座谈会

??? note "说明"

    可以展开的说明。

<div class="grid cards" markdown>

-   卡片

</div>

[^c1]: 原文作“…”，据文意校改。
"""


def rendered(site, text: str, lang: str = "zh", active: bool = True):
    renderer = Renderer.from_config(site.editions[lang].config)
    labels = EditorialLabels(lang, site.options.editorial_classes)
    labels.active = active
    html = markdown.Markdown(extensions=[*renderer.extensions, labels], extension_configs=renderer.configs).convert(
        text
    )
    return lxml.html.fragment_fromstring(html, create_parent="div")


def labels_of(root):
    return [
        (mark.getparent().tag, mark.getparent().get("class") or "", mark.text)
        for mark in root.xpath("//*[@class='editorial-mark']")
    ]


def test_every_editorial_block_of_a_report_page_shows_the_label(real_site):
    root = rendered(real_site, PAGE)
    assert labels_of(root) == [
        ("h2", "editorial", "编者注"),
        ("p", "admonition-title", "编者注"),
        ("summary", "", "编者注"),
        ("p", "editorial-label", "编者注"),  # the cards
        ("p", "editorial-label", "编者注"),  # the footnotes, under their rule
    ]
    assert root.xpath("//div[@class='footnote']/*")[1].get("class") == "editorial-label"


def test_a_paragraph_with_an_editorial_class_is_not_labelled_it_reads_as_the_report(real_site):
    root = rendered(real_site, PAGE)
    paragraph = root.xpath("//p[contains(., '看起来仍是报告原文')]")[0]
    assert paragraph.find("span") is None


def test_the_label_keeps_out_of_the_table_of_contents_and_search(real_site):
    root = rendered(real_site, PAGE)
    heading = root.xpath("//h2[@id='metrics']")[0]
    assert heading.get("data-toc-label") is None  # taken by the toc extension: the toc names the heading alone
    assert heading.xpath("span")[0].get("data-search-exclude") == ""
    renderer = Renderer.from_config(real_site.editions["zh"].config)
    labels = EditorialLabels("zh", real_site.options.editorial_classes)
    labels.active = True
    md = markdown.Markdown(extensions=[*renderer.extensions, labels], extension_configs=renderer.configs)
    md.convert(PAGE)
    assert [item["name"] for item in md.toc_tokens[0]["children"]] == ["主要指标"]


def test_the_english_label(real_site):
    root = rendered(real_site, '# Sample {#sample}\n\n!!! info "Photograph caption"\n\n    A meeting\n', "en")
    assert labels_of(root) == [("p", "admonition-title", "Editors’ note")]


def test_an_editorial_page_is_the_editors_throughout_and_carries_no_labels(real_site):
    assert labels_of(rendered(real_site, PAGE, active=False)) == []


# --- parity and buttons --------------------------------------------------------------------


def pair(fresh_site, tmp_path, zh: str, en: str):
    for lang, text in (("zh", zh), ("en", en)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "page.md").write_text(text, encoding="utf-8")
    fresh_site.use_pages([tmp_path / "zh", tmp_path / "en"])
    return fresh_site.editions["zh"].readings["page.md"], fresh_site.editions["en"].readings["page.md"]


NOTE_ZH = '---\ndescription: 样例\n---\n\n# 样例 {#sample}\n\n正文。\n\n!!! info "说明"\n\n    编者的说明。\n'
NOTE_EN = '---\ndescription: Sample\n---\n\n# Sample {#sample}\n\nText.\n\n!!! info "Note"\n\n    The note.\n'
PLAIN_EN = "---\ndescription: Sample\n---\n\n# Sample {#sample}\n\nText.\n"


def test_an_editors_note_in_one_edition_only_is_named_where_the_other_lacks_it(fresh_site, tmp_path):
    zh, en = pair(fresh_site, tmp_path, NOTE_ZH, PLAIN_EN)
    assert messages(check_editorial_parity(zh, en), "zh") == [
        f"{en.display}:7: 中文页面此处有编者说明框（{zh.display}:9），本页没有；两种语言的编者说明应当一一对应：请在这里加上它的译文 [rule 21]"
    ]


def test_an_editors_note_in_the_english_edition_only_is_named_too(fresh_site, tmp_path):
    zh, en = pair(fresh_site, tmp_path, NOTE_ZH.split("!!!")[0], NOTE_EN)
    assert messages(check_editorial_parity(zh, en), "en") == [
        f"{en.display}:9: this editors' note box has no counterpart on the Chinese page {zh.display}; expected the same "
        "editorial blocks in both languages: add it to the Chinese page first, or remove it [rule 21]"
    ]


def test_notes_in_both_editions_pass(fresh_site, tmp_path):
    zh, en = pair(fresh_site, tmp_path, NOTE_ZH, NOTE_EN)
    assert check_editorial_parity(zh, en) == []


def test_a_button_in_the_chinese_edition_only_is_named(fresh_site, tmp_path):
    button = "\n[立足新起点](closing.md){ .md-button }\n"
    zh, en = pair(fresh_site, tmp_path, NOTE_ZH + button, NOTE_EN)
    [problem] = check_editorial_parity(zh, en)
    assert problem.key == "button_missing_en"
    assert "中文页面的按钮“立足新起点”（closing.md，" in problem.render("zh")


def test_a_button_says_the_title_of_the_page_it_opens_never_a_claim(real_site, fresh_site, tmp_path):
    zh, _ = pair(
        fresh_site, tmp_path, NOTE_ZH + "\n[全国排名第一](closing.md){ .md-button .md-button--primary }\n", NOTE_EN
    )
    titles = {rel: r.headings[0].text for rel, r in real_site.editions["zh"].readings.items()}
    assert messages(check_buttons(zh, titles), "zh") == [
        f"{zh.display}:13: 按钮上写的是“全国排名第一”，而它打开的页面标题是“立足新起点”；按钮是网站的导航，应当写它打开的页面的标题“立足新起点” [rule 21]"
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_real_buttons_name_their_pages(real_site, lang):
    edition = real_site.editions[lang]
    titles = {rel: r.headings[0].text for rel, r in edition.readings.items() if r.headings}
    assert [p for r in edition.readings.values() for p in check_buttons(r, titles)] == []
    assert sum(link.button for r in edition.readings.values() for link in r.links) >= 2


def test_a_button_to_another_host_is_no_navigation(real_site, fresh_site, tmp_path):
    button = "\n[编辑说明](https://github.com/xining-ftu/report-site/../../evil/x/raw/main/a){ .md-button .md-button--primary }\n"
    zh, _ = pair(fresh_site, tmp_path, NOTE_ZH + button, NOTE_EN)
    titles = {rel: r.headings[0].text for rel, r in real_site.editions["zh"].readings.items()}
    [problem] = check_buttons(zh, titles)
    assert problem.key == "button_not_a_page"
    assert "按钮是网站的导航，只能打开本站的页面" in problem.render("zh")


def test_an_editors_heading_in_one_edition_only_is_one_message(fresh_site, tmp_path):
    heading = "\n## 编者按 {#editors-note .editorial}\n\n编者的话。\n"
    zh, en = pair(fresh_site, tmp_path, NOTE_ZH + heading, NOTE_EN)
    assert messages(check_translation(fresh_site, freshness=False), "en") == [
        f"{en.display}:11: the Chinese page has the editors' heading here ({zh.display}:13) that this page lacks; "
        "expected the same editorial blocks in both languages: add its translation here [rule 21]"
    ]


def test_a_button_to_a_page_that_does_not_exist_is_the_broken_links_message_alone(real_site, fresh_site, tmp_path):
    # a renamed page: MkDocs' warning (rule 18) names the link at its line; rule 21 adds nothing
    button = "\n[立足新起点](closed.md){ .md-button .md-button--primary }\n"
    zh, _ = pair(fresh_site, tmp_path, NOTE_ZH + button, NOTE_EN)
    titles = {rel: r.headings[0].text for rel, r in real_site.editions["zh"].readings.items()}
    assert check_buttons(zh, titles) == []


def test_a_footnote_in_one_edition_only_is_named_at_the_paragraph_that_lacks_its_mark(fresh_site, tmp_path):
    zh_text = (
        "---\ndescription: 样例\n---\n\n# 样例 {#sample}\n\n第一段。\n\n第二段有校改[^c1]。\n\n"
        "| 编号 | 指标 | 数值 | 单位 | 说明 |\n| --- | --- | --- | --- | --- |\n\n[^c1]: 原文作“…”，据文意校改。\n"
    )
    en_text = "---\ndescription: Sample\n---\n\n# Sample {#sample}\n\nThe first.\n\nThe second.\n"
    zh, en = pair(fresh_site, tmp_path, zh_text, en_text)
    [found] = check_editorial_parity(zh, en)
    assert (found.key, found.line) == ("footnote_missing_en", 9)  # the second paragraph, not the page's end
    assert "`[^c1]`" in found.render("zh") and "`[^c1]: …`" in found.render("zh")
