"""The Content-Security-Policy of every page (a <meta> tag, first in <head>).

Scripts run only from the site's own files and as the theme's own inline
scripts, each listed by the SHA-256 of its text; nothing is loaded from any
other host; no plugins, no forms elsewhere, no <base>. The inline scripts
are the theme's partials, rendered here with the page's own context, so the
hashes are of exactly the text the page carries (a test parses every built
page and checks each inline script against its policy).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from pathlib import Path
from typing import Any

import lxml.html
from jinja2 import pass_context

from .assets import iframe_worker_shim, material_worker

# The theme's partials that write inline scripts into a page.
INLINE_SCRIPT_PARTIALS = (
    "partials/javascripts/base.html",
    "partials/javascripts/palette.html",
    "partials/javascripts/content.html",
    "partials/site-inline.html",
)


def script_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script (not JSON data, not src=) in HTML."""
    if not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return [
        script.text or ""
        for script in root.iter("script")
        if not script.get("src") and script.get("type", "text/javascript") in ("text/javascript", "module", "")
    ]


def _function_source(code: str, name: str) -> str:
    start = code.index(f"function {name}(")
    depth, position = 0, code.index("{", start)
    while True:
        depth += {"{": 1, "}": -1}.get(code[position], 0)
        position += 1
        if depth == 0:
            return code[start:position]


@functools.cache
def _iframe_worker_template(root: Path) -> tuple[str, str]:
    """The inline script the iframe-worker shim writes into its iframe (which
    inherits the page's policy), around the worker's address."""
    code = iframe_worker_shim(root).read_text(encoding="utf-8")
    match = re.search(
        r"<script>postMessage=\$\{(\w+)\};importScripts=\$\{(\w+)\};(.*?)\$\{(\w+)\}(.*?)<\\/script>", code
    )
    if not match:
        raise ValueError(f"{iframe_worker_shim(root)}: the shim's inline script has changed; update csp.py")
    before = (
        f"postMessage={_function_source(code, match[1])};importScripts={_function_source(code, match[2])};{match[3]}"
    )
    return before, match[5]


# MkDocs' preview injects a script of its own into every page it serves (the
# reload), different on every request: a local preview allows inline script;
# a built page never does. The preview's problems panel (preview.py) needs
# nothing more: its script and style are files of the preview's own address.
LIVE_PREVIEW = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'"
)


@pass_context
def policy(context: Any) -> str:
    env = context.environment
    if context.get("live_preview"):
        return LIVE_PREVIEW
    hashes = set()
    for name in INLINE_SCRIPT_PARTIALS:
        try:
            template = env.get_template(name)
        except Exception:
            continue
        for text in inline_scripts(template.render(context.get_all())):
            hashes.add(script_hash(text))
    offline = not context.get("config", {}).get("site_url")
    if offline:  # search runs in an iframe that the shim writes a script into
        worker = env.filters["url"](context, f"assets/javascripts/workers/{material_worker().name}")
        root = Path(context["config"].config_file_path).parent
        before, after = _iframe_worker_template(root)
        hashes.add(script_hash(before + worker + after))
    own = "'self' file:" if offline else "'self'"
    directives = {
        "default-src": "'none'",
        "script-src": " ".join([own, *sorted(hashes)]),
        "style-src": f"{own} 'unsafe-inline'",
        "img-src": f"{own} data:",
        "font-src": "'none'",  # no web fonts: the system's, and icons inlined as SVG
        # Online, Material fetches the search index; from the file system it
        # loads it as a script (search_index.js) and fetches nothing.
        "connect-src": "'none'" if offline else own,
        # Online, search runs in Material's worker, a file of the site; from the
        # file system the shim runs it in an iframe of its own writing
        # (about:blank, which frame-src does not govern) instead of a worker.
        # No page frames anything, and no worker comes from blob:.
        "worker-src": "'none'" if offline else own,
        "frame-src": "'none'",
        "manifest-src": "'none'",  # no web app manifest
        "base-uri": "'none'",
        "form-action": "'none'",
        "object-src": "'none'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())
