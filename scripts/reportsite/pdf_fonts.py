"""The PDF's Chinese fonts with only the glyphs it draws.

WeasyPrint subsets each font but keeps every glyph's place up to the last
one used (its content streams name glyphs by their number): a Noto CJK
subset still holds some 63,000 empty glyphs, with their widths and offsets,
about 200 KB per face, five faces per PDF. Noto CJK's CFF outlines are
CID-keyed, and a PDF viewer finds a CID-keyed glyph through the font's own
charset (CID -> glyph; ISO 32000-1, 9.7.4.2), not by its place: so the font
can keep only the glyphs the PDF draws, each under its own CID, and the pages,
widths and text (which name CIDs) stay as they are.
"""

from __future__ import annotations

import io
from typing import Any

from fontTools import subset
from fontTools.ttLib import TTFont


def _object(pdf: Any, reference: Any) -> Any:
    """The pydyf object a reference (b"12 0 R") names."""
    return pdf.objects[int(bytes(reference).split()[0])]


def used_cids(widths: Any) -> set[int]:
    """The CIDs a CIDFont's W array gives widths for (WeasyPrint writes one
    for every glyph drawn): `first [w1 w2 …]` runs."""
    cids: set[int] = set()
    items = list(widths)
    for first, run in zip(items[::2], items[1::2], strict=True):
        cids.update(range(int(first), int(first) + len(run)))
    return cids


def compact(font: bytes, cids: set[int]) -> bytes | None:
    """The OpenType font with only .notdef and the glyphs of `cids`, each
    under its CID; None when it is not CID-keyed CFF (kept as it is)."""
    ttfont = TTFont(io.BytesIO(font))
    if "CFF " not in ttfont or not hasattr(ttfont["CFF "].cff.topDictIndex[0], "ROS"):
        return None
    options = subset.Options(
        retain_gids=False, notdef_outline=True, hinting=False, desubroutinize=True, layout_features=[], name_IDs=["*"]
    )
    options.drop_tables += ["GSUB", "GPOS"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(gids=sorted(cids | {0}))
    subsetter.subset(ttfont)
    if ttfont.getGlyphOrder()[1:] != [f"cid{cid:05d}" for cid in sorted(cids - {0})]:
        return None  # a glyph would change its CID: leave the font whole
    out = io.BytesIO()
    ttfont["CFF "].cff.compile(out, ttfont, isCFF2=False)
    return out.getvalue()


def compact_fonts(_document: Any, pdf: Any) -> None:
    """WeasyPrint's finisher: every CID-keyed CFF font of the PDF, compacted."""
    needed: dict[int, set[int]] = {}  # font file object -> CIDs drawn, of every font that uses it
    for item in pdf.objects:
        if isinstance(item, dict) and item.get("Subtype") == "/CIDFontType0" and "W" in item:
            descriptor = _object(pdf, item["FontDescriptor"])
            if "FontFile3" in descriptor:
                needed.setdefault(int(bytes(descriptor["FontFile3"]).split()[0]), set()).update(used_cids(item["W"]))
    for number, cids in needed.items():
        stream = pdf.objects[number]
        smaller = compact(b"".join(bytes(part) for part in stream.stream), cids)
        if smaller is not None:
            stream.stream = [smaller]
            stream.extra["Subtype"] = "/CIDFontType0C"  # the outlines alone: no glyph is found by its place
