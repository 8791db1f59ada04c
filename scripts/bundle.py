#!/usr/bin/env python3
"""Make the offline meeting bundle: dist/xining-ftu-report-<version>.zip.

The whole site, both languages (or one, with --lang), checked and built for
opening from the file system: unzip anywhere, double-click index.html, no
network needed. The version is the commit's date and hash; two runs from the
same commit give byte-identical zips.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reportsite.bundle import DIST, make_bundle
from reportsite.diagnostics import report
from reportsite.paths import LANGUAGES, display_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="one language only (default: both)")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: dist/)")
    args = parser.parse_args()
    langs = (args.lang,) if args.lang else LANGUAGES
    archive, problems = make_bundle(langs, args.dist.resolve())
    if archive is None:
        errors = report(problems, sys.stderr)
        print(f"{errors} problem(s): no bundle was made.", file=sys.stderr)
        return 1
    size = archive.stat().st_size / 1024 / 1024
    print(f"{display_path(archive)} ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
