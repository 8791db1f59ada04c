"""The print page (mkdocs-print-site-plugin): the whole report on one page.

The plugin adds its stylesheets and script to every page; only the print
page uses them, so the other pages are rid of them (nothing render-blocking
that a page does not use).
"""

from __future__ import annotations

import re

PRINT_PAGE = "print_page.md"
PRINT_ASSETS = re.compile(
    r'\s*<link rel="stylesheet" href="[^"]*css/print-site[\w-]*\.css">'
    r'|\s*<script src="[^"]*js/print-site\.js"></script>'
)


def print_page_url(use_directory_urls: bool) -> str:
    return "print_page/" if use_directory_urls else "print_page.html"


def print_page_file(use_directory_urls: bool) -> str:
    return "print_page/index.html" if use_directory_urls else "print_page.html"


def is_print_page(src_uri: str) -> bool:
    return src_uri == PRINT_PAGE


def without_print_assets(html: str) -> str:
    return PRINT_ASSETS.sub("", html)
