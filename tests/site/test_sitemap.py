"""Each edition's sitemap dates every page by its own history: the date of
the last commit that changed its source (the date the page shows as
"网站更新于 / Site updated", in the site's time zone), not the build's."""

import os
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import DOCS, ROOT

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def last_commit_date(path):
    """The date of the last commit touching `path`, in Asia/Shanghai (the
    time zone of git-revision-date-localized in mkdocs.yml)."""
    result = subprocess.run(
        ["git", "log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%d", "--", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "TZ": "Asia/Shanghai"},
        check=True,
    )
    return result.stdout.strip()


def source_of(lang, page_path):
    base = DOCS / lang / page_path.strip("/")
    for candidate in (base.with_suffix(".md") if page_path.strip("/") else None, base / "index.md"):
        if candidate is not None and candidate.is_file():
            return candidate
    raise AssertionError(f"no source for {page_path} in docs/{lang}")


@pytest.mark.parametrize(("lang", "folder"), [("zh", ""), ("en", "en/")])
def test_every_pages_lastmod_is_the_date_of_its_last_commit(site_dir, lang, folder):
    root = ET.parse(site_dir / folder / "sitemap.xml").getroot()
    urls = {url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS) for url in root}
    assert len(urls) >= 20
    home = min(urls, key=len)  # the edition's address
    for loc, lastmod in urls.items():
        source = source_of(lang, loc.removeprefix(home))
        expected = last_commit_date(source)
        assert expected, f"{source} has no commit"
        assert lastmod == expected, loc
