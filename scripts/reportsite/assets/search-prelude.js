/*
 * Chinese query segmentation for Material's search worker.
 *
 * Built in front of Material's own worker (see search_worker.py). Material
 * splits a Chinese query into words of its index, but never tries a word
 * that ends at the query's last character, so 服务站 is searched as 服务*
 * and ranks pages titled 服务… first. This prelude splits each run of Han
 * characters into the longest words of the index itself, and ends each with
 * 〇 (a Han character the index never holds), so that Material keeps the
 * whole word. An unfinished word at the end stays as typed and is matched
 * as a prefix, as Material does.
 *
 * English: the index is stemmed (stations → station), but Material matches
 * each query word as a prefix, and lunr does not stem prefixes; so the
 * prelude stems the query's words itself, with lunr's own stemmer.
 */
;(function () {
  var SETUP = 0, QUERY = 2, END = "\u3007"
  var words = null, stemming = false

  function collect(data) {
    var config = data.config
    stemming = config.lang.indexOf("en") >= 0 && (config.pipeline || []).indexOf("stemmer") >= 0
    var separator = new RegExp(config.separator, "u")
    words = new Set()
    data.docs.forEach(function (doc) {
      ((doc.title || "") + " " + (doc.text || "")).toLowerCase().split(separator)
        .forEach(function (word) { if (word) words.add(word) })
    })
  }

  function segment(run) {
    var parts = [], i = 0
    while (i < run.length) {
      var j = run.length
      while (j > i && !words.has(run.slice(i, j))) j--
      if (j === i) { parts.push(run.slice(i)); break }
      parts.push(run.slice(i, j) + END)
      i = j
    }
    return parts.join(" ")
  }

  function stem(word) {
    return self.lunr.stemmer(new self.lunr.Token(word.toLowerCase())).toString()
  }

  addEventListener("message", function (ev) {
    var message = ev.data
    if (message.type === SETUP) collect(message.data)
    else if (message.type === QUERY && words && typeof message.data === "string") {
      message.data = message.data.replace(/\p{sc=Han}+/gu, segment)
      if (stemming) message.data = message.data.replace(/[A-Za-z]{3,}/g, stem)
    }
  })
})();
