"""The catalog: every word the site writes for readers (READER) and every
message of the checks and scripts (MESSAGES), in Chinese (`zh`) and English
(`en`), with the same {placeholders} in both.

Each problem message says what is wrong, then (after a semicolon) what was
expected. Keep the two languages saying the same thing; a test checks that
every key has both and that their placeholders agree.
"""

from __future__ import annotations

# Every word the site writes for its readers (never the report's own words),
# by where it stands, then language: {concern: {lang: {key: text}}}, the same
# keys and {placeholders} in both languages (a test checks).
READER: dict[str, dict[str, dict[str, str]]] = {
    # the generated blocks: the home page's strip, the key-figures page, charts, citations, editions
    "glance": {
        "zh": {
            "issuer": "发布单位：{issuer}",
            "strip_title": "报告中的数字",
            "strip_all": "全部 {count} 项数字与图表",
            "about": "关于本报告：出处、译文与引用方式",
            "summary": "共 {count} 项数字，来自 {pages} 个页面，按报告的结构排列。",
            "jump": "跳到各部分",
            "count": "（{count} 项）",
            "headers": "编号|指标|数值|单位|说明",
            "chart_value": "数值",
            "chart_by": "编者据上表数字制图。",
            "chart_bar": "横条从零起，按数值的比例画出。",
            "chart_part": "空心横条是整体（{whole}），实心横条是其中的部分。",
            "chart_rates": "每个横条从 0% 到 100%。",
            "chart_more": "带“余”的数字指多于该数：横条画到该数为止，虚线表示实际更多。",
            "of_these": "其中",
            "cite_page_intro": "例如，引用一页（访问日期写您查阅该页的日期）：",
            "cite_page": "{issuer}：《{title}》，{edition}，“{page}”，{url}（访问日期：{accessed}）。",
            "cite_intro": "引用指标 {code}：",
            "cite": "{issuer}：《{title}》，{edition}，“{page}”，指标 {code}“{label}”：{value}。{url}（访问日期：{accessed}）。",
            "cite_edition": "网站中文版",
            "editions_title": "报告原文的版本",
            "editions_intro": "本站中文页面所照录的报告原文，按收到的先后：",
            "edition": "{received}收到，来自{sender}：{note}",
        },
        "en": {
            "issuer": "Issued by: {issuer}",
            "strip_title": "The report in figures",
            "strip_all": "All {count} figures and charts",
            "about": "About the report: source, translation and how to cite it",
            "summary": "{count} figures from {pages} pages, in the order of the report.",
            "jump": "Jump to a part",
            "count": " ({count} figures)",
            "headers": "Code|Indicator|Value|Unit|Note",
            "chart_value": "Value",
            "chart_by": "Chart by the editors, from the figures in the table above.",
            "chart_bar": "Bars start at zero and are drawn to scale.",
            "chart_part": "The outlined bar is the whole ({whole}), the solid bar the part of it.",
            "chart_rates": "Each bar runs from 0% to 100%.",
            "chart_more": "“More than”: the bar is drawn to the figure given; its dashed end marks that there are more.",
            "of_these": "of these,",
            "cite_page_intro": "For example, to cite a page (the date of access is the day you consulted it):",
            "cite_page": "{issuer}, {title}, {edition}, “{page}”, translation by this site, {url} (accessed {accessed}).",
            "cite_intro": "To cite the figure {code}:",
            "cite": "{issuer}, {title}, {edition}, “{page}”, figure {code}, “{label}”: {value}, translation by this "
            "site, {url} (accessed {accessed}).",
            "cite_edition": "the site’s English edition",
            "editions_title": "Editions of the report’s text",
            "editions_intro": "The text of the report that the Chinese pages carry, edition by edition, oldest first:",
            "edition": "arrived on {received} from {sender}: {note}",
        },
    },
    # the whole report as one document (the PDFs): cover, contents, running footer
    "document": {
        "zh": {
            "html_lang": "zh-Hans",
            "edition": "中文版",
            "contents": "目录",
            "version": "版本",
            "built": "生成日期",
            "site": "网上阅读",
            "qr_alt": "网址二维码：{url}",
            "page_of": "第 {n} 页，共 {total} 页",  # the footer; {n} and {total} become counters
        },
        "en": {
            "html_lang": "en",
            "edition": "English edition",
            "contents": "Contents",
            "version": "Version",
            "built": "Date of this edition",
            "site": "Read online",
            "qr_alt": "QR code of the address {url}",
            "page_of": "Page {n} of {total}",
        },
    },
    "editorial": {"zh": {"label": "编者注"}, "en": {"label": "Editors’ note"}},
    # the home page's name in the navigation
    "home": {"zh": {"title": "首页"}, "en": {"title": "Home"}},
    # the phone's menu (the theme's navigation drawer): its button, its name as a dialog, its close button
    "menu": {
        "zh": {"open": "打开目录", "name": "目录", "close": "关闭目录"},
        "en": {"open": "Open the menu", "name": "Menu", "close": "Close the menu"},
    },
    # search results (assets/search-prelude.js): the figure that answers the query, above the results,
    # its link's words for screen readers; a one-character slip read as the words it stands for
    "search": {
        "zh": {
            "answer": "报告中的数字",
            "answer_said": "数字：{label}，{value}，指标 {code}",
            "did_you_mean": "您是不是要找：{words}",
        },
        "en": {
            "answer": "The report’s figure",
            "answer_said": "Figure: {label}, {value}, indicator {code}",
            "did_you_mean": "Did you mean: {words}",
        },
    },
    # a figure's "copy link" button (share.js, beside its code in each row and
    # card), what it says when copied, and the shown address when the browser
    # cannot copy (file:// without clipboard access)
    "copy_link": {
        "zh": {
            "button": "复制链接",
            "name": "复制指标 {code} 的链接",
            "copied": "已复制指标 {code} 的链接",
            "select": "无法自动复制：链接已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制",
            "address": "指标 {code} 的链接",
        },
        "en": {
            "button": "Copy link",
            "name": "Copy the link to figure {code}",
            "copied": "Link to figure {code} copied",
            "select": "Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it",
            "address": "Link to figure {code}",
        },
    },
    # a page's share image (share_image.py, the Open Graph tags): what its text says
    "share": {
        "zh": {"alt": "{title}", "figures": "{title}。{figures}", "figure": "{label}：{value}", "joiner": "；"},
        "en": {"alt": "{title}", "figures": "{title}. {figures}", "figure": "{label}: {value}", "joiner": "; "},
    },
    # a figure given as "more than" one: written in the text and cards, said on hover
    "approx": {
        "zh": {"written": "{value}", "said": "多于{value}"},
        "en": {"written": "more than {value}", "said": "more than {value}"},
    },
}

MESSAGES: dict[str, dict[str, str]] = {
    # --- reporting --------------------------------------------------------------
    "warning_prefix": {"zh": "提醒：", "en": "warning: "},
    "summary_errors": {
        "zh": "发现 {count} 个问题，修正后才能发布。",
        "en": "{count} problem(s) to fix before publishing.",
    },
    "summary_warnings": {"zh": "{count} 个提醒（不影响发布）。", "en": "{count} warning(s), not blocking."},
    "summary_clean": {"zh": "没有发现问题。", "en": "No problems found."},
    # --- rule 1: files ------------------------------------------------------------
    "encoding_not_utf8": {
        "zh": "文件不是有效的 UTF-8 编码（本行有字节 {byte}）；应当以 UTF-8 编码保存文件",
        "en": "the file is not valid UTF-8 (byte {byte} on this line); expected UTF-8 text: save the file with "
        "UTF-8 encoding",
    },
    "encoding_invisible": {
        "zh": "这一行有一个看不见的字符 {code}（{name}），它会改变读者看到的文字、把数字拆开或藏在文字里，而差异对比中看不出来；"
        "应当删去它（在编辑器中把光标移到这一行，删去并重新输入附近的几个字）",
        "en": "this line holds the invisible character {code} ({name}), which changes what readers see, splits a "
        "figure or hides in the text where no diff shows it; expected it deleted (delete and retype the words "
        "around it)",
    },
    "encoding_special_digit": {
        "zh": "这一行的“{char}”（{code}，{name}）是特殊的数字符号，读者把它当作数字读，检查却不会；应当用普通的数字 0–9 书写",
        "en": "this line's “{char}” ({code}, {name}) is a special digit, which readers read as a figure and the "
        "checks do not; expected the figure in ordinary digits 0–9",
    },
    "file_unreadable": {
        "zh": "无法读取文件（{reason}）；应当是可读的普通文件",
        "en": "the file cannot be read ({reason}); expected a readable file",
    },
    "docs_symlink": {
        "zh": "这是一个符号链接，构建时会发布它指向的文件；应当是普通文件",
        "en": "this is a symbolic link, which the build would follow and publish; expected a plain file",
    },
    "docs_page_name": {
        "zh": "页面文件名不能用作网址（只能有小写字母、数字和连字符）；如果这是误存的副本，应当删除它，否则改名，例如 {example}",
        "en": "a page's file name is its web address, so it may hold only lower-case letters, digits and hyphens; "
        "expected this copy deleted, or the page renamed, e.g. {example}",
    },
    "docs_file_type": {
        "zh": "docs/ 中不应有“{suffix}”文件，它会原样发布；应当只有 Markdown 页面（`.md`）和允许的资源文件（{allowed}）",
        "en": "a “{suffix}” file in docs/ would be published as it is; expected only Markdown pages (.md) and "
        "asset files of the allowed types ({allowed})",
    },
    # --- rule 2: front matter -----------------------------------------------------
    "yaml_invalid": {
        "zh": "不是合法的 YAML（{reason}）；应当是 `键: 值` 形式的行，缩进一致，冒号后有空格",
        "en": "not valid YAML ({reason}); expected `key: value` lines with consistent indentation and a space "
        "after each colon",
    },
    "front_matter_not_mapping": {
        "zh": "页首信息不是“键: 值”的映射；应当在两行 `---` 之间写 `键: 值` 形式的行",
        "en": "the front matter is not a mapping; expected `key: value` lines between the two `---` lines",
    },
    "front_matter_fullwidth_colon": {
        "zh": "这一行的键后面用了全角冒号“：”；页首信息应当写成 `键: 值`，用半角冒号加空格，例如 `description: 本节摘要`",
        "en": "the key on this line is followed by the full-width colon “：”; expected `key: value` with an ASCII "
        "colon and a space, e.g. `description: a summary`",
    },
    "footnote_undefined": {
        "zh": "脚注标记 [^{label}] 没有对应的脚注，读者会看到“[^{label}]”这几个字；应当在页面末尾有一行 `[^{label}]: 说明`"
        "（已有的脚注是 [^{example}]：标记和脚注的名字应当一字不差）",
        "en": "the footnote mark [^{label}] has no footnote, so readers see “[^{label}]” as text; expected a line "
        "`[^{label}]: the note` at the end of the page (the footnote here is [^{example}]: the mark and the note need "
        "the same name)",
    },
    "footnote_missing": {
        "zh": "脚注标记 [^{label}] 没有对应的脚注，读者会看到“[^{label}]”这几个字；应当在页面末尾加一行 `[^{label}]: 说明`，"
        "或者删去这个标记",
        "en": "the footnote mark [^{label}] has no footnote, so readers see “[^{label}]” as text; expected a line "
        "`[^{label}]: the note` at the end of the page, or the mark deleted",
    },
    "footnote_unused": {
        "zh": "脚注 [^{label}] 没有在正文中被引用；应当在要说明的文字后写 [^{label}]，或者删去这条脚注",
        "en": "the footnote [^{label}] is not referred to in the text; expected [^{label}] after the words it explains, "
        "or the footnote removed",
    },
    "footnote_defined_twice": {
        "zh": "脚注 [^{label}] 在第 {first} 行已经写过一次，读者只会看到其中一条；应当删去这一条，"
        "或者给它另起一个名字（并在正文中用这个新名字引用它）",
        "en": "the footnote [^{label}] is already written on line {first}, so readers see only one of the two; "
        "expected this one deleted, or given a name of its own (and the text referring to it by that name)",
    },
    "page_empty": {
        "zh": "这个页面是空的，读者会看到一个空白页；应当写上页面的标题和正文（内容是误删的，用 `git checkout -- {path}` 恢复）；"
        "不再需要这一页时，把它连同另一种语言的页面和导航中的一项一起删除",
        "en": "this page is empty, so readers would see a blank page; expected its heading and text (if they were "
        "deleted by mistake, `git checkout -- {path}` restores them), or, if the page is no longer wanted, the "
        "page deleted together with its other edition and its entry in the navigation",
    },
    "merge_conflict": {
        "zh": "从这一行到第 {end} 行是 Git 合并冲突留下的两个版本，连同标记 `<<<<<<<`、`=======`、`>>>>>>>`；"
        "应当只保留两个版本中正确的一个，并删去这三行标记",
        "en": "this line to line {end} hold the two versions a Git merge conflict left, with its markers `<<<<<<<`, "
        "`=======` and `>>>>>>>`; expected the right one of the two versions kept and the "
        "three marker lines deleted",
    },
    "merge_conflict_marker": {
        "zh": "这一行是 Git 合并冲突留下的标记（`<<<<<<<`、`|||||||` 或 `>>>>>>>`）；"
        "应当只保留冲突两个版本中正确的一个，并删去冲突的每一行标记",
        "en": "this line is a marker a Git merge conflict left (`<<<<<<<`, `|||||||` or `>>>>>>>`); "
        "expected the right one of the conflict's two versions kept and each of its marker lines deleted",
    },
    "markdown_fullwidth": {
        "zh": "“{written}”里的 {chars} 是全角符号（中文输入法打出的），MkDocs 不认，读者会看到这几个字；"
        "应当用半角符号写成 `{fixed}`",
        "en": "“{written}” holds the full-width {chars} of a Chinese input method, which MkDocs does not read, so "
        "readers would see the marks as text; expected `{fixed}`, in ASCII characters",
    },
    "figure_fullwidth": {
        "zh": "“{written}”里的 {chars} 是全角的数字或符号（中文输入法打出的），{effect}；应当用半角写成 `{fixed}`",
        "en": "“{written}” holds the full-width {chars} of a Chinese input method, {effect}; expected `{fixed}`, in "
        "ASCII characters",
    },
    "admonition_fell_out": {
        "zh": "这一行紧跟在第 {where} 行的说明框“{opening}”之后，却没有缩进，落在了框外，读者会把它当作报告正文，"
        "而它不在报告原文中；它属于说明框时，应当缩进 4 个半角空格，与框里的其他行对齐",
        "en": "this line follows the note box “{opening}” of line {where} but is not indented, so it falls out of "
        "the box and readers take it for the report's text, which it is not; if it belongs in the box, expected it "
        "indented by 4 spaces, as the box's other lines",
    },
    "figure_space": {
        "zh": "“{written}”里的数字旁有一个{name}，报告原文没有，读者会看到数字被隔开；应当删去它，写成 `{fixed}`",
        "en": "“{written}” has a {name} inside or beside its figure, which the report does not have, so readers "
        "would see the figure split; expected it deleted: `{fixed}`",
    },
    "admonition_indent": {
        "zh": "这一行是第 {where} 行说明框“{opening}”的内容，却{spaces}，会落到框外，读者会把它当作正文；"
        "说明框里的每一行应当缩进 4 个半角空格",
        "en": "this line belongs in the note box “{opening}” of line {where} but {spaces}, so it "
        "falls out of the box and readers take it for the page's text; expected every line of a note box indented "
        "by 4 spaces",
    },
    "admonition_title_quotes": {
        "zh": "说明框的开头“{written}”里{what}，MkDocs 不会把它当作说明框，读者会看到这一行文字，框里的文字也会变成代码；"
        "应当写成 `{fixed}`",
        "en": "in the note box's opening “{written}”, {what}, so MkDocs makes no note box of it: readers would see "
        "this line as text and the box's lines as code; expected `{fixed}`",
    },
    "admonition_type_unknown": {
        "zh": "说明框的类型“{type}”不是主题认得的类型，读者会看到一个没有颜色和图标、以“{type}”为标题的框；"
        "类型应当是 {allowed} 之一，例如 `{fixed}`",
        "en": "the note-box type “{type}” is not one the theme knows, so readers would see a box without colour or "
        "icon, titled “{type}”; expected a type among {allowed}, e.g. `{fixed}`",
    },
    "heading_attributes": {
        "zh": "标题末尾的“{written}”写法不对（id 前要有 `#`，类名前要有 `.`，各项用空格隔开，最后用 `}}` 结束），"
        "MkDocs 会把它当作标题的文字，标题也就没有了 id 和类名；应当写成 `{fixed}`",
        "en": "the heading's ending “{written}” is not written as MkDocs reads it (an id after `#`, a class after "
        "`.`, spaces between, closed by `}}`), so it shows as part of the heading, which loses its id and class; "
        "expected `{fixed}`",
    },
    "footnote_colon_space": {
        "zh": "脚注“{written}”的 `]` 和冒号之间有空格，MkDocs 不会把它当作脚注，读者会看到这一行文字；应当写成 `{fixed}`",
        "en": "the footnote “{written}” has a space between `]` and its colon, so MkDocs makes no footnote of it and "
        "readers see the line as text; expected `{fixed}`",
    },
    "bold_unpaired": {
        "zh": "这一行的粗体标记 `**` 没有成对（只有开头或只有结尾），读者会看到“**”这两个字符；应当成对写成 `**要加粗的文字**`",
        "en": "the bold mark `**` of this line is not paired (an opening or a closing only), so readers see “**” as "
        "text; expected a pair, `**the words in bold**`",
    },
    "correction_unclosed": {
        "zh": "校改“{written}”没有按开头的写法结束：结尾的 `{ending}` 应当是 `{close}`，否则读者会看到这些符号；"
        "应当写成 `{fixed}`",
        "en": "the correction “{written}” does not end as it opens: its ending `{ending}` should be `{close}`, or "
        "readers see the marks as text; expected `{fixed}`",
    },
    "correction_not_closed": {
        "zh": "校改“{written}”没有结束，缺少结尾的 `{close}`，读者会看到这些符号；应当在校改的文字之后写上 `{close}`",
        "en": "the correction “{written}” is never closed: its ending `{close}` is missing, so readers see the marks "
        "as text; expected `{close}` after the words corrected",
    },
    "table_row_split": {
        "zh": "表格的这一行被换行拆成了两行（这一行和第 {next} 行），读者会看到两行残缺的表格行；"
        "应当把第 {next} 行接到这一行的末尾，一行表格写在同一行里",
        "en": "this table row is broken over two lines (this one and line {next}), so readers would see two broken "
        "rows; expected line {next} joined to the end of this one: a table row stands on one line",
    },
    "front_matter_unclosed": {
        "zh": "页首信息没有结束，MkDocs 会把它当作正文显示；应当在页首信息后再写一行 `---`",
        "en": "the front matter is not closed, so MkDocs would show it as text; expected a second `---` line after it",
    },
    "front_matter_multimarkdown": {
        "zh": "首行“{key}: …”会被 MkDocs 当作页首信息隐藏；应当把页首信息写在两行 `---` 之间，或改写首行",
        "en": "the first line “{key}: …” would be hidden by MkDocs as metadata; expected front matter between "
        "two `---` lines, or a different first line",
    },
    # --- rule 3: fidelity --------------------------------------------------------------
    "source_changed": {
        "zh": "报告原文在这一行与收录的版本不同：{diff}；报告原文不能改：要校改一处文字，请恢复原文"
        "（`git checkout -- data/source.txt`），在页面上用 {{~~原字~>改字~~}} 标出并加脚注；"
        "只有发布单位发来新版报告时，才由维护者按编辑指南“新版报告”一节在 {editions} 中登记新版本",
        "en": "the report's text differs on this line from the edition on record: {diff}; expected the "
        "report's text unchanged: to correct a word, restore it (`git checkout -- data/source.txt`) and mark the "
        "correction on its page with {{~~old~>new~~}} and a footnote; only a new edition sent by the issuer is "
        "entered in {editions}, by the maintainers, as the editors' guide (“A new edition of the report”) describes",
    },
    "source_changed_under_review": {
        "zh": "这个拉取请求修改了报告原文或它的版本登记（与 {base} 相比，从这一行起）；报告原文只有发布单位发来新版时才能更新，"
        "须由维护者按编辑指南“新版报告”一节审核；校改一处文字应当在页面上标出，不能改这里",
        "en": "this pull request changes the report's text or its editions (against {base}, from this line); "
        "expected the report's text updated only for a new edition sent by the issuer, reviewed by the maintainers "
        "as the editors' guide (“A new edition of the report”) describes; a correction is marked on its page, "
        "never made here",
    },
    "source_first_edition": {
        "zh": "第一个版本的校验值不是首次收录（提交 {commit}）时的 data/source.txt；首次发布的报告原文不能替换，"
        "应当恢复这一项，新版本只能加在列表末尾",
        "en": "the first edition's checksum is not that of data/source.txt as first committed ({commit}); expected "
        "the report as first published kept: restore this entry, and add a new edition at the end of the list only",
    },
    "source_version_unlisted": {
        "zh": "提交 {commit} 中的 data/source.txt 不是 data/source_editions.yml 登记的任何版本；报告原文的每一个版本"
        "都应当登记，不能不声不响地修改",
        "en": "data/source.txt as committed in {commit} is none of the editions listed in data/source_editions.yml; "
        "expected every version of the report's text listed there, never changed silently",
    },
    "source_edition_removed": {
        "zh": "提交 {commit} 登记的版本（校验值 {sha256}…）被删去了；版本列表只能增加，应当恢复这一项",
        "en": "the edition listed in {commit} (checksum {sha256}…) has been taken out; expected the list of "
        "editions only to grow: restore it",
    },
    "fidelity_changed": {
        "zh": "此处与原文（{source}）不同：{diff}；应当与原文逐字一致，或把改动标为校改（{{~~原文~>改为~~}} 加脚注）",
        "en": "this differs from the report ({source}): {diff}; expected the report's words unchanged, or the "
        "change marked as a correction ({{~~original~>corrected~~}} with a footnote)",
    },
    "fidelity_not_in_report": {
        "zh": "这段文字不在报告原文中：“{text}”；中文页面应当只有原文；编者补充的文字标为 {{++补字++}} 并加脚注，"
        "编者说明放在脚注或说明框中",
        "en": "this text is not in the report: “{text}”; expected only the report's words on a Chinese page; an "
        "editorial addition is marked {{++added++}} with a footnote, an editorial note goes in a footnote or a note box",
    },
    "fidelity_missing_here": {
        "zh": "报告原文的这句话（{source}）不在任何中文页面上：“{sentence}”；应当逐字出现在此处“{after}”之后",
        "en": "this sentence of the report ({source}) is on no Chinese page: “{sentence}”; expected it word for "
        "word here, after “{after}”",
    },
    "fidelity_placeholder": {
        "zh": "这里还是新一节的占位文字；应当换成报告原文中还不在任何页面上的这一段（{source}），逐字照录：“{sentence}”",
        "en": "this is still the new section's placeholder; expected the passage of the report that is on no page yet "
        "({source}) in its place, word for word: “{sentence}”",
    },
    "fidelity_deleted": {
        "zh": "报告原文的这一段（{source}）不在任何中文页面上：“{sentence}”，上次提交时它在本页第 {line} 行，"
        "是尚未提交的改动删去了它；应当在这里把它逐字恢复（`git diff {path}` 显示删去的几行）",
        "en": "this passage of the report ({source}) is on no Chinese page: “{sentence}”; at the last commit it stood "
        "on line {line} of this page, so an uncommitted change deleted it; expected it back here word for word "
        "(`git diff {path}` shows the lines deleted)",
    },
    "fidelity_in_editorial_block": {
        "zh": "报告原文“{sentence}”写在了编者的说明框或可展开块中，读者会把它当作编者的说明；原文应当写在页面正文中，不放在说明框里",
        "en": "the report's text “{sentence}” stands in an editors' note box or details block, where readers take it "
        "for the editors'; expected the report's text in the page's text, outside any note box",
    },
    "fidelity_missing": {
        "zh": "报告原文的这句话不在任何中文页面上：“{sentence}”；应当逐字出现在所属章节的页面上",
        "en": "this sentence of the report is on no Chinese page: “{sentence}”; expected it word for word on the "
        "page of its section",
    },
    "fidelity_repeated": {
        "zh": "报告原文的这句话出现了两次：“{sentence}”（另见 {where}）；每句原文应当只出现一次",
        "en": "this sentence of the report stands twice: “{sentence}” (also at {where}); expected each sentence of "
        "the report once",
    },
    "correction_footnote_unlinked": {
        "zh": "校改“{text}”后面没有脚注标记，第 {note} 行的脚注 [^{label}] 也就没有被引用；"
        "应当在校改后面紧跟着写上 `[^{label}]`",
        "en": "the correction “{text}” has no footnote mark after it, so the footnote [^{label}] of line {note} is "
        "referred to nowhere; expected `[^{label}]` right after the correction",
    },
    "correction_without_footnote": {
        "zh": "校改“{text}”后面没有脚注；应当紧跟一个脚注说明原文和理由，例如 `{{~~以~>党对~~}}[^c1]` … "
        "`[^c1]: 原文作“…”，据文意校改。`",
        "en": "the correction “{text}” has no footnote; expected a footnote right after it giving the source's "
        "reading and the reason, e.g. `{{~~以~>党对~~}}[^c1]` … `[^c1]: 原文作“…”，据文意校改。`",
    },
    # --- rules 4 to 10: metric tables --------------------------------------------------------
    "metric_header_wrong": {
        "zh": "指标表的表头是“{found}”；表头应当正好是 {expected}",
        "en": "the metric table header is “{found}”; expected exactly {expected}",
    },
    "metric_row_cells": {
        "zh": "这一行有 {count} 格，多出的格子不会显示；应当正好 {expected} 格：{columns}",
        "en": "this row has {count} cells, and readers never see those beyond the header's; expected {expected}: "
        "{columns}",
    },
    "metric_row_in_comment": {
        "zh": "指标行 {code} 写在 HTML 注释中，读者看不到；应当作为表格的一行显示，或连同正文中的数字一并删除",
        "en": "the metric row {code} is inside an HTML comment, so readers never see it; expected it as a row of "
        "the table, or deleted together with its figure in the text",
    },
    "metric_row_as_code": {
        "zh": "指标行 {code} 被显示为代码（行首缩进了制表符或四个空格，或写在代码块中）；应当从行首的 `|` 开始，写在表格中",
        "en": "the metric row(s) {code} show as code (indented by a tab or four spaces, or inside a code block); "
        "expected them in the table, each row starting with `|`",
    },
    "metric_row_not_in_table": {
        "zh": "这一行看起来是指标行 {code}，但没有显示在表格中（空行或缺少分隔行会把表格断开）；应当紧接在表格的其他行之下",
        "en": "this line looks like the metric row {code} but is not shown as part of a table (a blank line or a "
        "missing delimiter row breaks the table); expected it right under the table's other rows",
    },
    "metric_code_missing": {
        "zh": "“{row}”这一行没有编号；应当有编号，例如 DB-01",
        "en": "the row “{row}” has no code; expected a code such as DB-01",
    },
    "metric_code_malformed": {
        "zh": "编号“{code}”格式不对；应当是两三个大写字母、连字符、两位数字，例如 {example}",
        "en": "the code “{code}” is not of the form AB-01; expected two or three capital letters, a hyphen and two "
        "digits, e.g. {example}",
    },
    "metric_code_typed": {
        "zh": "编号“{code}”里有{chars}（中文输入法打出的），读者会原样看到，链接和检查也找不到这个编号；"
        "应当用半角写成 `{fixed}`",
        "en": "the code “{code}” holds {chars} of a Chinese input method, which readers would see as it is and links "
        "and checks would not find; expected `{fixed}`, in ASCII characters",
    },
    "metric_value_typed": {
        "zh": "{code}：数值“{value}”里有{chars}（输入法打出或复制粘贴带来的），读者会原样看到；应当用半角写成 `{fixed}`{note}",
        "en": "{code}: the value “{value}” holds {chars} (typed by an input method, or pasted), which readers would "
        "see as it is; expected `{fixed}`, in ASCII characters{note}",
    },
    "metric_unit_typed": {
        "zh": "{code}：单位“{unit}”里多了{chars}，读者会原样看到；应当写成 `{fixed}`",
        "en": "{code}: the unit “{unit}” holds {chars} too, which readers would see as it is; expected `{fixed}`",
    },
    "metric_row_fullwidth_bar": {
        "zh": "这一行用了全角竖线“｜”，各列挤成了一格；各列应当用半角竖线 `|` 分隔",
        "en": "this row uses the full-width bar “｜”, so its columns run together in one cell; expected the columns "
        "separated by the ASCII bar `|`",
    },
    "metric_code_duplicate": {
        "zh": "{code}：编号重复，{where} 已经用过；每个指标应当有自己的编号",
        "en": "{code}: duplicate code, already used at {where}; expected a code of its own",
    },
    "metric_label_empty": {
        "zh": "{code}：“{column}”一格是空的；应当写明这个数字统计的是什么",
        "en": "{code}: the {column} cell is empty; expected what the figure counts",
    },
    "value_empty": {
        "zh": "{code}：数值是空的；应当是数字，例如 {examples}",
        "en": "{code}: the value is empty; expected a number such as {examples}",
    },
    "value_not_a_number": {
        "zh": "{code}：数值“{value}”不是数字；应当是数字，例如 {examples}",
        "en": "{code}: the value “{value}” is not a number; expected a number such as {examples}",
    },
    "value_chinese_style": {
        "zh": "{code}：数值“{value}”是中文写法；英文页面应当写出完整数字，例如 596,000 或 20+",
        "en": "{code}: the value “{value}” is written the Chinese way; expected it written out on English pages, "
        "e.g. 596,000 or 20+",
    },
    "value_english_style": {
        "zh": "{code}：数值“{value}”是英文写法；中文页面应当把“多于20”写作 `20余`",
        "en": "{code}: the value “{value}” is written the English way; expected `20余` for “more than 20” on Chinese "
        "pages",
    },
    "value_separators": {
        "zh": "{code}：数值“{value}”中的空格或千位分隔符位置不对；应当是数字，例如 {examples}",
        "en": "{code}: the value “{value}” has misplaced spaces or thousands separators; expected a number such as "
        "{examples}",
    },
    "value_negative": {
        "zh": "{code}：数值“{value}”带负号，但单位不是同比变化；只有同比变化的数值可以为负（下降）",
        "en": "{code}: the value “{value}” is negative, but its unit is not a change; expected a sign only on a "
        "change against the previous year (a fall is negative)",
    },
    "metric_unit_unknown_zh": {
        "zh": "{code}：单位“{unit}”不在单位词表中；应当是 {allowed} 之一，或在 data/units.yml 中新增这个单位",
        "en": "{code}: unknown unit “{unit}”; expected one of {allowed}, or a new unit added to data/units.yml",
    },
    "metric_unit_english_on_zh": {
        "zh": "{code}：“{unit}”是英文单位；中文页面应当写中文单位",
        "en": "{code}: “{unit}” is an English unit; expected the Chinese unit on a Chinese page",
    },
    "metric_unit_chinese_on_en": {
        "zh": "{code}：“{unit}”是中文单位；英文页面应当写这个指标自然的英文计量名词，例如 {allowed}",
        "en": "{code}: “{unit}” is a Chinese unit; expected the natural English noun for this indicator, e.g. {allowed}",
    },
    "metric_unit_unknown_en": {
        "zh": "{code}：英文单位“{unit}”不在单位词表中；应当是 {allowed} 之一，或在 data/units.yml 的 `english:` 下新增",
        "en": "{code}: unknown English unit “{unit}”; expected one of {allowed}, or a new one added under "
        "`english:` in data/units.yml",
    },
    "metric_rate_range": {
        "zh": "{code}：比率 {value} {unit} 不在 0–100 之间；百分比应当在 0 到 100 之间",
        "en": "{code}: the rate {value} {unit} is outside 0–100; expected a percentage between 0 and 100",
    },
    "metric_not_in_text": {
        "zh": "{code}：本页正文中没有 {figure} 这个数字（正文中最接近的数字：{nearest}）；表格与正文应当给出同一个数字",
        "en": "{code}: the figure {figure} does not stand in the text of this page (the nearest figures in the "
        "text: {nearest}); expected the table and the text to give the same figure",
    },
    "metric_text_missing": {
        "zh": "本页正文中找不到这张指标表（{codes}）的任何一个数字，多半是正文的段落被删去或改掉了；"
        "应当先恢复正文（`git diff` 可以看到改了什么），表格与正文应当给出同样的数字",
        "en": "not one figure of this metric table ({codes}) stands in the page's text, most likely because a "
        "paragraph of the text was deleted or changed; expected the text restored first (`git diff` shows what "
        "changed), the table and the text giving the same figures",
    },
    "metric_value_differs": {
        "zh": "{code}：表中是 {value}，正文中说明“{label}”的数字是 {figure}（“{context}”，第 {text_line} 行）；表格与正文应当给出同一个数字",
        "en": "{code}: the table gives {value}, but the text gives {figure} for “{label}” (“{context}”, line {text_line}); "
        "expected the table and the text to give the same figure",
    },
    "metric_figure_taken": {
        "zh": "{code}：正文中的 {figure} 已经对应 {other}（{where}）；正文中的每个数字应当只对应一行",
        "en": "{code}: the figure {figure} of the text is already bound to {other} ({where}); expected each figure "
        "of the text in one row only",
    },
    "metric_label_mismatch": {
        "zh": "{code}：指标“{label}”与正文中说明 {figure} 的文字不符：“{context}”（第 {text_line} 行）；指标应当用这句话的说法",
        "en": "{code}: the indicator “{label}” does not say what the text stating {figure} says: “{context}” (line "
        "{text_line}); expected the indicator in that sentence's words",
    },
    "metric_labels_swapped": {
        "zh": "{code} 与 {other} 的指标似乎对调了：“{context}” / “{other_context}”；每个指标应当与它自己的数字对应",
        "en": "the indicators of {code} and {other} seem swapped: “{context}” / “{other_context}”; expected each "
        "indicator beside its own figure",
    },
    "metric_sign_fall": {
        "zh": "{code}：正文说的是下降（“{context}”），但数值 {value} 不是负数；下降应当写成负数，例如 -2.4",
        "en": "{code}: the text states a fall (“{context}”) but the value {value} is not negative; expected a fall "
        "written as a negative value, e.g. -2.4",
    },
    "metric_sign_rise": {
        "zh": "{code}：正文说的是增长（“{context}”），但数值 {value} 是负数；增长应当写成正数",
        "en": "{code}: the text states a rise (“{context}”) but the value {value} is negative; expected a rise "
        "written as a positive value",
    },
    "figure_without_row": {
        "zh": "正文中的数字 {figure}（“{context}”）在本页指标表中没有对应的行；应当在表中为它加一行，"
        "如果它不是统计指标，则在页首信息的 `not_metrics:` 下写明它和理由",
        "en": "the figure {figure} of the text (“{context}”) has no row in this page's metric table; expected a row "
        "for it, or, if it is not a metric, an entry under `not_metrics:` in the front matter with the reason",
    },
    "not_metric_curly_quotes": {
        "zh": '`not_metrics` 列出的 {figure} 带着中文引号，YAML 把引号当成了数字的一部分；应当用半角引号写作 "{bare}"',
        "en": "`not_metrics` lists {figure} with Chinese quotation marks, which YAML reads as part of the figure; "
        'expected ASCII quotes: "{bare}"',
    },
    "not_metric_unknown": {
        "zh": "`not_metrics` 列出的 {figure} 不是本页正文中的数字；应当只列出正文中确有的数字",
        "en": "`not_metrics` lists {figure}, which is not a figure of this page's text; expected only figures the "
        "text states",
    },
    "metric_rule_unknown_code": {
        "zh": "规则 {constraint} 中的 {codes} 不是任何中文指标表中的编号；规则应当使用已有的编号",
        "en": "the rule {constraint} names {codes}, which no Chinese metric table has; expected existing codes",
    },
    "metric_rule_broken": {
        "zh": "{code}：{value} 与 {other}（{other_value}，{where}）不符合规则 {constraint}（{why}）；"
        "应当满足 {rules_file} 中声明的 {constraint}",
        "en": "{code}: {value} and {other} ({other_value}, {where}) break the rule {constraint} ({why}); expected "
        "{constraint} as declared in {rules_file}",
    },
    # --- rule 19: safe HTML -----------------------------------------------------------
    "html_tag": {
        "zh": "页面中不允许使用 HTML 元素 <{tag}>（它可能运行脚本、加载外部内容或改变页面）；应当用 Markdown，"
        "或只用这些行内元素：{allowed}",
        "en": "the HTML element <{tag}> is not allowed on a page (it could run script, load outside content or "
        "change the page); expected Markdown, or only these inline elements: {allowed}",
    },
    "html_event_handler": {
        "zh": "<{tag}> 上的 {attribute} 会运行脚本，不允许使用；页面中不应有脚本",
        "en": "{attribute} on <{tag}> runs script and is not allowed; expected no script on a page",
    },
    "html_attribute": {
        "zh": "<{tag}> 上不允许使用属性 {attribute}；允许的属性是 {allowed}",
        "en": "the attribute {attribute} is not allowed on <{tag}>; expected only {allowed}",
    },
    "html_style": {
        "zh": "<{tag}> 上的样式“{value}”不允许使用；页面样式由网站统一设定（表格对齐用 Markdown 的 :--- 写法）",
        "en": "the style “{value}” on <{tag}> is not allowed; expected the site's own styles (align table columns "
        "with Markdown's :--- syntax)",
    },
    "html_id": {
        "zh": "<{tag}> 的 id“{value}”不允许使用（可能与网站本身的元素冲突）；应当是字母或数字开头的简单名称",
        "en": "the id “{value}” on <{tag}> is not allowed (it could clash with the site's own elements); expected a "
        "simple name starting with a letter or digit",
    },
    "html_id_footnote": {
        "zh": "<{tag}> 的 id“{value}”是脚注专用的，检查不会把它当作正文读；脚注应当写成 [^名字]，页面末尾写 [^名字]: 脚注文字",
        "en": "the id “{value}” on <{tag}> is the footnotes' own, which the checks do not read as text; expected a "
        "footnote written [^name], with [^name]: its text at the end of the page",
    },
    "html_src_outside": {
        "zh": "<{tag}> 从外部地址“{url}”加载内容，不允许使用；网站不从任何其他主机加载内容，应当使用 docs/ 中的文件",
        "en": "<{tag}> loads “{url}” from outside the site, which is not allowed; expected a file of the site "
        "(in docs/), never another host",
    },
    "html_url_scheme": {
        "zh": "<{tag}> 的地址“{url}”不允许使用（`javascript:`、`data:` 等地址会运行脚本或嵌入内容）；应当是站内页面或 https:// 链接",
        "en": "the address “{url}” on <{tag}> is not allowed (javascript:, data: and the like run script or embed "
        "content); expected a page of the site or an https:// link",
    },
    "html_comment": {
        "zh": "HTML 注释把文字藏了起来，读者看不到：“{text}”；页面上不应有隐藏文字，应当删除，或改为可见的编者说明",
        "en": "an HTML comment hides text from readers: “{text}”; expected no hidden text: delete it, or make it a "
        "visible editorial note",
    },
    "html_class": {
        "zh": "<{tag}> 上的类名“{name}”不在允许的列表中；页面只能用这些类名：{allowed}",
        "en": "the class “{name}” on <{tag}> is not allowed; expected only these classes: {allowed}",
    },
    "html_class_hides": {
        "zh": "<{tag}> 上的类名“{name}”会把文字藏起来，读者看不到；页面上不应有隐藏文字：删去这个类名，或删去这段文字",
        "en": "the class “{name}” on <{tag}> hides its text from readers; expected no hidden text: remove the "
        "class, or the text",
    },
    "html_class_not_printed": {
        "zh": "<{tag}> 上的类名“{name}”会让这段文字不出现在打印稿和 PDF 中；报告页面的文字应当在网页和 PDF "
        "中都出现（只有编者页面上只对屏幕有用的操作说明可以这样标记）",
        "en": "the class “{name}” on <{tag}> leaves this text out of print and the PDF; expected a report page's "
        "text on screen and on paper alike (only on an editorial page may instructions for the screen be marked so)",
    },
    "html_critic_remark": {
        "zh": "CriticMarkup 的批注 {{>>…<<}} 或高亮 {{==…==}} 会以未标明的样子显示给读者；应当把编者的说明写成脚注"
        "（[^说明] … [^说明]: 说明文字）",
        "en": "a CriticMarkup comment {{>>…<<}} or highlight {{==…==}} shows to readers as an unmarked remark; "
        "expected the editors' note as a footnote ([^note] … [^note]: the note)",
    },
    "html_hover_text": {
        "zh": "报告页面上的 <{tag}> 带有只在鼠标悬停时才显示的文字：“{text}”；报告页面上不应有编者写的悬停文字："
        "术语的解释写在 data/glossary.yml 中，网站会自动在术语上显示",
        "en": "the <{tag}> on a report page holds text that shows only on hover: “{text}”; expected no hover text "
        "written by the editors on a report page: explain a term in data/glossary.yml, which the site shows on "
        "the term",
    },
    "html_strike": {
        "zh": "页面上不能用 <{tag}> 标出删改：读者会把它当作校改，而它没有说明；校改应当写成 {{~~原字~>改字~~}}，后面加脚注说明理由",
        "en": "<{tag}> may not mark a change on a page: readers take it for a correction, which it does not explain; "
        "expected a correction written {{~~old~>new~~}}, with a footnote giving the reason",
    },
    "html_img_alt": {
        "zh": "这张图片没有说明文字；应当写成 ![图片所示的内容](图片文件)，方括号中写明图片上有什么",
        "en": "this image has no text alternative; expected ![what the image shows](file), saying in the brackets "
        "what the image shows",
    },
    "html_img_report_page": {
        "zh": "报告页面上的图片“{alt}”不是报告原文，读者却可能当作原文；图片应当放在带“编者注”标签的说明框中"
        '（`!!! info "标题"` 下缩进四个空格写图片）',
        "en": "the image “{alt}” on a report page is not the report's text, yet readers may take it for it; expected "
        'the image in a note box, under its “Editors’ note” label (indented four spaces under `!!! info "Title"`)',
    },
    "html_link_program": {
        "zh": "<{tag}> 链接到一个程序或压缩包“{url}”，不允许使用；页面只能链接网页、PDF 和数据文件，不能让读者下载程序",
        "en": "the <{tag}> links the program or archive “{url}”, which is not allowed; expected links to pages, "
        "PDFs and data files only, never a program to download",
    },
    "html_link_outside": {
        "zh": "<{tag}> 链接到其他网站的地址“{url}”，而网站配置中没有声明它；应当链接站内页面，或者链接已声明的地址"
        "（{allowed}；在 mkdocs.yml 的 `reportsite` 插件选项 `outside_links` 中声明）",
        "en": "the <{tag}> links “{url}” on another host, which the site's configuration does not declare; "
        "expected a page of the site, or an address declared under `outside_links` of the reportsite plugin in "
        "mkdocs.yml ({allowed})",
    },
    # --- rule 21: the editors' text ---------------------------------------------------------
    "editorial_missing_en": {
        "zh": "中文页面此处有{kind}（{where}），本页没有；两种语言的编者说明应当一一对应：请在这里加上它的译文",
        "en": "the Chinese page has the {kind} here ({where}) that this page lacks; expected the same editorial "
        "blocks in both languages: add its translation here",
    },
    "footnote_missing_en": {
        "zh": "中文页面在这一段有脚注 [^{name}]（{where}），本页没有；两种语言的编者说明应当一一对应：请在这一段的译文中"
        "同一处加上脚注引用 `[^{name}]`，并在本页末尾写出脚注的译文 `[^{name}]: …`",
        "en": "the Chinese page has the footnote [^{name}] in this paragraph ({where}) that this page lacks; expected the "
        "same editorial blocks in both languages: add the mark `[^{name}]` at the same place of this paragraph's "
        "translation, and the footnote's translation `[^{name}]: …` at the end of this page",
    },
    "editorial_extra_en": {
        "zh": "本页的{kind}在中文页面 {page} 上没有对应；两种语言的编者说明应当一一对应：先在中文页面加上，或删去这一个",
        "en": "this {kind} has no counterpart on the Chinese page {page}; expected the same editorial blocks in both "
        "languages: add it to the Chinese page first, or remove it",
    },
    "editorial_deleted_zh": {
        "zh": "英文页面的{kind}（{where}）在本页没有对应：本页尚未提交的改动把它删去了；应当在这里把它恢复"
        "（`git diff {path}` 显示删去的几行），确要删去时，英文页面的这一个也要一起删去",
        "en": "the {kind} of the English page ({where}) has no counterpart here: this page's uncommitted change "
        "deleted it; expected it back here (`git diff {path}` shows the lines deleted), or, if it is meant to go, "
        "the English one deleted too",
    },
    "button_parity": {
        "zh": "按钮“{text}”（{href}）与中文页面 {page} 同一位置的按钮打开的不是同一页；两种语言的按钮应当一一对应，打开同一页",
        "en": "the button “{text}” ({href}) does not open the page the Chinese page {page} opens at this place; "
        "expected the same buttons in both languages, to the same pages",
    },
    "button_missing_en": {
        "zh": "中文页面的按钮“{text}”（{href}，{where}）在本页没有对应；两种语言的按钮应当一一对应",
        "en": "the Chinese page's button “{text}” ({href}, {where}) has no counterpart on this page; expected the "
        "same buttons in both languages",
    },
    "nav_page_title": {
        "zh": "导航给页面 {page} 写了标题“{title}”，它会原样出现在两种语言的导航中，不经检查；页面在导航中以它自己的标题命名，"
        "应当只写 - {page}",
        "en": "the navigation gives the page {page} the title “{title}”, which would stand as it is, unchecked, in "
        "the navigation of both editions; expected only - {page}: a page is named by its own heading",
    },
    "button_not_a_page": {
        "zh": "按钮“{text}”打开的“{href}”不是本站的页面；按钮是网站的导航，只能打开本站的页面，其他链接写成普通链接",
        "en": "the button “{text}” opens “{href}”, which is no page of the site; expected a button, the site's "
        "navigation, to open a page of the site (any other link written as an ordinary link)",
    },
    "button_text_not_title": {
        "zh": "按钮上写的是“{text}”，而它打开的页面标题是“{title}”；按钮是网站的导航，应当写它打开的页面的标题“{title}”",
        "en": "the button says “{text}”, but the page it opens is titled “{title}”; expected the button, which is "
        "the site's navigation, to give that page's title “{title}”",
    },
    # --- rule 22: every figure accounted for --------------------------------------------------
    "figure_unnamed_row": {
        "zh": "编者文字中的数字 {figures} 与指标 {codes} 同值同单位，但这句话没有说出是哪项指标（“{text}”）；"
        "应当在数字旁写出这项指标的说法（指标表“指标”一栏中的词）或它的编号",
        "en": "the figure(s) {figures} in the editors' text have the value and unit of {codes}, but the sentence does "
        "not say which indicator they are (“{text}”); expected the indicator's words (those of the table's Indicator "
        "column) or its code next to the figure",
    },
    "figure_unaccounted_text": {
        "zh": "编者文字中的数字 {figures} 找不到出处（“{text}”）：没有哪一行指标是这个数值和单位，报告原文里也没有；"
        "编者文字中的数字应当是报告中的数字，确实需要时在 data/editorial_figures.yml 中声明它，写明理由和来源",
        "en": "the figure(s) {figures} in the editors' text (“{text}”) are accounted for nowhere: no metric row has "
        "this value and unit, and the report does not give it; expected only the report's figures in editorial "
        "text, or, where one is needed, the figure declared in data/editorial_figures.yml with its reason and source",
    },
    "figure_unaccounted_built": {
        "zh": "网站页面上的数字 {figures} 找不到出处（“{text}”）：没有哪一行指标是这个数值和单位，报告原文里没有，"
        "data/editorial_figures.yml 中也没有声明；这段文字应当只用报告中的数字，或者在该文件中声明这个数字及其理由和来源",
        "en": "the figure(s) {figures} on the built page (“{text}”) are accounted for nowhere: no metric row has "
        "this value and unit, the report does not give it, and data/editorial_figures.yml declares none; expected "
        "only the report's figures there, or the figure declared in that file with its reason and source",
    },
    "figure_unaccounted_pdf": {
        "zh": "PDF 中的数字 {figures} 找不到出处（“{text}”）：没有哪一行指标是这个数值和单位，报告原文里没有，"
        "data/editorial_figures.yml 中也没有声明；PDF 应当只用报告中的数字，或者在该文件中声明这个数字及其理由和来源",
        "en": "the figure(s) {figures} in the PDF (“{text}”) are accounted for nowhere: no metric row has this "
        "value and unit, the report does not give it, and data/editorial_figures.yml declares none; expected only "
        "the report's figures in the PDF, or the figure declared in that file with its reason and source",
    },
    "delivered_text_unchecked": {
        "zh": "网站页面上的这段文字不是检查过的页面文字：“{text}”；报告页面上应当只有检查过的报告原文（或译文）、"
        "带“编者注”标签的编者说明和网站根据指标表生成的内容",
        "en": "this text of the built page is not the page's text the checks read: “{text}”; expected only the "
        "checked text of the report (or its translation), editors' notes with their “Editors’ note” label, and what "
        "the site writes from the metric tables on a report page",
    },
    "delivered_text_missing": {
        "zh": "检查过的这段文字没有出现在网站页面上：“{text}”；读者应当看到页面的全部文字（是否被模板、样式或插件去掉了？）",
        "en": "this text the checks read is not on the built page: “{text}”; expected every text of the page "
        "before readers (did a template, a style or a plugin take it out?)",
    },
    "delivered_label_missing": {
        "zh": "网站页面上的这个编者说明没有“编者注”标签：“{text}”；每个编者说明都应当带有可见的标签",
        "en": "this editorial block of the built page shows no “Editors’ note” label: “{text}”; expected the "
        "visible label on every editorial block",
    },
    "delivered_loads_outside": {
        "zh": "网站页面的 <{tag}> 从其他主机加载“{url}”；网站不从任何其他主机加载内容，应当只用网站自己的文件",
        "en": "the built page's <{tag}> loads “{url}” from another host; expected only the site's own files, "
        "never another host",
    },
    "delivered_link_outside": {
        "zh": "网站页面链接到其他网站的地址“{url}”，而网站配置中没有声明它；应当链接站内页面或已声明的地址"
        "（mkdocs.yml 的 `reportsite` 插件选项 `outside_links`）",
        "en": "the built page links “{url}” on another host, which the configuration does not declare; expected "
        "links to the site, or to an address declared under `outside_links` of the reportsite plugin in mkdocs.yml",
    },
    "delivered_pdf_missing": {
        "zh": "检查过的这段文字没有出现在 PDF 中：“{text}”；PDF 应当包含页面上的全部报告文字",
        "en": "this text the checks read is not in the PDF: “{text}”; expected every text of the report in the PDF",
    },
    "delivered_pdf_unreadable": {
        "zh": "读不出 PDF 中的文字（{reason}）；应当先运行 `bash scripts/setup.sh`，它会安装读取 PDF 所需的 `poppler-utils`",
        "en": "the PDF's text cannot be read ({reason}); expected `bash scripts/setup.sh` run first, which installs "
        "poppler-utils to read it",
    },
    "declared_pattern_invalid": {
        "zh": "这个写法不是合法的正则表达式（{reason}）；应当是 Python 的正则表达式，例如 第 \\d+ 页",
        "en": "this pattern is not a valid regular expression ({reason}); expected a Python regular expression, "
        "e.g. Page \\d+ of \\d+",
    },
    "config_loads_outside": {
        "zh": "{setting}：{effect}；网站不从任何其他主机加载内容，应当{instead}",
        "en": "{setting}: {effect}; the site loads nothing from any other host: expected {instead}",
    },
    "config_silences": {
        "zh": "{setting}：{effect}；网站的检查不能在配置中关掉，应当{instead}",
        "en": "{setting}: {effect}; the site's checks are not to be switched off in the configuration: expected "
        "{instead}",
    },
    "config_html": {
        "zh": "{setting} 的文字含有 HTML 标记 {tag}，它会原样写进每一页，不经页面的检查；应当是纯文字",
        "en": "{setting} holds the HTML tag {tag}, which every page would carry as it is, unchecked; expected plain "
        "text",
    },
    # --- rules 11 to 17: the editions, addresses, freshness -------------------------------
    "page_missing_en": {
        "zh": "没有对应的英文页面 {page}；两种语言应当在同一路径上各有一页",
        "en": "there is no English page {page}; expected the same page at the same path in both languages",
    },
    "heading_id_duplicate": {
        "zh": "标题的 id #{id} 在本页第 {first} 行已经用过，链接只会到达第一个；每个标题应当有自己的 id",
        "en": "the heading id #{id} is already used on line {first} of this page, so links reach only the first; "
        "expected an id of its own for each heading",
    },
    "page_untranslated": {
        "zh": "这段英文页面的正文还不是英文译文：“{text}”；应当是对应中文段落的英文译文",
        "en": "this text of the English page is not yet a translation: “{text}”; expected the English of the "
        "Chinese paragraph",
    },
    "page_missing_zh": {
        "zh": "没有对应的中文页面 {page}；两种语言应当在同一路径上各有一页",
        "en": "there is no Chinese page {page}; expected the same page at the same path in both languages",
    },
    "heading_without_id": {
        "zh": "标题“{heading}”没有显式 id；应当在末尾写 `{{#某个-id}}`，中英文相同，这样指向它的链接在两种语言中都有效",
        "en": "the heading “{heading}” has no explicit id; expected `{{#some-id}}` at its end, the same in both "
        "languages, so that links to it work in both",
    },
    "paragraph_missing_en": {
        "zh": "中文页面的这一段（{where}：“{text}”）在本页没有译文；应当在这里加上这一段的英文",
        "en": "the Chinese paragraph ({where}: “{text}”) has no English on this page; expected its translation here",
    },
    "heading_differs": {
        "zh": "第 {number} 个标题是 {level} 级 #{id}，但中文标题是 {zh_level} 级 #{zh_id}（{where}）；应当级别和 id 都相同",
        "en": "heading {number} is level {level} #{id}, but the Chinese heading is level {zh_level} #{zh_id} "
        "({where}); expected the same level and id",
    },
    "heading_differs_zh": {
        "zh": "第 {number} 个标题是 {level} 级 #{id}，与英文页面同一个标题（{where}）的 {en_level} 级 #{en_id} 不同，"
        "而英文页面没有改动：这是本页尚未提交的改动；应当改回 `{fixed}`（确要这样改时，英文页面的标题也要一起改）",
        "en": "heading {number} is level {level} #{id}, unlike the English page's heading ({where}), level "
        "{en_level} #{en_id}, and the English page is unchanged: the difference is this page's uncommitted change; "
        "expected `{fixed}` back (if the change is meant, the English heading changed with it)",
    },
    "heading_deleted_zh": {
        "zh": "英文页面的标题“{heading}”（#{id}，{where}）在本页没有对应：本页尚未提交的改动把它删去了；"
        "应当在这里把它恢复（`git diff {path}` 显示删去的几行），确要删去时，英文页面的这个标题也要一起删去",
        "en": "the English page's heading “{heading}” (#{id}, {where}) has no counterpart here: this page's "
        "uncommitted change deleted it; expected it back here (`git diff {path}` shows the lines deleted), or, if "
        "it is meant to go, the English heading deleted too",
    },
    "heading_level_skipped": {
        "zh": "标题“{heading}”是 {level} 级，而上一个标题（第 {before_line} 行）是 {before} 级，跳过了 {missing} 级，"
        "目录和读屏软件会看到缺了层级；应当写成 `{fixed}`",
        "en": "the heading “{heading}” is level {level} under a level-{before} heading (line {before_line}), "
        "skipping level {missing}, so the contents and screen readers find levels missing; expected `{fixed}`",
    },
    "heading_count": {
        "zh": "本页有 {count} 个标题，中文页面有 {zh_count} 个；两种语言的标题应当一一对应",
        "en": "this page has {count} headings, the Chinese page {zh_count}; expected the same headings in both "
        "languages",
    },
    "metric_missing_en": {
        "zh": "本页指标表缺少 {code}（{where}）；中文页面的每个指标都应当有一行",
        "en": "{code} ({where}) is missing from this page's metric table; expected a row for every metric of the "
        "Chinese page",
    },
    "metric_value_parity": {
        "zh": "{code}：数值 {value} 与中文的 {zh_value} 不同（{where}）；两种语言应当给出同一个数字",
        "en": "{code}: the value {value} differs from the Chinese {zh_value} ({where}); expected the same figure in "
        "both languages",
    },
    "metric_approx_missing": {
        "zh": "{code}：数值 {value} 应当带“+”，中文写的是“余/多”（{where}）；两种语言应当给出同一个数字",
        "en": "{code}: the value {value} should be written with “+”, as the Chinese has `余`/`多` ({where}); expected "
        "the same figure in both languages",
    },
    "metric_approx_extra": {
        "zh": "{code}：数值 {value} 不应带“+”，中文没有“余/多”（{where}）；两种语言应当给出同一个数字",
        "en": "{code}: the value {value} should be written without “+”, as the Chinese has no `余`/`多` ({where}); "
        "expected the same figure in both languages",
    },
    "metric_unit_not_people": {
        "zh": "{code}：英文单位“{unit}”计的不是人，而中文单位“{zh_unit}”计的是人（{where}）；应当是 {allowed} 之一",
        "en": "{code}: the English unit “{unit}” does not count people, but the Chinese unit “{zh_unit}” does "
        "({where}); expected one of {allowed}",
    },
    "metric_unit_people_of_things": {
        "zh": "{code}：英文单位“{unit}”计的是人，而中文单位“{zh_unit}”计的不是人（{where}）；"
        "应当是指标“{label}”所计事物的英文名词（data/units.yml 的 `english:` 下已有的，或新增）",
        "en": "{code}: the English unit “{unit}” counts people, but the Chinese unit “{zh_unit}” does not ({where}); "
        "expected the noun of what the indicator “{label}” counts (listed under `english:` in data/units.yml, "
        "or added there)",
    },
    "metric_unit_not_in_label": {
        "zh": "{code}：英文单位“{unit}”不是指标“{label}”所计的事物（中文单位“{zh_unit}”，{where}）；"
        "应当是指标中所计事物的英文名词（data/units.yml 的 `english:` 下已有的，或新增），读作“数字 + 名词”",
        "en": "{code}: the English unit “{unit}” is not what the indicator “{label}” counts (Chinese unit "
        "“{zh_unit}”, {where}); expected the noun of the indicator for what it counts (listed under `english:` in "
        "data/units.yml, or added there), so that the figure reads as number + noun",
    },
    "metric_kind_parity": {
        "zh": "{code}：单位“{unit}”计的是{kind}，中文单位计的是{zh_kind}（{where}）；两种语言的单位应当计同一类数字",
        "en": "{code}: the unit “{unit}” is for {kind}, not {zh_kind} ({where}); expected the same kind of unit in "
        "both languages",
    },
    "metric_extra_en": {
        "zh": "{code} 不在中文页面 {page} 的指标表中；英文页面应当只有中文页面的指标",
        "en": "{code} is not in the metric tables of the Chinese page {page}; expected only the Chinese page's metrics",
    },
    "metric_order": {
        "zh": "指标行的顺序与中文页面不同；应当顺序相同",
        "en": "the metric rows are in a different order than on the Chinese page; expected the same order",
    },
    "number_missing_en": {
        "zh": "中文正文中的数字 {figure}（{zh_where}）不在英文正文中；应当按英文写法写作 {english}",
        "en": "the figure {figure} of the Chinese text ({zh_where}) is not in the English text; expected it as "
        "{english}",
    },
    "number_in_words_en": {
        "zh": "“{written}”是用英文单词写的数，中文正文用阿拉伯数字写作 {figure}（{zh_where}）；英文也应当用数字写作 {english}",
        "en": "“{written}” is a number in words, but the Chinese text writes it in digits, {figure} ({zh_where}); "
        "expected {english}, in digits as in the Chinese",
    },
    "number_word_missing_en": {
        "zh": "中文正文中的“{figure}”（{zh_where}）在本页的英文中没有对应的数字；英文应当给出同一个数字（用数字或英文数词）",
        "en": "the figure “{figure}” of the Chinese text ({zh_where}) has no counterpart in this page's English; "
        "expected the same number, in digits or in words",
    },
    "number_extra_en": {
        "zh": "数字 {figure} 不在中文页面 {page} 的正文中；英文正文应当只有中文正文中的数字",
        "en": "the figure {figure} is not in the Chinese text of {page}; expected only the figures of the Chinese text",
    },
    "glossary_rendering_missing": {
        "zh": "中文页面用了“{term}”（{where}），本页却没有术语表中的译法“{rendering}”；应当按 {glossary} 写作“{rendering}”",
        "en": "the Chinese page uses “{term}” ({where}), but this page never writes its glossary rendering "
        "“{rendering}”; expected “{rendering}” as in {glossary}",
    },
    "glossary_long_form_repeated": {
        "zh": "长译法“{rendering}”在本页出现了 {count} 次；应当只在第一次出现时用长译法，之后用短译法“{short}”（{glossary}）",
        "en": "the long form “{rendering}” stands {count} times on this page; expected it once, at its first use, and "
        "the short form “{short}” after it ({glossary})",
    },
    "glossary_rendering_avoided": {
        "zh": "“{found}”是术语表不用的“{term}”译法；应当按 {glossary} 写作“{rendering}”",
        "en": "“{found}” is a rendering of “{term}” that the glossary does not use; expected “{rendering}” as in "
        "{glossary}",
    },
    "english_straight_quote": {
        "zh": "“{text}”中的 `{mark}` 是直引号或直撇号；应当写作 `{curly}`：英文版的引号和撇号一律用弯引号"
        "（引文用 “ ”，引文中的引文用 ‘ ’，撇号用 ’）",
        "en": "the `{mark}` in “{text}” is a straight quotation mark or apostrophe; expected `{curly}`: the English "
        "edition writes them curly (“ ” for a quotation, ‘ ’ for a quotation inside one, ’ for an apostrophe)",
    },
    "number_missing_en_approx": {
        "zh": "中文正文中的数字 {figure}（{zh_where}）不在英文正文中；应当写作 `more than {english}`",
        "en": "the figure {figure} of the Chinese text ({zh_where}) is not in the English text; expected it as “more "
        "than {english}”",
    },
    "published_url_format": {
        "zh": "“{address}”不是站内地址；每行应当是相对于网站根目录、以 / 结尾的地址，例如 system-reform/de-elitism/",
        "en": "“{address}” is not an address of the site; expected one address per line, relative to the site's "
        "root and ending in /, e.g. system-reform/de-elitism/",
    },
    "published_url_gone": {
        "zh": "已发布的地址 {address} 已经没有页面；应当恢复该页面，或在 {config} 的 `plugins: reportsite: redirects:` "
        "下加一行 `{source}: <页面的新路径>.md`，让旧链接自动跳转",
        "en": "the published address {address} has no page any more; expected the page back, or a redirect from it: "
        "add `{source}: <the page's new path>.md` under `plugins: reportsite: redirects:` in {config}",
    },
    "published_url_removed": {
        "zh": "已发布的地址 {address}（提交 {commit} 记入）从这个文件里删掉了；这个文件只增不减，应当恢复这一行，"
        "页面移走了就加重定向",
        "en": "the published address {address} (recorded in commit {commit}) was taken out of this file; expected "
        "the line back (the file only grows), with a redirect if the page moved",
    },
    "redirect_target_missing": {
        "zh": "重定向 `{source}` 指向的 {target} 不是网站的页面；应当指向现有页面的路径，例如 {example}",
        "en": "the redirect `{source}` leads to {target}, which is not a page of the site; expected the path of an "
        "existing page, e.g. {example}",
    },
    "translation_stale": {
        "zh": "中文页面 {page} 在这篇译文之后有改动（中文 {zh_change}，英文 {en_change}）；译文应当随之更新",
        "en": "the Chinese page {page} changed ({zh_change}) after this translation ({en_change}); expected the "
        "translation brought up to date",
    },
    "translation_stale_block": {
        "zh": "中文 {page}:{line} 在这段译文之后有改动（中文 {zh_change}，英文 {en_change}）；这段译文应当随之更新",
        "en": "the Chinese at {page}:{line} changed ({zh_change}) after this part of the translation ({en_change}); "
        "expected it brought up to date",
    },
    "translation_stale_block_uncommitted": {
        "zh": "中文 {page}:{line} 有尚未提交的改动，晚于这段译文（英文 {en_change}）；这段译文应当随之更新",
        "en": "the Chinese at {page}:{line} changed (not yet committed) after this part of the translation "
        "({en_change}); expected it brought up to date",
    },
    "translation_stale_uncommitted": {
        "zh": "中文页面 {page} 有尚未提交的改动，晚于这篇译文（英文 {en_change}）；译文应当随之更新",
        "en": "the Chinese page {page} changed (not yet committed) after this translation ({en_change}); expected "
        "the translation brought up to date",
    },
    # --- rule 2, rule 18, rule 20: front matter, configuration, data files ------------------
    "front_matter_unknown_key": {
        "zh": "页首信息中的“{key}”不是可用的键；应当是 {allowed} 之一",
        "en": "“{key}” is not a known front matter key; expected one of {allowed}",
    },
    "front_matter_wrong_type": {
        "zh": "页首信息{key}应当是{expected}，现在是“{value}”",
        "en": "the front matter value of {key} is “{value}”; expected {expected}",
    },
    "front_matter_not_allowed": {
        "zh": "页首信息{key}的值“{value}”不在可选范围内；应当是 {allowed} 之一",
        "en": "the front matter value of {key} is “{value}”; expected one of {allowed}",
    },
    "front_matter_empty": {
        "zh": "页首信息{key}是空的；应当写上内容，或者删去这一行",
        "en": "the front matter value of {key} is empty; expected some text, or the line removed",
    },
    "front_matter_too_long": {
        "zh": "页首信息{key}有 {length} 个字符，搜索结果和分享链接只显示前 {limit} 个；应当缩短到 {limit} 个字符以内，只说本页最要紧的内容",
        "en": "the front matter value of {key} has {length} characters, and search results and shared links show "
        "only {limit}; expected at most {limit} characters: what matters most on the page",
    },
    "editorial_page_of_report": {
        "zh": "`editorial_pages` 列出了 {page}，但它是报告正文的页面（{where}：“{text}”是报告原文）；编者页面不与原文核对，"
        "改动会无人发现；应当从 `editorial_pages` 中删去 {page}，只列编者写的页面",
        "en": "`editorial_pages` lists {page}, but it is a page of the report's text ({where}: “{text}” is the "
        "report's); an editors' page is not read against the report, so a change would go unseen; expected {page} "
        "removed from `editorial_pages`, which lists the editors' own pages only",
    },
    "editorial_page_missing": {
        "zh": "`editorial_pages` 列出的 {page} 不是 docs/zh/ 中的页面；应当写 docs/zh/ 中已有页面的路径，例如 about.md，或删去这一项",
        "en": "`editorial_pages` lists {page}, which is no page of docs/zh/; expected the path of a page there, e.g. "
        "about.md, or the entry removed",
    },
    "front_matter_missing_key": {
        "zh": "页首信息{where}缺少 {key}；应当写上 `{example}`",
        "en": "the front matter's {where} has no {key}; expected `{example}` added",
    },
    "front_matter_quote": {
        "zh": "页首信息{where}应当是一段文字，YAML 却把 {value} 读成了{read_as}；应当加上引号，写成 `{fixed}`",
        "en": "the front matter's {where} should be text, but YAML reads {value} as {read_as}; expected it in "
        "quotes: `{fixed}`",
    },
    "front_matter_value": {
        "zh": "页首信息{key}的值不对；应当是{reason}（见编辑指南规则 2）",
        "en": "the front matter value of {key} is wrong; expected {reason} (see rule 2 of the guide)",
    },
    "config_invalid": {
        "zh": "MkDocs 不接受这项设置：{reason}；应当按 MkDocs 和本站插件的说明书写",
        "en": "MkDocs does not accept this setting: {reason}; expected a setting as MkDocs and the site plugin "
        "describe it",
    },
    "front_matter_title_not_heading": {
        "zh": "页首信息的 `title`“{title}”与页面标题“{heading}”（第 {heading_line} 行）不同；"
        "应当删去 `title`（导航中的名称取自页面标题），或写成与页面标题相同的文字",
        "en": "the front matter's title “{title}” differs from the page's heading “{heading}” (line {heading_line}); "
        "expected no title (the navigation takes the page's heading), or the heading's words",
    },
    "front_matter_description_figure": {
        "zh": "页首信息 `description` 中的数字 {figure} 不在本页正文中；`description` 概括本页，其中的数字应当与正文一致",
        "en": "the figure {figure} of the front matter's description is not in the page's text; expected a summary "
        "of the page, its figures as the text gives them",
    },
    "config_python_tag": {
        "zh": "这一行的 YAML 标记 {tag} 会在检查和构建网站的机器上运行任意 Python 代码；"
        "应当是普通的值，或只指向 `pymdownx`、`markdown`、`material` 中的函数",
        "en": "the YAML tag {tag} on this line would run any Python code on the machine that checks and builds the "
        "site; expected plain values, or tags naming functions of pymdownx, markdown or material only",
    },
    "config_tag": {
        "zh": "这一行的 YAML 标记 {tag} 不是 MkDocs 需要的；配置文件中应当只用 `!ENV`、`!relative`，"
        "以及指向 `pymdownx`、`markdown`、`material` 中函数的 `!!python/name:` 和 `!!python/object/apply:`",
        "en": "the YAML tag {tag} on this line is not one MkDocs needs; expected plain values, !ENV, !relative, or "
        "!!python/name: and !!python/object/apply: naming functions of pymdownx, markdown or material",
    },
    "config_inherit_cycle": {
        "zh": "`INHERIT` 绕成了一个圈（{chain}）；配置文件应当继承一个不再继承回来的文件",
        "en": "INHERIT goes round in a circle ({chain}); expected a configuration to inherit a file that does not "
        "inherit it back",
    },
    "yaml_tag": {
        "zh": "这一行的 YAML 标记 {tag} 不允许使用：{what}只写普通的值；应当删去 {tag}，直接写值（需要时加引号）",
        "en": "the YAML tag {tag} on this line is not allowed: {what} holds plain values only; expected the value "
        "without {tag} (in quotes if need be)",
    },
    "yaml_duplicate_key": {
        "zh": "键“{key}”在第 {first} 行已经写过，YAML 只会保留后写的一个；每个键应当只写一次：删去或合并其中一个",
        "en": "the key “{key}” is already given on line {first}, and YAML would silently keep only this one; "
        "expected each key once: delete or merge one of them",
    },
    "yaml_alias": {
        "zh": "这一行用了 YAML 的锚点或引用“{mark}”；{what}中的每个值应当直接写出来，不用 &、* 或 <<",
        "en": "this line uses the YAML anchor or alias “{mark}”; expected every value of {what} written out, "
        "without &, * or <<",
    },
    "yaml_alias_nested": {
        "zh": "引用“*{name}”所指的内容本身含有引用（或含有这个引用自己）；引用应当只指向不含引用的内容，否则把值直接写出来",
        "en": "the alias “*{name}” refers to a node that itself holds an alias (or this very one); expected aliases "
        "only to nodes without aliases, or the value written out",
    },
    "yaml_aliases_many": {
        "zh": "{what}中的引用（*）超过 {limit} 个；应当把值直接写出来",
        "en": "{what} has more than {limit} aliases (*); expected the values written out",
    },
    "yaml_too_large": {
        "zh": "{what}超过 {limit} 的大小上限（在这一行越过）；应当删减内容",
        "en": "{what} is larger than its limit of {limit} (crossed on this line); expected it shorter",
    },
    "yaml_too_deep": {
        "zh": "{what}在这一行嵌套超过 {limit} 层；应当减少缩进或括号的层次",
        "en": "{what} nests more than {limit} levels deep on this line; expected fewer levels of indentation or "
        "brackets",
    },
    "yaml_too_many_values": {
        "zh": "{what}的值超过 {limit} 个（在这一行越过）；应当删减内容",
        "en": "{what} holds more than {limit} values (crossed on this line); expected fewer",
    },
    "yaml_fullwidth_indent": {
        "zh": "这一行用全角空格“　”缩进，YAML 只认半角空格，会读不懂这一行；应当改用半角空格缩进，与同一层的行对齐",
        "en": "this line is indented by the full-width space “　”, which YAML does not take for indentation; "
        "expected ASCII spaces, lined up with the lines at the same level",
    },
    "data_fullwidth_colon": {
        "zh": "这一行的键“{key}”后面用了全角冒号“：”；应当写成 `{key}: 值`，用半角冒号加空格",
        "en": "the key “{key}” on this line is followed by the full-width colon “：”; expected `{key}: value`, with "
        "an ASCII colon and a space",
    },
    "data_duplicate": {
        "zh": "{where}：{what}“{value}”在第 {first} 行已经列出；每个{what}应当只列一次，删去其中一处",
        "en": "{where}: the {what} “{value}” is listed already on line {first}; expected each {what} once: delete "
        "one of them",
    },
    "config_not_mapping": {
        "zh": "配置文件不是“键: 值”的映射；应当是 `键: 值` 形式的行",
        "en": "the configuration is not a mapping; expected `key: value` lines",
    },
    "data_file_empty": {
        "zh": "这个文件是空的（或只有注释），网站读不到其中的任何数据；应当写回它的内容，"
        "例如用 `git checkout -- {path}` 恢复上次提交的版本",
        "en": "this file is empty (or holds only comments), so the site reads no data from it; expected its content "
        "back, e.g. `git checkout -- {path}` to restore the last committed version",
    },
    "data_typed": {
        "zh": "{where}：“{value}”里有{chars}（中文输入法打出的），YAML 和检查都不认；应当用半角写成 `{fixed}`{note}",
        "en": "{where}: “{value}” holds {chars} of a Chinese input method, which neither YAML nor the checks read; "
        "expected `{fixed}`, in ASCII characters{note}",
    },
    "data_missing_field": {
        "zh": "{where}：缺少 {field}；应当写上这一项",
        "en": "{where}: {field} is missing; expected it to be given",
    },
    "data_unknown_field": {
        "zh": "{where}：{field} 不是可用的字段（可能拼错了）；应当是 {allowed} 之一",
        "en": "{where}: {field} is not a known field (a typo?); expected one of {allowed}",
    },
    "data_misspelt_field": {
        "zh": "{where}：{field} 不是可用的字段，而 {expected} 缺少了（拼错了吗？）；应当写作 {expected}",
        "en": "{where}: {field} is not a known field and {expected} is missing (a typo?); expected {expected}",
    },
    "data_not_allowed": {
        "zh": "{where}：“{value}”不是允许的值；应当是 {allowed} 之一",
        "en": "{where}: “{value}” is not allowed; expected one of {allowed}",
    },
    "data_wrong_type": {
        "zh": "{where}：“{value}”的类型不对；应当是 {expected}",
        "en": "{where}: “{value}” is of the wrong type; expected {expected}",
    },
    "data_invalid": {
        "zh": "{where}：“{value}”不符合格式；应当是 {expected}",
        "en": "{where}: “{value}” does not follow the format; expected {expected}",
    },
    "json_schema_invalid": {
        "zh": "不是合法的 JSON Schema（{reason}）；应当是 2020-12 版的 JSON Schema",
        "en": "not a valid JSON Schema ({reason}); expected a JSON Schema (draft 2020-12)",
    },
    "word_list_line": {
        "zh": "“{entry}”不是词表的一行；每行应当是一个词，后面可以跟词频和词性，例如 `春风行动 10 n`",
        "en": "“{entry}” is not a line of the word list; expected one word a line, optionally followed by its "
        "frequency and part of speech, e.g. “春风行动 10 n”",
    },
    "figure_code_unknown": {
        "zh": "{code} 不是任何指标表中的编号；应当是某个页面指标表中已有的编号，例如 {example}",
        "en": "{code} is the code of no row of a metric table; expected the code of a row on one of the pages, e.g. "
        "{example}",
    },
    "chart_id_duplicate": {
        "zh": "图表编号 {value} 已用于第 {first} 行的图表；每个图表应当有自己的编号",
        "en": "the chart id {value} is already the id of the chart at line {first}; expected an id of its own for each "
        "chart",
    },
    "chart_kind_wrong": {
        "zh": "图表 {chart} 是{chart_kind}，{code} 却是{kind}；这种图表应当只用{allowed}的数字",
        "en": "the chart {chart} is {chart_kind}, but {code} is {kind}; expected only {allowed} in such a chart",
    },
    "chart_units_differ": {
        "zh": "图表 {chart} 中 {code} 的单位是“{unit}”（{kind}{unit_note}），{first} 的却是“{first_unit}”"
        "（{first_kind}{first_note}）；"
        "同一图表的数字应当单位和类型都相同",
        "en": "in the chart {chart}, {code} is in “{unit}” ({kind}{unit_note}) but {first} in “{first_unit}” "
        "({first_kind}{first_note}); "
        "expected one unit and one kind for all the figures of a chart",
    },
    "chart_whole_approx": {
        "zh": "图表 {chart} 的整体 {whole} 是约数（{value}），画不出各部分占整体的多少；整体应当是确数",
        "en": "the whole {whole} of the chart {chart} is approximate ({value}), so no share of it can be drawn; "
        "expected an exact whole",
    },
    "chart_part_exceeds_whole": {
        "zh": "图表 {chart} 中部分 {code}（{value}）大于整体 {whole}（{whole_value}）；部分应当不大于整体",
        "en": "in the chart {chart}, the part {code} ({value}) is more than its whole {whole} ({whole_value}); "
        "expected a part no larger than its whole",
    },
    "json_invalid": {
        "zh": "不是合法的 JSON（{reason}）；应当是合法的 JSON",
        "en": "not valid JSON ({reason}); expected valid JSON",
    },
    # --- rule 18: the build ---------------------------------------------------------------------
    "link_target_missing": {
        "zh": "链接“{link}”指向的页面或文件不存在；应当链接到 docs/ 中存在的页面（写页面的 `.md` 路径）",
        "en": "the link “{link}” leads to no page or file; expected a link to a page that exists in docs/ (by its "
        ".md path)",
    },
    "link_anchor_missing": {
        "zh": "链接“{link}”指向的页面 {page} 中没有锚点“{anchor}”；应当链接到该页已有的标题 id 或指标编号",
        "en": "the link “{link}” points at “{anchor}”, which {page} does not have; expected a heading id or metric "
        "code that page has",
    },
    "link_absolute": {
        "zh": "链接“{link}”是绝对路径，在离线包和英文版中会失效；应当写相对于本页的 `.md` 路径",
        "en": "the link “{link}” is absolute and breaks in the offline bundle and the other edition; expected a "
        "path relative to this page, to a .md file",
    },
    "link_unrecognized": {
        "zh": "无法识别链接“{link}”指向哪个页面；应当写目标页面的 `.md` 路径，例如 ../closing.md",
        "en": "the link “{link}” does not name a page; expected the .md path of the page, e.g. ../closing.md",
    },
    "nav_page_missing": {
        "zh": "页面 {page} 不在导航中；应当在 `nav:` 下为它加一项",
        "en": "the page {page} is not in the navigation; expected an entry for it under `nav:`",
    },
    "nav_target_missing": {
        "zh": "导航列出的 {page} 不存在；应当是 docs/ 中已有页面的路径",
        "en": "the navigation lists {page}, which does not exist; expected the path of an existing page in docs/",
    },
    "nav_target_misspelt": {
        "zh": "导航列出的 {page} 不存在，最接近的页面是 {meant}；应当写成 `{meant}`",
        "en": "the navigation lists {page}, which does not exist; the closest page is {meant}: expected `{meant}`",
    },
    "edition_unknown": {
        "zh": "主题语言“{language}”不是 `plugins: reportsite: editions` 中的版本（{editions}）；应当是其中之一，例如 `en`",
        "en": "the theme's language “{language}” is not one of the editions of plugins: reportsite: editions "
        "({editions}); expected one of them, e.g. en",
    },
    "mkdocs_warning": {
        "zh": "MkDocs 报告：{message}；构建应当没有任何警告",
        "en": "MkDocs reports: {message}; expected a build without warnings",
    },
    "build_crashed": {
        "zh": "构建中断：{error}；模板（overrides/）和插件应当正常运行，可运行 `mkdocs build -v` 查看详情",
        "en": "the build stopped: {error}; expected the templates in overrides/ and the plugin to run cleanly (run "
        "`mkdocs build -v` for details)",
    },
    # --- the scripts ------------------------------------------------------------------------------
    "cli_usage": {"zh": "用法错误：{detail}", "en": "usage: {detail}"},
    "cli_lang": {
        "zh": "消息语言：`zh`（中文，默认）或 `en`（英文）",
        "en": "language of the messages: zh (Chinese, the default) or en",
    },
    "cli_no_such_path": {"zh": "没有这个文件或文件夹：{paths}", "en": "no such file or folder: {paths}"},
    "check_passed": {
        "zh": "全部检查通过：中文 {zh} 页、英文 {en} 页、{metrics} 项指标；构建也会通过。",
        "en": "All checks passed: {zh} Chinese pages, {en} English pages, {metrics} metrics; the build will pass too.",
    },
    "check_failed": {
        "zh": "发现 {count} 个问题需要修正；规则说明见 guide/zh/rules.md。",
        "en": "{count} problem(s) to fix; the rules are explained in guide/en/rules.md.",
    },
    "build_done": {
        "zh": "已构建：中文 {zh} 页、英文 {en} 页、{metrics} 项指标、{pdfs} 个 PDF，用时 {seconds} 秒，输出在 {site}。",
        "en": "Built {zh} Chinese and {en} English pages, {metrics} metrics and {pdfs} PDF(s) in {seconds} s, into {site}.",
    },
    "build_done_without_pdf": {
        "zh": "已构建：中文 {zh} 页、英文 {en} 页、{metrics} 项指标（未生成 PDF），用时 {seconds} 秒，输出在 {site}。",
        "en": "Built {zh} Chinese and {en} English pages and {metrics} metrics (no PDF) in {seconds} s, into {site}.",
    },
    "build_failed": {
        "zh": "发现 {count} 个问题，没有构建网站。",
        "en": "{count} problem(s): nothing was built.",
    },
    "metrics_passed": {"zh": "已检查 {count} 项指标，没有问题。", "en": "{count} metrics checked: no problems."},
    "metrics_failed": {"zh": "指标表中有 {count} 个问题。", "en": "{count} problem(s) in the metric tables."},
    "parity_passed": {"zh": "中英文两版一致。", "en": "The editions are in step."},
    "parity_failed": {"zh": "中英文两版有 {count} 个问题。", "en": "{count} problem(s) between the editions."},
    "parity_folders": {
        "zh": "请给出一个名为 `zh` 和一个名为 `en` 的文件夹，或者不给",
        "en": "give a folder named zh and a folder named en, or none",
    },
    "bundle_no_version": {
        "zh": "没有 Git 历史，也没有设置 `SOURCE_DATE_EPOCH`，无法确定离线包的版本；应当在 Git 克隆中运行",
        "en": "no git history and no SOURCE_DATE_EPOCH: the bundle's version cannot be told; expected to run in a git clone",
    },
    "bundle_done": {"zh": "已生成离线包 {path}（{size} MB）。", "en": "Made the bundle {path} ({size} MB)."},
    "bundle_failed": {"zh": "发现 {count} 个问题，没有生成离线包。", "en": "{count} problem(s): no bundle was made."},
    "scaffold_pillar": {
        "zh": "没有“{pillar}”这个部分；应当是 {allowed} 之一",
        "en": "unknown part “{pillar}”; expected one of {allowed}",
    },
    "scaffold_slug": {
        "zh": "名称“{slug}”不是简短的英文小写地址；应当像 `workers-housing` 这样，只用小写字母、数字和连字符",
        "en": "the name “{slug}” is not a short ASCII slug; expected e.g. workers-housing (lower-case letters, digits, "
        "hyphens)",
    },
    "scaffold_titles": {"zh": "两个标题都要写：`--zh` 和 `--en`", "en": "both titles are needed: --zh and --en"},
    "scaffold_exists": {"zh": "{path} 已经存在；应当换一个名称", "en": "{path} exists already; expected a new name"},
    "practice_description": {
        "zh": "建一个练习副本（仓库当前版本的 Git 工作树），其中的 data/source.txt 多了演示的一节，"
        "data/source_editions.yml 登记了练习用的新版，用来照着“（四）新增一节”从第 1 步练习；仓库本身不变",
        "en": "Make a practice copy (a Git worktree of the repository's current commit) whose data/source.txt has "
        "the walkthrough's section added and data/source_editions.yml a practice edition for it, to follow "
        "“(d) Add a section” from step 1; the repository itself does not change",
    },
    "practice_metavar_folder": {"zh": "文件夹", "en": "FOLDER"},
    "practice_help_folder": {
        "zh": "练习副本放在哪里（默认：仓库旁边，名字是仓库名加上 `-practice`）",
        "en": "where the practice copy goes (default: beside the repository, its name with -practice)",
    },
    "practice_exists": {
        "zh": "{path} 已经存在；应当换一个文件夹，或者先用 `git worktree remove --force {path}` 删掉旧的练习副本",
        "en": "{path} exists already; expected another folder, or the old practice copy removed first with "
        "`git worktree remove --force {path}`",
    },
    "practice_failed": {
        "zh": "没能建好练习副本：{reason}；应当在仓库的克隆中运行（需要 Git）",
        "en": "the practice copy could not be made: {reason}; expected to be run in a clone of the repository "
        "(Git is needed)",
    },
    "practice_made": {
        "zh": "已建好练习副本 {path}：新版已经登记，可以从“（四）新增一节”的第 1 步做起。先 `cd {path}`，"
        "练习中的命令都在那里运行；不要提交那里的改动。练完用 `git worktree remove --force {path}` 删掉它。",
        "en": "Made the practice copy {path}: the new edition is registered, so “(d) Add a section” can be followed "
        "from step 1. First `cd {path}` and run the walkthrough's commands there; commit nothing of it. When done, "
        "remove it with `git worktree remove --force {path}`.",
    },
    "scaffold_wrote": {"zh": "已写入 {path}", "en": "wrote {path}"},
    "scaffold_next": {
        "zh": "下一步：把本节原文从 data/source.txt 逐字复制到中文页面（占位文字不会通过检查），填写指标表，翻译英文页面，"
        "然后运行 .venv/bin/python scripts/check_site.py。",
        "en": "Next: copy the section's text from data/source.txt onto the Chinese page word for word (the placeholder "
        "fails the checks), fill in the metric table, translate the English page, then run "
        ".venv/bin/python scripts/check_site.py.",
    },
    "published_recorded": {
        "zh": "已在 {path} 中记录 {count} 个新地址。",
        "en": "Recorded {count} new address(es) in {path}.",
    },
    "published_listed": {"zh": "{count} 个地址尚未记录在 {path} 中。", "en": "{count} address(es) not yet in {path}."},
    "serve_static": {
        "zh": "网站在 {url}（英文版在 en/），按 Ctrl+C 停止。",
        "en": "Serving the site at {url} (English: en/). Ctrl+C stops.",
    },
    "serve_live": {
        "zh": "预览地址 {url}，保存页面或 data/ 中的文件后自动重新构建，按 Ctrl+C 停止。",
        "en": "Previewing at {url}; every save of a page or a file in data/ rebuilds it. Ctrl+C stops.",
    },
    # --- the theme's words on every page, in the edition's language ------------------------------
    "theme_permalink": {"zh": "本节的固定链接", "en": "Permanent link to this section"},
    "theme_footnote_backlink": {
        "zh": "跳回正文中脚注 {number} 所在处",
        "en": "Jump back to footnote {number} in the text",
    },
    # After a link to another host, in the offline bundle.
    "theme_needs_network": {"zh": "（需联网）", "en": " (needs a network)"},
    "serve_description": {
        "zh": "构建两种语言版本，在 http://127.0.0.1:8000/ 提供网站（英文版在 /en/）；加 --live 则边改边预览一种语言版本。",
        "en": "Builds both editions and serves the site at http://127.0.0.1:8000/ (English at /en/); with --live, "
        "previews one edition while you edit.",
    },
    "serve_help_live": {
        "zh": "边改边预览：每次保存 docs/ 中的页面或 data/ 中的文件后重新构建，浏览器自动刷新，问题列在页面底部；"
        "预览中文版，加 --lang en 预览英文版",
        "en": "preview while you edit: every save of a page in docs/ or a file in data/ rebuilds it, the browser "
        "reloads, and the problems are listed at the foot of the page; the Chinese edition, or with --lang en the "
        "English",
    },
    "serve_help_port": {
        "zh": "端口（默认 8000）；8000 已被占用时换一个，例如 --port 8001",
        "en": "the port (8000 by default); another if 8000 is taken, e.g. --port 8001",
    },
    "serve_help_host": {
        "zh": "监听的地址（默认 127.0.0.1：只有这台电脑能打开预览）",
        "en": "the address to listen on (127.0.0.1 by default: only this computer can open the preview)",
    },
    "serve_metavar_port": {"zh": "端口", "en": "PORT"},
    "serve_metavar_host": {"zh": "地址", "en": "ADDRESS"},
    "preview_panel_title": {
        "zh": "预览发现 {count} 个问题（改好并保存后，这里自动更新）：",
        "en": "The preview found {count} problem(s) (fix and save: this updates by itself):",
    },
    "preview_reminders_title": {
        "zh": "给译者的提醒 {count} 条（不是错误，不影响构建；check_site.py 也这样列出）：",
        "en": "{count} reminder(s) for the translator (not errors: the build passes; check_site.py lists them too):",
    },
    "preview_reminders_said": {
        "zh": "预览没有发现需要修正的问题；浏览器的页面底部列出了 {count} 条给译者的提醒。",
        "en": "The preview found no problem to fix; {count} reminder(s) for the translator are listed at the foot of "
        "the page in the browser.",
    },
    "preview_refused_title": {"zh": "预览没有构建成功", "en": "The preview could not be built"},
    "preview_refused_lead": {
        "zh": "网站的页面没有构建出来。改好下面列出的问题并保存后，这一页会自动换成网站的页面。",
        "en": "The site's pages were not built. Fix the problems listed below and save: this page then turns back "
        "into the site's page by itself.",
    },
    "preview_problems_said": {
        "zh": "预览发现 {count} 个问题，浏览器的页面底部也列出了这些问题；改好并保存后预览自动更新。",
        "en": "The preview found {count} problem(s), also listed at the foot of the page in the browser; fix and "
        "save, and the preview updates by itself.",
    },
    "preview_refused_said": {
        "zh": "预览没有构建成功（{count} 个问题，浏览器中的页面列出了这些问题）；改好并保存后预览自动恢复。",
        "en": "The preview could not be built ({count} problem(s), listed on the page in the browser); fix and save, "
        "and the preview comes back by itself.",
    },
    "preview_clean_said": {"zh": "问题都已改好，预览已更新。", "en": "No problems left: the preview is up to date."},
    "cli_usage_prefix": {"zh": "用法：", "en": "usage: "},
    "cli_options": {"zh": "选项", "en": "options"},
    "cli_positionals": {"zh": "参数", "en": "positional arguments"},
    "cli_help": {"zh": "显示本帮助并退出", "en": "show this help message and exit"},
    # --- the PDFs ---------------------------------------------------------------------------------
    "pdf_warning": {
        "zh": "WeasyPrint 报告：{message}；PDF 应当没有任何警告",
        "en": "WeasyPrint: {message}; expected the PDF to render without a warning",
    },
    "pdf_no_weasyprint": {
        "zh": "WeasyPrint 无法启动（{error}）；应当运行 `bash scripts/setup.sh` 安装 requirements.txt 中的 `weasyprint` 和 Debian 的 `pango`",
        "en": "WeasyPrint cannot start ({error}); expected weasyprint from requirements.txt and Debian's pango: run "
        "`bash scripts/setup.sh`",
    },
    "pdf_tagging": {
        "zh": "WeasyPrint 的 PDF 标签结构与 scripts/reportsite/pdf_tags.py 所写的不同（{error}）；应当使用 requirements.txt "
        "固定的 WeasyPrint 版本，或相应地更新 pdf_tags.py",
        "en": "WeasyPrint's PDF tagging is not the one scripts/reportsite/pdf_tags.py extends ({error}); expected the "
        "weasyprint that requirements.txt pins, or pdf_tags.py updated for it",
    },
    "pdf_outside": {
        "zh": "PDF 会加载 {url}；应当只用网站自己的文件和 `data:` 地址（生成 PDF 不访问网络）",
        "en": "the PDF would load {url}; expected only files of the site and data: URLs (the PDF build makes no "
        "network request)",
    },
    "delivered_image_untagged": {
        "zh": "页面的分享标签没有指向它的分享图 {image}；`og:image` 与 `twitter:image` 应当是这张图的地址（overrides/main.html）",
        "en": "the page's Open Graph tags do not name its share image {image}; `og:image` and `twitter:image` "
        "should give its address (overrides/main.html)",
    },
    "share_fonts": {
        "zh": "找不到字体 {font}，无法生成页面的分享图；请运行 `bash scripts/setup.sh` 安装 Debian 的 `fonts-noto-cjk`",
        "en": "the font {font} is missing, so the pages' share images cannot be made; run `bash scripts/setup.sh` to "
        "install Debian's fonts-noto-cjk",
    },
    "pdf_fonts": {
        "zh": "PDF 用到了字体 {fonts}；应当只用 {expected}（Debian 的 `fonts-noto-cjk`，由 `bash scripts/setup.sh` 安装）",
        "en": "the PDF uses the font(s) {fonts}; expected only {expected} (Debian's fonts-noto-cjk, installed by "
        "`bash scripts/setup.sh`)",
    },
    "pdf_done": {"zh": "已生成 {paths}。", "en": "Wrote {paths}."},
    "pdf_failed": {"zh": "发现 {count} 个问题，没有生成 PDF。", "en": "{count} problem(s): no PDF was made."},
}
