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
})();
