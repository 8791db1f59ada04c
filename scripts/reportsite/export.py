"""The open-data export of every metric: data/metrics.json and .csv in each
edition of the site.

One record per metric of the Chinese pages, in reading order, joined by code
with the English tables (the English label, unit and note are the English
table's). A value is a number, signed where it is a change (a fall is
negative); its text is in normal form (full-width digits as ASCII). In the
CSV, a cell a spreadsheet would run as a formula (beginning with =, +, -, @,
a tab or a carriage return and not a number) is neutralised with a leading
apostrophe, as OWASP advises; the JSON keeps the text as it is.
data/metrics.schema.json describes a record; the Data page explains it.
data/datapackage.json describes both files as a Frictionless data package,
made from the same schema and these columns (opendata.py).
"""

from __future__ import annotations

import csv
import io
import json
import re

from .config import nav_pages
from .metrics import Metric
from .opendata import FOLDER, PACKAGE, Publication, package_json
from .paths import page_url
from .site import SOURCE_LANGUAGE, Site
from .values import ascii_value, format_value

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
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FILES = ("data/metrics.json", "data/metrics.csv", "data/metrics.schema.json", FOLDER + PACKAGE)  # in each edition
NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*%?")


def records(zh_metrics: list[Metric], en_metrics: list[Metric], order: list[str]) -> list[dict]:
    english = {metric.code: metric for metric in en_metrics}
    position = {rel: index for index, rel in enumerate(order)}
    result = []
    for zh in zh_metrics:
        if zh.value is None or zh.kind is None:
            continue  # the checks report it; the build fails before export
        en = english.get(zh.code)
        result.append(
            {
                "code": zh.code,
                "page": zh.reading.rel,
                "url": f"{page_url(zh.reading.rel)}#{zh.code.lower()}",
                "label_zh": zh.label,
                "label_en": en.label if en else "",
                "value": zh.value.as_json_number(),
                "value_zh": ascii_value(zh.value_text),
                "value_en": ascii_value(en.value_text) if en else format_value(zh.value, "en"),
                "approx": zh.value.approx,
                "unit_zh": zh.unit_text,
                "unit_en": en.unit_text if en else "",
                "kind": zh.kind,
                "note_zh": zh.note,
                "note_en": en.note if en else "",
            }
        )
    return sorted(result, key=lambda row: (position.get(row["page"], len(position)), row["code"]))


def site_records(site: Site) -> list[dict]:
    metrics = {lang: [m for r in site.readings(lang) for m in site.metrics(r).metrics] for lang in site.editions}
    order = nav_pages(site.source_edition.config["nav"])
    return records(metrics.get(SOURCE_LANGUAGE, []), metrics.get("en", []), order)


def as_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def spreadsheet_safe(cell: object) -> object:
    """A cell as text a spreadsheet shows rather than runs."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START) and not NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def as_csv(rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: spreadsheet_safe(value)
                for key, value in {**row, "approx": "true" if row["approx"] else "false"}.items()
            }
        )
    # UTF-8 with a BOM, so that Excel opens the Chinese correctly.
    return buffer.getvalue().encode("utf-8-sig")


def data_schema(site: Site) -> tuple[bytes, dict]:
    """data/metrics.schema.json, as published and as read."""
    raw = (site.data.folder / "metrics.schema.json").read_bytes()
    return raw, json.loads(raw)


def export_files(site: Site, publication: Publication) -> dict[str, bytes]:
    """The files of the export, by their path in an edition of the site."""
    rows = site_records(site)
    raw, schema = data_schema(site)
    contents = (as_json(rows).encode("utf-8"), as_csv(rows), raw, package_json(schema, FIELDS, publication))
    return dict(zip(FILES, contents, strict=True))
