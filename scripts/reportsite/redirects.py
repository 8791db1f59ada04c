"""Addresses that moved keep working (rule 16): for each `old.md: new.md`
of the site plugin's `redirects` option, a small page at the old address, in
the edition's language, that sends the reader on to the new one (keeping
the part after "#"), with the site's own content policy and script. (The
mkdocs-redirects plugin's page runs an inline script of its own, in English.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from .assets import REDIRECT_SCRIPT, page_script


def write_redirects(redirects: dict[str, str], config: Any, env: Any, public_url: str, *, shared: bool) -> None:
    """Write the page of each old address into the edition's site folder."""
    template = env.get_template("redirect.html")
    script = page_script(REDIRECT_SCRIPT)[0]
    offline = not config.site_url
    for old, new in redirects.items():
        source = File(old, config.docs_dir, config.site_dir, config.use_directory_urls)
        target = File(new, config.docs_dir, config.site_dir, config.use_directory_urls)
        # A translated edition shares the source edition's assets, one level up.
        script_href = ("../" if shared else "") + get_relative_url(script, source.url)
        page = template.render(
            config=config,
            href=get_relative_url(target.url, source.url),
            canonical=public_url + target.url if public_url else "",
            script=script_href,
            own="'self' file:" if offline else "'self'",
        )
        destination = Path(source.abs_dest_path)
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(page, encoding="utf-8")
