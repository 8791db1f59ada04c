#!/usr/bin/env python3
"""Screenshots for reviewers: screenshots/<lang>-<page>-<device>-<scheme>.png.

The home page, a section page, search results and the print page, in both
languages, on a desktop and a phone, light and dark. Builds the site first
unless --no-build; needs Debian's chromium and fonts-noto-cjk (setup --dev).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reportsite.browser import chromium, search, serve
from reportsite.build import main_build
from reportsite.paths import ROOT, SITE

PAGES = {
    "home": ("", None),
    "section": ("work-advancement/hardship-relief/", None),
    "search": ("", {"zh": "快递", "en": "courier"}),
    "print": ("print_page/", None),
}
DEVICES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SCHEMES = ("light", "dark")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--no-build", action="store_true", help="use the site already in site/")
    args = parser.parse_args()
    if not args.no_build and main_build(SITE) != 0:
        return 1
    args.output.mkdir(parents=True, exist_ok=True)
    count = 0
    with serve(SITE) as base, chromium() as browser:
        for lang, prefix in (("zh", ""), ("en", "en/")):
            for name, (path, queries) in PAGES.items():
                for device, viewport in DEVICES.items():
                    for scheme in SCHEMES:
                        context = browser.new_context(
                            viewport=viewport, color_scheme=scheme, is_mobile=device == "phone", device_scale_factor=1
                        )
                        page = context.new_page()
                        page.goto(base + prefix + path)
                        page.wait_for_load_state("networkidle")
                        if queries:
                            search(page, queries[lang])
                        page.screenshot(path=args.output / f"{lang}-{name}-{device}-{scheme}.png")
                        context.close()
                        count += 1
    print(f"{count} screenshots in {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
