#!/usr/bin/env python3
"""Start a new section of the report, in both languages.

    python scripts/new_section.py work-advancement/workers-housing \\
        --zh "推进职工住房保障" --en "Advancing housing for workers"

creates docs/zh/… and docs/en/… with the metric-table headers, adds both to
the navigation (mkdocs.yml, mkdocs.en.yml) and the address to
data/published_urls.txt. Then write the text and the figures (CONTRIBUTING.md).
"""

from __future__ import annotations

import argparse
import sys

from reportsite.paths import display_path
from reportsite.scaffold import NewSection, create, validate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="part/name of the new section, e.g. work-advancement/workers-housing")
    parser.add_argument("--zh", required=True, help="the Chinese title")
    parser.add_argument("--en", required=True, help="the English title")
    args = parser.parse_args()
    pillar, _, slug = args.path.removesuffix(".md").partition("/")
    section = NewSection(pillar, slug, args.zh, args.en)
    errors = validate(section)
    if errors:
        for error in errors:
            print(f"new_section.py: {error}", file=sys.stderr)
        return 2
    for path in create(section):
        print(f"updated {display_path(path)}")
    print("Next: write the text and the figures, then run `.venv/bin/python scripts/build.py`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
