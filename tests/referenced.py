"""Which files of a built site something leads a reader to: starting from
the files a reader or a crawler opens first (the home page, the 404 page,
every address ever published, the sitemaps; in a bundle its README.txt),
every file named by one reached: HTML links and sources, CSS url(), the
theme's configuration (its search worker, the search index Material fetches
or, from the file system, loads as a script), the lunr files the worker
imports for the index's languages, the data package's resources, the
sitemap's pages, the paths the README names. Written from the outside, as a
reader's browser sees the files: not from the plugin's own list."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html

from conftest import DATA

ORIGIN = "http://site/"  # each file's address, to resolve its links
URL_ATTRIBUTES = ("href", "src", "content", "data")
# The meta elements whose content is an address (a share image, a page's own
# address, a redirect), not words (a description, an image's alt text).
ADDRESS_METAS = {"og:image", "og:url", "twitter:image"}


def _address_meta(element: object) -> bool:
    if element.tag != "meta":
        return False
    return bool(element.get("http-equiv")) or (element.get("property") or element.get("name")) in ADDRESS_METAS


CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
README_PATH = re.compile(r"\b(?:[\w.-]+/)*[\w.-]+\.(?:html|pdf|csv|json)\b|SHA256SUMS")


def published(site_dir: Path, offline: bool) -> list[str]:
    """Every page address data/published_urls.txt lists, in each edition
    built (from the file system, a page `a/b/` is a/b.html, or a/b/index.html
    for a section's first page)."""
    rows = [row.strip() for row in (DATA / "published_urls.txt").read_text(encoding="utf-8").splitlines()]
    addresses = [row for row in rows if row and not row.startswith("#")]
    editions = [""] + (["en/"] if (site_dir / "en").is_dir() else [])
    found = []
    for edition in editions:
        for address in addresses:
            if offline and address.endswith("/"):
                found += [edition + address.rstrip("/") + ".html", edition + address + "index.html"]
            else:
                found.append(edition + (address + "index.html" if address.endswith("/") or not address else address))
    return found


class Walk:
    def __init__(self, site_dir: Path, site_url: str | None) -> None:
        self.root = site_dir
        self.site_url = site_url  # absolute links to it are links into the site
        self.reached: set[str] = set()

    def path_of(self, url: str, base: str) -> str | None:
        """The file in the site a link from `base` names, or None (another host, data:…)."""
        url = url.strip()
        if not url or url.startswith(("#", "data:", "blob:", "mailto:", "javascript:", "about:")):
            return None
        if self.site_url and url.startswith(self.site_url):
            url = ORIGIN + url.removeprefix(self.site_url)
        absolute = urljoin(ORIGIN + base, url)
        if not absolute.startswith(ORIGIN):
            return None
        path = unquote(urlsplit(absolute).path).removeprefix("/")
        if path == "" or path.endswith("/"):
            path += "index.html"
        return path

    def named_by(self, path: str) -> set[str | None]:
        file = self.root / path
        text = file.read_text(encoding="utf-8", errors="replace") if file.suffix != ".pdf" else ""
        names: list[str] = []
        if file.suffix == ".html":
            names += self._html(text, path)
        elif file.suffix == ".css":
            names += CSS_URL.findall(text)
        elif file.name == "datapackage.json":
            package = json.loads(text)
            for resource in package.get("resources", []):
                names.append(resource["path"])
                schema = resource.get("schema")
                names += [schema] if isinstance(schema, str) else []
        elif file.name == "sitemap.xml":
            names += re.findall(r"<loc>([^<]+)</loc>", text)
        elif file.name == "README.txt":
            names += README_PATH.findall(text)
        return {self.path_of(name, path) for name in names}

    def _html(self, text: str, path: str) -> list[str]:
        root = lxml.html.fromstring(text)
        names = [
            value
            for element in root.iter()
            if isinstance(element.tag, str)
            for name, value in element.attrib.items()
            if name in URL_ATTRIBUTES and (name != "content" or _address_meta(element))
        ]
        for element in root.iter("img", "source"):
            names += [part.split()[0] for part in element.get("srcset", "").split(",") if part.strip()]
        for script in root.iter("script"):
            if script.get("type") == "application/ld+json":
                names += re.findall(r'"(?:contentUrl|url)":\s*"([^"]+)"', script.text or "")
        config = root.xpath("//script[@id='__config']")
        if config:
            theme = json.loads(config[0].text)
            base = theme["base"].rstrip("/") + "/"
            worker = self.path_of(theme["search"], path) or ""
            # Material fetches the index from http, and loads it as a script from the file system.
            index = self.path_of(base + "search/search_index.js", path) or ""
            if not (self.root / index).is_file():
                index = self.path_of(base + "search/search_index.json", path) or ""
            names += ["/" + worker, "/" + index, *self._lunr(index, worker)]
        return names

    def _lunr(self, index: str, worker: str) -> list[str]:
        """What Material's worker imports (its `importScripts`) for the
        index's languages, from ../lunr beside the worker."""
        if not (self.root / index).is_file():
            return []
        text = (self.root / index).read_text(encoding="utf-8")
        languages = json.loads(text.removeprefix("var __index = "))["config"]["lang"]
        wanted = []
        for lang in languages:
            wanted += ["tinyseg.js"] if lang == "ja" else ["wordcut.js"] if lang in ("th", "hi") else []
            wanted += [f"min/lunr.{lang}.min.js"] if lang != "en" else []
        wanted += ["min/lunr.multi.min.js"] if len(languages) > 1 else []
        wanted += ["min/lunr.stemmer.support.min.js"] if wanted else []
        return [urljoin(ORIGIN + worker, "../lunr/" + name) for name in wanted]

    def walk(self, starts: list[str]) -> set[str]:
        todo = [start for start in starts if (self.root / start).is_file()]
        while todo:
            path = todo.pop()
            if path in self.reached:
                continue
            self.reached.add(path)
            for name in self.named_by(path):
                if name is not None and (self.root / name).is_file() and name not in self.reached:
                    todo.append(name)
        return self.reached


def unreferenced(site_dir: Path, site_url: str | None, starts: list[str]) -> list[str]:
    """Every file of the site nothing reached from `starts` names."""
    reached = Walk(site_dir, site_url).walk(starts)
    files = {path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_file()}
    return sorted(files - reached)
