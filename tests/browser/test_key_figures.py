"""The key-figures page and the charts as readers see them, in Chromium:
every figure of the open data (metrics.json), as the reader reads it, in
both languages, on a desktop and a phone, each leading to its row; charts
that read without JavaScript, bars from zero drawn to scale, the "more than"
end marked, visible in light, dark and print."""

import json

import pytest
from playwright.sync_api import expect

from reportsite.browser import new_context, settle

EDITIONS = {"zh": "", "en": "en/"}

SHOWN = """rows => rows.map(row => ({
  code: row.querySelector(".metric-code").innerText.trim(),
  href: row.querySelector(".metric-code a").href,
  label: row.querySelector(".metric-label").innerText.trim(),
  value: row.querySelector(".metric-value").innerText.trim(),
  unit: row.querySelector(".metric-unit").innerText.trim(),
  note: row.querySelector(".metric-note").innerText.trim(),
}))"""


def expected_rows(site_dir, lang, base):
    rows = []
    for record in json.loads((site_dir / "data" / "metrics.json").read_text(encoding="utf-8")):
        value = record[f"value_{lang}"].replace("-", "−")
        if record["approx"] and lang == "en":
            value = "more than " + value.removesuffix("+")
        rows.append(
            {
                "code": record["code"],
                "href": base + EDITIONS[lang] + record["url"],
                "label": record[f"label_{lang}"],
                "value": value,
                "unit": record[f"unit_{lang}"],
                "note": record[f"note_{lang}"],
            }
        )
    return rows


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_the_key_figures_page_shows_every_figure_of_the_open_data(browser, base_url, site_dir, lang, width):
    context = new_context(browser, viewport={"width": width, "height": 900}, is_mobile=width < 400)
    page = context.new_page()
    page.goto(base_url + EDITIONS[lang] + "key-figures/")
    settle(page)
    rows = page.locator("table[data-key-figures] tbody tr")
    assert rows.evaluate_all(SHOWN) == expected_rows(site_dir, lang, base_url)
    for row in rows.all():
        for cell in row.locator(".metric-code, .metric-label, .metric-value").all():
            expect(cell).to_be_visible()
    context.close()


def test_a_figures_code_leads_to_its_row(web_page, base_url):
    page = web_page.page
    page.goto(base_url + "en/key-figures/")
    page.locator("table[data-key-figures]").get_by_role("link", name="HR-09", exact=True).click()
    page.wait_for_load_state("load")
    assert page.url == base_url + "en/work-advancement/hardship-relief/#hr-09"
    row = page.locator("tr#hr-09")
    expect(row).to_be_in_viewport()
    assert row.evaluate("row => row.matches(':target')")
    web_page.assert_clean()


BARS = """figure => [...figure.querySelectorAll("tbody tr")].map(row => {
  const track = row.querySelector(".chart__track"), bar = row.querySelector(".chart__bar");
  const t = track.getBoundingClientRect(), b = bar.getBoundingClientRect(), s = getComputedStyle(bar);
  const after = getComputedStyle(bar, "::after");
  return {
    // measured against the track's inside: from its zero line to its end
    value: row.querySelector(".chart__value").innerText,
    start: b.left - (t.left + track.clientLeft), share: b.width / track.clientWidth,
    thickness: parseFloat(s.borderTopWidth), colour: s.borderTopColor, more: after.content !== "none",
    moreShown: after.content !== "none" && parseFloat(after.width) > 0 && after.borderTopStyle === "dashed",
  };
})"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_read_without_javascript_with_bars_from_zero_to_scale(browser, base_url, scheme):
    context = new_context(
        browser, viewport={"width": 360, "height": 740}, java_script_enabled=False, color_scheme=scheme
    )
    page = context.new_page()
    page.goto(base_url + "en/work-advancement/hardship-relief/")
    chart = page.get_by_role("table", name="People served by the “Spring Breeze Campaign”")
    expect(chart).to_be_visible()
    assert chart.get_by_role("rowheader").all_inner_texts() == [
        "People given business start-up services",
        "People taking part in vocational skills training",
        "People placed in jobs elsewhere through organised labour transfer",
        "People given labour rights protection and legal aid",
    ]
    bars = page.locator("figure#chart-spring-breeze").evaluate(BARS)
    assert [bar["value"] for bar in bars] == ["3,820 people", "3,692 people", "403 people", "more than 450 people"]
    for bar, number in zip(bars, (3820, 3692, 403, 450), strict=True):
        assert abs(bar["start"]) < 1  # every bar starts at the zero line
        assert abs(bar["share"] - number / 3820) < 0.01  # and is as long as its number says
        assert bar["thickness"] > 0 and bar["colour"] not in ("rgba(0, 0, 0, 0)", "transparent")
        assert bar["moreShown"] == (number == 450)  # "more than": a dashed end, on that bar only
    rates = page.locator("figure#chart-households-checked").evaluate(BARS)
    assert [round(bar["share"], 2) for bar in rates] == [1.0, 0.66]  # 4,172 of 6,317
    context.close()


def test_printed_charts_keep_their_bars(browser, base_url):
    context = new_context(browser, viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(base_url + "work-advancement/social-harmony/")
    page.emulate_media(media="print")
    bars = page.locator("figure#chart-factory-affairs").evaluate(BARS)
    assert [round(bar["share"], 3) for bar in bars] == [0.956, 0.946]  # rates: each from 0 to 100 %
    assert all(bar["thickness"] > 0 for bar in bars)
    context.close()


# The contrast of an element's text with the background it stands on (the
# first ancestor with one), as WCAG computes it.
CONTRAST = """element => {
  const rgb = text => text.match(/[\\d.]+/g).slice(0, 4).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map(v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  let back = element;
  while (back && (rgb(getComputedStyle(back).backgroundColor)[3] ?? 1) === 0) back = back.parentElement;
  const [a, b] = [lum(rgb(getComputedStyle(element).color)), lum(rgb(getComputedStyle(back || document.body).backgroundColor))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_the_key_figures_page_opens_with_its_summary_and_a_jump_to_each_part_on_one_screen(browser, base_url, lang):
    # one page per colour scheme, the viewports looped on it: a phone's first screen holds the whole summary
    url = base_url + EDITIONS[lang] + "key-figures/"
    for scheme in ("light", "dark"):
        context = new_context(browser, viewport={"width": 360, "height": 740}, color_scheme=scheme)
        page = context.new_page()
        page.goto(url)
        settle(page)
        summary = page.locator("article .key-figures__summary")
        jumps = summary.locator("nav a")
        headings = page.locator("article :is(h2, h3)[id]").evaluate_all("hs => hs.map(h => '#' + h.id)")
        assert jumps.evaluate_all("links => links.map(a => a.getAttribute('href'))") == headings
        for width, height in ((360, 740), (390, 844), (1366, 768)):
            page.set_viewport_size({"width": width, "height": height})
            settle(page)
            page.evaluate("window.scrollTo(0, 0)")
            expect(summary).to_be_in_viewport(ratio=1)
            assert summary.evaluate("s => s.getBoundingClientRect().top") < page.locator(
                "article h1 + p, article h1 ~ p"
            ).first.evaluate("p => p.getBoundingClientRect().top")
            for link in jumps.all():
                assert link.evaluate(CONTRAST) >= 4.5, (scheme, width, link.inner_text())
        jumps.nth(1).click()
        settle(page)
        target = jumps.nth(1).get_attribute("href")
        assert page.url.endswith(target)
        expect(page.locator(f"article {target}")).to_be_in_viewport()
        context.close()
