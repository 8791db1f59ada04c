"""A share image per page (issue 27): the picture a link to the page shows
when shared (og:image, twitter:image), 1200×630 PNG, drawn at build time
with Pillow in Noto Sans CJK SC (Debian's fonts-noto-cjk, which
scripts/setup.sh installs): the site's name, the page's title, the
report's issuer and its headline figures, each its row's value, unit and indicator (the home page
and the key-figures page: the home page's key figures, data/key_figures.yml;
a page with a metric table: its first rows; other pages: none).

What is drawn is written into the PNG too, as a text chunk (`TEXT_KEY`,
JSON: each line and the row it comes from), so that the last check of a
build (delivered.py) accounts for the figures of every image it finds in
the output, from the image itself, as it does for a page's text.

Nothing outside is asked; the same page gives the same bytes (no dates in
the file, a fixed compression, Pillow's basic text layout, which needs no
libraqm); an image already drawn for the same text, by the same code and
fonts, is reused from the cache (cache.py; drawing all of them takes a
couple of seconds).
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin

from . import cache
from .catalog import READER
from .figures import Figure
from .glance import with_unit

WIDTH, HEIGHT = 1200, 630
MIME = "image/png"
FOLDER = "share"  # under the edition's root: the edition's own, not a theme file (which the editions share)
TEXT_KEY = "reportsite:text"  # the PNG's text chunk holding what is drawn
FONT_DIR = Path("/usr/share/fonts/opentype/noto")
FONTS = {"regular": "NotoSansCJK-Regular.ttc", "bold": "NotoSansCJK-Bold.ttc"}
SC = 2  # the face of Simplified Chinese in the collections (JP, KR, SC, TC, HK)
MAX_FIGURES = 3
# The theme's colours (extra.css): its red, and text on it.
BACKGROUND = (255, 255, 255)
BAND = (163, 29, 29)
ON_BAND = (255, 255, 255)
TEXT = (33, 33, 33)
MUTED = (90, 90, 90)
MARGIN = 64


@dataclass(frozen=True)
class Line:
    """A text drawn on an image, and what says what its figure is (a row's words)."""

    text: str
    context: str | None = None


@dataclass(frozen=True)
class ShareImage:
    path: str  # under the edition's root, e.g. share/work-advancement-hardship-relief.png
    alt: str  # what it shows, in words (og:image:alt)
    lines: tuple[Line, ...]  # the site's name, the title, the issuer, each figure
    figures: tuple[tuple[str, str], ...] = ()  # (value with unit, indicator) of each figure


class FontsMissingError(Exception):
    """fonts-noto-cjk is not installed."""


def image_path(url: str) -> str:
    """The image of the page at `url` (its address under the edition's root)."""
    name = url.strip("./").replace("/", "-") or "index"  # the home page's is "./"
    return f"{FOLDER}/{name}.png"


def headline(figures: dict[str, Figure], rel: str, home: list[str], generated: object) -> list[Figure]:
    """The figures an image of page `rel` shows."""
    if generated in ("home", "key-figures"):
        return [figures[code] for code in home if code in figures][:MAX_FIGURES]
    return [figure for figure in figures.values() if figure.rel == rel][:MAX_FIGURES]


def describe(url: str, site_name: str, title: str, figures: list[Figure], lang: str, issuer: str = "") -> ShareImage:
    """What the image of the page at `url` says (its lines, its alt text), not yet drawn."""
    words = READER["share"][lang]
    shown = [(figure, with_unit(figure, lang)) for figure in figures]
    lines = [Line(site_name), Line(title), Line(issuer)] + [
        Line(f"{value} {figure.label}", f"{figure.code} {figure.label} {value}") for figure, value in shown
    ]
    said = words["joiner"].join(words["figure"].format(label=figure.label, value=value) for figure, value in shown)
    alt = words["figures"].format(title=title, figures=said) if said else words["alt"].format(title=title)
    pairs = tuple((value, figure.label) for figure, value in shown)
    return ShareImage(image_path(url), alt, tuple(lines), pairs)


@functools.cache
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    path = FONT_DIR / FONTS[weight]
    if not path.is_file():
        raise FontsMissingError(str(path))
    return ImageFont.truetype(str(path), size, index=SC, layout_engine=ImageFont.Layout.BASIC)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, most: int) -> list[str]:
    """Lines of at most `width` pixels, at most `most` of them (the last cut with an ellipsis)."""
    words = text.split(" ") if " " in text else list(text)
    glue = " " if " " in text else ""
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current}{glue}{word}" if current else word
        if font.getlength(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > most:
        last = lines[most - 1]
        while last and font.getlength(last + "…") > width:
            last = last[:-1].rstrip()
        lines = [*lines[: most - 1], last + "…"]
    return lines


def _fitting(text: str, weight: str, size: int, width: int) -> ImageFont.FreeTypeFont:
    """The font of `size`, smaller if `text` is wider than `width`."""
    while size > 20 and _font(weight, size).getlength(text) > width:
        size -= 2
    return _font(weight, size)


def draw(image: ShareImage) -> bytes:
    """The PNG: the site's name on the band, the title, and a box per figure
    (its value with unit, its indicator)."""
    name, title, issuer = (line.text for line in image.lines[:3])
    return _draw(name, title, issuer, image.figures, _text_chunk(image))


def draw_cached(image: ShareImage) -> bytes:
    """The PNG, from the cache (cache.py) when the same image was drawn
    before: keyed by what it shows and by what draws it (this module,
    Pillow, the fonts), so that a stale copy is never used."""
    name = cache.key([_drawer(), _text_chunk(image), json.dumps(image.figures)])
    png = cache.get("share-image", name)
    if png is None:
        png = draw(image)
        cache.put("share-image", name, png)
    return png


@functools.cache
def _drawer() -> str:
    fonts = [f"{name}:{(FONT_DIR / name).stat().st_size}" for name in FONTS.values() if (FONT_DIR / name).is_file()]
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest() + PIL.__version__ + ",".join(fonts)


def _text_chunk(image: ShareImage) -> str:
    return json.dumps([{"text": line.text, "context": line.context} for line in image.lines], ensure_ascii=False)


@functools.cache
def _draw(site_name: str, title: str, issuer: str, figures: tuple[tuple[str, str], ...], chunk: str) -> bytes:
    canvas = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    pen = ImageDraw.Draw(canvas)
    pen.rectangle((0, 0, WIDTH, 96), fill=BAND)
    name_font = _fitting(site_name, "bold", 34, WIDTH - 2 * MARGIN)
    pen.text((MARGIN, 48), site_name, font=name_font, fill=ON_BAND, anchor="lm")
    title_font = _font("bold", 58 if figures else 72)
    y = 140
    for row in _wrap(title, title_font, WIDTH - 2 * MARGIN, 2 if figures else 4):
        pen.text((MARGIN, y), row, font=title_font, fill=TEXT)
        y += int(title_font.size * 1.3)
    if figures:
        gap = 24
        count = len(figures)
        box = (WIDTH - 2 * MARGIN - gap * (count - 1)) // count
        top, bottom = 330, 540
        for n, (value, label) in enumerate(figures):
            left = MARGIN + n * (box + gap)
            pen.rectangle((left, top, left + 6, bottom), fill=BAND)
            inner = box - 28
            size = 64 if count < 3 else 52
            value_font = _fitting(value, "bold", size, inner)
            y = top + 4
            lead = re.match(r"\D+(?=\d)", value)  # "more than " before an English figure
            if value_font.size < size * 0.8 and lead:
                # Too long for one line at its size: the words on a line of their own.
                pen.text((left + 24, y), lead[0].strip(), font=_font("bold", 28), fill=BAND)
                y += 38
                value = value[lead.end() :]
                value_font = _fitting(value, "bold", size, inner)
            pen.text((left + 24, y), value, font=value_font, fill=BAND)
            label_font = _font("regular", 26)
            ly = y + int(value_font.size * 1.35)
            for row in _wrap(label, label_font, inner, 3):
                pen.text((left + 24, ly), row, font=label_font, fill=MUTED)
                ly += 36
    if issuer:
        pen.text((MARGIN, HEIGHT - 44), issuer, font=_font("regular", 26), fill=MUTED, anchor="ls")
    pen.rectangle((0, HEIGHT - 12, WIDTH, HEIGHT), fill=BAND)
    info = PngImagePlugin.PngInfo()
    info.add_itxt(TEXT_KEY, chunk)  # UTF-8: Chinese text
    out = io.BytesIO()
    canvas.save(out, format="PNG", pnginfo=info, compress_level=6)  # level 9 takes 6 times as long for 3 % less
    return out.getvalue()


def drawn_lines(png: Path | bytes) -> list[Line]:
    """What an image drawn here says it shows (its text chunk); [] for another image."""
    try:
        with Image.open(io.BytesIO(png) if isinstance(png, bytes) else png) as image:
            chunk = image.text.get(TEXT_KEY) if hasattr(image, "text") else None  # type: ignore[attr-defined]
    except (OSError, ValueError):
        return []
    if not chunk:
        return []
    return [Line(item["text"], item.get("context")) for item in json.loads(chunk)]
