"""Enrichment rows in SQLite: linked by foreign keys, replaced on re-run."""
import json

import sqlite_utils

from parsers.record import Article, Block
from pipelines.enrich import enrich
from pipelines.enrich.store import store_enrichment


def fresh_db_with_article(article_id):
    db = sqlite_utils.Database(memory=True)
    db["articles"].insert({"id": article_id, "title": "t"}, pk="id")
    return db


def enriched():
    a = Article(published="2021-08-18", source="潍坊新闻网", blocks=[Block("paragraph", p) for p in [
        "7月22日一早，昌乐县宝都街道组织志愿者带着爱心粥来到疫苗接种点，为医护工作者送上早餐。",
        "“火山红韵”志愿服务队定期到独居老人家中走访慰问，帮助打扫卫生。",
    ]])
    enrich(a)
    return a


def test_rows_link_and_rerun_leaves_no_duplicates():
    db = fresh_db_with_article("a1")
    a = enriched()
    store_enrichment(db, "a1", a)
    store_enrichment(db, "a1", a)
    assert db["activities"].count == len(a.activities) == 2
    from pipelines.enrich.activities import place_id
    assert db["article_places"].count == len({place_id(p) for p in a.places}) > 0
    fks = {(fk.column, fk.other_table) for fk in db["activities"].foreign_keys}
    assert {("article_id", "articles"), ("place_id", "places"), ("team_id", "teams")} <= fks
    dated = next(db["activities"].rows_where("date = ?", ["2021-07-22"]))
    assert db["places"].get(dated["place_id"])["township"] == "宝都街道"
    assert db["teams"].get("team:火山红韵")["kind"] == "team"
    assert db["articles"].get("a1")["genre"] == "activity_report"
    assert db["teams"].get("team:火山红韵")["full"] == "火山红韵志愿服务队"
    assert all(isinstance(json.loads(r["figures"]), list) for r in db["activities"].rows)


def test_store_needs_the_articles_table():
    db = sqlite_utils.Database(memory=True)
    try:
        store_enrichment(db, "a1", enriched())
    except RuntimeError as e:
        assert "articles table" in str(e)
    else:
        raise AssertionError("expected a clear error")


def test_the_store_migrations_create_the_tables(fresh_db):
    fks = {(fk.column, fk.other_table) for fk in fresh_db["activities"].foreign_keys}
    assert ("article_id", "articles") in fks
    assert {"places", "teams", "article_places"} <= set(fresh_db.table_names())


def test_a_base_made_before_runs_of_days_gains_the_date_end_column(tmp_path):
    import sqlite3

    import sqlite_utils

    from pipelines import migrations, store

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(sqlite3.connect(path))
    for name, fn in migrations.MIGRATIONS:  # a base as the release before this column left it
        if name == "m017_activity_date_end":
            break
        fn(db)
    db["activities"].transform(drop={"date_end"}) if "date_end" in db["activities"].columns_dict else None
    assert "date_end" not in db["activities"].columns_dict
    db["_migrations"].insert_all([{"name": n, "applied_at": "2026-01-01"} for n, _ in migrations.MIGRATIONS
                                  if n < "m017"], pk="name")
    db.conn.close()
    reopened = store.open_db(path)
    assert "date_end" in reopened["activities"].columns_dict
