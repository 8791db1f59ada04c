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
ZH_TEXT_NUMBER = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)([万亿])?([余多])?(?![\d])")
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
            value = Decimal(number) * (MULTIPLIERS[multiplier] if multiplier else 1)
            found.append((match.start(), match.end(), match.group(0), Value(value.normalize(), bool(approx))))
    else:
        for match in EN_TEXT_NUMBER.finditer(text):
            value = Value(Decimal(match.group(1).replace(",", "")).normalize())
            found.append((match.start(), match.end(), match.group(0), value))
    return found
