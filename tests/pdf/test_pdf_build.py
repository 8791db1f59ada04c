"""Making the PDFs: the date and version of the sources on the cover,
nothing fetched from outside, clear errors, and the size a page shows (the
same bytes from the same sources: tests/scripts/test_installed.py)."""

import pytest
import segno

from conftest import ROOT, copy_repository, run_script
from pdfreading import poppler
from reportsite.build import make_pdfs
from reportsite.pdf import PdfError, human_size, pdf_download, render_pdf, report_meta
from reportsite.version import Version, source_version
from reportsite.whole_report import ReportPage


def test_the_cover_gives_the_date_and_version_of_the_sources(pdfs):
    # SOURCE_DATE_EPOCH, when set, gives that date (tests/reportsite/test_version.py)
    version = source_version(ROOT)
    year, month, day = (int(part) for part in version.date.split("-"))
    assert f"{year}年{month}月{day}日" in pdfs["zh"].page_texts()[0]
    assert version.label in pdfs["zh"].page_texts()[0] and version.label in pdfs["en"].page_texts()[0]


def test_nothing_outside_the_site_is_fetched(real_site, site_dir):
    meta = report_meta(real_site.editions["zh"].config, "zh", "https://example.org/", Version(0, "test"))
    page = ReportPage(
        "index.md", "", "Home", None, '<h1 id="x">Home</h1><p><img src="https://example.invalid/a.png" alt=""></p>'
    )
    with pytest.raises(PdfError) as raised:
        render_pdf(meta, [page], site_dir)
    (problem,) = raised.value.problems
    assert "https://example.invalid/a.png" in problem.render("en") and "no network request" in problem.render("en")


def test_the_pdf_script_says_what_is_wrong_without_a_traceback(repo):
    page = repo / "docs" / "zh" / "closing.md"
    page.write_text(page.read_text(encoding="utf-8").replace("谱写新时代", "谱写新世纪"), encoding="utf-8")
    result = run_script(repo, "pdf.py", "--lang", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == "1 problem(s): no PDF was made.\n"
    assert not (repo / "site" / "downloads").exists()


def test_a_page_shows_the_size_a_reader_will_download():
    assert pdf_download("zh", 1_124_504).size == "1.1 MB"
    assert (pdf_download("en", 913_562).href, human_size(913_562)) == ("downloads/xining-ftu-report-en.pdf", "892 KB")


def test_an_image_of_a_page_stands_in_its_pdf(tmp_path):
    # The PDF is made before MkDocs copies docs/'s files to the site: the image comes from docs/.
    repo = copy_repository(tmp_path / "repo")
    segno.make("座谈会").save(repo / "docs" / "zh" / "photo.png", kind="png", scale=8)  # any PNG picture
    about = repo / "docs" / "zh" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n![座谈会](photo.png)\n", encoding="utf-8")
    [path], problems = make_pdfs(repo / "site", repo / "mkdocs.yml", ("zh",))
    assert [p for p in problems if p.severity == "error"] == []
    images = poppler("pdfimages", "-list", str(path)).splitlines()[2:]
    assert len(images) == 1
