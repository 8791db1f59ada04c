"""The live preview's panel (reportsite/preview.py), without a server: each
problem at its `path:line` with the message check_site.py prints, in the
editor's language, escaped; nothing when there is none; the page of a build
that wrote no pages; what a tab's question waits for."""

import logging

import lxml.html

from conftest import ROOT
from reportsite import csp, preview
from reportsite.diagnostics import WARNING, problem

FOUND = problem("docs/zh/closing.md", 7, "3", "link_absolute", link="/<b>x</b>")
NOTED = problem("docs/en/closing.md", 1, "17", "link_absolute", link="y", severity=WARNING)


def shown(lang, *found):
    shown = preview.Preview(lang, ROOT / "overrides", ROOT / "mkdocs.yml")
    shown.begin(None)
    for item in found:
        record = logging.LogRecord("mkdocs.plugins.reportsite", logging.ERROR, "", 0, item.render(lang), (), None)
        record.problem = item
        shown.handle(record)
    shown.publish()
    return shown


def items(html):
    panel = lxml.html.fragment_fromstring(html)
    return panel, [(li.find("code").text, li.find("span").text) for li in panel.iter("li")]


def test_each_problem_is_shown_at_its_line_with_the_text_the_checks_print():
    for lang, hreflang in (("zh", "zh-Hans"), ("en", "en")):
        panel, listed = items(shown(lang, FOUND, NOTED).panel())
        assert panel.get("id") == "preview-problems" and panel.get("lang") == hreflang
        assert listed == [
            (f"{p.path}:{p.line}", p.render(lang).split(": ", 1)[1]) for p in (FOUND, NOTED)
        ]  # problems, then reminders
    assert "<b>" not in shown("zh", FOUND).panel()  # escaped: a page's text never becomes markup
    assert items(shown("zh", FOUND).panel())[0].findtext(".//p").startswith("预览发现 1 个问题")


def test_a_translators_reminder_is_listed_apart_and_not_counted_as_a_problem():
    # counted as check_site.py counts: one problem to fix, one reminder (rule 17), each under its own title
    panel, _ = items(shown("zh", FOUND, NOTED).panel())
    assert panel.findtext(".//p[@class='preview-problems__title']").startswith("预览发现 1 个问题")
    assert panel.findtext(".//p[@class='preview-problems__reminders-title']").startswith("给译者的提醒 1 条")
    assert [li.find("code").text for li in panel.iterfind(".//ol/li")] == ["docs/zh/closing.md:7"]
    assert [li.find("code").text for li in panel.iterfind(".//ul/li")] == ["docs/en/closing.md:1"]
    only, _ = items(shown("zh", NOTED).panel())
    assert only.find(".//p[@class='preview-problems__title']") is None and "预览发现" not in only.text_content()
    assert only.get("role") == "status"  # not an alert: nothing is wrong


def test_no_problem_is_no_panel_and_every_page_gets_the_script_of_its_own_address():
    clean = shown("zh")
    assert clean.panel() == ""
    injected = clean.injection()
    assert f'src="/__preview/preview.js" data-seq="{clean.seq}"' in injected
    assert csp.inline_scripts(injected) == []  # no inline script: nothing for the policy to allow


def test_a_build_that_wrote_no_page_is_a_page_of_its_own_in_the_editors_language():
    page = lxml.html.document_fromstring(shown("zh", FOUND).page())
    assert page.get("lang") == "zh-Hans" and page.findtext(".//h1") == "预览没有构建成功"
    policy = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert policy == [csp.LIVE_PREVIEW]
    assert (
        lxml.html.document_fromstring(shown("en", FOUND).page()).findtext(".//h1") == "The preview could not be built"
    )


def test_a_tab_is_answered_at_once_when_it_is_behind_and_waits_when_it_is_not():
    state = shown("zh", FOUND)
    assert state.wait(state.seq - 1, timeout=0)["html"] == state.panel()
    assert state.wait(state.seq, timeout=0.01)["seq"] == state.seq  # nothing new: answered after the wait


def test_mkdocs_warnings_become_problems_at_the_configuration_without_a_build():
    state = preview.Preview("zh", ROOT / "overrides", ROOT / "mkdocs.yml")
    state.begin(None)
    state.handle(logging.LogRecord("mkdocs.config", logging.WARNING, "", 0, "something odd", (), None))
    state.handle(logging.LogRecord("mkdocs.livereload", logging.WARNING, "", 0, '"GET /x" code 404', (), None))
    state.publish()
    assert [(p.path, p.key) for p in state.shown] == [("mkdocs.yml", "mkdocs_warning")]
