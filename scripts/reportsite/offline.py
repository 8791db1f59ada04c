"""Settings of the offline build that the meeting bundle is made from."""

from __future__ import annotations

import os
from pathlib import Path

from .paths import LANGUAGES, ROOT

# Where the iframe-worker shim (npm package, MIT) is served from in a bundle.
IFRAME_WORKER_SHIM = "assets/javascripts/iframe-worker/shim.js"
# Which editions a bundle holds, e.g. "zh,en" or "en" (scripts/bundle.py).
EDITIONS_ENV = "REPORTSITE_EDITIONS"


def offline_enabled(config: object) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


def iframe_worker_shim() -> Path:
    shim = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
    if not shim.is_file():
        raise FileNotFoundError(
            f"{shim} is missing: the offline bundle needs the npm package iframe-worker; "
            "run `bash scripts/setup.sh` to install it"
        )
    return shim


def bundled_languages(languages: list[dict]) -> list[dict]:
    """The language switch's entries, less the editions a bundle leaves out."""
    wanted = os.environ.get(EDITIONS_ENV, ",".join(LANGUAGES)).split(",")
    kept = [language for language in languages if language["lang"].split("-")[0] in wanted]
    return kept or languages
