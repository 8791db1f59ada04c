#!/usr/bin/env python3
"""Start a new section of the report, in both languages.

    python scripts/new_section.py work-advancement/workers-housing \\
        --zh "推进职工住房保障" --en "Advancing housing for workers"

creates docs/zh/… and docs/en/… with the metric-table headers and adds the
page to the navigation in mkdocs.yml. Then copy the section's text from
data/source.txt onto the Chinese page, add its figures, translate it
(guide/en/section.md, "Add a section").
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportsite.cli import config_file, parser, say
from reportsite.config import load_edition
from reportsite.paths import display_path
from reportsite.scaffold import NewSection, create, validate


def _docs_folders() -> dict[str, Path]:
    """Each edition's folder of pages, as the configuration names them."""
    config, _ = load_edition(config_file(), plugins=True)
    editions = config.plugins["reportsite"].config.editions if config else []
    folders = {}
    for edition in editions:
        loaded, _ = load_edition(Path(edition.config_file), plugins=False)
        if loaded is not None:
            folders[edition.lang] = Path(loaded.docs_dir)
    return folders


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    arguments.add_argument("path", help="part/name of the new section, e.g. work-advancement/workers-housing")
    arguments.add_argument("--zh", required=True, help="the Chinese title / 中文标题")
    arguments.add_argument("--en", required=True, help="the English title / 英文标题")
    args = arguments.parse_args(argv)
    lang = arguments.lang
    pillar, _, slug = args.path.removesuffix(".md").partition("/")
    section = NewSection(pillar, slug, args.zh, args.en)
    docs = _docs_folders()
    errors = validate(section, docs)
    for key, values in errors:
        print(f"new_section.py: {say(key, lang, **values)}", file=sys.stderr)
    if errors:
        return 2
    for path in create(section, docs, config_file()):
        print(say("scaffold_wrote", lang, path=display_path(path)))
    print(say("scaffold_next", lang), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
