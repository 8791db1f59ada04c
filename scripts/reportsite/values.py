"""Numbers as readers write them, and back.

Chinese: `103`, `59.6万`, `378.27万`, `20余`, `1200余`, `95.6` (万 and 亿 are
multipliers, 余 or 多 mean "more than"). English: `103`, `596,000`, `20+`,
`1,200+`. Both normalise to a Decimal plus an `approx` flag. The parser never
raises: it returns None, and `value_problem` says what is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
APPROX_ZH = "余多"

ZH_VALUE = re.compile(r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)(?P<multiplier>[万亿])?(?P<approx>[余多])?")
EN_VALUE = re.compile(r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<approx>\+)?")

# Numbers inside running text (for "the table agrees with the text").
ZH_PROSE_NUMBER = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)([万亿])?([余多])?(?![\d])")
EN_PROSE_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])")

EXAMPLES = {"zh": "103、59.6万、20余", "en": "103, 596,000, 20+"}


@dataclass(frozen=True)
class Value:
    number: Decimal
    approx: bool = False

    def as_json_number(self) -> int | float:
        integral = self.number == self.number.to_integral_value()
        return int(self.number) if integral else float(self.number)


def _normalise(text: str) -> str:
    # Full-width digits and punctuation (１０３，５) read as their ASCII forms.
    return unicodedata.normalize("NFKC", text).strip()


def parse_value(text: object, lang: str) -> Value | None:
    if not isinstance(text, str):
        return None
    text = _normalise(text)
    pattern = ZH_VALUE if lang == "zh" else EN_VALUE
    match = pattern.fullmatch(text)
    if not match:
        return None
    try:
        number = Decimal(match["number"].replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        return None
    if lang == "zh" and match["multiplier"]:
        number *= MULTIPLIERS[match["multiplier"]]
    return Value(number.normalize() if number else Decimal(0), bool(match["approx"]))


def value_problem(text: str, lang: str) -> str:
    """Why `text` is not a value, for an editor."""
    cleaned = _normalise(text)
    if not cleaned:
        return "the value is empty"
    if lang == "en" and re.search(r"[万亿余多]", cleaned):
        return f"the value “{text}” is written the Chinese way; on English pages write it out, e.g. 596,000 or 20+"
    if lang == "zh" and "+" in cleaned:
        return f"the value “{text}” is written the English way; on Chinese pages write 20余 for “more than 20”"
    if re.search(r"\d\s+\d|,\d{1,2}(?!\d)|,\d{4,}", cleaned):
        return f"the value “{text}” has misplaced spaces or thousands separators"
    return f"the value “{text}” is not a number"


def format_value(value: Value, lang: str) -> str:
    """The value as a reader of `lang` writes it (parse_value reads it back)."""
    number = value.number
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "en":
        whole, _, fraction = text.partition(".")
        text = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
        return text + ("+" if value.approx else "")
    return text + ("余" if value.approx else "")


def prose_number_matches(text: str, lang: str) -> list[tuple[str, Value]]:
    """(as written, normalised) for every number written with digits in text."""
    found = []
    if lang == "zh":
        for match in ZH_PROSE_NUMBER.finditer(text):
            number, multiplier, approx = match.groups()
            value = Decimal(number) * (MULTIPLIERS[multiplier] if multiplier else 1)
            found.append((match.group(0), Value(value.normalize(), bool(approx))))
    else:
        for match in EN_PROSE_NUMBER.finditer(text):
            found.append((match.group(0), Value(Decimal(match.group(1).replace(",", "")).normalize())))
    return found


def prose_numbers(text: str, lang: str) -> list[Value]:
    """Every number written with digits in running text, normalised."""
    return [value for _, value in prose_number_matches(text, lang)]
