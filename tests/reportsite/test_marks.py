"""marks.py: Chinese passages of an English page marked as Chinese, and in
the offline bundle a note after each link to another host; the page's HTML
otherwise as Markdown wrote it."""

import markdown
import pytest

from reportsite.marks import MarksExtension, mark_html


def chinese(html: str) -> str:
    return mark_html(html, chinese=True, network_note=None)


@pytest.mark.parametrize(
    ("html", "marked"),
    [
        # The quotation marks that open and close a quotation stay English.
        (
            "<p>as in “争当群团 系统改革 的排头兵”; these</p>",
            '<p>as in “<span lang="zh-Hans">争当群团 系统改革 的排头兵</span>”; these</p>',
        ),
        # Digits written into the Chinese are the Chinese passage's.
        ("<td>6,317; 59.6万 596,000</td>", '<td>6,317; <span lang="zh-Hans">59.6万</span> 596,000</td>'),
        (
            "<p>The source reads “2万余人（次）”, which</p>",
            '<p>The source reads “<span lang="zh-Hans">2万余人（次）</span>”, which</p>',
        ),
        ("<p>达97% coverage</p>", '<p><span lang="zh-Hans">达97%</span> coverage</p>'),
        # Inner quotation marks, an ellipsis, a slash: one passage.
        (
            "<p>深入开展“工人先锋号”“青年文明号”等 → “a series”</p>",
            '<p><span lang="zh-Hans">深入开展“工人先锋号”“青年文明号”等</span> → “a series”</p>',
        ),
        ("<p>“社会主/义”</p>", '<p>“<span lang="zh-Hans">社会主/义</span>”</p>'),
        ("<p>(《勇立改革潮头再出发》).</p>", '<p>(<span lang="zh-Hans">《勇立改革潮头再出发》</span>).</p>'),
        # Text in elements, in tails, in corrections.
        (
            '<p><del class="critic">以</del><ins class="critic">党对</ins>群团</p>',
            '<p><del class="critic"><span lang="zh-Hans">以</span></del><ins class="critic">'
            '<span lang="zh-Hans">党对</span></ins><span lang="zh-Hans">群团</span></p>',
        ),
    ],
)
def test_a_chinese_passage_of_an_english_page_is_marked_as_chinese(html, marked):
    assert chinese(html) == marked


@pytest.mark.parametrize(
    "html",
    [
        "<p>English only, 59.6 and “quotes”.</p>",
        '<p><span lang="zh-Hans">已经标明</span> and <dfn lang="zh">中文</dfn></p>',  # said already
        '<div lang="zh-Hans"><p>整段 <em>中文</em></p></div>',  # inside an element said to be Chinese
        '<abbr title="说明">term</abbr>',  # attributes never
        """<a title="甲 > 乙" data-x='丙 > 丁'>link</a>""",  # a ">" in a quoted value is the attribute's
        "<script>var s = '中文'</script><style>q::before{content:'“中”'}</style>",
        "<!-- 注释 --><p>text</p>",
    ],
)
def test_what_is_said_to_be_chinese_attributes_and_scripts_are_left_as_they_are(html):
    assert chinese(html) == html


def test_an_english_passage_inside_a_chinese_one_has_its_chinese_marked_again():
    html = '<span lang="zh-Hans">中文<span lang="en">English 英文</span>中文</span>'
    assert (
        chinese(html)
        == '<span lang="zh-Hans">中文<span lang="en">English <span lang="zh-Hans">英文</span></span>中文</span>'
    )


def test_a_void_element_or_a_stray_closing_tag_does_not_lose_the_language():
    html = '<p lang="zh-Hans">一<br>二<img alt="">三</span>四</p><p>五</p>'
    assert chinese(html) == '<p lang="zh-Hans">一<br>二<img alt="">三</span>四</p><p><span lang="zh-Hans">五</span></p>'


def test_offline_a_link_to_another_host_says_it_needs_a_network():
    html = (
        '<p><a href="https://github.com/x/y">源文件</a>, <a href="../data/">数据</a>, <a href="#top">顶部</a>, '
        '<a href="//example.org/"><em>另一个</em></a>, <a href="mailto:a@b.c">信</a></p>'
    )
    marked = mark_html(html, chinese=False, network_note="（需联网）")
    note = '<span class="network-note">（需联网）</span>'
    assert marked == (
        f'<p><a href="https://github.com/x/y">源文件</a>{note}, <a href="../data/">数据</a>, <a href="#top">顶部</a>, '
        f'<a href="//example.org/"><em>另一个</em></a>{note}, <a href="mailto:a@b.c">信</a></p>'
    )


def test_the_marks_apply_to_raw_html_and_footnotes_as_rendered():
    source = (
        'The source reads “24场（次）”.[^1]\n\n<div markdown="1">原文</div>\n\n[^1]: A [note](https://example.org/).\n'
    )
    md = markdown.Markdown(
        extensions=["footnotes", "md_in_html", MarksExtension(chinese=True, network_note=" (online)")]
    )
    html = md.convert(source)
    assert '“<span lang="zh-Hans">24场（次）</span>”' in html
    assert '<span lang="zh-Hans">原文</span>' in html
    assert '<a href="https://example.org/">note</a><span class="network-note"> (online)</span>' in html
    assert "&#8617;" in html or "↩" in html  # the footnote's back link written out, then left alone
