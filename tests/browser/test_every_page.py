"""Every page of both editions, in Chromium: it loads without console errors
and asks nothing of any host but the site itself."""

from conftest import content_pages
from reportsite.browser import settle


def page_paths(site_dir):
    return sorted(
        path.relative_to(site_dir).as_posix().removesuffix("index.html")
        for path in content_pages(site_dir, "index.html")
    )


def test_every_page_loads_cleanly_with_nothing_from_outside(web_page, base_url, site_dir):
    paths = page_paths(site_dir)
    assert len(paths) >= 40 and "en/" in paths
    for path in paths:
        web_page.page.goto(base_url + path)
        settle(web_page.page)
        assert web_page.page.locator("article h1").count() >= 1, path
    web_page.assert_clean()
