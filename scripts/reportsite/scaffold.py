"""A new section of the report: its Chinese and English pages, with the
metric-table headers, in the navigation of both editions and in the list of
published addresses. Everything else an editor then writes by hand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .metrics import HEADERS
from .paths import CONFIG_FILES, DOCS, display_path, page_url
from .stable_urls import URLS_FILE

PILLARS = ("system-reform", "political-building", "work-advancement")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class NewSection:
    pillar: str
    slug: str
    title_zh: str
    title_en: str

    @property
    def rel(self) -> str:
        return f"{self.pillar}/{self.slug}.md"


def validate(section: NewSection, docs_root: Path = DOCS) -> list[str]:
    errors = []
    if section.pillar not in PILLARS:
        errors.append(f"unknown part “{section.pillar}”; expected one of {', '.join(PILLARS)}")
    if not SLUG.fullmatch(section.slug):
        errors.append(f"the name “{section.slug}” is not a short ASCII slug; expected e.g. workers-housing")
    if not section.title_zh.strip() or not section.title_en.strip():
        errors.append("both titles are needed: --zh and --en")
    for lang in ("zh", "en"):
        if (docs_root / lang / section.rel).exists():
            errors.append(f"{display_path(docs_root / lang / section.rel)} exists already")
    return errors


def page_text(section: NewSection, lang: str) -> str:
    title = section.title_zh if lang == "zh" else section.title_en
    metrics = "主要指标" if lang == "zh" else "Key figures"
    prompt = "（正文写在这里。）" if lang == "zh" else "(Write the text here.)"
    header = "| " + " | ".join(HEADERS[lang]) + " |"
    return (
        f"---\ndescription: {title}\n---\n\n# {title} {{#{section.slug}}}\n\n{prompt}\n\n"
        f"## {metrics} {{#metrics}}\n\n{header}\n| --- | --- | --- | --- | --- |\n"
    )


def add_to_nav(config: Path, section: NewSection) -> None:
    """Insert the page after the last page of its part in `nav:`."""
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    last = max(index for index, line in enumerate(lines) if line.strip().startswith(f"- {section.pillar}/"))
    indent = lines[last][: len(lines[last]) - len(lines[last].lstrip())]
    lines.insert(last + 1, f"{indent}- {section.rel}\n")
    config.write_text("".join(lines), encoding="utf-8")


def create(section: NewSection, docs_root: Path = DOCS) -> list[Path]:
    written = []
    for lang in ("zh", "en"):
        path = docs_root / lang / section.rel
        path.write_text(page_text(section, lang), encoding="utf-8")
        written.append(path)
        add_to_nav(CONFIG_FILES[lang], section)
        written.append(CONFIG_FILES[lang])
    with URLS_FILE.open("a", encoding="utf-8") as urls:
        urls.write(page_url(section.rel) + "\n")
    written.append(URLS_FILE)
    return written
