#!/usr/bin/env python3
"""Build both editions and serve the site at http://127.0.0.1:8000/ (English at /en/).

With --live, preview one edition while editing instead: it rebuilds on every
save of a page or of a file in data/, at http://127.0.0.1:8000/ (Chinese) or
http://127.0.0.1:8000/en/ (--live --lang en), checking as it goes and printing
each problem as `path:line: message [rule N]`; the browser reloads by itself,
and every page lists the problems in a panel (reportsite/preview.py), updated
as soon as a save's checks are done; a build that fails never leaves the
browser waiting. --help and every message are in the editor's language.
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

from reportsite import preview
from reportsite.build import build_site
from reportsite.cli import config_file, finish, parser, repository, say
from reportsite.config import raw_config, with_options
from reportsite.diagnostics import ProblemError
from reportsite.site import Site


class _Shown(logging.Handler):
    """MkDocs' and the checks' complaints while previewing, one per line
    (the checks' warnings too, which go out as info: they do not fail a build)."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING or hasattr(record, "problem"):
            print(record.getMessage(), file=sys.stderr)


def _checked(load_config: Any) -> Any:
    """MkDocs' load_config for the live server's rebuilds, reading a
    configuration only once the site's safe loader has passed it (a save
    of mkdocs.yml during the preview is read again); one it refuses is the
    rebuild's problems, at their lines (shown by the preview)."""

    site_config = config_file()

    def checked(config_file: str | None = None, **options: Any) -> Any:
        _, problems = raw_config(Path(config_file) if config_file else site_config)
        if problems:
            raise ProblemError(*problems)
        return load_config(config_file=config_file, **options)

    return checked


def live(edition_lang: str, lang: str, host: str, port: int) -> int:
    site, problems = Site.load(config_file())
    if site is None:
        return finish(problems, lang, ("check_passed", {}), "check_failed")
    edition = site.editions[edition_lang]
    data, _ = raw_config(edition.config_file)
    templates = edition.config_file.parent / ((data.get("theme") or {}).get("custom_dir") or "overrides")
    shown = preview.Preview(lang, templates, edition.config_file)
    preview.ACTIVE = shown
    logger = logging.getLogger("mkdocs")
    logger.addHandler(_Shown(logging.INFO))
    logger.addHandler(shown)  # every build's problems, for the page
    logger.setLevel(logging.INFO)
    url = f"http://{host}:{port}/{edition.path}"
    print(say("serve_live", lang, url=url), file=sys.stderr)
    plugins = with_options(data.get("plugins") or {}, {"messages": lang})  # checks speak the editor's language
    serving = mkdocs.commands.serve
    serving.load_config = _checked(serving.load_config)
    serving.build = shown.build(serving.build)  # a failed build is shown, never waited for
    serving.LiveReloadServer = type("Server", (preview.PreviewServer,), {"preview": shown})
    serving.serve(str(edition.config_file), dev_addr=f"{host}:{port}", livereload=True, site_url=url, plugins=plugins)
    return 0


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    lang = arguments.lang
    arguments.description = say("serve_description", lang)
    arguments.add_argument("--live", action="store_true", help=say("serve_help_live", lang))
    metavar = say("serve_metavar_port", lang)
    arguments.add_argument("--port", type=int, default=8000, metavar=metavar, help=say("serve_help_port", lang))
    metavar = say("serve_metavar_host", lang)
    arguments.add_argument("--host", default="127.0.0.1", metavar=metavar, help=say("serve_help_host", lang))
    args = arguments.parse_args(argv)
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
