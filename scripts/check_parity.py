#!/usr/bin/env python3
"""Check that the English edition is in step with the Chinese one
(rules 11 to 15 of CONTRIBUTING.md): the same pages and navigation, the same
headings and IDs, the same metric tables, the same figures in the text, and
the glossary's renderings of official terms.

With no arguments, all of docs/; otherwise a `zh` and an `en` folder (as the
test fixtures use). One line per problem, `path:line: message`;
exits 1 if there are problems, 0 when the editions are in step.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reportsite.checks import check_translation, read_files, read_site
from reportsite.diagnostics import report
from reportsite.glossary import GLOSSARY_FILE, check_glossary, load_glossary
from reportsite.metrics import check_metrics
from reportsite.parity import check_parity


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="a Chinese and an English folder (default: docs/)")
    parser.add_argument("--glossary", type=Path, help="glossary file (default: data/glossary.yml)")
    args = parser.parse_args(argv)
    if args.folders and sorted(folder.name for folder in args.folders) != ["en", "zh"]:
        parser.error("give a folder named zh and a folder named en, or none")
    if args.folders:
        pages, problems = read_files(args.folders)
        metrics, _ = check_metrics(pages, complete=False)
        glossary = args.glossary or GLOSSARY_FILE
        terms, found = load_glossary(glossary)
        problems += found + check_parity(pages, metrics, with_nav=False) + check_glossary(terms, pages, glossary)
    else:
        pages, problems = read_site()
        metrics, _ = check_metrics(pages)
        problems += check_translation(pages, metrics)
    errors = report(problems)
    if errors:
        print(f"{errors} problem(s): the editions are not in step.", file=sys.stderr)
        return 1
    print("The English edition is in step with the Chinese.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
