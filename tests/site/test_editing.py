"""What the built pages offer editors: an "edit this page" link to the
page's own source in its language, the date of its last change, a link to
the editors' guide, and nothing fetched from GitHub."""

import pytest
from bs4 import BeautifulSoup


def soup(site_dir, path):
    return BeautifulSoup((site_dir / path / "index.html").read_text(encoding="utf-8"), "lxml")


@pytest.mark.parametrize(("edition", "lang"), [("", "zh"), ("en/", "en")])
def test_edit_this_page_opens_the_source_in_the_pages_language(site_dir, edition, lang):
    page = soup(site_dir, edition + "system-reform/de-formalism")
    edit = page.select_one("a[rel=edit]")
    assert edit["href"].endswith(f"/edit/main/docs/{lang}/system-reform/de-formalism.md")
    guide = page.select_one("a.md-copyright__guide")["href"]
    assert guide.endswith("/CONTRIBUTING.md" if lang == "zh" else "/CONTRIBUTING.en.md")


def test_each_page_shows_the_date_of_its_last_change(site_dir):
    page = soup(site_dir, "work-advancement/social-harmony")
    date = page.select_one(".md-source-file .git-revision-date-localized-plugin-date")
    assert date and "年" in date.get_text()
    english = soup(site_dir, "en/work-advancement/social-harmony")
    assert english.select_one(".git-revision-date-localized-plugin-date").get_text(strip=True)[-4:].isdigit()


def test_no_repository_widget_that_would_fetch_from_github(site_dir):
    page = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "md-source" not in page.replace("md-source-file", "")
    assert "api.github.com" not in page
