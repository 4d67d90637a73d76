"""Datasette over the knowledge base, with the project's metadata and settings."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

METADATA = Path(__file__).resolve().parent.parent / "data" / "metadata.yml"
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 2000,
    "default_page_size": 50,
    "allow_csv_stream": "on",
    "truncate_cells_html": 300,
}


def datasette_args(db: str | Path, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False) -> list[str]:
    args = [sys.executable, "-m", "datasette", "serve", ("-i" if immutable else ""), str(db),
            "-m", str(METADATA), "-h", host, "-p", str(port)]
    for key, value in SETTINGS.items():
        args += ["--setting", key, str(value)]
    return [a for a in args if a]


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8001) -> int:
    print(f"serving {db} at http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
    return subprocess.call(datasette_args(db, host, port))
