"""Each page names the same page in both editions in its head (hreflang)."""

from urllib.parse import urljoin

from bs4 import BeautifulSoup


def test_every_page_names_its_translation_in_the_head(site_dir):
    for index in site_dir.rglob("index.html"):
        url = "http://site/" + index.relative_to(site_dir).as_posix().removesuffix("index.html")
        soup = BeautifulSoup(index.read_text(encoding="utf-8"), "html.parser")
        links = {link["hreflang"]: urljoin(url, link["href"]) for link in soup.select("head link[rel=alternate]")}
        path = url.removeprefix("http://site/").removeprefix("en/")
        assert links == {
            "zh-Hans": "http://site/" + path,
            "en": "http://site/en/" + path,
            "x-default": "http://site/" + path,
        }, index
