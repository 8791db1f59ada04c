/*
 * Every way of entering text searches. Material reads the search box on
 * `keyup` only, so text that arrives without a key being released (pasted,
 * dictated, chosen from an input method's candidates, filled in by the
 * browser) would not be searched until another key was pressed. Whenever
 * the box's text changes (`input`, outside an input method's composition)
 * and when a composition is committed (`compositionend`), Material is told
 * as if a key had been released; it searches only when the text differs
 * from what it last searched for.
 */
;(function () {
  "use strict"
  var box = document.querySelector("[data-md-component=search-query]")
  if (!box) return

  function changed() {
    box.dispatchEvent(new KeyboardEvent("keyup", { key: "Unidentified" }))
  }

  box.addEventListener("input", function (ev) {
    if (!ev.isComposing) changed()
  })
  box.addEventListener("compositionend", changed)

  // What stands above the results (the figure a query names, the words a
  // slip was read as: search-prelude.js) is said to screen readers when it
  // changes, politely, in the words the prelude gave it (data-said).
  var list = document.querySelector(".md-search-result__list")
  if (!list) return
  var announce = document.createElement("div")
  announce.className = "search-announce"
  announce.setAttribute("role", "status")
  list.parentNode.insertBefore(announce, list)
  var said = ""
  new MutationObserver(function () {
    var now = Array.prototype.map.call(list.querySelectorAll("[data-said]"), function (el) {
      return el.getAttribute("data-said")
    }).join(" ")
    if (now !== said) announce.textContent = said = now
    recount()
  }).observe(list, { childList: true, subtree: true })

  // Material counts every entry of the list as a matching page, the figure
  // and the "did you mean" above the results too: the count says the pages.
  // What Material last wrote is kept; ours replaces it, never counted again.
  var meta = document.querySelector(".md-search-result__meta")
  var config = document.getElementById("__config")
  var words = config ? JSON.parse(config.textContent).translations || {} : {}
  var material = null
  var watcher = meta ? new MutationObserver(recount) : null
  function recount(records, observer) {
    if (!watcher || !words["search.result.other"]) return
    // Material has written since (our own writes are taken off the queue)
    if (observer === watcher || watcher.takeRecords().length || material === null) material = meta.textContent
    var above = list.querySelectorAll(":scope > li .search-answer, :scope > li .search-notice").length
    var counted = material === words["search.result.one"] ? 1 : parseInt((material.match(/\d+/) || ["0"])[0], 10)
    var pages = Math.max(counted - above, 0)
    var text = !above || material === words["search.result.none"] ? material
      : pages === 0 ? words["search.result.none"]
      : pages === 1 ? words["search.result.one"]
      : words["search.result.other"].replace("#", String(pages))
    if (meta.textContent !== text) {
      meta.textContent = text
      watcher.takeRecords()  // our own change, not Material's
    }
  }
  if (watcher) watcher.observe(meta, { childList: true, characterData: true, subtree: true })
})()
