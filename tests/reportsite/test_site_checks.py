"""scripts/check_site.py as the pull-request workflow runs it, on a copy of
the repository with the kinds of mistakes editors make: one annotation per
problem, with file, line and rule, and a bilingual summary for the run page."""

import os
import re
import subprocess

import pytest

from conftest import copy_repository, run_script


@pytest.fixture
def repo(tmp_path):
    return copy_repository(tmp_path / "repo")


def check(repo, tmp_path):
    summary = tmp_path / "summary.md"
    env = {**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = run_script(repo, "check_site.py", env=env)
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    return result, annotations, summary.read_text(encoding="utf-8") if summary.exists() else ""


def test_the_real_site_passes_and_says_so_in_both_languages(repo, tmp_path):
    result, annotations, summary = check(repo, tmp_path)
    assert result.returncode == 0 and annotations == []
    assert "没有发现问题" in summary and "No problems found" in summary


def test_a_broken_metric_gets_one_annotation_on_its_line(repo, tmp_path):
    page = repo / "docs" / "zh" / "system-reform" / "de-bureaucratization.md"
    page.write_text(page.read_text(encoding="utf-8").replace("| 103 | 家 |", "| 103 | 座 |"), encoding="utf-8")
    result, annotations, summary = check(repo, tmp_path)
    assert result.returncode == 1
    assert len(annotations) == 1
    assert annotations[0].startswith(
        "::error file=docs/zh/system-reform/de-bureaucratization.md,line=13,title=Rule 7::"
    )
    assert "unknown unit “座”" in annotations[0]
    assert "发现 1 个问题" in summary and "1 problem(s) to fix" in summary and "rule-7" in summary


def test_a_missing_translation_gets_one_annotation(repo, tmp_path):
    (repo / "docs" / "en" / "closing.md").unlink()
    result, annotations, _ = check(repo, tmp_path)
    assert result.returncode == 1
    assert annotations == [
        "::error file=docs/zh/closing.md,line=1,title=Rule 11::docs/zh/closing.md:1: there is no English page "
        "docs/en/closing.md; expected the same page at the same path in both languages [rule 11]"
    ]


def test_a_removed_page_without_a_redirect_gets_one_annotation(repo, tmp_path):
    for lang in ("zh", "en"):
        (repo / "docs" / lang / "glossary.md").unlink()
        config = repo / ("mkdocs.yml" if lang == "zh" else "mkdocs.en.yml")
        config.write_text(config.read_text(encoding="utf-8").replace("      - glossary.md\n", ""))
    result, annotations, _ = check(repo, tmp_path)
    assert result.returncode == 1
    assert len(annotations) == 1, annotations
    [annotation] = annotations
    line = (repo / "data" / "published_urls.txt").read_text(encoding="utf-8").splitlines().index("glossary/")
    assert annotation.startswith(f"::error file=data/published_urls.txt,line={line + 1},title=Rule 16::")
    assert "redirect" in annotation


def test_a_moved_page_with_a_redirect_passes_and_the_old_address_redirects(repo, tmp_path):
    for lang in ("zh", "en"):
        old = repo / "docs" / lang / "system-reform" / "de-elitism.md"
        old.rename(old.with_name("broad-participation.md"))
        config = repo / ("mkdocs.yml" if lang == "zh" else "mkdocs.en.yml")
        text = config.read_text(encoding="utf-8").replace("de-elitism.md", "broad-participation.md")
        config.write_text(text, encoding="utf-8")
    for path in (repo / "docs").rglob("*.md"):
        path.write_text(path.read_text(encoding="utf-8").replace("de-elitism.md", "broad-participation.md"))
    config = repo / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "redirect_maps: {}",
            "redirect_maps:\n      system-reform/de-elitism.md: system-reform/broad-participation.md",
        ),
        encoding="utf-8",
    )
    urls = repo / "data" / "published_urls.txt"
    urls.write_text(urls.read_text(encoding="utf-8") + "system-reform/broad-participation/\n", encoding="utf-8")
    result, annotations, _ = check(repo, tmp_path)
    assert (result.returncode, annotations) == (0, []), result.stdout
    build = run_script(repo, "build.py")
    assert build.returncode == 0, build.stderr
    for edition in ("", "en/"):
        redirect = (repo / "site" / edition / "system-reform" / "de-elitism" / "index.html").read_text()
        assert "broad-participation" in redirect


def test_a_new_page_must_be_listed_among_the_published_addresses(repo, tmp_path):
    result = run_script(repo, "new_section.py", "work-advancement/workers-housing", "--zh", "住房", "--en", "Housing")
    assert result.returncode == 0, result.stderr
    assert check(repo, tmp_path)[0].returncode == 0
    urls = repo / "data" / "published_urls.txt"
    urls.write_text(urls.read_text(encoding="utf-8").replace("work-advancement/workers-housing/\n", ""))
    _, annotations, _ = check(repo, tmp_path)
    assert [re.sub(r"::.*", "", a, count=1) for a in annotations] == [""]
    assert "docs/zh/work-advancement/workers-housing.md,line=1,title=Rule 16" in annotations[0]


def test_a_new_section_from_the_scaffold_checks_and_builds(repo):
    result = run_script(
        repo,
        "new_section.py",
        "work-advancement/workers-housing",
        "--zh",
        "推进职工住房保障",
        "--en",
        "Advancing housing for workers",
    )
    assert result.returncode == 0, result.stderr
    for lang, header in (
        ("zh", "| 编号 | 指标 | 数值 | 单位 | 说明 |"),
        ("en", "| Code | Indicator | Value | Unit | Note |"),
    ):
        text = (repo / "docs" / lang / "work-advancement" / "workers-housing.md").read_text(encoding="utf-8")
        assert "{#workers-housing}" in text and header in text
    for config in ("mkdocs.yml", "mkdocs.en.yml"):
        assert "- work-advancement/workers-housing.md" in (repo / config).read_text(encoding="utf-8")
    build = run_script(repo, "build.py")
    assert build.returncode == 0, build.stderr
    assert (repo / "site" / "en" / "work-advancement" / "workers-housing" / "index.html").is_file()


def test_the_scaffold_refuses_a_section_that_exists_or_a_bad_name(repo):
    exists = run_script(repo, "new_section.py", "system-reform/de-elitism", "--zh", "x", "--en", "x")
    bad = run_script(repo, "new_section.py", "system-reform/Workers Housing", "--zh", "x", "--en", "x")
    assert exists.returncode == 2 and "exists already" in exists.stderr
    assert bad.returncode == 2 and "not a short ASCII slug" in bad.stderr
    assert "Traceback" not in exists.stderr + bad.stderr


def test_a_chinese_change_after_its_translation_is_a_warning_not_a_failure(repo, tmp_path):
    def git(*args):
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)

    git("init", "-q")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "start", "--date=2020-01-01T00:00:00")
    page = repo / "docs" / "zh" / "closing.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result, annotations, summary = check(repo, tmp_path)
    assert result.returncode == 0
    [annotation] = annotations
    assert annotation.startswith("::warning file=docs/en/closing.md,line=1,title=Rule 17::")
    assert "docs/zh/closing.md changed (not yet committed) after this translation" in annotation
    assert "1 warning(s), not blocking" in summary
