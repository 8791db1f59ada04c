"""Rule 17 (a warning): a Chinese block that changed after its English
counterpart, as the translator sees it from scripts/check_parity.py, on
clones of the repository with their own commits."""

import os
import re
import subprocess

from conftest import run_in_process, run_script

PAGE = "closing.md"
REMINDER = "docs/en/closing.md:7: warning: the Chinese at docs/zh/closing.md:7 changed ("


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


def edit(repo, old, new, lang="zh"):
    page = repo / "docs" / lang / PAGE
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")


def reminders(repo, run=run_in_process):
    result = run(repo, "check_parity.py", "--lang", "en")
    assert result.returncode == 0, result.stdout
    return [line for line in result.stdout.splitlines() if "[rule 17]" in line]


def test_a_committed_change_of_the_chinese_text_reminds_the_translator(repo):
    edit(repo, "更加紧密地团结", "更加{~~紧密地~>紧紧地~~}[^c-order-closing]团结")
    commit(repo, "a correction")
    [reminder] = reminders(repo, run=run_script)  # the one end-to-end run
    assert re.fullmatch(
        re.escape(REMINDER)
        + r"\d{4}-\d\d-\d\d, [0-9a-f]{7,}\) after this part of the translation \(\d{4}-\d\d-\d\d, [0-9a-f]{7,}\); "
        r"expected it brought up to date \[rule 17\]",
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


def test_an_english_edit_elsewhere_on_the_page_does_not_silence_it(repo):
    edit(repo, "更加紧密地团结", "更加{~~紧密地~>紧紧地~~}[^c-order-closing]团结")
    commit(repo, "a correction")
    edit(repo, "# Standing at a new starting point {#closing}", "# Standing at a new starting-point {#closing}", "en")
    commit(repo, "the English heading, not the paragraph")
    [reminder] = reminders(repo)
    assert reminder.startswith(REMINDER)


def test_the_english_block_brought_up_to_date_ends_it(repo):
    edit(repo, "更加紧密地团结", "更加{~~紧密地~>紧紧地~~}[^c-order-closing]团结")
    commit(repo, "a correction")
    edit(repo, "will rally even more closely around", "will rally ever more closely around", "en")
    commit(repo, "the translation follows")
    assert reminders(repo) == []


def test_a_changed_table_row_is_named_at_its_english_row(repo):
    page = repo / "docs" / "zh" / "work-advancement" / "hardship-relief.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("| 37827 | 人 |", "| 37872 | 人 |"), encoding="utf-8")
    row = next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith("| HR-09 |"))
    result = run_in_process(repo, "check_parity.py", "--lang", "en")  # rule 13 fails too: the English row is older
    reminders_ = [line for line in result.stdout.splitlines() if "[rule 17]" in line]
    assert [line.split(": ", 1)[0] for line in reminders_] == [f"docs/en/work-advancement/hardship-relief.md:{row}"]
    assert f"docs/zh/work-advancement/hardship-relief.md:{row} changed (not yet committed)" in reminders_[0]
