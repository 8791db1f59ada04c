"""Numbers as readers write them, and back.

Chinese: `103`, `59.6万`, `378.27万`, `20余`, `1200余`, `95.6` (万 and 亿 are
multipliers, 余 or 多 mean "more than"). English: `103`, `596,000`, `20+`,
`1,200+`. A change may carry a sign: `-2.4`, `−2.4`, `+18`. Full-width
digits (１０３) read as their ASCII forms. Every value normalises to a
Decimal plus an `approx` flag. The parser never raises: it returns None, and
`value_problem` says what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .messages import Words

MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
MINUS = "-−－"

# Full-width digits, point, percent and signs read as ASCII; nothing else
# changes (full-width brackets belong to units such as 场（次）).
_ASCII_FIGURES = str.maketrans("０１２３４５６７８９．％－＋", "0123456789.%-+")
# In a table's value cell an input method's comma is a thousands separator
# too (37，827); in running text it separates clauses.
_ASCII_VALUE = str.maketrans("，", ",")

ZH_VALUE = re.compile(r"(?P<sign>[-−+])?(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)(?P<multiplier>[万亿])?(?P<approx>[余多])?")
EN_VALUE = re.compile(r"(?P<sign>[-−+])?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<approx>\+)?")

# Numbers inside running text.
ZH_TEXT_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([万亿])?([余多])?(?![\d])")
EN_TEXT_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])")

EXAMPLES = {"zh": "103、59.6万、20余", "en": "103, 596,000, 20+"}


@dataclass(frozen=True)
class Value:
    number: Decimal
    approx: bool = False

    def as_json_number(self) -> int | float:
        integral = self.number == self.number.to_integral_value()
        return int(self.number) if integral else float(self.number)


def ascii_figures(text: str) -> str:
    return text.translate(_ASCII_FIGURES)


def ascii_value(text: str) -> str:
    """A value cell's text in ASCII figures and punctuation, as parse_value reads it."""
    return ascii_figures(text).translate(_ASCII_VALUE).strip()


def parse_value(text: object, lang: str) -> Value | None:
    if not isinstance(text, str):
        return None
    match = (ZH_VALUE if lang == "zh" else EN_VALUE).fullmatch(ascii_value(text))
    if not match:
        return None
    try:
        number = Decimal(match["number"].replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        return None
    if lang == "zh" and match["multiplier"]:
        number *= MULTIPLIERS[match["multiplier"]]
    if match["sign"] and match["sign"] in MINUS:
        number = -number
    return Value(number.normalize() if number else Decimal(0), bool(match["approx"]))


def value_problem(text: str, lang: str) -> str:
    """The key of the message that says why `text` is not a value."""
    cleaned = ascii_value(text)
    if not cleaned:
        return "value_empty"
    if lang == "en" and re.search(r"[万亿余多]", cleaned):
        return "value_chinese_style"
    if lang == "zh" and cleaned.endswith("+"):
        return "value_english_style"
    if re.search(r"\d\s+\d|,\d{1,2}(?!\d)|,\d{4,}", cleaned):
        return "value_separators"
    return "value_not_a_number"


def format_value(value: Value, lang: str, signed: bool = False) -> str:
    """The value as a reader of `lang` writes it (parse_value reads it back)."""
    number = value.number
    text = format(abs(number), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "en":
        whole, _, fraction = text.partition(".")
        text = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    sign = "−" if number < 0 else ("+" if signed and number > 0 else "")
    suffix = ("+" if lang == "en" else "余") if value.approx else ""
    return sign + text + suffix


def text_numbers(text: str, lang: str) -> list[tuple[int, int, str, Value]]:
    """(start, end, as written, value) for every number written with digits in text."""
    text = ascii_figures(text)
    found = []
    if lang == "zh":
        for match in ZH_TEXT_NUMBER.finditer(text):
            number, multiplier, approx = match.groups()
            value = Decimal(number.replace(",", "")) * (MULTIPLIERS[multiplier] if multiplier else 1)
            found.append((match.start(), match.end(), match.group(0), Value(value.normalize(), bool(approx))))
    else:
        for match in EN_TEXT_NUMBER.finditer(text):
            value = Value(Decimal(match.group(1).replace(",", "")).normalize())
            found.append((match.start(), match.end(), match.group(0), value))
    return found


# --- numbers in words --------------------------------------------------------------------

CHINESE_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    # the capital forms of cheques and contracts
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
CHINESE_BIG = {"万": 10_000, "亿": 100_000_000}
_NUMERAL_START = "".join(CHINESE_DIGITS) + "十百千拾佰仟"
ZH_NUMERAL = re.compile(f"[{_NUMERAL_START}][{_NUMERAL_START}万亿]*")
# A number of units, not a word (十九大, 十二万, 四十周年; not 四风 or 五四).
ZH_MULTIPLIED = re.compile("[十百千拾佰仟万亿]")


def chinese_numeral(run: str) -> Decimal:
    """The value of Chinese numerals: 十九 19, 三百五十 350, 十二万 120000,
    二〇一八 2018 (digit by digit where no 十, 百 or 千 stands)."""
    if not any(char in CHINESE_UNITS or char in CHINESE_BIG for char in run):
        return Decimal("".join(str(CHINESE_DIGITS[char]) for char in run if char in CHINESE_DIGITS) or 0)
    total, section, digit = Decimal(0), Decimal(0), 0
    for char in run:
        if char in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[char]
        elif char in CHINESE_UNITS:
            section += (digit or 1) * CHINESE_UNITS[char]
            digit = 0
        elif char in CHINESE_BIG:
            total += (section + digit) * CHINESE_BIG[char]
            section, digit = Decimal(0), 0
    return total + section + digit


def chinese_numbers(text: str) -> set[Decimal]:
    """Numbers written in Chinese characters (十九大, 四十周年, 五四), read
    generously: each digit alone, and the run as one number."""
    numbers: set[Decimal] = set()
    for match in ZH_NUMERAL.finditer(text):
        run = match.group(0)
        numbers.update(Decimal(CHINESE_DIGITS[char]) for char in run if char in CHINESE_DIGITS)
        numbers.add(chinese_numeral(run))
    return numbers


_EN_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split()
)
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_WORD_VALUES: dict[str, int] = {word: number for number, word in enumerate(_EN_SMALL)}
EN_WORD_VALUES |= {word: 20 + 10 * index for index, word in enumerate(_EN_TENS)}
EN_WORD_VALUES |= {"dozen": 12, "dozens": 12}
EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINAL_SMALL = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
)
EN_ORDINALS: dict[str, int] = {word: number for number, word in enumerate(_ORDINAL_SMALL)}
EN_ORDINALS |= {word.removesuffix("y") + "ieth": 20 + 10 * index for index, word in enumerate(_EN_TENS)}
EN_ORDINALS |= {word + "th": value for word, value in EN_SCALES.items()}
_EN_WORD = "|".join(sorted([*EN_WORD_VALUES, *EN_SCALES, *EN_ORDINALS], key=len, reverse=True))
# A run of number words: "twenty-five", "three hundred and fifty", "a hundred", "Nineteenth".
EN_NUMBER_WORDS = re.compile(
    rf"\b(?:an?\s+(?=(?:hundred|thousand|million)\b))?(?:{_EN_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_EN_WORD}))*\b",
    re.IGNORECASE,
)


def english_number(words: str) -> Decimal | None:
    """The value of English number words ("three hundred and fifty" 350,
    "twenty-five" 25, "Nineteenth" 19, "a hundred" 100), or None."""
    parts = [part for part in re.split(r"[\s-]+", words.lower()) if part not in ("and", "a", "an", "")]
    total, current = 0, 0
    for part in parts:
        value = EN_WORD_VALUES.get(part, EN_ORDINALS.get(part))
        scale = EN_SCALES.get(part) or EN_SCALES.get(part.removesuffix("th"))
        if scale:
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        elif value is not None:
            current += value
        else:
            return None
    return Decimal(total + current)


def english_number_words(text: str) -> list[tuple[int, int, str, Decimal]]:
    """(start, end, as written, value) of each number written in English
    words; a run that is no one number ("Five-Four", "two or three") gives
    each of its numbers. "one" and "first" alone are left out: they are as
    often a pronoun or an order as a figure."""
    found = []
    for match in EN_NUMBER_WORDS.finditer(text):
        for start, end in _numbers_of_run(match.group(0)):
            written = match.group(0)[start:end]
            if written.lower() in ("one", "first", "second", "zero", "zeroth"):
                continue
            value = english_number(written)
            if value is None:
                continue
            begin = match.start() + start
            half = re.search(r"\bhalf\s+$", text[:begin], re.IGNORECASE)  # half a million
            if half and written.lower().startswith(("a ", "an ")):
                begin, written, value = half.start(), text[half.start() : match.start() + end], value / 2
            found.append((begin, match.start() + end, written, value))
    return found


def _numbers_of_run(run: str) -> list[tuple[int, int]]:
    """Where each number of a run of number words begins and ends: a word
    under a hundred after another with no scale between them ("Five-Four")
    begins a number of its own; "twenty-five" and "three hundred and fifty"
    are one."""
    words = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[A-Za-z]+", run)]
    spans: list[list[int]] = []
    previous = ""
    for start, end, word in words:
        if word in ("and", "a", "an"):
            continue
        small = word in EN_WORD_VALUES or word in EN_ORDINALS
        tens_then_unit = previous in _EN_TENS and small and 0 < EN_WORD_VALUES.get(word, EN_ORDINALS.get(word, 0)) < 10
        if spans and (word in EN_SCALES or word.removesuffix("th") in EN_SCALES or tens_then_unit):
            spans[-1][1] = end
        elif spans and previous in EN_SCALES and small:
            spans[-1][1] = end  # "three hundred and fifty"
        else:
            spans.append([start, end])
        previous = word
    # A leading "a"/"an" belongs to the number it begins ("a hundred").
    if spans and run[: spans[0][0]].strip().lower() in ("a", "an"):
        spans[0][0] = 0
    return [(a, b) for a, b in spans]


# --- characters an input method types into a value, a unit or a code ----------------------

# Each with its ASCII form and its name in each language: readers would see
# it as it is (the renderer shows only a value's digits in ASCII), and a
# search for the figure would not find it.
TYPED_CHARS: dict[str, tuple[str, str, str]] = {
    "，": (",", "全角逗号“，”", "the full-width comma “，”"),
    "、": (",", "顿号“、”", "the enumeration comma “、”"),
    "．": (".", "全角句点“．”", "the full-width point “．”"),
    "。": (".", "句号“。”", "the ideographic full stop “。”"),
    "\u3000": ("", "全角空格“　”", "the full-width space “　”"),
    "\u00a0": ("", "不换行空格 U+00A0", "the no-break space U+00A0"),
    "\u202f": ("", "窄不换行空格 U+202F", "the narrow no-break space U+202F"),
    "\u2009": ("", "窄空格 U+2009", "the thin space U+2009"),
    "％": ("%", "全角百分号“％”", "the full-width percent sign “％”"),
    "＋": ("+", "全角加号“＋”", "the full-width plus sign “＋”"),
    "－": ("-", "全角减号“－”", "the full-width minus sign “－”"),
    "—": ("-", "破折号“—”", "the dash “—”"),
    "–": ("-", "短横线“–”", "the en dash “–”"),
}
TYPED_CHARS |= {chr(0xFF10 + d): (str(d), f"全角数字“{chr(0xFF10 + d)}”", f"the full-width digit “{chr(0xFF10 + d)}”")
                for d in range(10)}  # fmt: skip
# Full-width capital letters in a code (ＧＤ-01).
TYPED_CHARS |= {
    chr(0xFF21 + i): (chr(0x41 + i), f"全角字母“{chr(0xFF21 + i)}”", f"the full-width letter “{chr(0xFF21 + i)}”")
    for i in range(26)
}


def typed_chars(text: str) -> list[str]:
    """The characters of `text` an input method typed for an ASCII one, each once, in order."""
    return [char for char in dict.fromkeys(text) if char in TYPED_CHARS]


def typed_as_ascii(text: str, keep: str = "") -> str:
    """`text` with each typed character as its ASCII form (those in `keep` left as they are)."""
    return "".join(TYPED_CHARS[c][0] if c in TYPED_CHARS and c not in keep else c for c in text).strip()


def typed_value_fix(text: str, lang: str) -> tuple[list[str], str, Value | None] | None:
    """A value cell holding characters typed for ASCII ones (1，300, 59．6万,
    5　925): those characters, the value as it should be written (no
    separators in Chinese) and its value; None when the cell has none of them."""
    chars = typed_chars(text)
    if not chars:
        return None
    plain = typed_as_ascii(text.strip().strip("，、。；"))  # a mark after the value: 10万余。
    if lang == "zh":
        plain = plain.replace(",", "")  # a Chinese page's values have no thousands separators
        return chars, plain, parse_value(plain, lang)
    # English: a space typed between digits was a thousands separator (1 300): written as English writes it
    value = parse_value(plain, lang)
    return chars, format_value(value, lang) if value is not None else plain, value


def char_names(chars: list[str]) -> Words:
    """The characters' names in each language, for a message."""
    return Words("、".join(TYPED_CHARS[c][1] for c in chars), ", ".join(TYPED_CHARS[c][2] for c in chars))
