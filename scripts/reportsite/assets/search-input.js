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
})()
