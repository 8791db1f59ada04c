"""The generated blocks' HTML lives in templates beside the theme's overrides
(overrides/partials/glance/, overrides/partials/glossary.html), their words
in the Python that renders them: no tag is written in the modules, no word in
the templates."""

import ast
import re
import shutil

import pytest

from conftest import ROOT
from reportsite.glance import Glance

PACKAGE = ROOT / "scripts" / "reportsite"
RENDERED = ("glance.py", "glossary.py")  # the modules whose HTML is templates
TEMPLATES = [
    *sorted((ROOT / "overrides" / "partials" / "glance").glob("*.html")),
    ROOT / "overrides/partials/glossary.html",
]
TAG = re.compile(r"</?[A-Za-z]")
JINJA = re.compile(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
# attributes a reader hears or sees: a word there is a word of the page
WORDED = re.compile(r"\b(?:title|alt|aria-label|placeholder)=\"[^\"]*\w", re.IGNORECASE)


def string_literals(source: str) -> list[str]:
    """Every string the module writes (f-strings' parts too), docstrings left out."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


@pytest.mark.parametrize("module", RENDERED)
def test_the_glance_modules_write_no_html_tag_their_templates_do(module):
    literals = string_literals((PACKAGE / module).read_text(encoding="utf-8"))
    assert [text for text in literals if TAG.search(text)] == []


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_the_glance_templates_hold_no_word_every_text_is_a_variable(template):
    markup = JINJA.sub("", template.read_text(encoding="utf-8"))
    assert re.sub(r"<[^>]*>", "", markup).strip() == ""
    assert WORDED.findall(markup) == []


def test_the_glance_templates_come_from_the_configurations_overrides_folder(real_site, tmp_path):
    """The folder is the edition's theme.custom_dir, not the package's: another folder, another template."""
    glance = Glance.of(real_site, "en", {})
    assert glance.templates == real_site.editions["en"].config.theme.custom_dir
    shutil.copytree(ROOT / "overrides" / "partials" / "glance", tmp_path / "partials" / "glance")
    (tmp_path / "partials" / "glance" / "summary.html").write_text("<p>{{ summary }}</p>", encoding="utf-8")
    glance.templates = str(tmp_path)
    pages = sum(len(group.pages) for group in glance.groups)
    assert (
        glance.key_figures_markdown("key-figures.md", lambda rel, anchor: rel).split("\n", 1)[0]
        == f"<p>{len(glance.figures)} figures from {pages} pages, in the order of the report.</p>"
    )
