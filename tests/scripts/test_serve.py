"""The preview editors use: scripts/serve.py --live serves at the address
the guides give, rebuilds when a file in data/ changes, and greets nobody
with Material's end-of-life banner."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, timeout=120):
    """Poll a condition of the served site until it holds (the server
    rebuilds in its own time); fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail("the preview did not get there in time")


def page(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def test_the_live_preview_serves_at_the_root_and_rebuilds_when_data_changes(repo):
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key != "NO_MKDOCS_2_WARNING"}
    server = subprocess.Popen(
        [sys.executable, str(repo / "scripts" / "serve.py"), "--live", "--port", str(port)],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        wait_for(lambda: "勇立改革潮头再出发" in page(base))
        glossary = repo / "data" / "glossary.yml"
        text = glossary.read_text(encoding="utf-8")
        glossary.write_text(text.replace("群众团体的简称", "群众团体（预览测试）的简称", 1), encoding="utf-8")
        wait_for(lambda: "群众团体（预览测试）的简称" in page(base + "glossary/"))
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert "MkDocs 2.0" not in errors and "NO_MKDOCS_2_WARNING" not in errors
