#!/usr/bin/env python3
"""Run every check of the site's sources, as a pull request does.

Fidelity to the source, metric tables, the English edition's parity and
glossary, stable addresses, translation freshness (a warning). One line per
problem, `path:line: message [rule N]`; under GitHub Actions also an
annotation per problem and a bilingual summary on the run page. Exits 1 if
any problem must be fixed, 0 otherwise. Never changes a file.
"""

from __future__ import annotations

import sys

from reportsite.checks import check_site
from reportsite.diagnostics import report, write_summary


def main() -> int:
    problems = check_site()
    errors = report(problems)
    write_summary(problems)
    if errors:
        print(f"{errors} problem(s) to fix; see CONTRIBUTING.md for the rules.", file=sys.stderr)
        return 1
    print("All checks passed.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
