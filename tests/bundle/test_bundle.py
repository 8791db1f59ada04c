"""The offline meeting bundle: unzipped into a folder whose name has a space
and Chinese characters, opened from the file system in Chromium with every
request outside the folder failing the test."""

import hashlib
import re
import shutil
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest
from playwright.sync_api import expect

from conftest import CONFIG, content_pages, copy_repository, run_script
from policies import effective, inline_hashes, listed_hashes, policy_of
from referenced import published, unreferenced
from reportsite.browser import search
from reportsite.bundle import SHORT_NAME, make_bundle
from reportsite.paths import display_path


@pytest.fixture(scope="module")
def unzipped(offline_site_dir):
    """The run's bundle (scripts/bundle.py), unzipped (tests/conftest.py)."""
    return offline_site_dir


@pytest.fixture
def offline_page(browser, unzipped):
    """A page that may load only files inside the unzipped folder."""
    context = browser.new_context()
    outside, errors = [], []
    inside = unzipped.as_uri()

    def guard(route):
        url = route.request.url
        if url.startswith(inside) or url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and errors.append(f"{page.url}: {m.text}"))
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    yield page, outside, errors
    context.close()


def test_the_zip_is_named_for_the_report_and_its_version_and_holds_one_folder(archive):
    assert archive.name.startswith(f"{SHORT_NAME}-") and archive.suffix == ".zip"
    with zipfile.ZipFile(archive) as bundle:
        names = bundle.namelist()
    top = {name.split("/")[0] for name in names}
    assert top == {archive.stem}
    for required in (
        "index.html",
        "en/index.html",
        "README.txt",
        "SHA256SUMS",
        "data/metrics.csv",
        "data/metrics.json",
        "search/search_index.js",
        "downloads/xining-ftu-report-zh.pdf",
        "downloads/xining-ftu-report-en.pdf",
    ):
        assert f"{archive.stem}/{required}" in names
    assert not any(name.endswith("sitemap.xml") for name in names)


def test_the_zip_fits_in_2_mb(archive):
    # Issue 28's budget: one copy of the theme, no source maps, the PDFs' fonts only as drawn.
    assert archive.stat().st_size <= 2 * 1024 * 1024


def test_the_script_says_where_the_zip_is_and_how_big(bundle_made, archive):
    size = f"{archive.stat().st_size / 1024 / 1024:.1f}"
    assert bundle_made.said == f"已生成离线包 {display_path(archive)}（{size} MB）。\n"


def test_without_history_the_script_says_so_and_makes_nothing(tmp_path, monkeypatch):
    # the one end-to-end run of scripts/bundle.py, on a copy with no git history
    repo = copy_repository(tmp_path / "repo")
    shutil.rmtree(repo / ".git")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    result = run_script(repo, "bundle.py", "--lang", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.startswith("scripts/bundle.py:1: no git history and no SOURCE_DATE_EPOCH")
    assert result.stderr == "1 problem(s): no bundle was made.\n"
    assert not (repo / "dist").exists()


def test_the_readme_says_how_to_open_it_in_both_languages_and_which_version(unzipped, archive):
    readme = (unzipped / "README.txt").read_text(encoding="utf-8")
    assert "双击" in readme and "double-click index.html" in readme
    assert archive.stem.removeprefix(f"{SHORT_NAME}-") in readme


def test_the_readme_lists_both_pdfs_with_their_sizes(unzipped):
    readme = (unzipped / "README.txt").read_text(encoding="utf-8")
    for lang, zh, en in (("zh", "中文版", "Chinese"), ("en", "英文版", "English")):
        path = f"downloads/xining-ftu-report-{lang}.pdf"
        size = (unzipped / path).stat().st_size
        shown = f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{round(size / 1024)} KB"
        assert f"{path}（{zh}，{shown}）" in readme and f"{path} ({en}, {shown})" in readme


def test_the_bundles_pdfs_are_the_sites(unzipped, site_dir):
    # Two builds of the PDFs from the same sources (the site's, the bundle's): the same bytes.
    for lang in ("zh", "en"):
        path = f"downloads/xining-ftu-report-{lang}.pdf"
        assert (unzipped / path).read_bytes() == (site_dir / path).read_bytes()


def test_the_checksums_cover_every_file_and_match(unzipped):
    listed = {}
    for line in (unzipped / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    files = {p.relative_to(unzipped).as_posix() for p in unzipped.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    assert set(listed) == files
    for name, digest in listed.items():
        assert hashlib.sha256((unzipped / name).read_bytes()).hexdigest() == digest, name


def test_a_one_language_bundle_opens_in_that_language_without_a_switch(tmp_path):
    made, problems = make_bundle(CONFIG, tmp_path, ("en",))
    assert problems == [] and made.stem.endswith("-en")
    with zipfile.ZipFile(made) as bundle:
        home = bundle.read(f"{made.stem}/index.html").decode()
        names = bundle.namelist()
    assert '<html lang="en"' in home and "data-language-switch" not in home and 'hreflang="zh-Hans"' not in home
    assert not any(f"{made.stem}/en/" in name for name in names)
    assert [name for name in names if name.endswith(".pdf")] == [f"{made.stem}/downloads/xining-ftu-report-en.pdf"]


def test_every_page_opens_from_the_folder_without_errors_or_outside_requests(offline_page, unzipped):
    page, outside, errors = offline_page
    pages = content_pages(unzipped)
    assert len(pages) >= 40
    for path in pages:
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        assert page.locator("article h1").count() >= 1, path
    assert outside == []
    assert errors == []


@pytest.mark.parametrize(
    ("home", "query", "expected"),
    [
        ("index.html", "快递", "system-reform/de-bureaucratization.html"),
        ("en/index.html", "hotline", "en/system-reform/de-administration.html"),
    ],
)
def test_search_works_from_the_file_system_in_both_languages(offline_page, unzipped, home, query, expected):
    page, outside, errors = offline_page
    page.goto((unzipped / home).as_uri())
    results = search(page, query)
    assert any(url.split("?")[0].endswith(expected) for url in results[:3]), results
    assert outside == [] and errors == []


def test_the_language_switch_keeps_the_page_and_the_anchor_from_the_file_system(offline_page, unzipped):
    page, outside, errors = offline_page
    page.goto((unzipped / "work-advancement" / "hardship-relief.html").as_uri() + "#hr-09")
    page.locator(".md-header").get_by_role("link", name="English", exact=True).click()
    page.wait_for_load_state("load")
    assert page.url == (unzipped / "en" / "work-advancement" / "hardship-relief.html").as_uri() + "#hr-09"
    expect(page.locator("tr#hr-09")).to_be_in_viewport()
    page.locator(".md-header").get_by_role("link", name="中文", exact=True).click()
    page.wait_for_load_state("load")
    assert page.url == (unzipped / "work-advancement" / "hardship-relief.html").as_uri() + "#hr-09"
    assert outside == [] and errors == []


def test_figures_charts_and_terms_work_from_the_file_system(offline_page, unzipped):
    page, outside, errors = offline_page
    page.goto((unzipped / "en" / "index.html").as_uri())
    strip = page.locator(".key-strip__figure")
    assert strip.count() >= 5
    strip.first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith(".html#sh-03") and page.locator("tr#sh-03").evaluate("row => row.matches(':target')")
    page.goto((unzipped / "en" / "key-figures.html").as_uri())
    expect(page.locator("figure#chart-spring-breeze")).to_be_visible()
    links = page.locator("table[data-key-figures] a.metric-anchor")
    assert links.count() == 60
    for href in links.evaluate_all("links => links.map(a => a.href)"):
        assert Path(unquote(urlsplit(href).path)).is_file(), href
    page.goto((unzipped / "en" / "work-advancement" / "hardship-relief.html").as_uri())
    term = page.locator("abbr.term").first
    term.click()
    expect(page.locator("#" + term.get_attribute("aria-controls"))).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#" + term.get_attribute("aria-controls"))).to_be_hidden()
    assert outside == [] and errors == []


def test_the_404_pages_work_from_the_file_system_with_links_inside_the_folder(offline_page, unzipped):
    # MkDocs writes an error page's addresses from the server's root (/assets/…): from the disk, none would work
    page, outside, errors = offline_page
    for path in (unzipped / "404.html", unzipped / "en" / "404.html"):
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        expect(page.locator("article h1")).to_have_text(re.compile("找不到这个页面|Page not found"))
        # the theme's styles are in: the header is the site's, not an unstyled list
        assert page.locator("header.md-header").evaluate("h => getComputedStyle(h).position") == "sticky"
        addresses = page.locator("[href], [src]").evaluate_all(
            "nodes => nodes.map(n => new URL(n.getAttribute('href') ?? n.getAttribute('src'), document.baseURI).href)"
            ".filter(url => url.startsWith('file:'))"
        )
        assert addresses, path
        missing = [url for url in addresses if not Path(unquote(urlsplit(url).path)).exists()]
        outside_folder = [url for url in addresses if not url.startswith(unzipped.as_uri())]
        assert (missing, outside_folder) == ([], []), path
        for link in page.locator("article a[hreflang]").all():  # each edition's home
            assert Path(unquote(urlsplit(link.evaluate("a => a.href")).path)).exists()
    assert outside == []
    assert errors == []


def test_every_file_of_the_bundle_is_reached_from_its_readme(unzipped):
    # (README.txt names the pages to open, the PDFs, the data and SHA256SUMS.)
    starts = ["README.txt", "404.html", "en/404.html", *published(unzipped, offline=True)]
    assert unreferenced(unzipped, None, starts) == []


def test_the_bundles_policy_lists_the_pages_inline_scripts_and_the_search_frames_only(unzipped):
    # From the file system search runs in the shim's iframe (about:blank, the
    # page's policy), whose one inline script is listed beside the page's own;
    # no worker, no frame source, no blob:. Search working from the folder
    # (above) shows that hash is the iframe's script's.
    for path in content_pages(unzipped):
        root = lxml.html.parse(str(path)).getroot()
        policy = policy_of(root)
        hashes = listed_hashes(policy)
        own = inline_hashes(root)
        assert own <= hashes and len(hashes - own) == 1, path
        assert effective(policy, "worker-src") == "'none'" and effective(policy, "frame-src") == "'none'", path
        assert "blob:" not in " ".join(policy.values()), path
