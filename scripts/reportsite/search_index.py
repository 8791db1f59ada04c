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
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

KEY = "reportsite"
TAG = re.compile(r"<[^>]+>")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")
DEFAULT_SEPARATOR = r"[\s\u200b]+"
# OpenCC's conversions from Simplified: Traditional, Taiwan, Hong Kong.
TRADITIONAL = ("s2t", "s2tw", "s2hk")


def enrich(index: dict, lang: str) -> dict:
    """A copy of Material's search index with what our worker prelude needs
    for the edition's language and the Chinese words of its index (an
    unchanged copy where it needs nothing)."""
    enriched = copy.deepcopy(index)
    words = index_words(index)
    if not words:
        return enriched
    chars, exceptions = traditional_map(words)
    extra = {"t2s": chars, "t2sWords": exceptions}
    if lang.startswith("zh"):
        syllables, readings = pinyin_map(words)
        extra |= {"pinyin": syllables, "pinyinWords": readings}
    enriched["config"][KEY] = extra
    return enriched


def enrich_file(path: Path, lang: str) -> None:
    """Enrich the index file in place, written as Material writes it."""
    index = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(enrich(index, lang), separators=(",", ":"), default=str), encoding="utf-8")


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
def _converters() -> tuple[object, ...]:
    import opencc

    return tuple(opencc.OpenCC(name) for name in TRADITIONAL)


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
