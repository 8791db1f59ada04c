"""scripts/check_site.py as an editor and the pull-request workflow run it,
on copies of the repository with the mistakes editors make: every problem of
both editions in one run, at the line to change, in Chinese by default (both
languages in annotations and the run summary); "all checks passed" exactly
when the build passes."""

import os
import re
import subprocess

import pytest

from conftest import run_in_process, run_script


def check(repo, *args, tmp_path=None, run=run_in_process):
    env = {**os.environ, "GITHUB_ACTIONS": "true"}
    if tmp_path is not None:
        env["GITHUB_STEP_SUMMARY"] = str(tmp_path / "summary.md")
    result = run(repo, "check_site.py", *args, env=env)
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    lines = [line for line in result.stdout.splitlines() if not line.startswith("::")]
    return result, annotations, lines


def errors(lines):
    return [line for line in lines if "[rule" in line and "warning:" not in line and "提醒：" not in line]


def test_the_real_site_passes_and_says_what_it_checked_in_chinese(repo, tmp_path):
    result, annotations, _ = check(repo, tmp_path=tmp_path, run=run_script)  # the one end-to-end run
    assert result.returncode == 0, result.stdout
    assert [a for a in annotations if a.startswith("::error")] == []
    assert result.stderr.startswith("全部检查通过：中文 22 页、英文 22 页、60 项指标；构建也会通过。")
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "没有发现问题" in summary and "No problems found" in summary


def test_a_broken_metric_is_one_bilingual_annotation_on_its_line(repo, tmp_path):
    page = repo / "docs" / "zh" / "system-reform" / "de-bureaucratization.md"
    page.write_text(page.read_text(encoding="utf-8").replace("| 103 | 家 |", "| 103 | 座 |"), encoding="utf-8")
    result, annotations, _lines = check(repo, tmp_path=tmp_path)
    assert result.returncode == 1
    [annotation] = [a for a in annotations if a.startswith("::error")]
    assert annotation.startswith(
        "::error file=docs/zh/system-reform/de-bureaucratization.md,line=13,title=Rule 7 · 规则 7::"
    )
    assert "单位“座”不在单位词表中" in annotation and "unknown unit “座”" in annotation
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "发现 1 个问题" in summary and "1 problem(s) to fix" in summary and "rule-7" in summary


def test_problems_of_both_editions_and_of_the_build_come_in_one_run(repo):
    zh = repo / "docs" / "zh" / "closing.md"
    zh.write_text(zh.read_text(encoding="utf-8") + "\n见[附件](annex.md)。\n", encoding="utf-8")
    en = repo / "docs" / "en" / "closing.md"
    en.write_text(
        en.read_text(encoding="utf-8") + "\nSee [the data](data.md#nowhere) and [home](/index.md).\n", encoding="utf-8"
    )
    result, _, lines = check(repo, "--lang", "en")
    assert result.returncode == 1
    found = errors(lines)
    zh_line, en_line = len(zh.read_text().splitlines()), len(en.read_text().splitlines())
    assert f"docs/zh/closing.md:{zh_line}: the link “annex.md” leads to no page or file" in "\n".join(found)
    assert f"docs/en/closing.md:{en_line}: the link “data.md#nowhere” points at “#nowhere”" in "\n".join(found)
    assert f"docs/en/closing.md:{en_line}: the link “/index.md” is absolute" in "\n".join(found)
    assert "Traceback" not in result.stderr


def test_a_page_missing_from_the_navigation_is_found_once_at_the_navigation(repo):
    for lang in ("zh", "en"):
        (repo / "docs" / lang / "annex.md").write_text("# 附件 {#annex}\n" if lang == "zh" else "# Annex {#annex}\n")
    _result, _, lines = check(repo, "--lang", "en")
    nav = next(n for n, line in enumerate((repo / "mkdocs.yml").read_text().splitlines(), 1) if line.startswith("nav:"))
    assert (
        f"mkdocs.yml:{nav}: the page annex.md is not in the navigation; expected an entry for it under `nav:` [rule 18]"
        in errors(lines)
    )
    assert sum("annex.md is not in the navigation" in line for line in errors(lines)) == 1


def test_a_missing_translation_is_one_message_on_the_page_that_has_no_partner(repo):
    (repo / "docs" / "en" / "closing.md").unlink()
    result, _, lines = check(repo, "--lang", "en")
    assert result.returncode == 1
    assert errors(lines) == [
        "docs/zh/closing.md:1: there is no English page docs/en/closing.md; expected the same page at the same "
        "path in both languages [rule 11]"
    ]


def test_a_removed_page_without_a_redirect_is_one_message_at_its_published_address(repo):
    (repo / "docs" / "zh" / "glossary.md").unlink()
    (repo / "docs" / "en" / "glossary.md").unlink()
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      - glossary.md\n", ""), encoding="utf-8")
    for page in (repo / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(
            text.replace("(glossary.md)", "(data.md)").replace("(../glossary.md)", "(../data.md)"), encoding="utf-8"
        )
    _result, _, lines = check(repo, "--lang", "en")
    [line] = errors(lines)
    number = (repo / "data" / "published_urls.txt").read_text(encoding="utf-8").splitlines().index("glossary/") + 1
    assert line.startswith(f"data/published_urls.txt:{number}: the published address glossary/ has no page any more")


def test_a_moved_page_with_a_redirect_passes(repo):
    # What the redirect page does is tested on the real site's own redirect
    # (tests/site/test_redirects.py, tests/browser/test_redirects.py): here,
    # that the checks accept the move, without a build of its own.
    for lang in ("zh", "en"):
        old = repo / "docs" / lang / "system-reform" / "de-elitism.md"
        old.rename(old.with_name("broad-participation.md"))
    for path in [*(repo / "docs").rglob("*.md"), repo / "mkdocs.yml"]:
        path.write_text(
            path.read_text(encoding="utf-8").replace("de-elitism.md", "broad-participation.md"), encoding="utf-8"
        )
    config = repo / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "    redirects:\n",
            "    redirects:\n      system-reform/de-elitism.md: system-reform/broad-participation.md\n",
        ),
        encoding="utf-8",
    )
    result, _, lines = check(repo)
    assert (result.returncode, errors(lines)) == (0, [])


def test_a_chinese_change_after_its_translation_is_a_warning_not_a_failure(repo):
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "all", "--allow-empty"],
        cwd=repo,
        check=True,
    )
    page = repo / "docs" / "zh" / "closing.md"
    text = page.read_text(encoding="utf-8").replace("全面贯彻落实", "全面{--贯彻--}[^c-order-closing]落实")
    page.write_text(text, encoding="utf-8")
    result, annotations, _ = check(repo)
    assert result.returncode == 0
    [annotation] = [a for a in annotations if a.startswith("::warning file=docs/en/closing.md")]
    assert "docs/zh/closing.md:7 有尚未提交的改动" in annotation and "changed (not yet committed)" in annotation


@pytest.mark.parametrize(
    ("environment", "marker"),
    [({"LANG": "en_GB.UTF-8"}, "problem(s) to fix"), ({"LANG": "zh_CN.UTF-8"}, "个问题需要修正")],
)
def test_the_locale_chooses_the_language(repo, environment, marker):
    page = repo / "docs" / "zh" / "closing.md"
    page.write_text(page.read_text(encoding="utf-8").replace("谱写新时代", "谱写新世纪"), encoding="utf-8")
    result = run_in_process(repo, "check_site.py", env={**os.environ, **environment, "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.returncode == 1 and marker in result.stderr


def test_a_redirect_to_a_page_that_does_not_exist_is_refused_at_its_line(repo):
    config = repo / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("print_page.md: key-figures.md", "print_page.md: key-figure.md"), encoding="utf-8")
    result, _, lines = check(repo, "--lang", "en")
    line = text.split("\n").index("      print_page.md: key-figures.md") + 1
    assert result.returncode == 1
    assert errors(lines) == [
        f"mkdocs.yml:{line}: the redirect `print_page.md` leads to key-figure.md, which is not a page of the site; "
        "expected the path of an existing page, e.g. key-figures.md [rule 16]"
    ]


def test_an_unread_table_is_one_message_not_wrong_codes_in_the_data_files(repo):
    # indented four spaces: readers see code, not a table; the key figures and
    # charts naming its rows are not told to change (that would break them)
    page = repo / "docs" / "zh" / "work-advancement" / "hardship-relief.md"
    text = page.read_text(encoding="utf-8")
    page.write_text("\n".join(("    " + line) if line.startswith("|") else line for line in text.split("\n")))
    result, _, lines = check(repo, "--lang", "en")
    [line] = errors(lines)
    assert result.returncode == 1
    assert line.startswith("docs/zh/work-advancement/hardship-relief.md:13: the metric row(s) HR-01, HR-02, HR-03")
    assert line.endswith("[rule 4]")


def test_a_mistyped_footnote_mark_is_one_message_at_the_mark(repo):
    page = repo / "docs" / "zh" / "closing.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("立足新起点[^c-order-closing]", "立足新起点[^c-order-closng]"), encoding="utf-8")
    result, _, lines = check(repo, "--lang", "en")
    assert result.returncode == 1
    assert errors(lines) == [
        "docs/zh/closing.md:7: the footnote mark [^c-order-closng] has no footnote, so readers see “[^c-order-closng]” "
        "as text; expected a line `[^c-order-closng]: the note` at the end of the page (the footnote here is "
        "[^c-order-closing]: the mark and the note need the same name) [rule 18]",
    ]


def test_a_published_address_taken_out_of_the_list_is_refused_even_once_committed(repo):
    urls = repo / "data" / "published_urls.txt"
    urls.write_text(urls.read_text(encoding="utf-8").replace("closing/\n", ""), encoding="utf-8")
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "tidy the list"], cwd=repo, check=True
    )
    result, _, lines = check(repo, "--lang", "en")
    [line] = errors(lines)
    assert result.returncode == 1
    assert re.fullmatch(
        r"data/published_urls\.txt:1: the published address closing/ \(recorded in commit [0-9a-f]{7,}\) was taken "
        r"out of this file; expected the line back \(the file only grows\), with a redirect if the page moved "
        r"\[rule 16\]",
        line,
    ), line
