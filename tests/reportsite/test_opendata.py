"""The open data's description (opendata.py): the data package and the
Dataset come from the JSON Schema of a record and the export's columns, and
the frictionless library, as data portals run it, accepts the files they
describe and refuses a record the schema refuses."""

import json

import pytest
from frictionless import validate

from conftest import DATA
from reportsite.export import FIELDS, as_csv, as_json
from reportsite.opendata import Publication, data_package, dataset, json_ld, package_json, table_schema

SCHEMA = json.loads((DATA / "metrics.schema.json").read_text(encoding="utf-8"))
PUBLICATION = Publication(
    lang="en",
    title="Forging Ahead Anew",
    issuer="Xining Federation of Trade Unions",
    url="https://example.org/report/en/",
    description="All the figures of the report.",
    rights="Report © Xining Federation of Trade Unions",
    modified=1764547200,  # 2025-12-01
)
RECORD = {
    "code": "HR-01",
    "page": "work-advancement/hardship-relief.md",
    "url": "work-advancement/hardship-relief/#hr-01",
    "label_zh": "建档困难职工",
    "label_en": "Workers in difficulty on file",
    "value": 6317,
    "value_zh": "6317",
    "value_en": "6,317",
    "approx": False,
    "unit_zh": "人",
    "unit_en": "people",
    "kind": "count",
    "note_zh": "",
    "note_en": "",
}


def published(folder, records, publication=PUBLICATION):
    (folder / "metrics.csv").write_bytes(as_csv(records))
    (folder / "metrics.json").write_text(as_json(records), encoding="utf-8")
    (folder / "datapackage.json").write_bytes(package_json(SCHEMA, FIELDS, publication))
    return folder / "datapackage.json"


def test_the_fields_are_the_exports_columns_with_the_schemas_types_and_meanings():
    fields = table_schema(SCHEMA, FIELDS)["fields"]
    assert [field["name"] for field in fields] == list(FIELDS)
    by_name = {field["name"]: field for field in fields}
    assert by_name["value"]["type"] == "number" and "unit_zh" in by_name["value"]["description"]
    assert by_name["approx"]["type"] == "boolean"
    assert by_name["kind"]["constraints"]["enum"] == ["count", "percent", "change_percent", "yuan"]
    assert by_name["code"]["constraints"]["pattern"] == "[A-Z]{2,3}-[0-9]{2}"
    assert by_name["code"]["constraints"]["required"] is True
    assert "required" not in by_name.get("note_en", {}).get("constraints", {})  # a note may be empty
    assert all(field.get("description") for field in fields)  # every field says what it is


def test_a_schema_that_describes_other_fields_than_the_export_writes_stops_the_package():
    with pytest.raises(ValueError, match="the export writes"):
        table_schema(SCHEMA, (*FIELDS, "extra"))


def test_frictionless_accepts_the_package_and_both_files(tmp_path):
    report = validate(str(published(tmp_path, [RECORD, RECORD | {"code": "HR-02", "approx": True}])))
    assert report.valid, report.flatten(["type", "message"])
    assert [task.name for task in report.tasks] == ["metrics-csv", "metrics-json"]
    assert [task.stats["rows"] for task in report.tasks] == [2, 2]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"kind": "share"}, "constraint-error"),
        ({"code": "hr-1"}, "constraint-error"),
        ({"unit_en": ""}, "constraint-error"),
    ],
)
def test_frictionless_refuses_a_record_the_schema_refuses(tmp_path, change, error):
    report = validate(str(published(tmp_path, [RECORD | change])))
    assert not report.valid
    assert {task.name: [found[0] for found in task.flatten(["type"])] for task in report.tasks} == {
        "metrics-csv": [error],
        "metrics-json": [error],
    }


def test_the_package_says_where_the_data_come_from_and_on_what_terms():
    package = data_package(SCHEMA, FIELDS, PUBLICATION)
    assert package["title"] == "All figures of the report “Forging Ahead Anew”"
    assert package["sources"] == [
        {"title": "Xining Federation of Trade Unions, “Forging Ahead Anew”", "path": "https://example.org/report/en/"}
    ]
    assert package["licenses"] == [
        {
            "title": "Report © Xining Federation of Trade Unions; cite as the site's “About” page says",
            "path": "https://example.org/report/en/about/#citation",
        }
    ]
    assert package["created"] == "2025-12-01T00:00:00Z"
    chosen = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/", "title": "CC BY 4.0"}
    assert data_package(SCHEMA, FIELDS, PUBLICATION.__class__(**{**PUBLICATION.__dict__, "licence": chosen}))[
        "licenses"
    ] == [chosen]


def test_the_dataset_offers_each_file_with_its_format():
    found = dataset(SCHEMA, FIELDS, PUBLICATION)
    assert (found["@context"], found["@type"]) == ("https://schema.org", "Dataset")
    assert [(d["contentUrl"], d["encodingFormat"]) for d in found["distribution"]] == [
        ("https://example.org/report/en/data/metrics.csv", "text/csv"),
        ("https://example.org/report/en/data/metrics.json", "application/json"),
    ]
    assert [variable["name"] for variable in found["variableMeasured"]] == list(FIELDS)
    assert found["license"] == "https://example.org/report/en/about/#citation"
    assert found["dateModified"] == "2025-12-01T00:00:00Z"


def test_nothing_in_the_json_ld_can_close_its_script_element():
    text = json_ld(SCHEMA, FIELDS, PUBLICATION.__class__(**{**PUBLICATION.__dict__, "title": "</script><b>"}))
    assert "<" not in text and ">" not in text
    assert json.loads(text)["isBasedOn"]["name"] == "</script><b>"
