"""A new section of the report: its Chinese and English pages, with the
metric-table headers, in the navigation (mkdocs.yml; the English edition
inherits it). The page is not "published" yet: the publish workflow records
its address in data/published_urls.txt when it first deploys it.

The placeholder text fails rule 3 on purpose: a section's Chinese text is
the report's, so it comes into data/source.txt first, then onto the page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .metric_table import HEADERS
from .paths import display_path

PILLARS = ("system-reform", "political-building", "work-advancement")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PLACEHOLDER = {
    "zh": "（正文写在这里：从 data/source.txt 中逐字复制本节原文。）",
    "en": "(The translation of the section goes here.)",
}
METRICS_HEADING = {"zh": "## 主要指标 {#metrics .editorial}", "en": "## Key figures {#metrics .editorial}"}


@dataclass(frozen=True)
class NewSection:
    pillar: str
    slug: str
    title_zh: str
    title_en: str

    @property
    def rel(self) -> str:
        return f"{self.pillar}/{self.slug}.md"


def validate(section: NewSection, docs: dict[str, Path]) -> list[tuple[str, dict]]:
    """What is wrong with the request: (message key, values) pairs."""
    errors: list[tuple[str, dict]] = []
    if section.pillar not in PILLARS:
        errors.append(("scaffold_pillar", {"pillar": section.pillar, "allowed": list(PILLARS)}))
    if not SLUG.fullmatch(section.slug):
        errors.append(("scaffold_slug", {"slug": section.slug}))
    if not section.title_zh.strip() or not section.title_en.strip():
        errors.append(("scaffold_titles", {}))
    for folder in docs.values():
        if (folder / section.rel).exists():
            errors.append(("scaffold_exists", {"path": display_path(folder / section.rel)}))
    return errors


def page_text(section: NewSection, lang: str) -> str:
    title = section.title_zh if lang == "zh" else section.title_en
    front = yaml.safe_dump({"description": title}, allow_unicode=True, default_flow_style=False, width=1000)
    heading = title.replace("{", "").replace("}", "")
    header = "| " + " | ".join(HEADERS[lang]) + " |"
    return (
        f"---\n{front}---\n\n# {heading} {{#{section.slug}}}\n\n{PLACEHOLDER[lang]}\n\n"
        f"{METRICS_HEADING[lang]}\n\n{header}\n| --- | --- | --- | --- | --- |\n"
    )


def add_to_nav(config: Path, section: NewSection) -> None:
    """Insert the page after the last page of its part in `nav:`."""
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    last = max(index for index, line in enumerate(lines) if line.strip().startswith(f"- {section.pillar}/"))
    indent = lines[last][: len(lines[last]) - len(lines[last].lstrip())]
    lines.insert(last + 1, f"{indent}- {section.rel}\n")
    config.write_text("".join(lines), encoding="utf-8")


def create(section: NewSection, docs: dict[str, Path], config: Path) -> list[Path]:
    written = []
    for lang, folder in docs.items():
        path = folder / section.rel
        path.write_text(page_text(section, lang), encoding="utf-8")
        written.append(path)
    add_to_nav(config, section)
    written.append(config)
    return written
