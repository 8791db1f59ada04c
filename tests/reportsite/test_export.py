"""The export's CSV is safe to open in a spreadsheet; the JSON keeps the text."""

import csv
import io
import json

import pytest

from reportsite.export import FIELDS, as_csv, as_json, spreadsheet_safe

RECORD = {field: "" for field in FIELDS} | {"code": "AA-01", "value": 1, "approx": False}


@pytest.mark.parametrize("text", ['=HYPERLINK("https://example.com")', "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_a_spreadsheet_would_run_is_neutralised(text):
    row = next(csv.DictReader(io.StringIO(as_csv([RECORD | {"label_zh": text}]).decode("utf-8-sig"))))
    assert row["label_zh"] == "'" + text
    assert json.loads(as_json([RECORD | {"label_zh": text}]))[0]["label_zh"] == text


@pytest.mark.parametrize("text", ["-2.4", "+18", "103", "59.6万", "2,907,900", "三公经费"])
def test_numbers_and_words_are_left_alone(text):
    assert spreadsheet_safe(text) == text
