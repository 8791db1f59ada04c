"""The site plugin's typed options (set in mkdocs.yml, `plugins: reportsite:`).

The first group describes the site and is the same for every build; the
second is set per build by scripts/ through `config.load_edition(...,
option=value)` (MkDocs' load_config with overrides), never through
environment variables.
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class EditionOptions(Config):
    lang = c.Choice(("zh", "en"))
    name = c.Type(str)  # the language's own name, on the language switch
    hreflang = c.Type(str)  # e.g. zh-Hans
    config_file = c.File(exists=True)  # its MkDocs configuration
    path = c.Type(str, default="")  # where it lives in the site: "" or "en/"


class SiteOptions(Config):
    # --- the site --------------------------------------------------------------------
    editions = c.ListOfItems(c.SubConfig(EditionOptions))
    data_dir = c.Dir(exists=True, default="data")
    # Pages that are editorial by nature, and classes that mark editorial
    # blocks on report pages (notes, cards, footnotes): not the report's text.
    editorial_pages = c.ListOfItems(c.Type(str), default=[])
    editorial_classes = c.ListOfItems(c.Type(str), default=["editorial", "admonition", "footnote", "grid"])
    # The other classes a page may use, for its layout (rule 19: nothing else).
    layout_classes = c.ListOfItems(c.Type(str), default=[])
    # Addresses of other hosts that pages may link, besides the repository
    # (`extra.repository`), each a prefix (rule 19).
    outside_links = c.ListOfItems(c.Type(str), default=[])
    # File types besides Markdown that docs/ may hold and the site publishes.
    asset_types = c.ListOfItems(c.Type(str), default=[".png", ".jpg", ".jpeg", ".webp"])
    # Terms of the report kept whole when jieba segments Chinese for search.
    jieba_user_dict = c.Optional(c.File(exists=True))
    # Addresses that moved (rule 16): `old.md: new.md`, paths in the edition's docs.
    redirects = c.Type(dict, default={})
    # --- this build --------------------------------------------------------------------
    check = c.Type(bool, default=True)  # run the site's checks before building
    check_only = c.Type(bool, default=False)  # stop once pages, links and anchors are checked
    check_output = c.Type(bool, default=True)  # check the pages and the PDF as built (delivered.py)
    linked_editions = c.Optional(c.ListOfItems(c.Type(str)))  # editions this build links (default: all)
    offline = c.Type(bool, default=False)  # for the file system: the meeting bundle
    share_theme_assets = c.Type(bool, default=False)  # inside the root edition's site: use its theme assets
    pdf = c.Type(bool, default=True)  # make the edition's PDF (not while serving a preview)
    pdf_dir = c.Optional(c.Type(str))  # where to write it (default: downloads/ at the site's root)
    messages = c.Optional(c.Choice(("zh", "en")))  # their language (default: the locale's, else Chinese)


@dataclass(frozen=True)
class PagePolicy:
    """What the site's configuration allows on its pages."""

    classes: frozenset[str] = frozenset()  # the classes an editor may write
    outside: tuple[str, ...] = ()  # addresses of other hosts that pages may link (each a prefix)
