"""Shared fixtures: the real site read once, the site built once per test
session and served on loopback, the system Chromium driven by Playwright
with motion reduced, and copies of the repository for tests that break it."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from filelock import FileLock

from reportsite.browser import chromium, new_context, serve
from reportsite.site import Site

ROOT = Path(__file__).resolve().parents[1]  # the repository under test
CONFIG = ROOT / "mkdocs.yml"
DATA = ROOT / "data"
DOCS = ROOT / "docs"
FIXTURES = ROOT / "tests" / "fixtures"


# What makes a test slow, by the fixtures it uses or the folder it stands in:
# each kind is a marker, and each implies `slow`, which the quick loop
# (`pytest -m "not slow"`) leaves out.
SLOW_FIXTURES = {
    "browser": "browser",
    "pdfs": "pdf",
    "archive": "bundle",
    "bundle_made": "bundle",
    "repo": "subprocess",
    "site_dir": "build",
    "offline_site_dir": "build",
}
FIRST = {"subprocess": 0, "bundle": 1, "browser": 2, "pdf": 3, "build": 4}
SLOW_FOLDERS = {"browser": "browser", "pdf": "pdf", "bundle": "bundle", "scripts": "subprocess", "site": "build"}


def pytest_configure(config: pytest.Config) -> None:
    """One cache of made PDFs (scripts/reportsite/cache.py) for the run and
    its workers, empty at its start: the site's build makes them, the other
    builds of the same sources reuse them, and nothing of an earlier run or of
    the user's own cache counts."""
    if not hasattr(config, "workerinput"):  # the first process: the workers inherit its environment
        import tempfile

        os.environ["REPORTSITE_CACHE_DIR"] = tempfile.mkdtemp(prefix="reportsite-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):
        shutil.rmtree(os.environ.pop("REPORTSITE_CACHE_DIR", ""), ignore_errors=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        kinds = {kind for fixture, kind in SLOW_FIXTURES.items() if fixture in used}
        folder = item.path.relative_to(ROOT / "tests").parts
        if len(folder) > 1 and folder[0] in SLOW_FOLDERS:
            kinds.add(SLOW_FOLDERS[folder[0]])
        kinds |= {marker.name for marker in item.iter_markers() if marker.name in SLOW_FOLDERS.values()}
        for kind in sorted(kinds):
            item.add_marker(kind)
        if kinds or item.get_closest_marker("slow"):
            item.add_marker("slow")
    # Longest first, a file at a time (pytest -n hands each worker a file as it
    # frees up): the runs on copies of the repository, which wait for no
    # build; the bundle's (whose PDFs the site's build then takes from the
    # cache) beside them; the browser's; the quick tests last, to even out the end.
    rank = {}
    for item in items:
        kinds = {marker.name for marker in item.iter_markers()}
        here = min((order for kind, order in FIRST.items() if kind in kinds), default=len(FIRST))
        rank[item.path] = min(rank.get(item.path, here), here)
    items.sort(key=lambda item: rank[item.path])  # stable: a file's tests stay in their order


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


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder made once for the whole run, shared by its workers (pytest
    -n): the first worker that needs it makes it, under a lock, the others
    wait. One build of each kind in a run: the site, the bundle."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    folder, done = root / name, root / f"{name}.built"
    with FileLock(root / f"{name}.lock"):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed attempt left
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


def _script_run(script: str, *args: str) -> Callable[[Path], None]:
    """Making a folder by running a script on the repository, as an editor
    runs it; what it said is kept beside what it made."""

    def make(folder: Path) -> None:
        result = run_in_process(ROOT, script, *args, str(folder / "made"))
        assert result.returncode == 0, result.stdout + result.stderr
        (folder / "said.txt").write_text(result.stderr, encoding="utf-8")

    return make


@dataclass
class Made:
    folder: Path  # what the script made
    said: str  # what it printed to the editor (standard error)


def _made(folder: Path) -> Made:
    return Made(folder / "made", (folder / "said.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """Both editions and their PDFs, built by scripts/build.py."""
    return _made(built_once(tmp_path_factory, "site", _script_run("build.py", "--site-dir")))


@pytest.fixture(scope="session")
def site_dir(site_build: Made) -> Path:
    return site_build.folder


@pytest.fixture(scope="session")
def bundle_made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """The meeting bundle of both editions, made by scripts/bundle.py."""
    return _made(built_once(tmp_path_factory, "bundle", _script_run("bundle.py", "--dist")))


@pytest.fixture(scope="session")
def archive(bundle_made: Made) -> Path:
    (made,) = bundle_made.folder.glob("*.zip")
    return made


@pytest.fixture(scope="session")
def offline_site_dir(tmp_path_factory: pytest.TempPathFactory, archive: Path) -> Path:
    """Both editions built for opening from the file system: the meeting
    bundle, unzipped into a folder whose name has a space and Chinese
    characters (the same for every test: none changes it)."""

    def unzip(folder: Path) -> None:
        with zipfile.ZipFile(archive) as bundle:
            bundle.extractall(folder / "会议 资料")

    (unzipped,) = (built_once(tmp_path_factory, "usb", unzip) / "会议 资料").iterdir()
    return unzipped


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


def run_in_process(repo: Path, script: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """A script of scripts/ run as `run_script` runs it, on `repo`, with its
    arguments, environment, exit code and output, but in this process: the
    interpreter and the imports are paid once for the whole run (each script
    also has one end-to-end run as a subprocess)."""
    path = repo / "scripts" / script
    spec = importlib.util.spec_from_file_location(f"script_{path.stem}", ROOT / "scripts" / script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stdout, stderr = io.StringIO(), io.StringIO()
    saved_environ, saved_argv, saved_cwd = dict(os.environ), sys.argv, Path.cwd()
    try:
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        sys.argv = [str(path), *args]
        os.chdir(repo)
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = module.main(list(args))
            except SystemExit as stopped:
                code = stopped.code if isinstance(stopped.code, int) else 1
    finally:
        os.chdir(saved_cwd)
        sys.argv = saved_argv
        os.environ.clear()
        os.environ.update(saved_environ)
    return subprocess.CompletedProcess([str(path), *args], code, stdout.getvalue(), stderr.getvalue())


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
