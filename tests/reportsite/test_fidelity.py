"""The fidelity check (rule 3): the Chinese pages carry the report word for
word and nothing else, corrections marked and footnoted. One fixture per
failure (tests/fixtures/fidelity/zh), each with its exact message."""

import hashlib

import pytest

from conftest import FIXTURES, messages
from reportsite.fidelity import check_fidelity, check_pinned, difference, read_source
from reportsite.paths import DATA

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
        "tests/fixtures/fidelity/zh/correction-without-footnote.md:7: the correction “子” has no footnote; expected a footnote right after it giving the source's reading and the reason, e.g. {~~以~>党对~~}[^c1] … [^c1]: 原文作“…”，据文意校改。 [rule 3]",
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


def test_the_source_is_pinned_by_its_checksum(tmp_path):
    source = tmp_path / "source.txt"
    source.write_bytes((DATA / "source.txt").read_bytes())
    pin = tmp_path / "source.sha256"
    pin.write_text(hashlib.sha256(source.read_bytes()).hexdigest() + "  source.txt\n")
    assert check_pinned(source, pin) == []
    source.write_text(source.read_text(encoding="utf-8").replace("督察", "督查"), encoding="utf-8")
    [problem] = check_pinned(source, pin)
    assert problem.line == 1 and problem.rule == "3" and problem.key == "source_changed"


def test_the_repository_pins_the_report_it_was_given():
    recorded = (DATA / "source.sha256").read_text().split()[0]
    assert recorded == "01d7aba78576913d2daa1fb424715f7d87a6ad47d61d1aa21f0c6da85b17d94f"
    assert hashlib.sha256((DATA / "source.txt").read_bytes()).hexdigest() == recorded
