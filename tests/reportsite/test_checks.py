"""Every check in one call (checks.py): an ordinary edit passes them all."""

import codecs

from conftest import messages
from reportsite.checks import check_site
from reportsite.diagnostics import errors_in

REL = "work-advancement/hardship-relief.md"


def test_windows_line_endings_a_byte_order_mark_and_aligned_columns_pass_every_check(fresh_site, tmp_path):
    """As an editor's Windows editor saves a page, with the table's columns aligned by colons."""
    original = {lang: dict(edition.readings) for lang, edition in fresh_site.editions.items()}
    for lang, edition in fresh_site.editions.items():
        text = (edition.docs_dir / REL).read_text(encoding="utf-8")
        text = text.replace("| --- | --- | --- | --- | --- |", "| :--- | :--- | ---: | :---: | :--- |")
        page = tmp_path / lang / REL
        page.parent.mkdir(parents=True)
        page.write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"))
    fresh_site.use_pages([tmp_path / "zh", tmp_path / "en"])
    for lang, edition in fresh_site.editions.items():
        edition.readings = {**original[lang], **edition.readings}
    assert "---:" in (tmp_path / "zh" / REL).read_text(encoding="utf-8-sig")
    assert messages(errors_in(check_site(fresh_site))) == []


def test_a_report_page_listed_as_the_editors_is_refused_at_its_entry(real_site):
    # rule 3 skips the editors' pages: a page of the report's text listed there would change unseen
    from reportsite.checks import editorial_page_problems
    from reportsite.values import ascii_figures

    entries = [("about.md", "mkdocs.yml", 76), ("closing.md", "mkdocs.yml", 77), ("abuot.md", "mkdocs.yml", 78)]
    report = ascii_figures(real_site.data.source.text)
    found = editorial_page_problems(entries, real_site.source_edition.readings, report)
    assert [(p.line, p.key) for p in found] == [(77, "editorial_page_of_report"), (78, "editorial_page_missing")]
    assert found[0].render("zh").startswith("mkdocs.yml:77: `editorial_pages` 列出了 closing.md，但它是报告正文的页面")


def test_a_misspelt_navigation_entry_is_one_message_naming_the_page_meant():
    from reportsite.build import _nav_typos
    from reportsite.diagnostics import problem

    # MkDocs' two complaints about one typo: the entry's page does not exist, the page meant is not in the navigation
    found = [
        problem("mkdocs.yml", 130, "18", "nav_page_missing", page="key-figures.md"),
        problem("mkdocs.yml", 132, "18", "nav_target_missing", page="key-figure.md"),
    ]
    assert messages(_nav_typos(found, ["index.md", "key-figures.md"]), "zh") == [
        "mkdocs.yml:132: 导航列出的 key-figure.md 不存在，最接近的页面是 key-figures.md；应当写成 `key-figures.md` [rule 18]"
    ]
    alone = [problem("mkdocs.yml", 9, "18", "nav_target_missing", page="closng.md")]
    assert messages(_nav_typos(alone, ["closing.md"])) == [
        "mkdocs.yml:9: the navigation lists closng.md, which does not exist; the closest page is closing.md: "
        "expected `closing.md` [rule 18]"
    ]
