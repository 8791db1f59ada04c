"""What pdf_tags.py reads from the HTML WeasyPrint renders (ElementTree
elements, which do not know their parents): a header cell's scope, a link's
text; and that it wraps only the WeasyPrint it was written for."""

import xml.etree.ElementTree as ET

import pytest

from reportsite import pdf_tags
from reportsite.pdf_tags import Ancestry, accessible_tags, header_scope, link_text

TABLE = ET.fromstring(
    "<table><thead><tr><th>Field</th><th scope='col'>Meaning</th></tr></thead>"
    "<tbody><tr><th>code</th><td>its code</td></tr>"
    "<tr><th scope='row'>page</th><th>x</th><td>y</td></tr>"
    "<tr><td>z</td><th>w</th></tr></tbody></table>"
)


def cell(text):
    return next(element for element in TABLE.iter("th") if element.text == text)


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Field", "/Column"),
        ("Meaning", "/Column"),
        ("code", "/Row"),
        ("page", "/Row"),
        ("x", "/Column"),
        ("w", "/Column"),
    ],
)
def test_a_header_cells_scope_is_its_attribute_else_where_it_stands(text, scope):
    family = Ancestry()
    family.add(TABLE)
    assert header_scope(cell(text), family) == scope


def test_a_link_is_described_by_its_text_else_its_images_alt_else_its_target():
    assert link_text(ET.fromstring("<a href='#p-x'> Hardship <span>relief</span>\n</a>")) == "Hardship relief"
    assert link_text(ET.fromstring("<a href='https://x.org/'><img alt='QR code'/></a>")) == "QR code"
    assert link_text(ET.fromstring("<a href='https://x.org/'></a>")) == "https://x.org/"


def test_the_hook_is_on_only_while_the_pdf_is_written():
    from weasyprint.pdf import tags

    original = tags._build_box_tree
    with accessible_tags():
        assert tags._build_box_tree is not original
    assert tags._build_box_tree is original


def test_another_weasyprint_tagging_stops_the_pdf(monkeypatch):
    from weasyprint.pdf import tags

    monkeypatch.setattr(tags, "_build_box_tree", lambda box, parent: iter(()))
    with pytest.raises(pdf_tags.TaggingChangedError), accessible_tags():
        pass
