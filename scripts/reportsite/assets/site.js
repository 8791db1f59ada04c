/*
 * The site's own script (loaded with `defer` on every page; no other host,
 * no inline code, the Content-Security-Policy allows 'self' only). Without
 * it everything still reads: it only adds two things.
 *
 * 1. The language switch keeps the reader's place. The header links the same
 *    page in the other edition; here the link gets the place as an anchor
 *    when it is used: the address's own (#hr-09) while its place is on
 *    screen, else the last heading, figure row, chart or glossary entry the
 *    reader has scrolled past. Both editions give these the same ids (rules
 *    12 and 13; the glossary's terms), so the anchor lands on the same place,
 *    over http and from the file system alike.
 *
 * 2. Glossary terms open by touch and keyboard. An English page marks the
 *    first use of each term as <abbr title="explanation">. Here the term
 *    becomes a control (Tab reaches it; click, tap, Enter or Space opens its
 *    explanation; Escape, a second press or a press elsewhere closes it),
 *    and the explanation a small panel over the text: nothing on the page
 *    moves. Screen readers hear the explanation as the term's description.
 *
 * 3. The phone's menu works by keyboard and screen reader. Below the width
 *    of three columns the theme's navigation is a drawer, opened by a label
 *    (the header's menu icon) for a hidden checkbox: only a pointer reaches
 *    it. Here a named button takes the icon's place (Tab reaches it, Enter
 *    or Space opens the drawer; aria-expanded says whether it is open), the
 *    drawer becomes a named modal dialog with a close button of its own, and
 *    while it is open focus stays in it: it moves in as the drawer opens, Tab
 *    and Shift+Tab go round the panel on screen (a section's panel slides
 *    over the list: its opener and its back arrow are tab stops too, pressed
 *    by Enter or Space), Escape, the close button or a press beside the
 *    drawer closes it, and focus goes back to the menu button. The words
 *    come with the script, in the edition's language (data-menu-* on its
 *    tag: the catalog's READER "menu").
 */
(function () {
  "use strict";

  // --- 1. the language switch ---------------------------------------------------

  var PLACES = "h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], tr[id], figure[id], dt[id]";

  function headerBottom() {
    var header = document.querySelector(".md-header");
    return header ? header.getBoundingClientRect().bottom : 0;
  }

  function onScreen(element) {
    var box = element.getBoundingClientRect();
    return box.bottom > headerBottom() && box.top < window.innerHeight;
  }

  function currentPlace() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && onScreen(target)) return id; // not once the reader has scrolled on
    if (window.scrollY <= 0) return "";
    // The place the reader is at: the first one showing near the top of the
    // text (a row scrolled to sits below the header by its scroll margin),
    // else the last one scrolled past (the reader is inside its section).
    var top = headerBottom();
    var near = top + (window.innerHeight - top) / 3;
    var found = "";
    var places = document.querySelectorAll(".md-content " + PLACES.split(", ").join(", .md-content "));
    for (var i = 0; i < places.length; i++) {
      var placeTop = places[i].getBoundingClientRect().top;
      if (placeTop >= top - 1) return placeTop <= near ? places[i].id : found;
      found = places[i].id;
    }
    return found;
  }

  function keepPlace(event) {
    var link = event.currentTarget;
    var base = link.getAttribute("href").split("#")[0];
    var place = currentPlace();
    link.setAttribute("href", place ? base + "#" + encodeURIComponent(place) : base);
  }

  var switches = document.querySelectorAll("a[data-language-switch]");
  for (var s = 0; s < switches.length; s++) {
    ["pointerdown", "focus", "click", "contextmenu"].forEach(function (type) {
      switches[s].addEventListener(type, keepPlace);
    });
  }

  // --- 2. glossary terms --------------------------------------------------------

  var usePopover = typeof HTMLElement.prototype.showPopover === "function";
  var open = null; // the term whose explanation is shown

  function tipOf(term) {
    return document.getElementById(term.getAttribute("aria-controls"));
  }

  function place(term, tip) {
    var rects = term.getClientRects();
    var rect = rects[rects.length - 1] || term.getBoundingClientRect();
    var margin = 8;
    var width = tip.offsetWidth;
    var left = Math.max(margin, Math.min(rect.left, window.innerWidth - width - margin));
    var top = rect.bottom + 4;
    if (top + tip.offsetHeight > window.innerHeight - margin) {
      top = Math.max(margin, rects[0].top - tip.offsetHeight - 4);
    }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function show(term) {
    if (open && open !== term) hide(open);
    var tip = tipOf(term);
    if (usePopover) tip.showPopover();
    else tip.hidden = false;
    term.setAttribute("aria-expanded", "true");
    place(term, tip);
    open = term;
  }

  function hide(term) {
    var tip = tipOf(term);
    if (usePopover) {
      if (tip.matches(":popover-open")) tip.hidePopover();
    } else {
      tip.hidden = true;
    }
    term.setAttribute("aria-expanded", "false");
    if (open === term) open = null;
  }

  function toggle(term) {
    if (open === term) hide(term);
    else show(term);
  }

  var terms = document.querySelectorAll(".md-typeset abbr[title]");
  for (var t = 0; t < terms.length; t++) {
    var term = terms[t];
    var tip = document.createElement("span");
    tip.id = "term-tip-" + (t + 1);
    tip.className = "term-tip";
    tip.setAttribute("role", "tooltip");
    tip.textContent = term.getAttribute("title");
    if (usePopover) tip.setAttribute("popover", "manual");
    else tip.hidden = true;
    term.removeAttribute("title"); // the panel says it; no second, hover-only tooltip
    term.classList.add("term");
    term.setAttribute("role", "button");
    term.setAttribute("tabindex", "0");
    term.setAttribute("aria-expanded", "false");
    term.setAttribute("aria-controls", tip.id);
    term.setAttribute("aria-describedby", tip.id);
    term.after(tip);
    term.addEventListener("click", function (event) {
      event.preventDefault();
      toggle(event.currentTarget);
    });
    term.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        toggle(event.currentTarget);
      }
    });
  }

  if (terms.length) {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && open) {
        var term = open;
        hide(term);
        term.focus();
      }
    });
    document.addEventListener("pointerdown", function (event) {
      if (open && !open.contains(event.target) && !tipOf(open).contains(event.target)) hide(open);
    });
    var moved = function () {
      if (open) place(open, tipOf(open));
    };
    window.addEventListener("scroll", moved, { passive: true });
    window.addEventListener("resize", moved);
  }

  // --- 3. the phone's menu ------------------------------------------------------

  var words = (document.currentScript && document.currentScript.dataset) || {};
  var drawer = document.getElementById("__drawer"); // the theme's checkbox
  var icon = document.querySelector("label.md-header__button[for=__drawer]"); // the theme's, by pointer only
  var opener = null; // our menu button, in its place
  var sidebar = document.querySelector(".md-sidebar--primary");
  var primary = sidebar && sidebar.querySelector("nav.md-nav--primary");
  // What can take focus in the drawer, before the panel it is in is known.
  var FOCUSABLE = "a[href], button:not([disabled]), input:not(.md-toggle):not([disabled]), [tabindex]";

  // Open, and a drawer: on a wide screen the navigation is a column of the
  // page, whatever its checkbox says, and the menu button is not shown.
  function drawerOpen() {
    return drawer.checked && shown(opener);
  }

  function shown(element) {
    return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
  }

  // The panel on screen: the navigation's first level, or the section (or
  // the page's contents) opened from it, which slides over it.
  function panelOnScreen() {
    var panel = primary;
    for (;;) {
      var inner = null;
      var toggles = panel.querySelectorAll("input.md-nav__toggle:checked");
      for (var i = 0; i < toggles.length && !inner; i++) {
        var nav = toggles[i].parentElement.querySelector(":scope > nav.md-nav");
        if (nav && nav.parentElement.closest("nav.md-nav") === panel && shown(nav)) inner = nav;
      }
      if (!inner) return panel;
      panel = inner;
    }
  }

  function focusables() {
    var panel = panelOnScreen();
    var found = [close];
    var candidates = panel.querySelectorAll(FOCUSABLE);
    for (var i = 0; i < candidates.length; i++) {
      var element = candidates[i];
      if (element.closest("nav.md-nav") === panel && element.tabIndex >= 0 && shown(element)) found.push(element);
    }
    return found;
  }

  // A label of the theme that works by pointer only, made a tab stop, as
  // the theme's own openers of nested lists are (Enter and Space press it).
  function reachable(label, on) {
    if (on) label.setAttribute("tabindex", "0");
    else label.removeAttribute("tabindex");
  }

  function press(event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    event.stopPropagation(); // the theme clicks a focused label on Enter itself: once is enough
    event.currentTarget.click();
  }

  var close = null;
  var followed = null; // the drawer's link last followed

  function setOpen(open) {
    if (drawer.checked !== open) drawer.click(); // as the theme does: its own listeners hear it
  }

  function opened() {
    opener.setAttribute("aria-expanded", "true");
    sidebar.setAttribute("role", "dialog");
    sidebar.setAttribute("aria-modal", "true");
    sidebar.setAttribute("aria-label", words.menuName || "");
    followed = null;
    focusables()[0].focus();
  }

  function closed() {
    opener.setAttribute("aria-expanded", "false");
    sidebar.removeAttribute("role");
    sidebar.removeAttribute("aria-modal");
    sidebar.removeAttribute("aria-label");
    var link = followed;
    followed = null;
    if (link) {
      // A link of the drawer, followed: to a place on this very page (its
      // contents), where the theme closes the drawer and the browser takes
      // the reader, and focus goes too; else another page is on its way.
      var target = link.hash && document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (target && link.pathname === location.pathname) {
        if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
        target.focus({ preventScroll: true });
      }
      return;
    }
    var active = document.activeElement;
    if (!active || active === document.body || sidebar.contains(active)) opener.focus();
  }

  if (drawer && icon && sidebar && primary) {
    sidebar.id = sidebar.id || "site-menu";
    opener = document.createElement("button");
    opener.type = "button";
    opener.className = "md-header__button md-icon site-menu-button";
    opener.innerHTML = icon.innerHTML; // the theme's icon
    opener.setAttribute("aria-label", words.menuOpen || "");
    opener.setAttribute("aria-controls", sidebar.id);
    opener.setAttribute("aria-expanded", "false");
    opener.addEventListener("click", function () {
      setOpen(true);
    });
    icon.after(opener);
    icon.style.display = "none";

    close = document.createElement("button");
    close.type = "button";
    close.className = "site-menu-close md-icon";
    close.setAttribute("aria-label", words.menuClose || "");
    close.setAttribute("aria-controls", sidebar.id);
    close.innerHTML =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">' +
      '<path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/></svg>';
    close.addEventListener("click", function () {
      setOpen(false);
    });
    sidebar.insertBefore(close, sidebar.firstChild);

    // A section's opener and a panel's back arrow: tab stops too.
    var labels = primary.querySelectorAll("label.md-nav__link[for], label.md-nav__title[for]:not([for=__drawer])");
    var inDrawer = function (event) {
      if (drawerOpen()) press(event); // on a wide screen, as the theme has it
    };
    for (var l = 0; l < labels.length; l++) {
      var label = labels[l];
      label.addEventListener("keydown", inDrawer);
      if (label.classList.contains("md-nav__title") || !label.getAttribute("tabindex")) {
        label.setAttribute("data-menu-stop", "");
      }
    }

    // Sections' openers and panels' back arrows are tab stops only while the
    // drawer is open (on a wide screen the theme shows sections open, as
    // headings).
    var drawerStops = primary.querySelectorAll("[data-menu-stop]");
    var stops = function (on) {
      for (var b = 0; b < drawerStops.length; b++) reachable(drawerStops[b], on);
    };

    drawer.addEventListener("change", function () {
      stops(drawerOpen());
      if (drawerOpen()) opened();
      else closed();
    });

    sidebar.addEventListener("click", function (event) {
      followed = event.target.closest("a[href]");
    });

    // Into a section's panel and back out of it: focus follows.
    primary.addEventListener("change", function (event) {
      var toggle = event.target;
      if (!drawerOpen() || !toggle.matches("input.md-nav__toggle")) return;
      if (toggle.checked) {
        var list = focusables();
        (list[1] || list[0]).focus();
      } else {
        var back = primary.querySelector("label.md-nav__link[for='" + toggle.id + "']");
        if (back && shown(back)) back.focus();
        else focusables()[0].focus();
      }
    });

    document.addEventListener("keydown", function (event) {
      if (!drawerOpen()) return;
      if (event.key === "Escape") {
        event.preventDefault();
        setOpen(false);
        opener.focus();
      } else if (event.key === "Tab") {
        var list = focusables();
        var at = list.indexOf(document.activeElement);
        var next = at < 0 ? 0 : (at + (event.shiftKey ? list.length - 1 : 1)) % list.length;
        event.preventDefault();
        list[next].focus();
      } else if (event.key.length === 1 && !(event.ctrlKey || event.metaKey || event.altKey)) {
        // The theme's keys for the page (S for search, N and P for the next
        // and previous page) wait until the menu is closed, as a dialog's do.
        event.stopPropagation();
      }
    });

    // Focus that strays out of the open drawer (a screen reader's cursor, a
    // click on the page) is brought back in.
    document.addEventListener("focusin", function (event) {
      if (drawerOpen() && !sidebar.contains(event.target)) focusables()[0].focus();
    });

    // A press beside the drawer closes it through the theme's overlay (the
    // checkbox's change, above). Open already (the browser kept the box
    // checked on going back to this page):
    if (drawerOpen()) {
      stops(true);
      opened();
    }
  }
})();
