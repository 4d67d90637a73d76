from tests.dedup_rows import OTHER_STORY, fresh_db, insert, mirror, original, reprint
from pipelines.dedup import update_clusters
from pipelines.dedup.schema import coverage


def test_coverage_counts_a_story_once_and_leaves_mirrors_out():
    db = fresh_db()
    update_clusters(db, insert(db, original(), reprint(), mirror(),
                               {**original("river", body=OTHER_STORY), "published": "2024-07-22"}))
    months = {r["month"]: r for r in coverage(db)}
    assert months["2024-03"]["stories"] == 1
    assert months["2024-03"]["placements"] == 2
    with_mirrors = {r["month"]: r for r in coverage(db, include_mirrors=True)}
    assert with_mirrors["2024-03"]["mirrors"] == 1
    outlets = {r["outlet"]: r for r in coverage(db, by="outlet")}
    assert set(outlets) == {"东川融媒", "江城日报"}
    assert outlets["东川融媒"]["stories"] == 2
    assert "www.hg888.com" in {r["outlet"] for r in coverage(db, by="outlet", include_mirrors=True)}


def test_mirror_only_story_is_left_out_of_coverage():
    db = fresh_db()
    update_clusters(db, insert(db, mirror()))
    assert coverage(db) == []
    (copy,) = db.query("select * from mirror_copies")
    assert copy["mirror_site"] == "www.hg888.com" and copy["original"] is None
