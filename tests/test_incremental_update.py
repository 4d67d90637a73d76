from tests.dedup_rows import OTHER_STORY, fresh_db, insert, mirror, original, placement, reprint
from pipelines.dedup import index as story_index
from pipelines.dedup import update_clusters


def _count_writes(db) -> list:
    db.execute("create table if not exists written (id text)")
    db.execute("create trigger if not exists note_write after update on articles "
               "begin insert into written values (new.id); end")
    return db


def test_an_update_writes_only_new_rows_when_nothing_else_changes():
    db = fresh_db()
    update_clusters(db, insert(db, original(), reprint()))
    _count_writes(db)
    summary = update_clusters(db, insert(db, original("river", body=OTHER_STORY)))
    assert [r[0] for r in db.execute("select id from written")] == ["river"]
    assert summary.new_clusters == 1 and summary.articles == 1
    assert db.execute("select count(*) from dedup_signatures").fetchone()[0] == 3


def test_a_new_copy_rewrites_only_its_own_cluster():
    db = fresh_db()
    update_clusters(db, insert(db, original(), original("river", body=OTHER_STORY)))
    _count_writes(db)
    update_clusters(db, insert(db, reprint()))
    assert {r[0] for r in db.execute("select id from written")} == {"reprint"}
    assert placement(db)["reprint"][0] == placement(db)["orig"][0]


def test_index_is_loaded_from_the_database_after_a_restart():
    db = fresh_db()
    update_clusters(db, insert(db, original()))
    story_index.forget(db)  # as a new process would start
    update_clusters(db, insert(db, mirror()))
    rows = placement(db)
    assert rows["mirror"][0] == rows["orig"][0]
    assert rows["mirror"][2] == "orig"


def test_a_reparsed_article_that_changed_leaves_its_cluster():
    db = fresh_db()
    update_clusters(db, insert(db, original(), reprint()))
    insert(db, {**reprint(), "body": OTHER_STORY})
    summary = update_clusters(db, ["reprint"])
    rows = placement(db)
    assert rows["reprint"][0] != rows["orig"][0]
    assert rows["reprint"][1] == "original"  # the only placement of its new story
    assert db.execute("select count(*) from clusters").fetchone()[0] == 2
    assert summary.missing == []


def test_a_failed_update_leaves_the_index_as_the_database_has_it(monkeypatch):
    from pipelines.dedup import update

    db = fresh_db()
    update_clusters(db, insert(db, original()))

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(update, "_write_roles", fail)
    insert(db, reprint())
    try:
        update_clusters(db, ["reprint"])
    except OSError:
        pass
    monkeypatch.undo()
    assert db.execute("select count(*) from dedup_signatures").fetchone()[0] == 1
    update_clusters(db, insert(db, mirror()))  # the failed article is not half-clustered
    assert placement(db)["reprint"][0] is None
    update_clusters(db, ["reprint"])
    rows = placement(db)
    assert rows["reprint"][0] == rows["orig"][0] == rows["mirror"][0]
    assert rows["reprint"][1] == "reprint"
