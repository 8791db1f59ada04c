"""Serving a built site on loopback and driving the system Chromium with
Playwright; shared by the browser tests, the screenshots and the benchmark."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# Headless, and no background traffic: the machine has no network, and the
# tests must see only the requests the page itself makes.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a page left before its last file arrived
            super().handle_error(request, client_address)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _GzipHandler(_QuietHandler):
    """Sends text gzip-compressed, as a web host does, for measurements."""

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv")

    def send_head(self) -> object:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not (
            path.is_file() and path.suffix in self.COMPRESSIBLE
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serve(directory: Path, compress: bool = False) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 (a free port); yield the base URL.
    With `compress`, text goes out gzip-compressed, as from a web host."""
    handler = functools.partial(_GzipHandler if compress else _QuietHandler, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium() -> Iterator[object]:
    """A Playwright browser on the system Chromium (never a downloaded one)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def new_context(browser: object, **options: object) -> object:
    """A browser context as a reader's, with motion reduced: Material then
    drops its CSS transitions (e.g. the search panel's 0.4 s fade), so what a
    test reads is what the reader ends up seeing, not a frame of a fade."""
    return browser.new_context(reduced_motion="reduce", **options)


def settle(page: object) -> None:
    """Return once the page is still: loaded, and no animation or transition
    running (the one wait every test, screenshot and benchmark uses after an
    interaction; never a sleep)."""
    page.wait_for_load_state("load")
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


# The search panel's messages, as the site shows them (Material's Chinese;
# the English edition's own British strings, overrides/partials/language.html):
# while the index loads, before anything is typed, and when nothing matches.
SEARCH_NOT_READY = "正在初始化|Initialising search"
SEARCH_PLACEHOLDER = "键入以开始搜索|Type to start searching"
SEARCH_NO_RESULTS = "没有找到符合条件的结果|No matching pages"
_SEARCH_WAITING = f"{SEARCH_NOT_READY}|{SEARCH_PLACEHOLDER}"


def open_search(page: object) -> None:
    """Open the search box and wait until the index is loaded."""
    toggle = page.locator("label.md-header__button[for=__search]").first
    if toggle.is_visible():  # a phone: the magnifier opens the search
        toggle.click()
    else:  # a desktop: click into the box, as a reader does (from file:// the index loads then)
        page.locator("input.md-search__input").click()
    page.wait_for_function(
        f"() => !/{SEARCH_NOT_READY}/.test("
        "document.querySelector('.md-search-result__meta')?.textContent ?? '正在初始化')"
    )
    settle(page)


def search(page: object, query: str) -> list[str]:
    """Type `query` as a reader would; return the result links, best first,
    once the results are shown and the page is still."""
    open_search(page)
    box = page.locator("input.md-search__input")
    if box.input_value():  # start from the placeholder, not the last results
        box.fill("")
        box.press("End")
        page.wait_for_function(
            f"() => /{_SEARCH_WAITING}/.test(document.querySelector('.md-search-result__meta').textContent)"
        )
    box.fill(query)
    box.press("End")  # Material reads the query on keyup
    page.wait_for_function(
        f"() => !/{_SEARCH_WAITING}/.test(document.querySelector('.md-search-result__meta').textContent)"
    )
    settle(page)
    return page.locator(".md-search-result__item > .md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)"
    )
