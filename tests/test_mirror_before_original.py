import json

from tests.dedup_rows import fresh_db, insert, mirror, original, placement, reprint
from pipelines.dedup import update_clusters


def test_mirror_is_linked_when_its_original_arrives_later():
    db = fresh_db()
    update_clusters(db, insert(db, mirror()))
    alone = placement(db)["mirror"]
    assert alone[1] == "mirror" and alone[2] is None

    update_clusters(db, insert(db, original()))
    update_clusters(db, insert(db, reprint()))
    rows = placement(db)
    assert rows["orig"][1:] == ("original", None)
    assert rows["reprint"][1:] == ("reprint", None)
    assert rows["mirror"][1:] == ("mirror", "orig")
    assert rows["orig"][0] == rows["reprint"][0] == rows["mirror"][0]


def test_cluster_row_names_the_first_publisher_and_counts_placements():
    db = fresh_db()
    update_clusters(db, insert(db, mirror(), reprint(), original()))
    (row,) = db.query("select * from clusters")
    assert row["first_article"] == "orig"
    assert row["first_outlet"] == "东川融媒"
    assert row["first_published"].startswith("2024-03-05")
    assert row["placements"] == 2 and row["mirrors"] == 1
    assert json.loads(row["outlets"]) == {"东川融媒": 1, "江城日报": 1}


def test_reprint_dated_before_the_original_is_still_a_reprint():
    db = fresh_db()
    early = {**reprint(), "published": "2024-03-01"}
    update_clusters(db, insert(db, early, original()))
    rows = placement(db)
    assert rows["orig"][1] == "original" and rows["reprint"][1] == "reprint"
