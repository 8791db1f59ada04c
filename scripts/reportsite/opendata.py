"""The open data described as data portals and search engines read it: a
Frictionless data package (data/datapackage.json beside the files, in each
edition) and a schema.org Dataset (the data page's JSON-LD).

Both are made at build time from the one description of the data: the
columns of the export (export.FIELDS, in their order) with their types,
constraints and meanings from data/metrics.schema.json (the JSON Schema
published beside the files), and the edition's own words: the report's
title and issuer from its configuration, the data page's description from
its front matter, the rights from its `copyright` (or, when the maintainers
name one, `extra.data_licence`: {name, path, title}), the date from the
version of the sources. Nothing here lists a field by hand.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from .paths import page_url

DATA_PAGE = "data.md"  # the page that offers the files, in each edition
FOLDER = "data/"  # where the files are, in each edition
PACKAGE = "datapackage.json"
# (file, its media type, its format) of each data file the package and the Dataset describe.
DATA_FILES = (
    ("metrics.csv", "text/csv", "csv"),
    ("metrics.json", "application/json", "json"),
)
LANGUAGES = ("zh-Hans", "en")  # the data's own languages (labels, units and notes in both)
WORDS = {
    "zh": {
        "title": "《{title}》全部统计数字",
        "source": "{issuer}《{title}》",
        "rights": "{rights}；引用方式见本站“关于本站”页",
        "csv": "全部指标，CSV（UTF-8，带 BOM）",
        "json": "全部指标，JSON 记录数组",
    },
    "en": {
        "title": "All figures of the report “{title}”",
        "source": "{issuer}, “{title}”",
        "rights": "{rights}; cite as the site's “About” page says",
        "csv": "All figures, CSV (UTF-8 with a byte-order mark)",
        "json": "All figures, a JSON array of records",
    },
}
# JSON Schema type -> Table Schema type.
TYPES = {"string": "string", "number": "number", "integer": "integer", "boolean": "boolean"}


@dataclass(frozen=True)
class Publication:
    """What an edition says of its data, besides the fields."""

    lang: str  # the edition's: "zh" or "en"
    title: str  # the report's whole title
    issuer: str  # who issued the report (site_author)
    url: str  # the edition's public address, "" without one
    description: str  # the data page's description (front matter)
    rights: str  # the edition's copyright line
    modified: int  # the version's date, seconds since 1970
    licence: dict | None = None  # extra.data_licence, when the maintainers name one

    def address(self, path: str) -> str:
        """A path under the edition's root, as a full address (relative without one)."""
        return urljoin(self.url, path) if self.url else path


def _words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def table_schema(schema: dict, fields: tuple[str, ...]) -> dict:
    """The Table Schema of the export's columns: each field's type,
    constraints and description from the JSON Schema of a record."""
    item = schema["items"]
    properties, required = item["properties"], set(item.get("required", ()))
    if list(properties) != list(fields):
        raise ValueError(
            f"data/metrics.schema.json describes the fields {list(properties)}; the export writes {list(fields)}"
        )
    described = []
    for name in fields:
        prop = properties[name]
        field: dict[str, Any] = {"name": name}
        constraints: dict[str, Any] = {}
        if "enum" in prop:
            field["type"] = "string"
            constraints["enum"] = list(prop["enum"])
        else:
            field["type"] = TYPES[prop["type"]]
        if field["type"] == "boolean":
            field |= {"trueValues": ["true"], "falseValues": ["false"]}
        if prop.get("description"):
            field["description"] = prop["description"]
        # An empty text is a missing value in a CSV: required only where the schema wants text in it.
        wants_text = prop.get("minLength", 0) > 0 or "pattern" in prop or "enum" in prop
        if name in required and (wants_text or field["type"] != "string"):
            constraints["required"] = True
        if "minLength" in prop:
            constraints["minLength"] = prop["minLength"]
        if "pattern" in prop:
            constraints["pattern"] = prop["pattern"].removeprefix("^").removesuffix("$")  # Table Schema anchors it
        if "minimum" in prop:
            constraints["minimum"] = prop["minimum"]
        if "maximum" in prop:
            constraints["maximum"] = prop["maximum"]
        if constraints:
            field["constraints"] = constraints
        described.append(field)
    return {"fields": described, "primaryKey": [fields[0]], "missingValues": [""]}


def _licence(publication: Publication) -> dict:
    if publication.licence:
        return {key: str(value) for key, value in publication.licence.items() if key in ("name", "path", "title")}
    words = _words(publication.lang)
    return {
        "title": words["rights"].format(rights=publication.rights),
        "path": publication.address(page_url("about.md") + "#citation"),
    }


def _date(epoch: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def data_package(schema: dict, fields: tuple[str, ...], publication: Publication) -> dict:
    """The Frictionless data package of the export, for data/datapackage.json."""
    words = _words(publication.lang)
    table = table_schema(schema, fields)
    resources = []
    for name, mediatype, file_format in DATA_FILES:
        resource = {
            "name": name.replace(".", "-"),
            "path": name,
            "profile": "tabular-data-resource",
            "title": words[file_format],
            "format": file_format,
            "mediatype": mediatype,
            "encoding": "utf-8",
            "schema": table,
        }
        if file_format == "csv":
            resource["dialect"] = {"delimiter": ",", "lineTerminator": "\r\n", "header": True}
        resources.append(resource)
    return {
        "profile": "tabular-data-package",
        "name": "xining-ftu-report-metrics",
        "title": words["title"].format(title=publication.title),
        "description": publication.description or schema.get("description", ""),
        "homepage": publication.address(page_url(DATA_PAGE)),
        "created": _date(publication.modified),
        "licenses": [_licence(publication)],
        "sources": [
            {
                "title": words["source"].format(issuer=publication.issuer, title=publication.title),
                "path": publication.address(""),
            }
        ],
        "contributors": [{"title": publication.issuer, "role": "author"}],
        "resources": resources,
    }


def package_json(schema: dict, fields: tuple[str, ...], publication: Publication) -> bytes:
    return (json.dumps(data_package(schema, fields, publication), ensure_ascii=False, indent=2) + "\n").encode()


def dataset(schema: dict, fields: tuple[str, ...], publication: Publication) -> dict:
    """The schema.org Dataset of the export, for the data page's JSON-LD."""
    package = data_package(schema, fields, publication)
    licence = package["licenses"][0]
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": package["title"],
        "description": package["description"],
        "url": publication.address(page_url(DATA_PAGE)),
        "license": licence.get("path") or licence.get("name"),
        "creator": {"@type": "Organization", "name": publication.issuer},
        "isBasedOn": {
            "@type": "CreativeWork",
            "name": publication.title,
            "author": {"@type": "Organization", "name": publication.issuer},
        },
        "inLanguage": list(LANGUAGES),
        "dateModified": package["created"],
        "variableMeasured": [
            {"@type": "PropertyValue", "name": field["name"], "description": field.get("description", "")}
            for field in package["resources"][0]["schema"]["fields"]
        ],
        "distribution": [
            {
                "@type": "DataDownload",
                "name": resource["title"],
                "contentUrl": publication.address(FOLDER + resource["path"]),
                "encodingFormat": resource["mediatype"],
            }
            for resource in package["resources"]
        ],
        "subjectOf": {
            "@type": "DigitalDocument",
            "name": PACKAGE,
            "url": publication.address(FOLDER + PACKAGE),
            "encodingFormat": "application/json",
        },
    }


def json_ld(schema: dict, fields: tuple[str, ...], publication: Publication) -> str:
    """The Dataset as the text of a <script type="application/ld+json">: no
    "<" in it, so that nothing in the data can close the element."""
    text = json.dumps(dataset(schema, fields, publication), ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
