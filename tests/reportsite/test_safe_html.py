"""Rule 19: pages render plain, safe HTML. One fixture per kind of unsafe
input (tests/fixtures/safe_html/zh), each with its exact message; the
check reads the rendered page, so raw HTML, attribute lists and Markdown
links are all caught."""

import pytest

from conftest import FIXTURES, messages
from reportsite.safe_html import check_safe_html

SAFE_HTML = FIXTURES / "safe_html" / "zh"

EXPECTED = {
    "attribute-list-handler": [
        "tests/fixtures/safe_html/zh/attribute-list-handler.md:8: onmouseover on <p> runs script and is not allowed; expected no script on a page [rule 19]",
    ],
    "clashing-id": [
        "tests/fixtures/safe_html/zh/clashing-id.md:7: the id “__search” on <span> is not allowed (it could clash with the site's own elements); expected a simple name starting with a letter or digit [rule 19]",
    ],
    "comment": [
        "tests/fixtures/safe_html/zh/comment.md:9: an HTML comment hides text from readers: “这段话读者看不到”; expected no hidden text: delete it, or make it a visible editorial note [rule 19]",
    ],
    "data-link": [
        "tests/fixtures/safe_html/zh/data-link.md:7: the address “data:text/html,<script>alert(1)</script>” on <a> is not allowed (javascript:, data: and the like run script or embed content); expected a page of the site or an https:// link [rule 19]",
    ],
    "event-handler": [
        "tests/fixtures/safe_html/zh/event-handler.md:7: onclick on <span> runs script and is not allowed; expected no script on a page [rule 19]",
    ],
    "form": [
        "tests/fixtures/safe_html/zh/form.md:7: the HTML element <form> is not allowed on a page (it could run script, load outside content or change the page); expected Markdown, or only these inline elements: br, sup, sub, abbr, span, small, kbd, mark, q, cite, dfn, time, wbr [rule 19]",
    ],
    "good": [],
    "iframe": [
        "tests/fixtures/safe_html/zh/iframe.md:7: the HTML element <iframe> is not allowed on a page (it could run script, load outside content or change the page); expected Markdown, or only these inline elements: br, sup, sub, abbr, span, small, kbd, mark, q, cite, dfn, time, wbr [rule 19]",
    ],
    "javascript-link": [
        "tests/fixtures/safe_html/zh/javascript-link.md:7: the address “javascript:alert(1)” on <a> is not allowed (javascript:, data: and the like run script or embed content); expected a page of the site or an https:// link [rule 19]",
    ],
    "outside-image": [
        "tests/fixtures/safe_html/zh/outside-image.md:7: <img> loads “https://example.com/a.png” from outside the site, which is not allowed; expected a file of the site (in docs/), never another host [rule 19]",
    ],
    "outside-image-backslash": [
        "tests/fixtures/safe_html/zh/outside-image-backslash.md:7: <img> loads “/\\evil.example/x.png” from outside the site, which is not allowed; expected a file of the site (in docs/), never another host [rule 19]",
    ],
    "script": [
        "tests/fixtures/safe_html/zh/script.md:9: the HTML element <script> is not allowed on a page (it could run script, load outside content or change the page); expected Markdown, or only these inline elements: br, sup, sub, abbr, span, small, kbd, mark, q, cite, dfn, time, wbr [rule 19]",
    ],
    "style": [
        "tests/fixtures/safe_html/zh/style.md:7: the attribute style is not allowed on <p>; expected only class, dir, id, lang, title [rule 19]",
    ],
}


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_each_kind_of_unsafe_html_gets_its_own_message(fresh_site, case):
    fresh_site.use_pages([SAFE_HTML / f"{case}.md"])
    assert messages(check_safe_html(fresh_site.editions["zh"].readings[f"{case}.md"])) == EXPECTED[case]


def test_the_real_pages_are_safe(real_site):
    found = [
        p for edition in real_site.editions.values() for r in edition.readings.values() for p in check_safe_html(r)
    ]
    assert messages(found) == []
