"""Valid HTML: the Nu Html Checker (scripts/vnu/, run with Debian's Java)
finds on the built pages no error that a bare Material build does not have,
the two that Material's own page template writes into every page (its
drawer and search toggles: checkboxes with autocomplete="off"). Before:
ARIA roles on a native table's rows and cells (its th scope keeps it a
table), an empty tabindex (Material's section labels)."""

import json
import re
import shutil
import subprocess
from collections import Counter

import lxml.html
import pytest

from conftest import ROOT, content_pages

VNU = ROOT / "scripts" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA_QUICK = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
# What a bare Material 9.8.1 build has on every page: base.html's two toggles.
MATERIAL_TOGGLE = re.compile(r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"')


def test_the_nu_html_checker_finds_no_error_a_bare_material_build_has_not(site_dir):
    if shutil.which("java") is None or not VNU.is_file():
        pytest.fail("the Nu Html Checker is missing; expected Java and scripts/vnu/ (bash scripts/setup.sh --dev)")
    pages = sorted(site_dir.rglob("*.html"))
    run = subprocess.run(
        # The quick compiler only and one garbage collector thread: a short
        # run on two cores spends less than half the CPU (the same messages).
        ["java", *JAVA_QUICK, "-Xss4m", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [m for m in messages if m["type"] == "error"]
    theirs = [m for m in errors if MATERIAL_TOGGLE.search(m.get("extract", ""))]
    ours = [(m["url"].rsplit(str(site_dir), 1)[-1], m.get("lastLine"), m["message"]) for m in errors if m not in theirs]
    assert ours == []
    assert max(Counter(m["url"] for m in theirs).values(), default=0) <= 2  # as many as bare Material's, a page


def test_no_table_row_or_cell_carries_a_role(site_dir):
    found = []
    for path in content_pages(site_dir):
        root = lxml.html.parse(str(path)).getroot()
        found += [
            (path.relative_to(site_dir).as_posix(), element.tag, element.get("role"))
            for element in root.xpath("//table//*[self::thead or self::tbody or self::tr or self::th or self::td][@role]")
        ]
        found += [(path.relative_to(site_dir).as_posix(), "table", t.get("role")) for t in root.xpath("//table[@role]")]
    assert found == []


def test_every_header_cell_of_a_metric_table_says_what_it_heads(site_dir):
    for path in content_pages(site_dir):
        root = lxml.html.parse(str(path)).getroot()
        for table in root.xpath("//table[@data-metric-table]"):
            assert [th.get("scope") for th in table.xpath("./thead/tr/th")] == ["col"] * 5, path
            assert {th.get("scope") for th in table.xpath("./tbody/tr/th")} == {"row"}, path


def test_no_element_has_an_empty_tabindex(site_dir):
    found = [
        path.relative_to(site_dir).as_posix()
        for path in content_pages(site_dir)
        if lxml.html.parse(str(path)).getroot().xpath("//*[@tabindex='']")
    ]
    assert found == []
