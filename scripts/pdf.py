#!/usr/bin/env python3
"""Make the report's PDFs: site/downloads/xining-ftu-report-zh.pdf and -en.pdf.

Checks the site first, then renders each edition's pages as the build does
and makes its PDF (A4, cover, contents, bookmarks, embedded CJK fonts);
--lang makes one edition's PDF only, and sets the language of the messages.
scripts/build.py makes both as well. Two runs from the same commit give
byte-identical PDFs. Exits 1 with `path:line: message [rule N]` lines on any
problem, 0 when the PDFs were written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportsite.build import make_pdfs
from reportsite.cli import config_file, finish, parser, repository
from reportsite.paths import display_path
from reportsite.pdf import human_size


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    arguments.add_argument(
        "--site-dir", type=Path, default=repository() / "site", help="where the site is built (default: site/)"
    )
    args = arguments.parse_args(argv)
    langs = (args.lang,) if args.lang else None
    paths, problems = make_pdfs(args.site_dir.resolve(), config_file(), langs)
    made = [f"{display_path(p)} ({human_size(p.stat().st_size)})" for p in paths if p.is_file()]
    return finish(problems, arguments.lang, ("pdf_done", {"paths": made}), "pdf_failed")


if __name__ == "__main__":
    sys.exit(main())
