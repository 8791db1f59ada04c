"""The package's shape: no module imports another that imports it back (at
run time), and the data layer imports none of the checks that use it."""

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "scripts" / "reportsite"
# Reading the sources and the data: what the checks, the renderer and the scripts stand on.
DATA_LAYER = {"data", "datafiles", "safe_yaml", "config", "reading", "paths", "git", "settings", "values"}
CHECKS = {
    "checks", "fidelity", "metrics", "parity", "glossary", "wording", "stable_urls", "freshness", "safe_html",
    "figures", "editorial_checks", "accounting", "delivered", "config_loads", "docs_files",
}  # fmt: skip


def imports(module: Path) -> set[str]:
    """The package's modules `module` imports at run time (not under TYPE_CHECKING)."""
    found = set()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for child in ast.walk(node):
            if isinstance(child, ast.ImportFrom) and child.level == 1:
                found |= {child.module} if child.module else {alias.name for alias in child.names}
    return found


GRAPH = {path.stem: imports(path) for path in PACKAGE.glob("*.py")}


def test_no_module_imports_one_that_imports_it_back():
    def cycle(start: str, node: str, seen: tuple[str, ...]) -> tuple[str, ...] | None:
        for following in sorted(GRAPH.get(node, ())):
            if following == start:
                return (*seen, following)
            if following not in seen:
                found = cycle(start, following, (*seen, following))
                if found:
                    return found
        return None

    circles = [found for name in sorted(GRAPH) if (found := cycle(name, name, (name,)))]
    assert circles == []


def test_the_data_layer_imports_no_check():
    assert {name: GRAPH[name] & CHECKS for name in DATA_LAYER if GRAPH[name] & CHECKS} == {}
