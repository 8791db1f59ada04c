"""What readers type finds its page, in Chromium, with the site's own search
box: Traditional characters (in either edition), pinyin and figures however
written over http and from the file system; several words and whole phrases,
small figures written with 万, US spellings and a typo (said as "Did you
mean") over http (the same code); a slip said as "did you mean" from the file
system too. (Queries are pasted: the box gets the text without a key.)"""

import opencc
import pytest

from reportsite.catalog import READER
from searching import META, NO_RESULTS, notice, over_http_only, pages, results, search

EDITIONS = {"zh": "", "en": "en/"}

# Simplified words and their page; each is searched in Traditional too. The
# English glossary prints the Chinese terms, which find it in either script.
TRADITIONAL = {
    "zh": [
        ("职工书屋", "system-reform/de-formalism/"),
        ("律师", "system-reform/de-administration/"),
        ("医疗互助", "work-advancement/hardship-relief/"),
        ("群团服务站", "system-reform/de-bureaucratization/"),
        ("温馨小屋", "work-advancement/service-capacity/"),
        ("台账", "system-reform/de-bureaucratization/"),
        ("维权热线", "system-reform/de-administration/"),
        ("巾帼文明岗", "system-reform/de-formalism/"),
    ],
    "en": [
        ("职工书屋", "glossary/"),
        ("厂务公开", "glossary/"),
        ("春风行动", "glossary/"),
    ],
}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_traditional_characters_find_and_mark_what_simplified_ones_do(reader, site, lang):
    page = reader.page
    page.goto(site.url(EDITIONS[lang]))
    differences = []
    for word, expected in TRADITIONAL[lang]:
        simplified = search(page, site, word)
        hit = next((r for r in simplified[:3] if r.page == EDITIONS[lang] + expected), None)
        assert hit and hit.marks, (word, pages(simplified))
        for variant in ("s2t", "s2tw", "s2hk"):
            query = opencc.OpenCC(variant).convert(word)
            found = search(page, site, query)
            if [(r.page, r.marks) for r in found] != [(r.page, r.marks) for r in simplified]:
                differences.append((variant, query, pages(found), pages(simplified)))
    assert differences == []
    reader.assert_clean()


# Toneless pinyin, as typed without a Chinese input method; the word it
# stands for is marked on its page.
PINYIN = [
    ("gonghui", "工会", "political-building/union-political-building/"),
    ("lvshi", "律师", "system-reform/de-administration/"),
    ("lüshi", "律师", "system-reform/de-administration/"),
    ("lv shi", "律师", "system-reform/de-administration/"),
    ("kuaidi", "快递", "system-reform/de-bureaucratization/"),
    ("kuai di", "快递", "system-reform/de-bureaucratization/"),
    ("chunfeng xingdong", "春风行动", "work-advancement/hardship-relief/"),
    ("zhigongshuwu", "职工书屋", "system-reform/de-formalism/"),
    ("ankangbei", "安康杯", "work-advancement/green-development/"),
    ("jiti hetong", "集体合同", "work-advancement/social-harmony/"),
]


def test_toneless_pinyin_finds_the_word_and_marks_it(reader, site):
    page = reader.page
    page.goto(site.url(""))
    missed = []
    for query, word, expected in PINYIN:
        found = search(page, site, query)
        hit = next((r for r in found[:3] if r.page == expected), None)
        if hit is None or not any(word in mark for mark in hit.marks):
            missed.append((query, pages(found), hit and hit.marks))
    assert missed == []
    reader.assert_clean()


@over_http_only
def test_initials_find_words_only_where_few_words_have_them(reader, site):
    page = reader.page
    page.goto(site.url(""))
    # gh: 工会 and two rarer words; zd: the initials of a dozen words.
    found = search(page, site, "gh")
    assert found and {mark for r in found for mark in r.marks} <= {"工会", "关怀", "改后"}
    search(page, site, "zd")
    assert NO_RESULTS.search(page.locator(META).inner_text())
    reader.assert_clean()


@over_http_only
def test_latin_words_of_the_chinese_site_are_not_read_as_pinyin(reader, site):
    page = reader.page
    page.goto(site.url(""))
    for query in ("csv", "json"):
        found = search(page, site, query)
        assert pages(found, 1) == ["data/"], query
        assert all(query in " ".join(r.marks).lower() for r in found), query
    reader.assert_clean()


# The page that holds the query word for word ranks first: a pasted
# indicator, a copied sentence, a term of several words.
PHRASES = {
    "zh": [
        ("职工医疗互助参保人数", "work-advancement/hardship-relief/"),
        ("群团服务站", "system-reform/de-bureaucratization/"),
        ("全市共建立群团服务站103家，市工青妇组织下派骨干30名", "system-reform/de-bureaucratization/"),
        ("参保人数37827人，缴纳参保金额378.27万元", "work-advancement/hardship-relief/"),
        ("集体合同覆盖职工", "work-advancement/social-harmony/"),
    ],
    "en": [
        ("migrant workers", "system-reform/de-administration/"),
        ("People insured under the workers' mutual medical aid scheme", "work-advancement/hardship-relief/"),
        (
            "checks on the household finances of 4,172 of them have been completed",
            "work-advancement/hardship-relief/",
        ),
        ("Workers covered by collective contracts", "work-advancement/social-harmony/"),
        ("industrial workforce", "system-reform/de-elitism/"),
    ],
}


@over_http_only
@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_the_page_holding_the_query_word_for_word_ranks_first(reader, site, lang):
    page = reader.page
    page.goto(site.url(EDITIONS[lang]))
    missed = []
    for query, expected in PHRASES[lang]:
        found = pages(search(page, site, query), 1)
        if found != [EDITIONS[lang] + expected]:
            missed.append((query, found))
    assert missed == []
    reader.assert_clean()


# Words that are not next to each other: the page holding all of them
# ranks above the many pages holding only the commoner one.
ALL_WORDS = {
    "zh": [
        ("快递 职工", "system-reform/de-bureaucratization/"),
        ("律师 热线", "system-reform/de-administration/"),
        ("服务站 骨干", "system-reform/de-bureaucratization/"),
    ],
    "en": [
        ("courier workers", "system-reform/de-bureaucratization/"),
        ("lawyers hotline", "system-reform/de-administration/"),
        ("workers calligraphy", "system-reform/de-formalism/"),
    ],
}


@over_http_only
@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_pages_holding_every_word_rank_above_pages_holding_some(reader, site, lang):
    page = reader.page
    page.goto(site.url(EDITIONS[lang]))
    missed = []
    for query, expected in ALL_WORDS[lang]:
        found = pages(search(page, site, query), 1)
        if found != [EDITIONS[lang] + expected]:
            missed.append((query, found))
    assert missed == []
    reader.assert_clean()


# US spellings, and the British spelling of the site marked on its page.
US_SPELLINGS = [
    ("labor", "labour", "work-advancement/hardship-relief/"),
    ("labor rights", "labour", "work-advancement/hardship-relief/"),
    ("center", "centres", "system-reform/de-formalism/"),
    ("civilization", "civilisation", "system-reform/de-formalism/"),
    ("standardization", "standardisation", "work-advancement/service-capacity/"),
    ("mobilizing", "mobilising", "political-building/theoretical-study/"),
]


@over_http_only
def test_us_spellings_find_the_british_ones(reader, site):
    page = reader.page
    page.goto(site.url("en/"))
    missed = []
    for query, british, expected in US_SPELLINGS:
        found = search(page, site, query)
        hit = next((r for r in found[:3] if r.page == "en/" + expected), None)
        if hit is None or british not in " ".join(hit.marks).lower():
            missed.append((query, pages(found), hit and hit.marks))
    assert missed == []
    reader.assert_clean()


# A figure as either edition writes it, with or without separators.
FIGURES = {
    "zh": [
        ("37,827", "work-advancement/hardship-relief/"),
        ("3,782,700", "work-advancement/hardship-relief/"),
        ("3782700", "work-advancement/hardship-relief/"),
        ("107,445", "work-advancement/social-harmony/"),
        ("59.6万", "work-advancement/social-harmony/"),
    ],
    "en": [
        ("37827", "work-advancement/hardship-relief/"),
        ("378.27万", "work-advancement/hardship-relief/"),
        ("3782700", "work-advancement/hardship-relief/"),
        ("10.7445万", "work-advancement/social-harmony/"),
        ("596000", "work-advancement/social-harmony/"),
    ],
}


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_a_figure_finds_its_page_however_it_is_written(reader, site, lang):
    page = reader.page
    page.goto(site.url(EDITIONS[lang]))
    missed = []
    for query, expected in FIGURES[lang]:
        found = search(page, site, query)
        if EDITIONS[lang] + expected not in pages(found):
            missed.append((query, pages(found)))
    assert missed == []
    reader.assert_clean()


# Small figures the Chinese text writes with 万 (2万余人次, 参赛职工10万余名,
# 9万余名), however a reader writes them: their page, the figure marked as
# written, and no digit of a longer number marked (the 2 of 2019, the 10 of
# 107445 or 100%).
FIGURES_WITH_WAN = [
    ("2万", "2万", "political-building/ideological-guidance/"),
    ("20,000", "2万", "political-building/ideological-guidance/"),
    ("20000", "2万", "political-building/ideological-guidance/"),
    ("10万", "10万", "work-advancement/green-development/"),
    ("100,000", "10万", "work-advancement/green-development/"),
    ("100000", "10万", "work-advancement/green-development/"),
    ("9万", "9万", "work-advancement/green-development/"),
    ("90,000", "9万", "work-advancement/green-development/"),
]


@over_http_only
def test_a_small_figure_written_with_wan_finds_its_page_and_only_it_is_marked(reader, site):
    page = reader.page
    page.goto(site.url(""))
    missed = []
    for query, written, expected in FIGURES_WITH_WAN:
        found = search(page, site, query)
        hit = next((r for r in found[:3] if r.page == expected), None)
        marked = {mark for r in found for mark in r.marks}
        if hit is None or written not in hit.marks or marked != {written}:
            missed.append((query, pages(found), sorted(marked)))
    assert missed == []
    reader.assert_clean()


# One letter wrong, missing, extra, or two swapped, in words of five
# letters or more: the same results as the word spelt right, and the word
# said above them ("Did you mean: hotline").
TYPOS = [
    ("hotlnie", "hotline", "system-reform/de-administration/"),
    ("calligrpahy", "calligraphy", "system-reform/de-formalism/"),
    ("couirer", "courier", "system-reform/de-bureaucratization/"),
    ("lawyres", "lawyers", "system-reform/de-administration/"),
    ("colective", "collective", "work-advancement/social-harmony/"),
]


@over_http_only
def test_a_one_letter_typo_finds_what_the_word_finds(reader, site):
    page = reader.page
    page.goto(site.url("en/"))
    differences = []
    did_you_mean = READER["search"]["en"]["did_you_mean"]
    for typo, word, expected in TYPOS:
        found = search(page, site, typo)
        said = notice(page)
        right = search(page, site, word)
        if (
            "en/" + expected not in pages(found)
            or pages(found, None) != pages(right, None)
            or said != did_you_mean.format(words=word)
            or notice(page) != ""
        ):
            differences.append((typo, said, pages(found, None), pages(right, None)))
    assert differences == []
    reader.assert_clean()


@over_http_only
def test_short_words_are_not_corrected(reader, site):
    page = reader.page
    page.goto(site.url("en/"))
    search(page, site, "wrok")  # four letters: too short to guess
    assert NO_RESULTS.search(page.locator(META).inner_text())
    assert results(page, site) == []
    reader.assert_clean()


# "Did you mean" from the file system (over http: test_search_understanding.py
# and the typos above): a character of the same sound, one of similar shape,
# an English typo; each read as the word, said so, its page found.
SAID_OFFLINE = [
    ("", "困男", "困难", "work-advancement/hardship-relief/"),
    ("", "职土书屋", "职工书屋", "system-reform/de-formalism/"),
    ("en/", "lawyres", "lawyers", "en/system-reform/de-administration/"),
]


@pytest.mark.parametrize("site", ["file"], indirect=True)
def test_a_slip_is_said_as_did_you_mean_from_the_file_system(reader, site):
    page = reader.page
    missed, opened = [], None
    for home, query, meant, expected in SAID_OFFLINE:
        if home != opened:
            page.goto(site.url(home))
            opened = home
        found = search(page, site, query)
        said = notice(page)
        words = READER["search"]["en" if home else "zh"]["did_you_mean"]
        if expected not in pages(found) or said != words.format(words=meant):
            missed.append((query, said, pages(found)))
    assert missed == []
    reader.assert_clean()
