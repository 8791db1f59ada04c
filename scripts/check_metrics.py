#!/usr/bin/env python3
"""Check the metric tables of the site (rules 4 to 10 of CONTRIBUTING.md).

With no arguments, all of docs/ in both languages; otherwise the given
Markdown files or folders. Prints one line per problem, `path:line: message`
(and a GitHub annotation when GITHUB_ACTIONS=true); exits 1 if there are
problems, 0 when the tables are clean. Never changes a file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reportsite.checks import read_files, read_site
from reportsite.diagnostics import report
from reportsite.metrics import RULES_FILE, UNITS_FILE, check_metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="Markdown files or folders (default: docs/)")
    parser.add_argument("--units", type=Path, default=UNITS_FILE, help="unit vocabulary (default: data/units.yml)")
    parser.add_argument("--rules", type=Path, default=RULES_FILE, help="consistency rules (data/metric_rules.yml)")
    args = parser.parse_args(argv)
    missing = [path for path in args.paths if not path.exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(map(str, missing))}")
    pages, problems = read_files(args.paths) if args.paths else read_site()
    metrics, found = check_metrics(pages, args.units, args.rules, complete=not args.paths)
    errors = report(problems + found)
    if errors:
        print(f"{errors} problem(s) in the metric tables.", file=sys.stderr)
        return 1
    count = len(metrics.get("zh", [])) or len(metrics.get("en", []))
    print(f"{count} metrics checked: no problems.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
