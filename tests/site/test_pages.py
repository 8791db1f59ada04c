"""What the built pages say about themselves: the navigation in the page's
language, a 404 page in each language, front-matter text written safely."""

import lxml.html
import pytest

from conftest import copy_repository
from reportsite import checks
from reportsite.build import build_site
from reportsite.diagnostics import errors_in


def root(site_dir, path):
    return lxml.html.parse(str(site_dir / path)).getroot()


def test_the_english_navigation_names_its_sections_in_english(site_dir):
    page = root(site_dir, "en/index.html")
    titles = [t.text_content().strip() for t in page.xpath("//nav[contains(@class,'md-nav--primary')]//label[contains(@class,'md-nav__link')]")]
    assert "Leading the way in reforming the mass organisations" in " ".join(titles)
    assert not any("\u4e00" <= char <= "\u9fff" for char in " ".join(titles))


@pytest.mark.parametrize(("path", "heading"), [("404.html", "找不到这个页面"), ("en/404.html", "Page not found")])
def test_each_edition_has_a_404_page_in_its_language(site_dir, path, heading):
    assert root(site_dir, path).xpath("//article//h1")[0].text_content().strip() == heading


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    repo = copy_repository(tmp_path_factory.mktemp("hostile") / "repo")
    page = repo / "docs" / "zh" / "closing.md"
    _, _, body = page.read_text(encoding="utf-8").split("---\n", 2)
    hostile = "description: '\"><script>alert(1)</script>'\ntitle: '</title><script>alert(2)</script>'\n"
    page.write_text(f"---\n{hostile}---\n{body}", encoding="utf-8")
    # Rule 2 refuses such a title (not the page's heading); the templates' escaping is tested behind it.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(checks, "check_front_matter_words", lambda reading: [])
        built = build_site(repo / "site", repo / "mkdocs.yml", ("zh",), pdf=False, check_output=False)
    assert errors_in(built.problems) == []
    return repo / "site"


def test_front_matter_values_are_written_as_text_wherever_the_templates_write_them(hostile_site):
    page = lxml.html.parse(str(hostile_site / "closing" / "index.html")).getroot()
    scripts = [s.text or "" for s in page.iter("script")]
    assert not any("alert" in text for text in scripts)
    assert page.find("head/title").text == "</title><script>alert(2)</script> - 勇立改革潮头再出发 争当群团工作排头兵"
    assert page.xpath("//meta[@name='description']")[0].get("content") == '"><script>alert(1)</script>'
    assert page.xpath("//meta[@property='og:description']")[0].get("content") == '"><script>alert(1)</script>'
