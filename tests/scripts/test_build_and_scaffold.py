"""scripts/build.py and scripts/new_section.py as editors run them."""

import re
from pathlib import Path

from conftest import run_in_process, run_script
from reportsite.build import Built
from reportsite.messages import format_message
from reportsite.paths import display_path


def test_a_clean_build_says_in_one_line_what_it_built(site_build):
    # The run's build of the site (tests/conftest.py) is scripts/build.py's.
    assert re.fullmatch(
        r"已构建：中文 22 页、英文 22 页、60 项指标、2 个 PDF，用时 [\d.]+ 秒，输出在 "
        + re.escape(display_path(site_build.folder))
        + r"。\n",
        site_build.said,
    ), site_build.said
    assert (site_build.folder / "index.html").is_file() and (site_build.folder / "en" / "index.html").is_file()


def test_a_failing_check_builds_nothing_and_says_why(repo):
    page = repo / "docs" / "zh" / "closing.md"
    page.write_text(page.read_text(encoding="utf-8").replace("谱写新时代", "谱写新世纪"), encoding="utf-8")
    result = run_script(repo, "build.py", "--lang", "en")
    assert result.returncode == 1
    assert re.search(
        r"^docs/zh/closing\.md:\d+: this differs from the report \(data/source\.txt:29\): …", result.stdout, re.M
    )
    assert "谱写[-新时代-]{+新世纪+}工运事业" in result.stdout
    assert result.stderr == "1 problem(s): nothing was built.\n"
    assert not (repo / "site").exists()


def test_a_new_section_quotes_its_titles_and_fails_until_the_report_text_is_in(repo):
    result = run_script(
        repo, "new_section.py", "work-advancement/workers-housing", "--zh", "住房: 保障", "--en", "Housing: a start"
    )
    assert result.returncode == 0, result.stderr
    page = repo / "docs" / "zh" / "work-advancement" / "workers-housing.md"
    assert page.read_text(encoding="utf-8").startswith("---\ndescription: '住房: 保障'\n---\n")
    assert "- work-advancement/workers-housing.md" in (repo / "mkdocs.yml").read_text(encoding="utf-8")
    assert "workers-housing" not in (repo / "data" / "published_urls.txt").read_text(encoding="utf-8")
    check = run_in_process(repo, "check_site.py", "--lang", "en")
    assert check.returncode == 1
    errors = [line for line in check.stdout.splitlines() if "[rule" in line and "warning:" not in line]
    assert (
        "docs/zh/work-advancement/workers-housing.md:7: this text is not in the report: “（正文写在这里：从data/source.txt中逐字复制本节原文。）”; "
        "expected only the report's words on a Chinese page; an editorial addition is marked {++added++} with a footnote, "
        "an editorial note goes in a footnote or a note box [rule 3]"
    ) in errors
    assert (
        "docs/en/work-advancement/workers-housing.md:7: this text of the English page is not yet a translation: "
        "“(The translation of the section goes here.)”; expected the English of the Chinese paragraph [rule 11]"
    ) in errors
    assert all("workers-housing.md" in line and ("[rule 3]" in line or "[rule 11]" in line) for line in errors)


def test_the_scaffold_refuses_a_section_that_exists_or_a_bad_name(repo):
    exists = run_in_process(
        repo, "new_section.py", "--lang", "en", "system-reform/de-elitism", "--zh", "x", "--en", "x"
    )
    bad = run_in_process(repo, "new_section.py", "system-reform/Workers Housing", "--zh", "x", "--en", "x")
    assert exists.returncode == 2 and "exists already" in exists.stderr
    assert bad.returncode == 2 and "不是简短的英文小写地址" in bad.stderr
    assert "Traceback" not in exists.stderr + bad.stderr


def test_the_publish_step_records_new_addresses_once(repo):
    assert run_script(repo, "published_urls.py", "--record").returncode == 0  # end to end; what is already on the site
    result = run_in_process(
        repo, "new_section.py", "work-advancement/workers-housing", "--zh", "住房", "--en", "Housing"
    )
    assert result.returncode == 0
    first = run_in_process(repo, "published_urls.py", "--record")
    again = run_in_process(repo, "published_urls.py", "--record")
    assert first.stdout == "work-advancement/workers-housing/\n" and again.stdout == ""
    assert (
        (repo / "data" / "published_urls.txt")
        .read_text(encoding="utf-8")
        .endswith("work-advancement/workers-housing/\n")
    )


def test_a_build_without_pdfs_does_not_count_them():
    built = Built(pages={"zh": 22, "en": 22}, metrics=60, seconds=3.04)
    key, values = built.said(Path("site"))
    assert (
        format_message(key, "zh", values)
        == "已构建：中文 22 页、英文 22 页、60 项指标（未生成 PDF），用时 3.0 秒，输出在 site。"
    )


def test_a_practice_copy_starts_the_new_section_walkthrough_at_step_1_and_leaves_the_repository_alone(repo, tmp_path):
    before = {name: (repo / "data" / name).read_bytes() for name in ("source.txt", "source_editions.yml")}
    folder = tmp_path / "practice"
    made = run_script(repo, "practice.py", str(folder), "--lang", "en")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Made the practice copy {folder}: the new edition is registered")
    assert {name: (repo / "data" / name).read_bytes() for name in before} == before
    check = run_script(folder, "check_site.py", "--lang", "en")
    errors = [line for line in check.stdout.splitlines() if "[rule" in line and "warning:" not in line]
    assert errors == [
        "docs/zh/work-advancement/service-capacity.md:7: this sentence of the report (data/source.txt:65) is on no "
        "Chinese page: “推进职工住房保障。为1200余名一线职工解决住房困难，联合市住房保障部门走访企业45家，落实新就业职工住房“两个100%…”; "
        "expected it word for word here, after “工会经费收缴持续稳步增长，工会财…” [rule 3]"
    ]
    again = run_script(repo, "practice.py", str(folder), "--lang", "en")
    assert again.returncode == 2 and f"git worktree remove --force {folder}" in again.stderr
