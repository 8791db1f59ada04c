"""The GitHub workflows: valid against GitHub's schema, clean under zizmor,
every action pinned by commit."""

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_there_is_a_pull_request_and_a_publish_workflow():
    triggers = {path.name: yaml.safe_load(path.read_text(encoding="utf-8"))[True] for path in WORKFLOWS}
    assert "pull_request" in triggers["pull-request.yml"]
    assert triggers["publish.yml"]["push"]["branches"] == ["main"]


def test_the_workflows_match_githubs_workflow_schema():
    result = subprocess.run(
        [BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", *WORKFLOWS],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_of_medium_or_high_severity():
    result = subprocess.run(
        [BIN / "zizmor", "--offline", "--no-exit-codes", "--format", "json", *WORKFLOWS], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr  # zizmor itself ran
    findings = json.loads(result.stdout)
    serious = [f for f in findings if f["determinations"]["severity"].lower() in ("medium", "high")]
    assert serious == [], json.dumps(serious, indent=1)[:3000]


def test_every_action_is_pinned_to_a_commit():
    for path in WORKFLOWS:
        for uses in re.findall(r"uses:\s*(\S+)", path.read_text(encoding="utf-8")):
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", uses), f"{path.name}: {uses}"


def test_the_pull_request_workflow_installs_with_the_readme_command_and_uploads_for_reviewers():
    text = (ROOT / ".github" / "workflows" / "pull-request.yml").read_text(encoding="utf-8")
    assert "bash scripts/setup.sh --dev" in text and "scripts/check_site.py" in text
    assert (
        "if: ${{ !cancelled() }}\n        run: .venv/bin/python scripts/build.py" in text
    )  # problems of the build too
    for artifact in ("name: site", "name: meeting-bundle", "name: screenshots"):
        assert artifact in text


def test_the_publish_workflow_records_what_it_published():
    text = (ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8")
    assert "scripts/published_urls.py --record" in text


def test_the_pre_commit_hooks_run_every_check_fidelity_included():
    hooks = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"][0]["hooks"]
    assert any(hook["entry"].endswith("scripts/check_site.py") for hook in hooks)
