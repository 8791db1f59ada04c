"""The version of the sources a build, the PDFs and the bundle are dated
and named by: the commit's date and hash, SOURCE_DATE_EPOCH's date when set,
"unversioned" without git history, nothing when neither tells."""

import subprocess

from conftest import ROOT
from reportsite.version import source_version


def test_the_version_is_the_commits_date_and_short_hash(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    epoch, short = subprocess.run(
        ["git", "log", "-1", "--format=%ct %h"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    version = source_version(ROOT)
    assert version.epoch == int(epoch) and version.commit.removesuffix("-modified") == short


def test_source_date_epoch_gives_the_date_and_the_commit_stays(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")
    version = source_version(ROOT)
    assert version.date == "2001-09-09" and version.label.startswith("2001-09-09-")
    assert "unversioned" not in version.commit


def test_without_history_the_date_alone_or_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")
    assert source_version(tmp_path).label == "2001-09-09-unversioned"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert source_version(tmp_path) is None
