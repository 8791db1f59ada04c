"""Each page's share image and the tags that show it when a link is shared:
a 1200×630 PNG with the page's title drawn on it (and, on a page with
figures, its headline figures), named by complete Open Graph and Twitter
card tags with its full address; the same page drawn twice gives the same
bytes."""

from urllib.parse import urlsplit

import lxml.html
import pytest
from PIL import Image, ImageChops

from reportsite import share_image
from reportsite.glance import Glance
from reportsite.paths import page_url
from reportsite.share_image import HEIGHT, WIDTH, drawn_lines

EDITIONS = {"zh": "", "en": "en/"}
PAGE = "work-advancement/hardship-relief/"


def head_tags(built):
    head = lxml.html.parse(str(built)).getroot().find("head")
    return {(meta.get("property") or meta.get("name")): meta.get("content") for meta in head.iter("meta")}


@pytest.fixture(scope="module")
def site_url(real_site):
    return real_site.editions["zh"].config.site_url


def image_of(site_dir, site_url, address):
    """The built file an absolute og:image address names."""
    assert address.startswith(site_url), address
    return site_dir / urlsplit(address).path.removeprefix(urlsplit(site_url).path)


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_every_page_has_complete_share_tags_naming_its_image(site_dir, site_url, real_site, lang):
    folder = site_dir / EDITIONS[lang]
    pages = [folder / page_url(rel) / "index.html" for rel in sorted(real_site.editions[lang].readings)]
    for built in pages:
        tags = head_tags(built)
        image = image_of(site_dir, site_url + EDITIONS[lang], tags["og:image"])
        with Image.open(image) as png:
            assert png.format == "PNG" and png.size == (WIDTH, HEIGHT), built
        assert (tags["og:image:width"], tags["og:image:height"]) == (str(WIDTH), str(HEIGHT))
        assert tags["og:image:type"] == "image/png"
        assert tags["og:image:alt"] and tags["twitter:image:alt"] == tags["og:image:alt"]
        assert tags["twitter:card"] == "summary_large_image"
        assert tags["twitter:image"] == tags["og:image"]
        assert tags["og:url"].startswith(site_url) and tags["twitter:title"]


def test_the_image_shows_the_title_and_headline_figures(site_dir, site_url, real_site):
    built = site_dir / PAGE / "index.html"
    title = lxml.html.parse(str(built)).getroot().xpath("//article//h1")[0].text_content().rstrip("#").strip()
    path = image_of(site_dir, site_url, head_tags(built)["og:image"])
    with Image.open(path) as png:
        image = png.convert("RGB")
    assert png.mode == "RGB"
    assert len(image.getcolors(maxcolors=100000)) > 50  # text drawn antialiased, not a blank or flat card
    lines = [line.text for line in drawn_lines(path)]
    assert lines[1] == title
    # The title's band holds ink of the text's colour, and it is this page's:
    # another page's image differs there.
    band = (share_image.MARGIN, 140, WIDTH - share_image.MARGIN, 300)
    dark = sum(1 for pixel in image.crop(band).get_flattened_data() if max(pixel) < 80)
    assert dark > 2000
    with Image.open(site_dir / share_image.image_path("about/")) as other:
        assert ImageChops.difference(image.crop(band), other.convert("RGB").crop(band)).getbbox() is not None
    # its headline figures: the first rows of its table, value and unit as the table gives them
    rows = lxml.html.parse(str(built)).getroot().xpath("//table[@data-metric-table]//tr[@id]")[:3]
    for row, line in zip(rows, lines[3:], strict=True):
        value, unit = (row.find_class(css)[0].text_content().strip() for css in ("metric-value", "metric-unit"))
        assert line.startswith(value + unit), line


def test_the_same_page_is_drawn_to_the_same_bytes(real_site):
    glance = Glance.of(real_site, "zh", {})
    figures = share_image.headline(glance.figures, "work-advancement/hardship-relief.md", [], None)
    assert len(figures) == share_image.MAX_FIGURES
    image = share_image.describe("a/b/", "站名", "全面推进困难职工解困脱困", figures, "zh", "西宁市总工会")
    first = share_image.draw(image)
    share_image._draw.cache_clear()
    assert share_image.draw(image) == first
    assert image.path == "share/a-b.png"
