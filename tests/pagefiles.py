"""Folders of page files for the CLI tests: the sample sites' article pages, and pages written here."""
from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

from crawler.testsite.site import SampleSite

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = [
    "为进一步弘扬志愿服务精神，某某街道新时代文明实践站近日组织辖区志愿者走进社区，开展敬老助老志愿服务活动。",
    "活动现场，志愿者们为老人测量血压、讲解防诈骗知识，还帮助独居老人打扫房间、整理物品，受到居民欢迎。",
    "据了解，该街道已组建志愿服务队伍十二支，注册志愿者一千余名，常态化开展环境整治、文明劝导等活动。",
    "下一步，街道将继续整合各方资源，推动志愿服务项目化、品牌化发展，让文明新风吹进千家万户。",
]


def sample_pages(folder: Path, extra: int = 4) -> list[Path]:
    """Every article page of the sample sites (first pages), as files; on- and off-topic ones."""
    folder.mkdir(parents=True, exist_ok=True)
    site, out = SampleSite.load(extra=extra), []
    for outlet, items in site.articles.items():
        for a in items:
            r = site.respond(site.host(outlet), site.article_path(outlet, a.id, a.date))
            if r.status == 200:
                path = folder / f"{outlet}-{a.id}.html"
                path.write_bytes(r.body)
                out.append(path)
    return out


def page(title: str, paragraphs: list[str], canonical: str | None = None) -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_某某新闻网</title>{link}</head>'
            f'<body><div class="nav"><a href="/">首页</a></div><div class="article"><h1>{title}</h1>'
            f'<p class="meta">2024-05-06 10:00 来源：某某新闻网</p><div class="content">{body}</div></div>'
            f'<div class="footer">某某新闻网 版权所有</div></body></html>').encode()


def without_root_reading(preexec=None):
    """For a subprocess run as root: drop the capabilities that let root read any file, so
    a file with mode 000 is unreadable to it as to any user."""
    if os.geteuid() != 0:
        return None
    libc = ctypes.CDLL(None, use_errno=True)

    def drop():
        for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP
    return drop


def wenming(*args, root_reads: bool = True, timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    """The real CLI in a subprocess."""
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=None if root_reads else without_root_reading(), **kw)


def popen(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipelines.cli", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
