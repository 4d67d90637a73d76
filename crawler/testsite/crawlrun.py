"""Running `wenming crawl` in a subprocess against a sample server a test owns (used by tests/)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUICK = ["--set", "DOWNLOAD_TIMEOUT=0.5", "--set", "LOG_LEVEL=ERROR"]


def crawl_cmd(db: Path, outlets: list[str], site: str | None, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", "crawl", *(outlets or ["--all"]),
            *(["--site", site] if site else []), "--db", str(db), *QUICK, *extra]


def env() -> dict:
    """The crawl subprocess's environment: bytecode cached outside the repo and the virtualenv,
    so each crawl does not compile Scrapy and Twisted again."""
    out = {**os.environ, "PYTHONPATH": str(ROOT),
           "PYTHONPYCACHEPREFIX": os.path.join(tempfile.gettempdir(), "wenming-test-pycache")}
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    return out


def crawl(db: Path, outlets: list[str], site: str | None, *extra: str, timeout: float = 90):
    result = subprocess.run(crawl_cmd(db, outlets, site, *extra), cwd=ROOT, env=env(), capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def query(db: Path, sql: str, params=()) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def article_outcomes(db: Path, run_id: int | None = None) -> dict[str, list[str]]:
    """url -> outcomes of its article fetches (final attempts only)."""
    sql = "select url, outcome from crawl_log where kind = 'article' and outcome is not null"
    rows = query(db, sql + (" and run_id = ?" if run_id else ""), (run_id,) if run_id else ())
    out: dict[str, list[str]] = {}
    for url, outcome in rows:
        out.setdefault(url, []).append(outcome)
    return out
