#!/usr/bin/env python3
"""The project's one benchmark: prints a table of figures and writes bench.json.

Every figure that a bare Material build can also have is measured for both,
in the same run and the same way: the bare build is default Material (the
search plugin as it comes, jieba for Chinese) on the same Markdown, with the
same Markdown extensions and nothing of ours (no hook, overrides, prelude,
input script, search settings); from the file system it also has Material's
offline plugin, with the iframe-worker shim from our npm package instead of
a CDN. Sections (all by default, or some with --only):

  build       both editions, each build a fresh subprocess (ours is
              scripts/build.py --no-pdf, checks included), median of 3
  checks      everything scripts/check_site.py checks (in-process, median
              of 5), on this site and on a synthetic site 100 times larger
  pdf         both PDFs as scripts/pdf.py makes them (checks included),
              median of 3; their pages and sizes
  bundle      the meeting bundle's size and the time to make it; beside it
              bare Material's offline build zipped the same way; each
              by kind (PDFs, search, theme, pages, data)
  firstview   bytes loaded by a fresh browser for the home page and a
              section page (raw and gzip, every response body): the page
              alone (until the network is idle, search unused), and the page
              with search opened and ready (the worker and index included);
              in bench.json, the page alone's files, each with its KB gzip
  search      the search index (raw, gzip); search ready with the search
              opened at the load event (from the load event, and from
              navigation, which counts the page's own load); the first
              result after opening a page (the search opened and a query
              entered at the load event: from navigation to the results in
              the DOM, and from the key to the results), at the machine's
              speed and at a phone-class CPU (Chromium's CPU throttling 4x,
              as Lighthouse's mobile preset); input to results: in the page,
              performance.now() from the input event to the results in the
              DOM (a MutationObserver), over the benchmark queries, each
              several times; over http (gzip) and from file://
  lighthouse  Lighthouse (mobile preset, median of 3) for the home page and
              a section page in both languages: its four scores, FCP, LCP,
              TBT and the transfer; needs `bash scripts/setup.sh --bench`

A section that fails records its error and the others keep their figures.
Budgets (search): input to results at most 1.5 x bare + 5 ms (median); the
Chinese index at most 25 KB gzip more than bare; search ready at most 100 ms
later than bare. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reportsite.assets import iframe_worker_shim
from reportsite.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    SEARCH_NOT_READY,
    SEARCH_PLACEHOLDER,
    chromium,
    open_search,
    serve,
)
from reportsite.build import check, make_pdfs
from reportsite.bundle import ZIP_EPOCH_MIN, make_bundle, write_zip
from reportsite.git import git

LANGUAGES = ("zh", "en")

CODE = re.compile(r"\b([A-Z]{2,3})-(\d{2})\b")
SECTION_PAGE = "work-advancement/hardship-relief/"
ROOT = Path(__file__).resolve().parents[1]  # the repository this script stands in
CONFIG = ROOT / "mkdocs.yml"
DOCS = ROOT / "docs"
LIGHTHOUSE = ROOT / "scripts" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
PREFIX = {"zh": "", "en": "en/"}
BUILDS = ("ours", "bare")
SHIM = "assets/javascripts/iframe-worker/shim.js"
# The same Markdown extensions as mkdocs.yml, none of the hook's.
BARE_CONFIG = """site_name: bare
docs_dir: {docs}
site_dir: {site}
use_directory_urls: {directory_urls}
theme:
  name: material
  language: {lang}
plugins:
  - search
{offline}markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - def_list
  - footnotes
  - md_in_html
  - tables
  - toc:
      permalink: "#"
      slugify: !!python/object/apply:pymdownx.slugs.slugify
        kwds:
          case: lower
  - pymdownx.critic
  - pymdownx.details
  - pymdownx.superfences
"""
BARE_OFFLINE = """  - offline
extra:
  polyfills:
    - {shim}
"""
BARE_BUILD = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
for path in sys.argv[1:]:
    build(load_config(config_file=path))
"""
# Readers' queries of each kind: words, Traditional, pinyin, a pasted
# indicator and sentence, figures, several words, US spelling, a typo.
QUERIES = {
    "zh": [
        "快递",
        "群团服务站",
        "職工書屋",
        "gonghui",
        "职工医疗互助参保人数",
        "参加职工医疗互助活动单位834家，参保人数37827人",
        "3,782,700",
        "律师 热线",
    ],
    "en": [
        "hotline",
        "migrant workers",
        "labor",
        "37827",
        "hotlnie",
        "People insured under the workers' mutual medical aid scheme",
        "collective contracts",
        "centre",
    ],
}
SAMPLES = 5  # per query and build
READY_RUNS = 7


# ----------------------------------------------------------------------------
# Figures


def spread(values: list[float]) -> dict:
    """Median, p95, min, max and count of the samples."""
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {"median": statistics.median(ordered), "p95": p95, "min": ordered[0], "max": ordered[-1], "n": len(ordered)}


class Figures:
    """Figures by name, each for ours and bare (or ours alone), with a unit."""

    def __init__(self) -> None:
        self.figures: dict[str, dict] = {}
        self.errors: dict[str, str] = {}

    def add(self, name: str, unit: str, ours: list[float] | float, bare: list[float] | float | None = None) -> None:
        entry: dict = {"unit": unit, "ours": spread(ours if isinstance(ours, list) else [ours])}
        if bare is not None:
            entry["bare"] = spread(bare if isinstance(bare, list) else [bare])
        self.figures[name] = entry

    def median(self, name: str, build: str = "ours") -> float | None:
        entry = self.figures.get(name, {}).get(build)
        return entry["median"] if entry else None


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    """Wall times of `function`, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


# ----------------------------------------------------------------------------
# Building ours and bare


def run(command: list[str], **kwargs: object) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **kwargs.pop("env", {})}
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, **kwargs)
    if result.returncode:
        raise RuntimeError(f"{' '.join(command[:3])} failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")


OURS_OFFLINE = """
import sys
from pathlib import Path
from reportsite.build import build_site
from reportsite.diagnostics import errors_in
built = build_site(Path(sys.argv[1]), Path(sys.argv[2]), offline=True, pdf=False)
sys.exit(1 if errors_in(built.problems) else 0)
"""


def ours_build(site: Path, offline: bool = False, pdf: bool = True) -> None:
    """scripts/build.py (checks, then both editions and, unless told not
    to, their PDFs), or for the file system as the bundle, in a subprocess."""
    if offline:
        run([sys.executable, "-c", OURS_OFFLINE, str(site), str(CONFIG)], env={"PYTHONPATH": str(ROOT / "scripts")})
    else:
        run(
            [
                sys.executable,
                str(ROOT / "scripts" / "build.py"),
                "--site-dir",
                str(site),
                *([] if pdf else ["--no-pdf"]),
            ]
        )


def bare_build(site: Path, offline: bool = False) -> None:
    """Default Material on the same Markdown, both editions, in a subprocess."""
    with tempfile.TemporaryDirectory() as tmp:
        configs = []
        for lang in LANGUAGES:
            target = site / PREFIX[lang]
            config = Path(tmp) / f"{lang}.yml"
            config.write_text(
                BARE_CONFIG.format(
                    docs=DOCS / lang,
                    site=target,
                    lang=lang,
                    directory_urls="false" if offline else "true",
                    offline=BARE_OFFLINE.format(shim=SHIM) if offline else "",
                ),
                encoding="utf-8",
            )
            configs.append(str(config))
        run([sys.executable, "-c", BARE_BUILD, *configs])
    if offline:
        for lang in LANGUAGES:
            shim = site / PREFIX[lang] / SHIM
            shim.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(iframe_worker_shim(ROOT), shim)


class Sites:
    """The four sites the browser sections use, built once per run."""

    def __init__(self, work: Path) -> None:
        self.work = work

    def get(self, build: str, offline: bool = False) -> Path:
        site = self.work / f"{build}-{'file' if offline else 'http'}"
        if not (site / "index.html").is_file():
            (ours_build if build == "ours" else bare_build)(site, offline)
        return site


# ----------------------------------------------------------------------------
# Sections


def bench_build(figures: Figures, sites: Sites) -> None:
    work = sites.work / "build-timing"
    runs = {build: [] for build in BUILDS}
    for _ in range(3):  # alternately, so that both see the same machine
        for build in BUILDS:
            target = work / build
            shutil.rmtree(target, ignore_errors=True)
            runs[build] += timed(
                lambda b=build, t=target: ours_build(t, pdf=False) if b == "ours" else bare_build(t), 1
            )
    figures.add("build, both editions (ours: with every check)", "s", runs["ours"], runs["bare"])


def synthetic_repository(target: Path, copies: int) -> Path:
    """A copy of the sources whose docs are `copies` times over, each copy
    with metric codes of its own."""
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "site", "dist", "node_modules", "__pycache__", ".*cache", "*.egg-info"
    )
    shutil.copytree(ROOT, target, ignore=ignore)
    for lang in LANGUAGES:
        source = DOCS / lang
        for copy in range(copies):
            prefix = f"{chr(65 + copy // 26)}{chr(65 + copy % 26)}"
            for page in source.rglob("*.md"):
                text = CODE.sub(lambda m, p=prefix: f"{p}{m[1][0]}-{m[2]}", page.read_text(encoding="utf-8"))
                out = target / "docs" / lang / f"copy{copy:03d}" / page.relative_to(source)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(text, encoding="utf-8")
    return target


def bench_checks(figures: Figures, sites: Sites) -> None:
    """scripts/check_site.py's work, in-process: every check of both
    editions and MkDocs' own (links, anchors, navigation). Bare Material
    has no checks to compare with."""
    site, _ = check(CONFIG)
    figures.add("site pages", "pages", sum(len(e.readings) for e in site.editions.values()))
    small = timed(lambda: check(CONFIG), 5)
    figures.add("check site", "s", small)
    repository = synthetic_repository(sites.work / "synthetic", 100)
    big_site, _ = check(repository / "mkdocs.yml")
    figures.add("synthetic site (100x) pages", "pages", sum(len(e.readings) for e in big_site.editions.values()))
    big = timed(lambda: check(repository / "mkdocs.yml"), 3)
    figures.add("check site, 100x site", "s", big)
    figures.add("check site growth, 100x site", "x", statistics.median(big) / statistics.median(small))


def bench_pdf(figures: Figures, sites: Sites) -> None:
    """Both PDFs as scripts/pdf.py makes them (checks included), and their
    pages and sizes. Bare Material makes no PDF."""
    from pypdf import PdfReader

    target = sites.work / "pdf"
    times = timed(lambda: make_pdfs(target, CONFIG), 3)
    figures.add("PDFs, both editions (with checks)", "s", times)
    for lang in LANGUAGES:
        path = target / "downloads" / f"xining-ftu-report-{lang}.pdf"
        figures.add(f"PDF {lang}, pages", "pages", len(PdfReader(path).pages))
        figures.add(f"PDF {lang}, size", "KB", path.stat().st_size / 1024)


# What a bundle holds, by kind: the first pattern a file's path matches.
BUNDLE_KINDS = (
    ("PDFs", re.compile(r"\.pdf$")),
    ("search", re.compile(r"(^|/)search/|/workers/|/lunr/")),
    ("theme", re.compile(r"(^|/)assets/")),
    ("pages", re.compile(r"\.html$")),
    ("data", re.compile(r"(^|/)data/")),
    ("other", re.compile(r"")),
)


def zip_kinds(archive: Path) -> dict[str, float]:
    """KB zipped of each kind of file in a zip (one top folder)."""
    kinds = dict.fromkeys((name for name, _ in BUNDLE_KINDS), 0.0)
    with zipfile.ZipFile(archive) as bundle:
        for info in bundle.infolist():
            path = info.filename.split("/", 1)[1]
            kind = next(name for name, pattern in BUNDLE_KINDS if pattern.search(path))
            kinds[kind] += info.compress_size / 1024
    return kinds


def bench_bundle(figures: Figures, sites: Sites) -> None:
    """Ours (scripts/bundle.py) beside bare Material's offline build zipped the
    same way (it has no PDFs, no open data: see the kinds)."""
    start = time.perf_counter()
    archive, problems = make_bundle(CONFIG, sites.work / "dist")
    figures.add("bundle, make", "s", time.perf_counter() - start)
    if archive is None:
        raise RuntimeError("\n".join(map(str, problems)))
    bare = sites.work / "bare-bundle" / "bare.zip"
    write_zip(sites.get("bare", offline=True), bare, ZIP_EPOCH_MIN)
    figures.add("bundle, zip", "KB", archive.stat().st_size / 1024, bare.stat().st_size / 1024)
    with zipfile.ZipFile(archive) as bundle, zipfile.ZipFile(bare) as plain:
        figures.add(
            "bundle, unzipped",
            "KB",
            sum(info.file_size for info in bundle.infolist()) / 1024,
            sum(info.file_size for info in plain.infolist()) / 1024,
        )
    ours_kinds, bare_kinds = zip_kinds(archive), zip_kinds(bare)
    for kind, size in ours_kinds.items():
        figures.add(f"bundle, zip: {kind}", "KB", size, bare_kinds[kind])


@contextmanager
def served(site: Path) -> Iterator[str]:
    with serve(site, compress=True) as base:  # as a web host serves it
        yield base


# Installed before any page script: when the search box's results first say
# that search is ready (Material's placeholder), and, on request, the time
# from an input event to the results in the DOM.
PROBE = """
(() => {
  const placeholder = new RegExp(__PLACEHOLDER__)
  window.__bench = { ready: null }
  const watch = new MutationObserver(() => {
    const meta = document.querySelector('.md-search-result__meta')
    if (meta && window.__bench.ready === null && placeholder.test(meta.textContent)) {
      window.__bench.ready = performance.now()
      watch.disconnect()
    }
  })
  watch.observe(document, { childList: true, subtree: true, characterData: true })
  // Enter `value` as one keystroke does (input, then keyup, in one task);
  // resolve with the milliseconds until the results are in the DOM.
  window.__bench.measure = value => new Promise((resolve, reject) => {
    const box = document.querySelector('input.md-search__input')
    const results = document.querySelector('.md-search-result')
    if (box.value === value) return resolve(0)  // nothing to search
    let start = 0
    const observer = new MutationObserver(() => {
      observer.disconnect()
      resolve(performance.now() - start)
    })
    observer.observe(results, { childList: true, subtree: true, characterData: true })
    setTimeout(() => { observer.disconnect(); reject(new Error('no results for ' + value)) }, 10000)
    box.value = value
    start = performance.now()
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: value }))
    box.dispatchEvent(new KeyboardEvent('keyup', { key: value.slice(-1) }))
  })
  // The same for a search opened just before (the index perhaps not yet
  // ready): resolve, once results or "no results" are shown, with the
  // milliseconds from the key and from navigation.
  window.__bench.first = value => new Promise((resolve, reject) => {
    const box = document.querySelector('input.md-search__input')
    const meta = document.querySelector('.md-search-result__meta')
    const waiting = new RegExp(__WAITING__)
    let start = 0
    const observer = new MutationObserver(() => {
      if (waiting.test(meta.textContent)) return
      observer.disconnect()
      const now = performance.now()
      resolve([now - start, now])
    })
    const results = document.querySelector('.md-search-result')
    observer.observe(results, { childList: true, subtree: true, characterData: true })
    setTimeout(() => { observer.disconnect(); reject(new Error('no results for ' + value)) }, 30000)
    box.value = value
    start = performance.now()
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: value }))
    box.dispatchEvent(new KeyboardEvent('keyup', { key: value.slice(-1) }))
  })
})()
""".replace("__PLACEHOLDER__", json.dumps(SEARCH_PLACEHOLDER)).replace(
    "__WAITING__", json.dumps(f"{SEARCH_NOT_READY}|{SEARCH_PLACEHOLDER}")
)
PHONE_CPU = 4  # Chromium's CPU slowdown for a phone (Lighthouse's mobile preset)


def new_page(browser: object) -> tuple[object, object]:
    context = browser.new_context(reduced_motion="reduce")
    context.add_init_script(PROBE)
    return context, context.new_page()


def ready_times(browser: object, url: str) -> tuple[float, float]:
    """Milliseconds until search is ready (Material's placeholder shows),
    from the load event and from navigation, the search opened at the load
    event (ours, and Material from file://, load the index only then)."""
    context, page = new_page(browser)
    page.goto(url, wait_until="load")
    page.locator("input.md-search__input").click()
    page.wait_for_function("() => window.__bench.ready !== null", timeout=30000)
    ready, load = page.evaluate("[window.__bench.ready, performance.getEntriesByType('navigation')[0].loadEventStart]")
    context.close()
    return ready - load, ready


def first_result(browser: object, url: str, query: str, cpu: float = 1) -> tuple[float, float]:
    """Milliseconds from the key, and from navigation, to the first results,
    when a reader opens the page, then the search at the load event and
    enters `query` at once; `cpu`: Chromium's CPU slowdown."""
    context, page = new_page(browser)
    if cpu != 1:
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": cpu})
    page.goto(url, wait_until="load")
    page.locator("input.md-search__input").click()
    from_key, at = page.evaluate("value => window.__bench.first(value)", query)
    context.close()
    return from_key, at


def input_times(browser: object, url: str, queries: list[str], samples: int) -> dict[str, list[float]]:
    """Milliseconds from input to results, `samples` per query (after one
    unmeasured search, for both builds alike), each from an empty box."""
    context, page = new_page(browser)
    page.goto(url, wait_until="load")
    open_search(page)
    page.wait_for_function("() => window.__bench.ready !== null", timeout=30000)
    times: dict[str, list[float]] = {}
    for query in queries:
        for sample in range(samples + 1):
            page.evaluate("window.__bench.measure('')")
            elapsed = page.evaluate("value => window.__bench.measure(value)", query)
            if sample:
                times.setdefault(query, []).append(elapsed)
    context.close()
    return times


def index_sizes(site: Path, lang: str) -> tuple[int, int]:
    data = (site / PREFIX[lang] / "search" / "search_index.json").read_bytes()
    return len(data), len(gzip.compress(data, 9, mtime=0))


def bench_search(figures: Figures, sites: Sites) -> None:
    for lang in LANGUAGES:
        sizes = {build: index_sizes(sites.get(build), lang) for build in BUILDS}
        figures.add(f"search index, {lang}, raw", "KB", sizes["ours"][0] / 1024, sizes["bare"][0] / 1024)
        figures.add(f"search index, {lang}, gzip", "KB", sizes["ours"][1] / 1024, sizes["bare"][1] / 1024)
    # What our additions (search_index.py) weigh in the Chinese index.
    index = json.loads((sites.get("ours") / "search" / "search_index.json").read_text(encoding="utf-8"))
    without = {**index, "config": {k: v for k, v in index["config"].items() if k != "reportsite"}}
    packed = [len(gzip.compress(json.dumps(i, separators=(",", ":")).encode(), 9, mtime=0)) for i in (index, without)]
    figures.add("search index, zh, gzip, of which our additions", "KB", (packed[0] - packed[1]) / 1024)
    urls = {}
    with served(sites.get("ours")) as ours, served(sites.get("bare")) as bare, chromium() as browser:
        for lang in LANGUAGES:
            urls[("http", lang)] = {"ours": ours + PREFIX[lang], "bare": bare + PREFIX[lang]}
            urls[("file", lang)] = {
                build: (sites.get(build, offline=True) / PREFIX[lang] / "index.html").as_uri() for build in BUILDS
            }
        for (where, lang), by_build in urls.items():
            ready = {build: [] for build in BUILDS}
            for _ in range(READY_RUNS):  # alternately
                for build in BUILDS:
                    ready[build].append(ready_times(browser, by_build[build]))
            figures.add(
                f"search ready after load, {lang}, {where}",
                "ms",
                [r[0] for r in ready["ours"]],
                [r[0] for r in ready["bare"]],
            )
            figures.add(
                f"search ready after navigation, {lang}, {where}",
                "ms",
                [r[1] for r in ready["ours"]],
                [r[1] for r in ready["bare"]],
            )
            for cpu, speed in ((1, ""), (PHONE_CPU, f", CPU {PHONE_CPU}x slower")):
                first = {build: [] for build in BUILDS}
                for _ in range(READY_RUNS):  # alternately
                    for build in BUILDS:
                        first[build].append(first_result(browser, by_build[build], QUERIES[lang][0], cpu))
                for index, measured in ((1, "after opening a page"), (0, "from the first key")):
                    figures.add(
                        f"first result {measured}, {lang}, {where}{speed}",
                        "ms",
                        [f[index] for f in first["ours"]],
                        [f[index] for f in first["bare"]],
                    )
            times = {build: input_times(browser, by_build[build], QUERIES[lang], SAMPLES) for build in BUILDS}
            name = f"input to results, {lang}, {where}"
            figures.add(name, "ms", *([t for query in QUERIES[lang] for t in times[build][query]] for build in BUILDS))
            figures.figures[name]["per query (median)"] = {
                query: {build: statistics.median(times[build][query]) for build in BUILDS} for query in QUERIES[lang]
            }


def first_view(browser: object, url: str) -> tuple[tuple[int, int], tuple[int, int], dict[str, float]]:
    """(raw, gzip) bytes of everything a fresh browser loads for `url`: until
    the network is idle, search unused; and then with search opened and ready;
    and the KB gzip of each file of the first (by its address under the site's),
    to see which bytes one build sends that the other does not."""
    bodies: list[tuple[str, bytes]] = []
    context, page = new_page(browser)
    page.on(
        "response", lambda response: bodies.append((response.url, response.body())) if response.status == 200 else None
    )
    page.goto(url, wait_until="networkidle")
    alone = list(bodies)
    page.locator("input.md-search__input").click()
    page.wait_for_function("() => window.__bench.ready !== null", timeout=30000)
    page.wait_for_load_state("networkidle")
    context.close()
    root = url.split("/", 3)[:3]  # scheme, "", host: the site's address
    files: dict[str, float] = {}
    for address, body in alone:
        name = address.removeprefix("/".join(root) + "/") or "(the page)"
        files[name] = files.get(name, 0) + len(gzip.compress(body, 6, mtime=0)) / 1024
    sizes = tuple(
        (sum(len(body) for _, body in loaded), sum(len(gzip.compress(body, 6, mtime=0)) for _, body in loaded))
        for loaded in (alone, bodies)
    )
    return sizes[0], sizes[1], files


def bench_firstview(figures: Figures, sites: Sites) -> None:
    with served(sites.get("ours")) as ours, served(sites.get("bare")) as bare, chromium() as browser:
        for lang in LANGUAGES:
            for name, path in (("home", ""), ("section", SECTION_PAGE)):
                sizes = {
                    build: first_view(browser, base + PREFIX[lang] + path)
                    for build, base in zip(BUILDS, (ours, bare), strict=True)
                }
                for index, what in ((0, ""), (1, " with search ready")):
                    for unit, packed in (("raw", 0), ("gzip", 1)):
                        figures.add(
                            f"first view{what}, {lang} {name}, {unit}",
                            "KB",
                            sizes["ours"][index][packed] / 1024,
                            sizes["bare"][index][packed] / 1024,
                        )
                figures.figures[f"first view, {lang} {name}, gzip"]["files (KB gzip)"] = {
                    build: sizes[build][2] for build in BUILDS
                }


# Lighthouse's audits reported beside its scores: (audit, figure, unit, scale).
LIGHTHOUSE_AUDITS = (
    ("first-contentful-paint", "FCP", "ms", 1),
    ("largest-contentful-paint", "LCP", "ms", 1),
    ("total-blocking-time", "TBT", "ms", 1),
    ("total-byte-weight", "transfer", "KB", 1 / 1024),
)


def lighthouse_scores(url: str, output: Path) -> dict[str, tuple[str, float]]:
    """Lighthouse's scores and audits (LIGHTHOUSE_AUDITS) for `url`: (unit, value) by name."""
    if not LIGHTHOUSE.exists():
        raise RuntimeError(f"{LIGHTHOUSE} is missing: run `bash scripts/setup.sh --bench` first")
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={output}",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=" + " ".join(CHROMIUM_ARGS),
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
    )
    report = json.loads(output.read_text(encoding="utf-8"))
    found = {name: ("score", category["score"] * 100) for name, category in report["categories"].items()}
    for audit, name, unit, scale in LIGHTHOUSE_AUDITS:
        found[name] = (unit, report["audits"][audit]["numericValue"] * scale)
    return found


def bench_lighthouse(figures: Figures, sites: Sites) -> None:
    if not LIGHTHOUSE.exists():
        raise RuntimeError(f"{LIGHTHOUSE} is missing: run `bash scripts/setup.sh --bench` first")
    output = sites.work / "lighthouse.json"
    with served(sites.get("ours")) as ours, served(sites.get("bare")) as bare:
        for lang in LANGUAGES:
            for name, path in (("home", ""), ("section", SECTION_PAGE)):
                scores: dict[tuple[str, str], dict[str, list[float]]] = {}
                for _ in range(3):
                    for build, base in zip(BUILDS, (ours, bare), strict=True):
                        for category, (unit, score) in lighthouse_scores(base + PREFIX[lang] + path, output).items():
                            scores.setdefault((category, unit), {}).setdefault(build, []).append(score)
                for (category, unit), by_build in scores.items():
                    figures.add(f"lighthouse {category}, {lang} {name}", unit, by_build["ours"], by_build["bare"])


SECTIONS = {
    "build": bench_build,
    "checks": bench_checks,
    "pdf": bench_pdf,
    "bundle": bench_bundle,
    "firstview": bench_firstview,
    "search": bench_search,
    "lighthouse": bench_lighthouse,
}


# ----------------------------------------------------------------------------
# Report


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in ("mkdocs", "mkdocs-material", "pymdown-extensions", "jieba", "opencc", "pypinyin", "playwright"):
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "missing"
    for name, command in (("chromium", [CHROMIUM, "--version"]), ("node", ["node", "--version"])):
        try:
            found[name] = subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            found[name] = "missing"
    lighthouse = LIGHTHOUSE.parents[1] / "lighthouse" / "package.json"
    found["lighthouse"] = json.loads(lighthouse.read_text())["version"] if lighthouse.is_file() else "not installed"
    return found


def budgets(figures: Figures) -> list[dict]:
    """The search budgets, checked on the medians."""
    checks = []
    for name, entry in figures.figures.items():
        if "bare" not in entry:
            continue
        ours, bare = entry["ours"]["median"], entry["bare"]["median"]
        if name.startswith("input to results"):
            checks.append(
                {
                    "figure": name,
                    "limit": f"<= 1.5 x bare + 5 ms = {1.5 * bare + 5:.1f} ms",
                    "ok": ours <= 1.5 * bare + 5,
                }
            )
        elif name == "search index, zh, gzip":
            checks.append({"figure": name, "limit": f"<= bare + 25 KB = {bare + 25:.1f} KB", "ok": ours <= bare + 25})
        elif name.startswith("search ready after load"):
            checks.append(
                {"figure": name, "limit": f"<= bare + 100 ms = {bare + 100:.0f} ms", "ok": ours <= bare + 100}
            )
    return checks


def shown(entry: dict | None, unit: str) -> str:
    if entry is None:
        return ""
    digits = 0 if unit in ("score", "pages") else 1 if unit in ("ms", "KB") else 2 if unit == "x" else 3
    median = f"{entry['median']:.{digits}f}"
    if entry["n"] == 1 or entry["min"] == entry["max"]:
        return median
    return f"{median} (p95 {entry['p95']:.{digits}f}, {entry['min']:.{digits}f}–{entry['max']:.{digits}f})"


def table(figures: Figures) -> str:
    rows = [("figure", "unit", "ours: median (p95, min–max)", "bare Material", "ours / bare")]
    for name, entry in figures.figures.items():
        bare = entry.get("bare")
        ratio = ""
        if bare and bare["median"]:
            ratio = f"{entry['ours']['median'] / bare['median']:.2f}"
        rows.append((name, entry["unit"], shown(entry["ours"], entry["unit"]), shown(bare, entry["unit"]), ratio))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(SECTIONS), help="run only these sections")
    parser.add_argument("--output", type=Path, default=ROOT / "bench.json")
    args = parser.parse_args()
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        sites = Sites(Path(tmp))
        for name in args.only or SECTIONS:
            print(f"… {name}", file=sys.stderr)
            try:
                SECTIONS[name](figures, sites)
            except Exception as error:  # a failing section records its error; the others go on
                figures.errors[name] = f"{type(error).__name__}: {error}"
                traceback.print_exc()
    checks = budgets(figures)
    print(table(figures))
    for budget in checks:
        print(f"{'within' if budget['ok'] else 'OVER'} budget: {budget['figure']} ({budget['limit']})")
    for name, error in figures.errors.items():
        print(f"section {name} failed: {error.splitlines()[0]}")
    result = {
        "commit": git("rev-parse", "HEAD", cwd=ROOT),
        "modified": bool(git("status", "--porcelain", "--untracked-files=no", cwd=ROOT)),
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "versions": versions(),
        "sections": args.only or list(SECTIONS),
        "figures": figures.figures,
        "budgets": checks,
        "errors": figures.errors,
    }
    args.output.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if figures.errors else 0


if __name__ == "__main__":
    sys.exit(main())
