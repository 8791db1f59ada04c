"""Typing slips that change what Markdown or YAML makes of a file, found in
the source before anything else reads it.

A Chinese input method types `｛＃id｝`, `＃＃`, `！！！`, `【文字】（地址）` and
`[^脚注]：` as readily as their ASCII forms, which MkDocs alone reads; a note
box's line indented by two spaces (or by full-width spaces) falls out of the
box; a table row broken over two lines becomes two broken rows; a merge left
Git's conflict markers and both versions in the file. Each of these would
otherwise surface as the symptoms it causes (text not in the report, a
heading without an id, an empty value, a malformed code, a YAML error), in
several rules and files. Here each is the one problem at its line, saying
what to type instead; a page with one is left alone by the other checks
until it is fixed (reading.read_markdown), as a front matter YAML refuses is.

Nothing here writes to a file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from .diagnostics import Problem, problem
from .messages import Words
from .rules import BUILD, FIDELITY, FRONT_MATTER, METRIC_UNIT, METRIC_VALUE, NUMBER_PARITY, TABLE_FORMAT

# --- merge conflicts ----------------------------------------------------------

# Git writes each marker at the start of a line: seven of one character, then
# a space and a name (or nothing). `=======` alone is also Markdown's underline
# of a heading, so it counts only between `<<<<<<<` and `>>>>>>>`.
CONFLICT_OPEN = re.compile(r"<{7}(?: |$)")
CONFLICT_BASE = re.compile(r"\|{7}(?: |$)")
CONFLICT_MIDDLE = re.compile(r"={7}$")
CONFLICT_CLOSE = re.compile(r">{7}(?: |$)")


def conflicts(text: str, display: str, rule: str, first_line: int = 1) -> list[Problem]:
    """One problem per merge conflict left in `text` (whose first line is
    line `first_line` of the file), at its `<<<<<<<` line; one at each
    marker standing alone."""
    problems = []
    start: int | None = None
    for number, line in enumerate(text.split("\n"), start=first_line):
        line = line.rstrip()
        if CONFLICT_OPEN.match(line):
            if start is not None:  # the last one never closed
                problems.append(_conflict(display, rule, start, None))
            start = number
        elif CONFLICT_CLOSE.match(line):
            problems.append(_conflict(display, rule, start if start is not None else number, number))
            start = None
        elif start is None and CONFLICT_BASE.match(line):
            problems.append(_conflict(display, rule, number, None))
    if start is not None:
        problems.append(_conflict(display, rule, start, None))
    return problems


def _conflict(display: str, rule: str, start: int, end: int | None) -> Problem:
    if end is not None and end != start:
        return problem(display, start, rule, "merge_conflict", end=end)
    return problem(display, start, rule, "merge_conflict_marker")


# --- Markdown written with an input method's characters ------------------------

FULLWIDTH = {
    "｛": "{",
    "｝": "}",
    "＃": "#",
    "．": ".",
    "：": ":",
    "！": "!",
    "？": "?",
    "【": "[",
    "】": "]",
    "［": "[",
    "］": "]",
    "（": "(",
    "）": ")",
    "＾": "^",
    "“": '"',
    "”": '"',
    "\u3000": " ",
    "－": "-",
    "—": "-",
    "–": "-",
    "｜": "|",
    "＊": "*",
    "＋": "+",
    "＞": ">",
    "～": "~",
    "＝": "=",
    "＜": "<",
}
FIXED = str.maketrans(FULLWIDTH)

_ATTR_ITEM = r"(?:[#＃.．][A-Za-z0-9_-]+|[A-Za-z_-]+=\S+)"
_SPACE = r"[ \u3000]"
# An attribute list, `{#id}` or `{: .class }`, with any of its marks full-width.
ATTRIBUTES = re.compile(rf"[{{｛]{_SPACE}*[:：]?{_SPACE}*{_ATTR_ITEM}(?:{_SPACE}+{_ATTR_ITEM})*{_SPACE}*[}}｝]")
# A heading's marks, a note box's opening (`!!! note "title"`), a footnote's
# colon, a link's brackets.
HEADING = re.compile(r"^ {0,3}[#＃]*＃[#＃]*(?:[ \u3000]|(?=.*[{｛][#＃][\w-]+[}｝][ \t]*$))")
ADMONITION_OPENER = re.compile(
    r"^(?P<indent> *)(?P<marks>[!！?？]{3}\+?)[ \u3000]*(?P<type>[A-Za-z][\w-]*)(?P<rest>.*)$"
)
FOOTNOTE_COLON = re.compile(r"^(?P<label>[\[［【][\^＾][^\]］】\s]+[\]］】])(?P<colon>[:：])")
LINK = re.compile(r"!?[\[【](?P<text>[^\[\]【】\n]+)[\]】][(（](?P<target>[\x21-\x27\x2a-\x7e]+)[)）]")
FOOTNOTE_MARK = re.compile(r"[\[［【][\^＾][A-Za-z0-9_-]+[\]］】]")
# CriticMarkup's corrections: {++补字++}, {--删字--}, {~~原字~>改字~~}, {==…==}, {>>…<<}.
_CRITIC_OPEN = r"[+＋]{2}|[-－]{2}|[~～]{2}|[=＝]{2}|[>＞]{2}"
_CRITIC_CLOSE = r"[+＋]{2}|[-－]{2}|[~～]{2}|[=＝]{2}|[<＜]{2}"
CRITIC = re.compile(rf"[{{｛](?P<open>{_CRITIC_OPEN})(?P<body>[^{{}}｛｝\n]*?)(?P<close>{_CRITIC_CLOSE})[}}｝]")
BOLD = re.compile(r"[*＊]{2}(?P<text>[^*＊\n]+?)[*＊]{2}")
# A list item's or a quotation's mark at the start of a line.
LINE_MARK = re.compile(r"^(?P<indent> *)(?P<mark>[－＊＋＞])(?P<space>[ \u3000]+)(?=\S)")
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"(`+).+?\1")


def _fullwidth(written: str) -> bool:
    return any(char in FULLWIDTH and char not in "“”" for char in written)


def _written(display: str, number: int, written: str, fixed: str, markup: str | None = None) -> Problem:
    """The slip `written`, to be `fixed`; the full-width marks named are
    those of `markup` (the marks without the text they mark), else of `written`."""
    written, fixed = written.strip(), fixed.strip()
    chars = [char for char in dict.fromkeys(written if markup is None else markup) if char in FULLWIDTH]
    if markup is None:
        chars = [char for char in chars if char not in fixed]
    return problem(display, number, BUILD, "markdown_fullwidth", written=written, chars=chars, fixed=fixed)


def _markup(found: re.Match, text: str) -> str:
    """The marks of a match: all of it but its group `text`, the words marked
    (a correction's `~>` counts as a mark)."""
    start, end = found.span(text)
    inner = "".join(re.findall(r"[~～][>＞]", found.group(text)))
    return found.string[found.start() : start] + inner + found.string[end : found.end()]


def _fix_attributes(text: str) -> str:
    return ATTRIBUTES.sub(lambda found: found.group(0).translate(FIXED), text)


def _fix_link(found: re.Match) -> str:
    bang = "!" if found.group(0).startswith("!") else ""
    return f"{bang}[{found['text']}]({found['target']})"


def _fix_critic(found: re.Match) -> str:
    body = re.sub(r"[~～][>＞]", "~>", found["body"])
    return "{" + found["open"].translate(FIXED) + body + found["close"].translate(FIXED) + "}"


def _fix_bold(found: re.Match) -> str:
    return f"**{found['text']}**"


def _shortened(text: str, length: int = 12) -> str:
    return text[:length] + ("…" if len(text) > length else "")


def _line_slips(display: str, number: int, line: str) -> Iterator[Problem]:
    """The first slip of a line outside code blocks, if any."""
    opener = ADMONITION_OPENER.match(line)
    rest = opener["rest"].strip() if opener else ""
    # the title in an input method's quotes (at either end): Python-Markdown reads ASCII quotes only
    curly = len(rest) > 1 and rest[0] in '“"' and rest[-1] in '”"' and (rest[0], rest[-1]) != ('"', '"')
    if opener and (_fullwidth(opener["marks"]) or curly):
        title = f' "{rest[1:-1]}"' if curly else (f" {rest}" if rest else "")
        marks = opener["marks"] + (rest[0] + rest[-1] if curly else "")
        yield _written(display, number, line, f"{opener['marks'].translate(FIXED)} {opener['type']}{title}", marks)
        return
    if opener:
        found = _admonition_opening(display, number, line, opener)
        if found:
            yield found
            return
    heading = HEADING.match(line)
    if heading:
        marks = heading.group(0).strip(" \u3000")
        fixed = "#" * len(marks) + " " + _fix_attributes(line[heading.end() :].strip(" \u3000"))
        yield _written(display, number, line, fixed, marks + "".join(ATTRIBUTES.findall(line)))
        return
    attributes = _heading_attributes(display, number, line)
    if attributes:
        yield attributes
        return
    spaced = FOOTNOTE_SPACED.match(line)
    if spaced:
        rest = _shortened(line[spaced.end() :].strip(), 12)
        found = dict(written=f"{spaced.group(0)} {rest}".strip(), fixed=f"{spaced['label']}: {rest}".strip())
        yield problem(display, number, BUILD, "footnote_colon_space", **found)
        return
    note = FOOTNOTE_COLON.match(line)
    if note and _fullwidth(note.group(0)):
        rest = _shortened(line[note.end() :].strip(" \u3000"))
        yield _written(display, number, note.group(0) + rest, note.group(0).translate(FIXED) + " " + rest)
        return
    mark = LINE_MARK.match(line)
    if mark:
        rest = _shortened(line[mark.end() :].strip(), 16)
        written = f"{mark['mark']}{mark['space']}{rest}"
        space = mark["space"].replace("\u3000", " ")
        yield _written(display, number, written, f"{mark['mark'].translate(FIXED)}{space}{rest}")
        return
    text = CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)
    inline = (
        (ATTRIBUTES, None, None),
        (CRITIC, _fix_critic, "body"),
        (LINK, _fix_link, "text"),
        (FOOTNOTE_MARK, None, None),
        (BOLD, _fix_bold, "text"),
    )
    for pattern, fix, words in inline:
        for found in pattern.finditer(text):
            markup = _markup(found, words) if words else found.group(0)
            if _fullwidth(markup):
                written = line[found.start() : found.end()]
                yield _written(display, number, written, fix(found) if fix else written.translate(FIXED), markup)
                return
    unclosed = _critic_unclosed(display, number, text)
    if unclosed:
        yield unclosed
        return
    if len(re.findall(r"(?<!\*)\*\*(?!\*)", text)) % 2:  # readers would see the lone `**`
        yield problem(display, number, BUILD, "bold_unpaired")


# Python-Markdown's admonition line: `!!! type [more classes] ["title"]`.
ADMONITION_REST = re.compile(r'(?:[ ]+[A-Za-z][\w-]*)*(?:[ ]+"[^"]*")?[ ]*')
# Note-box types the theme draws (Material for MkDocs), each a box of its own colour and icon.
ADMONITION_TYPES = frozenset(
    "note abstract summary tldr info todo tip hint important success check done question help faq warning "
    "caution attention failure fail missing danger error bug example quote cite".split()
)
# The types the guide offers, in the theme's order: what an editor is told to choose from.
ADMONITION_CHOICES = ("note", "info", "tip", "warning", "danger", "example", "quote", "abstract", "success")


def _admonition_opening(display: str, number: int, line: str, opener: re.Match) -> Problem | None:
    """A note box's opening line that MkDocs reads otherwise than meant: a
    title whose quotes do not pair (MkDocs shows the line as text, and the
    box's lines as a code block), or a type the theme does not know (a box
    of no colour, titled with the misspelt type)."""
    marks, kind, rest = opener["marks"], opener["type"], opener["rest"]
    if not ADMONITION_REST.fullmatch(rest):
        written = rest.strip()
        title = written.strip('"“”').strip()
        if written.startswith('"') and not written.endswith('"'):
            what = Words('标题少了结尾的半角引号 `"`', 'the title lacks its closing ASCII quote `"`')
        elif written.endswith('"') and not written.startswith('"'):
            what = Words('标题少了开头的半角引号 `"`', 'the title lacks its opening ASCII quote `"`')
        else:
            what = Words('标题没有写在一对半角引号 `"` 之间', 'the title does not stand between two ASCII quotes `"`')
        fixed = f'{marks} {kind} "{title}"'
        return problem(display, number, BUILD, "admonition_title_quotes", written=line.strip(), what=what, fixed=fixed)
    if kind.lower() not in ADMONITION_TYPES:
        close = difflib.get_close_matches(kind.lower(), sorted(ADMONITION_TYPES), n=1, cutoff=0.5)
        fixed = f"{marks} {close[0] if close else 'note'}{rest.rstrip()}"
        return problem(
            display, number, BUILD, "admonition_type_unknown", type=kind, allowed=ADMONITION_CHOICES, fixed=fixed
        )
    return None


# A heading's attribute list as attr_list reads it: `{#id .class key=value}`, a colon first if wished.
ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t]*$")
HEADING_TAIL = re.compile(r"\{(?P<body>[:#.]?[^{}]*?)(?P<close>\}?)[ \t]*$")
ATTRIBUTE_ITEM = re.compile(r"#[\w-]+|\.[\w-]+|[\w-]+=\S+")
FOOTNOTE_SPACED = re.compile(r"^(?P<label>\[\^[^\]\s]+\])[ \t]+:")


def _heading_attributes(display: str, number: int, line: str) -> Problem | None:
    """A heading's `{#id .class}` written so that attr_list does not read it
    (not closed, an id without its `#`, a class without its `.`): readers see
    it as part of the heading, or the heading loses its id and class."""
    heading = ATX_HEADING.match(line)
    tail = HEADING_TAIL.search(heading["text"]) if heading else None
    if tail is None or not re.search(r"[A-Za-z]", tail["body"]):
        return None
    items = tail["body"].lstrip(":").split()
    if tail["close"] and items and all(ATTRIBUTE_ITEM.fullmatch(item) for item in items):
        return None
    fixed_items: list[str] = []
    for word in re.findall(r"[#.]?[\w-]+(?:=\S+)?", tail["body"]):
        if not word.startswith(("#", ".")) and "=" not in word:
            word = ("." if any(item.startswith("#") for item in fixed_items) else "#") + word
        fixed_items.append(word)
    written = tail.group(0).strip()
    fixed = "{" + " ".join(fixed_items) + "}"
    return problem(display, number, BUILD, "heading_attributes", written=written, fixed=fixed)


# CriticMarkup's openings, each with the closing it needs.
CRITIC_PAIRS = {"{++": "++}", "{--": "--}", "{~~": "~~}", "{==": "==}", "{>>": "<<}"}
CRITIC_OPENING = re.compile(r"\{(?:\+\+|--|~~|==|>>)")


def _critic_unclosed(display: str, number: int, text: str) -> Problem | None:
    """A correction opened on the line (in ASCII marks) and not closed as it
    opened: `{~~a~>b~}` is shown to readers as it is written, marks and all,
    and read by the checks as text the report does not have."""
    for found in CRITIC_OPENING.finditer(text):
        close = CRITIC_PAIRS[found.group(0)]
        following = CRITIC_OPENING.search(text, found.end())
        limit = following.start() if following else len(text)
        if text.find(close, found.end(), limit) >= 0:
            continue
        brace = text.find("}", found.end(), limit)
        if brace >= 0:
            body = text[found.end() : brace]
            stripped = body.rstrip(close[0])
            ending = body[len(stripped) :] + "}"
            written = text[found.start() : brace + 1]
            fixed = found.group(0) + stripped + close
        else:
            written = _shortened(text[found.start() : limit].rstrip(), 16)
            return problem(display, number, BUILD, "correction_not_closed", written=written, close=close)
        return problem(
            display, number, BUILD, "correction_unclosed", written=written, ending=ending, close=close, fixed=fixed
        )
    return None


# --- figures typed with an input method's digits ------------------------------

# A figure (one with a full-width digit or point counts: ３７, 3７, 59．6), and
# what follows it up to the next punctuation (its unit, a word or two), to show.
FIGURE = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?")
# A table cell that is (or begins with) the full-width percent sign: a unit typed so.
PERCENT_CELL = re.compile(r"\|[ \u3000]*(％[^|]*?)[ \u3000]*(?=\|)")
FOLLOWING = re.compile(r"[^\s，。；、：！？,.;:!?|（）()“”\"'\[\]{}<>]{0,4}")
FULLWIDTH_DIGITS = "０１２３４５６７８９．％"
TO_ASCII = str.maketrans(FULLWIDTH_DIGITS, "0123456789.%")


def _digits(display: str, number: int, line: str, lang: str, rule: str | None = None) -> Problem | None:
    """A figure of the line typed with full-width digits: the report, and
    every value and figure of the site, write ASCII digits; in the text the
    figure is not the report's (rule 3) nor the Chinese page's (rule 14),
    and readers would see the full-width digits as they are. A table's value
    cell is shown in ASCII digits all the same, but the page's source should
    say what readers see (and be found by a search for the figure): one
    message at the line there too, not a rule's silence."""
    text = CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)
    in_table = line.lstrip().startswith(("|", "｜"))
    found = next((f for f in FIGURE.finditer(text) if any(c in FULLWIDTH_DIGITS for c in f.group(0))), None)
    cell = PERCENT_CELL.search(text) if in_table and not found else None
    if cell:
        written = cell.group(1)
        chars = ["％"]
    elif found:
        following = FOLLOWING.match(text, found.end())
        written = line[found.start() : following.end() if following else found.end()]
        chars = [char for char in dict.fromkeys(found.group(0)) if char in FULLWIDTH_DIGITS]
    else:
        return None
    rule = rule or (METRIC_UNIT if cell else METRIC_VALUE if in_table else FIDELITY if lang == "zh" else NUMBER_PARITY)
    effect = (
        Words(
            "表格里的数值和单位一律用半角，与正文和报告原文一致",
            "while a table's values and units are in ASCII, as in the text and the report",
        )
        if in_table
        else Words(
            "页面摘要中的数字一律用半角数字，读者会在搜索结果和分享的链接中看到全角的数字",
            "while a description's figures are in ASCII digits: readers would see these in search results and "
            "shared links",
        )
        if rule == FRONT_MATTER
        else Words(
            "与报告原文的数字不同，读者会看到全角的数字",
            "unlike the report's figures, and readers would see them as they are",
        )
    )
    return problem(
        display,
        number,
        rule,
        "figure_fullwidth",
        written=written,
        chars=chars,
        effect=effect,
        fixed=written.translate(TO_ASCII),
    )


# A space inside or beside a figure of the report's Chinese text: the report
# writes none (`1300个单位`), and the checks compare text without its
# whitespace (the source's layout broke lines), so only this says it.
FIGURE_SPACE = re.compile(
    r"(?<=[0-9])(?P<space>[ \u00a0\u2007\u2009\u202f]+)(?=[0-9\u3400-\u9fff%])"
    r"|(?<=[\u3400-\u9fff])(?P<before>[ \u00a0\u2007\u2009\u202f]+)(?=[0-9])"
)
SPACE_NAMES = {
    " ": Words("空格", "space"),
    "\u00a0": Words("不换行空格（U+00A0，看不出来的空格）", "no-break space (U+00A0, which looks like a space)"),
    "\u2007": Words("数字宽度空格（U+2007）", "figure space (U+2007)"),
    "\u2009": Words("窄空格（U+2009）", "thin space (U+2009)"),
    "\u202f": Words("窄不换行空格（U+202F）", "narrow no-break space (U+202F)"),
}


def figure_spaces(display: str, lines: list[str], first: int) -> list[Problem]:
    """A space typed inside or beside a figure of a report page's Chinese
    text (its body `lines`, from line `first`; tables, note boxes, footnotes
    and code aside: their own checks read them), at its line."""
    problems = []
    fenced = False
    for number, line in enumerate(lines, first):
        if FENCE.match(line):
            fenced = not fenced
        if fenced or line.startswith("    ") or line.lstrip().startswith(("|", "[^")):
            continue
        text = CODE_SPAN.sub(lambda m: "`" * len(m.group(0)), line)
        found = FIGURE_SPACE.search(text)
        if found is None:
            continue
        space = found.group("space") or found.group("before")
        start, end = found.span()
        left = re.search(r"[0-9.]*[\u3400-\u9fff]?$", text[:start])
        right = re.match(r"[0-9.]*[\u3400-\u9fff%]?", text[end:])
        written = text[left.start() : end + right.end()]
        fixed = written.replace(space, "")
        name = SPACE_NAMES.get(space[0], SPACE_NAMES[" "])
        problems.append(problem(display, number, FIDELITY, "figure_space", written=written, name=name, fixed=fixed))
    return problems


def front_matter_slips(display: str, lines: list[str], lang: str) -> list[Problem]:
    """Full-width digits in a front matter (`lines`, from line 1): a
    description readers see in search results and shared links (rule 2)."""
    found = (_digits(display, number, line, lang, FRONT_MATTER) for number, line in enumerate(lines, 1))
    return [slip for slip in found if slip is not None]


# --- note boxes and table rows -------------------------------------------------


def _indent(line: str) -> tuple[int, bool]:
    """The columns a line is indented by in spaces and tabs (a tab to the
    next multiple of four), and whether a full-width space comes next."""
    columns = 0
    for char in line:
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += 4 - columns % 4
        else:
            return columns, char == "\u3000"
    return columns, False


def _admonition_slip(display: str, lines: list[str], first: int, at: int, opener: re.Match) -> Problem | None:
    """A line of the note box opened on lines[at] indented too little (or by
    full-width spaces), so that it falls out of the box."""
    outside = len(opener["indent"])
    inside = outside + 4
    after_blank, empty = True, True  # the line right after the opening is the box's first
    for index in range(at + 1, len(lines)):
        line = lines[index]
        if not line.strip(" \t\u3000"):
            after_blank = True
            continue
        columns, fullwidth = _indent(line)
        if columns >= inside:
            after_blank = empty = False
            continue
        if fullwidth and empty and columns >= outside:
            spaces = Words("用全角空格“　”缩进", "is indented by full-width spaces “　”")
        elif after_blank and columns > outside:
            count = columns - outside
            spaces = Words(f"只缩进了 {count} 个空格", f"is indented by {count} space{'s' * (count > 1)} only")
        else:
            return None  # the box has ended (or this is a lazy line of its paragraph)
        found = dict(opening=lines[at].strip(), where=first + at, spaces=spaces)
        return problem(display, first + index, BUILD, "admonition_indent", **found)
    return None


SEPARATOR = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def _cells(line: str) -> int:
    text = CODE_SPAN.sub("x", line.replace("\\|", "x")).strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return text.count("|") + 1


def _split_rows(display: str, lines: list[str], first: int, at: int) -> Iterator[Problem]:
    """Rows of the table whose header is lines[at] broken over two lines: the
    two lines' cells make one row of the header's, and either alone does not."""
    header = lines[at].strip()
    columns = _cells(header)
    index = at + 2
    while index + 1 < len(lines) and lines[index].strip() and lines[index + 1].strip():
        row, following = lines[index].strip(), lines[index + 1].strip()
        broken_end = header.endswith("|") and not row.endswith("|")
        broken_start = header.startswith("|") and not following.startswith("|")
        joined = _cells(f"{row} {following}") == columns
        if joined and (broken_end or _cells(row) != columns) and (broken_start or _cells(following) != columns):
            yield problem(display, first + index, TABLE_FORMAT, "table_row_split", next=first + index + 1)
            index += 2
            continue
        index += 1


# A front matter's `---` typed with an input method's dashes.
FRONT_DASHES = re.compile(r"^[-－—–‐―﹣]{2,}[ \t]*$")
FRONT_KEY = re.compile(r"[A-Za-z_][\w-]*[ \t]*[:：]")


def _table_bars(display: str, number: int, line: str, following: str) -> Problem | None:
    """A table's header or separator line written with the full-width bar
    `｜`: no table at all, only its lines as text."""
    if "｜" not in line:
        return None
    fixed, next_fixed = line.replace("｜", "|"), following.replace("｜", "|")
    separator = bool(SEPARATOR.match(fixed)) and "-" in fixed
    header = bool(SEPARATOR.match(next_fixed)) and "-" in next_fixed
    return _written(display, number, line, fixed) if separator or header else None


def page_slips(display: str, lines: list[str], first: int, lang: str = "zh") -> list[Problem]:
    """Every slip of a page's body (`lines`, whose first is line `first`) in the edition of `lang`."""
    problems: list[Problem] = []
    fenced = False
    for index, line in enumerate(lines):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        number = first + index
        dashes = number == 1 and FRONT_DASHES.match(line) and line.strip() != "---"
        if dashes and len(lines) > 1 and FRONT_KEY.match(lines[1]):  # a key follows: a front matter was meant
            problems.append(_written(display, number, line, "---", line))
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        slip = (
            next(_line_slips(display, number, line), None)
            or _table_bars(display, number, line, following)
            or _digits(display, number, line, lang)
        )
        if slip:
            problems.append(slip)
            continue
        opener = ADMONITION_OPENER.match(line)
        if opener:
            found = _admonition_slip(display, lines, first, index, opener)
            if found and found not in problems:
                problems.append(found)
        elif index + 1 < len(lines) and "|" in line and SEPARATOR.match(lines[index + 1]) and "-" in lines[index + 1]:
            problems += _split_rows(display, lines, first, index)
    return problems
