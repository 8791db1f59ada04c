"""The offline meeting bundle: the site in a zip that works from a USB stick.

The editions are built for the file system (Material's offline plugin: an
inlined search index, links to .html files, the iframe-worker shim from our
npm package), with their PDFs (downloads/), a README.txt that lists them
and SHA256SUMS, and zipped reproducibly:
entries sorted, every timestamp the commit's (SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import hashlib
import tempfile
import time
import zipfile
from pathlib import Path

from .build import build_site
from .diagnostics import Problem, errors_in, problem
from .pdf import DOWNLOADS, human_size
from .rules import BUILD
from .version import Version, source_version

SHORT_NAME = "xining-ftu-report"
LANGUAGES = ("zh", "en")
# Not for a bundle: the sitemap is for search engines and dated by the build.
LEFT_OUT = {"sitemap.xml", "sitemap.xml.gz"}
ZIP_EPOCH_MIN = 315532800  # 1980-01-01, the earliest time a zip can hold


def bundle_name(version: Version, langs: tuple[str, ...]) -> str:
    suffix = "" if set(langs) == set(LANGUAGES) else "-" + "-".join(langs)
    return f"{SHORT_NAME}-{version.label}{suffix}"


def readme(version: Version, langs: tuple[str, ...], pdfs: list[tuple[str, int]]) -> str:
    """The bundle's README.txt; `pdfs`: (path in the bundle, size in bytes) of each PDF."""
    both = set(langs) == set(LANGUAGES)
    editions_zh = "中文版和英文版" if both else {"zh": "中文版", "en": "英文版"}[langs[0]]
    editions_en = (
        "the Chinese and English editions"
        if both
        else {"zh": "the Chinese", "en": "the English"}[langs[0]] + " edition"
    )
    switch_zh = "页面顶部的语言按钮可切换到同一页的英文版（英文版首页为 en/index.html）。\n" if both else ""
    switch_en = "The language button at the top switches to the same page in English (en/index.html).\n" if both else ""
    pdf_zh = "全文 PDF（A4，可打印或投影）：\n"
    pdf_en = "The whole report as PDF (A4, for printing or a projector):\n"
    for path, size in pdfs:
        edition_zh, edition_en = ("中文版", "Chinese") if path.endswith("-zh.pdf") else ("英文版", "English")
        pdf_zh += f"  {path}（{edition_zh}，{human_size(size)}）\n"
        pdf_en += f"  {path} ({edition_en}, {human_size(size)})\n"
    return f"""勇立改革潮头再出发 争当群团工作排头兵 —— 离线版
Forging Ahead Anew at the Forefront of Reform — offline edition
西宁市总工会 Xining Federation of Trade Unions

版本 Version: {version.label}（{version.date}，commit {version.commit}）

【如何打开】
把压缩包解压到任意位置，双击文件夹中的 index.html，即可在浏览器中阅读，无需联网。
{switch_zh}内容：{editions_zh}全文、站内搜索、统计数字的开放数据（data/metrics.csv，可用 Excel 打开；
data/metrics.json）。
{pdf_zh}核对文件是否完整：在本文件夹中运行 sha256sum -c SHA256SUMS。

[How to open it]
Unzip this file anywhere and double-click index.html in the folder: the report opens in
your browser, with no network needed.
{switch_en}Inside: {editions_en}, with search; the figures as open data (data/metrics.csv,
which opens in Excel, and data/metrics.json).
{pdf_en}To check that no file is damaged, run `sha256sum -c SHA256SUMS` in this folder.
"""


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


def make_bundle(config_file: Path, dist: Path, langs: tuple[str, ...] = LANGUAGES) -> tuple[Path | None, list[Problem]]:
    """Check, build for the file system and zip a bundle; return its path, or the problems."""
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
        (folder / "README.txt").write_text(readme(version, langs, pdfs), encoding="utf-8")
        write_checksums(folder)
        archive = dist / f"{name}.zip"
        write_zip(folder, archive, version.epoch)
    return archive, []
