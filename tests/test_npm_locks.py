"""Every npm lock file of the repository installs with `npm ci`, as on a
fresh clone (a copy of package.json and its lock, in a folder of its own)."""

import shutil
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.subprocess  # npm ci of every lock: tens of seconds

# Every lock file outside node_modules/ and .venv/ (the sources, as a clone has them).
LOCKS = sorted(
    path.relative_to(ROOT).as_posix()
    for folder in (ROOT, *sorted((ROOT / "scripts").iterdir()))
    if (path := folder / "package-lock.json").is_file()
)


def test_the_repository_has_its_lock_files():
    assert LOCKS == ["package-lock.json", "scripts/lighthouse/package-lock.json", "scripts/vnu/package-lock.json"]


@pytest.mark.parametrize("lock", LOCKS)
def test_each_lock_file_installs_with_npm_ci(lock, tmp_path):
    folder = (ROOT / lock).parent
    for name in ("package.json", "package-lock.json"):
        shutil.copy(folder / name, tmp_path / name)
    result = subprocess.run(
        ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "node_modules").is_dir()
