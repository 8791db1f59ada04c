"""What the search worker needs beyond Material's index, added to the index.

Material's search plugin writes `search/search_index.json` ({"config": …,
"docs": […]}); the page hands `config` and `docs` to the search worker, where
our prelude (assets/search-prelude.js) reads `config["reportsite"]`. Only
what needs a Python library is computed here; everything the worker can
derive from the docs themselves (English spellings, figures, typos) is left
to it, so the index stays small.

Computed from the Chinese words of the index only: for every edition whose
index has any (the English glossary prints the Chinese terms, which a reader
may type in Traditional characters), the Traditional characters; for the
Chinese edition, pinyin too:

- `t2s`: Traditional characters and the Simplified ones they stand for, as
  one string of pairs ("後后發发…"). The words of the index are converted
  with OpenCC's s2t, s2tw and s2hk, so every usual spelling of a word is
  covered; the worker rewrites a query character by character.
- `t2sWords`: the few Traditional words that the character map would turn
  into something else than the index's word (a character that is
  Traditional in one word and Simplified in another); applied first.
- `pinyin`: each syllable and the characters of the index read so
  ({"gong": "工公共…"}): the reading a character has in most words.
- `pinyinWords`: the words of the index that pypinyin reads otherwise, in
  context (重新 chong xin, 行业 hang ye), syllables separated by spaces.

The worker reads a word's pinyin from these and so finds `gonghui` (工会).

Regional vocabulary comes with the Traditional words: each word of the index
that OpenCC's phrase conversions (s2twp for Taiwan, s2hkp for Hong Kong)
write otherwise (网络: 網路, 信息: 資訊) is in `t2sWords` under that spelling,
in Traditional and in Simplified characters (網路, 网路: 网络), unless the
index writes that spelling itself (建立 stays 建立, not 创建).

For the Chinese edition, `sounds`: the usual reading of the common characters
(GB 2312's first level) the index lacks, so that a character typed for
another of the same sound (困男 for 困难) can be read; and `shapes`: the
four-corner codes (四角号码, from the four_corner_method package: characters
of similar shape have similar codes, 工 1010, 土 4010) of the characters of
the index's words and of the most frequent characters (jieba's dictionary),
each code's four digits followed by its characters ("1010工王…4010土士…"),
so that a character typed for another of similar shape (职土 for 职工) can be
read too. Only the four corners, not the fifth digit (附角), which sets apart
characters that look alike.

With the site (the plugin), what the worker needs of it:

- `editorial`: the addresses of the editorial pages (the configuration's
  `editorial_pages`), which rank below the report's pages for the same match;
- `answers`: each figure of the edition, [code, indicator, value with its
  unit as the key figures write it, address of its row, kind (count…)], shown above the
  results when a query names its indicator (delivered.py checks them as it
  checks the pages' figures);
- `synonyms`: everyday words and the report's words they stand for
  (data/glossary.yml's `synonyms`);
- `words`: the results' own words in the edition's language (catalog.READER).
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .catalog import READER
from .paths import page_url

if TYPE_CHECKING:
    from .site import Site

KEY = "reportsite"
TAG = re.compile(r"<[^>]+>")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")
DEFAULT_SEPARATOR = r"[\s\u200b]+"
# OpenCC's conversions from Simplified: Traditional, Taiwan, Hong Kong.
TRADITIONAL = ("s2t", "s2tw", "s2hk")
# With each region's vocabulary (phrases), and back to Simplified characters.
REGIONAL = ("s2twp", "s2hkp")
TO_SIMPLIFIED = "t2s"


def enrich(index: dict, lang: str, site: Site | None = None) -> dict:
    """A copy of Material's search index with what our worker prelude needs
    for the edition's language, the Chinese words of its index and, given
    the site, its pages and figures (an unchanged copy where it needs
    nothing)."""
    enriched = copy.deepcopy(index)
    words = index_words(index)
    extra: dict = {}
    if words:
        chars, exceptions = traditional_map(words)
        exceptions |= regional_words(words, index_text(index))
        extra |= {"t2s": chars, "t2sWords": dict(sorted(exceptions.items()))}
        if lang.startswith("zh"):
            syllables, readings = pinyin_map(words)
            extra |= {
                "pinyin": syllables,
                "pinyinWords": readings,
                "sounds": common_sounds(words),
                "shapes": shape_codes(words),
            }
    if site is not None:
        extra |= site_extras(index, lang, site)
    if extra:
        enriched["config"][KEY] = extra
    return enriched


def enrich_file(path: Path, lang: str, site: Site | None = None) -> None:
    """Enrich the index file in place, compact as Material writes it, its
    characters as they are (UTF-8) rather than escaped: a tenth smaller
    gzipped for the Chinese edition."""
    index = json.loads(path.read_text(encoding="utf-8"))
    text = json.dumps(enrich(index, lang, site), separators=(",", ":"), default=str, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")


def index_text(index: dict) -> str:
    """The index's text, without markup or jieba's word breaks."""
    return "\n".join(
        TAG.sub(" ", f"{doc.get('title', '')} {doc.get('text', '')}").replace("\u200b", "") for doc in index["docs"]
    )


def regional_words(words: Iterable[str], text: str) -> dict[str, str]:
    """{a region's word, in Traditional and in Simplified characters: the
    index's word} for the index's words that Taiwan or Hong Kong say
    otherwise; not where the index itself writes the region's word."""
    regional = tuple(_converter(name) for name in REGIONAL)
    plain = tuple(_converter(name) for name in ("s2tw", "s2hk"))
    back = _converter(TO_SIMPLIFIED)
    found: dict[str, str] = {}
    for word in sorted(words):
        if len(word) < 2:
            continue
        for phrases, characters in zip(regional, plain, strict=True):
            spelling = phrases.convert(word)
            if spelling == characters.convert(word):
                continue  # the same word, in other characters only
            for form in (spelling, back.convert(spelling)):
                if form != word and form not in text:
                    found.setdefault(form, word)
    return found


def common_sounds(words: Iterable[str]) -> dict[str, str]:
    """{syllable: characters} for the common characters (GB 2312's first
    level: 3,755 characters) that the index's words do not hold."""
    held = {char for word in words for char in word}
    sounds: defaultdict[str, str] = defaultdict(str)
    for char in _common_characters():
        reading = _readings(char)
        if char not in held and reading:
            sounds[reading[0]] += char
    return dict(sorted(sounds.items()))


# The most frequent characters (by jieba's dictionary) whose shape a query's
# slip may have, beside the index's own: about nine in ten of the characters
# of a Chinese text, for a tenth of the index's size.
FREQUENT_CHARACTERS = 1000


def shape_codes(words: Iterable[str], frequent: int = FREQUENT_CHARACTERS) -> str:
    """The four corners of the four-corner code of the characters of
    `words` and of the `frequent` most frequent characters of GB 2312's
    first level, each code followed by its characters, codes in order."""
    from four_corner_method import FourCornerMethod

    codes = FourCornerMethod()
    held = {char for word in words for char in word if HAN.fullmatch(char)}
    chars = held | set(_frequent_characters(frequent))
    by_code: defaultdict[str, str] = defaultdict(str)
    for char in sorted(chars):
        code = codes.query(char)
        if code and code[:4].isdigit():
            by_code[code[:4]] += char
    return "".join(code + by_code[code] for code in sorted(by_code))


@functools.cache
def _frequent_characters(count: int) -> tuple[str, ...]:
    """The `count` characters of GB 2312's first level most used in the
    words of jieba's dictionary (by the words' frequencies)."""
    import jieba

    # The dictionary as jieba holds it (loaded already where Material's
    # search segmented the pages); prefixes of words count 0.
    jieba.dt.check_initialized()
    common = set(_common_characters())
    uses: Counter[str] = Counter()
    for word, frequency in jieba.dt.FREQ.items():
        for char in word:
            if frequency and char in common:
                uses[char] += frequency
    return tuple(char for char, _ in uses.most_common(count))


def _common_characters() -> list[str]:
    """GB 2312's first level (3,755 characters), in its order."""
    chars = []
    for first in range(0xB0, 0xD8):
        for second in range(0xA1, 0xFF):
            try:
                chars.append(bytes((first, second)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def site_extras(index: dict, lang: str, site: Site) -> dict:
    """What the worker needs of the site: the editorial pages, the figures
    that answer a query, the glossary's everyday words, the results' words."""
    from .figures import edition_figures
    from .glance import with_unit

    locations = {doc["location"] for doc in index["docs"] if "#" not in doc["location"]}
    editorial = sorted(
        location for rel in site.options.editorial_pages if (location := _location(rel, locations)) is not None
    )
    answers = []
    for figure in edition_figures(site, lang).values():
        page = _location(figure.rel, locations)
        if page is not None:
            answers.append([figure.code, figure.label, with_unit(figure, lang), f"{page}#{figure.anchor}", figure.kind])
    return {
        "editorial": editorial,
        "answers": answers,
        "synonyms": synonyms(site, lang),
        "words": READER["search"]["zh" if lang.startswith("zh") else "en"],
    }


def _location(rel: str, locations: set[str]) -> str | None:
    """A page's address in the index: with directory URLs (closing/) or
    without (closing.html, offline)."""
    for location in (page_url(rel), rel.removesuffix(".md") + ".html"):
        if location in locations or (location == "" and "" in locations):
            return location
    return None


def synonyms(site: Site, lang: str) -> dict[str, list[str]]:
    """{everyday word: the report's words} from data/glossary.yml: English
    words for the English edition, Chinese ones for both (the English
    glossary prints the Chinese terms)."""
    glossary = site.data.files.get("glossary")
    entries = []
    if glossary is not None and glossary.usable:
        entries = glossary.data.get("synonyms") or []
    found: defaultdict[str, list[str]] = defaultdict(list)
    for entry in entries:
        pairs = [("zh", "everyday_zh")] + ([("en", "everyday_en")] if not lang.startswith("zh") else [])
        for own, everyday in pairs:
            for word in entry.get(everyday) or ():
                key = word.strip().lower()
                if entry[own] not in found[key]:
                    found[key].append(entry[own].strip())
    return dict(sorted(found.items()))


def index_words(index: dict) -> Counter[str]:
    """The Chinese words of the index (as jieba cut them), with the number of
    sections each occurs in."""
    try:
        separator = re.compile(index["config"]["separator"])
    except (KeyError, re.error):
        separator = re.compile(DEFAULT_SEPARATOR)
    words: Counter[str] = Counter()
    for doc in index["docs"]:
        text = TAG.sub(" ", f"{doc.get('title', '')} {doc.get('text', '')}")
        words.update({word for part in separator.split(text) for word in HAN.findall(part)})
    return words


@functools.cache
def _converter(name: str) -> object:
    import opencc

    return opencc.OpenCC(name)


def _converters() -> tuple[object, ...]:
    return tuple(_converter(name) for name in TRADITIONAL)


def traditional_map(words: Iterable[str]) -> tuple[str, dict[str, str]]:
    """(pairs of Traditional and Simplified characters, words the pairs get
    wrong) for the given Simplified words, in every Traditional spelling."""
    spellings: dict[str, set[str]] = {}
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for word in words:
        spellings[word] = {converter.convert(word) for converter in _converters()} - {word}
        for spelling in spellings[word]:
            if len(spelling) == len(word):
                for traditional, simplified in zip(spelling, word, strict=True):
                    if traditional != simplified:
                        votes[traditional][simplified] += 1
    chars = {traditional: counts.most_common(1)[0][0] for traditional, counts in sorted(votes.items())}
    exceptions = {}
    for word, others in sorted(spellings.items()):
        # The word as written must come through unchanged, and each spelling
        # must come back to it; where the characters alone fail, the word says.
        for spelling in sorted(others | {word}):
            if "".join(chars.get(char, char) for char in spelling) != word:
                exceptions[spelling] = word
    return "".join(f"{traditional}{simplified}" for traditional, simplified in chars.items()), exceptions


def _readings(word: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    # Toneless, ü written v (lv for 律), as pinyin keyboards take it.
    return lazy_pinyin(word, style=Style.NORMAL, errors="ignore")


def pinyin_map(words: Iterable[str]) -> tuple[dict[str, str], dict[str, str]]:
    """({syllable: the characters read so by default}, {word: its syllables}
    for the words that do not read as their characters do by default)."""
    readings: dict[str, list[str]] = {}
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for word in sorted(set(words)):
        syllables = _readings(word)
        if len(syllables) != len(word):
            continue  # a character without a reading
        readings[word] = syllables
        for char, syllable in zip(word, syllables, strict=True):
            votes[char][syllable] += 1
    default = {}
    for char, counts in votes.items():
        # The reading of most words; on a tie, the character's own.
        best = max(counts.values())
        tied = sorted(syllable for syllable, count in counts.items() if count == best)
        alone = _readings(char)
        default[char] = alone[0] if alone and alone[0] in tied else tied[0]
    by_syllable: defaultdict[str, str] = defaultdict(str)
    for char in sorted(default):
        by_syllable[default[char]] += char
    exceptions = {
        word: " ".join(syllables)
        for word, syllables in readings.items()
        if [default[char] for char in word] != syllables
    }
    return dict(sorted(by_syllable.items())), exceptions
