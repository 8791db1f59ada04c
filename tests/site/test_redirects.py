"""An address that moved (rule 16), as the built site gives it: a page in the
edition's language that leads to the page now there, with the site's own
script only (scripts/reportsite/redirects.py)."""

import lxml.html
import pytest

EDITIONS = [("", "zh-Hans"), ("en/", "en")]


@pytest.mark.parametrize(("edition", "lang"), EDITIONS)
def test_an_old_address_leads_to_its_page_in_the_same_edition(site_dir, edition, lang):
    page = site_dir / edition / "print_page" / "index.html"
    root = lxml.html.parse(str(page)).getroot()
    assert root.get("lang") == lang
    [refresh] = root.xpath("//head/meta[@http-equiv='refresh']/@content")
    target = refresh.removeprefix("0; url=")
    assert (page.parent / target / "index.html").resolve() == site_dir / edition / "key-figures" / "index.html"
    assert [a.get("href") for a in root.xpath("//body//a")] == [target]  # for a reader whose browser does not go on


@pytest.mark.parametrize(("edition", "lang"), EDITIONS)
def test_an_old_address_runs_only_the_sites_own_script(site_dir, edition, lang):
    page = site_dir / edition / "print_page" / "index.html"
    root = lxml.html.parse(str(page)).getroot()
    [script] = root.iter("script")
    assert not (script.text or "").strip()
    assert (page.parent / script.get("src")).resolve().is_relative_to(site_dir / "assets" / "javascripts")
    assert (page.parent / script.get("src")).resolve().is_file()
