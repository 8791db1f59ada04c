#!/usr/bin/env python3
"""Make a practice copy of the repository for the new-section walkthrough.

    python scripts/practice.py [FOLDER]

Walkthrough (d) of the guide ("Add a section", guide/en/section.md) starts
once the maintainers have registered a new edition of the report holding the
new section; there is none to practise on. This makes one, in a copy: a Git
worktree of the current commit at FOLDER (default: report-site-practice
beside the repository), its data/source.txt with the walkthrough's section
added and data/source_editions.yml with a practice edition for it, its .venv
the repository's. Nothing of the repository itself changes, and nothing of the
copy is meant to be committed: `git worktree remove --force FOLDER` removes it.
"""

from __future__ import annotations

import datetime
import hashlib
import subprocess
import sys
from pathlib import Path

from reportsite.cli import parser, repository, say

# The walkthrough's section, as the guide quotes it (guide/*/section.md): for practice only.
SECTION = (
    "推进职工住房保障。为1200余名一线职工解决住房困难，联合市住房保障部门走访企业45家，"
    "落实新就业职工住房“两个100%”要求，职工住房满意度达到92.5%。"
)
EDITION = """  - sha256: {sha256}
    received: "{today}"
    from:
      zh: 练习副本（scripts/practice.py）
      en: a practice copy (scripts/practice.py)
    note:
      zh: 练习用的新版，只多了演示的一节“推进职工住房保障”；不要提交。
      en: a practice edition with the walkthrough's section “推进职工住房保障” added; never to be committed.
"""


def make(root: Path, folder: Path) -> None:
    """The practice copy of `root` at `folder`."""
    subprocess.run(["git", "-C", str(root), "worktree", "add", "--detach", "-q", str(folder)], check=True)
    for shared in (".venv", "node_modules", "scripts/vnu/node_modules"):  # installed once, in the repository
        if (root / shared).exists() and not (folder / shared).exists():
            (folder / shared).symlink_to((root / shared).resolve())
    source = folder / "data" / "source.txt"
    text = source.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{SECTION}\n"
    source.write_text(text, encoding="utf-8")
    sha256 = hashlib.sha256(source.read_bytes()).hexdigest()
    editions = folder / "data" / "source_editions.yml"
    listed = editions.read_text(encoding="utf-8").rstrip("\n") + "\n"
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    editions.write_text(listed + EDITION.format(sha256=sha256, today=today), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    arguments = parser(__doc__.splitlines()[0], argv)
    lang = arguments.lang
    arguments.description = say("practice_description", lang)
    metavar = say("practice_metavar_folder", lang)
    arguments.add_argument("folder", nargs="?", metavar=metavar, help=say("practice_help_folder", lang))
    args = arguments.parse_args(argv)
    root = repository()
    folder = Path(args.folder).resolve() if args.folder else root.parent / f"{root.name}-practice"
    if folder.exists():
        print(f"practice.py: {say('practice_exists', lang, path=str(folder))}", file=sys.stderr)
        return 2
    try:
        make(root, folder)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"practice.py: {say('practice_failed', lang, reason=error)}", file=sys.stderr)
        return 2
    print(say("practice_made", lang, path=str(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
