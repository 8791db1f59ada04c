#!/usr/bin/env python3
"""The project's one benchmark: prints a table of figures and writes bench.json.

Sections (all by default, or name some with --only):
  checks   time to check the whole site, and a synthetic site 100 times larger
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportsite.checks import check_site, read_site
from reportsite.metrics import check_metrics
from reportsite.paths import DOCS, LANGUAGES, ROOT

CODE = re.compile(r"\b([A-Z]{2,3})-(\d{2})\b")


def timed(function: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `function` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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


def bench_checks(results: dict) -> None:
    pages, _ = read_site()
    results["site_pages"] = sum(len(p) for p in pages.values())
    results["check_site_s"] = timed(check_site)
    results["check_metrics_site_s"] = timed(lambda: check_metrics(read_site()[0]))
    with tempfile.TemporaryDirectory() as tmp:
        docs = synthetic_docs(Path(tmp) / "docs", 100)
        big_pages, _ = read_site(docs)
        results["synthetic_pages"] = sum(len(p) for p in big_pages.values())
        results["check_metrics_100x_s"] = timed(lambda: check_metrics(read_site(docs)[0]), repeat=3)
    results["check_metrics_growth"] = results["check_metrics_100x_s"] / results["check_metrics_site_s"]


SECTIONS = {"checks": bench_checks}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(SECTIONS), help="run only these sections")
    parser.add_argument("--output", type=Path, default=ROOT / "bench.json")
    args = parser.parse_args()
    results: dict = {}
    for name in args.only or SECTIONS:
        SECTIONS[name](results)
    width = max(map(len, results))
    for key, value in results.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{key:<{width}}  {shown}")
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
