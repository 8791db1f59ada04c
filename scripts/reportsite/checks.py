"""Every check of the site's sources, in one call, over both editions.

Used by the site plugin before a build, by scripts/check_site.py (which adds
what MkDocs itself finds: links, anchors, navigation) and by the tests. The
rules are numbered in rules.py and explained in CONTRIBUTING.md.
"""

from __future__ import annotations

import jsonschema

from .datafiles import schema
from .diagnostics import Problem, problem
from .docs_files import check_docs_files
from .fidelity import check_fidelity
from .freshness import check_freshness
from .glossary import check_glossary
from .metrics import Metric, check_binding, check_consistency, check_unique_codes
from .paths import display_path
from .parity import check_headings, check_metric_tables, check_numbers, check_page_exists
from .reading import PageReading
from .rules import FRONT_MATTER
from .safe_html import check_safe_html
from .site import SOURCE_LANGUAGE, Site
from .stable_urls import check_stable_urls


def check_site(site: Site) -> list[Problem]:
    problems = list(site.problems) + list(site.data.problems)
    for edition in site.editions.values():
        problems += check_docs_files(edition.docs_dir, site.options.asset_types)
        for reading in edition.readings.values():
            problems += check_page(site, reading)
        problems += check_unique_codes(m for r in edition.readings.values() for m in site.metrics(r).metrics)
    problems += check_source_edition(site)
    problems += check_translation(site)
    problems += check_addresses(site)
    return problems


def check_page(site: Site, reading: PageReading) -> list[Problem]:
    """What can be checked on one page alone: rules 1, 2, 4 to 9, 19."""
    problems = list(reading.problems)
    if not reading.lines:
        return problems
    problems += check_front_matter(reading)
    problems += check_safe_html(reading)
    page = site.metrics(reading)
    problems += page.problems
    if reading.lang == SOURCE_LANGUAGE and site.data.units and reading.rel not in site.options.editorial_pages:
        problems += check_binding(page, reading, site.data.units)
    return problems


def check_front_matter(reading: PageReading) -> list[Problem]:
    validator = jsonschema.Draft202012Validator(schema("front_matter"))
    problems = []
    for error in validator.iter_errors(reading.meta):
        keys = list(error.absolute_path)
        if error.validator == "additionalProperties":
            for key in sorted(set(error.instance) - set(error.schema.get("properties", {}))):
                problems.append(problem(reading.display, reading.meta_line(key), FRONT_MATTER, "front_matter_unknown_key", key=key, allowed=sorted(error.schema["properties"])))
            continue
        key = str(keys[0]) if keys else ""
        problems.append(problem(reading.display, reading.meta_line(key), FRONT_MATTER, "front_matter_value", key=key or "/", reason=error.message))
    return problems


def source_metrics(site: Site) -> dict[str, Metric]:
    return {m.code: m for r in site.readings(SOURCE_LANGUAGE) for m in site.metrics(r).metrics}


def check_source_edition(site: Site) -> list[Problem]:
    """Rule 3 (the report, word for word) and rule 10 (consistency rules)."""
    problems = []
    if site.data.source:
        problems += check_fidelity(site.data.source, site.readings(SOURCE_LANGUAGE), site.options.editorial_pages)
    if site.data.rules is not None:
        problems += check_consistency(site.data.rules, source_metrics(site), site.data.files["rules"])
    return problems


def check_translation(site: Site) -> list[Problem]:
    """Rules 11 to 15, and 17 (a warning): the English edition in step."""
    if "en" not in site.editions:
        return []
    problems = []
    editions = site.editions
    complete = []
    for rel, zh, en in site.pairs():
        if zh is None or en is None:
            present, other = (zh, "en") if zh else (en, SOURCE_LANGUAGE)
            problems.append(check_page_exists(present, other, site.display(editions[other], rel)))
            continue
        if not zh.lines or not en.lines:
            continue  # unreadable: rule 1 says so
        complete.append((zh, en))
        problems += check_headings(zh, en)
        problems += check_metric_tables(zh, en, site.metrics(zh).metrics, site.metrics(en).metrics)
        if rel not in site.options.editorial_pages:
            problems += check_numbers(zh, en)
        if site.data.terms is not None and rel != "glossary.md":
            problems += check_glossary(site.data.terms, zh, en, site.data.files["glossary"])
    problems += check_freshness(complete, site.source_edition.docs_dir.parent)
    return problems


def check_addresses(site: Site) -> list[Problem]:
    """Rule 16: every published address still leads to its page."""
    edition = site.source_edition
    path = site.data.folder / "published_urls.txt"
    return check_stable_urls(edition.readings, site.redirects(), path, display_path(edition.config_file))
