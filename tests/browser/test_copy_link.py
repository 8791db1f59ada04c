"""A figure's "copy link", in Chromium: beside every row's code (a table at
1366 px, a card at 360 and 390 px, light and dark), a button with a target
of at least 44×44 px on screen and a name in the edition's language, that
the keyboard reaches and presses; it copies the figure's full address and
says so to screen readers (role=status). From the file system, where the
browser refuses to copy, the address is shown selected, with what to do.
The code itself looks like a link."""

import pytest

from conftest import watch
from reportsite.browser import new_context, settle
from reportsite.catalog import READER

PAGE = "work-advancement/hardship-relief/"
EDITIONS = {"zh": "", "en": "en/"}
SIZES = ((360, "light"), (390, "dark"), (1366, "light"), (1366, "dark"))
WORDS = READER["copy_link"]


@pytest.fixture(scope="module", params=sorted(EDITIONS))
def page(request, browser, base_url):
    lang = request.param
    context = new_context(browser, viewport={"width": 1366, "height": 900}, has_touch=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    watched = watch(context.new_page(), base_url)
    watched.page.goto(base_url + EDITIONS[lang] + PAGE)
    settle(watched.page)
    yield lang, watched
    context.close()


def test_every_row_has_a_named_copy_button_big_enough_to_tap(page):
    lang, watched = page
    tab = watched.page
    rows = tab.locator("table[data-metric-table] tbody tr[id]")
    count = rows.count()
    assert count > 5
    for width, scheme in SIZES:
        tab.set_viewport_size({"width": width, "height": 900})
        tab.emulate_media(color_scheme=scheme)
        for n in range(count):
            row = rows.nth(n)
            code = row.locator("a.metric-anchor").inner_text()
            button = row.locator("button.metric-copy")
            assert button.get_attribute("aria-label") == WORDS[lang]["name"].format(code=code)
            # mid-screen: the theme's "back to top" floats over the top of the page as it scrolls up
            button.evaluate("b => b.scrollIntoView({block: 'center'})")
            box = button.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44, (width, code, box)
            # on screen, inside the row's card or cell, not covered by anything
            hit = tab.evaluate(
                "([x, y]) => document.elementFromPoint(x, y).closest('button.metric-copy') !== null"
                " || document.elementFromPoint(x, y).outerHTML.slice(0, 120)",
                [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
            )
            assert hit is True, (width, scheme, code, hit)
        # the code is a link and looks like one: underlined, in the links' colour, not the muted text's
        style = rows.first.locator("a.metric-anchor").evaluate(
            "a => [getComputedStyle(a).textDecorationLine, getComputedStyle(a).color,"
            " getComputedStyle(a.closest('tr').querySelector('.metric-unit')).color]"
        )
        assert style[0] == "underline" and style[1] != style[2], (width, scheme, style)
    assert watched.console_errors == []


def test_the_keyboard_copies_a_figures_address_and_it_is_said(page, base_url):
    lang, watched = page
    tab = watched.page
    tab.set_viewport_size({"width": 390, "height": 844})
    row = tab.locator("tr#hr-09")
    row.locator("a.metric-anchor").focus()
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.matches('tr#hr-09 button.metric-copy')")
    tab.keyboard.press("Enter")
    status = tab.locator(".copy-toast [role=status]")
    status.filter(has_text="HR-09").wait_for()
    assert status.inner_text() == WORDS[lang]["copied"].format(code="HR-09")
    assert tab.evaluate("navigator.clipboard.readText()") == base_url + EDITIONS[lang] + PAGE + "#hr-09"
    # Space works too, on another row, and says that one
    tab.locator("tr#hr-10 button.metric-copy").focus()
    tab.keyboard.press(" ")
    status.filter(has_text="HR-10").wait_for()
    assert tab.evaluate("navigator.clipboard.readText()").endswith(PAGE + "#hr-10")


def test_from_the_file_system_without_a_clipboard_the_address_is_shown_selected(browser, offline_site_dir):
    context = new_context(browser, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    # A browser that gives no clipboard to a file, and cannot copy a selection either.
    context.add_init_script(
        "Object.defineProperty(navigator, 'clipboard', {value: undefined}); document.execCommand = () => false;"
    )
    tab = context.new_page()
    tab.goto((offline_site_dir / "work-advancement" / "hardship-relief.html").as_uri())
    settle(tab)
    tab.locator("tr#hr-09 button.metric-copy").tap()
    field = tab.locator(".copy-toast input.copy-toast__address")
    field.wait_for()
    address = field.input_value()
    assert address.startswith("file://") and address.endswith("/work-advancement/hardship-relief.html#hr-09")
    selected = tab.evaluate(
        "() => { const e = document.activeElement; return [e.selectionStart, e.selectionEnd, e.value.length]; }"
    )
    assert selected == [0, len(address), len(address)]
    assert tab.locator(".copy-toast [role=status]").inner_text() == WORDS["zh"]["select"].format(code="HR-09")
    box = field.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360 and box["height"] >= 44
    tab.keyboard.press("Escape")  # back to the button; the address goes
    assert tab.evaluate("document.activeElement.matches('tr#hr-09 button.metric-copy')")
    assert not field.is_visible()
    context.close()
