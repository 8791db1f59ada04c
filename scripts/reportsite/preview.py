"""The live preview's problems in the browser (scripts/serve.py --live).

MkDocs' live-reload server rebuilds on every save and reloads the open tabs
once a build is done. Here, on top of it:
- every build's problems (the site's checks, MkDocs' own warnings as
  `path:line` problems, the last check of the pages as built) are collected
  as the build goes, and shown on every page the preview serves: a panel
  (overrides/partials/preview.html), in the editor's language, each problem
  as `path:line` and the message that check_site.py prints;
- the open tab's panel is updated as soon as the checks are done, before the
  pages are rebuilt (assets/preview.js asks /__preview/problems, which
  answers when something changed): a save shows its problem within the
  checks' time, not the whole build's;
- a build that fails never leaves the preview waiting: the tabs reload all
  the same. A build that went through but was refused (MkDocs' strict mode)
  shows its pages with the panel; one that stopped before its pages were
  written (a configuration refused, a crash) serves, at every page's
  address, a page that only lists the problems, until a save fixes them.

Nothing here reaches a built site: the panel, its script and its style are
served by the preview's server only, from its own addresses (/__preview/…),
which the preview's Content-Security-Policy allows (csp.LIVE_PREVIEW).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer

from . import csp, partials
from .build import translate
from .diagnostics import ERROR, Problem, ProblemError, problem
from .messages import say
from .paths import display_path
from .rules import BUILD

ASSETS = Path(__file__).with_name("assets")
PREFIX = "/__preview/"
PANEL = "partials/preview.html"
PAGE = "partials/preview-page.html"
FILES = {"preview.js": "application/javascript; charset=utf-8", "preview.css": "text/css; charset=utf-8"}
HREFLANG = {"zh": "zh-Hans", "en": "en"}
WATCH_SECONDS = 0.1  # how often the files are looked at for a save (MkDocs: 0.5)
POLL_SECONDS = 25  # an unanswered question of the page's script is answered anyway after this

# The preview being served in this process (serve.py --live), if any: the
# site plugin tells it when its checks are done (`checked`).
ACTIVE: Preview | None = None


def checked() -> None:
    """The site's checks of the build under way are done: the open tabs see
    their problems now, before the pages are built (called by the plugin)."""
    if ACTIVE is not None:
        ACTIVE.publish()


class Preview(logging.Handler):
    """The problems of the latest build, as collected from the log, and what
    the open tabs know of them (`seq` grows with each change they are told)."""

    def __init__(self, lang: str, templates: Path, config_file: Path) -> None:
        super().__init__(logging.INFO)
        self.lang, self.templates, self.config_file = lang, templates, config_file
        self.config: Any = None  # the configuration of the build under way
        self.found: list[Problem] = []  # of the build under way
        self.unsaid: list[Problem] = []  # of those, the ones the terminal was not told (not logged)
        self.shown: list[Problem] = []  # what the tabs are shown
        self.complete = True  # the pages served are those of the latest build
        self.troubled = False  # the latest build had errors
        self.seq = 0
        self.changed = threading.Condition()

    # --- collecting -------------------------------------------------------------------------

    def emit(self, record: logging.LogRecord) -> None:
        found = getattr(record, "problem", None)
        if found is not None:
            self.found.append(found)
        elif record.levelno >= logging.WARNING and not record.name.startswith(
            ("mkdocs.livereload", "mkdocs.plugins.reportsite")
        ):
            if self.config is not None:
                self.found += translate(record.getMessage(), self.config)
            else:
                self.found.append(self._at_config("mkdocs_warning", message=record.getMessage().strip()))

    def _at_config(self, key: str, **values: object) -> Problem:
        return problem(display_path(self.config_file), 1, BUILD, key, **values)

    def begin(self, config: Any) -> None:
        self.config, self.found, self.unsaid = config, [], []

    def add(self, found: Iterable[Problem]) -> None:
        """Problems that stopped the build (not logged)."""
        found = list(found)
        self.found += found
        self.unsaid += found

    def publish(self, complete: bool | None = None) -> None:
        """Show the problems found so far to the open tabs."""
        with self.changed:
            if complete is not None:
                self.complete = complete
            self.shown = sorted(set(self.found))
            self.seq += 1
            self.changed.notify_all()

    def finish(self, complete: bool) -> None:
        """The build is over (`complete`: its pages are written); say how it went."""
        before, self.troubled = self.troubled, any(found.severity == ERROR for found in self.found)
        self.publish(complete)
        if not complete:
            for found in sorted(set(self.unsaid)):
                print(found.render(self.lang), file=sys.stderr)
            print(say("preview_refused_said", self.lang, count=len(self.shown)), file=sys.stderr)
        elif self.troubled:
            errors = sum(found.severity == ERROR for found in self.shown)
            print(say("preview_problems_said", self.lang, count=errors), file=sys.stderr)
        elif self.shown:
            print(say("preview_reminders_said", self.lang, count=len(self.shown)), file=sys.stderr)
        elif before:
            print(say("preview_clean_said", self.lang), file=sys.stderr)

    # --- building ----------------------------------------------------------------------------

    def build(self, mkdocs_build: Callable[..., None]) -> Callable[..., None]:
        """MkDocs' build, collecting its problems; it never raises."""

        def build(config: Any, **options: Any) -> None:
            self.begin(config)
            complete = True
            try:
                mkdocs_build(config, **options)
            except Abort as error:  # strict mode refuses a build once its pages are written
                complete = "strict mode" in str(error)
            except ProblemError as error:  # the plugin's own, at their lines
                self.add(error.problems)
                complete = False
            except Exception as error:
                self.add([self._at_config("build_crashed", error=f"{type(error).__name__}: {error}")])
                complete = False
            self.finish(complete)

        return build

    def builder(self, builder: Callable[[], None]) -> Callable[[], None]:
        """The live server's rebuild (configuration, then build): a
        configuration refused is shown as the build's problems."""

        def rebuild() -> None:
            try:
                builder()
            except ProblemError as error:
                self.begin(None)
                self.add(error.problems)
                self.finish(False)
            except Exception as error:
                self.begin(None)
                self.add([self._at_config("mkdocs_warning", message=str(error))])
                self.finish(False)

        return rebuild

    # --- showing ----------------------------------------------------------------------------

    def wait(self, after: int, timeout: float = POLL_SECONDS) -> dict[str, Any]:
        """What a tab that knows `after` should show, once there is something new."""
        with self.changed:
            self.changed.wait_for(lambda: self.seq != after, timeout=timeout)
            return {"seq": self.seq, "html": self.panel()}

    def panel(self) -> str:
        """The panel of the problems shown (nothing when there are none)."""
        if not self.shown:
            return ""
        # Problems to fix, and the translator's reminders (rule 17, which never stop a build) apart: counted
        # as check_site.py counts them, so that the panel and the terminal agree.
        problems, reminders = [], []
        for found in self.shown:
            where = f"{found.path}:{found.line}"
            item = {"where": where, "message": found.render(self.lang)[len(where) + 2 :], "kind": found.severity}
            (problems if found.severity == ERROR else reminders).append(item)
        return partials.render(
            str(self.templates),
            PANEL,
            title=say("preview_panel_title", self.lang, count=len(problems)) if problems else "",
            problems=problems,
            reminders_title=say("preview_reminders_title", self.lang, count=len(reminders)) if reminders else "",
            reminders=reminders,
            lang=HREFLANG[self.lang],
        )

    def injection(self) -> str:
        """What every page of the preview gets before </body>: the panel, its style, its script."""
        with self.changed:
            return (
                self.panel()
                + f'<link rel="stylesheet" href="{PREFIX}preview.css">'
                + f'<script src="{PREFIX}preview.js" data-seq="{self.seq}" defer></script>'
            )

    def page(self) -> str:
        """The page served at every page's address while no build has written its pages."""
        return partials.render(
            str(self.templates),
            PAGE,
            lang=HREFLANG[self.lang],
            policy=csp.LIVE_PREVIEW,
            title=say("preview_refused_title", self.lang),
            lead=say("preview_refused_lead", self.lang),
        )


def _page_address(path: str) -> bool:
    """Whether an address is a page's (not a stylesheet's, an image's…)."""
    name = path.rsplit("/", 1)[-1]
    return name == "" or name.endswith(".html") or "." not in name


class PreviewServer(LiveReloadServer):
    """MkDocs' live-reload server, showing the preview's problems (see the module)."""

    preview: Preview  # set before the server is made (serve.py)

    def __init__(self, builder: Callable[[], None], *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("polling_interval", WATCH_SECONDS)
        super().__init__(self.preview.builder(builder), *args, **kwargs)

    # MkDocs' error pages (the site's 404 page) get the reload and the panel
    # too: a tab on a page that a save removed comes back by itself.
    @property
    def error_handler(self) -> Callable[[int], bytes | None]:
        return self._error_page

    @error_handler.setter
    def error_handler(self, handler: Callable[[int], bytes | None]) -> None:
        self._mkdocs_error_page = handler

    def _error_page(self, code: int) -> bytes | None:
        content = self._mkdocs_error_page(code)
        if content is None:
            return None
        with self._epoch_cond:
            epoch = self._visible_epoch
        return self._inject_js_into_html(content, epoch)

    def _serve_request(self, environ: dict, start_response: Callable) -> Iterable[bytes] | None:
        path = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "ignore")
        if path.startswith(PREFIX):
            return self._own(path[len(PREFIX) :], environ.get("QUERY_STRING", ""), start_response)
        if _page_address(path) and (path + "/").startswith(self.mount_path):
            with self._epoch_cond:  # as MkDocs does: the build under way first
                self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
                epoch = self._visible_epoch
            if not self.preview.complete:
                content = self._inject_js_into_html(self.preview.page().encode("utf-8"), epoch)
                start_response("200 OK", [("Content-Type", "text/html; charset=utf-8"), _length(content)])
                return [content]
        return super()._serve_request(environ, start_response)

    def _own(self, name: str, query: str, start_response: Callable) -> Iterable[bytes] | None:
        if name == "problems":
            after = urllib.parse.parse_qs(query).get("after", ["-1"])[0]
            state = self.preview.wait(int(after) if re.fullmatch(r"-?\d+", after) else -1)
            content = json.dumps(state, ensure_ascii=False).encode("utf-8")
            kind = "application/json; charset=utf-8"
        elif name in FILES:
            content, kind = (ASSETS / name).read_bytes(), FILES[name]
        else:
            return None
        start_response("200 OK", [("Content-Type", kind), ("Cache-Control", "no-store"), _length(content)])
        return [content]

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        injection = self.preview.injection().encode("utf-8")
        try:
            end = content.rindex(b"</body>")
        except ValueError:
            end = len(content)
        return super()._inject_js_into_html(content[:end] + injection + content[end:], epoch)


def _length(content: bytes) -> tuple[str, str]:
    return ("Content-Length", str(len(content)))
