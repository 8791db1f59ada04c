"""Nothing in the site that no page loads: the theme's files an edition does
not use are left out of its build, and what the build writes for nobody is
removed after it.

Left out of the files (the plugin's on_files):
- source maps (*.map): for debugging Material, never loaded by a reader;
- Material's own search worker: ours, with its prelude, replaces it
  (assets.route_assets);
- lunr's languages and segmenters that no edition's search loads (Material's
  worker imports lunr.stemmer.support and lunr.<lang> for each search
  language but English, lunr.multi for several, tinyseg.js for Japanese,
  wordcut.js for Thai and Hindi);
- Material's default favicon when the site names its own;
- on an edition that shares the source edition's theme assets (built into
  en/ of the same site), all of its assets/: its pages load the source
  edition's (assets.route_assets), so no copy.
Removed after the build (on_post_build, after Material's offline plugin):
- sitemap.xml.gz, which MkDocs writes beside sitemap.xml and nothing names;
- offline, search/search_index.json: from the file system Material reads
  the index inlined into search/search_index.js (its offline plugin).
Each edition's 404.html stays: online a host serves it (GitHub Pages the
root's, hosts such as Cloudflare Pages the nearest one), and the bundle's
work from the file system.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from pathlib import Path

from mkdocs.structure.files import File, Files

LUNR = "assets/javascripts/lunr/"
WORKERS = "assets/javascripts/workers/"
MATERIAL_FAVICON = "assets/images/favicon.png"


def lunr_files(languages: Iterable[str]) -> set[str]:
    """The lunr files Material's worker imports for these search languages."""
    languages = sorted(set(languages))
    wanted = set()
    for lang in languages:
        if lang == "ja":
            wanted.add("tinyseg.js")
        if lang in ("th", "hi"):
            wanted.add("wordcut.js")
        if lang != "en":
            wanted.add(f"min/lunr.{lang}.min.js")
    if len(languages) > 1:
        wanted.add("min/lunr.multi.min.js")
    if wanted:
        wanted.add("min/lunr.stemmer.support.min.js")
    return {LUNR + name for name in wanted}


def unused(file: File, searches: list[list[str]], own_worker: str, favicon: str, shared: bool) -> bool:
    """Whether an edition's file is one no page of the site loads; `searches`:
    the search languages of each edition whose pages load this one's lunr."""
    path = file.dest_uri
    if shared and path.startswith("assets/"):
        return True  # the source edition's copy is loaded instead
    if path.endswith(".map"):
        return True
    if path.startswith(WORKERS) and path != own_worker and posixpath.basename(path).startswith("search."):
        return True
    if path.startswith(LUNR):
        return not any(path in lunr_files(languages) for languages in searches)
    return path == MATERIAL_FAVICON and favicon != MATERIAL_FAVICON


def leave_out_unused(files: Files, searches: list[list[str]], own_worker: str, favicon: str, shared: bool) -> None:
    for file in list(files):
        if unused(file, searches, own_worker, favicon, shared):
            files.remove(file)


def remove_written_for_nobody(site_dir: Path, offline: bool) -> None:
    (site_dir / "sitemap.xml.gz").unlink(missing_ok=True)
    if offline and (site_dir / "search" / "search_index.js").is_file():
        (site_dir / "search" / "search_index.json").unlink(missing_ok=True)
