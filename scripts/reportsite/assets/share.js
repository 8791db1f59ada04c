/*
 * A "copy link" for every figure (loaded with `defer` on every page; the
 * Content-Security-Policy allows 'self' only). Each row of a metric table,
 * and so each card on a phone, gets a button beside its code: it copies the
 * figure's address (its code's link, made absolute by the browser: the
 * site's address on the web, the file's in a bundle read from the file
 * system), and a status line, read out by screen readers (role=status),
 * says it was copied. Where the browser cannot copy (no clipboard access,
 * as from file:// in some browsers), the address is shown in a field beside
 * the button, selected, and the status says how to copy it.
 *
 * The words come with the script, in the edition's language (data-copy-* on
 * its tag: the catalog's READER "copy_link"). Without the script the code is a
 * link to the row, as before.
 */
(function () {
  "use strict";

  var words = (document.currentScript && document.currentScript.dataset) || {};
  var anchors = document.querySelectorAll(".md-typeset table[data-metric-table] tr[id] a.metric-anchor");
  if (!anchors.length) return;

  function say(template, code) {
    return (template || "").split("{code}").join(code);
  }

  // Bottom of the screen: the status line, and the address when it must be copied by hand.
  var toast = document.createElement("div");
  toast.className = "copy-toast";
  var status = document.createElement("p");
  status.className = "copy-toast__status";
  status.setAttribute("role", "status");
  var field = document.createElement("input");
  field.type = "text";
  field.readOnly = true;
  field.className = "copy-toast__address";
  field.hidden = true;
  toast.appendChild(status);
  toast.appendChild(field);
  document.body.appendChild(toast);

  var ICON =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">' +
    '<path d="M10.59 13.41a1 1 0 0 1 0-1.41l3.3-3.3a1 1 0 1 1 1.41 1.41l-3.3 3.3a1 1 0 0 1-1.41 0m-2.3 5.3a3.5 3.5 0 0 1-4.95-4.95l2.83-2.83a1 1 0 0 0-1.41-1.41l-2.83 2.83a5.5 5.5 0 0 0 7.78 7.78l2.83-2.83a1 1 0 0 0-1.41-1.41zm12.07-15.07a5.5 5.5 0 0 0-7.78 0L9.75 6.47a1 1 0 0 0 1.41 1.41l2.83-2.83a3.5 3.5 0 0 1 4.95 4.95l-2.83 2.83a1 1 0 1 0 1.41 1.41l2.83-2.83a5.5 5.5 0 0 0 0-7.78"/></svg>';

  var clearing = 0;
  function announce(text, keep) {
    window.clearTimeout(clearing);
    toast.setAttribute("data-shown", "");
    status.textContent = text;
    // The confirmation goes after a while; the address to copy stays until used.
    if (!keep) clearing = window.setTimeout(hideToast, 6000);
  }

  function hideToast() {
    toast.removeAttribute("data-shown");
    status.textContent = "";
    field.hidden = true;
  }

  function copied(button, code) {
    button.setAttribute("data-copied", "");
    field.hidden = true;
    announce(say(words.copyCopied, code), false);
  }

  // The address shown and selected, for the reader to copy it.
  function showAddress(button, address, code) {
    last = button;
    field.hidden = false;
    field.value = address;
    field.setAttribute("aria-label", say(words.copyAddress, code));
    field.focus();
    field.select();
    var done = false;
    try {
      done = document.execCommand("copy"); // still works where the clipboard API is refused
    } catch (error) {
      done = false;
    }
    if (done) {
      button.focus();
      copied(button, code);
    } else {
      announce(say(words.copySelect, code), true);
    }
  }

  var last = null; // the button whose address is shown
  field.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && last) last.focus(); // and the field, left, goes
  });
  field.addEventListener("blur", function () {
    if (!field.hidden) hideToast();
  });

  function copy(event) {
    var button = event.currentTarget;
    var link = button.parentNode.querySelector("a.metric-anchor");
    var code = link.textContent.trim();
    var address = link.href; // absolute, as the browser resolves it
    var others = document.querySelectorAll("button.metric-copy[data-copied]");
    for (var i = 0; i < others.length; i++) others[i].removeAttribute("data-copied");
    if (navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
      navigator.clipboard.writeText(address).then(
        function () {
          copied(button, code);
        },
        function () {
          showAddress(button, address, code);
        }
      );
    } else {
      showAddress(button, address, code);
    }
  }

  for (var a = 0; a < anchors.length; a++) {
    var link = anchors[a];
    var code = link.textContent.trim();
    var button = document.createElement("button");
    button.type = "button";
    button.className = "metric-copy";
    button.setAttribute("aria-label", say(words.copyName, code));
    button.title = words.copyButton || ""; // said on hover; the name says which figure
    button.innerHTML = ICON;
    button.addEventListener("click", copy);
    link.after(button);
  }
})();
