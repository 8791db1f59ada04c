"""The package installed as a library, `pip install .` (not editable), into a
fresh virtual environment: it checks (git history included) and bundles a
copy of the repository in another folder, found from the configuration,
never from where the package lives; messages name paths relative to that
repository; and its bundle is the repository's, byte for byte."""

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import copy_repository


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the fresh environment's python, a copy of the repository) — the
    dependencies are this environment's, seen through a .pth file (pinned in
    requirements.txt, not in the package), the package its own install."""
    folder = tmp_path_factory.mktemp("installed")
    repo = copy_repository(folder / "repository copy")
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site_packages = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    (site_packages / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    install = subprocess.run(
        [*pip, "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", str(repo)],
        capture_output=True,
        text=True,
        cwd=folder,
    )
    assert install.returncode == 0, install.stderr
    return python, repo


def run(python: Path, repo: Path, script: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    # -I: the script's folder is not on the path, so the installed package runs;
    # the working directory is another folder
    return subprocess.run(
        [str(python), "-I", str(repo / "scripts" / script), *args],
        capture_output=True,
        text=True,
        cwd=repo.parent,
        env={**os.environ, **env},
        timeout=300,
    )


def test_the_installed_package_is_not_the_repositorys(installed):
    python, repo = installed
    where = subprocess.run(
        [str(python), "-I", "-c", "import reportsite; print(reportsite.__file__)"], capture_output=True, text=True
    ).stdout
    assert "site-packages" in where and str(repo) not in where


def test_the_installed_package_checks_the_copy_with_its_history(installed):
    python, repo = installed
    page = repo / "docs" / "zh" / "closing.md"
    original = page.read_text(encoding="utf-8")
    # the report's text changed (rule 3), and the editors' footnote under it (rule 17: a reminder to the translator)
    page.write_text(original.replace("谱写新时代", "谱写新世纪").replace("为编者所加", "由编者所加"), encoding="utf-8")
    try:
        result = run(python, repo, "check_site.py", "--lang", "en")
    finally:
        page.write_text(original, encoding="utf-8")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert all(line.startswith("docs/") for line in lines), lines  # relative to the repository, not absolute
    assert any(line.startswith("docs/zh/closing.md:") and line.endswith("[rule 3]") for line in lines)
    # rule 17 reads the copy's git history: the Chinese page changed after its translation
    assert any(line.startswith("docs/en/closing.md:9: warning: the Chinese at docs/zh/closing.md:9") for line in lines)


def test_the_installed_package_bundles_the_copy_byte_for_byte_as_the_repository(installed, archive):
    # The run's one second build of a kind, and the test of reproducibility:
    # the same commit built again, from another folder, by the installed
    # package, with its PDFs made anew (not taken from the run's cache),
    # gives the same bytes as the bundle the other tests open.
    python, repo = installed
    result = run(python, repo, "bundle.py", REPORTSITE_CACHE_DIR="off")
    assert result.returncode == 0, result.stdout + result.stderr
    commit = subprocess.run(["git", "log", "-1", "--format=%h"], cwd=repo, capture_output=True, text=True).stdout
    (made,) = (repo / "dist").glob("*.zip")
    assert (
        commit.strip() in made.name
        and result.stderr == f"已生成离线包 dist/{made.name}（{made.stat().st_size / 1024 / 1024:.1f} MB）。\n"
    )
    with zipfile.ZipFile(made) as bundle:
        names = bundle.namelist()
    assert f"{made.stem}/index.html" in names and f"{made.stem}/downloads/xining-ftu-report-en.pdf" in names
    assert made.name == archive.name and made.read_bytes() == archive.read_bytes()
