"""Shared fixtures: the real site read once, the site built once per test
session and served on loopback, the system Chromium driven by Playwright
with motion reduced, and copies of the repository for tests that break it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from filelock import FileLock

from reportsite.browser import chromium, new_context, serve
from reportsite.build import build_site
from reportsite.diagnostics import errors_in
from reportsite.site import Site

ROOT = Path(__file__).resolve().parents[1]  # the repository under test
CONFIG = ROOT / "mkdocs.yml"
DATA = ROOT / "data"
DOCS = ROOT / "docs"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def real_site() -> Site:
    """The repository's own site, read as the checks read it."""
    site, problems = Site.load(CONFIG)
    assert site is not None, problems
    return site


@pytest.fixture
def fresh_site(real_site: Site) -> Site:
    """The real site's configuration, with pages and data a test may replace."""
    return real_site.fork()


def messages(problems, lang: str = "en") -> list[str]:
    return [problem.render(lang) for problem in sorted(set(problems))]


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, **options: object) -> Path:
    """The site built into a folder shared by every worker of the run (pytest
    -n): the first worker that needs it builds it, under a lock, the others wait."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    folder, done = root / name, root / f"{name}.built"
    with FileLock(root / f"{name}.lock"):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed attempt left
            built = build_site(folder, CONFIG, **options)
            assert errors_in(built.problems) == [], messages(built.problems)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both editions, built from the repository's sources like scripts/build.py."""
    return built_once(tmp_path_factory, "site")


@pytest.fixture(scope="session")
def offline_site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both editions built for opening from the file system, as in the
    meeting bundle (inlined search index, the iframe-worker shim)."""
    return built_once(tmp_path_factory, "offline", offline=True, pdf=False)


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    with chromium() as launched:
        yield launched


@dataclass
class Watched:
    """A browser page and what it did that a reader should never see."""

    page: object
    allowed_prefix: str
    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.outside_requests == [], f"requests outside the site: {self.outside_requests}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


def watch(page: object, allowed_prefix: str) -> Watched:
    watched = Watched(page, allowed_prefix)
    page.on("console", lambda m: m.type == "error" and watched.console_errors.append(m.text))
    page.on("pageerror", lambda e: watched.console_errors.append(str(e)))

    def on_request(request: object) -> None:
        url = request.url
        if not (url.startswith(allowed_prefix) or url.startswith(("data:", "blob:", "about:"))):
            watched.outside_requests.append(url)

    page.on("request", on_request)
    return watched


@pytest.fixture
def web_page(browser: object, base_url: str) -> Iterator[Watched]:
    """A fresh desktop page that records console errors and outside requests."""
    context = new_context(browser, viewport={"width": 1280, "height": 900})
    watched = watch(context.new_page(), base_url)
    yield watched
    context.close()


@pytest.fixture(scope="session", params=["http", "file"])
def site(request: pytest.FixtureRequest) -> object:
    """The site as served over http, or as opened from its folder (for the
    search tests, which run both ways)."""
    from searching import Site

    if request.param == "http":
        return Site("http", request.getfixturevalue("base_url"))
    folder: Path = request.getfixturevalue("offline_site_dir")
    return Site("file", folder.as_uri() + "/", folder)


@pytest.fixture
def reader(browser: object, site: object) -> Iterator[Watched]:
    """A fresh desktop page on `site`, motion reduced, that records console
    errors and requests outside the site."""
    context = new_context(browser, viewport={"width": 1280, "height": 900})
    watched = watch(context.new_page(), site.root)
    yield watched
    context.close()


@pytest.fixture
def phone(browser: object, site: object) -> Iterator[Watched]:
    """The same on a phone's screen, 390 × 844."""
    context = new_context(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    watched = watch(context.new_page(), site.root)
    yield watched
    context.close()


def copy_repository(destination: Path) -> Path:
    """A repository of its own with the sources' history and their current
    state (without site/, .venv/), for tests that break it: cloned, so that
    nothing done to it reaches this repository (a worktree's .git is only a
    pointer to it)."""
    subprocess.run(["git", "clone", "-q", "--no-checkout", str(ROOT), str(destination)], check=True)
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "site", "dist", "node_modules", "__pycache__", ".*cache", "bench.json", "*.egg-info"
    )
    shutil.copytree(ROOT, destination, ignore=ignore, dirs_exist_ok=True)
    subprocess.run(["git", "reset", "-q"], cwd=destination, check=True)  # the index as committed
    (destination / "node_modules").symlink_to(ROOT / "node_modules")
    return destination


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_repository(tmp_path / "repo")


def content_pages(folder: Path, pattern: str = "*.html") -> list[Path]:
    """The pages of a built site that hold text: not the 404 page, not the
    small page at an address that moved (tests/site/test_redirects.py)."""
    return sorted(
        path
        for path in folder.rglob(pattern)
        if path.name != "404.html" and 'http-equiv="refresh"' not in path.read_text(encoding="utf-8")
    )


def run_script(repo: Path, script: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / script), *args],
        capture_output=True,
        text=True,
        cwd=repo,
        env=env,
        timeout=300,
    )


def search_misses(page: object, base_url: str, cases: list[tuple[str, str]]) -> list[tuple]:
    """(query, expected, first results) for each query whose expected page
    is not among the first three results."""
    from reportsite.browser import search

    misses = []
    for query, expected in cases:
        results = search(page, query)
        if not any(url.startswith(base_url + expected) for url in results[:3]):
            misses.append((query, expected, results[:3]))
    return misses


@pytest.fixture(scope="session")
def pdfs(site_dir: Path) -> dict[str, object]:
    """Both editions' PDFs, as the build made them (tests/pdf/)."""
    from pdfreading import Pdf

    return {lang: Pdf(site_dir / "downloads" / f"xining-ftu-report-{lang}.pdf", lang) for lang in ("zh", "en")}


@pytest.fixture(scope="session", params=["zh", "en"])
def pdf(request: pytest.FixtureRequest, pdfs: dict[str, object]) -> object:
    return pdfs[request.param]


def nav_outline(site: Site, lang: str) -> list[tuple[str, str, str | None]]:
    """(page, its heading, its top-level section's title or None) for every
    page of the navigation, as the plugin names sections: after the heading
    of their first page."""
    from reportsite.config import nav_pages

    edition = site.editions[lang]
    title = {rel: reading.headings[0].text for rel, reading in edition.readings.items() if reading.headings}
    outline = []
    for item in edition.config["nav"]:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            pages = nav_pages(value)
            outline += [(rel, title[rel], title[pages[0]]) for rel in pages]
        else:
            outline.append((value, title[value], None))
    return outline
