#!/usr/bin/env python3
"""Build both editions into site/: Chinese at the root, English under site/en/.

Runs every check first; exits 1 with `path:line: message` lines on any
problem or MkDocs warning, 0 when the site was built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reportsite.build import main_build
from reportsite.paths import SITE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=SITE, help="output folder (default: site/)")
    args = parser.parse_args()
    return main_build(args.site_dir.resolve())


if __name__ == "__main__":
    sys.exit(main())
