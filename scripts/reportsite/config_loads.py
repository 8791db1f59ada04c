"""Rule 19 for the configuration: no setting of mkdocs.yml or mkdocs.en.yml
makes a reader's browser load anything from another host.

Each edition's settings are read as MkDocs reads them (INHERIT merged:
config.raw_config; the theme's own defaults from the loaded configuration),
and each refusal is said at the line of the file that holds the setting
(the edition's file, or the file it inherits; where a setting is missing,
the line of the section it belongs in). Both editions share most settings:
a problem of mkdocs.yml is said once.

What loads in a reader's browser, as Material for MkDocs 9 and
pymdown-extensions 10 document it ("Ensuring data privacy", "Setting up
site analytics", "Changing the fonts", "Adding a git repository",
"Diagrams", the Emoji extension) and as the installed theme's templates and
bundle show, and what this module decides:

refused
- `extra_javascript`, `extra_css`, `extra.polyfills` (written into every
  page as <script>/<link>), `theme.logo`, `theme.favicon`: anything but a
  file of the edition's docs_dir or of the theme's folders (overrides/,
  then Material's own): an address with a scheme (https:, data:…), one
  starting with `//`, `/\\` or `/` (another site of the same host), a file
  that does not exist or lies outside those folders;
- `extra.analytics`, any provider: Material loads Google's tag manager or
  the provider's script and reports every visit;
- `extra.consent`: the cookie consent form exists only to let third-party
  requests through; the site makes none;
- `theme.font` anything but `false`, and no `font:` at all (Material's
  default is Roboto): the theme loads the fonts from fonts.googleapis.com
  and fonts.gstatic.com;
- `repo_url`: Material's header fetches the repository's stars and forks
  from api.github.com (or GitLab's API) in the reader's browser; the "edit
  this page" links come from `extra.repository` instead (plugin.on_config);
- `theme.name` other than material: MkDocs' own themes (mkdocs,
  readthedocs) load highlight.js from cdnjs.cloudflare.com;
- `pymdownx.emoji` with an image generator (`to_png`, `to_svg`, and
  Material's `material.extensions.emoji.to_svg`, which hands every Unicode
  emoji to `to_svg`) unless `options: image_path:` names a folder of the
  site: the images come from cdn.jsdelivr.net (Twemoji), cdnjs (EmojiOne)
  or GitHub; `to_alt` and the sprite generators load nothing;
- a `pymdownx.superfences` custom fence of class `mermaid`: Material's
  bundle loads unpkg.com/mermaid for every `pre.mermaid` on a page;
- `pymdownx.snippets` with `url_download: true`: pages would take text
  from other hosts, at build time, unreviewed;
- HTML in the text settings the templates write into every page as it is
  (MkDocs' templates do not escape: `site_name`, `site_description`,
  `site_author`, `copyright`, every text under `extra`, the palette's
  toggle names): an <img> or <script> there is a page nobody checks.

allowed
- `pymdownx.arithmatex`: it only marks formulas up; MathJax or KaTeX would
  have to come through `extra_javascript`, refused above unless local;
- plugins: MkDocs refuses any that is not installed (requirements.txt pins
  them); of those installed, `social` and `privacy` fetch at build time
  only (fonts for the cards; copies of outside assets, served as the site's
  own), and none loads anything in a reader's browser; git-revision-date's
  `timeago` adds files of its own to the site;
- theme features (`navigation.instant` fetches the site's own pages),
  `extra.version` (the site's own versions.json), `extra.social` and
  `extra.alternate` (links, icons inlined), `site_url` (addresses only).

Rule 19 also refuses, each at its line, a setting that would silence a
check (silencers below): `strict` other than true; a `validation:` level
below `warn` (MkDocs' reports of broken links, anchors and pages left out
of nav, which strict turns into a failed build), written or left at
MkDocs' default (`info` for anchors); `not_in_nav`, `exclude_docs`,
`draft_docs` (pages published unchecked, or checked but never published);
`hooks` (Python run by every build, unreviewed by the checks); a
configuration without the reportsite plugin; and the plugin's per-build
options (`check`, `check_only`, `check_output`, `pdf`, `offline`,
`linked_editions`), which scripts/ set for each build and the file must not.

Material's bundle also loads unpkg.com/resize-observer-polyfill in a browser
without ResizeObserver (none still in use): no setting turns it off, and the
Content-Security-Policy (csp.py) refuses it there, as it refuses anything
from another host.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .config import ConfigFile, config_files, raw_config
from .diagnostics import Problem, problem
from .messages import Words
from .paths import display_path
from .rules import SAFE_HTML
from .safe_html import is_declared
from .safe_yaml import key_line, node_at

SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
HTML_TAG = re.compile(r"<\s*(/?[A-Za-z][\w-]*|!--)")
EMOJI_IMAGES = {"pymdownx.emoji.to_png", "pymdownx.emoji.to_svg", "material.extensions.emoji.to_svg"}
TEXT_SETTINGS = ("site_name", "site_description", "site_author", "copyright")

Keys = tuple[str | int, ...]


@dataclass(frozen=True)
class Refusal:
    keys: Keys  # where the setting stands, e.g. ("extra", "analytics")
    effect: Words
    instead: Words


def check_config_loads(editions: list[tuple[Path, Any]]) -> list[Problem]:
    """Every edition's settings (its configuration file and its loaded
    configuration) that would load something from another host; a setting
    two editions share is one problem."""
    problems: set[Problem] = set()
    for config_file, config in editions:
        files, refused = config_files(config_file)
        data, _ = raw_config(config_file)
        if refused or data is None:
            continue  # the configuration's own problems say why
        for refusal in refusals(data, config):
            path, line = _setting(refusal.keys, files)
            setting = ".".join(str(key) for key in refusal.keys if isinstance(key, str))
            params = dict(setting=setting, effect=refusal.effect, instead=refusal.instead)
            problems.add(problem(path, line, SAFE_HTML, "config_loads_outside", **params))
        for refusal in silencers(data, config):
            path, line = _setting(refusal.keys, files)
            setting = ".".join(str(key) for key in refusal.keys if isinstance(key, str))
            params = dict(setting=setting, effect=refusal.effect, instead=refusal.instead)
            problems.add(problem(path, line, SAFE_HTML, "config_silences", **params))
        for keys, tag in html_in_text(data):
            path, line = _setting(keys, files)
            setting = ".".join(str(key) for key in keys if isinstance(key, str))
            problems.add(problem(path, line, SAFE_HTML, "config_html", setting=setting, tag=f"<{tag}>"))
    return sorted(problems)


def _setting(keys: Keys, files: list[ConfigFile]) -> tuple[str, int]:
    """The file and line that hold the setting at `keys`: the first file
    (the edition's own, then those it inherits) that gives it; if none
    does, the line of the deepest section above it, in the file furthest up
    the chain that has it (where shared settings are written)."""
    best, depth = files[-1], -1
    for file in files:
        _, found = node_at(file.node, keys)
        if found == len(keys):
            return file.display, key_line(file.node, keys)
        if found >= depth:
            best, depth = file, found
    return best.display, key_line(best.node, keys)


# --- what each setting loads -------------------------------------------------------------


def refusals(data: dict[str, Any], config: Any) -> Iterator[Refusal]:
    """The settings of one edition (`data` as its files give them, `config`
    as MkDocs loaded it) that load from another host."""
    roots = [Path(config["docs_dir"]), *(Path(folder) for folder in config.theme.dirs)]
    # the same words for every edition (docs/, not docs/zh/): one message for a setting they share
    folders = [f"{display_path(Path(config['docs_dir']).parent)}/", *(f"{display_path(Path(d))}/" for d in roots[1:2])]
    own = Words(
        f"是 {'、'.join(folders)} 中的文件，写相对路径", f"a file in {' or '.join(folders)}, by its relative path"
    )
    extra = data.get("extra") if isinstance(data.get("extra"), dict) else {}
    lists: list[tuple[Keys, Any]] = [
        (("extra_javascript",), data.get("extra_javascript")),
        (("extra_css",), data.get("extra_css")),
        (("extra", "polyfills"), extra.get("polyfills")),
    ]
    for keys, entries in lists:
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            url = entry.get("path") if isinstance(entry, dict) else entry
            if isinstance(url, str) and not _site_file(url, roots):
                yield Refusal((*keys, index), _loads(url), own)
    for name in ("logo", "favicon"):
        url = config.theme.get(name)
        if isinstance(url, str) and not _site_file(url, roots):
            yield Refusal(("theme", name), _loads(url), own)
    yield from _theme(config)
    if data.get("repo_url"):
        yield Refusal(
            ("repo_url",),
            Words(
                "读者的浏览器会从 api.github.com 读取仓库的信息",
                "readers' browsers would fetch facts about the repository from api.github.com",
            ),
            Words(
                "删去 repo_url（“编辑此页”的链接取自 extra.repository）",
                "no repo_url (the “edit this page” links come from extra.repository)",
            ),
        )
    if extra.get("analytics"):
        analytics = extra["analytics"]
        provider = analytics.get("provider") if isinstance(analytics, dict) else analytics
        provider = f" {provider}" if provider else ""
        yield Refusal(
            ("extra", "analytics"),
            Words(
                f"读者的浏览器会把每次访问报告给统计服务{provider}",
                f"readers' browsers would report every visit to the analytics service{provider}",
            ),
            Words(
                "删去 extra.analytics（网站不记录读者的访问）",
                "no extra.analytics (the site records nothing of its readers)",
            ),
        )
    if extra.get("consent"):
        yield Refusal(
            ("extra", "consent"),
            Words(
                "页面会弹出征求同意的对话框，为向第三方发送请求做准备",
                "pages would ask readers to consent to requests to third parties",
            ),
            Words(
                "删去 extra.consent（网站不向第三方发送任何请求）",
                "no extra.consent (the site sends nothing to third parties)",
            ),
        )
    yield from _extensions(data.get("markdown_extensions"))
    yield from _links(extra, config)


def _links(extra: dict[str, Any], config: Any) -> Iterator[Refusal]:
    """Settings that put a link on every page (the home link, the footer's
    social links) lead to the site or to a declared address, as a page's links do."""
    options = config.plugins["reportsite"].config if "reportsite" in config.plugins else None
    declared = (str(extra.get("repository") or ""), *((options.outside_links if options else None) or ()))
    links: list[tuple[Keys, Any]] = [(("extra", "homepage"), extra.get("homepage"))]
    social = extra.get("social") if isinstance(extra.get("social"), list) else []
    links += [
        (("extra", "social", index, "link"), entry.get("link"))
        for index, entry in enumerate(social)
        if isinstance(entry, dict)
    ]
    for keys, url in links:
        if (
            isinstance(url, str)
            and (SCHEME.match(url) or url.startswith(("//", "/\\")))
            and not is_declared(url, declared)
        ):
            yield Refusal(
                keys,
                Words(
                    f"每一页都会链接到其他网站的地址“{url}”，而网站配置中没有声明它",
                    f"every page would link “{url}” on another host, which nothing declares",
                ),
                Words(
                    "链接站内页面，或在 reportsite 插件选项 outside_links 中声明这个地址",
                    "a page of the site, or the address declared under `outside_links` of the reportsite plugin",
                ),
            )


def _loads(url: str) -> Words:
    return Words(
        f"读者的浏览器会加载“{url}”，它不是网站自己的文件",
        f"readers' browsers would load “{url}”, which is not a file of the site",
    )


def _site_file(url: str, roots: list[Path]) -> bool:
    """Whether `url` names a file of the site: relative, inside one of its folders."""
    if SCHEME.match(url) or url.startswith(("/", "\\")):
        return False  # another host, or another site of this one (//host, /\host, /path)
    path = unquote(urlsplit(url).path)
    if not path:
        return False
    for root in roots:
        base = root.resolve()
        candidate = (base / path).resolve()
        if candidate.is_file() and candidate.is_relative_to(base):
            return True
    return False


def _theme(config: Any) -> Iterator[Refusal]:
    theme = config.theme
    if theme.name != "material":
        yield Refusal(
            ("theme", "name"),
            Words(
                f"主题 {theme.name} 会让读者的浏览器从 cdnjs.cloudflare.com 加载脚本",
                f"the theme {theme.name} would make readers' browsers load scripts from cdnjs.cloudflare.com",
            ),
            Words("写 `name: material`", "`name: material`"),
        )
    font = theme.get("font")
    if font is not False:
        names = ", ".join(str(v) for v in font.values()) if isinstance(font, dict) else str(font)
        yield Refusal(
            ("theme", "font"),
            Words(
                f"读者的浏览器会从 fonts.googleapis.com 下载字体 {names}",
                f"readers' browsers would download the fonts {names} from fonts.googleapis.com",
            ),
            Words(
                "写 `font: false`（字体用 extra.css 中设定的系统字体）",
                "`font: false` (extra.css sets the system fonts)",
            ),
        )


def _extensions(extensions: Any) -> Iterator[Refusal]:
    for index, item in enumerate(extensions if isinstance(extensions, list) else []):
        name, options = next(iter(item.items())) if isinstance(item, dict) and item else (item, None)
        options = options if isinstance(options, dict) else {}
        keys: Keys = ("markdown_extensions", index, str(name))
        if name == "pymdownx.emoji":
            yield from _emoji(keys, options)
        elif name == "pymdownx.superfences":
            for position, fence in enumerate(options.get("custom_fences") or []):
                if isinstance(fence, dict) and "mermaid" in str(fence.get("class", "")).split():
                    yield Refusal(
                        (*keys, "custom_fences", position),
                        Words(
                            "读者的浏览器会从 unpkg.com 加载画图脚本 mermaid.min.js",
                            "readers' browsers would load the diagram script mermaid.min.js from unpkg.com",
                        ),
                        Words(
                            "删去这个 custom_fences 项（图表由 data/charts.yml 生成）",
                            "no custom fence of class mermaid (charts come from data/charts.yml)",
                        ),
                    )
        elif name == "pymdownx.snippets" and options.get("url_download"):
            yield Refusal(
                (*keys, "url_download"),
                Words(
                    "构建时会从其他主机下载页面的文字，它不在仓库中，没有人审阅",
                    "the build would download text for the pages from other hosts, never reviewed here",
                ),
                Words(
                    "写 `url_download: false`，片段放在仓库中",
                    "`url_download: false`, with the snippets in the repository",
                ),
            )


def _emoji(keys: Keys, options: dict[str, Any]) -> Iterator[Refusal]:
    generator = options.get("emoji_generator")
    name = f"{generator.__module__}.{generator.__qualname__}" if callable(generator) else "pymdownx.emoji.to_png"
    if name not in EMOJI_IMAGES:
        return  # to_alt, the sprites: nothing from another host
    image_path = (options.get("options") or {}).get("image_path")
    if isinstance(image_path, str) and not SCHEME.match(image_path) and not image_path.startswith(("//", "/\\")):
        return
    index = options.get("emoji_index")
    index_name = getattr(index, "__name__", "emojione")
    host = (
        urlsplit(image_path).netloc
        if isinstance(image_path, str)
        else (
            "cdn.jsdelivr.net"
            if "twemoji" in index_name
            else "github.githubassets.com"
            if "gemoji" in index_name
            else "cdnjs.cloudflare.com"
        )
    )
    where = (*keys, "emoji_generator") if generator is not None else keys
    yield Refusal(
        where,
        Words(f"读者的浏览器会从 {host} 加载表情图片", f"readers' browsers would load emoji images from {host}"),
        Words(
            "写 `emoji_generator: !!python/name:pymdownx.emoji.to_alt`（表情按字符显示），"
            "或在 options: image_path: 中写网站自己的文件夹",
            "`emoji_generator: !!python/name:pymdownx.emoji.to_alt` (emoji as characters), or options: "
            "image_path: naming a folder of the site",
        ),
    )


# --- settings that would silence a check ----------------------------------------------

# What MkDocs stops reporting below `warn`, for each validation setting.
VALIDATION = {
    ("nav", "omitted_files"): Words("不在导航中的页面", "pages left out of the navigation"),
    ("nav", "not_found"): Words("导航中指向不存在的页面的项", "navigation entries to pages that do not exist"),
    ("nav", "absolute_links"): Words("导航中的绝对地址", "absolute addresses in the navigation"),
    ("links", "not_found"): Words("指向不存在的页面的链接", "links to pages that do not exist"),
    ("links", "anchors"): Words("指向不存在的锚点（#…）的链接", "links to anchors (#…) that do not exist"),
    ("links", "absolute_links"): Words("以 / 开头的链接", "links starting with /"),
    ("links", "unrecognized_links"): Words("无法识别的链接", "links it cannot resolve"),
}
# The site plugin's options that scripts/ set for each build (settings.py).
PER_BUILD = ("check", "check_only", "check_output", "pdf", "offline", "linked_editions")
# Lists of pages MkDocs treats apart from the others.
PAGE_LISTS = {
    "not_in_nav": Words(
        "与之匹配、又不在导航中的页面不再报告，读者找不到它们",
        "pages it matches would be left out of the navigation unreported, where readers cannot find them",
    ),
    "exclude_docs": Words(
        "与之匹配的文件不会发布，检查也看不到它们", "files it matches would be neither published nor seen by the checks"
    ),
    "draft_docs": Words(
        "与之匹配的页面预览时照常显示，发布时却被略去",
        "pages it matches would show in the preview but be left out of the site",
    ),
}


def _plugins(data: dict[str, Any]) -> Iterator[tuple[Keys, str, Any]]:
    """(where, name, options) of each plugin the file lists (a mapping or a list)."""
    plugins = data.get("plugins")
    if isinstance(plugins, dict):
        for name, options in plugins.items():
            yield ("plugins", str(name)), str(name), options
    elif isinstance(plugins, list):
        for index, item in enumerate(plugins):
            name, options = next(iter(item.items())) if isinstance(item, dict) and item else (item, None)
            yield ("plugins", index, str(name)), str(name), options


def silencers(data: dict[str, Any], config: Any) -> Iterator[Refusal]:
    """The settings of one edition that would switch a check off: the
    checks are the site's, not a contributor's to silence (rules 18, 19)."""
    if config.get("strict") is not True:
        yield Refusal(
            ("strict",),
            Words(
                "构建有问题（坏链接、缺失的锚点）时照样发布",
                "a build with problems (broken links, missing anchors) would still publish",
            ),
            Words("写 `strict: true`", "`strict: true`"),
        )
    validation = config.get("validation")
    for (section, name), what in VALIDATION.items():
        level = validation[section][name] if validation is not None else logging.INFO
        if level < logging.WARNING:
            yield Refusal(
                ("validation", section, name),
                Words(f"MkDocs 不再报告{what.zh}", f"MkDocs would no longer report {what.en}"),
                Words(
                    f"在 `validation` 的 `{section}` 下写 `{name}: warn`",
                    f"`{name}: warn` under `{section}` of validation",
                ),
            )
    for name, effect in PAGE_LISTS.items():
        if data.get(name):
            yield Refusal(
                (name,),
                effect,
                Words(
                    f"删去 `{name}`（每一页都在导航中并经过检查；不再要的页面，连同另一种语言的页面一起删除）",
                    f"no {name} (every page is in the navigation and checked; a page no longer wanted is deleted, "
                    "with its other language's page)",
                ),
            )
    if data.get("hooks"):
        yield Refusal(
            ("hooks",),
            Words(
                "每次构建都会运行其中的 Python 代码，它能改动页面、绕过检查",
                "every build would run its Python code, which can change the pages and bypass the checks",
            ),
            Words(
                "删去 `hooks`（构建的每一步都在 scripts/reportsite/ 中，有测试）",
                "no hooks (every step of the build is in scripts/reportsite/, tested)",
            ),
        )
    plugins = list(_plugins(data))
    if not any(name == "reportsite" for _, name, _ in plugins):
        yield Refusal(
            ("plugins", "reportsite"),  # in no file: said at the plugins of the file furthest up
            Words(
                "没有 `reportsite` 插件，构建时不运行网站的检查",
                "without the reportsite plugin, builds would run none of the site's checks",
            ),
            Words(
                "在 `plugins` 下保留 `reportsite` 插件和它的选项",
                "the reportsite plugin kept under plugins, with its options",
            ),
        )
    for keys, name, options in plugins:
        if name != "reportsite" or not isinstance(options, dict):
            continue
        for option in PER_BUILD:
            if option in options:
                yield Refusal(
                    (*keys, option),
                    Words(
                        "这个选项由 scripts/ 为每次构建设定，写在配置文件中会改变每次构建做哪些检查",
                        "scripts/ set this option for each build; in the file it would change what every build checks",
                    ),
                    Words(f"删去 `{option}` 这一行", f"the line of {option} deleted"),
                )


def html_in_text(data: dict[str, Any]) -> Iterator[tuple[Keys, str]]:
    """(where, the first tag) of each text setting holding HTML."""
    places: list[tuple[Keys, Any]] = [((name,), data.get(name)) for name in TEXT_SETTINGS]
    places.append((("extra",), data.get("extra")))
    theme = data.get("theme") if isinstance(data.get("theme"), dict) else {}
    places.append((("theme", "palette"), theme.get("palette")))
    for keys, value in places:
        for where, text in _texts(keys, value):
            if found := HTML_TAG.search(text):
                yield where, found[1]


def _texts(keys: Keys, value: Any) -> Iterator[tuple[Keys, str]]:
    if isinstance(value, str):
        yield keys, value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _texts((*keys, str(name)), item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts((*keys, index), item)
