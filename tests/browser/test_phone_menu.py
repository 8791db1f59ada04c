"""The phone's menu by keyboard and screen reader, in Chromium at 360 and 390
px, both editions, light and dark: the keyboard alone reaches the named menu
button and opens the drawer (Enter, Space), focus moves into it and goes
round the panel on screen (Tab, Shift+Tab), a section's panel opens and
closes by keyboard, and Escape, the drawer's close button and a press beside
the drawer close it, focus back on the menu button; axe finds no violation
with the drawer open; the drawer slides only when motion is welcome, and
once closed is out of reach. At 1366 px the navigation is the page's
column, as before."""

from types import SimpleNamespace

import pytest

from conftest import ROOT, watch
from reportsite.browser import new_context, settle
from reportsite.catalog import READER

AXE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
EDITIONS = {"zh": "", "en": "en/"}
PAGE = "work-advancement/hardship-relief/"  # a section's page: the drawer opens on the section's panel
BUTTON = "button.site-menu-button"
CLOSE = ".md-sidebar--primary > button.site-menu-close"

# Where focus is: what it is, its name, and whether a reader sees it (inside
# the open drawer, on screen, not under another panel).
FOCUS = """() => {
  const e = document.activeElement;
  const box = e.getBoundingClientRect();
  const x = box.left + Math.min(box.width / 2, 20), y = box.top + box.height / 2;
  const top = document.elementFromPoint(x, y);
  return {
    tag: e.tagName.toLowerCase(),
    name: e.getAttribute("aria-label") || e.textContent.trim().replace(/\\s+/g, " "),
    menuButton: e.matches("button.site-menu-button"),
    close: e.matches("button.site-menu-close"),
    inDrawer: !!e.closest(".md-sidebar--primary"),
    seen: box.width > 0 && box.left >= 0 && box.right <= innerWidth + 1 && !!top && (e === top || e.contains(top)),
  };
}"""
DRAWER_OPEN = "() => document.getElementById('__drawer').checked"
DRAWER_CLOSED = "() => !document.getElementById('__drawer').checked"


def focus(page):
    return page.evaluate(FOCUS)


def key(page, name, until=None):
    page.keyboard.press(name)
    if until:
        page.wait_for_function(until)
    settle(page)
    return focus(page)


def violations(page):
    page.evaluate(AXE)  # through DevTools: the page's own policy refuses injected scripts
    return page.evaluate(
        """async () => (await axe.run()).violations.map(v =>
             `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(" ")).slice(0, 3).join(", ")}`)"""
    )


def round_the_drawer(page):
    """Tab from where focus is until it comes back there: every stop."""
    start = focus(page)
    stops = [start]
    for _ in range(60):
        now = key(page, "Tab")
        if now == start:
            return stops
        stops.append(now)
    raise AssertionError(f"Tab never came back to {start['name']}: {[s['name'] for s in stops]}")


def open_by_keyboard(page, how):
    now = key(page, how, DRAWER_OPEN)
    assert now["close"] and now["seen"], now  # focus moved into the drawer, on its close button
    return now


@pytest.fixture
def phone_page(browser, base_url, request):
    width, scheme, lang = request.param
    context = new_context(
        browser, viewport={"width": width, "height": 780}, is_mobile=True, has_touch=True, color_scheme=scheme
    )
    watched = watch(context.new_page(), base_url)
    watched.page.goto(base_url + EDITIONS[lang] + PAGE)
    settle(watched.page)
    yield SimpleNamespace(page=watched.page, width=width, scheme=scheme, lang=lang)
    watched.assert_clean()
    context.close()


WALKS = [(width, scheme, lang) for width in (360, 390) for scheme in ("light", "dark") for lang in sorted(EDITIONS)]


@pytest.mark.parametrize("phone_page", WALKS, indirect=True, ids=lambda p: "-".join(map(str, p)))
def test_the_menu_by_keyboard_only(phone_page):
    page, lang = phone_page.page, phone_page.lang
    words = READER["menu"][lang]

    # Tab from the top of the page reaches the menu button, named in the edition's language.
    for _ in range(5):
        now = key(page, "Tab")
        if now["menuButton"]:
            break
    assert now["menuButton"] and now["name"] == words["open"], now
    button = page.locator(BUTTON)
    assert page.get_by_role("button", name=words["open"], exact=True).is_visible()  # as a screen reader names it
    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-controls") == page.locator(".md-sidebar--primary").get_attribute("id")

    # Enter opens the drawer: a named modal dialog; focus inside, and it stays inside.
    open_by_keyboard(page, "Enter")
    assert button.get_attribute("aria-expanded") == "true"
    drawer = page.locator(".md-sidebar--primary")
    assert (drawer.get_attribute("role"), drawer.get_attribute("aria-modal")) == ("dialog", "true")
    assert drawer.get_attribute("aria-label") == words["name"]
    assert page.get_by_role("dialog", name=words["name"], exact=True).is_visible()
    assert page.get_by_role("button", name=words["close"], exact=True).is_visible()
    assert page.locator(CLOSE).get_attribute("aria-label") == words["close"]
    if phone_page.width == 360:
        page.screenshot(path=f"/tmp/menu-{lang}-{phone_page.scheme}.png")
    assert violations(page) == []

    stops = round_the_drawer(page)
    unseen = [stop for stop in stops if not (stop["inDrawer"] and stop["seen"])]
    assert unseen == [], unseen
    # The section's panel: its back arrow, its pages, the page's own contents.
    names = [stop["name"] for stop in stops]
    assert len(stops) >= 4, names
    assert key(page, "Shift+Tab") == stops[-1]  # backwards, round the other way
    assert key(page, "Tab") == stops[0]

    # Escape closes it; focus is back on the menu button.
    now = key(page, "Escape", DRAWER_CLOSED)
    assert now["menuButton"], now
    assert button.get_attribute("aria-expanded") == "false"
    assert drawer.get_attribute("role") is None

    # Space opens it too; the close button closes it (Enter), focus back on the button.
    open_by_keyboard(page, " ")
    now = key(page, "Enter", DRAWER_CLOSED)
    assert now["menuButton"], now

    # Once closed, the drawer is out of the Tab order: the next stops are the header's.
    after = key(page, "Tab")
    assert not after["inDrawer"], after


@pytest.mark.parametrize("phone_page", [(360, "light", "zh"), (390, "dark", "en")], indirect=True, ids=str)
def test_a_section_opens_and_closes_by_keyboard(phone_page):
    page = phone_page.page
    page.locator(BUTTON).focus()
    open_by_keyboard(page, "Enter")

    # The section's panel is on screen: its back arrow (a button) leads to the first level.
    back = key(page, "Tab")
    assert back["tag"] == "label" and back["seen"], back
    now = key(page, "Enter", "() => !document.getElementById('__nav_5').checked")
    assert now["inDrawer"] and now["seen"] and now["tag"] == "label", now  # on the section's opener
    first_level = round_the_drawer(page)
    assert [s for s in first_level if not s["seen"]] == [], first_level
    assert sum(s["tag"] == "label" for s in first_level) >= 4, first_level  # every section's opener

    # Space on an opener opens its panel again, focus on its back arrow.
    for _ in range(len(first_level)):
        if focus(page)["tag"] == "label":
            break
        key(page, "Tab")
    now = key(page, " ", "() => [...document.querySelectorAll('.md-nav__toggle')].some(t => t.checked)")
    assert now["tag"] == "label" and now["seen"], now
    assert page.evaluate("() => document.activeElement.classList.contains('md-nav__title')")

    # Escape closes the whole drawer from any panel.
    assert key(page, "Escape", DRAWER_CLOSED)["menuButton"]


@pytest.mark.parametrize("phone_page", [(360, "dark", "zh"), (390, "light", "en")], indirect=True, ids=str)
def test_a_press_beside_the_drawer_closes_it(phone_page):
    page = phone_page.page
    page.locator(BUTTON).focus()
    open_by_keyboard(page, "Enter")
    page.mouse.click(phone_page.width - 20, 400)  # the overlay beside the drawer
    page.wait_for_function(DRAWER_CLOSED)
    settle(page)
    assert focus(page)["menuButton"]
    assert page.locator(BUTTON).get_attribute("aria-expanded") == "false"


@pytest.mark.parametrize("lang", sorted(EDITIONS))
def test_a_wide_screen_keeps_its_navigation_column(browser, base_url, lang):
    context = new_context(browser, viewport={"width": 1366, "height": 900})
    watched = watch(context.new_page(), base_url)
    page = watched.page
    page.goto(base_url + EDITIONS[lang] + PAGE)
    settle(page)
    assert not page.locator(BUTTON).is_visible()
    assert not page.locator(CLOSE).is_visible()
    drawer = page.locator(".md-sidebar--primary")
    assert drawer.is_visible() and drawer.get_attribute("role") is None
    # Sections stand open as headings, not buttons, as the theme has them.
    assert page.locator("label.md-nav__link[for=__nav_3]").get_attribute("tabindex") in ("", None)
    assert page.locator("label.md-nav__link[for=__nav_3]").get_attribute("role") is None
    # Tab goes from the header into the navigation column and on into the page.
    stops = [key(page, "Tab") for _ in range(12)]
    assert any(stop["inDrawer"] and stop["tag"] == "a" for stop in stops), stops
    assert not any(stop["close"] or stop["menuButton"] for stop in stops), stops
    assert violations(page) == []
    watched.assert_clean()
    context.close()


@pytest.mark.parametrize("phone_page", [(360, "light", "en"), (390, "dark", "zh")], indirect=True, ids=str)
def test_the_page_s_contents_lead_focus_to_their_place(phone_page):
    page = phone_page.page
    page.locator(BUTTON).focus()
    open_by_keyboard(page, "Enter")
    # The theme's keys for the page wait while the menu is open: S does not open the search.
    assert key(page, "s")["close"]
    assert page.evaluate("() => !document.getElementById('__search').checked")

    # The page's own entry opens its contents (a panel of their own).
    for _ in range(20):
        if page.evaluate("() => document.activeElement.matches('label[for=__toc]')"):
            break
        key(page, "Tab")
    now = key(page, "Enter", "() => document.getElementById('__toc').checked")
    assert now["tag"] == "label" and now["seen"], now  # the contents' back arrow
    link = key(page, "Tab")
    assert link["tag"] == "a" and link["seen"], link
    target = page.evaluate("() => decodeURIComponent(document.activeElement.hash.slice(1))")

    # Following a place on this page closes the drawer; focus is at the place.
    page.keyboard.press("Enter")
    page.wait_for_function(DRAWER_CLOSED)
    settle(page)
    assert page.evaluate("() => document.activeElement.id") == target


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_the_drawer_slides_only_for_readers_who_welcome_motion(browser, base_url, motion):
    context = browser.new_context(viewport={"width": 360, "height": 780}, is_mobile=True, reduced_motion=motion)
    page = context.new_page()
    page.goto(base_url + PAGE)
    settle(page)
    durations = "() => getComputedStyle(document.querySelector('.md-sidebar--primary')).transitionDuration"
    slides = page.evaluate(durations) != "0s"
    assert slides == (motion == "no-preference")
    page.locator(BUTTON).focus()
    assert open_by_keyboard(page, "Enter")["close"]  # focus moves in, sliding or not
    assert key(page, "Escape", DRAWER_CLOSED)["menuButton"]
    # Once it has slid away (or at once), the closed drawer is out of sight and reach.
    assert (
        page.evaluate("() => getComputedStyle(document.querySelector('.md-sidebar--primary')).visibility") == "hidden"
    )
    context.close()
