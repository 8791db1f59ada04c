"""A built page's Content-Security-Policy, and the hashes of its inline scripts."""

import base64
import hashlib


def policy_of(root):
    """The page's one policy (a <meta> in its head), by directive."""
    meta = root.xpath("//head/meta[@http-equiv='Content-Security-Policy']")
    assert len(meta) == 1
    return dict(part.strip().split(" ", 1) for part in meta[0].get("content").split(";"))


def script_hash(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def inline_hashes(root):
    """The hash of every inline script of a page (not data, not src=)."""
    return {
        script_hash(script.text or "")
        for script in root.iter("script")
        if not script.get("src") and script.get("type") not in ("application/json", "application/ld+json")
    }


def listed_hashes(policy):
    return {source for source in policy["script-src"].split() if source.startswith("'sha256-")}


# CSP's fallbacks: a directive a policy leaves out takes the first of these it has.
FALLBACK = {
    "worker-src": ("child-src", "script-src", "default-src"),
    "frame-src": ("child-src", "default-src"),
}


def effective(policy, directive):
    """What a directive allows, with CSP's fallbacks for one left out."""
    for name in (directive, *FALLBACK.get(directive, ("default-src",))):
        if name in policy:
            return policy[name]
    return "*"
