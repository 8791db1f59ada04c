"""Material's search worker with our Chinese query segmentation in front
(assets/search-prelude.js explains why). The combined worker is written into
the built site and the pages are pointed at it."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import material

PRELUDE = Path(__file__).with_name("assets") / "search-prelude.js"
WORKERS = "assets/javascripts/workers"


@functools.cache
def material_worker() -> Path:
    (worker,) = (Path(material.__file__).parent / "templates" / WORKERS).glob("search.*.min.js")
    return worker


@functools.cache
def combined_worker() -> tuple[str, str]:
    """(file name, content) of the worker with the prelude in front."""
    content = PRELUDE.read_text(encoding="utf-8") + "\n" + material_worker().read_text(encoding="utf-8")
    digest = hashlib.sha256(content.encode()).hexdigest()[:8]
    return f"search-segmented.{digest}.min.js", content


def write_worker(site_dir: Path) -> None:
    name, content = combined_worker()
    (site_dir / WORKERS / name).write_text(content, encoding="utf-8")


def point_page_at_worker(html: str) -> str:
    """The page's search configuration names the combined worker."""
    return html.replace(f"workers/{material_worker().name}", f"workers/{combined_worker()[0]}", 1)
