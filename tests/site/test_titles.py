"""Every page's browser title and navigation entry name it by its heading."""

from bs4 import BeautifulSoup

from conftest import content_pages


def test_the_title_of_every_page_starts_with_its_heading(site_dir):
    for index in content_pages(site_dir, "index.html"):
        soup = BeautifulSoup(index.read_text(encoding="utf-8"), "lxml")
        heading = soup.select_one("article h1").get_text().removesuffix("#").strip()
        title = soup.title.get_text()
        assert title.startswith(heading) or title == soup.select_one("meta[property='og:site_name']")["content"], index
