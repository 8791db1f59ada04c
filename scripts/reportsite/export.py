"""The open-data export of every metric: site/data/metrics.json and .csv.

One record per metric of the Chinese pages, joined by code with the English
tables. data/metrics.schema.json describes a record; the Data page explains
the fields to readers.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .checks import read_site
from .config import nav_order
from .metrics import Metric, check_metrics
from .paths import DATA, DOCS, page_url
from .values import format_value

SCHEMA = DATA / "metrics.schema.json"
FIELDS = (
    "code",
    "page",
    "url",
    "label_zh",
    "label_en",
    "value",
    "value_zh",
    "value_en",
    "approx",
    "unit_zh",
    "unit_en",
    "kind",
    "note_zh",
    "note_en",
)


def records(metrics: dict[str, list[Metric]]) -> list[dict]:
    english = {metric.code: metric for metric in metrics.get("en", [])}
    result = []
    for zh in metrics.get("zh", []):
        if zh.value is None or zh.unit is None:
            continue  # the checks report it; the build fails before export
        en = english.get(zh.code)
        result.append(
            {
                "code": zh.code,
                "page": zh.page.rel,
                "url": f"{page_url(zh.page.rel)}#{zh.code.lower()}",
                "label_zh": zh.label,
                "label_en": en.label if en else "",
                "value": zh.value.as_json_number(),
                "value_zh": zh.value_text,
                "value_en": en.value_text if en else format_value(zh.value, "en"),
                "approx": zh.value.approx,
                "unit_zh": zh.unit.zh,
                "unit_en": zh.unit.en,
                "kind": zh.unit.kind,
                "note_zh": zh.note,
                "note_en": en.note if en else "",
            }
        )
    return result


def site_records(docs_root: Path = DOCS) -> list[dict]:
    pages, _ = read_site(docs_root)
    order = {page: index for index, page in enumerate(nav_order())}
    rows = records(check_metrics(pages)[0])
    return sorted(rows, key=lambda row: (order.get(row["page"], len(order)), row["code"]))


def as_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def as_csv(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "approx": "true" if row["approx"] else "false"})
    # UTF-8 with a BOM, so that Excel opens the Chinese correctly.
    return buffer.getvalue().encode("utf-8-sig")


def export_files(docs_root: Path = DOCS) -> dict[str, bytes]:
    """The files of the export, by their path in an edition of the site."""
    rows = site_records(docs_root)
    return {
        "data/metrics.json": as_json(rows).encode("utf-8"),
        "data/metrics.csv": as_csv(rows),
        "data/metrics.schema.json": SCHEMA.read_bytes(),
    }
