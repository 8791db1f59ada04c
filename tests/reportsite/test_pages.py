"""Reading pages: what an editor's file may look like, and what they are told."""

import codecs

from reportsite.pages import read_page


def write(tmp_path, data: bytes):
    path = tmp_path / "page.md"
    path.write_bytes(data)
    return path


def test_bom_and_crlf_line_endings_are_read_as_plain_utf8(tmp_path):
    text = "---\ndescription: 说明\n---\n\n# 标题\n\n正文。\n"
    plain, _ = read_page(write(tmp_path, text.encode()), "page.md", "zh")
    windows_path = write(tmp_path, codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode())
    windows, problems = read_page(windows_path, "page.md", "zh")
    assert problems == []
    assert windows.lines == plain.lines and windows.meta == {"description": "说明"}
    assert windows.body_start == 4


def test_bytes_that_are_not_utf8_are_reported_at_their_line(tmp_path):
    data = "# 标题\n\n正文。\n".encode() + "第四行".encode("gb18030") + b"\n"
    page, [problem] = read_page(write(tmp_path, data), "page.md", "zh")
    assert page is None
    assert problem.line == 4
    assert "is not valid UTF-8 (byte 0xb5 on this line); expected UTF-8 text" in problem.message


def test_front_matter_that_is_not_yaml_is_reported_at_its_line(tmp_path):
    data = "---\ndescription: 说明\ntitle: [unclosed\n---\n# 标题\n".encode()
    _, [problem] = read_page(write(tmp_path, data), "page.md", "zh")
    assert problem.line == 3 and problem.rule == "2"
    assert "the front matter is not valid YAML" in problem.message


def test_the_reader_never_writes_to_the_file(tmp_path):
    data = codecs.BOM_UTF8 + "# 标题\r\n\t正文。\r\n".encode()
    path = write(tmp_path, data)
    read_page(path, "page.md", "zh")
    assert path.read_bytes() == data
