"""Nothing in the site that no page, script or document leads to: every file
is reached from what a reader or a crawler opens first (tests/referenced.py),
and the English edition holds no copy of the theme's files."""

import lxml.html

from referenced import published, unreferenced


def test_every_file_of_the_site_is_reached_from_its_pages(site_dir):
    home = lxml.html.parse(str(site_dir / "index.html")).getroot()
    (site_url,) = home.xpath("//link[@rel='canonical']/@href")
    starts = ["index.html", "404.html", "en/404.html", "sitemap.xml", "en/sitemap.xml"]
    assert unreferenced(site_dir, site_url, starts + published(site_dir, offline=False)) == []


def test_the_english_edition_has_no_theme_files_of_its_own(site_dir):
    assert not (site_dir / "en" / "assets").exists()
    assert not list(site_dir.rglob("*.map"))
