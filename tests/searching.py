"""The site's own search box in Chromium, used as readers use it: the site
served over http or opened from the file system, text entered by pasting
(or dictating: the box only gets an `input` event), typing or an input
method, and the results read once the UI is still."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from reportsite.browser import SEARCH_NO_RESULTS, SEARCH_NOT_READY, SEARCH_PLACEHOLDER, open_search, settle

# For a test of what the prelude makes of a query: the same code runs from the
# file system, where a few tests per feature show that it loads and answers.
over_http_only = pytest.mark.parametrize("site", ["http"], indirect=True)

WAITING = re.compile(f"{SEARCH_NOT_READY}|{SEARCH_PLACEHOLDER}")
PLACEHOLDER = re.compile(SEARCH_PLACEHOLDER)
NO_RESULTS = re.compile(SEARCH_NO_RESULTS)
BOX = "input.md-search__input"
META = ".md-search-result__meta"


@dataclass(frozen=True)
class Site:
    """A built site as a reader opens it: served over http (`root` its
    address), or from the folder it was built into (`folder`), where pages
    are .html files."""

    name: str
    root: str
    folder: Path | None = None

    def url(self, page: str) -> str:
        """The address of a page named as in the http site ("en/closing/")."""
        if self.folder is None:
            return self.root + page
        if (self.folder / page / "index.html").is_file():
            return self.root + page + "index.html"
        return self.root + page.removesuffix("/") + ".html"

    def page_of(self, href: str) -> str:
        """The page ("en/closing/") a result link leads to."""
        page = urlsplit(href).path.removeprefix(urlsplit(self.root).path)
        if self.folder is None or page.endswith("index.html"):
            return page.removesuffix("index.html")
        return page.removesuffix(".html") + "/"


@dataclass(frozen=True)
class Result:
    """One result as shown: the page, its links, what it says and marks."""

    page: str
    links: tuple[str, ...]
    text: str
    teasers: tuple[str, ...]
    marks: tuple[str, ...]


def clear(page: object) -> None:
    """Empty the search box and wait for Material's placeholder."""
    box = page.locator(BOX)
    if box.input_value():
        box.fill("")
        expect(page.locator(META)).to_have_text(PLACEHOLDER)


def compose(page: object, text: str, typed: str) -> None:
    """Enter `text` through an input method: the letters `typed` are
    composed first, then the candidate `text` is committed; no key event
    reaches the page, as with a phone's keyboard or a pinyin IME."""
    session = page.context.new_cdp_session(page)
    session.send("Input.imeSetComposition", {"text": typed, "selectionStart": len(typed), "selectionEnd": len(typed)})
    session.send("Input.imeSetComposition", {"text": text, "selectionStart": len(text), "selectionEnd": len(text)})
    session.send("Input.insertText", {"text": text})
    session.detach()


def enter(page: object, query: str, how: str = "paste", typed: str = "") -> None:
    """Open the search, empty the box and enter `query` (`how`: "paste",
    the text arriving at once without a key; "type", key by key; "ime",
    through an input method), then wait for its results."""
    open_search(page)
    clear(page)
    page.locator(BOX).focus()
    if how == "paste":
        page.keyboard.insert_text(query)
    elif how == "type":
        page.locator(BOX).press_sequentially(query)
    elif how == "ime":
        compose(page, query, typed or query)
    else:
        raise ValueError(how)
    expect(page.locator(BOX)).to_have_value(query)
    if how != "type":  # one query was sent: its results are the first to show
        expect(page.locator(META)).not_to_have_text(WAITING)
    settle(page)


# What the prelude shows above the results, each as a result of its own: the
# figure a query names, the words a slip was read as.
ABOVE = ".search-answer, .search-notice"


def results(page: object, site: Site) -> list[Result]:
    """The results shown, best first (the figures and the "did you mean"
    above them left out: answers() and notice() read them)."""
    found = page.locator(f".md-search-result__item:not(:has({ABOVE}))").evaluate_all(
        """items => items.map(item => ({
             links: [...item.querySelectorAll(':scope > a.md-search-result__link')].map(a => a.href),
             text: item.innerText,
             teasers: [...item.querySelectorAll('article > p')].map(p => p.innerText),
             marks: [...item.querySelectorAll('mark')].map(m => m.textContent),
           }))"""
    )
    return [
        Result(
            page=site.page_of(item["links"][0]),
            links=tuple(item["links"]),
            text=item["text"],
            teasers=tuple(item["teasers"]),
            marks=tuple(item["marks"]),
        )
        for item in found
    ]


def search(page: object, site: Site, query: str, how: str = "paste") -> list[Result]:
    """Enter `query` into the search box; the results once they show."""
    enter(page, query, how)
    return results(page, site)


def pages(found: list[Result], first: int = 3) -> list[str]:
    return [result.page for result in found[:first]]


def misses(page: object, site: Site, prefix: str, cases: list[tuple[str, str]], first: int = 3) -> list[tuple]:
    """(query, expected page, pages found) for each query whose page is not
    among the `first` results."""
    missed = []
    for query, expected in cases:
        found = pages(search(page, site, query), first)
        if prefix + expected not in found:
            missed.append((query, expected, found))
    return missed


@dataclass(frozen=True)
class Answer:
    """A figure shown above the results: its words, its link, what a
    screen reader is told of it."""

    kind: str
    label: str
    value: str
    code: str
    href: str
    said: str


def answers(page: object) -> list[Answer]:
    """The figures shown above the results, in order."""
    found = page.locator(".md-search-result__item:has(.search-answer)").evaluate_all(
        """items => items.map(item => {
             const box = item.querySelector('.search-answer'), part = name => box.querySelector(name).innerText
             return { kind: part('.search-answer__kind'), label: part('.search-answer__label'),
                      value: part('.search-answer__value'), code: part('.search-answer__code'),
                      href: item.querySelector('a').href, said: box.dataset.said }
           })"""
    )
    return [Answer(**one) for one in found]


def notice(page: object) -> str:
    """The "did you mean" above the results, or ""."""
    shown = page.locator(".search-notice")
    return shown.inner_text() if shown.count() else ""
