"""Where things live in the repository; one place for every path."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
DATA = ROOT / "data"
SITE = ROOT / "site"
SOURCE_TEXT = DATA / "source.txt"

# The editions: language code, docs folder, MkDocs config, output folder
# relative to site/. Chinese is the source and is served at the root.
LANGUAGES = ("zh", "en")
SOURCE_LANGUAGE = "zh"
CONFIG_FILES = {"zh": ROOT / "mkdocs.yml", "en": ROOT / "mkdocs.en.yml"}
SITE_SUBDIRS = {"zh": "", "en": "en"}


def docs_dir(lang: str, docs_root: Path = DOCS) -> Path:
    return docs_root / lang


def display_path(path: Path) -> str:
    """A path as an editor sees it: relative to the repository when inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def page_url(rel: str) -> str:
    """A page's address under its edition's root (directory URLs):
    "system-reform/index.md" is "system-reform/", "closing.md" "closing/"."""
    stem = rel.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"
