"""Datasette over the knowledge base, with the project's metadata, plugin and settings.

Safe by default: the database is only read (no write permissions are
granted), SQL has a time limit, pages and exports have row limits.
`immutable=True` serves a published copy with `datasette -i` (no locking,
counts cached).  Setting WENMING_PASSWORD_HASH (from `datasette
hash-password`) makes the whole site private: sign in at /-/login as
`wenming`.
"""
from __future__ import annotations

import os
import sys
import tempfile
from importlib.metadata import entry_points
from pathlib import Path

import yaml

METADATA = Path(__file__).resolve().parent.parent / "data" / "metadata.yml"
PUBLISH = Path(__file__).resolve().parent / "publish"
TEMPLATES = PUBLISH / "templates"
PLUGIN_SHIM = PUBLISH / "shim"
PASSWORD_ENV = "WENMING_PASSWORD_HASH"
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 200,
    # The facets that matter are set per table in metadata.yml; guessing more for
    # every column of every search costs a query each.
    "suggest_facets": False,
    "max_returned_rows": 2000,
    "default_page_size": 50,
    "allow_csv_stream": True,
    "truncate_cells_html": 300,
}


def plugin_installed() -> bool:
    """True when the `wenming` Datasette entry point is installed (pyproject)."""
    return any(ep.name == "wenming" for ep in entry_points(group="datasette"))


def plugin_args() -> list[str]:
    args = ["--template-dir", str(TEMPLATES)]
    return args if plugin_installed() else args + ["--plugins-dir", str(PLUGIN_SHIM)]


def metadata(password: bool = False) -> dict:
    """The site's metadata; with a password, every page needs the `wenming` login."""
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    if password:
        meta.setdefault("plugins", {})["datasette-auth-passwords"] = {
            "wenming_password_hash": {"$env": PASSWORD_ENV}}
        meta["allow"] = {"id": "wenming"}
    return meta


def metadata_file(password: bool) -> Path:
    if not password:
        return METADATA
    fd, name = tempfile.mkstemp(prefix="wenming-metadata-", suffix=".yml")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        yaml.safe_dump(metadata(password=True), f, allow_unicode=True)
    return Path(name)


def datasette_args(db: str | Path, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False,
                   password: bool | None = None) -> list[str]:
    password = bool(os.environ.get(PASSWORD_ENV)) if password is None else password
    args = [sys.executable, "-m", "datasette", "serve", ("-i" if immutable else ""), str(db),
            "-m", str(metadata_file(password)), "-h", host, "-p", str(port), *plugin_args()]
    for key, value in SETTINGS.items():
        args += ["--setting", key, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    return [a for a in args if a]


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False) -> int:
    private = " (private: sign in at /-/login as wenming)" if os.environ.get(PASSWORD_ENV) else ""
    print(f"serving {db} at http://{host}:{port}/{private} (Ctrl-C to stop)", file=sys.stderr, flush=True)
    args = datasette_args(db, host, port, immutable=immutable)
    # Become the server, so stopping this process stops Datasette too.
    os.execv(args[0], args)
    return 0
