#!/usr/bin/env python3
"""The project's one benchmark: prints a table of figures and writes bench.json.

Sections (all by default, or some with --only):
  build       the full validated build vs a bare Material build of the same
              Markdown, in the same run (seconds, ratio)
  checks      checking the site, and a synthetic site 100 times larger
  bundle      the meeting bundle's size and the time to make it
  firstview   bytes of a first view (raw and gzip) of the home page and a
              section page, ours and the bare build's
  search      time until search is ready after load, and from keystroke to
              the first result, over http and from file://
  lighthouse  Lighthouse (mobile preset, median of 3) for the home page and a
              section page in both languages; installs scripts/lighthouse/
Targets are in the README; nothing here is a test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from reportsite.browser import CHROMIUM, CHROMIUM_ARGS, chromium, open_search, search, serve
from reportsite.build import build_site
from reportsite.bundle import make_bundle
from reportsite.checks import check_site, read_site
from reportsite.metrics import check_metrics
from reportsite.paths import DOCS, LANGUAGES, ROOT

CODE = re.compile(r"\b([A-Z]{2,3})-(\d{2})\b")
SECTION_PAGE = "work-advancement/hardship-relief/"
LIGHTHOUSE = ROOT / "scripts" / "lighthouse"
BARE_CONFIG = """site_name: {name}
docs_dir: {docs}
site_dir: {site}
theme:
  name: material
  language: {lang}
"""


def timed(function: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `function` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_build(site: Path) -> None:
    """Default Material, nothing of ours, on the same Markdown (both languages)."""
    for lang in LANGUAGES:
        target = site if lang == "zh" else site / "en"
        with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as config:
            config.write(BARE_CONFIG.format(name="bare", docs=DOCS / lang, site=target, lang=lang))
        try:
            subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "-q", "-f", config.name],
                check=True,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                capture_output=True,
            )
        finally:
            Path(config.name).unlink()


def ours_build(site: Path) -> None:
    problems = [p for p in check_site() if p.severity == "error"] + build_site(site)
    if problems:
        raise SystemExit("\n".join(map(str, problems)))


def bench_build(results: dict, work: Path) -> None:
    results["build_ours_s"] = timed(lambda: ours_build(work / "ours"), repeat=3)
    results["build_bare_material_s"] = timed(lambda: bare_build(work / "bare"), repeat=3)
    results["build_ratio"] = results["build_ours_s"] / results["build_bare_material_s"]


def synthetic_docs(target: Path, copies: int) -> Path:
    """The docs `copies` times over, each copy with codes of its own."""
    for lang in LANGUAGES:
        source = DOCS / lang
        for copy in range(copies):
            prefix = f"{chr(65 + copy // 26)}{chr(65 + copy % 26)}"
            for page in source.rglob("*.md"):
                text = CODE.sub(lambda m, p=prefix: f"{p}{m[1][0]}-{m[2]}", page.read_text(encoding="utf-8"))
                out = target / lang / f"copy{copy:03d}" / page.relative_to(source)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(text, encoding="utf-8")
    return target


def bench_checks(results: dict, work: Path) -> None:
    pages, _ = read_site()
    results["site_pages"] = sum(len(p) for p in pages.values())
    results["check_site_s"] = timed(check_site)
    results["check_metrics_site_s"] = timed(lambda: check_metrics(read_site()[0]))
    docs = synthetic_docs(work / "synthetic", 100)
    big_pages, _ = read_site(docs)
    results["synthetic_pages"] = sum(len(p) for p in big_pages.values())
    results["check_metrics_100x_s"] = timed(lambda: check_metrics(read_site(docs)[0]), repeat=3)
    results["check_metrics_growth_100x"] = results["check_metrics_100x_s"] / results["check_metrics_site_s"]


def bench_bundle(results: dict, work: Path) -> None:
    start = time.perf_counter()
    archive, problems = make_bundle(dist=work / "dist")
    results["bundle_build_s"] = time.perf_counter() - start
    if archive is None:
        raise SystemExit("\n".join(map(str, problems)))
    results["bundle_zip_kb"] = archive.stat().st_size / 1024
    with zipfile.ZipFile(archive) as bundle:
        results["bundle_unzipped_kb"] = sum(info.file_size for info in bundle.infolist()) / 1024
        bundle.extractall(work / "usb")
    results["_bundle_folder"] = str(next((work / "usb").iterdir()))


def first_view(browser: object, url: str) -> tuple[int, int]:
    """(raw, gzip) bytes of everything a fresh browser loads for `url`."""
    bodies: list[bytes] = []
    context = browser.new_context()
    page = context.new_page()
    page.on("response", lambda response: bodies.append(response.body()) if response.status == 200 else None)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    context.close()
    return sum(map(len, bodies)), sum(len(gzip.compress(body, 6)) for body in bodies)


def bench_firstview(results: dict, work: Path) -> None:
    if not (work / "ours").exists():
        ours_build(work / "ours")
    if not (work / "bare").exists():
        bare_build(work / "bare")
    with chromium() as browser:
        for name, site in (("ours", work / "ours"), ("bare", work / "bare")):
            with serve(site) as base:
                for page_name, path in (("home", ""), ("section", SECTION_PAGE)):
                    raw, packed = first_view(browser, base + path)
                    results[f"firstview_{page_name}_{name}_kb"] = raw / 1024
                    results[f"firstview_{page_name}_{name}_gzip_kb"] = packed / 1024


def search_times(browser: object, url: str, query: str) -> tuple[float, float]:
    """(seconds from navigation until search is ready, from keystroke to results)."""
    context = browser.new_context()
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    open_search(page)
    ready = time.perf_counter() - start
    start = time.perf_counter()
    search(page, query)
    results = time.perf_counter() - start
    context.close()
    return ready, results


def bench_search(results: dict, work: Path) -> None:
    if "_bundle_folder" not in results:
        bench_bundle(results, work)
    if not (work / "ours").exists():
        ours_build(work / "ours")
    folder = Path(results["_bundle_folder"])
    with chromium() as browser, serve(work / "ours", compress=True) as base:
        for lang, prefix, query in (("zh", "", "春风行动"), ("en", "en/", "collective contract")):
            for where, url in (("http", base + prefix), ("file", (folder / prefix / "index.html").as_uri())):
                runs = [search_times(browser, url, query) for _ in range(3)]
                results[f"search_ready_{lang}_{where}_s"] = statistics.median(r[0] for r in runs)
                results[f"search_keystroke_to_results_{lang}_{where}_s"] = statistics.median(r[1] for r in runs)


def lighthouse_bin() -> Path:
    binary = LIGHTHOUSE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=LIGHTHOUSE, check=True)
    return binary


def lighthouse_scores(url: str, output: Path) -> dict[str, float]:
    subprocess.run(
        [
            str(lighthouse_bin()),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={output}",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=" + " ".join(CHROMIUM_ARGS),
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
    )
    report = json.loads(output.read_text(encoding="utf-8"))
    return {name: category["score"] * 100 for name, category in report["categories"].items()}


def bench_lighthouse(results: dict, work: Path) -> None:
    if not (work / "ours").exists():
        ours_build(work / "ours")
    with serve(work / "ours", compress=True) as base:  # compressed, as any web host serves it
        for lang, prefix in (("zh", ""), ("en", "en/")):
            for page_name, path in (("home", ""), ("section", SECTION_PAGE)):
                runs = [lighthouse_scores(base + prefix + path, work / "lighthouse.json") for _ in range(3)]
                for category in runs[0]:
                    key = f"lighthouse_{lang}_{page_name}_{category}"
                    results[key] = statistics.median(run[category] for run in runs)


SECTIONS = {
    "build": bench_build,
    "checks": bench_checks,
    "bundle": bench_bundle,
    "firstview": bench_firstview,
    "search": bench_search,
    "lighthouse": bench_lighthouse,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(SECTIONS), help="run only these sections")
    parser.add_argument("--output", type=Path, default=ROOT / "bench.json")
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or SECTIONS:
            print(f"… {name}", file=sys.stderr)
            SECTIONS[name](results, Path(tmp))
    results = {key: value for key, value in results.items() if not key.startswith("_")}
    width = max(map(len, results))
    print(f"{'figure':<{width}}  value")
    for key, value in results.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{key:<{width}}  {shown}")
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
