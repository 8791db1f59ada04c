"""Both editions use the same theme assets (Material's CSS and JavaScript,
extra.css, the search worker), byte for byte. When both are built into one
site, the English pages point at the Chinese edition's copies, so a reader
who switches language does not download the theme again."""

from __future__ import annotations

import re

# Set by scripts/build.py and the bundle while they build both editions.
SHARED_ASSETS_ENV = "REPORTSITE_SHARED_ASSETS"
ASSET_URL = re.compile(r'((?:href|src)="|"search": ")((?:\.\./)*|\./)assets/')


def share_assets(html: str) -> str:
    """Point the page's theme assets one folder up: from en/assets to assets."""
    return ASSET_URL.sub(lambda m: f"{m[1]}{'' if m[2] == './' else m[2]}../assets/", html)
