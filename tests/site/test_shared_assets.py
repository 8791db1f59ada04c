"""Switching language does not download the theme again: a page and its
translation load the very same stylesheets, scripts and search worker (the
English page one more: the script that marks Chinese passages in its search
results, which a Chinese page has no need of)."""

import re
from urllib.parse import urljoin

ASSETS = re.compile(r'(?:href|src)="([^"]*assets/[^"]+)"|"search": "([^"]+)"')


def theme_assets(site_dir, relative):
    html = (site_dir / relative / "index.html").read_text(encoding="utf-8")
    base = "http://site/" + relative
    return {urljoin(base, a or b) for a, b in ASSETS.findall(html)}


def test_a_page_and_its_translation_share_the_theme_assets(site_dir):
    for relative in ("", "system-reform/de-formalism/", "glossary/"):
        chinese, english = theme_assets(site_dir, relative), theme_assets(site_dir, "en/" + relative)
        only_english = {url for url in english - chinese if "/chinese-passages." not in url}
        assert chinese and chinese <= english and not only_english, relative
        for url in english:
            assert (site_dir / url.removeprefix("http://site/")).is_file(), url
