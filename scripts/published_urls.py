#!/usr/bin/env python3
"""Record the addresses of newly published pages in data/published_urls.txt.

Run by the publish workflow after it deploys the site: every page the site
now has whose address is not listed yet is appended, so that from then on
rule 16 keeps it working (as the page, or as a redirect when it moves).
Without --record, only lists them.
"""

from __future__ import annotations

import sys

from reportsite.cli import config_file, parser, say
from reportsite.paths import display_path
from reportsite.site import Site
from reportsite.stable_urls import unpublished


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    arguments.add_argument("--record", action="store_true", help="append them to data/published_urls.txt")
    args = arguments.parse_args(argv)
    site, problems = Site.load(config_file())
    if site is None:
        for found in problems:
            print(found.render(arguments.lang))
        return 1
    path = site.data.folder / "published_urls.txt"
    new = unpublished(site.source_edition.readings, path)
    if args.record and new:
        with path.open("a", encoding="utf-8") as urls:
            urls.write("".join(f"{address}\n" for address in new))
    for address in new:
        print(address)
    key = "published_recorded" if args.record else "published_listed"
    print(say(key, arguments.lang, count=len(new), path=display_path(path)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
