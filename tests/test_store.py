import json

from pipelines import importer, store
from pipelines.migrations import MIGRATIONS, migrate
from tests.conftest import SAMPLES


def test_migrations_apply_once(fresh_db):
    assert migrate(fresh_db) == []
    assert fresh_db["_migrations"].count == len(MIGRATIONS)


def test_import_twice_gives_no_duplicates(fresh_db):
    first = importer.import_files(fresh_db, [SAMPLES / "seeds"], progress=None)
    second = importer.import_files(fresh_db, [SAMPLES / "seeds"], progress=None)
    assert first.counts["articles"] == 5
    assert second.counts["unchanged"] == 5 and second.counts["articles"] == 0  # nothing parsed again
    assert fresh_db["articles"].count == 5 and fresh_db["raw_pages"].count == 5


def test_raw_bytes_are_kept_untouched(fresh_db):
    path = SAMPLES / "seeds" / "000_41d66b14feac0130.txt"
    importer.import_files(fresh_db, [path], progress=None)
    assert next(fresh_db["raw_pages"].rows)["body"] == path.read_bytes()


def test_a_page_that_fails_is_kept_with_its_reason(fresh_db, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"   \n\n")
    summary = importer.import_files(fresh_db, [bad, SAMPLES / "seeds"], progress=None)
    assert summary.counts["failed"] == 1 and summary.counts["articles"] == 5
    failure = next(fresh_db["failures"].rows)
    assert "empty page" in failure["reason"]
    assert fresh_db["raw_pages"].get(failure["raw_id"])["body"] == b"   \n\n"


def test_edits_survive_reparse(fresh_db):
    importer.import_files(fresh_db, [SAMPLES / "seeds"], progress=None)
    row = next(fresh_db["articles"].rows_where("title is null"))
    store.edit_article(fresh_db, row["id"], "title", "霞光社区“六色花”志愿服务", note="headline from the outlet")
    store.edit_article(fresh_db, row["id"], "authors", ["陈志蓉", "某某"])
    importer.reparse(fresh_db, progress=None)
    again = fresh_db["articles"].get(row["id"])
    assert again["title"] == "霞光社区“六色花”志愿服务" and again["edited"] == 1
    assert json.loads(again["authors"]) == ["陈志蓉", "某某"]
    assert fresh_db["articles"].count == 5


def test_article_fields_are_stored(fresh_db):
    importer.import_files(fresh_db, [SAMPLES / "seeds"], progress=None)
    row = next(fresh_db["articles"].rows_where("source = ?", ["四川文明网"]))
    assert row["published"].startswith("2022-08-17T21:46:29") and row["month"] == "2022-08"
    assert (row["forum_views"], row["forum_replies"], row["mirror"]) == (5020, 1, 0)
    assert json.loads(row["headings"])[0].startswith("“移动办公桌”")
    kinds = {b["kind"] for b in json.loads(row["blocks"])}
    assert kinds == {"paragraph", "heading"}


def test_import_links_original_reprint_and_mirror(fresh_db):
    importer.import_files(fresh_db, [SAMPLES], progress=None)
    rows = list(fresh_db.query("select id, site, placement, mirror_of, cluster_id from articles where source = '岳塘新闻网' and cluster_id in "
                               "(select cluster_id from articles group by cluster_id having count(*) = 3)"))
    by_place = {r["placement"]: r for r in rows}
    assert set(by_place) == {"original", "reprint", "mirror"}
    assert by_place["mirror"]["mirror_of"] == by_place["original"]["id"]
    assert by_place["original"]["site"] == "www.ytxww.com"


def test_a_spam_headline_in_markup_is_not_the_title(fresh_db):
    importer.import_files(fresh_db, [SAMPLES / "dedup-mirror.html"], progress=None)
    row = next(fresh_db["articles"].rows)
    assert row["title"] is None and row["seo_spam"] == 1
