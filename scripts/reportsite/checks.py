"""Every check of the site's sources, in one call, over both editions.

Used by the site plugin before a build, by scripts/check_site.py (which adds
what MkDocs itself finds: links, anchors, the navigation), by the other
check scripts and by the tests. The rules are numbered in rules.py and
explained in guide/zh/rules.md and guide/en/rules.md.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

import jsonschema

from .accounting import check_accounted
from .cascades import one_per_cause
from .catalog import READER
from .config_loads import check_config_loads
from .datafiles import expected_words, place_words, schema
from .diagnostics import Problem, problem, type_words
from .docs_files import check_docs_files
from .editorial_checks import check_buttons, check_editorial_parity
from .fidelity import changes_under_review, check_editions, check_fidelity
from .figures import check_figures
from .freshness import check_freshness
from .glossary import check_glossary
from .messages import Words
from .metrics import Metric, check_binding, check_consistency, check_unique_codes
from .parity import (
    check_english_units,
    check_headings,
    check_metric_tables,
    check_numbers,
    check_page_exists,
    check_paragraphs,
    check_translated,
)
from .reading import PageReading, normalise
from .rules import BUILD, FIDELITY, FRONT_MATTER
from .safe_html import check_safe_html
from .settings import PagePolicy
from .site import SOURCE_LANGUAGE, Site
from .stable_urls import check_stable_urls
from .values import ascii_figures, text_numbers
from .wording import check_wording


def check_site(site: Site) -> list[Problem]:
    problems = list(site.problems) + list(site.data.problems)
    problems += check_config_loads([(edition.config_file, edition.config) for edition in site.editions.values()])
    every_page = {rel for edition in site.editions.values() for rel in edition.readings}
    for edition in site.editions.values():
        problems += check_docs_files(edition.docs_dir, site.options.asset_types)
        # a page that cannot be read, has no heading yet or is missing from this
        # edition only (rule 11) is its own problem: None
        titles: dict[str, str | None] = dict.fromkeys(every_page)
        titles |= {rel: r.headings[0].text if r.headings else None for rel, r in edition.readings.items()}
        for reading in edition.readings.values():
            problems += check_page(reading, site.policy)
            if not reading.unread:
                problems += check_buttons(reading, titles)
    problems += check_metrics(site)
    problems += check_figures(site)
    problems += check_source(site) + check_nav_titles(site)
    if site.data.source:
        listed = check_editorial_pages(site)
        # a report page listed as the editors' is that one message: its text is read against the report all the same
        report_pages = {dict(found.params)["page"] for found in listed if found.key == "editorial_page_of_report"}
        editorial = [rel for rel in site.options.editorial_pages if rel not in report_pages]
        found = check_fidelity(site.data.source, site.readings(SOURCE_LANGUAGE), editorial, site.committed)
        listed_at = {site.source_edition.readings[rel].display for rel in report_pages}
        problems += listed + [p for p in found if not (p.path in listed_at and p.key == "fidelity_in_editorial_block")]
    problems += check_translation(site)
    problems += check_wording(site)
    problems += check_addresses(site)
    # where each figure comes from is read against the report: an unreadable report is its own problem
    if site.data.units is not None and site.data.declared is not None and site.data.source is not None:
        problems += check_accounted(site)
    # one mistake, one message: what follows from another problem's cause waits for it
    pairs = [(zh, en) for _, zh, en in site.pairs() if zh is not None and en is not None]
    return one_per_cause(problems, pairs, site.source_edition.docs_dir.parent)


def check_nav_titles(site: Site) -> list[Problem]:
    """Rule 18: the navigation names each page by its heading, in each
    edition's language (one navigation serves both): a title written in
    `nav:` would stand, untranslated and unchecked, in every edition."""
    from .config import config_files

    files, _ = config_files(site.source_edition.config_file)
    problems = []
    for file in files:
        nav = next((value for key, value in file.node.value if key.value == "nav"), None) if file.node else None
        for item in _nav_items(nav):
            for key, value in item.value:
                if value.tag.endswith(":str") and str(value.value).endswith(".md"):
                    line = key.start_mark.line + 1
                    found = dict(title=key.value, page=value.value)
                    problems.append(problem(file.display, line, BUILD, "nav_page_title", **found))
    return problems


# A block of a page this long (characters, without spaces) that the report holds is the report's text.
REPORT_SENTENCE = 20


def check_editorial_pages(site: Site) -> list[Problem]:
    """Rule 3: a page listed under `editorial_pages` is not read against the
    report, so a page of the report's text listed there would be changed in
    silence: refused at its entry, naming the report's sentence it holds; an
    entry that names no page is refused too."""
    from .config import config_files

    files, _ = config_files(site.source_edition.config_file)
    entries = [
        (str(item.value), file.display, item.start_mark.line + 1)
        for file in files
        for item in _setting_items(file.node, "editorial_pages")
    ]
    return editorial_page_problems(entries, site.source_edition.readings, ascii_figures(site.data.source.text))


def editorial_page_problems(
    entries: list[tuple[str, str, int]], readings: dict[str, PageReading], report: str
) -> list[Problem]:
    """The entries (page, file, line) of `editorial_pages` that name a page of
    the report's text (`report`: its text without whitespace) or no page."""
    problems = []
    for rel, display, line in entries:
        reading = readings.get(rel)
        if reading is None:
            problems.append(problem(display, line, FIDELITY, "editorial_page_missing", page=rel))
            continue
        held = next(
            (
                block
                for block in reading.blocks
                if len(normalise(block.visible)) > REPORT_SENTENCE and normalise(ascii_figures(block.visible)) in report
            ),
            None,
        )
        if held is not None:
            text = held.visible if len(held.visible) <= 30 else held.visible[:30] + "…"
            found = dict(page=rel, text=text, where=f"{reading.display}:{held.line}")
            problems.append(problem(display, line, FIDELITY, "editorial_page_of_report", **found))
    return problems


def _setting_items(node: Any, name: str) -> Iterator[Any]:
    """The items of every list under the key `name`, at any depth of a YAML node."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == name and isinstance(value, yaml.SequenceNode):
                yield from (item for item in value.value if isinstance(item, yaml.ScalarNode))
            else:
                yield from _setting_items(value, name)
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            yield from _setting_items(child, name)


def _nav_items(node: Any) -> Iterator[Any]:
    """The `title: page` entries of a navigation, at every depth."""
    import yaml

    if isinstance(node, yaml.SequenceNode):
        for child in node.value:
            if isinstance(child, yaml.MappingNode):
                yield child
                for _, value in child.value:
                    yield from _nav_items(value)


def check_source(site: Site) -> list[Problem]:
    """Rule 3 on data/source.txt itself: the last of its editions, read against
    the history; in a pull request, every change to it marked for review."""
    folder, data = site.data.folder, site.data
    problems = []
    if data.source and data.editions:
        problems += check_editions(folder / "source.txt", data.editions, data.files["source_editions"])
    return problems + changes_under_review([folder / "source.txt", folder / "source_editions.yml"])


def check_page(reading: PageReading, policy: PagePolicy) -> list[Problem]:
    """A page as a page: readable (rule 1), its front matter (rule 2), its
    HTML (rule 19)."""
    problems = list(reading.problems)
    if reading.lines:
        problems += check_front_matter(reading) + check_front_matter_words(reading)
        problems += check_safe_html(reading, policy)
    return problems


def check_metrics(site: Site, complete: bool = True) -> list[Problem]:
    """Rules 4 to 10 on every page's metric tables; `complete` when these are
    all the site's pages (a rule may then name a code no page has)."""
    problems = []
    for edition in site.editions.values():
        for reading in edition.readings.values():
            if reading.unread:
                continue
            page = site.metrics(reading)
            problems += page.problems
            if reading.lang == SOURCE_LANGUAGE and site.data.units and reading.rel not in site.options.editorial_pages:
                report = ascii_figures(site.data.source.text) if site.data.source else None
                problems += check_binding(page, reading, site.data.units, report)
        problems += check_unique_codes(m for r in edition.readings.values() for m in site.metrics(r).metrics)
    if site.data.rules is not None:
        # a page or row that cannot be read has codes no one can see: its own problem says why
        complete = complete and site.fully_read(SOURCE_LANGUAGE)
        problems += check_consistency(site.data.rules, source_metrics(site), site.data.files["rules"], complete)
    return problems


def check_front_matter(reading: PageReading) -> list[Problem]:
    """Rule 2: the front matter against its schema, one message per mistake,
    at the line of the key or item it names, in the editor's words."""
    validator = jsonschema.Draft202012Validator(schema("front_matter"))
    by_place: dict[tuple, list[jsonschema.ValidationError]] = {}
    for error in sorted(validator.iter_errors(reading.meta), key=lambda e: [str(k) for k in e.absolute_path]):
        by_place.setdefault(tuple(error.absolute_path), []).append(error)
    problems = []
    for keys, errors in by_place.items():
        kinds = {error.validator: error for error in errors}
        if "additionalProperties" in kinds:
            # a key not in the schema; with a required one missing, the same key misspelt: one message
            error = kinds.pop("additionalProperties")
            kinds.pop("required", None)
            known = sorted(error.schema["properties"])
            for key in sorted(set(error.instance) - set(known)):
                line = reading.meta_line(_meta_key((*keys, key)))
                found = dict(key=key, allowed=known)
                problems.append(problem(reading.display, line, FRONT_MATTER, "front_matter_unknown_key", **found))
        problems += [_front_matter_problem(reading, keys, error) for error in kinds.values()]
    return problems


def _meta_key(keys: tuple) -> str:
    return "/".join(str(key) for key in keys) or "/"


# What YAML reads a value typed without quotes as, in the editor's words.
READ_AS = {
    bool: Words("true/false（是或否）", "true or false"),
    int: Words("数字", "a number"),
    float: Words("数字", "a number"),
}


def _front_matter_problem(reading: PageReading, keys: tuple, error: jsonschema.ValidationError) -> Problem:
    line = reading.meta_line(_meta_key(keys))
    key = _meta_key(keys[:1]) if keys else "/"
    where = place_words(keys) if len(keys) > 1 else Words(f"“{key}”", f"“{key}”")
    value = error.instance if isinstance(error.instance, str | int | float) else json.dumps(error.instance)
    if error.validator == "type" and error.validator_value == "string" and not isinstance(error.instance, dict | list):
        # not_metrics: figure: 18, or title: 2024: YAML reads a number (or yes/no, a date) where text was meant
        read_as = READ_AS.get(type(error.instance), Words("其他类型的值", "another kind of value"))
        name = keys[-1] if keys and isinstance(keys[-1], str) else key
        found = dict(where=where, value=value, read_as=read_as, fixed=f"{name}: '{value}'")
        return problem(reading.display, line, FRONT_MATTER, "front_matter_quote", **found)
    if error.validator == "type":
        found = dict(key=where, value=value, expected=type_words(error.validator_value))
        return problem(reading.display, line, FRONT_MATTER, "front_matter_wrong_type", **found)
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        example = "  ".join(f"{name}: …" for name in missing)
        found = dict(where=where, key=missing, example=example)
        return problem(reading.display, line, FRONT_MATTER, "front_matter_missing_key", **found)
    if error.validator == "enum":
        found = dict(key=where, value=value, allowed=[str(item) for item in error.validator_value])
        return problem(reading.display, line, FRONT_MATTER, "front_matter_not_allowed", **found)
    if error.validator == "minLength":
        return problem(reading.display, line, FRONT_MATTER, "front_matter_empty", key=where)
    if error.validator == "maxLength":
        found = dict(key=where, length=len(str(error.instance)), limit=error.validator_value)
        return problem(reading.display, line, FRONT_MATTER, "front_matter_too_long", **found)
    return problem(reading.display, line, FRONT_MATTER, "front_matter_value", key=where, reason=expected_words(error))


HOME_TITLE = {lang: words["title"] for lang, words in READER["home"].items()}


def check_front_matter_words(reading: PageReading) -> list[Problem]:
    """Rule 2: what the front matter puts before readers (the title in the
    navigation and the browser's tab; the description in search engines and
    shared links) says what the page says: the title is the page's heading,
    and every figure of the description is one of the page's."""
    problems = []
    title = reading.meta.get("title")
    heading = next((h for h in reading.headings if h.level == 1), None)
    home = reading.rel == "index.md" and title == HOME_TITLE[reading.lang]  # the home page's name in the menu
    if isinstance(title, str) and heading and " ".join(title.split()) != heading.text and not home:
        problems.append(
            problem(
                reading.display,
                reading.meta_line("title"),
                FRONT_MATTER,
                "front_matter_title_not_heading",
                title=title,
                heading=heading.text,
                heading_line=heading.line,
            )
        )
    description = reading.meta.get("description")
    if isinstance(description, str):
        text = " ".join(
            [block.visible for block in reading.blocks] + [c for t in reading.tables for r in t.rows for c in r.cells]
        )
        on_page = {value.number for *_, value in text_numbers(text, reading.lang)}
        for *_, written, value in text_numbers(description, reading.lang):
            if value.number not in on_page:
                problems.append(
                    problem(
                        reading.display,
                        reading.meta_line("description"),
                        FRONT_MATTER,
                        "front_matter_description_figure",
                        figure=written,
                    )
                )
    return problems


def source_metrics(site: Site) -> dict[str, Metric]:
    return {m.code: m for r in site.readings(SOURCE_LANGUAGE) for m in site.metrics(r).metrics}


def check_translation(site: Site, freshness: bool = True) -> list[Problem]:
    """Rules 11 to 15, and 17 (a warning): the English edition in step."""
    if "en" not in site.editions:
        return []
    problems = []
    in_step = []
    for rel, zh, en in site.pairs():
        if zh is None or en is None:
            present, other = (zh, "en") if zh else (en, SOURCE_LANGUAGE)
            problems.append(check_page_exists(present, other))
            continue
        if zh.unread or en.unread:
            continue  # unreadable: rule 1 says so
        in_step.append((zh, en))
        if rel not in site.options.editorial_pages:
            problems += check_translated(en)
        # which edition the editor changed, asked of git only when the two differ
        changed = functools.partial(site.changed_edition, zh, en)
        editorial = [] if rel in site.options.editorial_pages else check_editorial_parity(zh, en, changed)
        # An editors' heading in one edition only is rule 21's one message, not also a heading mismatch.
        problems += editorial or check_headings(zh, en, changed)
        zh_metrics, en_metrics = site.metrics(zh), site.metrics(en)
        problems += check_metric_tables(
            zh, en, zh_metrics.metrics, en_metrics.metrics, zh_metrics.unseen_codes, en_metrics.unseen_codes
        )
        if site.data.units:
            problems += check_english_units(zh_metrics.metrics, en_metrics.metrics, site.data.units)
        if rel not in site.options.editorial_pages:
            # a paragraph of an editorial block missing is rule 21's one message
            problems += ([] if editorial else check_paragraphs(zh, en)) + check_numbers(zh, en)
        if site.data.terms is not None and rel != "glossary.md":
            problems += check_glossary(site.data.terms, zh, en, site.data.files["glossary"])
    if freshness:
        problems += check_freshness(in_step, site.source_edition.docs_dir.parent, site.read_at)
    return problems


def check_addresses(site: Site) -> list[Problem]:
    """Rule 16: every published address still leads to its page."""
    edition = site.source_edition
    path = site.data.folder / "published_urls.txt"
    return check_stable_urls(edition.readings, site.redirects(), path, edition.config_file)
