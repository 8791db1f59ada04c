"""The preview editors use: scripts/serve.py --live serves at the address
the guides give, rebuilds when a file in data/ changes, greets nobody with
Material's end-of-life banner, and shows the checks' problems in the page
itself (in Chromium: a panel, updated on each save, cleared when fixed; a
build that fails never leaves the tab waiting); its --help is in the
editor's language."""

import contextlib
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from conftest import ROOT, copy_repository, run_in_process, watch
from reportsite.browser import new_context, settle


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


@contextlib.contextmanager
def live_preview(repo, *args, home="勇立改革潮头再出发"):
    """scripts/serve.py --live on `repo`, as an editor starts it (Chinese
    messages, Material's banner not silenced); yields its address once the
    first build is served (its home page says `home`), and what it has said
    in its terminal so far (a list of lines, read as they come)."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key != "NO_MKDOCS_2_WARNING"}
    env = {key: value for key, value in env.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    server = subprocess.Popen(
        [sys.executable, str(repo / "scripts" / "serve.py"), "--live", "--port", str(port), *args],
        cwd=repo,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    said = []
    reader = threading.Thread(target=lambda: said.extend(server.stderr), daemon=True)
    reader.start()
    try:
        base = f"http://127.0.0.1:{port}/"
        wait_for(lambda: home in page(base))
        yield base, said
    finally:
        server.terminate()
        server.wait(timeout=30)
        reader.join(timeout=30)


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    """One live preview of the Chinese edition for the tests below, on a copy
    of the repository; each test puts back what it changed."""
    repo = copy_repository(tmp_path_factory.mktemp("preview") / "repo")
    with live_preview(repo) as (base, said):
        yield repo, base, said


def test_the_live_preview_serves_at_the_root_and_rebuilds_when_data_changes(preview):
    repo, base, said = preview
    glossary = repo / "data" / "glossary.yml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace("群众团体的简称", "群众团体（预览测试）的简称", 1), encoding="utf-8")
    wait_for(lambda: "群众团体（预览测试）的简称" in page(base + "glossary/"))
    glossary.write_text(text, encoding="utf-8")
    wait_for(lambda: "群众团体（预览测试）的简称" not in page(base + "glossary/"))
    printed = "".join(said)
    assert "MkDocs 2.0" not in printed and "NO_MKDOCS_2_WARNING" not in printed


PANEL = "#preview-problems"
# The fidelity check's message (rule 3) for the changed figure, as check_site.py prints it in Chinese.
FIDELITY = re.compile(r"此处与原文（data/source\.txt:\d+）不同：.*成立7\[-0-\]\{\+1\+\}周年.*\[rule 3\]")


def saved(path, text, page, panel):
    """Save `text` to `path` in an open preview tab; return once the panel is
    as wanted (`attached` or `detached`) and the tab has reloaded with the
    rebuilt pages and is still."""
    with page.expect_event("load", timeout=120_000):  # MkDocs reloads the tab once the build is done
        path.write_text(text, encoding="utf-8")
        page.wait_for_selector(PANEL, state=panel, timeout=120_000)  # before the reload, as the checks finish
    settle(page)


def test_the_live_preview_shows_the_problems_in_the_page_and_never_hangs(preview, browser):
    repo, base, said = preview
    closing, config = repo / "docs" / "zh" / "closing.md", repo / "mkdocs.yml"
    page_text, config_text = closing.read_text(encoding="utf-8"), config.read_text(encoding="utf-8")
    before, figure, after = page_text.rpartition("成立70周年。")  # the text's, not the description's
    broken = before + "成立71周年。" + after
    assert figure
    line = next(n for n, row in enumerate(broken.split("\n"), 1) if "成立71周年" in row)
    context = new_context(browser, viewport={"width": 1280, "height": 900})
    watched = watch(context.new_page(), base)
    tab = watched.page
    tab.goto(base + "closing/")
    settle(tab)
    assert tab.locator(PANEL).count() == 0

    # A figure changed: the panel names it at its line, in Chinese, as check_site.py does.
    saved(closing, broken, tab, "attached")
    panel = tab.locator(PANEL)
    assert panel.get_attribute("lang") == "zh-Hans"
    assert panel.locator(".preview-problems__title").inner_text().startswith("预览发现")
    items = panel.locator(".preview-problems__item").evaluate_all(
        "items => items.map(i => [i.querySelector('code').textContent, i.querySelector('span').textContent])"
    )
    messages = [message for where, message in items if where == f"docs/zh/closing.md:{line}"]
    assert any(FIDELITY.fullmatch(message) for message in messages), items
    assert panel.is_visible()
    assert "立足新起点" in tab.locator("article").inner_text()  # the rebuilt page, under the panel

    # Fixed: the panel goes; the page is the site's.
    saved(closing, page_text, tab, "detached")
    assert tab.locator(PANEL).count() == 0
    assert "成立70周年" in tab.locator("article").inner_text()

    # A Chinese note changed, its English not yet: the translator's reminder (rule 17) is listed as a
    # reminder, not counted as a problem (check_site.py passes), and goes with the change.
    green = repo / "docs" / "zh" / "work-advancement" / "green-development.md"
    green_text = green.read_text(encoding="utf-8")
    saved(
        green,
        green_text.replace("| 覆盖生态保护、生物制药、新能源等行业 |", "| 覆盖生态保护、新能源等行业 |"),
        tab,
        "attached",
    )
    assert panel.locator(".preview-problems__title").count() == 0
    reminder = panel.locator(".preview-problems__reminders-title").inner_text()
    assert reminder.startswith("给译者的提醒 1 条") and "预览发现" not in panel.inner_text()
    assert panel.locator(".preview-problems__where").all_inner_texts() == [
        "docs/en/work-advancement/green-development.md:13"
    ]
    saved(green, green_text, tab, "detached")

    # A configuration the site refuses: no page can be built; the tab
    # reloads to a page listing the problem, and back when fixed.
    with tab.expect_event("load", timeout=120_000):
        config.write_text(config_text.replace("strict: true", "strict: [true", 1), encoding="utf-8")
    settle(tab)
    assert tab.locator("h1").inner_text() == "预览没有构建成功"
    assert tab.locator(".preview-problems__where").first.inner_text().startswith("mkdocs.yml:")
    saved(config, config_text, tab, "detached")
    assert "立足新起点" in tab.locator("article").inner_text()
    watched.assert_clean()
    context.close()
    wait_for(lambda: "问题都已改好，预览已更新。" in "".join(said))  # the terminal says it too, in its own time
    printed = "".join(said)
    assert "预览发现" in printed
    assert "Traceback" not in printed and "appear stuck" not in printed


def test_with_lang_en_the_english_edition_shows_its_problems_in_english(repo, browser):
    closing = repo / "docs" / "en" / "closing.md"
    text = closing.read_text(encoding="utf-8")
    broken = text.replace("greet the 70th anniversary of the founding", "greet the 71st anniversary of the founding")
    assert broken != text
    line = next(n for n, row in enumerate(broken.split("\n"), 1) if "71st anniversary" in row)
    with live_preview(repo, "--lang", "en", home="Forging Ahead Anew") as (base, said):
        context = new_context(browser, viewport={"width": 1280, "height": 900})
        watched = watch(context.new_page(), base)
        tab = watched.page
        tab.goto(base + "en/closing/")
        settle(tab)
        saved(closing, broken, tab, "attached")
        panel = tab.locator(PANEL)
        assert panel.get_attribute("lang") == "en"
        assert panel.locator(".preview-problems__title").inner_text().startswith("The preview found")
        listed = panel.locator(".preview-problems__item").all_inner_texts()
        assert any(
            item.startswith(f"docs/en/closing.md:{line} ") and item.endswith("[rule 14]") and "71" in item
            for item in listed
        ), listed
        assert not re.search(r"[\u4e00-\u9fff]", panel.locator(".preview-problems__title").inner_text())
        watched.assert_clean()
        context.close()
        wait_for(lambda: "The preview found" in "".join(said))


def test_the_help_is_in_the_editors_language():
    english = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    chinese = run_in_process(ROOT, "serve.py", "--help", env=english)
    assert chinese.returncode == 0
    text = chinese.stdout
    assert text.startswith("用法：serve.py") and "选项" in text and "显示本帮助并退出" in text
    for option in ("--lang", "--live", "--port", "--host"):
        assert re.search(rf"^  {option}\b.*[\u4e00-\u9fff]", text, re.M), option
    words = re.sub(r"--?[a-z]+|\{zh,en\}|zh|en|Ctrl\+C|https?://\S+|docs/|data/|serve\.py|/en/", "", text)
    assert not re.search(r"[A-Za-z]{2,}", words), words
    english = run_in_process(ROOT, "serve.py", "--help", "--lang", "en", env=english)
    assert english.stdout.startswith("usage: serve.py") and "show this help message and exit" in english.stdout
    assert not re.search(r"[\u4e00-\u9fff]", english.stdout)
