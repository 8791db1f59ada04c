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
