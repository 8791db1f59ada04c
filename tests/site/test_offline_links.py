"""The site built for the offline bundle (opened from a USB stick, with no
network): no "edit this page" link to GitHub, and every other link that
needs a network says so, in the page's language, right after it."""

from urllib.parse import urlsplit

import lxml.html

from conftest import content_pages

NOTES = {"zh-Hans": "（需联网）", "en": " (needs a network)"}


def test_no_link_of_the_offline_site_needs_a_network_without_saying_so(offline_site_dir):
    checked, noted = 0, 0
    for path in content_pages(offline_site_dir):
        root = lxml.html.parse(str(path)).getroot()
        assert root.xpath("//a[@rel='edit']") == [], path  # editing needs GitHub: not offered offline
        for link in root.xpath("//a[@href] | //area[@href]"):
            href = link.get("href")
            if not urlsplit(href).netloc:
                continue  # a file of the bundle, a place on the page
            note = link.getnext()
            said = note is not None and note.tag == "span" and "network-note" in (note.get("class") or "")
            assert said and note.text == NOTES[root.get("lang")] and not (link.tail or "").strip(), (path, href)
            noted += 1
        for form in root.xpath("//form[@action]"):
            assert not urlsplit(form.get("action")).netloc, path
        checked += 1
    assert checked >= 40
    assert noted >= 46  # the editors' guide in every footer, the report's plain text on the about pages
