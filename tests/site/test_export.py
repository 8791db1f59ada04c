"""The open-data export: valid against its schema, and equal to the tables
readers see on the built pages of both editions (read with an HTML parser,
not with the parser that made the export)."""

import csv
import io
import json

import jsonschema
import lxml.html
import pytest

from conftest import DATA


@pytest.fixture(scope="module")
def exported(site_dir):
    return json.loads((site_dir / "data" / "metrics.json").read_text(encoding="utf-8"))


def shown_row(site_dir, edition, record):
    page, anchor = record["url"].split("#")
    html = lxml.html.parse(str(site_dir / edition / page / "index.html")).getroot()
    [row] = html.xpath(f"//tr[@id='{anchor}']")
    return [cell.text_content().strip() for cell in row]


def test_the_json_export_is_valid_against_the_schema_in_the_repository(exported):
    schema = json.loads((DATA / "metrics.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(exported)


def test_every_row_readers_see_is_one_record_with_what_they_see(site_dir, exported):
    shown = {row.get("id") for path in site_dir.rglob("index.html") if "/en/" not in str(path) for row in lxml.html.parse(str(path)).getroot().xpath("//tr[@id]")}
    assert {record["code"].lower() for record in exported} == shown
    assert len(exported) == len(shown) == 60
    for record in exported:
        code, label, value, unit, note = shown_row(site_dir, "", record)
        assert (code, label, unit, note) == (record["code"], record["label_zh"], record["unit_zh"], record["note_zh"])
        assert value == record["value_zh"].replace("-", "−")
        code, label, value, unit, note = shown_row(site_dir, "en", record)
        assert (label, unit, note) == (record["label_en"], record["unit_en"], record["note_en"])
        assert value == record["value_en"].replace("-", "−")


def test_a_fall_is_a_negative_value(exported):
    fall = next(record for record in exported if record["code"] == "UP-01")
    assert (fall["value"], fall["kind"]) == (-2.4, "change_percent")


def test_known_figures_are_normalised(exported):
    by_code = {record["code"]: record for record in exported}
    assert by_code["SH-03"]["value"] == 596000 and by_code["SH-03"]["value_zh"] == "59.6万"
    assert by_code["HR-10"]["value"] == 3782700 and by_code["HR-10"]["kind"] == "yuan"
    assert by_code["SR-01"]["value"] == 20 and by_code["SR-01"]["approx"] is True


def test_the_csv_opens_in_excel_and_holds_the_same_records(site_dir, exported):
    raw = (site_dir / "data" / "metrics.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads the Chinese correctly
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [row["code"] for row in rows] == [record["code"] for record in exported]
    assert {row["code"]: row["label_zh"] for row in rows} == {r["code"]: r["label_zh"] for r in exported}


def test_both_editions_carry_the_data_and_a_data_page_that_links_it(site_dir):
    for edition in (site_dir, site_dir / "en"):
        for name in ("metrics.json", "metrics.csv", "metrics.schema.json"):
            assert (edition / "data" / name).is_file()
        page = (edition / "data" / "index.html").read_text(encoding="utf-8")
        assert 'href="metrics.csv"' in page and 'href="metrics.json"' in page
