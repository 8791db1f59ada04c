#!/usr/bin/env python3
"""Build both editions and serve the site at http://127.0.0.1:8000/ (English at /en/).

With --live, preview one edition while editing instead: it rebuilds on every
save of a page or of a file in data/, at http://127.0.0.1:8000/ (Chinese) or
http://127.0.0.1:8000/en/ (--live --lang en), checking as it goes and printing
each problem as `path:line: message [rule N]`; the browser reloads by itself.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import logging
import sys
from pathlib import Path
from typing import Any

import mkdocs.commands.serve
import mkdocs.livereload
from mkdocs.commands.serve import serve
from mkdocs.exceptions import ConfigurationError

from reportsite.build import build_site
from reportsite.cli import config_file, finish, parser, repository, say
from reportsite.config import raw_config, with_options
from reportsite.diagnostics import report
from reportsite.site import Site


class _Shown(logging.Handler):
    """MkDocs' and the checks' complaints while previewing, one per line."""

    def emit(self, record: logging.LogRecord) -> None:
        print(record.getMessage(), file=sys.stderr)


class _FailedRebuild:
    """Stands in for the `traceback` module of MkDocs' live-reload server: a
    rebuild that fails on the configuration (a YAML mistake in mkdocs.yml)
    is said as `path:line: message`, not as a Python traceback."""

    def __init__(self, config_file: Path, lang: str) -> None:
        self.config_file, self.lang = config_file, lang

    def print_exc(self) -> None:
        _, problems = raw_config(self.config_file)
        if problems:
            report(problems, self.lang, sys.stderr)
        else:
            print(sys.exc_info()[1], file=sys.stderr)


def _checked(load_config: Any) -> Any:
    """MkDocs' load_config for the live server's rebuilds, reading a
    configuration only once the site's safe loader has passed it (a save
    of mkdocs.yml during the preview is read again)."""

    site_config = config_file()

    def checked(config_file: str | None = None, **options: Any) -> Any:
        _, problems = raw_config(Path(config_file) if config_file else site_config)
        if problems:
            raise ConfigurationError("refused by the site's checks")  # _FailedRebuild says where
        return load_config(config_file=config_file, **options)

    return checked


def live(edition_lang: str, lang: str, host: str, port: int) -> int:
    site, problems = Site.load(config_file())
    if site is None:
        return finish(problems, lang, ("check_passed", {}), "check_failed")
    edition = site.editions[edition_lang]
    shown = _Shown(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(shown)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    url = f"http://{host}:{port}/{edition.path}"
    print(say("serve_live", lang, url=url), file=sys.stderr)
    data, _ = raw_config(edition.config_file)
    plugins = with_options(data.get("plugins") or {}, {"messages": lang})  # checks speak the editor's language
    mkdocs.livereload.traceback = _FailedRebuild(edition.config_file, lang)
    mkdocs.commands.serve.load_config = _checked(mkdocs.commands.serve.load_config)
    serve(str(edition.config_file), dev_addr=f"{host}:{port}", livereload=True, site_url=url, plugins=plugins)
    return 0


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    arguments.add_argument("--port", type=int, default=8000)
    arguments.add_argument("--host", default="127.0.0.1")
    arguments.add_argument("--live", action="store_true", help="rebuild one edition on every save")
    args = arguments.parse_args(argv)
    lang = arguments.lang
    if args.live:
        return live(args.lang or "zh", lang, args.host, args.port)
    site_dir = repository() / "site"
    built = build_site(site_dir, config_file())
    if finish(built.problems, lang, built.said(site_dir), "build_failed"):
        return 1
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site_dir))
    with http.server.ThreadingHTTPServer((args.host, args.port), handler) as server:
        print(say("serve_static", lang, url=f"http://{args.host}:{args.port}/"), file=sys.stderr)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
