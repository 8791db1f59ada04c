"""Each edition speaks its own language, and says so: the theme's words
(hover text, screen-reader names, the search panel's messages) in the
edition's language, <html lang> as the hreflang links say, Open Graph
locales, Chinese passages of English pages marked as Chinese, and
descriptions short enough for a search result or a shared link."""

import json
import re

import lxml.html
import pytest

from conftest import content_pages

HAN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
# What the theme writes that a reader hears or sees on hover.
SPOKEN = ("title", "aria-label", "alt", "placeholder")
# The theme's own parts of a page (the article is the page's text, whatever its language).
CHROME = "//header | //nav | //footer | //*[contains(@class, 'md-search')] | //*[@data-md-component='top']"
LOCALES = {"zh-Hans": "zh_CN", "en": "en_GB"}
SITE_NAMES = {"zh-Hans": "勇立改革潮头再出发 争当群团工作排头兵", "en": "Forging Ahead Anew at the Forefront of Reform"}


def pages(site_dir, edition):
    found = [p for p in content_pages(site_dir, "index.html") if (p.relative_to(site_dir).parts[0] == "en") == edition]
    assert len(found) >= 20
    return found + [site_dir / ("en/404.html" if edition else "404.html")]


def parsed(path):
    return lxml.html.parse(str(path)).getroot()


def language_of(element):
    for item in (element, *element.iterancestors()):
        if item.get("lang"):
            return item.get("lang")
    return None


def owner(text):
    """The element a text stands in (a tail's is its element's parent)."""
    return text.getparent().getparent() if text.is_tail else text.getparent()


def foreign(text, lang):
    """The other language's words in `text`."""
    if lang.startswith("zh"):
        return ENGLISH_WORD.findall(text)
    return HAN.findall(text)


@pytest.mark.parametrize("english", [False, True], ids=["zh", "en"])
def test_the_themes_words_are_in_the_editions_language(site_dir, english):
    wrong = []
    for path in pages(site_dir, english):
        root = parsed(path)
        for element in root.iter():
            if not isinstance(element.tag, str) or element.tag in ("script", "style", "meta", "link"):
                continue
            lang = language_of(element) or ""
            for name in SPOKEN:
                value = element.get(name)
                if value and not value.startswith(("http", "#")) and foreign(value, lang):
                    wrong.append((path.relative_to(site_dir).as_posix(), element.tag, name, value))
        for element in root.xpath(CHROME):
            for text in element.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]"):
                lang = language_of(owner(text)) or ""
                if text.strip() and foreign(text, lang):
                    wrong.append((path.relative_to(site_dir).as_posix(), "text", text.strip()))
        # What Material's scripts write later (copy buttons, the search panel's counts).
        config = root.xpath("//script[@id='__config']")
        if config:
            lang = root.get("lang")
            for key, value in json.loads(config[0].text)["translations"].items():
                if foreign(value.replace("#", ""), lang):
                    wrong.append((path.relative_to(site_dir).as_posix(), key, value))
    assert wrong == []


def test_the_permalink_and_footnote_titles_are_the_editions(site_dir):
    zh = parsed(site_dir / "system-reform" / "index.html")
    en = parsed(site_dir / "en" / "system-reform" / "index.html")
    assert {a.get("title") for a in zh.xpath("//a[@class='headerlink']")} == {"本节的固定链接"}
    assert {a.get("title") for a in en.xpath("//a[@class='headerlink']")} == {"Permanent link to this section"}
    assert [a.get("title") for a in zh.xpath("//a[@class='footnote-backref']")][:2] == [
        "跳回正文中脚注 1 所在处",
        "跳回正文中脚注 2 所在处",
    ]
    assert en.xpath("//a[@class='footnote-backref']")[0].get("title") == "Jump back to footnote 1 in the text"
    assert zh.xpath("//img[contains(@src, 'favicon')]")[0].get("alt") == ""  # the logo's link says the site's name
    # The date of the page's last change, its time on hover (the plugin's own says "CST").
    date = "//span[contains(@class, 'git-revision-date-localized-plugin-date')]/@title"
    assert zh.xpath(date)[0].endswith("（北京时间）") and en.xpath(date)[0].endswith(" (China Standard Time)")


def test_each_page_says_its_language_as_its_hreflang_and_open_graph_locale(site_dir):
    checked = 0
    for path in content_pages(site_dir, "index.html"):
        root = parsed(path)
        canonical = root.xpath("//head/link[@rel='canonical']/@href")[0]
        hreflang = [(link.get("href"), link.get("hreflang")) for link in root.xpath("//head/link[@rel='alternate']")]
        own = next(lang for href, lang in hreflang if href == canonical and lang != "x-default")
        assert root.get("lang") == own, path
        og = root.xpath("//head/meta[@property='og:locale']/@content")
        alternate = root.xpath("//head/meta[@property='og:locale:alternate']/@content")
        assert og == [LOCALES[own]], path
        shared = {meta.get("property"): meta.get("content") for meta in root.xpath("//head/meta[@property]")}
        assert {"og:type", "og:site_name", "og:title", "og:description", "og:url"} <= set(shared), path
        assert shared["og:url"] == canonical and shared["og:site_name"] == SITE_NAMES[own], path
        assert alternate == [LOCALES[lang] for lang in LOCALES if lang != own], path
        # The language switch names the other edition in its own language.
        switch = root.xpath("//a[@data-language-switch]")[0]
        assert switch.get("lang") == switch.get("hreflang") == next(lang for lang in LOCALES if lang != own)
        checked += 1
    assert checked >= 40
    for name, lang in (("404.html", "zh-Hans"), ("en/404.html", "en")):
        assert parsed(site_dir / name).get("lang") == lang


def test_every_chinese_passage_of_an_english_page_is_marked_as_chinese(site_dir):
    unmarked, marked = [], 0
    for path in pages(site_dir, True):
        root = parsed(path)
        for text in root.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"):
            if HAN.search(text):
                lang = language_of(owner(text)) or ""
                if lang.startswith("zh"):
                    marked += len(HAN.findall(text))
                else:
                    unmarked.append((path.relative_to(site_dir).as_posix(), text.strip()[:60]))
    assert unmarked == []
    assert marked > 500  # Chinese characters, all marked
    notes = parsed(site_dir / "en" / "editorial-notes" / "index.html")
    title = notes.xpath("//span[@lang='zh-Hans'][. = '勇立改革潮头再出发 争当群团工作排头兵']")[0]
    assert title.tail.startswith("”)")  # the English quotation marks stay outside, the English sentence's
    # A quotation's marks are the English sentence's; the Chinese between them is Chinese.
    relief = parsed(site_dir / "en" / "work-advancement" / "hardship-relief" / "index.html")
    assert any(span.text == "24场（次）" for span in relief.xpath("//span[@lang='zh-Hans']"))


@pytest.mark.parametrize("english", [False, True], ids=["zh", "en"])
def test_every_description_is_within_160_characters_and_shared_as_it_is(site_dir, english):
    for path in pages(site_dir, english)[:-1]:
        root = parsed(path)
        description = root.xpath("//head/meta[@name='description']/@content")
        assert description and 0 < len(description[0]) <= 160, (path, len(description[0]) if description else None)
        assert root.xpath("//head/meta[@property='og:description']/@content") == description
