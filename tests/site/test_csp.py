"""Every built page carries a Content-Security-Policy, first in its head,
that lists each inline script the page holds by its hash and allows nothing
from any other host."""

import lxml.html
import pytest

from policies import effective, inline_hashes, listed_hashes, policy_of, script_hash


def pages(site_dir):
    return sorted(p for p in site_dir.rglob("*.html") if p.name != "404.html")


def test_every_page_has_the_policy_before_any_script(site_dir):
    for path in pages(site_dir):
        head = lxml.html.parse(str(path)).getroot().find("head")
        first = next(el for el in head if isinstance(el.tag, str))
        assert first.get("http-equiv") == "Content-Security-Policy", path


def test_the_policy_lists_only_the_pages_own_inline_scripts_and_no_worker_or_frame_but_the_site(site_dir):
    # Online, search runs in a worker of the site's own files; nothing is framed, nothing comes from blob:.
    for path in pages(site_dir):
        root = lxml.html.parse(str(path)).getroot()
        policy = policy_of(root)
        assert listed_hashes(policy) == inline_hashes(root), path
        assert effective(policy, "worker-src") == "'self'" and effective(policy, "frame-src") == "'none'", path
        assert "blob:" not in " ".join(policy.values()), path


def test_every_inline_script_is_listed_by_its_hash_and_nothing_else_runs(site_dir):
    for path in pages(site_dir):
        root = lxml.html.parse(str(path)).getroot()
        policy = policy_of(root)
        allowed = set(policy["script-src"].split())
        for script in root.iter("script"):
            if script.get("src"):
                assert "://" not in script.get("src"), path
            elif script.get("type") not in ("application/json", "application/ld+json"):  # data, never run
                assert script_hash(script.text or "") in allowed, path
        assert "'unsafe-inline'" not in allowed and "'unsafe-eval'" not in allowed


@pytest.mark.parametrize("directive", ["default-src", "script-src", "img-src", "connect-src", "worker-src", "frame-src"])
def test_nothing_may_come_from_another_host(site_dir, directive):
    policy = policy_of(lxml.html.parse(str(site_dir / "index.html")).getroot())
    assert not [source for source in policy[directive].split() if "://" in source or source in ("*", "https:", "http:")]
