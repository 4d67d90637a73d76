"""Fixtures: a knowledge base built from the bundled samples plus a few
articles written for the tests (tests/fixtures/search_articles.jsonl), with
the places, teams, activities and clusters tables that enrichment and dedup
add, and a Datasette over it with the project's plugin and metadata."""
from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from parsers.record import Article, Block
from pipelines import store
from pipelines.dedup import update_clusters
from pipelines.enrich import enrich
from pipelines.enrich.store import store_enrichment
from pipelines.importer import import_files
from pipelines.views import refresh_views

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = ROOT / "data" / "samples"


def fixture_articles() -> list[dict]:
    lines = (FIXTURES / "search_articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def add_article(db, item: dict) -> str:
    """A written fixture article through the real pipeline: enrich, store, its rows."""
    article = Article(url=item["url"], canonical_url=item["url"], source=item["source"], title=item["title"],
                      published=item["published"], authors=item["authors"], parser="test")
    article.blocks = [Block("paragraph", p) for p in item["paragraphs"]]
    article.flags.mirror = bool(item.get("mirror"))
    region = {k: item[k] for k in ("province", "city", "county") if item.get(k)}
    enrich(article, region=region)
    rid = store.save_raw(db, json.dumps(item, ensure_ascii=False).encode(), url=item["url"])
    article_id = store.save_article(db, article, rid, outlet=item["outlet"])
    store_enrichment(db, article_id, article)
    return article_id


def build_knowledge_base(path: Path) -> Path:
    """The bundled samples and the written fixture articles, enriched and clustered."""
    db = store.open_db(path)
    import_files(db, [SAMPLES], progress=None)
    ids = [add_article(db, item) for item in fixture_articles()]
    update_clusters(db, ids)
    refresh_views(db)
    db.conn.commit()
    db.conn.close()
    return path


def get(datasette, path: str, **params):
    """A GET through Datasette in process (its own ASGI client), outside any event loop."""
    return asyncio.run(datasette.client.get(path, params=params or None))


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory) -> Path:
    """data/wenming.db as `make run` builds it, enriched: the database is named wenming."""
    return build_knowledge_base(tmp_path_factory.mktemp("kb") / "wenming.db")


@pytest.fixture(scope="session")
def datasette(kb_path):
    """The knowledge base in Datasette, in process, as `wenming serve` configures it."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from pipelines import serve
    from pipelines.publish import plugin

    if not serve.plugin_installed() and not pm.is_registered(plugin):
        pm.register(plugin, name="wenming")
    return Datasette([str(kb_path)], metadata=serve.metadata(), template_dir=str(serve.TEMPLATES),
                     settings=serve.SETTINGS)


@pytest.fixture
def fresh_db(tmp_path):
    return store.open_db(tmp_path / "wenming.db")


@pytest.fixture(scope="session")
def seed_records():
    """The bundled seed dumps, parsed, by file name."""
    from parsers.textdump import parse_text

    return {p.name: parse_text(p.read_bytes(), input=p.name) for p in sorted((SAMPLES / "seeds").glob("*.txt"))}


@contextlib.contextmanager
def running_datasette(db_path: Path, env: dict | None = None, immutable: bool = False):
    """The real `datasette` server as `wenming serve` starts it, on a free port; yields its URL."""
    from pipelines.serve import datasette_args

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(datasette_args(db_path, port=port, immutable=immutable), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.2)
        else:
            pytest.fail("datasette did not answer within 30 s")
        if proc.poll() is not None:
            pytest.fail("datasette did not start: " + proc.stderr.read().decode()[-2000:])
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
