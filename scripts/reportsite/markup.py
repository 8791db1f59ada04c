"""Markdown syntax stripped from a line, leaving the words a reader sees
(the checks compare words and figures, not syntax)."""

from __future__ import annotations

import re

FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
FOOTNOTE_DEF = re.compile(r"^\[\^[^\]]+\]:")
INLINE_MARKUP = (
    (FOOTNOTE_REF, ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"\{[:#.][^}]*\}|\{ [^}]*\}"), ""),  # attribute lists
    (re.compile(r"<[^>]+>"), ""),  # HTML tags
    (re.compile(r"\*\*|\*|`"), ""),  # emphasis, code
)
BLOCK_PREFIX = re.compile(r"^\s*(#{1,6}\s|[-*+]\s+|\d+\.\s+|>\s?)")


def plain_text(line: str) -> str:
    for pattern, replacement in INLINE_MARKUP:
        line = pattern.sub(replacement, line)
    return BLOCK_PREFIX.sub("", line)
