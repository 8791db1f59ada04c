#!/usr/bin/env python3
"""Build both editions and serve the site at http://127.0.0.1:8000/.

For live preview while editing, `mkdocs serve` (Chinese) or
`mkdocs serve -f mkdocs.en.yml` (English) rebuild on every save.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import sys

from reportsite.build import main_build
from reportsite.paths import SITE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    if main_build(SITE) != 0:
        return 1
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(SITE))
    with http.server.ThreadingHTTPServer((args.host, args.port), handler) as server:
        print(f"Serving the site at http://{args.host}:{args.port}/ (English: /en/). Ctrl+C stops.")
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
