"""The search index follows the articles: imports, re-imports, edits; views exist without enrichment."""
from __future__ import annotations

from pipelines import store
from pipelines.importer import import_files
from pipelines.search.index import rebuild_index
from pipelines.search.segment import fts_query, index_text

from .conftest import SAMPLES


def matches(db, query: str) -> list[int]:
    return [r[0] for r in db.execute("select rowid from articles_fts where articles_fts match ?", [fts_query(query)])]


def test_tokens_are_pairs_of_han_and_whole_words():
    assert index_text("志愿服务APP 2023年") == "志愿 愿服 服务 app 2023 年"
    assert fts_query("关爱老人 义诊") == '"关爱 爱老 老人" "义诊"'
    assert fts_query('"志愿服务" OR 巡逻') == '"志愿 愿服 服务" OR "巡逻"'
    assert fts_query("2025年") == '"2025 年"*'
    assert fts_query("  ") == fts_query("，") == '""'
    assert fts_query("APP") == '"app"*'


def test_reimport_keeps_one_index_row_per_article(tmp_path):
    db = store.open_db(tmp_path / "wenming.db")
    import_files(db, [SAMPLES], progress=None)
    import_files(db, [SAMPLES], progress=None)
    assert db.execute("select count(*) from articles_fts").fetchone()[0] == db["articles"].count
    assert len(matches(db, "巡逻")) == 2


def test_an_edit_is_searchable_and_the_old_text_is_not(tmp_path):
    db = store.open_db(tmp_path / "wenming.db")
    import_files(db, [SAMPLES], progress=None)
    aid, rowid = db.execute("select id, rowid from articles where body like '%巡逻%' limit 1").fetchone()
    store.edit_article(db, aid, "title", "元宵灯会猜灯谜")
    assert matches(db, "灯谜") == [rowid]
    store.edit_article(db, aid, "title", "重阳登高")
    assert matches(db, "灯谜") == [] and matches(db, "登高") == [rowid]
    assert rebuild_index(db) == db["articles"].count
    assert matches(db, "登高") == [rowid]


def store_unenriched(db):
    """The seed pages parsed and stored, with no enrichment rows."""
    from parsers import parse_page

    for path in sorted((SAMPLES / "seeds").glob("*.txt")):
        data = path.read_bytes()
        rid = store.save_raw(db, data, input=path.name)
        store.save_article(db, parse_page(data, input=path.name), rid)


def test_views_exist_before_enrichment(tmp_path):
    db = store.open_db(tmp_path / "wenming.db")
    store_unenriched(db)
    assert db["article_index"].count == db["articles"].count
    row = next(db.query("select provinces, teams, activity_types from article_index"))
    assert row == {"provinces": "[]", "teams": "[]", "activity_types": "[]"}
    assert db["activity_index"].count == 0
    assert db["articles_feed"].count == db["articles"].count
    list(db.query("select * from reprint_clusters"))


def test_a_new_token_rule_reindexes_the_store(tmp_path, monkeypatch):
    from pipelines.search import index

    db = store.open_db(tmp_path / "wenming.db")
    import_files(db, [SAMPLES], progress=None)
    assert not index.ensure_current_rule(db)
    db.execute(f"INSERT INTO {index.FTS_TABLE}({index.FTS_TABLE}) VALUES('delete-all')")
    assert matches(db, "巡逻") == []
    monkeypatch.setattr(index, "INDEX_RULE", index.INDEX_RULE + 1)
    assert index.ensure_current_rule(db)
    assert len(matches(db, "巡逻")) == 2


def test_articles_deleted_behind_the_stores_back_leave_no_ghosts(tmp_path):
    db = store.open_db(tmp_path / "wenming.db")
    import_files(db, [SAMPLES], progress=None)
    rowid = db.execute("select max(rowid) from articles").fetchone()[0]
    assert rowid in matches(db, "志愿服务")
    db.execute("PRAGMA foreign_keys=OFF")  # another tool's connection: SQLite's default
    db.execute("delete from articles where rowid = ?", [rowid])
    db.conn.commit()
    db = store.open_db(tmp_path / "wenming.db")
    assert rowid not in matches(db, "志愿服务")
    assert len(matches(db, "志愿服务")) == db["articles"].count
