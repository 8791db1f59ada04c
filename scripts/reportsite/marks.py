"""Marks the site's Markdown extensions add to a page's HTML, for readers
who do not see the page as its writers did:

- on English pages, each Chinese passage (a quoted title, a glossary term,
  a source reading) in `<span lang="zh-Hans">`, so that a screen reader
  reads it as Chinese and a browser picks a Chinese font for it;
- in the offline bundle, each link to another host followed by a note that
  it needs a network ("（需联网）", "(needs a network)").

Both run last, on the page's HTML as Markdown wrote it (raw HTML and the
plugin's generated blocks included): text inside an element that already
says its language, and inside <script>, <style> or <textarea>, is left as
it is; attributes are never touched.
"""

from __future__ import annotations

import re
from html import escape

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor

# Han characters, CJK punctuation, kana, full-width forms: what starts and ends a Chinese passage.
CJK = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
)
# A Chinese passage: digits written into it (59.6万, 达97%, 2万余人（次）), and
# inside it spaces, quotation marks, an ellipsis or a slash between Chinese
# characters (“工人先锋号”“青年文明号”, 团结动员职工群众……听党话); never the
# English around it, nor the quotation marks that open and close it.
CHINESE_PASSAGE = re.compile(rf"(?:[0-9][0-9.,]*)?[{CJK}](?:[{CJK}0-9.%…—·/“”‘’\s]*[{CJK}])?(?:[0-9][0-9.]*%?)?")
CHINESE_LANG = "zh-Hans"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
RAW = {"script", "style", "textarea"}
# A comment, a declaration, or a tag (a quoted attribute value may hold ">").
TOKEN = re.compile(r"""<!--.*?-->|<![^>]*>|<\?.*?\?>|</?[A-Za-z](?:"[^"]*"|'[^']*'|[^'">])*>""", re.S)
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
LANG = re.compile(r"""\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
NETWORK = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)  # another host: http://, https://, //


def mark_html(html: str, *, chinese: bool, network_note: str | None) -> str:
    """The page's HTML with its Chinese passages marked (`chinese`) and a
    note after each link to another host (`network_note`)."""
    out: list[str] = []
    stack: list[tuple[str, bool, bool]] = []  # (tag, inside Chinese or raw text, a link to another host)
    position = 0
    for token in TOKEN.finditer(html):
        out.append(_text(html[position : token.start()], stack, chinese))
        position = token.end()
        out.append(token.group(0))
        tag = TAG.match(token.group(0))
        if tag is None:
            continue
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if closing:
            while any(item[0] == name for item in stack):
                top, _, link = stack.pop()
                if link and network_note:
                    out.append(f'<span class="network-note">{escape(network_note)}</span>')
                if top == name:
                    break
            continue
        if name in VOID or token.group(0).endswith("/>"):
            continue
        lang = LANG.search(token.group(0))
        value = next((group for group in lang.groups() if group is not None), "") if lang else None
        inherited = stack[-1][1] if stack else False
        # Inside an element said to be Chinese, or raw text: nothing to mark.
        quiet = name in RAW or (value.lower().startswith("zh") if value is not None else inherited)
        href = HREF.search(token.group(0)) if name == "a" else None
        target = next((group for group in href.groups() if group is not None), "") if href else ""
        stack.append((name, quiet, bool(NETWORK.match(target.strip()))))
    out.append(_text(html[position:], stack, chinese))
    return "".join(out)


def _text(text: str, stack: list[tuple[str, bool, bool]], chinese: bool) -> str:
    if not chinese or not text or (stack and stack[-1][1]):
        return text
    return CHINESE_PASSAGE.sub(lambda match: f'<span lang="{CHINESE_LANG}">{match.group(0)}</span>', text)


class _MarksPostprocessor(Postprocessor):
    def __init__(self, md: Markdown, chinese: bool, network_note: str | None) -> None:
        super().__init__(md)
        self.chinese = chinese
        self.network_note = network_note

    def run(self, text: str) -> str:
        return mark_html(text, chinese=self.chinese, network_note=self.network_note)


class MarksExtension(Extension):
    """`chinese`: mark Chinese passages (English pages); `network_note`: the
    note after a link to another host (the offline bundle), or None."""

    def __init__(self, *, chinese: bool, network_note: str | None) -> None:
        super().__init__()
        self.chinese = chinese
        self.network_note = network_note

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After the raw HTML and the footnotes are put back (30, 25) and amp_substitute (20).
        md.postprocessors.register(_MarksPostprocessor(md, self.chinese, self.network_note), "site_marks", 5)
