"""The PDF's Chinese fonts hold only the glyphs the pages draw, and each is
the glyph of the installed Noto face under the same CID (pdf_fonts.py keeps
each glyph under its CID: a viewer that looked glyphs up by their place
would draw other characters)."""

import io
import subprocess
from functools import cache

from fontTools.cffLib import CFFFontSet
from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont


@cache
def installed(family, bold):
    """The installed face (Debian's fonts-noto-cjk) the PDF's font was cut from."""
    pattern = f"{family}:{'bold' if bold else 'regular'}"
    found = subprocess.run(
        ["fc-match", "--format=%{file}|%{index}", pattern], capture_output=True, text=True, check=True
    ).stdout
    path, index = found.split("|")
    return TTFont(path, fontNumber=int(index), lazy=True)


def bounds(glyphs, name):
    pen = BoundsPen(glyphs)
    glyphs[name].draw(pen)
    return pen.bounds


def cid_fonts(pdf):
    seen = {}
    for page in pdf.reader.pages:
        for font in page["/Resources"]["/Font"].values():
            cid_font = font.get_object()["/DescendantFonts"][0].get_object()
            descriptor = cid_font["/FontDescriptor"].get_object()
            if "/FontFile3" in descriptor:
                seen[str(cid_font["/BaseFont"])] = (cid_font, descriptor)
    return seen.values()


def test_each_chinese_font_holds_the_glyphs_drawn_and_they_are_the_installed_faces(pdf):
    fonts = list(cid_fonts(pdf))
    assert fonts
    for cid_font, descriptor in fonts:
        widths = list(cid_font["/W"])
        drawn = {first + i for first, run in zip(widths[::2], widths[1::2], strict=True) for i in range(len(run))}
        program = descriptor["/FontFile3"].get_object()
        # A bare CID-keyed CFF: wrapped in OpenType, poppler takes a CID for the glyph's place.
        assert program["/Subtype"] == "/CIDFontType0C", cid_font["/BaseFont"]
        cff = CFFFontSet()
        cff.decompile(io.BytesIO(program.get_data()), None)
        top = cff[cff.fontNames[0]]
        names = top.charset
        assert set(names) == {".notdef"} | {f"cid{cid:05d}" for cid in drawn}, cid_font["/BaseFont"]
        face = installed(str(descriptor["/FontFamily"]), "Bold" in str(cid_font["/BaseFont"]))
        order = face.getGlyphOrder()
        theirs = face.getGlyphSet()
        for name in names[1:]:
            assert bounds(top.CharStrings, name) == bounds(theirs, order[int(name[3:])]), (cid_font["/BaseFont"], name)
