"""One mistake, one message: a Chinese page's own error is not said again by
the English page's comparisons with it while the Chinese side is the one
that changed (cascades.py)."""

import subprocess
from types import SimpleNamespace

import pytest

from reportsite.cascades import without_followers
from reportsite.diagnostics import WARNING, problem


def page(folder, name):
    path = folder / name
    path.write_text("# page\n\n| a |\n", encoding="utf-8")
    return SimpleNamespace(path=path, display=name, lines=["x"] * 30, tables=[], text_blocks=lambda: [])


@pytest.fixture
def pair(tmp_path):
    zh, en = page(tmp_path, "zh.md"), page(tmp_path, "en.md")
    for command in (["init", "-q"], ["add", "."], ["-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "x"]):
        subprocess.run(["git", *command], cwd=tmp_path, check=True)
    return zh, en


def found(zh, en):
    return [
        problem(zh.display, 14, "5", "metric_code_duplicate", code="GD-01", where="zh.md:13"),
        problem(en.display, 13, "13", "metric_value_parity", code="GD-01", value="18", zh_value="28", where="zh.md:14"),
        problem(
            en.display,
            14,
            "17",
            "translation_stale_block_uncommitted",
            severity=WARNING,
            line=14,
            page="zh.md",
            zh_change="-",
            en_change="-",
        ),
        problem(en.display, 3, "18", "link_target_missing", link="x.md"),  # the English page's own
    ]


def test_a_chinese_error_is_one_message_while_the_chinese_changed_alone(pair, tmp_path):
    zh, en = pair
    zh.path.write_text("# changed\n", encoding="utf-8")
    kept = without_followers(found(zh, en), [(zh, en)], tmp_path)
    assert [(p.path, p.rule) for p in kept] == [("zh.md", "5"), ("en.md", "18")]


def test_every_message_stays_when_the_english_changed_as_well(pair, tmp_path):
    zh, en = pair
    zh.path.write_text("# changed\n", encoding="utf-8")
    en.path.write_text("# changed too\n", encoding="utf-8")
    assert without_followers(found(zh, en), [(zh, en)], tmp_path) == found(zh, en)


def test_every_message_stays_when_the_chinese_page_has_no_error(pair, tmp_path):
    zh, en = pair
    zh.path.write_text("# changed\n", encoding="utf-8")
    problems = found(zh, en)[1:]
    assert without_followers(problems, [(zh, en)], tmp_path) == problems
