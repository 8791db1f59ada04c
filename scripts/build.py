#!/usr/bin/env python3
"""Check and build both editions into site/: Chinese at the root, English under site/en/, PDFs in site/downloads/.

Runs every check first; exits 1 with `path:line: message [rule N]` lines on
any problem or MkDocs warning (nothing is built then), 0 when the site was
built, with one line saying what was built.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportsite.build import build_site
from reportsite.cli import config_file, finish, parser, repository


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    arguments.add_argument(
        "--site-dir", type=Path, default=repository() / "site", help="output folder (default: site/)"
    )
    arguments.add_argument("--no-pdf", action="store_true", help="without the PDFs (about 4 s faster)")
    args = arguments.parse_args(argv)
    lang = arguments.lang
    built = build_site(args.site_dir.resolve(), config_file(), pdf=not args.no_pdf)
    return finish(built.problems, lang, built.said(args.site_dir.resolve()), "build_failed")


if __name__ == "__main__":
    sys.exit(main())
