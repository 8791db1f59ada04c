"""Each edition has its own search index; the Chinese one is segmented and
carries what the worker needs for Traditional characters and pinyin, the
English one for Traditional characters (its glossary's Chinese terms)."""

import json
import re

import pytest

from reportsite.browser import SEARCH_NO_RESULTS, SEARCH_NOT_READY, SEARCH_PLACEHOLDER


@pytest.fixture(scope="module")
def indexes(site_dir):
    def load(sub):
        return json.loads((site_dir / sub / "search" / "search_index.json").read_text(encoding="utf-8"))

    return {"zh": load(""), "en": load("en")}


def words(doc):
    return doc["text"].replace("\u200b", " ").split()


def test_the_chinese_index_is_segmented_into_words_by_jieba(indexes):
    docs = indexes["zh"]["docs"]
    text = "".join(doc["text"] for doc in docs)
    assert text.count("\u200b") > 1000
    page = next(d for d in docs if d["location"] == "system-reform/de-bureaucratization/")
    assert {"快递", "服务站", "调研"} <= set(words(page))
    # Terms of the report from data/jieba_userdict.txt stay whole.
    relief = next(d for d in docs if d["location"] == "work-advancement/hardship-relief/")
    assert "春风行动" in words(relief)


def test_each_edition_indexes_only_its_own_pages(indexes):
    zh = {d["location"] for d in indexes["zh"]["docs"]}
    en = {d["location"] for d in indexes["en"]["docs"]}
    assert "system-reform/de-bureaucratization/" in zh
    assert not any(location.startswith("en/") for location in zh)
    assert indexes["zh"]["config"]["lang"] == ["zh"]
    assert indexes["en"]["config"]["lang"] == ["en"]
    assert en and not any("快递" in d["text"] for d in indexes["en"]["docs"])


def test_the_chinese_index_carries_what_the_worker_needs_for_traditional_and_pinyin(indexes):
    extra = indexes["zh"]["config"]["reportsite"]
    pairs = dict(zip(extra["t2s"][::2], extra["t2s"][1::2], strict=True))
    assert pairs["師"] == "师" and pairs["羣"] == "群" and pairs["溫"] == "温" and pairs["臺"] == "台"
    assert "律" in extra["pinyin"]["lv"] and "工" in extra["pinyin"]["gong"]


def test_the_english_index_carries_traditional_characters_for_the_glossarys_chinese_terms(indexes):
    extra = indexes["en"]["config"]["reportsite"]
    pairs = dict(zip(extra["t2s"][::2], extra["t2s"][1::2], strict=True))
    assert pairs["書"] == "书" and pairs["廠"] == "厂" and pairs["風"] == "风"
    assert "pinyin" not in extra


def test_the_offline_index_is_inlined_with_what_the_worker_needs(offline_site_dir):
    inlined = {}
    for lang, sub in (("zh", ""), ("en", "en")):
        folder = offline_site_dir / sub / "search"
        script = (folder / "search_index.js").read_text(encoding="utf-8")
        inlined[lang] = json.loads(script.removeprefix("var __index = "))
        # From the file system Material reads only the script: no JSON copy beside it.
        assert not (folder / "search_index.json").exists()
        assert "reportsite" in inlined[lang]["config"]
    assert "pinyin" in inlined["zh"]["config"]["reportsite"]



@pytest.mark.parametrize("sub", ["", "en/"])
def test_the_browser_helpers_know_the_search_panels_messages_as_each_edition_shows_them(site_dir, sub):
    """The browser tests wait on these messages: one they did not know (the
    English edition's "Initialising") let them read results before the index
    had loaded."""
    html = (site_dir / sub / "index.html").read_text(encoding="utf-8")
    loading = re.search(r'<div class="md-search-result__meta">\s*(.*?)\s*</div>', html).group(1)
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html).group(1))
    shown = config["translations"]
    assert re.search(SEARCH_NOT_READY, loading)  # as the helpers test it
    assert re.search(SEARCH_PLACEHOLDER, shown["search.result.placeholder"])
    assert re.search(SEARCH_NO_RESULTS, shown["search.result.none"])
