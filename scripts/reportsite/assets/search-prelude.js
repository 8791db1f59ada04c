/*
 * Our prelude to Material's search worker (search_worker.py puts it in
 * front of Material's own worker). It reads each query before Material does,
 * and each result before the page does; Material's lunr index still finds
 * the pages and scores them. Nothing of Material's is changed.
 *
 * A query is read as a list of words, each with the forms it may take in
 * the index:
 *   - Chinese (in either edition: the English glossary prints the Chinese
 *     terms): Traditional characters become Simplified (the map comes with
 *     the index: search_index.py, from OpenCC's s2t, s2tw and s2hk), and a
 *     region's word the index's (網路, 网路: 网络; from OpenCC's s2twp and
 *     s2hkp), then the run is split into the longest words of the index, of
 *     the glossary's everyday words (贫困: 困难) and of questions (多少,
 *     有几家: left out when the question asks for something). A character
 *     outside the words found that, swapped for one of the same sound (the
 *     readings of common characters come with the index), or for one of
 *     similar shape (four-corner codes one digit apart: 职土: 职工; the codes
 *     come with the index), or in a word of three characters or more for any
 *     other, makes a word of the index the query is not, is read as that
 *     word (困男: 困难): one per run, said above the results as "did you
 *     mean", a link searching for it.
 *     Toneless pinyin
 *     (gonghui, lv shi, lüshi) becomes the words of the index read so (the
 *     readings come with the index, from pypinyin), but only whole words of
 *     two syllables or more, and never instead of a Latin word of the index
 *     (csv); initials (gh: no vowels) only where they name three words at most.
 *   - English: words are stemmed with lunr's own stemmer (the index is
 *     stemmed, but Material searches prefixes, which lunr does not stem). A
 *     US spelling also finds the British one of the index (labor, center,
 *     program, -ize), an everyday word the report's (poverty: hardship), and
 *     a word of five letters or more that the index does not know finds the
 *     index's words one typo away (said as "did you mean", as in Chinese);
 *     all as whole words. The words of a
 *     question (how many, number) are left out, as are the stop words it
 *     starts and ends with.
 *   - Figures: 37827, 37,827, 378.27万 and 3,782,700 are values; a figure also
 *     finds its value however the index writes it (20000: 2万), and a value
 *     the index holds only as a whole figure (2万, not the 2 of 2019).
 * Material then searches for every form of every word.
 *
 * A page's address is words of the page (hardship-relief/: hardship
 * relief); an address written in a page's text (a citation's example) is
 * not, since it names another page.
 *
 * The results are ranked again: pages holding the query as a phrase first,
 * then pages holding more of its words, then the report's pages before the
 * editors' (the configuration's editorial_pages, with the index), then
 * those whose words are rarer in the site, then those whose title holds
 * more of them, then by Material's score (which boosts titles). Each result
 * shows the sentence or two around the match, with the words marked (and
 * the page's own link highlights on the page every word found on it), and no
 * zero-width spaces (Material keeps jieba's word breaks, U+200B, in the
 * index, and would show them).
 *
 * Above the results, each as a result of its own (a link Material's keys
 * reach as the others): the "did you mean", then the figures whose
 * indicator the query names (every word of it in the indicator or code: at
 * most three, a count first where it asks how many), each with its
 * indicator, value and unit, and code, linking to its row; Enter opens the
 * first figure. The figures and the words come with the index (the rows,
 * as the key figures write them; catalog.READER); search-input.js says
 * them to screen readers (data-said).
 */
;(function () {
  "use strict"

  var SETUP = 0, QUERY = 2, RESULT = 3
  var END = "\u3007"                   // 〇: see han()
  var HAN = /\p{sc=Han}/u
  // A figure (with its multiplier), a run of Han characters, or a word.
  var PIECE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s*(?:万亿|百万|亿|万|千|million|billion|thousand)(?![a-z]))?|(\p{sc=Han}+)|([a-z\u00c0-\u024f][a-z0-9\u00c0-\u024f]*(?:['’:][a-z\u00c0-\u024f]+)*)/gu
  // A figure in a page: not part of a longer number.
  var FIGURE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])\s*(万亿|百万|亿|万|千|million|billion|thousand)?/g
  var MULTIPLIER = { "万亿": 1e12, "亿": 1e8, "百万": 1e6, "万": 1e4, "千": 1e3,
                     million: 1e6, billion: 1e9, thousand: 1e3 }
  var WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu
  var KEPT = /[\p{L}\p{N}.]/u
  var ALNUM = /[a-z0-9]/
  // US spellings and the British ones the site writes (each applied alone).
  var SPELLINGS = [
    [/^([a-z]{2,})or(s|ed|ing|er|ers|ful|fully|ite|ites|able|ably|less|hood|hoods|ism|ist|ists|ly)?$/, "$1our$2"],
    [/^([a-z]{2,}[^aeiou])er(s)?$/, "$1re$2"],
    [/^([a-z]{2,}[^aeiou])ered$/, "$1red"],
    [/^([a-z]{2,}[^aeiou])ering$/, "$1ring"],
    [/iz(e|es|ed|ing|er|ers|ation|ations|ational)$/, "is$1"],
    [/yz(e|es|ed|ing|er|ers)$/, "ys$1"],
    [/^([a-z]{2,})og(s)?$/, "$1ogue$2"],
    [/^([a-z]{2,})ense(s)?$/, "$1ence$2"],
    [/gram(s)?$/, "gramme$1"],
    [/([aeiou])l(ed|ing|er|ers|or|ors)$/, "$1ll$2"],
    [/^([a-z]{3,})ll(ment|ments|ful|s)?$/, "$1l$2"],
    [/dgment(s)?$/, "dgement$1"]
  ]
  var TYPO_LENGTH = 5, TYPO_WORDS = 3, INITIALS_WORDS = 3
  // The words of a question, which say nothing of what is asked for
  // (工会有多少会员: 工会 会员); each a stop word where it stands alone.
  // Those that ask for a count (how many), which a count answers first.
  var COUNTING = new Set(["有多少", "多少", "几个", "几名", "几家", "几", "一共有", "总共有", "共有", "many", "number",
                          "numbers", "count", "total"])
  var QUESTION = {
    zh: ["有多少", "是多少", "一共有", "总共有", "共有", "多少", "几个", "几名", "几家", "几", "什么", "哪些", "哪个",
         "吗", "呢", "如何", "怎么样", "怎么", "怎样"],
    en: ["many", "much", "number", "numbers", "total", "count"]
  }
  // An address in a text (a citation's example, a link written out): it
  // names another page, whose words it holds; they are not this page's.
  var ADDRESS = /(?:https?:\/\/)?[A-Za-z0-9.-]*[A-Za-z][A-Za-z0-9.-]*(?:\/[A-Za-z0-9._#-]*)+/g
  var SLIP_LONGEST = 6, ANSWERS = 3, ANSWER_SHARE = 0.6
  var SNIPPET = { zh: 72, en: 180 }

  var index = null                     // what the prelude knows of the index
  var pending = []                     // plans of the queries sent on, in order

  /* ----------------------------------------------------------------------
   * The index
   * -------------------------------------------------------------------- */

  // What the prelude needs is worked out from the docs once Material is
  // ready and has answered the page's first, empty query, a few milliseconds
  // at a time; a query with words that comes earlier finishes the work first.
  function setup(data) {
    var config = data.config
    var chinese = config.lang.some(function (lang) { return lang.indexOf("zh") === 0 })
    index = {
      chinese: chinese, limit: chinese ? SNIPPET.zh : SNIPPET.en,
      stemming: config.lang.indexOf("en") >= 0 && (config.pipeline || []).indexOf("stemmer") >= 0,
      separator: new RegExp(config.separator, "g"), extra: config.reportsite || {},
      queue: data.docs.slice(), started: false, done: false,
      words: new Set(), latin: new Set(), stemOf: new Map(), byStem: new Map(), frequency: new Map(),
      figures: new Map(), docs: new Map(), order: [],
      t2s: new Map(), t2sWords: new Map(), t2sLongest: 0,
      pinyin: new Map(), initials: new Map(),
      editorial: new Set(extraOf(config).editorial || []), synonyms: new Map(), synonymsLongest: 0,
      sound: new Map(), shape: new Map(), slips: new Map(), answers: [], blob: "",
      question: new Set(QUESTION[chinese ? "zh" : "en"]), questionLongest: 3
    }
  }

  function extraOf(config) {
    return config.reportsite || {}
  }

  function work(all) {
    if (!index || index.done) return
    var until = performance.now() + 8
    while (index.queue.length && (all === true || performance.now() < until)) addDoc(index.queue.shift())
    if (index.queue.length) { setTimeout(work, 0); return }
    var extra = index.extra, pairs = Array.from(extra.t2s || "")
    for (var i = 0; i + 1 < pairs.length; i += 2) index.t2s.set(pairs[i], pairs[i + 1])
    Object.keys(extra.t2sWords || {}).forEach(function (word) {
      index.t2sWords.set(word, extra.t2sWords[word])
      index.t2sLongest = Math.max(index.t2sLongest, Array.from(word).length)
    })
    if (extra.pinyin) setupPinyin(extra.pinyin, extra.pinyinWords || {})
    Object.keys(extra.synonyms || {}).forEach(function (word) {
      index.synonyms.set(word, extra.synonyms[word])
      index.synonymsLongest = Math.max(index.synonymsLongest, Array.from(word).length)
    })
    if (index.chinese && extra.pinyin) setupSlips(extra.sounds || {}, extra.pinyinWords || {}, extra.shapes || "")
    ;(extra.answers || []).forEach(function (row) {
      index.answers.push({ code: row[0], label: row[1], value: row[2], location: row[3], kind: row[4],
                           title: field(row[1]), text: field(row[0]) })
    })
    index.blob = index.order.map(function (record) { return record.title.norm + "\n" + record.text.norm }).join("\n")
    index.done = true
  }

  function addDoc(doc) {
    var title = plain(doc.title || ""), text = plain(doc.text || "")
    var page = doc.location.split("#")[0]
    var record = { location: doc.location, page: page,
                   title: field(title), text: field(text), distinct: [],
                   // A page's address names it (hardship-relief/): its words are the page's.
                   slug: field(page === doc.location ? slugWords(page) : ""),
                   report: !index.editorial.has(page) }
    if (!index.chinese) {
      var distinct = new Map()
      record.title.words.concat(record.text.words, record.slug.words).forEach(function (w) { distinct.set(w.word, w) })
      record.distinct = Array.from(distinct.values())
    }
    index.docs.set(doc.location, record)
    index.order.push(record)
    // The index's words, as Material's tokenizer sees them (Chinese words
    // are separated by U+200B).
    var seen = new Set()
    ;((doc.title || "") + " " + (doc.text || "")).replace(/<[^>]*>/g, " ").toLowerCase()
      .split(index.separator).forEach(function (token) {
        token = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
        if (!token) return
        index.words.add(token)
        if (/^[a-z][a-z']*$/.test(token)) {
          index.latin.add(token)
          var stemmed = stemOf(token)
          if (!index.byStem.has(stemmed)) index.byStem.set(stemmed, token)
          if (!seen.has(stemmed)) index.frequency.set(stemmed, (index.frequency.get(stemmed) || 0) + 1)
          seen.add(stemmed)
        }
      })
    collectFigures(title + "\n" + text)
  }

  // The words of a page's address: work-advancement/hardship-relief/ (or
  // .html offline) reads "work advancement hardship relief".
  function slugWords(page) {
    return page.replace(/(?:index)?\.html$/, "").replace(/[/_-]+/g, " ").trim()
  }

  // Material's text is HTML: the plain text, a line per block, no footnote
  // markers, no zero-width spaces.
  function plain(html) {
    return html
      .replace(/<sup\b[^>]*>[\s\S]*?<\/sup>/gi, "")
      .replace(/<\/(?:p|li|h\d|dd|dt|tr|pre|blockquote|table)>|<br\s*\/?>/gi, "\n")
      .replace(/<[^>]*>/g, "")
      .replace(/\u200b/g, "")
      .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, function (_, name) {
        return { amp: "&", lt: "<", gt: ">", quot: "\"", "#39": "'", "#x27": "'", nbsp: " " }[name]
      })
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n[\s]*/g, "\n")
      .trim()
  }

  // A field as it is matched: Chinese by characters (letters, digits and
  // the decimal point, lower case, with where each came from), English by
  // words.
  function field(text) {
    var norm = "", at = [], words = [], away = addresses(text), next = 0
    if (index.chinese) {
      // Latin words and figures stay apart (DB-01: "db 01"), so that they
      // are found from their start.
      var gap = -1
      for (var i = 0; i < text.length;) {
        var code = text.codePointAt(i), char = String.fromCodePoint(code)
        while (next < away.length && away[next][1] <= i) next++
        if (next < away.length && away[next][0] <= i) {
          if (gap < 0) gap = i
          i = away[next][1]
          continue
        }
        if (KEPT.test(char)) {
          var lower = char.toLowerCase()
          if (lower.length !== char.length) lower = char
          if (gap >= 0 && ALNUM.test(lower) && ALNUM.test(norm[norm.length - 1] || "")) {
            norm += " "
            at.push(gap)
          }
          gap = -1
          norm += lower
          for (var k = 0; k < lower.length; k++) at.push(i)
        } else if (gap < 0) {
          gap = i
        }
        i += char.length
      }
    } else {
      var match
      WORD.lastIndex = 0
      while ((match = WORD.exec(text))) {
        while (next < away.length && away[next][1] <= match.index) next++
        if (next < away.length && away[next][0] <= match.index) continue
        var word = match[0].toLowerCase().replace(/’/g, "'")
        words.push({ word: word, stem: stemOf(word), start: match.index, end: match.index + match[0].length })
      }
    }
    return { text: text, norm: norm, at: at, words: words, ends: sentenceEnds(text) }
  }

  // [start, end) of the addresses in a text.
  function addresses(text) {
    var found = [], match
    if (text.indexOf("/") < 0) return found
    ADDRESS.lastIndex = 0
    while ((match = ADDRESS.exec(text))) found.push([match.index, match.index + match[0].length])
    return found
  }

  function collectFigures(text) {
    var match
    FIGURE.lastIndex = 0
    while ((match = FIGURE.exec(text))) {
      var key = figureKey(match[1], match[2])
      if (!index.figures.has(key)) index.figures.set(key, new Set())
      index.figures.get(key).add(figureForm(match[1], match[2]))
    }
  }

  // A figure as a field holds it: in Chinese with the 万 or 亿 it is written
  // with (2万, which the 2 of 2019 is not), in English the number (a word).
  function figureForm(number, multiplier) {
    multiplier = (multiplier || "").trim()
    return index.chinese && HAN.test(multiplier) ? number + multiplier : number
  }

  function figureKey(number, multiplier) {
    var value = parseFloat(number.replace(/,/g, "")) * (MULTIPLIER[(multiplier || "").trim()] || 1)
    return String(Math.round(value * 100) / 100)
  }

  // The pinyin of each word of the index of two characters or more, and of
  // its beginnings and ends of two or more (西宁 of 西宁市, 工会 of 总工会,
  // which jieba keeps whole); its initials, of the whole word only.
  function setupPinyin(syllables, readings) {
    var reading = new Map()
    Object.keys(syllables).forEach(function (syllable) {
      for (var char of syllables[syllable]) { reading.set(char, syllable); index.sound.set(char, syllable) }
    })
    index.words.forEach(function (word) {
      var chars = Array.from(word)
      if (chars.length < 2 || !/^\p{sc=Han}+$/u.test(word)) return
      var parts = readings[word] ? readings[word].split(" ") : chars.map(function (char) { return reading.get(char) })
      if (parts.length !== chars.length || parts.some(function (part) { return !part })) return
      for (var k = 2; k <= chars.length; k++) addPinyin(parts.slice(0, k), chars.slice(0, k).join(""))
      for (var j = 1; j + 2 <= chars.length; j++) addPinyin(parts.slice(j), chars.slice(j).join(""))
      addTo(index.initials, parts.map(function (part) { return part[0] }).join(""), word)
    })
  }

  function addPinyin(parts, word) {
    var key = parts.join("")
    addTo(index.pinyin, key, word)
    // lü and nü are often typed lu and nu
    var plainU = parts.map(function (part) { return part.replace(/^([ln])v/, "$1u") }).join("")
    if (plainU !== key) addTo(index.pinyin, plainU, word)
  }

  // Each word of the index with one character left out, by the sound it
  // stands for (困\u0000nan: 困难), and whatever it is (职\u0001: 职工 职业):
  // a character typed for another of the same sound, of similar shape or,
  // in words of three characters or more, any other, finds the word.
  function setupSlips(sounds, readings, shapes) {
    Object.keys(sounds).forEach(function (syllable) {
      for (var char of sounds[syllable]) if (!index.sound.has(char)) index.sound.set(char, syllable)
    })
    // Four digits (a character's four corners), then the characters coded so.
    var code = ""
    for (var char of shapes) {
      if (/\d/.test(char)) code = (code.length === 4 ? "" : code) + char
      else index.shape.set(char, code)
    }
    // The words and, as for pinyin, their beginnings and ends (困难 of 困难职工).
    var words = new Map()
    index.words.forEach(function (word) {
      var chars = Array.from(word)
      if (chars.length < 2 || !/^\p{sc=Han}+$/u.test(word)) return
      var parts = readings[word] ? readings[word].split(" ") : chars.map(function (char) { return index.sound.get(char) })
      for (var e = 2; e <= chars.length; e++) words.set(chars.slice(0, e).join(""), parts.slice(0, e))
      for (var b = 1; b + 2 <= chars.length; b++) words.set(chars.slice(b).join(""), parts.slice(b))
    })
    words.forEach(function (parts, word) {
      var chars = Array.from(word)
      if (chars.length > SLIP_LONGEST) return
      for (var k = 0; k < chars.length; k++) {
        var before = chars.slice(0, k).join(""), after = chars.slice(k + 1).join("")
        if (parts[k]) addTo(index.slips, before + "\u0000" + parts[k] + after, word)
        addTo(index.slips, before + "\u0001" + after, word)
      }
    })
  }

  function addTo(map, key, value) {
    var list = map.get(key)
    if (!list) map.set(key, list = [])
    if (list.indexOf(value) < 0) list.push(value)
  }

  function stem(word) {
    return self.lunr.stemmer(new self.lunr.Token(word)).toString()
  }

  function stemOf(word) {
    if (!index.stemming) return word
    var stemmed = index.stemOf.get(word)
    if (stemmed === undefined) index.stemOf.set(word, stemmed = stem(word))
    return stemmed
  }

  function isStopWord(word) {
    return index.stemming && typeof self.lunr.stopWordFilter === "function" &&
      !self.lunr.stopWordFilter(new self.lunr.Token(word))
  }

  /* ----------------------------------------------------------------------
   * The query
   * -------------------------------------------------------------------- */

  // A concept: a word of the query and the forms it may take in the index.
  function concept(label, forms, options) {
    options = options || {}
    return { label: label, forms: forms, kind: options.kind || "word", stop: !!options.stop,
             terms: options.terms || forms }
  }

  function plan(query) {
    var text = query.normalize("NFKC").replace(/\u200b/g, "").toLowerCase()
    var concepts = [], latin = [], match
    slips = []
    PIECE.lastIndex = 0
    var last = 0
    while ((match = PIECE.exec(text))) {
      // Words of the Latin alphabet go together, for pinyin across spaces.
      if (!match[4] || /[^\s'’]/.test(text.slice(last, match.index))) flushLatin(latin, concepts)
      last = match.index + match[0].length
      if (match[1]) concepts.push(figure(match[1], match[2]))
      else if (match[3]) han(match[3], last === text.trimEnd().length, concepts)
      else latin.push(match[4])
    }
    flushLatin(latin, concepts)
    if (!concepts.length) return null
    // The words of a question go, when the question asks for something, and
    // so do the stop words it starts and ends with ("how many union members"
    // holds the phrase "union members").
    if (concepts.some(function (c) { return c.question }) && concepts.some(function (c) { return !c.stop && !c.question })) {
      concepts = concepts.filter(function (c) { return !c.question })
      while (concepts[0].stop) concepts.shift()
      while (concepts[concepts.length - 1].stop) concepts.pop()
      concepts.counting = asked(query)
    }
    var terms = []
    concepts.forEach(function (c) {
      if (!c.stop) c.terms.forEach(function (term) { if (terms.indexOf(term) < 0) terms.push(term) })
    })
    // Only stop words (the, of): Material's search as it is.
    return { concepts: concepts, query: terms.length ? terms.join(" ") : query, slips: slips }
  }

  var slips = []                       // the slips read in the query being planned

  // Whether a query asks how many (多少, how many, the number of).
  function asked(query) {
    var text = query.toLowerCase()
    return Array.from(COUNTING).some(function (word) {
      return /^[a-z]/.test(word) ? new RegExp("\\b" + word + "\\b").test(text) : text.indexOf(word) >= 0
    })
  }

  // A figure finds its value as the index writes it (20000: 2万); a value
  // the index holds is matched as a whole figure only (2万, not 2019).
  function figure(number, multiplier) {
    var own = figureForm(number, multiplier), forms = [own], same = null
    if (multiplier || number.length >= 4 || /[.,]/.test(number)) {
      same = index.figures.get(figureKey(number, multiplier)) || null
      if (same) same.forEach(function (form) { if (forms.indexOf(form) < 0) forms.push(form) })
      if (same && forms.length > 1 && !same.has(own)) forms.shift()
    }
    var figureConcept = concept(number + (multiplier || ""), forms, { kind: "figure" })
    figureConcept.whole = !!same
    return figureConcept
  }

  // The longest words of the index, one after the other. Material searches
  // a word followed by 〇 as that word and longer ones (服务站〇: 服务站*);
  // without it, it would drop the word's last character (服务*). Where no
  // word starts, the rest of the query's end (a word being typed) or one
  // character goes as it is.
  function han(run, atEnd, concepts) {
    var chars = Array.from(simplified(run))  // by characters, not UTF-16 units
    var pieces = segment(chars, atEnd)
    var slip = pieces.some(function (piece) { return !piece.known }) ? findSlip(chars, pieces) : null
    if (slip) {
      var typed = chars.slice(slip.start, slip.end).join("")
      chars = chars.slice(0, slip.start).concat(Array.from(slip.word), chars.slice(slip.end))
      pieces = segment(chars, atEnd)
      slips.push({ typed: typed, word: slip.word })
    }
    pieces.forEach(function (piece) { concepts.push(piece.concept) })
  }

  // The run as the longest words of the index, of its everyday words and of
  // questions, one after the other; where none starts, the rest of the
  // query's end (a word being typed) or one character goes as it is.
  function segment(chars, atEnd) {
    var pieces = []
    for (var i = 0; i < chars.length;) {
      var j = chars.length
      while (j > i && !index.words.has(chars.slice(i, j).join(""))) j--
      var q = longest(chars, i, index.question, index.questionLongest)
      var y = longest(chars, i, index.synonyms, index.synonymsLongest)
      if (q > i && q >= j && q >= y) {
        var asked = chars.slice(i, q).join("")
        var c = concept(asked, [asked], { kind: "han" })
        c.question = true
        pieces.push({ start: i, end: q, known: true, concept: c })
        i = q
      } else if (y > i && y >= j) {
        var everyday = chars.slice(i, y).join(""), meant = index.synonyms.get(everyday).slice()
        if (index.words.has(everyday)) meant.unshift(everyday)
        var synonym = hanWords(everyday, meant)
        pieces.push({ start: i, end: y, known: true, concept: synonym })
        i = y
      } else if (j > i) {
        var word = chars.slice(i, j).join("")
        pieces.push({ start: i, end: j, known: j - i >= 2, concept: hanWords(word, [word]) })
        i = j
      } else {
        j = atEnd ? chars.length : i + 1
        var rest = chars.slice(i, j).join("")
        pieces.push({ start: i, end: j, known: false, concept: concept(rest, [rest], { kind: "han" }) })
        i = j
      }
    }
    return pieces
  }

  // The end of the longest key of `map` (a Set or Map) at `i`, or i.
  function longest(chars, i, map, most) {
    for (var n = Math.min(most, chars.length - i); n >= 1; n--)
      if (map.has(chars.slice(i, i + n).join(""))) return i + n
    return i
  }

  // A one-character slip: a character outside the words found (alone, or
  // not in the index) that, swapped for another of the same sound, of
  // similar shape, or in a word of three characters or more for any other,
  // makes a word of the index that the run as typed is not. The longest
  // such word, a sound before a shape, a shape before any other (that one
  // only where it is the only word); {start, end, word} or null.
  function findSlip(chars, pieces) {
    var loose = chars.map(function () { return false })
    pieces.forEach(function (piece) {
      if (!piece.known) for (var k = piece.start; k < piece.end; k++) loose[k] = true
    })
    var best = null
    for (var n = Math.min(SLIP_LONGEST, chars.length); n >= 2 && !best; n--) {
      for (var a = 0; a + n <= chars.length && !best; a++) {
        if (loose.slice(a, a + n).indexOf(true) < 0) continue
        var typed = chars.slice(a, a + n).join("")
        if (index.words.has(typed) || index.blob.indexOf(typed) >= 0) continue
        for (var k = a; k < a + n && !best; k++) {
          if (!loose[k]) continue
          var before = chars.slice(a, k).join(""), after = chars.slice(k + 1, a + n).join("")
          var sound = index.sound.get(chars[k])
          var found = (sound && index.slips.get(before + "\u0000" + sound + after)) || []
          if (!found.length) {
            var any = index.slips.get(before + "\u0001" + after) || []
            found = any.filter(function (word) { return alike(chars[k], Array.from(word)[k - a]) === 1 })
            if (!found.length) {
              // One half alike (谁 for 难: 隹): only where one word is.
              found = any.filter(function (word) { return alike(chars[k], Array.from(word)[k - a]) === 2 })
              if (found.length > 1) found = []
            }
            if (!found.length && n >= 3 && any.length === 1) found = any
          }
          found = found.filter(function (word) { return word !== typed })
          if (found.length) best = { start: a, end: a + n, word: found[0] }
        }
      }
    }
    return best
  }

  // How alike two characters look, by their four corners' codes (upper
  // left, upper right, lower left, lower right): 1 where one corner at most
  // differs (工 1010, 土 4010), 2 where two of one side do, the other half
  // the same (难 7041, 谁 3071: 隹 on the right), else 0.
  var HALVES = ["0011", "1100", "0101", "1010"]   // the bottom, top, right or left alike
  function alike(one, other) {
    var a = index.shape.get(one), b = index.shape.get(other)
    if (!a || !b || one === other) return 0
    var apart = "", count = 0
    for (var i = 0; i < 4; i++) { apart += a[i] === b[i] ? "1" : "0"; count += a[i] === b[i] ? 0 : 1 }
    if (count <= 1) return 1
    return count === 2 && HALVES.indexOf(apart) >= 0 ? 2 : 0
  }

  // Traditional to Simplified: the words the characters alone get wrong
  // first, then character by character.
  function simplified(run) {
    var chars = Array.from(run), out = ""
    outer: for (var i = 0; i < chars.length;) {
      for (var n = Math.min(index.t2sLongest, chars.length - i); n >= 2; n--) {
        var word = index.t2sWords.get(chars.slice(i, i + n).join(""))
        if (word) { out += word; i += n; continue outer }
      }
      out += index.t2s.get(chars[i]) || chars[i]
      i++
    }
    return out
  }

  function flushLatin(tokens, concepts) {
    if (!tokens.length) return
    var words = tokens.splice(0, tokens.length)
    if (index.chinese) pinyin(words, concepts)
    else words.forEach(function (word) { concepts.push(english(word)) })
  }

  // Toneless pinyin of the index's words of two characters or more: the
  // longest run of words that reads as such words entirely.
  function pinyin(words, concepts) {
    for (var i = 0; i < words.length;) {
      var word = words[i].replace(/['’:]/g, "")
      if (index.latin.has(word) || index.words.has(word)) {
        // A word of the index (csv, db), and the Chinese word it may also
        // read as (xining: 西宁), as one word.
        var read = readPinyin(toneless(word))
        var forms = read && read.parts.length === 1 ? [word].concat(read.parts[0]) : [word]
        var terms = forms.map(function (form, n) { return n ? form + END : form })
        concepts.push(concept(word, forms, { terms: terms }))
        i++
        continue
      }
      var found = null
      for (var j = words.length; j > i && !found; j--) {
        found = readPinyin(words.slice(i, j).map(toneless).join(""))
        if (found) { found.label = words.slice(i, j).join(" "); found.next = j }
      }
      if (found) {
        found.parts.forEach(function (choices) { concepts.push(hanWords(found.label, choices)) })
        i = found.next
        continue
      }
      // Initials have no vowels (gh, zgm); a short English word has.
      var initials = /[aeiouv]/.test(word) ? null : index.initials.get(word)
      if (word.length >= 2 && initials && initials.length <= INITIALS_WORDS)
        concepts.push(hanWords(word, initials))
      else concepts.push(concept(word, [word]))
      i++
    }
  }

  function toneless(word) {
    return word.normalize("NFD").replace(/u\u0308/g, "v").replace(/u:/g, "v")
      .replace(/\p{M}/gu, "").replace(/['’:]/g, "").replace(/[1-5]/g, "")
  }

  // The fewest words of the index that read as `letters`, or null.
  function readPinyin(letters) {
    if (!/^[a-z]+$/.test(letters)) return null
    var best = [[]]
    for (var k = 0; k < letters.length; k++) {
      if (!best[k]) continue
      for (var e = k + 2; e <= letters.length; e++) {
        var words = index.pinyin.get(letters.slice(k, e))
        if (words && (!best[e] || best[e].length > best[k].length + 1)) best[e] = best[k].concat([words])
      }
    }
    var parts = best[letters.length]
    return parts && parts.length ? { parts: parts } : null
  }

  function hanWords(label, words) {
    return concept(label, words, { kind: "han", terms: words.map(function (w) { return w + END }) })
  }

  // An English word: its stem, searched as a prefix as Material does (the
  // word may be unfinished); the British spelling of a US one, or, for a
  // word the index does not know, the words one typo away, searched as
  // whole words (`labour^1`: lunr stems it and finds that stem only, so
  // centre finds centres but not central).
  function english(word) {
    word = word.replace(/['’:]+$/, "").replace(/’/g, "'")
    if (isStopWord(word)) return concept(word, [word], { stop: true })
    var base = index.stemming ? stem(word) : word
    var c = concept(word, [word], { terms: [base] })
    c.question = index.question.has(word)
    c.prefix = { word: word, stem: base }
    c.exact = new Set()
    function add(stemmed, surface) {
      if (stemmed === base || c.exact.has(stemmed)) return
      c.exact.add(stemmed)
      c.forms.push(surface)
      c.terms.push(surface + "^1")
    }
    SPELLINGS.forEach(function (rule) {
      var other = word.replace(rule[0], rule[1])
      if (other === word) return
      var stemmed = index.stemming ? stem(other) : other
      if (index.byStem.has(stemmed)) add(stemmed, index.byStem.get(stemmed))
    })
    // An everyday word finds the report's (poverty: hardship); of words
    // (job fairs), the rarest.
    ;(index.synonyms.get(word) || []).forEach(function (meant) {
      var rarest = meant.toLowerCase().split(/\s+/).filter(function (one) { return !isStopWord(one) })
        .map(function (one) { return index.stemming ? stem(one) : one })
        .filter(function (stemmed) { return index.byStem.has(stemmed) })
        .sort(function (x, y) { return (index.frequency.get(x) || 0) - (index.frequency.get(y) || 0) })[0]
      if (rarest) add(rarest, index.byStem.get(rarest))
    })
    if (!c.exact.size && isTypo(word, base)) {
      var read = typos(word, base)
      read.forEach(function (stemmed) { add(stemmed, index.byStem.get(stemmed)) })
      // Said as "did you mean": the most widespread, as the index writes it
      // one typo away (lawyres: lawyers, not its stem lawyer).
      if (read.length) slips.push({ typed: word, word: spelled(word, read[0]) })
    }
    return c
  }

  // The index's word of the stem `stemmed` one typo away from `word` (or,
  // its stem one away, the first the index has).
  function spelled(word, stemmed) {
    for (var known of index.latin) if (index.stemOf.get(known) === stemmed && oneEdit(word, known)) return known
    return index.byStem.get(stemmed)
  }

  // A word the index does not know, nor any word starting so.
  function isTypo(word, base) {
    if (word.length < TYPO_LENGTH || !/^[a-z]+$/.test(word) || index.latin.has(word) || index.byStem.has(base))
      return false
    for (var known of index.latin) if (known.indexOf(word) === 0) return false
    return true
  }

  // The stems of the index's words one edit away from the word or its stem
  // (a letter missing, extra or wrong, or two letters swapped): the most
  // widespread few.
  function typos(word, base) {
    var found = new Set()
    index.latin.forEach(function (known) {
      if (known.length >= TYPO_LENGTH - 1 && oneEdit(word, known)) found.add(index.stemOf.get(known))
    })
    index.byStem.forEach(function (_, known) {
      if (known.length >= TYPO_LENGTH - 1 && (oneEdit(word, known) || oneEdit(base, known))) found.add(known)
    })
    return Array.from(found).sort(function (a, b) {
      return (index.frequency.get(b) || 0) - (index.frequency.get(a) || 0) || (a < b ? -1 : 1)
    }).slice(0, TYPO_WORDS)
  }

  function oneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false
    var i = 0
    while (i < a.length && i < b.length && a[i] === b[i]) i++
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
  }

  /* ----------------------------------------------------------------------
   * Matching, ranking and snippets
   * -------------------------------------------------------------------- */

  // Where the query's words occur in a field, [start, end, concept] in the
  // field's text (stop words left out); and where the whole query occurs as
  // a phrase, [start, end], or null.
  function matchField(f, concepts) {
    var spans = [], phrase = null
    if (index.chinese) {
      concepts.forEach(function (c, n) {
        c.forms.forEach(function (form) {
          for (var at = seek(f.norm, form, 0, c), count = 0; at >= 0 && count < 64; at = seek(f.norm, form, at + 1, c), count++)
            spans.push([f.at[at], f.at[at + form.length - 1] + 1, n])
        })
      })
    } else {
      f.words.forEach(function (w) {
        matching(w).forEach(function (n) { spans.push([w.start, w.end, n]) })
      })
    }
    phrase = concepts.length > 1 ? findPhrase(f, concepts) : null
    return { spans: spans, phrase: phrase }
  }

  function findPhrase(f, concepts) {
    if (index.chinese) {
      var first = concepts[0]
      for (var i = 0; i < first.forms.length; i++) {
        for (var at = seek(f.norm, first.forms[i], 0, first); at >= 0; at = seek(f.norm, first.forms[i], at + 1, first)) {
          var end = follow(f.norm, at, concepts, 0)
          if (end >= 0) return [f.at[at], f.at[end - 1] + 1]
        }
      }
      return null
    }
    for (var k = 0; k + concepts.length <= f.words.length; k++) {
      var all = true
      for (var n = 0; n < concepts.length && all; n++) all = wordMatches(f.words[k + n], concepts[n])
      if (all) return [f.words[k].start, f.words[k + concepts.length - 1].end]
    }
    return null
  }

  // Where `form` (of concept `c`) occurs in a Chinese field from `from` on,
  // or -1; a Latin word or a figure only from its start (an, not in "a new";
  // 01 in DB-01), a whole figure only to its end (2, not in 2019).
  function seek(norm, form, from, c) {
    var at = norm.indexOf(form, from)
    while (at >= 0 && ((ALNUM.test(form[0]) && at > 0 && /[a-z0-9.]/.test(norm[at - 1])) || !ends(norm, form, at, c)))
      at = norm.indexOf(form, at + 1)
    return at
  }

  // Whether `form` at `at` ends there, if the concept wants whole figures.
  function ends(norm, form, at, c) {
    return !c.whole || !/\d$/.test(form) || !/^\.?\d/.test(norm.slice(at + form.length, at + form.length + 2))
  }

  // Where the concepts from the n-th on follow each other from `at` (a
  // space between Latin words or figures allowed): the end, or -1.
  function follow(norm, at, concepts, n) {
    if (n === concepts.length) return at
    if (n > 0 && norm[at] === " ") at++
    for (var i = 0; i < concepts[n].forms.length; i++) {
      var form = concepts[n].forms[i]
      if (norm.startsWith(form, at) && ends(norm, form, at, concepts[n])) {
        var end = follow(norm, at + form.length, concepts, n + 1)
        if (end >= 0) return end
      }
    }
    return -1
  }

  // As lunr matches: the word's stem starts with the query word's stem (or
  // the word with the query word), or is one of the whole words' stems.
  function wordMatches(w, c) {
    if (c.stop || !c.prefix) return c.forms.indexOf(w.word) >= 0
    if (c.exact.has(w.stem)) return true
    return w.word.indexOf(c.prefix.word) === 0 || w.stem.indexOf(c.prefix.stem) === 0
  }

  // The concepts (not stop words) an English word of the index matches,
  // worked out once per word and query.
  var memo = { concepts: null, words: new Map() }
  function matching(w) {
    var found = memo.words.get(w.word)
    if (!found) {
      found = []
      memo.concepts.forEach(function (c, n) { if (!c.stop && wordMatches(w, c)) found.push(n) })
      memo.words.set(w.word, found)
    }
    return found
  }

  // Which of the query's words a section holds, and whether it holds the
  // query as a phrase; where they are is worked out only for what is shown.
  function evaluate(record, concepts, wanted) {
    var covered = new Set()
    if (index.chinese) {
      concepts.forEach(function (c, n) {
        if (!c.stop && c.forms.some(function (form) {
          return seek(record.title.norm, form, 0, c) >= 0 || seek(record.text.norm, form, 0, c) >= 0 ||
            (record.slug.norm && seek(record.slug.norm, form, 0, c) >= 0)
        })) covered.add(n)
      })
    } else {
      record.distinct.forEach(function (w) { matching(w).forEach(function (n) { covered.add(n) }) })
    }
    var phrase = concepts.length > 1 && covered.size === wanted &&
      !!(findPhrase(record.title, concepts) || findPhrase(record.text, concepts) || findPhrase(record.slug, concepts))
    // The words its title holds (or its address, which names it).
    var titled = 0
    covered.forEach(function (n) {
      var c = concepts[n]
      if (index.chinese ? c.forms.some(function (form) {
        return seek(record.title.norm, form, 0, c) >= 0 || (record.slug.norm && seek(record.slug.norm, form, 0, c) >= 0)
      }) : record.title.words.concat(record.slug.words).some(function (w) { return wordMatches(w, c) })) titled++
    })
    return { record: record, covered: covered, phrase: phrase, titled: titled }
  }

  // Pages in this order: those holding the query as a phrase; those holding
  // more of its words; those whose words are rarer in the site (the sum of
  // their inverse document frequencies); then by Material's score. The
  // sections of a page are ordered the same way. Material's hits are kept,
  // and pages it missed that hold every word are added (a word inside a
  // longer word of the index: 特色 in 中国特色社会主义).
  function rerank(result, plan) {
    var concepts = plan.concepts
    var wanted = concepts.filter(function (c) { return !c.stop }).length
    var scores = new Map(), best = 0
    result.items.forEach(function (group) {
      group.forEach(function (item) {
        if (item.score > (scores.get(item.location) || 0)) scores.set(item.location, item.score)
        best = Math.max(best, item.score)
      })
    })
    memo.concepts = concepts
    memo.words = new Map()
    var all = index.order.map(function (record) { return evaluate(record, concepts, wanted) })
    var idf = concepts.map(function (_, n) {
      var holding = all.filter(function (found) { return found.covered.has(n) }).length
      return holding ? Math.log(1 + all.length / holding) : 0
    })
    var pages = new Map()
    all.forEach(function (found) {
      var record = found.record
      var page = pages.get(record.page)
      if (!page) pages.set(record.page, page = { docs: [], covered: new Set(), phrase: false, listed: false })
      page.docs.push(found)
      found.score = scores.get(record.location) || 0
      found.skip = !scores.has(record.location) && !(wanted && found.covered.size === wanted)
      found.rank = rank(found.phrase, found.covered, idf, best ? found.score / best : 0, record.report, found.titled)
      if (found.skip) return
      page.listed = true
      page.phrase = page.phrase || found.phrase
      found.covered.forEach(function (n) { page.covered.add(n) })
    })
    var groups = []
    pages.forEach(function (page) {
      if (!page.listed) return
      var items = page.docs.filter(function (found) {
        return !found.skip && (found.score > 0 || found.covered.size > 0)
      })
      items.sort(function (a, b) { return b.rank - a.rank })
      var article = page.docs[0]
      if (items.indexOf(article) < 0) { article.rank = 0; items.push(article) }
      groups.push({ rank: rank(page.phrase, page.covered, idf, items[0].rank % 1e3 / 1e3, article.record.report,
                               article.titled),
                    items: items, article: article, covered: page.covered })
    })
    groups.sort(function (a, b) { return b.rank - a.rank })
    var out = { items: groups.map(function (group) {
      var shown = group.items.map(function (found) { return item(found, concepts) })
      shown[group.items.indexOf(group.article)].terms = pageTerms(shown, group.covered, concepts)
      return shown
    }) }
    // Above the results: the slip read (did you mean), then the figures
    // whose indicator the query names; Enter opens the first figure.
    var top = groups.length ? groups[0].rank : 0
    var above = answers(concepts, wanted).map(function (row) { return [answerItem(row, top + 1)] })
    if (plan.slips.length) above.unshift([noticeItem(plan.slips)])
    if (above.length) out.items = above.concat(out.items)
    if (result.suggest) out.suggest = result.suggest
    return out
  }

  // The order as one number (Material shows it and compares it): phrase,
  // then number of words, then the report's pages before the editors',
  // then the words' rarity, then the number of them its title (or address)
  // holds, then Material's score (0 to 1).
  function rank(phrase, covered, idf, material, report, titled) {
    var rarity = 0
    covered.forEach(function (n) { rarity += idf[n] })
    return (phrase ? 1e15 : 0) + Math.min(covered.size, 99) * 1e13 + (report ? 1e12 : 0) +
      Math.min(Math.round(rarity * 100), 99999) * 1e4 + Math.min(titled, 9) * 1e3 + Math.floor(material * 999)
  }

  // The figures whose indicator (or code) holds every word of the query
  // (in Chinese, every word of two characters or more: 请了多少律师 asks
  // for 律师), when they are few, or those whose indicator the query mostly
  // says; a count first where it asks how many.
  function answers(concepts, wanted) {
    if (!wanted || !index.answers.length) return []
    var asked = concepts.filter(function (c) {
      return !c.stop && (!index.chinese || c.forms.some(function (form) { return Array.from(form).length >= 2 }))
    })
    var named = asked.some(function (c) {
      return c.kind !== "figure" && c.forms.some(function (form) { return index.chinese || form.length >= 4 })
    })
    if (!named) return []
    var counting = !!concepts.counting
    var found = []
    index.answers.forEach(function (row) {
      var share = 0, all = true
      asked.forEach(function (c) {
        var best = 0
        if (index.chinese) {
          c.forms.forEach(function (form) {
            if (seek(row.title.norm, form, 0, c) >= 0 || seek(row.text.norm, form, 0, c) >= 0)
              best = Math.max(best, form.length / Math.max(1, row.title.norm.length))
          })
        } else {
          row.title.words.concat(row.text.words).forEach(function (w) {
            if (wordMatches(w, c)) best = Math.max(best, 1 / Math.max(1, row.title.words.length))
          })
        }
        if (!best) all = false
        share += best
      })
      if (all) found.push({ row: row, share: share, count: counting && row.kind === "count" })
    })
    found.sort(function (a, b) { return (b.count - a.count) || (b.share - a.share) })
    if (found.length > ANSWERS) found = found.filter(function (one) { return one.share >= ANSWER_SHARE })
    return found.slice(0, ANSWERS).map(function (one) { return one.row })
  }

  function says(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key] })
  }

  // A figure as a result of its own, to its row: what it is, its value, its code.
  function answerItem(row, score) {
    var words = index.extra.words || {}
    var said = says(words.answer_said || "{label}: {value} ({code})", row)
    return {
      location: row.location, score: score, terms: {}, text: "",
      title: "<span class=\"search-answer\" data-said=\"" + escape(said) + "\">" +
        "<span class=\"search-answer__kind\">" + escape(words.answer || "") + "</span> " +
        "<span class=\"search-answer__label\">" + escape(row.label) + "</span> " +
        "<span class=\"search-answer__value\">" + escape(row.value) + "</span> " +
        "<code class=\"search-answer__code\">" + escape(row.code) + "</code></span>"
    }
  }

  // "Did you mean": the words read for the slips, a link searching for them.
  function noticeItem(read) {
    var words = index.extra.words || {}
    var meant = read.map(function (slip) { return slip.word }).join(" ")
    var said = says(words.did_you_mean || "{words}", { words: meant })
    var shown = says(escape(words.did_you_mean || "{words}"), {
      words: read.map(function (slip) { return "<mark>" + escape(slip.word) + "</mark>" }).join(" ")
    })
    return {
      location: "?q=" + encodeURIComponent(meant), score: 0, terms: {}, text: "",
      title: "<span class=\"search-notice\" data-said=\"" + escape(said) + "\">" + shown + "</span>"
    }
  }

  function item(found, concepts) {
    var record = found.record
    found.title = matchField(record.title, concepts)
    found.text = matchField(record.text, concepts)
    // What Material shows as missing, and highlights on the page it opens.
    var terms = {}
    ;[[record.title, found.title], [record.text, found.text]].forEach(function (pair) {
      pair[1].spans.forEach(function (span) { terms[pair[0].text.slice(span[0], span[1]).toLowerCase()] = true })
    })
    return {
      location: record.location,
      title: marked(record.title.text, withPhrase(found.title), 0, record.title.text.length),
      text: snippet(record.text, found.text),
      score: found.rank,
      terms: missing(terms, found.covered, concepts)
    }
  }

  // The terms with the query's words that are not `covered` (not found).
  function missing(terms, covered, concepts) {
    concepts.forEach(function (c, n) {
      if (!c.stop && !covered.has(n)) terms[c.label] = false
    })
    return terms
  }

  // The page's own link opens it with every word found on it highlighted,
  // wherever on the page it was found; missing only what the page lacks.
  function pageTerms(shown, covered, concepts) {
    var terms = {}
    shown.forEach(function (one) {
      Object.keys(one.terms).forEach(function (term) { if (one.terms[term]) terms[term] = true })
    })
    return missing(terms, covered, concepts)
  }

  // The phrase is marked whole, its stop words too.
  function withPhrase(match) {
    return match.phrase ? match.spans.concat([match.phrase]) : match.spans
  }

  // The sentence or two around the best match, cut to the snippet's length
  // (… where it is cut), with the query's words marked.
  function snippet(f, match) {
    var text = f.text, limit = index.limit
    if (!text) return ""
    var anchor = match.phrase || (match.spans.length ? bestSentenceSpan(f, match.spans) : [0, 0])
    var sentence = sentenceAround(f, anchor[0])
    var start = sentence[0], end = Math.max(sentence[1], anchor[1])
    if (end - start < limit / 2) {
      var next = sentenceAround(f, skipSpace(text, end))
      if (next[1] > end && next[1] - start <= limit) end = next[1]
    }
    var cutStart = false, cutEnd = false
    if (end - start > limit) {
      var room = Math.max(0, limit - (anchor[1] - anchor[0]))
      var from = Math.max(start, anchor[0] - Math.floor(room / 3))
      match.spans.forEach(function (span) { if (span[0] < from && span[1] > from) from = span[0] })
      var to = Math.min(end, from + limit)
      match.spans.forEach(function (span) { if (span[0] < to && span[1] > to) to = span[0] > from ? span[0] : span[1] })
      if (!index.chinese) {  // whole words
        if (from > start) from = Math.min(anchor[0], text.indexOf(" ", from) + 1 || from)
        var space = text.lastIndexOf(" ", to)
        if (to < end && space > Math.max(from, anchor[1])) to = space
      }
      cutStart = from > start
      cutEnd = to < end
      start = from
      end = to
    }
    return "<p>" + (cutStart ? "…" : "") + marked(text, withPhrase(match), start, end).replace(/\s*\n\s*/g, " ") +
      (cutEnd ? "…" : "") + "</p>"
  }

  // The first match in the sentence that holds most of the query's words.
  function bestSentenceSpan(f, spans) {
    var sentences = new Map(), chosen = null
    spans.forEach(function (span) {
      var key = sentenceAround(f, span[0])[0]
      var entry = sentences.get(key)
      if (!entry) sentences.set(key, entry = { words: new Set(), first: span })
      entry.words.add(span[2])
      if (span[0] < entry.first[0]) entry.first = span
    })
    sentences.forEach(function (entry) {
      if (!chosen || entry.words.size > chosen.words.size ||
          (entry.words.size === chosen.words.size && entry.first[0] < chosen.first[0])) chosen = entry
    })
    return [chosen.first[0], chosen.first[1]]
  }

  // [start, end) of the sentence (or line) around `at`, its ending included.
  function sentenceAround(f, at) {
    var ends = f.ends, low = 0, high = ends.length - 1
    while (low < high) {
      var middle = (low + high) >> 1
      if (ends[middle] > at) high = middle
      else low = middle + 1
    }
    return [skipSpace(f.text, low ? ends[low - 1] : 0), Math.max(ends[low], at)]
  }

  function skipSpace(text, at) {
    while (at < text.length && /\s/.test(text[at])) at++
    return at
  }

  // Where the sentences of a text end: after 。！？；!?; or a full stop
  // followed by a space, and at each line's end.
  function sentenceEnds(text) {
    var ends = []
    for (var i = 0; i < text.length; i++) {
      var char = text[i]
      if (char === "\n") ends.push(i)
      else if ("。！？；!?;".indexOf(char) >= 0 || (char === "." && (i + 1 === text.length || /\s/.test(text[i + 1]))))
        ends.push(i + 1)
    }
    ends.push(text.length)
    return ends
  }

  // `text` from `start` to `end`, escaped, with the spans marked.
  function marked(text, spans, start, end) {
    var merged = []
    spans.map(function (span) { return [Math.max(span[0], start), Math.min(span[1], end)] })
      .filter(function (span) { return span[0] < span[1] })
      .sort(function (a, b) { return a[0] - b[0] })
      .forEach(function (span) {
        var last = merged[merged.length - 1]
        if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
        else merged.push(span)
      })
    var html = "", at = start
    merged.forEach(function (span) {
      html += escape(text.slice(at, span[0])) + "<mark>" + escape(text.slice(span[0], span[1])) + "</mark>"
      at = span[1]
    })
    return html + escape(text.slice(at, end))
  }

  function escape(value) {
    return value.replace(/[&<>"']/g, function (char) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[char]
    })
  }

  /* ----------------------------------------------------------------------
   * Messages
   * -------------------------------------------------------------------- */

  addEventListener("message", function (ev) {
    var message = ev.data
    if (message.type === SETUP) {
      try { setup(message.data) } catch (error) { index = null; console.warn("search prelude:", error) }
    } else if (message.type === QUERY) {
      var planned = null
      if (index && !index.started) {  // after this query's answer
        index.started = true
        setTimeout(work, 0)
      }
      if (index && typeof message.data === "string" && message.data.trim()) {
        try {
          work(true)
          planned = plan(message.data)
          if (planned) message.data = planned.query
        } catch (error) {
          planned = null
          console.warn("search prelude:", error)
        }
      }
      pending.push(planned)
    }
  })

  var post = self.postMessage
  self.postMessage = function (message) {
    if (message && message.type === RESULT && pending.length) {
      var planned = pending.shift()
      if (planned && message.data && message.data.items) {
        try {
          message = { type: RESULT, data: rerank(message.data, planned) }
        } catch (error) {
          console.warn("search prelude:", error)
        }
      }
    }
    return post.apply(self, [message].concat(Array.prototype.slice.call(arguments, 1)))
  }
})();
