"""Fixtures: a knowledge base built from the bundled samples plus a few
articles written for the tests (tests/fixtures/search_articles.jsonl), with
the places, teams, activities and clusters tables that enrichment and dedup
add, and a Datasette over it with the project's plugin and metadata."""
from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path

import pytest

from parsers.record import Article, Block
from pipelines import store
from pipelines.importer import import_files
from pipelines.publish.views import refresh_views

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = ROOT / "data" / "samples"


def fixture_articles() -> list[dict]:
    lines = (FIXTURES / "search_articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def add_article(db, item: dict) -> str:
    article = Article(url=item["url"], canonical_url=item["url"], source=item["source"], title=item["title"],
                      published=item["published"], authors=item["authors"], parser="test")
    article.blocks = [Block("paragraph", p) for p in item["paragraphs"]]
    article.flags.mirror = bool(item.get("mirror"))
    rid = store.save_raw(db, json.dumps(item, ensure_ascii=False).encode(), url=item["url"])
    return store.save_article(db, article, rid, outlet=item["outlet"])


def add_enrichment(db, items: list[tuple[str, dict]]) -> None:
    """Places, teams, activities and clusters as enrichment and dedup write them."""
    for n, (article_id, item) in enumerate(items, 1):
        place_id = hashlib.sha1(item["place"].encode()).hexdigest()[:8]
        db["places"].upsert({"id": place_id, "name": item["place"], "level": "community",
                             "province": item["province"], "city": item["city"], "county": item["county"],
                             "township": item["township"], "code": None, "resolved": 1}, pk="id")
        db["article_places"].insert({"article_id": article_id, "place_id": place_id,
                                     "sentence": item["paragraphs"][0]})
        team_id = None
        if item.get("team"):
            team_id = hashlib.sha1(item["team"].encode()).hexdigest()[:8]
            db["teams"].upsert({"id": team_id, "name": item["team"], "kind": "志愿服务队"}, pk="id")
        db["activities"].insert({"id": n, "article_id": article_id, "paragraph": 0,
                                 "date": item["published"][:10], "place_id": place_id, "team_id": team_id,
                                 "types": json.dumps(item["types"], ensure_ascii=False), "counts": "{}",
                                 "evidence": item["paragraphs"][0]}, pk="id")


def add_clusters(db) -> None:
    rows = list(db.query("select content_hash, min(published) as first, count(*) as n, "
                         "json_group_array(distinct outlet) as outlets, sum(mirror) as mirrors, min(id) as first_id "
                         "from articles group by content_hash having count(*) > 1"))
    if "cluster_id" not in db["articles"].columns_dict:
        db["articles"].add_column("cluster_id", str)
    for row in rows:
        db["clusters"].insert({"id": row["content_hash"][:12], "first_article": row["first_id"],
                               "first_outlet": None, "first_published": row["first"], "placements": row["n"],
                               "outlets": row["outlets"], "mirrors": row["mirrors"]}, pk="id")
        db.execute("update articles set cluster_id = ? where content_hash = ?", [row["content_hash"][:12],
                                                                                 row["content_hash"]])
    db.conn.commit()


def build_knowledge_base(path: Path, enriched: bool = True) -> Path:
    db = store.open_db(path)
    import_files(db, [SAMPLES], progress=None)
    items = fixture_articles()
    saved = [(add_article(db, item), item) for item in items]
    if enriched:
        add_enrichment(db, saved)
        add_clusters(db)
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
