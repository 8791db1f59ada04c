"""The fidelity check: every sentence of the source on the Chinese pages,
word for word, changed only by marked corrections. One fixture per failure."""

from pathlib import Path

from reportsite.fidelity import check_fidelity, original_text, source_fragments
from reportsite.pages import read_edition, read_page
from reportsite.paths import SOURCE_TEXT

FIXTURES = Path(__file__).parents[1] / "fixtures" / "fidelity"


def fixture_pages(tmp_path: Path, text: str | None = None) -> tuple[Path, list]:
    """The good fixture page, or a copy of it with `text` as its content."""
    page_path = FIXTURES / "zh" / "good.md"
    if text is not None:
        page_path = tmp_path / "zh" / "page.md"
        page_path.parent.mkdir()
        page_path.write_text(text, encoding="utf-8")
    page, problems = read_page(page_path, page_path.name, "zh")
    assert problems == []
    return page_path, [page]


def good_text() -> str:
    return (FIXTURES / "zh" / "good.md").read_text(encoding="utf-8")


def test_the_real_chinese_pages_carry_every_sentence_of_the_source():
    pages, problems = read_edition("zh")
    assert problems == []
    assert check_fidelity(SOURCE_TEXT, pages) == []


def test_the_project_keeps_the_shared_source_unchanged():
    shared = Path(__file__).parents[3] / "shared" / "source" / "000_22b3c3206e594a1d.txt"
    if shared.exists():  # beside the repository in CI and development
        assert SOURCE_TEXT.read_bytes() == shared.read_bytes()


def test_source_is_cut_into_sentences_and_layout_fragments():
    fragments = source_fragments((FIXTURES / "source.txt").read_text(encoding="utf-8"))
    assert [(f.line, f.text) for f in fragments] == [
        (1, "标题在此"),
        (3, "第一句原文写在这里。"),
        (3, "第二句原文"),
        (5, "接着第二句。"),
        (5, "第三句有错子。"),
    ]


def test_corrections_are_undone_and_markup_dropped_when_comparing(tmp_path):
    _, [page] = fixture_pages(tmp_path)
    text = original_text(page).text
    assert "第三句有错子。" in text
    assert "字" not in text and "原文作" not in text and "编号" not in text


def test_a_faithful_page_has_no_problems(tmp_path):
    _, pages = fixture_pages(tmp_path)
    assert check_fidelity(FIXTURES / "source.txt", pages) == []


def test_an_altered_sentence_is_reported_at_its_line_on_the_page(tmp_path):
    _, pages = fixture_pages(tmp_path, good_text().replace("第一句原文写在这里", "第一句译文写在这里"))
    [problem] = check_fidelity(FIXTURES / "source.txt", pages)
    assert (problem.path.endswith("zh/page.md"), problem.line, problem.rule) == (True, 7, "3")
    assert "differs from the source (tests/fixtures/fidelity/source.txt:3): “第一句原文写在这里。”" in problem.message
    assert "expected the source's words unchanged, or the change marked as a correction" in problem.message


def test_an_unmarked_correction_is_reported(tmp_path):
    _, pages = fixture_pages(tmp_path, good_text().replace("{~~子~>字~~}[^c1]", "字"))
    [problem] = check_fidelity(FIXTURES / "source.txt", pages)
    assert problem.line == 7
    assert "“第三句有错子。”" in problem.message


def test_a_correction_without_a_footnote_is_reported(tmp_path):
    _, pages = fixture_pages(tmp_path, good_text().replace("{~~子~>字~~}[^c1]", "{~~子~>字~~}"))
    [problem] = check_fidelity(FIXTURES / "source.txt", pages)
    assert problem.line == 7
    assert problem.message.startswith("the correction {~~子~>字~~} has no footnote; expected a footnote")


def test_a_missing_sentence_is_reported_at_its_line_in_the_source(tmp_path):
    text = good_text().replace("第一句原文写在这里。第二句原文接着第二句。", "")
    _, pages = fixture_pages(tmp_path, text)
    problems = check_fidelity(FIXTURES / "source.txt", pages)
    assert [str(p) for p in problems] == [
        "tests/fixtures/fidelity/source.txt:3: this sentence of the source is on no Chinese page: "
        "“第一句原文写在这里。”; expected it word for word on the page of its section [rule 3]",
        "tests/fixtures/fidelity/source.txt:3: this sentence of the source is on no Chinese page: "
        "“第二句原文”; expected it word for word on the page of its section [rule 3]",
        "tests/fixtures/fidelity/source.txt:5: this sentence of the source is on no Chinese page: "
        "“接着第二句。”; expected it word for word on the page of its section [rule 3]",
    ]
