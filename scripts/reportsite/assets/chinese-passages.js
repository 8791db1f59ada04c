/*
 * Chinese passages in what Material's search writes on an English page.
 *
 * The pages' own text is marked when it is built (marks.py: each Chinese
 * passage of an English page in <span lang="zh-Hans">); the search results
 * are written later, from the index, where those marks are gone. Here each
 * Chinese passage of a result is marked again, the same way, so that a
 * screen reader reads a quoted Chinese title in Chinese and a browser picks
 * a Chinese font for it. On a Chinese page this script does nothing.
 */
(function () {
  "use strict";

  var lang = document.documentElement.getAttribute("lang") || "";
  var results = document.querySelector(".md-search-result");
  if (/^zh/i.test(lang) || !results) return;

  // As marks.py's CHINESE_PASSAGE: digits written into it, and inside it spaces
  // (the index's zero-width ones too), quotation marks, an ellipsis or a slash.
  var CJK = "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff" +
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef";
  var PASSAGE = new RegExp(
    "(?:[0-9][0-9.,]*)?[" + CJK + "](?:[" + CJK + "0-9.%\u2026\u2014\u00b7/\u201c\u201d\u2018\u2019\\s\u200b]*[" +
      CJK + "])?(?:[0-9][0-9.]*%?)?",
    "g"
  );
  var ANY = new RegExp("[" + CJK + "]");

  function mark(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var texts = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var said = node.parentElement.closest("[lang]");
      if (ANY.test(node.data) && !/^zh/i.test(said ? said.getAttribute("lang") : "")) texts.push(node);
    }
    texts.forEach(function (text) {
      var data = text.data;
      var parts = document.createDocumentFragment();
      var at = 0;
      data.replace(PASSAGE, function (passage, start) {
        if (start > at) parts.appendChild(document.createTextNode(data.slice(at, start)));
        var span = document.createElement("span");
        span.setAttribute("lang", "zh-Hans");
        span.textContent = passage;
        parts.appendChild(span);
        at = start + passage.length;
        return passage;
      });
      if (at < data.length) parts.appendChild(document.createTextNode(data.slice(at)));
      text.parentNode.replaceChild(parts, text);
    });
  }

  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (added) {
        if (added.nodeType === Node.ELEMENT_NODE) mark(added);
      });
    });
  }).observe(results, { childList: true, subtree: true });
})();
