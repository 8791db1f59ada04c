#!/usr/bin/env python3
"""Start a new section of the report, in both languages.

    python scripts/new_section.py work-advancement/workers-housing \\
        --zh "推进职工住房保障" --en "Advancing housing for workers"

creates docs/zh/… and docs/en/… with the metric-table headers and adds the
page to the navigation in mkdocs.yml. Then copy the section's text from
data/source.txt onto the Chinese page, add its figures, translate it
(CONTRIBUTING.md, "add a section").
"""

from __future__ import annotations

import sys

from reportsite.cli import parser, say
from reportsite.paths import display_path
from reportsite.scaffold import NewSection, create, validate


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    arguments.add_argument("path", help="part/name of the new section, e.g. work-advancement/workers-housing")
    arguments.add_argument("--zh", required=True, help="the Chinese title / 中文标题")
    arguments.add_argument("--en", required=True, help="the English title / 英文标题")
    args = arguments.parse_args(argv)
    lang = arguments.lang
    pillar, _, slug = args.path.removesuffix(".md").partition("/")
    section = NewSection(pillar, slug, args.zh, args.en)
    errors = validate(section)
    for key, values in errors:
        print(f"new_section.py: {say(key, lang, **values)}", file=sys.stderr)
    if errors:
        return 2
    for path in create(section):
        print(say("scaffold_wrote", lang, path=display_path(path)))
    print(say("scaffold_next", lang), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
