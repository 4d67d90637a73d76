"""Datasette over the knowledge base, with the project's metadata, plugin and settings.

Safe by default: the database is only read (no write permissions are
granted), SQL has a time limit, pages and exports have row limits.
`immutable=True` serves a published copy with `datasette -i` (no locking,
counts cached).  Setting WENMING_PASSWORD_HASH (from `datasette
hash-password`) makes the whole site private: sign in at /-/login as
`wenming`.  Without it, the sign-in plugin is not loaded at all.

The metadata (tables, facets, canned queries, dashboards) is written for a
database named `wenming`; Datasette names a database after its file, so
for any other file name the metadata is given under that name
(`database_name`, `metadata`).  Downloading the database file is off
(`allow_download`): it holds raw pages and hand edits.
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
    # SQLite lets go of Python's lock while it works: more threads keep article pages
    # answering while a new search builds its facets (wenming bench load).
    "num_sql_threads": 8,
    # GET /<database>.db would hand out raw pages and edits with the articles.
    "allow_download": False,
}
DATABASE = "wenming"


def plugin_installed() -> bool:
    """True when the `wenming` Datasette entry point is installed (pyproject)."""
    return any(ep.name == "wenming" for ep in entry_points(group="datasette"))


def plugin_args() -> list[str]:
    args = ["--template-dir", str(TEMPLATES)]
    return args if plugin_installed() else args + ["--plugins-dir", str(PLUGIN_SHIM)]


def database_name(db: str | Path) -> str:
    """The name Datasette gives the database in `db` (its file name without the suffix)."""
    return Path(db).stem


def _renamed(meta: dict, name: str) -> dict:
    """The metadata with every mention of the `wenming` database given to `name`."""
    if name == DATABASE:
        return meta
    meta["databases"] = {name: meta.get("databases", {}).pop(DATABASE, {})}
    meta["description_html"] = meta.get("description_html", "").replace(f'"/{DATABASE}/', f'"/{name}/')
    for dashboard in meta.get("plugins", {}).get("datasette-dashboards", {}).values():
        for chart in dashboard.get("charts", {}).values():
            if chart.get("db") == DATABASE:
                chart["db"] = name
    return meta


def metadata(password: bool = False, database: str = DATABASE) -> dict:
    """The site's metadata for a database of that name; with a password, every page needs the `wenming` login."""
    meta = _renamed(yaml.safe_load(METADATA.read_text(encoding="utf-8")), database)
    if password:
        meta.setdefault("plugins", {})["datasette-auth-passwords"] = {
            "wenming_password_hash": {"$env": PASSWORD_ENV}}
        meta["allow"] = {"id": "wenming"}
    return meta


def metadata_file(password: bool, database: str = DATABASE) -> Path:
    if not password and database == DATABASE:
        return METADATA
    fd, name = tempfile.mkstemp(prefix="wenming-metadata-", suffix=".yml")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        yaml.safe_dump(metadata(password=password, database=database), f, allow_unicode=True)
    return Path(name)


def datasette_args(db: str | Path, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False,
                   password: bool | None = None) -> list[str]:
    password = bool(os.environ.get(PASSWORD_ENV)) if password is None else password
    args = [sys.executable, "-m", "pipelines.publish.server", ("" if password else "--no-accounts"),
            "serve", ("-i" if immutable else ""), str(db),
            "-m", str(metadata_file(password, database_name(db))), "-h", host, "-p", str(port), *plugin_args()]
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
