"""The open-data export: valid against its schema, equal to the tables."""

import csv
import io
import json

import jsonschema
import pytest

from reportsite.checks import read_site
from reportsite.export import SCHEMA
from reportsite.metrics import check_metrics


@pytest.fixture(scope="module")
def exported(site_dir):
    return json.loads((site_dir / "data" / "metrics.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tables():
    pages, _ = read_site()
    return check_metrics(pages)[0]


def test_the_json_export_is_valid_against_the_schema_in_the_repository(exported):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(exported)


def test_the_export_has_one_record_per_metric_equal_to_the_tables(exported, tables):
    by_code = {record["code"]: record for record in exported}
    assert len(by_code) == len(exported) == len(tables["zh"])
    english = {metric.code: metric for metric in tables["en"]}
    for metric in tables["zh"]:
        record = by_code[metric.code]
        assert record["page"] == metric.page.rel
        assert record["label_zh"] == metric.label and record["note_zh"] == metric.note
        assert record["value_zh"] == metric.value_text
        assert record["value"] == metric.value.as_json_number()
        assert (record["unit_zh"], record["unit_en"], record["kind"]) == (metric.unit.zh, metric.unit.en, metric.unit.kind)
        assert record["approx"] is metric.value.approx
        if metric.code in english:
            assert record["label_en"] == english[metric.code].label
            assert record["note_en"] == english[metric.code].note


def test_known_figures_are_normalised(exported):
    by_code = {record["code"]: record for record in exported}
    assert by_code["SH-03"]["value"] == 596000 and by_code["SH-03"]["value_zh"] == "59.6万"
    assert by_code["HR-10"]["value"] == 3782700 and by_code["HR-10"]["kind"] == "yuan"
    assert by_code["SR-01"]["value"] == 20 and by_code["SR-01"]["approx"] is True
    assert by_code["SC-02"]["value"] == 95.6 and by_code["SC-02"]["kind"] == "percent"


def test_the_csv_opens_in_excel_and_holds_the_same_records(site_dir, exported):
    raw = (site_dir / "data" / "metrics.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the Chinese correctly
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [row["code"] for row in rows] == [record["code"] for record in exported]
    assert {row["code"]: row["label_zh"] for row in rows} == {r["code"]: r["label_zh"] for r in exported}
    assert rows[0]["approx"] in ("true", "false")


def test_both_editions_carry_the_data_and_a_data_page_that_links_it(site_dir):
    for edition in (site_dir, site_dir / "en"):
        for name in ("metrics.json", "metrics.csv", "metrics.schema.json"):
            assert (edition / "data" / name).is_file()
        page = (edition / "data" / "index.html").read_text(encoding="utf-8")
        assert 'href="metrics.csv"' in page and 'href="metrics.json"' in page
