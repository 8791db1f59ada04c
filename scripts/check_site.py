#!/usr/bin/env python3
"""Run every check of the site, for both editions, as a pull request does.

Everything the build would refuse, in one round: fidelity to the report,
metric tables, the English edition's parity and glossary, safe HTML, stable
addresses, translation freshness (a warning), and what MkDocs itself checks
(links, anchors, the navigation). One line per problem, `path:line: message
[rule N]`, in Chinese (or English with --lang en); under GitHub Actions also
an annotation per problem and a bilingual summary on the run page. Exits 1
if any problem must be fixed, 0 when the build will pass. Never changes a file.
"""

from __future__ import annotations

import sys

from reportsite.build import check
from reportsite.cli import config_file, finish, parser


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    lang = arguments.lang
    arguments.parse_args(argv)
    site, problems = check(config_file())
    counts = {"zh": 0, "en": 0, "metrics": 0}
    if site is not None:
        counts = {lang_: len(e.readings) for lang_, e in site.editions.items()}
        counts["metrics"] = site.metric_count()
    return finish(problems, lang, ("check_passed", counts), "check_failed", summary=True)


if __name__ == "__main__":
    sys.exit(main())
