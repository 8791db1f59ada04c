"""The editors' guide: every rule the checks name is explained, in both
languages, under a linkable anchor."""

import pytest

from reportsite.paths import ROOT
from reportsite.rules import RULES


@pytest.mark.parametrize("guide", ["CONTRIBUTING.md", "CONTRIBUTING.en.md"])
def test_every_rule_has_an_anchor_in_the_guide(guide):
    text = (ROOT / guide).read_text(encoding="utf-8")
    for number in RULES:
        assert f'<a id="rule-{number}"></a>' in text, f"{guide}: rule {number}"


def test_the_readme_links_the_guides():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "CONTRIBUTING.md" in readme and "CONTRIBUTING.en.md" in readme
