"""Files the site plugin adds to each edition, and how the theme's assets are
shared between editions.

- Material's search worker with our query prelude in front of it
  (assets/search-prelude.js explains what it does), under a name of its own
  that the template's search configuration points at;
- our page scripts (assets/*.js): every page loads them, deferred;
- the iframe-worker shim from our npm package, for search from the file
  system (Material's offline plugin would link a CDN);
- our own script (assets/site.js: the language switch keeps the reader's
  place; glossary terms open by touch and keyboard; the phone's menu works
  by keyboard and screen reader), named by its content;
  assets/chinese-passages.js marks the Chinese passages of search results
  on English pages, as marks.py marks the pages' own; assets/share.js gives
  every figure's row a "copy link" button;
- the jieba words of the report, kept whole when Chinese is segmented.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

import material
from jinja2 import pass_context

HERE = Path(__file__).with_name("assets")
WORKERS = "assets/javascripts/workers"
IFRAME_WORKER_SHIM = "assets/javascripts/iframe-worker/shim.js"


@functools.cache
def material_worker() -> Path:
    (worker,) = (Path(material.__file__).parent / "templates" / WORKERS).glob("search.*.min.js")
    return worker


@functools.cache
def search_worker() -> tuple[str, str]:
    """(path in the site, content) of Material's worker with our prelude in front."""
    content = (
        (HERE / "search-prelude.js").read_text(encoding="utf-8") + "\n" + material_worker().read_text(encoding="utf-8")
    )
    digest = hashlib.sha256(content.encode()).hexdigest()[:8]
    return f"{WORKERS}/search-segmented.{digest}.min.js", content


SEARCH_WORKER = search_worker()[0]


@functools.cache
def page_script(name: str) -> tuple[str, str]:
    """(path in the site, content) of one of our page scripts; the name
    changes with the content, so that no reader keeps an old copy."""
    content = (HERE / name).read_text(encoding="utf-8")
    digest = hashlib.sha256(content.encode()).hexdigest()[:8]
    return f"assets/javascripts/{name.removesuffix('.js')}.{digest}.js", content


# Our scripts in every page: searching on every kind of input (paste,
# dictation, an input method's commit), not only on a key; the language
# switch keeping the reader's place, glossary terms that open, and the
# phone's menu by keyboard; Chinese passages of English search results marked.
PAGE_SCRIPTS = ("search-input.js", "site.js", "chinese-passages.js", "share.js")
# The script of a page that moved (redirects.py), not loaded elsewhere.
REDIRECT_SCRIPT = "redirect.js"


def script_files() -> dict[str, str]:
    """Every script the plugin adds to an edition, by its path in the site:
    the search worker, the page scripts, the redirect pages' script."""
    path, content = search_worker()
    return {path: content, **dict(page_script(name) for name in (*PAGE_SCRIPTS, REDIRECT_SCRIPT))}


def iframe_worker_shim(root: Path) -> Path:
    """The shim, from the npm packages of the repository at `root` (the folder of mkdocs.yml)."""
    shim = root / "node_modules" / "iframe-worker" / "shim" / "index.js"
    if not shim.is_file():
        raise FileNotFoundError(
            f"{shim} is missing: the offline bundle needs the npm package iframe-worker; "
            "run `bash scripts/setup.sh` to install it"
        )
    return shim


def load_jieba_words(path: Path) -> None:
    """The report's terms, kept whole by jieba (Material's search segments
    Chinese with jieba; its own option takes a path relative to the working
    directory, this one is relative to mkdocs.yml)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.load_userdict(str(path))


def route_assets(env: Any, share: bool) -> None:
    """The template's `url` and `script_tag` filters: Material's search worker
    is ours (with the prelude); and on a translated edition built into the
    same site as the source edition, theme assets (`assets/…`) are the source
    edition's own files one level up, so that a reader switching language
    downloads nothing again."""
    material = f"{WORKERS}/{material_worker().name}"
    for name in ("url", "script_tag"):
        original = env.filters[name]

        @pass_context
        def routed(context: Any, value: Any, _original: Any = original) -> str:
            if value == material:
                value = SEARCH_WORKER
            if share and isinstance(value, str) and value.startswith("assets/"):
                value = "../" + value
            return _original(context, value)

        env.filters[name] = routed
