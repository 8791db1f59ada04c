"""Glossary terms explained on first use (glossary.py): in English in the
forms a sentence gives them, in Chinese as the report writes them."""

import markdown

from reportsite.data import Term
from reportsite.glossary import GlossaryExtension

CONTRACT = Term("集体合同", "collective contract", "An agreement on pay and conditions.", "劳动条件的协议。", 1)


def render(text, lang):
    return markdown.markdown(text, extensions=[GlossaryExtension([CONTRACT], lang)])


def test_a_plural_a_possessive_and_a_capital_are_the_term():
    for text in ("833 collective contracts", "the collective contract’s terms", "Collective contract signed"):
        html = render(text, "en")
        assert '<abbr title="An agreement on pay and conditions.">' in html, text


def test_a_longer_word_is_not_the_term():
    assert "<abbr" not in render("collective contractors", "en")


def test_only_the_first_use_on_a_page_is_explained():
    assert render("collective contracts and a collective contract", "en").count("<abbr") == 1


def test_a_chinese_page_explains_the_term_in_chinese():
    html = render("签订集体合同833份", "zh")
    assert html == '<p>签订<abbr title="劳动条件的协议。">集体合同</abbr>833份</p>'
