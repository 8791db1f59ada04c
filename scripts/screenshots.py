#!/usr/bin/env python3
"""Screenshots for reviewers: screenshots/<lang>-<page>-<width>-<scheme>.png.

The home page (its first screen), the key-figures page, a section page with
its cards and charts, the about page, search results and an open glossary
term, in both languages, on phones of 360 and 390 px and a 1366 px desktop,
light and dark. Pages other than the home page and the search are taken
whole (--first-screen for only what a reader sees first). Builds the site
first unless --no-build; needs Debian's chromium and fonts-noto-cjk (setup
--dev).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from reportsite.browser import chromium, new_context, search, serve, settle
from reportsite.build import build_site
from reportsite.cli import config_file, repository
from reportsite.diagnostics import errors_in

QUERIES = {"zh": "快递", "en": "courier"}


def open_term(page: object, lang: str) -> None:
    """Open the first glossary term's explanation (English pages have them)."""
    term = page.locator("abbr.term").first
    if term.count():
        term.scroll_into_view_if_needed()
        term.click()
        settle(page)


# name: (path, whole page, what to do first)
PAGES: dict[str, tuple[str, bool, Callable[[object, str], None] | None]] = {
    "home": ("", False, None),
    "key-figures": ("key-figures/", True, None),
    "section": ("work-advancement/hardship-relief/", True, None),
    "about": ("about/", True, None),
    "search": ("", False, lambda page, lang: search(page, QUERIES[lang])),
    "term": ("work-advancement/hardship-relief/", False, open_term),
}
DEVICES = {
    "360": {"width": 360, "height": 740},
    "390": {"width": 390, "height": 844},
    "1366": {"width": 1366, "height": 900},
}
SCHEMES = ("light", "dark")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    site_dir = repository() / "site"
    parser.add_argument("--output", type=Path, default=repository() / "screenshots")
    parser.add_argument("--no-build", action="store_true", help="use the site already in site/")
    parser.add_argument("--first-screen", action="store_true", help="only what a reader sees first, on every page")
    parser.add_argument("--only", nargs="+", choices=sorted(PAGES), help="only these pages")
    args = parser.parse_args()
    if not args.no_build:
        problems = errors_in(build_site(site_dir, config_file()).problems)
        for found in problems:
            print(found.render(), file=sys.stderr)
        if problems:
            return 1
    args.output.mkdir(parents=True, exist_ok=True)
    count = 0
    with serve(site_dir) as base, chromium() as browser:
        for lang, prefix in (("zh", ""), ("en", "en/")):
            for name in args.only or PAGES:
                path, whole, action = PAGES[name]
                if name == "term" and lang == "zh":
                    continue  # terms are explained on English pages
                for width, viewport in DEVICES.items():
                    for scheme in SCHEMES:
                        phone = viewport["width"] < 768
                        context = new_context(
                            browser, viewport=viewport, color_scheme=scheme, is_mobile=phone, device_scale_factor=1
                        )
                        page = context.new_page()
                        page.goto(base + prefix + path, wait_until="load")
                        settle(page)
                        if action:
                            action(page, lang)
                        target = args.output / f"{lang}-{name}-{width}-{scheme}.png"
                        page.screenshot(path=target, full_page=whole and not args.first_screen)
                        context.close()
                        count += 1
    print(f"{count} screenshots in {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
