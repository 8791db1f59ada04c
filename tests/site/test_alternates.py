"""Each page names the same page in both editions in its head: absolute
hreflang links under the configured site_url, and its canonical address."""

from bs4 import BeautifulSoup

from conftest import content_pages


def test_every_page_names_its_translation_in_the_head(site_dir):
    checked = 0
    for index in content_pages(site_dir, "index.html"):
        relative = index.relative_to(site_dir).as_posix().removesuffix("index.html")
        soup = BeautifulSoup(index.read_text(encoding="utf-8"), "lxml")
        canonical = soup.select_one("head link[rel=canonical]")["href"]
        assert canonical.startswith("https://") and canonical.endswith(relative), index
        base = canonical.removesuffix(relative)
        path = relative.removeprefix("en/")
        links = {link["hreflang"]: link["href"] for link in soup.select("head link[rel=alternate][hreflang]")}
        assert links == {"zh-Hans": base + path, "en": base + "en/" + path, "x-default": base + path}, index
        checked += 1
    assert checked >= 40


def test_shared_links_carry_title_and_summary_in_the_page_language(site_dir):
    for path, locale in (("system-reform/de-formalism", "zh_CN"), ("en/system-reform/de-formalism", "en_GB")):
        soup = BeautifulSoup((site_dir / path / "index.html").read_text(encoding="utf-8"), "lxml")
        meta = {tag["property"]: tag["content"] for tag in soup.select("head meta[property]")}
        description = soup.select_one("head meta[name=description]")["content"]
        assert meta["og:locale"] == locale and meta["og:description"] == description
        assert meta["og:title"].startswith(soup.select_one("article h1").get_text().removesuffix("#").strip())
