"""Rule 17 (a warning): a Chinese page that changed after its English page,
as the translator sees it from scripts/check_parity.py, on clones of the
repository with their own commits."""

import os
import re
import subprocess

from conftest import run_script

PAGE = "closing.md"
REMINDER = "docs/en/closing.md:1: warning: the Chinese page docs/zh/closing.md changed ("


def commit(repo, message):
    # Dated long ago: the order of commits, not their clocks, says which change
    # came later (an editor's clock may be wrong; two commits can share a second).
    dated = {"GIT_AUTHOR_DATE": "2000-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2000-01-01T00:00:00Z"}
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", message],
        cwd=repo,
        check=True,
        env=os.environ | dated,
    )


def edit(repo, old, new):
    page = repo / "docs" / "zh" / PAGE
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")


def reminders(repo):
    result = run_script(repo, "check_parity.py", "--lang", "en")
    assert result.returncode == 0, result.stdout
    return [line for line in result.stdout.splitlines() if "[rule 17]" in line]


def test_a_committed_change_of_the_chinese_text_reminds_the_translator(repo):
    edit(repo, "更加紧密地团结", "更加{~~紧密地~>紧紧地~~}[^c-order-closing]团结")
    commit(repo, "a correction")
    [reminder] = reminders(repo)
    assert re.fullmatch(
        re.escape(REMINDER)
        + r"\d{4}-\d\d-\d\d, [0-9a-f]{7,}\) after this translation \(\d{4}-\d\d-\d\d, [0-9a-f]{7,}\); "
        r"expected the translation brought up to date \[rule 17\]",
        reminder,
    ), reminder


def test_an_uncommitted_change_reminds_the_translator_too(repo):
    edit(repo, "全面贯彻落实", "全面{--贯彻--}[^c-order-closing]落实")
    [reminder] = reminders(repo)
    assert reminder.startswith(REMINDER + "not yet committed)")


def test_a_change_readers_cannot_see_asks_nothing_of_the_translator(repo):
    # the same heading, id and text; only its classes and the file's layout change
    edit(repo, "# 立足新起点 {#closing}", "# 立足新起点 {#closing .report-heading}\n")
    commit(repo, "markup only")
    assert reminders(repo) == []
