"""scripts/build.py end to end, on a copy of the repository: a clean build
is silent, a page that breaks the build is named with MkDocs' message."""

import re

import pytest

from conftest import copy_repository, run_script


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    repo = copy_repository(tmp_path_factory.mktemp("clean") / "repo")
    return repo, run_script(repo, "build.py")


def test_a_clean_build_is_quiet_and_builds_both_editions(clean_run):
    repo, result = clean_run
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert (repo / "site" / "index.html").is_file()
    assert (repo / "site" / "en" / "index.html").is_file()
    assert (repo / "site" / "system-reform" / "de-bureaucratization" / "index.html").is_file()


def test_a_broken_link_fails_with_the_page_line_and_mkdocs_message(tmp_path):
    repo = copy_repository(tmp_path / "repo")
    page = repo / "docs" / "zh" / "closing.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n见[附件](annex.md)。\n", encoding="utf-8")
    line = len(page.read_text(encoding="utf-8").splitlines())
    result = run_script(repo, "build.py")
    assert result.returncode == 1
    assert (
        f"docs/zh/closing.md:{line}: MkDocs: Doc file 'closing.md' contains a link 'annex.md', "
        "but the target is not found among documentation files. [rule 18]"
    ) in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_page_missing_from_the_navigation_fails_the_build(tmp_path):
    repo = copy_repository(tmp_path / "repo")
    (repo / "docs" / "zh" / "annex.md").write_text("# 附件 {#annex}\n", encoding="utf-8")
    (repo / "docs" / "en" / "annex.md").write_text("# Annex {#annex}\n", encoding="utf-8")
    with (repo / "data" / "published_urls.txt").open("a", encoding="utf-8") as urls:
        urls.write("annex/\n")
    result = run_script(repo, "build.py")
    assert result.returncode == 1
    assert (
        "docs/zh/annex.md:1: this page is not in the navigation; "
        "expected an entry for it under `nav:` in mkdocs.yml [rule 18]"
    ) in result.stderr
    assert "Traceback" not in result.stderr


def test_a_check_failure_stops_the_build_before_anything_is_built(tmp_path):
    repo = copy_repository(tmp_path / "repo")
    page = repo / "docs" / "zh" / "closing.md"
    page.write_text(page.read_text(encoding="utf-8").replace("谱写新时代", "谱写新世纪"), encoding="utf-8")
    result = run_script(repo, "build.py")
    assert result.returncode == 1
    assert re.search(r"^docs/zh/closing\.md:\d+: this passage differs from the source", result.stderr, re.M)
    assert not (repo / "site").exists()
