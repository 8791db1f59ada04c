"""The open-data export: valid against its schema, and equal to the tables
readers see on the built pages of both editions (read with an HTML parser,
not with the parser that made the export)."""

import csv
import io
import json
import re
import subprocess
import sys

import jsonschema
import lxml.html
import pytest

from conftest import DATA
from reportsite.export import FIELDS
from reportsite.paths import edition_url


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


def test_each_edition_publishes_a_data_package_that_frictionless_validate_accepts(site_dir):
    for edition in (site_dir, site_dir / "en"):
        folder = edition / "data"
        run = subprocess.run(
            [sys.executable, "-m", "frictionless", "validate", "--json", "datapackage.json"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stdout + run.stderr
        report = json.loads(run.stdout)
        assert report["valid"] is True
        assert [(task["name"], task["place"], task["stats"]["rows"]) for task in report["tasks"]] == [
            ("metrics-csv", "metrics.csv", 60),
            ("metrics-json", "metrics.json", 60),
        ]
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        for resource in package["resources"]:
            assert [field["name"] for field in resource["schema"]["fields"]] == list(FIELDS)
        assert package["licenses"] and package["sources"] and package["title"]
        page = (folder / "index.html").read_text(encoding="utf-8")
        assert 'href="datapackage.json"' in page


def dataset_of(page):
    html = lxml.html.parse(str(page)).getroot()
    [script] = html.xpath("//script[@type='application/ld+json']")
    return html, json.loads(script.text)


@pytest.mark.parametrize(("edition", "lang", "words"), [("", "zh", "全部统计数字"), ("en", "en", "All figures")])
def test_the_data_page_describes_its_files_as_a_schema_org_dataset(site_dir, real_site, edition, lang, words):
    html, found = dataset_of(site_dir / edition / "data" / "index.html")
    config = real_site.editions[lang].config
    assert (found["@context"], found["@type"]) == ("https://schema.org", "Dataset")
    assert words in found["name"] and config.extra.get("report_title", config.site_name) in found["name"]
    assert found["description"] == html.xpath("//meta[@name='description']/@content")[0]
    assert found["creator"] == {"@type": "Organization", "name": config.site_author}
    assert found["inLanguage"] == ["zh-Hans", "en"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", found["dateModified"])
    assert found["license"].endswith("/about/#citation")
    public = edition_url(config.site_url, real_site.editions[lang].path)
    assert found["url"] == public + "data/"
    offered = [(d["contentUrl"], d["encodingFormat"]) for d in found["distribution"]]
    assert offered == [(public + "data/metrics.csv", "text/csv"), (public + "data/metrics.json", "application/json")]
    for address, _ in offered:
        assert (site_dir / edition / address.removeprefix(public)).is_file()
    assert [variable["name"] for variable in found["variableMeasured"]] == list(FIELDS)
    # No other page claims to be the dataset.
    pages = [p for p in (site_dir / edition).rglob("index.html") if edition or p.relative_to(site_dir).parts[0] != "en"]
    claiming = [page for page in pages if "application/ld+json" in page.read_text("utf-8")]
    assert claiming == [site_dir / edition / "data" / "index.html"]
