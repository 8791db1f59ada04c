"""Links between the editions. Both editions have the same page paths, so
the same page in another language is that language's root plus the page's
own URL."""

from __future__ import annotations

from typing import TypedDict
from urllib.parse import urljoin


class Alternate(TypedDict):
    name: str
    lang: str
    current: bool
    target: str  # relative to this edition's root
    absolute: str | None  # full URL when site_url is configured


def alternates(page_url: str, languages: list[dict], site_url: str | None) -> list[Alternate]:
    """The page in every edition, given `extra.languages` of the config."""
    result: list[Alternate] = []
    for language in languages:
        target = f"{language['prefix']}{page_url}"
        result.append(
            Alternate(
                name=language["name"],
                lang=language["lang"],
                current=language["prefix"] == "",
                target=target,
                absolute=urljoin(site_url, target) if site_url else None,
            )
        )
    return result
