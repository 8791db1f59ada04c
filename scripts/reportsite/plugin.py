"""The site's own MkDocs plugin (`plugins: reportsite:` in mkdocs.yml): wires
the reportsite package into MkDocs, and nothing more.

It changes inputs only (configuration, files, navigation, Markdown, template
context and filters), never rendered HTML:
- before the build: the site's checks, with `path:line` messages (strict
  builds fail on them); with `check_only`, MkDocs checks links, anchors and
  the navigation, and the plugin then leaves every file out of the rest of
  the build, so that nothing is written;
- files: the open-data export, the search worker with our query prelude, our
  page scripts, each page's share image (share_image.py; not in a bundle),
  and offline the iframe-worker shim from npm; after the build,
  the search index gets what the prelude needs (Traditional characters,
  pinyin);
- navigation: each section is named by the heading of its first page;
- pages: a front matter the safe loader refuses never reaches MkDocs'
  reader; front-matter values escaped; metric tables marked up (only those the
  checks accepted); on English pages, glossary terms explained on first use
  and Chinese passages marked as Chinese; offline, links to other hosts said
  to need a network (marks.py); the theme's words (permalinks, footnotes) in
  the edition's language; generated blocks (the glossary; the figures at a
  glance: glance.py); the sitemap's dates from each page's last commit;
- templates: the same page in each edition (language switch, hreflang), the
  theme assets shared between editions (one copy: shipped.py leaves out what
  no page loads), a Content-Security-Policy, the
  readers' words of the catalog in the edition's language (`reader_words`);
- in the live preview (serve.py --live), every problem goes out with the
  log record (`problem`), and the preview is told when the checks are done
  (preview.py shows them in the browser).
"""

from __future__ import annotations

import logging
import posixpath
import time
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url, normalize_url

from . import assets, csp, preview, shipped
from .catalog import READER
from .checks import check_site
from .compiled import keep_compiled
from .delivered import Delivered, check_delivered
from .diagnostics import ERROR, ProblemError, in_github_actions, problem
from .editorial import EditorialLabels
from .export import FIELDS, data_schema, export_files
from .export import FILES as EXPORT_FILES
from .glance import Glance
from .glossary import MARKER as GLOSSARY
from .glossary import GlossaryExtension, glossary_markdown
from .marks import MarksExtension
from .messages import language, say, written_date
from .metric_tables import MetricTableExtension
from .opendata import DATA_PAGE, Publication, json_ld
from .paths import display_path, edition_url
from .pdf import DOWNLOADS, pdf_download, pdf_name, render_pdf, report_meta, report_pages
from .reading import markdown_for_mkdocs
from .redirects import write_redirects
from .rules import BUILD
from .search_index import enrich_file
from .settings import SiteOptions
from .share_image import HEIGHT, MIME, WIDTH, FontsMissingError, ShareImage, describe, draw_cached, headline
from .site import Site
from .version import Version, source_version

log = logging.getLogger("mkdocs.plugins.reportsite")

# Each edition's Open Graph locale (og:locale), as its hreflang and dates say:
# Simplified Chinese of the mainland, British English.
OG_LOCALES = {"zh": "zh_CN", "en": "en_GB"}

# Plugins that only write output: off while the site is only being checked.
OUTPUT_PLUGINS = ("material/search", "search", "git-revision-date-localized", "material/offline", "offline")


class ReportSitePlugin(BasePlugin[SiteOptions]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.site: Site | None = None
        self.command = "build"
        self.lang = "zh"
        self.hreflang = "zh-Hans"  # the edition's language tag (html lang, hreflang)
        self.network_note: str | None = None  # offline: said after a link to another host
        self.tables = MetricTableExtension()
        self.labels = EditorialLabels()
        self.nav: Navigation | None = None
        self.public_url = ""  # the edition's address, even in a bundle (the PDF's cover)
        self.pdf: bytes | None = None
        self.glance: Glance | None = None  # the edition's figures, for generated blocks
        self.env: Any = None  # the theme's templates, for the redirect pages
        self.files: Files | None = None  # the edition's files, for the last check (delivered.py)
        self.pdf_path: Path | None = None
        self.publication: Publication | None = None  # what the edition says of its open data
        self.share: dict[str, ShareImage] = {}  # each page's share image (og:image), by its path in docs/

    # --- configuration ---------------------------------------------------------------------

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    @property
    def root(self) -> Path:
        """The repository: the folder of the site's configuration."""
        return Path(self.config.editions[0].config_file).resolve().parent if self.config.editions else Path.cwd()

    @event_priority(100)  # before the plugins it configures (offline, search)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.lang = config.theme["language"]
        edition = next((item for item in self.config.editions if item.lang == self.lang), None)
        if edition is None:
            path = Path(config.config_file_path)
            rows = path.read_text(encoding="utf-8").split("\n")
            line = next((n for n, row in enumerate(rows, 1) if row.strip().startswith("language:")), 1)
            editions = [item.lang for item in self.config.editions]
            raise ProblemError(
                problem(display_path(path), line, BUILD, "edition_unknown", language=self.lang, editions=editions)
            )
        self.public_url = edition_url(config.site_url, edition.path) if config.site_url else ""
        self.hreflang = edition.hreflang
        self.pdf = None
        if self.config.offline:
            offline = config.plugins.get("material/offline")
            if offline:
                offline.config.enabled = True
            config.extra["polyfills"] = [assets.IFRAME_WORKER_SHIM]
            config.site_url = None  # a bundle has no address: links stay relative
        elif config.site_url and self.command != "serve":  # serve sets its own
            config.site_url = edition_url(config.site_url, edition.path)
        if self.config.check_only:
            for name in OUTPUT_PLUGINS:
                plugin = config.plugins.get(name)
                if plugin is not None and "enabled" in plugin.config:
                    # An item, not an attribute: a plugin with a legacy
                    # `config_scheme` (git-revision-date-localized) reads
                    # the item, and would still run git for every page.
                    plugin.config["enabled"] = False
        elif self.lang == "zh" and self.config.jieba_user_dict:
            assets.load_jieba_words(Path(self.config.jieba_user_dict))
        repository = config.extra.get("repository", "").rstrip("/")
        docs = Path(config.docs_dir).resolve().relative_to(Path(config.config_file_path).resolve().parent).as_posix()
        # "Edit this page" opens GitHub: not in a bundle read without a network.
        edit = f"{repository}/edit/{config.extra.get('branch', 'main')}/{docs}/"
        config.edit_uri = "" if self.config.offline else edit
        config.extra["alternate"] = len(self._linked()) > 1
        self.tables.lang = self.lang
        config.markdown_extensions.append(self.tables)
        self.labels = EditorialLabels(self.lang, self.config.editorial_classes)
        config.markdown_extensions.append(self.labels)
        # The words Markdown's extensions write on every page, in the edition's language.
        if "toc" in config.markdown_extensions:
            config.mdx_configs.setdefault("toc", {})["permalink_title"] = say("theme_permalink", self.lang)
        if "footnotes" in config.markdown_extensions:
            backlink = say("theme_footnote_backlink", self.lang, number="{}")
            config.mdx_configs.setdefault("footnotes", {})["BACKLINK_TITLE"] = backlink
        # Chinese passages on the pages of another language said to be Chinese;
        # offline, a link to another host said to need a network.
        self.network_note = say("theme_needs_network", self.lang) if self.config.offline else None
        chinese = not self.hreflang.lower().startswith("zh")
        if chinese or self.network_note:
            config.markdown_extensions.append(MarksExtension(chinese=chinese, network_note=self.network_note))
        return config

    def _edition(self, lang: str) -> Any:
        return next(item for item in self.config.editions if item.lang == lang)

    def _linked(self) -> list[Any]:
        wanted = self.config.linked_editions
        return [item for item in self.config.editions if wanted is None or item.lang in wanted]

    # --- checks -----------------------------------------------------------------------------

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.glance = None  # MkDocs may reuse this instance: nothing of another build's figures
        self.share = {}  # nor its share images
        self.publication = None
        self.env = None
        if self.config.check_only and not self.config.check and not self.config.pdf:
            self.site = None  # MkDocs' own checks only: nothing of ours is needed
            return
        self.site, problems = Site.load(Path(config.config_file_path), current=config)
        if self.site is None:
            for found in problems:
                log.error(found.render(language(self.config.messages)), extra={"problem": found})
            if self.command == "serve":
                preview.checked()
            return
        if self.site.data.terms:
            config.markdown_extensions.append(GlossaryExtension(self.site.data.terms, self.lang))
        about = {
            "issuer": config.site_author or "",
            "title": config.extra.get("report_title") or config.site_name,  # the whole title, for citations
            "public_url": self.public_url,
        }
        about["dates_from"] = config.extra.get("report_dates_from", "")
        # The citation example's date of access: the edition's own date (its
        # commit's), so that a build of the same commit gives the same pages.
        version = source_version(self.root) or Version(int(time.time()), "unversioned")
        about["accessed"] = written_date(version.epoch, self.lang)
        data_page = self.site.editions[self.lang].readings.get(DATA_PAGE)
        self.publication = Publication(
            lang=self.lang,
            title=about["title"],
            issuer=about["issuer"],
            url=self.public_url,
            description=str(data_page.meta.get("description") or "") if data_page else "",
            rights=config.copyright or "",
            modified=version.epoch,
            licence=config.extra.get("data_licence"),
        )
        self.glance = Glance.of(self.site, self.lang, about)
        if not self.config.check:
            return
        lang = language(self.config.messages)
        for found in sorted(set(check_site(self.site))):
            # Errors fail a strict build; warnings must not, so they go out as info.
            (log.error if found.severity == ERROR else log.info)(found.render(lang), extra={"problem": found})
            if in_github_actions():
                print(found.annotation())
        if self.command == "serve":  # the preview's open tabs see the problems now, before the pages
            preview.checked()

    # --- files and navigation ---------------------------------------------------------------

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self.files = files
        # Without the site (only MkDocs' checks), the files are there for links to find.
        if self.site and self.publication:
            exported = export_files(self.site, self.publication)
        else:
            exported = dict.fromkeys(EXPORT_FILES, b"")
        for path, content in exported.items():
            files.append(File.generated(config, path, content=content))
        if self.site is None:
            return files
        for path, content in assets.script_files().items():
            files.append(File.generated(config, path, content=content))
        # Our stylesheets as readers get them: minified (assets.py).
        for path in config.extra_css:
            theme_file = files.get_file_from_path(path)
            if theme_file is not None and theme_file.abs_src_path and not path.endswith(".min.css"):
                css = assets.minified_stylesheet(Path(theme_file.abs_src_path))
                files.remove(theme_file)
                files.append(File.generated(config, path, content=css))
        # Material's own bundle (and its source map): ours replaces it on every page.
        for path in assets.replaced_theme_files():
            theme_file = files.get_file_from_path(path)
            if theme_file is not None:
                files.remove(theme_file)
        if self.config.offline:
            files.append(
                File.generated(
                    config, assets.IFRAME_WORKER_SHIM, abs_src_path=str(assets.iframe_worker_shim(self.root))
                )
            )
        else:  # a bundle is read, not shared: no share images
            self._share_images(files, config)
        # Nothing no page loads (shipped.py). The theme's assets at the root serve
        # every linked edition's search: each searches in its own language.
        search = config.plugins.get("material/search") or config.plugins.get("search")
        own = list(search.config.lang or [self.lang]) if search else [self.lang]
        searches = [own] + [[item.lang] for item in self._linked() if item.lang != self.lang]
        favicon = config.theme.get("favicon") or ""
        shared = bool(self.config.share_theme_assets)
        shipped.leave_out_unused(files, searches, assets.SEARCH_WORKER, favicon, shared)
        return files

    def _share_images(self, files: Files, config: MkDocsConfig) -> None:
        """Each page's share image: its title and headline figures (share_image.py)."""
        self.share = {}
        if self.site is None or self.glance is None or self.config.check_only:
            return
        readings = self.site.editions[self.lang].readings
        for file in list(files.documentation_pages()):
            reading = readings.get(file.src_uri)
            if reading is None:
                continue
            title = reading.headings[0].text if reading.headings else str(reading.meta.get("title") or "")
            chosen = headline(self.glance.figures, file.src_uri, self.glance.home, reading.meta.get("generated"))
            name = config.site_name
            image = describe(file.url, name, title or name, chosen, self.lang, config.site_author or "")
            try:
                png = draw_cached(image)
            except FontsMissingError as error:
                raise ProblemError(problem("scripts/setup.sh", 1, BUILD, "share_fonts", font=str(error))) from None
            files.append(File.generated(config, image.path, content=png))
            self.share[file.src_uri] = image

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """A section takes the title of its first page's heading, in the page's
        language, so that a translated edition needs no copy of the nav."""
        readings = self.site.editions[self.lang].readings if self.site else {}

        def name(items: list) -> None:
            for item in items:
                if isinstance(item, Section):
                    first = item.children[0] if item.children else None
                    reading = readings.get(first.file.src_uri) if first is not None and hasattr(first, "file") else None
                    if reading and reading.headings:
                        item.title = reading.headings[0].text
                    name(item.children)

        name(nav.items)
        self.nav = nav
        return nav

    # --- pages --------------------------------------------------------------------------------

    def on_page_read_source(self, *, page: Page, config: MkDocsConfig) -> str | None:
        """The page's source, with a front matter the site's safe loader refuses
        (a tag, an alias, a key twice, too large) taken out: MkDocs' own
        reader must never construct it (the checks report it at its line)."""
        try:
            source = page.file.content_string
        except (OSError, ValueError):
            return None  # MkDocs reads it again and says what is wrong
        return markdown_for_mkdocs(source)

    @event_priority(100)  # before plugins that add HTML of their own to the metadata
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        page.meta = {key: _escaped(value) for key, value in page.meta.items()}
        reading = self.site.editions[self.lang].readings.get(page.file.src_uri) if self.site else None
        self.tables.accepted = set()
        self.labels.active = page.file.src_uri not in self.config.editorial_pages
        if reading is not None and self.site is not None:
            metrics = self.site.metrics(reading)
            self.tables.accepted = {
                tuple(m.code for m in metrics.metrics if m.table == index) for index in metrics.accepted
            }
        if page.meta.get("generated") == GLOSSARY and self.site and self.site.data.terms:
            markdown += "\n\n" + glossary_markdown(self.site.data.terms, self.lang, config.theme.custom_dir) + "\n"
        if self.glance is not None:
            markdown = self.glance.page_markdown(markdown, page.meta.get("generated"), page.file, files)
        return markdown

    def on_page_context(self, context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
        context["alternates"] = self.alternates(page.url, config, get_relative_url(".", page.url))
        image = self.share.get(page.file.src_uri)
        if image is not None:
            # Absolute where the site has an address, as Open Graph wants it.
            url = urljoin(config.site_url, image.path) if config.site_url else get_relative_url(image.path, page.url)
            context["share_image"] = {"url": url, "alt": image.alt, "width": WIDTH, "height": HEIGHT, "type": MIME}
        if page.file.src_uri == DATA_PAGE and self.site and self.publication:
            # The open data as a schema.org Dataset, for search engines and portals.
            context["dataset_jsonld"] = Markup(json_ld(data_schema(self.site)[1], FIELDS, self.publication))
        return context

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """The sitemap's lastmod (written before the pages' templates): the
        date of the page's last commit, the one "网站更新于 / Site updated"
        shows, not the build's."""
        changed = page.meta.get("git_revision_date_localized_raw_iso_date")
        if changed:
            page.update_date = str(changed)
        return html

    def alternates(self, url: str, config: MkDocsConfig, to_root: str) -> list[dict[str, Any]]:
        """The page at `url` in every linked edition, for the language switch
        and hreflang links: its address from this page, and its full address
        when the site has one."""
        current = self._edition(self.lang)
        site_root = (
            urljoin(config.site_url, posixpath.relpath(".", current.path or ".") + "/") if config.site_url else None
        )
        result = []
        for item in self._linked():
            prefix = posixpath.relpath(item.path or ".", current.path or ".")
            prefix = "" if prefix == "." else prefix + "/"
            result.append(
                {
                    "name": item.name,
                    "lang": item.hreflang,
                    "locale": OG_LOCALES[item.lang],
                    "current": item.lang == self.lang,
                    "href": f"{to_root}/{prefix}{url}",
                    "absolute": urljoin(site_root, f"{item.path}{url}") if site_root else None,
                }
            )
        return result

    # --- templates ------------------------------------------------------------------------------

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        keep_compiled(env)
        assets.route_assets(env, share=self.config.share_theme_assets)
        env.globals["content_security_policy"] = csp.policy
        env.globals["live_preview"] = self.command == "serve"
        env.globals["edition_hreflang"] = self.hreflang
        env.globals["network_note"] = self.network_note
        env.globals["site_scripts"] = assets.edition_scripts(self.lang)
        env.filters["page_scripts"] = assets.page_scripts
        env.globals["reader_words"] = {concern: words[self.lang] for concern, words in READER.items()}
        self.env = env
        if self.config.pdf and self.command != "serve" and self.nav is not None:
            # Every page is rendered by now, its templates not yet: the pages
            # can link the PDF with its size.
            version = source_version(self.root) or Version(int(time.time()), "unversioned")
            meta = report_meta(config, self.lang, self.public_url, version)
            # Relative addresses (a page's images) resolve in docs/: the files
            # are not yet copied to the site when the PDF is made.
            self.pdf = render_pdf(meta, report_pages(self.nav), Path(config.docs_dir))
            download = pdf_download(self.lang, len(self.pdf))
            prefix = "../" if self.config.share_theme_assets else ""
            env.globals["pdf_download"] = {"href": prefix + download.href, "size": download.size}
            if self.config.check_only:
                self._write_pdf(config)
        if self.config.check_only:
            # Links, anchors and the navigation are checked by now; nothing is
            # written: every file is left out of the rest of the build.
            for file in files.documentation_pages():
                if file.page is not None:
                    file.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
            for file in files:
                file.inclusion = InclusionLevel.EXCLUDED
        return env

    def on_template_context(self, context: dict, *, template_name: str, config: MkDocsConfig) -> dict:
        if template_name == "404.html" and self.config.offline:
            # MkDocs writes an error page's addresses from the server's root (/assets/…, /about.html), for a
            # page served at any depth; opened from the file system, / is the disk's root and every link,
            # style and script of the page fails. The bundle's 404.html stands at its edition's root: from there.
            context["base_url"] = "."
            context["extra_css"] = [normalize_url(path, None, ".") for path in config.extra_css]
            context["extra_javascript"] = [normalize_url(str(script), None, ".") for script in config.extra_javascript]
        if template_name == "404.html":  # the theme's own pages: each edition's home
            context["alternates"] = self.alternates("", config, context["base_url"].rstrip("/") or ".")
        return context

    # After Material's search plugin writes the index (priority 0), before its
    # offline plugin (-100) inlines it into search_index.js.
    @event_priority(-50)
    def _written(self, *, config: MkDocsConfig) -> None:
        if self.config.check_only:
            return  # nothing was written
        index = Path(config.site_dir) / "search" / "search_index.json"
        if index.is_file():
            enrich_file(index, self.lang, self.site)
        if self.pdf is not None:
            self._write_pdf(config)
        if self.env is not None:
            shared = self.config.share_theme_assets
            write_redirects(self.config.redirects, config, self.env, self.public_url, shared=shared)
        if self.config.check_output and self.site is not None and self.files is not None:
            self._check_output(config)

    # After Material's offline plugin (-100): what it inlined is read by nobody.
    @event_priority(-110)
    def _unread_removed(self, *, config: MkDocsConfig) -> None:
        if not self.config.check_only:
            shipped.remove_written_for_nobody(Path(config.site_dir), offline=bool(self.config.offline))

    on_post_build = CombinedEvent(_written, _unread_removed)

    def _check_output(self, config: MkDocsConfig) -> None:
        """The last check, over the pages and the PDF as built (rule 22)."""
        assert self.site is not None and self.files is not None
        pages = {
            file.src_uri: Path(file.abs_dest_path) for file in self.files.documentation_pages() if file.page is not None
        }
        root = Path(config.config_file_path).parent
        sources = [e.config_file for e in self.site.editions.values()] + sorted(
            Path(self.config.data_dir).glob("*.yml")
        )
        sources += sorted((root / config.theme.custom_dir).rglob("*.html")) if config.theme.custom_dir else []
        site_dir = Path(config.site_dir)
        images = {rel: site_dir / image.path for rel, image in self.share.items()}
        index = site_dir / "search" / "search_index.json"
        edition = Delivered(
            self.site, self.lang, pages, self.site.policy.outside, sources, self.pdf_path, index, images
        )
        found = check_delivered(edition, self.pdf)
        if not found:
            return
        if self.command == "serve":  # the preview shows the rest; the problems are said
            for item in found:
                log.error(item.render(language(self.config.messages)), extra={"problem": item})
            return
        raise ProblemError(*sorted(set(found)))

    def _write_pdf(self, config: MkDocsConfig) -> None:
        """The PDF in downloads/ at the root of the site this edition is built into."""
        root = Path(config.site_dir).parent if self.config.share_theme_assets else Path(config.site_dir)
        target = Path(self.config.pdf_dir or root / DOWNLOADS) / pdf_name(self.lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.pdf)
        self.pdf_path = target

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(Path(self.config.data_dir)))  # figures, units, glossary…
        return server


def _escaped(value: Any) -> Any:
    """Front-matter text as safe HTML wherever a template writes it."""
    if isinstance(value, str):
        return Markup(escape(value))
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    return value
