#!/usr/bin/env python3
"""Check the metric tables of the site (rules 4 to 10 of guide/en/rules.md).

With no arguments, every page of both editions; otherwise the given Markdown
files or folders (a file's language is the `zh` or `en` folder it is in;
Chinese otherwise). One line per problem, `path:line: message [rule N]` (and
a GitHub annotation when GITHUB_ACTIONS=true); exits 1 if there are
problems, 0 when the tables are clean. Never changes a file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportsite.checks import check_metrics
from reportsite.cli import config_file, finish, parser, say
from reportsite.site import Site


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    arguments.add_argument("paths", nargs="*", type=Path, help="Markdown files or folders (default: docs/)")
    arguments.add_argument("--units", type=Path, help="unit vocabulary (default: data/units.yml)")
    arguments.add_argument("--rules", type=Path, help="consistency rules (default: data/metric_rules.yml)")
    args = arguments.parse_args(argv)
    missing = [str(path) for path in args.paths if not path.exists()]
    if missing:
        arguments.error(say("cli_no_such_path", arguments.lang, paths=missing))
    site, problems = Site.load(config_file())
    if site is not None:
        if args.paths:
            site.use_pages(args.paths)
        site.use_data(units=args.units, rules=args.rules)
        readings = [r for edition in site.editions.values() for r in edition.readings.values()]
        problems = site.data.problems + [p for r in readings for p in r.problems]
        problems += check_metrics(site, complete=not args.paths)
    count = site.metric_count() if site else 0
    return finish(problems, arguments.lang, ("metrics_passed", {"count": count}), "metrics_failed")


if __name__ == "__main__":
    sys.exit(main())
