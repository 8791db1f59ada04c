"""What the Nu Html Checker refused on our pages and a bare Material build
does not have: ARIA roles on a native table's rows and cells (its th scope
keeps it a table), an empty tabindex (Material's section labels)."""

import lxml.html

from conftest import content_pages


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
