"""The offline meeting bundle: the site in a zip that works from a USB stick.

The editions are built for the file system (Material's offline plugin: an
inlined search index, links to .html files, the iframe-worker shim from our
npm package), with their PDFs (downloads/), a README.txt that lists them
and SHA256SUMS, and zipped reproducibly:
entries sorted, every timestamp the commit's (SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import functools
import hashlib
import tempfile
import time
import zipfile
from pathlib import Path

import jinja2

from .build import build_site
from .diagnostics import Problem, errors_in, problem
from .pdf import DOWNLOADS, human_size
from .rules import BUILD
from .version import Version, source_version

SHORT_NAME = "xining-ftu-report"
# Not for a bundle: the sitemap is for search engines and dated by the build.
LEFT_OUT = {"sitemap.xml", "sitemap.xml.gz"}
ZIP_EPOCH_MIN = 315532800  # 1980-01-01, the earliest time a zip can hold


def bundle_name(version: Version, langs: tuple[str, ...] | None = None) -> str:
    """The zip's name: a bundle of one edition says which (`langs`; None: every edition)."""
    suffix = "-" + "-".join(langs) if langs else ""
    return f"{SHORT_NAME}-{version.label}{suffix}"


def readme(version: Version, editions: list[str], all_editions: list[str], pdfs: list[tuple[str, int]]) -> str:
    """The bundle's README.txt (templates/bundle-README.txt); `pdfs`: (path
    in the bundle, size in bytes) of each PDF, named for its edition."""
    template = _templates().get_template("bundle-README.txt")
    listed = [(path, path.removesuffix(".pdf").rsplit("-", 1)[1], human_size(size)) for path, size in pdfs]
    return template.render(version=version, editions=editions, all_editions=all_editions, pdfs=listed) + "\n"


@functools.cache
def _templates() -> jinja2.Environment:
    loader = jinja2.PackageLoader("reportsite", "templates")
    return jinja2.Environment(
        loader=loader, keep_trailing_newline=False, autoescape=False, undefined=jinja2.StrictUndefined
    )


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def write_checksums(folder: Path) -> None:
    lines = [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(folder).as_posix()}"
        for path in _files(folder)
    ]
    (folder / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_zip(folder: Path, archive: Path, epoch: int) -> None:
    """Zip `folder` (as the archive's one top folder) reproducibly."""
    stamp = time.gmtime(max(epoch, ZIP_EPOCH_MIN))[:6]
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in _files(folder):
            info = zipfile.ZipInfo(f"{folder.name}/{path.relative_to(folder).as_posix()}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever machine makes it
            info.external_attr = 0o644 << 16
            bundle.writestr(info, path.read_bytes(), compresslevel=9)
    partial.replace(archive)


def make_bundle(
    config_file: Path, dist: Path, langs: tuple[str, ...] | None = None
) -> tuple[Path | None, list[Problem]]:
    """Check, build for the file system and zip a bundle of the editions
    `langs` (None: every edition of the configuration); return its path, or the problems."""
    version = source_version(config_file.resolve().parent)
    if version is None:
        return None, [problem("scripts/bundle.py", 1, BUILD, "bundle_no_version")]
    name = bundle_name(version, langs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / name
        built = build_site(folder, config_file, langs, offline=True)
        if errors_in(built.problems):
            return None, built.problems
        for path in _files(folder):
            if path.name in LEFT_OUT:
                path.unlink()
        pdfs = [
            (p.relative_to(folder).as_posix(), p.stat().st_size) for p in sorted((folder / DOWNLOADS).glob("*.pdf"))
        ]
        every = list(built.editions)
        text = readme(version, list(built.pages), every, pdfs)
        (folder / "README.txt").write_text(text, encoding="utf-8")
        write_checksums(folder)
        archive = dist / f"{name}.zip"
        write_zip(folder, archive, version.epoch)
    return archive, []
