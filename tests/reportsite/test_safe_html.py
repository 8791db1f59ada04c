"""Rule 19: pages render plain, safe HTML. One fixture per kind of unsafe
input (tests/fixtures/safe_html/zh), each with its exact message; the
check reads the rendered page, so raw HTML, attribute lists and Markdown
links are all caught. The ways around what readers see (a hiding class,
text on hover, a fake permalink or footnote mark the checks would skip, a
link to a program or another host) each have theirs, in the editor's
language (EXPECTED_ZH)."""

import pytest

from conftest import FIXTURES, messages
from reportsite.safe_html import check_safe_html

SAFE_HTML = FIXTURES / "safe_html" / "zh"

EXPECTED = {
    "attribute-list-handler": [
        "tests/fixtures/safe_html/zh/attribute-list-handler.md:8: onmouseover on <p> runs script and is not allowed; expected no script on a page [rule 19]",
    ],
    "clashing-id": [
        "tests/fixtures/safe_html/zh/clashing-id.md:7: the id “__search” on <span> is not allowed (it could clash with the site's own elements); expected a simple name starting with a letter or digit [rule 19]",
    ],
    "comment": [
        "tests/fixtures/safe_html/zh/comment.md:9: an HTML comment hides text from readers: “这段话读者看不到”; expected no hidden text: delete it, or make it a visible editorial note [rule 19]",
    ],
    "data-link": [
        "tests/fixtures/safe_html/zh/data-link.md:7: the address “data:text/html,<script>alert(1)</script>” on <a> is not allowed (javascript:, data: and the like run script or embed content); expected a page of the site or an https:// link [rule 19]",
    ],
    "event-handler": [
        "tests/fixtures/safe_html/zh/event-handler.md:7: onclick on <span> runs script and is not allowed; expected no script on a page [rule 19]",
    ],
    "form": [
        "tests/fixtures/safe_html/zh/form.md:7: the HTML element <form> is not allowed on a page (it could run script, load outside content or change the page); expected Markdown, or only these inline elements: br, sup, sub, abbr, span, small, kbd, mark, q, cite, dfn, time, wbr [rule 19]",
    ],
    "good": [],
    "iframe": [
        "tests/fixtures/safe_html/zh/iframe.md:7: the HTML element <iframe> is not allowed on a page (it could run script, load outside content or change the page); expected Markdown, or only these inline elements: br, sup, sub, abbr, span, small, kbd, mark, q, cite, dfn, time, wbr [rule 19]",
    ],
    "javascript-link": [
        "tests/fixtures/safe_html/zh/javascript-link.md:7: the address “javascript:alert(1)” on <a> is not allowed (javascript:, data: and the like run script or embed content); expected a page of the site or an https:// link [rule 19]",
    ],
    "outside-image": [
        "tests/fixtures/safe_html/zh/outside-image.md:7: <img> loads “https://example.com/a.png” from outside the site, which is not allowed; expected a file of the site (in docs/), never another host [rule 19]",
    ],
    "outside-image-backslash": [
        "tests/fixtures/safe_html/zh/outside-image-backslash.md:7: <img> loads “/\\evil.example/x.png” from outside the site, which is not allowed; expected a file of the site (in docs/), never another host [rule 19]",
    ],
    "script": [
        "tests/fixtures/safe_html/zh/script.md:9: the HTML element <script> is not allowed on a page (it could run script, load outside content or change the page); expected Markdown, or only these inline elements: br, sup, sub, abbr, span, small, kbd, mark, q, cite, dfn, time, wbr [rule 19]",
    ],
    "style": [
        "tests/fixtures/safe_html/zh/style.md:7: the attribute style is not allowed on <p>; expected only class, id, lang, title [rule 19]",
    ],
}


EXPECTED_ZH = {
    "archive-link": [
        "tests/fixtures/safe_html/zh/archive-link.md:7: <a> 链接到一个程序或压缩包“https://github.com/xining-ftu/report-site/archive/main.zip”，不允许使用；页面只能链接网页、PDF 和数据文件，不能让读者下载程序 [rule 19]",
    ],
    "direction": [
        "tests/fixtures/safe_html/zh/direction.md:7: <span> 上不允许使用属性 dir；允许的属性是 class、id、lang、title [rule 19]",
    ],
    "dot-segments": [
        "tests/fixtures/safe_html/zh/dot-segments.md:7: <a> 链接到其他网站的地址“https://github.com/xining-ftu/report-site/../../evil-org/tool/releases/download/v1/tool”，而网站配置中没有声明它；应当链接站内页面，或者链接已声明的地址（https://github.com/xining-ftu/report-site；在 mkdocs.yml 的 `reportsite` 插件选项 `outside_links` 中声明） [rule 19]",
    ],
    "image-on-report-page": [
        'tests/fixtures/safe_html/zh/image-on-report-page.md:7: 报告页面上的图片“座谈会现场”不是报告原文，读者却可能当作原文；图片应当放在带“编者注”标签的说明框中（`!!! info "标题"` 下缩进四个空格写图片） [rule 19]',
    ],
    "image-without-alt": [
        "tests/fixtures/safe_html/zh/image-without-alt.md:7: 这张图片没有说明文字；应当写成 ![图片所示的内容](图片文件)，方括号中写明图片上有什么 [rule 19]",
    ],
    "mail-link": [
        "tests/fixtures/safe_html/zh/mail-link.md:7: <a> 链接到其他网站的地址“mailto:leak@evil.example?subject=hi”，而网站配置中没有声明它；应当链接站内页面，或者链接已声明的地址（https://github.com/xining-ftu/report-site；在 mkdocs.yml 的 `reportsite` 插件选项 `outside_links` 中声明） [rule 19]",
    ],
    "struck": [
        "tests/fixtures/safe_html/zh/struck.md:7: 页面上不能用 <del> 标出删改：读者会把它当作校改，而它没有说明；校改应当写成 {~~原字~>改字~~}，后面加脚注说明理由 [rule 19]",
    ],
    "critic-comment": [
        "tests/fixtures/safe_html/zh/critic-comment.md:7: CriticMarkup 的批注 {>>…<<} 或高亮 {==…==} 会以未标明的样子显示给读者；应当把编者的说明写成脚注（[^说明] … [^说明]: 说明文字） [rule 19]",
    ],
    "fake-footnote-mark": [
        "tests/fixtures/safe_html/zh/fake-footnote-mark.md:7: <sup> 的 id“fnref:x”是脚注专用的，检查不会把它当作正文读；脚注应当写成 [^名字]，页面末尾写 [^名字]: 脚注文字 [rule 19]",
    ],
    "fake-permalink": [
        "tests/fixtures/safe_html/zh/fake-permalink.md:7: <a> 上的类名“headerlink”不在允许的列表中；页面只能用这些类名：admonition、cards、corrections、editorial、footnote、grid、md-button、md-button--primary、report-banner、report-banner__by [rule 19]",
    ],
    "hidden-class": [
        "tests/fixtures/safe_html/zh/hidden-class.md:8: <p> 上的类名“md-visually-hidden”会把文字藏起来，读者看不到；页面上不应有隐藏文字：删去这个类名，或删去这段文字 [rule 19]",
    ],
    "hover-abbr": [
        "tests/fixtures/safe_html/zh/hover-abbr.md:9: 报告页面上的 <abbr> 带有只在鼠标悬停时才显示的文字：“全市共有120家服务站”；报告页面上不应有编者写的悬停文字：术语的解释写在 data/glossary.yml 中，网站会自动在术语上显示 [rule 19]",
    ],
    "hover-title": [
        "tests/fixtures/safe_html/zh/hover-title.md:7: 报告页面上的 <span> 带有只在鼠标悬停时才显示的文字：“实际共120家”；报告页面上不应有编者写的悬停文字：术语的解释写在 data/glossary.yml 中，网站会自动在术语上显示 [rule 19]",
    ],
    "outside-link": [
        "tests/fixtures/safe_html/zh/outside-link.md:7: <a> 链接到其他网站的地址“https://news.example/a”，而网站配置中没有声明它；应当链接站内页面，或者链接已声明的地址（https://github.com/xining-ftu/report-site；在 mkdocs.yml 的 `reportsite` 插件选项 `outside_links` 中声明） [rule 19]",
    ],
    "program-link": [
        "tests/fixtures/safe_html/zh/program-link.md:7: <a> 链接到一个程序或压缩包“https://evil.example/setup.exe”，不允许使用；页面只能链接网页、PDF 和数据文件，不能让读者下载程序 [rule 19]",
    ],
    "screen-only": [
        "tests/fixtures/safe_html/zh/screen-only.md:8: <p> 上的类名“screen-only”会让这段文字不出现在打印稿和 PDF 中；报告页面的文字应当在网页和 PDF 中都出现（只有编者页面上只对屏幕有用的操作说明可以这样标记） [rule 19]",
    ],
    "unknown-class": [
        "tests/fixtures/safe_html/zh/unknown-class.md:8: <p> 上的类名“lead”不在允许的列表中；页面只能用这些类名：admonition、cards、corrections、editorial、footnote、grid、md-button、md-button--primary、report-banner、report-banner__by [rule 19]",
    ],
}


def _checked(site, case):
    site.use_pages([SAFE_HTML / f"{case}.md"])
    return check_safe_html(site.editions["zh"].readings[f"{case}.md"], site.policy)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_kind_of_unsafe_html_gets_its_own_message(fresh_site, case):
    assert messages(_checked(fresh_site, case)) == EXPECTED[case]


@pytest.mark.parametrize("case", sorted(EXPECTED_ZH))
def test_each_way_around_what_readers_see_gets_its_own_message_in_chinese(fresh_site, case):
    assert messages(_checked(fresh_site, case), "zh") == EXPECTED_ZH[case]


def test_a_class_that_hides_a_page_only_from_print_is_allowed_on_an_editorial_page(fresh_site, tmp_path):
    page = tmp_path / "zh" / "glossary.md"  # an editorial page (mkdocs.yml: editorial_pages)
    page.parent.mkdir()
    page.write_text((SAFE_HTML / "screen-only.md").read_text(encoding="utf-8"), encoding="utf-8")
    fresh_site.use_pages([page.parent])
    assert check_safe_html(fresh_site.editions["zh"].readings["glossary.md"], fresh_site.policy) == []


def test_the_real_pages_are_safe(real_site):
    found = [
        p
        for edition in real_site.editions.values()
        for r in edition.readings.values()
        for p in check_safe_html(r, real_site.policy)
    ]
    assert messages(found) == []
