"""Files the site plugin adds to each edition, and how the theme's assets are
shared between editions.

- Material's search worker with our query prelude in front of it
  (assets/search-prelude.js explains what it does), under a name of its own
  that the template's search configuration points at;
- Material's bundle, changed only so that search loads when it is first
  used (LAZY_SEARCH below says how), under a name of its own;
- our page scripts (assets/*.js), deferred, each only on the pages that
  use it (page_scripts); they and the stylesheet (overrides/assets/
  stylesheets/extra.css) go out minified (rjsmin, rcssmin), their comments
  staying in the sources;
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
import re
from pathlib import Path
from typing import Any

import material
import rcssmin
import rjsmin
from jinja2 import pass_context

HERE = Path(__file__).with_name("assets")
WORKERS = "assets/javascripts/workers"
IFRAME_WORKER_SHIM = "assets/javascripts/iframe-worker/shim.js"


def minified_script(path: Path) -> str:
    """A script of ours as readers get it: without its comments and spaces
    (the source keeps them for its editors)."""
    return rjsmin.jsmin(path.read_text(encoding="utf-8"))


def minified_stylesheet(path: Path) -> str:
    """A stylesheet of ours as readers get it (see minified_script)."""
    return rcssmin.cssmin(path.read_text(encoding="utf-8"))


@functools.cache
def material_worker() -> Path:
    (worker,) = (Path(material.__file__).parent / "templates" / WORKERS).glob("search.*.min.js")
    return worker


@functools.cache
def search_worker() -> tuple[str, str]:
    """(path in the site, content) of Material's worker with our prelude in front."""
    content = minified_script(HERE / "search-prelude.js") + "\n" + material_worker().read_text(encoding="utf-8")
    digest = hashlib.sha256(content.encode()).hexdigest()[:8]
    return f"{WORKERS}/search-segmented.{digest}.min.js", content


SEARCH_WORKER = search_worker()[0]


def material_bundle() -> Path:
    (bundle,) = (Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js")
    return bundle


# Material's bundle starts its search worker and fetches the index with
# every page over http, and (with `search.highlight`) subscribes to the
# index on every page even from the file system. These replacements make it
# wait, on http as it already does from the file system, for the search to
# open (the search toggle: focus on the box, the search button, the `/`, `s`
# or `f` shortcut, a `?q=` address), and create the worker only with its
# first message; the highlighter fetches the index only for an address with
# `?h=` (a search result's link). Each must match exactly once: a new
# Material fails the build here, not in a reader's browser.
LAZY_WORKER = (
    "class ReportsiteLazyWorker extends EventTarget{constructor(u){super();this.u=u;this.w=null}"
    "start(){if(!this.w){this.w=new Worker(this.u);"
    'this.w.addEventListener("message",e=>this.dispatchEvent(new MessageEvent("message",{data:e.data})))}}'
    "postMessage(d){this.start();this.w.postMessage(d)}terminate(){this.w&&this.w.terminate()}}"
)
# The worker starts when the search opens, or already when a finger or the
# mouse comes down on the box or the search button (a phone focuses the box
# only once the tap ends), while the index downloads (a worker keeps the
# messages sent before its script has loaded).
LAZY_SEARCH = (
    (
        'function Ei(e,t){let r=Mn(e);return L($(location.protocol!=="file:"),Je("search")).pipe(Re(o=>o),',
        LAZY_WORKER + "function Ei(e,t){let w=new ReportsiteLazyWorker(e),r=Mn(e,w);"
        'return L(Je("search"),h(document,"pointerdown").pipe('
        'g(({target:o})=>o instanceof Element&&!!o.closest(".md-search__form,[for=__search]")),m(()=>!0)))'
        ".pipe(Re(o=>o),O(()=>w.start()),",
    ),
    (
        'function Ai(e,{index$:t,location$:r}){return z([t,r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")))])',
        'function Ai(e,{index$:t,location$:r}){return r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")),'
        "b(n=>t.pipe(m(o=>[o,n]))))",
    ),
)


@functools.cache
def search_bundle() -> tuple[str, str]:
    """(path in the site, content) of Material's bundle with search loaded
    when first used (LAZY_SEARCH), without the source map it no longer matches."""
    content = material_bundle().read_text(encoding="utf-8")
    for before, after in LAZY_SEARCH:
        if content.count(before) != 1:
            raise ValueError(
                f"{material_bundle()}: Material's bundle no longer starts search as assets.py expects "
                f"({before[:40]}…); update LAZY_SEARCH for this version of Material"
            )
        content = content.replace(before, after)
    content = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", content)
    digest = hashlib.sha256(content.encode()).hexdigest()[:8]
    return f"assets/javascripts/bundle-lazy.{digest}.min.js", content


@functools.cache
def page_script(name: str) -> tuple[str, str]:
    """(path in the site, content) of one of our page scripts, minified; the
    name changes with the content, so that no reader keeps an old copy."""
    content = minified_script(HERE / name)
    digest = hashlib.sha256(content.encode()).hexdigest()[:8]
    return f"assets/javascripts/{name.removesuffix('.js')}.{digest}.js", content


# Our page scripts: searching on every kind of input (paste, dictation, an
# input method's commit), not only on a key; the language switch keeping the
# reader's place, glossary terms that open, and the phone's menu by keyboard;
# Chinese passages of English search results marked; figures' copy links.
PAGE_SCRIPTS = ("search-input.js", "site.js", "chinese-passages.js", "share.js")
# Loaded only where they have work: Chinese passages to mark only in an
# edition not in Chinese; copy links only on a page with a metric table.
NOT_IN_CHINESE = "chinese-passages.js"
WITH_METRIC_TABLES = "share.js"
METRIC_TABLE_MARK = "data-metric-table"  # metric_table.py's attribute on each table


def edition_scripts(lang: str) -> list[str]:
    """Paths of the page scripts an edition's pages may load (the template
    leaves out share.js where a page has no metric table)."""
    names = [name for name in PAGE_SCRIPTS if not (name == NOT_IN_CHINESE and lang.startswith("zh"))]
    return [page_script(name)[0] for name in names]


def page_scripts(scripts: list[str], content: str | None) -> list[str]:
    """The scripts of an edition that one page loads, `content` its HTML."""
    share = page_script(WITH_METRIC_TABLES)[0]
    return [path for path in scripts if path != share or METRIC_TABLE_MARK in (content or "")]


# The script of a page that moved (redirects.py), not loaded elsewhere.
REDIRECT_SCRIPT = "redirect.js"


def script_files() -> dict[str, str]:
    """Every script the plugin adds to an edition, by its path in the site:
    Material's bundle and search worker as ours, the page scripts, the
    redirect pages' script."""
    return dict((search_bundle(), search_worker(), *(page_script(name) for name in (*PAGE_SCRIPTS, REDIRECT_SCRIPT))))


def replaced_theme_files() -> tuple[str, ...]:
    """Material's files that no page loads once ours replace them (the bundle and its source map)."""
    name = f"assets/javascripts/{material_bundle().name}"
    return name, name + ".map"


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
    is ours (with the prelude), its bundle ours (search loaded when used); and on a translated edition built into the
    same site as the source edition, theme assets (`assets/…`) are the source
    edition's own files one level up, so that a reader switching language
    downloads nothing again."""
    ours = {
        f"{WORKERS}/{material_worker().name}": SEARCH_WORKER,
        f"assets/javascripts/{material_bundle().name}": search_bundle()[0],
    }
    for name in ("url", "script_tag"):
        original = env.filters[name]

        @pass_context
        def routed(context: Any, value: Any, _original: Any = original) -> str:
            if isinstance(value, str):
                value = ours.get(value, value)
            if share and isinstance(value, str) and value.startswith("assets/"):
                value = "../" + value
            return _original(context, value)

        env.filters[name] = routed
