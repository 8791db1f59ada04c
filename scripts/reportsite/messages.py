"""Every message of the checks and scripts, in Chinese and in English.

One table: a key, and the message's template in each language with the same
`{placeholders}`. Chinese is the default, because most editors read Chinese
first; English when asked for with `--lang en`, or when the environment's
locale is English (LC_ALL, LC_MESSAGES or LANG starting with `en`). A value
that is a list is joined the way each language writes lists; a value that
differs by language (a type's name, YAML's reason) is a `Words`.
"""

from __future__ import annotations

import datetime
import os
import string
from collections.abc import Mapping
from dataclasses import dataclass

import babel.dates

from .catalog import MESSAGES

DEFAULT_LANGUAGE = "zh"
LANGUAGES = ("zh", "en")
# How each language writes a date (Babel's long format): 2026年11月24日, 24 November 2026.
DATE_LOCALES = {"zh": "zh_Hans_CN", "en": "en_GB"}
LIST_SEPARATORS = {"zh": "、", "en": ", "}


@dataclass(frozen=True, order=True)  # ordered: problems are sorted by their values too
class Words:
    """A message's value in each language."""

    zh: str
    en: str


def language(requested: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """The language of the messages: the one asked for, else the locale's."""
    if requested:
        return requested
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            return "en" if value.lower().startswith("en") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def format_message(key: str, lang: str, params: Mapping[str, object]) -> str:
    template = MESSAGES[key][lang]
    values = {name: _text(value, lang) for name, value in params.items()}
    return template.format(**values)


def say(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    return format_message(key, lang, params)


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def _text(value: object, lang: str) -> str:
    if isinstance(value, Words):
        return value.zh if lang == "zh" else value.en
    if isinstance(value, tuple | list):
        return LIST_SEPARATORS[lang].join(str(item) for item in value)
    return str(value)


def written_date(day: datetime.date | int, lang: str) -> str:
    """A date as the edition writes it; a number is seconds since 1970 (UTC)."""
    if isinstance(day, int):
        day = datetime.datetime.fromtimestamp(day, datetime.UTC).date()
    return babel.dates.format_date(day, format="long", locale=DATE_LOCALES[lang])
