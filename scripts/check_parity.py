#!/usr/bin/env python3
"""Check that the English edition is in step with the Chinese one (rules 11
to 15 of guide/en/rules.md): the same pages, the same headings and ids, the
same metric tables, the same figures in the text, and the glossary's
renderings of official terms.

With no arguments, both editions of the site; otherwise a `zh` and an `en`
folder (as the test fixtures use). One line per problem, `path:line:
message [rule N]`; exits 1 if there are problems, 0 when the editions are in
step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportsite.checks import check_translation
from reportsite.cli import config_file, finish, parser, say
from reportsite.site import Site


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    arguments.add_argument("folders", nargs="*", type=Path, help="a Chinese and an English folder (default: docs/)")
    arguments.add_argument("--glossary", type=Path, help="glossary file (default: data/glossary.yml)")
    args = arguments.parse_args(argv)
    if args.folders and sorted(folder.name for folder in args.folders) != ["en", "zh"]:
        arguments.error(say("parity_folders", arguments.lang))
    site, problems = Site.load(config_file())
    if site is not None:
        if args.folders:
            site.use_pages(args.folders)
        site.use_data(glossary=args.glossary)
        problems = site.data.problems + check_translation(site, freshness=not args.folders)
    return finish(problems, arguments.lang, ("parity_passed", {}), "parity_failed")


if __name__ == "__main__":
    sys.exit(main())
