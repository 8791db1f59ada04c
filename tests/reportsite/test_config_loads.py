"""Rule 19 for the configuration (reportsite/config_loads.py): a setting of
mkdocs.yml or mkdocs.en.yml that would make a reader's browser load
something from another host is one message at the line that holds it, in
the editor's language; the site's own configuration passes."""

import shutil

import pytest

from conftest import ROOT, messages
from reportsite.checks import check_nav_titles, check_site
from reportsite.config import load_edition
from reportsite.config_loads import check_config_loads

OWN = "a file in docs/ or overrides/, by its relative path"
ELSEWHERE = "the site loads nothing from any other host: expected"


@pytest.fixture
def configs(tmp_path):
    """The two configurations, copied beside the site's own folders, for a test to change."""
    for name in ("docs", "overrides", "data"):
        (tmp_path / name).symlink_to(ROOT / name)
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def change(path, old, new, at=None):
    """`old` replaced by `new`; the line of the new text that holds `at`
    (by default, the first line new here)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    at = at or next((line for line in new.splitlines() if line.strip() and line not in old.splitlines()), None)
    if at is None:
        return None  # only taken out
    start = text.index(old)
    lines = path.read_text(encoding="utf-8").splitlines()
    first = text[:start].count("\n") + 1
    return next(n for n, line in enumerate(lines, 1) if n >= first and at in line)


def refused(folder, lang="en"):
    editions = []
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        config, problems = load_edition(folder / name, plugins=False)
        assert problems == []
        editions.append((folder / name, config))
    return messages(check_config_loads(editions), lang)


def test_the_sites_own_configuration_loads_nothing_from_elsewhere(real_site):
    assert check_config_loads([(e.config_file, e.config) for e in real_site.editions.values()]) == []


CSS = "extra_css:\n  - assets/stylesheets/extra.css\n"


@pytest.mark.parametrize(
    ("old", "new", "at", "expected"),
    [
        (
            CSS,
            CSS + "  - https://cdn.example.com/theme.css\n",
            "https://cdn.example.com/theme.css",
            "extra_css: readers' browsers would load “https://cdn.example.com/theme.css”, which is not a file of the "
            f"site; {ELSEWHERE} {OWN}",
        ),
        (
            CSS,
            CSS + "extra_javascript:\n  - //cdn.example.com/a.js\n",
            "//cdn.example.com/a.js",
            f"extra_javascript: readers' browsers would load “//cdn.example.com/a.js”, which is not a file of the site; "
            f"{ELSEWHERE} {OWN}",
        ),
        (
            CSS,
            CSS + "extra_javascript:\n  - {path: '/\\evil.example/a.js', type: module}\n",
            "evil.example",
            "extra_javascript: readers' browsers would load “/\\evil.example/a.js”, which is not a file of the site; "
            f"{ELSEWHERE} {OWN}",
        ),
        (
            CSS,
            CSS + "extra_javascript:\n  - assets/javascripts/missing.js\n",
            "missing.js",
            "extra_javascript: readers' browsers would load “assets/javascripts/missing.js”, which is not a file of "
            f"the site; {ELSEWHERE} {OWN}",
        ),
        (
            CSS,
            CSS + "extra_javascript:\n  - ../../../etc/passwd\n",
            "etc/passwd",
            "extra_javascript: readers' browsers would load “../../../etc/passwd”, which is not a file of the site; "
            f"{ELSEWHERE} {OWN}",
        ),
        (
            "  favicon: assets/images/favicon.svg\n",
            "  favicon: https://example.com/favicon.ico\n",
            "favicon:",
            "theme.favicon: readers' browsers would load “https://example.com/favicon.ico”, which is not a file of "
            f"the site; {ELSEWHERE} {OWN}",
        ),
        (
            "extra:\n  generator: false\n",
            "extra:\n  polyfills: [https://polyfill.example/v3.js]\n  generator: false\n",
            "polyfills:",
            "extra.polyfills: readers' browsers would load “https://polyfill.example/v3.js”, which is not a file of "
            f"the site; {ELSEWHERE} {OWN}",
        ),
        (
            "extra:\n  generator: false\n",
            "extra:\n  analytics:\n    provider: google\n    property: G-XXXXXXXX\n  generator: false\n",
            "analytics:",
            "extra.analytics: readers' browsers would report every visit to the analytics service google; "
            f"{ELSEWHERE} no extra.analytics (the site records nothing of its readers)",
        ),
        (
            "extra:\n  generator: false\n",
            "extra:\n  consent:\n    title: Cookie consent\n  generator: false\n",
            "consent:",
            f"extra.consent: pages would ask readers to consent to requests to third parties; {ELSEWHERE} no "
            "extra.consent (the site sends nothing to third parties)",
        ),
        (
            "  font: false  # no Google Fonts: a system font stack is set in extra.css\n",
            "  font:\n    text: Noto Sans\n",
            "  font:",
            "theme.font: readers' browsers would download the fonts Noto Sans from fonts.googleapis.com; "
            f"{ELSEWHERE} `font: false` (extra.css sets the system fonts)",
        ),
        (
            "copyright: 报告原文 © 西宁市总工会\n",
            "copyright: 报告原文 © 西宁市总工会\nrepo_url: https://github.com/xining-ftu/report-site\n",
            "repo_url:",
            "repo_url: readers' browsers would fetch facts about the repository from api.github.com; "
            f"{ELSEWHERE} no repo_url (the “edit this page” links come from extra.repository)",
        ),
        (
            "  - pymdownx.superfences\n",
            "  - pymdownx.superfences:\n      custom_fences:\n        - name: mermaid\n          class: mermaid\n"
            "          format: !!python/name:pymdownx.superfences.fence_code_format\n",
            "- name: mermaid",
            "markdown_extensions.pymdownx.superfences.custom_fences: readers' browsers would load the diagram script "
            f"mermaid.min.js from unpkg.com; {ELSEWHERE} no custom fence of class mermaid (charts come from "
            "data/charts.yml)",
        ),
        (
            "  - pymdownx.superfences\n",
            "  - pymdownx.superfences\n  - pymdownx.emoji:\n"
            "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
            "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n",
            "emoji_generator:",
            "markdown_extensions.pymdownx.emoji.emoji_generator: readers' browsers would load emoji images from "
            f"cdn.jsdelivr.net; {ELSEWHERE} `emoji_generator: !!python/name:pymdownx.emoji.to_alt` (emoji as "
            "characters), or options: image_path: naming a folder of the site",
        ),
        (
            "  - pymdownx.superfences\n",
            "  - pymdownx.superfences\n  - pymdownx.snippets:\n      url_download: true\n",
            "url_download:",
            "markdown_extensions.pymdownx.snippets.url_download: the build would download text for the pages from "
            f"other hosts, never reviewed here; {ELSEWHERE} `url_download: false`, with the snippets in the "
            "repository",
        ),
        (
            "copyright: 报告原文 © 西宁市总工会\n",
            "copyright: 报告原文 © 西宁市总工会 <img src=https://tracker.example/p.gif>\n",
            "<img",
            "copyright holds the HTML tag <img>, which every page would carry as it is, unchecked; expected plain text",
        ),
        (
            "extra:\n",
            "extra:\n  homepage: https://tracker.example/\n",
            "homepage:",
            "extra.homepage: every page would link “https://tracker.example/” on another host, which nothing "
            f"declares; {ELSEWHERE} a page of the site, or the address declared under `outside_links` of the "
            "reportsite plugin",
        ),
        (
            "extra:\n",
            "extra:\n  social:\n    - icon: fontawesome/brands/weixin\n      link: //tracker.example/wx\n",
            "link:",
            "extra.social.link: every page would link “//tracker.example/wx” on another host, which nothing "
            f"declares; {ELSEWHERE} a page of the site, or the address declared under `outside_links` of the "
            "reportsite plugin",
        ),
    ],
    ids=[
        "css-https",
        "js-scheme-relative",
        "js-backslash",
        "js-missing",
        "js-outside-folders",
        "favicon",
        "polyfills",
        "analytics",
        "consent",
        "font",
        "repo-url",
        "mermaid",
        "emoji",
        "snippets",
        "html-in-text",
        "home-link",
        "social-link",
    ],
)
def test_a_setting_that_loads_from_elsewhere_is_one_message_at_its_line(configs, old, new, at, expected):
    line = change(configs / "mkdocs.yml", old, new, at)
    assert refused(configs) == [f"mkdocs.yml:{line}: {expected} [rule 19]"]


def test_a_setting_of_the_english_edition_only_is_said_in_its_file_in_chinese(configs):
    line = change(configs / "mkdocs.en.yml", "extra:\n", "extra:\n  analytics:\n    provider: google\n")
    assert refused(configs, "zh") == [
        f"mkdocs.en.yml:{line}: extra.analytics：读者的浏览器会把每次访问报告给统计服务 google；"
        "网站不从任何其他主机加载内容，应当删去 extra.analytics（网站不记录读者的访问） [rule 19]"
    ]


def test_a_missing_font_setting_is_materials_google_fonts_said_at_the_theme(configs):
    change(configs / "mkdocs.yml", "  font: false  # no Google Fonts: a system font stack is set in extra.css\n", "")
    theme = next(n for n, line in enumerate((configs / "mkdocs.yml").read_text().splitlines(), 1) if line == "theme:")
    assert refused(configs, "zh") == [
        f"mkdocs.yml:{theme}: theme.font：读者的浏览器会从 fonts.googleapis.com 下载字体 Roboto, Roboto Mono；"
        "网站不从任何其他主机加载内容，应当写 `font: false`（字体用 extra.css 中设定的系统字体） [rule 19]"
    ]


def test_a_local_file_a_scheme_free_emoji_path_and_arithmatex_pass(configs):
    change(configs / "mkdocs.yml", CSS, CSS + "extra_javascript:\n  - assets/stylesheets/extra.css?v=2\n")
    change(
        configs / "mkdocs.yml",
        "  - pymdownx.superfences\n",
        "  - pymdownx.superfences\n  - pymdownx.arithmatex:\n      generic: true\n  - pymdownx.emoji:\n"
        "      emoji_generator: !!python/name:pymdownx.emoji.to_svg\n      options:\n"
        "        image_path: assets/emoji/\n",
    )
    assert refused(configs) == []


def test_a_configuration_problem_comes_with_the_sites_checks(fresh_site, configs):
    line = change(configs / "mkdocs.en.yml", "extra:\n", "extra:\n  analytics:\n    provider: custom\n")
    edition = fresh_site.editions["en"]
    edition.config_file = configs / "mkdocs.en.yml"
    edition.config, _ = load_edition(edition.config_file, plugins=False)
    errors = [p for p in check_site(fresh_site) if p.severity == "error"]
    assert [(p.path, p.line, p.rule, p.key) for p in errors] == [("mkdocs.en.yml", line, "19", "config_loads_outside")]


def test_a_title_written_in_the_navigation_is_refused_at_its_line(fresh_site, configs):
    line = change(configs / "mkdocs.yml", "  - key-figures.md\n", "  - 主要数据一览: key-figures.md\n")
    edition = fresh_site.editions["zh"]
    edition.config_file = configs / "mkdocs.yml"
    assert messages(check_nav_titles(fresh_site), "zh") == [
        f"mkdocs.yml:{line}: 导航给页面 key-figures.md 写了标题“主要数据一览”，它会原样出现在两种语言的导航中，不经检查；"
        "页面在导航中以它自己的标题命名，应当只写 - key-figures.md [rule 18]"
    ]


SILENCED = "the site's checks are not to be switched off in the configuration: expected"


@pytest.mark.parametrize(
    ("old", "new", "at", "expected"),
    [
        (
            "    anchors: warn\n",
            "    anchors: ignore\n",
            "    anchors: ignore",
            "validation.links.anchors: MkDocs would no longer report links to anchors (#…) that do not exist; "
            f"{SILENCED} `anchors: warn` under `links` of validation",
        ),
        (
            "    anchors: warn\n",
            "",
            "  links:",
            "validation.links.anchors: MkDocs would no longer report links to anchors (#…) that do not exist; "
            f"{SILENCED} `anchors: warn` under `links` of validation",
        ),
        (
            "strict: true\n",
            "strict: false\n",
            None,
            "strict: a build with problems (broken links, missing anchors) would still publish; "
            f"{SILENCED} `strict: true`",
        ),
        (
            "use_directory_urls: true\n",
            "use_directory_urls: true\nnot_in_nav: |\n  /drafts/\n",
            "not_in_nav:",
            "not_in_nav: pages it matches would be left out of the navigation unreported, where readers cannot find "
            f"them; {SILENCED} no not_in_nav (every page is in the navigation and checked; a page no longer wanted "
            "is deleted, with its other language's page)",
        ),
        (
            "use_directory_urls: true\n",
            "use_directory_urls: true\nexclude_docs: closing.md\n",
            None,
            f"exclude_docs: files it matches would be neither published nor seen by the checks; {SILENCED} no "
            "exclude_docs (every page is in the navigation and checked; a page no longer wanted is deleted, with "
            "its other language's page)",
        ),
        (
            "use_directory_urls: true\n",
            "use_directory_urls: true\ndraft_docs: closing.md\n",
            None,
            f"draft_docs: pages it matches would show in the preview but be left out of the site; {SILENCED} no "
            "draft_docs (every page is in the navigation and checked; a page no longer wanted is deleted, with "
            "its other language's page)",
        ),
        (
            "use_directory_urls: true\n",
            "use_directory_urls: true\nhooks:\n  - quiet.py\n",
            "hooks:",
            "hooks: every build would run its Python code, which can change the pages and bypass the checks; "
            f"{SILENCED} no hooks (every step of the build is in scripts/reportsite/, tested)",
        ),
        (
            "  reportsite:\n",
            "  reportsite:\n    check: false\n",
            None,
            "plugins.reportsite.check: scripts/ set this option for each build; in the file it would change what "
            f"every build checks; {SILENCED} the line of check deleted",
        ),
        (
            "  reportsite:\n",
            "  site:\n",
            "plugins:",
            "plugins.reportsite: without the reportsite plugin, builds would run none of the site's checks; "
            f"{SILENCED} the reportsite plugin kept under plugins, with its options",
        ),
    ],
    ids=["level", "level-left-out", "strict", "not-in-nav", "exclude-docs", "draft-docs", "hooks", "check", "plugin"],
)
def test_a_setting_that_would_silence_a_check_is_one_message_at_its_line(configs, old, new, at, expected):
    (configs / "quiet.py").write_text("", encoding="utf-8")  # a hook MkDocs can import
    line = change(configs / "mkdocs.yml", old, new)
    if at:  # the line that holds `at`, anywhere in the file (a setting left out is said at its section)
        lines = (configs / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
        line = next(n for n, text in enumerate(lines, 1) if text.startswith(at))
    assert refused(configs) == [f"mkdocs.yml:{line}: {expected} [rule 19]"]


def test_a_silencing_setting_of_the_english_edition_is_said_in_its_file_in_chinese(configs):
    line = change(
        configs / "mkdocs.en.yml",
        "docs_dir: docs/en\n",
        "docs_dir: docs/en\nvalidation:\n  links:\n    anchors: info\n",
        "anchors",
    )
    assert refused(configs, "zh") == [
        f"mkdocs.en.yml:{line}: validation.links.anchors：MkDocs 不再报告指向不存在的锚点（#…）的链接；"
        "网站的检查不能在配置中关掉，应当在 `validation` 的 `links` 下写 `anchors: warn` [rule 19]"
    ]
