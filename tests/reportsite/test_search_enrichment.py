"""What the search index carries for the worker's prelude: Traditional
characters and pinyin for the Chinese index, computed from its own words."""

import re

import opencc

from reportsite.search_index import (
    KEY,
    common_sounds,
    enrich,
    index_words,
    pinyin_map,
    regional_words,
    shape_codes,
    site_extras,
    traditional_map,
)

SEPARATOR = r"[\s\u200b，。]+"


def index_of(*texts: str) -> dict:
    return {
        "config": {"lang": ["zh"], "separator": SEPARATOR, "pipeline": [], "fields": {}},
        "docs": [{"location": f"p{n}/", "title": "", "text": text} for n, text in enumerate(texts)],
    }


def to_simplified(text: str, chars: str, words: dict[str, str]) -> str:
    """What the worker does with a query: the words first, then characters."""
    pairs = dict(zip(chars[::2], chars[1::2], strict=True))
    out, i = "", 0
    while i < len(text):
        word = next((w for w in sorted(words, key=len, reverse=True) if text.startswith(w, i)), None)
        if word:
            out, i = out + words[word], i + len(word)
        else:
            out, i = out + pairs.get(text[i], text[i]), i + 1
    return out


def test_the_words_are_the_chinese_tokens_of_titles_and_texts():
    index = index_of("<p>\u200b职工\u200b书屋\u200b，\u200b快递\u200b DB-01</p>", "\u200b职工\u200b")
    assert index_words(index) == {"职工": 2, "书屋": 1, "快递": 1}


def test_every_traditional_spelling_of_a_word_comes_back_to_it():
    words = ["群团", "服务站", "温馨", "里面", "台账", "发展", "头发", "干部", "乾坤", "著名", "显著", "着力"]
    chars, exceptions = traditional_map(words)
    for word in words:
        assert to_simplified(word, chars, exceptions) == word
        for variant in ("s2t", "s2tw", "s2hk"):
            assert to_simplified(opencc.OpenCC(variant).convert(word), chars, exceptions) == word, variant


def test_pinyin_is_each_characters_usual_reading_and_the_words_read_otherwise():
    syllables, readings = pinyin_map(["律师", "工会", "银行", "行动", "行政", "重要", "重新"])
    reading = {char: syllable for syllable, chars in syllables.items() for char in chars}
    assert reading["律"] == "lv" and reading["会"] == "hui"
    assert reading["行"] == "xing" and readings["银行"] == "yin hang"
    assert reading["重"] == "zhong" and readings["重新"] == "chong xin"
    assert "工会" not in readings


def english_index_of(*texts: str) -> dict:
    return {**index_of(*texts), "config": {**index_of("")["config"], "lang": ["en"]}}


def test_the_chinese_index_is_enriched_and_the_original_is_left_alone():
    chinese = index_of("\u200b律师\u200b")
    enriched = enrich(chinese, "zh")
    assert set(enriched["config"][KEY]) == {"t2s", "t2sWords", "pinyin", "pinyinWords", "sounds", "shapes"}
    assert "師师" in enriched["config"][KEY]["t2s"]
    assert KEY not in chinese["config"]
    assert enriched["docs"] == chinese["docs"]


def test_an_english_index_gets_traditional_characters_for_its_chinese_terms_only():
    """The English glossary prints the Chinese terms: typed in Traditional
    characters, they find it too; pinyin is the Chinese edition's."""
    english = english_index_of("lawyer", "Workers' Library \u200b职工书屋\u200b")
    enriched = enrich(english, "en")
    assert set(enriched["config"][KEY]) == {"t2s", "t2sWords"}
    extra = enriched["config"][KEY]
    assert to_simplified("職工書屋", extra["t2s"], extra["t2sWords"]) == "职工书屋"
    assert KEY not in english["config"]
    assert enrich(english_index_of("lawyer"), "en") == english_index_of("lawyer")


def test_a_regions_word_for_an_index_word_comes_back_to_it_unless_the_index_writes_it():
    """Taiwan's 網路 and 資訊 (in either script) are the index's 网络 and 信息;
    Taiwan's 建立 for 创建 is left out, since the index says 建立 itself."""
    found = regional_words(["网络", "信息", "创建", "工会"], "网络 信息 创建 建立 工会")
    assert found["網路"] == found["网路"] == "网络"
    assert found["資訊"] == found["资讯"] == "信息"
    assert "建立" not in found and not any(word == "工会" for word in found.values())
    chars, exceptions = traditional_map(["网络"])
    exceptions |= found
    assert to_simplified("網路", chars, exceptions) == "网络"


def test_the_sounds_are_those_of_common_characters_the_index_lacks():
    sounds = common_sounds(["困难"])
    reading = {char: syllable for syllable, chars in sounds.items() for char in chars}
    assert reading["男"] == "nan" and "难" not in reading and "困" not in reading
    assert 3000 < len(reading) < 3755


def test_the_shapes_are_the_four_corner_codes_of_the_index_and_frequent_characters():
    """Each code's four corners, then its characters: the index's (律师) and
    the most frequent ones (土, typed for 工 in 职土), the fifth digit left
    out (工 10102 and 王 10104 are coded alike)."""
    shapes = shape_codes(["律师"], frequent=1000)
    codes = {}
    for code, chars in re.findall(r"(\d{4})(\D+)", shapes):
        codes |= dict.fromkeys(chars, code)
    assert codes["律"] == "2520" and codes["师"] == "2102"
    assert codes["工"] == codes["王"] == "1010" and codes["土"] == "4010"
    assert len(codes) < 1100 and "龘" not in codes
    assert shape_codes(["律师"], frequent=0) == "2102师2520律"


def test_with_the_site_the_index_carries_its_editorial_pages_figures_synonyms_and_words(real_site):
    docs = ["", "about/", "glossary/", "work-advancement/hardship-relief/", "work-advancement/social-harmony/"]
    index = {"config": {"lang": ["zh"]}, "docs": [{"location": location} for location in docs]}
    zh, en = site_extras(index, "zh", real_site), site_extras(index, "en", real_site)
    assert zh["editorial"] == ["about/", "glossary/"]
    assert ["HR-09", "职工医疗互助参保人数", "37827人", "work-advancement/hardship-relief/#hr-09", "count"] in zh[
        "answers"
    ]
    assert [
        "SH-03",
        "Trade union members entered under real-name registration",
        "596,000 people",
        "work-advancement/social-harmony/#sh-03",
        "count",
    ] in en["answers"]
    assert zh["synonyms"]["贫困"] == ["困难"] and "poverty" not in zh["synonyms"]
    assert en["synonyms"]["poverty"] == ["hardship"] and en["synonyms"]["贫困"] == ["困难"]
    assert zh["words"]["did_you_mean"].startswith("您") and en["words"]["did_you_mean"].startswith("Did")
