"""The site as the checks see it: its editions (each read through its own
MkDocs configuration), every page of each as readers see it, the data files,
and the one way pages are paired across editions (the same path)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import PLUGIN, load_edition, plugin_options, raw_config
from .data import (
    Data,
    load_charts,
    load_glossary,
    load_key_figures,
    load_rules,
    load_units,
    read_data,
    read_source,
)
from .diagnostics import Problem
from .docs_files import is_page_name
from .editorial import Editorial
from .git import file_at
from .metrics import PageMetrics, read_metrics
from .paths import display_path
from .reading import PageReading, Renderer, read_markdown, read_page
from .settings import PagePolicy, SiteOptions

SOURCE_LANGUAGE = "zh"


@dataclass
class Edition:
    lang: str
    name: str
    hreflang: str
    config_file: Path
    path: str  # where it lives in the site: "" or "en/"
    config: Any = field(repr=False)
    readings: dict[str, PageReading] = field(default_factory=dict)

    @property
    def docs_dir(self) -> Path:
        return Path(self.config.docs_dir)


def page_policy(options: SiteOptions, editions: dict[str, Edition]) -> PagePolicy:
    """What pages may hold (rule 19): the declared classes, and links to the
    repository and to the declared outside addresses."""
    repositories = {str(e.config.extra.get("repository") or "") for e in editions.values()} - {""}
    return PagePolicy(
        frozenset(options.editorial_classes) | frozenset(options.layout_classes),
        tuple(sorted(repositories)) + tuple(options.outside_links),
    )


def page_files(folder: Path) -> list[tuple[Path, str]]:
    """(file, path inside the folder) of every Markdown page MkDocs would
    publish: hidden files, symbolic links and names that are no address
    (a copy such as `page (1).md`) left out (rule 1 reports them)."""
    found = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (Path(root) / d).is_symlink())
        for name in sorted(files):
            path = Path(root) / name
            if is_page_name(name) and not path.is_symlink():
                found.append((path, path.relative_to(folder).as_posix()))
    return found


class Site:
    def __init__(self, options: SiteOptions, editions: dict[str, Edition], data: Data, problems: list[Problem]) -> None:
        self.options = options
        self.editions = editions
        self.data = data
        self.problems = problems  # what stopped a file or an edition from being read
        self.editorial = Editorial(frozenset(options.editorial_pages), frozenset(options.editorial_classes))
        self.policy = page_policy(options, editions)
        self._metrics: dict[tuple[str, str], PageMetrics] = {}

    @classmethod
    def load(cls, config_file: Path, current: Any = None) -> tuple[Site | None, list[Problem]]:
        """The site whose editions `config_file` names; `current` is that
        edition's configuration when MkDocs has loaded it already."""
        config, problems = (current, []) if current is not None else load_edition(config_file, check=False)
        if config is None:
            return None, problems
        options: SiteOptions = config.plugins[PLUGIN].config
        editions: dict[str, Edition] = {}
        for item in options.editions:
            path = Path(item.config_file)
            same = path.resolve() == Path(config.config_file_path).resolve()
            edition_config, found = (config, []) if same else load_edition(path, plugins=False)
            problems += found
            if edition_config is not None:
                editions[item.lang] = Edition(item.lang, item.name, item.hreflang, path, item.path, edition_config)
        site = cls(options, editions, read_data(Path(options.data_dir)), problems)
        for edition in editions.values():
            site._read_edition(edition)
        return site, problems

    def _read_edition(self, edition: Edition) -> None:
        renderer = Renderer.from_config(edition.config)
        for path, rel in page_files(edition.docs_dir):
            edition.readings[rel] = read_page(path, rel, edition.lang, renderer, self.editorial)

    def committed(self, reading: PageReading) -> str | None:
        """The page's text as last committed (None: not committed, or no history)."""
        return file_at("HEAD", reading.path)

    def changed_edition(self, zh: PageReading, en: PageReading) -> str | None:
        """Which edition of a page differs from its last commit when the other
        does not: the side the editor changed, so the cause of a difference
        between the two ("zh" or "en"); None when both or neither do (e.g. in
        a pull request, where both are committed), or without history."""

        def changed(reading: PageReading) -> bool | None:
            then = self.committed(reading)
            if then is None:
                return None
            then = then.removeprefix("\ufeff").replace("\r\n", "\n").rstrip("\n")
            return then != "\n".join(reading.lines).rstrip("\n")

        zh_changed, en_changed = changed(zh), changed(en)
        if zh_changed is None or en_changed is None or zh_changed == en_changed:
            return None
        return "zh" if zh_changed else "en"

    def read_at(self, reading: PageReading, commit: str) -> PageReading | None:
        """A page as it was at a commit, read as its edition renders it now."""
        text = file_at(commit, reading.path)
        if text is None:
            return None
        renderer = Renderer.from_config(self.editions[reading.lang].config)
        return read_markdown(reading.path, reading.rel, reading.lang, text, renderer, self.editorial)

    def fork(self) -> Site:
        """The same site, read afresh (for checks of other pages or data)."""
        editions = {
            lang: Edition(e.lang, e.name, e.hreflang, e.config_file, e.path, e.config)
            for lang, e in self.editions.items()
        }
        site = Site(self.options, editions, read_data(Path(self.options.data_dir)), list(self.problems))
        for edition in editions.values():
            edition.readings = dict(self.editions[edition.lang].readings)
        return site

    def use_pages(self, paths: list[Path]) -> None:
        """Only these Markdown files or folders, each in the edition its path
        names (a `zh` or `en` folder; Chinese otherwise), a folder's pages by
        their path inside it (as scripts/check_metrics.py and the test
        fixtures give them)."""
        for edition in self.editions.values():
            edition.readings = {}
        self._metrics.clear()
        for given in paths:
            lang = next((part for part in reversed(given.resolve().parts) if part in self.editions), SOURCE_LANGUAGE)
            edition = self.editions[lang]
            files = page_files(given) if given.is_dir() else [(given, given.name)]
            renderer = Renderer.from_config(edition.config)
            for path, rel in files:
                edition.readings[rel] = read_page(path, rel, lang, renderer, self.editorial)

    def use_data(self, **files: Path | None) -> None:
        """Other data files than data/'s (units=…, rules=…, glossary=…, key_figures=…, charts=…)."""
        loaders = {
            "units": load_units,
            "rules": load_rules,
            "glossary": load_glossary,
            "key_figures": load_key_figures,
            "charts": load_charts,
        }
        for name, path in files.items():
            if path is None:
                continue
            value, file = loaders[name](path)
            setattr(self.data, {"glossary": "terms"}.get(name, name), value)
            self.data.files[name] = file
        self.data.problems = [p for f in self.data.files.values() for p in f.problems]
        if self.data.source is None or self.data.source.path.parent != self.data.folder:
            self.data.problems += read_source(self.data.folder / "source.txt")[1]
        self._metrics.clear()

    @property
    def root(self) -> Path:
        """The repository: the folder of the source edition's configuration."""
        return Path(self.source_edition.config_file).resolve().parent

    @property
    def source_edition(self) -> Edition:
        return self.editions[SOURCE_LANGUAGE]

    def redirects(self) -> dict[str, str]:
        """The source edition's redirects (`plugins: reportsite: redirects:`)."""
        data, _ = raw_config(self.source_edition.config_file)
        redirects = plugin_options(data or {}).get("redirects")
        return {str(old): str(new) for old, new in redirects.items()} if isinstance(redirects, dict) else {}

    def readings(self, lang: str) -> list[PageReading]:
        return list(self.editions[lang].readings.values()) if lang in self.editions else []

    def pairs(self) -> Iterator[tuple[str, PageReading | None, PageReading | None]]:
        """(path, Chinese page, English page) for every path either edition has."""
        zh = self.editions[SOURCE_LANGUAGE].readings if SOURCE_LANGUAGE in self.editions else {}
        en = self.editions["en"].readings if "en" in self.editions else {}
        for rel in sorted(set(zh) | set(en)):
            yield rel, zh.get(rel), en.get(rel)

    def metrics(self, reading: PageReading) -> PageMetrics:
        key = (reading.lang, reading.rel)
        if key not in self._metrics:
            self._metrics[key] = read_metrics(reading, self.data.units)
        return self._metrics[key]

    def metric_count(self) -> int:
        """How many metrics the site has, as every command says it: one per
        code, whichever editions' tables it stands in."""
        readings = [r for lang in self.editions for r in self.readings(lang)]
        return len({metric.code for r in readings for metric in self.metrics(r).metrics})

    def fully_read(self, lang: str) -> bool:
        """Every page of the edition read, every row of its tables seen, every
        unit known: a code missing then is a wrong code, not an unread row."""
        if lang not in self.editions:
            return False
        return not any(
            reading.unread
            or self.metrics(reading).unseen
            or any(metric.kind is None for metric in self.metrics(reading).metrics)
            for reading in self.readings(lang)
        )

    def display(self, edition: Edition, rel: str) -> str:
        return display_path(edition.docs_dir / rel)
