"""The Python code is ruff clean (lint and format)."""

import subprocess
import sys

from conftest import ROOT


def ruff(*args):
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing_to_fix():
    result = ruff("check", "scripts", "tests")
    assert result.returncode == 0, result.stdout


def test_code_is_ruff_formatted():
    result = ruff("format", "--check", "scripts", "tests")
    assert result.returncode == 0, result.stdout
