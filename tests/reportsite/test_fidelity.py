"""The fidelity check (rule 3): the Chinese pages carry the report word for
word and nothing else, corrections marked and footnoted. One fixture per
failure (tests/fixtures/fidelity/zh), each with its exact message."""

import hashlib
import subprocess

import pytest

from conftest import DATA, FIXTURES, messages
from reportsite.data import load_editions, read_source
from reportsite.fidelity import changes_under_review, check_editions, check_fidelity, difference
from reportsite.paths import display_path

FIDELITY = FIXTURES / "fidelity"
F = "tests/fixtures/fidelity"

EXPECTED = {
    "added-sentence": [
        "tests/fixtures/fidelity/zh/added-sentence.md:9: this text is not in the report: “这是新加的一句。”; expected only the report's words on a Chinese page; an editorial addition is marked {++added++} with a footnote, an editorial note goes in a footnote or a note box [rule 3]",
    ],
    "added-in-an-editorial-span": [
        "tests/fixtures/fidelity/zh/added-in-an-editorial-span.md:9: this text is not in the report: “这是新加的一句。”; expected only the report's words on a Chinese page; an editorial addition is marked {++added++} with a footnote, an editorial note goes in a footnote or a note box [rule 3]",
    ],
    "added-in-a-footnote-span": [
        "tests/fixtures/fidelity/zh/added-in-a-footnote-span.md:9: this text is not in the report: “这是新加的一句。”; expected only the report's words on a Chinese page; an editorial addition is marked {++added++} with a footnote, an editorial note goes in a footnote or a note box [rule 3]",
    ],
    "added-paragraph-marked-editorial": [
        "tests/fixtures/fidelity/zh/added-paragraph-marked-editorial.md:11: this text is not in the report: “这是新加的一句。”; expected only the report's words on a Chinese page; an editorial addition is marked {++added++} with a footnote, an editorial note goes in a footnote or a note box [rule 3]",
    ],
    "added-in-a-plain-grid": [
        "tests/fixtures/fidelity/zh/added-in-a-plain-grid.md:13: this text is not in the report: “这是新加的一句。”; expected only the report's words on a Chinese page; an editorial addition is marked {++added++} with a footnote, an editorial note goes in a footnote or a note box [rule 3]",
    ],
    "changed-word": [
        "tests/fixtures/fidelity/zh/changed-word.md:7: this differs from the report (tests/fixtures/fidelity/source.txt:3): 第一句原文写[-在这-]{+在那+}里。第二句原文接…; expected the report's words unchanged, or the change marked as a correction ({~~original~>corrected~~} with a footnote) [rule 3]",
    ],
    "composed": [
        "tests/fixtures/fidelity/zh/composed.md:18: this text is not in the report: “第一句原文写在这里。第五句是最后一句；第三句有错子。”; expected only the report's words on a Chinese page; an editorial addition is marked {++added++} with a footnote, an editorial note goes in a footnote or a note box [rule 3]",
    ],
    "correction-without-footnote": [
        "tests/fixtures/fidelity/zh/correction-without-footnote.md:7: the correction “子” has no footnote; expected a footnote right after it giving the source's reading and the reason, e.g. `{~~以~>党对~~}[^c1]` … `[^c1]: 原文作“…”，据文意校改。` [rule 3]",
    ],
    "good": [],
    "inserted-words": [
        "tests/fixtures/fidelity/zh/inserted-words.md:9: this differs from the report (tests/fixtures/fidelity/source.txt:9): 第五句{+确实+}是最后一句；它有…; expected the report's words unchanged, or the change marked as a correction ({~~original~>corrected~~} with a footnote) [rule 3]",
    ],
    "marked-addition": [],
    "missing-sentence": [
        "tests/fixtures/fidelity/zh/missing-sentence.md:7: this differs from the report (tests/fixtures/fidelity/source.txt:5): 这里。第二句原文[-接着第二句。-]第三句有错子。第…; expected the report's words unchanged, or the change marked as a correction ({~~original~>corrected~~} with a footnote) [rule 3]",
    ],
    "placeholder": [
        "tests/fixtures/fidelity/zh/placeholder.md:9: this differs from the report (tests/fixtures/fidelity/source.txt:9): [-第五句是最后一句；它有两个分句-]{+（正文写在这里+}。{+）+}; expected the report's words unchanged, or the change marked as a correction ({~~original~>corrected~~} with a footnote) [rule 3]",
    ],
    # a new section's placeholder (scripts/new_section.py): the text it stands for, at its line
    "section-placeholder": [
        "tests/fixtures/fidelity/zh/section-placeholder.md:9: this is still the new section's placeholder; expected the passage of the report that is on no page yet (tests/fixtures/fidelity/source.txt:9) in its place, word for word: “第五句是最后一句；它有两个分句。” [rule 3]",
    ],
    "report-text-in-a-note-box": [
        "tests/fixtures/fidelity/zh/report-text-in-a-note-box.md:11: the report's text “第五句是最后一句；它有两个分句。” stands in an editors' note box or details block, where readers take it for the editors'; expected the report's text in the page's text, outside any note box [rule 3]",
    ],
    "unmarked-correction": [
        "tests/fixtures/fidelity/zh/unmarked-correction.md:7: this differs from the report (tests/fixtures/fidelity/source.txt:5): …第二句。第三句有[-错子-]{+错字+}。第四句排错了地…; expected the report's words unchanged, or the change marked as a correction ({~~original~>corrected~~} with a footnote) [rule 3]",
    ],
}


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_failure_type_gets_its_own_message(fresh_site, case):
    source, _ = read_source(FIDELITY / "source.txt")
    fresh_site.use_pages([FIDELITY / "zh" / f"{case}.md"])

    assert messages(check_fidelity(source, fresh_site.readings("zh"))) == EXPECTED[case]


def test_the_message_says_it_in_chinese_by_default(fresh_site):
    source, _ = read_source(FIDELITY / "source.txt")
    fresh_site.use_pages([FIDELITY / "zh" / "changed-word.md"])

    [problem] = check_fidelity(source, fresh_site.readings("zh"))
    assert str(problem).startswith(
        f"{F}/zh/changed-word.md:7: 此处与原文（{F}/source.txt:3）不同：第一句原文写[-在这-]{{+在那+}}里"
    )


def test_a_change_inside_a_chinese_word_shows_the_word_with_context():
    old = "联合对县区群团改革进行了5轮督察调研，建立干部联系群众"
    assert difference(old, old.replace("督察", "督查")) == "…团改革进行了5轮[-督察-]{+督查+}调研，建立干部联…"


def test_the_source_is_cut_into_sentences_and_layout_blocks():
    source, _ = read_source(FIDELITY / "source.txt")
    assert [(f.line, source.fragment_text(f)) for f in source.fragments][:4] == [
        (1, "标题在此"),
        (3, "第一句原文写在这里。"),
        (3, "第二句原文"),
        (5, "接着第二句。"),
    ]


def _repository(tmp_path):
    """A repository of its own holding the report's text as received and its one edition."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "source.txt").write_bytes((DATA / "source.txt").read_bytes())
    (data / "source_editions.yml").write_bytes((DATA / "source_editions.yml").read_bytes())
    git = ["git", "-c", "user.name=editor", "-c", "user.email=editor@invalid"]
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=tmp_path, check=True)
    subprocess.run([*git, "add", "-A"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-qm", "the report as received"], cwd=tmp_path, check=True)
    return data, lambda *args: subprocess.run([*git, *args], cwd=tmp_path, check=True, capture_output=True)


def _checked(data):
    editions, file = load_editions(data / "source_editions.yml")
    assert file.problems == []
    return check_editions(data / "source.txt", editions, file)


def _add_edition(data, sha256):
    with (data / "source_editions.yml").open("a", encoding="utf-8") as file:
        file.write(
            f'  - sha256: {sha256}\n    received: "2027-01-05"\n'
            "    from: {zh: 西宁市总工会, en: the Federation}\n    note: {zh: 新版, en: a new edition}\n"
        )


def test_the_report_as_received_is_its_first_edition(tmp_path):
    data, _ = _repository(tmp_path)
    assert _checked(data) == []


def test_a_word_changed_in_the_report_is_refused_at_its_line_with_what_changed(tmp_path):
    data, _ = _repository(tmp_path)
    source = data / "source.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("5轮督察", "6轮督察"), encoding="utf-8")
    [problem] = _checked(data)
    assert problem.render().startswith(
        f"{display_path(source)}:21: 报告原文在这一行与收录的版本不同：…县区群团改革进行[-了5-]{{+了6+}}轮督察调研，建立…；"
        "报告原文不能改：要校改一处文字，请恢复原文"
    )
    assert problem.rule == "3"


def test_a_new_edition_is_entered_and_then_passes(tmp_path):
    data, _ = _repository(tmp_path)
    source = data / "source.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\n新增的一段。\n", encoding="utf-8")
    _add_edition(data, hashlib.sha256(source.read_bytes()).hexdigest())
    assert _checked(data) == []


def test_the_report_as_first_published_cannot_be_replaced(tmp_path):
    """The way around the checks the guide once invited: change the text, renew the checksum."""
    data, git = _repository(tmp_path)
    source, editions = data / "source.txt", data / "source_editions.yml"
    source.write_text(source.read_text(encoding="utf-8").replace("5轮督察", "6轮督察"), encoding="utf-8")
    old = load_editions(DATA / "source_editions.yml")[0][0].sha256
    editions.write_text(
        editions.read_text(encoding="utf-8").replace(old, hashlib.sha256(source.read_bytes()).hexdigest()),
        encoding="utf-8",
    )
    first = git("log", "--format=%h").stdout.decode().split()[0]
    line = next(n for n, text in enumerate(editions.read_text(encoding="utf-8").split("\n"), 1) if "- sha256:" in text)
    assert messages(_checked(data), "en") == [
        f"{display_path(editions)}:{line}: the first edition's checksum is not that of data/source.txt as first "
        f"committed ({first}); expected the report as first published kept: restore this entry, and add a new "
        "edition at the end of the list only [rule 3]"
    ]


def test_a_version_of_the_report_committed_without_its_edition_is_found_in_the_history(tmp_path):
    data, git = _repository(tmp_path)
    source = data / "source.txt"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("5轮督察", "6轮督察"), encoding="utf-8")
    git("commit", "-qam", "a silent change")
    changed = git("log", "-1", "--format=%h").stdout.decode().strip()
    source.write_text(text, encoding="utf-8")
    git("commit", "-qam", "and back")
    [problem] = _checked(data)
    assert problem.key == "source_version_unlisted"
    assert f"提交 {changed} 中的 data/source.txt 不是 data/source_editions.yml 登记的任何版本" in problem.render()


def test_an_edition_taken_out_of_the_list_is_refused(tmp_path):
    data, git = _repository(tmp_path)
    source, editions = data / "source.txt", data / "source_editions.yml"
    before = editions.read_text(encoding="utf-8")
    source.write_text(source.read_text(encoding="utf-8") + "\n新增的一段。\n", encoding="utf-8")
    _add_edition(data, hashlib.sha256(source.read_bytes()).hexdigest())
    git("commit", "-qam", "a new edition")
    added = git("log", "-1", "--format=%h").stdout.decode().strip()
    editions.write_text(before, encoding="utf-8")  # the edition dropped, the new text kept
    found = {problem.key: problem for problem in _checked(data)}
    assert "source_edition_removed" in found
    assert f"提交 {added} 登记的版本" in found["source_edition_removed"].render()


def test_a_pull_request_that_changes_the_report_is_annotated_at_the_changed_lines(tmp_path):
    data, git = _repository(tmp_path)
    git("checkout", "-qb", "edit")
    source = data / "source.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("5轮督察", "6轮督察"), encoding="utf-8")
    [problem] = changes_under_review([source, data / "source_editions.yml"], base="main")
    assert (problem.line, problem.severity, problem.key) == (21, "warning", "source_changed_under_review")
    assert "这个拉取请求修改了报告原文或它的版本登记（与 main 相比，从这一行起）" in problem.render()
    assert changes_under_review([source], base="") == []  # not in a pull request


def test_the_repository_carries_the_report_it_was_given():
    recorded = load_editions(DATA / "source_editions.yml")[0][0].sha256
    assert recorded == "01d7aba78576913d2daa1fb424715f7d87a6ad47d61d1aa21f0c6da85b17d94f"
    assert hashlib.sha256((DATA / "source.txt").read_bytes()).hexdigest() == recorded
