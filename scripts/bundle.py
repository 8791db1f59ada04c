#!/usr/bin/env python3
"""Make the offline meeting bundle: dist/xining-ftu-report-<version>.zip.

The whole site, both languages (or one, with --lang, which also sets the
language of the messages), checked and built for
opening from the file system: unzip anywhere, double-click index.html, no
network needed. The version is the commit's date and hash; two runs from the
same commit give byte-identical zips.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportsite.bundle import make_bundle
from reportsite.cli import config_file, finish, parser, repository
from reportsite.paths import display_path


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    arguments.add_argument("--dist", type=Path, default=repository() / "dist", help="output folder (default: dist/)")
    args = arguments.parse_args(argv)
    langs = (args.lang,) if args.lang else None  # None: every edition of the configuration
    archive, problems = make_bundle(config_file(), args.dist.resolve(), langs)
    values = {"path": display_path(archive), "size": f"{archive.stat().st_size / 1024 / 1024:.1f}"} if archive else {}
    return finish(problems, arguments.lang, ("bundle_done", values), "bundle_failed")


if __name__ == "__main__":
    sys.exit(main())
