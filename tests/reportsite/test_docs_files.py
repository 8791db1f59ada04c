"""Rule 1 on the files of docs/: Markdown pages named as web addresses,
declared asset types, no symbolic link; what is refused is not read as a
page either (one message, not a cascade)."""

from reportsite.docs_files import check_docs_files
from reportsite.site import page_files

ASSETS = [".png"]


def found(folder):
    return [(p.path.rsplit("/", 1)[-1], p.rule, p.key) for p in check_docs_files(folder, ASSETS)]


def test_pages_and_declared_assets_pass(tmp_path):
    (tmp_path / "section").mkdir()
    for name in ("index.md", "section/de-elitism.md", "section/chart.png", ".hidden.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert found(tmp_path) == []
    assert [rel for _, rel in page_files(tmp_path)] == ["index.md", "section/de-elitism.md"]


def test_a_copy_of_a_page_is_named_and_not_read(tmp_path):
    (tmp_path / "hardship-relief.md").write_text("x", encoding="utf-8")
    (tmp_path / "hardship-relief (1).md").write_text("x", encoding="utf-8")
    [problem] = check_docs_files(tmp_path, ASSETS)
    assert (problem.line, problem.rule, problem.key) == (1, "1", "docs_page_name")
    assert dict(problem.params)["example"] == "hardship-relief.md"
    assert [rel for _, rel in page_files(tmp_path)] == ["hardship-relief.md"]


def test_a_file_that_would_be_published_as_it_is_is_refused(tmp_path):
    (tmp_path / "page.html").write_text("<script>", encoding="utf-8")
    assert found(tmp_path) == [("page.html", "1", "docs_file_type")]


def test_a_symbolic_link_is_refused_and_not_followed(tmp_path):
    (tmp_path / "outside.md").write_text("x", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").symlink_to(tmp_path / "outside.md")
    assert found(docs) == [("page.md", "1", "docs_symlink")]
    assert page_files(docs) == []
